"""Group sizes: a golden table of phrases -> value, modifier, range or nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.event_lexicon import tokenize
from timeline.extract.sizes import find_sizes

# text, (value, mod, low, high) of the first size, or None when there is no group size
GOLDEN = [
    ("About 7,000 migrants are part of this caravan", (7000, "APPROX", None, None)),
    ("a group of more than 1,600 Honduran migrants", (1600, "MORE_THAN", None, None)),
    ("The caravan has swelled from 160 to 1,600 since Friday", (1600, "EQUAL", None, None)),
    ("a caravan of roughly 5,500 people", (5500, "APPROX", None, None)),
    ("between 2,000 and 3,000 migrants", (None, "RANGE", 2000, 3000)),
    ("Another 300 or so migrants began walking", (300, "APPROX", None, None)),
    ("as many as 9,000 Honduran migrants crossed", (9000, "APPROX", None, None)),
    ("fewer than 500 people remained", (500, "LESS_THAN", None, None)),
    ("the caravan, numbering about 4,000", (4000, "APPROX", None, None)),
    ("1700 people in the caravan have lodged an asylum claim", (1700, "EQUAL", None, None)),
    ("the number of migrants who arrived by Friday at 2,397", (2397, "EQUAL", None, None)),
    ("two thousand migrants", (2000, "EQUAL", None, None)),
    ("they had traveled 800 kilometers", None),
    ("The caravan moves at 06:50, before the heat", None),  # a clock time, not a count
    ("thousands of people, the organizers say 10,000.", (None, "VAGUE", 2000, None)),
    ("about 3,000 kilometers to the border", None),
    ("About 100 Guatemalan police officers met the caravan", None),
    ("hundreds of Mexican riot police", None),
    ("a 9-year-old girl", None),
    ("Paula Quintanilla, 26, a Honduran national", None),
    ("in 2018 the caravan", None),
    ("aid worth $500 million", None),
    ("30 small buses", None),
    ("there are two options for Mexico", None),
    # vague quantities: no number, the least the words can mean as size_low ("several hundred" is not 100)
    ("Several hundred migrants crossed the river", (None, "VAGUE", 200, None)),
    ("a few thousand people marched", (None, "VAGUE", 2000, None)),
    ("Hundreds of migrants crossed the river", (None, "VAGUE", 200, None)),
    ("Dozens of families applied for asylum", (None, "VAGUE", 24, None)),
    ("tens of thousands of migrants", (None, "VAGUE", 20000, None)),
    ("a caravan of several thousand people", (None, "VAGUE", 2000, None)),
    ("The caravan swelled to several thousand", (None, "VAGUE", 2000, None)),
    ("hundreds of police officers", None),
    # a count followed by its estimator; a bare number still at a place
    ("Jan. 15 — main group; about 1,000 by the Honduran police count", (1000, "APPROX", None, None)),
    ("Jan. 27 — more than 12,000 applicants, INM count", (12000, "MORE_THAN", None, None)),
    ("Today — about 2,000 still at the Ciudad Hidalgo camp", (2000, "APPROX", None, None)),
    ("He won by 2,000 by the final count", None),  # a margin
]


@pytest.mark.parametrize("text,expected", GOLDEN, ids=[g[0][:40] for g in GOLDEN])
def test_golden_sizes(text, expected):
    sizes = [z for z in find_sizes(tokenize(text), text) if z.value is not None or z.low is not None]
    if expected is None:
        assert sizes == []
    else:
        z = sizes[0]
        assert (z.value, z.mod, z.low, z.high) == expected


def test_thousands_is_a_size_without_a_number():
    text = "Thousands of migrants resumed their march"
    (z,) = find_sizes(tokenize(text), text)
    assert z.value is None and z.head == "migrants"
    assert (z.mod, z.low, z.vague, z.text) == ("VAGUE", 2000, True, "Thousands")


@pytest.mark.parametrize("text", ["several hundred migrants", "a few hundred Hondurans", "several thousand people",
                                  "a caravan of a few thousand", "Hundreds more joined"])
def test_a_vague_quantity_is_never_read_as_a_number(text):
    assert all(z.value is None and z.mod == "VAGUE" for z in find_sizes(tokenize(text), text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,. abcmigrants-$%", max_size=80))
def test_any_text_gives_sane_sizes(text):
    for z in find_sizes(tokenize(text), text):
        assert z.value is None or z.value > 1
        if z.mod == "RANGE":
            assert z.low < z.high


def test_a_count_the_counters_give_bare_is_framed():
    """"the organizers say 10,000.": the figure after the counters' verb of saying is a count of its own."""
    toks = tokenize("thousands of people, the organizers say 10,000.")
    sizes = find_sizes(toks, "thousands of people, the organizers say 10,000.")
    assert [(z.value, z.framed) for z in sizes if z.value] == [(10000, True)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The caravan, some 7,000 people by a United Nations estimate, reaches the central square.", 7000),
        ("The group, now about 1,600, pushes past a thin line of police.", 1600),
    ],
)
def test_a_count_told_as_such_is_reported(text, value):
    """A count attributed to who counted it, or told in passing of a group ("The group, now about 1,600,"),
    is a size report even when the group is the subject of a movement."""
    sizes = [z for z in find_sizes(tokenize(text), text) if z.value == value]
    assert sizes and sizes[0].reported
