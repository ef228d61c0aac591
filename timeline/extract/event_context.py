"""Clause structure around triggers: segments, quotes, modality, actors.

Everything here works on word tokens without a POS tagger; the word lists are
in ``resources/events/cues.yaml``.

Segments.  A sentence is cut into clause segments at ``; : ( ) — –`` and at
clause openers (after, before, since, which, where, who, but, when, if ...).
A segment opened mid-sentence runs to the next hard boundary; a
sentence-initial opener ("After crossing the border, ...") and a relative
clause after a comma (", where they rested,") end at the next comma, where
the main clause resumes.  A time expression belongs to the triggers of its
own segment only.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from timeline.extract.event_lexicon import Tok, cues, fold, irregular_past, past_form, phrase_set, phrases_by_first
from timeline.extract.text import quotation_intro, speech_verbs, speech_words
from timeline.resources import load_yaml

DASHES = frozenset("—–")  # an em or en dash: sets off an aside or ends a clause


def after_dash(toks: list[Tok], hi: int) -> int:
    """The token after the last em or en dash before token ``hi`` (a dateline's: "TAPACHULA, Mexico — On June 20"),
    else 0."""
    return next((j + 1 for j in range(hi - 1, -1, -1) if toks[j].text in DASHES), 0)


# modality's cue for "said ... would": the future of a report, a plan (events.py reads an announced measure by it)
REPORTED_FUTURE = "would (the future of a report)"
_HARD = frozenset(";:()[]") | DASHES
_CUTTING = _HARD | {"-", ","}  # punctuation that may cut or close a segment
_REL_PHRASES = (("the", "day", "after"), ("the", "day", "before"), ("a", "day", "after"), ("a", "day", "before"),
                ("days", "after"), ("days", "before"), ("weeks", "after"), ("hours", "after"),
                ("week", "after"), ("hours", "before"))
_REL_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _ph in _REL_PHRASES:
    _REL_BY_FIRST.setdefault(_ph[0], []).append(_ph)


@lru_cache(maxsize=None)
def _openers() -> frozenset[str]:
    return frozenset(cues()["clause_openers"])


_NOT_UNTIL = frozenset(("until", "till"))  # "did not leave until April 23": left on April 23
_NOT_WORDS = frozenset(("not", "n't", "never"))
_NUMBER_WORDS = ("two", "three", "four", "five", "several", "few")
_AND_TIME_WORDS = 4  # tokens after ", and in October" looked at for that subject
_REL_AFTER_NUMBER = (("days", "after"), ("days", "before"), ("weeks", "after"), ("weeks", "before"), ("hours", "after"),
                     ("months", "after"), ("months", "before"), ("years", "after"), ("years", "before"))


@lru_cache(maxsize=None)
def _goes_on() -> frozenset[str]:
    """cues.yaml's ``clause_goes_on_subjects``: the subject of the clause before, told again."""
    return frozenset(cues()["clause_goes_on_subjects"])


@lru_cache(maxsize=None)
def _special_words() -> frozenset[str]:
    """Words that may open a segment (besides numerals): every other word continues the segment."""
    return _openers() | frozenset(_REL_BY_FIRST) | frozenset(_NUMBER_WORDS) | {"and"}


@lru_cache(maxsize=None)
def segment_words() -> frozenset[str]:
    """Tokens that may change the segment: punctuation that cuts or closes one, words that may open
    one (with numerals, see ``segment_hits``)."""
    return _special_words() | _CUTTING


def segment_hits(lows: list[str]) -> list[int]:
    """Positions in ``lows`` of the tokens that may change the segment ("and" only after a comma: ", and in
    October 2019 the National Guard stopped ...")."""
    words = segment_words()
    return [i for i, w in enumerate(lows) if w in words and (w != "and" or i and lows[i - 1] == ",") or w.isdecimal()]


@lru_cache(maxsize=None)
def _time_words() -> frozenset[str]:
    """The words that make "after" / "before" right before them a time, not a clause ("before dawn", "after
    Easter")."""
    return frozenset(cues()["time_after_before_words"])


@lru_cache(maxsize=None)
def _hour_words() -> tuple[frozenset[str], frozenset[str]]:
    """The hours in words (the time lexicon's ``hour_words`` and cues.yaml's ``hour_words_also``) and the words after
    one that make it a clock time ("five on Wednesday morning")."""
    words = frozenset(load_yaml("timex/lexicon.yaml")["hour_words"]) | frozenset(cues()["hour_words_also"])
    return words, frozenset(cues()["hour_word_after"])


@lru_cache(maxsize=None)
def _ranking_words() -> frozenset[str]:
    """cues.yaml's ``ranking_words`` ("the first since January", "the biggest of 2021")."""
    return frozenset(cues()["ranking_words"])


def _clock_at(toks: list[Tok], i: int) -> bool:
    """Does a clock time start at token i ("5 a.m.", "10:30", "first light", "five on Wednesday morning")?"""
    if i + 1 >= len(toks):
        return False
    if toks[i].low == "first":
        return toks[i + 1].low == "light"
    if toks[i].low in _hour_words()[0]:
        return toks[i + 1].low in _hour_words()[1]
    return toks[i].low.isdecimal() and (toks[i + 1].low.rstrip(".") in ("a.m", "p.m", "am", "pm", "o'clock") or
                                        toks[i + 1].text == ":")


def _place_appositive(toks: list[Tok], i: int) -> bool:
    """Is the comma at i one of the two around a one-word appositive after a name ("which had left the bus
    terminal in San Pedro Sula, Honduras, on Oct. 13, crossed ...": the clause goes on past them)?"""
    def name(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].word and toks[k].text[:1].isupper() and toks[k].text[-1:] != "."

    def appositive(k: int) -> bool:  # the commas at k and k + 2
        return k + 2 < len(toks) and toks[k].text == toks[k + 2].text == "," and name(k - 1) and name(k + 1)

    return appositive(i) or appositive(i - 2)


def segments(toks: list[Tok], hits: list[int] | None = None) -> list[int]:
    """Segment id of every token of one sentence.

    ``hits``: the positions of ``segment_hits`` for the sentence, when the caller knows them.
    """
    openers = _openers()
    special = _special_words()
    n = len(toks)
    seg = [0] * n
    current = 0
    main = 0
    next_id = 1
    pop_at_comma = False
    aside_close = -1  # the closing comma of a speaker's aside inside a relative clause
    in_relative = False
    first_word = next((k for k, x in enumerate(toks) if x.word), -1)
    clause_first = first_word  # the first word of the clause a hard cut opens
    # Only these tokens can change the segment: punctuation that cuts or closes one, words that may
    # open one (special words, numerals).  Every other token takes the current segment, filled in
    # by slices.
    if hits is None:
        hits = segment_hits(lows_of(toks))
    done = 0  # tokens before this one have their segment
    for i in hits:
        if i > done:
            seg[done:i] = [current] * (i - done)
        done = i + 1
        t = toks[i]
        if not t.word:
            text = t.text
            if text in _HARD or (text == "-" and i > 0 and toks[i - 1].end < t.start
                                 and i + 1 < n and t.end < toks[i + 1].start):
                current = next_id
                main = current
                next_id += 1
                pop_at_comma = False
                clause_first = i + 1
            elif text == "," and pop_at_comma and in_relative and (i == aside_close or
                                                                   (aside_close := _said_aside(toks, i))):
                pass  # "which left, the lid says, on Sunday, Oct. 29": the clause goes on past the aside
            elif text == "," and pop_at_comma and in_relative and _relative_date_comma(toks, i):
                pass  # "which on Jan. 15, 2020, started from San Pedro Sula": the commas of the clause's own date
            elif text == "," and pop_at_comma and not _place_appositive(toks, i):
                current = main
                pop_at_comma = False
            seg[i] = current
            continue
        low = t.low
        if low not in special and not low.isdecimal():
            seg[i] = current  # an ordinary word: the segment goes on
            continue
        opened = False
        if low in openers and not (low == "as" and not (i > 0 and (toks[i - 1].text == "," or
                                                            toks[i - 1].low in ("even", "just")))):
            # "such as", "as many as": only ", as" opens a clause
            if low in ("after", "before") and i >= 1 and toks[i - 1].low in ("day", "days", "week", "weeks",
                                                                             "hours", "shortly", "just", "soon",
                                                                             "long", "month", "months"):
                # "the day after": the boundary was placed on "the"/number already
                seg[i] = current
                continue
            if low == "since" and i >= 2 and toks[i - 1].low in _ranking_words() and toks[i - 2].low == "the":
                seg[i] = current  # "a small column, the first since January, set off": a rank, no clause
                continue
            if low in _NOT_UNTIL and not _NOT_WORDS.isdisjoint(x.low for x in toks[max(0, i - 3) : i - 1]):
                seg[i] = current  # "did not leave until April 23": the day it left, no clause
                continue
            if low in ("after", "before") and (i + 1 == n or not toks[i + 1].word or toks[i + 1].low == "last" and (
                    i + 2 == n or not toks[i + 2].word)):
                # "The evening before, Guatemala had announced ...": an adverb, no clause; "The Christmas Eve before
                # last, one left": a date
                seg[i] = current
                continue
            if low in ("after", "before") and i + 1 < n and (toks[i + 1].low in _time_words() or _clock_at(toks, i + 1)
                                                             or _pronoun_object_at(toks, i + 1)):
                # ("had gone before that, on Palm Sunday": before what was told, no clause)
                # "before dawn", "were on the road to Escuintla before 5 a.m. on Tuesday", "left after Easter": a
                # time, no clause
                seg[i] = current
                continue
            opened = True
        elif low == "and":
            # "..., was broken up on the highway outside town, and in October 2019 the National Guard stopped a far
            # larger one": a clause of its own, opened by its own time or place (not one going on with the group told
            # before it: "The second group left the capital ..., and on Friday its people waded the Suchiate")
            opened = i > 0 and toks[i - 1].text == "," and i + 2 < n and toks[i + 1].low in ("in", "on") and \
                (toks[i + 2].text[:1].isupper() or toks[i + 2].low.isdecimal()) and \
                not any(t.low in _goes_on() for t in toks[i + 3 : i + 3 + _AND_TIME_WORDS])
        else:
            nxt = toks[i + 1].low if i + 1 < n else None
            for ph in _REL_BY_FIRST.get(low, ()):  # every phrase has two or three words
                if ph[1] == nxt and (len(ph) == 2 or (i + 2 < n and toks[i + 2].low == ph[2])):
                    # "the day before Y" opens Y's clause; "... the day before." ends its own: a date, and so does
                    # "Salvadorans who had left their own capital the day before came through": a past verb follows
                    opened = i + len(ph) < n and toks[i + len(ph)].word and not past_form(toks[i + len(ph)].low) \
                        and not _pronoun_object_at(toks, i + len(ph)) and toks[i + len(ph)].low not in _time_words()
                    break
            else:
                if low.isdecimal() or low in _NUMBER_WORDS:
                    # (not "Nine days after that, a second group forded the river": a time, what was told before)
                    if tuple(x.low for x in toks[i + 1 : i + 3]) in _REL_AFTER_NUMBER and \
                            not _pronoun_object_at(toks, i + 3):
                        opened = True
        if opened:
            sentence_initial = i == first_word
            relative = (low in ("which", "where", "who", "whom") and i > 0 and toks[i - 1].text == ",") or \
                low in ("if", "unless", "whether")
            if not sentence_initial and not relative and current == main and i >= 1 and toks[i - 1].text == "," \
                    and i - clause_first <= 8:
                # "On June 6, 2022, as the Summit opened in Los Angeles, thousands left the city": a clause
                # fronted after a short opening phrase; after its comma the main clause goes on the phrase's
                # segment (so after a semicolon: "...; on Oct. 1, while the presidential sash was changing hands in
                # Mexico City, a few hundred more walked out")
                pop_at_comma = True
                current = next_id
                next_id += 1
                seg[i] = current
                continue
            in_relative = relative
            if sentence_initial or relative:
                if sentence_initial:
                    main = next_id + 1
                pop_at_comma = True
                current = next_id
                next_id += 1
                if sentence_initial:
                    next_id += 1
            else:
                current = next_id
                main = current
                next_id += 1
                pop_at_comma = False
        seg[i] = current
    if n > done:
        seg[done:] = [current] * (n - done)
    # the segment changes only at those tokens: its runs, for segment_bounds
    _remember_bounds(seg, [i for i in hits if i and seg[i] != seg[i - 1]])
    return seg


def _pronoun_object_at(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` "that" / "this" standing alone ("days after that,"): what was told before, no clause?"""
    return k < len(toks) and toks[k].low in ("that", "this") and (k + 1 == len(toks) or not toks[k + 1].word)


_RELATIVE_DATE_WORDS = 6  # tokens of "on Jan. 15, 2020" after a relative pronoun


def _relative_date_comma(toks: list[Tok], i: int) -> bool:
    """Is the comma at ``i`` inside or right after a date that opens a relative clause, before its verb ("which on
    Jan. 15, 2020, started": the clause goes on to its verb)?"""
    for r in range(i - 1, max(0, i - _RELATIVE_DATE_WORDS - 2), -1):
        if toks[r].low in ("which", "who"):
            return r + 2 < i and toks[r + 1].low in ("on", "in") and toks[r + 2].text[:1].isupper() and all(
                t.text in (",", ".") or t.low.isdecimal() or t.text[:1].isupper() for t in toks[r + 2 : i])
    return False


_ASIDE_WORDS = 4  # words of speaker in ", the lid says,"


def _said_aside(toks: list[Tok], i: int) -> int:
    """The closing comma of a speaker's aside opened by the comma at ``i`` ("which left, the lid says, on Sunday",
    "who left, she recalled, before dawn"); 0 if there is none."""
    for k in range(i + 2, min(len(toks) - 1, i + _ASIDE_WORDS + 2)):
        if not toks[k - 1].word:
            return 0
        if toks[k - 1].low in speech_words() and toks[k].text == ",":
            return k
    return 0


_QUOTE_CHARS = re.compile('[“”"\n]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations (per paragraph; curly or straight quotes)."""
    spans: list[tuple[int, int]] = []
    para_open: int | None = None
    for m in _QUOTE_CHARS.finditer(text):
        k = m.start()
        c = text[k]
        if c == "\n":
            para_open = None  # quotations do not run across paragraphs
        elif c == "“":
            para_open = k
        elif c == "”":
            if para_open is not None:
                spans.append((para_open, k + 1))
            para_open = None
        elif para_open is None:
            para_open = k
        else:
            spans.append((para_open, k + 1))
            para_open = None
    return spans


_INTRO_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def set_out_quotation(text: str, span: tuple[int, int]) -> bool:
    """Is the quotation a paragraph of its own under a short line that dates it ("Source A: from a newspaper
    report published on Sunday 19 January 2020." / '"Yesterday Mexico closed ..."')?  A quoted document,
    whose events are told as a report's are, not someone's words inside a story."""
    a, b = span
    hi = text.find("\n", b)
    if text[b : len(text) if hi < 0 else hi].strip(" \t.,;"):
        return False
    intro = quotation_intro(text, a)
    return intro is not None and _INTRO_YEAR.search(text, *intro) is not None


@lru_cache(maxsize=None)
def _cited_label_rx() -> re.Pattern:
    words = sorted((str(w) for w in cues()["cited_labels"]), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
                                                  for w in words) + ")", re.I)


def cited_quotation(text: str, span: tuple[int, int]) -> bool:
    """Is the quotation a cited text, after a label on its line ('Ex.: "..."', 'Headline: "..."', cues.yaml's
    ``cited_labels``)?  Its events are told as a report's are."""
    lo = text.rfind("\n", 0, span[0]) + 1
    return _cited_label_rx().search(text, lo, span[0]) is not None


@lru_cache(maxsize=None)
def _dated_account_rx() -> re.Pattern:
    return re.compile(rf"\b(?:{speech_verbs()})\b[^.:;!?\"“”\n]{{0,80}}:\s*$", re.I)


_ACCOUNT_INTRO = 100  # characters before a quotation in which "said on Sunday, ...:" introduces it


@lru_cache(maxsize=None)
def _dated_attribution_rx() -> re.Pattern:
    # '"...," she said on Wednesday': up to four words of speaker, the verb, then (after "on") the day
    return re.compile(rf"[\s,]*(?:[\w.'’-]+\s+){{1,4}}?(?:{speech_verbs()})\s+(?:on\s+)?", re.I)


def dated_account(text: str, span: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    """Is the quotation a witness's account that a speech verb and a date before the colon opening it introduce
    ("Mrs. Ravenscroft-López, 52, said on Sunday, standing at the edge of her field: "Yesterday evening the agents
    ... broke them up in front of my cane""), or that an attribution with its day closes, when its words date what
    they tell ('"Yesterday they left Tapachula before it was light," she said on Wednesday')?  What it tells
    happened, as the story's own events do (the resolver dates its words from that day).  ``dates``: the (start, end)
    of the text's dates and times, in order."""
    m = _dated_account_rx().search(text, max(0, span[0] - _ACCOUNT_INTRO), span[0])
    if m is None:
        return dated_attribution(text, span, dates) and dates_inside(span, dates)
    k = bisect.bisect_right(dates, (m.start(), len(text)))  # the first date after the verb
    return k < len(dates) and dates[k][1] <= m.end()


def dated_attribution(text: str, span: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    """Does an attribution with its day close the quotation ('," she said on Friday')?"""
    a = _dated_attribution_rx().match(text, span[1])
    k = bisect.bisect_left(dates, (span[1], 0))
    return a is not None and k < len(dates) and dates[k][0] == a.end()


def dates_inside(span: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    """Does a date or time stand inside the quotation?"""
    k = bisect.bisect_left(dates, (span[0], 0))
    return k < len(dates) and dates[k][1] <= span[1]


_GOES_ON = re.compile(r"[^\n\"“”.!?]*[.!?][ \t]*")  # ("," she said on Sunday, counting her stock. ")


def account_goes_on(text: str, before: tuple[int, int], span: tuple[int, int]) -> bool:
    """Does the quotation ``span`` go on with the voice of the dated account ``before``, opened right after the
    sentence of its attribution ('"Yesterday they went off before it was light," she said on Sunday, counting what
    was left of her stock. "This morning ... the Guard has them stopped on the highway"')?  The resolver dates it
    from the same day."""
    return _GOES_ON.fullmatch(text, before[1], span[0]) is not None


def in_spans(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    # spans are sorted by start
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if e <= a:
            lo = mid + 1
        elif s >= b:
            hi = mid - 1
        else:
            return s <= a and b <= e
    return False


# ------------------------------------------------------------------ modality


@lru_cache(maxsize=None)
def _modality_cfg():
    m = cues()["modality"]
    cats = {}
    for cat in ("planned", "negated", "hypothetical"):
        cats[cat] = phrase_set("modality", cat)
    # every cue indexed by its last token: longest first, then in category order (the nearest cue
    # wins, then the longest, then the first category)
    by_last: dict[str, list[tuple[int, int, tuple[str, ...], str]]] = {}
    for ci, (cat, phrases) in enumerate(cats.items()):
        for ph in phrases:
            if ph:
                by_last.setdefault(ph[-1], []).append((-len(ph), ci, ph, cat))
    return {
        "window": int(m.get("window", 6)),
        "cats": cats,
        "by_last": {k: tuple((ph, cat) for _, _, ph, cat in sorted(v)) for k, v in by_last.items()},
        "implicative": frozenset(m["implicative"]),
        "transparent": frozenset(str(x) for x in m["transparent"]),
        "prevent": frozenset(m["prevent_verbs"]),
        "governing": frozenset(str(x) for x in m.get("governing", ())),
        "habitual": phrases_by_first(phrase_set("modality", "habitual")),
        "retracted": phrases_by_first(phrase_set("modality", "retracted")),
        "time_clause": frozenset(m["time_clause"]),
        "groups": phrase_set("group_nouns"),
        "implicative_object": frozenset(m["implicative_object"]),
        "implicative_distance": frozenset(m["implicative_distance"]),
        "distance_units": frozenset(m["distance_units"]),
        "implicative_let_in": frozenset(m["implicative_let_in"]),
        "implicative_time": frozenset(str(x) for x in m["implicative_time"]),
        "reported_future": frozenset(str(x) for x in m.get("reported_future", ())),
        "modal_words": {w: cat for cat in ("planned", "hypothetical") for (w,) in
                        (ph for ph in cats[cat] if len(ph) == 1) if w in m["time_clause_modals"]},
    }


_CLAUSE_LEVEL = frozenset({"if", "unless", "whether"})


_CACHE: dict[str, object] = {"toks": None, "lows": None}


def lows_of(toks: list[Tok]) -> list[str]:
    """Lower-cased words of a sentence (computed once per sentence)."""
    if _CACHE["toks"] is not toks:
        _CACHE["toks"] = toks
        _CACHE["lows"] = [t.low for t in toks]
    return _CACHE["lows"]  # type: ignore[return-value]


def remember_lows(toks: list[Tok], lows: list[str]) -> None:
    """Tell ``lows_of`` the lower-cased words of ``toks`` (``[t.low for t in toks]``), known already."""
    _CACHE["toks"] = toks
    _CACHE["lows"] = lows


_BOUNDS: dict[int, tuple[list[int], list[int], list[int]]] = {}


def _remember_bounds(seg: list[int], cuts: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Remember the runs of ``seg`` (``cuts``: where a run starts, after the first) for segment_bounds."""
    n = len(seg)
    starts = [0] * n
    ends = [0] * n
    a = 0
    for b in cuts + [n]:  # each run [a, b): a few per sentence
        starts[a:b] = [a] * (b - a)
        ends[a:b] = [b] * (b - a)
        a = b
    if len(_BOUNDS) >= 256:
        _BOUNDS.clear()
    got = _BOUNDS[id(seg)] = (seg, starts, ends)  # the entry keeps seg alive: its id stays its own
    return got


def segment_bounds(seg: list[int], ti: int) -> tuple[int, int]:
    """[start, end) of the contiguous run of token ti's segment (computed once per sentence)."""
    got = _BOUNDS.get(id(seg))
    if got is None or got[0] is not seg:
        got = _remember_bounds(seg, [i for i in range(1, len(seg)) if seg[i] != seg[i - 1]])
    return got[1][ti], got[2][ti]


_LET_PARTICLES = frozenset({"in", "through", "over", "across", "into", "onto"})  # let someone in / over the bridge
_LET_BREAKS = frozenset({",", ";", "and", "but", "."})


def done_so_after(toks: list[Tok], ti: int) -> bool:
    """Is the infinitive at ``ti`` told as done by a pro-verb later in its clause ("The first group to leave the
    plaza did so in October": cues.yaml ``ranked_group.done_so``)?"""
    cfg = cues()["ranked_group"]
    done = phrase_set("ranked_group", "done_so")
    for k in range(ti + 1, min(len(toks) - 1, ti + cfg["done_so_reach"])):
        if not toks[k].word:
            return False
        if (toks[k].low, toks[k + 1].low) in done:
            return True
    return False


def _present_singular(lows: list[str], ti: int) -> bool:
    """Is the trigger at ``ti`` a present verb of the third person singular ("forms", "leaves"; not "was", nor a
    plural subject before its verb: "agents broke up", "the gates on the bridge stayed shut")?"""
    w = lows[ti]
    if len(w) <= 3 or not w.endswith("s") or w.endswith("ss") or w in ("was", "has", "does"):
        return False
    for x in lows[ti + 1 : ti + _PRESENT_REACH]:
        if not x[:1].isalnum():
            break
        if past_form(x) or irregular_past(x):
            return False
    return True


_PRESENT_REACH = 6  # words after a present trigger checked for the past verb of a plural subject


def modality(toks: list[Tok], seg: list[int], ti: int) -> tuple[str, str | None]:
    """(modality, cue) of a trigger at token ti."""
    cfg = _modality_cfg()
    lows = lows_of(toks)
    # the trigger's segment, at most 40 tokens back
    start = max(segment_bounds(seg, ti)[0], ti - 40)
    # clause-level cues anywhere before the trigger in its segment
    before = lows[start:ti]
    if not _CLAUSE_LEVEL.isdisjoint(before):
        for w in before:
            if w in _CLAUSE_LEVEL:
                return "hypothetical", w
    # "caravans have set out from Tapachula at regular intervals since 2018": habitual, no dated event
    end = min(segment_bounds(seg, ti)[1], ti + 14)
    habitual = cfg["habitual"]
    for k in range(start, end):
        for ph in habitual.get(lows[k], ()):
            if tuple(lows[k : k + len(ph)]) == ph:
                return "hypothetical", " ".join(ph)
    # "An earlier version of this story said the caravan reached El Florido on Saturday": what a correction
    # takes back was not done
    retracted = cfg["retracted"]
    for k in range(start, ti):
        for ph in retracted.get(lows[k], ()):
            if tuple(lows[k : k + len(ph)]) == ph:
                return "negated", " ".join(ph)
    # "None of the migrants had reached the border", "no members of the caravan had reached Mexico": the
    # subject is negated
    for k in range(start, ti - 1):
        if lows[k] == "none" and lows[k + 1] == "of":
            return "negated", "none of"
        if lows[k] == "no" and (lows[k + 1],) in cfg["groups"]:
            return "negated", f"no {lows[k + 1]}"
        if lows[k] == "not" and ti - k <= 4 and (lows[k + 1] == "one" or lows[k + 1 : k + 3] == ["a", "single"]):
            return "negated", " ".join(lows[k:ti])  # "for days afterwards not one walker reached the fence"
    # "There was no state of prevention in January", "no roadblock stood on the highway": the event itself
    if ti - 1 >= start and lows[ti - 1] == "no":
        return "negated", f"no {lows[ti]}"
    # "it may break up before it leaves Chiapas": a time clause takes the modality of the verb it depends on
    k = ti - 1
    while k >= start and ti - k <= 3 and lows[k] not in cfg["time_clause"]:
        k -= 1
    if k >= start and ti - k <= 3 and lows[k] in cfg["time_clause"]:
        for j in range(k - 1, max(-1, k - 9), -1):
            if not toks[j].word or lows[j] in ("and", "but", "."):
                break
            cat = cfg["modal_words"].get(lows[j])
            if cat is not None:
                return cat, f"{lows[j]} ... {lows[k]}"
        if lows[k] in ("when", "whenever") and _present_singular(lows, ti):
            # "When a column forms in the central park, the shops around it stay open late": a present in a time
            # clause tells what happens each time (or what will), no dated event
            return "hypothetical", f"{lows[k]} ... {lows[ti]}"
    # "stop the migrants from crossing"
    if ti > 0 and lows[ti - 1] == "from" and lows[ti].endswith("ing"):
        for k in range(max(start, ti - 7), ti - 1):
            if lows[k] in cfg["prevent"]:
                return "hypothetical", f"{lows[k]} ... from"
    # the nearest cue ending before the trigger with only transparent words (or punctuation) between
    window = cfg["window"]
    lo = max(start, ti - window - 3)
    by_last = cfg["by_last"]
    transparent = cfg["transparent"]
    governing, governed = cfg["governing"], False
    j = ti  # the cue ends at j (exclusive); tokens j .. ti-1 are transparent
    while j > lo:
        for ph, cat in by_last.get(lows[j - 1], ()):
            i = j - len(ph)
            if i >= lo and (len(ph) == 1 or tuple(lows[i:j]) == ph):
                if ph == ("would",) and not cfg["reported_future"].isdisjoint(lows[max(0, i - 8) : i]):
                    # "the organizers said the group would rest in Huixtla today": the future of a report, a plan
                    return "planned", REPORTED_FUTURE
                if len(ph) == 1 and ph[0] in _NOT_WORDS and not _NOT_UNTIL.isdisjoint(lows[ti + 1 : ti + 3]):
                    return "actual", None  # "The Via Crucis of last year did not leave until April 23": it left then
                return cat, " ".join(lows[i:j])
        if ti - (j - 1) > window or not (lows[j - 1] in transparent or not toks[j - 1].word
                                         or (lows[j - 1] in governing and not governed)):
            break
        if lows[j - 1] in governing:
            governed = True  # "could not process their asylum claims": the cue is the governing verb's
        j -= 1
    # bare infinitive "to cross": planned, unless after an implicative verb ("began to cross")
    k = ti - 1
    while k >= start and lows[k] in cfg["transparent"] and lows[k] != "to":
        k -= 1
    if k >= start and lows[k] == "to":
        paid = next((j for j in range(k - 2, max(start - 1, k - 6), -1) if lows[j] in cfg["implicative_object"]), None)
        if paid is not None:
            # "paid a few pesos to cross on rafts": a verb with its object before "to" that says it was done
            return modality(toks, seg, paid) if paid > start else ("actual", None)
        covered = next((j for j in range(k - 2, max(start - 1, k - 9), -1) if lows[j] in cfg["implicative_distance"]),
                       None)
        if covered is not None and not cfg["distance_units"].isdisjoint(lows[covered + 1 : k]):
            # "walked the 40 kilometres of highway to reach Huixtla": a distance covered to get there
            return modality(toks, seg, covered) if covered > start else ("actual", None)
        let = next((j for j in range(k - 1, max(start - 1, k - 11), -1) if lows[j] in cfg["implicative_let_in"]), None)
        if let is not None and not _LET_PARTICLES.isdisjoint(lows[let + 1 : k]) and \
                _LET_BREAKS.isdisjoint(lows[let + 1 : k]):
            # "were let in to ask for asylum", "began letting small groups over the bridge to apply for asylum"
            return modality(toks, seg, let) if let > start else ("actual", None)
        v = k - 1
        while v > max(start, k - 4) and lows[v] in cfg["implicative_time"]:
            v -= 1  # "began that day to sign people up": a time told between the verb and "to"
        if lows[v] not in cfg["implicative"]:
            v = k - 1
        before = lows[v] if v >= 0 else ""
        if before in cfg["implicative"] or before.endswith("ing") and before in ("beginning", "starting"):
            # ... as the implicative verb is: "soldiers would not be used to stop the migrants"
            return modality(toks, seg, v) if v > start else ("actual", None)
        # "to" as a preposition before a noun trigger ("to the arrival") is not an infinitive
        if toks[ti].low.endswith(("ing", "ed")) and toks[ti].low not in ("bed",) or done_so_after(toks, ti):
            return "actual", None  # (... or "the first group to leave the plaza did so in October")
        return "planned", "to"
    return "actual", None


_COORD_STOP = frozenset({",", ";", ":", "but", "while", "who", "which", "when", "after", "before", "."})


def coord_follows(lows: list[str], prev_end: int, ti: int) -> bool:
    """Is the trigger at ``ti`` the second verb of a coordination whose first verb ends at ``prev_end`` ("would rest
    in Huixtla today and set out for Escuintla"): "and" (or "and then") right before it, at most ten words after
    the first, with no comma or clause word between?"""
    if not 0 < ti - prev_end <= 10:
        return False
    k = ti - 1
    if lows[k] == "then":
        k -= 1
    if k < prev_end or lows[k] != "and":
        return False
    return _COORD_STOP.isdisjoint(lows[prev_end:k])


# -------------------------------------------------------------------- actors


@lru_cache(maxsize=None)
def _officials():
    names = set()
    for n in cues()["officials"]:
        names.add(tuple(fold(x) for x in str(n).split()))
    titles = phrase_set("official_titles")
    return frozenset(names), titles


@lru_cache(maxsize=None)
def _official_index():
    """Known names and titles of up to three words, indexed by their first (folded) word, longest first."""
    names, titles = _officials()

    def index(phrases):
        out: dict[str, list[tuple[str, ...]]] = {}
        for ph in sorted((x for x in phrases if 0 < len(x) <= 3), key=len, reverse=True):
            out.setdefault(ph[0], []).append(ph)
        return out

    return index(names), index(titles)


@lru_cache(maxsize=None)
def _actor_first_words() -> frozenset[str]:
    """The first words of the known names and titles (``_official_index``)."""
    names_ix, titles_ix = _official_index()
    return frozenset(names_ix) | frozenset(titles_ix)


def _longest_at(index: dict, flow: list[str], i: int, hi: int) -> int:
    """Length of the longest indexed phrase starting at i (0: none); tokens up to hi are readable."""
    for ph in index.get(flow[i], ()):
        n = len(ph)
        if i + n <= hi and (n == 1 or tuple(flow[i : i + n]) == ph):
            return n
    return 0


_NAME_STOP = frozenset("the a an in on at of for and or but to from with by as mr mrs ms dr".split())


def _cap_name(toks: list[Tok], i: int, maxlen: int = 4) -> tuple[int, int] | None:
    """A run of capitalised words starting at token i ("Mike Pence", "Jorge Castaneda")."""
    j = i
    while j < len(toks) and j - i < maxlen and toks[j].word and toks[j].text[0].isupper() and \
            toks[j].low not in _NAME_STOP:
        j += 1
    return (i, j) if j > i else None


def find_actor(toks: list[Tok], seg: list[int], ti: int, trig_end: int, places_tok: set[int]) -> str | None:
    """The official who makes a statement: a known name, a titled name or a title."""
    names_ix, titles_ix = _official_index()
    _, titles = _officials()
    s = seg[ti]
    lo = ti
    while lo > 0 and seg[lo - 1] == s and ti - lo < 25:
        lo -= 1
    if toks[lo].low == "who" and lo >= 2 and toks[lo - 1].text == ",":
        # "Donald Trump, who on Thursday threatened to ...": the relative clause's speaker is its antecedent
        k = lo - 1
        while k > 0 and seg[k - 1] == seg[lo - 1] and lo - k < 12:
            k -= 1
        lo = k
    hi = trig_end
    while hi < len(toks) and seg[hi] == s and hi - trig_end < 12:
        hi += 1
    top = min(len(toks), hi + 4)
    flow = [""] * lo + [fold(toks[i].low) for i in range(lo, top)]
    if _actor_first_words().isdisjoint(flow[lo:hi]):
        return None  # no known name and no title starts in the clause
    cands: list[tuple[int, str]] = []  # (distance, actor)
    # known officials
    for i in range(lo, hi):
        n = _longest_at(names_ix, flow, i, top)
        if n and toks[i].text[0].isupper():
            # extend to the full capitalised name ("Donald Trump")
            a = i
            while a - 1 >= lo and toks[a - 1].word and toks[a - 1].text[0].isupper() and \
                    toks[a - 1].low not in _NAME_STOP and (a - 1) not in places_tok and \
                    not (a - 1 == 0 and toks[a - 1].low in ("president",)) and \
                    (flow[a - 1],) not in titles:
                a -= 1
            txt = " ".join(t.text for t in toks[a : i + n])
            d = ti - i if i < ti else (i - trig_end) + 2
            cands.append((d, txt))
    # title + name ("vice-president, Mike Pence," / "Foreign Minister Jorge Castaneda")
    for i in range(lo, hi):
        n = _longest_at(titles_ix, flow, i, top)
        if not n:
            continue
        j = i + n
        if j < len(toks) and toks[j].text == ",":
            j += 1
        nm = _cap_name(toks, j) if j < hi else None
        if nm and not any(k in places_tok for k in range(nm[0], nm[1])):
            txt = " ".join(t.text for t in toks[nm[0] : nm[1]])
            d = ti - i if i < ti else (i - trig_end) + 2
            cands.append((d, txt))
        else:
            # a bare title: "the Mexican government", "Guatemalan authorities"
            a = i
            if a - 1 >= lo and toks[a - 1].word and toks[a - 1].text[0].isupper() and \
                    toks[a - 1].low not in _NAME_STOP:
                a -= 1
            txt = " ".join(t.text for t in toks[a : i + n])
            d = (ti - i if i < ti else (i - trig_end) + 2) + 3
            cands.append((d, txt))
    if not cands:
        return None
    cands.sort(key=lambda x: x[0])
    return cands[0][1]
