"""`timeline show`: the timeline in the terminal."""

from __future__ import annotations

import argparse

from timeline.commands._common import add_all, OK, STORE_ERROR, add_db, add_range, open_store, selected_events, stdout_console
from timeline.render import render


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show",
        help="print the timeline, grouped by caravan and date",
        description="Print the stored timeline: one table per caravan, events grouped by date with their type, "
        "place, summary and number of sources; uncertain dates shown as intervals, conflicts marked.",
    )
    add_db(p)
    add_range(p)
    p.add_argument("--caravan", metavar="LABEL", help="only this caravan (label or part of it)")
    add_all(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    if store is None:
        return STORE_ERROR
    with store:
        events = selected_events(store, args)
        render(events, store.caravans(), console=stdout_console())
    return OK
