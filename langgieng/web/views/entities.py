"""The entity page: names, place, history, offices, and what the store says
about it (its timeline of records, the articles that report them)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from langgieng.gazetteer.describe import history
from langgieng.reconcile.views import entity_timeline
from langgieng.store import Store
from langgieng.web.deps import StoresDep
from langgieng.web.present import gazetteer, require_entity
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)
MAX_ARTICLES = 100


@dataclass(frozen=True, slots=True)
class Mentioning:
    """An article that states a fact about the entity, and how often it names it."""

    id: str
    title: str
    published: str | None
    mentions: int


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, stores: StoresDep) -> HTMLResponse:
    entity = require_entity(entity_id)
    store = stores.get()
    timeline = entity_timeline(store.records(entity=entity.id), entity.id)
    known = gazetteer()
    context = {
        "entity": entity,
        "history": history(known, entity) if known else [],
        "timeline": timeline,
        "articles": articles_about(store, entity.id, [s.article_id for r in timeline
                                                       for s in r.sources]),
    }
    return render_page(request, "entity.html", context)


def articles_about(store: Store, entity_id: str, record_sources: list[str]) -> list[Mentioning]:
    """Articles with a fact naming the entity or a source of its records, newest first.

    The store offers no lookup of mentions by entity, so articles that only
    name the entity in passing, without a fact about it, are not found here.
    """
    ids = dict.fromkeys([article_id for article_id, _ in store.facts(entity=entity_id)]
                        + record_sources)
    found = []
    for article_id in list(ids)[:MAX_ARTICLES]:
        article = store.get_article(article_id)
        count = sum(1 for m in article.mentions if m.entity == entity_id)
        found.append(Mentioning(article.id, article.title, article.published, count))
    return sorted(found, key=lambda a: (a.published or "", a.id), reverse=True)
