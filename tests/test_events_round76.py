"""Events and time expressions from the seventy-sixth round.

From caravan-holdout96 (last round's hold-out, read this round): blocks that are things ("certified steel blocks",
"her reference blocks") or a comparison ("like a roadblock"), and an earlier event told in a pluperfect relative
clause, which the sentence's time does not date.

Texts written for these tests in the style of news stories."""

from __future__ import annotations

from event_helpers import found, mentions


def test_blocks_that_are_things_or_a_comparison_are_no_blocks():
    cases = [
        ("Inside the scale house two inspectors roll a cart of certified steel blocks onto the platform every "
         "morning.", "2020-01-22"),
        ("Twice a year she travels to a herbarium in Honduras to check her reference blocks against the slides "
         "kept there.", "2021-01-21"),
        ("Nothing kills a turbo like a roadblock, he says.", "2022-10-25"),
    ]
    for text, pub in cases:
        assert found(text, pub, "block") == [], (text, found(text, pub, "block"))


def test_a_block_still_counts_next_to_those_words():
    text = "On Sunday police blocked the highway with steel barriers, and the column stopped at the roadblock."
    assert ("blocked", "2020-01-19") in found(text, "2020-01-22", "block")


def test_a_pluperfect_relative_clause_is_not_dated_by_the_sentence_time_before_it():
    # the turning back happened days before "Yesterday"; it keeps no day of that sentence (nor the lede's)
    text = ("CHIQUIMULA, Guatemala — Ms. Ramos reads wood for the forestry service.\n\n"
            "Yesterday she wrote two such lines, both for pine, both from checkpoints on the highway where the "
            "Hondurans had been turned back.")
    got = [m for m in mentions(text, "2021-01-21") if m.type == "block"]
    assert got and all(m.time is None or m.time.value != "2021-01-20" for m in got), \
        [(m.trigger, m.time and m.time.value) for m in got]
    # the main clause keeps the time before it
    assert ("left", "2021-01-18") in found("On Monday the migrants who had camped in the park left Chiquimula.",
                                          "2021-01-21", "depart")
