"""Engines that map the per-article analysis over a stream of articles.

An engine takes a picklable function and an iterable and yields
``(item, result)`` pairs in input order, where ``result`` is the function's
return value or the exception it raised (one bad article never stops a
build).  At most ``window`` items are in flight, so memory stays bounded
however large the corpus is.

* :class:`SerialEngine` -- in this process;
* :class:`ProcessEngine` -- a pool of worker processes on this machine;
* :class:`DaskEngine` -- a Dask distributed cluster (``pip install 'timeline[dask]'``).

All three share :func:`ordered_batches`, so the results, and therefore the
store, do not depend on the engine.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | BaseException]]: ...


def _safe(fn: Callable[[T], R], item: T) -> R | BaseException:
    try:
        return fn(item)
    except Exception as exc:  # reported per article by the caller
        return exc


def _safe_batch(fn: Callable[[T], R], items: list[T]) -> list[R | BaseException]:
    return [_safe(fn, it) for it in items]


class _JSONModel:
    """A pydantic model in transit between processes, as its JSON.

    Unpickling a deep pydantic model (an analysed article: sentences, time
    expressions, mentions with places) costs the receiving process about twice
    as much as validating its JSON, and the receiver -- the main process, which
    also reads the input and writes the store -- is the one that must stay
    light.  The class travels by reference, the data as one string.
    """

    __slots__ = ("cls", "data")

    def __init__(self, cls: type, data: str):
        self.cls, self.data = cls, data

    def __reduce__(self):
        return (_JSONModel, (self.cls, self.data))


def _pack(result: Any) -> Any:
    try:
        from pydantic import BaseModel
    except ImportError:  # pragma: no cover - pydantic is a dependency
        return result
    if isinstance(result, BaseModel):
        try:
            return _JSONModel(type(result), result.model_dump_json())
        except Exception:  # not JSON-able: fall back to pickle
            return result
    return result


def _unpack(result: Any) -> Any:
    if isinstance(result, _JSONModel):
        return result.cls.model_validate_json(result.data)
    return result


def _packed_batch(fn: Callable[[T], R], items: list[T]) -> list[Any]:
    """``_safe_batch`` in a worker, results packed for the trip back."""
    return [_pack(r) for r in _safe_batch(fn, items)]


class SerialEngine:
    """Everything in this process."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | BaseException]]:
        for it in items:
            yield it, _safe(fn, it)


class ProcessEngine:
    """A pool of worker processes on this machine, fed in small batches."""

    def __init__(self, workers: int | None = None, batch: int = 8, window: int | None = None,
                 initializer: Callable[[], None] | None = None):
        self.workers = workers or os.cpu_count() or 1
        self.batch = batch
        self.window = window or self.workers * 4
        self.initializer = initializer  # run once in each worker process when it starts
        self._pool: Executor | None = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | BaseException]]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=self.initializer)
        yield from ordered_batches(self._pool.submit, fn, items, self.batch, self.window)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            self.close()
        except Exception:
            pass


def ordered_batches(
    submit: Callable[..., Future], fn: Callable[[T], R], items: Iterable[T], batch: int, window: int
) -> Iterator[tuple[T, R | BaseException]]:
    """Submit batches of ``items`` with at most ``window`` batches in flight; yield in order."""
    inflight: deque[tuple[list[T], Any]] = deque()
    it = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(inflight) < window:
            chunk: list[T] = []
            for x in it:
                chunk.append(x)
                if len(chunk) >= batch:
                    break
            if not chunk:
                exhausted = True
                break
            inflight.append((chunk, submit(_packed_batch, fn, chunk)))
        if not inflight:
            return
        chunk, fut = inflight.popleft()
        try:
            results = fut.result()
        except BaseException as exc:  # the worker died: report each article
            results = [exc] * len(chunk)
        for item, result in zip(chunk, results):
            yield item, _unpack(result)


def _worker_version() -> str:
    """Runs on each Dask worker: the identity of its analysis code."""
    from timeline.version import analysis_version

    return analysis_version()


class EngineError(Exception):
    """An engine cannot start (missing extra, unreachable cluster); one line for the user."""


class DaskEngine:
    """Batches of articles on a Dask distributed cluster, results back in input order.

    ``address`` is a scheduler address (``tcp://host:8786``) or an existing
    ``distributed.Client``.  The workers need ``timeline`` installed (same
    version): the function is shipped by reference, the articles by value.  At
    most ``window`` batches are in flight (default: two per worker thread), so
    a corpus of any size streams through with bounded memory on both sides.
    """

    def __init__(self, address: Any, batch: int = 32, window: int | None = None, timeout: float = 10.0):
        try:
            from distributed import Client
        except ImportError:
            raise EngineError(
                "--dask needs the optional Dask extra: pip install 'timeline[dask]'"
            ) from None
        self.batch = batch
        if isinstance(address, Client):
            self.client, self._own = address, False
        else:
            from distributed.comm import resolve_address

            try:
                # A malformed or unknown address fails here, before a Client exists (a half-made
                # Client would wait 20 s in its finaliser on the way out).
                resolve_address(address)
                self.client = Client(address, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise EngineError(f"cannot reach the Dask scheduler at {address}: {detail}") from None
            self._own = True
        try:
            self._check_workers()
        except EngineError:
            self.close()
            raise
        threads = sum(self.client.nthreads().values()) or 1
        self.window = window or max(4, 2 * threads)

    def _check_workers(self) -> None:
        """Every worker must run this very analysis code, or the store would mix analyses."""
        from timeline.version import analysis_version

        mine = analysis_version()
        for addr, theirs in sorted(self.client.run(_worker_version, on_error="return").items()):
            if isinstance(theirs, BaseException):
                detail = str(theirs).splitlines()[0] if str(theirs) else type(theirs).__name__
                raise EngineError(f"Dask worker {addr} cannot run timeline ({detail}); "
                                  "install the same timeline on every worker")
            if theirs != mine:
                raise EngineError(f"Dask worker {addr} runs analysis version {theirs}, this build {mine}; "
                                  "install the same timeline on every worker")

    def _submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        # pure=False: two equal batches are still two tasks (no key collisions
        # between builds sharing a cluster).
        return self.client.submit(fn, *args, pure=False)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | BaseException]]:
        yield from ordered_batches(self._submit, fn, items, self.batch, self.window)

    def close(self) -> None:
        if self._own and getattr(self, "client", None) is not None:
            self.client.close()
        self.client = None


def make_engine(workers: int | None, initializer: Callable[[], None] | None = None) -> Engine:
    """One process (``workers`` 1) or a pool of ``workers`` processes (default: the cores), each
    starting with ``initializer``."""
    n = workers if workers is not None else (os.cpu_count() or 1)
    return SerialEngine() if n <= 1 else ProcessEngine(n, initializer=initializer)
