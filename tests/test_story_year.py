"""The story's year: a date that frames a clause with its own year dates the yearless dates told after it
in its paragraph (timeline/resolve/story_year.py)."""

from datetime import datetime

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes

RETROSPECTIVE = (
    "Six years of caravans\n\n"
    "The first of the large caravans gathered on the morning of Oct. 12, 2018, at the San Pedro Sula bus "
    "terminal. The first groups reached Mexico City on Sunday, Nov. 4, and on Nov. 9 Washington barred asylum "
    "between ports of entry. On Nov. 25, a Sunday, agents fired tear gas at the San Ysidro crossing.\n\n"
    "In January 2019 another group left the same terminal. Mexico handed out visas at the bridge until "
    "Jan. 28, and in March most of the people who had waited in Piedras Negras went home.\n\n"
    "On June 4, President Biden restricted asylum, and on Oct. 20 a new caravan left Tapachula."
)


def _values(text: str, published: str) -> dict[str, str]:
    sents = split_sentences(text)
    got = resolve_timexes(text, sents, find_timexes(text, sents), datetime.fromisoformat(published))
    return {t.text: t.resolution.value for t in got}


def test_a_retrospective_keeps_each_paragraph_in_its_year():
    v = _values(RETROSPECTIVE, "2024-12-15")
    assert v["Sunday, Nov. 4"] == "2018-11-04"  # the weekday tells the year
    assert v["Nov. 9"] == "2018-11-09"
    assert v["Nov. 25"] == "2018-11-25" and v["a Sunday"] == "2018-11-25"
    assert v["Jan. 28"] == "2019-01-28"
    assert v["March"] == "2019-03"
    # a new paragraph with no frame of its own is back in the publication's time
    assert v["June 4"] == "2024-06-04" and v["Oct. 20"] == "2024-10-20"


def test_the_story_year_does_not_cross_a_paragraph():
    v = _values("On the morning of Oct. 13, 2018, a few hundred people met.\n\nOn Nov. 9, the new group set off.",
                "2024-12-15")
    assert v["Nov. 9"] == "2024-11-09"


def test_the_story_year_explains_itself():
    text = "On the morning of Oct. 13, 2018, a few hundred people met. On Nov. 9, Trump signed a proclamation."
    sents = split_sentences(text)
    got = {t.text: t for t in resolve_timexes(text, sents, find_timexes(text, sents), datetime(2024, 12, 15))}
    res = got["Nov. 9"].resolution
    assert res.value == "2018-11-09" and res.anchor_source == "reference"
    assert "the story's time" in res.anchor


def test_a_caravan_named_by_its_time_as_subject_sets_the_story_year():
    text = (
        "Formation. The October 2018 caravan was a process rather than a departure. Small groups left San Pedro "
        "Sula on the night of 12 October, the main group in the early hours of 13 October.\n\n"
        "Size. The 2018 group grew after it left, from about 1,000 at the terminal to some 7,000 in Tapachula by "
        "Oct. 21. Guatemala counted about 9,000 people entering with this month's group.\n\n"
        "A new caravan may leave on 12 October, organizers said."
    )
    v = _values(text, "2022-05-10")
    assert v["the night of 12 October"] == "2018-10-12TNI"
    assert v["the early hours of 13 October"] == "2018-10-13TMO"
    assert v["Oct. 21"] == "2018-10-21"
    assert v["12 October"] == "2022-10-12"  # a new paragraph: back to the publication's time
    # a caravan named by its time inside a sentence is no frame ("joined the 2018 caravan in October")
    assert _values("She joined the 2018 caravan in October.", "2022-05-10")["October"] != "2018-10"
