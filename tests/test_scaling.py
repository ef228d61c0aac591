"""The synthetic benchmark corpus: deterministic, streamable, and its time expressions are true
to the calendar (the benchmark measures the pipeline on realistic text, not on noise)."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/ is not a package)

from timeline.ingest import read_inputs  # noqa: E402
from timeline.models import Article, ResolvedArticle  # noqa: E402

WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def test_articles_are_a_function_of_seed_and_index_only():
    a = list(corpus.articles(40, seed=3))
    assert a == list(corpus.articles(40, seed=3))
    assert a[:10] == list(corpus.articles(10, seed=3))  # the 1k corpus is a prefix of the 10k one
    assert a[25] == corpus.article(25, seed=3)
    assert a != list(corpus.articles(40, seed=4))
    assert len({x["id"] for x in a}) == 40


def test_written_as_jsonl_shards_that_ingest_cleanly(tmp_path):
    out = corpus.write_corpus(tmp_path / "c", 25, seed=5, shard=10)
    shards = sorted(p.name for p in out.glob("part-*.jsonl"))
    assert shards == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert json.loads((out / ".complete").read_text())["n"] == 25
    items = list(read_inputs([out]))
    assert all(isinstance(x, Article) for x in items), [str(x) for x in items if not isinstance(x, Article)]
    assert [x.id for x in items] == [f"synth-5-{i:07d}" for i in range(25)]
    assert all(x.published is not None and 500 < len(x.text) < 4000 for x in items)
    # cached: a second request reuses the files
    again = corpus.cached_corpus(tmp_path, 25, seed=5)
    mtime = (again / "part-00000.jsonl").stat().st_mtime_ns
    assert corpus.cached_corpus(tmp_path, 25, seed=5) == again
    assert (again / "part-00000.jsonl").stat().st_mtime_ns == mtime


def test_corpus_has_the_variety_of_real_wire_copy():
    arts = list(corpus.articles(300))
    text = "\n".join(a["text"] for a in arts)
    for phrase in ("days later", "The next day", "last week", "weeks ago", "night", "Organisers said",
                   "crossed into Mexico", "set off from", "An earlier caravan", "about ", "between "):
        assert phrase in text, phrase
    datelines = {a["text"].split("\n\n")[1].split(",")[0] for a in arts}
    assert len(datelines) >= 15  # many places along the corridor
    origins = set(re.findall(r"set off from ([A-Z][\w ]+),", text))
    assert len(origins) >= 3
    syndicated = len(arts) - len({(a["title"], a["text"], a["published"]) for a in arts})
    assert 1 <= syndicated <= 15


def test_caravans_are_apart_in_time_and_routes_go_north():
    plans = corpus.caravans()
    assert len(plans) >= 10
    for a, b in zip(plans, plans[1:]):
        assert (b.departed - a.departed).days >= 60
    for p in plans:
        days = [d for _, _, d, _ in p.stops]
        assert days == sorted(days) and len(set(days)) == len(days)


@settings(max_examples=300, deadline=None)
@given(pub=st.dates(date(2018, 1, 1), date(2022, 12, 31)), delta=st.integers(0, 45), salt=st.integers(0, 10**6))
def test_past_expressions_name_the_right_day(pub, delta, salt):
    import random

    d = pub - timedelta(days=delta)
    phrase = corpus.when(d, pub, random.Random(salt))
    m = WEEKDAY.search(phrase)
    if m:  # any weekday named is the event's weekday
        assert m.group(1) == d.strftime("%A")
        assert delta <= 6 or "," in phrase  # bare weekdays only within the past week
    if phrase == "today":
        assert delta == 0
    if phrase == "yesterday":
        assert delta == 1
    if phrase == "last week":
        assert d.isocalendar()[:2] == (pub - timedelta(days=7)).isocalendar()[:2]
    if phrase.endswith("weeks ago"):
        n = corpus.NUMBERS.index(phrase.split()[0])
        assert delta == 7 * n
    if phrase == "earlier this month":
        assert (d.year, d.month) == (pub.year, pub.month) and delta > 0
    m = re.search(r"(\d+)$", phrase)
    if m:
        assert int(m.group(1)) == d.day


@settings(max_examples=200, deadline=None)
@given(pub=st.dates(date(2018, 1, 1), date(2022, 12, 31)), ahead=st.integers(1, 20), salt=st.integers(0, 10**6))
def test_future_expressions_name_the_right_day(pub, ahead, salt):
    import random

    d = pub + timedelta(days=ahead)
    phrase = corpus.when(d, pub, random.Random(salt), future=True)
    m = WEEKDAY.search(phrase)
    if m:
        assert m.group(1) == d.strftime("%A") and ahead <= 6
    if phrase == "tomorrow":
        assert ahead == 1
    if phrase == "next week":
        assert d.isocalendar()[1] == (pub + timedelta(days=7)).isocalendar()[1]


def test_relative_chains_follow_the_route():
    # "Two days later, ... reached X": the gap is the real gap between consecutive stops told.
    for i in range(200):
        a = corpus.article(i)
        for m in re.finditer(r"(\w+) days later", a["text"]):
            assert m.group(1).lower() in corpus.NUMBERS[2:4]


def test_resolved_mentions_for_the_graph_benchmark():
    arts = list(corpus.resolved_articles(1000, seed=2))
    assert sum(len(a.mentions) for a in arts) == 1000
    for a in arts[:50]:
        ResolvedArticle.model_validate(a.model_dump())  # valid contract objects
        for m in a.mentions:
            assert m.time is not None and m.time.start <= m.time.end
            assert m.article_id == a.article.id and m.places
    assert list(corpus.resolved_articles(1000, seed=2))[7] == arts[7]


@pytest.mark.slow
def test_throughput_benchmark_runs_end_to_end(tmp_path, capsys):
    """The benchmark itself on a tiny corpus, so it cannot rot: every figure is there and sane."""
    import throughput  # benchmarks/throughput.py

    out = tmp_path / "figures.json"
    code = throughput.main(["--sizes", "30", "--graph-sizes", "300", "--workers", "1", "--profile-sample", "10",
                            "--cache", str(tmp_path / "cache"), "--json", str(out)])
    assert code == 0
    figures = json.loads(out.read_text())
    (b,) = figures["builds"]
    assert b["articles_read"] == 30 and b["errors"] == 0 and b["mentions"] > 0 and b["events"] > 0
    assert b["articles_per_s"] > 0 and b["peak_rss_main_mb"] > 0
    for phase in ("ingest", "analyse", "store", "load", "graph", "store timeline", "total"):
        assert phase in b["seconds"], phase
    assert b["rebuild"]["articles_unchanged"] == 30 and not b["rebuild"]["timeline_rebuilt"]
    assert set(figures["profile"]["ms_per_article"]) == {"ingest", "extract", "resolve", "rows", "store"}
    (g,) = figures["graph"]
    assert g["mentions"] == 300 and g["events"] > 0
    printed = capsys.readouterr().out
    assert "articles/s" in printed and "rebuild unchanged" in printed and "us/mention" in printed
