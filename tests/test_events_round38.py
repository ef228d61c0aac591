"""Events from the thirty-eighth round: a verb after a long fronted time expression, a day counted "a week ago
Friday", and a story day that a relative clause's pluperfect does not move back.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import mentions


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
