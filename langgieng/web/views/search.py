"""The search page: hits with the query's words marked in their snippets."""

from __future__ import annotations

import html

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from langgieng.web.deps import StoresDep
from langgieng.web.highlight import highlight
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)
LIMIT = 50
MARKS = ("<mark>", "</mark>")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, stores: StoresDep, q: str = "") -> HTMLResponse:
    query = q.strip()
    # The store escapes the snippet's text, then adds the <mark>s.
    hits = stores.get().search(query, limit=LIMIT, marks=MARKS, escape=html.escape) if query else []
    results = [
        {
            "article_id": hit.article_id,
            "title": highlight(hit.title, query),
            "snippet": Markup(hit.snippet),
            "score": hit.score,
        }
        for hit in hits
    ]
    return render_page(request, "search.html", {"query": query, "results": results})
