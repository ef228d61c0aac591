"""Stage 5: the store -- one SQLite file.

* ``articles``: one row per distinct article, keyed by content hash, so
  building twice from the same inputs adds nothing twice.
* ``analyses`` and ``mentions``: the resolved extraction of each article
  (JSON for faithful reload, plus flat columns for explain/export), tagged with
  the pipeline version that made them.
  ``analyses.records`` keeps the graph builder's compact records of the
  article (``timeline.graph.records``), so the graph step never re-reads whole
  analyses.
* ``events``, ``relations``, ``decisions`` (a row per event: the JSON array of
  its merge decisions), ``caravans``: the timeline.  Every
  row carries the number of the timeline build that wrote it (``build``); the
  current timeline is the build named in ``meta.timeline_build``.  A build
  writes its rows a caravan at a time (``TimelineBuild``), then switches to
  them and deletes the older builds' rows in one transaction.

An article is always written in one transaction together with its analysis
(``add_prepared`` writes a batch of articles per transaction, each in a
savepoint: a killed build loses at most the last batch, never half an
article).  The database runs in WAL mode with a busy timeout so that
concurrent builds wait for each other instead of failing.  All SQL is
parameterised.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from array import array
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from timeline.models import (
    Article,
    Caravan,
    Event,
    MergeDecision,
    Relation,
    ResolvedArticle,
    Timeline,
)

SCHEMA_VERSION = 2
DEFAULT_DB = "timeline.db"

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT, source TEXT, title TEXT,
    published TEXT, published_inferred INTEGER NOT NULL DEFAULT 0, published_reason TEXT,
    origin TEXT, text TEXT NOT NULL, added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    hash TEXT PRIMARY KEY REFERENCES articles(hash) ON DELETE CASCADE,
    pipeline_version TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    type TEXT NOT NULL, modality TEXT NOT NULL,
    trigger TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence TEXT, rule TEXT NOT NULL,
    time_text TEXT, time_value TEXT, time_start TEXT, time_end TEXT,
    time_link TEXT, time_rule TEXT, anchor TEXT, reason TEXT
);
CREATE INDEX IF NOT EXISTS mentions_hash ON mentions(hash);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    caravan TEXT, type TEXT NOT NULL, date TEXT,
    start TEXT, "end" TEXT, granularity TEXT,
    place TEXT, country TEXT, lat REAL, lon REAL, group_size INTEGER,
    summary TEXT, conflict INTEGER NOT NULL, confidence REAL, modality TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_span ON events(start, "end");
CREATE TABLE IF NOT EXISTS relations (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS decisions_event ON decisions(event_id);
CREATE TABLE IF NOT EXISTS caravans (label TEXT PRIMARY KEY, data TEXT NOT NULL);
"""

# Version 2: the graph builder's compact records beside each analysis; timeline rows tagged with the
# build that wrote them (a build writes its timeline a partition at a time and switches to it at the end).
# The timeline of a version 1 database becomes build 0, the current one.
_V1_TO_V2 = """
ALTER TABLE analyses ADD COLUMN records TEXT;
ALTER TABLE analyses ADD COLUMN records_version TEXT;
DROP INDEX IF EXISTS events_span;
ALTER TABLE events RENAME TO events_v1;
CREATE TABLE events (
    build INTEGER NOT NULL DEFAULT 0,
    id TEXT NOT NULL,
    caravan TEXT, type TEXT NOT NULL, date TEXT,
    start TEXT, "end" TEXT, granularity TEXT,
    place TEXT, country TEXT, lat REAL, lon REAL, group_size INTEGER,
    summary TEXT, conflict INTEGER NOT NULL, confidence REAL, modality TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (build, id)
);
INSERT INTO events(build, id, caravan, type, date, start, "end", granularity, place, country, lat, lon, group_size,
    summary, conflict, confidence, modality, data)
    SELECT 0, id, caravan, type, date, start, "end", granularity, place, country, lat, lon, group_size,
    summary, conflict, confidence, modality, data FROM events_v1;
DROP TABLE events_v1;
CREATE INDEX events_span ON events(build, start, "end");
ALTER TABLE relations ADD COLUMN build INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN build INTEGER NOT NULL DEFAULT 0;
DROP INDEX IF EXISTS decisions_event;
CREATE INDEX decisions_event ON decisions(build, event_id);
ALTER TABLE caravans RENAME TO caravans_v1;
CREATE TABLE caravans (build INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (build, label));
INSERT INTO caravans(build, label, data) SELECT 0, label, data FROM caravans_v1 ORDER BY rowid;
DROP TABLE caravans_v1
"""

# Forward migrations: MIGRATIONS[n] takes a database at version n to n + 1.
MIGRATIONS: dict[int, str] = {0: _SCHEMA_V1, 1: _V1_TO_V2}

# The build whose timeline rows are current (0: a database migrated from version 1, or no timeline yet).
_CURRENT = "COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'timeline_build'), 0)"

TIMELINE_TABLES = ("events", "relations", "decisions", "caravans")


class Prepared(NamedTuple):
    """One analysed article as the store's rows, made where it was analysed (a worker process) so that the
    process that writes the store only inserts them.  ``article``: the articles row without its text;
    ``text``: the text, or None when it is the text of the article sent for analysis (which the writer has);
    ``data``: the analysis JSON; ``mentions``: the mentions rows without the content hash; ``records``: the
    graph builder's encoded records."""

    content_hash: str
    article: tuple
    text: str | None
    data: str
    mentions: list[tuple]
    records: str | None
    records_version: str | None
    warnings: list[str]


def prepare(resolved: ResolvedArticle, content_hash: str, records: str | None = None,
            records_version: str | None = None, sent_text: str | None = None) -> Prepared:
    """The rows of one analysed article (pure: runs in worker processes).  ``sent_text``: the text of the
    article as it was sent for analysis (not sent back when the analysis has the same)."""
    art = resolved.article
    data = resolved.model_dump_json(exclude={"article": {"text"}})
    sentences = {s.index: s for s in resolved.sentences}
    timexes = {t.id: t for t in resolved.timexes}
    rows = []
    text = art.text
    for m in resolved.mentions:
        sent = sentences.get(m.sentence)
        tx = timexes.get(m.timex_id) if m.timex_id else None
        t = m.time
        rows.append(
            (
                m.id, art.id, m.type, m.modality, m.trigger, m.start, m.end,
                text[sent.start : sent.end] if sent else None, m.rule,
                tx.text if tx else None, t.value if t else None,
                _d(t.start) if t else None, _d(t.end) if t else None,
                m.time_link, tx.rule if tx else None,
                t.anchor if t else None, t.reason if t else None,
            )
        )
    row = (art.id, art.url, art.source, art.title, art.published.isoformat() if art.published else None,
           int(art.published_inferred), art.published_reason, art.origin)
    same = sent_text is not None and (sent_text is text or sent_text == text)
    return Prepared(content_hash, row, None if same else text, data, rows, records, records_version,
                    list(resolved.warnings))


class StoreError(Exception):
    """A problem with the database file, worded for the user."""


def default_path() -> str:
    return os.environ.get("TIMELINE_DB") or DEFAULT_DB


class Store:
    def __init__(self, path: str | os.PathLike | None = None, *, timeout: float = 60.0):
        self.path = Path(path or default_path())
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open database ({exc})") from None
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._retry(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except StoreError:
            self.db.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not a timeline database ({exc})") from None

    # ------------------------------------------------------------ plumbing

    def close(self) -> None:
        self.db.close()

    def files(self) -> list[Path]:
        """The database file and its WAL/shared-memory/journal companions."""
        return [self.path] + [self.path.with_name(self.path.name + s) for s in ("-wal", "-shm", "-journal")]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _retry(fn, attempts: int = 50):
        for i in range(attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                    raise
                time.sleep(min(0.05 * (i + 1), 1.0))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, retried while another writer holds the lock."""
        self._retry(lambda: self.db.execute("BEGIN IMMEDIATE"))
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self._retry(lambda: self.db.execute("COMMIT"))

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = self._version(db)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: database schema version {version} is newer than this timeline "
                    f"({SCHEMA_VERSION}); upgrade timeline"
                )
            while version < SCHEMA_VERSION:
                try:
                    _exec_script(db, MIGRATIONS[version])
                except sqlite3.Error as exc:
                    raise StoreError(
                        f"{self.path}: cannot migrate the database from schema version {version} ({exc}); "
                        "it was left unchanged"
                    ) from None
                version += 1
                db.execute(
                    "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(version),),
                )

    @staticmethod
    def _version(db: sqlite3.Connection) -> int:
        has_meta = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            return 0
        row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    @property
    def schema_version(self) -> int:
        return self._version(self.db)

    # ------------------------------------------------------------ articles

    def has_analysis(self, content_hash: str, pipeline_version: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM analyses WHERE hash = ? AND pipeline_version = ?", (content_hash, pipeline_version)
        ).fetchone()
        return row is not None

    def id_owner(self, article_id: str) -> str | None:
        """Content hash of the stored article with this id, if any."""
        row = self.db.execute("SELECT hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def unique_id(self, article: Article, content_hash: str) -> str:
        """The article's id, suffixed when another stored article already has it."""
        owner = self.id_owner(article.id)
        if owner is None or owner == content_hash:
            return article.id
        return f"{article.id}~{content_hash[:8]}"

    def add_analysis(self, resolved: ResolvedArticle, content_hash: str, pipeline_version: str) -> None:
        """Store one article and its analysis in one transaction (idempotent)."""
        failed = self.add_prepared([(prepare(resolved, content_hash), "")], pipeline_version)
        if failed:
            raise failed[0][1]

    def add_prepared(self, items: list[tuple[Prepared, str]], pipeline_version: str
                     ) -> list[tuple[int, sqlite3.IntegrityError]]:
        """Store a batch of analysed articles, ``(rows, article text)``, in one transaction, each article with
        its analysis in a savepoint of its own: an article whose id another build's article took meanwhile
        is left out (returned with the error, by position in ``items``), the others are written."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        failed: list[tuple[int, sqlite3.IntegrityError]] = []
        if not items:
            return failed
        with self.transaction() as db:
            for k, (p, text) in enumerate(items):
                h = p.content_hash
                db.execute("SAVEPOINT article")
                try:
                    db.execute(
                        "INSERT INTO articles(hash, id, url, source, title, published, published_inferred, "
                        "published_reason, origin, text, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(hash) DO UPDATE SET published = excluded.published, "
                        "published_inferred = excluded.published_inferred, published_reason = excluded.published_reason",
                        (h, *p.article, p.text if p.text is not None else text, now),
                    )
                    db.execute("DELETE FROM mentions WHERE hash = ?", (h,))
                    db.execute(
                        "INSERT INTO analyses(hash, pipeline_version, data, records, records_version) VALUES (?,?,?,?,?) "
                        "ON CONFLICT(hash) DO UPDATE SET pipeline_version = excluded.pipeline_version, "
                        "data = excluded.data, records = excluded.records, records_version = excluded.records_version",
                        (h, pipeline_version, p.data, p.records, p.records_version),
                    )
                    db.executemany(
                        'INSERT INTO mentions(id, hash, article_id, type, modality, trigger, start, "end", sentence, '
                        "rule, time_text, time_value, time_start, time_end, time_link, time_rule, anchor, reason) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [(m[0], h, *m[1:]) for m in p.mentions],
                    )
                except sqlite3.IntegrityError as exc:
                    db.execute("ROLLBACK TO article")
                    db.execute("RELEASE article")
                    failed.append((k, exc))
                    continue
                db.execute("RELEASE article")
            if len(failed) < len(items):
                _bump(db, "analyses_generation")
        return failed

    def count(self, table: str) -> int:
        if table not in {"articles", "analyses", "mentions", "events", "relations", "decisions", "caravans"}:
            raise ValueError(table)
        if table == "decisions":  # a row per event (an array), or per decision in a version 1 database
            return self.db.execute(
                "SELECT COALESCE(SUM(CASE WHEN json_type(data) = 'array' THEN json_array_length(data) ELSE 1 END), 0) "
                f"FROM decisions WHERE build = {_CURRENT}").fetchone()[0]
        if table in TIMELINE_TABLES:
            return self.db.execute(f"SELECT COUNT(*) FROM {table} WHERE build = {_CURRENT}").fetchone()[0]
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def conflicts(self) -> int:
        """Events of the current timeline whose sources disagree on the date."""
        return self.db.execute(f"SELECT COUNT(*) FROM events WHERE build = {_CURRENT} AND conflict = 1").fetchone()[0]

    def iter_analyses(self, batch: int = 500) -> Iterator[ResolvedArticle]:
        """Every stored analysis (article text left empty), in a stable order."""
        cur = self.db.execute("SELECT data FROM analyses ORDER BY hash")
        while rows := cur.fetchmany(batch):
            for (data,) in rows:
                obj = json.loads(data)
                obj["article"]["text"] = ""
                yield ResolvedArticle.model_validate(obj)

    def articles(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, url, source, title, published, published_inferred, published_reason, origin, hash "
            "FROM articles ORDER BY published, id"
        ).fetchall()
        return [dict(r) for r in rows]

    def analysed_version_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT pipeline_version, COUNT(*) FROM analyses GROUP BY 1").fetchall()
        return {r[0]: r[1] for r in rows}

    def article_ids_missing_analysis(self, pipeline_version: str) -> list[str]:
        rows = self.db.execute(
            "SELECT a.hash FROM articles a LEFT JOIN analyses n ON n.hash = a.hash "
            "WHERE n.hash IS NULL OR n.pipeline_version != ?",
            (pipeline_version,),
        ).fetchall()
        return [r[0] for r in rows]

    def load_article(self, content_hash: str) -> Article:
        r = self.db.execute("SELECT * FROM articles WHERE hash = ?", (content_hash,)).fetchone()
        return Article(
            id=r["id"], url=r["url"], source=r["source"], title=r["title"],
            published=datetime.fromisoformat(r["published"]) if r["published"] else None,
            published_inferred=bool(r["published_inferred"]), published_reason=r["published_reason"],
            text=r["text"], origin=r["origin"],
        )

    # ------------------------------------------------------------ timeline

    # Every stored analysis bumps ``analyses_generation``; a timeline records
    # the generation it was built from.  The timeline is stale while the two
    # differ -- e.g. after a build killed between storing its articles and
    # swapping in the new timeline -- and the next build rebuilds it.

    def generation(self) -> int:
        return _meta_int(self.db, "analyses_generation")

    def timeline_stale(self) -> bool:
        generation = self.generation()
        return generation > 0 and _meta_int(self.db, "timeline_generation") != generation

    @contextmanager
    def snapshot(self) -> Iterator[int]:
        """A consistent read of every analysis: yields the generation it shows."""
        self.db.execute("BEGIN")
        try:
            yield self.generation()
        finally:
            self.db.execute("COMMIT")

    def timeline_build(self) -> TimelineBuild:
        """Start writing a new timeline from a consistent snapshot of every stored analysis."""
        return TimelineBuild(self)

    def replace_timeline(self, timeline: Timeline, generation: int | None = None) -> bool:
        """Swap in a whole timeline built from ``generation`` (default: the current one).

        A timeline older than the one stored (a concurrent build finished
        first with more articles) is not written; returns whether it was.
        """
        tb = TimelineBuild(self, snapshot=False)
        try:
            if generation is not None:
                tb.generation = generation
            tb.write_events(timeline.events, timeline.decisions)
            return tb.finish(timeline.relations, timeline.caravans)
        finally:
            tb.close()

    def events(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        types: Iterable[str] | None = None,
        place: str | None = None,
        caravan: str | None = None,
        actual_only: bool = False,
    ) -> list[Event]:
        """Events whose interval overlaps [start, end], with optional filters.

        ``actual_only`` leaves out planned, hypothetical and negated events.
        """
        sql = f"SELECT data FROM events WHERE build = {_CURRENT}"
        args: list[Any] = []
        if actual_only:
            sql += " AND modality = 'actual'"
        if start is not None:
            sql += ' AND "end" IS NOT NULL AND "end" >= ?'
            args.append(start.isoformat())
        if end is not None:
            sql += " AND start IS NOT NULL AND start <= ?"
            args.append(end.isoformat())
        types = list(types or [])
        if types:
            sql += f" AND type IN ({','.join('?' * len(types))})"
            args.extend(types)
        if place:
            sql += " AND (place LIKE ? ESCAPE '\\' OR country LIKE ? ESCAPE '\\')"
            pat = "%" + place.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            args.extend([pat, pat])
        if caravan:
            sql += " AND caravan LIKE ? ESCAPE '\\'"
            args.append("%" + caravan.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        sql += ' ORDER BY start IS NULL, start, "end", type, id'
        return [Event.model_validate_json(r[0]) for r in self.db.execute(sql, args)]

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute(f"SELECT data FROM events WHERE build = {_CURRENT} AND id = ?", (event_id,)).fetchone()
        if row is None:
            row = self.db.execute(
                f"SELECT data FROM events WHERE build = {_CURRENT} AND id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 2",
                (event_id.replace("%", "\\%").replace("_", "\\_") + "%",),
            ).fetchall()
            row = row[0] if len(row) == 1 else None
        return Event.model_validate_json(row[0]) if row else None

    def decisions(self, event_id: str) -> list[MergeDecision]:
        """The merge decisions behind an event, in order.  A row holds the JSON array of an event's
        decisions (a row of a version 1 database: one decision)."""
        rows = self.db.execute(f"SELECT data FROM decisions WHERE build = {_CURRENT} AND event_id = ? ORDER BY seq",
                               (event_id,))
        out: list[MergeDecision] = []
        for (data,) in rows:
            got = json.loads(data)
            for d in got if isinstance(got, list) else [got]:
                out.append(MergeDecision.model_validate(d))
        return out

    def relations(self) -> list[Relation]:
        rows = self.db.execute(f"SELECT data FROM relations WHERE build = {_CURRENT} ORDER BY seq")
        return [Relation.model_validate_json(r[0]) for r in rows]

    def caravans(self) -> list[Caravan]:
        rows = self.db.execute(f"SELECT data FROM caravans WHERE build = {_CURRENT} ORDER BY rowid")
        return [Caravan.model_validate_json(r[0]) for r in rows]

    def mention_rows(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        ids = list(ids)
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.db.execute(
                f"SELECT * FROM mentions WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            out.extend(dict(r) for r in rows)
        order = {m: i for i, m in enumerate(ids)}
        out.sort(key=lambda r: order.get(r["id"], 0))
        return out

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


class TimelineBuild:
    """One build of the timeline: reads a consistent snapshot of the analyses on a connection of its own,
    writes its rows (tagged with its build number) a few events at a time in short transactions, and
    switches to them in one transaction at the end.

    Build numbers are taken in the order of the snapshots (under the write lock), so a build with a higher
    number saw at least the analyses of every lower one.  ``finish`` refuses to switch when a higher-numbered
    build is current already or the current timeline was built from more analyses (an older concurrent build
    never overwrites a newer timeline); when it switches, it deletes the rows of every lower-numbered build
    (the previous timeline, builds that were killed, older builds still running, which will be refused).
    Readers see the previous timeline until the switch.
    """

    def __init__(self, store: Store, snapshot: bool = True):
        self.store = store
        self.db = store.db
        self.reader: sqlite3.Connection | None = None
        self.done = False
        with store.transaction() as db:
            self.number = _meta_int(db, "timeline_builds") + 1
            _set_meta(db, "timeline_builds", str(self.number))
            self.generation = _meta_int(db, "analyses_generation")
            if snapshot:
                # the snapshot starts while we hold the write lock: no other build's analyses can slip in
                self.reader = sqlite3.connect(store.path, timeout=60.0, isolation_level=None)
                self.reader.execute("PRAGMA query_only = ON")
                self.reader.execute("BEGIN")
                self.reader.execute("SELECT COUNT(*) FROM meta").fetchone()

    # ---------------------------------------------------------------- reading
    def records(self, version: str, encode) -> Iterator[str]:
        """The encoded graph records of every analysis, in a stable order (the order of ``iter_analyses``).
        Records stored by another version of the records code are made again from the analysis with
        ``encode(resolved_article)``.  Remembers which analysis each article number is, for ``fetch``."""
        assert self.reader is not None
        self._rowids = rowids = array("q")
        self._version, self._encode = version, encode
        cur = self.reader.execute("SELECT rowid, records_version, records FROM analyses ORDER BY hash")
        while rows := cur.fetchmany(500):
            for rowid, rv, text in rows:
                rowids.append(rowid)
                yield text if rv == version and text is not None else self._remake(rowid)

    def _remake(self, rowid: int) -> str:
        (data,) = self.reader.execute("SELECT data FROM analyses WHERE rowid = ?", (rowid,)).fetchone()
        obj = json.loads(data)
        obj["article"]["text"] = ""
        return self._encode(ResolvedArticle.model_validate(obj))

    def fetch(self, articles) -> Iterator[tuple[int, str]]:
        """(article number, encoded records) for the given article numbers of ``records``."""
        rowids = self._rowids
        by_rowid = {rowids[a]: a for a in articles}
        keys = sorted(by_rowid)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self.reader.execute(
                f"SELECT rowid, records_version, records FROM analyses WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            for rowid, rv, text in rows:
                yield by_rowid[rowid], text if rv == self._version and text is not None else self._remake(rowid)

    def end_snapshot(self) -> None:
        if self.reader is not None:
            try:
                self.reader.execute("COMMIT")
            finally:
                self.reader.close()
                self.reader = None

    # ---------------------------------------------------------------- writing
    def write_events(self, events: Iterable[Event], decisions: Iterable[MergeDecision | tuple]) -> None:
        """Add events and decisions to this build's timeline (one short transaction).  A decision is a
        ``MergeDecision`` or the tuple of its fields (event_id, mention_id, other, decision, reason)."""
        b = self.number
        with self.store.transaction() as db:
            db.executemany(
                'INSERT INTO events(build, id, caravan, type, date, start, "end", granularity, place, country, lat, '
                "lon, group_size, summary, conflict, confidence, modality, data) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (
                        b, e.id, e.caravan, e.type, e.date, _d(e.start), _d(e.end), e.granularity, e.place,
                        e.country, e.lat, e.lon, e.group_size, e.summary, int(e.conflict), e.confidence,
                        e.modality, e.model_dump_json(),
                    )
                    for e in events
                ),
            )
            # one row per event: its decisions as a JSON array, in order (a million rows of one decision
            # each cost the build more than everything else it writes)
            db.executemany("INSERT INTO decisions(build, event_id, data) VALUES (?, ?, ?)",
                           ((b, eid, "[" + ",".join(ds) + "]") for eid, ds in _by_event(decisions)))

    def finish(self, relations: Iterable[Relation], caravans: Iterable[Caravan]) -> bool:
        """Write the relations and caravans and switch to this build's timeline, in one transaction, unless
        a newer timeline is current already; returns whether it switched."""
        self.end_snapshot()
        b, generation = self.number, self.generation
        with self.store.transaction() as db:
            current = _meta_int(db, "timeline_build")
            if current > b or 0 < generation < _meta_int(db, "timeline_generation"):
                for table in TIMELINE_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE build = ?", (b,))
                self.done = True
                return False
            db.executemany("INSERT INTO relations(build, data) VALUES (?, ?)",
                           ((b, r.model_dump_json()) for r in relations))
            db.executemany("INSERT INTO caravans(build, label, data) VALUES (?, ?, ?)",
                           ((b, c.label, c.model_dump_json()) for c in caravans))
            for table in TIMELINE_TABLES:
                db.execute(f"DELETE FROM {table} WHERE build < ?", (b,))
            _set_meta(db, "timeline_build", str(b))
            _set_meta(db, "timeline_built", datetime.now(timezone.utc).isoformat(timespec="seconds"))
            _set_meta(db, "timeline_generation", str(max(generation, 1)))
        self.done = True
        return True

    def close(self) -> None:
        """Give up (if not finished): this build's rows are deleted."""
        self.end_snapshot()
        if not self.done:
            self.done = True
            try:
                with self.store.transaction() as db:
                    for table in TIMELINE_TABLES:
                        db.execute(f"DELETE FROM {table} WHERE build = ?", (self.number,))
            except sqlite3.Error:
                pass  # the next build that switches deletes them


_DECISION_FIELDS = tuple(MergeDecision.model_fields)
assert _DECISION_FIELDS == ("event_id", "mention_id", "other", "decision", "reason")
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _decision_json(d: tuple) -> str:
    """A decision tuple as the JSON of its ``MergeDecision`` (what ``model_dump_json`` writes)."""
    return _dumps(dict(zip(_DECISION_FIELDS, d)))


def _by_event(decisions: Iterable[MergeDecision | tuple]) -> list[tuple[str, list[str]]]:
    """Decisions (models or tuples) as JSON, grouped by event in order of first appearance."""
    out: dict[str, list[str]] = {}
    for d in decisions:
        if isinstance(d, tuple):
            eid, text = d[0], _decision_json(d)
        else:
            eid, text = d.event_id, d.model_dump_json()
        got = out.get(eid)
        if got is None:
            got = out[eid] = []
        got.append(text)
    return list(out.items())


def _meta_int(db: sqlite3.Connection, key: str) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else 0


def _set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _bump(db: sqlite3.Connection, key: str) -> None:
    _set_meta(db, key, str(_meta_int(db, key) + 1))


def _exec_script(db: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the open transaction; run statement by statement.
    for stmt in script.split(";"):
        if stmt.strip():
            db.execute(stmt)


def _d(d: date | None) -> str | None:
    return d.isoformat() if d else None
