"""Commands over reconciled records: series, indicator, timeline, review."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from typing import Any

import click
from tqdm import tqdm

from langgieng.cli import (
    author,
    command_store,
    db_path,
    echo_json,
    main,
    work_placement,
    workers_option,
)
from langgieng.cli.messages import language, say, t
from langgieng.cli.params import ENTITY
from langgieng.i18n import day, number
from langgieng.labels import label
from langgieng.model import Record
from langgieng.pipeline import reprocess
from langgieng.reconcile.corrections import InvalidCorrection, correction_for
from langgieng.reconcile.views import (
    entity_timeline,
    indicator_view,
    record_date,
    reported_year,
    series_editions,
)
from langgieng.store import display_name
from langgieng.store.records import key_id


def _sources(record: Record) -> str:
    return ", ".join(sorted({s.article_id for s in record.sources}))


def _conflict_lines(record: Record) -> list[str]:
    lines = []
    for name, claims in record.conflicts.items():
        options = "; ".join(
            f"{c.value} ({', '.join(sorted({s.article_id for s in c.sources}))})" for c in claims
        )
        lines.append("    " + t("conflict on %(field)s: %(values)s", field=name, values=options))
    return lines


def _record_json(record: Record) -> dict[str, Any]:
    return {
        "id": record_id(record),
        "key": record.key,
        "type": record.type,
        "fields": record.fields,
        "review": record.review,
        "invalid_corrections": record.invalid,
        "sources": sorted({s.article_id for s in record.sources}),
        "conflicts": {
            name: [{"value": c.value, "sources": [s.article_id for s in c.sources]} for c in claims]
            for name, claims in record.conflicts.items()
        },
    }


def record_id(record: Record) -> str:
    return key_id(record.key)


@main.command("reconcile")
@click.option(
    "--reextract",
    is_flag=True,
    help="Re-link and re-extract every stored article first (after the rules or gazetteer change).",
)
@workers_option
@click.pass_context
def reconcile_command(ctx: click.Context, reextract: bool, workers: int | None,
                      engine: str | None, scheduler: str | None) -> None:
    """Rebuild the reconciled records from the stored facts; corrections are kept."""
    workers, cluster = work_placement(workers, engine, scheduler)
    with command_store(ctx) as store:
        if reextract:
            with tqdm(desc="re-extracting", unit=" articles", file=sys.stderr) as progress:
                done = reprocess(store, on_item=lambda _id: progress.update(),
                                 workers=workers, cluster=cluster)
            say("re-extracted %(count)s articles", count=done)
        else:
            store.refresh_all_records()
        total = store.count_records(include_rejected=True)
    say("%(count)s records", count=total)


@main.command()
@click.argument("series_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def series(ctx: click.Context, series_id: str | None, as_json: bool) -> None:
    """List the editions of a recurring mechanism, with gaps; without SERIES_ID,
    the series the store holds with their editions."""
    with command_store(ctx) as store:
        known = store.series_summary()
        if series_id is None:
            _list_series(known, as_json)
            return
        if series_id not in {row[0] for row in known}:
            listed = ", ".join(row[0] for row in known) or "none"
            raise click.UsageError(t("no meetings of %(series)r in the store; series: %(listed)s",
                                     series=series_id, listed=listed))
        editions = series_editions(store.records(type="meeting"), series_id)
    if as_json:
        echo_json(
            [
                {
                    "edition": e.number,
                    "gap": e.record is None,
                    **({} if e.record is None else _record_json(e.record)),
                }
                for e in editions
            ]
        )
        return
    if not editions:
        say("No editions of %(series)s are recorded.", series=series_id)
        return
    click.echo(f"{series_id}: " + t("editions %(first)s-%(last)s", first=editions[0].number,
                                    last=editions[-1].number))
    for e in editions:
        if e.record is None:
            click.echo(f"  {e.number:>3}  (" + t("gap: no article reports this edition") + ")")
            continue
        f = e.record.fields
        status = t("planned") if e.planned else t("held")
        dates = _day(f.get("start")) or "?"
        if f.get("end") and f.get("end") != f.get("start"):
            dates += " " + t("to %(end)s", end=_day(f["end"]))
        chairs = ", ".join(f.get("chairs") or []) or "-"
        click.echo(
            f"  {e.number:>3}  {status:<7} {dates:<24} {f.get('place') or '-':<18} "
            + t("chairs: %(chairs)s  sources: %(sources)s", chairs=chairs,
                sources=_sources(e.record))
        )
        for line in _conflict_lines(e.record):
            click.echo(line)


def _list_series(known: list[tuple[str, int, int | None, int | None]], as_json: bool) -> None:
    if as_json:
        echo_json([{"series": s, "editions": n, "first": lo, "last": hi}
                   for s, n, lo, hi in known])
        return
    say("%(count)s series", count=len(known))
    for name, count, low, high in known:
        span = (t("editions %(first)s-%(last)s", first=low, last=high) if low is not None
                else t("no numbered edition"))
        click.echo(f"  {name:<55} " + t("%(count)s recorded, %(span)s", count=count, span=span))


@main.command()
@click.argument("indicator_name", metavar="INDICATOR", required=False)
@click.option("--parties", help="Comma-separated entity ids, e.g. vn,kh.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def indicator(
    ctx: click.Context, indicator_name: str | None, parties: str | None, as_json: bool
) -> None:
    """Values of an indicator by period, and targets against actuals; without
    INDICATOR, the indicators the store holds, per pair, with counts."""
    if indicator_name is None or parties is None:
        with command_store(ctx) as store:
            rows = [r for r in store.indicator_summary()
                    if indicator_name is None or r[0] == indicator_name]
        if as_json:
            echo_json([{"indicator": i, "parties": p.split(","), "measures": m, "targets": t}
                       for i, p, m, t in rows])
            return
        say("%(count)s indicator(s) and pairs (give INDICATOR --parties a,b for one)",
            count=len(rows))
        for name, pair, measures, targets in rows:
            click.echo(f"  {name:<28} {pair:<28} measures {measures:>4}  targets {targets:>3}")
        return
    party_ids = [p.strip() for p in parties.split(",") if p.strip()]
    with command_store(ctx) as store:
        view = indicator_view(store.records(), indicator_name, party_ids)
    if as_json:
        echo_json(
            {
                "indicator": view.indicator,
                "parties": view.parties,
                "measures": [_record_json(r) for r in view.measures],
                "targets": [
                    {
                        "target": _record_json(check.target),
                        "met": check.met,
                        "actual": check.actual.fields.get("value") if check.actual else None,
                    }
                    for check in view.targets
                ],
            }
        )
        return
    say("%(indicator)s for %(parties)s", indicator=view.indicator,
        parties=", ".join(view.parties))
    if not view.measures and not view.targets:
        click.echo("  " + t("nothing recorded"))
    for r in view.measures:
        f = r.fields
        period = f.get("period") or t("as of %(year)s", year=reported_year(r))
        qualifier = f" ({f['qualifier']})" if f.get("qualifier") else ""
        click.echo(
            f"  {period:<18} {_number(f.get('value'))} {f.get('unit') or ''}{qualifier}  "
            + t("sources: %(sources)s", sources=_sources(r))
        )
        for line in _conflict_lines(r):
            click.echo(line)
    for check in view.targets:
        f = check.target.fields
        outcome = t({None: "no actual yet", True: "met", False: "missed"}[check.met])
        click.echo("  " + t(
            "target by %(by)s: %(value)s %(unit)s -> %(outcome)s  sources: %(sources)s",
            by=f.get("by"), value=_number(f.get("value")), unit=f.get("unit") or "",
            outcome=outcome, sources=_sources(check.target)))


@main.command()
@click.argument("entity", type=ENTITY)
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the newest N records.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def timeline(ctx: click.Context, entity: str, limit: int | None, as_json: bool) -> None:
    """Every reconciled event an entity took part in, in date order."""
    with command_store(ctx) as store:
        newest = store.records(entity=entity, newest_first=limit is not None, limit=limit)
        records = entity_timeline(newest, entity)
    if as_json:
        echo_json([_record_json(r) for r in records])
        return
    if not records:
        say("No records name %(entity)s.", entity=entity)
    for r in records:
        when = _day(record_date(r)) or "?"
        click.echo(f"  {when:<16} {label(r.type, language()):<10} {_summary(r)}  [{record_id(r)}]")


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0, 10**9))
@click.pass_context
def review(ctx: click.Context, as_json: bool, limit: int, offset: int) -> None:
    """The review queue: records no person has accepted, rejected or corrected yet,
    conflicts first, then the least sure."""
    if ctx.invoked_subcommand:
        return
    with command_store(ctx) as store:
        queue = store.records(unreviewed=True, limit=limit, offset=offset)
        total = store.count_records(unreviewed=True)
    if as_json:
        echo_json([_record_json(r) for r in queue])
        return
    line = t("%(total)s records to review (conflicts first, then the least sure)", total=total)
    if len(queue) < total:
        line += t("; %(first)s to %(last)s shown", first=offset + 1, last=offset + len(queue))
    if offset + len(queue) < total:
        line += t(" (--offset %(next)s for more)", next=offset + len(queue))
    click.echo(line)
    for r in queue:
        click.echo(f"  {record_id(r)}  {label(r.type, language()):<10} {_summary(r)}")
        for line in _conflict_lines(r):
            click.echo(line)
        for reason in r.invalid:
            click.echo("      " + t("invalid stored correction, not applied: %(reason)s",
                                        reason=reason))


def _save(
    ctx: click.Context, record_ref: str, action: str, field: str | None = None,
    value: Any = None, note: str = "",
) -> None:
    """Check the verdict as the web form and the API do, then store it; a bad
    one is refused with the reason and exit status 2."""
    with command_store(ctx) as store:
        record = store.record(record_ref)
        try:
            correction = correction_for(record, action, field, value, note)
        except InvalidCorrection as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)
        by = author(ctx, store)
        store.save_correction(dataclasses.replace(correction, author=by))
    say("saved for %(id)s (%(key)s) by %(by)s", id=record_id(record), key=record.key, by=by)


@review.command("accept")
@click.argument("record_ref", metavar="RECORD")
@click.option("--note", default="", help="Why.")
@click.pass_context
def review_accept(ctx: click.Context, record_ref: str, note: str) -> None:
    """Accept a record as extracted."""
    _save(ctx, record_ref, "accept", note=note)


@review.command("reject")
@click.argument("record_ref", metavar="RECORD")
@click.option("--note", default="", help="Why.")
@click.pass_context
def review_reject(ctx: click.Context, record_ref: str, note: str) -> None:
    """Reject a record: it no longer shows in series, indicators or timelines."""
    _save(ctx, record_ref, "reject", note=note)


@review.command("correct")
@click.argument("record_ref", metavar="RECORD")
@click.argument("field_name", metavar="FIELD")
@click.argument("value")
@click.option("--note", default="", help="Why.")
@click.pass_context
def review_correct(
    ctx: click.Context, record_ref: str, field_name: str, value: str, note: str
) -> None:
    """Set FIELD of a record to VALUE, checked against the field's kind (a number,
    a date YYYY[-MM[-DD]], an entity id, entity ids separated by commas, ...);
    a JSON list is read as a list; an empty VALUE clears the field."""
    parsed: Any = value
    if value.lstrip().startswith("["):
        with contextlib.suppress(json.JSONDecodeError, RecursionError):  # refused below
            parsed = json.loads(value)
    _save(ctx, record_ref, "correct", field_name, parsed, note)


@main.command("migrate")
@click.pass_context
def migrate_command(ctx: click.Context) -> None:
    """Bring the database's schema up to date (every write command does it too;
    a read-only server needs it done first)."""
    with command_store(ctx, create=False) as store:
        version = store.stats()["schema_version"]
    click.echo(f"{display_name(db_path(ctx))}: schema version {version}")


@review.command("history")
@click.argument("record_ref", metavar="RECORD")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def review_history(ctx: click.Context, record_ref: str, as_json: bool) -> None:
    """Every verdict on a record: who made it and when, and who undid it."""
    with command_store(ctx) as store:
        record = store.record(record_ref)
        verdicts = store.history(record.key)
    if as_json:
        echo_json([dataclasses.asdict(v) for v in verdicts])
        return
    say("%(id)s (%(key)s): %(count)s verdict(s)", id=record_id(record), key=record.key,
        count=len(verdicts))
    for v in verdicts:
        what = v.action if v.action != "correct" else f"correct {v.field} = {v.value!r}"
        undone = f"  [undone {v.undone_at} by {v.undone_by}]" if v.undone_at else ""
        note = f"  ({v.note})" if v.note else ""
        click.echo(f"  {v.at}  {v.author or '?':<16} {what}{note}{undone}")


@review.command("undo")
@click.argument("record_ref", metavar="RECORD")
@click.pass_context
def review_undo(ctx: click.Context, record_ref: str) -> None:
    """Undo the latest verdict still in force on a record (it stays in the history)."""
    with command_store(ctx) as store:
        record = store.record(record_ref)
        undone = store.undo(record.key, by=author(ctx, store))
    if undone is None:
        raise click.ClickException(t("no verdict in force on %(id)s to undo",
                                     id=record_id(record)))
    say("undid %(action)s by %(author)s of %(at)s on %(id)s", action=undone.action,
        author=undone.author or "?", at=undone.at, id=record_id(record))


def _summary(record: Record) -> str:
    f = record.fields
    if record.type == "meeting":
        return f"{f.get('series')} #{f.get('edition')} at {f.get('place') or '?'}"
    if record.type == "visit":
        return f"{f.get('visitor')} -> {f.get('destination')} ({f.get('kind') or '?'})"
    if record.type in {"agreement", "relations"}:
        return f"{' & '.join(f.get('parties') or [])} {f.get('kind') or ''} {f.get('topic') or ''}"
    return (
        f"{f.get('indicator')} {','.join(f.get('parties') or [])} "
        f"{_number(f.get('value'))} {f.get('unit') or ''}"
    )


def _day(value: Any) -> str:
    """A date as the command's language writes it (`28/11/2025`, `Nov 28, 2025`)."""
    return day(value, language()) if value else ""


def _number(value: Any) -> str:
    """A figure as the pages write it, in the command's language (`2,3 tỷ`, `2.3 bn`)."""
    return number(value, language())
