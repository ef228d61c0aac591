"""Stage 4: the graph builder.

``build_timeline(articles)`` puts every event mention of the resolved articles
into a networkx graph with their temporal relations, merges mentions of the
same real event across articles, keeps caravans apart, flags sources that
disagree and orders everything into one Timeline.
"""

from __future__ import annotations

from timeline.graph.builder import build_timeline

__all__ = ["build_timeline"]
