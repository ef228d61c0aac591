"""Run the CLI in-process and capture its output."""

from __future__ import annotations

import csv
import io
import json

from timeline.cli import main


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def export_json(capsys, db) -> dict:
    code, out, err = run_cli(capsys, "export", "--format", "json", "--db", db)
    assert code == 0, err
    return json.loads(out)


def export_csv(capsys, db) -> list[dict]:
    code, out, err = run_cli(capsys, "export", "--format", "csv", "--db", db)
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))
