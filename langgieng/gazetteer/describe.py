"""Plain-text and JSON descriptions of entities, for the CLI and the web UI,
in the reader's language (`lang`; JSON stays English)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from langgieng.gazetteer import Gazetteer
from langgieng.gazetteer.records import entity_to_dict
from langgieng.i18n import N_, gettext
from langgieng.model import Entity


def _day_after(iso: str, lang: str) -> str:
    """The first day after a (partial) date: `2025-06-30` -> `2025-07-01`."""
    if len(iso) == 10:
        return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()
    return gettext(lang, "after %(day)s", day=iso)


def _label(gazetteer: Gazetteer, entity_id: str) -> str:
    other = gazetteer.get(entity_id)
    return f"{entity_id} ({other.name})" if other else entity_id


def history(gazetteer: Gazetteer, entity: Entity, lang: str = "en") -> list[str]:
    """What the unit became, and what became part of it, with dates."""
    lines = []
    for successor in entity.successors:
        when = _day_after(entity.valid_to, lang) if entity.valid_to else _unknown(lang)
        target = gazetteer.get(successor)
        # A successor that begins the day this unit ends and has no other
        # predecessor is this unit under a new name or status; otherwise a merger.
        whole = (
            target is not None
            and target.predecessors == [entity.id]
            and target.valid_from is not None
            and target.valid_from == when
        )
        message = N_("became %(unit)s on %(day)s") if whole else N_(
            "became part of %(unit)s on %(day)s")
        lines.append(gettext(lang, message, unit=_label(gazetteer, successor), day=when))
    for predecessor in entity.predecessors:
        before = gazetteer.get(predecessor)
        when = _day_after(before.valid_to, lang) if before and before.valid_to else _unknown(lang)
        lines.append(gettext(lang, "took in %(unit)s on %(day)s",
                             unit=_label(gazetteer, predecessor), day=when))
    return lines


def _unknown(lang: str) -> str:
    return gettext(lang, "a day not known")


def _period(start: str | None, end: str | None, lang: str) -> str:
    return f"{start or '?'} – {end or gettext(lang, 'present')}"


def describe(gazetteer: Gazetteer, entity: Entity, lang: str = "en") -> list[str]:
    """Human-readable lines about one entity."""
    def field(name: str, value: str) -> str:
        return f"  {gettext(lang, name)}: {value}"

    where = f", {entity.country}" if entity.country and entity.country != entity.id else ""
    lines = [f"{entity.id}  {entity.name}  ({entity.kind}{where})"]
    if entity.aliases:
        lines.append(field(N_("aliases"), "; ".join(entity.aliases)))
    if entity.zh:
        lines.append(field(N_("Chinese"), "; ".join(entity.zh)))
    if entity.lat is not None and entity.lon is not None:
        lines.append(field(N_("coordinates"), f"{entity.lat}, {entity.lon}"))
    if entity.borders:
        lines.append(field(N_("land border with"), ", ".join(
            _label(gazetteer, country) for country in entity.borders)))
    if entity.valid_from and entity.valid_to:
        lines.append(field(N_("valid"), _period(entity.valid_from, entity.valid_to, lang)))
    elif entity.valid_from:
        lines.append(field(N_("valid"), gettext(lang, "from %(day)s", day=entity.valid_from)))
    elif entity.valid_to:
        lines.append(field(N_("valid"), gettext(lang, "until %(day)s", day=entity.valid_to)))
    lines.extend(field(N_("history"), line) for line in history(gazetteer, entity, lang))
    for office in entity.offices:
        title = office.title or office.role
        lines.append(field(N_("office"), f"{title} ({office.role}, {office.country}) "
                                     f"{_period(office.start, office.end, lang)}"))
    for edition in entity.editions:
        days = edition.start + (f" – {edition.end}" if edition.end else "")
        lines.append(field(N_("session"), f"{edition.number}: {days}"
                                          + (f", {edition.place}" if edition.place else "")))
    lines.append(field(N_("source"), entity.source or ""))
    return lines


def as_json(gazetteer: Gazetteer, entity: Entity) -> dict[str, Any]:
    record = entity_to_dict(entity)
    record["history"] = history(gazetteer, entity)
    return record
