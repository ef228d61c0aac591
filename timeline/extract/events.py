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

This module holds the passes (``find_events``) and the merging of candidates;
the checks they call live beside it: ``event_cands`` (the candidate and the
per-article context), ``event_subjects`` (who moves, and how many),
``event_places`` (where), ``event_times`` (when), ``event_clauses`` (frames
that make a trigger background) and ``event_statements`` (speakers).
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from timeline.extract.event_cands import DETERMINERS, RELATIVE_PRONOUNS, ArticleCtx, Cand, counter_after, word_set
from timeline.extract.event_clauses import (MOVE_TYPES, anaphoric, background_movement, dated_relative,
                                            fronted_relative, holds_until_publication, joined_relative, present_frame,
                                            present_perfect, present_state, ranked_group_infinitive, reduced_relative,
                                            restrictive_relative, thing_relative)
from timeline.extract.event_context import (REPORTED_FUTURE, after_dash, coord_follows, find_actor, in_spans, lows_of,
                                           modality, remember_lows, segment_bounds, segments)
from timeline.extract.event_lexicon import (_TOKEN, Tok, Trigger, any_phrase, cues, fold, has_phrase, lexicon,
                                            irregular_past, match_triggers, past_form, phrase_set)
from timeline.extract.event_models import fast
from timeline.extract.event_places import (add_border, also_crossings, antecedent_place, back_elsewhere,
                                           caption_head_place, caption_place, demonym_ref, group_nationality,
                                           into_country, origin_before, place_noun, places_for, reached_past_line,
                                           reached_river_and_crossed, return_ok, there_antecedent, where_antecedent)
from timeline.extract.event_statements import (attribution_only, person_relative, pronoun_speaker, statement_ok,
                                               titled_surname)
from timeline.extract.event_subjects import (competing_estimates, coordinated_move, counted_by, estimated_sizes,
                                             forcing_actor, generic_caravans_after, group_of, group_stops,
                                             has_group_subject, is_imperative, is_noun_use, names_a_group, needs_force,
                                             of_a_group, one_persons_own, single_person_subject)
from timeline.extract.event_times import (DAY_OR_FINER, DAY_VALUE, FEAST_DAY, OWN_TIMEX_REACH, assign_spans,
                                          assign_timexes, coarser, day_after_of, days_by_sources, departures_followed,
                                          earlier_caravan, later_in_clause, later_ordinal_subject, listed_days,
                                          march_continuation, own_timex, restates_day, share_with_conjoined,
                                          share_with_participle, stays_from, stays_until, that_day_after, went_with,
                                          when_after_time, with_dated_caravan)
from timeline.extract.places import countries_of, country_place
from timeline.extract.sizes import find_sizes, grown_to, size_cue_words, starts_number
from timeline.extract.sizes import vague_phrases as _vague_phrases
from timeline.extract.text import after_by, headline_end, opens_line, timestamp_line
from timeline.models import Article, EventMention, Place, PlaceRef, Relation, Sentence, Timex

SUMMARY_MAX = 120
# Texts at least this long are first checked for any word an event could start at (hostile inputs).
PREFILTER_CHARS = 20_000
SUMMARY_REACH = 60
# ... or the main clause's verb right after it ("the caravan that had crossed the river the day before rested")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;:!?)]|,|$|(?:was|were|had|did|[a-z]+ed)\b)")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")  # ("Salvadorans who had left the day before came through": a past verb)
_REL_TIMEX = re.compile(
    r"^(?:the|a|one|two|three|four|five|six|seven|\d+|several|a few|few)?\s*(?:day|days|week|weeks|hours|hour)"
    r"\s+(?:after|before)$",
    re.I,
)
_LATER_TIMEX = re.compile(r"\b(later|afterwards?)\s*$", re.I)
_ONE_WAS = frozenset(("was", "had", "has", "is", "got"))  # "one was sent back": one person, the subject
_GENERIC_BEFORE = frozenset(("are", "is", "those"))  # a present passive or "those" + participle: a rule, not an event
_HOW_REACH = 3  # words from a departure's end to a participle that tells how it went ("out of the city heading north")
_ON_THE_ROAD = frozenset({"depart", "cross_border", "arrive"})  # (a march participle after a march merges with it)


def _assign_label(ctx: ArticleCtx, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> None:
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
    a, b = segment_bounds(seg, c.ti)
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


_ESTIMATOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:migration\s+|immigration\s+|border\s+|federal\s+|state\s+)?(\w+)")


def _counter_place(p, text: str) -> bool:
    """"about 7,000 strong on Guatemala's count": a country's count, not where anything happened."""
    m = _ESTIMATOR_AFTER.match(text, p.end)
    return m is not None and text[p.end : p.end + 1] in ("'", "’") and m.group(1).lower() in word_set("count_words")


def _counters_nation(ctx: ArticleCtx, a: int, toks: list[Tok], lows: list[str], z) -> str | None:
    """The country of whoever counted the size ``z``, named in the words that tell it after the count ("some 7,000
    walkers in the tally of Guatemalan migration officials"): GT."""
    if counted_by(toks, lows, z) is None:
        return None
    for k in range(z.tok_end, min(len(toks), z.tok_end + _COUNTER_REACH)):
        f = ctx.place_tok.get(a + k)
        if f is not None and f.place is not None and f.place.country and (f.demonym or f.place.kind == "country"):
            return f.place.country
    return None


_COUNTER_REACH = 8  # words from a count to the nationality of who counted it


def _estimator_place(p, text: str) -> bool:
    """"Mexican authorities put its size at about 3,000": a nationality naming who counted, not where."""
    if _counter_place(p, text):
        return True
    m = _ESTIMATOR_AFTER.match(text, p.end)
    if m is None or m.group(1).lower() not in word_set("institutions"):
        return False
    # (any role for an owner: "about 1,500 people, Mexico's migration institute said")
    return p.role == "mention" or text[p.end : p.end + 1] in ("'", "’")


# "many of them from", "mostly": the people counted, then at most 40 characters with no clause break before the place
# (", and from Africa": still theirs)
_MEMBERS = r"\b(?:of\s+(?:them|whom)|mostly|largely|mainly|chiefly)"  # ("many of them", "mostly")
_MEMBERS_FROM = re.compile(_MEMBERS + r"\b(?:\s+(?:[\w-]+\s+)?from\b)?[^,;:.]{0,40}$", re.I)


# ... and after a move, with "from" ("had gone, some 400 people ..., most of them from Venezuela"; not "blocked
# hundreds of them at the El Florido crossing")
_PEOPLE_FROM = re.compile(_MEMBERS + r"\s+(?:[\w-]+\s+)?from\s+$", re.I)


def _members_from(p, text: str, lo: int, rx: re.Pattern = _MEMBERS_FROM) -> bool:
    """"some 2,000 people, many of them from Cuba and from Africa", "a group of some 400, many of them Haitian
    families": where the counted people come from, told after the count (ending at ``lo``), not where they were
    counted."""
    return p.start >= lo and (rx.search(text, lo, p.start) is not None or _COUNT_FROM.fullmatch(text, lo, p.start)
                              is not None)


# "estimated the column at roughly 5,000 people, from Central America, Venezuela, Cuba and Haiti": set off by a comma
# right after the count, where they come from
_COUNT_FROM = re.compile(r",\s*from\s+")


# ("late August": a month of a year not yet known; "A year ago", "last month", "last October": relative ones)
def _own_places(places: list, toks: list[Tok], z, sizes: list) -> list:
    """The places told right after a count, before the next count of its sentence ("grew from roughly 1,000 at
    the terminal to about 7,000 in Tapachula": 1,000 at the terminal, 7,000 in Tapachula); all of them when
    none is."""
    lo = toks[z.tok_end - 1].end
    nxt = [toks[o.tok_start].start for o in sizes if o is not z and o.tok_start >= z.tok_end]
    hi = min(nxt) if nxt else None
    if hi is None and len(sizes) < 2:
        return places
    own = [p for p in places if lo <= p.start and (hi is None or p.start < hi)]
    return own or places


def _carried(cands: list[Cand]) -> set[int]:
    """"a plane carrying 110 Hondurans left Tapachula for San Pedro Sula": a trigger that ends a longer trigger
    of another type (the departure's verb in the flight home, ``return.carried_home``) is part of it; the longer
    one takes its places (their roles come from the verb); a march that starts inside another trigger is part of it
    too.  Returns the ids of the triggers so carried."""
    out: set[int] = set()
    order = sorted(cands, key=lambda c: c.ti)
    for k, o in enumerate(order):
        for c in itertools.islice(order, k + 1, None):
            if c.ti >= o.tj:
                break  # (triggers are short: the scan stops within a few candidates)
            if o.type != c.type and o.ti < c.ti and c.tj <= o.tj:
                o.places = list(c.places)
                out.add(id(c))
            elif o.type != c.type and o.ti < c.ti and c.type == "march":
                out.add(id(c))  # ("the big caravan began to move off toward the highway": the longer departure's words)
    return out


def _loc_key(c: Cand) -> tuple[str, ...]:
    return tuple(sorted({r.place.name for r in c.places if r.role in ("from", "at", "into", "to")}))


def _left_elsewhere(cands: list[Cand], earlier: list[Cand], town: Place) -> bool:
    """Did a departure told so far set off from a town other than ``town`` (or from a spot of another country: "set
    off from the Plaza Salvador del Mundo", under a Mexican dateline)?  Under the dateline of a country caravans set
    off from (``departure_countries``), a departure from another such country's town is another caravan's ("SAN
    SALVADOR — ... The Honduran column had marched off from San Pedro Sula ... It assembled under the monument
    before sunrise, and was already out on the highway": from here)."""
    home = town.country in word_set("departure_countries")
    return any(c.type == "depart" and r.role in ("from", "at") and r.place.name != town.name and (
        r.place.kind in ("city", "town") or r.place.kind not in ("country", "state", "region", "river", "border")
        and r.place.country != town.country) and not (home and r.place.country != town.country and
                                                     r.place.country in word_set("departure_countries"))
        for c in itertools.chain(cands, earlier) for r in c.places)


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


_SUBJECT_REACH = 4  # words before "resumes" that may hold its subject ("Catechism for the children resumes")


def _resumed_subject(toks: list[Tok], ti: int) -> bool:
    """Is the subject right before an intransitive "resume" an activity that is no march ("after classes
    resumed", "Catechism for the children resumes on Monday")?"""
    for k in range(ti - 1, max(-1, ti - 1 - _SUBJECT_REACH), -1):
        if not toks[k].word:
            return False
        if toks[k].low in word_set("resume_not_objects"):
            return True
    return False


_FRONTED_REACH = 3  # tokens from the sentence's start to its fronted time ("The autumn before that, on Oct. 17")
_SHELTER_COUNTER_REACH = 4  # words after "shelter in" to the verb of its count ("a shelter in Tapachula reckoned")


@lru_cache(maxsize=None)
def _gone_words() -> tuple[frozenset[str], frozenset[str]]:
    """cues.yaml's ``gone_after_time``: (the parts of a group, the determiners opening the group's phrase)."""
    cfg = cues()["gone_after_time"]
    return frozenset(str(w) for w in cfg["parts_of_group"]), frozenset(str(w) for w in cfg["determiners"])


def _gone_after_time(toks: list[Tok], ti: int, tj: int, sent_timexes: list[tuple[int, Timex]]) -> bool:
    """Does the bare "went" / "gone" at ``ti`` close its clause, right after its group ("another column had gone,"),
    in a sentence opened by its time ("On June 20, in the rains, another column had gone, when there was no fruit")?
    (Not "by Thursday most had gone, by bus", "since the caravan went.")"""
    parts, determiners = _gone_words()
    k = ti - 2 if ti >= 2 and toks[ti - 1].low in ("had", "has", "have") else ti - 1
    if not (tj < len(toks) and toks[tj].text in (",", ".", ";", ":") and k >= 0 and (
            (toks[k].low,) in phrase_set("group_nouns") and toks[k].low not in parts or toks[k].low == "one")):
        return False
    # the group's phrase opens the clause right after the fronted time's comma (not "the days the caravans went.",
    # "since the caravan went."), or right after the time itself ("on Oct. 31 a second, much bigger column
    # followed,": a comma may part the words before the group noun)
    d = k
    while d > max(0, k - 5) and (toks[d - 1].word or toks[d - 1].text == "," and d - 2 > k - 5 and
                                 toks[d - 2].word) and toks[d - 1].low not in determiners:
        d -= 1
    if not (d >= 2 and toks[d - 1].low in determiners):
        return False
    if toks[d - 2].text != ",":
        return any(tx.end == toks[d - 2].end for _, tx in sent_timexes)
    # (a dateline's dash opens the story's first sentence: "TAPACHULA, Mexico — On June 20, ...")
    opening = after_dash(toks, d - 1)
    return any(opening <= x <= opening + _FRONTED_REACH and x < d for x, _ in sent_timexes)


def _group_right_before(toks: list[Tok], ti: int, words: frozenset[str]) -> bool:
    """Does a group noun or one of ``words`` stand right before the trigger at ``ti``: "The one that got under way"
    (a relative pronoun), "a far bigger one followed it" (cues.yaml's ``follow_subjects``), "the caravan followed
    them", "The big column of 2018 got under way" (a group named by its year), "the Exodus from Poverty got under
    way" (a name of several words)?"""
    prev = toks[ti - 1].low if ti > 0 else ""
    if ti >= 3 and toks[ti - 2].low == "of" and len(prev) == 4 and prev.isdecimal():
        prev = toks[ti - 3].low
    groups = phrase_set("group_nouns")
    # (or a caravan's name of several words: "when the so-called Exodus from Poverty got under way")
    return prev in words or (prev,) in groups or any(tuple(t.low for t in toks[ti - n : ti]) in groups for n in (2, 3)
                                                     if ti >= n)


def _sentence_timexes(ctx: ArticleCtx, s: Sentence, a: int, tx_i: int) -> tuple[list[tuple[int, Timex]], int]:
    """The time expressions of sentence s that may date its events, with their token index in the sentence
    (``a`` is the sentence's first token, ``tx_i`` the first expression that does not start before it), and the
    index of the first expression after the sentence."""
    text = ctx.text
    sent_timexes: list[tuple[int, Timex]] = []
    q = tx_i
    while q < len(ctx.timexes) and ctx.timexes[q].start < s.end:
        tx = ctx.timexes[q]
        q += 1
        anchored_duration = tx.type == "DURATION" and ("<" in tx.value or ">" in tx.value)
        if (tx.type not in ("DATE", "TIME") and not anchored_duration) or (
                _REL_TIMEX.match(tx.text.strip()) and not _CLAUSE_END_AFTER.match(text, tx.end)
                and not ((w := _WORD_AFTER.match(text, tx.end)) is not None and past_form(w.group(1).lower()))):
            # "the day after Y": a relation to Y (event_relations); but "... the day before." ends
            # its clause: the day before the story's time, the event's own date
            continue
        if in_spans(ctx.quotes, tx.start, tx.end) or timestamp_line(text, tx.start, tx.end):
            continue
        k = bisect.bisect_left(ctx.tok_starts, tx.start) - a
        sent_timexes.append((k, tx))
    return sent_timexes, q


def _group_acts(ctx: ArticleCtx, a: int, toks: list[Tok], kept: list[tuple[Trigger, int, int, int, int]],
                sizes_by_start: list, timex_ks: tuple[int, ...], acts: list[int], done: int) -> int:
    """Add to ``acts`` the token positions of ``kept[done:]`` that a group did: its moves, and a clash on the same
    chain or with a group subject ("It left San Pedro Sula on Saturday, pushed through the bridge gate six days
    later and reached Tapachula": the clash links the arrival to the departure's subject).  Returns how many kept
    triggers are now looked at (the list grows with the sentence: each trigger is looked at once)."""
    lows = lows_of(toks)
    for o, k, *_ in kept[done:]:
        if o.type in MOVE_TYPES or (o.type == "block" and (
                coordinated_move(lows, k, acts) or has_group_subject(ctx, a, toks, k, sizes_by_start, timex_ks))):
            acts.append(k)
    return len(kept)


_PURPOSE_REACH = 8  # words from a group's move to the "to" of the infinitive it governs


def _purpose_of_group_act(toks: list[Tok], ti: int, acts: list[int]) -> bool:
    """"... and walked the 40 kilometres of highway to reach Huixtla on Tuesday": an infinitive after a move the
    group made has the group as subject (however far the group was named before that move)."""
    if ti < 2 or toks[ti - 1].low != "to":
        return False
    return any(ti - _PURPOSE_REACH <= k < ti - 1 and not any(t.text in ",;:." for t in toks[k:ti]) for k in acts)


def _screened(ctx: ArticleCtx, a: int, toks: list[Tok], matches: list[tuple[Trigger, int, int]],
              sent_timexes: list[tuple[int, Timex]], sizes_by_start: list, tx_starts: list[int],
              tx_reach: list[int], force_words: list[bool]
              ) -> tuple[list[tuple[Trigger, int, int, int, int]], set[int]]:
    """The cheap tests on a sentence's trigger matches, which need no clause structure: a trigger inside a
    quotation, a time expression or a place name, a verb used as a noun, a subject that is no group ...
    Returns the matches kept (trigger, token span, character span) and the trigger words that are part of a
    place name."""
    timex_ks = tuple(k for k, _ in sent_timexes)
    kept: list[tuple[Trigger, int, int, int, int]] = []
    not_after_passive, passive_aux = word_set("not_after_passive"), word_set("passive_aux")
    in_name: set[int] = set()  # trigger words that are part of a place name: they bound no clause
    generic_at: int | None = None  # end of a trigger whose object is caravans in general
    acts: list[int] = []  # kept triggers a group did (_group_acts), for the chains of its verbs
    acted = 0
    for trig, ti, tj in matches:
        start, end = toks[ti].start, toks[tj - 1].end
        if in_spans(ctx.quotes, start, end):
            continue
        k = bisect.bisect_right(tx_starts, start)
        if k and tx_reach[k - 1] > start and not (trig.in_time and tx_reach[k - 1] < end):
            continue  # "in March", "May": a time expression, not a trigger
        pf = ctx.place_tok.get(a + ti - 1) if ti else None
        if pf is not None and not pf.demonym and pf.tok_end == a + ti and toks[ti].low not in passive_aux and (
                toks[ti].low.endswith("ing") or not trig.pattern.startswith("~")) and \
                not (tj - ti > 1 and past_form(toks[tj - 1].low)):
            in_name.add(ti)
            continue  # "the Corinto crossing": part of a place name (not "the San Ysidro port closed for hours")
        inside = ctx.place_tok.get(a + ti)
        if inside is not None and not inside.demonym and inside.tok_start < a + ti and inside.tok_end >= a + tj:
            in_name.add(ti)
            continue  # "at the San Ysidro crossing": the trigger word is inside the place's name
            # (not "the San Ysidro crossing closed for about five hours": the name's head and a verb)
        if is_noun_use(toks, ti, trig) or is_imperative(toks, ti, trig):
            continue
        if toks[ti].low.endswith("ing") and tj == ti + 1 and tj < len(toks) and \
                toks[tj].low in word_set("ing_modifies"):
            continue  # "a line of tiny walking figures": a modifier
        if trig.type == "asylum" and not trig.pattern.startswith("~") and ti and \
                toks[ti - 1].low in word_set("asylum_noun_not_after"):
            continue  # "to demand faster processing of asylum claims": the claims as a topic, not filed here
        if trig.rule == "depart.under_way" and not _group_right_before(toks, ti, RELATIVE_PRONOUNS):
            continue  # "as the Summit of the Americas got under way": a meeting under way, not the group
        if trig.rule == "depart.depart" and ti and one_persons_own(toks[ti - 1].low):
            continue  # "talked about her father's departure": one person's leaving, no caravan's
        if trig.type == "arrive" and tj < len(toks) and toks[tj].low == "at" and \
                any(z.tok_start == tj + 1 and z.framed for z in sizes_by_start):
            continue  # "the migration institute, tallying them at its posts ..., arrived at roughly 3,500": a count
        if trig.rule == "block.stopped" and ti and toks[ti - 1].low in word_set("stopped_not_subjects"):
            continue  # "departures were halted until it reached Huixtla": a bus service, not the group
        if trig.type == "return" and ti >= 2 and toks[ti - 2].low == "one" and toks[ti - 1].low in _ONE_WAS and \
                (ti == 2 or not toks[ti - 3].word or toks[ti - 3].low == "and"):
            continue  # "two cleaners ... left with it; one is in Houston, one was sent back from Mexico": one person
        if trig.type == "return" and ti and toks[ti - 1].low in _GENERIC_BEFORE and toks[ti].low.endswith("ed"):
            continue  # "those who cross between ports of entry are expelled to Mexico", "those expelled under Title 42"
        if trig.type in ("arrive", "cross_border") and ti >= 2 and toks[ti - 2].low in ("to", "for") and \
                toks[ti - 1].low in ("whoever", "anyone") or ti >= 3 and toks[ti - 3].low in ("to", "for") and \
                (toks[ti - 2].low, toks[ti - 1].low) in (("those", "who"), ("anyone", "who")):
            continue  # "handing out humanitarian papers ... to those who reached the river", "cards to whoever
            # reached its Suchiate bridge": whoever did, no event
        if trig.type == "stay" and ti >= 3 and toks[ti].low.endswith("ing") and \
                toks[ti - 3].low in RELATIVE_PRONOUNS and (toks[ti - 2].low, toks[ti - 1].low) == ("had", "been"):
            continue  # "a few hundred migrants who had been sleeping in the central park ... set off": who they were
        if trig.rule == "stay.shelter" and counter_after(toks, tj, _SHELTER_COUNTER_REACH):
            continue  # "about 400 people, a Catholic shelter in Tapachula reckoned": who counted, no stay
        if trig.type == "stay" and ti and toks[ti - 1].low in word_set("force_words"):
            continue  # "which Mexican federal police halted at the bridge": police halting a group (a block)
        if trig.rule == "block.tear_gas" and _means_topic(toks, ti):
            continue  # "a complaint ... over the use of shields and pepper spray": what was used, told as a topic
        if trig.rule == "block.block" and place_noun(toks, ti):
            continue  # "halted short of the roadblock at Vado Hondo": where they stopped, not a block told here
        if trig.rule == "block.stop" and tj == ti + 1 and any(
                t.low in word_set("stopped_not_objects") for t in toks[tj : tj + 2]) and not any(
                (t.low,) in phrase_set("group_nouns") for t in toks[tj : tj + _STOPPED_CARRYING]):
            # "police stop timber trucks on the CA-10": traffic stopped, no group of people (not "stopped buses
            # carrying migrants")
            continue
        if trig.rule == "block.stop" and toks[ti].low == "clear" and (tj >= len(toks) or not toks[tj].word):
            continue  # "because the police want the shoulder clear": an adjective closing its clause, no verb
        if trig.rule == "block.force_way" and _thing_pushes(toks, ti):
            continue  # "how hard the water is pushing through the clay": a thing pushing, no group past police
        if trig.rule == "block.block" and _not_a_blockade(toks, ti):
            continue  # "blocked drains in the park's toilets", "paid for 300 blocks" (of ice): no block of a group
        if trig.rule == "march.resume" and (tj < len(toks) and toks[tj].low in word_set("resume_not_objects") or
                                            _resumed_subject(toks, ti)):
            continue  # "we resumed classes on Wednesday", "Catechism ... resumes": the school's work, not the march
        if trig.rule == "march.resume" and toks[tj - 1].low == "on" and tj < len(toks) and \
                toks[tj].low in word_set("on_not_objects"):
            continue  # "rosaries that pilgrims had pressed on them": given to someone, no march
        if toks[ti].low in word_set("clash_nouns") and tj < len(toks) and toks[tj].low in word_set("clash_not_before"):
            continue  # "a clash of cultures": no clash at the border
        if toks[ti].low == "arrivals" and ti and toks[ti - 1].low in word_set("arrivals_people_before"):
            continue  # "replaced by new arrivals sleeping in the square": people, not an arrival
        if ti and trig.rule in not_after_passive and toks[ti - 1].low in passive_aux and \
                not toks[ti].low.endswith("ing"):
            # "was stopped at the bridge": stopped by someone (block.stopped), not a rest ("were resting" is)
            continue
        if trig.rule == "cross_border.climb_fence" and tj < len(toks) and \
                toks[tj].low in cues()["enclosure_after"]:
            continue  # "jumped the fence around the factory": an enclosure, not the border
        if trig.rule == "block.block" and toks[ti].low in ("block", "blocks") and tj < len(toks) and \
                toks[tj].low in cues()["piece_of_after"]:
            continue  # "carves lasts from blocks of cedar": a piece of wood, no roadblock
        if ti >= 2 and toks[ti].low.endswith("ing") and toks[ti - 1].low == "of" and (
                toks[ti - 2].low in word_set("duration_of_units") or toks[ti - 2].low in word_set("gerund_of_topics")):
            continue  # "after more than a week of walking": how long; "the dangers of walking": a topic
        if _counted_from(toks, ti, tj, trig):
            continue  # "within hours of its arrival", "a week after the departure": a time counted from it, told before
        if trig.type == "stay" and ti >= 1 and toks[ti - 1].low in ("had", "have", "has") and \
                _long_wait_after(lows_of(toks), tj):
            continue  # "many had waited in Tapachula for months for papers": who they were, no dated stay
        if trig.type == "depart" and _by_air(lows_of(toks), tj):
            continue  # "Most left for university or for the United States on a plane": no caravan's leaving
        if trig.type == "march" and (_phrase_at(toks, tj, "marched_in_the_group") or
                                     _phrase_at(toks, tj, "marched_under_a_name")):
            continue  # "the shelters reckoned that more than 4,000 people walked in it": how many, no march
        if trig.type == "arrive" and _gathering(toks, ti, tj):
            continue  # "people who had been arriving since the afternoon": a crowd gathering, no arrival
        if ranked_group_infinitive(toks, ti):
            continue  # "It is the third caravan to leave Central America": which caravan, not an event
        if trig.type == "depart" and toks[ti].low.endswith("ing") and ti >= 2 and \
                toks[ti - 1].low in ("after", "since") and toks[ti - 2].low in word_set("duration_of_units"):
            continue  # "wading the Suchiate into Mexico, two days after setting out": the leaving counted from

        if (restrictive_relative(toks, ti) or trig.type in MOVE_TYPES and thing_relative(toks, ti)) and \
                not dated_relative(toks, ti, sent_timexes) and not joined_relative(toks, ti, sent_timexes) and \
                not fronted_relative(toks, ti, sent_timexes, any(t2 > tj for _, t2, _ in matches)):
            # "the migrants who already arrived in Tijuana" describes the group; "a caravan that
            # departed San Pedro Sula on Monday night" dates an event of the story; "the kind of toothache that
            # has walked for a week" is no group's move
            continue
        if trig.needs == "group" and not has_group_subject(ctx, a, toks, ti, sizes_by_start, timex_ks,
                                                           with_group=trig.type != "march"):
            acted = _group_acts(ctx, a, toks, kept, sizes_by_start, timex_ks, acts, acted)
            if not coordinated_move(lows_of(toks), ti, acts) and not _purpose_of_group_act(toks, ti, acts):
                continue
        if trig.rule == "stay.rest_noun" and not word_set("time_noun_before").isdisjoint(
                t.low for t in toks[max(0, ti - 3) : ti]):
            continue  # "before the first rest stop": a time
        if trig.needs == "group_inside" and not any(
                (t.low,) in phrase_set("group_nouns") or t.low[:1].isdecimal() for t in toks[ti + 1 : tj]):
            continue  # "sent more than 1,500 migrants back", "flew 300 Hondurans home": the group sent
        if trig.rule == "block.stop" and (not needs_force(toks, force_words) or group_stops(toks, ti) and not (
                ti + 2 < len(toks) and toks[ti + 1].low in ("the", "its", "their") and
                (toks[ti + 2].low,) in phrase_set("group_nouns") or
                ti + 1 < len(toks) and toks[ti + 1].low in ("it", "them")) and toks[ti].low not in ("was", "were")):
            # "the migrants stopped to rest": the group stopping, not stopped by anyone (not "police say they turned
            # the column back", "guardsmen ... they halted it at the entrance of town", "Guatemala's police say they
            # stopped the group at the Corinto crossing": the group is the object, inside the trigger or right after
            # it; nor "the column was raided": done to it)
            continue
        if trig.rule == "block.stop" and tj < len(toks) and toks[tj].low.endswith("ing") and \
                not (tj + 1 < len(toks) and (toks[tj + 1].low,) in phrase_set("group_nouns")):
            # "Mexico has stopped accepting new applications": ceasing to do something ("stopped marching
            # migrants" stops a group)
            continue
        if trig.rule == "depart.follow" and not (toks[ti].low == "another" or
                                                 _group_right_before(toks, ti, word_set("follow_subjects"))):
            continue  # "another followed", "a far bigger one followed it" (not "police followed it on Monday")
        if trig.rule == "arrive.reach" and tj < len(toks) and toks[tj].low in word_set("reach_extent_after"):
            continue  # "the line of people ... reached back over the river": how far it stretched, no arrival
        if trig.rule == "arrive.reach" and (k := tj + (tj < len(toks) and toks[tj].low in ("the", "a", "an"))) < \
                len(toks) and toks[k].low in word_set("reach_not_objects"):
            continue  # "they reached the semifinal of a tournament in Guatemala City": a stage reached, no place
        if trig.rule == "depart.leave" and _leaves_in_a_state(toks, tj):
            continue  # "Caravan leaves Tecún Umán's fuel pumps dry": what it leaves behind, no departure
        if generic_caravans_after(toks, tj):
            generic_at = tj
            continue  # "had dissolved several smaller caravans in recent months": no one caravan's event
        if generic_at is not None and ti > generic_at and toks[ti - 1].low == "by" and toks[ti].low.endswith("ing"):
            continue  # "... by offering migrants temporary permits": how that was done
        if trig.type == "march" and toks[ti].low.endswith("ing") and ti >= 2 and toks[ti - 1].text == "," \
                and any(o.type in _ON_THE_ROAD and tj2 <= ti for o, _, tj2, _, _ in kept):
            continue  # "set off for Tapachula, walking in the heat": how they went, not another event
        if trig.type == "march" and toks[ti].low.endswith("ing") and any(
                o.type == "depart" and tj2 < ti <= tj2 + _HOW_REACH
                and all(t.word and t.low != "and" for t in toks[tj2:ti])
                for o, _, tj2, _, _ in kept):
            continue  # "thousands streamed out of the city heading north": how they left ("set out walking toward
            # the city" is the march itself)
        if trig.type in _ON_FOOT_MOVES and _piecemeal_after(toks, tj):
            continue  # "Many had crossed the river from this town in the week before, in twos and threes": no caravan
        if trig.type in MOVE_TYPES and any(k >= 0 and toks[k].low == "who" and _base_form(toks[k + 1].low)
                                           for k in (ti - 1, ti - 2)) and \
                not any(abs(k - ti) <= _HABIT_TIME_REACH for k, _ in sent_timexes):
            continue  # "the men who pole rafts across the Suchiate": what such people do, no event
        if trig.type in MOVE_TYPES and not sent_timexes and ti >= 2 and \
                toks[ti - 1].low in word_set("plural_group_subjects") and toks[ti - 2].low in ("the", "these", "those"):
            continue  # "The caravans left from the same city while his pumps were still out": caravans in general
        if trig.rule == "march.march" and tj + 1 < len(toks) and (
                toks[tj].low in word_set("companion_preps") or
                toks[tj].low == "with" and (toks[tj + 1].low in word_set("companion_objects") or
                                            toks[tj + 1].low in word_set("passive_aux"))):
            continue  # "two of his pupils walked beside it for an hour", "a nurse walked with it as a volunteer"
        if trig.type == "march" and _walking_subject(toks, ti, tj, matches):
            continue  # "Central Americans walking in a caravan set off from Tapachula": who set off
        if trig.needs_time == "right_after" and not any(
                k == tj or k == tj - 1 and toks[k].low != "on" for k, _ in sent_timexes):
            continue  # "The caravan that went on Nov. 5", "It went before dawn on Saturday" (not "went on toward")
        if trig.needs_time == "fronted" and not _gone_after_time(toks, ti, tj, sent_timexes):
            continue  # "On June 20, in the rains, another column had gone, when ..." (not "went to see her")
        if trig.needs_time == "day_after" and not any(
                k == day_after_of(ctx.text, tj, sent_timexes) and (DAY_VALUE.match(x.value) or
                                                                      FEAST_DAY.match(x.value)) and not (
                    went_with(ctx.text, x.start) and any(o.type == "depart" for o, *_ in kept))
                for k, x in sent_timexes):
            # "the caravan of Oct. 20" names it by its day (not "the caravan of January 2019"; "she left with the
            # caravan of Wednesday, June 5": her leaving tells its day)
            continue
        if trig.type == "arrive" and _never_reached(toks, ti, matches):
            continue  # "was broken up before it reached the town", "long before they reached her street"
        if trig.type in MOVE_TYPES and _anchor_of_time(ctx.text, toks, ti, sent_timexes):
            continue  # "on the Sunday after it set out": the move a day is counted from, told as such elsewhere
        kept.append((trig, ti, tj, start, end))
    return kept, in_name


_PIECEMEAL_REACH = 12  # words after a move to "in twos and threes"
_GATHERING_REACH = 5  # words after an arrival's trigger in which "since" tells a crowd gathering


def _gathering(toks: list[Tok], ti: int, tj: int) -> bool:
    """"people who had been arriving since the afternoon", "had been arriving at the terminal since the night
    before": a progressive arrival ("been", cues.yaml's ``gathering_aux``) going on since a time a few words on
    (``gathering_since``), with no name between them, is a crowd gathering."""
    if ti == 0 or toks[ti - 1].low not in word_set("gathering_aux") or not toks[ti].low.endswith("ing"):
        return False
    for t in toks[tj : tj + _GATHERING_REACH]:
        if t.low in word_set("gathering_since"):
            return True
        if not t.word or t.text[:1].isupper():
            return False
    return False


_ON_FOOT_MOVES = frozenset({"depart", "cross_border", "arrive", "march"})  # (not papers handed out "a few at a time")


def _piecemeal_after(toks: list[Tok], tj: int) -> bool:
    """Is the move told as done a few at a time ("in twos and threes", "one by one": cues.yaml's ``piecemeal``) in
    the words after it, within its sentence's clause (no semicolon)?"""
    lows = [t.low for t in toks[tj : tj + _PIECEMEAL_REACH]]
    if ";" in lows:
        lows = lows[: lows.index(";")]
    return bool(has_phrase(lows, phrase_set("piecemeal")))


_WALKING_SUBJECT_REACH = 6  # words from "walking" to the verb of the subject it describes


def _walking_subject(toks: list[Tok], ti: int, tj: int, matches: list[tuple[Trigger, int, int]]) -> bool:
    """Is the march participle at ``ti`` part of its subject, right after the group noun, with the group's own verb
    of moving a few words on and no comma between ("Central Americans walking in a caravan set off from
    Tapachula")?"""
    if not (ti >= 1 and toks[ti].low.endswith("ing") and tj == ti + 1 and toks[ti - 1].word and
            (toks[ti - 1].low in word_set("walking_subject_heads") or toks[ti - 1].text[:1].isupper()
             and toks[ti - 1].low.endswith("s"))):
        return False
    return any(o.type in _ON_THE_ROAD and tj < t2 <= tj + _WALKING_SUBJECT_REACH and
               not toks[t2].low.endswith("ing") and all(t.word for t in toks[tj:t2]) for o, t2, _ in matches)


def _anchor_of_time(text: str, toks: list[Tok], ti: int, sent_timexes: list[tuple[int, Timex]]) -> bool:
    """Is the trigger at ``ti`` the verb of "after it ..." / "before they ..." right after a time expression ("drove
    the column back at Vado Hondo on the Sunday after it set out"): the move that time is counted from?"""
    if ti < 2 or toks[ti - 1].low not in ("it", "they") or toks[ti - 2].low not in ("after", "before"):
        return False
    lo = toks[ti - 2].start
    # (not a lag: "left Huixtla on Wednesday, two days after they crossed the Suchiate" dates the crossing)
    return any(x.end <= lo and not text[x.end : lo].strip() and x.rule != "rel_before_event" for _, x in sent_timexes)


def _never_reached(toks: list[Tok], ti: int, matches: list[tuple[Trigger, int, int]]) -> bool:
    """An arrival told only as the bound of something else: "broken up before it reached the town" (a block
    word just before it, whether or not it is kept as a block: it never got there), "long before they reached her
    street" (no arrival the story tells)."""
    k = ti - 1
    if k >= 0 and toks[k].low in word_set("group_stop_pronouns"):
        k -= 1
    elif k >= 1 and (toks[k].low,) in phrase_set("group_nouns") and toks[k - 1].low in ("the", "its", "their"):
        k -= 2
    if k < 0 or toks[k].low != "before":
        return False
    if k >= 1 and toks[k - 1].low == "long":
        return True
    return any(o.type == "block" and 0 <= k - tj2 <= 2 for o, _, tj2 in matches)


_STATE_REACH = 6  # words after "leave" in which the state it leaves its object in is looked for


def _leaves_in_a_state(toks: list[Tok], tj: int) -> bool:
    """'leaves Tecún Umán's fuel pumps dry', 'left thousands stranded': "leave" with an object and the state it
    is left in (``leave_states`` in cues.yaml), before any punctuation, preposition or "and"."""
    states = word_set("leave_states")
    for t in toks[tj : tj + _STATE_REACH]:
        if t.low in states:
            return True
        if not t.word or t.low in _LEAVE_OBJECT_ENDS:
            return False
    return False


_LEAVE_OBJECT_ENDS = frozenset(("for", "on", "at", "in", "from", "to", "toward", "towards", "with", "by", "and"))


def _speaker(ctx: ArticleCtx, sidx: int, a: int, b: int, toks: list[Tok], seg: list[int], ti: int,
             tj: int, country_ok: bool = False) -> str | None:
    """Who makes the statement of trigger [ti, tj) in sentence sidx (tokens [a, b) of the article): the
    actor of its clause, else the subject of verbs it is coordinated with, else a pronoun's speaker, else a
    surname the article gave beside an official title."""
    placetok = {k - a for k in range(a + max(0, ti - 30), min(b, a + tj + 16)) if k in ctx.place_tok}
    actor = find_actor(toks, seg, ti, tj, placetok)
    if actor is None and ti >= 2 and (toks[ti - 1].text == "," or toks[ti - 1].low == "and"):
        # "Bartolo Fuentes, a former lawmaker who has been walking with the group, denied ...": the
        # subject before an apposition or a relative clause; "López Obrador ... has promised a more
        # humane approach, and said on Wednesday ...": the subject of the verbs it is coordinated with
        wide = [seg[ti]] * ti + list(seg[ti:])
        actor = find_actor(toks, wide, ti, tj, placetok)
    aux = 1 if ti >= 2 and toks[ti - 1].low in ("had", "has", "have") else 0  # "Guatemala had declared ..."
    if actor is None and country_ok and ti >= 1 + aux and (f := ctx.place_tok.get(a + ti - 1 - aux)) is not None and \
            not f.demonym and f.place is not None and f.place.kind == "country" and f.tok_end == a + ti - aux:
        # "Guatemala declared a state of prevention": a country acts by its government (not "Guatemala said on
        # Monday that ...": a saying only reports the event, whose date it is)
        actor = f.place.name
    if actor is None:
        actor = pronoun_speaker(ctx, sidx, toks, ti, tj)
    if actor is None:
        actor = titled_surname(ctx, toks, ti)
    return actor


# the nouns after a trigger that stand for the place it needs (cues.yaml)
_PLACE_NOUN_LISTS = {"stay": ("stay_place_nouns",), "arrive": ("stay_place_nouns", "arrive_place_nouns"),
                     "depart": ("stay_place_nouns", "depart_place_nouns")}


def _has_required_place(ctx: ArticleCtx, a: int, toks: list[Tok], seg: list[int], c: Cand) -> bool:
    """A trigger that needs a place of some kinds (``needs_place``) keeps its candidate only with one: a place of
    its clause, the subject of a passive ("the port of entry was closed"), a border or stay noun after it ("reach
    the border", "slept in the town's plaza"), a relative clause's antecedent, or, for a ``subject_place`` trigger,
    its subject ("San Pedro Sula's main terminal had emptied onto the highway"); a ``place_or_time`` trigger
    without one is kept as unplaced (its own time decides).  Completes ``c.places`` on the way."""
    trig, ti, tj = c.trig, c.ti, c.tj
    real = [r for r in c.places if r.role != "mention" and r.place.kind in trig.needs_place]
    if not real and trig.subject_place:
        # "San Pedro Sula's main terminal had emptied onto the highway": the place is the subject, the one left
        real = [r for r in c.places if r.start < c.start and r.place.kind in trig.needs_place]
        c.places = [r.model_copy(update={"role": trig.object_role or "at"}) if r in real else r for r in c.places]
    if not real and toks[ti].low in word_set("passive_aux"):
        # "The San Ysidro port of entry was closed": the subject of a passive is the place
        real = [r for r in c.places if r.start < c.start and r.place.kind in trig.needs_place]
        c.places = [r.model_copy(update={"role": "at"}) if r in real else r for r in c.places]
    if not real and "border" in trig.needs_place and any(
            t.low in word_set("border_nouns") for t in toks[tj : tj + 4]):
        real = [None]  # "reach the border"
    elif not real and trig.type in _PLACE_NOUN_LISTS and any(
            any(t.low in word_set(k) for k in _PLACE_NOUN_LISTS[trig.type]) for t in toks[tj : tj + 5]):
        real = [None]  # "slept in the town's central plaza", "reached the Casa del Migrante shelter", "started from
        # the terminal"
    if not real and (head := caption_head_place(ctx, toks)) is not None and head.place.kind in trig.needs_place:
        real = [head]  # "San Ysidro, Sunday evening: the group reaches the gate" (placed with the caption's head)
    if not real:
        ante = antecedent_place(ctx, a, toks, seg, ti)
        if ante is None or ante.place.kind not in trig.needs_place:
            if not trig.place_or_time or trig.type == "cross_border" and tj < len(toks) and toks[tj].low in DETERMINERS:
                return False  # (over something that is no border river: "came over the mountains in its thousands")
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
    return True


_STOPPED_CARRYING = 5  # words after a stop that may name the people a stopped vehicle carried


def _thing_pushes(toks: list[Tok], ti: int) -> bool:
    """Is the subject right before the trigger at ``ti`` (perhaps before "is", "was" ...) a thing of cues.yaml's
    ``thing_subjects`` ("the water is pushing through the clay")?"""
    k = ti - 1
    if k >= 1 and toks[k].low in ("is", "was", "are", "were", "has", "had", "have"):
        k -= 1
    return k >= 0 and toks[k].low in word_set("thing_subjects")


_BLOCKED_BY_REACH = 4  # words after "blocked by" in which a group noun makes the group the one blocking


def _not_a_blockade(toks: list[Tok], ti: int) -> bool:
    """"block" counted ("300 blocks" of ice, "two blocks from the fence"), "blocked" before something no group is
    ever kept from ("blocked drains", "a blocked sink") or "blocked by" a group: not a block of the caravan."""
    w = toks[ti].low
    if w in ("block", "blocks") and ti and (starts_number(toks[ti - 1].low) or
                                           toks[ti - 1].low in word_set("block_not_after")):
        return True  # (or a thing: "one returned with a cracked engine block")
    if w == "blocked" and ti + 1 < len(toks) and toks[ti + 1].low == "by" and any(
            (t.low,) in phrase_set("group_nouns") for t in toks[ti + 2 : ti + 2 + _BLOCKED_BY_REACH]):
        return True  # "found the road blocked by the Easter procession of Central Americans": the group blocks it
    return w == "blocked" and ti + 1 < len(toks) and toks[ti + 1].low in word_set("blocked_not_objects")


def _mark_group_names(ctx: ArticleCtx) -> None:
    """Mark the expressions that name which group a text is about ("hundreds of Hondurans from the January
    caravan were camped", "last year's caravan", "the caravan of Christmas Eve 2023"): they date no clause, for the
    resolver's narrative context."""
    groups = phrase_set("group_nouns")
    for tx in ctx.timexes:
        if tx.type == "DATE" and (names_a_group(ctx.toks, ctx.tok_starts, tx, groups) or
                                  of_a_group(ctx.toks, ctx.tok_starts, tx, groups)):
            tx.names_group = True


def find_events(article: Article, sentences: list[Sentence], timexes: list[Timex]) -> tuple[
        list[EventMention], list[Relation]]:
    """Event mentions of one article and the temporal relations between them."""
    from timeline.extract.event_relations import find_relations

    if len(article.text) >= PREFILTER_CHARS and _nothing_to_find(article.text):
        return [], []
    ctx = ArticleCtx(article, sentences, timexes)
    text = ctx.text
    _mark_group_names(ctx)
    all_cands: list[Cand] = []
    per_sentence: list[tuple[Sentence, list[Cand], int, list[Tok], list[int]]] = []
    tx_i = 0
    seen_types: set[str] = set()
    prev_group: tuple[int, bool, bool, str | None] | None = None  # (sentence, earlier, later, nationality)
    head = headline_end(text)
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
        sent_timexes, q = _sentence_timexes(ctx, s, a, tx_i)
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
        tx_spans = sorted([(t.start, t.end) for _, t in sent_timexes] + [
            (t.start, t.end) for t in ctx.timexes[tx_i:q] if t.type in ("DURATION", "SET")])
        tx_starts = [x for x, _ in tx_spans]
        tx_reach = list(itertools.accumulate((y for _, y in tx_spans), max))  # furthest end so far
        # first the cheap tests that need no clause structure
        kept, in_name = _screened(ctx, a, toks, matches, sent_timexes, sizes_by_start, tx_starts, tx_reach,
                                  force_words)
        if not kept and not any(z.framed and not z.vague and (z.value is not None or z.low is not None) for z in sizes):
            continue  # no trigger left and no size of its own: nothing to report
        if in_name:
            starts = sorted(ti for _, ti, _ in matches if ti not in in_name)
            ends = sorted(tj for _, ti, tj in matches if ti not in in_name)
        seg = segments(toks, ctx.within(ctx.segment_hits, a, b))
        coord: tuple[int, int, str, str | None] | None = None  # the last modal trigger: (sentence, end, modality, cue)
        for trig, ti, tj, start, end in kept:
            if trig.type in ("stay", "march") and start < head:
                continue  # "A shelter's new floor waits as the Via Crucis caravan walks on": the story's subject
            if trig.type in MOVE_TYPES and person_relative(toks, seg, ti) and not (
                    trig.type == "depart" and (with_dated_caravan(text, end) or trig.needs_time == "day_after")):
                # "Bartolo Fuentes, a former lawmaker who has been walking with the group": one person (not a
                # caravan named by its day: "a woman who walked with the Via Crucis of April 23 last year")
                continue
            # (a statement trigger that needs no speaker is an official act told as such: "registration closed")
            statement = trig.needs == "official" or (trig.type == "statement" and trig.needs != "none")
            if statement:
                # a statement needs a migration topic near it and an official who makes it: most
                # statement words have neither, so this comes before the clause work (all of it is
                # local to the trigger: the order of the tests does not change what is kept)
                if not statement_ok(ctx, sidx):
                    continue
                actor = _speaker(ctx, sidx, a, b, toks, seg, ti, tj, country_ok=not trig.weak)
                if actor is None:
                    continue
                ctx.last_speaker = (sidx, actor)
            c = Cand(trig, ti, tj, s, toks, seg, trig.type, start=start, end=end, rule=trig.rule,
                     trigger_text=text[start:end])
            c.modality, c.cue = modality(toks, seg, ti)
            if c.modality == "planned" and trig.rule == "block.clash" and c.cue in word_set("clash_attempt_cues") and \
                    ti and toks[ti - 1].low == "to" and ti >= 3 and toks[ti - 3].low not in ("will", "would", "to"):
                # "a second Honduran group spent the afternoon trying to break through the Mexican gate": the attempt
                # is the clash (not "will try to break through")
                c.modality, c.cue, c.rule = "actual", None, c.rule + "+attempt"
            elif trig.type == "statement" and trig.needs == "none" and c.cue == REPORTED_FUTURE:
                # "the government said it would take no new applications": the measure announced that day
                c.modality, c.cue, c.rule = "actual", None, c.rule + "+announced"
            if c.modality == "actual" and c.cue is None and coord is not None and coord[0] == s.index and \
                    coord_follows(lows, coord[1], ti):
                # "would rest in Huixtla today and set out for Escuintla tomorrow": one modal, two verbs
                c.modality, c.cue = coord[2], f"{coord[3]} (coordinated)"
            coord = (s.index, tj, c.modality, c.cue) if c.cue is not None and c.modality in ("planned", "hypothetical") \
                else None
            if present_perfect(toks, ti):
                c.rule += "+perfect"
            elif trig.type == "stay" and (present_state(toks, ti) or toks[ti].low in ("remain", "remains")):
                c.rule += "+present"
            nxt = starts[bisect.bisect_left(starts, tj)] if bisect.bisect_left(starts, tj) < len(starts) else None
            pe = bisect.bisect_right(ends, ti)
            prev_end = ends[pe - 1] if pe else None
            # (not where its people come from: "a much smaller caravan had gone, some 400 people ..., most of them
            # from Venezuela")
            c.places = [p for p in places_for(ctx, a, toks, seg, c, nxt, prev_end)
                        if not _counter_place(p, text) and not _members_from(p, text, c.end, _PEOPLE_FROM)]
            if not c.places and trig.type in ("arrive", "stay", "block") and \
                    (where := where_antecedent(ctx, a, toks, seg, ti) or
                     there_antecedent(ctx, a, toks, ti, tj)) is not None:
                # "drove to Huixtla on Christmas Day, where the caravan had arrived"; "In Tijuana, ... The first
                # buses pulled in there on Tuesday"
                c.places = [where]
            if all(r.role == "mention" for r in c.places) and \
                    (trig.from_dateline or trig.type == "depart" and (_town_spot_after(toks, tj) or
                                                                     _town_spot_before(toks, ti))) and \
                    ctx.dateline is not None and \
                    ctx.dateline.kind in ("city", "town") and not _left_elsewhere(cands, all_cands, ctx.dateline):
                # "TAPACHULA, Mexico — ... It went before dawn on Saturday": from the town the story is told from
                # (not when the text told a departure from another town before it: "PUERTO MADERO, Mexico — ... a
                # caravan ... left Tapachula on foot ... The caravan that went out on June 6 did the same"; the
                # countries its people come from are no place it leaves: "migrants, many of them Venezuelans")
                c.places = [fast(PlaceRef, place=ctx.dateline, role="from", start=c.start, end=c.end,
                                 text=c.trigger_text), *c.places]
            if trig.needs_place and not _has_required_place(ctx, a, toks, seg, c):
                continue
            if trig.type == "cross_border":
                states = {r.place.country for r in c.places if r.place.kind == "state"}
                located = [r for r in c.places if r.role in ("into", "from", "to")
                           and not (r.place.kind == "country" and r.place.country in states)]
                if located and all(r.place.kind == "state" for r in located):
                    # a state line inside one country: the group arrives in the state
                    c.type = "arrive"
                    c.rule = trig.rule + "+state-line"
            if trig.type == "arrive" and (reached := [r for r in c.places if r.role in ("to", "into", "at")]) and \
                    all(r.place.kind == "river" for r in reached):
                continue  # "its front reached the Suchiate, the river that divides Guatemala from Mexico": the border
                # river reached, told for its crossing, no arrival in a place
            if trig.type == "return" and (trig.origin_only and not return_ok(c, toks) or back_elsewhere(c, toks)):
                continue
            if trig.type == "return" and trig.needs == "none" and (
                    single_person_subject(lows, ti) or _person_opens_sentence(lows, ti) or _one_of_subject(lows, ti)):
                # "He said he had lived in Texas until he was deported in 2015": one person's story; so is one told
                # of the person the sentence opens with ("Ms. Escalante took the children to the park ..., then
                # brought them home")
                continue
            if trig.type == "depart" and any(r.role == "towards" and not demonym_ref(r) for r in c.places) and not any(
                    r.role in ("from", "at") for r in c.places):
                # "slept in Esquipulas ... and left at dawn for Chiquimula": leaving from where they were
                prev = per_sentence[-1] if per_sentence and per_sentence[-1][0].index == s.index - 1 else None
                origin = origin_before(ctx, a, ti, prev[1] if prev else [])
                if origin is not None:
                    c.places.append(origin)
                    c.rule += "+origin-before"
            new_group = trig.type == "depart" and _new_group_subject(lows, ti)
            if trig.type == "depart" and not new_group and _again_in_clause(lows, ti, tj):
                # "hit the road again early Tuesday, leaving Juchitan": leaving a stop, the march resumed
                c.type, c.rule = "march", trig.rule + "+again"
            elif new_group and "again" in lows[ti : tj + 3]:
                # "Last week, a column of mostly Haitian families quit the city again": a new group leaving the town
                # as others did before it, a caravan of its own
                c.rule = trig.rule + "+again-new"
            elif trig.type == "depart" and _one_that_before(lows, ti):
                # "In October there was the caravan of Oct. 20, and then the one that set out on Nov. 5": a
                # caravan named by its setting out, not one leaving a stop
                c.rule += "+one_that"
            elif trig.type == "march" and _gathered_and(lows, ti):
                # "a group of Salvadorans gathered in the plaza below the monument before dawn and walked west toward
                # Guatemala", "gathered around the Salvador del Mundo monument and headed west": gathering, then
                # walking off, is setting out
                c.type, c.rule = "depart", trig.rule + "+gathered"
            elif trig.rule == "march.resume" and _took_road_after_leaving(cands, lows, ti):
                # "a few thousand people set off from the same terminal and took the road to Corinto": the leaving's
                # road, no march resumed
                continue
            elif trig.rule == "march.resume" and sent_timexes and _another_opens(lows, ti):
                # "In June, on Wednesday the 5th, another had headed north": another caravan setting out
                c.type, c.rule = "depart", trig.rule + "+another"
            if statement:
                c.actor = actor
            elif trig.type == "block":
                if not force_actor:
                    force_actor.append(forcing_actor(toks))
                c.actor = force_actor[0]
            cands.append(c)
        # own time expressions
        assign_timexes(cands, sent_timexes, toks, text)
        days_by_sources(cands, sent_timexes, text)
        when_after_time(cands, sent_timexes, toks, text)
        assign_spans(ctx, a, cands, sent_timexes)
        stays_until(ctx, a, cands, sent_timexes)
        cands.extend(stays_from(ctx, a, cands))
        departures_followed(ctx, a, cands, sent_timexes)
        cands.extend(listed_days(ctx, a, cands, sent_timexes))
        _assign_label(ctx, cands, sent_timexes)
        share_with_participle(cands, toks)
        share_with_conjoined(cands, toks)
        # "the roadblock", "the standoff" without a date of their own: the event already reported
        seg_count: dict[int, int] = {}
        for c in cands:
            if not c.trig.newer:  # ("gave the departure as the 6th, and a second was on the road": another group's)
                seg_count[seg[c.ti]] = seg_count.get(seg[c.ti], 0) + 1
        cands = [c for c in cands if not (anaphoric(c, toks) and c.type in seen_types and (
            c.timex is None or seg_count.get(seg[c.ti], 0) > 1))]
        cands = [c for c in cands if not _measure_in_force(c, toks)]
        for c in cands:
            if c.type in ("cross_border", "block"):
                add_border(c)
        caption = caption_place(ctx, a, toks, sent_timexes) or caption_head_place(ctx, toks)
        if caption is not None:
            for c in cands:
                if not any(r.role in ("from", "at", "to", "into", "via") for r in c.places):
                    c.places.append(caption)
        # "continue to make their way toward Tijuana", "As they walked, ...": an ongoing activity in the
        # background, with neither a date nor a place of its own, is not a dated event
        cands = [c for c in cands if not background_movement(c, toks, seg) and not reduced_relative(c, toks, seg)]
        # sizes: the subject of a movement trigger, else a size mention of its own
        used: set[int] = set()
        mover: dict[int, Cand] = {}  # id(size) -> the movement it is the group of
        counted: set[int] = set()  # stays that are counts
        cands.sort(key=lambda c: c.ti)
        cand_ti = [c.ti for c in cands]
        estimates = competing_estimates(toks, lows, sizes)
        for z in sizes:
            if id(z) in estimates:
                # (estimates set against each other are size mentions of their own; "Organizers said 4,000 people
                # walked; the migration institute put it at 2,500": the bare walk only carries the count)
                counted.update(id(c) for c in cands if c.type == "march" and c.ti == z.tok_end and
                               c.tj < len(toks) and toks[c.tj].text in (",", ";", "."))
                continue
            if z.value is None and z.low is None:
                continue
            # (a vague quantity is the moving group's too: "several hundred migrants crossed" -> VAGUE, at least 200)
            p0 = bisect.bisect_left(cand_ti, z.tok_end)
            for c in cands[max(0, p0 - 2) : p0 + 3]:
                if c.type in MOVE_TYPES and c.size is None and group_of(c, z, toks, seg):
                    if (c.rule.startswith(("stay.remain", "arrive.there_by")) or (c.type == "march" and c.ti >= 2 and toks[c.ti - 1].low == "still"
                                                            and toks[c.ti - 2].low in ("were", "are", "was", "is"))
                            or (c.type == "march" and z.reported and c.ti == z.tok_end and c.tj < len(toks)
                                and toks[c.tj].text == ",")) \
                            and not z.vague:
                        # "About 2,000 people remained on the bridge", "fewer than 900 people were still walking",
                        # "by the weekend some 350 were in the city's shelters", "About 2,000 walked, its organizers
                        # said": a count, not a stay, a march or an arrival
                        counted.add(id(c))
                        break
                    c.size = z
                    used.add(id(z))
                    mover[id(z)] = c
                    break
        if counted:
            cands = [c for c in cands if id(c) not in counted]
        estimated = estimated_sizes(toks, lows, sizes, mover)
        seg_cands: dict[int, list[Cand]] = {}  # the sentence's triggers by clause segment, in order
        for x in cands:
            seg_cands.setdefault(x.seg[x.ti], []).append(x)
        tx_ks = [k for k, _ in sent_timexes]
        for z in sizes:
            if (id(z) in used and id(z) not in estimated and not z.reported and not z.of_caravan) or z.vague or \
                    (z.value is None and z.low is None) or \
                    not (z.framed or z.reported or id(z) in estimates or id(z) in estimated):
                # (a vague quantity is no size report of its own: "a caravan of thousands"; the group of a movement
                # is, when counted as such: "a caravan of about 2,000 people left Tapachula")
                continue
            if z.head is None and any_phrase(lows, phrase_set("corrected_number")) and \
                    not any((w,) in phrase_set("group_nouns") for w in lows):
                continue  # "Mr. Guzmán teaches 162 students, not 126 as first reported": a correction's number
            trig = Trigger(rule="size.frame", type="size", pattern="", slots=(), needs="none")
            ti, tj = z.num_start, z.num_end
            c = Cand(trig, ti, tj, s, toks, seg, "size", start=toks[z.tok_start].start, end=toks[z.tok_end - 1].end,
                     rule="size.frame", trigger_text=z.text)
            c.size = z
            c.actor = estimates.get(id(z))
            # a reported size holds even inside a conditional ("unless they stop a caravan of 1,200")
            c.modality, c.cue = "actual", None
            if present_frame(toks, z):
                c.rule = "size.frame+present"
            if any_phrase(lows[max(0, z.num_start - 6) : z.num_start], phrase_set("competing_estimates", "rival")):
                c.rule += "+rival"  # "said it was closer to 4,000": against the count of the sentence next to it
            if grown_to(lows, z.tok_start):
                c.rule += "+growth"  # "grew to more than 7,000": a count later than the departure told with it
            c.places = places_for(ctx, a, toks, seg, c)
            if len(c.places) > 1:
                c.places = _own_places(c.places, toks, z, sizes)
            counted_in = {p.place.country for p in c.places if _estimator_place(p, text) and p.place.country}
            if (nation := _counters_nation(ctx, a, toks, lows, z)) is not None:
                counted_in.add(nation)  # ("some 7,000 walkers in the tally of Guatemalan migration officials")
            counted_end = toks[z.tok_end - 1].end
            c.places = [p for p in c.places if not _estimator_place(p, text) and not _members_from(p, text, counted_end)]
            if counted_in:
                # "had started from San Pedro Sula on Jan. 15 last year, 3,500 strong as Guatemala's migration
                # institute counted it": counted in that country, not at the town left
                c.places = [p for p in c.places if p.place.country in counted_in]
            lo_k = bisect.bisect_left(tx_ks, ti - OWN_TIMEX_REACH)
            hi_k = bisect.bisect_right(tx_ks, tj + OWN_TIMEX_REACH)
            c.timex = own_timex(ctx, c, sent_timexes[lo_k:hi_k], seg_cands.get(seg[ti], [])[:12])
            if id(z) in mover and (c.timex is None or coarser(c.timex, mover[id(z)].timex)):
                # "estimated that 9,000 crossed on Saturday": the count of that day; "In October 2021 a caravan of
                # 4,000 left Tapachula on Saturday, Oct. 23": the day it left, not the month
                c.timex = mover[id(z)].timex
            elif id(z) not in mover and (rel := _relative_departure(cands, tj)) is not None and \
                    (c.timex is None or c.timex.start > rel.end) and not any(
                        tx.end <= c.start for _, tx in sent_timexes):
                # "a first group of some 300, who had left San Salvador that same Sunday, and a bigger one ...": the
                # count of the group whose leaving the relative clause right after it tells, on that day (not past
                # a date framing the count: "on 1 October 2020, when a caravan of some 3,000 Hondurans, which had
                # left San Pedro Sula the night before, crossed")
                c.timex = rel.timex
            elif id(z) not in mover and len(deps := _dated_departures(cands, ti)) == 1 and \
                    (coarser(c.timex, deps[0].timex) if c.timex is not None else
                     deps[0].ti < ti and DAY_OR_FINER.match(deps[0].timex.value) is not None and
                     "+present" not in c.rule and "+growth" not in c.rule):
                # "A year ago another caravan, which had set out from San Pedro Sula on Jan. 15, 2020, came down
                # this road ..., some 4,000 walkers": the count of the one caravan whose departure day it tells
                # (or the only day told: "The caravan of last year, which left on Monday, April 24, took some 4,000
                # walkers north")
                c.timex = deps[0].timex
            if c.timex is not None and any(x.type == "depart" and x.timex is not None and (
                    x.timex is c.timex or restates_day(text, x.timex, c.timex) or
                    that_day_after(x.timex, c.timex, sent_timexes)) for x in cands):
                # the group's count when it set off, dated by its departure ("set out from Tapachula on Oct. 29 of
                # last year, a Sunday, 7,000 or more": the weekday restates its day)
                c.rule += "+at_departure"
            cands.append(c)
            seg_cands.setdefault(seg[ti], []).append(c)
        # statements need a time: their own (relations are checked after relation finding)
        if cands:
            earlier = earlier_caravan(ctx, sidx, lows, sent_timexes)
            later_at = _later_caravan_at(lows)
            if later_at and not any(c.type == "depart" for c in cands) and \
                    len(has_phrase(lows, phrase_set("remnant_groups"))) == len(later_at):
                later_at = []  # "A smaller group ... pressed on": the rest of the caravan told
            later = bool(later_at)
            nation = group_nationality(ctx, a, b)
            continues = lows and (lows[0] in word_set("continuing_subjects") or _tally_of_group_before(cands, lows)
                                  or _possessive_group_subject(cands, lows) or _subject_after_time(toks, sent_timexes)
                                  or _demonstrative_group(lows))
            if continues and sidx and (prev_group is None or prev_group[0] != sidx - 1):
                # "... a second column of Hondurans came to the same bridge. On Sunday, Oct. 28 it pushed
                # through the gate": the newer group a sentence with no event of its own brought in
                pa, pb = ctx.sentence_tokens(sentences[sidx - 1])
                if _later_caravan_at(ctx.lows[pa:pb]) and \
                        not has_phrase(ctx.lows[pa:pb], phrase_set("remnant_groups")):
                    prev_group = (sidx - 1, False, True, group_nationality(ctx, pa, pb))
                elif lows[0] in ("it", "they") and (p_nation := group_nationality(ctx, pa, pb)) is not None:
                    # "A smaller Salvadoran group had gone ahead of them. It left its capital on Sunday the 28th":
                    # the group, and its nationality, of the sentence before
                    prev_group = (sidx - 1, False, False, p_nation)
            if prev_group is not None and prev_group[0] == sidx - 1 and continues:
                # ("Municipal police counted some 1,500 people" after "A second caravan left Tapachula": its count)
                # "Its members waded and rafted across the Suchiate": the group of the sentence before
                _, p_earlier, p_later, p_nation = prev_group
                if not earlier and not later:
                    earlier, later = p_earlier, p_later
                nation = nation or p_nation
            prev_group = (sidx, earlier, later, nation)
            earlier_at = [i for i, _ in has_phrase(lows, phrase_set("earlier_from_here"))] if not earlier else []
            for c in cands:
                c.earlier = earlier or any(i < c.ti and ";" not in lows[i : c.ti] for i in earlier_at)
                own_later = later_in_clause(c, later_at, seg) if later_at else False
                c.later = (own_later if later_at else later) or later_ordinal_subject(lows, c.ti) or c.trig.newer \
                    or "+again-new" in c.rule
                if own_later and c.earlier and c.type == "depart":
                    # "It was not the first time. In October ... a first Salvadoran caravan walked out of the same
                    # plaza, and a second one, bigger, set out three days later": the second is a caravan of its own
                    c.earlier = False
                # ("the first Honduran caravan came across the river on Oct. 20; ... and on Nov. 2 a column of
                # Salvadorans forded it": several nationalities in the sentence, one in the trigger's clause; for
                # a newer group only the one its name gives, whose nationality places it beside the caravans of
                # that day: not "The Hondurans of the new caravan had begun to reach the river, and behind them came
                # the column of Salvadorans")
                c.nation = nation or (_later_group_nation(ctx, a, seg, c.ti, later_at,
                                                          c.tj if c.type == "block" else None) if c.later else
                                      _clause_nation(ctx, a, seg, c.ti))
                if c.rule == "asylum.state_papers" and c.nation is not None and \
                        c.nation not in word_set("departure_countries") and \
                        _clause_nation(ctx, a, seg, c.ti) == c.nation:
                    # "the Mexicans started writing down people's names at the bridge": the state that hands out the
                    # papers, not the group (not "began photographing the Hondurans waiting at the gate and handing
                    # each one a plastic card": the people the caravans come from)
                    c.nation = None
        carried = _carried(cands)
        cands = [c for c in cands if not attribution_only(c, cands) and not march_continuation(c, cands)
                 and id(c) not in carried]
        cands = _dedupe(cands)
        cands = into_country(cands)  # "walked into Guatemala": a crossing, not an arrival
        cands = reached_past_line(cands)  # "reached the post at Corinto and walked through a line of police"
        cands = reached_river_and_crossed(cands)  # "reached the Suchiate and waded across": the crossing
        also = also_crossings(cands)  # (after merging: "pushed through a police cordon into Guatemala")
        if also:
            # the crossing replaces the clash it was copied from: pushing past police into a country is how the
            # group crossed, not a block of its own
            twins = {id(x.twin) for x in also}
            cands = _dedupe([c for c in cands if id(c) not in twins] + also)
        if any(c.type == "cross_border" and c.modality == "actual" for c in cands):
            # "crossed into Guatemala at Corinto that afternoon, pushing past a thin line of police", "pushed past a
            # thin police line and walked into Guatemala": forcing its way is how the group crossed, no block
            cands = [c for c in cands if not (c.trig.also == "cross_border" and c.type == "block")]
        if any(c.type == "asylum" for c in cands):
            # "handing out cards that let the Hondurans of another caravan stay in the country": the stay the papers
            # allow is part of the papers, no stay of its own
            papers = [(c.start, c.end) for c in cands if c.type == "asylum"]
            cands = [c for c in cands if not (c.type == "stay" and any(s0 <= c.start < e0 for s0, e0 in papers))]
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
            rule=c.rule + ("+until-publication" if holds_until_publication(ctx, c) else "") + (
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
    # "forced its way into Guatemala three days later": a crossing copied from the clash (also_crossings) is
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
        if c.trig.needs_time == "by" and m.id not in later_targets and \
                not _by_time(text, tx_by_id.get(m.timex_id) if m.timex_id else None):
            # "were in Tecún Umán by the night of the 18th", "Two days later its first walkers were in Tecún Umán":
            # there by then (not "were in Tijuana on Monday")
            continue
        if (c.trig.weak or c.unplaced) and m.timex_id is None:
            continue
        keep.append(m)
    if len(keep) != len(mentions):
        kept_ids = {m.id for m in keep}
        relations = [r for r in relations if r.source in kept_ids and r.target in kept_ids]
    return keep, relations


def _means_topic(toks: list[Tok], ti: int) -> bool:
    """"the use of shields and pepper spray": "use of" (``means_topic_before``) within four words before."""
    words = word_set("means_topic_before")
    return any(toks[k].low == "of" and k > 0 and toks[k - 1].low in words for k in range(max(1, ti - 4), ti))


def _measure_in_force(c: Cand, toks: list[Tok]) -> bool:
    """"acting under the state of prevention": a measure named with "the" and no verb of declaring after it
    (``measure_declared_after``) is one already in force, not a statement told here."""
    if c.rule != "statement.state_of_prevention" or c.ti == 0 or toks[c.ti - 1].low != "the":
        return False
    return word_set("measure_declared_after").isdisjoint(t.low for t in toks[c.tj : c.tj + 4])


_NEXT_DAY = re.compile(r"^the\s+(?:next|following)\b", re.I)
# the night or evening of the story's day, or a day after it ("were at Vado Hondo that morning" is where they were)
_STORY_DAY_ON = re.compile(r"^REF:D\+(?:[1-9]|0T(?:NI|EV))")


def _by_time(text: str, tx: Timex | None) -> bool:
    """Is ``tx`` a time something was reached by ("by nightfall", "by the night of the 18th") or a time told
    from the story's day, its night or a day after it ("were at Vado Hondo the next day", "it was in Huixtla that
    night")?"""
    return tx is not None and (after_by(text, tx.start) or _NEXT_DAY.match(tx.text) is not None
                               or _STORY_DAY_ON.match(tx.value) is not None)


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """One mention per event per sentence: merge same-type triggers that agree."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        merged = False
        for oi in range(max(0, len(out) - 8), len(out)):
            o = out[oi]
            if o.type == c.type == "statement" and o.actor and c.actor is None and c.trig.needs == "none" and \
                    o.seg[o.ti] == c.seg[c.ti] and o.tj <= c.ti <= o.tj + 2:
                _absorb(o, c)  # "Guatemala declared a state of prevention": the measure is what was declared
                o.rule += "+" + c.rule.split(".", 1)[1]  # (statement.announce+state_of_prevention)
                merged = True
                break
            if o.type != c.type or o.type == "statement" and o.actor != c.actor:
                continue
            if o.trig.newer != c.trig.newer:
                continue  # "though its organizers gave the departure as the 6th, and a second was on the road on the
                # 20th": a newer group's own event
            if o.type == c.type and o.type in ("depart", "block") and (o.timex is None or coarser(o.timex, c.timex)) \
                    and _with_the_group_that(o, c):
                # ("He had left the bus terminal in San Pedro Sula with the small group that set out on March 31";
                # "The son was stopped in Chiapas the following spring with the caravan that Mexican police ...
                # scattered outside Pijijiapan on Easter Sunday")
                out[oi] = c  # "In October he walked out of that city with the caravan that left on Oct. 23": its day
                _absorb(c, o)
                merged = True
                break
            if o.type == c.type == "depart" and _told_by_its_verb(o, c):
                out[oi] = c  # "The one of June 6 last year, which set out from Tapachula": the verb's departure
                _absorb(c, o)
                c.rule = f"{o.rule}+{c.rule.split('.', 1)[1]}"  # (depart.one_of_day+leave: still named by its day)
                merged = True
                break
            if o.seg[o.ti] != c.seg[c.ti] and o.type != "size":
                continue  # "set out ..., hours before their Tuesday departure": another clause, another event
            if o.type == c.type == "block" and o.rule.startswith("block.tear_gas") and \
                    c.rule.startswith("block.close_crossing"):
                # "U.S. agents fired tear gas, and U.S. authorities shut all lanes at the San Ysidro port": one
                # block, told by the closure (the gas is how the march ended)
                out[oi] = c
                _absorb(c, o)
                merged = True
                break
            if o.type == "block" and c.rule.startswith("block.tear_gas") and _instrument_of(o, c):
                _absorb(o, c)  # "cleared the road with batons and tear gas": how the road was cleared, its date
                merged = True
                break
            if o.type != "size" and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start):
                _absorb(o, c)  # "spent Tuesday resting": "resting" is part of the longer trigger
                merged = True
                break
            if o.type not in ("size", "statement") and c.start < o.end and o.timex and c.timex and \
                    o.timex.id != c.timex.id:
                # "began issuing" and "issuing transit permits": one phrase, the date nearer to it
                lo_, hi_ = min(o.start, c.start), max(o.end, c.end)
                if _gap(c.timex, lo_, hi_) < _gap(o.timex, lo_, hi_):
                    o.timex = c.timex
                _absorb(o, c)
                merged = True
                break
            if o.timex and c.timex and o.timex.id != c.timex.id and not (
                    c.rule.endswith("+until") and o.timex_end is not None and o.timex_end.id == c.timex.id):
                # ("began to sleep at the sports complex on Fri 16/11, where it stayed until the 30th": one stay)
                continue
            if c.timex is None and o.timex is not None and any(
                    x.type != c.type and x.timex is not None and x.timex.id != o.timex.id for x in out[oi + 1 :]):
                # "Mexico locked the bridge on Saturday, Jan. 18, ... and two days later hundreds waded through the
                # Suchiate and were pushed back": an event told at another time stands between them
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
            if o.type == "depart" and _with_the_group_that(o, c):
                out[oi] = c  # "left home with the caravan that set out from San Pedro Sula": the caravan's verb
                _absorb(c, o)
            else:
                _absorb(o, c)
            merged = True
            break
        if not merged:
            out.append(c)
    return out


_RELATIVE_REACH = 4  # "some 300, who had left": the relative clause's verb this near after the count


def _relative_departure(cands: list[Cand], tj: int) -> Cand | None:
    """The dated departure of a relative clause right after a count ending before token ``tj`` ("some 300, who had
    left San Salvador that same Sunday"), or None."""
    for x in cands:
        if x.type == "depart" and x.timex is not None and tj <= x.ti <= tj + _RELATIVE_REACH and \
                any(t.low in RELATIVE_PRONOUNS for t in x.toks[tj : x.ti]):
            return x
    return None


def _dated_departures(cands: list[Cand], ti: int) -> list[Cand]:
    """The sentence's departures with a time of their own a count at token ``ti`` may be told with: of several, only
    the last before it ("He rang for the caravan of Oct. 20 and for the one of Nov. 5, ... which the migration
    institute put at 1,500 strong": the count of the one of Nov. 5); none when the last departure before it has no
    time of its own ("Last year there was the Via Crucis procession that set off on April 23, and on Christmas Eve
    the great caravan that filled the central square before it set out, 7,000 people": the count of the one that
    set out), unless that one is a relative clause's, which tells again the one it hangs on ("for the one of Nov. 5,
    which set off as Americans were choosing a president and which the migration institute put at 1,500
    strong")."""
    before = [x for x in cands if x.type == "depart" and x.ti < ti and (
        x.timex is not None or x.ti == 0 or x.toks[x.ti - 1].low not in RELATIVE_PRONOUNS)]
    if before and before[-1].timex is None:
        return []
    deps = [x for x in cands if x.type == "depart" and x.timex is not None]
    return [x for x in deps if x.ti < ti][-1:] if len(deps) > 1 else deps


def _town_spot_after(toks: list[Tok], tj: int) -> bool:
    """'one left the park at the centre of town', 'one more went out of the park', 'moved off up the avenue': a
    departure from a spot of a town (cues.yaml's ``town_spots``) right after the trigger, naming no town (or "it",
    after the spot opens the sentence)."""
    if tj < len(toks) and toks[tj].low == "it" and tj >= 1 and _spot_in(toks[: tj - 1], 0):
        return True  # "The park had filled in the dark ..., and at first light a caravan left it": the spot told before
    return _spot_in(toks, tj)


def _town_spot_before(toks: list[Tok], ti: int) -> bool:
    """'picked up their bags from under his arcade and set off north': the spot of a town the group left from, told
    with "from" in the words of its clause before the trigger."""
    for k in range(ti - 1, max(-1, ti - _SPOT_BEFORE), -1):
        if not toks[k].word:
            return False
        if toks[k].low == "from":
            j = k + 2 if k + 1 < ti and toks[k + 1].low == "under" else k + 1
            return _spot_in(toks[:ti], j)
    return False


_SPOT_BEFORE = 10  # words before a departure in which "from the park" stands


def _spot_in(toks: list[Tok], lo: int) -> bool:
    """Does "the park" (a determiner and a lower-case word of ``town_spots``) stand among the first words from
    ``lo`` on, before any punctuation?"""
    near = toks[lo : lo + _SPOT_REACH]
    for k in range(len(near) - 1):
        if not near[k].word:
            return False  # (in the trigger's clause: not "Since the pilgrims left, the park has been half empty")
        if near[k].low in DETERMINERS and near[k + 1].low in word_set("town_spots") and near[k + 1].text.islower():
            return True  # (not a spot named elsewhere: "walked out of the Plaza Salvador del Mundo")
    return False


_SPOT_REACH = 4  # words after a departure in which "the park" stands ("moved off up the avenue")


def _later_caravan_at(lows: list[str]) -> list[int]:
    """Where a caravan newer than the one under way is named: cues.yaml's ``later_caravan`` phrases ("another
    caravan", "a second column"), or an ordinal of ``later_caravan_ordinals`` with one or two words before a head
    of ``later_caravan_heads`` ("a second Honduran group", "the third big caravan", "another Salvadoran group", "a
    second, bigger group", "a second, larger Salvadoran group")."""
    at = [i for i, _ in has_phrase(lows, phrase_set("later_caravan"))]
    ordinals, heads = word_set("later_caravan_ordinals"), word_set("later_caravan_heads")
    for i, w in enumerate(lows):
        if w in ordinals and i not in at and any(
                lows[j] in heads and all(x.isalpha() or x == "," for x in lows[i + 1 : j]) and
                sum(x != "," for x in lows[i + 1 : j]) <= 2
                for j in range(i + 2, min(len(lows), i + 5))):
            at.append(i)
    return sorted(at)


def _with_the_group_that(o: Cand, c: Cand) -> bool:
    """Is ``c`` the verb of a relative clause on the group ``o`` left with ("He first left home with the caravan
    that set out from San Pedro Sula on Jan. 15", "In October he walked out of that city with the caravan that left
    on Oct. 23"), or was stopped with ("was stopped in Chiapas with the caravan that police scattered")?"""
    if o.toks is not c.toks or c.ti - o.tj > _LEFT_BEFORE_WITH + 6:
        return False
    between = [t.low for t in o.toks[o.tj : c.ti]]
    # (what was left may stand before "with": "home", "that city")
    between = between[between.index("with"):] if "with" in between[:_LEFT_BEFORE_WITH] else []
    if o.type == "block":
        # (a block told by its agents, the relative clause's subject: "with the caravan that Mexican police and
        # migration agents scattered")
        rel = next((k for k in range(2, min(len(between), 6)) if between[k] in ("that", "which")), None)
        return rel is not None and (between[rel - 1],) in phrase_set("group_nouns") and \
            len(between) - rel - 1 <= _RELATIVE_SUBJECT
    return 3 <= len(between) <= 6 and between[-1] in ("that", "which") and (between[-2],) in phrase_set("group_nouns")


# words of the place left before "with the caravan that ..." ("left the bus terminal in San Pedro Sula with")
_LEFT_BEFORE_WITH = 8
_RELATIVE_SUBJECT = 6  # words of the subject of "the caravan that [Mexican police and migration agents] scattered"


def _told_by_its_verb(o: Cand, c: Cand) -> bool:
    """Is ``c`` the verb of the relative clause on the caravan ``o`` names by its day ("The one of June 6 last year,
    which set out from Tapachula")?"""
    if o.trig.needs_time != "day_after" or o.toks is not c.toks or not 0 < c.ti - o.tj <= _TOLD_BY_VERB:
        return False
    between = [t.low for t in o.toks[o.tj : c.ti]]
    return any(p == "," and w in ("which", "that") for p, w in zip(between, between[1:]))


_TOLD_BY_VERB = 10  # words from "the caravan of" to the verb of the relative clause on it


def _instrument_of(o: Cand, c: Cand) -> bool:
    """Is ``c`` told as the means of ``o``, after a "with" a few words after it, in the same clause ("cleared
    the road with batons and tear gas")?"""
    between = o.toks[o.tj : c.ti]
    return o.toks is c.toks and 0 < len(between) <= 6 and any(t.low == "with" for t in between) and \
        all(t.word for t in between)


def _gap(t: Timex, lo: int, hi: int) -> int:
    """Characters between a time expression and the text span [lo, hi)."""
    return t.start - hi if t.start >= hi else lo - t.end


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


_HABIT_TIME_REACH = 8  # tokens from "who <verb>" to a time expression that makes it one act ("who cross on Monday")


def _base_form(low: str) -> bool:
    """A verb in its base form ("pole", "cross"): not past, not a participle, not a third person's."""
    return not (past_form(low) or irregular_past(low) or low.endswith(("ing", "s")) or
                low in word_set("base_like_past") or low in word_set("habit_not_auxiliaries") or
                low in word_set("passive_aux"))


def _phrase_at(toks: list[Tok], k: int, key: str) -> bool:
    """Does one of cues.yaml's ``key`` phrases start at token ``k``?"""
    return any(tuple(t.low for t in toks[k : k + len(p)]) == p for p in phrase_set(key))


_BY_AIR_REACH = 12  # tokens after a departure in which its clause may say it went by air


def _by_air(lows: list[str], tj: int) -> bool:
    """Does the clause after a departure trigger ending at ``tj`` say it went by air (cues.yaml's ``by_air``)?"""
    end = next((k for k in range(tj, min(len(lows), tj + _BY_AIR_REACH)) if lows[k] in (".", ";", "but")),
               min(len(lows), tj + _BY_AIR_REACH))
    return any_phrase(lows[tj:end], phrase_set("by_air"))


def _counted_from(toks: list[Tok], ti: int, tj: int, trig: Trigger) -> bool:
    """Is the trigger the event a span of time is counted from, told before it: "<unit> of its|their" + an arrival
    ("turned the column back ... within hours of its arrival"), "<unit> after|before the|its|their" + a noun of
    cues.yaml ``counted_from_nouns`` with no place or time of its own after it ("and a week after the departure she
    watched the rafts"; ``counted_from_own_words``), or "<unit> after|before they|it" + a departure ending its
    phrase ("A week after they left, on Saturday the 20th, ...")?"""
    if ti < 3 or toks[ti - 3].low not in word_set("duration_of_units"):
        return False
    det, rel, nxt = toks[ti - 1].low, toks[ti - 2].low, toks[tj] if tj < len(toks) else None
    if rel == "of":
        return trig.type == "arrive" and det in ("its", "their")
    if rel not in ("after", "before"):
        return False
    if det in ("the", "its", "their"):
        return trig.rule in word_set("counted_from_nouns") and (
            nxt is None or nxt.low not in word_set("counted_from_own_words"))
    return det in ("they", "it") and trig.type == "depart" and (nxt is None or not nxt.word)


def _long_wait_after(lows: list[str], tj: int) -> bool:
    """"... in Tapachula for months", "for more than a year": a span of weeks or more told by "for" right after the
    trigger (cues.yaml ``long_wait_units``), up to the clause's end."""
    units = word_set("long_wait_units")
    for k in range(tj, min(len(lows), tj + _LONG_WAIT_REACH)):
        if lows[k] in (",", ";", ".", "and", "but"):
            return False
        if lows[k] == "for" and any(w in units for w in lows[k + 1 : k + 5]):
            return True
    return False


_LONG_WAIT_REACH = 6  # words after a stay trigger in which "for months" is looked for


def _subject_words(lows: list[str], ti: int):
    """The positions of the words right before the trigger at ``ti``, nearest first, back to the first punctuation
    and at most ``_NEW_GROUP_REACH`` - 1 of them: where its subject is told."""
    for k in range(ti - 1, max(-1, ti - _NEW_GROUP_REACH), -1):
        if not lows[k][:1].isalnum():
            return
        yield k


def _one_of_subject(lows: list[str], ti: int) -> bool:
    """"one of his former students was sent home on a bus": one person of a group, the subject right before the
    trigger (``_subject_words``)."""
    return any(k >= 1 and lows[k - 1] == "one" and lows[k] == "of" and (k < 2 or lows[k - 2] != "than")
               for k in _subject_words(lows, ti))


def _person_opens_sentence(lows: list[str], ti: int) -> bool:
    """Does a person named with an honorific open the sentence of the trigger at ``ti`` ("Ms. Escalante took the
    children to the park ..., then brought them home"; also past a period the sentence splitter kept inside)?"""
    honorifics = word_set("honorifics")
    for k in range(ti - 1, -1, -1):
        if lows[k] in (".", "!", "?") and not (k and lows[k - 1] in honorifics):
            return False
        if lows[k].rstrip(".") in honorifics and (k == 0 or lows[k - 1] in (".", "!", "?")):
            return True
    return False


def _new_group_subject(lows: list[str], ti: int) -> bool:
    """Is the subject right before the trigger at ``ti`` a group named with "a" / "another" ("a column of mostly
    Haitian families quit", "another small group set off"), with no punctuation between (``_subject_words``)?"""
    return any(lows[k] in ("a", "another") and any((w,) in phrase_set("group_nouns") for w in lows[k + 1 : k + 4])
               for k in _subject_words(lows, ti))


_NEW_GROUP_REACH = 9  # tokens back from the trigger to "a" of "a column of mostly Haitian families"


def _again_in_clause(lows: list[str], ti: int, tj: int) -> bool:
    """"hit the road again", "set off again": "again" in the trigger's own clause.

    "On Wednesday and again today, the caravan that left Tapachula on Sunday did not move": the
    "again" of another clause (a comma between) is not this departure's; a participle after the
    comma is the same clause's ("hit the road again early Tuesday, leaving Juchitan").  (A group named with "a" or
    "another" is a new one leaving the town again, a departure: the caller asks ``_new_group_subject`` first.)
    """
    for k in range(max(0, ti - 8), min(len(lows), tj + 3)):
        if lows[k] != "again":
            continue
        lo, hi = (k, ti) if k < ti else (tj, k)
        if k < ti and any(t in RELATIVE_PRONOUNS for t in lows[lo:hi]):
            continue  # "He tried again with the caravan that left Tapachula on Oct. 12": the main clause's again
        if k and (lows[k - 1],) in phrase_set("attempt_verbs"):
            continue  # "Last October he tried again, leaving Tapachula with the caravan": a new attempt, a new start
        if not any(t in (",", ";", ":") for t in lows[lo:hi]):
            return True
        if k < ti and lows[ti].endswith("ing") and not any(t in (";", ":") for t in lows[lo:hi]):
            return True  # "hit the road again early Tuesday, leaving Juchitan"
    return False


_BLOCKED_GROUP_REACH = 4  # words from a block's trigger to the newer group it names, and from there to its noun


def _later_group_nation(ctx: ArticleCtx, a: int, seg: list[int], ti: int, later_at: list[int],
                        tj: int | None = None) -> str | None:
    """The nationality the newer group named before the trigger at ``ti`` in its clause gives itself, from its name
    on ("Eight days later a second Honduran group pressed onto the bridge itself and was held ..., and on Nov. 2 a
    column of Salvadorans waded the Suchiate": Honduran), when the sentence names several."""
    lo, hi = segment_bounds(seg, ti)
    i = max((i for i in later_at if lo <= i < ti), default=None)
    if i is None and tj is not None:
        # ... or after a block's trigger, the group blocked: "on Oct. 28 police stopped a second Honduran column on
        # the bridge itself, and on Nov. 2 Salvadorans waded in below it"
        i = next((j for j in later_at if tj <= j <= tj + _BLOCKED_GROUP_REACH and j < hi), None)
        return None if i is None else group_nationality(ctx, a + i, a + min(hi, i + _BLOCKED_GROUP_REACH))
    return None if i is None else group_nationality(ctx, a + i, a + ti)


def _clause_nation(ctx: ArticleCtx, a: int, seg: list[int], ti: int) -> str | None:
    """``group_nationality`` of the words before the trigger at ``ti`` in its clause (segment) of the sentence
    starting at ``a``: its subject's ("a column of Salvadorans forded it"; not "arrived on the heels of the
    Hondurans")."""
    return group_nationality(ctx, a + segment_bounds(seg, ti)[0], a + ti)


_GATHERED_REACH = 12  # words from "gathered" to the "and" before the walking verb


def _gathered_and(lows: list[str], ti: int) -> bool:
    """Is the verb at ``ti`` coordinated by "and" with a verb of gathering its group before it, in one clause ("a group
    of Salvadorans gathered in the plaza ... and walked west")?"""
    if ti < 2 or lows[ti - 1] != "and":
        return False
    gather = word_set("gathered_then_left")
    for k in range(ti - 2, max(-1, ti - 2 - _GATHERED_REACH), -1):
        if not lows[k][:1].isalnum():
            return False
        if lows[k] in gather:
            return True
    return False


def _took_road_after_leaving(cands: list[Cand], lows: list[str], ti: int) -> bool:
    """Is the verb at ``ti`` coordinated by "and" with the departure told right before it in one clause (no
    punctuation between: "set off from the same terminal and took the road to Corinto")?"""
    return bool(cands) and cands[-1].type == "depart" and ti >= 2 and lows[ti - 1] == "and" and \
        cands[-1].ti < ti and all(w[:1].isalnum() for w in lows[cands[-1].ti : ti])


def _another_opens(lows: list[str], ti: int) -> bool:
    """Is the verb at ``ti`` (perhaps after "had") the first of its clause after "another", which opens the
    sentence or follows a comma ("In June, on Wednesday the 5th, another had headed north")?"""
    k = ti - 2 if ti >= 2 and lows[ti - 1] in ("had", "has") else ti - 1
    return k >= 0 and lows[k] == "another" and (k == 0 or lows[k - 1] == ",")


def _one_that_before(lows: list[str], ti: int) -> bool:
    """Is the trigger at ``ti`` the verb of "the one that (had)" ("the one that set out on Nov. 5"), or of a caravan
    counted among others ("There was the caravan that left on Sept. 4, ...")?"""
    k = ti - 1 - (ti > 0 and lows[ti - 1] == "had")
    if k < 2 or lows[k] not in ("that", "which") or lows[k - 2] != "the":
        return False
    return lows[k - 1] == "one" or (lows[k - 1] == "caravan" and k >= 4 and lows[k - 4] == "there" and
                                    lows[k - 3] in ("was", "were"))


def _possessive_group_subject(cands: list, lows: list[str]) -> bool:
    """Does the group before the sentence's first trigger belong to the one told before ("The next day its
    members crossed the river on rafts")?"""
    return _group_after(lows, ("its", "their"), min((c.ti for c in cands), default=0))


def _demonstrative_group(lows: list[str]) -> bool:
    """'Mexican officials put that group at about 1,500': the group the sentence before told."""
    return _group_after(lows, ("that", "this"), len(lows))


def _group_after(lows: list[str], determiners: tuple[str, ...], upto: int) -> bool:
    """Is a group noun told right after one of ``determiners`` before token ``upto``?"""
    groups = phrase_set("group_nouns")
    return any(lows[k] in determiners and (lows[k + 1],) in groups for k in range(min(upto, len(lows) - 1)))


def _subject_after_time(toks: list[Tok], sent_timexes: list[tuple[int, Timex]]) -> bool:
    """Does the sentence open with its time and then a continuing subject ("On Sunday, Oct. 28 it pushed
    through the Guatemalan gate", "On Sunday the column ... pushed against the fence")?"""
    if not sent_timexes or sent_timexes[0][0] > 1:
        return False
    end = sent_timexes[0][1].end
    k = next((j for j, t in enumerate(toks) if t.start >= end), len(toks))
    if k < len(toks) and toks[k].low == ",":
        k += 1
    return k < len(toks) and (toks[k].low in word_set("continuing_subjects") or toks[k].low == "the" and
                              k + 1 < len(toks) and (toks[k + 1].low,) in phrase_set("group_nouns"))


def _tally_of_group_before(cands: list, lows: list[str]) -> bool:
    """A sentence that only counts people and names no collective group of its own ("Municipal police counted
    some 1,500 people; organizers say 3,000.") counts the group of the sentence before it."""
    return any(c.type == "size" for c in cands) and all(c.type in ("size", "statement") for c in cands) and \
        not any((w,) in phrase_set("it_antecedents") for w in lows)


__all__ = ["find_events", "fold"]
