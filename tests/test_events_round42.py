"""Events from the forty-second round: one person who set out "in a group of" hundreds, "the one of October"
standing for a caravan, "blocked drains" and "300 blocks" of ice that are no block. Texts written for these tests in
the style of news stories."""

from __future__ import annotations

from event_helpers import mentions_of as _of


def test_one_person_setting_out_in_a_group_is_the_group_setting_out():
    text = ("Not all his customers are Honduran. Idalia Ramos, 34, set out from San Salvador on Oct. 28 in a group of "
            "about 500 by its organizers' reckoning.")
    got = _of(text, "2018-12-10", "depart")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2018-10-28", ["San Salvador"])]
    # on her own she is one person's story
    assert _of("Idalia Ramos, 34, set out from San Salvador on Oct. 28 in a borrowed car.", "2018-12-10", "depart") == []


def test_the_one_of_october_is_a_caravan_after_a_sentence_naming_one():
    text = ("It is the second caravan he has treated in four months. The one of October, the first since the "
            "pandemic, set out from San Pedro Sula late on Wednesday, Sept. 30, by his patients' account.")
    got = _of(text, "2021-01-22", "depart")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2020-09-30", ["San Pedro Sula"])]
    # with no caravan named before it, "the one of October" is nobody in particular
    text = ("Dental care: a free chair\n\nHe has treated patients for years. The one of October set out from San "
            "Pedro Sula late on Wednesday, Sept. 30.")
    assert _of(text, "2021-01-22", "depart") == []


def test_blocked_drains_and_blocks_of_ice_are_no_block():
    text = "The plumbers found plenty of work afterwards: blocked drains in the park's toilets, broken cisterns."
    assert _of(text, "2022-06-09", "block") == []
    text = "The factory sold 40 tonnes to a relief group, which paid for 300 blocks and has promised to pay for the rest."
    assert _of(text, "2024-11-09", "block") == []
    assert [m.time.value for m in _of("Police blocked the highway on Friday.", "2021-01-22", "block")] == ["2021-01-22"]

