"""Read-side views over reconciled records: series editions, indicator
series against targets, entity timelines, and human corrections."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from langgieng.model import Record, entity_ids


@dataclass(slots=True)
class Edition:
    number: int
    record: Record | None  # None for a gap: an edition no article reports

    @property
    def planned(self) -> bool:
        return self.record is not None and self.record.fields.get("status") == "planned"


def series_editions(records: Iterable[Record], series: str) -> list[Edition]:
    """The series' editions in order, with gaps between the known ones."""
    by_number: dict[int, Record] = {}
    for record in records:
        edition = record.fields.get("edition")
        if record.type == "meeting" and record.fields.get("series") == series and edition:
            by_number[int(edition)] = record
    if not by_number:
        return []
    low, high = min(by_number), max(by_number)
    return [Edition(n, by_number.get(n)) for n in range(low, high + 1)]


@dataclass(slots=True)
class TargetCheck:
    target: Record
    actual: Record | None  # the measure for the target's period, when stored
    met: bool | None  # None while no actual is known


@dataclass(slots=True)
class IndicatorView:
    indicator: str
    parties: list[str]
    measures: list[Record] = field(default_factory=list)  # ordered by period
    targets: list[TargetCheck] = field(default_factory=list)


def indicator_view(records: Iterable[Record], indicator: str, parties: list[str]) -> IndicatorView:
    """Values by period for an indicator and parties, and each target's outcome."""
    wanted = set(parties)
    chosen = [
        r
        for r in records
        if r.fields.get("indicator") == indicator and set(r.fields.get("parties") or []) == wanted
    ]
    measures = sorted((r for r in chosen if r.type == "measure"), key=_period_sort_key)
    view = IndicatorView(indicator, sorted(wanted), measures=measures)
    for target in sorted(
        (r for r in chosen if r.type == "target"), key=lambda r: r.fields["by"] or ""
    ):
        actual = _actual_for(measures, target.fields.get("by"))
        met = (
            None
            if actual is None
            else float(actual.fields["value"]) >= float(target.fields["value"])
        )
        view.targets.append(TargetCheck(target, actual, met))
    return view


def _actual_for(measures: list[Record], by: str | None) -> Record | None:
    """The full-period figure for the target's period (a year, not part of it)."""
    for record in measures:
        if by and record.fields.get("period") == by:
            return record
    return None


def _period_sort_key(record: Record) -> str:
    period = record.fields.get("period")
    if period:
        return str(period)
    return reported_year(record)  # a running total sorts at the year it was reported


def reported_year(record: Record) -> str:
    """The year a running total (a figure with no period) was reported: its key
    ends `as-of-2023` (see `reconcile.record_key`)."""
    return record.key.rsplit("as-of-", 1)[-1]


def sureness(record: Record) -> float:
    """How sure the record's surest source is (the best calibrated confidence)."""
    return max((source.confidence for source in record.sources), default=0.0)


def review_order(records: Iterable[Record]) -> list[Record]:
    """The review queue's order: conflicts first, then the least sure, then by type
    and key (the store keeps conflicts and sureness on each row to page in it)."""
    return sorted(records, key=lambda r: (-len(r.conflicts), sureness(r), r.type, r.key))


def record_date(record: Record) -> str:
    """The date a record is placed at on a timeline ("" when unknown)."""
    f = record.fields
    for name in ("start", "date", "period", "by"):
        value = f.get(name)
        if value:
            return str(value)
    return ""


def entities_of(record: Record) -> set[str]:
    """Every entity id named in a record's fields."""
    return entity_ids(record.fields)


def entity_timeline(records: Iterable[Record], entity: str) -> list[Record]:
    chosen = [r for r in records if entity in entities_of(r)]
    return sorted(chosen, key=lambda r: (record_date(r).lstrip("-"), r.key))
