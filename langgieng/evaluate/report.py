"""Sum per-document scores into one `Evaluation`, as JSON or as text.

`evaluate` is pure: it takes what the runner produced (each gold document
with the system's article, or the reason there is none) and adds up the
figures. New figures plug in through `sections`: a section is a function of
all the runs that returns one JSON-able value, stored under its name in
`Evaluation.extra` and in the JSON: "merged" (gold facts from different
articles merged into the same reconciled record) is one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from langgieng.evaluate.facts import FIELD_CHECKS, FactResult, FieldTally, score_facts
from langgieng.evaluate.gold import GoldDoc
from langgieng.evaluate.scoring import (
    Counts,
    Finding,
    MentionResult,
    score_entities,
    score_mentions,
)
from langgieng.model import Article


@dataclass(slots=True)
class DocRun:
    """One gold document and what the system made of its article."""

    gold: GoldDoc
    article: Article | None = None
    missing: str | None = None  # no article to score: reported, not scored
    rejected: str | None = None  # the pipeline's reason; scored as finding nothing


Section = Callable[[Sequence[DocRun]], Any]

def _merged(runs: Sequence[DocRun]) -> Any:
    from langgieng.evaluate.merged import score_merged  # merged.py types its runs as DocRun

    return score_merged(runs)


# Extra figures computed by default, each under its name in the JSON.
def _calibration(runs: Sequence[DocRun]) -> Any:
    from langgieng.evaluate.calibration import score_calibration

    return score_calibration(runs)


SECTIONS: dict[str, Section] = {"merged": _merged, "calibration": _calibration}


@dataclass(slots=True)
class Evaluation:
    documents: int = 0
    entities: Counts = field(default_factory=Counts)
    mentions: MentionResult = field(default_factory=MentionResult)
    facts: FactResult = field(default_factory=FactResult)
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # unreadable gold, missing articles
    rejected: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def _empty_article(run: DocRun) -> Article:
    return Article(id="", source=run.gold.doc, format="", title="", text="")


def _add_facts(total: FactResult, part: FactResult) -> None:
    for fact_type, counts in part.by_type.items():
        total.by_type.setdefault(fact_type, Counts()).add(counts)
    for name, tally in part.fields.items():
        total.fields.setdefault(name, FieldTally()).add(tally)
    total.field_errors.extend(part.field_errors)
    total.one_off.update(part.one_off)


def evaluate(
    runs: Iterable[DocRun],
    *,
    problems: Iterable[str] = (),
    sections: Mapping[str, Section] | None = None,
) -> Evaluation:
    """Score every run that has an article (or a rejection) and add the figures up."""
    runs = list(runs)
    result = Evaluation(problems=list(problems))
    for run in runs:
        if run.missing is not None:
            result.problems.append(f"{run.gold.source or run.gold.doc}: {run.missing}")
            continue
        if run.rejected is not None:
            result.rejected.append(f"{run.gold.doc}: {run.rejected}")
        article = run.article if run.article is not None else _empty_article(run)
        result.documents += 1
        entities = score_entities(run.gold, article)
        mentions = score_mentions(run.gold, article)
        facts = score_facts(run.gold, article)
        result.entities.add(entities.counts)
        result.mentions.add(mentions)
        _add_facts(result.facts, facts)
        result.misses.extend(entities.misses + mentions.misses + facts.misses)
        result.false_positives.extend(entities.false_positives + facts.false_positives)
    scored = [run for run in runs if run.missing is None]
    for name, section in (SECTIONS if sections is None else sections).items():
        result.extra[name] = section(scored)
    return result


def to_json(evaluation: Evaluation) -> dict[str, Any]:
    """The contract's JSON shape, with counts and findings added."""
    facts = evaluation.facts
    fields = {name: facts.fields.get(name, FieldTally()) for name in FIELD_CHECKS}
    return {
        "documents": evaluation.documents,
        "entities": evaluation.entities.figures(),
        "mentions": {
            "accuracy": round(evaluation.mentions.accuracy, 4),
            "total": evaluation.mentions.total,
            "correct": evaluation.mentions.correct,
            "by_kind": {k: {"correct": c, "total": t}
                        for k, (c, t) in sorted(evaluation.mentions.by_kind.items())},
            "missed_as": dict(sorted(evaluation.mentions.missed_as.items())),
        },
        "facts": {
            **facts.overall.figures(),
            "by_type": {t: c.figures() for t, c in sorted(facts.by_type.items())},
            "false_positives_one_part_off": dict(sorted(facts.one_off.items())),
        },
        "fields": {name: round(t.accuracy, 4) for name, t in fields.items()},
        "field_totals": {name: t.total for name, t in fields.items()},
        "misses": [f.to_dict() for f in evaluation.misses],
        "false_positives": [f.to_dict() for f in evaluation.false_positives],
        "field_errors": [f.to_dict() for f in facts.field_errors],
        "rejected": evaluation.rejected,
        "problems": evaluation.problems,
        **evaluation.extra,
    }


def _prf(counts: Counts) -> str:
    return (
        f"P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        f"   (tp {counts.tp}, fp {counts.fp}, fn {counts.fn})"
    )


def _label(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    parts = []
    for key, value in item.items():
        if value is None or value == []:
            continue
        shown = "+".join(map(str, value)) if isinstance(value, list) else value
        parts.append(str(shown) if key in ("type", "surface") else f"{key}={shown}")
    return " ".join(parts)


def _finding_line(finding: Finding) -> str:
    line = f"  {finding.doc}  {finding.kind:<7} {_label(finding.item)}"
    detail = " ".join(finding.detail.split())
    if detail:
        line += f"  -- {detail[:117] + '...' if len(detail) > 120 else detail}"
    return line


def _section_text(value: Any) -> str:
    if isinstance(value, dict) and "bands" in value:  # the calibration table
        return "  ".join(f"{b['band']}: {b['right']}/{b['facts']} right" for b in value["bands"])
    if isinstance(value, dict):
        return "  ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def render_text(evaluation: Evaluation, *, show_misses: bool = True) -> str:
    """The figures first, then (optionally) every miss and false positive."""
    facts = evaluation.facts
    lines = [
        f"documents  {evaluation.documents}",
        f"entities   {_prf(evaluation.entities)}",
        f"mentions   accuracy {evaluation.mentions.accuracy:.3f}"
        f"   ({evaluation.mentions.correct} of {evaluation.mentions.total})",
    ]
    mentions = evaluation.mentions
    if mentions.by_kind:
        lines.append("  by kind  " + "  ".join(
            f"{k} {c}/{t}" for k, (c, t) in sorted(mentions.by_kind.items())))
    if mentions.missed_as:
        lines.append("  missed   " + "  ".join(
            f"{way} {n}" for way, n in sorted(mentions.missed_as.items())))
    lines.append(f"facts      {_prf(facts.overall)}")
    lines += [f"  {t:<10} {_prf(c)}" for t, c in sorted(facts.by_type.items())]
    if facts.one_off:
        lines.append("  fp off   " + "  ".join(
            f"{way} {n}" for way, n in sorted(facts.one_off.items())))
    tallies = [(n, facts.fields.get(n, FieldTally())) for n in FIELD_CHECKS]
    lines.append("fields     " + "  ".join(
        f"{n} {t.accuracy:.3f} ({t.correct}/{t.total})" for n, t in tallies
    ))
    lines += [f"{name:<10} {_section_text(value)}" for name, value in evaluation.extra.items()]
    sections: list[tuple[str, list[str]]] = [
        ("problems", evaluation.problems),
        ("rejected by the pipeline", evaluation.rejected),
    ]
    if show_misses:
        sections += [
            ("misses", [_finding_line(f) for f in evaluation.misses]),
            ("false positives", [_finding_line(f) for f in evaluation.false_positives]),
            ("wrong fields of matched facts", [_finding_line(f) for f in facts.field_errors]),
        ]
    for title, items in sections:
        if items:
            lines += ["", f"{title} ({len(items)})"]
            lines += [item if item.startswith("  ") else f"  {item}" for item in items]
    return "\n".join(lines)
