"""A web archive (`.warc`, `.warc.gz`) -> one RawArticle per HTML response, streamed.

Records are read with warcio one at a time; only `response` records whose
HTTP content type is HTML become articles (requests, metadata, images and
redirects are skipped without a word). The record's target URI is the
article's url; its page text is extracted by `clean`, as for an `.html` file,
which also keeps Vietnamese pages only (an archive holds every language). A
record over the size limit or not text is rejected as `path#N` (its number
among the file's records); a file that stops being a WARC midway is rejected
at that point and its earlier records still come through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from langgieng.model import RawArticle, Rejection
from langgieng.read.decode import NotText, declared_charset, decode
from langgieng.read.files import source_name

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def read_warc(path: Path, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    name = source_name(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(name, f"cannot read the file: {exc.strerror or exc}")
        return
    number = 0
    with handle:
        try:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_type != "response" or not _is_html(record):
                    continue
                yield _article(record, f"{name}#{number}", max_bytes)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            reason = " ".join(str(exc).split())[:200]
            yield Rejection(f"{name}#{number + 1}", f"not a readable WARC record: {reason}")


def _content_type(record: ArcWarcRecord) -> str:
    headers = record.http_headers
    return (headers.get_header("Content-Type") or "") if headers else ""


def _is_html(record: ArcWarcRecord) -> bool:
    return "html" in _content_type(record).lower()


def _article(record: ArcWarcRecord, source: str, max_bytes: int) -> RawArticle | Rejection:
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return Rejection(source, f"record over the {max_bytes:,} byte limit for one article")
    content_type = _content_type(record)
    header_charset = _CHARSET.search(content_type)
    declared = declared_charset(data) or (header_charset.group(1) if header_charset else None)
    try:
        html = decode(data, declared=declared)
    except NotText as exc:
        return Rejection(source, str(exc))
    url = record.rec_headers.get_header("WARC-Target-URI")
    return RawArticle(source=source, format="warc", html=html, url=url or None)
