"""Events from the thirty-fifth round: the day of an attempt dates the clauses after it, a caravan named by its
month, and a count after a relative clause's day.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import mentions


def test_the_day_of_an_attempt_dates_the_clash_in_its_sentence():
    text = ("The group had left Ciudad Tecún Umán on Oct. 2. On Saturday, Nov. 17, several hundred people from the "
            "shelter tried to march on the Otay Mesa crossing of the border and were met with tear gas fired from the "
            "U.S. side.")
    got = [m for m in mentions(text, "2018-11-24") if m.type == "block"]
    assert got and {m.time.value for m in got} == {"2018-11-17"}


def test_a_plan_still_does_not_date_the_narrative():
    # "planned to march on Saturday": the plan's day is not when anything told here happened
    text = ("The caravan rested in Mexicali on Thursday. Organizers planned to march on the crossing on Saturday, "
            "and police fired tear gas at the shelter.")
    got = [m for m in mentions(text, "2018-11-16") if m.type == "block"]
    assert [m.time.value for m in got] != ["2018-11-17"]


def test_a_caravan_named_by_its_month_does_not_date_the_night_told():
    text = ("CIUDAD HIDALGO, Mexico — Late on Sunday, as the eclipse began, a volunteer set up a telescope at the "
            "Mexican end of the bridge, where hundreds of Hondurans from the January caravan were camped waiting for "
            "papers.")
    got = [m for m in mentions(text, "2019-01-22") if m.type == "stay"]
    assert [m.time.value for m in got] == ["2019-01-20"]


def test_a_caravan_named_by_its_month_dates_a_sentence_that_has_no_other_date():
    text = "Mexico handed out humanitarian visas on the bridge to members of the January caravan."
    got = [m for m in mentions(text, "2019-03-10") if m.type == "asylum"]
    assert [m.time.value for m in got] == ["2019-01"]


def test_a_count_after_a_relative_clauses_day_framed_by_its_year():
    text = ("In 2018, at 70, she walked with the spring caravan that left Tapachula on Palm Sunday, March 25, roughly "
            "1,200 people by the usual tally.")
    got = [m for m in mentions(text, "2023-12-30") if m.type == "size"]
    assert [(m.time.value, m.group_size) for m in got] == [("2018-03-25", 1200)]


def test_a_stay_after_a_relative_clauses_day_keeps_the_sentences_other_date():
    # the stay is not the departure's day: the month the sentence gives frames it
    text = ("In June 2022 a caravan that had left Tapachula on 6 June stayed in the sports field at Huixtla for three "
            "days.")
    got = [m for m in mentions(text, "2024-11-10") if m.type == "stay"]
    assert [m.time.value for m in got] != ["2022-06-06"]
