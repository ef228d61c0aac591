"""Ranges of counts ("in four to six weeks", "two or three days later") are intervals, not one guessed
point; "the next morning" after an undated past event is not placed after publication."""

from __future__ import annotations

from datetime import date, datetime

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes


def tag(text: str, published: str):
    sents = split_sentences(text)
    return {t.text: t for t in resolve_timexes(text, sents, find_timexes(text, sents), datetime.fromisoformat(published))}


def span(t):
    return t.resolution.start, t.resolution.end


def test_in_four_to_six_weeks_is_the_fourth_to_the_sixth_week_ahead():
    t = tag("The caravan is expected to reach the border in four to six weeks, organizers said.", "2018-11-06")[
        "four to six weeks"
    ]
    assert t.type == "DATE" and t.low == "P4W" and t.value == "P6W"  # the extractor keeps both lengths
    assert span(t) == (date(2018, 12, 3), date(2018, 12, 23))  # Mondays of ISO weeks 49..51 to Sunday of 51
    assert "4 to 6 weeks after" in t.resolution.reason


def test_a_past_range_stays_a_duration():
    t = tag("The march lasted four to six weeks.", "2018-11-06")["four to six weeks"]
    assert (t.type, t.resolution.value, t.low) == ("DURATION", "P6W", "P4W")


def test_two_or_three_days_later_counts_from_the_story_day():
    t = tag("The group reached Juchitan on Oct. 28 and two or three days later arrived in Oaxaca.", "2018-11-06")[
        "two or three days later"
    ]
    assert span(t) == (date(2018, 10, 30), date(2018, 10, 31))
    assert t.resolution.anchor.startswith("t1 = 2018-10-28")


def test_two_to_three_weeks_ago_spans_both_weeks():
    t = tag("Most of the group left Honduras two to three weeks ago.", "2018-11-06")["two to three weeks ago"]
    assert span(t) == (date(2018, 10, 15), date(2018, 10, 28))


def test_a_descending_pair_is_not_a_range():
    found = tag("The committee approved it 5-3 days later.", "2018-11-06")
    assert "5-3 days later" not in found


def test_the_next_morning_after_an_undated_past_event_is_before_publication():
    t = tag("The migrants crossed the river. The next morning, they walked to Tapachula.", "2018-11-06")[
        "The next morning"
    ]
    r = t.resolution
    assert not r.resolved and r.start is None and r.end == date(2018, 11, 6)
    assert "not after the publication date" in r.reason


def test_the_next_morning_after_a_dated_day_is_that_day_plus_one():
    t = tag("The migrants crossed the river on Sunday. The next morning, they walked to Tapachula.", "2018-11-06")[
        "The next morning"
    ]
    assert t.resolution.value == "2018-11-05TMO"


def test_a_week_of_a_month_is_its_seven_days():
    found = tag("In the first week of November, the caravan reached Puebla. It left during the last week of October.", "2018-11-13")
    assert span(found["the first week of November"]) == (date(2018, 11, 1), date(2018, 11, 7))
    assert found["the first week of November"].resolution.granularity == "week"
    assert found["the first week of November"].value == "XXXX-11:W1"  # as extracted: the month part kept
    assert span(found["the last week of October"]) == (date(2018, 10, 25), date(2018, 10, 31))


def test_half_of_a_month_and_an_explicit_year():
    found = tag("During the second half of February 2016, thousands crossed.", "2018-11-13")
    t = found["the second half of February 2016"]
    assert span(t) == (date(2016, 2, 16), date(2016, 2, 29))  # a leap year
    assert "the second half of 2016-02" in t.resolution.reason


def test_earlier_this_month_runs_to_the_day_before_publication():
    found = tag("Earlier this month, Trump said the caravan would be stopped. Later this year, a wall is due.", "2018-10-22")
    assert span(found["Earlier this month"]) == (date(2018, 10, 1), date(2018, 10, 21))
    assert span(found["Later this year"]) == (date(2018, 10, 23), date(2018, 12, 31))
    assert found["Earlier this month"].mod == "START"  # the TimeML mod stays


def test_the_coming_days_start_at_publication():
    t = tag("Another 1,000 are expected to be sent back in the coming days.", "2021-01-18")["the coming days"]
    assert t.resolution.start == date(2021, 1, 18) and t.resolution.end > t.resolution.start


def test_said_that_sunday_is_not_the_storys_sunday():
    found = tag("By Nov. 25 more than 6,000 were camped. Police said that Sunday's clash was the worst.", "2019-01-03")
    assert "that Sunday" not in found and found["Sunday"].resolution.value == "2018-12-30"


def test_this_week_told_on_a_sunday_of_what_is_ahead_is_the_coming_week():
    # published Sunday, Oct. 14, 2018 (the last day of ISO week 41)
    ts = tag("The migrants hope to reach the Mexican border by the end of the week. They will rest later this week. "
             "The caravan grew this week.", "2018-10-14")
    assert ts["the end of the week"].resolution.value == "2018-W42"
    assert span(ts["the end of the week"]) == (date(2018, 10, 20), date(2018, 10, 21))
    assert "told on a Sunday" in ts["the end of the week"].resolution.reason
    assert span(ts["later this week"]) == (date(2018, 10, 15), date(2018, 10, 21))
    assert span(ts["this week"]) == (date(2018, 10, 8), date(2018, 10, 14))  # past: the week now ending
    # on a weekday the current week stays
    t = tag("The migrants hope to reach the border by the end of the week.", "2018-10-16")["the end of the week"]
    assert t.resolution.value == "2018-W42"


def test_n_weeks_ago_is_about_seven_days_back_within_its_iso_week():
    ts = tag("The caravan crossed the border with Guatemala one week ago. Another group left about two weeks ago.",
             "2018-10-27")
    one, two = ts["one week ago"], ts["about two weeks ago"]
    assert one.resolution.value == "2018-W42" and span(one) == (date(2018, 10, 19), date(2018, 10, 21))
    assert two.resolution.value == "2018-W41" and span(two) == (date(2018, 10, 10), date(2018, 10, 14))
    # published on a Monday: the day a week back opens its ISO week, the interval stays inside it
    t = tag("The migrants crossed a week ago.", "2018-10-22")["a week ago"]
    assert span(t) == (date(2018, 10, 15), date(2018, 10, 16))
