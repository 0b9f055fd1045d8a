"""A reconciled record as the writer keeps it: tallies, and sources in parts.

A record stated by thousands of articles used to be read and written whole
each time a fact joined it (its every source, and every claim's list of them).
Now its row holds what ranking and listing need: per claim its value, its place
in the order first stated (`n`), how many articles state it, whether an
official outlet does, the latest report, the best confidence and the sources
of its first LISTED_VALUES articles; per record how many sources and articles
it has and the sources of its first LISTED_ARTICLES articles (`summary`). The
sources themselves are appended in parts (`record_parts`, one per refresh that
adds any): the sources the part adds and, per field and claim, which of them
state it (an index into the record's sources, or the source itself when it
differs, as in record_json). Adding facts reads and writes the tallies and one
new part, never the sources stored before; the record page joins the parts.

`fold` gives the same claims, order and listing as reconcile.add_facts and
rank over every source: a refresh adds articles new to the record (a record
whose article is extracted again is rebuilt from its facts, see records.py).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from langgieng.model import Claim, Fact, Record, Source
from langgieng.reconcile import (
    best_first,
    field_values,
    is_official,
    preference,
    preferred_fields,
    source_order,
    unique_sources,
)
from langgieng.reconcile.matching import Values
from langgieng.store.record_json import (
    LISTED_ARTICLES,
    LISTED_VALUES,
    dumps,
    first_articles,
    source_array,
    source_arrays,
    source_of,
)


@dataclass(slots=True)
class Tally:
    """One claim of a record, summed up."""

    value: Any
    n: int  # place in the order first stated
    articles: int = 0
    official: bool = False
    latest: str = ""
    confidence: float = 0.0
    first: list[Source] = field(default_factory=list)  # of its first LISTED_VALUES articles
    added: list[Source] = field(default_factory=list)  # added now, to write in a new part
    # `first` as stored, until the claim changes: most claims of a big record do not,
    # and are written again as they were read
    stored: list[list[Any]] | None = None

    def standing(self) -> tuple[int, int, str, float, str]:
        return preference(self.articles, self.official, self.latest, self.confidence,
                          self.value)

    def first_arrays(self) -> list[list[Any]]:
        return self.stored if self.stored is not None else source_arrays(self.first)


@dataclass(slots=True)
class Tallied:
    """A record's tallies (claims in stated order) and summary."""

    key: str
    type: str
    fields: dict[str, Any]
    claims: dict[str, list[Tally]] = field(default_factory=dict)
    sources_total: int = 0
    articles_total: int = 0
    sureness: float = 0.0
    first: list[Source] = field(default_factory=list)  # of its first LISTED_ARTICLES articles
    parts: int = 0  # parts stored
    added: list[Source] = field(default_factory=list)  # new sources, in stated order

    def ranked(self) -> dict[str, list[Tally]]:
        return {name: best_first(options, Tally.standing) for name, options in self.claims.items()}


def new(key: str, first: Fact) -> Tallied:
    """A record without claims yet, its fields laid out as in its first fact."""
    return Tallied(key, first.type, {name: first.fields.get(name) for name in first.fields})


def fold(record: Tallied, group: list[tuple[Fact, Source]]) -> Tallied:
    """Add facts of articles new to the record, as reconcile.add_facts does."""
    cited: dict[int, set[str]] = {}  # per tally (by id), the articles added to it now
    for found, value, source in field_values(record.claims, group):
        _add(found, value, source, cited)
    record.added = unique_sources(source for _, source in group)
    _total_up(record)
    return record


def _add(options: Values[Tally], value: Any, source: Source,
         cited: dict[int, set[str]]) -> None:
    found = options.find(value)
    if found is None:
        tally = Tally(value, len(options.claims), added=[source])
        options.add(tally)
        cited[id(tally)] = {source.article_id}
        return
    n, merged = found
    options.merge(n, merged)
    tally = options.claims[n]
    articles = cited.setdefault(id(tally), set())
    if source.article_id not in articles:
        tally.added.append(source)
        articles.add(source.article_id)


def from_record(record: Record) -> Tallied:
    """The tallies of a whole record with its claims in stated order (a record
    stored before tallies), all its sources to be written as one part."""
    tallied = Tallied(record.key, record.type, dict(record.fields))
    tallied.claims = {
        name: [Tally(c.value, n, added=list(c.sources)) for n, c in enumerate(options)]
        for name, options in record.claims.items()}
    tallied.added = list(record.sources)
    _total_up(tallied)
    return tallied


def _total_up(record: Tallied) -> None:
    """Count the added sources in the record's and its claims' tallies."""
    added = record.added
    record.sources_total += len(added)
    record.articles_total += len({s.article_id for s in added})
    record.sureness = max([record.sureness, *(s.confidence for s in added)])
    record.first = _first(record.first, added, LISTED_ARTICLES)
    for options in record.claims.values():
        for tally in options:
            if tally.added:
                if tally.stored is not None:
                    tally.first, tally.stored = [source_of(s) for s in tally.stored], None
                _count_in(tally, tally.added)


def _count_in(tally: Tally, sources: list[Source]) -> None:
    """Add the sources to a claim's counts (one source, a claim's usual, without sets)."""
    if len(sources) == 1:
        source = sources[0]
        tally.articles += 1
        tally.official = tally.official or is_official(source.url)
        tally.latest = max(tally.latest, source.published or "")
        tally.confidence = max(tally.confidence, source.confidence)
    else:
        tally.articles += len({s.article_id for s in sources})
        tally.official = tally.official or any(map(is_official, {s.url for s in sources}))
        tally.latest = max([tally.latest, *(s.published or "" for s in sources)])
        tally.confidence = max([tally.confidence, *(s.confidence for s in sources)])
    tally.first = _first(tally.first, sources, LISTED_VALUES)


def _first(first: list[Source], added: list[Source], articles: int) -> list[Source]:
    """The sources of the first `articles` articles of those listed and those added."""
    if not first and len(added) == 1:  # a value one article states: most, in big records
        return list(added)
    return first_articles(sorted([*first, *added], key=source_order), articles)


def preferred(record: Tallied, ranked: dict[str, list[Tally]]) -> Record:
    """The record's fields as ranked, with no claims or sources (what its date,
    entities and verdict are read from)."""
    return Record(record.key, record.type, preferred_fields(record.type, record.fields, ranked))


# -- encoding ---------------------------------------------------------------


def encode(record: Tallied, ranked: dict[str, list[Tally]]) -> tuple[str, str]:
    """(summary JSON, tallies JSON best first) of the record."""
    summary = {"sources_total": record.sources_total, "articles_total": record.articles_total,
               "sureness": record.sureness, "first": source_arrays(record.first)}
    tallies = {name: [[t.value, t.n, t.articles, t.official, t.latest, t.confidence,
                       t.first_arrays()] for t in options]
               for name, options in ranked.items()}
    return dumps(summary), dumps(tallies)


def decode(key: str, type: str, fields: str, summary: str, tallies: str, parts: int) -> Tallied:
    """The stored record's tallies, in stated order, to add facts to."""
    stored = json.loads(summary)
    record = Tallied(key, type, json.loads(fields), sources_total=stored["sources_total"],
                     articles_total=stored["articles_total"], sureness=stored["sureness"],
                     first=[source_of(s) for s in stored["first"]], parts=parts)
    for name, options in json.loads(tallies).items():
        record.claims[name] = sorted(
            (Tally(value, n, articles, official, latest, confidence, stored=first)
             for value, n, articles, official, latest, confidence, first in options),
            key=lambda tally: tally.n)
    return record


def encode_part(record: Tallied) -> str:
    """The sources added now and, per field and claim, which of them state it. Both
    in source order, so that a reader merges sorted parts rather than sorting."""
    base = record.sources_total - len(record.added)  # the sources of earlier parts
    added = sorted(record.added, key=source_order)  # stable: ties stay in stated order
    listed = {id(s): base + i for i, s in enumerate(added)}
    index = {(s.article_id, s.evidence.start, s.evidence.end): base + i
             for i, s in enumerate(added)}

    def ref(source: Source) -> int | list[Any]:
        i = listed.get(id(source))
        if i is not None:
            return i
        i = index.get((source.article_id, source.evidence.start, source.evidence.end))
        return i if i is not None and added[i - base] == source else source_array(source)

    claims = {name: [[t.n, [ref(s) for s in sorted(t.added, key=source_order)]]
                     for t in options if t.added]
              for name, options in record.claims.items()}
    return dumps({"sources": source_arrays(added),
                  "claims": {name: items for name, items in claims.items() if items}})


def whole(key: str, type: str, fields: str, tallies: str, parts: list[str]) -> Record:
    """The whole record (claims best first, sources in source order) from its
    tallies and parts, read in part order."""
    sources: list[Source] = []
    stating: dict[tuple[str, int], list[Any]] = defaultdict(list)  # as stored: indexes, arrays
    for part in parts:
        data = json.loads(part)
        sources += [source_of(s) for s in data["sources"]]
        for name, items in data["claims"].items():
            for n, refs in items:
                stating[(name, n)] += refs
    # sorted once (the parts are sorted runs, which the sort merges); a claim's sources
    # by their place in that order (ties stay in stated order)
    keys = [(s.published or "", s.article_id, s.evidence.start) for s in sources]
    order = sorted(range(len(sources)), key=keys.__getitem__)
    place = [0] * len(sources)
    for position, i in enumerate(order):
        place[i] = position

    def in_order(refs: list[Any]) -> list[Source]:
        try:  # the usual case, indexes only, kept fast: big records have many
            return [sources[i] for i in sorted(refs, key=place.__getitem__)]
        except TypeError:
            return sorted((sources[r] if isinstance(r, int) else source_of(r) for r in refs),
                          key=source_order)

    claims = {name: [Claim(value, in_order(stating[(name, n)])) for value, n, *_ in options]
              for name, options in json.loads(tallies).items()}
    return Record(key, type, json.loads(fields), claims, [sources[i] for i in order])


def encode_listing(record: Tallied, ranked: dict[str, list[Tally]]) -> str:
    """The listing JSON (record_json.encode_listing) from the tallies."""
    conflicts = {name: [[t.value, t.first_arrays(), t.articles]
                        for t in options[:LISTED_VALUES]]
                 for name, options in ranked.items() if len(options) > 1}
    return dumps({"sources": source_arrays(record.first), "sources_total": record.sources_total,
                  "articles_total": record.articles_total, "conflicts": conflicts,
                  "values_total": {name: len(ranked[name]) for name in conflicts}})
