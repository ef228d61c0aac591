"""Compact per-mention records the graph builder works on.

Resolved articles are consumed once (they may come from a generator over the
store); only what the builder needs is kept per mention, so a million
mentions fit in memory comfortably.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from timeline.extract.event_models import fast  # noqa: F401  (re-exported for the builder)
from timeline.models import EventMention, Place, Relation, ResolvedArticle
from timeline.resources import load_yaml

STRONG, MEDIUM, WEAK = 2, 1, 0


@lru_cache(maxsize=None)
def params() -> dict:
    return load_yaml("events/merge.yaml")


@dataclass(slots=True)
class Rec:
    id: str
    article: str
    type: str
    actual: bool
    modality: str
    start: date | None
    end: date | None
    value: str
    granularity: str
    link: str
    anchor: str | None
    strength: int  # STRONG own/relation, MEDIUM context, WEAK publication / unresolved
    precise: bool
    loc: Place | None  # where it happened (by the type's location roles)
    origin: Place | None  # depart: the from-place
    into: str | None  # cross_border: the country entered (ISO); depart: the country it heads for
    places: tuple[Place, ...]  # every place where it happened (roles other than mention)
    size: int | None
    size_mod: str | None
    actor: str | None
    earlier: bool
    summary: str
    published: date | None
    order: int  # position in input (stable tie-breaks)
    rule: str
    sentence: int
    timex_id: str | None = None
    caravan: int = -1  # index into the caravan list
    event: int = -1
    retyped_from: str | None = None
    notes: tuple[str, ...] = ()  # why its claim was changed (rarely any: a tuple, not a list per record)
    span: bool = False  # its own interval is an explicit span ("starting Sunday and continuing through Monday")
    mentioned_countries: tuple[str, ...] = ()  # countries of places named without a role ("the Mexican government")
    later: bool = False  # the text tells of a caravan newer than the one under way ("a second caravan")
    vague: str | None = None  # a vague quantity reported instead of a number ("hundreds"): size stays None
    vague_low: int | None = None  # the least it can mean ("hundreds": 200)
    nation: str | None = None  # the group's one nationality named in its sentence (ISO code)
    nd: int | None = None  # days of its interval when caravans were assigned (scratch)

    @property
    def days(self) -> int | None:
        return interval_days(self.start, self.end)

    @property
    def named_by_day(self) -> bool:
        """'From the caravan of Nov. 5 she got back a gourd': the mention names a caravan by the day it set out
        (merge.yaml's ``named_by_day_rules``: a trigger rule, or a mark added to it: "the one that set out on
        Nov. 5")."""
        named = _named_rules()
        base, *marks = self.rule.split("+")
        return base in named or any("+" + m in named for m in marks)


    @property
    def at_entry(self) -> bool:
        """'Mexico began handing humanitarian visitor cards to the Hondurans on the bridge': the state's papers
        for a caravan, handed where it enters the country (merge.yaml's ``entry_papers_rules``)."""
        return self.rule.split("+")[0] in _entry_rules()


@lru_cache(maxsize=None)
def _named_rules() -> frozenset[str]:
    return frozenset(str(x) for x in params()["caravan"]["named_by_day_rules"])


@lru_cache(maxsize=None)
def _entry_rules() -> frozenset[str]:
    return frozenset(str(x) for x in params()["caravan"]["entry_papers_rules"])


def interval_days(start: date | None, end: date | None) -> int | None:
    """Days from start to end (0 for one day), None when either is unknown."""
    if start is None or end is None:
        return None
    return end.toordinal() - start.toordinal()


@lru_cache(maxsize=None)
def _spec() -> dict[str, int]:
    return {k: i for i, k in enumerate(params()["kind_specificity"])}


@lru_cache(maxsize=None)
def _statement_kinds() -> frozenset[str]:
    return frozenset(params().get("statement_place_kinds", []))


def _loc(m: EventMention, etype: str) -> Place | None:
    if not m.places:
        return None
    roles = _roles(etype)
    kinds_ok = _statement_kinds() if etype == "statement" else None
    spec = _spec()
    best = None
    best_key = None
    for r in m.places:
        rank = roles.get(r.role)
        if rank is None:
            continue
        if kinds_ok is not None and r.place.kind not in kinds_ok:
            continue
        # a crossing is located where it happens, the most specific of its "at / via / into" places ("crossed
        # at Tecun Uman into Mexico": Tecun Uman); the side it started from only when nothing else is named
        key = (rank if etype != "cross_border" else int(r.role in ("from", "to")), spec.get(r.place.kind, 99))
        if best_key is None or key < best_key:
            best, best_key = r.place, key
    return _narrowed(best, m.places, roles)


def _narrowed(best: Place | None, refs, roles) -> Place | None:
    """A country or state narrowed to a town or city of it named with another accepted role ("a trek
    from Honduras that began Oct. 13 in San Pedro Sula": San Pedro Sula)."""
    if best is None or best.kind not in ("country", "state"):
        return best
    spec = _spec()
    inner = [r.place for r in refs if r.role in roles and r.place.country == best.country
             and r.place.kind in ("city", "town") and (best.kind == "country" or r.place.admin1 == best.name)]
    return min(inner, key=lambda p: spec.get(p.kind, 99)) if inner else best


@lru_cache(maxsize=None)
def _roles(etype: str) -> dict[str, int]:
    return {role: i for i, role in enumerate(params()["location_roles"].get(etype, ["at"]))}


def _origin(m: EventMention) -> Place | None:
    for role in ("from", "at"):
        for r in m.places:
            if r.role == role:
                return _narrowed(r.place, m.places, ("from", "at"))
    return None


def _into(m: EventMention) -> str | None:
    for r in m.places:
        if r.role in ("into", "to") and r.place.kind == "country":
            return r.place.country
    for r in m.places:
        if r.role in ("into", "to") and r.place.country and r.place.kind not in ("border", "river", "region"):
            return r.place.country
    return None


def _heading(m: EventMention) -> str | None:
    """The country a departure heads for ("set off west along the highway toward Guatemala": GT)."""
    return next((r.place.country for r in m.places if r.role in ("towards", "to") and r.place.kind == "country"),
                None)


def canonical(place: Place, table: dict[tuple, Place]) -> Place:
    """One object per distinct place: equal places read from different articles become the same object,
    so comparisons between them can be cached by identity."""
    key = (place.name, place.country, place.admin1, place.kind, place.lat, place.lon, place.geonameid)
    got = table.get(key)
    if got is None:
        got = table[key] = place
    return got


def records_from(article: ResolvedArticle, start_order: int,
                 places: dict[tuple, Place] | None = None) -> tuple[list[Rec], list[Relation]]:
    """Records of one article's mentions; ``places`` (kept across articles) makes equal places one object."""
    p = params()
    pmax = int(p["precise_max_days"])
    span_max = int(p["span_max_days"])
    pub = article.article.published_date
    out: list[Rec] = []
    span_ends: dict[str, object] | None = None
    for i, m in enumerate(article.mentions):
        t = m.time
        start = t.start if t else None
        end = t.end if t else None
        link = m.time_link or "unresolved"
        span = False
        if m.timex_end_id and link == "own" and start is not None and end is not None:
            # "starting X and continuing through Y": the interval runs to the end of Y
            if span_ends is None:
                span_ends = {x.id: x.resolution for x in article.timexes}
            res = span_ends.get(m.timex_end_id)
            if res is not None and res.end is not None and res.end > end and res.start is not None \
                    and res.start >= start and (res.end - start).days <= span_max:
                end, span = res.end, True
        strength = STRONG if link in ("own", "relation") else MEDIUM if link == "context" else WEAK
        precise = start is not None and end is not None and (end - start).days <= pmax
        value = t.value if t else ""
        anchor = t.anchor if t else None
        if span:
            value = f"{start.isoformat()}/{end.isoformat()}"
            precise = (end - start).days <= pmax
        if m.rule.startswith("size.frame+present") and link in ("context", "publication") and pub is not None:
            # "The caravan consists of roughly 5,500 people": a present-tense size holds at publication
            start = end = pub
            strength, precise, link = MEDIUM, True, "publication"
            value, anchor = pub.isoformat(), f"publication {pub} (present tense)"
        if start is not None and end is not None and end < start:
            start, end = end, start
        loc = _loc(m, m.type)
        origin = _origin(m) if m.type == "depart" else None
        where = tuple(r.place for r in m.places if r.role != "mention")
        if places is not None:
            loc = canonical(loc, places) if loc is not None else None
            origin = canonical(origin, places) if origin is not None else None
        out.append(
            Rec(
                id=m.id,
                article=m.article_id,
                type=m.type,
                actual=m.modality == "actual",
                modality=m.modality,
                start=start,
                end=end,
                value=value,
                granularity=t.granularity if t else "none",
                link=link,
                anchor=anchor,
                strength=strength,
                precise=precise,
                loc=loc,
                origin=origin,
                into=_into(m) if m.type == "cross_border" else _heading(m) if m.type == "depart" else None,
                places=where,
                size=m.group_size,
                size_mod=m.size_mod,
                vague=((m.size_text or "").lower() or None) if m.size_mod == "VAGUE" else None,
                vague_low=m.size_low if m.size_mod == "VAGUE" else None,
                actor=m.actor,
                earlier=m.earlier_caravan,
                later=m.later_caravan,
                nation=m.nationality,
                summary=m.summary,
                published=pub,
                order=start_order + i,
                rule=m.rule,
                sentence=m.sentence,
                timex_id=m.timex_id,
                span=span,
                mentioned_countries=tuple(sorted({r.place.country for r in m.places
                                                  if r.role == "mention" and r.place.country})),
            )
        )
    _distrust_borrowed_context(out, article.relations, pub)
    for r in out:
        if r.earlier and r.link == "publication":
            # "Last year's caravan ... grew to more than 7,000": about an earlier caravan, the week before
            # publication says nothing of when; its relations bound it, if any
            r.notes = (*r.notes, f"publication date {r.value or pub} not used: the text tells of an earlier caravan")
            r.start = r.end = None
            r.value, r.precise, r.strength, r.link = "", False, WEAK, "unresolved"
    if pub is not None:
        for r in out:
            if "+until-publication" in r.rule:
                _until_publication(r, pub, pmax)
    return out, list(article.relations)


def _until_publication(r: Rec, pub: date, pmax: int) -> None:
    """A size that holds from its own or the story's date until publication ("by Friday", "has become")."""
    if r.link not in ("own", "context") or r.start is None or r.end is None or not r.precise or r.start > pub:
        return
    if r.end >= pub:
        return
    r.end = pub
    r.precise = (r.end - r.start).days <= pmax
    r.value = f"{r.start.isoformat()}/{pub.isoformat()}"
    r.anchor = f"{r.anchor or r.value} .. publication {pub} (holds until it was reported)"


def _distrust(ra: Rec, rb: Rec, pub: date | None) -> None:
    ra.notes = (*ra.notes, f"context date {ra.value} borrowed from {rb.id}'s own expression; not used")
    ra.strength = WEAK
    ra.precise = False
    if pub is not None:
        window = int(params().get("publication_window_days", 7))
        ra.start, ra.end = pub - timedelta(days=window), pub
        ra.value = pub.isoformat()
        ra.link = "publication"


def _distrust_borrowed_context(recs: list[Rec], relations: list[Relation], pub: date | None) -> None:
    """A context date borrowed from the own expression of a mention it is explicitly ordered against.

    "The caravan has swelled to 1,600 since setting out last week": "last week" dates the setting out, and
    the relation (setting out BEFORE swelling) says the size is later.  Such a context date is not evidence
    for the mention: it becomes a coarse claim (the week before publication).
    """
    by_id = {r.id: r for r in recs}
    for rel in relations:
        # the mention of the subordinate clause ("since setting out last week") owns its expression
        if rel.rule in ("rel.before", "rel.day-before"):
            pairs = ((rel.source, rel.target),)
        elif rel.rule in ("rel.after", "rel.since", "rel.day-after", "rel.past-perfect", "rel.relative-clause"):
            pairs = ((rel.target, rel.source),)
        else:
            pairs = ()
        for a, b in pairs:
            ra, rb = by_id.get(a), by_id.get(b)
            if ra is None or rb is None or ra.link != "context" or not rb.timex_id or not ra.anchor:
                continue
            if rel.rule == "rel.relative-clause" and ra.type == "size" and rb.type == "depart" and \
                    "+growth" not in ra.rule:
                # "Last year's caravan, which left on Jan. 15, 2020, ... some 3,500 walkers": its size then (not
                # "which left on Oct. 13, grew to more than 7,000")
                continue
            if ra.anchor.startswith(rb.timex_id + " "):
                _distrust(ra, rb, pub)
    # a coarse expression ("last week", "a month ago") owned by an unrelated mention dates that mention only:
    # "the group, which originated in Honduras last week"
    related = {(r.source, r.target) for r in relations} | {(r.target, r.source) for r in relations}
    owner = {r.timex_id: r for r in recs if r.timex_id and r.link == "own" and not r.precise}
    for ra in recs:
        if ra.link != "context" or not ra.anchor or ra.precise:
            continue
        tid = ra.anchor.split(" ", 1)[0]
        rb = owner.get(tid)
        if rb is not None and rb is not ra and (ra.id, rb.id) not in related and not (ra.earlier and rb.earlier):
            _distrust(ra, rb, pub)


# ------------------------------------------------------------------ compact rows
#
# The records of one article, encoded once (by the worker that analysed it) as one text the store keeps
# beside the analysis, so that the graph step reads compact rows back instead of validating whole resolved
# articles.  Two JSON documents on two lines: the slim part the caravan step reads for every mention (article
# id, publication date, per record the fields of ``Slim``, departure places, BEFORE relations as pairs of
# record positions), then the full records.  Dates are ordinals, places are indices into a list of distinct
# places.  ``RECORDS_FORMAT`` names the encoding; ``records_version()`` the code that computes the records
# (a stored encoding of another version is recomputed from the analysis).

RECORDS_FORMAT = 8  # 3: the caravan flag is 0, 1 (an earlier caravan) or 2 (a newer one), later also 3 (both, read
# by ``_unflag`` as older rows are); 4: slim rows name the place;
# 5: full rows end with the vague quantity and its least value; 6: both rows then name the group's nationality
# (and slim rows the sentence); 7: the flag's bit 4 marks a caravan named by the day it set out; 8: slim rows end
# with the country a departure heads for


def _version() -> str:
    import hashlib
    from pathlib import Path

    from timeline.resources import read_text

    h = hashlib.sha256(f"records-format-{RECORDS_FORMAT}".encode())
    h.update(Path(__file__).read_bytes())
    h.update(read_text("events/merge.yaml").encode())
    return h.hexdigest()[:16]


# Computed when the module is loaded, so that it names the code this process runs (workers forked from
# it inherit it), even if the file is edited while a build runs.
_VERSION = _version()


def records_version() -> str:
    """Identity of the code that computes records (this module, its encoding and the merge parameters)."""
    return _VERSION


def _flag(r: Rec) -> int:
    """0, 1 (the text tells of an earlier caravan), 2 (of a newer one) or 3 (of one newer than another told of long
    before: "the second caravan of October 2018" in a story of 2020), plus 4 when the mention names a caravan by
    the day it set out, plus 8 when it tells the state's papers handed at the caravan's entry."""
    return r.earlier + 2 * r.later + 4 * r.named_by_day + 8 * r.at_entry


def _unflag(flag: int) -> tuple[bool, bool]:
    """(earlier, later) of a stored caravan flag (``_flag``)."""
    return bool(flag & 1), bool(flag & 2)


def _ord(d: date | None) -> int | None:
    return d.toordinal() if d is not None else None


def encode_records(article: ResolvedArticle) -> str:
    """The records of one article (and its BEFORE relations between them) as one text: a slim JSON line,
    then a full JSON line."""
    import json

    recs, rels = records_from(article, 0)
    aid = article.article.id

    def table():
        index: dict[tuple, int] = {}
        rows: list[list] = []

        def pl(p: Place | None) -> int | None:
            if p is None:
                return None
            key = (p.name, p.country, p.admin1, p.kind, p.lat, p.lon, p.geonameid)
            k = index.get(key)
            if k is None:
                k = index[key] = len(rows)
                rows.append(list(key))
            return k
        return pl, rows

    pl, plist = table()
    rows = [
        [r.id, r.type, int(r.actual), r.modality, _ord(r.start), _ord(r.end), r.value, r.granularity, r.link,
         r.anchor, r.strength, int(r.precise), pl(r.loc), pl(r.origin), r.into, r.size, r.size_mod, r.actor,
         _flag(r), r.summary, r.rule, r.sentence, r.timex_id, list(r.notes), int(r.span),
         list(r.mentioned_countries), r.vague, r.vague_low, r.nation] + ([r.article] if r.article != aid else [])
        for r in recs
    ]
    opl, olist = table()
    slim = [[r.type, int(r.actual), _ord(r.start), _ord(r.end), r.strength, int(r.precise), opl(r.origin),
             _flag(r), r.value, opl(r.loc), r.nation, r.sentence, r.into if r.type == "depart" else None] +
            ([r.article] if r.article != aid else [])
            for r in recs]
    pos = {r.id: i for i, r in enumerate(recs)}
    before = [[pos.get(x.source, -1), pos.get(x.target, -1), x.rule, *(x.lag_days or ())]
              for x in rels if x.type == "BEFORE"]
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    # JSON never holds a raw newline: the two documents split at the first one
    return (dumps({"a": aid, "p": _ord(article.article.published_date), "o": olist, "r": slim, "b": before})
            + "\n" + dumps({"pl": plist, "r": rows}))


class Decoder:
    """Decodes encoded records, sharing one object per distinct place, date and short repeated string."""

    def __init__(self) -> None:
        self.places: dict[tuple, Place] = {}
        self.dates: dict[int, date] = {}
        self.strings: dict[str, str] = {}

    def date(self, o: int | None) -> date | None:
        if o is None:
            return None
        d = self.dates.get(o)
        if d is None:
            d = self.dates[o] = date.fromordinal(o)
        return d

    def s(self, x: str | None) -> str | None:
        if x is None:
            return None
        return self.strings.setdefault(x, x)

    def _places(self, plist: list[list]) -> list[Place]:
        out = []
        for name, country, admin1, kind, lat, lon, gid in plist:
            key = (name, country, admin1, kind, lat, lon, gid)
            p = self.places.get(key)
            if p is None:
                p = self.places[key] = fast(Place, name=name, country=country, admin1=admin1, lat=lat, lon=lon,
                                            kind=kind, geonameid=gid)
            out.append(p)
        return out

    def article(self, text: str, first: int, keep=None) -> list[Rec]:
        """The records of one encoded article, numbered from ``first`` (only those whose number ``keep``
        accepts, when given)."""
        import json

        head, _, body = text.partition("\n")
        meta = json.loads(head)
        obj = json.loads(body)
        art = meta["a"]
        pub = self.date(meta["p"])
        places = self._places(obj["pl"])
        d = self.date
        recs = []
        for i, (mid, typ, actual, modality, so, eo, value, gran, link, anchor, strength, precise, loc, origin,
                into, size, size_mod, actor, flag, summary, rule, sentence, timex_id, notes, span,
                mentioned, vague, vague_low, nation, *other) in enumerate(obj["r"]):
            if keep is not None and not keep(first + i):
                continue
            earlier, later = _unflag(flag)
            recs.append(Rec(
                id=mid, article=other[0] if other else art, type=typ, actual=bool(actual), modality=modality,
                start=d(so), end=d(eo), value=value, granularity=gran, link=link, anchor=anchor, strength=strength,
                precise=bool(precise), loc=places[loc] if loc is not None else None,
                origin=places[origin] if origin is not None else None, into=into, places=(), size=size,
                size_mod=size_mod, actor=actor, earlier=earlier, summary=summary, published=pub,
                order=first + i, rule=rule, sentence=sentence, timex_id=timex_id, notes=tuple(notes),
                span=bool(span), mentioned_countries=tuple(mentioned), later=later, vague=vague,
                vague_low=vague_low, nation=nation))
        return recs


class Slim:
    """What the caravan assignment needs of a record (the graph step's only per-mention state kept for the
    whole corpus; the full records are decoded again one caravan at a time)."""

    __slots__ = ("article", "type", "actual", "start", "end", "strength", "precise", "origin", "published",
                 "earlier", "order", "value", "caravan", "retyped_from", "nd", "later", "loc", "nation", "sentence",
                 "named_by_day", "into", "at_entry")

    def __init__(self, article, type, actual, start, end, strength, precise, origin, published, earlier, order,
                 value, later=False, loc=None, nation=None, sentence=-1, named_by_day=False, into=None,
                 at_entry=False):
        self.article, self.type, self.actual, self.start, self.end = article, type, actual, start, end
        self.strength, self.precise, self.origin, self.published = strength, precise, origin, published
        self.earlier, self.order, self.value, self.later, self.loc = earlier, order, value, later, loc
        self.nation, self.sentence, self.named_by_day = nation, sentence, named_by_day
        self.into = into  # a departure: the country it heads for
        self.at_entry = at_entry  # the state's papers handed at the caravan's entry (``Rec.at_entry``)
        self.caravan = -1
        self.retyped_from = None
        self.nd = None

    @property
    def days(self) -> int | None:
        return interval_days(self.start, self.end)


def slim_article(dec: Decoder, text: str, first: int, out: list[Slim]) -> tuple[str, list[tuple]]:
    """Append the slim records of one encoded article to ``out`` (numbered from ``first``; only the slim
    line is parsed); returns the article id and its BEFORE relations (record numbers)."""
    import json

    obj = json.loads(text[: text.index("\n")])
    art = dec.s(obj["a"])
    pub = dec.date(obj["p"])
    origins = dec._places(obj["o"]) if obj["o"] else ()
    d, s = dec.date, dec.s
    for i, (typ, actual, so, eo, strength, precise, origin, flag, value, loc, nation, sentence, into, *other) in \
            enumerate(obj["r"]):
        earlier, later = _unflag(flag)
        # the value is only read for a note on a mention attributed to an earlier caravan: kept for those (and, as
        # the stored rows always did, for a newer one's)
        out.append(Slim(s(other[0]) if other else art, s(typ), bool(actual), d(so), d(eo), strength,
                        bool(precise), origins[origin] if origin is not None else None, pub, earlier,
                        first + i, value if flag & 3 else None, later,
                        origins[loc] if loc is not None else None, s(nation), sentence, bool(flag & 4), s(into),
                        bool(flag & 8)))
    before = [(first + a if a >= 0 else -1, first + b if b >= 0 else -1, s(rule), tuple(lag) if lag else None)
              for a, b, rule, *lag in obj["b"]]
    return art, before
