"""Events from the fiftieth round: police that "halted" a caravan in a relative clause, "held the second Honduran
caravan at" a gate, "closed in on" it or "scattered it" (blocks, no stays), visitor cards "of the kind Mexico issued"
and "giving visitor cards out" (the state's papers), a group that "shoved through" the lines at a border post (a
crossing), officials who "put its strength at" a number, counts "as counted by reporters", "to the journalists who
followed it" and "if its organizers were to be believed", caravans named by their day ("the caravan of Oct. 20", "the
one of Nov. 5": departures on those days), "the road has had little rest" (no stay), walkers who "had gone back to the
road" (no return), "two months later" told after a count (later than the departure, not the count), "as Americans
were choosing a president" (no nationality of the group), a quotation whose words date what they tell, closed by
"she said on Wednesday" (events of the story), the walk of a caravan "that left Tapachula on June 6" (that departure
going on), someone who "walked out of that city" in October "with the caravan that left on Oct. 23" (that
departure, on its day), "31 cabs" Mr. Greenhalgh-Bustillo counted (no count of the group) and walkers who "pushed
through the line" of police at a border post (a crossing), the past of "give", "grind", "repel" and "expel" (the
lexicon had only regular forms), "In 2019 they" (a year, no count), "those who cross ... are expelled" (a rule, no
return) and "..., and the one that left on Nov. 5" (a caravan of its own, not the one before leaving a stop) and
a count "as Guatemala's migration institute counted it" or "in the tally of Guatemalan migration officials" of a
caravan that left San Pedro Sula (not placed there), a gate that "stayed shut", a crowd that "pushed open a metal gate"
or "threw stones at" police, agents who "fired canisters" and Guardsmen who "corralled the groups" (blocks), and
"applications for the Visitor Card", "began to register people for the humanitarian visitor card", "started to give
papers" and "the visitor cards that Mexican officials gave out" (the state's papers), and a caravan that set out
", some 3,000 strong, and was over the border at Corinto by the afternoon" (a crossing, and a count told in passing).
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions
from event_helpers import mentions_of as _of


def test_police_that_halted_a_caravan_in_a_relative_clause_is_a_block():
    text = ("TECÚN UMÁN, Guatemala — Her son followed with the second caravan, which Mexican federal police halted at "
            "the bridge over the Suchiate on Oct. 28, 2018.")
    assert [(m.type, m.time.value) for m in mentions(text, "2020-10-05")] == [("block", "2018-10-28")]
    # a caravan that halts is a stay
    text = "HUIXTLA, Mexico — The caravan halted at the bridge over the river on Sunday to rest."
    assert [m.type for m in mentions(text, "2018-10-30")] == ["stay"]


def test_police_that_held_closed_in_on_or_scattered_a_caravan():
    text = ("CIUDAD HIDALGO, Mexico — On Sunday afternoon Mexican federal police held the second Honduran caravan at "
            "the gate on the Mexican side of the bridge.")
    assert [(m.type, m.time.value) for m in mentions(text, "2018-10-30")] == [("block", "2018-10-28TAF")]
    text = ("PIJIJIAPAN, Mexico — On Monday morning federal police and migration agents closed in on the caravan on "
            "the coastal highway just outside town.")
    assert [(m.type, m.time.value) for m in mentions(text, "2019-04-24")] == [("block", "2019-04-22TMO")]
    text = "CHIQUIMULA, Guatemala — Guatemalan troops scattered it on Sunday at Vado Hondo."
    assert [(m.type, m.time.value) for m in mentions(text, "2021-01-19")] == [("block", "2021-01-17")]


def test_visitor_cards_mexico_issued_or_gave_out_are_the_states_papers():
    text = ("TAPACHULA, Mexico — He left again in January 2019 with a humanitarian visitor card of the kind Mexico "
            "issued at the border bridge from Jan. 17, 2019.")
    assert [(m.type, m.time.value) for m in _of(text, "2020-10-05", "asylum")] == [("asylum", "2019-01-17")]
    text = ("CIUDAD HIDALGO, Mexico — Mexico's migration officers started giving humanitarian visitor cards out at "
            "the bridge on Thursday.")
    assert [(m.rule, m.time.value) for m in _of(text, "2019-01-19", "asylum")] == [
        ("asylum.state_papers", "2019-01-17")]


def test_a_group_that_shoved_through_the_lines_at_a_border_post_crossed():
    text = ("SAN PEDRO SULA, Honduras — On Thursday another group shoved through the Guatemalan lines at the Corinto "
            "post.")
    assert [(m.type, m.time.value) for m in mentions(text, "2020-10-03")] == [("cross_border", "2020-10-01")]


def test_officials_who_put_its_strength_at_a_number_give_a_count():
    text = ("CHIQUIMULA, Guatemala — The caravan crossed into Guatemala on Friday. Guatemalan migration officials put "
            "its strength at some 7,000 by the time it had crossed into the country.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2021-01-18", "size")] == [("2021-01-15", 7000)]


def test_counts_by_reporters_journalists_or_organizers_after_the_number():
    text = ("SAN SALVADOR — On Sunday a group of Salvadorans set out on foot from the capital, some 300 of them as "
            "counted by reporters who went along.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2018-10-31", "size")] == [("2018-10-28", 300)]
    text = ("TAPACHULA, Mexico — Before dawn on Monday a caravan left Tapachula on the highway north, some 5,000 people "
            "to the journalists who followed it on foot and 7,000 to its organizers.")
    assert [(m.group_size, m.actor) for m in _of(text, "2023-11-02", "size")] == [
        (5000, "journalists"), (7000, "organizers")]
    text = ("TAPACHULA, Mexico — Another caravan set out on Dec. 24, 2023, up to 10,000 if its organizers were to be "
            "believed.")
    assert [(m.time.value, m.group_size) for m in _of(text, "2025-01-07", "size")] == [("2023-12-24", 10000)]


def test_a_caravan_named_by_its_day_is_a_departure_on_that_day():
    text = ("TAPACHULA, Mexico — The sacristan rang the bell for the caravan of Oct. 20 and for the one of Nov. 5, "
            "which the migration institute put at 1,500 strong. He rang too for the Via Crucis of April 23 last "
            "year.")
    assert [(m.trigger, m.time.value) for m in _of(text, "2025-01-07", "depart")] == [
        ("caravan of", "2024-10-20"), ("the one of", "2024-11-05"), ("Crucis of", "2024-04-23")]
    # the count in the relative clause is of the one of Nov. 5
    assert [(m.time.value, m.group_size) for m in _of(text, "2025-01-07", "size")] == [("2024-11-05", 1500)]
    # a caravan named by its month or year is no departure
    text = "TAPACHULA, Mexico — The sacristan rang the bell for the caravan of January 2019 and the caravan of 2018."
    assert _of(text, "2025-01-07", "depart") == []
    # someone who left with the caravan of a day: one departure, the leaving's
    text = "TAPACHULA, Mexico — In 2024 she left with the caravan of Wednesday, June 5, some 1,500 walkers."
    assert [(m.trigger, m.time.value) for m in _of(text, "2024-12-07", "depart")] == [("left", "2024-06-05")]


def test_little_rest_and_going_back_to_the_road_are_no_events():
    text = ("HUEHUETÁN, Mexico — It was the fourth caravan to pass her table this year, and the road has had little "
            "rest.")
    assert mentions(text, "2024-11-08") == []
    text = ("PIJIJIAPAN, Mexico — On Monday police broke up the caravan outside town. By noon most had gone back to "
            "the road in twos and threes.")
    assert [m.type for m in mentions(text, "2019-04-24")] == ["block"]


def test_two_months_later_after_a_count_is_later_than_the_departure():
    text = ("TAPACHULA, Mexico — He walked out of this square with the Exodus from Poverty caravan, which left the "
            "city on Oct. 29 last year, as many as 7,000 people by its organizers' count. His feet gave out in "
            "Huixtla, and he came back. Two months later he watched the caravan that walked out on Christmas Eve.")
    # (a count at the departure "last year" tells the day of: dated by it)
    assert [(m.time.value, m.group_size, m.rule) for m in _of(text, "2024-06-08", "size")] == [
        ("2023-10-29", 7000, "size.frame+at_departure")]


def test_americans_choosing_a_president_name_no_nationality_of_the_group():
    tl = built(
        ("a", "2024-11-08", "TAPACHULA, Mexico — The caravan that left Tapachula on Oct. 20 is in Oaxaca now."),
        ("b", "2025-01-07", "TAPACHULA, Mexico — He rang the bell for the caravan of Oct. 20, which set off as "
                            "Americans were getting ready to choose a president."),
    )
    assert [(e.type, e.start.isoformat(), len(e.sources)) for e in tl.events] == [("depart", "2024-10-20", 2)]


def test_a_quotation_closed_by_a_dated_attribution_tells_events_when_it_dates_them():
    text = ("HUEHUETÁN, Mexico — \"Yesterday they left Tapachula before it was light, and by ten they were here,\" she "
            "said on Wednesday, wiping the machete on her apron.")
    assert [(m.type, m.time.value) for m in mentions(text, "2024-11-08")] == [("depart", "2024-11-05")]
    # words that date nothing stay someone's words
    text = ("TAPACHULA, Mexico — \"They pay three months ahead, leave one bag in the room and go,\" he said on Tuesday, "
            "standing among the lockers.")
    assert mentions(text, "2025-01-16") == []


def test_the_walk_of_a_caravan_whose_departure_a_relative_clause_tells_is_that_departure():
    text = ("PUERTO MADERO, Mexico — When the caravan that left Tapachula on June 6 last year walked north, the "
            "fishermen's cooperative sent a truck of ice after it.")
    assert [(m.type, m.time.value) for m in mentions(text, "2023-11-02")] == [("depart", "2022-06-06")]
    # (the month of the main clause is no time of the walk's own)
    text = ("TAPACHULA, Mexico — Last October a much larger caravan, which left the city on the 23rd, walked past his "
            "cart for about an hour.")
    assert [(m.type, m.time.value) for m in mentions(text, "2022-06-08")] == [("depart", "2021-10-23")]
    # a walk of its own day is a march
    text = "TAPACHULA, Mexico — The caravan left Tapachula on Monday. On Tuesday it walked to Huixtla."
    assert [m.type for m in mentions(text, "2022-06-08")] == ["depart", "march"]


def test_someone_who_walked_out_of_a_city_in_a_month_with_the_caravan_that_left_on_a_day():
    text = ("TAPACHULA, Mexico — In October he walked out of that city with the caravan that left on Oct. 23, and he "
            "telephoned his sister from Huixtla.")
    assert [(m.trigger, m.time.value) for m in mentions(text, "2022-01-18")] == [("left", "2021-10-23")]


def test_things_a_named_person_counted_are_no_count_of_the_group():
    text = ("ESQUIPULAS, Guatemala — On Tuesday Mr. Greenhalgh-Bustillo counted 31 cabs waiting outside the gate at 6 "
            "a.m. The caravan had left San Pedro Sula on Friday.")
    assert _of(text, "2021-01-19", "size") == []
    # people counted are
    text = "ESQUIPULAS, Guatemala — On Tuesday Mr. Greenhalgh-Bustillo counted 300 migrants at the gate."
    assert [m.group_size for m in _of(text, "2021-01-19", "size")] == [300]


def test_pushing_through_the_police_at_a_border_post_is_a_crossing():
    text = ("ESQUIPULAS, Guatemala — On Thursday afternoon, at the Corinto border post, the walkers pushed through the "
            "line of Guatemalan police and soldiers sent to hold them.")
    assert [(m.type, m.time.value) for m in mentions(text, "2020-10-02")] == [("cross_border", "2020-10-01TAF")]


def test_irregular_verbs_of_the_lexicon_in_the_past():
    # "give", "grind", "repel", "expel" had only regular forms ("gived"): their past never matched
    text = "CIUDAD HIDALGO, Mexico — In January 2019 Mexico gave humanitarian visitor cards at the bridge."
    assert [(m.rule, m.time.value) for m in mentions(text, "2019-02-01")] == [("asylum.state_papers", "2019-01")]
    text = "HUIXTLA, Mexico — On Monday the caravan ground to a halt in Huixtla."
    assert [(m.type, m.time.value) for m in mentions(text, "2021-01-20")] == [("stay", "2021-01-18")]
    text = "TAPACHULA, Mexico — On Monday Mexico expelled 300 Hondurans to Guatemala."
    assert [(m.type, m.group_size) for m in mentions(text, "2022-10-12")] == [("return", 300)]


def test_a_year_after_in_is_no_count_and_a_rule_of_expulsion_is_no_return():
    text = "CIUDAD HIDALGO, Mexico — In 2019 they gave out the cards on the bridge."
    assert [m.group_size for m in mentions(text, "2020-10-02")] == [None]
    text = ("TIJUANA, Mexico — Those who cross the border between ports of entry are expelled to Mexico under Title 42, "
            "and Venezuelans have made up most of those expelled in recent months.")
    assert _of(text, "2022-10-12", "return") == []


def test_and_the_one_that_left_names_a_caravan_of_its_own():
    tl = built(
        ("a", "2025-01-09", "TAPACHULA, Mexico — He remembers the caravans of last year. The one that went on Oct. 20 "
                            "was some 2,500 strong, and the one that left on Nov. 5 numbered about 1,500."),
    )
    assert sorted((e.type, e.start.isoformat()) for e in tl.events if e.type != "size") == [
        ("depart", "2024-10-20"), ("depart", "2024-11-05")]


def test_a_count_another_countrys_institute_made_is_not_placed_at_the_town_left():
    text = ("CHIQUIMULA, Guatemala — Another caravan had started from San Pedro Sula on Jan. 15 last year, 3,500 strong "
            "as Guatemala's migration institute counted it.")
    assert [(m.group_size, [p.place.name for p in m.places]) for m in _of(text, "2021-01-21", "size")] == [(3500, [])]
    text = ("CHIQUIMULA, Guatemala — The caravan set out before dawn on Friday from San Pedro Sula, some 7,000 walkers "
            "in the tally of Guatemalan migration officials.")
    assert [(m.group_size, [p.place.name for p in m.places]) for m in _of(text, "2021-01-21", "size")] == [(7000, [])]
    # a count the town's own country made stays there
    text = ("SAN PEDRO SULA, Honduras — Another caravan had started from San Pedro Sula on Jan. 15 last year, 3,500 "
            "strong as Honduras's migration institute counted it.")
    assert [[p.place.name for p in m.places] for m in _of(text, "2021-01-21", "size")] == [["San Pedro Sula"]]


def test_gates_that_stayed_shut_gates_forced_open_stones_and_canisters():
    text = ("CIUDAD HIDALGO, Mexico — On Saturday the Mexican gate on the bridge stayed shut to the caravan from "
            "Honduras.")
    assert [(m.rule, m.time.value) for m in mentions(text, "2021-01-20")] == [("block.close_crossing", "2021-01-16")]
    text = "TECÚN UMÁN, Guatemala — On Friday the crowd pushed open a metal gate on the bridge over the river."
    assert [(m.rule, m.time.value) for m in mentions(text, "2021-01-20")] == [("block.clash", "2021-01-15")]
    text = "TECÚN UMÁN, Guatemala — On Friday the migrants threw stones at the federal police guarding the bridge."
    assert [m.rule for m in mentions(text, "2021-01-20")] == ["block.clash"]
    text = "TIJUANA, Mexico — On Sunday U.S. agents fired canisters over the fence at the migrants."
    assert [m.rule for m in mentions(text, "2018-11-27")] == ["block.tear_gas"]
    # "the groups" after a verb are the groups told, not groups in general
    text = "CIUDAD HIDALGO, Mexico — On Monday Guardsmen carrying riot shields corralled the groups along the riverbank."
    assert [(m.type, m.time.value) for m in mentions(text, "2020-01-22")] == [("block", "2020-01-20")]


def test_more_ways_of_telling_the_states_papers():
    for text in ("CIUDAD HIDALGO, Mexico — On Thursday it received 1,000 applications for the Visitor Card for "
                 "Humanitarian Reasons.",
                 "CIUDAD HIDALGO, Mexico — On Thursday officials began to register people for the humanitarian visitor "
                 "card.",
                 "HUIXTLA, Mexico — On Thursday the migration office started to give papers at the sports field."):
        assert [(m.rule, m.time.value) for m in mentions(text, "2019-01-20")] == [("asylum.state_papers", "2019-01-17")]
    text = ("TAPACHULA, Mexico — He carried one of the humanitarian visitor cards that Mexican officials gave out on "
            "the bridge on Jan. 17, 2019.")
    assert [(m.rule, m.time.value) for m in mentions(text, "2020-01-20")] == [("asylum.state_papers", "2019-01-17")]


def test_a_caravan_over_the_border_by_the_afternoon_crossed_with_its_count_told_in_passing():
    text = ("SAN PEDRO SULA, Honduras — The caravan set out before dawn on Thursday, some 3,000 strong, and was over "
            "the border at Corinto by the afternoon.")
    assert [(m.type, m.time.value, m.group_size) for m in mentions(text, "2020-10-03")] == [
        ("depart", "2020-10-01TMO", None), ("size", "2020-10-01TMO", 3000), ("cross_border", "2020-10-01TAF", 3000)]
    # a count in apposition to the subject is the group's only
    text = "TAPACHULA, Mexico — The caravan, some 1,200 strong, set out from Tapachula on Sunday."
    assert _of(text, "2018-03-27", "size") == []
