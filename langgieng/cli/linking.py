"""Linking commands: `langgieng link TEXT` and `langgieng mentions ARTICLE`."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from langgieng.cli import db_path, main, store_failure
from langgieng.cli.messages import say
from langgieng.cli.params import DATE
from langgieng.errors import LangGiengError
from langgieng.model import Mention


def _rows(mentions: list[Mention]) -> list[dict[str, object]]:
    return [asdict(m) for m in mentions]


def _echo(mentions: list[Mention], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(_rows(mentions), ensure_ascii=False, indent=2))
        return
    if not mentions:
        say("no mentions")
        return
    width = max(len(m.surface) for m in mentions)
    for m in mentions:
        entity = m.entity or "-"
        click.echo(
            f"{m.start:>6}-{m.end:<6} {m.surface:<{width}}  {entity:<42} {m.kind:<9} "
            f"{m.confidence:4.2f}  {m.rule}"
        )


@main.command("link")
@click.argument("text")
@click.option("--date", "published", type=DATE, metavar="YYYY-MM-DD", default=None,
              help="The article's publication date (for office holders and validity).")
@click.option("--json", "as_json", is_flag=True, help="Print the mentions as JSON.")
def link_command(text: str, published: str | None, as_json: bool) -> None:
    """Clean, date and link TEXT; print each mention: span, surface, entity id,
    kind, confidence and the rule that decided it."""
    from langgieng.pipeline import Pipeline  # heavy: only for this command

    pipeline = Pipeline()
    try:
        article = pipeline.process_text(text, published=published)
    except (ValueError, LangGiengError):
        # a bare name or phrase (`Hun Sen`), which cleaning takes for a byline
        article = pipeline.link_phrase(text, published=published)
    _echo(article.mentions, as_json)


@main.command("mentions")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the mentions as JSON.")
@click.pass_context
def mentions_command(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Print the stored mentions of one article (an id or a unique id prefix)."""
    from langgieng.store import open_store

    try:
        with open_store(db_path(ctx), create=False) as store:
            mentions = store.get_article(article_id).mentions
    except LangGiengError as exc:
        raise store_failure(exc) from None
    _echo(mentions, as_json)
