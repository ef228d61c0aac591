"""Events from the sixty-fourth round.

From caravan-holdout71: "the first of the great columns set out" and "a much bigger throng had poured out" (plural
columns, a throng), a crowd that "streamed north out of the square", walkers who "went north up the avenue toward the
highway" (departures); Hondurans who "were ferried over the Suchiate", Salvadorans who "walked through the current to
the Mexican side" (not a present time: the river's current), a caravan that "had come into Guatemala through the
Corinto post", a column that "had reached the Corinto crossing and elbowed past a cordon" (crossings); troops that
"turned them around" (a block); Mexico "enrolling them for a humanitarian visa" (asylum); "they came in all afternoon"
(an arrival); counts "as a radio reporter who went along ... tallied it", "3,000 or thereabouts in the estimate of
journalists", "some 3,500 of its people entered Guatemala, the same institute said", "a crowd of some 2,000", counts
told with the group's make-up (sizes); "a second, bigger group" is a caravan of its own, not a waypoint of the first;
and the times such mentions take ("which on Jan. 15, 2020, started", "On the 15th of that month", "When Mexico, on
Jan. 17, opened the bridge", "And in October, on the 23rd, ...", "in the first minutes of Oct. 1").

From caravan-holdout72: "a week after that" and "Nine days after that" count from what was told before; a year after
"Back in" or closing the sentence before frames the days; "the last night of September"; departures along the
boulevard toward the border or from under the dateline town's arcade; "a second and larger crowd"; barriers thrown
across the road, troops who "met them at Vado Hondo"; names and fingerprints taken for visas; counts "by what the
newspapers printed".

From caravan-holdout73: a bare day before a subject or "from"; "A week ago tonight"; a day told before "the start of
Holy Week"; more ways of leaving, crossing, blocking and counting; "a third" that marched off is a caravan of its own.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions, sizes_found
from timeline.extract import extract
from timeline.graph import build_timeline
from timeline.models import Article
from timeline.resolve import resolve


def test_plural_columns_and_a_throng_are_groups_that_depart():
    text = ("SAN PEDRO SULA, Honduras — And two years ago this month, on Oct. 13, 2018, the first of the great "
            "columns set out from this city, thousands of people under the Honduran flag.")
    assert found(text, "2020-10-05", "depart") == [("set out", "2018-10-13")]
    text = ("TAPACHULA, Mexico — And on April 15 of that year a much bigger throng had poured out of Tapachula, "
            "a crowd its organizers swore was 4,000 strong.")
    assert found(text, "2019-10-20", "depart") == [("poured out of", "2019-04-15")]


def test_streaming_and_going_north_out_of_town_are_departures():
    text = ("TAPACHULA, Mexico — On Saturday the vendors lost their customers. Before five, while the square was "
            "still dark, a crowd of families folded their blankets and streamed north out of the square toward the "
            "coastal highway.")
    assert found(text, "2019-10-16", "depart") == [("streamed north out of", "2019-10-12T05:00")]
    text = ("TAPACHULA, Mexico — A little after half past five on Monday morning, several hundred people rose from "
            "the benches, shouldered their bags and went north up the avenue toward the highway.")
    assert found(text, "2025-01-24", "depart") == [("went north up the avenue toward the highway", "2025-01-20TMO")]


def test_ferried_over_the_river_and_through_the_current_are_crossings():
    text = ("CIUDAD HIDALGO, Mexico — A year ago this month, on Oct. 20, thousands of Hondurans were carried over "
            "the Suchiate on rafts of inner tubes and boards.")
    assert found(text, "2019-10-16", "cross_border") == [("were carried over the Suchiate", "2018-10-20")]
    text = ("TECÚN UMÁN, Guatemala — Yesterday, the Day of the Dead, several hundred Salvadorans waited on the rafts "
            "and then, the rafts being too few, rolled up their trousers and walked through the current to the "
            "Mexican side.")
    assert found(text, "2018-11-03", "cross_border") == [
        ("walked through the current to the Mexican side", "2018-11-02")]
    assert "current" not in [x.text for x in resolve(extract(Article(
        id="a", text=text, published="2018-11-03T00:00:00"))).timexes]


def test_coming_into_a_country_and_elbowing_past_a_cordon_at_a_crossing_are_crossings():
    text = ("ESQUIPULAS, Guatemala — In October another caravan had pulled away from San Pedro Sula's bus station "
            "and come into Guatemala through the Corinto post, near the sea, the same day.")
    assert [t for t, _ in found(text, "2021-01-20", "cross_border")] == ["come into"]
    text = ("SAN PEDRO SULA, Honduras — By Thursday afternoon they had reached the Corinto crossing on the Caribbean "
            "side and elbowed past a cordon of Guatemalan police and troops.")
    assert found(text, "2020-10-05", "cross_border") == [("elbowed past", "2020-10-01TAF")]
    assert found(text, "2020-10-05", "block") == []


def test_troops_turning_a_caravan_around_block_it():
    text = ("TAPACHULA, Mexico — They did not get far. On Sunday a line of federal police and National Guard troops "
            "stood across the highway a few kilometres north of the city and turned them around.")
    assert found(text, "2019-10-16", "block") == [("turned them around", "2019-10-13")]


def test_enrolling_them_for_a_humanitarian_visa_is_the_state_taking_requests():
    text = ("SAN SALVADOR, El Salvador — By then the Hondurans were at the Suchiate, and yesterday Mexico started "
            "enrolling them for a humanitarian visa right there on the Rodolfo Robles bridge.")
    assert found(text, "2019-01-18", "asylum") == [("enrolling them for a humanitarian visa", "2019-01-17")]


def test_coming_in_all_afternoon_is_an_arrival():
    text = ('HUIXTLA, Mexico — On Monday a caravan left Tapachula on foot.\n\n"Today they came in all afternoon, '
            'thousands, and they all want to eat," he said on Tuesday.')
    assert found(text, "2022-06-09", "arrive") == [("came in all afternoon", "2022-06-07TAF")]


def test_counts_told_by_who_tallied_them():
    text = ("SAN SALVADOR, El Salvador — On Wednesday people with backpacks stood around the monument. By eight they "
            "were walking toward the western highway: some 300 of them, as a radio reporter who went along as far "
            "as the city limits tallied it.")
    assert sizes_found(text, "2019-01-18") == [(300, "2019-01-16T08:00")]
    text = ("HUIXTLA, Mexico — And in October, on the 23rd, a bigger column moved off from Tapachula, 3,000 or "
            "thereabouts in the estimate of journalists on foot alongside.")
    assert sizes_found(text, "2022-06-09") == [(3000, "2021-10-23")]
    assert found(text, "2022-06-09", "depart") == [("moved off from", "2021-10-23")]
    text = ("SAN PEDRO SULA, Honduras — In mid-January it had happened too. On the 15th of that month a column pulled "
            "out of the same station at first light; some 3,500 of its people entered Guatemala, the same institute "
            "said.")
    assert sizes_found(text, "2020-10-05") == [(3500, "2020-01-15TMO")]
    assert found(text, "2020-10-05", "depart") == [("pulled out", "2020-01-15")]


def test_a_crowd_of_some_thousands_leaving_is_a_count_of_its_own():
    text = "TAPACHULA, Mexico — On Saturday a crowd of about 2,000 people left the park before first light."
    assert sizes_found(text, "2019-10-16") == [(2000, "2019-10-12")]


def test_a_date_opening_a_relative_clause_is_its_verbs():
    text = ("ESQUIPULAS, Guatemala — And a year ago this month there had been the January column, which on Jan. 15, "
            "2020, started from San Pedro Sula and came across at Agua Caliente.")
    assert found(text, "2021-01-20") == [("started from", "2020-01-15"), ("came across at", "2020-01-15")]


def test_a_date_set_off_between_subject_and_verb_takes_the_verbs_tense():
    text = ("TAPACHULA, Mexico — In January it had gone the other way. When Mexico, on Jan. 17, opened the Rodolfo "
            "Robles bridge and gave Hondurans humanitarian visas there, hundreds came up to Tapachula.")
    assert found(text, "2019-10-16", "asylum") == [("gave Hondurans humanitarian visas", "2019-01-17")]


def test_the_first_minutes_of_a_day_date_the_departure():
    text = ("ESQUIPULAS, Guatemala — In October, in the first minutes of Oct. 1, another caravan had pulled away from "
            "San Pedro Sula's bus station.")
    assert found(text, "2021-01-20", "depart") == [("pulled away from", "2020-10-01TNI")]


def test_a_second_bigger_group_leaving_days_later_is_a_caravan_of_its_own():
    text = ("SAN SALVADOR, El Salvador — On Oct. 28 the first of last autumn's Salvadoran groups set out from the same "
            "monument. Three days later a second, bigger group gathered there and left before sunrise.")
    r = resolve(extract(Article(id="a", text=text, published="2019-01-18T00:00:00")))
    tl = build_timeline([r])
    departures = sorted((e.date, e.caravan) for e in tl.events if e.type == "depart")
    assert [d for d, _ in departures] == ["2018-10-28", "2018-10-31TMO"]
    assert departures[0][1] != departures[1][1]


# --- from caravan-holdout72


def test_days_after_that_count_from_what_was_told_before():
    text = ("TECÚN UMÁN, Guatemala — The first great column left San Pedro Sula on Oct. 13, 2018, and came down this "
            "highway soon after; a week after that, its people were floating across the Suchiate into Mexico on "
            "rafts.")
    assert ("floating across", "2018-10-20") in found(text, "2020-01-20", "cross_border")
    text = ("TECÚN UMÁN, Guatemala — On Oct. 20, a Saturday, thousands of Hondurans came over the water on inner "
            "tubes. That afternoon the owner locked the door.\n\nNine days after that, a second Honduran group forded "
            "the river a little downstream, and on Nov. 2 the Salvadorans of the second group came across on the "
            "rafts.")
    assert found(text, "2019-01-21", "cross_border")[1:] == [("forded the river", "2018-10-29"),
                                                             ("came across on the rafts", "2018-11-02")]


def test_a_year_told_before_or_closing_the_sentence_before_frames_the_days():
    text = ("TAPACHULA, Mexico — He remembers the first caravan he ever drew. Back in 2018, on the 25th of March, "
            "Palm Sunday, the walkers of a Via Crucis formed up under this arcade and set off carrying a wooden "
            "cross.")
    assert found(text, "2025-01-25", "depart") == [("set off", "2018-03-25")]
    text = ("TAPACHULA, Mexico — The first he watched properly was in 2019. On April 15, the Monday after Palm "
            "Sunday, a crowd of several thousand marched out of Tapachula. That October, on the 12th, another set "
            "out from the central park.")
    assert found(text, "2023-11-02", "depart") == [("marched out of", "2019-04-15"), ("set out", "2019-10-12")]


def test_the_last_night_of_a_month():
    text = ("SAN PEDRO SULA, Honduras — He has seen bigger ones.\n\nOn the last night of September, in the middle of "
            "the pandemic, another crowd gathered under the terminal lights and walked out toward the border.")
    assert found(text, "2021-04-05", "depart") == [("walked out", "2020-09-30TNI")]


def test_walking_or_going_off_along_the_boulevard_toward_the_border_is_a_departure():
    text = ("SAN SALVADOR, El Salvador — On Sunday some 300 people prayed at the monument and then walked off along "
            "the boulevard toward the west and the Guatemalan border.")
    assert [t for t, _ in found(text, "2018-11-01", "depart")] == ["walked off along the boulevard toward"]


def test_a_second_and_larger_crowd_is_a_later_caravan():
    text = ("SAN SALVADOR, El Salvador — On Oct. 28 some 300 people walked out of the capital. Three days later a "
            "second and larger crowd assembled beneath the same monument and set off down the same road.")
    r = resolve(extract(Article(id="a", text=text, published="2018-11-05T00:00:00")))
    tl = build_timeline([r])
    assert sorted(e.date for e in tl.events if e.type == "depart") == ["2018-10-28", "2018-10-31"]


def test_barriers_thrown_across_the_road_and_troops_meeting_a_caravan_block_it():
    text = ("TAPACHULA, Mexico — On Oct. 12 a caravan left before daybreak, and by evening police and Guard troops "
            "had thrown a barrier across the road out of the city.")
    assert [t for t, _ in found(text, "2019-10-20", "block")] == ["thrown a barrier across"]
    text = "CHIQUIMULA, Guatemala — Two days later, on Jan. 17, soldiers and police met them at Vado Hondo."
    assert found(text, "2021-01-20", "block") == [("police met them at", "2021-01-17")]


def test_taking_names_and_fingerprints_for_visas_and_counts_the_papers_printed():
    text = ("CIUDAD HIDALGO, Mexico — On Thursday migration officials began taking their names and fingerprints for "
            "humanitarian visas.")
    assert [t for t, _ in found(text, "2019-01-21", "asylum")] == [
        "taking their names and fingerprints for humanitarian visas"]
    text = ("TAPACHULA, Mexico — In April 2019 a caravan set out from Tapachula, roughly 3,000 people by what the "
            "Mexican newspapers printed.")
    assert [s for s, _ in sizes_found(text, "2019-10-20")] == [3000]


def test_leaving_from_under_the_arcade_of_the_dateline_town():
    text = ("TAPACHULA, Mexico — On Monday, in the dark before seven, a few hundred people picked up their bags from "
            "under his arcade and set off north on foot.")
    (m,) = [m for m in mentions(text, "2025-01-25") if m.type == "depart"]
    assert [(p.place.name, p.role) for p in m.places] == [("Tapachula", "from")]


def test_a_count_told_with_the_groups_make_up_is_a_report_of_its_size():
    text = ("TAPACHULA, Mexico — Twelve months ago, on Oct. 17, a group of about 400, almost every one of them "
            "Venezuelan, walked out of the same park.")
    assert sizes_found(text, "2023-11-01") == [(400, "2022-10-17")]
    text = "TAPACHULA, Mexico — On Saturday about 2,000 people, Africans and Cubans among them, set out from the park."
    assert sizes_found(text, "2023-11-01") == [(2000, "2023-10-28")]
    text = "TAPACHULA, Mexico — On Saturday about 2,000 people set out from the park."
    assert sizes_found(text, "2023-11-01") == []


# --- from caravan-holdout73


def test_a_bare_day_before_a_subject_or_from_is_a_date():
    text = ("TECÚN UMÁN, Guatemala — On Oct. 20, 2018, the first great caravan began crossing into Mexico on rafts. "
            "On the 29th another column of Hondurans forded the river downstream, and four days after that the "
            "Salvadorans of a later group waded over as well.")
    assert found(text, "2020-01-22", "cross_border")[1:] == [("forded the river", "2018-10-29"),
                                                             ("waded over", "2018-11-02")]
    text = ("ESQUIPULAS, Guatemala — Last year it went differently. In 2020, the caravan of that January had set off on "
            "the 15th from San Pedro Sula.")
    assert found(text, "2021-01-20", "depart") == [("set off", "2020-01-15")]


def test_a_week_ago_tonight():
    text = ("SAN PEDRO SULA, Honduras — A week ago tonight a caravan of several hundred people started out from the "
            "terminal.")
    assert found(text, "2022-01-22", "depart") == [("started out", "2022-01-15TNI")]


def test_a_day_told_before_the_start_of_holy_week_dates_the_departure():
    text = ("TAPACHULA, Mexico — The departures quickened for her last year. On Palm Sunday, March 24, a caravan of "
            "people carrying palm fronds and crosses set out from these steps at the start of Holy Week.")
    assert ("set out", "2024-03-24") in found(text, "2025-01-23", "depart")


def test_more_ways_of_leaving_crossing_blocking_and_counting():
    text = ("SAN SALVADOR, El Salvador — On Wednesday morning some 300 of them headed west out of the capital with "
            "backpacks.")
    assert [t for t, _ in found(text, "2019-01-18", "depart")] == ["headed west out of"]
    text = ("CIUDAD HIDALGO, Mexico — On Oct. 20, 2018, people from it were poling across the Suchiate on planks "
            "lashed to tractor tubes.")
    assert found(text, "2019-01-18", "cross_border") == [("poling across", "2018-10-20")]
    text = ("CHIQUIMULA, Guatemala — Yesterday afternoon soldiers and police with riot shields sealed the road at "
            "Vado Hondo.")
    assert found(text, "2021-01-18", "block") == [("sealed the road at", "2021-01-17TAF")]
    text = ("HUIXTLA, Mexico — By nightfall on Saturday the Guard and immigration officers ran it down on the highway "
            "just outside town.")
    assert [t for t, _ in found(text, "2021-08-30", "block")] == ["ran it down on"]
    text = ("CIUDAD HIDALGO, Mexico — On Thursday Mexico began signing up the people of a far larger Honduran caravan "
            "for humanitarian visas.")
    assert [m.type for m in mentions(text, "2019-01-18")] == ["asylum"]
    text = ("SAN PEDRO SULA, Honduras — In October 2020 thousands of people streamed out of San Pedro Sula, nearly "
            "4,000 according to the Honduran papers.")
    assert [s for s, _ in sizes_found(text, "2021-01-20")] == [4000]
    text = "TAPACHULA, Mexico — And on Nov. 5, American election day, a third marched off toward the highway."
    assert found(text, "2025-01-23", "depart") == [("marched off toward", "2024-11-05")]


def test_a_third_setting_off_is_a_caravan_of_its_own():
    text = ("TAPACHULA, Mexico — On Oct. 20 a caravan left for the north, some 3,000 people. And on Nov. 5, American "
            "election day, a third marched off toward the highway as the cathedral bells rang for noon.")
    r = resolve(extract(Article(id="a", text=text, published="2025-01-23T00:00:00")))
    tl = build_timeline([r])
    assert sorted((e.type, e.date) for e in tl.events if e.type in ("depart", "march")) == [
        ("depart", "2024-10-20"), ("depart", "2024-11-05T12:00")]
