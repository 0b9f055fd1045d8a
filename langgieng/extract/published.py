"""Infer an article's publication date from its own text.

Evidence, strongest first:
1. A dateline: a day and month opening a paragraph or sentence near the top,
   followed by a comma (`Sáng 25/4, tại ...`, `Ngày 9-3, tại ...`). It gives
   the day and month of the events reported, which Vietnamese news publishes
   on the same day.
2. The latest year the article states in a past or present context. A
   sentence with a future marker (`sẽ`, `dự kiến`, `mục tiêu`, `đến năm`...)
   speaks of plans and is skipped: a target for 2015 says nothing about when
   the text was written.
3. An upcoming event: a future sentence with a day and month but no year
   (`sẽ đến thăm ... từ ngày 23 tháng 12`). An announcement is written shortly
   before the event, so the event's month in the latest stated year is the
   best guess of the publication month.

Result: YYYY-MM-DD with a dateline and a year; YYYY-MM with an upcoming
event and a year; YYYY with a year alone; None without a year (a dateline
alone never gives `--MM-DD` as a publication date).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from langgieng.extract.dates import DateMention, find_dates
from langgieng.model import Article

_VOCAB = json.loads((Path(__file__).with_name("data") / "dates.json").read_text(encoding="utf-8"))
_FUTURE_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _VOCAB["future_markers"])
_FUTURE = re.compile(rf"\b(?:{_FUTURE_WORDS})\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;]+(?=\s|$)|\n+")
_DATELINE_AFTER = frozenset(",(:")  # Sáng 25/4, tại ... / Sáng 25/4 (giờ địa phương) ...
_DATELINE_WINDOW = 1500  # a dateline sits in the lead, within the first paragraphs


def infer_published(article: Article) -> Article:
    """Set `published` (and `published_inferred`) when the input gave no date."""
    if article.published:
        return article
    guess = guess_published(article.text)
    if guess is not None:
        article.published = guess
        article.published_inferred = True
    return article


def guess_published(text: str) -> str | None:
    """The most precise publication date the text supports, or None."""
    mentions = find_dates(text)
    future = _future_spans(text)
    year = _latest_year(mentions, future)
    dateline = _dateline(text, mentions)
    if dateline is not None and dateline.value.startswith("--"):
        if year is None:
            return None
        return f"{year:04d}{dateline.value[1:]}"
    if dateline is not None:  # the dateline states its own year
        return dateline.value
    if year is None:
        return None
    upcoming = _upcoming_month(mentions, future)
    return f"{year:04d}-{upcoming:02d}" if upcoming else f"{year:04d}"


def _future_spans(text: str) -> list[tuple[int, int]]:
    """Clauses that speak of plans or upcoming events."""
    spans, start = [], 0
    for end_m in _CLAUSE_END.finditer(text):
        if _FUTURE.search(text, start, end_m.start()):
            spans.append((start, end_m.start()))
        start = end_m.end()
    if _FUTURE.search(text, start):
        spans.append((start, len(text)))
    return spans


def _in_any(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _latest_year(mentions: list[DateMention], future: list[tuple[int, int]]) -> int | None:
    years = [
        int(v[:4])
        for m in mentions
        if not _in_any(m.start, future)
        for v in (m.value, m.end_value or "")
        if v[:4].isdigit()
    ]
    return max(years, default=None)


def _dateline(text: str, mentions: list[DateMention]) -> DateMention | None:
    for m in mentions:
        if m.start > _DATELINE_WINDOW:
            return None
        after = text[m.end : m.end + 3].lstrip(" ")[:1]
        if _has_day(m.value) and _opens_sentence(text, m.start) and after in _DATELINE_AFTER:
            return m
    return None


def _has_day(value: str) -> bool:
    """`2023-04-25` and `--04-25` name a day; `2023-04`, `--04`, `2023` do not."""
    return len(value) == 10 or (value.startswith("--") and len(value) == 7)


def _opens_sentence(text: str, pos: int) -> bool:
    """At a line or sentence start, or after `Viêng Chăn (TTXVN) -`."""
    before = text[max(0, pos - 40) : pos].rstrip(" \t")
    return not before or before[-1] in "\n.!?-–—:"


def _upcoming_month(mentions: list[DateMention], future: list[tuple[int, int]]) -> int | None:
    for m in mentions:
        if m.value.startswith("--") and _in_any(m.start, future):
            return int(m.value[2:4])
    return None
