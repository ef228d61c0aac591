"""Events from the nineteenth round: a photo caption's heading place, counts reported besides the movement
of their group, and a departure from a stop that is the march going on.  Wire-style texts written for these
tests."""

from __future__ import annotations

from event_helpers import mentions

CAPTIONS = """Photos: five weeks on the road

Our photographers followed the caravan from San Pedro Sula to the Pacific.

2/8 — AGUA CALIENTE, Honduras–Guatemala border, Monday, Oct. 15. The group, now about 1,600, pushes past a thin line of police. (Calderón)

5/8 — TAPACHULA, Chiapas, Sunday, Oct. 21. The caravan, some 7,000 people by a United Nations estimate, reaches the central square at nightfall. (Calderón)
"""

STOPS = """Situation report

The caravan spent the night of 24 December in Álvaro Obregón and reached Huixtla on 26 December. It stayed in Huixtla through 27 December. The caravan left Huixtla on 28 December and reached Escuintla the same day.
"""



def test_a_caption_heading_place_locates_the_caption():
    ms = mentions(CAPTIONS, "2018-11-16")
    arrive = [m for m in ms if m.type == "arrive"]
    assert arrive and [p.place.name for p in arrive[0].places] == ["Tapachula"]
    assert arrive[0].time.value.startswith("2018-10-21")
    block = [m for m in ms if m.type == "block"]
    assert block and "Agua Caliente" in [p.place.name for p in block[0].places]


def test_counts_told_as_such_are_size_reports_of_their_own():
    sizes = sorted(m.group_size for m in mentions(CAPTIONS, "2018-11-16") if m.type == "size")
    assert sizes == [1600, 7000]


def test_a_wire_dateline_is_no_caption_heading():
    text = "Caravan moves on\n\nTAPACHULA, Mexico (ANW) — The caravan crossed the river on Friday.\n"
    ms = mentions(text, "2018-10-22")
    assert all("Tapachula" not in [p.place.name for p in m.places] or m.type != "cross_border" or
               any(p.role != "at" for p in m.places) for m in ms)


def test_leaving_a_stop_is_the_march_going_on():
    ms = mentions(STOPS, "2024-01-03")
    left = [m for m in ms if "Huixtla" in [p.place.name for p in m.places] and m.rule.startswith("depart")]
    assert left and left[0].type == "march" and "+from_stop" in left[0].rule


def test_leaving_the_town_the_caravan_set_out_from_is_a_departure():
    text = ("Migrants who arrived in Tapachula in the summer have waited there for months for papers. "
            "On Saturday, some 3,000 of them left Tapachula on foot.")
    ms = mentions(text, "2021-10-25")
    assert [m.type for m in ms if m.rule.startswith("depart")] == ["depart"]
