"""`relations` facts: diplomatic relations established, with their date
(`thiết lập quan hệ ngoại giao vào ngày 24 tháng 6 năm 1967`, or the
anniversary form `(24/6/1967-24/6/2022)`)."""

from __future__ import annotations

import re
from typing import Any

from langgieng.extract.facts.context import HOME, Context, Unit, cue_regex, vocabulary
from langgieng.extract.facts.timing import counted_back, is_comparison, year_kept, years_since
from langgieng.extract.scanning import may_match, needed_literals
from langgieng.model import Fact

_REL = cue_regex(vocabulary("triggers")["relations"]["triggers"])
_REL_NEEDS = needed_literals(_REL)
_ANNIVERSARY = re.compile(r"kỷ niệm\s+(\d+)\s+năm")
_REACH = 40  # from the cue to the start of its date


def _celebration(ctx: Context, unit: Unit, when: Any) -> bool:
    """`Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao ngày 5/9/2022`: the date
    of the anniversary, not of the establishment."""
    years = _ANNIVERSARY.search(unit.low)
    published = (ctx.published or "")[:4]
    if years is None or not published.isdigit() or getattr(when, "end_value", None):
        return False
    return int(when.value[:4]) > int(published) - int(years.group(1)) + 1


def _pair_between(unit: Unit, cue_end: int, date_start: int) -> list[str] | None:
    """Vietnam and the country named between the cue and its date (`... Việt Nam -
    Campuchia (24/6/1967 ...), ... Việt Nam - Lào (5/9/1962 ...)`: each date its pair)."""
    named = [m.entity for m in unit.marks_of("country", lo=cue_end, hi=date_start)
             if m.entity != HOME]
    return [HOME, named[0]] if named else None


def _relation_pair(ctx: Context, unit: Unit) -> list[str] | None:
    """Vietnam and the other country named, or two other countries named alone."""
    named = list(dict.fromkeys(m.entity for m in unit.marks_of("country")))
    others = [c for c in named if c != HOME]
    if HOME not in named and len(others) >= 2:
        return others[:2]
    partner = others[0] if others else ctx.partner_country
    return [HOME, partner] if partner else None


def _date_after(unit: Unit, pos: int) -> Any | None:
    """The first date that begins soon after the cue, however long it is
    (`(5 tháng 9 năm 1962 - 5 tháng 9 năm 2017)`)."""
    return next((d for d in unit.dates_in(pos) if d.start - pos <= _REACH
                 and not is_comparison(unit, d)), None)


def extract_relations(ctx: Context) -> list[Fact]:
    """`thiết lập quan hệ ngoại giao` with a dated establishment."""
    facts: dict[tuple[str, ...], Fact] = {}
    for unit in ctx.units:
        if not may_match(_REL_NEEDS, unit.low):
            continue
        for cue in _REL.finditer(unit.low):
            # `Trong năm 2022, ... chào mừng 60 năm Ngày thiết lập quan hệ ngoại giao`
            if years_since(unit.low, cue.start()) is not None and _date_after(
                    unit, cue.end()) is None:
                kept = _year_kept_before(ctx, unit, cue.start())
                date = counted_back(unit.low, cue.start(), kept)
                pair = _relation_pair(ctx, unit) if date else None
                if pair is not None and date is not None:
                    facts.setdefault((*pair, date), Fact(
                        "relations", {"parties": pair, "date": date}, unit.evidence, 0.7,
                        "relations.count"))
                continue
            when = _date_after(unit, cue.end()) or next(
                iter(reversed(unit.dates_in(0, cue.start()))), None
            )
            date, rule, confidence = None, "relations.established", 0.85
            if when is not None and when.value[:4].isdigit():
                date = None if _celebration(ctx, unit, when) else when.value
            if date is None and when is None:
                date = _counted_back(ctx, unit, cue.start())
                rule, confidence = "relations.count", 0.7
            if date is None:
                continue
            between = (_pair_between(unit, cue.end(), when.start)
                       if when is not None and when.start >= cue.end() else None)
            pair = between or _relation_pair(ctx, unit)
            if pair is None:
                continue
            fields = {"parties": pair, "date": date}
            facts.setdefault((*pair, date), Fact("relations", fields, unit.evidence, confidence,
                                                 rule))
    return _most_precise(list(facts.values()))


def _most_precise(facts: list[Fact]) -> list[Fact]:
    """One establishment told as a year and as a day (`kỷ niệm 55 năm ...` counted back
    to 1967, `24/6/1967` elsewhere) is the day's."""
    def refined(fact: Fact) -> bool:
        date, parties = fact.fields["date"], sorted(fact.fields["parties"])
        return any(sorted(o.fields["parties"]) == parties and o.fields["date"] != date
                   and o.fields["date"].startswith(date) for o in facts)

    return [fact for fact in facts if not refined(fact)]


def _year_kept_before(ctx: Context, unit: Unit, pos: int) -> str | None:
    """The year the sentence keeps an anniversary in: a year stated before it (`Trong
    năm 2022`), else the known founding's or the report's."""
    stated = [d for d in unit.dates_in(0, pos)
              if len(d.value or "") == 4 and not getattr(d, "end_value", None)]
    return stated[-1].value if stated else year_kept(unit, ctx.published)


def _counted_back(ctx: Context, unit: Unit, cue: int) -> str | None:
    """`kỷ niệm 60 năm thiết lập quan hệ ngoại giao` in an article of 2022: relations
    established in 1962, the year only (the text states no day)."""
    counts = list(_ANNIVERSARY.finditer(unit.low, max(0, cue - 60), cue))
    count = counts[-1] if counts else None
    # counted from the year the anniversary is kept: a known founding's, whatever
    # year the report is of, else the report's
    kept = (year_kept(unit, ctx.published) or "")[:4]
    if count is None or not kept.isdigit():
        return None
    return str(int(kept) - int(count.group(1)))
