"""Fast scanning for patterns that start at a digit or at one of a few words.

A big regex of alternatives is slow when tried at every character. Instead a
scanner of plain literals (cheap for the regex engine) finds the places where
a match can be anchored — a digit run or a keyword — and the full pattern is
tried only there, starting from the earliest of the words just before it that
may open a match (`Sáng` in `Sáng 25/4`, `gần` in `gần 11%`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_DIGIT_GLUE = frozenset("0123456789.,/")
_SEPARATORS = (" ", "\n", "\t", "\u00a0")


_DIGITS = re.compile(r"[$0-9][0-9]*")  # a leading class lets the engine skip ahead


def keyword_scanner(
    words: Iterable[str], *, followed_by: dict[str, str] | None = None
) -> re.Pattern[str]:
    """Literals for each word (lower, Title, UPPER): only literals keep the scan fast.

    `followed_by` maps a word to a regex that must come after it (checked
    after the literal, so the scan stays fast): `năm` opens a number only
    before `mươi`, `trăm`...
    """
    follow = followed_by or {}
    alternatives = []
    for word in sorted(set(words), key=len, reverse=True):
        tail = rf"(?={follow[word]})" if word in follow else ""
        for variant in sorted({word, word.capitalize(), word.upper()}):
            alternatives.append(re.escape(variant) + tail)
    return re.compile("|".join(alternatives))


def _hits(scanner: re.Pattern[str], text: str, digits: bool) -> list[tuple[int, bool]]:
    """(position, starts with a letter) of digit runs, `$` and keywords, in order."""
    hits = [(m.start(), False) for m in _DIGITS.finditer(text)] if digits else []
    hits += [(m.start(), True) for m in scanner.finditer(text)]
    hits.sort()
    return hits


def words_before(text: str, pos: int) -> Iterator[tuple[int, str]]:
    """Whitespace-separated tokens ending just before `pos`, nearest first."""
    i = pos
    while True:
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == i or j == 0:  # a token must be followed by a space
            return
        lo = max(0, j - 12)  # openers are short words
        k = max(lo, *(text.rfind(sep, lo, j) + 1 for sep in _SEPARATORS))
        yield k, text[k:j]
        i = k


def _code_suffix(text: str, pos: int) -> bool:
    """The digits of a name or code: `Covid-19`, `H5N1`, `A-1`."""
    return pos > 1 and text[pos - 1] == "-" and text[pos - 2].isalpha()


def scan(
    pattern: re.Pattern[str],
    scanner: re.Pattern[str],
    text: str,
    openers: frozenset[str],
    *,
    look_back: int = 3,
    digits: bool = True,
) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of `pattern` anchored at scanner hits.

    `openers` are the lower-case tokens that may begin a match before the hit.
    """
    cursor = 0
    for pos, alpha in _hits(scanner, text, digits):
        if pos < cursor:
            continue
        prev = text[pos - 1] if pos else " "
        if prev.isalpha() if alpha else prev in _DIGIT_GLUE or _code_suffix(text, pos):
            continue
        starts = [pos]
        glued = text[max(0, pos - 3) : pos]  # $5, US$5
        if glued.endswith("$"):
            starts.append(pos - 3 if glued == "US$" else pos - 1)
        for n, (start, token) in enumerate(words_before(text, starts[-1])):
            if n == look_back or token.lower() not in openers:
                break
            starts.append(start)
        for start in reversed(starts):
            if start < cursor:
                continue
            m = pattern.match(text, start)
            if m is not None and m.end() > pos:
                cursor = m.end()
                yield m
                break
