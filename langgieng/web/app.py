"""Builds the FastAPI application: routers, templates, static files, errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
import swagger_ui_bundle
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from langgieng import __version__
from langgieng.reconcile.views import record_date
from langgieng.web import errors, present
from langgieng.web.api import articles as api_articles
from langgieng.web.api import entities as api_entities
from langgieng.web.api import records as api_records
from langgieng.web.api import search as api_search
from langgieng.web.api import views as api_views
from langgieng.web.deps import Stores
from langgieng.web.views import articles, entities, indicators, network, overview, review, search
from langgieng.web.views import series as series_views

HERE = Path(__file__).parent
PAGE_ROUTERS = (
    overview.router,
    articles.router,
    search.router,
    entities.router,
    series_views.router,
    indicators.router,
    network.router,
    review.router,
)
API_ROUTERS = (
    api_articles.router,
    api_search.router,
    api_records.router,
    api_views.router,
    api_entities.router,
)


def create_app(db_path: str | Path) -> FastAPI:
    """The web UI and JSON API over the database at `db_path`."""
    stores = Stores(str(db_path))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(
        title="Láng Giềng",
        version=__version__,
        description="Vietnam's cooperation with Cambodia and Laos, from the news: "
        "articles, search, the facts they state, and the records reconciled from them "
        "(series, indicators, entity timelines, review).",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's default pages load Swagger UI from a CDN
        redoc_url=None,
    )
    app.state.stores = stores
    app.state.templates = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_api_docs(app)
    errors.install(app)
    for router in PAGE_ROUTERS:
        app.include_router(router)
    for router in API_ROUTERS:
        app.include_router(router, prefix="/api", responses=errors.ERROR_RESPONSES)
    return app


def _install_api_docs(app: FastAPI) -> None:
    """Swagger UI at /docs, served from the swagger-ui-bundle package: no network."""
    app.mount(
        "/swagger-ui",
        StaticFiles(directory=swagger_ui_bundle.swagger_ui_path),
        name="swagger",
    )

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Láng Giềng API",
            swagger_js_url="/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/swagger-ui/favicon-32x32.png",
        )


def _templates() -> Jinja2Templates:
    # Autoescape every template: article text and titles are untrusted.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["plain"] = _plain_value
    env.filters["number"] = present.human_number
    env.globals.update(
        entity_name=present.entity_name,
        entity_url=present.entity_url,
        is_entity_field=present.is_entity_field,
        record_id=present.record_id,
        record_date=record_date,
        summary=present.summary,
        unique_sources=present.unique_sources,
    )
    return Jinja2Templates(env=env)


def _plain_value(value: object) -> object:
    """A fact field for display: lists as `a, b` rather than Python's repr."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return value
