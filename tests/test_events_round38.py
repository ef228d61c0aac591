"""Events from the thirty-eighth round: a verb after a long fronted time expression, a day counted "a week ago
Friday", and a story day that a relative clause's pluperfect does not move back.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions


def _of(text: str, pub: str, kind: str) -> list:
    return [m for m in mentions(text, pub) if m.type == kind]


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
