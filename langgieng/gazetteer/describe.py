"""Plain-text and JSON descriptions of entities, for the CLI and the web UI."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from langgieng.gazetteer import Gazetteer
from langgieng.gazetteer.records import entity_to_dict
from langgieng.model import Entity


def _day_after(iso: str) -> str:
    """The first day after a (partial) date: `2025-06-30` -> `2025-07-01`."""
    if len(iso) == 10:
        return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()
    return f"after {iso}"


def _label(gazetteer: Gazetteer, entity_id: str) -> str:
    other = gazetteer.get(entity_id)
    return f"{entity_id} ({other.name})" if other else entity_id


def history(gazetteer: Gazetteer, entity: Entity) -> list[str]:
    """What the unit became, and what became part of it, with dates."""
    lines = []
    for successor in entity.successors:
        when = _day_after(entity.valid_to) if entity.valid_to else "later"
        target = gazetteer.get(successor)
        # A successor that begins the day this unit ends and has no other
        # predecessor is this unit under a new name or status; otherwise a merger.
        whole = (
            target is not None
            and target.predecessors == [entity.id]
            and target.valid_from is not None
            and target.valid_from == when
        )
        verb = "became" if whole else "became part of"
        lines.append(f"{verb} {_label(gazetteer, successor)} on {when}")
    for predecessor in entity.predecessors:
        before = gazetteer.get(predecessor)
        when = _day_after(before.valid_to) if before and before.valid_to else "earlier"
        lines.append(f"took in {_label(gazetteer, predecessor)} on {when}")
    return lines


def _period(start: str | None, end: str | None) -> str:
    return f"{start or '?'} – {end or 'present'}"


def describe(gazetteer: Gazetteer, entity: Entity) -> list[str]:
    """Human-readable lines about one entity."""
    where = f", {entity.country}" if entity.country and entity.country != entity.id else ""
    lines = [f"{entity.id}  {entity.name}  ({entity.kind}{where})"]
    if entity.aliases:
        lines.append("  aliases: " + "; ".join(entity.aliases))
    if entity.zh:
        lines.append("  Chinese: " + "; ".join(entity.zh))
    if entity.lat is not None and entity.lon is not None:
        lines.append(f"  coordinates: {entity.lat}, {entity.lon}")
    if entity.valid_from and entity.valid_to:
        lines.append(f"  valid: {_period(entity.valid_from, entity.valid_to)}")
    elif entity.valid_from or entity.valid_to:
        bound = f"from {entity.valid_from}" if entity.valid_from else f"until {entity.valid_to}"
        lines.append(f"  valid: {bound}")
    lines.extend(f"  history: {line}" for line in history(gazetteer, entity))
    for office in entity.offices:
        title = office.title or office.role
        lines.append(
            f"  office: {title} ({office.role}, {office.country}) "
            f"{_period(office.start, office.end)}"
        )
    lines.append(f"  source: {entity.source}")
    return lines


def as_json(gazetteer: Gazetteer, entity: Entity) -> dict[str, Any]:
    record = entity_to_dict(entity)
    record["history"] = history(gazetteer, entity)
    return record
