"""Vague offsets from the story's time ("a few days later", "several weeks
later", "some days earlier") become bounded intervals after (before) the
reference date, never a date after publication in a told story."""

from __future__ import annotations

from datetime import date, datetime

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes


def resolve(text: str, published: datetime):
    sents = split_sentences(text)
    return {t.text: t for t in resolve_timexes(text, sents, find_timexes(text, sents), published)}


def test_a_few_days_later_is_an_interval_after_the_story_date():
    got = resolve("The caravan left San Pedro Sula on Oct. 13. A few days later, it crossed into Guatemala.",
                  datetime(2018, 11, 24))
    r = got["A few days later"].resolution
    assert (r.start, r.end) == (date(2018, 10, 14), date(2018, 10, 22))
    assert r.value == "2018-10" and r.granularity == "month"
    assert "t1 = 2018-10-13" in r.reason


def test_some_days_earlier_is_an_interval_before_it():
    r = resolve("Police blocked the bridge on Oct. 20. Some days earlier, officials had warned the group.",
                datetime(2018, 11, 24))["Some days earlier"].resolution
    assert (r.start, r.end) == (date(2018, 10, 11), date(2018, 10, 19))


def test_a_told_story_stops_at_publication():
    r = resolve("The caravan left on Oct. 13. Several weeks later it reached Tijuana.",
                datetime(2018, 11, 24))["Several weeks later"].resolution
    assert r.start == date(2018, 10, 20) and r.end == date(2018, 11, 24)
    assert "not after the publication date" in r.reason


def test_a_planned_one_may_pass_publication():
    r = resolve("The caravan reached Mexicali on Nov. 20. A few days later it will reach Tijuana.",
                datetime(2018, 11, 24))["A few days later"].resolution
    assert r.end == date(2018, 11, 29)


def test_the_past_week_is_the_seven_days_up_to_publication():
    # published on a Sunday: not the calendar week before (Oct. 22-28) but Oct. 28 - Nov. 4
    r = resolve("Thousands have joined the caravan over the past week.", datetime(2018, 11, 4))["the past week"].resolution
    assert (r.start, r.end) == (date(2018, 10, 28), date(2018, 11, 4))
    assert r.value == "2018-W44" and "seven days up to the anchor" in r.reason
    # a bare "last week" stays the calendar week before
    r = resolve("Thousands joined the caravan last week.", datetime(2018, 11, 7))["last week"].resolution
    assert (r.start, r.end) == (date(2018, 10, 29), date(2018, 11, 4))


def test_a_live_pages_time_stamp_is_no_morning_after_the_night_told_in_a_later_entry():
    text = ("3:10 p.m.\nOrganizers said the group would rest there tonight.\n\n"
            "9:05 a.m.\nThe caravan left Huixtla at first light.")
    got = resolve(text, datetime(2023, 12, 27))
    assert got["9:05 a.m."].resolution.value == "2023-12-27T09:05"


def test_a_live_pages_morning_entries_after_a_night_gone_are_the_next_day():
    text = ("10:30 p.m.\nMost of the migrants stayed on the riverbank late Wednesday.\n\n"
            "8:10 a.m.\nAt dawn, a few dozen migrants walked down to the river.")
    got = resolve(text, datetime(2020, 1, 23))
    assert got["8:10 a.m."].resolution.value == "2020-01-23T08:10"


def test_a_paragraph_opened_by_a_day_is_told_from_that_day():
    text = ("By Elena Marsh\n\nOct. 31, Juchitan. After resting on Tuesday, the caravan leaves for Matias Romero.\n\n"
            "Nov. 5, Mexico City. The caravan reaches the capital.")
    got = resolve(text, datetime(2018, 11, 20))
    r = got["Tuesday"].resolution
    assert r.value == "2018-10-30" and r.anchor_source == "caption" and "entry dated 2018-10-31" in r.anchor


LIVE_PAGE = """LIVE: Honduran caravan pushes into Guatemala

Last updated 10:05 a.m., Friday, October 2, 2020.

FRIDAY, OCTOBER 2

9:20 a.m.
Police have lined up across the road. Several hundred migrants spent the night on the roadside.

THURSDAY, OCTOBER 1

11:30 p.m.
The government published the decree. The president announced the measure this afternoon.

8:15 a.m.
The caravan set off from the bus terminal at about 4 a.m. The day before, people had gathered there.
"""


def test_a_live_pages_day_headers_date_their_sections():
    got = resolve(LIVE_PAGE, datetime(2020, 10, 2, 10, 5))
    assert got["9:20 a.m."].resolution.value == "2020-10-02T09:20"
    # the night spent before a morning entry ended that morning
    assert got["the night"].resolution.value == "2020-10-01TNI"
    r = got["this afternoon"].resolution
    assert r.value == "2020-10-01TAF" and r.anchor_source == "section" and "section dated 2020-10-01" in r.anchor
    assert got["8:15 a.m."].resolution.value == "2020-10-01T08:15"
    assert got["about 4 a.m."].resolution.value == "2020-10-01T04:00"
    # within a section, a story's own times still chain
    r = got["The day before"].resolution
    assert r.value == "2020-09-30" and r.anchor_source == "reference"


def test_weekday_headers_head_sections_but_an_old_chronology_does_not():
    text = ("The week in review\n\nMONDAY\n\nThe migrants rested in the plaza this afternoon.\n\n"
            "WEDNESDAY\n\nThey left the town this morning.\n")
    got = resolve(text, datetime(2018, 10, 21))  # a Sunday
    assert got["this afternoon"].resolution.value == "2018-10-15TAF"
    assert got["this morning"].resolution.value == "2018-10-17TMO"
    # a header long before publication is a chronology's: "today" stays the publication day
    text = "Chronology\n\nOct. 13\n\nThe caravan left San Pedro Sula.\n\nToday the migrants rest in Tijuana.\n"
    got = resolve(text, datetime(2018, 11, 20))
    assert got["Today"].resolution.value == "2018-11-20"


def test_a_time_stamp_line_is_the_pages_day_not_the_storys():
    text = ("11:20 a.m.\nA plane carrying 110 Hondurans landed in San Pedro Sula on Wednesday afternoon.\n\n"
            "9:45 a.m.\nThe migration institute said on Wednesday that 2,303 migrants had been returned.")
    got = resolve(text, datetime(2020, 1, 23))
    r = got["9:45 a.m."].resolution
    assert r.value == "2020-01-23T09:45" and r.anchor_source == "publication"
