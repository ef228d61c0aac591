"""Events as reference points: "in the weeks before the shooting".

A story dates an event once ("Slepian was shot to death last Oct. 23", "the
caravan left on Oct. 13") and then measures other times from it ("his car
was seen in the weeks before the shooting", "two days after the departure").
The latest date of the text is the wrong anchor there; the date the event
was told with is the right one.

:class:`EventAnchors` follows the resolver through the text: ``note`` records,
for each family of event words (resources/timex/event_anchors.yaml), the
resolved date it was last told with; ``anchor_for`` returns that date for an
expression followed by "before / after / prior to ..." + a word of the family,
or for a time of day told in a clause about the event ("was shot to death at
10 p.m."; not "that same morning", which is the story's current day).  Only a few dozen characters around each dated expression are
read, so the cost stays linear in the number of expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract.text import alternation as _alt, in_relative_clause, lower_same_length
from timeline.models import ResolvedTimex, Timex
from timeline.resources import load_yaml

# granularities a told event may be dated with
_DATED = frozenset({"day", "part_of_day", "hour", "minute", "second", "week", "month", "season", "quarter", "half", "year"})
_NOT_BETWEEN = r"(?!(?:in|on|of|at|the|a|an|for|with|by|to|from|and|or|but|after|before)\b)"


@lru_cache(maxsize=None)
def _tables():
    data = load_yaml("timex/event_anchors.yaml")
    fam_of: dict[str, str] = {}
    nouns, verbs = [], []
    for fam, spec in data["families"].items():
        for w in spec.get("nouns", ()):
            fam_of[str(w).lower()] = fam
            nouns.append(w)
        for w in spec.get("verbs", ()):
            fam_of[re.sub(r"\s+", " ", str(w).lower())] = fam
            verbs.append(w)
    n, v = _alt(nouns), _alt(verbs)
    k = int(data["max_words_between"])
    rel = _alt(data["relations"])
    firsts = frozenset(str(w).lower().split()[0] for w in nouns + verbs)
    return {
        "firsts": firsts,
        "family": fam_of,
        # "the Oct. 23 sniper shooting", "Friday's clash"
        "noun_after": re.compile(rf"(?:['’]s)?\s+(?:{_NOT_BETWEEN}[a-z-]+\s+){{0,2}}?(?P<w>{n})\b"),
        # "the shooting on Oct. 23", "the departure of Oct. 13"
        "noun_before": re.compile(rf"\b(?P<w>{n})\s+(?:on|in|at|of)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$"),
        "verb": re.compile(rf"\b(?P<w>{v})\b"),
        # "... before the shooting", "... after Slepian was killed", "... prior to the caravan's departure"
        "relation": re.compile(rf"\s+(?:{rel})\s+(?:[\w.'’-]+\s+){{0,{k}}}?(?P<w>{n}|{v})\b"),
        # "the day after" + "the crossing": the relation word already ends the expression
        "object": re.compile(rf"\s+(?:[\w.'’-]+\s+){{0,{k}}}?(?P<w>{n}|{v})\b"),
        "ends_in_relation": re.compile(rf"(?:{rel})$"),
        "reach_before": int(data["verb_reach_before"]),
        "reach_after": int(data["verb_reach_after"]),
    }


_BREAK = re.compile(r"[;:!?]|[.](?=\s+[A-Z])|\n")
# "that same morning", "that evening": the story's current day, not an event told before
_ANAPHORIC = re.compile(r"(?:that|the\s+same)\b", re.I)
_WORDS = re.compile(r"[a-z]+")
JOURNEY_NIGHT = frozenset({"rel_first_night"})  # rules of a journey's first night (resources/timex/patterns.yaml)


class EventAnchors:
    """The date each event family was last told with, as the resolver goes."""

    def __init__(self, text: str, low: str | None = None):
        self.text = text
        self.low = low if low is not None else lower_same_length(text)  # lower-case patterns: no IGNORECASE scans
        self.dated: dict[str, ResolvedTimex] = {}

    def _family(self, word: str) -> str | None:
        return _tables()["family"].get(re.sub(r"\s+", " ", word.lower()))

    def note(self, rt: ResolvedTimex, lo: int, hi: int) -> None:
        """Record the families the resolved date ``rt`` (in the sentence [lo, hi)) tells the date of."""
        if rt.type not in ("DATE", "TIME"):
            return
        res = rt.resolution
        if not res.resolved or res.start is None or res.granularity not in _DATED:
            return
        t, text, low = _tables(), self.text, self.low
        # most dated expressions have no event word around them: one cheap word test first
        blo = max(lo, rt.start - t["reach_before"])
        if t["firsts"].isdisjoint(_WORDS.findall(low, blo, min(hi, rt.end + 40))):
            return
        fams: list[str] = []
        m = t["noun_after"].match(low, rt.end, min(hi, rt.end + 40))
        if m:
            fams.append(self._family(m.group("w")))
        m = t["noun_before"].search(low, max(lo, rt.start - 40), rt.start)
        if m:
            fams.append(self._family(m.group("w")))
        for m in t["verb"].finditer(low, blo, rt.start):
            if not _BREAK.search(text, m.end(), rt.start):
                fams.append(self._family(m.group("w")))
        m = t["verb"].search(low, rt.end, min(hi, rt.end + t["reach_after"]))
        # (not the main clause's verb after a relative clause's date: "the caravan that had left San Pedro Sula on
        # Oct. 13 reached the park")
        if m and not _BREAK.search(text, rt.end, m.start()) and not in_relative_clause(text, rt.start):
            fams.append(self._family(m.group("w")))
        for f in fams:
            if f:
                self.dated[f] = rt

    def anchor_for(self, tx: Timex, lo: int, hi: int, ref_in_sentence: bool) -> tuple[ResolvedTimex, str] | None:
        """(the event's date, the event word) to anchor ``tx`` on, or None."""
        if not self.dated:
            return None
        t, text, low = _tables(), self.text, self.low
        m = t["relation"].match(low, tx.end, min(hi, tx.end + 80))
        if m is None and t["ends_in_relation"].search(tx.text.lower()):
            m = t["object"].match(low, tx.end, min(hi, tx.end + 60))
        if m:
            fam = self._family(m.group("w"))
            if fam in self.dated:
                return self.dated[fam], m.group("w")
            return None
        if tx.rule in JOURNEY_NIGHT and "departure" in self.dated:
            # "The caravan that left Tapachula on Christmas Eve ... spent its first night in Álvaro Obregón": the
            # night of the day the journey began, not of the latest day told ("said Friday")
            return self.dated["departure"], "departure"
        if tx.type == "TIME" and not ref_in_sentence and not _ANAPHORIC.match(tx.text):
            # "Slepian ... was shot to death at 10 p.m.": the day of the event the clause tells, the nearest
            # event verb before it ("The caravan that had left ... on Oct. 13 reached the park a little after
            # four o'clock": the arrival's, not the departure's of the relative clause)
            verbs = list(t["verb"].finditer(low, max(lo, tx.start - t["reach_before"]), tx.start))
            m = verbs[-1] if verbs else None
            if m is not None and (fam := self._family(m.group("w"))) in self.dated and \
                    not _BREAK.search(text, m.end(), tx.start):
                return self.dated[fam], m.group("w")
        return None
