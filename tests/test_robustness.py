"""Robustness: random input through the whole pipeline, hostile text, killed and concurrent builds."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.models import Article
from timeline.pipeline import analyse
from timeline.store import Store

from conftest import REPO
from wire_corpus import write_corpus

TIMEML_VALUE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(\d+(\.\d+)?|X)(Y|M|W|D|DE|CE|L|Q|H)?(T(\d+|X)(H|M|S))?|PT(\d+|X)(H|M|S)"
    # a sum of units, largest first ("P3Y5M", "PT2H10M"; weeks only alone, as in ISO 8601)
    r"|P(?=[\dT])(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?"
    r"|[\dX]{1,4}(-[\dX]{2}|-W[\dX]{2}|-(Q|H)[1-4X]|-(SP|SU|FA|WI))?(-[\dX]{2}|-W[\dX]{2}(-\d)?|-WE)?"
    r"(T(\d{2}(:\d{2}(:\d{2})?)?|MO|AF|EV|NI|DT))?"
    r"|XXXX-WXX-\d|XXXX-XX-XX.*"
    r")$"
)

WORDS = st.sampled_from(
    "the on last next Friday Monday night week month year ago days later after before since may march second "
    "we sat sun October 13th 2018 Oct. 1,600 migrants crossed left arrived Tapachula San Pedro Sula about "
    "more than early mid late in recent days two three 10/13/2018 2018-10-13 1990s spring Q3 every weekly , . "
    "\n \" ' ( ) - : 4am tonight yesterday today tomorrow".split(" ")
)
TEXTS = st.one_of(
    st.lists(WORDS, min_size=1, max_size=80).map(" ".join),
    st.text(min_size=1, max_size=300),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1),
                                                                 max_value=datetime(2100, 1, 1))))
@example(text="last year October", published=None)  # a year counted back, with no date to count it from
def test_any_text_goes_through_the_pipeline(text, published):
    if not text.strip():
        return
    art = Article(id="h", text=text, published=published)
    res = analyse(art)
    for t in res.timexes:
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text
        r = t.resolution
        if r.resolved:
            assert TIMEML_VALUE.match(r.value), r.value
        if r.start and r.end:
            assert r.start <= r.end
    for m in res.mentions:
        assert 0 <= m.start < m.end <= len(text)
        if m.time and m.time.start and m.time.end:
            assert m.time.start <= m.time.end


HOSTILE = {
    "digits and commas": ("1,234,567, 8,9 " * 80_000)[:1_000_000],
    "day after the day after": ("the day after " * 80_000)[:1_000_000],
    "weekday names": ("Monday Tuesday, Friday night; " * 40_000)[:1_000_000],
    "dates glued together": ("10/13/2018-10-13 Oct. 13th, " * 40_000)[:1_000_000],
    "no spaces": "a" * 1_000_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_is_linear(name):
    text = HOSTILE[name]
    art = Article(id="x", text=text, published=datetime(2018, 10, 24))
    t0 = time.perf_counter()
    res = analyse(art)
    took = time.perf_counter() - t0
    # A backtracking blow-up takes minutes; linear code takes a fraction of a second per MB.
    # The bound is generous so that a loaded CI machine does not fail it; benchmarks print the real figure.
    assert took < 10, f"{name}: {took:.1f} s for 1 MB"
    assert len(res.timexes) <= 5_000
    if len(res.timexes) == 5_000:  # the limit was hit: reported, not silent
        assert any("the limit" in w for w in res.warnings), res.warnings


def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "timeline", *map(str, args)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _export(db) -> dict:
    out = subprocess.run([sys.executable, "-m", "timeline", "export", "--format", "json", "--db", str(db)],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    for a in doc["articles"]:
        a.pop("added_at", None)
    return doc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), 60)


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    p = _cli("build", corpus, "--db", db, "--workers", "1", "--quiet")
    assert p.wait(timeout=600) == 0, p.stderr.read()
    return _export(db)


def test_killed_build_is_completed_by_rerun(corpus, clean, tmp_path):
    db = tmp_path / "killed.db"
    p = _cli("build", corpus, "--db", db, "--workers", "1", "--quiet")
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and p.poll() is None:
        try:
            con = sqlite3.connect(db, timeout=1)
            stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.Error:
            stored = 0
        if stored >= 20:
            break
        time.sleep(0.02)
    p.send_signal(signal.SIGKILL)
    p.wait()
    assert stored >= 1, "the build finished before it could be killed"
    with Store(db) as s:
        assert s.integrity_ok()
    p = _cli("build", corpus, "--db", db, "--workers", "1", "--quiet")
    assert p.wait(timeout=600) == 0, p.stderr.read()
    assert _export(db) == clean


def test_two_builds_at_once(corpus, clean, tmp_path):
    db = tmp_path / "shared.db"
    a = _cli("build", corpus, "--db", db, "--workers", "1", "--quiet")
    b = _cli("build", corpus, "--db", db, "--workers", "1", "--quiet")
    assert a.wait(timeout=600) == 0, a.stderr.read()
    assert b.wait(timeout=600) == 0, b.stderr.read()
    with Store(db) as s:
        assert s.integrity_ok()
    assert _export(db) == clean


def test_hostile_json_nesting_and_binary_through_cli(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    (tmp_path / "bin.txt").write_bytes(os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00")
    p = _cli("build", tmp_path, "--db", tmp_path / "t.db")
    out, err = p.communicate(timeout=120)
    assert p.returncode == 1
    assert b"Traceback" not in err and err.count(b"\n") == 2
