"""`langgieng eval`: score the system against a folder of gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from langgieng.cli import main
from langgieng.cli.messages import language
from langgieng.errors import LangGiengError
from langgieng.evaluate import evaluate_folders, render_text, to_json

_FOLDER = click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path)


@main.command("eval")
@click.option("--gold", "gold_dir", required=True, type=_FOLDER,
              help="Folder of gold files (<doc>.json, see shared/gold/README.md).")
@click.option("--corpus", "corpus_dir", required=True, type=_FOLDER,
              help="Folder holding each gold doc's article (<doc>.txt, .html or .jsonl).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@click.option("--show-misses/--no-show-misses", default=True, show_default=True,
              help="List misses and false positives after the figures (text output).")
def evaluate_command(gold_dir: Path, corpus_dir: Path, as_json: bool, show_misses: bool) -> None:
    """Run the pipeline on every gold article and print precision, recall,
    F1 and accuracies, then the misses and false positives."""
    try:
        evaluation = evaluate_folders(gold_dir, corpus_dir)
    except LangGiengError as exc:  # e.g. a broken gazetteer: nothing can be scored
        raise click.ClickException(exc.in_language(language())) from exc
    if as_json:
        click.echo(json.dumps(to_json(evaluation), ensure_ascii=False, indent=1))
    else:
        click.echo(render_text(evaluation, show_misses=show_misses))
