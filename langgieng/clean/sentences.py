"""Sentence boundaries in the clean text, as character offsets.

A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
followed by a space and a capital, digit or opening quote; never inside a
number (`10,57`, `1.850`, `24/6/1967`, `10.1` have no space after the
point), after an abbreviation (`TP.`, `ThS.`) or an initial (`V.`), nor at
an ellipsis unless a capital follows it. A paragraph break always ends a
sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from langgieng.model import Sentence

_DATA = json.loads((Path(__file__).with_name("sentences.json")).read_text(encoding="utf-8"))
_ABBREVIATIONS = frozenset(_DATA["abbreviations"])
_END = re.compile(r"[.!?…]+[\"')\]»]*(?=\s)")
_OPENERS = "\"'([«-—"
_TOKEN_TRIM = "\"'([«"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` (paragraphs separated by newlines), trimmed of spaces."""
    sentences: list[Sentence] = []
    start = 0
    for paragraph in text.split("\n"):
        _split_paragraph(paragraph, start, sentences)
        start += len(paragraph) + 1
    return sentences


def _split_paragraph(paragraph: str, offset: int, out: list[Sentence]) -> None:
    begin = 0
    for match in _END.finditer(paragraph):
        if _is_boundary(paragraph, match, begin):
            _add(paragraph, offset, begin, match.end(), out)
            begin = match.end()
    _add(paragraph, offset, begin, len(paragraph), out)


def _is_boundary(paragraph: str, match: re.Match[str], begin: int) -> bool:
    punct = match.group(0).rstrip("\"')]»")
    after = paragraph[match.end() :].lstrip()
    if not after:
        return False
    if "…" in punct or punct.count(".") >= 3:
        return after[0].isupper()  # "du lịch… ngày càng" trails on; "... Ông" starts anew
    if not (after[0].isupper() or after[0].isdigit() or after[0] in _OPENERS):
        return False
    if punct.startswith("."):
        words = paragraph[: match.start()].rsplit(None, 1)
        token = words[-1].lstrip(_TOKEN_TRIM) if words else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
            return False
        if token.isdigit() and not paragraph[begin : match.start() - len(token)].strip():
            return False  # "1. " numbering a list item
    return True


def _add(paragraph: str, offset: int, start: int, end: int, out: list[Sentence]) -> None:
    piece = paragraph[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(offset + start + lead, offset + start + lead + len(stripped)))
