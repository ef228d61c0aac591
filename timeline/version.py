"""Identity of the analysis code, so stored analyses are redone when it changes.

A stored analysis is only reused by a build whose extractor, resolver, models
and rule/lexicon files are byte-for-byte the ones that made it.  The identity
is a hash of those files, computed once per process.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from timeline import __version__

_PKG = Path(__file__).resolve().parent
_PARTS = ("models.py", "extract", "resolve", "resources")


@lru_cache(maxsize=1)
def analysis_version() -> str:
    h = hashlib.sha256(__version__.encode())
    for part in _PARTS:
        root = _PKG / part
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for f in files:
            if f.suffix in (".pyc",) or "__pycache__" in f.parts:
                continue
            h.update(str(f.relative_to(_PKG)).encode())
            h.update(b"\x00")
            h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:16]}"
