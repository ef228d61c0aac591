"""Events from the fifty-ninth round, from caravan-holdout62: "the first big one from Honduras" that came over on
rafts (a group named by "one", and where it came from is no place of the crossing); police who scattered "another
caravan"; a nephew "who had been walking with it" (his own walk and his own return, not the group's); officials who
"tallied about 3,500 of them"; a caravan that broke through a police cordon outside a border post (a crossing) or ran
into a wall of police at "Corinto, the border crossing" (a block, and no crossing in the crossing's name); a caravan
that "marched away from" a city; walkers who carried their cross down a street past a stall; a Via Crucis that "did
not leave until April 23"; pilgrims who "took to the road with their cross on Palm Sunday"; a queue that "reached back
over the river"; thousands who streamed out of a city "heading north"; a caravan that "went past the market toward the
highway"; "An earlier one gathered ... and set off"; riot police who blocked "the caravan from Honduras"; and "the same
city" a caravan left.  And from caravan-holdout63: officers "taking names ... for humanitarian visas"; Salvadorans
"who had left their own capital the day before came through"; police who "fell on that caravan"; "4,000 people if you
took its organizers at their word"; groups that "walked off toward the highway", "had gone the same way", "went at
once", "pulled away from the central park" or "followed it"; "another followed"; a cross hauled past a cart;
"roughly 1,000 people, reporters who went along estimated"; and a departure from the town a caravan left a week
before, which is no waypoint of that caravan.  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions


def test_the_first_big_one_from_honduras_came_over_on_rafts():
    text = ("CIUDAD HIDALGO, Mexico — She learned about caravans last year. On Oct. 20 the first big one from Honduras "
            "came over on rafts beneath the bridge, and she sold nothing.")
    [m] = mentions(text, "2019-01-21")
    assert (m.type, m.trigger, m.time.value) == ("cross_border", "came over on rafts", "2018-10-20")
    assert all(p.role != "from" for p in m.places)  # (where the group came from, not where it crossed)


def test_police_scattered_another_caravan_and_a_nephew_came_home():
    text = ("SAN PEDRO SULA, Honduras — The nephew tried again. Last April, on Easter Sunday, police and migration "
            "agents in Mexico scattered another caravan near Pijijiapan, on the highway by the sea, and the nephew, who "
            "had been walking with it, came home on a bus a fortnight later with nothing but a rash.")
    assert found(text, "2020-01-17") == [("scattered another caravan", "2019-04-21")]


def test_officials_tallied_about_3500_of_them():
    text = ("SAN PEDRO SULA, Honduras — A new caravan was leaving San Pedro Sula for the Guatemalan border. By the time "
            "the stands rolled up their shutters it had gone, and at the border posts, the radio said, Guatemala's "
            "migration officials tallied about 3,500 of them entering the country.")
    assert [m.group_size for m in mentions(text, "2020-01-17") if m.type == "size"] == [3500]


def test_a_cordon_broken_outside_a_border_post_is_a_crossing():
    text = ("CHIQUIMULA, Guatemala — He sold almost nothing that week. And on Oct. 1 last year the autumn caravan "
            "broke through a cordon of Guatemalan police outside the Corinto post, far to the north in Izabal.")
    [m] = mentions(text, "2021-01-19")
    assert (m.type, m.time.value) == ("cross_border", "2020-10-01")
    assert [p.text for p in m.places if p.role == "at"][0] == "Corinto"
    # (one told beside the crossing it was part of stays a block)
    text = ("GUATEMALA CITY — The caravan, estimated by the migration institute at some 3,000 people, entered "
            "Guatemala on 1 October through both border posts, where several hundred broke through the police "
            "cordons.")
    assert [m.type for m in mentions(text, "2020-10-03")] == ["cross_border", "block"]


def test_ran_into_a_wall_of_police_at_the_border_crossing_is_a_block():
    text = ("SAN PEDRO SULA, Honduras — On Sunday the caravan ran into a wall of Guatemalan police and soldiers at "
            "Corinto, the border crossing, and they would not let it go on.")
    assert [(m.type, m.trigger, m.time.value) for m in mentions(text, "2022-01-18")] == [
        ("block", "ran into a wall", "2022-01-16")]


def test_marched_away_from_a_city_and_carried_their_cross_past_a_stall():
    text = ("TAPACHULA, Mexico — The Hondurans who buy from her heard from home that on Jan. 15 a caravan had marched "
            "away from San Pedro Sula, a thousand strong by its leaders' reckoning.")
    assert found(text, "2022-10-19", "depart") == [("marched away from", "2022-01-15")]
    text = ("TAPACHULA, Mexico — She has seen the caravans grow. On April 23 the walkers of the Via Crucis carried "
            "their cross down the street past her stall, and she stood at the door.")
    assert found(text, "2023-11-01", "depart") == [("carried their cross down the street past", "2023-04-23")]


def test_did_not_leave_until_a_day_and_the_year_of_the_one_of_2022():
    text = ("TAPACHULA, Mexico — Other caravans came. The Via Crucis of last year did not leave until April 23, when "
            "the palms had long dried, and the one of 2022 set out on April 11, when the palm fronds were still being "
            "swept from the streets.")
    assert found(text, "2024-03-29", "depart") == [("leave", "2023-04-23"), ("set out", "2022-04-11")]


def test_took_to_the_road_with_their_cross_in_a_year_told_before():
    text = ("TAPACHULA, Mexico — Last year, another had set out from the park on Nov. 5, and the Holy Week pilgrims "
            "took to the road with their cross on Palm Sunday.")
    assert found(text, "2025-01-23", "depart") == [
        ("set out", "2024-11-05"), ("took to the road with their cross on", "2024-03-24")]


def test_a_queue_that_reached_back_over_the_river_is_no_crossing():
    text = ("CIUDAD HIDALGO, Mexico — The caravan reached the bridge on Monday. Before the sun was up the line of "
            "people waiting to give their names reached back over the river into Guatemala.")
    assert [m.type for m in mentions(text, "2019-01-18")] == ["arrive"]


def test_heading_north_after_leaving_tells_how_they_left():
    text = ("TAPACHULA, Mexico — Other caravans have gone without carpets. On Christmas Eve thousands streamed out of "
            "the city heading north, and his sons had to sweep the street twice.")
    assert [m.type for m in mentions(text, "2024-03-29")] == ["depart"]
    # ("set out walking toward the city" is still the march itself)
    text = ("CIUDAD HIDALGO, Mexico — Thousands of Central American migrants who crossed the river regrouped in this "
            "border town on Sunday and set out walking toward the city of Tapachula.")
    assert "march" in [m.type for m in mentions(text, "2018-10-21")]


def test_went_past_the_market_toward_the_highway():
    text = ("TAPACHULA, Mexico — On Monday, at half past four in the morning, she was unlocking the mill when the "
            "caravan that had named itself the Exodus from Poverty went past the market toward the highway, upwards "
            "of 5,000 people according to the local papers' tally.")
    assert found(text, "2023-11-01", "depart") == [("went past the market toward the highway", "2023-10-30T04:30")]


def test_an_earlier_one_gathered_and_set_off():
    text = ("TAPACHULA, Mexico — It was not the first caravan he has watched go. An earlier one gathered on the central "
            "square on Jan. 3 and set off before the shops opened.")
    assert found(text, "2025-01-23", "depart") == [("set off", "2025-01-03")]


def test_the_caravan_from_honduras_is_not_where_police_blocked_it():
    text = ("CHIQUIMULA, Guatemala — On Sunday he was on the highway at Vado Hondo, riding back from the last dairy, "
            "when soldiers and riot police blocked the caravan from Honduras with shields and tear gas.")
    [m] = [m for m in mentions(text, "2021-01-19") if m.type == "block"]
    assert all(p.text != "Honduras" or p.role == "mention" for p in m.places)


def test_the_same_city_is_the_one_left_a_paragraph_before():
    text = ("CHIQUIMULA, Guatemala — The caravan had left on Friday from San Pedro Sula and crossed into Guatemala at "
            "the border posts up the valley.\n\nIt was not the first he has seen. The caravan before it left the same "
            "city on Jan. 15, 2020, and its organizers spoke of 4,000 walkers.")
    [m] = [m for m in mentions(text, "2021-01-19") if m.time is not None and m.time.value == "2020-01-15"
           and m.type == "depart"]
    assert [(p.place.name, p.role) for p in m.places] == [("San Pedro Sula", "from")]


def test_hondurans_of_the_latest_caravan_are_not_the_salvadorans_who_left_the_day_before():
    # two texts tell the visas of 17 January 2019; one also tells a Salvadoran group that set off the day before, and
    # the other calls the Hondurans "a new caravan"
    tl = built(
        ("a", "2019-01-18", "CIUDAD HIDALGO, Mexico — Yesterday Mexican migration officers began signing up the "
                            "Hondurans of the latest caravan for humanitarian visas on the bridge itself. On Wednesday "
                            "a group of about 300 Salvadorans set off from San Salvador."),
        ("b", "2019-10-14", "TAPACHULA, Mexico — In January, migration officers on the bridge at Ciudad Hidalgo began "
                            "issuing humanitarian visas to the Hondurans of a new caravan on Jan. 17, and by February "
                            "the benches were full."),
        ("c", "2018-10-14", "SAN PEDRO SULA, Honduras — Thousands of migrants set out from the bus terminal on "
                            "Saturday, Oct. 13, bound for the United States."))
    asylum = [e for e in tl.events if e.type == "asylum"]
    departs = [e for e in tl.events if e.type == "depart" and str(e.start).startswith("2019-01")]
    assert len(asylum) == 1 and sorted(asylum[0].sources) == ["a", "b"]
    assert departs and all(asylum[0].caravan != d.caravan for d in departs)


def test_the_size_of_a_first_caravan_of_salvadorans_is_that_caravans():
    tl = built(("a", "2018-10-30", "CIUDAD HIDALGO, Mexico — Two more columns are on the road behind them. On Sunday a "
                                   "first caravan of Salvadorans left their capital from its biggest square, the Plaza "
                                   "Salvador del Mundo, roughly 300 of them as reporters on the road with it reckoned."),
               ("b", "2018-10-14", "SAN PEDRO SULA, Honduras — Thousands of migrants set out from the bus terminal on "
                                   "Saturday, Oct. 13, bound for the United States."))
    [dep] = [e for e in tl.events if e.type == "depart" and str(e.start) == "2018-10-28"]
    [size] = [e for e in tl.events if e.type == "size"]
    assert size.caravan == dep.caravan


def test_taking_names_for_visas_and_salvadorans_who_had_left_the_day_before():
    text = ("TECÚN UMÁN, Guatemala, Jan. 17 — She sells erasers. A year ago today, Mexican migration officers began "
            "taking names on the bridge for humanitarian visas, and the Hondurans then on the road stood in a line. "
            "Salvadorans who had left their own capital the day before came through soon after.")
    assert found(text, "2020-01-20") == [("taking names on the bridge for humanitarian visas", "2019-01-17"),
                                          ("left", "2019-01-16")]


def test_police_fell_on_that_caravan():
    text = ("TAPACHULA, Mexico — On Monday, Easter Monday, Mexico's federal police and migration agents fell on that "
            "caravan on the highway along the coast near Pijijiapan and put hundreds of people on buses.")
    assert found(text, "2019-04-24", "block") == [("fell on that caravan", "2019-04-22")]


def test_counts_taken_at_their_word_or_estimated_by_reporters_who_went_along():
    text = ("SAN PEDRO SULA, Honduras — A year ago, on Jan. 15, 2020, a different caravan had gone out of the same "
            "terminal, 4,000 people if you took its organizers at their word.")
    assert [m.group_size for m in mentions(text, "2021-01-21") if m.type == "size"] == [4000]
    text = ("TAPACHULA, Mexico — It was the second this month. On June 5 another had gone the same way, roughly 1,000 "
            "people, reporters who went along estimated, and she had not been ready.")
    assert [(m.type, m.group_size, m.time.value) for m in mentions(text, "2024-06-24")] == [
        ("depart", None, "2024-06-05"), ("size", 1000, "2024-06-05")]


def test_walked_off_went_at_once_pulled_away_and_hauled_a_cross_past():
    text = ("TAPACHULA, Mexico — She said on Saturday: \"This morning a few hundred of them walked off toward the "
            "highway with their children on their shoulders.\"")
    assert found(text, "2022-02-01", "depart") == [("walked off toward", "2022-01-29TMO")]
    text = ("TAPACHULA, Mexico — This year the pilgrims set out on Palm Sunday, March 24. On Christmas Eve last year "
            "thousands went at once, and she was not at the market.")
    assert found(text, "2024-06-24", "depart") == [("set out", "2024-03-24"), ("went at once", "2023-12-24")]
    text = ("TAPACHULA, Mexico — She sells slings. On Thursday, a little before six, several hundred people pulled "
            "away from the central park in a caravan and made for the highway.")
    assert found(text, "2024-06-24", "depart") == [("pulled away from", "2024-06-20T06:00")]
    text = ("TAPACHULA, Mexico — He keeps a tally of the caravans. Last year the Via Crucis pilgrims hauled their "
            "cross past his cart on Palm Sunday.")
    assert found(text, "2025-01-24", "depart") == [("hauled their cross past", "2024-03-24")]


def test_one_that_followed_it_and_another_that_followed_but_not_the_police():
    text = ("TAPACHULA, Mexico — It was the third to leave the city in five weeks. On Oct. 1 a caravan set out from "
            "the same park; on Oct. 20 a far bigger one followed it.")
    assert found(text, "2024-11-07", "depart") == [("set out", "2024-10-01"), ("followed it", "2024-10-20")]
    text = ("TAPACHULA, Mexico — He keeps a tally of the caravans. A caravan went on Oct. 1; on Oct. 20 another "
            "followed; and one more went out on Nov. 5.")
    assert found(text, "2025-01-24", "depart") == [
        ("went on", "2024-10-01"), ("another followed", "2024-10-20"), ("went out on", "2024-11-05")]
    text = "TAPACHULA, Mexico — The caravan left on Sunday, and police followed it on Monday."
    assert found(text, "2025-01-24", "depart") == [("left", "2025-01-19")]


def test_a_departure_from_the_town_a_caravan_left_a_week_before_is_no_waypoint():
    # (the caravan of Aug. 28 takes Tapachula as its origin from the second text's departure, which joins it)
    tl = built(("a", "2022-02-01", "MEXICO CITY — Caravans kept coming. On Aug. 28, 2021, a caravan of several "
                                   "hundred people set out on foot."),
               ("b", "2021-09-06", "HUIXTLA, Mexico — On Saturday she had the table up by seven. Several hundred "
                                   "people had set out on foot from Tapachula at dawn, and by the afternoon National "
                                   "Guard troops had scattered them on the highway."))
    assert sorted(str(e.start) for e in tl.events if e.type == "depart") == ["2021-08-28", "2021-09-04"]
