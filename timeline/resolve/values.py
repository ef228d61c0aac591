"""Completing underspecified values (the notation of docs/tagger.md).

``complete(value, anchor, tense)`` turns ``DCT:D-1``, ``DCT:WD5``,
``XXXX-10-13``, ``REF:D+1``, ``P3D<DCT`` ... into TimeML values, given the
anchor day (the publication date, a caption/tweet date, or the story's
reference time) and the tense of the clause.  It returns the value, the
interval for anchored durations, and a short reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from timeline.resolve import calendar as cal
from timeline.resources import load_yaml

_WD_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

REL_RE = re.compile(
    r"^(?P<anc>DCT|REF):(?:"
    r"(?P<unit>D|WE|W|MI|M|Q|HY|YDY|YD|Y|DE|CE|H|S)(?P<off>[+-](?:\d+(?:\.\d+)?|X))"
    r"(?:\.\.(?P<off2>\d+))?(?P<suffix>-(?:\d\d-\d\d|\d\d|Q[1-4]|H[12]|SP|SU|FA|WI)|:HOL:[a-z_']+)?"
    r"|WD(?P<wd>[1-7])(?P<wdd>[<>=]?)(?P<wdn>(?<=[<>])\d+)?(?P<wdw>(?<==)[+-]\d)?(?:Y(?P<wdy>-\d+))?"
    r"|MO(?P<mo>\d\d)(?P<mod>[<>=]?)(?P<mon>(?<=[<>])\d+)?"
    r"|(?P<season>SP|SU|FA|WI)(?P<sd>[<>=]?)(?P<sn>(?<=[<>])\d+)?"
    r"|WE(?P<wed>[<>=]?)"
    r"|HOL:(?P<hol>[a-z_']+)(?P<hd>[<>])?(?P<hn>(?<=[<>])\d+)?"
    r")(?P<time>T[A-Z]{2}|T\d\d:\d\d)?$"
)
UNDER_RE = re.compile(r"^XXXX-(?P<rest>\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI)(?P<time>T[A-Z]{2}|T\d\d:\d\d)?$")
_DAY_OF_MONTH = re.compile(r"^XXXX-XX-(\d\d)(T[A-Z]{2}|T\d\d:\d\d)?$")
CENTURYLESS_RE = re.compile(r"^XX(?P<yy>\d\d)(?P<rest>.*)$")
DECADELESS_RE = re.compile(r"^XX(?P<d>\d)$")
ANCHORED_DUR_RE = re.compile(r"^(?P<dur>P.+?)(?P<dir>[<>])DCT$")
_YEAR = re.compile(r"^\d{4}$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
YEAR_HOL_RE = re.compile(r"^(?P<y>\d{4}):HOL:(?P<hol>[a-z_']+)$")


NEAREST = "nearest the anchor"  # how a reason ends when no tense chose between the candidates

@dataclass
class Completion:
    value: str
    needs: str | None  # "dct" / "ref" if an anchor was used, None otherwise
    reason: str
    start: date | None = None  # for anchored durations
    end: date | None = None


NEW_YEAR_FROM_MONTH = 7  # "the new year" told from July on is the next year; before July, the year begun

_TENSE_VALUES = re.compile(r"^(?:(?:DCT|REF):(?:WD\d=?(?:T|$)|MO\d\d$|(?:SP|SU|FA|WI)$|HOL:|WE$|YEND$)|XXXX-|WEEK(?:END)?OF:|NTHWD:)")


def uses_tense(value: str) -> bool:
    """Whether ``complete`` reads the tense for this value (bare weekdays, month
    names, seasons, holidays, the weekend, dates without a year)."""
    got = _USES_TENSE.get(value)
    if got is None:
        if len(_USES_TENSE) >= 10_000:
            _USES_TENSE.clear()
        got = _USES_TENSE[value] = _TENSE_VALUES.match(value) is not None
    return got


_USES_TENSE: dict[str, bool] = {}


def needs_anchor(value: str) -> str | None:
    """'dct', 'ref' or None: which anchor a value needs to be completed."""
    if value.startswith(("DAYOFMONTH:", "NTHWD:")):
        # "the last day of the month", "the last Saturday of the month": its month's anchor
        return needs_anchor(value.split(":", 2)[2])
    if value.startswith("REF:"):
        return "ref"
    if (
        value.startswith(("DCT:", "XX", "WEEKOF:", "WEEKENDOF:", "NTHWD:"))
        or value.endswith("DCT")
    ):
        return "dct"
    return None


@lru_cache(maxsize=None)
def _holidays() -> dict:
    return {k.replace(" ", "_"): v for k, v in load_yaml("timex/lexicon.yaml")["holidays"].items()}


_AROUND_FEAST = re.compile(r"^(?P<wd>[a-z]+)_(?P<side>before|after)_(?P<hol>.+)$")


@lru_cache(maxsize=None)
def holiday_spec(key: str) -> dict | None:
    """The lexicon's rule for a feast, or for a weekday named from one ("saturday_before_christmas": the Saturday
    before Christmas Day), or for the day right before or after one ("day_after_palm_sunday")."""
    if (spec := _holidays().get(key)) is not None:
        return spec
    m = _AROUND_FEAST.match(key)
    weekdays = load_yaml("timex/lexicon.yaml")["weekdays"]  # (the tagger's table: "sat_before_christmas" too)
    base = _holidays().get(m.group("hol")) if m and (m.group("wd") in weekdays or m.group("wd") == "day") else None
    if base is None or base.get("week"):
        return None
    if m.group("wd") == "day":
        return {**base, "shift": -1 if m.group("side") == "before" else 1}
    return {**base, "weekday": int(weekdays[m.group("wd")]), "side": m.group("side")}


def _fmt(d: date) -> str:
    return d.isoformat()


def _holiday_value(spec: dict, d: date, time: str) -> str:
    """A holiday's day, or its ISO week for the holidays that last a week ("Holy Week")."""
    return cal.iso_week(d) if spec.get("week") else _fmt(d) + time


def year_holiday(value: str) -> str | None:
    """The day of a movable feast told with its year ("Palm Sunday 2018" = 2018:HOL:palm_sunday -> 2018-03-25),
    or its ISO week for the feasts that last a week; None for any other value."""
    m = YEAR_HOL_RE.match(value)
    spec = holiday_spec(m.group("hol")) if m else None
    return _holiday_value(spec, cal.holiday(spec, int(m.group("y"))), "") if spec else None


def feast_weekday(key: str) -> int | None:
    """The ISO weekday a movable feast always falls on (Palm Sunday: 7, Thanksgiving: 4); None for a feast of
    a fixed date, one that lasts a week or one whose day differs from country to country (Mother's Day)."""
    spec = holiday_spec(key)
    if spec is None or spec.get("week") or "date" in spec or spec.get("by_country"):
        return None
    return cal.holiday(spec, 2000).isoweekday()


def dir_word(tense: str | None) -> str:
    return {"past": "past-tense clause", "future": "future/planned clause", "nearest": "an end point ('until'): the nearest"}.get(
        tense or "", "no tense cue"
    )


def _pick(candidates: list[date], anchor: date, direction: str | None, *, same_ok: bool = True) -> date:
    """The candidate on/before (past), on/after (future) or nearest to anchor."""
    if direction == "past":
        ok = [c for c in candidates if c <= anchor] or candidates
        return max(ok)
    if direction == "future":
        ok = [c for c in candidates if c >= anchor] or candidates
        return min(ok)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _weekday(anchor: date, wd: int, mode: str, tense: str | None, n: int = 1, weeks: int = 0) -> tuple[date, str]:
    back = (anchor.isoweekday() - wd) % 7
    fwd = (wd - anchor.isoweekday()) % 7
    name = _WD_NAMES[wd]
    if n > 1:
        # "two Saturdays ago": the Saturday before the last one; "three Sundays from now"
        if mode == "<":
            return anchor - timedelta(days=(back or 7) + 7 * (n - 1)), f"{n} {name}s back: the {name} {n - 1} week(s) before the last one"
        return anchor + timedelta(days=(fwd or 7) + 7 * (n - 1)), f"{n} {name}s ahead: the {name} {n - 1} week(s) after the next one"
    if mode == "<":
        d = anchor - timedelta(days=back or 7)
        return d, f"'last {name}': the {name} before"
    if mode == ">":
        d = anchor + timedelta(days=fwd or 7)
        return d, f"'next {name}': the {name} after"
    if mode == "=":
        ws = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=weeks)
        if weeks == 0:
            d = ws + timedelta(days=wd - 1)
            if d < anchor and tense != "past" and (tense == "future" or anchor.isoweekday() == 7):
                # "This Thursday we wash feet" said on a Sunday, "will meet this Monday" said on a Wednesday: the
                # coming one, not the one of the anchor's ISO week, already gone
                return anchor + timedelta(days=fwd), f"'this {name}': the coming {name} (its week's is past)"
            return d, f"'this {name}': the {name} of the anchor's week"
        which = {-1: "last week", 1: "next week"}.get(weeks, f"{weeks:+d} weeks")
        return ws + timedelta(days=wd - 1), f"'{name} of {which}': the {name} of {which}'s ISO week"
    if tense == "future":
        return anchor + timedelta(days=fwd), f"{name} on or after; future/planned clause"
    if tense == "after":
        return anchor + timedelta(days=fwd), f"{name} on or after; an end point ('until {name}') after the day told"
    if tense == "nearest":
        if fwd < back:
            return anchor + timedelta(days=fwd), f"{name} nearest the anchor (an end point: 'until {name}')"
        return anchor - timedelta(days=back), f"{name} nearest the anchor (an end point: 'until {name}')"
    if tense == "past" or back <= 3 or fwd > 3:
        why = "past-tense clause" if tense == "past" else "no future cue: the most recent one"
        return anchor - timedelta(days=back), f"{name} on or before; {why}"
    return anchor - timedelta(days=back), f"{name} on or before; no tense cue"


@lru_cache(maxsize=None)
def _vague_ranges() -> dict[str, tuple[int, int]]:
    data = load_yaml("timex/anchors.yaml")["vague_offset_range"]
    return {u: (int(lo), int(hi)) for u, (lo, hi) in data.items()}


def _vague_offset(anchor: date, unit: str, back: bool) -> Completion:
    """'a few days later' = [anchor + 1 day, anchor + 9 days]; the value is the
    month (or year) holding that interval, or PAST_REF / FUTURE_REF."""
    lo, hi = _vague_ranges()[unit]
    days = {"D": 1, "W": 7, "WE": 7}.get(unit)

    def off(n: int) -> date:
        if days is not None:
            return anchor + timedelta(days=(-n if back else n) * days)
        return cal.add_months(anchor, -n if back else n)

    a, b = (off(hi), off(lo)) if back else (off(lo), off(hi))
    side = "before" if back else "after"
    return Completion(_holding(a, b, back), "x", f"a vague number ({lo}-{hi}) of {_UNIT_WORDS[unit]} {side} the anchor: {a} to {b}",
                      a, b)


def _holding(a: date, b: date, back: bool) -> str:
    """The month (or year) holding the days [a, b], else PAST_REF / FUTURE_REF."""
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year:04d}-{a.month:02d}"
    if a.year == b.year:
        return f"{a.year:04d}"
    return "PAST_REF" if back else "FUTURE_REF"


_UNIT_WORDS = {"YD": "years, the same day", "S": "seconds", "MI": "minutes", "H": "hours", "D": "days", "W": "weeks", "WE": "weekends", "M": "months", "Q": "quarters", "HY": "half-years",
               "Y": "years", "DE": "decades", "CE": "centuries", "YDY": "years from the day before"}


def _range_offset(anchor: date, unit: str, off: str, off2: str) -> Completion:
    """'two to three days later' (REF:D+2..3) = [anchor + 2 days, anchor + 3 days]; 'four to six weeks
    ahead' = from the start of the fourth week's unit to the end of the sixth's; the value is the month
    (or year) holding that interval, or PAST_REF / FUTURE_REF."""
    sign = off[0]
    ends = []
    for n in (off[1:], off2):
        v, _ = _shift(anchor, unit, sign + n)
        _, s, e = cal.interval(v)
        ends += [s, e]
    a, b = min(ends), max(ends)
    side = "before" if sign == "-" else "after"
    why = f"{off[1:]} to {off2} {_UNIT_WORDS[unit]} {side} the anchor: {a} to {b}"
    return Completion(_holding(a, b, sign == "-"), "x", why, a, b)


def _shift(anchor: date, unit: str, off: str) -> tuple[str, str]:
    """Value of the unit containing anchor shifted by off units."""
    if off.endswith("X"):
        sign = -1 if off.startswith("-") else 1
        if unit in ("Y",):
            y = anchor.year + sign * 3
            return f"{str(y)[:3]}X", "some years off the anchor"
        if unit in ("DE", "CE"):
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "vague distance"
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "vague distance"
    n = float(off)
    if not n.is_integer():
        n = round(n)
    n = int(n)
    try:
        v, why = _shift_n(anchor, unit, n)
    except (OverflowError, ValueError):
        v = ""
    if not v or v.startswith("-") or (v[:4].isdigit() and int(v[:4]) == 0 and unit not in ("DE", "CE")):
        # "2018 years ago", "a million days ago": before year 1 (or past 9999), which TimeML dates cannot write
        return ("PAST_REF" if n < 0 else "FUTURE_REF"), f"{n:+d} {_UNIT_WORDS.get(unit, unit)}: off the calendar"
    return v, why


def _shift_n(anchor: date, unit: str, n: int) -> tuple[str, str]:
    if unit in ("H", "MI", "S"):
        # "an hour ago", "48 hours ago": the anchor is a day, its hour unknown; the day the most of that span
        # of hours falls on (an hour ago: the anchor's day; 48 hours ago: two days before)
        days = round(n / {"H": 24, "MI": 1440, "S": 86400}[unit])
        side = "before" if n < 0 else "after"
        where = "the anchor's day" if days == 0 else f"{days:+d} day(s)"
        return _fmt(anchor + timedelta(days=days)), f"{abs(n)} {_UNIT_WORDS[unit]} {side} the anchor, its hour unknown: {where}"
    if unit in ("YD", "YDY"):
        # "a year ago today": the anchor's day of the year, n years off (29 February: the 28th); "a year ago
        # yesterday": the day before the anchor's
        day = anchor - timedelta(days=1) if unit == "YDY" else anchor
        y = day.year + n
        d = day.replace(year=y) if not (day.month == 2 and day.day == 29) else date(y, 2, 28)
        return _fmt(d), f"{n:+d} year(s), the same day" + (" as the day before the anchor" if unit == "YDY" else "")
    if unit == "D":
        return _fmt(anchor + timedelta(days=n)), f"{n:+d} day(s)"
    if unit == "W":
        return cal.iso_week(anchor + timedelta(weeks=n)), f"{n:+d} week(s), ISO week"
    if unit == "WE":
        d = anchor + timedelta(weeks=n)
        return cal.iso_week(d) + "-WE", f"{n:+d} weekend(s)"
    if unit == "M":
        d = cal.add_months(anchor.replace(day=1), n)
        return f"{d.year:04d}-{d.month:02d}", f"{n:+d} month(s)"
    if unit == "Q":
        q0 = (anchor.month - 1) // 3 + n
        y, q = anchor.year + q0 // 4, q0 % 4 + 1
        return f"{y:04d}-Q{q}", f"{n:+d} quarter(s)"
    if unit == "HY":
        h0 = (anchor.month - 1) // 6 + n
        y, h = anchor.year + h0 // 2, h0 % 2 + 1
        return f"{y:04d}-H{h}", f"{n:+d} half-year(s)"
    if unit == "Y":
        return f"{anchor.year + n:04d}", f"{n:+d} year(s)"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}", f"{n:+d} decade(s)"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}", f"{n:+d} century(ies)"
    raise ValueError(unit)


def _year_for(
    month: int, day: int | None, anchor: date, tense: str | None, mode: str = "", *, close: bool = False
) -> tuple[int, str]:
    cands = []
    # Feb. 29 looks up to four years away for a leap year
    years = range(anchor.year - 4, anchor.year + 5) if (month, day) == (2, 29) else (anchor.year - 1, anchor.year, anchor.year + 1)
    for y in years:
        try:
            cands.append(date(y, month, day or 1))
        except ValueError:
            continue
    if not cands:
        return anchor.year, "invalid day"
    if day is None:
        # month granularity: compare month starts with the anchor's month
        a = anchor.replace(day=1)
        if mode == "<":
            ok = [c for c in cands if c < a]
            return max(ok).year, "the most recent such month before the anchor"
        if mode == ">":
            ok = [c for c in cands if c > a]
            return min(ok).year, "the next such month after the anchor"
        if mode == "=":
            return anchor.year, "the anchor's year"

        def months(c: date) -> int:
            return (c.year - a.year) * 12 + c.month - a.month

        if tense in ("past", "future"):
            ok = [c for c in cands if (months(c) <= 0 if tense == "past" else months(c) >= 0)]
            if ok:
                tc = max(ok) if tense == "past" else min(ok)
                # a past clause naming next month's name tells a plan ("talking about the visit in
                # September", written in August): eleven months back would be "last September";
                # but not when the past verb governs the month ("left in November", "since November")
                if abs(months(tc)) <= (10 if tense == "past" and not close else 11):
                    return tc.year, dir_word(tense)
        near = min(cands, key=lambda c: (abs(months(c)), months(c) > 0 if tense != "future" else months(c) < 0))
        return near.year, f"the occurrence {NEAREST}"
    near = min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))
    if tense == "past" and ((near - anchor).days > 60 or (close and near > anchor)):
        return _pick(cands, anchor, "past").year, dir_word(tense)
    if tense == "future" and (anchor - near).days > 60:
        return _pick(cands, anchor, "future").year, dir_word(tense)
    return near.year, f"the date {NEAREST}"


def _season(anchor: date, s: str, mode: str, tense: str | None) -> str:
    y = anchor.year
    cur_start = date(y, _SEASON_START[s], 1)
    if s == "WI" and anchor.month <= 2:
        cur_start = date(y - 1, 12, 1)
    if mode == "=" or (mode == "" and tense is None):
        return f"{cur_start.year}-{s}"
    if mode == "<" or (mode == "" and tense == "past"):
        # the most recent such season that started before the anchor
        while cur_start > anchor or (mode == "<" and cal.interval(f"{cur_start.year}-{s}")[2] >= anchor):
            cur_start = date(cur_start.year - 1, cur_start.month, 1)
        return f"{cur_start.year}-{s}"
    while cal.interval(f"{cur_start.year}-{s}")[2] < anchor or (mode == ">" and cur_start <= anchor):
        cur_start = date(cur_start.year + 1, cur_start.month, 1)
    return f"{cur_start.year}-{s}"


def _counted(count: str | None, mode: str | None, noun: str) -> tuple[int, str]:
    """The years to add to the most recent (``mode`` "<") or the next (">") yearly month, season or feast for the
    ``count``-th one back or on ("two Octobers ago", "the autumn before last": one year), and the reason's tail."""
    n = int(count or 1)
    if n <= 1:
        return 0, ""
    on = mode == ">"
    return (n - 1) * (1 if on else -1), f", {n} such {noun} {'on' if on else 'back'}"


@lru_cache(maxsize=50_000)
def complete(value: str, anchor: date, tense: str | None) -> Completion:
    """Complete an underspecified value on ``anchor`` (see module doc).

    A pure function of its arguments: cached (the result must not be changed).
    """
    return _complete(value, anchor, tense)


_REL_GROUPS: dict[str, dict | None] = {}


def _rel_groups(value: str) -> dict | None:
    """The groups of REL_RE in ``value`` (parsed once per value; read-only)."""
    try:
        return _REL_GROUPS[value]
    except KeyError:
        m = REL_RE.match(value)
        if len(_REL_GROUPS) >= 10_000:
            _REL_GROUPS.clear()
        got = _REL_GROUPS[value] = m.groupdict() if m else None
        return got


def complete_uncached(value: str, anchor: date, tense: str | None) -> Completion:
    """``complete`` without the cache (for values whose anchor keeps changing)."""
    return _complete(value, anchor, tense)


def _month_completed(month: str, anchor: date, tense: str | None) -> tuple[int, int, Completion] | None:
    """A month value completed on the anchor ("XXXX-07", "REF:M+0"), as (year, month, its completion), or None when
    it completes to no month."""
    inner = _complete(month, anchor, tense)
    try:
        return int(inner.value[:4]), int(inner.value[5:7]), inner
    except ValueError:
        return None


def _complete(value: str, anchor: date, tense: str | None) -> Completion:
    close = tense == "past_close"  # a past verb right before the expression, or "since"
    if close:
        tense = "past"
    if value.startswith(("WEEKOF:", "WEEKENDOF:")):
        weekend = value.startswith("WEEKENDOF:")
        inner = _complete(value.split(":", 1)[1], anchor, tense)
        try:
            d = date.fromisoformat(inner.value[:10])
        except ValueError:
            return Completion(value, None, "")
        how = f"; {inner.reason}" if inner.reason else ""
        if weekend:
            return Completion(cal.iso_week(d) + "-WE", "x", f"the weekend of the week of {d}{how}")
        return Completion(cal.iso_week(d), "x", f"the week of {d}{how}")
    if value.startswith("DAYOFMONTH:"):
        # "the last day of the month": the month of the anchor (the story's time), then its first or last day
        _, which, month = value.split(":", 2)
        if (got := _month_completed(month, anchor, tense)) is None:
            return Completion(value, None, "")
        y, mo, inner = got
        day = cal.last_day(y, mo) if which == "L" else int(which)
        how = f"; {inner.reason}" if inner.reason else ""
        which_day = "the last day" if which == "L" else "the first day" if day == 1 else f"day {day}"
        return Completion(f"{y:04d}-{mo:02d}-{day:02d}", "x", f"{which_day} of {y:04d}-{mo:02d}{how}")
    if value.startswith("NTHWD:"):
        # "the first Tuesday of July": the month completed, then its n-th (or last) such weekday
        _, spec, month = value.split(":", 2)
        nth, wd = spec.split(".")
        if (got := _month_completed(month, anchor, tense)) is None:
            return Completion(value, None, "")
        y, mo, inner = got
        k = -1 if nth == "L" else int(nth)
        d = cal.nth_weekday(y, mo, int(wd), k)
        if d is None:
            return Completion(value, None, "")  # no fifth such weekday that month
        which = "the last" if k == -1 else f"weekday no. {k}"
        return Completion(_fmt(d), "x", f"{which} {_WD_NAMES[int(wd)]} of {y:04d}-{mo:02d}; {inner.reason}")
    if value.endswith(":YEND"):
        y = anchor.year - 1 if tense == "past" else anchor.year
        return Completion(f"{y:04d}-12-31", "x", f"year-end; {dir_word(tense)}")
    if value.endswith(":NEWYEAR"):
        # "until the new year" told on 30 December: the next year; told on 2 January: the year just begun
        y = anchor.year + 1 if anchor.month >= NEW_YEAR_FROM_MONTH else anchor.year
        return Completion(f"{y:04d}", "x", "the year whose first day is nearest the anchor")
    g = _rel_groups(value)
    if g is not None:
        time = g["time"] or ""
        if g["unit"]:
            if g["off2"]:
                return _range_offset(anchor, g["unit"], g["off"], g["off2"])
            if g["off"].endswith("X") and g["unit"] in _vague_ranges():
                return _vague_offset(anchor, g["unit"], g["off"].startswith("-"))
            v, why = _shift(anchor, g["unit"], g["off"])
            if g["suffix"] and _YEAR.match(v):
                # "spring last year" (DCT:Y-1-SP); "Palm Sunday six years ago" (DCT:Y-6:HOL:palm_sunday), a feast in
                # the year counted back
                if g["suffix"].startswith(":"):
                    v, why = year_holiday(v + g["suffix"]) or v, f"{why}; {g['suffix'][5:].replace('_', ' ')} that year"
                else:
                    v += g["suffix"]
            return Completion(v + (time if _DAY.match(v) else ""), "x", why)
        if g["wd"]:
            d, why = _weekday(anchor, int(g["wd"]), g["wdd"], tense, int(g["wdn"] or 1), int(g["wdw"] or 0))
            if g["wdy"]:
                # "a year ago last Sunday": that day of the year, years back (Feb. 29 -> Feb. 28)
                years = int(g["wdy"])
                d = d.replace(year=d.year + years, day=min(d.day, cal.last_day(d.year + years, d.month)))
                why = f"{why}; {-years} year(s) before it"
            return Completion(_fmt(d) + time, "x", why)
        if g["mo"]:
            y, why = _year_for(int(g["mo"]), None, anchor, tense, g["mod"])
            shift, more = _counted(g["mon"], g["mod"], "months")  # "two Octobers ago": the one before the most recent
            return Completion(f"{y + shift:04d}-{g['mo']}", "x", why + more)
        if g["season"]:
            why = {"<": "the last such season before the anchor", ">": "the next such season after the anchor",
                   "=": "the season of the anchor's year"}.get(g["sd"]) or dir_word(tense)
            got = _season(anchor, g["season"], g["sd"], tense)
            shift, more = _counted(g["sn"], g["sd"], "seasons")  # "the autumn before last": a year before the last
            return Completion(f"{int(got[:4]) + shift:04d}{got[4:]}", "x", why + more)
        if g["hol"] is not None and g["hol"]:
            spec = holiday_spec(g["hol"])
            if spec is None:
                return Completion(value, None, "unknown holiday")
            cands = [cal.holiday(spec, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            tense = {"<": "past", ">": "future"}.get(g["hd"] or "", tense)  # "last Christmas Eve", "next Easter"
            d = _pick(cands, anchor, tense, same_ok=not g["hd"])
            shift, more = _counted(g["hn"], g["hd"], "feasts")  # "the Christmas Eve before last": a year before
            if shift:
                d = cal.holiday(spec, d.year + shift)
            return Completion(_holiday_value(spec, d, time), "x",
                              f"holiday {g['hol'].replace('_', ' ')}; {dir_word(tense)}{more}")
        if value.startswith(("DCT:WE", "REF:WE")):
            mode = g["wed"] or ""
            sat = 6
            back = (anchor.isoweekday() - sat) % 7
            if anchor.isoweekday() == 7:
                back = 1
            if mode == ">" or (mode == "" and tense == "future"):
                d = anchor + timedelta(days=(sat - anchor.isoweekday()) % 7)
            elif mode == "<":
                d = anchor - timedelta(days=back or 7)
            elif mode == "" and tense in (None, "nearest") and 0 < (sat - anchor.isoweekday()) % 7 < back - 1:
                # no tense cue (or an end point: "through the weekend"), told on a Thursday or a Friday: the
                # weekend ahead is the nearer one
                d = anchor + timedelta(days=(sat - anchor.isoweekday()) % 7)
                return Completion(cal.iso_week(d) + "-WE", "x", "weekend; no tense cue: the nearer one, ahead")
            else:
                d = anchor - timedelta(days=back)
            return Completion(cal.iso_week(d) + "-WE", "x", f"weekend; {dir_word(tense)}")
    m = _DAY_OF_MONTH.match(value)
    if m:
        # "on the 15th": that day of the anchor's month, the month before or the one after
        day, time = int(m.group(1)), m.group(2) or ""
        cands = []
        for k in (-1, 0, 1):
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + k, 12)
            try:
                cands.append(date(y, mo + 1, day))
            except ValueError:
                continue
        if not cands:
            return Completion(value, None, "no such day near the anchor")
        d = _pick(cands, anchor, tense)
        return Completion(_fmt(d) + time, "x", f"day {day} of the month; {dir_word(tense)}")
    m = UNDER_RE.match(value)
    if m:
        rest, time = m.group("rest"), m.group("time") or ""
        if rest[0].isdigit():
            parts = rest.split("-")
            month = int(parts[0])
            day = int(parts[1]) if len(parts) > 1 else None
            y, why = _year_for(month, day, anchor, tense, close=close)
            return Completion(f"{y:04d}-{rest}{time}", "x", f"year from the anchor; {why}")
        if rest[0] == "Q":
            q = int(rest[1])
            aq = (anchor.month - 1) // 3 + 1
            y = anchor.year
            if tense == "past" and q > aq:
                y -= 1  # "reported a drop in profits for the fourth quarter" in January: last year's
            elif tense == "future" and q < aq - 1:
                y += 1  # "will slow in the first quarter" in November; but "will report third-quarter results" in October
            return Completion(f"{y:04d}-{rest}", "x", f"quarter of the anchor's year; {dir_word(tense)}")
        if rest[0] == "H":
            return Completion(f"{anchor.year:04d}-{rest}", "x", "half of the anchor's year")
        if rest[0] == "W":
            # "Week 49", "between week 46 and week 48": the ISO week of that number nearest the anchor
            wk = int(rest[1:])
            best = None
            for y in (anchor.year - 1, anchor.year, anchor.year + 1):
                try:
                    monday = date.fromisocalendar(y, wk, 1)
                except ValueError:
                    continue
                gap = abs((monday - anchor).days)
                if best is None or gap < best[0]:
                    best = (gap, y)
            if best is None:
                return Completion(value, None, "")
            return Completion(f"{best[1]:04d}-W{wk:02d}", "x", "ISO week nearest the anchor")
        return Completion(_season(anchor, rest, "", tense), "x", dir_word(tense))
    m = CENTURYLESS_RE.match(value)
    if m:
        yy = int(m.group("yy"))
        c = min((anchor.year // 100 + k for k in (-1, 0, 1)), key=lambda c: (abs(c * 100 + yy - anchor.year), -c))
        # a two-digit year is rarely in the future by more than a few years
        if c * 100 + yy > anchor.year + 10:
            c -= 1
        return Completion(f"{c * 100 + yy:04d}{m.group('rest')}", "x", "century from the anchor")
    m = DECADELESS_RE.match(value)
    if m:
        d = int(m.group("d"))
        c = anchor.year // 100
        if c * 100 + d * 10 > anchor.year:
            c -= 1
        return Completion(f"{c * 10 + d:03d}", "x", "century from the anchor")
    m = ANCHORED_DUR_RE.match(value)
    if m:
        dur, d = m.group("dur"), m.group("dir")
        days = approx_days(dur)
        if d == "<":
            return Completion(dur, "x", f"a span of {dur} ending at the anchor", anchor - timedelta(days=days), anchor)
        return Completion(dur, "x", f"a span of {dur} starting at the anchor", anchor, anchor + timedelta(days=days))
    m = YEAR_HOL_RE.match(value)
    if m:
        spec = holiday_spec(m.group("hol"))
        if spec:
            return Completion(_holiday_value(spec, cal.holiday(spec, int(m.group("y"))), ""), None, "holiday of an explicit year")
    return Completion(value, None, "")


MONTH_PART_RE = re.compile(r"^(?P<month>.+-\d\d):(?P<part>W[1-4L]|H[12])$")


def month_part(month_value: str, part: str) -> tuple[date, date, str] | None:
    """The days of a stretch of a complete month value ("2018-11", "W1" -> Nov 1-7; "H2" -> 16-30)."""
    try:
        y, m = int(month_value[:4]), int(month_value[5:7])
        last = cal.last_day(y, m)
    except ValueError:
        return None
    if part == "WL":
        a, b, what = last - 6, last, "the last week"
    elif part[0] == "W":
        k = int(part[1])
        a, b, what = 7 * k - 6, 7 * k, f"week {k} (days {7 * k - 6}-{7 * k})"
    elif part == "H1":
        a, b, what = 1, 15, "the first half"
    else:
        a, b, what = 16, last, "the second half"
    return date(y, m, a), date(y, m, b), f"{what} of {month_value}"


# Days assumed for a vague count (X) of a unit: "recent days" ~ a week.
_VAGUE_DAYS = {"D": 7, "W": 28, "M": 180, "Y": 5 * 365, "H": 1, "DE": 30 * 365}
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30.44, "Q": 91.3, "Y": 365.25, "WE": 7, "H": 1 / 24, "S": 0, "DE": 3652.5, "CE": 36525}


def approx_days(dur: str) -> int:
    """Length in days of a TimeML duration (vague counts: see _VAGUE_DAYS)."""
    m = re.match(r"^P(?:T)?(X|\d+(?:\.\d+)?)(DE|CE|WE|[DWMQYHS])", dur)
    if not m:
        return 7
    n, u = m.group(1), m.group(2)
    if dur.startswith("PT"):
        u = {"H": "H", "M": "H", "S": "S"}[u]
        if n == "X":
            return 1
        return max(1, round(float(n) / (24 if m.group(2) == "H" else 1440)))
    if n == "X":
        return _VAGUE_DAYS.get(u, 7)
    return max(1, round(float(n) * _UNIT_DAYS.get(u, 1)))


_FALLBACK_UNIT = {"YD": "XXXX-XX-XX", "S": "XXXX-XX-XX", "MI": "XXXX-XX-XX", "H": "XXXX-XX-XX", "D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                  "HY": "XXXX-HX", "Y": "XXXX", "DE": "XXXX", "CE": "XXXX", "YDY": "XXXX-XX-XX"}


def timeml_fallback(value: str, type_: str = "DATE") -> str:
    """A valid TimeML value for an expression that stayed underspecified."""
    m = ANCHORED_DUR_RE.match(value)
    if m:
        return m.group("dur")
    if value.endswith(":YEND"):
        return "XXXX-12-31"  # a year-end with no anchor: the year is unknown
    if value.endswith(":NEWYEAR"):
        return "XXXX"
    g = _rel_groups(value)
    if g is not None:
        time = g["time"] or ""
        if g["unit"]:
            base = _FALLBACK_UNIT[g["unit"]]
            return base + (time if base == "XXXX-XX-XX" else "")
        if g["wd"]:
            return f"XXXX-WXX-{g['wd']}{time}"
        if g["mo"]:
            return f"XXXX-{g['mo']}"
        if g["season"]:
            return f"XXXX-{g['season']}"
        if value.startswith(("DCT:WE", "REF:WE")):
            return "XXXX-WXX-WE"
        return "XXXX-XX-XX" + time
    if value.endswith(":YEND"):
        return "XXXX-12-31"
    if YEAR_HOL_RE.match(value) or value.endswith(":PERIOD"):
        return value[:4]
    if value.startswith("WEEKOF:"):
        return "XXXX-WXX"
    if value.startswith("NTHWD:"):
        return value.split(":", 2)[2]  # the month, its year unknown
    if value.startswith("DAYOFMONTH:"):
        return "XXXX-XX-XX"  # a day of a month not known
    if value.startswith("WEEKENDOF:"):
        return "XXXX-WXX-WE"
    m = MONTH_PART_RE.match(value)
    if m:
        return timeml_fallback(m.group("month"), type_)
    if DECADELESS_RE.match(value):
        return "XXXX"
    return "PXX" if type_ == "DURATION" else value
