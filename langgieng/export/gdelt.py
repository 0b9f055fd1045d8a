"""Visits, meetings, agreements and relations as CAMEO-coded rows in the
layout of the GDELT 2.0 event table (61 tab-separated columns, no header).

Actors are governments: `VNMGOV`, `KHMGOV`, `LAOGOV` (a province signs as its
country's government, named by the province). Codes, Goldstein scale and
country codes are data (`data/cameo.json`).
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langgieng.gazetteer import Gazetteer, load
from langgieng.normalize import fold

if TYPE_CHECKING:
    from langgieng.export import ExportRow

CAMEO: dict[str, Any] = json.loads(
    (Path(__file__).with_name("data") / "cameo.json").read_text(encoding="utf-8")
)
COLUMNS: list[str] = CAMEO["columns"]
_COUNTRIES: dict[str, dict[str, str]] = CAMEO["countries"]
_GOV = CAMEO["government_type"]
GEO_COUNTRY, GEO_ADM1 = 1, 5  # GDELT Geo_Type: country, world state (first-level unit)


@dataclass(slots=True)
class Actor:
    code: str
    name: str
    country: str  # CAMEO (ISO 3166-1 alpha-3) code
    geo: list[Any]  # Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID


def write_gdelt(rows: list[ExportRow], path: Path, *, added: str | None = None,
                gazetteer: Gazetteer | None = None) -> int:
    """Write one event row per CAMEO event of each codable fact; rows written."""
    gaz = gazetteer if gazetteer is not None else load()
    stamp = added or datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        for index, row in enumerate(rows):
            for event in event_rows(row, gaz, index=index, added=stamp):
                writer.writerow(event)
                count += 1
    return count


def event_rows(row: ExportRow, gaz: Gazetteer, *, index: int, added: str) -> list[list[Any]]:
    """The GDELT rows of one fact (none when it has no CAMEO code, actors or date)."""
    fact = row.fact
    key = f"meeting.{fact.fields.get('status', 'held')}" if fact.type == "meeting" else fact.type
    specs = CAMEO["events"].get(key)
    when = _when(fact.fields, row.published)
    actors = _actors(fact.type, fact.fields, gaz)
    if not specs or when is None or actors is None:
        return []
    place = _place(fact.fields, actors, gaz)
    out = []
    for spec in specs:
        first, second = actors if not spec["actors"].startswith("destination") else actors[::-1]
        out.append(_row(row, spec["code"], first, second, place, when, index, added))
    return out


def _row(row: ExportRow, code: str, a1: Actor, a2: Actor, place: list[Any],
         when: tuple[str, float], index: int, added: str) -> list[Any]:
    day, fraction = when
    digest = hashlib.sha1(f"{row.article_id}|{index}|{code}".encode()).hexdigest()
    values: list[Any] = [int(digest[:15], 16), day, day[:6], day[:4], f"{fraction:.4f}"]
    for actor in (a1, a2):
        values += [actor.code, actor.name, actor.country, "", "", "", "", _GOV, "", ""]
    values += [1, code, code, code[:2], CAMEO["quad_class"][code[:2]],
               CAMEO["goldstein"][code], 1, 1, 1, 0]
    values += a1.geo + a2.geo + place + [added, row.url or ""]
    assert len(values) == len(COLUMNS)
    return values


def _when(fields: dict[str, Any], published: str | None) -> tuple[str, float] | None:
    """SQLDATE and FractionDate from the fact's date (a partial date takes its
    first day; a year-less one the article's year)."""
    value = fields.get("start") or fields.get("date") or published
    if not value:
        return None
    if value.startswith("--"):
        if not published:
            return None
        value = published[:4] + value[1:]
    parts = (value.split("/")[0].split("-") + ["01", "01"])[:3]
    try:
        day = date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    except ValueError:
        return None
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return day.strftime("%Y%m%d"), fraction


def _actors(kind: str, fields: dict[str, Any], gaz: Gazetteer) -> tuple[Actor, Actor] | None:
    if kind == "visit":
        ids: list[Any] = [fields.get("visitor"), fields.get("destination")]
    elif kind == "meeting":
        ids = _meeting_sides(fields, gaz)
    else:
        ids = list(fields.get("parties") or [])
    actors = [actor(i, gaz) for i in ids[:2] if i]
    if len(actors) < 2 or None in actors:
        return None
    return actors[0], actors[1]  # type: ignore[return-value]


def _meeting_sides(fields: dict[str, Any], gaz: Gazetteer) -> list[str]:
    """The countries of a meeting: its chairs', else those its series id names
    (`series/vn-kh-...`)."""
    sides = list(dict.fromkeys(c for p in fields.get("chairs") or [] if (c := country_of(p, gaz))))
    if len(sides) >= 2:
        return sides
    slug = str(fields.get("series") or "").split("/")[-1]
    return [part for part in slug.split("-")[:2] if part in _COUNTRIES]


def country_of(entity_id: str, gaz: Gazetteer) -> str | None:
    head = entity_id.split("/")[0]
    if head in _COUNTRIES:
        return head
    entity = gaz.get(entity_id)
    if entity is None:
        return None
    if entity.country:
        return entity.country.split("/")[0]
    return next((o.country.split("/")[0] for o in entity.offices if o.country), None)


def actor(entity_id: str, gaz: Gazetteer) -> Actor | None:
    """A government actor for a country, province or person."""
    country = country_of(entity_id, gaz)
    if country not in _COUNTRIES:
        return None
    codes = _COUNTRIES[country]
    entity = gaz.get(entity_id)
    own_name = entity is not None and "/" in entity_id  # a province or a person
    name = fold(entity.name).upper() if own_name and entity else codes["name"]
    return Actor(codes["iso3"] + _GOV, name, codes["iso3"], geo(entity_id, gaz))


def geo(entity_id: str | None, gaz: Gazetteer) -> list[Any]:
    """The eight Geo_ columns for a country or province id (empty if unknown)."""
    if not entity_id:
        return [""] * 8
    country = country_of(entity_id, gaz)
    if country not in _COUNTRIES:
        return [""] * 8
    fips = _COUNTRIES[country]["fips"]
    entity = gaz.get(entity_id)
    place = gaz.get(country)
    country_name = _COUNTRIES[country]["name"].title()
    lat = entity.lat if entity is not None and entity.lat is not None else ""
    lon = entity.lon if entity is not None and entity.lon is not None else ""
    if "/" in entity_id and not entity_id.startswith(("person/", "org/", "series/")):
        name = entity.name if entity is not None else entity_id
        return [GEO_ADM1, f"{name}, {country_name}", fips, "", "", lat, lon, entity_id]
    if lat == "" and place is not None:
        lat = place.lat if place.lat is not None else ""
        lon = place.lon if place.lon is not None else ""
    return [GEO_COUNTRY, country_name, fips, fips, "", lat, lon, country]


def _place(fields: dict[str, Any], actors: tuple[Actor, Actor], gaz: Gazetteer) -> list[Any]:
    """ActionGeo: the meeting's place, a visit's destination, else the first party."""
    where = fields.get("place") or fields.get("destination")
    if where:
        return geo(where, gaz)
    return list(actors[0].geo)
