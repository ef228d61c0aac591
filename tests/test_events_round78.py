"""Events and time expressions from the seventy-eighth round.

From caravan-holdout100 (last round's hold-out, read this round): a year closing its clause before a colon frames
the days after it; "also" between a year counted back and its day; adjectives and agents that are no block; a
return to a plan; whoever reached the river; a count after a dash; new ways of setting out, crossing and blocking;
a caravan named by its year and "Via Crucis"; "another" before a group's nationality.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions, mentions_of, sizes_found, timex_list


def test_a_year_closing_its_clause_before_a_colon_dates_the_days_after_it():
    text = ("Her first was in 2019: on Monday, April 15, a column left Tapachula along the coast road, and federal "
            "police scattered it outside Pijijiapan on Easter Monday.")
    assert found(text, "2025-01-30", "depart") == [("left", "2019-04-15")]
    assert [v for _, v in found(text, "2025-01-30", "block")] == ["2019-04-22"]


def test_also_between_a_year_counted_back_and_its_day():
    text = ("Last year there were two. The autumn before, just after midnight on Thursday, Oct. 1, 2020, a few "
            "thousand had gone out past the ticket windows into the road, and two years ago, also on the 15th, the "
            "first of these winter caravans walked out of the same building.")
    assert [v for _, v in found(text, "2022-01-24", "depart")] == ["2020-10-01", "2020-01-15"]


def test_clear_closing_its_clause_is_an_adjective_no_block():
    text = ('"Tomorrow we will lose another morning, because the police want the shoulder clear," he said on '
            'Friday.')
    assert found(text, "2021-01-26", "block") == []
    # police clearing a road still block it
    assert found("On Monday, police clear the road at Vado Hondo.", "2021-01-20", "block") == [("clear", "2021-01-18")]


def test_a_road_blocked_by_the_caravan_is_no_block_of_it():
    text = ("In March, on Palm Sunday, he drove up to Tapachula to buy wire and found the road blocked by the Easter "
            "procession of Central Americans setting off from the city toward the coast highway.")
    assert found(text, "2018-11-05", "block") == []
    assert found(text, "2018-11-05", "depart") == [("setting off", "2018-03-25")]
    # the road blocked by police is still a block
    text = "On Monday the road was blocked by police, and the caravan could not pass."
    assert [v for _, v in found(text, "2018-03-29", "block")] == ["2018-03-26"]


def test_going_back_to_a_plan_is_no_return():
    assert found("When the column has gone, the shelves go back to the four-week plan.", "2024-11-20", "return") == []
    text = "On Monday about 400 migrants went back to Honduras on buses."
    assert [v for _, v in found(text, "2019-01-23", "return")] == ["2019-01-21"]


def test_whoever_reached_the_river_is_no_arrival():
    text = ("On Jan. 17 of last year, after the next caravan had crossed Guatemala, Mexico had begun handing out "
            "humanitarian papers at its bridge to those who reached the river, and for a few weeks, she says, half "
            "the neighbourhood talked of nothing else.")
    assert found(text, "2020-01-24", "arrive") == []
    assert [v for _, v in found(text, "2020-01-24", "asylum")] == ["2019-01-17"]


def test_a_count_after_a_dash():
    text = ("On Jan. 15, 2020, one year before, the caravan of that winter had left the same terminal, and that one "
            "passed Chiquimula in a river of people — nearly 4,000 people, a Honduran human-rights committee "
            "reckoned, he recalls reading.")
    assert sizes_found(text, "2021-01-26") == [(4000, "2020-01-15")]


def test_a_caravan_named_by_its_year_moving_off_toward_a_road():
    text = ("Thirteen months ago, on Palm Sunday, she watched the first of these groups, the spring 2018 Via "
            "Crucis, move off toward the coast road from the same park.")
    ms = mentions_of(text, "2019-04-30", "depart")
    assert [(m.trigger, m.time.value, m.group_size) for m in ms] == [
        ("move off toward the coast road", "2018-03-25", None)]
    # (moving off toward a town from a stop is still the march)
    text = "After two days in Huixtla, the caravan moved off toward Escuintla on Monday."
    assert [m.type for m in mentions(text, "2018-10-30")] == ["march"]


def test_new_ways_of_blocking():
    text = ("On Easter Sunday federal police and migration agents cut through it on the highway near Pijijiapan and "
            "drove several hundred people away in buses.")
    assert found(text, "2019-04-30", "block") == [("agents cut through it", "2019-04-21")]
    text = ("On June 21 last year, the National Guard held the walkers of that month's second caravan for hours on "
            "the highway below Huixtla.")
    assert found(text, "2025-01-30", "block") == [("Guard held the walkers", "2024-06-21")]
    text = ("The next day, Friday, guardsmen and migration officers shut the highway south of Huixtla and held the "
            "walkers on the asphalt for most of the afternoon.")
    assert found(text, "2024-06-26", "block") == [("officers shut the highway", "2024-06-21")]
    # (a caravan cutting through hills blocks nobody)
    assert found("The caravan cut through the hills on Sunday.", "2019-04-30", "block") == []


def test_new_ways_of_setting_out_and_crossing():
    text = ("On Friday, Jan. 15, the new caravan had massed in San Pedro Sula and started for the border, thousands "
            "of people pushing past the Honduran police at the Corinto crossing.")
    assert found(text, "2021-01-26", "depart") == [("massed in San Pedro Sula and started for", "2021-01-15")]
    text = ("Last October, on the 20th, thousands had come over the river on rafts after the bridge was closed to "
            "them, and on Nov. 2 Salvadorans waded in below it.")
    assert found(text, "2019-04-30", "cross_border") == [("come over the river", "2018-10-20"),
                                                          ("waded in below", "2018-11-02")]


def test_another_group_of_a_nationality_is_a_caravan_of_its_own():
    text = ("On Sunday, Oct. 28, a group of Salvadorans assembled at the foot of the great statue of Christ in their "
            "capital's main plaza and started north, about 300 of them according to their country's police.\n\n"
            "Another Salvadoran group quit San Salvador on Wednesday. On Friday morning its walkers waded the "
            "Suchiate a few hundred metres downstream from his newest palapa.")
    tl = built(("a1", "2018-11-05", text))
    departs = sorted((e.date, e.caravan) for e in tl.events if e.type == "depart")
    assert [d for d, _ in departs] == ["2018-10-28", "2018-10-31"]
    assert departs[0][1] != departs[1][1]


def test_a_town_of_an_absolute_phrase_is_no_antecedent_of_the_city():
    text = ("On Friday, Jan. 3, a larger crowd left the central square of Tapachula before it was light. On Jan. 20, "
            "a Monday, with the inauguration in Washington still hours away, a few hundred more started north from "
            "the city, many of them saying it would be the last chance.")
    ms = mentions_of(text, "2025-01-30", "depart")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in ms] == [
        ("2025-01-03", ["Tapachula"]), ("2025-01-20", ["Tapachula"])]


def test_a_second_honduran_column_blocked_on_the_day_salvadorans_set_off():
    told = ("The first large column of Hondurans left San Pedro Sula on Saturday, Oct. 13. On Sunday, Oct. 28, a group "
            "of Salvadorans assembled under the statue in their capital and started north, about 300 of them "
            "according to their country's police.")
    looking_back = ("It was not the first time. Last October, on the 20th, thousands had come over the river on rafts "
                    "after the bridge was closed to them; on Oct. 28 police stopped a second Honduran column on the "
                    "bridge itself, and on Nov. 2 Salvadorans waded in below it.")
    tl = built(("a1", "2018-11-05", told), ("b1", "2019-04-30", looking_back))
    caravan = {(e.type, e.date): e.caravan for e in tl.events}
    # the Hondurans stopped on the bridge are no Salvadoran group, nor the first Honduran column
    assert caravan[("block", "2018-10-28")] not in (caravan[("depart", "2018-10-28")], caravan[("depart", "2018-10-13")])


def test_one_person_sent_back_is_no_return_of_the_caravan():
    text = ("In October 2018 the first caravan gathered at the same terminal on a Saturday, the 13th, and two cleaners "
            "from the plant left with it; one is in Houston, one was sent back from Mexico by Christmas.")
    assert found(text, "2020-01-24", "return") == []
    text = "On Monday, about 300 Hondurans were sent back from Mexico by bus."
    assert found(text, "2020-01-24", "return") == [("sent back", "2020-01-20")]


def test_before_an_hour_in_words_is_a_time_no_clause():
    text = ("This week, some of the mothers left. Before five on Wednesday morning, a few hundred people assembled "
            "beneath the Salvador del Mundo monument and started for Guatemala.")
    ms = mentions_of(text, "2019-01-21", "depart")
    assert [(m.time.value, m.time.anchor_source) for m in ms] == [("2019-01-16TMO", "publication")]


# --- from caravan-holdout101 (a new set, read this round)


def test_a_caravan_ranked_in_its_year_is_the_subject():
    text = "On Friday, Jan. 3, the first of the year left the city's central square at dawn, several thousand people."
    assert found(text, "2025-01-28", "depart") == [("left", "2025-01-03TMO")]


def test_more_ways_of_setting_out():
    cases = [
        ("2021-04-16", "There have been many, and the first of them, in October 2018, had marched away on the 13th, "
                       "with a flag at its head.", ("marched away on", "2018-10-13")),
        ("2018-11-07", "On Sunday, Oct. 28, a few hundred people walked west from the great Salvador del Mundo statue, "
                       "some 300 by a police estimate.", ("walked west from", "2018-10-28")),
        ("2021-02-02", "Last year's autumn caravan streamed through the doors of the coach station in San Pedro Sula on "
                       "the night of Sept. 30.", ("streamed through the doors of", "2020-09-30TNI")),
    ]
    for pub, text, want in cases:
        assert found(text, pub, "depart") == [want], text
    text = ("A column of Salvadorans had marched out of their capital on Oct. 28, and three days later a second group "
            "took the same road.")
    assert found(text, "2019-01-23", "depart") == [("marched out of", "2018-10-28"),
                                                   ("took the same road", "2018-10-31")]


def test_desks_opened_to_grant_humanitarian_stays():
    text = ("Last Wednesday, a new Salvadoran group set off from San Salvador for the north, and the next day Mexico "
            "opened desks at its border bridge to grant Hondurans a year's humanitarian stay.")
    assert [v for _, v in found(text, "2019-01-23", "asylum")] == ["2019-01-17"]


def test_a_column_torn_apart_or_split_into_pieces():
    text = ("It was the second time this year. On Holy Monday, April 15, a bigger column had left the central park. "
            "Six days later, on Easter Sunday, federal police and migration officers split it into pieces near "
            "Pijijiapan.")
    assert found(text, "2019-10-18", "block") == [("split it into pieces", "2019-04-21")]
    text = "In April 2019 migration agents and federal police tore the column apart near Pijijiapan."
    assert found(text, "2022-10-25", "block") == [("tore the column apart", "2019-04")]
    assert found("The storm tore the roof apart on Monday.", "2022-10-25", "block") == []


def test_there_is_no_place_of_a_where_clause():
    text = ("His longest job is the run of cuts at Vado Hondo, where the road from Honduras meets the one from "
            "Esquipulas. On Sunday, Jan. 17, troops and police shut the highway there behind shields and drove the "
            "Honduran caravan back with sticks and tear gas.")
    ms = mentions_of(text, "2021-02-02", "block")
    assert [[p.place.name for p in m.places if p.place.kind != "country"] for m in ms] == [["Vado Hondo"]]


def test_whoever_reached_the_bridge_and_a_group_sent_back_to_town():
    text = ("On Jan. 17 last year Mexico began issuing one-year humanitarian cards to whoever reached its Suchiate "
            "bridge, which for a few weeks drew thousands.")
    assert found(text, "2020-01-22", "arrive") == []
    text = ("On Saturday migration agents and National Guard troops threw a cordon across the highway on the southern "
            "approach to Huixtla and sent most of them back to town.")
    assert found(text, "2019-10-18", "return") == []
    assert found(text, "2019-10-18", "block") == [("threw a cordon across", "2019-10-12")]
    text = "On Monday Mexico sent about 300 Hondurans back to Honduras."
    assert found(text, "2019-01-23", "return") == [("sent about 300 Hondurans back", "2019-01-21")]


def test_steam_from_a_boiler_pushes_through_no_police_line():
    text = "He closes the lid and lets steam from a wood-fired boiler push through the grass for three hours."
    assert found(text, "2019-01-23", "block") == []
    assert found("On Monday the caravan pushed through a police line at the bridge.", "2019-01-23",
                 "block") == [("pushed through", "2019-01-21")]


def test_another_that_followed_is_a_caravan_of_its_own():
    text = ("Last year there were two caravans within four weeks: a column marched away from Tapachula on Oct. 23, and "
            "another followed it on Thursday, Nov. 18, which she watched from the rim of a tank.")
    tl = built(("a1", "2022-10-25", text))
    assert sorted((e.type, e.date) for e in tl.events) == [("depart", "2021-10-23"), ("depart", "2021-11-18")]
    assert len({e.caravan for e in tl.events}) == 2


def test_a_newer_caravan_with_no_town_joins_the_one_that_set_off_that_day():
    told = ("On Tuesday, Nov. 5, with Americans at the polls, another caravan walked north from Tapachula, more than "
            "2,000 people by the shelters' count.")
    seen = ("A week ago today, on the morning of Tuesday, Nov. 5, he was at the bus station when a new caravan formed "
            "in the streets around it and walked off toward the highway. On Sunday, Oct. 20, a bigger group had set "
            "out from the city's central park.")
    tl = built(("a1", "2025-01-28", told), ("b1", "2024-11-12", seen))
    nov5 = [e for e in tl.events if e.type == "depart" and e.date.startswith("2024-11-05")]
    assert len({e.caravan for e in nov5}) == 1


# --- from caravan-holdout81 (an older set)


def test_a_caravan_out_of_a_town_set_off_from_it():
    text = ("TECUN UMAN, Guatemala — The range has seen this before. The autumn's first big caravan, out of San Pedro "
            "Sula, took to the road on Saturday, Oct. 13.")
    ms = mentions_of(text, "2018-10-31", "depart")
    assert [[(p.place.name, p.role) for p in m.places] for m in ms] == [[("San Pedro Sula", "from")]]


def test_marching_off_past_a_corner():
    text = "On Thursday, before six, the caravan marched off past the corner of this street, and the bakery opened."
    assert found(text, "2021-11-23", "depart") == [("marched off past the", "2021-11-18")]


def test_the_place_of_a_meeting_a_departure_was_timed_to_is_not_its_own():
    text = ("He remembers the pilgrims of Palm Sunday, and the big caravan that left on June 6, timed to the meeting "
            "of the hemisphere's leaders in Los Angeles.")
    ms = mentions_of(text, "2025-01-10", "depart")
    assert [[(p.place.name, p.role) for p in m.places] for m in ms] == [[("Los Angeles", "mention")]]


def test_papers_for_hondurans_the_day_after_salvadorans_set_off_are_no_salvadoran_event():
    told = ("The first caravan left San Pedro Sula on Oct. 13, 2018, and reached Tijuana in November.\n\n"
            "On Wednesday, Jan. 16, a new Salvadoran group set off from San Salvador for the north. The next day Mexico "
            "began handing one-year humanitarian visitor cards to Hondurans queuing at the Mexican end of the bridge.")
    later = ("On Jan. 17, 2019, Mexican officials gave humanitarian visas to anyone who queued on the bridge over the "
             "Suchiate for one.")
    tl = built(("a1", "2019-01-29", told), ("b1", "2020-10-06", later))
    papers = next(e for e in tl.events if e.type == "asylum")
    caravan = {(e.type, e.date): e.caravan for e in tl.events}
    # (not the October caravan, months on the road, nor the Salvadorans of the day before; the other text's papers
    # of that day, told of no nationality, go with them)
    assert sorted(papers.mentions) == ["a1#e4", "b1#e1"]
    assert papers.caravan not in (caravan[("depart", "2019-01-16")], caravan[("depart", "2018-10-13")])


def test_a_departure_dated_by_its_context_two_months_after_the_last_caravan_is_a_caravan_of_its_own():
    told = ("On Tuesday, Nov. 5, with Americans at the polls, another caravan walked north from Tapachula, more than "
            "2,000 people by the shelters' count.")
    seen = ("Last Friday he was walking to that room before first light when a caravan pulled out of the central "
            "square, some 1,500 people as the newspapers had it, the first of the new year.")
    tl = built(("a1", "2024-11-12", told), ("b1", "2025-01-07", seen))
    caravan = {e.date[:10]: e.caravan for e in tl.events if e.type == "depart"}
    assert caravan["2025-01-03"] != caravan["2024-11-05"]
