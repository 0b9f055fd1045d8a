"""Composes the stages: read -> clean -> link -> extract -> store.

Each article goes through on its own; one that fails any stage becomes a
`Rejection` with the reason, and the batch goes on. Articles are written in
batches, one transaction each, so an interrupted ingest leaves whole
articles only and running it again completes it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from langgieng import extract as extract_stage
from langgieng.clean import clean
from langgieng.clean.text import normalize_chars
from langgieng.cluster import Cluster
from langgieng.extract.dates import infer_published
from langgieng.extract.published import date_by_page_number
from langgieng.extract.tenure import infer_year_from_terms
from langgieng.gazetteer import Gazetteer, load
from langgieng.link import Linker
from langgieng.link.curation import Curation
from langgieng.model import Article, RawArticle, Rejection
from langgieng.read import read_paths
from langgieng.store import Store
from langgieng.store.codec import ArticleRows
from langgieng.workers import enrich, ordered_map, process_raw

PARALLEL_BATCH = 25  # articles written at a time while workers run


class Pipeline:
    """clean, date, link and extract one article at a time."""

    def __init__(
        self, gazetteer: Gazetteer | None = None, curation: Curation | None = None
    ) -> None:
        self.linker = Linker(gazetteer if gazetteer is not None else load(), curation)

    @classmethod
    def for_store(cls, store: Store) -> Pipeline:
        """The shipped gazetteer with the verdicts people stored on discovered entities."""
        return cls(curation=store.curation())

    def prepare(self, raw: RawArticle) -> Article | Rejection:
        """Clean only: enough to know the article's id."""
        return _guarded(raw.source, "clean", lambda: clean(raw))

    def enrich(self, article: Article) -> Article | Rejection:
        """Date, link and extract a cleaned article."""

        def run() -> Article:
            infer_published(article)
            self.linker.link(article)
            infer_year_from_terms(article, self.linker.gazetteer)
            date_by_page_number(article)
            extract_stage.extract(article)
            return article

        return _guarded(article.source, "link/extract", run)

    def process(self, raw: RawArticle) -> Article | Rejection:
        prepared = self.prepare(raw)
        return prepared if isinstance(prepared, Rejection) else self.enrich(prepared)

    def link_phrase(self, text: str, *, published: str | None = None) -> Article:
        """A name or short phrase linked as it stands: no cleaning (a bare name
        would pass for a byline) and no facts."""
        article = Article(id="<phrase>", source="<phrase>", format="txt", title="",
                          text=normalize_chars(text).strip(), published=published)
        return self.linker.link(article)

    def process_text(self, text: str, *, title: str = "", published: str | None = None) -> Article:
        """Run a bare text (no title line) through the pipeline, for `link` and tests."""
        raw = RawArticle(source="<text>", format="txt", text=text, title=title, published=published)
        result = self.process(raw)
        if isinstance(result, Rejection):
            raise ValueError(result.reason)
        return result


def entity_named(text: str) -> str | None:
    """The one entity `text` names as a whole: an id, a name or alias of the
    gazetteer, or a garbled form the linker repairs; None when it names none or
    several."""
    text = text.strip()
    gazetteer = load()
    if text in gazetteer:
        return text
    named = gazetteer.lookup(text)
    if named:
        return named[0].id if len(named) == 1 else None
    return linked_name(text)


def linked_name(name: str) -> str | None:
    """The entity the linker reads the whole name as, bare or after the cue a
    province or a person would have (a pinyin spelling of a province after `tỉnh`)."""
    pipeline = _phrase_pipeline()
    for cue in ("", "tỉnh ", "ông "):
        mentions = pipeline.link_phrase(cue + name).mentions
        whole = {m.entity for m in mentions
                 if m.entity and m.start <= len(cue) and m.end >= len(cue + name) - 1}
        if len(whole) == 1:
            return whole.pop()
    return None


@lru_cache(maxsize=1)
def _phrase_pipeline() -> Pipeline:
    return Pipeline()


def _guarded(
    source: str, stage: str, step: Callable[[], Article | Rejection]
) -> Article | Rejection:
    try:
        return step()
    except Exception as exc:  # one bad article must not stop the batch
        return Rejection(source, f"{stage} failed: {type(exc).__name__}: {exc}")


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    copies: int = 0  # near-copies of stored stories, kept as other outlets of them
    records: int = 0  # reconciled records rebuilt
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 200,
    on_item: Callable[[str], None] | None = None,
    workers: int = 1,
    cluster: Cluster | None = None,
) -> IngestReport:
    """Read, process and store every article under `paths`; the per-article
    stages run in `workers` processes, or on a Dask `cluster`: the result is the
    same either way, and for any number of workers."""
    pipeline = pipeline or Pipeline.for_store(store)
    with _batch_collector():
        return _ingest(paths, store, pipeline, batch_size, on_item, workers, cluster)


def _ingest(
    paths: Iterable[str | Path],
    store: Store,
    pipeline: Pipeline,
    batch_size: int,
    on_item: Callable[[str], None] | None,
    workers: int,
    cluster: Cluster | None,
) -> IngestReport:
    report = IngestReport()
    batch: list[ArticleRows] = []
    copies: list[tuple[str, ArticleRows]] = []  # (the article kept, a near-copy of it)
    seen: set[str] = set()  # ids met in this run
    outcomes = ordered_map(process_raw, read_paths(paths), pipeline, store, workers=workers,
                           cluster=cluster)
    # with workers, write as their results come, while they go on: the writes overlap
    # their work instead of waiting for the whole batch
    flush_at = batch_size if workers <= 1 else min(batch_size, PARALLEL_BATCH)
    for source, outcome in outcomes:
        if isinstance(outcome, Rejection):
            report.rejected.append(outcome)
        elif isinstance(outcome, str) or outcome.id in seen or store.has(outcome.id):
            report.duplicates += 1
        elif (original := store.original_of(outcome)) is not None:
            copies.append((original, outcome))  # another outlet's print of a stored story
        else:
            seen.add(outcome.id)
            store.remember(outcome)
            batch.append(outcome)
        if on_item:
            on_item(source)
        if len(batch) >= flush_at:
            _flush(store, batch, copies, report)
    _flush(store, batch, copies, report)
    if report.rejected:
        store.save_rejections(report.rejected)
    # Also folds in facts left unreconciled by an interrupted earlier run.
    report.records = store.refresh_records()
    store.checkpoint()  # a big ingest leaves no big log behind
    return report


@contextmanager
def _batch_collector() -> Iterator[None]:
    """Cheaper garbage collection while a batch runs: the gazetteer's and linker's
    long-lived indexes are frozen out of the collector's scans, and young objects
    (the many short-lived matches and spans of each article) are collected less
    often. The stages make no reference cycles of their own. Each collection of
    the young walks every row and layer the batch holds (10 to 20 ms for 200
    articles): at 100,000 objects, a batch of 200 articles runs without one
    (at 20,000, four to seven: 1 to 3% of the run)."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 100_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _flush(store: Store, batch: list[ArticleRows], copies: list[tuple[str, ArticleRows]],
           report: IngestReport) -> None:
    if batch:
        store.save_articles(batch)
        report.stored += len(batch)
        batch.clear()
    if copies:  # after their originals, which may be in the batch just saved
        store.save_copies(copies)
        report.copies += len(copies)
        copies.clear()


def reprocess(
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    article_ids: list[str] | None = None,
    batch_size: int = 200,
    on_item: Callable[[str], None] | None = None,
    workers: int = 1,
    cluster: Cluster | None = None,
) -> int:
    """Re-link and re-extract every stored article (or those of `article_ids`)
    with the current gazetteer, rules and verdicts (the clean text stays), then
    rebuild the records. Returns the number of articles processed; people's
    corrections are kept, keyed by record."""
    pipeline = pipeline or Pipeline.for_store(store)
    done = 0
    batch: list[ArticleRows] = []
    with _batch_collector():
        stored = _stored_articles(store, article_ids, batch_size)
        for source, enriched in ordered_map(enrich, stored, pipeline, store, workers=workers,
                                            cluster=cluster):
            if isinstance(enriched, ArticleRows):
                batch.append(enriched)
                done += 1
            if on_item:
                on_item(source)
            if len(batch) >= batch_size:
                store.replace_layers(batch)
                batch = []
        store.replace_layers(batch)
    store.refresh_all_records()
    return done


def _stored_articles(
    store: Store, article_ids: list[str] | None, batch_size: int
) -> Iterator[Article]:
    """The stored articles, cleaned text only: their layers are made again."""
    for ids in _id_pages(store, article_ids, batch_size):
        for article_id in ids:
            article = store.get_article(article_id)
            article.mentions, article.office_claims, article.facts = [], [], []
            if article.published_inferred:
                article.published, article.published_inferred = None, False
            yield article


def _id_pages(
    store: Store, article_ids: list[str] | None, batch_size: int
) -> Iterator[list[str]]:
    if article_ids is not None:
        for start in range(0, len(article_ids), batch_size):
            yield article_ids[start : start + batch_size]
        return
    offset = 0
    while page := store.list_articles(limit=batch_size, offset=offset):
        offset += len(page)
        yield [summary.id for summary in page]
