"""TimeML in and out: stripping, byte-identical text, well-formed TIMEX3."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET

from timeline.timeml import parse_timeml, read_timeml, strip_tags, tag_document, text_content

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3-train"

DOC = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>WIRE001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-10-15" temporalFunction="false" functionInDocument="CREATION_TIME">20181015</TIMEX3></DCT>
<TEXT>
Migrants &amp; volunteers <EVENT eid="e1" class="OCCURRENCE">left</EVENT> San Pedro Sula on <TIMEX3 tid="t7" type="DATE" value="2018-10-12">Friday</TIMEX3>, police said.
The group <EVENT eid="e2" class="OCCURRENCE">walked</EVENT> for about two hours &lt;on foot&gt; and rested <SIGNAL sid="s1">until</SIGNAL> Monday afternoon.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t7"/>
</TimeML>
"""


def test_reading_strips_annotations_and_keeps_gold():
    doc = parse_timeml(DOC)
    assert doc.dct.date().isoformat() == "2018-10-15"
    assert doc.docid == "WIRE001"
    assert "<" not in doc.stripped.replace("&lt;", "")
    assert doc.text.startswith("\nMigrants & volunteers left San Pedro Sula on Friday")
    assert "<on foot>" in doc.text
    assert [(g["text"], g["value"]) for g in doc.gold] == [("Friday", "2018-10-12")]


def test_tagging_is_byte_identical_outside_the_new_tags():
    doc = parse_timeml(DOC)
    out, found = tag_document(doc)
    content = text_content(out)
    assert strip_tags(content) == doc.stripped  # entities stay as they were written
    assert out.startswith(doc.prefix) and out.endswith(doc.suffix)
    tags = re.findall(r"<TIMEX3 ([^>]*)>([^<]*)</TIMEX3>", content)
    assert [t[1] for t in tags] == ["Friday", "about two hours", "Monday afternoon"]
    tids = [re.search(r'tid="(t\d+)"', a).group(1) for a, _ in tags]
    assert tids == ["t1", "t2", "t3"]  # never t0
    for attrs, _ in tags:
        assert "'" not in attrs  # double-quoted attributes only
    assert 'value="2018-10-12"' in tags[0][0]
    assert 'mod="APPROX"' in tags[1][0] and 'type="DURATION"' in tags[1][0]
    assert 'value="2018-10-15TAF"' in tags[2][0]
    SafeET.fromstring(out.encode())  # well-formed XML


def test_entity_declarations_are_refused():
    evil = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><TimeML><TEXT>&a; Friday</TEXT></TimeML>'
    with pytest.raises(Exception):
        parse_timeml(evil)


def test_missing_dct_leaves_values_underspecified_but_valid():
    doc = parse_timeml("<TimeML><TEXT>They left on Friday, two days after the vote.</TEXT></TimeML>")
    assert doc.dct is None
    out, _ = tag_document(doc)
    assert 'value="XXXX-WXX-5"' in out


@pytest.mark.skipif(not CORPUS.exists(), reason="TempEval-3 corpus not beside the repository")
def test_every_tempeval_document_round_trips():
    files = sorted(CORPUS.rglob("*.tml"))
    assert len(files) == 256
    for path in files[::16]:
        doc = read_timeml(path)
        out, _ = tag_document(doc)
        assert strip_tags(text_content(out)) == doc.stripped, path.name
        assert out[: doc.text_lo] == doc.raw[: doc.text_lo]
        SafeET.fromstring(out.encode())
