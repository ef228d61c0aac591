"""When: a trigger's own time expression (its clause segment, conjoined verbs, commas, reported events),
ranges and spans ("Oct. 19-21"), and "earlier" / "later" cues."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.extract.event_cands import RELATIVE_PRONOUNS, SUBJECT_DETERMINERS, ArticleCtx, Cand, word_set
from timeline.extract.event_context import DASHES, after_dash, segment_bounds
from timeline.extract.event_lexicon import Tok, any_phrase, cues, has_phrase, past_form, phrase_set
from timeline.extract.event_subjects import LIST_REACH, OPENING_QUOTES, names_a_group, of_a_group
from timeline.extract.timex_rules import lexicon
from timeline.extract.text import (alternation, dates_a_noun, gives_year_of, in_insertion, in_relative_clause, likened,
                                   opens_insertion, pluperfect_relative_before, that_year_of, year_owns)
from timeline.models import Timex

# How far (tokens) a trigger's own time expression may stand from it: a bound that keeps a huge one-sentence
# text linear.
OWN_TIMEX_REACH = 80
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")  # "Oct. 19-21": two days joined by a dash
# a weekday or a day of a month, maybe with a part of the day ("on Thursday night and early Friday", "on the
# Sunday and the Monday", "April 23 last year": DCT:Y-1-04-23)
DAY_VALUE = re.compile(r"^(?:(?:DCT|REF):WD\d[<>=]?|(?:XXXX|\d{4}|DCT:Y[+-]\d+)-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|DT))?$")
# a feast of one day, not one of a week ("the caravan of last Christmas Eve": DCT:HOL:christmas_eve<)
FEAST_DAY = re.compile(r"^(?:DCT|XXXX|\d{4})(?::Y[+-]\d+)?:HOL:(?!(?:%s)\b)\w+[<>]?$" % "|".join(
    k.replace(" ", "_") for k, v in lexicon()["holidays"].items() if v.get("week")))
# a year or a month ("In October 2021", "last October")
# (or a season: "had spent that summer in the city")
YEAR_OR_MONTH = re.compile(r"^(?:\d{4}(?:-\d\d|-(?:SP|SU|FA|WI))?|XXXX-\d\d"
                           r"|(?:DCT|REF):(?:[YM][+-]\d+|MO\d\d[<>]?|(?:SP|SU|FA|WI)[<>=]?))$")
# a day or finer, or a feast ("Palm Sunday", "Holy Week": a day or a week, finer than the month told beside it)
# ("Easter Sunday last year": DCT:Y-1:HOL:easter_sunday)
DAY_OR_FINER = re.compile(r"^(?:(?:\d{4}|XXXX)-(?:\d\d|XX)-\d\d"
                          r"|(?:DCT|REF):(?:D[+-]\d|WD\d|HOL:|Y[+-]\d+(?:-\d\d-\d\d|:HOL:)))")


def coarser(tx: Timex, other: Timex | None) -> bool:
    """Is ``tx`` a year or a month ("In October 2021") and ``other`` a day or finer?"""
    return other is not None and YEAR_OR_MONTH.match(tx.value) is not None and \
        DAY_OR_FINER.match(other.value) is not None


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")


def _dates_the_saying(toks: list[Tok], k: int, tx: Timex) -> bool:
    """Is the expression at token k "now" right before a speech verb ("now says")?  It dates the saying only."""
    return tx.value == "PRESENT_REF" and k + 1 < len(toks) and toks[k + 1].low in word_set("now_speech_verbs")


_QUOTE_CLOSE = re.compile(r"[,.!?][\"”]")  # the end of a quotation ('...toward Guatemala," she said')


def own_timex(ctx: ArticleCtx, c: Cand, sent_timexes: list[tuple[int, Timex]], sent_cands: list[Cand]) -> Timex | None:
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
        # ("The one of January 2020 was the biggest he has seen, upward of 4,000 people": the count of the caravan
        # that month names)
        counted = c.type == "size" and _copula_before(c.toks, k, c.ti)
        if names_a_group(c.toks, starts, tx, groups) and not counted or ranks_within(c.toks, k):
            continue  # "Last year's caravan ... grew to more than 7,000": which caravan, not when
        if dates_a_noun(ctx.text, tx.start) and not counted and \
                not (c.type == "size" and k < c.ti and went_with(ctx.text, tx.start)):
            continue  # "still scarred by the earthquake of September 2017": that noun's date
        if _comparison_rx().search(ctx.text, max(0, tx.start - 60), tx.start) or likened(ctx.text, tx.start):
            continue  # "..., down from several thousand last week": the earlier figure's date; "as in October"
        if k < c.ti and in_insertion(ctx.text, tx.start, tx.end, c.start):
            continue  # "troops, deployed under a deal struck the previous June, blocked ...": the insertion's date
        if k < c.ti and opens_insertion(ctx.text, tx.end, c.end):
            continue  # "on Oct. 20 the first caravan, the one whose walk had begun ...": the main clause's date
        if k < c.ti and pluperfect_relative_before(ctx.text, c.start, tx.end):
            continue  # "Yesterday ... from checkpoints where the Hondurans had been turned back": an earlier event
        if k + 1 != c.ti and _dates_the_saying(c.toks, k, tx):
            continue  # "The IGM now says at least 3,000 people have entered": when it is said, not the entry
        if k > c.ti and _fronted_after_and(c.toks, k, bisect.bisect_left(starts, tx.end) - 1):
            continue  # "and 3,000 by its organizers, and in March he saw ...": the next clause's date
        if c.type == "size" and k > c.ti and _new_subject_between(c.toks, c.tj, k):
            continue  # "as many as 10,000 walkers, by the organizers' count, and the square empty by noon"
        d = _tdist(c, k)
        # another trigger of the same segment that is nearer claims it
        nearer = False
        for o in sent_cands:
            if o is c or o.seg[o.ti] != c.seg[c.ti] or k < o.ti and opens_insertion(ctx.text, tx.end, o.end):
                continue
            do = _tdist(o, k)
            if do < d:
                nearer = True
                break
        if nearer and d > 3 and not (c.type == "size" and k < c.ti):
            # (a count in the clause of a dated event is that day's: "On Saturday, Jan. 18, Mexico locked the
            # bridge in front of about 4,000 Hondurans")
            continue
        if best is None or d < best[0]:
            best = (d, tx)
    return best[1] if best else None


_AFTER_COMMA = 6  # "crossed ... on Sunday, clashing with police the day before": the participle's own date wins
_CONJOINED = 6  # "left on Monday and arrived on Tuesday": a date before "and" is the verb's before it
_CLOSES_CLAUSE = 6  # "that departed X on Monday night crossed ... on Wednesday": Monday is the departure's
_BEFORE_COMMA = 4  # "... last month, came to a halt ... on Wednesday": the date after the verb wins
_NEXT_CLAUSE = 8  # "..., and Mr. Pryce expects them at the river by the weekend": after ", and" and a new subject
_REPORTED = 6  # "said they would resume the march on Tuesday": after the reported event's verb, its date


_FRONTING_PREPS = frozenset(("on", "in", "at", "by", "early", "late"))


def _lead_end(toks: list[Tok]) -> int:
    """Where the words that may stand before a time opening its sentence end: a dateline ("HUIXTLA, Mexico —"),
    then words of ``_OPENERS`` ("On", "And on")."""
    lo = after_dash(toks, min(len(toks), _DATELINE_REACH))
    if lo < len(toks) and toks[lo].text in OPENING_QUOTES:
        lo += 1  # '"The day before yesterday, a little after dark, a few hundred of them headed off'
    while lo < len(toks) and toks[lo].low in _OPENERS:
        lo += 1
    return lo


def _opens_sentence(toks: list[Tok], k: int, kend: int, ti: int, lead: int, timing_ks: list[int]) -> bool:
    """Does the expression at tokens [k, kend] open its sentence (``lead``: see _lead_end) before a comma, with no
    other time (``timing_ks``, sorted) between that comma and the trigger at ``ti`` ("On Palm Sunday last March, a
    procession went north"; not the first of "Six months ago, on Christmas Eve, thousands walked out")?"""
    if k > lead:
        return False
    comma = next((j for j in range(kend + 1, ti) if toks[j].text == ","), ti)
    after = bisect.bisect_right(timing_ks, comma)
    return after == len(timing_ks) or timing_ks[after] >= ti


_DATELINE_REACH = 16


def _copula_before(toks: list[Tok], k: int, ti: int) -> bool:
    """Is the time at ``k`` in the subject of a "was" that the count at ``ti`` follows in its clause ("The one of
    January 2020 was the biggest he has seen, upward of 4,000 people")?"""
    return k < ti and any(t.low in ("was", "is") for t in toks[k + 1 : ti]) and \
        all(t.word or t.text == "," for t in toks[k + 1 : ti])


def _fronted_after_and(toks: list[Tok], k: int, kend: int) -> bool:
    """Is the expression at tokens [k, kend] fronted in a clause that ", and" opens (", and on the night of Oct. 23,
    ...")?  A comma or the clause's subject follows it (", and by Friday it was empty")."""
    j = k - 1
    if j >= 0 and toks[j].low in _FRONTING_PREPS:
        j -= 1
    if kend + 2 < len(toks) and toks[kend + 1].low == "that" and toks[kend].low in ("before", "after"):
        kend += 1  # ", and two years before that, on Oct. 12, 2019, soldiers stopped ..."
    return j >= 1 and toks[j].low == "and" and toks[j - 1].text == "," and kend + 1 < len(toks) \
        and (toks[kend + 1].text == "," or toks[kend + 1].low in word_set("fronted_clause_subjects")
             or toks[kend + 1].text[:1].isupper() or toks[kend + 1].text[:1].isdigit())
    # (a name: ", and on Tuesday Guatemala began ..."; a count: ", and by Friday 6,000 people were there")


def _fronted_ks(toks: list[Tok], starts: list[int], sent_timexes: list[tuple[int, Timex]]) -> set[int]:
    """The token positions of the expressions fronted in a clause that ", and" opens (``_fronted_after_and``), and
    of those that follow one right after its comma (", and in October, on the 17th, a smaller group set off")."""
    out: set[int] = set()
    ends: set[int] = set()
    for k, tx in sent_timexes:
        kend = bisect.bisect_left(starts, tx.end) - 1
        j = k - 1
        if j >= 0 and toks[j].low in _FRONTING_PREPS:
            j -= 1
        elif j >= 1 and toks[j].low == "a" and toks[j - 1].text == "," and j - 2 in ends:
            j -= 1  # ", and on Oct. 20, a Sunday, a larger one left": the weekday set beside the fronted date
        if _fronted_after_and(toks, k, kend) or j >= 1 and toks[j].text == "," and (
                j - 1 in ends or _relative_after_and(toks, j)) and kend + 1 < len(toks) and toks[kend + 1].text == ",":
            out.add(k)
            ends.add(kend)
    return out


def _relative_after_and(toks: list[Tok], j: int) -> bool:
    """Does the comma at token ``j`` close a time told from another that a clause after ", and" opens with (", and a
    little over two weeks before that, on Oct. 20, a much larger column had set off")?"""
    if j < 3 or not (toks[j - 1].low in ("later", "earlier") or toks[j - 1].low == "that" and
                     toks[j - 2].low in ("before", "after")):
        return False
    for i in range(j - 2, max(0, j - 10), -1):
        if not toks[i].word:
            return False
        if toks[i].low == "and":
            return i >= 1 and toks[i - 1].text == ","
    return False


def _new_subject_between(toks: list[Tok], lo: int, k: int, names: bool = False) -> bool:
    """Does ", and" with a new subject ("the", "its", "their" ..., a pronoun: ", and it came the weekend he had
    set aside"; with ``names``, a name too: ", and Mr. Pryce expects them at the river by the weekend") open a clause
    between tokens lo and k?"""
    return any(toks[j].text == "," and toks[j + 1].low == "and" and (
        toks[j + 2].low in SUBJECT_DETERMINERS or toks[j + 2].low in _SUBJECT_PRONOUNS or
        # (", and a year and five days ago, on Jan. 15, 2021, several thousand walked out": a clause of its own)
        toks[j + 2].low in ("a", "an") and j + 3 < k or
        names and toks[j + 2].text[:1].isupper()) for j in range(lo, k - 2)) or any(
        # (a person after "and", comma or not: "thousands walked out of Tapachula and he spent Christmas Day on his
        # stool")
        toks[j].low == "and" and toks[j + 1].low in _PERSON_PRONOUNS for j in range(lo, k - 1))


_SUBJECT_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i"))
_PERSON_PRONOUNS = frozenset(("he", "she", "i"))


def ranks_within(toks: list[Tok], k: int) -> bool:
    """Is the expression at token ``k`` the period a caravan is ranked in ("the first of the new year", "the
    biggest of 2021"): after "the", a word of cues.yaml's ``ranking_words`` and "of"?  It tells which caravan, not
    when it moved (so does "the first since January": after "since"; and "the largest group of the autumn": a group
    noun between the rank and "of")."""
    r = k - 2
    if k >= 4 and toks[k - 1].low == "of" and (toks[k - 2].low,) in phrase_set("group_nouns"):
        r -= 1
    return r >= 1 and toks[k - 1].low in ("of", "since") and toks[r].low in word_set("ranking_words") and \
        toks[r - 1].low == "the"


def day_after_of(text: str, tj: int, sent_timexes: list[tuple[int, Timex]]) -> int:
    """Where the day that names a caravan stands after "of" at token ``tj``: right there, or after a relative
    year's possessive ("the one of last year's Christmas Eve": the day after "last year's")."""
    for i, (k, x) in enumerate(sent_timexes):
        if k == tj and i + 1 < len(sent_timexes) and year_owns(text, x, sent_timexes[i + 1][1].start):
            return sent_timexes[i + 1][0]
    return tj


def _years_of_dates(text: str, sent_timexes: list[tuple[int, Timex]]) -> set[int]:
    """ids of the expressions that only give the year of the date right before them ("on Christmas Eve last
    year": the resolver dates Christmas Eve in that year, and triggers take Christmas Eve)."""
    # (and "that year": "left on Jan. 15 that year, close to 4,000")
    # (and "last year's Christmas Eve": the possessive year before it)
    out: set[int] = set()
    for (_, a), (_, b) in zip(sent_timexes, sent_timexes[1:]):
        if gives_year_of(text, a.end, b) or that_year_of(text, a.end, b):
            out.add(id(b))
        if year_owns(text, a, b.start):
            out.add(id(a))
    return out


_YEAR_ONLY = re.compile(r"^\d{4}$")
# "January last year", "in January", "Last October"
_MONTH_ONLY = re.compile(r"^(?:(?:\d{4}|XXXX|DCT:Y[+-]\d+)-\d\d|DCT:MO\d\d[<>=])$")
_DAY_OF_MONTH = re.compile(r"^XXXX-XX-\d\d$")  # "on the 15th"
_ANY_DAY = re.compile(r"^(?:XXXX|\d{4})-(\d\d)-(\d\d)(?:T[\w:]+)?$")  # "on the night of Wednesday, Sept. 30"
_MONTH_OF = re.compile(r"(\d\d)[<>=]?$")
_YEARS_AGO = re.compile(r"^DCT:Y-\d+$")  # "a year ago", "last year"
_MONTHS_AGO = re.compile(r"^DCT:M[+-]\d+$")  # "this month", "last month"
# "in the autumn", "last spring"
_SEASON_ONLY = re.compile(r"^(?:(?:\d{4}|XXXX|DCT:Y[+-]\d+)-(?:SP|SU|FA|WI)|DCT:(?:SP|SU|FA|WI)[<>=]?)$")
_WEEK_FEAST = re.compile(r"^(?:\d{4}:|DCT:)HOL:\w*_week$")  # "Holy Week", "Easter week"
_DAY_FEAST = re.compile(r"^(?:\d{4}:|DCT:)HOL:(?!\w*_week$)\w+$")  # "Palm Sunday", "Christmas Eve"
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_WEEK_PART_BEFORE = re.compile(r"\b(?:start|beginning|end)\s+of\s+(?:the\s+)?$")  # "at the start of Holy Week"
_MONTH_AFTER_DAY = re.compile(r",[ \t]*in[ \t]+")  # "On the Monday of Holy Week, in April, ..."
_SEASON_AFTER_DAY = re.compile(r",[ \t]*(?:back[ \t]+)?in[ \t]+")  # "On Palm Sunday, back in the spring, ..."
_APPOSED_DAY = re.compile(r",[ \t]*(?:on[ \t]+)?")  # "a year ago, on Jan. 17, 2019": the day restates the year
# "on Oct. 29 of last year, a Sunday": a weekday set right after a date restates it
_APPOSED_WEEKDAY = re.compile(r"(?:[ \t]+of[ \t]+(?:last|that|this)[ \t]+year)?,[ \t]*(?:a[ \t]+|on[ \t]+)?")
_WEEKDAY_VALUE = re.compile(r"^DCT:WD\d$")


def restates_day(text: str, date_tx: Timex, other: Timex) -> bool:
    """Is ``other`` a bare weekday set right after the date ``date_tx`` ("Oct. 29 of last year, a Sunday")?"""
    return other.start >= date_tx.end and _WEEKDAY_VALUE.match(other.value) is not None and \
        _APPOSED_WEEKDAY.fullmatch(text, date_tx.end, other.start) is not None


@lru_cache(maxsize=None)
def _day_sources_rx() -> tuple[re.Pattern, re.Pattern]:
    """The colon before the first day ("buses: on Easter Sunday") and what stands between the two days (", according
    to the diocese's office, and on ")."""
    src = alternation(cues()["day_sources"])
    return (re.compile(r":\s+(?:on\s+)?$"),
            re.compile(rf",\s+(?:{src})\s[^,;:.]*?,\s+and\s+(?:on\s+)?", re.I))


def days_by_sources(cands: list[Cand], sent_timexes: list[tuple[int, Timex]], text: str) -> None:
    """"federal police ... later broke it apart and put hundreds of its walkers on buses: on Easter Sunday, according
    to the diocese's office, and on Easter Monday, according to a statement the institute issued": a trigger with no
    time of its own before a colon that lists two days, each with its source (cues.yaml's ``day_sources``), spans
    the two (the sources disagree on its day; rule ``+days_by_sources``)."""
    colon, between = _day_sources_rx()
    days = [tx for _, tx in sent_timexes if tx.type == "DATE" and (
        DAY_VALUE.match(tx.value) is not None or tx.value.startswith("DCT:HOL:"))]
    for a, b in zip(days, days[1:]):
        if (mark := colon.search(text, max(0, a.start - _COLON_BEFORE), a.start)) is None or \
                between.fullmatch(text, a.end, b.start) is None:
            continue
        for c in cands:
            if c.timex is None and c.end <= mark.start() and ":" not in text[c.end : mark.start()]:
                c.timex, c.timex_end = a, b
                c.rule += "+days_by_sources"


_COLON_BEFORE = 6  # characters before the first day in which its colon stands (": on ")


def that_day_after(date_tx: Timex, other: Timex, sent_timexes: list[tuple[int, Timex]]) -> bool:
    """Is ``other`` "that day" ("the same day": REF:D+0) told after ``date_tx`` with no time between them ("left
    Tapachula on Thursday ..., about 1,000 people by the count the institute gave out that day")?"""
    return other.start >= date_tx.end and other.value == "REF:D+0" and not any(
        date_tx.end <= t.start < other.start for _, t in sent_timexes)


# how far (in words, with the clause costs) a day may be from a trigger dated by a year or a month alone
_FINER_REACH = 12
# what may come before a time that opens its sentence ("On Palm Sunday last March, a procession went north": no
# clause before its comma claims it; "Six months ago, on Christmas Eve, thousands walked out": the second is nearer)
_OPENERS = _FRONTING_PREPS | {"and", "but", "then", "during"}


def _told_by_another(c: Cand, cands: list[Cand], k: int) -> bool:
    """Does another trigger (not a count) stand between ``c`` and the expression at token ``k`` ("left Honduras in
    mid-October and reached Mexico City on Nov. 4": the day is the arrival's)?"""
    return any(c.tj <= o.ti and o.tj <= k for o in cands if o is not c and o.type != "size")


def _in_month(day: str, month: str) -> bool:
    """Is the day (told with its month) in the month, or the night before it begins ("Last October ... on the night
    of Wednesday, Sept. 30")?"""
    d, m = _ANY_DAY.match(day), _MONTH_OF.search(month)
    if d is None or m is None:
        return False
    dm, mm = int(d.group(1)), int(m.group(1))
    return dm == mm or (dm % 12 + 1 == mm and int(d.group(2)) >= 28 and day.endswith("TNI"))


_AROUND_FEAST = re.compile(r"^[a-z]+_(?:before|after)_")  # "day_after_palm_sunday", "saturday_before_easter"


@lru_cache(maxsize=None)
def _feast_months(key: str) -> frozenset[int]:
    """The months a movable feast of the lexicon can fall in ("easter_sunday": March or April; the day after it or
    the Saturday before it: the feast's months)."""
    key = _AROUND_FEAST.sub("", key)
    spec = lexicon()["holidays"].get(key.replace("_", " "))
    if not spec:
        return frozenset()
    if "nth" in spec:
        return frozenset((int(spec["nth"][0]),))
    if "easter" in spec:  # Easter Sunday falls between March 22 and April 25
        lo, hi = (date(2000, m, d) + timedelta(days=int(spec["easter"])) for m, d in ((3, 22), (4, 25)))
        return frozenset(range(lo.month, hi.month + 1))
    return frozenset()


def _feast_in_month(value: str, month: str) -> bool:
    """"In April the police broke up a caravan ... on Easter Sunday": a movable feast the month may hold."""
    m = _MONTH_OF.search(month)
    return value.startswith("DCT:HOL:") and m is not None and int(m.group(1)) in _feast_months(value[8:])


def _day_in_year(value: str, year: str) -> bool:
    """A day or a holiday without a year, or a day of ``year`` ("XXXX-03-25", "2018-03-25", "DCT:HOL:...")."""
    return bool(re.match(rf"^(?:XXXX|{year})-\d\d-\d\d", value)) or value.startswith("DCT:HOL:")



def _with_caravan_of() -> str:
    """"with the (huge) caravan of": the words before a date that names the caravan someone went with."""
    nouns = "|".join(map(re.escape, word_set("went_with_nouns")))
    return rf"with\s+(?:the|that|this)\s+(?:[a-z]+\s+)?(?:{nouns})\s+of\s+"


@lru_cache(maxsize=None)
def _went_with_rx() -> re.Pattern:
    return re.compile(rf"\b{_with_caravan_of()}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _with_dated_rx() -> re.Pattern:
    return re.compile(rf"\s+{_with_caravan_of()}(?=[A-Z0-9])", re.IGNORECASE)


def with_dated_caravan(text: str, end: int) -> bool:
    """Does "with the caravan of <date>" follow the trigger ending at ``end`` ("a woman who left with the caravan
    of Saturday, Oct. 12, 2019")?  One person's leaving then tells the caravan's start."""
    return _with_dated_rx().match(text, end) is not None


def went_with(text: str, start: int) -> bool:
    """Does the expression at ``start`` name the caravan someone went with ("left with the caravan of Wednesday,
    June 5, some 1,500 walkers")?  Its date is the start of that caravan: the leaving's, and the size's beside it."""
    return _went_with_rx().search(text, max(0, start - 40), start) is not None


def assign_timexes(cands: list[Cand], sent_timexes: list[tuple[int, Timex]], toks: list[Tok] | None = None,
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
    finer: dict[int, list[tuple[int, Timex]]] = {}  # every expression near enough to each trigger
    # "the caravan of | Oct. 20", "the one of last year's | Christmas Eve"
    named_by_day = {c.tj if text is None else day_after_of(text, c.tj, sent_timexes) for c in cands
                    if c.trig.needs_time == "day_after"}
    # (the times that may date a trigger, not a group's name: "a Holy Week procession")
    timing_ks = sorted(k for k, tx in sent_timexes if toks is None or not names_a_group(toks, starts, tx, groups))
    lead = _lead_end(toks) if toks is not None else 0
    # ("Last year, on Jan. 15, a Friday, thousands left San Pedro Sula": each time of the chain opens the sentence)
    opening = _opening_chain(toks, starts, sent_timexes, lead) if toks is not None and starts is not None else []
    lead_k = max(lead, opening[-1][0]) if opening else lead
    fronted = _fronted_ks(toks, starts, sent_timexes) if toks is not None else set()
    for k, tx in sent_timexes:
        if id(tx) in years_of:
            continue  # "On Christmas Eve last year": the year of the date before it, which the trigger takes
        if toks is not None and (names_a_group(toks, starts, tx, groups) or ranks_within(toks, k)):
            continue  # "Last year's caravan ... grew to 7,000", "the first of the new year": which caravan, not when
        # (or a caravan named by its day: "the caravan of Oct. 20")
        with_caravan = text is not None and went_with(text, tx.start) or k in named_by_day
        if text is not None and dates_a_noun(text, tx.start) and not with_caravan and \
                not _caravan_of_then_leaves(toks, starts, tx, cands, groups):
            continue  # "the earthquake of September 2017": that noun's date
        if text is not None and _comparison_rx().search(text, max(0, tx.start - 60), tx.start):
            continue  # "About 200 people remain, down from several thousand last week": the earlier figure's date
        if text is not None and likened(text, tx.start):
            continue  # "left from the same park as in October": the other time it is likened to
        sid = cands[0].seg[k] if 0 <= k < len(cands[0].seg) else -1
        if toks is not None and starts is not None:
            sid = _apposed_seg(cands[0].seg, toks, k, bisect.bisect_left(starts, tx.end) - 1, sid)
        group = by_seg.get(sid)
        if not group:
            continue
        pos = bisect.bisect_left(group_ti[sid], k)
        near = group[max(0, pos - 3) : pos + 3]
        if with_caravan:
            # "she left with the caravan of Wednesday, June 5, some 1,500 walkers": the leaving and the size only
            near = [c for c in near if c.type == "depart" and c.tj <= k or c.type == "size" and c.ti > k]
            if not near:
                continue
        if text is not None:
            # "the migrants, who had waited since Friday, crossed": the inserted phrase's date, not the verb's
            near = [c for c in near if not (k < c.ti and (in_insertion(text, tx.start, tx.end, c.start) or
                                                          opens_insertion(text, tx.end, c.end)))]
            if not near:
                continue
        if text is not None:
            near = [c for c in near if not (k > c.ti and _QUOTE_CLOSE.search(text, c.end, tx.start))]
            if not near:
                continue  # '"... the whole crowd went up the highway toward Guatemala," she said on Friday'
        if text is not None:
            # "Yesterday she wrote two lines ... from checkpoints on the highway where the Hondurans had been turned
            # back": a pluperfect relative clause after the time tells an earlier event, not dated by it
            near = [c for c in near if not (k < c.ti and pluperfect_relative_before(text, c.start, tx.end))]
            if not near:
                continue
        if toks is not None and _dates_the_saying(toks, k, tx):
            # "The IGM now says at least 3,000 people have entered": when it is said, not the entry
            near = [c for c in near if c.ti == k + 1]
            if not near:
                continue
        if tx.value == "PRESENT_REF" and toks is not None:
            # "started out of Tapachula on the same highway he has now lost twice": the now of a clause after a past
            # verb is not its time
            near = [c for c in near if not (k > c.ti and past_form(toks[c.ti].low))]
            if not near:
                continue
        # "a caravan that departed San Pedro Sula on Monday night crossed into Guatemala on Wednesday": an
        # expression right before a verb, after another trigger, ends that trigger's clause
        kend = bisect.bisect_left(starts, tx.end) - 1 if starts is not None else -1
        if k in fronted:
            # "rested there for a day, and on the night of Oct. 23, in Escuintla, began to break apart": a date
            # fronted in the clause after ", and" is that clause's, not a trigger's before it
            near = [c for c in near if c.ti > k]
            if not near:
                continue
        before = bisect.bisect_left(tjs, k)
        prev_tj = tjs[before - 1] if before else None
        closes = prev_tj is not None and toks is not None and not any(
            t.low in ("and", "but", "then", "or") or t.text in ",;" for t in toks[prev_tj + 1 : k])

        if closes and toks is not None and prev_tj is not None:
            # "the caravan that left San Pedro Sula on Wednesday, some 3,500 people, reached the bridge": a
            # date closing a relative clause is its verb's, not the main verb's after it
            head = next((c.ti for c in cands if c.tj == prev_tj), None)
            if head is not None and head >= 1 and (toks[head - 1].low in RELATIVE_PRONOUNS or head >= 2 and toks[
                    head - 1].low in ("had", "has", "have") and toks[head - 2].low in RELATIVE_PRONOUNS) and \
                    text is not None and in_relative_clause(text, tx.start):
                near = [c for c in near if not c.ti > k]
                if not near:
                    continue

        def dist(c: Cand) -> int:
            d = _tdist(c, k)
            if kend > k and kend < c.ti:
                d -= kend - k  # "On the afternoon of Tuesday, June 7, it reached": counted from the expression's end
            if c.type == "statement" and k >= c.tj and any(c.tj <= ti_ < k for ti_ in all_ti):
                # "Organizers said they would resume the march on Tuesday": the reported event's date, not the
                # saying's
                d += _REPORTED
            if k < c.ti - 1 and id(c) in after_comma:
                d += _AFTER_COMMA
            elif k < c.ti and toks is not None and any(t.text == "," for t in toks[kend + 1 : c.ti]) and \
                    not _opens_sentence(toks, k, kend, c.ti, lead_k, timing_ks):
                # "a caravan that set out ... in Ciudad Juárez last month, came to a halt in this town on
                # Wednesday": a date before a comma is the clause's before it when one follows the verb
                d += _BEFORE_COMMA
            if closes and (kend == c.ti - 1 or kend == c.ti - 2 and toks is not None and toks[c.ti - 1].text == ","):
                # ("It pulled out of San Pedro Sula in the first hours of Oct. 1, walked and hitched ...": the
                # date closes the first verb's clause before the comma too)
                d += _CLOSES_CLAUSE
            if k > c.tj and toks is not None and _new_subject_between(toks, c.tj, k, names=True):
                # "Last Sunday a group ... started north, ..., and Mr. Pryce expects them at the river by the
                # weekend": a date of the next clause, with a subject of its own
                d += _NEXT_CLAUSE
            if k < c.ti and toks is not None and (
                    prev_tj is not None and prev_tj <= k or _past_verb_before(toks, k)) and any(
                    t.low in ("and", "then", "but") for t in toks[kend + 1 : c.ti]):
                # "set out on Wednesday night and crossed ... on Thursday": the date before "and" is the
                # first verb's
                d += _CONJOINED
            return d

        dists = sorted((dist(c), i) for i, c in enumerate(near))
        dmin = dists[0][0]
        for d, i in dists:
            c = near[i]
            if d <= _FINER_REACH:
                finer.setdefault(id(c), []).append((d, tx))
            if d == dmin or d <= 3:
                cur = best.get(id(c))
                if cur is None or d < cur[0]:
                    best[id(c)] = (d, tx)
    k_of = {id(tx): k for k, tx in sent_timexes}
    tx_ks = [k for k, _ in sent_timexes]  # (in text order)
    for c in cands:
        if c.trig.needs_time == "right_after" and (right := next((tx for k, tx in sent_timexes if k == c.tj), None)):
            # "walkers from El Salvador, out of their capital since Jan. 16": the time the trigger needs right after
            # it is its own, even past a clause break ("since")
            c.timex = right
            continue
        if id(c) in best:
            d, tx = best[id(c)]
            if _YEAR_ONLY.match(tx.value) or _YEARS_AGO.match(tx.value):
                # "In 2018 it set out from Tapachula on Palm Sunday, March 25": the year frames the day the
                # trigger is told with; the day is its time (so does "a year ago, on Jan. 17, 2019", and "A year ago,
                # Mexico started granting cards ..., starting on Jan. 17", a day the year ago completes)
                days = [(d2, t2) for d2, t2 in finer.get(id(c), ()) if t2 is not tx and (
                    _day_in_year(t2.value, tx.value) if _YEAR_ONLY.match(tx.value) else _ANY_DAY.match(t2.value))]
                days = days or [(0, t2) for _, t2 in sent_timexes if text is not None and _FULL_DAY.match(t2.value)
                                and _APPOSED_DAY.fullmatch(text, tx.end, t2.start)]
                if tx.end <= c.start:
                    # (a day told after the verb, far on in its clause: "..., starting on Jan. 17"; "In 2020 the
                    # departure from San Pedro Sula, over the border in Honduras, fell on the very morning of Jan. 15")
                    days = days or [(0, t2) for k2, t2 in sent_timexes if k2 > c.tj and (
                        _ANY_DAY.match(t2.value) if _YEARS_AGO.match(tx.value) else _day_in_year(t2.value, tx.value))
                        and not _told_by_another(c, cands, k2)][:1]
                if days:
                    tx = min(days, key=lambda p: p[0])[1]
            elif _MONTH_ONLY.match(tx.value):
                # "In January last year one left San Pedro Sula on the 15th": the month frames its day ("Last October
                # the one that set out ... on the night of Wednesday, Sept. 30": the day told with the verb)
                days = [(d2, t2) for d2, t2 in finer.get(id(c), ()) if _DAY_OF_MONTH.match(t2.value) or (
                    not tx.mod and (_in_month(t2.value, tx.value) or _feast_in_month(t2.value, tx.value)) and
                    not _told_by_another(c, cands, k_of[id(t2)]))]
                # ("On the Monday of Holy Week, in April, another caravan left": the day the month is set after)
                days = days or [(0, t2) for _, t2 in sent_timexes if text is not None and not tx.mod and
                                _MONTH_AFTER_DAY.fullmatch(text, t2.end, tx.start) and
                                (_in_month(t2.value, tx.value) or _feast_in_month(t2.value, tx.value))]
                if days:
                    tx = min(days, key=lambda p: p[0])[1]
            elif _MONTHS_AGO.match(tx.value) and (days := [
                    (d2, t2) for d2, t2 in finer.get(id(c), ()) if k_of[id(t2)] > c.ti and
                    (_ANY_DAY.match(t2.value) or _DAY_OF_MONTH.match(t2.value))
                    and not _told_by_another(c, cands, k_of[id(t2)])]):
                # "This month a caravan formed in the central square of Tapachula before sunrise on Friday, Jan. 3":
                # the month frames the day told after the verb
                tx = min(days, key=lambda p: p[0])[1]
            elif _SEASON_ONLY.match(tx.value) and text is not None and (day := next(
                    (t2 for _, t2 in sent_timexes if _ANY_DAY.match(t2.value) and
                     _APPOSED_DAY.fullmatch(text, tx.end, t2.start) or _DAY_FEAST.match(t2.value) and
                     _SEASON_AFTER_DAY.fullmatch(text, t2.end, tx.start)), None)) is not None:
                # "had left in the autumn, on Oct. 1, 2020": the day set beside the season restates it ("On Palm
                # Sunday, back in the spring, a procession set off": so does the day before it)
                tx = day
            elif _SEASON_ONLY.match(tx.value) and (days := [
                    (d2, t2) for d2, t2 in finer.get(id(c), ()) if k_of[id(t2)] > c.ti and _ANY_DAY.match(t2.value)
                    and not _told_by_another(c, cands, k_of[id(t2)])]):
                # "The caravan of last autumn left San Pedro Sula in the last hours of Wednesday, Sept. 30": the day
                # told after the verb, in the season that named the caravan
                tx = min(days, key=lambda p: p[0])[1]
            elif _WEEK_FEAST.match(tx.value) and (days := [
                    (d2, t2) for d2, t2 in finer.get(id(c), ())
                    if _ANY_DAY.match(t2.value) and not _told_by_another(c, cands, k_of[id(t2)])] or [
                    (0, t2) for _, t2 in sent_timexes if t2.end <= tx.start and _ANY_DAY.match(t2.value) and
                    text is not None and (_WEEK_PART_BEFORE.search(text, max(0, tx.start - 24), tx.start) or
                                          _MONTH_AFTER_DAY.fullmatch(text, t2.end, tx.start))]):
                # "In Holy Week the Via Crucis came out of the park behind its cross on Monday, April 11": the day
                # the week frames ("On Palm Sunday, March 24, a caravan set out ... at the start of Holy Week": the
                # day told before the week's start; "On Monday, April 11, in Holy Week, migrants ... started north":
                # the day the week is set after)
                tx = min(days, key=lambda p: (p[0], -p[1].start))[1]
            elif text is not None and (_WEEKS_AGO.match(tx.value) or
                                       _AFTER_OR_BEFORE.search(text, max(0, tx.start - 8), tx.start)):
                # "came over the Suchiate two weeks ago, on Saturday, Oct. 20": the day set beside it restates it;
                # "Last year's walkers left after Easter, on April 23": the day set beside the time it came after
                tx = next((t2 for _, t2 in sent_timexes if t2.start >= tx.end and _WEEKDAY_OR_DAY.search(t2.value)
                           and _APPOSED_DAY.fullmatch(text, tx.end, t2.start)), tx)
            c.timex = tx
        elif text is not None and (p := bisect.bisect_left(tx_ks, c.ti)) and \
                c.start - (day := sent_timexes[p - 1][1]).end <= _THE_DAY_REACH and \
                _THE_DAY_CLAUSE.fullmatch(text, day.end, c.start):
            # "on Oct. 12, the day guardsmen and migration agents stopped a caravan out of Tapachula": the day the
            # clause hanging on "the day" tells (the expression right before the trigger)
            c.timex = day
        elif toks is not None and opening and _in_while_clause(c, sent_timexes, toks):
            # "In October 2018, on Saturday the 20th, she stood on the bank ... while thousands of Hondurans went
            # across beneath the bridge": the clause of "while" happens when the sentence's fronted time says
            c.timex = opening[-1][1]


def _opening_chain(toks: list[Tok], starts: list[int], sent_timexes: list[tuple[int, Timex]],
                   lead: int) -> list[tuple[int, Timex]]:
    """The times opening the sentence one after another, each set off by a comma ("In October 2018, on Saturday the
    20th, she stood ..."; "Last year, on Jan. 15, a Friday, thousands left")."""
    got: list[tuple[int, Timex]] = []
    end = lead
    for k, tx in sent_timexes:
        pre = [t for t in toks[end:k] if t.text != ","]
        if k < end or len(pre) > 1 or pre and pre[0].low not in _FRONTING_PREPS and pre[0].low != "a" or \
                got and not any(t.text == "," for t in toks[end:k]):
            break
        end = bisect.bisect_left(starts, tx.end)
        if end >= len(toks) or toks[end].text != ",":
            break
        got.append((k, tx))
    return got


def _in_while_clause(c: Cand, sent_timexes: list[tuple[int, Timex]], toks: list[Tok]) -> bool:
    """Is the trigger ``c`` in a clause of "while" after the main clause, with no time of its own?"""
    a, b = segment_bounds(c.seg, c.ti)
    return 1 <= a < c.ti and toks[a].low == "while" and toks[a - 1].word and \
        not any(a <= k < b for k, _ in sent_timexes)


_THE_DAY_REACH = 110  # characters from a date to the trigger of the clause hanging on its "the day"
_THE_DAY_CLAUSE = re.compile(r",\s+the\s+(?:day|night|morning)\s+(?!(?:after|before|of|following|preceding)\b)"
                             r"(?:that\s+|when\s+)?[^,;.:!?\"“”()]{0,80}?\s")
_SEASON_OR_MONTH = re.compile(r"(?:SP|SU|FA|WI)[<>=]?$|MO\d\d|^(?:XXXX|\d{4})-\d\d$")


def _caravan_of_then_leaves(toks: list[Tok] | None, starts: list[int] | None, tx: Timex, cands: list[Cand],
                            groups: frozenset) -> bool:
    """'the day she says the caravan of that autumn left': a caravan named by its season or month, right before its
    leaving (not by a year, which ranks it: "the first caravan of 2025 set out ... before dawn on Friday")."""
    if toks is None or starts is None or not _SEASON_OR_MONTH.search(tx.value) or \
            not of_a_group(toks, starts, tx, groups):
        return False
    e = bisect.bisect_left(starts, tx.end)
    return any(c.type == "depart" and c.ti == e for c in cands)


_AFTER_OR_BEFORE = re.compile(r"\b(?:after|before)\s+$", re.I)
_WEEKS_AGO = re.compile(r"^DCT:W[+-]\d+$")  # "last week", "two weeks ago"
_WEEKDAY_OR_DAY = re.compile(r"-\d\d-\d\d|^DCT:WD\d")


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


def share_with_participle(cands: list[Cand], toks: list[Tok]) -> None:
    """"crossed into Guatemala on Friday and Saturday, many of them pushing past police at El Florido": a
    participle set off by a comma, with no date of its own, happens when the verb before the comma does."""
    if all(o.timex is None for o in cands):
        return
    told: dict[int, tuple[list[int], list[Cand]]] = {}  # segment -> (ends, triggers), by end
    for o in sorted(cands, key=lambda o: o.tj):
        ends, got = told.setdefault(o.seg[o.ti], ([], []))
        ends.append(o.tj)
        got.append(o)
    absolute_subject = word_set("absolute_subject")
    for c in cands:
        if c.timex is not None or not toks[c.ti].low.endswith("ing"):
            continue
        k = c.ti - 1
        while k >= 0 and c.ti - k <= 4 and toks[k].word and toks[k].low in absolute_subject:
            k -= 1
        if k < 1 or toks[k].text != ",":
            continue
        ends, got = told.get(c.seg[k - 1], ((), ()))
        p = bisect.bisect_right(ends, k)
        if p and got[p - 1].timex is not None:
            # the last trigger before the comma, when it is dated ("who had spent the weekend on the bridge ... poured
            # into the Suchiate, wading through waist-deep water": the undated verb's, not the relative clause's)
            main = got[p - 1]
            c.timex, c.timex_end = main.timex, main.timex_end


def share_with_conjoined(cands: list[Cand], toks: list[Tok]) -> None:
    """"a caravan walked out of the park and took the highway north": a second trigger of the same type right after
    "and", with no date of its own, tells the same move as the dated one before it (no punctuation between; not a
    saying: "declared a humanitarian crisis on Friday and asked the United Nations for help" is no statement's day)."""
    for c in cands:
        if c.timex is not None or c.ti < 2 or toks[c.ti - 1].low != "and" or c.type == "statement":
            continue
        before = [o for o in cands if o.type == c.type and o.timex is not None and o.tj <= c.ti - 1 and
                  all(t.word for t in toks[o.tj : c.ti - 1])]
        if before:
            o = max(before, key=lambda o: o.tj)
            c.timex, c.timex_end = o.timex, o.timex_end


def assign_spans(ctx: ArticleCtx, base: int, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> None:
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
        if _RANGE_DASH.fullmatch(ctx.text, t1.end, t2.start) and DAY_VALUE.match(t1.value) and DAY_VALUE.match(t2.value):
            # "crossed the river Oct. 19-21": both ends of one interval
            for c in cands:
                if c.timex is t1 or c.timex is t2:
                    c.timex, c.timex_end = t1, t2
            continue
        repeated = len(gap) == 2 and gap[0] == "and" and gap[1] in conjoined  # "late Monday and on Tuesday"
        # "They spent Sunday and Monday in the park": the first day is the stay trigger's object (looked for only
        # between two days joined by "and": a dense text stays linear)
        spent = gap == ["and"] and first not in conjoined and any(
            c.type == "stay" and c.ti < k1 < c.tj for c in cands)
        if (((first in conjoined or spent) and gap == ["and"]) or repeated) \
                and DAY_VALUE.match(t1.value) and DAY_VALUE.match(t2.value):
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


_UNTIL_WORDS = frozenset({"until", "till", "through", "thru"})
_UNTIL_STOPS = DASHES | {";", ":"}  # punctuation that ends the clause "until" opens
_UNTIL_CLAUSE_REACH = 24  # tokens before an end date in which "until" may open the clause it dates


def _until_clause(lows: list[str], base: int, lo: int, k: int) -> bool:
    """Does "until" (or "till") open a clause between sentence tokens ``lo`` and ``k`` (no semicolon, dash,
    colon or ", and" after it)?"""
    for j in range(k - 1, lo, -1):
        w = lows[base + j]
        if w in _UNTIL_STOPS or w == "and" and lows[base + j - 1] == ",":
            return False  # (", and": the clause after it is another one)
        if w in ("until", "till"):
            return True
    return False


_HEAD_BACK = 4  # time expressions before a stay looked at for the stamp heading its clause (a long sentence stays linear)


_UNTIL_REACH = 12  # tokens after a stay in which its "until" day is looked for, when it has no day of its own


def _after_until(lows: list[str], base: int, k: int) -> bool:
    """Does "until", "till" or "through" (and perhaps "the") stand right before sentence token ``k``?"""
    j = k - 1
    if j >= 0 and lows[base + j] == "the":
        j -= 1
    return j >= 0 and lows[base + j] in _UNTIL_WORDS


def stays_until(ctx: ArticleCtx, base: int, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> None:
    """"began to sleep at the Benito Juárez sports complex, where it stayed until the 30th": a stay dated by its
    own expression, with an end point told after it in its sentence ("until", "till", "through" a date), lasts
    to that date. So does a return dated by its own expression ("Buses took most of the migrants back to
    Honduras from that day on; ... the returns went on until Wednesday the 20th": returns run for days)."""
    ks = [k for k, _ in sent_timexes]
    for c in cands:
        if c.timex_end is not None or not (c.type == "stay" or (c.type == "return" and c.timex is not None)):
            continue
        start = c.timex
        if start is None:
            # a stamp heading the clause: "Week 46 | 5,210 | Fri 16/11: the caravan began to sleep ..."
            j = bisect.bisect_left(ks, c.ti)
            for k, tx in reversed(sent_timexes[max(0, j - _HEAD_BACK) : j]):
                if tx.type in ("DATE", "TIME") and (k == 0 or ctx.text.startswith(":", tx.end)):
                    start = tx
                    break
        if start is None:
            # "It camped on the town's sports field until Friday, June 10": with no day of its own, the day it
            # lasted until is its own expression (the resolver runs it from an arrival told just before)
            for k, tx in sent_timexes[bisect.bisect_right(ks, c.tj):]:
                if tx.type == "DATE" and k - c.tj <= _UNTIL_REACH and _after_until(ctx.lows, base, k):
                    c.timex, c.rule = tx, c.rule + "+until"
                break
            continue
        for k, tx in sent_timexes[bisect.bisect_right(ks, c.tj):]:
            if tx is start or tx.type not in ("DATE", "TIME") or tx.start <= start.end:
                continue
            if _after_until(ctx.lows, base, k):
                c.timex, c.timex_end = start, tx
            elif _until_clause(ctx.lows, base, max(c.tj, k - _UNTIL_CLAUSE_REACH), k):
                # "slept from mid-November until city officials started shifting families to El Barretal ... on
                # Friday, Nov. 30": "until" opens a clause whose date ends the stay
                c.timex, c.timex_end = start, tx
            break


def stays_from(ctx: ArticleCtx, base: int, cands: list[Cand]) -> list[Cand]:
    """"slept at the Jesús Martínez stadium in Mexico City from 4 November", "camped on Huixtla's sports field
    from the following afternoon": a stay told only by the day it began, with no end, also tells when the group
    got there. Returns an arrival on that day for each such stay ("stay.sleep" -> "arrive.sleep+from", its ``twin``
    the stay)."""
    out: list[Cand] = []
    for c in cands:
        if c.type != "stay" or c.timex is None or c.timex_end is not None or c.modality != "actual":
            continue
        k = bisect.bisect_left(ctx.tok_starts, c.timex.start)
        if k > base + c.tj and ctx.lows[k - 1] == "from" and any(r.role in ("at", "to", "into") for r in c.places):
            out.append(replace(c, type="arrive", rule="arrive." + c.rule.split(".", 1)[1] + "+from",
                               places=list(c.places), extra_rules=[], twin=c))
    return out


_FOLLOW_REACH = 6  # tokens after "followed" / "following" in which the later wave's time is looked for
_FOLLOWED_REACH = 40  # tokens after a departure in which "... followed" is looked for (a long sentence stays linear)
_AND_THEN = re.compile(r"\s+and\s+(?:(?:in|on|at|during)\s+)?")  # between two times of one departure


def departures_followed(ctx: ArticleCtx, base: int, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> None:
    """"It left San Pedro Sula on the night of Monday, Jan. 14, with a second group following early the next
    morning", "larger groups followed before daybreak on Friday": a departure dated by its own expression, with a
    later wave told after it in its sentence (a group noun of cues.yaml's ``follow_groups`` right before
    "followed" / "following" and a date or time right after), lasts until that wave's time."""
    if len(sent_timexes) < 2:
        return
    lows, heads = ctx.lows, word_set("follow_groups")
    ks = [k for k, _ in sent_timexes]
    tx_starts = [t.start for _, t in sent_timexes]
    for c in cands:
        if c.type != "depart" or c.timex is None or c.timex_end is not None:
            continue
        i = bisect.bisect_left(tx_starts, c.timex.end)
        nxt = sent_timexes[i][1] if i < len(sent_timexes) else None
        if nxt is not None and nxt.type in ("DATE", "TIME") and _AND_THEN.fullmatch(ctx.text, c.timex.end, nxt.start):
            # "People left San Pedro Sula that night and before dawn on Friday the 15th", "on the night of 14 January
            # and in the early hours of the 15th": two times joined by "and", the departure spread over both
            c.timex_end = nxt
            continue
        for j in range(c.tj, min(len(c.toks), c.tj + _FOLLOWED_REACH)):
            if lows[base + j] not in ("followed", "following") or lows[base + j - 1] not in heads:
                continue
            i = bisect.bisect_left(ks, j + 1)
            if i < len(ks) and ks[i] <= j + _FOLLOW_REACH and sent_timexes[i][1].type in ("DATE", "TIME") and \
                    sent_timexes[i][1].start > c.timex.end:
                c.timex_end = sent_timexes[i][1]
            break


def listed_days(ctx: ArticleCtx, base: int, cands: list[Cand], sent_timexes: list[tuple[int, Timex]]) -> list[Cand]:
    """"Last year he saw two start out in a week: one on Aug. 28, and the other on Sept. 4": a trigger told of
    several groups, then a colon and a list of days, each after an item head of cues.yaml's ``list_item_heads``
    ("one on", "the other on", "another on"), is one event per day.  The trigger takes the first day; returns a
    copy for each other day, its offsets those of the item ("the other on")."""
    if len(sent_timexes) < 2:
        return []
    lows = ctx.lows
    heads = phrase_set("list_item_heads")
    out: list[Cand] = []
    tis = sorted(c.ti for c in cands)
    for c in cands:
        if c.type in ("size", "statement") or c.modality != "actual":
            continue
        n = len(c.toks)
        q = next((j for j in range(c.tj, min(n, c.tj + LIST_REACH)) if c.toks[j].text == ":"), None)
        if q is None or any(c.tj <= ti < q for ti in tis if ti != c.ti):
            continue
        items: list[tuple[int, Timex]] = []
        for k, tx in sent_timexes:
            if k <= q or tx.type not in ("DATE", "TIME") or lows[base + k - 1] not in ("on", "of"):
                continue
            h = next((len(ph) for ph in heads if tuple(lows[base + k - 1 - len(ph) : base + k - 1]) == ph), 0)
            if h and k - 1 - h > q:
                items.append((k - 1 - h, tx))
        if len(items) < 2:
            continue
        c.timex = items[0][1]
        for i, tx in items[1:]:
            start, end = c.toks[i].start, tx.start - 1  # ("the other on")
            out.append(replace(c, timex=tx, start=start, end=end, trigger_text=ctx.text[start:end],
                               rule=c.rule + "+listed", places=list(c.places), extra_rules=[]))
    return out


def when_after_time(cands: list[Cand], sent_timexes: list[tuple[int, Timex]], toks: list[Tok], text: str) -> None:
    """"began registering on Thursday, when the first large group reached the border post, and by Friday
    evening ...": a clause opened by *when* right after a time expression and a comma is at that time (the date's,
    when the expression only gives its year: "On Jan. 15 this year, when the January caravan set out")."""
    if not sent_timexes:
        return
    ends = {toks[k].end: tx for k, tx in sent_timexes if 0 <= k < len(toks)}
    ends.update({tx.end: tx for _, tx in sent_timexes})
    years_of = _years_of_dates(text, sent_timexes)
    for (_, a), (_, b) in zip(sent_timexes, sent_timexes[1:]):
        if id(b) in years_of:
            ends[b.end] = a
    for c in cands:
        s0 = c.ti
        while s0 > 0 and c.seg[s0 - 1] == c.seg[c.ti]:
            s0 -= 1
        if s0 >= 2 and toks[s0].low == "when" and toks[s0 - 1].text == "," and c.ti - s0 <= 8:
            tx = ends.get(toks[s0 - 2].end)
            # (or the time of the same trigger read from another of its words: "began issuing")
            own = c.timex or next((o.timex for o in cands if o is not c and o.type == c.type and o.timex is not None
                                   and o.ti <= c.tj and c.ti <= o.tj), None)
            if own is not None and own.start >= c.end and not any(
                    t.text == "," for t in toks[c.tj :] if t.start < own.start):
                continue  # "from January 2019, when a caravan that left San Pedro Sula on 15 January 2019": its own
            k = next((k for k, t in sent_timexes if t is tx), -1)
            if tx is not None and tx.type in ("DATE", "TIME") and not (k > 0 and toks[k - 1].low == "since"):
                c.timex, c.timex_end = tx, None  # (not "since June, when ...": a state's start)


def _past_verb_before(toks: list[Tok], k: int, reach: int = 8) -> bool:
    """A past verb in the words right before the expression at ``k``, in its clause ("She ... rode a raft over the
    Suchiate on the 20th and reached Mexico City ... on Nov. 4": the 20th is the ride's, though the ride is no
    trigger)."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        t = toks[j]
        if not t.word:
            return False
        if past_form(t.low):
            return True
    return False


def _apposed_seg(seg: list[int], toks: list[Tok], k: int, kend: int, sid: int) -> int:
    """The segment of a time set off by commas as a segment of its own (``sid``) between two parts of one other:
    that one ("In April, the day after Palm Sunday, a Via Crucis walked out")."""
    if 2 <= k and kend + 2 < len(toks) and toks[k - 1].text == "," and toks[kend + 1].text == "," and \
            seg[k - 2] != sid and seg[kend + 2] == seg[k - 2]:
        return seg[k - 2]
    return sid


def _tdist(c: Cand, k: int) -> int:
    """Distance of a time expression at token k from a trigger: adverbials follow their verb in English,
    and a reported (actual) event claims a date before a planned one does."""
    d = (c.ti - k) + 2 if k < c.ti else (k - c.tj)
    if c.modality != "actual":
        d += 3
    return d


def march_continuation(c: Cand, cands: list[Cand]) -> bool:
    """"swam across the Suchiate River and headed north": a march told as the coordinated continuation of a
    crossing, departure or arrival of the same clause is that event going on, not one of its own
    (``continuation_heads`` in cues.yaml; ``continuation_walks`` when the walk has no time of its own); so is a
    march participle after a group noun in a sentence that tells the group's departure ("in a caravan heading
    north"); a walk right before "and" and the crossing or arrival it leads to ("walked down the bank and waded
    the Suchiate"); and the walk of a group whose departure a relative clause on it tells ("The caravan that left
    Tapachula on June 6 last year walked north")."""
    if c.type != "march" or c.ti < 1:
        return False
    w, before = c.toks[c.ti].low, c.toks[c.ti - 1].low
    if w.endswith("ing") and any(o.type == "depart" and o.tj == c.ti and o.toks is c.toks for o in cands) and \
            not any(o.type == "stay" and o.ti < c.ti for o in cands):
        # "a crowd set out walking north": how it set out (not after a stop: "regrouped in this border town on
        # Sunday and set out walking toward the city of Tapachula" is the march taken up again)
        return True
    if w.endswith("ing") and (before,) in phrase_set("group_nouns"):
        # "left Tapachula on foot in a caravan heading north": the group described, on its way
        return any(o.type in ("cross_border", "depart", "arrive") and o.tj <= c.ti - 1 and o.modality == c.modality
                   for o in cands)
    if w in word_set("continuation_walks") and c.rule == "march.march" and any(
            o.type in ("cross_border", "arrive") and o.ti > c.ti and o.ti >= 1 and o.toks is c.toks
            and o.toks[o.ti - 1].low == "and" and o.modality == c.modality and (o.timex is None or c.timex is o.timex)
            and _next_verb_after(c, o, cands) for o in cands):
        return True  # "walked down the bank and waded the Suchiate": the way to the crossing, no march of its own
    if w in word_set("continuation_walks") and c.rule == "march.march" and any(
            o.type == "depart" and o.ti >= 1 and o.toks[o.ti - 1].low in RELATIVE_PRONOUNS and o.tj <= c.ti
            and o.modality == c.modality and (c.timex is None or c.timex is o.timex or coarser(c.timex, o.timex))
            and _next_verb_after(o, c, cands) for o in cands):
        # "The caravan that left Tapachula on June 6 last year walked north", "last October a much larger one, which
        # left the city on the 23rd, walked past his cart": the departure going on
        return True
    if before in _GROUP_PRONOUNS and c.ti >= 2 and c.toks[c.ti - 2].low == "and":
        before = "and"  # "It left the city on Monday, several thousand people behind a banner, ..., and it walked up"
    if before != "and" or (w not in word_set("continuation_heads") and w not in word_set("continuation_walks")):
        return False
    # (a time between the two verbs is the first one's: "set out from the square before seven and walked north")
    return any(o.type in ("cross_border", "depart", "arrive") and o.tj <= c.ti - 1 and o.modality == c.modality
               and (o.seg[o.ti] == c.seg[c.ti] or _next_verb_after(o, c, cands))
               and (w in word_set("continuation_heads") or c.timex is None or c.timex is o.timex
                    or o.end <= c.timex.start < c.start) for o in cands)


_GROUP_PRONOUNS = frozenset(("it", "they"))


def _next_verb_after(o: Cand, c: Cand, cands: list[Cand]) -> bool:
    """Is ``c`` (after "and") the next event told after ``o`` in its sentence, the words between only telling the
    group ("left the square at first light on Sunday, about 7,000 people according to the state police, while its
    organizers claimed up to 10,000, and walked north")?"""
    return c.toks is o.toks and not any(x is not o and x is not c and x.type != "size" and o.ti < x.ti < c.ti
                                        for x in cands) and \
        not any(t.text in (".", ";", ":") for t in c.toks[o.tj : c.ti])


def later_in_clause(c: Cand, at: list[int], seg: list[int]) -> bool:
    """Is the mention told of the newer caravan named at token positions ``at`` of its sentence?  Yes when the
    name comes before the trigger ("A second caravan of about 1,500 people forced its way across ... after
    clashing with police") or in the trigger's own clause; not when a clause opener (cues.yaml's
    ``clause_openers``) or ", and" stands between them ("Caravan rests in Juchitan as second group forces its way into
    Mexico": the rest is the first caravan's)."""
    openers = word_set("clause_openers")
    return any((i < c.ti and not _earlier_subject_between(c.toks, i, c.ti)) or
               (seg[i] == seg[c.ti] and openers.isdisjoint(t.low for t in c.toks[c.tj : i]) and
                not _comma_and(c.toks, c.tj, i)) for i in at)


def _comma_and(toks: list[Tok], lo: int, hi: int) -> bool:
    """Does ", and" (", but") stand between tokens ``lo`` and ``hi``: a clause of another subject after it ("On June
    6 a column set out from the same city, and a second one was stopped on the 21st")?"""
    return any(toks[k].text == "," and toks[k + 1].low in ("and", "but") for k in range(lo, min(hi, len(toks) - 1)))


def _earlier_subject_between(toks: list[Tok], i: int, ti: int) -> bool:
    """Does "the first" (``earlier_ordinal_subjects``) stand between the newer caravan named at ``i`` and the trigger
    at ``ti`` ("the second Honduran column forded the same river on foot, and the first, which had been ferried over
    on rafts": the first caravan's crossing)?  Not one after a preposition ("A second Honduran group came through a
    few days behind the first, and on Oct. 28 police kept it penned": still the second)."""
    words = word_set("earlier_ordinal_subjects")
    return any(toks[k].low == "the" and toks[k + 1].low in words and toks[k - 1].low not in _BEHIND
               for k in range(i + 1, ti - 1))


_BEHIND = frozenset(("behind", "after", "than", "of", "with", "like", "as"))  # "behind the first": no subject


def later_ordinal_subject(lows: list[str], ti: int) -> bool:
    """Is the trigger at ``ti`` the verb of "the second" ("nine days later the second waded over"; "the second had
    gone out"), also with an adjective set off by commas ("the second, larger, walked off", "a second, larger one
    left from the same steps"), or after "a" ("a third walked out under the statue"; not "a third of them")?"""
    k = ti - 1 - (ti > 0 and lows[ti - 1] in ("had", "has", "was", "were"))
    if k >= 0 and lows[k] == "one":
        k -= 1
    if k >= 0 and lows[k] == ",":
        k -= 1
    if k >= 2 and lows[k - 1] == "," and lows[k].isalpha():
        k -= 2  # (past the adjective: "the second, larger,")
    return k >= 1 and lows[k] in word_set("later_ordinal_subjects") and (
        lows[k - 1] == "the" or lows[k - 1] == "a" and k + 1 < len(lows) and lows[k + 1] != "of")


def earlier_caravan(ctx: ArticleCtx, sidx: int, sent_low: list[str], sent_timexes: list[tuple[int, Timex]]) -> bool:
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
