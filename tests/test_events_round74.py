"""Events and time expressions from the seventy-fourth round.

From caravan-holdout92: "began to walk west", "had gone off westward", "followed it from the same monument" and
"moved out onto the coastal highway" are departures.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found


def test_new_ways_of_setting_out():
    cases = [
        ("SAN SALVADOR — A caravan of some 300 Salvadorans gathered in the capital on Sunday, Oct. 28, and a little "
         "after ten that morning began to walk west, toward the border with Guatemala.", "2018-10-30",
         "began to walk west"),
        ("SAN SALVADOR — A crowd of several hundred migrants formed on the square on Sunday; by midday it had gone off "
         "westward, toward the border.", "2018-10-30", "gone off westward"),
        ("SAN SALVADOR — A first caravan left the capital on Sunday. Three days later a much bigger group, mostly "
         "young men, followed it from the same monument before dawn.", "2018-11-02", "followed it from the same"),
        ("TAPACHULA, Mexico — Thousands of migrants filled the avenues around the central park before dawn on Monday "
         "and moved out onto the coastal highway.", "2022-06-08", "moved out onto the coastal highway"),
    ]
    for text, pub, trigger in cases:
        assert trigger in [t for t, _ in found(text, pub, "depart")], (text, found(text, pub, "depart"))


def test_walking_toward_the_border_is_no_departure_without_a_group():
    text = "She began to walk west along the avenue to her office, as she does every morning."
    assert found(text, "2018-10-30", "depart") == []


def test_assembled_and_got_moving_is_a_departure():
    text = ("She was behind the hotel's front desk in October 2018 when the first great caravan came through. It had "
            "assembled in San Pedro Sula and got moving on the 13th of that month.")
    assert found(text, "2020-01-24", "depart") == [("assembled in San Pedro Sula and got moving", "2018-10-13")]


def test_a_week_after_the_departure_times_the_clause_after_it():
    # the departure it is counted from is no second departure; the crossing told after it is a week later
    text = ("She was behind the hotel's front desk in October 2018 when the first great caravan came through. It had "
            "assembled in San Pedro Sula and got moving on the 13th of that month; she remembers the lobby filling with "
            "journalists a few days later, and a week after the departure she watched on the hotel's television as "
            "rafts loaded with its walkers were poled across the river at Tecún Umán.")
    assert [v for _, v in found(text, "2020-01-24", "depart")] == ["2018-10-13"]
    assert [v for _, v in found(text, "2020-01-24", "cross_border")] == ["2018-10-20"]


def test_two_days_after_that_it_was_turned_back_counts_from_what_was_told():
    text = ("TECÚN UMÁN, Guatemala — The caravan left San Pedro Sula on Jan. 15, 2021, and two days after that it was "
            "turned back at Vado Hondo by soldiers with batons and tear gas.")
    assert found(text, "2021-01-20", "block") == [("was turned back", "2021-01-17")]


def test_the_day_after_with_no_object_counts_from_the_day_before_it():
    text = ("He reached Tecún Umán with the caravan on the 18th; on the 19th the crowd broke the Guatemalan gate; the "
            "day after, the caravan crossed the river on rafts.")
    assert [v for _, v in found(text, "2018-10-25", "cross_border")] == ["2018-10-20"]


def test_a_year_ago_is_completed_by_the_day_told_later_in_its_clause():
    text = ("A year ago, Mexico started granting one-year humanitarian cards to the members of the next caravan on the "
            "bridge over the Suchiate, starting on Jan. 17, and she heard that the line was long.")
    assert found(text, "2020-01-24", "asylum") == [("granting one-year humanitarian cards", "2019-01-17")]


def test_new_ways_of_setting_out_from_caravan_holdout93():
    cases = [
        ("SAN SALVADOR — Last Wednesday another Salvadoran group gathered under the statue of the Saviour on the "
         "plaza and headed west for the border.", "2019-01-22",
         "gathered under the statue of the Saviour on the plaza and headed west"),
        ("She keeps a longer memory. Back in 2021, on Oct. 23, a caravan streamed north from Tapachula on the "
         "coastal highway.", "2025-01-30", "streamed north from"),
        ("TAPACHULA, Mexico — Among the photographs she found the column filling the highway out of the city, some "
         "3,000 people.", "2021-11-26", "filling the highway out of"),
        ("TAPACHULA, Mexico — And on Nov. 5, roughly 1,500 people were on the road out of the city by first light.",
         "2025-01-30", "were on the road out of"),
    ]
    for text, pub, trigger in cases:
        assert trigger in [t for t, _ in found(text, pub, "depart")], (text, found(text, pub, "depart"))


def test_a_persons_perfect_in_the_groups_description_does_not_make_the_leaving_a_perfect():
    # the leaving is dated by its morning, not spread from the caravan's start to the publication day
    text = ("TAPACHULA, Mexico — Last year, on June 6, she was in the central park at dawn, photographing extras, "
            "while the biggest caravan she has seen gathered around her and then left the city.")
    assert [e.date for e in built(("a1", "2024-06-28", text)).events if e.type == "depart"] == ["2023-06-06TMO"]


def test_a_clause_hanging_on_the_day_of_a_date_is_dated_by_it():
    text = ("HUIXTLA, Mexico — It is not the first time. In October 2019 she was scouting faces for a soft-drink "
            "commercial here on Oct. 12, the day guardsmen and migration agents stopped a caravan out of Tapachula at "
            "the first houses on the south side of town.")
    assert found(text, "2024-06-28", "block") == [("stopped", "2019-10-12")]
    # ("the day after a clash", "the morning after the march": a day counted from the event, not the event's)
    text = ("Further north, a second caravan of Hondurans forced its way into Mexico on Monday, the day after a clash "
            "on the border bridge in which a Honduran man was killed.")
    assert [v for _, v in found(text, "2018-10-31", "block")] != ["2018-10-29"]


def test_on_the_road_from_the_terminal_is_a_departure_and_a_week_after_they_left_is_not():
    text = ('ESQUIPULAS, Guatemala — "The Hondurans were on the road from the big San Pedro Sula terminal the night '
            'before last, and by this morning I had eleven names in the book," she said on Friday.')
    assert found(text, "2020-10-07", "depart") == [("were on the road from the", "2020-09-30TNI")]
    text = ("Hondurans who had crowded the concourse of San Pedro Sula's bus terminal set off toward Guatemala on Oct. "
            "13, a Saturday. A week after they left, on Saturday the 20th, with the gates on the bridge shut in their "
            "faces, hundreds gave up on the crossing point and went down to the water.")
    assert [v for _, v in found(text, "2018-11-03", "depart")] == ["2018-10-13"]
    assert [e.type for e in built(("a1", "2018-11-03", text)).events if e.date.startswith("2018-10-20")] == []


def test_another_opening_the_sentence_before_is_what_it_stands_for():
    text = ("Esquipulas has done it before. In October 2018 the first of the large caravans spent a night on the lawns "
            "below the basilica on its way north. In January this year another came through the Agua Caliente "
            "crossing. It had left San Pedro Sula's bus station on the 15th, a Wednesday.")
    assert found(text, "2020-10-07", "depart") == [("left", "2020-01-15")]


def test_was_raided_and_cards_given_to_the_group_and_walking_in_it():
    text = ("In Holy Week, on the Monday, about 3,000 people set out from Tapachula on foot. A week later, on Easter "
            "Monday, the column was raided near Pijijiapan, on the coastal highway, by federal police and migration "
            "agents, who took away 367 of its members.")
    assert found(text, "2020-03-27", "block") == [("was raided", "2019-04-22")]
    text = ("She remembers the winter of 2019 by its line. From Jan. 17 that year, immigration officers on the far "
            "end of the bridge gave Hondurans from the caravan that had come down through Guatemala visitor cards on "
            "humanitarian grounds, good for a year.")
    assert [v for _, v in found(text, "2020-03-27", "asylum")] == ["2019-01-17"]
    text = ("In January this year another came through the Agua Caliente crossing. It had left San Pedro Sula's bus "
            "station on the 15th, a Wednesday; the shelters along the route reckoned that more than 4,000 people "
            "walked in it.")
    assert found(text, "2020-10-07", "march") == []


def test_reaching_the_river_and_wading_across_is_one_crossing():
    text = ("TECÚN UMÁN, Guatemala — Yesterday, the Day of the Dead, while families here carried marigolds to the "
            "cemetery, the front of the second group reached the Suchiate and waded across where the river runs "
            "shallow below the old railway bridge.")
    assert found(text, "2018-11-03", "arrive") == []
    assert [v for _, v in found(text, "2018-11-03", "cross_border")] == ["2018-11-02"]
    # (reaching a town and then crossing further on stays an arrival)
    text = ("TECÚN UMÁN, Guatemala — The caravan reached Tecún Umán on Friday and waded across the river on Saturday.")
    assert [t for t, _ in found(text, "2018-10-22", "arrive")] == ["reached"]


def test_gathered_in_the_square_and_headed_north_and_it_did_not_leave_until():
    # from caravan-holdout91
    text = ("His older brother had been waiting in Tapachula since October, and on Friday, Jan. 3, a column of several "
            "hundred gathered in that city's main square and headed north along the coast.")
    assert found(text, "2025-01-20", "depart") == [("gathered in that city's main square and headed north",
                                                    "2025-01-03")]
    text = ("TAPACHULA, Mexico — The Via Crucis caravan left on Palm Sunday this year. Last year it did not leave until "
            "April 23, a week after Easter.")
    assert [v for _, v in found(text, "2024-04-02", "depart")] == ["2024-03-24", "2023-04-23"]


def test_the_first_procession_she_has_seen_leave_and_those_who_had_waited_for_months_are_no_events():
    text = ("TAPACHULA, Mexico — The caravan set off from the central park on Saturday. It was not the first "
            "procession she has seen leave the park.")
    assert found(text, "2019-10-18", "depart") == [("set off", "2019-10-12")]
    assert found(text, "2019-10-18", "march") == []
    text = "TAPACHULA, Mexico — On Christmas Eve the largest caravan she has seen left the park at first light."
    assert found(text, "2024-01-05", "depart") == [("left", "2023-12-24TMO")]
    text = ("TAPACHULA, Mexico — The caravan left on Saturday; many had waited in Tapachula for months for papers that "
            "never came.")
    assert found(text, "2019-10-18", "stay") == []
    text = "TECÚN UMÁN, Guatemala — The migrants have waited at the bridge for two days."
    assert [t for t, _ in found(text, "2018-10-21", "stay")] == ["waited at"]
