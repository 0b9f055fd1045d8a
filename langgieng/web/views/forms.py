"""Posted forms: parsed here (urlencoded forms need no extra package), and where
to go back to after one."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import Depends, Request

from langgieng.web.errors import InvalidInput

MAX_FORM_BYTES = 16_000


async def form_fields(request: Request) -> dict[str, str]:
    """The posted form's fields."""
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if kind != "application/x-www-form-urlencoded":
        raise InvalidInput("send the form as application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise InvalidInput("the form is too large")
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError as exc:
        raise InvalidInput("the form is not UTF-8") from exc


FormDep = Annotated[dict[str, str], Depends(form_fields)]


def local_path(target: str, default: str = "/review") -> str:
    """Where to go back to: a path on this site only, never another site."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default
