"""The entity page: names, place, history, offices, and what the store says
about it (its timeline of records, the articles that report them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from langgieng.gazetteer.describe import history
from langgieng.i18n import scope_language
from langgieng.reconcile.views import entity_timeline
from langgieng.store import Store
from langgieng.web.deps import MAX_PAGE, StoresDep
from langgieng.web.present import gazetteer, require_entity
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)
MAX_ARTICLES = 50
TIMELINE_LIMIT = 50  # newest records a page shows; the store reads them through an index


@dataclass(frozen=True, slots=True)
class Mentioning:
    """An article that names the entity, and how often."""

    id: str
    title: str
    published: str | None
    mentions: int


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(
    request: Request, entity_id: str, stores: StoresDep,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> HTMLResponse:
    store = stores.get()
    entity = require_entity(entity_id, store)
    newest = store.records(entity=entity.id, newest_first=True, limit=TIMELINE_LIMIT,
                           offset=(page - 1) * TIMELINE_LIMIT, listed=True)
    total = store.count_records(entity=entity.id)
    known = gazetteer()
    context = {
        "entity": entity,
        "history": history(known, entity, scope_language(request.scope)) if known else [],
        "timeline": entity_timeline(newest, entity.id),
        "timeline_total": total,
        "page": page,
        "first": (page - 1) * TIMELINE_LIMIT + 1,
        "has_next": page * TIMELINE_LIMIT < total,
        "articles": articles_about(store, entity.id),
    }
    return render_page(request, "entity.html", context)


def articles_about(store: Store, entity_id: str) -> list[Mentioning]:
    """Articles that name the entity, newest first."""
    return [
        Mentioning(summary.id, summary.title, summary.published, count)
        for summary, count in store.articles_mentioning(entity_id, limit=MAX_ARTICLES)
    ]
