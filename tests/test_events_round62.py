"""Events from the sixty-second round, from caravan-holdout68: "boys with poles ferried them across on rafts" and a
column that "forced the Suchiate" (crossings); "The first group to leave the square did so on the 28th" (a rank's
own move, told by "did so"); "a second one went from the same square", "had gone out along the same road", "went
out following a cross", "went off before it was light", "formed on the square and marched off north" (departures);
agents who "raided what was left of it" and a Guard that "has them stopped on the highway" in a witness's account
that goes on after its dated attribution (blocks); counts "reckoned it at some 4,000", "by the register of a
shelter", "if the newspapers' tally was right", "according to the shelters"; and the times such mentions take
("which left, the lid says, on Sunday, Oct. 29, 2023"; "a Holy Week caravan" names the group, Palm Sunday dates it;
"The one of January 2020 was the biggest, upward of 4,000 people").  Texts written for these tests in the style of
news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_ferried_across_and_forcing_the_river_are_crossings():
    text = ("CIUDAD HIDALGO, Mexico — A week ago today the Hondurans gave up on the bridge, and boys with poles ferried "
            "them across on rafts made of planks while the police watched from the railings.")
    assert found(text, "2018-10-27", "cross_border") == [("ferried them across on", "2018-10-20")]
    text = ("TAPACHULA, Mexico — Last year the Via Crucis set off from here on March 25. That autumn, on Oct. 20, the "
            "Honduran column forced the Suchiate at Ciudad Hidalgo on rafts and came up the coast road.")
    assert found(text, "2019-04-24", "cross_border") == [("forced the Suchiate", "2018-10-20")]


def test_a_rank_that_did_so_is_its_own_departure():
    text = ("SAN SALVADOR, El Salvador — The first group to leave the square did so in October, on the 28th, a few "
            "hundred people. Three days later, on the 31st, a second one went from the same square.")
    assert found(text, "2019-01-18", "depart") == [("leave", "2018-10-28"),
                                                    ("went from the same square", "2018-10-31")]
    [first, _] = [m for m in mentions(text, "2019-01-18") if m.type == "depart"]
    assert first.modality == "actual"
    # (a rank alone names which caravan: no departure)
    text = "TAPACHULA, Mexico — It was the third caravan to leave the city this year, vendors said on Monday."
    assert found(text, "2019-04-24", "depart") == []


def test_more_ways_to_go():
    cases = [
        ("HUIXTLA, Mexico — In November, on the 5th, a caravan left Tapachula. On Oct. 20 a larger one had gone out "
         "along the same road.", "2025-01-06", "gone out along", "2024-10-20"),
        ("TAPACHULA, Mexico — In March, on Palm Sunday, a Holy Week caravan went out following a wooden cross, about "
         "1,200 people as the parish counted them.", "2024-11-08", "went out following", "2024-03-24"),
        ("TAPACHULA, Mexico — On Friday, before dawn, a caravan formed on the central square and marched off north.",
         "2025-01-06", "marched off north", "2025-01-03TMO"),
    ]
    for text, pub, trigger, value in cases:
        assert (trigger, value) in found(text, pub, "depart"), text


def test_a_relative_clause_goes_on_past_a_speakers_aside():
    text = ("TAPACHULA, Mexico — The oldest line in his notebook is for the Exodus from Poverty, which left, the "
            "notebook says, on Sunday, Oct. 29, 2023.")
    assert found(text, "2025-01-06", "depart") == [("left", "2023-10-29")]


def test_raided_what_was_left_of_it_is_a_block():
    text = ("PIJIJIAPAN, Mexico — In April 2019, on Holy Monday, a caravan left Tapachula at dawn. That Easter Sunday "
            "migration agents raided what was left of it on the coast road.")
    assert found(text, "2021-08-31", "block") == [("raided what was left of", "2019-04-21")]


def test_a_witness_account_goes_on_after_its_dated_attribution():
    text = ('TAPACHULA, Mexico — "Yesterday they went off before it was light," she said on Sunday, folding her '
            'tablecloth. "This morning my cousin rang from Huixtla: the Guard has them stopped on the highway."')
    assert found(text, "2021-08-31") == [("went off before", "2021-08-28"),
                                          ("Guard has them stopped", "2021-08-29TMO")]
    # (an opinion after an undated attribution stays out)
    text = ('TAPACHULA, Mexico — "They are brave," she said, folding her tablecloth. "The Guard has them stopped '
            'every time."')
    assert found(text, "2021-08-31") == []


def test_counts_told_by_their_counters():
    cases = [
        ("ESQUIPULAS, Guatemala — Last January another one marched off on the 15th, and the parish, which cooked for "
         "it, reckoned it at some 4,000 people.", "2021-01-20", 4000),
        ("TAPACHULA, Mexico — A column of Venezuelans left on Monday, about 400 of them by the register of a migrant "
         "shelter.", "2023-11-01", 400),
        ("TAPACHULA, Mexico — The caravan, some 400 people if the newspapers' tally was right, had filled the park on "
         "Friday night.", "2021-08-31", 400),
        ("HUIXTLA, Mexico — On Oct. 20 another set out from Tapachula, roughly 2,500, according to the shelters that "
         "had housed many of them.", "2024-11-08", 2500),
    ]
    for text, pub, size in cases:
        assert [m.group_size for m in mentions(text, pub) if m.type == "size"] == [size], text
    # (whose register they are on is no count of a caravan)
    text = ("SAN PEDRO SULA, Honduras — Of the 410 pupils on the school's register, 23 left with the caravan last "
            "month, the principal said.")
    assert [m for m in mentions(text, "2021-02-03") if m.type == "size"] == []


def test_a_count_takes_the_month_that_names_its_caravan():
    text = ("SAN PEDRO SULA, Honduras — Last January one left on the 15th, and soldiers held it two days later at "
            "Vado Hondo. The one of January 2020 was the biggest he has seen, upward of 4,000 people according to "
            "the Honduran press.")
    assert found(text, "2022-01-18", "size") == [("upward of 4,000 people", "2020-01")]


def test_a_count_after_a_colon_takes_the_departures_hour_not_a_relative_clauses_week():
    text = ("TAPACHULA, Mexico — On Monday the avenue was full. A caravan, people who had heard the week before that "
            "the border would close, walked out past his stall a little after seven in the morning, heading north: "
            "some 400 people by the tally of the municipal police.")
    assert found(text, "2022-10-19", "size") == [("some 400 people", "2022-10-17T07:00")]


def test_walking_a_via_crucis_out_of_a_town_is_a_departure():
    text = ("CIUDAD HIDALGO, Mexico — In the spring a few hundred Central Americans had walked a Via Crucis out of "
            "Tapachula, behind a wooden cross.")
    assert found(text, "2018-11-03", "depart") == [("walked a Via Crucis out of", "2018-SP")]


def test_it_after_a_thing_that_opens_the_sentence_is_no_group():
    text = ("TAPACHULA, Mexico — Two years ago, on Oct. 23, a bigger caravan left the park. A tejocote is as hard as a "
            "marble when it arrives and has to soften before it will sell.")
    assert [m.type for m in mentions(text, "2023-11-01")] == ["depart"]


def test_a_state_begun_in_an_aside_does_not_date_the_main_verb():
    text = ("CIUDAD HIDALGO, Mexico — Yesterday, the Day of the Dead, the vendors sold out early. A second column from "
            "El Salvador, which had been on the road since Wednesday, when it left San Salvador, was coming over the "
            "Suchiate on rafts.")
    assert found(text, "2018-11-03") == [("left", "2018-10-31"), ("coming over", "2018-11-02")]


def test_a_bare_gone_after_a_fronted_time_is_a_departure():
    text = ("TAPACHULA, Mexico — The autumn before that, on Oct. 17, 2022, a much smaller caravan had gone, some 400 "
            "people as a shelter reckoned. On June 20, in the rains, another column had gone, when there was no fruit.")
    assert found(text, "2023-12-27", "depart") == [("gone", "2022-10-17"), ("gone", "2023-06-20")]
    # (a part of a group, a clause that is no main clause, no fronted time: no departure)
    text = ("TAPACHULA, Mexico — On Monday most had gone, by bus. On his calendar he has circled the days the caravans "
            "went. He says the birds have not sung since the caravan went.")
    assert found(text, "2023-12-27", "depart") == []


def test_taking_to_the_river_is_a_crossing_and_a_caravan_of_a_year_gets_under_way():
    text = ("CIUDAD HIDALGO, Mexico — In October, on the 20th, he watched the first Honduran column, turned back at the "
            "bridge gates, take to the river on rafts.")
    assert found(text, "2019-01-19", "cross_border") == [("take to the river", "2018-10-20")]
    text = ("ESQUIPULAS, Guatemala — The big column of 2018 got under way on Saturday, Oct. 13, 2018, in San Pedro "
            "Sula.")
    assert found(text, "2020-01-18", "depart") == [("got under way", "2018-10-13")]


def test_departures_and_blocks_told_in_other_words():
    cases = [
        ("ESQUIPULAS, Guatemala — The first caravan had begun its march in San Pedro Sula on the 13th, two years "
         "earlier.", "2020-10-05", "depart", "begun its march in"),
        ("SAN PEDRO SULA, Honduras — At dawn on Saturday about 600 people headed off on foot from the terminal for "
         "the Guatemalan frontier.", "2022-01-17", "depart", "headed off on foot from"),
        ("SAN PEDRO SULA, Honduras — In 2018 the caravan rolled away from this very terminal on Oct. 13.", "2022-01-17",
         "depart", "rolled away from"),
        ("SAN PEDRO SULA, Honduras — On Wednesday night several thousand people poured from the main bus station and "
         "headed west.", "2020-10-05", "depart", "poured from the main bus station"),
        ("CHIQUIMULA, Guatemala — On Sunday soldiers and police in helmets sealed off the highway at Vado Hondo.",
         "2021-01-21", "block", "sealed off the highway"),
        ("CHIQUIMULA, Guatemala — On Sunday Guatemalan troops beat it back with clubs and gas at Vado Hondo.",
         "2021-01-21", "block", "beat it back"),
        ("TAPACHULA, Mexico — On Sunday National Guard troops and federal police closed the coastal highway a few "
         "kilometres past the city limits.", "2019-10-15", "block", "police closed the coastal highway"),
        ("CIUDAD HIDALGO, Mexico — On Thursday Mexican officials started stamping humanitarian visas for the Hondurans "
         "at the bridge.", "2019-01-19", "asylum", "stamping humanitarian visas"),
        ("CIUDAD HIDALGO, Mexico — Since first light the second caravan from El Salvador was getting across to Mexico "
         "on rafts.", "2018-11-04", "cross_border", "getting across to"),
    ]
    for text, pub, type_, trigger in cases:
        assert trigger in [t for t, _ in found(text, pub, type_)], text


def test_counts_going_by_their_counters():
    cases = [
        ("SAN SALVADOR, El Salvador — The first of the caravans left on Oct. 28, about 300 marchers going by the "
         "reporters who tagged along.", "2019-01-19", 300),
        ("TAPACHULA, Mexico — On Saturday a caravan walked out of town: some 2,000 in all, as reporters who went "
         "along reckoned.", "2019-10-15", 2000),
        ("TAPACHULA, Mexico — In October 2021 some 4,000 marchers, if you took its organizers' word, had gone out "
         "along the ring road on the 23rd.", "2023-04-26", 4000),
    ]
    for text, pub, size in cases:
        assert [m.group_size for m in mentions(text, pub) if m.type == "size"] == [size], text


def test_a_departure_from_the_park_under_a_dateline_leaves_its_town():
    text = ("TAPACHULA, Mexico — On Monday, shortly after dawn, a few hundred migrants started north from the park on "
            "foot, many of them Venezuelans and Cubans.")
    [m] = [m for m in mentions(text, "2025-01-23") if m.type == "depart"]
    assert ("Tapachula", "from") in [(p.place.name, p.role) for p in m.places]
    # (not when the story told a departure from another country's square: "set off from the Plaza Salvador del Mundo")
    text = ("CIUDAD HIDALGO, Mexico — The column set off from the Plaza Salvador del Mundo in San Salvador on Oct. 31. "
            "A smaller group of about 300 Salvadorans had left from the same plaza on the Sunday before.")
    places = [(p.place.name, p.role) for m in mentions(text, "2018-11-03") if m.type == "depart" for p in m.places]
    assert ("Ciudad Hidalgo", "from") not in places
