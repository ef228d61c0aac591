"""Events from the sixty-seventh round.

From caravan-holdout78: groups that "turned west onto the highway toward the Guatemalan border", "started west along
the highway toward Guatemala", "streamed up the highway from Tapachula", "had taken its cross north from Tapachula",
were "already out on the highway", came "out of the city", or were "out of their capital since Jan. 16"; a terminal
that "had emptied onto the highway"; a town that "saw off" a caravan (departures); a column that "came through the
water" or "had gone over eight days earlier" (crossings); a column that "walked into a wall of shields", troops that
"waded into it", a group "chased off the road" (blocks); officials "handing each one a plastic card that lets the
bearer stay" or who "opened a registration" (papers); reporters who "guessed a thousand or so" (a size); and what
is not an event: "the departing families", "Mr. Gálvez, arriving with his trailer".  The dates such mentions take:
a count in a relative clause's departure ("some 300, who had left San Salvador that same Sunday"), a count of "the
column" in the paragraph after its departure, a departure "since" a day.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions, mentions_of


def test_new_ways_of_leaving_town_are_departures():
    cases = [
        ("SAN SALVADOR — Last Sunday morning a crowd collected on the steps of the monument. A little after nine "
         "they turned west onto the highway toward the Guatemalan border.", "2018-11-03",
         "turned west onto the highway toward", "2018-10-28"),
        ("SAN PEDRO SULA, Honduras — Before first light on Friday, Jan. 15, a crowd that had slept in the terminal "
         "started west along the highway toward Guatemala, several thousand of them.", "2021-02-03",
         "started west along the highway toward", "2021-01-15"),
        ("HUIXTLA, Mexico — On Oct. 29 of last year, the column streamed up the highway from Tapachula.",
         "2024-06-26", "streamed up the highway from", "2023-10-29"),
        ("HUIXTLA, Mexico — On April 23 of last year the Via Crucis had taken its cross north from Tapachula.",
         "2024-06-26", "taken its cross north from", "2023-04-23"),
        ("CHOLOMA, Honduras — In January she watched the biggest one come out of the city on the morning of the "
         "15th.", "2021-04-07", "come out of the city", "2021-01-15"),
    ]
    for text, pub, trigger, day in cases:
        assert [(t, v[:10]) for t, v in found(text, pub, "depart")] == [(trigger, day)], text


def test_a_group_already_out_on_the_highway_left_the_dateline_town_not_the_honduran_one():
    text = ("SAN SALVADOR — The Honduran column had marched off on Oct. 13, a Saturday, from a terminal car park in "
            "San Pedro Sula.\n\nOn Wednesday, Oct. 31, it was the turn of a second group from here. It assembled "
            "under the "
            "monument before sunrise, bigger than the first, and was already out on the highway when the coach "
            "unlocked the court gate at six.")
    got = [m for m in mentions(text, "2018-11-03") if m.trigger == "was already out on the highway"]
    assert len(got) == 1
    assert got[0].time.value.startswith("2018-10-31")
    assert [(p.place.name, p.role) for p in got[0].places] == [("San Salvador", "from")]


def test_a_terminal_emptied_a_town_seeing_a_caravan_off_and_walkers_out_since_a_day_are_departures():
    text = ("ESQUIPULAS, Guatemala — By then the news had reached the plaza: San Pedro Sula's main terminal had "
            "emptied onto the highway before dawn.")
    got = mentions_of(text, "2020-01-22", "depart")
    assert [(m.trigger, [(p.place.name, p.role) for p in m.places]) for m in got] == [
        ("emptied onto the highway", [("San Pedro Sula", "from")])]
    text = ("ESQUIPULAS, Guatemala — The first of the big columns he saw on television: the one that San Pedro Sula "
            "saw off on Oct. 13, 2018.")
    assert found(text, "2020-01-22", "depart") == [("saw off on", "2018-10-13")]
    text = ("ESQUIPULAS, Guatemala — Last January, walkers from El Salvador, out of their capital since Jan. 16, "
            "came through the plaza in small groups over a weekend.")
    assert found(text, "2020-01-22", "depart") == [("out of their capital since", "2019-01-16")]


def test_coming_through_the_water_and_going_over_days_earlier_are_crossings():
    text = ("TECÚN UMÁN, Guatemala — A bigger group that had started out on the last day of the month came through "
            "the water on All Souls' Day, when the cemetery on the hill was full of marigolds.")
    assert found(text, "2019-01-21", "cross_border") == [("came through the water", "2018-11-02")]
    text = ("TECÚN UMÁN, Guatemala — The second column crossed the river on foot on Oct. 29. The first column had "
            "gone over eight days earlier, on rafts.")
    assert ("gone over", "2018-10-21") in found(text, "2019-01-21", "cross_border")


def test_walking_into_a_wall_of_shields_troops_wading_in_and_a_group_chased_off_the_road_are_blocks():
    text = ("SAN PEDRO SULA, Honduras — By Sunday the 17th the head of the column had walked into a wall of shields "
            "across the road at Vado Hondo.")
    assert [t for t, _ in found(text, "2021-02-03", "block")] == ["walked into a wall"]
    assert found(text, "2021-02-03", "arrive") == []
    text = ("HUIXTLA, Mexico — The caravan had barely reached the edge of town when, on Aug. 29, Guard troops and "
            "migration agents waded into it on the highway.")
    assert found(text, "2021-10-20", "block") == [("agents waded into it", "2021-08-29")]
    text = ("TAPACHULA, Mexico — The following Saturday, Sept. 4, another group was chased off the road a few "
            "kilometres short of Huixtla.")
    assert found(text, "2021-11-23", "block") == [("was chased off the road", "2021-09-04")]


def test_a_card_that_lets_the_bearer_stay_and_a_registration_opened_are_papers():
    text = ("TECÚN UMÁN, Guatemala, Jan. 18 — Yesterday, on the far bank, Mexican migration officers set up tables "
            "and "
            "began photographing the Hondurans waiting at the gate and handing each one a plastic card that lets "
            "the bearer stay and work in Mexico for a year.")
    got = found(text, "2019-01-21", "asylum")
    assert [(t[:22], v) for t, v in got] == [("handing each one a pla", "2019-01-17")]
    text = ("ESQUIPULAS, Guatemala — On Thursday Mexico opened a registration at the bridge over the Suchiate for the "
            "Hondurans.")
    assert found(text, "2019-01-19", "asylum") == [("opened a registration", "2019-01-17")]


def test_reporters_guessing_a_thousand_or_so_count_the_caravan_that_set_off():
    text = ("HUIXTLA, Mexico — Last Thursday, before first light, a caravan of walkers pulled out of Tapachula up the "
            "coastal highway. Reporters who walked alongside it guessed a thousand or so.")
    got = mentions_of(text, "2024-06-26", "size")
    assert [(m.group_size, m.time.value[:10]) for m in got] == [(1000, "2024-06-20")]


def test_a_count_in_a_relative_clause_takes_the_day_its_group_left():
    text = ("TECÚN UMÁN, Guatemala — On Oct. 28, a Sunday, a second Honduran group tried to break through the gate. "
            "Then the Salvadorans came through: a first group of some 300, who had left San Salvador that same "
            "Sunday, and a bigger one that had started out on the last day of the month and came through the water "
            "on All Souls' Day.")
    got = mentions_of(text, "2019-01-21", "size")
    assert [(m.group_size, m.time.value) for m in got] == [(300, "2018-10-28")]
    assert "+at_departure" in got[0].rule


def test_a_count_of_the_column_after_its_departure_paragraph_is_the_count_at_its_departure():
    text = ("TAPACHULA, Mexico — At a quarter to five on Monday morning she was pinning a dress when the caravan came "
            "down the avenue past the glass, heading north out of the city. \"I could not leave the window,\" she "
            "said.\n\nFederal migration agents estimated the column at roughly 5,000 people, from Central America, "
            "Venezuela, Cuba and Haiti.")
    got = mentions_of(text, "2023-11-03", "size")
    assert [(m.group_size, m.time.value[:10]) for m in got] == [(5000, "2023-10-30")]
    assert "+at_departure" in got[0].rule
    assert "Central America" not in [p.place.name for p in got[0].places]  # where they come from


def test_the_departing_families_and_a_named_man_arriving_are_no_events():
    text = ("TAPACHULA, Mexico — The caravan of Christmas Eve, 2023, cost her two machines, which the departing "
            "families simply left behind in locked rooms.")
    assert [t for t, _ in found(text, "2025-01-23", "depart")] == ["caravan of"]
    text = ("HUIXTLA, Mexico — The next day the walkers ran into a National Guard roadblock, and Mr. Gálvez, "
            "arriving "
            "with his trailer at seven, found the road closed and the walkers sitting on the verge.")
    assert found(text, "2024-06-26", "arrive") == []


def test_two_sources_counting_the_exodus_at_its_departure_are_one_size_with_a_conflict():
    a = ("TAPACHULA, Mexico — At a quarter to five on Monday morning she was pinning a dress when the caravan came "
         "down the avenue, heading north out of the city. \"I could not leave,\" she said.\n\nFederal migration agents "
         "estimated the column at roughly 5,000 people.")
    b = ("HUIXTLA, Mexico — On Oct. 29 of last year, the column its organizers had christened the Exodus from "
         "Poverty streamed up the highway from Tapachula; the parish shelters tallied 6,500 people.")
    tl = built(("benbulbin-2023-11-03", "2023-11-03", a), ("mangerton-2024-06-26", "2024-06-26", b))
    sizes = [e for e in tl.events if e.type == "size"]
    assert len(sizes) == 1 and sizes[0].conflict


def test_a_second_group_trying_to_break_through_the_gate_clashed_and_goes_on_across_the_river():
    text = ("TECÚN UMÁN, Guatemala — On Oct. 28, a Sunday, a second Honduran group spent the afternoon trying to "
            "break through the Mexican gate, and the gas drifted up the street. She closed the shutters and finished "
            "the session. The morning after, the same people went down the embankment and crossed the river on foot.")
    got = [m for m in mentions(text, "2019-01-21") if m.type in ("block", "cross_border")]
    assert [(m.type, m.modality, m.time.value[:10]) for m in got] == [
        ("block", "actual", "2018-10-28"), ("cross_border", "actual", "2018-10-29")]
    tl = built(("mweel-2019-01-21", "2019-01-21", text))
    assert len({e.caravan for e in tl.events}) == 1  # the newer group's clash and its crossing the day after


def test_the_hondurans_handed_papers_are_the_groups_nationality():
    text = ("TECÚN UMÁN, Guatemala, Jan. 18 — Yesterday Mexican migration officers began photographing the "
            "Hondurans "
            "waiting at the gate and handing each one a plastic card that lets the bearer stay and work in Mexico.")
    got = mentions_of(text, "2019-01-21", "asylum")
    assert [m.nationality for m in got] == ["HN"]
