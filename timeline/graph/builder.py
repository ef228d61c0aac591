"""``build_timeline``: resolved articles -> one sourced, deduplicated Timeline.

Steps (each in its own module):

1. ``records``  - one compact record per mention, with its claim (interval,
   how it was dated, how strong) and where it happened;
2. ``caravans`` - which caravan every mention belongs to;
3. ``merge``    - mentions of the same real event become one event (blocked
   by caravan, type and date window: near-linear);
4. ``order``    - a networkx graph of the events and their temporal relations
   dates events that have no date of their own by what the relations allow;
5. here         - each event's fields: TimeML value of its interval, place,
   size, summary, sources, claims, conflict note, confidence; never dated
   after the publication of every article that reports it (unless planned).

Non-actual mentions (planned, hypothetical, negated) are kept as events of
their own with that modality - never merged into events that happened.
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from timeline.extract.places import countries_of
from timeline.graph import caravans as caravans_mod
from timeline.graph.merge import Cluster, Merger, order_key
from timeline.graph.order import date_by_relations
from timeline.graph.records import MEDIUM, STRONG, WEAK, Rec, fast, params, records_from
from timeline.models import Caravan, Claim, Event, MergeDecision, Place, Relation, ResolvedArticle, Timeline

_SIZE_MOD_RANK = {"EQUAL": 0, "APPROX": 1, "MORE_THAN": 2, "LESS_THAN": 3, "RANGE": 4, None: 5}


def build_timeline(articles: Iterable[ResolvedArticle], timings: dict[str, float] | None = None) -> Timeline:
    """The timeline of the articles (consumed once).  ``timings``, when given, receives the seconds
    spent per step: records (reading the input included), caravans, merge, order, events."""
    # millions of small objects and no reference cycles among them: the cyclic collector would only
    # rescan them again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(articles, timings if timings is not None else {})
    finally:
        if enabled:
            gc.enable()


def _build(articles: Iterable[ResolvedArticle], timings: dict[str, float]) -> Timeline:
    t0 = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal t0
        t1 = time.perf_counter()
        timings[step] = timings.get(step, 0.0) + t1 - t0
        t0 = t1

    recs: list[Rec] = []
    places: dict[tuple, Place] = {}  # one object per distinct place
    relations: list[tuple[str, str, str, tuple[int, int] | None]] = []  # BEFORE: (source, target, rule, lag)
    by_article: dict[str, list[int]] = defaultdict(list)
    published: dict[str, date | None] = {}
    for art in articles:
        rs, rels = records_from(art, len(recs), places)
        published[art.article.id] = art.article.published_date
        for r in rs:
            by_article[r.article].append(len(recs))
            recs.append(r)
        # only what ordering needs, as plain tuples (a million relation models would weigh a gigabyte)
        relations.extend((x.source, x.target, x.rule, tuple(x.lag_days) if x.lag_days else None)
                         for x in rels if x.type == "BEFORE")
    lap("records")

    cv, notes = caravans_mod.assign(recs, by_article)
    _cumulative(recs, cv)
    _bound_tallies(recs)
    lap("caravans")

    merger = Merger(recs)
    for i in sorted(range(len(recs)), key=[order_key(r) for r in recs].__getitem__):
        merger.add(i)
    clusters = merger.clusters
    lap("merge")

    # relations between events; dates for events that have none of their own
    ev_rel, rel_dates = date_by_relations(recs, clusters, relations)
    lap("order")

    events: list[Event] = []
    decisions: list[MergeDecision] = []
    note_by_mention: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for mid, kind, why in notes:
        note_by_mention[mid].append((kind, why))
    conf = params()["confidence"]
    ids: dict[int, str] = {}
    for c in clusters:
        ids[c.idx] = _event_id(c, recs, cv)
    for c in clusters:
        ev = _event(c, recs, cv, ids[c.idx], published, conf, rel_dates.get(c.idx))
        events.append(ev)
        for mid, other, kind, why in c.decisions:
            decisions.append(fast(MergeDecision, event_id=ev.id, mention_id=mid, other=other,
                                                           decision=kind, reason=why))
            for k2, why2 in note_by_mention.get(mid, ()):
                decisions.append(fast(MergeDecision, event_id=ev.id, mention_id=mid, other=None,
                                                               decision=k2, reason=why2))
        if c.idx in rel_dates:
            s, e, why = rel_dates[c.idx]
            decisions.append(fast(MergeDecision, event_id=ev.id, mention_id=recs[c.members[0]].id,
                                                           other=None, decision="dated-by-relation", reason=why))
    counts = Counter(e.caravan for e in events)
    carav = [
        Caravan(label=c.label, start=c.start, origin=c.origin.name if c.origin else None, events=counts.get(c.label, 0))
        for c in sorted(cv.items, key=lambda c: (c.start, c.idx))
        if counts.get(c.label, 0)
    ]
    events.sort(key=lambda e: (e.start or date.max, e.end or date.max, e.type, e.id))
    rel_out = [
        Relation(source=ids[a], target=ids[b], type="BEFORE", rule=rule, lag_days=lag)
        for (a, b), (rule, lag) in sorted(ev_rel.items(), key=lambda kv: (ids[kv[0][0]], ids[kv[0][1]]))
    ]
    lap("events")
    return fast(Timeline, events=events, relations=rel_out, caravans=carav, decisions=decisions)


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
    tallies = [r for r in recs if "+perfect" in r.rule and r.actual and r.caravan >= 0 and r.start is not None
               and r.end is not None and not r.precise and r.link in ("own", "context", "publication")]
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


def _event_id(c: Cluster, recs: list[Rec], cv) -> str:
    first = min(recs[i].id for i in c.members)
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


def _event(c: Cluster, recs: list[Rec], cv, eid: str, published: dict, conf: dict,
           rel_date: tuple | None) -> Event:
    members = [recs[i] for i in c.members]
    members.sort(key=lambda r: r.order)
    start, end = c.start, c.end
    derived = False
    if rel_date is not None:
        start, end, _ = rel_date
        derived = True
    sources = sorted({r.article for r in members})
    pubs = [published.get(a) for a in sources if published.get(a)]
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
    # size
    size = None
    sized = [r for r in members if r.size is not None]
    if len(sized) == 1:
        size = sized[0].size
    elif sized:
        # the most often reported size among the best-dated reports; "about N" gives way to "N"
        top = max(r.strength + (1 if r.precise else 0) for r in sized)
        pool = [r for r in sized if r.strength + (1 if r.precise else 0) == top]
        cnt = Counter(r.size for r in pool)
        size = min(pool, key=lambda r: (-cnt[r.size], _SIZE_MOD_RANK.get(r.size_mod, 5), r.order)).size
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
    if c.conflict:
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
        summary=summary,
        sources=sources,
        mentions=[r.id for r in members],
        conflict=c.conflict,
        conflict_note=conflict_note,
        confidence=confidence,
        modality=modality,
        claims=claims,
        derived_from_relations=derived,
    )
