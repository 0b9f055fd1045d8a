"""Names of Vietnam's districts, towns and communes (below the provinces the
gazetteer holds), from the `vietnamadminunits` package data. They are no
entities of the record; linking uses them to tell a place that opens with a
country's short name (`huyện Đức Cơ`, `Mỹ Tho`) from the country."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from langgieng.gazetteer.sources.common import package_file
from langgieng.normalize import tone_normalize

_QUERIES = (
    "SELECT DISTINCT districtShort FROM admin_units_legacy",
    "SELECT DISTINCT wardShort FROM admin_units_legacy",
    "SELECT DISTINCT wardShort FROM admin_units",
)


@lru_cache(maxsize=1)
def local_unit_names() -> frozenset[str]:
    """Every district and commune name, lower case, tone marks placed one way."""
    db = sqlite3.connect(package_file("vietnamadminunits", "data/dataset.db"))
    try:
        return frozenset(tone_normalize(name.lower()) for query in _QUERIES
                         for (name,) in db.execute(query) if name)
    finally:
        db.close()
