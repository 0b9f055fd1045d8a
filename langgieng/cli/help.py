"""`--help` in the command's language: the commands' docstrings and their
options' help are English in the code and translated from the same catalog as
every other message (`scripts/messages.py` collects them from the command tree).

Click keeps one command object per process and one language per run, so the
texts are translated in place just before the help is written."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import click

from langgieng.cli.messages import t
from langgieng.i18n import N_

# Click's own headings, as it writes them
HEADINGS = (N_("Usage:"), N_("Options"), N_("Commands"))
# Click writes its error lines through gettext (`_("Error: {message}")`); they
# go through the commands' catalog instead, so they follow `--lang` too
CLICK_ERRORS = (
    N_("Error: {message}"), N_("Try '{command} {option}' for help."),
    N_("Invalid value for {param_hint}: {message}"), N_("Invalid value: {message}"),
    N_("Missing argument"), N_("Missing option"), N_("No such option {name!r}."),
    N_("No such command {name!r}."),
)
click.exceptions._ = t  # type: ignore[attr-defined,assignment]


class _Formatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix if prefix is not None else t("Usage:") + " ")

    def section(self, name: str):  # type: ignore[no-untyped-def]
        return super().section(t(name))


class _Context(click.Context):
    formatter_class = _Formatter


def help_texts(command: click.Command) -> Iterator[str]:
    """The English help texts of `command` and its options, as the catalog keys them."""
    if command.help:
        yield inspect.cleandoc(command.help)
    if command.short_help:
        yield inspect.cleandoc(command.short_help)
    for param in command.get_params(click.Context(command)):
        text = getattr(param, "help", None)
        if text:
            yield text


def _translate(command: click.Command, ctx: click.Context) -> None:
    for holder in [command, *command.get_params(ctx)]:
        for attr in ("help", "short_help"):
            _translate_text(holder, attr)


def _translate_text(holder: object, attr: str) -> None:
    # the English text is kept aside, so a later run in another language
    # (tests run many in one process) starts from it again
    english = holder.__dict__.setdefault(f"_english_{attr}", getattr(holder, attr, None))
    if english:
        setattr(holder, attr, t(inspect.cleandoc(english)))


class Command(click.Command):
    context_class = _Context

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _translate(self, ctx)
        super().format_help(ctx, formatter)


class Group(click.Group):
    context_class = _Context
    command_class = Command
    group_class = type  # subgroups are Groups too

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _translate(self, ctx)
        for name in self.list_commands(ctx):
            sub = self.get_command(ctx, name)
            if sub is not None:
                _translate(sub, ctx)
        super().format_help(ctx, formatter)


def every_command(command: click.Command) -> Iterator[click.Command]:
    """`command` and all its subcommands, depth first."""
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from every_command(sub)
