"""Sentence splitting with character offsets.

Paragraphs (line breaks) are hard boundaries -- headlines, captions and
bylines stand on their own lines in news copy -- and each paragraph is split
into sentences by blingfire's finite-state sentence breaker, which returns
offsets and runs in well under a millisecond per article.  A paragraph with
no sentence-final mark is one sentence (no call); one longer than any news
paragraph (a hostile input) is split by a plain rule (see _plain_offsets).

blingfire's Python wrapper maps the library's UTF-8 byte offsets back to
string offsets with a Python loop over every byte of the paragraph, which cost
more than the sentence breaking itself; ``_blingfire_offsets`` calls the
library the same way and maps only the offsets it returned (the same mapping,
see there).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from functools import lru_cache
from ctypes import byref, c_char_p, c_int, c_int32, create_string_buffer, memset

import blingfire

from timeline.extract.timex_build import trusted
from timeline.models import Sentence, Timex
from timeline.resources import load_yaml

_PARA = re.compile(r"[^\n]+")
_WORDY = re.compile(r"\w")
# Without one of these a paragraph is a single sentence: blingfire is not called.
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u061f\u0964]")
# blingfire spends about 2 microseconds per character on long runs of marks
# ("[[[[..."); a paragraph longer than any news paragraph is split by a plain
# rule instead: after sentence-final marks (and closing quotes or brackets)
# followed by white space.
_LONG_PARAGRAPH = 20_000
# a sentence the splitter glued to the one before because it opens with an initialism: "... for help.
# U.S. Customs said ..." (a lower-case word and a full stop end the first)
# a sentence the splitter left joined to the one before: one opening with an initialism ("... in Tijuana. U.S.
# officials said"), or with a number or a date after a lower-case word ("The old roster book says it in our
# own shorthand. 19-X-2018: the first caravan ...")
_INITIALISM_START = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z]\.[A-Z]\.|\d)")
_NOT_SENTENCE_END = frozenset({"etc", "vs", "approx", "incl", "esp", "viz"})
# lower-case abbreviations a number follows ("no. 3", "pp. 12", "approx. 300"): no sentence ends there
_NOT_BEFORE_NUMBER = frozenset({"no", "nos", "nr", "vol", "vols", "pp", "art", "arts", "fig", "figs", "km", "ca", "ed",
                                "eds", "tel", "ext", "ch", "sec", "par", "para", "op", "cit", "ibid", "al", "st", "ave",
                                "rd", "jr", "sr", "min", "max", "hr", "hrs", "oz", "lb", "lbs", "ft", "mi", "kg"})
_PLAIN_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'”’)\]]*\s+")


# "Oct.", "Mr.", "U.S.", "p.m.": a period after these ends no sentence
_ABBREVIATION = re.compile(r"(?:^|[\s(\"“])(?:[A-Z][a-z]{0,3}|[a-z]|(?:[A-Za-z]\.)+[A-Za-z])$")


def _plain_offsets(chunk: str) -> list[tuple[int, int]]:
    out = []
    a = 0
    for mo in _PLAIN_BOUNDARY.finditer(chunk):
        p = mo.start()
        if chunk[p] == "." and _ABBREVIATION.search(chunk, max(0, p - 12), p):
            continue
        out.append((a, p + len(mo.group().rstrip())))
        a = mo.end()
    if a < len(chunk):
        out.append((a, len(chunk)))
    return out


_LIB = getattr(blingfire, "blingfire", None)  # the ctypes library the wrapper calls
_BREAK = getattr(_LIB, "TextToSentencesWithOffsets", None)


class _Buffers(threading.local):
    """Output buffers for the library, reused by the paragraphs of one thread (allocating them, as the
    wrapper does on every call, cost more than the call itself).  Paragraphs longer than ``size``
    bytes get buffers of their own."""

    size = 8192

    def __init__(self) -> None:
        cap = 2 * self.size
        self.out = create_string_buffer(cap + 1)
        self.starts = (c_int32 * cap)()
        self.ends = (c_int32 * cap)()


_BUFFERS = _Buffers()


def _blingfire_offsets(chunk: str) -> list[tuple[int, int]]:
    """``blingfire.text_to_sentences_and_offsets(chunk)[1]``, computed the same way, faster.

    The call is the wrapper's (same arguments, output buffers zeroed as the wrapper's new ones are).
    The library returns each sentence's first byte and last byte (UTF-8 offsets); the wrapper turns
    them into string offsets [start, end) by walking the bytes: an offset is matched at the
    character that starts at that byte (an end offset at the byte after it), in order; one offset
    left unmatched at the end becomes the string's length.  Here each offset is converted directly.
    Anything else the walk would meet (offsets out of order or inside a character: it then fails an
    assertion) is left to the wrapper itself, so the result and the errors stay the wrapper's.
    """
    if _BREAK is None:  # pragma: no cover - another blingfire build: use its wrapper
        return blingfire.text_to_sentences_and_offsets(chunk)[1]
    data = chunk.encode("utf-8")
    n = len(data)
    cap = n * 2
    if n <= _Buffers.size:
        buf = _BUFFERS
        out_bytes, starts, ends = buf.out, buf.starts, buf.ends
        memset(out_bytes, 0, cap + 1)
        memset(starts, 0, 4 * cap)
        memset(ends, 0, 4 * cap)
    else:
        out_bytes = create_string_buffer(cap)
        starts = (c_int32 * cap)()
        ends = (c_int32 * cap)()
    got = _BREAK(c_char_p(data), c_int(n), byref(out_bytes), byref(starts), byref(ends), c_int(cap))
    if got == -1 or got > cap:
        return []
    count = out_bytes.value.count(b"\n") + 1
    ascii_only = n == len(chunk)
    flat: list[int] = []
    last = 2 * count - 1
    prev_byte = prev_char = 0
    for p, (u, s) in enumerate(zip(starts[:count], ends[:count])):
        for q, b in ((2 * p, u), (2 * p + 1, s + 1)):
            if prev_byte <= b < n and (ascii_only or data[b] & 0xC0 != 0x80):
                if not ascii_only:
                    prev_char += len(data[prev_byte:b].decode("utf-8"))
                flat.append(b if ascii_only else prev_char)
                prev_byte = b
            elif q == last:
                flat.append(len(chunk))
            else:
                return blingfire.text_to_sentences_and_offsets(chunk)[1]
    return list(zip(flat[::2], flat[1::2]))


LIST_NUMBER = re.compile(r"[ \t]*\(?\d{1,3}[.)]")  # a numbered paragraph's number, "3." or "(3)"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` as offsets; every non-blank character is in one."""
    out: list[Sentence] = []
    for para in _PARA.finditer(text):
        chunk = para.group()
        if not chunk.strip():
            continue
        base = para.start()
        if _SENTENCE_END.search(chunk) is None:
            offsets = [(0, len(chunk))]
        elif len(chunk) > _LONG_PARAGRAPH:
            offsets = _plain_offsets(chunk)
        else:
            try:
                offsets = _blingfire_offsets(chunk)
            except Exception:  # pragma: no cover - defensive: the C library refused the input
                offsets = []
        if not offsets:
            offsets = [(0, len(chunk))]
        prev_end = 0
        spans: list[tuple[int, int]] = []
        for a, b in offsets:
            a = max(a, prev_end)
            if b <= a:
                continue
            spans.append((a, b))
            prev_end = b
        # keep any tail the splitter dropped inside the last sentence
        if spans and spans[-1][1] < len(chunk.rstrip()):
            spans[-1] = (spans[-1][0], len(chunk.rstrip()))
        if ". " in chunk and _INITIALISM_START.search(chunk):
            spans = _split_initialisms(chunk, spans)
        if len(spans) > 1 and LIST_NUMBER.fullmatch(chunk[spans[0][0] : spans[0][1]].strip()):
            spans[:2] = [(spans[0][0], spans[1][1])]  # "3. On Monday, the fifteenth, we crossed": one sentence
        for a, b in spans:
            seg = chunk[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if lead + trail >= len(seg):
                continue
            start, end = base + a + lead, base + b - trail
            if out and not _WORDY.search(text, start, end) and out[-1].end >= base:
                # a lone closing quote or bracket belongs to the sentence before
                out[-1] = _sentence(out[-1].index, out[-1].start, end)
                continue
            out.append(_sentence(len(out), start, end))
    return out


def _split_initialisms(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _INITIALISM_START.finditer(chunk, a, b):
            word = re.search(r"([A-Za-z]+)[.!?]$", chunk[max(a, m.start() - 12) : m.start()])
            if word is None or word.group(1).lower() in _NOT_SENTENCE_END:
                continue
            if chunk[m.end()].isdigit() and (not word.group(1).islower() or word.group(1) in _NOT_BEFORE_NUMBER):
                continue  # "Jan. 5", "No. 3", "pp. 12"
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _sentence(index: int, start: int, end: int) -> Sentence:
    return trusted(Sentence, {"index": index, "start": start, "end": end})


def sentence_at(sentences: list[Sentence], offset: int, starts: list[int] | None = None) -> int:
    """Index of the sentence containing ``offset`` (or the one before it).

    ``starts`` (the sentences' start offsets, in order) saves rebuilding it
    when many offsets are looked up.
    """
    if not sentences:
        return 0
    if starts is None:
        starts = [s.start for s in sentences]
    i = bisect_right(starts, offset) - 1
    return sentences[max(i, 0)].index


def alternation(words) -> str:
    """Words or phrases of a resource list as one regex alternation: lower case, longest first, any run of spaces
    between a phrase's words (for patterns compiled with ``re.I``)."""
    ws = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


@lru_cache(maxsize=None)
def speech_verbs() -> str:
    """The speech verbs of timex/anchors.yaml ("said", "told", "wrote") as one regex alternation, longest first."""
    return alternation(load_yaml("timex/anchors.yaml")["speech_verbs"])


@lru_cache(maxsize=None)
def speech_before() -> re.Pattern:
    """A speech verb right before a day ("said on Saturday", "told reporters Friday", "said in an interview on
    Tuesday": timex/anchors.yaml's ``speech_verbs`` and ``speech_manner``): the day of the telling."""
    manner = alternation(load_yaml("timex/anchors.yaml")["speech_manner"])
    return re.compile(rf"\b(?:{speech_verbs()})(?:\s+(?:{manner}))?\s+(?:on\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def speech_words() -> frozenset[str]:
    """The same speech verbs as a set of lower-case words."""
    return frozenset(str(w).lower() for w in load_yaml("timex/anchors.yaml")["speech_verbs"])


def lower_same_length(text: str) -> str:
    """``text`` lower-cased, offset for offset (a few characters, such as
    'İ', lower-case to two; they are kept as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=None)
def of_time_nouns() -> frozenset[str]:
    """Nouns after which "<noun> of <date>" is still a time of the clause ("the night of Oct. 19"); after any
    other noun the date is that noun's ("the earthquake of September 2017"): timex/anchors.yaml."""
    return frozenset(str(w) for w in load_yaml("timex/anchors.yaml")["of_time_nouns"])


_NOUN_OF = re.compile(r"([A-Za-z]+)\s+of\s+$")
_RANKED_OF = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes)\s+the\s+"
                        r"(?:first|last|second|third|largest|biggest|smallest|longest)\s+of\s+$", re.IGNORECASE)


_INTRO_MAX = 160  # a line that introduces a quotation set out below it is short
_QUOTE_MARK = re.compile(r'[“”"«»]')


def quotation_intro(text: str, quote_start: int) -> tuple[int, int] | None:
    """(start, end) of the short line right above a quotation set out as its own paragraph (its opening mark
    at ``quote_start`` opens its line): "Source A: from a newspaper report published on Sunday 19 January
    2020." above '"Yesterday Mexico closed ..."'.  None when the quotation does not open its line, or the line
    above is long or itself quotes."""
    lo = text.rfind("\n", 0, quote_start) + 1
    if text[lo:quote_start].strip():
        return None
    j = lo - 1
    while j > 0 and text[j - 1] in "\n\r \t":
        j -= 1
    if j <= 0:
        return None
    plo = text.rfind("\n", 0, j) + 1
    if j - plo > _INTRO_MAX or _QUOTE_MARK.search(text, plo, j):
        return None
    return plo, j


_LIKENED = re.compile(r"\b(?:as|like|than)\s+(?:in|on|at|during)\s+$", re.I)


def likened(text: str, start: int) -> bool:
    """Is the expression at ``start`` a time something is likened to ("left from the same park as in October",
    "more than in 2018"), not the time of the clause around it?"""
    return _LIKENED.search(text, max(0, start - 12), start) is not None


def dates_a_noun(text: str, start: int) -> bool:
    """Does the expression at ``start`` date the noun right before "of" ("still scarred by the earthquake of
    September 2017", "the elections of November"), not the clause around it ("the night of Oct. 19" is a
    time of the clause: ``of_time_nouns``)?"""
    m = _NOUN_OF.search(text, max(0, start - 30), start)
    if m is not None and _RANKED_OF.search(text, max(0, start - 40), start):
        return True  # "The caravan ... was the first of the year": the caravan's rank, no time of the clause
    return m is not None and m.group(1).lower() not in of_time_nouns()


_HEADLINE_MAX = 160  # characters: a first line this short, without a full stop, above other lines is a headline


def headline_end(text: str) -> int:
    """The end of the text's headline (its first line, short, with no full stop, with lines below it); 0 if none."""
    e = text.find("\n", 0, _HEADLINE_MAX + 1)
    return e if e > 0 and text[:e].rstrip()[-1:] not in (".", "!", "?") and text[e:].strip() else 0


def timestamp_line(text: str, start: int, end: int) -> bool:
    """Is the expression at [start, end) a page's time stamp, a line of its own with at most three other
    words ("Tue 19 Jan 2021 11.02 GMT", "Updated 6:41 p.m. ET Nov. 26, 2018")?  It dates the page, not the
    headline above it nor the story."""
    # (a short line: the search for its ends never reaches further than 80 characters)
    lo = text.rfind("\n", max(0, start - 80), start)
    if lo < 0 and start > 80:
        return False
    hi = text.find("\n", end, end + 80)
    if hi < 0 and len(text) > end + 80:
        return False
    rest = text[lo + 1 : start] + " " + text[end : len(text) if hi < 0 else hi]
    return len(rest.split()) <= 3 and not rest.strip().endswith(".")


_ENTRY_BULLETS = " \t-–—•*·"  # a timeline entry may be a list item ("- Oct. 13, 2018: ...")
_LABEL_AFTER = re.compile(r"\s*(?::|—|–|\s-\s)")  # "Oct. 13: ...", "Oct. 13 — ..."
_HEADING_AFTER = re.compile(r"\s*(?:[,.:·•|]|—|–|\s-\s)")  # ... and "Oct. 31, Juchitán. ...", "THU 17 JAN · shift 07:30"


# a past verb, as the clause checks below read one
_PAST_VERB = r"[a-z]+ed|left|set|fled|came|went|began|ran|took|met|heard|saw|quit"
# "the caravan that left San Pedro Sula on Wednesday": a relative pronoun, its past verb, no clause break since
_RELATIVE_VERB_BEFORE = re.compile(
    r"\b(?:that|who|which|whose\s+[a-z]+)\s+(?:had\s+)?(?:" + _PAST_VERB + r"|begun)\b"  # ("whose walk had begun")
    r"(?:(?!\b(?:was|were|is|are|has|have)\b)[^,;.:!?\n])*$")  # (the main clause's verb ends the relative one)


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
# "until the 30th", "through Wednesday": the word that makes the expression after it an end point
UNTIL_BEFORE = re.compile(r"\b(?:through|until|till|thru)\s+(?:the\s+)?$", re.I)


def after_by(text: str, start: int) -> bool:
    """Is the expression at ``start`` right after "by" ("by nightfall", "By Monday ... had been sent back"): a time
    something was done by?"""
    return _BY_BEFORE.search(text, max(0, start - 4), start) is not None


# "where the Hondurans had been turned back": a relative clause in the pluperfect, its "had" at most four words after
# the relative word, right before the verb looked from
_PLUPERFECT_RELATIVE = re.compile(r"\b(?:where|when|which|who|whom)\s+(?:[\w'’-]+\s+){0,4}?had\s+"
                                  r"(?:already\s+|just\s+)?(?:been\s+)?$")
_PLUPERFECT_RELATIVE_BACK = 60  # characters before the verb in which its pluperfect relative clause opens


def pluperfect_relative_before(text: str, pos: int, lo: int = 0) -> re.Match | None:
    """The opening of the pluperfect relative clause the verb at ``pos`` is told in ("Yesterday she wrote two lines
    ... from checkpoints on the highway where the Hondurans had been turned back": an earlier event than its
    sentence's time), if it opens at or after ``lo``; else None."""
    return _PLUPERFECT_RELATIVE.search(text, max(lo, pos - _PLUPERFECT_RELATIVE_BACK), pos)


def in_relative_clause(text: str, start: int) -> bool:
    """Is the expression at ``start`` inside a relative clause opened by its past verb ("the caravan that left
    San Pedro Sula on Wednesday", "who had crossed three days earlier")?  Its time is that verb's."""
    return _RELATIVE_VERB_BEFORE.search(text, max(0, start - 60), start) is not None


# "that had left San Pedro Sula three days earlier reached the Mexican border and found the bridge closed": after
# the date that closes a relative clause, the main clause's past verb, and no clause break before the mention
_MAIN_VERB_AFTER = re.compile(
    r"\s+(?:" + _PAST_VERB + r"|found|made|got|was|were)\b[^,;.:!?\n]*$")


def main_clause_after(text: str, end: int, start: int) -> bool:
    """Is the text from ``end`` (a relative clause's closing date) to ``start`` (a mention) the main clause's
    verb chain, or nothing?"""
    between = text[end:start]
    return not between.strip() or _MAIN_VERB_AFTER.match(between) is not None


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the line holding offset ``pos`` (without its line break)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, (len(text) if hi < 0 else hi)


def opens_line(text: str, start: int, end: int, heading: bool = False) -> bool:
    """Does the expression at [start, end) open its line (list bullets aside) and stand before a colon or a
    dash, as a timeline entry's date does ("Oct. 13: The group sets out")?  With ``heading``, a comma or a
    period after it will do too (a diary entry: "Oct. 31, Juchitán. After resting on Tuesday ...")."""
    lo = text.rfind("\n", 0, start) + 1
    if text[lo:start].strip(_ENTRY_BULLETS):
        return False
    return bool((_HEADING_AFTER if heading else _LABEL_AFTER).match(text, end))


_INSERTION_OPENER = re.compile(r",\s*([A-Za-z]+)(?:\s+([A-Za-z]+))?[^,;:.!?\n]*$")
_DATE_OPENS_RELATIVE = re.compile(r"\s+(?:on|in|at|by|during)\s+")  # "which on Jan. 15, 2020, started"
_DATE_OPENS_PARTICIPLE = re.compile(r"\s+(?:(?:on|from|in)\s+)?")  # ", starting on the 17th," ", beginning Jan. 17,"


@lru_cache(maxsize=None)
def time_participles() -> frozenset[str]:
    """Participles that open a phrase timing the verb after it (", starting on the 17th,"):
    timex/anchors.yaml."""
    return frozenset(str(w) for w in load_yaml("timex/anchors.yaml")["time_participles"])


@lru_cache(maxsize=None)
def participle_openers() -> frozenset[str]:
    """Words that open a participle phrase (", after waiting on the bridge since Friday,"): timex/anchors.yaml."""
    return frozenset(str(w) for w in load_yaml("timex/anchors.yaml")["participle_openers"])


def in_insertion(text: str, start: int, end: int, before: int) -> bool:
    """Is the expression at [start, end) inside a phrase set off by commas that ends before position
    ``before`` and opens with a participle or a relative pronoun ("the migrants, who had waited since Friday,
    crossed", "troops, deployed under a deal struck the previous June, blocked")?"""
    if end >= before or "," not in text[end:before]:
        return False
    m = _INSERTION_OPENER.search(text, max(0, start - 160), start)
    if m is None:
        return False
    w = m.group(1).lower()
    if w.endswith("ed") and m.start() > 0 and text[m.start() - 1].isdigit():
        return False  # "It left on Saturday, Oct. 13, pushed through ... and reached": a verb of the chain
    if w in time_participles() and _DATE_OPENS_PARTICIPLE.fullmatch(text, m.end(1), start):
        return False  # "officers at the bridge, starting on the 17th, gave ... papers": the verb's own date
    if w in ("who", "which") and _DATE_OPENS_RELATIVE.fullmatch(text, m.end(1), start):
        return False  # "the January column, which on Jan. 15, 2020, started from San Pedro Sula": the relative
        # clause's own date, before its verb
    if w in participle_openers() and (m.group(2) or "").lower().endswith("ing"):
        return True  # "On the following Saturday, after waiting on the bridge since Friday, he crossed"
    return w.endswith(("ed", "ing")) or w in ("who", "which", "whose")


# ", which had left on Oct. 13", ", the one whose walk had begun on Oct. 13": a relative clause opened after a comma
_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:the\s+(?:one|ones|group|caravan)\s+)?(?:who|which|whose|where)\b"
                                  r"(?:[^,;:.!?\n]|\.(?=\s*[a-z0-9]))*$")  # ("on Oct. 13": an abbreviation's period)


def opens_insertion(text: str, end: int, before: int) -> bool:
    """Does a relative clause set off by a comma open between ``end`` (a fronted date's end) and ``before`` (the
    end of a trigger inside it), unclosed ("And on Oct. 20 the first caravan, the one whose walk had begun on
    Oct. 13 ..., came over")?  The date is the main clause's, not that clause's verb's."""
    return end < before and _RELATIVE_AFTER_COMMA.search(text, end, before) is not None


# a dateline before a story's first words ("SAN PEDRO SULA, Honduras — ", "TECÚN UMÁN, Guatemala — "), as a pattern
# to build on
DATELINE_HEAD = r"(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]+(?:,[ \t]*[A-Z][\w .'’-]*)?[ \t]*[—–-][ \t]*)"
YEAR_OF_DATE = re.compile(r"^DCT:Y([+-]\d+)$")  # "last year", "next year" as the extractor values them
_OF_GAP = re.compile(r"\s*(?:of\s+)?")


def gives_year_of(text: str, date_end: int, year: Timex) -> bool:
    """Does ``year`` ("last year", "next year") right after a date ending at ``date_end`` only give that date's
    year ("on Christmas Eve last year", "Oct. 12 of next year")?"""
    return YEAR_OF_DATE.match(year.value) is not None and right_before(text, date_end, year)


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


def year_owns(text: str, year: Timex, date_start: int) -> bool:
    """Is ``year`` ("last year", "next year") the possessive right before a date starting at ``date_start``, giving
    only its year ("last year's Christmas Eve")?"""
    return YEAR_OF_DATE.match(year.value) is not None and \
        _POSSESSIVE_GAP.fullmatch(text, year.end, date_start) is not None


_THAT_SEASON = re.compile(r"^REF:(?:SP|SU|FA|WI)=$")


def that_year_of(text: str, date_end: int, year: Timex) -> bool:
    """Is ``year`` "that year" (or "that spring") right after a date ending at ``date_end`` ("from Nov. 16 that
    year", "On March 25 of that spring"), giving it the year of the story's time?"""
    return (year.value == "REF:Y+0" or _THAT_SEASON.match(year.value) is not None) and \
        right_before(text, date_end, year)


def right_before(text: str, date_end: int, year: Timex) -> bool:
    """Does a date ending at ``date_end`` stand right before ``year``, perhaps with "of" between ("Nov. 16 that
    year", "Oct. 12 of next year")?"""
    return _OF_GAP.fullmatch(text, date_end, year.start) is not None
