"""Quality gate, in the manner of trafilatura's: the real pipeline on each
evaluation set, scored against its gold files, must not fall below the floors
pinned in `quality_baseline.json` (one test per set and figure)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from langgieng.evaluate import evaluate_folders, to_json

REPO = Path(__file__).resolve().parents[1]
BASELINE = json.loads(Path(__file__).with_name("quality_baseline.json").read_text("utf-8"))
SETS: dict[str, dict[str, Any]] = BASELINE["sets"]


@cache
def figures(set_name: str) -> dict[str, Any]:
    spec = SETS[set_name]
    gold, corpus = REPO / spec["gold"], REPO / spec["corpus"]
    if not gold.is_dir() or not corpus.is_dir():
        message = f"evaluation set {set_name!r} not found at {gold} and {corpus}"
        if spec["gold"].startswith("../") and not os.environ.get("CI"):
            pytest.skip(message + " (../shared beside the clone)")  # a plain clone
        pytest.fail(message)
    return to_json(evaluate_folders(gold, corpus))


def figure(report: dict[str, Any], dotted: str) -> float:
    """The value at a dotted path such as `facts.by_type.meeting.f1`."""
    value: Any = report
    for key in dotted.split("."):
        assert isinstance(value, dict) and key in value, f"eval JSON has no {dotted}"
        value = value[key]
    return float(value)


@pytest.mark.parametrize("set_name", sorted(SETS))
def test_gate_scores_every_document(set_name: str) -> None:
    report = figures(set_name)
    assert report["documents"] == SETS[set_name]["documents"]
    assert report["problems"] == []


@pytest.mark.parametrize(
    ("set_name", "name"),
    [(s, name) for s in sorted(SETS) for name in sorted(SETS[s]["floors"])],
)
def test_figure_at_or_above_floor(set_name: str, name: str) -> None:
    value = figure(figures(set_name), name)
    floor = SETS[set_name]["floors"][name]
    assert value >= floor, f"{set_name}: {name} fell to {value:.3f}, floor {floor:.3f}"
