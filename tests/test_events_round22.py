"""Events from the twenty-second round: an archive's series notes that list what happened as noun phrases
("The departure from Tapachula on 25 March 2018; the stop at ..."), a log whose rows carry their own stamps,
and alerts whose stamp stands on its own line.  Texts written for these tests in the style of the kinds they
imitate."""

from __future__ import annotations

from event_helpers import dated, mentions

GUIDE = """Guide to the Photographs of Migrant Caravans, 2018–2020
County Library, Special Collections

Series 1. The October 2018 caravan (Boxes 1–3). The departure from the San Pedro Sula bus terminal on 13 October; the arrival in Tapachula on the 21st; the raft crossing of the Suchiate on 20 October.

Series 2. The January 2020 caravan (Box 4). Departure on Wednesday 15 January 2020; the arrival in Tecún Umán on the 17th.
"""

NOT_ABOUT_A_GROUP = """Guide to the Papers of the Chamber of Commerce

Series 1. Minutes (Box 1). The departure from the old building on 13 October; the arrival of the new director on 2 November.
"""

NEWS = """Migrant caravan waits at the border

Shelters in the city said last month that they were full.
"""

LOG = """Stadium operations log, 2–11 November 2018

02/11/2018 16:05 [RA] The borough asks us to prepare the field as a shelter for the migrant caravan.

04/11/2018 07:10 [LS] First group of the caravan arrives by metro from Puebla.

09/11/2018 05:20 [RA] First groups of migrants leave by gate 3 for the Querétaro highway.
"""

ALERTS = """Community alerts, 15–17 January 2020

#041 — 15-01-2020 21:40
A new caravan left San Pedro Sula this evening from the bus terminal.

#042 — 16-01-2020 07:05
Groups of migrants crossed into Guatemala overnight at Corinto.
"""




def test_noun_phrases_listing_what_happened_are_the_caravan_s_events():
    got = dated(GUIDE, "2023-09-18")
    assert ("depart", "2018-10-13") in got
    assert ("arrive", "2018-10-21") in got
    assert ("depart", "2020-01-15") in got
    assert ("arrive", "2020-01-17") in got


def test_a_listed_noun_needs_a_title_naming_a_group():
    assert [m for m in mentions(NOT_ABOUT_A_GROUP, "2023-09-18") if m.type in ("depart", "arrive")] == []


def test_a_plural_subject_opening_a_sentence_is_no_listed_event():
    assert [m for m in mentions(NEWS, "2023-12-27") if m.type == "stay"] == []


def test_a_log_s_rows_are_dated_by_their_own_stamps_read_day_first():
    got = dated(LOG, "2018-11-12")
    assert ("arrive", "2018-11-04") in got
    assert ("depart", "2018-11-09") in got


def test_an_alert_s_stamp_on_its_own_line_dates_the_message_under_it():
    got = {(m.type, m.time.value) for m in mentions(ALERTS, "2020-01-22") if m.time is not None}
    assert ("depart", "2020-01-15TEV") in got
    assert ("cross_border", "2020-01-15TNI") in got
