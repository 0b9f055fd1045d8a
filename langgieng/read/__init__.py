"""Stage `read`: files and folders -> RawArticle (or Rejection).

- `.txt`: the first non-empty line is the title, an optional `-----` rule,
  then the body.
- `.html` / `.htm`: the page as it is; `clean` takes its main text, title,
  date and url through trafilatura (in the worker that cleans it).
- `.jsonl`, `.jsonl.gz`: one article a line (`text` or `html`, optional
  `title`, `url`, `published`), streamed; a bad line is rejected as `path:LINE`.
- `.warc`, `.warc.gz`: a web archive; each HTML response is a page, rejected
  as `path#N` when bad; `clean` keeps the Vietnamese ones.

A folder is walked recursively in sorted order, skipping other files. A
missing path, an explicitly named file of another type, a file that is not
text, one over the size limit, a special file (pipe, socket, device) and a
folder that cannot be read become Rejections; the batch goes on. Sources are
always valid UTF-8: bytes of a file name that are not are written `\\xNN`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from langgieng.config import Settings
from langgieng.model import RawArticle, Rejection
from langgieng.read.files import read_html, read_txt, source_name
from langgieng.read.jsonl import read_jsonl
from langgieng.read.published import iso_date
from langgieng.read.warc import read_warc

__all__ = ["read_paths", "iso_date", "max_article_bytes", "SUFFIXES"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")

Item = RawArticle | Rejection


def max_article_bytes() -> int:
    """Size limit of one article (a file, or a JSONL line): LANGGIENG_MAX_ARTICLE_BYTES."""
    return Settings().max_article_bytes


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
            if isinstance(file, Rejection):
                yield file
            else:
                yield from _read_file(file, limit)
        if not found:
            yield Rejection(source_name(path), f"no {', '.join(SUFFIXES)} files in this folder")
    elif path.is_file():
        if suffix_of(path.name):
            yield from _read_file(path, limit)
        else:
            yield Rejection(
                source_name(path),
                f"unsupported file type '{path.suffix or '(none)'}' "
                f"(expected {', '.join(SUFFIXES)})",
            )
    elif path.exists():
        yield Rejection(source_name(path), f"not a regular file or folder ({_kind(path)})")
    else:
        yield Rejection(source_name(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path | Rejection]:
    """Supported files under `folder`, sorted by their path inside it, and a
    Rejection for each special file or unreadable folder met on the way."""
    found: list[Path] = []
    refused: list[Rejection] = []

    def unreadable(error: OSError) -> None:
        where = source_name(error.filename or folder)
        refused.append(Rejection(where, f"cannot read the folder: {error.strerror or error}"))

    for root, _dirs, files in os.walk(folder, onerror=unreadable):
        for name in files:
            if not suffix_of(name):
                continue
            path = Path(root, name)
            if _is_regular(path):
                found.append(path)
            else:
                refused.append(
                    Rejection(source_name(path), f"not a regular file ({_kind(path)}); skipped")
                )
    yield from refused
    yield from sorted(found, key=lambda path: path.parts)


def suffix_of(name: str) -> str | None:
    """The supported suffix `name` ends with (`.warc.gz` before `.gz`), if any."""
    lower = name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if lower.endswith(s)), None)


def _is_regular(path: Path) -> bool:
    """A regular file (following links); a pipe would block the read forever."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # a dangling link: reading it gives the clear error


def _kind(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return exc.strerror or str(exc)
    kinds = {
        stat.S_ISFIFO: "a named pipe", stat.S_ISSOCK: "a socket",
        stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
    }
    return next((kind for test, kind in kinds.items() if test(mode)), "a special file")


def _read_file(path: Path, limit: int) -> Iterator[Item]:
    readers: dict[str, Callable[[Path, int], Item]] = {
        ".txt": read_txt,
        ".html": read_html,
        ".htm": read_html,
    }
    suffix = suffix_of(path.name)
    if suffix in (".jsonl", ".jsonl.gz"):
        yield from read_jsonl(path, limit)
    elif suffix in (".warc", ".warc.gz"):
        yield from read_warc(path, limit)
    elif suffix is not None:
        yield readers[suffix](path, limit)
