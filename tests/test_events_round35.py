"""Events from the thirty-fifth round: the day of an attempt dates the clauses after it, "it" carried through a
sentence that names the caravan only as "it", "the city" named in the sentence's main clause, a column back on
the road before a clock time, tents pitched, a president railing on Twitter, a caravan named by its month, a
caravan's possessive, one person leaving "with this month's caravan", and a count after a relative clause's day.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, dated, mentions


def test_the_day_of_an_attempt_dates_the_clash_in_its_sentence():
    text = ("The group had left Ciudad Tecún Umán on Oct. 2. On Saturday, Nov. 17, several hundred people from the "
            "shelter tried to march on the Otay Mesa crossing of the border and were met with tear gas fired from the "
            "U.S. side.")
    got = [m for m in mentions(text, "2018-11-24") if m.type == "block"]
    assert got and {m.time.value for m in got} == {"2018-11-17"}


def test_a_plan_still_does_not_date_the_narrative():
    # "planned to march on Saturday": the plan's day is not when anything told here happened
    text = ("The caravan rested in Mexicali on Thursday. Organizers planned to march on the crossing on Saturday, "
            "and police fired tear gas at the shelter.")
    got = [m for m in mentions(text, "2018-11-16") if m.type == "block"]
    assert [m.time.value for m in got] != ["2018-11-17"]


def test_it_carried_through_a_sentence_that_names_the_caravan_as_it():
    text = ("Mr. Ochoa drove down to Tapachula on Dec. 20 and watched from a gas station when the caravan left the "
            "city on the morning of Dec. 22. He caught up with it in Huixtla, where its first walkers arrived late "
            "on Saturday. It camped in the town's soccer field through Sunday.")
    got = [m for m in mentions(text, "2023-12-29") if m.type == "stay"]
    # (from the arrival told in the sentence before through Sunday: round 36)
    assert [(str(m.time.start), str(m.time.end), [p.place.name for p in m.places]) for m in got] == \
        [("2023-12-23", "2023-12-24", [])]


def test_the_city_is_the_town_named_in_the_main_clause_before_it():
    text = ("MEXICO CITY — A singer spent the holidays with migrants.\n\n"
            "Ortega, 41, flew to Tapachula on Dec. 20 and waited by the road when the caravan left the city at dawn "
            "on Dec. 22.")
    got = [m for m in mentions(text, "2024-01-05") if m.type == "depart"]
    assert [[p.place.name for p in m.places] for m in got] == [["Tapachula"]]


def test_on_the_road_to_a_town_before_a_clock_time_is_the_march_resumed():
    text = ("The walkers slept in the plaza through Sunday and were on the road to Pijijiapan before 4 a.m. on "
            "Monday, Nov. 1; the tarps stayed behind.")
    got = [m for m in mentions(text, "2021-11-06") if m.type == "march"]
    assert [m.time.value for m in got] == ["2021-11-01T04:00"]


def test_it_took_the_highway_toward_a_town():
    text = ("The caravan reached Mapastepec at dusk on Friday, Oct. 29, and stayed in the park over the weekend. "
            "At 3 a.m. on Monday it took the highway toward Pijijiapan.")
    assert ("march", "2021-11-01") in dated(text, "2021-11-06")


def test_it_camped_and_was_back_on_the_highway():
    text = ("The caravan reached Escuintla on Monday, Jan. 1. It camped in the town's market square through Tuesday "
            "and was back on the highway to Acapetahua before dawn on Wednesday.")
    got = {(m.type, m.time.value[:10]) for m in mentions(text, "2024-01-12")}
    assert ("march", "2024-01-03") in got


def test_before_a_number_of_people_still_opens_a_clause():
    text = "The bridge gate was opened on Friday before 3,000 migrants crossed into Mexico on Saturday."
    got = [m for m in mentions(text, "2018-10-22") if m.type == "cross_border"]
    assert [m.time.value for m in got] == ["2018-10-20"]


def test_pitched_its_tents_is_a_stay():
    text = ("The caravan walked out of Tapachula on Monday, June 6, 2022, and pitched its tents on the baseball field "
            "in Huixtla.")
    got = [m for m in mentions(text, "2022-06-20") if m.type == "stay"]
    assert [[p.place.name for p in m.places] for m in got] == [["Huixtla"]]


def test_a_president_railing_against_the_caravan_on_easter():
    text = ("In 2018 he walked with the spring caravan that left Tapachula on Palm Sunday, March 25. President Trump "
            "railed against it on Twitter that Easter.")
    got = [m for m in mentions(text, "2024-04-20") if m.type == "statement"]
    assert [m.time.value for m in got] == ["2018-04-01"]


def test_a_caravan_named_by_its_month_does_not_date_the_night_told():
    text = ("CIUDAD HIDALGO, Mexico — Late on Sunday, as the eclipse began, a volunteer set up a telescope at the "
            "Mexican end of the bridge, where hundreds of Hondurans from the January caravan were camped waiting for "
            "papers.")
    got = [m for m in mentions(text, "2019-01-22") if m.type == "stay"]
    assert [m.time.value for m in got] == ["2019-01-20"]


def test_a_caravan_named_by_its_month_dates_a_sentence_that_has_no_other_date():
    text = "Mexico handed out humanitarian visas on the bridge to members of the January caravan."
    got = [m for m in mentions(text, "2019-03-10") if m.type == "asylum"]
    assert [m.time.value for m in got] == ["2019-01"]


def test_it_after_the_caravans_possessive():
    text = ("Her route matched the caravan's. It arrived in the Guatemalan border town of Tecún Umán on Friday, "
            "Jan. 17.")
    got = [m for m in mentions(text, "2020-02-01") if m.type == "arrive"]
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2020-01-17", ["Tecún Umán"])]


def test_one_person_leaving_with_this_months_caravan():
    text = ("He is 15. He had left from the bus terminal ten days earlier, on Wednesday, Jan. 15, with this month's "
            "caravan and without his parents.")
    assert ("depart", "2020-01-15") in dated(text, "2020-01-25")


def test_one_person_spending_days_with_that_caravan_is_no_stay():
    text = "I spent the last days of December with that caravan as a volunteer driver."
    assert not [m for m in mentions(text, "2024-01-15") if m.type == "stay"]


def test_a_count_after_a_relative_clauses_day_framed_by_its_year():
    text = ("In 2018, at 70, she walked with the spring caravan that left Tapachula on Palm Sunday, March 25, roughly "
            "1,200 people by the usual tally.")
    got = [m for m in mentions(text, "2023-12-30") if m.type == "size"]
    assert [(m.time.value, m.group_size) for m in got] == [("2018-03-25", 1200)]


def test_a_stay_after_a_relative_clauses_day_keeps_the_sentences_other_date():
    # the stay is not the departure's day: the month the sentence gives frames it
    text = ("In June 2022 a caravan that had left Tapachula on 6 June stayed in the sports field at Huixtla for three "
            "days.")
    got = [m for m in mentions(text, "2024-11-10") if m.type == "stay"]
    assert [m.time.value for m in got] != ["2022-06-06"]


def test_what_a_correction_takes_back_is_not_an_event():
    text = ("The first of these caravans left Tapachula on Saturday, Aug. 28.\n\n"
            "Correction: An earlier version of this article said the caravan reached Huixtla on Sunday, Aug. 29.")
    got = [m for m in mentions(text, "2021-09-05") if m.type == "arrive"]
    assert [(m.modality, m.time.value) for m in got] == [("negated", "2021-08-29")]


def test_reaching_a_country_through_a_crossing_is_a_border_crossing():
    text = ("Before dawn on Thursday, Oct. 1, the caravan left San Pedro Sula. It reached Guatemala through the "
            "Corinto crossing that afternoon.")
    got = [m for m in mentions(text, "2020-10-14") if m.type in ("arrive", "cross_border")]
    assert [(m.type, m.time.value) for m in got] == [("cross_border", "2020-10-01TAF")]


def test_reaching_a_town_is_still_an_arrival():
    text = "The caravan reached Tecún Umán, on the Guatemalan side of the river, on Friday, Jan. 17."
    assert [m.type for m in mentions(text, "2020-01-30")] == ["arrive"]


def test_a_caravan_that_set_off_from_the_same_town_a_week_later_has_its_own_first_days():
    text = ("HUIXTLA, Mexico — About 400 migrants set out from Tapachula at about 4 a.m. on Saturday, and by the early "
            "afternoon agents had blocked the road outside Huixtla.\n\n"
            "It was the fourth caravan to leave Tapachula since Saturday, Aug. 28, when about 500 people set out from "
            "the city and walked for two days before agents rounded them up in Huixtla on Aug. 30.")
    tl = built(("herald", "2021-09-05", text))
    departures = sorted((e.date, e.caravan) for e in tl.events if e.type == "depart")
    assert [d[:10] for d, _ in departures] == ["2021-08-28", "2021-09-04"]
    blocks = {e.date[:10]: e.caravan for e in tl.events if e.type == "block"}
    assert blocks["2021-09-04"] == departures[1][1] != departures[0][1]


def test_a_count_by_a_long_named_counter_is_a_size():
    text = ("On Sunday, Oct. 21, when the caravan poured into Tapachula — roughly 7,000 people, by a United Nations "
            "agency's count — volunteers set up a kitchen in the square.")
    got = [m for m in mentions(text, "2019-01-22") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in got] == [(7000, "2018-10-21")]


def test_a_count_the_police_estimated_is_a_size():
    text = ("A neighbour saw the caravan leave the bus terminal on the night of Wednesday, Sept. 30, about 2,000 "
            "people, the Honduran police estimated.")
    got = [m for m in mentions(text, "2021-02-01") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in got] == [(2000, "2020-09-30TNI")]


def test_a_count_of_goods_the_police_estimated_is_no_size():
    text = "Smugglers moved about 2,000 crates, the police estimated, before the border closed on Friday."
    assert not [m for m in mentions(text, "2021-02-01") if m.type == "size"]


def test_poured_over_the_border_is_a_crossing():
    text = "He was in the crowd of migrants that poured over the border at El Florido on Jan. 15."
    got = [m for m in mentions(text, "2021-11-03") if m.type == "cross_border"]
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2021-01-15", ["El Florido"])]


def test_a_fronted_stay_before_it_and_an_aside_between_dashes():
    text = ("The caravan reached Huixtla by nightfall on Christmas Day. After resting in the central park on Tuesday "
            "and Wednesday — on Wednesday a U.S. delegation met Mexico's president in Mexico City — it headed out "
            "toward Escuintla before dawn on Thursday.")
    got = {m.type: m for m in mentions(text, "2023-12-30")}
    assert got["stay"].time.value == "2023-12-26"
    assert got["march"].time.value == "2023-12-28TMO"
    assert [p.place.name for p in got["march"].places if p.role == "from"] == ["Huixtla"]


def test_an_event_past_a_dash_is_not_what_an_institution_said():
    text = ("The Pentagon said on Oct. 29 that some 5,200 active-duty soldiers would go to the border — the same day a "
            "second caravan crossed the Suchiate into Mexico on rafts.")
    got = {(m.type, m.time.value) for m in mentions(text, "2018-12-07")}
    assert {("statement", "2018-10-29"), ("cross_border", "2018-10-29")} <= got


def test_an_institution_reporting_the_event_of_its_clause_is_still_only_its_source():
    text = "Mexico's migration institute said on Friday that more than 1,000 people had crossed the river."
    assert not [m for m in mentions(text, "2018-12-07") if m.type == "statement"]


def test_a_name_after_a_semicolon_is_its_clauses_own_subject():
    text = ("By the following Monday Guatemala had sent most of the walkers back to Honduras; Ramos was at her "
            "cousin's house in Choloma by Sunday night.")
    assert not [m for m in mentions(text, "2020-10-14") if m.type == "arrive"]


def test_it_after_a_semicolon_still_stands_for_the_group():
    text = "The caravan rested in Huixtla on Monday; Tuesday it was in Escuintla by nightfall."
    assert ("arrive", "2020-10-13") in dated(text, "2020-10-14")


def test_a_count_before_had_is_the_group_of_the_verb():
    text = ("Honduran officials estimated that about 2,000 people had left with the group; Guatemala's migration "
            "institute said on Thursday that more than 3,000 had entered the country.")
    got = [m for m in mentions(text, "2019-01-19") if m.type == "cross_border"]
    assert [m.time.value for m in got] == ["2019-01-17"]


def test_a_stay_until_a_clause_ends_on_that_clauses_date():
    text = ("The volunteers kept a table outside the Benito Juárez sports complex, where the caravan slept from "
            "Nov. 16 until city officials started moving families to El Barretal, a hall farther from the fence, on "
            "Friday, Nov. 30.")
    tl = built(("sentinel", "2018-12-07", text))
    assert [e.date for e in tl.events if e.type == "stay"] == ["2018-11-16/2018-11-30"]


def test_a_stay_until_a_clause_stops_at_a_new_clause_after_and():
    text = "The caravan camped in Huixtla from Monday until the permits came, and on Friday, Oct. 29, it walked on."
    tl = built(("examiner", "2021-11-06", text))
    assert [e.date for e in tl.events if e.type == "stay"] == ["2021-11-01"]


def test_a_state_of_prevention_told_a_day_apart_by_two_sources_is_one_measure():
    tl = built(("a", "2020-10-06", "Guatemala declared a state of prevention on the night of Thursday, Oct. 1."),
               ("b", "2021-03-12", "Guatemala declared a state of prevention on 2 October 2020."))
    got = [(e.type, e.date, sorted(e.sources), e.conflict) for e in tl.events]
    assert got == [("statement", "2020-10-01/2020-10-02", ["a", "b"], True)]


def test_other_statements_a_day_apart_stay_two():
    tl = built(("a", "2020-10-06", "Guatemala's president condemned the caravan on Thursday, Oct. 1."),
               ("b", "2021-03-12", "Guatemala's president condemned the caravan on 2 October 2020."))
    assert len([e for e in tl.events if e.type == "statement"]) == 2


def test_where_with_an_insertion_after_it_still_names_the_town_before():
    text = ("The chef caught up with the caravan in Huixtla, where, by the account of a kitchen she cooked with, its "
            "front arrived shortly after midday on Tuesday, Dec. 26.")
    got = [m for m in mentions(text, "2024-01-12") if m.type == "arrive"]
    assert [[p.place.name for p in m.places] for m in got] == [["Huixtla"]]


def test_marched_straight_back_is_a_block():
    text = ("She waded the Suchiate at daybreak on Monday, Jan. 20, and was marched straight back to the Guatemalan "
            "side.")
    got = {m.type for m in mentions(text, "2020-10-14")}
    assert "block" in got and "march" not in got


def test_done_by_a_part_of_the_day_told_just_before_is_that_day():
    text = ("The caravan reached the river on Saturday, Jan. 18. The test came early Monday, Jan. 20. Several hundred "
            "migrants stepped into the Suchiate and climbed the Mexican bank. By late morning most had been herded "
            "back into the water.")
    got = [m for m in mentions(text, "2020-01-27") if m.rule.startswith("block.stopped")]
    assert [m.time.value for m in got] == ["2020-01-20TMO"]


def test_a_state_since_a_day_joins_the_event_of_that_day():
    # the Saturday closing is dated by its story's context, the Monday tear gas by its own date: the state "since
    # Saturday" covers both, and joins Saturday's
    tl = built(("a", "2020-01-27", "The caravan reached the river on Saturday, Jan. 18. Mexico closed the gate on the "
                                   "Rodolfo Robles bridge. On Monday, Jan. 20, the National Guard fired tear gas at "
                                   "migrants on the Rodolfo Robles bridge."),
               ("b", "2020-01-23", "Mexico's gate on the Rodolfo Robles bridge was still shut on Wednesday, as it "
                                   "has been since Saturday."))
    blocks = {e.date: sorted(e.sources) for e in tl.events if e.type == "block"}
    assert blocks == {"2020-01-18": ["a", "b"], "2020-01-20": ["a"]}


def test_tweets_on_a_feast_that_year_after_a_day_of_the_publication_year():
    text = ("On Palm Sunday six years ago, she walked out of Tapachula with the spring caravan. Today, Easter Sunday, "
            "she runs a shelter. The caravan was organized as a Via Crucis, and it drew angry tweets from President "
            "Trump on Easter Sunday that year, April 1.")
    got = [m for m in mentions(text, "2024-03-31") if m.type == "statement"]
    assert [m.time.value for m in got] == ["2018-04-01"]
