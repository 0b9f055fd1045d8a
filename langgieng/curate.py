"""Verdicts on the entities the text taught the system: promote one into the
gazetteer, merge it into an entity it is the same as, or reject it.

A verdict is stored by entity id, then the articles that name the entity are
linked and extracted again with every verdict applied, and the records are
rebuilt: the store reads as if the verdict had been there from the start, and
every later ingest or `reconcile --reextract` applies it too. Each verdict
records its author.
"""

from __future__ import annotations

from datetime import UTC, datetime

from langgieng.errors import LangGiengError, NotFound
from langgieng.gazetteer import load
from langgieng.pipeline import reprocess
from langgieng.store import Store
from langgieng.store.discovered import Discovered


def find_discovered(store: Store, entity_id: str) -> Discovered:
    found, _ = store.discovered(ids=[entity_id], judged=True, limit=1)
    if not found:
        raise NotFound("no discovered entity %(id)r (see `langgieng entities --discovered`)",
                       id=entity_id)
    return found[0]


def known_entity(store: Store, entity_id: str) -> bool:
    """Whether `entity_id` is a gazetteer entity, a promoted one or a discovered one."""
    return entity_id in load() or store.entity_record(entity_id) is not None


def promote(
    store: Store, entity_id: str, *, author: str, name: str | None = None, note: str = ""
) -> int:
    """Make a discovered entity a gazetteer record (under `name` if given)."""
    found = find_discovered(store, entity_id)
    if name:
        found.name = name
    today = datetime.now(UTC).date().isoformat()
    source = (
        f"promoted by a reviewer on {today} from {found.articles} article(s),"
        f" first {found.evidence_article or 'unknown'}"
    )
    store.judge_entity(entity_id, "promote", record=found.as_entity(source), note=note,
                       author=author)
    return relink(store, entity_id)


def merge(store: Store, entity_id: str, target: str, *, author: str, note: str = "") -> int:
    """Record that a discovered entity is `target` (a gazetteer or discovered id)."""
    find_discovered(store, entity_id)
    if target == entity_id:
        raise LangGiengError("an entity cannot be merged into itself")
    if not known_entity(store, target):
        raise NotFound("unknown entity %(id)r to merge into", id=target)
    store.judge_entity(entity_id, "merge", target=target, note=note, author=author)
    return relink(store, entity_id)


def reject(store: Store, entity_id: str, *, author: str, note: str = "") -> int:
    """Record that a discovered entity is no entity: its mentions stay unresolved."""
    find_discovered(store, entity_id)
    store.judge_entity(entity_id, "reject", note=note, author=author)
    return relink(store, entity_id)


def relink(store: Store, entity_id: str) -> int:
    """Link and extract again the articles that name `entity_id` (with every
    verdict applied), then rebuild the records. Returns how many were processed."""
    ids = [summary.id for summary, _ in store.articles_mentioning(entity_id, limit=-1)]
    return reprocess(store, article_ids=ids)
