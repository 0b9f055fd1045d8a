"""Who held an office on a date, from the gazetteer's Office tenures."""

from __future__ import annotations

import re
from collections import defaultdict

from langgieng.model import Entity
from langgieng.normalize import fold

# A year (1940-2049) not inside a longer number. The test for a digit before it
# comes after its four digits (no five digits end there), so that the regex
# engine can skip from one `1` or `2` to the next.
YEAR = re.compile(r"(19[4-9]\d|20[0-4]\d)(?<!\d{5})(?!\d)")


def date_range(date: str | None) -> tuple[str, str] | None:
    """An ISO date, maybe partial, as the first and last day it may mean."""
    if not date or not date[:4].isdigit():
        return None
    parts = date.split("-")
    year = parts[0]
    if len(parts) == 1:
        return f"{year}-01-01", f"{year}-12-31"
    if len(parts) == 2:
        return f"{year}-{parts[1]}-01", f"{year}-{parts[1]}-31"
    return date[:10], date[:10]


def nearest_year(text: str, offset: int) -> str | None:
    """The year written closest to `offset` in `text` (a sentence or window)."""
    years = [(abs(m.start() - offset), m.group(1)) for m in YEAR.finditer(text)]
    return min(years)[1] if years else None


def never_held(person: Entity, role: str) -> bool:
    """Whether the gazetteer lists the person's offices and the role is none of them: a
    name near theirs under that title (`Bộ trưởng Quốc phòng X`) is someone else's."""
    return bool(person.offices) and all(office.role != role for office in person.offices)


class Offices:
    """Office holders indexed by role and by title."""

    def __init__(self, people: list[Entity]) -> None:
        self._by_role: dict[str, list[tuple[Entity, str, str | None, str | None]]] = (
            defaultdict(list)
        )
        for person in people:
            for office in person.offices:
                entry = (person, office.country, office.start, office.end)
                self._by_role[office.role].append(entry)
                if office.title:
                    self._by_role["title:" + fold(office.title)].append(entry)

    def holders(
        self, role: str, title: str, country: str | None, date: str | None
    ) -> list[Entity]:
        """People in `role` (or with that title) for `country`, in office during
        `date`; every holder ever when the date is unknown."""
        span = date_range(date)
        found: dict[str, Entity] = {}
        for key in (role, "title:" + fold(title)):
            for person, where, start, end in self._by_role.get(key, ()):
                if country and where != country:
                    continue
                if span and not _overlaps(start, end, span):
                    continue
                found[person.id] = person
        return list(found.values())


def _overlaps(start: str | None, end: str | None, span: tuple[str, str]) -> bool:
    first, last = span
    return (start is None or start[:10] <= last) and (end is None or end[:10] >= first)
