"""Serving commands: `serve` (web UI and JSON API) and `demo` (bundled examples)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import click

from langgieng import pipeline
from langgieng.cli import db_path, main
from langgieng.config import Settings
from langgieng.errors import LangGiengError
from langgieng.store import open_store

DEMO_DB = "langgieng-demo.db"

_host_option = click.option(
    "--host", default=None, help="Address to listen on (default $LANGGIENG_HOST)."
)
_port_option = click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Port to listen on (default $LANGGIENG_PORT or 8765).",
)


@main.command("serve")
@_host_option
@_port_option
@click.pass_context
def serve_command(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the web UI and the JSON API (/api, schema at /openapi.json) over the database."""
    db = db_path(ctx)
    if not Path(db).is_file():
        raise click.ClickException(f"{db}: no database here (run `langgieng ingest` first)")
    settings = Settings()
    run_server(db, host or settings.host, port or settings.port)


@main.command("demo")
@click.option(
    "--db",
    "db",
    default=DEMO_DB,
    show_default=True,
    metavar="PATH",
    help="Database to create; an existing file is removed first.",
)
@_host_option
@_port_option
@click.option("--no-serve", is_flag=True, help="Stop after ingesting.")
def demo_command(db: str, host: str | None, port: int | None, no_serve: bool) -> None:
    """Ingest the bundled example articles into a fresh database and serve it."""
    remove_database(Path(db))
    with example_files() as files:
        click.echo(f"ingesting {len(files)} example files into {db}")
        try:
            with open_store(db) as store:
                report = pipeline.ingest(files, store)
                stats = store.stats()
        except LangGiengError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(
        f"stored {report.stored}, duplicates {report.duplicates}, rejected {len(report.rejected)}"
    )
    for rejection in report.rejected:
        click.echo(f"rejected {rejection.source}: {rejection.reason}")
    click.echo(_describe(stats))
    if no_serve:
        return
    settings = Settings()
    run_server(db, host or settings.host, port or settings.port)


def run_server(db: str, host: str, port: int) -> None:
    """Serve `db` until Ctrl-C."""
    import uvicorn  # imported here: the other commands do not need a web server

    from langgieng.web import create_app

    click.echo(f"serving {db} at http://{host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@contextmanager
def example_files() -> Iterator[list[Path]]:
    """The bundled example articles, as real files even inside a zipped install."""
    folder = resources.files("langgieng").joinpath("examples")
    with resources.as_file(folder) as path:
        yield sorted(p for p in Path(path).iterdir() if p.is_file() and not p.name.startswith("."))


def remove_database(db: Path) -> None:
    """Delete a SQLite file and its WAL companions, so the demo starts fresh."""
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)


def _describe(stats: dict[str, object]) -> str:
    facts = stats.get("facts")
    fact_count = sum(facts.values()) if isinstance(facts, dict) else facts
    return (
        f"the database holds {stats.get('articles')} articles, "
        f"{stats.get('linked_mentions')} linked mentions and {fact_count} facts"
    )
