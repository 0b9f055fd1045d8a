"""The article reader: clean text with linked mentions, and its facts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from langgieng.web.deps import StoresDep
from langgieng.web.highlight import Layer, render_part, term_layers
from langgieng.web.present import entity_url
from langgieng.web.schemas import ArticleDetail
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, stores: StoresDep, q: str = "") -> HTMLResponse:
    store = stores.get()
    found = store.get_article(article_id)
    article = ArticleDetail.of(found, store.copies_of(found.id))
    text, layers = article.text, _layers(article, q)
    # the headline is the text's first line: shown once, as the heading, with its marks
    cut = len(article.title) if article.title and text.startswith(article.title + "\n") else 0
    context = {
        "article": article,
        "heading": render_part(text, layers, 0, cut) if cut else None,
        "body": render_part(text, layers, cut + 1 if cut else 0, len(text)),
        "query": q,
    }
    return render_page(request, "article.html", context)


def _layers(article: ArticleDetail, query: str) -> list[Layer]:
    """Linked mentions, and the words of the query the reader came from."""
    layers = [
        Layer(
            m.start,
            m.end,
            "a" if m.entity else "span",
            "mention" if m.entity else "mention unresolved",
            f"{m.entity or 'unresolved'} ({m.rule}, {m.confidence:.2f})",
            entity_url(m.entity) if m.entity else "",
        )
        for m in article.mentions
    ]
    return layers + term_layers(article.text, query)
