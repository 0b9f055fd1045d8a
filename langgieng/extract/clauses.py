"""Clauses, and whether one speaks of plans or of things to come.

A clause runs between sentence ends, semicolons and line breaks. Dates use
it twice: a publication year is never taken from a clause about plans
(`mục tiêu`, `phấn đấu`, `đến năm`), and a year-less date announced with
`sẽ`/`dự kiến` lies ahead of the article. Marker words are in
`data/dates.json`; they are scanned as literals, which keeps long texts fast.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from langgieng.extract.scanning import keyword_scanner

_VOCAB = json.loads((Path(__file__).with_name("data") / "dates.json").read_text(encoding="utf-8"))
_FUTURE = keyword_scanner(_VOCAB["future_markers"])  # literals: fast on long texts
_ANNOUNCE = keyword_scanner(_VOCAB["announce_markers"])
_PAST = keyword_scanner(_VOCAB["past_markers"])
_UPCOMING = keyword_scanner(_VOCAB["upcoming_markers"])  # `chuẩn bị`, `năm sau`
# `đã nỗ lực`, `đã phấn đấu`: an effort made, told as done, is no plan
_EFFORTS = frozenset(_VOCAB["effort_markers"])
_DONE = re.compile(r"(?<![^\W_])đã\s+$", re.IGNORECASE)
_PAST_REACH = 40  # `ngày 3/2 hai bên đã họp`: the verb just after the date
_CLAUSE_MARKS = ".!?;\n"
_CLAUSE_WINDOW = 400  # a clause is rarely longer; the window bounds the look-around


def has_future(text: str, lo: int, hi: int) -> bool:
    """A marker of plans (`sẽ`, `dự kiến`, `mục tiêu`...) as whole words in text[lo:hi],
    unless it is an effort told as done (`đội đã nỗ lực ... quy tập được 12 hài cốt`)."""
    return _last_word(_FUTURE, text, lo, hi, done_efforts=_EFFORTS) >= 0


def lies_ahead(text: str, pos: int) -> bool:
    """What the clause at `pos` names is still to come: the clause speaks of plans or of
    preparing it (`chuẩn bị ... tại Kỳ họp 47 ... vào đầu năm sau`)."""
    lo, hi = clause_bounds(text, pos)
    return has_future(text, lo, hi) or _last_word(_UPCOMING, text, lo, hi) >= 0


def announced(text: str, pos: int) -> bool:
    """`sẽ thăm ... từ ngày 10`: a tense marker earlier in the clause, and no `đã`
    after it up to just past the date (`Như dự kiến, ngày 3/2 hai bên đã họp`)."""
    start, end = clause_bounds(text, pos)
    marker = _last_word(_ANNOUNCE, text, start, pos)
    return marker >= 0 and _last_word(_PAST, text, marker, min(end, pos + _PAST_REACH)) < 0


def _last_word(scanner: re.Pattern[str], text: str, lo: int, hi: int,
               done_efforts: frozenset[str] = frozenset()) -> int:
    """End of the last whole-word match in text[lo:hi], or -1. A capitalised
    match inside a clause is a word of a name (`Bộ Kế hoạch và Đầu tư`), not a marker;
    nor is one of `done_efforts` after `đã` (an effort made)."""
    last = -1
    for m in scanner.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        if (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum()):
            if text[s].isupper() and _char_before(text, s) not in ("", *_CLAUSE_MARKS, ":"):
                continue
            if text[s:e].lower() in done_efforts and _DONE.search(text, max(lo, s - 12), s):
                continue
            last = e
    return last


def _char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is not a space ("" at the start)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around `pos`: between sentence ends, semicolons and line breaks.

    A dot ends a clause only before a space (`10.5`, `25.4` do not)."""
    lo, hi = max(0, pos - _CLAUSE_WINDOW), min(len(text), pos + _CLAUSE_WINDOW)
    start, i = lo, pos
    while (j := max(text.rfind(c, lo, i) for c in _CLAUSE_MARKS)) >= 0:
        if _ends_clause(text, j):
            start = j + 1
            break
        i = j
    end, i = hi, pos
    while (j := _next_mark(text, i, hi)) >= 0:
        if _ends_clause(text, j):
            end = j
            break
        i = j + 1
    return start, end


def _next_mark(text: str, i: int, hi: int) -> int:
    found = [k for c in _CLAUSE_MARKS if (k := text.find(c, i, hi)) >= 0]
    return min(found) if found else -1


def _ends_clause(text: str, i: int) -> bool:
    return text[i] == "\n" or i + 1 >= len(text) or text[i + 1].isspace()
