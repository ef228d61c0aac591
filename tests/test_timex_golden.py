"""The golden table (tests/golden/timex_golden.tsv): surface text, reference
time and expected value -- tests and documentation of the tagger at once."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes

TABLE = Path(__file__).parent / "golden" / "timex_golden.tsv"


def _rows():
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [r for r in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


ROWS = _rows()


def tag(text: str, published: str):
    sents = split_sentences(text)
    pub = datetime.fromisoformat(published)
    return resolve_timexes(text, sents, find_timexes(text, sents, near=pub.date()), pub)


@pytest.mark.parametrize("ref,sentence,expr,typ,value,mod", ROWS, ids=[f"{r[2]}@{r[0]}" for r in ROWS])
def test_golden(ref, sentence, expr, typ, value, mod):
    sentence = sentence.replace("\\n", "\n")  # a line break inside a row is written \n
    found = tag(sentence, ref)
    start = sentence.index(expr)
    match = [t for t in found if t.start == start and t.end == start + len(expr)]
    assert match, f"{expr!r} not found with that span; got {[(t.text, t.resolution.value) for t in found]}"
    t = match[0]
    assert t.type == typ
    assert t.resolution.value == value, t.resolution.reason
    assert (t.mod or "-") == mod
    assert t.resolution.reason  # every value says why


def test_table_is_large_and_covers_every_type():
    assert len(ROWS) >= 60
    assert {r[3] for r in ROWS} == {"DATE", "TIME", "DURATION", "SET"}
