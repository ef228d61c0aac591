"""Events from the twenty-third round: a volunteer's shift log whose entries are headed by a day and a
shift, a forum thread saved with relative post stamps, a release-notes page whose versions carry their
dates, and a few phrasings ("most people I spoke with left ...", "stalled for days in ...").  Texts written
for these tests in the style of the kinds they imitate."""

from __future__ import annotations

from event_helpers import dated

SHIFT_LOG = """Interpreters' log at the bridge, January 2019

THU 17 JAN 2019 · shift 07:30–15:00
The migrant caravan reached Tecún Umán before dawn. Most people I spoke with left San Pedro Sula on the night of Monday the 14th.

SAT 19 – SUN 20 JAN
Off.
"""

THREAD = """Is the migrant caravan on the coastal highway?
Road forum · Page saved on Wednesday 27 October 2021 at 08:12.

kofi · posted 4 days ago
Update from the road: the caravan left Tapachula before dawn today, about 3,000 migrants.

laura · posted yesterday
The migrants moved out of Huixtla today at about 4 a.m., heading for Escuintla.
"""

RELEASES = """Route app for migrants: release notes

3.4.1 (2022-06-07, 06:30)
- The migrant caravan that left Tapachula on Monday slept at Álvaro Obregón and reached Huixtla today.

2.9.0 (2021-10-24)
- The caravan of migrants that left Tapachula yesterday reached Huixtla last night.
"""

STALLED = """Migrant caravans of 2018

Back in spring 2018 the Via Crucis group of migrants left Tapachula on 25 March, about 1,200 people, and then stalled for days in Matías Romero in early April.
"""




def test_a_shift_log_entry_is_dated_by_its_heading_and_a_relative_clause_keeps_the_group_subject():
    got = dated(SHIFT_LOG, "2019-02-01")
    assert ("arrive", "2019-01-17") in got
    assert ("depart", "2019-01-14") in got


def test_a_saved_thread_s_posts_are_told_from_their_stamps():
    got = dated(THREAD, "2021-10-27")
    assert ("depart", "2021-10-23") in got
    assert ("depart", "2021-10-26") in got


def test_a_release_s_notes_are_told_from_its_version_date():
    got = dated(RELEASES, "2022-06-09")
    assert ("arrive", "2022-06-07") in got
    assert ("depart", "2021-10-23") in got


def test_stalled_for_days_in_a_town_is_a_stay():
    got = dated(STALLED, "2018-12-02")
    assert ("stay", "2018-04") in {(t, d[:7]) for t, d in got}
