"""Stage 5: the store -- one SQLite file.

* ``articles``: one row per distinct article, keyed by content hash, so
  building twice from the same inputs adds nothing twice.
* ``analyses`` and ``mentions``: the resolved extraction of each article
  (JSON for faithful reload, plus flat columns for explain/export), tagged with
  the pipeline version that made them.
* ``events``, ``relations``, ``decisions``, ``caravans``: the current
  timeline, replaced as a whole in one transaction after each build.

Every article is written in one transaction together with its analysis; the
timeline tables are swapped in one transaction.  The database runs in WAL mode
with a busy timeout so that concurrent builds wait for each other instead of
failing.  All SQL is parameterised.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from timeline.models import (
    Article,
    Caravan,
    Event,
    MergeDecision,
    Relation,
    ResolvedArticle,
    Timeline,
)

SCHEMA_VERSION = 1
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

# Forward migrations: MIGRATIONS[n] takes a database at version n to n + 1.
MIGRATIONS: dict[int, str] = {0: _SCHEMA_V1}


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
        art = resolved.article
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        data = resolved.model_dump_json(exclude={"article": {"text"}})
        sentences = resolved.sentences
        timexes = {t.id: t for t in resolved.timexes}
        rows = []
        for m in resolved.mentions:
            sent = next((s for s in sentences if s.index == m.sentence), None)
            tx = timexes.get(m.timex_id) if m.timex_id else None
            t = m.time
            rows.append(
                (
                    m.id, content_hash, art.id, m.type, m.modality, m.trigger, m.start, m.end,
                    art.text[sent.start : sent.end] if sent else None, m.rule,
                    tx.text if tx else None, t.value if t else None,
                    _d(t.start) if t else None, _d(t.end) if t else None,
                    m.time_link, tx.rule if tx else None,
                    t.anchor if t else None, t.reason if t else None,
                )
            )
        with self.transaction() as db:
            db.execute(
                "INSERT INTO articles(hash, id, url, source, title, published, published_inferred, "
                "published_reason, origin, text, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(hash) DO UPDATE SET published = excluded.published, "
                "published_inferred = excluded.published_inferred, published_reason = excluded.published_reason",
                (
                    content_hash, art.id, art.url, art.source, art.title,
                    art.published.isoformat() if art.published else None,
                    int(art.published_inferred), art.published_reason, art.origin, art.text, now,
                ),
            )
            db.execute("DELETE FROM mentions WHERE hash = ?", (content_hash,))
            db.execute(
                "INSERT INTO analyses(hash, pipeline_version, data) VALUES (?,?,?) "
                "ON CONFLICT(hash) DO UPDATE SET pipeline_version = excluded.pipeline_version, data = excluded.data",
                (content_hash, pipeline_version, data),
            )
            db.executemany(
                'INSERT INTO mentions(id, hash, article_id, type, modality, trigger, start, "end", sentence, rule, '
                "time_text, time_value, time_start, time_end, time_link, time_rule, anchor, reason) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            _bump(db, "analyses_generation")

    def count(self, table: str) -> int:
        if table not in {"articles", "analyses", "mentions", "events", "relations", "decisions", "caravans"}:
            raise ValueError(table)
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

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

    def replace_timeline(self, timeline: Timeline, generation: int | None = None) -> bool:
        """Swap in a timeline built from ``generation`` in one transaction.

        A timeline older than the one stored (a concurrent build finished
        first with more articles) is not written; returns whether it was.
        """
        with self.transaction() as db:
            if generation is None:
                generation = _meta_int(db, "analyses_generation")
            if 0 < generation < _meta_int(db, "timeline_generation"):
                return False
            for table in ("events", "relations", "decisions", "caravans"):
                db.execute(f"DELETE FROM {table}")
            db.executemany(
                'INSERT INTO events(id, caravan, type, date, start, "end", granularity, place, country, lat, lon, '
                "group_size, summary, conflict, confidence, modality, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (
                        e.id, e.caravan, e.type, e.date, _d(e.start), _d(e.end), e.granularity, e.place,
                        e.country, e.lat, e.lon, e.group_size, e.summary, int(e.conflict), e.confidence,
                        e.modality, e.model_dump_json(),
                    )
                    for e in timeline.events
                ),
            )
            db.executemany(
                "INSERT INTO relations(data) VALUES (?)", ((r.model_dump_json(),) for r in timeline.relations)
            )
            db.executemany(
                "INSERT INTO decisions(event_id, data) VALUES (?, ?)",
                ((d.event_id, d.model_dump_json()) for d in timeline.decisions),
            )
            db.executemany(
                "INSERT INTO caravans(label, data) VALUES (?, ?)",
                ((c.label, c.model_dump_json()) for c in timeline.caravans),
            )
            _set_meta(db, "timeline_built", datetime.now(timezone.utc).isoformat(timespec="seconds"))
            _set_meta(db, "timeline_generation", str(max(generation, 1)))
        return True

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
        sql = "SELECT data FROM events WHERE 1=1"
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
        row = self.db.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT data FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 2",
                (event_id.replace("%", "\\%").replace("_", "\\_") + "%",),
            ).fetchall()
            row = row[0] if len(row) == 1 else None
        return Event.model_validate_json(row[0]) if row else None

    def decisions(self, event_id: str) -> list[MergeDecision]:
        rows = self.db.execute("SELECT data FROM decisions WHERE event_id = ? ORDER BY seq", (event_id,))
        return [MergeDecision.model_validate_json(r[0]) for r in rows]

    def relations(self) -> list[Relation]:
        return [Relation.model_validate_json(r[0]) for r in self.db.execute("SELECT data FROM relations ORDER BY seq")]

    def caravans(self) -> list[Caravan]:
        return [Caravan.model_validate_json(r[0]) for r in self.db.execute("SELECT data FROM caravans")]

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
