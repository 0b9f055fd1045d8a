"""Gazetteer commands: `langgieng entity ID` and `langgieng gazetteer search NAME`."""

from __future__ import annotations

import json

import click

from langgieng.cli import main
from langgieng.errors import GazetteerError
from langgieng.gazetteer import Gazetteer, load
from langgieng.gazetteer.describe import as_json, describe
from langgieng.gazetteer.records import KINDS


def _gazetteer() -> Gazetteer:
    """The shipped gazetteer; a broken data file becomes a one-line CLI error."""
    try:
        return load()
    except GazetteerError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("entity")
@click.argument("entity_id")
@click.option("--json", "as_json_output", is_flag=True, help="Print the record as JSON.")
def entity_command(entity_id: str, as_json_output: bool) -> None:
    """Show one gazetteer entity: names, kind, place, validity, history, offices."""
    gazetteer = _gazetteer()
    entity = gazetteer.get(entity_id)
    if entity is None:
        raise click.ClickException(f"unknown entity id {entity_id!r}")
    if as_json_output:
        click.echo(json.dumps(as_json(gazetteer, entity), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(describe(gazetteer, entity)))


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
        click.echo(f"no entity matches {name!r}")
        return
    for entity, score in hits:
        click.echo(f"{score:5.1f}  {entity.id:<45} {entity.kind:<8} {entity.name}")
