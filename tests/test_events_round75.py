"""Events and time expressions from the seventy-fifth round.

From caravan-holdout94 (last round's hold-out, read this round): new ways of setting out ("moved up the coast from",
"surged from San Pedro Sula toward Guatemala", "poured onto the road toward the border", "cleared out of the coach
station", "took the highway west", "followed from the same plaza"), of blocking ("closed in on part of it", "had drawn
a line across the highway"), counts in words heading a relative clause ("among the thousands who paddled across"),
"that city" and the day a weekday falls on in a week counted back.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, found, mentions_of


def test_new_ways_of_setting_out():
    cases = [
        ("TAPACHULA, Mexico — The first caravan she remembers came in the spring of 2018: a Via Crucis that moved up "
         "the coast from Tapachula, starting on Palm Sunday, with a cross carried in front.", "2019-10-18",
         "moved up the coast from", "2018-03-25"),
        ("They joined the caravan of January 2021, which surged from San Pedro Sula toward Guatemala on the 15th, a "
         "Friday, and was turned back two days later.", "2025-02-10", "surged from San Pedro Sula toward",
         "2021-01-15"),
        ("The caravan of January had come through without masks. That one formed at the same terminal in San Pedro "
         "Sula and poured onto the road toward the border while it was still dark on the 15th.", "2020-10-06",
         "poured onto the road toward", "2020-01-15"),
        ("Late in the night of Sept. 30, the first column of the pandemic year had cleared out of the San Pedro Sula "
         "coach station.", "2021-01-26", "cleared out of", "2020-09-30TNI"),
        ("The day after the vote, a Sunday, a group of about 300 people took the highway west toward Guatemala.",
         "2018-10-30", "took the highway west toward", "2018-10-28"),
        ("On the last day of October, in the small hours, a far larger crowd followed from the same plaza.",
         "2018-11-02", "followed from the same", "2018-10-31TMO"),
    ]
    for text, pub, trigger, value in cases:
        assert (trigger, value) in found(text, pub, "depart"), (text, found(text, pub, "depart"))


def test_a_round_count_heading_a_relative_clause_is_the_group():
    # "the 3,000 who set off" is no single person; "the thousands who paddled across" are the group
    text = ("In April 2019, on Holy Monday, she was due to record twenty speakers at a shelter; most of them joined "
            "the 3,000 who set off up the coast that morning.")
    assert found(text, "2023-12-28", "depart") == [("set off", "2019-04-15TMO")]
    text = "On Saturday he was among the thousands who paddled across the Suchiate on rafts."
    assert [t for t, _ in found(text, "2018-10-22", "cross_border")] == ["paddled across"]


def test_a_mother_of_two_who_crossed_is_still_one_person():
    text = "Her neighbour, a mother of two who crossed on Monday, called from Tapachula."
    assert found(text, "2018-10-24", "cross_border") == []


def test_new_ways_of_blocking():
    text = ("A week later, on Easter Monday, federal police and immigration officers closed in on part of it on the "
            "highway near Pijijiapan.")
    assert ("officers closed in on part of it", "2019-04-22") in found(text, "2019-04-25", "block")
    text = ("Before dawn on Saturday a caravan of roughly 2,000 had left the central park of Tapachula; by early "
            "afternoon guardsmen and migration officers had drawn a line across the coastal highway.")
    assert [t for t, _ in found(text, "2019-10-15", "block")] == ["officers had drawn a line across"]


def test_a_night_spent_in_a_relative_clause_on_the_group_is_where_it_gathered():
    # not a march taken up again from a stop: the crowd gathered at the terminal, then set out
    text = ("SAN PEDRO SULA, Honduras — Five weeks ago, on a Saturday, a crowd that had spent the night in and around "
            "the main bus terminal began walking toward the Guatemalan border.")
    assert [(t, v[:10]) for t, v in found(text, "2018-11-15", "depart")] == [("began walking", "2018-10-13")]
    assert found(text, "2018-11-15", "march") == []


def test_a_date_in_a_participle_phrase_is_not_the_main_verbs():
    text = ("Five weeks ago, on a Saturday, a crowd began walking toward the Guatemalan border. On the following "
            "Saturday, after waiting on the border bridge since Friday, he was among the thousands who paddled across "
            "the Suchiate on rafts.")
    assert found(text, "2018-11-15", "cross_border") == [("paddled across", "2018-10-20")]


def test_that_city_is_the_town_named_last():
    text = ("In March, on Palm Sunday, her aunt in Tapachula watched several hundred people carry a tall wooden cross "
            "out of that city's main square and head up the coast.")
    [m] = mentions_of(text, "2018-11-15", "depart")
    assert [(p.place.name, p.role) for p in m.places] == [("Tapachula", "from")]


def test_that_city_is_never_the_story_town():
    # "that city" is not the dateline's town ("this city"): with no other town named, no place
    text = ("CHIQUIMULA, Guatemala — It was not the first caravan to come this way. On Jan. 15, 2020, another had set "
            "off from that city.")
    [m] = mentions_of(text, "2021-01-21", "depart")
    assert [p.place.name for p in m.places if p.role == "from"] == []


def test_said_that_city_officials_is_no_place():
    text = "The caravan left on Monday, and the mayor said that city officials would open the stadium."
    [m] = mentions_of(text, "2018-11-15", "depart")
    assert m.places == []


def test_leaving_on_a_plane_is_no_caravan():
    text = ("Squash in Honduras is a small world, and he can name every player he has lost. Most left for university "
            "or for the United States on a plane. Four left on foot.")
    assert found(text, "2025-02-10", "depart") == []


def test_marching_under_a_name_is_no_march():
    text = "At the end of October another column, marching under the name Exodus from Poverty, left the city."
    assert found(text, "2023-12-28", "march") == []
    assert [t for t, _ in found(text, "2023-12-28", "depart")] == ["left"]


def test_the_approach_to_a_town_is_where_the_column_was_stopped():
    text = "On Saturday guardsmen had broken the column apart on the approach to Huixtla."
    [m] = mentions_of(text, "2021-11-26", "block")
    assert [p.place.name for p in m.places] == ["Huixtla"]


def test_the_town_a_group_left_in_a_relative_clause_is_not_where_it_was_stopped():
    text = ("A group of some hundreds that left Tapachula on Aug. 28 was broken up the next day, a Sunday, on the "
            "highway, he said.")
    [m] = mentions_of(text, "2022-06-09", "block")
    assert m.places == []
    assert [(p.place.name, p.role) for p in mentions_of(text, "2022-06-09", "depart")[0].places] == \
        [("Tapachula", "from")]


def test_the_city_a_message_came_from_is_the_city():
    text = ("SAN PEDRO SULA, Honduras — In November a former court attendant sent the coach a message from Tapachula, "
            "in southern Mexico, where he had been waiting for months. On the day the United States chose its "
            "president he joined a caravan that left the city at dawn.")
    [m] = mentions_of(text, "2025-02-10", "depart")
    assert [p.place.name for p in m.places if p.role == "from"] == ["Tapachula"]
    assert m.time.value == "2024-11-05TMO"
    # a man from a town is no antecedent of "the city": the story's own town
    text = "SAN PEDRO SULA, Honduras — In November a man from Tapachula came by. A caravan left the city at dawn."
    [m] = mentions_of(text, "2025-02-10", "depart")
    assert [p.place.name for p in m.places if p.role == "from"] == ["San Pedro Sula"]


def test_a_town_inside_the_trigger_is_its_place():
    text = ("TAPACHULA, Mexico — On Sunday, Christmas Eve, it happened on a scale she had not seen before. A caravan "
            "that the migration institute counted at some 7,000 people filed out of the city centre and onto the "
            "highway north.")
    [m] = mentions_of(text, "2023-12-28", "depart")
    assert [(p.place.name, p.role) for p in m.places] == [("Tapachula", "from")]


# From caravan-holdout95 (read this round).

def test_more_ways_of_crossing_blocking_and_handing_out_papers():
    text = ("On Oct. 20, 2018, after a day penned on the bridge, thousands of Hondurans ferried themselves over the "
            "Suchiate on rafts.")
    assert found(text, "2019-10-22", "cross_border") == [("ferried themselves over", "2018-10-20")]
    text = ("In January, Mexico's migration officials set up tables at the bridge in Ciudad Hidalgo and, from the "
            "17th, handed a humanitarian visitor's card to anyone from the new Honduran caravan who asked for one.")
    assert found(text, "2019-10-22", "asylum") == [("handed a humanitarian visitor's card", "2019-01-17")]
    text = ("On Holy Monday, April 15, a caravan of about 3,000 walked north out of the city. The next Monday, the day "
            "after Easter, the federal police, with officers of the migration institute, scattered its rear guard "
            "outside Pijijiapan.")
    assert found(text, "2019-10-22", "block") == [("scattered its rear guard", "2019-04-22")]
    text = ("In April of that year, on Easter Sunday, the 21st, federal police and migration officers had swept "
            "through a Holy Week caravan near Pijijiapan.")
    assert [t for t, _ in found(text, "2022-10-25", "block")] == ["officers had swept through a Holy Week caravan"]
    text = ("He watched guardsmen deal with a column that had quit Tapachula at first light: they halted it at the "
            "southern entrance of town.")
    assert [t for t, _ in found(text, "2022-10-25", "block")] == ["halted it at"]
    text = ("Its walkers had walked away from San Pedro Sula's terminal in the dark hours of Friday the 15th. Two days "
            "later, on the Sunday, the column met a wall of soldiers and police strung across the highway.")
    assert found(text, "2021-01-28", "block") == [("met a wall of", "2021-01-17")]


def test_the_group_stopping_is_still_no_block():
    text = "The walkers halted at the edge of town to rest on Sunday."
    assert found(text, "2021-01-28", "block") == []


def test_more_ways_of_setting_out():
    text = ('"Yesterday, before there was any light, the terminal emptied and the whole crowd went up the highway '
            'toward Guatemala," she said on Friday.')
    assert [t for t, _ in found(text, "2020-10-05", "depart")] == ["went up the highway toward"]
    text = ("In June of that year she watched from the gate as the largest caravan the city had seen streamed north "
            "on the 6th.")
    assert found(text, "2023-11-03", "depart") == [("streamed north on", "2023-06-06")]
    # with no day right after it, streaming north is a march under way, not a departure
    text = "The caravan streamed north toward Mexico City, many of its walkers on trucks."
    assert found(text, "2018-11-05", "depart") == []


def test_the_day_of_a_quote_dates_the_saying_not_what_the_quote_tells():
    text = ('"Yesterday, before there was any light, the terminal emptied and the whole crowd went up the highway '
            'toward Guatemala," Ms. Bográn said on Friday, by telephone.')
    assert found(text, "2020-10-05", "depart") == [("went up the highway toward", "2020-10-01")]


def test_a_day_named_by_the_vote_set_beside_its_date_is_no_expression_of_its_own():
    from event_helpers import timex_list
    text = ("The caravan that left Tapachula before dawn on Tuesday, the day Americans went to the polls, walked into "
            "the central park.")
    assert [t.text for t in timex_list(text, "2024-11-07")] == ["before dawn on Tuesday"]


def test_walking_past_all_her_life_is_no_dated_march():
    text = ('Doña Tránsito, who has lived beside the highway since the 1950s, says she has seen migrants walk past all '
            'her life, "but never with so many children."')
    assert [m.modality for m in mentions_of(text, "2021-01-28", "march")] == ["hypothetical"]


def test_a_second_group_up_the_same_highway_is_a_newer_caravan_setting_out():
    text = ("On the 28th, a Saturday, several hundred walkers left on foot from the park. Before that Saturday was out, "
            "guardsmen had broken the column apart on the approach to Huixtla. A week later, on Sept. 4, a second group "
            "pushed up the same highway and was broken up in the same place that afternoon.")
    assert ("pushed up the same highway", "2021-09-04") in found(text, "2021-11-26", "depart")


def test_leaving_tapachula_two_weeks_after_a_honduran_caravan_is_a_caravan_of_its_own():
    # a caravan passing through Tapachula leaves it within days (October 2018: nine days after San Pedro Sula);
    # a group setting out from there two weeks after another caravan left Honduras is a new caravan
    tl = built(("a1", "2022-01-17", "SAN PEDRO SULA, Honduras — Some 600 Hondurans left the main bus terminal before "
                                    "dawn on Saturday, Jan. 15, and Guatemalan police broke them up at the Corinto "
                                    "crossing that same day."),
               ("a2", "2022-02-01", "TAPACHULA, Mexico — On Saturday, Jan. 29, some hundreds of people started up "
                                    "the highway from Tapachula toward Huixtla."))
    deps = sorted((e.date, e.type, e.caravan) for e in tl.events if e.date.startswith("2022-01-29"))
    assert [(d, t) for d, t, _ in deps] == [("2022-01-29", "depart")]
    assert len({e.caravan for e in tl.events if e.type == "depart"}) == 2


def test_leaving_tapachula_within_days_of_setting_out_is_the_caravan_going_on():
    tl = built(("a1", "2018-10-25", "TAPACHULA, Mexico — The caravan that left San Pedro Sula on Oct. 13 crossed into "
                                    "Mexico on Oct. 20. On Monday, Oct. 22, it left Tapachula and walked north toward "
                                    "Huixtla."))
    assert [e.type for e in tl.events if e.date.startswith("2018-10-22")] == ["march"]


def test_papers_handed_months_after_a_caravan_set_off_are_another_caravans():
    # the state's papers are handed where a caravan enters the country: told with no place, at the first border,
    # three months after the October caravan set off, they are a later caravan's
    tl = built(("a1", "2018-10-15", "SAN PEDRO SULA, Honduras — Some 1,500 Hondurans set out from the bus terminal on "
                                    "Saturday, Oct. 13, toward the Guatemalan border."),
               ("a2", "2019-01-20", "Mexico began handing one-year humanitarian visitor cards to Hondurans on "
                                    "Thursday, Jan. 17."))
    dep = next(e for e in tl.events if e.type == "depart")
    papers = next(e for e in tl.events if e.type == "asylum")
    assert papers.date == "2019-01-17" and papers.caravan != dep.caravan


def test_a_count_at_the_departure_and_another_a_day_on_are_one_disputed_size():
    # two sources, two counts within the usual spread of estimates, one at the caravan's start and one the day
    # after: one size the sources disagree on (its days and its count), not two
    tl = built(("a1", "2020-10-02", "SAN PEDRO SULA, Honduras — Late on Wednesday, Sept. 30, a caravan of some 4,000 "
                                    "people left the city's bus terminal for the border."),
               ("a2", "2020-10-05", "On Thursday, Oct. 1, the Guatemalan police counted some 3,000 people in the "
                                    "caravan from Honduras."))
    [size] = [e for e in tl.events if e.type == "size"]
    assert size.date == "2020-09-30/2020-10-01" and size.conflict and len(size.mentions) == 2


def test_counts_a_day_apart_with_neither_at_a_departure_stay_two():
    tl = built(("a1", "2020-10-03", "On Friday, Oct. 2, the police counted some 4,000 people in the caravan at "
                                    "Corinto."),
               ("a2", "2020-10-05", "On Thursday, Oct. 1, the police counted some 3,000 people in the caravan at "
                                    "Corinto."))
    assert len([e for e in tl.events if e.type == "size"]) == 2


def test_a_departure_dated_by_its_context_from_a_town_another_caravan_left_the_day_before_is_that_caravan():
    # told in a story about the caravan of San Pedro Sula, the Salvadoran group's leaving (dated "that same day")
    # is the caravan another text has leaving San Salvador, not the article's own caravan
    tl = built(("a1", "2018-10-29", "SAN SALVADOR, El Salvador — Some 300 Salvadorans set out from the capital's main "
                                    "square on Sunday, Oct. 28, toward Guatemala."),
               ("a2", "2018-10-31", "CIUDAD HIDALGO, Mexico — Before seven o'clock on Monday, Oct. 29, men were already "
                                    "waist-deep in the Suchiate a little upstream of his landing, and by midday the "
                                    "column was strung out along the road to Tapachula.\n\nIn El Salvador that same "
                                    "day, the radio told him, some 300 people, by the tally of the journalists who went "
                                    "along, set out north from the great square of the capital, the Plaza Salvador del "
                                    "Mundo.\n\nThe caravans have made October a strange month on the river. The first "
                                    "of them, the great one, had left San Pedro Sula on Oct. 13 and crossed into Mexico "
                                    "on Oct. 20."))
    deps = [e for e in tl.events if e.type == "depart" and e.place == "San Salvador"]
    assert len(deps) == 1 and len(deps[0].mentions) == 2
