"""Events from the seventieth round.

From caravan-holdout84: a column that "reached the post at Corinto and walked straight through a line of Guatemalan
police" crossed there (the reach of a border post becomes the crossing; walking through a line with no border post is
no event); people "who had been arriving since the afternoon" at a terminal are a crowd gathering, not an arrival, so
the departure after them is no march from a stop; a crowd that "poured out toward the border", a caravan that "came
up that road out of the city center", "A bigger one followed on Oct. 20" (departures); "cards that let them remain in
the country" are papers, and the stay such cards allow is no stay of its own; a count "by the count that the
institute gave out that day" after a departure's day is the count at the departure; police who "broke it apart ...:
on Easter Sunday, according to the diocese's office, and on Easter Monday, according to a statement of the institute"
did so on one of the two days the sources give; a count of "the new caravan" right after a quote that told its
departure, dated by its saying ("she said on Wednesday"), is the count at that departure; "On June 6 a column set out
..., and a second one was stopped on the 21st": the first clause's departure is no newer caravan's; "The first of
this autumn's caravans came through ten days ago. It had begun on Oct. 13" (a departure, "it" the first of the
caravans). From caravan-holdout83: people who "walked straight through the cordon of Guatemalan police at Corinto"
crossed at that post; a place inside a relative clause before the verb ("a small column, mostly Cubans whose
appointments at the U.S. border had been cancelled, left the central park") is not where the column left from;
"several hundred Venezuelans went out into a downpour" (a departure); "they reached the semifinal of a national
schools tournament in Guatemala City" (a stage reached, no arrival). From caravan-holdout85: "the caravan now on this
road left Tapachula" on Christmas Eve, not now; "yet another walked north" on Nov. 5 (a departure); "By the time he
had finished, it was streaming out of the square" (the caravan, not the man of the fronted clause, is the subject);
"Soon after, hundreds of Hondurans from the caravan that set off ... on the 15th ... walked into the Suchiate" on the
morning the sentence before tells, not on the 15th; "a second column was held at the bridge gate by Mexican police",
a column that "came up against a locked steel gate" (blocks; not "She was held at the checkpoint").

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions, mentions_of


def test_reaching_a_border_post_and_walking_through_the_police_line_is_the_crossing():
    text = ("ZACAPA, Guatemala — On Thursday morning the column reached the post at Corinto and walked straight "
            "through a line of Guatemalan police who did not try to stop it.")
    assert found(text, "2020-10-05", "cross_border") == [("reached", "2020-10-01TMO")]
    assert found(text, "2020-10-05", "arrive") == []
    ms = mentions_of(text, "2020-10-05", "cross_border")
    assert ms[0].rule == "cross_border.reach+past_the_line"
    assert [(r.place.name, r.role) for r in ms[0].places] == [("Corinto", "at")]


def test_walking_past_a_police_line_after_reaching_the_crossing_on_the_same_evening():
    text = ("CHIQUIMULA, Guatemala — On the first of October, another column set out from the bus terminal in San "
            "Pedro Sula and reached the Corinto crossing before nightfall, walking past a police line there that let "
            "it through.")
    assert found(text, "2021-01-19", "cross_border") == [("reached", "2020-10-01TEV")]
    assert found(text, "2021-01-19", "arrive") == []


def test_walking_through_a_police_line_with_no_border_post_reached_is_no_crossing():
    text = "On Saturday the marchers walked straight through a line of riot police outside the cathedral in Tapachula."
    assert found(text, "2024-06-10", "cross_border") == []


def test_people_who_had_been_arriving_since_the_afternoon_are_a_crowd_gathering():
    text = ("SAN PEDRO SULA, Honduras — Last Wednesday night, the forecourt of the city's big bus station filled with "
            "people who had been arriving since the afternoon with rucksacks and plastic bags, and in the dark several "
            "thousand of them set off walking toward the Guatemalan frontier.")
    assert found(text, "2020-10-05", "arrive") == []
    assert [t for t, _ in found(text, "2020-10-05", "depart")] == ["set off"]


def test_migrants_arriving_in_a_named_town_since_a_day_still_arrive():
    text = "Migrants had been arriving in Tijuana since Tuesday, many of them on buses from Mexicali."
    assert [t for t, _ in found(text, "2018-11-16", "arrive")] == ["arriving"]


def test_pouring_out_toward_the_border_is_a_departure():
    text = ("SAN PEDRO SULA, Honduras — In January, on the 15th, another crowd filled the same forecourt before "
            "sunrise and poured out toward the border.")
    assert found(text, "2020-10-05", "depart") == [("poured out toward", "2020-01-15TMO")]


def test_coming_up_the_road_out_of_the_city_center_is_a_departure():
    text = ("TAPACHULA, Mexico — On Thursday, well before sunrise, a new caravan came up that road out of the city "
            "center, the second to leave Tapachula this month.")
    assert found(text, "2024-06-24", "depart")[0] == ("came up that road out of", "2024-06-20TMO")


def test_a_bigger_one_followed_on_a_day_is_a_departure():
    text = ("TAPACHULA, Mexico — The autumn brought three caravans. The first left the city on Oct. 1. A bigger one "
            "followed on Oct. 20.")
    assert found(text, "2025-01-23", "depart") == [("left", "2024-10-01"), ("one followed on", "2024-10-20")]
    assert found("No one followed on foot.", "2025-01-23", "depart") == []


def test_cards_that_let_them_remain_are_papers():
    text = ("In January of last year, a cousin of hers was among the Hondurans to whom Mexico, from the 17th, began "
            "handing out, at the Suchiate bridge, cards that let them remain in the country.")
    assert found(text, "2020-10-05", "asylum") == [("cards that let them remain", "2019-01-17")]


def test_the_stay_such_cards_allow_is_no_stay_of_its_own():
    text = ("The next day, Mexican migration officers started handing out cards that let the Hondurans of another "
            "caravan stay in the country for a year.")
    assert [t for t, _ in found(text, "2019-01-18", "asylum")] == [
        "handing out cards that let the Hondurans of another caravan stay"]
    assert found(text, "2019-01-18", "stay") == []


def test_a_count_given_out_that_day_after_the_departure_is_the_count_at_the_departure():
    text = ("TAPACHULA, Mexico — On Thursday, the newest caravan left Tapachula up the coastal road, about 1,000 "
            "people by the count that the federal migration institute gave out that day.")
    size = mentions_of(text, "2021-11-22", "size")[0]
    assert (size.group_size, size.time.value, size.rule) == (1000, "2021-11-18", "size.frame+at_departure")


def test_two_days_each_told_by_its_source_after_a_colon_span_the_event():
    text = ("And in April 2019, on Monday the 15th, a caravan set off from Tapachula. On the coastal highway near "
            "Pijijiapan, federal police and migration agents later broke it apart and put hundreds of its walkers on "
            "buses: on Easter Sunday, according to the diocese's human-rights office, and on Easter Monday, according "
            "to a statement the migration institute issued that week.")
    tl = built(("a", "2021-11-22", text))
    block = next(e for e in tl.events if e.type == "block")
    assert (block.date, block.place) == ("2019-04-21/2019-04-22", "Pijijiapan")
    assert mentions_of(text, "2021-11-22", "block")[0].rule == "block.stop+days_by_sources"


def test_two_days_after_a_colon_without_their_sources_are_no_span():
    text = ("Police broke up two camps in the city: on Sunday, near the market, and on Monday, by the river, where "
            "the last families were sleeping.")
    assert all("+days_by_sources" not in m.rule for m in mentions(text, "2021-11-22"))


def test_walking_through_the_police_cordon_at_a_border_post_is_a_crossing_there():
    text = ("In the autumn, the October caravan had set off late on Wednesday, Sept. 30, from San Pedro Sula, and the "
            "following afternoon its people walked straight through the cordon of Guatemalan police at Corinto, on "
            "the Caribbean side.")
    assert found(text, "2021-01-21", "cross_border") == [("walked straight through the cordon", "2020-10-01TAF")]


def test_a_place_in_a_relative_clause_before_the_verb_is_not_where_the_group_left():
    text = ("TAPACHULA, Mexico — Eight days ago, a small column, mostly Venezuelans and Cubans whose appointments at "
            "the U.S. border had just been cancelled, left the central park at daybreak.")
    dep = mentions_of(text, "2025-01-28", "depart")[0]
    assert [r.place.name for r in dep.places if r.role != "mention"] == []
    assert built(("a", "2025-01-28", text)).events[0].caravan != "2025-01 United States"


def test_going_out_into_a_downpour_is_a_departure():
    text = ("And on Oct. 17 of last year several hundred Venezuelans went out into a downpour, 600 by the count of one "
            "of their organizers.")
    assert found(text, "2023-11-03", "depart") == [("went out into a downpour", "2022-10-17")]


def test_a_count_after_a_quote_dated_by_its_saying_is_the_count_at_the_departure_the_quote_told():
    text = ('ESCUINTLA, Mexico — This week she cancelled that lesson. "Yesterday morning, before five, they set off '
            'from Tapachula, all of them, with children on their shoulders, and by tomorrow they will be on this '
            'road. Nobody can hear a gap in that," she said on Wednesday. The migration institute estimated the new '
            'caravan at about 1,500 people.')
    size = mentions_of(text, "2024-11-07", "size")[0]
    assert (size.group_size, size.time.value, size.rule) == (1500, "2024-11-05TMO", "size.frame+at_departure")


def test_the_first_clause_before_and_a_second_one_is_not_the_newer_caravan():
    text = ("On June 6 a column set out from Tapachula, and a second one was stopped on the 21st by a National Guard "
            "roadblock across the highway south of Huixtla, where it sat for days.")
    ms = {m.type: m for m in mentions(text, "2024-11-07")}
    assert (ms["depart"].later_caravan, ms["block"].later_caravan) == (False, True)
    assert ms["block"].time.value == "2024-06-21"


def test_it_had_begun_on_a_day_after_the_first_of_the_caravans_is_a_departure():
    text = ("Two attempts and a gate: a blood-drawer at the foot of the bridge\n\n"
            "CIUDAD HIDALGO, Mexico — The poster shows a beach in Oaxaca. It has hung there for six years.\n\n"
            "The first of this autumn's caravans came through ten days ago. It had begun on Oct. 13, at the bus "
            "terminal of Honduras's second city, San Pedro Sula.")
    assert found(text, "2018-11-01", "depart") == [("had begun on", "2018-10-13")]
    assert found("It had begun on Monday to rain, and the square was empty.", "2018-11-01", "depart") == []


def test_reaching_the_semifinal_of_a_tournament_is_no_arrival():
    text = ("In 2019 the caravan's youngest walkers reached the semifinal of a national schools tournament in "
            "Guatemala City. On Monday the caravan reached the city of Tapachula.")
    assert found(text, "2020-01-24", "arrive") == [("reached", "2020-01-20")]


def test_now_after_the_group_noun_names_the_caravan_and_does_not_date_its_leaving():
    text = ("ESCUINTLA, Mexico — On Christmas Eve, well before daybreak, the caravan now on this road left Tapachula, "
            "about 7,000 strong, the migration institute reckoned.")
    assert found(text, "2023-12-28", "depart") == [("left", "2023-12-24TMO")]


def test_yet_another_walked_north_on_a_day_is_a_departure():
    text = ("On June 5 another group went out of the city and took with it his helper of two years. On Nov. 5, with "
            "the Americans at their polling stations, yet another walked north.")
    assert [t for t, _ in found(text, "2025-01-09", "depart")] == ["went out of", "another walked north"]


def test_a_person_in_a_fronted_clause_is_not_the_subject_of_it_after_the_comma():
    text = ("On Friday, at a quarter to five in the morning, he was cleaning the big tank in the lobby of a hotel "
            "facing the central square when a caravan formed under the trees outside. By the time he had finished, "
            "it was streaming out of the square and onto the northbound road.")
    assert [(t, v[:10]) for t, v in found(text, "2025-01-09", "depart")] == [("streaming out of", "2025-01-03")]


def test_soon_after_sets_the_main_verbs_after_the_sentence_before_not_on_the_relative_clause_day():
    text = ("On Monday morning, at 7:40, her gauge read 0.62 metres. Soon after, hundreds of Hondurans from the "
            "caravan that set off from Honduras's second city on the 15th came down the Guatemalan bank below her "
            "station and walked into the Suchiate, the water no higher than their knees.")
    assert found(text, "2020-01-23", "cross_border") == [("walked into the Suchiate", "2020-01-20T07:40")]
    assert found(text, "2020-01-23", "depart") == [("set off", "2020-01-15")]


def test_without_such_an_opener_the_relative_clause_day_still_dates_the_main_verb():
    text = ("TAPACHULA, Mexico — A second group that departed on Tuesday was stopped within hours at an immigration "
            "checkpoint.")
    assert [v for _, v in found(text, "2021-09-03", "block")] == ["2021-08-31"]


def test_a_column_held_at_the_bridge_gate_or_coming_up_against_a_locked_gate_is_a_block():
    text = ("In October 2018 the river was higher. Eight days after the 20th a second column was held at the bridge "
            "gate by Mexican police.")
    assert [t for t, _ in found(text, "2020-01-23", "block")] == ["was held at the bridge"]
    text = ("On Sunday it had been Hondurans. A second column from Honduras reached the bridge that afternoon and came "
            "up against a locked steel gate, Mexican federal police in helmets massed behind its bars.")
    assert found(text, "2018-11-05", "block") == [("came up against a locked steel gate", "2018-11-04TAF")]
    assert found("She was held at the checkpoint on Friday.", "2020-01-23", "block") == []
