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
