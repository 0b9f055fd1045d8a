"""Typed command-line values: a date, and an entity given by id or by name.

A bad value is a usage error (exit status 2) saying what was expected; a name
is resolved as linking resolves it (exact names and aliases first, then the
repair rules for garbled forms), an ambiguous one lists the candidates and an
unknown one suggests the nearest names.
"""

from __future__ import annotations

import re
from typing import Any

import click

from langgieng.cli.messages import t
from langgieng.gazetteer import load
from langgieng.reconcile.corrections import date_problem


class DateParam(click.ParamType):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if text.startswith("--") or date_problem(text):  # a bound needs its year
            self.fail(t("%(value)r is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", value=value),
                      param, ctx)
        return text


class EntityParam(click.ParamType):
    name = "entity"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        gazetteer = load()
        if text in gazetteer or re.fullmatch(r"[a-z]+/[a-z0-9-]+", text):
            return text  # an id (of the gazetteer, or one the store's articles taught it)
        named = gazetteer.lookup(text)
        if len(named) > 1:
            listed = ", ".join(f"{e.name} ({e.id})" for e in named)
            self.fail(t("%(text)r names several entities: %(listed)s; give one id", text=text,
                        listed=listed), param, ctx)
        if named:
            return named[0].id
        from langgieng.pipeline import linked_name  # heavy: only when a name is not an id

        linked = linked_name(text)
        if linked:
            return linked
        near = gazetteer.search(text, limit=3)
        hint = t("; nearest: %(names)s", names=", ".join(f"{e.name} ({e.id})" for e, _ in near))
        self.fail(t("no entity named %(text)r", text=text) + (hint if near else ""), param, ctx)


DATE = DateParam()
ENTITY = EntityParam()
