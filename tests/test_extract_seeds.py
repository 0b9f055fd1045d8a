"""Seed-level check: the real pipeline (clean, link, extract) on the five seed
articles finds the gold facts, scored like `eval` (key fields)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from langgieng.pipeline import Pipeline
from langgieng.read import read_paths


def _key(fact: dict) -> tuple:
    kind = fact["type"]
    if kind == "meeting":
        return kind, fact["series"], fact["edition"]
    if kind == "visit":
        return kind, fact["visitor"], fact["destination"], (fact["start"] or "")[:7]
    if kind == "agreement":
        return kind, frozenset(fact["parties"]), fact["kind"]
    if kind == "relations":
        return kind, frozenset(fact["parties"]), fact["date"]
    when = fact.get("period") if kind == "measure" else fact.get("by")
    return kind, fact["indicator"], frozenset(fact["parties"]), when


@pytest.fixture(scope="module")
def extracted(seeds_dir: Path) -> dict[str, list[dict]]:
    pipeline = Pipeline()
    out = {}
    for raw in read_paths([seeds_dir]):
        article = pipeline.process(raw)
        assert hasattr(article, "facts"), article
        out[Path(raw.source).stem] = [{"type": f.type, **f.fields} for f in article.facts]
    return out


def test_seed_facts_f1(extracted: dict[str, list[dict]], gold_dir: Path) -> None:
    tp = fp = fn = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        wanted = {_key(f) for f in gold["facts"] if not f.get("optional")}
        optional = {_key(f) for f in gold["facts"] if f.get("optional")}
        found = {_key(f) for f in extracted[gold["doc"]]}
        tp += len(found & wanted)
        fn += len(wanted - found)
        fp += len(found - wanted - optional)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.9, (tp, fp, fn)


def test_seed_values_and_fields(extracted: dict[str, list[dict]]) -> None:
    national = extracted["002_ee23f3683c8e621a"]
    meetings = {f["edition"]: f for f in national if f["type"] == "meeting"}
    assert meetings[12]["place"] == "vn/tay-ninh" and meetings[12]["start"] == "2023-04-25"
    assert meetings[13]["status"] == "planned"
    provincial = extracted["000_d1bcbdfaa79f0b28"]
    markers = [f for f in provincial if f.get("indicator") == "border.markers"]
    assert [(f["value"], f["of"]) for f in markers] == [(22, 28)]
