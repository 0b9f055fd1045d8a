"""Choosing which date mention of a sentence belongs to a fact, and date arithmetic."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from langgieng.extract.facts.context import Unit, cue_regex, vocabulary
from langgieng.extract.published import counted_anniversaries

_IND = vocabulary("indicators")
_COMPARISON = cue_regex(_IND["comparison"])
_TARGET = cue_regex(_IND["target_cues"])
_GLUE = re.compile(
    r"^[\s,(]*(?:(?:trong|vào|của|cả|tính|đến|năm|tới|hết)\s+)*[\s(]*$"
)
_CLAUSE_BREAK = re.compile(r"[;,]|\s(?:và|còn)\s")
# `ngay từ năm 2019` (as early as 2019) dates a figure: it starts no running total
_SINCE = re.compile(r"(?<![^\W_])(?<!ngay\s)(?:kể từ|từ|tính từ)\s+(?:năm|tháng|ngày)?")
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# `kỷ niệm 60 năm ... và 45 năm Ngày ký Hiệp ước`: the years since, right before the verb
_YEARS_SINCE = re.compile(r"(?<!\d)(\d{1,3})\s+năm\s+(?:ngày\s+)?$")


def is_since(unit: Unit, mention: Any) -> bool:
    """`kể từ năm 2001` (with no end) starts a running total; it is no period."""
    if getattr(mention, "end_value", None) or "/" in (getattr(mention, "period", None) or ""):
        return False  # a range, or a span of months (`từ đầu năm đến nay`)
    around = unit.low[max(0, mention.start - 8) : mention.start + 6]
    return bool(_SINCE.search(around))


def year_kept(unit: Unit, published: str | None) -> str | None:
    """The year the anniversaries of a sentence are kept: that of a known founding's
    anniversary listed there (`60 năm quan hệ ngoại giao Việt Nam - Lào` -> 2022),
    whatever year the report is of; else the report's."""
    kept = counted_anniversaries(unit.text)
    return str(kept[0]) if kept else published


def counted_back(low: str, verb: int, published: str | None) -> str | None:
    """The year an anniversary counts from (`45 năm Ngày ký ...` in an article of
    2022: 1977), for a verb at `verb`; None without the count or a published year."""
    count = years_since(low, verb)
    year = (published or "")[:4]
    if count is None or not year.isdigit():
        return None
    return str(int(year) - count)


def years_since(low: str, pos: int) -> int | None:
    """The count of years right before `pos` (`45 năm Ngày ký`, `60 năm Ngày thiết lập`)."""
    count = _YEARS_SINCE.search(low, max(0, pos - 16), pos)
    return int(count.group(1)) if count else None


def value_of(mention: Any) -> str | None:
    """The date's value as the contract wants it: a period when it is one."""
    return getattr(mention, "period", None) or mention.value


def is_full_day(value: str | None) -> bool:
    return bool(value and _FULL_DAY.match(value))


# a day, with its year or without (`2016-12-20`, `--12-20`); its month and day in groups
_DAY = re.compile(r"(?:\d{4}|-)-(\d{2})-(\d{2})")


def is_day(value: str | None) -> bool:
    """Whether the date names a day, in a known year or not."""
    return bool(value and _DAY.fullmatch(value))


def is_comparison(unit: Unit, mention: Any) -> bool:
    """`so với năm 2021` names the base of a comparison, not the period."""
    return bool(_COMPARISON.search(unit.low[max(0, mention.start - 12) : mention.start]))


def is_target_year(unit: Unit, lo: int, mention: Any) -> bool:
    """`đặt mục tiêu đưa kim ngạch lên 5 tỷ USD vào năm 2030`: the year a target
    is set for (a target cue, then a figure, then the date, from `lo` on)."""
    cues = [m.end() for m in _TARGET.finditer(unit.low, lo, mention.start)]
    return bool(cues) and any(cues[-1] <= q.start < mention.start for q in unit.quantities)


def adjacent_after(unit: Unit, pos: int, *, slack: int = 16) -> Any | None:
    """A date that directly follows `pos`, joined only by glue words (`trong năm`)."""
    for mention in unit.dates:
        if mention.start < pos:
            continue
        gap = unit.low[pos : mention.start]
        if len(gap) <= slack and _GLUE.match(gap) and not is_comparison(unit, mention):
            return mention
        return None
    return None


def clause_start(unit: Unit, pos: int) -> int:
    """Where the clause holding `pos` begins."""
    last = 0
    for match in _CLAUSE_BREAK.finditer(unit.low, 0, pos):
        last = match.end()
    return last


# `..., năm 2022 đạt 1,69 tỷ USD`: after a break, a date that its own verb and figure
# follow opens the next figure's clause
_OPENS_NEXT_FIGURE = re.compile(r"\s*,?\s*(?:đạt|lên|là|tăng|giảm)\s+(?:\D{0,12}?)\d")
_EXPLAINED = re.compile(r"\s*\(\s*(?:từ\s+)?")


def _opens_next_figure(unit: Unit, end: int, mention: Any) -> bool:
    """`1,64 tỷ USD, năm 2022 đạt 1,69 tỷ USD`: a date after a break that its own verb
    and figure follow is the next figure's."""
    return bool(_CLAUSE_BREAK.search(unit.low, end, mention.start)
                and _OPENS_NEXT_FIGURE.match(unit.low, mention.end))


def period_near(unit: Unit, start: int, end: int) -> Any | None:
    """The date a figure at [start, end) is stated for: one right after it,
    else the nearest before it in its clause, else the nearest before it in the
    sentence. Comparison bases are skipped."""
    after = adjacent_after(unit, end)
    if after is not None and not _opens_next_figure(unit, end, after):
        return after
    before = [m for m in unit.dates if m.end <= start and not is_comparison(unit, m)]
    if not before or is_since(unit, before[-1]):
        return None
    if len(before) > 1 and _EXPLAINED.fullmatch(unit.low[before[-2].end : before[-1].start]):
        # `mùa khô 2014-2015 (từ tháng 10-2014 đến tháng 7-2015)`: the bracket
        # explains the date before it, which is the one the text names
        return before[-2]
    return before[-1]


def first_after(unit: Unit, pos: int, hi: int | None = None) -> Any | None:
    for mention in unit.dates_in(pos, hi):
        if not is_comparison(unit, mention):
            return mention
    return None


def range_of(unit: Unit, mention: Any) -> tuple[str | None, str | None]:
    """Start and end of a date mention, joining `từ ngày A đến ngày B` when the
    finder gave them as two mentions."""
    start, end = mention.value, getattr(mention, "end_value", None)
    if end is None:
        following = [m for m in unit.dates if m.start >= mention.end]
        if following:
            gap = unit.low[mention.end : following[0].start]
            if _SPAN_GAP.fullmatch(gap):
                end = following[0].value
            elif _AND_GAP.fullmatch(gap) and _next_days(start, following[0].value):
                end = following[0].value  # `Chiều 18/12 và ngày 19/12`: two days running
    return start, end


_SPAN_GAP = re.compile(r"\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?")
_AND_GAP = re.compile(r"\s*và\s*(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s*)?")
_DAYS_RUNNING = 2  # `18/12 và 19/12`, `5 và 7/3`: one stay; a week apart is two happenings
_STAND_IN_YEAR = 2001  # the year a day written with none (`--12-18`) is read in


def _next_days(first: str | None, last: str | None) -> bool:
    """Whether `last` is a day or two after `first` (days of one year, or both of none)."""
    a, b = _as_day(first), _as_day(last)
    return a is not None and b is not None and 0 < (b - a).days <= _DAYS_RUNNING


def _as_day(value: str | None) -> date | None:
    """`2024-12-18` as a date; `--12-18` in the stand-in year, as `shift` reads it."""
    found = _DAY.fullmatch(value or "")
    if found is None or value is None:
        return None
    year = _STAND_IN_YEAR if value.startswith("--") else int(value[:4])
    try:
        return date(year, int(found.group(1)), int(found.group(2)))
    except ValueError:
        return None


def shift(value: str, days: int) -> str:
    """Move a `YYYY-MM-DD` or `--MM-DD` date by whole days."""
    if value.startswith("--"):
        moved = date(_STAND_IN_YEAR, int(value[2:4]), int(value[5:7])) + timedelta(days=days)
        return moved.strftime("--%m-%d")
    moved = date.fromisoformat(value) + timedelta(days=days)
    return moved.isoformat()


def month_of(value: Any) -> str | None:
    """`2023-09-17` -> `2023-09`; a day with no year, `--07-27` -> `--07`: the month a
    visit is told by (and matched on)."""
    if not isinstance(value, str):
        return None
    return value[:4] if value.startswith("--") else value[:7]


def later_than(value: str | None, reference: str | None) -> bool:
    """Whether `value` is after the article's date (both partial ISO dates)."""
    if not value or not reference or value.startswith("--"):
        return False
    size = min(len(value), len(reference))
    return value[:size] > reference[:size]
