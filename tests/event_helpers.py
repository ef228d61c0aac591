"""Extract and resolve one short text written for a test: its event mentions, and their (type, day) pairs."""

from __future__ import annotations

from datetime import datetime

from timeline.extract import extract
from timeline.models import Article
from timeline.resolve import resolve


def mentions(text: str, published: str):
    return resolve(extract(Article(id="t", text=text, published=datetime.fromisoformat(published)))).mentions


def dated(text: str, published: str) -> set[tuple[str, str]]:
    return {(m.type, m.time.value[:10]) for m in mentions(text, published) if m.time is not None}
