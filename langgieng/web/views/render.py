"""Rendering shared by the page modules."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

HIDDEN_STATS = {"db_bytes", "schema_version"}


def render_page(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    """`template` rendered with `context`; templates extend base.html."""
    context.setdefault("query", "")
    context.setdefault("read_only", request.app.state.read_only)
    templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(request, template, context)
    return response


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
