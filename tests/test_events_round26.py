"""Events from the twenty-sixth round: a bus driver's log whose remarks tell of gates broken and crowds held,
a style guide whose example sentences are cited texts, a caption's "we waded over", "walked into Guatemala"
(a crossing, not an arrival), "the city sheltered the walkers at ...", "The October caravan" (which caravan, not
when) and a day of a month that is no group size.  Texts written for these tests in the style of the kinds they
imitate."""

from __future__ import annotations

from event_helpers import dated, mentions

LOG = """Bus log, unit 7 (copied out 2 November 2018)

FRI 19/10
16:20 ON at the customs yard. Remark: the crowd broke the gate at the Mexican end and the federal police are holding them on the bridge.

SUN 28/10
17:30 ON. Remark: a second caravan fought with the police on the bridge this afternoon.
"""

STYLE_GUIDE = """House style: dates in caravan stories
Weekday first, then the day: see the examples.

crossing — Ex. (2 Oct 2020): "About 3,000 people left San Pedro Sula before dawn on Thursday 1 October and entered Guatemala at Corinto the same day."
wade — Ex.: "On Monday 20 January 2020 hundreds waded the Suchiate; the Guard drove them back into the water."
"""


def test_a_logs_remarks_tell_of_a_broken_gate_and_a_clash_on_their_days():
    got = dated(LOG, "2018-11-02")
    assert ("block", "2018-10-19") in got  # the gate broken under FRI 19/10
    assert ("block", "2018-10-28") in got  # "fought with the police ... this afternoon" under SUN 28/10


def test_example_sentences_after_a_label_are_cited_texts_not_speech():
    got = dated(STYLE_GUIDE, "2021-03-12")
    assert {("depart", "2020-10-01"), ("cross_border", "2020-10-01"), ("cross_border", "2020-01-20"),
            ("block", "2020-01-20")} <= got


def test_quoted_words_without_a_label_stay_speech():
    said = 'The mayor said: "The caravan left San Pedro Sula on Thursday 1 October."'
    assert not [m for m in mentions(said, "2020-10-05") if m.type == "depart"]


def test_a_day_of_a_month_is_no_group_size():
    ms = [m for m in mentions(STYLE_GUIDE, "2021-03-12") if m.type == "cross_border" and m.time.value.startswith("2020-01")]
    assert ms and all(m.group_size is None for m in ms)  # "20 January 2020 hundreds": not 20, not 2020


def test_walking_into_a_country_is_a_crossing_and_into_a_town_an_arrival():
    got = dated("The caravan walked into Guatemala on Monday 15 October 2018.", "2018-10-20")
    assert ("cross_border", "2018-10-15") in got and ("arrive", "2018-10-15") not in got
    got = dated("The caravan walked into Tapachula on Sunday 21 October 2018.", "2018-10-25")
    assert ("arrive", "2018-10-21") in got


def test_closing_a_gate_and_wading_over():
    assert ("block", "2020-01-18") in dated("On Saturday 18 January 2020 Mexico closed its gate of the bridge.",
                                            "2020-01-22")
    got = dated("Caption, Monday 20 January 2020: we waded over at noon and the Guard pushed us back.", "2020-01-22")
    assert {("cross_border", "2020-01-20"), ("block", "2020-01-20")} <= got


def test_a_city_sheltering_the_walkers_is_their_stay_and_a_present_shelter_is_not():
    got = dated("From Friday 16 November 2018 the city sheltered the walkers at the Benito Juárez sports complex.",
                "2018-12-01")
    assert ("stay", "2018-11-16") in got
    assert not [m for m in mentions("We still shelter 140 people in our two houses.", "2018-12-10")
                if m.type == "stay"]


def test_a_month_naming_the_caravan_does_not_date_the_clause():
    got = dated("The October caravan had rested at the Jesús Martínez stadium in Mexico City from 4 November 2018.",
                "2019-02-15")
    assert ("stay", "2018-11-04") in got
