"""Load test of the web server: concurrent clients over mixed requests, on a store
of generated articles, from this machine to this machine only.

    python benchmarks/load.py                        # 20,000 articles, 50 clients
    python benchmarks/load.py --db big.db            # an existing store
    python benchmarks/load.py --articles 2000 --requests 1000 --json load.json

Reports throughput, p50/p95/p99 latency per request kind and overall, errors,
and the server's peak memory. See benchmarks/README.md for the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import paragraph_pool, source_files  # noqa: E402
from store_scale import ingest_chunks, percentile, search_queries  # noqa: E402

from langgieng.pipeline import Pipeline  # noqa: E402
from langgieng.store import open_store  # noqa: E402

HOST = "127.0.0.1"  # loopback only: this is no tool to aim at someone else's server
CACHE_HIT = ("x-langgieng-cache", "hit")  # an answer kept from an earlier visit (web/cache.py)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None, help="an existing store to serve")
    parser.add_argument("--articles", type=int, default=20000, help="articles to generate")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=5000, help="requests in all")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    return parser.parse_args(argv)


def build_store(database: Path, articles: int, workdir: Path) -> None:
    pipeline = Pipeline()
    pool = paragraph_pool(source_files(), pipeline)
    print(f"ingesting {articles:,} generated articles into {database} ...", flush=True)
    ingest_chunks(pipeline, pool, articles, max(1, articles // 10), workdir, database)


def request_mix(database: Path, count: int, seed: int = 5) -> list[tuple[str, str]]:
    """(kind, path) for `count` requests, as readers and reviewers browse."""
    with open_store(database, create=False) as store:
        articles = [a.id for a in store.list_articles(limit=500)]
        entities = [row[0] for row in store.db.execute(
            "SELECT entity FROM entity_articles GROUP BY entity ORDER BY COUNT(*) DESC LIMIT 200")]
        total = store.count_records()
    pool = paragraph_pool(source_files(), Pipeline())
    words = search_queries(pool, 200)
    rng = random.Random(seed)
    kinds = {
        "overview": lambda: "/",
        "records api": lambda: f"/api/records?limit=50&offset={rng.randrange(max(1, total))}",
        "review": lambda: f"/review?page={rng.randint(1, 3)}",
        "search": lambda: f"/search?q={rng.choice(words)}",
        "search api": lambda: f"/api/search?q={rng.choice(words)}",
        "article": lambda: f"/articles/{rng.choice(articles)}",
        "entity": lambda: f"/entities/{rng.choice(entities)}",
        "entity api": lambda: f"/api/entities/{rng.choice(entities)}",
    }
    names = list(kinds)
    return [(name, kinds[name]()) for name in (rng.choice(names) for _ in range(count))]


async def run_clients(base: str, mix: list[tuple[str, str]], clients: int) -> list[tuple]:
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in mix:
        queue.put_nowait(item)
    results: list[tuple[str, float, int, bool]] = []
    # One TLS context for all the clients (plain HTTP never uses it): httpx builds one
    # per client otherwise, 50 ms each, in the event loop that times the first requests,
    # which then counted up to 2.7 s of the clients' own start as the server's latency.
    tls = ssl.create_default_context()

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60, verify=tls) as http:
            while not queue.empty():
                kind, path = queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await http.get(path)
                    status, kept = response.status_code, CACHE_HIT in response.headers.items()
                except httpx.HTTPError:
                    status, kept = 0, False
                results.append((kind, time.perf_counter() - started, status, kept))

    await asyncio.gather(*(client() for _ in range(clients)))
    return results


def peak_memory_mb(pids: list[int]) -> float:
    """The largest peak resident set (VmHWM) among the server's processes."""
    peaks = []
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        except OSError:
            continue
    return round(max(peaks, default=0.0), 1)


def server_pids(root: int) -> list[int]:
    children = subprocess.run(["pgrep", "-P", str(root)], capture_output=True, text=True)
    return [root, *(int(p) for p in children.stdout.split())]


def summary(results: list[tuple[str, float, int, bool]], elapsed: float) -> dict[str, Any]:
    def figures(rows: list[tuple[str, float, int, bool]]) -> dict[str, Any]:
        seconds = [r[1] for r in rows]
        return {"requests": len(rows), "errors": sum(1 for r in rows if r[2] != 200),
                "kept": sum(1 for r in rows if r[3]),
                "p50_ms": round(1000 * percentile(seconds, 0.50), 1),
                "p95_ms": round(1000 * percentile(seconds, 0.95), 1),
                "p99_ms": round(1000 * percentile(seconds, 0.99), 1)}

    kinds = sorted({r[0] for r in results})
    # first visits (pages made) apart from answers kept by the read cache
    made = [r for r in results if not r[3]]
    kept = [r for r in results if r[3]]
    return {"overall": {**figures(results), "requests_per_s": round(len(results) / elapsed, 1)},
            "made": figures(made) if made else {}, "kept": figures(kept) if kept else {},
            "by_kind": {kind: figures([r for r in results if r[0] == kind]) for kind in kinds}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="langgieng-load-") as tmp:
        database = args.db or Path(tmp) / "load.db"
        if args.db is None:
            build_store(database, args.articles, Path(tmp))
        mix = request_mix(database, args.requests)
        port = free_port()
        command = [sys.executable, "-c", "from langgieng.cli import main; main()",
                   "--db", str(database), "serve", "--host", HOST, "--port", str(port),
                   "--workers", str(args.workers)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        base = f"http://{HOST}:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(base + "/api/articles?limit=1", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            started = time.perf_counter()
            results = asyncio.run(run_clients(base, mix, args.clients))
            elapsed = time.perf_counter() - started
            memory = peak_memory_mb(server_pids(server.pid))
        finally:
            server.terminate()
            server.wait(timeout=30)
    report = {"clients": args.clients, "workers": args.workers, "memory_mb": memory,
              **summary(results, elapsed)}
    overall = report["overall"]
    print(f"{overall['requests']} requests, {args.clients} clients, {args.workers} worker(s):"
          f" {overall['requests_per_s']} requests/s, p50 {overall['p50_ms']} ms,"
          f" p95 {overall['p95_ms']} ms, p99 {overall['p99_ms']} ms,"
          f" {overall['errors']} errors, server peak {memory} MB")
    rows = [*report["by_kind"].items(), ("(made)", report["made"]), ("(kept)", report["kept"])]
    for kind, row in rows:
        if row:
            print(f"  {kind:<12} {row['requests']:>5}  p50 {row['p50_ms']:>7} ms"
                  f"  p95 {row['p95_ms']:>7} ms  p99 {row['p99_ms']:>7} ms"
                  f"  errors {row['errors']}  kept {row['kept']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
