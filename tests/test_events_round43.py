"""Events from the forty-third round: a count told after a day and "that year", a bare count that "walked" by
someone's say-so, "the first caravan of 2025" as the story's own caravan and its subject ending in a year. Texts
written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import mentions_of as _of


def test_a_count_after_a_day_and_that_year_takes_the_day():
    text = ("The carrier had learned from last year. The caravan of January 2020 left this depot on Jan. 15 that year, "
            "close to 4,000 people by its organizers' reckoning, and reached the border two days later.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2021-01-20", "size")] == [(4000, "2020-01-15")]
    assert [m.time.value for m in _of(text, "2021-01-20", "arrive")] == ["2020-01-17"]


def test_a_bare_count_that_walked_by_someones_say_so_is_a_size_not_a_march():
    text = ("The newest group left on the night of Thursday, Jan. 2. About 2,000 walked, its organizers said.")
    assert [(m.group_size, m.time.value[:10]) for m in _of(text, "2025-01-11", "size")] == [(2000, "2025-01-02")]
    assert _of(text, "2025-01-11", "march") == []
    text = "It left the square on Monday, April 24, and about 3,000 walked, she says."
    assert [m.group_size for m in _of(text, "2023-04-27", "size")] == [3000]
    # walking somewhere is still a march
    text = "It left the square on Monday, April 24, and about 3,000 walked to Huixtla, she says."
    assert _of(text, "2023-04-27", "march") != []


def test_the_first_caravan_of_a_year_is_the_storys_own_and_its_verb_follows_the_year():
    text = ("He finished the last repair on Thursday afternoon. That night the square filled, and the first caravan "
            "of 2025 set out north on the coastal highway before dawn on Friday, some 1,500 people by the count of "
            "reporters on the square.")
    assert [m.time.value for m in _of(text, "2025-01-07", "depart")] == ["2025-01-03TMO"]
    assert [(m.group_size, m.time.value) for m in _of(text, "2025-01-07", "size")] == [(1500, "2025-01-03TMO")]



def test_the_first_caravan_of_a_recent_year_is_no_earlier_caravan():
    text = ("That night the square filled, and the first caravan of 2025 set out north on the coastal highway before "
            "dawn on Friday, some 1,500 people by the count of reporters on the square.")
    got = _of(text, "2025-01-07", "size") + _of(text, "2025-01-07", "depart")
    assert [m.earlier_caravan for m in got] == [False, False]
    text = "The first caravan set out from San Pedro Sula on Oct. 13, some 1,600 people by the count of reporters."
    assert [m.earlier_caravan for m in _of(text, "2019-01-15", "size")] == [True]


def test_a_country_that_counted_is_not_where_the_caravan_was():
    text = ("SAN PEDRO SULA, Honduras, Jan. 18 — The couriers of a parcel firm beside the main bus terminal spent this "
            "morning on the phone.\n\nThe caravan walked out of the terminal before dawn on Friday, about 7,000 strong "
            "on Guatemala's count and 9,000 on the count of Honduran rights groups.")
    # (not Guatemala; "the terminal" is a spot of the dateline's town, which the caravan left)
    assert [[p.place.name for p in m.places] for m in _of(text, "2021-01-20", "depart")] == [["San Pedro Sula"]]
    # (both counts are sizes, each by its own counter; neither names where the caravan was)
    sizes = _of(text, "2021-01-20", "size")
    assert [(m.group_size, m.actor, [p.place.name for p in m.places]) for m in sizes] == [
        (7000, "Guatemala", []), (9000, "Honduran rights groups", [])]
    # a crossing into that country still names it
    text = "The caravan crossed into Guatemala before dawn on Friday, about 7,000 strong on its organizers' count."
    assert [[p.place.name for p in m.places] for m in _of(text, "2021-01-20", "cross_border")] == [["Guatemala"]]


def test_a_moving_group_counted_at_the_end_of_its_clause_is_a_size_too():
    text = ("The caravan left San Pedro Sula a week ago today; some 3,500 people crossed into Guatemala with it by the "
            "count of Guatemala's migration institute.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-01-22", "size")] == [(3500, "2020-01-15")]
    assert [m.group_size for m in _of(text, "2020-01-22", "cross_border")] == [3500]
    # a count with no one counting it is the crossing's group only
    text = "The caravan left San Pedro Sula a week ago today; some 3,500 people crossed into Guatemala with it."
    assert _of(text, "2020-01-22", "size") == []


def test_a_count_in_a_month_of_no_known_year_takes_its_departures_day():
    text = ("Then, in late August, a smaller group, some 400 people by the count of reporters, left Tapachula on "
            "Saturday, Aug. 28.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2021-10-29", "size")] == [(400, "2021-08-28")]
