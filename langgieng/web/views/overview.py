"""The home page: counts, recent records, the series in the store, and the
article list a page at a time."""

from __future__ import annotations

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
    counts = store.record_counts()  # aggregates: no record is loaded for them
    # the newest by date, undated and yearless ones (sorted last) left out
    newest = store.records(newest_first=True, limit=RECENT * 3, listed=True)
    context = {
        "articles": [ArticleSummary.of(row) for row in rows[:PAGE_SIZE]],
        "page": page,
        "has_next": len(rows) > PAGE_SIZE,
        "stats": plain_stats(store.stats()),
        "record_types": sorted(counts["by_type"].items()),
        "records_total": counts["total"],
        "conflicts": counts["conflicts"],
        "unreviewed": counts["unreviewed"],
        "recent": recent(newest, RECENT),
        "series": counts["series"],
    }
    return render_page(request, "overview.html", context)
