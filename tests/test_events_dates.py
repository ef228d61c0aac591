"""Exact dates of events from the way the text frames them (spans, tallies, present perfect) and
background movement that is not an event.  Wire-style sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.extract import extract
from timeline.graph import build_timeline
from timeline.models import Article
from timeline.resolve import resolve


def run(text: str, published: str, aid: str = "t1"):
    art = Article(id=aid, text=text, published=datetime.fromisoformat(published))
    ra = resolve(extract(art))
    return ra, build_timeline([ra])


def actual(tl, type_):
    return [e for e in tl.events if e.type == type_ and e.modality == "actual"]


# ------------------------------------------------------------------ spans


@pytest.mark.parametrize(
    "sentence, start, end",
    [
        ("Starting Sunday morning and continuing through Monday, President Trump fired off a series of tweets "
         "about the migrant caravan.", date(2018, 4, 1), date(2018, 4, 2)),
        ("From Sunday to Monday, President Trump tweeted about the migrant caravan and the border.",
         date(2018, 4, 1), date(2018, 4, 2)),
        ("Between Saturday and Monday, President Trump tweeted about the migrant caravan and the border.",
         date(2018, 3, 31), date(2018, 4, 2)),
    ],
)
def test_a_span_of_two_time_expressions_is_the_events_own_interval(sentence, start, end):
    ra, tl = run(sentence, "2018-04-03")
    (m,) = [m for m in ra.mentions if m.type == "statement"]
    assert m.timex_id and m.timex_end_id
    (ev,) = actual(tl, "statement")
    assert (ev.start, ev.end) == (start, end)
    assert ev.date == f"{start.isoformat()}/{end.isoformat()}"


@pytest.mark.parametrize("sentence", [
    "Thousands of migrants crossed the Suchiate River into Mexico on Oct. 19-21.",
    "Thousands of migrants crossed the Suchiate River into Mexico Oct. 19 - 21.",
])
def test_a_dashed_range_of_days_is_the_events_own_interval(sentence):
    ra, tl = run(sentence, "2018-10-25")
    (m,) = [m for m in ra.mentions if m.type == "cross_border"]
    assert m.timex_id and m.timex_end_id
    (ev,) = actual(tl, "cross_border")
    assert ev.date == "2018-10-19/2018-10-21"


def test_a_verb_before_two_coordinated_days_spans_both():
    _, tl = run("The caravan set out from San Pedro Sula late Monday and on Tuesday, and its members crossed into "
                "Guatemala at Agua Caliente on Tuesday and Wednesday.", "2019-01-19")
    assert [e.date for e in actual(tl, "depart")] == ["2019-01-14/2019-01-15"]
    assert [e.date for e in actual(tl, "cross_border")] == ["2019-01-15/2019-01-16"]
    # with the preposition repeated after a verb, the second day opens a clause of its own
    _, tl = run("Police met on Monday and on Tuesday the caravan left Tecun Uman.", "2019-01-19")
    assert [e.date for e in actual(tl, "depart")] == ["2019-01-15"]


def test_a_when_clause_right_after_a_day_is_on_that_day():
    ra, _ = run("Mexico's National Migration Institute began registering members of the newest caravan on Thursday, "
                "when the first large group reached the border post, and by Friday evening it had received 3,200 "
                "applications.", "2019-01-19")
    (arr,) = [m for m in ra.mentions if m.type == "arrive"]
    assert arr.time is not None and arr.time.start == date(2019, 1, 17)  # Thursday, not Friday evening
    # the clause's own date wins, and a state's start ("since June, when ...") is no day of its own
    ra, _ = run("The scene was a far cry from January 2019, when a caravan that left San Pedro Sula on 15 January "
                "2019 was welcomed at the same bridge.", "2020-01-21")
    (dep,) = [m for m in ra.mentions if m.type == "depart"]
    assert dep.time.start == date(2019, 1, 15)


def test_a_point_claim_inside_a_span_does_not_narrow_it():
    text = ("Starting Sunday morning and continuing through Monday, President Trump fired off a series of tweets "
            "about the migrant caravan. \"Mexico must stop the caravans,\" the president tweeted Monday about the "
            "migrant caravan.")
    _, tl = run(text, "2018-04-03")
    (ev,) = actual(tl, "statement")
    assert len(ev.mentions) == 2
    assert (ev.start, ev.end) == (date(2018, 4, 1), date(2018, 4, 2))
    assert not ev.conflict


def test_two_unrelated_dates_are_no_span():
    ra, _ = run("The caravan left San Pedro Sula on Friday and reached Guatemala on Monday.", "2018-10-17")
    assert all(m.timex_end_id is None for m in ra.mentions)


# ------------------------------------------------------------- tallies, perfect


def test_a_size_by_friday_holds_until_publication():
    text = ("Officials put the number of migrants who already arrived in Tijuana by Friday at 2,397, "
            "the latest estimate.")
    ra, tl = run(text, "2018-11-17")
    (m,) = [m for m in ra.mentions if m.type == "size"]
    assert "+until-publication" in m.rule
    (ev,) = actual(tl, "size")
    assert (ev.start, ev.end) == (date(2018, 11, 16), date(2018, 11, 17))
    assert ev.group_size == 2397


def test_a_size_on_a_plain_day_stays_that_day():
    _, tl = run("Officials said on Friday that a caravan of 2,397 migrants was in Tijuana.", "2018-11-17")
    (ev,) = actual(tl, "size")
    assert (ev.start, ev.end) == (date(2018, 11, 16), date(2018, 11, 16))


def test_the_subject_of_a_present_perfect_holds_from_the_story_day_until_publication():
    text = ("Thousands of migrants pushed into Mexico on Friday.\n\n"
            "The caravan of more than 2,000 people — men, women and children — has become a political issue.")
    ra, tl = run(text, "2018-10-20")
    (m,) = [m for m in ra.mentions if m.type == "size"]
    assert m.rule.startswith("size.frame+until-publication")
    (ev,) = actual(tl, "size")
    assert (ev.start, ev.end) == (date(2018, 10, 19), date(2018, 10, 20))


def test_every_verb_of_a_coordinated_present_perfect_is_perfect():
    text = ("The caravan left San Pedro Sula on Oct. 13.\n\n"
            "Some have peeled off and returned home, or applied for refugee status to remain in Mexico.")
    ra, tl = run(text, "2018-11-13")
    kinds = {m.type: m.rule for m in ra.mentions if m.type in ("return", "asylum")}
    assert set(kinds) == {"return", "asylum"}
    assert all("+perfect" in rule for rule in kinds.values())
    (ev,) = actual(tl, "asylum")
    assert ev.start < date(2018, 11, 13) and ev.end == date(2018, 11, 13)


def test_a_present_tense_size_is_dated_at_publication():
    text = ("Thousands of migrants pushed into Mexico on Friday.\n\n"
            "The caravan consists of roughly 5,500 people, officials say.")
    _, tl = run(text, "2018-10-20")
    (ev,) = actual(tl, "size")
    assert (ev.start, ev.end) == (date(2018, 10, 20), date(2018, 10, 20))


# ------------------------------------------------------------- background


@pytest.mark.parametrize(
    "sentence",
    [
        "Central American migrants continue to make their way toward Tijuana, officials said.",
        "More people continued to arrive, making it likely the caravan would grow.",
        "As they walked, some migrants asked store owners for water.",
        "The migrants kept walking toward the north as the sun set.",
    ],
)
def test_ongoing_background_movement_is_no_event(sentence):
    ra, _ = run(sentence, "2018-11-17")
    assert not [m for m in ra.mentions if m.type in ("march", "arrive") and m.modality == "actual"]


@pytest.mark.parametrize(
    "sentence, type_",
    [
        ("Hundreds of migrants continued to walk toward Tapachula on Tuesday.", "march"),
        ("Even as they resumed their trek through Guatemala, the migrants asked for help.", "march"),
        ("As they approached the gates in the Guatemalan town of Tecun Uman, the migrants chanted.", "arrive"),
        ("The migrants arrived in Tijuana on Friday.", "arrive"),
        ("Police watched, as tens of thousands of migrants marched through the streets by torchlight.", "march"),
    ],
)
def test_movement_with_a_date_or_a_place_of_its_own_stays_an_event(sentence, type_):
    ra, _ = run(sentence, "2018-11-17")
    assert [m for m in ra.mentions if m.type == type_ and m.modality == "actual"]


def test_a_tally_in_recent_days_starts_when_the_caravan_reached_the_country():
    a = resolve(extract(Article(id="a1", published=datetime(2018, 10, 20), text=(
        "Thousands of migrants in the caravan crossed into Mexico from Guatemala on Friday."))))
    b = resolve(extract(Article(id="a2", published=datetime(2018, 10, 24), text=(
        "According to the Mexican government, 1,700 people in the caravan have lodged an asylum claim "
        "in recent days."))))
    (m,) = [m for m in b.mentions if m.type == "asylum"]
    assert m.time.start < date(2018, 10, 19)  # "recent days" alone reaches further back
    tl = build_timeline([a, b])
    (ev,) = actual(tl, "asylum")
    assert (ev.start, ev.end) == (date(2018, 10, 19), date(2018, 10, 24))
    (cross,) = actual(tl, "cross_border")
    assert cross.caravan == ev.caravan


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The caravan headed north toward the United States through Mexico may have attracted attention.", False),
        ("A group of migrants headed to the border is expected to grow.", False),
        ("The caravan headed north through Mexico and reached Puebla.", True),
        ("The caravan headed north through Mexico, officials said.", True),
        ('Hundreds of migrants marched around the square chanting "We will pass!"', True),
    ],
)
def test_a_participle_describing_the_group_is_no_event(sentence, expected):
    ra, _ = run(sentence, "2018-04-03")
    assert bool([m for m in ra.mentions if m.type == "march" and m.modality == "actual"]) is expected


# ------------------------------------------------------------------ offsets from another event


@pytest.mark.parametrize(
    "sentence, crossed",
    [
        # the clause may start at the unit word ("..., two | days after"): the lag is still read
        ("The migrants left Huixtla on Wednesday, two days after they crossed the Suchiate river.", date(2018, 10, 22)),
        ("The migrants left Huixtla at dawn on Wednesday, two days after they crossed the Suchiate river.",
         date(2018, 10, 22)),
        ("The migrants left Huixtla on Wednesday, the day after they crossed the Suchiate river.", date(2018, 10, 23)),
    ],
)
def test_an_event_n_days_before_a_dated_one_is_dated_by_the_lag(sentence, crossed):
    ra, tl = run(sentence, "2018-10-24")
    (cross,) = [m for m in ra.mentions if m.type == "cross_border"]
    assert (cross.time.start, cross.time.end) == (crossed, crossed)
    assert cross.time_link == "relation"


def test_an_event_dated_once_anchors_a_later_offset_from_it():
    ra, tl = run(
        "The caravan left San Pedro Sula on Oct. 13 and headed north. "
        "Two days after the departure, the group crossed into Guatemala at Agua Caliente.",
        "2018-10-24",
    )
    (cross,) = [m for m in ra.mentions if m.type == "cross_border"]
    assert cross.time.start == cross.time.end == date(2018, 10, 15)


def test_a_stay_told_where_the_caravan_arrived_starts_with_the_arrival():
    # the arrival's coarse date ("last week") also dates what happened at the place reached
    ra, tl = run("Last week the caravan reached Mexico City, where 5,000 people rested in a stadium.", "2018-11-14")
    assert [r.rule for r in ra.relations] == ["rel.where"]
    (arrive,) = actual(tl, "arrive")
    (stay,) = actual(tl, "stay")
    assert (stay.start, stay.end) == (arrive.start, arrive.end) == (date(2018, 11, 5), date(2018, 11, 11))


def test_the_day_before_ending_a_clause_is_the_events_own_date():
    # "... the day before." is a date (the day before the story's time), not "the day before Y"
    ra, tl = run("A second caravan crossed the Suchiate River into Mexico on rafts on Sunday, clashing with federal "
                 "police on the bridge the day before.", "2018-10-29")
    (block,) = [m for m in ra.mentions if m.type == "block"]
    assert block.time.start == block.time.end == date(2018, 10, 27)
    assert block.time_link == "own"
    (cross,) = [m for m in ra.mentions if m.type == "cross_border"]
    assert cross.time.start == date(2018, 10, 28)


def test_a_participle_after_a_comma_keeps_the_main_clause_date_when_it_has_none():
    ra, tl = run("At about 8 a.m., the police receded and the migrants passed, crossing into Oaxaca state.",
                 "2018-10-27")
    assert [m.type for m in ra.mentions] == ["arrive"]  # "Oaxaca state" is no statement
    (arrive,) = ra.mentions
    assert arrive.time.value == "2018-10-27T08:00"


def test_a_stay_of_n_days_before_a_dated_move_ends_the_day_before_it():
    ra, tl = run("The main caravan resumed its trek north from Tapachula on Monday after resting two days in the city.",
                 "2018-10-29")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert (stay.time.start, stay.time.end) == (date(2018, 10, 27), date(2018, 10, 28))
    assert stay.time_link == "relation"


def test_a_wire_dateline_is_not_part_of_the_summary():
    ra, tl = run("TIJUANA, Mexico (Wire) — U.S. agents fired tear gas on Sunday at hundreds of migrants who rushed "
                 "the border fence near the San Ysidro port of entry, which authorities closed for several hours.",
                 "2018-11-26")
    (block,) = [m for m in ra.mentions if m.type == "block"]
    assert block.summary.startswith("U.S. agents fired tear gas on Sunday")


def test_a_trek_that_began_on_a_date_in_a_city_is_that_citys_departure():
    ra, tl = run("Most arrived in Tijuana last week after a monthlong trek from Honduras that began Oct. 13 in "
                 "San Pedro Sula.", "2018-11-26")
    (dep,) = actual(tl, "depart")
    assert dep.start == dep.end == date(2018, 10, 13)
    assert dep.place == "San Pedro Sula"  # the city, not just "from Honduras"
    assert [c.label for c in tl.caravans] == ["2018-10 San Pedro Sula"]


def test_a_dated_relative_clause_is_an_event_and_keeps_its_date():
    ra, tl = run("A caravan of some 1,500 Honduran migrants that departed San Pedro Sula on Monday night crossed "
                 "into Guatemala at the Agua Caliente border post on Wednesday.", "2019-01-18")
    got = {m.type: m.time.value for m in ra.mentions}
    assert got == {"depart": "2019-01-14TNI", "cross_border": "2019-01-16", "size": "2019-01-14TNI"}


def test_an_undated_or_tallied_relative_clause_stays_a_description():
    ra, _ = run("The migrants who already arrived in Tijuana are waiting.", "2018-11-17")
    assert ra.mentions == []


def test_dawn_on_a_weekday_and_a_border_named_as_a_destination():
    ra, tl = run("Hundreds of Hondurans left San Pedro Sula's bus terminal before dawn on Tuesday. About 1,000 people "
                 "set out on foot toward the Guatemalan border at Corinto.", "2019-01-17")
    deps = actual(tl, "depart")
    assert [(d.start, d.place) for d in deps] == [(date(2019, 1, 15), "San Pedro Sula")]


def test_a_trigger_word_inside_a_place_name_is_no_event():
    ra, _ = run("In April, a smaller group of about 1,200 people traveled through Mexico to Tijuana, where several "
                "hundred sought asylum at the San Ysidro crossing.", "2018-10-22")
    assert sorted(m.type for m in ra.mentions) == ["asylum", "size"]


def test_a_dateline_without_a_comma_is_cut_too():
    ra, _ = run("WASHINGTON (Wire) — President Donald Trump on Monday threatened to cut aid to Honduras over the "
                "caravan.", "2018-10-22")
    assert [m.summary for m in ra.mentions] == [
        "President Donald Trump on Monday threatened to cut aid to Honduras over the caravan."]


def test_a_trigger_word_inside_a_place_name_does_not_cut_the_clause():
    ra, _ = run("About 2,000 Honduran migrants crossed into Guatemala on Monday at the Agua Caliente border crossing.",
                "2018-10-16")
    (cross,) = ra.mentions
    assert [(p.place.name, p.role) for p in cross.places] == [("Guatemala", "into"), ("Agua Caliente", "at")]


def test_two_days_joined_by_and_are_the_events_interval():
    ra, tl = run("The migrants had entered Guatemala on Friday and Saturday.", "2021-01-18")
    (cross,) = actual(tl, "cross_border")
    assert (cross.start, cross.end) == (date(2021, 1, 15), date(2021, 1, 16))


def test_hundreds_of_residents_are_no_migrant_group():
    ra, _ = run("Hundreds of Tijuana residents marched on Sunday against the arrival of more than 3,000 Central "
                "American migrants.", "2018-11-20")
    assert [m.type for m in ra.mentions if m.type in ("march", "arrive")] == []
    ra, _ = run("Hundreds of migrants marched on Sunday.", "2018-11-20")
    assert [m.type for m in ra.mentions] == ["march"]


def test_the_longer_of_two_nested_triggers_carries_the_modality():
    ra, _ = run("Many migrants said they would wait in Tijuana for weeks to file asylum claims in the United States.",
                "2018-11-20")
    (asy,) = [m for m in ra.mentions if m.type == "asylum"]
    assert asy.modality == "planned"
    assert asy.rule == "asylum.apply [to]"  # the trigger is "file asylum claims", after "to"


def test_a_border_agency_is_an_official_speaker():
    ra, _ = run("The mayor asked the federal government for help. U.S. Customs and Border Protection said Monday "
                "that the caravan would not be allowed in.", "2018-11-20")
    st = [m for m in ra.mentions if m.type == "statement" and m.actor == "Border Protection"]
    assert len(st) == 1 and st[0].summary.startswith("U.S. Customs and Border Protection said Monday")


def test_two_days_of_one_month_joined_by_and_are_the_events_interval():
    _, tl = run("The migrants entered Mexico on Oct 19 and 20, many by crossing the Suchiate river on rafts.",
                "2018-10-23")
    (cross,) = actual(tl, "cross_border")
    assert (cross.start, cross.end) == (date(2018, 10, 19), date(2018, 10, 20))


TIMELINE_ARTICLE = """Here is a look at key moments in the caravan's journey:

Oct. 12: About 160 Hondurans gather at the bus terminal in San Pedro Sula.

Oct. 13: The group, now more than 1,000 strong, sets out on foot for Guatemala.

Oct. 15: Migrants cross into Guatemala at Agua Caliente after pushing past police.

Nov. 25: Hundreds rush the border fence at the San Ysidro crossing; U.S. agents fire tear gas.
"""


def test_a_timeline_article_dates_each_line_by_its_label():
    ra, tl = run(TIMELINE_ARTICLE, "2018-11-26")
    got = {(e.type, e.date) for e in tl.events}
    assert {("size", "2018-10-12"), ("depart", "2018-10-13"), ("cross_border", "2018-10-15"),
            ("block", "2018-11-25")} <= got
    (dep,) = actual(tl, "depart")
    assert dep.group_size == 1000 and dep.place != "Guatemala"  # "for Guatemala" is where it heads
    assert [(p.place.name, p.role) for m in ra.mentions if m.type == "depart" for p in m.places] == [
        ("Guatemala", "towards")]
    (cross,) = actual(tl, "cross_border")
    assert cross.place == "Agua Caliente" and cross.country == "HN"  # the crossing, not the Californian town


def test_a_night_and_the_next_morning_joined_by_and_are_the_events_interval():
    _, tl = run("The migrants had set out from San Pedro Sula on Thursday night and early Friday.", "2021-01-18")
    (dep,) = actual(tl, "depart")
    assert (dep.start, dep.end) == (date(2021, 1, 14), date(2021, 1, 15))


def test_a_day_after_a_night_may_be_either_side_of_midnight():
    # crossed overnight (the night of Oct. 19, running into the small hours of the 20th), a day after the
    # police blocked the bridge: the block was on the 18th or the 19th
    ra, tl = run("Hundreds of migrants crossed the Suchiate River into Mexico on rafts overnight, a day after "
                 "Mexican riot police blocked the caravan on the border bridge.", "2018-10-20")
    (block,) = actual(tl, "block")
    assert (block.start, block.end) == (date(2018, 10, 18), date(2018, 10, 19))
    (m,) = [m for m in ra.mentions if m.type == "block"]
    assert m.time_link == "relation" and "a night runs into the next day" in m.time.reason


# ------------------------------------------------------------------ present states, months after


def test_a_state_told_in_the_present_is_dated_at_publication_not_by_its_subordinate_clauses():
    ra, tl = run("TIJUANA, Mexico (Wire) - Hundreds of Central American migrants remain in shelters in this border "
                 "city after spending Christmas and New Year's Eve waiting for a chance to apply for asylum.",
                 "2019-01-03")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert stay.rule.endswith("+present")
    assert (stay.time.start, stay.time.end) == (date(2019, 1, 3), date(2019, 1, 3))
    assert "present tense" in stay.time.reason
    # told in the past, the same stay is dated by its context
    ra, _ = run("TIJUANA, Mexico (Wire) - Hundreds of migrants stayed in shelters in this border city on Christmas.",
                "2019-01-03")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert stay.time.start == date(2018, 12, 25)


def test_months_after_a_departure_count_back_from_the_main_clause():
    ra, tl = run("TIJUANA, Mexico (Wire) - Hundreds of Central American migrants remain in shelters in this border "
                 "city, waiting for a chance to apply for asylum, nearly three months after their caravan left "
                 "Honduras.", "2019-01-03")
    (dep,) = [m for m in ra.mentions if m.type == "depart"]
    (rel,) = [r for r in ra.relations if r.source == dep.id]
    assert rel.lag_days == (81, 101) and rel.rule == "rel.day-after"
    # (the stay it is counted from, not the hoped-for asylum request)
    assert next(m for m in ra.mentions if m.id == rel.target).type == "stay"
    assert (dep.time.start, dep.time.end) == (date(2018, 9, 24), date(2018, 10, 14))
    ra, _ = run("The caravan reached Tijuana two months after it left San Pedro Sula on Oct. 13.", "2019-01-03")
    (rel,) = [r for r in ra.relations if r.rule == "rel.day-after"]
    assert rel.lag_days == (58, 64)


def test_a_state_in_the_present_perfect_since_a_day_lasts_until_publication():
    ra, tl = run("The migrants have camped in the plaza since Saturday.", "2020-01-21")
    (ev,) = actual(tl, "stay")
    assert (ev.start, ev.end) == (date(2020, 1, 18), date(2020, 1, 21))


def test_a_crossing_forced_through_gets_its_relation():
    ra = resolve(extract(Article(id="w", published=datetime(2018, 10, 21), text=(
        "The caravan left San Pedro Sula, Honduras, on Oct. 12 and forced its way into Guatemala three days "
        "later."))))
    got = {m.type: m.time.value for m in ra.mentions}
    assert got == {"depart": "2018-10-12", "cross_border": "2018-10-15"}


def test_the_date_of_another_noun_does_not_date_the_clause():
    ra = resolve(extract(Article(id="w", published=datetime(2018, 10, 31), text=(
        "JUCHITAN, Mexico — The caravan that left Honduras in mid-October spent Tuesday resting in this Oaxaca "
        "town, still scarred by the earthquake of September 2017, as the 4,000 or so migrants still walking "
        "debated whether to ask for buses."))))
    got = [(m.type, m.time.value) for m in ra.mentions if m.type != "depart"]
    assert ("stay", "2018-10-30") in got and all(v != "2017-09" for _, v in got)


def test_a_page_time_stamp_dates_neither_the_headline_nor_the_story():
    ra = resolve(extract(Article(id="w", published=datetime(2021, 1, 19), text=(
        "Guatemalan forces break up migrant caravan at Vado Hondo\n"
        "Tue 19 Jan 2021 11.02 GMT\n\n"
        "VADO HONDO, Guatemala — Hundreds of police officers and soldiers cleared the highway on Monday."))))
    assert [t.value for t in ra.timexes][:1] == ["2021-01-19T11:02"]  # tagged, as a time of the page
    assert all(not m.time.value.startswith("2021-01-19T") for m in ra.mentions)
    assert ("block", "2021-01-18") in [(m.type, m.time.value) for m in ra.mentions]


def test_a_plan_in_the_lede_is_not_the_articles_main_event_time():
    ra = resolve(extract(Article(id="w", published=datetime(2022, 6, 7), text=(
        "TAPACHULA, Mexico — Thousands of migrants set out on foot from this city on Monday. Organizers said "
        "they would resume the march on Tuesday toward Huixtla.\n\nEstimates of the group's size varied. "
        "Mexican immigration officials put the figure at about 6,000."))))
    (size,) = [m for m in ra.mentions if m.type == "size"]
    assert size.time.value == "2022-06-06" and size.time_link == "context"


def test_a_figure_compared_with_an_earlier_one_is_dated_now_not_by_the_earlier_figures_date():
    ra, tl = run("About 200 people remain in the town, a Guatemalan official said, down from several thousand "
                 "last week.", "2020-01-23")
    (size,) = [m for m in ra.mentions if m.type == "size"]
    assert size.group_size == 200
    assert (size.time.start, size.time.end) == (date(2020, 1, 23), date(2020, 1, 23))
    ra, _ = run("The caravan grew to 3,000 on Sunday, up from 1,000 on Friday.", "2018-10-22")
    (size,) = [m for m in ra.mentions if m.type == "size"]
    assert size.group_size == 3000 and size.time.start == date(2018, 10, 21)


def test_a_tally_since_a_day_runs_from_that_day_to_publication():
    ra, _ = run("Mexico has deported 2,303 members of the caravan since Saturday, officials said.", "2020-01-22")
    (ret,) = [m for m in ra.mentions if m.type == "return"]
    assert (ret.time.start, ret.time.end) == (date(2020, 1, 18), date(2020, 1, 22))
    assert "since t1 'Saturday'" in ret.time.reason
    ra, _ = run("The group had camped on the asphalt since Saturday, waiting for the roadblock to lift.", "2020-01-22")
    (blk,) = [m for m in ra.mentions if m.type == "block"]
    assert (blk.time.start, blk.time.end) == (date(2020, 1, 18), date(2020, 1, 22))


def test_a_date_before_a_comma_belongs_to_the_clause_before_when_the_verb_has_its_own():
    ra, _ = run("HUIXTLA, Mexico (AP) — A caravan that set out to mourn the men killed in a fire in Ciudad Juarez "
                "last month, came to a halt in this Chiapas town on Wednesday.", "2023-04-27")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert stay.time.start == date(2023, 4, 26)
    ra, _ = run("On Monday, the migrants crossed the river on rafts.", "2023-04-27")
    (cross,) = [m for m in ra.mentions if m.type == "cross_border"]
    assert cross.time.start == date(2023, 4, 24)


def test_the_number_put_at_a_figure_is_no_present_tense_size():
    ra, _ = run("The group began walking north at about 7 a.m. on Sunday. Organizers put the number at 8,000.",
                "2023-12-25")
    (size,) = [m for m in ra.mentions if m.type == "size"]
    assert "+present" not in size.rule and size.time.start == date(2023, 12, 24)
    ra, _ = run("The caravan numbers about 3,000 people.", "2023-12-25")
    (size,) = [m for m in ra.mentions if m.type == "size"]
    assert "+present" in size.rule and size.time.start == date(2023, 12, 25)


def test_an_undated_mention_takes_the_time_told_earlier_in_its_paragraph():
    text = ("TAPACHULA, Mexico (AP) — Several thousand migrants set out from this city on Sunday.\n\n"
            "The group gathered in the park at dawn on Sunday and began walking north. Organizers put the number "
            "at 8,000. Officials gave a lower figure of about 6,000.\n\n"
            "On Monday, most of the migrants stayed put in Alvaro Obregon.")
    ra, _ = run(text, "2023-12-25")
    sizes = sorted((m.group_size, m.time.start) for m in ra.mentions if m.type == "size")
    assert sizes == [(6000, date(2023, 12, 24)), (8000, date(2023, 12, 24))]


def test_a_place_before_the_verb_across_a_comma_gives_way_to_the_deictic_town_after_it():
    ra, _ = run("HUIXTLA, Mexico (AP) — A caravan that set out to mourn the men killed in a fire in Ciudad Juarez "
                "last month, came to a halt in this Chiapas town on Wednesday.", "2023-04-27")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert [p.place.name for p in stay.places] == ["Huixtla"]


def test_a_diary_entry_told_in_the_present_is_dated_by_its_heading():
    text = ("TIJUANA, Mexico — Entries from my notebook.\n\n"
            "Oct. 15, Agua Caliente. Guatemalan police line up across the road at the border post. By evening "
            "people are sleeping on the steps of the basilica in Esquipulas.")
    ra, _ = run(text, "2018-11-20")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert stay.time.start == date(2018, 10, 15)
    ra, _ = run("Hundreds of migrants remain in shelters in this border city.", "2018-11-20")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert stay.time.start == date(2018, 11, 20)


def test_a_state_since_a_day_does_not_date_the_next_sentence():
    ra, _ = run("The migrants walked into the shallow river Monday morning, many carrying children, after camping "
                "on the Guatemalan bank since Saturday. Guardsmen in riot gear formed lines on the Mexican side, and "
                "the troops answered with pepper spray.", "2020-01-21")
    (block,) = [m for m in ra.mentions if m.type == "block"]
    assert block.time is not None and block.time.start == date(2020, 1, 20)  # Monday, not Saturday


def test_a_possessive_date_dates_its_noun_not_the_sentences_other_events():
    ra, _ = run("TIJUANA, Mexico — Mexico's Interior Ministry said Monday that 98 people detained during Sunday's "
                "attempt to breach the border fence were being deported to their home countries.", "2018-11-26")
    (ret,) = [m for m in ra.mentions if m.type == "return"]
    assert ret.time is not None and ret.time.start == date(2018, 11, 26)  # said Monday, not Sunday's attempt


@pytest.mark.parametrize("sentence, when", [
    ("On Monday, the migrants, who had waited since Friday, crossed the river.", date(2024, 10, 21)),
    ("In January 2020, National Guard troops, deployed under a deal struck with Washington the previous June, "
     "blocked a caravan.", date(2020, 1, 1)),
])
def test_a_date_inside_a_phrase_set_off_by_commas_is_not_the_verbs(sentence, when):
    ra, _ = run(sentence, "2024-10-25")
    (m,) = [m for m in ra.mentions if m.type in ("cross_border", "block")]
    assert m.time is not None and m.time.start == when


def test_a_date_followed_by_last_year_dates_the_event_on_that_day_of_last_year():
    ra, _ = run("On Christmas Eve last year, a caravan estimated at 6,000 people set out from Tapachula.",
                "2024-10-25")
    assert {m.type: m.time.value for m in ra.mentions} == {"depart": "2023-12-24", "size": "2023-12-24"}


def test_an_undated_stay_at_a_town_reached_earlier_begins_on_that_arrival():
    text = ("About 700 people set out from Tapachula on March 25. The group grew to roughly 1,200 by the time it "
            "reached Matías Romero, in Oaxaca, on April 2.\n\nBy then the caravan had become a national story. "
            "The caravan stayed in Matías Romero for four days, camped on a sports field.")
    ra, tl = run(text, "2018-05-03")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert (stay.time.start, stay.time.end) == (date(2018, 4, 2), date(2018, 4, 5))
    assert "arrival" in stay.time.reason and stay.time_link == "relation"
    # without a duration: the arrival's day; at another town: no such anchor
    ra, _ = run(text.replace(" for four days", ""), "2018-05-03")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert (stay.time.start, stay.time.end) == (date(2018, 4, 2), date(2018, 4, 2))
    ra, _ = run(text.replace("stayed in Matías Romero", "stayed in Juchitan"), "2018-05-03")
    (stay,) = [m for m in ra.mentions if m.type == "stay"]
    assert "arrival" not in stay.time.reason


def test_a_live_entrys_events_are_dated_by_its_time_stamp_and_now_dates_the_saying():
    text = ("LIVE: Caravan at the border\n\nTHURSDAY, OCTOBER 1\n\n11:40 a.m.\nCrowds have broken through at El "
            "Florido. The IGM now says at least 3,000 people have entered Guatemala since the morning.\n")
    ra, _ = run(text, "2020-10-02T10:05:00")
    (clash,) = [m for m in ra.mentions if m.type == "block"]
    assert clash.time.value == "2020-10-01" and "time stamp" in clash.time.reason
    (cross,) = [m for m in ra.mentions if m.type == "cross_border"]
    assert cross.time.value == "2020-10-01TMO"  # since the morning: not "now"


def test_an_undated_departure_is_the_one_the_article_told_before_it():
    text = ("HUIXTLA, Chiapas — On Wednesday and again today, the caravan that left Tapachula on Sunday did not "
            "move. Organizers said on Wednesday morning that the heat was too much for the children. The group "
            "stayed in the sports field.\n\n"
            "It set out with some 2,500 people by the count of the migration institute.")
    ra, _ = run(text, "2024-10-24")
    told, later = [m for m in ra.mentions if m.type == "depart"]
    assert told.time.value == "2024-10-20"
    assert later.time.value == "2024-10-20" and later.group_size == 2500
    assert told.id in later.time.reason and later.time_link == "context"
    # from another place it is another departure: the story's time, not Sunday's
    ra, _ = run(text.replace("It set out with", "It set out from Huixtla with"), "2024-10-24")
    later = [m for m in ra.mentions if m.type == "depart"][-1]
    assert later.time.value != "2024-10-20"
