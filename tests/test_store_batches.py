"""The store at scale: a batch of articles per transaction (each article atomic), timeline builds written a
partition at a time and switched in one transaction, and the version 1 -> 2 migration."""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date

import pytest

from conftest import FIXTURES, REPO
from test_store import event, resolved
from timeline.graph.records import encode_records, records_version
from timeline.models import Caravan, MergeDecision, Relation, Timeline
from timeline.pipeline import analyse, analyse_prepared, build, rebuild_timeline
from timeline.store import _SCHEMA_V1, SCHEMA_VERSION, Store, prepare

sys.path.insert(0, str(REPO / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/ is not a package)


def prepared(article_id, text):
    r = resolved(article_id, text=text)
    return prepare(r, r.article.content_hash, encode_records(r), records_version()), r


def test_a_batch_is_one_transaction_and_a_failing_article_is_left_out_whole(tmp_path):
    with Store(tmp_path / "t.db") as s:
        taken, _ = prepared("same", "An article about Saturday that another build stored first.")
        s.add_prepared([(taken, "")], "1")
        gen = s.generation()
        items = [prepared("a", "Migrants crossed the river on Friday."),
                 prepared("same", "Migrants crossed the bridge on Friday."),  # id taken: IntegrityError
                 prepared("b", "Migrants crossed the border on Friday.")]
        failed = s.add_prepared([(p, r.article.text) for p, r in items], "1")
        assert [k for k, _ in failed] == [1]
        assert isinstance(failed[0][1], sqlite3.IntegrityError)
        assert s.generation() == gen + 1  # one transaction, one bump
        ids = {r["id"] for r in s.articles()}
        assert ids == {"same", "a", "b"}
        # the failed article left nothing behind: no analysis, no mentions
        h = items[1][1].article.content_hash
        assert not s.has_analysis(h, "1")
        assert s.db.execute("SELECT COUNT(*) FROM mentions WHERE hash = ?", (h,)).fetchone()[0] == 0
        assert s.count("mentions") == 3 and s.integrity_ok()
        # the writer supplies the text the worker did not send back
        assert s.load_article(items[0][1].article.content_hash).text == "Migrants crossed the river on Friday."


def test_worker_rows_do_not_carry_the_text_back():
    from timeline.models import Article

    art = Article(id="w", text="The caravan set off from San Pedro Sula on Friday.", published="2018-10-15T00:00:00")
    p = analyse_prepared(art)
    assert p.text is None and p.content_hash == art.content_hash
    assert json.loads(p.records.split("\n")[0])["a"] == "w"
    assert p.mentions and all(m[1] == "w" for m in p.mentions)


def test_records_are_stored_and_a_stale_encoding_is_remade(tmp_path):
    """The graph step reads the stored records; records of another version are made again from the analysis:
    both give the same timeline."""
    db = tmp_path / "t.db"
    with Store(db) as s:
        summary = build([FIXTURES / "wire"], s)
        assert summary.events > 0
        assert s.db.execute("SELECT COUNT(*) FROM analyses WHERE records IS NULL").fetchone()[0] == 0
        before = [e.model_dump_json() for e in s.events()]
        s.db.execute("UPDATE analyses SET records_version = 'old'")
        assert rebuild_timeline(s)
        assert [e.model_dump_json() for e in s.events()] == before


def test_timeline_builds_switch_in_one_transaction(tmp_path):
    with Store(tmp_path / "t.db") as s:
        s.add_analysis(resolved(), resolved().article.content_hash, "1")
        s.replace_timeline(Timeline(events=[event("old", date(2018, 1, 1), date(2018, 1, 1))]))
        tb = s.timeline_build()
        try:
            tb.write_events([event("new", date(2018, 2, 1), date(2018, 2, 1))],
                            [MergeDecision(event_id="new", mention_id="wire-1#e1", decision="seed", reason="first")])
            # written, not yet switched: readers still see the previous timeline
            assert [e.id for e in s.events()] == ["old"] and s.count("events") == 1
            assert s.decisions("new") == []
            assert tb.finish([Relation(source="new", target="new", type="BEFORE", rule="r")],
                             [Caravan(label="2018-02 caravan", events=1)])
        finally:
            tb.close()
        assert [e.id for e in s.events()] == ["new"]
        assert [d.reason for d in s.decisions("new")] == ["first"] and s.count("decisions") == 1
        assert [c.label for c in s.caravans()] == ["2018-02 caravan"] and len(s.relations()) == 1
        # the previous build's rows are gone
        assert s.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1


def test_an_older_concurrent_timeline_build_is_refused_and_cleans_up(tmp_path):
    with Store(tmp_path / "t.db") as s:
        r = resolved()
        s.add_analysis(r, r.article.content_hash, "1")
        older = s.timeline_build()  # snapshot of one analysis
        r2 = resolved("wire-2", text="Another text, Friday.")
        s.add_analysis(r2, r2.article.content_hash, "1")
        newer = s.timeline_build()  # snapshot of two
        older.write_events([event("older", date(2018, 1, 1), date(2018, 1, 1))], [])
        newer.write_events([event("newer", date(2018, 1, 2), date(2018, 1, 2))], [])
        assert newer.finish([], [])
        assert not older.finish([], [])
        older.close(), newer.close()
        assert [e.id for e in s.events()] == ["newer"]
        assert s.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
        assert not s.timeline_stale()


def test_a_killed_timeline_build_leaves_rows_nobody_sees_until_the_next_switch(tmp_path):
    with Store(tmp_path / "t.db") as s:
        r = resolved()
        s.add_analysis(r, r.article.content_hash, "1")
        assert rebuild_timeline(s)
        current = [e.id for e in s.events()]
        killed = s.timeline_build()
        killed.write_events([event("half", date(2018, 1, 1), date(2018, 1, 1))], [])
        killed.end_snapshot()  # the process dies here: no finish, no close
        assert [e.id for e in s.events()] == current
        assert rebuild_timeline(s)
        assert [e.id for e in s.events()] == current
        assert s.db.execute("SELECT COUNT(*) FROM events WHERE id = 'half'").fetchone()[0] == 0


def test_a_version_1_database_is_migrated_keeping_its_timeline(tmp_path):
    p = tmp_path / "v1.db"
    db = sqlite3.connect(p, isolation_level=None)
    for stmt in _SCHEMA_V1.split(";"):
        if stmt.strip():
            db.execute(stmt)
    r = resolved()
    h = r.article.content_hash
    db.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('analyses_generation', '1'), "
               "('timeline_generation', '1')")
    db.execute("INSERT INTO articles(hash, id, text, added_at) VALUES (?, 'wire-1', ?, 'now')", (h, r.article.text))
    db.execute("INSERT INTO analyses VALUES (?, '1', ?)", (h, r.model_dump_json(exclude={"article": {"text"}})))
    ev = event("e1", date(2018, 10, 19), date(2018, 10, 19))
    db.execute('INSERT INTO events(id, caravan, type, date, start, "end", granularity, place, country, lat, lon, '
               "group_size, summary, conflict, confidence, modality, data) "
               "VALUES ('e1', NULL, 'cross_border', '2018-10-19', '2018-10-19', '2018-10-19', 'day', "
               "'Ciudad Hidalgo', 'MX', NULL, NULL, NULL, 's', 0, 0.5, 'actual', ?)", (ev.model_dump_json(),))
    db.execute("INSERT INTO decisions(event_id, data) VALUES ('e1', ?)", (MergeDecision(
        event_id="e1", mention_id="wire-1#e1", decision="seed", reason="first").model_dump_json(),))
    db.execute("INSERT INTO caravans VALUES ('2018-10 caravan', ?)",
               (Caravan(label="2018-10 caravan", events=1).model_dump_json(),))
    db.close()
    with Store(p) as s:
        assert s.schema_version == SCHEMA_VERSION == 2
        assert [e.id for e in s.events()] == ["e1"] and s.event("e1").place == "Ciudad Hidalgo"
        assert [d.reason for d in s.decisions("e1")] == ["first"] and s.count("decisions") == 1
        assert [c.label for c in s.caravans()] == ["2018-10 caravan"]
        assert not s.timeline_stale() and s.integrity_ok()
        # the analysis has no stored records: the graph step makes them from the analysis
        assert rebuild_timeline(s)
        (e,) = s.events()
        assert e.mentions == ["wire-1#e1"] and e.start == date(2018, 10, 19)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return corpus.write_corpus(tmp_path_factory.mktemp("synth"), 150, seed=11)


def test_build_writes_the_timeline_build_timeline_makes(synthetic, tmp_path):
    """The partitioned build path (stored records, a caravan at a time, small write batches) gives the
    timeline the in-memory ``build_timeline`` gives on the same analyses."""
    import timeline.pipeline as pipeline
    from timeline.graph import build_timeline
    from timeline.graph.builder import build_into

    with Store(tmp_path / "t.db") as s:
        build([FIXTURES / "seeds", FIXTURES / "wire", synthetic], s)
        whole = build_timeline(s.iter_analyses())
        assert len(whole.caravans) > 3  # several partitions

        def stored():
            evs = s.events()
            return ([e.model_dump() for e in evs],
                    [d.model_dump() for e in evs for d in s.decisions(e.id)],
                    [r.model_dump() for r in s.relations()],
                    [c.model_dump() for c in s.caravans()])

        def expected(tl):
            by_event = {}
            for d in tl.decisions:
                by_event.setdefault(d.event_id, []).append(d.model_dump())
            return ([e.model_dump() for e in tl.events], [d for e in tl.events for d in by_event.get(e.id, [])],
                    [r.model_dump() for r in tl.relations], [c.model_dump() for c in tl.caravans])

        assert stored() == expected(whole)
        # events handed over a few at a time: the same
        orig = pipeline.build_into
        pipeline.build_into = lambda source, sink: build_into(source, sink, flush_decisions=7)
        try:
            assert rebuild_timeline(s)
        finally:
            pipeline.build_into = orig
        assert stored() == expected(whole)


def test_analyse_prepared_is_analyse_plus_rows():
    from timeline.models import Article

    d = json.loads(sorted((FIXTURES / "wire").glob("*.json"))[0].read_text(encoding="utf-8"))
    art = Article(**d)
    p = analyse_prepared(art)
    assert p.data == analyse(art).model_dump_json(exclude={"article": {"text"}})
    assert p.records == encode_records(analyse(art)) and p.records_version == records_version()
