"""/api/search: full-text search that ignores diacritics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from langgieng.web.deps import StoresDep
from langgieng.web.schemas import SearchHitOut, SearchResults

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResults)
def search(
    stores: StoresDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> SearchResults:
    """Articles matching `q`, best first, each with a snippet of plain text."""
    hits = stores.get().search(q, limit=limit, marks=("", ""))
    return SearchResults(
        query=q,
        hits=[
            SearchHitOut(article_id=h.article_id, title=h.title, snippet=h.snippet, score=h.score)
            for h in hits
        ],
    )
