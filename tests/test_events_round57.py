"""Events from the fifty-seventh round, from caravan-holdout58: counts told "to hear its organizers tell it", "in
the judgement of reporters" and "with about 400 people in it, as the reporters counted them"; a caravan that filed out
of the park, streamed away from a bus station, took its cross out of town or went north on a day; police who cornered
a caravan or would not let it pass; a push through police into a state of the next country after a border crossing;
"The next set out on Sept. 4"; "the second big group from Honduras" (where the people come from, and a newer
caravan); "the whole block" (no block); a group stopped "with the caravan that police scattered" (one block, on the
caravan's day).  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import mentions


def _found(text: str, pub: str, type_: str | None = None) -> list[tuple[str, str]]:
    """(trigger, time value) of the mentions, of one type when ``type_`` is given."""
    return [(m.trigger, m.time.value) for m in mentions(text, pub) if type_ is None or m.type == type_]


def test_counts_told_to_hear_its_organizers_and_in_the_judgement_of_reporters():
    text = ("TAPACHULA, Mexico — On Oct. 29 the Exodus from Poverty left the park with 7,000 people, to hear its "
            "organizers tell it, and the square was empty by noon.")
    sizes = [m for m in mentions(text, "2024-03-28") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(7000, "2023-10-29")]
    text = ("TAPACHULA, Mexico — On Saturday the caravan walked out of the park toward the highway, some 2,000 "
            "people in the judgement of reporters who trudged along.")
    sizes = [m for m in mentions(text, "2019-10-16") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(2000, "2019-10-12")]


def test_a_count_with_the_people_in_it_as_the_reporters_counted_them():
    text = ("TAPACHULA, Mexico — Last year there were two: a small one that left on Jan. 29, and one that set off on "
            "Oct. 17 with about 400 people in it, as the reporters counted them.")
    sizes = [m for m in mentions(text, "2023-11-01") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(400, "2022-10-17")]


def test_filed_out_of_the_park_streamed_away_took_the_cross_out_went_north_on():
    text = "TAPACHULA, Mexico — Before dawn on Saturday the caravan filed out of the park toward the highway."
    assert _found(text, "2019-10-16", "depart") == [("filed out of the park", "2019-10-12TMO")]
    text = ("In January, on Jan. 15, another caravan streamed away from the big bus station of San Pedro Sula, "
            "several thousand people.")
    assert _found(text, "2020-10-03", "depart") == [("streamed away from", "2020-01-15")]
    text = "This year the Holy Week walkers took their cross out of Tapachula on Palm Sunday, as they do every year."
    assert _found(text, "2024-11-08", "depart") == [("took their cross out of", "2024-03-24")]
    text = ("TAPACHULA, Mexico — Last year the biggest caravan he watched was the one that went north on Nov. 19, "
            "some 1,500 walkers.")
    assert _found(text, "2022-06-08", "depart") == [("went north on", "2021-11-19")]


def test_police_who_cornered_a_caravan_or_would_not_let_it_pass():
    text = ("Six months ago, on April 22, police and migration agents cornered a caravan outside Pijijiapan, on "
            "the coast highway.")
    assert _found(text, "2019-10-16", "block") == [("cornered a caravan", "2019-04-22")]
    text = ("On Sunday the caravan got no further than Corinto: Guatemalan police closed the road beyond the "
            "crossing and would not let it pass.")
    assert _found(text, "2022-01-20", "block") == [("would not let it pass", "2022-01-16")]


def test_pushing_into_a_state_of_the_next_country_after_a_crossing_crosses_there():
    text = ("On Thursday the Hondurans reached the Corinto crossing and, when Guatemalan police stood across the "
            "road, pushed their way through them into Izabal, thousands of people.")
    crossings = [m for m in mentions(text, "2020-10-03") if m.type == "cross_border"]
    assert [(m.trigger, m.time.value) for m in crossings] == [("pushed their way", "2020-10-01")]
    assert [(p.place.name, p.role) for p in crossings[0].places] == [("Corinto", "at"), ("Izabal", "into")]
    # (a push into a state of the same country as the crossing is no crossing)
    text = ("On Thursday the walkers reached the Corinto crossing and, when police stood across the road, pushed "
            "their way through them into Cortés.")
    assert _found(text, "2020-10-03", "cross_border") == []


def test_the_next_set_out_after_the_first_of_the_caravans():
    text = ("This year the caravans have come past his door more often than he can remember. The first of the "
            "summer, on Aug. 28, went by in a downpour, and he handed out plastic sheeting. The next set out on "
            "Sept. 4 and never reached the next town.")
    assert _found(text, "2021-11-23", "depart") == [("set out", "2021-09-04")]


def test_a_group_from_a_country_comes_from_there_and_a_second_big_group_is_newer():
    text = ("CIUDAD HIDALGO, Mexico — On Monday, at about eleven o'clock, the second big group from Honduras gave up "
            "on the bridge and waded across the river downstream of it.")
    ms = [m for m in mentions(text, "2018-10-31") if m.type == "cross_border"]
    assert [(m.trigger, m.time.value) for m in ms] == [("waded across the river", "2018-10-29T11:00")]
    assert [(p.text, p.role) for p in ms[0].places] == [("Honduras", "mention")]


def test_the_whole_block_is_no_block():
    text = ("TAPACHULA, Mexico — He tests every megaphone on the street before it goes, so the whole block knows "
            "his voice. On Monday the caravan left the city.")
    assert [m.type for m in mentions(text, "2023-11-01")] == ["depart"]


def test_stopped_with_the_caravan_that_police_scattered_is_one_block_on_its_day():
    text = ("His elder son left with the first caravan on Oct. 13, 2018. The son was stopped in Chiapas the "
            "following spring with the caravan that Mexican police and migration agents scattered outside "
            "Pijijiapan on Easter Sunday last year, and came home on a bus.")
    blocks = [m for m in mentions(text, "2020-01-20") if m.type == "block"]
    assert [(m.trigger, m.time.value) for m in blocks] == [("agents scattered", "2019-04-21")]
