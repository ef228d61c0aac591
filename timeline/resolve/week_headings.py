"""A heading that names a week dates the lines under it.

A composition titled "When the caravan came (the week of 6 June)", a report's "Week 23 (6-12 June)" heading:
the weekdays told under it ("On Monday my mother woke me at five", "On Tuesday afternoon they arrived") are
that week's days, not the ones before publication.  The heading is a short line with no sentence in it; its week
is completed on the publication date (a past week: the heading reports) and must not lie after it.  The lines
under it are told from the week's Sunday, or from the publication date if that comes first, up to the next
such heading.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.extract.text import line_bounds
from timeline.models import Timex
from timeline.resolve import calendar as cal
from timeline.resolve import values

_WEEK = re.compile(r"^(?:WEEKOF:.+|\d{4}-W\d\d|XXXX-W\d\d)$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
HEADING_MAX = 80  # characters of a heading line


def week_sections(text: str, timexes: list[Timex], dct: date | None) -> list[tuple[int, int, date, str]]:
    """(start, end, day, label) of each section under a week's heading: it is told from ``day``."""
    if dct is None:
        return []
    heads: list[tuple[int, int, date, str]] = []
    for tx in timexes:
        if tx.type != "DATE" or not _WEEK.match(tx.value):
            continue
        lo, hi = line_bounds(text, tx.start)
        if hi - lo > HEADING_MAX or hi >= len(text) or _SENTENCE_END.search(text[lo:hi].strip()):
            continue
        week = tx.value if tx.value[:4].isdigit() else values.complete(tx.value, dct, "past").value
        m = _ISO_WEEK.match(week)
        if m is None:
            continue
        monday = cal.week_start(int(m.group(1)), int(m.group(2)))
        if monday > dct:
            continue  # a week ahead: a programme's, whose days the ordinary rules read
        day = min(monday + timedelta(days=6), dct)
        heads.append((lo, hi, day, f"section of the week {week} ({tx.id}), told from {day}"))
    return [(hi, heads[k + 1][0] if k + 1 < len(heads) else len(text), day, label)
            for k, (_, hi, day, label) in enumerate(heads)]
