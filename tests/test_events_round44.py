"""Events from the forty-fourth round: a count "on the figures of" someone, two counts of one sentence each by
its own counter, "turned them back", a weekday named again, "the current" of a river, and a stay since a day of its
own. Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import built, timex_list, timexes
from event_helpers import mentions_of as _of


def test_a_count_on_the_figures_of_someone_is_a_size():
    text = ("TECUN UMAN, Guatemala — The new Honduran caravan left San Pedro Sula on Jan. 15, some 3,500 people on the "
            "figures of Guatemala's migration institute.")
    assert [(m.group_size, m.time.value) for m in _of(text, "2020-01-23", "size")] == [(3500, "2020-01-15")]


def test_two_counts_of_one_sentence_on_two_counters_make_one_disputed_size():
    text = ("The second wave came on Nov. 5, when a caravan of some 1,500 on the migration institute's figures, nearly "
            "3,000 on its organizers' tally, left the central square before dawn.")
    assert [(m.group_size, m.actor) for m in _of(text, "2025-01-16", "size")] == [
        (1500, "migration institute"), (3000, "its organizers")]
    sizes = [e for e in built(("a", "2025-01-16", text)).events if e.type == "size"]
    assert len(sizes) == 1 and len(sizes[0].mentions) == 2


def test_turned_them_back_is_a_block():
    text = ("CIUDAD HIDALGO, Mexico — On Jan. 20, 2020, more than a thousand walkers waded the Suchiate at dawn and the "
            "National Guard turned them back on the Mexican bank.")
    assert [(m.trigger, m.time.value[:10]) for m in _of(text, "2022-06-08", "block")] == [
        ("turned them back", "2020-01-20")]


def test_a_weekday_named_again_is_the_one_just_told_ahead():
    text = ('He has stopped taking new tenants until after the U.S. inauguration on Monday. "Nobody knows what Monday '
            'means for them," he said.')
    got = [(tx.start, tx.resolution.value) for tx in timex_list(text, "2025-01-16") if tx.text == "Monday"]
    assert got == [(71, "2025-01-20"), (98, "2025-01-20")]
    # a weekday with no tense after a past one stays past
    text = "The shop closed on Monday. Monday was quiet."
    assert {tx.resolution.value for tx in timex_list(text, "2025-01-16")} == {"2025-01-13"}


def test_the_current_of_a_river_is_no_time():
    text = "The National Guard turned them back; the raft men pulled several out of the current."
    assert "current" not in timexes(text, "2022-06-08")
    assert timexes("The current rules apply.", "2022-06-08")["current"].value == "PRESENT_REF"


def test_a_stay_since_a_day_of_its_own_keeps_that_day():
    text = ("TIJUANA, Mexico — The caravan has been camped at the Benito Juárez sports complex since Nov. 16, several "
            "thousand people on a ball field. At first they slept on cardboard.\n\nOn Sunday several hundred walkers "
            "marched from the camp toward the El Chaparral crossing, and U.S. agents fired tear gas, and the San "
            "Ysidro port of entry was shut for several hours.")
    stays = [e for e in built(("a", "2018-11-28", text)).events if e.type == "stay"]
    assert [(e.start.isoformat(), e.end.isoformat()) for e in stays] == [("2018-11-16", "2018-11-28")]



def test_crossed_here_under_a_border_town_dateline_is_a_crossing():
    text = ("CIUDAD HIDALGO, Mexico — The Salvadorans, who had left San Salvador on Oct. 28, 2018, crossed here on All "
            "Saints' Day, some on rafts, some wading.")
    assert [(m.trigger, m.time.value) for m in _of(text, "2018-11-05", "cross_border")] == [
        ("crossed here on", "2018-11-01")]


def test_reporters_who_walked_with_it_counted_it_and_do_not_march():
    text = ("The caravan set out from the Plaza Salvador del Mundo in San Salvador on Sunday, some 1,000 people as "
            "counted by reporters who walked with it, though its organizers spoke of nearly 2,000.")
    assert [(m.group_size, m.actor) for m in _of(text, "2018-11-01", "size")] == [
        (1000, "reporters"), (2000, "its organizers")]
    assert _of(text, "2018-11-01", "march") == []


def test_a_counted_group_inside_a_departures_subject_is_a_size_too():
    text = "A year ago she saw a caravan of about 7,000, on the state police's figures, set off from the main square."
    assert [m.group_size for m in _of(text, "2024-11-09", "size")] == [7000]
    assert [m.group_size for m in _of(text, "2024-11-09", "depart")] == [7000]
    # (with no one counting it, a caravan's own count too: round 49; a group of people leaving is only the
    # departure's, tests/test_events_round49.py)
    text = "The second, a caravan of some 3,000, set off from the main square on Friday."
    assert [m.group_size for m in _of(text, "2024-11-09", "size")] == [3000]


def test_walking_on_after_a_departure_and_its_counts_is_the_departure():
    text = ("The caravan left the city's central square at first light on Sunday, about 7,000 people according to "
            "the state police, while its organizers claimed up to 10,000, and walked north along the coastal highway.")
    assert [m.type for m in _of(text, "2023-12-29", "depart") + _of(text, "2023-12-29", "march")] == ["depart"]


def test_took_the_highway_again_toward_a_town_is_a_march():
    text = ("The caravan reached the central park here on Wednesday evening. On Friday morning it took the highway "
            "again toward Escuintla.")
    got = _of(text, "2024-11-09", "march")
    assert [(m.time.value, [p.place.name for p in m.places]) for m in got] == [("2024-11-08TMO", ["Escuintla"])]


def test_where_other_people_meet_is_not_where_the_caravan_left():
    text = ("The summit caravan, the one meant to catch the eye of the leaders meeting in Los Angeles, set out on "
            "Monday, June 6, 2022.")
    assert [[(p.place.name, p.role) for p in m.places] for m in _of(text, "2023-12-29", "depart")] == [
        [("Los Angeles", "mention")]]


def test_things_one_person_counted_are_no_size():
    text = ("The caravan left Tapachula before dawn on Tuesday. She counted 26 kick scooters in the park and fixed 19 "
            "of them.")
    assert _of(text, "2024-11-09", "size") == []


def test_returns_under_way_since_a_day_began_that_day():
    text = ("On Sunday morning police cleared the walkers off the highway. Most were put on buses, and since Monday "
            "Guatemala has been taking them back to the Honduran border.")
    assert [(m.trigger, m.time.start.isoformat(), m.time.end.isoformat()) for m in _of(text, "2021-01-22", "return")] \
        == [("taking them back to", "2021-01-18", "2021-01-18")]


def test_a_walk_that_only_carries_one_of_two_counts_is_no_march():
    text = ("The caravan left Tapachula before dawn on Saturday. Organizers said 4,000 people walked; the migration "
            "institute put it at 2,500.")
    assert [(m.group_size, m.actor) for m in _of(text, "2021-10-25", "size")] == [
        (4000, "Organizers"), (2500, "the migration institute")]
    assert _of(text, "2021-10-25", "march") == []
