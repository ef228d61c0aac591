"""`timeline export --format csv|json [--out FILE]`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from timeline.commands._common import add_all, OK, STORE_ERROR, add_db, add_range, err, open_store, selected_events
from timeline.export import dumps, json_document, write_csv
from timeline.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the events as CSV or JSON",
        description="Export the stored events. CSV: one row per event. JSON: articles, events with every "
        "mention (sentence, offsets, time expression, value, rule) and the temporal relations.",
    )
    add_db(p)
    p.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    add_range(p)
    p.add_argument("--caravan", metavar="LABEL", help="only this caravan (label or part of it)")
    add_all(p)
    p.set_defaults(run=run)


def write_output(text_writer, out: str | None) -> int:
    """Write via ``text_writer(stream)`` to ``out`` atomically, or to stdout."""
    if not out:
        text_writer(sys.stdout)
        return OK
    target = Path(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".timeline-", dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        err(f"{out}: cannot write ({exc.strerror or exc})")
        return STORE_ERROR
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            text_writer(fh)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        err(f"{out}: cannot write ({exc.strerror or exc})")
        return STORE_ERROR
    return OK


def emit(store: Store, events, fmt: str, out: str | None) -> int:
    if fmt == "csv":
        return write_output(lambda fh: write_csv(events, fh), out)
    pairs = [(e, store.mention_rows(e.mentions)) for e in events]
    ids = {e.id for e in events}
    mention_ids = {m for e in events for m in e.mentions}
    relations = [r for r in store.relations() if r.source in ids | mention_ids or r.target in ids | mention_ids]
    doc = json_document(store.articles(), pairs, relations)
    return write_output(lambda fh: fh.write(dumps(doc) + "\n"), out)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    if store is None:
        return STORE_ERROR
    with store:
        events = selected_events(store, args)
        return emit(store, events, args.format, args.out)
