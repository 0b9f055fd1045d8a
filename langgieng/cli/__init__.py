"""The `langgieng` command. This module only builds the group; each
`cli/<area>.py` adds the commands of one area and stays thin: it parses,
calls a plain function elsewhere in the package, and prints."""

from __future__ import annotations

import click

from langgieng import __version__
from langgieng.config import Settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="langgieng")
@click.option(
    "--db",
    envvar="LANGGIENG_DB",
    default=None,
    metavar="PATH",
    help="SQLite database file (default ./langgieng.db, or $LANGGIENG_DB).",
)
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Láng Giềng: Vietnamese news about cooperation with Cambodia and Laos,
    turned into a queryable, sourced record."""
    ctx.obj = {"db": db or Settings().db}


def db_path(ctx: click.Context) -> str:
    """The database chosen by `--db`, `$LANGGIENG_DB` or the default."""
    return str(ctx.find_root().obj["db"])


# Importing the area modules registers their commands on `main`.
from langgieng.cli import (  # noqa: E402,F401
    entities,
    evaluation,
    facts,
    ingest,
    linking,
    records,
    serve,
)
