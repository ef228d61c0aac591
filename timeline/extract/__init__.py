"""Stage 2: extraction.

``extract(article)`` finds sentences, time expressions (with possibly
underspecified values) and migration event mentions with their places, group
sizes and links to their own time expression.  Nothing here knows the
publication date: anchoring is the resolver's job.
"""

from __future__ import annotations

from timeline.extract.events import find_events
from timeline.extract.text import split_sentences
from timeline.extract.timex import find_timexes
from timeline.models import Article, ExtractedArticle


def extract(article: Article) -> ExtractedArticle:
    sentences = split_sentences(article.text)
    timexes = find_timexes(article.text, sentences)
    mentions, relations = find_events(article, sentences, timexes)
    return ExtractedArticle(
        article=article,
        sentences=sentences,
        timexes=timexes,
        mentions=mentions,
        relations=relations,
    )


__all__ = ["extract", "find_timexes", "find_events", "split_sentences"]
