"""Articles to table rows and back. No SQL here: plain tuples in column order."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from langgieng.model import Article, Fact, Mention, Removed, Sentence, Span, entity_ids
from langgieng.normalize import fold
from langgieng.store import record_json

_DATE_FIELDS = ("start", "date", "period", "by")


class Row(Protocol):
    """A database row read by column name (sqlite3.Row, a dict)."""

    def __getitem__(self, key: str) -> Any: ...


_json = record_json.dumps  # compact, as every JSON column is written


def article_row(article: Article, ingested_at: str) -> tuple[Any, ...]:
    sentences = [[s.start, s.end] for s in article.sentences]
    removed = [{"text": r.text, "reason": r.reason} for r in article.removed]
    return (
        article.id, article.source, article.format, article.title, article.text,
        article.url, article.published, int(article.published_inferred),
        _json(sentences), _json(removed), ingested_at,
    )


def search_row(article: Article) -> tuple[str, str, str]:
    return (article.id, fold(article.title), fold(article.text))


def mention_rows(article: Article) -> Iterator[tuple[Any, ...]]:
    for m in article.mentions:
        yield (article.id, m.start, m.end, m.surface, m.entity, m.kind, m.confidence, m.rule)


def entity_article_rows(article: Article) -> Iterator[tuple[str, str, str | None, int]]:
    """(entity, article, published, mentions) for each entity the article names."""
    named = Counter(m.entity for m in article.mentions if m.entity is not None)
    for entity, count in named.items():
        yield (entity, article.id, article.published, count)


def fact_rows(
    fact_id: int, article_id: str, fact: Fact
) -> tuple[tuple[Any, ...], list[tuple[int, str, str | None]]]:
    """The fact's row and its (fact, entity, date) rows, sharing the date found."""
    date, date_end = fact_dates(fact.fields)
    indicator = fact.fields.get("indicator")
    row = (
        fact_id, article_id, fact.type, _json(fact.fields),
        fact.evidence.start, fact.evidence.end, fact.confidence, fact.rule,
        indicator if isinstance(indicator, str) else None, date, date_end,
    )
    return row, [(fact_id, entity, date) for entity in sorted(entity_ids(fact.fields))]


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
