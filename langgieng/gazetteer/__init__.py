"""The gazetteer: entities (countries, provinces, people, organisations,
series) loaded from the data files in `data/`, each with its source."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from langgieng.model import Entity


class Gazetteer:
    """STUB: holds entities by id."""

    def __init__(self, entities: list[Entity]) -> None:
        self._by_id = {e.id: e for e in entities}

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer, loaded once per process. STUB."""
    return Gazetteer([])
