"""Events and time expressions from the seventy-fourth round.

From caravan-holdout92: "began to walk west", "had gone off westward", "followed it from the same monument" and
"moved out onto the coastal highway" are departures.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found


def test_new_ways_of_setting_out():
    cases = [
        ("SAN SALVADOR — A caravan of some 300 Salvadorans gathered in the capital on Sunday, Oct. 28, and a little "
         "after ten that morning began to walk west, toward the border with Guatemala.", "2018-10-30",
         "began to walk west"),
        ("SAN SALVADOR — A crowd of several hundred migrants formed on the square on Sunday; by midday it had gone off "
         "westward, toward the border.", "2018-10-30", "gone off westward"),
        ("SAN SALVADOR — A first caravan left the capital on Sunday. Three days later a much bigger group, mostly "
         "young men, followed it from the same monument before dawn.", "2018-11-02", "followed it from the same"),
        ("TAPACHULA, Mexico — Thousands of migrants filled the avenues around the central park before dawn on Monday "
         "and moved out onto the coastal highway.", "2022-06-08", "moved out onto the coastal highway"),
    ]
    for text, pub, trigger in cases:
        assert trigger in [t for t, _ in found(text, pub, "depart")], (text, found(text, pub, "depart"))


def test_walking_toward_the_border_is_no_departure_without_a_group():
    text = "She began to walk west along the avenue to her office, as she does every morning."
    assert found(text, "2018-10-30", "depart") == []
