"""Find time expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET).

The engine is small; the rules are data (resources/timex/patterns.yaml,
lexicon.yaml, guards.yaml):

1. one linear pass finds trigger words (months, weekdays, units, digits, ...);
2. triggers close together form search windows (never across a line break);
3. every rule whose trigger classes occur in a window is run over it;
4. overlapping candidates: the longest wins (then priority, then rule order);
5. each survivor gets an underspecified value from its rule's template.

The publication date is unknown here: relative values stay underspecified
(see docs/tagger.md); :mod:`timeline.resolve.anchor` completes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.extract import timex_guards, timex_normalize
from timeline.extract.text import sentence_at
from timeline.extract.timex_rules import Rule, rules, window_tokens
from timeline.models import Sentence, Timex

_REACH = 45  # characters of context a window keeps around its triggers
_GAP = 40  # triggers closer than this share a window


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    value: str
    type: str
    mod: str | None
    quant: str | None
    freq: str | None


def _windows(text: str):
    """(lo, hi, classes) of the regions around trigger words."""
    n = len(text)
    cur_lo = cur_hi = -1
    classes: set[str] = set()
    for s, e, cls in window_tokens(text):
        if cur_hi >= 0 and s - cur_hi <= _GAP and "\n" not in text[cur_hi:s]:
            cur_hi = e
            classes.add(cls)
            continue
        if cur_hi >= 0:
            yield _snap(text, cur_lo, cur_hi, n), frozenset(classes)
        cur_lo, cur_hi, classes = s, e, {cls}
    if cur_hi >= 0:
        yield _snap(text, cur_lo, cur_hi, n), frozenset(classes)


def _snap(text: str, lo: int, hi: int, n: int) -> tuple[int, int]:
    """Widen [lo, hi) by _REACH, stopping at line breaks and on whitespace."""
    a = max(0, lo - _REACH)
    nl = text.rfind("\n", a, lo)
    if nl >= 0:
        a = nl + 1
    else:
        while a > 0 and not text[a - 1].isspace() and a > lo - _REACH - 20:
            a -= 1
    b = min(n, hi + _REACH)
    nl = text.find("\n", hi, b)
    if nl >= 0:
        b = nl
    else:
        while b < n and not text[b].isspace() and b < hi + _REACH + 20:
            b += 1
    return a, b


def _candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    all_rules = rules()
    for (lo, hi), classes in _windows(text):
        for rule in all_rules:
            if "*" not in rule.classes and not (rule.classes & classes):
                continue
            for mo in rule.regex.finditer(text, lo, hi):
                s, e = mo.span()
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1] in " \t,":
                    e -= 1
                if e <= s:
                    continue
                key = (s, e, rule.id)
                if key in seen:
                    continue
                seen.add(key)
                cand = _normalize(rule, mo, text, s, e)
                if cand is not None:
                    out.append(cand)
    return out


def _normalize(rule: Rule, mo, text: str, s: int, e: int) -> Candidate | None:
    g = mo.groupdict()
    if not timex_guards.check(rule.guard, rule.id, text, s, e, g):
        return None
    f = timex_normalize.fields(rule, g, text, s)
    if f is None:
        return None
    value = None
    for tpl in rule.values:
        value = timex_normalize.fill(tpl, f)
        if value is not None:
            break
    if not value:
        return None
    typ = rule.type
    if rule.type_if_pod and f.get("podtime"):
        typ = rule.type_if_pod
    quant, freq = timex_normalize.set_attrs(rule, g) if typ == "SET" else (None, None)
    return Candidate(s, e, rule, value, typ, timex_normalize.mod_of(rule, g), quant, freq)


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then priority, rule order."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.rule.order, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_timexes(text: str, sentences: list[Sentence]) -> list[Timex]:
    """All time expressions of ``text`` in text order, ids t1, t2, ..."""
    chosen = _select(_candidates(text))
    out: list[Timex] = []
    for i, c in enumerate(chosen, 1):
        out.append(
            Timex(
                id=f"t{i}",
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=c.type,  # type: ignore[arg-type]
                value=c.value,
                mod=c.mod,
                quant=c.quant,
                freq=c.freq,
                rule=c.rule.id,
                sentence=sentence_at(sentences, c.start) if sentences else 0,
            )
        )
    return out


__all__ = ["find_timexes"]
