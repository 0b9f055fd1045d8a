"""A reviewer's verdict on a record, checked before it is stored.

Forms send every value as text; the JSON API may send typed values. Both go
through `correction_for`, which refuses unknown fields and ill-typed values
with a message saying which and why.
"""

from __future__ import annotations

import math
import re
from typing import Any

from langgieng.model import Record
from langgieng.reconcile.views import Correction
from langgieng.web.errors import InvalidInput
from langgieng.web.present import gazetteer, record_fields

ACTIONS = ("accept", "reject", "correct")
MAX_TEXT = 200
_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$")


def correction_for(
    record: Record, action: str, field: str | None, value: Any, note: str = ""
) -> Correction:
    """The correction to store, or InvalidInput naming what is wrong."""
    if action not in ACTIONS:
        raise InvalidInput(f"unknown action {action!r}: use one of {', '.join(ACTIONS)}")
    if len(note) > 2000:
        raise InvalidInput("the note is longer than 2000 characters")
    if action != "correct":
        return Correction(record.key, action, note=note)
    known = record_fields().get(record.type, {})
    if not field:
        raise InvalidInput("a correction needs a field")
    if field not in known:
        raise InvalidInput(
            f"{record.type} records have no field {field!r}; fields: {', '.join(known)}"
        )
    return Correction(record.key, "correct", field, parse_value(known[field], value), note)


def parse_value(kind: Any, raw: Any) -> Any:
    """`raw` (text from a form, or a JSON value) as the field's kind wants it;
    empty clears the field."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        raw = raw.strip()
    if isinstance(kind, list):
        return _one_of(kind, raw)
    parser = _PARSERS.get(kind)
    if parser is None:
        raise InvalidInput(f"no rule for values of kind {kind!r}")
    return parser(raw)


def _one_of(allowed: list[str], raw: Any) -> str:
    if raw not in allowed:
        raise InvalidInput(f"{raw!r} is not one of {', '.join(allowed)}")
    return str(raw)


def _entity(raw: Any) -> str:
    if not isinstance(raw, str):
        raise InvalidInput(f"{raw!r} is not an entity id")
    known = gazetteer()
    if known is not None and raw not in known:
        raise InvalidInput(f"unknown entity id {raw!r} (see /api/entities/ID)")
    return raw


def _entities(raw: Any) -> list[str]:
    items = [p.strip() for p in raw.split(",")] if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise InvalidInput(f"{raw!r} is not a list of entity ids")
    return [_entity(item) for item in items if item]


def _date(raw: Any) -> str:
    if not isinstance(raw, str) or not _DATE.match(raw):
        raise InvalidInput(f"{raw!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)")
    return raw


def _period(raw: Any) -> str:
    parts = raw.split("/") if isinstance(raw, str) else [raw]
    if len(parts) > 2:
        raise InvalidInput(f"{raw!r} is not a period (a date or START/END)")
    return "/".join(_date(part) for part in parts)


def _integer(raw: Any) -> int:
    try:
        number = int(raw) if isinstance(raw, str) else raw
    except ValueError:
        number = None
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise InvalidInput(f"{raw!r} is not a whole number of at least 1")
    return number


def _number(raw: Any) -> int | float:
    try:
        number = float(raw) if isinstance(raw, str) else raw
    except ValueError:
        number = None
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
        raise InvalidInput(f"{raw!r} is not a number")
    return int(number) if float(number).is_integer() else number


def _text(raw: Any) -> str:
    if not isinstance(raw, str) or len(raw) > MAX_TEXT:
        raise InvalidInput(f"expected text of at most {MAX_TEXT} characters")
    return raw


_PARSERS = {
    "entity": _entity,
    "entities": _entities,
    "date": _date,
    "period": _period,
    "integer": _integer,
    "number": _number,
    "text": _text,
}
