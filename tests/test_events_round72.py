"""Events from the seventy-second round.

From caravan-holdout88: federal police who "kept it penned on the span" blocked the group; "a second, larger one
followed three days later" and "Another, smaller group followed on Monday" are departures of newer groups, caravans
of their own; a column "that had quit the Salvadoran capital on Wednesday" and crossed the river "in the morning"
crossed on the story's day, not on Wednesday; people "among a few hundred Salvadorans who walked away from the
monument" on a day told before set off that day; Mexico "started to grant humanitarian visas"; "the caravan that
emptied out of the big bus terminal on Wednesday" and "a caravan already on the move from San Pedro Sula's terminal
ahead of dawn on Oct. 1" set off; "the Holy Week procession ... left the city" after "as the hemisphere's leaders
gathered in Los Angeles" left the town the paragraph is about, not Los Angeles; "around 3,000 people walking behind
a wooden cross" after a departure, "7,000 or so, going by the migration institute's figures", "about 3,000 people
into Guatemala, by the count of a network of migrant shelters" are counts (not "a school of about 900"); "The
first, on Saturday, Oct. 23, set off"; "a column slipped away before dawn on the 20th"; police who "say they turned
the column back" blocked it; a departure from a town on the day a caravan set off from it is that caravan's. From
caravan-holdout89: "On Jan. 3, ... set off ..., and the following Monday two of the new hires" (the fronted day is the
departure's); a column that "ran into a National Guard checkpoint" was blocked; "had filed out of the terminal" (a
departure); "some 3,500 people from the caravan had been counted entering" (a count).

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from conftest import FIXTURES
from event_helpers import built, found, mentions_of, sizes_found


def test_police_who_kept_a_group_penned_on_a_bridge_blocked_it():
    text = ("On Sunday a second Honduran group reached the bridge at Ciudad Hidalgo and found the Mexican gate shut. "
            "Federal police kept it penned on the span through the afternoon.")
    assert ("police kept it penned", "2018-10-28TAF") in found(text, "2018-11-03", "block")


def test_one_that_followed_days_later_is_a_newer_caravan():
    text = ("It is not the first time a caravan has emptied chairs in her classroom. The first group of Salvadorans "
            "set off from the same monument on Oct. 28, a Sunday, and a second, larger one followed three days later.")
    assert found(text, "2019-01-22", "depart") == [("set off", "2018-10-28"), ("one followed", "2018-10-31")]
    tl = built(("a", "2019-01-22", text))
    departs = [e for e in tl.events if e.type == "depart"]
    assert len({e.caravan for e in departs}) == 2


def test_a_smaller_group_that_followed_on_a_day_set_off_that_day():
    text = ("On the year's first Friday, Jan. 3, a caravan left Tapachula's central square heading north. "
            "Another, smaller group followed on Monday.")
    assert ("group followed on", "2025-01-20") in found(text, "2025-01-23", "depart")


def test_a_crossing_after_a_relative_clause_with_a_pluperfect_day_is_on_the_story_day():
    text = ("Yesterday the Salvadorans came. A column that had quit the Salvadoran capital on Wednesday crossed the "
            "Suchiate on rafts in the morning.")
    assert found(text, "2018-11-03", "cross_border") == [("crossed the Suchiate on rafts", "2018-11-02TMO")]
    assert found(text, "2018-11-03", "depart") == [("quit", "2018-10-31")]


def test_people_among_a_group_who_walked_away_set_off_on_the_day_told():
    text = ("On Wednesday of last week, in the small hours, they were among a few hundred Salvadorans who walked away "
            "from the monument with backpacks, heading for the Guatemalan border.")
    assert [t for t, _ in found(text, "2019-01-22", "depart")] == ["walked away from"]
    assert found(text, "2019-01-22", "depart")[0][1].startswith("2019-01-16")


def test_a_state_that_started_to_grant_humanitarian_visas():
    text = ("When the next large column came through, Mexico started to grant humanitarian visas on the Suchiate "
            "crossing from Jan. 17 last year.")
    assert found(text, "2020-01-20", "asylum") == [("grant humanitarian visas", "2019-01-17")]


def test_a_caravan_that_emptied_out_of_a_terminal_set_off():
    text = ("Two of the missing pupils were in the caravan that emptied out of the big bus terminal on Wednesday, "
            "some of its groups before four in the morning.")
    assert found(text, "2020-01-20", "depart") == [("emptied out of", "2020-01-15")]


def test_a_caravan_on_the_move_from_a_terminal_ahead_of_dawn_on_a_day_set_off_that_day():
    text = ("In October, a caravan already on the move from San Pedro Sula's terminal ahead of dawn on Oct. 1 never "
            "came anywhere near the plant.")
    assert found(text, "2021-01-20", "depart") == [("move from", "2020-10-01TMO")]


def test_the_city_is_not_a_town_of_a_side_clause_of_the_sentence_before():
    text = ("In June, the biggest column anyone in Chiapas remembers left Tapachula on the 6th, as the hemisphere's "
            "leaders gathered in Los Angeles for a summit. And in April, on the 11th, the Holy Week procession of "
            "migrants left the city with its cross.")
    ms = [m for m in mentions_of(text, "2022-11-04", "depart") if m.start > text.index("And in April")]
    assert [[p.place.name for p in m.places] for m in ms] == [["Tapachula"]]


def test_a_count_walking_behind_a_cross_after_a_departure():
    text = ("It was the second column she has watched this year. In April, on the 23rd, the migrants' Via Crucis "
            "began its walk in the same park, around 3,000 people walking behind a wooden cross, while she sat in a "
            "restaurant across the road.")
    assert sizes_found(text, "2023-11-03") == [(3000, "2023-04-23")]


def test_a_count_going_by_an_institute_s_figures():
    text = ("Last year three came through. The one he remembers best set out from Tapachula on Christmas Eve, 7,000 "
            "or so, going by the migration institute's figures.")
    assert [z for z, _ in sizes_found(text, "2024-07-02")] == [7000]


def test_a_count_by_the_count_of_a_network_after_a_comma():
    text = ("A year ago this week, the column that formed in San Pedro Sula and moved off on Jan. 15 brought about "
            "3,000 people into Guatemala, by the count of a network of migrant shelters.")
    assert sizes_found(text, "2021-01-20") == [(3000, "2020-01-15")]


def test_a_school_of_about_900_is_no_count_of_a_group():
    text = ("He has lost pupils to the road before, and he counts them as he counts everything: eleven since October "
            "2018, from a school of about 900. The first caravan to leave from that terminal set off on Oct. 13, 2018.")
    assert sizes_found(text, "2020-01-20") == []


def test_the_first_on_a_weekday_and_its_date_set_off():
    text = ("The caravan, around a thousand people, most of them Haitians, was the second to leave Tapachula in a "
            "month. The first, on Saturday, Oct. 23, set off from the same park for the coastal road.")
    assert ("set off", "2021-10-23") in found(text, "2021-11-22", "depart")


def test_a_column_that_slipped_away_before_dawn_set_off():
    text = ("Last June a column slipped away before dawn on the 20th and was stopped the next day by the National "
            "Guard at a roadblock outside Huixtla.")
    assert found(text, "2025-01-23", "depart") == [("slipped away before", "2024-06-20TMO")]


def test_police_who_say_they_turned_the_column_back_blocked_it():
    text = ("SAN PEDRO SULA, Honduras, Jan. 16 — What happened at the border is disputed. Guatemalan police say they "
            "turned the column back at Corinto last night, within hours of its arrival.")
    assert found(text, "2022-01-18", "block") == [("turned the column back", "2022-01-15TNI")]
    assert found(text, "2022-01-18", "arrive") == []  # (a time counted from the arrival, no arrival told)


def test_a_departure_from_a_town_on_the_day_a_caravan_left_it_is_that_caravan_s():
    # two texts of the caravan-holdout55 fixture: one, under a San Salvador dateline, tells "A second, larger column
    # walked out of the plaza a little after six in the morning" (Oct. 31); the other a caravan that set out from San
    # Salvador on Oct. 31: the same caravan, not the Honduran one under way since Oct. 13
    from timeline.extract import extract
    from timeline.graph import build_timeline
    from timeline.ingest import read_inputs
    from timeline.models import Article
    from timeline.resolve import resolve

    folder = FIXTURES / "caravan-holdout55" / "articles"
    arts = [a for a in read_inputs([folder]) if isinstance(a, Article) and a.id.startswith(("barraplover", "tireel"))]
    assert len(arts) == 2
    res = [resolve(extract(a)) for a in arts]
    tl = build_timeline(res)
    caravan_of = {m: e.caravan for e in tl.events for m in e.mentions}
    walked = next(m.id for r in res for m in r.mentions if m.trigger == "walked out of" and "barraplover" in m.id)
    set_out = next(m.id for r in res for m in r.mentions if m.trigger == "set out" and m.time.value == "2018-10-31")
    assert caravan_of[walked] == caravan_of[set_out]


# From caravan-holdout89.

def test_a_day_fronted_before_a_departure_is_its_own_not_the_next_clause_s():
    text = ("On Jan. 3, before the city's shops had taken down their Christmas lights, a caravan gathered in "
            "Tapachula's central square and set off up the coast road, and the following Monday two of the "
            "supermarket's new hires did not come to work.")
    assert found(text, "2025-01-28", "depart") == [("set off", "2025-01-03")]


def test_a_column_that_ran_into_a_checkpoint_was_blocked():
    text = ("A fortnight ago yesterday, before dawn, a new column started north from Tapachula, and the following day "
            "it ran into a National Guard checkpoint thrown across the highway a kilometre south of town.")
    assert found(text, "2024-07-05", "depart") == [("started north from", "2024-06-20TMO")]
    assert found(text, "2024-07-05", "block") == [("ran into a National Guard checkpoint", "2024-06-21")]


def test_a_column_that_filed_out_of_the_terminal_set_off():
    text = ("Two days ago, shortly after three in the morning, a new caravan began to gather at the city's main bus "
            "terminal. By mid-morning the column had filed out of the terminal and onto the road to the Guatemalan "
            "border.")
    assert [(t, v[:10]) for t, v in found(text, "2020-01-17", "depart")] == [("filed out of the terminal",
                                                                            "2020-01-15")]


def test_people_from_the_caravan_counted_entering_a_country_are_a_count():
    text = ("Guatemalan migration officials said on Thursday that some 3,500 people from the caravan had been counted "
            "entering their country.")
    assert sizes_found(text, "2020-01-17") == [(3500, "2020-01-16")]
