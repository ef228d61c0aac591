"""Normalisation: from a rule's match to a (possibly underspecified) value.

The named groups of a match (see resources/timex/patterns.yaml) are turned
into fields (``y``, ``m``, ``d``, ``wd``, ``time``, ``dur``, ``off`` ...) and
the rule's value template is filled with them.  Nothing here knows the
publication date; relative values are written in the underspecified notation
of docs/tagger.md (``DCT:D-1``, ``REF:W+1``, ``DCT:WD5<``, ``XXXX-10-13``,
``P3D<DCT`` ...) and completed by :mod:`timeline.resolve`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from string import Formatter

from timeline.extract.timex_rules import Rule, lexicon

_FMT = Formatter()

_UNIT_CODE = {
    "week": "W",
    "month": "M",
    "year": "Y",
    "quarter": "Q",
    "weekend": "WE",
    "decade": "DE",
    "century": "CE",
    "fiscal year": "Y",
    "day": "D",
}

# unit code -> (duration designator, is time part)
_DUR = {
    "S": ("S", True),
    "MI": ("M", True),
    "H": ("H", True),
    "D": ("D", False),
    "WE": ("WE", False),
    "W": ("W", False),
    "M": ("M", False),
    "Q": ("Q", False),
    "Y": ("Y", False),
}
# how to express a fraction of a unit in a smaller one
_SUB = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60), "MI": ("S", 60)}

_POD_HOUR_SHIFT = {"afternoon": 12, "evening": 12, "night": 12}


_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@lru_cache(maxsize=None)
def _tables():
    lex = lexicon()
    return {
        "months": {k: int(v) for k, v in lex["months"].items()},
        "months_plural": {k: int(v) for k, v in lex["months_plural"].items()},
        "weekdays": {k: int(v) for k, v in lex["weekdays"].items()},
        "weekday_word_abbreviations": {k: int(v) for k, v in lex["weekday_word_abbreviations"].items()},
        "weekday_abbreviations_es": {k: int(v) for k, v in lex["weekday_abbreviations_es"].items()},
        "roman_months": {k: int(v) for k, v in lex["roman_months"].items()},
        "months_es": {k: int(v) for k, v in lex["months_es"].items()},
        "months_caps": {k: int(v) for k, v in lex["month_abbreviations_caps"].items()},
        "ical_frequencies": dict(lex["ical_frequencies"]),
        "ical_days": {k: int(v) for k, v in lex["ical_days"].items()},
        "numbers": {k: v for k, v in lex["numbers"].items()},
        "fuzzy": {k.lower() for k in lex["fuzzy_numbers"]},
        "ordinals": {k: int(v) for k, v in lex["ordinals"].items()},
        "units": dict(lex["units"]),
        "pods": dict(lex["parts_of_day"]),
        "seasons": dict(lex["seasons"]),
        "decade_words": {k: int(v) for k, v in lex["decade_words"].items()},
        "mods": dict(lex["mods"]),
        "pmods": dict(lex["period_mods"]),
        "freqs": dict(lex["frequencies"]),
        "holidays": dict(lex["holidays"]),
        "ambiguous_months": {w.lower() for w in lex["ambiguous_months"]},
        "day_words": {k: int(v) for k, v in lex["day_words"].items()},
        "clock_words": dict(lex["clock_words"]),
        "the_period": dict(lex["the_period"]),
        "set_quantifiers": dict(lex["set_quantifiers"]),
        "times_words": {k: int(v) for k, v in lex["times_words"].items()},
        "month_parts": dict(lex["month_parts"]),
    }


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower().replace("’", "'"))


def parse_number(s: str) -> float | str | None:
    """'two' -> 2, '1,600' -> 1600, 'twenty-four' -> 24, 'several' -> 'X'."""
    t = _tables()
    s = _norm(s)
    if not s:
        return None
    if s in t["fuzzy"]:
        return "X"
    m = re.fullmatch(r"(\d+)(?:\s+1/2|½)", s)
    if m:
        return int(m.group(1)) + 0.5
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        try:
            v = float(s.replace(",", ""))
        except ValueError:
            return None
        return int(v) if v.is_integer() else v
    if s in t["numbers"]:
        return t["numbers"][s]
    parts = re.split(r"[\s-]+", s)
    total = 0
    for p in parts:
        if p in t["numbers"]:
            total += t["numbers"][p]
        else:
            return None
    return total


def _fmt_num(n: float) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


_DUR_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWD])")
_DUR_TIME_PART = re.compile(r"(\d+(?:\.\d+)?)([HMS])")


def add_durations(a: str, b: str) -> str:
    """The sum of two TimeML durations with numeric amounts, written with the largest units first and zero
    amounts left out ("PT2H" + "PT10M" = "PT2H10M"; "PT3H" + "PT0M" = "PT3H"; "P2W" + "P2D" = "P16D")."""
    date_parts: dict[str, float] = {}
    time_parts: dict[str, float] = {}
    for v in (a, b):
        head, _, tail = v[1:].partition("T")
        for n, u in _DUR_PART.findall(head):
            date_parts[u] = date_parts.get(u, 0) + float(n)
        for n, u in _DUR_TIME_PART.findall(tail):
            time_parts[u] = time_parts.get(u, 0) + float(n)
    if date_parts.get("W") and len([u for u in date_parts if date_parts[u]]) > 1:
        # (TimeML, like ISO 8601, writes weeks alone: "two weeks and two days" is P16D, not P2W2D)
        date_parts["D"] = date_parts.get("D", 0) + 7 * date_parts.pop("W")
    out = "P" + "".join(f"{_fmt_num(date_parts[u])}{u}" for u in "YMWD" if date_parts.get(u))
    clock = "".join(f"{_fmt_num(time_parts[u])}{u}" for u in "HMS" if time_parts.get(u))
    if clock:
        out += "T" + clock
    return out if out != "P" else ("PT0M" if "T" in a + b else "P0D")


def duration(n, unit_code: str) -> str:
    """TimeML duration for ``n`` units (``n`` may be 'X' or fractional)."""
    if unit_code == "FN":
        n, unit_code = (n * 2 if n != "X" else "X"), "W"
    if unit_code == "HY":
        n, unit_code = (n * 6 if n != "X" else "X"), "M"
    if unit_code in ("DE", "CE", "ML"):
        if n == "X":
            return {"DE": "PXDE", "CE": "PXCE", "ML": "PXML"}[unit_code]
        n, unit_code = n * {"DE": 10, "CE": 100, "ML": 1000}[unit_code], "Y"
    des, is_time = _DUR[unit_code]
    pre = "PT" if is_time else "P"
    if n == "X":
        return f"{pre}X{des}"
    if isinstance(n, float) and not n.is_integer() and unit_code in _SUB:
        whole = int(n)
        sub_code, factor = _SUB[unit_code]
        rest = round((n - whole) * factor)
        sub_des, sub_time = _DUR[sub_code]
        head = f"{whole}{des}" if whole else ""
        if is_time or not sub_time:
            return f"{pre}{head}{rest}{sub_des}"
        return f"P{head}T{rest}{sub_des}"
    return f"{pre}{_fmt_num(n)}{des}"


_YW_UNITS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
_YW_TEENS = {w: 10 + i for i, w in enumerate(("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))}
_YW_TENS = {w: 10 * (i + 2) for i, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}


def year_words(s: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001."""
    words = [w for w in re.split(r"[\s-]+", _norm(s)) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        if not rest:
            return 2000
        n = _YW_UNITS.get(rest[0]) or _YW_TEENS.get(rest[0])
        if n is not None and len(rest) == 1:
            return 2000 + n
        if rest[0] == "twenty" and len(rest) <= 2:  # "two thousand twenty-one"
            u = _YW_UNITS.get(rest[1]) if len(rest) == 2 else 0
            return 2020 + u if u is not None else None
        return None
    if not words or words[0] != "nineteen":
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return 1900
    if len(rest) == 1 and rest[0] in _YW_TEENS:
        return 1900 + _YW_TEENS[rest[0]]
    if rest and rest[0] in _YW_TENS:
        n = _YW_TENS[rest[0]]
        if len(rest) == 2 and rest[1] in _YW_UNITS:
            n += _YW_UNITS[rest[1]]
        elif len(rest) > 1:
            return None
        return 1900 + n
    return None


def _year(s: str) -> str:
    s = s.strip().lstrip("'’")
    if len(s) == 2:
        return "XX" + s
    return s


def _clock(h: int, mi: int, ampm: str | None, pod: str | None) -> str | None:
    if ampm:
        a = ampm.lower().replace(".", "").replace(" ", "")
        if h > 12:
            return None
        if a.startswith("p") and h != 12:
            h += 12
        elif a.startswith("a") and h == 12:
            h = 0
    elif pod:
        # ("two at night" is in the small hours)
        h += _POD_HOUR_SHIFT.get(pod, 0) if h < 12 and not (pod == "night" and h < 6) else 0
    if h > 24 or mi > 59:
        return None
    return f"T{h:02d}:{mi:02d}"


_PAST_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
_NOON_MIDNIGHT = {"noon": 12, "midday": 12, "midnight": 24}  # an hour named by its word, before "to" / "past"


def word_hour_pm(n: int, rel: str) -> bool:
    """Whether a bare hour in words is after noon: "four this morning", "ten tonight"; with no day word, the
    waking hours (six to eleven in the morning, one to five in the afternoon)."""
    if "morning" in rel:
        return False
    if "afternoon" in rel or "evening" in rel:
        return True
    return n >= 6 if "night" in rel else n < 6  # ("a little after six" tonight: 6 p.m.; "two at night": 2 a.m.)


_OFF = {-1: "-1", 0: "+0", 1: "+1"}

_REF_DIRS = {"the following", "following", "the previous", "previous", "the preceding", "preceding", "the next", "that"}
_DIR_VALUE = {
    "last": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "previous": -1,
    "the previous": -1,
    "preceding": -1,
    "the preceding": -1,
    "this past": -1,
    "this": 0,
    "that": 0,
    "current": 0,
    "the current": 0,
    "next": 1,
    "the next": 1,
    "coming": 1,
    "the coming": 1,
    "this coming": 1,
    "following": 1,
    "the following": 1,
}
_DIR_SIGN = {-1: "<", 0: "=", 1: ">"}


def fields(rule: Rule, g: dict[str, str | None], matched: str) -> dict[str, str] | None:
    """Normalised fields of a match (its named groups ``g`` and its text), or
    None if the match must be rejected.  A function of these alone: the
    engine caches it."""
    t = _tables()
    f: dict[str, str] = {}
    if g.get("y"):
        f["y"] = _year(g["y"])
    if g.get("yy"):
        f["y"] = _year(g["yy"])
    if g.get("yq"):
        f["y"] = g["yq"]
    if g.get("yw"):
        y = year_words(g["yw"])
        if y is None:
            return None
        f["y"] = f"{y:04d}"
    if g.get("qdir"):
        qd = _norm(g["qdir"])
        f["qoff"] = "+0" if qd.startswith("this") else ("+1" if qd.startswith("next") else "-1")
    if g.get("rdir"):
        f["rdirsign"] = "<" if _norm(g["rdir"]) in ("previous", "preceding") else ">"
    if g.get("m"):
        raw = g["m"].strip().rstrip(".")
        low = raw.lower()
        if low.isdigit():
            f["m"] = f"{int(low):02d}"
        elif raw in t["roman_months"]:  # "19-X-2018"
            f["m"] = f"{t['roman_months'][raw]:02d}"
        elif low in t["months_es"]:  # "22 de enero de 2020"
            f["m"] = f"{t['months_es'][low]:02d}"
        elif raw in t["months_caps"]:  # "08-ENE-19"
            f["m"] = f"{t['months_caps'][raw]:02d}"
        else:
            if low in t["ambiguous_months"] and not raw[0].isupper():
                return None
            f["m"] = f"{t['months'][low]:02d}"
    if g.get("d"):
        d = int(re.match(r"\d+", g["d"]).group())
        if not 1 <= d <= 31:
            return None
        f["d"] = f"{d:02d}"
    if g.get("doy"):  # an ISO 8601 ordinal date: "2018-292" is 19 October 2018
        k = int(g["doy"])
        if not f.get("y", "").isdigit() or not 1 <= k <= (366 if calendar.isleap(int(f["y"])) else 365):
            return None
        day = date(int(f["y"]), 1, 1) + timedelta(days=k - 1)
        f["m"], f["d"] = f"{day.month:02d}", f"{day.day:02d}"
    if g.get("nthday"):  # "the third day of its march": two days after the day it set out
        k = t["ordinals"].get(_norm(g["nthday"]))
        if not k or k < 1:
            return None
        f["nthoff"] = str(k - 1)
    if g.get("dord"):
        d = t["ordinals"].get(_norm(g["dord"]))
        if not d or d < 1:
            return None
        f["d"] = f"{d:02d}"
    if "m" in f and f["m"].isdigit():  # "the last day of November"
        last = _MONTH_DAYS[int(f["m"])]
        if f["m"] == "02" and not (f.get("y", "").isdigit() and calendar.isleap(int(f["y"]))):
            last = 28
        f["lastday"] = f"{last:02d}"
    if "d" in f and "m" in f and int(f["d"]) > _MONTH_DAYS[int(f["m"])]:
        return None  # no such day: "Feb. 31", "31/04/2018"
    if "d" in f and "m" in f and f["m"] == "02" and f["d"] == "29" and f.get("y", "").isdigit():
        if not calendar.isleap(int(f["y"])):
            return None
    if g.get("iso"):
        f["iso"] = g["iso"]  # an ISO 8601 duration as written
    if g.get("rrfreq"):  # an iCalendar recurrence rule
        f["rrdur"] = t["ical_frequencies"][g["rrfreq"]]
        if g.get("rrday"):
            f["rrwd"] = str(t["ical_days"][g["rrday"]])
    if g.get("wd") or g.get("wda"):  # (wda: "Sat", "Sun", "Wed", only capitalized: they are words too)
        raw = (g.get("wd") or g["wda"]).strip().rstrip(".")
        low = raw.lower()
        if low.endswith("s") and low[:-1] in t["weekdays"]:
            low = low[:-1]
        es = t["weekday_abbreviations_es"]
        if len(low) <= 4 and not raw[0].isupper() and low not in es:
            return None
        f["wd"] = str(t["weekdays"].get(low) or t["weekday_word_abbreviations"].get(low) or es[low])
    if g.get("part"):
        f["mpart"] = t["month_parts"][_norm(g["part"])]
    if g.get("mp"):  # "two Octobers ago"
        f["mp"] = f"{t['months_plural'][_norm(g['mp'])]:02d}"
    if g.get("wdir"):
        f["wdir"] = "<" if _norm(g["wdir"]) in ("ago", "back") else ">"
    pod = _norm(g["pod"]) if g.get("pod") else None
    if pod and pod.startswith("the "):
        pod = pod[4:]
    if pod:
        code = t["pods"].get(pod)
        if code is None and pod in ("night",):
            code = "NI"
        f["podtime"] = f"T{code}" if code else ""
        f["pod"] = code or ""
    else:
        f["podtime"] = ""
    # clock times
    time = None
    if g.get("h") is not None:
        time = _clock(int(g["h"]), int(g.get("mi") or 0), g.get("ampm"), pod)
        if time is None:
            return None
    elif g.get("hw"):
        n = parse_number(g["hw"])
        if not isinstance(n, int) or not 1 <= n <= 12:
            return None
        # ("by two o'clock" with no part of the day: the waking hours, as a bare hour in words)
        time = _clock(n + 12 if not pod and n < 12 and word_hour_pm(n, "") else n, 0, None, pod)
    elif g.get("hword"):
        # a bare hour in words: the waking hours until another part of the day says otherwise (timex._word_hours)
        hw = _norm(g["hword"])
        if hw in _NOON_MIDNIGHT:
            # "twenty to midnight" (23:40), "half past midnight" (00:30), "ten past noon" (12:10)
            h = _NOON_MIDNIGHT[hw] if hw != "midnight" or _norm(g.get("pto") or "") == "to" else 0
        else:
            n = t["numbers"].get(hw)
            if not isinstance(n, int):
                return None
            # ("half past five in the morning": the part of the day written after it says which half)
            h = n + 12 if not pod and n < 12 and word_hour_pm(n, _norm(g.get("rel") or "")) else n
        mi = 0
        if g.get("pmin"):
            # "half past six" (06:30), "twenty to six" (05:40): the half of the day of the hour as written
            pm = _norm(g["pmin"]).removeprefix("a ")
            mi = parse_number(pm.split()[0]) if pm.endswith(("minutes", "minute")) else _PAST_MINUTES[pm]
            if not isinstance(mi, (int, float)) or not 0 < mi < 60:
                return None
            if _norm(g["pto"]) == "to":
                h, mi = (h - 1) % 24, 60 - mi
        time = _clock(h, int(mi), None, pod)
    elif g.get("nm"):
        time = t["clock_words"][_norm(g["nm"])]
    if time:
        f["time"] = time
    else:
        f["time"] = f["podtime"]
    rel = _norm(g["rel"]) if g.get("rel") else None
    if rel:
        # ("tomorrow morning" counts as "tomorrow")
        f["reloff"] = f"{t['day_words'].get(rel, t['day_words'].get(rel.split()[0], 0)):+d}"
        f["reloffx"] = f["reloff"]
        if rel == "tonight" and not f.get("time"):
            f["podtime"] = f["time"] = "TNI"
    else:
        f["reloff"] = "+0"
    # direction words
    dir_ = _norm(g["dir"]) if g.get("dir") else None
    if dir_ is not None:
        v = _DIR_VALUE.get(dir_, 0)
        f["off"] = f["yoff"] = _OFF[v]  # yoff: only when a direction word was written
        f["dirsign"] = _DIR_SIGN[v]
        f["anc"] = "REF" if dir_ in _REF_DIRS else "DCT"
        f["durdir"] = "<DCT" if v < 0 else (">DCT" if v > 0 and dir_ not in ("first", "the first") else "")
        if dir_ in ("first", "the first"):
            f["durdir"] = ""
    else:
        f["off"] = "+0"
        f["dirsign"] = ""
        f["anc"] = "DCT"
        f["durdir"] = ""
    # units and quantities
    unit = set_unit = _norm(g["unit"]) if g.get("unit") else None
    if unit:
        code = t["units"].get(unit) or _UNIT_CODE.get(unit)
        if code is not None:
            f["unit"] = code
            f["unitcode"] = _UNIT_CODE.get(unit, code)
        elif rule.id == "set_every_unit" and unit in t["pods"]:
            set_unit, unit = unit, None  # "every morning": a part of day, not a unit
        else:
            return None
    num = g.get("num")
    if num is not None:
        n = parse_number(num)
        if n is None:
            return None
        if ((g.get("frac") or "").strip() or (g.get("frac2") or "").strip()) and n != "X":
            n = n + 0.5
        f["n"] = str(n) if n == "X" else _fmt_num(n)
        if unit:
            f["dur"] = duration(n, f["unit"])
        n0 = parse_number(g["num0"]) if g.get("num0") else None
        if g.get("num0") and (n0 in (None, "X") or n == "X" or n0 >= n):
            return None  # not a range: "a 5-3 vote"
        if n0 is not None:
            # a range: "four to six weeks", "two or three days later"
            f["n0"] = _fmt_num(n0)
            if unit:
                f["lowdur"] = duration(n0, f["unit"])
    elif unit:
        # no count written: "for the year" (one), "for years" (vague), "an hour and a half"
        plural = unit.endswith("s") and unit[:-1] in t["units"]
        n = "X" if (rule.fuzzy or plural) else (1.5 if rule.id == "dur_unit_and_half" else 1)
        f["n"] = "X" if n == "X" else _fmt_num(n)
        f["dur"] = duration(n, f["unit"])
    if f.get("dur") and g.get("num2") and g.get("unit2"):
        # "2 h 10 min", "two hours and 20 minutes": one duration of both amounts
        n2, code2 = parse_number(g["num2"]), t["units"].get(_norm(g["unit2"]))
        if n2 in (None, "X") or code2 is None:
            return None
        f["dur"] = add_durations(f["dur"], duration(n2, code2))
    if unit and rule.id == "dur_half":
        f["halfdur"] = duration(0.5, f["unit"])
    # REF-relative "N units later / earlier"
    if rule.id in ("rel_later_earlier", "rel_years_earlier_to_the_day") and rel:
        if rel in ("from now", "hence"):
            f["ref"], f["sign"] = "DCT", "+"
        elif rel in ("later", "after", "afterward", "afterwards", "on"):
            f["ref"], f["sign"] = "REF", "+"
        else:
            f["ref"], f["sign"] = "REF", "-"
    if rule.id == "rel_before_event" and g.get("erel"):
        # "10 days before the murder": off the date the murder was told with (resolve/event_anchors.py)
        f["ref"], f["sign"] = "REF", ("+" if _norm(g["erel"]) in ("after", "following") else "-")
    if rule.id in ("rel_ref_day", "rel_ref_pod"):
        u = g.get("unit") or g.get("unit2") or g.get("unit3") or "day"
        u = _norm(u)
        if u in ("night", "morning", "evening", "afternoon"):
            f["podtime"] = "T" + t["pods"][u]
            u = "day"
        f["refunit"] = _UNIT_CODE.get(u, "D")
        r = _norm(g.get("rel") or g.get("rel2") or "")
        if g.get("unit2") or r in ("same", "that"):
            f["refoff"] = "+0"
        elif r in ("next", "following", "after"):
            f["refoff"] = "+1"
        elif r in ("previous", "preceding", "prior", "before"):
            f["refoff"] = "-1"
        else:
            m0 = _norm(matched[:20])
            f["refoff"] = "+1" if re.match(r"the (following|next)", m0) else ("-1" if re.match(r"the previous", m0) else "+0")
    if rule.id == "rel_ago" and f.get("unit") in ("DE", "CE") and f.get("n") not in (None, "X"):
        k = 10 if f["unit"] == "DE" else 100
        f["n"] = _fmt_num(float(f["n"]) * k)
        if "n0" in f:
            f["n0"] = _fmt_num(float(f["n0"]) * k)
        f["unit"] = "Y"
    if rule.id in ("rel_later_earlier", "rel_before_event", "rel_ago") and f.get("unit") == "FN" and \
            f.get("n") not in (None, "X"):
        # "a fortnight later": two weeks later; "a fortnight ago": two weeks ago
        f["n"] = _fmt_num(float(f["n"]) * 2)
        if "n0" in f:
            f["n0"] = _fmt_num(float(f["n0"]) * 2)
        f["unit"] = "W"
    if "n" in f:
        # the count, or a range of counts ("two to three days later": REF:D+2..3)
        f["nr"] = f"{f['n0']}..{f['n']}" if "n0" in f else f["n"]
    if g.get("thisunit") and f.get("n") not in (None, "X"):
        # "two years ago this month" = DCT:M-24; "a year ago this week" = DCT:W-52; "a year ago last month" = M-13
        k = 12 if _norm(g["thisunit"]) == "month" else 52
        last = 1 if _norm(g.get("thislast") or "") == "last" else 0
        f["agothis"] = f"{'M' if k == 12 else 'W'}-{_fmt_num(float(f['n']) * k + last)}"
    if g.get("agoday") and f.get("n") not in (None, "X"):
        # "a week ago today" = DCT:D-7: that day, not the week ("a fortnight ago yesterday" = DCT:D-15)
        days = 14 if _norm(g["agoday"]).startswith("fortnight") else 7
        f["agodays"] = _fmt_num(float(f["n"]) * days)
        f["agodaysy"] = _fmt_num(float(f["n"]) * days + 1)  # "two weeks ago yesterday" = DCT:D-15
    if g.get("agowd") and f.get("n") not in (None, "X") and float(f["n"]).is_integer():
        # "a week ago Friday" = the Friday before last (DCT:WD5<2): the last Friday, a week back
        f["agowd"] = str(int(float(f["n"])) + 1)
    if g.get("per") or rule.id == "date_the_year":
        which = _norm(g.get("which") or g.get("lyw") or "")
        kind = "year" if rule.id == "date_the_year" else "quarter"
        f["periodval"] = t["the_period"][kind].get(which, t["the_period"][f"{kind}_default"])
    if g.get("season"):
        f["season"] = t["seasons"][_norm(g["season"])]
    if g.get("wk"):
        f["wk"] = f"{int(g['wk']):02d}"  # "Week 49", "week 5": an ISO week number
    if g.get("q2") and not g.get("q"):
        g = dict(g, q=g["q2"])
    if g.get("q"):
        q = _norm(g["q"])
        f["q"] = str(t["ordinals"].get(q) or q[:1])  # "third", "3rd"
    if g.get("half"):
        f["half"] = "1" if _norm(g["half"]) in ("first", "1st") else "2"
    if g.get("dec"):
        dec = g["dec"].replace("'", "").replace("’", "").rstrip("s")
        f["decade"] = dec[:3] if len(dec) == 4 else "XX" + dec[0]
    if g.get("decw"):
        dig = t["decade_words"][_norm(g["decw"])]
        f["decade"] = ("19" if g.get("c19") else "XX") + str(dig)
    if g.get("cent"):
        c = g["cent"]
        n = int(re.match(r"\d+", c).group()) if c[0].isdigit() else t["ordinals"].get(_norm(c), 0)
        if not 1 <= n <= 21:
            return None
        f["century"] = f"{n - 1:02d}"
    if g.get("hol"):
        key = _norm(g["hol"])
        key = key if key in t["holidays"] else key.replace("-", " ")  # "election-day"
        spec = t["holidays"][key]
        if g.get("hwd"):  # "the Saturday before Christmas": a day of its own, counted from the feast's
            key = f"{_norm(g['hwd'])} {_norm(g['hwdir'])} {key}"
            spec = {}
        f["holkey"] = key.replace(" ", "_")
        f["hdirsign"] = {"last": "<", "next": ">"}.get(_norm(g["hdir"]), "") if g.get("hdir") else ""
        # ("every Christmas": the feast's day of every year; "every Easter", a movable feast: once a year)
        f["holset"] = f"XXXX-{spec['date']}" if "date" in spec else "P1Y"
        if "date" in spec:
            f["holval"] = f"{f.get('y', 'XXXX')}-{spec['date']}"
            f["holsfx"] = f"-{spec['date']}"  # "Christmas two years ago": DCT:Y-2-12-25
        else:
            f["holval"] = f"{f['y']}:HOL:{key.replace(' ', '_')}" if "y" in f else f"DCT:HOL:{key.replace(' ', '_')}"
            f["holsfx"] = f":HOL:{key.replace(' ', '_')}"  # "Palm Sunday six years ago": DCT:Y-6:HOL:palm_sunday
    if g.get("freq"):
        f["freqval"] = t["freqs"][_norm(g["freq"])]
    if g.get("nth") and "wd" in f:
        # "the first Tuesday of July", "the last Thursday of the month": the n-th such weekday of the month
        k = -1 if _norm(g["nth"]) in ("last", "final") else \
            t["ordinals"].get(_norm(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", g["nth"])))
        if k is None and g["nth"][0].isdigit():
            k = int(re.match(r"\d+", g["nth"]).group())
        if not k or not -1 <= k <= 5:
            return None
        f["nth"] = "L" if k == -1 else str(k)
        if g.get("ofyear"):
            f["m"] = "12" if k == -1 else "01"  # "the first Friday of the year": of its January
        if f.get("y", "").isdigit() and f.get("m", "").isdigit():
            day = nth_weekday(int(f["y"]), int(f["m"]), int(f["wd"]), k)
            if day is None:
                return None  # no fifth Tuesday that month
            f["nthd"] = f"{day:02d}"
    if rule.type == "SET" and set_unit:
        u = set_unit.rstrip("s") if set_unit.endswith("s") and set_unit[:-1] in t["units"] else set_unit
        if u in ("morning", "evening", "afternoon", "night") and rule.id == "set_every_unit":
            f["setdur"] = "XXXX-XX-XXT" + t["pods"][u]
        else:
            code = t["units"].get(u) or _UNIT_CODE.get(u, "D")
            n = parse_number(g["num"]) if g.get("num") else 1
            n = n if n else 1
            if g.get("other") and isinstance(n, (int, float)):
                n *= 2  # "every other week": one week in two
            elif g.get("nth"):
                n = t["ordinals"][_norm(g["nth"])]  # "every third day": one day in three
            elif g.get("half"):
                n = 0.5  # "every half hour"
            f["setdur"] = duration(n, code)
    return f


def nth_weekday(year: int, month: int, weekday: int, k: int) -> int | None:
    """Day of the month of the ``k``-th ISO ``weekday`` of that month (``k`` = -1: the last), or None."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if calendar.weekday(year, month, d) + 1 == weekday]
    return days[-1] if k == -1 else days[k - 1] if k <= len(days) else None


def fill(template: str, f: dict[str, str]) -> str | None:
    names = [name for _, name, _, _ in _FMT.parse(template) if name]
    if any(name not in f for name in names):
        return None
    return template.format(**f)


def mod_of(rule: Rule, g: dict[str, str | None]) -> str | None:
    if rule.mod:
        return rule.mod
    t = _tables()
    if g.get("mod"):
        return t["mods"].get(_norm(g["mod"]).replace("just ", ""), "APPROX")
    if g.get("tailmod"):  # "a week or so", "two days or more"
        return t["mods"].get(_norm(g["tailmod"]), "APPROX")
    if g.get("pmod"):
        p = _norm(g["pmod"]).rstrip("-")
        return t["pmods"].get(p) or t["pmods"].get(p + "-")
    if g.get("open"):
        o = _norm(g["open"])
        return "ON_OR_AFTER" if o.endswith(("later", "beyond", "after")) else "ON_OR_BEFORE"
    return None


def set_attrs(rule: Rule, g: dict[str, str | None]) -> tuple[str | None, str | None]:
    quant = rule.quant
    freq = rule.freq
    if g.get("quant"):
        q = _norm(g["quant"])
        quant = _tables()["set_quantifiers"].get(q, q.upper())
    if g.get("times"):
        tm = _norm(g["times"])
        n = _tables()["times_words"].get(tm)
        if n is None:
            n = parse_number(tm.replace(" times", ""))
        if n not in (None, "X"):
            freq = f"{_fmt_num(n)}X"
    return quant, freq
