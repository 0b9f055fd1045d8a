"""Gold annotation files (`../shared/gold/README.md` is the contract).

`parse_gold` turns one decoded JSON object into a `GoldDoc` and is pure;
`load_gold_dir` reads a folder of them. A malformed file becomes a message
naming the file and the problem, and the other files are still loaded.
Top-level fields the contract does not name are ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class GoldFormatError(ValueError):
    """A gold file whose content does not follow the contract."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    surface: str
    entity: str
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldFact:
    type: str
    fields: dict[str, Any]  # the contract fields, without `type` and `optional`
    optional: bool = False


@dataclass(slots=True)
class GoldDoc:
    doc: str  # the article's file name without extension
    source: str = ""  # where the annotation came from, for messages
    published: str | None = None
    url: str | None = None  # the article's address (`provenance.url`), as ingest would know it
    entities: dict[str, bool] = field(default_factory=dict)  # id -> optional
    mentions: list[GoldMention] = field(default_factory=list)
    facts: list[GoldFact] = field(default_factory=list)

    @property
    def required_entities(self) -> set[str]:
        return {e for e, optional in self.entities.items() if not optional}

    @property
    def optional_entities(self) -> set[str]:
        return {e for e, optional in self.entities.items() if optional}


def parse_gold(data: Any, *, source: str, default_doc: str | None = None) -> GoldDoc:
    """A `GoldDoc` from one decoded gold file; `GoldFormatError` if malformed."""
    if not isinstance(data, dict):
        raise GoldFormatError("top level is not a JSON object")
    doc = data.get("doc", default_doc)
    if not isinstance(doc, str) or not doc:
        raise GoldFormatError("no `doc` name")
    return GoldDoc(
        doc=doc,
        source=source,
        published=data.get("published"),
        url=_url(data.get("provenance")),
        entities=_entities(data.get("entities", [])),
        mentions=[_mention(m, i) for i, m in enumerate(_list(data, "mentions"))],
        facts=[_fact(f, i) for i, f in enumerate(_list(data, "facts"))],
    )


def _url(provenance: Any) -> str | None:
    url = provenance.get("url") if isinstance(provenance, dict) else None
    return url if isinstance(url, str) and url.strip() else None


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise GoldFormatError(f"`{key}` is not a list")
    return value


def _entities(items: Any) -> dict[str, bool]:
    if not isinstance(items, list):
        raise GoldFormatError("`entities` is not a list")
    entities: dict[str, bool] = {}
    for i, item in enumerate(items):
        if isinstance(item, str):
            entity, optional = item, False
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            entity, optional = item["id"], bool(item.get("optional", False))
        else:
            raise GoldFormatError(f"entities[{i}] is neither an id nor {{\"id\": ...}}")
        # listed twice, once optional: the required listing wins
        entities[entity] = entities.get(entity, True) and optional
    return entities


def _mention(item: Any, i: int) -> GoldMention:
    if not (isinstance(item, dict) and isinstance(item.get("surface"), str)
            and isinstance(item.get("entity"), str)):
        raise GoldFormatError(f"mentions[{i}] needs string `surface` and `entity`")
    return GoldMention(item["surface"], item["entity"], bool(item.get("optional", False)))


def _fact(item: Any, i: int) -> GoldFact:
    if not (isinstance(item, dict) and isinstance(item.get("type"), str)):
        raise GoldFormatError(f"facts[{i}] has no string `type`")
    fields = {k: v for k, v in item.items() if k not in ("type", "optional")}
    return GoldFact(item["type"], fields, bool(item.get("optional", False)))


def load_gold_file(path: Path) -> GoldDoc:
    """One gold file; `GoldFormatError` naming the problem if it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"cannot read: {exc}") from exc
    return parse_gold(data, source=str(path), default_doc=path.stem)


def load_gold_dir(folder: Path) -> tuple[list[GoldDoc], list[str]]:
    """Every `*.json` gold file in `folder`, in name order, and one message per bad file."""
    docs: list[GoldDoc] = []
    errors: list[str] = []
    for path in sorted(folder.glob("*.json")):
        try:
            docs.append(load_gold_file(path))
        except GoldFormatError as exc:
            errors.append(f"{path}: {exc}")
    return docs, errors
