"""The year a sentence tells for a date written without one.

"In June 2022, a caravan set off from the same city on 6 June": the 6 June
of June 2022, not the one nearest the publication date; "Oct. 30 and Dec. 24,
2023": both in 2023.  Three cases, kept inside one sentence (but see the third):

* a date right before "last year" / "next year" is of that year ("on
  Christmas Eve last year"); right before "that year", of the year of the
  time the story tells ("slept there from Nov. 16 that year");
* a listed date takes the year of the date it is coordinated with
  ("Oct. 30 and Dec. 24, 2023"; a December before a January is the year
  before);
* a date without a year takes its year from the nearest explicit month, day
  or season told before it in the same sentence ("since the spring of 2018,
  when the caravan left Tapachula on Palm Sunday": a holiday too; a month told without its year, in the year
  the resolver gives it: "In January, after ... on Jan. 17"), at most ``told_year_reach``
  characters back (the date of that year nearest to it: "13 October 2018 ...
  reaching Tijuana in mid-November" is November 2018); across a sentence
  only a day of the same month right after a full date or a month of a year ("on
  Aug. 28, 2021, with about 500 others. ... on the morning of Aug. 30"; "October
  2018. The caravan left San Pedro Sula on 13 October").

A year alone ("founded in 1985, will report on Nov. 5") is no anchor: it
too often dates something else.  Across sentences, a date that frames its
clause with its own year sets the story's year (``story_year.py``).  Cue words live in ``timex/anchors.yaml``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.extract.text import YEAR_OF_DATE, alternation, gives_year_of, that_year_of, year_owns

# before a relative year that frames its sentence: its start, perhaps after a vocative or a conjunction
# ("Brothers and sisters, last year ...", "And last year, ...") or a preposition ("Of last year's she remembers
# three: the Via Crucis pilgrims of April 23"), after a dateline's dash ("TAPACHULA, Mexico — Last year ..."); or
# the start of a clause after ", and" ("..., on April 23, and last year she counted two: ... on June 6"); after
# "Earlier" or "Later" ("Earlier that same year, on April 22, agents had swept up hundreds")
_FRAME_BEFORE = re.compile(r"(?:(?:^|[.!?:;\n—–][\"”’']?)\s*(?:[^,.!?:;\n]{0,40},\s*)?|,\s*(?=(?:and|but|so)\s))"
                           r"(?:(?:and|but|so)\s+)?(?:(?:of|from|among|in|during|earlier|later)\s+)?$", re.I)


def _frames(text: str, start: int) -> bool:
    """Does the expression at ``start`` open its sentence ("Last year the caravan left on 13 October")?"""
    return _FRAME_BEFORE.search(text, max(0, start - 60), start) is not None
from timeline.models import Timex
from timeline.resolve import values
from timeline.resources import load_yaml

# values without a year that this applies to: a month, a day, a day with a time
_YEARLESS = re.compile(r"^XXXX-(\d\d)(?:-\d\d(?:T[\dA-Z:]+)?)?$")
# a span told in the present running up to a date: "a grant that runs until December 2025"
_UNTIL_BEFORE = re.compile(r"\b(?:runs|lasts|is|are|remains|stays|continues|goes)\s+(?:\w+\s+)?"
                           r"(?:until|till|through)\s+$", re.I)
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s")
_REL_YEAR_MONTH = re.compile(r"^DCT:Y([+-]\d+)-(\d\d)$")  # "October last year"
_NAMED_MONTH = re.compile(r"^DCT:MO(\d\d)[<>]?$")  # "last October", "this October", "next October"
_BARE_MONTH = re.compile(r"^XXXX-(\d\d)$")  # "In January", "January"
_NAMED_SEASON = re.compile(r"^DCT:(SP|SU|FA|WI)[<>=]$")  # "this spring", "last spring", "next spring"
_EXPLICIT = re.compile(r"^(\d{4})-(?:(\d\d)(?:-\d\d)?(?:T[\dA-Z:]+)?|SP|SU|FA|WI)$")  # a month, a day or a season


def of_year_value(value: str, src: str, dct_year: int, dct_month: int = 12) -> str:
    """'XXXX-12-24' right before 'last year' (DCT:Y-1) told in 2024 -> '2023-12-24'; a feast
    ('DCT:HOL:palm_sunday') -> its day in that year, or in the year of the month named after it ("Palm Sunday
    last March")."""
    if _MONTH_AFTER_FEAST.match(src):
        month, way = int(src[6:8]), src[-1]
        year = dct_year
        if way == "<" and month >= dct_month:
            year -= 1  # "last March" told in March or later: the year before
        elif way == ">" and month <= dct_month:
            year += 1  # "next March" told in March or later: the year after
        return in_year_value(value, year)
    m = YEAR_OF_DATE.match(src) or _REL_YEAR_MONTH.match(src)
    if m is None:
        return value
    return in_year_value(value, dct_year + int(m.group(1)), back_only=True)


def in_year_value(value: str, year: int, back_only: bool = False) -> str:
    """A yearless date or a feast in ``year``: 'XXXX-04-02' -> '2018-04-02', 'DCT:HOL:palm_sunday' -> its day."""
    if value.startswith("DCT:HOL:"):
        return values.complete_uncached(value, date(year, 12, 31), "past").value
    return _if_a_day(f"{year:04d}{value[4:]}", value, back_only=back_only)


@lru_cache(maxsize=None)
def _config() -> tuple[re.Pattern, int]:
    cfg = load_yaml("timex/anchors.yaml")
    joiners = "|".join(re.escape(w) for w in cfg["told_year_joiners"])
    return re.compile(rf"\s*(?:,\s*(?:{joiners})?|{joiners})\s*", re.I), int(cfg["told_year_reach"])


def _group_nouns() -> str:
    return alternation(load_yaml("timex/anchors.yaml")["told_year_group_nouns"])


@lru_cache(maxsize=None)
def _group_noun_rx() -> re.Pattern:
    return re.compile(rf"\s+(?:{_group_nouns()})s?\b", re.I)


def group_noun_at(text: str, pos: int) -> bool:
    """Whether a group noun of ``told_year_group_nouns`` ("caravan", "march") follows at ``pos``: "the January
    caravan" is an event of its clause's time, not a noun of its own time like "a June agreement"."""
    return _group_noun_rx().match(text, pos) is not None


@lru_cache(maxsize=None)
def _group_of_rx() -> re.Pattern:
    return re.compile(rf"\b(?:{_group_nouns()}|one)s?\s+of\s+$", re.I)


def group_of_before(text: str, pos: int) -> bool:
    """Whether a group noun and "of" stand right before ``pos``: "the caravan of | Jan. 15", "the one of | Nov. 5"
    (a caravan named by the day it set out)."""
    return _group_of_rx().search(text, max(0, pos - 40), pos) is not None


@lru_cache(maxsize=None)
def _group_of_year() -> tuple[re.Pattern, re.Pattern]:
    """What stands between a month and its year ("the January one, in 2019"), and between a season and its year
    ("the spring caravan of 2018"): a group noun of ``told_year_group_nouns``, then "in" / "of"."""
    nouns = _group_nouns()
    return (re.compile(rf"\s+(?:one|{nouns})s?,?\s+(?:in|of)\s+", re.I),
            re.compile(rf"\s+(?:{nouns})s?\s+of\s+", re.I))


@lru_cache(maxsize=None)
def _caravan_of_year() -> tuple[re.Pattern, re.Pattern]:
    """What comes before a year that names a caravan ("The Via Crucis caravan of 2018": a group noun or "one",
    then "of"), and what ends that caravan's clause after it (a semicolon, a colon, another group noun)."""
    nouns = _group_nouns()
    return re.compile(rf"\b(?:{nouns}|one)s?\s+of\s+$", re.I), re.compile(rf"[;:]|\b(?:{nouns})s?\b", re.I)


@lru_cache(maxsize=None)
def _possessive_group_rx() -> re.Pattern:
    """A possessive right after a relative year, then a group noun, perhaps after two words ("last year's summit
    caravan")."""
    return re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_group_nouns()})s?\b", re.I)


def told_years(text: str, timexes: list[Timex]) -> dict[str, tuple[Timex, str]]:
    """id of a date without a year -> (the explicit date it takes its year from, how: 'listed', 'told', or
    'partner': listed with a date whose year is told before them; 'group_year': the year of a caravan named
    before it ("the caravan of 2018"); 'in_year': a feast's year right after "in" ("Palm Sunday in 2018");
    'of_year': a year told right after it or framing it; 'that_year': "that year" right after it (the year of the
    story's time); 'of_month': a month or a season named without its year just before it, "last October", "this
    spring", or a month counted back in apposition, "six months ago, on Christmas Eve"; 'ref_year': a year counted
    from the story's time framing its sentence, "The year before that, another had set off on Jan. 15")."""
    joined, reach = _config()
    out: dict[str, tuple[Timex, str]] = {}
    # backwards, so that "Oct. 2, Oct. 30 and Dec. 24, 2023" passes the year along the list
    for i in range(len(timexes) - 1, -1, -1):
        tx = timexes[i]
        if i > 0 and _BARE_DAY.match(tx.value) and (DAY_FRAME.match(timexes[i - 1].value) or
                                                    _REF_YEAR.match(timexes[i - 1].value)) and \
                _APPOSED.fullmatch(text, timexes[i - 1].end, tx.start):
            # "A year ago, Friday the 15th": in the month counted back ("A year earlier, on the 15th as well": in the
            # year counted from the story's time)
            out[tx.id] = (timexes[i - 1], "of_month")
            continue
        holiday = tx.value.startswith("DCT:HOL:")  # "on Palm Sunday": only the year told before it
        if tx.type not in ("DATE", "TIME") or not (holiday or _YEARLESS.match(tx.value)):
            continue
        if holiday and tx.value.endswith(("<", ">")):
            continue  # "He started the track in 2017, ...; the school bus came last Christmas": counted from now
        if i + 1 < len(timexes) and YEAR_OF_DATE.match(timexes[i + 1].value) and \
                _group_of_year()[1].fullmatch(text, tx.end, timexes[i + 1].start):
            out[tx.id] = (timexes[i + 1], "of_year")  # "the Christmas Eve caravan of last year": that Christmas Eve
            continue
        if i + 1 < len(timexes) and (holiday or tx.rule == "date_holiday") and \
                _YEAR_ONLY.match(timexes[i + 1].value) and _IN_YEAR.fullmatch(text, tx.end, timexes[i + 1].start):
            # "on Palm Sunday in 2018": the Palm Sunday of 2018 (a feast of a fixed day too: "on Christmas Eve in
            # 2023")
            out[tx.id] = (timexes[i + 1], "in_year")
            continue
        if i + 1 < len(timexes) and holiday and _MONTH_AFTER_FEAST.match(timexes[i + 1].value) and \
                _FEAST_MONTH_GAP.fullmatch(text, tx.end, timexes[i + 1].start):
            out[tx.id] = (timexes[i + 1], "of_year")  # "On Palm Sunday last March": the Palm Sunday of that March
            continue
        if i + 1 < len(timexes) and holiday and gives_year_of(text, tx.end, timexes[i + 1]):
            out[tx.id] = (timexes[i + 1], "of_year")  # "On Palm Sunday of last year": that year's Palm Sunday
            continue
        if i + 1 < len(timexes) and not holiday:
            nxt = timexes[i + 1]
            if gives_year_of(text, tx.end, nxt):
                out[tx.id] = (nxt, "of_year")  # "on Christmas Eve last year": the Christmas Eve of last year
                continue
            if that_year_of(text, tx.end, nxt):
                out[tx.id] = (nxt, "that_year")  # "from Nov. 16 that year": in the year of the story's time
                continue
            if _YEAR_ONLY.match(nxt.value) and _group_of_year()[0].fullmatch(text, tx.end, nxt.start):
                out[tx.id] = (nxt, "told")  # "the January one, in 2019": the caravan of January 2019
                continue
            # (the date it is listed with may have its year told before: "October 2020: ... the returns from
            # 2 to 5 October")
            how = out[nxt.id][1] if nxt.id in out else None
            src = out[nxt.id][0] if how in ("listed", "told", "partner") else nxt
            if _EXPLICIT.match(src.value) and nxt.start - tx.end <= 12 and joined.fullmatch(text[tx.end : nxt.start]):
                out[tx.id] = (src, "partner" if how in ("told", "partner") else "listed")
                continue
        dates_between = False
        for j in range(i - 1, -1, -1):
            prev = timexes[j]
            if prev.sentence != tx.sentence or tx.start - prev.end > reach:
                if not dates_between and prev.sentence == tx.sentence - 1 and tx.start - prev.end <= 2 * reach and \
                        _same_month_day(prev.value, tx.value):
                    # "... once before, on Aug. 28, 2021, with about 500 others. They spent two days on the road
                    # before agents raided their camp on the morning of Aug. 30": the story goes on in that month
                    out[tx.id] = (prev, "told")
                break
            if prev.type in ("DATE", "TIME") and _EXPLICIT.match(prev.value):
                if not (_UNTIL_BEFORE.search(text, max(0, prev.start - 40), prev.start) and
                        _AND_CLAUSE.search(text, prev.end, tx.start)):
                    # (not the limit of a present span, told in another clause: "a grant that runs until December
                    # 2025, and she presents her results ... in October")
                    out[tx.id] = (prev, "told")
                break
            if not dates_between and _YEAR_ONLY.match(prev.value) and \
                    _caravan_of_year()[0].search(text, max(0, prev.start - 40), prev.start) and \
                    not _caravan_of_year()[1].search(text, prev.end, tx.start):
                # "The Via Crucis caravan of 2018 left Tapachula on Palm Sunday": the Palm Sunday of that year (in
                # its clause: not "the spring caravan of 2018; her cousin left with the Christmas Eve caravan")
                out[tx.id] = (prev, "group_year")
                break
            if not dates_between and YEAR_OF_DATE.match(prev.value) and \
                    _caravan_of_year()[0].search(text, max(0, prev.start - 40), prev.start) and \
                    not _caravan_of_year()[1].search(text, prev.end, tx.start):
                # "the Christmas Eve caravan of last year, which set out on the morning of Dec. 24": in that year
                out[tx.id] = (prev, "of_year")
                break
            if not dates_between and holiday and _FRAMES_FEAST.match(prev.value) and \
                    _APPOSED.fullmatch(text, prev.end, tx.start):
                # "In April, on the Holy Week Monday", "In the spring, on Palm Sunday", "five years back, on Palm
                # Sunday": the feast in the month, season or year told just before it
                out[tx.id] = (prev, "of_month")
                break
            if not dates_between and _MONTHS_AGO.match(prev.value) and _APPOSED.fullmatch(text, prev.end, tx.start):
                # "And six months ago, on Christmas Eve, the largest column set out", "A year ago this week, on Oct.
                # 23, a far bigger one went out": the feast or the day in the month or week counted back
                out[tx.id] = (prev, "of_month")
                break
            if not dates_between and not holiday and (m := _REL_YEAR_MONTH.match(prev.value)) and \
                    m.group(2) == tx.value[5:7]:
                # "In October last year the Honduran column crossed the Suchiate on rafts on Oct. 20": that October
                out[tx.id] = (prev, "of_year")
                break
            if not dates_between and not holiday and (m := _NAMED_MONTH.match(prev.value)) and \
                    m.group(1) == tx.value[5:7]:
                # "Last October she printed a zine ... from the caravan that left Tapachula early on Oct. 23": a
                # day of the month told just before it, without a year, in that month's year
                out[tx.id] = (prev, "of_month")
                break
            if not dates_between and not holiday and (m := _BARE_MONTH.match(prev.value)) and \
                    m.group(1) == tx.value[5:7] and not group_noun_at(text, prev.end):
                # "In January, after the Mexican authorities began to issue humanitarian visas at the bridge on
                # Jan. 17": a day of the month its sentence told just before, in the year that month is given (not
                # a caravan's name, which takes its year from its days: "The great January caravan, which left
                # San Pedro Sula on Jan. 15")
                out[tx.id] = (prev, "of_month")
                break
            if not dates_between and not holiday and (m := _NAMED_SEASON.match(prev.value)) and \
                    int(tx.value[5:7]) in _SEASON_MONTHS[m.group(1)]:
                # "This spring's caravan, the one that carried crosses out of Tapachula on April 24": a day of
                # the season told just before it, in that season's year
                out[tx.id] = (prev, "of_month")
                break
            if not dates_between and YEAR_OF_DATE.match(prev.value) and \
                    (g := _possessive_group_rx().match(text, prev.end)) is not None and \
                    not _caravan_of_year()[1].search(text, g.end(), tx.start):
                # "He missed last year's summit caravan, which set off on June 6": the June 6 of that caravan's year
                out[tx.id] = (prev, "of_year")
                break
            if not dates_between and year_owns(text, prev, tx.start):
                out[tx.id] = (prev, "of_year")  # "The one of last year's Christmas Eve went out": that Christmas Eve
                break
            if not dates_between and YEAR_OF_DATE.match(prev.value) and _frames(text, prev.start):
                out[tx.id] = (prev, "of_year")  # "Last year Palm Sunday fell on 25 March": the 25 March of last year
                break
            if not dates_between and _REF_YEAR.match(prev.value) and _frames(text, prev.start):
                # "A year ago, on Jan. 15, 2021, the big caravan left ... The year before that, another had set off on
                # Jan. 15 as well": the Jan. 15 of the year the story's time gives it
                out[tx.id] = (prev, "ref_year")
                break
            # (a feast restates the day it names: "last year Palm Sunday fell on 25 March"; a day without its year takes
            # the same year: "Last year, another had set out on Nov. 5, and the pilgrims left on Palm Sunday")
            dates_between = dates_between or (prev.type in ("DATE", "TIME") and not prev.value.startswith("DCT:HOL:")
                                              and not _YEARLESS.match(prev.value))
    _seasons_told_after(text, timexes, reach, out)
    return out


_REF_YEAR = re.compile(r"^REF:Y[+-]\d+$")  # "the year before that", "the following year"
_MONTHS_AGO = re.compile(r"^DCT:[MW]-\d+$")  # "six months ago", "a year ago this week"
# "six months ago, on Christmas Eve", "two years ago, also on the 15th"
_APPOSED = re.compile(r",\s*(?:(?:also|again)\s+)?(?:on\s+|in\s+)?")
_BARE_DAY = re.compile(r"^XXXX-XX-\d\d$")  # "the 15th", "Friday the 15th"
# what frames a day of the month told right after it: a month with its year, or months or years counted back
# ("October 2018, on a Saturday, the 13th", "A year ago, Friday the 15th", "A year ago this month, on the 15th")
DAY_FRAME = re.compile(r"^(?:(\d{4})-(\d\d)|DCT:([YM])-(\d+))$")
_MONTH_AFTER_FEAST = re.compile(r"^DCT:MO\d\d[<>=]$")  # "Palm Sunday last March", "Palm Sunday this March"
_FEAST_MONTH_GAP = re.compile(r"\s+(?:of\s+)?|\s*,\s*")
# a month, a season or a year counted back, told without a year, that frames a feast apposed to it
_FRAMES_FEAST = re.compile(r"^(?:XXXX-\d\d|DCT:(?:SP|SU|FA|WI)|DCT:Y-\d+)$")
_SEASON = re.compile(r"^(?:DCT|REF):(SP|SU|FA|WI)$")  # "the spring", told without a year
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
_YEAR_ONLY = re.compile(r"^\d{4}$")
_IN_YEAR = re.compile(r"\s+in\s+")  # "Palm Sunday in 2018"
_DAY_OR_MONTH = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?(?:T[\dA-Z:]+)?$")


def _seasons_told_after(text: str, timexes: list[Timex], reach: int, out: dict[str, tuple[Timex, str]]) -> None:
    """A season without a year takes the year of an explicit date of that season told right after it in
    its sentence ("the spring caravan that left Tapachula on Palm Sunday, 25 March 2018"; "toilets for the
    spring caravan (ordered 27/04/2018)"), or of the year its noun is "of" ("the spring caravan of 2018")."""
    for i, tx in enumerate(timexes):
        m = _SEASON.match(tx.value)
        if m is None or tx.id in out:
            continue
        for nxt in timexes[i + 1 :]:
            if nxt.sentence != tx.sentence or nxt.start - tx.end > reach:
                break
            if _YEAR_ONLY.match(nxt.value) and _group_of_year()[1].fullmatch(text, tx.end, nxt.start):
                out[tx.id] = (nxt, "told")  # "the spring caravan of 2018"
                break
            d = _DAY_OR_MONTH.match(nxt.value)
            if d is not None:
                if int(d.group(2)) in _SEASON_MONTHS[m.group(1)]:
                    out[tx.id] = (nxt, "told")
                break


_FULL_DAY = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d|$)")  # a full date, or a month of a year ("October 2018.")
_YEARLESS_DAY = re.compile(r"^XXXX-(\d\d)-\d\d")


def _same_month_day(told: str, value: str) -> bool:
    """Is ``told`` a full date or a month with its year and ``value`` a day of the same month without a year
    ("Session 3, 9 February. October 2018. The caravan left San Pedro Sula on 13 October")?"""
    a, b = _FULL_DAY.match(told), _YEARLESS_DAY.match(value)
    return a is not None and b is not None and a.group(2) == b.group(1)


def listed_value(value: str, src: str) -> str:
    """'XXXX-10-30' listed before '2023-12-24' -> '2023-10-30' (a later month than the one it
    is listed with: the year before)."""
    m = _YEARLESS.match(value)
    year = int(src[:4])
    if m and int(m.group(1)) > int(src[5:7]):
        year -= 1
    return _if_a_day(f"{year:04d}{value[4:]}", value)


def _if_a_day(value: str, yearless: str, back_only: bool = False) -> str:
    """``value`` when its day exists in its year, else the same day in the nearest year that has it ("Feb. 29"
    listed with "May 2018": 29 February 2016 -- earlier first; only earlier ones for "last year"), else
    ``yearless``."""
    if len(value) < 10 or value[7:8] != "-" or not value[:4].isdigit():
        return value
    year = int(value[:4])
    for k in (0, 1, 2, 3, 4) if back_only else (0, -1, 1, -2, 2, -3, 3, -4, 4):
        y = year - k if back_only else year + k
        try:
            date(y, int(value[5:7]), int(value[8:10]))
        except ValueError:
            continue
        return f"{y:04d}{value[4:]}"
    return yearless
