"""The "merged" figure of `eval`: gold happenings stated by several articles."""

from __future__ import annotations

from typing import Any

from langgieng.evaluate import DocRun, evaluate, parse_gold
from langgieng.evaluate.merged import score_merged
from langgieng.model import Article, Fact, Span

RELATIONS = {"type": "relations", "parties": ["vn", "kh"], "date": "1967-06-24"}


def _run(
    doc: str,
    gold_facts: list[dict[str, Any]],
    system: list[dict[str, Any]],
    *,
    published: str | None = None,
) -> DocRun:
    gold = parse_gold({"doc": doc, "published": published, "facts": gold_facts}, source=doc)
    facts = [
        Fact(f["type"], {k: v for k, v in f.items() if k != "type"}, Span(0, 1), 0.9, "t")
        for f in system
    ]
    article = Article(
        id=doc, source=doc, format="txt", title="", text="x", facts=facts, published=published
    )
    return DocRun(gold=gold, article=article)


def test_the_same_happening_in_two_articles_merged_into_one_record() -> None:
    runs = [_run("a", [RELATIONS], [RELATIONS]), _run("b", [RELATIONS], [RELATIONS])]
    assert score_merged(runs) == {
        "groups": 1,
        "expected": 2,
        "correct": 2,
        "accuracy": 1.0,
        "false_merges": 0,
    }


def test_matched_facts_in_different_records_are_not_merged() -> None:
    gold = {"type": "agreement", "parties": ["vn", "kh"], "kind": "agreement", "date": None}
    # Both match their gold fact (the date is not part of the match), but the
    # signing years differ, so reconcile keeps two records.
    runs = [
        _run("a", [gold], [{**gold, "date": "2022-11"}]),
        _run("b", [gold], [{**gold, "date": "2023-01"}]),
    ]
    result = score_merged(runs)
    assert (result["expected"], result["correct"]) == (2, 0)


def test_a_missed_fact_counts_against_merging() -> None:
    runs = [_run("a", [RELATIONS], [RELATIONS]), _run("b", [RELATIONS], [])]
    assert score_merged(runs)["correct"] == 0


def test_running_totals_of_different_years_are_different_happenings() -> None:
    projects = {
        "type": "measure",
        "indicator": "investment.projects",
        "parties": ["vn", "kh"],
        "period": None,
        "unit": "project",
    }
    runs = [
        _run("a", [{**projects, "value": 134}], [{**projects, "value": 134}], published="2014-12"),
        _run("b", [{**projects, "value": 205}], [{**projects, "value": 205}], published="2023-04"),
    ]
    result = score_merged(runs)
    assert result["groups"] == 0 and result["false_merges"] == 0
    # Without publication dates the system cannot tell the two totals apart.
    for run in runs:
        assert run.article is not None
        run.article.published = None
    assert score_merged(runs)["false_merges"] == 1


def test_eval_reports_merged_by_default() -> None:
    runs = [_run("a", [RELATIONS], [RELATIONS]), _run("b", [RELATIONS], [RELATIONS])]
    assert evaluate(runs).extra["merged"]["accuracy"] == 1.0


def test_documents_of_one_pair_signed_in_different_years_are_different_happenings() -> None:
    plan = {"type": "agreement", "parties": ["vn/tay-ninh", "kh/prey-veng"], "kind": "agreement"}
    runs = [
        _run("a", [{**plan, "date": "2018-03"}], [{**plan, "date": "2018-03"}]),
        _run("b", [{**plan, "date": None}], [{**plan, "date": None}], published="2026-01-20"),
    ]
    result = score_merged(runs)
    assert result["groups"] == 0 and result["false_merges"] == 0
    # the same document told again in its year is one happening, merged
    runs.append(_run("c", [{**plan, "date": None}], [{**plan, "date": None}],
                     published="2018-04-02"))
    assert score_merged(runs)["correct"] == 2


def test_relations_dated_to_the_day_and_to_the_year_are_one_happening() -> None:
    runs = [_run("a", [RELATIONS], [RELATIONS]),
            _run("b", [{**RELATIONS, "date": "1967"}], [{**RELATIONS, "date": "1967"}])]
    result = score_merged(runs)
    assert (result["groups"], result["correct"], result["false_merges"]) == (1, 2, 0)
