"""Sentence splitting with character offsets.

Paragraphs (line breaks) are hard boundaries -- headlines, captions and
bylines stand on their own lines in news copy -- and each paragraph is split
into sentences by blingfire's finite-state sentence breaker, which returns
offsets and runs in well under a millisecond per article.  A paragraph with
no sentence-final mark is one sentence (no call); one longer than any news
paragraph (a hostile input) is split by a plain rule (see _plain_offsets).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import blingfire

from timeline.extract.timex_build import trusted
from timeline.models import Sentence

_PARA = re.compile(r"[^\n]+")
_WORDY = re.compile(r"\w")
# Without one of these a paragraph is a single sentence: blingfire is not called.
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u061f\u0964]")
# blingfire spends about 2 microseconds per character on long runs of marks
# ("[[[[..."); a paragraph longer than any news paragraph is split by a plain
# rule instead: after sentence-final marks (and closing quotes or brackets)
# followed by white space.
_LONG_PARAGRAPH = 20_000
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
                _, offsets = blingfire.text_to_sentences_and_offsets(chunk)
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


def lower_same_length(text: str) -> str:
    """``text`` lower-cased, offset for offset (a few characters, such as
    'İ', lower-case to two; they are kept as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
