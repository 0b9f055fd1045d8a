"""A `.jsonl` file -> one RawArticle (or Rejection) per line, streamed.

Each line is a JSON object with `text` or `html`, and optionally `title`,
`url` and `published`. A bad line is rejected as `path:LINE`; the others
still come through. Lines are read one at a time with a length cap, so a
huge file (or a huge line) never sits in memory whole.
"""

from __future__ import annotations

import codecs
import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from langgieng.model import RawArticle, Rejection
from langgieng.normalize import nfc
from langgieng.read.files import source_name
from langgieng.read.published import iso_date

_SKIP_CHUNK = 1 << 20
_MAX_DIGITS = 100  # no field of ours is a number; a longer one is an attack or an error
_OPTIONAL = ("title", "url", "published")


def read_jsonl(path: Path, max_line_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Each line of a `.jsonl` file, or of a gzip-compressed `.jsonl.gz`."""
    try:
        # closed by the `with` below
        compressed = path.name.lower().endswith(".gz")
        handle = cast(BinaryIO, gzip.open(path) if compressed else path.open("rb"))  # noqa: SIM115
    except OSError as exc:
        yield Rejection(source_name(path), f"cannot read the file: {exc.strerror or exc}")
        return
    with handle:
        try:
            head = handle.read(4)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield Rejection(source_name(path), "JSONL must be UTF-8; this file is UTF-16")
                return
            handle.seek(3 if head.startswith(codecs.BOM_UTF8) else 0)
            yield from _lines(path, handle, max_line_bytes)
        except (OSError, EOFError, zlib.error) as exc:  # a damaged or cut gzip stream
            yield Rejection(source_name(path), f"cannot read on: {exc}; the lines before are kept")


def _lines(path: Path, handle: BinaryIO, limit: int) -> Iterator[RawArticle | Rejection]:
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        source = f"{source_name(path)}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(handle)
            yield Rejection(source, f"line longer than the {limit:,} byte limit for one article")
            continue
        if line.strip():
            yield parse_line(source, line)


def _skip_rest_of_line(handle: BinaryIO) -> None:
    while True:
        chunk = handle.readline(_SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def parse_line(source: str, line: bytes) -> RawArticle | Rejection:
    """One JSONL line -> RawArticle, or a Rejection naming the problem."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(source, f"invalid UTF-8 at byte {exc.start} of the line")
    try:
        record = json.loads(text.strip(), parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        return Rejection(source, f"malformed JSON at column {exc.colno}: {exc.msg}")
    except _TooLong as exc:
        return Rejection(source, str(exc))
    except RecursionError:
        return Rejection(source, "JSON nested too deeply to read (arrays or objects in thousands)")
    if not isinstance(record, dict):
        return Rejection(source, f"expected a JSON object, got {type(record).__name__}")
    return _from_record(source, record)


class _TooLong(ValueError):
    pass


def _bounded_int(digits: str) -> int:
    if len(digits) > _MAX_DIGITS:
        raise _TooLong(f"a JSON number of {len(digits):,} digits (at most {_MAX_DIGITS} are read)")
    return int(digits)


def _from_record(source: str, record: dict[str, object]) -> RawArticle | Rejection:
    for key in ("text", "html", *_OPTIONAL):
        if record.get(key) is not None and not isinstance(record[key], str):
            return Rejection(source, f"field '{key}' must be a string")
    body, html = _field(record, "text"), _field(record, "html")
    title, url = _one_line(_field(record, "title")), _one_line(_field(record, "url"))
    published = iso_date(record.get("published"))
    if body:
        return RawArticle(
            source=source, format="jsonl", text=nfc(body), html=html,
            title=title, url=url, published=published,
        )
    if html:  # its text is extracted by `clean`; the line's title, url and date win
        return RawArticle(source=source, format="jsonl", html=html,
                          title=title, url=url, published=published)
    return Rejection(source, "no 'text' or 'html' field with content")


def _field(record: dict[str, object], key: str) -> str | None:
    """The field's text, None when absent or blank."""
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _one_line(value: str | None) -> str | None:
    return nfc(" ".join(value.split())) if value else None
