"""`timeline export`: CSV and JSON documents."""

from __future__ import annotations

import csv
import json

import pytest

from cli_helpers import run_cli
from timeline.export import CSV_COLUMNS


@pytest.fixture
def db(seed_db):
    return seed_db


def test_csv_to_file(db, tmp_path, capsys):
    out = tmp_path / "events.csv"
    code, stdout, err = run_cli(capsys, "export", "--format", "csv", "--out", out, "--db", db)
    assert code == 0 and stdout == "", err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert all(r["conflict"] in ("true", "false") for r in rows)
    assert any(r["conflict"] == "true" and ";" in r["sources"] for r in rows)
    for r in rows:
        if r["start"]:
            assert r["start"] <= r["end"]


def test_json_document_shape(db, capsys):
    code, out, err = run_cli(capsys, "export", "--format", "json", "--db", db)
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) == {"articles", "events", "relations"}
    assert {a["id"] for a in doc["articles"]} == {"guardian-2018-10-15", "caravan-mexico-2018-10-24"}
    for e in doc["events"]:
        assert set(CSV_COLUMNS) <= set(e)
        assert e["mentions"], e
        for m in e["mentions"]:
            assert {"article", "sentence", "start", "end", "time_text", "time_value", "rule"} <= set(m)
            assert m["article"] in e["sources"]


def test_unwritable_out_is_one_line_error(db, tmp_path, capsys):
    code, _, err = run_cli(capsys, "export", "--out", tmp_path / "no" / "dir" / "x.csv", "--db", db)
    assert code != 0 and "cannot write" in err and "Traceback" not in err
