"""Migration event mentions: triggers, modality, places, sizes, own time.

``find_events(article, sentences, timexes)`` returns the article's event
mentions and the temporal relations between them.  The pieces:

* triggers from the lexicon (``event_lexicon``; data in
  ``resources/events/triggers.yaml``), checked for a plausible subject
  (a migrant group, an official, police) and for required places;
* direct quotations are opinions and rhetoric: triggers inside them are not
  events;
* modality from cues in the clause (``event_context.modality``);
* places from the gazetteer (``places``), with the role given by the
  preposition before them; a trigger's object ("left Huixtla") takes the
  trigger's ``object_role``; "this town/terminus" is the dateline's place;
* group sizes (``sizes``): a size that is the subject of a trigger is that
  event's group size; a size in a size frame ("a caravan of about 2,000
  migrants", "About 7,000 migrants are part of this caravan") is a ``size``
  mention of its own;
* the mention's own time expression: a DATE/TIME expression in the trigger's
  clause segment (durations, sets and relational phrases such as "the day
  after" are not own times);
* relations between mentions (``event_relations``);
* one mention per event per sentence: same-type triggers of a sentence that
  agree on time and place are one mention.
"""

from __future__ import annotations

import bisect
import itertools
import re
from itertools import compress
from dataclasses import dataclass, field, replace
from functools import lru_cache

from timeline.extract.event_context import (find_actor, in_spans, lows_of, modality, quote_spans, remember_lows,
                                            segment_bounds, segment_hits, segments)
from timeline.extract.event_models import fast
from timeline.extract.event_lexicon import (_TOKEN, Tok, Trigger, any_phrase, cues, fold, has_phrase, lexicon,
                                            match_triggers, phrase_set, tokenize)
from timeline.extract.places import (ArticlePlaces, Found, border_between, countries_of, country_place, dateline_place,
                                     distance_km, gazetteer, object_of, place_by_name, role_before)
from timeline.extract.sizes import (Size, find_sizes, size_cue_words, size_first_words, starts_number, starts_vague,
                                    vague_phrases as _vague_phrases)
from timeline.extract.text import dates_a_noun, gives_year_of, in_insertion, opens_line, timestamp_line
from timeline.models import Article, EventMention, Place, PlaceRef, Relation, Sentence, Timex
from timeline.resources import load_yaml

SUMMARY_MAX = 120
_OF_GROUP_REACH = 6  # words after "arrival of" in which the group is named
_PLACE_PREPS = frozenset("in at from into to near".split())
_DATE_PREPS = frozenset("on in at by during since until".split())
SIZE_WITH_GAP = 14  # words between a movement trigger and "with <size>" after it
# How far (tokens) a subject may stand before its trigger, and a place after it.
SUBJECT_WINDOW = 30
PLACE_AFTER = 16
PLACE_BEFORE = 10
SIZE_SUBJECT_GAP = 8
APPOSITION_MAX = 12  # words of an apposition between a size and its verb ("3,000 migrants, most of them ..., left")
# How far (tokens) a trigger's own time expression may stand from it, and how much of a clause a
# summary reads around the trigger: bounds that keep a huge one-sentence text linear.
OWN_TIMEX_REACH = 80
# Texts at least this long are first checked for any word an event could start at (hostile inputs).
PREFILTER_CHARS = 20_000
SUMMARY_REACH = 60

_DETERMINERS = frozenset(
    "a an the this that these those their its his her our my your first last next one another each every no any "
    "such".split()
)
_ORIGIN_COUNTRIES = frozenset({"HN", "GT", "SV", "NI"})
_DEICTIC = frozenset({"this", "here"})
NEAR_DATELINE_KM = 30  # "near" a crossing this close to the dateline's town: in that town
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")  # "Oct. 19-21": two days joined by a dash
# a weekday or a day of a month, maybe with a part of the day ("on Thursday night and early Friday")
_DAY_VALUE = re.compile(r"^(?:(?:DCT|REF):WD\d|(?:XXXX|\d{4})-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|DT))?$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;:!?)]|,|$)")
_REL_TIMEX = re.compile(
    r"^(?:the|a|one|two|three|four|five|six|seven|\d+|several|a few|few)?\s*(?:day|days|week|weeks|hours|hour)"
    r"\s+(?:after|before)$",
    re.I,
)
_LATER_TIMEX = re.compile(r"\b(later|afterwards?)\s*$", re.I)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MOVE_TYPES = frozenset({"depart", "cross_border", "arrive", "stay", "march", "asylum", "return"})
_ON_THE_ROAD = frozenset({"depart", "cross_border", "arrive"})  # (a march participle after a march merges with it)


@dataclass
class Cand:
    trig: Trigger
    ti: int  # token index in sentence
    tj: int
    sent: Sentence
    toks: list[Tok]
    seg: list[int]
    type: str
    modality: str = "actual"
    cue: str | None = None
    places: list[PlaceRef] = field(default_factory=list)
    size: Size | None = None
    timex: Timex | None = None
    timex_end: Timex | None = None  # "starting X and continuing through Y": the own interval ends with Y
    actor: str | None = None
    earlier: bool = False
    later: bool = False
    nation: str | None = None
    twin: Cand | None = None  # the trigger this crossing was copied from (_also_crossings)
    start: int = 0
    end: int = 0
    rule: str = ""
    trigger_text: str = ""
    extra_rules: list[str] = field(default_factory=list)
    unplaced: bool = False  # a place_or_time trigger without its place: kept only with its own time


_COMMA = frozenset({","})
_COORD = frozenset({"and", "or", "but"})


def _positions(lows: list[str], hits) -> list[int]:
    """Indices of ``lows`` whose word is in ``hits`` (a set or dict; in order)."""
    return list(compress(range(len(lows)), map(hits.__contains__, lows)))


class _Article:
    """Per-article state shared by the sentence passes."""

    def __init__(self, article: Article, sentences: list[Sentence], timexes: list[Timex]):
        self.article = article
        self.text = article.text
        self.sentences = sentences
        self.toks = tokenize(self.text)
        self.tok_starts = [t.start for t in self.toks]
        self.places = ArticlePlaces(self.text, self.toks)
        self.dateline = dateline_place(self.text, self.toks, self.places)
        self.quotes = sorted(quote_spans(self.text))
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self.place_tok: dict[int, Found] = {}
        for f in self.places.found:
            for k in range(f.tok_start, f.tok_end):
                self.place_tok[k] = f
        self.place_positions = sorted(self.place_tok)  # tokens inside a place name
        self.lows = lows = [t.low for t in self.toks]
        self._topical: dict[int, bool] = {}
        self.last_speaker: tuple[int, str] | None = None  # (sentence, actor) of the last statement's speaker
        # where a size may start and its cue words (group nouns, size frames): with the triggers, what
        # makes a sentence worth reading.  (A punctuation token is never a numeral, a number word or a
        # trigger word: the words among them need no test.)
        first = size_first_words()
        starts = [i for i, w in enumerate(lows) if w[0].isdecimal() or w in first]
        self.number_starts = [i for i in starts if starts_number(lows[i])]
        self.vague_starts = [i for i in starts if starts_vague(lows, i)]
        self.size_starts = sorted(set(self.number_starts) | set(self.vague_starts))
        self.size_cues = _positions(lows, size_cue_words())
        # words where a trigger may start
        self.trigger_starts = _positions(lows, lexicon().by_first)
        self.segment_hits = segment_hits(lows)  # tokens that may open or close a clause segment
        # ", and" / ", or" / ", but": where a clause's place window ends (see _places_for)
        self.coord_commas = [k for k in _positions(lows, _COMMA) if k + 1 < len(lows) and lows[k + 1] in _COORD]

    def topical(self, sidx: int) -> bool:
        """Does sentence sidx hold a migration topic word?  (computed once per sentence)"""
        got = self._topical.get(sidx)
        if got is None:
            a, b = self.sentence_tokens(self.sentences[sidx])
            topic = _topic_words()
            got = self._topical[sidx] = not topic.isdisjoint(self.lows[a:b])
        return got

    @staticmethod
    def within(xs: list[int], a: int, b: int) -> list[int]:
        """The positions of xs in [a, b), made relative to a."""
        lo, hi = bisect.bisect_left(xs, a), bisect.bisect_left(xs, b)
        return [x - a for x in xs[lo:hi]]

    def may_have_size(self, a: int, b: int) -> bool:
        """Could token range [a, b) hold a size: a vague quantity, or a number and a cue word?"""
        def within(xs: list[int]) -> bool:
            k = bisect.bisect_left(xs, a)
            return k < len(xs) and xs[k] < b

        return within(self.vague_starts) or (within(self.number_starts) and within(self.size_cues))

    def sentence_tokens(self, s: Sentence) -> tuple[int, int]:
        a = bisect.bisect_left(self.tok_starts, s.start)
        b = bisect.bisect_left(self.tok_starts, s.end)
        return a, b


def _sentence_text(text: str, s: Sentence) -> str:
    return text[s.start : s.end]


def _group_named(lows: list[str], lo: int, ti: int) -> bool:
    """A group noun in lows[lo:ti]; a quantity ("hundreds", "many") counts only when it is not the
    quantity of something else: "hundreds of Tijuana residents marched" are no migrant group."""
    groups = phrase_set("group_nouns")
    quantities = _word_set("quantity_nouns")
    for i, j in has_phrase(lows[lo:ti], groups):
        i, j = i + lo, j + lo
        if lows[i] in quantities and j < ti and lows[j] == "of":
            # the head of "of ...": the last word before the trigger or the next function word
            k = j + 1
            while k < ti and lows[k] not in ("who", "that", "which", "and", ",") and k - j <= 4:
                k += 1
            people = k < ti and lows[k] == "who" and lows[k - 1] in _word_set("plural_relative_heads")
            if not people and not any(((w,) in groups and w not in quantities) or
                                      w in _word_set("group_object_pronouns") for w in lows[j + 1 : k]):
                continue  # ("most of them halted": the group named before; "most of those who waded": people)
        return True
    return False


def _single_person_subject(lows: list[str], ti: int) -> bool:
    """*he* / *she* / *I* among the eight words before the trigger, with no group noun in between."""
    groups = phrase_set("group_nouns")
    for k in range(ti - 1, max(-1, ti - 9), -1):
        if lows[k] in _word_set("single_person_subjects"):
            return True
        if (lows[k],) in groups or lows[k] in (";", "."):
            break
    return False


def _has_group_subject(ctx: _Article, base: int, toks: list[Tok], ti: int, sizes: list[Size],
                       timex_ks: tuple[int, ...] = ()) -> bool:
    lows = lows_of(toks)
    if _single_person_subject(lows, ti):
        return False  # "recounted that she left Choloma in October and arrived in Tapachula": one person's own story
    lo = max(0, ti - SUBJECT_WINDOW)
    if _group_named(lows, lo, ti):
        return True
    # a bare count right before the verb: "About 1,000 regrouped in Mapastepec", "Another 600 set out"
    k = ti - 1
    if k >= 0 and lows[k][:1].isdecimal() and lows[k].replace(",", "").isdecimal():
        k -= 1
        if k < 0 or lows[k] in _word_set("count_openers"):
            return True
    # a size expression within the window ("about 160 migrants departed"); sizes are few per window
    k = bisect.bisect_left(sizes, lo, key=lambda z: z.tok_start)
    while k < len(sizes) and sizes[k].tok_start < ti:
        z = sizes[k]
        if z.tok_end <= ti and (z.head is None or (z.head.lower(),) in phrase_set("group_nouns")
                                or not _quantity_of_others(lows, z, ti)):
            return True
        k += 1
    # passive or participial: "Stopped Friday by ...", "were turned back"; "their departure"
    if ti > 0 and lows[ti - 1] in ("were", "was", "been", "being"):
        return True
    if any(w in ("their", "its") for w in lows[max(0, ti - 3) : ti]):
        return True
    # a noun trigger with its group after "of" and a place or a date of its own: "the arrival of 3,000
    # migrants in Tijuana", "the departure of this caravan October 13th" ("protested against the arrival
    # of migrants" names a topic, not an event)
    if ti + 1 < len(lows) and lows[ti].endswith(("al", "ure", "ing")) and lows[ti + 1] == "of" and \
            _group_named(lows, ti + 2, min(len(lows), ti + 2 + _OF_GROUP_REACH)):
        reach = range(ti + 3, min(len(lows), ti + 3 + _OF_GROUP_REACH + 3))
        # (a date right after the group, with no preposition: "on Sunday" may be the main verb's)
        if any(k in reach and lows[k - 1] not in _DATE_PREPS for k in timex_ks) or any(
                base + k in ctx.place_tok and not ctx.place_tok[base + k].demonym and lows[k - 1] in _PLACE_PREPS
                for k in reach):
            return True
    # a fronted participle whose subject is the main clause's: "Since leaving San Pedro Sula on Oct. 13,
    # the caravan has crossed two borders", "After crossing the river, the migrants rested"
    if 1 <= ti <= 2 and lows[ti - 1] in _word_set("fronted_participle_openers") and lows[ti].endswith("ing"):
        comma = next((k for k in range(ti + 1, min(len(lows), ti + 25)) if lows[k] == ","), None)
        if comma is not None and _group_named(lows, comma + 1, min(len(lows), comma + 5)):
            return True
    return _it_for_a_group(ctx, base, lows, ti)



def _quantity_of_others(lows: list[str], z: Size, ti: int) -> bool:
    """'hundreds of Tijuana residents': a size whose counted noun is not a migrant group."""
    return lows[z.num_start] in _word_set("quantity_nouns") and z.num_end < ti and lows[z.num_end] == "of"


def _it_for_a_group(ctx: _Article, base: int, lows: list[str], ti: int) -> bool:
    """'The caravan left on Oct. 13. A few days later, it crossed into Guatemala': "it" right before the
    trigger stands for a collective group noun named earlier in the sentence or at the start of the
    previous one (or of an earlier one, through the "it" opening each sentence in between)."""
    c = cues()
    between = phrase_set("it_between")
    k = ti - 1
    while k >= 0 and k >= ti - 3 and (lows[k],) in between:
        k -= 1
    if k < 0 or lows[k] != "it":
        return False
    antecedents = phrase_set("it_antecedents")
    if any((w,) in antecedents for w in lows[:k]):
        return True
    start = ctx.toks[base].start if base < len(ctx.toks) else len(ctx.text)
    i = bisect.bisect_right([s.start for s in ctx.sentences], start) - 1  # this sentence
    # the previous sentence opens with the group, or with an "it" that stands for it (up to three back)
    for j in range(i - 1, max(-1, i - 4), -1):
        a, b = ctx.sentence_tokens(ctx.sentences[j])
        opening = ctx.lows[a : min(b, a + int(c["it_antecedent_reach"]))]
        if any((w,) in antecedents for w in opening):
            return True
        if "it" not in opening:
            return False
    return False


def _needs_force(toks: list[Tok], memo: list[bool]) -> bool:
    """Does the sentence name police or soldiers?  (``memo`` keeps the answer for the sentence)"""
    if not memo:
        force = _word_set("force_words")
        memo.append(any(t.low in force for t in toks))
    return memo[0]


@lru_cache(maxsize=None)
def _word_set(key: str) -> frozenset[str]:
    """A one-word cue list of cues.yaml as a set."""
    return frozenset(str(w) for w in cues()[key])


@lru_cache(maxsize=None)
def _noun_use_before() -> frozenset[str]:
    """Words before a verb trigger that make it a noun: the determiners and ``noun_use_modifiers``."""
    return _DETERMINERS | _word_set("noun_use_modifiers")


def _is_noun_use(toks: list[Tok], ti: int, trig: Trigger) -> bool:
    """'a campaign stop', 'the march': a verb trigger used as a noun."""
    first = trig.pattern.split()[0]
    if not first.startswith("~") or "|" in first:
        return False
    if ti == 0:
        return False
    lemma = first[1:]
    w = toks[ti].low
    if w.endswith(("ed", "ing")) or w not in (lemma, lemma + "s", lemma + "es"):
        return False
    prev = toks[ti - 1].low
    if ti >= 2 and toks[ti - 2].text in "-–" and toks[ti - 2].end == toks[ti - 1].start:
        return True  # "10-year trek": a compound modifier before a noun
    if prev == "that" and ti >= 2 and toks[ti - 2].word and (toks[ti - 2].low,) in phrase_set("group_nouns"):
        return False  # "the Hondurans that set out on Monday": a relative pronoun, not a demonstrative
    if prev.isdecimal():
        # "the 2018 march", "a 10 stop tour": a year or a number after a determiner; "about 600 set out" is a
        # group and its verb
        return (len(prev) == 4 and prev[:2] in ("19", "20")) or (ti >= 2 and toks[ti - 2].low in _DETERMINERS)
    return prev in _noun_use_before() \
        or prev.endswith(("'s", "’s", "-year", "-day", "-mile", "-long", "-hour", "-week")) \
        or ("-" in prev[1:-1] and prev[0].isalpha() and not prev.endswith("ing"))  # "a church-run shelter"


def _segment_bounds(seg: list[int], ti: int) -> tuple[int, int]:
    return segment_bounds(seg, ti)


def _places_for(ctx: _Article, base: int, toks: list[Tok], seg: list[int], c: Cand,
                next_trigger: int | None = None, prev_trigger_end: int | None = None) -> list[PlaceRef]:
    """Places of the trigger's clause with their roles.

    The window runs from a few words before the trigger to the end of its clause segment, but stops at
    the next trigger and at a coordinating comma (", and", ", or", ", but"): what follows belongs to
    another verb.
    """
    refs: list[PlaceRef] = []
    a, b = _segment_bounds(seg, c.ti)
    lo = max(a, c.ti - PLACE_BEFORE)
    hi = min(b, c.tj + PLACE_AFTER)
    if next_trigger is not None and next_trigger >= c.tj:
        hi = min(hi, next_trigger)
    if prev_trigger_end is not None and prev_trigger_end <= c.ti:
        lo = max(lo, prev_trigger_end)
        for k in range(c.ti - 1, lo - 1, -1):  # "set off from Honduras and crossed into Mexico"
            if toks[k].low in ("and", "then", "but"):
                lo = k + 1
                break
    # the first ", and" / ", or" / ", but" from the trigger's end on (its second token inside the window)
    cc = ctx.coord_commas
    q = bisect.bisect_left(cc, base + c.tj)
    if q < len(cc) and cc[q] < base + hi - 1:
        hi = cc[q] - base
    seen: set[int] = set()
    demonyms: list[PlaceRef] = []
    pp = ctx.place_positions
    for pos in pp[bisect.bisect_left(pp, base + lo) : bisect.bisect_left(pp, base + hi)]:
        f = ctx.place_tok[pos]
        if id(f) in seen or f.place is None:
            continue
        seen.add(id(f))
        if f.tok_start < base + lo or f.tok_end > base + hi:
            continue
        if f.demonym:
            demonyms.append(ctx.places.ref(f, "mention"))
            continue
        rel = f.tok_start - base
        if rel < c.ti and _in_simultaneous_clause(ctx, base, f.tok_start) and \
                any(t.text == "," for t in toks[rel : c.ti]):
            continue  # "as the Summit of the Americas opened in Los Angeles, thousands left the city"
        # "left at dawn for Chiquimula": after a verb of leaving, "for" names the destination
        role = role_before(ctx.toks, f.tok_start, for_role="towards" if rel >= c.tj and c.type in _word_set(
            "for_destination_types") else None)
        if role is None:
            # the trigger's direct object: "left Huixtla", "reached Tijuana"
            between = [t for t in toks[c.tj : rel]]
            if rel >= c.tj and (len(between) <= 2 and all(t.low in _noun_use_before() for t in between)
                                or object_of(toks, rel, c.tj)):
                role = c.trig.object_role or "at"  # "left Huixtla", "left the southern Mexican city of Tapachula"
            elif rel < c.ti:
                role = "mention"
            else:
                role = "at" if rel - c.tj <= 3 else "mention"
        # "the border with Guatemala" in a story filed from Mexico: the Guatemala-Mexico border
        if f.place.kind == "country" and rel >= 2 and toks[rel - 1].low == "with" and \
                toks[rel - 2].low in ("border", "frontier") and ctx.dateline is not None:
            here = ctx.dateline.country
            bord = border_between(f.place.country, here) if here != f.place.country else None
            if bord is not None:
                refs.append(fast(PlaceRef, place=bord, role="via", start=f.start, end=f.end, text=f.text))
                if c.type == "cross_border":
                    home = country_place(here)
                    if home is not None:
                        refs.append(fast(PlaceRef, place=home, role="into", start=f.start, end=f.end, text=f.text))
                continue
        # "camped at a sports complex near the San Ysidro border crossing", filed from Tijuana: near a border
        # crossing or bridge close to the dateline's town is in that town (the crossing has two sides; "near
        # Tecun Uman", a town, stays Tecun Uman)
        if role == "at" and ctx.dateline is not None and ctx.dateline.kind in ("city", "town") and \
                f.place.kind in ("crossing", "bridge", "border") and \
                _near_before(toks, rel) and (f.place.name, f.place.country) != (ctx.dateline.name, ctx.dateline.country):
            km = distance_km(ctx.dateline, f.place)
            if km is not None and km <= NEAR_DATELINE_KM:
                refs.append(fast(PlaceRef, place=ctx.dateline, role="at", start=f.start, end=f.end, text=f.text))
                continue
        # a qualifier "Chiquimula, Guatemala": the country only qualifies the city before it
        if refs and f.place.kind in ("country", "state") and rel >= 2 and toks[rel - 1].text == "," and \
                refs[-1].end == toks[rel - 2].end:
            continue
        refs.append(ctx.places.ref(f, role))
    # a relative clause opened by "where" happens at the place it hangs on ("left Huixtla, where they rested")
    if a >= 2 and toks[a].low == "where" and toks[a - 1].text == "," and \
            not any(r.role in ("from", "at", "to", "into") for r in refs):
        f = ctx.place_tok.get(base + a - 2)
        if f is not None and f.place is not None and not f.demonym:
            refs.append(fast(PlaceRef, place=f.place, role="at", start=f.start, end=f.end, text=f.text))
    # "women and children from Honduras marched to the border": people from a place, in the subject (before
    # the deictic place below: "migrants from Venezuela ... set out from this city")
    trig_start = toks[c.ti].start
    if any(r.role == "from" and r.start < trig_start for r in refs):
        refs = [r.model_copy(update={"role": "mention"}) if r.role == "from" and r.start < trig_start
                and _from_people(ctx, r.start) else r for r in refs]
    # "this railway terminus", "here", "arrived in the city" (filed from that city): the dateline's place
    # (unless the clause has a place already)
    if ctx.dateline is not None:
        for k in range(max(a, c.tj), min(b, c.tj + 6)):
            noun = next((q for q in range(k + 1, min(len(toks), k + 4)) if toks[q].low in _word_set("deictic_nouns")),
                        None) if toks[k].low in _DEICTIC else None
            if toks[k].low in _DEICTIC and (toks[k].low == "here" or noun is not None):
                last = k  # the reference is the deictic word
                if noun is not None:
                    # "rested in this Chiapas town": the state only qualifies the town the story is filed from
                    lo_, hi_ = toks[k].start, toks[noun].end
                    refs = [r for r in refs if not (lo_ <= r.start and r.end <= hi_)]
            elif _definite_settlement(ctx, toks, base, k):
                last = k + 1  # "the city"
            else:
                continue
            if not any(r.role in ("from", "at", "to", "into") and r.start >= trig_start for r in refs):
                # ("... killed in a fire in Ciudad Juárez last month, came to a halt in this Chiapas town": a
                # place before the verb is an earlier clause's when the verb names its own)
                refs = [r for r in refs if not (r.role == "at" and r.start < trig_start)]
                role = role_before(toks, k) or (c.trig.object_role or "at")
                refs.append(fast(PlaceRef, place=ctx.dateline, role=role, start=toks[k].start, end=toks[last].end,
                                 text=ctx.text[toks[k].start : toks[last].end]))
            break
    # "had entered the country", "crossed into the country": the country the sentence names (a place or a
    # demonym: "Guatemalan authorities said ..."), nearest first, else the dateline's
    if c.trig.object_role == "into" and c.tj + 1 < len(toks) and toks[c.tj].low == "the" and \
            toks[c.tj + 1].low == "country" and not any(r.role in ("into", "to") for r in refs):
        got = _sentence_country(ctx, base, len(toks), toks[c.ti].start)
        if got is not None:
            refs.append(fast(PlaceRef, place=got, role="into", start=toks[c.tj].start, end=toks[c.tj + 1].end,
                             text=ctx.text[toks[c.tj].start : toks[c.tj + 1].end]))
    # "thousands of migrants, many from Venezuela and Cuba, set out from Tapachula": with a "from" of its
    # own after the trigger, a "from" before it tells where the people come from, not where the event is
    if any(r.role == "from" and r.start >= trig_start for r in refs):
        refs = [r.model_copy(update={"role": "mention"}) if r.role == "from" and r.start < trig_start else r
                for r in refs]
    if demonyms and all(r.role == "mention" for r in refs):
        refs.extend(demonyms)
    return refs




def _definite_settlement(ctx: _Article, toks: list[Tok], base: int, k: int) -> bool:
    """Is "the city" / "the town" at sentence token k the dateline's (a city or town), with no other
    city or town named before it in the article, and not "the city of X"?"""
    if toks[k].low != "the" or k + 1 >= len(toks) or toks[k + 1].low not in _word_set("definite_settlement_nouns"):
        return False
    if ctx.dateline is None or ctx.dateline.kind not in ("city", "town"):
        return False
    if k + 2 < len(toks) and toks[k + 2].low == "of":
        return False
    i = bisect.bisect_left(ctx.place_positions, base + k) - 1
    while i >= 0:
        f = ctx.place_tok[ctx.place_positions[i]]
        if not f.demonym and f.place is not None and f.place.kind in ("city", "town"):
            return (f.place.name, f.place.country) == (ctx.dateline.name, ctx.dateline.country)
        i -= 1
    return True


def _from_people(ctx: _Article, at: int) -> bool:
    """Is the place at character ``at`` after "<people> from" ("children from Honduras")?"""
    k = bisect.bisect_left(ctx.tok_starts, at) - 1  # the token before the place: "from"
    return k >= 1 and ctx.lows[k] == "from" and ctx.lows[k - 1] in _word_set("people_from")


def _sentence_country(ctx: _Article, base: int, n: int, at: int) -> Place | None:
    """The country named in the sentence (article tokens [base, base + n)) nearest to character ``at``
    (before it first), else the country of the dateline."""
    pp = ctx.place_positions
    groups = phrase_set("group_nouns")
    best: tuple[int, Place] | None = None
    seen: set[int] = set()
    for pos in pp[bisect.bisect_left(pp, base) : bisect.bisect_left(pp, base + n)]:
        f = ctx.place_tok[pos]
        if id(f) in seen:
            continue
        seen.add(id(f))
        if f.place is None or f.place.kind != "country":
            continue
        if f.demonym:
            # "Guatemalan authorities" tell the country; "Hondurans", "Honduran migrants" where people are from
            nxt = ctx.toks[f.tok_end].low if f.tok_end < len(ctx.toks) else ""
            if (ctx.toks[f.tok_end - 1].low,) in groups or (nxt,) in groups:
                continue
        d = at - f.start if f.start < at else 10_000 + f.start - at
        if best is None or d < best[0]:
            best = (d, f.place)
    if best is not None:
        return best[1]
    return country_place(ctx.dateline.country) if ctx.dateline is not None and ctx.dateline.country else None


def _own_timex(ctx: _Article, c: Cand, sent_timexes: list[tuple[int, Timex]], sent_cands: list[Cand]) -> Timex | None:
    """The DATE/TIME expression of the trigger's own clause segment, nearest first."""
    best = None
    groups = phrase_set("group_nouns")
    starts = [t.start for t in c.toks]
    years_of = _years_of_dates(ctx.text, sent_timexes)
    for k, tx in sent_timexes:
        if id(tx) in years_of:
            continue  # "On Christmas Eve last year": Christmas Eve
        if k < 0 or k >= len(c.seg) or c.seg[k] != c.seg[c.ti]:
            continue
        if _names_a_group(c.toks, starts, tx, groups):
            continue  # "Last year's caravan ... grew to more than 7,000": which caravan, not when
        if dates_a_noun(ctx.text, tx.start):
            continue  # "still scarred by the earthquake of September 2017": that noun's date
        if _comparison_rx().search(ctx.text, max(0, tx.start - 60), tx.start):
            continue  # "..., down from several thousand last week": the earlier figure's date
        if k < c.ti and in_insertion(ctx.text, tx.start, tx.end, c.start):
            continue  # "troops, deployed under a deal struck the previous June, blocked ...": the insertion's date
        d = _tdist(c, k)
        # another trigger of the same segment that is nearer claims it
        nearer = False
        for o in sent_cands:
            if o is c or o.seg[o.ti] != c.seg[c.ti]:
                continue
            do = _tdist(o, k)
            if do < d:
                nearer = True
                break
        if nearer and d > 3:
            continue
        if best is None or d < best[0]:
            best = (d, tx)
    return best[1] if best else None


_AFTER_COMMA = 6  # "crossed ... on Sunday, clashing with police the day before": the participle's own date wins
_CONJOINED = 6  # "left on Monday and arrived on Tuesday": a date before "and" is the verb's before it
_CLOSES_CLAUSE = 6  # "that departed X on Monday night crossed ... on Wednesday": Monday is the departure's
_BEFORE_COMMA = 4  # "... last month, came to a halt ... on Wednesday": the date after the verb wins
_REPORTED = 6  # "said they would resume the march on Tuesday": after the reported event's verb, its date


def _years_of_dates(text: str, sent_timexes: list[tuple[int, Timex]]) -> set[int]:
    """ids of the expressions that only give the year of the date right before them ("on Christmas Eve last
    year": the resolver dates Christmas Eve in that year, and triggers take Christmas Eve)."""
    return {id(b) for (_, a), (_, b) in zip(sent_timexes, sent_timexes[1:]) if gives_year_of(text, a.end, b)}


def _assign_timexes(cands: list[Cand], sent_timexes: list[tuple[int, Timex]], toks: list[Tok] | None = None,
                    text: str | None = None) -> None:
    """Each trigger's own time expression: the nearest of its segment that no nearer trigger claims
    (a trigger within 3 words may share it: "crossing into Oaxaca and arriving ... at 8 a.m.").  A
    participle right after a comma reaches back over the comma only at a cost: the date before the
    comma is the main clause's."""
    if not cands or not sent_timexes:
        return
    # (only when the participle has a date of its own after it: "..., crossing into Oaxaca" alone keeps
    # the main clause's "at 8 a.m.")
    after_comma = {id(c) for c in cands if toks is not None and 1 <= c.ti < len(toks) and toks[c.ti - 1].text == ","
                   and toks[c.ti].low.endswith("ing")
                   and any(k > c.ti and c.seg[k] == c.seg[c.ti] for k, _ in sent_timexes if 0 <= k < len(c.seg))}
    by_seg: dict[int, list[Cand]] = {}
    for c in sorted(cands, key=lambda c: c.ti):
        by_seg.setdefault(c.seg[c.ti], []).append(c)
    group_ti = {s: [c.ti for c in g] for s, g in by_seg.items()}
    best: dict[int, tuple[int, Timex]] = {}
    starts = [t.start for t in toks] if toks is not None else None
    tjs = sorted(c.tj for c in cands)
    all_ti = [c.ti for c in cands]
    groups = phrase_set("group_nouns")
    years_of = _years_of_dates(text, sent_timexes) if text is not None else set()
    for k, tx in sent_timexes:
        if id(tx) in years_of:
            continue  # "On Christmas Eve last year": the year of the date before it, which the trigger takes
        if toks is not None and _names_a_group(toks, starts, tx, groups):
            continue  # "Last year's caravan ... grew to 7,000": the date tells which caravan, not when
        if text is not None and dates_a_noun(text, tx.start):
            continue  # "the earthquake of September 2017": that noun's date
        if text is not None and _comparison_rx().search(text, max(0, tx.start - 60), tx.start):
            continue  # "About 200 people remain, down from several thousand last week": the earlier figure's date
        sid = cands[0].seg[k] if 0 <= k < len(cands[0].seg) else -1
        group = by_seg.get(sid)
        if not group:
            continue
        pos = bisect.bisect_left(group_ti[sid], k)
        near = group[max(0, pos - 3) : pos + 3]
        if text is not None:
            # "the migrants, who had waited since Friday, crossed": the inserted phrase's date, not the verb's
            near = [c for c in near if not (k < c.ti and in_insertion(text, tx.start, tx.end, c.start))]
            if not near:
                continue
        # "a caravan that departed San Pedro Sula on Monday night crossed into Guatemala on Wednesday": an
        # expression right before a verb, after another trigger, ends that trigger's clause
        kend = bisect.bisect_left(starts, tx.end) - 1 if starts is not None else -1
        before = bisect.bisect_left(tjs, k)
        prev_tj = tjs[before - 1] if before else None
        closes = prev_tj is not None and toks is not None and not any(
            t.low in ("and", "but", "then", "or") or t.text in ",;" for t in toks[prev_tj + 1 : k])

        def dist(c: Cand) -> int:
            d = _tdist(c, k)
            if c.type == "statement" and k >= c.tj and any(c.tj <= ti_ < k for ti_ in all_ti):
                # "Organizers said they would resume the march on Tuesday": the reported event's date, not the
                # saying's
                d += _REPORTED
            if k < c.ti - 1 and id(c) in after_comma:
                d += _AFTER_COMMA
            elif k < c.ti and toks is not None and any(t.text == "," for t in toks[kend + 1 : c.ti]):
                # "a caravan that set out ... in Ciudad Juárez last month, came to a halt in this town on
                # Wednesday": a date before a comma is the clause's before it when one follows the verb
                d += _BEFORE_COMMA
            if closes and kend == c.ti - 1:
                d += _CLOSES_CLAUSE
            if k < c.ti and prev_tj is not None and prev_tj <= k and toks is not None and any(
                    t.low in ("and", "then", "but") for t in toks[kend + 1 : c.ti]):
                # "set out on Wednesday night and crossed ... on Thursday": the date before "and" is the
                # first verb's
                d += _CONJOINED
            return d

        dists = sorted((dist(c), i) for i, c in enumerate(near))
        dmin = dists[0][0]
        for d, i in dists:
            if d == dmin or d <= 3:
                c = near[i]
                cur = best.get(id(c))
                if cur is None or d < cur[0]:
                    best[id(c)] = (d, tx)
    for c in cands:
        if id(c) in best:
            c.timex = best[id(c)][1]


@lru_cache(maxsize=None)
def _comparison_rx() -> re.Pattern:
    """An expression after "down from 3,000", "up from" + a figure dates that earlier figure."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in cues()["comparison_openers"])
    figures = "|".join(re.escape(w) for w in cues()["comparison_figures"])
    return re.compile(rf"\b(?:{words})\s+[^,;.\n]*?(?:\d|\b(?:{figures})\b)[^,;.\n]*$", re.I)


@lru_cache(maxsize=None)
def _span_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    s = cues()["time_spans"]
    return frozenset(s["open"]), frozenset(s["close"]), frozenset(s["between"]), frozenset(s.get("conjoined", ()))




def _share_with_participle(cands: list[Cand], toks: list[Tok]) -> None:
    """"crossed into Guatemala on Friday and Saturday, many of them pushing past police at El Florido": a
    participle set off by a comma, with no date of its own, happens when the verb before the comma does."""
    dated: dict[int, tuple[list[int], list[Cand]]] = {}  # segment -> (ends, triggers) of the dated ones, by end
    for o in sorted((o for o in cands if o.timex is not None), key=lambda o: o.tj):
        ends, got = dated.setdefault(o.seg[o.ti], ([], []))
        ends.append(o.tj)
        got.append(o)
    if not dated:
        return
    absolute_subject = _word_set("absolute_subject")
    for c in cands:
        if c.timex is not None or not toks[c.ti].low.endswith("ing"):
            continue
        k = c.ti - 1
        while k >= 0 and c.ti - k <= 4 and toks[k].word and toks[k].low in absolute_subject:
            k -= 1
        if k < 1 or toks[k].text != ",":
            continue
        ends, got = dated.get(c.seg[k - 1], ((), ()))
        p = bisect.bisect_right(ends, k)
        if p:
            main = got[p - 1]  # the last dated trigger before the comma
            c.timex, c.timex_end = main.timex, main.timex_end




def _names_a_group(toks: list[Tok], starts: list[int] | None, tx: Timex, groups: frozenset) -> bool:
    """Is the expression a possessive before a group noun ("last year's caravan", "October's caravan")?"""
    if starts is None:
        return False
    e = bisect.bisect_left(starts, tx.end)
    if e < len(toks) and toks[e].low in ("'s", "’s", "'", "’"):
        e += 1
    elif e > 0 and toks[e - 1].low.endswith(("'s", "’s")):
        pass  # the possessive is glued to the expression's last token
    else:
        return False
    return e < len(toks) and (toks[e].low,) in groups


def _assign_label(ctx: _Article, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> None:
    """A line opened by a date and a colon or dash is a timeline entry ("Oct. 13: The group, now more than
    1,000 strong, sets out"): the date is that of every event of the line with no calendar date of its own."""
    if not cands or not sent_timexes:
        return
    _, first = sent_timexes[0]
    if first.type not in ("DATE", "TIME") or first.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return
    if not opens_line(ctx.text, first.start, first.end):
        return
    for c in cands:
        if c.timex is None or c.timex.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            c.timex = first


def _assign_spans(ctx: _Article, base: int, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> None:
    """"Starting Easter morning and continuing through Monday, the president fired off tweets", "from
    Monday to Wednesday", "between Monday and Wednesday": two time expressions that open and close one
    interval.  A trigger that claimed either of them has the interval as its own time."""
    if len(sent_timexes) < 2 or not cands:
        return
    open_, close, between, conjoined = _span_words()
    lows = ctx.lows
    for (k1, t1), (k2, t2) in zip(sent_timexes, sent_timexes[1:]):
        if k1 < 1 or k2 <= k1:
            continue
        first = lows[base + k1 - 1]
        e1 = bisect.bisect_left(ctx.tok_starts, t1.end) - base  # first token after t1
        gap = lows[base + e1 : base + k2]
        if _RANGE_DASH.fullmatch(ctx.text, t1.end, t2.start) and _DAY_VALUE.match(t1.value) and _DAY_VALUE.match(t2.value):
            # "crossed the river Oct. 19-21": both ends of one interval
            for c in cands:
                if c.timex is t1 or c.timex is t2:
                    c.timex, c.timex_end = t1, t2
            continue
        repeated = len(gap) == 2 and gap[0] == "and" and gap[1] in conjoined  # "late Monday and on Tuesday"
        if ((first in conjoined and gap == ["and"]) or repeated) \
                and _DAY_VALUE.match(t1.value) and _DAY_VALUE.match(t2.value):
            # "on Friday and Saturday", "on Oct. 19 and 20", "set out late Monday and on Tuesday": the two days
            # and the ones between, if any (with the preposition repeated, only for a verb before both: "met on
            # Monday and on Tuesday the caravan left" is two clauses)
            for c in cands:
                if (c.timex is t1 or c.timex is t2) and not (repeated and c.tj > k1):
                    c.timex, c.timex_end = t1, t2
            continue
        if first not in open_:
            continue
        if not gap or len(gap) > 4 or not all(w in between or w in close for w in gap):
            continue
        if gap[-1] not in close or (first == "between") != (gap[-1] == "and"):
            continue
        for c in cands:
            if c.timex is t1 or c.timex is t2:
                c.timex, c.timex_end = t1, t2


def _when_after_time(cands: list[Cand], sent_timexes: list[tuple[int, Timex]], toks: list[Tok]) -> None:
    """"began registering on Thursday, when the first large group reached the border post, and by Friday
    evening ...": a clause opened by *when* right after a time expression and a comma is at that time."""
    if not sent_timexes:
        return
    ends = {toks[k].end: tx for k, tx in sent_timexes if 0 <= k < len(toks)}
    ends.update({tx.end: tx for _, tx in sent_timexes})
    for c in cands:
        s0 = c.ti
        while s0 > 0 and c.seg[s0 - 1] == c.seg[c.ti]:
            s0 -= 1
        if s0 >= 2 and toks[s0].low == "when" and toks[s0 - 1].text == "," and c.ti - s0 <= 8:
            tx = ends.get(toks[s0 - 2].end)
            own = c.timex
            if own is not None and own.start >= c.end and not any(
                    t.text == "," for t in toks[c.tj :] if t.start < own.start):
                continue  # "from January 2019, when a caravan that left San Pedro Sula on 15 January 2019": its own
            k = next((k for k, t in sent_timexes if t is tx), -1)
            if tx is not None and tx.type in ("DATE", "TIME") and not (k > 0 and toks[k - 1].low == "since"):
                c.timex, c.timex_end = tx, None  # (not "since June, when ...": a state's start)


def _tdist(c: Cand, k: int) -> int:
    """Distance of a time expression at token k from a trigger: adverbials follow their verb in English,
    and a reported (actual) event claims a date before a planned one does."""
    d = (c.ti - k) + 2 if k < c.ti else (k - c.tj)
    if c.modality != "actual":
        d += 3
    return d


# a wire dateline opening the sentence: "TIJUANA, Mexico (AP) — ", "ARRIAGA, Mexico – "
_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’ -]{2,40}(?:,[^—–\n]{0,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?[—–]+\s*")


def _summary(text: str, s: Sentence, toks: list[Tok], seg: list[int], c: Cand, norm: dict[int, str]) -> str:
    dl = _DATELINE.match(text, s.start, min(s.end, s.start + 90)) if text[s.start : s.start + 3].isupper() else None
    start = dl.end() if dl is not None and dl.end() <= c.start else s.start  # the dateline is not the event
    sent = norm.get(s.index)
    if sent is None:  # the sentence with its white space normalised, once per sentence
        sent = norm[s.index] = " ".join(text[start : s.end].split())
    if len(sent) <= SUMMARY_MAX:
        return sent
    # centre a window on the trigger, cut at word boundaries
    a, b = _segment_bounds(seg, c.ti)
    a, b = max(a, c.ti - SUMMARY_REACH), min(b, c.tj + SUMMARY_REACH)
    lo = max(start, toks[max(0, min(a, c.ti - 8))].start)
    hi = toks[min(len(toks) - 1, max(c.tj + 10, b - 1))].end
    piece = " ".join(text[lo:hi].split())
    if len(piece) > SUMMARY_MAX:
        rel = c.start - lo
        left = max(0, rel - 45)
        piece = piece[left : left + SUMMARY_MAX - 2]
        if left > 0:
            piece = "…" + piece[piece.find(" ") + 1 :]
        piece = piece[: piece.rfind(" ")] + "…" if " " in piece else piece
    return piece.strip(" ,;")


def _continuation(c: Cand, cands: list[Cand]) -> bool:
    """"swam across the Suchiate River and headed north": a march told as the coordinated continuation of a
    crossing, departure or arrival of the same clause is that event going on, not one of its own
    (``continuation_heads`` in cues.yaml)."""
    if c.type != "march" or c.ti < 1 or c.toks[c.ti - 1].low != "and" or \
            c.toks[c.ti].low not in _word_set("continuation_heads"):
        return False
    return any(o.type in ("cross_border", "depart", "arrive") and o.tj <= c.ti - 1 and o.modality == c.modality
               and o.seg[o.ti] == c.seg[c.ti] for o in cands)


def _place_noun(toks: list[Tok], ti: int) -> bool:
    """A barrier noun after a preposition ("short of the roadblock", "marched to the roadblock") names a place
    ("fired tear gas at a roadblock", "forced their way past a police cordon" keep it: the block happened there)."""
    if toks[ti].low not in _word_set("barrier_nouns"):
        return False
    k = ti - 1
    while k >= 0 and k >= ti - 3 and toks[k].low in ("the", "a", "an", "police", "military", "army", "its", "their"):
        k -= 1
    return k >= 0 and toks[k].low in _word_set("barrier_place_preps")


def _group_stops(toks: list[Tok], ti: int) -> bool:
    """Is the group the subject right before an intransitive stop ("the migrants stopped", "they halted",
    "the caravan briefly stopped")?"""
    k = ti - 1
    if k >= 1 and toks[k].low == "to" and toks[k - 1].low in _word_set("group_stop_beginnings"):
        k -= 2  # "the caravan began to break up"
    if k >= 0 and toks[k].low.endswith("ly"):
        k -= 1
    return k >= 0 and (toks[k].low in _word_set("group_stop_pronouns") or (toks[k].low,) in phrase_set("group_nouns"))


def _person_relative(toks: list[Tok], seg: list[int], ti: int) -> bool:
    """Is trigger ti in a "who" clause that hangs on one person ("a former lawmaker who has been walking
    with the group", "a mother of two who crossed on Monday"), not on a group noun ("migrants who crossed")?"""
    a, _ = _segment_bounds(seg, ti)
    if a < 1 or toks[a].low != "who" or a >= ti:
        return False
    head = toks[a - 1].low
    if not toks[a - 1].word or head.endswith("s") or (head,) in phrase_set("group_nouns") or \
            head in _word_set("plural_relative_heads"):
        return False  # ("those who waded the Suchiate": people)
    return True


TITLED_NAME_REACH = 5000  # characters before a name in which its title is looked for


@lru_cache(maxsize=None)
def _title_rx() -> str:
    words = sorted((str(w) for w in cues()["official_titles"] if " " not in str(w)), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def _titled_surname(ctx: _Article, toks: list[Tok], ti: int) -> str | None:
    """"... according to the institute's director, Tonatiuh Guillén. ... Guillén rejected that on Friday": a
    capitalised name right before the verb that the article gave earlier with an official title beside it
    ("<title>, <name>" or "<name>, <the ... title>")."""
    if ti < 1 or not toks[ti - 1].word or not toks[ti - 1].text[:1].isupper():
        return None
    name = toks[ti - 1].text
    at = toks[ti - 1].start
    before = ctx.text[max(0, at - TITLED_NAME_REACH) : at]  # (bounded: a long text costs no more per name)
    key = re.escape(name)
    titles = _title_rx()
    titled = re.search(rf"\b(?:{titles})\b,\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+){{0,3}}{key}\b", before, re.I) or \
        re.search(rf"\b{key},\s+(?:the\s+|a\s+)?[^,.;\n]{{0,50}}?\b(?:{titles})\b", before)
    return name if titled is not None else None


def _pronoun_speaker(ctx: _Article, sidx: int, toks: list[Tok], ti: int, tj: int) -> str | None:
    """"Bartolo Fuentes, a former lawmaker, denied organizing it. '...,' he told reporters on Saturday":
    a speaker named by *he* / *she* right before the verb (or right after it: *said he*) is the last
    speaker named in the two sentences before."""
    if ctx.last_speaker is None or not 1 <= sidx - ctx.last_speaker[0] <= 2:
        return None
    near = [t.low for t in toks[max(0, ti - 2) : ti]] + [t.low for t in toks[tj : tj + 1]]
    return ctx.last_speaker[1] if not _word_set("speaker_pronouns").isdisjoint(near) else None


def _nationality(ctx: _Article, a: int, b: int) -> str | None:
    """The one nationality sentence tokens [a, b) give a group of people: plural demonyms ("Hondurans") and
    demonyms before a people noun ("Salvadoran families", "the Honduran-led caravan"); None when the sentence
    names none or several ("Hondurans, Guatemalans and Salvadorans")."""
    pp = ctx.place_positions
    nouns = _word_set("nationality_nouns")
    found: set[str] = set()
    seen: set[int] = set()
    for pos in pp[bisect.bisect_left(pp, a) : bisect.bisect_left(pp, b)]:
        f = ctx.place_tok[pos]
        if id(f) in seen or not f.demonym or f.place is None or not f.place.country:
            continue
        seen.add(id(f))
        k = f.tok_end
        while k < b and ctx.toks[k].text in ("-", "–"):
            k += 1
        if f.text.endswith("s") or (k < b and ctx.lows[k] in nouns):
            found.add(f.place.country)
    for k in range(a, b):  # "the Honduran-led caravan" (one token)
        low = ctx.lows[k]
        if "-" in low and low.rsplit("-", 1)[1] in _word_set("nationality_suffixes") and \
                (country := _demonym_country(low.rsplit("-", 1)[0])) is not None:
            found.add(country)
    return next(iter(found)) if len(found) == 1 else None



@lru_cache(maxsize=256)
def _demonym_country(word: str) -> str | None:
    name = gazetteer().demonyms.get(fold(word))
    p = place_by_name(name) if name else None
    return p.country if p is not None else None


def _later_in_clause(c: Cand, at: list[int], seg: list[int]) -> bool:
    """Is the mention told of the newer caravan named at token positions ``at`` of its sentence?  Yes when the
    name comes before the trigger ("A second caravan of about 1,500 people forced its way across ... after
    clashing with police") or in the trigger's own clause; not when a clause opener (cues.yaml's
    ``clause_openers``) stands between them ("Caravan rests in Juchitan as second group forces its way into
    Mexico": the rest is the first caravan's)."""
    openers = _word_set("clause_openers")
    return any(i < c.ti or (seg[i] == seg[c.ti] and openers.isdisjoint(t.low for t in c.toks[c.tj : i]))
               for i in at)


def _earlier(ctx: _Article, sidx: int, sent_low: list[str], sent_timexes: list[tuple[int, Timex]]) -> bool:
    cfg = cues()["earlier_caravan"]
    hits = has_phrase(sent_low, phrase_set("earlier_caravan", "same_sentence"))
    if hits:
        # "in the first caravan of the year": the story's own caravan
        own = [(i, j) for i, j in has_phrase(sent_low, phrase_set("earlier_caravan", "not_same_sentence"))]
        if any(not any(i <= a and b <= j for i, j in own) for a, b in hits):
            return True
    if sidx == 0:
        return False
    pa, pb = ctx.sentence_tokens(ctx.sentences[sidx - 1])
    if not any_phrase(ctx.lows[pa:pb], phrase_set("earlier_caravan", "previous_sentence")):
        return False
    words = {str(w).lower() for w in cfg["own_time_words"]}
    for _, tx in sent_timexes:
        low = tx.text.lower()
        toks = re.findall(r"\w+", low)
        if any(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", t) for t in toks) or _WEEKDAY.search(low):
            continue  # a full date or a weekday: the story's own days
        if any(w in toks or w == low for w in words):
            return True
    return False


@lru_cache(maxsize=None)
def _topic_words() -> frozenset[str]:
    return frozenset(str(w) for w in cues()["topic_words"])


def _statement_ok(ctx: _Article, sidx: int) -> bool:
    """Is the statement about migration?  A topic word in its sentence or the next to it."""
    for k in (sidx - 1, sidx, sidx + 1):
        if 0 <= k < len(ctx.sentences) and ctx.topical(k):
            return True
    return False


def _carried(cands: list[Cand]) -> set[int]:
    """"a plane carrying 110 Hondurans left Tapachula for San Pedro Sula": a trigger that ends a longer trigger
    of another type (the departure's verb in the flight home, ``return.carried_home``) is part of it; the longer
    one takes its places (their roles come from the verb).  Returns the ids of the triggers so carried."""
    out: set[int] = set()
    order = sorted(cands, key=lambda c: c.ti)
    for k, o in enumerate(order):
        for c in itertools.islice(order, k + 1, None):
            if c.ti >= o.tj:
                break  # (triggers are short: the scan stops within a few candidates)
            if o.type != c.type and o.ti < c.ti and c.tj <= o.tj:
                o.places = list(c.places)
                out.add(id(c))
    return out


def _return_ok(c: Cand, toks: list[Tok]) -> bool:
    home = _word_set("home_words")
    after = [t.low for t in toks[c.tj : c.tj + 4]]
    if any(w in home for w in after) or any(w in home for w in c.trigger_text.lower().split()):
        return True
    for r in c.places:
        if r.role in ("to", "into", "towards", "at") and (r.place.country in _ORIGIN_COUNTRIES):
            return True
    return False


def _loc_key(c: Cand) -> tuple[str, ...]:
    return tuple(sorted({r.place.name for r in c.places if r.role in ("from", "at", "into", "to")}))


def _nothing_to_find(text: str) -> bool:
    """True when no trigger word, no vague quantity and no number with a size cue occurs in the text.

    Mentions come only from triggers and sizes, so such a text has none.  The test looks at the
    distinct word forms (a long hostile text repeats a few) found by one scan of the token pattern:
    far cheaper than reading every token.
    """
    lows = set()
    for t in set(_TOKEN.findall(text)):
        low = t.lower()
        if "’" in low:
            low = low.replace("’", "'")
        if len(low) > 1 and low[-1] == "." and low.count(".") == 1:
            low = low[:-1]  # "Friday." is read as "Friday" and "."
        lows.add(low)
    if not lows.isdisjoint(lexicon().by_first):
        return False
    if "of" in lows and any(all(w in lows for w in ph) for ph in _vague_phrases()):
        return False  # "thousands of"
    number = any(starts_number(w) for w in lows)
    return not (number and not lows.isdisjoint(size_cue_words()))


def find_events(article: Article, sentences: list[Sentence], timexes: list[Timex]) -> tuple[
        list[EventMention], list[Relation]]:
    """Event mentions of one article and the temporal relations between them."""
    from timeline.extract.event_relations import find_relations

    if len(article.text) >= PREFILTER_CHARS and _nothing_to_find(article.text):
        return [], []
    ctx = _Article(article, sentences, timexes)
    text = ctx.text
    all_cands: list[Cand] = []
    per_sentence: list[tuple[Sentence, list[Cand], int, list[Tok], list[int]]] = []
    tx_i = 0
    seen_types: set[str] = set()
    prev_group: tuple[int, bool, bool, str | None] | None = None  # (sentence, earlier, later, nationality)
    for sidx, s in enumerate(sentences):
        a, b = ctx.sentence_tokens(s)
        matches = match_triggers(ctx.toks, a, b, ctx.trigger_starts)
        if not matches and not ctx.may_have_size(a, b):
            continue  # no trigger and no size: nothing to find in this sentence
        toks = ctx.toks[a:b]
        lows = ctx.lows[a:b]
        remember_lows(toks, lows)
        # the sentence's time expressions, as token indices
        while tx_i < len(ctx.timexes) and ctx.timexes[tx_i].start < s.start:
            tx_i += 1
        sent_timexes: list[tuple[int, Timex]] = []
        q = tx_i
        while q < len(ctx.timexes) and ctx.timexes[q].start < s.end:
            tx = ctx.timexes[q]
            q += 1
            anchored_duration = tx.type == "DURATION" and ("<" in tx.value or ">" in tx.value)
            if (tx.type not in ("DATE", "TIME") and not anchored_duration) or (
                    _REL_TIMEX.match(tx.text.strip()) and not _CLAUSE_END_AFTER.match(text, tx.end)):
                # "the day after Y": a relation to Y (event_relations); but "... the day before." ends
                # its clause: the day before the story's time, the event's own date
                continue
            if in_spans(ctx.quotes, tx.start, tx.end) or timestamp_line(text, tx.start, tx.end):
                continue
            k = bisect.bisect_left(ctx.tok_starts, tx.start) - a
            sent_timexes.append((k, tx))
        sizes = [z for z in find_sizes(toks, text, ctx.within(ctx.size_starts, a, b), ctx.within(ctx.size_cues, a, b),
                                       lows)
                 if not in_spans(ctx.quotes, toks[z.tok_start].start, toks[z.tok_end - 1].end)] \
            if ctx.may_have_size(a, b) else []
        sizes_by_start = sorted(sizes, key=lambda z: z.tok_start)
        cands: list[Cand] = []
        force_words: list[bool] = []  # police / soldiers named in the sentence (computed once)
        force_actor: list[str | None] = []
        starts = sorted(ti for _, ti, _ in matches)
        ends = sorted(tj for _, _, tj in matches)
        timex_ks = tuple(k for k, _ in sent_timexes)
        tx_spans = sorted([(t.start, t.end) for _, t in sent_timexes] + [
            (t.start, t.end) for t in ctx.timexes[tx_i:q] if t.type in ("DURATION", "SET")])
        tx_starts = [x for x, _ in tx_spans]
        tx_reach = list(itertools.accumulate((y for _, y in tx_spans), max))  # furthest end so far
        # first the cheap tests that need no clause structure
        kept: list[tuple[Trigger, int, int, int, int]] = []
        not_after_passive, passive_aux = _word_set("not_after_passive"), _word_set("passive_aux")
        in_name: set[int] = set()  # trigger words that are part of a place name: they bound no clause
        generic_at: int | None = None  # end of a trigger whose object is caravans in general
        for trig, ti, tj in matches:
            start, end = toks[ti].start, toks[tj - 1].end
            if in_spans(ctx.quotes, start, end):
                continue
            k = bisect.bisect_right(tx_starts, start)
            if k and tx_reach[k - 1] > start:
                continue  # "in March", "May": a time expression, not a trigger
            pf = ctx.place_tok.get(a + ti - 1) if ti else None
            if pf is not None and not pf.demonym and pf.tok_end == a + ti and toks[ti].low not in passive_aux and (
                    toks[ti].low.endswith("ing") or not trig.pattern.startswith("~")):
                in_name.add(ti)
                continue  # "the Corinto crossing": part of a place name
            inside = ctx.place_tok.get(a + ti)
            if inside is not None and not inside.demonym and inside.tok_start < a + ti:
                in_name.add(ti)
                continue  # "at the San Ysidro crossing": the trigger word is inside the place's name
            if _is_noun_use(toks, ti, trig):
                continue
            if trig.type == "asylum" and not trig.pattern.startswith("~") and ti and \
                    toks[ti - 1].low in _word_set("asylum_noun_not_after"):
                continue  # "to demand faster processing of asylum claims": the claims as a topic, not filed here
            if trig.rule == "block.block" and _place_noun(toks, ti):
                continue  # "halted short of the roadblock at Vado Hondo": where they stopped, not a block told here
            if toks[ti].low in _word_set("clash_nouns") and tj < len(toks) and toks[tj].low in _word_set("clash_not_before"):
                continue  # "a clash of cultures": no clash at the border
            if ti and trig.rule in not_after_passive and toks[ti - 1].low in passive_aux and \
                    not toks[ti].low.endswith("ing"):
                # "was stopped at the bridge": stopped by someone (block.stopped), not a rest ("were resting" is)
                continue
            if trig.rule == "cross_border.climb_fence" and tj < len(toks) and \
                    toks[tj].low in cues()["enclosure_after"]:
                continue  # "jumped the fence around the factory": an enclosure, not the border
            if ti >= 2 and toks[ti].low.endswith("ing") and toks[ti - 1].low == "of" and \
                    toks[ti - 2].low in _word_set("duration_of_units"):
                continue  # "after more than a week of walking": how long, not an event of its own
            if _ranked_group_infinitive(toks, ti):
                continue  # "It is the third caravan to leave Central America": which caravan, not an event
            if _restrictive_relative(toks, ti) and not _dated_relative(toks, ti, sent_timexes):
                # "the migrants who already arrived in Tijuana" describes the group; "a caravan that
                # departed San Pedro Sula on Monday night" dates an event of the story
                continue
            if trig.needs == "group" and not _has_group_subject(ctx, a, toks, ti, sizes_by_start, timex_ks):
                continue
            if trig.needs == "group_inside" and not any(
                    (t.low,) in phrase_set("group_nouns") or t.low[:1].isdecimal() for t in toks[ti + 1 : tj]):
                continue  # "sent more than 1,500 migrants back", "flew 300 Hondurans home": the group sent
            if trig.rule == "block.stop" and (not _needs_force(toks, force_words) or _group_stops(toks, ti)):
                continue  # "the migrants stopped to rest": the group stopping, not stopped by anyone
            if trig.rule == "block.stop" and tj < len(toks) and toks[tj].low.endswith("ing") and \
                    not (tj + 1 < len(toks) and (toks[tj + 1].low,) in phrase_set("group_nouns")):
                # "Mexico has stopped accepting new applications": ceasing to do something ("stopped marching
                # migrants" stops a group)
                continue
            if _generic_caravans_after(toks, tj):
                generic_at = tj
                continue  # "had dissolved several smaller caravans in recent months": no one caravan's event
            if generic_at is not None and ti > generic_at and toks[ti - 1].low == "by" and toks[ti].low.endswith("ing"):
                continue  # "... by offering migrants temporary permits": how that was done
            if trig.rule == "march.march" and toks[ti].low.endswith("ing") and ti >= 2 and toks[ti - 1].text == "," \
                    and any(o.type in _ON_THE_ROAD and tj2 <= ti for o, _, tj2, _, _ in kept):
                continue  # "set off for Tapachula, walking in the heat": how they went, not another event
            kept.append((trig, ti, tj, start, end))
        if not kept and not any(z.framed and not z.vague and (z.value is not None or z.low is not None) for z in sizes):
            continue  # no trigger left and no size of its own: nothing to report
        if in_name:
            starts = sorted(ti for _, ti, _ in matches if ti not in in_name)
            ends = sorted(tj for _, ti, tj in matches if ti not in in_name)
        seg = segments(toks, ctx.within(ctx.segment_hits, a, b))
        for trig, ti, tj, start, end in kept:
            if trig.type in _MOVE_TYPES and _person_relative(toks, seg, ti):
                continue  # "Bartolo Fuentes, a former lawmaker who has been walking with the group": one person
            statement = trig.needs == "official" or trig.type == "statement"
            if statement:
                # a statement needs a migration topic near it and an official who makes it: most
                # statement words have neither, so this comes before the clause work (all of it is
                # local to the trigger: the order of the tests does not change what is kept)
                if not _statement_ok(ctx, sidx):
                    continue
                placetok = {k - a for k in range(a + max(0, ti - 30), min(b, a + tj + 16)) if k in ctx.place_tok}
                actor = find_actor(toks, seg, ti, tj, placetok)
                if actor is None and ti >= 2 and (toks[ti - 1].text == "," or toks[ti - 1].low == "and"):
                    # "Bartolo Fuentes, a former lawmaker who has been walking with the group, denied ...": the
                    # subject before an apposition or a relative clause; "López Obrador ... has promised a more
                    # humane approach, and said on Wednesday ...": the subject of the verbs it is coordinated with
                    wide = [seg[ti]] * ti + list(seg[ti:])
                    actor = find_actor(toks, wide, ti, tj, placetok)
                if actor is None:
                    actor = _pronoun_speaker(ctx, sidx, toks, ti, tj)
                if actor is None:
                    actor = _titled_surname(ctx, toks, ti)
                if actor is None:
                    continue
                ctx.last_speaker = (sidx, actor)
            c = Cand(trig, ti, tj, s, toks, seg, trig.type, start=start, end=end, rule=trig.rule,
                     trigger_text=text[start:end])
            c.modality, c.cue = modality(toks, seg, ti)
            if _perfect(toks, ti):
                c.rule += "+perfect"
            elif trig.type == "stay" and (_present_state(toks, ti) or toks[ti].low in ("remain", "remains")):
                c.rule += "+present"
            nxt = starts[bisect.bisect_left(starts, tj)] if bisect.bisect_left(starts, tj) < len(starts) else None
            pe = bisect.bisect_right(ends, ti)
            prev_end = ends[pe - 1] if pe else None
            c.places = _places_for(ctx, a, toks, seg, c, nxt, prev_end)
            if trig.needs_place:
                real = [r for r in c.places if r.role != "mention" and r.place.kind in trig.needs_place]
                if not real and toks[ti].low in passive_aux:
                    # "The San Ysidro port of entry was closed": the subject of a passive is the place
                    real = [r for r in c.places if r.start < c.start and r.place.kind in trig.needs_place]
                    c.places = [r.model_copy(update={"role": "at"}) if r in real else r for r in c.places]
                if not real and "border" in trig.needs_place and any(
                        t.low in _word_set("border_nouns") for t in toks[tj : tj + 4]):
                    real = [None]  # "reach the border"
                elif not real and trig.type in ("stay", "arrive") and any(
                        t.low in _word_set("stay_place_nouns") for t in toks[tj : tj + 5]):
                    real = [None]  # "slept in the town's central plaza", "reached the Casa del Migrante shelter"
                if not real:
                    ante = _antecedent_place(ctx, a, toks, seg, ti)
                    if ante is None or ante.place.kind not in trig.needs_place:
                        if not trig.place_or_time:
                            continue
                        c.unplaced = True  # "another group of 500 left on Saturday night"
                        c.rule += "+own-time"
                        ante = None
                if not real and ante is not None:
                    c.places.append(ante)
                    if ante.place.kind == "border" and ctx.dateline is not None and trig.type == "cross_border":
                        home = country_place(ctx.dateline.country) if ctx.dateline.country else None
                        if home is not None and ctx.dateline.country in countries_of(ante.place):
                            c.places.append(fast(PlaceRef, place=home, role="into", start=ante.start, end=ante.end,
                                                     text=ante.text))
            if trig.type == "cross_border":
                states = {r.place.country for r in c.places if r.place.kind == "state"}
                located = [r for r in c.places if r.role in ("into", "from", "to")
                           and not (r.place.kind == "country" and r.place.country in states)]
                if located and all(r.place.kind == "state" for r in located):
                    # a state line inside one country: the group arrives in the state
                    c.type = "arrive"
                    c.rule = trig.rule + "+state-line"
            if trig.type == "return" and trig.origin_only and not _return_ok(c, toks):
                continue
            if trig.type == "return" and trig.needs == "none" and _single_person_subject(lows, ti):
                continue  # "He said he had lived in Texas until he was deported in 2015": one person's story
            if trig.type == "depart" and any(r.role == "towards" for r in c.places) and not any(
                    r.role in ("from", "at") for r in c.places):
                # "slept in Esquipulas ... and left at dawn for Chiquimula": leaving from where they were
                prev = per_sentence[-1] if per_sentence and per_sentence[-1][0].index == s.index - 1 else None
                origin = _origin_before(ctx, a, ti, prev[1] if prev else [])
                if origin is not None:
                    c.places.append(origin)
                    c.rule += "+origin-before"
            if trig.type == "depart" and "again" in lows[max(0, ti - 8) : tj + 3]:
                # "hit the road again early Tuesday, leaving Juchitan": leaving a stop, the march resumed
                c.type, c.rule = "march", trig.rule + "+again"
            if statement:
                c.actor = actor
            elif trig.type == "block":
                if not force_actor:
                    force_actor.append(_force_actor(toks))
                c.actor = force_actor[0]
            cands.append(c)
        # own time expressions
        _assign_timexes(cands, sent_timexes, toks, text)
        _when_after_time(cands, sent_timexes, toks)
        _assign_spans(ctx, a, cands, sent_timexes)
        _assign_label(ctx, cands, sent_timexes)
        _share_with_participle(cands, toks)
        # "the roadblock", "the standoff" without a date of their own: the event already reported
        seg_count: dict[int, int] = {}
        for c in cands:
            seg_count[seg[c.ti]] = seg_count.get(seg[c.ti], 0) + 1
        cands = [c for c in cands if not (_anaphoric(c, toks) and c.type in seen_types and (
            c.timex is None or seg_count[seg[c.ti]] > 1))]
        for c in cands:
            if c.type in ("cross_border", "block"):
                _add_border(c)
        caption = _caption_place(ctx, a, toks, sent_timexes)
        if caption is not None:
            for c in cands:
                if not any(r.role in ("from", "at", "to", "into", "via") for r in c.places):
                    c.places.append(caption)
        # "continue to make their way toward Tijuana", "As they walked, ...": an ongoing activity in the
        # background, with neither a date nor a place of its own, is not a dated event
        cands = [c for c in cands if not _background(c, toks, seg) and not _reduced_relative(c, toks, seg)]
        # sizes: the subject of a movement trigger, else a size mention of its own
        used: set[int] = set()
        mover: dict[int, Cand] = {}  # id(size) -> the movement it is the group of
        counted: set[int] = set()  # stays that are counts
        cands.sort(key=lambda c: c.ti)
        cand_ti = [c.ti for c in cands]
        estimates = _competing_estimates(toks, lows, sizes)
        for z in sizes:
            if (z.value is None and z.low is None) or id(z) in estimates:
                continue  # (estimates set against each other are size mentions of their own)
            # (a vague quantity is the moving group's too: "several hundred migrants crossed" -> VAGUE, at least 200)
            p0 = bisect.bisect_left(cand_ti, z.tok_end)
            for c in cands[max(0, p0 - 2) : p0 + 3]:
                if c.type in _MOVE_TYPES and c.size is None and _group_of(c, z, toks, seg):
                    if c.rule.startswith("stay.remain") and not z.vague:
                        counted.add(id(c))  # "About 2,000 people remained on the bridge": a count, not a stay
                        break
                    c.size = z
                    used.add(id(z))
                    mover[id(z)] = c
                    break
        if counted:
            cands = [c for c in cands if id(c) not in counted]
        estimated = _estimated_sizes(toks, lows, sizes, mover)
        seg_cands: dict[int, list[Cand]] = {}  # the sentence's triggers by clause segment, in order
        for x in cands:
            seg_cands.setdefault(x.seg[x.ti], []).append(x)
        tx_ks = [k for k, _ in sent_timexes]
        for z in sizes:
            if (id(z) in used and id(z) not in estimated) or z.vague or (z.value is None and z.low is None) or not (
                z.framed or id(z) in estimates or id(z) in estimated
            ):
                continue  # (a vague quantity is no size report of its own: "a caravan of thousands")
            trig = Trigger(rule="size.frame", type="size", pattern="", slots=(), needs="none")
            ti, tj = z.num_start, z.num_end
            c = Cand(trig, ti, tj, s, toks, seg, "size", start=toks[z.tok_start].start, end=toks[z.tok_end - 1].end,
                     rule="size.frame", trigger_text=z.text)
            c.size = z
            c.actor = estimates.get(id(z))
            # a reported size holds even inside a conditional ("unless they stop a caravan of 1,200")
            c.modality, c.cue = "actual", None
            if _present_frame(toks, z):
                c.rule = "size.frame+present"
            if any_phrase(lows[max(0, z.num_start - 6) : z.num_start], phrase_set("competing_estimates", "rival")):
                c.rule += "+rival"  # "said it was closer to 4,000": against the count of the sentence next to it
            c.places = _places_for(ctx, a, toks, seg, c)
            lo_k = bisect.bisect_left(tx_ks, ti - OWN_TIMEX_REACH)
            hi_k = bisect.bisect_right(tx_ks, tj + OWN_TIMEX_REACH)
            c.timex = _own_timex(ctx, c, sent_timexes[lo_k:hi_k], seg_cands.get(seg[ti], [])[:12])
            if c.timex is None and id(z) in mover:
                c.timex = mover[id(z)].timex  # "estimated that 9,000 crossed on Saturday": the count of that day
            cands.append(c)
            seg_cands.setdefault(seg[ti], []).append(c)
        # statements need a time: their own (relations are checked after relation finding)
        if cands:
            earlier = _earlier(ctx, sidx, lows, sent_timexes)
            later_at = [] if earlier else [i for i, _ in has_phrase(lows, phrase_set("later_caravan"))]
            later = bool(later_at)
            nation = _nationality(ctx, a, b)
            if prev_group is not None and prev_group[0] == sidx - 1 and lows and \
                    lows[0] in _word_set("continuing_subjects"):
                # "Its members waded and rafted across the Suchiate": the group of the sentence before
                _, p_earlier, p_later, p_nation = prev_group
                if not earlier and not later:
                    earlier, later = p_earlier, p_later
                nation = nation or p_nation
            prev_group = (sidx, earlier, later, nation)
            for c in cands:
                c.earlier = earlier
                c.later = _later_in_clause(c, later_at, seg) if later_at else later
                c.nation = nation
        carried = _carried(cands)
        cands = [c for c in cands if not _attribution_only(c, cands) and not _continuation(c, cands)
                 and id(c) not in carried]
        cands = _dedupe(cands)
        also = _also_crossings(cands)  # (after merging: "pushed through a police cordon into Guatemala")
        if also:
            cands = _dedupe(cands + also)
        cands.sort(key=lambda c: c.start)
        seen_types.update(c.type for c in cands if c.modality == "actual")
        per_sentence.append((s, cands, a, toks, seg))
        all_cands.extend(cands)

    # mention ids in text order
    mentions: list[EventMention] = []
    cand_of: dict[str, Cand] = {}
    norm: dict[int, str] = {}
    for n, c in enumerate(all_cands, 1):
        mid = f"{article.id}#e{n}"
        z = c.size
        m = fast(  # built from checked values: no re-validation
            EventMention,
            id=mid,
            article_id=article.id,
            type=c.type,  # type: ignore[arg-type]
            trigger=c.trigger_text,
            start=c.start,
            end=c.end,
            sentence=c.sent.index,
            modality=c.modality,  # type: ignore[arg-type]
            rule=c.rule + ("+until-publication" if _holds_until_publication(ctx, c) else "") + (
                f" [{c.cue}]" if c.cue else ""),
            places=c.places,
            group_size=z.value if z else None,
            size_low=z.low if z else None,
            size_high=z.high if z else None,
            size_mod=z.mod if z else None,
            size_text=z.text if z else None,
            actor=c.actor,
            timex_id=c.timex.id if c.timex else None,
            timex_end_id=c.timex_end.id if c.timex and c.timex_end else None,
            earlier_caravan=c.earlier,
            later_caravan=c.later,
            nationality=c.nation,
            summary=_summary(text, c.sent, c.toks, c.seg, c, norm),
        )
        mentions.append(m)
        cand_of[mid] = c
    # "forced its way into Guatemala three days later": a crossing copied from the clash (_also_crossings) is
    # left out of relation finding and then gets the clash's relations
    mid_of = {id(c): mid for mid, c in cand_of.items()}
    twins = {mid_of[id(c.twin)]: mid for mid, c in cand_of.items() if c.twin is not None and id(c.twin) in mid_of}
    if twins:
        copies = set(twins.values())
        relations = find_relations(ctx, [(s_, [c for c in cs if c.twin is None], a_, t_, g_)
                                         for s_, cs, a_, t_, g_ in per_sentence],
                                   [m for m in mentions if m.id not in copies],
                                   {k: v for k, v in cand_of.items() if k not in copies})
        relations = relations + [r.model_copy(update={"source": twins.get(r.source, r.source),
                                                      "target": twins.get(r.target, r.target)})
                                 for r in relations if r.source in twins or r.target in twins]
    else:
        relations = find_relations(ctx, per_sentence, mentions, cand_of)
    # "crossed ... about a week later": the phrase is a relation to the event before, not a calendar date
    tx_by_id = {t.id: t for t in timexes}
    later_targets = {r.target for r in relations if r.rule == "rel.later"}
    for m in mentions:
        if m.id in later_targets and m.timex_id and _LATER_TIMEX.search(tx_by_id[m.timex_id].text):
            m.timex_id = None
            m.timex_end_id = None
    # statements (and other needs_time triggers) without an own time or a relation are background
    related = {r.source for r in relations} | {r.target for r in relations}
    keep = []
    for m in mentions:
        c = cand_of[m.id]
        if c.trig.needs_time == "own_or_relation" and m.timex_id is None and m.id not in related:
            continue
        if (c.trig.weak or c.unplaced) and m.timex_id is None:
            continue
        keep.append(m)
    if len(keep) != len(mentions):
        kept_ids = {m.id for m in keep}
        relations = [r for r in relations if r.source in kept_ids and r.target in kept_ids]
    return keep, relations


def _attribution_only(c: Cand, cands: list[Cand]) -> bool:
    """An institution's report of an actual event its sentence tells ("Mexico's National Migration Institute
    said on Friday that more than 1,000 people had applied", "..., officials said Tuesday"): the event's
    source, not a statement of its own -- unless the sentence also tells what will be done ("said they would
    deport about 500"); cues.yaml's ``institutions``."""
    if c.type != "statement" or not c.rule.startswith("statement.say") or not c.actor:
        return False
    if c.actor.split()[-1].lower() not in _word_set("institutions") | frozenset(
            cues()["competing_estimates"]["sayers"]):
        return False  # (and the organisers: "some 5,000 people had gathered in the square, organizers said")
    others = [o for o in cands if o is not c and o.type != "statement"]
    if not any(o.modality == "actual" for o in others):
        return False
    modal = _word_set("attribution_modal_cues")
    return not any(o.cue and (o.cue in modal or o.cue.split()[0] in modal) for o in others)  # ("would be")


def _near_before(toks, rel: int) -> bool:
    """"near (the) X": the preposition before the place at token ``rel``, past a determiner."""
    k = rel - 1
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k].low == "near"


def _also_crossings(cands: list[Cand]) -> list[Cand]:
    """"forced its way through the Corinto border post into Guatemala", "... across the border": a trigger marked
    ``also: cross_border`` in triggers.yaml whose clause enters a country (or goes across a border or river) after
    it is also a crossing, with the same places, time and modality
    (rule ``cross_border.<id>``); not right after a verb of beginning (cues.yaml's ``also_not_after``)."""
    out = []
    for c in cands:
        if c.trig.also and (any(r.role == "into" and r.place.kind == "country" and r.start >= c.end for r in c.places)
                            or _across_border_after(c) or _past_border_post(c)) and \
                _word_set("also_not_after").isdisjoint(t.low for t in c.toks[max(0, c.ti - 2) : c.ti]):
            rule = c.trig.also + "." + c.trig.rule.split(".", 1)[1] + c.rule[len(c.trig.rule):]
            out.append(replace(c, type=c.trig.also, rule=rule, places=list(c.places), actor=None, extra_rules=[],
                               twin=c))
    return out


def _past_border_post(c: Cand) -> bool:
    """"pushed past the lightly staffed Corinto border post": a border crossing named after *past* / *through*
    (in the trigger or right after it) is passed, so crossed."""
    words = [t.low for t in c.toks[c.ti + 1 : c.tj + 2]]  # ("pushed past": the word may be the trigger's own)
    return bool({"past", "through"} & set(words)) and any(
        r.place.kind == "crossing" and r.start >= c.end and r.role != "mention" for r in c.places)


def _across_border_after(c: Cand) -> bool:
    """"forced its way across the border this week": *across* and a border noun (cues.yaml's ``across_nouns``)
    right after the trigger."""
    after = [t.low for t in c.toks[c.tj : c.tj + 5]]
    if "across" not in after:
        return False
    k = after.index("across")
    return not _word_set("across_nouns").isdisjoint(after[k + 1 : k + 4])


def _in_simultaneous_clause(ctx: _Article, base: int, pos: int) -> bool:
    """Is token ``pos`` in a clause opened by *as* / *while* (at the sentence start or after a comma): "On June 6,
    as the Summit of the Americas opened in Los Angeles, thousands left the city" (what else happened then,
    and where: not where they left from)?"""
    openers = _background_cues()[1]
    k = pos - 1
    while k > base and ctx.toks[k].text not in (",", ";"):
        k -= 1
    first = k + 1 if ctx.toks[k].text in (",", ";") else k
    return first < pos and ctx.lows[first] in openers


def _origin_before(ctx: _Article, base: int, ti: int, prev_cands: list[Cand]) -> PlaceRef | None:
    """Where a departure that names only its destination left from: the nearest place of cues.yaml's
    ``origin_before_kinds`` named before the trigger in its sentence with a locative role, else the place of
    the previous sentence's last actual stay or arrival (``prev_cands``); None when there is neither."""
    kinds = _word_set("origin_before_kinds")
    pp = ctx.place_positions
    for pos in reversed(pp[bisect.bisect_left(pp, base) : bisect.bisect_left(pp, base + ti)]):
        f = ctx.place_tok[pos]
        if pos != f.tok_start or f.place is None or f.demonym or f.place.kind not in kinds:
            continue  # (a place is looked at once, from its first token)
        if role_before(ctx.toks, f.tok_start) in ("at", "to", "into") and not _in_simultaneous_clause(ctx, base, pos):
            return fast(PlaceRef, place=f.place, role="from", start=f.start, end=f.end, text=f.text)
    for c in reversed(prev_cands):
        if c.type in ("stay", "arrive") and c.modality == "actual":
            for r in c.places:
                if r.role in ("at", "to", "into") and r.place.kind in kinds:
                    return r.model_copy(update={"role": "from"})
            return None
    return None


def _antecedent_place(ctx: _Article, base: int, toks: list[Tok], seg: list[int], ti: int) -> PlaceRef | None:
    """'the border with Guatemala, which the caravan crossed': the object of the verb is the antecedent."""
    a, _ = _segment_bounds(seg, ti)
    if a < 2 or toks[a].low not in ("which", "that") or toks[a - 1].text != ",":
        return None
    f = ctx.place_tok.get(base + a - 2)
    if f is None or f.place is None or f.demonym:
        return None
    j = f.tok_start - base
    if f.place.kind == "country" and j >= 2 and toks[j - 1].low == "with" and toks[j - 2].low in (
            "border", "frontier") and ctx.dateline is not None and ctx.dateline.country != f.place.country:
        bord = border_between(f.place.country, ctx.dateline.country)
        if bord is not None:
            return fast(PlaceRef, place=bord, role="via", start=f.start, end=f.end, text=f.text)
    return fast(PlaceRef, place=f.place, role="via", start=f.start, end=f.end, text=f.text)


def _ranked_group_infinitive(toks: list[Tok], ti: int) -> bool:
    """"the third caravan to leave", "the largest migrant group to cross" (one word may stand between the
    rank and the group noun)."""
    if ti < 3 or toks[ti - 1].low != "to":
        return False
    cfg = cues()["ranked_group"]
    if toks[ti - 2].low not in cfg["heads"]:
        return False
    ranks = cfg["ranks"]
    return toks[ti - 3].low in ranks or (ti >= 4 and toks[ti - 4].low in ranks)


def _present_state(toks: list[Tok], ti: int) -> bool:
    """A stay told in the present ("migrants remain in shelters", "are camped"): a state at publication."""
    cfg = cues()["present_state"]
    verbs, skip = cfg["verbs"], cfg["skip"]
    for k in range(ti - 1, max(-1, ti - 3), -1):
        w = toks[k].low
        if w in skip:
            continue
        return w in verbs
    return False


def _perfect(toks: list[Tok], ti: int) -> bool:
    """Present perfect ("have peeled off and returned home"): happened at some time before publication."""
    for k in range(ti - 1, max(-1, ti - 10), -1):
        w = toks[k].low
        if w in ("has", "have", "'ve"):
            return True
        if w == "," and k + 1 < ti and toks[k + 1].low in ("and", "or"):
            continue  # "have peeled off and returned home, or applied for refugee status"
        if not toks[k].word or w in ("had", "will", "would", "to", "were", "was", "are", "is"):
            return False
        if w in ("and", "or") and k + 1 < ti:
            continue
    return False


def _restrictive_relative(toks: list[Tok], ti: int) -> bool:
    """'the migrants who already arrived in Tijuana': a description of the group, not news of an event."""
    k = ti - 1
    steps = 0
    while k >= 0 and steps < 3 and toks[k].low in ("have", "has", "had", "already", "just", "recently", "since",
                                                   "all", "also", "first", "now"):
        k -= 1
        steps += 1
    if k < 1 or toks[k].low not in ("who", "that"):
        return False
    j = k - 1
    if j >= 0 and toks[j].text in "-–":
        j -= 1
    return j >= 0 and toks[j].word and (toks[j].low,) in phrase_set("group_nouns")


def _dated_relative(toks: list[Tok], ti: int, sent_timexes: list[tuple[int, Timex]]) -> bool:
    """A relative clause that dates its event ("a caravan that departed San Pedro Sula on Monday night"),
    not a tally ("the number of migrants who already arrived in Tijuana by Friday")."""
    if any(t.low == "already" for t in toks[max(0, ti - 3) : ti]):
        return False
    k = next((k for k, _ in sent_timexes if ti < k <= ti + 10), None)
    return k is not None and toks[k - 1].low != "by"


_PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
_FINITE = frozenset("is are was were had will would could can may might must shall should did does do "
                    "said says".split())


def _holds_until_publication(ctx: _Article, c: Cand) -> bool:
    """A reported size that holds from its date until the article was written (rule suffix
    ``+until-publication``): a tally "by Friday" ("puts the number of migrants who arrived by Friday at
    2,397"), or the subject of a present perfect without a date of its own ("The caravan of more than
    2,000 people ... has become politically explosive": true on the story's day and still now)."""
    if c.type != "size" or not c.rule.startswith("size.frame") or "+present" in c.rule or c.size is None:
        return False
    if c.timex is not None:
        k = bisect.bisect_left(ctx.tok_starts, c.timex.start)
        return k > 0 and ctx.lows[k - 1] == "by"
    return _perfect_predicate(c.toks, c.size)


def _perfect_predicate(toks: list[Tok], z: Size, reach: int = 25) -> bool:
    """Is the size the subject of a present perfect ("The caravan of 2,000 people — ... — has become")?
    The size stands in the first words of the sentence and the first finite verb after it, passing over
    a parenthesis between dashes, is "has" / "have"."""
    if sum(1 for t in toks[: z.tok_start] if t.word) > 3:
        return False
    in_dash = False
    for j in range(z.tok_end, min(len(toks), z.tok_end + reach)):
        t = toks[j]
        if not t.word:
            if t.text in "—–":
                in_dash = not in_dash
            elif t.text in ";:.!?()":
                return False
            continue
        if in_dash:
            continue
        if t.low in _PERFECT_AUX:
            return j + 1 < len(toks) and toks[j + 1].word
        if t.low in _FINITE or t.low.endswith("ed"):
            return False
    return False


def _present_frame(toks: list[Tok], z: Size) -> bool:
    frames = phrase_set("present_size_frames")
    lows = lows_of(toks)
    window = lows[max(0, z.tok_start - 4) : z.tok_start] + ["|"] + lows[z.tok_end : z.tok_end + 5]
    # ("put the number at 8,000": the noun, after a determiner, is no present verb)
    return any(not (window[i] in ("number", "numbers") and i and window[i - 1] in _DETERMINERS)
               for i, _ in has_phrase(window, frames))


@lru_cache(maxsize=None)
def _background_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    b = cues()["background"]
    return frozenset(b["continuation"]), frozenset(b["simultaneous_openers"]), frozenset(b["present_continuation"])


def _background(c: Cand, toks: list[Tok], seg: list[int]) -> bool:
    """A movement described as going on in the background, not as an event of the story: governed by
    "continue" / "keep" ("continue to make their way toward Tijuana", "more people continued to arrive")
    or in a clause opened by "as" / "while" ("As they walked, ..."), or itself a present-tense "continue"
    ("migrants continue to make their way toward Tijuana"), with no time expression of its own
    and no place where it happened (a destination after "toward" is not one)."""
    if c.type not in _MOVE_TYPES or c.timex is not None:
        return False
    if any(r.role not in ("mention", "towards") for r in c.places):
        return False
    continuation, openers, present = _background_cues()
    if toks[c.ti].low in present:
        return True  # "migrants continue to make their way toward Tijuana": an ongoing process
    k = c.ti - 1
    if k >= 0 and toks[k].low == "to":
        k -= 1
    if k >= 0 and toks[k].low in continuation and (k < c.ti - 1 or toks[c.ti].low.endswith("ing")):
        return True  # "continue to walk", "kept walking"
    a, _ = segment_bounds(seg, c.ti)
    while a < c.ti and not toks[a].word:
        a += 1
    if toks[a].low not in openers or not (a == 0 or toks[a - 1].text == "," or not any(t.word for t in toks[:a])):
        return False
    # "As they walked": a pronoun or a bare noun as the subject; "as tens of thousands of Cubans marched
    # through Havana's streets" reports a march of its own
    return sum(1 for t in toks[a + 1 : c.ti] if t.word) <= 2


_AUX_AFTER = frozenset("may might could can will would should must has have had is are was were does did".split())


def _reduced_relative(c: Cand, toks: list[Tok], seg: list[int]) -> bool:
    """'The Central American caravan headed north toward the United States through Mexico may have
    attracted ...': a participle right after a group noun, followed in the same clause by the finite
    verb of the sentence, describes the group; it reports no event of its own."""
    if c.type not in _MOVE_TYPES or c.timex is not None or c.ti < 1:
        return False
    if not toks[c.ti].low.endswith(("ed", "ing")) or (toks[c.ti - 1].low,) not in phrase_set("group_nouns"):
        return False  # ("the number of people walking north has grown": a present participle too)
    _, b = segment_bounds(seg, c.ti)
    for j in range(c.tj, min(b, c.tj + 20)):
        t = toks[j]
        if (not t.word and t.text not in "-–") or t.low in ("and", "or", "but", "then"):
            return False  # another clause, a quotation, a coordinated verb
        if t.low in _AUX_AFTER:
            return True
    return False


def _anaphoric(c: Cand, toks: list[Tok]) -> bool:
    """A definite noun trigger ("the roadblock", "that standoff") refers back to a reported event."""
    first = c.trig.pattern.split()[0] if c.trig.pattern else "~"
    if first.startswith("~") or c.ti == 0:
        return False
    return toks[c.ti - 1].low in ("the", "that", "this", "their", "its")


def _add_border(c: Cand) -> None:
    """Crossing / clash "from Guatemala into Mexico": it happened at the Guatemala-Mexico border."""
    frm = [r for r in c.places if r.role == "from" and r.place.kind == "country"]
    to = [r for r in c.places if r.role in ("into", "to") and r.place.kind == "country"]
    if not frm or not to or frm[0].place.country == to[0].place.country:
        return
    b = border_between(frm[0].place.country, to[0].place.country)
    if b is not None and all(r.place != b for r in c.places):
        c.places.append(fast(PlaceRef, place=b, role="at", start=frm[0].start, end=to[0].end, text=f"{frm[0].text} … {to[0].text}"))


@lru_cache(maxsize=None)
def _caption_tail() -> frozenset[str]:
    """The date words a photo caption may end with: the month words of the time lexicon and the full names of
    the weekdays."""
    lex = load_yaml("timex/lexicon.yaml")
    weekdays = (str(w) for w in lex["weekdays"])
    return frozenset(str(w) for w in lex["months"]) | frozenset(w for w in weekdays if w.endswith("day"))


def _caption_place(ctx: _Article, base: int, toks: list[Tok], sent_timexes) -> PlaceRef | None:
    """A photo caption's closing ", in Vado Hondo, Guatemala, Sunday, Jan. 17, 2021." locates the sentence."""
    n = len(toks)
    k = n - 1
    while k >= 0 and not toks[k].word:
        k -= 1
    # walk back over the date / country tail
    tail = _caption_tail()
    while k >= 0 and (not toks[k].word or toks[k].low in tail or toks[k].low.isdecimal()):
        k -= 1
    if k < 0:
        return None
    f = ctx.place_tok.get(base + k)
    if f is None or f.place is None or f.demonym:
        return None
    # maybe "City, Country": take the city
    first = f
    j = f.tok_start - base
    if j >= 2 and toks[j - 1].text == ",":
        g = ctx.place_tok.get(base + j - 2)
        if g is not None and g.place is not None and not g.demonym and f.place.kind in ("country", "state"):
            first, j = g, g.tok_start - base
    if j >= 2 and toks[j - 1].low == "in" and toks[j - 2].text == ",":
        return fast(PlaceRef, place=first.place, role="at", start=first.start, end=first.end, text=first.text)
    return None


def _force_actor(toks: list[Tok]) -> str | None:
    force = _word_set("force_words")
    for i, t in enumerate(toks):
        if t.low in force and t.low != "riot":
            a = i
            while a > 0 and toks[a - 1].word and (toks[a - 1].text[0].isupper() or toks[a - 1].low in (
                    "riot", "federal", "national", "military", "border", "immigration", "state", "local")):
                a -= 1
            return " ".join(x.text for x in toks[a : i + 1])
    return None


def _group_of(c: Cand, z: Size, toks: list[Tok], seg: list[int]) -> bool:
    """Is the size ``z`` the group that makes the movement ``c``?"""
    if z.tok_end <= c.ti and c.ti - z.tok_end <= SIZE_SUBJECT_GAP and seg[z.tok_start] == seg[c.ti]:
        # its subject, unless another number stands between them, the trigger's own subject ("402 migrants were
        # detained ... and that 1,100 had entered the country")
        return not any(t.low[:1].isdecimal() for t in toks[z.tok_end : c.ti])
    if c.trig.rule == "depart.depart" and z.tok_start >= c.tj and z.tok_start - c.tj <= 3:
        return True
    if _subject_across_apposition(z, c, toks):
        return True
    if not z.head:
        return False
    if z.tok_start == c.tj + 1 and toks[c.tj].low == "of" and toks[c.ti].low.endswith(("al", "ure")):
        return True  # "the arrival of more than 3,000 migrants"
    if c.ti < z.tok_start and z.tok_end <= c.tj:
        return True  # "had sent more than 1,500 migrants back to Honduras": the group inside the trigger
    if c.type == "return" and c.tj <= z.tok_start <= c.tj + 1 and seg[z.tok_start] == seg[c.ti]:
        return True  # "sent back more than 1,000 Honduran migrants": the group sent is the object
    # "set out from Tapachula ... on March 25 with about 1,200 people"
    return c.tj <= z.tok_start <= c.tj + SIZE_WITH_GAP and toks[z.tok_start - 1].low == "with" and \
        seg[z.tok_start] == seg[c.ti]


def _generic_caravans_after(toks: list[Tok], tj: int) -> bool:
    """"dissolved several smaller caravans", "stopped other caravans": the trigger's object is caravans in
    general (a quantifier of cues.yaml's ``generic_caravan_words`` before the plural), not one caravan."""
    k = tj
    while k < len(toks) and k - tj < 4 and toks[k].word and toks[k].low in _word_set("generic_caravan_words"):
        k += 1
    return k > tj and k < len(toks) and toks[k].low in ("caravans", "groups")


def _subject_across_apposition(z: Size, c: Cand, toks: list[Tok]) -> bool:
    """"Some 3,000 migrants, most of them from Central America, left Tapachula": the size is the subject of
    the trigger past an apposition set off by commas that opens with a word of cues.yaml's
    ``apposition_openers``, with no number in it."""
    k, ti = z.tok_end, c.ti
    if not (k + 1 < ti <= k + 2 + APPOSITION_MAX) or toks[k].text != "," or toks[ti - 1].text != ",":
        return False
    if toks[k + 1].low not in _word_set("apposition_openers"):
        return False
    return not any(t.low[:1].isdecimal() or t.text in ";:" for t in toks[k + 1 : ti - 1])


def _competing_estimates(toks: list[Tok], lows: list[str], sizes: list[Size]) -> dict[int, str]:
    """"Organizers put the number at about 11,000, while Mexican officials said about 6,000 people were
    walking": two sizes of one sentence, set against each other, each by its own estimator.  Returns
    id(size) -> its estimator, for each such size: each becomes a size mention with its estimator as actor
    (the graph then keeps them as one size on which the sources disagree)."""
    out: dict[int, str] = {}
    if len(sizes) < 2:
        return out
    cfg = cues()["competing_estimates"]
    contrast, verbs, apart = frozenset(cfg["contrast"]), frozenset(cfg["verbs"]), float(cfg["apart"])
    sized = sorted((z for z in sizes if z.value or z.high), key=lambda z: z.num_start)
    for a, b in zip(sized, sized[1:]):
        va, vb = a.value or a.high, b.value or b.high
        if abs(va - vb) <= apart * max(va, vb):
            continue
        if not any(w in contrast for w in lows[a.num_end : b.tok_start]):
            continue
        ea, eb = _estimator(toks, lows, a, verbs), _estimator(toks, lows, b, verbs)
        if ea and eb and ea.lower() != eb.lower():
            out[id(a)], out[id(b)] = ea, eb
    return out


def _estimated_sizes(toks: list[Tok], lows: list[str], sizes: list[Size], mover: dict[int, Cand]) -> set[int]:
    """ids of the sizes given by a verb of estimating in their clause ("authorities estimated that as many
    as 9,000 migrants crossed"), or by an institution or the organisers with a verb of saying when they are
    the group of a movement or a stay ("the city government said 4,841 people were sheltering at the
    complex"): a size report of their own, besides the movement they are the subject of."""
    if not sizes:
        return set()
    cfg = cues()["competing_estimates"]
    verbs, saying = frozenset(cfg["estimating"]), frozenset(cfg["saying"])
    out: set[int] = set()
    if any(w in verbs for w in lows):
        out = {id(z) for z in sizes if (z.value or z.high) and _estimator(toks, lows, z, verbs)}
    if any(w in saying for w in lows):
        sayers = _word_set("institutions") | frozenset(cfg["sayers"])
        counted = frozenset(cfg["counted_types"])
        for z in sizes:
            c = mover.get(id(z))
            if id(z) in out or c is None or c.type not in counted or not (z.value or z.high) or z.vague:
                continue
            k = _verb_before(lows, z.tok_start, saying)
            if k is not None and any(w in sayers for w in lows[max(0, k - 10) : k]):
                out.add(id(z))
    return out


def _verb_before(lows: list[str], k0: int, verbs: frozenset[str], reach: int = 6) -> int | None:
    """The position of a word of ``verbs`` at most ``reach`` tokens before k0 ("said on Tuesday that
    4,841"), None if there is none."""
    for k in range(k0 - 1, max(-1, k0 - reach - 1), -1):
        if lows[k] in verbs:
            return k
    return None


@lru_cache(maxsize=None)
def _openers() -> frozenset[str]:
    return frozenset(cues()["clause_openers"])


def _estimator(toks: list[Tok], lows: list[str], z: Size, verbs: frozenset[str]) -> str | None:
    """Who gives the size ``z``: the words before the verb of estimating or saying that precedes it in its
    clause ("Organizers put the number at ...", "officials said it was closer to ..."), or the words after
    "according to" right after it."""
    openers = _openers()
    k = z.tok_start - 1
    while k >= 0 and toks[k].word and z.tok_start - k <= 8:
        if lows[k] in verbs:
            j = k
            while j > 0 and toks[j - 1].word and k - j < 4 and lows[j - 1] not in openers:
                j -= 1
            if j < k:
                return " ".join(t.text for t in toks[j:k])
            return None
        k -= 1
    e = z.tok_end
    if e + 2 < len(toks) and toks[e].text == "," and lows[e + 1] == "according" and lows[e + 2] == "to":
        j = e + 3
        while j < len(toks) and toks[j].word and j - e - 3 < 5:
            j += 1
        if j > e + 3:
            return " ".join(t.text for t in toks[e + 3 : j])
    return None


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """One mention per event per sentence: merge same-type triggers that agree."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        merged = False
        for oi in range(max(0, len(out) - 8), len(out)):
            o = out[oi]
            if o.type != c.type or o.type == "statement" and o.actor != c.actor:
                continue
            if o.seg[o.ti] != c.seg[c.ti] and o.type != "size":
                continue  # "set out ..., hours before their Tuesday departure": another clause, another event
            if o.type != "size" and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start):
                _absorb(o, c)  # "spent Tuesday resting": "resting" is part of the longer trigger
                merged = True
                break
            if o.timex and c.timex and o.timex.id != c.timex.id:
                continue
            lo, lc = _loc_key(o), _loc_key(c)
            if lo and lc and not set(lo) & set(lc) and o.type not in ("march", "block", "arrive"):
                continue
            if o.type == "size" and o.size and c.size and o.size.value != c.size.value:
                continue
            if (o.modality == "actual") != (c.modality == "actual"):
                if o.start < c.end and c.start < o.end:
                    # one trigger inside the other ("will file asylum claims" / "asylum claims"): the longer
                    # one carries the verb, and the verb's modality
                    if c.end - c.start > o.end - o.start:
                        out[oi] = c
                        _absorb(c, o)
                    else:
                        _absorb(o, c)
                elif c.modality == "actual":
                    # keep the actual one
                    out[oi] = c
                    _absorb(c, o)
                merged = True
                break
            _absorb(o, c)
            merged = True
            break
        if not merged:
            out.append(c)
    return out


def _absorb(keep: Cand, other: Cand) -> None:
    names = {(r.place.name, r.role) for r in keep.places}
    for r in other.places:
        if (r.place.name, r.role) not in names:
            keep.places.append(r)
            names.add((r.place.name, r.role))
    keep.places.sort(key=lambda r: r.start)
    if keep.size is None and other.size is not None:
        keep.size = other.size
    if keep.timex is None and other.timex is not None:
        keep.timex = other.timex
    if keep.actor is None:
        keep.actor = other.actor
    keep.extra_rules.append(other.rule)


__all__ = ["find_events", "fold"]
