"""Clause frames that decide whether a trigger is an event of the story: perfect and present states,
restrictive and reduced relatives, background clauses, anaphoric mentions."""

from __future__ import annotations

import bisect
from functools import lru_cache

from timeline.extract.event_cands import DETERMINERS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, ArticleCtx, Cand, word_set
from timeline.extract.event_context import done_so_after, lows_of, segment_bounds
from timeline.extract.event_lexicon import Tok, cues, has_phrase, past_form, phrase_set
from timeline.extract.sizes import Size
from timeline.models import Timex

MOVE_TYPES = frozenset({"depart", "cross_border", "arrive", "stay", "march", "asylum", "return"})


def ranked_group_infinitive(toks: list[Tok], ti: int) -> bool:
    """"the third caravan to leave", "the largest migrant group to cross", "the first procession she has seen leave"
    (one word may stand between the rank and the group noun).  "calling for a second caravan to leave" is a call for
    the event."""
    cfg = cues()["ranked_group"]
    if ti >= 5 and toks[ti - 1].low in cfg["witnessed"] and toks[ti - 2].low in ("has", "had", "have") and \
            not past_form(toks[ti].low) and (h := _witness_start(toks, ti - 3)) is not None:
        # "It was not the first procession she has seen leave the park", "the fourth caravan she has watched leave
        # this city", "not the first column Mr. Paredes had watched leave from the valley floor": which one, among
        # those someone saw go (not "the largest caravan she has seen left the park at first light": its own
        # leaving, a past)
        h -= 1
        ranks = cfg["ranks"]
        return h >= 1 and toks[h].low in cfg["heads"] and (toks[h - 1].low in ranks or h >= 2 and
                                                           toks[h - 2].low in ranks)
    if ti < 3 or toks[ti - 1].low != "to":
        return False
    h = ti - 2
    if toks[h].low in cfg["periods"] and toks[h - 1].low in ("the", "this", "that") and h >= 4 and \
            toks[h - 2].low == "of":
        h -= 3  # "the second caravan of the year to leave from here"
    elif toks[h].low in cfg["periods"] and toks[h - 1].low == "this":
        h -= 2  # "the third caravan this year to leave"
    if toks[h].low not in cfg["heads"]:
        return False
    ranks = cfg["ranks"]
    r = h - 1 if h >= 1 and toks[h - 1].low in ranks else h - 2 if h >= 2 and toks[h - 2].low in ranks else None
    if r is None:
        return False
    # "calling for a second caravan to leave Tapachula on Nov. 5": a call for the event, not a rank
    if r >= 2 and toks[r - 1].low in ("a", "an") and toks[r - 2].low == "for":
        return False
    # "The first group to leave the plaza did so in October": the rank's move, told by "did so"
    return not done_so_after(toks, ti)


_WITNESS_NAME_REACH = 4  # tokens of a witness's name ("Mr. Paredes", "Doña Rosa Chávez")


def _witness_start(toks: list[Tok], k: int) -> int | None:
    """Where the witness ending at token ``k`` starts: a person pronoun ("she"), or a capitalised name, perhaps after
    a title ("Mr. Paredes")."""
    if toks[k].low in PERSON_PRONOUNS:
        return k
    j = k
    while j > k - _WITNESS_NAME_REACH and j > 0 and (toks[j].text[:1].isupper() or toks[j].text == "." and j < k):
        j -= 1
    return j + 1 if j < k else None


def present_state(toks: list[Tok], ti: int) -> bool:
    """A stay told in the present ("migrants remain in shelters", "are camped"): a state at publication."""
    cfg = cues()["present_state"]
    verbs, skip = cfg["verbs"], cfg["skip"]
    for k in range(ti - 1, max(-1, ti - 3), -1):
        w = toks[k].low
        if w in skip:
            continue
        return w in verbs
    return False


def present_perfect(toks: list[Tok], ti: int) -> bool:
    """Present perfect ("have peeled off and returned home"): happened at some time before publication."""
    for k in range(ti - 1, max(-1, ti - 10), -1):
        w = toks[k].low
        if w in ("has", "have", "'ve"):
            # (not a person's perfect inside the group's description, a clause before the trigger's: "the biggest
            # caravan she has seen gathered around her and then left the city"; but "the fourth caravan she has
            # watched leave this city" is hers)
            return k == 0 or toks[k - 1].low not in word_set("single_person_subjects") or ti - k <= 2
        if w == "," and k + 1 < ti and toks[k + 1].low in ("and", "or"):
            continue  # "have peeled off and returned home, or applied for refugee status"
        if not toks[k].word or w in ("had", "will", "would", "to", "were", "was", "are", "is"):
            return False
        if w in ("and", "or") and k + 1 < ti:
            continue
    return False


def restrictive_relative(toks: list[Tok], ti: int) -> bool:
    """'the migrants who already arrived in Tijuana', 'far larger than the one that had set out': a description
    of the group, not news of an event."""
    k = _relative_pronoun(toks, ti, ("who", "that"))
    if k < 1:
        return False
    j = k - 1
    if j >= 0 and toks[j].text in "-–":
        j -= 1
    return j >= 0 and toks[j].word and ((toks[j].low,) in phrase_set("group_nouns") or toks[j].low in ("one", "ones"))


def thing_relative(toks: list[Tok], ti: int) -> bool:
    """'the kind of toothache that has walked for a week before it reaches a chair': the subject of a relative
    clause opened by "that" / "which" is the noun right before it, here a lower-case noun that names no group
    (not "the caravan that left", "the 3,000 that walked", "Hondurans that"): no move of a group."""
    k = _relative_pronoun(toks, ti, ("that", "which"))
    if k < 1:
        return False
    w = toks[k - 1]
    if w.low == "and":
        # "the caravan that left Tapachula on Monday morning, ..., and that reached this town": the second of two
        # joined relative clauses has the first one's noun
        first = next((j for j in range(k - 2, 0, -1) if toks[j].low == toks[k].low), None)
        if first is not None:
            w = toks[first - 1]
    return w.word and w.text.islower() and w.low.isalpha() and (w.low,) not in phrase_set("group_nouns") and \
        w.low not in ("one", "ones")


def _relative_pronoun(toks: list[Tok], ti: int, pronouns: tuple[str, ...]) -> int:
    """Index of one of ``pronouns`` right before the verb at ``ti`` (at most three auxiliaries or adverbs between:
    "that had set out", "who already arrived"), else -1."""
    k = ti - 1
    steps = 0
    while k >= 0 and steps < 3 and toks[k].low in _RELATIVE_GAP:
        k -= 1
        steps += 1
    return k if k >= 0 and toks[k].low in pronouns else -1


_RELATIVE_GAP = frozenset(("have", "has", "had", "already", "just", "recently", "since", "all", "also", "first", "now",
                           "started", "began"))  # ("several thousand people who started walking as the Summit ...")


_DATED_RELATIVE = 10  # tokens from a relative clause's verb to its date
_DATED_RELATIVE_PLAIN = 16  # ... when only words come between


def dated_relative(toks: list[Tok], ti: int, sent_timexes: list[tuple[int, Timex]]) -> bool:
    """A relative clause that dates its event ("a caravan that departed San Pedro Sula on Monday night"),
    not a tally ("the number of migrants who already arrived in Tijuana by Friday")."""
    if any(t.low == "already" for t in toks[max(0, ti - 3) : ti]):
        return False
    # (further on when only words come between, and no other verb: "the one that was stopped at the gate of the
    # Rodolfo Robles bridge on Sunday, Oct. 28"; not "Migrants who had rested for two weeks in Tapachula resumed
    # their march north on Tuesday")
    # (commas may set off a place's name: "the column of Salvadorans that set out from the capital's great square,
    # the Plaza Salvador del Mundo, on Wednesday, Jan. 16"; not another clause: "people who apply for asylum in
    # Mexico must wait for a decision, which in 2021 often took months")
    k = next((k for k, _ in sent_timexes if ti < k <= ti + _DATED_RELATIVE or ti < k <= ti + _DATED_RELATIVE_PLAIN
              and all(t.word and not past_form(t.low) or t.text == "," and _opens_apposition(toks, j + 1)
                      for j, t in enumerate(toks[ti + 2 : k], ti + 2))), None)
    if k is not None:
        return toks[k - 1].low != "by"
    # "the caravan that left Tapachula on the day the Summit of the Americas opened": dated by another event
    lows = [t.low for t in toks[ti + 1 : ti + 10]]
    return any(lows[j : j + 3] == ["on", "the", "day"] for j in range(len(lows)))


_FRONTED_GAP = 6  # words from the fronted date to the relative pronoun: ", there was the big caravan that"
_EXISTENTIAL = frozenset(("there", "was", "were", "came", "come"))


def fronted_relative(toks: list[Tok], ti: int, sent_timexes: list[tuple[int, Timex]],
                     later_triggers: bool) -> bool:
    """A relative clause dated by the time fronted before its group, in a sentence with no verb of its own after it
    ("... and before that, on Jan. 15, 2020, the caravan that left the terminal with some 4,000 people"; "Then, on
    Jan. 15, came the caravan that left San Pedro Sula"): the date is the relative clause's (``later_triggers``:
    another trigger follows, the main verb the date is for: "On Jan. 15 the caravan that left Tapachula reached
    the border")."""
    if later_triggers or ti < 3 or toks[ti - 1].low not in RELATIVE_PRONOUNS or \
            (toks[ti - 2].low,) not in phrase_set("group_nouns"):
        return False
    k = ti - 3
    while k >= 0 and ti - k <= _FRONTED_GAP + 1 and toks[k].word and toks[k].low not in DETERMINERS:
        k -= 1  # adjectives before the group noun ("the big caravan")
    if k < 0 or toks[k].low not in DETERMINERS:
        return False
    k -= 1
    while k >= 0 and toks[k].low in _EXISTENTIAL:
        k -= 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0:
        return False
    end = toks[k].end  # the fronted date ends here
    return any(tx.end == end and tx.type in ("DATE", "TIME") for _, tx in sent_timexes)


_APPOSITION_OPENERS = frozenset(("the", "a", "an", "on", "in", "at", "their", "its", "his", "her"))  # (", their city,")


def _opens_apposition(toks: list[Tok], j: int) -> bool:
    """Does a name set off by commas, or the date after it, open at token ``j`` ("..., the Plaza Salvador del
    Mundo, on Wednesday")?"""
    return j < len(toks) and (toks[j].low in _APPOSITION_OPENERS or toks[j].text[:1].isupper())


def joined_relative(toks: list[Tok], ti: int, sent_timexes: list[tuple[int, Timex]]) -> bool:
    """'On March 31 last year he went out again, with a small group that slipped away from the terminal': the
    move of the group someone went with, told in a relative clause on it after "with" (or "among": "On
    Saturday, at four in the morning, the boy and his father were among the people who set out on foot from the
    city"), on the day the sentence gives before it."""
    k = _relative_pronoun(toks, ti, ("who", "that"))
    if k < 2:
        return False
    w = next((j for j in range(k - 1, max(-1, k - _WITH_GROUP), -1) if toks[j].low in ("with", "among")), None)
    # (or a count: "were among 300 Salvadorans who walked away", cues.yaml's ``joined_group_counts``)
    return w is not None and (toks[w + 1].low in _GROUP_DETERMINERS or toks[w + 1].low[:1].isdigit() or
                              toks[w + 1].low in word_set("joined_group_counts")) and \
        any(x < w for x, _ in sent_timexes)


_GROUP_DETERMINERS = frozenset(("a", "an", "the", "that", "this", "its", "their"))  # ("with people who": no group)


_WITH_GROUP = 6  # words from "with" / "among" to the relative pronoun ("among a few hundred Salvadorans who")


_PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
_FINITE = frozenset("is are was were had will would could can may might must shall should did does do "
                    "said says".split())


def holds_until_publication(ctx: ArticleCtx, c: Cand) -> bool:
    """A reported size that holds from its date until the article was written (rule suffix
    ``+until-publication``): a tally "by Friday" ("puts the number of migrants who arrived by Friday at
    2,397"), or the subject of a present perfect without a date of its own ("The caravan of more than
    2,000 people ... has become politically explosive": true on the story's day and still now)."""
    if c.type != "size" or not c.rule.startswith("size.frame") or "+present" in c.rule or c.size is None:
        return False
    if c.timex is not None:
        k = bisect.bisect_left(ctx.tok_starts, c.timex.start)
        # (not a "By ..." that opens the sentence: a point of the story's time, "By that Saturday Mexico had
        # closed its side of the bridge, with some 3,500 people massed at the gate", "By the Tuesday there were
        # more than five thousand of us there")
        # (nor one that opens a clause after a semicolon: "... had become their camp; by Friday, Nov. 23, some
        # 6,000 were sleeping there")
        return k > 0 and ctx.lows[k - 1] == "by" and ctx.tok_starts[k - 1] != c.toks[0].start and \
            not (k > 1 and ctx.lows[k - 2] in (";", ":"))
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


def present_frame(toks: list[Tok], z: Size) -> bool:
    frames = phrase_set("present_size_frames")
    lows = lows_of(toks)
    window = lows[max(0, z.tok_start - 4) : z.tok_start] + ["|"] + lows[z.tok_end : z.tok_end + 5]
    # ("put the number at 8,000": the noun, after a determiner, is no present verb)
    return any(not (window[i] in ("number", "numbers") and i and window[i - 1] in DETERMINERS)
               for i, _ in has_phrase(window, frames))


@lru_cache(maxsize=None)
def background_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    b = cues()["background"]
    return frozenset(b["continuation"]), frozenset(b["simultaneous_openers"]), frozenset(b["present_continuation"])


def background_movement(c: Cand, toks: list[Tok], seg: list[int]) -> bool:
    """A movement described as going on in the background, not as an event of the story: governed by
    "continue" / "keep" ("continue to make their way toward Tijuana", "more people continued to arrive")
    or in a clause opened by "as" / "while" ("As they walked, ..."), or itself a present-tense "continue"
    ("migrants continue to make their way toward Tijuana"), with no time expression of its own
    and no place where it happened (a destination after "toward" is not one)."""
    if c.type not in MOVE_TYPES or c.timex is not None:
        return False
    if any(r.role not in ("mention", "towards") for r in c.places):
        return False
    continuation, openers, present = background_cues()
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


_PERSON_NOT_GROUP = PERSON_PRONOUNS - {"they"}
_AUX_AFTER = frozenset("may might could can will would should must has have had is are was were does did".split())


def reduced_relative(c: Cand, toks: list[Tok], seg: list[int]) -> bool:
    """'The Central American caravan headed north toward the United States through Mexico may have
    attracted ...': a participle right after a group noun, followed in the same clause by the finite
    verb of the sentence, describes the group; it reports no event of its own."""
    if c.type not in MOVE_TYPES or c.ti < 1 or (c.timex is not None and c.timex.start > toks[c.ti - 1].start):
        return False  # (a time fronted before the group noun is the finite verb's: "By Sunday many of the walkers
        # sent back from Guatemala had passed through the terminal again")
    if not (toks[c.ti].low.endswith("ing") or past_form(toks[c.ti].low)) or \
            (toks[c.ti - 1].low,) not in phrase_set("group_nouns"):
        return False  # ("the number of people walking north has grown": a present participle too)
    _, b = segment_bounds(seg, c.ti)
    for j in range(c.tj, min(b, c.tj + 20)):
        t = toks[j]
        if (not t.word and t.text not in "-–") or t.low in ("and", "or", "but", "then"):
            return False  # another clause, a quotation, a coordinated verb
        if t.low in _AUX_AFTER:
            # (not a relative clause's: "streamed on foot out of the terminal he can see from his door", "a caravan
            # walked out of Tapachula that was far larger"; "they" may be the group again: "by the time the walkers
            # approached the frontier they were ...")
            return toks[j - 1].low not in _PERSON_NOT_GROUP and toks[j - 1].low not in RELATIVE_PRONOUNS
    return False


def anaphoric(c: Cand, toks: list[Tok]) -> bool:
    """A definite noun trigger ("the roadblock", "that standoff") refers back to a reported event (not a passive
    verb after a relative pronoun: "the one that was stopped at the gate")."""
    first = c.trig.pattern.split()[0] if c.trig.pattern else "~"
    if first.startswith("~") or c.ti == 0 or toks[c.ti].low in word_set("passive_aux") or \
            c.trig.needs_time == "day_after":  # ("the caravan of Oct. 20": a caravan its own day names)
        return False
    return toks[c.ti - 1].low in ("the", "that", "this", "their", "its")
