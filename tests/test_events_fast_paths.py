"""The event extractor's fast paths give what the plain definitions give.

Several steps of the extractor skip work they can prove useless (issue 6): the tokenizer reads the
white space with each token and classifies each distinct token string once, clause segments are only
worked out at the tokens that can change them, segment runs are recorded while segmenting, a
statement trigger is checked for a topic and an official before its clause is read.  These tests
hold each fast path to the plain definition it replaces, on the seed articles, wire-style text and
generated strings.
"""

from __future__ import annotations

import json
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import event_context
from timeline.extract.event_context import segment_bounds, segment_hits, segments
from timeline.extract.event_lexicon import _TOKEN, tokenize
from timeline.extract.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]

WIRE = (
    "TAPACHULA, Mexico (AP) — About 2,000 Central American migrants set off again on Friday. "
    "The caravan, which left San Pedro Sula on Oct. 13, reached Huixtla the day after; "
    "two days later they crossed into Oaxaca -- slowly -- and rested. If they reach the U.S. border, "
    "officials said, they will seek asylum. “We don’t stop,” said María José, 34.\n"
    "Photo: migrants walk near Ciudad Hidalgo, Mexico, Sunday, Oct. 21, 2018."
)


def _texts() -> list[str]:
    out = [WIRE]
    for p in sorted((ROOT / "fixtures").glob("*/*.json")):
        out.append(json.loads(p.read_text(encoding="utf-8")).get("text") or "")
    return out


def _plain_tokens(text: str, start: int = 0, end: int | None = None):
    """The tokenizer's definition: every match of the token pattern, found in the text after the last
    one; "Friday." is "Friday" and "." unless the word has an inner dot ("U.S.")."""
    end = len(text) if end is None else end
    out = []
    pos = start
    for t in _TOKEN.findall(text, start, end):
        a = text.find(t, pos)
        pos = b = a + len(t)
        if t[0].isalnum() or t[0] == "_":
            if t[-1] == "." and len(t) > 1 and t.count(".") == 1:
                w = t[:-1]
                out.append((w, w.lower().replace("’", "'"), a, b - 1, True))
                out.append((".", ".", b - 1, b, False))
                continue
            out.append((t, t.lower().replace("’", "'"), a, b, True))
        else:
            out.append((t, "'" if t == "’" else t.lower(), a, b, False))
    return out


def _ours(text: str, start: int = 0, end: int | None = None):
    toks = tokenize(text, start, end)
    assert [t.index for t in toks] == list(range(len(toks)))
    return [(t.text, t.low, t.start, t.end, t.word) for t in toks]


def test_tokenizer_matches_its_definition_on_articles():
    for text in _texts():
        assert _ours(text) == _plain_tokens(text)
        assert _ours(text, 5, len(text) - 7) == _plain_tokens(text, 5, len(text) - 7)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z1 2.,'’-–_\t\n\u00a0\u2009é%$“”\u0301ΩİK\x1f:;")), max_size=50))
def test_tokenizer_matches_its_definition_on_generated_text(text):
    assert _ours(text) == _plain_tokens(text)


def test_tokenizer_is_linear_on_trailing_and_long_white_space():
    """White space is read with the token after it; trailing white space is left out of the scan, so a
    long run of it costs no backtracking."""
    import time

    for text in (" " * 400_000, "word" + " " * 400_000, ("a" + " " * 50) * 8_000):
        t0 = time.process_time()
        toks = tokenize(text)
        assert time.process_time() - t0 < 1.0
        assert [t.text for t in toks] == regex.findall(r"\S+", text)


def _plain_bounds(seg: list[int], ti: int) -> tuple[int, int]:
    a = ti
    while a > 0 and seg[a - 1] == seg[ti]:
        a -= 1
    b = ti + 1
    while b < len(seg) and seg[b] == seg[ti]:
        b += 1
    return a, b


def test_segments_from_the_article_positions_and_their_runs():
    for text in _texts():
        toks = tokenize(text)
        lows = [t.low for t in toks]
        hits = segment_hits(lows)
        starts = [t.start for t in toks]
        for s in split_sentences(text):
            a = next((k for k, x in enumerate(starts) if x >= s.start), len(toks))
            b = next((k for k, x in enumerate(starts) if x >= s.end), len(toks))
            sent = toks[a:b]
            if not sent:
                continue
            event_context.remember_lows(sent, lows[a:b])
            seg = segments(sent, [h - a for h in hits if a <= h < b])
            # the same segments when the positions are found again from the sentence
            assert segments(list(sent)) == seg
            # the runs recorded while segmenting are the runs of the segment ids
            for ti in range(len(sent)):
                assert segment_bounds(seg, ti) == _plain_bounds(seg, ti)
            # and after the cache forgot them
            event_context._BOUNDS.clear()
            assert [segment_bounds(seg, ti) for ti in range(len(sent))] == \
                [_plain_bounds(seg, ti) for ti in range(len(sent))]


def test_clause_segments_on_wire_text():
    sent = tokenize("After crossing the border, the migrants rested in Tapachula, where they slept, "
                    "and two days later they walked on.")
    seg = segments(sent)
    words = [(t.text, seg[i]) for i, t in enumerate(sent)]
    by_word = dict(words)
    # "After crossing the border," is a sentence-initial clause; the main clause resumes at the comma
    assert by_word["After"] == by_word["border"] != by_word["migrants"]
    # ", where they slept," is a relative clause; "two days later" opens a new segment
    assert by_word["where"] == by_word["slept"] != by_word["Tapachula"]
    assert by_word["two"] == by_word["walked"] != by_word["slept"]


def test_texts_split_at_white_space_only_where_both_definitions_agree():
    """The tokenizer splits a text at white space first only when every white-space character in it is
    white space both to ``str.split`` and to the token pattern: any other one sends the text to the
    whole-text scan (checked for every code point)."""
    from timeline.extract.event_lexicon import _AGREED_SPACE, _OTHER_SPACE

    space = regex.compile(r"\s")
    for c in _AGREED_SPACE:
        assert c.isspace() and space.match(c)
    for c in map(chr, range(0x110000)):
        if (c.isspace() or space.match(c)) and c not in _AGREED_SPACE:
            assert _OTHER_SPACE.match(c), hex(ord(c))
        elif c not in _AGREED_SPACE:
            assert not _OTHER_SPACE.match(c), hex(ord(c))
    assert _ours("a\x1fb c") == _plain_tokens("a\x1fb c")  # U+001F is white space to Python only
