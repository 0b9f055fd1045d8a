"""A reconciled record's claims and sources as compact JSON, and back.

`sources` lists each source once, as [article, start, end, confidence,
published, url]; a claim refers to its sources by index into that list (or
holds the array itself when it differs from the listed one, e.g. the same
evidence at another confidence). A record stated by thousands of articles
thus costs one short array per article, not one object per article per field.
Claims are stored best first, as readers want them, each with `n`, its place
in the order the claims were first stated, which adding facts needs (see
reconcile.add_facts). Records written before this format (objects everywhere,
no `n`) are still read.

A record's listing is what a list of records shows of it, so that a page of
fifty never decodes their tens of thousands of sources: the sources of its
first LISTED_ARTICLES articles, the best LISTED_VALUES values of each field
in conflict (each with the sources of its first LISTED_VALUES articles), and
how many sources, articles and values there are in all.
"""

from __future__ import annotations

import json
from typing import Any

from langgieng.model import Claim, Record, Source, Span

LISTED_ARTICLES = 20  # a listing keeps the sources of the record's first 20 articles,
LISTED_VALUES = 5  # and of a field in conflict its best 5 values, each with 5 articles' sources

# One encoder for every value, as json.dumps(value, ensure_ascii=False, separators=(",", ":"))
# gives, without building a new one per call.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False  # values are never cyclic
)
# Its C encoder, made once: `JSONEncoder.encode` makes it again at every call (what it
# gives `c_make_encoder` is fixed by the settings above), and the store encodes a few
# dozen values an article. Without the C module, `encode` as it is.
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = None if _MAKE_ENCODER is None else _MAKE_ENCODER(
    None, _ENCODER.default, json.encoder.encode_basestring, None, _ENCODER.key_separator,
    _ENCODER.item_separator, _ENCODER.sort_keys, _ENCODER.skipkeys, _ENCODER.allow_nan)


def dumps(value: Any) -> str:
    """`value` as compact JSON, non-ASCII characters as they are."""
    if _C_ENCODER is None or isinstance(value, str):
        return _ENCODER.encode(value)
    return "".join(_C_ENCODER(value, 0))


def encode(stated: Record, ranked: Record) -> tuple[str, str]:
    """(sources JSON, claims JSON) of a record: the claims of `ranked` (the same
    Claim objects as `stated`, best first) with their place in `stated`."""
    record = stated
    place = {id(c): n for options in stated.claims.values() for n, c in enumerate(options)}
    listed = {id(s): i for i, s in enumerate(record.sources)}  # usually the same objects
    index: dict[tuple[str, int, int], int] = {}  # filled when a source is not one listed

    def ref(source: Source) -> int | list[Any]:
        i = listed.get(id(source))
        if i is not None:
            return i
        if not index:
            index.update((_identity(s), i) for i, s in enumerate(record.sources))
        i = index.get(_identity(source))
        return i if i is not None and record.sources[i] == source else source_array(source)

    def refs(sources: list[Source]) -> list[int] | list[int | list[Any]]:
        try:  # the usual case, listed sources only, kept fast: big records have many
            return [listed[id(s)] for s in sources]
        except KeyError:
            return [ref(s) for s in sources]

    claims = {
        name: [{"value": c.value, "n": place[id(c)], "sources": refs(c.sources)} for c in options]
        for name, options in ranked.claims.items()
    }
    return dumps([source_array(s) for s in record.sources]), dumps(claims)


def decode(key: str, type: str, fields: str, sources: str, claims: str, *,
           stated: bool = False) -> Record:
    """The record as stored (claims best first), or with `stated` its claims in
    the order first stated, to add facts to."""
    listed = [source_of(s) for s in json.loads(sources)]

    def sources_of(items: list[Any]) -> list[Source]:
        try:  # the usual case, indexes only, kept fast: big records have many
            return [listed[i] for i in items]
        except TypeError:
            return [listed[i] if isinstance(i, int) else source_of(i) for i in items]

    stored = json.loads(claims)
    if stated:  # sorted() is stable: records without `n` keep their stored order
        stored = {name: sorted(options, key=_place) if len(options) > 1 else options
                  for name, options in stored.items()}
    decoded = {
        name: [Claim(c["value"], sources_of(c["sources"])) for c in options]
        for name, options in stored.items()
    }
    return Record(key, type, json.loads(fields), decoded, listed)


def encode_listing(ranked: Record) -> str:
    """The listing JSON of a record with its claims best first."""
    conflicts = {
        name: [[c.value, source_arrays(first_articles(c.sources, LISTED_VALUES)),
                 _article_count(c.sources)]
               for c in options[:LISTED_VALUES]]
        for name, options in ranked.conflicts.items()
    }
    return dumps({"sources": source_arrays(first_articles(ranked.sources, LISTED_ARTICLES)),
                  "sources_total": len(ranked.sources),
                  "articles_total": _article_count(ranked.sources), "conflicts": conflicts,
                  "values_total": {name: len(ranked.claims[name]) for name in conflicts}})


def decode_listing(key: str, type: str, fields: str, listing: str) -> Record:
    """The record as a list shows it (see the module's docstring)."""
    stored = json.loads(listing)
    conflicts = {
        name: [Claim(value, [source_of(s) for s in sources], articles)
               for value, sources, articles in options]
        for name, options in stored["conflicts"].items()
    }
    return Record(key, type, json.loads(fields), conflicts,
                  [source_of(s) for s in stored["sources"]],
                  sources_total=stored["sources_total"], articles_total=stored["articles_total"],
                  values_total=stored["values_total"])


def listed(record: Record) -> Record:
    """A whole record cut as its listing would be (a record stored without one)."""
    return decode_listing(record.key, record.type, dumps(record.fields), encode_listing(record))


def first_articles(sources: list[Source], articles: int) -> list[Source]:
    """The sources of the first `articles` articles among `sources`, in their order:
    so every one of the first `articles` sources is among them."""
    first: set[str] = set()
    kept = []
    for source in sources:
        if source.article_id not in first:
            if len(first) == articles:
                continue
            first.add(source.article_id)
        kept.append(source)
    return kept


def source_arrays(sources: list[Source]) -> list[list[Any]]:
    return [source_array(s) for s in sources]


def _article_count(sources: list[Source]) -> int:
    return len({source.article_id for source in sources})


def _place(claim: dict[str, Any]) -> int:
    return int(claim.get("n", 0))


def _identity(source: Source) -> tuple[str, int, int]:
    return (source.article_id, source.evidence.start, source.evidence.end)


def source_array(source: Source) -> list[Any]:
    return [source.article_id, source.evidence.start, source.evidence.end, source.confidence,
            source.published, source.url]


def source_of(data: list[Any] | dict[str, Any]) -> Source:
    if isinstance(data, list):
        article, start, end, confidence, published, url = data
        return Source(article, Span(start, end), confidence, published, url)
    return Source(data["article"], Span(data["start"], data["end"]), data["confidence"],
                  data.get("published"), data.get("url"))
