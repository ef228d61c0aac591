"""Events from the forty-eighth round: "the one of" a full date standing for a caravan, the main verb after a long
relative clause, a departure whose clause goes on past a country named after its town, a background "as" clause
after the verb, "that town" reached, a column "scattered", a relative clause dated further on, "and then" on a chain
of the group's moves, visitor cards "that Mexico began to hand out", a count "in" an institute's count, "the
one that was stopped" (a passive verb, not a noun told again), the second column of one nationality that two texts
tell, "Before that came" (before what was told) and a count dated only by "a year ago" beside its caravan's
departure day.  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions
from event_helpers import mentions_of as _of


def test_the_one_of_a_full_date_stands_for_the_caravan_named_before():
    text = ("HUIXTLA, Mexico — The town has learned to expect caravans. The one of June 6 last year, which set out "
            "from Tapachula as the Summit of the Americas met in Los Angeles, reached Huixtla the next day.")
    assert [(m.time.value, [p.text for p in m.places]) for m in _of(text, "2023-11-02", "depart")] == [
        ("2022-06-06", ["Tapachula"])]
    assert [m.time.value for m in _of(text, "2023-11-02", "arrive")] == ["2022-06-07"]
    # with no caravan named before, "the one of June 6" is nothing the story moves
    text = "HUIXTLA, Mexico — The one of June 6 last year, which set out from the port, reached Huixtla the next day."
    assert _of(text, "2023-11-02", "depart") == []


def test_a_date_after_a_town_and_its_country_closes_the_relative_clause():
    text = ("CIUDAD HIDALGO, Mexico — On Oct. 20 the first of the caravans, which had left the bus terminal in San "
            "Pedro Sula, Honduras, on Oct. 13, crossed this river on rafts.")
    assert [m.time.value for m in _of(text, "2018-11-01", "depart")] == ["2018-10-13"]
    assert [m.time.value for m in _of(text, "2018-11-01", "cross_border")] == ["2018-10-20"]


def test_a_background_as_clause_after_the_verb_gives_the_departure_no_place():
    text = ("TAPACHULA, Mexico — The caravan set out on Monday as the leaders of the Americas met in Los Angeles.")
    assert [[p.text for p in m.places] for m in _of(text, "2022-06-09", "depart")] == [[]]


def test_the_walkers_reached_that_town():
    text = ("ESCUINTLA, Mexico — His brother, who sells fruit in Huixtla, told him the walkers reached that town on "
            "Wednesday, Nov. 1, and slept in its park.")
    assert [m.time.value for m in _of(text, "2023-11-08", "arrive")] == ["2023-11-01"]


def test_police_scattered_that_column():
    text = ("PIJIJIAPAN, Mexico — In April he went north with another caravan, and federal police and immigration "
            "officers scattered that column on the highway near this town.")
    assert [m.type for m in _of(text, "2020-01-21", "block")] == ["block"]
    # seed scattered on a field is no block
    text = "PIJIJIAPAN, Mexico — In April the farmers scattered the seed on the field near this town."
    assert _of(text, "2020-01-21", "block") == []


def test_the_one_that_was_stopped_at_a_named_bridge_and_then_waded_the_river():
    text = ("TAPACHULA, Mexico — The second Honduran column brought the most work. It was the one that was stopped at "
            "the gate of the Rodolfo Robles bridge on Sunday, Oct. 28, and then waded the Suchiate on Tuesday, "
            "Oct. 30.")
    blocks = _of(text, "2018-11-09", "block")
    assert [(m.time.value, [(p.text, p.role) for p in m.places]) for m in blocks] == [
        ("2018-10-28", [("Rodolfo Robles bridge", "at")])]
    assert [m.time.value for m in _of(text, "2018-11-09", "cross_border")] == ["2018-10-30"]


def test_visitor_cards_that_mexico_began_to_hand_out_and_not_those_it_stopped_handing_out():
    text = ("CACAHOATAN, Mexico — In January last year he was among those who got the humanitarian visitor cards that "
            "Mexico began to hand out at the Rodolfo Robles bridge on Jan. 17 last year.")
    assert [m.time.value for m in _of(text, "2020-01-21", "asylum")] == ["2019-01-17"]
    text = ("CACAHOATAN, Mexico — The walkers had waited for weeks for humanitarian visas that Mexico stopped handing "
            "out on Monday.")
    assert _of(text, "2020-01-21", "asylum") == []


def test_a_count_in_an_institutes_count_is_a_size():
    text = ("HUIXTLA, Mexico — He came with the big caravan that left Tapachula on Oct. 23 last year, 3,000 people in "
            "the migration institute's count and 4,000 in that of the men who led it.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2022-06-10", "size")] == [(3000, "2021-10-23")]
    # tortillas sold in the morning are no count of people
    text = "HUIXTLA, Mexico — On Sunday she sold 300 tortillas in the morning, by her own count."
    assert _of(text, "2022-06-10", "size") == []


def test_a_block_told_with_the_one_that_was_stopped_is_no_noun_told_again():
    text = ("TAPACHULA, Mexico — Walkers had pushed their trolleys all the way from the border, and police blocked "
            "them at the gate. The second Honduran column brought the most work. It was the one that was stopped at "
            "the gate of the Rodolfo Robles bridge on Sunday, Oct. 28, and then waded the Suchiate on Tuesday.")
    assert "2018-10-28" in [m.time.value for m in _of(text, "2018-11-09", "block")]


_BUYERS = ("CIUDAD HIDALGO, Mexico — A caravan of Salvadorans left San Salvador on Sunday, Oct. 28, some 300 people. "
           "His buyers were Hondurans of the second caravan to reach this border this month. On Sunday the column, "
           "about 1,500 people, pushed against the fence of the Rodolfo Robles bridge and was held back by police.")
_WELDER = ("TAPACHULA, Mexico — The Salvadorans' first column, nearly 500 people, left San Salvador on Oct. 28. The "
           "second Honduran column brought the most work. It was the one that was stopped at the gate of the "
           "Rodolfo Robles bridge on Sunday, Oct. 28, and then waded the Suchiate on Tuesday, Oct. 30.")


def test_the_second_column_of_one_nationality_two_texts_tell_is_one_caravan_apart_from_another_countrys():
    tl = built(("buyers", "2018-10-30", _BUYERS), ("welder", "2018-11-09", _WELDER))
    blocks = [e for e in tl.events if e.type == "block"]
    assert len(blocks) == 1 and len(blocks[0].mentions) == 2
    departs = [e for e in tl.events if e.type == "depart"]
    assert len(departs) == 1 and departs[0].caravan != blocks[0].caravan


def test_before_that_is_before_what_was_told_not_the_clause_after_it():
    text = ("HUIXTLA, Mexico — The caravan of June 6 last year reached this town the next day. Before that came the "
            "big caravan that walked out of Tapachula on Oct. 23, 2021, more than 4,000 strong by its organizers' "
            "count, which rested here.")
    tl = built(("a", "2023-11-02", text))
    assert [(e.group_size, e.date) for e in tl.events if e.type == "size"] == [(4000, "2021-10-23")]


def test_a_count_dated_only_by_a_year_ago_takes_its_caravans_departure_day():
    text = ("CHIQUIMULA, Guatemala — A year ago another caravan, which had set out from San Pedro Sula on Jan. 15, "
            "2020, came down this road in small groups, some 4,000 walkers by her nephew's reckoning.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2021-01-20", "size")] == [(4000, "2020-01-15")]


def test_things_after_of_some_and_kilos_are_no_group_and_pushing_trolleys_all_the_way_is_no_block():
    text = ("HUIXTLA, Mexico — The works have two kilns and a yard of some twenty thousand bricks drying under a "
            "roof. A sack of about 20 kilos costs him 90 pesos.")
    assert _of(text, "2022-06-10", "size") == []
    text = "HUIXTLA, Mexico — A caravan of some 2,000 migrants left on Friday."
    assert [m.group_size for m in _of(text, "2022-06-10", "depart")] == [2000]
    text = ("TAPACHULA, Mexico — He mended a dozen supermarket trolleys that walkers had pushed all the way from "
            "Guatemala.")
    assert _of(text, "2018-11-09", "block") == []
    text = "TAPACHULA, Mexico — On Friday the walkers pushed their way through the police line at the bridge."
    assert [m.type for m in _of(text, "2018-11-09", "block")] == ["block"]


def test_a_time_after_and_a_new_subject_is_not_the_counts():
    text = ("TAPACHULA, Mexico — The largest the market remembers set out on Christmas Eve, 2023: as many as 10,000 "
            "walkers, by the organizers' count, and the square empty by noon.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2025-01-08", "size")] == [(10000, "2023-12-24")]


def test_one_man_leaving_with_the_caravan_that_set_out_tells_the_caravans_own_departure():
    text = ("HUIXTLA, Mexico — Denis first left home with the caravan that set out from San Pedro Sula on Jan. 15 "
            "last year.")
    assert [(m.trigger, m.time.value) for m in _of(text, "2022-06-10", "depart")] == [("set out", "2021-01-15")]


def test_a_group_that_went_on_a_day_named_right_after_set_out_from_the_dateline_town():
    text = ("TAPACHULA, Mexico — When the salts go, the caravan is leaving, she said. It went before dawn on "
            "Saturday: about 2,000 people.")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in _of(text, "2019-10-17", "depart")] == [
        ("2019-10-12TMO", ["Tapachula"])]
    text = "TAPACHULA, Mexico — The first groups left on the Monday night, and the big group went on Tuesday."
    assert [m.time.value for m in _of(text, "2019-01-20", "depart")] == ["2019-01-14TNI", "2019-01-15"]
    # going on toward a town is no departure
    text = "HUIXTLA, Mexico — The caravan rested here on Sunday and went on toward Escuintla."
    assert _of(text, "2019-10-17", "depart") == []


def test_a_roadblock_the_caravan_reached_is_where_it_arrived():
    text = ("CHIQUIMULA, Guatemala — On Saturday the caravan reached the police and army roadblock on highway CA-10 "
            "at Vado Hondo around midday.")
    got = _of(text, "2021-01-20", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places if p.role != "mention"]) for m in got] == [
        ("2021-01-16", ["Vado Hondo"])]
    assert [m.type for m in _of(text, "2021-01-20", "block")] == ["block"]


def test_a_named_port_that_closed_is_a_block_and_a_named_crossing_is_a_place():
    text = "TIJUANA, Mexico — On Sunday the San Ysidro port closed for hours."
    assert [(m.time.value, m.trigger) for m in _of(text, "2018-11-26", "block")] == [("2018-11-25", "port closed")]
    text = "CHIQUIMULA, Guatemala — On Sunday the police waited at the Corinto crossing."
    assert _of(text, "2020-10-05", "cross_border") == []


def test_one_syllable_verbs_double_their_last_consonant_and_bedded_down_is_a_stay():
    from timeline.extract.event_lexicon import verb_forms

    assert {"dropped", "dropping"} <= verb_forms("drop") and {"bedded", "stepped", "slipped"} <= (
        verb_forms("bed") | verb_forms("step") | verb_forms("slip"))
    assert {"visited", "opened", "headed"} <= verb_forms("visit") | verb_forms("open") | verb_forms("head")
    text = "HUIXTLA, Mexico — The caravan left Tapachula on Monday and bedded down at Huixtla that night."
    assert [[p.place.name for p in m.places] for m in _of(text, "2018-11-20", "stay")] == [["Huixtla"]]


def test_walkers_sleeping_tonight_at_a_town_stay_there():
    text = "TAPACHULA, Mexico — The walkers are sleeping tonight at Huixtla."
    assert [(m.time.value, [p.place.name for p in m.places]) for m in _of(text, "2018-11-20", "stay")] == [
        ("2018-11-20TNI", ["Huixtla"])]


def test_the_mexican_end_of_the_bridge_closed_on_the_storys_day_not_the_relative_clauses():
    text = ("TECUN UMAN, Guatemala — On Saturday 18 January, at about 14:00, the caravan that left San Pedro Sula on "
            "Wednesday, some 3,500 people, reached the Rodolfo Robles bridge. The National Guard closed the Mexican "
            "end of the bridge.")
    assert [(m.trigger, m.time.value[:10]) for m in _of(text, "2020-01-21", "block")] == [
        ("closed the Mexican end of the bridge", "2020-01-18")]
    # ... and "turned most back" turned a group back; a shop's far end is no border
    text = "CIUDAD HIDALGO, Mexico — On Monday the National Guard turned most back by midday."
    assert [m.type for m in _of(text, "2020-01-21", "block")] == ["block"]
    text = "CIUDAD HIDALGO, Mexico — He closed the far end of the shop on Monday."
    assert _of(text, "2020-01-21", "block") == []


def test_visitor_cards_handed_out_told_in_other_words_and_dated_by_the_day_after_a_year_ago():
    text = ("MEXICO CITY — Officials said this week that Mexico will not repeat the humanitarian visitor cards it "
            "began handing out on the Rodolfo Robles bridge a year ago, on Jan. 17, 2019.")
    assert [m.time.value for m in _of(text, "2020-01-23", "asylum")] == ["2019-01-17"]
    text = ("CIUDAD HIDALGO, Mexico — In January 2019 the humanitarian visitor cards were first handed out on the "
            "bridge.")
    assert [m.time.value for m in _of(text, "2020-01-23", "asylum")] == ["2019-01"]
    text = "CIUDAD HIDALGO, Mexico — The visitor cards issued on the bridge from Jan. 17, 2019 lasted a year."
    assert [m.time.value for m in _of(text, "2020-01-23", "asylum")] == ["2019-01-17"]
    # credit cards handed out at a bank are no one's papers
    text = "CIUDAD HIDALGO, Mexico — She paid with one of the credit cards handed out at the bank on Monday."
    assert _of(text, "2020-01-23", "asylum") == []


def test_returns_that_began_and_a_state_that_returned_nearly_all_of_them():
    text = "CHIQUIMULA, Guatemala — The caravan was broken up at Vado Hondo on Sunday. Returns began on Monday."
    assert [m.time.value for m in _of(text, "2021-01-19", "return")] == ["2021-01-18"]
    text = ("CHIQUIMULA, Guatemala — The caravan was broken up at Vado Hondo on Sunday, and on Monday Guatemala "
            "returned nearly all of them within hours.")
    assert [m.time.value for m in _of(text, "2021-01-19", "return")] == ["2021-01-18"]
    text = "CHIQUIMULA, Guatemala — On Monday the clerk returned all of them to the shelf."
    assert _of(text, "2021-01-19", "return") == []


def test_wading_across_needs_no_place_and_going_into_the_border_river_crosses_it():
    text = "CIUDAD HIDALGO, Mexico — On Monday several hundred migrants waded across at about 08:00."
    assert [m.time.value for m in _of(text, "2020-01-22", "cross_border")] == ["2020-01-20T08:00"]
    text = ("CIUDAD HIDALGO, Mexico — The caravan reached the bridge on Saturday. On Monday the 20th the walkers gave "
            "up on the bridge and went into the Suchiate.")
    assert [m.time.value for m in _of(text, "2020-01-22", "cross_border")] == ["2020-01-20"]
    # pouring into a park is an arrival
    text = "CIUDAD HIDALGO, Mexico — On Monday the walkers poured into the central park."
    assert [m.type for m in _of(text, "2020-01-22", "arrive")] == ["arrive"]
    assert _of(text, "2020-01-22", "cross_border") == []


def test_rafts_or_boatmen_that_carried_the_walkers_across_the_river_tell_a_crossing():
    text = ("CIUDAD HIDALGO, Mexico — The caravan reached the bridge on Saturday. Rafts carried thousands across on "
            "Monday.")
    assert [m.time.value for m in _of(text, "2020-01-22", "cross_border")] == ["2020-01-20"]
    text = "CIUDAD HIDALGO, Mexico — He carried the boxes across the street on Monday."
    assert _of(text, "2020-01-22", "cross_border") == []


def test_a_caravan_already_on_the_road_from_one_town_to_the_next_marches():
    text = "HUIXTLA, Mexico — On Tuesday morning the caravan was already on the road from Huixtla to Escuintla."
    got = _of(text, "2018-10-31", "march")
    assert [(m.time.value[:10], [(p.place.name, p.role) for p in m.places]) for m in got] == [
        ("2018-10-30", [("Huixtla", "from"), ("Escuintla", "to")])]


def test_no_state_of_prevention_and_no_roadblock_are_negated():
    text = "CHIQUIMULA, Guatemala — There was no state of prevention in January, and no roadblock on the highway."
    got = [m for m in mentions(text, "2021-01-20") if m.type in ("statement", "block")]
    assert got and all(m.modality == "negated" for m in got)
    text = "CHIQUIMULA, Guatemala — In January Guatemala declared a state of prevention."
    assert [m.modality for m in _of(text, "2021-01-20", "statement")] == ["actual"]


def test_people_let_through_in_groups_of_twenty_are_no_size_of_the_caravan():
    text = ("TECUN UMAN, Guatemala — On Saturday Mexican agents opened the gate and let people through in groups of "
            "about 20.")
    assert _of(text, "2020-01-20", "size") == []
    text = "TECUN UMAN, Guatemala — On Saturday a group of about 2,000 people crossed the bridge."
    assert [m.group_size for m in _of(text, "2020-01-20", "cross_border")] == [2000]
