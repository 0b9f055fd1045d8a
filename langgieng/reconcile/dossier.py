"""A dossier for the next meeting between two sides (two provinces, two
countries, or a province and a country): what the record says of them, from
the reconciled records alone.

- the agreements both signed, oldest first, each with its period or date;
- the visits and meetings between them in order (a visit by one side or its
  people to the other, a meeting held on either side's ground);
- every indicator stated for the pair, by period, against its targets;
- the records here whose sources disagree and that nobody has judged yet;
- the articles all of this comes from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from langgieng.model import Record
from langgieng.reconcile.views import IndicatorView, indicator_view, record_date


@dataclass(slots=True)
class Dossier:
    sides: tuple[str, str]
    agreements: list[Record] = field(default_factory=list)
    contacts: list[Record] = field(default_factory=list)  # visits and meetings, in order
    indicators: list[IndicatorView] = field(default_factory=list)
    open_conflicts: list[Record] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # every source, first cited first

    @property
    def empty(self) -> bool:
        return not (self.agreements or self.contacts or self.indicators)


def build_dossier(records: Iterable[Record], a: str, b: str) -> Dossier:
    """The dossier of sides `a` and `b` (entity ids) from reconciled records
    (corrections applied, rejected ones left out by the caller)."""
    dossier = Dossier((a, b))
    figures: dict[str, list[Record]] = {}
    for record in records:
        f = record.fields
        parties = set(f.get("parties") or [])
        if record.type == "agreement" and {a, b} <= _widened(parties, a, b):
            dossier.agreements.append(record)
        elif record.type in ("visit", "meeting") and _between(record, a, b):
            dossier.contacts.append(record)
        elif record.type in ("measure", "target") and parties == {a, b} and f.get("indicator"):
            figures.setdefault(str(f["indicator"]), []).append(record)
    dossier.agreements.sort(key=_when)
    dossier.contacts.sort(key=_when)
    dossier.indicators = [indicator_view(found, name, [a, b])
                          for name, found in sorted(figures.items())]
    shown = [*dossier.agreements, *dossier.contacts, *(r for rs in figures.values() for r in rs)]
    dossier.open_conflicts = [r for r in shown if r.conflicts and not r.review]
    dossier.articles = list(dict.fromkeys(s.article_id for r in shown for s in r.sources))
    return dossier


def _when(record: Record) -> tuple[str, str]:
    return record_date(record).lstrip("-"), record.key


def _side_of(entity: object, a: str, b: str) -> str | None:
    """Which side an entity is: the side itself, or a province of a side that is
    a country (`vn/kon-tum` is Vietnam's side when the pair is of countries)."""
    if not isinstance(entity, str):
        return None
    for side in (a, b):
        if entity == side or ("/" not in side and entity.startswith(side + "/")):
            return side
    return None


def _widened(parties: set[str], a: str, b: str) -> set[str]:
    """The parties and the sides they belong to."""
    return parties | {side for p in parties if (side := _side_of(p, a, b))}


def _between(record: Record, a: str, b: str) -> bool:
    """A visit from one side to the other, or by a person to either side; a
    meeting held on either side's ground or chaired by people of both."""
    f = record.fields
    if record.type == "visit":
        visitor, destination = _side_of(f.get("visitor"), a, b), _side_of(
            f.get("destination"), a, b)
        person = isinstance(f.get("visitor"), str) and f["visitor"].startswith("person/")
        return destination is not None and (person or visitor not in (None, destination))
    return _side_of(f.get("place"), a, b) is not None
