"""A weekday written before a numeric date is part of it: "Tue 27/11/2018", "BD Sat 23/10/2021", "Fri 2.X".

Registers, logs and cards head their rows with an abbreviated weekday and a numeric day.  The weekday and the
day are one expression (TimeML and the caravan gold mark "Tue 27/11/2018" as one span), and the weekday also
tells how the day is written: "Sat 10/11/2018" is 10 November 2018 (a Saturday), not 11 October (a Thursday),
so an ambiguous numeric day whose weekday fits only the other order is read that way.

Only a weekday on the same line, right before the day (a comma or a dot between them at most), and only when
it agrees with the day: "Monday, 10/13/2018" where 13 October 2018 was a Saturday stays two expressions.
The weekday words are lexicon.yaml's (``weekdays``; ``weekday_word_abbreviations`` capitalized only, as "Sat",
"Sun", "Wed" are words; ``weekday_abbreviations_es``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from timeline.extract.timex_rules import lexicon

_DAY_VALUE = re.compile(r"^(\d{4}|XX\d\d|XXXX)-(\d\d)-(\d\d)(T[\dA-Z:]+)?$")
_REACH = 16  # characters before a day searched for its weekday ("Wednesday, " is eleven)


@lru_cache(maxsize=None)
def _weekday_rx() -> tuple[re.Pattern, dict[str, int]]:
    lex = lexicon()
    days: dict[str, int] = {}
    for key in ("weekdays", "weekdays_es", "weekday_abbreviations_es"):
        days.update({str(w).lower(): int(n) for w, n in lex.get(key, {}).items()})
    plain = sorted(days, key=lambda w: (-len(w), w))
    words = {str(w).lower(): int(n) for w, n in lex.get("weekday_word_abbreviations", {}).items()}
    days.update(words)
    capital = sorted({form for w in words for form in (w.capitalize(), w.upper())}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in plain)
    cap = "|".join(re.escape(w) for w in capital)
    rx = re.compile(rf"(?<![\w-])(?:(?i:{alt})|{cap})\.?,?[ \t]+$")
    return rx, days


def _weekday_at(text: str, start: int) -> tuple[int, int] | None:
    """(offset, ISO weekday) of the weekday word ending right before ``start`` on its line, or None."""
    lo = max(0, start - _REACH, text.rfind("\n", 0, start) + 1)
    rx, days = _weekday_rx()
    m = rx.search(text, lo, start)
    if m is None:
        return None
    word = re.match(r"[^\W\d_]+", m.group(0))
    return (m.start(), days[word.group(0).lower()]) if word else None


def _on_weekday(value: str, weekday: int) -> tuple[bool, bool]:
    """(does the day of ``value`` fall on ``weekday``, does it once its day and month are swapped); a day
    without its year falls on any weekday."""
    m = _DAY_VALUE.match(value)
    if m is None or not m.group(1).isdigit():
        return True, False
    y, a, b = int(m.group(1)), int(m.group(2)), int(m.group(3))

    def fits(mo: int, d: int) -> bool:
        try:
            return date(y, mo, d).isoweekday() == weekday
        except ValueError:
            return False

    return fits(a, b), fits(b, a)


def weekday_heads(text: str, chosen: list) -> list:
    """``chosen``: the candidates (start, end, value, type, rule) in text order, their spans disjoint.  Each day
    written in figures (DATE or TIME, its value a day) with its weekday before it starts at the weekday; a candidate that was only
    that weekday goes."""
    out: list = []
    for c in chosen:
        m = _DAY_VALUE.match(c.value) if c.type in ("DATE", "TIME") and text[c.start].isdigit() else None
        head = _weekday_at(text, c.start) if m is not None else None
        if head is None:
            out.append(c)
            continue
        at, weekday = head
        prev = out[-1] if out else None
        alone = prev is not None and prev.start == at and \
            _weekday_rx()[1].get(text[prev.start:prev.end].rstrip(".").lower()) == weekday
        if prev is not None and prev.end > at and not alone:
            out.append(c)  # (the word is part of another expression: "the night of Sat 20/10")
            continue
        fits, swapped = _on_weekday(c.value, weekday)
        if not fits and swapped and c.rule.numeric:
            c = replace(c, value=f"{m.group(1)}-{m.group(3)}-{m.group(2)}{m.group(4) or ''}")
        elif not fits:
            out.append(c)
            continue
        if alone:
            out.pop()  # the weekday alone ("Tue", rel_weekday)
        out.append(replace(c, start=at))
    return out
