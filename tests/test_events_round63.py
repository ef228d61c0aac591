"""Events from the sixty-third round, from caravan-holdout70: a caravan that "walked out of Tapachula that was far
larger" (a relative clause after the place is not the finite verb of a reduced relative), a "multitude" that "poled
its way across the Suchiate", a group that "was over the Suchiate", "processions of the cross went north from this
city" and a procession that "went north behind a cross" (departures, crossings); police and "the Guard" that "closed
the highway", agents who "chase walkers into the cane", a caravan that "was scattered before it got there" (blocks);
counts told past an apposition of their make-up ("some 400 people, Venezuelans nearly all of them, as a count by
volunteers put it") or ending their clause with who counted them ("About 3,000 of them had come through by evening,
according to Guatemala's migration institute"); and the times such mentions take ("On Palm Sunday last March, ...";
"Six months ago, on Christmas Eve, thousands walked out of Tapachula and he spent Christmas Day on his stool"; "Holy
Week walkers" names the group).  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_a_relative_clause_after_the_place_leaves_the_departure():
    text = ("TAPACHULA, Mexico — The city has seen this once already this year. In April, on the Holy Week Monday, a "
            "caravan walked out of Tapachula that was far larger.")
    assert found(text, "2019-10-15", "depart") == [("walked out of", "2019-04-15")]


def test_crossings_poled_over_and_being_over_the_river():
    text = ("HUIXTLA, Mexico — And almost a year ago, on Oct. 20, 2018, the Honduran multitude poled its way across "
            "the Suchiate on rafts and came up the coast road.")
    assert found(text, "2019-10-15", "cross_border") == [("poled its way across", "2018-10-20")]
    text = ("SAN SALVADOR, El Salvador — A second group left the same monument last Wednesday. By Friday that second "
            "group was over the Suchiate and into Mexico.")
    assert ("was over the Suchiate", "2018-11-02") in found(text, "2018-11-05", "cross_border")


def test_processions_that_went_north_are_departures():
    text = ("TAPACHULA, Mexico — And five years back, on Palm Sunday, the first of these processions of the cross "
            "went north from this city, and nobody yet called it a caravan.")
    assert found(text, "2023-04-25", "depart") == [("went north from", "2018-03-25")]
    text = ("TAPACHULA, Mexico — On Palm Sunday last March, a Holy Week procession of migrants went north behind a "
            "cross, some 1,500 people, if the priest who fed them counted right.")
    assert found(text, "2025-01-22", "depart") == [("went north behind a cross", "2024-03-24")]
    assert found(text, "2025-01-22", "size") == [("some 1,500 people", "2024-03-24")]


def test_a_feast_before_a_group_noun_names_the_group():
    text = ("HUIXTLA, Mexico — On Palm Sunday this March, Holy Week walkers started from the same city behind a "
            "cross.")
    assert found(text, "2024-06-25", "depart") == [("started from", "2024-03-24")]


def test_the_fronted_feast_dates_the_move_not_the_next_clause_of_a_person():
    text = ("HUIXTLA, Mexico — His hands have a memory of these. Six months ago, on Christmas Eve, thousands walked "
            "out of Tapachula and he spent Christmas Day on his stool.")
    assert found(text, "2024-06-25", "depart") == [("walked out of", "2023-12-24")]


def test_blocks_by_the_guard_by_a_chase_and_a_scattering():
    text = ("HUIXTLA, Mexico — Two years ago, in October, on the 12th, about 2,000 people set out from Tapachula by "
            "the same road, and police and the Guard closed the highway north of that city the same day.")
    assert found(text, "2021-09-08", "block") == [("Guard closed the highway", "2019-10-12")]
    text = ("HUIXTLA, Mexico — And on Sept. 4, 2021, he watched migration agents and Guard troops chase walkers into "
            "the cane beside the highway.")
    assert found(text, "2024-06-25", "block") == [("troops chase walkers into", "2021-09-04")]
    text = ("TAPACHULA, Mexico — In September 2021, on the 4th, a caravan left for Huixtla, some 400 strong, and was "
            "scattered before it got there.")
    assert found(text, "2023-04-25", "block") == [("was scattered before", "2021-09-04")]


def test_counts_past_their_make_up_or_counted_at_the_end_of_their_clause():
    text = ("TAPACHULA, Mexico — Last October, on the 17th, some 400 people, Venezuelans nearly all of them, as a "
            "count by volunteers at the square put it, walked out of Tapachula.")
    assert [m.group_size for m in mentions(text, "2023-04-25") if m.type == "size"] == [400]
    text = ("CORINTO, Guatemala — Thousands of Hondurans pushed through the cordon at noon. About 3,000 of them had "
            "come through by evening, according to Guatemala's migration institute.")
    assert [m.group_size for m in mentions(text, "2020-10-01") if m.type == "size"] == [3000]
    # (not the object of a verb: "detained 367 people ..., according to the migration institute")
    text = "TAPACHULA, Mexico — Police detained 367 people on the highway, according to the migration institute."
    assert [m for m in mentions(text, "2020-10-03") if m.type == "size"] == []


def test_the_country_its_people_come_from_is_no_place_it_leaves():
    text = ("TAPACHULA, Mexico — The autumn before that, on Oct. 17, 2022, a much smaller caravan had gone, some 400 "
            "people as a church shelter reckoned, most of them from Venezuela.")
    [m] = [m for m in mentions(text, "2023-12-27") if m.type == "depart"]
    assert "Venezuela" not in [p.place.name for p in m.places]
