"""Events from the twentieth round: a police blotter's street addresses, a chronology under month headings and
a letter dated by its own date line.  Texts written for these tests in the style of the kinds they imitate."""

from __future__ import annotations

from datetime import datetime

from event_helpers import mentions

from timeline.extract import extract
from timeline.models import Article
from timeline.resolve import resolve

BLOTTER = """Police log

THURSDAY, NOV. 22
6:42 a.m. — 3000 block of Beyer Blvd.: Vehicle burglary reported; tools taken from a work truck.
4:40 p.m. — 100 block of W. San Ysidro Blvd.: Welfare check on a man sleeping in a doorway.
"""

REVIEW = """The year of the caravans

Here is how 2021 went.

JANUARY
The first caravan of the year gathered at the San Pedro Sula bus terminal on the night of Thursday, Jan. 14. The caravan left before dawn on Friday and crossed into Guatemala at El Florido that morning.

AUGUST
Hundreds of people left Tapachula on foot before sunrise on Saturday, Aug. 28.
"""

LETTER = """A letter from the road

San Pedro Sula, Thursday 21 January 2021

Dear sister,
I am back in San Pedro Sula. Since Tuesday I am home with Mamá.
After the gas we stayed by the road until Monday, when the police said there were buses to the border.
"""



def test_a_street_address_is_no_block():
    assert [m for m in mentions(BLOTTER, "2018-11-29") if m.type == "block"] == []


def test_a_chronology_under_month_headings_keeps_each_month_in_its_year():
    ms = mentions(REVIEW, "2021-12-30")
    depart = [m for m in ms if m.type == "depart"]
    days = sorted(m.time.value[:10] for m in depart if m.time is not None)
    assert "2021-01-15" in days and "2021-08-28" in days
    cross = [m for m in ms if m.type == "cross_border"]
    assert cross and cross[0].time.value.startswith("2021-01-15")


def test_a_letter_is_told_from_its_date_line():
    res = resolve(extract(Article(id="t", text=LETTER, published=datetime.fromisoformat("2021-02-05"))))
    values = {t.text: t.resolution.value for t in res.timexes}
    assert values["Tuesday"] == "2021-01-19" and values["Monday"] == "2021-01-18"
    tuesday = next(t for t in res.timexes if t.text == "Tuesday")
    assert "section dated 2021-01-21" in tuesday.resolution.reason


def test_resuming_classes_is_no_march():
    text = ("The caravan left our town before dawn on Friday the 29th. After cleaning the rooms we resumed classes "
            "on Wednesday 3 November. The migrants resumed their march on Saturday.")
    ms = mentions(text, "2021-11-22")
    marches = [m for m in ms if m.type == "march"]
    assert len(marches) == 1 and marches[0].time.value.startswith("2021-")
    assert "classes" not in text[marches[0].start:marches[0].end + 10]
