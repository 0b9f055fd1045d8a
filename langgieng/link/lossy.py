"""Text that lost letters: PDF and OCR extraction that drops every precomposed
letter carrying two marks or a dot below (`ệ`, `ố`, `ạ`, U+1EA0–U+1EF9), so
`Việt Nam` reads `Vit Nam` and `lịch sử` reads `lch sử`.

Such a text is told by its words without a vowel, which Vietnamese never
writes. In it, names are also matched as they read with those letters lost;
elsewhere those forms (`Ngh An`, `Phm Minh Chính`) would match nothing anyway.
"""

from __future__ import annotations

import re

from langgieng.model import Entity
from langgieng.normalize import nfc

KINDS = frozenset({"country", "province", "person"})
_LOST = re.compile("[\u1ea0-\u1ef9]")
_WORD = re.compile(r"[^\W\d_]{2,}")
# a lower-case word of consonants alone (letters, no vowel of Vietnamese or English)
_BARE = re.compile(r"\b[bcdfghjklmnpqrstvwxzđ]{2,}\b")
VOWELLESS_SHARE = 0.04  # of lower-case words: about 1 in 10 in a damaged page, none in a clean one
VOWELLESS_MIN = 8
SHORTEST = 4  # letters left in a name's damaged form


def lost_letters(text: str) -> bool:
    """Does the text read like one that lost its two-mark letters?"""
    bare = len(_BARE.findall(text))  # one quick pass: a sound text has next to none
    if bare < VOWELLESS_MIN:
        return False
    words = sum(1 for w in _WORD.findall(text) if w.islower())
    return bare >= VOWELLESS_SHARE * words


def damaged_aliases(entities: list[Entity]) -> list[tuple[str, str, str]]:
    """(entity id, alias as it reads without those letters, rule) for every name
    the loss changes and leaves recognisable: each word keeps a letter."""
    out = []
    for entity in entities:
        if entity.kind not in KINDS:
            continue
        for alias in dict.fromkeys([entity.name, *entity.aliases]):
            damaged = _LOST.sub("", nfc(alias))
            if damaged == nfc(alias) or any(not word for word in damaged.split(" ")):
                continue
            if sum(c.isalpha() for c in damaged) >= SHORTEST:
                out.append((entity.id, damaged, "lost-letters"))
    return out
