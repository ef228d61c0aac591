"""Options and helpers shared by the commands."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from rich.console import Console

from timeline.store import Store, StoreError, default_path

# Exit statuses
OK, INPUT_ERRORS, USAGE, STORE_ERROR = 0, 1, 2, 3


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="SQLite database file (default: $TIMELINE_DB or ./timeline.db)",
    )


def iso_date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date in YYYY-MM-DD form") from None


def add_range(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE", required=required,
                   help="only events whose interval ends on or after DATE (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", required=required,
                   help="only events whose interval starts on or before DATE (YYYY-MM-DD)")


def err(msg: str) -> None:
    print(f"timeline: {msg}", file=sys.stderr)


def open_store(args: argparse.Namespace, must_exist: bool = True) -> Store | None:
    from pathlib import Path

    path = args.db or default_path()
    if must_exist and not Path(path).exists():
        err(f"{path}: no such database; run `timeline build INPUT...` first")
        return None
    try:
        return Store(path)
    except StoreError as exc:
        err(str(exc))
        return None


def stdout_console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def add_all(p: argparse.ArgumentParser) -> None:
    p.add_argument("--all", dest="include_all", action="store_true",
                   help="also list planned, hypothetical and negated events (left out by default)")


def selected_events(store: Store, args: argparse.Namespace, **filters):
    """The stored events the command's --from/--to/--caravan/--all (and any
    extra ``filters``, e.g. types and place) select."""
    return store.events(start=args.date_from, end=args.date_to, caravan=args.caravan,
                        actual_only=not args.include_all, **filters)
