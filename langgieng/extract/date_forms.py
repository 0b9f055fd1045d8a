"""The written forms of Vietnamese dates, as one regex, and their parts.

`find_dates` (in `dates`) turns the parts into ISO dates. Month names, day
words, count words and relative years come from `data/dates.json`; counted
nouns (a `5/7` before `cột mốc` is a count, not a day) from `data/units.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from langgieng.extract.scanning import keyword_scanner
from langgieng.extract.scanning import literal_alternation as _alt

_VOCAB = json.loads((Path(__file__).with_name("data") / "dates.json").read_text(encoding="utf-8"))
_MONTH_WORDS: dict[str, int] = _VOCAB["month_words"]
_COUNT_WORDS: dict[str, int] = _VOCAB["count_words"]
_RELATIVE: dict[str, int] = _VOCAB["relative_years"]
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_UNITS = json.loads((Path(__file__).with_name("data") / "units.json").read_text(encoding="utf-8"))


_CTX = rf"(?:(?:{_alt(_VOCAB['day_words'])})\s+(?:ngày\s+)?)"
# Lower-case "năm" after "tháng" reads "months and years"; only "Năm" is May.
_MONTH_WORD = rf"(?:{_alt(w for w in _MONTH_WORDS if w != 'năm')}|(?-i:Năm|NĂM))\b"
_MONTH = rf"(?:\d{{1,2}}(?!\d)|{_MONTH_WORD})"
_YEAR_TAIL = r"(?:\s*,?\s*(?:năm\s+|[/.-]\s*)(?P<{0}>\d{{4}})(?!\d))?"  # tháng 6-2023
_D = r"(?<![\d.,/])\d{1,2}(?!\d)"
_COUNTED = _alt(_UNITS["nouns"] + _UNITS["classifiers"])

_PATTERNS = {
    # 10 tháng đầu năm 2014, 6 tháng cuối năm 2014, 9 tháng năm 2014, nửa đầu năm 2019,
    # 6 tháng đầu năm nay, 6 tháng đầu năm, 9 tháng qua (the year of the report)
    "span": rf"(?:(?<![\d.,])(?P<s_n>\d{{1,2}}|{_alt(_COUNT_WORDS)})\s+tháng\s+"
    r"(?:(?P<s_w>đầu|cuối)\s+)?|nửa\s+(?P<s_h>đầu|cuối)\s+"
    # `trong tháng đầu năm 2024`: one month, January (not `những tháng đầu năm`)
    r"|(?<!những\s)(?<!các\s)(?<!mấy\s)(?<![\d\w])(?P<s_one>tháng)\s+(?P<s_w1>đầu)\s+"
    r"(?=năm\s+\d))"
    rf"(?:năm(?:\s+(?:(?P<s_y>\d{{4}})(?!\d)|(?P<s_r>{_alt(_RELATIVE)})\b))?"
    r"|(?(s_w)(?P<s_y2>\d{4})(?!\d)|(?!))"  # `7 tháng đầu 2025`: năm left out
    r"|(?(s_n)(?P<s_past>qua)|(?!)))(?![^\W_])",  # `9 tháng qua`: the report's year so far
    # từ đầu năm (2023) đến nay: January to the report's month
    "since_start": r"từ\s+đầu\s+năm(?:\s+(?P<ss_y>\d{4})(?!\d))?(?=\s*(?:đến|tới)\s+nay)",
    # ngày 24 tháng 6 năm 1967, 23-25 tháng 4, ngày 6 tháng 8
    "text": rf"(?P<t_ctx>{_CTX})?(?P<t_d>{_D})(?:\s*(?:[-–]|và)\s*(?P<t_d2>{_D}))?\s+tháng\s+"
    rf"(?P<t_m>{_MONTH})" + _YEAR_TAIL.format("t_y"),
    # lần thứ 8 (2014): a session's year in brackets after its number (checked in parts_of)
    "bracket_year": r"(?<=\()(?P<by_y>(?:19|20)\d\d)(?=\))",
    # 10/2021, (11/2022)
    "month_year": r"(?<![\d.,/-])(?P<my_m>\d{1,2})/(?P<my_y>\d{4})(?![\d/])",
    # 25/4, 23-24/4, 24/6/1967, 23-25/4/2023, Sáng 25/4
    # (hai ngày 13, 14/9: two days listed after a day word; `lần thứ 5, 14/9` is no range)
    "slash": rf"(?P<n_ctx>{_CTX})?(?P<n_d>{_D})"
    rf"(?:\s*(?:[-–]|và|(?(n_ctx),|(?!)))\s*(?P<n_d2>{_D}))?/(?P<n_m>\d{{1,2}})"
    # a year settles it; without one, 5/7 before "cột mốc" is a count, not a day
    rf"(?:/(?P<n_y>\d{{4}}|\d{{2}})(?![\d/])|(?![\d/])(?!\s+(?:{_COUNTED})\b))",
    # 2023-04-25 (ISO, as in metadata lines)
    "iso": r"(?<![\d.,/-])(?P<i_y>\d{4})-(?P<i_m>\d{2})-(?P<i_d>\d{2})(?![\d/-])",
    # 24-6-1967, 24.6.1967 (and `24-6- 1967`, a space slipped in before the year)
    "full": r"(?<![\d.,/-])(?P<f_d>\d{1,2})(?P<f_sep>[-.])(?P<f_m>\d{1,2})(?P=f_sep)"
    r"(?:(?P<f_y>\d{4})|\s(?=(?:19|20)\d\d)(?P<f_y2>\d{4}))(?!\d)",
    # thăm Lào từ 11 - 12.1: two days and a month after a point, unless a sum follows
    # (`từ 25 - 26.5 triệu USD`)
    "from_days": rf"(?<![^\W_])từ\s+(?P<fd_d>{_D})\s*[-–]\s*(?P<fd_d2>{_D})\.(?P<fd_m>\d{{1,2}})"
    rf"(?![\d.,/-]\d|\d)(?!\s*(?:{_COUNTED}|triệu|tỷ|tỉ|nghìn|ngàn|%)(?![^\W_]))",
    # Ngày 9-3, ngày 10.1: only after a day word, else 10.1 is a number
    # (hai) ngày 6 và 7-3: two days of one month; ngày 10 - 13.9, ngày 18 - 20-8: a
    # hyphen joins the days when a point or another hyphen parts the month
    "context": rf"(?P<c_ctx>{_CTX})(?P<c_d>{_D})"
    rf"(?:\s*(?:–|và|-(?=\s*\d{{1,2}}\.\d)|-(?=\s*\d{{1,2}}\s*-\s*\d{{1,2}}(?![\d.,/-]\d|\d)))"
    rf"\s*(?P<c_d2>{_D}))?"
    r"\s*[-.]\s*(?P<c_m>\d{1,2})(?![\d.,/-]\d|\d|[-.]\s(?:19|20)\d\d)",
    # (từ ngày 26) đến 27-1: the day and month closing a range of days
    "range_end": r"(?:(?<=ngày\s\d\s)|(?<=ngày\s\d\d\s))(?:đến|tới)\s+(?P<r_d>\d{1,2})"
    r"\s*[-.]\s*(?P<r_m>\d{1,2})(?![\d.,/-]\d|\d)",
    # ngày 23 (đến ngày 25/4): a bare day only when a range follows
    # (a point before the month only after `ngày`: `từ 25 đến 26.5 triệu` is a sum)
    "day": r"(?P<d_ctx>(?:(?P<d_ng>ngày)|từ)\s+)(?P<d_d>\d{1,2})"  # also: từ 25 đến 26/2/2019
    r"(?![-.]\d{1,2}[-.]\s?\d{4})(?=\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?\d{1,2}(?!\d)\s*(?:[/-]?\s*(?:tháng|\d)"
    r"|(?(d_ng)\.\d{1,2}(?:\.\d{4})?(?![\d,]|\.\d)|(?!))))",
    # tháng 10/2021, tháng 3.2017, tháng 12 năm 2011, tháng Hai năm 2013, đầu tháng 8,
    # tháng 6-7/2023, tháng 11 và 12/2023 (month ranges; tháng 6-2023 is June 2023)
    "month": r"(?:(?P<m_q>đầu|cuối|giữa)\s+)?tháng\s+(?P<m_m>" + _MONTH + ")"
    r"(?:\s*(?:[-–]|và)\s*(?P<m_m2>\d{1,2})(?![\d.]|,\d))?" + _YEAR_TAIL.format("m_y"),
    # quý I/2023, quý 2 năm 2023
    "quarter": r"quý\s+(?P<q_q>IV|I{1,3}|[1-4])\b(?:\s*(?:[/.-]|năm)\s*(?P<q_y>\d{4})(?!\d))?",
    # năm nay, năm ngoái, năm tới: only with a reference
    # (not `những năm tới`, `các năm tới`: the coming years, no year in particular)
    "relative": rf"(?<!những\s)(?<!các\s)(?:(?P<r_q>đầu|cuối|giữa|hết)\s+)?năm\s+"
    rf"(?P<r_w>{_alt(_RELATIVE)})\b",
    # cách đây 2 năm: years before the reference's; `đúng` (exactly): in its month too
    "ago": rf"cách\s+đây\s+(?P<a_exact>đúng\s+)?(?P<a_n>\d{{1,2}}|{_alt(_COUNT_WORDS)})\s+năm"
    r"(?![^\W_])",
    # ngày 27 (no month): the month of the reference (the dateline's), when it has one
    "lone_day": r"(?P<l_ctx>(?:ngày|hôm)\s+)(?P<l_d>\d{1,2})(?![\d/\-–]|[.,]\d)"
    r"(?!\s*(?:tháng|giờ|đến|tới|-|–|và|ngày|năm|người|lần)(?![^\W_]))",
    # (chiều) cùng ngày: the day told last before it (see dates._same_days)
    "same_day": r"(?<![^\W_])cùng\s+ngày(?![^\W_])(?!\s*(?:\d|hôm\s+nay|với))",
    # năm 2015, cuối năm 2015, giai đoạn 2016-2020
    # mùa khô 2014 - 2015 (a dry season, when remains are searched for), and the
    # years in brackets after `nay`: mùa khô năm nay (2012-2013); a span of years in
    # brackets after its length or kind: 5 năm qua (2016-2020), giai đoạn (2016 - 2020)
    "year": r"(?:(?P<y_q>đầu|cuối|giữa|hết)\s+)?"
    r"(?:năm|giai\s+đoạn|niên\s+khóa|mùa\s+(?:khô|mưa)(?:\s+năm)?)"
    r"(?:\s+(?:nay|qua)\s*\(\s*|\s*\(\s*(?=\d{4}\s*[-–]\s*\d{4}\s*\))|\s+)"
    r"(?P<y_y>\d{4})(?:\s*[-–]\s*(?P<y_y2>\d{4}))?(?![\d/])",
}
PATTERN = re.compile(
    "|".join(rf"(?P<{name}>{pattern})" for name, pattern in _PATTERNS.items()), re.IGNORECASE
)
SCANNER = keyword_scanner(["tháng", "năm", "quý", "giai", "niên", "ngày", "mùa", "cách"])
OPENERS = frozenset(
    token
    for phrase in [*_VOCAB["day_words"], *_COUNT_WORDS, *_VOCAB["year_qualifiers"],
                   "ngày", "từ", "nửa", "đến", "tới", "cùng"]
    for token in phrase.split()
)
_YEAR_QUALIFIERS = {"đầu": "start", "cuối": "end", "giữa": "middle", "hết": "end"}
# Nghị định 15/2018, Quyết định số 12/2019: a document number just before the match.
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{_alt(_VOCAB['document_words'])})\s*$", re.IGNORECASE)
# Hà Nội ngày 10 tháng 1 điện: a wire dispatch stamp, not the event's date.
_DISPATCH_AFTER = re.compile(rf"\s+(?:{_alt(_VOCAB['dispatch_words'])})\b", re.IGNORECASE)


_NUMBERED = frozenset({"month_year", "slash", "full"})
_EDITION_BEFORE = re.compile(r"(?<![^\W_])(?:lần|kỳ)\s+thứ\s*$", re.IGNORECASE)
_EDITION_BRACKET = re.compile(r"(?<![^\W_])(?:lần|kỳ)\s+thứ\s+[\w]{1,8}\s*\($", re.IGNORECASE)


@dataclass(slots=True)
class Parts:
    """A date as written, before its year is resolved."""

    start: int
    end: int
    d: int | None
    m: int | None
    y: int | None
    d2: int | None = None
    m2: int | None = None
    y2: int | None = None
    span: tuple[int, int] | None = None  # months m..m2 a figure covers
    qualifier: str | None = None
    relative: int | None = None  # years after the reference's year: năm ngoái -> -1
    lone: bool = False  # a day with no month: `ngày 27`
    in_its_month: bool = False  # a relative year in the reference's month: `cách đây đúng 1 năm`
    same_day: bool = False  # `cùng ngày`: the day told last, once the text's dates are known

    def moved_back(self, by: int) -> Parts:
        """The same date with offsets `by` smaller (`dataclasses.replace` is slow)."""
        return Parts(self.start - by, self.end - by, self.d, self.m, self.y, self.d2, self.m2,
                     self.y2, self.span, self.qualifier, self.relative, self.lone,
                     self.in_its_month, self.same_day)


def count_value(number: str) -> int:
    """`9` or `chín` (a count of months or years) as a number."""
    return int(number) if number.isdigit() else _COUNT_WORDS[" ".join(number.lower().split())]


def int_of(m: re.Match[str], name: str | int) -> int | None:
    text = m.group(name)
    return int(text) if text else None


def _month(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else _MONTH_WORDS.get(" ".join(text.lower().split()))


def is_dispatch(m: re.Match[str]) -> bool:
    """`ngày 10 tháng 1 điện`: the stamp of a wire translated from Chinese."""
    return m.lastgroup == "text" and dispatch_follows(m.string, m.end())


def dispatch_follows(text: str, pos: int) -> bool:
    """`điện` then a new sentence (`điện Thủ tướng`, `điện (phóng viên)`), not `điện lực`."""
    word = _DISPATCH_AFTER.match(text, pos)
    if word is None:
        return False
    rest = text[word.end() : word.end() + 4].lstrip()
    return not rest or rest[0].isupper() or rest[0] in "(,:-–—"


def parts_of(m: re.Match[str]) -> Parts | None:
    kind = m.lastgroup or ""
    s, e = m.start(), m.end()
    if kind in _NUMBERED and _DOCUMENT_BEFORE.search(m.string, max(0, s - 24), s):
        return None  # Nghị định 15/2018 is a document, not a date
    if is_dispatch(m):
        return None
    if kind == "span":
        # (`nửa`: a half year)
        count = count_value(m.group("s_n") or ("1" if m.group("s_one") else "6"))
        if not 1 <= count <= 12:
            return None
        which = (m.group("s_w") or m.group("s_w1") or m.group("s_h") or m.group("s_past") and "đầu"
                 or "").lower()
        months = (13 - count, 12) if which == "cuối" else (1, count)
        year, said = int_of(m, "s_y") or int_of(m, "s_y2"), m.group("s_r")
        if year is None and said is None and not which:
            return None  # `9 tháng năm`: no year, no `đầu`: not a span
        # no year written: the report's (`relative` 0, as `năm nay`)
        relative = _RELATIVE[said.lower()] if said else None if year else 0
        return Parts(s, e, None, None, year, span=months, relative=relative)
    if kind == "since_start":  # the span's end, 0, is the report's month
        year = int_of(m, "ss_y")
        return Parts(s, e, None, None, year, span=(1, 0), relative=None if year else 0)
    if kind == "text":
        if not m.group("t_m").isdigit() and not m.group("t_ctx"):
            return None  # "3 tháng hai bên": a word month needs "ngày" before it
        return Parts(s, e, int_of(m, "t_d"), _month(m.group("t_m")), int_of(m, "t_y"),
                      d2=int_of(m, "t_d2"))
    if kind == "bracket_year":
        return Parts(s, e, None, None, int_of(m, "by_y")) if _EDITION_BRACKET.search(
            m.string, max(0, s - 24), s) else None
    if kind == "month_year":
        if _EDITION_BEFORE.search(m.string, max(0, s - 12), s):
            # `lần thứ 10/2015`: the tenth session, of 2015
            return Parts(m.start("my_y"), e, None, None, int_of(m, "my_y"))
        return Parts(s, e, None, int_of(m, "my_m"), int_of(m, "my_y"))
    if kind == "slash":
        short = int_of(m, "n_y")
        if short is not None and short < 100:  # 25/4/23
            short += 2000 if short < 50 else 1900
        return Parts(s, e, int_of(m, "n_d"), int_of(m, "n_m"), short, d2=int_of(m, "n_d2"))
    if kind == "iso":
        return Parts(s, e, int_of(m, "i_d"), int_of(m, "i_m"), int_of(m, "i_y"))
    if kind == "full":
        year = int_of(m, "f_y") or int_of(m, "f_y2")
        return Parts(s, e, int_of(m, "f_d"), int_of(m, "f_m"), year)
    if kind == "from_days":  # `từ` is not part of the date
        return Parts(m.start("fd_d"), e, int_of(m, "fd_d"), int_of(m, "fd_m"), None,
                     d2=int_of(m, "fd_d2"))
    if kind == "context":
        return Parts(s, e, int_of(m, "c_d"), int_of(m, "c_m"), None, d2=int_of(m, "c_d2"))
    if kind == "range_end":  # `đến` is not part of the date
        return Parts(m.start("r_d"), e, int_of(m, "r_d"), int_of(m, "r_m"), None)
    if kind == "day":  # `từ` is not part of the date
        start = s if m.group("d_ctx").lower().startswith("ngày") else m.start("d_d")
        return Parts(start, e, int_of(m, "d_d"), None, None)
    if kind == "lone_day":
        return Parts(s, e, int_of(m, "l_d"), None, None, lone=True)
    if kind == "month":
        q = _YEAR_QUALIFIERS.get((m.group("m_q") or "").lower())
        first, last = _month(m.group("m_m")), int_of(m, "m_m2")
        if last is not None and (first is None or not first < last <= 12):
            last = None  # tháng 6-7/2023 only when the second month is later
        return Parts(s, e, None, first, int_of(m, "m_y"), m2=last, qualifier=q)
    if kind == "quarter":
        q = m.group("q_q").lower()
        quarter = int(q) if q.isdigit() else _ROMAN[q]
        year = int_of(m, "q_y")  # none written: the report's (see dates._span_to_reference)
        return Parts(s, e, None, None, year, span=(quarter * 3 - 2, quarter * 3),
                     relative=None if year else 0)
    if kind == "ago":
        return Parts(s, e, None, None, None, relative=-count_value(m.group("a_n")),
                     in_its_month=bool(m.group("a_exact")))
    if kind == "same_day":
        return Parts(s, e, None, None, None, same_day=True)
    if kind == "relative":
        q = _YEAR_QUALIFIERS.get((m.group("r_q") or "").lower())
        offset = _RELATIVE[m.group("r_w").lower()]
        return Parts(s, e, None, None, None, qualifier=q, relative=offset)
    q = _YEAR_QUALIFIERS.get((m.group("y_q") or "").lower())
    return Parts(s, e, None, None, int_of(m, "y_y"), y2=int_of(m, "y_y2"), qualifier=q)
