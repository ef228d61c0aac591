"""Events from the fifty-fifth round, from caravan-holdout54: a ford of "the same river" and "forded it", a caravan
"ferried over on rafts", Mexico signing people up for visas, police who "broke apart" a caravan, "began its walk",
"was scattered the same day by", "took to the highway on Oct. 29", "bore their cross out through the city streets",
"The first had gone out on June 5", "tried again, leaving Tapachula" (a departure, not a march resumed), "began that
day to" (done, not planned); and the caravans: a newer group told by "the second" alone, the first caravan told
again after the second, a nationality named in one clause of a sentence naming two, a caravan police broke up at
the first border months after another set off, and a newer group's departure days after an earlier one.  Texts
written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions


def _crossings(text: str, pub: str) -> list[tuple[str, str]]:
    return [(m.trigger, m.time.value) for m in mentions(text, pub) if m.type == "cross_border"]


def test_fording_the_same_river_and_fording_it_are_crossings():
    text = ("CIUDAD HIDALGO, Mexico — A week ago today the second Honduran column forded the same river on foot. "
            "On Nov. 2 a column of Salvadorans forded it in the same place, holding their shoes above their heads.")
    assert _crossings(text, "2018-11-05") == [("forded the same river", "2018-10-29"), ("forded", "2018-11-02")]


def test_ferried_over_on_rafts_is_a_crossing():
    text = ("CIUDAD HIDALGO, Mexico — The first caravan, which had been ferried over on rafts of boards and truck "
            "tyres on Oct. 20, was by then far up the coast.")
    assert _crossings(text, "2018-11-05") == [("ferried over on rafts", "2018-10-20")]


def test_signing_people_up_for_visas_is_the_state_taking_papers_done_that_day():
    text = ("CIUDAD HIDALGO, Mexico — On Thursday he delivered to the bridge. Mexico's government began that day to "
            "sign people up at the bridge for humanitarian visas.")
    got = [(m.type, m.modality, m.time.value) for m in mentions(text, "2019-01-19")]
    assert got == [("asylum", "actual", "2019-01-17")]
    # (a verb of beginning with no time between it and "to" said the same before: "began to sign people up")
    text = "CIUDAD HIDALGO, Mexico — On Thursday Mexico began to sign people up at the bridge for humanitarian visas."
    assert [(m.type, m.modality) for m in mentions(text, "2019-01-19")] == [("asylum", "actual")]


def test_police_who_broke_a_caravan_apart():
    text = ("SAN PEDRO SULA, Honduras — His son was in the caravan that Mexican police broke apart outside "
            "Pijijiapan, on the coast, on Easter Sunday last year.")
    got = [(m.type, m.time.value, [p.text for p in m.places]) for m in mentions(text, "2020-01-21")]
    assert ("block", "2019-04-21", ["Pijijiapan"]) in got


def test_began_its_walk_is_a_departure():
    text = ("CHIQUIMULA, Guatemala — He still has the sketches he made of the one that began its walk in San Pedro "
            "Sula on Jan. 15 last year.")
    got = [(m.type, m.time.value) for m in mentions(text, "2021-01-20")]
    assert got == [("depart", "2020-01-15")]
    # (not a walk begun again: "began to walk again")
    text = "HUIXTLA, Mexico — On Tuesday the caravan began to walk again toward Escuintla."
    assert "depart" not in [m.type for m in mentions(text, "2018-10-26")]


def test_scattered_the_same_day_by_troops_is_a_block():
    text = ("TAPACHULA, Mexico — This year the caravans have come one after another. Another set off on Sept. 4 and "
            "was scattered the same day by National Guard troops on the highway outside Huixtla.")
    got = [(m.type, m.time.value) for m in mentions(text, "2021-11-22")]
    assert got == [("depart", "2021-09-04"), ("block", "2021-09-04")]


def test_took_to_the_highway_on_a_day_is_a_departure():
    text = ("TAPACHULA, Mexico — She remembers the Exodus from Poverty, which took to the highway on Oct. 29 last "
            "year, 7,000 strong by the count of its organizers.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-06-22")]
    assert ("depart", "2023-10-29") in got


def test_bore_their_cross_out_through_the_streets_is_a_departure():
    text = ("TAPACHULA, Mexico — The pilgrims of Holy Week, who bore their cross out through the city streets on "
            "Palm Sunday, stopped at the arcade for water.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-06-22")]
    assert got == [("depart", "2024-03-24")]


def test_the_first_had_gone_out():
    text = ("TAPACHULA, Mexico — The caravan was the second the city has seen go this month. The first had gone "
            "out on June 5.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-06-22")]
    assert ("depart", "2024-06-05") in got


def test_tried_again_leaving_is_a_departure():
    text = ("SAN PEDRO SULA, Honduras — Last October he tried again, leaving the Mexican city of Tapachula with the "
            "caravan of Oct. 12.")
    got = [(m.type, m.time.value) for m in mentions(text, "2020-01-21")]
    assert ("depart", "2019-10-12") in got and "march" not in [t for t, _ in got]
    # (a march resumed: "hit the road again early Tuesday, leaving Juchitan")
    text = "JUCHITAN, Mexico — The caravan hit the road again early Tuesday, leaving Juchitan for Matias Romero."
    assert "depart" not in [m.type for m in mentions(text, "2018-11-01")]


def test_the_second_alone_tells_a_newer_caravan_and_the_first_told_after_it_the_first():
    text = ("CIUDAD HIDALGO, Mexico — He watched it from the bridge: the first Honduran caravan came across the "
            "river on Oct. 20; nine days later the second waded over at the bend; and on Nov. 2 a column of "
            "Salvadorans forded it in the same place.")
    got = {m.trigger: (m.later_caravan, m.nationality) for m in mentions(text, "2019-01-19")
           if m.type == "cross_border"}
    assert got == {"came across": (False, "HN"), "waded over": (True, None), "forded": (False, "SV")}
    text = ("CIUDAD HIDALGO, Mexico — A week ago today the second Honduran column forded the same river on foot, "
            "and the first, which had been ferried over on rafts on Oct. 20, was by then far up the coast.")
    got = {m.trigger: m.later_caravan for m in mentions(text, "2018-11-05") if m.type == "cross_border"}
    assert got == {"forded the same river": True, "ferried over on rafts": False}


_CROSSINGS_2018 = [
    ("ice", "2018-11-05",
     "CIUDAD HIDALGO, Mexico — On Wednesday, Oct. 31, some 1,500 Salvadorans started from San Salvador, and on "
     "Friday, Nov. 2, they waded across the Suchiate below Ciudad Hidalgo. The first caravan had started in San "
     "Pedro Sula on Oct. 13. A week ago today the second Honduran column forded the same river on foot, and the "
     "first, which had been ferried over on rafts on Oct. 20, was by then far up the coast."),
    ("soda", "2019-01-19",
     "CIUDAD HIDALGO, Mexico — On Wednesday a new caravan of some 300 Salvadorans set out from San Salvador. He "
     "watched the others from the bridge: the first Honduran caravan came across the river on Oct. 20; nine days "
     "later the second waded over at the bend; and on Nov. 2 a column of Salvadorans forded it in the same place."),
]


def test_the_crossings_of_three_caravans_told_in_two_texts_make_three_events():
    tl = built(*_CROSSINGS_2018)
    got = sorted((e.date, sorted(e.sources)) for e in tl.events if e.type == "cross_border")
    assert got == [("2018-10-20", ["ice", "soda"]), ("2018-10-29", ["ice", "soda"]),
                   ("2018-11-02", ["ice", "soda"])]
    caravans = {e.date: e.caravan for e in tl.events if e.type == "cross_border"}
    assert len(set(caravans.values())) == 3


def test_a_block_at_the_first_border_months_on_is_not_the_january_caravan():
    tl = built(
        ("kite", "2019-10-16", "TAPACHULA, Mexico — In January some 500 Salvadorans left San Salvador on Jan. 16."),
        ("balloon", "2020-01-21",
         "SAN PEDRO SULA, Honduras — A caravan of Hondurans walked out of the bus terminal on Jan. 15. His son was "
         "in the caravan that Mexican police broke apart outside Pijijiapan, on the coast, on Easter Sunday last "
         "year."),
    )
    blocks = [e for e in tl.events if e.type == "block"]
    assert [(e.date, e.sources) for e in blocks] == [("2019-04-21", ["balloon"])]
    departure = next(e for e in tl.events if e.type == "depart" and e.date == "2019-01-16")
    assert blocks[0].caravan != departure.caravan


def test_a_newer_groups_departure_days_after_another_is_a_caravan_of_its_own():
    tl = built(
        ("rudd", "2021-11-22",
         "TAPACHULA, Mexico — This year the caravans have come one after another. The first of them left on Aug. "
         "28, in the worst of the heat. Another set off on Sept. 4 and was scattered the same day by National Guard "
         "troops on the highway outside Huixtla."),
        ("tench", "2022-06-09",
         "TAPACHULA, Mexico — Last year there were so many caravans that he kept a list. There was the caravan "
         "that left on Sept. 4, which was broken up on the highway near Huixtla that afternoon."),
    )
    deps = {e.date: e for e in tl.events if e.type == "depart"}
    assert sorted(deps) == ["2021-08-28", "2021-09-04"]
    assert sorted(deps["2021-09-04"].sources) == ["rudd", "tench"]
    assert deps["2021-08-28"].caravan != deps["2021-09-04"].caravan


def test_a_trigger_pattern_with_an_optional_gap_is_refused():
    # ("~ford ?the ?* river" read "?*" as an optional word "*": the pattern never matched "forded the same river")
    import pytest

    from timeline.extract.event_lexicon import compile_pattern
    with pytest.raises(ValueError, match="optional"):
        compile_pattern("~ford ?the ?* river")
    assert [s.gap for s in compile_pattern("~ford ?the * river")] == [0, 0, 3, 0]


# --- from caravan-holdout55

def test_forcing_a_countrys_cordon_at_a_border_post_is_a_crossing():
    text = ("CHIQUIMULA, Guatemala — In October the walkers of the last one forced the Guatemalan cordon at Corinto "
            "on Oct. 1, far off in Izabal, and took the Atlantic highway instead.")
    got = [(m.type, m.time.value) for m in mentions(text, "2021-01-19")]
    assert got == [("cross_border", "2020-10-01")]
    # (a police cordon forced on the highway is a block)
    text = "HUIXTLA, Mexico — On Saturday the caravan forced a police cordon on the highway outside Huixtla."
    assert [m.type for m in mentions(text, "2021-01-19")] == ["block"]


def test_pushed_straight_through_the_police_line_here_at_a_border_post():
    text = ("CORINTO, Guatemala — The one before that, on Oct. 1, 2020, pushed straight through the police line here "
            "and ran past his booth.")
    got = [(m.type, m.time.value) for m in mentions(text, "2022-01-19")]
    assert got == [("cross_border", "2020-10-01")]


def test_police_forming_a_line_that_would_not_let_the_caravan_through_is_a_block():
    text = ("CORINTO, Guatemala — On Sunday Guatemalan police and soldiers formed a line across the road on the far "
            "side of the crossing and would not let the caravan through.")
    got = [(m.type, m.modality, m.time.value) for m in mentions(text, "2022-01-19")]
    assert got == [("block", "actual", "2022-01-16")]


def test_caravans_named_by_their_day_in_a_list():
    text = ("TAPACHULA, Mexico — In April there was the Via Crucis caravan that walked out on April 23 behind its "
            "cross, and she gave a pair of eyes to a woman carrying a plaster Virgin that had lost them. Before that, "
            "she counts the one of Oct. 17 last year, 600 people according to its organizers, the big one of June 6 "
            "last year, and the small one of Jan. 29 last year, which she hardly noticed.")
    got = [(m.type, m.time.value, m.group_size) for m in mentions(text, "2023-11-04")]
    # (the count is the caravan's named before it, not the next one's: a caravan named earlier in the paragraph
    # lets "the one of" stand for one)
    assert ("depart", "2022-10-17", None) in got and ("size", "2022-10-17", 600) in got
    assert ("depart", "2022-06-06", None) in got and ("depart", "2022-01-29", None) in got
    text = ("TAPACHULA, Mexico — This year the tin has filled with caravans. There was the small one on Jan. 29, "
            "which he watched from his doorway.")
    assert [(m.type, m.time.value) for m in mentions(text, "2022-10-19")] == [("depart", "2022-01-29")]


def test_a_caravan_named_by_its_day_in_a_persons_relative_clause():
    text = ("TAPACHULA, Mexico — One was ordered by a Guatemalan woman who walked with the Via Crucis of April 23 "
            "last year behind its wooden cross, and one by a family who went with the pilgrims who bore a cross "
            "through the streets and out of town on Palm Sunday this year.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-11-09")]
    assert got == [("depart", "2023-04-23"), ("depart", "2024-03-24")]


def test_a_count_according_to_the_reporters_after_a_comma():
    text = ("TAPACHULA, Mexico — She did not know how many there were; some 1,500 people, according to the reporters "
            "who went on foot with them, had set off from the city for the north.")
    assert ("size", 1500) in [(m.type, m.group_size) for m in mentions(text, "2024-11-09")]
    # (not the object of a verb: the people detained are no caravan's count)
    text = ("PIJIJIAPAN, Mexico — Police stopped the caravan on the highway and detained 367 people, according to "
            "the National Institute of Migration.")
    assert "size" not in [m.type for m in mentions(text, "2019-04-25")]
