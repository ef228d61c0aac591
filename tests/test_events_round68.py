"""Events from the sixty-eighth round.

From caravan-holdout80: groups that "formed up at the same monument ... and took the same road", "met at the city's
main bus station and headed for the Guatemalan border", "came past the building on its way north out of the city"
(departures); "was through the Corinto crossing" (a crossing); walkers "run down by" troops, a caravan the Guard
"had boxed in", one police "had sent back from the Corinto crossing" (blocks); "cards that allowed them to stay"
(papers); "An earlier one that month" and "a larger one" told after a caravan named earlier in the paragraph (the
group moving); and what is no event: "Central Americans walking in a caravan set off" (who set off), people walking
"beside it" or "with it", "the group they were walking with", "a cracked engine block", a shoulder "pulled out of
its socket", "The caravans left from the same city" (caravans in general), "the second caravan of the year to leave
from here" (a rank).  The time a block takes when ", and two years before that, on Oct. 12, 2019," opens the next
clause; a departure toward Guatemala two weeks after another caravan set off is no waypoint of that caravan.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions


def test_new_ways_of_setting_out_are_departures():
    cases = [
        ("SAN SALVADOR — A second, larger group formed up at the same monument last Wednesday and took the same "
         "road west.", "2018-11-05",
         "formed up at the same monument last Wednesday and took the same road", "2018-10-31"),
        ("SAN PEDRO SULA, Honduras — On Jan. 15 a crowd of a few hundred met at the city's main bus station and "
         "headed for the Guatemalan border.", "2022-01-21",
         "met at the city's main bus station and headed for the", "2022-01-15"),
        ("TAPACHULA, Mexico — On Sunday, before dawn, a caravan that had filled the central park for a week came "
         "past the building on its way north out of the city.", "2023-11-02",
         "came past the building on its way north out of", "2023-10-29"),
    ]
    for text, pub, trigger, day in cases:
        assert [(t, v[:10]) for t, v in found(text, pub, "depart")] == [(trigger, day)], text


def test_being_through_the_corinto_crossing_is_a_crossing():
    text = ("SAN PEDRO SULA, Honduras — On Oct. 1, 2020, the caravan set off from the terminal, and it was through "
            "the Corinto crossing and into Guatemala before dark.")
    assert [(t, v) for t, v in found(text, "2022-01-21", "cross_border")] == [
        ("was through the Corinto crossing", "2020-10-01TEV")]


def test_run_down_boxed_in_and_sent_back_from_the_crossing_are_blocks():
    cases = [
        ("HUIXTLA, Mexico — On Sept. 4, the walkers were run down by National Guard troops and immigration agents "
         "on the highway before Huixtla.", "2021-10-28", "were run down by", "2021-09-04"),
        ("HUIXTLA, Mexico — A column set off from Tapachula on Thursday, June 20. The next day the National Guard "
         "had it boxed in on the highway south of Huixtla.", "2024-06-28", "Guard had it boxed", "2024-06-21"),
        ("TAPACHULA, Mexico — On Jan. 15, a Honduran caravan had left San Pedro Sula, and Guatemalan police had "
         "sent it back from the Corinto crossing the following day.", "2022-04-20", "sent it back from",
         "2022-01-16"),
    ]
    for text, pub, trigger, day in cases:
        assert [(t, v[:10]) for t, v in found(text, pub, "block")] == [(trigger, day)], text


def test_cards_that_allowed_the_hondurans_to_stay_are_papers():
    text = ("CHIQUIMULA, Guatemala — On Jan. 17 of last year Mexico began giving the Hondurans waiting at the "
            "Suchiate bridge cards that allowed them to stay.")
    assert [v for _, v in found(text, "2020-01-21", "asylum")] == ["2019-01-17"]


def test_a_one_told_with_a_time_inside_its_subject_or_after_a_caravan_of_its_paragraph_moves():
    text = ("HUIXTLA, Mexico — Last June, on the 21st, a Friday, the National Guard held a caravan there until "
            "evening. An earlier one that month had set out on Thursday, June 6, and had got through.")
    assert [(t, v) for t, v in found(text, "2025-01-24", "depart")] == [("set out", "2024-06-06")]
    text = ("Chalk, iron and the coastal highway: Huixtla's weightlifting coach\n\nHUIXTLA, Mexico — The complex "
            "sits beside the highway. On Jan. 3, a Friday, a caravan left the central square in Tapachula, some "
            "1,500 people by the reporters' reckoning, and when it came past the shed on its way north, the lifters "
            "stood at the fence with chalk on their hands and watched it go by for a long time. Three months "
            "earlier, in October, on a Sunday, the 20th, a larger one had left Tapachula.")
    assert [v for _, v in found(text, "2025-01-24", "depart")] == ["2025-01-03", "2024-10-20"]


def test_walkers_in_the_subject_companions_and_things_are_no_events():
    texts = [
        ("TAPACHULA, Mexico — Back in March, on Palm Sunday, Central Americans walking in a caravan set off from "
         "Tapachula, carrying a cross.", "2018-11-05", [("depart", "2018-03-25")]),
        ("TAPACHULA, Mexico — On Holy Monday the caravan pulled away from the central park. Two of his pupils "
         "walked beside it for an hour and then turned back, and a nurse from her evening class walked with it as "
         "a volunteer as far as Huixtla.", "2019-04-25", [("depart", "2019-04-15")]),
        ("SAN PEDRO SULA, Honduras — Of the pumps he rented out, one returned with a cracked engine block.",
         "2021-02-10", []),
        ("HUIXTLA, Mexico — She treated a man whose shoulder had been pulled out of its socket.", "2021-10-28", []),
        ("SAN PEDRO SULA, Honduras — The caravans left from the same city while his pumps were still out.",
         "2021-02-10", []),
        ("TAPACHULA, Mexico — It was the second caravan of the year to leave from here.", "2022-04-20", []),
    ]
    for text, pub, want in texts:
        assert [(m.type, m.time.value[:10]) for m in mentions(text, pub)] == want, text


def test_a_time_fronted_after_and_two_years_before_that_is_the_next_clauses():
    text = ("HUIXTLA, Mexico — In September 2021, on the 4th, agents and Guard troops broke up another group on the "
            "same stretch, and two years before that, on Oct. 12, 2019, soldiers stopped a column of Africans and "
            "Caribbeans at the edge of town.")
    assert [v for _, v in found(text, "2025-01-24", "block")] == ["2021-09-04", "2019-10-12"]


def test_a_departure_toward_guatemala_two_weeks_into_another_caravan_is_no_waypoint_of_it():
    tl = built(
        ("hn", "2018-10-20", "SAN PEDRO SULA, Honduras — On Saturday, Oct. 13, several thousand Hondurans set off "
                             "from the bus terminal toward Guatemala."),
        ("sv", "2018-11-05", "The studio stands three streets from the plaza, and on the Sunday before last she "
                             "heard the crowd before she saw it. People had been collecting under the monument since "
                             "dawn, and a little after nine they set off west along the highway toward Guatemala."),
    )
    got = sorted((e.type, e.date[:10]) for e in tl.events)
    assert got == [("depart", "2018-10-13"), ("depart", "2018-10-28")]


# From caravan-holdout79.

def test_starting_on_foot_going_round_a_police_line_and_being_in_the_next_country_are_moves():
    text = ("SAN PEDRO SULA, Honduras — In the small hours of Jan. 15, a Friday, several thousand people started on "
            "foot for the Guatemalan border.")
    assert [(t, v) for t, v in found(text, "2021-02-04", "depart")] == [("started on foot for", "2021-01-15")]
    text = ("SAN PEDRO SULA, Honduras — The crowd that poured out of the terminal's gates on the last night of "
            "September went round a thin line of Guatemalan police at Corinto the following afternoon.")
    assert [v for _, v in found(text, "2021-02-04", "cross_border")] == ["2020-10-01TAF"]
    text = ("SAN PEDRO SULA, Honduras — The group before that had left in the autumn, on Oct. 1, 2020, and was in "
            "Guatemala, past the police post at Corinto, before dark.")
    assert [(m.type, m.time.value) for m in mentions(text, "2022-01-25")] == [
        ("depart", "2020-10-01"), ("cross_border", "2020-10-01TEV")]
    assert [v for _, v in found("TAPACHULA, Mexico — By Friday the caravan was already in Tapachula.", "2021-02-04",
                                "arrive")] == ["2021-01-29"]


def test_a_locked_gate_pressed_against_and_walkers_pulled_off_the_highway_are_blocks():
    text = ("TECÚN UMÁN, Guatemala — On Oct. 28 a second Honduran group pressed against the locked Mexican gate "
            "halfway across the bridge.")
    assert [v for _, v in found(text, "2019-04-24", "block")] == ["2018-10-28"]
    text = ("TECÚN UMÁN, Guatemala — On Sunday federal police and migration agents pulled several hundred of them "
            "off the coastal highway near Pijijiapan.")
    assert [v for _, v in found(text, "2019-04-24", "block")] == ["2019-04-21"]


def test_a_column_so_strong_as_shelter_workers_said_is_counted_and_people_crossing_in_twos_are_no_caravan():
    text = ("TECÚN UMÁN, Guatemala — On Monday, April 15, a column some 3,000 strong, shelter workers said, left "
            "Tapachula and started up the coast road. Many had crossed the river from this town in the week before, "
            "in twos and threes, by the rafts.")
    assert [(m.type, m.time.value, m.group_size) for m in mentions(text, "2019-04-24") if m.type != "march"] == [
        ("size", "2019-04-15", 3000), ("depart", "2019-04-15", 3000)]


def test_a_departure_for_the_guatemalan_border_heads_there_and_is_no_waypoint_of_a_caravan_two_weeks_out():
    tl = built(
        ("hn", "2018-10-20", "SAN PEDRO SULA, Honduras — On Saturday, Oct. 13, several thousand Hondurans set off "
                             "from the bus terminal."),
        ("sv", "2018-11-06", "His sister's son went with the first group. It gathered on Sunday, Oct. 28, around the "
                             "statue and set off for the Guatemalan border at about half past nine."),
    )
    assert sorted((e.type, e.date[:10]) for e in tl.events) == [("depart", "2018-10-13"), ("depart", "2018-10-28")]


def test_a_count_of_its_size_right_after_a_departure_joins_another_sources_count_at_that_departure():
    tl = built(
        ("yoga", "2023-11-02", "TAPACHULA, Mexico — On Sunday, before dawn, a caravan that had filled the central park "
                               "for a week came past the building on its way north out of the city. Migration agents "
                               "put its size at about 5,000."),
        ("belt", "2024-06-28", "TAPACHULA, Mexico — The largest of them left on Oct. 30 last year, 7,000 strong, its "
                               "organizers claimed."),
    )
    sizes = [e for e in tl.events if e.type == "size"]
    assert len(sizes) == 1 and sizes[0].conflict


# From caravan-holdout81.

def test_a_weekday_set_beside_a_date_fronted_after_and_is_the_next_clauses_and_another_heading_north_set_out():
    text = ("TAPACHULA, Mexico — It was the third caravan out of Tapachula in five weeks. On Oct. 1, a Tuesday, the "
            "day Mexico's new president was sworn in, a first column had set off, and on Oct. 20, a Sunday, a larger "
            "one left. In June, on Wednesday the 5th, another had headed north.")
    assert [(t, v) for t, v in found(text, "2024-11-08", "depart")] == [
        ("set off", "2024-10-01"), ("left", "2024-10-20"), ("headed north", "2024-06-05")]
