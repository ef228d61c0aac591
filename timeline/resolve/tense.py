"""Tense of the clause around a time expression (past / future / None).

A light, lexicon-driven reading (resources/timex/tense.yaml): the tense cue
nearest to the expression inside its sentence decides.  Used to choose the
direction of bare weekday and month names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from timeline.resources import load_yaml

_WORD = re.compile(r"[A-Za-z']+")
_NOT_PAST_BEFORE = re.compile(r"\b(?:to|be|been|being|is|are|will|a|an|the|still|very|most|its|their|his|her)\s+$")
_PAST_AUX_BEFORE = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+\s+){0,2}$",  # "had been scheduled to expire Friday": a plan already past
    re.IGNORECASE,
)
_REACH = 250  # characters of the sentence looked at on each side
_CLAUSE_BREAK = re.compile(r"[,;:\"“”(]|''|``")


@lru_cache(maxsize=None)
def _cues():
    data = load_yaml("timex/tense.yaml")
    fut = [str(w).lower() for w in data["future"]]
    past = [str(w).lower() for w in data["past"]]
    exc = frozenset(str(w).lower() for w in data["past_ed_exceptions"])

    def alt(ws):
        ws = sorted(set(ws), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ws)

    rx = re.compile(
        rf"(?<![\w'’])(?:(?P<fut>{alt(fut)})|(?P<past>{alt(past)})|(?P<ed>[a-z]{{3,}}ed)|to\s+(?P<inf>{alt(data['infinitive_verbs'])}))(?![\w'’])",
        re.IGNORECASE,
    )
    return rx, exc


def _cue_list(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the tense cues of text[lo:hi]."""
    rx, exc = _cues()
    out: list[tuple[int, int, str]] = []
    for mo in rx.finditer(text, lo, hi):
        kind = "future" if (mo.group("fut") or mo.group("inf")) else "past"
        if (mo.group("fut") or mo.group("inf")) and _PAST_AUX_BEFORE.search(text[max(lo, mo.start() - 30) : mo.start()]):
            kind = "past"  # "had been scheduled to", "was due to": a plan told in the past
        if mo.group("ed"):
            w = mo.group("ed").lower()
            if w in exc:
                continue
            # "to be scheduled", "a planned trip": participles and adjectives are not past tense
            pre = text[max(lo, mo.start() - 12) : mo.start()].lower()
            if _NOT_PAST_BEFORE.search(pre):
                continue
        out.append((mo.start(), mo.end(), kind))
        if mo.group("inf") and kind == "future":
            out[-1] = (mo.start(), mo.end(), "purpose")
    return out


class TenseReader:
    """Tense cues of each sentence, read once per sentence."""

    def __init__(self, text: str):
        self.text = text
        self._cache: dict[tuple[int, int], tuple[list[int], list[tuple[int, int, str]]]] = {}

    def tense(self, start: int, end: int, lo: int, hi: int) -> str | None:
        key = (lo, hi)
        if key not in self._cache:
            cues = _cue_list(self.text, lo, hi)
            self._cache[key] = ([c[0] for c in cues], cues)
        starts, cues = self._cache[key]
        i = bisect_left(starts, start)
        best: tuple[int, str] | None = None
        # nearest cues before the expression
        j = i - 1
        while j >= 0 and start - cues[j][1] <= _REACH:
            cs, ce, kind = cues[j]
            kind = "future" if kind == "purpose" else kind
            if ce <= start:
                dist = start - ce
                if best is None or dist < best[0]:
                    best = (dist, kind)
                break
            j -= 1
        # nearest cue after it, in the same clause; weighs a little less
        k = i
        while k < len(cues) and cues[k][0] < end:
            k += 1
        while k < len(cues) and cues[k][2] == "purpose":
            k += 1  # "... on Monday seeking to reach": an infinitive after it tells a purpose, not a tense
        if k < len(cues) and cues[k][0] - end <= _REACH and not _CLAUSE_BREAK.search(self.text, end, cues[k][0]):
            dist = cues[k][0] - end + 8
            if best is None or dist < best[0]:
                best = (dist, cues[k][2])
        return best[1] if best else None


def tense_at(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """'past', 'future' or None for the expression [start, end) in [lo, hi)."""
    return TenseReader(text).tense(start, end, max(lo, start - _REACH), min(hi, end + _REACH))
