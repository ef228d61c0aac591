"""Calendar exports (iCalendar text, RFC 5545) pasted into an article: each event block is told from its stamp.

A shared calendar's entry ("BEGIN:VEVENT ... DTSTAMP:20211024T013000Z ... DESCRIPTION:Assembly decided
tonight: the caravan rests in Huixtla Sunday and Monday ... END:VEVENT") was written when it was stamped:
its "tonight", "tomorrow" and bare weekdays count from the stamp's day, in the calendar's own zone (a stamp
in UTC at 01:30 on the 24th is the evening of the 23rd in Mexico City).  The zone is the event's ``TZID``
or the calendar's ``X-WR-TIMEZONE``; without one (or without the zone database) the stamp's UTC day is used.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

_BLOCK = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$(?P<body>.*?)^END:VEVENT", re.M | re.S)
_STAMP = re.compile(r"^(?:DTSTAMP|CREATED|LAST-MODIFIED)(?:;[^:\n]*)?:(?P<v>\d{8}T\d{4,6})(?P<z>Z?)[ \t]*\r?$", re.M)
_CAL_ZONE = re.compile(r"^X-WR-TIMEZONE:(?P<tz>[A-Za-z_+\-/0-9]+)[ \t]*\r?$", re.M)
_EVENT_ZONE = re.compile(r"^DT(?:START|END)[^:\n]*;TZID=(?P<tz>[A-Za-z_+\-/0-9]+)[;:]", re.M)


def _zone(name: str | None):
    if not name:
        return None
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # an unknown zone, or no zone database on this machine: the UTC day stands
        return None


def _stamp_day(v: str, utc: bool, zone) -> date | None:
    try:
        t = datetime.strptime(v[:13], "%Y%m%dT%H%M")
    except ValueError:
        return None
    if utc and zone is not None:
        t = t.replace(tzinfo=timezone.utc).astimezone(zone)
    return t.date()


def ical_blocks(text: str) -> list[tuple[int, int, date, str]]:
    """(start, end, day, label) of every stamped event block of a calendar export in ``text``."""
    if "BEGIN:VEVENT" not in text:
        return []
    cal = _CAL_ZONE.search(text)
    out = []
    for b in _BLOCK.finditer(text):
        lo, hi = b.start("body"), b.end("body")
        stamp = _STAMP.search(text, lo, hi)
        if stamp is None:
            continue
        ev = _EVENT_ZONE.search(text, lo, hi)
        name = ev.group("tz") if ev else (cal.group("tz") if cal else None)
        zone = _zone(name)
        day = _stamp_day(stamp.group("v"), stamp.group("z") == "Z", zone)
        if day is None:
            continue
        where = f" ({name})" if zone is not None and stamp.group("z") else ""
        out.append((lo, hi, day, f"calendar entry stamped {stamp.group('v')}{stamp.group('z')}, {day} local{where}"))
    return out
