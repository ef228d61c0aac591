"""Events and time expressions from the seventy-seventh round.

From caravan-holdout98 (last round's hold-out, read this round): a caravan ranked within a season, a caravan's name
of several words, new ways of setting out, counting and blocking, the road a leaving group took, a named witness of
a ranked caravan, present-tense habits, a date fronted after a semicolon, a border post named after "at", and an
ordinal of the month that ranks a caravan.

From caravan-holdout99 (a new set, read this round): a clause of "while" happens at the time the sentence opens
with; each time of a chain opening the sentence opens it; a rank between a possessive year and its group; new ways
of setting out, blocking and counting; the group after the trigger of "they stopped"; "in the middle of" a town; a
caravan from no known place is past the first border within weeks.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions, mentions_of, sizes_found, timex_list


def test_a_caravan_ranked_within_a_season_is_dated_by_its_own_day():
    text = "On Oct. 23 the biggest column of the autumn walked out of Tapachula, about 2,500 strong, the diocese said."
    assert found(text, "2021-11-30", "depart") == [("walked out of", "2021-10-23")]


def test_a_caravan_named_in_several_words_gets_under_way():
    text = "On Sunday, Oct. 29, last year, when the Exodus from Poverty got under way, eight of her pupils went along."
    assert found(text, "2024-03-12", "depart") == [("got under way", "2023-10-29")]
    # a summit still gets under way without leaving anywhere
    assert found("The caravan waited in the park as the summit got under way on Monday.", "2022-06-08",
                 "depart") == []


def test_new_ways_of_setting_out():
    text = "Two of her clients went with the Via Crucis, which carried its cross north on April 23 last year."
    assert [v for _, v in found(text, "2024-05-02", "depart")] == ["2023-04-23"]
    # (a cross carried north for weeks is the march under way, no leaving)
    assert found("The Via Crucis carried its cross north toward Mexico City for weeks.", "2024-05-02", "depart") == []
    text = ("On Oct. 1, 2020, a little after midnight, some 3,000 Hondurans surged through the gates of the city's "
            "main bus terminal.")
    assert [v for _, v in found(text, "2021-02-10", "depart")] == ["2020-10-01T00:00"]


def test_new_frames_of_a_count():
    text = ("On June 6 the largest caravan of the year walked out of the city, 7,000 walkers or so, going by the "
            "migration institute.")
    assert sizes_found(text, "2022-07-20") == [(7000, "2022-06-06")]
    text = "On Friday a crowd left the central square at first light, some 1,200 of them by one reporter's headcount."
    assert sizes_found(text, "2025-01-14") == [(1200, "2025-01-10TMO")]


def test_a_column_split_apart_is_a_block():
    text = "On Saturday, before dark, soldiers split the column apart on the highway south of Huixtla."
    assert [v for _, v in found(text, "2021-09-01", "block")] == ["2021-08-28TEV"]


def test_the_road_a_leaving_group_took_is_no_march_of_its_own():
    text = "On Sept. 30, 2020, late at night, a few thousand people left the terminal and took the road to Corinto."
    assert [m.type for m in mentions(text, "2020-10-20") if m.modality == "actual"] == ["depart"]
    # a road taken on a day of its own is the march going on
    text = "They left Tecún Umán on Monday, and on Tuesday they took the road to Tapachula."
    assert ("took the road to", "2021-06-01") in found(text, "2021-06-02", "march")


def test_a_ranked_caravan_a_named_witness_saw_leave_is_which_one():
    text = "It was not the first caravan Mrs. Alvarado had watched leave from the plaza below her window."
    assert found(text, "2020-01-21", "depart") == []
    # the largest one she saw left on a day of its own
    text = "The largest caravan Mrs. Alvarado has seen left the plaza at first light on Monday."
    assert [v[:10] for _, v in found(text, "2020-01-21", "depart")] == ["2020-01-20"]


def test_a_present_habit_is_no_dated_event():
    cases = [
        ("When a caravan forms in the plaza, the bakeries around it stay open late.", "depart"),
        ("The code asks for a wide shoulder wherever people walk.", "march"),
        ("On this stretch people walk every day, to the fields and to school.", "march"),
    ]
    for text, kind in cases:
        assert [m for m in mentions_of(text, "2023-12-28", kind) if m.modality == "actual"] == [], text
    # a past in a "when" clause still happened
    assert found("When the caravan set off on Monday, the bakeries closed.", "2023-12-28", "depart") == \
        [("set off", "2023-12-25")]
    # a plural subject before its past verb is no present
    text = "In August, when soldiers broke up the caravan outside Huixtla, she counted the sandals."
    assert [m.modality for m in mentions_of(text, "2021-11-24", "block")] == ["actual"]


def test_a_date_fronted_after_a_semicolon_dates_its_clause_past_a_while_clause():
    text = ("Another caravan started north from the city; on Oct. 1, while the new president was sworn in, a few "
            "hundred more walked out, and on Oct. 20, a Sunday, a column of some thousands followed them.")
    assert [v for _, v in found(text, "2025-01-28", "depart")] == ["2024-10-01", "2024-10-20"]


def test_a_border_post_named_after_at_locates_the_block():
    text = ("On Jan. 15, 2022, the walkers left San Pedro Sula before dawn, and Guatemalan police stopped them at the "
            "border post of Corinto the next morning.")
    got = mentions_of(text, "2022-02-01", "block")
    assert [(r.place.name, r.role) for m in got for r in m.places if r.role == "at"] == [("Corinto", "at")]


def test_an_ordinal_of_the_month_after_a_clause_ranks_the_caravan():
    text = "A week ago a few hundred people left the central park and headed north, the second of the month."
    assert [t.text for t in timex_list(text, "2025-01-27")] == ["A week ago", "the month"]
    # after a day it restates that day
    text = "They left on Jan. 2, the second of the month."
    assert [t.text for t in timex_list(text, "2025-01-27")] == ["Jan. 2", "the second of the month"]


def test_a_while_clause_happens_at_the_time_the_sentence_opens_with():
    text = ("In October 2018, on Saturday the 20th, she stood on the riverbank with her samples while thousands of "
            "Hondurans went across beneath the bridge on inner tubes.")
    assert [v for _, v in found(text, "2021-01-20", "cross_border")] == ["2018-10-20"]


def test_each_time_of_a_chain_opening_the_sentence_opens_it():
    text = ("Last year, on Jan. 15, a Friday, thousands left San Pedro Sula again, and on the Sunday soldiers and "
            "police forced them back at Vado Hondo.")
    assert found(text, "2022-01-25", "depart") == [("left", "2021-01-15")]
    assert found(text, "2022-01-25", "block") == [("forced them back", "2021-01-17")]


def test_a_rank_between_a_possessive_year_and_its_group_names_the_group():
    text = "This year's first column left the terminal on foot on Jan. 15, a Wednesday, before dawn."
    assert [v[:10] for _, v in found(text, "2020-10-05", "depart")] == ["2020-01-15"]


def test_more_ways_of_setting_out_blocking_and_counting():
    text = "Two Octobers ago, on the 13th, the first of the big caravans poured from the same building."
    assert found(text, "2020-10-05", "depart") == [("poured from the same building", "2018-10-13")]
    text = "On Wednesday night the walkers went out through the gates of the terminal."
    assert found(text, "2020-10-05", "depart") == [("went out through the gates", "2020-09-30TNI")]
    text = "On Oct. 28 Mexican police with riot shields kept it penned on the Rodolfo Robles bridge."
    assert [v for _, v in found(text, "2018-11-05", "block")] == ["2018-10-28"]
    text = "On Oct. 28 a second group pressed onto the bridge and was held for hours at its Mexican gate."
    assert [v for _, v in found(text, "2018-11-05", "block")] == ["2018-10-28"]
    text = ("On Saturday a column marched out of Tapachula, and the National Guard shut the southern entrance of "
            "Huixtla to it.")
    assert [v for _, v in found(text, "2019-10-15", "block")] == ["2019-10-12"]
    text = "On Friday thousands left San Pedro Sula, and yesterday soldiers turned the main body back at Vado Hondo."
    assert [v for _, v in found(text, "2021-01-20", "block")] == ["2021-01-19"]
    text = "On Oct. 23 a heavier column poured out of Tapachula, 3,000 or so, on the migration institute's figures."
    assert sizes_found(text, "2021-12-02") == [(3000, "2021-10-23")]


def test_they_stopped_the_group_is_a_block():
    text = ("On Jan. 15 some hundreds left. Guatemala's police say they stopped the group at the Corinto crossing "
            "that night.")
    assert [v for _, v in found(text, "2022-01-25", "block")] == ["2022-01-15TNI"]
    # the group stopping for the night is no block
    assert found("The migrants say they stopped in Huixtla that night.", "2022-01-25", "block") == []


def test_a_place_in_the_middle_of_a_town_is_in_the_town():
    text = "On Thursday, Nov. 18, a column of Haitian families left the park in the middle of Tapachula."
    got = mentions_of(text, "2021-12-02", "depart")
    assert [(r.place.name, r.role) for m in got for r in m.places] == [("Tapachula", "at")]


def test_a_date_of_that_spring_is_in_the_story_s_year():
    text = ("The first she remembers is the procession of 2018. On March 25 of that spring, behind a tall cross, it "
            "set out from Tapachula.")
    assert found(text, "2022-11-08", "depart") == [("set out", "2018-03-25")]


def test_a_caravan_from_no_known_place_is_past_the_first_border_within_weeks():
    tl = built(("a", "2018-11-05", "The first group left on Oct. 28. On Wednesday, Oct. 31, a second column "
                                   "assembled in the same square and took the same road."),
               ("b", "2019-01-22", "On Thursday, Mexico set up tables at the Rodolfo Robles bridge on the Suchiate "
                                   "and began to hand humanitarian visas to the newcomers."))
    caravans = {e.type: e.caravan for e in tl.events if e.type == "asylum" or e.date == "2018-10-31"}
    assert caravans["asylum"] != caravans["depart"], caravans


def test_a_newer_group_named_with_its_nationality_and_followed_behind_the_first():
    tl = built(("a", "2018-11-05", "On Saturday, Oct. 13, a crowd of Hondurans set off from San Pedro Sula. On "
                                   "Sunday, Oct. 28, a column of Salvadorans left San Salvador."),
               ("b", "2021-01-20", "In October 2018, on Saturday the 20th, thousands of Hondurans crossed the "
                                   "Suchiate on rafts. Eight days later a second Honduran group pressed onto the "
                                   "bridge and was held for hours at its Mexican gate, and on Nov. 2 that year a "
                                   "column of Salvadorans waded the Suchiate."),
               ("c", "2019-01-22", "A second Honduran group came through a few days behind the first, and on Oct. "
                                   "28 Mexican police with riot shields kept it penned on the Rodolfo Robles bridge."))
    blocks = [e for e in tl.events if e.type == "block"]
    departs = {e.caravan for e in tl.events if e.type == "depart"}
    # one block, told by both texts, of a newer Honduran group: neither the first caravan nor the Salvadoran one
    assert len(blocks) == 1 and len(blocks[0].mentions) == 2, [(e.caravan, e.mentions) for e in blocks]
    assert blocks[0].caravan not in departs, (blocks[0].caravan, departs)


def test_a_leaving_counted_from_is_no_departure_of_its_own():
    text = ("On Wednesday a second column assembled in the same square and took the same road. Yesterday those "
            "walkers were already wading the Suchiate into Mexico, two days after setting out.")
    assert [t for t, _ in found(text, "2018-11-03", "depart")] == ["assembled in the same square and took the same road"]


def test_reaching_the_border_river_is_no_arrival():
    # the golds tell the crossing, not the river reached (4 of 373 arrivals in the sets are at a river)
    text = ("Seven days after it set out, on Saturday, Oct. 20, its front reached the Suchiate, the river that divides "
            "Guatemala from Mexico.")
    assert found(text, "2018-11-01", "arrive") == []
    # a town on its bank is a place arrived in
    assert [v for _, v in found("On Thursday night the first groups reached Tecún Umán.", "2018-10-21",
                                "arrive")] == ["2018-10-18TNI"]


def test_this_month_frames_the_day_told_after_the_verb():
    text = ("This month a caravan formed in the central square of Tapachula before sunrise on Friday, Jan. 3, and set "
            "off north.")
    assert [v for _, v in found(text, "2025-01-23", "depart")] == ["2025-01-03TMO"]
    # with no day, the month
    assert found("This month a caravan left Tapachula.", "2025-01-23", "depart") == [("left", "2025-01")]


def test_one_of_a_few_people_named_before_is_a_person():
    text = ("This month a caravan left Tapachula before sunrise on Friday, Jan. 3. Two of her mothers went with it, "
            "she said, and one came back to Ciudad Hidalgo ten days later with a blistered baby.")
    assert found(text, "2025-01-23", "return") == []


def test_a_thing_pushing_through_is_no_block():
    text = "Inside the dam are eighteen pipes that tell her how hard the water is pushing through the clay."
    assert found(text, "2021-04-06", "block") == []
    assert [v for _, v in found("On Saturday the migrants pushed through the police line at the bridge.",
                                "2021-04-06", "block")] == ["2021-04-03"]


def test_traffic_stopped_is_no_block_of_a_group():
    text = "Forestry inspectors and police stop timber trucks on the CA-10, the highway that climbs from the border."
    assert found(text, "2021-01-21", "block") == []
    # buses carrying migrants are the group stopped
    assert [v for _, v in found("On Sunday police stopped buses carrying migrants toward the border.", "2021-01-21",
                                "block")] == ["2021-01-17"]
