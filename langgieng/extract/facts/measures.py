"""`measure` and `target` facts: a figure of a known indicator, its parties
and period. The indicators, their trigger phrases and counted nouns are data
(`data/indicators.json`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from langgieng.extract.facts.context import (
    HOME,
    Context,
    Unit,
    alternation,
    cue_regex,
    low,
    spellings,
    vocabulary,
)
from langgieng.extract.facts.timing import first_after, period_near, value_of
from langgieng.extract.numbers import Quantity
from langgieng.model import Fact

_DATA = vocabulary("indicators")
_TARGET = cue_regex(_DATA["target_cues"])
_RUNNING = cue_regex(_DATA["running_total"])
_PROVINCE_PAIR = cue_regex(_DATA["province_pair"])
_COUNTRY_PAIR = cue_regex(_DATA["country_pair"])
_PROVINCIAL_SUBJECT = re.compile(
    r"^\W*tỉnh(?![^\W_])|(?:^|[,;:]\s*)(?:" + alternation(_DATA["provincial_subject"])
    + r")\s+(?:đã|có|đang|cũng|hiện|vẫn|luôn|tiếp tục|sẽ)(?![^\W_])"
)
_PAIR_GAP = re.compile(r"^\s*(?:và|-|–|với)\s*$")
_BORDER_LIKE = ("border.", "remains.")


@dataclass(slots=True)
class Indicator:
    id: str
    kind: str  # "trigger" or "noun"
    unit: str
    triggers: re.Pattern[str] | None
    where: str
    window: int
    nouns: list[str]
    context: re.Pattern[str] | None
    context_window: int
    context_side: str
    of_words: list[str]
    exclude: re.Pattern[str] | None
    requires: str | None
    lead: re.Pattern[str] | None
    lead_window: int


def _indicator(spec: dict[str, Any]) -> Indicator:
    def rx(key: str) -> re.Pattern[str] | None:
        return cue_regex(spec[key]) if spec.get(key) else None

    return Indicator(
        id=spec["id"], kind=spec["kind"], unit=spec["unit"], triggers=rx("triggers"),
        where=spec.get("where", "after"), window=spec.get("window", 40),
        nouns=sorted({s for n in spec.get("nouns", []) for s in spellings(n)}, key=len,
                     reverse=True),
        context=rx("context"), context_window=spec.get("context_window", 60),
        context_side=spec.get("context_side", "before"),
        of_words=[low(w) for w in spec.get("of_words", [])], exclude=rx("exclude"),
        requires=spec.get("requires"), lead=rx("lead"), lead_window=spec.get("lead_window", 25),
    )


INDICATORS = [_indicator(spec) for spec in _DATA["indicators"]]
# One look for any indicator's cue, so that sentences without one are skipped
_ANY_CUE = cue_regex([w for spec in _DATA["indicators"] for k in ("triggers", "nouns")
                      for w in spec.get(k, [])])
_BY_ID = {ind.id: ind for ind in INDICATORS}


@dataclass(slots=True)
class Hit:
    indicator: Indicator
    quantity: Quantity
    of: float | None = None


def extract_measures(ctx: Context) -> list[Fact]:
    """Every measure and target stated in the article's sentences."""
    facts: list[Fact] = []
    seen: set[tuple[Any, ...]] = set()
    for unit in ctx.units:
        if not _ANY_CUE.search(unit.low):
            continue
        for hit in _hits(unit):
            fact = _fact(ctx, unit, hit)
            if fact is None:
                continue
            key = (fact.type, fact.fields["indicator"], tuple(fact.fields["parties"]),
                   fact.fields.get("period", fact.fields.get("by")))
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts


def _hits(unit: Unit) -> list[Hit]:
    claimed: set[int] = set()
    hits: list[Hit] = []
    for ind in INDICATORS:
        if ind.requires and not _triggered(unit, _BY_ID[ind.requires]):
            continue
        for index, quantity in enumerate(unit.quantities):
            if index in claimed or not _matches(unit, ind, quantity):
                continue
            claimed.add(index)
            hit = Hit(ind, quantity)
            if ind.of_words:
                of_index = _of_total(unit, ind, index)
                if of_index is not None:
                    claimed.add(of_index)
                    hit.of = unit.quantities[of_index].value
            hits.append(hit)
    return hits


def _triggered(unit: Unit, ind: Indicator) -> bool:
    return bool(ind.triggers and ind.triggers.search(unit.low))


def _matches(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    if ind.kind == "trigger":
        return q.unit == ind.unit and _near_trigger(unit, ind, q)
    return q.unit is None and _noun_at(unit, ind, q.end) is not None and _in_context(unit, ind, q)


def _near_trigger(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    assert ind.triggers is not None
    clause = unit.low[_clause_begin(unit.low, q.start) : q.start]
    if ind.exclude and ind.exclude.search(clause):
        return False
    if ind.where == "sentence":
        return bool(ind.triggers.search(unit.low))
    lo = max(0, q.start - ind.window - 40)
    return any(
        0 <= q.start - m.end() <= ind.window for m in ind.triggers.finditer(unit.low, lo, q.start)
    )


def _clause_begin(text: str, pos: int) -> int:
    cut = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos))
    return cut + 1


def _noun_at(unit: Unit, ind: Indicator, pos: int) -> int | None:
    """End of the counted noun right after a count, if it is one of the indicator's."""
    rest = unit.low[pos : pos + 40]
    stripped = rest.lstrip()
    for noun in ind.nouns:
        if stripped.startswith(noun) and not stripped[len(noun) : len(noun) + 1].isalpha():
            return pos + (len(rest) - len(stripped)) + len(noun)
    return None


def _in_context(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    if ind.lead and not ind.lead.search(unit.low[max(0, q.start - ind.lead_window) : q.start]):
        return False
    if ind.context is None:
        return True
    before = unit.low[max(0, q.start - ind.context_window) : q.start]
    if ind.context.search(before):
        return True
    after = unit.low[q.end : q.end + ind.context_window]
    return ind.context_side == "either" and bool(ind.context.search(after))


def _of_total(unit: Unit, ind: Indicator, index: int) -> int | None:
    """`22 cột mốc trên tổng số 28`: the index of the total, if stated."""
    if index + 1 >= len(unit.quantities):
        return None
    count, total = unit.quantities[index], unit.quantities[index + 1]
    noun_end = _noun_at(unit, ind, count.end) or count.end
    gap = unit.low[noun_end : total.start]
    if total.unit is not None or len(gap) > 30:
        return None
    return index + 1 if any(word in gap for word in ind.of_words) else None


def _fact(ctx: Context, unit: Unit, hit: Hit) -> Fact | None:
    q = hit.quantity
    parties, inferred = _parties(ctx, unit, hit.indicator)
    if parties is None:
        return None
    value = int(q.value) if float(q.value).is_integer() else q.value
    confidence = 0.8 - (0.15 if inferred else 0.0) - (0.05 if hit.indicator.kind == "noun" else 0)
    if _TARGET.search(unit.low[_clause_begin(unit.low, q.start) : q.start]):
        when = first_after(unit, q.end)
        by = (value_of(when) or "")[:4] or None if when is not None else None
        fields = {"indicator": hit.indicator.id, "parties": parties, "value": value,
                  "unit": hit.indicator.unit, "by": by}
        return Fact("target", fields, unit.evidence, round(confidence, 2),
                    f"target.{hit.indicator.kind}")
    fields = {"indicator": hit.indicator.id, "parties": parties, "value": value,
              "unit": hit.indicator.unit, "period": _period(unit, q)}
    if q.qualifier:
        fields["qualifier"] = q.qualifier
    if hit.of is not None:
        fields["of"] = int(hit.of) if float(hit.of).is_integer() else hit.of
    return Fact("measure", fields, unit.evidence, round(confidence, 2),
                f"measure.{hit.indicator.kind}")


def _period(unit: Unit, q: Quantity) -> str | None:
    mention = period_near(unit, q.start, q.end)
    if mention is None:
        return None
    if mention.end <= q.start and _RUNNING.search(unit.low[mention.end : q.start]):
        return None  # `Năm 2020 ..., đến nay đạt 205 dự án`: a running total
    return value_of(mention)


def _national(unit: Unit) -> bool:
    """`hai nước`, `Việt Nam và Campuchia`, `Việt Nam-Lào`: the two countries."""
    if _COUNTRY_PAIR.search(unit.low):
        return True
    countries = unit.marks_of("country")
    return any(
        HOME in (a.entity, b.entity) and a.entity != b.entity
        and _PAIR_GAP.match(unit.low[a.end : b.start])
        for a, b in zip(countries, countries[1:], strict=False)
    )


def _parties(ctx: Context, unit: Unit, ind: Indicator) -> tuple[list[str] | None, bool]:
    """The pair a figure is about, and whether it was inferred from the article."""
    vn_prov = [m.entity for m in unit.marks_of("province") if m.entity.startswith(HOME + "/")]
    other_prov = [m.entity for m in unit.marks_of("province") if not m.entity.startswith(HOME)]
    countries = [m.entity for m in unit.marks_of("country") if m.entity != HOME]
    partner = countries[0] if countries else (
        other_prov[0].split("/")[0] if other_prov else ctx.partner_country
    )
    national = _national(unit)
    provincial = bool(vn_prov) or bool(_PROVINCE_PAIR.search(unit.low)) or bool(
        ctx.vn_province and (_PROVINCIAL_SUBJECT.search(unit.low) or ctx.provincial)
    )
    if national and not vn_prov:
        provincial = False
    if not provincial or not (vn_prov or ctx.vn_province):
        return ([HOME, partner], not countries) if partner else (None, True)
    province = vn_prov[0] if vn_prov else ctx.vn_province
    assert province is not None
    if ind.id.startswith(_BORDER_LIKE):
        return ([province, partner], not vn_prov) if partner else (None, True)
    counterpart = other_prov[0] if other_prov else (ctx.partner_province or partner)
    if counterpart is None:
        return None, True
    return [province, counterpart], not (vn_prov and other_prov)
