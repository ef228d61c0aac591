"""Events from the thirty-third round: a story told day by day across a paragraph, days joined by "through ...
and ...", a group taken home, papers handed to members.  Texts written for these tests in the style of news
stories."""

from __future__ import annotations

from event_helpers import built, dated, mentions, timexes


def test_a_story_week_goes_on_past_a_quotation_and_a_paragraph_break():
    text = ("TECÚN UMÁN, Guatemala — Diesel ran short for a week. On Saturday, Jan. 18, Mexico shut the gate on "
            "the bridge in front of some 3,500 migrants. The trucks behind them could not move. \"Saturday and Sunday "
            "we sold everything,\" a station owner said.\n\n"
            "Early Monday, hundreds of walkers waded across the Suchiate, and on Tuesday Guatemala began taking the "
            "Hondurans home by bus.")
    got = dated(text, "2020-01-27")
    assert ("cross_border", "2020-01-20") in got
    assert ("return", "2020-01-21") in got
    assert not [d for t, d in got if t == "cross_border" and d != "2020-01-20"]


def test_a_weekday_back_at_the_speech_time_is_not_counted_on_from_the_story_week():
    # "this week" between the story's day and the weekday brings the story back to the week of publication
    text = ("SAN PEDRO SULA, Honduras — Neighbours left together that Friday, Oct. 12, 2018. This agency found four "
            "of them in Tijuana this week. At the terminal, on Friday the ticket sellers said none of the buses had "
            "been full.")
    got = {k: r.value for k, r in timexes(text, "2019-10-12").items()}
    assert got["Friday"] == "2019-10-11"


def test_a_weekday_after_said_in_an_interview_is_the_day_of_the_telling():
    text = ("The caravan left San Pedro Sula late on Thursday, Jan. 14, and soldiers broke up the crowd on Sunday, "
            "Jan. 17. \"People give up in hours,\" the geographer said in an interview on Tuesday.")
    got = {k: r.value for k, r in timexes(text, "2021-06-16").items()}
    assert got["Tuesday"] == "2021-06-15"


def test_a_stay_through_two_days_joined_by_and_runs_over_both():
    tl = built(("paper", "2021-10-30", "HUIXTLA, Mexico — The caravan left Tapachula at 5 a.m. on Saturday, Oct. 23, "
                                       "and reached Huixtla's park at dusk. The walkers stayed through Sunday and "
                                       "Monday, and at 4 a.m. on Tuesday they set off again toward Escuintla."))
    stays = [e for e in tl.events if e.type == "stay"]
    assert [(str(e.start), str(e.end)) for e in stays] == [("2021-10-24", "2021-10-25")]


def test_a_stay_told_by_its_length_in_the_sentence_after_the_arrival_starts_the_next_day():
    text = ("In October last year, a caravan of some 3,000 walkers left Tapachula on Saturday, Oct. 23, and reached "
            "Huixtla's park that evening. It stayed two full days and walked out at 4 a.m. on Tuesday, Oct. 26.")
    stay = next(m for m in mentions(text, "2022-06-11") if m.type == "stay")
    assert (str(stay.time.start), str(stay.time.end)) == ("2021-10-24", "2021-10-25")
    assert "the arrival" in stay.time.reason


def test_an_it_after_a_sentence_opened_by_it_was_stands_for_the_group_that_sentence_names():
    text = ("SAN YSIDRO — A few hundred people stood at the border fence and sang. It was Sunday, April 29, 2018, "
            "and the spring caravan had reached the end of its road.\n\n"
            "It had set out from Tapachula on Palm Sunday, March 25, walking as a Via Crucis procession.")
    assert ("depart", "2018-03-25") in dated(text, "2024-04-27")


def test_a_smaller_one_stands_for_a_caravan_in_a_text_about_caravans():
    text = ("What is a caravan? The long walk north\n\n"
            "Is this the first caravan? No. In the spring, a smaller one set off from Tapachula on Palm Sunday, "
            "March 25, 2018.")
    assert ("depart", "2018-03-25") in dated(text, "2018-10-27")


def test_the_very_next_day_counts_from_the_day_told_and_belongs_to_the_clause_after_and():
    text = ("On April 29 the spring caravan reached the fence at Tijuana, and the very next day some of its families "
            "asked the United States for asylum.")
    got = dated(text, "2018-10-27")
    assert ("arrive", "2018-04-29") in got
    assert ("asylum", "2018-04-30") in got


def test_papers_handed_to_a_caravans_members_are_an_asylum_event():
    text = ("Owners compare it with January 2019, when Mexico handed members of that year's caravan humanitarian "
            "visitor cards on the bridge from Jan. 17.")
    assert ("asylum", "2019-01-17") in dated(text, "2020-01-27")


def test_pushed_back_taken_home_crossed_on_rafts_and_a_march_of_migrants_are_events():
    text = ("On Monday, Jan. 20, hundreds waded the river and were pushed back by the National Guard, and the trucks "
            "did not move until Guatemala began taking the Hondurans home by bus on Jan. 21. Shippers recall the "
            "second caravan of October 2018, which clashed with police on the bridge on Sunday, Oct. 28; from the "
            "next day, thousands crossed below it on rafts. After a march of migrants toward the El Chaparral "
            "crossing on Sunday, Nov. 25, 2018, U.S. authorities shut the San Ysidro port for about five hours.")
    got = dated(text, "2020-02-20")
    assert {("block", "2020-01-20"), ("return", "2020-01-21"), ("cross_border", "2018-10-29"),
            ("march", "2018-11-25")} <= got


def test_one_person_driven_back_to_honduras_is_no_block():
    text = "He was driven back to Honduras the next day, according to his lawyer."
    assert not [m for m in mentions(text, "2018-10-20") if m.type == "block"]


def test_a_date_fronted_after_and_in_the_next_clause_does_not_date_the_clause_before():
    text = ("Early Monday, Jan. 20, hundreds of walkers waded across the Suchiate. The National Guard pushed most of "
            "them back onto the Guatemalan bank within hours, and on Tuesday Guatemala began busing Hondurans home.")
    got = dated(text, "2020-01-27")
    assert ("block", "2020-01-20") in got
    assert ("return", "2020-01-21") in got


def test_a_stay_told_through_a_day_after_an_arrival_and_the_walk_out_after_it():
    text = ("The most recent caravan left Tapachula on Christmas Eve 2023. The town's civil protection office says "
            "its vanguard arrived there around midday on Tuesday, Dec. 26; it rested in the park through Wednesday "
            "and walked out before dawn on Thursday toward Escuintla.")
    ms = mentions(text, "2024-04-27")
    stay = next(m for m in ms if m.type == "stay")
    assert (str(stay.time.start), str(stay.time.end)) == ("2023-12-26", "2023-12-27")
    assert "from the arrival" in stay.time.reason
    # leaving, from no place named, right after the sentence's stop: the march going on, not a caravan setting off
    assert [(m.type, str(m.time.start)) for m in ms if m.trigger == "walked out"] == [("march", "2023-12-28")]


def test_a_look_back_years_later_dates_its_feast_and_season_in_the_storys_year():
    text = ("SAN YSIDRO — It was Sunday, April 29, 2018, and the caravan had reached the end of its road. It had set "
            "out from Tapachula on Palm Sunday, March 25. President Trump tweeted about it on Easter Sunday.")
    tl = built(("column", "2024-04-27", text))
    assert not [e for e in tl.events if str(e.start).startswith("2024")]
    got = timexes(text, "2024-04-27")
    assert got["Easter Sunday"].value == "2018-04-01"
    assert "a day of an earlier year" in got["Easter Sunday"].reason


def test_started_walking_from_a_meeting_place_is_the_departure_and_again_is_the_march():
    text = ("On Saturday, Oct. 13, a few hundred people met at the bus station in the city of San Pedro Sula and "
            "started walking north. After a standoff of two hours on Monday, the migrants began walking again.")
    got = [(m.type, m.rule) for m in mentions(text, "2018-10-27") if "walking" in m.trigger]
    assert got == [("depart", "depart.start_walking"), ("march", "march.resume")]


def test_a_headline_about_what_the_caravan_leaves_behind_is_no_departure():
    text = ("Caravan leaves Tecún Umán's fuel pumps dry\n\n"
            "TECÚN UMÁN, Guatemala — The tanker from Escuintla finally got through late on Friday.")
    assert not [m for m in mentions(text, "2020-01-27") if m.type == "depart"]


def test_a_country_and_its_president_told_as_the_speaker_merge_either_way():
    tl = built(
        ("a", "2021-01-25", "He called on Friday, Jan. 15, from El Florido, where the group crossed into Guatemala. "
                            "Guatemala had declared a state of prevention the evening before."),
        ("b", "2021-01-28", "The caravan set out from San Pedro Sula on the night of Thursday 14 January. Guatemala's "
                            "president had declared a state of prevention in seven departments that Thursday evening."),
    )
    statements = [e for e in tl.events if e.type == "statement"]
    assert len(statements) == 1 and set(statements[0].sources) == {"a", "b"}


def test_it_stands_for_the_group_after_a_fronted_phrase_in_the_sentence_before():
    text = ("After eleven hours on the road, the group spent Monday night in Álvaro Obregón. On Tuesday it arrived "
            "in Huixtla in the evening, after hours in 40-degree heat.")
    assert ("arrive", "2022-06-07") in dated(text, "2022-06-08")
