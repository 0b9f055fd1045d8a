"""One error shape for the whole JSON API: {"error": {"status", "message"}}.

HTML pages get the same status with an error page instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from langgieng.errors import NotFound
from langgieng.i18n import scope_language
from langgieng.reconcile.corrections import InvalidCorrection
from langgieng.web.views.render import render_page

log = logging.getLogger(__name__)
JSON_PREFIXES = ("/api/", "/openapi.json")


class InvalidInput(ValueError):
    """A request the server understood but refuses (an unknown field, a bad value): 400."""


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid parameters"},
    500: {"model": ErrorBody, "description": "Internal error"},
}

BAD_INPUT: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Invalid input (unknown field, bad value)"},
}


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message}}


def install(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(InvalidInput, _refused)
    app.add_exception_handler(InvalidCorrection, _refused)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _internal)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "error"
    return respond(request, exc.status_code, message)


async def _not_found(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NotFound)
    return respond(request, 404, exc.in_language(scope_language(request.scope)) or "not found")


async def _refused(request: Request, exc: Exception) -> Response:
    return respond(request, 400, str(exc) or "invalid input")


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return respond(request, 422, _describe(exc))


async def _internal(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path, exc_info=exc)
    return respond(request, 500, "internal error")


def _describe(exc: RequestValidationError) -> str:
    """`query.q: String should have at least 1 character; ...`"""
    parts = []
    for err in exc.errors():
        where = ".".join(str(part) for part in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def respond(request: Request, status: int, message: str) -> Response:
    """The JSON error body for API paths, the HTML error page otherwise."""
    if request.url.path.startswith(JSON_PREFIXES):
        return JSONResponse(error_body(status, message), status_code=status)
    return render_page(request, "error.html", {"status": status, "message": message},
                       status_code=status)
