"""CSV/JSON export: column order, values, and CSV-injection neutralisation."""

from __future__ import annotations

import csv
import io
from datetime import date

from timeline.export import CSV_COLUMNS, csv_text, event_record, safe_cell
from timeline.models import Event


def test_csv_columns_and_values():
    e = Event(id="ev1", caravan="2018-10 San Pedro Sula", type="depart", date="2018-10-12/2018-10-13",
              start=date(2018, 10, 12), end=date(2018, 10, 13), granularity="day", place="San Pedro Sula",
              country="HN", lat=15.50417, lon=-88.025, group_size=160, summary="The caravan set off",
              sources=["a", "b"], mentions=["a#e1", "b#e2", "b#e3"], conflict=True, confidence=0.9)
    rows = list(csv.reader(io.StringIO(csv_text([e]))))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "event_id", "caravan", "type", "date", "start", "end", "granularity", "place", "country", "lat", "lon",
        "group_size", "size_vague", "summary", "sources", "mentions", "conflict", "confidence",
    )
    row = dict(zip(rows[0], rows[1]))
    assert row["sources"] == "a;b" and row["conflict"] == "true" and row["mentions"] == "3"
    assert row["start"] == "2018-10-12" and row["end"] == "2018-10-13" and row["lon"] == "-88.025"


def test_a_vague_size_is_words_in_csv_and_json_never_a_number():
    e = Event(id="ev2", type="cross_border", date="2018-10-20", granularity="day", summary="Hundreds crossed",
              sources=["a"], mentions=["a#e1"], size_vague="hundreds", size_min=200)
    row = dict(zip(*list(csv.reader(io.StringIO(csv_text([e]))))))
    assert row["group_size"] == "" and row["size_vague"] == "hundreds"
    rec = event_record(e, [])
    assert rec["group_size"] is None and (rec["size_vague"], rec["size_min"]) == ("hundreds", 200)


def test_csv_injection_neutralised_numbers_kept():
    assert safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert safe_cell("+1+1") == "'+1+1"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("\tcmd") == "'\tcmd"
    assert safe_cell("-91.2") == "-91.2"
    assert safe_cell("-2e5") == "-2e5"
    assert safe_cell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0"
    assert safe_cell("Tapachula") == "Tapachula"
    e = Event(id="x", type="statement", date="2018-10-19", granularity="day", summary="=cmd()", sources=["s"],
              mentions=["m"], lon=-91.2)
    row = list(csv.reader(io.StringIO(csv_text([e]))))[1]
    assert row[CSV_COLUMNS.index("summary")] == "'=cmd()"
    assert row[CSV_COLUMNS.index("lon")] == "-91.2"
