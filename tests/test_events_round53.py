"""Events from the fifty-third round, from caravan-holdout48: "He tried again with the caravan that left ..." (the
"again" of the main clause makes no march of the relative clause's departure), "and then the one that set out on
Nov. 5" (a caravan named by its setting out, not a waypoint of the one before), a relative clause dated past a
place's name set off by commas, "were among the people who set out ..." on the day the sentence opens with, "The
caravan was some 1,000 people", and a count set beside a caravan by commas ("the caravan of Wednesday, June 5, a
thousand or so walkers, ...").  Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions
from event_helpers import mentions_of as _of


def test_the_again_of_the_main_clause_makes_no_march_of_a_relative_clause():
    text = ("SAN PEDRO SULA, Honduras — Her son has walked north twice. He tried again with the caravan that left "
            "Tapachula on Oct. 12, which its organizers put at 3,000 people, and he was back by November.")
    got = [(m.type, m.time.value) for m in mentions(text, "2020-01-24")]
    assert ("depart", "2019-10-12") in got and ("size", "2019-10-12") in got
    assert not [t for t, _ in got if t == "march"]
    # (its own clause's "again" still tells the march resumed)
    text = ("JUCHITAN, Mexico — The caravan rested for two days in the town. It set off again on Tuesday before "
            "dawn, heading for Matías Romero.")
    assert [m.type for m in mentions(text, "2018-10-31") if m.type in ("depart", "march")] == ["march"]


def test_the_one_that_set_out_is_a_caravan_of_its_own():
    tl = built(("thread", "2025-01-08",
                "TAPACHULA, Mexico — He began to notice the walkers last year. In October there was the caravan of "
                "Oct. 20, and then the one that set out on Nov. 5, while the Americans were voting, and each time "
                "the safety pins went first."))
    deps = sorted(str(e.date) for e in tl.events if e.type == "depart")
    assert deps == ["2024-10-20", "2024-11-05"]
    assert not [e for e in tl.events if e.type == "march"]
    assert len({e.caravan for e in tl.events if e.type == "depart"}) == 2


def test_a_relative_clause_dated_past_a_place_set_off_by_commas():
    text = ("CIUDAD HIDALGO, Mexico — Two weeks ago he sold every stick he had. Behind the Hondurans came the column "
            "of Salvadorans that set out from the capital's great square, the Plaza Salvador del Mundo, on "
            "Wednesday, Jan. 16, about 300 strong.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-01-30", "depart")] == [("depart", "2019-01-16")]


def test_among_the_people_who_set_out_on_the_day_the_sentence_opens_with():
    text = ("TAPACHULA, Mexico — On Friday night a boy from Cameroon came with his father to buy two. On Saturday, "
            "at four in the morning, the boy and his father were among the people who set out on foot from the "
            "city in a caravan.")
    assert [(m.type, m.time.value[:10]) for m in _of(text, "2019-10-17", "depart")] == [("depart", "2019-10-12")]
    # (with no day told before, still a description of the people)
    text = ("TAPACHULA, Mexico — The shelter feeds the people who set out on foot from the city in caravans.")
    assert _of(text, "2019-10-17", "depart") == []


def test_the_caravan_was_some_thousand_people():
    text = ("TAPACHULA, Mexico — She sold all her swatters. The caravan was some 1,000 people, going by the "
            "reporters who walked the first miles with them.")
    assert [m.group_size for m in _of(text, "2024-06-08", "size")] == [1000]
    # (no caravan, no count; a distance is no count)
    assert _of("TAPACHULA, Mexico — The van was 14 people over its limit.", "2024-06-08", "size") == []
    assert _of("TAPACHULA, Mexico — The caravan is 2,000 km from the border.", "2024-06-08", "size") == []


def test_a_count_set_beside_a_caravan_by_commas():
    text = ("TAPACHULA, Mexico — He began to notice the walkers last year. In June the caravan of Wednesday, June 5, "
            "a thousand or so walkers, Venezuelans for the most part, bought all his black thread.")
    got = [(m.group_size, m.time.value) for m in _of(text, "2025-01-08", "size")]
    assert got == [(1000, "2024-06-05")]


def test_the_lede_is_counted_in_sentences_of_prose_not_header_lines():
    text = ("Mesh, wire and a good wrist: a swatter maker at the bus station\n"
            "By A. Writer, correspondent\n"
            "The Journal · Saturday, June 8, 2024\n\n"
            "TAPACHULA, Mexico — She makes fly swatters from squares of green mesh and sells them from a bucket. She "
            "has made them for 22 years. Her best months are the wet ones.\n\n"
            "This week she sold them to the walkers. \"They went out of the square this morning in the dark,\" she "
            "said on Thursday. \"The flies on the highway are worse.\"\n\n"
            "The caravan was some 1,000 people, going by the reporters who walked the first miles with them.")
    assert [m.time.value[:10] for m in _of(text, "2024-06-08", "size")] == ["2024-06-06"]


def test_troops_broke_the_column_apart():
    text = ("HUIXTLA, Mexico — On Saturday morning a caravan of migrants set off on foot from Tapachula. That "
            "evening, outside Huixtla, National Guard troops and migration officers waded into the column and broke "
            "it apart.")
    assert [(m.type, m.time.value) for m in _of(text, "2021-09-02", "block")] == [("block", "2021-08-28TEV")]


def test_blocks_of_cedar_are_no_roadblock():
    text = ("TAPACHULA, Mexico — He carves lasts, the wooden feet that cobblers stretch leather over, from blocks of "
            "cedar in a workshop the size of a wardrobe. On Monday police blocked the highway.")
    assert [m.trigger for m in _of(text, "2022-06-10", "block")] == ["blocked"]


def test_the_via_crucis_pilgrims_of_a_day_and_the_caravan_that_went_out_on_a_day():
    text = ("TAPACHULA, Mexico — She has watched them all. Of last year's she remembers three: the Via Crucis "
            "pilgrims of April 23, who sang; the caravan that went out on Oct. 29, 7,000 people by their count.")
    got = [(m.type, m.time.value) for m in mentions(text, "2024-06-08")]
    assert ("depart", "2023-04-23") in got and ("depart", "2023-10-29") in got
    assert ("size", "2023-10-29") in got
    # (the lights that went out are no caravan)
    assert _of("TAPACHULA, Mexico — The lights went out on Monday.", "2024-06-08", "depart") == []


def test_there_a_number_of_days_later():
    text = ("SAN PEDRO SULA, Honduras — The caravan set out from the bus terminal on the Wednesday of last week. Two "
            "days later its first walkers were in Tecún Umán.")
    assert [(m.type, m.time.value) for m in _of(text, "2020-01-24", "arrive")] == [("arrive", "2020-01-17")]
    text = ("TAPACHULA, Mexico — He missed last year's summit caravan, which set off on June 6 and was in Huixtla a "
            "day later.")
    assert [(m.type, m.time.value) for m in _of(text, "2023-12-28", "arrive")] == [("arrive", "2022-06-07")]


def test_back_to_the_park_is_no_return_home():
    text = ("TAPACHULA, Mexico — The caravan was broken up near Huixtla on Saturday. Some of those walkers came back "
            "to the park, she said, with their shoes in their hands.")
    assert _of(text, "2021-11-23", "return") == []
    text = ("TAPACHULA, Mexico — The caravan was broken up near Huixtla on Saturday. Many walkers came back to "
            "Honduras on buses.")
    assert [m.type for m in _of(text, "2021-11-23", "return")] == ["return"]


def test_a_bare_count_or_more_credited_to_reporters():
    text = ("TAPACHULA, Mexico — He has sold to the walkers before. The Exodus from Poverty left on Monday, Oct. 30, "
            "before dawn, 5,000 or more, reporters said, and he was on the square.")
    got = [(m.group_size, m.size_mod, m.time.value[:10]) for m in _of(text, "2023-12-28", "size")]
    assert got == [(5000, "MORE_THAN", "2023-10-30")]


# --- from caravan-holdout49


def test_a_count_after_an_undated_departure_is_not_the_dated_one_before_it():
    text = ("TAPACHULA, Mexico — She keeps a button from most caravans. Last year there was the Via Crucis procession "
            "that set off on April 23, and on Christmas Eve the great caravan that filled the central square before "
            "it set out, 7,000 people by the newspapers' reckoning.")
    assert [m.time.value for m in _of(text, "2024-11-09", "size")] == ["2023-12-24"]
    # (a relative clause's departure tells again the one it hangs on)
    text = ("TAPACHULA, Mexico — He rang for the caravan of Oct. 20 and for the one of Nov. 5, which set off as "
            "Americans were choosing a president and which the migration institute put at 1,500 strong.")
    assert [m.time.value for m in _of(text, "2025-01-07", "size")] == ["2024-11-05"]


def test_from_the_great_square_of_the_capital():
    text = ("CIUDAD HIDALGO, Mexico — On Monday the column crossed the river. In El Salvador that same day some 300 "
            "people set out north from the great square of the capital, the Plaza Salvador del Mundo.")
    dep = _of(text, "2018-10-31", "depart")
    assert ("San Salvador", "from") in [(p.place.name, p.role) for p in dep[0].places]


def test_for_the_big_one_of_june_which_set_out():
    text = ("Tissue and chisel: the banner cutter\nBy A. Writer, correspondent\n\n"
            "TAPACHULA, Mexico — Her banners have seen caravans off before. For the big one of June, which set out on "
            "June 6 while the Summit of the Americas was opening in Los Angeles, she cut two hundred.")
    assert [(m.type, m.time.value) for m in _of(text, "2022-10-20", "depart")] == [("depart", "2022-06-06")]


def test_they_went_out_yesterday():
    text = ("TAPACHULA, Mexico — This week a caravan carried some of her buttons north. She said on Wednesday: \"They "
            "went out yesterday, as the people of the United States were voting.\"")
    assert [(m.type, m.time.value) for m in _of(text, "2024-11-09", "depart")] == [("depart", "2024-11-05")]


def test_a_count_with_a_year_of_its_own_is_the_nearest_named_caravan_s():
    text = ("TAPACHULA, Mexico — He has watched the caravans cross the square. Last year he counted the one of Oct. 20, "
            "some 3,000 people as its organizers reckoned, and the one that went out on Nov. 5.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2025-01-13", "size")] == [(3000, "2024-10-20")]


# --- from caravan-holdout50


def test_the_one_of_a_day_after_a_procession():
    text = ("The weathervane maker of the Calle Sexta\n\n"
            "TAPACHULA, Mexico — It is not the first caravan he has watched from his yard. In the spring he went to "
            "see off the Via Crucis procession, which started from the park on April 23 carrying a cross made of "
            "two planks from a pallet. He also remembers the one of Oct. 17 last year, a few "
            "hundred people, most of them Venezuelans.")
    assert ("depart", "2022-10-17") in [(m.type, m.time.value) for m in mentions(text, "2023-11-03")]


def test_over_the_river_and_across_on_a_day():
    text = ("CIUDAD HIDALGO, Mexico — The first Honduran caravan, which had started walking in San Pedro Sula on "
            "Oct. 13, came over the Suchiate two weeks ago, on Saturday, Oct. 20, on the rafts.")
    assert [(m.type, m.time.value) for m in _of(text, "2018-11-02", "cross_border")] == \
        [("cross_border", "2018-10-20")]
    text = ("CIUDAD HIDALGO, Mexico — Last October the bridge was a wall. The first caravan got across on Oct. 20, on "
            "rafts and inner tubes.")
    assert [(m.type, m.time.value) for m in _of(text, "2019-01-19", "cross_border")] == \
        [("cross_border", "2018-10-20")]
    # (what one comes across, or over to, is no border)
    assert _of("TAPACHULA, Mexico — He came across a body on Monday.", "2019-01-19", "cross_border") == []
    assert _of("TAPACHULA, Mexico — He came over to the river to sell water.", "2019-01-19", "cross_border") == []
