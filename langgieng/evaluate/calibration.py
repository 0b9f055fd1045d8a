"""The "calibration" figure: of the facts given a confidence, how many are right?

Each system fact of a scored document is right when it matches a gold fact
(the contract's match keys), wrong when it matches none; one that matches an
optional gold fact counts neither way. Facts are counted by confidence band
and by the rule that made them; `scripts/calibrate.py` turns the per-rule
shares of the real `dev` half into the confidences the extractor gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langgieng.evaluate.facts import match_facts

if TYPE_CHECKING:
    from langgieng.evaluate.report import DocRun

BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def outcomes(runs: Sequence[DocRun]) -> list[tuple[float, str, bool]]:
    """(confidence, rule, right) of every system fact that gold judges."""
    judged: list[tuple[float, str, bool]] = []
    for run in runs:
        if run.article is None:
            continue
        system = [(f.type, f.fields) for f in run.article.facts]
        pairs = dict((si, gi) for gi, si in match_facts(run.gold.facts, system))
        for si, fact in enumerate(run.article.facts):
            gold = pairs.get(si)
            if gold is not None and run.gold.facts[gold].optional:
                continue
            judged.append((fact.confidence, fact.rule, gold is not None))
    return judged


def score_calibration(runs: Sequence[DocRun]) -> dict[str, Any]:
    judged = outcomes(runs)
    bands = []
    for low, high in BANDS:
        inside = [right for confidence, _, right in judged if low <= confidence < high]
        if inside:
            bands.append({"band": f"{low:.1f}-{min(high, 1.0):.1f}", "facts": len(inside),
                          "right": sum(inside), "share": round(sum(inside) / len(inside), 3)})
    rules: dict[str, list[int]] = {}
    for _, rule, right in judged:
        tally = rules.setdefault(rule, [0, 0])
        tally[0] += int(right)
        tally[1] += 1
    return {"bands": bands, "by_rule": {rule: {"right": r, "facts": n}
                                        for rule, (r, n) in sorted(rules.items())}}
