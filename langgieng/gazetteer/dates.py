"""Partial ISO dates as periods: `2012` is the whole year, `2012-03` the
whole month. Comparisons are on zero-padded ISO strings, which sort like dates."""

from __future__ import annotations

_MONTH_END = {"02": "29", "04": "30", "06": "30", "09": "30", "11": "30"}


def first_day(date: str) -> str:
    """The first day a (partial) date can mean."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return date


def last_day(date: str) -> str:
    """The last day a (partial) date can mean (Feb counts 29 days: order is all that matters)."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-{_MONTH_END.get(parts[1], '31')}"
    return date


def _days(iso: str) -> int:
    year, month, day = (int(p) for p in iso.split("-"))
    return year * 372 + month * 31 + day  # a monotone day count; enough to rank overlaps


def overlap(start: str | None, end: str | None, period: str) -> int:
    """Days (roughly) that [start, end] shares with `period`; -1 when none.
    An open start or end reaches without limit."""
    lo, hi = first_day(period), last_day(period)
    begin = max(lo, first_day(start)) if start else lo
    finish = min(hi, last_day(end)) if end else hi
    if begin > finish:
        return -1
    return _days(finish) - _days(begin)
