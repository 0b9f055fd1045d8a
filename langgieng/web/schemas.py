"""What the API returns, built from the store's objects.

The store may hand back full `Article`s or lighter rows; only the attributes
named here are read, so either works.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from fastapi import Response
from pydantic import BaseModel, Field

_JSONL_LINE = re.compile(r"^(?P<path>.*):(?P<line>\d+)$")


class ArticleSummary(BaseModel):
    id: str
    title: str
    published: str | None = None
    published_inferred: bool = False
    url: str | None = None
    source: str = ""  # the file it was read from, by name: no path of the server leaves it
    site: str = ""  # the source, briefly: a host name or a file name

    @classmethod
    def of(cls, article: Any) -> ArticleSummary:
        url = getattr(article, "url", None)
        source = getattr(article, "source", "") or ""
        return cls(
            id=article.id,
            title=article.title or "",
            published=getattr(article, "published", None),
            published_inferred=bool(getattr(article, "published_inferred", False)),
            url=url,
            source=PurePath(source).name,
            site=site_of(url, source),
        )


class MentionOut(BaseModel):
    start: int
    end: int
    surface: str
    entity: str | None
    kind: str
    confidence: float
    rule: str


class FactOut(BaseModel):
    type: str
    fields: dict[str, Any]
    evidence: tuple[int, int]
    evidence_text: str
    confidence: float
    rule: str


class CopyOut(BaseModel):
    """Another outlet that printed the same story (a near-copy, not stored again)."""

    site: str
    url: str | None
    source: str
    published: str | None


class ArticleDetail(ArticleSummary):
    text: str
    mentions: list[MentionOut] = []
    facts: list[FactOut] = []
    copies: list[CopyOut] = Field(default=[], description="other outlets that printed it")

    @classmethod
    def of(cls, article: Any,
           copies: Sequence[tuple[str, str | None, str | None]] = ()) -> ArticleDetail:
        summary = ArticleSummary.of(article).model_dump()
        text = article.text
        # from the mentions' attributes: dataclasses.asdict copied each one deeply first
        # (a seventh of an article page)
        mentions = [MentionOut.model_validate(m, from_attributes=True)
                    for m in getattr(article, "mentions", [])]
        facts = [
            FactOut(
                type=fact.type,
                fields=fact.fields,
                evidence=(fact.evidence.start, fact.evidence.end),
                evidence_text=text[fact.evidence.start : fact.evidence.end],
                confidence=fact.confidence,
                rule=fact.rule,
            )
            for fact in getattr(article, "facts", [])
        ]
        reprints = [CopyOut(site=site_of(url, source), url=url, source=PurePath(source).name,
                            published=published) for source, url, published in copies]
        return cls(**summary, text=text, mentions=mentions, facts=facts, copies=reprints)


class ArticleList(BaseModel):
    articles: list[ArticleSummary]
    total: int  # articles in the store
    limit: int
    offset: int


class SearchHitOut(BaseModel):
    article_id: str
    title: str
    snippet: str
    score: float


class SearchResults(BaseModel):
    query: str
    entity: str | None = None  # the entity the query names, whose articles are found too
    total: int  # articles matching in all
    offset: int
    hits: list[SearchHitOut]


def json_response(model: BaseModel) -> Response:
    """`model` as JSON, written in the route's own thread. Routes declare their
    `response_model` for the schema but return this: given the model itself, FastAPI
    would check it again in a second trip through the page threads, where under
    load each trip waits its turn behind the pages being made."""
    return Response(model.model_dump_json(), media_type="application/json")


def site_of(url: str | None, source: str) -> str:
    """A host name for web articles, else the file name (with its JSONL line)."""
    if url and (host := urlsplit(url).hostname):
        return host.removeprefix("www.")
    match = _JSONL_LINE.match(source)
    if match:
        return f"{PurePath(match['path']).name}:{match['line']}"
    return PurePath(source).name if source else ""


