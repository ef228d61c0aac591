"""The year a story is told in, for dates written without one.

A retrospective published in December 2024 tells "On the morning of Oct. 13,
2018, a few hundred people met ... On Nov. 9, Trump signed ...": that Nov. 9
is of 2018, not the one nearest the publication date.  A date that frames a
clause with its own year ("On Oct. 13, 2018,", "In January 2019 she walked",
"In 2018 it set out", a year alone only at the start of a sentence, set off
by commas after its subject: "The first she remembers, in 2018, left", or
closing a sentence (or a clause before a colon) on what was then: "The first he
watched properly was in 2019.", "Her first was in 2019: on Monday, April 15,
..."; a sentence's subject named by its time: "The October 2018 caravan was ...",
"The 2018 group grew") sets the story's year; a month, a day, a holiday or a
season told after it without a year, in the same paragraph, in a clause that
is not a plan, is the first one from a month before that date on: a story goes
forward ("The last large caravan, in January 2020, was broken up ... the two
hurricanes that struck Honduras in November" is November 2020).  The next paragraph starts over
from the publication date (news goes back to the present after a background
paragraph), and so does a frame date of the publication's own year.

A sentence opened by a year counted back ("Last year he counted three. The
walkers of Holy Monday went on April 11"), or closed by one after a verb of
what was then ("The ones he remembers came last year."), frames the past
clauses after it in its paragraph the same way, from that year's first day; a
day so told is of that year.  So does a month of a year counted back opening
its sentence ("In January of last year it was Salvadorans. Their column left
San Salvador on Jan. 16"), and a feast of one ("Palm Sunday last year brought
the Via Crucis. On June 5 another group went out").

Only a framing date counts: "the August 1988 cease-fire" names a noun's time,
not the story's ("... Iraq's invasion of Kuwait on Aug. 2" is 1990).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from timeline.extract.text import alternation, speech_verbs
from timeline.models import ResolvedTimex
from timeline.resolve import values
from timeline.resolve import calendar as cal
from timeline.resolve.calendar import SEASON_MONTHS
from timeline.resources import load_yaml

STORY_BACK_DAYS = 30  # a date after a frame is the first such date from this many days before the frame on
_FRAME_BEFORE = re.compile(r"(?:^|[\s(])(?:[Oo]n|[Ii]n|[Bb]y|[Dd]uring|[Aa]t)\s+$")
# "on Palm Sunday, 25/03/2018": a named day restated by its date frames as "on 25/03/2018" would
_FRAME_BEFORE_NAMED = re.compile(r"(?:^|[\s(])(?:[Oo]n|[Bb]y)\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+,\s+$")
# "In 2018 it set out", "Back in 2018, on the 25th of March", "And back in 2019, on Oct. 12": a year alone frames
# only from the sentence's start
_OPENER_REACH = 24  # characters before a year in which its sentence opener ("And back in ", after ". ") is looked for
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)"
                             r"(?:(?:And|But)\s+(?:back\s+)?in|In|By|(?:Way\s+)?[Bb]ack\s+in)\s+$")
# ... or set off by commas right after its subject: "The first she remembers, in 2018, left on Palm Sunday"
_SET_OFF_BEFORE = re.compile(r"\w,\s+in\s+$")
_SET_OFF_AFTER = re.compile(r"\s*,")
# ... or closing a sentence that tells what was then: "The first he watched properly was in 2019. On April 15, ..."
_WAS_IN_BEFORE = re.compile(r"\b(?:was|were)\s+in\s+$")
# ... or closing its clause, before what it was: "Her first was in 2019: on Monday, April 15, a column left"
_COLON_AFTER = re.compile(r":\s")
_ENDS_SENTENCE = re.compile(r"\.(?:\s|$)")
# "Last year", "Two years ago", "This year" (ends a frame), "the year before" (the story's year before)
_YEAR_BACK = re.compile(r"^(?:DCT:Y(?:-\d+|\+0)|REF:Y-\d+)$")
_MONTH_OF_YEAR_TOLD = re.compile(r"^(?:DCT:Y-\d+|REF:Y\+0)-\d\d$")  # "January of last year", "April of that year"
_FEAST_OF_YEAR_BACK = re.compile(r"^DCT:Y-\d+:HOL:")  # "Palm Sunday last year"
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)$")
_EXPLICIT = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T[\dA-Z:]+)?$")
_COUNTED_BACK = re.compile(r"[<>]\d+$")  # "the Christmas Eve before last": DCT:HOL:christmas_eve<2
_YEARLESS = re.compile(r"^(?:XXXX-\d\d|DCT:HOL:|WEEKENDOF:(?:XXXX|DCT:HOL:)|DCT:(?:SP|SU|FA|WI)$"
                       r"|NTHWD:[^:]+:XXXX-\d\d$)")  # (the last: "on the last Saturday of August")
# a sentence whose subject is a caravan named by its time ("The 2018 group grew ...") is told in that time
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)The\s+$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SEASON_OF_YEAR = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_WEEK_OF_YEAR = re.compile(r"^\d{4}-W\d\d$")
# a sentence's start, perhaps "In" or "During" ("The summer of 2021 brought more", "During Holy Week of 2019 a column")
_OPENS_WITH_TIME = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*)(?:(?:In|During)\s+)?$")
# the seasons that frame what follows ("that spring", "in the spring of 2019"; not "The spring caravan had set out
# ... on Palm Sunday", a group named by its season)
_FRAMING_SEASONS = frozenset(("rel_that_season", "date_season_year"))
# "a year ago this week", "two years ago this autumn", "five years ago this October"
_AGO_THIS = frozenset(("rel_ago_this_unit", "rel_years_ago_this_season", "rel_years_ago_this_month"))
_NOUN_AFTER = re.compile(r"[ \t]+(?:caravan|group|exodus|march|column|election|summit|agreement|law|rule|deal)s?\b", re.I)


@lru_cache(maxsize=None)
def _came_before() -> re.Pattern:
    """A verb of what was then right before a year counted back that closes its sentence
    (``year_back_closing_verbs``)."""
    verbs = alternation(load_yaml("timex/anchors.yaml")["year_back_closing_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+$", re.I)


@lru_cache(maxsize=None)
def _quote_closed() -> re.Pattern:
    """A quotation closed after its last word and tagged by its speaker: '... was in 2018," she said.', '...
    in 2019," Ms. Roblero recalled.'."""
    return re.compile(rf",[\"”]\s+(?:[\w.’']+\s+){{1,3}}?(?:{speech_verbs()})\.(?:\s|$)", re.I)


def closes_quote(text: str, end: int) -> bool:
    """Whether a quotation tagged by its speaker ends at ``end`` ('... was in 2018," she said.'): a year there
    frames the narrative after the quote as one outside it would."""
    return _quote_closed().match(text, end) is not None


def _ends_sentence(text: str, end: int) -> bool:
    """Whether a sentence (or a quoted sentence tagged by its speaker) ends at ``end``."""
    return _ENDS_SENTENCE.match(text, end) is not None or closes_quote(text, end)


@lru_cache(maxsize=None)
def _named_by() -> re.Pattern:
    """'the caravan of ' before a season of a year: a caravan named by its time (``named_by_time_nouns``)."""
    nouns = alternation(load_yaml("timex/anchors.yaml")["named_by_time_nouns"])
    return re.compile(rf"\b(?:{nouns})s?\s+(?:of|from)\s+$", re.I)


def _opens_sentence(text: str, start: int) -> bool:
    """Does the year at ``start`` come right after its sentence's opener ("In ", "And back in ")?"""
    return _OPENS_SENTENCE.search(text, max(0, start - _OPENER_REACH), start) is not None


def frame_day(text: str, rt: ResolvedTimex, told_value: str) -> date | None:
    """The day from which the dates told after a framing date with its own year are counted ("On Oct. 13,
    2018," -> 2018-09-13, a month before; "In January 2019" -> 2018-12-02; "In 2018 it set out" -> 2018-01-01;
    "the Via Crucis of that spring", after "the spring of 2018" -> 2018-02-01),
    or None when ``rt`` frames nothing.  The year
    must be told (``told_value``: the value as extracted, or as completed from the text itself: a weekday, a
    date of its sentence): a year the resolver chose from the publication date is no frame."""
    season = _SEASON_OF_YEAR.match(rt.resolution.value)
    if season is not None and (season.group(0) == told_value or rt.rule in _FRAMING_SEASONS) and \
            _named_by().search(text, max(0, rt.start - 20), rt.start) and not _NOUN_AFTER.match(text, rt.end):
        # the season's first month, less a month (a winter starts in the December of its year)
        first_month = SEASON_MONTHS[season.group(2)][0]
        return date(int(season.group(1)), first_month, 1) - timedelta(days=STORY_BACK_DAYS)
    if (season is not None or _WEEK_OF_YEAR.match(rt.resolution.value)) and told_value[:4].isdigit() and \
            rt.resolution.start is not None and _OPENS_WITH_TIME.search(text, max(0, rt.start - 12), rt.start) and \
            not _NOUN_AFTER.match(text, rt.end):
        # "The summer of 2021 brought more. A group that had left Tapachula on the last Saturday of August ...", "In
        # Holy Week of 2019 a column ... poured out of Tapachula on Holy Monday": a season or a week of a year told
        # at its sentence's start frames the dates after it (from a month before it on)
        return rt.resolution.start - timedelta(days=STORY_BACK_DAYS)
    if _FEAST_OF_YEAR_BACK.match(told_value) and rt.resolution.start is not None and \
            _STARTS_SENTENCE.search(text, max(0, rt.start - 4), rt.start):
        # "Palm Sunday last year brought the migrants' Via Crucis ... On June 5 another group went out": a feast of
        # a year counted back opening its sentence frames the dates after it (from a month before it on)
        return rt.resolution.start - timedelta(days=STORY_BACK_DAYS)
    if rt.rule in _AGO_THIS and rt.resolution.start is not None and \
            _STARTS_SENTENCE.search(text, max(0, rt.start - 4), rt.start):
        # "A year ago this week, the column that formed in San Pedro Sula and moved off on Jan. 15 brought ...": a
        # week (month, season) of a year counted back opening its sentence frames the dates after it ("Two years
        # ago this autumn, on Oct. 23, a caravan ...")
        return rt.resolution.start - timedelta(days=STORY_BACK_DAYS)
    m = _EXPLICIT.match(rt.resolution.value)
    if m is not None and m.group(2) is None and _YEAR_BACK.match(told_value) and (
            _STARTS_SENTENCE.search(text, max(0, rt.start - 4), rt.start) or (
                _ENDS_SENTENCE.match(text, rt.end) and _came_before().search(text, max(0, rt.start - 12), rt.start))):
        # "Last year he counted three. The walkers of Holy Monday went on April 11": a sentence opened by a
        # year counted back tells the dates after it in that year; so does one it closes after a verb of what
        # was then ("The ones he remembers came last year. The caravan that left Tapachula on Aug. 28 ...")
        return date(int(m.group(1)), 1, 1)
    if m is None or rt.type not in ("DATE", "TIME") or _EXPLICIT.match(told_value) is None and not (
            _MONTH_OF_YEAR_TOLD.match(told_value) and _opens_sentence(text, rt.start)):
        # (a month of a year counted back opening its sentence is told as well: "In January of last year it was
        # Salvadorans"; not "The pool was drained in March of last year, ... and refilled only at the end of August";
        # so is a month of the year told before: "The caravans of 2020 came through in numbers. In January of that
        # year, ... In October, a second caravan")
        return None
    if _SUBJECT_BEFORE.search(text, max(0, rt.start - 8), rt.start) and _NOUN_AFTER.match(text, rt.end):
        pass  # "The October 2018 caravan was a process ...", "The 2018 group grew": the sentence is about that time
    elif _FRAME_BEFORE.search(text, max(0, rt.start - 10), rt.start) is None and \
            _FRAME_BEFORE_NAMED.search(text, max(0, rt.start - 30), rt.start) is None:
        return None
    elif m.group(2) is None and not _opens_sentence(text, rt.start) and not (
            _SET_OFF_BEFORE.search(text, max(0, rt.start - 8), rt.start) and _SET_OFF_AFTER.match(text, rt.end)) and \
            not (_WAS_IN_BEFORE.search(text, max(0, rt.start - 12), rt.start) and (
                _ends_sentence(text, rt.end) or _COLON_AFTER.match(text, rt.end))):
        return None
    elif _NOUN_AFTER.match(text, rt.end):
        return None  # "in the 2018 caravan"
    try:
        day = date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
    # the dates told after it are the first ones from a month before it on (from the year's start for a year)
    return day - timedelta(days=STORY_BACK_DAYS) if m.group(2) else day


class Paragraphs:
    """Which paragraph an offset is in: the blank lines of the text, found once (on first use) and bisected."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None

    def same(self, a: int, b: int) -> bool:
        """Is there no blank line between offsets ``a`` <= ``b``?"""
        return self.apart(a, b) == 0

    def apart(self, a: int, b: int) -> int:
        """How many blank lines lie between offsets ``a`` <= ``b``."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        return bisect.bisect_left(self._breaks, b) - bisect.bisect_left(self._breaks, a)


def takes_story_year(value: str) -> bool:
    """A value without a year that the story's year can complete (a month, a day, a holiday, a season; not one
    counted back from now: "the Christmas Eve before last")."""
    return _YEARLESS.match(value) is not None and _COUNTED_BACK.search(value) is None


_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def feast_in_season(value: str, season: ResolvedTimex) -> str | None:
    """A feast without its year told in the sentence of a season with one ("And that spring, the caravan that left
    Tapachula on Holy Monday came past"): the feast of that season's year, when it falls in that season."""
    m = _SEASON_OF_YEAR.match(season.resolution.value)
    start, end = season.resolution.start, season.resolution.end
    if m is None or season.rule not in _FRAMING_SEASONS or start is None or end is None:
        return None
    got = values.complete_uncached(value, date(int(m.group(1)), 1, 1), "future").value
    day = date.fromisoformat(got[:10]) if _DAY.match(got) else None
    return got if day is not None and start <= day <= end else None


_FEAST_VALUE = re.compile(r"^DCT:HOL:(?P<key>[a-z_']+)$")
BESIDE = re.compile(r"[ \t]*,[ \t]*(?:on[ \t]+)?")  # a day, then a feast beside it: "Six days later, on Easter Sunday"


def feasts_beside_days(text: str, out: list[ResolvedTimex]) -> None:
    """"The next Monday, the day after Easter, the federal police ...", "Six days later, on Easter Sunday, ...": a
    feast named by its day (no year) set after a resolved day it falls on that year is that day, whatever tense its
    own clause shows.  ``out``: the resolved expressions in text order (changed in place)."""
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        m = _FEAST_VALUE.match(b.value)
        ra = a.resolution
        if m is None or ra.granularity != "day" or ra.start is None or ra.start != ra.end or \
                not BESIDE.fullmatch(text, a.end, b.start) or b.resolution.value == ra.value:
            continue
        spec = values.holiday_spec(m.group("key"))
        if spec is None or spec.get("week") or cal.holiday(spec, ra.start.year) != ra.start:
            continue
        res = ra.model_copy(update={
            "reason": f"'{b.text}' = {ra.value}: the day beside it ('{a.text}') is that feast's day that year; "
                      f"counted from its own anchor it would be {b.resolution.value}",
            "anchor": f"{a.id} = {ra.value}", "anchor_source": "reference"})
        out[k] = b.model_copy(update={"resolution": res})
