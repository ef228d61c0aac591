"""Entries of a "this week in history" list: a day heading over lines opened by a year.

    April 22
    2019 — On Easter Monday, federal police ... detained 367 people ...
    2009 — A spring storm shut the Otay Mesa cargo crossing ...

Each entry line is told from the heading's day in the year of its label
(2019-04-22, 2009-04-22): its label means that day, and the expressions in it
("On Easter Monday", "Late at night", "that day") are anchored on it, not on
the publication date.  The heading itself names the day of several years: no
year is given to it (``XXXX-04-22``).

An entry is a line opened by a year alone followed by a dash or a colon
("2019 — ", "2018: "); its heading is the nearest line above it that is
nothing but a day without a year ("April 22"), with only blank lines and
other entries between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.extract.text import line_bounds
from timeline.models import Timex

_YEAR = re.compile(r"^\d{4}$")
_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_LABEL_AFTER = re.compile(r"[ \t]*(?:[—–:]|--?)[ \t]")
_HEADING_TRIM = " \t\r*#:.-—–"


@dataclass(frozen=True)
class HistoryEntry:
    heading: Timex  # "April 22"
    label: Timex  # "2019"
    lo: int  # the entry's line
    hi: int
    day: date  # 2019-04-22


def history_entries(text: str, timexes: list[Timex]) -> list[HistoryEntry]:
    """The year-labelled entries under day headings, in text order (see the module doc)."""
    labels = [tx for tx in timexes if tx.type == "DATE" and _YEAR.match(tx.value)
              and not text[line_bounds(text, tx.start)[0] : tx.start].strip()
              and _LABEL_AFTER.match(text, tx.end)]
    if not labels:
        return []
    heads: dict[tuple[int, int], Timex] = {}  # lines that are nothing but a day without a year
    for tx in timexes:
        if tx.type == "DATE" and _DAY.match(tx.value):
            lo, hi = line_bounds(text, tx.start)
            if not (text[lo : tx.start] + text[tx.end : hi]).strip(_HEADING_TRIM):
                heads[(lo, hi)] = tx
    if not heads:
        return []
    label_lines = {line_bounds(text, tx.start) for tx in labels}
    out: list[HistoryEntry] = []
    for tx in labels:
        lo, hi = line_bounds(text, tx.start)
        j = lo
        heading = None
        while j > 0:
            plo, phi = line_bounds(text, j - 1)
            if (plo, phi) in heads:
                heading = heads[(plo, phi)]
                break
            if text[plo:phi].strip() and (plo, phi) not in label_lines:
                break  # prose between: no heading of this entry
            j = plo
        if heading is None:
            continue
        m = _DAY.match(heading.value)
        try:
            day = date(int(tx.value), int(m.group(1)), int(m.group(2)))
        except ValueError:
            continue  # (February 29 in another year)
        out.append(HistoryEntry(heading, tx, lo, hi, day))
    return out
