"""Days of a month's table: a form's rows headed by a bare day of the month.

A monthly form or register writes its rows under a header whose first cell is the date, and each row's
first cell is only the day ("Date | mm | remarks" then "05 | 0.0 | Dry and hot.", "10–12 | 0.0 | Dry for three
days"), the month and year told above the table ("... monthly form ..., June 2022").  Such a bare number is a
date only there: the rows must follow a date header, be three or more, and run in ascending order; the month
is that of the last explicit month or day told before the header.  The header words live in
``timex/anchors.yaml`` (``table_date_headers``).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from timeline.resources import load_yaml

_ROW = re.compile(r"[ \t]*(\d{1,2})(?:[ \t]*[–-][ \t]*(\d{1,2}))?[ \t]*\|")
_MONTH_OF = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d(?:T[\dA-Z:]+)?)?$")  # a month of a year, or a day
ROWS_MIN = 3


@lru_cache(maxsize=None)
def _header_rx() -> re.Pattern:
    words = "|".join(re.escape(str(w)) for w in load_yaml("timex/anchors.yaml")["table_date_headers"])
    return re.compile(rf"^[ \t]*(?:{words})[ \t]*\|[^\n]*$", re.M | re.I)


def table_days(text: str, told: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, value) of each bare day heading a row of a month's table.  ``told``: (start, value) of the
    explicit dates found in the text, in text order."""
    out: list[tuple[int, int, str]] = []
    if "|" not in text:
        return out
    for h in _header_rx().finditer(text):
        month = None
        for start, value in told:
            if start >= h.start():
                break
            m = _MONTH_OF.match(value)
            if m is not None:
                month = (int(m.group(1)), int(m.group(2)))
        if month is None:
            continue
        last_day = calendar.monthrange(*month)[1]
        rows: list[tuple[int, int, str]] = []
        pos, prev = h.end() + 1, 0
        while pos < len(text):
            m = _ROW.match(text, pos)
            if m is None:
                break
            days = [(m.start(k), m.end(k), int(m.group(k))) for k in (1, 2) if m.group(k)]
            if any(not prev < d <= last_day for _, _, d in days) or (len(days) == 2 and days[1][2] <= days[0][2]):
                break
            prev = days[-1][2]
            rows.extend((a, b, f"{month[0]:04d}-{month[1]:02d}-{d:02d}") for a, b, d in days)
            nl = text.find("\n", m.end())
            if nl < 0:
                break
            pos = nl + 1
        if len({v for _, _, v in rows}) >= ROWS_MIN:
            out.extend(rows)
    return out
