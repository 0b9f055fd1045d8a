"""/api/entities/{id}: a gazetteer record and its timeline of reconciled records."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from langgieng.gazetteer import Gazetteer
from langgieng.gazetteer.describe import as_json
from langgieng.reconcile.views import entity_timeline
from langgieng.web.deps import StoresDep
from langgieng.web.present import gazetteer, require_entity
from langgieng.web.record_schemas import EntityOut, RecordOut
from langgieng.web.schemas import json_response

router = APIRouter(tags=["entities"])


@router.get("/entities/{entity_id:path}", response_model=EntityOut)
def get_entity(
    entity_id: str,
    stores: StoresDep,
    limit: int = Query(50, ge=1, le=500, description="Newest records to include."),
) -> Response:
    """Names (with Chinese), kind, coordinates, validity, history and offices, and
    the newest `limit` records naming the entity, in date order."""
    store = stores.get()
    entity = require_entity(entity_id, store)
    known = gazetteer() or Gazetteer([])
    newest = store.records(entity=entity.id, newest_first=True, limit=limit, listed=True)
    records = entity_timeline(newest, entity.id)
    return json_response(EntityOut(entity=as_json(known, entity),
                                   timeline=[RecordOut.of(r) for r in records]))
