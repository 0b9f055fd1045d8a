"""The gazetteer: entities (countries, provinces, people, organisations,
series) loaded from the JSONL files in `data/`, each with its source.

`load()` gives the shipped gazetteer, built once per process. Lookups:
`get`, `by_kind`, `holders` (who held an office on a date), `current`
(follow a unit's successors), `search` (names, tolerant of diacritics,
tone marks and hyphenation, then fuzzy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from langgieng.errors import GazetteerError
from langgieng.gazetteer.dates import first_day, last_day, overlap
from langgieng.gazetteer.names import NameIndex, name_key
from langgieng.gazetteer.records import entity_to_dict, read_file
from langgieng.model import Entity, Office

DATA_DIR = Path(__file__).with_name("data")

__all__ = ["DATA_DIR", "Gazetteer", "entity_to_dict", "load", "load_files", "name_key"]


class Gazetteer:
    """Entities by id, with indexes by kind, by office and by name."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_id: dict[str, Entity] = {}
        self._by_kind: dict[str, list[Entity]] = {}
        self._offices: dict[tuple[str, str], list[tuple[Entity, Office]]] = {}
        for entity in entities:
            if entity.id in self._by_id:
                raise GazetteerError(f"duplicate id {entity.id!r}")
            self._by_id[entity.id] = entity
            self._by_kind.setdefault(entity.kind, []).append(entity)
            for office in entity.offices:
                self._offices.setdefault((office.role, office.country), []).append((entity, office))
        self._names = NameIndex(self._by_id.values())

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def by_kind(self, kind: str) -> list[Entity]:
        return list(self._by_kind.get(kind, []))

    def valid_on(self, entity: Entity, on_date: str) -> bool:
        """Whether the entity existed at some time in the (partial) date's period."""
        return overlap(entity.valid_from, entity.valid_to, on_date) >= 0

    def holders(self, role: str, country: str, on_date: str) -> list[Entity]:
        """People who held `role` in `country` during the (partial) date `on_date`,
        those who held it longest within that period first."""
        ranked = [
            (overlap(office.start, office.end, on_date), person.id, person)
            for person, office in self._offices.get((role, country), [])
        ]
        best: dict[str, tuple[int, Entity]] = {}
        for days, person_id, person in ranked:
            if days >= 0 and days > best.get(person_id, (-1, person))[0]:
                best[person_id] = (days, person)
        return [p for _, p in sorted(best.values(), key=lambda item: (-item[0], item[1].id))]

    def offices_of(self, person_id: str, on_date: str | None = None) -> list[Office]:
        """The offices a person held, or those held during `on_date`."""
        entity = self._by_id.get(person_id)
        if entity is None:
            return []
        if on_date is None:
            return list(entity.offices)
        return [o for o in entity.offices if overlap(o.start, o.end, on_date) >= 0]

    def borders(self, unit_id: str, on_date: str | None = None) -> set[str]:
        """The countries a unit's land border meets on `on_date`: its own, and those of the
        units merged into it by then (Bình Phước's Cambodia is Đồng Nai's from 2025-07-01)."""
        entity = self._by_id.get(unit_id)
        if entity is None:
            return set()
        found = set(entity.borders)
        for old_id in entity.predecessors:
            old = self._by_id.get(old_id)
            if old is not None and old.valid_to and on_date is not None and (
                    first_day(on_date) > last_day(old.valid_to)):
                found |= self.borders(old_id, on_date)
        return found

    def current(self, entity_id: str, on_date: str | None = None) -> Entity | None:
        """The unit that `entity_id` had become by `on_date` (default: its latest form),
        following successors past each `valid_to`."""
        entity = self._by_id.get(entity_id)
        seen: set[str] = set()
        while entity is not None and entity.valid_to and entity.successors:
            if on_date is not None and first_day(on_date) <= last_day(entity.valid_to):
                break
            if entity.id in seen:
                break
            seen.add(entity.id)
            entity = self._by_id.get(entity.successors[0], entity)
            if entity.id in seen:
                break
        return entity

    def search(
        self, name: str, limit: int = 10, *, kind: str | None = None
    ) -> list[tuple[Entity, float]]:
        """Entities whose names match `name`, best first, with a 0-100 score:
        exact matches (ignoring case, diacritics, tones, hyphens, spacing) score 100."""
        hits = self._names.search(name, limit=limit, kind=kind)
        return [(self._by_id[entity_id], score) for entity_id, score in hits]

    def lookup(self, name: str, *, kind: str | None = None) -> list[Entity]:
        """Entities with exactly this name (tolerant as in `search`), no fuzzy matching."""
        return [self._by_id[i] for i in self._names.exact(name, kind=kind)]


def load_files(paths: Iterable[Path]) -> Gazetteer:
    """A gazetteer from the given JSONL files (errors name the file and line)."""
    entities: list[Entity] = []
    origin: dict[str, str] = {}
    for path in paths:
        for number, entity in read_file(path):
            if entity.id in origin:
                raise GazetteerError(
                    f"{path}:{number}: duplicate id {entity.id!r} (first at {origin[entity.id]})"
                )
            origin[entity.id] = f"{path}:{number}"
            entities.append(entity)
    return Gazetteer(entities)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    paths = sorted(DATA_DIR.glob("*.jsonl"))
    if not paths:
        raise GazetteerError(f"{DATA_DIR}: no gazetteer data files")
    return load_files(paths)
