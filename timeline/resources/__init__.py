"""Loading of the data files that hold rules and lexicons.

Rules and lexicons are data (YAML / TSV / JSON files in this folder); the
engine is code.  Every file is read and compiled once per process.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources as _res
from typing import Any

import yaml


def _path(relpath: str):
    return _res.files(__package__).joinpath(relpath)


def read_text(relpath: str) -> str:
    return _path(relpath).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(relpath: str) -> Any:
    """Parse a YAML resource (safe loader: no object construction)."""
    return yaml.safe_load(read_text(relpath))


@lru_cache(maxsize=None)
def load_json(relpath: str) -> Any:
    return json.loads(read_text(relpath))


@lru_cache(maxsize=None)
def load_tsv(relpath: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; '#' lines are comments."""
    lines = [ln for ln in read_text(relpath).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))
