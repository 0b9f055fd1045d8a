"""Store at scale: ingest N generated articles in chunks through the real
pipeline into one store (a SQLite file or a PostgreSQL database), on one or
more worker processes, then time search, entity and record-list queries.

The ingest rate is reported per chunk (the record refresh that ends each
ingest included), with the time spent inside the store split into writing and
record refresh, to show whether ingest slows down as the store grows.
"""

from __future__ import annotations

import random
import resource
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus import write_articles

from langgieng.pipeline import Pipeline, ingest
from langgieng.store import open_store


class TimedStore:
    """The real store, with the time spent in its write-path methods added up."""

    TIMED = ("has", "save_articles", "save_rejections", "refresh_records")

    def __init__(self, store: Any) -> None:
        self._store = store
        self.seconds = dict.fromkeys(self.TIMED, 0.0)
        self.cpu_seconds = dict.fromkeys(self.TIMED, 0.0)  # this process's CPU: steadier

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if name not in self.TIMED:
            return attribute

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, started_cpu = time.perf_counter(), time.process_time()
            try:
                return attribute(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.cpu_seconds[name] += time.process_time() - started_cpu

        return timed


@dataclass
class Chunk:
    index: int
    stored_after: int
    articles_per_second: float
    articles_per_cpu_second: float
    store_ms_per_article: float  # has + save_articles + save_rejections
    records_ms_per_article: float  # refresh_records after the chunk
    records_cpu_ms_per_article: float  # the same in CPU time of the writer
    parent_peak_mb: float  # the writer's peak memory so far (ru_maxrss)


def ingest_chunks(pipeline: Pipeline, pool: list[str], total: int, chunk_size: int,
                  workdir: Path, database: Path | str, *, seed: int = 1, workers: int = 1,
                  on_chunk: Callable[[Chunk], None] | None = None) -> list[Chunk]:
    chunks: list[Chunk] = []
    stored = 0
    with open_store(database) as real_store:
        store = TimedStore(real_store)
        for index, first in enumerate(range(0, total, chunk_size)):
            folder = workdir / f"chunk_{index:04d}"
            numbers = range(first, min(first + chunk_size, total))
            paths = write_articles(folder, pool, numbers, seed=seed)
            store.seconds = dict.fromkeys(store.TIMED, 0.0)
            store.cpu_seconds = dict.fromkeys(store.TIMED, 0.0)
            started, started_cpu = time.perf_counter(), time.process_time()
            report = ingest(paths, store, pipeline=pipeline,  # type: ignore[arg-type]
                            workers=workers)
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - started_cpu
            shutil.rmtree(folder)
            stored += report.stored
            writing = sum(store.seconds.values()) - store.seconds["refresh_records"]
            chunk = Chunk(index, stored, round(len(paths) / elapsed, 2),
                          round(len(paths) / cpu, 2), round(1000 * writing / len(paths), 3),
                          round(1000 * store.seconds["refresh_records"] / len(paths), 3),
                          round(1000 * store.cpu_seconds["refresh_records"] / len(paths), 3),
                          round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
            chunks.append(chunk)
            if on_chunk:
                on_chunk(chunk)
    return chunks


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile of the values (share in 0..1)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def latency(run: Callable[[str], Any], queries: list[str], *,
            budget: float = 120.0) -> dict[str, float]:
    """p50 / p99 over the queries, stopping early once `budget` seconds are spent
    (a slow query kind then reports fewer queries rather than stalling the run)."""
    seconds: list[float] = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        seconds.append(time.perf_counter() - started)
        if sum(seconds) > budget:
            break
    return {"queries": len(seconds),
            "p50_ms": round(1000 * percentile(seconds, 0.50), 3),
            "p99_ms": round(1000 * percentile(seconds, 0.99), 3),
            "max_ms": round(1000 * max(seconds), 3)}


def search_queries(pool: list[str], count: int, *, seed: int = 2) -> list[str]:
    """One- to three-word phrases taken from the paragraphs, as a reader would type."""
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        words = [w.strip(".,;:()\"'") for w in rng.choice(pool).split()]
        words = [w for w in words if w]
        size = rng.choice((1, 2, 3))
        start = rng.randrange(max(1, len(words) - size))
        queries.append(" ".join(words[start : start + size]))
    return queries


def entity_queries(database: Path | str, gazetteer_ids: list[str], count: int, *,
                   seed: int = 3) -> list[str]:
    """Entities drawn from those the store links (gazetteer ids if none), `count` times."""
    with open_store(database, create=False) as store:
        stored = [row[0] for row in store.db.execute(
            "SELECT DISTINCT entity FROM mentions WHERE entity IS NOT NULL ORDER BY entity")]
    ids = stored or gazetteer_ids or ["vn"]
    rng = random.Random(seed)
    return [rng.choice(ids) for _ in range(count)]


PAGE = 50  # what an entity page shows: the newest 50 facts, records and articles


def reconcile_all(database: Path | str) -> float:
    """Seconds to rebuild every reconciled record, when the store keeps records."""
    with open_store(database, create=False) as store:
        started = time.perf_counter()
        store.refresh_all_records()
        return time.perf_counter() - started


def time_queries(database: Path | str, searches: list[str], entities: list[str], *,
                 budget: float = 120.0, seed: int = 4) -> dict[str, Any]:
    """p50 / p99 of each query kind, read as the web UI and the API read them."""
    from langgieng.reconcile.views import entity_timeline

    with open_store(database, create=False) as store:
        total = store.count_records()
        rng = random.Random(seed)
        offsets = [str(rng.randrange(max(1, total))) for _ in entities]
        keys = [row[0] for row in store.db.execute("SELECT key FROM records ORDER BY key")]
        shown = [rng.choice(keys) for _ in entities] if keys else []
        return {
            "search": latency(lambda q: store.search(q, limit=20), searches, budget=budget),
            "entity facts": latency(
                lambda e: store.facts(entity=e, newest_first=True, limit=PAGE), entities,
                budget=budget),
            "entity articles": latency(
                lambda e: store.articles_mentioning(e, limit=PAGE), entities, budget=budget),
            # the entity page's and /api/entities' timeline: its newest 50 records, listed
            "entity timeline": latency(
                lambda e: entity_timeline(store.records(entity=e, newest_first=True,
                                                        limit=PAGE, listed=True), e),
                entities, budget=budget),
            # what /api/records answers: a page of records at any offset, and the total
            "records api": latency(
                lambda o: (store.records(limit=PAGE, offset=int(o), listed=True),
                           store.count_records()),
                offsets, budget=budget),
            # the record page (/records/ID, /api/records/ID): one record with every source
            "record page": latency(store.record, shown, budget=budget),
        }
