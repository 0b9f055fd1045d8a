"""The per-article stages on a Dask distributed cluster (`--engine dask`).

The same split as the local process pool (`workers.py`): the parent reads the
articles, sends them in chunks, gets the results back in input order and stays
the one writer; the cluster's workers clean, date, link, extract and encode.
A worker builds its pipeline once, from the store's own curation, and opens the
store for reading to skip articles stored before. When a worker dies, the
scheduler runs its chunks again on another; since only the parent writes, an
article is stored once whichever worker made it. A chunk that kills every
worker it is given (Dask gives up after its allowed failures) comes back as
rejections of its articles, and the rest of the run goes on.

Dask is an optional dependency (`pip install "langgieng[dask]"`).
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from langgieng.errors import ClusterError
from langgieng.model import Rejection
from langgieng.workers import AHEAD, CHUNK, batched

T = TypeVar("T")
R = TypeVar("R")

CONNECT_SECONDS = 10  # how long to wait for a scheduler to answer


@dataclass(frozen=True)
class Cluster:
    """Where the per-article work runs: a scheduler's address, or None for a
    cluster of `workers` local processes started for the run."""

    scheduler: str | None = None
    workers: int = 2


def cluster_map(step: Callable[[T], R], items: Iterable[T], store_target: str,
                cluster: Cluster) -> Iterator[R]:
    """`step` over `items` on the cluster, results in the order of `items`; items
    are read only as far as the cluster has room for."""
    if store_target == ":memory:":
        raise ClusterError("the dask engine needs a store its workers can open, not :memory:")
    client, local = _connect(cluster)
    run = uuid.uuid4().hex  # workers set up afresh for each run: verdicts may have changed
    pending: deque[tuple[tuple[T, ...], Any]] = deque()
    try:
        room = AHEAD * max(1, len(client.scheduler_info().get("workers", {})))
        for chunk in batched(items, CHUNK):
            future = client.submit(_run_chunk, step, chunk, store_target, run, pure=False)
            pending.append((chunk, future))
            if len(pending) >= room:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
    finally:
        client.cancel([future for _, future in pending])
        client.close()
        if local is not None:
            local.close()


def _connect(cluster: Cluster) -> tuple[Any, Any]:
    """A client of the cluster's scheduler, and the local cluster started for it."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError('the dask engine needs Dask: pip install "langgieng[dask]"') from None
    if cluster.scheduler is None:
        local = LocalCluster(n_workers=cluster.workers, threads_per_worker=1, processes=True,
                             dashboard_address=None, silence_logs=logging.ERROR)
        return Client(local), local
    try:
        return Client(cluster.scheduler, timeout=CONNECT_SECONDS), None
    except (OSError, ValueError, TypeError) as exc:
        raise ClusterError("%(address)s: no Dask scheduler answers there (%(error)s)",
                           address=cluster.scheduler, error=exc) from None


def _results(chunk: tuple[Any, ...], future: Any) -> list[Any]:
    """The chunk's results, or, when the cluster gave up on it, its articles as
    rejections: (source, Rejection) as the steps give them."""
    try:
        return list(future.result())
    except Exception as exc:  # noqa: BLE001 - a lost chunk must not stop the run
        reason = f"lost on the cluster: {type(exc).__name__}: {exc}"
        return [(item.source, Rejection(item.source, reason)) for item in chunk]


_ready_for: str | None = None  # the run this worker process is set up for


def _run_chunk(step: Callable[[T], R], chunk: tuple[T, ...], store_target: str,
               run: str) -> list[R]:
    """Run on a Dask worker: set the process up for the run once (the store's
    pipeline, with the verdicts it holds now), then the step."""
    global _ready_for
    if _ready_for != run:
        from langgieng.pipeline import Pipeline
        from langgieng.store import open_store
        from langgieng.workers import start_worker

        store = open_store(store_target, read_only=True)
        start_worker(Pipeline.for_store(store), store)
        _ready_for = run
    return [step(item) for item in chunk]
