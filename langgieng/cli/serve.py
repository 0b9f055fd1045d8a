"""Serving commands: `serve` (web UI and JSON API) and `demo` (bundled examples)."""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import click

from langgieng import pipeline
from langgieng.accounts import hash_password
from langgieng.cli import db_path, main, store_failure
from langgieng.cli.ingest import ingest_summary
from langgieng.cli.messages import language, say, t
from langgieng.config import LOCAL_HOSTS, Settings
from langgieng.errors import LangGiengError
from langgieng.store import display_name, is_postgres, open_store

DEMO_DB = "langgieng-demo.db"
ANY = ("0.0.0.0", "::", "[::]")  # every address: the Host header names the machine instead

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
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="A host name the server answers to (repeatable; default: localhost names,"
    " and the --host address). Requests naming another Host are refused.",
)
@click.option("--read-only", is_flag=True, help="Never write the database (it may be read-only).")
@click.option("--workers", type=click.IntRange(1, 64), default=min(4, os.cpu_count() or 1),
              show_default=True, help="Worker processes (more serve more readers at once).")
@click.pass_context
def serve_command(
    ctx: click.Context, host: str | None, port: int | None, allowed_hosts: tuple[str, ...],
    read_only: bool, workers: int,
) -> None:
    """Serve the web UI and the JSON API (/api, schema at /openapi.json) over the database.

    Reading is open to anyone who can reach the server; changes need an account
    (`langgieng users add`). Listening beyond this machine without any account,
    or with no reviewer to make changes, is refused unless --read-only.
    """
    db = db_path(ctx)
    if not is_postgres(db) and not Path(db).is_file():
        raise click.ClickException(t("%(db)s: no database here (run `langgieng ingest` first)",
                                     db=db))
    settings = Settings()
    host = host or settings.host
    if not read_only and not _loopback(host):
        _require_accounts(db, host)
    hosts = allowed_hosts or (*LOCAL_HOSTS, *(() if _loopback(host) or host in ANY else (host,)))
    if host in ANY and not allowed_hosts:
        say("answering only requests for localhost: add --allowed-host NAME for each name"
            " clients reach this machine by", err=True)
    run_server(db, host, port or settings.port, allowed_hosts=hosts, read_only=read_only,
               workers=workers)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def _require_accounts(db: str, host: str) -> None:
    """Beyond this machine, anyone may reach the server: someone must own the writes."""
    try:
        with open_store(db, create=False) as store:
            writers = [u for u, _, _ in store.users() if u.may_write]
    except LangGiengError as exc:
        raise store_failure(exc) from None
    if not writers:
        raise click.ClickException(t(
            "refusing to serve %(db)s on %(host)s with no reviewer or admin account: anyone"
            " reaching it could not be told apart. Add one with `langgieng --db %(db)s users"
            " add NAME --role admin`, or serve with --read-only.", db=display_name(db),
            host=host))


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
        say("ingesting %(count)s example files into %(db)s", count=len(files), db=db)
        try:
            with open_store(db) as store:
                report = pipeline.ingest(files, store)
                stats = store.stats()
        except LangGiengError as exc:
            raise click.ClickException(exc.in_language(language())) from None
    click.echo(ingest_summary(report))
    for rejection in report.rejected:
        say("rejected %(source)s: %(reason)s", source=rejection.source, reason=rejection.reason)
    click.echo(_describe(stats))
    if no_serve:
        return
    password = secrets.token_urlsafe(9)
    with open_store(db) as store:  # the demo's reviewer, so that its review page works
        store.add_user("demo", hash_password(password), "reviewer")
    say("log in as demo, password %(password)s, to review records", password=password)
    settings = Settings()
    run_server(db, host or settings.host, port or settings.port)


def run_server(
    db: str, host: str, port: int, *, allowed_hosts: Sequence[str] = LOCAL_HOSTS,
    read_only: bool = False, workers: int = 1,
) -> None:
    """Serve `db` until Ctrl-C."""
    import uvicorn  # imported here: the other commands do not need a web server

    from langgieng.web import create_app, server
    from langgieng.web.app import WARM_PAGES

    try:  # made here once even with workers: a bad database stops before they start
        app = create_app(db, allowed_hosts=allowed_hosts, read_only=read_only,
                         warm=WARM_PAGES if workers == 1 else ())
    except LangGiengError as exc:
        raise store_failure(exc) from None
    where, shown = f"http://{host}:{port}/", display_name(db)
    if read_only:
        line = t("serving %(db)s read-only at %(where)s", db=shown, where=where)
    else:
        line = t("serving %(db)s at %(where)s", db=shown, where=where)
    if workers > 1:
        line += t(" with %(workers)s workers", workers=workers)
    click.echo(line + "  " + t("(Ctrl-C to stop)"))
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    os.environ.update(LANGGIENG_DB=db, LANGGIENG_ALLOWED_HOSTS=",".join(allowed_hosts),
                      LANGGIENG_READ_ONLY="1" if read_only else "")
    if not server.spreads_connections():  # uvicorn's workers, on one shared socket
        uvicorn.run(server.APP, factory=True, workers=workers, host=host, port=port,
                    log_level="warning")
        return
    try:
        status = server.run_workers(host, port, workers)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        raise click.ClickException(f"{host}:{port}: {exc}") from None
    if status:
        raise click.ClickException(t("the server's workers could not start"))


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
    return t("the database holds %(articles)s articles, %(mentions)s linked mentions and"
             " %(facts)s facts", articles=stats.get("articles"),
             mentions=stats.get("linked_mentions"), facts=fact_count)
