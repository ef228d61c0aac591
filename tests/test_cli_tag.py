"""`timeline tag` in both formats."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from timeline.commands import tag

REPO = Path(__file__).resolve().parents[1]


def run_tag(*argv: str) -> int:
    ap = argparse.ArgumentParser(prog="timeline")
    sub = ap.add_subparsers(dest="command")
    tag.add_parser(sub)
    args = ap.parse_args(["tag", *argv])
    return args.run(args)


def test_json_for_the_seeds(capsys):
    assert run_tag(str(REPO / "fixtures" / "seeds"), "--format", "json") == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by = {d["article"]: d for d in docs}
    g = by["guardian-2018-10-15"]
    first = g["timexes"][0]
    assert set(first) >= {"start", "end", "text", "type", "value", "interval", "granularity", "anchor", "rule"}
    fri = [t for t in g["timexes"] if t["text"] == "Friday"][0]
    assert (fri["value"], fri["interval"], fri["granularity"]) == ("2018-10-12", ["2018-10-12", "2018-10-12"], "day")
    assert fri["rule"] == "rel_weekday" and "2018-10-15" in fri["anchor"]
    lw = [t for t in g["timexes"] if t["text"] == "last week"][0]
    assert lw["interval"] == ["2018-10-08", "2018-10-14"]


def test_json_without_publication_date(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The caravan left on Friday.\n", encoding="utf-8")
    assert run_tag(str(tmp_path / "a.txt"), "--format", "json") == 0
    d = json.loads(capsys.readouterr().out)
    assert d["published"] is None and d["warnings"]
    t = d["timexes"][0]
    assert t["resolved"] is False and t["interval"] == [None, None]

    assert run_tag(str(tmp_path / "a.txt"), "--format", "json", "--published", "2018-10-15") == 0
    d = json.loads(capsys.readouterr().out)
    assert d["timexes"][0]["value"] == "2018-10-12"


def test_timeml_out_dir(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    raw = (
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" '
        'functionInDocument="CREATION_TIME">19980808</TIMEX3></DCT>\n<TEXT>\nBombs exploded <TIMEX3 tid="t9" '
        'type="DATE" value="1998-08-07">Friday</TIMEX3> in Nairobi &amp; Dar es Salaam.\n</TEXT>\n</TimeML>\n'
    )
    (src / "doc.tml").write_text(raw, encoding="utf-8")
    out = tmp_path / "out"
    assert run_tag(str(src), "--format", "timeml", "--out-dir", str(out)) == 0
    written = (out / "doc.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>' in written
    assert "Nairobi &amp; Dar es Salaam" in written and 't9' not in written


def test_timeml_bad_input_is_one_line_and_nonzero(tmp_path, capsys):
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    code = run_tag(str(tmp_path / "bad.tml"), str(tmp_path / "missing.tml"), "--format", "timeml", "--out-dir", str(tmp_path / "o"))
    assert code != 0
    err = capsys.readouterr().err
    assert "bad.tml" in err and "missing.tml" in err
    assert "Traceback" not in err


def test_through_the_cli_dispatcher(capsys):
    from timeline.cli import main

    assert main(["tag", str(REPO / "fixtures" / "seeds" / "caravan-mexico-2018-10-24.json"), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    by_text = {t["text"]: t for t in d["timexes"]}
    assert by_text["Tuesday night"]["value"] == "2018-10-23TNI"
    assert by_text["4am"]["anchor_source"] == "caption"
    assert by_text["recent days"]["interval"][1] == "2018-10-24"
