"""Statements: the speaker (a titled surname, a pronoun after a named speaker), attribution-only verbs and
the topic check."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from timeline.extract.event_cands import RELATIVE_PRONOUNS, ArticleCtx, Cand, word_set
from timeline.extract.event_context import DASHES, segment_bounds
from timeline.extract.event_lexicon import Tok, cues, phrase_set


def _round_count(word: str) -> bool:
    """'3,000', '300': a count in figures too large for a person's children ("a mother of 2 who crossed")."""
    digits = word.replace(",", "")
    return digits.isdigit() and int(digits) > 99


def person_relative(toks: list[Tok], seg: list[int], ti: int) -> bool:
    """Is trigger ti in a "who" clause that hangs on one person ("a former lawmaker who has been walking
    with the group", "a mother of two who crossed on Monday"), not on a group noun ("migrants who crossed")?"""
    companions = word_set("companion_nouns")
    if ti >= 1 and toks[ti - 1].low in companions or ti >= 2 and toks[ti - 1].low in ("who", "that") and \
            toks[ti - 2].low in companions:
        return True  # "as reporters walking alongside tallied them", "the press that walked with them": the press
    a, _ = segment_bounds(seg, ti)
    if a < 1 or toks[a].low != "who" or a >= ti:
        return False
    head = toks[a - 1].low
    if not toks[a - 1].word or head.endswith("s") or (head,) in phrase_set("group_nouns") or \
            head in word_set("plural_relative_heads") or _round_count(head):
        return False  # ("those who waded the Suchiate": people; "joined the 3,000 who set off up the coast")
    comma = next((k for k in range(a + 1, ti) if toks[k].text == ","), None)
    if comma is not None and any((t.low,) in phrase_set("group_nouns") for t in toks[comma + 1 : ti]):
        return False  # "By the messages of a cousin who walked with it, the column reached Huixtla": the main clause
    # "His helper, a young man ... who sands the floats, came north in a small party that trudged out of San Pedro
    # Sula": a nearer relative clause on a group
    groups = phrase_set("group_nouns")
    return not any(toks[k].low in RELATIVE_PRONOUNS and (
        (toks[k - 1].low,) in groups or (toks[k - 2].low, toks[k - 1].low) in groups) for k in range(a + 2, ti))


TITLED_NAME_REACH = 5000  # characters before a name in which its title is looked for


@lru_cache(maxsize=None)
def _titled_rx() -> tuple[re.Pattern, re.Pattern]:
    """"<title>, <up to four capitalised words>" and "<name>, (the|a) ... <title>" (cues.yaml's ``official_titles``)."""
    words = sorted((str(w) for w in cues()["official_titles"] if " " not in str(w)), key=len, reverse=True)
    titles = "|".join(re.escape(w) for w in words)
    return (re.compile(rf"\b(?:{titles})\b,\s+((?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+){{0,3}}[A-ZÁÉÍÓÚÑ][\w'’-]*)\b", re.I),
            re.compile(rf"\b([\w'’-]+),\s+(?:the\s+|a\s+)?[^,.;\n]{{0,50}}?\b(?:{titles})\b"))


def _titled_names(ctx: ArticleCtx) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, lower-cased names) of every place the article gives a name beside an official title, in text
    order (computed once per article)."""
    if ctx.titled_names is None:
        after, before = _titled_rx()
        found = [(m.start(), m.end(), frozenset(m.group(1).lower().split())) for m in after.finditer(ctx.text)]
        found += [(m.start(), m.end(), frozenset((m.group(1).lower(),))) for m in before.finditer(ctx.text)]
        ctx.titled_names = sorted(found, key=lambda f: f[0])
    return ctx.titled_names


def titled_surname(ctx: ArticleCtx, toks: list[Tok], ti: int) -> str | None:
    """"... according to the institute's director, Tonatiuh Guillén. ... Guillén rejected that on Friday": a
    capitalised name right before the verb that the article gave earlier with an official title beside it
    ("<title>, <name>" or "<name>, <the ... title>", at most TITLED_NAME_REACH characters before)."""
    if ti < 1 or not toks[ti - 1].word or not toks[ti - 1].text[:1].isupper():
        return None
    name = toks[ti - 1].text
    at = toks[ti - 1].start
    titled = _titled_names(ctx)
    k = bisect.bisect_left(titled, (max(0, at - TITLED_NAME_REACH), -1, frozenset()))
    while k < len(titled) and titled[k][1] <= at:
        if name.lower() in titled[k][2]:
            return name
        k += 1
    return None


def pronoun_speaker(ctx: ArticleCtx, sidx: int, toks: list[Tok], ti: int, tj: int) -> str | None:
    """"Bartolo Fuentes, a former lawmaker, denied organizing it. '...,' he told reporters on Saturday":
    a speaker named by *he* / *she* right before the verb (or right after it: *said he*) is the last
    speaker named in the two sentences before."""
    if ctx.last_speaker is None or not 1 <= sidx - ctx.last_speaker[0] <= 2:
        return None
    near = [t.low for t in toks[max(0, ti - 2) : ti]] + [t.low for t in toks[tj : tj + 1]]
    return ctx.last_speaker[1] if not word_set("speaker_pronouns").isdisjoint(near) else None


def statement_ok(ctx: ArticleCtx, sidx: int) -> bool:
    """Is the statement about migration?  A topic word in its sentence or the next to it."""
    for k in (sidx - 1, sidx, sidx + 1):
        if 0 <= k < len(ctx.sentences) and ctx.topical(k):
            return True
    return False


_HARD_BREAKS = DASHES | {";"}


def attribution_only(c: Cand, cands: list[Cand]) -> bool:
    """An institution's report of an actual event its sentence tells ("Mexico's National Migration Institute
    said on Friday that more than 1,000 people had applied", "..., officials said Tuesday"): the event's
    source, not a statement of its own -- unless the sentence also tells what will be done ("said they would
    deport about 500"); cues.yaml's ``institutions``."""
    if c.type != "statement" or not c.rule.startswith("statement.say") or not c.actor:
        return False
    if c.actor.split()[-1].lower() not in word_set("institutions") | frozenset(
            cues()["competing_estimates"]["sayers"]):
        return False  # (and the organisers: "some 5,000 people had gathered in the square, organizers said")
    # (an event past a dash or a semicolon is not what was said: "The Pentagon said on Oct. 29 that some 5,200
    # soldiers would go to the border — the same day a second caravan crossed the Suchiate")
    others = [o for o in cands if o is not c and o.type != "statement" and not any(
        t.text in _HARD_BREAKS for t in c.toks[min(o.ti, c.ti) : max(o.ti, c.ti)])]
    if not any(o.modality == "actual" for o in others):
        return False
    modal = word_set("attribution_modal_cues")
    return not any(o.cue and (o.cue in modal or o.cue.split()[0] in modal) for o in others)  # ("would be")
