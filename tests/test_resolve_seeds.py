"""The seed dates of issue 2 and the behaviour of resolve_article."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.models import Article, EventMention, ExtractedArticle, Relation
from timeline.resolve.anchor import NO_DATE_WARNING, infer_publication, resolve_article, resolve_timexes

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def seed(name: str) -> dict:
    return json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))


def resolved(name: str):
    d = seed(name)
    text = d["text"]
    sents = split_sentences(text)
    return text, resolve_timexes(text, sents, find_timexes(text, sents), datetime.fromisoformat(d["published"]))


def at(text, found, phrase, occurrence=0, expr=None):
    """The expression inside the n-th occurrence of ``phrase``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(phrase, pos + 1)
    expr = expr or phrase
    start = text.index(expr, pos)
    hit = [t for t in found if t.start == start and t.text == expr]
    assert hit, f"{expr!r} not tagged in {phrase!r}"
    return hit[0]


def test_guardian_seed():
    text, found = resolved("guardian-2018-10-15")
    assert at(text, found, "left San Pedro Sula on Friday", expr="Friday").resolution.value == "2018-10-12"
    assert at(text, found, "on Monday afternoon", expr="Monday afternoon").resolution.value == "2018-10-15TAF"
    friday = at(text, found, "on Friday, the day after", expr="Friday")
    day_after = at(text, found, "on Friday, the day after", expr="the day after")
    assert friday.resolution.value == "2018-10-12"
    assert day_after.resolution.value == "2018-10-12"
    assert "restates" in day_after.resolution.reason
    lw = at(text, found, "last week")
    assert (lw.resolution.value, lw.resolution.start, lw.resolution.end) == ("2018-W41", date(2018, 10, 8), date(2018, 10, 14))
    april = at(text, found, "In April", expr="April")
    assert april.resolution.value == "2018-04" and april.resolution.granularity == "month"
    m7 = at(text, found, "more than 7 months")
    assert (m7.resolution.value, m7.mod, m7.type) == ("P7M", "MORE_THAN", "DURATION")
    fr = at(text, found, "left San Pedro Sula on Friday", expr="Friday").resolution
    assert "before" in fr.reason and "2018-10-15" in fr.reason and fr.anchor_source == "publication"


def test_second_seed():
    text, found = resolved("caravan-mexico-2018-10-24")
    assert at(text, found, "on Wednesday", expr="Wednesday").resolution.value == "2018-10-24"
    assert at(text, found, "October 13th").resolution.value == "2018-10-13"
    tweets = [t for t in found if t.text == "October 24, 2018"]
    assert len(tweets) == 2 and all(t.resolution.value == "2018-10-24" for t in tweets)
    four = at(text, found, "4am")
    assert four.resolution.value == "2018-10-24T04:00" and four.resolution.anchor_source == "caption"
    fridays = [t for t in found if t.text == "Friday"]
    assert fridays and all(t.resolution.value == "2018-10-19" for t in fridays)
    tn = at(text, found, "Tuesday night")
    assert (tn.type, tn.resolution.value) == ("TIME", "2018-10-23TNI")
    assert at(text, found, "currently").resolution.value == "PRESENT_REF"
    assert at(text, found, "now or in", expr="now").resolution.value == "PRESENT_REF"
    assert at(text, found, "the future").resolution.value == "FUTURE_REF"
    rd = at(text, found, "recent days")
    assert (rd.type, rd.resolution.value, rd.resolution.end) == ("DURATION", "PXD", date(2018, 10, 24))
    assert rd.resolution.start < rd.resolution.end


def test_tweet_date_anchors_the_lines_before_it():
    text = "Hundreds wait at the bridge since 6am #caravan pic.twitter.com/abc\n\n- Some Reporter (@reporter) October 20, 2018\n"
    sents = split_sentences(text)
    found = resolve_timexes(text, sents, find_timexes(text, sents), datetime(2018, 10, 24))
    six = [t for t in found if t.text == "6am"][0]
    assert six.resolution.value == "2018-10-20T06:00"
    assert "tweet" in six.resolution.anchor


def test_weekday_direction_follows_tense():
    text = "The caravan left on Friday. The group will arrive on Friday."
    sents = split_sentences(text)
    found = resolve_timexes(text, sents, find_timexes(text, sents), datetime(2018, 10, 15))
    assert [t.resolution.value for t in found] == ["2018-10-12", "2018-10-19"]


def test_without_publication_date_values_stay_underspecified():
    text = "The caravan left on Friday and reached the border on Oct. 13, 2018."
    sents = split_sentences(text)
    found = resolve_timexes(text, sents, find_timexes(text, sents), None)
    fri = [t for t in found if t.text == "Friday"][0]
    assert fri.resolution.resolved is False and fri.resolution.value == "DCT:WD5"
    assert fri.resolution.anchor_source == "unanchored"
    assert [t for t in found if t.text == "Oct. 13, 2018"][0].resolution.value == "2018-10-13"


def _mention(aid, n, text, trigger, **kw):
    start = text.index(trigger)
    sent = kw.pop("sentence", None)
    if sent is None:
        sent = next(s.index for s in split_sentences(text) if s.start <= start < s.end)
    return EventMention(
        id=f"{aid}#e{n}", article_id=aid, type=kw.pop("type", "depart"), trigger=trigger, start=start,
        end=start + len(trigger), sentence=sent, rule="test", summary=trigger, **kw,
    )


def extracted(text, published, mentions_spec, relations=()):
    art = Article(id="w1", text=text, published=published)
    sents = split_sentences(text)
    tx = find_timexes(text, sents)
    ms = []
    for i, (trigger, own, kw) in enumerate(mentions_spec, 1):
        timex_id = next((t.id for t in tx if t.text == own), None) if own else None
        ms.append(_mention("w1", i, text, trigger, timex_id=timex_id, **kw))
    return ExtractedArticle(article=art, sentences=sents, timexes=tx, mentions=ms, relations=list(relations))


def test_resolve_article_links_own_relation_context_publication():
    text = (
        "The caravan set off on Friday, the day after the vice-president urged them to stay home.\n\n"
        "The group crossed the border on Monday afternoon. Police met them at the bridge.\n\n"
        "A standoff followed at a checkpoint.\n\n"
        "Officials will hold talks with the group."
    )
    ex = extracted(
        text,
        datetime(2018, 10, 15),
        [
            ("set off", "Friday", {}),
            ("urged", None, {"type": "statement"}),
            ("crossed", "Monday afternoon", {"type": "cross_border"}),
            ("met", None, {"type": "block"}),
            ("standoff", None, {"type": "block"}),
            ("hold talks", None, {"type": "statement", "modality": "planned"}),
        ],
        relations=[Relation(source="w1#e2", target="w1#e1", type="BEFORE", rule="day-after", lag_days=(1, 1))],
    )
    before = ex.model_dump()
    res = resolve_article(ex)
    assert ex.model_dump() == before  # the input is not mutated
    by = {m.trigger: m for m in res.mentions}
    assert (by["set off"].time_link, by["set off"].time.value) == ("own", "2018-10-12")
    assert (by["urged"].time_link, by["urged"].time.start, by["urged"].time.end) == ("relation", date(2018, 10, 11), date(2018, 10, 11))
    assert (by["crossed"].time_link, by["crossed"].time.value) == ("own", "2018-10-15TAF")
    assert by["met"].time_link == "context" and by["met"].time.start == date(2018, 10, 15)
    assert by["standoff"].time_link == "context" and by["standoff"].time.start == date(2018, 10, 15)
    assert "main event" in by["standoff"].time.reason
    assert by["hold talks"].time_link in ("context", "publication")
    for m in res.mentions:
        assert m.time is not None and m.time.reason
        if m.modality != "planned":
            assert m.time.end <= date(2018, 10, 15)


def test_undated_report_falls_back_to_publication_window():
    text = "Migrants rested in a shelter."
    res = resolve_article(extracted(text, datetime(2018, 10, 24), [("rested", None, {"type": "stay"})]))
    m = res.mentions[0]
    assert m.time_link == "publication"
    assert (m.time.start, m.time.end) == (date(2018, 10, 17), date(2018, 10, 24))


def test_no_event_after_publication_unless_planned():
    text = "The caravan arrived on Oct. 30, 2018 in the capital."
    res = resolve_article(extracted(text, datetime(2018, 10, 24), [("arrived", "Oct. 30, 2018", {"type": "arrive"})]))
    m = res.mentions[0]
    assert m.time.end <= date(2018, 10, 24) and m.time_link == "publication"


def test_missing_publication_is_inferred_or_warned_once():
    text = "Tuesday, Jan. 15, 2019 -- The caravan left San Pedro Sula on Monday."
    res = resolve_article(extracted(text, None, [("left", "Monday", {})]))
    assert res.article.published == datetime(2019, 1, 15) and res.article.published_inferred
    assert "Jan. 15, 2019" in res.article.published_reason
    assert res.mentions[0].time.value == "2019-01-14"
    assert res.article.published is not None and res.warnings == []

    text = "The caravan left on Monday and walked for days."
    res = resolve_article(extracted(text, None, [("left", "Monday", {})]))
    assert res.article.published is None
    assert res.warnings.count(NO_DATE_WARNING) == 1
    t = [t for t in res.timexes if t.text == "Monday"][0]
    assert t.resolution.resolved is False and t.resolution.value == "DCT:WD1"
    assert res.mentions[0].time_link == "unresolved"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ADDED ON: 11/20/2018\n\n11/17/2018 | Desert Sun\n\nMigrants arrived on Friday.", date(2018, 11, 17)),
        ("Monday, Oct. 15, 2018: the group crossed. It left on Oct. 12, 2018.", date(2018, 10, 15)),
        ("No date here at all.", None),
    ],
)
def test_infer_publication(text, expected):
    sents = split_sentences(text)
    when, why = infer_publication(text, sents, find_timexes(text, sents))
    assert (when.date() if when else None) == expected
    assert why
