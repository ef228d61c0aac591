"""`timeline explain EVENT_ID`: why this event, why this date."""

from __future__ import annotations

import argparse

from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from timeline.commands._common import OK, STORE_ERROR, USAGE, add_db, err, open_store, stdout_console
from timeline.render import when


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "explain",
        help="show the mentions, dates and merge decisions behind one event",
        description="For one event: every mention with its sentence, time expression, anchor and rule, each "
        "source's date claim, and the merge decisions that formed the event. EVENT_ID may be a unique prefix.",
    )
    p.add_argument("event_id", metavar="EVENT_ID", help="event id as shown by `show`, `query` or `export`")
    add_db(p)
    p.set_defaults(run=run)


def _highlight(sentence: str, marks: list[str]) -> Text:
    t = Text(sentence)
    for m in marks:
        if m:
            t.highlight_words([m], style="bold underline")
    return t


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    if store is None:
        return STORE_ERROR
    with store:
        event = store.event(args.event_id)
        if event is None:
            err(f"no event with id {args.event_id!r} (see `timeline show` for ids)")
            return USAGE
        c = stdout_console()
        head = Text.assemble(
            (f"{event.type}", "bold"), f"  {when(event)}  [{event.date}]",
            f"  {event.place or ''}", f"\ncaravan: {event.caravan or '-'}",
            f"   sources: {', '.join(event.sources)}   confidence: {event.confidence:.2f}",
        )
        if event.conflict:
            head.append(f"\n⚠ sources disagree: {event.conflict_note or ''}", style="bold yellow")
        c.print(Panel(head, title=f"event {event.id}", title_align="left"))
        c.print(Text(event.summary))
        c.print()
        c.print("[bold]Mentions[/bold]")
        for r in store.mention_rows(event.mentions):
            c.print(f"[bold]{escape(r['id'])}[/bold]  ({escape(r['article_id'])}, chars {r['start']}–{r['end']}, "
                    f"trigger {escape(repr(r['trigger']))}, rule {escape(r['rule'])}, {r['modality']})")
            if r["sentence"]:
                c.print(_highlight(r["sentence"], [r["trigger"], r["time_text"]]), style="italic")
            time_text = f"{r['time_text']!r}" if r["time_text"] else "(no expression of its own)"
            c.print(f"  time: {escape(time_text)} → {escape(str(r['time_value']))} "
                    f"[{r['time_start']} .. {r['time_end']}] via {r['time_link']}"
                    + (f", rule {escape(r['time_rule'])}" if r["time_rule"] else ""))
            if r["anchor"]:
                c.print(f"  anchor: {escape(r['anchor'])}")
            if r["reason"]:
                c.print(f"  why: {escape(r['reason'])}")
            c.print()
        if event.claims:
            c.print("[bold]Date claims[/bold]")
            for cl in event.claims:
                c.print(f"  {escape(cl.article_id)}: {cl.value} [{cl.start} .. {cl.end}] ({cl.time_link})")
            c.print()
        decisions = store.decisions(event.id)
        if decisions:
            c.print("[bold]Merge decisions[/bold]")
            for d in decisions:
                other = f" vs {d.other}" if d.other else ""
                c.print(f"  {d.decision}: {escape(d.mention_id)}{escape(other)} — {escape(d.reason)}")
    return OK
