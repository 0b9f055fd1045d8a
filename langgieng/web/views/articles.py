"""The article list (home page) and the article reader."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from langgieng.web.deps import StoresDep
from langgieng.web.highlight import Layer, render, term_layers
from langgieng.web.schemas import ArticleDetail, ArticleSummary
from langgieng.web.views.render import plain_stats, render_page

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


@router.get("/", response_class=HTMLResponse)
def article_list(
    request: Request, stores: StoresDep, page: Annotated[int, Query(ge=1)] = 1
) -> HTMLResponse:
    store = stores.get()
    # One row more than shown tells whether a next page exists.
    rows = store.list_articles(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    articles = [ArticleSummary.of(row) for row in rows[:PAGE_SIZE]]
    context = {
        "articles": articles,
        "page": page,
        "has_next": len(rows) > PAGE_SIZE,
        "stats": plain_stats(store.stats()),
    }
    return render_page(request, "articles.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, stores: StoresDep, q: str = "") -> HTMLResponse:
    article = ArticleDetail.of(stores.get().get_article(article_id))
    context = {"article": article, "body": render(article.text, _layers(article, q)), "query": q}
    return render_page(request, "article.html", context)


def _layers(article: ArticleDetail, query: str) -> list[Layer]:
    """Linked mentions, and the words of the query the reader came from."""
    layers = [
        Layer(
            m.start,
            m.end,
            "span",
            "mention" if m.entity else "mention unresolved",
            f"{m.entity or 'unresolved'} ({m.rule}, {m.confidence:.2f})",
        )
        for m in article.mentions
    ]
    return layers + term_layers(article.text, query)
