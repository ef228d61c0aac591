"""`timeline build INPUT...`: ingest, extract, resolve, build the graph, store."""

from __future__ import annotations

import argparse
import sys
import time as clock
from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path

from timeline.commands._common import (
    INPUT_ERRORS,
    OK,
    STORE_ERROR,
    USAGE,
    add_db,
    err,
    iso_date,
    open_store,
    stderr_console,
)
from timeline.engines import DaskEngine, EngineError, make_engine
from timeline.ingest import iter_files
from timeline.pipeline import build, warm_worker
from timeline.store import StoreError
from timeline.version import analysis_version


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "build",
        help="read articles, extract and date their events, and store the timeline",
        description="Read articles (files or directories, recursed: .json, .jsonl, .txt, .md), extract time "
        "expressions and migration events, anchor them, merge them into one timeline and store it. "
        "Articles already stored (same content) are not added twice.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories")
    add_db(p)
    p.add_argument("--published", type=iso_date, metavar="DATE",
                   help="publication date (YYYY-MM-DD) for inputs that have none")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes for extraction and resolution (default: number of cores)")
    p.add_argument("--dask", metavar="SCHEDULER_ADDRESS", default=None,
                   help="run extraction and resolution on a Dask distributed cluster (e.g. tcp://host:8786; "
                        "needs pip install 'timeline[dask]' here and on the workers)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.workers is not None and args.workers < 1:
        err("--workers must be at least 1")
        return USAGE
    if args.dask and args.workers is not None:
        err("--workers and --dask exclude each other (the cluster's workers do the work)")
        return USAGE
    if args.dask:
        try:
            engine = DaskEngine(args.dask)
        except EngineError as exc:
            err(str(exc))
            return USAGE
    else:
        engine = make_engine(args.workers, initializer=warm_worker)
    store = open_store(args, must_exist=False)
    if store is None:
        _close(engine)
        return STORE_ERROR
    default_published = datetime.combine(args.published, time()) if args.published else None
    console = stderr_console()
    show_progress = not args.quiet and console.is_terminal

    def on_error(msg: str) -> None:
        console.print(f"[bold red]error[/bold red]: {msg}", highlight=False, markup=True, soft_wrap=True) \
            if console.is_terminal else print(f"error: {msg}", file=sys.stderr)

    def on_warning(msg: str) -> None:
        console.print(f"[yellow]warning[/yellow]: {msg}", soft_wrap=True) \
            if console.is_terminal else print(f"warning: {msg}", file=sys.stderr)

    try:
        if show_progress:
            with make_progress(console) as progress:
                total = count_articles(args.inputs)
                if total is not None:  # stored articles whose analysis is out of date are redone first
                    total += len(store.article_ids_missing_analysis(analysis_version()))
                task = progress.add_task("articles", total=total)
                done = [0]

                def on_progress(n: int) -> None:
                    progress.advance(task, n)
                    done[0] += n
                    if total is not None and done[0] == total:  # next: the graph step, no count to show
                        progress.update(task, description="articles done; building the timeline")

                summary = build(args.inputs, store, default_published=default_published, engine=engine,
                                on_error=on_error, on_warning=on_warning, on_progress=on_progress)
        else:
            summary = build(args.inputs, store, default_published=default_published, engine=engine,
                            on_error=on_error, on_warning=on_warning)
    except StoreError as exc:
        err(str(exc))
        return STORE_ERROR
    finally:
        _close(engine)
        store.close()
    if not args.quiet:
        print(summary.line())
    return INPUT_ERRORS if summary.failed else OK


def _close(engine: object) -> None:
    close = getattr(engine, "close", None)
    if close:
        close()


# ------------------------------------------------------------------ progress


def make_progress(console):
    """A rich progress bar: articles done / total, rate, elapsed and ETA (transient)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} articles/s" if speed else "– articles/s", style="progress.data.speed")

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        speed_estimate_period=30.0,
    )


def count_articles(inputs: Iterable[str], budget: float = 2.0) -> int | None:
    """How many articles the inputs hold, for the progress bar's total and ETA.

    One article per .json/.txt/.md file and one per line of a .jsonl file (a
    .json list counts as one, a blank line as one: the total is an estimate).  Counting lines
    reads the files in large binary chunks (hundreds of MB/s); past ``budget``
    seconds it gives up and the bar runs without a total.
    """
    t0 = clock.perf_counter()
    total = 0
    for path in iter_files(inputs):
        if clock.perf_counter() - t0 > budget:
            return None
        if not isinstance(path, Path):
            continue
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            try:
                total += _count_lines(path)
            except OSError:
                continue
        elif suffix in (".json", ".txt", ".md"):
            total += 1
    return total


def _count_lines(path: Path) -> int:
    """Lines of a text file (a blank line counts too: an estimate), read in 1 MiB binary chunks."""
    n = 0
    last = b"\n"
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")
