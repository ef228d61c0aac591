"""Events from the twenty-fifth round: a parcel-tracking page whose stamped lines tell their own days, a
family-links board whose notices tell of one person leaving "with about 3,000 people", a discharge summary
whose patient "set out from Tapachula with the caravan", and "the first buses of the caravan came into
Tijuana".  Texts written for these tests in the style of the kinds they imitate."""

from __future__ import annotations

from event_helpers import dated, mentions

TRACKING = """Tracking history: shipment 11-204, Tapachula to Tijuana
Parcel service · tracking page printed Tuesday 4 December 2018, 10:15 Pacific time · newest event first

03/12/2018 16:40 TIJUANA: Delivered. Signed at the shelter pharmacy.
15/11/2018 22:10 TIJUANA: Arrived at destination depot. Driver's note: the first buses of the caravan came into Tijuana last night; traffic heavy in Zona Norte.
"""

NOTICES = """Missing-person notices, page 2
Family-links board · page updated Friday 29 January 2021

Notice 2-131 · posted 9 October 2020
K. S. M., 16. Left San Pedro Sula before dawn on Thursday 1 October 2020 with about 3,000 people; no call since.
"""

DISCHARGE = """Discharge summary
Admitted Tuesday 26 December 2023, 19:25 · discharged Saturday 30 December 2023, 11:00

History: the patient set out from Tapachula with the caravan on the morning of 24 December. She reached Huixtla with the caravan on the 26th.
"""


def test_a_tracking_stamp_dates_its_drivers_note():
    got = dated(TRACKING, "2018-12-04")
    assert ("arrive", "2018-11-14") in got  # "last night" of the stamp of 15 November, not of 4 December


def test_one_person_leaving_with_the_group_is_the_groups_departure():
    ms = [m for m in mentions(NOTICES, "2021-01-29") if m.type == "depart"]
    assert [(m.time.value[:10], m.group_size) for m in ms] == [("2020-10-01", 3000)]


def test_a_patient_who_moved_with_the_caravan():
    got = dated(DISCHARGE, "2023-12-30")
    assert ("depart", "2023-12-24") in got
    assert ("arrive", "2023-12-26") in got


def test_one_person_alone_or_walking_with_a_caravan_is_no_event():
    assert not mentions("Clinic notes, May 2023\n\nShe left with her two children on Monday.", "2023-05-10")
    text = "Shelter notes, June 2022\n\nHe walked with a caravan in October 2021 and got as far as Huixtla."
    assert not [m for m in mentions(text, "2022-06-20") if m.type == "march"]


def test_came_into_needs_a_place():
    assert not mentions("Border notes, November 2018\n\nThe new rule came into force last night.", "2018-11-15")
