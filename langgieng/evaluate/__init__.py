"""Score the system against gold annotations (the `eval` command).

- `gold`: read gold files (the contract in ../shared/gold/README.md);
- `scoring`, `facts`: pure scoring of entities, hard mentions and facts;
- `report`: add the figures up (`evaluate`), as JSON or text;
- `run`: pair gold files with articles and run the real pipeline.
"""

from __future__ import annotations

from langgieng.evaluate.facts import FactResult, match_facts, score_facts
from langgieng.evaluate.gold import GoldDoc, GoldFact, GoldMention, load_gold_dir, parse_gold
from langgieng.evaluate.report import (
    SECTIONS,
    DocRun,
    Evaluation,
    evaluate,
    render_text,
    to_json,
)
from langgieng.evaluate.run import evaluate_folders
from langgieng.evaluate.scoring import Counts, Finding, score_entities, score_mentions

__all__ = [
    "SECTIONS",
    "Counts",
    "DocRun",
    "Evaluation",
    "FactResult",
    "Finding",
    "GoldDoc",
    "GoldFact",
    "GoldMention",
    "evaluate",
    "evaluate_folders",
    "load_gold_dir",
    "match_facts",
    "parse_gold",
    "render_text",
    "score_entities",
    "score_facts",
    "score_mentions",
    "to_json",
]
