"""The Dask engine: same results, same order as the serial engine, bounded in-flight work,
one-line errors when Dask is missing or the scheduler cannot be reached."""

from __future__ import annotations

import pytest

from timeline.engines import DaskEngine, EngineError, SerialEngine

distributed = pytest.importorskip("distributed")


def square_or_fail(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x * x


@pytest.fixture(scope="module")
def client():
    # In-process threads: light enough for the suite, still the real scheduler and futures.
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster, set_as_default=False)
    yield c
    c.close()
    cluster.close()


def test_dask_engine_keeps_order_and_reports_failures_per_item(client):
    items = list(range(50))
    serial = list(SerialEngine().map(square_or_fail, items))
    eng = DaskEngine(client, batch=4, window=3)
    out = list(eng.map(square_or_fail, iter(items)))
    eng.close()  # does not close a client it was given
    assert [i for i, _ in out] == items
    assert [r for _, r in out if not isinstance(r, Exception)] == [
        r for _, r in serial if not isinstance(r, Exception)
    ]
    assert isinstance(dict(out)[3], ValueError) and str(dict(out)[3]) == "three"
    assert client.status == "running"


def test_dask_engine_bounds_work_in_flight(client):
    pulled = []

    def source():
        for i in range(100):
            pulled.append(i)
            yield i

    eng = DaskEngine(client, batch=5, window=2)
    gen = eng.map(square_or_fail, source())
    first = next(gen)
    assert first == (0, 0)
    # Two batches of five submitted before the first result is taken: nothing more was read.
    assert len(pulled) <= 5 * 2 + 1
    gen.close()


def test_unreachable_scheduler_is_one_line_error():
    with pytest.raises(EngineError) as exc:
        DaskEngine("tcp://127.0.0.1:9", timeout=1)
    msg = str(exc.value)
    assert msg.startswith("cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "\n" not in msg


def test_missing_dask_is_one_line_error(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(EngineError) as exc:
        DaskEngine("tcp://127.0.0.1:8786")
    assert str(exc.value) == "--dask needs the optional Dask extra: pip install 'timeline[dask]'"


def test_malformed_scheduler_address_is_one_line_error_at_once():
    import time

    t = time.perf_counter()
    with pytest.raises(EngineError) as exc:
        DaskEngine("no-port-here")
    assert str(exc.value).startswith("cannot reach the Dask scheduler at no-port-here: missing port")
    assert time.perf_counter() - t < 5


def test_workers_running_other_analysis_code_are_refused(client, monkeypatch):
    # The in-process workers share this process's modules: make them report another version.
    import timeline.engines as engines

    monkeypatch.setattr(engines, "_worker_version", lambda: "0.0.0+otherhash")
    with pytest.raises(EngineError) as exc:
        DaskEngine(client)
    msg = str(exc.value)
    assert "runs analysis version 0.0.0+otherhash" in msg and "install the same timeline" in msg
    assert client.status == "running"  # a client we were given is left alone


def test_workers_that_cannot_import_timeline_are_refused(client, monkeypatch):
    import timeline.engines as engines

    def broken():
        raise ModuleNotFoundError("No module named 'timeline'")

    monkeypatch.setattr(engines, "_worker_version", broken)
    with pytest.raises(EngineError) as exc:
        DaskEngine(client)
    assert "cannot run timeline (No module named 'timeline')" in str(exc.value)
