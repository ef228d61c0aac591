"""Terminal rendering with rich: the timeline grouped by caravan and date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from timeline.models import Caravan, Event

TYPE_STYLE = {
    "depart": "bold green",
    "cross_border": "bold cyan",
    "arrive": "green",
    "stay": "blue",
    "march": "cyan",
    "block": "bold red",
    "asylum": "magenta",
    "return": "yellow",
    "size": "white",
    "statement": "bright_black",
}

PART_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def _md(d: date) -> str:
    return f"{d:%b} {d.day}"


def when(e: Event) -> str:
    """Human date with its uncertainty: 'Oct 15, 2018', 'Oct 12–13, 2018', 'Apr 2018'."""
    s, t = e.start, e.end
    if s is None and t is None:
        return e.date or "undated"
    if s is None:
        return f"by {_md(t)}, {t.year}"
    if t is None:
        return f"since {_md(s)}, {s.year}"
    if e.granularity in ("month",) and s.day == 1 and s.month == t.month and s.year == t.year:
        return f"{s:%b} {s.year}"
    if e.granularity == "year" and (s.month, s.day, t.month, t.day) == (1, 1, 12, 31) and s.year == t.year:
        return str(s.year)
    if s == t:
        suffix = ""
        if "T" in e.date:
            tail = e.date.split("T", 1)[1]
            suffix = " " + PART_OF_DAY.get(tail, tail)
        return f"{_md(s)}, {s.year}{suffix}"
    if e.granularity == "week":
        return f"week of {_md(s)}, {s.year}"
    if s.year == t.year and s.month == t.month:
        return f"{s:%b} {s.day}–{t.day}, {s.year}"
    if s.year == t.year:
        return f"{_md(s)} – {_md(t)}, {s.year}"
    return f"{_md(s)}, {s.year} – {_md(t)}, {t.year}"


def _place(e: Event) -> str:
    if not e.place:
        return ""
    return f"{e.place} ({e.country})" if e.country and e.country not in e.place else e.place


def render(
    events: Iterable[Event],
    caravans: Iterable[Caravan] = (),
    console: Console | None = None,
    title: str | None = None,
) -> None:
    console = console or Console()
    events = list(events)
    if not events:
        console.print("[yellow]No events.[/yellow] Build some articles first: timeline build FILE_OR_DIR")
        return
    info = {c.label: c for c in caravans}

    def ckey(e: Event):
        return (e.caravan is None, info[e.caravan].start or date.max if e.caravan in info else date.max, e.caravan or "")

    events.sort(key=lambda e: (ckey(e), e.start or date.max, e.end or date.max, e.type, e.id))
    if title:
        console.rule(f"[bold]{escape(title)}")
    for label, group in groupby(events, key=lambda e: e.caravan):
        group = list(group)
        heading = f"Caravan {label}" if label else "Not attributed to a caravan"
        table = Table(
            title=heading, title_justify="left", title_style="bold", show_lines=False, expand=True, pad_edge=False
        )
        table.add_column("When", no_wrap=True, style="bold")
        table.add_column("Type", no_wrap=True)
        table.add_column("Where")
        table.add_column("What", ratio=3)
        table.add_column("Src", justify="right", no_wrap=True)
        table.add_column("Id", no_wrap=True, style="dim")
        for day, items in groupby(group, key=when):
            first = True
            for e in items:
                what = Text(e.summary)
                if e.group_size:
                    what.append(f"  [{e.group_size:,} people]", style="dim")
                if e.modality != "actual":
                    what.append(f"  ({e.modality})", style="italic yellow")
                if e.conflict:
                    what.append("  ⚠ sources disagree", style="bold yellow")
                    if e.conflict_note:
                        what.append(f": {e.conflict_note}", style="yellow")
                table.add_row(
                    Text(day + (" ⚠" if e.conflict else ""), style="yellow" if e.conflict else "")
                    if first
                    else "",
                    Text(e.type, style=TYPE_STYLE.get(e.type, "")),
                    _place(e),
                    what,
                    str(len(e.sources)),
                    e.id,
                )
                first = False
        console.print(table)
        console.print()
    n_conf = sum(e.conflict for e in events)
    console.print(
        f"[dim]{len(events)} events, {n_conf} with conflicting sources. "
        "`timeline explain ID` shows the mentions and decisions behind an event.[/dim]"
    )
