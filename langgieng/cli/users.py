"""`langgieng users`: the accounts that may change the record, and their API tokens.

Managing accounts needs the database file; the web UI only logs people in.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from langgieng.accounts import ROLES, AccountError, hash_password
from langgieng.cli import command_store, echo_json, main
from langgieng.cli.messages import say, t
from langgieng.store import Store


@contextmanager
def accounts(ctx: click.Context) -> Iterator[Store]:
    """The store; a name, role or password that cannot be used is a usage error (exit 2)."""
    with command_store(ctx) as store:
        try:
            yield store
        except AccountError as exc:
            raise click.UsageError(str(exc)) from None


@main.group("users")
def users_group() -> None:
    """Accounts (reader, reviewer, admin) and API tokens for scripts."""


@users_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="reviewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin (scripts).")
@click.pass_context
def add_command(ctx: click.Context, name: str, role: str, password_stdin: bool) -> None:
    """Create an account; the password is asked twice (or read from stdin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with accounts(ctx) as store:
        store.add_user(name, hash_password(password), role)
    say("added %(name)s (%(role)s)", name=name, role=role)


@users_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool) -> None:
    """Every account with its role, creation date and number of API tokens."""
    with command_store(ctx) as store:
        found = store.users()
    if as_json:
        echo_json([{"name": u.name, "role": u.role, "created": at, "tokens": n}
                   for u, at, n in found])
        return
    say("%(count)s account(s)", count=len(found))
    for user, at, tokens in found:
        click.echo(f"  {user.name:<24} {user.role:<9} "
                   + t("since %(day)s  tokens %(tokens)s", day=at[:10], tokens=tokens))


@users_group.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@click.pass_context
def role_command(ctx: click.Context, name: str, role: str) -> None:
    """Change an account's role."""
    with accounts(ctx) as store:
        store.set_role(name, role)
    say("%(name)s is now %(role)s", name=name, role=role)


@users_group.command("remove")
@click.argument("name")
@click.pass_context
def remove_command(ctx: click.Context, name: str) -> None:
    """Remove an account and its API tokens (its verdicts keep its name)."""
    with accounts(ctx) as store:
        store.remove_user(name)
    say("removed %(name)s", name=name)


@users_group.command("token")
@click.argument("name")
@click.option("--label", default="", help="What the token is for.")
@click.pass_context
def token_command(ctx: click.Context, name: str, label: str) -> None:
    """Make an API token for NAME and print it once: send it as
    `Authorization: Bearer TOKEN`."""
    with accounts(ctx) as store:
        token = store.add_token(name, label)
    click.echo(token)
