"""Stage `reconcile`: facts from many articles -> one record per happening.

Pure functions; the store persists what they return. A record's identity
(`record_key`) comes from the fields that name the happening, so the same
meeting reported by ten outlets lands in one record, and a human correction
keyed on it survives re-ingest and re-extraction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from langgieng.extract.numbers import LOCAL_CURRENCIES
from langgieng.model import Claim, Fact, Record, Source
from langgieng.reconcile.matching import C, Values
from langgieng.reconcile.matching import agree as agree  # when two values say the same thing

# Fields that are the record's identity, not claims about it.
_IDENTITY = {
    "meeting": ("series", "edition"),
    "visit": ("visitor", "destination"),
    "agreement": ("parties", "kind"),
    "relations": ("parties",),
    "measure": ("indicator", "parties", "period"),
    "target": ("indicator", "parties", "by"),
}


def record_key(fact: Fact, *, published: str | None = None, article: str | None = None) -> str:
    """The identity of the happening a fact describes. One whose time neither the fact
    nor its article's date tells is not known to be another article's happening: it
    is keyed to its `article`, where given."""
    f = fact.fields
    kind = fact.type
    unknown = f"unknown-{article}" if article else None
    # A meeting or visit reported without its date happened around the article's date.
    if kind == "meeting":
        tail = f.get("edition") or _month(f.get("start")) or _month(published) or unknown
        parts = [f.get("series"), tail]
    elif kind == "visit":
        parts = [f.get("visitor"), f.get("destination"),
                 _month(f.get("start")) or _month(published) or unknown]
    elif kind == "agreement":
        # One reported without its date was signed around the article's date.
        parts = [_ids(f.get("parties")), f.get("kind"),
                 _year(f.get("date")) or _year(published) or unknown]
    elif kind == "relations":
        parts = [_ids(f.get("parties"))]
    elif kind == "measure":
        # A running total (no period) is a figure as of the article's year.
        period = f.get("period") or f"as-of-{_year(published) or unknown or 'unknown'}"
        parts = [f.get("indicator"), _ids(f.get("parties")), period]
    elif kind == "target":
        parts = [f.get("indicator"), _ids(f.get("parties")), f.get("by")]
    else:
        parts = [json.dumps(f, sort_keys=True, ensure_ascii=False)]
    if kind in ("measure", "target") and f.get("unit") in LOCAL_CURRENCIES:
        parts.append(f["unit"])  # a sum in dong or kip is another figure than one in dollars
    return "|".join([kind, *("" if p is None else str(p) for p in parts)])


def reconcile(items: Iterable[tuple[Fact, Source]]) -> list[Record]:
    """Group facts into records and pick each field's preferred value."""
    groups: dict[str, list[tuple[Fact, Source]]] = {}
    for fact, source in items:
        groups.setdefault(record_key(fact, published=source.published, article=source.article_id),
                          []).append((fact, source))
    return [build_record(key, group) for key, group in groups.items()]


def build_record(key: str, group: list[tuple[Fact, Source]]) -> Record:
    """The record of one happening from all of its facts, claims best first."""
    return rank(add_facts(new_record(key, group[0][0]), group))


def new_record(key: str, first: Fact) -> Record:
    """A record without claims yet, its fields laid out as in its first fact."""
    return Record(key=key, type=first.type,
                  fields={name: first.fields.get(name) for name in first.fields})


def add_facts(record: Record, group: list[tuple[Fact, Source]]) -> Record:
    """Fold later facts into a record whose claims are in the order first stated
    (as `add_facts` leaves them), so that adding facts in batches gives the same
    claims as adding them all at once. `rank` gives the preferred values."""
    articles: dict[int, set[str]] = {}  # per claim (by id), the articles it cites
    for found, value, source in field_values(record.claims, group):
        _add_claim(found, value, source, articles)
    record.sources = unique_sources([*record.sources, *(source for _, source in group)])
    return record


def field_values(
    claims: dict[str, list[C]], group: list[tuple[Fact, Source]]
) -> Iterator[tuple[Values[C], Any, Source]]:
    """Each stated value of the group's facts, with its source and its field's claims
    found by value (`claims` gains a list for a field first stated here)."""
    values: dict[str, Values[C]] = {}
    for fact, source in group:
        for name, value in fact.fields.items():
            if not is_empty(value):
                found = values.get(name)
                if found is None:
                    found = values[name] = Values(claims.setdefault(name, []))
                yield found, value, source


def rank(record: Record) -> Record:
    """A copy of the record with each field's claims best first and the best claim
    as the field's value. Nothing depends on the order the facts arrived in: ties
    are broken by the values themselves, and sources are listed by date and article."""
    claims = {name: _best_first(options) for name, options in record.claims.items()}
    for options in claims.values():
        for claim in options:
            claim.sources.sort(key=source_order)  # the same Claim objects: encode needs them
    fields = preferred_fields(record.type, record.fields, claims)
    record.sources.sort(key=source_order)
    return Record(record.key, record.type, fields, claims, list(record.sources), record.review)


def preferred_fields(type: str, fields: dict[str, Any],
                     ranked: dict[str, list[Any]]) -> dict[str, Any]:
    """The record's fields with each claimed one set to its best claim's value."""
    preferred = dict(fields)
    preferred.update({name: options[0].value for name, options in ranked.items()})
    for name in _IDENTITY.get(type, ()):
        preferred.setdefault(name, None)
    return preferred


def source_order(source: Source) -> tuple[str, str, int]:
    return (source.published or "", source.article_id, source.evidence.start)


def _best_first(claims: list[Claim]) -> list[Claim]:
    return best_first(claims, _preference)


def best_first(claims: list[Any], standing: Callable[[Any], Any]) -> list[Any]:
    """Claims (or what stands for them, with a `value`) best first by `standing`."""
    # A lone claim (most fields) needs no preference, which reads every source.
    if len(claims) < 2:
        return list(claims)
    ordered = sorted(claims, key=standing, reverse=True)
    # a happening reported as planned, then as held, was held
    if _is_status(claims):
        return sorted(ordered, key=lambda claim: claim.value != "held")
    return ordered


def _is_status(claims: list[Any]) -> bool:
    # values may be lists (chairs, parties): compared, never hashed
    return all(claim.value in ("held", "planned") for claim in claims)


def _add_claim(claims: Values[Claim], value: Any, source: Source,
               articles: dict[int, set[str]]) -> None:
    """Add the value to the first claim it agrees with (one source per article),
    else as a new claim. `articles` caches each claim's article ids: a claim
    may have thousands of sources."""
    found = claims.find(value)
    if found is None:
        claims.add(Claim(value=value, sources=[source]))
        return
    n, merged = found
    claims.merge(n, merged)
    claim = claims.claims[n]
    cited = articles.get(id(claim))
    if cited is None:
        cited = articles[id(claim)] = {s.article_id for s in claim.sources}
    if source.article_id not in cited:
        claim.sources.append(source)
        cited.add(source.article_id)


def _preference(claim: Claim) -> tuple[int, int, str, float, str]:
    """More sources, then an official outlet, then the latest report, then
    confidence; on a tie, the value itself decides (never the arrival order)."""
    sources = claim.sources
    articles = {s.article_id for s in sources}
    official = any(is_official(url) for url in {s.url for s in sources})
    latest = max([s.published or "" for s in sources], default="")
    confidence = max([s.confidence for s in sources], default=0.0)
    return preference(len(articles), official, latest, confidence, claim.value)


def preference(articles: int, official: bool, latest: str, confidence: float,
               value: Any) -> tuple[int, int, str, float, str]:
    """A claim's standing from what its sources add up to (see _preference)."""
    return (articles, int(official), latest, confidence,
            json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))


@lru_cache(maxsize=1)
def _official_domains() -> tuple[str, ...]:
    data = resources.files(__package__).joinpath("data/official_outlets.json").read_text("utf-8")
    return tuple(json.loads(data)["domains"])


@lru_cache(maxsize=4096)  # a refresh asks of every source's address once per field
def is_official(url: str | None) -> bool:
    if not url:
        return False
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return any(host == d or host.endswith("." + d) for d in _official_domains())


def unique_sources(sources: Iterable[Source]) -> list[Source]:
    seen: dict[tuple[str, int, int], Source] = {}
    for s in sources:
        seen.setdefault((s.article_id, s.evidence.start, s.evidence.end), s)
    return list(seen.values())


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _month(date: Any) -> str | None:
    return date[:7] if isinstance(date, str) and len(date) >= 7 else date


def _year(date: Any) -> str | None:
    return date[:4] if isinstance(date, str) and date[:4].isdigit() else None


def _ids(parties: Any) -> str | None:
    return ",".join(sorted(parties)) if isinstance(parties, list) else parties
