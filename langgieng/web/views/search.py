"""The search page: hits with the query's words marked in their snippets."""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from langgieng.model import FACT_TYPES
from langgieng.pipeline import entity_named
from langgieng.web.deps import MAX_PAGE, SearchFiltersDep, StoresDep, found
from langgieng.web.highlight import highlight
from langgieng.web.memo import remembered
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)
LIMIT = 50
MARKS = ("<mark>", "</mark>")


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, stores: StoresDep, filters: SearchFiltersDep, q: str = "",
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> HTMLResponse:
    query = q.strip()
    store = stores.get()
    offset = (page - 1) * LIMIT
    entity = entity_named(query) if query else None
    chosen = filters.resolved(store)
    # The store escapes the snippet's text, then adds the <mark>s.
    hits = store.search(query, limit=LIMIT, offset=offset, entity=entity, filters=chosen,
                        marks=MARKS, escape=html.escape,
                        found=found(request, store, query, offset + LIMIT, entity=entity,
                                    filters=chosen)) if query else []
    total = remembered(  # the API counts the same
        request, ("matches", query, entity, chosen),
        lambda: store.count_matches(query, entity=entity, filters=chosen)) if query else 0
    results = [
        {
            "article_id": hit.article_id,
            "title": highlight(hit.title, query),
            "snippet": Markup(hit.snippet),
            "score": hit.score,
        }
        for hit in hits
    ]
    return render_page(request, "search.html", {
        "query": query, "results": results, "total": total, "page": page,
        "first": offset + 1, "has_next": offset + len(results) < total,
        "filters": filters, "types": FACT_TYPES, "kept": filters.query_string(),
    })
