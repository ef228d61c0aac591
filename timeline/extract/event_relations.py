"""Temporal relations between the event mentions of one article.

Semantics: ``Relation(source=Y, target=X, type="BEFORE", lag_days=(a, b))``
says Y happened before X and that date(X) - date(Y) lies in [a, b] days.
``lag_days`` is None when only the order is known.

Detected (rule ids in brackets):

* ``X ..., the day after Y`` / ``N days after Y`` / ``a week after Y``  [rel.day-after]
  -> Y BEFORE X, lag (N, N) ("hours after" -> (0, 1));
* ``X ... the day before Y`` / ``N days before Y``  [rel.day-before] -> X BEFORE Y, lag (N, N);
* ``X after Y``, ``After Y, X``  [rel.after] -> Y BEFORE X (no lag; a stay told "after resting two
  days" gives lag (1, N));
* ``X before Y``  [rel.before] -> X BEFORE Y;
* ``X since Y``  [rel.since] -> Y BEFORE X;
* a dated event in a relative clause: ``X, which Y-ed on <date>, Z-ed`` [rel.relative-clause] -> Y BEFORE Z;
* past perfect background: ``X ..., where/when they had Y`` [rel.past-perfect] -> Y BEFORE X;
* what happened at a place reached: ``reached X, where Y`` [rel.where] (the move's types in
  cues.yaml ``where_after``) -> the move BEFORE Y (no lag);
  a stay "for a day" / "for N days" right before leaving gives lag (1, N);
* ``X the next day`` / ``the following day`` / ``N days later`` / ``a week later``  [rel.later]
  -> the previous actual mention (same sentence, else the three sentences before) BEFORE X,
  lag (N, N) ("about a week later" -> (N-2, N+2)).
"""

from __future__ import annotations

import bisect
import itertools
import re

from timeline.extract.event_models import fast
from timeline.extract.event_cands import word_set
from timeline.extract.event_context import segment_bounds
from timeline.extract.event_lexicon import cues, past_form
from timeline.models import EventMention, Relation

_NUM = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
_UNIT = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0, "month": 30, "months": 30,
         "year": 365, "years": 365}
_APPROX = ("about", "around", "roughly", "nearly", "almost", "some")
_LONG_UNITS = {30: (30.44, 3, 7), 365: (365.25, 5, 28)}  # days per unit, slack, more slack after _APPROX
_DUR = re.compile(r"^P(\d+)D$")
_LATER_WORDS = frozenset({"later", "next", "following"})  # "N days later", "the next/following day"


def _pronoun_object(lows: list[str], k: int) -> bool:
    """Is "before" / "after" at k followed by "that" or "this" standing alone, as in "Before that came the big
    caravan", "After that, ..." or "four days after that the Salvadorans waded over" (what the text told before, not
    the clause after it)?"""
    if k + 1 >= len(lows) or lows[k + 1] not in ("that", "this"):
        return False
    nxt = lows[k + 2] if k + 2 < len(lows) else "."
    # ("four days after that the Salvadorans of a later group waded over": a subject after it, no clause of "that")
    return not nxt.isalpha() or past_form(nxt) or nxt in _SUBJECT_OPENERS


def _told_again_before(lows: list[str], k: int, ti: int) -> bool:
    """Is "after" / "before" at k followed by a clause on what was told before, with a pronoun subject, closed by a
    comma before the trigger at ti ("on Easter Monday, seven days after it left, federal police ... surrounded part
    of it": the leaving told before, not the surrounding)?"""
    return k + 2 < ti and lows[k + 1] in ("it", "they") and "," in lows[k + 2 : ti]


# ("two days after that its people were wading the Suchiate": a possessive opens the subject too)
_SUBJECT_OPENERS = frozenset(("the", "a", "an", "another", "some", "several", "thousands", "hundreds", "its", "their",
                              "it", "they"))


def _quantity(lows: list[str], i: int) -> tuple[int, int] | None:
    """Lag of '<num> <unit> after|before' whose unit is at index i."""
    unit = lows[i]
    if unit not in _UNIT:
        return None
    if _UNIT[unit] == 0:
        return (0, 1)
    n = 1
    approx = False
    if i >= 1:
        w = lows[i - 1]
        if w.isdecimal() and w.isascii():
            n = int(w)
        elif w in _NUM:
            v = _NUM[w]
            if v is None:
                return None
            n = v
        if i >= 2 and lows[i - 2] in _APPROX:
            approx = True
    if _UNIT[unit] in _LONG_UNITS:
        # months and years are not whole numbers of days: "three months after" is 88 to 94 days,
        # "nearly three months after" a week more either side (four weeks for years)
        per, slack, approx_slack = _LONG_UNITS[_UNIT[unit]]
        d = round(n * per)
        slack += approx_slack if approx else 0
        return (max(0, d - slack), d + slack)
    d = n * _UNIT[unit]
    if approx:
        return (max(0, d - 2), d + 2)
    return (d, d)


def _opener(toks, seg, ti, first_word: dict[int, int] | None = None) -> tuple[str, int] | None:
    """The clause opener of the trigger's segment and its token index.

    ``first_word`` remembers the first word of each segment start (a sentence's triggers share them).
    """
    a, _ = segment_bounds(seg, ti)
    # first word of the segment
    k = first_word.get(a) if first_word is not None else None
    if k is None:
        k = a
        while k < len(toks) and not toks[k].word:
            k += 1
        if first_word is not None:
            first_word[a] = k
    k = min(k, ti)
    if k >= len(toks):
        return None
    return toks[k].low, k


_A_DAY = re.compile(r"^(?:(?:\d{4}|XXXX)-\d\d-\d\d|(?:DCT|REF):(?:WD|D[+-]))")


def _opens_joined_clause(lows: list[str], op: tuple[str, int] | None) -> bool:
    """Does the opener ``op`` ("a week after the departure") open a clause joined by "and" or a semicolon ("..., and
    a week after the departure she watched the rafts poled across")?  Then it times what that clause tells, not what
    was told before it (which "two days after that" and a bare "the day after" do: "and two days after that it was
    turned back", "; the day after, he crossed the river")."""
    if op is None or word_set("relation_clause_joins").isdisjoint(lows[max(0, op[1] - 3) : op[1]]):
        return False
    k = next((i for i in range(op[1], min(len(lows), op[1] + 4)) if lows[i] in ("after", "before")), None)
    # ("a week after the departure", "two days after its arrival"; not "the day after, he")
    return k is not None and k + 1 < len(lows) and lows[k + 1] in word_set("relation_object_determiners")


def find_relations(ctx, per_sentence, mentions: list[EventMention], cand_of) -> list[Relation]:
    rels: list[Relation] = []
    mid_of = {id(c): mid for mid, c in cand_of.items()}
    art = ctx.article.id
    prev_actual: list[str] = []  # mention ids of earlier sentences (not counts), text order
    durations = [t for t in ctx.timexes if t.type == "DURATION"]
    dur_starts = [t.start for t in durations]  # sorted: the article's expressions are in text order

    where_after = frozenset(cues()["where_after"])
    told = [t for t in ctx.timexes if t.type in ("DATE", "TIME") and _A_DAY.match(t.value)]  # days, not "the year"
    told_at = [t.start for t in told]  # sorted (text order)
    told_to: dict[str, int] = {}  # actual mention -> end of its trigger or of its own expression, the later

    def retold_between(src: str, k_start: int) -> bool:
        """Is a date told after mention ``src`` (and its own expression) and before ``k_start``?  Then "a day later"
        counts from that date, which the resolver anchors it on ("left Tapachula on Palm Sunday, 25 March, and its
        marchers rallied at Friendship Park on Sunday 29 April. U.S. officers began taking asylum claims a day
        later": 30 April, not 26 March)."""
        q = bisect.bisect_right(told_at, told_to.get(src, k_start))
        return q < len(told_at) and told[q].end < k_start  # (not the "later" phrase itself)

    def stay_lag(c) -> tuple[int, int] | None:
        """(1, N) for a stay told with "for N days" / "N days" right after it (it ended when the next move began)."""
        q = bisect.bisect_left(dur_starts, c.end)
        while q < len(durations) and durations[q].start <= c.end + 40:
            d = durations[q]
            q += 1
            if d.sentence == s.index:
                m = _DUR.match(d.value or "")
                if m:
                    return (1, max(1, int(m.group(1))))
            break
        return None

    def add(src: str, tgt: str, rule: str, lag, offset: int) -> None:
        if src == tgt:
            return
        rels.append(fast(Relation, source=src, target=tgt, type="BEFORE", rule=rule, article_id=art, offset=offset,
                             lag_days=lag))

    for s, cands, base, toks, seg in per_sentence:
        if not cands:
            continue
        lows = ctx.lows[base : base + len(toks)]  # the sentence's words (the article's, sliced)
        ids = [mid_of[id(c)] for c in cands]
        by_seg: dict[int, list[int]] = {}  # segment -> indices of its triggers (in text order)
        for i, c in enumerate(cands):
            by_seg.setdefault(seg[c.ti], []).append(i)
        seg_ti = {sg: [cands[i].ti for i in ix] for sg, ix in by_seg.items()}
        first_word: dict[int, int] = {}
        # "had" in lows[:i] (None: no "had" in the sentence)
        had_before = list(itertools.accumulate((w == "had" for w in lows), initial=0)) if "had" in lows else None
        # "later" phrases of the sentence and the trigger each belongs to
        later_at: dict[int, tuple[int, tuple[int, int]]] = {}  # cand index -> (token, lag)
        for k in ([] if _LATER_WORDS.isdisjoint(lows) else range(len(lows))):
            lag = None
            if lows[k] == "later" and k >= 1 and lows[k - 1] in _UNIT:
                lag = _quantity(lows, k - 1)
            elif lows[k] in ("next", "following") and k + 1 < len(lows) and lows[k + 1] == "day" and \
                    k >= 1 and lows[k - 1] == "the":
                lag = (1, 1)
            if lag is None:
                continue
            # the last trigger of the phrase's segment before it, else the segment's first trigger
            ix = by_seg.get(seg[k])
            if ix:
                pos = bisect.bisect_left(seg_ti[seg[k]], k)
                owner = ix[pos - 1] if pos else ix[0]
            else:
                owner = None
            if owner is not None and owner not in later_at:
                later_at[owner] = (k, lag)
        for idx, c in enumerate(cands):
            op = _opener(toks, seg, c.ti, first_word)
            gov = None
            # ("..., and a week after the departure she watched the rafts poled across": a phrase opening a clause
            # after "and" or a semicolon times what that clause tells, not what was told before it)
            for j in (range(idx - 1, max(-1, idx - 10), -1) if not _opens_joined_clause(lows, op) else ()):
                if seg[cands[j].ti] != seg[c.ti]:
                    gov = cands[j]
                    break
            if gov is not None and gov.modality != "actual" and c.modality == "actual":
                # "remain in shelters ... waiting for a chance to apply for asylum, nearly three months after
                # their caravan left": what happened is timed from what did happen, not from a plan
                gov = next((cands[j] for j in range(idx - 1, max(-1, idx - 10), -1)
                            if seg[cands[j].ti] != seg[c.ti] and cands[j].modality == "actual"), gov)
            if gov is None:
                for j in range(idx + 1, min(len(cands), idx + 10)):
                    if seg[cands[j].ti] != seg[c.ti]:
                        gov = cands[j]
                        break
            if op is not None and gov is not None:
                word, k = op
                gid = mid_of[id(gov)]
                off = toks[k].start
                if word in ("the", "a", "one", "two", "three", "four", "five", "several", "few") or word.isdecimal() \
                        or word in _APPROX or (word in _UNIT and lows[k + 1 : k + 2] in (["after"], ["before"])):
                    # "the day after", "two days before" (the segment may start at the unit: "..., two | days after"),
                    # "nearly three months after"
                    if word in _UNIT:
                        j = k
                    else:
                        j = k + 1 if lows[k + 1 : k + 2] and lows[k + 1] in _UNIT else k + 2
                    if j < len(lows) and lows[j] in _UNIT and j + 1 < len(lows) and lows[j + 1] in ("after", "before"):
                        lag = _quantity(lows, j)
                        if _pronoun_object(lows, j + 1) or _told_again_before(lows, j + 1, c.ti):
                            # "a week after that, its people were floating across the Suchiate": the trigger is the
                            # lag after (or before) what was told before it (in an earlier sentence when it opens its
                            # own: "Nine days after that, a second group forded the river, and on Nov. 2 ...")
                            before = gid if cands[0] is not c else prev_actual[-1] if prev_actual else None
                            if before is not None and lows[j + 1] == "after":
                                add(before, ids[idx], "rel.day-after", lag, off)
                            elif before is not None:
                                add(ids[idx], before, "rel.day-before", lag, off)
                        elif lows[j + 1] == "after":
                            add(ids[idx], gid, "rel.day-after", lag, off)
                        else:
                            add(gid, ids[idx], "rel.day-before", lag, off)
                elif word in ("after", "before", "since") and _pronoun_object(lows, k):
                    pass  # "Before that came the big caravan that walked out of Tapachula": before what was told
                elif word in ("after", "since"):
                    if word == "after" and c.ti - k > 8:
                        pass
                    else:
                        # "resumed its trek on Monday after resting two days": the stay ended as the march began
                        lag = stay_lag(c) if word == "after" and c.type == "stay" else None
                        add(ids[idx], gid, f"rel.{word}", lag, off)
                elif word == "before":
                    if c.ti - k <= 8:
                        add(gid, ids[idx], "rel.before", None, off)
                elif word in ("which", "who") and k >= 1 and toks[k - 1].text == "," and c.timex is not None \
                        and c.modality == "actual" and gov.modality == "actual":
                    # "The caravan, which left San Pedro Sula on January 14, swelled to 3,500": background
                    add(ids[idx], gid, "rel.relative-clause", None, toks[k].start)
                elif word == "where" and gov.type in where_after and c.ti - k <= 8 and gov.ti < k \
                        and (had_before is None or had_before[c.ti] == had_before[k]):
                    # "reached Mexico City, where 5,000 people rested": at the place reached, from then on
                    add(gid, ids[idx], "rel.where", None, toks[k].start)
                elif word in ("where", "when") and had_before is not None and had_before[c.ti] > had_before[k]:
                    lag = stay_lag(c) if c.type == "stay" else None
                    add(ids[idx], gid, "rel.past-perfect", lag, toks[k].start)
            # "the next day", "N days later"
            if idx in later_at:
                k, lag = later_at[idx]
                src = None
                # (not a count: "which left the city on Oct. 29 last year, as many as 7,000 people by its organizers'
                # count. ... Two months later he watched the caravan that walked out": later than the departure)
                earlier_same = [o for o in cands[max(0, idx - 10) : idx] if o.modality == "actual" and o.type != "size"]
                if earlier_same:
                    src = mid_of[id(earlier_same[-1])]
                elif prev_actual:
                    src = prev_actual[-1]
                if src and not retold_between(src, toks[k].start):
                    add(src, ids[idx], "rel.later", lag, toks[k].start)
        for c in cands:
            if c.modality == "actual" and c.type != "size":
                prev_actual.append(mid_of[id(c)])
                told_to[mid_of[id(c)]] = max(c.end, c.timex.end if c.timex is not None else 0)
        prev_actual = prev_actual[-12:]
    # de-duplicate
    seen = set()
    out = []
    for r in rels:
        key = (r.source, r.target, r.rule)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
