"""Fact confidences calibrated on judged articles (data/calibration.json,
made by scripts/calibrate.py): a rule's confidence is the share of its facts
that were right, so that a reviewer can trust 0.8 to mean about 80 in 100."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from langgieng.model import Fact

CALIBRATION = Path(__file__).with_name("data") / "calibration.json"
_ENABLED = [True]


@lru_cache(maxsize=1)
def rule_confidences() -> dict[str, float]:
    if not CALIBRATION.exists():
        return {}
    return dict(json.loads(CALIBRATION.read_text(encoding="utf-8"))["rules"])


def calibrate(facts: list[Fact]) -> list[Fact]:
    """Each fact with its rule's calibrated confidence (its own where none is known)."""
    if not _ENABLED[0]:
        return facts
    table = rule_confidences()
    for fact in facts:
        fact.confidence = table.get(fact.rule, fact.confidence)
    return facts


@contextmanager
def uncalibrated() -> Iterator[None]:
    """The rules' own confidences, for measuring them (scripts/calibrate.py)."""
    _ENABLED[0] = False
    try:
        yield
    finally:
        _ENABLED[0] = True
