"""`timeline build INPUT...`: ingest, extract, resolve, build the graph, store."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time

from timeline.commands._common import INPUT_ERRORS, OK, STORE_ERROR, add_db, err, iso_date, open_store, stderr_console
from timeline.engines import make_engine
from timeline.pipeline import build
from timeline.store import StoreError


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
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.workers is not None and args.workers < 1:
        err("--workers must be at least 1")
        return 2
    store = open_store(args, must_exist=False)
    if store is None:
        return STORE_ERROR
    default_published = datetime.combine(args.published, time()) if args.published else None
    console = stderr_console()
    show_progress = not args.quiet and sys.stderr.isatty()
    engine = make_engine(args.workers)

    def on_error(msg: str) -> None:
        console.print(f"[bold red]error[/bold red]: {msg}", highlight=False, markup=True, soft_wrap=True) \
            if console.is_terminal else print(f"error: {msg}", file=sys.stderr)

    def on_warning(msg: str) -> None:
        console.print(f"[yellow]warning[/yellow]: {msg}", soft_wrap=True) \
            if console.is_terminal else print(f"warning: {msg}", file=sys.stderr)

    try:
        if show_progress:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                          console=console, transient=True) as progress:
                task = progress.add_task("building", total=None)
                summary = build(args.inputs, store, default_published=default_published, engine=engine,
                                on_error=on_error, on_warning=on_warning,
                                on_progress=lambda n: progress.advance(task, n))
        else:
            summary = build(args.inputs, store, default_published=default_published, engine=engine,
                            on_error=on_error, on_warning=on_warning)
    except StoreError as exc:
        err(str(exc))
        return STORE_ERROR
    finally:
        close = getattr(engine, "close", None)
        if close:
            close()
        store.close()
    if not args.quiet:
        print(summary.line())
    return INPUT_ERRORS if summary.failed else OK
