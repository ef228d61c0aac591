"""Events as reference points (timeline/resolve/event_anchors.py): "in the
weeks before the shooting" is measured from the date the shooting was told
with, not from the latest date of the text."""

from __future__ import annotations

from datetime import datetime

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes


def tag(text: str, published: str):
    sents = split_sentences(text)
    return {t.text: t for t in resolve_timexes(text, sents, find_timexes(text, sents), datetime.fromisoformat(published))}


def test_the_event_date_wins_over_the_latest_date_and_says_so():
    got = tag(
        "Slepian was shot to death on the night of Oct. 23 in his kitchen. "
        "Police said on Tuesday that Kopp's car was seen in the weeks before the shooting.",
        "1999-05-05",
    )
    weeks = got["weeks"]
    assert weeks.resolution.value == "1998-10"
    assert "the date of the shooting" in weeks.resolution.anchor
    assert got["Tuesday"].resolution.value == "1999-05-04"


def test_a_charge_dated_beside_the_crime_word_does_not_date_the_crime():
    # "charged with murder Thursday": Thursday is the charge, not the murder
    got = tag(
        "Kopp was charged with murder Thursday in the slaying of a doctor. "
        "Investigators have searched for him since the Oct. 23 slaying. "
        "His car was spotted in the weeks before the shooting.",
        "1999-05-07",
    )
    assert got["weeks"].resolution.value == "1998-10"


def test_an_offset_from_an_undated_event_is_only_a_length():
    got = tag("Retaliating 13 days after the embassy bombings, U.S. forces struck on Thursday.", "1998-08-20")
    t = got["13 days"]
    assert (t.type, t.resolution.value, t.resolution.start) == ("DURATION", "P13D", None)


def test_a_coarse_event_date_gives_a_coarse_answer_not_a_guessed_day():
    got = tag(
        "Slepian was killed in his kitchen last fall. The rifle was buried in the days before the slaying.",
        "1999-04-10",
    )
    t = got["days"]
    assert t.resolution.value == "1998-FA"
    assert t.resolution.granularity == "season"


def test_caravan_moves_anchor_later_moves():
    got = tag(
        "The caravan left San Pedro Sula on Oct. 13. On Monday, Mexican officials met in the capital. "
        "Two days after the departure, the group crossed into Guatemala. "
        "The day after the crossing, it rested in Tecun Uman.",
        "2018-10-24",
    )
    assert got["Monday"].resolution.value == "2018-10-22"
    assert got["Two days"].resolution.value == "2018-10-15"
    assert got["The day after"].resolution.value == "2018-10-16"


def test_without_event_words_the_story_time_still_anchors():
    got = tag("The group reached Tapachula on Oct. 19. The day after, it rested.", "2018-10-24")
    assert got["The day after"].resolution.value == "2018-10-20"
