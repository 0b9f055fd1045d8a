"""A recurring mechanism's editions in order, with gaps, plans and conflicts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from langgieng.reconcile.views import series_editions
from langgieng.web.deps import StoresDep
from langgieng.web.present import entity_name, require_series, series_id_of
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)


@router.get("/series/{series_id:path}", response_class=HTMLResponse)
def series_page(request: Request, series_id: str, stores: StoresDep) -> HTMLResponse:
    series_id = series_id_of(series_id)
    editions = series_editions(stores.get().records(type="meeting"), series_id)
    require_series(series_id, editions)
    context = {"series_id": series_id, "name": entity_name(series_id), "editions": editions}
    return render_page(request, "series.html", context)
