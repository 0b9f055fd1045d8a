"""Search at scale, alone: index N generated articles (no extraction, so 100,000
take minutes where the full pipeline takes an hour) into a store, then time the
benchmark's search queries (`store_scale.search_queries`, p50 / p99).

    python benchmarks/search_scale.py build DB N   # add articles until the store holds N
    python benchmarks/search_scale.py time DB      # 300 queries; --slowest K lists them

DB is a SQLite file or a postgresql:// address. On a PostgreSQL server whose
autovacuum is off, run `VACUUM ANALYZE` after the build.
"""

from __future__ import annotations

import argparse
import time

from corpus import generate, paragraph_pool, source_files
from store_scale import latency, search_queries

from langgieng.normalize import fold
from langgieng.pipeline import Pipeline
from langgieng.store import open_store

BATCH = 2000


def build(database: str, total: int, pool: list[str]) -> None:
    with open_store(database) as store:
        first = store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        for start in range(first, total, BATCH):
            numbers = range(start, min(start + BATCH, total))
            with store.transaction() as db:
                rows = []
                for number, text in generate(pool, numbers):
                    title, _, body = text.partition("\n")
                    article_id = f"{number:016d}"
                    year = 2000 + number * 26 // total  # older first, as a crawl adds them
                    db.execute("INSERT INTO articles (id, source, format, title, text, url,"
                               " published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               (article_id, f"generated/{number}", "txt", title, body,
                                f"https://example{number % 50}.vn/{number}", f"{year}-01-01",
                                "generated"))
                    rows.append((article_id, fold(title), fold(body)))
                store.index_texts(rows)
            print(f"{numbers[-1] + 1} articles", flush=True)


def timed(database: str, pool: list[str], count: int, slowest: int) -> None:
    queries = search_queries(pool, count)
    with open_store(database, create=False) as store:
        print(latency(lambda query: store.search(query, limit=20), queries, budget=600))
        if slowest:
            seconds = []
            for query in queries:
                started = time.perf_counter()
                store.search(query, limit=20)
                seconds.append((time.perf_counter() - started, query))
            for spent, query in sorted(seconds)[-slowest:]:
                print(f"{1000 * spent:8.1f} ms  {query}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("build", "time"))
    parser.add_argument("database")
    parser.add_argument("articles", nargs="?", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--slowest", type=int, default=0)
    args = parser.parse_args()
    pool = paragraph_pool(source_files(), Pipeline())
    if args.action == "build":
        build(args.database, args.articles, pool)
    else:
        timed(args.database, pool, args.queries, args.slowest)


if __name__ == "__main__":
    main()
