"""Rendering shared by the page modules."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from langgieng import i18n

HIDDEN_STATS = {"db_bytes", "schema_version"}
LANGUAGE_KEPT = 365 * 24 * 3600  # seconds the language chosen on a page is kept


def render_page(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """`template` rendered with `context` in the request's language; templates
    extend base.html. A language asked for in the address is kept in a cookie."""
    lang = language(request)
    context.setdefault("query", "")
    context.setdefault("read_only", request.app.state.read_only)
    context["lang"] = lang
    templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(request, template, context,
                                                       status_code=status_code)
    if request.query_params.get(i18n.COOKIE) == lang:
        response.set_cookie(i18n.COOKIE, lang, max_age=LANGUAGE_KEPT, samesite="lax")
    return response


def language(request: Request) -> str:
    return i18n.choose(request.url.query, request.headers.get("cookie"),
                       request.headers.get("accept-language"))


def plain_stats(stats: Any) -> dict[str, int]:
    """The store's counts worth showing on the home page (per-type counts summed)."""
    if is_dataclass(stats) and not isinstance(stats, type):
        stats = asdict(stats)
    if not isinstance(stats, dict):
        return {}
    shown: dict[str, int] = {}
    for name, value in stats.items():
        if isinstance(value, dict):
            value = sum(v for v in value.values() if isinstance(v, int))
        if isinstance(value, int) and name not in HIDDEN_STATS:
            shown[name] = value
    return shown
