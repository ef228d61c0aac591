"""Events and time expressions from the seventy-third round.

From caravan-holdout90: ranges of hours in words ("from eight to two", "every evening between eight and ten") are two
hours each, but counts and scales are not ("between six and eight operations", "from two to three were arrested",
"rated from one to four", "children aged from six to nine"); an hour of a log line, a list item or "It is five in
the morning" is no habit.  "pushing over the Suchiate", "crowded onto the rafts", "abandoned the span and came down
to the water" are crossings (not "came down to the water" before the verb that tells the crossing); police who "shut
a second Honduran group onto the bridge" blocked it; walkers who went "only to run into Guatemalan soldiers" did run
into them; "pulled away in waves" and "went off on foot" are departures; a count a source "put at" or "numbered at"
in a relative clause, or one whose counter stands inside dashes after it, is a count of its own; ", and in October
2019 the National Guard stopped ..." is a clause and an event of its own (not ", and on Friday its people waded":
the group goes on); "the Via Crucis of that spring" frames the feast told after it; a departure "given as the 6th"
by its organizers conflicts with the 5th; "a column ... quit the city again" is a new caravan leaving (not the
march of one under way), and a departure noun with no place leaves the dateline's town; "a second was on the road on
the 20th" set out that day; "according to a Catholic shelter in Tecún Umán" is a source, no stay; "Ms. Escalante ...
brought them home" is no return.  From caravan-holdout91: a pluperfect in a clause joined by ", and" does not turn
"the Sunday" back; "Roughly 3,500 crossed ..., by the reckoning of ..." is a count; "pushed off from", "assembled
beneath ... and started for", "pulled the column apart", "opened a humanitarian-visa line"; "the second, larger,",
"a second, larger one" and "a third" are newer groups; "on the third day of its march" counts from the departure;
"before the day was out" is the story's day; numbers of things and of corrections are no counts; "one of his
former students was sent home" is no caravan's return; the "now" of a clause after a past verb does not date it; a
count dated by its own week right after a departure on a day of that week is that departure's; "the men who pole
rafts across the Suchiate" tells no event.
From caravan-holdout89: "the Saturday that followed" is the first after the day told; "were ferried across", "was
held there behind a wall of shields", "assembled under the same monument and headed for the Guatemalan border".

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions_of, sizes_found, timex_list


def _times(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.resolution.value) for t in timex_list(text, published) if t.type == "TIME"]


def test_counts_scales_and_ages_are_no_ranges_of_hours():
    for text in ("The hospital's two theatres do between six and eight operations on a normal day.",
                 "The motion passed, and from two to three were arrested.",
                 "Each bug report carries a screenshot and a severity rated from one to four.",
                 "Children aged from six to nine walked with their mothers.",
                 "The verses are nearly identical to one another."):
        assert _times(text, "2022-01-22") == [], text


def test_a_log_line_or_a_list_item_keeps_its_day():
    log = "Period covered: 12/10/2019.\n\n05:45 Group begins moving north along the highway."
    assert ("05:45", "2019-10-12T05:45") in _times(log, "2019-10-13")
    notes = "Wedding notes for Saturday, Dec. 30:\n· The band leaves Escuintla at noon and plays for five hours."
    assert ("noon", "XXXX-XX-XXT12:00") not in _times(notes, "2023-12-30")


def test_new_ways_of_telling_a_crossing():
    text = ("The Honduran caravan left San Pedro Sula on Saturday, Oct. 13, grew as it crossed Guatemala, and a week "
            "later its people were pushing over the Suchiate on rafts made of planks and truck tyres.")
    assert ("pushing over the Suchiate", "2018-10-20") in found(text, "2018-11-05", "cross_border")
    text = "On Oct. 20 the first great column of Hondurans came down to the water and crowded onto the rafts."
    assert ("crowded onto the rafts", "2018-10-20") in found(text, "2019-01-22", "cross_border")
    text = ("On Oct. 28, 2018, Mexican police penned a second group on the bridge. The next day the group abandoned "
            "the span and came down to the water, most of them wading.")
    assert ("abandoned the span and came down to the water", "2018-10-29") in found(text, "2023-11-09", "cross_border")


def test_came_down_to_the_water_before_the_crossing_verb_is_no_trigger_of_its_own():
    text = ("On Oct. 20, 2018, a Saturday, the first great caravan came down to the water here and began crossing "
            "into Mexico on rafts of boards and tyre tubes while the bridge stayed shut.")
    assert [t for t, _ in found(text, "2020-01-22", "cross_border")] == ["crossing into Mexico on rafts"]


def test_new_ways_of_telling_a_block():
    text = ("On Sunday, Oct. 28, 2018, Mexican federal police shut a second Honduran group onto the bridge above her "
            "field site.")
    assert ("shut a second Honduran group onto the bridge", "2018-10-28") in found(text, "2023-11-09", "block")


def test_only_to_run_into_soldiers_is_what_came_of_the_walk():
    text = ("Last January, on the 15th, thousands had walked out of this city in the first caravan of 2021, only to "
            "run into Guatemalan soldiers and their shields at Vado Hondo two days after that.")
    ms = mentions_of(text, "2022-01-19", "block")
    assert [(m.trigger, m.modality, m.time.value) for m in ms] == [
        ("run into Guatemalan soldiers", "actual", "2021-01-17")]


def test_pulled_away_and_went_off_on_foot_are_departures():
    text = "On Wednesday, the caravan that formed at the main bus terminal pulled away in waves."
    assert ("pulled away", "2020-01-15") in found(text, "2020-01-21", "depart")
    text = "On Tuesday night a group of a few hundred went off on foot from the San Pedro Sula terminal."
    assert ("went off on foot", "2021-03-30TNI") in found(text, "2021-04-03", "depart")


def test_a_count_a_source_put_at_or_numbered_at_in_a_relative_clause():
    text = ("Two years ago, on Oct. 12, a column that a network of shelters put at some 1,500 people walked out "
            "toward Huixtla.")
    assert sizes_found(text, "2021-11-27") == [(1500, "2019-10-12")]
    text = "On Nov. 5 a caravan that the migration institute numbered at some 1,500 walked out of Tapachula."
    assert sizes_found(text, "2024-11-12") == [(1500, "2024-11-05")]


def test_a_count_whose_counter_stands_inside_dashes_after_it():
    text = ("On Saturday at a quarter to six in the morning, about 2,000 migrants — Africans, Haitians, Cubans and "
            "Central Americans, by the count of the municipal traffic police, who had officers at every corner — "
            "poured out of the central park.")
    assert sizes_found(text, "2019-10-15") == [(2000, "2019-10-12T05:45")]


def test_a_clause_opened_by_and_in_a_month_is_an_event_of_its_own():
    text = ("In September 2021, a small column that had left Tapachula that morning, on the 4th, was broken up by "
            "migration agents on the highway outside town, and in October 2019 the National Guard stopped a far "
            "larger one at the southern entrance to town on the 12th.")
    assert found(text, "2024-11-12", "block") == [("was broken up", "2021-09-04"), ("stopped", "2019-10-12")]


def test_and_on_a_day_its_people_go_on_with_the_group_before():
    text = ("The second group, bigger than the first, left the capital before dawn on Wednesday of last week, and on "
            "Friday its people waded the Suchiate from Guatemala into Mexico.")
    tl = built(("a", "2018-11-06", text))
    kinds = {e.type: e.caravan for e in tl.events}
    assert kinds["depart"] == kinds["cross_border"]


def test_a_feast_after_the_procession_of_that_spring_is_that_springs():
    text = ("Since the spring of 2018, she said, the red calendar has decided more of her work.\n\n"
            "The hard way was the Via Crucis of that spring. She had booked a press conference in the park on Palm "
            "Sunday morning, and the Via Crucis moved off from the central park that same morning.")
    assert ("moved off from", "2018-03-25TMO") in found(text, "2021-11-27", "depart")


def test_a_departure_given_as_another_day_by_its_organizers_is_a_conflict():
    text = ("In June a column left Tapachula on the 5th, according to a shelter in Huixtla, though its organizers gave "
            "the departure as the 6th.")
    tl = built(("a", "2025-01-24", text))
    assert [(e.type, e.date) for e in tl.events if e.type == "depart"] == [("depart", "2024-06-05/2024-06-06")]


def test_a_new_group_leaving_the_town_again_is_a_caravan_of_its_own():
    text = ("TAPACHULA, Mexico — On Oct. 23, a Saturday, the big caravan took two hours to pass her window.\n\n"
            "Last week, a column of mostly Haitian families quit the city again. The municipal civil protection "
            "office logged its departure before dawn on Thursday, Nov. 18.")
    tl = built(("a", "2021-11-27", text))
    late = [e for e in tl.events if e.type == "depart" and e.date.startswith("2021-11-18")]
    assert len(late) == 1 and late[0].place == "Tapachula"
    assert ("quit", "2021-W46") in found(text, "2021-11-27", "depart")


def test_a_second_group_on_the_road_on_a_day_set_out_that_day():
    text = ("Last June was busier than she likes. A column left Tapachula on the 5th, according to a shelter in "
            "Huixtla, though its organizers gave the departure as the 6th, and a second was on the road on the 20th.")
    tl = built(("a", "2025-01-24", text))
    deps = sorted((e.date, e.caravan) for e in tl.events if e.type == "depart")
    assert [d for d, _ in deps] == ["2024-06-05/2024-06-06", "2024-06-20"]
    assert deps[0][1] != deps[1][1]


def test_a_shelter_named_as_a_source_is_no_stay():
    text = ("By Friday afternoon hundreds of its walkers floated across on tractor inner tubes and plank rafts, "
            "according to a Catholic shelter in Tecún Umán.")
    assert found(text, "2018-11-05", "stay") == []


def test_a_person_bringing_children_home_is_no_return():
    text = ("The town set out water tanks and a church opened its hall. Ms. Escalante took the children to the park "
            "after school to hand out bread rolls, then brought them home for their baths.")
    assert found(text, "2024-11-12", "return") == []


# --- from caravan-holdout91


def test_a_pluperfect_in_a_clause_joined_by_and_does_not_turn_the_sunday_back():
    text = ("The summer of 2021 brought two in quick succession. A group of a few hundred that left Tapachula on "
            "Saturday, Aug. 28, was stopped outside Huixtla on the Sunday, and the following Saturday, Sept. 4, a "
            "second column that had walked out of Tapachula at dawn was scattered by agents before dark.")
    assert ("was stopped", "2021-08-29") in found(text, "2023-11-16", "block")


def test_a_bare_count_opening_its_sentence_with_its_counter_after_a_comma():
    text = ("On Wednesday the caravan began to pull out in batches. Roughly 3,500 crossed into Guatemala that week, "
            "by the reckoning of that country's migration institute.")
    assert sizes_found(text, "2020-01-27") == [(3500, "2020-01-22")]  # (the day of the departure, in that week)
    text = ("At least 30 of the laid-off men, by the count of their former shift boss, walked out of San Pedro Sula "
            "with the caravan that night.")
    assert sizes_found(text, "2020-10-05") == []


def test_more_ways_of_telling_departures_blocks_and_papers():
    text = "In January 2020 the caravan pushed off from the central bus station of San Pedro Sula."
    assert ("pushed off from", "2020-01") in found(text, "2021-01-22", "depart")
    text = ("On Jan. 16 a few hundred people assembled beneath the Salvador del Mundo monument and started for "
            "Guatemala.")
    assert [v for _, v in found(text, "2019-01-21", "depart")] == ["2019-01-16"]
    text = "On Sept. 4 agents overtook the walkers on the highway near Huixtla and pulled the column apart."
    assert ("pulled the column apart", "2021-09-04") in found(text, "2021-09-07", "block")
    text = ("On Jan. 17 Mexico opened a humanitarian-visa line on the border bridge for members of another Honduran "
            "caravan.")
    assert ("opened a humanitarian-visa line", "2019-01-17") in found(text, "2019-01-21", "asylum")


def test_the_second_larger_set_off_by_commas_is_a_newer_group():
    text = ("The first left San Salvador's Salvador del Mundo plaza on Sunday, Oct. 28, some 300 people according to "
            "a church relief group; the second, larger, walked off from the same monument on Wednesday of last week.")
    ms = mentions_of(text, "2018-11-09", "depart")
    assert [(m.trigger, m.later_caravan) for m in ms] == [("left", False), ("walked off from", True)]
    text = ("She watched the first Salvadoran caravan set off toward Guatemala on Sunday, Oct. 28, 2018, and three "
            "days later a second, larger one left from the same steps.")
    assert [m.later_caravan for m in mentions_of(text, "2024-12-13", "depart") if m.trigger == "left from"] == [True]


def test_the_third_day_of_its_march_counts_from_its_departure():
    text = ("The caravan that left San Pedro Sula on Friday, Jan. 15, several thousand strong, had walked into "
            "Guatemala, and on the third day of its march, Guatemalan troops and riot police sealed the highway at "
            "Vado Hondo.")
    assert [(t.text, t.resolution.value) for t in timex_list(text, "2021-01-22")][1] == \
        ("the third day of its march", "2021-01-17")
    assert [v for _, v in found(text, "2021-01-22", "block")] == ["2021-01-17"]


def test_before_the_day_was_out_is_the_storys_day():
    text = ('"The caravan went out of the park this morning at first light," she said on Saturday. The column did '
            "not get far. Before the day was out, agents had overtaken the walkers on the highway near Huixtla and "
            "pulled the column apart.")
    assert ("the day", "2021-09-04") in [(t.text, t.resolution.value) for t in timex_list(text, "2021-09-07")]
    assert found(text, "2021-09-07", "block") == [("pulled the column apart", "2021-09-04")]


def test_numbers_of_a_correction_or_of_things_are_no_counts():
    text = ("Correction (Nov. 12): This story originally put the number of floodlights on the basilica's façade at "
            "64; there are 46.")
    assert sizes_found(text, "2018-11-09") == []
    text = "Correction (Jan. 25): Mr. Guzmán teaches 162 students, not 126 as first reported."
    assert sizes_found(text, "2021-01-22") == []
    text = ("A second group of Salvadorans set out on Jan. 16 from the great square of their capital, and "
            "journalists walking with it put its number at about 300.")
    assert sizes_found(text, "2019-04-24") == [(300, "2019-01-16")]


def test_one_of_his_students_sent_home_is_no_caravans_return():
    text = ("The caravan was broken up in Guatemala within days; one of his former students was sent home on a bus "
            "and is now back in class.")
    assert found(text, "2021-01-22", "return") == []


def test_a_third_walking_out_is_a_newer_group():
    text = "On the morning of Jan. 16, 2019, a third walked out under the statue while she was recording."
    assert [m.later_caravan for m in mentions_of(text, "2024-12-13", "depart")] == [True]


def test_the_now_of_a_clause_after_a_past_verb_does_not_date_it():
    text = ("At the end of January, on Saturday the 29th, a few hundred people left the city, and on Holy Monday, "
            "April 11, a Via Crucis procession of migrants, carrying a rough timber cross, started out of Tapachula "
            "on the same highway he has now lost twice.")
    assert found(text, "2022-06-11", "depart") == [("left", "2022-01-29"), ("started out", "2022-04-11")]


# --- from caravan-holdout89 (left from the seventy-second round)


def test_the_saturday_that_followed_is_the_first_after_the_day_told():
    text = ("The first one left San Pedro Sula on Oct. 13 and reached the river on the Saturday that followed, when "
            "thousands climbed onto rafts of tractor inner tubes and planks and were ferried across for a few "
            "quetzales each.")
    assert ("the Saturday that followed", "2018-10-20") in [(t.text, t.resolution.value)
                                                             for t in timex_list(text, "2018-11-01")]
    assert ("were ferried across", "2018-10-20") in found(text, "2018-11-01", "cross_border")


def test_held_there_behind_shields_and_headed_for_the_border():
    text = "On Oct. 28 a second group pushed onto the bridge and was held there behind a wall of shields."
    assert ("was held there behind", "2018-10-28") in found(text, "2018-11-01", "block")
    text = "On Jan. 16 another column assembled under the same monument and headed for the Guatemalan border."
    assert [v for _, v in found(text, "2019-01-21", "depart")] == ["2019-01-16"]


def test_a_count_in_the_week_of_the_departure_told_just_before_is_that_departures():
    text = ("On Wednesday, Jan. 15, the caravan began to pull out of the main bus terminal in batches. Roughly 3,500 "
            "crossed into Guatemala that week, by the reckoning of that country's migration institute.")
    ms = mentions_of(text, "2020-01-27", "size")
    assert [(m.group_size, m.time.value, m.rule.endswith("+at_departure")) for m in ms] == [(3500, "2020-01-15", True)]


def test_what_the_men_who_pole_rafts_across_do_is_no_event():
    text = ("CIUDAD HIDALGO, Mexico — Itzel has spent five years listening to the men who pole rafts across the "
            "Suchiate.")
    assert found(text, "2023-11-09", "cross_border") == []
    text = "Migrants who crossed the river on Monday were stopped."
    assert [t for t, _ in found(text, "2023-11-09", "cross_border")] == ["crossed the river"]
