"""Where: the places of a trigger (object, preposition roles, the dateline's town, a caption's place),
nationalities and origin countries, crossings implied by a border post or an "across the border"."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from timeline.extract.event_cands import SUBJECT_DETERMINERS, ArticleCtx, Cand, counter_after, word_set
from timeline.extract.event_clauses import background_cues
from timeline.extract.event_context import DASHES, segment_bounds
from timeline.extract.event_lexicon import Tok, fold, past_form, phrase_set, verb_forms
from timeline.extract.event_models import fast
from timeline.extract.event_subjects import noun_use_before
from timeline.extract.places import (border_between, country_place, distance_km, gazetteer, object_of, place_by_name,
                                     role_before)
from timeline.extract.text import alternation, opens_insertion
from timeline.models import Place, PlaceRef
from timeline.resources import load_yaml

PLACE_AFTER = 16
PLACE_BEFORE = 10
_ORIGIN_COUNTRIES = frozenset({"HN", "GT", "SV", "NI"})
_DEICTIC = frozenset({"this", "here"})
ANTECEDENT_CHARS = 600  # how far back "the city" finds the town it stands for
NEAR_DATELINE_KM = 30  # "near" a crossing this close to the dateline's town: in that town


_CLAUSE_AFTER_DAY = frozenset({"the", "that", "when", "a", "an", "his", "her", "their", "its", "we", "they", "he",
                               "she", "i"})


def places_for(ctx: ArticleCtx, base: int, toks: list[Tok], seg: list[int], c: Cand,
                next_trigger: int | None = None, prev_trigger_end: int | None = None) -> list[PlaceRef]:
    """Places of the trigger's clause with their roles.

    The window runs from a few words before the trigger to the end of its clause segment, but stops at
    the next trigger and at a coordinating comma (", and", ", or", ", but"): what follows belongs to
    another verb.
    """
    refs: list[PlaceRef] = []
    a, b = segment_bounds(seg, c.ti)
    lo = max(a, c.ti - PLACE_BEFORE)
    hi = min(b, c.tj + PLACE_AFTER)
    if next_trigger is not None and next_trigger >= c.tj and not (
            c.type == "arrive" and next_trigger < len(toks) and toks[next_trigger].low in word_set("barrier_nouns")) \
            and not (next_trigger < len(toks) and toks[next_trigger].low in word_set("way_in_nouns")):
        # (not a barrier the group reached: "reached the police and army roadblock at Vado Hondo" is at Vado Hondo;
        # nor a way in: "had broken the column apart on the approach to Huixtla" is at Huixtla)
        hi = min(hi, next_trigger)
    if lo < c.ti and toks[c.ti - 1].text == "," and opens_insertion(
            ctx.text, max(0, toks[c.ti - 1].start - 160), toks[c.ti - 1].start):
        # "the first caravan, the one whose walk had begun in San Pedro Sula, came over on rafts": the places of
        # the relative clause the comma closes are its verb's
        lo = c.ti
    if prev_trigger_end is not None and prev_trigger_end <= c.ti:
        lo = max(lo, prev_trigger_end)
        for k in range(c.ti - 1, lo - 1, -1):  # "set off from Honduras and crossed into Mexico"
            if toks[k].low in ("and", "then", "but"):
                lo = k + 1
                break
    # "set out from the city on the day the Summit of the Americas opened in Los Angeles": a clause naming the
    # day by another event has its own places
    # ... and so does "set out from Tapachula as the Summit of the Americas met in Los Angeles" (an "as" / "while"
    # clause with a subject of its own after the trigger)
    openers = background_cues()[1]
    for k in range(c.tj, hi - 1):
        if toks[k].low == "day" and toks[k - 1].low == "the" and toks[k + 1].low in _CLAUSE_AFTER_DAY and k > c.tj:
            hi = k - 1
            break
        if toks[k].low in openers and toks[k + 1].low in SUBJECT_DETERMINERS:
            hi = k
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
            rel = f.tok_start - base
            heads = c.type == "depart" and rel >= c.tj + 2 and toks[rel - 1].low == "the" and \
                toks[rel - 2].low in ("for", "toward", "towards") and f.tok_end - base < len(toks) and \
                toks[f.tok_end - base].low in ("border", "frontier")
            # ("set off for the Guatemalan border": where it heads)
            demonyms.append(ctx.places.ref(f, "towards" if heads else "mention"))
            continue
        rel = f.tok_start - base
        if rel < c.ti and (_in_simultaneous_clause(ctx, base, f.tok_start) or
                           _in_day_apposition(ctx, base, f.tok_start)) and any(t.text == "," for t in toks[rel : c.ti]):
            # "as the Summit of the Americas opened in Los Angeles, thousands left the city"; "On Oct. 1, the day the
            # new president took office in Mexico City, a smaller one ... set off from the same park"
            continue
        if rel < c.ti and _in_relative_before(toks, rel, c.ti):
            continue  # "a small column, mostly Cubans whose appointments at the U.S. border had been cancelled, left"
        if rel < c.ti and c.type not in ("depart", "size") and _in_subject_relative(toks, rel, c.ti):
            continue  # "A group of some hundreds that left Tapachula on Aug. 28 was broken up": where it came from
        # "left at dawn for Chiquimula": after a verb of leaving, "for" names the destination
        role = role_before(ctx.toks, f.tok_start, for_role="towards" if rel >= c.tj and c.type in word_set(
            "for_destination_types") else None)
        if role is None:
            # the trigger's direct object: "left Huixtla", "reached Tijuana"
            between = [t for t in toks[c.tj : rel]]
            if rel >= c.tj and (len(between) <= 2 and all(t.low in noun_use_before() for t in between)
                                or object_of(toks, rel, c.tj)):
                role = c.trig.object_role or "at"  # "left Huixtla", "left the southern Mexican city of Tapachula"
            elif c.type == "depart" and 3 <= rel < c.ti and toks[rel - 1].low == "of" and toks[rel - 2].low == "out" \
                    and toks[rel - 3].text == ",":
                role = "from"  # "The autumn's first big caravan, out of San Pedro Sula, took to the road": its origin
            elif rel < c.ti or (f.place.kind == "country" and rel >= 1 and toks[rel - 1].low == "by"):
                role = "mention"  # ("returned by Guatemala": the state that acts, no place of the event)
            elif rel - c.tj <= 3 or _post_of(toks, c.tj, rel):
                role = "at"  # ("halted it at the border post of Corinto")
            else:
                role = "mention"
        if role != "mention" and rel < c.ti and f.place.kind == "country" and _feast_of(ctx, f.start):
            role = "mention"  # "On Nov. 5, election day in the United States, a caravan ... left": whose feast
        if role != "mention" and c.type == "size" and rel > c.tj and f.place.kind == "country" and \
                toks[rel - 1].low == "in" and counter_after(toks, f.tok_end - base):
            role = "mention"  # "close to 3,000 people, a migrants' advocacy group in Honduras said": who counted
        if role != "mention" and f.tok_end - base < len(toks) and toks[f.tok_end - base].low in ("side", "road") and \
                rel >= 1 and toks[rel - 1].low == "the":
            role = "mention"  # "a few kilometres short of town, on the Mapastepec side": which way, not where
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
    # (before a crossing, any group's: "the first caravan from Honduras floated over on inner tubes"; after a block,
    # a crossing or papers given, the group acted on: "soldiers and riot police blocked the caravan from Honduras")
    refs = [r.model_copy(update={"role": "mention"}) if r.role == "from" and (
        r.start < trig_start and (_from_people(ctx, r.start) or c.type == "cross_border" and _from_group(ctx, r.start))
        or r.start > trig_start and c.type in ("block", "cross_border", "asylum") and _from_group(ctx, r.start))
        else r for r in refs]
    if any(r.role == "at" for r in refs):
        refs = [r.model_copy(update={"role": "mention"}) if r.role == "at" and (
            r.start < trig_start and _others_there(toks, r.start) or _gathering_place(toks, r.start)) else r
            for r in refs]
    # "this railway terminus", "here", "arrived in the city" (filed from that city): the dateline's place
    # (unless the clause has a place already)
    # "the city", "the border town": the city or town the article named last (see _definite_settlement)
    first = c.tj - 1 if c.tj > c.ti and toks[c.tj - 1].low == "here" else c.tj  # (the trigger "got here")
    # ("filed out of the city centre": the town inside the trigger's own words)
    first = next((k for k in range(c.ti + 1, c.tj - 1) if toks[k].low == "the" and
                  toks[k + 1].low in word_set("definite_settlement_nouns")), first)
    for k in range(max(a, first), min(b, c.tj + 6)):
        deictic = ctx.dateline is not None and toks[k].low in _DEICTIC
        noun = next((q for q in range(k + 1, min(len(toks), k + 4)) if toks[q].low in word_set("deictic_nouns")),
                    None) if deictic else None
        if deictic and (toks[k].low == "here" or noun is not None):
            place, last = ctx.dateline, k  # the reference is the deictic word
            if noun is not None:
                # "rested in this Chiapas town": the state only qualifies the town the story is filed from
                lo_, hi_ = toks[k].start, toks[noun].end
                refs = [r for r in refs if not (lo_ <= r.start and r.end <= hi_)]
        else:
            got = _definite_settlement(ctx, toks, base, k, seg)
            if got is None:
                continue
            place, last = got
        if not any(r.role in ("from", "at", "to", "into") and r.start >= trig_start for r in refs):
            # ("... killed in a fire in Ciudad Juárez last month, came to a halt in this Chiapas town": a
            # place before the verb is an earlier clause's when the verb names its own)
            refs = [r for r in refs if not (r.role == "at" and r.start < trig_start)]
            role = role_before(toks, k) or (c.trig.object_role or "at")
            refs.append(fast(PlaceRef, place=place, role=role, start=toks[k].start, end=toks[last].end,
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
    # "covered 18 kilometres on Monday, to Álvaro Obregón, and reached Huixtla": a verb coordinated by "and"
    # with a place of its own after it; the places before the "and" are the first verb's
    if c.ti >= 1 and (toks[c.ti - 1].low == "and" or c.ti >= 2 and toks[c.ti - 1].low == "then"
                      and toks[c.ti - 2].low == "and") and \
            any(r.role in ("to", "into", "at") and r.start >= trig_start for r in refs):
        refs = [r.model_copy(update={"role": "mention"}) if r.start < trig_start and r.role != "mention" else r
                for r in refs]
    if demonyms and all(r.role == "mention" for r in refs):
        refs.extend(demonyms)
    return refs


_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")


def _feast_of(ctx: ArticleCtx, at: int) -> bool:
    """Does the place at character ``at`` follow a feast's name and "in" ("election day in the United States")?"""
    k = bisect.bisect_left(ctx.timex_starts, at) - 1
    if k < 0:
        return False
    t = ctx.timexes[k]
    return t.rule.startswith("date_holiday") and _IN_THE.fullmatch(ctx.text, t.end, at) is not None


_OTHERS_EVENT_REACH = 6  # words from a gathering noun to the "in" before its place


def _others_there(toks: list[Tok], start: int) -> bool:
    """Does the place starting at ``start`` follow "<noun> meeting in" (``others_there_participles``), the noun
    not a group's ("the leaders meeting in Los Angeles")?"""
    k = bisect.bisect_left(toks, start, key=lambda t: t.start)
    return k >= 3 and toks[k - 1].low in ("in", "at") and toks[k - 2].low in word_set("others_there_participles") \
        and toks[k - 3].word and (toks[k - 3].low,) not in phrase_set("group_nouns")


def _gathering_place(toks: list[Tok], start: int) -> bool:
    """Does the place starting at ``start`` follow "in" / "at" a few words after a gathering of others
    (``others_event_nouns``: "timed to the meeting of the hemisphere's leaders in Los Angeles")?"""
    k = bisect.bisect_left(toks, start, key=lambda t: t.start)
    if k < 2 or toks[k - 1].low not in ("in", "at"):
        return False
    for j in range(k - 2, max(-1, k - 2 - _OTHERS_EVENT_REACH), -1):
        if not toks[j].word:
            return False
        if toks[j].low in word_set("others_event_nouns"):
            return True  # "timed to the meeting of the hemisphere's leaders in Los Angeles": the meeting's place
    return False


def _definite_settlement(ctx: ArticleCtx, toks: list[Tok], base: int, k: int,
                         seg: list[int]) -> tuple[Place, int] | None:
    """"the city", "the town", "the border city" at sentence token k (not "the city of X"): the city or town the
    article named last, and the index of the noun.  The dateline's town, when the article named none before;
    another town only within ``ANTECEDENT_CHARS`` (a definite description refers back to the nearest
    antecedent; far back, the reference is lost).  A town someone comes from ("a man from Olanchito") and a
    town in another clause of the same sentence ("as the summit opened in Los Angeles, thousands left the
    city") and a town the sentence's group leaves ("started out of Tapachula ..., reached the town square") are
    not antecedents; nor, in a story filed from a town, one of an earlier paragraph ("... a furniture maker in
    Huixtla. // On Nov. 5 a caravan ... left the city before dawn": the dateline's Tapachula)."""
    that = toks[k].low == "that" and k > 0 and toks[k - 1].low in word_set("that_settlement_after")
    if toks[k].low != "the" and not that:
        return None  # (not a conjunction's "that": "said that city officials had ...")
    n = k + 1
    if n < len(toks) and toks[n].low in word_set("definite_settlement_modifiers"):
        n += 1  # "the border city", "the southern town"
    if n >= len(toks):
        return None
    # ("carry a tall wooden cross out of that city's main square": the city whose square it is)
    noun = toks[n].low.removesuffix("'s").removesuffix("’s") if that else toks[n].low
    if noun not in word_set("definite_settlement_nouns"):
        return None
    if n + 1 < len(toks) and toks[n + 1].low == "of":
        return None
    dateline = ctx.dateline if ctx.dateline is not None and ctx.dateline.kind in ("city", "town") else None
    # "The caravan before it left the same city on Jan. 15, 2020" (after "The caravan had left on Friday from San
    # Pedro Sula", a paragraph before): "the same city" names the town told last, even one left from
    same = toks[k + 1].low == "same"
    # "the city" is no town ("broke it up at Vado Hondo. ... another group left the city on Oct. 1")
    kinds = ("city",) if noun == "city" else ("city", "town")
    i = bisect.bisect_left(ctx.place_positions, base + k) - 1
    while i >= 0:
        f = ctx.place_tok[ctx.place_positions[i]]
        at_dateline = dateline is not None and f.place is not None and \
            (f.place.name, f.place.country) == (dateline.name, dateline.country)
        # ("that city" is never the story's own town, which is "this city")
        if not f.demonym and f.place is not None and f.place.kind in kinds and not (that and at_dateline) and \
                not (base <= f.tok_start < base + k and _in_simultaneous_clause(ctx, base, f.tok_start)):
            # (not a town of a side clause before it: "with a new president taking office in Mexico City, a group ...
            # set out from the same square")
            if at_dateline:
                return dateline, n
            if toks[k].start - f.end > ANTECEDENT_CHARS:
                return None
            if same or that:
                return f.place, n  # ("that city": the one named last, even one someone comes from)
            if dateline is not None and "\n" in ctx.text[f.end : toks[k].start]:
                return dateline, n  # (a town of an earlier paragraph: the story's own city)
            j = f.tok_start - base
            left = j >= 0 and any(tuple(ctx.lows[max(0, f.tok_start - len(p)) : f.tok_start]) == p
                                  for p in phrase_set("settlement_left_before"))
            sent = f.tok_start >= 2 and ctx.lows[f.tok_start - 2] in word_set("sent_from_nouns")
            if not (ctx.lows[f.tok_start - 1] == "from" and not sent if f.tok_start else False) and not left and \
                    (j < 0 or segment_bounds(seg, j) == segment_bounds(seg, k) or _in_main_clause(toks, seg, j)) and \
                    not (j < 0 and _side_clause_before().search(ctx.text, max(0, ctx.tok_starts[f.tok_start] - 80),
                                                              ctx.tok_starts[f.tok_start])):
                # (nor one of a side clause of an earlier sentence: "left Tapachula on the 6th, as the hemisphere's
                # leaders gathered in Los Angeles for a summit. ... the procession left the city with its cross")
                return f.place, n
        i = bisect.bisect_left(ctx.place_positions, f.tok_start) - 1
    return (dateline, n) if dateline is not None and not that else None


@lru_cache(maxsize=None)
def _side_clause_before() -> re.Pattern:
    """A side clause opened after a comma (cues.yaml's ``side_clause_openers``) that runs on to the point searched
    from: ", as the hemisphere's leaders gathered in "."""
    return re.compile(rf",\s+(?:{alternation(word_set('side_clause_openers'))})\s+[^,.;:!?\n]*$")


def _in_main_clause(toks: list[Tok], seg: list[int], j: int) -> bool:
    """Is token j in the clause that opens the sentence, not one a clause opener starts ("flew to Tapachula on
    Dec. 23 and stood at the edge of the crowd when the caravan left the city": Tapachula is "the city"; "as the
    summit opened in Los Angeles, thousands left the city": Los Angeles is not)?"""
    return segment_bounds(seg, j)[0] == 0 and toks[0].low not in word_set("clause_openers")


def _word_before_from(ctx: ArticleCtx, at: int) -> str | None:
    """The word before "from" when "from" stands right before the place at character ``at``; else None."""
    k = bisect.bisect_left(ctx.tok_starts, at) - 1  # the token before the place: "from"
    return ctx.lows[k - 1] if k >= 1 and ctx.lows[k] == "from" else None


def _from_people(ctx: ArticleCtx, at: int) -> bool:
    """Is the place at character ``at`` after "<people> from" ("children from Honduras")?"""
    return _word_before_from(ctx, at) in word_set("people_from")


def _from_group(ctx: ArticleCtx, at: int) -> bool:
    """Is the place at character ``at`` after a group noun and "from" ("the caravan from Honduras")?"""
    return (_word_before_from(ctx, at),) in phrase_set("group_nouns")


def _sentence_country(ctx: ArticleCtx, base: int, n: int, at: int) -> Place | None:
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


def place_noun(toks: list[Tok], ti: int) -> bool:
    """A barrier noun after a preposition ("short of the roadblock", "marched to the roadblock") names a place
    ("fired tear gas at a roadblock", "forced their way past a police cordon" keep it: the block happened there)."""
    if toks[ti].low not in word_set("barrier_nouns"):
        return False
    k = ti - 1
    while k >= 0 and k >= ti - 3 and toks[k].low in ("the", "a", "an", "police", "military", "army", "its", "their"):
        k -= 1
    return k >= 0 and toks[k].low in word_set("barrier_place_preps")


def group_nationality(ctx: ArticleCtx, a: int, b: int) -> str | None:
    """The one nationality sentence tokens [a, b) give a group of people: plural demonyms ("Hondurans") and
    demonyms before a people noun ("Salvadoran families", "the Honduran-led caravan"), a country after one and
    "from" ("the second big group from Honduras"); None when the sentence names none or several ("Hondurans,
    Guatemalans and Salvadorans")."""
    pp = ctx.place_positions
    nouns = word_set("nationality_nouns")
    found: set[str] = set()
    seen: set[int] = set()
    for pos in pp[bisect.bisect_left(pp, a) : bisect.bisect_left(pp, b)]:
        f = ctx.place_tok[pos]
        if id(f) in seen or f.place is None or not f.place.country or f.place.country in word_set("not_group_nations"):
            continue
        if not f.demonym:
            if f.place.kind == "country" and _from_people(ctx, f.start):
                found.add(f.place.country)  # "The second big group from Honduras"
            continue
        seen.add(id(f))
        k = f.tok_end
        while k < b and ctx.toks[k].text in ("-", "–"):
            k += 1
        if f.text.endswith("s") or (k < b and ctx.lows[k] in nouns):
            found.add(f.place.country)
    for k in range(a, b):  # "the Honduran-led caravan" (one token)
        low = ctx.lows[k]
        if "-" in low and low.rsplit("-", 1)[1] in word_set("nationality_suffixes") and \
                (country := _demonym_country(low.rsplit("-", 1)[0])) is not None:
            found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def demonym_ref(r: PlaceRef) -> bool:
    """Is the place named by its demonym ("for the Guatemalan border")?"""
    return _demonym_country(r.text) is not None


@lru_cache(maxsize=256)
def _demonym_country(word: str) -> str | None:
    name = gazetteer().demonyms.get(fold(word))
    p = place_by_name(name) if name else None
    return p.country if p is not None else None


def back_elsewhere(c: Cand, toks: list[Tok]) -> bool:
    """Is a return "back to" something no home (cues.yaml's ``back_to_not_home``): "most had gone back to the
    road in twos and threes" (the walk taken up again), "Some of those walkers came back to the park" (where they
    had camped), "the shelves go back to the four-week plan", "sent most of them back to town"?"""
    after = [t.low for t in toks[c.tj : c.tj + 4]]
    if c.trigger_text.lower().endswith(" to"):
        after = ["to"] + after  # ("came back to": the trigger's own "to")
    return after[:1] == ["to"] and not word_set("back_to_not_home").isdisjoint(after[1:4])


def return_ok(c: Cand, toks: list[Tok]) -> bool:
    home = word_set("home_words")
    after = [t.low for t in toks[c.tj : c.tj + 4]]
    if len(after) > 1 and after[0] == "to" and after[1].endswith("ing") and "back" in c.trigger_text.lower():
        return False  # "the strip went back to appearing on Sundays": back to doing something, no return
    if c.trigger_text.lower().endswith(" to"):
        after = ["to"] + after  # ("came back to": the trigger's own "to")
    if back_elsewhere(c, toks):
        return False
    if after[:2] == ["and", "forth"]:
        return False  # "stones and tear gas went back and forth over the gate": to and fro, no return
    words = [t.low for t in toks[c.ti : c.tj + 2]]
    if any(w == "to" and x in ("him", "her", "me") for w, x in zip(words, words[1:])):
        return False  # "it came back to him by post from Monterrey": a thing back to its owner
    if any(w in home for w in after) or any(w in home for w in c.trigger_text.lower().split()):
        return True
    for r in c.places:
        if r.role in ("to", "into", "towards", "at") and (r.place.country in _ORIGIN_COUNTRIES):
            return True
    origin = word_set("origin_border_adjectives")
    return any(w in origin and x == "border" for w, x in zip(after, after[1:]))


def _near_before(toks, rel: int) -> bool:
    """"near (the) X": the preposition before the place at token ``rel``, past a determiner."""
    k = rel - 1
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k].low == "near"


_WHOSE = frozenset(("whose", "who", "which", "where"))


def _in_relative_before(toks: list[Tok], rel: int, ti: int) -> bool:
    """Is the place at token ``rel`` inside a relative clause ("whose", "who" ... after the last comma before it)
    that a comma closes before the trigger at ``ti`` ("a small column, mostly Venezuelans and Cubans whose
    appointments at the U.S. border had just been cancelled, left the central park")?"""
    if not any(t.text == "," for t in toks[rel:ti]):
        return False
    for k in range(rel - 1, -1, -1):
        if not toks[k].word:
            return False
        if toks[k].low in _WHOSE:
            return True
    return False


_SUBJECT_RELATIVE_REACH = 8  # words from a relative pronoun to a place in its clause


def _in_subject_relative(toks: list[Tok], rel: int, ti: int) -> bool:
    """Is the place at token ``rel`` inside a relative clause on the subject, with a past verb of its own, that runs
    on to the trigger at ``ti`` with no comma ("A group of some hundreds that left Tapachula on Aug. 28 was broken
    up the next day": the group's own past, not where the trigger happened)?"""
    if any(t.text == "," for t in toks[rel:ti]):
        return False
    for k in range(rel - 1, max(-1, rel - _SUBJECT_RELATIVE_REACH), -1):
        if not toks[k].word:
            return False
        if toks[k].low in ("that", "who", "which"):
            return k > 0 and toks[k - 1].word and any(past_form(t.low) for t in toks[k + 1 : rel])
    return False


def also_crossings(cands: list[Cand]) -> list[Cand]:
    """"forced its way through the Corinto border post into Guatemala", "... across the border": a trigger marked
    ``also: cross_border`` in triggers.yaml whose clause enters a country (or goes across a border or river) after
    it is a crossing, with the same places, time and modality (rule ``cross_border.<id>``; the caller drops the
    block it was copied from, its ``twin``: the clash is how the group crossed); not right after a verb of
    beginning (cues.yaml's ``also_not_after``)."""
    out = []
    posts = sorted(((r.end, r) for o in cands for r in o.places if r.place.kind in ("crossing", "bridge")),
                   key=lambda p: p[0])
    post_ends = [e for e, _ in posts]
    for c in cands:
        # (a cordon forced at a border post, when no verb after it in the sentence tells the forcing again: "forced
        # the Guatemalan checkpoint at Corinto, shouldering past its police and troops, on Oct. 1" is one crossing)
        forced = _forced_at_border_post(c) and not any(o.trig.also and o.ti > c.ti for o in cands)
        post = _post_before_state(c, posts, post_ends) if c.trig.also else None
        if c.trig.also and (any(r.role == "into" and r.place.kind == "country" and r.start >= c.end for r in c.places)
                            or post is not None
                            or _across_border_after(c) or _past_border_post(c) or forced) and \
                word_set("also_not_after").isdisjoint(t.low for t in c.toks[max(0, c.ti - 2) : c.ti]):
            # (crossed at the post the sentence named: "reached the Corinto crossing and ... pushed their way through
            # them into Izabal" crossed at Corinto, into Izabal)
            places = [post.model_copy(update={"role": "at"})] + list(c.places) if post is not None else list(c.places)
            # ("forced its way past the police guarding the Corinto post, over in Izabal": crossed at that post)
            places = [r.model_copy(update={"role": "at"}) if r.role == "mention" and r.place.kind == "crossing" and
                      r.start >= c.end and _kept_post(c, r) else r for r in places]
            out.append(replace(c, type=c.trig.also, rule=_rule_as(c, c.trig.also), places=places, actor=None,
                               extra_rules=[], twin=c))
    return out


def _post_before_state(c: Cand, posts: list[tuple[int, PlaceRef]], post_ends: list[int]) -> PlaceRef | None:
    """"reached the Corinto crossing and ... pushed their way through them into Izabal": the border crossing or bridge
    the trigger's sentence named before it (``posts``: the crossings and bridges of the sentence's candidates, by
    their ends), when the trigger goes into a state of another country; else None."""
    k = bisect.bisect_right(post_ends, c.start)
    if k == 0:
        return None
    post = posts[k - 1][1]
    if any(r.role == "into" and r.place.kind == "state" and r.start >= c.end and
           r.place.country not in (None, post.place.country) for r in c.places):
        return post
    return None


def _rule_as(c: Cand, type_: str) -> str:
    """The candidate's rule under another event type: "block.force_way+x" as "cross_border.force_way+x"."""
    return type_ + "." + c.trig.rule.split(".", 1)[1] + c.rule[len(c.trig.rule):]


def into_country(cands: list[Cand]) -> list[Cand]:
    """"the caravan walked into Guatemala": a trigger marked ``into_country: cross_border`` in triggers.yaml whose
    first place after it, gone into, is a country crosses that country's border (rule ``cross_border.<id>``)
    rather than arriving somewhere."""
    out = []
    for c in cands:
        # (or the place right after a trigger ending in "in": "was in Guatemala")
        after = [r for r in c.places if r.start >= c.end and (r.role in ("to", "into") or r.role == "at" and
                                                               c.toks[c.tj - 1].low == "in")]
        if c.trig.into_country and after and min(after, key=lambda r: r.start).place.kind == "country":
            c = replace(c, type=c.trig.into_country, rule=_rule_as(c, c.trig.into_country))
        out.append(c)
    return out


_POST_KINDS = frozenset({"crossing", "border", "bridge"})


def reached_past_line(cands: list[Cand]) -> list[Cand]:
    """"reached the post at Corinto and walked straight through a line of Guatemalan police": a trigger marked
    ``after_reach`` in triggers.yaml makes the actual reach of a border post told before it in its sentence the
    crossing there (rule ``cross_border.<reach id>+<its id>``, the arrival's places and time); without one it is a
    crossing only at a border post named after it ("walked straight through the cordon of police at Corinto")."""
    if not any(c.trig.after_reach for c in cands):
        return cands
    out: list[Cand] = []
    for c in cands:
        if not c.trig.after_reach:
            out.append(c)
            continue
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].rule.startswith("arrive.reach") and
                  out[k].modality == "actual" and out[k].end <= c.start and
                  any(r.place.kind in _POST_KINDS for r in out[k].places)), None)
        if k is not None:
            r = out[k]
            places = [p.model_copy(update={"role": "at"}) if p.role == "to" else p for p in r.places]
            out[k] = replace(r, type="cross_border", rule=f"cross_border.{r.rule.split('.', 1)[1]}+"
                             f"{c.trig.rule.split('.', 1)[1]}", places=places)
        elif any(r.place.kind in _POST_KINDS and r.role == "at" and r.start >= c.end for r in c.places):
            out.append(c)  # "walked straight through the cordon of Guatemalan police at Corinto": at the post
    return out


def reached_river_and_crossed(cands: list[Cand]) -> list[Cand]:
    """"the front of the second group reached the Suchiate and waded across": reaching the border river, then
    crossing it in the same clause, is the crossing (told by its own trigger), no arrival of its own."""
    crossings = [c for c in cands if c.type == "cross_border" and c.modality == "actual"]
    if not crossings:
        return cands
    return [c for c in cands if not (
        c.rule.startswith("arrive.reach") and c.modality == "actual" and
        any(r.place.kind == "river" for r in c.places) and
        any(0 < x.ti - c.tj <= _RIVER_THEN_CROSS and "and" in [t.low for t in c.toks[c.tj : x.ti]] and
            not any(t.text in ".;" for t in c.toks[c.tj : x.ti]) for x in crossings))]


_RIVER_THEN_CROSS = 6  # words from "reached the Suchiate" to the crossing's verb ("and waded across")


def _forced_at_border_post(c: Cand) -> bool:
    """"forced the Guatemalan cordon at Corinto on Oct. 1": through the cordon at a border crossing named after it."""
    return c.toks[c.ti].low in verb_forms("force") and any(
        r.place.kind == "crossing" and r.role == "at" and r.start >= c.end for r in c.places)


def _past_border_post(c: Cand) -> bool:
    """"pushed past the lightly staffed Corinto border post": a border crossing named after *past* / *through*
    (in the trigger or right after it) is passed, so crossed; so is one the group pushed past the police at ("at the
    Corinto border post they pushed through the line of Guatemalan police")."""
    words = [t.low for t in c.toks[c.ti + 1 : c.tj + 2]]  # ("pushed past": the word may be the trigger's own)
    if not {"past", "through"} & set(words):
        return False
    return any(r.place.kind == "crossing" and (r.start >= c.end and (r.role != "mention" or _kept_post(c, r)) or
                                               r.role == "at" and c.toks[0].start <= r.start < c.start)
               for r in c.places) or _post_noun_near(c)


def _kept_post(c: Cand, r: PlaceRef) -> bool:
    """"forced its way past the police guarding the Corinto post": a crossing named after a verb of keeping it
    (cues.yaml's ``post_keepers``), perhaps with "the" between."""
    k = bisect.bisect_left([t.start for t in c.toks], r.start) - 1
    if k >= 0 and c.toks[k].low == "the":
        k -= 1
    return k > c.tj and c.toks[k].low in word_set("post_keepers")


_POST_AFTER = 6  # tokens after a clash trigger in which "at the crossing" is looked for


_POST_BEFORE_AND = 8  # words from "and" back to the post the verb joined before it reached


def _post_noun_near(c: Cand) -> bool:
    """"push past the police at the crossing", "the same crossing where the Hondurans pushed through the police": a
    border post (cues.yaml's ``post_nouns``) right after "at the" in the trigger's clause, before "where" just
    before its subject, or in the words of the verb joined before it by "and"."""
    posts = word_set("post_nouns")
    lows = [t.low for t in c.toks]
    for k in range(c.tj, min(len(lows) - 2, c.tj + _POST_AFTER)):
        if lows[k] in (",", ";", ".", "and"):
            break
        if lows[k] == "at" and lows[k + 1] == "the" and lows[k + 2] in posts:
            return True
    w = next((k for k in range(c.ti - 1, max(-1, c.ti - 5), -1) if lows[k] == "where"), None)
    if w is not None and w >= 1 and lows[w - 1] in posts:
        return True
    # "had reached the Corinto crossing on the Caribbean side and elbowed past a cordon": the post of the verb
    # joined before it
    if c.ti < 1 or lows[c.ti - 1] != "and":
        return False
    for k in range(c.ti - 2, max(-1, c.ti - 2 - _POST_BEFORE_AND), -1):
        if lows[k] in (",", ";", ".", "and"):
            return False
        if lows[k] in posts:
            return True
    return False


def _across_border_after(c: Cand) -> bool:
    """"forced its way across the border this week": *across* and a border noun (cues.yaml's ``across_nouns``)
    right after the trigger."""
    after = [t.low for t in c.toks[c.tj : c.tj + 5]]
    if "across" not in after:
        return False
    k = after.index("across")
    return not word_set("across_nouns").isdisjoint(after[k + 1 : k + 4])


def _comma_before(ctx: ArticleCtx, base: int, pos: int) -> int:
    """The last comma or semicolon before token ``pos`` in its sentence (which starts at token ``base``), or
    ``base``."""
    k = pos - 1
    while k > base and ctx.toks[k].text not in (",", ";"):
        k -= 1
    return k


_POST_OF_WORDS = 4  # words of "the border post of" between a trigger's "at" and the place


def _post_of(toks: list[Tok], tj: int, rel: int) -> bool:
    """Do "the", a few lower-case words and "of" stand between "at" (the trigger's last word or the one after it)
    and the place at ``rel`` ("halted it at | the border post of | Corinto", "stopped them | at the border post of |
    Corinto")?"""
    if tj < len(toks) and toks[tj].low in ("it", "them"):
        tj += 1
    if tj < len(toks) and toks[tj].low == "at":
        tj += 1
    elif tj < 1 or toks[tj - 1].low != "at":
        return False
    return 3 <= rel - tj <= _POST_OF_WORDS + 1 and toks[tj].low == "the" and toks[rel - 1].low == "of" and \
        all(t.word and t.text.islower() for t in toks[tj + 1 : rel - 1])


def _in_simultaneous_clause(ctx: ArticleCtx, base: int, pos: int) -> bool:
    """Is token ``pos`` in a clause opened by *as* / *while*, or *with* and a participle or a word of
    ``absolute_predicates`` (at the sentence start or after a comma): "On June 6, as the Summit of the Americas opened
    in Los Angeles, thousands left the city" (what
    else happened then, and where: not where they left from)?"""
    k = _comma_before(ctx, base, pos)
    first = k + 1 if ctx.toks[k].text in (",", ";") else k
    # (or an absolute phrase opened by "with": "on Oct. 1, with a new president taking office in Mexico City, a group
    # of several hundred set out from the same square"; "with the inauguration in Washington still hours away")
    if first >= pos:
        return False
    if ctx.lows[first] in background_cues()[1]:
        return True
    if ctx.lows[first] != "with":
        return False
    end = next((j for j in range(pos, len(ctx.toks)) if not ctx.toks[j].word), len(ctx.toks))
    return any(w.endswith("ing") for w in ctx.lows[first + 2 : pos]) or \
        not word_set("absolute_predicates").isdisjoint(ctx.lows[pos + 1 : end])


def _in_day_apposition(ctx: ArticleCtx, base: int, pos: int) -> bool:
    """Is token ``pos`` in a phrase after a comma that names a day by another event ("On Oct. 1, the day the new
    president took office in Mexico City, ...")?"""
    k = _comma_before(ctx, base, pos)
    return ctx.toks[k].text == "," and k + 3 < pos and ctx.lows[k + 1] == "the" and ctx.lows[k + 2] == "day" and \
        ctx.lows[k + 3] in _CLAUSE_AFTER_DAY


def _between_dashes(ctx: ArticleCtx, base: int, pos: int, ti: int) -> bool:
    """Is token ``pos`` inside a phrase set off by dashes before the trigger at ``ti`` ("After resting in the park
    — on Wednesday a U.S. delegation met Mexico's president in Mexico City — it headed out toward Escuintla": an
    aside, not where the group left from)?"""
    return any(ctx.toks[k].text in DASHES for k in range(pos + 1, ti)) and \
        any(ctx.toks[k].text in DASHES for k in range(base, pos))


def origin_before(ctx: ArticleCtx, base: int, ti: int, prev_cands: list[Cand]) -> PlaceRef | None:
    """Where a departure that names only its destination left from: the nearest place of cues.yaml's
    ``origin_before_kinds`` named before the trigger in its sentence with a locative role, else the place of
    the previous sentence's last actual stay or arrival (``prev_cands``); None when there is neither."""
    kinds = word_set("origin_before_kinds")
    pp = ctx.place_positions
    for pos in reversed(pp[bisect.bisect_left(pp, base) : bisect.bisect_left(pp, base + ti)]):
        f = ctx.place_tok[pos]
        if pos != f.tok_start or f.place is None or f.demonym or f.place.kind not in kinds:
            continue  # (a place is looked at once, from its first token)
        if role_before(ctx.toks, f.tok_start) in ("at", "to", "into") and not _in_simultaneous_clause(ctx, base, pos) \
                and not _between_dashes(ctx, base, pos, base + ti):
            return fast(PlaceRef, place=f.place, role="from", start=f.start, end=f.end, text=f.text)
    for c in reversed(prev_cands):
        if c.type in ("stay", "arrive") and c.modality == "actual":
            for r in c.places:
                if r.role in ("at", "to", "into") and r.place.kind in kinds:
                    return r.model_copy(update={"role": "from"})
            return None
    return None


def antecedent_place(ctx: ArticleCtx, base: int, toks: list[Tok], seg: list[int], ti: int) -> PlaceRef | None:
    """'the border with Guatemala, which the caravan crossed': the object of the verb is the antecedent."""
    a, _ = segment_bounds(seg, ti)
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


def where_antecedent(ctx: ArticleCtx, base: int, toks: list[Tok], seg: list[int], ti: int) -> PlaceRef | None:
    """'drove to Huixtla on Christmas Day, where the caravan had arrived that morning': a ", where" clause
    happens at the place told just before the comma (at most eight words back, a date between allowed)."""
    a, _ = segment_bounds(seg, ti)
    if a < 2 or toks[a].low != "where" or toks[a - 1].text != ",":
        # "in Huixtla, where, by the account of a volunteer kitchen, its front arrived": an insertion right after
        # "where" closes its segment at the comma; the clause goes on after it
        a = next((k for k in range(ti - 1, max(1, ti - _WHERE_INSERTION), -1) if toks[k].low == "where"
                  and toks[k - 1].text == "," and toks[k + 1].text == ","), -1)
        if a < 2 or any(toks[k].text in (";", ".", ":") for k in range(a, ti)):
            return None
    for k in range(a - 2, max(-1, a - 10), -1):
        if toks[k].text in (",", ";", ".", ":"):
            return None
        f = ctx.place_tok.get(base + k)
        if f is not None:
            if f.place is None or f.demonym:
                return None
            return fast(PlaceRef, place=f.place, role="at", start=f.start, end=f.end, text=f.text)
    return None


_WHERE_INSERTION = 20  # tokens between ", where," and the trigger of its clause (an insertion between)
_THERE_REACH = 40  # tokens back (about the previous sentence) in which "there" finds its place
_WHERE_CLAUSE_CHARS = 80  # characters back from a place to the ", where" that opens the clause it is in
_WHERE_CLAUSE_BEFORE = re.compile(r",\s+where\s[^.;:!?\n]*$")


def there_antecedent(ctx: ArticleCtx, base: int, toks: list[Tok], ti: int, tj: int) -> PlaceRef | None:
    """'In Tijuana, feelings hardened. The first buses ... pulled in there on Tuesday': "there" right after the
    trigger (or ending it) is the last town, shelter or crossing named before it (cues.yaml's
    ``origin_before_kinds``, at most about a sentence back)."""
    if not any(toks[k].low == "there" for k in range(ti + 1, min(len(toks), tj + 2))):
        return None
    kinds = word_set("origin_before_kinds")
    pp = ctx.place_positions
    i = bisect.bisect_left(pp, base + ti) - 1
    while i >= 0 and pp[i] >= base + ti - _THERE_REACH:
        f = ctx.place_tok[pp[i]]
        if f.place is not None and _WHERE_CLAUSE_BEFORE.search(ctx.text, max(0, f.start - _WHERE_CLAUSE_CHARS), f.start):
            i -= 1  # "the run of cuts at Vado Hondo, where the road from Honduras meets the one from Esquipulas. ...
            continue  # shut the highway there": not a place of the where-clause that describes the one named
        if f.place is not None and not f.demonym and f.place.kind in kinds:
            return fast(PlaceRef, place=f.place, role="at", start=f.start, end=f.end, text=f.text)
        if f.place is not None and not f.demonym and f.place.kind not in ("country", "state", "region"):
            return None  # (a nearer place of another kind: not sure which one "there" is)
        i -= 1
    return None


def add_border(c: Cand) -> None:
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


def caption_place(ctx: ArticleCtx, base: int, toks: list[Tok], sent_timexes) -> PlaceRef | None:
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


def caption_head_place(ctx: ArticleCtx, toks: list[Tok]) -> PlaceRef | None:
    """The place heading a photo caption ("2/8 — AGUA CALIENTE, Honduras–Guatemala border, Monday, Oct. 15.")
    locates the sentences of that caption."""
    if not ctx.caption_heads or not toks:
        return None
    pos = toks[0].start
    k = bisect.bisect_right(ctx.caption_head_los, pos)
    for lo, hi, f in ctx.caption_heads[max(0, k - 2) : k]:  # (the heads of the sentence's line)
        # (the sentence after the head, or the one that holds it: a table row's cell "... | UTC | San Ysidro, ...")
        if lo <= pos < hi and (pos >= f.end or toks[-1].end > f.end):
            return fast(PlaceRef, place=f.place, role="at", start=f.start, end=f.end, text=f.text)
    return None
