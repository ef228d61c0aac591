"""``build_timeline``: resolved articles -> one sourced, deduplicated Timeline.

Steps (each in its own module):

1. ``records``  - one compact record per mention, with its claim (interval,
   how it was dated, how strong) and where it happened, encoded per article
   (``encode_records``; the build stores the encoding beside the analysis);
2. ``caravans`` - which caravan every mention belongs to: one global pass over
   a slim part of every record (``records.Slim``);
3. then one caravan at a time (a *partition*: no merge ever crosses caravans):
   the caravan's full records are decoded again, ``merge`` makes mentions of
   the same real event one event (blocked by type and date window:
   near-linear), each event's fields are computed -- TimeML value of its
   interval, place, size, summary, sources, claims, conflict note,
   confidence; never dated after the publication of every article that reports
   it (unless planned) -- and the events and decisions are handed to a *sink*
   (the store writes them into the new timeline generation) and dropped;
4. ``order``    - a networkx graph of the events and their temporal relations
   dates events that have no date of their own by what the relations allow.
   Relations may join events of different caravans, so the few events whose
   date relations may change (not strongly dated, with a relation) wait in
   memory until every partition is merged; ordering needs only a small
   ``order.Node`` per related event.

Non-actual mentions (planned, hypothetical, negated) are kept as events of
their own with that modality - never merged into events that happened.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Protocol

from timeline.extract.places import countries_of
from timeline.graph import caravans as caravans_mod
from timeline.graph.merge import Cluster, Merger, order_key
from timeline.graph.order import Node, order_events
from timeline.graph.records import (
    MEDIUM,
    STRONG,
    WEAK,
    Decoder,
    Rec,
    Slim,
    encode_records,
    fast,
    params,
    slim_article,
)
from timeline.models import Caravan, Claim, Event, MergeDecision, Relation, ResolvedArticle, Timeline

_SIZE_MOD_RANK = {"EQUAL": 0, "APPROX": 1, "MORE_THAN": 2, "LESS_THAN": 3, "RANGE": 4, None: 5}


def _most_reported(recs: list[Rec], value, rank=lambda r: 0) -> Rec:
    """Among the best-dated reports (strongest link, precise first), the one whose ``value`` is reported most
    often; ties by ``rank``, then the earliest."""
    top = max(r.strength + (1 if r.precise else 0) for r in recs)
    pool = [r for r in recs if r.strength + (1 if r.precise else 0) == top]
    cnt = Counter(value(r) for r in pool)
    return min(pool, key=lambda r: (-cnt[value(r)], rank(r), r.order))
_SIZE_MOD_WORD = {"APPROX": "about ", "MORE_THAN": "more than ", "LESS_THAN": "fewer than "}


def _size_disagreement(sized: list[Rec]) -> str | None:
    """'sources disagree on the size: a: about 2,000; b: 3,000' when two articles report sizes further apart
    than the merge tolerance (one article's own figures are its story, not a disagreement)."""
    # one article's competing estimates ("organizers ... 11,000, while officials said ... 6,000") count as
    # two sources: "article (estimator)"
    # two sentences of one article setting their counts against each other ("+rival": "put the size at about
    # 3,000. Organizers ... said it was closer to 4,000") too: "article (sentence n)"
    rivals = {r.article for r in sized if r.type == "size" and "+rival" in r.rule}
    by_article: dict[str, Rec] = {}
    for r in sized:
        key = r.article
        if r.type == "size" and r.actor:
            key = f"{r.article} ({r.actor})"
        elif r.type == "size" and r.article in rivals and r.sentence is not None:
            key = f"{r.article} (sentence {r.sentence + 1})"
        by_article.setdefault(key, r)
    if len(by_article) < 2:
        return None
    lo = min(r.size for r in by_article.values())
    hi = max(r.size for r in by_article.values())
    if hi <= 0 or (hi - lo) / hi <= float(params().get("size_tolerance", 0.2)):
        return None
    parts = [f"{a}: {_SIZE_MOD_WORD.get(r.size_mod, '')}{r.size:,}" for a, r in sorted(by_article.items())]
    return "sources disagree on the size: " + "; ".join(parts)


class RecordSource(Protocol):
    """The encoded records of every article (``records.encode_records``), read twice: once in order
    (``scan``: article number = position) and then again by article number (``fetch``)."""

    def scan(self) -> Iterator[str]: ...

    def fetch(self, articles: Sequence[int]) -> Iterator[tuple[int, str]]: ...


# A merge decision as the builder hands it to a sink: (event_id, mention_id, other, decision, reason), the
# fields of ``MergeDecision`` (a million pydantic objects would cost more than computing them).
DecisionRow = tuple[str, str, "str | None", str, str]


class TimelineSink(Protocol):
    """Where the events go, a partition at a time, each with its decisions; ``key`` orders an event's group
    the way one global merge would have created it (used for the in-memory ``Timeline``)."""

    def write(self, events: list[tuple[tuple, Event, list[DecisionRow]]]) -> None: ...

    def finish(self, relations: list[Relation], caravans: list[Caravan]) -> None: ...


class _Articles:
    """A ``RecordSource`` over resolved articles (consumed once): encoded as they are read, kept encoded."""

    def __init__(self, articles: Iterable[ResolvedArticle]):
        self.articles = articles
        self.texts: list[str] = []

    def scan(self) -> Iterator[str]:
        for art in self.articles:
            t = encode_records(art)
            self.texts.append(t)
            yield t

    def fetch(self, articles: Sequence[int]) -> Iterator[tuple[int, str]]:
        for a in articles:
            yield a, self.texts[a]


class _Collect:
    """A ``TimelineSink`` that assembles one ``Timeline`` (for small inputs, tests and benchmarks)."""

    def __init__(self) -> None:
        self.groups: list[tuple[tuple, Event, list[DecisionRow]]] = []
        self.timeline: Timeline | None = None

    def write(self, events: list[tuple[tuple, Event, list[DecisionRow]]]) -> None:
        self.groups.extend(events)

    def finish(self, relations: list[Relation], caravans: list[Caravan]) -> None:
        self.groups.sort(key=lambda g: g[0])
        events = [e for _, e, _ in self.groups]
        decisions = [fast(MergeDecision, event_id=e, mention_id=m, other=o, decision=k, reason=why)
                     for _, _, ds in self.groups for e, m, o, k, why in ds]
        events.sort(key=lambda e: (e.start or date.max, e.end or date.max, e.type, e.id))
        self.timeline = fast(Timeline, events=events, relations=relations, caravans=caravans, decisions=decisions)


def build_timeline(articles: Iterable[ResolvedArticle], timings: dict[str, float] | None = None) -> Timeline:
    """The timeline of the articles (consumed once), as one ``Timeline``.  ``timings``, when given, receives
    the seconds spent per step: records (reading the input included), caravans, merge, order, events.

    Convenient for small inputs; ``build_into`` streams the events of a large corpus to a sink instead."""
    sink = _Collect()
    build_into(_Articles(articles), sink, timings)
    assert sink.timeline is not None
    return sink.timeline


def build_into(source: RecordSource, sink: TimelineSink, timings: dict[str, float] | None = None,
               flush_decisions: int = 20_000, fetch_records: int = 20_000) -> dict[str, int]:
    """Build the timeline of ``source`` into ``sink``, one caravan partition at a time; returns counts
    (mentions, events, caravans, partitions, the largest partition's mentions, events with a related
    mention, events and mentions that waited for the ordering step, relations).  Events are handed to the
    sink in groups of about ``flush_decisions`` decisions; small caravans are read from the source
    together, about ``fetch_records`` records at a time."""
    # millions of small objects and no reference cycles among them: the cyclic collector would only
    # rescan them again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(source, sink, timings if timings is not None else {}, flush_decisions, fetch_records)
    finally:
        if enabled:
            gc.enable()


class _Deferred:
    """An event whose date relations may still change, with its records, until ordering is done."""

    __slots__ = ("cluster", "members", "eid", "key", "gid")

    def __init__(self, cluster: Cluster, members: list[Rec], eid: str, key: tuple, gid: int):
        self.cluster, self.members, self.eid, self.key, self.gid = cluster, members, eid, key, gid


def _build(source: RecordSource, sink: TimelineSink, timings: dict[str, float], flush_decisions: int,
           fetch_records: int) -> dict[str, int]:
    t0 = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal t0
        t1 = time.perf_counter()
        timings[step] = timings.get(step, 0.0) + t1 - t0
        t0 = t1

    # 1. slim records of every mention, BEFORE relations as pairs of record numbers
    dec = Decoder()
    slims: list[Slim] = []
    first = array("q")  # article number -> its first record number
    by_article: dict[str, Sequence[int]] = {}
    # BEFORE relations as columns: source and target record numbers (-1: a mention not among the records),
    # rule (interned), lag (mostly None): about 32 bytes a relation instead of a tuple's 130
    rel_a, rel_b, rel_rule, rel_lag = array("q"), array("q"), [], []
    for text in source.scan():
        n0 = len(slims)
        first.append(n0)
        art, before = slim_article(dec, text, n0, slims)
        if len(slims) > n0:
            got = by_article.get(art)
            if got is None:
                by_article[art] = range(n0, len(slims))
            else:  # an article id seen before (not expected): its records are not contiguous
                by_article[art] = [*got, *range(n0, len(slims))]
        for a, b, rule, lag in before:
            rel_a.append(a)
            rel_b.append(b)
            rel_rule.append(rule)
            rel_lag.append(lag)
    lap("records")

    # 2. caravans, globally
    cv, notes = caravans_mod.assign(slims, by_article)
    del by_article
    note_by: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for order, kind, why in notes:
        note_by[order].append((kind, why))
    del notes
    partitions: dict[int, array] = {}
    for r in slims:
        got = partitions.get(r.caravan)
        if got is None:
            got = partitions[r.caravan] = array("q")
        got.append(r.order)
    endpoint = bytearray(len(slims))
    for a in rel_a:
        if a >= 0:
            endpoint[a] = 1
    for b in rel_b:
        if b >= 0:
            endpoint[b] = 1
    lap("caravans")

    # 3. one caravan at a time: decode, merge, write the events whose dates relations cannot change
    conf = params()["confidence"]
    where = array("q", [-1]) * len(slims) if rel_a else array("q")  # record -> event (related ones)
    nodes: dict[int, Node] = {}  # event -> what ordering needs (events with a related mention)
    eids: dict[int, str] = {}  # event -> id (events with a related mention)
    deferred: list[_Deferred] = []
    counts: Counter[str] = Counter()
    out: list[tuple[tuple, Event, list[DecisionRow]]] = []
    pending = 0
    gid = 0
    n_events = 0
    n_partitions, largest = len(partitions), max((len(p) for p in partitions.values()), default=0)
    for caravan, recs in _decoded_partitions(source, dec, first, slims, partitions, fetch_records):
        _cumulative(recs, cv)
        _bound_tallies(recs)
        lap("records")
        merger = Merger(recs)
        for i in sorted(range(len(recs)), key=[order_key(r) for r in recs].__getitem__):
            merger.add(i)
        merger.fold_plans()
        lap("merge")
        for c in merger.clusters:
            if not c.members:
                continue  # a plan folded into the event that realized it
            members = [recs[i] for i in c.members]
            eid = _event_id(c, members, cv)
            key = order_key(members[0])
            related = any(endpoint[r.order] for r in members)
            if related:
                for r in members:
                    if endpoint[r.order]:
                        where[r.order] = gid
                nodes[gid] = Node(c.start, c.end, c.level, f"{c.type} {members[0].id}")
                eids[gid] = eid
                if not (c.start is not None and c.level >= STRONG):
                    deferred.append(_Deferred(c, members, eid, key, gid))
                    gid += 1
                    continue
            ev, ds = _event(c, members, cv, eid, conf, None, note_by)
            out.append((key, ev, ds))
            counts[ev.caravan] += 1
            n_events += 1
            pending += len(ds)
            gid += 1
            if pending >= flush_decisions:
                sink.write(out)
                out, pending = [], 0
        del merger, recs
        lap("events")
    if out:
        sink.write(out)
        out, pending = [], 0
    del partitions

    # 4. order: relations between events; dates for the deferred events
    ev_rel, rel_dates = order_events(nodes, ((where[a] if a >= 0 else -1, where[b] if b >= 0 else -1, rule, lag)
                                             for a, b, rule, lag in zip(rel_a, rel_b, rel_rule, rel_lag)))
    n_relations = len(rel_a)
    del rel_a, rel_b, rel_rule, rel_lag, where
    lap("order")
    deferred_ids = [d.gid for d in deferred]
    deferred_mentions = sum(len(d.members) for d in deferred)
    for d in deferred:
        ev, ds = _event(d.cluster, d.members, cv, d.eid, conf, rel_dates.get(d.gid), note_by)
        out.append((d.key, ev, ds))
        counts[ev.caravan] += 1
        n_events += 1
        pending += len(ds)
        if pending >= flush_decisions:
            sink.write(out)
            out, pending = [], 0
    if out:
        sink.write(out)
    del deferred, out
    carav = [
        Caravan(label=c.label, start=c.start, origin=c.origin.name if c.origin else None, events=counts.get(c.label, 0))
        for c in sorted(cv.items, key=lambda c: (c.start, c.idx))
        if counts.get(c.label, 0)
    ]
    rel_out = [
        Relation(source=eids[a], target=eids[b], type="BEFORE", rule=rule, lag_days=lag)
        for (a, b), (rule, lag) in sorted(ev_rel.items(), key=lambda kv: (eids[kv[0][0]], eids[kv[0][1]]))
    ]
    sink.finish(rel_out, carav)
    lap("events")
    return {"mentions": len(slims), "events": n_events, "caravans": len(carav), "partitions": n_partitions,
            "largest_partition": largest, "related_events": len(nodes), "deferred_events": len(deferred_ids),
            "deferred_mentions": deferred_mentions, "relations": n_relations}


def _decoded_partitions(source: RecordSource, dec: Decoder, first: array, slims: list[Slim],
                        partitions: dict[int, array], fetch_records: int) -> Iterator[tuple[int, list[Rec]]]:
    """(caravan, its full records in input order, with what the caravan step decided), caravan by caravan.

    Small caravans are fetched together (about ``fetch_records`` records per fetch), so that an article
    with mentions in several of them is read and decoded once."""
    order = sorted(partitions, key=lambda k: (k < 0, k))
    i = 0
    while i < len(order):
        group = [order[i]]
        size = len(partitions[order[i]])
        i += 1
        while i < len(order) and size + len(partitions[order[i]]) <= fetch_records:
            size += len(partitions[order[i]])
            group.append(order[i])
            i += 1
        wanted = set(group)
        arts = sorted({bisect.bisect_right(first, r) - 1 for k in group for r in partitions[k]})
        out: dict[int, list[Rec]] = {k: [] for k in group}
        for a, text in sorted(source.fetch(arts), key=lambda at: at[0]):
            for r in dec.article(text, first[a], lambda o: slims[o].caravan in wanted):
                s = slims[r.order]
                r.caravan = s.caravan
                if s.retyped_from is not None:
                    r.type, r.retyped_from = s.type, s.retyped_from
                out[s.caravan].append(r)
        for k in group:
            recs = out.pop(k)
            yield k, recs


def _cumulative(recs: list[Rec], cv) -> None:
    """'Some have peeled off and returned home': a present-perfect report without a date of its own happened
    at some time between the caravan's departure and the publication date."""
    for r in recs:
        if "+perfect" not in r.rule or r.link not in ("context", "publication") or r.published is None:
            continue
        if r.caravan < 0 or not r.actual:
            continue
        start = cv.items[r.caravan].start
        if start < r.published:
            r.start, r.end = start, r.published
            r.strength, r.precise, r.link = WEAK, False, "publication"
            r.value = f"{start.isoformat()}/{r.published.isoformat()}"
            r.anchor = f"caravan departure {start} .. publication {r.published} (present perfect)"


_ARRIVAL_TYPES = frozenset({"cross_border", "arrive", "block", "stay", "march", "asylum"})


def _bound_tallies(recs: list[Rec]) -> None:
    """'1,700 people in the caravan have lodged an asylum claim in recent days': a present-perfect tally
    over a coarse interval counts what happened in one country since the caravan got there.  Its interval
    starts no earlier than the caravan's first precisely dated event in that country."""
    # (not a stay: "has been camped at the complex since Nov. 16" is a state from its own day, no tally of acts)
    tallies = [r for r in recs if "+perfect" in r.rule and r.type != "stay" and r.actual and r.caravan >= 0
               and r.start is not None and r.end is not None and not r.precise
               and r.link in ("own", "context", "publication")]
    if not tallies:
        return
    first: dict[tuple[int, str], date] = {}  # (caravan, country) -> first precise dated event there
    for r in recs:
        if r.type not in _ARRIVAL_TYPES or not r.actual or not r.precise or r.strength < MEDIUM or \
                r.start is None or r.loc is None or r.caravan < 0:
            continue
        for cc in countries_of(r.loc):
            k = (r.caravan, cc)
            if k not in first or r.start < first[k]:
                first[k] = r.start
    for r in tallies:
        countries = countries_of(r.loc) if r.loc is not None else frozenset(r.mentioned_countries)
        if len(countries) != 1:
            continue
        (cc,) = countries
        d = first.get((r.caravan, cc))
        if d is None or not r.start < d <= r.end:
            continue
        r.notes = (*r.notes, f"tally in {cc} from the caravan's first event there ({d})")
        r.anchor = f"{r.anchor or r.value}; not before the caravan's first event in {cc} ({d})"
        r.start = d
        r.value = f"{d.isoformat()}/{r.end.isoformat()}" if d != r.end else d.isoformat()


def _event_id(c: Cluster, members: list[Rec], cv) -> str:
    first = min(r.id for r in members)
    label = cv.items[c.caravan].label if c.caravan >= 0 else ""
    h = hashlib.sha1(f"{label}|{c.type}|{c.actual}|{first}".encode()).hexdigest()[:12]
    return f"ev-{h}"


_CLAIM_FIELDS = frozenset(Claim.model_fields)
_CLAIM_SET = set(_CLAIM_FIELDS)  # shared: every field is set (see records.fast)
_CLAIM_DIRECT = _CLAIM_FIELDS == {"mention_id", "article_id", "value", "start", "end", "time_link", "anchor"}


def _claim(r: Rec) -> Claim:
    """What one mention says about the date (every field given: filled in directly, no validation)."""
    if not _CLAIM_DIRECT:  # the model has changed: the generic way
        return fast(Claim, mention_id=r.id, article_id=r.article, value=r.value, start=r.start, end=r.end,
                    time_link=r.link, anchor=r.anchor)
    obj = Claim.__new__(Claim)
    _set = object.__setattr__
    _set(obj, "__dict__", {"mention_id": r.id, "article_id": r.article, "value": r.value, "start": r.start,
                           "end": r.end, "time_link": r.link, "anchor": r.anchor})
    _set(obj, "__pydantic_fields_set__", _CLAIM_SET)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def timeml_value(start: date | None, end: date | None, claims: list[Rec] | None = None) -> tuple[str, str]:
    """TimeML-style value and granularity of an inclusive day interval."""
    if start is None or end is None:
        return "", "none"
    if start == end:
        if claims:
            vals = {r.value for r in claims if r.start == r.end == start and r.value.startswith(start.isoformat())}
            if len(vals) == 1:
                v = vals.pop()
                if "T" in v and len(v) > 10:
                    return v, "part_of_day" if v[11:].isalpha() else "hour"
        return start.isoformat(), "day"
    y, w, wd = start.isocalendar()
    if wd == 1 and end == start + timedelta(days=6):
        return f"{y}-W{w:02d}", "week"
    if start.day == 1 and (end + timedelta(days=1)).day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}", "month"
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31) and start.year == end.year:
        return f"{start.year:04d}", "year"
    days = (end - start).days
    gran = "day" if days <= 31 else "month" if days <= 366 else "year"
    return f"{start.isoformat()}/{end.isoformat()}", gran


def _event(c: Cluster, joined: list[Rec], cv, eid: str, conf: dict, rel_date: tuple | None,
           note_by: dict[int, list[tuple[str, str]]]) -> tuple[Event, list[DecisionRow]]:
    """The event of a cluster (``joined``: its records in the order they joined it) and its decisions: how
    every mention joined it, the caravan step's notes, and the date relations gave it."""
    decisions: list[DecisionRow] = []
    notes = {r.id: note_by[r.order] for r in joined if r.order in note_by}
    for mid, other, kind, why in c.decisions:
        decisions.append((eid, mid, other, kind, why))
        for k2, why2 in notes.get(mid, ()):
            decisions.append((eid, mid, None, k2, why2))
    if rel_date is not None:
        decisions.append((eid, joined[0].id, None, "dated-by-relation", rel_date[2]))
    members = sorted(joined, key=lambda r: r.order)
    start, end = c.start, c.end
    derived = False
    if rel_date is not None:
        start, end, _ = rel_date
        derived = True
    sources = sorted({r.article for r in members})
    published = {r.article: r.published for r in members}
    pubs = [published[a] for a in sources if published[a]]
    actual = any(r.actual for r in members)
    if actual and pubs and start is not None and end is not None:
        last = max(pubs)
        if end > last:
            end = last
        if start > last:
            start = last
    strong = [r for r in members if r.strength == STRONG and r.precise and r.start is not None]
    value, gran = timeml_value(start, end, strong or [r for r in members if r.precise])
    # claims: what every mention says about the date
    claims = [_claim(r) for r in members]
    conflict_note = None
    if c.conflict:
        parts = sorted({f"{r.article}: {r.value or r.start}" for r in strong})
        conflict_note = "sources disagree on the date: " + "; ".join(parts)
    outliers = [r for r in members if r.start is not None and start is not None and (r.end < start or r.start > end)
                and not (r.strength == STRONG and r.precise)]
    if outliers:
        extra = "; ".join(sorted({f"{r.article} says {r.value or r.start} ({r.link})" for r in outliers}))
        conflict_note = (conflict_note + ". " if conflict_note else "") + f"coarser claims not used: {extra}"
    # place: the event's most specific location
    loc = c.loc
    # size: the most often reported among the best-dated reports ("about N" gives way to "N"); with no
    # number reported, a vague quantity ("hundreds"), never shown as a number
    sized = [r for r in members if r.size is not None]
    size = _most_reported(sized, lambda r: r.size, lambda r: _SIZE_MOD_RANK.get(r.size_mod, 5)).size if sized else None
    vague = vague_low = None
    if size is None and (vagues := [r for r in members if r.vague]):
        best_v = _most_reported(vagues, lambda r: r.vague)
        vague, vague_low = best_v.vague, best_v.vague_low
    # sources that report clearly different sizes for the same event disagree, as on a date
    size_note = _size_disagreement(sized)
    conflict = c.conflict or size_note is not None
    if size_note is not None:
        conflict_note = (conflict_note + ". " if conflict_note else "") + size_note
    # summary from the best-dated mention
    best = min(members, key=lambda r: (-(r.strength if r.precise else 0), r.loc is None, -(len(r.summary) > 30),
                                       r.order))
    summary = best.summary
    if c.type == "statement" and c.actor and c.actor not in summary:
        summary = f"{c.actor}: {summary}"
    modality = "actual" if actual else (members[0].modality if len(members) == 1 else
                                        Counter(r.modality for r in members).most_common(1)[0][0])
    confidence = conf["base"] + conf["per_source"] * (len(sources) - 1)
    if strong:
        confidence += conf["own_date"]
    elif any(r.strength == MEDIUM for r in members):
        confidence += conf["context_date"]
    if conflict:
        confidence -= conf["conflict_penalty"]
    if not actual:
        confidence -= conf["non_actual_penalty"]
    confidence = round(max(0.05, min(0.99, confidence)), 2)
    caravan = cv.items[c.caravan].label if c.caravan >= 0 else None
    return fast(Event,
        id=eid,
        caravan=caravan,
        type=c.type,
        date=value,
        start=start,
        end=end,
        granularity=gran,
        place=loc.name if loc else None,
        country=loc.country if loc else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        group_size=size,
        size_vague=vague,
        size_min=vague_low,
        summary=summary,
        sources=sources,
        mentions=[r.id for r in members],
        conflict=conflict,
        conflict_note=conflict_note,
        confidence=confidence,
        modality=modality,
        claims=claims,
        derived_from_relations=derived,
    ), decisions
