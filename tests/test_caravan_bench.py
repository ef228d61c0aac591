"""benchmarks/caravan.py: the scorer on hand-made gold, and the development set when it is present."""

from __future__ import annotations

import json
import shutil
import sys
from datetime import date

import pytest

from conftest import FIXTURES, REPO, SHARED

sys.path.insert(0, str(REPO / "benchmarks"))
import caravan as bench  # noqa: E402


def test_interval_and_overlap():
    assert bench.interval("2018-10-12/2018-10-13") == (date(2018, 10, 12), date(2018, 10, 13))
    assert bench.overlaps(bench.interval("2018-10-12"), (date(2018, 10, 12), date(2018, 10, 14)))
    assert not bench.overlaps(bench.interval("2018-10-12"), (date(2018, 10, 13), date(2018, 10, 14)))


class Ev:
    def __init__(self, place, country=None):
        self.place, self.country = place, country


@pytest.mark.parametrize("gold,place,country,ok", [
    ("San Pedro Sula", "San Pedro Sula", "HN", True),
    ("Tecun Uman (Guatemala-Mexico border)", "Ciudad Hidalgo", "MX", True),
    ("Suchiate River (into Ciudad Hidalgo, Mexico)", "Guatemala–Mexico border", "MX", True),
    ("Honduras", "San Pedro Sula", "HN", True),
    ("Mexicali", "Tijuana", "MX", False),
    ("federal police roadblock near Arriaga", None, None, True),
    ("Esquipulas", "Huixtla", "MX", False),
])
def test_place_compatibility_with_free_text_gold(gold, place, country, ok):
    assert bench.place_compatible(gold, Ev(place, country)) is ok


@pytest.fixture
def mini_dev(tmp_path):
    """Three wire articles and a gold file written by reading them."""
    (tmp_path / "articles").mkdir()
    for name in ("wire-2020-01-16-caravan-leaves", "wire-2020-01-18-caravan-border", "wire-2020-06-20-another-caravan"):
        shutil.copy(FIXTURES / "wire" / f"{name}.json", tmp_path / "articles" / f"{name}.json")
    gold = {
        "timexes": {
            "wire-2020-06-20-another-caravan": [
                {"text": "Friday", "start": 0, "type": "DATE", "value": "2020-06-19"}],
        },
        "events": [
            {"id": "c20-depart", "caravan": "jan", "type": "depart", "date": "2020-01-14/2020-01-15",
             "place": "San Pedro Sula", "conflict": True,
             "mentions": [{"article": "wire-2020-01-16-caravan-leaves", "quote": "set out from San Pedro Sula"},
                          {"article": "wire-2020-01-18-caravan-border", "quote": "left San Pedro Sula on January 14"}]},
            {"id": "c20-cross", "caravan": "jan", "type": "cross_border", "date": "2020-01-16",
             "place": "Corinto, Honduras", "mentions": [{"article": "wire-2020-01-16-caravan-leaves",
                                               "quote": "crossed into Guatemala on Thursday morning"}]},
            {"id": "c20-arrive", "caravan": "jan", "type": "arrive", "date": "2020-01-18", "place": "Tecun Uman",
             "mentions": [{"article": "wire-2020-01-18-caravan-border", "quote": "arrived in Tecun Uman"}]},
            {"id": "j20-depart", "caravan": "june", "type": "depart", "date": "2020-06-19", "place": "San Pedro Sula",
             "mentions": [{"article": "wire-2020-06-20-another-caravan", "quote": "left San Pedro Sula on Friday"}]},
            {"id": "j20-return", "caravan": "june", "type": "return", "date": "2020-06-19", "place": "Honduras",
             "mentions": [{"article": "wire-2020-06-20-another-caravan", "quote": "About 400 migrants"}]},
        ],
    }
    text = json.loads((tmp_path / "articles" / "wire-2020-06-20-another-caravan.json").read_text())["text"]
    gold["timexes"]["wire-2020-06-20-another-caravan"][0]["start"] = text.index("Friday")
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_scores_on_hand_made_gold(mini_dev):
    res, resolved, tl = bench.score(mini_dev)
    d = res.as_dict()
    assert res.gold_events == 5 and res.articles == 3
    assert res.matched == 4  # the invented "return" has no system event
    assert d["event_recall"] == 0.8
    assert res.sys_events == len([e for e in tl.events if e.modality == "actual"])
    assert d["merge"] == 1.0 and res.merge_total == 1  # the departure reported by two articles is one event
    assert d["caravan_separation"] == 1.0
    assert d["exact_date"] == 1.0
    assert res.timex.gold == 1 and d["timex_value_f1"] > 0
    assert any(k.startswith("missed return") for k in res.errors)
    report = bench.report(res)
    assert "event F1" in report and "main error kinds" in report


def test_command_line_json(mini_dev, capsys):
    assert bench.main([str(mini_dev), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["gold_events"] == 5 and 0 <= out["event_f1"] <= 1


DEV = SHARED / "caravan-dev"


@pytest.mark.slow
@pytest.mark.skipif(not (DEV / "gold.json").is_file(), reason="caravan development set not present")
def test_development_set_floor():
    """A regression floor on the development set (targets: docs/events.md)."""
    res, _, _ = bench.score(DEV)
    d = res.as_dict()
    assert d["event_f1"] >= 0.8
    assert d["exact_date"] >= 0.9
    assert d["merge"] >= 0.85
    assert d["caravan_separation"] >= 0.95
    assert d["timex_value_f1"] >= 0.85
