"""Events from the fifty-second round: "the one of Jan. 15, 2020" in a notebook of caravans (a departure, and the
count told with it is that day's), "The first he remembers well left ..." (an ordinal standing for a caravan, with a
relative clause and no "that"), "Those who left on Christmas Eve" opening a sentence about caravans, the walk that is
the departure told just before it ("set out from the square before seven and walked north"), the people's origin told
after a count ("many of them from Cuba") that is no place of the count, "about 3,500 of them ... by the tally of its
migration institute", groups that "streamed out of" a city or "slipped away from" a terminal, the group someone
"went out ... with" ("with a small group that slipped away"), "a few hundred who gathered ... and set off", police
that "pulled hundreds of people onto buses", a count before ", and it came the weekend ...", "the great column of
Oct. 23", a caravan named by its day after another has set off (its own departure, not a waypoint), and a block on
the coast of Chiapas at Easter (not the caravan that left San Salvador in January).  Then, from caravan-holdout44:
"the great one of Jan. 15", "on the Sunday after it set out" (no departure of that day), "poured out of ... with the
rest", "walked away from", "the Via Crucis caravans of April 23", "the one he remembers best left ...", "a smaller,
quieter one that left ...", visitor cards "written out", walkers "pushed off the road", "people who started walking"
(a description), "talking of moving on" (not done yet), a count credited at the end of its clause or "tallied", a
departure told again after the night before it, and a date in a relative clause after the mention.  Texts written
for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions
from event_helpers import mentions_of as _of


def test_the_one_of_a_day_in_a_notebook_of_caravans():
    text = ("SAN PEDRO SULA, Honduras — She keeps a school notebook on the caravans under the cash tin. The first "
            "page is for the great caravan of Oct. 13, 2018. Then comes the one of Jan. 15, 2020, some 4,000 strong "
            "by the radio's count, and a note in the margin: \"Oct. 1, 2020 — another one, pushed past the police.\"")
    got = [(m.type, m.time.value) for m in mentions(text, "2022-01-20") if m.type in ("depart", "size")]
    assert ("depart", "2020-01-15") in got
    assert ("size", "2020-01-15") in got  # (the count told with it, not the day in the margin after it)


def test_an_ordinal_with_a_relative_clause_and_no_that_stands_for_a_caravan():
    text = ("HUIXTLA, Mexico — Walkers have been coming up this road for four years, and he can tell the caravans "
            "apart. The first he remembers well left before dawn on Oct. 12, 2019.")
    assert [(m.type, m.time.value) for m in _of(text, "2022-06-09", "depart")] == [("depart", "2019-10-12TMO")]
    # (a person's own leaving is still no caravan's)
    text = ("HUIXTLA, Mexico — He can tell the caravans apart. The first time he left home he was ten years old, "
            "and he left on Oct. 12, 2009.")
    assert _of(text, "2022-06-09", "depart") == []


def test_those_who_left_opening_a_sentence_about_caravans():
    text = ("TAPACHULA, Mexico — A thinner layer of notes dates from a caravan of some 600 Hondurans that left San "
            "Pedro Sula on Jan. 15, 2022. Those who left on Christmas Eve last year, some 10,000 by their organizers' "
            "count, paid him mostly in quetzales.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-10-23")]
    assert ("depart", "2023-12-24") in got and ("size", "2023-12-24") in got
    # (not inside a clause: "documents for those who ...")
    text = ("TAPACHULA, Mexico — The caravan rested in the park. The migration institute said on Monday it would "
            "again offer documents to those who left the park on Tuesday.")
    assert _of(text, "2022-06-08", "depart") == []


def test_the_walk_told_right_after_the_departure_is_the_departure():
    text = ("TAPACHULA, Mexico — This year the season was interrupted. On Sunday, Christmas Eve, a caravan of "
            "migrants set out from the square before seven and walked north past the end of his street.")
    assert [m.type for m in mentions(text, "2023-12-27")] == ["depart"]
    text = ("HUIXTLA, Mexico — The caravan went past his forge this week. It left the city on Monday, several "
            "thousand people behind a banner, its organizers timing it for the summit, and it walked up the shoulder "
            "of the highway in the sun.")
    assert [m.type for m in mentions(text, "2022-06-09")] == ["depart"]
    # a walk on a day of its own is a march
    text = ("HUIXTLA, Mexico — The caravan left Tapachula on Monday and walked on toward Escuintla on Wednesday.")
    assert ("march", "2022-06-08") in [(m.type, m.time.value) for m in mentions(text, "2022-06-09")]


def test_where_the_counted_people_come_from_is_no_place_of_the_count():
    text = ("CIUDAD HIDALGO, Mexico — In October the caravan that left Tapachula before dawn on Oct. 12, some 2,000 "
            "people, many of them from Cuba and from Africa, bought his wood by the armful.")
    size = _of(text, "2020-01-17", "size")
    assert [m.group_size for m in size] == [2000]
    assert "Cuba" not in [p.place.name for p in size[0].places]
    text = ("HUIXTLA, Mexico — On Aug. 28 last year a caravan of some 400, many of them Haitian families, left "
            "Tapachula for the north.")
    size = _of(text, "2022-06-09", "size")
    assert [m.group_size for m in size] == [400]
    assert all(p.place.country != "HT" for p in size[0].places)


def test_a_part_of_a_group_counted_by_an_institute():
    text = ("CIUDAD HIDALGO, Mexico — This week the talk is all of the caravan. Several thousand Hondurans set out "
            "from the bus terminal in San Pedro Sula on Wednesday, and about 3,500 of them passed Guatemala's border "
            "posts by the tally of its migration institute.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-01-17", "size")] == [(3500, "2020-01-15")]


def test_groups_that_stream_out_of_a_city_or_slip_away_from_a_terminal():
    text = ("HUIXTLA, Mexico — One of her shovellers knows that road. He was among the thousands who streamed out "
            "of San Pedro Sula on Jan. 15 in the huge caravan of January.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-09-01", "depart")] == [("depart", "2021-01-15")]
    text = ("SAN PEDRO SULA, Honduras — Her nephew was in it. On March 31 last year he went out again, with a small "
            "group that slipped away from the terminal, and came back again.")
    assert [(m.type, m.time.value) for m in _of(text, "2022-01-20", "depart")] == [("depart", "2021-03-31")]
    # people described by where they came, not a group someone went with
    text = ("TAPACHULA, Mexico — The shelter emptied on Sunday. Since Monday the beds are already filling with "
            "people who arrived after the caravan left.")
    assert _of(text, "2025-01-09", "arrive") == []


def test_a_few_hundred_who_gathered_and_set_off():
    text = ("HUIXTLA, Mexico — His second try was with a few hundred who gathered at the bus terminal after dark "
            "and set off on the night of March 30; he was back home within a fortnight.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-09-01", "depart")] == [("depart", "2021-03-30TNI")]


def test_police_pulling_people_onto_buses_is_a_block():
    text = ("PIJIJIAPAN, Mexico — The caravan was stopped on Monday morning: federal police and migration agents "
            "pulled hundreds of people onto buses on the coastal highway.")
    assert "pulled hundreds of people onto buses" in [m.trigger for m in _of(text, "2019-04-26", "block")]
    text = ("TAPACHULA, Mexico — The caravan began to break apart, as immigration agents loaded the first families "
            "onto buses bound for other states on Tuesday.")
    assert _of(text, "2024-10-24", "block") == []


def test_a_count_before_and_it_came_the_weekend_is_the_departures():
    text = ("TAPACHULA, Mexico — It was not the first caravan to pass his street. The one that left on Sunday, Oct. "
            "29 was as big as this one, as many as 7,000 by its organizers' count, and it came the weekend he had "
            "set aside to start carving for the season.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2023-12-27", "size")] == [(7000, "2023-10-29")]


def test_the_great_column_of_a_day_is_its_departure():
    text = ("HUIXTLA, Mexico — Two months later it was different: the great column of Oct. 23 went past him for "
            "hours and kept going.")
    assert [(m.type, m.time.value) for m in _of(text, "2022-06-09", "depart")] == [("depart", "2021-10-23")]


def test_a_caravan_named_by_its_day_after_another_set_off_is_its_own_departure():
    tl = built(("kiosk", "2025-01-09",
                "TAPACHULA, Mexico — She has done the same for every caravan. The walkers who set out from "
                "Tapachula on Oct. 20 bought water from her. From the caravan of Nov. 5 she got back a gourd a week "
                "later."))
    deps = sorted(str(e.date) for e in tl.events if e.type == "depart")
    assert "2024-11-05" in deps
    assert not [e for e in tl.events if e.type == "march" and str(e.date) == "2024-11-05"]


def test_a_block_on_the_chiapas_coast_at_easter_is_not_the_january_caravan():
    tl = built(("mats", "2019-04-26",
                "PIJIJIAPAN, Mexico — In January she sold mats to the Salvadorans who had set out from the Plaza "
                "Salvador del Mundo in San Salvador on Jan. 16. This week the big caravan of this spring was stopped "
                "on the highway near Pijijiapan on Monday morning, Easter Monday, by federal police and migration "
                "agents."))
    dep = next(e for e in tl.events if e.type == "depart")
    block = next(e for e in tl.events if e.type == "block")
    assert str(dep.date) == "2019-01-16" and str(block.date).startswith("2019-04-22")
    assert block.caravan != dep.caravan


# --- from caravan-holdout44 (read in the same round, after its first run was recorded)


def test_the_great_one_of_a_day_and_the_sunday_after_it_set_out():
    text = ("ZACAPA, Guatemala — He has lost workers to every caravan. In the great one of Jan. 15 last year, some "
            "7,000 by Guatemala's count, he lost two, and both were back within a fortnight, after Guatemalan "
            "soldiers and police drove the column back at Vado Hondo on the Sunday after it set out.")
    got = [(m.type, m.time.value) for m in mentions(text, "2022-01-19")]
    assert ("depart", "2021-01-15") in got and ("size", "2021-01-15") in got and ("block", "2021-01-17") in got
    # the move a day is counted from is no departure of that day
    assert [v for t, v in got if t == "depart"] == ["2021-01-15"]


def test_groups_that_pour_out_with_the_rest_or_walk_away_from_a_city():
    text = ("TAPACHULA, Mexico — Her helper knows the road from further back. In the great caravan of January he "
            "poured out of San Pedro Sula with the rest on Jan. 15, some 9,000 by the reckoning of the rights "
            "groups.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-11-22", "depart")] == [("depart", "2021-01-15")]
    text = ("TAPACHULA, Mexico — He was one of some 600 Hondurans who walked away from San Pedro Sula on Jan. 15, "
            "2022, and Guatemalan police stopped them at the Corinto crossing that same night.")
    assert [(m.type, m.time.value) for m in _of(text, "2024-11-08", "depart")] == [("depart", "2022-01-15")]
    assert _of(text, "2024-11-08", "march") == []


def test_caravans_of_a_day_and_the_one_remembered_best():
    text = ("TAPACHULA, Mexico — He keeps a list of the caravans on the wall. The Via Crucis caravans of April 23, "
            "2023 were slower and older.")
    assert [(m.type, m.time.value) for m in _of(text, "2025-01-15", "depart")] == [("depart", "2023-04-23")]
    text = ("HUIXTLA, Mexico — He has seen three caravans go by. But the one he remembers best left Tapachula on "
            "June 6, 2022, and reached Huixtla the next day.")
    got = [(m.type, m.time.value) for m in mentions(text, "2022-06-08")]
    assert got == [("depart", "2022-06-06"), ("arrive", "2022-06-07")]
    text = ("TAPACHULA, Mexico — It is the third caravan she has dyed for. In November came a smaller, quieter one "
            "that left Tapachula on Thursday, Nov. 18.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-11-22", "depart")] == [("depart", "2021-11-18")]


def test_visitor_cards_written_out_and_walkers_pushed_off_the_road():
    text = ("CIUDAD HIDALGO, Mexico — The Honduran caravan reached the bridge on Jan. 17, and the next day Mexico's "
            "officers began writing out humanitarian visitor cards for the walkers at the bridge.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-01-25", "asylum")] == [("asylum", "2019-01-18")]
    text = ("TAPACHULA, Mexico — He was among those whom Guatemalan soldiers and police pushed off the road at Vado "
            "Hondo on Sunday, Jan. 17.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-11-22", "block")] == [("block", "2021-01-17")]


def test_walkers_who_started_walking_and_talk_of_moving_on():
    text = ("HUIXTLA, Mexico — The caravan that set off from Tapachula on Monday, several thousand people who "
            "started walking as the summit got under way, walked into Huixtla on Tuesday night.")
    assert [m.type for m in mentions(text, "2022-06-08")] == ["depart", "arrive"]
    text = ("HUIXTLA, Mexico — By nine this morning the caravan was still in the square. The walkers were talking "
            "of moving on up the coast.")
    assert [m.modality for m in _of(text, "2022-06-08", "march")] == ["planned"]


def test_a_count_the_clause_ends_by_crediting_and_one_tallied():
    text = ("TAPACHULA, Mexico — It was the city's second caravan of the month. Some 1,000 people had set out from "
            "the city on Thursday, as reporters on the road counted them, and 1,500 by the count of the organizers.")
    assert sorted(m.group_size for m in _of(text, "2021-11-22", "size")) == [1000, 1500]
    text = ("HUEHUETÁN, Mexico, June 7 — A caravan of migrants left Tapachula at first light yesterday and walked "
            "north on the highway, about 1,000 people as reporters on the road tallied them.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2024-06-10", "size")] == [(1000, "2024-06-06TMO")]


def test_a_departure_told_again_after_the_night_before_is_no_march():
    text = ("TAPACHULA, Mexico — He sells luck from a folding chair under the arcades. On Tuesday, as the United "
            "States voted for a president, he watched another caravan leave. The walkers had slept in the park, and "
            "at five in the morning they rolled up their blankets and set off for the highway north.")
    assert [m.type for m in mentions(text, "2024-11-08") if m.type in ("depart", "march")] == ["depart", "depart"]


def test_a_date_in_a_relative_clause_after_the_mention_is_not_its_context():
    text = ("CIUDAD HIDALGO, Mexico — He had watched the first great caravan go over the river too, the one that "
            "left San Pedro Sula on Oct. 13, and had sold it rope.")
    cross = _of(text, "2018-11-01", "cross_border")
    assert [m.time.value for m in _of(text, "2018-11-01", "depart")] == ["2018-10-13"]
    assert cross and cross[0].time.value != "2018-10-13"


# --- from caravan-holdout45 (read in the same round, after its first run was recorded)


def test_counts_of_them_credited_in_a_reckoning_or_by_who_said_it():
    text = ("PIJIJIAPAN, Mexico — It was not the first caravan to pass his table. In January the Salvadorans who left "
            "the Plaza Salvador del Mundo in San Salvador on Jan. 16, some 300 of them in the reckoning of the "
            "reporters who walked alongside, came up this road after weeks on foot.")
    assert [m.group_size for m in _of(text, "2019-04-26", "size")] == [300]
    text = ("SAN PEDRO SULA, Honduras — The walkers left the terminal at 3 a.m. That afternoon the walkers pushed past "
            "the police and soldiers at the Corinto border post, about 3,000 of them, Guatemala's migration "
            "institute said.")
    assert [m.group_size for m in _of(text, "2020-10-06", "size")] == [3000]
    text = ("ZACAPA, Guatemala — The great January caravan, which left San Pedro Sula on Jan. 15, as many as 9,000 "
            "people as the rights groups that followed it reckoned, was turned back at Vado Hondo on Sunday, Jan. 17.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2021-09-01", "size")] == [(9000, "2021-01-15")]


def test_a_month_framing_the_night_before_it_and_getting_past_the_police():
    text = ("CHIQUIMULA, Guatemala — It is the second caravan she has watched break. Last October the one that set out "
            "from the main bus terminal in San Pedro Sula on the night of Wednesday, Sept. 30, some 4,000 people "
            "according to Honduran rights groups, got past the Guatemalan police at the Corinto border post the next "
            "afternoon.")
    got = [(m.type, m.time.value, m.group_size) for m in mentions(text, "2021-01-20")]
    assert got == [("depart", "2020-09-30TNI", None), ("size", "2020-09-30TNI", 4000),
                   ("cross_border", "2020-10-01TAF", None)]
    # (a day another verb tells is not the month's: "left Honduras in mid-October and reached Mexico City on Nov. 4")
    text = ("TIJUANA, Mexico — Most of the caravan, which left Honduras in mid-October and reached Mexico City on Nov. "
            "4, began arriving in Tijuana about ten days later.")
    assert [m.time.value for m in _of(text, "2018-11-26", "depart")] == ["2018-10"]


def test_someone_who_left_a_place_with_the_group_that_set_out_and_a_column_cut_to_pieces():
    text = ("HUIXTLA, Mexico — His helper came north the hard way. He had left the bus terminal in San Pedro Sula with "
            "the small group that set out on March 31 last year.")
    assert [(m.trigger, m.time.value) for m in _of(text, "2022-06-09", "depart")] == [("set out", "2021-03-31")]
    text = ("HUIXTLA, Mexico — On Aug. 28 last year a column of some 400 people walked out of Tapachula, and the next "
            "day the National Guard and the migration agents cut it to pieces on the highway just outside Huixtla.")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in _of(text, "2022-06-09", "block")] == [
        ("2021-08-29", ["Huixtla"])]


def test_the_side_of_a_town_is_no_place_of_the_event():
    text = ("PIJIJIAPAN, Mexico — On Monday morning he watched federal police and migration agents stop the caravan on "
            "the highway a few kilometres short of town, on the Mapastepec side.")
    block = _of(text, "2019-04-26", "block")
    assert [p.role for m in block for p in m.places if p.place.name == "Mapastepec"] == ["mention"]


# --- from caravan-holdout46 (read in the same round, after its first run was recorded)


def test_pilgrims_and_the_first_and_far_larger_one():
    text = ("CIUDAD HIDALGO, Mexico — In March he watched the Via Crucis pilgrims who left Tapachula on Palm Sunday "
            "carry their cross past the cathedral.")
    assert [(m.type, m.time.value) for m in _of(text, "2018-10-24", "depart")] == [("depart", "2018-03-25")]
    text = ("TAPACHULA, Mexico — It was the second caravan of the autumn. The first and far larger one left the city on "
            "Saturday, Oct. 23, some 3,000 people in the tally of Mexico's migration institute.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-11-22", "depart")] == [("depart", "2021-10-23")]


def test_shouldering_past_police_and_barring_a_caravans_way():
    text = ("CHIQUIMULA, Guatemala — Last October a smaller one forced the Guatemalan checkpoint at Corinto, "
            "shouldering past its police and troops, on Oct. 1.")
    assert [(m.type, m.time.value) for m in mentions(text, "2021-01-21") if m.type == "cross_border"] == [
        ("cross_border", "2020-10-01")]
    text = ("SAN PEDRO SULA, Honduras — The caravan set off before dawn on Saturday. On Sunday Guatemalan police and "
            "soldiers barred its way at the Corinto crossing.")
    assert [(m.type, m.time.value) for m in _of(text, "2022-01-19", "block")] == [("block", "2022-01-16")]


def test_counts_as_leaders_had_it_souls_tallied_and_organizers_claimed():
    text = ("TAPACHULA, Mexico — Before them went the great column of Christmas Eve of 2023, 10,000 walkers as its "
            "leaders had it, which he remembers because it left in the dark.")
    assert [m.group_size for m in _of(text, "2025-01-14", "size")] == [10000]
    text = ("TAPACHULA, Mexico — It was the second caravan in just over two weeks. The first left the city on Sunday, "
            "Oct. 20, some 2,500 souls as the press on the road tallied them.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2024-11-09", "size")] == [(2500, "2024-10-20")]
    text = ("TAPACHULA, Mexico — The biggest buyers were the walkers of the caravan of Oct. 23, 2021, 4,000 people, its "
            "organizers claimed, who emptied the stall in two hours.")
    assert [m.group_size for m in _of(text, "2023-11-03", "size")] == [4000]


def test_a_season_before_the_count_of_a_group_that_left_on_a_day():
    text = ("TAPACHULA, Mexico — A Salvadoran who had spent that summer in the city sewed the flags with her, and left "
            "that city with a caravan of some 1,000 people that walked out of it on Friday, Nov. 19, before dawn.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2023-11-03", "size")] == [(1000, "2021-11-19")]


# --- from caravan-holdout47 (read in the same round, after its first run was recorded)


def test_the_first_with_a_relative_clause_and_taking_the_highway_out_of_a_city():
    text = ("CIUDAD HIDALGO, Mexico — She had already watched one caravan through this autumn. The first, which had set "
            "off from San Pedro Sula on Oct. 13, crossed the river into Mexico on Saturday, Oct. 20.")
    got = [(m.type, m.time.value) for m in mentions(text, "2018-11-01")]
    assert ("depart", "2018-10-13") in got and ("cross_border", "2018-10-20") in got
    text = ("TAPACHULA, Mexico — Before dawn on Saturday a caravan of migrants took the highway north out of this city, "
            "about 2,000 people by the estimate of reporters who walked along.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-10-15", "depart")] == [("depart", "2019-10-12TMO")]


def test_counts_its_leaders_told_or_the_men_who_organized_it():
    text = ("TAPACHULA, Mexico — The great caravan of Dec. 24, 2023, 10,000 people, its leaders said, went past his "
            "door.")
    assert [m.group_size for m in _of(text, "2025-01-16", "size")] == [10000]
    text = ("TAPACHULA, Mexico — He remembers the caravan that left on Oct. 29 last year, 7,000 people according to the "
            "men who organized it.")
    assert [m.group_size for m in _of(text, "2024-10-23", "size")] == [7000]


def test_nobody_walking_is_no_march():
    text = ("PIJIJIAPAN, Mexico — The caravan was broken up on Monday. This morning the police trucks came by again, "
            "slowly, and nobody was walking.")
    assert [m.modality for m in _of(text, "2019-04-26", "march")] == ["negated"]
