"""`timeline query --from DATE --to DATE`: events whose interval overlaps the range."""

from __future__ import annotations

import argparse

from timeline.commands._common import add_all, OK, STORE_ERROR, USAGE, add_db, add_range, err, open_store, selected_events, stdout_console
from timeline.commands.export import emit
from timeline.models import EVENT_TYPES
from timeline.render import render


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "query",
        help="events whose date interval overlaps [--from, --to]",
        description="List the stored events whose interval [start, end] overlaps [FROM, TO] (both inclusive), "
        "optionally of one type or at one place.",
    )
    add_db(p)
    add_range(p, required=True)
    p.add_argument("--type", action="append", choices=EVENT_TYPES, metavar="TYPE",
                   help=f"only this event type (repeatable): {', '.join(EVENT_TYPES)}")
    p.add_argument("--place", metavar="P", help="only events whose place or country contains P")
    p.add_argument("--caravan", metavar="LABEL", help="only this caravan (label or part of it)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    add_all(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.date_from > args.date_to:
        err(f"--from {args.date_from} is after --to {args.date_to}")
        return USAGE
    store = open_store(args)
    if store is None:
        return STORE_ERROR
    with store:
        events = selected_events(store, args, types=args.type, place=args.place)
        if args.format == "table":
            render(events, store.caravans(), console=stdout_console(),
                   title=f"Events overlapping {args.date_from} – {args.date_to}")
            return OK
        return emit(store, events, args.format, None)
