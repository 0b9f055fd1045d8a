"""Builds the FastAPI application: routers, templates, static files, errors."""

from __future__ import annotations

import importlib.util
import os
import secrets
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import URL, MutableHeaders
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from langgieng import __version__, i18n
from langgieng.config import LOCAL_HOSTS, Settings
from langgieng.labels import label
from langgieng.pipeline import linked_name
from langgieng.reconcile.views import record_date
from langgieng.store import open_store
from langgieng.web import auth, errors, present
from langgieng.web.api import articles as api_articles
from langgieng.web.api import entities as api_entities
from langgieng.web.api import records as api_records
from langgieng.web.api import search as api_search
from langgieng.web.api import views as api_views
from langgieng.web.cache import ReadCache
from langgieng.web.deps import Stores
from langgieng.web.memo import Memo
from langgieng.web.views import (
    articles,
    dossier,
    entities,
    indicators,
    login,
    network,
    overview,
    review,
    search,
)
from langgieng.web.views import series as series_views
from langgieng.web.views.render import render_page

HERE = Path(__file__).parent
PAGE_ROUTERS = (
    overview.router,
    articles.router,
    search.router,
    entities.router,
    series_views.router,
    indicators.router,
    network.router,
    dossier.router,
    review.router,
    login.router,
)
API_ROUTERS = (
    api_articles.router,
    api_search.router,
    api_records.router,
    api_views.router,
    api_entities.router,
)


SECURITY_HEADERS = {
    # no inline script or style anywhere: what runs is /static/app.js and Swagger UI's files
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none';"
    " base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


# What nearly every visitor opens first (the links of every page's header), made as
# a server starts rather than by its first visitors, who would all wait for them.
WARM_PAGES = ("/", "/review")


def create_app(
    db_path: str | Path, *, allowed_hosts: Sequence[str] = LOCAL_HOSTS, read_only: bool = False,
    shared_cache: str | None = None, warm: Sequence[str] = (),
) -> FastAPI:
    """The web UI and JSON API over the database at `db_path`, answering only the
    `allowed_hosts` (by the request's Host header); `read_only` never writes it.
    `shared_cache` is the file where the processes of one server share the answers
    they keep (see web/cache.py); `warm` the pages made at startup (WARM_PAGES)."""
    with open_store(db_path, create=False, read_only=read_only) as store:
        # migrations run here, once; the request threads only read the schema
        secret = store.session_secret() if not read_only else secrets.token_urlsafe(32)
    stores = Stores(str(db_path), read_only=read_only)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # the linker that reads names typed in search and routes is built here, once,
        # not by each of the request threads that would otherwise race to build it
        linked_name("Hà Nội")
        # every template compiled now, not by the first visitors of each kind of page
        environment = app.state.templates.env
        for name in environment.list_templates(extensions=["html"]):
            environment.get_template(name)
        # A few page threads, not anyio's forty: the threads of a process share one
        # interpreter lock, and forty cost a quarter more CPU under 50 clients, in switching
        # alone, while a page made by forty at once waits for all of them.
        to_thread.current_default_thread_limiter().total_tokens = Settings().web_threads
        yield
        stores.close()

    app = FastAPI(
        title="Láng Giềng",
        version=__version__,
        description="Vietnam's cooperation with Cambodia and Laos, from the news: "
        "articles, search, the facts they state, and the records reconciled from them "
        "(series, indicators, entity timelines, review). Reading is open; writes need "
        "an API token (`Authorization: Bearer ...`, from `langgieng users token`).",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's default pages load Swagger UI from a CDN
        redoc_url=None,
    )
    app.state.stores = stores
    app.state.memo = Memo()
    app.state.read_only = read_only
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_api_docs(app)
    errors.install(app)
    for router in PAGE_ROUTERS:
        app.include_router(router)
    for router in API_ROUTERS:
        app.include_router(router, prefix="/api", responses=errors.ERROR_RESPONSES)
    # inside the session (it must know who asks) and the host check
    app.add_middleware(ReadCache, db_path=str(db_path), shared=shared_cache, warm=warm)
    app.add_middleware(
        SessionMiddleware, secret_key=secret, session_cookie="langgieng_session",
        max_age=auth.SESSION_MAX_AGE, same_site="lax",
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response that lacks them. Plain ASGI rather
    than `@app.middleware("http")`, whose extra task per request costs under load."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def app_from_environment() -> FastAPI:
    """The app as `serve --workers N` starts it in each worker process (uvicorn's
    factory): the command passes its options through the environment."""
    hosts = os.environ.get("LANGGIENG_ALLOWED_HOSTS", "")
    return create_app(
        os.environ["LANGGIENG_DB"],
        allowed_hosts=tuple(hosts.split(",")) if hosts else LOCAL_HOSTS,
        read_only=os.environ.get("LANGGIENG_READ_ONLY") == "1",
        shared_cache=os.environ.get("LANGGIENG_SHARED_CACHE") or None,
        warm=WARM_PAGES,
    )


def _install_api_docs(app: FastAPI) -> None:
    """Swagger UI at /docs, served from the swagger-ui-py package: no network."""
    app.mount("/swagger-ui", StaticFiles(directory=_swagger_ui_files()), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        # FastAPI's page starts Swagger UI with an inline script, which the CSP forbids
        return render_page(request, "docs.html", {})


def _swagger_ui_files() -> Path:
    """Swagger UI 5 (it reads OpenAPI 3.1, as FastAPI writes it) from swagger-ui-py,
    found without importing the package's framework glue."""
    spec = importlib.util.find_spec("swagger_ui")
    assert spec is not None and spec.submodule_search_locations, "swagger-ui-py is missing"
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def templates() -> Jinja2Templates:
    """The pages' templates; `langgieng dossier` renders its file with them too."""
    # Autoescape every template: article text and titles are untrusted. The templates
    # are read once: checking their files' times at every page cost a stat per template.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
    )
    # messages in the language render_page puts in the context (`lang`)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=jinja2.pass_context(lambda c, m: i18n.translations(c["lang"]).gettext(m)),
        ngettext=jinja2.pass_context(
            lambda c, s, p, n: i18n.translations(c["lang"]).ngettext(s, p, n)),
        newstyle=True,
    )
    env.filters["plain"] = _plain_value
    env.filters["number"] = jinja2.pass_context(lambda c, v: i18n.number(v, c["lang"]))
    env.filters["day"] = jinja2.pass_context(lambda c, v: i18n.day(v, c["lang"]))
    env.filters["label"] = jinja2.pass_context(lambda c, v: label(v, c["lang"]))
    env.globals.update(
        url_for=_url_for,
        csrf_token=auth.csrf_token,
        viewer=auth.viewer,
        entity_name=present.entity_name,
        entity_url=present.entity_url,
        article_url=present.article_url,
        is_entity_field=present.is_entity_field,
        record_id=present.record_id,
        record_date=record_date,
        summary=jinja2.pass_context(lambda c, r: present.summary(r, c["lang"])),
        unique_sources=present.unique_sources,
        articles_total=present.articles_total,
        values_total=present.values_total,
        languages=i18n.NAMES,
        language_link=_language_link,
    )
    return Jinja2Templates(env=env)


@jinja2.pass_context
def _url_for(context: dict[str, Any], name: str, /, **params: Any) -> URL:
    """A route's path, never an absolute URL: links do not repeat the Host header."""
    request: Request = context["request"]
    return _route_path(request.app, name, tuple(params.items()))


@lru_cache(maxsize=1024)
def _route_path(app: FastAPI, name: str, params: tuple[tuple[str, Any], ...]) -> URL:
    # Starlette tries every route in turn for a name; a page's header alone links a dozen
    return URL(str(app.url_path_for(name, **dict(params))))


@jinja2.pass_context
def _language_link(context: dict[str, Any], lang: str) -> str:
    """This page's path and query in another language."""
    request: Request = context["request"]
    params = [(k, v) for k, v in request.query_params.multi_items() if k != i18n.COOKIE]
    return request.url.path + "?" + urlencode([*params, (i18n.COOKIE, lang)])


def _plain_value(value: object) -> object:
    """A fact field for display: lists as `a, b` rather than Python's repr."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return value
