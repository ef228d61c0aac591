"""Property tests: any text gives valid offsets, valid TimeML values and
well-formed TimeML output."""

from __future__ import annotations

import re
from datetime import date, datetime

from defusedxml import ElementTree as SafeET
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.resolve.anchor import resolve_timexes
from timeline.timeml import parse_timeml, strip_tags, tag_document, text_content, valid_value

WORDS = [
    "Friday", "Tuesday night", "last week", "May", "march", "Oct.", "13th", "2018", "10/13/2018", "the day after",
    "two days later", "ago", "three", "years", "about", "more than", "early", "mid-October", "1990s", "now",
    "recently", "the future", "in recent days", "4am", "12:41 p.m.", "every Monday", "daily", "Q3", "fiscal",
    "the", "caravan", "left", "will", "arrive", ",", ".", "\n", "&", "<", "'90s", "a", "decade", "noon",
    "Feb. 29", "31/04/2018", "19/10/2018", "four", "to", "six", "weeks", "in", "or", "the first week of", "November",
    "second half", "Saturdays", "overnight", "midnight", "the night before last", "this month",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
dates = st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, dates)
def test_any_text_yields_valid_values(text, published):
    sents = split_sentences(text)
    found = find_timexes(text, sents)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    prev_end = 0
    for t in found:
        assert prev_end <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        prev_end = t.end
    for r in resolve_timexes(text, sents, found, published):
        res = r.resolution
        if res.resolved:
            assert valid_value(res.value), (r.text, res.value)
            if re.match(r"\d{4}-\d\d-\d\d", res.value):
                date.fromisoformat(res.value[:10])  # a day that exists
        if res.start and res.end:
            assert res.start <= res.end
        assert res.reason or r.type in ("DURATION", "SET")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_yields_wellformed_timeml(text):
    body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(ch for ch in body if ch in "\t\n\r" or ord(ch) >= 32 and ord(ch) not in range(0xD800, 0xE000) and ord(ch) not in (0xFFFE, 0xFFFF))
    doc = parse_timeml(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2018-10-24" functionInDocument="CREATION_TIME">x</TIMEX3>'
        f"</DCT><TEXT>{body}</TEXT></TimeML>"
    )
    out, _ = tag_document(doc)
    SafeET.fromstring(out.encode())
    assert strip_tags(text_content(out)) == doc.stripped
    assert 'tid="t0"' not in text_content(out)
