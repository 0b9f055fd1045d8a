"""/api/series/{id} and /api/indicators: views across records."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from langgieng.reconcile.views import indicator_view, series_editions
from langgieng.web.deps import StoresDep
from langgieng.web.present import entity_name, require_series, series_id_of
from langgieng.web.record_schemas import EditionOut, IndicatorOut, SeriesOut
from langgieng.web.schemas import json_response

router = APIRouter(tags=["views"])


@router.get("/series/{series_id:path}", response_model=SeriesOut)
def get_series(series_id: str, stores: StoresDep) -> Response:
    """A recurring mechanism's editions in order; a gap is an edition no article reports."""
    series_id = series_id_of(series_id)
    editions = series_editions(stores.get().records(type="meeting"), series_id)
    require_series(series_id, editions)
    return json_response(SeriesOut(
        series=series_id,
        name=entity_name(series_id),
        editions=[EditionOut.of(e) for e in editions],
    ))


@router.get("/indicators", response_model=IndicatorOut)
def get_indicator(
    stores: StoresDep,
    indicator: Annotated[str, Query(min_length=1, description="e.g. trade.bilateral")],
    parties: Annotated[str, Query(min_length=1, description="comma-separated ids, e.g. vn,kh")],
) -> Response:
    """Values by period for the indicator and parties, and each target met, missed or open."""
    party_ids = [p.strip() for p in parties.split(",") if p.strip()]
    return json_response(IndicatorOut.of(indicator_view(stores.get().records(), indicator,
                                                        party_ids)))
