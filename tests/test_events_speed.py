"""The event extractor stays linear on hostile and dense input, and its shortcuts change no result."""

from __future__ import annotations

import json
import time
from datetime import datetime

import pytest

import timeline.extract.events as events
from conftest import FIXTURES, SEEDS
from timeline.extract import find_events, find_timexes, split_sentences
from timeline.models import Article

HOSTILE = {
    "digits and commas": "1,234,567, 8,9 ",
    "day after the day after": "the day after ",
    "weekday names": "Monday Tuesday, Friday night; ",
    "dates glued together": "10/13/2018-10-13 Oct. 13th, ",
    "place names": "Guatemala Mexico San Pedro Sula Chiapas Oaxaca Victoria Santa Ana ",
    "no spaces": "a",
}
# one long "sentence" full of triggers, places, sizes, dates and relations
DENSE = ("the caravan left Tecun Uman on Friday, where they had rested, and 300 migrants arrived in Mexico "
         "the next day, ")


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _events(text: str):
    art = Article(id="x", text=text, published=datetime(2018, 10, 24))
    sents = split_sentences(text)
    tx = find_timexes(text, sents)
    t0 = time.process_time()
    ms, rels = find_events(art, sents, tx)
    return ms, rels, time.process_time() - t0


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_megabyte_is_read_in_well_under_a_second(name):
    ms, _, took = _events(_text(HOSTILE[name], 1_000_000))
    assert ms == []
    # benchmarks/events_speed.py prints the real figure (about 0.1 s/MB); the bound leaves room for a busy CI
    assert took < 3.0, f"{name}: {took:.2f} s for 1 MB"


def test_dense_text_costs_grow_linearly():
    _events(_text(DENSE, 5_000))  # warm the caches
    small = min(_events(_text(DENSE, 25_000))[2] for _ in range(3))  # best of three: a busy machine only slows
    ms, _, large = min((_events(_text(DENSE, 200_000)) for _ in range(2)), key=lambda r: r[2])
    assert len(ms) > 1000
    # eight times the text: about eight times the time; a quadratic pass would take sixty-four
    assert large < 20 * max(small, 0.01), f"25 KB {small:.3f} s, 200 KB {large:.2f} s"


def _articles():
    out = []
    for p in sorted(SEEDS.glob("*.json")) + sorted((FIXTURES / "wire").glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out.append(Article(**{k: d.get(k) for k in ("id", "url", "source", "title", "published", "text")}))
    return out


def _dump(art: Article):
    sents = split_sentences(art.text)
    ms, rels = find_events(art, sents, find_timexes(art.text, sents))
    return [m.model_dump() for m in ms], [r.model_dump() for r in rels]


def test_the_no_trigger_shortcut_changes_nothing(monkeypatch):
    """Long texts are first checked for any word an event could start at; a text padded to pass the
    threshold gives the mentions it gives when the check is off."""
    for art in _articles():
        padded = art.model_copy(update={"text": art.text + "\n\n" + "Lorem ipsum dolor sit amet. " * 800})
        assert len(padded.text) >= events.PREFILTER_CHARS
        with_check = _dump(padded)
        monkeypatch.setattr(events, "PREFILTER_CHARS", 10**9)
        without = _dump(padded)
        monkeypatch.undo()
        assert with_check == without
        assert with_check[0], art.id


def test_no_trigger_and_no_size_cue_means_no_mention():
    assert events._nothing_to_find("Monday, Tuesday and 1,234 on Friday night. " * 10)
    assert not events._nothing_to_find("Monday the migrants left. " * 10)  # a trigger word
    assert not events._nothing_to_find("On Monday 2,000 people gathered. " * 10)  # a number and a group noun
    assert not events._nothing_to_find("Thousands of them. " * 10)  # a vague quantity
