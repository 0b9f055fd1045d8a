"""/api/search: full-text search that ignores diacritics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from langgieng.pipeline import entity_named
from langgieng.web.deps import MAX_OFFSET, SearchFiltersDep, StoresDep, found
from langgieng.web.memo import remembered
from langgieng.web.schemas import SearchHitOut, SearchResults, json_response

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResults)
def search(
    request: Request,
    stores: StoresDep,
    filters: SearchFiltersDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Articles matching `q`, best first, each with a snippet of plain text; when
    `q` names an entity (`entity`), then the other articles linked to it, whatever
    spelling they used. `q` understands `"a phrase"`, `a OR b` and `-word`; the
    filters keep the articles linked to an entity, stating a type of fact, from
    an outlet or published between two dates. `total` says how many there are in all."""
    store = stores.get()
    entity = entity_named(q)
    chosen = filters.resolved(store)
    hits = store.search(q, limit=limit, offset=offset, entity=entity, filters=chosen,
                        marks=("", ""), found=found(request, store, q, offset + limit,
                                                    entity=entity, filters=chosen))
    return json_response(SearchResults(
        query=q,
        entity=entity,
        total=remembered(request, ("matches", q, entity, chosen),
                         lambda: store.count_matches(q, entity=entity, filters=chosen)),
        offset=offset,
        hits=[
            SearchHitOut(article_id=h.article_id, title=h.title, snippet=h.snippet, score=h.score)
            for h in hits
        ],
    ))
