"""Events from the forty-seventh round: "a far larger one" standing for a caravan named just before, the second of
two joined relative clauses, a caravan that "took" its walkers north, counts "recorded" or "tallied" by an
institution, a crossing "shoved" through a border post, and the count of a caravan named by its date or by a
departure in a clause set off by commas.  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built
from event_helpers import mentions_of as _of


def test_a_far_larger_one_right_after_a_caravan_is_named_is_a_caravan():
    text = ("PUERTO MADERO, Mexico — It is the third caravan he has watched go since the summer. Four weeks ago, on "
            "Saturday, Oct. 23, a far larger one left Tapachula, some 3,000 strong by the institute's count.")
    assert [m.time.value for m in _of(text, "2021-11-23", "depart")] == ["2021-10-23"]
    # with no caravan named before it, "one" stands for nothing the story moves
    text = "PUERTO MADERO, Mexico — On Saturday, Oct. 23, a far larger one left the harbour."
    assert _of(text, "2021-11-23", "depart") == []


def test_the_second_of_two_joined_relative_clauses_has_the_first_ones_noun():
    text = ("HUIXTLA, Mexico — They were the walkers of the caravan that left Tapachula on Monday morning, as the "
            "summit gathered in Los Angeles, and that reached this town after some 40 kilometres of highway.")
    assert [m.type for m in _of(text, "2022-06-09", "arrive")] == ["arrive"]
    # ... a thing's relative clauses stay a thing's
    text = "HUIXTLA, Mexico — It is the kind of toothache that hurts at night, and that walked with him for a week."
    assert _of(text, "2022-06-09", "march") == []


def test_a_caravan_that_took_its_walkers_north_reports_their_number_and_a_van_does_not():
    text = ("TAPACHULA, Mexico — The Via Crucis caravan of last year, which left on Monday, April 24, took some 4,000 "
            "walkers north and left her with forty unclaimed telephones.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2024-03-28", "size")] == [(4000, "2023-04-24")]
    text = ("CHIQUIMULA, Guatemala — His van, which has 410,000 kilometers on the clock, took 14 people to the "
            "Corinto border post that morning.")
    assert _of(text, "2020-10-06", "size") == []


def test_a_count_an_institution_recorded_or_tallied_is_a_size_report():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15 this year another column set out from the terminal; Guatemala's "
            "migration institute recorded about 3,500 walkers entering the country with it.")
    assert [m.group_size for m in _of(text, "2020-10-06", "size")] == [3500]
    text = ("SAN PEDRO SULA, Honduras — The caravan left on Friday. Guatemala's government tallied about 7,000 people "
            "entering the country with it.")
    assert [m.group_size for m in _of(text, "2021-01-19", "size")] == [7000]


def test_a_caravan_that_shoved_its_way_through_a_border_post_crossed():
    text = ("CHIQUIMULA, Guatemala — In October, when a caravan shoved its way through the Corinto border post on "
            "Oct. 1, two of his young men went with it.")
    assert [m.time.value for m in _of(text, "2021-01-19", "cross_border")] == ["2020-10-01"]


def test_the_count_of_a_caravan_named_by_its_date_is_of_that_date():
    text = ("TAPACHULA, Mexico — The vendors still talk about the caravan of Christmas Eve 2023, which took some "
            "7,000 walkers out of the square.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2025-01-16", "size")] == [(7000, "2023-12-24")]


def test_a_count_after_a_departure_set_off_by_commas_is_of_that_day_not_the_month_naming_the_caravan():
    text = ("SAN PEDRO SULA, Honduras — The farm has lost pickers to the road before. Last year's January caravan, "
            "which left San Pedro Sula's bus terminal on "
            "Jan. 15, 2020, took nobody from the farm, though it was no small thing either: some 3,500 walkers by "
            "the count of Guatemala's migration institute.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2021-01-19", "size")] == [(3500, "2020-01-15")]


def test_in_the_timeline_the_count_of_a_caravan_keeps_the_day_of_the_departure_in_its_relative_clause():
    text = ("TAPACHULA, Mexico — In 21 years she has learned the caravans' rhythm. The Via Crucis caravan of last "
            "year, which left on Monday, April 24, took some 4,000 walkers north and left her with forty telephones.")
    tl = built(("a", "2024-03-28", text))
    assert sorted((e.type, e.date) for e in tl.events) == [("depart", "2023-04-24"), ("size", "2023-04-24")]


def test_two_counts_side_by_side_across_the_first_counters_own_who_clause_are_rival_estimates():
    text = ("TAPACHULA, Mexico — Then the caravan left the square before dawn on Friday, Jan. 3, about 1,500 people "
            "by the count of reporters who walked with it and some 2,000 by the reckoning of its organizers.")
    got = _of(text, "2025-01-16", "size")
    assert [m.group_size for m in got] == [1500, 2000] and all(m.actor for m in got)
    assert [m.time.value for m in got] == ["2025-01-03TMO", "2025-01-03TMO"]


def test_a_count_as_reporters_reckoned_and_the_organizers_count_after_it_share_the_departure_day():
    text = ("HUIXTLA, Mexico — Last month a column left Tapachula on Sunday, Oct. 20, about 2,500 people as reporters "
            "walking with it reckoned, and 3,000 by its organizers, and in March he saw the one that started out "
            "from Tapachula on Palm Sunday pass the market.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2024-11-07", "size")] == [
        (2500, "2024-10-20"), (3000, "2024-10-20")]


def test_it_after_a_semicolon_stands_for_the_one_that_left():
    text = ("TAPACHULA, Mexico — The vendors keep a rough calendar of caravans by their sales. In November, the one "
            "that left on Tuesday, Nov. 5, reached Huixtla on Thursday, Nov. 7, she recalls, because her cousin "
            "called to ask for more cards; it moved on toward Escuintla the next morning.")
    assert [m.time.value for m in _of(text, "2025-01-16", "march")] == ["2024-11-08TMO"]


def test_the_first_of_the_three_caravans_counted_before_left():
    text = ("PUERTO MADERO, Mexico — It is the third caravan he has watched go since the summer. Four weeks ago a far "
            "larger one left Tapachula. He had a cousin in that one; she wrote from Oaxaca state and has not written "
            "since.\n\nIn August the first of the three left on Aug. 28, and it was small.")
    assert [m.time.value for m in _of(text, "2021-11-23", "depart")] == ["2021-W43", "2021-08-28"]


def test_a_column_that_filled_the_central_park_arrived_and_families_filling_it_on_sundays_did_not():
    text = ("TAPACHULA, Mexico — It is not the first caravan to take a worker from her. On Oct. 21 last year, when "
            "the great column of Hondurans filled the central park, the boy who cut her cardboard went north with them.")
    assert [m.time.value for m in _of(text, "2019-10-15", "arrive")] == ["2018-10-21"]
    text = "HUIXTLA, Mexico — On Sundays the families fill the park and he does better."
    assert _of(text, "2022-06-09", "arrive") == []


def test_new_arrivals_are_people_not_an_arrival():
    text = ("TAPACHULA, Mexico — This week the shelters have been buying tarpaulins: many of the walkers who left "
            "have been replaced by new arrivals in the square.")
    assert _of(text, "2023-04-27", "arrive") == []


def test_a_past_perfect_arrival_is_not_dated_by_the_departure_told_after_it_in_its_sentence():
    text = ("TAPACHULA, Mexico — On Sunday afternoon the quiet street filled up. Thousands of Hondurans had walked "
            "into the central park: the column that set out from San Pedro Sula, Honduras, on Oct. 13 and crossed "
            "the Suchiate River on Saturday on rafts.")
    assert [m.time.value for m in _of(text, "2018-10-25", "arrive")] == ["2018-10-21TAF"]


def test_a_paragraph_opening_it_was_goes_on_with_the_story_of_the_paragraph_before():
    text = ("SAN PEDRO SULA, Honduras — Eleven of them took the bus down and joined the caravan that left the city on "
            "Friday, before first light.\n\nIt was bigger than anyone on the hill had imagined. Guatemala's "
            "government tallied about 7,000 people entering the country with it.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2021-01-19", "size")] == [(7000, "2021-01-15TMO")]
