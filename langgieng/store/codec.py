"""Articles to table rows and back. No SQL here: plain tuples in column order."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from langgieng.model import Article, Fact, Mention, Removed, Sentence, Span, entity_ids
from langgieng.normalize import fold_article_text
from langgieng.store import copies, record_json

_DATE_FIELDS = ("start", "date", "period", "by")


class Row(Protocol):
    """A database row read by column name (sqlite3.Row, a dict)."""

    def __getitem__(self, key: str) -> Any: ...


_json = record_json.dumps  # compact, as every JSON column is written


def article_row(article: Article) -> tuple[Any, ...]:
    """The article's row up to `ingested_at`, which the writer adds."""
    sentences = [[s.start, s.end] for s in article.sentences]
    removed = [{"text": r.text, "reason": r.reason} for r in article.removed]
    return (
        article.id, article.source, article.format, article.title, article.text,
        article.url, article.published, int(article.published_inferred),
        _json(sentences), _json(removed),
    )


def search_row(article: Article) -> tuple[str, str, str]:
    return (article.id, fold_article_text(article.title), fold_article_text(article.text))


def mention_rows(article: Article) -> Iterator[tuple[Any, ...]]:
    for m in article.mentions:
        yield (article.id, m.start, m.end, m.surface, m.entity, m.kind, m.confidence, m.rule)


def entity_article_rows(article: Article) -> Iterator[tuple[str, str, str | None, int]]:
    """(entity, article, published, mentions) for each entity the article names."""
    named = Counter(m.entity for m in article.mentions if m.entity is not None)
    for entity, count in named.items():
        yield (entity, article.id, article.published, count)


def fact_rows(
    article_id: str, fact: Fact
) -> tuple[tuple[Any, ...], list[tuple[str, str | None]]]:
    """The fact's row after its id, and its (entity, date) rows, sharing the date found."""
    date, date_end = fact_dates(fact.fields)
    indicator = fact.fields.get("indicator")
    row = (
        article_id, fact.type, _json(fact.fields),
        fact.evidence.start, fact.evidence.end, fact.confidence, fact.rule,
        indicator if isinstance(indicator, str) else None, date, date_end,
    )
    return row, [(entity, date) for entity in sorted(entity_ids(fact.fields))]


@dataclass(slots=True)
class ArticleRows:
    """An article as the rows of its tables, made where it was processed (a worker
    process) so that the one writer only inserts them. Two things are filled in
    at the write: the time (`article` ends before `ingested_at`) and the fact
    ids (each fact comes with the entity and date rows that will share its id)."""

    id: str
    source: str
    article: tuple[Any, ...]
    search: tuple[str, str, str]
    mentions: list[tuple[Any, ...]]
    entities: list[tuple[str, str, str | None, int]]
    facts: list[tuple[tuple[Any, ...], list[tuple[str, str | None]]]]
    claims: list[tuple[Any, ...]]
    signature: bytes | None = None  # the text's MinHash (store/copies.py), None if short
    # what the store's full-text index keeps beside `search` (`Store.index_values`), made
    # by the worker; None where the writer makes it
    index: tuple[str, ...] | None = None


def encode(article: Article) -> ArticleRows:
    search = search_row(article)
    return ArticleRows(
        id=article.id,
        source=article.source,
        article=article_row(article),
        search=search,
        mentions=list(mention_rows(article)),
        entities=list(entity_article_rows(article)),
        facts=[fact_rows(article.id, fact) for fact in article.facts],
        claims=[
            (article.id, c.entity, c.title, c.role, c.unit, c.country, c.date,
             c.evidence.start, c.evidence.end)
            for c in article.office_claims
        ],
        signature=copies.signature(search[1], search[2]),
    )


def fact_dates(fields: dict[str, Any]) -> tuple[str | None, str | None]:
    """(first, last) ISO date the fact is about, from start/date/period/by and end.

    A period `2014-01/2014-10` gives both ends; a date without a year (`--08-06`)
    gives none, since it cannot be placed on a timeline.
    """
    value = next((fields[name] for name in _DATE_FIELDS if fields.get(name)), None)
    if value is None:
        return None, None
    first, _, last = str(value).partition("/")
    end = fields.get("end")
    last = last or (str(end) if end else first)
    if first.startswith("--"):
        return None, None
    return first, (None if last.startswith("--") else last)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article without its text and layers, for listings."""

    id: str
    title: str
    source: str
    url: str | None
    published: str | None
    published_inferred: bool


def summary_from_row(row: Row) -> ArticleSummary:
    return ArticleSummary(row["id"], row["title"], row["source"], row["url"], row["published"],
                          bool(row["published_inferred"]))


def article_from_row(row: Row) -> Article:
    return Article(
        id=row["id"], source=row["source"], format=row["format"], title=row["title"],
        text=row["text"], url=row["url"], published=row["published"],
        published_inferred=bool(row["published_inferred"]),
        sentences=[Sentence(start, end) for start, end in json.loads(row["sentences"])],
        removed=[Removed(r["text"], r["reason"]) for r in json.loads(row["removed"])],
    )


def mention_from_row(row: Row) -> Mention:
    return Mention(
        start=row["start"], end=row["end"], surface=row["surface"], entity=row["entity"],
        kind=row["kind"], confidence=row["confidence"], rule=row["rule"],
    )


def fact_from_row(row: Row) -> Fact:
    return Fact(
        type=row["type"], fields=json.loads(row["fields"]),
        evidence=Span(row["evidence_start"], row["evidence_end"]),
        confidence=row["confidence"], rule=row["rule"],
    )
