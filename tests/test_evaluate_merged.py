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
        _run("a", [gold], [{**gold, "date": "2022-11"}], published="2023-02"),
        _run("b", [gold], [{**gold, "date": "2023-01"}], published="2023-02"),
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
    # Without publication dates the system cannot tell the two totals' years: it does not
    # take them for one happening either (each stays its article's).
    for run in runs:
        assert run.article is not None
        run.article.published = None
    assert score_merged(runs)["false_merges"] == 0


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


def test_optional_gold_facts_are_not_expected_to_merge() -> None:
    optional = {**RELATIONS, "optional": True}
    runs = [_run("a", [optional], [RELATIONS]), _run("b", [optional], [])]
    assert score_merged(runs)["expected"] == 0
    runs = [_run("a", [RELATIONS], [RELATIONS]), _run("b", [RELATIONS], [])]
    assert score_merged(runs)["expected"] == 2


def test_unnumbered_meetings_of_one_series_in_different_months_are_different_happenings() -> None:
    talks = {"type": "meeting", "series": "series/vn-kh-security-cooperation-review",
             "edition": None, "place": None, "start": None, "end": None, "chairs": []}
    runs = [_run("a", [talks], [talks], published="2016-05-11"),
            _run("b", [talks], [talks], published="2017-01-09")]
    assert score_merged(runs)["groups"] == 0
    runs.append(_run("c", [{**talks, "start": "2017-01-08"}], [{**talks, "start": "2017-01-08"}],
                     published="2017-01-10"))
    assert (score_merged(runs)["groups"], score_merged(runs)["correct"]) == (1, 2)


def test_a_visit_told_without_its_start_is_the_visit_of_the_article_month() -> None:
    visit = {"type": "visit", "visitor": "person/to-lam", "destination": "la",
             "start": "2025-12-01", "end": None, "kind": "state"}
    undated = {**visit, "start": None}
    runs = [_run("a", [visit], [visit], published="2025-12-02"),
            _run("b", [undated], [undated], published="2025-12-16")]
    assert score_merged(runs)["correct"] == 2
    runs[1] = _run("b", [undated], [undated], published="2026-03-16")
    assert score_merged(runs)["groups"] == 0


def test_a_figure_of_unknown_time_is_no_shared_happening_and_no_false_merge() -> None:
    length = {"type": "measure", "indicator": "border.length", "parties": ["vn", "la"],
              "value": 2067, "unit": "km", "period": None}
    runs = [_run("a", [length], [length], published="2025-01"),
            _run("b", [length], [length], published="2025-03")]
    runs[0].gold.published = None  # the system dated the article; its gold is undated
    result = score_merged(runs)
    assert (result["groups"], result["false_merges"]) == (0, 0)
