"""Settings, declared once. Each can be set by an environment variable
`LANGGIENG_<NAME>`; command-line options override them. A value that does not
parse is a SettingError naming the variable and what it expects."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from langgieng.errors import SettingError

ENGINES = ("local", "dask")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")  # what the server answers by default


def _env(name: str, default: str) -> str:
    return os.environ.get(f"LANGGIENG_{name.upper()}", default)


def _env_int(name: str, default: int, low: int, high: int) -> int:
    raw = _env(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise SettingError(
            "LANGGIENG_%(name)s=%(raw)r: expected a whole number from %(low)s to %(high)s"
            " (default %(default)s)",
            name=name.upper(), raw=raw[:40], low=format(low, ","), high=format(high, ","),
            default=format(default, ","),
        )
    return value


def _env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = _env(name, "").strip()
    if not raw:
        return default
    if raw not in choices:
        raise SettingError("LANGGIENG_%(name)s=%(raw)r: expected one of %(choices)s"
                           " (default %(default)s)", name=name.upper(), raw=raw[:40],
                           choices=", ".join(choices), default=default)
    return raw


def language() -> str:
    """LANGGIENG_LANG: the language of the messages commands print."""
    return _env_choice("lang", "vi", ("vi", "en"))


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


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
        default_factory=lambda: _env_int("port", 8765, 1, 65535),
        metadata={"help": "port the web UI listens on"},
    )
    batch_size: int = field(
        default_factory=lambda: _env_int("batch_size", 200, 1, 100_000),
        metadata={"help": "articles written per database transaction"},
    )
    workers: int = field(
        default_factory=lambda: _env_int("workers", available_cores(), 1, 256),
        metadata={"help": "processes that ingest and re-extract articles (default: every core)"},
    )
    web_threads: int = field(
        default_factory=lambda: _env_int("web_threads", 8, 1, 256),
        metadata={"help": "threads each web server process makes pages with (more wait their"
                          " turn: they would share one interpreter lock)"},
    )
    engine: str = field(
        default_factory=lambda: _env_choice("engine", "local", ENGINES),
        metadata={"help": "where ingest and re-extraction run: local processes, or dask"},
    )
    scheduler: str = field(
        default_factory=lambda: _env("scheduler", ""),
        metadata={"help": "the Dask scheduler's address (tcp://HOST:8786) for the dask"
                          " engine; empty: a local Dask cluster"},
    )
    lang: str = field(
        default_factory=lambda: language(),
        metadata={"help": "language of the messages commands print: vi or en"},
    )
    max_article_bytes: int = field(
        default_factory=lambda: _env_int("max_article_bytes", 10 * 1024 * 1024, 1, 1 << 40),
        metadata={"help": "size limit of one article (a file, or a JSONL line)"},
    )


def describe() -> list[tuple[str, str, str]]:
    """(environment variable, current value, help) for every setting."""
    settings = Settings()
    return [
        (f"LANGGIENG_{f.name.upper()}", str(getattr(settings, f.name)), f.metadata["help"])
        for f in fields(Settings)
    ]
