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

import re
from bisect import bisect_left
from dataclasses import dataclass

from timeline.extract import timex_guards, timex_normalize
from timeline.extract.text import sentence_at
from timeline.extract.timex_rules import Rule, rules, window_tokens
from timeline.limits import LIMITS
from timeline.models import Sentence, Timex

_REACH = 45  # characters of context a window keeps around its triggers
_GAP = 40  # triggers closer than this share a window
_MAX_WINDOW = 1500  # longer runs of triggers are cut (expressions are short)


@dataclass(slots=True)
class Raw:
    """A rule's match before normalisation."""

    start: int
    end: int
    rule: Rule
    match: re.Match


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
        if (
            cur_hi >= 0
            and s - cur_hi <= _GAP
            and e - cur_lo <= _MAX_WINDOW
            and "\n" not in text[cur_hi:s]
        ):
            cur_hi = e
            classes |= cls
            continue
        if cur_hi >= 0:
            yield _snap(text, cur_lo, cur_hi, n), frozenset(classes)
        cur_lo, cur_hi, classes = s, e, set(cls)
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


_APPLICABLE: dict[frozenset[str], tuple[Rule, ...]] = {}


def _applicable(classes: frozenset[str], all_rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules that can match in a window with these trigger classes (memoised)."""
    got = _APPLICABLE.get(classes)
    if got is None:
        got = _APPLICABLE[classes] = tuple(r for r in all_rules if r.applies(classes))
    return got


def _candidates(text: str, cap: int) -> list[Raw]:
    """Raw matches of every window, in text order, stopping after ``cap``."""
    out: list[Raw] = []
    seen: set[tuple[int, int, str]] = set()
    all_rules = rules()
    tried = 0
    for (lo, hi), classes in _windows(text):
        if tried >= cap:
            break
        for rule in _applicable(classes, all_rules):
            if tried >= cap:
                break
            for mo in rule.regex.finditer(text, lo, hi):
                tried += 1
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
                out.append(Raw(s, e, rule, mo))
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


def _select(raws: list[Raw], text: str) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then priority, rule order.

    A match is normalised (guards, value) only when it is free to be chosen;
    one that fails leaves its place to the next-best overlapping match.
    """
    raws.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.rule.order, c.start))
    starts: list[int] = []  # sorted starts of the chosen spans
    ends: list[int] = []  # their ends, in the same order (chosen spans never overlap)
    chosen: list[Candidate] = []
    for r in raws:
        i = bisect_left(starts, r.start)
        if i < len(starts) and starts[i] < r.end:
            continue  # a chosen span starts inside r
        if i > 0 and ends[i - 1] > r.start:
            continue  # the chosen span before r reaches into it
        c = _normalize(r.rule, r.match, text, r.start, r.end)
        if c is None:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_timexes(text: str, sentences: list[Sentence], *, limit: int | None = None) -> list[Timex]:
    """All time expressions of ``text`` in text order, ids t1, t2, ...

    At most ``limit`` expressions (default: the per-article limit of
    timeline.limits) are returned -- the first ones in the text; a text
    denser than that (a hostile input) stops being searched early.
    """
    if limit is None:
        limit = LIMITS.max_timexes_per_article
    chosen = _select(_candidates(text, cap=limit + limit // 5 + 100), text)[:limit]
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
