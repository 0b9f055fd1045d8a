"""Shared fixtures. The seed articles and gold files live in `../shared/`
beside the repository (as on CI, where the clone has shared/ beside it)."""

from __future__ import annotations

import os
from pathlib import Path

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
