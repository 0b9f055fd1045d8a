"""Quality gate, in the manner of trafilatura's: the real pipeline on the
seed articles, scored against the gold files, must not fall below the
floors pinned in `quality_baseline.json` (one test per figure)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from langgieng.evaluate import evaluate_folders, to_json

BASELINE = json.loads(Path(__file__).with_name("quality_baseline.json").read_text("utf-8"))
FLOORS: dict[str, float] = BASELINE["floors"]


@pytest.fixture(scope="module")
def figures(gold_dir: Path, seeds_dir: Path) -> dict[str, Any]:
    return to_json(evaluate_folders(gold_dir, seeds_dir))


def figure(report: dict[str, Any], dotted: str) -> float:
    """The value at a dotted path such as `facts.by_type.meeting.f1`."""
    value: Any = report
    for key in dotted.split("."):
        assert isinstance(value, dict) and key in value, f"eval JSON has no {dotted}"
        value = value[key]
    return float(value)


def test_gate_scores_every_document(figures: dict[str, Any]) -> None:
    assert figures["documents"] == 5
    assert figures["problems"] == []


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_at_or_above_floor(figures: dict[str, Any], name: str) -> None:
    value = figure(figures, name)
    assert value >= FLOORS[name], f"{name} fell to {value:.3f}, floor {FLOORS[name]:.3f}"
