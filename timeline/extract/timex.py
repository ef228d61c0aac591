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
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.extract import timex_guards, timex_normalize
from timeline.extract.text import lower_same_length, sentence_at
from timeline.extract.timex_build import no_cyclic_gc, trusted
from timeline.extract.timex_rules import (APOS_KEY, TOKEN_RE, Rule, dispatch, lexicon, trigger_regex, trigger_sets,
                                         unmet_needs)
from timeline.extract.timex_tables import table_days
from timeline.extract.timex_weekday import weekday_heads
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
    low: str | None


def _windows(text: str, low: str):
    """(lo, hi) of the regions around trigger words (``low``: ``text`` lower-cased).

    The regions never overlap: regions whose margins meet are merged (up to
    about _MAX_WINDOW characters), a longer run is cut where the next begins.
    """
    n = len(text)
    prev: tuple[int, int] | None = None
    for lo, hi in _trigger_runs(text, low, n):
        if prev is not None:
            if lo <= prev[1]:
                if hi - prev[0] <= _MAX_WINDOW + 2 * _REACH:
                    prev = (prev[0], hi)
                    continue
                lo = prev[1]
            yield prev
        prev = (lo, hi)
    if prev is not None:
        yield prev


def _trigger_runs(text: str, low: str, n: int):
    """Runs of triggers closer than _GAP (not across a line break), widened by _REACH."""
    cur_lo = cur_hi = -1
    nl = -1  # the first line break after the run's start
    for mo in trigger_regex().finditer(low):
        s, e = mo.span()
        if cur_hi >= 0 and s - cur_hi <= _GAP and e - cur_lo <= _MAX_WINDOW and (nl < 0 or s < nl):
            cur_hi = e
            continue
        if cur_hi >= 0:
            yield _snap(text, cur_lo, cur_hi, n)
        cur_lo, cur_hi = s, e
        nl = text.find("\n", e)
    if cur_hi >= 0:
        yield _snap(text, cur_lo, cur_hi, n)


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


_DIGIT_KEY = ("", "<d1>", "<d2>", "<d3>", "<d4>")  # digit_key(n) for n < 5


def _window_raws(text: str, low: str, lo: int, hi: int) -> list[Raw]:
    """Raw matches of the window [lo, hi).

    Every token is looked up in the dispatch by its key and the next
    token's; only the rules that can start there and are not blocked in this
    window (their ``needs`` unmet by its trigger classes, or a required word
    missing) are tried, anchored at the token (see timex_starts); rules
    whose start is unknown scan the window.
    """
    d = dispatch()
    pairs, prefixes = d.pairs, d.prefixes
    classes_of = trigger_sets().get
    toks = []
    classes: set[str] = set()
    for mo in TOKEN_RE.finditer(low, lo, hi):
        t = mo.group()
        if t[0].isdecimal():
            key = _DIGIT_KEY[len(t)] if len(t) < 5 else "<d5>"
            classes.add("digit")
        elif t[0] in "'’":
            key = APOS_KEY
        else:
            key = t
            c = classes_of(t)
            if c is not None:
                classes.update(c)
        toks.append((mo.start(), key))
    # a rule is blocked when its trigger classes are missing (cached per class set) or, checked only
    # for the rules about to be tried, when one of its required words is missing from the window
    unmet = unmet_needs(frozenset(classes))
    keys: set[str] | None = None
    verdict: dict[int, bool] = {}

    def blocked(rule: Rule) -> bool:
        nonlocal keys
        if rule.order in unmet:
            return True
        if not rule.clauses:
            return False
        got = verdict.get(rule.order)
        if got is None:
            if keys is None:
                keys = {k for _, k in toks}
            got = verdict[rule.order] = any(c.isdisjoint(keys) for c in rule.clauses)
        return got

    hits: list[tuple[re.Match, Rule]] = []
    nxt = None
    for i in range(len(toks) - 1, -1, -1):  # backwards: the next token's key is at hand
        s, key = toks[i]
        for rs in (pairs.get((key, None)), pairs.get((key, nxt)) if nxt is not None else None):
            if rs is not None:
                for rule in rs:
                    if not blocked(rule):
                        mo = rule.regex.match(text, s, hi)
                        if mo is not None:
                            hits.append((mo, rule))
        if prefixes:
            for p, rule in prefixes:
                if key.startswith(p) and not blocked(rule):
                    mo = rule.regex.match(text, s, hi)
                    if mo is not None:
                        hits.append((mo, rule))
        nxt = key
    for rule in d.scan:
        if not blocked(rule):
            hits.extend((mo, rule) for mo in rule.regex.finditer(text, lo, hi))
    out: list[Raw] = []
    seen: set[tuple[int, int, int]] = set()
    for mo, rule in hits:
        s, e = mo.span(rule.span) if rule.span else mo.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t,":
            e -= 1
        if e <= s or (s, e, rule.order) in seen:
            continue
        seen.add((s, e, rule.order))
        out.append(Raw(s, e, rule, mo))
    return out


# Windows already analysed: a text that repeats itself (boilerplate, or a
# hostile input) is analysed once per distinct window.  The key holds the
# window and the context its guards may read (_CONTEXT characters each side).
_CONTEXT = 40
_WINDOWS: dict[tuple[int, int, str], tuple[int, tuple]] = {}
_WINDOWS_MAX = 512


def _window_candidates(text: str, low: str, lo: int, hi: int) -> tuple[int, list[Candidate]]:
    """(number of raw matches, chosen candidates in text order) of a window."""
    a = max(0, lo - _CONTEXT)
    key = (lo - a, hi - lo, text[a : hi + _CONTEXT])
    got = _WINDOWS.get(key)
    if got is not None:
        n, rel = got
        return n, [Candidate(lo + s, lo + e, rule, *vals) for s, e, rule, vals in rel]
    raws = _window_raws(text, low, lo, hi)
    chosen = _select(raws, text)
    if len(_WINDOWS) >= _WINDOWS_MAX:
        _WINDOWS.clear()
    _WINDOWS[key] = (
        len(raws),
        tuple((c.start - lo, c.end - lo, c.rule, (c.value, c.type, c.mod, c.quant, c.freq, c.low)) for c in chosen),
    )
    return len(raws), chosen


def _candidates(text: str, low: str, cap: int) -> list[Candidate]:
    """Chosen candidates of every window, in text order, stopping once ``cap``
    raw matches were seen (a hostile text denser than any article)."""
    out: list[Candidate] = []
    tried = 0
    for lo, hi in _windows(text, low):
        if tried >= cap:
            break
        n, chosen = _window_candidates(text, low, lo, hi)
        tried += n
        out.extend(chosen)
    return out


_NORMALISED: dict[tuple[int, str], tuple | None] = {}
_NORMALISED_MAX = 50_000


def _normalize(rule: Rule, mo, text: str, s: int, e: int) -> Candidate | None:
    g = mo.groupdict()
    if not timex_guards.check(rule.guard, rule.id, text, s, e, g):
        return None
    # the value depends only on the rule, the matched text and the groups a lookahead caught past it ("Two days"
    # before / after the departure): cached
    key = (rule.order, mo.group(), *(g[n] for n in rule.look)) if rule.look else (rule.order, mo.group())
    got = _NORMALISED.get(key, _MISS)
    if got is _MISS:
        got = _value_of(rule, g, mo.group())
        if len(_NORMALISED) >= _NORMALISED_MAX:
            _NORMALISED.clear()
        _NORMALISED[key] = got
    if got is None:
        return None
    return Candidate(s, e, rule, *got)


_MISS = object()


def _value_of(rule: Rule, g: dict, matched: str) -> tuple | None:
    """(value, type, mod, quant, freq, low) of a match, or None if it is refused."""
    f = timex_normalize.fields(rule, g, matched)
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
    low = f.get("lowdur") if typ == "DURATION" else None
    return value, typ, timex_normalize.mod_of(rule, g), quant, freq, low


def _select(raws: list[Raw], text: str) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then priority, rule order.

    A match is normalised (guards, value) only when it is free to be chosen;
    one that fails leaves its place to the next-best overlapping match.
    """
    raws.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.rule.order, c.start))
    if not raws:
        return []
    base = min(r.start for r in raws)
    taken = bytearray(max(r.end for r in raws) - base)  # characters of the chosen spans
    chosen: list[Candidate] = []
    for r in raws:
        a, b = r.start - base, r.end - base
        if taken[a] or taken[b - 1] or (b - a > 2 and 1 in taken[a:b]):
            continue  # overlaps a chosen span
        c = _normalize(r.rule, r.match, text, r.start, r.end)
        if c is None:
            continue
        taken[a:b] = b"\x01" * (b - a)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_timexes(text: str, sentences: list[Sentence], *, limit: int | None = None,
                 near: date | None = None) -> list[Timex]:
    """All time expressions of ``text`` in text order, ids t1, t2, ...

    At most ``limit`` expressions (default: the per-article limit of
    timeline.limits) are returned -- the first ones in the text; a text
    denser than that (a hostile input) stops being searched early.
    ``near``: the day the text was published, if known; it only decides how
    a text whose numeric dates could all be read either way writes them
    (``_day_first_document``).
    """
    if limit is None:
        limit = LIMITS.max_timexes_per_article
    with no_cyclic_gc():
        return _find(text, sentences, limit, near)


_TABLE_DAY_RULE = Rule(id="date_table_day", type="DATE", regex=re.compile(r"(?!)"), values=("{y}-{m}-{d}",))
_EXPLICIT_MONTH = re.compile(r"^\d{4}-\d\d(?:-\d\d)?(?:T|$)")


def _table_days(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Add the bare days heading the rows of a month's table ("05 | 0.0 | Dry and hot.": timex_tables)."""
    if "|" not in text:
        return chosen
    told = [(c.start, c.value) for c in chosen if c.type in ("DATE", "TIME") and _EXPLICIT_MONTH.match(c.value)]
    days = table_days(text, told)
    if not days:
        return chosen
    starts = [c.start for c in chosen]  # (chosen is in text order and its spans do not overlap)

    def free(a: int, b: int) -> bool:
        k = bisect_left(starts, b)  # the spans starting before b: only the last of them can reach past a
        return k == 0 or chosen[k - 1].end <= a

    added = [Candidate(a, b, _TABLE_DAY_RULE, v, "DATE", None, None, None, None) for a, b, v in days if free(a, b)]
    return sorted(chosen + added, key=lambda c: c.start)


def _find(text: str, sentences: list[Sentence], limit: int, near: date | None = None) -> list[Timex]:
    low = lower_same_length(text)
    chosen = _set_with_clock(text, weekday_heads(text, _day_first_document(
        text, _candidates(text, low, cap=limit + limit // 5 + 100)[:limit], near)))
    chosen = _with_year_after(text, _hour_ranges(text, _word_hours(text, _table_days(text, chosen)[:limit])))
    chosen = _over_as_particle(text, _national_feasts(text, low, chosen))
    starts = [s.start for s in sentences]
    out: list[Timex] = []
    for i, c in enumerate(chosen, 1):
        out.append(
            trusted(
                Timex,
                {
                    "id": f"t{i}",
                    "start": c.start,
                    "end": c.end,
                    "text": text[c.start : c.end],
                    "type": c.type,
                    "value": c.value,
                    "mod": c.mod,
                    "quant": c.quant,
                    "freq": c.freq,
                    "low": c.low,
                    "rule": c.rule.id,
                    "sentence": sentence_at(sentences, c.start, starts) if sentences else 0,
                    "names_group": False,
                },
            )
        )
    return out


@lru_cache(maxsize=None)
def _feasts_by_country() -> tuple[re.Pattern | None, dict[str, tuple[str | None, dict[str, str]]]]:
    """The feasts whose day depends on the country (lexicon.yaml ``country_days``): one pattern for their names,
    and name -> (the lexicon's fixed day, None for a movable feast; country code -> that country's day)."""
    table = {k: (v.get("date"), {str(c): str(d) for c, d in v["country_days"].items()})
             for k, v in lexicon()["holidays"].items() if "country_days" in v}
    if not table:
        return None, table
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b"), table


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’]*)\s+$")


def _national_feasts(text: str, low: str, chosen: list[Candidate]) -> list[Candidate]:
    """"Independence Day" is the day of the country it is the feast of: the country named just before it
    ("Mexico's", "Honduran"), else the country of the text's dateline, else the lexicon's day."""
    pattern, table = _feasts_by_country()
    if pattern is None or not pattern.search(low):
        return chosen
    from timeline.extract.places import country_named, dateline_country  # (the gazetteer: only for such a text)

    told_from: object = _UNSET
    out: list[Candidate] = []
    for c in chosen:
        m = pattern.search(low, c.start, c.end)
        if m is not None:
            default, days = table[m.group()]
            w = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            country = country_named(w.group(1)) if w else None
            if country is None:
                if told_from is _UNSET:
                    told_from = dateline_country(text)
                country = told_from
            movable = ":HOL:" + m.group().replace(" ", "_")
            if country in days and (c.value.endswith("-" + default) if default else c.value.endswith(movable)):
                # the rule that fired names the country ("date_holiday[MX]"): "why this date?"; a feast of a
                # movable day elsewhere (Mother's Day: the second Sunday of May) has a fixed one there (May 10):
                # "DCT:HOL:mother's_day" -> "XXXX-05-10", "DCT:Y-1:HOL:..." -> "DCT:Y-1-05-10"
                if default:
                    value = c.value[: -len(default)] + days[country]
                else:
                    year = c.value[: -len(movable)]
                    value = ("XXXX" if year == "DCT" else year) + "-" + days[country]
                c = replace(c, value=value,
                            rule=replace(c.rule, id=f"{c.rule.id}[{country}]"))
        out.append(c)
    return out


_UNSET = object()


def _over_as_particle(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"He had seen the first column go over nine days ago": the verb's "over" leaves the expression (and its
    "more than")."""
    out = chosen
    for i, c in enumerate(chosen):
        if c.mod == "MORE_THAN" and timex_guards.over_is_particle(text, c.start):
            out = list(chosen) if out is chosen else out
            out[i] = replace(c, start=c.start + 5, mod=None)
    return out


_WORD_HOUR_REACH = 300  # characters back to the time of day that says which half of the day a bare hour is in
_POD_OF = re.compile(r"T(MO|AF|EV|NI)$")
_POD_WORD = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_CLOCK_OF = re.compile(r"T(\d\d):\d\d$")
# hours in words with no part of the day: "at six", "ten o'clock", "a quarter past five"
_RANGE_FROM, _RANGE_TO = "time_word_hour_range_from", "time_word_hour_range_to"
_BARE_HOUR_RULES = frozenset(("time_word_hour", "time_oclock", "time_word_past_to", _RANGE_FROM, _RANGE_TO))
_SET_THEN_HOUR = re.compile(r"\s+(?:from|at|after|until|till|by|before)\s+")
_RANGE_LINK = re.compile(r"\s+(?:to|until|till|and)\s+")
_OWN_POD = re.compile(r"morning|afternoon|evening|night|tonight", re.I)
_IN_THE_DARK = re.compile(r"\bin\s+the\s+dark(?:ness)?,?\s+(?:before|until|till|at)\s+$", re.I)
_STILL_DARK = re.compile(r",?\s+(?:while|when|as)\s+(?:[\w'’]+\s+){1,3}(?:was|were|is|are)\s+still\s+dark\b", re.I)
_DARK_HOURS = 6  # the small hours a bare hour "in the dark before" may be: one to six


_MORNING_REACH = 120  # characters from a bare hour to the morning told after it in its sentence
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']*\s")


def _morning_after(text: str, out: list[Candidate], i: int) -> bool:
    """Is the next expression after the bare hour ``out[i]`` a morning (or first light) in its sentence, or every
    morning ("at five each morning", "at half past four every Friday morning")?"""
    if i + 1 >= len(out):
        return False
    c, n = out[i], out[i + 1]
    return n.type in ("TIME", "SET") and n.value.endswith("TMO") and n.start - c.end <= _MORNING_REACH and \
        not _SENTENCE_BREAK.search(text, c.end, n.start)


def _word_hours(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"This morning it was 13 degrees at six", "On Monday night I worked until eleven": a bare hour in words
    (rule time_word_hour) takes its half of the day from the part of the day told just before it in its
    paragraph; after a clock time of a known half of the day, the half nearer that hour ("left at four in the
    morning ... She had opened the stall at three": 03:00)."""
    out = list(chosen)
    for i, c in enumerate(out):
        if c.rule.id not in _BARE_HOUR_RULES or _OWN_POD.search(text, c.start, c.end):
            continue  # ("ten o'clock in the morning" tells its own half of the day)
        h, mi = int(c.value[-5:-3]), c.value[-2:]
        if 12 < h <= 12 + _DARK_HOURS and (
                _IN_THE_DARK.search(text, max(0, c.start - 30), c.start) or _STILL_DARK.match(text, c.end)
                or _morning_after(text, out, i) or timex_guards.before_dawn_cue(text, c.start, c.end, _SENTENCE_BREAK)):
            # "in the dark before five o'clock", "at half past four, while the streets were still dark": before
            # dawn, not in the afternoon; so is an hour with the morning told right after it in its sentence
            # ("before five o'clock this morning", "Before five o'clock the park was full ..., and at first light"); and
            # so is one told with the caravan leaving (timex_guards.before_dawn_cue)
            out[i] = replace(c, value=f"{c.value[:-5]}{h - 12:02d}:{mi}")
            continue
        if i == 0:
            continue
        p = out[i - 1]
        pod = _POD_OF.search(p.value)
        if not (p.type == "TIME" or p.type == "SET" and pod is not None and (
                c.rule.id == _RANGE_FROM or _SET_THEN_HOUR.fullmatch(text, p.end, c.start))) or \
                c.start - p.end > _WORD_HOUR_REACH or "\n\n" in text[p.end : c.start]:
            # (a set of a part of the day says it for a range of hours, or an hour right after it: "every evening
            # between eight and ten", "on Friday evenings from seven")
            continue
        n = h - 12 if h > 12 else h  # the hour as written
        if pod is not None:
            hour = n + 12 if n < 12 and timex_normalize.word_hour_pm(n, _POD_WORD[pod.group(1)]) else n
        elif (clock := _CLOCK_OF.search(p.value)) is not None and n < 12 and p.rule.id not in _BARE_HOUR_RULES:
            told = int(clock.group(1))
            gap_am, gap_pm = (min(abs(told - x), 24 - abs(told - x)) for x in (n, n + 12))
            hour = h if gap_am == gap_pm else (n if gap_am < gap_pm else n + 12)
        else:
            continue
        if hour != h:
            out[i] = replace(c, value=f"{c.value[:-5]}{hour:02d}:{mi}")
    return out


def _hour_ranges(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"from four to six", "between eight and ten": the end of a range of hours is the first such hour after its
    start (18:00 after 16:00); an end told with its part of the day ("from seven to nine in the evening") puts
    the start in the twelve hours before it (19:00)."""
    out = list(chosen)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.rule.id != _RANGE_FROM or b.type != "TIME" or not _RANGE_LINK.fullmatch(text, a.end, b.start) or \
                not (ca := _CLOCK_OF.search(a.value)) or not (cb := _CLOCK_OF.search(b.value)):
            continue
        ha, hb = int(ca.group(1)), int(cb.group(1))
        step = (hb - ha) % 12 or 12
        if b.rule.id not in _BARE_HOUR_RULES:  # the end tells its half of the day
            out[i] = replace(a, value=f"{a.value[:-5]}{(hb - step) % 24:02d}{a.value[-3:]}")
        elif (end := ha + step) < 24 and end != hb:
            out[i + 1] = replace(b, value=f"{b.value[:-5]}{end:02d}{b.value[-3:]}")
    return out


_YEAR_AFTER = re.compile(r"^DCT:Y[+-]\d+$")  # "last year", "this year", "next year" as matched
_DAY_NO_YEAR = re.compile(r"^XXXX(-\d\d-\d\d(?:T[\w:]+)?)$")
# ("Jan. 15 of last year"; not a feast: "Christmas Eve of last year" is two expressions)
_YEAR_GAP = re.compile(r",?[ \t]+(of[ \t]+)?")


def _with_year_after(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"Oct. 21 last year", "Jan. 15 of last year", "the afternoon of Oct. 21 last year": a day named
    without its year and "last / this / next year" right after it are one expression, that day of that year; so
    are a day and "of that year" ("On Oct. 20 of that year": that day of the story's year; "Nov. 16 that year"
    and "Saturday, Oct. 23, of that year" stay two)."""
    out: list[Candidate] = []
    for c in chosen:
        p = out[-1] if out else None
        if p is not None and (_YEAR_AFTER.match(c.value) or c.value == "REF:Y+0") and \
                (day := _DAY_NO_YEAR.match(p.value)) is not None and \
                (gap := _YEAR_GAP.fullmatch(text, p.end, c.start)) is not None and \
                (not gap.group(1) or text[p.end - 1].isdigit()) and \
                (c.value != "REF:Y+0" or gap.group(1) and "," not in gap.group(0)):
            out[-1] = replace(p, end=c.end, value=c.value + day.group(1))
            continue
        out.append(c)
    return out


_MDY_VALUE = re.compile(r"^(\d{4}|XX\d\d|XXXX)-(\d\d)-(\d\d)")  # (XX22: a two-digit year, "8/7/22")


def _day_first_document(text: str, chosen: list[Candidate], near: date | None = None) -> list[Candidate]:
    """A document writes its numeric dates one way.  When one of them can only be day first ("15/01/2021",
    a rule marked ``numeric: dmy``) and none can only be month first ("10/13/2018"), the ambiguous ones read
    month first ("1/10/2020") are day first too (2020-10-01); so is a day and month alone after a preposition
    ("from 4/11", a rule marked ``numeric: dm_doc``), which is dropped in any other document.  When all of
    them are ambiguous, the reading that keeps them in fewer months wins: a log stamped "02/11/2018" ... "10/11/2018" runs over nine days of
    November, not over the 11th of nine months; so does the reading that puts them all in the weeks before
    the publication day ``near`` when the other does not (a tracking page printed on 4 December 2018 with
    "03/12/2018" and "01/12/2018")."""
    if any(c.rule.numeric == "dm_doc" for c in chosen):
        day_first = any(c.rule.numeric == "dmy" for c in chosen)
        chosen = [c for c in chosen if c.rule.numeric != "dm_doc" or day_first]
    mdy = [c for c in chosen if c.rule.numeric == "mdy"]
    if not mdy or any((m := _MDY_VALUE.match(c.value)) and int(m.group(3)) > 12 for c in mdy):
        return chosen
    if not any(c.rule.numeric == "dmy" for c in chosen) and not _fewer_months_day_first(mdy) and \
            not _words_day_first(text, chosen) and not _near_day_first(mdy, near):
        return chosen
    out = []
    for c in chosen:
        m = _MDY_VALUE.match(c.value) if c.rule.numeric == "mdy" else None
        if m is not None:
            c = replace(c, value=f"{m.group(1)}-{m.group(3)}-{m.group(2)}{c.value[m.end():]}")
        out.append(c)
    return out


_DAY_MONTH_WORDS = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?$")
_MONTH_DAY_WORDS = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?$")


def _words_day_first(text: str, chosen: list[Candidate]) -> bool:
    """Does the document write its dates in words day first ("posted 2 November 2018") two or more times and
    never month first ("November 2, 2018")?  Then its one numeric date "12/11/2018" is day first too."""
    dm = md = 0
    for c in chosen:
        if c.type != "DATE" or c.rule.numeric:
            continue
        t = text[c.start:c.end]
        if _DAY_MONTH_WORDS.search(t) and _MDY_VALUE.match(c.value):
            dm += 1
        elif _MONTH_DAY_WORDS.search(t) and _MDY_VALUE.match(c.value):
            md += 1
    return dm >= 2 and md == 0


NEAR_DAYS = 62  # how long before publication a log's stamps fall ("printed 4 December": stamps since October)


def _near_day_first(mdy: list[Candidate], near: date | None) -> bool:
    """Do the ambiguous numeric dates with a full year all fall in the weeks before ``near`` read day first,
    and not read month first?"""
    if near is None:
        return False
    firsts, seconds = [], []
    for c in mdy:
        m = _MDY_VALUE.match(c.value)
        if m is None or not m.group(1).isdigit():
            return False
        y, a, b = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            firsts.append(date(y, a, b))
            seconds.append(date(y, b, a))
        except ValueError:
            return False

    def close(days: list[date]) -> bool:
        return all(timedelta(days=-1) <= near - d <= timedelta(days=NEAR_DAYS) for d in days)

    return close(seconds) and not close(firsts)


def _fewer_months_day_first(mdy: list[Candidate]) -> bool:
    """Do three or more dated, all-ambiguous numeric dates fall in fewer months read day first?"""
    fields = {(m.group(1), m.group(2), m.group(3)) for c in mdy if (m := _MDY_VALUE.match(c.value))}
    if len(fields) < 3:
        return False
    month_first = {(y, a) for y, a, _ in fields}
    day_first = {(y, b) for y, _, b in fields}
    return len(day_first) < len(month_first)


_SET_CLOCK_GAP = re.compile(r"[ \t]+at[ \t]+")
_SET_RANGE_GAP = re.compile(r",?[ \t]+(?:from[ \t]+|between[ \t]+)?")
_CLOCK_RANGE_SEP = re.compile(r"[ \t]*(?:[-\u2013\u2014]|to|until|and)[ \t]*")
_CLOCK_ONLY = re.compile(r"^(?:REF|DCT):D\+0T\d\d:\d\d$")


def _set_with_clock(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"every Saturday at 14:00", "daily at 13:00": the hour of a set is the set's, one expression (it is no
    time of the day the story is at).  So are the hours of a set written as a range: "every day, 06:00-22:00",
    "daily 10 a.m.-5 p.m.", "every hour from 7 a.m. to 7 p.m." (not hours in words: "every morning from six until
    eleven" is a set and two hours)."""
    if not any(c.type == "SET" for c in chosen):
        return chosen
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        prev = out[-1] if out else None
        if prev is not None and prev.type == "SET" and _is_clock(c):
            if _SET_CLOCK_GAP.fullmatch(text, prev.end, c.start):
                out[-1] = replace(prev, end=c.end)
                i += 1
                continue
            nxt = chosen[i + 1] if i + 1 < len(chosen) else None
            if nxt is not None and _is_clock(nxt) and c.rule.id != _RANGE_FROM and \
                    _SET_RANGE_GAP.fullmatch(text, prev.end, c.start) and \
                    _CLOCK_RANGE_SEP.fullmatch(text, c.end, nxt.start):
                out[-1] = replace(prev, end=nxt.end)
                i += 2
                continue
        if c.type == "SET" and (m := _SET_CLOCK_TAIL.match(text, c.end)) is not None and not (
                i + 1 < len(chosen) and chosen[i + 1].start < m.end() and _is_clock(chosen[i + 1])):
            # "(Mondays, 19:00)", "Every morning at 6 the first pot goes on": an hour no other rule takes
            j = i + 1
            while j < len(chosen) and chosen[j].start < m.end():
                j += 1
            if all(_is_clock(x) for x in chosen[i + 1 : j]):
                out.append(replace(c, end=m.end()))
                i = j
                continue
        out.append(c)
        i += 1
    return out


# a set's hour written right after it: a 24-hour clock after a comma or "at", or a bare hour after "at" that
# ends its phrase
_SET_CLOCK_TAIL = re.compile(
    r"(?:,[ \t]*(?:at[ \t]+)?|[ \t]+at[ \t]+)(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:[ \t]*(?:UTC|GMT|local))?|(?:1[0-2]|[1-9])"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:the|a|an|we|they|he|she|I|it|sharp)\b))", re.M)


def _is_clock(c: Candidate) -> bool:
    return c.type == "TIME" and bool(_CLOCK_ONLY.match(c.value))


__all__ = ["find_timexes"]
