"""The dask engine: ingest and re-extraction on a Dask cluster store exactly what
one process stores, and a worker killed mid-run loses nothing."""

from __future__ import annotations

import operator
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from langgieng.cli import main
from langgieng.cli.serve import example_files
from langgieng.cluster import Cluster, cluster_map
from langgieng.model import RawArticle, Rejection
from langgieng.pipeline import Pipeline, ingest, reprocess
from langgieng.store import open_store
from langgieng.workers import CHUNK

pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[1]
# what the pipeline writes, without write times
COLUMNS = {
    "articles": "id, source, title, text, published, sentences",
    "mentions": 'article_id, start, "end", surface, entity, kind, confidence, rule',
    "facts": "id, article_id, type, fields, evidence_start, evidence_end, confidence, record_key",
    "office_claims": "article_id, entity, role, unit, country, date",
    "records": "key, type, fields, claims, sources, date",
    "rejections": "source, reason",
}


def contents(target: str) -> dict[str, list[tuple[object, ...]]]:
    with open_store(target, create=False) as store:
        return {table: sorted((tuple(row) for row in store.db.execute(
            f"SELECT {columns} FROM {table}")), key=repr) for table, columns in COLUMNS.items()}


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    with example_files() as files:
        for file in files:
            (folder / file.name).write_bytes(file.read_bytes())
    (folder / "menu.html").write_text("<html><body><nav>Trang chủ</nav></body></html>")
    return folder


def test_a_local_dask_cluster_stores_what_one_process_stores(examples: Path,
                                                             tmp_path: Path) -> None:
    one, dask = str(tmp_path / "one.db"), str(tmp_path / "dask.db")
    with open_store(one) as store:
        ingest([examples], store, workers=1, batch_size=3)
    with open_store(dask) as store:
        report = ingest([examples], store, cluster=Cluster(None, 2), batch_size=3)
    assert report.stored > 10 and len(report.rejected) == 1
    assert contents(one) == contents(dask)
    assert contents(dask)["facts"]  # the comparison is of something
    for target in (one, dask):  # re-extraction, as if the rules had found nothing before
        with open_store(target) as store:
            store.db.execute("DELETE FROM facts")
            cluster = Cluster(None, 2) if target == dask else None
            assert reprocess(store, cluster=cluster, batch_size=4) == report.stored
    assert contents(one) == contents(dask)


def test_a_cluster_kept_between_runs_reads_each_runs_verdicts(examples: Path,
                                                              tmp_path: Path) -> None:
    """One Dask worker serves an ingest, then a re-extraction after a person
    rejected a discovered entity: the second run links with that verdict."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as local:
        cluster = Cluster(local.scheduler_address, 1)
        with open_store(tmp_path / "s.db") as store:
            ingest([examples], store, cluster=cluster)
            found, _ = store.discovered()
            entity = found[0].id
            store.judge_entity(entity, "reject", author="tester")
            reprocess(store, cluster=cluster)
            linked = store.db.execute("SELECT COUNT(*) FROM mentions WHERE entity = ?",
                                      (entity,)).fetchone()[0]
    assert linked == 0


def test_a_chunk_the_cluster_cannot_run_is_rejected_and_the_run_goes_on(tmp_path: Path) -> None:
    """The step fails on one article (it has no text): its chunk comes back as
    rejections naming why, in place, and every other chunk as results."""
    items = [RawArticle(source=f"a{n}.txt", format="txt", text=None if n == 20 else "x")
             for n in range(40)]
    with open_store(tmp_path / "s.db"):  # the workers open the store to get ready
        pass
    results = list(cluster_map(operator.attrgetter("text.upper"), items,
                               str(tmp_path / "s.db"), Cluster(None, 2)))
    assert len(results) == len(items)
    failed = {n for n, result in enumerate(results) if isinstance(result, tuple)}
    bad = 20 // CHUNK * CHUNK
    assert failed == set(range(bad, bad + CHUNK))
    source, rejection = results[bad]
    assert source == "a16.txt" and isinstance(rejection, Rejection)
    assert "lost on the cluster: AttributeError" in rejection.reason


def test_an_unreachable_scheduler_is_one_line_and_exit_code_2(examples: Path,
                                                              tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "ingest",
                                       "--scheduler", address, str(examples)])
    assert result.exit_code == 2, result.output
    assert f"{address}: no Dask scheduler answers there" in result.output
    assert "Traceback" not in result.output


def test_a_bad_engine_setting_is_refused(examples: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGGIENG_ENGINE", "spark")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "ingest", str(examples)])
    assert result.exit_code == 2 and "LANGGIENG_ENGINE" in result.output


@pytest.mark.postgres
def test_a_worker_killed_mid_run_loses_nothing(
    postgres_databases: Callable[[str], str], tmp_path: Path
) -> None:
    """A real scheduler and two workers, each its own process; one is killed once
    the first batch is stored. The store ends as a one-process run's, every
    article once."""
    articles = generated(tmp_path / "articles", 800)
    alone, clustered = postgres_databases("alone"), postgres_databases("clustered")
    with open_store(alone) as store:
        ingest([articles], store, workers=1)
    with dask_cluster(workers=2) as (address, workers):
        run = subprocess.Popen(
            [sys.executable, "-m", "langgieng", "--db", clustered, "ingest", "--engine", "dask",
             "--scheduler", address, "--batch-size", "20", str(articles)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for(lambda: stored(clustered) > 0 or run.poll() is not None)
        assert run.poll() is None, "the run ended before a worker could be killed"
        workers[0].send_signal(signal.SIGKILL)
        out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert "stored 800, duplicates 0, rejected 0" in out
    assert contents(clustered) == contents(alone)


def generated(folder: Path, count: int) -> Path:
    """`count` distinct articles made from the bundled examples' paragraphs."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from corpus import paragraph_pool, source_files, write_articles
    finally:
        sys.path.pop(0)
    write_articles(folder, paragraph_pool(source_files(), Pipeline()), range(count), target=600)
    return folder


def stored(target: str) -> int:
    """Articles stored so far (0 before the run has made the tables)."""
    import psycopg

    with psycopg.connect(target) as connection:
        row = connection.execute("SELECT count(*) FROM information_schema.tables"
                                 " WHERE table_name = 'articles'").fetchone()
        if not row or not row[0]:
            return 0
        found = connection.execute("SELECT count(*) FROM articles").fetchone()
        return int(found[0]) if found else 0


def wait_for(done: Callable[[], bool], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class dask_cluster:  # noqa: N801 - used as a context manager, like contextlib's
    """A `dask scheduler` and `dask worker`s (no nanny: a killed worker stays dead),
    each its own process, stopped at the end."""

    def __init__(self, workers: int) -> None:
        self.count = workers
        self.processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> tuple[str, list[subprocess.Popen[bytes]]]:
        port = free_port()
        address = f"tcp://127.0.0.1:{port}"
        self._start("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                    str(port), "--dashboard-address", ":0")
        workers = [self._start("distributed.cli.dask_worker", address, "--nthreads", "1",
                               "--no-nanny", "--dashboard-address", ":0", "--name", f"w{n}")
                   for n in range(self.count)]
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(self.count, timeout=120)
        return address, workers

    def _start(self, module: str, *args: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([sys.executable, "-m", module, *args], cwd=REPO,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**os.environ, "PYTHONPATH": str(REPO)})
        self.processes.append(process)
        return process

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            process.kill()
            process.wait(timeout=30)
