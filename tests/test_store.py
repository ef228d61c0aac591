"""The SQLite store: idempotent articles, timeline swap, date-range queries, schema version."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from timeline.models import (
    Article,
    Event,
    EventMention,
    MergeDecision,
    Resolution,
    ResolvedArticle,
    ResolvedTimex,
    Sentence,
    Timeline,
)
from timeline.store import SCHEMA_VERSION, Store, StoreError


def resolved(article_id="wire-1", text="Migrants crossed the river on Friday.", published=datetime(2018, 10, 22)):
    art = Article(id=article_id, text=text, published=published)
    res = Resolution(value="2018-10-19", granularity="day", start=date(2018, 10, 19), end=date(2018, 10, 19),
                     anchor="publication 2018-10-22", anchor_source="publication", reason="Friday before")
    tx = ResolvedTimex(id="t1", start=30, end=36, text="Friday", type="DATE", value="XXXX-WXX-5", rule="weekday",
                       sentence=0, resolution=res)
    m = EventMention(id=f"{article_id}#e1", article_id=article_id, type="cross_border", trigger="crossed",
                     start=9, end=16, sentence=0, rule="crossed", timex_id="t1", summary="Migrants crossed the river",
                     time=res, time_link="own")
    return ResolvedArticle(article=art, sentences=[Sentence(index=0, start=0, end=len(text))], timexes=[tx],
                           mentions=[m])


def event(eid, start, end, type_="cross_border", place="Ciudad Hidalgo"):
    return Event(id=eid, type=type_, date=start.isoformat(), start=start, end=end, granularity="day", place=place,
                 country="MX", summary="s", sources=["wire-1"], mentions=["wire-1#e1"])


def test_article_stored_once_and_reloaded(tmp_path):
    r = resolved()
    h = r.article.content_hash
    with Store(tmp_path / "t.db") as s:
        s.add_analysis(r, h, "1")
        s.add_analysis(r, h, "1")
        assert s.count("articles") == 1 and s.count("mentions") == 1
        assert s.has_analysis(h, "1") and not s.has_analysis(h, "2")
        (back,) = list(s.iter_analyses())
        assert back.mentions[0].time.start == date(2018, 10, 19)
        assert s.load_article(h).text == r.article.text
        row = s.mention_rows(["wire-1#e1"])[0]
        assert row["time_text"] == "Friday" and row["sentence"] == r.article.text and row["time_rule"] == "weekday"


def test_same_id_different_content_gets_suffix(tmp_path):
    a, b = resolved(), resolved(text="Other text about Friday.")
    with Store(tmp_path / "t.db") as s:
        s.add_analysis(a, a.article.content_hash, "1")
        assert s.unique_id(b.article, b.article.content_hash) == f"wire-1~{b.article.content_hash[:8]}"
        assert s.unique_id(a.article, a.article.content_hash) == "wire-1"


def test_timeline_replaced_and_queried_by_overlap(tmp_path):
    tl = Timeline(
        events=[
            event("e1", date(2018, 10, 15), date(2018, 10, 15)),
            event("e2", date(2018, 10, 12), date(2018, 10, 13), "depart", "San Pedro Sula"),
            event("e3", date(2018, 4, 1), date(2018, 4, 30), "statement", "Washington"),
        ],
        decisions=[MergeDecision(event_id="e1", mention_id="wire-1#e1", decision="seed", reason="first")],
    )
    with Store(tmp_path / "t.db") as s:
        s.replace_timeline(tl)
        s.replace_timeline(tl)
        assert s.count("events") == 3
        assert [e.id for e in s.events(start=date(2018, 10, 13), end=date(2018, 10, 19))] == ["e2", "e1"]
        assert [e.id for e in s.events(start=date(2018, 4, 15), end=date(2018, 4, 15))] == ["e3"]
        assert [e.id for e in s.events(types=["depart"])] == ["e2"]
        assert [e.id for e in s.events(place="sula")] == ["e2"]
        assert [e.id for e in s.events(place="%")] == []
        assert s.event("e3").place == "Washington"
        assert s.decisions("e1")[0].reason == "first"


def test_schema_version_and_newer_database_refused(tmp_path):
    p = tmp_path / "t.db"
    with Store(p) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.integrity_ok()
    db = sqlite3.connect(p)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this timeline"):
        Store(p)


def test_not_a_database_is_a_clear_error(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a timeline database"):
        Store(p)


def test_timeline_generation_marks_stale_and_refuses_older_timeline(tmp_path):
    r = resolved()
    with Store(tmp_path / "t.db") as s:
        assert not s.timeline_stale()
        s.add_analysis(r, r.article.content_hash, "1")
        assert s.timeline_stale()  # stored articles, no timeline yet (e.g. a killed build)
        with s.snapshot() as gen_old:
            pass
        r2 = resolved("wire-2", text="Another text, Friday.")
        s.add_analysis(r2, r2.article.content_hash, "1")
        with s.snapshot() as gen_new:
            pass
        assert s.replace_timeline(Timeline(events=[event("new", date(2018, 1, 1), date(2018, 1, 1))]), gen_new)
        assert not s.timeline_stale()
        # a concurrent build that read fewer analyses finishes later: its timeline is not written
        assert not s.replace_timeline(Timeline(events=[]), gen_old)
        assert [e.id for e in s.events()] == ["new"]


def test_older_database_is_migrated_forward_keeping_its_data(tmp_path, monkeypatch):
    import timeline.store as store_mod

    p = tmp_path / "old.db"
    r = resolved()
    with Store(p) as s:  # a database at the current schema version, with data
        s.add_analysis(r, r.article.content_hash, "1")
    # A later timeline adds a column in schema version SCHEMA_VERSION + 1.
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(
        store_mod.MIGRATIONS, SCHEMA_VERSION, "ALTER TABLE articles ADD COLUMN language TEXT DEFAULT 'en'"
    )
    with Store(p) as s:
        assert s.schema_version == SCHEMA_VERSION + 1
        assert s.count("articles") == 1 and s.count("mentions") == 1
        assert s.db.execute("SELECT language FROM articles").fetchone()[0] == "en"
        assert s.integrity_ok()


def test_failed_migration_leaves_database_untouched(tmp_path, monkeypatch):
    import timeline.store as store_mod

    p = tmp_path / "old.db"
    r = resolved()
    with Store(p) as s:
        s.add_analysis(r, r.article.content_hash, "1")
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_mod.MIGRATIONS, SCHEMA_VERSION, "ALTER TABLE no_such_table ADD COLUMN x TEXT")
    with pytest.raises(StoreError, match=f"cannot migrate the database from schema version {SCHEMA_VERSION} .*left unchanged"):
        Store(p)
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION)
    with Store(p) as s:
        assert s.schema_version == SCHEMA_VERSION and s.count("articles") == 1


def test_id_taken_by_a_concurrent_build_is_a_per_article_error(tmp_path, monkeypatch):
    import json

    from timeline.pipeline import build

    db = tmp_path / "t.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(
        {"id": "same", "published": "2018-10-22", "text": "Migrants crossed the river on Friday."}))
    with Store(db) as s:
        other = resolved("same", text="A different article about Saturday.")
        # the race: our id check saw no owner, then another build stored its article with the same id
        monkeypatch.setattr(Store, "unique_id", lambda self, art, h: art.id)
        s.add_analysis(other, other.article.content_hash, "1")
        errors = []
        summary = build([tmp_path / "in"], s, on_error=errors.append)
        assert summary.failed and "was just taken by another build" in errors[0]
        assert s.count("articles") == 1 and s.integrity_ok()
