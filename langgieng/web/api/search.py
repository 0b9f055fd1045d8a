"""/api/search: full-text search that ignores diacritics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from langgieng.web.deps import MAX_OFFSET, StoresDep
from langgieng.web.schemas import SearchHitOut, SearchResults

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResults)
def search(
    stores: StoresDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> SearchResults:
    """Articles matching `q`, best first, each with a snippet of plain text;
    `total` says how many match in all."""
    store = stores.get()
    hits = store.search(q, limit=limit, offset=offset, marks=("", ""))
    return SearchResults(
        query=q,
        total=store.count_matches(q),
        offset=offset,
        hits=[
            SearchHitOut(article_id=h.article_id, title=h.title, snippet=h.snippet, score=h.score)
            for h in hits
        ],
    )
