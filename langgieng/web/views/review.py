"""The review queue: records no person has judged yet, conflicts first, with
forms to accept, reject or correct them. Writes are POST only."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from langgieng import curate
from langgieng.reconcile.corrections import correction_for
from langgieng.reconcile.views import review_order
from langgieng.web.deps import StoresDep
from langgieng.web.errors import InvalidInput
from langgieng.web.present import record_fields
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)
MAX_FORM_BYTES = 16_000
SHOWN = 200
ENTITIES_SHOWN = 50


async def form_fields(request: Request) -> dict[str, str]:
    """The posted form's fields (parsed here: urlencoded forms need no extra package)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if kind != "application/x-www-form-urlencoded":
        raise InvalidInput("send the form as application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise InvalidInput("the form is too large")
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError as exc:
        raise InvalidInput("the form is not UTF-8") from exc


FormDep = Annotated[dict[str, str], Depends(form_fields)]


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, stores: StoresDep, type: str = "") -> HTMLResponse:
    records = stores.get().records(type=type or None, include_rejected=True)
    queue = [r for r in records if r.review is None]
    queue = review_order(queue)
    discovered, discovered_total = stores.get().discovered(limit=ENTITIES_SHOWN)
    context = {
        "discovered": discovered,
        "discovered_total": discovered_total,
        "queue": queue[:SHOWN],
        "total": len(queue),
        "type": type,
        "types": sorted(record_fields()),
        "fields": record_fields(),
    }
    return render_page(request, "review.html", context)


@router.post("/review/entities/{entity_id:path}")
def entity_verdict_post(entity_id: str, stores: StoresDep, form: FormDep) -> RedirectResponse:
    """Promote, merge or reject a discovered entity (the same verdicts as the CLI)."""
    store = stores.get()
    action, note = form.get("action", ""), form.get("note", "")
    if action == "promote":
        curate.promote(store, entity_id, name=form.get("name") or None, note=note)
    elif action == "merge":
        target = form.get("target", "").strip()
        if not target:
            raise InvalidInput("say which entity to merge into")
        curate.merge(store, entity_id, target, note=note)
    elif action == "reject":
        curate.reject(store, entity_id, note=note)
    else:
        raise InvalidInput("action must be promote, merge or reject")
    return RedirectResponse(local_path(form.get("next", "")), status_code=303)


@router.post("/review/{record_id}")
def review_post(record_id: str, stores: StoresDep, form: FormDep) -> RedirectResponse:
    store = stores.get()
    record = store.record(record_id)
    correction = correction_for(
        record, form.get("action", ""), form.get("field"), form.get("value"), form.get("note", "")
    )
    store.save_correction(correction)
    return RedirectResponse(local_path(form.get("next", "")), status_code=303)


def local_path(target: str) -> str:
    """Where to go back to: a path on this site only, never another site."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/review"
