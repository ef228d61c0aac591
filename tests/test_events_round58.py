"""Events from the fifty-eighth round, from caravan-holdout60: a caravan remembered in a relative clause with no
"that" ("the first Via Crucis she remembers set out", "The first she remembers, in 2018, left"); caravans that
trudged from a city toward the border, streamed on foot out of a terminal "he can see from his door", came down an
avenue "and out onto the highway", filed past a cathedral "and out toward the highway", "got under way" or formed up
in a square and moved off; a caravan that barged through police lines at a border post; a group that walked through
the shallows of the border river; walkers who "left after Easter, on April 23" (the day set beside the feast).  And
from caravan-holdout61: "another had set off"; a caravan coming down from a park toward the highway, not dated by a
state's start in a relative clause after it ("many of whom had waited ... since the spring"); police who shut the
road or surrounded "another one"; "the caravan of that autumn left" dated by its season.  Texts written for these
tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_a_caravan_remembered_in_a_relative_clause_with_no_that():
    text = ("TAPACHULA, Mexico — Last year, on June 6, the great caravan of Venezuelans walked out in the rain. Five "
            "years ago, on Palm Sunday, the first Via Crucis she remembers set out from the same park, behind a cross "
            "of wood that was taller than a man.")
    assert ("set out", "2018-03-25") in found(text, "2023-10-31", "depart")
    text = ("TAPACHULA, Mexico — She keeps the years straight by the palms. Two years ago the Via Crucis walkers set "
            "off on April 11, in Holy Week. The first she remembers, in 2018, left on Palm Sunday as this one did.")
    assert found(text, "2024-03-27", "depart") == [("set off", "2022-04-11"), ("left", "2018-03-25")]


def test_caravans_that_trudged_toward_the_border_or_streamed_on_foot_out_of_a_terminal():
    text = ("ENTRE RÍOS, Guatemala — He also remembers where it all began: a caravan of Hondurans trudged from San "
            "Pedro Sula toward the border on the 13th of October, 2018.")
    assert found(text, "2020-10-02", "depart") == [("trudged from San Pedro Sula toward the border", "2018-10-13")]
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15, 2020, a caravan of thousands streamed on foot out of the terminal "
            "he can see from his door.")
    assert found(text, "2021-04-01", "depart") == [("streamed on foot out of", "2020-01-15")]


def test_out_onto_or_toward_the_highway_after_a_street_or_a_cathedral():
    text = ("TAPACHULA, Mexico — On Thursday, at ten past five in the morning, he had just filled his bucket when the "
            "new caravan came down the avenue from the central park and out onto the highway, about 1,000 people.")
    assert [m.type for m in mentions(text, "2021-11-22")] == ["depart", "size"]
    text = ("TAPACHULA, Mexico — Yesterday, a little after four in the morning, the caravan its leaders named the "
            "Exodus from Poverty filed past the cathedral and out toward the highway, more than 5,000 people.")
    assert found(text, "2023-10-31", "depart") == [("filed past the cathedral and out toward", "2023-10-30T04:00")]


def test_the_one_that_got_under_way_but_not_a_summit():
    text = ("TAPACHULA, Mexico — Two caravans went past her stall that autumn. The one that got under way on Nov. 19 "
            "was smaller, and it was raining.")
    assert found(text, "2022-06-09", "depart") == [("got under way", "2021-11-19")]
    text = ("HUIXTLA, Mexico — Thousands were walking north on June 7 as the Summit of the Americas got under way in "
            "Los Angeles.")
    assert found(text, "2022-06-09", "depart") == []


def test_formed_up_in_a_square_and_moved_off_is_a_departure():
    text = ("TAPACHULA, Mexico — On Friday she was setting up soon after dawn when a caravan formed up in the central "
            "square and moved off toward the highway up the coast, some 1,500 people, the press reported.")
    found = mentions(text, "2025-01-07")
    assert [m.type for m in found] == ["depart", "size"]
    assert found[0].time.value.startswith("2025-01-03")


def test_barged_through_police_lines_at_a_border_post_is_a_crossing():
    text = ("SAN PEDRO SULA, Honduras — Last year, on Oct. 1, another caravan barged through the Guatemalan police "
            "lines at Corinto.")
    found = [m for m in mentions(text, "2021-04-01") if m.type in ("cross_border", "block")]
    assert [(m.type, m.time.value, [p.text for p in m.places]) for m in found] == [
        ("cross_border", "2020-10-01", ["Corinto"])]


def test_walked_through_the_shallows_is_a_crossing():
    text = ("CIUDAD HIDALGO, Mexico — Nine days later, on Oct. 29, a second Honduran group gave up waiting at the "
            "bridge and walked through the shallows downstream, some of them holding hands in a chain.")
    assert found(text, "2018-11-05", "cross_border") == [("walked through the shallows", "2018-10-29")]
    assert found(text, "2018-11-05", "march") == []


def test_left_after_a_feast_on_the_day_set_beside_it():
    text = ("TAPACHULA, Mexico — She has woven for the walkers before. Last year's walkers left after Easter, on "
            "April 23, when the fronds were already old and broke in the fingers.")
    assert found(text, "2024-03-27", "depart") == [("left", "2023-04-23")]


def test_another_had_set_off_the_year_before_that():
    text = ("SAN PEDRO SULA, Honduras — A year ago, on Jan. 15, 2021, the big caravan left the same terminal. The year "
            "before that, another had set off on Jan. 15 as well, and she sold out of braids by noon.")
    assert found(text, "2022-01-19", "depart") == [("left", "2021-01-15"), ("set off", "2020-01-15")]


def test_coming_down_toward_the_highway_is_not_dated_by_a_since_in_a_relative_clause_after_it():
    text = ("TAPACHULA, Mexico — On Saturday he had the drum turning by four in the morning when he heard voices in "
            "the street. A caravan was coming down from the central park toward the highway, roughly 2,000 people as "
            "the reporters reckoned, Cubans and Haitians, many of whom had waited in the city for papers since the "
            "spring.")
    found = mentions(text, "2019-10-15")
    assert [(m.type, m.time.value) for m in found if m.type in ("depart", "size")] == [
        ("depart", "2019-10-12T04:00"), ("size", "2019-10-12T04:00")]


def test_police_who_shut_the_road_or_surrounded_another_one():
    text = ('TECÚN UMÁN, Guatemala — She said on Sunday: "This morning the Guatemalan police shut the road past '
            'Corinto, and nobody is moving."')
    assert found(text, "2022-01-19", "block") == [("police shut the road", "2022-01-16TMO")]
    text = ("TAPACHULA, Mexico — It was not the first caravan to leave the city this year. In April, on April 22, "
            "federal police and immigration agents surrounded another one on the coast road near Pijijiapan.")
    assert found(text, "2019-10-15", "block") == [("surrounded another one", "2019-04-22")]


def test_the_caravan_of_that_autumn_left_in_that_autumn():
    text = ("TAPACHULA, Mexico — Her ticket book goes back to October 2019: a column dated Sunday, Oct. 13, 2019, the "
            "day she says the caravan of that autumn left, some 3,000 strong.")
    assert found(text, "2021-09-03", "depart") == [("left", "2019-FA")]
