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
# Followed by a space within the paragraph. `[.!?…][.!?…]*`, not `[.!?…]+`: the
# engine then scans ahead for the class, twice as fast.
_END = re.compile(r"[.!?…][.!?…]*[\"')\]»]*(?=[^\S\n])")
_OPENERS = "\"'([«-—"
_TOKEN_TRIM = "\"'([«"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` (paragraphs separated by newlines), trimmed of spaces.

    One scan of the whole text, cheaper than one per paragraph, finds the
    candidate ends; each is judged within its own paragraph.
    """
    sentences: list[Sentence] = []
    begin = paragraph_start = 0  # of the current sentence and paragraph
    paragraph_end = _paragraph_end(text, 0)
    for match in _END.finditer(text):
        while match.start() > paragraph_end:  # past a paragraph break
            _add(text, begin, paragraph_end, sentences)
            begin = paragraph_start = paragraph_end + 1
            paragraph_end = _paragraph_end(text, begin)
        if _is_boundary(text, match, begin, paragraph_start, paragraph_end):
            _add(text, begin, match.end(), sentences)
            begin = match.end()
    _add(text, begin, paragraph_end, sentences)
    while paragraph_end < len(text):  # the paragraphs after the last candidate
        begin = paragraph_end + 1
        paragraph_end = _paragraph_end(text, begin)
        _add(text, begin, paragraph_end, sentences)
    return sentences


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _is_boundary(
    text: str, match: re.Match[str], begin: int, paragraph_start: int, paragraph_end: int
) -> bool:
    punct = match.group(0).rstrip("\"')]»")
    after = text[match.end() : paragraph_end].lstrip()
    if not after:
        return False
    if "…" in punct or punct.count(".") >= 3:
        return after[0].isupper()  # "du lịch… ngày càng" trails on; "... Ông" starts anew
    if not (after[0].isupper() or after[0].isdigit() or after[0] in _OPENERS):
        return False
    if punct.startswith("."):
        words = text[paragraph_start : match.start()].rsplit(None, 1)
        token = words[-1].lstrip(_TOKEN_TRIM) if words else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
            return False
        if token.isdigit() and not text[begin : match.start() - len(token)].strip():
            return False  # "1. " numbering a list item
    return True


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    piece = text[start:end].lstrip()
    if piece:
        start = end - len(piece)
        out.append(Sentence(start, start + len(piece.rstrip())))
