"""Known traps of generic date parsers: words and numbers that are not dates."""

from __future__ import annotations

import time

import pytest

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes


def texts_of(text: str) -> list[str]:
    return [t.text for t in find_timexes(text, split_sentences(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Officials may march with the migrants if the weather allows.",
        "The shelter is open 24/7 and about a quarter are children; three quarters of them walked.",
        "They sat 24 to a bus, and Wed 12 couples in the camp.",
        "We may see a second caravan form, the mayor said.",
        "Protesters march on the capital and we sat in the sun by the fountain.",
        "The group of 1,600 migrants walked 2,018 kilometres.",
        "The shelter sits at 14.9061 N, 92.2645 W near the river.",
        "The fund paid $2018 to each of 1999 families.",
        # numbered rows of a table with no date header are no days of a month
        "Scores\nTeam | points | remarks\n05 | 12 | good\n06 | 14 | better\n07 | 11 | worse",
        "Flight 1492 carried 2000 people to the border.",
        # a day and month that could be either, in a text with no day-first date: a fraction or a score
        "The team won on 4/11 of the votes, up from 3/4 of them.",
        # a case number in a sentence, not an ordinal date heading a log's line
        "The court heard case 2019-123 and ruling 2018-292 together.",
        "Officials estimated that nearly two thousand Hondurans had entered, and some two thousand more waited.",
        "Organizers said four thousand at the start. The migration institute said two thousand.",
        "Police counted 3,000 people and 12 buses; 45 percent were children.",
        "He was the second speaker and won 52 per cent of the vote.",
        "A 6-year-old boy and his 10-year-old sister were among them.",
        "She will present the plan to the council.",
        # a price after a price, and a river's current
        "He sells the clear ones at two pesos each, the big shooters that the boys call tiros at five.",
        "Children rode on their shoulders and bags were held over the brown current.",
        # an adjective, and a newspaper
        "At the present pace the road will be late, the engineer said.",
        "The strip runs in a Huixtla weekly and on its website. The weekly asked for more.",
        "Mr. Reyes, 52 years old, will lead the shelter network.",
        # a play's or a book's halves, opening their sentences
        "The first half follows the Via Crucis. The second half is louder, and both end at the fence.",
        "The agency says it spends $2 million a year on buses and runs four flights a week.",
        "Annual sales of the shelter's partner rose at an annual rate of 3%.",
        "Officials cited the recent sale of the lot and a recent court filing.",
        "The ministers of Poland and Jan Kavan of the Czech Republic signed.",
        'The minister, speaking on ABC\'s "This Week," defended the policy.',
        "The figures were reported on VOA Today.",
        "The law is old. Now, the organisers said, it has new weight.",
        "Cash from relatives soon became a flood, and the morning papers said so.",
        "The consulate is on the 15th floor; the 21st edition of the fair is held in the 3rd district.",
        "The council backed the plan in a 5-3 vote on the March 5-3 amendment.",
        "The organiser, known as May, said the group would go as soon as may be possible.",
        "Overnight losses in New York and an overnight stay were reported.",
        "The form dated 31/04 and the 02/30 entry were both forged.",
        "The shelter's app, version 1.2.2018, counts 14.10.300 beds and 1.5.2 tents.",
        "He is the first day-trader charged; it was the third daylight raid.",
        "By Marisol Quintero-Baird\nThe Hemisphere Weekly\n\nBy Rafael Montoya-Quist\nCoastline Daily News",
        "Good morning. It is early morning raids that they fear.",
        # a number word after a preposition that is a count or a measure, not an hour
        "The quilt measures two metres by three, and the stall opens at six places along the road.",
        "The vote passed by four, and about five were arrested near the bridge.",
        # ... nor one before "to" and another number: a score or a range of counts
        "The motion passed by nine to four, and from two to three were arrested.",
        # a rate after a measure in the singular, and a day that comes back every year
        "He puts through about half a ton a day, and the truck goes a mile a minute.",
        "She has sat at the gate of the central park on this day of the year, and he sings.",
    ],
)
def test_no_timex(text):
    assert texts_of(text) == []


def test_later_in_the_day_before_a_verb_is_not_the_day_before():
    assert texts_of("She met officials in Nairobi later in the day before returning home.") == ["the day"]


def test_capitalised_month_words_are_dates():
    assert texts_of("The caravan formed in May and rested in March.") == ["May", "March"]
    assert texts_of("May 5 was the day they left.") == ["May 5"]
    assert texts_of("The next caravan could form as early as March, or as late as May.") == ["March", "May"]


def test_offsets_are_python_offsets_and_ids_in_order():
    text = "Ñandú — the caravan left on Friday, Oct. 12, and rested on Sunday."
    found = find_timexes(text, split_sentences(text))
    assert [t.id for t in found] == ["t1", "t2"]
    for t in found:
        assert text[t.start : t.end] == t.text
    assert found[0].text == "Friday, Oct. 12"


def test_hostile_megabyte_is_linear():
    """Compiled once, no super-linear backtracking.

    Sparse hostile text (long numbers, one endless word) costs what prose
    costs (~0.4 s/MB on an idle core; the bound is generous for a loaded CI
    machine).  Text that is nothing but time expressions stops at the
    per-article limit instead of growing without bound.
    """
    from timeline.limits import LIMITS

    find_timexes("warm up on Friday", [])
    sparse = {
        "digits": "1 22 333 4444 55555 " * 50_000,
        "digits and commas": "1,234,567, 8,9 " * 80_000,
        "no spaces": "a" * 1_000_000,
    }
    for name, text in sparse.items():
        t0 = time.perf_counter()
        find_timexes(text[:1_000_000], [])
        assert time.perf_counter() - t0 < 3.0, name
    dense = {
        "months": "May March May June July " * 40_000,
        "mixed": "the day after the day before last week next year 10:30 a.m. Jan. 5, 2018 " * 14_000,
    }
    for name, text in dense.items():
        t0 = time.perf_counter()
        found = find_timexes(text[:1_000_000], [])
        assert time.perf_counter() - t0 < 10.0, name
        assert 0 < len(found) <= LIMITS.max_timexes_per_article
