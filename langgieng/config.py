"""Settings, declared once. Each can be set by an environment variable
`LANGGIENG_<NAME>`; command-line options override them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


def _env(name: str, default: str) -> str:
    return os.environ.get(f"LANGGIENG_{name.upper()}", default)


@dataclass(frozen=True)
class Settings:
    db: str = field(
        default_factory=lambda: _env("db", "langgieng.db"),
        metadata={"help": "SQLite file, or a postgresql:// URL"},
    )
    host: str = field(
        default_factory=lambda: _env("host", "127.0.0.1"),
        metadata={"help": "address the web UI listens on"},
    )
    port: int = field(
        default_factory=lambda: int(_env("port", "8765")),
        metadata={"help": "port the web UI listens on"},
    )
    batch_size: int = field(
        default_factory=lambda: int(_env("batch_size", "200")),
        metadata={"help": "articles written per database transaction"},
    )


def describe() -> list[tuple[str, str, str]]:
    """(environment variable, current value, help) for every setting."""
    settings = Settings()
    return [
        (f"LANGGIENG_{f.name.upper()}", str(getattr(settings, f.name)), f.metadata["help"])
        for f in fields(Settings)
    ]
