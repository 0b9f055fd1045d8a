"""Typed facts with their evidence sentence: meetings, visits, agreements,
relations, measures and targets. Each rule module reads a `Context` and
returns `Fact`s in the gold contract's shape (`../shared/gold/README.md`)."""

from __future__ import annotations

from langgieng.extract.calibration import calibrate
from langgieng.extract.facts.agreements import date_statements_by_visit, extract_agreements
from langgieng.extract.facts.context import Context
from langgieng.extract.facts.measures import extract_measures
from langgieng.extract.facts.meetings import extract_meetings
from langgieng.extract.facts.relations import extract_relations
from langgieng.extract.facts.visits import (
    date_by_meetings,
    date_by_provinces_visited,
    extract_visits,
)
from langgieng.gazetteer import Gazetteer
from langgieng.model import Article, Fact

RULES = (extract_meetings, extract_visits, extract_agreements, extract_relations, extract_measures)

__all__ = ["Context", "RULES", "find_facts"]


def find_facts(article: Article, gazetteer: Gazetteer | None = None) -> list[Fact]:
    """Every fact the rules find in a linked article."""
    context = Context(article, gazetteer)
    facts: list[Fact] = []
    for rule in RULES:
        facts += rule(context)
    date_by_meetings(facts)
    date_by_provinces_visited(facts)
    date_statements_by_visit(facts)
    return calibrate(_headline_once(facts, context.headline_end))


def _headline_once(facts: list[Fact], headline_end: int) -> list[Fact]:
    """A headline sums up its body: a fact stated in the headline whose kind the
    body states too (same type, same indicator) is the body's, told once, with
    the body's fuller fields. Facts only the headline states are kept."""
    if headline_end < 0:
        return facts
    body = [f for f in facts if f.evidence.start > headline_end]
    kinds = {_kind(f) for f in body}
    kept = [f for f in facts if f.evidence.start > headline_end or _kind(f) not in kinds or (
        f.type == "visit" and not any(_same_trip(f, b) for b in body if _kind(b) == _kind(f)))
        or (f.type in _FIGURES and not any(_same_figure(f, b) for b in body))]
    for told in (f for f in facts if f not in kept and f.type == "agreement"):
        _date_from_headline(told, body)
    return kept


def _date_from_headline(headline: Fact, body: list[Fact]) -> None:
    """`A ký kết hợp tác với 4 tỉnh Nam Lào` on the report's day, then `A và 4 tỉnh ... đã
    ký kết hợp tác` undated in the body: the body's signing, by the same signatory, is the
    headline's news, on its date."""
    for fact in body:
        if (fact.type == "agreement" and fact.fields["date"] is None
                and set(fact.fields["parties"]) & set(headline.fields["parties"])):
            fact.fields["date"] = headline.fields["date"]


_FIGURES = ("measure", "target")
_ROUNDED = 0.1  # a headline may round its body's figure (`hơn 1 tỷ USD` for 1,03 tỷ)


def _same_figure(headline: Fact, body: Fact) -> bool:
    """A body figure the headline's sums up: of its indicator, and about its value (the
    headline's `60/60 cột mốc` is not the body's 21 of one year)."""
    if body.type != headline.type or _kind(body) != _kind(headline):
        return False
    a, b = abs(headline.fields["value"]), abs(body.fields["value"])
    return abs(a - b) <= _ROUNDED * max(a, b)


def _same_trip(headline: Fact, body: Fact) -> bool:
    """Two visits to one place are one trip unless two people make them or their months
    differ (`thăm ... 11 và 12-12` in the headline, `từng đến thăm ... tháng 8-2022`)."""
    visitors = {headline.fields["visitor"], body.fields["visitor"]}
    if len(visitors) == 2 and all(v.startswith("person/") for v in visitors):
        return False
    first, second = headline.fields["start"], body.fields["start"]
    return not first or not second or first[:7] == second[:7]


def _kind(fact: Fact) -> tuple[object, ...]:
    """What a headline fact and a body fact must share to be one statement."""
    fields = fact.fields
    if fact.type == "meeting":
        return fact.type, fields.get("series"), fields.get("edition")
    if fact.type == "visit":
        # a headline names the delegation's province where the body names who led
        # it: one trip to one place
        return fact.type, fields.get("destination")
    return fact.type, fields.get("indicator")
