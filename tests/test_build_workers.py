"""`timeline build --workers N` and `--dask ADDRESS` give the same store as `--workers 1`,
and the progress bar shows only on a terminal."""

from __future__ import annotations

import json
import sys

import pytest

from cli_helpers import run_cli
from conftest import REPO, SEEDS

sys.path.insert(0, str(REPO / "benchmarks"))
import corpus  # noqa: E402  (benchmarks/ is not a package)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The two seeds and 30 synthetic wire articles in two JSONL shards."""
    synth = corpus.write_corpus(tmp_path_factory.mktemp("synth"), 30, seed=11, shard=16)
    return [str(SEEDS), str(synth)]


def _export(capsys, db) -> dict:
    code, out, err = run_cli(capsys, "export", "--format", "json", "--db", db)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def serial_export(inputs, tmp_path_factory):
    # capsys is function-scoped: run the CLI here and read its export through a file.
    from timeline.cli import main

    db = tmp_path_factory.mktemp("serial") / "t.db"
    assert main(["build", *inputs, "--db", str(db), "--workers", "1", "--quiet"]) == 0
    out = db.parent / "export.json"
    import contextlib

    with open(out, "w", encoding="utf-8") as f, contextlib.redirect_stdout(f):
        assert main(["export", "--format", "json", "--db", str(db)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _distinct_synthetic() -> int:
    # Syndicated copies (same title, text and date under another source) are stored once.
    return len({(a["title"], a["text"], a["published"]) for a in corpus.articles(30, seed=11)})


def test_serial_build_is_not_trivial(serial_export):
    assert len(serial_export["articles"]) == 2 + _distinct_synthetic()
    # The synthetic articles carry real events: the comparison below is on real output.
    assert serial_export["events"], "no events built from the seeds + synthetic corpus"


def test_workers_2_identical_to_workers_1(inputs, serial_export, tmp_path, capsys):
    code, out, err = run_cli(capsys, "build", *inputs, "--db", tmp_path / "p.db", "--workers", "2")
    assert code == 0, err
    new = 2 + _distinct_synthetic()
    assert out.startswith(f"32 articles read ({new} new, {32 - new} unchanged)")
    assert _export(capsys, tmp_path / "p.db") == serial_export


def test_dask_identical_to_workers_1(inputs, serial_export, tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None, silence_logs=40) as cluster:
        code, out, err = run_cli(capsys, "build", *inputs, "--db", tmp_path / "d.db", "--dask",
                                 cluster.scheduler_address)
    assert code == 0, err
    assert out.startswith("32 articles read")
    assert _export(capsys, tmp_path / "d.db") == serial_export


def test_dask_unreachable_scheduler_one_line(tmp_path, capsys, monkeypatch):
    pytest.importorskip("distributed")
    import timeline.engines as engines

    real = engines.DaskEngine.__init__
    monkeypatch.setattr(engines.DaskEngine, "__init__",
                        lambda self, address, **kw: real(self, address, timeout=1))
    code, out, err = run_cli(capsys, "build", SEEDS, "--db", tmp_path / "t.db", "--dask", "tcp://127.0.0.1:9")
    assert code == 2
    assert err.strip().startswith("timeline: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "t.db").exists()


def test_workers_and_dask_exclude_each_other(tmp_path, capsys):
    code, _, err = run_cli(capsys, "build", SEEDS, "--db", tmp_path / "t.db", "--workers", "2",
                           "--dask", "tcp://127.0.0.1:8786")
    assert code == 2 and "--dask" in err


def test_no_progress_bar_when_not_a_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    code, out, err = run_cli(capsys, "build", SEEDS, "--db", tmp_path / "t.db", "--workers", "1")
    assert code == 0
    assert "articles/s" not in err and "ETA" not in err


def test_progress_bar_on_a_terminal(inputs, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich treats stderr as a terminal
    monkeypatch.setenv("COLUMNS", "160")
    code, out, err = run_cli(capsys, "build", *inputs, "--db", tmp_path / "t.db", "--workers", "1")
    assert code == 0, err
    assert "articles/s" in err and "ETA" in err
    assert "/32" in err  # articles done out of the counted total
    assert "building the timeline" in err  # once every article is in, the graph step
    assert out.startswith("32 articles read")  # the summary line stays on stdout


def test_quiet_silences_progress_and_summary(inputs, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, err = run_cli(capsys, "build", *inputs, "--db", tmp_path / "t.db", "--workers", "1", "--quiet")
    assert code == 0
    assert out == "" and "articles/s" not in err


def test_count_articles_for_the_progress_total(tmp_path):
    from timeline.commands.build import count_articles

    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"text": "x"}', encoding="utf-8")
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d.csv").write_text("x", encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 5
    assert count_articles([str(tmp_path / "missing")]) == 0


def test_progress_total_counts_articles_to_reanalyse(inputs, tmp_path, capsys, monkeypatch):
    # Stored analyses made by other analysis code are redone first: the bar's total includes them.
    import timeline.commands.build as build_cmd
    import timeline.pipeline as pipeline

    db = tmp_path / "t.db"
    code, _, err = run_cli(capsys, "build", SEEDS, "--db", db, "--workers", "1", "--quiet")
    assert code == 0, err
    monkeypatch.setattr(pipeline, "analysis_version", lambda: "new-code")
    monkeypatch.setattr(build_cmd, "analysis_version", lambda: "new-code")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "160")
    code, out, err = run_cli(capsys, "build", SEEDS, "--db", db, "--workers", "1")
    assert code == 0, err
    assert "4/4" in err and "building the timeline" in err  # 2 re-analysed + 2 read (unchanged)
