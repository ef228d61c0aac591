"""Events from the fifty-sixth round, from caravan-holdout56 and caravan-holdout57: a date fronted before a relative
clause set off by commas ("the one whose walk had begun ...") is the main verb's, and so are the places before it;
wading into a country and into the water; a cross carried "north out of" a town; officers who scattered a caravan;
a list of days after a colon, one departure per day; "on its way out of the city"; counts told "as the people who
organized it reckoned", "if you believed its organizers", "by what its organizers said", "counted by the
reporters", "went, as the reporters reckoned"; "The first of the big ones", "The first, on Aug. 28, left"; "started
north", "marched off on", "began to move off", "that followed on", "had come out of San Pedro Sula"; a crowd that
pushed past the police "at the crossing"; a day told in the next clause, after ", and" and a name; "the first of
the new year" (which caravan, not when).  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_fronted_date_before_a_relative_clause_is_the_main_verbs():
    text = ("TECUN UMAN, Guatemala — On Oct. 20 the first column, the one whose walk had begun on Oct. 13 in San "
            "Pedro Sula, came over on rafts while the federal police held the bridge.")
    ms = mentions(text, "2018-11-03")
    assert [(m.type, m.trigger, m.time.value) for m in ms] == [
        ("depart", "whose walk had begun", "2018-10-13"), ("cross_border", "came over on rafts", "2018-10-20")]
    assert [p.text for p in ms[1].places] == []  # (San Pedro Sula is where the walk began)


def test_wading_into_a_country_and_into_the_water_are_crossings():
    text = ("CIUDAD HIDALGO, Mexico — The second Salvadoran group stopped waiting for the bridge and waded into "
            "Mexico on Nov. 2.")
    assert found(text, "2019-01-22") == [("waded into", "2018-11-02")]
    text = ("CIUDAD HIDALGO, Mexico — Yesterday the group from El Salvador did not wait for the gate. They went into "
            "the brown water below the bridge at about ten o'clock, holding bundles over their heads.")
    assert found(text, "2018-11-03") == [("went into the brown water", "2018-11-02T10:00")]


def test_a_cross_carried_north_out_of_a_town_is_a_departure():
    text = ("HUIXTLA, Mexico — In March the parish fed the Via Crucis pilgrims, the walkers who carried their cross "
            "north out of Tapachula on Palm Sunday.")
    assert found(text, "2018-11-03") == [("carried their cross north out of", "2018-03-25")]


def test_officers_who_scattered_a_caravan_block_it():
    text = ("SAN PEDRO SULA, Honduras — Her niece was on the caravan that federal police and migration officers "
            "scattered on the coast highway near Pijijiapan last April, on Easter Sunday.")
    assert found(text, "2020-01-20") == [("officers scattered", "2019-04-21")]


def test_a_list_of_days_after_a_colon_is_one_departure_per_day():
    text = ("TAPACHULA, Mexico — Last year he saw two start out in a week: one on Aug. 28, and the other on Sept. 4, "
            "which was halted before Huixtla that same day.")
    assert found(text, "2022-10-20", "depart") == [("start out", "2021-08-28"), ("the other on", "2021-09-04")]
    text = "HUIXTLA, Mexico — In June two went north from Tapachula: one on June 5, and another on June 20."
    assert found(text, "2024-11-09") == [("went north from", "2024-06-05"), ("another on", "2024-06-20")]


def test_a_bare_number_word_needs_the_list_it_counts():
    text = ("SAN PEDRO SULA, Honduras — He asked readers to leave the book at any library, and two came back by post "
            "from Tapachula this month.")
    assert mentions(text, "2021-01-30") == []


def test_a_caravan_on_its_way_out_of_the_city_departs_from_the_dateline_town():
    text = ("TAPACHULA, Mexico — On Monday he was on the ring road at six o'clock when a caravan went past on its way "
            "out of the city, about 400 people.")
    assert found(text, "2022-10-20", "depart") == [("went past on its way out of", "2022-10-17T06:00")]


def test_counts_told_with_who_made_them():
    cases = [
        ("TAPACHULA, Mexico — Last year the Venezuelans left on Oct. 17, 600 of them as the people who organized it "
         "reckoned.", "2023-11-02", 600),
        ("HUIXTLA, Mexico — The Exodus from Poverty got going on Oct. 29 last year, 7,000 people if you believed its "
         "organizers.", "2024-11-09", 7000),
        ("HUIXTLA, Mexico — Nov. 5 is on his board too, for the caravan of that day, 3,000 people by what its "
         "organizers said.", "2024-11-09", 3000),
        ("TECUN UMAN, Guatemala — Last Sunday a group from El Salvador set out from the capital, some 300 of them, "
         "counted by the reporters tramping alongside.", "2018-10-31", 300),
        ("TAPACHULA, Mexico — The caravan left before dawn on Thursday. About 1,000 people went, as the reporters on "
         "foot beside them reckoned.", "2021-11-20", 1000),
    ]
    for text, pub, n in cases:
        assert [m.group_size for m in mentions(text, pub) if m.type == "size"] == [n], text


def test_ordinals_that_stand_for_a_caravan():
    text = ("SAN PEDRO SULA, Honduras — He knows the sound of a caravan leaving. The first of the big ones started "
            "out from these streets on Oct. 13, 2018.")
    assert found(text, "2020-01-18") == [("started out", "2018-10-13")]
    text = ("TAPACHULA, Mexico — Three caravans had gone through the park since the summer. The first, on Aug. 28, "
            "left in the rain, and she sold nothing.")
    assert found(text, "2021-11-20") == [("left", "2021-08-28")]


def test_more_ways_to_set_out():
    cases = [
        ("TECUN UMAN, Guatemala — On Sunday a group from El Salvador gathered in the capital and started north.",
         "2018-10-31", "started north", "2018-10-28"),
        ("SAN PEDRO SULA, Honduras — His brother was in the caravan that formed at the bus station and marched off "
         "on Jan. 15.", "2022-02-01", "marched off on", "2022-01-15"),
        ("SAN PEDRO SULA, Honduras — The column had come out of San Pedro Sula on Friday, thousands of people.",
         "2021-01-20", "come out of", "2021-01-15"),
        ("TAPACHULA, Mexico — Last year the caravan that left on Aug. 28 took his best player, and the one that "
         "followed on Oct. 23 took his goalkeeper.", "2022-10-20", "that followed on", "2021-10-23"),
    ]
    for text, pub, trigger, value in cases:
        assert (trigger, value) in found(text, pub, "depart"), text


def test_began_to_move_off_is_a_departure_and_no_march():
    text = ("TAPACHULA, Mexico — On Sunday he was crossing the central park when the big caravan began to move off "
            "toward the highway.")
    assert [(m.type, m.trigger) for m in mentions(text, "2023-11-03")] == [("depart", "began to move off")]


def test_pushing_past_the_police_at_the_crossing_is_a_crossing():
    text = ("PUERTO BARRIOS, Guatemala — Her niece watched the Hondurans of the October caravan push past the police "
            "at the crossing on Oct. 1 last year.")
    assert found(text, "2021-01-20") == [("push past", "2020-10-01")]
    text = ("SAN PEDRO SULA, Honduras — They were stopped at the same crossing where the Hondurans pushed through the "
            "police on Oct. 1, 2020, Edwin said.")
    assert ("pushed through", "2020-10-01") in found(text, "2022-02-01", "cross_border")


def test_sign_up_a_named_group_for_visas():
    text = ("CIUDAD HIDALGO, Mexico — Mexico began on Thursday to sign up the Hondurans of the big new caravan for "
            "humanitarian visas on its side of the bridge.")
    assert [m.trigger for m in mentions(text, "2019-01-18") if m.type == "asylum"] == [
        "sign up the Hondurans of the big new caravan for humanitarian visas"]


def test_a_relative_clause_with_its_apposition_keeps_its_date():
    text = ("TAPACHULA, Mexico — Keyla came north with the little band of Hondurans that slipped away from the big "
            "terminal of San Pedro Sula, their city, on the night of March 30.")
    assert found(text, "2021-11-20") == [("slipped away from", "2021-03-30TNI")]


def test_a_date_of_the_next_clause_with_its_own_subject_is_not_the_verbs():
    text = ("TECUN UMAN, Guatemala — Last Sunday a group from El Salvador gathered in the capital and started north, "
            "and Mr. Pryce expects them at the river by the weekend.")
    assert found(text, "2018-10-31") == [("started north", "2018-10-28")]


def test_a_period_a_caravan_is_ranked_in_is_not_its_date():
    text = ("TAPACHULA, Mexico — Last Friday he was walking to his shop before first light when a caravan pulled out "
            "of the central square, some 1,500 people as the newspapers had it, the first of the new year.")
    assert found(text, "2025-01-07", "depart") == [("pulled out", "2025-01-03TMO")]


def test_a_participle_after_an_undated_verb_is_not_given_a_relative_clauses_date():
    text = ("CIUDAD HIDALGO, Mexico — Hundreds of migrants who had spent the weekend on the bridge gave up waiting "
            "Monday and poured into the Suchiate River, wading through waist-deep water to the Mexican bank.")
    values = [m.time.value for m in mentions(text, "2020-01-21") if m.type == "cross_border"]
    assert values == ["2020-01-20"]
