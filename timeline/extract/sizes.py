"""Group sizes: "about 7,000 migrants", "more than 1,600", "from 160 to 1,600".

Works on the word tokens of one sentence.  A number is a group size when the
noun it counts is a group noun (migrants, people, Hondurans ...) or when a size
frame governs it ("a caravan of N", "swelled to N", "numbering N").  It is
not one when it counts a unit ("800 kilometers", "10 years"), money ("$5"),
police or soldiers ("About 100 Guatemalan police officers"), an age ("a
9-year-old"), or is a year ("in 2018").  The word lists are data
(``resources/events/sizes.yaml``, ``cues.yaml``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from timeline.extract.event_lexicon import Tok, past_form, phrase_set, tokenize
from timeline.resources import load_yaml


_STOP_HEAD = frozenset(
    "of who that which have has had are were is was in on at and to from more or since after before when as while "
    "according but with for by into than".split()
)


@dataclass
class Size:
    tok_start: int  # token span of the whole expression (modifier .. head noun)
    tok_end: int
    num_start: int  # token span of the number
    num_end: int
    value: int | None  # None: vague ("thousands") or a range
    low: int | None  # a range's low end; for a vague quantity the least it can mean ("hundreds": 200)
    high: int | None
    mod: str | None  # APPROX, MORE_THAN, LESS_THAN, RANGE, EQUAL, VAGUE
    head: str | None  # counted noun ("migrants") if seen
    framed: bool  # governed by a size frame ("caravan of", "swelled to", "are part of")
    text: str = ""
    # a count reported as such, even of a group that moves: "some 7,000 people by a United Nations
    # estimate", "The group, now about 1,600, pushes past ..."
    reported: bool = False
    # the count of a caravan as such, one of sizes.yaml's caravan_nouns + "of" before it: "a caravan of about 2,000
    # people left Tapachula" (a size mention besides the departure it is the group of)
    of_caravan: bool = False

    @property
    def vague(self) -> bool:
        """A quantity without a number ("hundreds of migrants", "several thousand people")."""
        return self.mod == "VAGUE"


_CARAVAN_SUBJECT_REACH = 16  # words before "took" in which a caravan is its subject (see caravan_subject_frames)
_APPOSED_HEADS = frozenset({"people", "migrants", "walkers", "persons"})  # a group's estimate set off by commas
_APPOSED_CARAVAN_REACH = 8  # words before the comma in which the caravan such an estimate is set beside stands


def _told_verb_before(lows: list[str], k0: int) -> bool:
    """A past verb among the sentence's words before token k0 ("left", "walked")."""
    return any(past_form(w) for w in lows[:k0])


@lru_cache(maxsize=None)
def _cfg() -> dict:
    d = load_yaml("events/sizes.yaml")
    mods: list[tuple[tuple[str, ...], str]] = []
    for mod, words in d["modifiers"].items():
        for w in words:
            mods.append((tuple(t.low for t in tokenize(str(w).lower())), mod))
    mods.sort(key=lambda x: -len(x[0]))
    return {
        "mods": mods,
        "units": frozenset(str(u).lower() for u in d["units"]),
        "months": frozenset(str(u).lower() for u in d["months"]),
        "year_before": frozenset(str(u).lower() for u in d["year_before_nouns"]),
        "money": frozenset(str(u).lower() for u in d["money_before"]),
        "words": {str(k).lower(): int(v) for k, v in d["number_words"].items()},
        "mult": {str(k).lower(): int(v) for k, v in d["multipliers"].items()},
        "vague": frozenset(tuple(str(v).lower().split()) for v in d["vague"]),
        "vague_low": {tuple(str(v).lower().split()): int(low) for v, low in d["vague"].items()},
        "mods_set": frozenset(m for m, _ in mods),
        "mod_of": _first_mod(mods),
        "vague_first": frozenset(str(v).lower().split()[0] for v in d["vague"]),
        "frames_before": frozenset(tuple(t.low for t in tokenize(str(w).lower())) for w in d["size_frames_before"]),
        "growth_from": frozenset(str(w) for w in d.get("growth_from", ())),
        "frames_after": frozenset(tuple(t.low for t in tokenize(str(w).lower())) for w in d["size_frames_after"]),
        "subgroup_frames": frozenset(tuple(t.low for t in tokenize(str(w).lower())) for w in d["subgroup_frames"]),
        "group_only_frames": frozenset(tuple(t.low for t in tokenize(str(w).lower())) for w in d["group_only_frames"]),
        "caravan_subject_frames": frozenset(tuple(t.low for t in tokenize(str(w).lower()))
                                            for w in d["caravan_subject_frames"]),
        "caravan_nouns": frozenset(str(w) for w in d["caravan_nouns"]),
        "count_nouns_after": frozenset(str(w) for w in d["count_nouns_after"]),
        "count_sources": frozenset(str(w) for w in d["count_sources"]),
        "count_records_by": frozenset(str(w) for w in d["count_records_by"]),
        "counters": frozenset(str(w) for w in d["counters"]),
        "counted_to": frozenset(str(w) for w in d["counted_to"]),
        "counter_clause_verbs": frozenset(str(w) for w in d["counter_clause_verbs"]),
        "counter_if_verbs": frozenset(str(w) for w in d["counter_if_verbs"]),
        "count_nouns": tuple(str(w).lower() for w in d["count_nouns"]),
        "fronted_time_ends": frozenset(str(w) for w in d["fronted_time_ends"]),
        "apposed_participles": frozenset(str(w) for w in d["apposed_participles"]),
        "not_group_of_heads": frozenset(str(w) for w in d["not_group_of_heads"]),
    }


def _past_make_up(lows: list[str], e: int) -> int:
    """The comma that closes an apposition of a group's make-up right after its count at ``e`` (", Venezuelans
    nearly all of them,", ", Africans and Cubans among them,"), else ``e``."""
    if e + 1 >= len(lows) or lows[e] != "," or lows[e + 1] in _NOT_MAKE_UP:
        return e  # (not who counted: "some 3,000 people, according to reporters who marched among them, quit")
    for k in range(e + 3, min(len(lows), e + _MAKE_UP_REACH)):
        if lows[k] == "," and (lows[k - 2 : k] in (["of", "them"], ["among", "them"]) or
                               lows[k - 3 : k - 1] == ["of", "them"] and lows[k - 1].isalpha()):
            return k  # (", almost every one of them Venezuelan,")
        if not lows[k].isalpha():
            break
    return e


_MAKE_UP_REACH = 9
_NOT_MAKE_UP = frozenset(("according", "as", "by", "in", "on", "per", "if", "to", "going", "who", "which", "that"))


def to_counter(lows: list[str], e: int) -> int | None:
    """The position of whose figure a count is, told after it with "to" or "if" and a determiner ("some 5,000 people
    to the journalists who followed it", "up to 10,000 if its organizers were to be believed", "if the migration
    institute's count is right": one word may stand before the counter); None if there is none at ``e``."""
    if lows[e : e + 2] == ["or", "so"]:
        e += 2  # ("4,000 or so if you asked the people at its head")
    t = e + 1 if e < len(lows) and lows[e] == "," else e  # (a comma may stand before "to hear", "if you took")
    if t + 3 < len(lows) and lows[t] == "if" and lows[t + 1] in ("you", "one") and \
            lows[t + 2] in _cfg()["counter_if_verbs"]:
        # "7,000 people if you believed its organizers", "some 4,000 marchers, if you took its organizers' word"
        d = t + 3
        if d + 1 < len(lows) and lows[d] in ("the", "its", "their") and lows[d + 1].isalpha():
            return d + 1  # (whoever is asked: "4,000 or so if you asked the people at its head")
    elif t + 3 < len(lows) and lows[t] == "to" and lows[t + 1] in _cfg()["counter_clause_verbs"]:
        # "7,000 people, to hear its organizers tell it", "some 4,000 people on the road, to take its organizers at
        # their word"
        d = t + 2
    elif e + 2 < len(lows) and lows[e] in ("to", "if"):
        d = e + 1
    else:
        return None
    if lows[d] in ("the", "its", "their"):
        # (a plural's apostrophe is a token of its own: "if the newspapers' tally on the road was right")
        spots = (d + 1, d + 2, d + 3) if d + 2 < len(lows) and lows[d + 2] in ("'", "’") else (d + 1, d + 2)
        return next((k for k in spots if k < len(lows) and
                     lows[k].removesuffix("'s").removesuffix("’s") in _cfg()["counted_to"]), None)
    return None


def word_number(low: str) -> int | None:
    """The value of a number word of sizes.yaml's ``number_words`` ("two": 2), None for any other word."""
    return _cfg()["words"].get(low)


def counters() -> frozenset[str]:
    """Who counts a group ("organizers", "police", "officials"): "by the organizers'" is their count."""
    return _cfg()["counters"]


def _first_mod(mods: list[tuple[tuple[str, ...], str]]) -> dict[tuple[str, ...], str]:
    """Each modifier phrase's modifier: the first listed (``mods`` may list a phrase twice)."""
    out: dict[tuple[str, ...], str] = {}
    for phrase, mod in mods:
        out.setdefault(phrase, mod)
    return out


def _num(tok: Tok) -> int | None:
    t = tok.low.replace(",", "")
    if not t.isascii():
        return None
    if t.isdecimal():
        return int(t)
    try:
        v = float(t)
        return int(v) if v.is_integer() else None
    except ValueError:
        return None


def _group_heads() -> frozenset[tuple[str, ...]]:
    return phrase_set("group_nouns")


def _force_heads() -> frozenset[tuple[str, ...]]:
    return phrase_set("force_nouns")


@lru_cache(maxsize=None)
def _by_first(phrases: frozenset) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        if p:
            out.setdefault(p[0], []).append(p)
    return out


@lru_cache(maxsize=None)
def _by_last(phrases: frozenset) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        if p:
            out.setdefault(p[-1], []).append(p)
    return out


def _starts_with(lows: list[str], i: int, phrases) -> int:
    """Length of the longest phrase starting at index i (0: none)."""
    if i >= len(lows):
        return 0
    for p in _by_first(phrases).get(lows[i], ()):
        if tuple(lows[i : i + len(p)]) == p:
            return len(p)
    return 0


def _ends_with(lows: list[str], i: int, phrases) -> int:
    """Length of the longest phrase ending just before index i."""
    if i <= 0:
        return 0
    for p in _by_last(phrases).get(lows[i - 1], ()):
        n = len(p)
        if i - n >= 0 and tuple(lows[i - n : i]) == p:
            return n
    return 0


def _read_number(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(value, end) of a number at token i: '7,000', '2.5 million', 'two thousand', '7000'."""
    cfg = _cfg()
    t = toks[i]
    if not t.word:
        return None
    v = _num(t)
    j = i + 1
    if v is None:
        if t.low in cfg["words"]:
            v = cfg["words"][t.low]
        else:
            return None
    if j < len(toks) and toks[j].low in cfg["mult"]:
        v = int(v * cfg["mult"][toks[j].low])
        j += 1
    return v, j


def _grew_from_before(lows: list[str], k: int, growth: frozenset[str]) -> bool:
    """A growth verb + "from" in the twelve words before ``k`` ("grew from ... to [N]")."""
    for i in range(max(0, k - 13), k - 1):
        if lows[i] in growth and lows[i + 1] == "from":
            return True
    return False


def grown_to(lows: list[str], k: int) -> bool:
    """Is the count starting at ``k`` what a group grew (or shrank) to: a growth verb right before it or before
    "to" / "from" right before it ("grew to more than 7,000", "swelled from 2,000")?"""
    growth = _cfg()["growth_from"]
    return k >= 1 and (lows[k - 1] in growth or k >= 2 and lows[k - 1] in ("to", "from") and lows[k - 2] in growth)


@lru_cache(maxsize=None)
def size_first_words() -> frozenset[str]:
    """Words (besides numerals) a size expression may start with."""
    cfg = _cfg()
    return frozenset(cfg["words"]) | cfg["vague_first"]


def may_start_size(lows: list[str], i: int) -> bool:
    """Could a size expression start at word i?  (a cheap pre-filter for ``find_sizes``)"""
    return starts_number(lows[i]) or starts_vague(lows, i)


def starts_number(low: str) -> bool:
    """A numeral or a number word ("7,000", "two", "thousand")."""
    return bool(low) and (low[0].isdecimal() or low in _cfg()["words"])


def starts_vague(lows: list[str], i: int) -> bool:
    """A vague quantity ("thousands", "several hundred")."""
    cfg = _cfg()
    return lows[i] in cfg["vague_first"] and _starts_with(lows, i, cfg["vague"]) > 0


def vague_phrases() -> frozenset[tuple[str, ...]]:
    """Vague quantities as word tuples ("several", "hundred")."""
    return _cfg()["vague"]


@lru_cache(maxsize=None)
def size_cue_words() -> frozenset[str]:
    """Words without one of which near it a number is never a group size: the first words of group
    nouns and of size frames after the number, the last words of size frames before it, the nouns
    of "caravan of N" and the "at" of "the number ... at N"."""
    cfg = _cfg()
    words = {p[0] for p in _group_heads() if p} | {p[0] for p in cfg["frames_after"] if p}
    words |= {p[-1] for p in cfg["frames_before"] if p}
    return frozenset(words | {"caravan", "group", "column", "at", "by", "now", "say", "says", "said"}
                     | set(cfg["count_nouns_after"]))


def _count_word_left_out(lows: list[str], k: int) -> bool:
    """After "by": the counters' figure with its noun left out, "the organizers'" (a possessive) or "its
    organizers" (whose count), then the clause ends."""
    if k < len(lows) and lows[k] in ("its", "their"):
        k += 1
        possessive = True
    else:
        possessive = False
        if k < len(lows) and lows[k] == "the":
            k += 1
    if k < len(lows) and lows[k] not in _cfg()["counters"] and lows[k].isalpha():
        k += 1  # "the Mexican officials'"
    if k >= len(lows) or lows[k] not in _cfg()["counters"]:
        return False
    k += 1
    if k < len(lows) and lows[k] in ("'", "’"):
        k += 1
        possessive = True
    return possessive and (k >= len(lows) or lows[k] in (",", ";", ".", ")", "and", "but", "while"))


_LATER_REACH = 8  # words from a count's noun to "by the count of ..." at the end of its clause


def _who_gathered(lows: list[str], end: int, frames: frozenset) -> bool:
    """A count followed by "who" and a size frame ("with a few hundred who gathered at the bus terminal")."""
    return end < len(lows) and lows[end] == "who" and bool(_starts_with(lows, end + 1, frames))


def _counts_things(lows: list[str], c: int, groups: frozenset[tuple[str, ...]]) -> bool:
    """Is the count noun at ``c`` (the last before the count's "at") one of things, "of" and no group noun in the
    three words after it ("the number of floodlights on the basilica's façade")?"""
    return c + 2 < len(lows) and lows[c + 1] == "of" and \
        not any(_starts_with(lows, k, groups) for k in range(c + 2, min(len(lows), c + 5)))


def _counted_later(lows: list[str], end: int, nouns: frozenset[str], opens: bool = False) -> bool:
    """Does the count's own clause end with who counted it: "some 3,500 people crossed into Guatemala with it by the
    count of Guatemala's migration institute"? ("by the" and a count noun, at most _LATER_REACH words after the
    counted noun, no comma, semicolon or full stop between; when a part of the group told before ``opens`` its clause,
    "About 3,000 of them", also after a comma: ", according to" a source, ", by the" ... a count noun.)"""
    for k in range(end, min(len(lows) - 2, end + _LATER_REACH)):
        if opens and lows[k] == "," and lows[k + 1 : k + 3] == ["according", "to"]:
            # "About 3,000 of them had come through by evening, according to Guatemala's migration institute"
            return any(lows[j] in _cfg()["count_sources"] for j in range(k + 3, min(len(lows), k + 8)))
        if opens and lows[k] == "," and lows[k + 1] == "by" and lows[k + 2] in ("the", "its", "their"):
            # "some 3,500 of its people got across into Guatemala at this post, by the same institute's count"
            return _found_before_stop(lows, k + 3, k + 7, nouns, _CLAUSE_STOPS)
        if opens and lows[k] == "," and lows[k + 1] in ("the", "its", "their"):
            # "some 3,500 of its people entered Guatemala, the same institute said": who counted, then its verb
            j = next((j for j in range(k + 2, min(len(lows), k + 5)) if lows[j] in _cfg()["count_sources"]), None)
            return j is not None and j + 1 < len(lows) and lows[j + 1] in _SAID
        if lows[k] == "," and k + 3 < len(lows) and lows[k + 1] == "by" and lows[k + 2] in ("the", "its", "their") \
                and lows[k + 3] in nouns:
            return True  # "brought about 3,000 people into Guatemala, by the count of a network of migrant shelters"
        if lows[k] in (",", ";", ".", ":"):
            return False
        if lows[k] == "by" and lows[k + 1] in ("the", "its", "their") and lows[k + 2] in nouns:
            return True
    return False


def _counters_said_after(lows: list[str], end: int, counters: frozenset[str]) -> bool:
    """Does the clause of a bare number end with who counted it: "About 2,000 walked, its organizers said",
    "left before dawn, 5,000 or more, reporters said"? (perhaps one verb, a comma, perhaps a determiner, one of
    ``counters`` or a pronoun, then a verb of saying)"""
    k = end + 1 if end < len(lows) and lows[end].isalpha() else end
    if k + 2 > len(lows) or lows[k] != ",":
        return False
    k += 1
    if lows[k] in ("its", "the", "their"):
        k += 1
    return k + 1 < len(lows) and (lows[k] in counters or lows[k] in _PRONOUNS) and \
        lows[k + 1] in ("said", "says", "say")  # (or a witness: "about 3,000 walked, she says")


_CLAUSE_OPENING = frozenset((",", ";", ":", "and", "but", "—", "–"))  # a count right after these opens its clause
_COUNTER_SET_OFF = frozenset((("according", "to"), ("in", "the")))  # ", according to ...", ", in the estimate of ..."


def _opens_clause(lows: list[str], k0: int) -> bool:
    """Does the count starting at ``k0`` open its clause: first, after a clause opening, or after a fronted time (a
    word of sizes.yaml's ``fronted_time_ends`` or a number: "On the Monday of last week some 3,000 people, according to
    reporters ...")?"""
    return k0 == 0 or lows[k0 - 1] in _CLAUSE_OPENING or lows[k0 - 1] in _cfg()["fronted_time_ends"] or \
        lows[k0 - 1].isdecimal()


_DASHES = frozenset(("—", "–", "--"))
_DASH_REACH = 16  # tokens from a dash after a count to its counter


def _counted_by(lows: list[str], end: int, nouns: frozenset[str], opens: bool = False) -> bool:
    """Does a count's estimator follow the number: "by the Honduran police count", "by the organizers'
    estimate", "applicants, INM count"?  ("by" or a comma, one noun before it at most, then a count noun within
    the next five words, no clause word between; not a margin: "won by 2,000 by the final count".)"""
    skipped = False
    if end + 2 < len(lows) and lows[end : end + 2] == ["or", "so"] and lows[end - 1].isalpha():
        lows = lows[:end] + lows[end + 2 :]  # "6,000 walkers or so, going by the migration institute"
    if end < len(lows) and lows[end] in _DASHES:
        # "about 2,000 migrants — Africans, Haitians, Cubans and Central Americans, by the count of the municipal
        # traffic police, who had officers at every corner — poured out": who counted it, inside the dashes
        for j in range(end + 1, min(len(lows) - 1, end + _DASH_REACH)):
            if lows[j] in _DASHES or lows[j] in (".", ";"):
                break
            if lows[j] == "," and lows[j + 1] == "by":
                end = j
                break
    if end + 3 < len(lows) and lows[end] == "," and lows[end + 1] == "going" and lows[end + 2] == "by":
        end += 1  # "7,000 or so, going by the migration institute's figures"
    if end + 2 < len(lows) and lows[end] == "going" and lows[end + 1] == "by":
        # "about 300 marchers going by the reporters who tagged along": who counted (or their count: "going by the
        # migration institute's figures")
        return any(lows[k] in _cfg()["count_sources"] or lows[k] in nouns
                   for k in range(end + 2, min(len(lows), end + 7)))
    j = end + 1 if end < len(lows) and lows[end] in ("had", "have", "has") else end
    if j + 2 < len(lows) and (past_form(lows[j]) or lows[j] == "gone") and lows[j + 1] == "," and lows[j + 2] == "as":
        # "About 1,000 people went, as the reporters on foot beside them reckoned", "Some 5,000 people had gone, as
        # the newspapers counted them": the verb of the count's own clause, then who counted
        return _as_counted(lows, j + 3, j + 3 + _AS_COUNTED_REACH)
    if end + 2 < len(lows) and lows[end] == "of" and lows[end + 1] in ("them", "those", "us") and lows[end + 2] == "as":
        # "some 300 of them as counted by reporters who went along", "600 of them as the people who organized it
        # reckoned"
        return _found_before_stop(lows, end + 3, end + 6, _ESTIMATED, _CLAUSE_STOPS) or \
            _as_counted(lows, end + 3, end + 3 + _AS_COUNTED_REACH)
    if end + 2 < len(lows) and lows[end] == "of" and lows[end + 1] in ("them", "those", "us") and \
            lows[end + 2] in ("by", "in", "on", "according", "per", ","):
        # "about 150 of them by their lawyers' count", "some 300 of them in the reckoning of the reporters", "about
        # 3,000 of them, Guatemala's migration institute said": the group counted is the one just told
        end += 2
        skipped = lows[end] == "by"
    elif end + 1 < len(lows) and lows[end] not in ("by", ",", "per", "on", "in") and \
            lows[end + 1] in ("by", ",", "per", "on", "in") and lows[end].isalpha():
        end += 1  # the counted noun between: "12,000 applicants, INM count"
        skipped = lows[end - 1] != "strong"  # ("a column some 3,000 strong, shelter workers said": no noun)
    if end + 3 < len(lows) and lows[end : end + 3] == ["in", "all", ","] and lows[end + 3] == "as":
        # "some 2,000 in all, as reporters who went along reckoned"
        return _as_counted(lows, end + 4, end + 4 + _AS_COUNTED_REACH)
    if end < len(lows) and lows[end] == "per":
        # "about 6,000 people per the migration institute": who counted
        return any(lows[k] in _cfg()["count_sources"] for k in range(end + 1, min(len(lows), end + 7)))
    if opens and not skipped and end + 2 < len(lows) and lows[end] == "," and (
            lows[end + 1] == "as" or (lows[end + 1], lows[end + 2]) in _COUNTER_SET_OFF):
        # "some 1,500 people, according to the reporters who went on foot with them, had set off", "about 1,500
        # people, as journalists on the road counted them, formed into a column", "about 400 walkers, in the estimate
        # of reporters tagging along, left": a count opening its clause (not a verb's object: "detained 367 people,
        # according to the migration institute")
        end += 1
    if end + 1 < len(lows) and lows[end] == "according" and lows[end + 1] == "to" and not skipped:
        # "some 1,500 people according to its organizers"
        return any(lows[k] in _cfg()["count_sources"] for k in range(end + 2, min(len(lows), end + 8)))
    if to_counter(lows, end) is not None:
        return True  # "some 5,000 people to the journalists who followed it and 7,000 to its organizers"
    if end + 3 < len(lows) and lows[end] == "of" and lows[end + 1] in ("its", "their") and not skipped:
        end += 3  # "some 3,000 of its walkers, as Guatemala's migration institute counted them"
        if lows[end] == ",":
            end += 1
        skipped = lows[end] != "as"
    if end < len(lows) and lows[end] == "as" and not skipped:
        # "some 9,000 people as a Guatemalan church network reckoned it", "as the radio in San Pedro Sula counted
        # them", "as the rights groups that followed it reckoned"
        return _as_counted(lows, end + 1, end + _AS_COUNTED_REACH)
    if end + 3 < len(lows) and lows[end : end + 2] == ["on", "the"] and lows[end + 2] in ("road", "highway") and \
            to_counter(lows, end + 3) is not None:
        return True  # "some 4,000 people on the road, to take its organizers at their word"
    if end + 3 < len(lows) and lows[end] == "in" and lows[end + 1] in ("it", "them"):
        # "with about 400 people in it, as the reporters counted them"
        k = end + 3 if lows[end + 2] == "," else end + 2
        if lows[k] == "as":
            return _as_counted(lows, k + 1, k + _AS_COUNTED_REACH)
        if lows[k : k + 2] == ["according", "to"]:
            # "had 4,000 people in it, according to those who organized it"
            return any(lows[j] in _cfg()["count_sources"] for j in range(k + 2, min(len(lows), k + 8)))
    if end + 2 < len(lows) and lows[end] == "," and lows[end + 1] in ("on", "in") and \
            lows[end + 2] in ("the", "its", "their"):
        end += 1  # "poured out of Tapachula, 3,000 or so, on the migration institute's figures"
    if end < len(lows) and lows[end] in ("on", "in"):
        # "some 3,500 people on the figures of Guatemala's migration institute", "on the organizers' count",
        # "3,000 people in the migration institute's count"
        # (a plural's apostrophe is a token of its own: "4,000 in the organizers' own arithmetic")
        reach = end + 6 if "'" in lows[end + 1 : end + 4] or "’" in lows[end + 1 : end + 4] else end + 5
        return _found_before_stop(lows, end + 1, reach, nouns, _CLAUSE_STOPS | _PREPOSITIONS)
    if end >= len(lows) or lows[end] not in ("by", ","):
        return False
    if lows[end] == "," and not skipped and end + 2 < len(lows) and lows[end + 1] in _PRONOUNS and \
            lows[end + 2] in _ESTIMATED:
        return True  # "some 500 people, he reckoned"
    if lows[end] == "," and end + 3 < len(lows) and lows[end + 1] in _ESTIMATED and lows[end + 2] == "by" and \
            _found_before_stop(lows, end + 3, end + 6, nouns | _cfg()["count_sources"], _CLAUSE_STOPS):
        return True  # "some 300 of them, counted by the reporters tramping alongside"
    if lows[end] == "by" and _count_word_left_out(lows, end + 1):
        return True  # "nearly 3,000 by the organizers'", "as many as 15,000 by its organizers"
    # (", by a United Nations agency's count": the comma and "by" both before the words)
    reach = 7 if lows[end] == "," and end + 1 < len(lows) and lows[end + 1] == "by" else 6
    source = False
    records = _cfg()["count_records_by"] if lows[end] == "by" else frozenset()
    for k in range(end + 1, min(len(lows), end + reach)):
        if lows[k] in nouns or lows[k] in records:
            return True
        if lows[k] in _cfg()["count_sources"]:
            source = True
        elif source and not skipped and (lows[end] == "," or lows[end + 1] == "what") and lows[k] in _ESTIMATED:
            # "about 2,000 people, the Honduran police estimated" (not "2,000 crates, ..."); "3,000 people by what its
            # organizers said"
            return True
        if source and not skipped and lows[end] == "," and lows[k] in ("who", "that"):
            # "roughly 1,000 people, reporters who went along estimated": who counted, a short relative clause, the
            # verb of counting
            return any(lows[j] in _ESTIMATED for j in range(k + 2, min(len(lows), k + 5))) and \
                _CLAUSE_STOPS.isdisjoint(lows[k + 1 : k + 4])
        if source and not skipped and lows[end] == "," and lows[k] == "in":
            # "about 400 people, a Catholic shelter in Tapachula reckoned": who counted, where it is, the verb
            return any(lows[j] in _ESTIMATED for j in range(k + 2, min(len(lows), k + 4))) and \
                _CLAUSE_STOPS.isdisjoint(lows[k + 1 : k + 3])
        if lows[k] in (",", ";", ".", "and", "who", "that", "which", "to", "on", "in", "at"):
            return False
    return False


def _as_counted(lows: list[str], lo: int, hi: int) -> bool:
    """Does an "as" clause between ``lo`` and ``hi`` tell who counted ("as the reporters on foot beside them
    reckoned")?  A word of ``_AS_ESTIMATED`` before any of ``_AS_CLAUSE_STOPS``; a relative clause in the subject
    reaches further ("as a radio reporter who went along as far as the city limits tallied it")."""
    if not _RELATIVE.isdisjoint(lows[lo:hi]):
        hi += _AS_RELATIVE_REACH
    for k in range(lo, min(len(lows), hi)):
        if lows[k] in _AS_ESTIMATED:
            return True
        if lows[k] in _AS_CLAUSE_STOPS and not (lows[k] == "and" and k + 1 < len(lows) and lows[k + 1] in _DETERMINERS):
            return False  # (two counters: "as its organizers and the local press reckoned")
    return False


_CLAUSE_STOPS = frozenset((",", ";", ".", "and", "who", "that", "which"))
_DETERMINERS = frozenset(("the", "its", "their", "a", "an"))
_AS_CLAUSE_STOPS = frozenset((",", ";", ".", "and"))  # (an "as" clause's subject may have a relative clause)
_PREPOSITIONS = frozenset(("to", "on", "in", "at", "of"))


_AS_COUNTED_REACH = 9  # words after "as" in which its verb of counting stands ("as the radio in San Pedro Sula counted")
_AS_RELATIVE_REACH = 6  # more words when the subject of "as" has a relative clause
_RELATIVE = frozenset(("who", "that"))


def _found_before_stop(lows: list[str], lo: int, hi: int, wanted: frozenset[str], stops: frozenset[str]) -> bool:
    """Is one of ``wanted`` among lows[lo:hi] before any of ``stops``?"""
    for w in lows[lo : min(len(lows), hi)]:
        if w in wanted:
            return True
        if w in stops:
            return False
    return False


_YEAR_PREPOSITIONS = frozenset(("in", "since", "until", "during"))  # before a number that is a year
_COUNTING_VERBS = frozenset(("counted", "counts", "count", "tallied"))
_ONE_PERSON = frozenset(("he", "she", "i"))  # who counts things of a trade ("She counted 26 kick scooters")
_TITLES = frozenset(("mr", "mrs", "ms", "dr"))


def _named_person(toks: list[Tok], k: int) -> bool:
    """Is token k the surname of a person named with a title ("Mr. Greenhalgh-Bustillo counted 31 cabs")?"""
    t = k - 2 if k >= 2 and toks[k - 1].text == "." else k - 1  # ("Mr" "." "Greenhalgh-Bustillo")
    return t >= 0 and toks[k].text[:1].isupper() and toks[t].low in _TITLES


# after a count's source ("about 1,500 people, Mexico's migration institute said")
_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
_ESTIMATED = frozenset(("estimated", "estimate", "estimates", "reckoned", "counted", "tallied", "said", "says",
                        "reported", "told", "put", "claimed", "printed", "published",  # ("by what the papers printed")
                        "calculated"))  # ("some 6,000 souls, the migration institute calculated")
_AS_ESTIMATED = _ESTIMATED | {"had"}  # ("10,000 walkers as its leaders had it")
# the verb right after who counted, told after the clause ("..., the same institute said")
_SAID = frozenset(("said", "says", "reported", "reports", "estimated", "reckoned"))


def find_sizes(toks: list[Tok], text: str = "", starts: list[int] | None = None,
               cues_at: list[int] | None = None, lows: list[str] | None = None) -> list[Size]:
    """Group-size expressions among a sentence's tokens.

    ``starts`` (the words where a size may start, see ``may_start_size``), ``cues_at`` (the positions
    of the words of ``size_cue_words``) and ``lows`` (the lower-cased tokens) may be given when the
    caller knows them already; all are token indices into ``toks``, ascending.
    """
    cfg = _cfg()
    if lows is None:
        lows = [t.low for t in toks]
    groups, forces = _group_heads(), _force_heads()
    out: list[Size] = []
    i = 0
    n = len(toks)
    if starts is None:
        starts = [k for k in range(n) if toks[k].word and may_start_size(lows, k)]
    if not starts:
        return out
    # "puts the number of migrants ... at 2,397": where the sentence first says "number" / "estimate" ...
    # (looked for when a number follows "at")
    first_count: list[int] = []

    def first_count_noun() -> int:
        if not first_count:
            first_count.append(min((lows.index(w) for w in cfg["count_nouns"] if w in lows), default=n))
        return first_count[0]

    # a number is only a size with a cue word near it (see size_cue_words): numbers far from any cue
    # are passed over cheaply
    if cues_at is None:
        cue = size_cue_words()
        cues_at = [k for k in range(n) if lows[k] in cue]

    def far_from_cues(k0: int, end: int) -> bool:
        """No cue word from two tokens before k0 to the fourth word from end."""
        c = bisect.bisect_left(cues_at, max(0, k0 - 2))
        if c == len(cues_at):
            return True
        limit, words, k = n, 0, end
        while k < n:
            if toks[k].word:
                words += 1
                if words == 4:
                    limit = k
                    break
            k += 1
            if k > cues_at[c]:
                return False  # already past the next cue
        return cues_at[c] > limit

    for i0 in starts:
        if i0 < i:
            continue  # inside the expression read last
        i = i0
        t = toks[i]
        if not t.word:
            i += 1
            continue
        c0 = t.low[0]
        if not (c0.isdecimal() or t.low in cfg["words"] or t.low in cfg["vague_first"]):
            i += 1
            continue
        # vague quantities: "thousands of migrants", "several hundred people", "a caravan of several thousand";
        # never read as a number (the "hundred" of "several hundred migrants" is not 100)
        vlen = _starts_with(lows, i, cfg["vague"])
        if vlen:
            nxt = i + vlen
            gl = _starts_with(lows, nxt, groups)
            framed = bool(_ends_with(lows, i, cfg["frames_before"])) or _who_gathered(lows, nxt, cfg["frames_after"])
            if nxt < n and lows[nxt] == "of":
                head = lows[nxt + 1] if nxt + 1 < n else None
                for k in range(nxt + 1, min(n, nxt + 4)):  # "hundreds of Mexican riot police": not a group
                    if _starts_with(lows, k, groups):
                        break
                    if _starts_with(lows, k, forces):
                        head = None
                        break
            elif gl:
                head = " ".join(lows[nxt : nxt + gl])
            else:
                head = None
            if head is not None or framed:
                out.append(Size(i, nxt, i, nxt, None, cfg["vague_low"][tuple(lows[i:nxt])], None, "VAGUE", head,
                                framed, text[t.start : toks[nxt - 1].end] if text else ""))
            i = nxt
            continue
        rn = _read_number(toks, i)
        if rn is None or (t.low in cfg["words"] and t.low not in ("hundred", "thousand") and not t.low.isdecimal()
                          and not (i + 1 < n and lows[i + 1] in cfg["mult"])):
            # spelled-out small numbers ("two options") are not sizes unless multiplied
            i += 1
            continue
        value, j = rn
        k0 = i
        if j + 1 < n and toks[j].text in (":", ".") and len(toks[j + 1].text) == 2 and toks[j + 1].text.isdecimal() \
                and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end:
            i = j + 2  # a clock time ("moves at 06:50"), not a count
            continue
        # exclusions before the number
        if i > 0 and (lows[i - 1] in cfg["money"] or toks[i - 1].text in "$€£#"):
            i = j
            continue
        # a date: a day or a year by a month name ("20 January 2020 hundreds ..."), or a year
        # ("Oct. 20": the abbreviation's period may be a token of its own)
        p = i - 2 if i > 1 and lows[i - 1] == "." else i - 1
        if (j < n and lows[j].rstrip(".") in cfg["months"]) or (p >= 0 and lows[p].rstrip(".") in cfg["months"]):
            i = j
            continue
        if 1900 <= value <= 2100 and "," not in t.text and (not (
                j < n and _starts_with(lows, j, groups) and lows[j] not in cfg["year_before"]) or
                i > 0 and lows[i - 1] in _YEAR_PREPOSITIONS):  # ("In 2019 they gave out the cards": a year)
            i = j
            continue
        # ranges: "from 160 to 1,600", "between 2,000 and 3,000", "2,000 to 3,000", "2,000-3,000"
        low = high = None
        mod = None
        end = j
        if j + 1 < n and lows[j] in ("to", "and", "-", "–") and _read_number(toks, j + 1):
            v2, end2 = _read_number(toks, j + 1)  # type: ignore[misc]
            if v2 > value and not (1900 <= v2 <= 2100 and "," not in toks[j + 1].text and v2 - value < 50):
                if i > 0 and lows[i - 1] == "from":
                    mod = "EQUAL"  # grew from A to B: the size is B
                    k0 = i - 1
                    value = v2
                else:
                    low, high, mod = value, v2, "RANGE"
                    if i > 0 and lows[i - 1] == "between":
                        k0 = i - 1
                end = end2
        if k0 == i and i > 0 and lows[i - 1] == "a" and lows[i] in ("hundred", "thousand"):
            k0 = i - 1  # "a thousand or so walkers": the article is the number's
        # modifiers before ("about", "more than") and after ("or so")
        if mod is None:
            L = _ends_with(lows, k0, cfg["mods_set"])
            if L:
                phrase = tuple(lows[k0 - L : k0])
                mod = cfg["mod_of"][phrase]
                k0 -= L
        if end + 1 < n and lows[end] == "or" and lows[end + 1] in ("so", "thereabouts"):  # ("3,000 or thereabouts")
            mod = mod or "APPROX"
            end += 2
        elif end + 1 < n and lows[end] == "or" and lows[end + 1] == "more":
            mod = mod or "MORE_THAN"  # "5,000 or more"
            end += 2
        # the counted noun is among the three words after the number, frames touch it: no cue word
        # from two tokens before it to the fourth word after it, no size
        if far_from_cues(k0, end):
            i = end
            continue
        # what is counted: the first noun-ish word within 4 tokens
        head = None
        unit = False
        force = False
        things = False  # a plural noun that is no group's, one person counted ("She counted 26 kick scooters")
        # "about 3,500 of them passed Guatemala's border posts by the tally of its migration institute": a part
        # of a group named before, counted
        partitive = lows[end : end + 2] == ["of", "them"] or (
            lows[end : end + 1] == ["of"] and lows[end + 1 : end + 2] in (["its"], ["their"]) and
            end + 2 < n and (lows[end + 2],) in groups)  # ("some 3,500 of its people entered Guatemala")
        k = end
        steps = 0
        while not partitive and k < n and steps < 3:
            w = lows[k]
            if not toks[k].word:
                if toks[k].text in "-–":  # "9-year-old"
                    k += 1
                    continue
                break
            if w in cfg["units"] or w.startswith("year-old") or w.endswith("-year-old") or w in ("year-olds",):
                unit = True
                break
            fl = _starts_with(lows, k, forces)
            gl = _starts_with(lows, k, groups)
            if fl and (not gl or fl >= gl):
                force = True
                break
            if gl:
                head = " ".join(lows[k : k + gl])
                end = k + gl
                break
            if w in _STOP_HEAD or (not toks[k].text[0].isupper() and w.endswith(("ing", "ed", "ly"))):
                break
            if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w.isalpha() and \
                    not toks[k].text[0].isupper():
                things = True
                break
            k += 1
            steps += 1
        if unit or force or (things and head is None and k0 >= 2 and lows[k0 - 1] in _COUNTING_VERBS and
                             (lows[k0 - 2] in _ONE_PERSON or _named_person(toks, k0 - 2))):
            i = end
            continue
        # size frames: "caravan of N", "swelled to N", "N ... are part of"
        # (the frame may stand before the modifier or be it: "said it was closer to 6,000")
        if _ends_with(lows, k0, cfg["subgroup_frames"]):
            i = end  # "let people through in groups of about 20": the size of each small group, not the caravan's
            continue
        framed = bool(_ends_with(lows, k0, cfg["frames_before"]) or (k0 < i and _ends_with(lows, i, cfg["frames_before"])))
        of_at = next((j for j in (k0 - 1, k0 - 2) if j >= 1 and lows[j] == "of"), None)
        if framed and of_at is not None and lows[of_at - 1] in cfg["not_group_of_heads"]:
            framed = False  # "from a school of about 900": the size of something else, no group's count
        if framed and things and head is None and (_ends_with(lows, k0, cfg["group_only_frames"]) or
                                                   k0 < i and _ends_with(lows, i, cfg["group_only_frames"])):
            i = end  # "by 8 p.m. there were 112 telephones charging on his counter": things counted, no group
            continue
        if framed and _ends_with(lows, k0, cfg["caravan_subject_frames"]) and \
                not (k0 < i and _ends_with(lows, i, cfg["frames_before"])) and \
                not (k0 >= 2 and lows[k0 - 2] in cfg["count_nouns"] and head is not None and (head,) in groups) and \
                not any(w in cfg["caravan_nouns"] for w in lows[max(0, k0 - _CARAVAN_SUBJECT_REACH) : k0]):
            framed = False  # "the van took 14 people to the border post": no caravan's count (not "the institute's
            # figure was 6,000 people": a count noun before the verb, people counted)
        if not framed and k0 >= 2 and lows[k0 - 1] == "of" and lows[k0 - 2] in ("caravan", "group", "column"):
            framed = True
        if not framed and k0 >= 1 and lows[k0 - 1] == "at" and first_count_noun() < k0 and \
                not _counts_things(lows, max(k for k in range(k0) if lows[k] in cfg["count_nouns"]), groups):
            framed = True  # "puts the number of migrants ... at 2,397" (not "put the number of floodlights ... at 64")
        # (past an apposition of the group's make-up: "some 400 people, Venezuelans nearly all of them, as a count
        # by volunteers at the square put it")
        fe = _past_make_up(lows, end) if head is not None else end
        # (past the group they are of: "some 3,500 people from the caravan had been counted entering")
        fg = fe + 3 if lows[fe : fe + 2] == ["from", "the"] and fe + 2 < n and lows[fe + 2] in cfg["caravan_nouns"] \
            else fe
        if not framed and (_starts_with(lows, fe, cfg["frames_after"]) or _starts_with(lows, fg, cfg["frames_after"]) or
                           head is None and _who_gathered(lows, end, cfg["frames_after"])):
            framed = True
        reported = False
        after = (end + 3 if lows[end + 1] in ("its", "their") else end + 2) if partitive else end  # (past "of them")
        if (k0 < 1 or lows[k0 - 1] != "by") and _counted_by(lows, fe, cfg["count_nouns_after"],
                                                              _opens_clause(lows, k0)):
            framed = reported = True  # "about 1,000 by the Honduran police count", "more than 12,000 applicants, INM count"
        elif (head is not None or partitive or _opens_clause(lows, k0) and end < n and lows[end] != "of") and \
                _counted_later(lows, after, cfg["count_nouns_after"], partitive and _opens_clause(lows, k0)):
            # "some 3,500 people crossed into Guatemala with it by the count of its institute", "Roughly 3,500 crossed
            # into Guatemala that week, by the reckoning of that country's migration institute"
            framed = reported = True
        elif head is None and not framed and (k0 == 0 or lows[k0 - 1] in ("and", ",", ";")) and \
                _counters_said_after(lows, after, cfg["counters"]):
            framed = reported = True  # "About 2,000 walked, its organizers said.": their count of the group
        elif k0 >= 2 and lows[k0 - 1] == "now" and lows[k0 - 2] == "," and end < len(lows) and lows[end] == ",":
            reported = True  # "The group, now about 1,600, pushes past": the group's count told in passing
        elif k0 >= 1 and lows[k0 - 1] == "," and end + 1 < len(lows) and lows[end] == "strong" and \
                lows[end + 1] == "," and _told_verb_before(lows, k0):
            reported = True  # "The caravan set out before dawn that day, some 3,000 strong, and was over the border"
        if not reported and (head is not None or framed) and _past_make_up(lows, end) > end and (
                _opens_clause(lows, k0) or k0 >= 3 and lows[k0 - 1] == "of" and lows[k0 - 3] in ("a", "the") and
                _opens_clause(lows, k0 - 3)):
            # "about 2,000 people, Africans and Cubans among them, set out", "a group of about 400, almost every one of
            # them Venezuelan, walked out": a count told with its make-up, a report of the group's size
            framed = reported = True
        if not framed and head in _APPOSED_HEADS and mod in ("APPROX", "MORE_THAN") and k0 >= 2 and \
                lows[k0 - 1] in (",", ":", "—", "–") and toks[k0 - 2].word and (
                    end >= n or lows[end] in (",", ".", ";") or lows[end] in cfg["apposed_participles"]) and \
                _told_verb_before(lows, k0):
            # "walkers left the city on Oct. 12, 2019, about 2,000 people, many of them from Africa": after the
            # clause (not "The first bus, about 80 people, ...": a subject's part); "began its walk in the same park,
            # around 3,000 people walking behind a wooden cross", "passed Chiquimula in a river of people — nearly
            # 4,000 people, a Honduran human-rights committee reckoned"
            framed = True
        if not framed and head in _APPOSED_HEADS and k0 >= 2 and lows[k0 - 1] == "," and \
                (end >= n or lows[end] in (",", ".", ";")) and \
                any(w in cfg["caravan_nouns"] for w in lows[max(0, k0 - 1 - _APPOSED_CARAVAN_REACH) : k0 - 1]):
            framed = True  # "In June the caravan of Wednesday, June 5, a thousand or so walkers, bought ...": its count
        if not framed and k0 >= 1 and lows[k0 - 1] == "to" and _grew_from_before(lows, k0, cfg["growth_from"]):
            framed = True  # "grew from roughly 1,000 at the terminal to about 7,000 in Tapachula": the later count
        if head is None and not framed and k0 >= 2 and lows[k0 - 1] in ("say", "says", "said") and \
                lows[k0 - 2] in cfg["counters"] and (end >= n or not toks[end].word):
            framed = True  # "thousands of people, the organizers say 10,000.": the counters' bare figure
        if head is None and not framed and k0 >= 1 and lows[k0 - 1] == ":" and lows[end : end + 2] == [",", "as"] and \
                _as_counted(lows, end + 2, end + 2 + _AS_COUNTED_REACH):
            framed = reported = True  # "thousands of people with flags: about 5,000, as the local press put it"
        if head is None and not framed and not reported:
            # a bare number: only a size if the sentence's noun "caravan/group" directly precedes ("the caravan, 7,000 strong")
            i = end
            continue
        if head in ("they", "we", "many", "some", "others", "most"):
            head = None
        if value <= 1 or (value < 20 and not framed):
            i = end
            continue
        out.append(
            Size(
                tok_start=k0,
                tok_end=end,
                num_start=i,
                num_end=j,
                value=value if mod != "RANGE" else None,
                low=low,
                high=high,
                mod=mod or "EQUAL",
                head=head,
                framed=framed,
                text=text[toks[k0].start : toks[end - 1].end] if text else "",
                reported=reported,
                of_caravan=k0 >= 2 and lows[k0 - 1] == "of" and lows[k0 - 2] in cfg["caravan_nouns"],
            )
        )
        i = end
    return out
