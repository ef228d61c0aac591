"""The seed timeline (issue: caravan timeline end to end), checked through the CLI.

Both seed articles are built together -- The Guardian, published Monday
2018-10-15, and the second article, published Wednesday 2018-10-24 -- and the
twelve facts a careful reader takes from them are asserted on the export.
"""

from __future__ import annotations

from datetime import date

import pytest

from cli_helpers import export_json, run_cli
from conftest import SEEDS

GUARDIAN, SECOND = "guardian-2018-10-15", "caravan-mexico-2018-10-24"
PUBLISHED = {GUARDIAN: date(2018, 10, 15), SECOND: date(2018, 10, 24)}


@pytest.fixture(scope="module")
def events(seed_db):
    import json

    from timeline.commands.export import emit
    from timeline.store import Store

    with Store(seed_db) as s:
        import io
        import contextlib

        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            emit(s, s.events(), "json", None)
    return json.loads(buf.getvalue())["events"]


def d(s):
    return date.fromisoformat(s) if s else None


def find(events, type_, on=None, place=None, size=None, source=None):
    out = []
    for e in events:
        if e["type"] != type_ or e["modality"] != "actual":
            continue
        if on and not (d(e["start"]) == d(e["end"]) == date.fromisoformat(on)):
            continue
        if place and place.lower() not in (e["place"] or "").lower():
            continue
        if size is not None and e["group_size"] != size:
            continue
        if source and source not in e["sources"]:
            continue
        out.append(e)
    return out


def october_label(events):
    (dep,) = find(events, "depart", place="San Pedro Sula")
    return dep["caravan"]


def test_1_departure_is_one_conflicting_event_with_both_sources(events):
    deps = find(events, "depart", place="San Pedro Sula")
    assert len(deps) == 1, deps
    dep = deps[0]
    assert d(dep["start"]) <= date(2018, 10, 12) and d(dep["end"]) >= date(2018, 10, 13)
    assert d(dep["end"]) <= date(2018, 10, 13)
    assert dep["conflict"] is True
    assert set(dep["sources"]) >= {GUARDIAN, SECOND}
    claimed = {(c["article_id"], c["start"]) for c in dep["claims"]}
    assert (GUARDIAN, "2018-10-12") in claimed and (SECOND, "2018-10-13") in claimed


def test_2_crossing_into_guatemala_on_monday(events):
    assert find(events, "cross_border", on="2018-10-15", source=GUARDIAN)


def test_3_pence_urging_the_day_before(events):
    st = find(events, "statement", on="2018-10-11", source=GUARDIAN)
    assert st and any("Pence" in e["summary"] for e in st)


def test_4_standoff_at_border_from_narrative_context(events):
    assert find(events, "block", on="2018-10-15", source=GUARDIAN)


def test_5_group_sizes(events):
    assert find(events, "size", on="2018-10-15", size=1600)
    assert find(events, "size", on="2018-10-24", size=7000)


def test_6_april_caravan_is_a_different_caravan(events):
    label = october_label(events)
    april = [e for e in events if e["date"] == "2018-04"]
    types = {e["type"] for e in april}
    assert {"statement", "asylum"} <= types, april
    assert all(e["caravan"] and e["caravan"] != label for e in april)


def test_7_march_from_huixtla_and_rest_day(events):
    marches = find(events, "march", on="2018-10-24", source=SECOND)
    assert any(
        "huixtla" in (e["place"] or "").lower() or "mapastepec" in (e["place"] or "").lower() for e in marches
    ), marches
    assert find(events, "stay", on="2018-10-23", place="Huixtla")


def test_8_mexico_guatemala_border_on_friday(events):
    assert find(events, "block", on="2018-10-19", source=SECOND)


def test_9_asylum_claims_in_recent_days(events):
    (a,) = find(events, "asylum", size=1700)
    assert d(a["end"]) == date(2018, 10, 24) and d(a["start"]) < d(a["end"])


def test_10_castaneda_on_tuesday_night(events):
    st = find(events, "statement", on="2018-10-23", source=SECOND)
    assert st and any("Casta" in e["summary"] for e in st)


def test_11_nothing_after_every_source_was_published(events):
    for e in events:
        if e["modality"] != "actual" or not e["end"]:
            continue
        assert d(e["end"]) <= max(PUBLISHED[s] for s in e["sources"]), e


def test_12_query_by_date_range(seed_db, capsys):
    import json

    code, out, err = run_cli(capsys, "query", "--from", "2018-10-15", "--to", "2018-10-19", "--format", "json",
                             "--db", seed_db)
    assert code == 0, err
    got = json.loads(out)["events"]
    assert find(got, "cross_border", on="2018-10-15")
    assert find(got, "block", on="2018-10-15")
    assert find(got, "block", on="2018-10-19")
    assert not [e for e in got if e["date"] == "2018-04" or (e["start"] == e["end"] == "2018-10-24")]
    assert all(d(e["start"]) <= date(2018, 10, 19) and d(e["end"]) >= date(2018, 10, 15) for e in got)


def test_building_twice_adds_nothing(seed_db, capsys):
    before = export_json(capsys, seed_db)
    code, out, _ = run_cli(capsys, "build", SEEDS, "--db", seed_db, "--workers", "1")
    assert code == 0 and "0 new, 2 unchanged" in out
    after = export_json(capsys, seed_db)
    assert [e["event_id"] for e in before["events"]] == [e["event_id"] for e in after["events"]]
