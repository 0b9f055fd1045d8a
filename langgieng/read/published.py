"""A publication date as inputs give it -> ISO (YYYY-MM-DD, YYYY-MM or YYYY)."""

from __future__ import annotations

import re
from datetime import date

# 2023-04-25, 2023/4/25, 2023-04-25T08:30:00+07:00, 20230425
_YMD = re.compile(r"(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?![\d])")
# 25/04/2023, 25-4-2023, 25.04.2023 (Vietnamese day-first order)
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_YM = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[-/](\d{4})$")
_Y = re.compile(r"^(\d{4})$")
# a year as the text names it: 2013, not part of 12.2013 figures or of a longer number
_ANY_YEAR = re.compile(r"(?<![\d.,])((?:19[4-9]|20[0-4])\d)(?!\d|[.,]\d)")
YEARS_AFTER_TEXT = 2  # a page date this many years after every year the text names


def years_named(text: str) -> list[int]:
    """Every year the text names."""
    return [int(y) for y in _ANY_YEAR.findall(text)]


def long_after_text(published: str, text: str) -> bool:
    """Whether a page's date is years after every year the text names: the date it was
    shown (a header's clock, a reprint), not the date it was written."""
    years = years_named(text)
    return bool(years) and int(published[:4]) - max(years) >= YEARS_AFTER_TEXT


def iso_date(value: object) -> str | None:
    """ISO form of `value`, or None when it is not a recognisable date."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    for pattern, order in ((_DMY, (3, 2, 1)), (_YMD, (1, 2, 3))):
        match = pattern.search(text)
        if match:
            found = _full(*(int(match.group(i)) for i in order))
            if found:
                return found
    return _partial(text)


def _full(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _partial(text: str) -> str | None:
    for pattern, year_first in ((_YM, True), (_MY, False)):
        match = pattern.match(text)
        if match:
            year, month = (match.group(1), match.group(2))
            if not year_first:
                month, year = year, month
            if 1 <= int(month) <= 12:
                return f"{int(year):04d}-{int(month):02d}"
            return None
    match = _Y.match(text)
    return match.group(1) if match else None
