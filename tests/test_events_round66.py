"""Events from the sixty-sixth round.

From caravan-holdout76: walkers who "walked off west along the highway toward the Guatemalan border", "took to the
coastal highway out of Tapachula", "took the coastal road north", "followed a cross out of town", "had gone out the
same way", "met at the foot of that same monument and headed for the border" (departures); a column that "broke
through the Guatemalan post" or "shouldered its way past the police line" at Corinto (crossings); walkers "heaving at
the Mexican gate" while police "held it closed" (a block); officials who "started writing down people's names" at the
bridge (papers); "a Via Crucis of about 3,000 people" (a size); and the times such mentions take: a quotation that
goes on after a long attribution dated by its day, ", and a little over two weeks before that, on Oct. 20, ...", and a
second verb after "and" ("walked out of the park and took the highway north: roughly 1,000 people"); a dateline
with the town alone in capitals ("SAN SALVADOR —"); and "the Mexicans" who hand out papers are no group's
nationality.

Leftovers of holdout75: "Started in 2015, five years ago, with one box" (no departure), "Every January the pilgrims
arrive" (habitual); and what the sentence right after "a second group of Hondurans" tells with no group of its own
("Stones flew, ... and the walkers spent that night on the bridge") is that newer group's.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions, sizes_found


def test_walking_off_west_along_the_highway_is_a_departure_not_a_march():
    text = ("SAN SALVADOR — On Wednesday, a few hundred Salvadorans met at dawn under the monument, a short bus ride "
            "up the avenue, and walked off west along the highway toward the Guatemalan border.")
    got = found(text, "2019-01-21")
    assert [(t, v[:10]) for t, v in got] == [("walked off west along the highway toward", "2019-01-16")]


def test_new_ways_of_leaving_town_are_departures():
    cases = [
        ("TAPACHULA, Mexico — On Tuesday several hundred people in a new caravan took to the coastal highway out of "
         "Tapachula.", "2024-11-08", "took to the coastal highway out of"),
        ("TAPACHULA, Mexico — On Tuesday a caravan of a few hundred took the coastal road north.", "2024-11-08",
         "took the coastal road north"),
        ("TAPACHULA, Mexico — On Palm Sunday the Holy Week walkers followed a cross out of town.", "2024-03-30",
         "followed a cross out of"),
        ("ESCUINTLA, Mexico — In April a Via Crucis had gone out the same way, behind its cross.", "2023-11-08",
         "gone out the same way"),
        ("SAN SALVADOR — On Sunday, Oct. 28, a first group met at the foot of the monument and headed for the border.",
         "2019-01-21", "met at the foot of the monument and headed for the border"),
    ]
    for text, pub, trigger in cases:
        assert [t for t, _ in found(text, pub, "depart")] == [trigger], text


def test_breaking_through_or_shouldering_past_the_post_at_corinto_is_a_crossing_that_very_day():
    text = ("CHIQUIMULA, Guatemala — In October 2020, a second caravan, whose people had quit San Pedro Sula on "
            "Oct. 1, broke through the Guatemalan post at Corinto that very day.")
    assert found(text, "2022-01-24", "cross_border") == [("broke through the Guatemalan post", "2020-10-01")]
    text = ("SAN PEDRO SULA, Honduras — On the night of Sept. 30 a crowd formed in the terminal's car park, and by "
            "the next afternoon it had shouldered its way past the police line at Corinto, on the Guatemalan side.")
    assert [t for t, _ in found(text, "2021-01-20", "cross_border")] == ["shouldered its way past the police line"]


def test_heaving_at_the_gate_while_police_held_it_closed_is_a_block():
    text = ("TECÚN UMÁN, Guatemala, Oct. 29 — Yesterday's trouble came up from the river. Hondurans spent the "
            "afternoon on the bridge heaving at the Mexican gate while federal police on the far side held it closed.")
    got = found(text, "2018-10-31", "block")
    assert [(t, v) for t, v in got] == [("heaving at the Mexican gate", "2018-10-28TAF"),
                                        ("held it closed", "2018-10-28TAF")]


def test_names_written_down_at_the_bridge_in_a_quotation_going_on_after_a_long_attribution():
    text = ('SAN SALVADOR — "They took the shirts and never came back for the skirts," she said on Friday, folding '
            'two navy skirts into a plastic bag with a name written on it in marker. "My nephew phoned me from '
            "Tapachula. Yesterday, he says, the Mexicans started writing down people's names at the bridge over the "
            'river and giving them a card so they can stay and work."')
    assert found(text, "2019-01-21", "asylum") == [("started writing down people's names", "2019-01-17")]


def test_a_via_crucis_of_some_thousands_is_a_count_of_its_own():
    text = ("TAPACHULA, Mexico — In April, on the 23rd, a Sunday, a Via Crucis of about 3,000 people left the park "
            "behind a wooden cross two men carried on their shoulders.")
    assert sizes_found(text, "2023-11-02") == [(3000, "2023-04-23")]


def test_a_day_after_a_time_told_back_from_another_opens_the_next_clause():
    text = ("TAPACHULA, Mexico — In the autumn there were two. On Nov. 5 a caravan of a few hundred took the coastal "
            "road north, and a little over two weeks before that, on Oct. 20, a much larger column had set off from "
            "the park by the cathedral.")
    assert found(text, "2025-01-22", "depart") == [("took the coastal road north", "2024-11-05"),
                                                   ("set off", "2024-10-20")]


def test_a_second_verb_after_and_shares_the_first_ones_day_and_its_count_is_at_departure():
    text = ("TAPACHULA, Mexico — Last Thursday, before dawn, a caravan walked out of the park and took the highway "
            "north: roughly 1,000 people as the press counted them.")
    assert sizes_found(text, "2021-11-23") == [(1000, "2021-11-18TMO")]


def test_a_town_in_capitals_before_the_dash_is_a_dateline_a_departure_naming_no_place_leaves():
    text = ("SAN SALVADOR — It is the third time in a few months that her regulars have talked of nothing else. On "
            "Sunday, Oct. 28, a first group met at the foot of that same monument and headed for the border.")
    (dep,) = [m for m in mentions(text, "2019-01-21") if m.type == "depart"]
    assert [(r.place.name, r.role) for r in dep.places] == [("San Salvador", "from")]


def test_the_officials_handing_out_papers_give_no_nationality_to_the_group():
    # ("the Mexicans" are the state at the bridge: the papers go with the caravan another story tells)
    text = ("TAPACHULA, Mexico — On Thursday the Mexicans started writing down people's names at the bridge over "
            "the river and giving them a card so they can stay and work.")
    (papers,) = [m for m in mentions(text, "2019-01-21") if m.type == "asylum"]
    assert papers.nationality is None


def test_starting_in_a_year_is_no_departure_and_a_months_every_year_is_habitual():
    # ("Started in 2015": a stall's beginning; "started in" counts only with the town named)
    text = ("ESQUIPULAS, Guatemala — Started in 2015, five years ago, with one box; this feast he bought forty. Every "
            "January the pilgrims arrive in buses from all over Central America for the feast on the 15th.")
    assert [(m.type, m.modality) for m in mentions(text, "2020-01-20")] == [("arrive", "hypothetical")]
    text = "SAN PEDRO SULA, Honduras — The caravan started in San Pedro Sula on the 13th of October."
    assert [t for t, _ in found(text, "2018-10-20", "depart")] == ["started in"]


def test_what_has_no_group_of_its_own_right_after_a_second_group_is_that_groups():
    text = ("CIUDAD HIDALGO, Mexico — The first caravan left San Pedro Sula on Oct. 13 and crossed the river on rafts "
            "on Oct. 20. Last Sunday a second group of Hondurans, about 1,500 people by the federal police's count, "
            "came down the Guatemalan side and found the gate on the bridge locked. Stones flew, tear gas drifted over "
            "the water, and the walkers spent that night on the bridge.")
    tl = built(("t", "2018-11-03", text))
    caravan = {e.type: e.caravan for e in tl.events if e.date.startswith("2018-10-28")}
    assert caravan["stay"] == caravan["block"] == caravan["size"]
    assert caravan["block"] != next(e.caravan for e in tl.events if e.type == "depart")
