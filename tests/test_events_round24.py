"""Events from the twenty-fourth round: an editors' notes page with nominal entries ("Monday 15 October: the
crossing into Guatemala"), a draft dictionary entry whose quotations are each dated, an exam paper's dated
sources, a calendar export, and phrasings of the state's acts ("issued humanitarian visitor cards", "before
registration closed", "closed its end of the bridge", "the National Guard pushes them back").  Texts written
for these tests in the style of the kinds they imitate."""

from __future__ import annotations

from event_helpers import dated, mentions

NOTES = """Corrido of the bridge: notes by the editors

II. Monday 15 October 2018: the crossing into Guatemala at Agua Caliente.
III. Friday 19 October: the gate of the bridge was forced by the migrants, and police held the crowd.
IV. Saturday 20 October: rafts of inner tubes and planks across the Suchiate. Sunday 21 October: the march into Tapachula.
"""

QUOTATIONS = """Lexicon of border words, draft entry: caravan

Quotations
2018 Oct. 13 Northern Post The migrant caravan left the San Pedro Sula bus station last night.
2019 Jan. 18 Capital Ledger Mexico began issuing caravan members humanitarian visitor cards on the bridge yesterday.
"""

EXAM = """History paper: migration since 2018

Source A: from a Guatemalan newspaper report published on Sunday 19 January 2020.
"Yesterday Mexico closed its end of the Rodolfo Robles bridge, with about 4,000 migrants waiting on our side."

Source B: a photograph caption, 20 January 2020.
"This morning, below the bridge: hundreds of migrants wade the Suchiate into Mexico, and the National Guard pushes them back."
"""

CALENDAR = """Shelter network calendar export
BEGIN:VCALENDAR
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VEVENT
DTSTAMP:20220608T150000Z
SUMMARY:Transit papers at the sports field
DESCRIPTION:The migration institute began issuing transit papers to the caravan's migrants this morning.
END:VEVENT
END:VCALENDAR
"""

REGISTRATION = """Clinic notes, March 2019

Client R.E. left San Pedro Sula with the migrant caravan on the night of 14 January 2019; on the 17th Mexico issued humanitarian visitor cards to the migrants on the Ciudad Hidalgo bridge, and she was through Mexico before registration closed on the 28th.
"""


def test_nominal_entries_of_an_editors_notes():
    got = dated(NOTES, "2019-10-12")
    assert ("cross_border", "2018-10-15") in got  # "the crossing into Guatemala"
    assert ("block", "2018-10-19") in got  # "the gate ... was forced"
    assert ("cross_border", "2018-10-20") in got  # "rafts ... across the Suchiate"
    assert ("arrive", "2018-10-21") in got  # "the march into Tapachula"


def test_each_quotation_is_told_from_its_own_date():
    got = dated(QUOTATIONS, "2024-03-14")
    assert ("depart", "2018-10-12") in got  # "last night" of 13 October 2018
    assert ("asylum", "2019-01-17") in got  # visitor cards issued "yesterday" of 18 January 2019


def test_an_exam_source_is_told_from_the_date_above_it():
    got = dated(EXAM, "2024-05-13")
    assert ("block", "2020-01-18") in got  # "Yesterday Mexico closed its end of the bridge"
    assert ("cross_border", "2020-01-20") in got
    assert ("block", "2020-01-20") in got  # "the National Guard pushes them back"


def test_a_calendar_entry_is_told_from_its_stamp():
    got = dated(CALENDAR, "2022-06-10")
    assert ("asylum", "2022-06-08") in got  # "this morning" of the stamp (08:00 on 8 June in Mexico City)


def test_the_states_acts_are_events():
    got = dated(REGISTRATION, "2019-03-08")
    assert ("asylum", "2019-01-17") in got
    assert ("statement", "2019-01-28") in got  # "before registration closed on the 28th"


def test_an_order_is_no_event():
    text = 'Migrants at the border, November 2018\n\n"Send them back," the governor said of the caravan on Friday.'
    assert not [m for m in mentions(text, "2018-11-24") if m.type == "return"]


SECOND_CARAVAN = """Corrido notes

V. The second caravan of migrants reached the same bridge on Sunday 28 October 2018 and clashed with Mexican police there. The next day its members crossed the river on rafts.
"""

CALENDAR_LIKENED = """Shelter calendar, June 2022

Monday 6 June 2022: the caravan left before dawn from the same park as in October, about 6,000 people per the migration institute; first overnight stop in Álvaro Obregón.
"""


def test_its_members_are_the_caravan_told_before():
    ms = mentions(SECOND_CARAVAN, "2019-10-12")
    block = next(m for m in ms if m.type == "block")
    cross = next(m for m in ms if m.type == "cross_border")
    assert block.later_caravan and cross.later_caravan  # both the second caravan's, not the first one's


def test_a_time_likened_to_does_not_date_the_story():
    got = dated(CALENDAR_LIKENED, "2022-06-10")
    assert ("size", "2022-06-06") in got  # "about 6,000 people per the migration institute": a count reported
    assert ("stay", "2022-06-06") in got  # not October's ("as in October")
