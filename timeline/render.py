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
# minutes after midnight a part of the day is placed at, to order a day's events
_POD_MINUTES = {"MO": 6 * 60, "DT": 12 * 60, "AF": 14 * 60, "EV": 19 * 60, "NI": 22 * 60}


def time_of_day(e: Event) -> int:
    """Minutes after midnight of a one-day event's time ('T05:00', 'TMO'); -1 when only the day is known
    (those come first in their day)."""
    if e.start is None or e.start != e.end or "T" not in (e.date or ""):
        return -1
    tail = e.date.split("T", 1)[1]
    if tail in _POD_MINUTES:
        return _POD_MINUTES[tail]
    hh, _, mm = tail.partition(":")
    try:
        return int(hh) * 60 + int(mm[:2] or 0)
    except ValueError:
        return -1


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
    if e.granularity == "week" and s.isoweekday() == 1 and (t - s).days == 6:
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


def size_words(e: Event) -> str:
    """The event's group size in words: "1,500 people", or a vague quantity as reported ("hundreds of
    people", "several thousand people"), never a number the sources did not give; "" when none."""
    if e.group_size:
        return f"{e.group_size:,} people"
    if e.size_vague:
        return f"{e.size_vague} of people" if e.size_vague.endswith("s") else f"{e.size_vague} people"
    return ""


def _line(e: Event) -> Text:
    t = Text()
    place = _place(e)
    if place:
        t.append(place, style="bold")
        t.append(" — ")
    t.append(e.summary)
    size = size_words(e)
    if size:
        t.append(f" [{size}]", style="dim")
    if e.modality != "actual":
        t.append(f" ({e.modality})", style="italic yellow")
    n = len(e.sources)
    t.append(f"  {n} source{'s' if n != 1 else ''}", style="dim")
    if e.conflict:
        t.append(f"  ⚠ {e.conflict_note or 'sources disagree'}", style="bold yellow")
    t.append(f"  {e.id}", style="dim")
    return t


def render(
    events: Iterable[Event],
    caravans: Iterable[Caravan] = (),
    console: Console | None = None,
    title: str | None = None,
) -> None:
    """Print events grouped by caravan, then by date, one line per event."""
    console = console or Console()
    events = list(events)
    if title:
        console.rule(f"[bold]{escape(title)}")
    if not events:
        console.print("[yellow]No events.[/yellow]")
        return
    info = {c.label: c for c in caravans}

    def ckey(e: Event):
        c = info.get(e.caravan) if e.caravan else None
        return (e.caravan is None, (c.start if c and c.start else date.max), e.caravan or "")

    # one heading per day: its events by time of day (the day-level ones first), then by type
    events.sort(key=lambda e: (ckey(e), e.start or date.max, e.end or date.max, time_of_day(e), e.type, e.id))
    type_width = max(len(e.type) for e in events)
    for label, group in groupby(events, key=lambda e: e.caravan):
        group = list(group)
        heading = f"Caravan {label}" if label else "Not attributed to a caravan"
        n = len(group)
        console.print(Text(f"{heading}  ({n} event{'s' if n != 1 else ''})", style="bold underline"))
        for day, items in groupby(group, key=when):
            items = list(items)
            conflict = any(e.conflict for e in items)
            console.print(Text(f"  {day}" + (" ⚠" if conflict else ""), style="bold yellow" if conflict else "bold"))
            grid = Table.grid(padding=(0, 1), expand=True)
            grid.add_column(width=3, no_wrap=True)
            grid.add_column(width=type_width, no_wrap=True)
            grid.add_column(ratio=1)
            for e in items:
                grid.add_row("", Text(e.type, style=TYPE_STYLE.get(e.type, "")), _line(e))
            console.print(grid)
        console.print()
    n_conf = sum(e.conflict for e in events)
    console.print(
        f"[dim]{len(events)} events, {n_conf} with conflicting sources. "
        "`timeline explain ID` shows the mentions and decisions behind an event.[/dim]"
    )
