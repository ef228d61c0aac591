"""Events from the forty-fifth round: a bare number as a crossing group, the walk that leads to a crossing, groups
let over a bridge to apply for asylum, the day a "when" clause tells of its own, a caravan's rank "of the year",
an estimate set off by commas after a departure, a headline's departure, "the city" in a new paragraph, and two
undated blocks a day apart. Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built
from event_helpers import mentions_of as _of


def test_more_than_a_thousand_waded_is_a_crossing_and_the_walk_to_the_bank_no_march():
    text = ("TECUN UMAN, Guatemala — Most of the others waited on the Guatemalan side. Then, at dawn on Monday, more "
            "than a thousand walked down the bank and waded the Suchiate into Mexico, and National Guard troops drove "
            "them back on the Mexican side of the river.")
    assert [(m.trigger, m.time.value) for m in _of(text, "2020-01-24", "cross_border")] == [
        ("waded the Suchiate", "2020-01-20TMO")]
    assert _of(text, "2020-01-24", "march") == []


def test_groups_let_over_the_bridge_to_apply_for_asylum_did_apply():
    text = ("TECUN UMAN, Guatemala — On Saturday Mexican migration officers began letting small groups over the "
            "Rodolfo Robles bridge to apply for asylum or for work permits.")
    assert [(m.modality, m.time.value) for m in _of(text, "2020-01-24", "asylum")] == [("actual", "2020-01-18")]
    # a plan stays a plan
    text = "TECUN UMAN, Guatemala — The walkers hope to apply for asylum in Mexico."
    assert [m.modality for m in _of(text, "2020-01-24", "asylum")] == ["planned"]


def test_a_when_clause_with_a_day_of_its_own_keeps_it():
    text = ("TAPACHULA, Mexico — In January, when Mexico began issuing humanitarian visitor cards to walkers on the "
            "Rodolfo Robles bridge from Jan. 17, she sent her son to Ciudad Hidalgo with two boxes of candles.")
    assert [m.time.value for m in _of(text, "2019-10-18", "asylum")] == ["2019-01-17"]


def test_the_first_of_the_year_ranks_the_caravan_and_dates_no_count():
    text = ("TAPACHULA, Mexico — The caravan set out from the central square before dawn on Friday, Jan. 3. The "
            "caravan, some 1,500 people by the count of reporters who walked with it and about 2,000 by its "
            "organizers, was the first of the year.")
    assert {m.time.value for m in _of(text, "2025-01-09", "size")} == {"2025-01-03TMO"}


def test_an_estimate_set_off_by_commas_after_a_departure_is_its_size():
    text = ("TAPACHULA, Mexico — In 2019 he was laying the floor of a bakery near the market when walkers left the "
            "city on Oct. 12, 2019, about 2,000 people, many of them from Africa and Haiti.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2023-04-27", "size")] == [(2000, "2019-10-12")]
    # a subject's part set off by commas is no size of the caravan
    text = "TIJUANA, Mexico — The first bus, about 80 people, most of them young men, reached the port."
    assert _of(text, "2018-11-14", "size") == []


def test_a_headline_departure_takes_the_day_the_story_tells():
    text = ("Candles on the chapel steps: a workshop and the caravan that left before dawn\n"
            "By Horacio Dunleavy-Sic, candle-making correspondent\n\n"
            "TAPACHULA, Mexico — The wax was still soft on the chapel steps when the walkers set off. She had sold "
            "her last candle at 3:30 a.m., and by the time the column moved out of the city before dawn last "
            "Saturday the steps were a field of small flames.\n\n"
            "The caravan, some 2,000 people by the count of Mexico's migration institute, was made up mostly of "
            "Africans, Haitians and Cubans.")
    departs = _of(text, "2019-10-18", "depart")
    assert {m.time.value for m in departs} == {"2019-10-12TMO"}
    assert all(m.start > text.index("\n") for m in departs)
    assert [m.time.value for m in _of(text, "2019-10-18", "size")] == ["2019-10-12TMO"]


def test_the_city_in_a_new_paragraph_is_the_datelines():
    text = ("TAPACHULA, Mexico — He shreds the worn pads and stuffs them into cushions for a furniture maker in "
            "Huixtla.\n\nIt is not the first caravan to empty the shelters. On Nov. 5 a caravan of about 1,500 "
            "people left the city before dawn.")
    got = [[p.place.name for p in m.places if p.role == "from"] for m in _of(text, "2025-01-09", "depart")]
    assert got == [["Tapachula"]]


def test_two_undated_blocks_a_day_apart_in_two_stories_are_one_disputed_block():
    a = ("TAPACHULA, Mexico — The caravan left the city before dawn on Saturday. That afternoon National Guard troops "
         "and migration agents stopped it on the highway north of the city.")
    b = ("TAPACHULA, Mexico — In 2019 walkers left the city on Oct. 12, 2019. National Guard troops broke up that "
         "caravan on the highway the next day, he remembers.")
    blocks = [e for e in built(("a", "2019-10-18", a), ("b", "2023-04-27", b)).events if e.type == "block"]
    assert len(blocks) == 1 and blocks[0].conflict


def test_driven_off_the_highway_and_pushed_back_are_blocks():
    text = ("SAN PEDRO SULA, Honduras — On Sunday Guatemalan police and soldiers drove the walkers off the highway at "
            "Vado Hondo with batons and tear gas. On Monday National Guard troops pushed the waders back at the "
            "Suchiate.")
    got = [(m.trigger, m.time.value) for m in _of(text, "2021-01-21", "block")]
    assert got == [("drove the walkers off the highway", "2021-01-17"), ("pushed the waders back", "2021-01-18")]


def test_the_country_of_a_feast_does_not_locate_the_event():
    text = ("TAPACHULA, Mexico — On Nov. 5, election day in the United States, a caravan of about 1,500 people by the "
            "migration institute's count left the city before dawn.")
    sizes = _of(text, "2025-01-09", "size")
    assert sizes and all(p.role == "mention" for m in sizes for p in m.places if p.place.name == "United States")


_OCTOBER_2018 = ("SAN PEDRO SULA, Honduras — Some 1,600 Hondurans left the main bus terminal of San Pedro Sula on "
                 "Saturday, Oct. 13, bound for the United States. The caravan crossed into Guatemala on Monday.")
_VISAS_AT_THE_BRIDGE = ("TAPACHULA, Mexico — In January, when Mexico began issuing humanitarian visitor cards to "
                        "walkers on the Rodolfo Robles bridge from Jan. 17, she sent her son to Ciudad Hidalgo with two "
                        "boxes of candles.")


def _visas_and_october(*articles) -> tuple[list, set[str]]:
    """The asylum events of the October 2018 story and ``articles`` built together, and its caravan's label."""
    tl = built(("a", "2018-10-16", _OCTOBER_2018), *articles)
    return [e for e in tl.events if e.type == "asylum"], {e.caravan for e in tl.events if e.type == "depart"}


def test_visas_on_the_border_bridge_months_later_are_not_the_october_caravans():
    visas, october = _visas_and_october(("b", "2019-10-18", _VISAS_AT_THE_BRIDGE))
    assert visas and all(e.caravan not in october for e in visas)
    assert visas[0].date == "2019-01-17"


def test_the_same_visas_told_without_a_place_go_with_them():
    c = "From Jan. 17 Mexico issued humanitarian visitor cards on the bridge itself, and the walkers queued for them."
    visas, october = _visas_and_october(("b", "2019-10-18", _VISAS_AT_THE_BRIDGE), ("c", "2019-01-25", c))
    assert len(visas) == 1 and len(visas[0].mentions) == 2 and visas[0].caravan not in october


def test_visas_at_ciudad_hidalgo_months_later_are_not_the_october_caravans():
    b = ("MEXICO CITY — From January 17, 2019, Mexico registered people on the bridge from Tecún Umán at Ciudad "
         "Hidalgo and issued humanitarian visitor cards.")
    visas, october = _visas_and_october(("b", "2021-03-02", b))
    assert [e.date for e in visas] == ["2019-01-17"] and visas[0].caravan not in october


def test_a_headline_stay_or_march_tells_the_story_subject_not_an_event():
    text = ("A shelter's new floor waits as the Via Crucis caravan walks on\n"
            "By Marguerite Okonjo-Tzoc, tile and flooring correspondent\n\n"
            "TAPACHULA, Mexico — The caravan left the city on Sunday, and its walkers camped in Huixtla that night.")
    assert _of(text, "2023-04-27", "march") == []
    assert [m.start > text.index("\n") for m in _of(text, "2023-04-27", "stay")] == [True]
