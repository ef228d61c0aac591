"""Merging mentions into events, with blocking so the cost stays near-linear.

Mentions are compared only with events of the same caravan, type and
modality class (actual / not actual) whose interval lies near the mention's
(a week-bucket index), never all pairs.  Processing order: strongly dated
precise mentions first (own expression or relation), then context-dated
ones, then coarse ones (week / month / publication fallback), so that weak
claims attach to events the strong ones established.

A mention joins a candidate event when
* its place is compatible with the event's (same place, containment, or
  within 60 km), its actor (statements) and size (sizes) agree, and
* its dates fit:
  - strong + precise: overlaps the event's strong interval, or lies within
    the type's ``conflict_window_days`` of it at the same place -> one event,
    ``conflict=true``, interval spanning both claims;
  - context-dated: overlaps the event's interval (or is within
    ``context_slack_days`` of a strong one) -> supports it, never widens it;
  - coarse: overlaps the event's interval -> supports it; a coarse departure
    claim of the same caravan and origin joins its departure even when it
    disagrees (kept as a disagreeing claim, noted, not used for the dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

from timeline.extract.places import places_compatible
from timeline.graph.records import MEDIUM, STRONG, WEAK, Rec, params

BUCKET = 7  # days per index bucket
MAX_BUCKETS = 60  # wider intervals go to the block's "wide" list


@dataclass
class Cluster:
    idx: int
    caravan: int
    type: str
    actual: bool
    members: list[int] = field(default_factory=list)  # record indices
    start: date | None = None  # current interval (strong > context > coarse)
    end: date | None = None
    level: int = -1  # strength of the claims the interval comes from
    loc: object = None  # Place
    actor: str | None = None
    size: int | None = None
    into: str | None = None
    conflict: bool = False
    span: bool = False  # the interval is an explicit span a claim gave: claims inside it do not narrow it
    point_places: dict = field(default_factory=dict)  # article -> names of the towns / crossings it gave
    estimates: dict = field(default_factory=dict)  # (article, sentence) -> estimators of its sizes there
    own_dated: set = field(default_factory=set)  # articles that gave the event a precise date of their own
    multi_day: bool = False  # one of its mentions' articles tells its kind of event on more than one day
    notes: list[str] = field(default_factory=list)
    decisions: list[tuple[str, str | None, str, str]] = field(default_factory=list)  # (mention, other, kind, why)
    buckets: set = field(default_factory=set)
    indexed: tuple | None = None


# places precise enough that one article naming two of them for one kind of event means two events
_POINT_KINDS = frozenset({"city", "town", "crossing", "bridge", "shelter", "stadium"})


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 is not None and b0 is not None and a0 <= b1 and b0 <= a1


def _gap(a0, a1, b0, b1) -> int:
    if _overlap(a0, a1, b0, b1):
        return 0
    if a1 < b0:
        return (b0 - a1).days
    return (a0 - b1).days


_NEAR_START_DAYS = 14  # a coarse claim at most this long (a state "since Saturday") prefers the event nearest its start


def _rule_ids(rule: str) -> list[str]:
    """The trigger ids a mention's rule names ("statement.announce+state_of_prevention [cue]" -> announce,
    state_of_prevention)."""
    return [part.split(".", 1)[-1] for part in rule.split(" ", 1)[0].split("+")]


def _surname(actor: str | None) -> str | None:
    if not actor:
        return None
    w = [x for x in actor.replace(",", " ").split() if x[:1].isupper()]
    return w[-1].lower() if w else actor.lower()


@lru_cache(maxsize=None)
def _bare_titles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in params().get("bare_titles", ()))


def _actor_ok(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    sa, sb = _surname(a), _surname(b)
    if sa == sb:
        return True
    # "the president" vs "Donald Trump": a bare title is compatible with a name ("President" / "Guatemala": the
    # president of the country the other source names as the speaker)
    if a[:1].islower() or b[:1].islower() or len(a.split()) == 1 and a.lower() in b.lower() or \
            len(b.split()) == 1 and b.lower() in a.lower():  # ("Guatemala" / "Guatemala's president", either way)
        return True
    if a.lower() in _bare_titles() or b.lower() in _bare_titles():
        return True
    return _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(short: str, name: str) -> bool:
    """"INM" and "Migration Institute" (of the Instituto Nacional de Migración), "CBP" and "Customs and Border
    Protection": an acronym whose letters hold the initials of the name's capitalised words (in any order: the
    acronym may be of the name in another language)."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) or " " in short.strip():
        return False
    initials = {w[0] for w in name.replace("-", " ").split() if w[:1].isupper() and w.isalpha()}
    return len(initials) >= 2 and initials <= set(letters)


def _size_ok(a: int | None, b: int | None, tol: float) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= tol * max(a, b)


class Merger:
    def __init__(self, recs: list[Rec]):
        self.recs = recs
        p = params()
        self.windows = {k: int(v) for k, v in p["conflict_window_days"].items()}
        self.rule_windows = {k: int(v) for k, v in (p.get("conflict_window_rules") or {}).items()}
        self._by_rule: dict[str, int | None] = {}  # a mention rule -> its rule window (None: its type's)
        self.slack = int(p["context_slack_days"])
        self.pmax = int(p["precise_max_days"])  # a precise claim: at most this many days long
        self.tol = float(p["size_tolerance"])
        self.clusters: list[Cluster] = []
        self.index: dict[tuple, list[int]] = {}  # (caravan, type, actual, bucket) -> cluster idx
        self.wide: dict[tuple, list[int]] = {}  # (caravan, type, actual) -> cluster idx
        self.departs: dict[tuple, list[int]] = {}  # (caravan, actual) -> depart clusters
        self._compat: dict[tuple[int, int], bool] = {}
        self.settlements = frozenset(p.get("distinct_settlements", ()))
        self.points = frozenset(p.get("point_kinds", ()))
        self.near_km = float(p.get("point_near_km", 60))
        self.counted = frozenset(p.get("count_apart_types", ()))
        self.apart = float(p.get("count_apart_factor", 3))
        self.size_disagree = float(p.get("size_disagree_factor", 0))
        self.departure_count_days = int(p.get("departure_count_days", 0))
        self.one_day_types = frozenset(p.get("one_day_story_types", ()))
        # (article, type, caravan) -> the days its actual precise mentions of that type tell
        self.told_days: dict[tuple[str, str, int], set[date]] = {}
        for r in recs:
            if r.actual and r.precise and r.start is not None:
                self.told_days.setdefault((r.article, r.type, r.caravan), set()).add(r.start)

    def _one_day(self, r: Rec) -> bool:
        """Does ``r``'s article tell ``r``'s kind of event (of its caravan) on one day only?"""
        return len(self.told_days.get((r.article, r.type, r.caravan), ())) <= 1

    def _one_day_story(self, r: Rec, c: Cluster, both: bool = False) -> bool:
        """Do the articles of the side with no place (``r``, else the event's mentions; ``both``: of both sides)
        tell ``r``'s kind of event on one day only?  ("migrants arriving in the village at dusk, Oct. 30" in a
        photo essay whose next caption has them reach Huixtla on Oct. 31: two arrivals, not one dated two ways)
        (the event's side is kept as it grows: ``Cluster.multi_day``)"""
        if both:
            return self._one_day(r) and not c.multi_day
        return self._one_day(r) if r.loc is None else not c.multi_day

    def _rule_window(self, rule: str) -> int | None:
        """The window ``conflict_window_rules`` gives a trigger id the mention rule names, if any (computed once
        per distinct rule)."""
        if rule not in self._by_rule:
            self._by_rule[rule] = next((self.rule_windows[k] for k in _rule_ids(rule) if k in self.rule_windows),
                                       None)
        return self._by_rule[rule]

    def _window(self, r: Rec) -> int:
        """Days two precise claims of ``r``'s kind may disagree by and still be one event (merge.yaml)."""
        w = self._rule_window(r.rule)
        return self.windows.get(r.type, 0) if w is None else w

    def _compatible(self, a, b) -> bool:
        """places_compatible, cached by identity (the records hold one object per distinct place)."""
        if a is None or b is None or a is b:
            return True
        key = (id(a), id(b))
        got = self._compat.get(key)
        if got is None:
            if a.kind in self.settlements and b.kind in self.settlements and (a.name, a.country) != (b.name, b.country):
                got = False  # two towns, however near (Tapachula and Huixtla): two events, not two views of one
            elif a.kind in self.points and b.kind in self.points:
                got = places_compatible(a, b, self.near_km)  # a town and the bridge beside it, not one 35 km on
            else:
                got = places_compatible(a, b)
            self._compat[key] = got
        return got

    # ---------------------------------------------------------------- index
    def _bkeys(self, c: Cluster, s: date | None, e: date | None, pad: int) -> list[tuple]:
        block = (c.caravan, c.type, c.actual)
        if s is None or e is None:
            return []
        b0 = (s.toordinal() - pad) // BUCKET
        b1 = (e.toordinal() + pad) // BUCKET
        if b1 - b0 > MAX_BUCKETS:
            return [block + ("wide",)]
        return [block + (b,) for b in range(b0, b1 + 1)]

    def _reindex(self, c: Cluster) -> None:
        if c.indexed == (c.start, c.end):
            return
        c.indexed = (c.start, c.end)
        for k in self._bkeys(c, c.start, c.end, 0):
            if k in c.buckets:
                continue
            c.buckets.add(k)
            if k[-1] == "wide":
                self.wide.setdefault(k[:-1], []).append(c.idx)
            else:
                self.index.setdefault(k, []).append(c.idx)

    def _candidates(self, r: Rec, pad: int) -> list[Cluster]:
        block = (r.caravan, r.type, r.actual)
        seen: set[int] = set()
        out: list[Cluster] = []
        if r.start is None or r.end is None:
            ids = list(self.wide.get(block, []))
            for k, v in self.index.items():  # undated mentions are rare: a scan of the block
                if k[:3] == block:
                    ids.extend(v)
        else:
            b0 = (r.start.toordinal() - pad) // BUCKET
            b1 = (r.end.toordinal() + pad) // BUCKET
            ids = []
            if b1 - b0 > MAX_BUCKETS:
                b1 = b0 + MAX_BUCKETS
            for b in range(b0, b1 + 1):
                ids.extend(self.index.get(block + (b,), ()))
            ids.extend(self.wide.get(block, ()))
        if r.type == "depart":
            ids.extend(self.departs.get((r.caravan, r.actual), ()))
        for i in ids:
            if i not in seen:
                seen.add(i)
                out.append(self.clusters[i])
        return out

    # ------------------------------------------------------------- deciding
    def _fits(self, r: Rec, c: Cluster):
        """(joins, conflict, reason, gap in days): the reason is a callable, formatted only for recorded
        decisions (always before the cluster changes)."""
        rs, re_, cs, ce = r.start, r.end, c.start, c.end
        dated = rs is not None and cs is not None
        if dated:
            ov = rs <= ce and cs <= re_
            gap = 0 if ov else (cs - re_).days if re_ < cs else (rs - ce).days
        else:
            ov, gap = False, 0
        if dated and r.precise:
            # cheap date test first: a precise claim far from the event can never join it
            if gap > self.slack and gap > self._window(r):
                return False, False, lambda: f"dates {gap} day(s) apart ({_Span(rs, re_, cs, ce)})", gap
        if not self._compatible(r.loc, c.loc):
            return False, False, lambda: f"places differ ({r.loc.name if r.loc else '-'} / {c.loc.name if c.loc else '-'})", gap
        if r.article in c.point_places and r.loc is not None and r.loc.kind in _POINT_KINDS and \
                r.loc.name not in c.point_places[r.article]:
            # one story naming two nearby places for the same kind of event tells two events ("pushing past
            # police at the El Florido crossing" on Saturday, "tear gas at a roadblock near Vado Hondo" on Sunday)
            return False, False, lambda: (f"the same article names another place for it "
                                          f"({r.loc.name} / {', '.join(sorted(c.point_places[r.article]))})"), gap
        if r.type == "cross_border" and r.into and c.into and r.into != c.into:
            return False, False, lambda: f"crossings into different countries ({r.into} / {c.into})", gap
        if r.type == "statement" and not _actor_ok(r.actor, c.actor):
            return False, False, lambda: f"different speakers ({r.actor} / {c.actor})", gap
        if r.type in self.counted and r.size and c.size and max(r.size, c.size) > self.apart * min(r.size, c.size):
            # "Mexico has sent back about 45 people" and "Guatemala has returned more than 2,000 Hondurans home":
            # counts this far apart are two groups, not two sources disagreeing on one
            return False, False, lambda: f"counts too far apart for one {r.type} ({r.size} / {c.size})", gap
        if r.type == "size" and not _size_ok(r.size, c.size, self.tol):
            rivals = c.estimates.get((r.article, r.sentence))
            if r.actor and rivals and r.actor not in rivals:
                # "organizers put the number at about 11,000, while officials said it was closer to 6,000"
                return True, False, lambda: (f"a competing estimate in the same sentence ({r.actor}: {r.size} / "
                                            f"{', '.join(sorted(rivals))}: {c.size})"), gap
            rival = self._rival_nearby(r, c) if dated and ov else None
            if rival is not None:
                # "The interior ministry put the size ... at about 3,000. Organizers ... said it was closer to
                # 4,000": one count, two sources, in sentences next to each other
                return True, False, lambda: (f"a competing estimate in the next sentence ({rival.size} / "
                                            f"{r.size})"), gap
            near_start = gap <= self.departure_count_days and self._at_departure(r, c, one_side=True)
            if dated and (ov or gap <= self._window(r) and self._at_departure(r, c) or near_start) and r.precise and \
                    c.level >= MEDIUM and r.strength >= MEDIUM and r.size and c.size and \
                    max(r.size, c.size) <= self.size_disagree * min(r.size, c.size) and \
                    all(self.recs[m].article != r.article for m in c.members):
                # "five thousand by the state count" in a homily, "7,000 strong according to the state police" in a
                # caption, both at Tapachula on 21 October: one count the sources disagree on
                return True, True, lambda: f"the sources disagree on the size that day ({r.size} / {c.size})", gap
            return False, False, lambda: f"different sizes ({r.size} / {c.size})", gap
        if not dated:
            return True, False, lambda: "same caravan, type and place; no date to compare", gap
        if r.strength == STRONG and r.precise:
            if ov:
                return True, False, lambda: f"same type, caravan and place; dates overlap ({_Span(rs, re_, cs, ce)})", gap
            if c.level < STRONG:
                if c.level == MEDIUM and gap <= self.slack:
                    return True, False, lambda: (f"context-dated event {gap} day(s) away; the precise claim dates it "
                                                 f"({_Span(rs, re_, cs, ce)})"), gap
                return False, False, lambda: f"dates differ ({_Span(rs, re_, cs, ce)})", gap
            w = self._window(r)
            if r.article in c.own_dated and gap <= w and r.type not in self.one_day_types:
                # one story giving two days of its own to one event tells an event spread over them ("left San
                # Pedro Sula on Friday ... another group of 500 left on Saturday night"), not a disagreement
                return True, False, lambda: (f"the same article tells it on another day too "
                                             f"({_Span(rs, re_, cs, ce)}): one event over both"), gap
            same_place = r.type == "depart" or (r.loc is not None and c.loc is not None) or \
                self._rule_window(r.rule) is not None or (
                    # "came into Tijuana on Tuesday, Nov. 13" and, with no place, "arrived early on Wednesday": the
                    # sources disagree by a day, when the story with no place tells that kind of event on one day
                    (r.loc is None) != (c.loc is None) and gap <= 1 and self._one_day_story(r, c)) or (
                    # "stopped it on the highway north of the city" that afternoon, "broke up that caravan on the
                    # highway the next day": no place on either side, each story telling it on one day
                    r.loc is None and c.loc is None and gap <= 1 and self._one_day_story(r, c, both=True))
            if gap <= w and same_place and (r.type not in self.one_day_types or self._one_day_story(r, c, both=True)):
                return True, True, lambda: (f"everything matches but the dates disagree by {gap} day(s) "
                                            f"({_Span(rs, re_, cs, ce)})"), gap
            return False, False, lambda: f"dates {gap} day(s) apart ({_Span(rs, re_, cs, ce)}); window for {r.type} is {w}", gap
        if r.strength == MEDIUM and r.precise:
            if ov:
                return True, False, lambda: f"context-dated claim overlaps ({_Span(rs, re_, cs, ce)})", gap
            if c.level == STRONG and gap <= self.slack:
                return True, False, lambda: (f"context-dated claim {gap} day(s) from a precise date; supports it "
                                             f"({_Span(rs, re_, cs, ce)})"), gap
            if c.level == MEDIUM and gap <= self.slack and self.windows.get(r.type, 0) and r.loc is not None \
                    and c.loc is not None and r.loc.name == c.loc.name and \
                    all(self.recs[m].article != r.article for m in c.members):
                # two sources dating the arrival in the same city from their stories' context a day apart:
                # one event they disagree on ("reached Mexico City" on Sunday / on Monday)
                return True, True, lambda: (f"two context-dated claims {gap} day(s) apart at the same place: the "
                                            f"sources disagree ({_Span(rs, re_, cs, ce)})"), gap
            return False, False, lambda: f"dates differ ({_Span(rs, re_, cs, ce)})", gap
        # coarse claims
        if ov:
            return True, False, lambda: f"coarse claim covers the event ({_Span(rs, re_, cs, ce)})", gap
        if r.type == "depart" and (r.loc is None or c.loc is not None):
            return True, False, lambda: (f"the caravan's departure, dated differently by a coarse claim "
                                         f"({_Span(rs, re_, cs, ce)}): kept as a disagreeing claim, not used for the dates"), gap
        return False, False, lambda: f"coarse claim does not cover the event ({_Span(rs, re_, cs, ce)})", gap

    def add(self, i: int) -> None:
        r = self.recs[i]
        pad = max(self._window(r), self.slack) + 1
        best: tuple[tuple, Cluster, bool, str] | None = None
        rejected: tuple[Cluster, str] | None = None
        for c in self._candidates(r, pad):
            ok, conflict, why, gap = self._fits(r, c)
            if not ok:
                if rejected is None:
                    rejected = (c, why)
                continue
            # (a claim covering several events joins the one nearest its start: "was still shut ... as it has been
            # since Saturday" is Saturday's closing, not a block told on Monday)
            near = abs((c.start - r.start).days) if c.start is not None and r.start is not None and \
                r.end is not None and not r.precise and (r.end - r.start).days <= _NEAR_START_DAYS else 0
            key = (conflict, gap, near, -len(c.members), c.idx)
            if best is None or key < best[0]:
                best = (key, c, conflict, why)
        if best is None:
            c = Cluster(len(self.clusters), r.caravan, r.type, r.actual)
            self.clusters.append(c)
            self._join(c, i, conflict=False)
            why = "first mention of this event"
            if rejected is not None:
                c.decisions.append((r.id, f"event of {self.recs[rejected[0].members[0]].id}", "kept-apart",
                                    rejected[1]()))
            c.decisions.append((r.id, None, "seed", why))
            if r.type == "depart":
                self.departs.setdefault((r.caravan, r.actual), []).append(c.idx)
            return
        _, c, conflict, why = best
        c.decisions.append((r.id, self.recs[c.members[0]].id, "merged", why()))
        self._join(c, i, conflict)

    def fold_plans(self) -> None:
        """A plan or forecast that came true as told ("would rest in Huixtla today" and, in a later story,
        "rested in Huixtla on the 27th") is a mention of the realized event: the planned event of the same
        caravan and type, at a compatible place (named by both), whose dates overlap the realized event's, joins
        it without changing its dates.  Negated and hypothetical mentions never do; a plan for another day
        stays a plan of its own."""
        for c in self.clusters:
            if c.actual or not c.members or c.start is None or \
                    any(self.recs[i].modality != "planned" for i in c.members):
                continue
            best = None
            unplaced: list = []  # realized events that match but for a place one of the two does not name
            for o in self._candidates_of(c):
                if o is c or not o.actual or not o.members or o.start is None or not _overlap(c.start, c.end, o.start, o.end):
                    continue
                if c.type == "statement" and not _actor_ok(c.actor, o.actor):
                    continue
                if c.type == "size" and not _size_ok(c.size, o.size, self.tol):
                    continue
                if c.loc is None or o.loc is None:
                    unplaced.append(o)
                    continue
                if not self._compatible(c.loc, o.loc):
                    continue
                if best is None or len(o.members) > len(best.members):
                    best = o
            if best is None and len(unplaced) == 1 and c.level == STRONG and c.end is not None and \
                    unplaced[0].end is not None and \
                    (c.end - c.start).days < self.pmax and (unplaced[0].end - unplaced[0].start).days < self.pmax:
                # "they will move on to Escuintla on Thursday" and, later, "left Huixtla on 28 December": the one
                # realized march of that caravan on that day (one of them names no place of its own; the plan
                # dates itself: a plan dated only by its story's context is no plan for that day)
                best = unplaced[0]
            if best is None:
                continue
            first = self.recs[best.members[0]].id
            for i in c.members:
                r = self.recs[i]
                best.members.append(i)
                r.event = best.idx
                best.decisions.append((r.id, first, "merged", f"a plan told in {r.article} that came true as told "
                                       f"({_Span(c.start, c.end, best.start, best.end)}); the realized dates stand"))
            c.members = []

    def _candidates_of(self, c: Cluster) -> list[Cluster]:
        """The actual clusters of ``c``'s caravan and type indexed near ``c``'s interval."""
        seen: set[int] = set()
        out: list[Cluster] = []
        block = (c.caravan, c.type, True)
        ids = [i for k in self._bkeys(c, c.start, c.end, 1) if k[-1] != "wide" for i in self.index.get(block + k[3:], ())]
        for i in ids + self.wide.get(block, []):
            if i not in seen:
                seen.add(i)
                out.append(self.clusters[i])
        return out

    def _at_departure(self, r: Rec, c: Cluster, one_side: bool = False) -> bool:
        """Are ``r`` and one of the event's sizes counts of the caravan at its departure (``+at_departure``)?  With
        ``one_side``: is either of them?"""
        mine = "+at_departure" in r.rule
        if one_side and mine:
            return True
        return (mine or one_side) and any("+at_departure" in self.recs[i].rule for i in c.members)

    def _rival_nearby(self, r: Rec, c: Cluster) -> Rec | None:
        """A size of the event from the same article, in the sentence before or after ``r``'s, when one of the
        two sets itself against the other (``+rival``: "closer to 4,000", "put the real figure at ...")."""
        for i in c.members:
            o = self.recs[i]
            if o.article == r.article and o.sentence is not None and r.sentence is not None and \
                    abs(o.sentence - r.sentence) == 1 and ("+rival" in r.rule or "+rival" in o.rule):
                return o
        return None

    def _join(self, c: Cluster, i: int, conflict: bool) -> None:
        r = self.recs[i]
        c.members.append(i)
        if not c.multi_day and not self._one_day(r):
            c.multi_day = True
        if r.loc is not None and r.loc.kind in _POINT_KINDS:
            c.point_places.setdefault(r.article, set()).add(r.loc.name)
        if r.type == "size" and r.actor:
            c.estimates.setdefault((r.article, r.sentence), set()).add(r.actor)
        spread = False
        if r.strength == STRONG and r.precise and r.start is not None:
            spread = r.article in c.own_dated and not _overlap(r.start, r.end, c.start, c.end)
            c.own_dated.add(r.article)
        r.event = c.idx
        if c.loc is None and r.loc is not None:
            c.loc = r.loc
        elif r.loc is not None and c.loc is not None and _more_specific(r.loc, c.loc):
            c.loc = r.loc
        if c.actor is None or (r.actor and c.actor[:1].islower() and r.actor[:1].isupper()):
            c.actor = r.actor or c.actor
        if c.size is None and r.size is not None:
            c.size = r.size
        if c.into is None and r.into is not None:
            c.into = r.into
        if r.start is None:
            return
        level = r.strength if r.precise else WEAK
        if conflict:
            c.conflict = True
            c.start, c.end = min(c.start, r.start), max(c.end, r.end)
        elif spread and c.level == level:
            c.start, c.end, c.span = min(c.start, r.start), max(c.end, r.end), True
        elif level > c.level:
            c.start, c.end, c.level, c.span = r.start, r.end, level, r.span
        elif level == c.level and c.start is not None:
            if _overlap(r.start, r.end, c.start, c.end):
                if r.span or c.span:
                    # "starting Sunday and continuing through Monday" + "tweeted Monday": the span holds
                    c.start, c.end = min(c.start, r.start), max(c.end, r.end)
                    c.span = True
                elif c.conflict:
                    pass  # a third source siding with one of two that disagree: the dates stay in dispute
                else:
                    # both claims hold: the intersection
                    c.start, c.end = max(c.start, r.start), min(c.end, r.end)
        elif c.start is None:
            c.start, c.end, c.level, c.span = r.start, r.end, level, r.span
        self._reindex(c)


_SPEC = ["bridge", "crossing", "shelter", "stadium", "town", "city", "river", "border", "state", "region", "country"]


def _more_specific(a, b) -> bool:
    ia = _SPEC.index(a.kind) if a.kind in _SPEC else 99
    ib = _SPEC.index(b.kind) if b.kind in _SPEC else 99
    return ia < ib


class _Span:
    """The two intervals of a comparison, formatted only when a decision is written down."""

    __slots__ = ("a", "b", "c", "d")

    def __init__(self, a, b, c, d):
        self.a, self.b, self.c, self.d = a, b, c, d

    def __format__(self, spec: str) -> str:
        return f"{_fmt(self.a, self.b)} vs {_fmt(self.c, self.d)}"


def _fmt(s: date | None, e: date | None) -> str:
    if s is None:
        return "undated"
    return s.isoformat() if s == e else f"{s.isoformat()}..{e.isoformat() if e else ''}"


def order_key(r: Rec) -> tuple:
    """Strong precise first, then context, then coarse; by date, then input order."""
    tier = 0 if (r.strength == STRONG and r.precise) else 1 if (r.strength == MEDIUM and r.precise) else 2
    return (tier, r.start or date.max, r.order)


__all__ = ["Merger", "Cluster", "order_key", "timedelta"]
