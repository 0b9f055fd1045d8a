"""Láng Giềng benchmark: throughput on one core, and the store at scale.

    python benchmarks/run.py                    # linking, full pipeline, underthesea
    python benchmarks/run.py --store            # + 20,000 articles into one SQLite file
    python benchmarks/run.py --store 100000 --json bench.json

See benchmarks/README.md for what each figure means and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import paragraph_pool, source_files, syllables, write_articles  # noqa: E402
from store_scale import (  # noqa: E402
    entity_queries,
    ingest_chunks,
    reconcile_all,
    search_queries,
    time_queries,
)
from throughput import (  # noqa: E402
    peak_rss_mb,
    stage_breakdown,
    time_full_pipeline,
    time_linking,
    time_startup,
    time_underthesea,
)

from langgieng.cluster import Cluster  # noqa: E402
from langgieng.store import display_name, is_postgres, open_store  # noqa: E402

TARGETS = {"link only": 500.0, "full pipeline": 100.0}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200,
                        help="articles per throughput repeat (default 200)")
    parser.add_argument("--repeats", type=int, default=5, help="repeats, median kept (>= 5)")
    parser.add_argument("--syllables", type=int, default=1000, help="size of each article")
    parser.add_argument("--ner-sample", type=int, default=20,
                        help="articles for underthesea's NER (0 to skip)")
    parser.add_argument("--ner-repeats", type=int, default=3, help="repeats for underthesea")
    parser.add_argument("--store", type=int, nargs="?", const=20000, default=0, metavar="N",
                        help="also ingest N articles (default 20000) and time queries")
    parser.add_argument("--store-db", default=None, metavar="URL",
                        help="ingest into this empty PostgreSQL database instead of a SQLite"
                             " file (postgresql://...)")
    parser.add_argument("--store-workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="worker processes of the store-scale ingest (default: every core)")
    parser.add_argument("--store-only", action="store_true",
                        help="skip the throughput figures, run only --store")
    parser.add_argument("--chunk", type=int, default=0,
                        help="articles per ingest chunk (default N/10)")
    parser.add_argument("--queries", type=int, default=300, help="queries of each kind")
    parser.add_argument("--query-budget", type=float, default=120.0, metavar="SECONDS",
                        help="stop a query kind early after this long (default 120)")
    parser.add_argument("--query-passes", type=int, default=1, metavar="N",
                        help="time the queries N times over: the first pass reads a store "
                             "just written, the later ones a server that has served them")
    parser.add_argument("--source", type=Path, default=None,
                        help="folder of articles to draw paragraphs from")
    parser.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: first)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="also time the full pipeline on this many cores, unpinned "
                             "(default: every core; 1 to skip)")
    parser.add_argument("--dask", action="store_true",
                        help="also time the full pipeline on a local Dask cluster of --workers"
                             " processes, started once (pip install '.[dask]')")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="also write every figure to FILE as JSON")
    return parser.parse_args(argv)


def time_on_every_core(paths: list[Path], pipeline: Any, args: argparse.Namespace,
                       workdir: Path, cores: set[int], *, dask: bool = False) -> Any:
    """The full pipeline with `--workers` processes (or Dask workers), the pin
    lifted while it runs."""
    pinned = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cores)
    try:
        if not dask:
            return time_full_pipeline(paths, pipeline, args.repeats, workdir,
                                      workers=args.workers)
        from distributed import LocalCluster

        with LocalCluster(n_workers=args.workers, threads_per_worker=1,
                          dashboard_address=None) as local:
            cluster = Cluster(local.scheduler_address, args.workers)
            return time_full_pipeline(paths, pipeline, args.repeats, workdir, cluster=cluster)
    finally:
        os.sched_setaffinity(0, pinned)


def pin_to_one_core(cpu: int | None) -> int:
    """All threads of this process (underthesea's too) on one CPU."""
    chosen = cpu if cpu is not None else min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {chosen})
    return chosen


def show_rates(rates: list[Any], ours_full: float) -> None:
    print(f"{'':<18}{'articles':>9}{'art/s':>9}{'art/cpu-s':>11}{'target':>9}  runs (s)")
    for rate in rates:
        target = TARGETS.get(rate.name)
        runs = " ".join(f"{s:.2f}" for s in rate.seconds)
        target_text = f">= {target:.0f}" if target else ""
        print(f"{rate.name:<18}{rate.articles:>9}{rate.median_rate:>9.1f}{rate.cpu_rate:>11.1f}"
              f"{target_text:>9}  {runs}")
        if rate.note:
            print(f"{'':<18}{rate.note}")
    for rate in rates:
        if rate.name.startswith("full, dask"):
            local = next((r for r in rates if r.name.endswith(" workers")), None)
            if local:
                print(f"ratio {rate.name} / {local.name}: "
                      f"{rate.median_rate / local.median_rate:.2f}x")
        elif rate.name.startswith("full,"):
            print(f"ratio {rate.name} / full pipeline on one core: "
                  f"{rate.median_rate / ours_full:.2f}x (target >= 1.7x on two cores)")
    theirs = next((r for r in rates if r.name == "underthesea ner"), None)
    if theirs and theirs.median_rate:
        print(f"ratio full pipeline / underthesea ner: {ours_full / theirs.median_rate:.1f}x")


def run_store_scale(args: argparse.Namespace, pipeline: Any, pool: list[str],
                    workdir: Path, cores: set[int]) -> dict[str, Any]:
    chunk = args.chunk or max(1, args.store // 10)
    database: Path | str = args.store_db or workdir / "scale.db"
    workers = args.store_workers
    print(f"\nstore scale: {args.store} articles in chunks of {chunk}, {workers} worker(s)"
          f" -> {display_name(database)}")
    print(f"{'chunk':>6}{'stored':>10}{'art/s':>10}{'art/cpu-s':>11}{'write ms/art':>14}"
          f"{'records ms/art':>16}{'cpu-ms/art':>12}{'parent MB':>11}")

    def show(c: Any) -> None:
        print(f"{c.index:>6}{c.stored_after:>10}{c.articles_per_second:>10.1f}"
              f"{c.articles_per_cpu_second:>11.1f}{c.store_ms_per_article:>14.3f}"
              f"{c.records_ms_per_article:>16.3f}{c.records_cpu_ms_per_article:>12.3f}"
              f"{c.parent_peak_mb:>11.0f}",
              flush=True)

    pinned = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cores)  # the workers and the database server take every core
    try:
        chunks = ingest_chunks(pipeline, pool, args.store, chunk, workdir, database,
                               workers=workers, on_chunk=show)
    finally:
        os.sched_setaffinity(0, pinned)
    memory = {"parent_mb": round(peak_rss_mb(), 1), "worker_mb": round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}
    print(f"peak memory: parent {memory['parent_mb']:.0f} MB, largest worker"
          f" {memory['worker_mb']:.0f} MB (target < 500 MB each)")
    reconcile_seconds = reconcile_all(database)
    print(f"reconcile all records: {reconcile_seconds:.1f} s")
    gazetteer_ids = [e.id for e in pipeline.linker.gazetteer]
    with open_store(database, create=False) as store:
        size_mb = store.size_bytes() / 2**20
    print(f"database {size_mb:.0f} MB")
    searches = search_queries(pool, args.queries)
    entities = entity_queries(database, gazetteer_ids, args.queries)
    passes = []
    for number in range(1, max(1, args.query_passes) + 1):
        queries = time_queries(database, searches, entities, budget=args.query_budget)
        passes.append(queries)
        print(f"{'query, pass ' + str(number):<18}{'n':>6}{'p50 ms':>10}{'p99 ms':>10}"
              f"{'max ms':>10}   target p99 < 50 ms")
        for name, figures in queries.items():
            print(f"{name:<18}{figures['queries']:>6}{figures['p50_ms']:>10.2f}"
                  f"{figures['p99_ms']:>10.2f}{figures['max_ms']:>10.2f}")
    return {"articles": args.store, "chunk": chunk, "workers": workers,
            "backend": "postgresql" if is_postgres(str(database)) else "sqlite", **memory,
            "database_mb": round(size_mb, 1),
            "reconcile_seconds": reconcile_seconds,
            "chunks": [vars(c) for c in chunks], "queries": passes[0], "query_passes": passes}


def run_throughput(args: argparse.Namespace, pipeline: Any, pool: list[str], workdir: Path,
                   cores: set[int], cpu: int, startup: float) -> dict[str, Any]:
    """The throughput figures: linking, the full pipeline, on every core, underthesea."""
    paths = write_articles(workdir / "articles", pool, range(args.articles),
                           target=args.syllables)
    sizes = [syllables(p.read_text(encoding="utf-8")) for p in paths]
    print(f"pinned to CPU {cpu}; {len(pool)} paragraphs; {len(paths)} articles of "
          f"{min(sizes)}-{max(sizes)} syllables (mean {sum(sizes) / len(sizes):.0f}); "
          f"startup {startup:.2f} s")
    link_rate, linked = time_linking(paths, pipeline, args.repeats)
    full_rate = time_full_pipeline(paths, pipeline, args.repeats, workdir)
    stages = stage_breakdown(paths, pipeline, args.repeats, workdir)
    memory = peak_rss_mb()  # before underthesea loads its model
    rates = [link_rate, full_rate]
    if args.workers > 1:
        rates.append(time_on_every_core(paths, pipeline, args, workdir, cores))
    if args.dask:
        rates.append(time_on_every_core(paths, pipeline, args, workdir, cores, dask=True))
    if args.ner_sample:
        ner_rate = time_underthesea(paths[: args.ner_sample], args.ner_repeats)
        if ner_rate is None:
            print("underthesea is not installed (pip install '.[bench]'): skipped")
        else:
            rates.append(ner_rate)
    print()
    show_rates(rates, full_rate.median_rate)
    mentions = sum(len(a.mentions) for a in linked) / max(1, len(linked))
    print("ms per article by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    print(f"mentions per article {mentions:.1f}; peak memory of our pipeline "
          f"{memory:.0f} MB (target < 500 MB)")
    return {"startup_seconds": round(startup, 3), "syllables_mean": sum(sizes) / len(sizes),
            "rates": [r.to_dict() for r in rates], "stage_ms_per_article": stages,
            "peak_rss_mb": round(memory, 1), "mentions_per_article": round(mentions, 2)}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    cores = os.sched_getaffinity(0)
    cpu = pin_to_one_core(args.cpu)
    result: dict[str, Any] = {"cpu": cpu, "python": sys.version.split()[0]}
    pipeline, startup = time_startup()
    pool = paragraph_pool(source_files(args.source), pipeline)
    with tempfile.TemporaryDirectory(prefix="langgieng-bench-") as tmp:
        workdir = Path(tmp)
        if not args.store_only:
            result.update(run_throughput(args, pipeline, pool, workdir, cores, cpu, startup))
        if args.store:
            result["store"] = run_store_scale(args, pipeline, pool, workdir, cores)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
