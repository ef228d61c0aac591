"""`timeline show`: the terminal timeline."""

from __future__ import annotations

import pytest

from cli_helpers import run_cli


@pytest.fixture
def db(seed_db):
    return seed_db


def test_show_groups_by_caravan_and_marks_conflicts(db, capsys):
    code, out, err = run_cli(capsys, "show", "--db", db)
    assert code == 0, err
    assert out.count("Caravan ") >= 2
    assert "Oct 12–13, 2018" in out and "sources disagree" in out
    assert "Apr 2018" in out


def test_show_date_range_and_caravan_filter(db, capsys):
    code, out, _ = run_cli(capsys, "show", "--db", db, "--from", "2018-10-23", "--to", "2018-10-24")
    assert code == 0
    assert "Apr 2018" not in out and "Oct 24, 2018" in out
    code, out, _ = run_cli(capsys, "show", "--db", db, "--caravan", "2018-04")
    assert code == 0 and "Oct 24, 2018" not in out


def test_show_without_database_is_one_line_error(tmp_path, capsys):
    code, out, err = run_cli(capsys, "show", "--db", tmp_path / "none.db")
    assert code != 0 and err.count("\n") == 1 and "no such database" in err


def test_bad_date_is_usage_error(db, capsys):
    with pytest.raises(SystemExit) as exc:
        run_cli(capsys, "show", "--db", db, "--from", "2018-13-45")
    assert exc.value.code == 2
    assert "not a date in YYYY-MM-DD form" in capsys.readouterr().err
