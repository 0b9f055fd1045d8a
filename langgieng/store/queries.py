"""SQL for `Store.facts`: filters combined, in date order, through the entity index."""

from __future__ import annotations

from typing import Any


def _prefix_compare(column: str, op: str, param: str) -> str:
    """SQL comparing `column` and `:param`, both cut to the shorter of the two."""
    shorter = f"MIN(LENGTH({column}), LENGTH(:{param}))"
    return (f"({column} IS NOT NULL"
            f" AND SUBSTR({column}, 1, {shorter}) {op} SUBSTR(:{param}, 1, {shorter}))")


_FACT_FILTERS = {
    "type": "f.type = :type",
    "entity": "e.entity = :entity",
    "indicator": "f.indicator = :indicator",
    "since": _prefix_compare("COALESCE(f.date_end, f.date)", ">=", "since"),
    "until": _prefix_compare("f.date", "<=", "until"),
    "min_confidence": "f.confidence >= :min_confidence",
}


def fact_query(filters: dict[str, Any], *, newest_first: bool = False,
               limit: int | None = None) -> tuple[str, dict[str, Any]]:
    """(SQL, parameters) selecting the facts that match every filter given, ordered
    by date then id. An entity's facts are read from the (entity, date) index in
    that order, so a page of them costs the page, not all of the entity's facts."""
    params: dict[str, Any] = {name: value for name, value in filters.items() if value is not None}
    where = [_FACT_FILTERS[name] for name in params] or ["1 = 1"]
    if "entity" in params:
        sql, order = ("SELECT f.* FROM fact_entities e JOIN facts f ON f.id = e.fact_id",
                      ("e.date", "e.fact_id"))
    else:
        sql, order = "SELECT f.* FROM facts f", ("f.date", "f.id")
    direction = " DESC" if newest_first else ""
    sql += f" WHERE {' AND '.join(where)} ORDER BY "
    sql += ", ".join(column + direction for column in order)
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return sql, params
