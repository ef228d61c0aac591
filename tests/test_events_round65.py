"""Events from the sixty-fifth round.

From caravan-holdout74: walkers who "took the western highway out of the city" or "gathered in the park by the
cathedral and headed up the coastal highway", "This year's first left Tapachula", "a second and bigger crowd went
after them" (departures); thousands "ferried over into Mexico", Salvadorans who "splashed through the shallows"
(crossings); troops and police who "packed the highway" (a block); counts "according to the federal migration
agents", "by its organizers' own claim", "reckoned that close to 3,500 of its members had entered"; no block in
"apartment blocks", no arrival when "the paying customers arrive", no march of "those walking with them"; the times
such mentions take (", and in October, on the 17th, ...", ", and the Christmas Eve before last one more ...", "In
April, the day after Palm Sunday, ...", "in the first hours of Oct. 1, walked ...", '"The day before yesterday, a
little after dark, ...', "by the afternoon of the same day"); and a Salvadoran group that "left its capital" while
the Honduran caravan was on the road is a caravan of its own, not a waypoint of the other.

Leftovers of earlier sets (holdout69, holdout70, holdout73): "they stayed here" on a day of its own, "filed out of the
city's central park", "collected at the same monument and was on the road by dawn", "a bigger second one" that set off,
and a feast set before its month ("On the Monday of Holy Week, in April, another caravan left").

From caravan-holdout75: "a crowd set out walking north" (one departure), "swept the highway", "began signing up the
Hondurans", "splashed across", "abandoned the benches of ... bus station", "had gone before that, on Palm Sunday", and
days counted from "A year earlier" and "the January before that".

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions, sizes_found


def test_taking_the_western_highway_out_of_the_city_is_a_departure():
    text = ("SAN SALVADOR — On Wednesday morning a few hundred Salvadorans met under the monument, sang the anthem "
            "and took the western highway out of the city toward Guatemala, some of them in the beds of pickups.")
    assert [t for t, _ in found(text, "2019-01-19", "depart")] == ["took the western highway out of"]


def test_gathering_and_heading_up_the_coastal_highway_is_a_departure_counted_by_agents():
    text = ("TAPACHULA, Mexico — The highway outside the city filled with walkers again on Wednesday. Just past six "
            "in the morning, a caravan of migrants gathered in the park by the cathedral and headed up the coastal "
            "highway, about 400 people according to the federal migration agents who followed it in pickups.")
    assert [t for t, _ in found(text, "2022-10-20", "depart")] == [
        "gathered in the park by the cathedral and headed up the coastal highway"]
    assert [z for z, _ in sizes_found(text, "2022-10-20")] == [400]


def test_the_years_first_left_town():
    text = ("ESCUINTLA, Mexico — She has watched caravans come through here for years. This year's first left "
            "Tapachula on Palm Sunday, March 24, about 1,500 people according to the federal migration agents.")
    assert found(text, "2024-06-25", "depart") == [("left", "2024-03-24")]
    assert sizes_found(text, "2024-06-25") == [(1500, "2024-03-24")]


def test_a_count_by_its_organizers_claim_is_the_departures_when_a_weekday_restates_its_day():
    text = ("ESCUINTLA, Mexico — The biggest she has seen set out from Tapachula on Oct. 29 of last year, a Sunday, "
            "7,000 or more by its organizers' own claim, and for two days there was nowhere in the park to sit.")
    found = [m for m in mentions(text, "2024-06-25") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in found] == [(7000, "2023-10-29")]
    assert "+at_departure" in found[0].rule


def test_ferried_over_into_a_country_and_splashing_through_the_shallows_are_crossings():
    text = ("CIUDAD HIDALGO, Mexico — The Hondurans came through two weeks ago yesterday. That Saturday the "
            "raftsmen poled their platforms back and forth from dawn, and thousands were ferried over into Mexico.")
    assert found(text, "2018-11-04", "cross_border") == [("ferried over into", "2018-10-20")]
    text = ("CIUDAD HIDALGO, Mexico — On Friday the Salvadorans of a second group splashed through the shallows "
            "below the market with their shoes held over their heads.")
    assert found(text, "2018-11-04", "cross_border") == [("splashed through the shallows", "2018-11-02")]


def test_troops_packing_the_highway_is_a_block_dated_that_sunday():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15, a Friday, several thousand people set off from the benches "
            "before sunrise. That Sunday Guatemalan troops and police packed the highway at Vado Hondo with shields "
            "and sticks.")
    assert found(text, "2021-04-06", "block") == [("police packed the highway", "2021-01-17")]


def test_apartment_blocks_customers_and_counters_walking_are_no_events():
    assert mentions("SAN SALVADOR — When somebody dies in the Zacamil apartment blocks, the family sends a child "
                    "to her door.", "2019-01-19") == []
    text = ("ESCUINTLA, Mexico — Hundreds of migrants rest in the park. She lets their children jump for free "
            "before five, when the paying customers arrive.")
    assert found(text, "2024-06-25", "arrive") == []
    text = ("CORINTO, Honduras — They had come out of the terminal in San Pedro Sula the day before, perhaps 700 "
            "people by the count of those walking with them.")
    assert found(text, "2022-02-05", "march") == []


def test_a_second_fronted_time_after_the_first_belongs_to_the_clause_after_and():
    text = ("TAPACHULA, Mexico — Last year, on April 11, a Via Crucis of migrants carried its cross out of "
            "Tapachula, and in October, on the 17th, a smaller group set off from the same city.")
    assert found(text, "2023-11-06", "depart") == [("carried its cross out of", "2022-04-11"),
                                                    ("set off", "2022-10-17")]


def test_a_time_fronted_after_and_before_one_more_is_the_next_clauses():
    text = ("TAPACHULA, Mexico — Before that, on Nov. 5, the American election day, another caravan left the city "
            "past his cart, and the Christmas Eve before last one more walked out while he was frying rolls.")
    assert found(text, "2025-01-24", "depart") == [("left", "2024-11-05"), ("walked out", "2023-12-24")]


def test_a_day_set_off_by_commas_after_a_month_dates_the_verb():
    text = ("TAPACHULA, Mexico — It is the city's fourth this year. In April, the day after Palm Sunday, a Via "
            "Crucis procession of migrants walked out behind a wooden cross.")
    assert found(text, "2022-10-20", "depart") == [("walked out", "2022-04-11")]


def test_a_date_closing_the_first_verbs_clause_before_a_comma_is_its_own():
    text = ("CORINTO, Honduras — The caravan of October 2020 had a different ending here. It pulled out of San "
            "Pedro Sula in the first hours of Oct. 1, walked and hitched the hundred-odd kilometres to the border.")
    got = [m for m in mentions(text, "2022-02-05") if m.type == "depart"]
    assert [(m.trigger, m.time.value, m.time_link) for m in got] == [("pulled out", "2020-10-01", "own")]


def test_a_quoted_day_opening_the_sentence_dates_its_verb():
    text = ('SAN PEDRO SULA, Honduras — "The day before yesterday, a little after dark, a few hundred of them headed '
            'off from the terminal for the border. Today nobody is on the benches," he said on Thursday.')
    got = [m for m in mentions(text, "2021-04-06") if m.type == "depart"]
    assert [(m.trigger, m.time.value, m.time_link) for m in got] == [("headed off from", "2021-03-30", "own")]


def test_the_afternoon_of_the_same_day_dates_the_block():
    text = ("HUIXTLA, Mexico — On Aug. 28, 2021, a Saturday, a few hundred people left Tapachula at first light, "
            "and by the afternoon of the same day soldiers of the National Guard had broken them apart on the "
            "highway just outside Huixtla.")
    assert found(text, "2023-11-06", "block") == [("broken them apart", "2021-08-28TAF")]


def test_a_count_an_institute_reckoned():
    text = ("ESQUIPULAS, Guatemala — A new caravan pulled away from San Pedro Sula's main bus station on Wednesday. "
            "By Friday, Guatemala's migration institute reckoned that close to 3,500 of its members had entered "
            "the country through the border posts.")
    assert [z for z, _ in sizes_found(text, "2020-01-18")] == [3500]


def test_going_after_them_is_a_departure():
    text = ("SAN SALVADOR — On the last Sunday of October, the 28th, some 300 Salvadorans gathered at the monument "
            "and marched out along the highway. Three days later, on a Wednesday, a second and bigger crowd went "
            "after them.")
    assert ("went after them", "2018-10-31") in found(text, "2019-01-19", "depart")


def test_a_salvadoran_group_leaving_its_capital_is_no_waypoint_of_the_honduran_caravan():
    tl = built(
        ("a", "2018-10-20", "SAN PEDRO SULA, Honduras — A caravan of some 1,600 Hondurans left San Pedro Sula on "
                            "Oct. 13 and reached the Suchiate River on Friday."),
        ("b", "2018-11-04", "CIUDAD HIDALGO, Mexico — A smaller Salvadoran group had gone ahead of the others. It "
                            "left its capital on Sunday the 28th, some 300 people, and reached the river in the "
                            "middle of the week."))
    got = [e for e in tl.events if e.date.startswith("2018-10-28") and e.type in ("depart", "march")]
    assert [e.type for e in got] == ["depart"]


def test_staying_here_on_a_day_of_its_own_is_a_stay_and_settling_here_is_not():
    text = ("HUIXTLA, Mexico — Many of its walkers reached Huixtla on foot. On Sunday the 23rd they stayed here, on "
            "the grass and under the stands.")
    assert found(text, "2024-10-23", "stay") == [("stayed here", "2024-06-23")]
    text = ("TIJUANA, Mexico — Some of those families wrote to me from Tijuana at Christmas; others stayed here and "
            "sing in our choir.")
    assert found(text, "2019-03-01", "stay") == []


def test_filing_out_of_the_citys_park_and_gathering_then_taking_the_road_are_departures():
    text = ("TAPACHULA, Mexico — On Monday, soon after six in the morning, several hundred people filed out of the "
            "city's central park and started north on the highway.")
    assert [t for t, _ in found(text, "2025-01-22", "depart")] == ["filed out of the city's central park"]
    text = ("SAN SALVADOR — Last Wednesday a second group, larger than the first, collected at the same monument and "
            "was on the road by dawn.")
    assert found(text, "2018-11-05", "depart") == [
        ("collected at the same monument and was on the road", "2018-10-31TMO")]


def test_a_bigger_second_one_setting_off_is_a_caravan_of_its_own():
    tl = built(
        ("a", "2018-10-20", "SAN PEDRO SULA, Honduras — A caravan of some 1,600 Hondurans left San Pedro Sula on "
                            "Oct. 13 and reached the Suchiate River on Friday."),
        ("b", "2019-01-19", "SAN SALVADOR — The plaza has been a starting line before. The first of the Salvadoran "
                            "caravans left from it on Oct. 28, about 300 marchers. A bigger second one gathered there "
                            "and set off on the last day of October."))
    got = [e for e in tl.events if e.date.startswith("2018-10-31")]
    assert [e.type for e in got] == ["depart"]


def test_a_feast_day_set_before_its_month_dates_the_departure():
    text = ("TAPACHULA, Mexico — She has watched the caravans from this corner since the first big one. On the Monday "
            "of Holy Week, in April, another caravan left the park for the north, more than 3,000 strong by the "
            "reporters' count.")
    assert found(text, "2019-10-15", "depart") == [("left", "2019-04-15")]


def test_a_crowd_setting_out_walking_is_one_departure():
    text = ("SAN PEDRO SULA, Honduras — In the pandemic autumn, on the last night of September, a crowd set out "
            "walking north, away from San Pedro Sula.")
    assert [(m.type, m.trigger) for m in mentions(text, "2021-01-19")] == [("depart", "set out")]


def test_sweeping_the_highway_is_a_block_and_signing_up_the_walkers_is_asylum():
    text = ("TAPACHULA, Mexico — On Easter Monday federal police and migration agents swept the highway near "
            "Pijijiapan.")
    assert [t for t, _ in found(text, "2019-10-15", "block")] == ["agents swept the highway"]
    text = ("SAN SALVADOR — The next day, Thursday, Mexican officials began signing up the Hondurans who had reached "
            "the Suchiate ahead of them for humanitarian cards, at the foot of the bridge in Ciudad Hidalgo.")
    assert [t for t, _ in found(text, "2019-01-21", "asylum")] == ["began signing up the Hondurans"]


def test_splashing_across_is_a_crossing_and_abandoning_the_station_a_departure():
    text = ("CIUDAD HIDALGO, Mexico — On Friday a column of Salvadorans splashed across below the customs sheds.")
    assert [t for t, _ in found(text, "2018-11-03", "cross_border")] == ["splashed across"]
    text = ("CHIQUIMULA, Guatemala — On Friday several thousand Hondurans abandoned the benches of San Pedro Sula's "
            "central bus station and took to the road.")
    assert found(text, "2021-01-19", "depart") == [("abandoned the benches", "2021-01-15")]


def test_gone_before_that_on_a_day_of_its_own_is_a_departure():
    text = ("TAPACHULA, Mexico — In June, on the 5th, about a thousand walkers left the same park. This year's Holy "
            "Week caravan had gone before that, on Palm Sunday in March, some 1,500 strong by the migration agents' "
            "reckoning.")
    assert found(text, "2024-10-22", "depart") == [("left", "2024-06-05"), ("gone before that", "2024-03-24")]
    assert sizes_found(text, "2024-10-22") == [(1500, "2024-03-24")]


def test_a_day_a_year_earlier_and_the_january_before_that_date_their_departures():
    text = ("SAN PEDRO SULA, Honduras — On Saturday several hundred Hondurans walked out of the terminal. A year "
            "earlier, on the 15th as well, a far larger crowd left the same terminal, and two days after that, at Vado "
            "Hondo, the Guatemalan army and police beat it back with batons.")
    assert found(text, "2022-01-18", "block") == [("beat it back", "2021-01-17")]
    text = ("CHIQUIMULA, Guatemala — In the pandemic autumn, on the last night of September, a crowd set out from San "
            "Pedro Sula. And the January before that, on the 15th, a caravan had poured out of that same station.")
    assert ("poured out of", "2020-01-15") in found(text, "2021-01-19", "depart")
