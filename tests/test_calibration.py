"""Confidence that means something: the calibration figure of `eval`, the
calibrated rule confidences, the `--min-confidence` filter and the review
queue's order (doubtful records first)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from langgieng.cli import main
from langgieng.evaluate.calibration import score_calibration
from langgieng.evaluate.gold import GoldDoc, GoldFact
from langgieng.evaluate.report import DocRun
from langgieng.extract.calibration import calibrate, rule_confidences, uncalibrated
from langgieng.model import Article, Claim, Fact, Record, Source, Span
from langgieng.reconcile.views import review_order

MOU = {"parties": ["vn/kon-tum", "la/attapeu"], "kind": "mou", "topic": None, "date": None}


def _fact(fields: dict, confidence: float, rule: str = "agreement.sign") -> Fact:
    return Fact("agreement", dict(fields), Span(0, 1), confidence, rule)


def test_calibration_counts_right_and_wrong_facts_by_band_and_rule() -> None:
    gold = GoldDoc(doc="d", published=None, entities=[], mentions=[],
                   facts=[GoldFact("agreement", dict(MOU), optional=False)])
    wrong = dict(MOU, parties=["vn", "la"])
    article = Article(id="a", source="d", format="txt", title="", text="x",
                      facts=[_fact(MOU, 0.85), _fact(wrong, 0.62)])
    figures = score_calibration([DocRun(gold, article=article)])
    assert figures["bands"] == [
        {"band": "0.6-0.7", "facts": 1, "right": 0, "share": 0.0},
        {"band": "0.8-0.9", "facts": 1, "right": 1, "share": 1.0},
    ]
    assert figures["by_rule"] == {"agreement.sign": {"right": 1, "facts": 2}}


def test_facts_take_their_rules_calibrated_confidence() -> None:
    table = rule_confidences()
    assert table, "langgieng/extract/data/calibration.json is missing: run scripts/calibrate.py"
    rule, calibrated = next(iter(table.items()))
    assert [f.confidence for f in calibrate([_fact(MOU, 0.123, rule)])] == [calibrated]
    assert [f.confidence for f in calibrate([_fact(MOU, 0.123, "no.such-rule")])] == [0.123]
    with uncalibrated():
        assert [f.confidence for f in calibrate([_fact(MOU, 0.123, rule)])] == [0.123]


def _record(key: str, confidence: float, conflicting: bool = False) -> Record:
    source = Source("a", Span(0, 1), confidence)
    record = Record(key=key, type="agreement", fields={}, sources=[source])
    if conflicting:
        record.claims = {"date": [Claim("2020", [source]), Claim("2021", [source])]}
    return record


def test_the_review_queue_shows_conflicts_then_the_least_sure_first() -> None:
    sure, doubtful, disputed = _record("a", 0.9), _record("b", 0.55), _record("c", 0.95, True)
    assert [r.key for r in review_order([sure, doubtful, disputed])] == ["c", "b", "a"]


def test_facts_below_a_confidence_are_left_out(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Hợp tác\nNgày 10/3/2023, tỉnh Kon Tum và tỉnh Attapeu ký biên bản ghi nhớ hợp tác. "
        "Kim ngạch thương mại Việt Nam - Lào năm 2022 đạt 1,7 tỷ USD.\n", "utf-8")
    db = ["--db", str(tmp_path / "s.db")]
    run = CliRunner().invoke
    assert run(main, [*db, "ingest", str(corpus)]).exit_code == 0
    every = run(main, [*db, "facts", "--json"]).output
    confidences = sorted(f["confidence"] for f in json.loads(every))
    assert len(confidences) >= 2
    cut = (confidences[0] + confidences[-1]) / 2
    kept = json.loads(run(main, [*db, "facts", "--json", "--min-confidence", str(cut)]).output)
    assert kept and all(f["confidence"] >= cut for f in kept)
    assert len(kept) < len(confidences)
