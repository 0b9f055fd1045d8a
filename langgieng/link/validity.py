"""When an article was written, and which units existed then.

Units come and go (the 2025 merger; Huế a province-level city from 2025).
An article names a unit that existed when it was written, or an older one
in retrospect (`tỉnh Kiên Giang cũ` after 2025), never one created later:
`thành phố Huế` in 2010 is the city inside Thừa Thiên Huế, not `vn/hue`.
"""

from __future__ import annotations

from langgieng.link.offices import YEAR, date_range
from langgieng.model import Entity

# A change is announced before it takes effect: a unit may be named this many
# months before its `valid_from` (Huế's resolution came a month before the city).
ANNOUNCED_MONTHS = 3

Span = tuple[str, str]


def article_span(published: str | None, text: str) -> Span | None:
    """The days the article may have been written on: its (maybe partial)
    date, else the years its text writes, from the first to the last."""
    span = date_range(published)
    if span is not None:
        return span
    years = YEAR.findall(text)
    if not years:
        return None
    return f"{min(years)}-01-01", f"{max(years)}-12-31"


def not_yet(entity: Entity, span: Span | None) -> bool:
    """Whether the unit was created after the article's last possible day
    (and after what an announcement of it could name)."""
    if span is None or not entity.valid_from:
        return False
    return entity.valid_from[:10] > _plus_months(span[1], ANNOUNCED_MONTHS)


def current(entity: Entity, span: Span | None) -> bool:
    """Whether the unit existed during some day of the span."""
    if span is None:
        return True
    return (entity.valid_from or "")[:10] <= span[1] and (entity.valid_to or "9999")[:10] >= span[0]


def _plus_months(day: str, months: int) -> str:
    year, month = int(day[:4]), int(day[5:7]) + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}{day[7:10]}"
