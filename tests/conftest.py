"""Shared fixtures. The seed articles and gold files live in `../shared/`
beside the repository (as on CI, where the clone has shared/ beside it)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import settings

# Property tests explore a fixed sequence of examples (the same on every run, so a
# red CI run is reproducible) and never fail on how long an example took.
settings.register_profile("langgieng", derandomize=True, deadline=None)
settings.register_profile("fuzz", max_examples=20_000, deadline=None)  # --hypothesis-profile=fuzz
settings.load_profile("langgieng")

# The tests read the commands' English messages (`--lang vi` is tested on its own).
os.environ["LANGGIENG_LANG"] = "en"

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"


def _shared(path: Path, what: str) -> Path:
    """`path` under ../shared; skipped on a plain clone without it, a failure on CI."""
    if not path.is_dir():
        message = f"{what} not found at {path} (../shared beside the clone)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


# The PostgreSQL server the store tests also run against: each test gets a database
# of its own there, dropped after it. Without a server they are skipped, on CI failed.
POSTGRES = os.environ.get("LANGGIENG_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@cache
def _postgres_problem() -> str | None:
    """Why the test server cannot be used, or None when it answers."""
    import psycopg

    try:
        with psycopg.connect(POSTGRES, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"no PostgreSQL server at $LANGGIENG_TEST_POSTGRES ({exc})".splitlines()[0]
    return None


@pytest.fixture
def postgres_databases() -> Iterator[Callable[[str], str]]:
    """Gives the address of a new, empty database on the test server for each name
    (the same one for the same name); they are dropped after the test."""
    import psycopg

    problem = _postgres_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    made: dict[str, str] = {}

    def database(name: str = "test") -> str:
        if name not in made:
            made[name] = f"langgieng_test_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(POSTGRES, autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {made[name]}")  # a made-up name, not input
        return urlsplit(POSTGRES)._replace(path="/" + made[name]).geturl()

    yield database
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        for made_name in made.values():
            admin.execute(f"DROP DATABASE IF EXISTS {made_name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """Gives where a store named so lives: a SQLite file in tmp_path, then a
    PostgreSQL database; a test taking it runs once on each backend."""
    if request.param == "sqlite":
        return lambda name="test.db": str(tmp_path / name)
    databases: Callable[[str], str] = request.getfixturevalue("postgres_databases")
    return databases


@pytest.fixture
def store_target(new_store: Callable[[str], str]) -> str:
    """Where a test's one store lives, on each backend in turn (see `new_store`)."""
    return new_store("test.db")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _shared(SEEDS, "seed articles")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _shared(GOLD, "gold annotations")


@pytest.fixture(scope="session")
def examples_read_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled example articles, for tests that only read it."""
    from langgieng.cli.serve import example_files
    from langgieng.pipeline import ingest
    from langgieng.store import open_store

    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with example_files() as files, open_store(path) as store:
        ingest(files, store)
    return path
