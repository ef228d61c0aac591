"""Dated quotations as local anchors.

'"We will leave tomorrow," the organiser said on Monday.' -- the words in the
quote were spoken on Monday, so "tomorrow" is Tuesday, not the day after
publication.  A quotation gets the date of its attribution when the closing
quote is followed (in the same sentence) by a speech verb
(resources/timex/anchors.yaml) and a day-precise time expression.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from timeline.models import Timex
from timeline.resolve import values
from timeline.resources import load_yaml

_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_ATTRIBUTION_REACH = 90
_QUOTE_MAX = 800
# closing mark -> opening mark
_PAIRS = (("”", "“"), ('"', '"'), ("''", "``"))
_CLAUSE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=None)
def _speech_rx() -> re.Pattern:
    verbs = load_yaml("timex/anchors.yaml")["speech_verbs"]
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"[\s,]*(?:[^.!?\n\"“”]{{0,60}}?\b)?(?:{alt})\b", re.IGNORECASE)


def _quote_before(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation closing nearest before ``pos`` (at most _ATTRIBUTION_REACH
    before it): (start, end), its opening mark at most _QUOTE_MAX characters
    earlier on the same line, with something in between."""
    lo = max(0, pos - _ATTRIBUTION_REACH)
    best: tuple[int, int] | None = None
    for close, open_ in _PAIRS:
        c = text.rfind(close, lo, pos)
        if c < 0:
            continue
        line_start = text.rfind("\n", max(0, c - _QUOTE_MAX - len(open_)), c) + 1
        o = text.rfind(open_, max(line_start, c - _QUOTE_MAX - len(open_)), c - len(open_))
        if o < 0 or c - (o + len(open_)) < 1:
            continue
        span = (o, c + len(close))
        if best is None or span[1] > best[1]:
            best = span
    return best


def quote_anchors(text: str, timexes: list[Timex], speech_day: date | None):
    """(lo, hi, day, label) of every dated quotation.

    Driven by the expressions: a DATE/TIME expression with a day can date the
    quotation that closes just before its attribution ('"...," the organiser
    said on Monday'), so only the text right before each one is looked at --
    linear however many quotation marks a text holds.
    """
    from timeline.resolve.anchor import LocalAnchor

    out: list[LocalAnchor] = []
    if not timexes or not any(q in text for q in ("”", '"', "''")):
        return out
    rx = _speech_rx()
    done: set[tuple[int, int]] = set()
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        q = _quote_before(text, t.start)
        if q is None or q in done:
            continue
        qs, qe = q
        tail_end = min(len(text), qe + _ATTRIBUTION_REACH)
        if not rx.match(text, qe, tail_end):
            continue
        end = _CLAUSE_END.search(text, qe, tail_end)
        if t.start >= (end.start() if end else tail_end):
            continue  # not in the attribution clause
        # the first expression of the clause with a day dates the quotation
        if _DAY.match(t.value):
            day = date.fromisoformat(t.value[:10])
        elif speech_day is not None and values.needs_anchor(t.value) == "dct":
            comp = values.complete(t.value, speech_day, "past")
            if not _DAY.match(comp.value):
                continue
            day = date.fromisoformat(comp.value[:10])
        else:
            continue
        done.add(q)
        out.append(LocalAnchor(qs, qe, day, "quote", f"quotation dated {day} by '{t.text}' ({t.id})"))
    return out


_MARKS = re.compile(r'[“”"]|\n')


class QuoteSpans:
    """The quotations of a text, paired mark by mark within a paragraph ('"' opens and closes in turn,
    a paragraph break closes what is open): ``at(pos)`` is the quotation around ``pos`` or None."""

    def __init__(self, text: str) -> None:
        spans: list[tuple[int, int]] = []
        opened = -1
        for m in _MARKS.finditer(text):
            c = m.group()
            if c == "\n":
                opened = -1
            elif opened < 0 and c != "”":
                opened = m.start()
            elif opened >= 0 and c != "“":
                spans.append((opened, m.end()))
                opened = -1
        self._spans = spans
        self._starts = [a for a, _ in spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._spans[i][1]:
            return self._spans[i]
        return None
