"""Shared fixtures. The seed articles and gold files live in `../shared/`
beside the repository (as on CI, where the clone has shared/ beside it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore a fixed sequence of examples (the same on every run, so a
# red CI run is reproducible) and never fail on how long an example took.
settings.register_profile("langgieng", derandomize=True, deadline=None)
settings.load_profile("langgieng")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.fail(f"gold annotations not found at {GOLD}")
    return GOLD
