"""Events from the forty-sixth round: one person who left "with the caravan of" a date tells that caravan's
departure and dates the size told beside it, a caravan that "started from the terminal", a "when" clause after a date
whose year comes after it, and a departure "with the largest caravan". Texts written for these tests in the style of
news stories."""

from __future__ import annotations

from event_helpers import mentions
from event_helpers import mentions_of as _of


def test_leaving_with_the_caravan_of_a_date_is_that_caravans_departure_and_its_size_is_of_that_date():
    text = ("TAPACHULA, Mexico — In June he lost a girl who painted the wheels for the castles; she left with the "
            "caravan of Wednesday, June 5, some 1,500 walkers.")
    assert [m.time.value for m in _of(text, "2024-10-24", "depart")] == ["2024-06-05"]
    assert [(m.group_size, m.time.value) for m in _of(text, "2024-10-24", "size")] == [(1500, "2024-06-05")]


def test_a_woman_who_left_with_the_caravan_of_a_date_tells_its_departure():
    text = ("TAPACHULA, Mexico — Four years ago he sewed a prayer book for a woman from Guinea who left with the "
            "caravan of Saturday, Oct. 12, 2019, about 2,000 walkers, most of them Africans.")
    assert [m.time.value for m in _of(text, "2023-11-02", "depart")] == ["2019-10-12"]
    assert [m.time.value for m in _of(text, "2023-11-02", "size")] == ["2019-10-12"]
    # one person's own move is still no caravan's
    text = "TAPACHULA, Mexico — He sewed a prayer book for a woman who left for Monterrey on Saturday."
    assert _of(text, "2023-11-02", "depart") == []


def test_the_caravan_that_started_from_the_terminal_departed():
    text = ("SAN PEDRO SULA, Honduras — Last year was much the same. The caravan that started from the terminal on "
            "Jan. 15 last year numbered some 7,000 walkers by the tally Guatemala kept.")
    assert [m.time.value for m in _of(text, "2022-01-20", "depart")] == ["2021-01-15"]


def test_a_when_clause_after_a_date_and_its_year_is_at_that_date():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15 this year, when the January caravan set out from the terminal, "
            "he sold 400 ponchos.")
    assert [m.time.value for m in _of(text, "2020-10-05", "depart")] == ["2020-01-15"]


def test_owners_who_left_with_the_largest_caravan_departed_with_it():
    text = ("TAPACHULA, Mexico — On a shelf sit seven small bibles, waiting for owners who left the city before dawn "
            "on Monday with the largest caravan Tapachula has seen in years.")
    assert [m.time.value for m in _of(text, "2023-11-02", "depart")] == ["2023-10-30TMO"]


def test_a_second_estimator_with_the_verb_left_out_is_a_rival_count():
    text = ("TAPACHULA, Mexico — The caravan that had left Tapachula on Oct. 23 rested there. Mexico's migration "
            "institute reckoned that caravan at about 3,000 walkers, and its organizers at over 4,000.")
    assert [(m.group_size, m.actor) for m in _of(text, "2022-06-07", "size")] == [
        (3000, "Mexico's migration institute"), (4000, "its organizers")]


def test_things_counted_after_there_were_are_no_group():
    text = ("TAPACHULA, Mexico — He ran four extension cords onto the pavement, and by 8 p.m. there were 112 "
            "telephones charging on his counter. By 9 p.m. there were 1,200 people in the park.")
    assert [m.group_size for m in _of(text, "2018-10-26", "size")] == [1200]


def test_reporters_walking_alongside_are_no_march():
    text = ("TAPACHULA, Mexico — The caravan started from the central square on Monday some 5,000 strong by the "
            "tally of reporters walking alongside.")
    assert _of(text, "2023-11-02", "march") == []
    assert [m.group_size for m in _of(text, "2023-11-02", "size")] == [5000]


def test_walkers_turned_back_and_a_caravan_broken_up_were_blocked():
    text = ("TEGUCIGALPA — The caravan did not get far. On Sunday police and soldiers on the Guatemalan side of the "
            "Corinto crossing turned the walkers back. Two days later the next caravan was broken up on the highway "
            "at Vado Hondo.")
    assert [(m.actor, m.time.value) for m in _of(text, "2022-01-20", "block")] == [
        ("police", "2022-01-16"), (None, "2022-01-18")]
    text = "TEGUCIGALPA — The January caravan was turned back at the Corinto crossing on Sunday."
    assert [m.time.value for m in _of(text, "2022-01-20", "block")] == ["2022-01-16"]


def test_walking_a_distance_to_reach_a_town_is_reaching_it():
    text = ("HUIXTLA, Mexico — The caravan left Tapachula on Monday morning, as leaders of the hemisphere gathered in "
            "Los Angeles for the Summit of the Americas, and walked the 40 kilometres of highway to reach Huixtla on "
            "Tuesday.")
    assert [(m.modality, m.time.value) for m in _of(text, "2022-06-10", "arrive")] == [("actual", "2022-06-07")]
    # hoping to reach it is a plan
    text = "HUIXTLA, Mexico — The walkers hope to walk 40 kilometres to reach Huixtla on Tuesday."
    assert [m.modality for m in _of(text, "2022-06-06", "arrive")] == ["planned"]


def test_a_count_after_a_date_and_its_year_takes_the_date():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15 this year, when the January caravan set out from the terminal, he "
            "sold 400 ponchos. Guatemala's migration institute put that column at about 3,500.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-10-05", "size")] == [(3500, "2020-01-15")]


def test_waiting_for_buses_home_is_no_return_yet():
    text = ("TEGUCIGALPA — By Monday he was seeing familiar faces at the terminal again, waiting for buses home to "
            "Olancho and Colón.")
    assert [m.modality for m in _of(text, "2022-01-20", "return")] == ["planned"]


def test_a_thing_that_came_back_to_its_owner_is_no_return():
    text = ("TAPACHULA, Mexico — The caravan that left Tapachula on June 6, 2022, took with it a hymnal he had "
            "rebound for a Salvadoran pastor; it came back to him by post from Monterrey that August.")
    assert _of(text, "2023-11-02", "return") == []
    text = "SAN PEDRO SULA, Honduras — The walkers came back by bus on Wednesday."
    assert [m.time.value for m in _of(text, "2021-01-22", "return")] == ["2021-01-20"]


def test_a_caravan_in_a_town_that_night_got_there():
    text = "TAPACHULA, Mexico — The caravan left Tapachula on Monday. It was in Huixtla that night."
    assert [(m.time.value, [p.text for p in m.places]) for m in _of(text, "2022-06-10", "arrive")] == [
        ("2022-06-06TNI", ["Huixtla"])]
    text = ("TAPACHULA, Mexico — The caravan left Tapachula on Monday. The first walkers were already in Huixtla by "
            "nightfall.")
    assert [m.time.value for m in _of(text, "2022-06-10", "arrive")] == ["2022-06-06TEV"]
    # where witnesses were that morning is no arrival
    text = ("GUATEMALA CITY — The caravan left on Friday. Monitors spoke with eleven people who were at Vado Hondo "
            "that morning.")
    assert _of(text, "2021-01-22", "arrive") == []


def test_the_bulk_and_the_largest_are_the_caravans_just_told():
    text = "TAPACHULA, Mexico — He remembers three caravans. The largest left the park on Christmas Eve 2023."
    assert [m.time.value for m in _of(text, "2024-06-10", "depart")] == ["2023-12-24"]
    text = "SAN PEDRO SULA, Honduras — The first ones left on Thursday night. The bulk left before dawn on Friday."
    assert [m.time.value for m in _of(text, "2021-01-18", "depart")][-1] == "2021-01-15TMO"


def test_guardsmen_who_turned_most_of_them_back_or_pushed_back_hundreds_blocked_them():
    text = "CIUDAD HIDALGO, Mexico — The National Guard turned most of them back before midday on Monday."
    assert [m.actor for m in _of(text, "2020-01-22", "block")] == ["The National Guard"]
    text = ("CIUDAD HIDALGO, Mexico — Mexican National Guard troops with riot shields pushed back hundreds of Central "
            "American migrants on Monday.")
    assert [m.time.value for m in _of(text, "2020-01-22", "block")] == ["2020-01-20"]


def test_several_hundred_who_waded_across_crossed():
    text = "TECUN UMAN, Guatemala — Several hundred waded across on Monday."
    assert [m.time.value for m in _of(text, "2020-01-22", "cross_border")] == ["2020-01-20"]


def test_pushing_into_a_country_or_through_its_post_is_a_crossing():
    text = "TECUN UMAN, Guatemala — Thousands of Hondurans pushed into Guatemala on Monday."
    assert [[p.text for p in m.places] for m in _of(text, "2020-01-22", "cross_border")] == [["Guatemala"]]
    text = "CORINTO, Guatemala — The caravan pushed through the Guatemalan post at midday on Thursday."
    assert [m.time.value for m in _of(text, "2020-10-05", "cross_border")] == ["2020-10-01T12:00"]
    # streaming into a park is an arrival
    text = "TAPACHULA, Mexico — On Sunday afternoon thousands of Hondurans streamed into the central park."
    assert _of(text, "2018-10-22", "cross_border") == [] and len(_of(text, "2018-10-22", "arrive")) == 1


def test_before_the_first_rest_stop_is_a_time_not_a_stay():
    text = ("TAPACHULA, Mexico — The walkers bought cheap sandals, which he suspects they sold before the first rest "
            "stop on Sunday. On Monday the caravan took a rest in Huixtla.")
    assert [m.trigger for m in _of(text, "2024-10-24", "stay")] == ["took a rest"]


def test_walkers_sent_back_before_a_fronted_day_are_described_not_sent():
    text = ("SAN PEDRO SULA, Honduras — By Sunday many of the walkers sent back from Guatemala had passed through the "
            "terminal again.")
    assert _of(text, "2020-10-05", "return") == []
    text = "SAN PEDRO SULA, Honduras — On Friday Guatemala sent back hundreds of walkers."
    assert [m.time.value for m in _of(text, "2020-10-05", "return")] == ["2020-10-02"]


def test_pushing_past_police_while_crossing_is_how_the_group_crossed():
    text = ("CORINTO, Guatemala — The caravan crossed into Guatemala at Corinto that afternoon, pushing past a thin line "
            "of police.")
    assert [m.type for m in mentions(text, "2020-10-05")] == ["cross_border"]
    text = "CORINTO, Guatemala — They pushed past a thin police line and walked into Guatemala on Thursday."
    assert [m.type for m in mentions(text, "2020-10-05")] == ["cross_border"]
    # with no crossing told, pushing past the police at a bridge is a block
    text = "CORINTO, Guatemala — On Thursday the caravan pushed past police at the bridge."
    assert [m.type for m in mentions(text, "2020-10-05")] == ["block"]


def test_a_count_whose_counter_ends_its_clause_is_set_against_the_next():
    text = ("SAN PEDRO SULA, Honduras — About 600 people gathered under the terminal's roof on Saturday, by the "
            "reckoning of reporters who were there; the organizers said 800.")
    assert [(m.group_size, m.actor) for m in _of(text, "2022-01-20", "size")] == [
        (600, "reporters"), (800, "the organizers")]
