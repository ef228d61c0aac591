"""Engines keep input order, bound memory and report per-item failures."""

from __future__ import annotations

from timeline.engines import ProcessEngine, SerialEngine


def square_or_fail(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x * x


def test_serial_and_process_engines_agree_and_keep_order():
    items = list(range(40))
    serial = list(SerialEngine().map(square_or_fail, items))
    eng = ProcessEngine(workers=2, batch=3, window=2)
    try:
        parallel = list(eng.map(square_or_fail, iter(items)))
    finally:
        eng.close()
    assert [i for i, _ in parallel] == items
    assert [r for _, r in serial if not isinstance(r, Exception)] == [
        r for _, r in parallel if not isinstance(r, Exception)
    ]
    assert isinstance(dict(parallel)[3], ValueError)


_STARTED: list[str] = []


def _mark_started() -> None:
    _STARTED.append("started")


def _was_started(_: int) -> bool:
    return _STARTED == ["started"]


def test_each_worker_runs_the_initializer_once():
    eng = ProcessEngine(workers=2, batch=2, window=2, initializer=_mark_started)
    try:
        assert all(r is True for _, r in eng.map(_was_started, range(10)))
    finally:
        eng.close()


def test_the_build_warm_up_compiles_and_freezes():
    import gc

    from timeline.pipeline import warm_worker

    before = gc.get_freeze_count()
    warm_worker()
    try:
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
