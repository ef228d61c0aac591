"""Ordering events by their temporal relations.

The mention-level relations of every article (``Relation(source=Y,
target=X, BEFORE, lag_days=(a, b))``: Y before X, date(X) - date(Y) in
[a, b] days, see ``timeline.extract.event_relations``) become edges between
the events the mentions were merged into, in a networkx DiGraph.

An event without a strong date of its own (only context, coarse or
publication-dated mentions) gets the interval its relations allow: from a
dated event Y before it, ``[Y.start + a, Y.end + b]`` (or "not before
Y.start" without a lag); from a dated event Z after it, ``[Z.start - b,
Z.end - a]`` (or "not after Z.end").  The result is intersected with what the
event had; it is used only when the intersection is not empty (relations
never contradict a date the texts give).  Bounds propagate along chains for
a few rounds.
"""

from __future__ import annotations

from datetime import date, timedelta

import networkx as nx

from timeline.graph.merge import Cluster
from timeline.graph.records import STRONG, Rec

ROUNDS = 3


class Node:
    """What ordering needs of an event: its interval, how strong the claims behind it are, and a label."""

    __slots__ = ("start", "end", "level", "label")

    def __init__(self, start: date | None, end: date | None, level: int, label: str):
        self.start, self.end, self.level, self.label = start, end, level, label


def date_by_relations(
    recs: list[Rec], clusters: list[Cluster], relations
) -> tuple[dict[tuple[int, int], tuple[str, tuple[int, int] | None]], dict[int, tuple[date, date, str]]]:
    """Event-level edges and relation-derived dates.  ``relations``: BEFORE relations between mentions,
    as ``(source, target, rule, lag)`` tuples or ``Relation`` models."""
    where = {r.id: r.event for r in recs}
    nodes = [Node(c.start, c.end, c.level, _label(recs, c)) for c in clusters]
    rels = []
    for rel in relations:
        if not isinstance(rel, tuple):
            if rel.type != "BEFORE":
                continue
            rel = (rel.source, rel.target, rel.rule, tuple(rel.lag_days) if rel.lag_days else None)
        source, target, rule, lag = rel
        rels.append((where.get(source, -1), where.get(target, -1), rule, lag))
    return order_events(nodes, rels)


def order_events(
    nodes, relations
) -> tuple[dict[tuple[int, int], tuple[str, tuple[int, int] | None]], dict[int, tuple[date, date, str]]]:
    """Event-level edges and relation-derived dates.  ``nodes[n]``: a ``Node`` per event (only those that
    relations reach are read); ``relations``: BEFORE relations as ``(a, b, rule, lag)``, event a before event
    b, in input order, -1 for a mention that is in no event."""
    g = nx.DiGraph()
    for a, b, rule, lag in relations:
        if a < 0 or b < 0 or a == b:
            continue
        if g.has_edge(a, b):
            if g[a][b]["lag"] is None and lag is not None:
                g[a][b].update(lag=lag, rule=rule)
            continue
        g.add_edge(a, b, lag=lag, rule=rule)
    edges = {(a, b): (d["rule"], d["lag"]) for a, b, d in g.edges(data=True)}
    dated: dict[int, tuple[date, date]] = {}
    for n in g.nodes:
        c = nodes[n]
        if c.start is not None and c.level >= STRONG:
            dated[n] = (c.start, c.end)
    out: dict[int, tuple[date, date, str]] = {}
    for _ in range(ROUNDS):
        changed = False
        for n in g.nodes:
            if n in dated:
                continue
            c = nodes[n]
            lo, hi = c.start, c.end
            why = []
            for p in g.predecessors(n):  # p before n
                if p not in dated:
                    continue
                ps, pe = dated[p]
                lag = g[p][n]["lag"]
                if lag is not None:
                    lo2, hi2 = ps + timedelta(days=lag[0]), pe + timedelta(days=lag[1])
                    lo = lo2 if lo is None else max(lo, lo2)
                    hi = hi2 if hi is None else min(hi, hi2)
                else:
                    lo = ps if lo is None else max(lo, ps)
                why.append(f"after {nodes[p].label} ({ps}{'' if ps == pe else '..' + str(pe)}"
                           f"{', lag ' + str(lag) if lag else ''})")
            for s in g.successors(n):  # n before s
                if s not in dated:
                    continue
                ss, se = dated[s]
                lag = g[n][s]["lag"]
                if lag is not None:
                    lo2, hi2 = ss - timedelta(days=lag[1]), se - timedelta(days=lag[0])
                    lo = lo2 if lo is None else max(lo, lo2)
                    hi = hi2 if hi is None else min(hi, hi2)
                else:
                    hi = se if hi is None else min(hi, se)
                why.append(f"before {nodes[s].label} ({ss}{'' if ss == se else '..' + str(se)}"
                           f"{', lag ' + str(lag) if lag else ''})")
            if not why or lo is None or hi is None or lo > hi:
                continue
            if (lo, hi) != (c.start, c.end):
                out[n] = (lo, hi, "dated by relations: " + "; ".join(why) + f" -> {lo}..{hi}")
                dated[n] = (lo, hi)
                changed = True
        if not changed:
            break
    return edges, out


def _label(recs: list[Rec], c: Cluster) -> str:
    r = recs[c.members[0]]
    return f"{c.type} {r.id}"
