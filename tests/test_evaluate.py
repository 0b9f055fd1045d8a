"""The `eval` scoring on small synthetic gold/system pairs, and the command
end to end on the real seed articles and gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from langgieng.cli import main
from langgieng.evaluate import (
    DocRun,
    evaluate,
    match_facts,
    parse_gold,
    render_text,
    score_entities,
    score_facts,
    score_mentions,
    to_json,
)
from langgieng.evaluate.gold import GoldFormatError, load_gold_dir
from langgieng.evaluate.run import run_document
from langgieng.model import Article, Fact, Mention, Span
from langgieng.pipeline import Pipeline

TEXT = "Tỉnh Kenjiang ký kết với tỉnh Kampot. Kim ngạch đạt 101 triệu USD năm 2014."


def gold(**fields: Any) -> Any:
    data = {"doc": "d1", "entities": [], "mentions": [], "facts": [], **fields}
    return parse_gold(data, source="<test>")


def mention(surface: str, entity: str | None, text: str = TEXT) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, entity, "province", 0.9, "test")


def fact(fact_type: str, **fields: Any) -> Fact:
    return Fact(fact_type, fields, Span(0, 10), 0.9, "test")


def article(mentions: list[Mention] = (), facts: list[Fact] = ()) -> Article:  # type: ignore[assignment]
    return Article(
        id="a1", source="d1.txt", format="txt", title="", text=TEXT,
        mentions=list(mentions), facts=list(facts),
    )


TRADE = {"indicator": "trade.bilateral", "parties": ["vn/kien-giang", "kh/kampot"],
         "value": 101000000, "unit": "USD", "period": "2014"}


# -- entities -----------------------------------------------------------------

def test_entities_perfect_score() -> None:
    g = gold(entities=["vn/kien-giang", "kh/kampot"])
    a = article([mention("Kenjiang", "vn/kien-giang"), mention("Kampot", "kh/kampot")])
    result = score_entities(g, a)
    assert (result.counts.precision, result.counts.recall, result.counts.f1) == (1.0, 1.0, 1.0)
    assert result.misses == [] and result.false_positives == []


def test_entities_miss_and_false_positive_are_named() -> None:
    g = gold(entities=["vn/kien-giang", "kh/kampot"])
    a = article([mention("Kenjiang", "vn/kien-giang"), mention("Kampot", "kh/kep")])
    result = score_entities(g, a)
    assert (result.counts.tp, result.counts.fp, result.counts.fn) == (1, 1, 1)
    assert result.counts.precision == 0.5 and result.counts.recall == 0.5
    assert [f.item for f in result.misses] == ["kh/kampot"]
    assert [(f.doc, f.item) for f in result.false_positives] == [("d1", "kh/kep")]


def test_unresolved_mentions_are_not_entities() -> None:
    g = gold(entities=["vn/kien-giang"])
    result = score_entities(g, article([mention("Kenjiang", None)]))
    assert (result.counts.tp, result.counts.fp, result.counts.fn) == (0, 0, 1)


def test_optional_entity_counts_neither_way() -> None:
    g = gold(entities=["vn/kien-giang", {"id": "org/ttxvn", "optional": True}])
    found = score_entities(g, article([mention("Kenjiang", "vn/kien-giang"),
                                       mention("Kampot", "org/ttxvn")]))
    absent = score_entities(g, article([mention("Kenjiang", "vn/kien-giang")]))
    for result in (found, absent):
        assert (result.counts.tp, result.counts.fp, result.counts.fn) == (1, 0, 0)


# -- hard mentions --------------------------------------------------------------

def test_mention_found_by_folded_surface_and_by_overlap() -> None:
    g = gold(mentions=[{"surface": "kenjiang", "entity": "vn/kien-giang"},
                       {"surface": "tỉnh KAMPOT", "entity": "kh/kampot"}])
    a = article([mention("Kenjiang", "vn/kien-giang"), mention("Kampot", "kh/kampot")])
    result = score_mentions(g, a)
    assert (result.correct, result.total, result.accuracy) == (2, 2, 1.0)


def test_mention_linked_elsewhere_or_missing_is_wrong() -> None:
    g = gold(mentions=[{"surface": "Kenjiang", "entity": "vn/kien-giang"},
                       {"surface": "Kampot", "entity": "kh/kampot"}])
    result = score_mentions(g, article([mention("Kenjiang", "cn/jiangxi")]))
    assert (result.correct, result.total) == (0, 2)
    assert [m.detail for m in result.misses] == ["linked to cn/jiangxi", "no mention found"]


def test_optional_mentions_are_left_out_of_the_total() -> None:
    g = gold(mentions=[{"surface": "Kampot", "entity": "kh/kampot", "optional": True}])
    assert score_mentions(g, article()).total == 0


# -- facts ----------------------------------------------------------------------

def test_facts_perfect_score_and_fields() -> None:
    meeting = {"series": "series/x", "edition": 12, "place": "vn/tay-ninh",
               "start": "2023-04-25", "chairs": ["person/a", "person/b"]}
    g = gold(facts=[{"type": "meeting", **meeting}, {"type": "measure", **TRADE}])
    system_meeting = {**meeting, "chairs": ["person/b", "person/a"]}
    result = score_facts(g, article(facts=[fact("measure", **TRADE),
                                           fact("meeting", **system_meeting)]))
    assert result.overall.f1 == 1.0
    assert {n: (t.correct, t.total) for n, t in result.fields.items()} == {
        "place": (1, 1), "start": (1, 1), "chairs": (1, 1), "value": (1, 1)}


def test_fact_miss_and_false_positive() -> None:
    g = gold(facts=[{"type": "measure", **TRADE}])
    wrong_period = {**TRADE, "period": "2015"}
    result = score_facts(g, article(facts=[fact("measure", **wrong_period)]))
    overall = result.overall
    assert (overall.tp, overall.fp, overall.fn) == (0, 1, 1)
    assert result.misses[0].item["period"] == "2014"
    assert result.false_positives[0].item["period"] == "2015"


def test_a_false_positive_is_told_by_the_one_part_it_got_wrong() -> None:
    g = gold(facts=[{"type": "measure", **TRADE}])
    cases = {"period": {**TRADE, "period": "2015"}, "value": {**TRADE, "value": 5},
             "none": {**TRADE, "period": "2015", "parties": ["vn", "kh"]}}
    for part, fields in cases.items():
        assert score_facts(g, article(facts=[fact("measure", **fields)])).one_off == {
            f"measure {part}": 1}


@pytest.mark.parametrize(("value", "matches"), [
    (101000000 * 1.0049, True), (101000000 * 0.9951, True),
    (101000000 * 1.006, False), (100000000, False),
])
def test_value_tolerance_is_half_a_percent(value: float, matches: bool) -> None:
    g = gold(facts=[{"type": "measure", **TRADE}])
    result = score_facts(g, article(facts=[fact("measure", **{**TRADE, "value": value})]))
    assert (result.overall.tp == 1) is matches


def test_parties_match_as_a_set() -> None:
    g = gold(facts=[{"type": "agreement", "parties": ["vn/kon-tum", "la/sekong"],
                     "kind": "mou", "date": "--08-06"}])
    a = article(facts=[fact("agreement", parties=["la/sekong", "vn/kon-tum"], kind="mou",
                            date="2016-08-06")])
    result = score_facts(g, a)
    assert result.overall.tp == 1
    assert (result.fields["date"].correct, result.fields["date"].total) == (0, 1)


def test_visit_matches_on_month_of_start() -> None:
    g = gold(facts=[{"type": "visit", "visitor": "person/a", "destination": "kh",
                     "start": "2014-12", "end": None}])
    same_month = fact("visit", visitor="person/a", destination="kh", start="2014-12-23")
    other_month = fact("visit", visitor="person/a", destination="kh", start="2015-01-02")
    assert score_facts(g, article(facts=[same_month])).overall.tp == 1
    assert score_facts(g, article(facts=[other_month])).overall.tp == 0


def test_a_day_without_its_year_matches_on_its_month_too() -> None:
    g = gold(facts=[{"type": "visit", "visitor": "person/a", "destination": "kh",
                     "start": "--07-27", "end": None}])
    same_month = fact("visit", visitor="person/a", destination="kh", start="--07")
    other_month = fact("visit", visitor="person/a", destination="kh", start="--08")
    assert score_facts(g, article(facts=[same_month])).overall.tp == 1
    assert score_facts(g, article(facts=[other_month])).overall.tp == 0


def test_matching_is_one_to_one() -> None:
    g = gold(facts=[{"type": "relations", "parties": ["vn", "kh"], "date": "1967-06-24"}])
    twice = [fact("relations", parties=["kh", "vn"], date="1967-06-24")] * 2
    result = score_facts(g, article(facts=twice))
    assert (result.overall.tp, result.overall.fp) == (1, 1)


def test_optional_fact_counts_neither_way() -> None:
    optional = {"type": "relations", "parties": ["vn", "kh"], "date": "1967-06-24",
                "optional": True}
    g = gold(facts=[optional])
    found = score_facts(g, article(facts=[fact("relations", parties=["vn", "kh"],
                                                date="1967-06-24")])).overall
    absent = score_facts(g, article()).overall
    assert (found.tp, found.fp, found.fn) == (0, 0, 0)
    assert (absent.tp, absent.fp, absent.fn) == (0, 0, 0)


def test_required_gold_fact_is_matched_before_an_optional_twin() -> None:
    twin = {"type": "relations", "parties": ["vn", "kh"], "date": "1967-06-24"}
    g = gold(facts=[{**twin, "optional": True}, twin])
    pairs = match_facts(g.facts, [("relations", {"parties": ["vn", "kh"],
                                                 "date": "1967-06-24"})])
    assert pairs == [(1, 0)]


def test_documents_of_one_pair_meet_the_system_facts_of_their_own_dates() -> None:
    treaty = {"type": "agreement", "parties": ["vn", "kh"], "kind": "agreement"}
    g = gold(facts=[{**treaty, "date": "2019-10-05"}, {**treaty, "date": "1985"},
                    {**treaty, "date": "2005"}])
    system = [("agreement", {**treaty, "date": year}) for year in ("1985", "2005", "2019-10")]
    assert sorted(match_facts(g.facts, system)) == [(0, 2), (1, 0), (2, 1)]


# -- gold files and the whole evaluation -------------------------------------------

def test_gold_ignores_unknown_fields_and_rejects_bad_shapes() -> None:
    assert gold(note="hand-made", extra={"x": 1}).doc == "d1"
    with pytest.raises(GoldFormatError, match="mentions"):
        gold(mentions=[{"surface": "Kenjiang"}])


def test_bad_gold_file_is_reported_and_the_others_load(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"doc": "a", "entities": ["vn"]}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"doc": "b",\n "entities": [}', encoding="utf-8")
    docs, errors = load_gold_dir(tmp_path)
    assert [d.doc for d in docs] == ["a"]
    assert len(errors) == 1 and "b.json" in errors[0] and "line 2" in errors[0]


def test_evaluate_reports_missing_articles_without_scoring_them() -> None:
    g = gold(entities=["vn/kien-giang"])
    runs = [DocRun(g, article=article([mention("Kenjiang", "vn/kien-giang")])),
            DocRun(gold(doc="d2", entities=["kh"]), missing="no article d2.txt")]
    result = to_json(evaluate(runs, sections={"docs_seen": len}))
    assert result["documents"] == 1
    assert result["entities"]["f1"] == 1.0
    assert result["problems"] == ["<test>: no article d2.txt"]
    assert result["docs_seen"] == 1


def test_rejected_article_scores_as_finding_nothing() -> None:
    runs = [DocRun(gold(entities=["vn"]), rejected="d1.txt: empty body")]
    result = to_json(evaluate(runs))
    assert result["entities"]["recall"] == 0.0
    assert result["rejected"] == ["d1: d1.txt: empty body"]


# -- the command, end to end ------------------------------------------------------

def test_eval_command_json_on_the_seeds(gold_dir: Path, seeds_dir: Path) -> None:
    run = CliRunner().invoke(main, ["eval", "--gold", str(gold_dir), "--corpus",
                                    str(seeds_dir), "--json"])
    assert run.exit_code == 0, run.output
    report = json.loads(run.output)
    assert report["documents"] == 5
    for section in ("entities", "facts"):
        assert {"precision", "recall", "f1"} <= report[section].keys()
    assert report["mentions"]["total"] == 18
    assert {"place", "start", "chairs", "value"} <= report["fields"].keys()
    assert isinstance(report["facts"]["by_type"], dict)
    assert isinstance(report["misses"], list) and isinstance(report["false_positives"], list)
    assert report["problems"] == []


def test_eval_command_text_names_a_missing_article(gold_dir: Path, tmp_path: Path) -> None:
    run = CliRunner().invoke(main, ["eval", "--gold", str(gold_dir), "--corpus",
                                    str(tmp_path), "--no-show-misses"])
    assert run.exit_code == 0, run.output
    assert run.output.startswith("documents  0")
    assert "no article 000_d1bcbdfaa79f0b28" in run.output
    assert "misses" not in run.output


def test_eval_gives_a_text_file_the_address_its_gold_provenance_names(tmp_path: Path) -> None:
    """A crawl knows each page's address; so does eval, from the gold's provenance."""
    (tmp_path / "d1.txt").write_text(
        "Kiên Giang tiếp đoàn tỉnh Kampot\nNgày 12/7, tỉnh Kiên Giang tiếp đoàn tỉnh Kampot.\n")
    url = "https://vidu.example.vn/tiep-doan-20160712181948366.htm"
    gold_doc = parse_gold({"doc": "d1", "provenance": {"url": url}}, source="<test>")
    article = run_document(gold_doc, tmp_path, Pipeline()).article
    assert article is not None
    assert (article.url, article.published) == (url, "2016-07-12")


def test_eval_command_missing_folder_exits_2(tmp_path: Path) -> None:
    run = CliRunner().invoke(main, ["eval", "--gold", str(tmp_path / "none"),
                                    "--corpus", str(tmp_path)])
    assert run.exit_code == 2
    assert "does not exist" in run.output


def test_mention_surface_ignores_hyphens_but_not_word_boundaries() -> None:
    text = "Tỉnh Kun Sông và tỉnh Kun Songs."
    g = gold(mentions=[{"surface": "Kun-Song", "entity": "vn/kon-tum"}])
    a = Article(id="a", source="", format="txt", title="", text=text,
                mentions=[mention("Kun Sông", "vn/kon-tum", text),
                          mention("Kun Songs", "vn/other", text)])
    assert score_mentions(g, a).correct == 1


def test_mention_surface_in_gold_is_read_as_the_cleaner_writes_the_text() -> None:
    # the cleaner writes one apostrophe and the Vietnamese Đ for its look-alike Ð
    text = "Tỉnh Tbong Kh'mum và Đồng Tháp."
    g = gold(mentions=[{"surface": "Tbong Kh’mum", "entity": "kh/tbong-khmum"},
                       {"surface": "Ðồng Tháp", "entity": "vn/dong-thap"}])
    a = Article(id="a", source="", format="txt", title="", text=text,
                mentions=[mention("Tbong Kh'mum", "kh/tbong-khmum", text),
                          mention("Đồng Tháp", "vn/dong-thap", text)])
    assert score_mentions(g, a).correct == 2


def test_text_report_puts_figures_before_misses_and_false_positives() -> None:
    g = gold(entities=["kh/kampot"], facts=[{"type": "measure", **TRADE}])
    a = article([mention("Kenjiang", "vn/kien-giang")],
                [fact("measure", **{**TRADE, "value": 5})])
    text = render_text(evaluate([DocRun(g, article=a)]))
    lines = text.splitlines()
    assert lines[0] == "documents  1"
    assert lines[1].startswith("entities   P 0.000  R 0.000")
    assert text.index("misses (2)") < text.index("false positives (2)")
    assert "  d1  entity  vn/kien-giang" in lines
    assert "misses" not in render_text(evaluate([DocRun(g, article=a)]), show_misses=False)
