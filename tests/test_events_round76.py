"""Events and time expressions from the seventy-sixth round.

From caravan-holdout96 (last round's hold-out, read this round): blocks that are things ("certified steel blocks",
"her reference blocks") or a comparison ("like a roadblock"), and an earlier event told in a pluperfect relative
clause, which the sentence's time does not date.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions, sizes_found


def test_blocks_that_are_things_or_a_comparison_are_no_blocks():
    cases = [
        ("Inside the scale house two inspectors roll a cart of certified steel blocks onto the platform every "
         "morning.", "2020-01-22"),
        ("Twice a year she travels to a herbarium in Honduras to check her reference blocks against the slides "
         "kept there.", "2021-01-21"),
        ("Nothing kills a turbo like a roadblock, he says.", "2022-10-25"),
    ]
    for text, pub in cases:
        assert found(text, pub, "block") == [], (text, found(text, pub, "block"))


def test_a_block_still_counts_next_to_those_words():
    text = "On Sunday police blocked the highway with steel barriers, and the column stopped at the roadblock."
    assert ("blocked", "2020-01-19") in found(text, "2020-01-22", "block")


def test_a_pluperfect_relative_clause_is_not_dated_by_the_sentence_time_before_it():
    # the turning back happened days before "Yesterday"; it keeps no day of that sentence (nor the lede's)
    text = ("CHIQUIMULA, Guatemala — Ms. Ramos reads wood for the forestry service.\n\n"
            "Yesterday she wrote two such lines, both for pine, both from checkpoints on the highway where the "
            "Hondurans had been turned back.")
    got = [m for m in mentions(text, "2021-01-21") if m.type == "block"]
    assert got and all(m.time is None or m.time.value != "2021-01-20" for m in got), \
        [(m.trigger, m.time and m.time.value) for m in got]
    # the main clause keeps the time before it
    assert ("left", "2021-01-18") in found("On Monday the migrants who had camped in the park left Chiquimula.",
                                          "2021-01-21", "depart")


def test_new_ways_of_setting_out_and_of_blocking():
    text = ("It was not her first caravan. In October 2018 she watched the first large one, which had got going on the "
            "13th at the coach station of San Pedro Sula, come up the highway past the campus gate.")
    assert ("got going", "2018-10-13") in found(text, "2021-01-21", "depart")
    # "another" is the subject of the verb coordinated with its own ("one of her students" is a person)
    text = ("It was not her first caravan. Last January, on the 15th, another formed at that same station and set out "
            "for the border.")
    assert ("set out", "2020-01-15") in found(text, "2021-01-21", "depart")
    text = "It was not her first caravan. Last January one of her students wrote a thesis and set out for the border."
    assert found(text, "2021-01-21", "depart") == []
    text = "On Sunday the gate he sees from his window stayed locked against a second caravan of Hondurans."
    assert [v for _, v in found(text, "2020-01-22", "block")] == ["2020-01-19"]


def test_a_lag_after_a_clause_on_what_was_told_before_counts_from_it():
    # "seven days after it left": the surrounding is seven days after the leaving, not before it
    text = ("In Holy Week of 2019 a column a few thousand strong poured out of Tapachula on Holy Monday, and on Easter "
            "Monday, seven days after it left, federal police and migration officers surrounded part of it near "
            "Pijijiapan.")
    assert ("officers surrounded part of it", "2019-04-22") in found(text, "2021-11-30", "block")


def test_a_count_an_agency_arrived_at_is_a_size_not_an_arrival():
    text = ("On Wednesday thousands of Hondurans left San Pedro Sula's bus station in the dark, and Guatemala's "
            "migration institute, tallying them at its posts on the Honduran border, arrived at roughly 3,500.")
    assert found(text, "2020-01-22", "arrive") == []
    assert [n for n, _ in sizes_found(text, "2020-01-22")] == [3500]
    # an arrival at a clock time stays one
    assert found("The caravan arrived at about 5 p.m. in Tecún Umán on Wednesday.", "2020-01-22", "arrive")


def test_no_march_in_a_gift_or_a_banner():
    assert found("The walkers came down the road past the basilica on Wednesday with rosaries that pilgrims had "
                 "pressed on them.", "2020-01-22", "march") == []
    assert found("On Monday the caravan pressed on toward Huixtla.", "2020-01-22", "march")
    assert found("Thousands of people, many of them marching under a banner reading Exodus from Poverty, had left "
                 "Tapachula on Monday.", "2023-12-29", "march") == []


def test_taking_the_road_toward_the_border_after_setting_out_is_that_departure():
    text = ("The Salvadorans followed later: on Sunday, Oct. 28, a few hundred of them started out from the plaza of "
            "the Divine Saviour of the World in San Salvador and took the road toward the Guatemalan border.")
    assert found(text, "2018-11-08", "march") == []
    assert [v for _, v in found(text, "2018-11-08", "depart")] == ["2018-10-28"]


def test_gathering_then_walking_off_is_setting_out():
    text = ("SAN SALVADOR — On Oct. 28, a Sunday, a group of Salvadorans gathered in the plaza below the monument "
            "before dawn and walked west toward Guatemala, a column the police estimated at about 300.")
    assert found(text, "2019-01-24", "depart") == [("walked", "2018-10-28TMO")]
    assert found(text, "2019-01-24", "march") == []
    # a walk after gathering in another clause stays a march
    text = "The walkers gathered in the park on Sunday. On Monday they walked north toward Huixtla."
    assert found(text, "2019-01-24", "depart") == []


def test_the_departure_of_a_caravan_named_before_and_its_day_past_an_insertion():
    text = ("For three years running, the feast has shared its day with a caravan. In 2020 the departure from San "
            "Pedro Sula, over the border in Honduras, fell on the very morning of Jan. 15, and soon walkers were "
            "coming down the road past the basilica.")
    assert found(text, "2022-01-25", "depart") == [("departure", "2020-01-15TMO")]
    # no caravan named: a bishop's departure is none
    assert found("The feast is the town's pride. In 2020 the departure of the bishop fell on Jan. 15.", "2022-01-25",
                 "depart") == []


def test_new_ways_of_setting_out_blocking_and_granting_papers_from_the_a_to_l_desks():
    # from caravan-holdout97
    assert ("crept out of", "2021-03-30") in found(
        "One went with the small band that crept out of San Pedro Sula's terminal on March 30 last year.",
        "2022-02-02", "depart")
    assert found("On Saturday a brass band played in the square of Tapachula.", "2022-06-15", "depart") == []
    assert [t for t, _ in found("Two days later, at about eight in the morning, a crowd of several hundred gathered "
                                "around the Salvador del Mundo monument and headed west toward the Guatemalan border.",
                                "2019-01-31", "depart")] == ["headed west"]
    assert ("found the bridge barred", "2018-10-28") in found(
        "On Sunday, Oct. 28, a second column of Hondurans found the bridge barred on the Mexican side.", "2018-11-15",
        "block")
    assert [t for t, _ in found("On Sunday, Oct. 28, a second column of Hondurans reached the same bridge and found "
                                "its Mexican end chained shut.", "2018-11-15", "block")] == [
        "found its Mexican end chained"]
    assert ("grant humanitarian visitor status", "2019-01-17") in found(
        "A year ago, on Jan. 17, Mexico had begun to grant humanitarian visitor status at its Suchiate bridge to "
        "Hondurans who signed up there.", "2020-01-21", "asylum")


def test_a_town_in_an_absolute_phrase_is_not_where_the_group_left_from():
    text = ("He remembers a few: in June, on Thursday the 6th, a caravan headed north from Tapachula with whole "
            "families pushing prams, and on Oct. 1, with a new president taking office in Mexico City, a group of "
            "several hundred set out from the same city.")
    got = [m for m in mentions(text, "2025-01-28") if m.type == "depart"]
    assert [(m.trigger, m.time.value) for m in got] == [("headed north from", "2024-06-06"), ("set out", "2024-10-01")]
    assert all(r.place.name != "Mexico City" for m in got for r in m.places)


def test_another_after_when_is_a_caravan():
    text = ("She marks three days of 2021 on her map. The first is Saturday, Aug. 28, when a caravan left Tapachula. "
            "The second is Tuesday, Aug. 31, when another set out and was halted at a migration checkpoint.")
    assert ("set out", "2021-08-31") in found(text, "2021-11-29", "depart")


def test_counts_told_by_two_counters_or_as_an_agency_figure():
    text = ("The fourth is Oct. 23. On that Saturday a much larger caravan, about 3,000 people as its organizers and "
            "the local press reckoned, marched out of Tapachula and kept going.")
    assert sizes_found(text, "2021-11-29") == [(3000, "2021-10-23")]
    text = ("In June last year, on the 6th, the largest of them all went the same way: the migration institute's "
            "figure was 6,000 people, its organizers' 8,000.")
    assert (6000, "2022-06-06") in sizes_found(text, "2023-11-09")
    # a figure of no people is no count of a caravan
    assert sizes_found("In June 2021 the total was 301.0 mm, so this June is close to normal.", "2023-11-09") == []
    assert sizes_found("Many returned; by 5 October the figure was 3,364.", "2020-10-08") == []


def test_one_persons_departure_is_no_caravans():
    text = ('"When the price of staying rises above the price of leaving, people leave," he told the class on Monday.'
            "\n\nA student in the front row, who asked that her name not be used, said the lesson was the first time "
            "anyone at school had talked about her father's departure as something other than a family secret.")
    assert found(text, "2019-01-31", "depart") == []
    assert found("The caravan's departure from San Salvador came on Jan. 16.", "2019-01-31", "depart")


def test_a_day_set_before_the_week_it_falls_in_dates_the_departure():
    text = ("The flood is the latest of several. On Monday, April 11, in Holy Week, migrants re-enacting the Stations "
            "of the Cross started north from Tapachula and came this way.")
    assert found(text, "2022-06-15", "depart") == [("started north from", "2022-04-11")]
