"""A date written without a year takes the year its sentence tells: the date
it is listed with ("Oct. 30 and Dec. 24, 2023"), or an explicit month or day
told before it ("In June 2022, ... on 6 June") -- and says so in its reason."""

from __future__ import annotations

from datetime import date, datetime

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes


def resolve(text: str, published: datetime):
    sents = split_sentences(text)
    return {t.text: t for t in resolve_timexes(text, sents, find_timexes(text, sents), published)}


def test_a_listed_date_takes_the_year_of_the_list():
    got = resolve("- Oct. 2, Oct. 30 and Dec. 24, 2023: caravans leave Tapachula.", datetime(2024, 10, 21))
    assert got["Oct. 30"].resolution.value == "2023-10-30"
    assert got["Oct. 2"].resolution.value == "2023-10-02"  # passed along the list
    r = got["Oct. 30"].resolution
    assert "the date it is listed with" in r.reason and r.anchor_source == "reference"


def test_a_date_told_after_an_explicit_one_takes_its_year():
    got = resolve("In June 2022, a caravan set off from the same city on 6 June.", datetime(2024, 10, 21))
    r = got["6 June"].resolution
    assert (r.start, r.end) == (date(2022, 6, 6), date(2022, 6, 6))
    assert "the year of 'June 2022'" in r.reason


def test_only_within_the_sentence_and_not_in_a_future_clause():
    got = resolve("The first caravan left on 13 October 2018. It reached Tijuana in mid-November.",
                  datetime(2019, 2, 1))
    assert got["mid-November"].resolution.value == "2018-11"  # the publication date's nearest past November
    got = resolve("Invited in July 1997, the three countries will join the alliance on March 12.",
                  datetime(1999, 2, 27))
    assert got["March 12"].resolution.value == "1999-03-12"
    got = resolve("The caravan of 13 October 2018 is long gone; a new one left on Jan. 15.", datetime(2019, 1, 20))
    assert got["Jan. 15"].resolution.value == "2019-01-15"  # nearest the told date: the January after it
