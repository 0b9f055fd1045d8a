"""`langgieng copy`: a store copied to another, SQLite or PostgreSQL."""

from __future__ import annotations

import click

from langgieng.cli import main, store_failure
from langgieng.cli.messages import say
from langgieng.errors import LangGiengError
from langgieng.store import open_store
from langgieng.store.transfer import copy_store


@main.command("copy")
@click.option("--from", "source", required=True, metavar="PATH|URL",
              help="The store to copy: a SQLite file or a postgresql:// address.")
@click.option("--to", "target", required=True, metavar="PATH|URL",
              help="Where to copy it (made if missing; its schema brought up to date).")
@click.option("--replace", is_flag=True,
              help="Empty the destination first when it holds anything.")
def copy_command(source: str, target: str, replace: bool) -> None:
    """Copy every article, mention, fact, record, correction and verdict, the
    verdicts on discovered entities, the users and their API tokens from one
    store to another (either backend to the other), and say how many rows of
    each table were copied. A destination that holds anything is refused unless
    --replace."""
    try:
        with open_store(source, create=False) as origin, open_store(target) as destination:
            counts = copy_store(origin, destination, replace=replace)
            names = origin.name, destination.name
    except LangGiengError as exc:
        raise store_failure(exc) from None
    say("copied %(source)s to %(target)s:", source=names[0], target=names[1])
    width = max(map(len, counts))
    for table, count in counts.items():
        click.echo(f"  {table:<{width}}  {count}")
