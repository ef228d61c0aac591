"""Context checks that a regular expression cannot express cheaply.

Each guard named by a rule in patterns.yaml (``guard: NAME``) looks at the
words around a candidate match and may reject it.  The word lists they use
live in resources/timex/guards.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract.text import alternation
from timeline.resources import load_yaml

_WORD_BEFORE = re.compile(r"([A-Za-z'’]+)[\s,]*$")
_WORD_AFTER = re.compile(r"^[\s,]*([A-Za-z'’]+)")


_PRICE_REACH = 80
_LOWER_WORDS = re.compile(r"[a-z]+")


def _price_before(text: str, start: int, words: frozenset[str]) -> bool:
    """A price word in the ``_PRICE_REACH`` characters before ``start``, in its sentence."""
    lo = max(0, start - _PRICE_REACH)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return any(w in words for w in _LOWER_WORDS.findall(text[max(lo, cut + 1) : start].lower()))


_REST_OF = re.compile(r"\b(?:rest|most|much|part)\s+of\s+$", re.I)
_TO_BE = frozenset(("is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays"))


@lru_cache(maxsize=None)
def _lists() -> dict[str, frozenset[str]]:
    data = load_yaml("timex/guards.yaml")
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


@lru_cache(maxsize=None)
def _units() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_yaml("timex/lexicon.yaml")["units"].items()}


_POSSESSIVE_BEFORE = re.compile(r"\w['’]s[ \t]+$")
_US_BEFORE = re.compile(r"\b(?:U\.S\.|US|American|presidential|midterm)[ \t]+$")
_DAY_BY_CLAUSE = re.compile(r"the day (?!of |after |before )")  # "the day Americans went to the polls"
_US_AFTER = re.compile(r"\s+in\s+the\s+(?:United\s+States|U\.S\.|US)\b")  # "election day in the United States"
_TITLE_GOES_ON = re.compile(r"[,.!?]?[\"”'’]|\s+(?!I\b)[A-Z0-9]")
_PAPER_BEFORE = re.compile(r"\b(?i:a|an|the|this|that|its|his|her|their|our|local)(?:[ \t]+[A-Z][\w'’.-]*)?[ \t]+$")
_PUNCT_AFTER = re.compile(r"\s*[,.;:)!?]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")  # a capitalised word right before, on the same line


_HOUR_RANGE_REACH = 48


@lru_cache(maxsize=None)
def _hour_range_before() -> re.Pattern:
    """'rated from ' / 'from eight to ' right before an hour of a range: the word before 'from' (or 'between')
    and, for the range's end, its start and link word."""
    hours = alternation(["one", *load_yaml("timex/lexicon.yaml")["hour_words"]])
    return re.compile(rf"(?:\b(?P<w>[\w'’]+)\s+)?\b(?:from|between)\s+"
                      rf"(?:(?P<to>(?:{hours})\s+(?:to|until|till|and))\s+)?$", re.I)


def word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower().replace("’", "'") if m else ""


def word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end : end + 30])
    return m.group(1).lower().replace("’", "'") if m else ""


_RATE_BEFORE = re.compile(r"(?:(?:\d%?|%)\s*|\b([A-Za-z]+)[\s,]*)$")  # (not "posted 12 October 2019, a year to the day")


def over_is_particle(text: str, start: int) -> bool:
    """Is the "over" at ``start`` a verb's ("saw the first column go over nine days ago"), not "more than"?"""
    return text[start : start + 5].lower() == "over " and word_before(text, start) in _lists()["over_particle_verbs"]


def _is_rate(text: str, start: int, low: str, after: str, amount_words: frozenset[str],
             not_after: frozenset[str] = frozenset()) -> bool:
    """"$2 million a year", "four flights a week": 'a <unit>' after an amount."""
    if not low.startswith(("a ", "an ", "per ")) or after in ("ago", "earlier", "later", "before", "after", "or"):
        return False
    m = _RATE_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    w = (m.group(1) or "").lower()
    return not w or w in amount_words or (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in not_after)


_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’]*\s+|\n\s*|[\"“]\s*)$")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")
_LOWER_WORD_AFTER = re.compile(r" [a-z]+\b")
_BY_ID = frozenset({"date_month", "date_year", "date_year_open", "date_year_words"})  # rules checked by id below


_COUNT_AFTER = re.compile(r"\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|fewer\s+than|at\s+least)\s+)?\d[\d,]*\b")
# "a quarter of the market", "three quarters of them" (not "several quarters of losses")
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|them|those|these|all|its|their|our|us|you)\b", re.I)
_QUOTE_BEFORE = re.compile(r"(?:^|[\s(])(?:\"|“|``|‘|'')$")  # an opening quote right before
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")
_TITLE_WORDS = frozenset({"Today", "Tonight", "Tomorrow", "Now"})


def looks_like_title(text: str, start: int, end: int) -> bool:
    """A programme or film title, not a time: a quoted title-case phrase
    ('ABC's "This Week"', '"60 Minutes"') or a day word after an acronym
    ("USA Today", "VOA Today")."""
    span = text[start:end]
    if not span[:1].isupper() and not span[:1].isdigit():
        return False
    words = span.split()
    if len(words) >= 2:
        if sum(w.rstrip(",.").isdigit() for w in words) >= 2:
            return False  # a day and a year: a postmark quoted as struck ('"01 OCT 2020"', '"JAN 17 2019"')
        if all(w[:1].isupper() or w[:1].isdigit() for w in words) and any(w[:1].isupper() for w in words[1:]):
            # (a quoted title runs to its closing mark or goes on in title case: not '"That Sunday I preached')
            return _QUOTE_BEFORE.search(text, max(0, start - 4), start) is not None and \
                _TITLE_GOES_ON.match(text, end) is not None
        return False
    return span in _TITLE_WORDS and _ACRONYM_BEFORE.search(text, max(0, start - 12), start) is not None


def _prenominal_month(text: str, start: int, end: int, before: str, after: str, L: dict) -> bool:
    """A capitalised month name between a determiner and a noun ("the March accession", "a May
    vote"), not "the march", "the March on Washington" nor "the March for Life"."""
    return (
        text[start].isupper()
        and before in L["month_determiners"]
        and _LOWER_WORD_AFTER.match(text, end) is not None
        and after not in L["month_noun_not_after"]
    )


def _after_phrase(text: str, start: int, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` ends right before ``start`` (one space apart)."""
    before = " ".join(text[max(0, start - 24) : start].lower().split()[-3:])
    return any(before.endswith(p) for p in phrases)


_BARE_THOUSAND = re.compile(r"two\s+thousand")


def check(name: str | None, rule_id: str, text: str, start: int, end: int, groups: dict) -> bool:
    """True if the match may stand."""
    if (text[start].isupper() or text[start].isdigit()) and looks_like_title(text, start, end):
        return False
    if name is None and rule_id not in _BY_ID:
        return True
    L = _lists()
    span = text[start:end]
    low = span.lower()
    before = word_before(text, start)
    after = word_after(text, end)
    if rule_id == "date_month":
        m = (groups.get("m") or "").lower().rstrip(".")
        if m in L["ambiguous_bare_months"] and not groups.get("pmod"):
            if (
                before not in L["bare_month_cues"]
                and not _prenominal_month(text, start, end, before, after, L)
                and not (span[:1].isupper() and _after_phrase(text, start, L["bare_month_phrases"]))
            ):
                return False
            if _CAPITALISED_AFTER.match(text, end) and span[-1:] != ".":
                return False  # "Jan Kavan", "May Day": a name, not a month
    if rule_id == "date_year":
        y = int(groups["y"])
        if before in L["year_number_cues"]:
            return False
        if y < 1900 and before not in L["year_cues"]:
            return False
        if y > 2100:
            return False
    if rule_id == "date_year_words" and _BARE_THOUSAND.fullmatch(low) and before not in L["year_words_cues"]:
        return False  # "the institute said two thousand": a count; "in two thousand", "the year two thousand": a year
    if rule_id == "date_year_open" and before in L["months"]:
        return False  # "October 1984 and later": the month-year rule takes it
    if name is None:
        return True
    if name == "season":
        if before not in L["season_cues"] and not low.startswith(("the ", "early", "late", "mid")) and \
                not _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start):  # "a road crew's autumn"
            return False
        if after == "of" and low.endswith("fall"):
            return False
        if before in ("the", "a") and not low.startswith(("early", "late", "mid")) and low in ("fall", "spring"):
            return False
    elif name == "holiday":
        # ("first light last Christmas Eve", "the Sunday before Easter", "this Holy Week")
        core = (groups.get("hol") or span) if groups.get("hdir") or groups.get("hwd") or low.startswith("this ") \
            else span
        # ("the Monday of Holy Week", "the feast of the Black Christ": a feast whose name has its article)
        named = core[:1].isupper() or (
            core[:4].lower() == "the " and not core[4:].islower() and (groups.get("hol") or "")[:4].lower() == "the ")
        if not named and not (
                low == "election day" and (_US_BEFORE.search(text, max(0, start - 16), start)
                                           or _US_AFTER.match(text, end))) and \
                low != "election-day":
            return False  # ("U.S. election day", "the election-day caravan": the American one, whatever the case)
        if _DAY_BY_CLAUSE.match(low) and text[max(0, start - 2) : start] == ", ":
            return False  # "before dawn on Tuesday, the day Americans went to the polls": a description of the day
            # set beside it, not a date of its own ("on the day the Americans went to the polls" is one)
    elif name == "word_hour":
        if before == "by" and word_before(text, text.rfind(" ", 0, start - 1) + 1) in L["word_hour_not_by_after"]:
            return False  # "passed by four", "two metres by three": a margin or a measure, not an hour
        if before == "at" and _price_before(text, start, L["price_words"]):
            return False  # "the clear ones at two pesos each, the big shooters ... at five": a price
    elif name == "hour_range":
        m = _hour_range_before().search(text, max(0, start - _HOUR_RANGE_REACH), start)
        if rule_id.endswith("_to") and (m is None or m.group("to") is None):
            return False  # ("went to two", "and ten"): no start of a range right before it
        if m is not None and (m.group("w") or "").lower() in L["hour_range_not_after"]:
            return False  # "rated from one to four", "children aged from six to nine": a scale, ages
    elif name == "present":
        if low == "now" and text[end : end + 1] == "," and _SENTENCE_START.search(text, max(0, start - 6), start):
            return False  # "Now, he says, ...": a discourse marker opening the sentence
        if low == "now" and text[max(0, start - 2) : start].strip() == "," and _COUNT_AFTER.match(text, end):
            return False  # "The group, now about 1,600, pushes past": a count told in passing, no time of its own
        if low == "present" and before not in ("at",):
            return False
        if low == "the present" and _LOWER_WORD_AFTER.match(text, end) and after not in L["present_followers"]:
            return False  # "at the present pace", "the present government": an adjective, no time of its own
        if low in ("the moment",) and before not in ("at", "for"):
            return False
        if low == "current" and after in L["current_not_before"]:
            return False
        if low == "current" and before not in _TO_BE and (not _LOWER_WORD_AFTER.match(text, end) or
                                                          after in L["current_noun_after"]):
            return False  # "pulled several out of the current", "bags held over the brown current", "walked
            # through the current to the Mexican side": a noun
        if low == "the present" and before in ("to", "into"):
            return True
    elif name == "past":
        if low == "earlier" and (after == "than" or before in ("an", "the", "much", "even", "no", "any")):
            return False
        if low == "recent" and after in L["recent_not_before"]:
            return False
    elif name == "future":
        if low == "future" and after in L["future_not_before"]:
            return False
    elif name == "bare_units":
        if not low.endswith("-long") and before not in L["bare_unit_cues"] and after not in ("before", "after", "later", "earlier", "ago"):
            return False
    elif name == "compound_units":
        order = "S MI H D W M Y".split()
        u1, u2 = (_units().get(groups[k].lower().rstrip(".")) for k in ("unit", "unit2"))
        if u1 not in order or u2 not in order or order.index(u2) >= order.index(u1):
            return False  # "two days and two nights" is no sum of a larger and a smaller unit
    elif name == "day_range":
        first, second = groups.get("d0") or groups.get("d"), groups.get("d1") or groups.get("d")
        if int(re.match(r"\d+", first).group()) >= int(re.match(r"\d+", second).group()):
            return False  # "a 3-2 vote in May 5-4"? not a range of days
    elif name == "last_verb":
        if low.startswith("last") and (before in L["last_verb_after"] or
                                       not L["last_verb_before"].isdisjoint(low.split()[1:2])):
            return False
    elif name == "the_period":
        if "Quarter" in span or "Period" in span[4:]:
            return False
        if rule_id in ("date_the_year", "date_the_month") and before not in L["the_year_cues"]:
            return False
        if rule_id == "date_the_quarter" and low == "the period" and before not in L["the_year_cues"]:
            return False
    elif name == "apostrophe_year":
        if before not in L["year_cues"]:
            return False
    elif name == "day_word":
        if low.endswith("today") or low.endswith("tomorrow"):
            if text[end : end + 2] in ("'s", "’s") and word_after(text, end + 2) in L["generic_after_day_word"]:
                return False
            if low == "tomorrow" and before in L["generic_before_day_word"] and text[start - 4 : start - 1].lower() != "day":
                return False  # "the people of tomorrow"
    elif name == "frequency":
        if after in L["frequency_not_before"]:
            return False
        if text[start].isupper() and _NAME_BEFORE.search(text, max(0, start - 40), start):
            return False  # "The Hemisphere Weekly", "Coastline Daily News": a name
        if _PAPER_BEFORE.search(text, max(0, start - 40), start) and (
                after in L["paper_verbs_after"] or _PUNCT_AFTER.match(text, end)):
            return False  # "runs in a Tapachula weekly and", "the weekly asked for more": a newspaper
    elif name == "half":
        head = start if span[:4] == "The " else start - 4  # (the match may leave out its "The")
        if head >= 0 and text[head : head + 4] == "The " and "of" not in low.split() and \
                _SENTENCE_START.search(text, max(0, head - 6), head):
            return False  # "The first half follows the Via Crucis": a play's or a book's half, not the year's
    elif name == "rate":
        if _is_rate(text, start, low, after, L["rate_amount_words"], L["rate_not_after_verbs"]):
            return False
        if after == "old" and low.endswith(("years", "year")):
            return False  # "Mr. Schwarz, 52 years old": an age (TimeBank leaves ages untagged)
        if low.endswith(("quarter", "quarters")) and (after in L["share_verbs_after"] or _OF_A_WHOLE.match(text, end)):
            return False  # "about a quarter are children", "three quarters of the group": a share
    elif name == "someday":
        if before not in L["someday_after"]:
            return False
    elif name == "soon":
        if before not in L["someday_after"] and after not in L["someday_after"]:
            return False
    elif name == "bare_pod":
        if before not in L["bare_pod_cues"] and not (low.startswith("mid") and before in ("", "the")) and \
                not _REST_OF.search(text, max(0, start - 12), start):
            return False  # ("for the rest of the afternoon", "took most of the morning": a part of it)
    elif name == "in_the_day":
        if word_before(text, max(0, start - 3)) not in L["in_the_day_cues"]:
            return False
    elif name == "overnight":
        nxt = text[end : end + 2].lstrip(" ")[:1]
        if before in ("a", "an", "the") or not (nxt in ("", ",", ".", ";", ":", ")", "\n") or after in L["overnight_after"]):
            return False
    elif name == "weekday":
        art = "a" if low.startswith("a ") else before
        if after in L["weekday_not_before"] and art in ("the", "a", "its", "his", "her", "their"):
            return False  # "a team in the Saturday league", "the Sunday school": a name, no day
    elif name == "month_before":
        if _month_before().search(text, max(0, start - _MONTH_BEFORE_REACH), start) is None:
            return False  # ("the club meets on the last Saturday of the month": every month's; "In January, on
            # the last Saturday of the month": that month's)
    elif name == "dawn":
        if low in ("the night",) and before not in L["night_cues"]:
            return False
        if "first" in low and not low.startswith("before") and before not in L["first_light_cues"]:
            return False  # "the first light rail line"; "left at first light" is the dawn
    return True


_MONTH_BEFORE_REACH = 30  # characters back to the month named before "on the last Saturday of the month"


@lru_cache(maxsize=None)
def _month_before() -> re.Pattern:
    """A month's full name (the longest of lexicon.yaml's ``months`` for each month), capitalised, perhaps its year,
    then a comma and perhaps "on", right before a match: "In January, on ..."."""
    full: dict[int, str] = {}
    for k, n in load_yaml("timex/lexicon.yaml")["months"].items():
        if len(str(k)) > len(full.get(int(n), "")):
            full[int(n)] = str(k)
    names = sorted((w.capitalize() for w in full.values()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")(?:\s+\d{4})?,\s+(?:on\s+)?$")


_SMALL_HOUR_REACH = 80  # characters after a bare hour to the leaving word that puts it before dawn
_SMALL_HOUR_BACK = 160  # ... and before it, to the darkness told in its sentence
_SMALL_HOUR_LEFT = 40  # ... or to the leaving word right before it ("having left Huixtla at four")


@lru_cache(maxsize=None)
def _phrase_rx(key: str) -> re.Pattern:
    return re.compile(r"\b(?:" + alternation(_lists()[key]) + r")\b", re.I)


def before_dawn_cue(text: str, start: int, end: int, stop: re.Pattern) -> bool:
    """Is a bare hour at [start, end) told with the caravans' leaving before dawn: a leaving word after it in its
    sentence (guards.yaml's ``small_hour_leaving``: "at half past five, the big caravan moved out"; or just before
    it: "having left Huixtla at four") or darkness before it (``small_hour_dark_before``: "rose in the dark, and at
    half past four")?  ``stop`` finds a sentence break."""
    after = text[end : end + _SMALL_HOUR_REACH]
    brk = stop.search(after)
    if _phrase_rx("small_hour_leaving").search(after, 0, brk.start() if brk else len(after)):
        return True
    before = text[max(0, start - _SMALL_HOUR_BACK) : start]
    begin = max((m.end() for m in stop.finditer(before)), default=0)  # its sentence's start
    return _phrase_rx("small_hour_dark_before").search(before, begin) is not None or \
        _phrase_rx("small_hour_leaving").search(before, max(begin, len(before) - _SMALL_HOUR_LEFT)) is not None
