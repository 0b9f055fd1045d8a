"""SQL for `Store.facts`: filters combined, in date order, through the entity index."""

from __future__ import annotations

from typing import Any


def _prefix_compare(column: str, op: str, least: str) -> str:
    """SQL comparing `column` and a parameter (given three times), both cut to the
    shorter of the two; `least` is the dialect's smaller of two values."""
    shorter = least.format(f"LENGTH({column})", "LENGTH(?)")
    return f"({column} IS NOT NULL AND SUBSTR({column}, 1, {shorter}) {op} SUBSTR(?, 1, {shorter}))"


# each filter's test and how many times it takes its value
_FACT_FILTERS = {
    "type": ("f.type = ?", 1),
    "entity": ("e.entity = ?", 1),
    "indicator": ("f.indicator = ?", 1),
    "since": ("COALESCE(f.date_end, f.date)", 3),
    "until": ("f.date", 3),
    "min_confidence": ("f.confidence >= ?", 1),
}
_COMPARED = {"since": ">=", "until": "<="}


def fact_query(filters: dict[str, Any], *, newest_first: bool = False,
               limit: int | None = None, least: str = "MIN({}, {})") -> tuple[str, list[Any]]:
    """(SQL, parameters) selecting the facts that match every filter given, ordered
    by date then id. An entity's facts are read from the (entity, date) index in
    that order, so a page of them costs the page, not all of the entity's facts."""
    given = {name: value for name, value in filters.items() if value is not None}
    where, params = [], []
    for name, value in given.items():
        test, uses = _FACT_FILTERS[name]
        where.append(_prefix_compare(test, _COMPARED[name], least) if name in _COMPARED
                     else test)
        params += [value] * uses
    if "entity" in given:
        sql, order = ("SELECT f.* FROM fact_entities e JOIN facts f ON f.id = e.fact_id",
                      ("e.date", "e.fact_id"))
    else:
        sql, order = "SELECT f.* FROM facts f", ("f.date", "f.id")
    sql += f" WHERE {' AND '.join(where or ['1 = 1'])} ORDER BY "
    sql += dated_order(order, newest_first=newest_first)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def dated_order(columns: tuple[str, str], *, newest_first: bool = False) -> str:
    """`ORDER BY` a nullable date, then a key: undated rows first, or last when
    newest first, as SQLite orders NULL (and PostgreSQL does only when told)."""
    date, key = columns
    if newest_first:
        return f"{date} DESC NULLS LAST, {key} DESC"
    return f"{date} NULLS FIRST, {key}"
