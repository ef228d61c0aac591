from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
SEEDS = FIXTURES / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture
def write_article(tmp_path):
    """Write an article JSON file and return its path."""

    def _write(name: str, **fields) -> Path:
        p = tmp_path / name
        p.write_text(json.dumps(fields), encoding="utf-8")
        return p

    return _write


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory):
    """The two seed articles built once into a database shared by the CLI tests (read-only use)."""
    from timeline.cli import main

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    assert main(["build", str(SEEDS), "--db", str(db), "--workers", "1", "--quiet"]) == 0
    return db
