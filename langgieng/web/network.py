"""The partnership network: who signed agreements with whom.

Nodes are the parties of agreement records; Vietnamese parties (the country
and its provinces) go in the left column, their partners in the right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from langgieng.model import Record
from langgieng.reconcile.views import record_date


@dataclass(slots=True)
class Edge:
    a: str  # the Vietnamese side when there is one
    b: str
    records: list[Record] = field(default_factory=list)


@dataclass(slots=True)
class Network:
    left: list[str]  # Vietnamese parties
    right: list[str]  # partners
    edges: list[Edge]


def is_vietnamese(entity_id: str) -> bool:
    return entity_id == "vn" or entity_id.startswith("vn/")


def partnership(records: list[Record]) -> Network:
    """The network of the agreement records among `records`."""
    edges: dict[tuple[str, str], Edge] = {}
    for record in records:
        if record.type != "agreement":
            continue
        named = record.fields.get("parties") or []
        parties = [p for p in dict.fromkeys(named) if isinstance(p, str)]
        for a, b in combinations(parties, 2):
            pair = (a, b) if is_vietnamese(a) or not is_vietnamese(b) else (b, a)
            edges.setdefault(pair, Edge(*pair)).records.append(record)
    nodes = {node for pair in edges for node in pair}
    for edge in edges.values():
        edge.records.sort(key=lambda r: (record_date(r), r.key))
    return Network(
        left=sorted(n for n in nodes if is_vietnamese(n)),
        right=sorted(n for n in nodes if not is_vietnamese(n)),
        edges=sorted(edges.values(), key=lambda e: (e.a, e.b)),
    )
