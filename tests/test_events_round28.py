"""Events from the twenty-eighth round: a note's sentences that open with their verb, the subject left out, on
a line that has named the caravan ("... with the first caravan. Crossed into Guatemala at Agua Caliente on Mon
15/10."), and a register's rows told from their own days.  Texts written for these tests in the style of the
kinds they imitate."""

from __future__ import annotations

from event_helpers import mentions

CARD = """Veterinary clinic, Tijuana — patient card, printed 7 Dec 2018, 16:05
Owner: D. Mejía (Honduran, travelling with the caravan). Fees waived.

History given by the owner: the dog walked with the family from San Pedro Sula, which they left on the night of Friday 12 October with the first caravan. Crossed into Guatemala at Agua Caliente on Mon 15/10. Reached Tapachula Sun 21/10 and walked on to Huixtla on the 22nd. Slept at the stadium in Mexico City from 4/11, then rode trucks north and got to Tijuana on Tue 13/11.
"""

NO_GROUP = """Veterinary clinic, Tijuana — patient card, printed 7 Dec 2018
History: the dog was found near the port by a neighbour. Crossed the street on Mon 15/10 and was hit by a bike.
"""

AUDIT = """Hotel night audit, Huixtla, sent Friday 29 December 2023

BD Sat 23/10/2021 · closed 02:35 · occ. 100% · Caravan from Tapachula arrived in town tonight; walk-ins turned away after 21:00.
BD Tue 26/10/2021 · closed 02:10 · occ. 41% · The caravan left for Escuintla at 4 this morning.
"""


def _got(text, published):
    return {(m.type, m.time.value[:10] if m.time else None, tuple(p.text for p in m.places if p.role != "mention"))
            for m in mentions(text, published)}


def test_a_notes_verb_first_sentences_are_the_caravans_told_before_on_the_line():
    got = _got(CARD, "2018-12-07")
    assert ("depart", "2018-10-12", ("San Pedro Sula",)) in got
    assert any(t == "cross_border" and d == "2018-10-15" and "Agua Caliente" in ps for t, d, ps in got)
    assert any(t == "arrive" and d == "2018-10-21" and "Tapachula" in ps for t, d, ps in got)
    assert any(t == "march" and d == "2018-10-22" and "Huixtla" in ps for t, d, ps in got)  # "and walked on to"
    assert any(t == "arrive" and d == "2018-11-13" and "Tijuana" in ps for t, d, ps in got)  # ", then ... got to"


def test_a_day_and_month_alone_reads_day_first_in_a_day_first_note():
    got = _got(CARD, "2018-12-07")
    assert any(d == "2018-11-04" for t, d, ps in got if "Mexico City" in ps)  # "from 4/11"


def test_a_verb_first_sentence_on_a_line_that_names_no_group_is_no_event():
    assert not [m for m in mentions(NO_GROUP, "2018-12-07") if m.type == "cross_border"]


def test_a_night_audits_rows_are_told_from_their_business_dates():
    got = _got(AUDIT, "2023-12-29")
    assert any(t == "arrive" and d == "2021-10-23" for t, d, ps in got)
    assert any(t == "depart" and d == "2021-10-26" for t, d, ps in got)


BILL = """Mobile statement, issued 27/01/2021
14/01 | 19:42 | local | out | 06:10 | 12.40 [the desk wants the story by tonight]

Note stapled to this statement (copied from the October one): "1/10/2020 — left San Pedro Sula at 3 a.m. with about 3,000; crossed at Corinto the same afternoon; that night Guatemala declared a state of prevention."
"""


def test_a_copied_notes_verbs_joined_to_a_move_with_a_count_are_the_groups():
    got = _got(BILL, "2021-01-27")
    assert ("depart", "2020-10-01", ("San Pedro Sula",)) in got  # "with about 3,000": a group moves
    assert any(t == "cross_border" and d == "2020-10-01" and "Corinto" in ps for t, d, ps in got)  # "; crossed at"


def test_a_count_after_a_reporting_i_is_the_subject():
    got = _got("I heard from the road that about 7,000 came across at El Florido today.", "2021-01-15")
    assert any(t == "cross_border" and d == "2021-01-15" and "El Florido" in ps for t, d, ps in got)
    assert not _got("He came across a body near the road on Friday.", "2021-01-15")


def test_a_crossing_named_with_its_place_closing_is_a_block():
    ms = mentions("On Sunday tear gas was fired at the fence, and the San Ysidro crossing closed for about five "
                  "hours.", "2018-11-27")
    assert any(m.type == "block" and "San Ysidro crossing" in [p.text for p in m.places] for m in ms)
    ms = mentions("Sunday. The San Ysidro crossing closed for about five hours.", "2018-11-27")
    assert [m.type for m in ms] == ["block"]
    got = _got("At the Rodolfo Robles bridge the gate was already shut when I arrived on Saturday.", "2020-01-20")
    assert any(t == "block" and d == "2020-01-18" for t, d, ps in got)


def test_a_date_after_a_semicolon_is_the_next_clauses_not_the_narratives():
    log = ("Ranger log, compiled Wednesday 3 January 2024\n\n2021-10-25 · patrol 06:00–11:30 · High water 08:14. "
           "Caravan still resting in Huixtla, second day running; we were told to expect it on our stretch tomorrow.\n")
    got = _got(log, "2024-01-03")
    assert any(t == "stay" and d == "2021-10-25" and "Huixtla" in ps for t, d, ps in got)


def test_a_first_night_at_a_place_is_a_stay_though_the_night_is_the_time():
    got = _got("The caravan left Tapachula before dawn. Its first night is at Álvaro Obregón.", "2022-06-06")
    assert any(t == "stay" and d == "2022-06-06" and "Álvaro Obregón" in ps for t, d, ps in got)
    got = _got("The caravan left Tapachula on Monday and slept the first night in Álvaro Obregón.", "2022-06-07")
    assert any(t == "stay" and d == "2022-06-06" and "Álvaro Obregón" in ps for t, d, ps in got)
    assert not [m for m in mentions("We arrived at night in Tapachula.", "2022-06-07") if m.type == "stay"]


def test_returns_by_bus_and_buses_taking_them_back_are_returns():
    got = _got("The caravan left on 1 October and was stopped in Guatemala. Returns by bus from the 2nd, the last on "
               "Monday the 5th.", "2020-10-10")
    assert any(t == "return" and d == "2020-10-02" for t, d, ps in got)
    # (the "I" of a Roman-numeral month is no first-person subject)
    got = _got("Bell log\nMon 18.I–Wed 20.I — buses taking them back to Honduras past the chapel, all three days.",
               "2021-01-25")
    assert any(t == "return" and d == "2021-01-18" for t, d, ps in got)
