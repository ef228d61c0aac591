"""`timeline explain`: why this event, why this date."""

from __future__ import annotations

import json

import pytest

from cli_helpers import run_cli


@pytest.fixture
def db(seed_db):
    return seed_db


def test_explain_conflicting_departure(db, capsys):
    _, out, _ = run_cli(capsys, "export", "--format", "json", "--db", db)
    dep = next(e for e in json.loads(out)["events"] if e["type"] == "depart" and e["conflict"])
    code, out, err = run_cli(capsys, "explain", dep["event_id"], "--db", db)
    assert code == 0, err
    assert "sources disagree" in out
    assert "guardian-2018-10-15" in out and "caravan-mexico-2018-10-24" in out
    assert "anchor:" in out and "why:" in out and "Merge decisions" in out
    # a unique prefix is enough
    code, out2, _ = run_cli(capsys, "explain", dep["event_id"][:10], "--db", db)
    assert code == 0 and dep["event_id"] in out2


def test_unknown_event(db, capsys):
    code, _, err = run_cli(capsys, "explain", "nope", "--db", db)
    assert code == 2 and "no event with id 'nope'" in err
