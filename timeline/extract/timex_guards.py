"""Context checks that a regular expression cannot express cheaply.

Each guard named by a rule in patterns.yaml (``guard: NAME``) looks at the
words around a candidate match and may reject it.  The word lists they use
live in resources/timex/guards.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.resources import load_yaml

_WORD_BEFORE = re.compile(r"([A-Za-z'’]+)[\s,]*$")
_WORD_AFTER = re.compile(r"^[\s,]*([A-Za-z'’]+)")


@lru_cache(maxsize=None)
def _lists() -> dict[str, frozenset[str]]:
    data = load_yaml("timex/guards.yaml")
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


def word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower().replace("’", "'") if m else ""


def word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end : end + 30])
    return m.group(1).lower().replace("’", "'") if m else ""


_BY_ID = frozenset({"date_month", "date_year", "date_year_open"})  # rules checked by id below


def check(name: str | None, rule_id: str, text: str, start: int, end: int, groups: dict) -> bool:
    """True if the match may stand."""
    if name is None and rule_id not in _BY_ID:
        return True
    L = _lists()
    span = text[start:end]
    low = span.lower()
    before = word_before(text, start)
    after = word_after(text, end)
    if rule_id == "date_month":
        m = (groups.get("m") or "").lower().rstrip(".")
        if m in L["ambiguous_bare_months"] and not groups.get("pmod") and before not in L["bare_month_cues"]:
            return False
    if rule_id == "date_year":
        y = int(groups["y"])
        if before in L["year_number_cues"]:
            return False
        if y < 1900 and before not in L["year_cues"]:
            return False
        if y > 2100:
            return False
    if rule_id == "date_year_open" and before in L["months"]:
        return False  # "October 1984 and later": the month-year rule takes it
    if name is None:
        return True
    if name == "season":
        if before not in L["season_cues"] and not low.startswith(("the ", "early", "late", "mid")):
            return False
        if after == "of" and low.endswith("fall"):
            return False
        if before in ("the", "a") and not low.startswith(("early", "late", "mid")) and low in ("fall", "spring"):
            return False
    elif name == "holiday":
        if not span[:1].isupper():
            return False
    elif name == "present":
        if low == "present" and before not in ("at",):
            return False
        if low in ("the moment",) and before not in ("at", "for"):
            return False
        if low == "current" and after in L["current_not_before"]:
            return False
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
        if before not in L["bare_unit_cues"] and after not in ("before", "after", "later", "earlier", "ago"):
            return False
    elif name == "the_period":
        if "Quarter" in span or "Period" in span[4:]:
            return False
        if rule_id == "date_the_year" and before not in L["the_year_cues"]:
            return False
        if rule_id == "date_the_quarter" and low == "the period" and before not in L["the_year_cues"]:
            return False
    elif name == "apostrophe_year":
        if before not in L["year_cues"]:
            return False
    elif name == "dawn":
        if low in ("the night",) and before not in L["night_cues"]:
            return False
    return True
