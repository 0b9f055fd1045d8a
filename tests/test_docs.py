"""Every command of `langgieng` is documented in README.md."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from langgieng.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def command_paths(group: click.Group, prefix: str = "langgieng") -> Iterator[str]:
    """`langgieng ingest`, `langgieng gazetteer search`, ...: every leaf command."""
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from command_paths(command, path)
        else:
            yield path


COMMANDS = list(command_paths(main))


def test_there_are_commands_to_document() -> None:
    assert {"langgieng serve", "langgieng demo"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_readme(command: str) -> None:
    assert command in README.read_text(encoding="utf-8"), f"README.md does not mention `{command}`"
