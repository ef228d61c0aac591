"""Events and time expressions from the seventy-third round.

From caravan-holdout90: ranges of hours in words ("from eight to two", "every evening between eight and ten") are two
hours each, but counts and scales are not ("between six and eight operations", "from two to three were arrested",
"rated from one to four", "children aged from six to nine"); an hour of a log line, a list item or "It is five in
the morning" is no habit.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import timex_list


def _times(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.resolution.value) for t in timex_list(text, published) if t.type == "TIME"]


def test_counts_scales_and_ages_are_no_ranges_of_hours():
    for text in ("The hospital's two theatres do between six and eight operations on a normal day.",
                 "The motion passed, and from two to three were arrested.",
                 "Each bug report carries a screenshot and a severity rated from one to four.",
                 "Children aged from six to nine walked with their mothers.",
                 "The verses are nearly identical to one another."):
        assert _times(text, "2022-01-22") == [], text


def test_a_log_line_or_a_list_item_keeps_its_day():
    log = "Period covered: 12/10/2019.\n\n05:45 Group begins moving north along the highway."
    assert ("05:45", "2019-10-12T05:45") in _times(log, "2019-10-13")
    notes = "Wedding notes for Saturday, Dec. 30:\n· The band leaves Escuintla at noon and plays for five hours."
    assert ("noon", "XXXX-XX-XXT12:00") not in _times(notes, "2023-12-30")
