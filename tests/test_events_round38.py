"""Events from the thirty-eighth round: a verb after a long fronted time expression, a day counted "a week ago
Friday", and a story day that a relative clause's pluperfect does not move back.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions, mentions_of as _of


def test_a_long_fronted_time_dates_the_verb_after_it():
    text = ("The column moved out of Ciudad Hidalgo before dawn. It slept the first night at a gas station outside "
            "the city. On the evening of Thursday, Oct. 29, it reached Huehuetán, where it camped in the square, and "
            "from Friday, Oct. 30, officials set up tables there.")
    got = _of(text, "2020-11-04", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2020-10-29TEV", ["Huehuetán"])]


def test_a_week_ago_friday_is_the_friday_before_last():
    text = "The caravan that left Choloma a week ago Friday, some 2,000 people, was stopped at the border that night."
    got = _of(text, "2021-02-06", "depart")
    assert [m.time.value for m in got] == ["2021-01-29"]


def test_a_relative_clauses_pluperfect_day_does_not_move_the_story_back():
    text = ("TAPACHULA, Mexico — Her longest day was New Year's Day. The caravan that had left Tapachula on New "
            "Year's Eve reached Huixtla that afternoon, and she sold bread until dark.")
    got = _of(text, "2024-10-05", "arrive")
    assert [m.time.value for m in got] == ["2024-01-01TAF"]


def test_a_count_according_to_its_organizers_is_a_size():
    text = "The caravan left Ciudad Hidalgo on Sunday, Oct. 31, some 1,500 people according to its organizers."
    got = _of(text, "2021-11-03", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(1500, "2021-10-31")]


def test_two_counts_told_side_by_side_are_one_size_the_sources_disagree_on():
    text = ("The column reached the Corinto post on Thursday, Oct. 1: some 3,000 people by the count of Guatemala's "
            "migration institute, nearly 4,000 by the count of a Honduran rights group.")
    tl = built(("a", "2020-10-05", text))
    sizes = [e for e in tl.events if e.type == "size"]
    assert len(sizes) == 1 and sizes[0].date == "2020-10-01"


def test_according_to_a_country_s_institute_is_no_destination():
    text = "The new caravan, some 9,000 people according to Guatemala's migration institute, left Choloma on Friday."
    got = _of(text, "2021-01-20", "depart")
    roles = [p.role for m in got for p in m.places if p.place.name == "Guatemala"]
    assert roles in ([], ["mention"])


def test_a_caravan_that_came_through_a_border_post_crossed():
    text = "Ranchers remember last October, when a caravan of some 3,000 came through the Corinto post on Oct. 1."
    got = _of(text, "2021-01-23", "cross_border")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2020-10-01", ["Corinto"])]
    assert not _of("The caravan went through the city on Monday.", "2021-01-23", "cross_border")


def test_buses_of_returnees_leaving_are_a_return():
    text = "On Saturday, Oct. 3, the first buses of returnees left for the Honduran border."
    got = mentions(text, "2020-10-10")
    assert [(m.type, m.time.value) for m in got] == [("return", "2020-10-03")]


def test_a_sports_complex_turned_into_a_camp_is_a_stay():
    text = "The city turned the Benito Juárez sports complex into a camp on Nov. 16, as the walkers kept arriving."
    got = _of(text, "2018-12-01", "stay")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [
        ("2018-11-16", ["Benito Juárez sports complex"])]


def test_the_caravans_first_buses_arrive():
    text = "The caravan's first buses came into Tijuana on the night of Nov. 13, two days ahead of the walkers."
    got = _of(text, "2018-11-20", "arrive")
    assert [m.time.value for m in got] == ["2018-11-13TNI"]


def test_a_tally_by_a_day_after_a_semicolon_is_that_days():
    text = ("The walkers reached the city on Nov. 13, and within days the sports complex had become their camp; by "
            "Friday, Nov. 23, some 6,000 were sleeping there, by the city's count.")
    got = _of(text, "2019-04-26", "size")
    assert [(m.group_size, m.time.value, "+until-publication" in m.rule) for m in got] == [(6000, "2018-11-23", False)]


def test_one_person_arriving_with_the_first_buses_or_the_front_moves_with_the_caravan():
    text = ("In October 2018 she walked with the first large caravan. She rode a raft over the Suchiate on the 20th "
            "and reached Mexico City with its front on Nov. 4. In Tijuana she arrived with the first buses on the "
            "morning of Nov. 14.")
    got = _of(text, "2022-01-15", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [
        ("2018-11-04", ["Mexico City"]), ("2018-11-14TMO", ["Tijuana"])]


def test_it_opening_a_sentence_is_the_subject_past_the_point_of_an_abbreviated_month():
    text = ("The first chapter follows the January 2021 caravan. It gathered at the bus terminal on the evening of "
            "Thursday, Jan. 14, and left before dawn the next day.")
    got = _of(text, "2022-01-15", "depart")
    assert [m.time.value for m in got] == ["2021-01-15TMO"]


def test_returned_to_the_honduran_border_is_a_return():
    text = "From Monday, Guatemala returned thousands of the walkers to the Honduran border in buses and army trucks."
    got = _of(text, "2021-01-23", "return")
    assert [m.time.value for m in got] == ["2021-01-18"]


def test_a_count_an_institute_said_is_a_size_with_no_place_of_its_own():
    text = ("The caravan pulled out of Tapachula before sunrise on Tuesday — about 1,500 people, Mexico's migration "
            "institute said.")
    got = _of(text, "2024-11-09", "size")
    assert [(m.group_size, [p.place.name for p in m.places]) for m in got] == [(1500, [])]


def test_a_figure_the_organizers_spoke_of_is_an_estimate_of_the_same_size():
    text = ("The caravan left Tapachula on Monday, June 6, and the migration institute put it at 6,000 people while "
            "the organizers spoke of 15,000.")
    assert sorted(m.group_size for m in _of(text, "2022-06-10", "size")) == [6000, 15000]
    tl = built(("a", "2022-06-10", text))
    assert len([e for e in tl.events if e.type == "size"]) == 1


def test_the_first_and_the_second_stand_for_caravans_under_a_title_that_names_them():
    body = ("Twice this autumn the crew has handed the road over to a caravan. The first left Tapachula at 5 a.m. on "
            "Saturday, Oct. 23. The second set out from Tapachula before first light on Thursday, Nov. 18.")
    got = _of("Asphalt and caravans: a road crew's autumn\n" + body, "2021-11-27", "depart")
    assert [m.time.value for m in got] == ["2021-10-23T05:00", "2021-11-18TMO"]
    # (no title naming a group and no caravan named just before: "the first" is no group)
    other = body.replace("to a caravan", "to a parade")
    assert _of("Asphalt: a road crew's autumn\n" + other, "2021-11-27", "depart") == []


def test_going_back_to_doing_something_is_no_return():
    text = "Within days most of the walkers had gone their own ways, and the strip went back to appearing on Sundays."
    assert _of(text, "2023-05-20", "return") == []


def test_it_after_the_second_and_a_pluperfect_weekday_before_the_storys_day():
    body = ("Twice this autumn the crew has handed the road over to a caravan. The second set out from Tapachula "
            "before first light on Thursday, Nov. 18. It reached Huixtla the same evening.")
    got = _of("Asphalt and caravans: a road crew's autumn\n" + body, "2021-11-27", "arrive")
    assert [m.time.value for m in got] == ["2021-11-18TEV"]
    text = ("HUIXTLA, Mexico — The latest caravan reached the town on the evening of Tuesday, April 25. It had left "
            "Tapachula, 25 miles back down the coastal road, on Monday morning.")
    assert [m.time.value for m in _of(text, "2023-05-13", "depart")] == ["2023-04-24TMO"]
