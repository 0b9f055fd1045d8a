"""Text forms shared by every stage.

- `nfc`: the displayed form (Unicode NFC), as written.
- `tone_normalize`: one tone-mark placement (`hoá` -> `hóa`, `thuỷ` -> `thủy`),
  for matching words that differ only in convention.
- `fold`: lower case, no diacritics, `đ` -> `d`; for search and lookup.

`tone_normalize` and `fold` keep the string's length, so an offset found in
the folded text is the same offset in the clean text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COMBINING_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def _fold_table() -> str:
    """A string indexed by code point: `str.translate` reads it much faster than a
    dict. It ends before the symbol blocks, past every Latin letter; later
    characters (CJK, Khmer, Lao) are left as they are."""
    return "".join(_fold_char(chr(code)) if code >= 0x41 else chr(code) for code in range(0x2070))


_FOLD = _fold_table()
_FOLD_END = chr(len(_FOLD))
_LETTER = re.compile(r"[^\W\d_]")


def fold(text: str) -> str:
    """Lower-case, diacritic-free form of `text`, of the same length."""
    return text.translate(_FOLD)


@lru_cache(maxsize=4)
def fold_article_text(text: str) -> str:
    """`fold` of an article's text or title, kept for the last few: linking and
    the store's search index fold the same ones, one stage after the other."""
    return fold(text)


# Syllables ending in one of these vowel pairs (no final consonant) take the
# tone on the first vowel in the convention used here: hóa, hòe, thủy.
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _normalize_syllable(word: str) -> str:
    if len(word) < 2:
        return word
    first, second = word[-2], word[-1]
    base_first, base_second = _fold_char(first), _fold_char(second)
    if (base_first, base_second) not in _PAIRS or (len(word) > 2 and _fold_char(word[-3]) == "q"):
        return word
    decomposed = unicodedata.normalize("NFD", second)
    tones = [c for c in decomposed if c in _COMBINING_TONES]
    if not tones:
        return word
    bare_second = nfc("".join(c for c in decomposed if c not in _COMBINING_TONES))
    toned_first = nfc(first + tones[0])
    if len(toned_first) != 1:
        return word
    return word[:-2] + toned_first + bare_second


# Where a word may need it: its last two letters fold to one of the pairs. Looked for
# in the folded text (same length; folding keeps which characters are letters below
# _FOLD's end), so that the other words cost no call at all.
_PAIR_END = re.compile(r"(?:oa|oe|uy)(?![^\W\d_])")


def tone_normalize(text: str) -> str:
    """Move tone marks to one placement convention; length is kept."""
    if not text or max(text) >= _FOLD_END:  # beyond the table: every word, as written
        return _WORD.sub(lambda m: _normalize_syllable(m.group(0)), text)
    folded = text.translate(_FOLD)
    pieces: list[str] = []
    done = 0
    for m in _PAIR_END.finditer(folded):
        at = m.start()
        # the pair ends a word of two letters or more; `_normalize_syllable` reads the
        # letter before it (a `q`) only when it is one of the word's
        before = text[at - 1 : at] if at and _LETTER.match(text, at - 1) else ""
        new = _normalize_syllable(before + text[at : at + 2])
        if len(new) != len(before) + 2:  # (never for a Latin letter, but as the words do)
            return _WORD.sub(lambda m: _normalize_syllable(m.group(0)), text)
        if new[-2:] != text[at : at + 2]:
            pieces += (text[done:at], new[-2:])
            done = at + 2
    return "".join((*pieces, text[done:])) if pieces else text


def match_form(text: str) -> str:
    """NFC plus one tone convention: the form for diacritic-aware matching."""
    return tone_normalize(nfc(text))


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """`Kiên Giang` -> `kien-giang` (the gold id scheme)."""
    return _NON_SLUG.sub("-", fold(nfc(name))).strip("-")
