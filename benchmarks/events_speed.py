"""Speed of the event extractor (``find_events``) on real and hostile texts.

    python benchmarks/events_speed.py [DEV_DIR] [--repeat N] [--profile]
    python benchmarks/events_speed.py --synthetic 500 [--profile]

``--synthetic N``: the first N articles of the synthetic wire corpus
(``benchmarks/corpus.py``, seed 7), analysed one at a time as a build worker
does (nothing kept between articles), timing every part separately (CPU):
sentence splitting, time expressions, event mentions (``find_events``, which
includes its tokenisation and the place scan), resolve; and, outside that
sum, the word tokenisation and the place scan (``places.ArticlePlaces``) alone.
Best of ``--repeat`` passes per part.

Real articles: the two seed articles (``fixtures/seeds``) and the caravan
development set's articles (``../shared/caravan-dev/articles`` beside the
repository by default).  For each article the sentences and time expressions
are computed once; ``find_events`` is then timed alone (best of ``--repeat``
runs per article), as is the whole analysis (``timeline.pipeline.analyse``:
extract + resolve).  Printed: ms per article for both, and the event
extractor's share.

Hostile texts (the 1 MB inputs of tests/test_robustness.py: digits and
commas, "the day after" repeated, weekday names, glued dates, one 1 MB word):
seconds per MB for ``find_events`` alone and for the whole analysis.

One dense sentence (the text of tests/test_events_speed.py, 25 KB to 400 KB):
``find_events`` CPU ms per KB, which stays flat while every pass is linear.

Targets (issues 5 and 6): ``find_events`` <= 2.5 ms per ~2.5 KB article;
< 0.3 s/MB on every hostile text.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEV = REPO.parent / "shared" / "caravan-dev"

HOSTILE = {
    "digits and commas": ("1,234,567, 8,9 " * 80_000)[:1_000_000],
    "day after the day after": ("the day after " * 80_000)[:1_000_000],
    "weekday names": ("Monday Tuesday, Friday night; " * 40_000)[:1_000_000],
    "dates glued together": ("10/13/2018-10-13 Oct. 13th, " * 40_000)[:1_000_000],
    "no spaces": "a" * 1_000_000,
    "movement words": ("Migrants crossed into Mexico from Guatemala and about 2,000 reached Tapachula; "
                       * 13_000)[:1_000_000],
}


def load_articles(dev: Path) -> list:
    from timeline.models import Article

    out = []
    for p in sorted((REPO / "fixtures" / "seeds").glob("*.json")):
        out.append(Article.model_validate(json.loads(p.read_text(encoding="utf-8"))))
    arts = dev / "articles"
    if arts.is_dir():
        for p in sorted(arts.glob("*.json")):
            out.append(Article.model_validate(json.loads(p.read_text(encoding="utf-8"))))
    return out


def _best(fn, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU time of ``repeat`` runs (CPU time suffers less from other jobs)."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def synthetic(n: int, repeat: int, profile: bool) -> int:
    """Per-part CPU time per article on the synthetic corpus (see the module docstring)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import articles

    from timeline.extract import extract, find_events, find_timexes, split_sentences
    from timeline.extract.event_lexicon import tokenize
    from timeline.extract.places import ArticlePlaces
    from timeline.models import Article
    from timeline.resolve import resolve

    arts = [Article.model_validate(d) for d in articles(n)]
    for art in arts[:50]:  # warm the caches
        resolve(extract(art))
    clock = time.process_time
    parts = ("sentences", "time expressions", "event mentions", "resolve", "(tokenize)", "(place scan)")
    best = dict.fromkeys(parts, float("inf"))
    for _ in range(repeat):
        tot = dict.fromkeys(parts, 0.0)
        for art in arts:
            t0 = clock()
            sents = split_sentences(art.text)
            t1 = clock()
            tx = find_timexes(art.text, sents)
            t2 = clock()
            find_events(art, sents, tx)
            t3 = clock()
            tot["sentences"] += t1 - t0
            tot["time expressions"] += t2 - t1
            tot["event mentions"] += t3 - t2
            ex = extract(art)
            t0 = clock()
            resolve(ex)
            t1 = clock()
            toks = tokenize(art.text)
            t2 = clock()
            ArticlePlaces(art.text, toks)
            t3 = clock()
            tot["resolve"] += t1 - t0
            tot["(tokenize)"] += t2 - t1
            tot["(place scan)"] += t3 - t2
            del ex, toks
        for k in parts:
            best[k] = min(best[k], tot[k])
    chars = sum(len(a.text) for a in arts) / len(arts)
    print(f"{len(arts)} synthetic articles, {chars:,.0f} characters on average; CPU ms per article "
          f"(best of {repeat} passes)")
    total = sum(best[k] for k in parts[:4])
    for k in parts:
        share = f"{100 * best[k] / total:5.1f} %" if k in parts[:4] else ""
        print(f"  {k:18} {1000 * best[k] / len(arts):7.3f}  {share}")
    print(f"  {'sum of the parts':18} {1000 * total / len(arts):7.3f}")
    if profile:
        prepared = []
        for art in arts:
            sents = split_sentences(art.text)
            prepared.append((art, sents, find_timexes(art.text, sents)))
        pr = cProfile.Profile()
        pr.enable()
        for art, s, tx in prepared:
            split_sentences(art.text)
            find_events(art, s, tx)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", nargs="?", type=Path, default=DEFAULT_DEV, help="caravan set (articles/*.json)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per article (the best is kept)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of find_events over the articles")
    ap.add_argument("--no-hostile", action="store_true", help="skip the 1 MB hostile texts")
    ap.add_argument("--synthetic", type=int, default=0, metavar="N",
                    help="time each part on the first N synthetic wire articles instead")
    a = ap.parse_args(argv)
    if a.synthetic:
        return synthetic(a.synthetic, a.repeat, a.profile)

    from timeline.extract import find_events, find_timexes, split_sentences
    from timeline.models import Article
    from timeline.pipeline import analyse

    arts = load_articles(a.dev)
    prepared = []
    for art in arts:
        sents = split_sentences(art.text)
        prepared.append((art, sents, find_timexes(art.text, sents)))
    for art, sents, tx in prepared:  # warm the caches (lexicon, gazetteer, patterns)
        find_events(art, sents, tx)
        analyse(art)
    ev = [_best(lambda: find_events(art, s, tx), a.repeat) for art, s, tx in prepared]
    full = [_best(lambda: analyse(art), a.repeat) for art, _, _ in prepared]
    chars = sum(len(art.text) for art in arts)
    n = len(arts)
    print(f"{n} articles, {chars / n / 1000:.1f} KB on average (best of {a.repeat} runs each)")
    print(f"  {'':18} {'wall ms/article':>15} {'CPU ms/article':>15} {'max CPU ms':>10}")
    for label, xs in (("find_events", ev), ("analyse (ex+res)", full)):
        w, c = sum(x[0] for x in xs) / n, sum(x[1] for x in xs) / n
        print(f"  {label:18} {1000 * w:15.2f} {1000 * c:15.2f} {1000 * max(x[1] for x in xs):10.2f}")
    share = sum(x[1] for x in ev) / sum(x[1] for x in full)
    print(f"  find_events share of the analysis (CPU): {100 * share:.0f} %")
    if a.profile:
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(20):
            for art, s, tx in prepared:
                find_events(art, s, tx)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
    if a.no_hostile:
        return 0
    print("hostile 1 MB texts: CPU seconds per MB")
    print(f"  {'text':26} {'find_events':>11} {'analyse':>9}  mentions")
    for name, text in HOSTILE.items():
        art = Article(id="x", text=text, published=datetime(2018, 10, 24))
        sents = split_sentences(text)
        tx = find_timexes(text, sents)[:20_000]
        c0 = time.process_time()
        ms, _ = find_events(art, sents, tx)
        t_ev = time.process_time() - c0
        c0 = time.process_time()
        analyse(art)
        t_all = time.process_time() - c0
        mb = len(text.encode("utf-8")) / 1e6
        print(f"  {name:26} {t_ev / mb:11.3f} {t_all / mb:9.3f}  {len(ms)}")
    dense_growth()
    return 0


# one long "sentence" full of triggers, places, sizes and dates (tests/test_events_speed.py)
DENSE = ("the caravan left Tecun Uman on Friday, where they had rested, and 300 migrants arrived in Mexico "
         "the next day, ")


def dense_growth() -> None:
    """CPU ms per KB of ``find_events`` on one ever longer sentence: flat when every pass is linear."""
    from timeline.extract import find_events, find_timexes, split_sentences
    from timeline.models import Article

    print("one dense sentence: find_events CPU ms per KB (flat = linear)")
    for size in (25_000, 50_000, 100_000, 200_000, 400_000):
        text = (DENSE * (size // len(DENSE) + 1))[:size]
        art = Article(id="x", text=text, published=datetime(2018, 10, 24))
        sents = split_sentences(text)
        tx = find_timexes(text, sents)
        _, cpu = _best(lambda: find_events(art, sents, tx), 2)
        print(f"  {size // 1000:4d} KB  {1000 * cpu / (size / 1000):6.3f} ms/KB")


if __name__ == "__main__":
    raise SystemExit(main())
