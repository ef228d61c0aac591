"""`timeline query`: events overlapping a date range, with filters."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cli_helpers import run_cli


@pytest.fixture
def db(seed_db):
    return seed_db


def test_overlap_semantics(db, capsys):
    code, out, _ = run_cli(capsys, "query", "--from", "2018-10-13", "--to", "2018-10-13", "--format", "json",
                           "--db", db)
    assert code == 0
    evs = json.loads(out)["events"]
    assert any(e["type"] == "depart" for e in evs)  # the Oct 12–13 interval overlaps Oct 13
    assert all(e["start"] <= "2018-10-13" <= e["end"] for e in evs)


def test_type_and_place_filters(db, capsys):
    code, out, _ = run_cli(capsys, "query", "--from", "2018-10-01", "--to", "2018-10-31", "--type", "size",
                           "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["type"] for r in rows} == {"size"}
    code, out, _ = run_cli(capsys, "query", "--from", "2018-10-01", "--to", "2018-10-31", "--place", "huixtla",
                           "--format", "json", "--db", db)
    evs = json.loads(out)["events"]
    assert evs and all("huixtla" in (e["place"] or "").lower() for e in evs)


def test_table_output(db, capsys):
    code, out, _ = run_cli(capsys, "query", "--from", "2018-10-15", "--to", "2018-10-19", "--db", db)
    assert code == 0 and "Events overlapping 2018-10-15 – 2018-10-19" in out


def test_inverted_range_is_an_error(db, capsys):
    code, _, err = run_cli(capsys, "query", "--from", "2018-10-19", "--to", "2018-10-15", "--db", db)
    assert code == 2 and "is after" in err
