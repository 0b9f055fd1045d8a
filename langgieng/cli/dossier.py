"""`langgieng dossier`: what the record says of two sides, for the next meeting."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import click

from langgieng import i18n
from langgieng.cli import command_store, main
from langgieng.cli.messages import language, say, t
from langgieng.cli.params import ENTITY
from langgieng.errors import NotFound

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
PRINT_SECONDS = 120


@main.command("dossier")
@click.argument("side_a", type=ENTITY)
@click.argument("side_b", type=ENTITY)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="FILE.html (one file, stylesheet inside) or FILE.pdf (printed by chromium).")
@click.option("--lang", "lang", type=click.Choice(i18n.LANGUAGES), default=None,
              help="Language of the dossier (default: the messages', `langgieng --lang`).")
@click.pass_context
def dossier_command(
    ctx: click.Context, side_a: str, side_b: str, out: Path, lang: str | None
) -> None:
    """The agreements of SIDE_A and SIDE_B, their visits and meetings in order,
    every figure against its targets, open conflicts and the sources, as HTML or
    PDF. Sides are provinces or countries, by id or by name (`"Kon Tum"`)."""
    lang = lang or language()
    suffix = out.suffix.lower()
    if suffix not in (".html", ".pdf"):
        raise click.BadParameter(t("the file must end in .html or .pdf"), param_hint="--out")
    from langgieng.web.app import templates  # the web stack: only for this command
    from langgieng.web.views.dossier import dossier_file

    with command_store(ctx) as store:
        try:
            page = dossier_file(store, templates(), side_a, side_b, lang)
        except NotFound as exc:
            raise click.ClickException(exc.in_language(language())) from None
    try:
        if suffix == ".html":
            out.write_text(page, encoding="utf-8")
        else:
            _print_pdf(page, out)
    except OSError as exc:
        raise click.ClickException(t("%(path)s: cannot write: %(error)s", path=out,
                                     error=exc)) from None
    say("%(path)s: dossier of %(a)s and %(b)s (%(lang)s)", path=out, a=side_a, b=side_b,
        lang=lang)


def _print_pdf(page: str, out: Path) -> None:
    """Print the page to `out` with a headless chromium (Debian's package)."""
    browser = next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)
    if browser is None:
        raise click.ClickException(t(
            "a PDF is printed by chromium, which is not installed (apt-get install chromium),"
            " or write --out FILE.html"))
    with tempfile.TemporaryDirectory(prefix="langgieng-dossier-") as tmp:
        html = Path(tmp) / "dossier.html"
        html.write_text(page, encoding="utf-8")
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu",
                   "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
                   f"--print-to-pdf={out.resolve()}", html.as_uri()]
        try:
            subprocess.run(command, capture_output=True, timeout=PRINT_SECONDS, check=True)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise click.ClickException(t("chromium could not print the dossier: %(error)s",
                                         error=exc)) from None
    if not out.exists() or out.stat().st_size == 0:
        raise click.ClickException(t("chromium wrote no PDF to %(path)s", path=out))
