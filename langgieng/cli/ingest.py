"""Ingest-side commands: `ingest`, `search`, `show`, `stats`."""

from __future__ import annotations

import dataclasses
import json
import sys

import click
from tqdm import tqdm

from langgieng import pipeline
from langgieng.cli import command_store, echo_json, main, work_placement, workers_option
from langgieng.cli.messages import language, say, t
from langgieng.cli.params import DATE, ENTITY
from langgieng.config import Settings
from langgieng.i18n import N_
from langgieng.labels import label
from langgieng.model import FACT_TYPES, Article
from langgieng.pipeline import entity_named
from langgieng.store.search import SearchFilters


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=None,
    help="Articles per database transaction (default $LANGGIENG_BATCH_SIZE or 200).",
)
@workers_option
@click.pass_context
def ingest_command(
    ctx: click.Context, paths: tuple[str, ...], batch_size: int | None, workers: int | None,
    engine: str | None, scheduler: str | None,
) -> None:
    """Read, clean, link and extract the articles in PATHS (files or folders) and store them.

    Exit status 1 when some input was rejected; the rest is stored all the same.
    """
    size = batch_size or Settings().batch_size
    workers, cluster = work_placement(workers, engine, scheduler)
    try:
        with command_store(ctx, create=True) as store, tqdm(
            desc="ingest", unit=" article", file=sys.stderr, disable=None
        ) as progress:
            report = pipeline.ingest(
                paths, store, batch_size=size, on_item=lambda _source: progress.update(),
                workers=workers, cluster=cluster,
            )
    except KeyboardInterrupt:
        say("interrupted: whole batches are stored; run the same command to finish", err=True)
        ctx.exit(130)
    click.echo(ingest_summary(report))
    for rejection in report.rejected:
        say("rejected %(source)s: %(reason)s", source=rejection.source, reason=rejection.reason)
    ctx.exit(0 if report.ok else 1)


def ingest_summary(report: pipeline.IngestReport) -> str:
    """`stored 12, duplicates 0, rejected 0` (and the near-copies kept, if any)."""
    line = t("stored %(stored)s, duplicates %(duplicates)s, rejected %(rejected)s",
             stored=report.stored, duplicates=report.duplicates, rejected=len(report.rejected))
    if report.copies:
        line += t(", near-copies %(copies)s (kept as other outlets)", copies=report.copies)
    return line


@main.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--entity", type=ENTITY, help="Only articles linked to this entity (id or name).")
@click.option("--type", "type_", type=click.Choice(FACT_TYPES),
              help="Only articles stating such a fact.")
@click.option("--outlet", help="Only articles from this site (e.g. vov.vn, its subdomains too).")
@click.option("--since", type=DATE, help="Published on or after (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Published on or before.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip that many hits.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.pass_context
def search_command(
    ctx: click.Context, query: tuple[str, ...], entity: str | None, type_: str | None,
    outlet: str | None, since: str | None, until: str | None, limit: int, offset: int,
    as_json: bool,
) -> None:
    """Articles containing the words of QUERY (diacritics and case are ignored),
    then, when QUERY names an entity, the articles linked to it whatever
    spelling they used. `"a phrase"` must appear as written, `a OR b` takes
    either, `-word` leaves out the articles with it."""
    words = " ".join(query)
    named = entity_named(words)  # `Lương Cường` finds him however an article spelt him
    filters = SearchFilters(entity=entity, type=type_, outlet=outlet, since=since, until=until)
    with command_store(ctx) as store:
        hits = store.search(words, limit=limit, offset=offset, entity=named, filters=filters)
        total = store.count_matches(words, entity=named, filters=filters)
    if as_json:
        echo_json({"total": total, "offset": offset,
                   "hits": [dataclasses.asdict(hit) for hit in hits]})
        return
    if not hits:
        if total:
            say("no articles past the first %(total)s", err=True, total=total)
        else:
            say("no articles found", err=True)
    for hit in hits:
        click.echo(f"{hit.article_id}  {hit.title}")
        click.echo(f"    {hit.snippet}")
    if hits:
        shown = t("articles %(first)s-%(last)s of %(total)s", first=offset + 1,
                  last=offset + len(hits), total=total)
        more = t("; --offset %(next)s for more", next=offset + len(hits))
        click.echo(shown + (more if offset + len(hits) < total else ""), err=True)


@main.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the whole article as JSON.")
@click.pass_context
def show_command(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """One article (by id or an id prefix of 6+ characters): its clean text and
    what cleaning removed."""
    with command_store(ctx) as store:
        article = store.get_article(article_id)
    if as_json:
        echo_json(dataclasses.asdict(article))
    else:
        click.echo(_format_article(article))


def _format_article(article: Article) -> str:
    published = article.published or t("unknown")
    if article.published and article.published_inferred:
        published += " " + t("(inferred)")
    heads = [t("id:"), t("source:"), t("url:"), t("published:")]
    width = max(len(head) for head in heads) + 1
    values = [article.id, article.source, article.url or "-", published]
    lines = [article.title, *(f"{head:<{width}}{value}" for head, value in zip(
        heads, values, strict=True)), "", article.text]
    if article.mentions:
        lines += ["", t("Mentions:")]
        lines += [
            f"  {m.start}-{m.end} {m.surface} -> {m.entity or '?'}"
            f" ({m.kind}, {m.rule}, {m.confidence:.2f})"
            for m in article.mentions
        ]
    if article.facts:
        lines += ["", t("Facts:")]
        for fact in article.facts:
            fields = json.dumps(fact.fields, ensure_ascii=False)
            evidence = " ".join(article.text[fact.evidence.start : fact.evidence.end].split())
            lines += [f"  {fact.type} {fields} ({fact.rule}, {fact.confidence:.2f})",
                      f"      \u201c{evidence}\u201d"]
    if article.removed:
        lines += ["", t("Removed by cleaning:")]
        lines += [f"  [{block.reason}] {block.text}" for block in article.removed]
    return "\n".join(lines)


# what `stats` calls each figure of the store (translated where printed)
STAT_NAMES = {
    "articles": N_("articles"), "mentions": N_("mentions"),
    "linked_mentions": N_("linked_mentions"), "facts": N_("facts"),
    "rejections": N_("rejections"), "records": N_("records"), "db_bytes": N_("db_bytes"),
    "schema_version": N_("schema_version"),
}


@main.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def stats_command(ctx: click.Context, as_json: bool) -> None:
    """How much the store holds."""
    with command_store(ctx) as store:
        figures = store.stats()
    if as_json:
        echo_json(figures)
        return
    names = {name: t(STAT_NAMES.get(name, name)) + ":" for name in figures}
    width = max([17, *(len(name) + 1 for name in names.values())])
    for name, value in figures.items():
        if isinstance(value, dict):
            value = ", ".join(f"{label(k, language())} {v}" for k, v in value.items()) or t(
                "none")
        click.echo(f"{names[name]:<{width}}{value}")
