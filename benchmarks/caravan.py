"""Score the timeline built from annotated caravan articles against their gold.

    python benchmarks/caravan.py [DEV_DIR] [--verbose] [--json]

DEV_DIR holds ``articles/*.json`` and ``gold.json`` (the caravan development
set by default: ``../shared/caravan-dev`` beside the repository; a held-out
set in the same layout is scored the same way).  The articles go through the
same path as ``timeline build``: ``timeline.ingest.read_inputs`` ->
``timeline.extract.extract`` -> ``timeline.resolve.resolve`` ->
``timeline.graph.build_timeline``.

Scores
* events: precision / recall / F1 of the timeline's events that are reported
  as having happened (modality ``actual``; planned / hypothetical / negated
  ones are not claims that something happened) against the gold events.  A
  match needs the same type, overlapping date intervals and a compatible
  place (the system's place is unknown, named in the gold place, or lies in /
  near a place the gold names); matching is one-to-one (maximum matching);
* exact date: matched events whose interval equals the gold one;
* merge: gold events reported by two or more articles whose mentions all
  ended in one system event (the system mentions overlapping the gold quotes
  of every reporting article share an event);
* caravan separation: over pairs of matched events, same gold caravan <=>
  same system caravan label;
* time expressions: the pipeline's resolved time expressions against the gold
  timexes (strict / relaxed span P/R/F1, value F1 = relaxed F1 x value
  accuracy, as in TempEval-3).
The main error kinds follow (missed and spurious events by type, wrong dates,
unmerged events, caravan mix-ups).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEV = REPO.parent / "shared" / "caravan-dev"
sys.path.insert(0, str(REPO / "benchmarks"))

from tempeval import Score, Span, score_spans  # noqa: E402  (the TempEval-3 scorer)


# ------------------------------------------------------------------ helpers


def interval(value: str) -> tuple[date, date]:
    if "/" in value:
        a, b = value.split("/", 1)
        return date.fromisoformat(a), date.fromisoformat(b)
    d = date.fromisoformat(value)
    return d, d


def overlaps(a: tuple[date, date], b: tuple[date | None, date | None]) -> bool:
    return b[0] is not None and b[1] is not None and a[0] <= b[1] and b[0] <= a[1]


def place_compatible(gold_place: str | None, event) -> bool:
    """Is the system event's place compatible with the gold's free-text place?"""
    from timeline.extract.event_lexicon import fold
    from timeline.extract.places import ArticlePlaces, country_place, lookup, places_compatible

    if not gold_place or not event.place:
        return True
    g = fold(gold_place)
    sys_places = [e.place for e in lookup(event.place) if e.place.country == event.country] or \
        [e.place for e in lookup(event.place)]
    if not sys_places:
        return fold(event.place) in g
    sp = sys_places[0]
    names = {fold(sp.name)}
    if sp.admin1:
        names.add(fold(sp.admin1))
    if sp.country and sp.kind in ("country",):
        cp = country_place(sp.country)
        if cp:
            names.add(fold(cp.name))
    if any(n and n in g for n in names):
        return True
    found = [f.place for f in ArticlePlaces(gold_place).found if f.place is not None]
    if not found:
        return True  # the gold names no place the gazetteer knows ("federal police roadblock")
    return any(places_compatible(sp, p, max_km=100) for p in found)


@dataclass
class Result:
    gold_events: int = 0
    sys_events: int = 0
    matched: int = 0
    exact: int = 0
    merge_total: int = 0
    merge_ok: int = 0
    caravan_pairs: int = 0
    caravan_ok: int = 0
    timex: Score = field(default_factory=Score)
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    seconds: float = 0.0
    articles: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.sys_events if self.sys_events else 0.0
        r = self.matched / self.gold_events if self.gold_events else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict:
        p, r, f = self.prf()
        sp, sr, sf = self.timex.strict
        rp, rr, rf = self.timex.relaxed
        return {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "system_events": self.sys_events,
            "matched": self.matched,
            "event_precision": round(p, 4),
            "event_recall": round(r, 4),
            "event_f1": round(f, 4),
            "exact_date": round(self.exact / self.matched, 4) if self.matched else 0.0,
            "merge": round(self.merge_ok / self.merge_total, 4) if self.merge_total else 1.0,
            "merge_events": self.merge_total,
            "caravan_separation": round(self.caravan_ok / self.caravan_pairs, 4) if self.caravan_pairs else 1.0,
            "timex_strict_f1": round(sf, 4),
            "timex_relaxed_f1": round(rf, 4),
            "timex_value_f1": round(self.timex.value_f1, 4),
            "seconds": round(self.seconds, 2),
        }


# ------------------------------------------------------------------- scoring


def build(dev: Path):
    from timeline.extract import extract
    from timeline.graph import build_timeline
    from timeline.ingest import read_inputs
    from timeline.models import Article
    from timeline.resolve import resolve

    resolved = []
    for item in read_inputs([dev / "articles"]):
        if not isinstance(item, Article):
            print(f"warning: {item}", file=sys.stderr)
            continue
        resolved.append(resolve(extract(item)))
    return resolved, build_timeline(resolved)


def score(dev: Path) -> tuple[Result, list, object]:
    t0 = time.perf_counter()
    resolved, tl = build(dev)
    res = Result(seconds=time.perf_counter() - t0, articles=len(resolved))
    gold = json.loads((dev / "gold.json").read_text(encoding="utf-8"))
    texts = {ra.article.id: ra.article.text for ra in resolved}

    # ---- time expressions
    for ra in resolved:
        gl = gold.get("timexes", {}).get(ra.article.id)
        if gl is None:
            continue
        g = [Span(x["start"], x["start"] + len(x["text"]), x["text"], x["type"], x["value"], x.get("mod", ""))
             for x in gl]
        s = [Span(t.start, t.end, t.text, t.type, t.resolution.value, t.mod or "") for t in ra.timexes]
        res.timex.add(score_spans(g, s))

    # ---- events
    gold_events = []
    for ge in gold["events"]:
        ms = [m for m in ge["mentions"] if m["article"] in texts]
        if ms:
            gold_events.append({**ge, "mentions": ms})
    sys_events = [e for e in tl.events if e.modality == "actual"]
    res.gold_events, res.sys_events = len(gold_events), len(sys_events)
    g = nx.Graph()
    for gi, ge in enumerate(gold_events):
        gi_iv = interval(ge["date"])
        for si, se in enumerate(sys_events):
            if se.type != ge["type"] or not overlaps(gi_iv, (se.start, se.end)):
                continue
            if not place_compatible(ge.get("place"), se):
                continue
            exact = (se.start, se.end) == gi_iv
            shared = len({m["article"] for m in ge["mentions"]} & set(se.sources))
            g.add_edge(("g", gi), ("s", si), weight=1.0 + 0.1 * exact + 0.05 * shared)
    matching = nx.max_weight_matching(g, maxcardinality=True)
    pairs: list[tuple[int, int]] = []
    for a, b in matching:
        if a[0] == "s":
            a, b = b, a
        pairs.append((a[1], b[1]))
    pairs.sort()
    res.matched = len(pairs)
    matched_g = {gi for gi, _ in pairs}
    matched_s = {si for _, si in pairs}
    for gi, si in pairs:
        ge, se = gold_events[gi], sys_events[si]
        if (se.start, se.end) == interval(ge["date"]):
            res.exact += 1
        else:
            res.errors["wrong date"].append(f"{ge['id']}: gold {ge['date']}, system {se.date} "
                                            f"({se.start}..{se.end})")
    for gi, ge in enumerate(gold_events):
        if gi in matched_g:
            continue
        same_type = [se for se in sys_events if se.type == ge["type"]]
        iv = interval(ge["date"])
        near = [se for se in same_type if overlaps(iv, (se.start, se.end))]
        why = ("no system event of this type" if not same_type else
               "no same-type event on these dates" if not near else "place incompatible or taken by another match")
        res.errors[f"missed {ge['type']}"].append(f"{ge['id']} ({ge['date']}, {ge.get('place')}): {why}")
    for si, se in enumerate(sys_events):
        if si not in matched_s:
            res.errors[f"spurious {se.type}"].append(f"{se.date} {se.place or '-'}: {se.summary[:90]}")

    # ---- merge quality: gold mentions -> system events via quote spans
    by_article_mentions = defaultdict(list)
    for ra in resolved:
        for m in ra.mentions:
            by_article_mentions[ra.article.id].append(m)
    event_of = {}
    for e in tl.events:
        for mid in e.mentions:
            event_of[mid] = e.id
    for ge in gold_events:
        arts = sorted({m["article"] for m in ge["mentions"]})
        if len(arts) < 2:
            continue
        res.merge_total += 1
        per_article: list[set[str]] = []
        for a in arts:
            evs: set[str] = set()
            for gm in ge["mentions"]:
                if gm["article"] != a:
                    continue
                k = texts[a].find(gm["quote"])
                if k < 0:
                    continue
                q0, q1 = k, k + len(gm["quote"])
                for m in by_article_mentions[a]:
                    if m.type == ge["type"] and m.start < q1 and q0 < m.end and m.id in event_of:
                        evs.add(event_of[m.id])
            per_article.append(evs)
        common = set.intersection(*per_article) if per_article else set()
        if common:
            res.merge_ok += 1
        else:
            found = sum(1 for s in per_article if s)
            res.errors["not merged"].append(
                f"{ge['id']}: {len(arts)} articles, mentions found in {found}, "
                f"{len(set().union(*per_article))} system event(s)")

    # ---- caravan separation over pairs of matched events
    for x in range(len(pairs)):
        for y in range(x + 1, len(pairs)):
            g1, s1 = gold_events[pairs[x][0]], sys_events[pairs[x][1]]
            g2, s2 = gold_events[pairs[y][0]], sys_events[pairs[y][1]]
            res.caravan_pairs += 1
            if (g1["caravan"] == g2["caravan"]) == (s1.caravan == s2.caravan):
                res.caravan_ok += 1
            elif len(res.errors["caravan"]) < 30:
                res.errors["caravan"].append(f"{g1['id']} [{s1.caravan}] / {g2['id']} [{s2.caravan}]")
    return res, resolved, tl


def report(res: Result, verbose: bool = False) -> str:
    d = res.as_dict()
    targets = {"event_f1": 0.80, "exact_date": 0.90, "merge": 0.85, "caravan_separation": 0.95, "timex_value_f1": 0.85}
    lines = [
        f"articles {res.articles}; gold events {res.gold_events}; system events (actual) {res.sys_events}; "
        f"matched {res.matched}; built in {res.seconds:.2f} s",
        f"{'measure':22} {'value':>7}  target",
        f"{'event precision':22} {d['event_precision']:7.4f}",
        f"{'event recall':22} {d['event_recall']:7.4f}",
    ]
    for k, label in (("event_f1", "event F1"), ("exact_date", "exact date"), ("merge", "merge"),
                     ("caravan_separation", "caravan separation")):
        lines.append(f"{label:22} {d[k]:7.4f}  >= {targets[k]:.2f} {'ok' if d[k] >= targets[k] else 'BELOW'}")
    lines += [
        f"{'  (merge: events)':22} {res.merge_ok:>3}/{res.merge_total}",
        f"{'timex strict F1':22} {d['timex_strict_f1']:7.4f}",
        f"{'timex relaxed F1':22} {d['timex_relaxed_f1']:7.4f}",
        f"{'timex value F1':22} {d['timex_value_f1']:7.4f}  >= 0.85 "
        f"{'ok' if d['timex_value_f1'] >= 0.85 else 'BELOW'}",
        "",
        "main error kinds:",
    ]
    kinds = sorted(res.errors.items(), key=lambda kv: -len(kv[1]))
    for k, items in kinds:
        lines.append(f"  {len(items):3d}  {k}")
        for it in items[: (len(items) if verbose else 3)]:
            lines.append(f"         {it}")
    if verbose:
        lines += ["", "time expression errors:", res.timex.error_report(8)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", nargs="?", type=Path, default=DEFAULT_DEV, help="annotated set (articles/ + gold.json)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every error")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--events", action="store_true", help="also print the built timeline's events")
    a = ap.parse_args(argv)
    if not (a.dev / "gold.json").is_file():
        ap.error(f"{a.dev} has no gold.json")
    res, _, tl = score(a.dev)
    if a.json:
        print(json.dumps(res.as_dict(), indent=2))
    else:
        print(report(res, a.verbose))
    if a.events:
        for e in tl.events:
            print(f"{e.caravan or '-':26} {e.type:12} {e.modality[:4]} {e.date:23} {str(e.place or '-')[:24]:24} "
                  f"n={len(e.mentions)} {'CONFLICT ' if e.conflict else ''}| {e.summary[:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
