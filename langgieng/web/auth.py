"""Who is asking, and whether they may write.

Reading is open. A write needs a person: a browser session (a signed,
expiring, `SameSite=Lax` cookie set at /login, whose forms carry a CSRF token)
or an API token (`Authorization: Bearer ...`, which no other site can make a
browser send, so it needs no CSRF token). Only reviewers and admins write; a
read-only server refuses every write.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from langgieng.accounts import User

SESSION_MAX_AGE = 8 * 3600  # seconds a login lasts
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


def current_user(request: Request) -> User | None:
    """The person behind the request, from an API token or the session; None if anonymous.
    The account is read again on every request (once: a page asks in several places),
    so a removed one is logged out at once."""
    if hasattr(request.state, "user"):
        return request.state.user  # type: ignore[no-any-return]
    request.state.user = _identify(request)
    return request.state.user  # type: ignore[no-any-return]


def _identify(request: Request) -> User | None:
    stores = request.app.state.stores
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        user = stores.get().token_user(header[7:].strip())
        if user is None:
            raise HTTPException(401, "unknown API token")
        request.state.by_token = True
        return user
    name = request.session.get("user")
    if not isinstance(name, str):
        return None
    user = stores.get().user(name)
    if user is None:
        request.session.clear()
    return user


def viewer(request: Request) -> User | None:
    """The person a page is shown to (None for anyone, or a bad token)."""
    try:
        return current_user(request)
    except HTTPException:
        return None


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; every form posts it back."""
    token = request.session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session[CSRF_FIELD] = token
    return token


def check_csrf(request: Request, sent: str | None) -> None:
    expected = request.session.get(CSRF_FIELD)
    if not isinstance(expected, str) or not sent or not secrets.compare_digest(expected, sent):
        raise HTTPException(403, "the form is out of date or from another site (CSRF check);"
                            " reload the page and try again")


def writer(request: Request, form_token: str | None = None) -> User:
    """The reviewer or admin making this write; refused otherwise, with why."""
    if request.app.state.read_only:
        raise HTTPException(403, "this server is read-only: nothing can be changed here")
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "log in (at /login) to change the record")
    if not user.may_write:
        raise HTTPException(403, f"{user.name} is a {user.role}: only reviewers and admins"
                            " change the record")
    if not getattr(request.state, "by_token", False):
        check_csrf(request, form_token or request.headers.get(CSRF_HEADER))
    return user


def api_writer(request: Request) -> User:
    """`writer` for JSON routes: the CSRF token, for a session, in the X-CSRF-Token header."""
    return writer(request)


WriterDep = Annotated[User, Depends(api_writer)]
