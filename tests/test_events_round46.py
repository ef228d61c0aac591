"""Events from the forty-sixth round: one person who left "with the caravan of" a date tells that caravan's
departure and dates the size told beside it, a caravan that "started from the terminal", a "when" clause after a date
whose year comes after it, and a departure "with the largest caravan". Texts written for these tests in the style of
news stories."""

from __future__ import annotations

from event_helpers import mentions_of as _of


def test_leaving_with_the_caravan_of_a_date_is_that_caravans_departure_and_its_size_is_of_that_date():
    text = ("TAPACHULA, Mexico — In June he lost a girl who painted the wheels for the castles; she left with the "
            "caravan of Wednesday, June 5, some 1,500 walkers.")
    assert [m.time.value for m in _of(text, "2024-10-24", "depart")] == ["2024-06-05"]
    assert [(m.group_size, m.time.value) for m in _of(text, "2024-10-24", "size")] == [(1500, "2024-06-05")]


def test_a_woman_who_left_with_the_caravan_of_a_date_tells_its_departure():
    text = ("TAPACHULA, Mexico — Four years ago he sewed a prayer book for a woman from Guinea who left with the "
            "caravan of Saturday, Oct. 12, 2019, about 2,000 walkers, most of them Africans.")
    assert [m.time.value for m in _of(text, "2023-11-02", "depart")] == ["2019-10-12"]
    assert [m.time.value for m in _of(text, "2023-11-02", "size")] == ["2019-10-12"]
    # one person's own move is still no caravan's
    text = "TAPACHULA, Mexico — He sewed a prayer book for a woman who left for Monterrey on Saturday."
    assert _of(text, "2023-11-02", "depart") == []


def test_the_caravan_that_started_from_the_terminal_departed():
    text = ("SAN PEDRO SULA, Honduras — Last year was much the same. The caravan that started from the terminal on "
            "Jan. 15 last year numbered some 7,000 walkers by the tally Guatemala kept.")
    assert [m.time.value for m in _of(text, "2022-01-20", "depart")] == ["2021-01-15"]


def test_a_when_clause_after_a_date_and_its_year_is_at_that_date():
    text = ("SAN PEDRO SULA, Honduras — On Jan. 15 this year, when the January caravan set out from the terminal, "
            "he sold 400 ponchos.")
    assert [m.time.value for m in _of(text, "2020-10-05", "depart")] == ["2020-01-15"]


def test_owners_who_left_with_the_largest_caravan_departed_with_it():
    text = ("TAPACHULA, Mexico — On a shelf sit seven small bibles, waiting for owners who left the city before dawn "
            "on Monday with the largest caravan Tapachula has seen in years.")
    assert [m.time.value for m in _of(text, "2023-11-02", "depart")] == ["2023-10-30TMO"]
