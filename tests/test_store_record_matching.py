"""Records whose fields have many values (a figure redrawn in every article): the
claims found by value (reconcile/matching.py) give the records, whole and listed,
that asking every claim in stated order gave, on real SQLite files and PostgreSQL
databases, ingested in chunks, at once and rebuilt."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_store_records import _random_articles

from langgieng.model import Article, Fact, Record, Span
from langgieng.pipeline import Pipeline, ingest
from langgieng.reconcile import matching
from langgieng.store import open_store

REPO = Path(__file__).resolve().parents[1]
Stored = tuple[list[Record], list[Record], list[Record]]  # whole, listed, one page listed


def every_claim_asked(self: matching.Values[Any], value: Any) -> tuple[int, Any] | None:
    """The lookup before claims were found by value: each asked, in stated order."""
    for n, claim in enumerate(self.claims):
        merged = matching.agree(claim.value, value)
        if merged is not None:
            return n, merged
    return None


def _figure(rng: random.Random, n: int) -> Fact:
    """A figure redrawn in each article, four digits then zeros (values within 0.5% of
    one another merge, upwards), its date told more or less precisely, its parties in
    either order; a few given as a float or with the other sign."""
    value: int | float = rng.randrange(1000, 10_000) * 1_000_000
    if n % 9 == 0:
        value = float(value) * rng.choice([1.0, 1.004, 0.996])
    if n % 23 == 0:
        value = -value
    fields = {"indicator": "trade.export", "parties": rng.sample(["vn", "la"], 2),
              "period": "2022", "unit": "USD", "value": value,
              "date": rng.choice(["2022", "2022-12", "2022-12-31", "2022-11", "2023-01-05"])}
    return Fact("measure", fields, Span(40, 60), rng.choice([0.6, 0.8]), "test")


def _articles(seed: int, count: int) -> list[Article]:
    rng = random.Random(seed)
    articles = _random_articles(seed, count)
    for n, article in enumerate(articles):
        article.facts += [_figure(rng, n), _figure(rng, n + 1)]
    return articles


def _stored(path: str) -> Stored:
    with open_store(path) as store:
        return (store.records(include_rejected=True),
                store.records(include_rejected=True, listed=True),
                store.records(limit=5, offset=1, listed=True))


def _ingested(path: str, batches: list[list[Article]]) -> Stored:
    with open_store(path) as store:
        for batch in batches:
            store.save_articles(batch)
            store.refresh_records()
    return _stored(path)


def _rebuilt(path: str) -> Stored:
    with open_store(path) as store:
        store.refresh_all_records()
    return _stored(path)


@pytest.mark.parametrize("seed", range(3))
def test_claims_found_by_value_are_the_claims_every_claim_asked_gives(
    new_store: Callable[[str], str], monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    articles = _articles(seed, 160)
    batches = [articles[n : n + 40] for n in range(0, 160, 40)]
    found = _ingested(new_store("found.db"), batches)
    found_at_once = _ingested(new_store("once.db"), [articles])
    monkeypatch.setattr(matching.Values, "find", every_claim_asked)
    asked = _ingested(new_store("asked.db"), batches)
    assert found == asked
    assert found_at_once == asked
    assert _rebuilt(new_store("found.db")) == _rebuilt(new_store("asked.db")) == asked
    # the data did exercise it: a field of many values, values merged, dates merged
    values = [claims for r in asked[0] for claims in r.claims.values()]
    assert max(map(len, values)) > 100
    assert any(len(c.sources) > 1 and isinstance(c.value, int | float) for cs in values
               for c in cs)
    assert any(len(cs) > 1 and "2022" not in [c.value for c in cs] and
               any(c.value == "2022-12-31" for c in cs) for cs in values)


def _generated(folder: Path, count: int) -> list[Path]:
    """`count` articles of the benchmark corpus (redrawn figures and years)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from corpus import paragraph_pool, source_files, write_articles
    finally:
        sys.path.pop(0)
    return write_articles(folder, paragraph_pool(source_files(), Pipeline()), range(count),
                          target=600)


def _generated_records(path: str, files: list[Path], pipeline: Pipeline) -> str:
    with open_store(path) as store:
        for n in range(0, len(files), 40):
            ingest(files[n : n + 40], store, pipeline=pipeline, workers=1)
    whole, listed, page = _stored(path)
    return json.dumps([[repr(r) for r in records] for records in (whole, listed, page)])


def test_the_generated_corpus_in_chunks_gives_the_records_every_claim_asked_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _generated(tmp_path / "corpus", 160)
    pipeline = Pipeline()
    found = _generated_records(str(tmp_path / "found.db"), files, pipeline)
    monkeypatch.setattr(matching.Values, "find", every_claim_asked)
    assert found == _generated_records(str(tmp_path / "asked.db"), files, pipeline)
    with open_store(str(tmp_path / "found.db")) as store:
        records = store.records()
    assert len(records) > 100
    assert max(len(claims) for r in records for claims in r.claims.values()) > 10
