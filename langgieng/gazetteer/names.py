"""The name index: every name, alias and Chinese name of every entity under a
key that ignores case, diacritics, tone marks, hyphens and spacing, plus a
fuzzy fallback (rapidfuzz) over the same names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from langgieng.model import Entity
from langgieng.normalize import fold, nfc

_SEPARATORS = re.compile(r"[\W_]+")
# Administrative and honorific words that a query may carry but names do not.
_PREFIXES = re.compile(
    r"^(tinh|thanh pho|tp|thu do|province of|city of|samdech|ngai|ong|ba|chu tich|thu tuong)\s+"
)
_SUFFIXES = re.compile(r"\s+(province|city|prefecture)$")
# Shorter names (UN, EU, ISO codes) match only exactly: fuzzy scores on them are noise.
_FUZZY_MIN_LENGTH = 4
_CUTOFF = 60.0
_WORD_WEIGHT = 0.9


def spaced_key(text: str) -> str:
    """Lower case, no diacritics, punctuation and hyphens as single spaces."""
    return _SEPARATORS.sub(" ", fold(nfc(text))).strip()


def name_key(text: str) -> str:
    """The exact-match key: `Cam-pu-chia`, `Căm pu chia` and `Campuchia` share one."""
    return spaced_key(text).replace(" ", "")


def _bare(text: str) -> str:
    """The spaced key without an administrative prefix or suffix."""
    return _SUFFIXES.sub("", _PREFIXES.sub("", spaced_key(text)))


class NameIndex:
    """Exact and fuzzy lookup of entity ids by name."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._exact: dict[str, list[str]] = {}
        self._kind: dict[str, str] = {}
        choices: dict[str, list[str]] = {}
        for entity in entities:
            self._kind[entity.id] = entity.kind
            for name in (entity.name, *entity.aliases, *entity.zh):
                ids = self._exact.setdefault(name_key(name), [])
                if entity.id not in ids:
                    ids.append(entity.id)
                spaced = spaced_key(name)
                if len(spaced) >= _FUZZY_MIN_LENGTH:
                    owners = choices.setdefault(spaced, [])
                    if entity.id not in owners:
                        owners.append(entity.id)
        self._choices = list(choices)
        self._owners = [choices[c] for c in self._choices]

    def exact(self, name: str, *, kind: str | None = None) -> list[str]:
        ids = self._exact.get(name_key(name)) or self._exact.get(_bare(name).replace(" ", ""), [])
        return [i for i in ids if kind is None or self._kind[i] == kind]

    def search(
        self, name: str, *, limit: int = 10, kind: str | None = None
    ) -> list[tuple[str, float]]:
        """(id, score) best first: exact matches score 100, fuzzy ones less."""
        found: dict[str, float] = {i: 100.0 for i in self.exact(name, kind=kind)}
        query = _bare(name)
        if len(found) < limit and query:
            for entity_id, score in self._fuzzy(query, limit * 4):
                if kind is None or self._kind[entity_id] == kind:
                    found.setdefault(entity_id, score)
        ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:limit]

    def _fuzzy(self, query: str, limit: int) -> list[tuple[str, float]]:
        """(id, score < 100) by whole-name similarity, or by shared words
        (discounted, so `Hun Sen` ranks `Samdech Techo Hun Sen` below an exact hit)."""
        best: dict[str, float] = {}
        for scorer, weight in ((fuzz.ratio, 1.0), (fuzz.token_set_ratio, _WORD_WEIGHT)):
            matches = process.extract(
                query, self._choices, scorer=scorer, limit=limit, score_cutoff=_CUTOFF / weight
            )
            for _choice, raw, position in matches:
                score = round(min(raw * weight, 99.0), 1)
                for entity_id in self._owners[position]:
                    best[entity_id] = max(best.get(entity_id, 0.0), score)
        return sorted(best.items(), key=lambda item: -item[1])
