"""Events and time expressions from the seventy-seventh round.

From caravan-holdout98 (last round's hold-out, read this round): a caravan ranked within a season, a caravan's name
of several words, new ways of setting out, counting and blocking, the road a leaving group took, a named witness of
a ranked caravan, present-tense habits, a date fronted after a semicolon, a border post named after "at", and an
ordinal of the month that ranks a caravan.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions, mentions_of, sizes_found, timex_list


def test_a_caravan_ranked_within_a_season_is_dated_by_its_own_day():
    text = "On Oct. 23 the biggest column of the autumn walked out of Tapachula, about 2,500 strong, the diocese said."
    assert found(text, "2021-11-30", "depart") == [("walked out of", "2021-10-23")]


def test_a_caravan_named_in_several_words_gets_under_way():
    text = "On Sunday, Oct. 29, last year, when the Exodus from Poverty got under way, eight of her pupils went along."
    assert found(text, "2024-03-12", "depart") == [("got under way", "2023-10-29")]
    # a summit still gets under way without leaving anywhere
    assert found("The caravan waited in the park as the summit got under way on Monday.", "2022-06-08",
                 "depart") == []


def test_new_ways_of_setting_out():
    text = "Two of her clients went with the Via Crucis, which carried its cross north on April 23 last year."
    assert [v for _, v in found(text, "2024-05-02", "depart")] == ["2023-04-23"]
    # (a cross carried north for weeks is the march under way, no leaving)
    assert found("The Via Crucis carried its cross north toward Mexico City for weeks.", "2024-05-02", "depart") == []
    text = ("On Oct. 1, 2020, a little after midnight, some 3,000 Hondurans surged through the gates of the city's "
            "main bus terminal.")
    assert [v for _, v in found(text, "2021-02-10", "depart")] == ["2020-10-01T00:00"]


def test_new_frames_of_a_count():
    text = ("On June 6 the largest caravan of the year walked out of the city, 7,000 walkers or so, going by the "
            "migration institute.")
    assert sizes_found(text, "2022-07-20") == [(7000, "2022-06-06")]
    text = "On Friday a crowd left the central square at first light, some 1,200 of them by one reporter's headcount."
    assert sizes_found(text, "2025-01-14") == [(1200, "2025-01-10TMO")]


def test_a_column_split_apart_is_a_block():
    text = "On Saturday, before dark, soldiers split the column apart on the highway south of Huixtla."
    assert [v for _, v in found(text, "2021-09-01", "block")] == ["2021-08-28TEV"]


def test_the_road_a_leaving_group_took_is_no_march_of_its_own():
    text = "On Sept. 30, 2020, late at night, a few thousand people left the terminal and took the road to Corinto."
    assert [m.type for m in mentions(text, "2020-10-20") if m.modality == "actual"] == ["depart"]
    # a road taken on a day of its own is the march going on
    text = "They left Tecún Umán on Monday, and on Tuesday they took the road to Tapachula."
    assert ("took the road to", "2021-06-01") in found(text, "2021-06-02", "march")


def test_a_ranked_caravan_a_named_witness_saw_leave_is_which_one():
    text = "It was not the first caravan Mrs. Alvarado had watched leave from the plaza below her window."
    assert found(text, "2020-01-21", "depart") == []
    # the largest one she saw left on a day of its own
    text = "The largest caravan Mrs. Alvarado has seen left the plaza at first light on Monday."
    assert [v[:10] for _, v in found(text, "2020-01-21", "depart")] == ["2020-01-20"]


def test_a_present_habit_is_no_dated_event():
    cases = [
        ("When a caravan forms in the plaza, the bakeries around it stay open late.", "depart"),
        ("The code asks for a wide shoulder wherever people walk.", "march"),
        ("On this stretch people walk every day, to the fields and to school.", "march"),
    ]
    for text, kind in cases:
        assert [m for m in mentions_of(text, "2023-12-28", kind) if m.modality == "actual"] == [], text
    # a past in a "when" clause still happened
    assert found("When the caravan set off on Monday, the bakeries closed.", "2023-12-28", "depart") == \
        [("set off", "2023-12-25")]
    # a plural subject before its past verb is no present
    text = "In August, when soldiers broke up the caravan outside Huixtla, she counted the sandals."
    assert [m.modality for m in mentions_of(text, "2021-11-24", "block")] == ["actual"]


def test_a_date_fronted_after_a_semicolon_dates_its_clause_past_a_while_clause():
    text = ("Another caravan started north from the city; on Oct. 1, while the new president was sworn in, a few "
            "hundred more walked out, and on Oct. 20, a Sunday, a column of some thousands followed them.")
    assert [v for _, v in found(text, "2025-01-28", "depart")] == ["2024-10-01", "2024-10-20"]


def test_a_border_post_named_after_at_locates_the_block():
    text = ("On Jan. 15, 2022, the walkers left San Pedro Sula before dawn, and Guatemalan police stopped them at the "
            "border post of Corinto the next morning.")
    got = mentions_of(text, "2022-02-01", "block")
    assert [(r.place.name, r.role) for m in got for r in m.places if r.role == "at"] == [("Corinto", "at")]


def test_an_ordinal_of_the_month_after_a_clause_ranks_the_caravan():
    text = "A week ago a few hundred people left the central park and headed north, the second of the month."
    assert [t.text for t in timex_list(text, "2025-01-27")] == ["A week ago", "the month"]
    # after a day it restates that day
    text = "They left on Jan. 2, the second of the month."
    assert [t.text for t in timex_list(text, "2025-01-27")] == ["Jan. 2", "the second of the month"]
