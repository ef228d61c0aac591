"""`timeline build`: summary line, bad inputs, missing publication dates, idempotence."""

from __future__ import annotations

import json

from cli_helpers import export_json, run_cli
from conftest import FIXTURES, SEEDS

WIRE = {
    "id": "wire-build-1",
    "source": "Wire",
    "title": "Migrants cross into Mexico",
    "published": "2019-01-18",
    "text": "Hundreds of Honduran migrants crossed into Mexico on Thursday at Ciudad Hidalgo, "
    "a day after leaving Tecún Umán in Guatemala.",
}


def test_build_prints_one_summary_line(tmp_path, capsys):
    code, out, err = run_cli(capsys, "build", SEEDS, "--db", tmp_path / "t.db", "--workers", "1")
    assert code == 0, err
    (line,) = out.strip().splitlines()
    assert line.startswith("2 articles read (2 new, 0 unchanged)")
    for word in ("mentions", "events", "conflict", "caravan"):
        assert word in line


def test_bad_inputs_reported_others_built(tmp_path, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(WIRE), encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    second = {**WIRE, "id": "wire-build-2", "text": WIRE["text"].replace("Hundreds", "Dozens")}
    lines.write_text(json.dumps(second) + "\n{oops\n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(
        "---\npublished: 2019-01-18\n---\nMigrants reached Tecún Umán on Thursday.".encode("cp1252")
    )
    (tmp_path / "empty.json").write_text(json.dumps({"text": "", "published": "2019-01-18"}))
    (tmp_path / "badpub.json").write_text(json.dumps({"text": "x", "published": "2018-02-30"}))
    code, out, err = run_cli(capsys, "build", tmp_path, tmp_path / "missing.json", "--db", tmp_path / "t.db",
                             "--workers", "1")
    assert code == 1
    errors = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4, err
    assert any("lines.jsonl:2: invalid JSON" in ln for ln in errors)
    assert any("empty.json: empty text" in ln for ln in errors)
    assert any("badpub.json: 'published'" in ln and "not a real date" in ln for ln in errors)
    assert any("missing.json: no such file or directory" in ln for ln in errors)
    assert any("latin.txt: not valid UTF-8" in ln for ln in err.splitlines() if ln.startswith("warning:"))
    assert "Traceback" not in err
    assert out.startswith("3 articles read (3 new")
    ids = {a["id"] for a in export_json(capsys, tmp_path / "t.db")["articles"]}
    assert ids == {"wire-build-1", "wire-build-2", "latin"}


def test_missing_publication_date_inferred_or_left_unresolved(tmp_path, capsys):
    db = tmp_path / "t.db"
    code, out, err = run_cli(capsys, "build", FIXTURES / "seeds-raw", "--db", db, "--workers", "1")
    assert code == 0, err
    arts = {a["id"]: a for a in export_json(capsys, db)["articles"]}
    # The second seed carries complete dates ("October 24, 2018") with consistent weekdays.
    second = arts["caravan-mexico-2018-10-24"]
    assert second["published_inferred"] == 1 and second["published"].startswith("2018-10-24")
    assert second["published_reason"]
    # The Guardian text has no complete date: relative expressions stay unresolved, one warning.
    guardian = arts["guardian-2018-10-15"]
    assert guardian["published"] is None
    warnings = [ln for ln in err.splitlines() if "guardian-2018-10-15" in ln]
    assert len(warnings) == 1 and "publication date" in warnings[0]


def test_published_option_fills_missing_dates(tmp_path, capsys):
    db = tmp_path / "t.db"
    code, _, err = run_cli(capsys, "build", FIXTURES / "seeds-raw" / "guardian-2018-10-15.txt", "--db", db,
                           "--published", "2018-10-15", "--workers", "1")
    assert code == 0, err
    (art,) = export_json(capsys, db)["articles"]
    assert art["published"].startswith("2018-10-15") and not art["published_inferred"]


def test_timeline_db_environment_variable(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.db"))
    code, _, err = run_cli(capsys, "build", SEEDS / "guardian-2018-10-15.json", "--workers", "1", "--quiet")
    assert code == 0, err
    assert (tmp_path / "env.db").exists()


def test_workers_must_be_positive(tmp_path, capsys):
    code, _, err = run_cli(capsys, "build", SEEDS, "--db", tmp_path / "t.db", "--workers", "0")
    assert code == 2 and "--workers" in err
