"""A weekday named beside the date it falls on.

"gathered on Friday evening, Oct. 12, 2018", "On the Thursday, the 14th, I
packed": the weekday is that date (with its part of day), not the weekday
nearest the publication date.  Only when the date that follows it, after a
comma, falls on that weekday: "Monday, Jan. 15" where Jan. 15 is a Friday is
left to the usual rules.

The weekday also tells the year of a date written without one: "on Sunday,
Nov. 4" in a retrospective published in December 2024 is not 2024-11-04 (a
Monday) but the last Nov. 4 that fell on a Sunday, 2018; so is "On Nov. 25,
a Sunday".  ``weekday_of_dates`` finds those weekdays, ``year_on_weekday``
moves the year.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.models import Timex
from timeline.resolve.told_year import DAY_FRAME
from timeline.resolve.values import feast_weekday

_BARE_WEEKDAY = re.compile(r"^DCT:WD([1-7])(T[A-Z]{2}|T\d\d:\d\d)?$")
_STORY_WEEKDAY = re.compile(r"^(?:DCT:WD([1-7])|REF:WD([1-7])>)(T[A-Z]{2}|T\d\d:\d\d)?$")  # ... or "the Monday night"
_FULL_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T[\dA-Z:]+)?$")
_DAY_OF_MONTH = re.compile(r"^XXXX-XX-(\d\d)(?:T(?:MO|AF|EV|NI|DT|MI))?$")
_GAP = re.compile(r"\s*,\s*|[ \t]+")  # "Thursday, Oct. 1"; "the afternoon of Wednesday 27 October"
_ON_GAP = re.compile(r"[ \t]+on[ \t]+")
# between a weekday and the month that frames its day: "a Sunday last month", "a Sunday in the last days of October"
_BEFORE_FRAME = re.compile(r"[ \t]+(?:in[ \t]+)?")
_FEAST = re.compile(r"^DCT:HOL:([a-z_']+)(?:T[A-Z]{2})?$")  # "Palm Sunday", "before dawn on Palm Sunday"
_COMMA = re.compile(r"\s*,\s*")  # "Palm Sunday, March 25"
_APPOSED = re.compile(r"\s*,\s*(?:a|the)?\s*|\s+(?:is|was|will\s+be)\s+(?:a\s+)?")  # "Nov. 25, a Sunday", "Tomorrow is Sunday"
_YEARLESS_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)(?:T\d\d:\d\d|T(?:MO|AF|EV|NI|DT|MI))?$")  # a clock may follow: "Monday 29 November at 8:00"
_WEEKDAY_FIRST = ("date_wd_md", "date_wd_dm", "date_satsun_dm", "date_wd_ordword_of_month", "date_wd_the_day",
                  "date_wd_dm_slash", "time_dm_clock24", "date_wd_dm_range_first", "date_wd_d_roman",
                  "date_wd_dm_dot", "date_wd_day_row")  # rules whose text starts with the weekday
# a part of a weekday and its day: "the night of Monday the 14th", "the evening of Friday 12 October"
_POD_OF_WEEKDAY = ("date_pod_of_bare_day", "date_pod_of_md", "date_pod_of_dm", "date_pod_of_dm_slash")
_OF_WEEKDAY = re.compile(r"\bof\s+(mon|tue|wed|thu|fri|sat|sun)", re.I)
_WD_NUM = {w: i + 1 for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_YEARS_BACK = 12  # a day of the year falls on each weekday within twelve years
_MONTHS_AROUND = 6  # a day of the month alone: the months searched on each side of the publication date


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _days_on_weekday(day: int, weekday: int, dct: date, months) -> list[date]:
    """The dates whose day of the month is ``day`` and that fall on ``weekday``, in the months ``months`` away
    from ``dct``'s (in that order)."""
    out: list[date] = []
    for k in months:
        y, m = _month_shift(dct.year, dct.month, k)
        try:
            d = date(y, m, day)
        except ValueError:
            continue
        if d.isoweekday() == weekday:
            out.append(d)
    return out


def _day_on_weekday(day: int, weekday: int, dct: date | None) -> date | None:
    """The date nearest ``dct`` whose day of the month is ``day`` and that falls on ``weekday``."""
    if dct is None:
        return None
    found = _days_on_weekday(day, weekday, dct, range(-_MONTHS_AROUND, _MONTHS_AROUND + 1))
    return min(found, key=lambda d: abs((d - dct).days), default=None)


def day_on_weekday_back(day: int, weekday: int, dct: date) -> date | None:
    """The last date on or before ``dct`` (within six months) whose day of the month is ``day`` and that falls
    on ``weekday``: a log's row "Sat 4 ·", copied out on 14 June 2022, is Saturday 4 June."""
    return next((d for d in _days_on_weekday(day, weekday, dct, range(0, -_MONTHS_AROUND - 1, -1)) if d <= dct), None)


_FRAME_GAP = re.compile(r"\s*,\s*(?:on\s+)?(?:a\s+|the\s+)?")  # "In October 2018, on a Saturday, the 13th"
# a month named without its year: "Last October, on a Saturday, the 20th"; "in October, on a Sunday, the 20th"
_YEAR_MONTH = re.compile(r"^\d{4}-\d\d$")  # "October 2018"
_NAMED_MONTH = re.compile(r"^(?:DCT:MO(\d\d)([<>=]?)|XXXX-(\d\d))$")


def _named_month_day(frame: Timex | None, day: int, weekday: int, dct: date | None) -> date | None:
    """The day of the month on that weekday in the month a frame names without its year ("last October", "in
    October"): of the years around ``dct`` (last October's before it), the one nearest ``dct``."""
    m = _NAMED_MONTH.match(frame.value) if frame is not None and dct is not None else None
    if m is None:
        return None
    month, mode = int(m.group(1) or m.group(3)), m.group(2) or ""
    away = [(y - dct.year) * 12 + month - dct.month for y in (dct.year - 1, dct.year, dct.year + 1)]
    away = [k for k in away if (mode != "<" or k < 0) and (mode != ">" or k > 0)]
    return min(_days_on_weekday(day, weekday, dct, away), key=lambda d: abs((d - dct).days), default=None)


def _month_frames(timexes: list[Timex]) -> dict[str, Timex]:
    """id of a weekday -> the month named without its year just before it in its sentence ("The big caravan of
    last October went past the court on a Saturday, the 23rd")."""
    return {tx.id: prev for prev, tx in zip(timexes, timexes[1:]) if _NAMED_MONTH.match(prev.value)
            and prev.sentence == tx.sentence}


def _framed_day(frame: Timex | None, day: int, weekday: int, dct: date | None) -> date | None:
    """The day of the month on that weekday in the month a frame told just before names ("October 2018", "a year
    ago this month"), or nearest the day a year count names ("A year ago, on a Friday, the 15th")."""
    m = DAY_FRAME.match(frame.value) if frame is not None else None
    if m is None:
        return None
    if m.group(1) is not None:
        found = _days_on_weekday(day, weekday, date(int(m.group(1)), int(m.group(2)), 1), (0,))
    elif dct is not None:
        back = int(m.group(4)) * (12 if m.group(3) == "Y" else 1)
        y, mo = _month_shift(dct.year, dct.month, -back)
        centre = date(y, mo, 1)
        around = (0,) if m.group(3) == "M" else range(-_MONTHS_AROUND, _MONTHS_AROUND + 1)
        found = sorted(_days_on_weekday(day, weekday, centre, around), key=lambda d: abs((d - centre).days))
    else:
        return None
    return found[0] if found else None


def weekday_dates(text: str, timexes: list[Timex], dct: date | None) -> dict[str, tuple[date, str, Timex]]:
    """id of a bare weekday -> (its date, its part-of-day or clock suffix, the date beside it)."""
    out: dict[str, tuple[date, str, Timex]] = {}
    frame_of = {tx.id: prev for prev, tx in zip(timexes, timexes[1:]) if _FRAME_GAP.fullmatch(text, prev.end, tx.start)}
    month_of = _month_frames(timexes)
    # ... or a month of a year told earlier in its sentence: "In October 2018 the first of the large caravans spent a
    # night below the basilica; its walkers, who had left San Pedro Sula on a Saturday, the 13th, ..."
    last: Timex | None = None
    for tx in timexes:
        if last is not None and last.sentence != tx.sentence:
            last = None
        if last is not None and _STORY_WEEKDAY.match(tx.value):
            frame_of.setdefault(tx.id, last)
        if _YEAR_MONTH.match(tx.value):
            last = tx
    pairs = [(tx, nxt) for tx, nxt in zip(timexes, timexes[1:]) if _GAP.fullmatch(text, tx.end, nxt.start)]
    # ... or with the month counted back or named between them: "on a Sunday last month, the 20th", "on a Sunday in
    # the last days of October 2023, the 29th"
    for tx, mid, nxt in zip(timexes, timexes[1:], timexes[2:]):
        if DAY_FRAME.match(mid.value) and _BEFORE_FRAME.fullmatch(text, tx.end, mid.start) and \
                _COMMA.fullmatch(text, mid.end, nxt.start):
            pairs.append((tx, nxt))
            frame_of.setdefault(tx.id, mid)
    # ... or a feast of a fixed day right before it with "on": "for the Day of the Dead on Friday"
    pairs += [(tx, feast) for feast, tx in zip(timexes, timexes[1:]) if feast.rule.startswith("date_holiday")
              and _YEARLESS_DAY.match(feast.value) and _ON_GAP.fullmatch(text, feast.end, tx.start)]
    for tx, nxt in pairs:
        m = _STORY_WEEKDAY.match(tx.value)
        if m is None:
            continue
        weekday, suffix = int(m.group(1) or m.group(2)), m.group(3) or ""
        got: date | None = None
        if (f := _FULL_DAY.match(nxt.value)) is not None:
            try:
                got = date(int(f.group(1)), int(f.group(2)), int(f.group(3)))
            except ValueError:
                got = None
        elif (d := _DAY_OF_MONTH.match(nxt.value)) is not None:
            got = _framed_day(frame_of.get(tx.id), int(d.group(1)), weekday, dct) or \
                _named_month_day(month_of.get(tx.id), int(d.group(1)), weekday, dct) or \
                _day_on_weekday(int(d.group(1)), weekday, dct)
        elif (y := _YEARLESS_DAY.match(nxt.value)) is not None and dct is not None:
            # ("Full service resumes Monday, New Year's Day", told on 29 December 2023: the one just ahead)
            got = _year_on_weekday_ahead(int(y.group(1)), int(y.group(2)), weekday, dct) or \
                _year_on_weekday_back(int(y.group(1)), int(y.group(2)), weekday, dct)
        if got is not None and got.isoweekday() == weekday:
            out[tx.id] = (got, suffix, nxt)
    return out


def _year_on_weekday_ahead(month: int, day: int, weekday: int, dct: date) -> date | None:
    """The ``month``/``day`` after ``dct`` and at most _AHEAD_DAYS after it, if it falls on ``weekday``."""
    for y in (dct.year, dct.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if 0 < (d - dct).days <= _AHEAD_DAYS and d.isoweekday() == weekday:
            return d
    return None


def _year_on_weekday_back(month: int, day: int, weekday: int, dct: date) -> date | None:
    """The last ``month``/``day`` on or before ``dct`` (within twelve years) that falls on ``weekday``."""
    for y in range(dct.year, dct.year - _YEARS_BACK - 1, -1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= dct and d.isoweekday() == weekday:
            return d
    return None


_FIRST_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)", re.I)  # ("Palm Sunday, 25 March": after the feast's name)
# a weekday right before its day inside a longer expression ("dawn on Wednesday 14 November", "4 a.m. on Tuesday, Oct. 26")
_WEEKDAY_BEFORE_DAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?"
    r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)


def weekday_of_dates(text: str, timexes: list[Timex]) -> dict[str, int]:
    """id of a day written without a year -> the ISO weekday told with it ("Sunday, Nov. 4"; "Nov. 25, a Sunday")."""
    out: dict[str, int] = {}
    for i, tx in enumerate(timexes):
        if _YEARLESS_DAY.match(tx.value) is None and _DAY_OF_MONTH.match(tx.value) is None:
            continue
        if tx.rule in _WEEKDAY_FIRST and (m := _FIRST_WEEKDAY.search(tx.text)) is not None and \
                (wd := _WD_NUM.get(m.group(1).lower())) is not None:
            out[tx.id] = wd
        elif tx.rule in _POD_OF_WEEKDAY and (m := _OF_WEEKDAY.search(tx.text)) is not None:
            out[tx.id] = _WD_NUM[m.group(1).lower()]
        elif (m := _WEEKDAY_BEFORE_DAY.search(tx.text)) is not None:
            out[tx.id] = _WD_NUM[m.group(1).lower()]
        elif i + 1 < len(timexes) and (m := _BARE_WEEKDAY.match(timexes[i + 1].value)) is not None and \
                m.group(2) is None and _APPOSED.fullmatch(text, tx.end, timexes[i + 1].start) is not None:
            out[tx.id] = int(m.group(1))
        elif i > 0 and (m := _STORY_WEEKDAY.match(timexes[i - 1].value)) is not None and \
                _GAP.fullmatch(text, timexes[i - 1].end, tx.start) is not None:
            out[tx.id] = int(m.group(1) or m.group(2))  # "on the Monday night, January 14th"
        elif i > 0 and (m := _FEAST.match(timexes[i - 1].value)) is not None and \
                (wd := feast_weekday(m.group(1))) is not None and _COMMA.fullmatch(text, timexes[i - 1].end, tx.start):
            out[tx.id] = wd  # "on Palm Sunday, March 25": a Sunday
    return out


def _day_off_weekday(value: str, weekday: int) -> date | None:
    """The day of ``value`` (YYYY-MM-DD...) when it does not fall on ISO ``weekday`` (None when it does, or is no day)."""
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None if d.isoweekday() == weekday else d


_AHEAD_DAYS = 60  # a day this soon after the anchor that falls on its weekday is that one, whatever the tense


def year_on_weekday(value: str, weekday: int, tense: str | None, anchor: date | None = None) -> tuple[str, str] | None:
    """A resolved day ``value`` (YYYY-MM-DD...) moved to the nearest year in which it falls on ``weekday`` (back
    in time unless the clause is a plan), with the reason; None when it already does or no year near does.
    The day of the anchor's year (or the next) that falls on its weekday within _AHEAD_DAYS after the anchor
    comes first ("the fortnight's pay, deposited on Friday 29 January", told on 19 January 2021)."""
    if (d := _day_off_weekday(value, weekday)) is None:
        return None
    if anchor is not None and tense != "future":
        for y in (anchor.year, anchor.year + 1):
            try:
                c = d.replace(year=y)
            except ValueError:
                continue
            if c.isoweekday() == weekday and 0 <= (c - anchor).days <= _AHEAD_DAYS:
                return c.isoformat() + value[10:], f"{d} is a {d:%A}; {c} is a {c:%A}, {(c - anchor).days} day(s) after the anchor"
    step = 1 if tense == "future" else -1
    for k in range(1, _YEARS_BACK + 1):
        try:
            c = d.replace(year=d.year + step * k)
        except ValueError:  # Feb. 29
            continue
        if c.isoweekday() == weekday:
            return c.isoformat() + value[10:], f"{d} is a {d:%A}; the {'next' if step > 0 else 'last'} year in which it is a {c:%A}"
    return None


def month_on_weekday(value: str, weekday: int) -> tuple[str, str] | None:
    """A resolved day ``value`` (YYYY-MM-DD...) told as "Monday the 20th" moved to the nearest month in which
    that day of the month falls on ``weekday`` (the earlier one when two are as near), with the reason; None
    when it already does or no month within a year does."""
    if (d := _day_off_weekday(value, weekday)) is None:
        return None
    for k in range(1, 13):
        for step in (-k, k):
            y, m = _month_shift(d.year, d.month, step)
            try:
                c = date(y, m, d.day)
            except ValueError:
                continue
            if c.isoweekday() == weekday:
                return c.isoformat() + value[10:], f"{d} is a {d:%A}; the nearest month in which the {d.day} is a {c:%A}"
    return None


def _falls_on(day_value: str, weekday: str) -> bool:
    """Does the day of ``day_value`` (YYYY-MM-DD...) fall on ISO ``weekday``?"""
    try:
        return date.fromisoformat(day_value[:10]).isoweekday() == int(weekday)
    except ValueError:
        return False


def restates_day(text: str, tx: Timex, day_value: str, day_end: int) -> bool:
    """Is ``tx`` a bare weekday set after the day it names ("On Nov. 25, a Sunday,": the Sunday is Nov. 25)?"""
    m = _BARE_WEEKDAY.match(tx.value)
    if m is None or m.group(2) is not None or _APPOSED.fullmatch(text, day_end, tx.start) is None:
        return False
    return _falls_on(day_value, m.group(1))


_INDEFINITE = re.compile(r"\b[Aa]\s+$")


def _indefinite(text: str, tx) -> bool:
    """Is ``tx`` a weekday with the indefinite article, in its span ("a Monday") or right before it?"""
    return tx.text[:2] in ("a ", "A ") or _INDEFINITE.search(text, max(0, tx.start - 3), tx.start) is not None


def story_day_weekday(text: str, tx: Timex, ref_value: str, week_ago: bool = False) -> bool:
    """Is ``tx`` "a Monday (morning)" told after a story day that is a Monday ("It repeated itself a week ago
    today. Some 7,000 people walked out of Tapachula on a Monday morning": that Monday)?  After a story day told
    as some weeks ago today (``week_ago``), "on Monday" restates it too ("The same avenue was full of other people a
    week ago today. Before dawn on Monday, a few hundred migrants ... set off", told on a Monday)."""
    m = _BARE_WEEKDAY.match(tx.value)
    if m is None or not week_ago and not _indefinite(text, tx):
        return False
    return _falls_on(ref_value, m.group(1))


_SINCE_BEFORE = re.compile(r"\b(?:since|than|until|till)\s+(?:the\s+)?$", re.I)  # "the biggest since October 2018"


def weekday_in_told_month(text: str, out: list) -> None:
    """"His record was June 2022, when thousands went up the highway on a Monday morning": an indefinite
    weekday in a sentence that tells a month of a year before it, with no day told between them, is a Monday
    of that month -- the month, with its days as the interval, when the weekday nearest the anchor falls outside
    it (no finer day is told).  ``out``: the resolved expressions in text order (changed in place)."""
    frame = None
    for k, rt in enumerate(out):
        if frame is not None and frame.sentence != rt.sentence:
            frame = None
        res = rt.resolution
        if _YEAR_MONTH.match(res.value) and rt.type == "DATE" and \
                _SINCE_BEFORE.search(text, max(0, rt.start - 12), rt.start) is None:
            frame = rt
            continue
        if frame is None or res.granularity not in ("day", "part_of_day", "hour", "minute"):
            continue  # (a coarser expression between them keeps the month told)
        m = _BARE_WEEKDAY.match(rt.value)
        if m is None or not _indefinite(text, rt) or res.start is None or \
                res.start.strftime("%Y-%m") == frame.resolution.value:
            frame = None
            continue
        f = frame.resolution
        why = (f"'{rt.text}' = {f.value}: a {rt.text} of {frame.text} ({frame.id}, told before it in its "
               f"sentence); which one is not told (the one nearest its anchor, {res.value}, is not in that month)")
        out[k] = rt.model_copy(update={"type": "DATE", "resolution": res.model_copy(update={
            "value": f.value, "granularity": "month", "start": f.start, "end": f.end,
            "anchor": f"{frame.id} = {f.value}", "anchor_source": "reference", "reason": why})})
        frame = None
