"""/api/records: reconciled records, one in full, and a person's review of one."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from langgieng.reconcile.corrections import correction_for
from langgieng.web.auth import WriterDep
from langgieng.web.deps import MAX_OFFSET, StoresDep
from langgieng.web.errors import BAD_INPUT
from langgieng.web.memo import remembered
from langgieng.web.record_schemas import RecordDetail, RecordList, ReviewIn, records_json
from langgieng.web.schemas import json_response

router = APIRouter(tags=["records"])


@router.get("/records", response_model=RecordList)
def list_records(
    request: Request,
    stores: StoresDep,
    type: Annotated[str | None, Query(description="meeting, visit, agreement, ...")] = None,
    entity: Annotated[str | None, Query(description="only records naming this entity id")] = None,
    include_rejected: bool = False,
    unreviewed: Annotated[bool, Query(description="only those nobody has judged, in the"
                                      " review queue's order")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Reconciled records with people's corrections applied, in date order, a page
    at a time; `total` says how many there are."""
    store = stores.get()
    filters: dict[str, Any] = {"type": type, "entity": entity,
                               "include_rejected": include_rejected, "unreviewed": unreviewed}
    records = store.records(**filters, limit=limit, offset=offset, listed=True)
    # the same total on every page
    total = remembered(request, ("records", *filters.values()),
                       lambda: store.count_records(**filters))
    return records_json(records, total=total, limit=limit, offset=offset)


@router.get("/records/{record_id}", response_model=RecordDetail)
def get_record(record_id: str, stores: StoresDep) -> Response:
    """One record by id (or an unambiguous id prefix), with every claim and its sources."""
    return json_response(RecordDetail.of(stores.get().record(record_id)))


@router.post("/records/{record_id}/review", response_model=RecordDetail, responses=BAD_INPUT)
def review_record(
    record_id: str, review: ReviewIn, stores: StoresDep, user: WriterDep
) -> Response:
    """Accept, reject or correct (`field`, `value`) a record, as a reviewer or admin
    (an API token, or a session with its X-CSRF-Token header). The verdict is kept
    apart from extracted facts, so it survives re-ingest and re-extraction."""
    store = stores.get()
    record = store.record(record_id)
    correction = correction_for(record, review.action, review.field, review.value, review.note)
    store.save_correction(dataclasses.replace(correction, author=user.name))
    return json_response(RecordDetail.of(store.record(record.key)))
