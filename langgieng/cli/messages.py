"""What the commands print for people, in Vietnamese or English (`--lang`,
`$LANGGIENG_LANG`): the same catalog as the web UI (`web/i18n.py`). Ids, tables
of figures and JSON stay as they are."""

from __future__ import annotations

from typing import Any

import click

from langgieng.i18n import gettext

_language = ["vi"]


def use(lang: str) -> None:
    """The language of this command's messages."""
    _language[0] = lang


def language() -> str:
    return _language[0]


def t(message: str, /, **values: Any) -> str:
    """`message` (English, with `%(name)s` fields) in the command's language."""
    return gettext(_language[0], message, **values)


def say(message: str, /, *, err: bool = False, **values: Any) -> None:
    """Print `message` in the command's language."""
    click.echo(t(message, **values), err=err)
