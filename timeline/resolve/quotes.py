"""Dated quotations as local anchors.

'"We will leave tomorrow," the organiser said on Monday.' -- the words in the
quote were spoken on Monday, so "tomorrow" is Tuesday, not the day after
publication.  A quotation gets the date of its attribution when the closing
quote is followed (in the same sentence) by a speech verb
(resources/timex/anchors.yaml) and a day-precise time expression; a quotation
opening right after that attribution's sentence is the same voice going on,
and gets the same date.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.extract.text import quotation_intro, speech_verbs
from timeline.models import Timex
from timeline.resolve import values
from timeline.resources import load_yaml

_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_ATTRIBUTION_REACH = 90
# how far the attribution clause may run on, to the quotation that goes on after it ('," she said on Friday, folding
# two navy skirts into a plastic bag with a name written on it in marker. "Yesterday, he says, ...')
_ATTRIBUTION_CLAUSE = 240
_QUOTE_MAX = 800
# closing mark -> opening mark
_PAIRS = (("”", "“"), ('"', '"'), ("''", "``"))


@lru_cache(maxsize=None)
def _titles() -> str:
    """The titles before a name whose point ends no clause ("Dr. Pérez said on Tuesday"): events/cues.yaml's
    honorifics."""
    words = load_yaml("events/cues.yaml")["honorifics"]
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _clause_end() -> re.Pattern:
    # (a semicolon opens another clause: "she said; most accounts put it on Friday"; not the point of "Dr.")
    return re.compile(rf"(?:\b(?:{_titles()})\.)|([.!?;\n])", re.IGNORECASE)


def _clause_end_in(text: str, lo: int, hi: int) -> re.Match | None:
    """The first end of a clause in text[lo:hi] (a title's point, "Dr.", is passed over)."""
    for m in _clause_end().finditer(text, lo, hi):
        if m.group(1):
            return m
    return None


@lru_cache(maxsize=None)
def _speech_rx() -> re.Pattern:
    return re.compile(rf"[\s,]*(?:(?:\b(?:{_titles()})\.|[^.!?\n\"“”]){{0,60}}?\b)?(?:{speech_verbs()})\b",
                      re.IGNORECASE)


_SPEAKER = r"(?:he|she|they|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"


@lru_cache(maxsize=None)
def _same_voice_rx() -> re.Pattern:
    verbs = speech_verbs()
    return re.compile(rf"\s*(?:{_SPEAKER}\s+(?:{verbs})|(?:{verbs})\s+{_SPEAKER})\s*\.\s*")


def same_voice_between(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi], between two quotations, only their speaker's attribution ('," he said. "', '," said Mr.
    Ortiz. "')?  Then the second goes on with the story of the first."""
    return _same_voice_rx().fullmatch(text, lo, hi) is not None


def _day_told(t: Timex, speech_day: date | None) -> date | None:
    """The day a DATE/TIME expression names, read on its own (a relative one from ``speech_day``, in the past)."""
    if _DAY.match(t.value):
        return date.fromisoformat(t.value[:10])
    if speech_day is not None and values.needs_anchor(t.value) == "dct":
        comp = values.complete(t.value, speech_day, "past")
        if _DAY.match(comp.value):
            return date.fromisoformat(comp.value[:10])
    return None


def intro_label(day: date, text: str, tid: str) -> str:
    """How a quotation dated by the day its introducing sentence tells says why."""
    return f"quotation dated {day} by '{text}' ({tid}), told before it"


def _quote_before(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation closing nearest before ``pos`` (at most _ATTRIBUTION_REACH
    before it): (start, end), its opening mark at most _QUOTE_MAX characters
    earlier on the same line, with something in between."""
    lo = max(0, pos - _ATTRIBUTION_REACH)
    best: tuple[int, int] | None = None
    for close, open_ in _PAIRS:
        c = text.rfind(close, lo, pos)
        if c < 0:
            continue
        line_start = text.rfind("\n", max(0, c - _QUOTE_MAX - len(open_)), c) + 1
        o = text.rfind(open_, max(line_start, c - _QUOTE_MAX - len(open_)), c - len(open_))
        if o < 0 or c - (o + len(open_)) < 1:
            continue
        span = (o, c + len(close))
        if best is None or span[1] > best[1]:
            best = span
    return best


def quote_anchors(text: str, timexes: list[Timex], speech_day: date | None):
    """(lo, hi, day, label) of every dated quotation.

    Driven by the expressions: a DATE/TIME expression with a day can date the
    quotation that closes just before its attribution ('"...," the organiser
    said on Monday'), so only the text right before each one is looked at --
    linear however many quotation marks a text holds.
    """
    from timeline.resolve.anchor import LocalAnchor

    out: list[LocalAnchor] = []
    if not timexes or not any(q in text for q in ("”", '"', "''")):
        return out
    rx = _speech_rx()
    done: set[tuple[int, int]] = set()
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        q = _quote_before(text, t.start)
        if q is None or q in done:
            continue
        qs, qe = q
        tail_end = min(len(text), qe + _ATTRIBUTION_REACH)
        if not rx.match(text, qe, tail_end):
            continue
        end = _clause_end_in(text, qe, min(len(text), qe + _ATTRIBUTION_CLAUSE))
        if t.start >= min(end.start() if end else tail_end, tail_end):
            continue  # not in the attribution clause
        # the first expression of the clause with a day dates the quotation
        if (day := _day_told(t, speech_day)) is None:
            continue
        done.add(q)
        out.append(LocalAnchor(qs, qe, day, "quote", f"quotation dated {day} by '{t.text}' ({t.id})"))
        if end is not None and text[end.start()] in ".!?" and (nq := _quote_after(text, end.end())) is not None:
            # '"... this morning in the dark," she said on Thursday, counting coins into a tin. "Yesterday they
            # bought two hundred from me."': the same voice goes on, on the same day
            done.add(nq)
            out.append(LocalAnchor(nq[0], nq[1], day, "quote",
                                   f"quotation dated {day} by '{t.text}' ({t.id}), the one before it going on"))
    return out


_OPENS_AFTER = re.compile(r"[ \t]*(``|[“\"])")
_CLOSER = {"``": "''", "“": "”", '"': '"'}


def _quote_after(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation opening right after ``pos`` (spaces only between) and closing on its line, at most
    _QUOTE_MAX characters on: (start, end)."""
    m = _OPENS_AFTER.match(text, pos)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    hi = min(len(text) if line_end < 0 else line_end, m.end() + _QUOTE_MAX)
    c = text.find(_CLOSER[m.group(1)], m.end() + 1, hi)
    return None if c < 0 else (m.start(1), c + len(_CLOSER[m.group(1)]))


_INTRO_REACH = 160  # characters from a day told before a speech verb to the quotation it introduces
_VERB_BEFORE = 45  # characters from a speech verb to the day told after it, before the colon ("said on Tuesday:")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


@lru_cache(maxsize=None)
def _said_colon() -> re.Pattern:
    # "she wrote: "...", "Ms. Ochoa said on Tuesday: "..." (the day between the verb and the colon)
    return re.compile(rf"\b(?:{speech_verbs()})\b[^.:;!?\"“\n]{{0,80}}?:\s*[“\"]")


def said_then_quote_anchors(text: str, timexes: list[Timex], speech_day: date | None):
    """(lo, hi, day, label) of quotations introduced in a sentence that told their day before them: "In a message
    to her mother on Dec. 26, which she showed this critic, she wrote: "Yesterday we walked 20 kilometres"" -- the
    words were written on 26 December, so "Yesterday" is the 25th."""
    from timeline.resolve.anchor import LocalAnchor

    out: list[LocalAnchor] = []
    if not timexes or not any(q in text for q in ("“", '"')):
        return out
    rx = _said_colon()
    spans = QuoteSpans(text)
    for i, t in enumerate(timexes):
        if t.type not in ("DATE", "TIME"):
            continue
        m = rx.search(text, max(0, t.start - _VERB_BEFORE), min(len(text), t.end + _INTRO_REACH))
        if m is not None and m.end() <= t.end:
            m = rx.search(text, t.end, min(len(text), t.end + _INTRO_REACH))
        if m is None or _SENTENCE_BREAK.search(text, t.end, m.start()) or (
                i + 1 < len(timexes) and timexes[i + 1].start < m.start()):
            continue  # (the last date before the speech verb, in its sentence)
        if (day := _day_told(t, speech_day)) is None:
            continue
        if (q := spans.at(m.end())) is not None:
            out.append(LocalAnchor(q[0], q[1], day, "quote", intro_label(day, t.text, t.id), day_of=t.id))
    return out


_OPENS_QUOTE = re.compile(r'[“"«]')
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d(?:T|$)")


def introduced_quote_anchors(text: str, timexes: list[Timex]):
    """Quotations set out as their own paragraph under a short line that dates them ("Source A: from a
    newspaper report published on Sunday 19 January 2020." then '"... Yesterday Mexico closed ..."'): the
    quotation is told from the line's date (its last full date)."""
    from timeline.resolve.anchor import LocalAnchor

    out: list[LocalAnchor] = []
    if not any(q in text for q in ("“", '"', "«")):
        return out
    last_of_line: dict[int, Timex] = {}
    for t in timexes:
        if t.type in ("DATE", "TIME") and _FULL_DAY.match(t.value):
            last_of_line[text.rfind("\n", 0, t.start) + 1] = t  # the line's last full date
    for lo, t in last_of_line.items():
        hi = text.find("\n", t.end)
        if hi < 0:
            continue
        j = hi + 1
        while j < len(text) and text[j] in "\n\r \t":
            j += 1
        if not _OPENS_QUOTE.match(text, j) or (intro := quotation_intro(text, j)) is None or intro[0] != lo:
            continue
        e = text.find("\n", j)
        day = date.fromisoformat(t.value[:10])
        out.append(LocalAnchor(j, len(text) if e < 0 else e, day, "quote",
                               f"quotation under a line dated {day} ('{t.text}', {t.id})"))
    return out


_QUOTE_MARKS = re.compile(r'[“”"]')
_CLOSING = re.compile(r'[”"]')


class QuoteSpans:
    """The quotation around a position, if any: marks are paired in turn within a paragraph ('"' opens and
    closes in turn, a paragraph break closes what is open).  Asked in text order, the text is read once:
    the marks up to the position asked, then the closing mark of a quotation found open there."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._para = -1  # start of the paragraph being read
        self._para_end = -1  # its end (found when first needed)
        self._upto = 0  # marks read up to here
        self._open = -1  # the opening mark still open at _upto
        self._span: tuple[int, int] | None = None  # the last quotation found

    def at(self, pos: int) -> tuple[int, int] | None:
        t = self._text
        if self._para < 0 or pos < self._upto or t.find("\n", self._upto, pos) >= 0:
            self._para = t.rfind("\n", 0, pos) + 1
            self._para_end, self._upto, self._open, self._span = -1, self._para, -1, None
        for m in _QUOTE_MARKS.finditer(t, self._upto, pos):
            c = m.group()
            if self._open < 0:
                if c != "”":
                    self._open = m.start()
            elif c != "“":
                self._open = -1
        self._upto = pos
        if self._open < 0:
            return None
        if self._span is not None and self._span[0] == self._open:
            return self._span if pos < self._span[1] else None
        if self._para_end < 0:
            e = t.find("\n", pos)
            self._para_end = len(t) if e < 0 else e
        m = _CLOSING.search(t, pos, self._para_end)
        self._span = (self._open, m.end() if m else self._para_end)
        return self._span
