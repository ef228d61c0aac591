"""Events from the thirty-seventh round: a caravan of one nationality told beside a newer one from another country,
an arrival "here", "the first of them", a sports complex opened to the walkers, people sleeping or housed as a
count, a count that opens a clause after ", and", a tent camp that is no stay, and a capital known by its own name
in a story full of Mexican places.
Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, mentions, mentions_of as _of


_TWO_CARAVANS = (
    "HARLINGEN, Texas — Troops went to the border this month. The order answered the Honduran caravan, which reached "
    "Tapachula, in Mexico's far south, on Sunday, Oct. 21. The front of that caravan arrived in Mexico City last "
    "Sunday.\n\nA third caravan, mostly Salvadoran, is far behind. It set out from San Salvador on the morning of "
    "Wednesday, Oct. 31, and waded the Suchiate River into Mexico two days later.")


def test_a_caravan_of_one_nationality_is_not_the_newer_one_from_another_country():
    tl = built(("a", "2018-11-10", _TWO_CARAVANS))
    by = {(e.type, e.place): e.caravan for e in tl.events}
    honduran = by[("arrive", "Tapachula")]
    assert by[("arrive", "Mexico City")] == honduran  # at a caravan's pace, only the Honduran one was that far
    assert by[("depart", "San Salvador")] != honduran
    assert "Honduras" in honduran


def test_an_arrival_here_is_in_the_datelines_town():
    text = ("TIJUANA, Mexico — The caravan left Mexico City on Friday, Nov. 9. The first of them got here late on "
            "Tuesday, Nov. 13, according to the log of a church shelter near the beach.")
    got = _of(text, "2018-12-07", "arrive")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-11-13", ["Tijuana"])]


def test_the_first_of_them_is_the_group():
    text = "The caravan left Tapachula at dawn on Monday. The first of them arrived in Huixtla on Tuesday evening."
    assert [m.time.value for m in _of(text, "2021-10-30", "arrive")] == ["2021-10-26TEV"]
    # ... but "the first" alone is not ("The first tropical wave arrived in mid-June")
    assert not _of("The first tropical wave arrived in Huixtla on Tuesday evening.", "2021-10-30", "arrive")


def test_a_sports_complex_opened_to_the_walkers_is_a_stay_from_that_day():
    text = ("TIJUANA, Mexico — On Friday, Nov. 16, the city opened the sports complex to them, and by the following "
            "Friday more than 6,000 people were sleeping on its fields and under its bleachers.")
    got = mentions(text, "2018-12-07")
    assert [(m.type, m.time.value) for m in got if m.type == "stay"] == [("stay", "2018-11-16")]
    # ... and the count that opens the clause after ", and" keeps its own day
    assert [(m.time.value, m.group_size) for m in got if m.type == "size"] == [("2018-11-23", 6000)]
    # a country opening its border is no stay
    assert not _of("Mexico opened its border to the migrants on Monday.", "2018-12-07", "stay")


def test_people_housed_somewhere_are_a_count():
    text = "The caravan reached Mexico City on Sunday. By Tuesday the stadium housed about 4,500 migrants."
    assert [(m.group_size, m.time.value) for m in _of(text, "2018-11-08", "size")] == [(4500, "2018-11-06")]


def test_a_tent_camp_is_no_stay():
    text = ('"We plan in 90-day blocks," said Leopold Ferreira, who runs the catering contract at a tent camp '
            'outside town for a San Antonio firm.')
    assert not _of(text, "2018-11-10", "stay")
    assert _of("The migrants camped in Huixtla on Monday.", "2018-11-10", "stay")


def test_a_capital_known_by_its_name_beats_a_town_that_is_also_called_so():
    # Mexico City, Tapachula, Iztacalco, Querétaro, Puebla: a Mexican story, but San Salvador is El Salvador's capital
    text = ("MEXICO CITY — The caravan reached Tapachula, in Mexico's far south, on Sunday, Oct. 21, and Mexico City "
            "last Sunday; the city opened a stadium in Iztacalco, and on Friday the walkers left for Querétaro and "
            "Puebla. A third caravan, mostly Salvadoran, is far behind. It set out from the Plaza Salvador del Mundo "
            "in San Salvador on the morning of Wednesday, Oct. 31.")
    got = [m for m in _of(text, "2018-11-10", "depart") if m.trigger == "set out"]
    assert [(p.place.name, p.place.country) for m in got for p in m.places] == [("San Salvador", "SV")]
