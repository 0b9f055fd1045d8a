"""Vietnamese quantities: `10,57 tỷ USD`, `1.850`, `gần 11%`, `sáu cột mốc`.

Vietnamese writes a decimal comma and a thousands dot (`1.234,5`). One
precompiled regex is tried where a number can start (see `scanning`); its
`skip` alternative swallows dates, times and ordinals (`24/6/1967`,
`năm 2014`, `lần thứ 12`, `Nghị định 15/2018`) so that their digits never
become quantities. `trên` is "over" only right before a sizeable figure
(`trên 300 doanh nghiệp`), not in `trên 2 tuyến đường` ("on").
A unit said once covers a range (`5-7%`), smaller scaled parts add up
(`1 tỷ 200 triệu`), and `22/28 cột mốc` is a count of a total. Vocabularies
live in `data/units.json` and `data/scales.json`; spelled numbers in
`number_words`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from langgieng.extract.number_words import SCALE_VALUES as _SCALE_VALUES
from langgieng.extract.number_words import WORD_VALUES as _WORD_VALUES
from langgieng.extract.number_words import parse_words
from langgieng.extract.scanning import keyword_scanner, scan
from langgieng.extract.scanning import literal_alternation as _alt
from langgieng.normalize import fold

_DATA = Path(__file__).with_name("data")
_UNITS = json.loads((_DATA / "units.json").read_text(encoding="utf-8"))
# the three countries' own money, kept in its currency where a figure is told in it
LOCAL_CURRENCIES = frozenset(_UNITS["local_currencies"])


@dataclass(slots=True, frozen=True)
class Quantity:
    start: int  # offsets of the quantity (qualifier, number, scale, unit) in the text given
    end: int
    value: float  # in base units: 10,57 tỷ USD -> 10_570_000_000
    unit: str | None  # ISO currency, "km", "ha", "%", "tấn", "times"...; None for a bare count
    qualifier: str | None  # "about", "over", "under" or None
    noun: str | None  # folded counted noun after a bare count: "du an", "cot moc", "nguoi"
    of: float | None = None  # the total of a progress count: 22/28 cột mốc -> 22 of 28


def _lower_map(mapping: dict[str, str | None]) -> dict[str, str | None]:
    return {k.lower(): v for k, v in mapping.items()}


_AFTER = _lower_map(_UNITS["currencies_after"] | _UNITS["units"])  # spelling -> unit
_BEFORE = _lower_map(_UNITS["currencies_before"])  # $5, US$ 3
_QUALIFIERS = _lower_map(_UNITS["qualifiers"])  # gần -> about
_NOUNS = [fold(n) for n in _UNITS["nouns"]]
_DATES = json.loads((_DATA / "dates.json").read_text(encoding="utf-8"))
_SCALES = json.loads((_DATA / "scales.json").read_text(encoding="utf-8"))
_MONTH_WORDS = _alt(_DATES["month_words"])
_DAY_WORDS = _alt(_UNITS["day_words"])
_DOCUMENT_WORDS = [w for w in _DATES["document_words"] if w != "số"]
_PLACE_QUALIFIERS: dict[str, float] = _UNITS["place_qualifiers"]

# Digits: thousands dots with optional decimal comma; English thousands commas
# (two or more groups, or with a decimal dot); plain digits with one separator.
_NUM = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)"
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![.,]?\d)"
    r"|\d{1,3}(?:,\d{3})+\.\d+(?![.,]?\d)"
    r"|\d+(?:[.,]\d+)?(?![.,]?\d)"
)
_WORD = _alt(_WORD_VALUES | _SCALE_VALUES)
_WORDSEQ = rf"\b(?:{_WORD})\b(?:\s+(?:{_WORD})\b)*"

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])(?![\d]|[.,]\d)"
_COUNTED = _alt(_UNITS["nouns"] + _UNITS["classifiers"])
# Things made of digits that are not quantities: dates, times, ordinals, labels.
_SKIP = "|".join(
    [
        rf"{_DAY}(?:\s*[-–]\s*{_DAY})?/{_MON}(?:/\d{{2,4}})?(?!\d)",  # 25/4, 23-24/4, 24/6/1967
        # 25 đến 26/2/2019, 9 và 10/1: a day range (but 12 đến 15/20 cột mốc is a count)
        rf"{_DAY}\s*(?:và|đến|tới)\s*(?:ngày\s+)?{_DAY}/{_MON}(?:/\d{{2,4}})?(?!\d)"
        rf"(?!\s+(?:{_COUNTED})\b)",
        rf"{_MON}/\d{{4}}(?!\d)",  # 10/2021
        r"\d{1,2}(?P<sep>[-.])\d{1,2}(?P=sep)\d{4}(?!\d)",  # 24-6-1967, 24.6.1967
        rf"\b(?:{_DAY_WORDS})\s+\d{{1,2}}(?:\s*[-–.]\s*\d{{1,2}})+(?!\d)",  # ngày 9-3, ngày 10.1
        r"\d{1,2}(?:\s*(?:[-–]|và|đến|tới)\s*(?:ngày\s+)?\d{1,2})?\s+tháng\s+"
        r"(?:\d|đầu|cuối|năm|" + _MONTH_WORDS + r")",
        # Nghị định 15/2018, Quyết định số 12/2019/QĐ-TTg, số 7/2020: document numbers
        rf"\b(?:{_alt(_DOCUMENT_WORDS)})\s+(?:số\s+\d+|\d+(?=/\d))(?:[/.-][^\W_]+)*",
        r"\bsố\s+\d+/(?:19|20)\d\d(?![\d.,])(?:[/-][^\W_]+)*",
        rf"\b(?:{_alt(_UNITS['label_words'])})"
        r"\s+\d+(?:[.,/-]\d+)*(?:\s*[-–]\s*\d{4})?",
        rf"\b(?:thứ|tháng|lần\s+thứ)\s+(?:{_WORDSEQ})",
        r"\d{1,2}\s*(?:h|giờ|:)\s*\d{2}(?!\d)",  # 8h30, 8:30
        r"\d{4}\s*[-–]\s*\d{4}(?!\d)",  # 2005-2014
        r"\d{4}-\d{2}-\d{2}(?!\d)",  # 2023-04-25
    ]
)
_MASTER = re.compile(
    rf"(?P<frac>\d{{1,5}}/\d{{1,5}}(?=\s+(?:{_COUNTED})\b))"  # 5/7 cột mốc: a count, not 5 July
    rf"|(?P<skip>{_SKIP})"
    rf"|(?<![\w.,])(?:(?P<q>{_alt(_QUALIFIERS)})[ \t\u00a0]+)?(?:(?P<pre>{_alt(_BEFORE)})\s?)?"
    rf"(?:(?P<num>{_NUM})|(?P<words>{_WORDSEQ}))",
    re.IGNORECASE,
)
# Number words that can open a spelled number; digits and $ are scanned anyway.
_BEFORE_SCALE = r"\s+(?i:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ)\b"  # một trăm, năm mươi
_SCANNER = keyword_scanner(
    (w for w in _WORD_VALUES if w not in ("mốt", "lăm", "nhăm", "linh", "lẻ", "tư", "mươi")),
    followed_by={"một": _BEFORE_SCALE, "năm": _BEFORE_SCALE},
)
_OPENERS = frozenset(
    token
    for phrase in [
        *_UNITS["label_words"], *_UNITS["day_words"], *_QUALIFIERS, *_BEFORE, *_DATES[
            "document_words"], "lần thứ"
    ]
    for token in phrase.split()
)
_TAIL_SCALE = re.compile(
    rf"\s*(?P<scale>(?:{_alt(_SCALE_VALUES)})(?:\s+(?:{_alt(_SCALE_VALUES)}))*)"
    # (or glued to its currency, as pages typeset it: `5,34 tỷUSD`)
    rf"(?:(?![^\W\d_])|(?=(?:{_alt(_AFTER)})(?![^\W\d_])))"
    rf"(?!\s+(?:{_alt(_SCALES['not_scale_before'])})\b)",
    re.IGNORECASE,
)
_TAIL_UNIT = re.compile(rf"\s*(?P<unit>{_alt(_AFTER)})(?![^\W\d_])", re.IGNORECASE)
_TAIL_NOUN = re.compile(
    rf"\s+(?:(?:{_alt(_UNITS['classifiers'])})\s+)?(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+")
_OF = re.compile(r"/(\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d/]|[.,]\d)")  # /136, /1.002
_COMPOUND = re.compile(r"\s+(?P<n>\d{1,3})(?=\s+\w)")
_RANGE = re.compile(rf"\s*(?:[-–]|đến|tới)\s*(?:{_NUM})", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
_YEAR = re.compile(r"(?:19|20)\d\d|2100")
_YEAR_BEFORE = re.compile(rf"\b(?:{_alt(_UNITS['year_prepositions'])})\s+$", re.IGNORECASE)


def _to_decimal(token: str) -> Decimal:
    t = token.strip()
    if not _NUMBER_TOKEN.fullmatch(t):
        raise ValueError(f"not a number: {token!r}")
    dots, commas = t.count("."), t.count(",")
    if dots and commas:  # the later separator is the decimal one
        dec = "." if t.rfind(".") > t.rfind(",") else ","
        t = t.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif dots > 1 or commas > 1:
        if any(len(group) != 3 for group in re.split(r"[.,]", t)[1:]):
            raise ValueError(f"not a number: {token!r}")
        t = t.replace(".", "").replace(",", "")
    elif dots:
        whole, frac = t.split(".")
        t = whole + frac if len(frac) == 3 and whole != "0" and len(whole) <= 3 else t
    elif commas:
        t = t.replace(",", ".")
    try:
        return Decimal(t)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the fullmatch above
        raise ValueError(f"not a number: {token!r}") from exc


def parse_number(token: str) -> float:
    """`10,57` -> 10.57, `1.850` -> 1850, `1.234,5` -> 1234.5, `1,850,000` -> 1850000.

    A single comma is always the Vietnamese decimal comma (`2,631 tỷ` is 2.631
    billion); a single dot followed by exactly three digits groups thousands.
    """
    return float(_to_decimal(token))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order; dates and ordinals are left out."""
    out: list[Quantity] = []
    for m in scan(_MASTER, _SCANNER, text, _OPENERS):
        if m.group("skip") is not None:
            continue
        quantity = _quantity(text, m)
        if quantity is not None and (not out or quantity.start >= out[-1].end):
            out.append(quantity)  # a unit or compound may reach past the scanner's match
    return out


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    if m.group("frac"):
        return _fraction(text, m)
    end, value = _base_value(m)
    if value is None:
        return None
    of = None
    of_m = _OF.match(text, end) if m.group("num") else None
    if of_m:  # 22/28: a progress count
        of, end = float(_to_decimal(of_m.group(1))), of_m.end()
    scale, unit, end = _scale_and_unit(text, end, bool(m.group("num")) and of is None)
    noun_at = end
    if unit is None and scale == 1:  # 5-7%, 3 đến 5 tỷ USD: the unit is said once, at the end
        scale, unit, noun_at = _range_end(text, end)
    value *= scale
    if scale > 1 and unit is None:  # 1 tỷ 200 triệu USD
        value, unit, end = _compound(text, end, value, scale)
        noun_at = end
    if m.group("pre"):
        unit = _BEFORE[m.group("pre").lower()]
    noun = _noun(text, noun_at) if unit is None else None
    if unit is None and scale == 1:
        token = m.group("num") or ""
        if noun and _ENGLISH_THOUSANDS.fullmatch(token):  # a count is whole: English 1,850
            value = Decimal(token.replace(",", ""))
        if _YEAR.fullmatch(token) and (
            not noun or _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            return None  # a year standing alone
    qual = _SPACE.sub(" ", m.group("q").lower()) if m.group("q") else None
    if qual in _PLACE_QUALIFIERS and unit is None and scale == 1:
        qual = qual if value >= _PLACE_QUALIFIERS[qual] else None  # trên 2 tuyến: "on"
    qualifier = _QUALIFIERS[qual] if qual else None
    start = m.start("num") if m.group("num") else m.start("words")
    if qualifier or m.group("pre"):
        start = m.start()
    return Quantity(start, end, float(value), unit, qualifier, noun, of)


def _scale_and_unit(text: str, end: int, scaled: bool) -> tuple[Decimal, str | None, int]:
    """Scale words and a unit after a number ending at `end`, and where they end."""
    scale = Decimal(1)
    scale_m = _TAIL_SCALE.match(text, end) if scaled else None
    if scale_m:
        for word in _SPACE.split(scale_m.group("scale").lower()):
            scale *= _SCALE_VALUES[word]
        end = scale_m.end()
    unit_m = _TAIL_UNIT.match(text, end)
    if not unit_m:
        return scale, None, end
    unit = _AFTER[_SPACE.sub(" ", unit_m.group("unit").lower())]
    return scale, str(unit), unit_m.end()


def _compound(
    text: str, end: int, value: Decimal, scale: Decimal
) -> tuple[Decimal, str | None, int]:
    """Add smaller scaled parts: `1 tỷ 200 triệu` is 1.2 billion."""
    unit = None
    while (part := _COMPOUND.match(text, end)) is not None:
        small, small_unit, small_end = _scale_and_unit(text, part.end("n"), True)
        if not 1 < small < scale:
            break
        value += _to_decimal(part.group("n")) * small
        scale, unit, end = small, small_unit, small_end
        if unit:
            break
    return value, unit, end


def _range_end(text: str, end: int) -> tuple[Decimal, str | None, int]:
    range_m = _RANGE.match(text, end)
    if range_m is None or text[range_m.end() : range_m.end() + 1] == "/":
        return Decimal(1), None, end
    return _scale_and_unit(text, range_m.end(), True)


def _fraction(text: str, m: re.Match[str]) -> Quantity:
    part, total = m.group("frac").split("/")
    noun = _noun(text, m.end())
    return Quantity(m.start(), m.end(), float(part), None, None, noun, float(total))


def _base_value(m: re.Match[str]) -> tuple[int, Decimal | None]:
    if m.group("num"):
        return m.end("num"), _to_decimal(m.group("num"))
    words = m.group("words").lower()
    tokens = words.split()
    parsed = parse_words(tokens)
    if parsed is None:
        return m.end(), None
    value, used = parsed
    if used == len(tokens):
        return m.end("words"), Decimal(value)
    ends = [token.end() for token in _TOKEN.finditer(words)]  # "hai năm": only "hai" counts
    return m.start("words") + ends[used - 1], Decimal(value)


def _noun(text: str, pos: int) -> str | None:
    m = _TAIL_NOUN.match(text, pos)
    if not m:
        return None
    words = fold(m.group("noun")).split()
    for size in (3, 2):
        if " ".join(words[:size]) in _NOUN_SET:
            return " ".join(words[:size])
    return words[0]


_NOUN_SET = frozenset(_NOUNS)
