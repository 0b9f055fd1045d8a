"""What the API returns for reconciled records, series, entities and indicators."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import Response
from pydantic import BaseModel, Field
from pydantic_core import to_json

from langgieng.model import Claim, Record
from langgieng.reconcile.views import Edition, IndicatorView, record_date
from langgieng.store.record_json import LISTED_ARTICLES
from langgieng.web.present import articles_total, record_id, summary, values_total

# a record in a list: its first sources (its listing holds every source of its first
# LISTED_ARTICLES articles, so these too); a record alone: every one
LISTED_SOURCES = LISTED_ARTICLES


class SourceOut(BaseModel):
    article_id: str
    evidence: tuple[int, int]
    confidence: float
    published: str | None = None
    url: str | None = None


class ClaimOut(BaseModel):
    value: Any
    sources: list[str] = Field(description="the ids of the articles stating it: in lists those"
                               " of its first 5; all of them at /api/records/{id}")
    sources_total: int = Field(description="how many articles state it")

    @classmethod
    def of(cls, claim: Claim) -> ClaimOut:
        return cls.model_validate(_claim_json(claim))


class RecordOut(BaseModel):
    id: str
    key: str
    type: str
    date: str = Field(description="where the record sits on a timeline; empty when unknown")
    summary: str
    fields: dict[str, Any]
    review: str | None = Field(description="null, accepted, rejected or corrected")
    sources: list[SourceOut] = Field(description="in lists the first 20 (by date); all of them"
                                     " at /api/records/{id}")
    sources_total: int = Field(description="how many sources the record has")
    conflicts: dict[str, list[ClaimOut]] = Field(description="fields whose sources disagree,"
                                                 " their values best first: in lists the best 5")
    values_total: dict[str, int] = Field(description="how many values each field in conflict"
                                         " is given")

    @classmethod
    def of(cls, record: Record, *, sources_shown: int | None = LISTED_SOURCES) -> RecordOut:
        return cls.model_validate(record_json(record, sources_shown=sources_shown))


def record_json(record: Record, *, sources_shown: int | None = LISTED_SOURCES) -> dict[str, Any]:
    """A record as RecordOut gives it in JSON, in plain values: a list of records is
    written from these directly (`records_json`), with none of pydantic's checks of
    values the store made (a page of 50 records holds a thousand sources)."""
    shown = record.sources if sources_shown is None else record.sources[:sources_shown]
    return {
        "id": record_id(record),
        "key": record.key,
        "type": record.type,
        "date": record_date(record),
        "summary": summary(record),
        "fields": record.fields,
        "review": record.review,
        "sources": [{"article_id": s.article_id, "evidence": (s.evidence.start, s.evidence.end),
                     "confidence": s.confidence, "published": s.published, "url": s.url}
                    for s in shown],
        "sources_total": (len(record.sources) if record.sources_total is None
                          else record.sources_total),
        "conflicts": {name: [_claim_json(c) for c in claims]
                      for name, claims in record.conflicts.items()},
        "values_total": {name: values_total(record, name) for name in record.conflicts},
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    articles = dict.fromkeys(source.article_id for source in claim.sources)
    return {"value": claim.value, "sources": list(articles), "sources_total": articles_total(claim)}


def records_json(records: list[Record], **page: int) -> Response:
    """A RecordList of `records` (its `total`, `limit` and `offset` in `page`) as a response."""
    listed = {"records": [record_json(r) for r in records], **page}
    return Response(to_json(listed), media_type="application/json")


class RecordDetail(RecordOut):
    claims: dict[str, list[ClaimOut]] = Field(description="every value stated, per field")

    @classmethod
    def of(cls, record: Record, *, sources_shown: int | None = None) -> RecordDetail:
        """The record alone: every source, unless told otherwise, and every claim."""
        claims = {name: [ClaimOut.of(c) for c in cs] for name, cs in record.claims.items()}
        base = RecordOut.of(record, sources_shown=sources_shown)
        return cls(**base.model_dump(), claims=claims)


class RecordList(BaseModel):
    records: list[RecordOut]
    total: int  # how many match, on every page
    limit: int
    offset: int


class EditionOut(BaseModel):
    edition: int
    gap: bool
    planned: bool
    record: RecordOut | None

    @classmethod
    def of(cls, edition: Edition) -> EditionOut:
        record = None if edition.record is None else RecordOut.of(edition.record)
        return cls(
            edition=edition.number, gap=record is None, planned=edition.planned, record=record
        )


class SeriesOut(BaseModel):
    series: str
    name: str
    editions: list[EditionOut]


class EntityOut(BaseModel):
    entity: dict[str, Any] = Field(description="the gazetteer record, with its history")
    timeline: list[RecordOut]


class TargetOut(BaseModel):
    target: RecordOut
    actual: RecordOut | None
    met: bool | None = Field(description="null while no actual figure for the period is known")


class IndicatorOut(BaseModel):
    indicator: str
    parties: list[str]
    measures: list[RecordOut]
    targets: list[TargetOut]

    @classmethod
    def of(cls, view: IndicatorView) -> IndicatorOut:
        return cls(
            indicator=view.indicator,
            parties=view.parties,
            measures=[RecordOut.of(r) for r in view.measures],
            targets=[
                TargetOut(
                    target=RecordOut.of(t.target),
                    actual=None if t.actual is None else RecordOut.of(t.actual),
                    met=t.met,
                )
                for t in view.targets
            ],
        )


class ReviewIn(BaseModel):
    action: Literal["accept", "reject", "correct"]
    field: str | None = Field(None, description="the field to set (correct only)")
    value: Any = Field(None, description="the new value (correct only)")
    note: str = Field("", max_length=2000)
