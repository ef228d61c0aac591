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
    m["WEEKDAY"] = _alt(lex["weekdays"].keys())
    m["NUMWORD"] = _number_words(lex)
    m["FUZZY"] = _alt(lex["fuzzy_numbers"])
    m["ORDINAL"] = _alt(k for k in lex["ordinals"] if lex["ordinals"][k] > 0)
    m["UNIT"] = _alt(k for k in lex["units"] if not k.endswith("s"))
    m["UNITS"] = _alt(lex["units"].keys())
    m["POD"] = _alt(lex["parts_of_day"].keys())
    m["SEASON"] = _alt(lex["seasons"].keys())
    m["DIR"] = _alt(lex["directions"].keys())
    m["MOD"] = _alt(lex["mods"].keys())
    m["PMOD"] = _alt(lex["period_mods"].keys())
    m["FREQ"] = _alt(lex["frequencies"].keys())
    m["PRESENT"] = _alt(lex["present_ref"])
    m["PAST"] = _alt(lex["past_ref"])
    m["FUTURE"] = _alt(lex["future_ref"])
    m["HOLIDAY"] = _alt(lex["holidays"].keys())
    m["YEAR_BLOCKERS"] = _alt(lex["year_blockers"])
    for k, v in data["macros"].items():
        m[k] = v
    digits = data["macros"]["DIGITS"]
    m["NUMBER"] = rf"(?:\d+\s+1/2|{digits}|{m['NUMWORD']})"
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
                if tok not in _STOP and len(tok) > 1:
                    out.setdefault(tok, cls)

    add(lex["months"], "month")
    add(lex["weekdays"], "weekday")
    add(lex["units"], "unit")
    add(lex["parts_of_day"], "pod")
    add(lex["seasons"], "season")
    add(lex["frequencies"], "freq")
    add(lex["present_ref"], "ref")
    add(lex["past_ref"], "ref")
    add(lex["future_ref"], "ref")
    add(lex["holidays"], "holiday")
    add((k for k, v in lex["ordinals"].items() if v > 0), "ordinal")
    for w in lex["extra_triggers"]:
        w = str(w).lower()
        if w.endswith("days") and w[:-1] in lex["weekdays"]:
            out.setdefault(w, "weekday")
        else:
            out.setdefault(w.replace("o'", ""), w.replace("o'", ""))  # the word is its own class
    for tok in ("half", "fiscal", "clock"):
        out.setdefault(tok, tok)
    return {k: frozenset(v) for k, v in acc.items()}


@dataclass
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
    order: int = 0
    classes: frozenset[str] = field(default_factory=frozenset)
    needs: tuple[frozenset[str], ...] = ()  # each: one of these classes must be present

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


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    data = load_yaml(PATTERNS)
    out = []
    for i, r in enumerate(data["rules"]):
        raw = r["pattern"]
        vals = r["value"]
        out.append(
            Rule(
                id=r["id"],
                type=r["type"],
                regex=re.compile(expand(raw), re.IGNORECASE),
                values=tuple(vals) if isinstance(vals, list) else (vals,),
                mod=r.get("mod"),
                quant=r.get("quant"),
                freq=r.get("freq"),
                priority=int(r.get("priority", 0)),
                guard=r.get("guard"),
                type_if_pod=r.get("type_if_pod"),
                fuzzy=bool(r.get("fuzzy", False)),
                order=i,
                classes=_rule_classes(raw),
                needs=tuple(frozenset(str(n).split("|")) for n in r.get("needs", ())),
            )
        )
    return tuple(out)


TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")


def window_tokens(text: str, lo: int = 0, hi: int | None = None):
    """(start, end, class) of every trigger token of ``text[lo:hi]``."""
    get = trigger_sets().get
    digit = frozenset({"digit"})
    for mo in TOKEN_RE.finditer(text, lo, len(text) if hi is None else hi):
        tok = mo.group()
        if tok[0].isdigit():
            yield mo.start(), mo.end(), digit
            continue
        cls = get(tok.lower())
        if cls is not None:
            yield mo.start(), mo.end(), cls
