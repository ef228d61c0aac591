"""Events from the fifty-fourth round, from caravan-holdout52: "started north from San Salvador" and "took the road
on Oct. 29" (departures), "Mexico opened a register for humanitarian visas" (the state taking papers), the press
walking with a caravan (no march of the group), an aside between a caravan and its verb ("Last month's caravan, the
biggest she has seen, left ..."), "Another set off on Friday" (a caravan of its own, not a waypoint of the one before)
and the Venezuelans of a caravan that left Tapachula (one caravan, whatever their nationality).  Texts written for
these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions, timex_list


def test_started_north_from_a_capital_is_a_departure():
    text = ("CIUDAD HIDALGO, Mexico — That same Sunday, far to the south, a first group of Salvadorans started north "
            "from San Salvador, some 300 people as the journalists who went along reckoned.")
    deps = [m for m in mentions(text, "2018-10-30") if m.type == "depart"]
    assert [(m.trigger, [p.text for p in m.places]) for m in deps] == [("started north from", ["San Salvador"])]


def test_took_the_road_on_a_day_is_a_departure():
    text = ("TAPACHULA, Mexico — The Exodus from Poverty, which took the road on Oct. 29 last year, was 7,000 strong "
            "as its organizers had it.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-06-08")]
    assert ("depart", "2023-10-29") in got and ("size", "2023-10-29") in got
    # (not the road taken towards a town: a march resumed)
    text = "HUIXTLA, Mexico — On Friday morning the caravan took the road to Escuintla."
    assert "depart" not in [m.type for m in mentions(text, "2018-10-27")]


def test_opening_a_register_for_visas_is_the_state_taking_papers():
    text = ("TAPACHULA, Mexico — The Salvadorans set off on Jan. 16, and the next day, Jan. 17, Mexico opened a "
            "register for humanitarian visas on the bridge at Ciudad Hidalgo.")
    got = [(m.type, m.time.value) for m in mentions(text, "2019-10-17")]
    assert ("asylum", "2019-01-17") in got


def test_the_press_walking_with_a_caravan_is_no_march():
    text = ("TAPACHULA, Mexico — Salvadorans set off on foot on Jan. 16 from their capital's Plaza Salvador del "
            "Mundo, 300 or so by the reckoning of the press that walked with them, and the next day, Jan. 17, "
            "Mexico opened a register for humanitarian visas. On Monday morning a caravan left Tapachula, about 400 "
            "people, as reporters walking alongside tallied them.")
    types = [m.type for m in mentions(text, "2019-10-17")]
    assert "march" not in types and types.count("depart") == 2


def test_an_aside_between_a_caravan_and_its_verb_leaves_the_caravan_the_subject():
    text = ("TAPACHULA, Mexico — Last month's caravan, the biggest she has seen, left on Oct. 23, about 3,000 "
            "people, as the reporters walking with it put it.")
    got = [(m.type, m.time.value) for m in mentions(text, "2021-11-23")]
    assert ("depart", "2021-10-23") in got
    # (one person's own departure stays out)
    text = "TAPACHULA, Mexico — Her nephew, she says, left on Oct. 23 for the border."
    assert "depart" not in [m.type for m in mentions(text, "2021-11-23")]


def test_another_set_off_is_a_caravan_of_its_own():
    tl = built(("drover", "2022-06-09",
                "TAPACHULA, Mexico — The caravan that left on Oct. 23 was 4,000 strong. Another set off on Friday, "
                "Nov. 19, 1,500 strong, as its organizers told it."))
    deps = sorted(str(e.date) for e in tl.events if e.type == "depart")
    assert deps == ["2021-10-23", "2021-11-19"]
    assert not [e for e in tl.events if e.type == "march"]


def test_venezuelans_of_a_caravan_that_left_tapachula_are_that_caravan():
    tl = built(("usher", "2022-10-21",
                "PUERTO MADERO, Mexico — On Monday morning a caravan left Tapachula on foot for the coast road, about "
                "400 people."),
               ("lookout", "2023-11-03",
                "TAPACHULA, Mexico — A smaller caravan set off from Tapachula on Oct. 17 last year, 600 people by its "
                "organizers' count, most of them Venezuelans."))
    sizes = [e for e in tl.events if e.type == "size"]
    assert len(sizes) == 1 and str(sizes[0].date) == "2022-10-17"
    assert len({e.caravan for e in tl.events}) == 1


def test_the_gate_kept_locked_is_a_block():
    text = ("CIUDAD HIDALGO, Mexico — Yesterday the second column of Hondurans came up to the bridge from the "
            "Guatemalan side, and the federal police kept the gate at the Mexican end locked against it.")
    got = [(m.type, m.time.value) for m in mentions(text, "2018-10-29")]
    assert ("block", "2018-10-28") in got


def test_a_departure_with_no_place_leaves_no_dateline_port_after_one_from_another_town():
    tl = built(("usher", "2022-10-21",
                "PUERTO MADERO, Mexico — On Monday morning a caravan left Tapachula on foot for the coast road. He "
                "was at the market with his box.\n\nThe caravan that went out on June 6 did the same to him."),
               ("drover", "2022-06-09",
                "TAPACHULA, Mexico — On Monday, in a warm rain, another caravan set off from Tapachula for the "
                "north."))
    june = [e for e in tl.events if e.type == "depart" and str(e.date) == "2022-06-06"]
    assert len(june) == 1 and len(june[0].mentions) == 2
    # (told from the town it left, the dateline still says where: "TAPACHULA — ... It went before dawn")
    got = mentions("TAPACHULA, Mexico — The caravan that went out on June 6 was the first in months.", "2022-06-09")
    assert [p.place.name for m in got if m.type == "depart" for p in m.places] == ["Tapachula"]


def test_they_went_yesterday_and_went_out_late_on_a_day_are_departures():
    text = ("TAPACHULA, Mexico — She said on Wednesday: \"They went yesterday, before the sun was up, the whole "
            "square of them, with the flags and the children in pushchairs.\"")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-11-07")]
    assert ("depart", "2024-11-05") in got
    text = ("SAN PEDRO SULA, Honduras — In the autumn another caravan went out late on Sept. 30 last year and shoved "
            "through the Guatemalan police line at Corinto the next afternoon.")
    got = [(m.type, m.time.value) for m in mentions(text, "2021-04-02")]
    assert ("depart", "2020-09-30") in got and ("cross_border", "2020-10-01TAF") in got


def test_priests_walking_with_a_caravan_are_no_march():
    text = ("SAN PEDRO SULA, Honduras — The caravan shoved through the police line at Corinto on Thursday "
            "afternoon, 4,000 strong, the priests who walked with them said.")
    assert "march" not in [m.type for m in mentions(text, "2020-10-03")]


def test_a_feast_in_the_month_that_frames_it_dates_the_event():
    text = ("TAPACHULA, Mexico — In April the police broke up a caravan on the coast road near Pijijiapan on Easter "
            "Sunday; two of the boys were in it.")
    got = [(m.type, m.time.value) for m in mentions(text, "2019-10-16")]
    assert ("block", "2019-04-21") in got


def test_a_date_in_a_clause_after_a_colon_does_not_date_an_undated_departure():
    text = ("TAPACHULA, Mexico — The first caravan of this year left the central square last Friday, a little after "
            "first light. Many of them had waited for weeks, and some of them left the city sitting on nothing at "
            "all: he had sold out by New Year's Day.")
    deps = [m.time.value for m in mentions(text, "2025-01-09") if m.type == "depart"]
    assert "2025-01-01" not in deps and deps[0] == "2025-01-03"


def test_the_biggest_she_has_seen_is_a_caravan():
    text = ("TAPACHULA, Mexico — It is the second this autumn. The biggest she has seen set off on Oct. 29 last year, "
            "and its organizers put it at 7,000.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-11-07")]
    assert ("depart", "2023-10-29") in got


def test_she_says_between_commas_leaves_the_caravan_the_subject():
    text = ("TAPACHULA, Mexico — The Exodus from Poverty, she says, left on Oct. 29 last year, 7,000 strong by its "
            "organizers' count.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-11-15")]
    assert ("depart", "2023-10-29") in got
    # ("she says" with no commas is her own story: "She says she left on Oct. 29")
    assert "depart" not in [m.type for m in mentions("TAPACHULA, Mexico — She says she left on Oct. 29 last year.",
                                                      "2024-11-15")]


def test_a_weekday_naming_a_league_is_no_day():
    text = ("TAPACHULA, Mexico — One of the walkers was a boy who had played for a team in the Saturday league since "
            "the spring. On Saturday he left with the caravan.")
    assert [t.text for t in timex_list(text, "2022-10-20")] == ["the spring", "Saturday"]


def test_walked_north_from_a_town_and_a_cross_carried_out_of_it_are_departures():
    text = ("TAPACHULA, Mexico — A neighbour's son had better luck with the caravan that walked north from Tapachula "
            "on Oct. 12 last year. The pilgrims who carried their cross out of the park on Palm Sunday bought none.")
    got = [(m.type, m.time.value) for m in mentions(text, "2020-01-20")]
    assert ("depart", "2019-10-12") in got and ("depart", "2019-04-14") in got
    assert "march" not in [t for t, _ in got]
