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
# a lower-case word of consonants alone (letters, no vowel of Vietnamese or English);
# the word's start looked for after its first letter, as `\b[...]{2,}\b` would before
# it, so that the engine skips from consonant to consonant (twice as fast)
_BARE = re.compile(r"[bcdfghjklmnpqrstvwxzđ](?<!\w[\s\S])[bcdfghjklmnpqrstvwxzđ]+\b")
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


# A page whose font lacked the capital `Đ` writes `đ` for it everywhere: sentences
# open with `đ` (`đến nay`) and names read `đắk Nông`, `Tuy đức`.
_SENTENCE_OPENS_D = re.compile(r"(?:^|[.!?]\s+)đ[^\W\d_]", re.MULTILINE)
_WORD_OPENS_D = re.compile(r"(?<![^\W_])đ[^\W\d_]*")
_CAPITAL_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_][^\W_]* $")
_CAPITAL_AFTER = re.compile(r" [^\W\d_]")


def capital_d_restored(text: str) -> str | None:
    """The text with `Đ` back at the start of a word beside a capitalised one, when
    the text never writes `Đ` and opens a sentence with `đ`; None otherwise. The
    length is kept, so offsets stay those of the text."""
    if "Đ" in text or "đ" not in text or not _SENTENCE_OPENS_D.search(text):
        return None
    chars = list(text)
    for word in _WORD_OPENS_D.finditer(text):
        before = _CAPITAL_BEFORE.search(text, max(0, word.start() - 12), word.start())
        after = _CAPITAL_AFTER.match(text, word.end())
        if (before and before.group()[0].isupper()) or (after and after.group()[1].isupper()):
            chars[word.start()] = "Đ"
    return "".join(chars)
