"""Events from the thirty-second round: a story told day by day with the weekdays of an earlier week.  Texts
written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, dated, mentions


def test_a_story_told_day_by_day_in_an_earlier_week_dates_its_bare_weekdays_from_it():
    text = ("SAN PEDRO SULA, Honduras — Guatemala declared a state of prevention on the evening of Thursday, Jan. 14, "
            "hours before the first walkers left the bus terminal; the rest followed before dawn on Friday. They "
            "crossed at El Florido that day, and the vanguard reached Vado Hondo on Saturday. On Sunday, soldiers at "
            "a roadblock there fired tear gas. \"We will try again,\" one of them said on Saturday.")
    got = dated(text, "2021-02-08")
    assert ("cross_border", "2021-01-15") in got
    assert ("arrive", "2021-01-16") in got
    assert ("block", "2021-01-17") in got
    assert not [d for _, d in got if d.startswith("2021-02")]


def test_two_stories_of_one_caravan_week_merge_when_one_is_told_weeks_later():
    tl = built(
        ("wire-a", "2021-01-17", "CHIQUIMULA, Guatemala — Soldiers fired tear gas at a roadblock in Vado Hondo on "
                                 "Sunday, stopping thousands of Honduran migrants who left San Pedro Sula on Friday."),
        ("paper-b", "2021-02-08", "The caravan left San Pedro Sula before dawn on Friday, Jan. 15, and reached Vado "
                                  "Hondo on Saturday. On Sunday, soldiers at a roadblock in Vado Hondo fired tear gas."),
    )
    blocks = [e for e in tl.events if e.type == "block"]
    assert len(blocks) == 1 and str(blocks[0].start) == "2021-01-17"
    assert set(blocks[0].sources) == {"wire-a", "paper-b"}


def test_a_date_with_a_when_clause_takes_the_clause_tense_and_dates_its_event():
    text = ("TIJUANA, Mexico — The drawings follow the route. Several return to Oct. 19, when the crowd broke through "
            "the gate on the Rodolfo Robles bridge.")
    assert ("block", "2018-10-19") in dated(text, "2019-04-25")


def test_a_movable_feast_told_with_its_year_dates_the_departure():
    text = "That caravan, nearly 1,500 people, had left Tapachula on Palm Sunday 2018."
    assert ("depart", "2018-03-25") in dated(text, "2019-04-25")


def test_a_journeys_first_night_is_the_night_of_its_departure_not_of_the_latest_day_told():
    text = ("HUIXTLA, Mexico — Water pressure fell for two days this week, the utility said Friday, as migrants from "
            "the caravan that left Tapachula on Christmas Eve drew on the same pipes. The caravan, about 7,000 people, "
            "spent its first night in Álvaro Obregón.")
    assert ("stay", "2023-12-24") in dated(text, "2023-12-30")


def test_a_date_fronted_after_and_before_its_subject_is_the_next_clauses():
    text = ("Thousands left Tapachula before first light on Monday, June 6, and reached Huixtla on Tuesday afternoon. "
            "From the next day officials of the migration institute were issuing transit permits on the field, and "
            "by Friday it was empty.")
    assert ("asylum", "2022-06-08") in dated(text, "2022-06-16")


def test_a_long_chain_of_one_groups_moves_keeps_its_last_verb():
    text = ("Some 3,000 walkers, by the state police count, started out of Tapachula at 5 a.m. on Saturday, Oct. 23, "
            "reached the town square at dusk, stayed in the park through Sunday and Monday, and walked on toward "
            "Escuintla at 4 a.m. on Tuesday, Oct. 26.")
    assert ("march", "2021-10-26") in dated(text, "2022-06-16")


def test_a_chain_of_moves_stops_at_a_clause_opener():
    from timeline.extract.event_subjects import coordinated_move
    lows = "they reached the square , which residents watched , and walked on".split()
    assert not coordinated_move(lows, lows.index("walked"), [1])
    lows = "they reached the square , stayed in the park , and walked on".split()
    assert coordinated_move(lows, lows.index("walked"), [1, lows.index("stayed")])
    assert not coordinated_move(lows, lows.index("walked"), [])


def test_the_town_a_group_reached_is_not_the_one_it_left_in_the_same_sentence():
    text = ("HUIXTLA, Mexico — Some 3,000 walkers started out of Tapachula at 5 a.m. on Saturday, Oct. 23, and reached "
            "the town square at dusk.")
    got = [m for m in mentions(text, "2022-06-16") if m.type == "arrive"]
    assert [p.place.name for p in got[0].places] == ["Huixtla"]


def test_a_moving_groups_count_takes_the_day_of_the_move_not_the_month_before_it():
    text = ("The town has been through this before. In October 2021 a caravan of 4,000 by its organizers' count left "
            "Tapachula on Saturday, Oct. 23.")
    got = dated(text, "2023-12-30")
    assert ("size", "2021-10-23") in got and ("depart", "2021-10-23") in got


def test_a_stay_told_by_its_length_after_an_evening_arrival_runs_over_the_days_after():
    text = ("The town has been through this before. In October 2021 a caravan of 4,000 left Tapachula on Saturday, "
            "Oct. 23, reached Huixtla the same evening and stayed two full days. They stayed through Monday.")
    stays = [m for m in mentions(text, "2023-12-30") if m.type == "stay"]
    assert [(str(m.time.start), str(m.time.end)) for m in stays][0] == ("2021-10-24", "2021-10-25")
    assert "the arrival" in stays[0].time.reason
    assert len(stays) == 2  # "stayed through Monday" is a stay too
