"""The sentence splitter's own call of blingfire gives exactly the wrapper's offsets.

``timeline.extract.text._blingfire_offsets`` calls the blingfire library as its Python wrapper
``blingfire.text_to_sentences_and_offsets`` does, reusing its output buffers and converting only the
returned offsets from UTF-8 bytes to string offsets; these tests hold it to the wrapper's results
(and errors) on real paragraphs, multi-byte text and generated strings.
"""

from __future__ import annotations

import json
from pathlib import Path

import blingfire
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.text import _Buffers, _blingfire_offsets, split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _wrapper(chunk: str):
    try:
        return blingfire.text_to_sentences_and_offsets(chunk)[1]
    except Exception as e:  # the same error type is expected from both
        return type(e)


def _ours(chunk: str):
    try:
        return _blingfire_offsets(chunk)
    except Exception as e:
        return type(e)


def _paragraphs() -> list[str]:
    out = []
    for p in sorted((ROOT / "fixtures").glob("*/*.json")):
        text = json.loads(p.read_text(encoding="utf-8")).get("text") or ""
        out += [x for x in text.split("\n") if x.strip()]
    return out


def test_real_paragraphs_match_the_wrapper():
    paras = _paragraphs()
    assert len(paras) > 20
    for para in paras:
        assert _ours(para) == _wrapper(para), para


@pytest.mark.parametrize("chunk", [
    "Migrants left San Pedro Sula on Friday. They reached Tecún Umán two days later.",
    "“We are tired,” said María José. “¿Qué vamos a hacer?” She walked on — slowly.",
    "The caravan… stopped. Then it went on!",
    "Emoji 👍 first. Then 👍👍 again? Yes.",
    "日本語の文。次の文。",
    "U.S. officials said about 7,000 people were in the caravan. Mr. Trump disagreed.",
    "No final mark here",
    ". . .",
    "x\x00y. z.",
    "\ud800 a lone surrogate. Second.",
    "A sentence in a long paragraph. " * 400,  # longer than the reused buffers
    "Él. " * 2500,
])
def test_edge_paragraphs_match_the_wrapper(chunk):
    assert _ours(chunk) == _wrapper(chunk)


def test_reused_buffers_leave_nothing_behind():
    """A long paragraph, then short ones, then a paragraph over the reuse limit: every result is the
    wrapper's (no output of an earlier call is read again)."""
    long = "Una oración larga con acentos, señor. " * (_Buffers.size // 40)
    seq = [long, "Short.", "Two. Parts.", long[: len(long) // 2], "É.", "x" * (_Buffers.size + 10) + ". y."]
    for chunk in seq + seq[::-1]:
        assert _ours(chunk) == _wrapper(chunk)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z.!?…,;\t\u00a0é“”—Ω😀\u0301'\"")), min_size=1, max_size=60))
def test_generated_text_matches_the_wrapper(chunk):
    assert _ours(chunk) == _wrapper(chunk)


def test_split_sentences_covers_every_non_blank_character():
    text = "HEADLINE: Caravan sets off\nTAPACHULA, Mexico — About 2,000 migrants left on Friday. “We go on,” one said.\n"
    sents = split_sentences(text)
    covered = set()
    for s in sents:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    assert [text[s.start : s.end] for s in sents] == [
        "HEADLINE: Caravan sets off",
        "TAPACHULA, Mexico — About 2,000 migrants left on Friday.",
        "“We go on,” one said.",
    ]


def test_a_sentence_opening_with_an_initialism_is_a_sentence_of_its_own():
    from timeline.extract.text import split_sentences

    t = ("The mayor asked the federal government for help. U.S. Customs and Border Protection said Monday it had "
         "closed some lanes. The U.S. Border Patrol agreed, and so did the staff of U.N. agencies, etc. U.N. envoys "
         "stayed away.")
    assert [t[s.start : s.end] for s in split_sentences(t)] == [
        "The mayor asked the federal government for help.",
        "U.S. Customs and Border Protection said Monday it had closed some lanes.",
        "The U.S. Border Patrol agreed, and so did the staff of U.N. agencies, etc. U.N. envoys stayed away.",
    ]


def test_a_sentence_opening_with_a_date_or_a_number_is_split_from_the_one_before():
    text = ("The old roster book says it in our own shorthand. 19-X-2018: the first caravan forced the gate. "
            "20-X: from dawn, hundreds crossed. In 2018 there were many. 300 people came.")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["The old roster book says it in our own shorthand.", "19-X-2018: the first caravan forced the gate.",
                   "20-X: from dawn, hundreds crossed.", "In 2018 there were many.", "300 people came."]


def test_abbreviations_before_a_number_end_no_sentence():
    text = "It left on Jan. 5 with form no. 3 and pp. 12 in hand. They counted approx. 300 people."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["It left on Jan. 5 with form no. 3 and pp. 12 in hand.", "They counted approx. 300 people."]
