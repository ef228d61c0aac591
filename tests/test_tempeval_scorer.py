"""The TempEval-3 scorer of benchmarks/tempeval.py on hand-made pairs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "tempeval.py"
_spec = importlib.util.spec_from_file_location("tempeval_bench", _PATH)
te = importlib.util.module_from_spec(_spec)
sys.modules["tempeval_bench"] = te  # dataclasses look their module up
_spec.loader.exec_module(te)
Span = te.Span


def test_perfect_match():
    g = [Span(0, 6, "Friday", "DATE", "2018-10-12"), Span(10, 19, "last week", "DATE", "2018-W41")]
    sc = te.score_spans(g, [Span(**s.__dict__) for s in g])
    assert sc.strict == (1.0, 1.0, 1.0) and sc.relaxed == (1.0, 1.0, 1.0)
    assert sc.value_f1 == 1.0 and sc.type_f1 == 1.0


def test_relaxed_but_not_strict_and_wrong_value():
    gold = [Span(10, 16, "Friday", "DATE", "2018-10-12"), Span(30, 39, "last week", "DATE", "2018-W41")]
    system = [Span(4, 16, "early Friday", "DATE", "2018-10-12"), Span(30, 39, "last week", "DATE", "2018-W40")]
    sc = te.score_spans(gold, system)
    assert sc.strict == (0.5, 0.5, 0.5)
    assert sc.relaxed == (1.0, 1.0, 1.0)
    assert sc.value_accuracy == 0.5 and sc.value_f1 == pytest.approx(0.5)
    assert sc.errors["span"]["'Friday' -> 'early Friday'"] == 1
    assert sc.errors["value"]["'last week': 2018-W41 -> 2018-W40"] == 1


def test_missed_and_spurious():
    gold = [Span(0, 3, "now", "DATE", "PRESENT_REF"), Span(20, 26, "Monday", "DATE", "2018-10-15")]
    system = [Span(20, 26, "Monday", "TIME", "2018-10-15"), Span(40, 44, "2018", "DATE", "2018")]
    sc = te.score_spans(gold, system)
    p, r, f = sc.relaxed
    assert (p, r) == (0.5, 0.5) and f == pytest.approx(0.5)
    assert sc.type_accuracy == 0.0 and sc.value_accuracy == 1.0
    assert sc.errors["missed"]["now"] == 1 and sc.errors["spurious"]["2018"] == 1
    assert sc.errors["type"]["'monday': DATE -> TIME"] == 1


def test_empty_system():
    sc = te.score_spans([Span(0, 3, "now", "DATE", "PRESENT_REF")], [])
    assert sc.strict == (0.0, 0.0, 0.0) and sc.value_f1 == 0.0


def test_dirs_are_scored_file_by_file(tmp_path):
    gold_doc = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2018-10-15" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
        '<TEXT>They left on <TIMEX3 tid="t1" type="DATE" value="2018-10-12">Friday</TIMEX3> and <TIMEX3 tid="t2" '
        'type="DATE" value="PRESENT_REF">now</TIMEX3> rest.</TEXT></TimeML>'
    )
    sys_doc = gold_doc.replace('<TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>', "now")
    (tmp_path / "g").mkdir()
    (tmp_path / "s").mkdir()
    (tmp_path / "g" / "a.tml").write_text(gold_doc)
    (tmp_path / "s" / "a.tml").write_text(sys_doc)
    sc = te.score_dirs(tmp_path / "g", tmp_path / "s")
    assert (sc.gold, sc.system, sc.strict_gold) == (2, 1, 1)
    assert sc.strict[0] == 1.0 and sc.strict[1] == 0.5
    assert "strict" in sc.table()


@pytest.mark.parametrize(
    "gold_type,gold,sys_type,sys,kind",
    [
        ("DATE", "1989-WXX", "DATE", "1989-W43", "gold underspecified"),
        ("DATE", "198X", "DATE", "198", "gold underspecified"),
        ("DATE", "2000-01-05", "TIME", "2000-01-05TNI", "same day"),
        ("DATE", "1990-08-07", "DATE", "1990-08-14", "one week apart"),
        ("DURATION", "P1W", "DATE", "1998-W33", "duration"),
        ("DATE", "1988", "DATE", "1988-Q3", "same year"),
        ("DURATION", "P12Y", "DURATION", "P13Y", "duration amount"),
        ("DATE", "1989-03", "DATE", "1990-03", "year off by one"),
    ],
)
def test_value_error_kinds(gold_type, gold, sys_type, sys, kind):
    assert kind in te.value_error_kind(gold_type, gold, sys_type, sys)


def test_audit_groups_the_value_errors():
    gold = [Span(0, 6, "Monday", "DATE", "1990-08-06"), Span(10, 19, "last week", "DATE", "1989-WXX")]
    system = [Span(0, 6, "Monday", "DATE", "1990-08-13"), Span(10, 19, "last week", "DATE", "1989-W43")]
    report = te.audit(te.score_spans(gold, system))
    assert "value errors by kind: 2" in report
    assert "one week apart" in report and "gold underspecified" in report
