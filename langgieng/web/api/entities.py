"""/api/entities/{id}: a gazetteer record and its timeline of reconciled records."""

from __future__ import annotations

from fastapi import APIRouter

from langgieng.gazetteer.describe import as_json
from langgieng.reconcile.views import entity_timeline
from langgieng.web.deps import StoresDep
from langgieng.web.present import gazetteer, require_entity
from langgieng.web.record_schemas import EntityOut, RecordOut

router = APIRouter(tags=["entities"])


@router.get("/entities/{entity_id:path}", response_model=EntityOut)
def get_entity(entity_id: str, stores: StoresDep) -> EntityOut:
    """Names (with Chinese), kind, coordinates, validity, history and offices, and
    every record naming the entity in date order."""
    entity = require_entity(entity_id)
    known = gazetteer()
    assert known is not None  # require_entity found it there
    records = entity_timeline(stores.get().records(entity=entity.id), entity.id)
    return EntityOut(entity=as_json(known, entity), timeline=[RecordOut.of(r) for r in records])
