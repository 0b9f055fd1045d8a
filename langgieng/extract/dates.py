"""Vietnamese dates, resolved against the article's publication date.

Forms: `ngày 24 tháng 6 năm 1967`, `24/6/1967`, `24-6-1967`, `Sáng 25/4`,
`23-24/4`, `từ ngày 23 tháng 12 đến ngày 24 tháng 12`, `tháng 10/2021`,
`(11/2022)`, `tháng 3.2017`, `ngày 10.1`, `Ngày 9-3`, `năm 2015`,
`cuối năm 2015`, `10 tháng đầu năm 2014`, `tháng Hai năm 2013`, `quý I/2023`,
`ngày 9 và 10 tháng 1`, `từ 25 đến 26/2/2019`, `tháng 6-7/2023`.
The forms are one precompiled regex (`date_forms`), tried where a date can
start; two neighbours joined by `đến`/`-` become one range. Not dates: a
document number (`Nghị định 12/2018`) and the stamp of a wire translated from
Chinese (`Hà Nội ngày 10 tháng 1 điện`), so the event's date that follows is
the first. A year-less date after `sẽ`/`dự kiến` in its clause is announced,
so it resolves forward from the reference. Vocabularies live in
`data/dates.json`.
Publication-date inference is in `langgieng.extract.published`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from langgieng.extract.clauses import announced
from langgieng.extract.date_forms import (
    OPENERS,
    PATTERN,
    SCANNER,
    Parts,
    int_of,
    parts_of,
)
from langgieng.extract.scanning import scan
from langgieng.model import Article


@dataclass(slots=True, frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO partial: "2023-04-25", "2021-10", "2024", "--08-06" with no known year
    end_value: str | None  # the end of a range (23-25/4/2023, từ ngày ... đến ngày ...)
    period: str | None  # the span a figure covers: "2014-01/2014-10", "2013", "2021-10"
    inferred_year: bool  # True when the year came from the reference date
    qualifier: str | None = None  # "start", "middle", "end" for đầu/giữa/cuối năm


_REFERENCE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# `... đến (ngày) 18-3-2006`: a full date's span starts at its digits, after `ngày`
_JOIN = re.compile(r"\s*(?:đến|tới|-|–|—)\s*(?:ngày\s+)?", re.IGNORECASE)


def _merge_ranges(text: str, parts: list[Parts]) -> list[Parts]:
    """`ngày 23 tháng 12 đến ngày 24 tháng 12`, `24/6/1967-24/6/2022`: one range."""
    out: list[Parts] = []
    for p in parts:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, p) and _JOIN.fullmatch(text, prev.end, p.start):
            out[-1] = replace(
                prev, end=p.end, m=prev.m or p.m, y=prev.y or p.y, d2=p.d, m2=p.m, y2=p.y
            )
        else:
            out.append(p)
    return out


def _joinable(first: Parts, second: Parts) -> bool:
    """Two single dates of the same precision (a bare `ngày 23` takes the second's month)."""
    single = all(
        x.d2 is None and x.y2 is None and x.span is None and x.relative is None
        for x in (first, second)
    )
    same_day = (first.d is None) == (second.d is None)
    bare_day = first.d is not None and first.m is None
    same_month = (first.m is None) == (second.m is None) or bare_day
    return single and same_day and same_month


def _parse_reference(reference: str | None) -> tuple[int, int | None, int | None] | None:
    if not reference:
        return None
    m = _REFERENCE.match(reference.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int_of(m, 2), int_of(m, 3)
    if month is not None and not _valid(day, month, year):
        return year, None, None  # a malformed month or day: keep the year only
    return year, month, day


def _valid(day: int | None, month: int | None, year: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return False
    limit = calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: leap
    return 1 <= day <= limit


def resolve(
    day: int | None,
    month: int | None,
    year: int | None,
    reference: str | None,
    *,
    future: bool = False,
) -> str | None:
    """The ISO partial date for the parts given, or None if they are not a date.

    With no year, the year comes from `reference` (the publication date): the
    same year, unless that puts the date more than ~6 months (183 days) after
    the reference, in which case the previous year. News mostly reports what
    has happened: `Sáng 25/4` in an article of 2023-01-10 is 2022-04-25, while
    `ngày 23/12` in an article of 2014-12-05 stays in 2014. A `future` date
    (`sẽ thăm ... từ ngày 10 tháng 4`) is announced before it happens: a month
    earlier than the reference's month is in the next year. Without a
    reference the result is `--MM-DD` (or `--MM`).
    """
    if not _valid(day, month, None):
        return None
    if year is None and month is not None:
        ref = _parse_reference(reference)
        if ref is not None:
            year = ref[0]
            if ref[1] is not None and future:
                year += 1 if month < ref[1] else 0
            elif ref[1] is not None:
                candidate = date(year, month, min(day or 1, 28))
                anchor = date(ref[0], ref[1], ref[2] or 15)
                if (candidate - anchor).days > 183:
                    year -= 1
    if not _valid(day, month, year):
        return None
    if year is None:
        if month is None:
            return None
        return f"--{month:02d}-{day:02d}" if day is not None else f"--{month:02d}"
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _mention(p: Parts, reference: str | None, future: bool = False) -> DateMention | None:
    inferred = False
    if p.relative is not None:  # năm nay, năm ngoái: the reference's year, shifted
        ref = _parse_reference(reference)
        if ref is None:
            return None
        p, inferred = replace(p, y=ref[0] + p.relative), True
        if p.span is not None and ref[1] is not None:
            p = _span_to_reference(p, ref[1])
        if p.in_its_month and ref[1] is not None:
            p = replace(p, m=ref[1])
        elif p.span is None:
            year = f"{p.y:04d}"
            period = None if p.qualifier else year
            return DateMention(p.start, p.end, year, None, period, True, p.qualifier)
    if p.lone:  # `ngày 27`: the reference's month, else no date
        ref = _parse_reference(reference)
        if ref is None or ref[1] is None:
            return None
        p, inferred = replace(p, m=ref[1], y=ref[0]), True
    if p.span is not None:
        if p.y is None:
            return None
        first, last = p.span
        if p.relative is None and last == 0:  # `từ đầu năm 2023 đến nay`
            ref = _parse_reference(reference)
            if ref is None or ref[1] is None or ref[0] != p.y:
                return DateMention(p.start, p.end, f"{p.y:04d}", None, None, inferred)
            last = ref[1]
        period = f"{p.y:04d}-{first:02d}" + (f"/{p.y:04d}-{last:02d}" if last != first else "")
        return DateMention(p.start, p.end, f"{p.y:04d}", None, period, inferred)
    value = resolve(p.d, p.m, p.y, reference, future=future)
    if value is None:
        return None
    end_value = None
    if p.d2 is not None or p.y2 is not None or p.m2 is not None:
        end_value = resolve(p.d2, p.m2 or p.m, _end_year(p, _year_of(value)), None)
        if end_value is None:
            return None
    inferred = p.lone or (p.y is None and not value.startswith("--"))
    period = value if p.d is None and p.qualifier is None and p.y is not None else None
    if period and end_value:
        period = f"{value}/{end_value}"
    elif p.d is None and p.qualifier is None and end_value and not value.startswith("--"):
        period = f"{value}/{end_value}"  # `từ tháng 1 đến tháng 9`: months of the report's year
    return DateMention(p.start, p.end, value, end_value, period, inferred, p.qualifier)


def _span_to_reference(p: Parts, month: int) -> Parts:
    """A span of the report's year read against its month: `từ đầu năm đến nay`
    ends with it, and a quarter not yet begun (`quý IV` in February) is last year's."""
    assert p.span is not None and p.y is not None
    first, last = p.span
    if last == 0:
        return replace(p, span=(first, month))
    if p.relative == 0 and first > month:
        return replace(p, y=p.y - 1)
    return p


def _end_year(p: Parts, start_year: int | None) -> int | None:
    if p.y2 is not None or start_year is None:
        return p.y2
    wraps = p.m2 is not None and p.m is not None and p.m2 < p.m  # 28/12 đến 2/1
    return start_year + 1 if wraps else start_year


def _year_of(value: str) -> int | None:
    return None if value.startswith("--") else int(value[:4])


@lru_cache(maxsize=8)
def date_parts(text: str) -> tuple[Parts, ...]:
    """The dates written in `text`, before missing years are filled in. Kept for
    the last few texts: publication inference and the sentence contexts of the
    article being processed read the same scan."""
    parts = [p for m in scan(PATTERN, SCANNER, text, OPENERS) if (p := parts_of(m)) is not None]
    return tuple(_same_days(_merge_ranges(text, parts)))


def _same_days(parts: list[Parts]) -> list[Parts]:
    """`Ngày 29/9, ... . Chiều cùng ngày, ...`: `cùng ngày` is the day told last before
    it (the first of a span's days); with none before, no date."""
    out: list[Parts] = []
    last: Parts | None = None
    for p in parts:
        if p.same_day:
            if last is not None:
                out.append(Parts(p.start, p.end, last.d, last.m, last.y))
            continue
        if p.d is not None and p.m is not None and not p.lone:
            last = p
        out.append(p)
    return out


def find_dates(text: str, *, reference: str | None = None) -> list[DateMention]:
    """Every date in `text`, in order; years missing from a date come from `reference`."""
    return resolve_dates(text, date_parts(text), reference)


def resolve_dates(
    text: str, parts: Iterable[Parts], reference: str | None
) -> list[DateMention]:
    """The dates of `parts` (offsets into `text`), their years filled in from `reference`."""
    out: list[DateMention] = []
    for p in parts:
        future = False
        if reference and p.y is None and p.m is not None:  # only year-less dates care
            future = announced(text, p.start)  # sẽ thăm ... từ ngày 10 tháng 4
        mention = _mention(p, reference, future)
        if mention is not None:
            out.append(mention)
    return out


def infer_published(article: Article) -> Article:
    """Set `article.published` from the text when the input did not give it."""
    from langgieng.extract.published import infer_published as infer

    return infer(article)
