"""Fact commands: `facts` (query the stored facts) and `export` (facts as JSON
lines, CSV and GDELT event rows; reconciled records as JSON lines and CSV)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from langgieng.cli import command_store, main
from langgieng.cli.messages import say, t
from langgieng.cli.params import DATE, ENTITY
from langgieng.export import FORMATS, ExportRow, fact_record, write
from langgieng.export.records import RECORD_FILES, record_entry, write_records
from langgieng.export.workbook import WORKBOOK, write_workbook
from langgieng.gazetteer import load
from langgieng.model import FACT_TYPES, Article, Fact
from langgieng.reconcile import record_key
from langgieng.store import Store

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
@click.option("--type", "type_", type=click.Choice(FACT_TYPES), help="Only facts of this type.")
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
            say("no facts match")
            return
        for article_id, fact in pairs:
            click.echo("\t".join([
                fact.type, describe(fact), fact_date(fact) or "-", f"{fact.confidence:.2f}",
                article_id[:12],
                _evidence(articles, article_id, fact, limit=_SNIPPET),
            ]))
        say("%(count)s fact(s)", count=len(pairs))


EXPORTS = (*FORMATS, "records", "xlsx")


@main.command("export")
@click.argument("outdir", type=click.Path(file_okay=False))
@click.option("--format", "formats", default=",".join(EXPORTS), show_default=True,
              help="Comma-separated formats: jsonl (facts.jsonl), csv (facts.csv), "
                   "gdelt (events.gdelt.tsv, GDELT 2.0 event columns), records "
                   "(records.jsonl and records.csv: the reconciled records as reviewed), "
                   "xlsx (records.xlsx: those records, one sheet per kind).")
@click.option("--type", "type_", type=click.Choice(FACT_TYPES), help="Only facts of this type.")
@click.option("--raw", is_flag=True,
              help="Every extracted fact, also those of records a reviewer rejected.")
@click.pass_context
def export_command(
    ctx: click.Context, outdir: str, formats: str, type_: str | None, raw: bool
) -> None:
    """Write the stored facts and the reconciled records to OUTDIR. People's review
    applies: rejected records and their facts are left out (unless --raw),
    corrected values are the records' values."""
    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in EXPORTS]
    if unknown or not chosen:
        raise click.BadParameter(f"unknown format(s) {', '.join(unknown) or '(none)'}; "
                                 f"choose from {', '.join(EXPORTS)}", param_hint="--format")
    fact_formats = [f for f in chosen if f in FORMATS]
    target = Path(outdir)
    try:
        with command_store(ctx) as store:
            articles = _Articles(store)
            written = {}
            if fact_formats:
                pairs = store.facts(type=type_)
                if not raw:
                    pairs = _not_rejected(store, articles, pairs)
                written = write(articles.rows(pairs), target, formats=fact_formats)
            for kind in [k for k in ("records", "xlsx") if k in chosen]:
                target.mkdir(parents=True, exist_ok=True)
                names = _names(store)
                entries = (record_entry(r, names, articles.get)
                           for r in store.records(type=type_, include_rejected=raw))
                if kind == "records":
                    count = write_records(entries, target)
                    written |= {name: count for name in RECORD_FILES}
                else:
                    written[WORKBOOK] = write_workbook(entries, target / WORKBOOK)
    except OSError as exc:
        raise click.ClickException(t("%(path)s: cannot write: %(error)s", path=outdir,
                                     error=exc)) from None
    for name, count in written.items():
        say("%(path)s: %(count)s row(s)", path=outdir + "/" + name, count=count)


def _not_rejected(
    store: Store, articles: _Articles, pairs: list[tuple[str, Fact]]
) -> list[tuple[str, Fact]]:
    """The facts whose record no reviewer rejected."""
    rejected = store.rejected_keys()
    if not rejected:
        return pairs
    return [(article_id, fact) for article_id, fact in pairs
            if record_key(fact, published=articles.get(article_id).published,
                          article=article_id) not in rejected]


def _names(store: Store) -> Callable[[str], str | None]:
    """An entity's name: the gazetteer's, else a discovered one's as the store knows it."""
    gazetteer = load()

    def name_of(entity_id: str) -> str | None:
        entity = gazetteer.get(entity_id) or store.entity_record(entity_id)
        return entity.name if entity is not None else None

    return name_of


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
