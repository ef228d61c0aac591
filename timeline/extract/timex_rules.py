"""Compile the temporal tagger's rules (resources/timex/*.yaml) once.

``patterns.yaml`` holds the rules; ``lexicon.yaml`` the word lists from which
the {MACRO}s of the patterns are built.  This module only turns that data
into compiled regular expressions plus a trigger index; it knows nothing of
what a rule means (see :mod:`timeline.extract.timex_normalize`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from timeline.extract.timex_starts import (APOS_KEY, DIGIT_KEYS, TOKEN_RE, look_groups, parse, required_words, token_key,
                                           token_pairs)
from timeline.resources import load_yaml

LEXICON = "timex/lexicon.yaml"
PATTERNS = "timex/patterns.yaml"

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS9 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Words that never start a search window on their own.
_STOP = frozenset(
    "a an the of in on at to by for and or this that last next some over under "
    "about around more less than up no at least most close early late mid middle "
    "beginning start end close same following previous prior".split()
)


def lexicon() -> dict:
    return load_yaml(LEXICON)


def _alt(words, *, dot: bool = False) -> str:
    """Regex alternation of ``words`` (longest first, spaces as \\s+)."""
    items = sorted({str(w).lower() for w in words}, key=lambda w: (-len(w), w))
    parts = []
    for w in items:
        p = re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+")
        p = p.replace("'", "['’]")
        parts.append(p)
    body = "|".join(parts)
    return f"(?:{body})" + (r"\.?" if dot else "")


def _number_words(lex: dict) -> str:
    compound = "(?:%s)(?:[\\s-](?:%s))?" % ("|".join(_TENS), "|".join(_UNITS9))
    simple = _alt(lex["numbers"].keys())[3:-1]
    return f"(?:{compound}|{simple})"


@lru_cache(maxsize=None)
def macros() -> dict[str, str]:
    lex = lexicon()
    data = load_yaml(PATTERNS)
    m: dict[str, str] = {}
    m["MONTH"] = _alt(lex["months"].keys())
    m["MONTHS_PLURAL"] = _alt(lex["months_plural"].keys())
    m["WEEKDAY"] = _alt(lex["weekdays"].keys())
    # weekday abbreviations that are also words, only before a numeric date (patterns.yaml): English "Sat",
    # "SAT" (capitalized only), Spanish "mar", "Mar" (lower-case is their usual form)
    abbr = {f for w in lex["weekday_word_abbreviations"] for f in (w.capitalize(), w.upper())}
    abbr |= {f for w in lex["weekday_abbreviations_es"] for f in (w, w.capitalize())}
    m["WD_ABBR"] = "(?-i:" + "|".join(re.escape(w) for w in sorted(abbr, key=lambda w: (-len(w), w))) + ")"
    m["MONTH_ES"] = _alt(lex["months_es"].keys())
    m["WEEKDAY_ES"] = _alt(lex["weekdays_es"].keys())
    m["MON_CAPS"] = "(?-i:" + "|".join(sorted(lex["month_abbreviations_caps"], key=lambda w: (-len(w), w))) + ")"
    m["ROMAN_MONTH"] = "(?-i:" + "|".join(sorted(lex["roman_months"], key=lambda w: (-len(w), w))) + ")"
    m["NUMWORD"] = _number_words(lex)
    m["FUZZY"] = _alt(lex["fuzzy_numbers"])
    m["ORDINAL"] = _alt(k for k in lex["ordinals"] if lex["ordinals"][k] > 0)
    m["UNIT"] = _alt(k for k in lex["units"] if not k.endswith("s"))
    m["UNITS"] = _alt(lex["units"].keys())
    m["POD"] = _alt(lex["parts_of_day"].keys())
    m["SEASON"] = _alt(lex["seasons"].keys())
    m["DECADE_WORD"] = _alt(lex["decade_words"].keys())
    m["DIR"] = _alt(lex["directions"].keys())
    m["MOD"] = _alt(lex["mods"].keys())
    m["PMOD"] = _alt(lex["period_mods"].keys())
    m["FREQ"] = _alt(lex["frequencies"].keys())
    m["PRESENT"] = _alt(lex["present_ref"])
    m["PAST"] = _alt(lex["past_ref"])
    m["FUTURE"] = _alt(lex["future_ref"])
    m["HOLIDAY"] = _alt(lex["holidays"].keys()).replace(r"\s+", r"(?:\s+|-)")  # "the election-day caravan"
    m["YEAR_BLOCKERS"] = _alt(lex["year_blockers"])
    m["WEEKDAY_GROUP_NOUNS"] = _alt(lex["weekday_group_nouns"])
    m["LATER_ON_SUBJECTS"] = _alt(lex["later_on_subjects"])
    fams = load_yaml("timex/event_anchors.yaml")["families"].values()
    m["EVENT_WORD"] = _alt(w for f in fams for k in ("nouns", "verbs") for w in f.get(k, ()))
    for k, v in data["macros"].items():
        m[k] = v
    digits = data["macros"]["DIGITS"]
    m["NUMBER"] = rf"(?:\d+\s+1/2|\d+½|{digits}|{m['NUMWORD']})"
    return m


_MACRO_RE = re.compile(r"\{([A-Z][A-Z_0-9]*)\}")

# Which trigger classes a macro stands for.
_MACRO_CLASS = {
    "MONTH": "month",
    "WEEKDAY": "weekday",
    "UNIT": "unit",
    "UNITS": "unit",
    "POD": "pod",
    "SEASON": "season",
    "DECADE_WORD": "decade",
    "FREQ": "freq",
    "PRESENT": "ref",
    "PAST": "ref",
    "FUTURE": "ref",
    "HOLIDAY": "holiday",
    "DAY": "digit",
    "DAYNUM": "digit",
    "YEAR4": "digit",
    "MM": "digit",
    "DD": "digit",
    "DIGITS": "digit",
    "ORDINAL": "ordinal",
}


def expand(pattern: str, depth: int = 0) -> str:
    ms = macros()

    def sub(mo: re.Match) -> str:
        name = mo.group(1)
        if name not in ms:
            raise KeyError(f"unknown macro {{{name}}} in timex pattern")
        return expand(ms[name], depth + 1) if depth < 4 else ms[name]

    return _MACRO_RE.sub(sub, pattern)


@lru_cache(maxsize=None)
def trigger_classes() -> dict[str, str]:
    """Lower-case trigger word -> its first class name (see trigger_sets)."""
    return {k: sorted(v)[0] for k, v in trigger_sets().items()}


@lru_cache(maxsize=None)
def trigger_sets() -> dict[str, frozenset[str]]:
    """Lower-case trigger word -> the classes it belongs to ("night": unit, pod)."""
    lex = lexicon()
    acc: dict[str, set[str]] = {}

    class _Adder(dict):
        def setdefault(self, k, v):  # noqa: D401 - collect every class of a word
            acc.setdefault(k, set()).add(v)

    out = _Adder()

    def add(words, cls):
        for w in words:
            for tok in re.findall(r"[a-z']+", str(w).lower()):
                if tok not in _STOP and (len(tok) > 1 or cls == "unit"):  # ("h": "port closed ~5 h")
                    out.setdefault(tok, cls)

    add(lex["months"], "month")
    add(lex["months_plural"], "month")
    add(lex["weekdays"], "weekday")
    add(lex["units"], "unit")
    add(lex["parts_of_day"], "pod")
    add(lex["seasons"], "season")
    add(lex["decade_words"], "decade")
    add(lex["frequencies"], "freq")
    add(lex["present_ref"], "ref")
    add(lex["past_ref"], "ref")
    add(lex["future_ref"], "ref")
    add(lex["holidays"], "holiday")
    add((k for k, v in lex["ordinals"].items() if v > 0), "ordinal")
    add(lex["hour_words"], "hourword")
    for w in lex["extra_triggers"]:
        w = str(w).lower()
        if w.endswith("days") and w[:-1] in lex["weekdays"]:
            out.setdefault(w, "weekday")
        else:
            out.setdefault(w.replace("o'", ""), w.replace("o'", ""))  # the word is its own class
    for tok in ("half", "fiscal", "clock"):
        out.setdefault(tok, tok)
    return {k: frozenset(v) for k, v in acc.items()}


@dataclass(eq=False)  # rules are singletons: identity, hashable
class Rule:
    id: str
    type: str
    regex: re.Pattern
    values: tuple[str, ...]
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    priority: int = 0
    guard: str | None = None
    type_if_pod: str | None = None
    fuzzy: bool = False
    span: str | None = None  # a named group that is the expression (the rest of the match is context)
    order: int = 0
    classes: frozenset[str] = field(default_factory=frozenset)
    needs: tuple[frozenset[str], ...] = ()  # each: one of these classes must be present
    starts: frozenset | None = None  # (first, second) token keys (timex_starts.token_pairs); None: scan the window
    clauses: tuple[frozenset[str], ...] = ()  # token keys a match needs (timex_starts.required_words)
    # "dmy": a numeric date read day first; "mdy": month first (a document's order); "dm_doc": a day and month
    # that could be either, kept only in a document that writes its numeric dates day first
    numeric: str | None = None
    look: tuple[str, ...] = ()  # named groups caught inside a lookaround: the value may depend on them

    def applies(self, present: frozenset[str]) -> bool:
        if self.needs:
            return all(alt & present for alt in self.needs)
        return "*" in self.classes or bool(self.classes & present)


def _rule_classes(raw: str) -> frozenset[str]:
    """Trigger classes whose presence in a window is needed for the rule."""
    classes: set[str] = set()
    for name in _MACRO_RE.findall(raw):
        if name in _MACRO_CLASS:
            classes.add(_MACRO_CLASS[name])
        elif name in ("NUMBER", "NUMWORD"):
            classes.add("digit")
    trig = trigger_classes()
    stripped = _MACRO_RE.sub(" ", raw)
    for tok in re.findall(r"[a-z']+", stripped.lower()):
        if tok in trig:
            classes.add(trig[tok])
    if re.search(r"\\d|\[0-9|\[1-4\]|\[1-9\]", stripped):
        classes.add("digit")
    # a rule over only generic words would never be tried: run it everywhere
    return frozenset(classes) or frozenset({"*"})


def _look_names(tree, regex: re.Pattern) -> tuple[str, ...]:
    """Names of the groups a rule catches inside a lookahead or lookbehind ("erel" of "Two days" before / after)."""
    names = {v: k for k, v in regex.groupindex.items()}
    return tuple(sorted(names[i] for i in look_groups(tree) if i in names))


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    data = load_yaml(PATTERNS)
    out = []
    for i, r in enumerate(data["rules"]):
        raw = r["pattern"]
        vals = r["value"]
        expanded = expand(raw)
        tree = parse(expanded, re.IGNORECASE)
        regex = re.compile(expanded, re.IGNORECASE)
        out.append(
            Rule(
                id=r["id"],
                type=r["type"],
                regex=regex,
                values=tuple(vals) if isinstance(vals, list) else (vals,),
                mod=r.get("mod"),
                quant=r.get("quant"),
                freq=r.get("freq"),
                priority=int(r.get("priority", 0)),
                guard=r.get("guard"),
                type_if_pod=r.get("type_if_pod"),
                fuzzy=bool(r.get("fuzzy", False)),
                span=r.get("span"),
                order=i,
                classes=_rule_classes(raw),
                needs=tuple(frozenset(str(n).split("|")) for n in r.get("needs", ())),
                starts=token_pairs(tree),
                clauses=required_words(tree),
                numeric=r.get("numeric"),
                look=_look_names(tree, regex),
            )
        )
    return tuple(out)


def _trie(words) -> str:
    """A regex alternation of ``words`` shaped as a trie (fast to try in sre)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return body + "?" if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + body + ")?"
        return body

    return emit(root)


@lru_cache(maxsize=None)
def trigger_regex() -> re.Pattern:
    """Trigger words and free-standing digit runs, over LOWER-CASED text.

    Digits glued to ``.`` or ``,`` and another digit ("1,600", "14.9") are
    parts of amounts, not of dates, and start no window (a unit or another
    trigger next to them still does) -- except a dotted day.month.year
    ("13.10.2018").
    """
    words = sorted(w for w in trigger_sets() if re.fullmatch(r"[^\W\d_]+", w))
    return re.compile(rf"(?<![^\W\d_])(?:{_trie(words)})(?![^\W\d_])|(?<![\d.,])\d\d?\.\d\d?\.\d{{4}}(?![.,]?\d)|\d(?<![\d.,]\d)\d*+(?![.,]\d)")


def triggers(low: str):
    """(start, end, classes) of the trigger tokens of the lower-cased text ``low``."""
    get = trigger_sets().__getitem__
    for mo in trigger_regex().finditer(low):
        s, e = mo.span()
        yield s, e, _DIGIT_CLASS if low[s].isdecimal() else get(low[s:e])


_DIGIT_CLASS = frozenset({"digit"})


@dataclass
class Dispatch:
    """Every rule, indexed by its first two tokens.

    ``pairs[(first, second)]`` lists the rules that can start at a token
    with key ``first`` followed by a token with key ``second``;
    ``pairs[(first, None)]`` those that can start there whatever follows.
    ``prefixes`` start at a word beginning with the prefix; ``scan`` rules
    (whose start could not be read) are run over the whole window.
    """

    pairs: dict[tuple[str, str | None], tuple[Rule, ...]]
    prefixes: tuple[tuple[str, Rule], ...]
    scan: tuple[Rule, ...]


_UNMET: dict[frozenset[str], frozenset[int]] = {}


def unmet_needs(classes: frozenset[str]) -> frozenset[int]:
    """Orders of the rules whose ``needs`` these trigger classes do not meet (cached)."""
    got = _UNMET.get(classes)
    if got is None:
        if len(_UNMET) > 4096:
            _UNMET.clear()
        got = _UNMET[classes] = frozenset(r.order for r in rules() if not r.applies(classes))
    return got


@lru_cache(maxsize=None)
def dispatch() -> Dispatch:
    """The rules indexed by their first two tokens (built once)."""
    pairs: dict[tuple[str, str | None], list[Rule]] = {}
    prefixes: list[tuple[str, Rule]] = []
    scan: list[Rule] = []
    for r in rules():
        if r.starts is None:
            scan.append(r)
            continue
        anyfirst = {f for f, s in r.starts if s is None and not isinstance(f, tuple)}
        for first, second in r.starts:
            if isinstance(first, tuple):
                prefixes.append((first[1], r))
            elif second is None or first not in anyfirst:
                pairs.setdefault((first, second), []).append(r)
    return Dispatch(
        {k: tuple(sorted(set(v), key=lambda r: r.order)) for k, v in pairs.items()},
        tuple(sorted(set(prefixes), key=lambda p: (p[1].order, p[0]))),
        tuple(scan),
    )


__all__ = [
    "APOS_KEY", "DIGIT_KEYS", "TOKEN_RE", "Dispatch", "Rule", "dispatch", "rules", "token_key", "triggers", "unmet_needs"
]
