"""Score a temporal tagger the TempEval-3 way, and tag TempEval-3 itself.

    python benchmarks/tempeval.py GOLD_DIR SYSTEM_DIR
        score SYSTEM_DIR's TimeML files against GOLD_DIR's (same names)
    python benchmarks/tempeval.py --tag [CORPUS_DIR] [--out-dir DIR]
        strip, tag (with timeline's tagger) and score every .tml file of
        CORPUS_DIR (default: the TempEval-3 training corpus, TimeBank + AQUAINT,
        at ../shared/data/tempeval3-train beside the repository), and print the
        tagging speed (documents/s, characters/s) measured in this one process
    python benchmarks/tempeval.py --caravan [DEV_DIR]
        tag the caravan development articles (anchored on their publication
        dates) and score against their gold timexes (gold.json)

Scores, as in TempEval-3: strict span match (same offsets) and relaxed span
match (overlap) precision / recall / F1; type and value accuracy over the
relaxed matches, reported as attribute F1 = relaxed F1 x accuracy.  The
most frequent error kinds (missed, spurious, span, value, type) follow;
--audit also groups the value errors by kind (gold underspecified, part of
day, a week apart, date vs duration, granularity, ...).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "tempeval3-train"
DEFAULT_CARAVAN = REPO.parent / "shared" / "caravan-dev"


@dataclass
class Span:
    start: int
    end: int
    text: str
    type: str = ""
    value: str = ""
    mod: str = ""


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict_sys: int = 0  # system spans with an exact gold match
    strict_gold: int = 0
    relaxed_sys: int = 0  # system spans overlapping a gold span
    relaxed_gold: int = 0
    pairs: int = 0  # one-to-one relaxed matches (attribute accuracy base)
    type_ok: int = 0
    value_ok: int = 0
    errors: dict[str, Counter] = field(default_factory=lambda: {k: Counter() for k in ("missed", "spurious", "span", "value", "type")})
    # (gold type, gold value, system type, system value) of every relaxed match whose value differs
    value_mismatches: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k in ("gold", "system", "strict_sys", "strict_gold", "relaxed_sys", "relaxed_gold", "pairs", "type_ok", "value_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for k, c in other.errors.items():
            self.errors[k].update(c)
        self.value_mismatches.extend(other.value_mismatches)

    @staticmethod
    def _prf(hit_sys: int, n_sys: int, hit_gold: int, n_gold: int) -> tuple[float, float, float]:
        p = hit_sys / n_sys if n_sys else 0.0
        r = hit_gold / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._prf(self.strict_sys, self.system, self.strict_gold, self.gold)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed_sys, self.system, self.relaxed_gold, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.pairs if self.pairs else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.pairs if self.pairs else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed[2] * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed[2] * self.value_accuracy

    def table(self) -> str:
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        lines = [
            f"gold timexes {self.gold}, system timexes {self.system}",
            f"{'':10} {'P':>7} {'R':>7} {'F1':>7}",
            f"{'strict':10} {sp:7.4f} {sr:7.4f} {sf:7.4f}",
            f"{'relaxed':10} {rp:7.4f} {rr:7.4f} {rf:7.4f}",
            f"{'type':10} {'':7} {'':7} {self.type_f1:7.4f}   (accuracy {self.type_accuracy:.4f})",
            f"{'value':10} {'':7} {'':7} {self.value_f1:7.4f}   (accuracy {self.value_accuracy:.4f})",
        ]
        return "\n".join(lines)

    def error_report(self, n: int = 12) -> str:
        out = []
        for kind in ("missed", "spurious", "span", "value", "type"):
            c = self.errors[kind]
            out.append(f"-- {kind}: {sum(c.values())}")
            for k, v in c.most_common(n):
                out.append(f"   {v:4d}  {k}")
        return "\n".join(out)


_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_DAYISH = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|DT|MI))?$")


def _day(v: str) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if re.match(r"^\d{4}-\d\d-\d\d", v) else None
    except ValueError:
        return None


def value_error_kind(gold_type: str, gold: str, sys_type: str, sys: str) -> str:
    """The kind of a value disagreement, for the audit of the value errors."""
    if "X" in gold and "X" not in sys and gold.split("-")[0].rstrip("X") == sys.split("-")[0][: len(gold.split("-")[0].rstrip("X"))]:
        return "gold underspecified, system specific (1989-WXX / W43, 1988-QX / Q3, 198X / 198)"
    gd, sd = _DAYISH.match(gold), _DAYISH.match(sys)
    if gd and sd and gd.group(1) == sd.group(1):
        return "same day, part of day written or not (2000-01-05 / 2000-01-05TNI)"
    g, s = _day(gold), _day(sys)
    if g and s and abs((g - s).days) == 7:
        return "same weekday, one week apart (document dated another week)"
    if (gold_type == "DURATION") != (sys_type == "DURATION") or (gold.startswith("P") != sys.startswith("P")):
        return "date read as a duration or the reverse (last week: P1W / 1998-W33)"
    if gold in _REFS or sys in _REFS:
        return "vague reference against a value (recent years: PAST_REF / PXY)"
    if gold[:4].isdigit() and gold[:4] == sys[:4]:
        return "same year, other granularity (1988 / 1988-Q3; 1999-01 / 1999-W02)"
    if gold.startswith("P") and sys.startswith("P"):
        return "duration amount or unit (13 years: P12Y / P13Y)"
    if gold[:4].isdigit() and sys[:4].isdigit() and abs(int(gold[:4]) - int(sys[:4])) == 1:
        return "year off by one (direction of a month or weekday)"
    return "other"


def audit(sc: Score) -> str:
    """Value errors grouped by kind, most frequent first."""
    kinds = Counter(value_error_kind(*m) for m in sc.value_mismatches)
    lines = [f"-- value errors by kind: {sum(kinds.values())}"]
    lines += [f"   {n:4d}  {k}" for k, n in kinds.most_common()]
    return "\n".join(lines)


def score_spans(gold: list[Span], system: list[Span]) -> Score:
    """TempEval-3 span and attribute scores of one document."""
    sc = Score(gold=len(gold), system=len(system))
    gold_exact = {(g.start, g.end) for g in gold}
    sys_exact = {(s.start, s.end) for s in system}
    sc.strict_sys = sum((s.start, s.end) in gold_exact for s in system)
    sc.strict_gold = sum((g.start, g.end) in sys_exact for g in gold)

    def overlaps(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    sc.relaxed_sys = sum(any(overlaps(s, g) for g in gold) for s in system)
    sc.relaxed_gold = sum(any(overlaps(g, s) for s in system) for g in gold)
    used: set[int] = set()
    for g in gold:
        best, best_ov = None, 0
        for i, s in enumerate(system):
            if i in used or not overlaps(g, s):
                continue
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > best_ov:
                best, best_ov = i, ov
        if best is None:
            sc.errors["missed"][g.text.lower()] += 1
            continue
        used.add(best)
        s = system[best]
        sc.pairs += 1
        if (s.start, s.end) != (g.start, g.end):
            sc.errors["span"][f"{g.text!r} -> {s.text!r}"] += 1
        if s.type == g.type:
            sc.type_ok += 1
        else:
            sc.errors["type"][f"{g.text.lower()!r}: {g.type} -> {s.type}"] += 1
        if s.value == g.value:
            sc.value_ok += 1
        else:
            sc.errors["value"][f"{g.text.lower()!r}: {g.value} -> {s.value}"] += 1
            sc.value_mismatches.append((g.type, g.value, s.type, s.value))
    for s in system:
        if not any(overlaps(s, g) for g in gold):
            sc.errors["spurious"][s.text.lower()] += 1
    return sc


def _timeml_spans(path: Path):
    from timeline.timeml import read_timeml

    doc = read_timeml(path)
    return doc, [
        Span(g["start"], g["end"], g["text"], g.get("type", ""), g.get("value", ""), g.get("mod", "")) for g in doc.gold
    ]


def score_dirs(gold_dir: Path, sys_dir: Path) -> Score:
    total = Score()
    for gp in sorted(gold_dir.rglob("*.tml")):
        sp = sys_dir / gp.relative_to(gold_dir)
        if not sp.exists():
            sp = sys_dir / gp.name
        gdoc, gold = _timeml_spans(gp)
        if sp.exists():
            sdoc, system = _timeml_spans(sp)
            if sdoc.text != gdoc.text:
                print(f"warning: {gp.name}: system text differs from gold text", file=sys.stderr)
        else:
            print(f"warning: no system file for {gp.name}", file=sys.stderr)
            system = []
        total.add(score_spans(gold, system))
    return total


def tag_corpus(corpus: Path, out_dir: Path | None = None) -> tuple[Score, dict]:
    from timeline.timeml import read_timeml, tag_document

    files = sorted(corpus.rglob("*.tml"))
    docs = [(p, read_timeml(p)) for p in files]
    total = Score()
    chars = sum(len(d.text) for _, d in docs)
    w0 = time.perf_counter()
    from timeline.extract.timex_rules import dispatch, rules

    rules(), dispatch()  # compiling the rules is start-up (once per process), printed apart
    startup = time.perf_counter() - w0
    t0 = time.perf_counter()
    c0 = time.process_time()
    outputs = []
    for p, d in docs:
        outputs.append((p, d, tag_document(d)))
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    for p, d, (rendered, resolved) in outputs:
        if out_dir is not None:
            target = out_dir / p.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(rendered, encoding="utf-8")
        from timeline.timeml import timeml_value

        system = [Span(r.start, r.end, r.text, r.type, timeml_value(r), r.mod or "") for r in resolved]
        gold = [Span(g["start"], g["end"], g["text"], g.get("type", ""), g.get("value", ""), g.get("mod", "")) for g in d.gold]
        total.add(score_spans(gold, system))
    speed = {"documents": len(docs), "characters": chars, "seconds": elapsed, "cpu_seconds": cpu, "startup": startup}
    return total, speed


def caravan_score(dev_dir: Path) -> Score:
    """Timex scores on the caravan development set (gold.json ``timexes``)."""
    from datetime import datetime

    from timeline.extract.text import split_sentences
    from timeline.extract.timex import find_timexes
    from timeline.resolve.anchor import resolve_timexes

    gold_all = json.loads((dev_dir / "gold.json").read_text(encoding="utf-8"))["timexes"]
    total = Score()
    for aid, gold_list in sorted(gold_all.items()):
        art = json.loads((dev_dir / "articles" / f"{aid}.json").read_text(encoding="utf-8"))
        text = art["text"]
        pub = datetime.fromisoformat(art["published"]) if art.get("published") else None
        sents = split_sentences(text)
        resolved = resolve_timexes(text, sents, find_timexes(text, sents), pub)
        system = [Span(r.start, r.end, r.text, r.type, r.resolution.value, r.mod or "") for r in resolved]
        gold = [Span(g["start"], g["start"] + len(g["text"]), g["text"], g["type"], g["value"], g.get("mod", "")) for g in gold_list]
        total.add(score_spans(gold, system))
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", help="gold TimeML directory (or the corpus with --tag)")
    ap.add_argument("system", nargs="?", help="system TimeML directory")
    ap.add_argument("--tag", action="store_true", help="tag the corpus itself and score it")
    ap.add_argument("--caravan", action="store_true", help="score on the caravan development set")
    ap.add_argument("--out-dir", type=Path, help="with --tag: also write the tagged documents here")
    ap.add_argument("--errors", type=int, default=12, help="error kinds to list per category")
    ap.add_argument("--audit", action="store_true", help="also group the value errors by kind")
    a = ap.parse_args(argv)
    if a.caravan:
        dev = Path(a.gold) if a.gold else DEFAULT_CARAVAN
        sc = caravan_score(dev)
        print(f"caravan dev set: {dev.name}")
        print(sc.table())
        print(sc.error_report(a.errors))
        if a.audit:
            print(audit(sc))
        return 0
    if a.tag:
        corpus = Path(a.gold) if a.gold else DEFAULT_CORPUS
        if not corpus.exists():
            print(f"error: corpus not found: {corpus}", file=sys.stderr)
            return 2
        sc, speed = tag_corpus(corpus, a.out_dir)
        print(sc.table())
        s = speed["seconds"]
        print(
            f"tagging speed: {speed['documents']} documents, {speed['characters']} characters in {s:.2f} s"
            f" = {speed['documents'] / s:.1f} documents/s, {speed['characters'] / s:,.0f} characters/s"
            f" ({speed['cpu_seconds']:.2f} CPU s: the wall time grows when other jobs share the cores);"
            f" plus {speed['startup']:.2f} s compiling the rules once"
        )
        print(sc.error_report(a.errors))
        if a.audit:
            print(audit(sc))
        return 0
    if not (a.gold and a.system):
        ap.error("GOLD_DIR and SYSTEM_DIR are required (or use --tag / --caravan)")
    sc = score_dirs(Path(a.gold), Path(a.system))
    print(sc.table())
    print(sc.error_report(a.errors))
    if a.audit:
        print(audit(sc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
