"""Events from the thirty-fourth round: a group counted before "that set out", one person walking near the front
of a caravan, a town named again as "there", counts of people left waiting at a gate, days spent, a column moving
off.  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, dated, mentions, timexes


def test_a_count_before_that_set_out_is_the_group_of_a_departure():
    text = ("The first couple came from the spring caravan, a column of roughly 1,200 that set out from Tapachula on "
            "Palm Sunday.")
    got = [m for m in mentions(text, "2018-12-15") if m.type == "depart"]
    assert [(m.time.value, m.group_size) for m in got] == [("2018-03-25", 1200)]
    assert [p.place.name for p in got[0].places] == ["Tapachula"]


def test_that_before_a_noun_is_still_a_demonstrative():
    # "that march on Tuesday": no particle after the noun, no departure or march told here
    text = "Officials said that march on Tuesday had been peaceful."
    assert not [m for m in mentions(text, "2018-12-15") if m.type == "depart"]


def test_one_person_walking_near_the_front_of_a_caravan_tells_its_departure():
    text = ("TIJUANA, Mexico — On Palm Sunday six years ago, Alexa Ramírez, a trans woman from Comayagua, Honduras, "
            "walked out of Tapachula near the front of the spring caravan, holding one end of a rainbow flag.")
    assert ("depart", "2018-03-25") in dated(text, "2024-03-31")


def test_one_person_walking_alone_is_still_no_caravan_event():
    text = "On Palm Sunday six years ago, Alexa Ramírez walked out of Tapachula near the front gate of the shelter."
    assert not [m for m in mentions(text, "2024-03-31") if m.type == "depart"]


def test_with_the_caravan_after_an_abbreviated_month():
    text = ("Varela, 22, was eight months pregnant when she left Tapachula at 5 a.m. on Saturday, Oct. 23, with the "
            "caravan — some 3,000 people by the state police count.")
    got = [m for m in mentions(text, "2021-11-06") if m.type == "depart"]
    assert [m.time.value for m in got] == ["2021-10-23T05:00"]


def test_there_after_an_arrival_is_the_town_just_named():
    text = ("In Tijuana, feelings hardened. The first buses carrying the October caravan pulled in there on Tuesday, "
            "Nov. 13, and within days thousands were sleeping in the Benito Juárez sports complex.")
    got = [m for m in mentions(text, "2019-02-11") if m.type == "arrive"]
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-11-13", ["Tijuana"])]


def test_stayed_there_is_a_stay_in_the_town_just_named():
    text = "The caravan reached Tapachula on Friday. The migrants stayed there until Monday."
    got = [m for m in mentions(text, "2019-02-11") if m.type == "stay"]
    assert [[p.place.name for p in m.places] for m in got] == [["Tapachula"]]


def test_stays_there_today_is_the_state_of_the_day_not_a_stay_told():
    text = "The caravan has been resting in Huixtla since yesterday, they say, and stays there today."
    assert len([m for m in mentions(text, "2021-10-26") if m.type == "stay"]) == 1


def test_pulled_in_a_sum_is_no_arrival():
    text = "The agency pulled in $2 million in remittance fees during the caravan's week in Tecún Umán."
    assert not [m for m in mentions(text, "2020-02-03") if m.type == "arrive"]


def test_people_left_waiting_at_a_closed_gate_are_a_size_report():
    text = ("The walkers reached the Guatemalan border town of Tecún Umán on Friday, Jan. 17. The next day Mexico "
            "closed its gate at the bridge, with about 4,000 people waiting in front of it.")
    got = [m for m in mentions(text, "2020-02-03") if m.type == "size"]
    assert [(m.time.value, m.group_size) for m in got] == [("2020-01-18", 4000)]


def test_days_spent_in_a_park_are_a_stay_over_both_days():
    text = ("HUIXTLA, Mexico — The walkers reached Huixtla's central park at dusk on Saturday, Oct. 23. They spent "
            "Sunday and Monday in the park. When the caravan set off again toward Escuintla at 4 a.m. on Tuesday, "
            "mother and son stayed behind.")
    got = [m for m in mentions(text, "2021-11-06") if m.type == "stay"]
    assert len(got) == 1 and got[0].timex_end_id is not None
    tx = timexes(text, "2021-11-06")
    assert (tx["Sunday"].value, tx["Monday"].value) == ("2021-10-24", "2021-10-25")
    assert ("march", "2021-10-26") in dated(text, "2021-11-06")


def test_a_column_moving_off_toward_a_town_marches_on():
    text = ("She went with last October's caravan, which left Tapachula on Saturday, Oct. 23, got to Huixtla by "
            "nightfall and spent two days in the town's park before moving off toward Escuintla at 4 a.m. on the 26th.")
    got = [m for m in mentions(text, "2022-06-18") if m.type == "march"]
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2021-10-26T04:00", ["Escuintla"])]


def test_a_departure_followed_by_a_later_wave_lasts_until_it():
    text = ("The newest caravan has drawn a milder response. It left San Pedro Sula on the night of Monday, Jan. 14, "
            "with a second group following early the next morning.")
    got = [m for m in mentions(text, "2019-02-11") if m.type == "depart"]
    assert len(got) == 1 and got[0].timex_end_id is not None
    tx = timexes(text, "2019-02-11")
    assert tx["the next morning"].value == "2019-01-15TMO"


def test_following_as_a_date_word_is_no_later_wave():
    text = "The caravan left San Pedro Sula on Monday, Jan. 14, and reached Guatemala the following morning."
    got = [m for m in mentions(text, "2019-02-11") if m.type == "depart"]
    assert [m.timex_end_id for m in got] == [None]


def test_sent_back_by_a_day_happened_between_the_day_before_and_that_day():
    text = ("The caravan crossed into Guatemala at Corinto on Thursday, Oct. 1, pushing past a thin line of police. "
            "By Monday most of the walkers had been sent back to Honduras.")
    got = [m for m in mentions(text, "2020-10-10") if m.type == "return"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2020-10-02", "2020-10-05")]
    assert "done by" in got[0].time.reason


def test_reached_by_a_day_in_the_simple_past_keeps_that_day():
    # no past perfect: "by nightfall" tells when it was reached, not a bound after the day before
    text = "The caravan left Tapachula on Saturday, Oct. 23. By Monday it reached Huixtla."
    got = [m for m in mentions(text, "2021-11-06") if m.type == "arrive"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2021-10-25", "2021-10-25")]


def test_a_city_moving_families_to_a_shelter_is_their_arrival_there():
    text = ("Rain flooded the complex four days later. On Friday, Nov. 30, the city began moving families to El "
            "Barretal, on the eastern edge of town.")
    got = [m for m in mentions(text, "2018-12-15") if m.type == "arrive"]
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-11-30", ["El Barretal"])]


def test_moving_a_meeting_to_a_town_is_no_arrival():
    text = "On Friday the mayor moved the council meeting to Tijuana."
    assert not [m for m in mentions(text, "2018-12-15") if m.type == "arrive"]


def test_waded_only_to_be_pushed_back_is_a_block():
    text = ("The walkers reached Tecún Umán on Friday, Jan. 17. At daybreak on Monday hundreds waded the Suchiate, "
            "only to be pushed back by Mexico's National Guard.")
    got = dated(text, "2020-02-03")
    assert ("cross_border", "2020-01-20") in got and ("block", "2020-01-20") in got


def test_a_year_before_a_deportation_is_no_group_counted():
    text = "She lost her case in 2019, was deported, came back north on her own and has lived in Tijuana since 2020."
    assert not [m for m in mentions(text, "2024-03-31") if m.type == "return"]


def test_a_count_before_a_deportation_is_still_the_group():
    text = "She said that some 1,200 were deported from Mexico on Tuesday."
    assert [m.type for m in mentions(text, "2019-01-31") if m.type == "return"] == ["return"]


def test_a_second_honduran_caravan_is_not_the_first_one():
    text = ("TECÚN UMÁN, Guatemala — The first caravan left San Pedro Sula on the night of Friday 12 October 2018 "
            "and crossed the Suchiate on rafts on 20 October. A second Honduran caravan, a week behind, threw stones "
            "at the federal police guarding the bridge on 28 October and was crossing on rafts at first light the "
            "next morning.")
    tl = built(("wire", "2019-10-12", text))
    crossings = sorted((e.date, e.caravan) for e in tl.events if e.type == "cross_border")
    assert [d for d, _ in crossings] == ["2018-10-20", "2018-10-29TMO"]
    assert crossings[0][1] != crossings[1][1]


def test_within_days_after_an_arrival_is_the_week_that_follows():
    text = ("The first buses carrying the October caravan pulled into Tijuana on Tuesday, Nov. 13, and within days "
            "thousands were sleeping in the Benito Juárez sports complex.")
    got = [m for m in mentions(text, "2019-02-11") if m.type == "stay"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2018-11-13", "2018-11-20")]


def test_within_days_counts_from_a_day_not_from_a_year():
    text = ("Caravans have left Tapachula repeatedly since 2018, but most have dissolved within days in Chiapas after "
            "immigration officials offered temporary documents.")
    for m in mentions(text, "2023-12-24"):
        assert not (m.time.start.isoformat() == "2018-01-01" and m.time.end.isoformat() == "2018-01-08")


def test_a_stay_on_the_sunday_and_the_monday_runs_over_both():
    text = ("The caravan left Tapachula on Saturday 23 October 2021 and reached Huixtla that night. It rested there "
            "on the Sunday and the Monday and left for Escuintla at 4 a.m. on Tuesday 26 October.")
    got = [m for m in mentions(text, "2022-06-13") if m.type == "stay"]
    assert len(got) == 1 and got[0].timex_end_id is not None
    tl = built(("growers", "2022-06-13", text))
    assert [(e.start.isoformat(), e.end.isoformat()) for e in tl.events if e.type == "stay"] == [
        ("2021-10-24", "2021-10-25")]


def test_rested_for_two_days_after_an_arrival_at_night():
    text = ("Medics here remember the October 2021 caravan, which left Tapachula before dawn on Saturday the 23rd. It "
            "reached Huixtla that night, rested for two days and left for Escuintla at 4 a.m. on Tuesday, Oct. 26.")
    got = [m for m in mentions(text, "2023-12-29") if m.type == "stay"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2021-10-24", "2021-10-25")]


def test_a_return_by_a_day_and_a_past_perfect_inside_the_trigger():
    text = ("The caravan of October 2020 set out from San Pedro Sula before dawn on Thursday, Oct. 1, crossed into "
            "Guatemala at Corinto that afternoon and was bused home by Oct. 5.")
    got = [m for m in mentions(text, "2021-10-30") if m.type == "return"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2020-10-02", "2020-10-05")]
    text = ("The caravan left San Pedro Sula before dawn on Thursday 1 October 2020 and crossed into Guatemala at "
            "Corinto that afternoon. Guatemalan buses had carried most of them home by 5 October.")
    got = [m for m in mentions(text, "2021-06-16") if m.type == "return"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2020-10-02", "2020-10-05")]


def test_done_by_the_day_a_departure_was_told_keeps_that_day():
    text = ("The main group set off from the Plaza Salvador del Mundo in San Salvador on Wednesday, Oct. 31. A smaller "
            "group of about 300 Salvadorans had left from the same plaza on Sunday, Oct. 28. By Wednesday evening the "
            "column had crossed into Guatemala at La Hachadura.")
    got = [m for m in mentions(text, "2018-11-03") if m.type == "cross_border"]
    assert [m.time.start.isoformat() for m in got] == ["2018-10-31"]


def test_sent_back_within_days_after_a_crossing_is_the_week_after_it():
    text = ("During the October caravan, which left San Pedro Sula on the night of Wednesday, Sept. 30, crossed at "
            "Corinto the next day and was sent back within days, the firm billed the consortium for 14 trips.")
    got = [m for m in mentions(text, "2021-03-15") if m.type == "return"]
    assert [(m.time.start.isoformat(), m.time.end.isoformat()) for m in got] == [("2020-10-01", "2020-10-08")]


def test_an_offer_to_the_walkers_is_an_official_statement():
    text = ("Yesterday, Mexico's president offered the walkers papers and jobs if they stayed in the southern states "
            "of Chiapas and Oaxaca.")
    assert ("statement", "2018-10-26") in dated(text, "2018-10-27")


def test_most_of_a_thing_reaching_a_town_is_no_group_arriving():
    assert not [m for m in mentions("Most fuel reaches Tecún Umán by road from the Pacific terminals.", "2020-01-27")
                if m.type == "arrive"]
    for text in ("Thousands more reached Tijuana on Tuesday.", "Most had reached Tijuana by Tuesday.",
                 "Most eventually reached Tijuana on Tuesday."):
        assert [m.type for m in mentions(text, "2020-01-27")] == ["arrive"], text


def test_a_group_that_set_off_from_the_same_town_weeks_later_has_its_own_first_days():
    text = ("MAPASTEPEC, Mexico — The caravan that left Tapachula on Saturday 23 October arrived in Mapastepec in the "
            "afternoon of Wednesday 27 October and left our town before dawn on Friday the 29th.\n\n"
            "Now a second group, which left Tapachula last Thursday, is walking up the coast highway. Civil "
            "protection tells us that it spent the weekend in Huixtla.")
    tl = built(("school", "2021-11-22", text))
    by_type = {(e.type, e.place): e.caravan for e in tl.events}
    departures = sorted((e.date, e.caravan) for e in tl.events if e.type == "depart")
    assert [d for d, _ in departures] == ["2021-10-23", "2021-11-18"]
    assert by_type[("stay", "Huixtla")] == departures[1][1] != departures[0][1]
