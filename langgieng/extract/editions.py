"""Edition numbers of recurring meetings: `lần thứ 12`, `lần thứ VII`, `Kỳ họp lần thứ 20`,
`lần 13`, `Kỳ họp 44`, `vòng IV`, `thứ mười hai`, `khóa XIII`.

A bare `thứ N` is a weekday (`thứ 6`, `thứ Hai`) or a rank (`lớn thứ 3`), so it
counts only when an edition word comes before it (`lần`, `kỳ`, `phiên`,
`khóa`, `đợt`, `Hội nghị`) or when N is a spelled ordinal of ten or more.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from langgieng.extract.number_words import parse_words
from langgieng.extract.scanning import keyword_scanner, scan

_VOCAB = json.loads((Path(__file__).with_name("data") / "dates.json").read_text(encoding="utf-8"))
_SCALES = json.loads((Path(__file__).with_name("data") / "scales.json").read_text(encoding="utf-8"))
_ORDINAL_WORDS: dict[str, int] = _SCALES["ordinal_words"]
_ROMAN_VALUES: dict[str, int] = _SCALES["roman"]
_WORDS = sorted(set(_SCALES["number_words"]) | set(_ORDINAL_WORDS), key=len, reverse=True)
_WORD = "|".join(_WORDS)
_NUMBER = (
    rf"(?P<digits>\d{{1,3}})(?!\d)|(?-i:(?P<roman>[IVXLC]+))\b"
    rf"|(?P<words>(?:{_WORD})(?:\s+(?:{_WORD}))*)\b"
)
# longest first; `trong vòng 3 năm` (within three years) is no round of talks
_LEADS = "|".join(
    ("(?<!trong )" if w == "vòng" else "") + w.replace(" ", r"\s+")
    for w in sorted(_VOCAB["edition_words"], key=len, reverse=True)
)
_NOUNS = "|".join(n.replace(" ", r"\s+") for n in _VOCAB["edition_nouns"])
_EDITION = re.compile(
    rf"\b(?P<lead>(?:{_LEADS})\s+(?:thứ\s+)?|(?:{_NOUNS})\s+thứ\s+|thứ\s+)(?:{_NUMBER})",
    re.IGNORECASE,
)
_SCANNER = keyword_scanner(
    {w.split()[0] for w in _VOCAB["edition_words"] + _VOCAB["edition_nouns"]} | {"thứ"}
)


def roman_to_int(text: str) -> int | None:
    """`VII` -> 7, `XIII` -> 13; None when `text` is not a well-formed numeral."""
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total += -value if value < prev else value
        prev = max(prev, value)
    return total if total and _to_roman(total) == text.upper() else None


def _to_roman(n: int) -> str:
    out = ""
    for value, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                       (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _word_number(words: str, *, ordinal: bool) -> tuple[int, int] | None:
    """Value and character length of the ordinal words at the start of `words`."""
    tokens = words.split()
    first = tokens[0].lower()
    if ordinal and first in _ORDINAL_WORDS:  # thứ nhất, thứ nhì, thứ tư
        return _ORDINAL_WORDS[first], len(tokens[0])
    parsed = parse_words([t.lower() for t in tokens])
    if parsed is None:
        if ordinal and first in ("năm", "một"):  # lần thứ năm: after "thứ" it is 5
            return (5 if first == "năm" else 1), len(tokens[0])
        return None
    value, used = parsed
    return value, len(" ".join(tokens[:used]))


def find_editions(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each edition number, the span covering `lần thứ N`."""
    out: list[tuple[int, int, int]] = []
    for m in scan(_EDITION, _SCANNER, text, frozenset(), digits=False):
        lead = " ".join(m.group("lead").lower().split())
        bare = lead == "thứ"
        end = m.end()
        if m.group("digits"):
            number = int(m.group("digits"))
        elif m.group("roman"):
            number = roman_to_int(m.group("roman")) or 0
        else:
            parsed = _word_number(m.group("words"), ordinal="thứ" in lead)
            if parsed is None:
                continue
            number, length = parsed
            end = m.start("words") + length
        if number <= 0 or (bare and not (m.group("words") and number >= 10)):
            continue
        out.append((m.start(), end, number))
    return out


_NUMBER_BEFORE_NAME = 30  # `lần thứ 45 của Ủy ban liên Chính phủ`: number, then the name
_NUMBER_AFTER_NAME = 6  # `Hội nghị ... CLV lần thứ 11`: the name, then its number


def numbers_name(start: int, end: int, name_start: int, name_end: int) -> bool:
    """Whether the edition number at [start, end) is that of the series named at
    [name_start, name_end): right after the name, or a short way before it."""
    return (0 <= start - name_end <= _NUMBER_AFTER_NAME
            or 0 <= name_start - end <= _NUMBER_BEFORE_NAME)
