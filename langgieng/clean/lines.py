"""One line of a page with the features furniture rules look at."""

from __future__ import annotations

import re
from dataclasses import dataclass

from langgieng.clean.text import search_form

_CLOSERS = "\"')]»"  # closing quotes and brackets after the final punctuation
_TERMINALS = frozenset(".!?…")
_CLAUSE_ENDS = frozenset(";:,")
_LIST_MARKERS = "*-+ "  # bullets before a line, ignored by vocabulary patterns
# Punctuation of the ASCII search form -> space; newlines kept to split lines again.
_PUNCTUATION_TO_SPACE = bytes.maketrans(
    bytes(range(128)),
    bytes(c if chr(c).isalnum() or c == 10 else 32 for c in range(128)),
)
_SPACE_RUNS = re.compile(b"  +")  # two literal spaces: much faster to find than " {2,}"
HEADING_MAX_WORDS = 25


@dataclass(slots=True)
class Line:
    text: str
    folded: str
    key: str  # folded, punctuation-free: what repetition compares
    words: int
    heading: bool  # short and without sentence punctuation at the end
    ellipsis: bool  # cut off with "..." / "…"
    body_like: bool  # a finished sentence of some length


def make_lines(texts: list[str]) -> list[Line]:
    """Lines with their features. The folded forms and keys are made for all
    lines at once, by whole-text operations, rather than line by line."""
    if not texts:
        return []
    folded_all = search_form("\n".join(texts))
    folded = folded_all.split("\n")
    keys = _keys(folded_all).split("\n")
    return [_line(*parts) for parts in zip(texts, folded, keys, strict=True)]


def _keys(folded: str) -> str:
    """`folded` without punctuation and with single spaces (still at line ends)."""
    key = folded.encode("ascii").translate(_PUNCTUATION_TO_SPACE)
    return _SPACE_RUNS.sub(b" ", key).decode("ascii")


def _line(text: str, folded: str, key: str) -> Line:
    words = text.count(" ") + 1
    end = text.rstrip(_CLOSERS)
    last = end[-1:]
    terminal = last in _TERMINALS
    ellipsis = last == "…" or end.endswith("...")
    return Line(
        text=text,
        folded=folded.lstrip(_LIST_MARKERS),
        key=key.strip(" "),
        words=words,
        heading=not terminal and last not in _CLAUSE_ENDS and words <= HEADING_MAX_WORDS,
        ellipsis=ellipsis,
        body_like=terminal and words >= 12 and not ellipsis,
    )


def line_key(text: str) -> str:
    """The `key` a line of this text would have."""
    folded = search_form(text).encode("ascii").translate(_PUNCTUATION_TO_SPACE)
    return " ".join(folded.decode("ascii").split())
