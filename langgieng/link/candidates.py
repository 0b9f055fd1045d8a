"""Capitalised names that no alias matched: the input of the repair rules.

A candidate is a run of capitalised words (`Ruan Chunfu`, `Xe-Kong`,
`Lê Quang Minh`) joined by single spaces or hyphens, cut at stop words
(`Tháng`, `Hội`, ...) and at names already matched. A word may hold a pinyin
apostrophe (`Wen'an`) or lower-case syllables after hyphens (`Xa-la-van`), a space
beside a hyphen or not (`Pheng Căn - nhạ - phim`, `Chan- tha- vy- souk`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from langgieng.link.cues import Cues
from langgieng.normalize import fold

_UPPER = "".join(
    chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha()
)
_LOWER = "".join(
    chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha()
)
# One word of a name. A pinyin apostrophe between Latin letters joins two
# syllables (`Wen'an`); hyphens join the lower-case syllables of a Vietnamese
# transliteration (`Xa-vẳn-na-khệt`, `Bun-nhăng`, `Căn - nhạ - phim`) into one foreign word.
_CAPITAL = rf"[{re.escape(_UPPER)}]"
_REST = (
    r"[^\W\d_]*"
    rf"(?:(?<=[A-Za-z])['’][A-Za-z][^\W\d_]*|[ ]?[\-‐‑][ ]?[{re.escape(_LOWER)}][^\W\d_]*)*"
)
_WORD = _CAPITAL + _REST
# A first word: no letter before its capital. Looked back for after the capital,
# not before it, so that the regex engine can skip quickly from capital to capital.
_FIRST_WORD = rf"{_CAPITAL}(?<![^\W\d_].){_REST}"
_CAPITALISED = re.compile(_FIRST_WORD)
_MULTI = re.compile(r"[ \-‐‑]")
_HYPHENS = "-‐‑"
HYPHEN = re.compile(f"[{_HYPHENS}]")
# Capitalised words joined by single spaces or hyphens.
_RUN = re.compile(rf"{_FIRST_WORD}(?:[ \-‐‑]{_WORD})*(?![^\W\d_])")
# One Vietnamese syllable, folded: onset, vowel nucleus (only the clusters the
# language has: `oa`, `uye`, not `ea` or `ou`), final consonant.
_NUCLEI = [
    "uye", "uya", "uyu", "uoi", "uou", "oai", "oay", "oeo", "ieu", "yeu", "uay",
    "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo",
    "ua", "ue", "ui", "uo", "uu", "uy", "ye", "a", "e", "i", "o", "u", "y",
]
_VIET_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    rf"({'|'.join(_NUCLEI)})(?:ch|ng|nh|[cmnpt])?"
)
_FRONT = frozenset("eiy")  # k, gh, ngh only before these; c never


@lru_cache(maxsize=65536)
def vietnamese_syllable(word: str) -> bool:
    """Whether `word` is spelt like one Vietnamese syllable (`Sen`, not `Kun`)."""
    match = _VIET_SYLLABLE.fullmatch(fold(word).lower())
    if not match:
        return False
    onset, front = match.group(1), match.group(2)[0] in _FRONT
    if onset in ("k", "gh", "ngh"):
        return front
    return not (onset == "c" and front)


@dataclass(slots=True)
class Candidate:
    start: int  # the whole run, honorifics included
    end: int
    name_start: int  # where the name proper starts, after honorifics
    words: list[str]  # the name's words as written

    @property
    def foreign(self) -> bool:
        """Some word is not one Vietnamese syllable (`Chunfu`, `Kervillo`)."""
        return not all(vietnamese_syllable(w) for w in self.words)

    @property
    def acronym(self) -> bool:
        """`VGP`, `XSBD`: initials, which aliases match exactly or not at all."""
        return len(self.words) == 1 and self.words[0].isupper() and len(self.words[0]) > 1

    @property
    def ascii(self) -> bool:
        return all(w.replace("’", "'").isascii() for w in self.words)


def find_candidates(text: str, low: str, blocked: bytearray, cues: Cues) -> list[Candidate]:
    """Runs of capitalised words outside names found already (offsets where
    `blocked` is 1)."""
    candidates: list[Candidate] = []
    ascii_stops = cues.stopwords | cues.english_stopwords  # once, not for every run
    for run in _RUN.finditer(text):
        start, end = run.span()
        if blocked.find(0, start, end) < 0:
            continue  # all of it already matched
        title = cues.honorifics.match(low, start)
        if title is not None and title.end() > end:
            continue  # `Hoàng Thái hậu Norodom ...`: the capitals open a title, not a name
        # English words stop only a run of English words
        stops = ascii_stops if run.group().isascii() else cues.stopwords
        if _MULTI.search(text, start, end):
            words = list(_CAPITALISED.finditer(text, start, end))
        elif low[start:end] in stops or vietnamese_syllable(run.group()):
            continue  # one word: a name only if it is no Vietnamese syllable
        else:
            words = [run]  # one word: the run itself
        words = _cut_at_function_word(words, text, low, stops)
        stopping = [low[w.start() : w.end()] in stops for w in words]
        if len(words) >= 3 and low[words[-1].start() : words[-1].end()] in cues.name_endings \
                and not any(stopping[-3:-1]):
            stopping[-1] = False  # `Dương Văn Trang làm Trưởng đoàn`: a given name closes it
        if len(words) >= 3 and stops is ascii_stops and stopping[-1] and not any(stopping[:-1]) \
                and low[words[-1].start() : words[-1].end()] not in cues.stopwords:
            stopping[-1] = False  # `Men Som On`: an English word joins capitals, never ends them
        if blocked.find(1, start, end) < 0 and not any(stopping):
            candidates.append(_candidate(words, low, cues))  # the usual case: one clean run
            continue
        current: list[re.Match[str]] = []
        skip = 0
        for n, word in enumerate(words):
            if skip:
                skip -= 1
            elif blocked[word.start()] or stopping[n]:
                if current:
                    candidates.append(_candidate(current, low, cues))
                current = []
                skip = _unit_name_after(words, n, low, cues)
            else:
                current.append(word)
        if current:
            candidates.append(_candidate(current, low, cues))
    return candidates


_UNIT_HEADS = frozenset({"bộ", "sở"})


def _unit_name_after(words: list[re.Match[str]], n: int, low: str, cues: Cues) -> int:
    """How many words after `Bộ` or `Sở` at `n` are its unit's capitalised name
    (`Bộ Công Thương`), which no person's name opens with."""
    if low[words[n].start() : words[n].end()] not in _UNIT_HEADS:
        return 0
    following = tuple(low[w.start() : w.end()] for w in words[n + 1 : n + 4])
    return max((len(name) for name in cues.unit_names if following[: len(name)] == name),
               default=0)


def _cut_at_function_word(
    words: list[re.Match[str]], text: str, low: str, stops: frozenset[str] | set[str]
) -> list[re.Match[str]]:
    """`Cao su Mang Yang-cho hay`: a hyphen used as a dash before a function word
    (`cho`, `và`) ends the name there; the syllables of a transliteration are
    none of them, nor is a syllable a capitalised word follows (`Bun-hôm Thệt-tha-ni`:
    a dash's clause goes on in lower case)."""
    if not words:
        return words
    last = words[-1]  # (the others have a capitalised word after them)
    for hyphen in HYPHEN.finditer(low, last.start(), last.end()):
        at = hyphen.start()
        syllable = re.match(r"[^\W\d_]+", low[at + 1 : last.end()])
        if syllable and syllable.group() in stops:
            cut = _CAPITALISED.match(text, last.start(), at)
            return [*words[:-1], *([cut] if cut else [])]
    return words


def _candidate(run: list[re.Match[str]], low: str, cues: Cues) -> Candidate:
    start, end = run[0].start(), run[-1].end()
    name_start = cues.honorific_prefix(low, start, end)
    words: list[str] = []
    joined_at = -2  # where the last word ended, when a hyphen follows it
    for word in run:
        if word.start() < name_start:
            continue
        if word.start() == joined_at + 1 and low[joined_at] in _HYPHENS:
            # `Thoong-Lun`: capitalised syllables of one transliterated word
            words[-1] += low[joined_at] + word.group(0)
        else:
            words.append(word.group(0))
        joined_at = word.end()
    return Candidate(start, end, name_start, words)
