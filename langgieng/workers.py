"""The per-article stages on every core: a pool of worker processes.

The parent reads the files (cheap: bytes and their decoding), hands the raw
articles to the workers in order and gets them back in the same order, so it
stays the one writer and a run with N workers stores exactly what a run with
one stores. Each worker cleans (a web page's text is extracted there), dates,
links, extracts and encodes the article as its table rows, so that the writer
only inserts; it checks the store itself, through its own read-only
connection, so that an article stored by an earlier run costs a clean only.

On Linux the workers are forked: they share the parent's gazetteer and
indexes, already built, instead of loading them again.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from langgieng.model import Article, RawArticle, Rejection
from langgieng.store import Store, open_store
from langgieng.store.codec import ArticleRows, encode

if TYPE_CHECKING:
    from langgieng.cluster import Cluster
    from langgieng.pipeline import Pipeline

T = TypeVar("T")
R = TypeVar("R")

# what one worker process holds, set by `start_worker`
_pipeline: Pipeline | None = None
_store: Store | None = None

# an article as its table rows, why it was rejected, or the id of one already stored
Outcome = ArticleRows | Rejection | str

# Articles sent to a worker at a time: enough to make the hand-over cheap,
# few enough that the workers finish together.
CHUNK = 8
AHEAD = 16  # chunks in hand per worker: enough to go on while the parent writes a batch
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends


def process_raw(raw: RawArticle | Rejection) -> tuple[str, Outcome]:
    """The source, and: the article cleaned, dated, linked, extracted and encoded;
    its id alone when the store already has it; or why it was rejected."""
    if isinstance(raw, Rejection):
        return raw.source, raw
    assert _pipeline is not None
    prepared = _pipeline.prepare(raw)
    if isinstance(prepared, Rejection):
        return raw.source, prepared
    if _store is not None and _store.has(prepared.id):
        return raw.source, prepared.id
    return raw.source, _encoded(_pipeline.enrich(prepared))


def enrich(article: Article) -> tuple[str, ArticleRows | Rejection]:
    """Date, link, extract and encode an article cleaned earlier."""
    assert _pipeline is not None
    return article.source, _encoded(_pipeline.enrich(article))


def _encoded(result: Article | Rejection) -> ArticleRows | Rejection:
    if not isinstance(result, Article):
        return result
    rows = encode(result)
    if _store is not None:  # (the index's own values: work taken off the one writer)
        rows.index = _store.index_values(rows.search)
    return rows


def ordered_map(
    step: Callable[[T], R], items: Iterable[T], pipeline: Pipeline, store: Store, *, workers: int,
    cluster: Cluster | None = None,
) -> Iterator[R]:
    """`step` over `items` in `workers` processes (in this one when it is 1, or
    when the store is in memory and cannot be shared), or on a Dask `cluster`;
    results in the order of `items`. Items are read only as far as the workers
    have room for, so a corpus of any size streams through."""
    if cluster is not None:
        from langgieng.cluster import cluster_map  # Dask loads only for it

        yield from cluster_map(step, items, store.target, cluster)
        return
    if workers <= 1 or store.target == ":memory:":
        start_worker(pipeline, store)
        try:
            yield from map(step, items)
        finally:
            _stop()
        return
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker,
                               initargs=(pipeline, store.target, os.getpid()))
    finished = False
    try:
        pending: deque[Future[list[R]]] = deque()
        for chunk in batched(items, CHUNK):
            pending.append(pool.submit(_run_chunk, step, chunk))
            if len(pending) >= AHEAD * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        # on Ctrl-C or an error: drop the work not begun; a worker ends its chunk and exits
        pool.shutdown(wait=finished, cancel_futures=not finished)


def batched(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    iterator = iter(items)
    while chunk := tuple(islice(iterator, size)):
        yield chunk


def _run_chunk(step: Callable[[T], R], chunk: tuple[T, ...]) -> list[R]:
    return [step(item) for item in chunk]


def start_worker(pipeline: Pipeline, store: Store | str, parent: int | None = None) -> None:
    """Make this process ready to run the steps. A worker opens the store for
    reading, leaves Ctrl-C to the parent, which stops the run, and ends with the
    parent: killed, it would leave workers holding its output open forever."""
    global _pipeline, _store
    if parent is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _end_with(parent)
    _pipeline = pipeline
    _store = open_store(store, read_only=True) if isinstance(store, str) else store


def _end_with(parent: int) -> None:
    """Have the kernel end this process when `parent` ends (on Linux; elsewhere
    only a parent already gone at the start is noticed)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the request took effect
        os._exit(1)


def _stop() -> None:
    global _pipeline, _store
    _pipeline, _store = None, None
