"""Events from the forty-ninth round: the count of "a caravan of about 2,000 people" that left (a size of its own
besides the departure), counts "in reporters' tallies" and after a colon, a count after "was" that is no subject of
the next clause, walkers "from" a region (where they come from, not where they were counted), a caravan that "filed
out of the city", a witness's account quoted after "said on Sunday, ...:" (events of the story), a caravan "scattered
by" troops and one man who then went home (no return of the group), a third source siding with one of two that
disagree on a date (the date stays in dispute), two counts of a caravan at its departure on days the sources disagree
on, equal or not (one count), troops that "closed the coastal highway in front of" a caravan and police that "held"
the "second great caravan" at a gate, told again two years on as "the second caravan of October 2018" (one newer
caravan), "the Via Crucis walk that started in Tapachula" (a name before a noun, no march) and humanitarian visitor
cards that Mexico "offered" (the state's papers), walkers who "stopped at her door" (no stay: a stop needs a place),
"the bridge approach" (a noun phrase's last word, no arrival), trailers "stuck on the highway" (no block: being stuck
needs a group), a count told with "Palm Sunday in March" (the feast's day, not the month), "the institute put it at
3,000 people, its organizers at 4,000" (one count they dispute) and a count told after the one departure day of its
sentence ("which left on Monday, April 24, took some 4,000 walkers north": that day).  Texts written for these tests
in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions
from event_helpers import mentions_of as _of


def test_the_count_of_a_caravan_that_left_is_a_size_of_its_own():
    text = ("HUIXTLA, Mexico — It is not the first time a caravan has been stopped on this road. In October 2019 a "
            "caravan of about 2,000 people left Tapachula on Oct. 12.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2021-08-31", "size")] == [("2019-10-12", 2000)]
    assert [m.group_size for m in _of(text, "2021-08-31", "depart")] == [2000]
    # a group of people leaving is the departure's group only (a part of the caravan, not its count)
    text = "HUIXTLA, Mexico — A group of about 200 migrants left Tapachula on Oct. 12."
    assert _of(text, "2021-08-31", "size") == []


def test_counts_in_reporters_tallies_and_after_a_colon():
    text = ("TAPACHULA, Mexico — The caravan gathered in the square over the New Year and moved off at first light "
            "on Friday, around 1,500 people in reporters' tallies.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2025-01-09", "size")] == [("2025-01-03TMO", 1500)]
    text = ("ESCUINTLA, Mexico — Before dawn yesterday a caravan walked out of Tapachula, 60 kilometres down the "
            "coast: some 2,000 people, mostly Cubans and Haitians, by the estimate of reporters who went with it.")
    assert [m.group_size for m in _of(text, "2019-10-13", "size")] == [2000]


def test_a_count_after_was_is_no_subject_of_the_next_clause():
    text = ("TAPACHULA, Mexico — He remembers three caravans from last year. The one that went on Oct. 20 was some "
            "2,500 strong, and the one that left on Nov. 5 numbered about 1,500.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2025-01-09", "size")] == [
        ("2024-10-20", 2500), ("2024-11-05", 1500)]
    assert [m.group_size for m in _of(text, "2025-01-09", "depart")] == [None, None]


def test_walkers_from_a_region_are_where_they_come_from():
    text = ("HUIXTLA, Mexico — The caravan left Tapachula before dawn on Monday, thousands of walkers from Central "
            "America, some 5,000 by the reckoning of reporters on the road.")
    assert [[p.text for p in m.places if p.role != "mention"] for m in _of(text, "2023-11-02", "size")] == [[]]


def test_a_caravan_filed_out_of_the_city():
    text = "TAPACHULA, Mexico — The caravan that filed out of the city before dawn on Thursday had camped in the park."
    assert [m.time.value for m in _of(text, "2021-11-22", "depart")] == ["2021-11-18TMO"]
    # out of a shelter: the march resumed
    text = "MEXICO CITY — Hundreds of migrants filed out of a church-run shelter in the capital early Thursday."
    assert [m.type for m in _of(text, "2018-11-10", "march")] == ["march"]


def test_a_third_source_siding_with_one_of_two_keeps_the_date_in_dispute():
    tl = built(
        ("a", "2024-06-11", "TAPACHULA, Mexico — The caravan left Tapachula on foot early Wednesday, June 5."),
        ("b", "2024-06-06", "TAPACHULA, Mexico — About 1,500 migrants set out from Tapachula this morning."),
        ("c", "2024-12-15", "TAPACHULA, Mexico — On June 6 a caravan of about 1,000 left Tapachula."),
    )
    deps = [e for e in tl.events if e.type == "depart"]
    assert [(e.start.isoformat(), e.end.isoformat(), e.conflict) for e in deps] == [
        ("2024-06-05", "2024-06-06", True)]


def test_two_counts_of_a_caravan_at_its_departure_on_disputed_days_are_one():
    tl = built(
        ("a", "2021-11-22", "TAPACHULA, Mexico — The caravan left Tapachula before dawn on Thursday, about 1,000 "
                            "people in the estimate of reporters."),
        ("b", "2022-06-09", "HUIXTLA, Mexico — The caravan that left Tapachula on Nov. 19 last year, some 1,000 "
                            "walkers, was broken up within days."),
    )
    sizes = [e for e in tl.events if e.type == "size"]
    assert [(e.start.isoformat(), e.end.isoformat(), len(e.sources)) for e in sizes] == [
        ("2021-11-18", "2021-11-19", 2)]


def test_a_witness_account_dated_before_its_colon_tells_events():
    text = ("HUIXTLA, Mexico — A caravan of migrants had left Tapachula on Saturday morning.\n\nMrs. Ravenscroft, 52, "
            "said on Sunday, standing at the edge of her field: \"Yesterday evening the agents and the Guard came down "
            "the road in vans and broke them up in front of my cane.\"")
    assert [m.time.value for m in _of(text, "2021-08-31", "block")] == ["2021-08-28TEV"]
    # words quoted with no day before the colon stay someone's words
    text = ("HUIXTLA, Mexico — A caravan of migrants had left Tapachula on Saturday morning.\n\nMrs. Ravenscroft, 52, "
            "said: \"The agents came down the road in vans and broke them up in front of my cane.\"")
    assert _of(text, "2021-08-31", "block") == []

def test_a_caravan_was_scattered_by_troops_and_one_man_went_home():
    text = ("HUIXTLA, Mexico — One of her cutters was on the road in January with the big caravan that set off from "
            "San Pedro Sula on Jan. 15. It was scattered by Guatemalan troops and police at Vado Hondo two days "
            "later, and he went home on a bus and came back to Chiapas on his own in the spring.")
    assert [(m.time.value, [p.text for p in m.places]) for m in _of(text, "2021-08-31", "block")] == [
        ("2021-01-17", ["Vado Hondo"])]
    assert _of(text, "2021-08-31", "return") == []


def test_police_held_the_second_great_caravan_at_the_gate_told_by_two_texts():
    tl = built(
        ("first", "2018-10-22", "TAPACHULA, Mexico — The caravan that left San Pedro Sula on Oct. 13 reached "
                                "Tapachula on Sunday."),
        ("tide", "2018-10-29", "TECUN UMAN, Guatemala — The beans were for the Hondurans of the second great caravan "
                               "to reach this town. Yesterday afternoon the column walked up onto the Rodolfo Robles "
                               "bridge, and Mexican federal police held it at the steel gate on the Mexican side."),
        ("kes", "2020-10-02", "OMOA, Honduras — A new caravan left San Pedro Sula on Thursday. His nephew went north "
                              "with the second caravan of October 2018, which Mexican federal police stopped on the "
                              "Rodolfo Robles bridge on Oct. 28, 2018."),
    )
    (block,) = [e for e in tl.events if e.type == "block"]
    (first,) = [e for e in tl.events if e.type == "depart" and e.date == "2018-10-13"]
    assert (block.date, block.sources) == ("2018-10-28", ["kes", "tide"])
    assert block.caravan != first.caravan  # the second caravan, not the one that left on Oct. 13


def test_two_different_counts_at_a_caravans_departure_on_disputed_days_are_one_disputed_count():
    tl = built(
        ("a", "2021-10-25", "TAPACHULA, Mexico — The caravan left Tapachula before dawn on Saturday, some 3,000 "
                            "people by the count of reporters."),
        ("b", "2022-03-01", "HUIXTLA, Mexico — The caravan that left Tapachula on Oct. 24 last year, about 4,000 "
                            "people, was broken up within days."),
    )
    sizes = [e for e in tl.events if e.type == "size"]
    assert [(e.start.isoformat(), e.end.isoformat(), e.conflict, len(e.sources)) for e in sizes] == [
        ("2021-10-23", "2021-10-24", True, 2)]
    # one text's two counts of one departure stay its own two figures
    tl = built(("a", "2021-10-25", "TAPACHULA, Mexico — The caravan left Tapachula before dawn on Saturday, some "
                                   "3,000 people by the count of reporters. The caravan that left Tapachula on Friday, "
                                   "about 600 people, was broken up."))
    assert len([e for e in tl.events if e.type == "size"]) == 2


def test_troops_closed_the_highway_in_front_of_the_caravan():
    text = ("ESCUINTLA, Mexico, Oct. 13 — Before dawn yesterday a caravan walked out of Tapachula. In the early "
            "afternoon the National Guard and migration agents closed the coastal highway in front of it north of "
            "Tapachula.")
    assert [m.time.value for m in _of(text, "2019-10-15", "block")] == ["2019-10-12TAF"]
    # a highway closed for repairs is no block of a caravan
    text = "ESCUINTLA, Mexico — The state closed the coastal highway for repairs on Sunday."
    assert _of(text, "2019-10-15", "block") == []


def test_the_via_crucis_walk_that_started_in_tapachula_is_a_departure_only():
    text = ("HUIXTLA, Mexico — The very first, the Via Crucis walk that started in Tapachula on Palm Sunday five "
            "years ago, passed the gate. In 2018 the Via Crucis set off from the park on March 25.")
    assert [m.type for m in mentions(text, "2023-04-26")] == ["depart", "depart"]


def test_mexico_offered_walkers_humanitarian_visitor_cards():
    text = ("TAPACHULA, Mexico — Others came in January, when Mexico offered walkers humanitarian visitor cards at "
            "the border bridge from Jan. 17.")
    assert [(m.type, m.time.value) for m in mentions(text, "2019-04-25")] == [("asylum", "2019-01-17")]


def test_walkers_stopping_at_a_door_is_no_stay_of_the_caravan():
    text = ("HUIXTLA, Mexico — The caravan stopped in Huixtla for the night on Monday. Some of the walkers had "
            "stopped at her door on Tuesday to ask for water.")
    assert [(m.time.value, [p.text for p in m.places]) for m in _of(text, "2022-06-09", "stay")] == [
        ("2022-06-06TNI", ["Huixtla"])]


def test_the_bridge_approach_is_a_place_not_an_arrival():
    text = ("TECUN UMAN, Guatemala — At last the walkers turned back to the Guatemalan side. That night most of them "
            "slept on cardboard on the bridge approach, with the river loud below.")
    assert [m.type for m in mentions(text, "2018-10-29")] == ["stay"]
    # a march told as a noun with its adjective and its goal is still a march
    text = ("TIJUANA, Mexico — U.S. agents fired tear gas on Sunday afternoon after several hundred migrants broke "
            "away from a peaceful march toward the El Chaparral crossing.")
    assert "march" in [m.type for m in mentions(text, "2018-11-26")]


def test_trailers_stuck_on_the_highway_are_no_block_of_the_caravan():
    text = ("TAPACHULA, Mexico — On Sunday two of those trailers sat stuck on the highway out of Tapachula, behind a "
            "wooden cross.")
    assert _of(text, "2023-04-26", "block") == []
    text = "TAPACHULA, Mexico — On Sunday thousands of migrants were stuck at the border bridge."
    assert [m.time.value for m in _of(text, "2023-04-26", "block")] == ["2023-04-23"]


def test_a_count_told_with_a_feast_day_and_its_month_takes_the_feast_day():
    text = ("HUIXTLA, Mexico — She has watched every caravan go by. The Holy Week caravan left Tapachula on Palm "
            "Sunday in March with 1,500 walkers, as Mexico's migration institute counted them.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2024-10-23", "size")] == [("2024-03-24", 1500)]


def test_an_institute_put_it_at_3000_its_organizers_at_4000():
    text = ("TAPACHULA, Mexico — Last month's caravan, which set off on Oct. 23, was far larger: Mexico's migration "
            "institute put it at 3,000 people, its organizers at 4,000.")
    assert [(m.group_size, m.actor) for m in _of(text, "2021-11-22", "size")] == [
        (3000, "Mexico's migration institute"), (4000, "its organizers")]
    tl = built(("a", "2021-11-22", text))
    assert [(e.group_size, e.conflict) for e in tl.events if e.type == "size"] == [(3000, True)]


def test_a_count_after_the_one_departure_day_of_its_sentence_takes_that_day():
    text = ("TAPACHULA, Mexico — The caravan of last year, which left on Monday, April 24, took some 4,000 walkers "
            "north.")
    assert [(m.time.value, m.group_size, m.time_link, m.rule) for m in _of(text, "2024-03-28", "size")] == [
        ("2023-04-24", 4000, "own", "size.frame+at_departure")]
    # not a count told in the present ("where more than 5,000 migrants have been sheltering")
    text = ("TIJUANA, Mexico — The march set out at about 10 a.m. on Sunday from the Benito Juárez sports complex, "
            "where more than 5,000 migrants have been sheltering, toward the El Chaparral crossing.")
    assert [m.time.value for m in _of(text, "2018-11-26", "size")] == ["2018-11-26"]
