"""Which caravan each mention belongs to.

1. Precise, strongly dated departures start caravans: departures from
   compatible places within ``depart_join_days`` of each other are the same
   caravan; a departure from the same city months later is a new one.  A
   "departure" from a transit country (Mexico, the United States) while a
   caravan is under way is that caravan leaving a waypoint: a ``march``.
2. Every article gets a main caravan: the one most of its dated mentions
   fall into (a caravan covers the days from its departure until a later
   caravan sets off, at most ``cover_days``).  An article none of whose dates
   falls into a known caravan starts an implicit caravan (origin unknown),
   shared with other such articles within ``implicit_join_days``.
3. A mention goes to the caravan covering its own precise date (or to the
   caravan its text was telling just before it, when two set off from
   different towns within weeks of each other: ``_topics``); a coarse or
   undated mention goes to its article's main caravan; a mention the text
   attributes to an earlier caravan goes to the caravan covering its date
   that started before the article's own (created if none is known).

Labels: ``YYYY-MM <origin>`` ("2018-10 San Pedro Sula"), ``YYYY-MM caravan``
when no departure place is known; duplicates get " (2)", " (3)".
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from timeline.extract.places import country_place, distance_km, km_to_country, places_compatible
from timeline.graph.records import MEDIUM, STRONG, Rec, Slim, params
from timeline.models import Place

_SPEC = ["bridge", "crossing", "shelter", "stadium", "town", "city", "river", "border", "state", "region", "country"]
TRANSIT = frozenset({"MX", "US"})
DEPART_VOTE = 3  # an article telling a caravan's departure is about that caravan, other things equal
LATER_SLACK_DAYS = 2  # a departure told as "another caravan" joins no caravan that set off more days before
LATER_OWN_DAYS = 7  # "a new caravan" this soon after the article's caravan set off is that caravan
TOPIC_SENTENCES = 6  # how far back a mention naming its caravan sets the caravan of the mentions after it
TOPIC_CONCURRENT_DAYS = 21  # ... when it set off within this many days of the caravan the date alone gives
NEWER_GOES_ON = 1  # days after a "second group" told, in which what has no group of its own is its
# ... and sentences: "a second Honduran group spent the afternoon trying to break through the Mexican gate ... She
# closed the shutters and finished the session. The morning after, the same people ... crossed the river on foot"
NEWER_GOES_ON_SENTENCES = 2
_NOT_YET = object()


@dataclass
class CaravanInfo:
    idx: int
    start: date
    implicit: bool
    origins: list[Place] = field(default_factory=list)
    label: str = ""
    events: int = 0
    # departure places counted by (name, kind), with the first Place seen for each
    _counts: dict[tuple[str, str], int] = field(default_factory=dict)
    _first: dict[tuple[str, str], Place] = field(default_factory=dict)
    _origin: Place | None = None
    _dirty: bool = True

    def __post_init__(self) -> None:
        for p in self.origins:
            self._count(p)

    def _count(self, p: Place) -> None:
        k = (p.name, p.kind)
        self._counts[k] = self._counts.get(k, 0) + 1
        self._first.setdefault(k, p)
        self._dirty = True

    def add_origin(self, p: Place) -> None:
        self.origins.append(p)
        self._count(p)

    @property
    def origin(self) -> Place | None:
        """The most specific, most often named departure place (kept up to date as origins are added)."""
        if self._dirty:
            cnt = self._counts
            best = min(cnt, key=lambda k: (_SPEC.index(k[1]) if k[1] in _SPEC else 99, -cnt[k], k[0]), default=None)
            self._origin = self._first[best] if best is not None else None
            self._dirty = False
        return self._origin


VAGUE_DEPARTURE_DAYS = 31  # a departure dated no closer than this names no caravan


def _vague_departure_of(cv: Caravans, r: Rec) -> CaravanInfo | None:
    """The only known caravan whose start lies in the span of a coarsely dated, actual departure from a
    named place that fits its origin (None if none or several)."""
    if not r.actual or r.earlier or r.later or r.origin is None or r.start is None or r.end is None or \
            r.nd is None or r.nd > VAGUE_DEPARTURE_DAYS:
        return None
    lo = bisect.bisect_left(cv._starts, (r.start, -1))
    hi = bisect.bisect_right(cv._starts, (r.end, 1 << 30))
    fits = [cv.items[idx] for _, idx in cv._starts[lo:hi]
            if not cv.items[idx].implicit and cv.items[idx].origin is not None and _origin_ok(r.origin, cv.items[idx].origin)]
    return fits[0] if len(fits) == 1 else None


def _dep_origin(r: Rec | Slim) -> Place | None:
    """Where a departure set off from: its own from-place, else the country of the group's one nationality
    ("A first group of about 300 Salvadorans left the same plaza on Sunday": El Salvador), when caravans set out
    from that country (merge.yaml's ``home_departure_nations``: a caravan of Cubans sets out in Mexico)."""
    if r.origin is not None or not r.nation or r.nation not in _home_nations():
        return r.origin
    return country_place(r.nation)


@lru_cache(maxsize=None)
def _home_nations() -> frozenset[str]:
    return frozenset(str(c) for c in params()["caravan"]["home_departure_nations"])


def _nation_fits(c: CaravanInfo, r: Rec | Slim) -> bool:
    """Could the group of ``r`` (its nationality, if its sentence names one) be caravan ``c``?  Only a
    caravan whose origin lies in another country is ruled out; not one that set off in a transit country (the
    Venezuelans and Hondurans of a caravan that left Tapachula)."""
    return not r.nation or c.origin is None or not c.origin.country or c.origin.country == r.nation or \
        c.origin.country in TRANSIT


def _from_other_home(c: CaravanInfo, r: Rec | Slim) -> bool:
    """Is the group of ``r`` of a nation whose caravans set out from home (``home_departure_nations``), and caravan
    ``c`` one that set out from another country ("a second Honduran column" on the day Salvadorans set off)?"""
    return bool(r.nation) and r.nation in _home_nations() and not _nation_fits(c, r)


def _told_before(recs: Sequence[Rec | Slim], r: Rec | Slim, idx: int) -> bool:
    """Has the article of ``r`` told caravan ``idx`` before it, on an earlier day, not as a newer group's ("On the
    20th the first Honduran caravan went over the Suchiate ... On Sunday a second Honduran column marched onto
    the bridge": the second is not that one)?"""
    return any(x.caravan == idx and not x.later and x.order < r.order and x.start is not None and x.start < r.start
               for x in recs)


def _newer(r: Rec | Slim) -> bool:
    """Does the text tell of a caravan newer than the one under way (not of one newer than another told of long
    before: "the second caravan of October 2018" in a story of 2020)?"""
    return r.later and not r.earlier


def _same_town(a: Place | None, b: Place | None) -> bool:
    """Are both the same city or town (a caravan does not leave its own starting town twice)?"""
    return a is not None and b is not None and a.kind in ("city", "town") and (a.name, a.country) == (b.name, b.country)


def _origin_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country and a.kind != "region" and b.kind != "region":
        return False
    return places_compatible(a, b, max_km=80)


class Caravans:
    def __init__(self) -> None:
        self.items: list[CaravanInfo] = []
        self._starts: list[tuple[date, int]] = []  # sorted (start, idx)
        self._covering: dict[date, CaravanInfo | None] = {}
        self._covering_at: dict[tuple[date, int], CaravanInfo | None] = {}
        self._km: dict[tuple[int, int], float | None] = {}  # (origin, place) -> distance (places are shared)
        cfg = params()["caravan"]
        self.join = int(cfg["depart_join_days"])
        self.cover = int(cfg["cover_days"])
        self.before = int(cfg["cover_before_days"])
        self.implicit_join = int(cfg["implicit_join_days"])
        self.waypoint_after = int(cfg["waypoint_after_days"])
        self.waypoint_before = int(cfg["waypoint_before_days"])
        self.heading_home = int(cfg["heading_home_days"])
        self.hub_days = {str(k): int(v) for k, v in cfg["hub_waypoint_days"].items()}
        self.max_km_per_day = float(cfg["max_km_per_day"])
        self.pace_km_per_day = float(cfg["pace_km_per_day"])
        self.entry_days = int(cfg["route_entry_days"])
        self._route = {str(k): int(v) for k, v in cfg["route_order"].items()}
        self.entry_countries = frozenset(cfg["route_entry_countries"])
        z = cfg["first_border"]
        self.first_border = Place(name="the first border", lat=float(z["lat"]), lon=float(z["lon"]),
                                  country=str(z["country"]))
        self.first_border_km = float(z["km"])

    def new(self, start: date, implicit: bool, origin: Place | None = None) -> CaravanInfo:
        c = CaravanInfo(len(self.items), start, implicit, [origin] if origin else [])
        self.items.append(c)
        bisect.insort(self._starts, (start, c.idx))
        self._covering.clear()
        self._covering_at.clear()
        return c

    def _restart(self, c: CaravanInfo, start: date) -> None:
        self._starts.remove((c.start, c.idx))
        c.start = start
        bisect.insort(self._starts, (start, c.idx))
        self._covering.clear()
        self._covering_at.clear()

    def setting_off(self, d: date, origin: Place | None, days: int = 1) -> CaravanInfo | None:
        """A caravan known from actual departures that set off within ``days`` of day d from a place compatible
        with ``origin``: the one a plan to leave that day came true as (the earliest such)."""
        k = bisect.bisect_left(self._starts, (d - timedelta(days=days), -1))
        while k < len(self._starts) and self._starts[k][0] <= d + timedelta(days=days):
            c = self.items[self._starts[k][1]]
            if not c.implicit and origin is not None and c.origin is not None and _origin_ok(c.origin, origin):
                return c
            k += 1
        return None

    def set_off_on(self, d: date) -> list[CaravanInfo]:
        """The caravans known from actual departures from a named place that set off on day d."""
        k = bisect.bisect_left(self._starts, (d, -1))
        out = []
        while k < len(self._starts) and self._starts[k][0] == d:
            c = self.items[self._starts[k][1]]
            if not c.implicit and c.origin is not None:
                out.append(c)
            k += 1
        return out

    def covering(self, d: date) -> CaravanInfo | None:
        """The caravan under way on day d: the latest one that set off by then (remembered per day until
        the caravans change)."""
        try:
            return self._covering[d]
        except KeyError:
            got = self._covering[d] = self._find_covering(d)
            return got

    def _find_covering(self, d: date) -> CaravanInfo | None:
        k = bisect.bisect_right(self._starts, (d + timedelta(days=self.before), 1 << 30)) - 1
        while k >= 0:
            start, idx = self._starts[k]
            c = self.items[idx]
            if d <= start + timedelta(days=self.cover if not c.implicit else self.implicit_join):
                return c
            return None
        return None

    def reachable(self, c: CaravanInfo, d: date, at: Place | None, per_day: float | None = None) -> bool:
        """Could caravan ``c`` be at ``at`` on day d, at most ``max_km_per_day`` (or ``per_day``) from its
        origin per day on the road?  (Unknown places and origins: yes.)"""
        o = c.origin
        if at is None or o is None or at.lat is None or o.lat is None:
            return True
        key = (id(o), id(at))
        km = self._km.get(key, _NOT_YET)
        if km is _NOT_YET:
            # (a country is reached at its nearest place, not at the capital its point stands for)
            km = self._km[key] = km_to_country(o.lat, o.lon, at.country) if at.kind == "country" and at.country \
                else distance_km(o, at)
        return km is None or km <= ((d - c.start).days + 1) * (per_day or self.max_km_per_day)

    def covering_at(self, d: date, at: Place | None) -> CaravanInfo | None:
        """The newest caravan under way on day d that can have reached ``at`` by then; the newest under way
        when none can (or the place is unknown).  Remembered per (day, place) until the caravans change."""
        if at is None or at.lat is None:
            return self.covering(d)
        key = (d, id(at))
        got = self._covering_at.get(key, _NOT_YET)
        if got is _NOT_YET:
            under_way = self.all_covering(d)
            # at a caravan's usual pace first: a group that left San Salvador on Oct. 31 is not the one in
            # Mexico City on Nov. 4 when the caravan that left San Pedro Sula on Oct. 13 is also on the road
            got = next((c for c in reversed(under_way) if self.reachable(c, d, at, self.pace_km_per_day)), None)
            if got is None:
                got = next((c for c in reversed(under_way) if self.reachable(c, d, at)), None)
            if got is None:
                got = self.covering(d)
            self._covering_at[key] = got
        return got

    def covering_for(self, r: Rec | Slim) -> CaravanInfo | None:
        """``covering_at`` for a mention, preferring, when its sentence names the group's nationality, the
        newest caravan under way that set off from that country ("the new group, mostly Hondurans, reached
        Tecun Uman on Thursday" while a Salvadoran group is also on the road)."""
        if r.nation:
            fits = [c for c in reversed(self.all_covering(r.start)) if c.origin is not None
                    and c.origin.country == r.nation and self.reachable(c, r.start, r.loc)]
            if fits:
                return fits[0]
        return self.covering_at(r.start, r.loc)

    def all_covering(self, d: date) -> list[CaravanInfo]:
        """Every caravan under way on day d (set off at most ``cover_before_days`` after it, and d within the
        days it covers)."""
        k = bisect.bisect_right(self._starts, (d + timedelta(days=self.before), 1 << 30))
        lo = bisect.bisect_left(self._starts, (d - timedelta(days=max(self.cover, self.implicit_join)), -1))
        out = []
        for start, idx in self._starts[lo:k]:
            c = self.items[idx]
            if d <= start + timedelta(days=self.cover if not c.implicit else self.implicit_join):
                out.append(c)
        return out

    def route_rank(self, p: Place | None) -> int:
        """How far along the route to the United States a place's country lies (route_order in merge.yaml;
        unknown: the start, 1)."""
        return self._route.get(p.country, 1) if p is not None and p.country else 1

    def entered_then(self, c: CaravanInfo, entry: tuple) -> bool:
        """Could caravan ``c`` have entered the route country of ``entry`` (record, country) on its dates: set
        off at most ``route_entry_days`` before (or after: members cross, then gather)?  A caravan that set
        off inside that country never enters it: no constraint."""
        r, country = entry
        if c.origin is not None and c.origin.country == country:
            return True
        days = timedelta(days=self.entry_days)
        return c.start - days <= r.end and r.start <= c.start + days

    def past_first_border(self, c: CaravanInfo, r: Rec | Slim) -> bool:
        """Is ``r`` told in the first country on caravan ``c``'s route (Guatemala, for a caravan from Honduras),
        or by the border into Mexico it crosses next, more than ``route_entry_days`` after ``c`` set off?  A
        caravan is through them within weeks: a mention there months on is of another group ("humanitarian
        visitor cards on the Rodolfo Robles bridge from Jan. 17" [2019] is not the caravan that left San Pedro Sula
        in October 2018)."""
        at, o = r.loc, c.origin  # (a caravan from no known place set off at the route's start: route_rank)
        if r.at_entry and r.start is not None and (at is None or at.kind == "country") and \
                (at is None or at.country in self.entry_countries and self.route_rank(at) > self.route_rank(o)):
            # the state's papers for a caravan, told with no place or only the country's: handed where it entered,
            # at its first border ("Mexico began handing one-year visitor cards to Hondurans" in January 2019 is not
            # the caravan of October 2018)
            return r.start > c.start + timedelta(days=self.entry_days)
        if at is None or not at.country or at.country not in self.entry_countries or r.start is None:
            return False
        if r.start <= c.start + timedelta(days=self.entry_days):
            return False
        ra, ro = self.route_rank(at), self.route_rank(o)
        return ra == ro + 1 or (ra > ro and self._by_first_border(at))

    def _by_first_border(self, p: Place) -> bool:
        """Is ``p`` by the border the caravans from Central America cross into Mexico (``first_border``:
        Ciudad Hidalgo, Tapachula and the coast of Chiapas up to Pijijiapan)?"""
        km = distance_km(p, self.first_border)
        return km is not None and km <= self.first_border_km

    def could_be(self, c: CaravanInfo, start: date, end: date, departure: bool = True) -> bool:
        """Whether a mention dated [start, end] could be of caravan ``c``: not after the days it covers, and
        not more than ``cover_days`` before it set off (a source may misdate its departure: "since departing
        Honduras in mid-July" for a caravan that left in October); anything else than a departure not more
        than ``depart_join_days`` before it set off ("contrasted with October, when police held back a
        caravan on the same bridge", told of a caravan that set off in January)."""
        span = self.cover if not c.implicit else self.implicit_join
        back = self.cover if departure else self.join
        return start <= c.start + timedelta(days=span) and end >= c.start - timedelta(days=back)

    def under_way(self, c: CaravanInfo, start: date, end: date | None) -> bool:
        """Is caravan ``c`` under way for a mention dated [start, end]: set off by then (give or take
        ``cover_before_days``) and not past the days it covers?"""
        return start >= c.start - timedelta(days=self.before) and self.could_be(c, start, end or start)

    def earlier_than(self, main: CaravanInfo | None, d: date | None) -> CaravanInfo | None:
        """A caravan that set off before ``main`` and covers d (or the latest such).

        The latest caravan, in (start, creation) order, that set off at least 14 days before ``main`` and
        covers d; only the starts that can cover d are looked at (bisection), not every caravan."""
        starts = self._starts
        hi = len(starts) if main is None else bisect.bisect_left(starts, (main.start - timedelta(days=14), -1))
        if d is None:
            return self.items[starts[hi - 1][1]] if hi > 0 else None
        # start - implicit_join <= d <= start + span, span <= max(cover, implicit_join)
        hi = min(hi, bisect.bisect_right(starts, (d + timedelta(days=self.implicit_join), 1 << 30)))
        lo = bisect.bisect_left(starts, (d - timedelta(days=max(self.cover, self.implicit_join)), -1))
        loose = None
        for k in range(hi - 1, lo - 1, -1):
            start, idx = starts[k]
            c = self.items[idx]
            span = self.cover if not c.implicit else self.implicit_join
            if start <= d <= start + timedelta(days=span):
                return c
            if loose is None and start - timedelta(days=self.implicit_join) <= d <= start + timedelta(days=span):
                # (a caravan first dated a little after d: only if none had set off by then -- "the first
                # caravan forced the gate" on 19 October is not the second one, first told on the 28th)
                loose = c
        return loose


def assign(recs: list[Rec] | list[Slim], by_article: dict[str, Sequence[int]]
           ) -> tuple[Caravans, list[tuple[int, str, str]]]:
    """Set ``rec.caravan`` for every record (a ``Rec`` or the ``Slim`` part of it: what is read here); returns
    the caravans and notes (record number ``order``, kind, reason).  ``by_article``: the record numbers of
    every article, in input order."""
    cv = Caravans()
    notes: list[tuple[int, str, str]] = []
    for r in recs:  # the length of every claim, once
        r.nd = r.days
    # 1. departures
    crossed_into: dict[tuple[str, str], list[date]] = {}  # (article, transit country) -> crossings into it
    for r in recs:
        if r.type == "cross_border" and r.actual and r.start is not None and r.loc is not None \
                and r.loc.country in TRANSIT and r.strength == STRONG:
            crossed_into.setdefault((r.article, r.loc.country), []).append(r.start)
    deps = [r for r in recs if r.type == "depart" and r.actual and r.start is not None and r.nd is not None and (
        (r.strength == STRONG and r.nd <= 7) or _fresh_start(r))]
    rank = cv.route_rank
    # precise ones first; those from the start of the route (Honduras, El Salvador) before those from a
    # country the caravans cross (Guatemala): a caravan leaving Esquipulas the day it left San Pedro Sula
    # is the Honduran one on its way, not another; a departure told as a later group's ("a second group
    # that departed on Tuesday") after the departures it comes after
    deps.sort(key=lambda r: (r.strength != STRONG, r.nd > 2, _newer(r), rank(_dep_origin(r)), r.start, r.order))
    # "A second group that departed on Tuesday" (no place): from where the article's other departures set off,
    # when they all set off from one town
    towns: dict[str, set[tuple[str, str | None]]] = {}
    town_of: dict[tuple[str, str | None], Place] = {}
    for r in deps:
        if r.origin is not None and r.origin.kind in ("city", "town") and not r.earlier:
            key = (r.origin.name, r.origin.country)
            towns.setdefault(r.article, set()).add(key)
            town_of[key] = r.origin
    queue = deque(deps)
    deferred: set[int] = set()
    newer_seeds: set[int] = set()  # the caravans a newer group's departure started ("Another set off on Sept. 4")
    while queue:
        r = queue.popleft()
        if r.strength != STRONG and r.origin is None and r.order not in deferred:
            deferred.add(r.order)  # (from no town named: after the departures dated by their own days, as below)
            queue.append(r)
            continue
        if r.strength != STRONG:
            # dated by its context: it only starts a caravan when none can be the one leaving ("When the latest
            # caravan left San Pedro Sula, its first groups on the night of Monday, Jan. 14", in an editorial
            # that mostly tells the caravan of October: not that caravan, three months on the road)
            cur = cv.covering(r.start)
            stale = cur is not None and r.start > cur.start + timedelta(days=cv.waypoint_before)
            if stale:
                cur = None
            if cur is None and r.origin is None and not stale:
                continue  # (from no town named, with no caravan on the road for months to tell apart: left to step 3)
            if cur is None:
                # ("Last Friday he was walking to that room before first light when a caravan pulled out of the central
                # square", told in January: not the caravan of November, two months on the road)
                r.caravan = cv.new(r.start, False, r.origin).idx
                where = r.origin.name if r.origin is not None else "a place not named"
                notes.append((r.order, "attached-caravan", f"leaving {where} on {r.start} (dated by its context) when "
                              f"no caravan was under way: caravan #{r.caravan}"))
            elif _same_town(r.origin, cur.origin) and r.start <= cur.start + timedelta(days=cv.join):
                # "In El Salvador that same day, ... some 300 people set out north from the great square of the
                # capital" (dated by its context, a day after another text's departure from San Salvador): that
                # caravan's leaving, whatever caravan its article mostly tells
                r.caravan = cur.idx
                notes.append((r.order, "attached-caravan", f"leaving {r.origin.name} on {r.start} (dated by its "
                              f"context): caravan #{cur.idx}, which set off from there on {cur.start}"))
            continue
        org = _dep_origin(r)
        if org is None and _newer(r) and len(towns.get(r.article, ())) == 1:
            org = town_of[next(iter(towns[r.article]))]
        best = None
        lo = bisect.bisect_left(cv._starts, (r.start - timedelta(days=cv.join), -1))
        hi = bisect.bisect_right(cv._starts, (max(r.end, r.start + timedelta(days=cv.join)), 1 << 30))
        for _, idx in sorted(cv._starts[lo:hi], key=lambda si: si[1]):  # creation order, as before
            c = cv.items[idx]
            if c.implicit:
                continue
            if _newer(r) and c.start < r.start - timedelta(days=LATER_SLACK_DAYS):
                continue  # "another caravan set out from San Pedro Sula on Sunday": not the one under way
            if c.idx in newer_seeds and r.start < c.start - timedelta(days=LATER_SLACK_DAYS):
                continue  # ... nor is a departure days before it ("The first of them left on Aug. 28")
            if (org is None or org.country in TRANSIT) and not _newer(r) and r.nd <= 2 \
                    and r.start >= c.start + timedelta(days=cv.waypoint_after):
                continue  # "regrouped in this river town and set off toward Tapachula" on day 8: a waypoint (below)
            if _same_town(org, c.origin) and r.nd <= 2 and abs((r.start - c.start).days) >= cv.waypoint_after:
                continue  # a group setting out from the town a caravan left days before (or after): another caravan
            if abs((r.start - c.start).days) <= cv.join or (r.nd > 2 and r.start <= c.start <= r.end):
                if _origin_ok(org, c.origin):
                    best = c
                    break
        if best is not None:
            r.caravan = best.idx
            if org:
                best.add_origin(org)
            if r.nd <= 2 and r.start < best.start:
                cv._restart(best, r.start)
            continue
        cur = cv.covering(r.start)
        if cur is not None and r.start > cur.start + timedelta(days=cv.waypoint_before):
            cur = None  # on the road for months: not that caravan leaving a stop
        # (not a caravan named by the day it set out: "From the caravan of Nov. 5 she got back a gourd")
        waypoint = cur is not None and not _newer(r) and r.start >= cur.start + timedelta(days=cv.waypoint_after) and (
            org is None or (org.country in TRANSIT)) and not _same_town(org, cur.origin) and not r.named_by_day and \
            not _past_hub_stay(cv, org, r.start, cur) and \
            not (org is None and r.into is not None and r.into not in TRANSIT and
                 r.start > cur.start + timedelta(days=cv.heading_home))
        if not waypoint and cur is not None and not _newer(r) and not cur.implicit and r.start >= cur.start and \
                cur.origin is not None and rank(org) > rank(cur.origin) and not _past_hub_stay(cv, org, r.start, cur):
            # "left at dawn from Esquipulas" (Guatemala) while the caravan that left San Pedro Sula is on the
            # road: further along the route than its origin, a waypoint
            waypoint = True
        if not waypoint and r.origin is not None and r.origin.country in TRANSIT:
            # "crossed from Guatemala into Mexico on April 12 ... had left Huixtla before dawn" (April 21): a
            # departure from a transit country after its article tells of the crossing into it
            # (a crossing of the same caravan: not years before, in an explainer's chronology)
            waypoint = any(r.start - timedelta(days=cv.waypoint_before) <= e < r.start
                           for e in crossed_into.get((r.article, r.origin.country), ()))
        if waypoint:
            # (which caravan is left to step 3: the article's own if it is under way, as for its other mentions)
            r.retyped_from = "depart"
            r.type = "march"
            why = (f"while caravan #{cur.idx} (set off {cur.start}) was under way" if cur is not None else
                   "after the article tells of the crossing into that country")
            notes.append((r.order, "attached-caravan",
                          f"leaving {r.origin.name if r.origin else 'a stop'} on {r.start} {why}: a waypoint, "
                          f"counted as a march"))
            continue
        if r.nd > 2:
            continue  # week-level departures join, never start, a caravan
        if org is None and r.order not in deferred:
            # from nowhere named: it starts a caravan only if none of the departures from named places (taken
            # first along the route) can be the one it tells ("watched the walkers set off from there for the
            # port" at Tijuana on April 29: the Via Crucis caravan that left Tapachula on March 25)
            deferred.add(r.order)
            queue.append(r)
            continue
        c = cv.new(r.start, False, org)
        r.caravan = c.idx
        if _newer(r):
            newer_seeds.add(c.idx)
    made_for_nation = _nation_caravans(cv, recs, notes)
    # 2. main caravan per article
    main: dict[str, CaravanInfo | None] = {}
    pending: list[tuple[date, str]] = []
    for art, idxs in by_article.items():
        votes: Counter[int] = Counter()
        first_vote: dict[int, int] = {}  # caravan -> rank of its first vote in the article (ties: the lead's)
        pub = None
        told: list[Place] = []  # where the article says its caravan set off from
        for i in idxs:
            r = recs[i]
            pub = r.published or pub
            nd = r.nd
            if r.type == "depart" and r.actual and not r.earlier and not r.later and r.origin is not None:
                told.append(r.origin)
            if r.type == "depart" and r.caravan >= 0 and not r.earlier and (not r.later or i == idxs[0]):
                # (a "third caravan" that sets off in the article's first mention is the article's subject)
                votes[r.caravan] += DEPART_VOTE  # the caravan whose departure the article tells
                first_vote.setdefault(r.caravan, len(first_vote))
                continue
            if r.type == "depart" and r.caravan < 0 and (c := _vague_departure_of(cv, r)) is not None:
                # "nearly three months after their caravan left Honduras" (late Sept. to mid-Oct.): the one
                # known caravan that set off from there in that span
                votes[c.idx] += DEPART_VOTE
                first_vote.setdefault(c.idx, len(first_vote))
                continue
            if not r.actual or r.earlier or r.later or r.start is None or nd is None or nd > 7:
                continue
            if r.strength < MEDIUM:
                continue
            # the newest caravan under way that day that can have reached the place (a small group that set
            # off from San Salvador yesterday is not at the Tijuana border fence)
            c = cv.covering_for(r)
            if c is not None:
                votes[c.idx] += 2 if r.strength == STRONG else 1
                first_vote.setdefault(c.idx, len(first_vote))
        entry = _route_entry(recs, idxs, cv.entry_countries)
        if votes:
            # a tie goes to the caravan the article names first (the lead tells what the story is about)
            ranked = sorted(votes.items(), key=lambda kv: (-kv[1], first_vote[kv[0]]))
            if told:
                # "... nearly three months after their caravan left Honduras": not the caravan that set off
                # from El Salvador meanwhile, however many of the article's dates it covers
                fit = [kv for kv in ranked if any(_origin_ok(o, cv.items[kv[0]].origin) for o in told)]
                ranked = fit or ranked
            if entry is not None:
                fits = [kv for kv in ranked if cv.entered_then(cv.items[kv[0]], entry)]
                if not fits:
                    # "Most of its members ... entered Mexico through Ciudad Hidalgo in mid-January": a caravan
                    # enters the countries on its route within weeks of setting off, so the caravan told here is
                    # none of those that set off months before -- a caravan of its own, origin unknown
                    c = next((x for x in reversed(cv.all_covering(entry[0].start)) if cv.entered_then(x, entry)), None)
                    if c is None:
                        c = cv.new(entry[0].start, False)
                    main[art] = c
                    notes.append((entry[0].order, "attached-caravan",
                                  f"entering {entry[1]} on {entry[0].value or entry[0].start}: no caravan that set off "
                                  f"more than {cv.entry_days} days before; caravan #{c.idx} (from {c.start})"))
                    continue
                ranked = fits
            main[art] = cv.items[ranked[0][0]]
            continue
        c = cv.covering(pub) if pub else None
        if c is not None:
            main[art] = c
            continue
        # implicit caravan: anchored on the article's earliest precise date, else its publication
        ds = sorted(recs[i].start for i in idxs if recs[i].actual and not recs[i].earlier and recs[i].start
                    and recs[i].precise and recs[i].strength >= MEDIUM)
        d = ds[0] if ds else pub
        if d is None:
            main[art] = None
        else:
            pending.append((d, art))
    implicit: list[CaravanInfo] = []  # in creation order, starts ascending (pending is sorted by date)
    for d, art in sorted(pending):
        c = None
        for x in reversed(implicit[-8:]):
            if abs((x.start - d).days) <= cv.implicit_join:
                c = x
                break
        if c is None:
            c = cv.covering(d)
            if c is None:
                c = cv.new(d, True)
                implicit.append(c)
        main[art] = c
    # 3. every mention
    later_made: dict[str, list[CaravanInfo]] = {}  # article -> newer caravans its "second group" mentions made
    later_ids: set[int] = set()  # the caravans made for those mentions
    later_nation: dict[int, str] = {}  # ... the nationality of the group each was made for, when its text named one

    def newer_made(d: date, fits) -> CaravanInfo | None:
        """The caravan made for a newer group within ``implicit_join`` days of d whose index ``fits``."""
        return next((cv.items[i] for i in later_ids if fits(i) and
                     abs((cv.items[i].start - d).days) <= cv.implicit_join), None)

    def new_newer(d: date, nation: str | None) -> CaravanInfo:
        """A caravan for a newer group a text tells of from day d, remembered with the group's nationality."""
        c = cv.new(d, True)
        later_ids.add(c.idx)
        if nation:
            later_nation[c.idx] = nation
        return c

    # (article, sentence, told as a newer group's, told as an earlier group's) -> caravans of the departures it tells
    told_in: dict[tuple[str, int, bool, bool], set[int]] = {}
    vague_of: dict[int, CaravanInfo | None] = {}  # record order -> the caravan of a vaguely dated departure
    for r in recs:
        if r.type == "depart" and r.caravan < 0:
            vague_of[r.order] = _vague_departure_of(cv, r)
        if r.type == "depart" and r.actual:
            c = cv.items[r.caravan] if r.caravan >= 0 else vague_of[r.order]
            if c is not None:
                told_in.setdefault((r.article, r.sentence, r.later, r.earlier), set()).add(c.idx)
    topic_of = _topics(cv, recs)
    moved: dict[tuple[str, date], tuple[int, CaravanInfo]] = {}  # (type, day) -> (caravan left, caravan taken)
    moved_at: dict[tuple[str, int], tuple[int, CaravanInfo]] = {}  # (article, sentence) -> the same
    newer_told: dict[str, tuple[CaravanInfo, int]] = {}  # article -> the newer caravan its last "second group" took
    recs_of: dict[str, list[Rec | Slim]] = {}  # article -> its records
    for r in recs:
        recs_of.setdefault(r.article, []).append(r)
    for r in recs:
        if r.caravan >= 0:
            continue
        m = main.get(r.article)
        got = newer_told.get(r.article)
        if got is not None and not r.earlier and not r.later and not r.nation and r.actual and \
                r.start is not None and r.sentence - got[1] <= NEWER_GOES_ON_SENTENCES and \
                0 <= (r.start - got[0].start).days <= NEWER_GOES_ON:
            # "Last Sunday a second group of Hondurans ... found the gate on the bridge locked. Stones flew, tear
            # gas drifted over the water, and the walkers spent that night on the bridge": the newer group goes on
            r.caravan = got[0].idx
            notes.append((r.order, "attached-caravan", f"dated {r.start}, right after a mention of the newer caravan "
                          f"#{got[0].idx} (from {got[0].start})"))
            continue
        own = told_in.get((r.article, r.sentence, r.later, r.earlier))
        if own is not None and len(own) == 1 and r.type != "depart":
            c = cv.items[next(iter(own))]
            # (an earlier group's only on or after the day it set off: not "the one that crossed on Oct. 20, and later
            # a group that had set out on Oct. 28")
            if r.start is None:
                fits = not r.earlier
            else:
                fits = cv.under_way(c, r.start, r.end) and not (r.earlier and r.start < c.start)
            if fits:
                # "The caravan that left Honduras in mid-October spent Tuesday resting in this Oaxaca town": the
                # caravan whose departure its sentence tells (a newer group's: "Another set off on Sept. 4 and was
                # scattered the same day"; an earlier one's: "a first caravan of Salvadorans left their capital ...,
                # roughly 300 of them")
                r.caravan = c.idx
                continue
        if r.earlier:
            d = r.start
            c = cv.earlier_than(m, d)
            if c is None and d is not None and m is not None and cv.under_way(m, d, r.end):
                c = m  # "the main caravan ... arrived in Juchitan on Sunday" in an article about that caravan
            elif c is None and d is not None and (m is None or m.start < d) and (under := cv.all_covering(d)):
                # the article's own caravan had ended by then (a choir's calendar of November 2018 that also tells
                # the spring's Via Crucis): "the first caravan had reached the stadium in Mexico City" on 4
                # November is the first of those under way that day
                c = under[0]
            elif c is None and d is not None:
                c = cv.new(date(d.year, d.month, 1), True)
            if r.later and r.actual and r.type != "depart" and c is not None and d is not None and \
                    (d > c.start + timedelta(days=LATER_OWN_DAYS) or _from_other_home(c, r)):
                # "the second caravan of October 2018, which Mexican federal police stopped on the Rodolfo Robles
                # bridge on Oct. 28": a newer caravan than the one under way since the 12th (one per few days,
                # whichever text told it first); so is "a second Honduran column" on the day Salvadorans set off
                c = newer_made(d, lambda i: _nation_fits(cv.items[i], r)) or new_newer(d, r.nation)
            if c is not None:
                r.caravan = c.idx
                if r.type == "depart" and r.origin is not None and c.implicit:
                    c.add_origin(r.origin)  # "The first caravan, which left San Pedro Sula on Oct. 13"
                notes.append((r.order, "attached-caravan",
                              f"the text attributes it to an earlier caravan; dated {r.value or r.start}: "
                              f"caravan #{c.idx} (from {c.start})"))
                continue
        nd = r.nd
        if r.later and r.start is not None and r.actual and r.type != "depart":
            # "A second caravan ... crossed the Suchiate on Sunday": the newest caravan under way that day,
            # if it is newer than the article's own, else a new one
            c = cv.covering_for(r) if r.nation else cv.covering(r.start)
            if c is not None and _from_other_home(c, r):
                c = None  # ("a second Honduran column reached the bridge" on the day a Salvadoran one set off)
            if c is not None and c.start > r.start and c.idx not in later_ids:
                # (not a caravan that set off only after that day: "nine days later the second waded over" on Oct.
                # 29 is not the group that left San Salvador on the 31st; a newer group another text told from the
                # day after may be this one)
                c = next((x for x in reversed(cv.all_covering(r.start)) if x.start <= r.start), None)
            # "Hundreds of migrants from a new caravan walked across the bridge" in an article about a caravan
            # that set off days before: that caravan (not a group that set off since, of another nationality)
            own_new = m is not None and m.start <= r.start <= m.start + timedelta(
                days=LATER_OWN_DAYS) and _nation_fits(m, r)
            if own_new:
                c = m
            before_own = m is not None and c is not None and r.start < m.start - timedelta(days=cv.waypoint_before) \
                and _nation_fits(c, r) and c.start <= r.start <= c.start + timedelta(days=LATER_OWN_DAYS)
            if not own_new and not before_own and (c is None or (m is not None and c.start <= m.start) or
                                                   _told_before(recs_of[r.article], r, c.idx)):
                # (own_new: "an effort to form a new caravan", days after it set off, is the article's own;
                # before_own: a "second group" told of a time long before the article's own caravan set off, as in
                # an explainer's chronology, is the caravan under way then, if that one had set off days before:
                # "a second caravan clashed with federal police on the bridge" on 28 October 2018 is not the one
                # that left San Pedro Sula on the 12th)
                # one newer caravan per article and few days: "A second group ... crossed into Mexico on Monday
                # after clashing with police on the bridge" is one group
                made = later_made.setdefault(r.article, [])
                c = next((x for x in made if abs((x.start - r.start).days) <= cv.implicit_join), None)
                if c is None and r.nation:
                    # ... and the newer caravan of one nationality another text told in those days: "His buyers
                    # were Hondurans of the second caravan" here, "The second Honduran column" there
                    c = newer_made(r.start, lambda i: later_nation.get(i, r.nation) == r.nation)
                    if c is not None:
                        made.append(c)
                elif c is None:
                    # ... or, of no nationality, the newer caravan another text told on those very days ("nine days
                    # later the second waded over" here, "the second Honduran column forded the river" there)
                    c = next((cv.items[i] for i in later_ids
                              if abs((cv.items[i].start - r.start).days) <= LATER_SLACK_DAYS), None)
                    if c is not None:
                        made.append(c)
                if c is None:
                    c = new_newer(r.start, r.nation)
                    made.append(c)
            r.caravan = c.idx
            if c in later_made.get(r.article, ()):
                newer_told[r.article] = (c, r.sentence)
            notes.append((r.order, "attached-caravan",
                          f"the text tells of a newer caravan; dated {r.start}: caravan #{c.idx} (from {c.start})"))
            continue
        if r.type == "depart" and r.actual and r.start is not None and nd is not None and nd <= 1 and \
                r.origin is not None and r.origin.kind in ("city", "town") and \
                (c := cv.setting_off(r.start, r.origin, days=0)) is not None:
            # "A column that had quit the Salvadoran capital on Wednesday" (Oct. 31), told of no caravan: the one
            # that set off from that town that very day, not one that left it three days before
            r.caravan = c.idx
            notes.append((r.order, "attached-caravan", f"leaving {r.origin.name} on {r.start}: caravan #{c.idx}, "
                          f"which set off from there that day"))
            continue
        if r.type == "depart" and r.actual and r.later and r.origin is None and r.start is not None and \
                nd is not None and nd <= 1 and len(same_day := cv.set_off_on(r.start)) == 1:
            # "he was at the bus station when a new caravan formed in the streets around it and walked off" on Nov.
            # 5 (dated by its context, no town named): the one caravan known to have set off that day
            r.caravan = same_day[0].idx
            notes.append((r.order, "attached-caravan", f"a newer caravan leaving on {r.start}: caravan #{r.caravan}, "
                          f"the one that set off that day"))
            continue
        if r.start is not None and r.strength >= MEDIUM and nd is not None and nd <= 7 and r.actual:
            c = cv.covering_for(r)
            if c is not None and cv.past_first_border(c, r):
                # on the route's first border months after that caravan set off: a caravan of its own, the one
                # entering then (as for an article's own entry, step 2)
                at = r.loc or cv.first_border  # (the state's papers told with no place: at the first border)
                entry = (r, at.country)
                moved[(r.type, r.start)] = moved_at[(r.article, r.sentence)] = (c.idx, c := next(
                    (x for x in reversed(cv.all_covering(r.start)) if cv.entered_then(x, entry)), None) or
                    cv.new(r.start, True))
                r.caravan = c.idx
                notes.append((r.order, "attached-caravan",
                              f"in {at.name} on {r.start}, more than {cv.entry_days} days after the caravan "
                              f"under way set off: caravan #{c.idx} (from {c.start})"))
                continue
            if c is not None and c.idx in later_ids and c not in later_made.get(r.article, ()):
                # a "second caravan" another article tells of covers its own days, not every mention of those
                # days: "El Chaparral — Sunday 25 November. The march toward the port" in a play's scene list is
                # the caravan under way before it, when one is (and not at its first border months on: the
                # caravan of January is not the one police broke apart outside Pijijiapan on Easter Sunday)
                c = next((x for x in reversed(cv.all_covering(r.start)) if x.idx not in later_ids
                          and cv.reachable(x, r.start, r.loc) and not cv.past_first_border(x, r)), c)
            t = topic_of.get(r.order)
            if t is not None and t is not m and not r.nation and r.type != "statement" and c is not None and \
                    not _same_town(t.origin, c.origin) and abs((t.start - c.start).days) <= TOPIC_CONCURRENT_DAYS and \
                    cv.under_way(t, r.start, r.end) and \
                    cv.reachable(t, r.start, r.loc, cv.pace_km_per_day) and not _newly_set_off(cv, t, c, r):
                # "The first Honduran caravan began pitching its tents at the sports complex on Nov. 16. ... On
                # Sunday, Nov. 25, a march toward the crossing broke up in tear gas": the caravan the text is
                # telling, though a Salvadoran group the article also tells was in the city too
                r.caravan = t.idx
                notes.append((r.order, "attached-caravan", f"dated {r.start}, told right after a mention of caravan "
                              f"#{t.idx} (from {t.start}), which was under way then"))
                continue
            if m is not None and not m.implicit and cv.under_way(m, r.start, r.end) and \
                    cv.reachable(m, r.start, r.loc) and _nation_fits(m, r) and not _succeeded(cv, m, c) and \
                    not _newly_set_off(cv, m, c, r) and not _outpaced(cv, m, c, r) and not cv.past_first_border(m, r):
                # the article's own caravan, still under way (a newer one set off meanwhile; not at its first border
                # months on: "stopped the column ... near Pijijiapan" on April 22 is not the caravan of January)
                r.caravan = m.idx
                continue
            if c is not None:
                r.caravan = c.idx
                continue
        if r.type == "depart" and not r.actual and r.start is not None and nd is not None and nd <= 2 and \
                (c := cv.setting_off(r.start, r.origin)) is not None:
            # "calling for a second caravan to leave Tapachula on Nov. 5", and another article tells a caravan
            # leaving Tapachula on Nov. 5: the plan is that caravan's, whatever the article's own
            r.caravan = c.idx
            notes.append((r.order, "attached-caravan",
                          f"a planned departure from {r.origin.name} on {r.start}: caravan #{c.idx}, which set off "
                          f"from there on {c.start}"))
            continue
        if m is not None and r.start is not None and r.end is not None and r.strength >= MEDIUM and not cv.could_be(
                m, r.start, r.end, r.type == "depart"):
            # "In October 2018, a caravan of some 7,000 people crossed Guatemala", told in an article about the
            # January 2020 caravan: dated wholly outside the article's caravan, it belongs to another one
            c = cv.covering(r.start)
            if c is not None and c.start < r.start and r.end > r.start:
                # "tear gas at the January 2021 caravan" (2021-01): a caravan that set off within the month, not
                # the one of the autumn before still counted as under way on its first day
                inside = [x for x in cv.all_covering(r.end) if r.start <= x.start <= r.end and x is not m]
                c = min(inside, key=lambda x: (x.start, x.idx)) if inside else c
            if c is not None and c.idx in later_ids and c not in later_made.get(r.article, ()):
                # (as below: another article's "second caravan" covers its own days, not every mention of them)
                c = next((x for x in reversed(cv.all_covering(r.start)) if x.idx not in later_ids and x is not m
                          and cv.reachable(x, r.start, r.loc)), c)
            if c is None or c is m:
                # "In October 2018": the first caravan that set off in the month
                c = min(cv.all_covering(r.end), key=lambda x: (x.start, x.idx), default=None)
            if c is None or c is m:
                c = cv.new(date(r.start.year, r.start.month, 1), True)
            r.caravan = c.idx
            notes.append((r.order, "attached-caravan",
                          f"dated {r.value or r.start}, outside the article's caravan #{m.idx} (from {m.start}): "
                          f"caravan #{c.idx} (from {c.start})"))
            continue
        if m is not None and r.start is not None and r.end is not None and r.end < m.start and r.strength >= MEDIUM:
            # "The largest group left on Oct. 13 and arrived in Tijuana in mid-November", told in an article
            # about a caravan that set off in January: wholly before the article's caravan, a caravan under
            # way then takes it
            c = cv.covering(r.start)
            if c is not None and c is not m and c.start <= r.start:
                r.caravan = c.idx
                notes.append((r.order, "attached-caravan",
                              f"dated {r.value or r.start}, before the article's caravan #{m.idx} set off ({m.start}): "
                              f"caravan #{c.idx} (from {c.start}), under way then"))
                continue
        if m is not None and r.start is not None and r.actual and r.strength >= MEDIUM and \
                (c := cv.covering(r.start)) is not None and _succeeded(cv, m, c) and cv.under_way(c, r.start, r.end):
            # "A new group left San Pedro Sula on Jan. 15, 2019 ... His government briefly handed out humanitarian
            # visas ... closed at the end of January" (late January) in an article about the caravan of October
            # 2018: a caravan that set off from its town since covers the days, not the one months on the road
            r.caravan = c.idx
            continue
        if r.type == "depart" and (c := vague_of.get(r.order)) is not None:
            # "The caravan that left Honduras in mid-October spent Tuesday resting in this Oaxaca town": the one
            # known caravan that set off from there in that span, whatever the article's main caravan
            r.caravan = c.idx
            continue
        r.caravan = m.idx if m is not None else -1
    for r in recs:
        # the same kind of event on the same day, told with no nationality ("Mexican officials gave humanitarian
        # visas to anyone who queued on the bridge" on Jan. 17), goes with the caravan made for the group of one
        # nationality another text told it of ("handing visitor cards to Hondurans queuing at the bridge"); the
        # state's papers that day, whoever a text names beside them, are the same papers
        got = made_for_nation.get((r.type, r.start)) if (not r.nation or r.type == "asylum") and r.actual and \
            r.type != "depart" else None
        if got is not None and r.caravan != got:
            r.caravan = got
            notes.append((r.order, "attached-caravan", f"the same {r.type} on {r.start} as a group of one nationality "
                          f"told elsewhere: caravan #{got}"))
    if moved:
        # the same event told with no place ("issued humanitarian visitor cards on the bridge itself" on that day)
        # goes with the one told at the border, and so does what its sentence tells with no place ("the spring
        # caravan of 2019, then about 2,500 strong ..., when federal police stopped it near Pijijiapan")
        for r in recs:
            got = (moved.get((r.type, r.start)) or moved_at.get((r.article, r.sentence))) if r.loc is None else None
            if got is not None and r.caravan == got[0]:
                r.caravan = got[1].idx
    # waypoint departures that were not seeds (week-level, context-dated)
    for r in recs:
        if r.type != "depart" or r.caravan < 0 or r.start is None:
            continue
        c = cv.items[r.caravan]
        if c.implicit or (r.origin is not None and r.origin.country not in TRANSIT) or r.later or r.earlier or \
                (r.origin is None and r.strength < MEDIUM) or _same_town(r.origin, c.origin):
            continue  # (from a transit country, or from no named place on a day the text gives, as in step 1; not from
            # the town the caravan set off from)
        if c.start + timedelta(days=cv.waypoint_after) <= r.start <= c.start + timedelta(days=cv.waypoint_before):
            r.retyped_from = "depart"
            r.type = "march"
            notes.append((r.order, "attached-caravan",
                          f"leaving {r.origin.name if r.origin else 'a stop'} after caravan #{c.idx} set off "
                          f"({c.start}): a waypoint, a march"))
    _label(cv)
    return cv, notes


def _topics(cv: Caravans, recs: list[Rec] | list[Slim]) -> dict[int, CaravanInfo]:
    """Record order -> the caravan the text was telling just before it: that of the latest mention before it in its
    article, at most ``TOPIC_SENTENCES`` sentences back, whose own words say which caravan it is (a departure
    that started or joined a caravan; a group of one nationality, as the newest caravan of that nationality under
    way).  Records with such words of their own, or with no such mention before them, have none."""
    out: dict[int, CaravanInfo] = {}
    last: dict[str, tuple[CaravanInfo, int]] = {}
    for r in recs:
        if r.earlier or r.later or not r.actual:
            continue
        c = None
        if r.type == "depart" and r.caravan >= 0:
            c = cv.items[r.caravan]
        elif r.nation and r.start is not None and r.nd is not None and r.nd <= 7:
            c = next((x for x in reversed(cv.all_covering(r.start)) if x.origin is not None
                      and x.origin.country == r.nation and cv.reachable(x, r.start, r.loc)), None)
        if c is not None:
            last[r.article] = (c, r.sentence)
            continue
        got = last.get(r.article)
        if got is not None and r.sentence - got[1] <= TOPIC_SENTENCES:
            out[r.order] = got[0]
    return out


def _nation_caravans(cv: Caravans, recs: list[Rec] | list[Slim], notes: list[tuple[int, str, str]]
                     ) -> dict[tuple[str, date], int]:
    """A precisely dated mention of a group of one nationality, on a day no caravan of that nationality is
    under way, days before a caravan from another country set off, is a caravan of its own (origin: that
    country): "The order answered the Honduran caravan, which reached Tapachula on Sunday, Oct. 21", told
    beside a Salvadoran caravan that set off on the 31st, whose first days would otherwise take it.  So is one a day
    or two after such a caravan set off ("the Hondurans of the latest caravan" at the Mexican bridge on Jan. 17,
    the day after a Salvadoran group left San Salvador).  A group told as a newer one ("the Hondurans of a new
    caravan") joins a caravan made here for its nationality and days, and never starts one.  Returns (type, day)
    of each mention that made or joined such a caravan -> that caravan's number."""
    own: list[CaravanInfo] = []
    later = []
    made: dict[tuple[str, date], int] = {}  # (type, day) -> the caravan made for a group of one nationality
    for r in recs:
        if not r.nation or not r.actual or r.earlier or r.start is None or r.nd is None or r.nd > 7 \
                or r.strength < MEDIUM or r.type == "depart" or r.caravan >= 0:
            continue
        from_home = r.nation in _home_nations()
        if r.later:
            if from_home:
                later.append(r)
            continue
        if any(_nation_fits(c, r) and (not from_home or r.start <= c.start + timedelta(days=cv.waypoint_before))
               for c in cv.all_covering(r.start)):
            continue  # (a caravan months on the road is not a group from a home country that day: "the Hondurans of
            # the latest caravan" at the Mexican bridge on Jan. 17, 2019 are not those who left in October)
        # (or that set off a day or two before: still leaving its own country, "the Hondurans of the latest caravan"
        # at the Mexican bridge are not the Salvadorans who set off the day before)
        lo = bisect.bisect_left(cv._starts, (r.start - timedelta(days=cv.waypoint_after), -1))
        hi = bisect.bisect_right(cv._starts, (r.start + timedelta(days=cv.join), 1 << 30))
        if not any(not _nation_fits(c, r) for c in (cv.items[idx] for _, idx in cv._starts[lo:hi])):
            continue  # no caravan of another country about to set off: the article's own caravan, as before
        home = country_place(r.nation)
        # it set off at least as many days before as the road from home takes at a caravan's usual pace
        km = distance_km(home, r.loc) if home is not None and r.loc is not None and r.loc.lat is not None else None
        start = r.start - timedelta(days=math.ceil((km or 0) / cv.pace_km_per_day))
        c = next((x for x in own if x.origin is not None and x.origin.country == r.nation
                  and abs((x.start - start).days) <= cv.implicit_join), None)
        if c is None:
            c = cv.new(start, True, home)
            own.append(c)
        elif start < c.start:
            cv._restart(c, start)
        r.caravan = c.idx
        made[(r.type, r.start)] = c.idx
        notes.append((r.order, "attached-caravan", f"a {r.nation} group on {r.start}, before a caravan from "
                      f"another country set off: caravan #{c.idx} (from {c.start})"))
    for r in later:
        # "visas to the Hondurans of a new caravan on Jan. 17": a newer group joins a caravan of its nationality
        # made above for that day, never starts one
        c = next((x for x in own if x.origin is not None and x.origin.country == r.nation
                  and x.start <= r.start <= x.start + timedelta(days=cv.implicit_join)), None)
        if c is not None:
            r.caravan = c.idx
            notes.append((r.order, "attached-caravan", f"a newer {r.nation} group on {r.start}: caravan #{c.idx}"))
    return made


def _past_hub_stay(cv: Caravans, org: Place | None, day: date, cur: CaravanInfo) -> bool:
    """Does a departure from ``org``, one of the towns where caravans form (``hub_waypoint_days``), leave on ``day``
    longer after caravan ``cur`` set off than a caravan passing through stays there?  Then it is a caravan of its
    own, not ``cur`` leaving a waypoint."""
    return org is not None and org.name in cv.hub_days and day > cur.start + timedelta(days=cv.hub_days[org.name])


def _fresh_start(r: Rec | Slim) -> bool:
    """A departure dated by its context that may still start a caravan: from a named town (or from none, when the
    only caravan under way set off months before), on a day or two, told of the caravan itself (not an earlier or a
    later one)."""
    return r.strength == MEDIUM and r.nd <= 2 and (r.origin is None or r.origin.kind in ("city", "town")) \
        and not r.earlier and not r.later


def _succeeded(cv: Caravans, m: CaravanInfo, c: CaravanInfo | None) -> bool:
    """Has caravan ``c`` set off from ``m``'s town more than ``waypoint_before_days`` after ``m`` did?  Then a
    day ``c`` covers is no longer ``m``'s ("tear gas at Vado Hondo on 17 January 2021" in a text that also
    tells the caravan of October 2020: the January caravan from the same town, not the October one)."""
    return c is not None and c is not m and not c.implicit and (_same_town(c.origin, m.origin) or m.origin is None) \
        and c.start > m.start + timedelta(days=cv.waypoint_before)


OUTPACED_BY = 4 / 3  # a newer caravan that would need a third more than the usual pace to be there was not


def _outpaced(cv: Caravans, m: CaravanInfo, c: CaravanInfo | None, r: Rec | Slim) -> bool:
    """Is caravan ``c``, on the road before ``m``, at ``r``'s place at a caravan's usual pace when ``m`` could
    only be there well above it?  Then the mention is ``c``'s ("The front of that caravan arrived in Mexico
    City last Sunday", 4 November, in a text that also tells a group that left San Salvador on 31 October)."""
    return c is not None and c is not m and c.start < m.start and r.loc is not None and \
        r.loc.kind not in ("country", "state", "region") and cv.reachable(c, r.start, r.loc, cv.pace_km_per_day) \
        and not cv.reachable(m, r.start, r.loc, OUTPACED_BY * cv.pace_km_per_day)


FIRST_DAYS = 7  # days after a caravan sets off in which a mention near its town is that caravan's


def _newly_set_off(cv: Caravans, m: CaravanInfo, c: CaravanInfo | None, r: Rec | Slim) -> bool:
    """Did caravan ``c`` set off from ``m``'s town ``FIRST_DAYS`` or more after ``m`` did, at most ``FIRST_DAYS``
    before the mention ``r``, which it can have reached at a caravan's usual pace?  Then ``r`` is ``c``'s first
    days on the road, not ``m`` weeks on ("Now a second group, which left Tapachula last Thursday ... it spent
    the weekend in Huixtla", in a text that also tells the caravan that left Tapachula a month before)."""
    return c is not None and c is not m and not c.implicit and m.origin is not None and \
        _same_town(c.origin, m.origin) and c.start >= m.start + timedelta(days=FIRST_DAYS) and \
        c.start <= r.start <= c.start + timedelta(days=FIRST_DAYS) and \
        cv.reachable(c, r.start, r.loc, cv.pace_km_per_day)


def _route_entry(recs, idxs: Sequence[int], countries: frozenset[str]) -> tuple | None:
    """The article's own crossing into a country on the caravans' route (Guatemala, Mexico), dated to within
    a month: (record, country), the earliest; None if it tells none."""
    best = None
    for i in idxs:
        r = recs[i]
        if r.type != "cross_border" or not r.actual or r.earlier or r.later or r.start is None or r.end is None:
            continue
        if r.loc is None or r.loc.country not in countries or r.strength < MEDIUM or (r.nd or 99) > 31:
            continue
        if best is None or r.start < best[0].start:
            best = (r, r.loc.country)
    return best


def _label(cv: Caravans) -> None:
    used: defaultdict[str, int] = defaultdict(int)
    for c in sorted(cv.items, key=lambda c: (c.start, c.idx)):
        o = c.origin
        base = f"{c.start:%Y-%m} {o.name if o else 'caravan'}"
        used[base] += 1
        c.label = base if used[base] == 1 else f"{base} ({used[base]})"
