"""Events from the thirty-sixth round: a clash on a chain of the group's verbs, "Oct." inside a chain, a caravan
that "started from" a town, gates locked or found closed, stones traded with police, a count of people waiting, a
state ending applications, a clause at another time between two blocks, a count in the clause of a dated block,
the main verb after a relative clause's date, and a "By ..." that opens a sentence.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions, mentions_of as _of


def test_an_arrival_after_a_clash_on_the_groups_chain():
    # "pushed through" needs no group of its own, but it is the group's act: "reached" has the same subject
    text = ("The widow remembers the caravan of that autumn. It left Choloma on Saturday, Nov. 3, pushed through the "
            "police line at Agua Caliente two days later and reached Chiquimula on Tuesday, Nov. 6.")
    got = _of(text, "2019-03-02", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-11-06", ["Chiquimula"])]


def test_an_abbreviations_point_does_not_break_a_chain():
    text = ("The caravan of that autumn is still talked about here. It left Choloma on Saturday, Nov. 3, walked all "
            "night and reached Chiquimula on Monday.")
    got = _of(text, "2018-11-08", "arrive")
    assert [m.time.value for m in got] == ["2018-11-05"]


def test_a_caravan_that_started_from_a_town_departs_from_it():
    text = "The new caravan started from San Pedro Sula on Wednesday, Jan. 15, with about 600 people."
    got = _of(text, "2020-01-18", "depart")
    assert [(m.time.value, [(p.place.name, p.role) for p in m.places]) for m in got] == \
        [("2020-01-15", [("San Pedro Sula", "from")])]


def test_where_a_group_begins_is_no_departure_in_a_country_or_in_the_present():
    assert not _of("This caravan began in Honduras, a country of ten million people.", "2018-10-27", "depart")
    assert not _of("We begin in Tapachula, where the caravan is resting.", "2018-10-27", "depart")


def test_a_gate_locked_and_a_gate_found_closed_are_blocks():
    text = ("The caravan reached Tecún Umán on Friday, Jan. 17. By Saturday morning Mexico had locked the gate at its "
            "end of the border bridge.")
    got = _of(text, "2020-01-25", "block")
    assert [m.rule for m in got] == ["block.close_crossing"] and got[0].time.value == "2020-01-18"
    text = ("The caravan reached Tecún Umán on Friday, Jan. 17, and the next day found the Mexican gate on the bridge "
            "closed.")
    got = _of(text, "2020-01-25", "block")
    assert [(m.trigger, m.time.value) for m in got] == [("found the Mexican gate on the bridge closed", "2020-01-18")]


def test_stones_traded_with_police_and_a_gate_burst_through_are_clashes():
    text = ("On Friday the walkers burst through the border gate on the Rodolfo Robles bridge. A second caravan "
            "traded stones with federal police on the same bridge on Sunday.")
    got = _of(text, "2018-11-01", "block")
    assert [(m.rule, m.time.value) for m in got] == [("block.clash", "2018-10-26"), ("block.clash", "2018-10-28")]


def test_people_waiting_at_the_border_are_a_count():
    text = ("The caravan reached Tecún Umán on Friday, Jan. 17. Some 3,500 waited there on Saturday. About 4,000 "
            "people were waiting on the Guatemalan side on Sunday, by an aid group's count.")
    got = _of(text, "2020-01-25", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(3500, "2020-01-18"), (4000, "2020-01-19")]


def test_a_state_that_stops_taking_applications_makes_a_statement():
    text = ("Mexican officials handed out humanitarian visitor cards on the bridge for ten days. On Monday, Jan. 28, "
            "Mexico stopped taking new applications for the cards.")
    got = _of(text, "2019-02-02", "statement")
    assert [(m.trigger, m.time.value) for m in got] == [("stopped taking new applications", "2019-01-28")]


def test_a_block_after_a_clause_told_at_another_time_is_another_block():
    text = ("On Saturday, Jan. 18, Mexico locked the bridge in front of about 4,000 Hondurans, by a Guatemalan "
            "police estimate, and two days later hundreds waded through the Suchiate below it and were pushed back by "
            "the National Guard.")
    got = _of(text, "2021-05-20", "block")
    assert [(m.trigger, m.time.value) for m in got] == [("locked the bridge", "2020-01-18"),
                                                        ("were pushed back", "2020-01-20")]


def test_a_count_in_the_clause_of_a_dated_block_is_that_days():
    text = ("On Saturday, Jan. 18, Mexico closed the gate on the bridge in front of about 4,000 Hondurans, by a "
            "Guatemalan police estimate, and two days later hundreds waded through the Suchiate.")
    got = _of(text, "2021-05-20", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(4000, "2020-01-18")]


def test_the_main_verb_after_a_relative_clauses_date_is_dated_by_the_sentence():
    # "three days earlier" is the departure's; the arrival and the closed bridge are the sentence's day
    text = ("The tags were handed out on 18 January 2020, when about 3,500 people from the caravan that had left San "
            "Pedro Sula three days earlier reached the Mexican border and found the bridge closed.")
    got = {m.type: m.time.value for m in mentions(text, "2023-03-08")}
    assert got["depart"] == "2020-01-15" and got["arrive"] == "2020-01-18" and got["block"] == "2020-01-18"


def test_a_by_date_that_opens_the_sentence_is_no_tally_to_publication():
    text = ("We reached the stadium in Mexico City on the evening of Sunday, Nov. 4. By the Tuesday there were "
            "more than 5,000 of us in the stadium.")
    got = _of(text, "2019-03-04", "size")
    assert [m.time.value for m in got] == ["2018-11-06"] and "until-publication" not in got[0].rule
    # a tally "by" a day inside the sentence still holds until the story was written
    text = "Mexico's migration institute puts the number of migrants who arrived by Friday at 2,397."
    got = _of(text, "2018-10-27", "size")
    assert got and "until-publication" in got[0].rule


def test_a_walk_that_set_off_is_a_departure_and_its_year_is_no_count():
    text = ("None of this was new. The spring walk, which set off from Tapachula on Palm Sunday, March 25, was named "
            "by its organizers the Way of the Cross.")
    got = _of(text, "2018-11-03", "depart")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-03-25", ["Tapachula"])]
    got = _of("The 2018 caravan began in Tapachula on Palm Sunday, March 25.", "2024-05-18", "depart")
    assert [(m.time.value, m.group_size) for m in got] == [("2018-03-25", None)]


def test_coming_to_the_border_fence_is_an_arrival_but_a_rally_there_is_not():
    text = ("A few hundred of its members came to the border fence at Friendship Park in Tijuana on Sunday, April 29.")
    got = _of(text, "2018-05-05", "arrive")
    assert [(m.trigger, m.time.value) for m in got] == [("came to the border fence", "2018-04-29")]
    assert not _of("On Sunday we sang at Friendship Park during a rally at the fence.", "2018-05-05", "arrive")


def test_a_count_after_the_last_date_of_a_chain_of_verbs_is_that_dates():
    # "pushed" after "Oct. 13," goes on the chain: the date before the count is no insertion's
    text = ("He saw the caravan of last autumn too. It left San Pedro Sula on Saturday, Oct. 13, pushed through the "
            "bridge gate six days later and reached Tapachula on Sunday, Oct. 21, some 5,000 people by the count of "
            "Mexican police.")
    got = _of(text, "2019-02-02", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(5000, "2018-10-21")]


def test_driven_back_brought_home_and_back_in_honduras():
    text = ("Early on Monday, Jan. 20, they forded the river and were driven back by Mexican guardsmen, and on Jan. 21 "
            "the first buses brought them home.")
    got = {m.type: (m.trigger, m.time.value) for m in mentions(text, "2020-10-17")}
    assert got["block"] == ("were driven back", "2020-01-20") and got["return"] == ("brought them home", "2020-01-21")
    text = ("The caravan crossed at Corinto on Oct. 1. Within days those walkers were back in Honduras, returned by "
            "Guatemala.")
    got = _of(text, "2020-10-17", "return")
    assert [[(p.place.name, p.role) for p in m.places] for m in got] == [[("Honduras", "at")]]
    # one man sent home, and a group back in a town of the route, are no such events
    assert not _of("He was driven back to Honduras the next day, his lawyer said.", "2018-10-20", "block")
    assert not _of("The caravan crossed at Corinto on Thursday. By Monday they were back in Tijuana.", "2021-01-30",
                   "return")


def test_a_stay_until_a_day_runs_from_the_arrival_told_just_before():
    text = ("That caravan set off from Tapachula before first light on Monday, June 6, and reached Huixtla the next "
            "afternoon. It camped on the town's sports field until Friday, June 10.")
    got = _of(text, "2024-01-05", "stay")
    assert [(str(m.time.start), str(m.time.end)) for m in got] == [("2022-06-07", "2022-06-10")]


def test_two_overlapping_triggers_are_one_mention_dated_by_the_nearer_day():
    # "began issuing" and "issuing transit permits": one phrase; "Friday, June 10" belongs to the clause before
    text = ("It camped on the town's sports field until Friday, June 10, she said, and migration officers began "
            "issuing transit permits there on Thursday, June 9.")
    got = _of(text, "2024-01-05", "asylum")
    assert [m.time.value for m in got] == ["2022-06-09"]


def test_it_is_the_group_the_sentence_before_already_called_it():
    text = ("Darwin, 24, a Honduran, walked with the caravan that crossed into Guatemala at El Florido on Jan. 15, "
            "some 9,000 people as a church network reckoned it. A day later it reached the police line at Vado Hondo.")
    got = _of(text, "2021-11-06", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2021-01-16", ["Vado Hondo"])]


def test_a_count_as_someone_reckoned_it_is_a_size_of_the_relative_clauses_day():
    # "this year" only gives the year of "Jan. 15": the count is that day's
    text = ("Darwin, 24, a Honduran, walked with the caravan that crossed into Guatemala at El Florido on Jan. 15 this "
            "year, some 9,000 people as a Guatemalan church network reckoned it.")
    got = _of(text, "2021-11-06", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(9000, "2021-01-15")]


def test_it_is_the_one_group_the_sentence_before_names():
    text = ("Sales jumped on Friday, Oct. 22, when word spread that a caravan would leave the next morning. It left at "
            "5 a.m. on Saturday, Oct. 23, and by dusk was in Huixtla.")
    got = _of(text, "2021-11-06", "depart")
    assert [(m.modality, m.time.value) for m in got] == [("hypothetical", "2021-10-23TMO"),
                                                         ("actual", "2021-10-23T05:00")]


def test_waded_and_rafted_over_is_a_crossing():
    text = ("A second caravan traded stones with federal police on the bridge last Sunday and waded and rafted over at "
            "first light on Monday.")
    got = _of(text, "2018-11-03", "cross_border")
    assert [(m.trigger, m.time.value) for m in got] == [("waded and rafted over", "2018-10-29TMO")]


def test_one_person_leaving_with_the_first_wave_of_a_caravan():
    text = ("Jonathan, 15, carried a roll-up board from San Pedro Sula, which he left with the first wave of the "
            "January caravan on the night of Monday, Jan. 14.")
    got = _of(text, "2019-02-02", "depart")
    assert [m.time.value for m in got] == ["2019-01-14TNI"]


def test_walking_in_is_an_arrival_but_walking_in_a_group_is_not():
    text = ("HUIXTLA, Mexico — The caravan that left Tapachula before dawn, some 3,000 people by the police count, "
            "walked in around nine and camped in the central park.")
    got = _of(text, "2021-10-23", "arrive")
    assert [m.rule for m in got] == ["arrive.walk_in"]
    assert not _of("About 40 migrants walked in a group of their own. They walked in heat above 35 degrees.",
                   "2022-06-20", "arrive")


def test_a_stay_told_from_the_day_it_began_also_tells_the_arrival():
    text = "Many of them had slept in the Jesús Martínez stadium in Mexico City from 4 November."
    got = {m.type: (m.rule, m.time.value, [p.place.name for p in m.places]) for m in mentions(text, "2018-12-10")}
    assert got["arrive"] == ("arrive.sleep+from", "2018-11-04", ["Jesús Martínez stadium", "Mexico City"])
    assert got["stay"][1] == "2018-11-04"
    # a stay with its end told is no arrival
    text = "The families camped at the Benito Juárez sports complex from Nov. 16 to Nov. 30."
    assert not _of(text, "2018-12-10", "arrive")


def test_the_end_of_a_span_takes_the_year_of_its_start():
    tl = built(("card", "2020-09-15", "S5 The Coast. Start: 13 November 2018. The first buses reach Tijuana that "
                "evening; from the 16th the walkers are sheltered in the Benito Juárez sports complex, used until 30 "
                "November."))
    assert [(e.type, e.date) for e in tl.events if e.type == "stay"] == [("stay", "2018-11-16/2018-11-30")]


def test_a_span_of_years_is_not_kept():
    # (span_max_days in merge.yaml: an end in another year is a misreading, not a stay)
    tl = built(("card", "2020-12-15", "From Nov. 16, 2018, the walkers were sheltered in the Benito Juárez sports "
                "complex, which was used until Nov. 30, 2020."))
    assert [(e.type, e.date) for e in tl.events if e.type == "stay"] == [("stay", "2018-11-16")]


def test_a_departure_at_two_times_joined_by_and_spans_both():
    for told in ("People left San Pedro Sula that night and before dawn on Friday the 15th, and entered Guatemala "
                 "at El Florido the same day.",
                 "The caravan that left San Pedro Sula on the night of 14 January and in the early hours of the 15th "
                 "entered Guatemala at El Florido on 15 January."):
        tl = built(("a", "2021-02-20", "On Thursday, Jan. 14, Guatemala declared a state of prevention. " + told))
        assert [e.date for e in tl.events if e.type == "depart"] == ["2021-01-14/2021-01-15"]


def test_returns_from_a_day_until_a_later_day_span_both():
    text = ("Troops broke up the caravan at Vado Hondo on Sunday, Jan. 17. On Monday buses took most of the migrants "
            "back to Honduras; according to the migration institute the returns went on until Wednesday the 20th.")
    tl = built(("a", "2021-01-25", text))
    assert [e.date for e in tl.events if e.type == "return"] == ["2021-01-18/2021-01-20"]


def test_a_stay_and_its_until_clause_are_one_mention():
    text = ("The first large groups reached Tijuana on 14 November 2018; two days later the city opened the Benito "
            "Juárez sports complex as a shelter, and the families stayed there until 30 November.")
    got = _of(text, "2019-03-01", "stay")
    assert [m.trigger for m in got] == ["opened the Benito Juárez sports complex as a shelter"]
