"""The `langgieng` command. This module only builds the group; each
`cli/<area>.py` adds the commands of one area and stays thin: it parses,
calls a plain function elsewhere in the package, and prints."""

from __future__ import annotations

import contextlib
import getpass
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from langgieng import __version__
from langgieng.cli import help, messages
from langgieng.cluster import Cluster
from langgieng.config import ENGINES, Settings, language
from langgieng.errors import (
    ClusterError,
    LangGiengError,
    SettingError,
    StoreConnectionError,
)
from langgieng.store import Store, database_errors, display_name, open_store


@click.group(cls=help.Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="langgieng")
@click.option(
    "--db",
    envvar="LANGGIENG_DB",
    default=None,
    metavar="PATH|URL",
    help="SQLite database file, or a postgresql:// address (default ./langgieng.db, or"
    " $LANGGIENG_DB).",
)
@click.option(
    "--user",
    envvar="LANGGIENG_USER",
    default=None,
    metavar="NAME",
    help="Who makes this command's changes (verdicts, promotions): an account with the"
    " reviewer or admin role when the store has accounts ($LANGGIENG_USER).",
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default=None,
    is_eager=True,  # before --help, which it translates
    callback=lambda _ctx, _param, value: _early_language(value),
    help="Language of the messages printed (default $LANGGIENG_LANG, else vi).",
)
@click.pass_context
def main(ctx: click.Context, db: str | None, user: str | None, lang: str | None) -> None:
    """Láng Giềng: Vietnamese news about cooperation with Cambodia and Laos,
    turned into a queryable, sourced record."""
    try:
        settings = Settings()  # every LANGGIENG_* variable checked before any work
    except SettingError as exc:
        click.echo(f"langgieng: {exc.in_language(messages.language())}", err=True)
        ctx.exit(2)
    messages.use(lang or settings.lang)
    ctx.obj = {"db": db or settings.db, "user": user}


def _early_language(lang: str | None) -> str | None:
    """The language of `--help`, which runs before the group's callback."""
    with contextlib.suppress(SettingError):  # the group's callback reports it
        messages.use(lang or language())
    return lang


def db_path(ctx: click.Context) -> str:
    """The database chosen by `--db`, `$LANGGIENG_DB` or the default."""
    return str(ctx.find_root().obj["db"])


@contextmanager
def command_store(ctx: click.Context, *, create: bool = False) -> Iterator[Store]:
    """The command's store; our errors become one line on stderr (`store_failure`)."""
    try:
        with open_store(db_path(ctx), create=create) as store:
            yield store
    except LangGiengError as exc:
        raise store_failure(exc) from None
    except database_errors() as exc:
        raise click.ClickException(messages.t("%(db)s: database error: %(error)s",
                                              db=display_name(db_path(ctx)),
                                              error=exc)) from None


def store_failure(exc: LangGiengError) -> click.ClickException:
    """The error as one line, with exit status 2 when the store's or the Dask
    scheduler's address is wrong or its server does not answer (the command was
    given a bad --db or --scheduler), else 1."""
    failure = click.ClickException(exc.in_language(messages.language()))
    if isinstance(exc, StoreConnectionError | ClusterError):
        failure.exit_code = 2  # type: ignore[misc]  # click reads it from the instance
    return failure


def author(ctx: click.Context, store: Store) -> str:
    """Who a write of this command is by. A store with accounts needs `--user`
    naming a reviewer or admin; one without records the login at the terminal
    (whoever can write the database file can change it anyway)."""
    name = ctx.find_root().obj.get("user")
    if store.count_users() == 0:
        return name or getpass.getuser()
    if not name:
        raise click.UsageError(messages.t(
            "this store has accounts: say who you are with --user NAME (or LANGGIENG_USER)"))
    found = store.user(name)
    if found is None:
        raise click.UsageError(messages.t("no account %(name)r (see `langgieng users list`)",
                                          name=name))
    if not found.may_write:
        raise click.UsageError(messages.t(
            "%(name)s is a %(role)s: only reviewers and admins change records", name=name,
            role=found.role))
    return found.name


def workers_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--workers`, `--engine` and `--scheduler`: where the per-article work runs."""
    for option in reversed((
        click.option("--workers", type=click.IntRange(1, 256), default=None,
                     help="Processes for the per-article work (default $LANGGIENG_WORKERS or"
                          " every core; with the dask engine, the local cluster's workers)."),
        click.option("--engine", type=click.Choice(ENGINES), default=None,
                     help="local: processes of this machine; dask: a Dask cluster"
                          " (default $LANGGIENG_ENGINE or local)."),
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="The Dask scheduler (tcp://HOST:8786) for --engine dask (default"
                          " $LANGGIENG_SCHEDULER; none: a local Dask cluster)."),
    )):
        command = option(command)
    return command


def work_placement(workers: int | None, engine: str | None,
                   scheduler: str | None) -> tuple[int, Cluster | None]:
    """The number of local workers and the Dask cluster (None: local processes)
    that `--workers`, `--engine` and `--scheduler` and their settings ask for."""
    settings = Settings()
    engine = engine or ("dask" if scheduler else settings.engine)
    workers = workers or settings.workers
    if engine != "dask":
        return workers, None
    return workers, Cluster(scheduler or settings.scheduler or None, max(1, workers))


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# Importing the area modules registers their commands on `main`.
from langgieng.cli import (  # noqa: E402,F401
    dossier,
    entities,
    evaluation,
    facts,
    ingest,
    linking,
    records,
    serve,
    transfer,
    users,
)
