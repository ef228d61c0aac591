"""A weekday named beside the date it falls on.

"gathered on Friday evening, Oct. 12, 2018", "On the Thursday, the 14th, I
packed": the weekday is that date (with its part of day), not the weekday
nearest the publication date.  Only when the date that follows it, after a
comma, falls on that weekday: "Monday, Jan. 15" where Jan. 15 is a Friday is
left to the usual rules.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.models import Timex

_BARE_WEEKDAY = re.compile(r"^DCT:WD([1-7])(T[A-Z]{2}|T\d\d:\d\d)?$")
_FULL_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T[\dA-Z:]+)?$")
_DAY_OF_MONTH = re.compile(r"^XXXX-XX-(\d\d)$")
_GAP = re.compile(r"\s*,\s*")
_MONTHS_AROUND = 6  # a day of the month alone: the months searched on each side of the publication date


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _day_on_weekday(day: int, weekday: int, dct: date | None) -> date | None:
    """The date nearest ``dct`` whose day of the month is ``day`` and that falls on ``weekday``."""
    if dct is None:
        return None
    best: date | None = None
    for k in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        y, m = _month_shift(dct.year, dct.month, k)
        try:
            d = date(y, m, day)
        except ValueError:
            continue
        if d.isoweekday() == weekday and (best is None or abs((d - dct).days) < abs((best - dct).days)):
            best = d
    return best


def weekday_dates(text: str, timexes: list[Timex], dct: date | None) -> dict[str, tuple[date, str, Timex]]:
    """id of a bare weekday -> (its date, its part-of-day or clock suffix, the date beside it)."""
    out: dict[str, tuple[date, str, Timex]] = {}
    for tx, nxt in zip(timexes, timexes[1:]):
        m = _BARE_WEEKDAY.match(tx.value)
        if m is None or _GAP.fullmatch(text, tx.end, nxt.start) is None:
            continue
        weekday, suffix = int(m.group(1)), m.group(2) or ""
        got: date | None = None
        if (f := _FULL_DAY.match(nxt.value)) is not None:
            try:
                got = date(int(f.group(1)), int(f.group(2)), int(f.group(3)))
            except ValueError:
                got = None
        elif (d := _DAY_OF_MONTH.match(nxt.value)) is not None:
            got = _day_on_weekday(int(d.group(1)), weekday, dct)
        if got is not None and got.isoweekday() == weekday:
            out[tx.id] = (got, suffix, nxt)
    return out
