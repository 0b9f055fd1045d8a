"""Articles per second: linking alone, the full pipeline, underthesea's NER.

Every figure is the median of several repeats over the same articles; the
one-off start (loading the gazetteer) is timed on its own.
"""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from langgieng import extract as extract_stage
from langgieng.cluster import Cluster
from langgieng.extract.dates import infer_published
from langgieng.model import Article, Rejection
from langgieng.pipeline import Pipeline, ingest
from langgieng.read import read_paths
from langgieng.store import open_store


@dataclass
class Rate:
    """Wall-clock seconds of each repeat, and this process's CPU seconds: on a
    busy machine the CPU figure is the steadier measure of one core's work."""

    name: str
    articles: int
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median_rate(self) -> float:
        return self.articles / statistics.median(self.seconds) if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.articles / statistics.median(self.cpu_seconds) if self.cpu_seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "articles_per_second": round(self.median_rate, 2),
                "articles_per_cpu_second": round(self.cpu_rate, 2)}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def repeat(step: Callable[[int], None], repeats: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of `repeats` calls of `step`."""
    wall, cpu = [], []
    for index in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        step(index)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return wall, cpu


def cleaned_articles(paths: list[Path], pipeline: Pipeline) -> list[Article]:
    """Read, clean and date the articles: what the linker takes as input."""
    articles = []
    for raw in read_paths(paths):
        prepared = raw if isinstance(raw, Rejection) else pipeline.prepare(raw)
        if isinstance(prepared, Article):
            articles.append(infer_published(prepared))
    return articles


def time_linking(paths: list[Path], pipeline: Pipeline, repeats: int) -> tuple[Rate, list[Article]]:
    articles = cleaned_articles(paths, pipeline)

    def link_all(_: int) -> None:
        for article in articles:
            article.mentions = []
            pipeline.linker.link(article)

    rate = Rate("link only", len(articles), *repeat(link_all, repeats))
    return rate, articles


def time_full_pipeline(paths: list[Path], pipeline: Pipeline, repeats: int,
                       workdir: Path, workers: int = 1, cluster: Cluster | None = None) -> Rate:
    """read + clean + date + link + extract + store, into a fresh SQLite file each
    time; the per-article stages in `workers` processes, or on a Dask `cluster`."""
    outcomes: list[str] = []

    def ingest_all(index: int) -> None:
        database = workdir / f"full_{index}.db"
        with open_store(database) as store:
            report = ingest(paths, store, pipeline=pipeline, workers=workers, cluster=cluster)
        outcomes.append(f"{report.stored} stored, {len(report.rejected)} rejected")
        database.unlink()

    wall, cpu = repeat(ingest_all, repeats)
    name = "full pipeline" if workers == 1 else f"full, {workers} workers"
    if cluster is not None:
        name = f"full, dask {cluster.workers}"
    return Rate(name, len(paths), wall, cpu, note=outcomes[-1] if outcomes else "")


def time_underthesea(paths: list[Path], repeats: int) -> Rate | None:
    """underthesea's `ner` alone, one call per paragraph, on the same article files."""
    try:
        from underthesea import ner
    except ImportError:
        return None
    texts = [path.read_text(encoding="utf-8") for path in paths]
    paragraphs = [[p for p in text.split("\n") if p.strip() and p.strip("-")] for text in texts]
    ner(paragraphs[0][0])  # load the model outside the timing

    def tag_all(_: int) -> None:
        for article in paragraphs:
            for paragraph in article:
                ner(paragraph)

    return Rate("underthesea ner", len(paths), *repeat(tag_all, repeats))


def time_startup() -> tuple[Pipeline, float]:
    """Build the pipeline and run one short text, so lazily built indexes count here."""
    started = time.perf_counter()
    pipeline = Pipeline()
    pipeline.process_text("Việt Nam và Campuchia ký kết hiệp định.", title="Khởi động")
    return pipeline, time.perf_counter() - started


STAGES = ("read", "clean", "date", "link", "extract", "store")


class Laps:
    """Time since the previous lap, added to the named stage."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0.0)
        self.clock = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.spent[stage] += now - self.clock
        self.clock = now


def stage_breakdown(paths: list[Path], pipeline: Pipeline, repeats: int,
                    workdir: Path) -> dict[str, float]:
    """Median milliseconds per article spent in each stage, run one after another
    the way `Pipeline` composes them."""
    samples: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for index in range(repeats):
        lap = Laps()
        raws = [r for r in read_paths(paths) if not isinstance(r, Rejection)]
        lap("read")
        articles = []
        for raw in raws:
            prepared = pipeline.prepare(raw)
            lap("clean")
            if isinstance(prepared, Article):
                infer_published(prepared)
                lap("date")
                pipeline.linker.link(prepared)
                lap("link")
                extract_stage.extract(prepared)
                lap("extract")
                articles.append(prepared)
        database = workdir / f"stages_{index}.db"
        with open_store(database) as store:
            for first in range(0, len(articles), 200):
                store.save_articles(articles[first : first + 200])
            store.refresh_records()  # as `ingest` does at its end
        lap("store")
        database.unlink()
        for stage in STAGES:
            samples[stage].append(1000 * lap.spent[stage] / max(1, len(paths)))
    return {stage: round(statistics.median(values), 3) for stage, values in samples.items()}
