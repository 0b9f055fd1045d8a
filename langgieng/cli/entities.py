"""Gazetteer commands: `langgieng entity ID`, `langgieng gazetteer search NAME`,
and the entities the articles taught the system: `langgieng entities ...`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click

from langgieng import curate
from langgieng.cli import author, command_store, db_path, echo_json, main
from langgieng.cli.messages import language, say, t
from langgieng.cli.params import ENTITY
from langgieng.errors import GazetteerError, LangGiengError
from langgieng.gazetteer import Gazetteer, load
from langgieng.gazetteer.describe import as_json, describe
from langgieng.gazetteer.records import KINDS
from langgieng.store.discovered import Discovered


def _gazetteer() -> Gazetteer:
    """The shipped gazetteer; a broken data file becomes a one-line CLI error."""
    try:
        return load()
    except GazetteerError as exc:
        raise click.ClickException(exc.in_language(language())) from exc


@main.command("entity")
@click.argument("entity_id", type=ENTITY)
@click.option("--json", "as_json_output", is_flag=True, help="Print the record as JSON.")
@click.pass_context
def entity_command(ctx: click.Context, entity_id: str, as_json_output: bool) -> None:
    """Show one entity: names, kind, place, validity, history, offices (from the
    gazetteer, or as promoted or discovered from the store's articles)."""
    gazetteer = _gazetteer()
    entity = gazetteer.get(entity_id)
    if entity is None and Path(db_path(ctx)).is_file():
        with command_store(ctx) as store:
            entity = store.entity_record(entity_id)
    if entity is None:
        raise click.ClickException(t("unknown entity id %(id)r", id=entity_id))
    if as_json_output:
        click.echo(json.dumps(as_json(gazetteer, entity), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(describe(gazetteer, entity, language())))


@main.group("gazetteer")
def gazetteer_group() -> None:
    """Look things up in the gazetteer."""


@gazetteer_group.command("search")
@click.argument("name")
@click.option("--limit", default=10, show_default=True, help="Most results to list.")
@click.option("--kind", type=click.Choice(sorted(KINDS)), default=None, help="Only this kind.")
@click.option("--json", "as_json_output", is_flag=True, help="Print the results as JSON.")
def search_command(name: str, limit: int, kind: str | None, as_json_output: bool) -> None:
    """List entities whose names match NAME (exact first, then fuzzy), with scores."""
    hits = _gazetteer().search(name, limit=limit, kind=kind)
    if as_json_output:
        rows = [{"id": e.id, "kind": e.kind, "name": e.name, "score": s} for e, s in hits]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not hits:
        say("no entity matches %(name)r", name=name)
        return
    for entity, score in hits:
        click.echo(f"{score:5.1f}  {entity.id:<45} {entity.kind:<8} {entity.name}")


# -- entities the text taught the system -----------------------------------------


@main.group("entities", invoke_without_command=True)
@click.option("--discovered", is_flag=True, help="List entities the articles taught the system.")
@click.option("--all", "judged", is_flag=True, help="Include those promoted, merged or rejected.")
@click.option("--country", default=None, help="Only those of this country (vn, kh, la, ...).")
@click.option("--name", default=None, help="Only those whose name or id contains this.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
@click.option("--json", "as_json_output", is_flag=True, help="Print JSON.")
@click.pass_context
def entities_group(
    ctx: click.Context, discovered: bool, judged: bool, country: str | None, name: str | None,
    limit: int, offset: int, as_json_output: bool,
) -> None:
    """Entities the articles taught the system (people the gazetteer lacks), and
    the verdicts on them: `entities --discovered`, `entities promote|merge|reject`."""
    if ctx.invoked_subcommand is not None:
        return
    if not discovered:
        raise click.UsageError(t("say what to list: --discovered"))
    with command_store(ctx) as store:
        found, total = store.discovered(
            country=country, name=name, judged=judged, limit=limit, offset=offset
        )
    if as_json_output:
        echo_json({"total": total, "offset": offset, "entities": [d.to_dict() for d in found]})
        return
    for item in found:
        _print_discovered(item)
    shown = f"{offset + 1}-{offset + len(found)}" if found else t("none")
    more = t(" (--offset for more)") if offset + len(found) < total else ""
    click.echo(t("%(shown)s of %(total)s discovered entities", shown=shown, total=total) + more)


def _print_discovered(item: Discovered) -> None:
    target = f" -> {item.target}" if item.target else ""
    verdict = f"  [{item.verdict}{target}]" if item.verdict else ""
    click.echo(f"{item.id}  {item.name}  ({item.kind}, {item.country or '?'}){verdict}")
    click.echo("  " + t("%(articles)s article(s), %(mentions)s mention(s)",
                        articles=item.articles, mentions=item.mentions))
    for office in item.offices:
        when = office.first if office.first == office.last else f"{office.first}–{office.last}"
        click.echo("  " + t("office:") + f" {office.title} ({office.role}, {office.unit or '-'})"
                   f" {when or ''}")
    if item.evidence:
        click.echo("  " + t("evidence") + f" [{item.evidence_article}]: {item.evidence}")


@entities_group.command("promote")
@click.argument("entity_id")
@click.option("--name", default=None, help="The name to give the record (default: as written).")
@click.option("--note", default="", help="Why.")
@click.pass_context
def promote_command(ctx: click.Context, entity_id: str, name: str | None, note: str) -> None:
    """Make a discovered entity a gazetteer record, linked by its name from now on."""
    with command_store(ctx) as store:
        by = author(ctx, store)
        done = _judged(lambda: curate.promote(store, entity_id, author=by, name=name, note=note))
    say("promoted %(id)s; %(count)s article(s) linked again", id=entity_id, count=done)


@entities_group.command("merge")
@click.argument("entity_id")
@click.argument("target")
@click.option("--note", default="", help="Why.")
@click.pass_context
def merge_command(ctx: click.Context, entity_id: str, target: str, note: str) -> None:
    """Record that a discovered entity is TARGET (a gazetteer or discovered id)."""
    with command_store(ctx) as store:
        by = author(ctx, store)
        done = _judged(lambda: curate.merge(store, entity_id, target, author=by, note=note))
    say("merged %(id)s into %(target)s; %(count)s article(s) linked again", id=entity_id,
        target=target, count=done)


@entities_group.command("reject")
@click.argument("entity_id")
@click.option("--note", default="", help="Why.")
@click.pass_context
def reject_command(ctx: click.Context, entity_id: str, note: str) -> None:
    """Record that a discovered entity is no entity; its mentions stay unresolved."""
    with command_store(ctx) as store:
        by = author(ctx, store)
        done = _judged(lambda: curate.reject(store, entity_id, author=by, note=note))
    say("rejected %(id)s; %(count)s article(s) linked again", id=entity_id, count=done)


def _judged(verdict: Callable[[], int]) -> int:
    try:
        return verdict()
    except LangGiengError as exc:
        raise click.ClickException(exc.in_language(language())) from None
