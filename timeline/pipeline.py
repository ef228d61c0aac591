"""The build: ingest -> extract -> resolve -> store, then graph -> store.

Articles stream through: they are read one at a time, analysed (extract +
resolve, a pure function of the article) serially or in a pool of worker
processes -- which also turn the analysis into the store's rows and the graph
builder's compact records (``analyse_prepared``) -- and written to the store
in input order, a batch of articles per transaction.  Only then is the
timeline rebuilt from every stored analysis's records, one caravan at a time,
straight into the store.  An analysis is a pure function of one article, so
the batch path can fan out over any engine that maps a function over a stream
(see ``engines``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from timeline.engines import Engine, SerialEngine
from timeline.extract import extract
from timeline.graph.builder import build_into
from timeline.graph.records import encode_records, records_version
from timeline.ingest import read_inputs
from timeline.models import Article, Caravan, Event, IngestError, MergeDecision, Relation, ResolvedArticle
from timeline.resolve import resolve
from timeline.store import Prepared, Store, TimelineBuild, prepare
from timeline.version import analysis_version

# Articles per store transaction, and the longest an analysed article waits to be written (seconds).
STORE_BATCH = 50
STORE_BATCH_SECONDS = 1.0


def analyse(article: Article) -> ResolvedArticle:
    """Extract and resolve one article."""
    return resolve(extract(article))


def warm_worker() -> None:
    """Start-up of a worker process: compile the rules, lexicons and gazetteer once on a tiny article,
    then freeze them out of the cyclic garbage collector's way (about 3% less CPU per article)."""
    analyse(Article(id="warm-up", url="https://example.org/warm-up", source="timeline", title="warm-up",
                    published=datetime(2018, 10, 15), text="The caravan left San Pedro Sula on Friday."))
    gc.freeze()


def analyse_prepared(article: Article) -> Prepared:
    """Extract and resolve one article and make its store rows and graph records (runs in worker processes:
    the main process only inserts the rows)."""
    resolved = analyse(article)
    return prepare(resolved, article.content_hash, encode_records(resolved), records_version(),
                   sent_text=article.text)


@dataclass
class BuildSummary:
    articles_read: int = 0
    articles_new: int = 0
    articles_unchanged: int = 0
    articles_reanalysed: int = 0
    mentions: int = 0
    events: int = 0
    conflicts: int = 0
    caravans: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timeline_rebuilt: bool = False
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def line(self) -> str:
        parts = [
            f"{self.articles_read} article{'s' if self.articles_read != 1 else ''} read "
            f"({self.articles_new} new, {self.articles_unchanged} unchanged)",
            f"{self.mentions} mentions",
            f"{self.events} events",
            f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''}",
            f"{self.caravans} caravan{'s' if self.caravans != 1 else ''}",
        ]
        if self.errors:
            parts.append(f"{len(self.errors)} input error{'s' if len(self.errors) != 1 else ''}")
        return "; ".join(parts)


Reporter = Callable[[str], None]
T = TypeVar("T")


def build(
    paths: Iterable[str],
    store: Store,
    *,
    default_published: datetime | None = None,
    engine: Engine | None = None,
    on_error: Reporter | None = None,
    on_warning: Reporter | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> BuildSummary:
    """Build ``paths`` into ``store``; report problems as they happen."""
    engine = engine or SerialEngine()
    summary = BuildSummary()
    t0 = time.perf_counter()

    def err(e: IngestError) -> None:
        if e.fatal:
            summary.errors.append(e)
            if on_error:
                on_error(str(e))
        else:
            summary.warnings.append(str(e))
            if on_warning:
                on_warning(str(e))

    pending_ids: dict[str, str] = {}
    # Content already sent for analysis in this build: a syndicated copy (same
    # content, another id) read while the first is still in flight is unchanged,
    # as it is when the first is already stored -- whatever the engine.
    pending_hashes: set[str] = set()

    def to_analyse() -> Iterator[Article]:
        for item in read_inputs(paths, default_published=default_published, exclude=store.files()):
            if isinstance(item, IngestError):
                err(item)
                continue
            summary.articles_read += 1
            h = item.content_hash
            if h in pending_hashes or store.has_analysis(h, analysis_version()):
                summary.articles_unchanged += 1
                if on_progress:
                    on_progress(1)
                continue
            uid = store.unique_id(item, h)
            while uid in pending_ids and pending_ids[uid] != h:
                uid = f"{item.id}~{h[:8]}"
                if uid in pending_ids and pending_ids[uid] != h:
                    uid = f"{item.id}~{h[:16]}"
                    break
            pending_ids[uid] = h
            pending_hashes.add(h)
            yield item.model_copy(update={"id": uid}) if uid != item.id else item

    def stale() -> Iterator[Article]:
        for h in store.article_ids_missing_analysis(analysis_version()):
            summary.articles_reanalysed += 1
            yield store.load_article(h)

    store_seconds = 0.0
    secs = summary.seconds
    batch: list[tuple[Article, Prepared]] = []
    batch_started = 0.0

    def flush() -> None:
        nonlocal store_seconds
        ts = time.perf_counter()
        failed = store.add_prepared([(p, a.text) for a, p in batch], analysis_version())
        for k, _ in failed:
            # Another build stored a different article with this id between
            # our id check and our write; the rerun gives this one a suffix.
            article = batch[k][0]
            err(IngestError(origin=article.origin or article.id,
                            reason=f"id {article.id!r} was just taken by another build's article; "
                                   "rerun the build to add this one"))
        summary.articles_new += len(batch) - len(failed)
        store_seconds += time.perf_counter() - ts
        if on_progress:
            on_progress(len(batch))
        batch.clear()

    for source in (stale(), to_analyse()):
        for article, result in engine.map(analyse_prepared, _timed(source, secs, "ingest")):
            if isinstance(result, BaseException):
                err(IngestError(origin=article.origin or article.id, reason=f"could not analyse: {result}"))
                continue
            for w in result.warnings:
                summary.warnings.append(f"{article.origin or article.id}: {w}")
                if on_warning:
                    on_warning(f"{article.origin or article.id}: {w}")
            if not batch:
                batch_started = time.perf_counter()
            batch.append((article, result))
            if len(batch) >= STORE_BATCH or time.perf_counter() - batch_started >= STORE_BATCH_SECONDS:
                flush()
        if batch:
            flush()
    summary.articles_new -= summary.articles_reanalysed
    # Seconds per stage, in the main process.  "analyse" is the wait for the
    # engine's results (extract + resolve when serial; less when workers overlap
    # with ingest and store).
    secs["analyse+store"] = time.perf_counter() - t0
    secs["store"] = store_seconds
    secs["analyse"] = max(0.0, secs["analyse+store"] - secs.get("ingest", 0.0) - store_seconds)

    if store.timeline_stale():
        t1 = time.perf_counter()
        rebuild_timeline(store, secs)
        summary.timeline_rebuilt = True
        secs["graph+store"] = time.perf_counter() - t1
    _fill_counts(summary, store)
    secs["total"] = time.perf_counter() - t0
    return summary


class _StoreSink:
    """The graph builder's events, written into a new timeline build as they come."""

    def __init__(self, tb: TimelineBuild, seconds: dict[str, float]):
        self.tb, self.seconds = tb, seconds
        self.switched = False

    def write(self, events: list[tuple[tuple, Event, list[MergeDecision]]]) -> None:
        t = time.perf_counter()
        self.tb.write_events((e for _, e, _ in events), (d for _, _, ds in events for d in ds))
        self.seconds["store timeline"] = self.seconds.get("store timeline", 0.0) + time.perf_counter() - t

    def finish(self, relations: list[Relation], caravans: list[Caravan]) -> None:
        t = time.perf_counter()
        self.switched = self.tb.finish(relations, caravans)
        self.seconds["store timeline"] = self.seconds.get("store timeline", 0.0) + time.perf_counter() - t


def rebuild_timeline(store: Store, seconds: dict[str, float] | None = None) -> bool:
    """Build the timeline from a consistent snapshot of every stored analysis, straight into the store (a
    caravan at a time), and switch to it; returns whether it was switched to (not when a newer timeline was
    stored meanwhile by a concurrent build).

    ``seconds``, if given, gets "load" (reading the records back), "graph" (the graph builder itself) and
    "store timeline" (writing the events, and the switch).
    """
    secs: dict[str, float] = {}
    t0 = time.perf_counter()
    tb = store.timeline_build()
    try:
        source = _TimedSource(tb, secs)
        sink = _StoreSink(tb, secs)
        build_into(source, sink)
    finally:
        tb.close()
    if seconds is not None:
        seconds["load"] = secs.get("load", 0.0)
        seconds["store timeline"] = secs.get("store timeline", 0.0)
        seconds["graph"] = time.perf_counter() - t0 - seconds["load"] - seconds["store timeline"]
    return sink.switched


class _TimedSource:
    """The store's records, with the time spent reading them counted as "load"."""

    def __init__(self, tb: TimelineBuild, seconds: dict[str, float]):
        self.tb, self.seconds = tb, seconds

    def scan(self):
        return _timed(self.tb.records(records_version(), encode_records), self.seconds, "load")

    def fetch(self, articles):
        return _timed(self.tb.fetch(articles), self.seconds, "load")


def _timed(items: Iterable[T], seconds: dict[str, float], key: str) -> Iterator[T]:
    """Yield from ``items``, adding the time spent producing them to ``seconds[key]``."""
    it = iter(items)
    while True:
        t = time.perf_counter()
        try:
            x = next(it)
        except StopIteration:
            seconds[key] = seconds.get(key, 0.0) + time.perf_counter() - t
            return
        seconds[key] = seconds.get(key, 0.0) + time.perf_counter() - t
        yield x


def _fill_counts(summary: BuildSummary, store: Store) -> None:
    summary.mentions = store.count("mentions")
    summary.events = store.count("events")
    summary.conflicts = store.conflicts()
    summary.caravans = store.count("caravans")
