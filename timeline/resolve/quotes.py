"""Dated quotations as local anchors.

'"We will leave tomorrow," the organiser said on Monday.' -- the words in the
quote were spoken on Monday, so "tomorrow" is Tuesday, not the day after
publication.  A quotation gets the date of its attribution when the closing
quote is followed (in the same sentence) by a speech verb
(resources/timex/anchors.yaml) and a day-precise time expression.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.models import Timex
from timeline.resolve import values
from timeline.resources import load_yaml

_QUOTE = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"|``[^\n]{1,800}?''")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_ATTRIBUTION_REACH = 90


@lru_cache(maxsize=None)
def _speech_rx() -> re.Pattern:
    verbs = load_yaml("timex/anchors.yaml")["speech_verbs"]
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"[\s,]*(?:[^.!?\n\"“”]{{0,60}}?\b)?(?:{alt})\b", re.IGNORECASE)


def quote_anchors(text: str, timexes: list[Timex], speech_day: date | None):
    """(lo, hi, day, label) of every dated quotation."""
    from timeline.resolve.anchor import LocalAnchor

    out: list[LocalAnchor] = []
    if not timexes:
        return out
    starts = [t.start for t in timexes]
    rx = _speech_rx()
    for q in _QUOTE.finditer(text):
        tail_end = min(len(text), q.end() + _ATTRIBUTION_REACH)
        m = rx.match(text, q.end(), tail_end)
        if not m:
            continue
        end_of_clause = re.search(r"[.!?\n]", text[q.end() : tail_end])
        limit = q.end() + (end_of_clause.start() if end_of_clause else tail_end - q.end())
        for t in timexes[_first_at_or_after(starts, q.end()) :]:
            if t.start >= limit:
                break
            if t.type not in ("DATE", "TIME"):
                continue
            if _DAY.match(t.value):
                day = date.fromisoformat(t.value[:10])
            elif speech_day is not None and values.needs_anchor(t.value) == "dct":
                comp = values.complete(t.value, speech_day, "past")
                if not _DAY.match(comp.value):
                    continue
                day = date.fromisoformat(comp.value[:10])
            else:
                continue
            out.append(LocalAnchor(q.start(), q.end(), day, "quote", f"quotation dated {day} by '{t.text}' ({t.id})"))
            break
    return out


def _first_at_or_after(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo
