"""Calendar arithmetic on TimeML values: intervals, shifts, holidays.

``interval(value)`` gives the granularity and the inclusive [start, end] days
of a complete TimeML value (a week is Monday..Sunday, a month 1..last day,
``2018-10-23TNI`` is that day, a season is meteorological: spring
March-May, summer June-August, fall September-November, winter December to
February of the next year).  Durations and reference values have no interval
of their own (see :mod:`timeline.resolve.values` for the anchored ones).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.extract.timex_normalize import nth_weekday as nth_weekday_day
from timeline.models import Granularity

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_POD = {"MO", "AF", "EV", "NI", "DT", "MI"}


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, last_day(y, m)))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_start(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> date | None:
    """n-th (1-based; -1 = last) ISO weekday of a month; None when the month has no such one (a fifth Tuesday).
    The day itself is the tagger's (``timex_normalize.nth_weekday``), which needs it for values with a year."""
    day = nth_weekday_day(y, month, weekday, n)
    return None if day is None else date(y, month, day)


def holiday(spec: dict, y: int) -> date:
    day = _feast(spec, y) + timedelta(days=spec.get("shift", 0))  # ("the day after Palm Sunday")
    if "weekday" in spec:  # "the Saturday before Christmas": the first such weekday before (after) the feast
        step = -1 if spec["side"] == "before" else 1
        day += timedelta(days=step)
        while day.isoweekday() != spec["weekday"]:
            day += timedelta(days=step)
    return day


def _feast(spec: dict, y: int) -> date:
    if "date" in spec:
        m, d = (int(x) for x in spec["date"].split("-"))
        return date(y, m, d)
    if "easter" in spec:
        return easter(y) + timedelta(days=int(spec["easter"]))
    month, wd, n = spec["nth"]
    d = nth_weekday(y, int(month), int(wd), int(n))
    if d is None:
        raise ValueError(f"holiday spec {spec}: no such weekday in {y}-{int(month):02d}")
    return d + timedelta(days=int(spec.get("plus", 0)))


_DATE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d?)(?:-(?P<we>WE))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"(?:T(?P<t>[A-Z]{2}|\d\d(?::\d\d){0,2}))?$"
)


def interval(value: str) -> tuple[Granularity, date | None, date | None]:
    """Granularity and inclusive days of a complete TimeML date/time value."""
    if value == "PRESENT_REF":
        return "none", None, None
    mo = _DATE_RE.match(value)
    if not mo:
        m2 = re.match(r"^(\d{3})(\d|X)?$", value)
        if m2 and m2.group(2) in (None, "X"):
            dec = int(m2.group(1))
            return "decade", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)
        m3 = re.match(r"^(\d{2})$", value)
        if m3:
            c = int(m3.group(1))
            return "century", date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)
        return "none", None, None
    g = mo.groupdict()
    y = int(g["y"])
    if y < 1:
        return "none", None, None
    gran: Granularity
    if g["d"]:
        m, d = int(g["m"]), int(g["d"])
        try:
            day = date(y, m, d)
        except ValueError:
            return "none", None, None
        start = end = day
        gran = "day"
    elif g["m"]:
        m = int(g["m"])
        if not 1 <= m <= 12:
            return "none", None, None
        start, end, gran = date(y, m, 1), date(y, m, last_day(y, m)), "month"
    elif g["w"]:
        try:
            ws = week_start(y, int(g["w"]))
        except ValueError:
            return "none", None, None
        if g["we"]:
            return "week", ws + timedelta(days=5), ws + timedelta(days=6)
        start, end, gran = ws, ws + timedelta(days=6), "week"
    elif g["q"]:
        q = int(g["q"])
        start = date(y, 3 * q - 2, 1)
        end = date(y, 3 * q, last_day(y, 3 * q))
        gran = "quarter"
    elif g["h"]:
        h = int(g["h"])
        start, end, gran = (date(y, 1, 1), date(y, 6, 30), "half") if h == 1 else (date(y, 7, 1), date(y, 12, 31), "half")
    elif g["s"]:
        a, b = SEASON_MONTHS[g["s"]]
        if g["s"] == "WI":
            start, end = date(y, 12, 1), date(y + 1, 2, last_day(y + 1, 2))
        else:
            start, end = date(y, a, 1), date(y, b, last_day(y, b))
        gran = "season"
    else:
        start, end, gran = date(y, 1, 1), date(y, 12, 31), "year"
    t = g["t"]
    if t:
        if t in _POD:
            gran = "part_of_day"
        elif t.count(":") == 0:
            gran = "hour"
        elif t.count(":") == 1:
            gran = "minute"
        else:
            gran = "second"
    return gran, start, end


def narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """Early / mid / late part of an interval (mod START / MID / END)."""
    if not mod or mod not in ("START", "MID", "END") or start is None or end is None:
        return start, end
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)
