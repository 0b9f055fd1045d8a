"""Clauses of a sentence that holds several figures, each about its own pair.

`Việt Nam và Campuchia đạt 10 tỷ USD, trong khi Việt Nam và Lào đạt 5 tỷ
USD`: a sentence is cut at `;`, `trong khi`, `, còn`; a clause that names a
pair (`Việt Nam - Lào`, `Việt Nam và Lào`) has those parties, one that names
none takes the pair of the clause before it. A target's deadline is a year
of its own clause, after the figure (`lên 5 tỷ USD vào năm 2030`) or before
it (`phấn đấu đến năm 2025 nâng ... lên`).
"""

from __future__ import annotations

import re
from typing import Any

from langgieng.extract.facts.context import (
    HOME,
    Mark,
    Unit,
    alternation,
    per_sentence,
    vocabulary,
)
from langgieng.extract.facts.timing import is_comparison
from langgieng.model import Fact

_DATA = vocabulary("indicators")["clauses"]
_SPLIT = re.compile(
    r";|,?\s*" + alternation(_DATA["splitters"]) + r"|,\s*" + alternation(_DATA["comma_splitters"])
)
_CUT_WORDS = tuple(_DATA["splitters"] + _DATA["comma_splitters"])
_PAIR_GAP = re.compile(
    r"^\s*(?:và|-|–|với)\s*(?:(?:\d+|hai|ba|các)\s+)?(?:tỉnh\s+|thành phố\s+|nước\s+)?$"
)
_LIST_GAP = re.compile(r"^\s*(?:và|,)\s*(?:tỉnh\s+)?$")
_DEADLINE_LEAD = re.compile(r"(?:" + alternation(_DATA["deadline_lead"]) + r")\s*$")
# `so với cùng kỳ`, `gấp 4,6 lần cùng kỳ năm trước`: not `Cùng kỳ, ...` opening a clause
_COMPARED_SAME = re.compile(r"(?<=[^\W\d_]\s)cùng\s+kỳ(?![^\W_])")
_LATEST = "_latest"  # the key of the latest period of any indicator
_SAME_PERIOD = re.compile(r"(?:^|[,;]\s*)\W*" + alternation(_DATA["same_period"]) + r"\s*,")
# `nâng kim ngạch thương mại Việt Nam - Campuchia lên`: words, and dashes between names
_RAISE = re.compile(
    alternation(_DATA["raise"]) + r"\s+(?:(?:[^\W\d_]+|[-–])\s+){0,10}lên(?![^\W_])"
)
_RAISE_DONE = re.compile(alternation(_DATA["raise_done"]) + r"\s+$")


def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """[lo, hi) of each clause of a (lower-cased) sentence."""
    if ";" not in text and not any(w in text for w in _CUT_WORDS):
        return ((0, len(text)),)  # most sentences: one clause, found without the regex
    spans, lo = [], 0
    for cut in _SPLIT.finditer(text):
        if cut.start() > lo:
            spans.append((lo, cut.start()))
        lo = cut.end()
    spans.append((lo, len(text)))
    return tuple(spans)


clause_spans = per_sentence(_clause_spans)


def pair_in(unit: Unit, lo: int, hi: int) -> list[str] | None:
    """Places of two countries joined by `và`, `-`, `với` in text[lo:hi], Vietnam's
    side first; a partner listed with others of its country brings them along
    (`tỉnh An Giang với 2 tỉnh Kandal và Takeo`: three parties)."""
    marks: list[Mark] = unit.parties_of("country", "province", lo=lo, hi=hi)
    marks.sort(key=lambda m: m.start)
    for index, (a, b) in enumerate(zip(marks, marks[1:], strict=False)):
        if _country(a.entity) == _country(b.entity) or not _PAIR_GAP.match(
            unit.low[a.end : b.start]
        ):
            continue
        parties, previous = [a.entity, b.entity], b
        for c in marks[index + 2 :]:
            gap = unit.low[previous.end : c.start]
            if _country(c.entity) != _country(b.entity) or not _LIST_GAP.match(gap):
                break
            parties.append(c.entity)
            previous = c
        return sorted(dict.fromkeys(parties), key=lambda e: not e.startswith(HOME))
    return None


def _country(entity: str) -> str:
    return entity.split("/", 1)[0]


def clause_parties(unit: Unit, pos: int) -> list[str] | None:
    """The pair of the clause holding `pos` (or of the nearest clause before it
    that names one), when the sentence has several clauses."""
    spans = clause_spans(unit)
    if len(spans) < 2:
        return None
    index = next((i for i, (lo, hi) in enumerate(spans) if lo <= pos < hi), len(spans) - 1)
    for lo, hi in reversed(spans[: index + 1]):
        pair = pair_in(unit, lo, hi)
        if pair is not None:
            return pair
    return None


def clause_of_figure(unit: Unit, pos: int) -> tuple[int, int]:
    for lo, hi in clause_spans(unit):
        if lo <= pos < hi:
            return lo, hi
    return 0, len(unit.low)


def deadline(unit: Unit, start: int, end: int) -> Any | None:
    """The year a target figure at [start, end) is set for, within its clause."""
    lo, hi = clause_of_figure(unit, start)
    for mention in unit.dates_in(end, hi):
        if not is_comparison(unit, mention) and not _set_in(unit, mention):
            return mention
    before = [m for m in unit.dates_in(lo, start)  # (not `so với năm 2024`: a base)
              if (unit.low.startswith("năm", m.start)
                  or _DEADLINE_LEAD.search(unit.low, max(0, m.start - 12), m.start))
              and not is_comparison(unit, m) and not _set_in(unit, m)]
    return before[-1] if before else None


# `mục tiêu ... như lãnh đạo hai nước đã đặt ra năm 2023`: when the target was set
_SET_IN = re.compile(r"(?<![^\W_])(?:đặt\s+ra|đề\s+ra)\s+(?:(?:vào|từ|trong)\s+)?$")


def _set_in(unit: Unit, mention: Any) -> bool:
    return bool(_SET_IN.search(unit.low, max(0, mention.start - 24), mention.start))


def raises_to(text: str, lo: int, pos: int) -> bool:
    """`nâng kim ngạch ... lên` (not `đã nâng`) in text[lo:pos]: a target."""
    for m in _RAISE.finditer(text, lo, pos):
        if not _RAISE_DONE.search(text, max(0, m.start() - 12), m.start()):
            return True
    return False


def same_period(unit: Unit) -> bool:
    """`Cùng kỳ, ...`: the period of the figure stated just before."""
    return bool(_SAME_PERIOD.search(unit.low))


def pair_named_after(unit: Unit, cue: re.Pattern[str]) -> bool:
    """`thương mại Việt Nam - Lào`: a cue word directly followed by a named pair."""
    return any(pair_right_after(unit, m.end()) for m in cue.finditer(unit.low))


def pair_right_after(unit: Unit, end: int) -> bool:
    """Whether a pair of places is named right after `end` (`... giữa Việt Nam và Lào`)."""
    gap = _BEFORE_PAIR.match(unit.low, end)
    at = gap.end() if gap else end
    pair = pair_in(unit, at, min(len(unit.low), at + 40))
    return bool(pair) and any(mk.start == at for mk in unit.marks)


_BEFORE_PAIR = re.compile(r"\s+(?:giữa\s+)?")


def carry_over(unit: Unit, found: list[Fact], periods: dict[str, str]) -> None:
    """Fill what a clause leaves out: a target's year from the sentence's target
    before it, a `cùng kỳ` figure's period from the latest one of its indicator, and
    a figure compared with the same period a year before (`tăng 2,5 lần so với cùng
    kỳ`, `gấp 4,6 lần cùng kỳ năm trước`), which is no running total, from the latest
    period stated."""
    by: str | None = None
    compared = "cùng kỳ" in unit.low and bool(_COMPARED_SAME.search(unit.low))
    for fact in found:
        fields, indicator = fact.fields, fact.fields["indicator"]
        if fact.type == "target":
            fields["by"] = by = fields["by"] or by
        elif fields["period"] is None and indicator in periods and same_period(unit):
            fields["period"] = periods[indicator]
        elif fields["period"] is None and compared and _LATEST in periods:
            fields["period"] = periods[_LATEST]
        if fact.type == "measure" and fields["period"]:
            periods[indicator] = periods[_LATEST] = fields["period"]
