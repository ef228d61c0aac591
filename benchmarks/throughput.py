"""Throughput and scale benchmark for ``timeline build``.

    python benchmarks/throughput.py                       # 1k and 10k articles, graph on 10k/100k mentions
    python benchmarks/throughput.py --sizes 1000,10000,100000 --graph-sizes 10000,100000,1000000
    python benchmarks/throughput.py --sizes 10000 --workers 1,2 --no-graph

For every corpus size it

1. generates (once, cached under ``--cache``) a deterministic synthetic corpus
   of wire-style caravan articles (``benchmarks/corpus.py``), as JSON Lines shards;
2. profiles the stages on a sample, serially in one process: ingest (read +
   parse + validate), extract, resolve, rows (the store's rows and the graph
   records, made by the workers in a build), store (inserts, 50 articles per
   transaction) (ms per article, share);
3. builds it end to end into a fresh database with ``timeline.pipeline.build``
   (in a child process, so peak memory is the build's own): articles/s, MB/s,
   peak RSS of the main process and of the largest worker, seconds per phase
   as the pipeline reports them;
4. builds it again unchanged (must be a no-op measured in seconds);

then builds the timeline graph alone (``timeline.graph.builder.build_into``,
a caravan at a time, events serialised and dropped as the build writes them)
on synthetic resolved mentions (10k, 100k, 1M ...) to show how its cost grows,
subtracting the time spent generating its input.  The input articles are kept
encoded (``records.encode_records``, as the store keeps them), which counts in
the peak RSS.

Targets (issue 6, on a 2-core machine): >= 300 articles/s end to end on 10k
articles; graph for 1M mentions < 60 s; peak memory < 1 GB at 100k articles;
an unchanged rebuild in seconds.  ``--json FILE`` writes every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/ is not a package)

DEFAULT_CACHE = HERE / ".cache"


def _rss_mb() -> tuple[float, float]:
    """Peak RSS (MB) of this process and of the largest waited-for child."""
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux, bytes on macOS
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return me, kids


# ------------------------------------------------------------ child modes


def child_build(corpus_dir: str, db: str, workers: int, dask: str | None) -> dict:
    """One ``build`` in this process; returns the figures as a dict."""
    from timeline.engines import DaskEngine, make_engine
    from timeline.pipeline import build, warm_worker
    from timeline.store import Store

    engine = DaskEngine(dask) if dask else make_engine(workers, initializer=warm_worker)
    store = Store(db)
    versions = store.analysed_version_counts()
    if len(versions) == 1:
        # The rebuild measures the no-op path for an unchanged corpus *and unchanged code*.  The
        # analysis version is a hash of the extractor's files, and other people may edit the
        # working tree between the two runs: reuse the version the first build stored.
        import timeline.pipeline as pipeline

        pinned = next(iter(versions))
        pipeline.analysis_version = lambda: pinned
    t0, c0 = time.perf_counter(), time.process_time()
    done = [0]
    curve: list[tuple[int, float]] = []  # (articles done, peak RSS so far): flat while articles stream

    def progress(n: int) -> None:
        done[0] += n
        if done[0] % 5000 == 0:
            curve.append((done[0], _rss_mb()[0]))

    try:
        summary = build([corpus_dir], store, engine=engine, on_progress=progress)
    finally:
        close = getattr(engine, "close", None)
        if close:
            close()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    store.close()
    me, kid_rss = _rss_mb()
    return {
        "wall_s": wall,
        "cpu_main_s": cpu,
        "cpu_workers_s": None if dask else kids.ru_utime + kids.ru_stime,
        "articles_read": summary.articles_read,
        "articles_new": summary.articles_new,
        "articles_unchanged": summary.articles_unchanged,
        "mentions": summary.mentions,
        "events": summary.events,
        "caravans": summary.caravans,
        "errors": len(summary.errors),
        "first_errors": [str(e) for e in summary.errors[:3]],
        "warnings": len(summary.warnings),
        "timeline_rebuilt": summary.timeline_rebuilt,
        "seconds": summary.seconds,
        "peak_rss_main_mb": me,
        "peak_rss_worker_mb": None if dask else kid_rss,
        "rss_main_during_articles_mb": curve,  # Dask workers are not our children
        "db_mb": sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 1e6,
    }


def child_profile(corpus_dir: str, sample: int) -> dict:
    """Per-stage CPU cost on the first ``sample`` articles, serially in one process.

    CPU time (``time.process_time``), not wall time: the reference machine is
    shared, and wall time would charge other jobs to whichever stage was running.
    """
    clock = time.process_time
    from timeline.version import analysis_version
    from timeline.extract import extract
    from timeline.ingest import read_inputs
    from timeline.models import Article
    from timeline.resolve import resolve
    from timeline.store import Store

    from timeline.graph.records import encode_records, records_version
    from timeline.store import prepare

    # rows: the store's rows and the graph records (made by the workers in a build); store: the main
    # process's inserts, 50 articles per transaction as in a build
    t = {"ingest": 0.0, "extract": 0.0, "resolve": 0.0, "rows": 0.0, "store": 0.0}
    batch: list = []
    n = mentions = timexes = chars = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "profile.db")
        it = read_inputs([corpus_dir])
        while n < sample:
            t0 = clock()
            item = next(it, None)
            t1 = clock()
            t["ingest"] += t1 - t0
            if item is None:
                break
            if not isinstance(item, Article):
                continue
            ex = extract(item)
            t2 = clock()
            res = resolve(ex)
            t3 = clock()
            rows = prepare(res, item.content_hash, encode_records(res), records_version(), sent_text=item.text)
            t4 = clock()
            batch.append((rows, item.text))
            if len(batch) == 50:
                store.add_prepared(batch, analysis_version())
                batch.clear()
            t5 = clock()
            t["extract"] += t2 - t1
            t["resolve"] += t3 - t2
            t["rows"] += t4 - t3
            t["store"] += t5 - t4
            n += 1
            mentions += len(res.mentions)
            timexes += len(res.timexes)
            chars += len(item.text)
        t0 = clock()
        store.add_prepared(batch, analysis_version())
        t["store"] += clock() - t0
        store.close()
    total = sum(t.values())
    return {
        "articles": n,
        "chars_per_article": chars / max(n, 1),
        "timexes_per_article": timexes / max(n, 1),
        "mentions_per_article": mentions / max(n, 1),
        "ms_per_article": {k: 1000 * v / max(n, 1) for k, v in t.items()},
        "share": {k: v / total if total else 0.0 for k, v in t.items()},
        "serial_articles_per_s": n / total if total else 0.0,
    }


class _JSONSink:
    """A graph sink that serialises every event and decision as the store would, then drops them (the build
    path: the timeline is never held whole)."""

    def __init__(self) -> None:
        self.events = self.decisions = self.bytes = 0

    def write(self, events) -> None:
        from timeline.store import _decision_json

        for _, e, ds in events:
            self.events += 1
            self.bytes += len(e.model_dump_json())
            for d in ds:
                self.decisions += 1
                self.bytes += len(_decision_json(d))

    def finish(self, relations, caravans) -> None:
        self.caravans = len(caravans)


def child_graph(n_mentions: int, seed: int) -> dict:
    """Build the timeline alone from ``n_mentions`` synthetic resolved mentions, as the build does: from
    the records encoded per article (in a build, by the workers; here written to a temporary file first,
    not counted), a caravan at a time, into a sink that serialises the events and drops them."""
    from timeline.graph.builder import build_into

    with tempfile.TemporaryDirectory() as tmp:
        # 1. the input: generated and encoded (the workers' share of the work in a build), not counted
        t0 = time.perf_counter()
        source = corpus.EncodedRecords(Path(tmp) / "records.jsonl", n_mentions, seed)
        made = source.mentions
        gen = time.perf_counter() - t0
        base_rss, _ = _rss_mb()
        # 2. the graph builder
        t1, c1 = time.perf_counter(), time.process_time()
        sink = _JSONSink()
        build_into(source, sink)
        total, total_cpu = time.perf_counter() - t1, time.process_time() - c1
    me, _ = _rss_mb()
    return {
        "mentions": made,
        "input_s": gen,
        "total_s": total,
        "graph_s": total,
        "graph_cpu_s": total_cpu,  # wall time suffers from other jobs; CPU time less
        "rss_before_graph_mb": base_rss,
        "events": sink.events,
        "caravans": sink.caravans,
        "peak_rss_mb": me,
    }


# ------------------------------------------------------------ driver


def _child(*args: str, timeout: float | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _ints(s: str) -> list[int]:
    return [int(x.replace("_", "")) for x in s.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "_build":
        print(json.dumps(child_build(argv[1], argv[2], int(argv[3]), argv[4] if len(argv) > 4 else None)))
        return 0
    if argv and argv[0] == "_profile":
        print(json.dumps(child_profile(argv[1], int(argv[2]))))
        return 0
    if argv and argv[0] == "_graph":
        print(json.dumps(child_graph(int(argv[1]), int(argv[2]))))
        return 0

    ap = argparse.ArgumentParser(description="Throughput and scale benchmark for timeline build.")
    ap.add_argument("--sizes", type=_ints, default=[1000, 10000], help="corpus sizes in articles (default 1000,10000)")
    ap.add_argument("--graph-sizes", type=_ints, default=[10000, 100000],
                    help="graph-only sizes in mentions (default 10000,100000; add 1000000 for the 1M target)")
    ap.add_argument("--workers", type=_ints, default=[os.cpu_count() or 1],
                    help="worker process counts to build with (default: the number of cores)")
    ap.add_argument("--dask", metavar="SCHEDULER_ADDRESS",
                    help="also build on this Dask scheduler ('local': start a LocalCluster of one single-threaded "
                         "worker process per core for the run)")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where generated corpora are kept")
    ap.add_argument("--profile-sample", type=int, default=500, help="articles in the per-stage profile")
    ap.add_argument("--no-graph", action="store_true", help="skip the graph-only runs")
    ap.add_argument("--no-build", action="store_true", help="skip the end-to-end builds")
    ap.add_argument("--no-rebuild", action="store_true", help="skip the unchanged rebuild")
    ap.add_argument("--json", type=Path, help="write every figure to this JSON file")
    args = ap.parse_args(argv)

    cluster = None
    if args.dask == "local":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        args.dask = cluster.scheduler_address
    try:
        return _run(args)
    finally:
        if cluster is not None:
            cluster.close()


def _run(args: argparse.Namespace) -> int:
    out: dict = {"machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]}, "builds": [],
                 "profile": None, "graph": []}
    if not args.no_build:
        for n in args.sizes:
            t0 = time.perf_counter()
            cdir = corpus.cached_corpus(args.cache, n, args.seed)
            mb = corpus.corpus_bytes(cdir) / 1e6
            print(f"\n== corpus: {n:,} articles, {mb:.1f} MB ({cdir.name}, ready in {time.perf_counter() - t0:.1f} s)")
            if out["profile"] is None and args.profile_sample:
                prof = _child("_profile", str(cdir), str(min(args.profile_sample, n)))
                out["profile"] = prof
                ms = prof["ms_per_article"]
                print(f"   stage profile (CPU), serial, {prof['articles']} articles "
                      f"({prof['chars_per_article']:.0f} chars, {prof['timexes_per_article']:.1f} timexes, "
                      f"{prof['mentions_per_article']:.1f} mentions each): "
                      + ", ".join(f"{k} {v:.2f} ms ({100 * prof['share'][k]:.0f}%)" for k, v in ms.items())
                      + f" -> {prof['serial_articles_per_s']:.0f} articles/s on one core")
            for w in args.workers + (["dask"] if args.dask else []):
                with tempfile.TemporaryDirectory() as tmp:
                    db = str(Path(tmp) / "bench.db")
                    extra = ["1", args.dask] if w == "dask" else [str(w)]
                    r = _child("_build", str(cdir), db, *extra)
                    rate = r["articles_read"] / r["wall_s"]
                    wmb = r["peak_rss_worker_mb"]
                    worker_mb = "n/a" if wmb is None else f"{wmb:.0f} MB"
                    secs = ", ".join(f"{k} {v:.1f}" for k, v in r["seconds"].items())
                    print(f"   build, {'dask' if w == 'dask' else f'{w} worker(s)'}: {r['wall_s']:.1f} s, "
                          f"{rate:,.0f} articles/s, {mb / r['wall_s']:.2f} MB/s; peak RSS main "
                          f"{r['peak_rss_main_mb']:.0f} MB, largest worker {worker_mb}; "
                          f"{r['mentions']:,} mentions -> {r['events']:,} events, {r['caravans']} caravans; "
                          f"db {r['db_mb']:.0f} MB")
                    if r["rss_main_during_articles_mb"]:
                        c = r["rss_main_during_articles_mb"]
                        print(f"     peak RSS main while articles stream: {c[0][1]:.0f} MB after {c[0][0]:,}, "
                              f"{c[-1][1]:.0f} MB after {c[-1][0]:,} (the rest is the graph step)")
                    wcpu = r["cpu_workers_s"]
                    print(f"     phases (s): {secs}; CPU main {r['cpu_main_s']:.1f} s"
                          + (f", workers {wcpu:.1f} s" if wcpu is not None else ""))
                    if r["errors"]:
                        print(f"     {r['errors']} errors, e.g. {r['first_errors']}")
                    # What the machine would do if it were ours alone: the CPU the build used,
                    # spread over the cores, but never less than the main process's own CPU.
                    if r["cpu_workers_s"] is not None:
                        cores = os.cpu_count() or 1
                        busy = max((r["cpu_main_s"] + r["cpu_workers_s"]) / cores, r["cpu_main_s"])
                        r["uncontended_articles_per_s"] = r["articles_read"] / busy
                        print(f"     CPU-bound estimate on {cores} dedicated cores: "
                              f"{r['uncontended_articles_per_s']:,.0f} articles/s")
                    entry = {"articles": n, "corpus_mb": mb, "workers": w, "articles_per_s": rate,
                             "mb_per_s": mb / r["wall_s"], **r}
                    if not args.no_rebuild and w == args.workers[0]:
                        rr = _child("_build", str(cdir), db, *extra)
                        print(f"   rebuild unchanged: {rr['wall_s']:.2f} s ({rr['articles_unchanged']:,} unchanged, "
                              f"timeline rebuilt: {rr['timeline_rebuilt']})")
                        entry["rebuild"] = rr
                    out["builds"].append(entry)
    if not args.no_graph:
        print("\n== graph builder alone (synthetic resolved mentions)")
        for n in args.graph_sizes:
            g = _child("_graph", str(n), str(args.seed))
            out["graph"].append(g)
            print(f"   {g['mentions']:>9,} mentions: graph {g['graph_s']:.1f} s wall, {g['graph_cpu_s']:.1f} s CPU "
                  f"({1e6 * g['graph_s'] / g['mentions']:.0f} us/mention; input generation {g['input_s']:.1f} s "
                  f"not counted), {g['events']:,} events, {g['caravans']} caravans, peak RSS {g['peak_rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
