"""Fact commands: `facts` (query the stored facts) and `export` (JSON lines,
CSV, GDELT event rows)."""

from __future__ import annotations

import json
from typing import Any

import click

from langgieng.cli import command_store, main
from langgieng.cli.params import DATE, ENTITY
from langgieng.export import FORMATS, ExportRow, fact_record, write
from langgieng.model import Article, Fact
from langgieng.store import Store

TYPES = ("meeting", "visit", "agreement", "relations", "measure", "target")
_SNIPPET = 70


class _Articles:
    """Articles of the listed facts, read once each."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, Article] = {}

    def get(self, article_id: str) -> Article:
        if article_id not in self.cache:
            self.cache[article_id] = self.store.get_article(article_id)
        return self.cache[article_id]

    def rows(self, pairs: list[tuple[str, Fact]]) -> list[ExportRow]:
        out = []
        for article_id, fact in pairs:
            art = self.get(article_id)
            out.append(ExportRow(article_id, fact, art.url, art.published))
        return out


@main.command("facts")
@click.option("--type", "type_", type=click.Choice(TYPES), help="Only facts of this type.")
@click.option("--entity", type=ENTITY, metavar="ENTITY",
              help="Only facts naming this entity (an id such as vn/kien-giang, or a name).")
@click.option("--indicator", metavar="I", help="Only measures/targets of this indicator.")
@click.option("--since", type=DATE, help="Facts dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", type=DATE, help="Facts dated on or before DATE.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="C",
              help="Only facts at least this sure (calibrated: 0.8 is right about 8 in 10).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def facts_command(ctx: click.Context, type_: str | None, entity: str | None,
                  indicator: str | None, since: str | None, until: str | None,
                  min_confidence: float | None, as_json: bool) -> None:
    """List stored facts: type, key fields, date, confidence, article and evidence."""
    with command_store(ctx) as store:
        pairs = store.facts(type=type_, entity=entity, indicator=indicator, since=since,
                            until=until, min_confidence=min_confidence)
        articles = _Articles(store)
        if as_json:
            records = [fact_record(row) | {"evidence_text": _evidence(articles, row.article_id,
                                                                      row.fact)}
                       for row in articles.rows(pairs)]
            click.echo(json.dumps(records, ensure_ascii=False, indent=2))
            return
        if not pairs:
            click.echo("no facts match")
            return
        for article_id, fact in pairs:
            click.echo("\t".join([
                fact.type, describe(fact), fact_date(fact) or "-", f"{fact.confidence:.2f}",
                article_id[:12],
                _evidence(articles, article_id, fact, limit=_SNIPPET),
            ]))
        click.echo(f"{len(pairs)} fact(s)")


@main.command("export")
@click.argument("outdir", type=click.Path(file_okay=False))
@click.option("--format", "formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated formats: jsonl (facts.jsonl), csv (facts.csv), "
                   "gdelt (events.gdelt.tsv, GDELT 2.0 event columns).")
@click.option("--type", "type_", type=click.Choice(TYPES), help="Only facts of this type.")
@click.pass_context
def export_command(ctx: click.Context, outdir: str, formats: str, type_: str | None) -> None:
    """Write every stored fact to OUTDIR in the chosen formats."""
    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(f"unknown format(s) {', '.join(unknown) or '(none)'}; "
                                 f"choose from {', '.join(FORMATS)}", param_hint="--format")
    with command_store(ctx) as store:
        rows = _Articles(store).rows(store.facts(type=type_))
    try:
        written = write(rows, outdir, formats=chosen)
    except OSError as exc:
        raise click.ClickException(f"{outdir}: cannot write: {exc}") from None
    for name, count in written.items():
        click.echo(f"{outdir}/{name}: {count} row(s)")


def describe(fact: Fact) -> str:
    """The key fields of a fact on one line."""
    f: dict[str, Any] = fact.fields
    if fact.type == "meeting":
        place = f.get("place") or "?"
        text = f"{f.get('series')} #{f.get('edition')} at {place} ({f.get('status')})"
    elif fact.type == "visit":
        text = f"{f.get('visitor')} -> {f.get('destination')} ({f.get('kind')})"
    elif fact.type in ("agreement", "relations"):
        text = " + ".join(f.get("parties") or [])
        if fact.type == "agreement":
            text += f" {f.get('kind')}" + (f" on {f['topic']}" if f.get("topic") else "")
    else:
        qualifier = f"{f['qualifier']} " if f.get("qualifier") else ""
        total = f" of {f['of']}" if f.get("of") is not None else ""
        text = (f"{f.get('indicator')} {' + '.join(f.get('parties') or [])}: "
                f"{qualifier}{f.get('value')}{total} {f.get('unit')}")
    return text


def fact_date(fact: Fact) -> str | None:
    f = fact.fields
    return f.get("start") or f.get("date") or f.get("period") or f.get("by")


def _evidence(articles: _Articles, article_id: str, fact: Fact, limit: int | None = None) -> str:
    text = articles.get(article_id).text[fact.evidence.start : fact.evidence.end]
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
