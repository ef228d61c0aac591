"""Ingest: formats, metadata, and one clear error per bad input."""

from __future__ import annotations

import json
from datetime import datetime

from timeline.ingest import decode, read_inputs, split_front_matter
from timeline.models import Article, IngestError

from conftest import SEEDS


def _split(items):
    arts = [x for x in items if isinstance(x, Article)]
    errs = [x for x in items if isinstance(x, IngestError) and x.fatal]
    warns = [x for x in items if isinstance(x, IngestError) and not x.fatal]
    return arts, errs, warns


def test_seed_json_articles():
    arts, errs, _ = _split(list(read_inputs([SEEDS])))
    assert not errs
    assert {a.id for a in arts} == {"guardian-2018-10-15", "caravan-mexico-2018-10-24"}
    g = next(a for a in arts if a.id == "guardian-2018-10-15")
    assert g.published == datetime(2018, 10, 15)
    assert g.source == "The Guardian"
    assert g.text.startswith("'Yes, we can'")


def test_jsonl_one_article_per_line_and_bad_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    good = {"id": "a1", "published": "2018-10-20", "text": "Migrants crossed the river on Friday."}
    p.write_text(json.dumps(good) + "\n{not json\n\n" + json.dumps({**good, "id": "a2"}) + "\n", encoding="utf-8")
    arts, errs, _ = _split(list(read_inputs([p])))
    assert [a.id for a in arts] == ["a1", "a2"]
    assert len(errs) == 1 and errs[0].origin == f"{p}:2" and "invalid JSON" in errs[0].reason


def test_front_matter_text_file(tmp_path):
    p = tmp_path / "story.md"
    p.write_text(
        "---\ntitle: Caravan reaches Tapachula\npublished: 2018-10-21T08:30:00-05:00\nsource: Wire\n---\n"
        "The caravan reached Tapachula on Sunday.\n",
        encoding="utf-8",
    )
    (a,) = [x for x in read_inputs([p])]
    assert a.title == "Caravan reaches Tapachula"
    assert a.published.isoformat() == "2018-10-21T08:30:00-05:00"
    assert a.text == "The caravan reached Tapachula on Sunday.\n"
    assert a.id == "story"


def test_default_published_only_fills_missing(tmp_path, write_article):
    a = write_article("a.json", text="They left on Friday.")
    b = write_article("b.json", text="They left on Friday.", published="2019-01-16")
    arts, _, _ = _split(list(read_inputs([a, b], default_published=datetime(2018, 10, 15))))
    assert [x.published.date().isoformat() for x in arts] == ["2018-10-15", "2019-01-16"]


def test_directory_recursed_in_sorted_order_with_mixed_files(tmp_path, write_article):
    (tmp_path / "sub").mkdir()
    write_article("sub/b.json", text="Second.", published="2018-10-16")
    write_article("a.json", text="First.", published="2018-10-15")
    (tmp_path / "notes.csv").write_text("x,y\n")
    (tmp_path / ".hidden.json").write_text("{")
    arts, errs, _ = _split(list(read_inputs([tmp_path])))
    assert [a.id for a in arts] == ["a", "b"]
    assert len(errs) == 1 and "unknown file type '.csv'" in errs[0].reason


def test_every_bad_input_gets_one_line_naming_file(tmp_path, write_article):
    bad = {
        "missing.json": None,
        "trunc.json": '{"text": "abc", "published": "2018-',
        "empty.json": json.dumps({"text": "   ", "published": "2018-10-15"}),
        "notext.json": json.dumps({"published": "2018-10-15"}),
        "wrongtype.json": json.dumps({"text": ["a"], "published": "2018-10-15"}),
        "badpub.json": json.dumps({"text": "x", "published": "2018-02-30"}),
        "garbagepub.json": json.dumps({"text": "x", "published": "last tuesday"}),
        "numpub.json": json.dumps({"text": "x", "published": 20181015}),
        "scalar.json": "42",
        "nested.json": "[" * 100000 + "]" * 100000,
        "binary.txt": b"\x00\x01\x02\xff" * 100,
        "fm.md": "---\ntitle: [unclosed\n---\nbody",
    }
    paths = []
    for name, content in bad.items():
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        elif content is not None:
            p.write_text(content, encoding="utf-8")
        paths.append(p)
    good = write_article("good.json", text="Migrants crossed on Monday.", published="2018-10-15")
    arts, errs, _ = _split(list(read_inputs(paths + [good])))
    assert [a.id for a in arts] == ["good"]
    by_file = {e.origin.split("/")[-1]: e.reason for e in errs}
    assert set(by_file) == set(bad)
    for name, reason in by_file.items():
        assert "\n" not in reason and reason, name
    assert "no such file" in by_file["missing.json"]
    assert "invalid JSON" in by_file["trunc.json"]
    assert by_file["empty.json"] == "empty text"
    assert by_file["notext.json"] == "missing 'text'"
    assert "'text' must be a string" in by_file["wrongtype.json"]
    assert "not a real date" in by_file["badpub.json"]
    assert "not an ISO date" in by_file["garbagepub.json"]
    assert "must be an ISO date string" in by_file["numpub.json"]
    assert "expected a JSON object" in by_file["scalar.json"]
    assert "nested too deeply" in by_file["nested.json"]
    assert "binary" in by_file["binary.txt"]
    assert "front matter" in by_file["fm.md"]


def test_encodings_bom_crlf_and_cp1252():
    text, warn = decode("\ufeffLlegaron a Tecún Umán.\r\nOtra línea.\r\n".encode("utf-8"))
    assert text == "Llegaron a Tecún Umán.\nOtra línea.\n" and warn is None
    text, warn = decode("Crossed at Tecún Umán on Friday “quickly”.".encode("cp1252"))
    assert "Tecún Umán" in text and "“quickly”" in text
    assert warn and "not valid UTF-8" in warn and "decoded as" in warn


def test_legacy_file_is_read_with_warning(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("---\npublished: 2018-10-20\n---\nThey reached Tecún Umán on Friday.".encode("latin-1"))
    arts, errs, warns = _split(list(read_inputs([p])))
    assert not errs and len(warns) == 1 and str(p) in str(warns[0])
    assert "Tecún Umán" in arts[0].text


def test_future_publication_date_warns(tmp_path, write_article):
    p = write_article("f.json", text="x", published="2999-01-01")
    arts, errs, warns = _split(list(read_inputs([p], now=datetime(2026, 1, 1))))
    assert len(arts) == 1 and not errs
    assert "in the future" in warns[0].reason


def test_front_matter_parser_ignores_unknown_keys():
    meta, body = split_front_matter("---\ntitle: T\ntags: [a, b]\n---\nBody\n")
    assert meta == {"title": "T"} and body == "Body\n"


def test_content_hash_identifies_article():
    a = Article(id="x", text="same", published=datetime(2018, 1, 1))
    b = Article(id="y", text="same", published=datetime(2018, 1, 1), origin="elsewhere")
    c = Article(id="x", text="same", published=datetime(2018, 1, 2))
    assert a.content_hash == b.content_hash != c.content_hash
