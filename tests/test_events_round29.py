"""Events from the twenty-ninth round: arrivals "in town" with no place named, crossings by raft or ferry, a
group taken to a shelter, and the rows of registers and logs headed by a weekday and its day or by a day with a
month in capitals.  Texts written for these tests in the style of the kinds they imitate."""

from __future__ import annotations

from event_helpers import mentions


def _got(text, published):
    return {(m.type, m.time.value[:10] if m.time else None, tuple(p.text for p in m.places if p.role != "mention"))
            for m in mentions(text, published)}


BAKERY = """Bakery order book, Tecún Umán, pages copied Saturday 25 January 2020

2018 (the book of the year before)
No. 3 · taken sáb 13/10/18 · The Honduran caravan left San Pedro Sula this morning.
No. 7 · taken jue 18/10/18, 21:00 · 4,000 rolls for tomorrow 05:00 · The caravan came into town tonight.
"""

RIVER = """Ciudad Hidalgo, Oct. 30 (Border Wire) -- A second caravan clashed with federal police on the bridge on Sunday.
The second group came over on rafts at first light on Monday, and raft men had been ferrying hundreds over the Suchiate since dawn.
"""

PAWN = """Pawnshop register, Tijuana, extract printed 08-ENE-19

B-1118 · 14-NOV-18 · phone · $450 · Came on one of the first caravan buses, which got in at dawn today.
B-1142 · 01-DIC-18 · two phones · $700 · Their family was taken to El Barretal last night in the city's buses.
"""


def test_an_arrival_in_town_names_no_place_and_takes_the_rows_day():
    got = _got(BAKERY, "2020-01-25")
    assert ("depart", "2018-10-13", ("San Pedro Sula",)) in got
    assert ("arrive", "2018-10-18", ()) in got


def test_a_crossing_on_rafts_or_by_ferry_is_a_border_crossing():
    got = _got(RIVER, "2018-10-30")
    assert any(t == "block" and d == "2018-10-28" for t, d, _ in got)
    assert any(t == "cross_border" and d == "2018-10-29" for t, d, _ in got)


def test_a_group_taken_to_a_shelter_arrives_there_and_a_till_date_heads_its_row():
    got = _got(PAWN, "2019-01-08")
    assert any(t == "arrive" and d == "2018-11-14" for t, d, _ in got)  # "got in at dawn today"
    assert ("arrive", "2018-11-30", ("El Barretal",)) in got  # "last night" on the row of 1 December


def test_moving_to_a_city_years_ago_and_getting_in_trouble_are_no_events():
    text = "He moved to Tijuana in 2015. His brother got in trouble on Thursday, police said."
    assert not [m for m in mentions(text, "2018-11-20") if m.type == "arrive"]


def test_a_place_after_moved_to_is_no_infinitive():
    # "were moved to El Barretal on Friday": past, not "moved to block ... on Friday" (a plan)
    got = _got("Migrants were moved to El Barretal on Friday, officials said.", "2018-12-01")
    assert ("arrive", "2018-11-30", ("El Barretal",)) in got
