"""A dossier for the next meeting of two sides: a page (with a print
stylesheet) and a standalone HTML file, which `langgieng dossier` also prints
to PDF through Debian's chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from langgieng.errors import NotFound
from langgieng.reconcile.dossier import Dossier, build_dossier
from langgieng.store import Store
from langgieng.store.codec import ArticleSummary
from langgieng.web.deps import StoresDep
from langgieng.web.present import require_entity
from langgieng.web.views.indicators import chart
from langgieng.web.views.render import language, render_page

router = APIRouter(include_in_schema=False)
PRINT_CSS = Path(__file__).resolve().parent.parent / "static" / "print.css"
LISTED_ARTICLES = 200  # sources listed at the end; the count says how many in all


@router.get("/dossier", response_class=HTMLResponse)
def dossier_page(
    request: Request, stores: StoresDep,
    a: Annotated[str, Query(max_length=200, description="one side: an id or a name")] = "",
    b: Annotated[str, Query(max_length=200, description="the other side")] = "",
) -> HTMLResponse:
    """The dossier of two sides; with no sides, the form to choose them."""
    context: dict[str, Any] = {"a": a, "b": b, "dossier": None}
    if a and b:
        context |= dossier_context(stores.get(), a, b, language(request))
    return render_page(request, "dossier.html", context)


def dossier_context(store: Store, a: str, b: str, lang: str) -> dict[str, Any]:
    """What the dossier templates show: the dossier, its charts and its articles."""
    side_a, side_b = (require_entity(side, store).id for side in (a, b))
    if side_a == side_b:
        raise NotFound("a dossier needs two different sides")
    dossier = build_dossier(store.records(), side_a, side_b)
    return {"dossier": dossier,
            "charts": [chart(view, lang) for view in dossier.indicators],
            "sources": _articles(store, dossier)}


def dossier_file(store: Store, templates: Any, a: str, b: str, lang: str) -> str:
    """The dossier as one HTML file with its stylesheet inside, to keep or print."""
    context = dossier_context(store, a, b, lang) | {
        "lang": lang, "style": Markup(PRINT_CSS.read_text(encoding="utf-8"))}
    return str(templates.env.get_template("dossier_file.html").render(context))


def _articles(store: Store, dossier: Dossier) -> list[ArticleSummary]:
    return store.article_summaries(dossier.articles[:LISTED_ARTICLES])
