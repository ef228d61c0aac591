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
from timeline.limits import LIMITS
from timeline.models import Article, ExtractedArticle


def extract(article: Article) -> ExtractedArticle:
    warnings: list[str] = []
    sentences = split_sentences(article.text)
    # One more than the limit tells whether the text goes over it.
    timexes = find_timexes(article.text, sentences, limit=LIMITS.max_timexes_per_article + 1,
                           near=article.published.date() if article.published else None)
    if len(timexes) > LIMITS.max_timexes_per_article:
        warnings.append(
            f"more than {LIMITS.max_timexes_per_article:,} time expressions (the limit): "
            "only the first ones were kept"
        )
        timexes = timexes[: LIMITS.max_timexes_per_article]
    mentions, relations = find_events(article, sentences, timexes)
    if len(mentions) > LIMITS.max_mentions_per_article:
        warnings.append(
            f"{len(mentions):,} event mentions, over the limit of {LIMITS.max_mentions_per_article:,}: "
            "the rest were dropped"
        )
        mentions = mentions[: LIMITS.max_mentions_per_article]
        kept = {m.id for m in mentions}
        relations = [r for r in relations if r.source in kept and r.target in kept]
    return ExtractedArticle(
        article=article,
        sentences=sentences,
        timexes=timexes,
        mentions=mentions,
        relations=relations,
        warnings=warnings,
    )


__all__ = ["extract", "find_timexes", "find_events", "split_sentences"]
