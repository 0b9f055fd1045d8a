"""Numbers spelled in Vietnamese words: `sáu`, `mười hai`, `hai mươi lăm`,
`ba trăm linh năm`, `một nghìn hai trăm`. Values come from `data/scales.json`.

Spelling rules that keep common words from becoming numbers: `một` and `năm`
alone are the article "a" and the word "year"; after `mười`/`mươi` five is
`lăm` (so `mười năm` is ten years); `một trăm năm` is a hundred years (105 is
`một trăm linh năm`).
"""

from __future__ import annotations

import json
from pathlib import Path

_SCALES = json.loads((Path(__file__).with_name("data") / "scales.json").read_text("utf-8"))
SCALE_VALUES: dict[str, int] = {k.lower(): v for k, v in _SCALES["scales"].items()}
WORD_VALUES: dict[str, int] = {k.lower(): v for k, v in _SCALES["number_words"].items()}
_ALONE_NOT_NUMBERS = ("một", "năm", "mốt", "lăm", "tư")


def parse_words(tokens: list[str]) -> tuple[int, int] | None:
    """Value of the longest valid prefix of lower-case number words, and how many it used."""
    total, cur, last, used, value = 0, 0, "", 0, None
    for i, tok in enumerate(tokens):
        kind = _word_step(tok, cur, last)
        if kind is None:
            break
        tentative = kind == "unit" and last == "hundred"  # settled only by a following mươi
        cur, total, last = _apply(tok, kind, cur, total)
        if last != "linh" and not tentative:
            used, value = i + 1, total + cur
    if value is None or (used == 1 and tokens[0] in _ALONE_NOT_NUMBERS):
        return None
    return value, used


def _word_step(tok: str, cur: int, last: str) -> str | None:
    """The role `tok` plays after a word of role `last`, or None if it cannot follow."""
    open_slot = last in ("", "scale", "hundred", "linh")
    if tok in SCALE_VALUES:
        if tok == "trăm":
            return "hundred" if last == "unit" and cur % 10 > 0 else None
        return "scale" if last in ("unit", "ten", "tens", "hundred", "scale") else None
    if tok == "mười":
        return "ten" if open_slot else None
    if tok == "mươi":
        return "tens" if last == "unit" and cur % 10 >= 2 else None
    if tok in ("linh", "lẻ"):
        return "linh" if last == "hundred" else None
    if tok in ("mốt", "lăm", "nhăm", "tư"):
        return "unit" if last in ("ten", "tens") and not (tok == "mốt" and last == "ten") else None
    if tok == "năm":
        return "unit" if open_slot else None
    return "unit" if open_slot or last in ("ten", "tens") else None


def _apply(tok: str, kind: str, cur: int, total: int) -> tuple[int, int, str]:
    if kind == "unit":
        return cur + WORD_VALUES[tok], total, kind
    if kind == "ten":
        return cur + 10, total, kind
    if kind == "tens":
        unit = cur % 10
        return cur - unit + unit * 10, total, kind
    if kind == "hundred":
        unit = cur % 10
        return cur - unit + unit * 100, total, kind
    if kind == "scale":
        scale = SCALE_VALUES[tok]
        if cur == 0:  # "nghìn tỷ": the scale multiplies what came before
            return 0, total * scale, kind
        return 0, total + cur * scale, kind
    return cur, total, kind  # linh


