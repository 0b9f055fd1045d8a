"""Entities the text taught the system: their office claims, and people's verdicts.

A discovered entity is an id that mentions linked by the rule `discovered`
(a person the gazetteer lacks). What articles say of it is kept as office
claims; a verdict (promote, merge, reject) is keyed by the entity id and read
back as a `Curation` that the linker applies on every later ingest.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from langgieng.gazetteer.records import entity_from_dict, entity_to_dict
from langgieng.link.curation import Curation
from langgieng.model import Entity, Office
from langgieng.normalize import slugify
from langgieng.store.dialect import Database

DISCOVERED_RULE = "discovered"
ACTIONS = ("promote", "merge", "reject")


@dataclass(slots=True)
class ClaimedOffice:
    title: str
    role: str
    unit: str | None
    country: str | None
    first: str | None  # earliest and latest dates it is claimed for
    last: str | None
    articles: int


@dataclass(slots=True)
class Discovered:
    id: str
    kind: str
    name: str  # the surface most articles write, titles stripped
    country: str | None
    articles: int
    mentions: int
    offices: list[ClaimedOffice] = field(default_factory=list)
    evidence: str = ""  # a sentence that introduces it
    evidence_article: str = ""
    verdict: str | None = None  # the latest verdict: promote, merge or reject
    target: str | None = None  # of a merge

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "name": self.name, "country": self.country,
            "articles": self.articles, "mentions": self.mentions,
            "offices": [asdict(o) for o in self.offices], "evidence": self.evidence,
            "evidence_article": self.evidence_article, "verdict": self.verdict,
            "target": self.target,
        }

    def as_entity(self, source: str) -> Entity:
        """A gazetteer record for it, offices from its claims."""
        offices = [
            Office(o.role, o.country or self.country or "", o.first, o.last, o.title)
            for o in self.offices if o.role != "military_rank"
        ]
        return Entity(self.id, self.kind, self.name, country=self.country, offices=offices,
                      source=source)


def discovered(
    db: Database,
    *,
    ids: list[str] | None = None,
    country: str | None = None,
    name: str | None = None,
    judged: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[Discovered], int]:
    """Discovered entities, most reported first, and how many there are in all.
    Those a person judged already are left out unless `judged`."""
    verdicts = latest_verdicts(db)
    # which entities from the (rule, entity) index; their counts from entity_articles,
    # one row per article: no pass over every mention
    found = [row[0] for row in db.execute(
        "SELECT DISTINCT entity FROM mentions WHERE rule = ? AND entity IS NOT NULL",
        (DISCOVERED_RULE,),
    )]
    if judged:  # a promoted or merged entity's mentions no longer carry the rule
        found += [entity for entity in verdicts if entity not in set(found)]
    counts = {entity: _counts(db, entity) for entity in found}
    countries = _countries(db) if country else {}
    folded = slugify(name) if name else ""
    wanted = [
        e for e in counts
        if (judged or e not in verdicts) and (ids is None or e in ids)
        and (not country or countries.get(e) == country) and folded in e
    ]
    wanted.sort(key=lambda e: (-counts[e][0], e))
    # only the page asked for is described: a big store discovers thousands
    page = [_describe(db, e, *counts[e], verdicts) for e in wanted[offset : offset + limit]]
    return page, len(wanted)


def _describe(
    db: Database, entity: str, articles: int, mentions: int,
    verdicts: dict[str, Any],
) -> Discovered:
    # aggregates in SQL: a discovered person may be named in thousands of articles
    surfaces = Counter(dict(db.execute(
        "SELECT surface, COUNT(*) FROM mentions WHERE entity = ? GROUP BY surface"
        " ORDER BY MIN(CASE WHEN rule = ? THEN 0 ELSE 1 END), surface",
        (entity, DISCOVERED_RULE),
    ).fetchall()))
    name = _name_of(entity, surfaces)
    offices = [
        ClaimedOffice(title, role, unit, country, first, last, count)
        for role, unit, title, country, first, last, count in db.execute(
            "SELECT role, unit, title, MIN(country), MIN(date), MAX(date), COUNT(*)"
            " FROM office_claims WHERE entity = ? GROUP BY role, unit, title"
            " ORDER BY MIN(date) NULLS FIRST, title",
            (entity,),
        )
    ]
    home = db.execute(
        "SELECT country FROM office_claims WHERE entity = ? AND country IS NOT NULL"
        " GROUP BY country ORDER BY COUNT(*) DESC, country LIMIT 1",
        (entity,),
    ).fetchone()
    first = db.execute(
        "SELECT article_id, evidence_start, evidence_end FROM office_claims WHERE entity = ?"
        " ORDER BY date NULLS FIRST, article_id LIMIT 1",
        (entity,),
    ).fetchone()
    if first is not None:
        article = first["article_id"]
        evidence = _text_span(db, article, first["evidence_start"], first["evidence_end"])
    else:
        evidence, article = _mention_sentence(db, entity)
    verdict = verdicts.get(entity)
    country = home[0] if home else None
    if not offices and verdict and verdict["action"] == "promote" and verdict["record"]:
        # a promoted entity links as a gazetteer one and claims no offices any more:
        # its record keeps what the claims said when it was promoted
        record = entity_from_dict(json.loads(verdict["record"]))
        country = country or record.country
        offices = [ClaimedOffice(o.title, o.role, None, o.country, o.start, o.end, 0)
                   for o in record.offices]
    return Discovered(
        id=entity, kind=entity.split("/")[0], name=name,
        country=country,
        articles=articles, mentions=mentions, offices=offices,
        evidence=evidence, evidence_article=article,
        verdict=verdict["action"] if verdict else None,
        target=verdict["target"] if verdict else None,
    )


def _counts(db: Database, entity: str) -> tuple[int, int]:
    """(articles, mentions) naming the entity."""
    row = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(mentions), 0) FROM entity_articles WHERE entity = ?",
        (entity,),
    ).fetchone()
    return int(row[0]), int(row[1])


def _name_of(entity: str, surfaces: Counter[str]) -> str:
    """The commonest written form, without the titles before the name."""
    slug_words = len(entity.split("/", 1)[1].split("-"))
    best = surfaces.most_common(1)[0][0] if surfaces else entity
    words = best.replace("-", "- ").split()
    # honorifics stand first: keep as many last words as the slug has syllables
    kept = words[-slug_words:] if len(words) > slug_words else words
    return " ".join(kept).replace("- ", "-")


def _mention_sentence(db: Database, entity: str) -> tuple[str, str]:
    """The sentence (as the clean stage split it) of the entity's first mention."""
    row = db.execute(
        "SELECT m.article_id, m.start, a.sentences FROM mentions m JOIN articles a"
        " ON a.id = m.article_id WHERE m.entity = ? ORDER BY m.article_id, m.start LIMIT 1",
        (entity,),
    ).fetchone()
    if row is None:
        return "", ""
    at = row["start"]
    lo, hi = next(((lo, hi) for lo, hi in json.loads(row["sentences"]) if lo <= at < hi),
                  (at, at))
    return _text_span(db, row["article_id"], lo, hi), row["article_id"]


def _text_span(db: Database, article_id: str, start: int, end: int) -> str:
    """text[start:end] of a stored article, read without loading the whole text."""
    row = db.execute(
        "SELECT substr(text, ? + 1, ?) FROM articles WHERE id = ?",
        (start, end - start, article_id),
    ).fetchone()
    return str(row[0]).strip() if row else ""


def latest_verdicts(db: Database) -> dict[str, Any]:
    """Each judged entity's latest verdict."""
    rows = db.execute(
        "SELECT v.* FROM entity_verdicts v WHERE v.id ="
        " (SELECT MAX(id) FROM entity_verdicts w WHERE w.entity = v.entity)"
    ).fetchall()
    return {r["entity"]: r for r in rows}


def save_verdict(
    db: Database, entity: str, action: str, *, target: str | None = None,
    record: Entity | None = None, note: str = "", author: str, at: str,
) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown verdict {action!r}; expected one of {', '.join(ACTIONS)}")
    db.execute(
        "INSERT INTO entity_verdicts (entity, action, target, record, note, author, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (entity, action, target,
         json.dumps(entity_to_dict(record), ensure_ascii=False) if record else None, note,
         author, at),
    )


def curation(db: Database) -> Curation:
    """The verdicts as the linker applies them."""
    promoted, merged, rejected = [], {}, set()
    for entity, row in sorted(latest_verdicts(db).items()):
        if row["action"] == "promote" and row["record"]:
            promoted.append(entity_from_dict(json.loads(row["record"])))
        elif row["action"] == "merge" and row["target"]:
            merged[entity] = row["target"]
        elif row["action"] == "reject":
            rejected.add(entity)
    return Curation(tuple(promoted), merged, frozenset(rejected), _countries(db))


def _countries(db: Database) -> dict[str, str]:
    """Each discovered person's country, as most of their office claims give it."""
    counts: dict[str, Counter[str]] = {}
    for entity, country in db.execute(
        "SELECT entity, country FROM office_claims WHERE country IS NOT NULL"
    ):
        counts.setdefault(entity, Counter())[country] += 1
    return {entity: c.most_common(1)[0][0] for entity, c in counts.items()}


def promoted_entity(db: Database, entity_id: str) -> Entity | None:
    verdict = latest_verdicts(db).get(entity_id)
    if verdict is None or verdict["action"] != "promote" or not verdict["record"]:
        return None
    return entity_from_dict(json.loads(verdict["record"]))


def entity_record(db: Database, entity_id: str) -> Entity | None:
    """A promoted entity's record, else a discovered one's as the articles describe it."""
    promoted = promoted_entity(db, entity_id)
    if promoted is not None:
        return promoted
    found, _ = discovered(db, ids=[entity_id], judged=True, limit=1)
    if not found:
        return None
    item = found[0]
    return item.as_entity(f"discovered in {item.articles} article(s), not yet reviewed")
