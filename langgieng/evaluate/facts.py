"""Pure matching and scoring of facts against one gold document.

A system fact matches a gold fact of the same type when the contract's
match key agrees (README "Fact types") and, for `measure` and `target`,
the value is within 0.5%. Matching is one-to-one. Optional gold facts are
matched first against nothing else: found, they count neither way.
Matched pairs are then scored field by field.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langgieng.evaluate.gold import GoldDoc, GoldFact
from langgieng.evaluate.scoring import Counts, Finding
from langgieng.extract.facts.timing import month_of
from langgieng.model import Article

VALUE_TOLERANCE = 0.005  # relative: 0.5%
VALUE_TYPES = frozenset({"measure", "target"})


def _set(value: Any) -> frozenset[str]:
    return frozenset(value or ())


def _number(value: Any) -> Any:
    """Edition 12 and "12" are the same edition."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


MATCH_KEYS: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "meeting": lambda f: (f.get("series"), _number(f.get("edition"))),
    "visit": lambda f: (f.get("visitor"), f.get("destination"), month_of(f.get("start"))),
    "agreement": lambda f: (_set(f.get("parties")), f.get("kind")),
    "relations": lambda f: (_set(f.get("parties")), f.get("date")),
    "measure": lambda f: (f.get("indicator"), _set(f.get("parties")), f.get("period")),
    "target": lambda f: (f.get("indicator"), _set(f.get("parties")), f.get("by")),
}


# the names of the parts of each match key, in its order (and `value` for figures)
KEY_PARTS: dict[str, tuple[str, ...]] = {
    "meeting": ("series", "edition"),
    "visit": ("visitor", "destination", "start"),
    "agreement": ("parties", "kind"),
    "relations": ("parties", "date"),
    "measure": ("indicator", "parties", "period"),
    "target": ("indicator", "parties", "by"),
}


def match_key(fact_type: str, fields: dict[str, Any]) -> tuple[Any, ...]:
    """The part of a fact that identifies it; unknown types match on all fields."""
    key = MATCH_KEYS.get(fact_type)
    if key is not None:
        return key(fields)
    return tuple(sorted((k, repr(v)) for k, v in fields.items()))


def value_close(gold: Any, system: Any) -> bool:
    """Within 0.5% of the gold value (exact when the gold value is 0)."""
    try:
        g, s = float(gold), float(system)
    except (TypeError, ValueError):
        return gold == system
    return abs(s - g) <= VALUE_TOLERANCE * abs(g)


def facts_match(fact_type: str, gold: dict[str, Any], system: dict[str, Any]) -> bool:
    if match_key(fact_type, gold) != match_key(fact_type, system):
        return False
    return fact_type not in VALUE_TYPES or value_close(gold.get("value"), system.get("value"))


def _distance(gold: dict[str, Any], system: dict[str, Any]) -> tuple[float, int, int]:
    """Tie-break among candidates: the closest value, then the closest dates (so that
    three treaties of one pair, 1985, 2005 and 2019, each meet their own), then the
    most equal fields."""
    gold_value, system_value = gold.get("value"), system.get("value")
    try:
        gap = abs(float(system_value) - float(gold_value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        gap = 0.0
    dates = sum(_date_gap(gold.get(name), system.get(name)) for name in ("date", "start"))
    return gap, dates, sum(1 for k, v in gold.items() if system.get(k) != v)


def _date_gap(gold: Any, system: Any) -> int:
    """0 for the same date, 1 for one told more precisely, 2 for the same year, else 3."""
    if gold == system:
        return 0
    if not isinstance(gold, str) or not isinstance(system, str):
        return 3
    if gold.startswith(system) or system.startswith(gold):
        return 1
    return 2 if gold[:4] == system[:4] else 3


def match_facts(
    gold: Sequence[GoldFact], system: Sequence[tuple[str, dict[str, Any]]]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs; required gold facts pick first,
    and among the pairs that match, the closest (`_distance`) are taken first."""
    candidates = sorted(
        (g.optional, _distance(g.fields, sfields), gi, si)
        for gi, g in enumerate(gold)
        for si, (stype, sfields) in enumerate(system)
        if stype == g.type and facts_match(g.type, g.fields, sfields)
    )
    matched: set[int] = set()
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, si in candidates:
        if gi not in matched and si not in taken:
            matched.add(gi)
            taken.add(si)
            pairs.append((gi, si))
    return pairs


def _same(gold: Any, system: Any) -> bool:
    return gold == system


def _same_set(gold: Any, system: Any) -> bool:
    return _set(gold) == _set(system)


FIELD_CHECKS: dict[str, Callable[[Any, Any], bool]] = {
    "place": _same,
    "start": _same,
    "end": _same,
    "chairs": _same_set,
    "value": value_close,
    "date": _same,
}


@dataclass(slots=True)
class FieldTally:
    correct: int = 0
    total: int = 0

    def add(self, other: FieldTally) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(slots=True)
class FactResult:
    by_type: dict[str, Counts] = field(default_factory=dict)
    fields: dict[str, FieldTally] = field(default_factory=dict)
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    field_errors: list[Finding] = field(default_factory=list)
    # false positives by the one part of the key that kept them from a missed gold
    # fact (`visit start`), or `visit none`: figures that say what to fix unread
    one_off: Counter[str] = field(default_factory=Counter)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_type.values():
            total.add(counts)
        return total


def _stated(value: Any) -> bool:
    """A gold field counts when it says something (not null, not an empty list)."""
    return value is not None and value != [] and value != ""


def score_fields(doc: str, gold: GoldFact, system: dict[str, Any], result: FactResult) -> None:
    for name, check in FIELD_CHECKS.items():
        expected = gold.fields.get(name)
        if not _stated(expected):
            continue
        tally = result.fields.setdefault(name, FieldTally())
        tally.total += 1
        if check(expected, system.get(name)):
            tally.correct += 1
        else:
            detail = f"{name}: gold {expected!r}, system {system.get(name)!r}"
            result.field_errors.append(Finding(doc, "field", _describe(gold), detail))


def _describe(gold: GoldFact) -> dict[str, Any]:
    return {"type": gold.type, **gold.fields}


def score_facts(gold: GoldDoc, article: Article) -> FactResult:
    """Facts of one document: counts per type, field accuracy, misses, false positives."""
    system = [(f.type, f.fields) for f in article.facts]
    pairs = match_facts(gold.facts, system)
    matched_gold = {gi for gi, _ in pairs}
    matched_system = {si for _, si in pairs}
    result = FactResult()
    for gi, si in pairs:
        g = gold.facts[gi]
        if not g.optional:
            result.by_type.setdefault(g.type, Counts()).tp += 1
        score_fields(gold.doc, g, system[si][1], result)
    for gi, g in enumerate(gold.facts):
        if gi not in matched_gold and not g.optional:
            result.by_type.setdefault(g.type, Counts()).fn += 1
            result.misses.append(Finding(gold.doc, "fact", _describe(g)))
    missed = [g for gi, g in enumerate(gold.facts) if gi not in matched_gold and not g.optional]
    for si, fact in enumerate(article.facts):
        if si not in matched_system:
            result.by_type.setdefault(fact.type, Counts()).fp += 1
            result.one_off[f"{fact.type} {_one_part_off(fact.type, fact.fields, missed)}"] += 1
            evidence = article.text[fact.evidence.start : fact.evidence.end]
            item = {"type": fact.type, **fact.fields}
            result.false_positives.append(Finding(gold.doc, "fact", item, evidence.strip()))
    return result


def _one_part_off(fact_type: str, system: dict[str, Any], missed: Sequence[GoldFact]) -> str:
    """The part of the match key (or the value) by which a false positive differs
    from a missed gold fact of its type, when one such part does; else `none`."""
    names = KEY_PARTS.get(fact_type)
    if names is None:
        return "none"
    mine = match_key(fact_type, system)
    for gold in missed:
        if gold.type != fact_type:
            continue
        theirs = match_key(fact_type, gold.fields)
        off = [name for name, a, b in zip(names, mine, theirs, strict=True) if a != b]
        if not off and fact_type in VALUE_TYPES:
            off = ["value"]  # the key agrees: the figure is another
        if len(off) == 1:
            return off[0]
    return "none"
