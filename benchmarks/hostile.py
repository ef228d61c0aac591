"""Seconds per megabyte of the temporal tagger on hostile texts (issue 5).

    python benchmarks/hostile.py [--repeat N] [--mb MB]

For each hostile text (the ones of tests/test_robustness.py, plus quotation,
caption and sentence-mark floods) prints the CPU seconds of the sentence
splitter, of ``find_timexes`` and of ``resolve_timexes`` (the tagger's part of
the analysis), per MB, and the number of expressions found (a text denser
than any article stops at the per-article limit).  CPU time, not wall time:
the figures do not depend on what else the machine runs.  The caches of the
tagger are emptied before each text, so no text profits from another.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.extract import timex as _timex  # noqa: E402
from timeline.extract.text import split_sentences  # noqa: E402
from timeline.extract.timex import find_timexes  # noqa: E402
from timeline.resolve import anchor as _anchor  # noqa: E402
from timeline.resolve import values as _values  # noqa: E402
from timeline.resolve.anchor import resolve_timexes  # noqa: E402


def hostile(size: int) -> dict[str, str]:
    def fill(unit: str, head: str = "") -> str:
        return (head + unit * (size // len(unit) + 1))[:size]

    return {
        "digits and commas": fill("1,234,567, 8,9 "),
        "the day after the day after": fill("the day after "),
        "weekday names": fill("Monday Tuesday, Friday night; "),
        "dates glued together": fill("10/13/2018-10-13 Oct. 13th, "),
        "no spaces": "a" * size,
        "curly quotes": fill("“", "On Monday, Oct. 1, 2018 they said "),
        "brackets": fill("[", "On Monday, Oct. 1, 2018. "),
        "line breaks": fill("\n", "Oct. 1, 2018\n"),
        "day headers": fill("MONDAY\nThey rested this afternoon.\n"),  # a section per line: lookups stay linear
    }


def _clear_caches() -> None:
    _timex._WINDOWS.clear()
    _timex._NORMALISED.clear()
    _values.complete.cache_clear()
    _anchor._interval_of.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="size of each text in MB (default 1)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per text; the best is printed")
    a = ap.parse_args(argv)
    size = int(a.mb * 1_000_000)
    published = datetime(2018, 10, 24)
    t0 = time.process_time()
    find_timexes("Warm up: the rules compile on Friday, Oct. 12, 2018.", [])
    print(f"rule compilation (once per process): {time.process_time() - t0:.2f} s")
    print(f"{'text':30} {'split':>7} {'find':>7} {'resolve':>8} {'find+resolve':>13}  (CPU s/MB)  expressions")
    worst = 0.0
    for name, text in hostile(size).items():
        best = None
        for _ in range(a.repeat):
            _clear_caches()
            c0 = time.process_time()
            sents = split_sentences(text)
            c1 = time.process_time()
            found = find_timexes(text, sents)
            c2 = time.process_time()
            resolve_timexes(text, sents, found, published)
            c3 = time.process_time()
            row = (c1 - c0, c2 - c1, c3 - c2)
            if best is None or sum(row) < sum(best):
                best = row
        mb = len(text) / 1_000_000
        s, f, r = (x / mb for x in best)
        worst = max(worst, f + r)
        print(f"{name:30} {s:7.3f} {f:7.3f} {r:8.3f} {f + r:13.3f}  {'':11} {len(found):,}")
    print(f"worst find+resolve: {worst:.3f} CPU s/MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
