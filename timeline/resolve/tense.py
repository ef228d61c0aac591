"""Tense of the clause around a time expression (past / future / None).

A light, lexicon-driven reading (resources/timex/tense.yaml): the tense cue
nearest to the expression inside its sentence decides.  Used to choose the
direction of bare weekday and month names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.resources import load_yaml

_WORD = re.compile(r"[A-Za-z']+")
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


def tense_at(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """'past', 'future' or None for the expression [start, end) in [lo, hi)."""
    rx, exc = _cues()
    best: tuple[int, str] | None = None
    for mo in rx.finditer(text, lo, hi):
        if start <= mo.start() < end:
            continue  # words inside the expression itself
        kind = "future" if (mo.group("fut") or mo.group("inf")) else "past"
        if mo.group("ed"):
            w = mo.group("ed").lower()
            if w in exc:
                continue
            # "to be scheduled", "is expected": participles after be/to are not past tense
            pre = text[max(lo, mo.start() - 12) : mo.start()].lower()
            if re.search(r"\b(?:to|be|been|being|is|are|will|a|an|the|still|very|most|its|their|his|her)\s+$", pre):
                continue
        dist = start - mo.end() if mo.end() <= start else mo.start() - end
        # cues before the expression weigh a little more than those after it;
        # a cue after a comma or quote (", officials said") is another clause
        if mo.start() >= end:
            if _CLAUSE_BREAK.search(text, end, mo.start()):
                continue
            dist += 8
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None
