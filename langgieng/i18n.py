"""The web UI and the commands' messages in Vietnamese (the default) and English.

Messages are English in the templates and the code (`_("Overview")`, the
commands' `t()`), and translated from the catalog
`locale/vi/LC_MESSAGES/messages.po` (GNU gettext
format, kept with Babel: `python scripts/messages.py`). The catalog is compiled
in memory when first used, so no binary file is kept beside it.

A request's language is, in this order: `?lang=` in its address (which the
page also keeps in a cookie), the `lang` cookie, the best match of its
`Accept-Language` header, else Vietnamese. Numbers, amounts and dates are
written by Babel with the language's conventions: `2,2 tỷ USD`, `28/11/2025`
in Vietnamese, `2.2 bn USD`, `Nov 28, 2025` in English.
"""

from __future__ import annotations

import gettext as gnu
import io
from collections.abc import Mapping
from datetime import date
from functools import cache, lru_cache
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, parse_pattern
from babel.support import Translations

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
COOKIE = "lang"
NAMES = {"vi": "Tiếng Việt", "en": "English"}
LOCALE_DIR = Path(__file__).with_name("locale")
# big amounts as the press writes them: `2,2 tỷ USD`, `2.2 bn USD`
_SCALES = {"vi": ((1e9, "tỷ"), (1e6, "triệu")), "en": ((1e9, "bn"), (1e6, "m"))}
_DATE_FORMATS = {"vi": ("dd/MM/yyyy", "MM/yyyy"), "en": ("medium", "MMM yyyy")}


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; translated where shown."""
    return message


@lru_cache(maxsize=len(LANGUAGES))
def translations(lang: str) -> gnu.NullTranslations:
    """The catalog of `lang`; English is the messages themselves."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if lang == "en" or not path.exists():
        return gnu.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def gettext(lang: str, message: str, /, **values: Any) -> str:
    text = translations(lang).gettext(message)
    return text % values if values else text


def choose(query: bytes | str, cookie: str | None, accept: str | None) -> str:
    """The language of a request from its query string, `Cookie` and
    `Accept-Language` headers."""
    if isinstance(query, bytes):
        query = query.decode("latin-1")
    asked = parse_qs(query).get(COOKIE, [""])[-1]
    if asked in LANGUAGES:
        return asked
    kept = _cookie(cookie)
    if kept in LANGUAGES:
        return kept
    return _accepted(accept or "") or DEFAULT


def _cookie(header: str | None) -> str | None:
    if not header:
        return None
    try:
        jar = SimpleCookie(header)
    except CookieError:
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel else None


def _accepted(header: str) -> str | None:
    """The first of our languages in `Accept-Language`, by its weight (`en;q=0.8`)."""
    ranked = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        ranked.append((-weight, position, tag.strip().lower().split("-")[0]))
    return next((tag for _, _, tag in sorted(ranked) if tag in LANGUAGES), None)


def scope_language(scope: Mapping[str, Any]) -> str:
    """`choose` for an ASGI request (the read cache keys its pages by it)."""
    headers = {name.decode("latin-1").lower(): value.decode("latin-1")
               for name, value in scope.get("headers", [])}
    return choose(scope.get("query_string", b""), headers.get("cookie"),
                  headers.get("accept-language"))


def number(value: Any, lang: str) -> str:
    """`10570000000` -> `10,57 tỷ` / `10.57 bn`; smaller numbers with the
    language's separators (`1.234` / `1,234`)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return _number(value, lang)


@lru_cache(maxsize=4096, typed=True)  # pages write the same counts over and over
def _number(value: int | float, lang: str) -> str:
    locale = _locale(lang)
    for scale, word in _SCALES.get(lang, _SCALES["en"]):
        if abs(value) >= scale:
            return f"{format_decimal(value / scale, _NUMBER, locale=locale)} {word}"
    return format_decimal(value, _NUMBER, locale=locale)


# Parsed once: Babel parses a locale's name and a pattern at every call otherwise,
# which was a fifth of a page of records (each summary writes an amount).
_NUMBER = parse_pattern("#,##0.##")


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def day(value: Any, lang: str) -> str:
    """A date as the language writes it: `2025-11-28` -> `28/11/2025`; a month
    (`2025-11`) -> `11/2025` / `Nov 2025`; anything else as it is."""
    if not isinstance(value, str):
        return "" if value is None else str(value)
    full, month = _DATE_FORMATS.get(lang, _DATE_FORMATS["en"])
    try:
        if len(value) == 10:
            return format_date(date.fromisoformat(value), full, locale=_locale(lang))
        if len(value) == 7 and value[4] == "-":
            return format_date(date.fromisoformat(value + "-01"), month, locale=_locale(lang))
    except ValueError:
        pass
    return value
