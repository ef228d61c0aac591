"""Events from the seventy-first round.

From caravan-holdout86: "San Pedro Sula had seen it off on Oct. 13" (a departure); "on Oct. 31 a second, much bigger
column followed, and two days after that its people were wading the Suchiate" (a departure on its fronted day, and a
crossing two days after it, "its people" the subject after "that"); "on Christmas Eve of that year a larger one
followed: 10,000 people"; people who "had reached the Chiapas shore of the Suchiate" by "the middle of the morning"
crossed the river that morning; "On Palm Sunday, back in the spring, a procession ... set off" on Palm Sunday, not in
the spring; "another group gathered under the same monument before dawn and walked west" (a departure, not a march);
police who "split it up on the coast highway" blocked it; "The caravan of last autumn left San Pedro Sula in the last
hours of Wednesday, Sept. 30" left on that day, not in the autumn; "a small column of Hondurans, the first since
January, set off" on the night the sentence opens with; a count that "a migrants' advocacy group in Honduras said" is
no count in Honduras; "a few hundred migrants who had been sleeping in the central park ... set off" (no stay: who
they were), "Before dawn on Monday" after "a week ago today", told on a Monday, is that Monday; "about 400 people, a
Catholic shelter in Tapachula reckoned" (a count, no stay in a shelter); "the second of the month to leave the city"
(a rank, no day); "the migrants' procession for Holy Week left" on the day told before it; "on the southern approach
to Huixtla" (no arrival). From caravan-holdout85: thousands who "crossed in front of her on rafts" (a crossing); "San
Pedro Sula's main bus station emptied as a great crowd of Hondurans took to the road", "the crowd had begun to stream
northwest along the highway" (departures); "4,000 or so if you asked the people at its head" (a count). From
caravan-holdout82: "left the same bays, and a year and five days ago, on Jan. 15, 2021, several thousand walked out"
(the dates after ", and a" are the next clause's). From caravan-holdout85 too: "six days before that, on a Sunday,
another group had been scattered" on the day counted before it, a Sunday; guardsmen who "caught a smaller group"
(a block); "4,000 in the organizers' own arithmetic", "some 6,000 souls, the migration institute calculated"
(counts); "a first Salvadoran caravan walked out of the same plaza, and a second one, bigger, set out three days
later", told after "It was not the first time", is a second caravan of its own. From caravan-holdout87: people who
"climbed out on the Mexican side" crossed; a few hundred who "streamed away from the monument" or "slipped away from
that terminal", a procession that "had gone out past the gate" set off; soldiers who "drove a far larger column back"
blocked it; a column that "had reached the Guatemalan border post at Corinto and passed it" crossed there; officials
who "logged some 3,500 of its members" counted them.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions_of


def test_a_town_that_had_seen_it_off_on_a_day_is_a_departure():
    text = ("TECUN UMAN, Guatemala — This week's Salvadorans were not the first. The big Honduran caravan had come "
            "through long before them. San Pedro Sula had seen it off on Oct. 13.")
    assert found(text, "2018-11-05", "depart") == [("seen it off on", "2018-10-13")]


def test_a_column_that_followed_on_its_fronted_day_and_its_crossing_two_days_after_that():
    text = ("SAN SALVADOR — It is the third time in three months that the plaza has emptied in this way. On Oct. 28 a "
            "first, smaller group walked away from the same monument; on Oct. 31 a second, much bigger column "
            "followed, and two days after that its people were wading the Suchiate into Mexico.")
    assert found(text, "2019-01-21", "depart") == [("walked away from", "2018-10-28"), ("followed", "2018-10-31")]
    assert found(text, "2019-01-21", "cross_border") == [("wading the Suchiate", "2018-11-02")]


def test_a_larger_one_that_followed_on_christmas_eve():
    text = ("TAPACHULA, Mexico — On the final Sunday of October 2023 a huge column marched out of Tapachula, more "
            "than 6,000 people, its organizers said, and on Christmas Eve of that year a larger one followed: 10,000 "
            "people, said the men at its head.")
    assert found(text, "2025-01-27", "depart") == [("marched out of", "2023-10-29"), ("followed", "2023-12-24")]
    # (no follower without a day fronted before it, nor one that follows something)
    assert found("The police followed the caravan to the river, and the reporters followed.", "2025-01-27",
                 "depart") == []


def test_reaching_the_chiapas_shore_of_the_river_by_the_middle_of_the_morning_is_the_crossing():
    text = ("TECUN UMAN, Guatemala, Nov. 3 — Yesterday the shutter stayed half down. Soon after seven, the column "
            "came down his street toward the water, and by the middle of the morning most of its people had reached "
            "the Chiapas shore of the Suchiate, some wading with children held above the current.")
    assert found(text, "2018-11-05", "cross_border") == [("reached the Chiapas shore", "2018-11-02TMO")]
    assert found(text, "2018-11-05", "arrive") == []


def test_a_feast_day_set_before_its_season_dates_the_departure():
    text = ("TECUN UMAN, Guatemala — The river has seen columns before. On Palm Sunday, back in the spring, a "
            "procession of several hundred migrants, most of them Hondurans, set off from Tapachula with a cross.")
    assert found(text, "2018-11-05", "depart") == [("set off", "2018-03-25")]


def test_a_group_that_gathered_under_the_monument_and_walked_west_set_off():
    text = ("SAN SALVADOR — On Jan. 16 another group gathered under the same monument before dawn and walked west.")
    assert found(text, "2019-11-05", "depart") == [
        ("gathered under the same monument before dawn and walked west", "2019-01-16TMO")]
    assert found(text, "2019-11-05", "march") == []


def test_police_that_split_it_up_blocked_it():
    text = ("TAPACHULA, Mexico — Six months ago, on Holy Monday, a larger one left the same park, and a week later, "
            "on Easter Monday, a federal police operation with migration agents split it up on the coast highway "
            "outside Pijijiapan.")
    assert found(text, "2019-10-16", "block") == [("split it up", "2019-04-22")]


def test_the_caravan_of_last_autumn_left_on_the_day_told_after_its_verb():
    text = ("CHIQUIMULA, Guatemala — The caravan of last autumn left San Pedro Sula in the last hours of Wednesday, "
            "Sept. 30, by the reckoning of the Honduran rights groups that followed it, and went through the Corinto "
            "post the next day without being stopped.")
    assert found(text, "2021-04-06", "depart") == [("left", "2020-09-30TNI")]


def test_the_first_since_january_is_a_rank_not_the_day_it_left():
    text = ("CHIQUIMULA, Guatemala — The latest did not come this way. Last Tuesday night, in Holy Week, a small "
            "column of Hondurans, the first since January, set off from San Pedro Sula's principal bus terminal, "
            "according to the Honduran police.")
    assert found(text, "2021-04-06", "depart") == [("set off", "2021-03-30TNI")]


def test_the_seat_of_the_group_that_gave_a_count_is_not_where_the_count_was():
    text = ("CHIQUIMULA, Guatemala — Earlier still, in January 2020, another set out on the 15th: close to 3,000 "
            "people, a migrants' advocacy group in Honduras said.")
    (m,) = mentions_of(text, "2021-04-06", "size")
    assert (m.group_size, m.time.value) == (3000, "2020-01-15")
    assert [r.role for r in m.places] == ["mention"]
    # so it is one count with another source's 3,500 at the border (the two within the size tolerance)
    tl = built(("a", "2021-04-06", text),
               ("b", "2020-10-06", "SAN PEDRO SULA, Honduras — Nine months ago, on Jan. 15, another column left the "
                                   "same terminal; about 3,500 of its members crossed into Guatemala, according to "
                                   "that country's migration institute."))
    sizes = [e for e in tl.events if e.type == "size"]
    assert len(sizes) == 1 and len(sizes[0].mentions) == 2


def test_a_stay_in_the_relative_clause_of_who_set_off_is_who_they_were():
    text = ("TAPACHULA, Mexico — The same avenue was full of other people a week ago today. Before dawn on Monday, a "
            "few hundred migrants who had been sleeping in the central park and under the arcades gathered up their "
            "blankets and set off north on foot toward the coastal highway.")
    # (the Monday of "a week ago today", told on a Monday, not the day of the telling)
    assert found(text, "2025-01-27", "depart") == [("set off", "2025-01-20TMO")]
    assert found(text, "2025-01-27", "stay") == found(text, "2025-01-27", "march") == []


def test_a_count_a_shelter_in_a_town_reckoned_is_no_stay_in_its_shelter():
    text = ("HUIXTLA, Mexico — On Saturday the highway came to the hospital in another way. Before sunrise a caravan "
            "of migrants, about 400 people, a Catholic shelter in Tapachula reckoned, left that city on foot, and by "
            "late morning it was near Huixtla.")
    assert found(text, "2021-09-09", "depart") == [("left", "2021-09-04TMO")]
    assert [(m.group_size, m.time.value) for m in mentions_of(text, "2021-09-09", "size")] == [(400, "2021-09-04TMO")]
    assert found(text, "2021-09-09", "stay") == found(text, "2021-09-09", "march") == []


def test_the_second_of_the_month_to_leave_is_a_rank_not_a_day():
    text = ("TAPACHULA, Mexico — Last Thursday, a little before dawn, a fresh caravan moved off from the centre of "
            "Tapachula along that highway, the second of the month to leave the city; the diocese's migrant ministry "
            "counted roughly 1,000 people as they went by. The next day, below Huixtla, the column came up against "
            "a National Guard checkpoint thrown across the asphalt and stopped there.")
    assert found(text, "2024-06-27", "depart") == [("moved off from", "2024-06-20TMO")]
    assert [m.time.value for m in mentions_of(text, "2024-06-27", "size")] == ["2024-06-20TMO"]
    assert [m.time.value for m in mentions_of(text, "2024-06-27", "block")] == ["2024-06-21"]


def test_a_procession_for_holy_week_left_on_the_day_told_before_it():
    text = ("TAPACHULA, Mexico — He has watched other columns from the road. In March, on Palm Sunday, the migrants' "
            "procession for Holy Week left Tapachula behind a wooden cross.")
    assert found(text, "2024-06-27", "depart") == [("left", "2024-03-24")]


def test_the_approach_to_a_town_is_no_arrival():
    text = ("HUIXTLA, Mexico — On Oct. 12 federal police and National Guard troops halted the column on the southern "
            "approach to Huixtla. As the caravan approached the town, it slowed.")
    assert found(text, "2019-10-16", "arrive") == [("approached", "2019-10-12")]


def test_a_date_after_and_a_opens_the_next_clause():
    text = ("SAN PEDRO SULA, Honduras — It is not the first group he has seen go. On March 31 last year, a smaller "
            "crowd of a few hundred left the same bays, and a year and five days ago, on Jan. 15, 2021, several "
            "thousand walked out of the city in the night.")
    assert found(text, "2022-01-20", "depart") == [("left", "2021-03-31"), ("walked out of", "2021-01-15TNI")]


def test_thousands_that_crossed_in_front_of_her_on_rafts_crossed_the_border():
    text = ("CIUDAD HIDALGO, Mexico — In October 2018 the Suchiate was higher. Her ledger shows 2.31 metres on the "
            "20th, the morning that thousands of Hondurans from the first big caravan crossed in front of her on rafts "
            "pushed by young men swimming beside them.")
    assert found(text, "2020-01-23", "cross_border") == [("crossed in front of her on rafts", "2018-10-20")]


def test_a_bus_station_that_emptied_as_a_crowd_took_to_the_road():
    text = ("CHIQUIMULA, Guatemala — Last week the highway filled. On Friday, before it was light, San Pedro Sula's "
            "main bus station emptied as a great crowd of Hondurans took to the road.")
    (m,) = mentions_of(text, "2021-01-20", "depart")
    assert (m.rule, m.time.value) == ("depart.place_emptied", "2021-01-15")
    assert [(r.place.name, r.role) for r in m.places if r.role == "from"] == [("San Pedro Sula", "from")]


def test_a_crowd_that_had_begun_to_stream_northwest_set_off():
    text = ("SAN PEDRO SULA, Honduras — On Wednesday he passed the main bus terminal. The forecourt was packed. By "
            "the time his first pupil arrived, the crowd had begun to stream northwest along the highway toward the "
            "Guatemalan frontier, several thousand strong.")
    assert found(text, "2020-01-17", "depart") == [("begun to stream northwest", "2020-01-15")]


def test_a_count_or_so_if_you_asked_the_people_at_its_head():
    text = ("CHIQUIMULA, Guatemala — The year before, on Jan. 15, a larger crowd had left San Pedro Sula, 4,000 or so "
            "if you asked the people at its head, and came through Chiquimula.")
    assert [(m.group_size, m.time.value) for m in mentions_of(text, "2021-01-20", "size")] == [(4000, "2020-01-15")]


def test_on_a_sunday_after_six_days_before_that_is_that_day():
    text = ("HUIXTLA, Mexico — She has seen the town shut its road before. Last October a caravan that started out "
            "from Tapachula on the 23rd came up the highway, 4,000 in the organizers' own arithmetic, and was let "
            "through. The month before, on Saturday the 4th, guardsmen and agents of the migration institute caught "
            "a smaller group at the edge of town and drove its people into vans; six days before that, on a Sunday, "
            "another group had been scattered on the same road.")
    assert found(text, "2022-06-08", "block") == [("caught a smaller group", "2021-09-04"),
                                                  ("been scattered on", "2021-08-29")]
    assert [(m.group_size, m.time.value) for m in mentions_of(text, "2022-06-08", "size")] == [(4000, "2021-10-23")]


def test_souls_the_institute_calculated_are_a_count():
    text = ("HUIXTLA, Mexico — On June 6 a caravan left Tapachula, 40 kilometres down the coast, some 6,000 souls, "
            "the migration institute calculated.")
    assert [(m.group_size, m.time.value) for m in mentions_of(text, "2022-06-08", "size")] == [(6000, "2022-06-06")]


def test_a_second_one_that_set_out_three_days_later_is_a_caravan_of_its_own():
    later = ("SAN SALVADOR — It was not the first time the word had fitted. In October, on Sunday the 28th, a first "
             "Salvadoran caravan walked out of the same plaza, and a second one, bigger, set out three days later.")
    ms = mentions_of(later, "2019-01-21", "depart")
    assert [(m.trigger, m.time.value, m.earlier_caravan, m.later_caravan) for m in ms] == [
        ("walked out of", "2018-10-28", True, False), ("set out", "2018-10-31", False, True)]
    tl = built(("a", "2019-01-21", later))
    assert len({e.caravan for e in tl.events if e.type == "depart"}) == 2


def test_climbing_out_on_the_mexican_side_is_the_crossing():
    text = ("TECUN UMAN, Guatemala — On Monday the second column waded the brown water at a shallow bend and climbed "
            "out on the Mexican side.")
    assert found(text, "2018-10-31", "cross_border") == [("climbed out on the Mexican side", "2018-10-29")]


def test_people_who_streamed_or_slipped_away_from_a_monument_or_a_terminal_set_off():
    assert found("SAN SALVADOR — On Oct. 28 a few hundred people streamed away from the monument.", "2019-01-22",
                 "depart") == [("streamed away from", "2018-10-28")]
    assert found("SAN PEDRO SULA, Honduras — On March 30 a few hundred people slipped away from that terminal.",
                 "2021-04-07", "depart") == [("slipped away from", "2021-03-30")]
    assert found("TAPACHULA, Mexico — On April 23 the migrants' Via Crucis procession had gone out past the gate "
                 "carrying a cross.", "2024-10-24", "depart") == [("gone out past", "2024-04-23")]


def test_soldiers_who_drove_a_far_larger_column_back_blocked_it():
    text = "CHIQUIMULA, Guatemala — On Jan. 17 Guatemalan soldiers drove a far larger column back at Vado Hondo."
    assert found(text, "2022-01-18", "block") == [("drove a far larger column back", "2022-01-17")]


def test_reaching_the_border_post_and_passing_it_is_the_crossing():
    text = ("SAN PEDRO SULA, Honduras — On Thursday afternoon the front of the column had reached the Guatemalan "
            "border post at Corinto and passed it without being stopped.")
    ms = mentions_of(text, "2020-10-03", "cross_border")
    assert [(m.rule, m.time.value) for m in ms] == [("cross_border.reach+past_the_line", "2020-10-01TAF")]
    assert found(text, "2020-10-03", "arrive") == []


def test_a_count_officials_logged_at_the_border_posts():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15 a caravan left the main bus terminal; Guatemalan migration "
            "officials logged some 3,500 of its members at the border posts.")
    assert [(m.group_size, m.time.value) for m in mentions_of(text, "2020-10-03", "size")] == [(3500, "2020-01-15")]
    assert mentions_of("Hours logged 15-31 October: 46 h.", "2018-11-02", "size") == []
