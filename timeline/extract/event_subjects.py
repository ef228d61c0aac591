"""Who moves: the group subject of a trigger, its size, verbs used as nouns, single persons, and competing
estimates of a crowd's size."""

from __future__ import annotations

import bisect
import calendar
import re
from functools import lru_cache

from timeline.extract.event_cands import DETERMINERS, PERSON_PRONOUNS, ArticleCtx, Cand, word_set
from timeline.extract.event_context import DASHES, lows_of
from timeline.extract.event_lexicon import Tok, Trigger, cues, has_phrase, past_form, phrase_set
from timeline.extract.sizes import Size, counters, to_counter, word_number
from timeline.models import Timex

_OF_GROUP_REACH = 6  # words after "arrival of" in which the group is named
_PLACE_PREPS = frozenset("in at from into to near".split())
_DATE_PREPS = frozenset("on in at by during since until".split())
SIZE_WITH_GAP = 14  # words between a movement trigger and "with <size>" after it
# How far (tokens) a subject may stand before its trigger, and a place after it.
SUBJECT_WINDOW = 30
SIZE_SUBJECT_GAP = 8
APPOSITION_MAX = 12  # words of an apposition between a size and its verb ("3,000 migrants, most of them ..., left")


def _group_named(lows: list[str], lo: int, ti: int) -> bool:
    """A group noun in lows[lo:ti]; a quantity ("hundreds", "many") counts only when it is not the
    quantity of something else: "hundreds of Tijuana residents marched" are no migrant group."""
    groups = phrase_set("group_nouns")
    quantities = word_set("quantity_nouns")
    for i, j in has_phrase(lows[lo:ti], groups):
        i, j = i + lo, j + lo
        if lows[i] in quantities and j < ti and lows[j] == "of":
            # the head of "of ...": the last word before the trigger or the next function word
            k = j + 1
            while k < ti and lows[k] not in ("who", "that", "which", "and", ",") and k - j <= 4:
                k += 1
            people = k < ti and lows[k] == "who" and lows[k - 1] in word_set("plural_relative_heads")
            if not people and not any(((w,) in groups and w not in quantities) or
                                      w in word_set("group_object_pronouns") for w in lows[j + 1 : k]):
                continue  # ("most of them halted": the group named before; "most of those who waded": people)
        if lows[i] in quantities and j + 1 == ti and lows[j].isalpha() and (lows[j],) not in groups and \
                lows[j] not in word_set("quantity_verb_gap") and not lows[j].endswith("ly"):
            continue  # "Most fuel reaches Tecún Umán by road": the quantity of a thing named after it, no group
        if lows[i] in word_set("number_quantities") and j < ti and lows[j] not in word_set("quantity_verb_gap"):
            continue  # "paid four hundred pesos and left": a number of something else
        return True
    return False


def _possessive_group(low: str) -> bool:
    """'caravan's', 'migrants'': a group noun's possessive."""
    for end in ("'s", "’s", "'", "’"):
        if low.endswith(end):
            return (low[: -len(end)],) in phrase_set("group_nouns")
    return False


def one_persons_own(low: str) -> bool:
    """'his', 'her', 'my', "father's", "cousin's" (cues.yaml's ``single_person_nouns``): one person's possessive."""
    if low in _ONE_PERSONS_OWN:
        return True
    stem = low.removesuffix("'s").removesuffix("’s")
    return stem != low and stem in word_set("single_person_nouns")


def _year_like(low: str) -> bool:
    """'2019', '1998': a year, not a count."""
    return len(low) == 4 and low[:2] in ("19", "20")


def _group_ends_at(lows: list[str], k: int, groups: frozenset) -> bool:
    """Does a group noun of one or two words end at ``lows[k]`` ("people", "the Via Crucis")?"""
    return (lows[k],) in groups or k >= 1 and (lows[k - 1], lows[k]) in groups


def single_person_subject(lows: list[str], ti: int) -> bool:
    """*he* / *she* / *I* among the eight words before the trigger, with no group noun in between."""
    groups = phrase_set("group_nouns")
    if ti > 0 and lows[ti - 1] == ",":
        opening = next((j for j in range(ti - 2, max(0, ti - 10), -1) if lows[j] == ","), None)
        if opening is not None and (lows[opening - 1],) in groups:
            return False  # "Last month's caravan, the biggest she has seen, left on Oct. 23": an aside on the group
        if opening is not None and ti - opening == 4 and lows[opening + 1] in word_set("single_person_subjects") \
                and lows[opening + 2] in word_set("parenthetical_verbs"):
            return False  # "The Exodus from Poverty, she says, left on Oct. 29": her word on the group's leaving
    if _kin_subject(lows, ti):
        return True
    if ti > 3 and lows[ti - 1] == "," and any(lows[k].rstrip(".") in word_set("honorifics") and
                                              "," not in lows[k : ti - 1] for k in range(ti - 5, ti - 1) if k >= 0):
        return True  # "and Mr. Gálvez, arriving with his trailer at seven, found the road closed": his arriving
    for k in range(ti - 1, max(-1, ti - 9), -1):
        if k >= 1 and lows[k - 1] == "," and lows[k + 2 : k + 3] == [","] and \
                lows[k + 1] in word_set("parenthetical_verbs"):
            continue  # "The next day, she heard, it reached Huixtla": her word on what the group did
        if lows[k] in word_set("single_person_subjects") and not (
                lows[k] == "i" and k > 0 and lows[k - 1] in (".", "-", "/")):  # (not the month of "18.I", "6-I")
            if k > 0 and _group_ends_at(lows, k - 1, groups):
                return False  # "Most people I spoke with left ...", "the first Via Crucis she remembers set out": the
                # group is the subject, "I" a relative clause's
            if k > 1 and lows[k - 2] == "the" and (lows[k - 1] in ("first", "last", "only") or
                                                  len(lows[k - 1]) > 4 and lows[k - 1].endswith("est")):
                return False  # "The biggest she has seen set off on Oct. 29": a caravan she has seen
            return True
        if k >= 1 and lows[k] in ("it", "they") and lows[k - 1] == ",":
            break  # "By the time he had finished, it was streaming out of the square": the clause's own subject
        if _group_ends_at(lows, k, groups) or lows[k] in (";", ".", "that") or \
                lows[k].replace(",", "").isdecimal() and not _year_like(lows[k]):
            break  # (a count is the subject: "I heard that about 7,000 came across at El Florido"; not a year:
            # "She lost her case in 2019, was deported")
    return False


_KIN_REACH = 12  # words from a kin noun to its verb ("the nephew, who had been walking with it, came")
_KIN_OPENERS = frozenset((",", "and", ".", ";", "but"))
_KIN_DETERMINERS = frozenset(("the", "his", "her", "my", "their", "our"))


def _kin_subject(lows: list[str], ti: int) -> bool:
    """'and the nephew, who had been walking with it, came home': a person named by kin, with its determiner opening
    the clause, is the subject of the verb (not "the caravan her son joined left", where the kin noun follows a
    noun)."""
    groups = phrase_set("group_nouns")
    for k in range(ti - 1, max(0, ti - _KIN_REACH), -1):
        if (lows[k],) in groups or lows[k] in (";", ".", "that"):
            return False
        if lows[k] in word_set("single_person_nouns") and lows[k - 1] in _KIN_DETERMINERS \
                and (k == 1 or lows[k - 2] in _KIN_OPENERS):
            return True
    return False


LIST_REACH = 8  # tokens from a trigger to the colon that opens a list of days or of what its number word counts


def _small_count(low: str) -> bool:
    """A number word from two to ten ("two", "three"): a few groups, told by their number alone."""
    return 2 <= (word_number(low) or 0) <= 10


_ONE_PERSONS_OWN = frozenset(("her", "his", "my"))
_NOT_BEFORE_COUNT = frozenset(("at", "of", "the", "by", "to", "for", "from", "after", "before", "until", "his", "her",
                               "my", "our", "their"))


def has_group_subject(ctx: ArticleCtx, base: int, toks: list[Tok], ti: int, sizes: list[Size],
                       timex_ks: tuple[int, ...] = (), with_group: bool = True) -> bool:
    """Does a group move at ``toks[ti]``?  ``with_group``: one person moving "with the caravan" counts (not for
    a march: "He walked with a caravan in October 2021" is one man's story).  A time told inside the subject, right
    before the verb, is passed over: "An earlier one that month had set out on Thursday, June 6"."""
    if _has_group_subject(ctx, base, toks, ti, sizes, timex_ks, with_group):
        return True
    k = ti - 2 if ti >= 2 and toks[ti - 1].low in _PERFECT_AUX else ti - 1
    i, j = bisect.bisect_left(ctx.timex_starts, toks[0].start), bisect.bisect_left(ctx.timex_starts, toks[k].end)
    tx = next((ctx.timexes[n] for n in range(i, j) if ctx.timexes[n].end == toks[k].end), None) if k >= 1 else None
    a = next((n for n in range(k, 0, -1) if toks[n].start == tx.start), None) if tx is not None else None
    if a is None or toks[a - 1].low not in _ONE_WORDS:
        return False
    cut = toks[:a] + toks[k + 1 :]
    return _has_group_subject(ctx, base, cut, ti - (k + 1 - a), sizes, tuple(n for n in timex_ks if n < a),
                              with_group)


_RANKED_PERIOD_TOKENS = 3  # at most so many tokens of the period a caravan is ranked in ("the first of the year")
_ONE_WORDS = frozenset(("one", "another"))  # "An earlier one that month", "another that year"


def _has_group_subject(ctx: ArticleCtx, base: int, toks: list[Tok], ti: int, sizes: list[Size],
                       timex_ks: tuple[int, ...], with_group: bool) -> bool:
    lows = lows_of(toks)
    if with_group and _moves_with_group(lows, ti):
        return True
    if _bare_one_for_the_group(ctx, toks, ti):
        return True
    if (lows[ti] == "the" and "one" in lows[ti + 1 : ti + 3] or ti == 2 and lows[:2] == ["those", "who"]) and (
            _caravan_in_view(ctx, toks[ti].start)):
        # "The first page is for the great caravan of Oct. 13, 2018 ... Then comes the one of Jan. 15"; "A thinner
        # layer dates from a caravan of some 600 Hondurans ... Those who left on Christmas Eve last year"
        return True
    if ti >= 1 and lows[ti - 1] == "the" and lows[ti] in word_set("caravan_event_nouns") and \
            _caravan_in_view(ctx, toks[ti].start):
        # "For three years running, the feast has shared its day with a caravan. In 2020 the departure from San Pedro
        # Sula ... fell on the very morning of Jan. 15": the caravan's
        return True
    if _ordinal_for_the_group(ctx, lows, ti, toks[0].start) or _one_remembered(ctx, lows, ti, toks[0].start):
        # (before the single person: "The first he remembers well left before dawn on Oct. 12, 2019", "the one he
        # remembers best left Tapachula on June 6, 2022")
        return True
    k = ti - 1  # the word before the verb, or before its auxiliary
    if k >= 1 and lows[k] in _PERFECT_AUX:
        k -= 1
    if k >= 0 and _small_count(lows[k]) and (k == 0 or lows[k - 1] not in _NOT_BEFORE_COUNT) and \
            ":" in lows[ti + 1 : ti + LIST_REACH]:
        # "In June two went north from here: one on June 5, ...", "he saw two start out in a week: one on Aug. 28":
        # a bare number word of groups a list then tells (not "at two", "of two"; not "two came back by post")
        return True
    if k >= 1 and lows[k] in ("caravans", "groups") and _small_count(lows[k - 1]):
        return False  # "Three caravans had left from the park before this one": several told at once, no one event
    if ti >= 2 and lows[ti - 2] in _ONE_PERSONS_OWN and lows[ti - 1].isalpha() and \
            (lows[ti - 1],) not in phrase_set("group_nouns") and (ti == 2 or lows[ti - 3] in _KIN_OPENERS):
        return False  # "and her pot went home half full": what one person owns is the subject (not "which in his
        # memory went out on Oct. 29")
    if single_person_subject(lows, ti):
        return False  # "recounted that she left Choloma in October and arrived in Tapachula": one person's own story
    if ti >= 1 and lows[ti - 1] in word_set("trade_people_subjects"):
        return False  # "before five, when the paying customers arrive": the trade's own people come
    if ti >= 2 and lows[ti - 1] == "who" and (lows[ti - 2],) in phrase_set("force_nouns") or \
            ti >= 1 and lows[ti].endswith("ing") and (lows[ti - 1],) in phrase_set("force_nouns"):
        return False  # "some 1,000 people as counted by reporters who walked with it", "by the tally of reporters
        # walking alongside": the reporters move
    if ti >= 2 and lows[ti].endswith("ing") and lows[ti - 2 : ti] == ["of", "those"]:
        return False  # "perhaps 700 people by the count of those walking with them": the counters
    lo = max(0, ti - SUBJECT_WINDOW)
    semi = next((k for k in range(ti - 1, lo - 1, -1) if lows[k] == ";"), None)
    if semi is not None and semi + 1 < ti and toks[semi + 1].text[:1].isupper() and \
            (lows[semi + 1],) not in phrase_set("group_nouns"):
        # "Guatemala had returned most of the walkers to Honduras; Castro was at her sister's house in Choloma by
        # Sunday night": a clause after a semicolon with a name of its own has its own subject
        lo = semi + 1
    if _group_named(lows, lo, ti):
        return True
    if any(3 <= k < ti <= k + _RANKED_PERIOD_TOKENS and lows[k - 3] == "the" and lows[k - 2] in word_set(
            "ranking_words") and lows[k - 1] == "of" and all(t.word for t in toks[k:ti]) for k in timex_ks):
        return True  # "On Friday, Jan. 3, the first of the year left the city's central square": a caravan ranked
    if any(w in word_set("group_leaders") for w in lows[max(0, ti - 5) : ti]):
        return True  # "The organizers now plan to set out for Escuintla": the leaders move with the group
    # a bare count right before the verb: "About 1,000 regrouped in Mapastepec", "Another 600 set out", "more
    # than 3,000 had entered the country"
    if k >= 0 and lows[k][:1].isdecimal() and lows[k].replace(",", "").isdecimal():
        k -= 1
        if k < 0 or lows[k] in word_set("count_openers"):
            return True
    if ti >= 3 and lows[ti - 1] in ("who", "that") and lows[ti - 2] in word_set("counted_heads") and \
            lows[ti - 3] in word_set("counted_heads_after"):
        return True  # "he was among the thousands who paddled across the Suchiate": a count in words, a group
    # a size expression within the window ("about 160 migrants departed"); sizes are few per window
    k = bisect.bisect_left(sizes, lo, key=lambda z: z.tok_start)
    while k < len(sizes) and sizes[k].tok_start < ti:
        z = sizes[k]
        if z.tok_end <= ti and (z.head is None or (z.head.lower(),) in phrase_set("group_nouns")
                                or not _quantity_of_others(lows, z, ti)):
            return True
        k += 1
    # passive or participial: "Stopped Friday by ...", "were turned back"; "their departure"
    if ti > 0 and lows[ti - 1] in ("were", "was", "been", "being") and not (
            lows[ti].endswith("ing") and "who" in lows[max(0, ti - 4) : ti - 1]):
        return True  # (not a person's progressive: "the nephew, who had been walking with it")
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
    if ti + 2 < len(lows) and lows[ti].endswith(("al", "ure")) and (
            ti >= 1 and _possessive_group(lows[ti - 1]) and (ti + 1 in timex_ks or ti + 2 in timex_ks) or
            lows[ti + 1] in _PLACE_PREPS and (pf := ctx.place_tok.get(base + ti + 2)) is not None and not pf.demonym
            and (ti >= 1 and _possessive_group(lows[ti - 1]) or
                 any(pf.tok_end - base <= k <= pf.tok_end - base + 1 for k in timex_ks))):
        # "the caravan's departure on Oct. 13", "the migrants' arrival in Tijuana"; "told in flashback: the
        # departure from San Pedro Sula on Oct. 13": a noun trigger with its place and its own date is the
        # story's event ("since the caravan's arrival", "within 48 hours of a caravan's departure" are not)
        return True
    # a fronted participle whose subject is the main clause's: "Since leaving San Pedro Sula on Oct. 13,
    # the caravan has crossed two borders", "After crossing the river, the migrants rested"
    if 1 <= ti <= 2 and lows[ti - 1] in word_set("fronted_participle_openers") and lows[ti].endswith("ing"):
        comma = next((k for k in range(ti + 1, min(len(lows), ti + 25)) if lows[k] == ","), None)
        if comma is None:
            # "After resting in the park on Tuesday and Wednesday — on Wednesday ... — it headed out": an aside
            # set off by dashes ends the fronted phrase
            dashes = [k for k in range(ti + 1, min(len(lows), ti + 40)) if lows[k] in DASHES][:2]
            comma = dashes[1] if len(dashes) == 2 else None
        if comma is not None and (_group_named(lows, comma + 1, min(len(lows), comma + 5)) or (
                comma + 2 < len(lows) and lows[comma + 1] == "it" and _it_for_a_group(ctx, base, lows, comma + 2))):
            return True
    if _list_item_verb(ctx, toks[ti]) or _one_for_the_group(ctx, toks, ti, timex_ks) or \
            _list_item_noun(ctx, lows, ti, timex_ks) or _note_verb(ctx, toks, lows, ti) or \
            _joined_to_group_move(ctx, toks, lows, ti):
        return True
    return _it_for_a_group(ctx, base, lows, ti)


_WITH_REACH = 18  # words after a trigger in which "with the caravan" is looked for
# ("had left from the same terminal two weeks earlier, on Wednesday, Jan. 15, with this month's caravan")


def _abbreviation_point(lows: list[str], k: int) -> bool:
    """The point after a short word inside a sentence ("Oct. 23"): an abbreviation's, not a sentence end."""
    return lows[k] == "." and k > 0 and lows[k - 1].isalpha() and len(lows[k - 1]) <= 4


def _moves_with_group(lows: list[str], ti: int) -> bool:
    """'set out from Tapachula with the caravan', 'Left San Pedro Sula before dawn ... with about 3,000 people',
    'walked out of Tapachula near the front of the spring caravan': whoever moves, moves with the group, in the
    same clause."""
    heads, gap = word_set("moves_with_group_heads"), word_set("moves_with_group_gap")
    openers, positions = word_set("moves_with_group_openers"), word_set("moves_with_group_positions")
    in_heads = word_set("moves_in_group_heads")
    for k in range(ti + 1, min(len(lows), ti + 1 + _WITH_REACH)):
        w = lows[k]
        if _abbreviation_point(lows, k):
            continue  # "on Saturday, Oct. 23, with the caravan"
        if w in (";", ".", "but", "and", "while", "who", "which"):
            return False
        if w == "in":
            these = in_heads  # "set out from San Salvador on Oct. 28 in a group of about 500"
        elif w in openers or (w == "of" and lows[k - 1] in positions):
            these = heads  # ("near the front of the spring caravan": among its walkers)
        else:
            continue
        for j in range(k + 1, min(len(lows), k + 6)):
            x = lows[j]
            if x in these or x == "one" and j > k + 1 and j + 1 < len(lows) and \
                    lows[j + 1] in word_set("moves_with_one_after"):
                return True
            if x.replace(",", "").isdecimal() and not _year_like(x) and \
                    (j + 1 == len(lows) or lows[j + 1] in _COUNT_ENDS):
                return True  # "left San Pedro Sula at 3 a.m. with about 3,000; crossed at Corinto ..."
            if not (x in gap or x.replace(",", "").isdecimal()):
                break
    return False


_COUNT_ENDS = frozenset((";", ".", ",", ")", "—", "–"))  # a bare count ending its phrase: people, not an amount


_OPENING_PREPOSITIONS = frozenset(("for", "with", "from", "of", "in", "on", "to"))
_ONE_DETERMINERS = frozenset(("that", "this", "the", "a", "an", "another"))
_ONE_GAP = frozenset((",", "which", "that", "first", "then", "finally", "also"))


def _one_for_the_group(ctx: ArticleCtx, toks: list[Tok], ti: int, timex_ks: tuple[int, ...]) -> bool:
    """'That one left San Pedro Sula on the night of 14 January', 'the spring one, which left Tapachula', 'a
    smaller one set off from Tapachula': "one" standing for a caravan, in a text whose title names a migrant
    group.  So does "The one of October, the first since the pandemic, set out ..." opening a sentence right
    after one that names a caravan ("It is the second caravan he has treated in four months.")."""
    lows, start = lows_of(toks), toks[0].start
    hi = ti - 1
    if hi >= 3 and lows[hi] == "and":
        # "An earlier one gathered on the central square on Jan. 3 and set off": the verb coordinated with the
        # first verb of a sentence that opens with the "one"
        # (after a fronted date: "On Sunday the first one gathered at the same monument and walked out of the city")
        o = next((j for j in range(2, _ONE_FRONTED) if lows[j] in _ONE_DETERMINERS), 0) \
            if lows[0] in _OPENING_PREPOSITIONS and 1 in timex_ks else 0
        k = next((k for k in (o + 1, o + 2, o + 3) if lows[k] == "one"), None)
        if k is not None and ti - k <= _ONE_COORD_REACH and lows[o] in _ONE_DETERMINERS and ";" not in lows[k:ti] and (
                ctx.title_names_group() or _caravan_named_before(ctx, start)):
            return True
    if hi >= 0 and lows[hi] == ",":  # an appositive between "one" and its verb
        hi = next((k for k in range(hi - 1, max(-1, hi - _ONE_APPOSITIVE), -1) if lows[k] == ","), hi + 1) - 1
        if hi == ti - 1:  # ... or a relative clause: "The one of June 6 last year, which set out from Tapachula
            # as the Summit of the Americas met in Los Angeles, reached this town the next day"
            hi = next((k - 1 for k in range(hi - 1, max(0, hi - _ONE_RELATIVE), -1)
                       if lows[k] in ("which", "that") and lows[k - 1] == ","), hi)
    while hi > 0 and lows[hi] in ("which", "that", ","):
        hi -= 1
    of_time = hi >= 2 and lows[hi - 1] == "of" and (lows[hi] in word_set("one_of_times")
                                                   or (len(lows[hi]) == 4 and lows[hi].isdecimal()))
    if of_time:
        hi -= 2  # "the one of October", "the one of 2018"
    elif (j := next((j for j in timex_ks if 2 <= j <= hi < j + _ONE_TIMEX and lows[j - 1] == "of"), None)) is not None:
        of_time, hi = True, j - 2  # "The one of June 6 last year"
    elif (j := next((j for j in range(hi - 1, max(0, hi - 4), -1) if lows[j] == "from"), None)) is not None and \
            all(toks[k].text[:1].isupper() for k in range(j + 1, hi + 1)):
        hi = j - 1  # "the first big one from Honduras came over on rafts"
    if hi >= 1 and lows[hi] in _PERFECT_AUX:
        hi -= 1  # "a much larger one had set off from Tapachula"
    for k in range(hi, max(-1, hi - 4), -1):
        if lows[k] == "one":
            # (up to two words between, or two with a comma: "a smaller one", "a far larger one", "a smaller, quieter
            # one")
            d = next((j for j in range(k - 1, max(-1, k - 5), -1) if lows[j] in _ONE_DETERMINERS), None)
            if d is None:
                return False
            if ctx.title_names_group():
                return True
            # ... or right after a caravan is named: "It is the third caravan he has watched go since the summer.
            # Four weeks ago, on Saturday, Oct. 23, a far larger one left Tapachula"; "The one of October, the first
            # since the pandemic, set out" opening its sentence
            # (perhaps after a preposition: "For the big one of June, which set out on June 6 ..., she cut two
            # hundred")
            first = 1 if lows[0] in OPENING_QUOTES else 0
            opens = d == first or d == first + 1 and lows[first] in _OPENING_PREPOSITIONS
            # (earlier in its paragraph: "On Jan. 3, a Friday, a caravan left the central square in Tapachula, ...
            # Three months earlier, in October, on a Sunday, the 20th, a larger one had left Tapachula")
            return (not of_time or opens) and _caravan_named_before(ctx, start, _paragraph_back(ctx, start))
        if lows[k] not in _ONE_GAP:
            return False
    return False


def _bare_one_for_the_group(ctx: ArticleCtx, toks: list[Tok], ti: int) -> bool:
    """'It was not the first caravan to leave the city this year. One set out from the terminal on Jan. 15',
    'In June last year another left the city on the 6th', 'he walked out with another, which left the city on the
    19th': "one" or "another" with no determiner, the subject of the verb (maybe through ", which"), right after a
    caravan is named.  It opens its sentence or its clause, or follows a date or "with" ("No one left", "only
    one left" are no group)."""
    k = ti - 1
    if k >= 1 and toks[k].low in _PERFECT_AUX:
        k -= 1  # "The year before that, another had set off on Jan. 15 as well"
    if k >= 1 and toks[k].low in ("which", "that") and toks[k - 1].text == ",":
        k -= 2
    if k >= 1 and toks[k].low == "more" and toks[k - 1].low == "one":
        k -= 1  # "On Nov. 5 one more went out of the park"
    if k >= 2 and toks[k].low == "and":
        # "Last January, on the 15th, another formed at that same station and set out for the border": the subject
        # of the verb it is coordinated with
        k = next((j for j in range(k - 2, max(-1, k - _ONE_AND_REACH), -1) if toks[j].low in ("one", "another")
                  and toks[j + 1].low != "of" and all(t.word for t in toks[j + 1 : k])), -1)
    if k < 0 or toks[k].low not in ("one", "another"):
        return False
    if toks[k].low == "one" and _one_of_counted_people(toks, k):
        return False  # "Two of her mothers went with it, she said, and one came back": one of them, a person
    if k > 0:
        prev = toks[k - 1]
        i = bisect.bisect_right(ctx.timex_starts, prev.start)
        # (after a verb of seeing: "On June 6 he saw another leave")
        if not (prev.text in ",;" or prev.low in _BARE_ONE_AFTER or prev.low in word_set("one_watched_verbs") or
                any(t.end == prev.end for t in ctx.timexes[max(0, i - 3) : i])):
            return False
    return _caravan_in_view(ctx, toks[k].start)


_FEW_NOT_COUNTED = frozenset(("both", "several"))  # a few people told by no number ("both of her sons")
_WHOSE = _ONE_PERSONS_OWN | frozenset(("their", "our", "your"))


def _one_of_counted_people(toks: list[Tok], k: int) -> bool:
    """Does a few people of someone's ("Two of her mothers", "three of his cousins") stand before the "one" at ``k``
    in its sentence: the one is one of them?"""
    return any((_small_count(toks[j].low) or toks[j].low in _FEW_NOT_COUNTED) and toks[j + 1].low == "of" and
               toks[j + 2].low in _WHOSE
               for j in range(max(0, k - _ONE_OF_PEOPLE_REACH), k - 2))


_ONE_OF_PEOPLE_REACH = 16  # words from "Two of her mothers" to the "one" that is one of them
_BARE_ONE_AFTER = frozenset(("and", "with", "then", "when", '"', "“"))  # ("Tuesday, Aug. 31, when another set out")
_ONE_AND_REACH = 8  # words from "another" to the "and" before a verb coordinated with its own


_ONE_COORD_REACH = 18  # words from a sentence-opening "one" to a verb coordinated with its first verb
_ONE_FRONTED = 7  # where a date fronted before "the first one ..." may start ("On Sunday", "In June")
_ONE_APPOSITIVE = 12  # words between the commas of "The one of October, the first since the pandemic, set out"
_ONE_RELATIVE = 24  # words in the relative clause of "The one of June 6, which set out from ..., reached"
_ONE_TIMEX = 5  # words of the date in "the one of June 6 last year"


_ORDINAL_BACK = 160  # characters before "The first left ..." in which a caravan is named
_ORDINAL_SET_BACK = 600  # ... before "the first of the three left ..."


def _caravan_in_view(ctx: ArticleCtx, start: int) -> bool:
    """Is the text about a migrant group (its title names one), or is a caravan named just before ``start``?  Then
    "one", "the first" or "those who" there can stand for a caravan."""
    # (just before it, or earlier in its paragraph: "Before that, she counts the one of Oct. 17 last year")
    return ctx.title_names_group() or _caravan_named_before(ctx, start, _paragraph_back(ctx, start))


def _paragraph_back(ctx: ArticleCtx, start: int) -> int:
    """The characters back from ``start`` to its paragraph's start (at least _ORDINAL_BACK, at most
    _ORDINAL_SET_BACK)."""
    return max(_ORDINAL_BACK, min(_ORDINAL_SET_BACK, start - ctx.text.rfind("\n\n", 0, start)))


def _caravan_named_before(ctx: ArticleCtx, start: int, back: int = _ORDINAL_BACK) -> bool:
    """Is a caravan (``ordinal_group_antecedents``) named in the ``back`` characters before ``start``?"""
    return _ordinal_antecedent_rx().search(ctx.text, max(0, start - back), start) is not None


@lru_cache(maxsize=None)
def _ordinal_antecedent_rx() -> re.Pattern:
    words = sorted(word_set("ordinal_group_antecedents"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


_ORDINAL_RELATIVE = 4  # words of "The first [he remembers well] left"
_ORDINAL_APPOSITIVE = 24  # words from "The first, which ..." to the verb of its clause or the main one
_ORDINAL_DATED = 10  # words from "The first, on Aug. 28," to its verb
_ORDINAL_AND_ALSO = 8  # words from "The first, and the larger," to its verb
_PERFECT_AUX = frozenset(("had", "has", "have"))
_PERIOD_POSSESSIVES = frozenset(("year's", "year’s", "month's", "month’s"))


def _reduced_relative(lows: list[str], k: int, ti: int) -> bool:
    """Do the words from ``k`` to the verb at ``ti`` make a relative clause with no "that": a subject pronoun, then
    words only, at most _ORDINAL_RELATIVE in all ("[he remembers well] left")?"""
    return 0 < ti - k <= _ORDINAL_RELATIVE and lows[k] in PERSON_PRONOUNS and \
        all(w.isalpha() for w in lows[k + 1 : ti])


def _dated_insert(lows: list[str], lo: int, ti: int) -> int | None:
    """Where a day set off by commas right before the verb at ``ti`` starts (", on Aug. 28," / ", in 2018,"), at
    ``lo`` or after; None if there is none."""
    if ti < lo + 3 or lows[ti - 1] != ",":
        return None
    for c in range(ti - 3, max(lo, ti - _ORDINAL_DATED) - 1, -1):
        if lows[c] == "," and not lows[c + 1][:1].isdecimal() and lows[c - 1] not in _WEEKDAYS:
            # (not the comma of "Oct. 13, 2018", nor of "on Saturday, Oct. 23")
            return c if lows[c + 1] in ("on", "in") else None
    return None


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _one_remembered(ctx: ArticleCtx, lows: list[str], ti: int, start: int) -> bool:
    """'But the one he remembers best left Tapachula on June 6, 2022': "the one" and a relative clause with no
    "that" right before the verb, after a caravan is named."""
    for k in range(ti - 2, max(0, ti - 2 - _ORDINAL_RELATIVE), -1):
        if lows[k] == "one" and lows[k - 1] == "the" and lows[k + 1] in PERSON_PRONOUNS:
            return _reduced_relative(lows, k + 1, ti) and _caravan_in_view(ctx, start)
    return False


def _ordinal_for_the_group(ctx: ArticleCtx, lows: list[str], ti: int, start: int) -> bool:
    """'Twice this autumn her crew has handed the road over to a caravan. The first left Tapachula at 5 a.m. ...
    The second set out from Tapachula before first light': "The first" opening the sentence right before the
    verb stands for a caravan in a text whose title names a migrant group."""
    first = 1 if lows and lows[0] in OPENING_QUOTES else 0
    if ti >= 5 and lows[ti - 5] == "the" and lows[ti - 4] in word_set("ordinal_group_words") and \
            lows[ti - 3] == "of" and lows[ti - 2] == "the" and lows[ti - 1] in word_set("ordinal_set_counts"):
        # "It is the third caravan he has watched go since the summer. ... In August the first of the three left
        # on Aug. 28": one of the caravans counted before, in this paragraph or the one before it
        return _caravan_named_before(ctx, start, _ORDINAL_SET_BACK)
    if first + 5 <= ti <= first + 6 and lows[first] == "the" and lows[first + 1] in word_set("ordinal_group_words") and \
            lows[first + 2 : first + 4] == ["of", "the"] and lows[ti - 1] == "ones":
        # "He knows the sound of a caravan leaving. The first of the big ones started out from these streets"
        return _caravan_in_view(ctx, start)
    if lows[first : first + 1] in (["this"], ["last"]) and first + 1 < len(lows) and \
            lows[first + 1] in _PERIOD_POSSESSIVES:
        first += 1  # "This year's first left Tapachula on Palm Sunday": the year's first caravan
    if ti == first + 3 and lows[ti - 1] in _PERFECT_AUX:
        ti -= 1  # "The first had gone out on June 5": the verb's tense told right before it
    if ti < first + 2 or lows[first] != "the" and lows[first] not in _PERIOD_POSSESSIVES or \
            lows[first + 1] not in word_set("ordinal_group_words"):
        return False
    appositive = ti > first + 4 and lows[first + 2] == "," and lows[first + 3] in ("which", "that") and \
        ti - first <= _ORDINAL_APPOSITIVE and not any(w in (";", ":") for w in lows[first + 4 : ti])
    and_one = 0 < ti - first - 2 <= _ORDINAL_RELATIVE and lows[first + 2] == "and" and lows[ti - 1] == "one" and \
        all(w.isalpha() for w in lows[first + 3 : ti])
    # "The first, and the larger, had left Tapachula in April": a second description set off by commas
    verb = ti - 1 if lows[ti - 1] in _PERFECT_AUX else ti
    and_also = lows[first + 2 : first + 4] == [",", "and"] and lows[verb - 1] == "," and \
        verb - first <= _ORDINAL_AND_ALSO and all(w.isalpha() for w in lows[first + 4 : verb - 1])
    # "The first, on Aug. 28, left in the rain": its day set off by commas (after a relative clause too: "The first
    # she remembers, in 2018, left on Palm Sunday")
    insert = _dated_insert(lows, first + 2, ti)
    dated = insert == first + 2
    if ti > first + 2 and not appositive and not and_one and not and_also and not dated and \
            not _reduced_relative(lows, first + 2, ti) \
            and not (insert is not None and _reduced_relative(lows, first + 2, insert)):
        # ("The first he remembers well left before dawn": a relative clause with no "that" between; "The first and
        # far larger one left the city on Saturday, Oct. 23"; "The first, which had set off from San Pedro Sula on
        # Oct. 13, crossed the river": the relative clause's verb and the main one)
        return False
    # ... or right after a sentence naming caravans ("It was the second caravan in four months to take men from
    # the mill. The first left San Pedro Sula before dawn on Oct. 1")
    return _caravan_in_view(ctx, start)


_BULLET_OPEN = re.compile(r"[ \t]*[*•·\-–—][ \t]*")  # "* crossed into Guatemala at Agua Caliente on 15 October;"
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# a later verb of the same item: "...; crossed the Suchiate on rafts the next day", "... and reached Tapachula"
_ITEM_JOIN = re.compile(r"(?:;|\band|,\s*then|\bthen)[ \t]*$")


def _past_verb(w: str) -> bool:
    return w.endswith("ed") or w in word_set("list_item_past_verbs")


def _list_item_verb(ctx: ArticleCtx, tok: Tok) -> bool:
    """A verb of a list item that opens with its verb, in a text whose title names a migrant group ("Talk:
    October 2018 migrant caravan ... Confirmed: * crossed into Guatemala at Agua Caliente on 15 October;"): the
    subject is the group the text is about."""
    if not _past_verb(tok.low):
        return False
    text = ctx.text
    lo = text.rfind("\n", 0, tok.start) + 1
    m = _BULLET_OPEN.match(text, lo)
    if m is None or m.end() == lo:
        return False
    if m.end() != tok.start:
        first = _FIRST_WORD.match(text, m.end())
        if first is None or not _past_verb(first.group().lower()) or \
                not _ITEM_JOIN.search(text[max(m.end(), tok.start - 12) : tok.start]):
            return False
    return ctx.title_names_group()


def _note_verb(ctx: ArticleCtx, toks: list[Tok], lows: list[str], ti: int) -> bool:
    """A note's sentence that opens with its past verb, its subject left out, on a line that has named a migrant
    group before it (a patient card's history: "... which they left on the night of Friday 12 October with the
    first caravan. Crossed into Guatemala at Agua Caliente on Mon 15/10. Reached Tapachula Sun 21/10 and
    walked on to Huixtla on the 22nd."): the group is the one told before.  A later verb of the same sentence
    counts when joined to the first ("; crossed", "and walked", ", then rode")."""
    if not toks or not _past_verb(lows[ti]):
        return False
    f = _note_head(ctx, toks)
    if f is None or f > ti or not _past_verb(lows[f]) or (f == 0 and not toks[0].text[:1].isupper()):
        return False
    start = toks[0].start
    if not _after_stop(ctx.text, start):
        return False
    if ti > f and not _ITEM_JOIN.search(ctx.text[max(toks[f].start, toks[ti].start - 12) : toks[ti].start]):
        return False
    if ti == f and _moves_with_group(lows, ti):
        return False  # "Walked with the spring caravan that left Tapachula ...": a client's own story
    return ctx.group_named_before(start)


def _after_stop(text: str, start: int) -> bool:
    """Does the sentence at ``start`` follow a full stop or open its line (after a space, not inside a word)?"""
    if start > 0 and text[start - 1] not in " \t\n":
        return False
    return text.rfind(".", max(0, start - 3), start) >= 0 or text.rfind("\n", max(0, start - 2), start) >= 0


_JOIN_REACH = 16  # tokens back from a joined verb to the verb it is joined to


def coordinated_move(lows: list[str], ti: int, moves: list[int]) -> bool:
    """A past verb that goes on a chain of the same subject's moves ("started out of Tapachula at 5 a.m. on
    Saturday, reached the town square at dusk, stayed in the park ..., and walked on toward Escuintla"): after
    "and" or a comma, with an earlier move of the sentence (token positions ``moves``) and no clause opener
    (``chain_stops`` in cues.yaml) between them.  Its subject is that move's, however long the chain."""
    j = ti - 2 if ti >= 2 and lows[ti - 1] == "then" else ti - 1  # ("..., and then waded the Suchiate")
    if j < 0 or lows[j] not in ("and", ",") or not _past_verb(lows[ti]):
        return False
    earlier = [k for k in moves if k < ti]
    if not earlier:
        return False
    stops = word_set("chain_stops")
    # ("It left San Pedro Sula on Saturday, Oct. 13, pushed through ...": the point of "Oct." ends nothing)
    return not any(lows[k] in stops and not _abbreviation_point(lows, k) for k in range(max(earlier), ti))


def _joined_to_group_move(ctx: ArticleCtx, toks: list[Tok], lows: list[str], ti: int) -> bool:
    """A verb joined to an earlier one that moved with a group ('"1/10/2020 — left San Pedro Sula at 3 a.m. with
    about 3,000; crossed at Corinto the same afternoon'): the same subject."""
    if ti == 0 or not _past_verb(lows[ti]) or not _ITEM_JOIN.search(ctx.text[max(0, toks[ti].start - 12) : toks[ti].start]):
        return False
    for k in range(ti - 2, max(-1, ti - _JOIN_REACH), -1):
        if lows[k] in (".", "but", "while", "who", "which"):
            return False
        if _past_verb(lows[k]) and _moves_with_group(lows, k):
            return True
    return False


_NOTE_HEAD_GAP = frozenset(("—", "–", "-", ":", "·", '"', "“"))


def _note_head(ctx: ArticleCtx, toks: list[Tok]) -> int | None:
    """Index of a note's first word: the first token, or the one after a date heading the note and a dash
    ("1/10/2020 — left San Pedro Sula ...")."""
    k = bisect.bisect_left(ctx.timex_starts, toks[0].start)
    if k == len(ctx.timex_starts) or ctx.timex_starts[k] != toks[0].start:
        return 0
    end = ctx.timexes[k].end
    f = next((i for i, t in enumerate(toks) if t.start >= end), None)
    if f is None or f == 0 or toks[f].low not in _NOTE_HEAD_GAP:
        return None
    while f < len(toks) and toks[f].low in _NOTE_HEAD_GAP:
        f += 1
    return f if f < len(toks) else None


_ITEM_OPENERS = frozenset((";", "and"))


def _list_item_noun(ctx: ArticleCtx, lows: list[str], ti: int, timex_ks: tuple[int, ...]) -> bool:
    """A noun that opens an item of a list of what happened, dated inside the item, in a text whose title
    names a migrant group (a finding aid's "The departure from Tapachula on Palm Sunday, 25 March 2018; the
    stop at Matías Romero ...; the raft crossing of the Suchiate the following day"): the group is the one
    the text is about."""
    w = lows[ti]
    end = next((j for j in range(ti + 1, len(lows)) if lows[j] in (";", ".")), len(lows))
    if not any(ti < j < end for j in timex_ks):
        return False
    if w.endswith("ed") or w in word_set("list_item_past_verbs"):
        return False  # a verb: _list_item_verb
    k = ti - 1
    mods = word_set("list_item_noun_modifiers")
    while k >= 0 and ti - k <= 3 and lows[k] in mods:
        k -= 1
    if k >= 0 and lows[k] not in _ITEM_OPENERS:
        return False
    if k >= 0 and lows[k] == "and" and not (k >= 1 and lows[k - 1] in (";", ",")):
        return False
    if k == ti - 1 and (w.endswith(("ing", "s"))):
        # "Resting in Huixtla, camp on the sports field": a participle; "Shelters in the city said ...": a
        # subject.  Without its determiner only a singular noun opens an item ("Departure on 15 January")
        return False
    return ctx.title_names_group()


def _quantity_of_others(lows: list[str], z: Size, ti: int) -> bool:
    """'hundreds of Tijuana residents': a size whose counted noun is not a migrant group."""
    return lows[z.num_start] in word_set("quantity_nouns") and z.num_end < ti and lows[z.num_end] == "of"


def _bare(w: str) -> str:
    """A word without its possessive ending ("Kevin's route matches the caravan's. It arrived ...")."""
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _thing_is_subject(lows: list[str], k: int) -> bool:
    """Does the sentence open, before the "it" at ``k``, with a singular noun that is its subject ("A tejocote is as
    hard as a marble when it arrives", "The fruit was ripe when it came")?  "It" stands for that thing."""
    return k >= 3 and lows[0] in ("a", "an", "the", "each", "every") and \
        any(lows[j] in ("is", "was") and all(w.isalpha() for w in lows[1:j]) for j in range(2, min(k, 4)))


def _it_for_a_group(ctx: ArticleCtx, base: int, lows: list[str], ti: int) -> bool:
    """'The caravan left on Oct. 13. A few days later, it crossed into Guatemala': "it" right before the
    trigger stands for a collective group noun named earlier in the sentence, the only one the previous
    sentence names, or one at the start of an earlier one (through the "it" opening each sentence in between,
    and past one sentence that names no such noun at all)."""
    c = cues()
    between = phrase_set("it_between")
    k = ti - 1
    while k >= 0 and k >= ti - 3 and (lows[k],) in between:
        k -= 1
    if (k < 0 or lows[k] != "it") and not _it_opens_coordination(lows, ti):
        return False
    k = k if k >= 0 and lows[k] == "it" else lows.index("it")
    antecedents = phrase_set("it_antecedents")
    if any((_bare(w),) in antecedents for w in lows[:k]):
        return True
    if _thing_is_subject(lows, k):
        return False  # "A tejocote is as hard as a marble when it arrives": the thing the sentence is about
    start = ctx.toks[base].start if base < len(ctx.toks) else len(ctx.text)
    if any(lows[j] == "one" and lows[j - 1] in _ONE_DETERMINERS for j in range(1, k)) and \
            _caravan_in_view(ctx, start):
        # "The vendors keep a calendar of caravans. In November, the one that left on Tuesday, Nov. 5, ... reached
        # Huixtla on Thursday; it moved on toward Escuintla the next morning"
        return True
    i = bisect.bisect_right([s.start for s in ctx.sentences], start) - 1  # this sentence
    # the previous sentence opens with the group, or with an "it" that stands for it (up to three back)
    skipped = False
    linked = False  # the sentence after this one tells of the group as "it" or "its" past its opening
    for j in range(i - 1, max(-1, i - 4), -1):
        a, b = ctx.sentence_tokens(ctx.sentences[j])
        reach = int(c["it_antecedent_reach"])
        # (after a fronted phrase set off by a comma: "After eleven hours on the road, the group spent ...")
        comma = next((k for k in range(a, min(b, a + _FRONTED_REACH)) if ctx.lows[k] == ","), None)
        opening = ctx.lows[a : min(b, (comma + 1 if comma is not None else a) + reach)]
        if any((_bare(w),) in antecedents for w in opening):
            return True
        if j == i - 1 and b - a > 2 and ctx.lows[a] == "the" and ctx.lows[a + 1] in word_set("ordinal_group_words") and \
                (ctx.title_names_group() or ctx.lows[a + 2] == "of" and any(
                    (w[:-1],) in antecedents for w in ctx.lows[a + 3 : min(b, a + 3 + _OF_GROUP_REACH)]
                    if w.endswith("s"))):
            # "The second set out from Tapachula before first light ... It reached Huixtla the same evening"; "The
            # first of this autumn's caravans came through ten days ago. It had begun on Oct. 13"
            return True
        if j == i - 1 and any(w == "another" and n + 1 < len(opening) and past_form(opening[n + 1])
                              for n, w in enumerate(opening)) and _caravan_in_view(ctx, start):
            # "In January this year another came through the Agua Caliente crossing. It had left San Pedro Sula's bus
            # station on the 15th": "another" standing for a caravan, the subject of the sentence before
            return True
        if linked and any((_bare(w),) in antecedents for w in ctx.lows[a:b]):
            # "... when the caravan left the city on Christmas Eve. She caught up with it in Huixtla, where its
            # front arrived on Tuesday. It camped in the central park": the "it" of the sentence between stands
            # for the group its own sentence before names, wherever it stands there
            return True
        if j == i - 1 and _one_group_named(ctx.lows, a, b, antecedents):
            # "Darwin walked with the caravan that crossed into Guatemala on Jan. 15, some 9,000 people as a church
            # network reckoned it. A day later it reached the police line", "The jump began on Friday, when word
            # spread that a caravan would leave the next morning. It left at 5 a.m.": the one collective group the
            # sentence before names, wherever it stands there
            return True
        linked = "it" in ctx.lows[a:b] or "its" in ctx.lows[a:b]
        if "it" not in opening:
            if skipped or any((_bare(w),) in antecedents for w in ctx.lows[a:b]):
                return False
            # "A second caravan left Tapachula on Tuesday. Municipal police counted some 1,500 people. It
            # arrived here yesterday": one sentence naming no group noun that "it" could stand for between
            skipped = True
        elif ctx.lows[a] == "it" and a + 1 < b and ctx.lows[a + 1] in _EXPLETIVE_IT_VERBS and \
                any((_bare(w),) in antecedents for w in ctx.lows[a:b]):
            # "It was Sunday, April 29, 2018, and the spring caravan had reached the end of its road. It had set
            # out from Tapachula": an "it" of the weather or the date opens that sentence; its group is the one
            return True
    return False


_FRONTED_REACH = 10  # words of a fronted phrase before the comma that ends it
_OF_GROUP_REACH = 5  # words after "The first of" in which the group noun stands ("this autumn's caravans")
_EXPLETIVE_IT_VERBS = frozenset(("was", "is"))  # "It was Sunday, April 29": an "it" that stands for no group
_OTHER_SUBJECTS = frozenset(("they", "he", "she", "we", "i", "you", "who", "which", "police", "it"))


def _one_group_named(lows: list[str], a: int, b: int, antecedents: frozenset) -> bool:
    """Does the sentence lows[a:b] name exactly one collective group noun (wherever it stands)?"""
    return len({_bare(lows[k]) for k in range(a, b) if (_bare(lows[k]),) in antecedents}) == 1


def _it_opens_coordination(lows: list[str], ti: int) -> bool:
    """'It spent its first night at Álvaro Obregón, on the highway, and walked into Huixtla': a past verb after
    "and" (or a comma) in a sentence opened by "it", no other subject in between: "it" is its subject too."""
    first = 1 if lows and lows[0] in OPENING_QUOTES else 0
    if len(lows) <= first or lows[first] != "it" or ti - first > _IT_COORD_REACH or \
            not (_past_verb(lows[ti]) or lows[ti] in _PAST_AUXILIARIES):
        return False
    if lows[ti - 1] not in ("and", ","):
        return False
    # (the point of "Jan." is no sentence end: "It gathered ... on the evening of Thursday, Jan. 14, and left")
    return not any(w in _OTHER_SUBJECTS or w in (";", ":") or (w == "." and not _abbreviation_point(lows, k))
                   for k, w in enumerate(lows[first + 1 : ti], first + 1))


_IT_COORD_REACH = 24  # words (and marks) from the opening "it" to a verb coordinated with its own
_PAST_AUXILIARIES = frozenset(("was", "had"))  # "It camped in the park through Wednesday and was back on the highway"


def needs_force(toks: list[Tok], memo: list[bool]) -> bool:
    """Does the sentence name police or soldiers?  (``memo`` keeps the answer for the sentence)"""
    if not memo:
        force = word_set("force_words")
        memo.append(any(t.low in force for t in toks))
    return memo[0]


@lru_cache(maxsize=None)
def noun_use_before() -> frozenset[str]:
    """Words before a verb trigger that make it a noun: the determiners and ``noun_use_modifiers``."""
    return DETERMINERS | word_set("noun_use_modifiers")


OPENING_QUOTES = frozenset('"“‘\'')


def is_imperative(toks: list[Tok], ti: int, trig: Trigger) -> bool:
    """'"Send them back," he said': a verb trigger in its base form opening its sentence (or a quotation) is
    an order, not an event."""
    first = trig.pattern.split()[0]
    if not first.startswith("~") or (ti and toks[ti - 1].text not in OPENING_QUOTES):
        return False
    lemmas = {alt[1:] for alt in first.split("|") if alt.startswith("~")}
    return toks[ti].low in lemmas


_PARTICLES = frozenset(("off", "out", "up", "down", "back", "on", "away"))
_NP_PREPOSITIONS = frozenset(("on", "in", "at", "from", "near", "onto", "into", "under", "over", "across", "along",
                              "toward", "towards", "beside", "behind", "past"))
_ADJECTIVE_DETERMINERS = frozenset(("the", "a", "an", "its", "their"))
_THAT_PARTICLES = _PARTICLES - {"on", "up", "down"}  # ("that march on Tuesday", "that stop up the road": nouns)


def is_noun_use(toks: list[Tok], ti: int, trig: Trigger) -> bool:
    """'a campaign stop', 'the march': a verb trigger used as a noun; 'the closed gate': a participle used as an
    adjective."""
    first = trig.pattern.split()[0]
    if ti == 0 or not first.startswith("~"):
        return False
    if toks[ti].low.endswith("ed") and toks[ti - 1].low in _ADJECTIVE_DETERMINERS and ti + 1 < len(toks) and \
            toks[ti + 1].text.isalpha():
        return True  # "tired of waiting at the closed gate": a state, no closing told
    if toks[ti].low.endswith("ing") and toks[ti - 1].low in _ADJECTIVE_DETERMINERS and ti + 1 < len(toks) and \
            toks[ti + 1].text.isalpha() and toks[ti + 1].low.endswith("s"):
        return True  # "which the departing families simply left behind": who they were, no leaving told
    if "|" in first:
        return False
    lemma = first[1:]
    w = toks[ti].low
    prev = toks[ti - 1].low
    if w.endswith("ing") and prev in word_set("ing_noun_modifiers") and ti >= 2 and toks[ti - 2].low in DETERMINERS:
        return True  # "Corinto, the border crossing, and ...": a compound noun
    if w.endswith(("ed", "ing")) or w not in (lemma, lemma + "s", lemma + "es"):
        return False
    if (prev in ("one", "another") or _small_count(prev)) and ti + 1 < len(toks) and \
            toks[ti + 1].low in _PARTICLES:
        # "a smaller one set off from Tapachula", "another set out", "he saw two start out": a pronoun, the verb has
        # its particle
        return False
    if prev in ("one", "another") and ti >= 2 and toks[ti - 2].low in word_set("one_watched_verbs"):
        return False  # "On June 6 he saw another leave": the verb after what was seen
    if prev in word_set("ordinal_group_words") and ti >= 2 and toks[ti - 2].low == "the" and ti + 1 < len(toks) and \
            toks[ti + 1].low in _PARTICLES:
        return False  # "The next set out on Sept. 4": a caravan told by its rank, the verb with its particle
    if ti >= 2 and toks[ti - 2].text in "-–" and toks[ti - 2].end == toks[ti - 1].start:
        return True  # "10-year trek": a compound modifier before a noun
    if prev == "that" and ti >= 2 and toks[ti - 2].word and (toks[ti - 2].low,) in phrase_set("group_nouns"):
        return False  # "the Hondurans that set out on Monday": a relative pronoun, not a demonstrative
    if prev == "that" and ti + 1 < len(toks) and toks[ti + 1].low in _THAT_PARTICLES:
        return False  # "a column of roughly 1,200 that set out from Tapachula": the verb with its particle
    if prev.isdecimal() and w in word_set("address_nouns") and ti + 1 < len(toks) and toks[ti + 1].low == "of":
        return True  # "3000 block of Beyer Blvd.": a street address (a police blotter's), not a block
    if prev.isdecimal() and _year_like(prev) and ti >= 2 and toks[ti - 2].low == "of":
        return False  # "the first caravan of 2025 set out": the year ends the subject, the verb follows
    if prev.isdecimal():
        # "the 2018 march", "a 10 stop tour": a year or a number after a determiner; "about 600 set out" is a
        # group and its verb
        return _year_like(prev) or (ti >= 2 and toks[ti - 2].low in DETERMINERS)
    if ti >= 2 and toks[ti - 1].text[:1].isupper() and toks[ti - 2].low in DETERMINERS and \
            (prev,) not in phrase_set("group_nouns") and not prev.endswith("s"):
        return True  # "according to a Catholic shelter in Tecún Umán": a noun after its determiner and a name
    if toks[ti - 1].text[:1].isupper() and (prev,) not in phrase_set("group_nouns") and ti + 1 < len(toks) and \
            toks[ti + 1].low in ("that", "which"):
        # "the Via Crucis walk that started in Tapachula": a name between a determiner and the word, a relative
        # clause after it (not "the Via Crucis set off from the park")
        k = next((k for k in range(ti - 1, max(-1, ti - 4), -1) if not toks[k].text[:1].isupper()), -1)
        if k >= 0 and toks[k].low in DETERMINERS and k < ti - 1:
            return True
    if w in word_set("way_in_nouns") and ti + 1 < len(toks) and toks[ti + 1].low == "to" and (
            prev in DETERMINERS or ti >= 2 and toks[ti - 2].low in DETERMINERS and toks[ti - 1].word):
        return True  # "on the southern approach to Huixtla": the way into the town, no arrival told
    if ti >= 3 and toks[ti - 2].low in DETERMINERS and toks[ti - 3].low in _NP_PREPOSITIONS and toks[ti - 1].word \
            and ti + 1 < len(toks) and toks[ti + 1].text in (",", ".", ";"):
        # "slept on cardboard on the bridge approach, with the river loud below": the last word of a preposition's
        # noun phrase (not "broke away from a peaceful march toward the crossing": a march told)
        return True
    return prev in noun_use_before() \
        or prev.endswith(("'s", "’s", "-year", "-day", "-mile", "-long", "-hour", "-week")) \
        or ("-" in prev[1:-1] and prev[0].isalpha() and not prev.endswith("ing"))  # "a church-run shelter"


def names_a_group(toks: list[Tok], starts: list[int] | None, tx: Timex, groups: frozenset) -> bool:
    """Is the expression a possessive before a group noun ("last year's caravan", "October's caravan"), or a
    modifier between a determiner and one ("The October caravan had rested ...", "the 2018 caravan", "the spring
    caravan", the determiner inside the expression), or "now" right after one ("the caravan now on this road")?
    (A rank may stand between a possessive and its group: "this year's first column".)"""
    if starts is None:
        return False
    e = bisect.bisect_left(starts, tx.end)
    if e < len(toks) and toks[e].low in ("'s", "’s", "'", "’"):
        e += 1
    elif e > 0 and toks[e - 1].low.endswith(("'s", "’s")):
        pass  # the possessive is glued to the expression's last token
    else:
        b = bisect.bisect_left(starts, tx.start)
        if tx.value == "PRESENT_REF" and b > 0 and e - b == 1 and (toks[b - 1].low,) in groups:
            return True  # "the caravan now on this road left Tapachula": which caravan, not when it left
        if e >= len(toks):
            return False
        if "HOL:" in tx.value and (b == 0 or not toks[b - 1].word or toks[b - 1].low == "and") and \
                toks[e].low in word_set("feast_group_heads"):
            return True  # "..., Holy Week walkers started from the same city behind a cross"
        if "HOL:" in tx.value and b >= 2 and toks[b - 1].low == "for" and (toks[b - 2].low,) in groups:
            return True  # "the migrants' procession for Holy Week left Tapachula": which procession
        if toks[b].low in _MODIFIER_DETERMINERS:
            # "the spring caravan" tagged as "the spring": a caravan's name ("the very next day some of its
            # families asked": a date, then the clause's subject)
            return toks[e].low in word_set("named_group_heads")
        # (or after a possessive: "last year's Christmas Eve caravan"; or "a": "a Holy Week caravan went out")
        return 0 < b and (toks[b - 1].low in _NAMING_DETERMINERS or toks[b - 1].low.endswith(("'s", "’s"))) and \
            (toks[e].low,) in groups
    if e + 1 < len(toks) and toks[e].low in word_set("ranking_words"):
        e += 1  # "This year's first column left the terminal ... on Jan. 15": which one of the year's
    return e < len(toks) and (toks[e].low,) in groups


_MODIFIER_DETERMINERS = frozenset(("the", "this", "that", "its", "their"))
_NAMING_DETERMINERS = _MODIFIER_DETERMINERS | {"a", "an"}  # before a name told by a time: "a Holy Week caravan"


def of_a_group(toks: list[Tok], starts: list[int] | None, tx: Timex, groups: frozenset) -> bool:
    """Is the expression right after a group noun and "of" ("the caravan of Christmas Eve 2023")?"""
    if starts is None:
        return False
    b = bisect.bisect_left(starts, tx.start)
    return b >= 2 and toks[b - 1].low == "of" and (toks[b - 2].low,) in groups


def group_stops(toks: list[Tok], ti: int) -> bool:
    """Is the group the subject right before an intransitive stop ("the migrants stopped", "they halted",
    "the caravan briefly stopped")?"""
    k = ti - 1
    if k >= 1 and toks[k].low == "to" and toks[k - 1].low in word_set("group_stop_beginnings"):
        k -= 2  # "the caravan began to break up"
    if k >= 0 and toks[k].low.endswith("ly"):
        k -= 1
    return k >= 0 and (toks[k].low in word_set("group_stop_pronouns") or (toks[k].low,) in phrase_set("group_nouns"))


# capitalised words before a force noun that are no part of its name: a fronted day or month and its preposition
_NOT_OF_NAME = frozenset(list(_WEEKDAYS) + [m.lower() for m in calendar.month_name if m]
                         + ["on", "in", "at", "by", "since", "until", "after", "before", "then", "when", "and", "but"])


def forcing_actor(toks: list[Tok]) -> str | None:
    force = word_set("force_words")
    for i, t in enumerate(toks):
        if t.low in force and t.low != "riot":
            a = i
            while a > 0 and toks[a - 1].word and toks[a - 1].low not in _NOT_OF_NAME and (
                    toks[a - 1].text[0].isupper() or toks[a - 1].low in (
                    "riot", "federal", "national", "military", "border", "immigration", "state", "local")):
                a -= 1  # ("On Sunday police ...": the police)
            return " ".join(x.text for x in toks[a : i + 1])
    return None


def group_of(c: Cand, z: Size, toks: list[Tok], seg: list[int]) -> bool:
    """Is the size ``z`` the group that makes the movement ``c``?"""
    if z.tok_end <= c.ti and c.ti - z.tok_end <= SIZE_SUBJECT_GAP and seg[z.tok_start] == seg[c.ti]:
        # its subject, unless another number stands between them, the trigger's own subject ("402 migrants were
        # detained ... and that 1,100 had entered the country") or the count is a verb's object ("took some 4,000
        # walkers north and left her with ...")
        # (nor a caravan named next in a list: "the one of Oct. 17 last year, 600 people according to its organizers,
        # the big one of June 6": the count is the one before's)
        return not any(t.low[:1].isdecimal() for t in toks[z.tok_end : c.ti]) and not (
            z.tok_start >= 1 and toks[z.tok_start - 1].low in word_set("count_object_verbs")) and not (
            toks[c.ti].low == "the" and c.ti >= 1 and toks[c.ti - 1].low == ",")
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


def generic_caravans_after(toks: list[Tok], tj: int) -> bool:
    """"dissolved several smaller caravans", "stopped other caravans": the trigger's object is caravans in
    general (a quantifier of cues.yaml's ``generic_caravan_words`` before the plural), not one caravan."""
    k = tj
    while k < len(toks) and k - tj < 4 and toks[k].word and toks[k].low in word_set("generic_caravan_words"):
        k += 1
    # (not "the" alone: "Guardsmen corralled the groups along the riverbank" are the groups told)
    return k > tj and k < len(toks) and toks[k].low in ("caravans", "groups") and \
        not (k == tj + 1 and toks[tj].low == "the")


def _subject_across_apposition(z: Size, c: Cand, toks: list[Tok]) -> bool:
    """"Some 3,000 migrants, most of them from Central America, left Tapachula": the size is the subject of
    the trigger past an apposition set off by commas that opens with a word of cues.yaml's
    ``apposition_openers``, with no number in it."""
    k, ti = z.tok_end, c.ti
    if not (k + 1 < ti <= k + 2 + APPOSITION_MAX) or toks[k].text != "," or toks[ti - 1].text != ",":
        return False
    if toks[k + 1].low not in word_set("apposition_openers"):
        return False
    return not any(t.low[:1].isdecimal() or t.text in ";:" for t in toks[k + 1 : ti - 1])


def competing_estimates(toks: list[Tok], lows: list[str], sizes: list[Size]) -> dict[int, str]:
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
        gapped = _gapped_estimator(toks, lows, b)
        if not any(w in contrast for w in lows[a.num_end : b.tok_start]) and \
                not _counted_side_by_side(toks, lows, a, b) and gapped is None:
            continue
        # (who counted it, told right after it, first: "some 1,500 by the institute's estimate and nearly 3,000 by
        # the organizers'": the second's estimator is not the words before the first's "estimate")
        ea = counted_by(toks, lows, a) or _estimator(toks, lows, a, verbs) or _counted_after_clause(toks, lows, a)
        eb = counted_by(toks, lows, b) or _estimator(toks, lows, b, verbs) or gapped
        if ea and eb and ea.lower() != eb.lower():
            out[id(a)], out[id(b)] = ea, eb
    return out


_AFTER_CLAUSE_REACH = 12  # tokens from a count to the ", by the reckoning of" that ends its clause


def _counted_after_clause(toks: list[Tok], lows: list[str], z: Size) -> str | None:
    """"About 600 people gathered under the terminal's roof, by the reckoning of reporters who were there; the
    organizers said 800": who counted a count, told at the end of its clause."""
    for k in range(z.tok_end, min(len(toks) - 4, z.tok_end + _AFTER_CLAUSE_REACH)):
        if lows[k] in (";", ".", "and", "but"):
            return None
        if toks[k].text == "," and lows[k + 1] == "by" and lows[k + 2] == "the" and lows[k + 3] in _COUNT_WORDS \
                and k + 4 < len(toks) and lows[k + 4] == "of":
            return _counter_named(toks, lows, k + 5, 5)
    return None


def _gapped_estimator(toks: list[Tok], lows: list[str], z: Size) -> str | None:
    """"The institute reckoned the caravan at about 3,000, and its organizers at over 4,000" (or ", its organizers
    at 4,000"): the second estimator of a verb told once, between "and" or a comma and the "at" before its size."""
    k = z.tok_start - 1
    if k < 3 or lows[k] != "at":
        return None
    j = k
    while j > 0 and toks[j - 1].word and lows[j - 1] != "and" and k - j < 4:
        j -= 1
    if j == k or j < 1 or lows[j - 1] not in ("and", ","):
        return None
    return " ".join(t.text for t in toks[j:k])


def _counted_side_by_side(toks: list[Tok], lows: list[str], a: Size, b: Size) -> bool:
    """"some 3,000 people by the count of Guatemala's migration institute, nearly 4,000 by the count of a
    Honduran rights group": two counts, each told with who made it, one after the other in one clause."""
    if counted_by(toks, lows, a) is None or counted_by(toks, lows, b) is None:
        return False
    # (the first counters' own relative clause may stand between: "about 1,500 people by the count of reporters
    # who walked with it and some 2,000 by the reckoning of its organizers")
    clause_ok = frozenset(cues()["competing_estimates"]["counters_with_clause"])
    return not any(t.text in (".", ";", ":") or t.low in ("who", "that", "which", "when") and not (
        t.low == "who" and toks[k - 1].low in clause_ok) for k, t in enumerate(toks[a.num_end : b.tok_start], a.num_end))


def estimated_sizes(toks: list[Tok], lows: list[str], sizes: list[Size], mover: dict[int, Cand]) -> set[int]:
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
        out = {id(z) for z in sizes if (z.value or z.high) and (
            _estimator(toks, lows, z, verbs) or _agent_after(toks, lows, z, verbs))}
    for z in sizes:
        if id(z) not in out and (z.value or z.high) and not z.vague and id(z) in mover and (
                counted_by(toks, lows, z) is not None or _put_at(lows, z.tok_start) or
                _as_counted_after(lows, mover[id(z)].tj)):
            # "a caravan of about 7,000, on the state police's figures, set off": who counted it; "Some 1,000 people
            # had set out from the city on Thursday, as reporters on the road counted them"
            out.add(id(z))
    if any(w in saying for w in lows):
        sayers = word_set("institutions") | frozenset(cfg["sayers"])
        counted = frozenset(cfg["counted_types"])
        for z in sizes:
            c = mover.get(id(z))
            if id(z) in out or c is None or c.type not in counted or not (z.value or z.high) or z.vague:
                continue
            k = _verb_before(lows, z.tok_start, saying)
            if k is not None and any(w in sayers for w in lows[max(0, k - 10) : k]):
                out.add(id(z))
    return out


def _as_counted_after(lows: list[str], k: int) -> bool:
    """Does the clause of the verb ending at ``k`` end with ", as <who> counted them" (up to _AS_COUNTED_AFTER
    words to the comma, the counters in at most five words)?"""
    for j in range(k, min(len(lows) - 1, k + _AS_COUNTED_AFTER)):
        if lows[j] in (";", ".", ":"):
            return False
        if lows[j] == "," and lows[j + 1] == "as":
            return any(w in _ESTIMATED_BY for w in lows[j + 2 : j + 8])
    return False


_AS_COUNTED_AFTER = 12  # words from the verb to ", as reporters on the road counted them"
_PUT = frozenset(("put", "puts", "putting", "numbered", "numbers"))


def _put_at(lows: list[str], k: int) -> bool:
    """"Guatemalan migration officials put its strength at some 7,000 by the time it had crossed", "a column that a
    network of shelters put at some 1,500 people", "a caravan that the migration institute numbered at some 1,500":
    a count given as such ("put" / "numbered" right before the "at" right before the count, or at most four words
    before it)."""
    return k >= 2 and lows[k - 1] == "at" and any(w in _PUT for w in lows[max(0, k - 6) : k - 1])


def _agent_after(toks: list[Tok], lows: list[str], z: Size, verbs: frozenset[str]) -> bool:
    """"The June caravan, counted at 6,000 by Mexico's migration institute, left ...": a participle of estimating
    right before the count, and who did it after "by"."""
    e = z.tok_end
    return _verb_before(lows, z.tok_start, verbs, reach=2) is not None and e + 1 < len(toks) and \
        lows[e] == "by" and toks[e + 1].word


def _verb_before(lows: list[str], k0: int, verbs: frozenset[str], reach: int = 6) -> int | None:
    """The position of a word of ``verbs`` at most ``reach`` tokens before k0 ("said on Tuesday that
    4,841"), None if there is none."""
    for k in range(k0 - 1, max(-1, k0 - reach - 1), -1):
        if lows[k] in verbs:
            return k
    return None


def _estimator(toks: list[Tok], lows: list[str], z: Size, verbs: frozenset[str]) -> str | None:
    """Who gives the size ``z``: the words before the verb of estimating or saying that precedes it in its
    clause ("Organizers put the number at ...", "officials said it was closer to ..."), or the words after
    "according to" right after it."""
    openers = word_set("clause_openers")
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


_APOSTROPHES = frozenset(("'", "’"))
_POSSESSIVE_END = re.compile(r"['’]s?$")
_ESTIMATED_BY = frozenset(("counted", "estimated", "reckoned", "tallied"))
_COUNT_WORDS = frozenset(("count", "counts", "estimate", "estimates", "tally", "figures", "figure", "reckoning"))


def _counter_named(toks: list[Tok], lows: list[str], lo: int, reach: int) -> str | None:
    """The counter named from token ``lo``: at most ``reach`` words, up to a relative pronoun ("reporters who were
    there": reporters)."""
    j = lo
    while j < len(toks) and toks[j].word and j - lo < reach and lows[j] not in ("who", "that", "which"):
        j += 1
    return " ".join(t.text for t in toks[lo:j]) or None


def counted_by(toks: list[Tok], lows: list[str], z: Size) -> str | None:
    """Who counted the size ``z``, told right after it: "(,) according to its organizers", "per the migration
    institute", "by the state police count", "by the count of a Honduran rights group"."""
    e, reach = z.tok_end, 5
    if e < len(toks) and lows[e] == "strong":
        e += 1  # "about 7,000 strong on Guatemala's count"
    if e < len(toks) and toks[e].text == ",":
        e += 1
    if e + 2 < len(toks) and lows[e] == "of" and lows[e + 1] in ("them", "those") and lows[e + 2] == "as":
        e += 2  # "some 300 of them as counted by reporters"
    if (k := to_counter(lows, e)) is not None:
        # "some 5,000 people to the journalists who followed it", "up to 10,000 if its organizers were to be believed"
        return _POSSESSIVE_END.sub("", " ".join(t.text for t in toks[e + 2 : k + 1]))
    if e + 1 < len(toks) and lows[e] == "according" and lows[e + 1] == "to":
        lo = e + 2
    elif e < len(toks) and lows[e] == "per":
        lo = e + 1
    elif e + 2 < len(toks) and lows[e] == "as" and lows[e + 1] in _ESTIMATED_BY and lows[e + 2] == "by":
        return _counter_named(toks, lows, e + 3, reach)  # "some 1,000 people as counted by reporters who walked with it"
    elif e + 2 < len(toks) and lows[e] == "as" and \
            (v := next((j for j in range(e + 2, min(len(toks), e + 8)) if lows[j] in _ESTIMATED_BY), None)) is not None:
        # "about 2,500 people as reporters walking with it reckoned": who, up to a participle of their own
        j = next((j for j in range(e + 1, v) if lows[j].endswith("ing") or not toks[j].word), v)
        return " ".join(t.text for t in toks[e + 1 : j]) or None
    elif e < len(toks) and lows[e] in ("by", "on", "in"):  # ("on the figures of ...", "in the tally of ...")
        lo = e + 1
        j = lo
        while j < len(toks) and (toks[j].word or toks[j].text in _APOSTROPHES) and j - lo < 6 and \
                lows[j] not in _COUNT_WORDS:
            j += 1  # ("by the organizers' reckoning")
        if j >= len(toks) or lows[j] not in _COUNT_WORDS:
            # "closer to 3,000 by the organizers'", "as many as 15,000 by its organizers": the count word left out
            k = j - 1 if j - 1 > lo and toks[j - 1].text in _APOSTROPHES else j
            if lows[e] == "by" and k > lo and (j >= len(toks) or not toks[j].word) and lows[k - 1] in counters():
                return " ".join(t.text for t in toks[lo:k] if t.low not in ("the", "its", "their"))
            return None
        if j + 1 < len(toks) and lows[j + 1] == "of":
            lo = j + 2  # "by the count of a Honduran rights group"
        elif all(t.low == "the" for t in toks[lo:j]) and j + 1 < len(toks) and toks[j + 1].word:
            lo, reach = j + 1, 6  # "by the figure the women heard on the radio"
        else:
            words = [t.text for t in toks[lo:j] if t.low != "the" and t.text not in _APOSTROPHES]
            # "by the state police count", "by the organizers' estimate", "by the migration institute's estimate"
            return _POSSESSIVE_END.sub("", " ".join(words)) or None
    else:
        return None
    j = lo
    while j < len(toks) and toks[j].word and j - lo < reach:
        j += 1
    return " ".join(t.text for t in toks[lo:j]) or None
