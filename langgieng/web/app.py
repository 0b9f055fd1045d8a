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
from langgieng.web import errors
from langgieng.web.api import articles as api_articles
from langgieng.web.api import search as api_search
from langgieng.web.deps import Stores
from langgieng.web.views import articles as article_views
from langgieng.web.views import search as search_views

HERE = Path(__file__).parent
PAGE_ROUTERS = (article_views.router, search_views.router)
API_ROUTERS = (api_articles.router, api_search.router)


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
        "articles, search and the facts they state.",
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
    return Jinja2Templates(env=env)


def _plain_value(value: object) -> object:
    """A fact field for display: lists as `a, b` rather than Python's repr."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return value
