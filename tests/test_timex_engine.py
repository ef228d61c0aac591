"""The tagger's engine: anchored matching finds what a scan finds, the window
memo and the other speed-ups change nothing, and hostile text stays linear."""

from __future__ import annotations

import json
import re
import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract import timex as engine
from timeline.extract.text import lower_same_length, split_sentences
from timeline.extract.timex import find_timexes
from timeline.extract.timex_rules import dispatch, rules
from timeline.extract.timex_starts import parse, required_words, token_pairs
from timeline.resolve.anchor import resolve_timexes

from conftest import REPO


def _texts() -> list[str]:
    out = []
    for line in (REPO / "tests" / "golden" / "timex_golden.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t")[1])
    for p in sorted((REPO / "fixtures").rglob("*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and doc.get("text"):
            out.append(doc["text"])
    return out


def _scan_raws(text: str, lo: int, hi: int) -> set[tuple[int, int, str]]:
    """What the old engine found in a window: every rule scanned over it."""
    out = set()
    for rule in rules():
        for mo in rule.regex.finditer(text, lo, hi):
            s, e = mo.span(rule.span) if rule.span else mo.span()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1] in " \t,":
                e -= 1
            if e > s:
                out.add((s, e, rule.id))
    return out


def _anchored_raws(text: str, lo: int, hi: int) -> set[tuple[int, int, str]]:
    return {(r.start, r.end, r.rule.id) for r in engine._window_raws(text, lower_same_length(text), lo, hi)}


def _check_anchored_finds_every_scan_match(text: str) -> None:
    low = lower_same_length(text)
    for lo, hi in engine._windows(text, low):
        missing = _scan_raws(text, lo, hi) - _anchored_raws(text, lo, hi)
        assert not missing, [(text[s:e], rule) for s, e, rule in missing]


def test_anchored_matching_misses_nothing_a_scan_finds():
    """Rules are tried only at the tokens they can start with, and only in
    windows holding their required words: a speed-up that must never lose a
    match.  Checked on the golden table, the seeds and the wire articles."""
    for text in _texts():
        _check_anchored_finds_every_scan_match(text)


WORDS = [
    "Friday", "Tuesday night", "last week", "May", "Oct.", "13th", "2018", "10/13/2018", "2018-10-13", "the day after",
    "two days later", "ago", "three", "years", "about", "more than", "early", "mid-October", "1990s", "'90s", "'98",
    "now", "recently", "in recent days", "4am", "12:41 p.m.", "10.30", "every Monday", "daily", "Q3", "fiscal 1990",
    "the", "a", "half", "first quarter", "1,600", "14.9", "o'clock", "noon", "Christmas Eve", "the 20th century",
    "the year-earlier period", "the latest period", "ended", "1998 or later", "twice a week", ",", ".", "-", "/", ":",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.sampled_from([" ", "", "  ", "-", "/"]))
def test_anchored_matching_misses_nothing_on_word_soup(words, glue):
    _check_anchored_finds_every_scan_match(glue.join(words))


def test_a_modifier_glued_to_a_month_is_no_expression_either_way():
    # found by the word-soup test: "earlyMay" (no space) was a month for the scan and not for the anchored match
    _check_anchored_finds_every_scan_match("Friday,earlyMay")


def test_every_rule_is_anchored():
    """Every rule's start and required words can be read from its pattern
    (a rule that cannot is scanned over whole windows: slow on dense text)."""
    assert [r.id for r in rules() if r.starts is None] == []
    # nor does any rule start at a word known only by its first letters (every token of every window would be
    # compared with each such prefix: "six" followed by a lookahead that lets the word go on)
    assert [r.id for _, r in dispatch().prefixes] == []
    century = next(r for r in rules() if r.id == "date_century")
    assert frozenset({"century"}) in century.clauses


def test_first_tokens_and_required_words_of_patterns():
    def pairs(p):
        return token_pairs(parse(p, re.IGNORECASE))

    assert pairs(r"(?<![\w-])the\s+(?P<u>day|week)\s+after(?!\w)") == {("the", "day"), ("the", "week")}
    # a number alone, or followed by a unit: digit runs are keyed by length
    assert pairs(r"(?<![\w-])(?P<y>(?:19|20)\d\d)(?!\w)") == {("<d4>", None)}
    assert ("<d2>", "am") in pairs(r"(?<![\w-])(?P<h>1[0-2]|0?[1-9])\s*(?:am|pm)(?!\w)")
    # leading optional spaces do not hide the start; an unbounded word does
    assert pairs(r"(?<![\w-])(?:early\s+)?\s*may(?!\w)") == {("early", "may"), ("may", None)}
    assert pairs(r"(?<![\w-])\w+day") is None
    assert required_words(parse(r"(?<![\w-])(?:about\s+)?(?:two|\d+)\s+(?:days|weeks)\s+ago(?!\w)", re.I)) == (
        frozenset({"two", "<d1>", "<d2>", "<d3>", "<d4>", "<d5>"}),
        frozenset({"days", "weeks"}),
        frozenset({"ago"}),
    )


def test_window_memo_changes_nothing():
    """A text that repeats a paragraph is tagged as if each copy stood alone."""
    para = "The caravan left on Friday, Oct. 12, 2018, and reached the border two days later.\n"
    alone = [(t.start, t.end, t.value, t.rule) for t in find_timexes(para, split_sentences(para))]
    text = para * 50
    found = find_timexes(text, split_sentences(text))
    assert len(found) == 50 * len(alone)
    for k in range(50):
        got = [(t.start - k * len(para), t.end - k * len(para), t.value, t.rule) for t in found[k * len(alone) : (k + 1) * len(alone)]]
        assert got == alone
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]


def test_tagging_twice_gives_the_same_result():
    text = _texts()[-1]
    sents = split_sentences(text)
    a = resolve_timexes(text, sents, find_timexes(text, sents), datetime(2020, 1, 16))
    b = resolve_timexes(text, sents, find_timexes(text, sents), datetime(2020, 1, 16))
    assert [r.model_dump() for r in a] == [r.model_dump() for r in b]


def test_the_value_memo_tells_apart_what_a_lookahead_caught():
    # "Two days" is the whole match of both; "after" / "before" is caught past it, and gives the sign
    after = "The caravan left on Oct. 13. Two days after the departure, it crossed into Guatemala."
    before = "The caravan left on Sunday, Oct. 20. Two days before it left, the square filled."
    for text in (after, before):
        find_timexes(text, split_sentences(text))
    assert [t.value for t in find_timexes(before, split_sentences(before)) if t.text == "Two days"] == ["REF:D-2"]
    assert [t.value for t in find_timexes(after, split_sentences(after)) if t.text == "Two days"] == ["REF:D+2"]


def test_trusted_models_equal_validated_ones():
    from timeline.models import Timex

    text = "They left on Friday."
    t = find_timexes(text, split_sentences(text))[0]
    assert Timex(**t.model_dump()) == t
    assert t.model_fields_set == set(Timex.model_fields)


HOSTILE = {
    "curly quotes": "On Monday, Oct. 1, 2018 they said " + "“" * 500_000,
    "straight quotes and said": 'On Monday "x said' * 50_000,
    "backticks": "On Monday, Oct. 1, 2018 " + "``" * 250_000,
    "brackets in a caption line": "Photo: On Monday, Oct. 1, 2018 " + "[a/" * 150_000,
    "long paragraph of marks": "On Monday, Oct. 1, 2018. " + "[" * 500_000,
    "many lines": "Oct. 1, 2018\n" + "\n" * 500_000 + "- x (@y) Oct. 2, 2018",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_around_quotes_captions_and_sentences_is_linear(name):
    """Quotation marks, caption marks and sentence marks by the half million:
    each piece of the tagger (sentence splitter, extractor, resolver) stays
    linear.  Generous bound for a loaded machine; benchmarks/hostile.py prints
    the real figures."""
    text = HOSTILE[name]
    find_timexes("warm up on Friday", [])
    t0 = time.process_time()
    sents = split_sentences(text)
    found = find_timexes(text, sents)
    resolve_timexes(text, sents, found, datetime(2018, 10, 24))
    assert time.process_time() - t0 < 3.0, name
    assert found


def test_long_paragraphs_are_split_by_the_plain_rule():
    para = "He left on Oct. 13 with Mr. Smith at 4 p.m. in the U.S. zone. They arrived! Then what? " * 400
    sents = split_sentences(para)
    assert len(para) > 20_000
    assert [para[s.start : s.end] for s in sents[:3]] == [
        "He left on Oct. 13 with Mr. Smith at 4 p.m. in the U.S. zone.",
        "They arrived!",
        "Then what?",
    ]
    # no sentence-final mark: one sentence, whatever its length
    text = "Monday Tuesday, Friday night; " * 1000
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, len(text.rstrip()))]


def test_dated_quotation_anchors_what_it_contains():
    text = '"We will leave tomorrow," the organiser said on Monday. The group arrived Friday.'
    sents = split_sentences(text)
    got = {r.text: r.resolution for r in resolve_timexes(text, sents, find_timexes(text, sents), datetime(2018, 10, 26))}
    assert got["tomorrow"].value == "2018-10-23"
    assert got["tomorrow"].anchor_source == "quote"
    assert got["Friday"].anchor_source == "publication"
