"""How reconciled records read on a page: names for entity ids, one-line
summaries, numbers, and the kind of each record field (from data/record_fields.json)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

from langgieng import i18n
from langgieng.errors import NotFound
from langgieng.labels import label
from langgieng.model import Claim, Entity, Record, Source
from langgieng.pipeline import entity_named
from langgieng.reconcile.corrections import gazetteer, record_fields
from langgieng.reconcile.views import record_date
from langgieng.store import Store
from langgieng.store.records import key_id


@lru_cache(maxsize=1)
def _entity_fields() -> frozenset[str]:
    return frozenset(
        name
        for fields in record_fields().values()
        for name, kind in fields.items()
        if kind in ("entity", "entities")
    )


def is_entity_field(name: str) -> bool:
    """Whether a fact or record field holds entity ids (so the page links them)."""
    return name in _entity_fields()


def entity_name(entity_id: Any) -> str:
    """The canonical name of an entity id, or the id itself when unknown."""
    found = gazetteer()
    entity = found.get(entity_id) if found and isinstance(entity_id, str) else None
    return entity.name if entity else str(entity_id)


def record_id(record: Record) -> str:
    return key_id(record.key)


def source_articles(sources: list[Source]) -> list[str]:
    """The distinct article ids among sources, in first-seen order."""
    return list(dict.fromkeys(source.article_id for source in sources))


def names(values: Any) -> str:
    items = values if isinstance(values, list) else [values] if values else []
    return ", ".join(entity_name(item) for item in items) or "?"


def summary(record: Record, lang: str = "en") -> str:
    """One line saying what the record is about, with names instead of ids, in
    the page's language."""
    f = record.fields

    def _(message: str, **values: Any) -> str:
        return i18n.gettext(lang, message, **values)

    if record.type == "meeting":
        if f.get("edition"):
            return _("%(series)s #%(edition)s at %(place)s", series=names(f.get("series")),
                     edition=f["edition"], place=names(f.get("place")))
        return _("%(series)s at %(place)s", series=names(f.get("series")),
                 place=names(f.get("place")))
    if record.type == "visit":
        line = _("%(visitor)s to %(destination)s", visitor=names(f.get("visitor")),
                 destination=names(f.get("destination")))
        return f"{line} ({label(f['kind'], lang)})" if f.get("kind") else line
    if record.type == "agreement":
        kind = label(f.get("kind") or "agreement", lang)
        if f.get("topic"):
            kind = _("%(kind)s on %(topic)s", kind=kind, topic=f["topic"])
        return f"{kind}: {names(f.get('parties'))}"
    if record.type == "relations":
        return f"{label('relations', lang)}: {names(f.get('parties'))}"
    amount = f"{i18n.number(f.get('value'), lang)} {f.get('unit') or ''}".rstrip()
    if record.type == "target":
        when = _("by %(year)s", year=f.get("by") or "?")
    elif f.get("period"):
        when = _("in %(period)s", period=f["period"])
    else:
        when = _("in total")
    return f"{label(f.get('indicator'), lang)} {names(f.get('parties'))}: {amount} {when}"


def recent(records: list[Record], limit: int) -> list[Record]:
    """The records with the latest dates first (undated left out)."""
    dated = [r for r in records if record_date(r) and not record_date(r).startswith("-")]
    return sorted(dated, key=lambda r: (record_date(r), r.key), reverse=True)[:limit]


def require_entity(entity_id: str, store: Store | None = None) -> Entity:
    """The gazetteer entity, else one the store's articles taught the system
    (promoted or discovered); `entity_id` may also be a name, with or without
    diacritics, or a garbled form the linker repairs. NotFound (a 404 page or
    JSON error) names the nearest names."""
    found = gazetteer()

    def by_id(key: str) -> Entity | None:
        entity = found.get(key) if found else None
        return entity if entity is not None or store is None else store.entity_record(key)

    entity = by_id(entity_id)
    if entity is None and (named := entity_named(entity_id)) is not None:
        entity = by_id(named)
    if entity is None:
        near = found.search(entity_id, limit=3) if found else []
        if near:
            raise NotFound("no entity %(id)r in the gazetteer or the store; nearest: %(near)s",
                           id=entity_id, near=", ".join(f"{e.name} ({e.id})" for e, _ in near))
        raise NotFound("no entity %(id)r in the gazetteer or the store", id=entity_id)
    return entity


def article_url(article_id: str) -> str:
    """The article page's path, as url_for('article_page') gives it: built here because
    url_for tries every route in turn, which on a page of many sources cost more
    than the rest of the page."""
    return "/articles/" + quote(article_id, safe="")


def entity_url(entity_id: Any) -> str:
    """The entity page's path; the id is quoted, so no character of it can end the URL."""
    return "/entities/" + quote(str(entity_id), safe="/")


def articles_total(item: Record | Claim) -> int:
    """How many articles state a record or a claim: in a list its sources are only
    those of the first few articles, and it says how many there are in all."""
    if item.articles_total is not None:
        return item.articles_total
    return len({source.article_id for source in item.sources})


def values_total(record: Record, name: str) -> int:
    """How many values the sources give a field in conflict: a list holds the best few."""
    if record.values_total is not None:
        return record.values_total[name]
    return len(record.claims[name])


def unique_sources(sources: list[Source]) -> list[Source]:
    """One source per article, in first-seen order."""
    first: dict[str, Source] = {}
    for source in sources:
        first.setdefault(source.article_id, source)
    return list(first.values())


def series_id_of(text: str) -> str:
    """A series id given as itself or by a name (`Hội nghị biên giới Việt Nam -
    Campuchia`, diacritics optional); anything else as it was given."""
    known = gazetteer()
    if known is not None and text not in known:
        named = entity_named(text)
        entity = known.get(named) if named else None
        if entity is not None and entity.kind == "series":
            return entity.id
    return text


def require_series(series_id: str, editions: list[Any]) -> None:
    """NotFound unless the series has recorded editions or is in the gazetteer."""
    known = gazetteer()
    if not editions and (known is None or series_id not in known):
        raise NotFound("no series %(id)r", id=series_id)
