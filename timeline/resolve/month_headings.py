"""Month headings of a chronology: a "year in review" told under "JANUARY", "FEBRUARY – JULY", "AUGUST" ...

A line that is nothing but a month (or two joined: "FEBRUARY – JULY", "March and April") heads the lines after
it, up to the next such heading.  Two or more such headings make a chronology, told in order: the last heading
is the latest such month on or before the publication month, and each heading before it is the latest such
month on or before the next one.  So "JANUARY" in a review published on 30 December 2021 is January 2021, not
the January two days after publication.  Each section is told from the end of its (last) month, or from the
publication date if that comes first: "Jan. 20" under "JANUARY" is 2021-01-20, "Easter" under "FEBRUARY – JULY"
is the Easter of 2021.  A single month heading is no chronology (a month alone on a line may be a caption's or
a table's): it is left to the ordinary rules.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from timeline.extract.text import line_bounds
from timeline.models import Timex

_BARE_MONTH = re.compile(r"^XXXX-(\d\d)$")
# what may stand between the two days or months of a header line ("FEBRUARY – JULY", "WEDNESDAY AND THURSDAY")
HEADER_JOIN = re.compile(r"(?:\s*(?:and|&|/|-|–|—|to)\s*)?", re.I)
_TRIM = " \t\r*#:.|"
MIN_HEADINGS = 2


@dataclass(frozen=True, slots=True)
class MonthHeading:
    lo: int  # the heading line
    hi: int
    section_end: int  # the section runs from ``hi`` to here (the next heading, or the end of the text)
    values: tuple[tuple[str, str], ...]  # (timex id, "YYYY-MM") of the month(s) named in the heading
    day: date  # the day the section is told from: the end of its last month, at the latest the publication date
    label: str


def month_headings(text: str, timexes: list[Timex], dct: date | None) -> list[MonthHeading]:
    """The month headings of ``text`` when they make a chronology (at least two), in text order."""
    if dct is None:
        return []
    lines: list[tuple[int, int, list[Timex]]] = []
    for tx in timexes:
        if tx.type != "DATE" or not _BARE_MONTH.match(tx.value):
            continue
        lo, hi = line_bounds(text, tx.start)
        if lines and lines[-1][0] == lo:
            lines[-1][2].append(tx)
        else:
            lines.append((lo, hi, [tx]))
    heads = []
    for lo, hi, txs in lines:
        if len(txs) > 2:
            continue
        rest = text[lo:hi]
        for t in reversed(txs):
            rest = rest[: t.start - lo] + rest[t.end - lo :]
        if HEADER_JOIN.fullmatch(rest.strip(_TRIM)):
            heads.append((lo, hi, txs))
    if len(heads) < MIN_HEADINGS:
        return []
    # years from the last heading back: each the latest such month on or before the one after it
    year, month = dct.year, dct.month
    dated: list[tuple[int, int, list[tuple[str, str]], date]] = []
    for lo, hi, txs in reversed(heads):
        months = [int(_BARE_MONTH.match(t.value).group(1)) for t in txs]
        last = months[-1]
        y_last = year if last <= month else year - 1
        end = date(y_last, last, calendar.monthrange(y_last, last)[1])
        vals = []
        y, nxt = y_last, last
        for t, m in reversed(list(zip(txs, months))):
            if m > nxt:
                y -= 1
            vals.append((t.id, f"{y:04d}-{m:02d}"))
            nxt = m
        vals.reverse()
        dated.append((lo, hi, vals, min(end, dct)))
        year, month = y, months[0]
    dated.reverse()
    out = []
    for k, (lo, hi, vals, day) in enumerate(dated):
        section_end = dated[k + 1][0] if k + 1 < len(dated) else len(text)
        names = " – ".join(v for _, v in vals)
        out.append(MonthHeading(lo, hi, section_end, tuple(vals), day,
                                f"section under the month heading '{text[lo:hi].strip()}' ({names}), told from {day}"))
    return out
