"""/login and /logout: a session for a person who may change the record."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from langgieng.web import auth
from langgieng.web.views.forms import FormDep, local_path
from langgieng.web.views.render import render_page

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/review") -> HTMLResponse:
    return render_page(request, "login.html", {"next": local_path(next), "failed": False})


@router.post("/login", response_model=None)
def login_post(request: Request, form: FormDep) -> HTMLResponse | RedirectResponse:
    auth.check_csrf(request, form.get(auth.CSRF_FIELD))
    if request.app.state.read_only:
        raise HTTPException(403, "this server is read-only: there is nothing to log in for")
    name, password = form.get("name", "").strip(), form.get("password", "")
    user = request.app.state.stores.get().login(name, password) if name and password else None
    target = local_path(form.get("next", ""))
    if user is None:
        page = render_page(request, "login.html", {"next": target, "failed": True})
        page.status_code = 401
        return page
    request.session.clear()  # a new session (and CSRF token) for the person logged in
    request.session["user"] = user.name
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout_post(request: Request, form: FormDep) -> RedirectResponse:
    auth.check_csrf(request, form.get(auth.CSRF_FIELD))
    request.session.clear()
    return RedirectResponse("/", status_code=303)
