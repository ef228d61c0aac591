"""Events from the fifty-seventh round, from caravan-holdout58: counts told "to hear its organizers tell it", "in
the judgement of reporters" and "with about 400 people in it, as the reporters counted them"; a caravan that filed out
of the park, streamed away from a bus station, took its cross out of town or went north on a day; police who cornered
a caravan or would not let it pass; a push through police into a state of the next country after a border crossing;
"The next set out on Sept. 4"; "the second big group from Honduras" (where the people come from, and a newer
caravan); "the whole block" (no block); a group stopped "with the caravan that police scattered" (one block, on the
caravan's day).  And from caravan-holdout59: pilgrims who bore their cross through town or marched from this park;
a caravan floated over the river; a column that followed it out of the capital; a group that quit a city, trudged
out of a bus station, hit the road or marched off from a town; "a band of a few hundred"; "a small party that ..."
after an apposition on one person; a day fronted before "the caravan that left ..." in a sentence with no verb of its
own; "The big one left" after "the second group"; counts "in it, according to those who organized it" and "on the
road, to take its organizers at their word"; an own week narrowed to the day that opens the sentence; "a second
Honduran group" is a newer caravan.  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_counts_told_to_hear_its_organizers_and_in_the_judgement_of_reporters():
    text = ("TAPACHULA, Mexico — On Oct. 29 the Exodus from Poverty left the park with 7,000 people, to hear its "
            "organizers tell it, and the square was empty by noon.")
    sizes = [m for m in mentions(text, "2024-03-28") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(7000, "2023-10-29")]
    text = ("TAPACHULA, Mexico — On Saturday the caravan walked out of the park toward the highway, some 2,000 "
            "people in the judgement of reporters who trudged along.")
    sizes = [m for m in mentions(text, "2019-10-16") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(2000, "2019-10-12")]


def test_a_count_with_the_people_in_it_as_the_reporters_counted_them():
    text = ("TAPACHULA, Mexico — Last year there were two: a small one that left on Jan. 29, and one that set off on "
            "Oct. 17 with about 400 people in it, as the reporters counted them.")
    sizes = [m for m in mentions(text, "2023-11-01") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(400, "2022-10-17")]


def test_filed_out_of_the_park_streamed_away_took_the_cross_out_went_north_on():
    text = "TAPACHULA, Mexico — Before dawn on Saturday the caravan filed out of the park toward the highway."
    assert found(text, "2019-10-16", "depart") == [("filed out of the park", "2019-10-12TMO")]
    text = ("In January, on Jan. 15, another caravan streamed away from the big bus station of San Pedro Sula, "
            "several thousand people.")
    assert found(text, "2020-10-03", "depart") == [("streamed away from", "2020-01-15")]
    text = "This year the Holy Week walkers took their cross out of Tapachula on Palm Sunday, as they do every year."
    assert found(text, "2024-11-08", "depart") == [("took their cross out of", "2024-03-24")]
    text = ("TAPACHULA, Mexico — Last year the biggest caravan he watched was the one that went north on Nov. 19, "
            "some 1,500 walkers.")
    assert found(text, "2022-06-08", "depart") == [("went north on", "2021-11-19")]


def test_police_who_cornered_a_caravan_or_would_not_let_it_pass():
    text = ("Six months ago, on April 22, police and migration agents cornered a caravan outside Pijijiapan, on "
            "the coast highway.")
    assert found(text, "2019-10-16", "block") == [("cornered a caravan", "2019-04-22")]
    text = ("On Sunday the caravan got no further than Corinto: Guatemalan police stood beyond the crossing and "
            "would not let it pass.")
    assert found(text, "2022-01-20", "block") == [("would not let it pass", "2022-01-16")]
    # (with "police closed the road" before it, one block of that day, told by the closing: round 58)
    text = ("On Sunday the caravan got no further than Corinto: Guatemalan police closed the road beyond the "
            "crossing and would not let it pass.")
    assert found(text, "2022-01-20", "block") == [("police closed the road", "2022-01-16")]


def test_pushing_into_a_state_of_the_next_country_after_a_crossing_crosses_there():
    text = ("On Thursday the Hondurans reached the Corinto crossing and, when Guatemalan police stood across the "
            "road, pushed their way through them into Izabal, thousands of people.")
    crossings = [m for m in mentions(text, "2020-10-03") if m.type == "cross_border"]
    assert [(m.trigger, m.time.value) for m in crossings] == [("pushed their way", "2020-10-01")]
    assert [(p.place.name, p.role) for p in crossings[0].places] == [("Corinto", "at"), ("Izabal", "into")]
    # (a push into a state of the same country as the crossing is no crossing)
    text = ("On Thursday the walkers reached the Corinto crossing and, when police stood across the road, pushed "
            "their way through them into Cortés.")
    assert found(text, "2020-10-03", "cross_border") == []


def test_the_next_set_out_after_the_first_of_the_caravans():
    text = ("This year the caravans have come past his door more often than he can remember. The first of the "
            "summer, on Aug. 28, went by in a downpour, and he handed out plastic sheeting. The next set out on "
            "Sept. 4 and never reached the next town.")
    assert found(text, "2021-11-23", "depart") == [("set out", "2021-09-04")]


def test_a_group_from_a_country_comes_from_there_and_a_second_big_group_is_newer():
    text = ("CIUDAD HIDALGO, Mexico — On Monday, at about eleven o'clock, the second big group from Honduras gave up "
            "on the bridge and waded across the river downstream of it.")
    ms = [m for m in mentions(text, "2018-10-31") if m.type == "cross_border"]
    assert [(m.trigger, m.time.value) for m in ms] == [("waded across the river", "2018-10-29T11:00")]
    assert [(p.text, p.role) for p in ms[0].places] == [("Honduras", "mention")]


def test_the_whole_block_is_no_block():
    text = ("TAPACHULA, Mexico — He tests every megaphone on the street before it goes, so the whole block knows "
            "his voice. On Monday the caravan left the city.")
    assert [m.type for m in mentions(text, "2023-11-01")] == ["depart"]


def test_stopped_with_the_caravan_that_police_scattered_is_one_block_on_its_day():
    text = ("His elder son left with the first caravan on Oct. 13, 2018. The son was stopped in Chiapas the "
            "following spring with the caravan that Mexican police and migration agents scattered outside "
            "Pijijiapan on Easter Sunday last year, and came home on a bus.")
    blocks = [m for m in mentions(text, "2020-01-20") if m.type == "block"]
    assert [(m.trigger, m.time.value) for m in blocks] == [("agents scattered", "2019-04-21")]


def test_pilgrims_who_bore_their_cross_through_town_or_marched_from_this_park():
    text = ("In the spring he was in Tapachula with a sack of bells when the Via Crucis pilgrims bore their cross "
            "through the northern edge of town on March 25, Palm Sunday.")
    assert found(text, "2018-11-05", "depart") == [("bore their cross through", "2018-03-25")]
    text = ("TAPACHULA, Mexico — Before any of them there were the Via Crucis pilgrims who marched from this park on "
            "Palm Sunday 2018, carrying a cross.")
    assert found(text, "2019-10-14", "depart") == [("marched from this park", "2018-03-25")]


def test_floated_over_the_river_and_followed_it_out_of_the_capital():
    text = ("Last year, on Oct. 20, the first Honduran caravan floated its people over the Suchiate on rafts of tyre "
            "tubes.")
    assert found(text, "2019-10-14", "cross_border") == [("floated its people over", "2018-10-20")]
    text = ("On Oct. 28, the first Salvadoran caravan left the plaza, and three days later a second column, larger "
            "and in more of a hurry, followed it out of the capital.")
    assert found(text, "2019-01-22", "depart") == [("left", "2018-10-28"), ("followed it out of", "2018-10-31")]


def test_quit_trudged_out_hit_the_road_marched_off_from():
    text = "Among them were Salvadorans whose group had quit San Salvador on Jan. 16."
    assert found(text, "2019-10-14", "depart") == [("quit", "2019-01-16")]
    text = ("His helper, a young man from San Pedro Sula who sands the floats, came north in a small party that "
            "trudged out of San Pedro Sula's bus station on March 31, and stayed.")
    assert found(text, "2021-10-27", "depart") == [("trudged out of", "2021-03-31")]
    text = "Before all of them, the caravan that hit the road on Christmas Eve 2023 had taken half his customers."
    assert found(text, "2025-01-06", "depart") == [("hit the road on", "2023-12-24")]
    text = "And Oct. 29 last year was the day the Exodus from Poverty marched off from Tapachula, 6,000 people."
    assert found(text, "2024-06-22", "depart") == [("marched off from", "2023-10-29")]
    text = "This year a band of a few hundred started out on foot on Jan. 29, and were soon back in the city."
    assert found(text, "2022-04-13", "depart") == [("started out", "2022-01-29")]
    text = "She still speaks of the Via Crucis procession that quit Tapachula on April 23 last year."
    assert found(text, "2024-06-22", "depart") == [("quit", "2023-04-23")]


def test_a_day_fronted_before_the_caravan_that_left_in_a_sentence_with_no_verb_of_its_own():
    text = ("Before that there was the caravan that forced its way past Guatemalan officers at Corinto on Oct. 1 last "
            "year, and before that, on Jan. 15, 2020, the caravan that left the terminal with some 4,000 people on "
            "the road, to take its organizers at their word, the last she remembers.")
    ms = mentions(text, "2021-04-01")
    assert [(m.type, m.time.value) for m in ms if m.type in ("depart", "size")] == [
        ("depart", "2020-01-15"), ("size", "2020-01-15")]
    # (with a main verb after it, the fronted day is the main verb's)
    text = "On Jan. 15 the caravan that left San Pedro Sula reached the border."
    assert [m.type for m in mentions(text, "2021-04-01")] == ["arrive"]


def test_the_big_one_after_the_second_group_and_a_count_in_it_according_to_its_organizers():
    text = ("It is the second group to leave the city since January. The big one left on Jan. 15, thousands of "
            "people in the rain.")
    assert found(text, "2021-04-01", "depart") == [("left", "2021-01-15")]
    text = ("Last year there was the big one of Oct. 23, which took two hours to pass the market and had 4,000 people "
            "in it, according to those who organized it.")
    sizes = [m for m in mentions(text, "2022-04-13") if m.type == "size"]
    assert [(m.group_size, m.time.value) for m in sizes] == [(4000, "2021-10-23")]


def test_an_own_week_narrows_to_the_day_that_opens_the_sentence():
    text = ("SAN PEDRO SULA, Honduras — The night before last, a group of a few hundred Hondurans gathered at the "
            "main bus terminal and set off on foot toward the Guatemalan border, in the middle of Holy Week.")
    ms = [m for m in mentions(text, "2021-04-01") if m.type == "depart"]
    assert [(m.time.value, m.time_link) for m in ms] == [("2021-03-30TNI", "own")]
    assert "'The night before last'" in ms[0].time.reason
    # (a day inside another clause, after "since", does not)
    text = ("GUATEMALA CITY — Guatemala said Saturday it had sent about 1,500 migrants back since Friday, as a caravan "
            "that forced its way across the border earlier in the week began to splinter.")
    ms = [m for m in mentions(text, "2020-10-03") if m.type == "cross_border"]
    assert [m.time.value for m in ms] == ["2020-W40"]


def test_a_second_honduran_group_is_a_newer_caravan():
    text = ("Last year, on Oct. 20, the first Honduran caravan crossed the Suchiate on rafts, and nine days later a "
            "second Honduran group waded across the river downstream of the bridge.")
    ms = [m for m in mentions(text, "2019-10-14") if m.type == "cross_border"]
    # (told like "a second Honduran caravan": the sentence names a newer caravan)
    assert [(m.time.value, m.later_caravan) for m in ms][-1] == ("2018-10-29", True)
