"""Events from the twenty-first round: a wiki talk page's list of confirmed facts, whose items open with their
verb, and "that one" standing for a caravan; "the Suchiate" as a river.  Texts written for these tests in the
style of the kinds they imitate."""

from __future__ import annotations

from event_helpers import mentions

TALK = """Talk:October 2018 migrant caravan

== Chronology check ==
Went through the Route section against the cited sources. Confirmed:
* crossed into Guatemala at Agua Caliente on 15 October;
* left Ciudad Hidalgo on foot on 21 October and reached Tapachula that evening;
* first bus in Tijuana on 13 November.

== Merge proposal ==
: Oppose. That one left San Pedro Sula on the night of 14 January, the main group the following morning.
"""

NOT_ABOUT_A_GROUP = """Notes from the committee

* crossed into Guatemala at Agua Caliente on 15 October;
"""



def test_list_items_opening_with_their_verb_tell_the_caravan_s_events():
    got = {(m.type, m.time.value[:10]) for m in mentions(TALK, "2019-03-05") if m.time is not None}
    assert ("cross_border", "2018-10-15") in got
    assert ("depart", "2018-10-21") in got and ("arrive", "2018-10-21") in got


def test_that_one_stands_for_a_caravan_in_a_text_about_caravans():
    got = {(m.type, m.time.value[:10]) for m in mentions(TALK, "2019-03-05") if m.time is not None}
    assert ("depart", "2019-01-14") in got


def test_a_verb_first_list_item_needs_a_title_naming_a_group():
    assert [m for m in mentions(NOT_ABOUT_A_GROUP, "2019-03-05") if m.type == "cross_border"] == []


def test_the_suchiate_after_the_is_the_river():
    ms = mentions("The caravan reached Tecún Umán on Friday. The next day the migrants crossed the Suchiate on rafts.",
                  "2018-10-22")
    cross = [m for m in ms if m.type == "cross_border"]
    assert cross and cross[0].places[0].place.kind == "river"


NOTICE = """Notice to users

2. Saturday. On Saturday 18 January, at about 14:00, the caravan that left San Pedro Sula on Wednesday, some 3,500 people, reached the Rodolfo Robles bridge and forced the gate on the Guatemalan side.
"""


def test_a_date_closing_a_relative_clause_is_its_verb_s_not_the_main_verb_s():
    ms = {m.type: m for m in mentions(NOTICE, "2020-01-21")}
    assert ms["depart"].time.value == "2020-01-15"
    assert ms["arrive"].time.value.startswith("2020-01-18")


def test_a_state_of_prevention_is_a_statement_a_country_can_make():
    ms = mentions("Quick summary. Guatemala declared a state of prevention in five departments last night.",
                  "2020-10-02")
    st = [m for m in ms if m.type == "statement"]
    assert st and st[0].actor == "Guatemala" and st[0].time.value.startswith("2020-10-01")


def test_a_country_that_only_says_is_no_speaker_of_its_own():
    # the saying reports the return: its date stays the return's
    ms = mentions("The caravan broke up. Guatemala said on Monday that nearly 4,000 Hondurans had been sent home.",
                  "2021-01-19")
    assert not [m for m in ms if m.type == "statement" and m.actor == "Guatemala"]
