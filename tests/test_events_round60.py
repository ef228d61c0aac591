"""Events from the sixtieth round, from caravan-holdout64: "a few hundred" who set off or started north; "the first
one" of a sentence opened by a date, whose second verb is the departure; "The first started from the same doors" on
a day of its own; a year after "in" ("He began in 2003"), which is no count of people moving with anyone; a big one
"tired of waiting at the closed gate" that "paddled over" (a crossing, and no closing); officers who "began taking
down the names" of a caravan's people; "one more went out of the park" and "he saw another leave"; a caravan that
"left from in front of the cathedral" (and "Three caravans had left from the park", several told at once); a caravan
that "came down the street ... and turned toward the highway", "about 5,000, as the local press put it"; walkers who
"went out with their cross on March 24"; "The next day, she heard, it reached Huixtla"; a day named by an event in
another city ("the day the new president took office in Mexico City"); "a caravan left it" after "The park had
filled"; "her pot went home"; the first caravan "from Honduras" that floated over; and a departure from a spot of the
dateline's town weeks after another caravan left that town, a caravan of its own.  Texts written for these tests in
the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions


def _places(text: str, pub: str, type_: str) -> list[list[tuple[str, str]]]:
    return [[(p.place.name, p.role) for p in m.places] for m in mentions(text, pub) if m.type == type_]


def test_a_few_hundred_set_off_and_started_north():
    text = ("TAPACHULA, Mexico — It was the fourth caravan to leave her corner this year. On Aug. 28 a few hundred set "
            "off from the park, and in January, on the 29th, a few hundred more started north on foot.")
    assert found(text, "2022-02-03", "depart") == [("set off", "2021-08-28"), ("started north", "2022-01-29")]
    assert _places(text, "2022-02-03", "depart")[0] == [("Tapachula", "from")]


def test_the_first_one_after_a_fronted_date_walked_out():
    text = ("SAN SALVADOR — A second caravan of Salvadorans left the capital yesterday. It was the second column to "
            "leave. On Sunday the first one gathered at the same monument and walked out of the city, roughly 300 "
            "people by the count of reporters.")
    assert ("walked out of", "2018-10-28") in found(text, "2018-11-01", "depart")


def test_the_first_started_from_the_same_doors_on_its_day_and_a_year_after_in_is_no_count():
    text = ("SAN PEDRO SULA, Honduras — The cook has fed three caravans. The first started from the same doors on "
            "Oct. 13, 2018, and he remembers it.")
    assert found(text, "2020-01-18", "depart") == [("started from", "2018-10-13")]
    assert _places(text, "2020-01-18", "depart") == [[("San Pedro Sula", "from")]]
    text = ("TAPACHULA, Mexico — He sells rubber balls from a pole in the park. Correction: The year he began selling "
            "them was given as 2001. He began in 2003.")
    assert found(text, "2024-10-25") == []


def test_a_big_one_tired_of_the_closed_gate_paddled_over():
    text = ("TECUN UMAN, Guatemala — Last year the caravans came one on the heels of another. On Oct. 20 the big "
            "Honduran one, tired of waiting at the closed gate, slid down the bank to the river and paddled over on "
            "rafts of inner tubes.")
    assert found(text, "2019-01-22") == [("paddled over", "2018-10-20")]


def test_officers_began_taking_down_the_names_of_a_caravan():
    text = ("CIUDAD HIDALGO, Mexico — The line has not moved since dawn. Two days ago Mexican migration officers began "
            "taking down the names of the Hondurans of the new caravan on the bridge itself, for humanitarian visas.")
    [m] = mentions(text, "2019-01-22")
    assert (m.type, m.time.value) == ("asylum", "2019-01-20")


def test_one_more_went_out_and_he_saw_another_leave():
    text = ("TAPACHULA, Mexico — Two caravans left in October alone. On Nov. 5 one more went out of the park, and "
            "her stool was the last stall many of them passed.")
    assert found(text, "2025-01-24", "depart")[-1] == ("went out of", "2024-11-05")
    text = ("TAPACHULA, Mexico — It was not the only caravan he has watched go. On June 6 he saw another leave, "
            "1,500 people strong by its organizers' count.")
    assert found(text, "2024-10-25", "depart") == [("leave", "2024-06-06")]


def test_a_caravan_left_from_in_front_of_the_cathedral_and_three_caravans_are_no_event():
    text = ("TAPACHULA, Mexico — On Monday the street outside the market was full. A new caravan, a few hundred strong "
            "at most, left from in front of the cathedral.")
    assert found(text, "2025-01-24", "depart") == [("left from", "2025-01-20")]
    assert _places(text, "2025-01-24", "depart") == [[("Tapachula", "from")]]
    text = ("TAPACHULA, Mexico — Three caravans had left from the park before this one, all since the summer, and she "
            "remembers each by what she sold.")
    assert found(text, "2021-11-20") == []


def test_came_down_the_street_and_turned_toward_the_highway_about_5000_as_the_press_put_it():
    text = ("TAPACHULA, Mexico — On Monday morning, while she was laying out her stall, the caravan came down the "
            "street outside the market and turned toward the highway, thousands of people with flags and pushchairs: "
            "about 5,000, as the local press put it.")
    got = mentions(text, "2023-11-03")
    assert [(m.type, m.time.value) for m in got] == [("depart", "2023-10-30TMO"), ("size", "2023-10-30TMO")]
    assert got[1].group_size == 5000


def test_walkers_went_out_with_their_cross_on_a_day():
    text = ("TAPACHULA, Mexico — The Via Crucis walkers went out with their cross on March 24, Palm Sunday, and he "
            "took the pole home early.")
    assert found(text, "2024-10-25", "depart") == [("went out with their cross on", "2024-03-24")]


def test_the_next_day_she_heard_it_reached_huixtla():
    text = ("TAPACHULA, Mexico — On Monday, before sunrise, a caravan of thousands set off from the outskirts for the "
            "highway north. The next day, she heard, it reached Huixtla, and she has followed it on the radio since.")
    assert found(text, "2022-06-10", "arrive") == [("reached", "2022-06-07")]


def test_a_day_named_by_an_event_in_another_city_is_no_place_of_the_departure():
    text = ("TAPACHULA, Mexico — It was not the only one he has watched go. On Oct. 1, the day the new president took "
            "office in Mexico City, a smaller one of a few hundred set off from the same park.")
    assert _places(text, "2024-10-25", "depart") == [[]]


def test_a_caravan_left_the_park_told_before_as_it():
    text = ("TAPACHULA, Mexico — He sells balls. The park had filled in the dark with people carrying rucksacks, and "
            "at first light a caravan left it for the highway north.")
    assert _places(text, "2024-10-25", "depart") == [[("Tapachula", "from")]]


def test_her_pot_went_home_but_a_caravan_in_his_memory_went_out():
    text = ("TAPACHULA, Mexico — On Oct. 23 a much larger caravan left the park, and for three weeks the park was half "
            "empty and her pot went home half full.")
    assert [m.type for m in mentions(text, "2021-11-24")] == ["depart"]
    text = ("TAPACHULA, Mexico — He remembers the Exodus from Poverty, which in his memory went out on Oct. 29, 2023, "
            "7,000 strong.")
    assert ("went out on", "2023-10-29") in found(text, "2025-01-13", "depart")


def test_the_first_caravan_from_honduras_floated_over():
    text = ("CIUDAD HIDALGO, Mexico — The bridge was a wall that autumn. On Oct. 20 the first caravan from Honduras "
            "floated over on inner tubes lashed to planks.")
    [m] = mentions(text, "2019-01-19")
    assert (m.type, m.time.value) == ("cross_border", "2018-10-20")
    assert all(p.role != "from" for p in m.places)


def test_a_departure_from_the_park_weeks_after_a_caravan_left_the_town_is_a_caravan_of_its_own():
    tl = built(("a", "2021-11-24", "TAPACHULA, Mexico — On Oct. 23 a caravan of some 3,000 people left Tapachula for "
                                   "the north."),
               ("b", "2022-06-10", "TAPACHULA, Mexico — It is not the first caravan she has watched go. Last November "
                                   "one left the park at the centre of town on Nov. 19."))
    departs = sorted((str(e.start), e.caravan) for e in tl.events if e.type == "depart")
    assert [d for d, _ in departs] == ["2021-10-23", "2021-11-19"]
    assert departs[0][1] != departs[1][1]
    assert not [e for e in tl.events if e.type == "march"]


# --- from caravan-holdout65


def test_a_much_larger_one_had_set_off_and_a_bigger_one_had_gone_the_same_way():
    text = ("TAPACHULA, Mexico — The caravan of January met paper at the bridge. In April, on the Monday of Holy Week, "
            "a much larger one had set off from Tapachula, some 3,000 people by the state's count.")
    assert found(text, "2019-10-15", "depart") == [("set off", "2019-04-15")]
    text = ("TAPACHULA, Mexico — She keeps count of every caravan that leaves by the avenue. In October a bigger one "
            "had gone the same way, on the 20th.")
    assert found(text, "2025-01-08", "depart") == [("gone the same way", "2024-10-20")]


def test_the_via_crucis_she_watched_go_and_a_cross_taken_out_of_the_city():
    text = "TAPACHULA, Mexico — She watched the Via Crucis go on Palm Sunday last March from the bench."
    assert found(text, "2025-01-08", "depart") == [("go on", "2024-03-24")]
    text = ("TAPACHULA, Mexico — This spring the marchers of the Via Crucis took their cross past her basins and out of "
            "the city on Holy Monday, April 11.")
    assert [m.type for m in mentions(text, "2022-10-19")] == ["depart"]


def test_took_to_the_road_from_a_city_and_struck_out_for_the_road_north():
    text = ("ESQUIPULAS, Guatemala — The Hondurans took to the road from San Pedro Sula on Friday, thousands of them, "
            "many in face masks.")
    assert found(text, "2021-01-20", "depart") == [("took to the road from", "2021-01-15")]
    text = ("TAPACHULA, Mexico — On Sunday, at five in the morning, the park emptied. A caravan of Venezuelans and "
            "Cubans picked up its bags and its children and struck out for the road north.")
    assert [m.type for m in mentions(text, "2024-10-23")] == ["depart"]


def test_police_fell_on_it_and_troops_drew_a_line_across_the_highway():
    text = ("HUIXTLA, Mexico — The caravan came up this road in April. A week later, on Easter Monday, police and "
            "migration agents fell on it on the coast road outside Pijijiapan and took away 367 people.")
    assert ("block", "2019-04-22") in {(m.type, m.time.value) for m in mentions(text, "2019-10-15")}
    text = ("HUIXTLA, Mexico — The column never reached his tree. On Saturday at noon National Guard troops and "
            "federal migration agents drew a line across the highway where it enters Huixtla from the south.")
    assert [m.type for m in mentions(text, "2019-10-15")] == ["block"]


def test_its_people_were_rowing_themselves_across_the_river():
    text = ("CHIQUIMULA, Guatemala — That one began its march on Oct. 13, 2018, in San Pedro Sula; a week later its "
            "people were rowing themselves across the Suchiate on rafts to the Mexican bank.")
    assert ("cross_border", "2018-10-20") in {(m.type, m.time.value) for m in mentions(text, "2020-01-17")}
