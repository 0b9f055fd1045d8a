"""Sound keys for comparing names across spellings and transliterations.

A name garbled by translation keeps its consonant frame better than its
vowels: a transliteration may change every vowel of `Kiên Giang` and still
keep k-n-gi-ng. The key maps consonants that sound alike in Vietnamese,
pinyin and English spellings to one letter and drops vowels and h, so keys
can be compared with an edit ratio.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from langgieng.normalize import fold

# Multi-letter spellings first: each (pattern, class letter).
_CLASSES: list[tuple[str, str]] = [
    ("ngh", "n"), ("ng", "n"), ("nh", "n"), ("gh", "k"), ("gi", "j"), ("dj", "j"), ("dz", "j"),
    ("zh", "c"), ("ch", "c"), ("tr", "c"), ("sh", "s"), ("th", "t"), ("ph", "f"), ("kh", "k"),
    ("qu", "k"), ("ck", "k"), ("x", "s"), ("z", "j"), ("r", "j"), ("q", "c"),
    ("g", "k"), ("c", "k"), ("v", "b"), ("w", ""), ("h", ""), ("y", ""),
]
_SPELLING = re.compile("|".join(re.escape(p) for p, _ in _CLASSES) + "|[aeiou]")
_CLASS = dict(_CLASSES)
_NOT_LETTER = re.compile(r"[^a-z]+")
_VOWEL = frozenset("aeiouy")
_LATIN_OF = {"ph": "p", "th": "t", "kh": "k", "ch": "c", "sh": "s", "x": "s", "c": "k",
             "q": "k", "y": "i", "z": "s"}
_LATIN = re.compile("ph|th|kh|ch|sh|[xcqyz]")
_DOUBLED = re.compile(r"(.)\1+")
RESEMBLE_KEY_MIN = 60  # sound-key ratio at which two names share their consonant frame


@lru_cache(maxsize=65536)
def compact(name: str) -> str:
    """Folded letters only: `Xê-Kông` -> `xekong`."""
    return _NOT_LETTER.sub("", fold(name))


@lru_cache(maxsize=65536)
def latin_key(name: str) -> str:
    """A name as a Latin romanisation would spell it, letters only: the Vietnamese
    press transliterates Khmer and Lao names (`Xa-lơm-xay Côm-ma-xít`) where the
    gazetteer keeps their romanisation (`Saleumxay Kommasith`); x is s, c is k,
    y is i, an h after a consonant and doubled letters drop."""
    letters = _LATIN.sub(lambda m: _LATIN_OF[m.group(0)], compact(name))
    return _DOUBLED.sub(r"\1", letters)


@lru_cache(maxsize=65536)
def sound_key(name: str) -> str:
    """Consonant frame of a name, like consonants collapsed: `Kiên Giang` -> `knjn`."""
    words = _NOT_LETTER.split(fold(name))
    key = "".join(_SPELLING.sub(lambda m: _CLASS.get(m.group(0), ""), w) for w in words)
    out: list[str] = []
    for ch in key:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """0..1: half the ratio of sound keys, half the ratio of folded letters."""
    ka, kb = sound_key(a), sound_key(b)
    keys = ratio(ka, kb) / 100 if ka and kb else 0.0
    return 0.5 * keys + 0.5 * ratio(compact(a), compact(b)) / 100


@lru_cache(maxsize=65536)
def likeness(a: str, b: str) -> float:
    """How alike two spellings of a name sound, also read as Latin spellings
    (`Xok An` and `Sok An`, `Khăm-phăn` and `Khamphan`)."""
    return max(similarity(a, b), similarity(latin_key(a), latin_key(b)))


def same_initial(a: str, b: str) -> bool:
    """Both names open with the same consonant class (or both with a vowel)."""
    return _initial(a) == _initial(b) != ""


def _initial(name: str) -> str:
    letters = compact(name)
    if not letters:
        return ""
    if letters[0] in _VOWEL or letters[0] == "h":
        return letters[0] if letters[0] == "h" else "-"
    return sound_key(letters[:3])[:1]


def resembles(a: str, b: str) -> bool:
    """Same opening consonant, and a syllable in common or alike consonant
    frames (`Kejou` k-j, `Kiên Giang` k-n-j-n): the least a garble keeps."""
    if not same_initial(a, b):
        return False
    if _syllables(a) & _syllables(b):
        return True
    ka, kb = sound_key(a), sound_key(b)
    return bool(ka and kb) and ratio(ka, kb) >= RESEMBLE_KEY_MIN


def _syllables(name: str) -> set[str]:
    return {s for s in _NOT_LETTER.split(fold(name).lower()) if s}


# Vietnamese spellings of one sound: onsets c/k/q, s/x, ch/tr, gi/r, g/gh,
# ng/ngh; finals n/ng/nh and t/c/ch/k (merged in southern speech); y/i.
_ONSET = re.compile(r"^(ngh|ng|gh|gi|ch|tr|ph|[ckqsxr])")
_ONSET_CLASS = {
    "ngh": "N", "ng": "N", "gh": "g", "gi": "z", "r": "z", "ch": "c", "tr": "c", "ph": "f",
    "c": "k", "k": "k", "q": "k", "s": "s", "x": "s",
}
_FINAL = re.compile(r"(nh|ng|ch|c|k)$")
_FINAL_CLASS = {"nh": "n", "ng": "n", "ch": "t", "c": "t", "k": "t"}


@lru_cache(maxsize=65536)
def homophone_key(name: str) -> tuple[str, ...]:
    """A name's syllables as they sound, tones and spelling variants dropped:
    `Cồn Tum` and `Kon Tum` share one key, `Hà Tiên` and `Hà Tĩnh` do not."""
    return tuple(_syllable_sound(s) for s in _NOT_LETTER.split(fold(name).lower()) if s)


def _syllable_sound(syllable: str) -> str:
    syllable = _ONSET.sub(lambda m: _ONSET_CLASS[m.group(1)], syllable, count=1)
    syllable = _FINAL.sub(lambda m: _FINAL_CLASS[m.group(1)], syllable, count=1)
    return syllable.replace("y", "i")
