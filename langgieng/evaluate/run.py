"""Pair gold files with their articles and run the real pipeline on each.

This is the I/O half of `eval`: finding files, reading, processing. The
figures are computed by the pure functions in `report`, `scoring`, `facts`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langgieng.evaluate.gold import GoldDoc, load_gold_dir
from langgieng.evaluate.report import DocRun, Evaluation, evaluate
from langgieng.model import Rejection
from langgieng.pipeline import Pipeline
from langgieng.read import read_paths

ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl")


def find_article(corpus: Path, doc: str) -> Path | None:
    """The article file named `doc` in `corpus`, in suffix order."""
    for suffix in ARTICLE_SUFFIXES:
        path = corpus / f"{doc}{suffix}"
        if path.is_file():
            return path
    return None


def run_document(gold: GoldDoc, corpus: Path, pipeline: Pipeline) -> DocRun:
    """The system's article for one gold document, or why there is none."""
    path = find_article(corpus, gold.doc)
    if path is None:
        tried = "/".join(s.lstrip(".") for s in ARTICLE_SUFFIXES)
        return DocRun(gold, missing=f"no article {gold.doc}.({tried}) in {corpus}")
    try:
        raw = next(iter(read_paths([path])), None)
    except Exception as exc:  # a reader failure is the system's, scored as nothing found
        return DocRun(gold, rejected=f"{path}: read failed: {type(exc).__name__}: {exc}")
    if raw is None:
        return DocRun(gold, rejected=f"{path}: the reader found no article")
    if isinstance(raw, Rejection):
        return DocRun(gold, rejected=f"{raw.source}: {raw.reason}")
    if raw.url is None and gold.url is not None:  # a text file's address, as a crawl gives it
        raw = replace(raw, url=gold.url)
    result = pipeline.process(raw)
    if isinstance(result, Rejection):
        return DocRun(gold, rejected=f"{result.source}: {result.reason}")
    return DocRun(gold, article=result)


def evaluate_folders(
    gold_dir: Path, corpus_dir: Path, *, pipeline: Pipeline | None = None
) -> Evaluation:
    """Score the system on every gold file in `gold_dir` against `corpus_dir`."""
    golds, problems = load_gold_dir(gold_dir)
    if not golds and not problems:
        problems.append(f"{gold_dir}: no gold files (*.json)")
    pipeline = pipeline or Pipeline()
    runs = [run_document(gold, corpus_dir, pipeline) for gold in golds]
    return evaluate(runs, problems=problems)
