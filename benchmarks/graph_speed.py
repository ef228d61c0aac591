"""Cost of the graph builder alone (``timeline.graph.builder.build_into``) on synthetic mentions.

    python benchmarks/graph_speed.py [--sizes 100000,1000000] [--seed N] [--profile]
    python benchmarks/graph_speed.py --db timeline.db     # the graph step of a built database, again

The input is ``benchmarks/corpus.py``'s ``resolved_articles``: deterministic
resolved articles of wire-style caravan reports (3-8 stages of one caravan
per article, days, two-day intervals, ISO weeks and publication fallbacks,
sizes, places with coordinates, BEFORE relations between stages, some
sources a day off), with more caravans as the corpus grows, as in a real
multi-year corpus.  For every size the input is generated and encoded the way
a build's workers encode it (``records.encode_records``) into a temporary
file (not counted); the builder then reads it from there as it reads the store.  The builder runs as in a build: a caravan at a time, its
events and decisions serialised (as the store would write them) and dropped.
Printed: wall and CPU seconds, microseconds per mention, the builder's own
split by step (records: encoding and decoding the compact records; caravans,
merge, order, events), events, caravans, peak RSS.  Target (issue 6): 1M mentions in under 60 s on
a 2-core machine, growing near-linearly.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/ is not a package)


class JSONSink:
    """Serialises every event and decision as the store would, then drops them."""

    def __init__(self) -> None:
        self.events = self.decisions = self.caravans = 0

    def write(self, events) -> None:
        from timeline.store import _decision_json

        for _, e, ds in events:
            self.events += 1
            e.model_dump_json()
            for d in ds:
                self.decisions += 1
                _decision_json(d)

    def finish(self, relations, caravans) -> None:
        self.caravans = len(caravans)


def run(n: int, seed: int, profile: bool = False) -> dict:
    import tempfile

    from timeline.graph.builder import build_into

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        source = corpus.EncodedRecords(Path(tmp) / "records.jsonl", n, seed)
        made = source.mentions
        gen = time.perf_counter() - t0
        steps: dict[str, float] = {}
        pr = cProfile.Profile() if profile else None
        t1, c1 = time.perf_counter(), time.process_time()
        if pr:
            pr.enable()
        sink = JSONSink()
        build_into(source, sink, timings=steps)
        if pr:
            pr.disable()
        total, total_cpu = time.perf_counter() - t1, time.process_time() - c1
    if pr:
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
    return {
        "mentions": made,
        "input_s": gen,
        "graph_s": total,
        "graph_cpu_s": total_cpu,
        "steps": steps,
        "events": sink.events,
        "caravans": sink.caravans,
        "decisions": sink.decisions,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def rebuild(db: str, profile: bool = False) -> dict:
    """The graph step of a build, again, on a built database: reads the stored records, builds the
    timeline a caravan at a time into a new timeline build and switches to it."""
    import timeline.pipeline as pipeline
    from timeline.graph.builder import build_into
    from timeline.store import Store

    store = Store(db)
    io: dict[str, float] = {}
    steps: dict[str, float] = {}
    pr = cProfile.Profile() if profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    if pr:
        pr.enable()
    tb = store.timeline_build()
    try:
        counts = build_into(pipeline._TimedSource(tb, io), pipeline._StoreSink(tb, io), timings=steps)
    finally:
        tb.close()
    if pr:
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    store.close()
    return {"wall_s": wall, "cpu_s": cpu, "io": io, "steps": steps, **counts,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="numbers of mentions, comma-separated")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the builder (slower)")
    ap.add_argument("--db", help="instead: run the graph step again on this built database (replaces its timeline)")
    a = ap.parse_args(argv)
    if a.db:
        r = rebuild(a.db, a.profile)
        m = r["mentions"]
        print(f"{m:,} mentions: graph step {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU "
              f"({1e6 * r['wall_s'] / max(m, 1):.0f} us/mention) | reading records {r['io'].get('load', 0):.1f} s, "
              f"writing the timeline {r['io'].get('store timeline', 0):.1f} s | steps (s): "
              + ", ".join(f"{k} {v:.1f}" for k, v in r["steps"].items())
              + f" | {r['events']:,} events, {r['partitions']:,} caravan partitions (largest {r['largest_partition']:,} "
              f"mentions), {r['related_events']:,} related events, {r['deferred_events']:,} waited for ordering "
              f"({r['deferred_mentions']:,} mentions) | peak RSS {r['peak_rss_mb']:.0f} MB")
        return 0
    prev = None
    for n in (int(x) for x in a.sizes.split(",") if x):
        r = run(n, a.seed, a.profile)
        per = 1e6 * r["graph_s"] / max(r["mentions"], 1)
        steps = ", ".join(f"{k} {v:.1f}" for k, v in r["steps"].items())
        print(f"{r['mentions']:>9,} mentions: graph {r['graph_s']:.1f} s wall, {r['graph_cpu_s']:.1f} s CPU "
              f"({per:.0f} us/mention; input generation {r['input_s']:.1f} s) | steps (s): {steps} | "
              f"{r['events']:,} events, {r['caravans']:,} caravans, {r['decisions']:,} decisions, "
              f"peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
        if prev is not None:
            ratio = r["graph_cpu_s"] / max(prev["graph_cpu_s"], 1e-9)
            print(f"          x{r['mentions'] / prev['mentions']:.0f} mentions -> x{ratio:.1f} CPU time")
        prev = r
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
