"""Extract and resolve short texts written for a test: one text's event mentions and their (type, day) pairs, and
the timeline of a few."""

from __future__ import annotations

from datetime import datetime

from timeline.extract import extract
from timeline.graph import build_timeline
from timeline.models import Article
from timeline.resolve import resolve


def mentions(text: str, published: str):
    return resolve(extract(Article(id="t", text=text, published=datetime.fromisoformat(published)))).mentions


def mentions_of(text: str, published: str, kind: str) -> list:
    """One text's mentions of one event type."""
    return [m for m in mentions(text, published) if m.type == kind]


def found(text: str, published: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(trigger, time value) of one text's mentions, of one type when ``kind`` is given."""
    return [(m.trigger, m.time.value) for m in mentions(text, published) if kind is None or m.type == kind]


def sizes_found(text: str, published: str) -> list[tuple[int, str]]:
    """(size, time value) of one text's size mentions."""
    return [(m.group_size, m.time.value) for m in mentions(text, published) if m.type == "size"]


def timex_list(text: str, published: str) -> list:
    """One text's resolved time expressions, in text order."""
    return resolve(extract(Article(id="t", text=text, published=datetime.fromisoformat(published)))).timexes


def timexes(text: str, published: str) -> dict[str, object]:
    """One text's resolved time expressions, by their text."""
    return {tx.text: tx.resolution for tx in timex_list(text, published)}


def dated(text: str, published: str) -> set[tuple[str, str]]:
    return {(m.type, m.time.value[:10]) for m in mentions(text, published) if m.time is not None}


def built(*articles):
    """The timeline of short articles (id, publication date, text)."""
    return build_timeline([resolve(extract(Article(id=a, text=t, published=datetime.fromisoformat(p))))
                           for a, p, t in articles])
