"""Documented limits (see docs/robustness.md).  Hitting one is reported, never silent."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    # An input file larger than this is rejected with a one-line error.
    max_file_bytes: int = 64_000_000
    # An article whose text is longer than this is rejected.
    max_article_chars: int = 5_000_000
    # At most this many time expressions are kept per article; the rest are
    # dropped with a warning naming the article.
    max_timexes_per_article: int = 5_000
    # At most this many event mentions are kept per article (warning when hit).
    max_mentions_per_article: int = 5_000


LIMITS = Limits()
