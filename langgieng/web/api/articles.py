"""/api/articles: the stored articles, a page at a time, and one in full."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from langgieng.web.deps import MAX_OFFSET, StoresDep
from langgieng.web.schemas import ArticleDetail, ArticleList, ArticleSummary, json_response

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=ArticleList)
def list_articles(
    stores: StoresDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Stored articles, newest first."""
    store = stores.get()
    rows = store.list_articles(limit=limit, offset=offset)
    return json_response(ArticleList(articles=[ArticleSummary.of(r) for r in rows],
                                     total=store.count_articles(), limit=limit, offset=offset))


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def get_article(article_id: str, stores: StoresDep) -> Response:
    """One article: its clean text, mentions and facts (404 if unknown)."""
    store = stores.get()
    article = store.get_article(article_id)
    return json_response(ArticleDetail.of(article, store.copies_of(article.id)))
