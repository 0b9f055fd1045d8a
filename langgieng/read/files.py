"""One `.txt` or `.html` file -> RawArticle, or a Rejection saying why not."""

from __future__ import annotations

import os
import re
from pathlib import Path

from langgieng.model import RawArticle, Rejection
from langgieng.read.decode import NotText, declared_charset, decode

_RULE = re.compile(r"^\s*[-=_—–]{3,}\s*$")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def source_name(path: Path | str) -> str:
    """The path as stored and shown: undecodable bytes of the file name as `\\xNN`
    (os.fsdecode keeps them as lone surrogates, which no database can store), and a
    backslash of the name doubled, so that no two names are stored alike."""
    return os.fsencode(path).replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; NotText when it is over `max_bytes`, without reading it all."""
    size = path.stat().st_size
    if size > max_bytes:
        raise NotText(_too_big(size, max_bytes))
    # read(n) reserves n bytes: ask for no more than the size (unknown for special files)
    wanted = min(size, max_bytes) + 1 if size or path.is_file() else max_bytes + 1
    with path.open("rb") as handle:
        data = handle.read(wanted)
    if len(data) > max_bytes:  # a special file, whose size stat cannot tell
        raise NotText(_too_big(len(data), max_bytes))
    return data


def _too_big(size: int, limit: int) -> str:
    return (
        f"file too large: {size / 1_048_576:.1f} MB is over the {limit / 1_048_576:.1f} MB "
        "limit for one article (setting LANGGIENG_MAX_ARTICLE_BYTES)"
    )


def read_txt(path: Path, max_bytes: int) -> RawArticle | Rejection:
    source = source_name(path)
    try:
        text = decode(read_bytes(path, max_bytes))
    except NotText as exc:
        return Rejection(source, str(exc))
    except OSError as exc:
        return Rejection(source, f"cannot read the file: {exc.strerror or exc}")
    if not text.strip():
        return Rejection(source, "empty file (only whitespace)")
    # the title line (if the first line is one) is told from the body by `clean`
    return RawArticle(source=source, format="txt", text=_unify_newlines(text))


def _unify_newlines(text: str) -> str:
    # Looking for each rare character is much faster than substituting in every text.
    if any(newline in text for newline in "\r\u2028\u2029\x85"):
        return _NEWLINES.sub("\n", text)
    return text


def read_html(path: Path, max_bytes: int) -> RawArticle | Rejection:
    source = source_name(path)
    try:
        data = read_bytes(path, max_bytes)
        html = decode(data, declared=declared_charset(data))
    except NotText as exc:
        return Rejection(source, str(exc))
    except OSError as exc:
        return Rejection(source, f"cannot read the file: {exc.strerror or exc}")
    # the page's text is extracted by `clean`, in the worker that cleans the article
    return RawArticle(source=source, format="html", html=html)
