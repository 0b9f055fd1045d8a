"""The home page: counts, recent records, the series in the store, and the
article list a page at a time."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from langgieng.web.deps import MAX_PAGE, StoresDep
from langgieng.web.present import recent
from langgieng.web.schemas import ArticleSummary
from langgieng.web.views.render import plain_stats, render_page

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
RECENT = 10


@router.get("/", response_class=HTMLResponse)
def overview(
    request: Request, stores: StoresDep, page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1
) -> HTMLResponse:
    store = stores.get()
    # One row more than shown tells whether a next page exists.
    rows = store.list_articles(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    records = store.records()
    series = sorted(
        {r.fields["series"] for r in records if r.type == "meeting" and r.fields.get("series")}
    )
    context = {
        "articles": [ArticleSummary.of(row) for row in rows[:PAGE_SIZE]],
        "page": page,
        "has_next": len(rows) > PAGE_SIZE,
        "stats": plain_stats(store.stats()),
        "record_types": sorted(Counter(r.type for r in records).items()),
        "records_total": len(records),
        "conflicts": sum(1 for r in records if r.conflicts),
        "unreviewed": sum(1 for r in records if r.review is None),
        "recent": recent(records, RECENT),
        "series": series,
    }
    return render_page(request, "overview.html", context)
