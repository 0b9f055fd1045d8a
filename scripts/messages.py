#!/usr/bin/env python3
"""Keep the message catalog of the web UI and the commands in step with the code (Babel).

    python scripts/messages.py          # extract, merge into each .po, list untranslated
    python scripts/messages.py --check  # exit 1 when a message lacks a translation

Messages are the English strings of the templates (`_()`, `ngettext()`), of
the Python code (`_()`, `N_()`, the commands' `t()` and `say()`) and the
commands' `--help` (docstrings and options' help, read from the command tree); each
language's catalog is
langgieng/locale/<lang>/LC_MESSAGES/messages.po. New messages arrive with
an empty translation, to be written by a person; messages no longer used are
dropped.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from langgieng.cli import main as command_tree
from langgieng.cli.help import every_command, help_texts

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "langgieng" / "locale"
# what people read: the pages (templates and code), the commands, the labels of both
METHODS = [("web/templates/**.html", "jinja2"), ("web/**.py", "python"), ("cli/**.py", "python"),
           ("labels.py", "python"), ("gazetteer/describe.py", "python"),
           ("store/**.py", "python"), ("curate.py", "python"), ("config.py", "python"),
           ("cluster.py", "python")]
OPTIONS = {"web/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
# i18n.gettext(lang, message): the message is the second argument; the CLI's t() and say()
KEYWORDS = {"_": None, "gettext": (2,), "ngettext": (1, 2), "N_": None, "t": None, "say": None,
            # errors shown in the reader's language (LangGiengError.in_language)
            "NotFound": None, "StoreError": None, "StoreConnectionError": None,
            "SettingError": None, "ClusterError": None}


def extracted() -> Catalog:
    """Every message of the web UI and the commands, from templates and Python code."""
    catalog = Catalog(project="Láng Giềng", charset="utf-8")
    for path, line, message, comments, _ in extract_from_dir(
        str(ROOT / "langgieng"), METHODS, OPTIONS, keywords=KEYWORDS, strip_comment_tags=True
    ):
        catalog.add(message, None, [(f"langgieng/{path}", line)], auto_comments=comments)
    for command in every_command(command_tree):
        callback = inspect.unwrap(command.callback) if command.callback else None
        where = (inspect.getsourcefile(callback) if callback else None) or ""
        for text in help_texts(command):
            catalog.add(text, None, [(str(Path(where).relative_to(ROOT)), 0)])
    return catalog


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            missing.append(str(message.id))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if untranslated")
    args = parser.parse_args()
    template = extracted()
    bad = 0
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/messages.po")):
        lang = po.parent.parent.name
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        missing = untranslated(catalog)
        if not args.check:
            with po.open("wb") as handle:
                write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)
        for message in missing:
            print(f"{po.relative_to(ROOT)}: untranslated: {message!r}")
        bad += len(missing)
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
