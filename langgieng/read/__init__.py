"""Stage `read`: files and folders -> RawArticle (or Rejection).

- `.txt`: the first non-empty line is the title, an optional `-----` rule,
  then the body.
- `.html` / `.htm`: main text, title, date and url through trafilatura.
- `.jsonl`: one article a line (`text` or `html`, optional `title`, `url`,
  `published`), streamed; a bad line is rejected as `path:LINE`.

A folder is walked recursively in sorted order, skipping other files. A
missing path, an explicitly named file of another type, a file that is not
text, or one over the size limit becomes a Rejection; the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from langgieng.model import RawArticle, Rejection
from langgieng.read.files import read_html, read_txt
from langgieng.read.jsonl import read_jsonl
from langgieng.read.published import iso_date

__all__ = ["read_paths", "iso_date", "max_article_bytes", "SUFFIXES"]

DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")

Item = RawArticle | Rejection


def max_article_bytes() -> int:
    """Size limit of one article (a file, or a JSONL line): LANGGIENG_MAX_ARTICLE_BYTES."""
    value = os.environ.get("LANGGIENG_MAX_ARTICLE_BYTES", "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_ARTICLE_BYTES


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int | None = None
) -> Iterator[RawArticle | Rejection]:
    """Every article found under `paths`, in a stable order."""
    limit = max_bytes if max_bytes is not None else max_article_bytes()
    for path in paths:
        yield from _read_path(Path(path), limit)


def _read_path(path: Path, limit: int) -> Iterator[Item]:
    if path.is_dir():
        found = False
        for file in _walk(path):
            found = True
            yield from _read_file(file, limit)
        if not found:
            yield Rejection(str(path), f"no {', '.join(SUFFIXES)} files in this folder")
    elif path.is_file():
        if path.suffix.lower() in SUFFIXES:
            yield from _read_file(path, limit)
        else:
            yield Rejection(
                str(path),
                f"unsupported file type '{path.suffix or '(none)'}' "
                f"(expected {', '.join(SUFFIXES)})",
            )
    elif path.exists():
        yield Rejection(str(path), "not a regular file or folder")
    else:
        yield Rejection(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, sorted by their path inside it."""
    found = [
        Path(root, name)
        for root, _dirs, files in os.walk(folder)
        for name in files
        if os.path.splitext(name)[1].lower() in SUFFIXES
    ]
    yield from sorted(found, key=lambda path: path.parts)


def _read_file(path: Path, limit: int) -> Iterator[Item]:
    readers: dict[str, Callable[[Path, int], Item]] = {
        ".txt": read_txt,
        ".html": read_html,
        ".htm": read_html,
    }
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, limit)
    else:
        yield readers[suffix](path, limit)
