"""Exports: CSV and JSON views of the stored timeline.

CSV cells that a spreadsheet would read as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) are neutralised with a leading
apostrophe, as OWASP recommends against CSV injection; numbers such as
``-91.2`` stay numbers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from timeline.models import Event, Relation

CSV_COLUMNS = (
    "event_id",
    "caravan",
    "type",
    "date",
    "start",
    "end",
    "granularity",
    "place",
    "country",
    "lat",
    "lon",
    "group_size",
    "size_vague",
    "summary",
    "sources",
    "mentions",
    "conflict",
    "confidence",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def safe_cell(value: Any) -> Any:
    """Neutralise a cell that a spreadsheet would evaluate (OWASP CSV injection)."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def event_row(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.id,
        "caravan": e.caravan or "",
        "type": e.type,
        "date": e.date,
        "start": e.start.isoformat() if e.start else "",
        "end": e.end.isoformat() if e.end else "",
        "granularity": e.granularity,
        "place": e.place or "",
        "country": e.country or "",
        "lat": "" if e.lat is None else round(e.lat, 5),
        "lon": "" if e.lon is None else round(e.lon, 5),
        "group_size": "" if e.group_size is None else e.group_size,
        "size_vague": e.size_vague or "",
        "summary": e.summary,
        "sources": ";".join(e.sources),
        "mentions": len(e.mentions),
        "conflict": "true" if e.conflict else "false",
        "confidence": round(e.confidence, 3),
    }


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow({k: safe_cell(v) for k, v in event_row(e).items()})
        n += 1
    return n


def csv_text(events: Iterable[Event]) -> str:
    buf = io.StringIO()
    write_csv(events, buf)
    return buf.getvalue()


def mention_record(row: dict[str, Any]) -> dict[str, Any]:
    """One mention as exported: where it is, its time and the rules that fired."""
    return {
        "id": row["id"],
        "article": row["article_id"],
        "sentence": row["sentence"],
        "start": row["start"],
        "end": row["end"],
        "trigger": row["trigger"],
        "modality": row["modality"],
        "time_text": row["time_text"],
        "time_value": row["time_value"],
        "time_start": row["time_start"],
        "time_end": row["time_end"],
        "time_link": row["time_link"],
        "anchor": row["anchor"],
        "reason": row["reason"],
        "rule": row["rule"],
        "time_rule": row["time_rule"],
    }


def event_record(e: Event, mention_rows: list[dict[str, Any]]) -> dict[str, Any]:
    rec = event_row(e)
    rec["conflict"] = e.conflict
    rec["group_size"] = e.group_size
    rec["size_vague"] = e.size_vague
    rec["size_min"] = e.size_min
    rec["lat"], rec["lon"] = e.lat, e.lon
    rec["start"] = rec["start"] or None
    rec["end"] = rec["end"] or None
    rec["sources"] = list(e.sources)
    rec["mentions"] = [mention_record(r) for r in mention_rows]
    rec["conflict_note"] = e.conflict_note
    rec["modality"] = e.modality
    rec["claims"] = [c.model_dump(mode="json") for c in e.claims]
    return rec


def json_document(
    articles: list[dict[str, Any]],
    events: list[tuple[Event, list[dict[str, Any]]]],
    relations: list[Relation],
) -> dict[str, Any]:
    return {
        "articles": [{k: v for k, v in a.items() if k != "hash"} | {"hash": a.get("hash")} for a in articles],
        "events": [event_record(e, rows) for e, rows in events],
        "relations": [r.model_dump(mode="json") for r in relations],
    }


def dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)
