"""Events from the fifty-first round: a caravan named by a feast ("the caravan of last Christmas Eve": its
departure), "one" or "another" standing for a caravan with no determiner ("One set out from the terminal on Jan. 15",
"another, which left the city on the 19th", "another set out"), a month that frames the day told after the verb ("In
January last year one left San Pedro Sula on the 15th"), someone who "left ... with a small one" (the caravan's
departure), a man who "left San Pedro Sula with the great caravan of Jan. 15" told in November (that January's),
police that "held a second Honduran caravan at" a bridge or "scattered" walkers at a roadblock (blocks), visitor cards
"that Mexico's migration officers issued" (the state's papers), a count "as its organizers told it", a caravan
"packing the central square" (an arrival), a group that "slipped out of" a bus terminal (a departure), walkers
who went "over the water on rafts" (a crossing), a caravan of Cubans (it sets out in Mexico, not from Cuba) and stones
that "went back and forth" (no return), counts "as the radio in San Pedro Sula counted them" and a date closing a
relative clause in the pluperfect ("that had crossed ... the day before").  Texts written for these tests in the style
of news stories."""

from __future__ import annotations

from event_helpers import built, mentions
from event_helpers import mentions_of as _of


def test_a_caravan_named_by_a_feast_is_its_departure():
    text = ("TAPACHULA, Mexico — She keeps a box of old front pages under the counter, one for each caravan. The "
            "caravan of last Christmas Eve, the largest she has seen, took about an hour to pass the kiosk.")
    assert [(m.type, m.time.value) for m in mentions(text, "2024-06-07")] == [("depart", "2023-12-24")]
    # a feast of a week names no day
    text = ("TAPACHULA, Mexico — She keeps a box of old front pages, one for each caravan. The caravan of Holy Week "
            "took an hour to pass the kiosk.")
    assert _of(text, "2024-06-07", "depart") == []


def test_one_or_another_with_no_determiner_stands_for_a_caravan():
    text = ("SAN PEDRO SULA, Honduras — It was not the first caravan to leave the city this year. One set out from "
            "the terminal on Jan. 15, about 3,500 people as Guatemala's migration institute counted them.")
    assert [(m.type, m.time.value) for m in mentions(text, "2020-10-06")] == [
        ("depart", "2020-01-15"), ("size", "2020-01-15")]
    text = ("PUERTO MADERO, Mexico — He watched the big caravan of Oct. 23 go from a park bench. Last November he "
            "walked out with another, which left the city on the 19th, some 1,000 people strong.")
    assert ("depart", "2021-11-19") in [(m.type, m.time.value) for m in mentions(text, "2022-06-10")]
    text = ("TAPACHULA, Mexico — The mill has a view of every caravan that leaves the city. On June 5 last year "
            "another set out past the mill.")
    assert [(m.type, m.time.value) for m in _of(text, "2025-01-08", "depart")] == [("depart", "2024-06-05")]


def test_no_one_and_only_one_are_no_caravan():
    text = ("TAPACHULA, Mexico — The caravan rested in the park. No one left the city on Monday. Only one left on "
            "Tuesday, a boy with a fever.")
    assert _of(text, "2024-06-07", "depart") == []


def test_a_month_frames_the_day_told_after_the_verb():
    text = ("ZACAPA, Guatemala — It was not the first caravan to come down this road. In January last year one left "
            "San Pedro Sula on the 15th, perhaps 4,000 people as the radio reported them.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-01-21", "depart")] == [("depart", "2020-01-15")]


def test_someone_who_left_with_a_small_one_tells_its_departure():
    text = ("PUERTO MADERO, Mexico — It is the young man's third caravan. He left the bus terminal in San Pedro Sula "
            "with a small one on March 31 last year.")
    assert [(m.type, m.time.value) for m in mentions(text, "2022-06-10")] == [("depart", "2021-03-31")]
    text = "PUERTO MADERO, Mexico — It is the young man's third caravan. He left the city with one bag on March 31."
    assert _of(text, "2022-06-10", "depart") == []


def test_the_caravan_someone_left_with_has_set_out_by_then():
    text = ("CHIAPA DE CORZO, Mexico — Her apprentice is from Choloma, in Honduras. He left San Pedro Sula with the "
            "great caravan of Jan. 15 and was among the walkers.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-11-23", "depart")] == [("depart", "2021-01-15")]


def test_police_that_held_a_caravan_or_scattered_walkers_block_them():
    text = ("TAPACHULA, Mexico — On Sunday, Mexican federal police held a second Honduran caravan at the Rodolfo "
            "Robles bridge, some 40 kilometres to the south.")
    assert [(m.type, m.time.value) for m in mentions(text, "2018-11-02")] == [("block", "2018-10-28")]
    text = ("CHIAPA DE CORZO, Mexico — He was among the walkers that Guatemalan soldiers and police scattered at "
            "Vado Hondo on Jan. 17.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-11-23", "block")] == [("block", "2021-01-17")]


def test_cards_that_mexicos_migration_officers_issued_are_the_states_papers():
    text = ("TAPACHULA, Mexico — The juggler crossed the Suchiate with one of the humanitarian visitor cards that "
            "Mexico's migration officers issued at the bridge from Jan. 17.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-10-17", "asylum")] == [("asylum", "2019-01-17")]
    text = ("TAPACHULA, Mexico — The migrants got the humanitarian visitor cards that migration officials issued "
            "at the bridge from Jan. 17.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-10-17", "asylum")] == [("asylum", "2019-01-17")]


def test_a_count_as_its_organizers_told_it():
    text = ("TAPACHULA, Mexico — The juggler came north with the group that left the Plaza Salvador del Mundo on "
            "Jan. 16, some 500 people as its organizers told it.")
    assert [(m.type, m.group_size, m.time.value) for m in _of(text, "2019-10-17", "size")] == [
        ("size", 500, "2019-01-16")]


def test_a_caravan_packing_the_central_square_arrived_there():
    text = ("TAPACHULA, Mexico — The carver remembers the first big Honduran caravan packing the central square on "
            "Oct. 21, 2018.")
    assert [(m.type, m.time.value) for m in mentions(text, "2023-12-28")] == [("arrive", "2018-10-21")]


def test_a_group_that_slipped_out_of_the_terminal_left():
    text = ("CHIAPA DE CORZO, Mexico — In March he tried again, with the small group that slipped out of the city's "
            "bus terminal on the night of March 30.")
    assert [(m.type, m.time.value) for m in mentions(text, "2021-11-23")] == [("depart", "2021-03-30TNI")]


def test_walkers_who_went_over_the_water_on_rafts_crossed():
    text = ("CIUDAD HIDALGO, Mexico — When the first great caravan reached the bridge, Mexican police kept the gate "
            "shut, and on Saturday, Oct. 20, thousands of its walkers went down the bank beside her yard and over "
            "the water on rafts of planks and inner tubes.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-01-23", "cross_border")] == [
        ("cross_border", "2018-10-20")]


def test_a_caravan_of_cubans_sets_out_in_mexico_not_in_cuba():
    tl = built(
        ("a", "2020-10-06", "SAN PEDRO SULA, Honduras — He walked north with the caravan that left that city on "
                            "Oct. 12 last year, about 2,000 people, most of them Cubans."),
        ("b", "2019-10-14", "HUIXTLA, Mexico — Two days ago, before dawn, a caravan of migrants left Tapachula, some "
                            "30 kilometres to the south, and started up this highway."),
    )
    # (the departure from Tapachula that day is the caravan's own, not a waypoint of a caravan "from Cuba")
    assert [(e.type, e.start.isoformat()) for e in tl.events if e.type != "size"] == [("depart", "2019-10-12")]


def test_stones_that_went_back_and_forth_are_no_return():
    text = ("TAPACHULA, Mexico — On Sunday, police held the caravan at the bridge, and for much of that afternoon "
            "stones and tear gas went back and forth over the gate.")
    assert [m.type for m in mentions(text, "2018-11-02")] == ["block"]


def test_a_count_as_a_far_named_counter_counted_them():
    text = ("CORINTO, Guatemala — The caravan of January set off from San Pedro Sula on Jan. 15, some 4,000 people as "
            "the radio in San Pedro Sula counted them.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-10-02", "size")] == [(4000, "2020-01-15")]
    text = ("CORINTO, Guatemala — On Oct. 1 the caravan pushed past the police at Corinto, some 3,000 of its walkers, "
            "as Guatemala's migration institute counted them.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-10-06", "size")] == [(3000, "2020-10-01")]


def test_the_day_before_closing_a_relative_clause_dates_its_verb():
    text = ("CIUDAD HIDALGO, Mexico — For her it is the page for Oct. 21, 2018. Three babies born to mothers from the "
            "Honduran caravan that had crossed the Suchiate River on rafts the day before were entered that day.")
    assert [(m.type, m.time.value) for m in _of(text, "2020-01-25", "cross_border")] == [
        ("cross_border", "2018-10-20")]
