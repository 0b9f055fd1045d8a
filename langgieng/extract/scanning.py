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
from re import _constants as sre  # type: ignore[attr-defined]  # the standard library's
from re import _parser  # type: ignore[attr-defined]  # own regex parser
from typing import Any

_DIGIT_GLUE = frozenset("0123456789.,/")


# What ends the token before a hit (at most 12 characters long): a space, or a bracket,
# dash or quote glued before it, which is no part of it (`(GLO)-Chiều 21-10`)
_TOKEN_STOPS = frozenset(" \n\t\u00a0()-–—\"“")
_TOKEN_MAX = 12
_DIGITS = re.compile(r"[$0-9][0-9]*")  # a leading class lets the engine skip ahead


def literal_alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first so `đô la Mỹ` beats `đô`;
    a space in a word matches any run of spaces.

    The words are grouped by their first character (`n(?:gày|ăm)|s(?:áng)`), each
    group in that order: only one group can match at a place, so the matches are
    those of the flat list, but the engine tries a group per first character rather
    than every word (case-blind patterns, where it cannot skip a word by its first
    letter, gain most). Flat when two first characters may match one character
    case-blind (`N` and `n`), where the groups would reorder the words."""
    ordered = sorted(set(words), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[:1], []).append(word[1:])
    if "" in groups or _case_blind_twins(list(groups)):
        return "|".join(_literal(w) for w in ordered)
    return "|".join(
        _literal(first) + (f"(?:{'|'.join(map(_literal, rests))})" if rests != [""] else "")
        for first, rests in groups.items())


def _literal(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


def _case_blind_twins(firsts: list[str]) -> bool:
    """Whether two of the characters match each other case-blind (or one is a space)."""
    if any(first.isspace() for first in firsts):
        return True
    blind = {first: re.compile(re.escape(first), re.IGNORECASE) for first in firsts}
    return any(a != b and blind[a].fullmatch(b) for a in firsts for b in firsts)


def keyword_scanner(
    words: Iterable[str], *, followed_by: dict[str, str] | None = None
) -> re.Pattern[str]:
    """Literals for each word (lower, Title, UPPER): only literals keep the scan fast.

    `followed_by` maps a word to a regex that must come after it (checked
    after the literal, so the scan stays fast): `năm` opens a number only
    before `mươi`, `trăm`...
    """
    follow = followed_by or {}
    # Grouped by their first character (`m(?:ười|ột)|M(?:ười|ột|ƯỜI|ỘT)`), keeping
    # their order within each group: only literals with the same first character can
    # match at one place, so the matches are those of the flat list, but at each
    # character the engine tries a group per first letter rather than every literal
    # (three variants of twenty words: two to three times faster on a sentence).
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        tail = rf"(?={follow[word]})" if word in follow else ""
        for variant in sorted({word, word.capitalize(), word.upper()}):
            groups.setdefault(variant[0], []).append(re.escape(variant[1:]) + tail)
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                               for first, rests in groups.items()))


def _hits(scanner: re.Pattern[str], text: str, digits: bool) -> list[int]:
    """Digit runs, `$` and keywords, in order, each as `2 * position + 1` when it
    starts with a letter, else `2 * position` (plain ints sort fastest)."""
    hits = [2 * m.start() for m in _DIGITS.finditer(text)] if digits else []
    hits += [2 * m.start() + 1 for m in scanner.finditer(text)]
    hits.sort()
    return hits


def _openers_before(text: str, pos: int, openers: frozenset[str], limit: int) -> list[int]:
    """Starts of up to `limit` opener tokens just before `pos`, nearest first: each
    token must be followed by a space; runs at every hit, so kept lean."""
    found: list[int] = []
    i = pos
    while len(found) < limit:
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == i or j == 0:
            break
        # the token ending at j, walked back to (a regex ending in `\Z` tried each start)
        lo = j - _TOKEN_MAX if j > _TOKEN_MAX else 0
        k = j
        while k > lo and text[k - 1] not in _TOKEN_STOPS:
            k -= 1
        if k == j or text[k:j].lower() not in openers:
            break  # no token: a line break just before (no opener is empty)
        found.append(k)
        i = k
    return found


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
    for hit in _hits(scanner, text, digits):
        pos, alpha = hit >> 1, hit & 1
        if pos < cursor:
            continue
        prev = text[pos - 1] if pos else " "
        if prev.isalpha() if alpha else prev in _DIGIT_GLUE or _code_suffix(text, pos):
            continue
        starts = [pos]
        if prev == "$":  # $5, US$5
            starts.append(pos - 3 if text[max(0, pos - 3) : pos] == "US$" else pos - 1)
        first = starts[-1]
        if first > 1 and text[first - 1] in " \t\u00a0":  # else no token before it
            starts += _openers_before(text, first, openers, look_back)
        for start in reversed(starts):
            if start < cursor:
                continue
            m = pattern.match(text, start)
            if m is not None and m.end() > pos:
                cursor = m.end()
                yield m
                break


# -- literals a match needs ----------------------------------------------------
#
# A pattern that opens with a look-behind (`(?<![^\W_])thăm`) or a class is tried
# at every character of a text. When each of its matches must hold one of a few
# literals, a text holding none of them (most sentences) is skipped with `in`
# tests, the answer the search would give.

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def needed_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of `pattern` holds; None when there are
    none to tell (a case-blind pattern, an optional or classed part)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _needed(_parser.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found else None


def may_match(literals: tuple[str, ...] | None, text: str) -> bool:
    """False when `text` holds none of a pattern's `needed_literals`: no match."""
    if literals is None:
        return True
    # a plain loop: asked hundreds of times an article, where a generator in `any`
    # costs more than the `in` tests it runs
    for literal in literals:  # noqa: SIM110
        if literal in text:
            return True
    return False


def _needed(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
    """The best set of literals (longest shortest one) of a sequence's parts."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _needed_of(op, av))
    return best


def _needed_of(op: object, av: object) -> frozenset[str] | None:
    """The literals a part other than a literal character needs, if any."""
    args: tuple[Any, ...] = av if isinstance(av, tuple) else ()
    if op is sre.SUBPATTERN:  # (group, added flags, removed flags, items)
        return None if args[1] & re.IGNORECASE else _needed(args[3])
    if op is sre.BRANCH:  # (None, alternatives): each needs one of its own
        parts = [_needed(alternative) for alternative in args[1]]
        return None if None in parts else frozenset().union(*parts)  # type: ignore[arg-type]
    if op in _REPEATS and args[0] >= 1:  # (min, max, items)
        return _needed(args[2])
    if op is sre.ATOMIC_GROUP:
        return _needed(av)  # type: ignore[arg-type]
    return None  # classes, anchors, look-arounds, back-references


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The set that skips more texts: the longer shortest literal, then fewer of them."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda words: (min(map(len, words)), -len(words)))
