"""The review queue: records no person has judged yet, conflicts first, with
forms to accept, reject or correct them. Writes are POST only."""

from __future__ import annotations

import dataclasses
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from langgieng import curate
from langgieng.reconcile.corrections import correction_for
from langgieng.web import auth
from langgieng.web.deps import MAX_PAGE, StoresDep
from langgieng.web.errors import InvalidInput
from langgieng.web.memo import remembered
from langgieng.web.present import record_fields
from langgieng.web.views.forms import FormDep, local_path
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)
SHOWN = 50
ENTITIES_SHOWN = 20


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request, stores: StoresDep, type: str = "",
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> HTMLResponse:
    store = stores.get()
    # the queue a page at a time, in its order (conflicts, then the least sure) from the index
    queue = store.records(type=type or None, unreviewed=True, limit=SHOWN,
                          offset=(page - 1) * SHOWN, listed=True)
    total = remembered(request, ("unreviewed", type),
                       lambda: store.count_records(type=type or None, unreviewed=True))
    # the same on every page of the queue
    discovered, discovered_total = remembered(
        request, "discovered", lambda: store.discovered(limit=ENTITIES_SHOWN))
    context = {
        "discovered": discovered,
        "discovered_total": discovered_total,
        "queue": queue,
        "total": total,
        "page": page,
        "first": (page - 1) * SHOWN + 1,
        "has_next": page * SHOWN < total,
        "type": type,
        "types": sorted(record_fields()),
        "fields": record_fields(),
    }
    return render_page(request, "review.html", context)


@router.post("/review/entities/{entity_id:path}")
def entity_verdict_post(
    request: Request, entity_id: str, stores: StoresDep, form: FormDep
) -> RedirectResponse:
    """Promote, merge or reject a discovered entity (the same verdicts as the CLI)."""
    by = auth.writer(request, form.get(auth.CSRF_FIELD)).name
    store = stores.get()
    action, note = form.get("action", ""), form.get("note", "")
    if action == "promote":
        curate.promote(store, entity_id, author=by, name=form.get("name") or None, note=note)
    elif action == "merge":
        target = form.get("target", "").strip()
        if not target:
            raise InvalidInput("say which entity to merge into")
        curate.merge(store, entity_id, target, author=by, note=note)
    elif action == "reject":
        curate.reject(store, entity_id, author=by, note=note)
    else:
        raise InvalidInput("action must be promote, merge or reject")
    return RedirectResponse(local_path(form.get("next", "")), status_code=303)


@router.post("/review/{record_id}")
def review_post(
    request: Request, record_id: str, stores: StoresDep, form: FormDep
) -> RedirectResponse:
    by = auth.writer(request, form.get(auth.CSRF_FIELD)).name
    store = stores.get()
    record = store.record(record_id)
    correction = correction_for(
        record, form.get("action", ""), form.get("field"), form.get("value"), form.get("note", "")
    )
    store.save_correction(dataclasses.replace(correction, author=by))
    return RedirectResponse(local_path(form.get("next", "")), status_code=303)
