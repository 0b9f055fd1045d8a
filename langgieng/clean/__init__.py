"""Stage `clean`: RawArticle -> Article with fixed clean text and sentences.

NFC and tidy characters, drop page furniture (recorded in `removed`), split
sentences, and give the article a content id. `Article.text` is one
paragraph a line and never changes after this stage.
"""

from __future__ import annotations

import hashlib

from langgieng.clean.furniture import find_furniture
from langgieng.clean.lines import Line, make_lines
from langgieng.clean.links import anchor_texts
from langgieng.clean.sentences import split_sentences
from langgieng.clean.text import lines_of, normalize_chars, one_line
from langgieng.model import Article, RawArticle, Rejection, Removed
from langgieng.read.files import NO_PAGE_TEXT
from langgieng.read.html import extract_page
from langgieng.read.published import iso_date

__all__ = ["clean", "content_id", "split_sentences"]

NO_TEXT = "no article text after cleaning"


def clean(raw: RawArticle) -> Article | Rejection:
    """The clean article, or a Rejection when no article text is left."""
    filled = _with_text(raw)
    if isinstance(filled, Rejection):
        return filled
    title, body = _title_and_body(filled)
    lines = make_lines(lines_of(body))
    if not title and raw.format != "txt" and lines and lines[0].heading:
        title = lines.pop(0).text  # a page or record without a title: its first heading is one
    anchors = anchor_texts(filled.html) if filled.html else ()
    reasons = find_furniture(title, lines, anchors)
    text = "\n".join(line.text for line, reason in zip(lines, reasons, strict=True) if not reason)
    if not text:
        return Rejection(raw.source, NO_TEXT)
    return Article(
        id=content_id(title, text),
        source=raw.source,
        format=raw.format,
        title=title,
        text=text,
        url=filled.url,
        published=iso_date(filled.published),
        sentences=split_sentences(text),
        removed=_removed_blocks(lines, reasons),
    )


def content_id(title: str, text: str) -> str:
    """sha256 (16 hex) of the clean title and body: NFC, single spaces, one
    paragraph a line; so blank lines or spacing in the source do not matter."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]


def _with_text(raw: RawArticle) -> RawArticle | Rejection:
    """`raw` with its text, extracting it from the page when only HTML was given."""
    if raw.text is not None or not raw.html:
        return raw
    page = extract_page(raw.html)
    if page is None:
        return Rejection(raw.source, NO_PAGE_TEXT)
    return RawArticle(
        source=raw.source, format=raw.format, text=page.text, html=raw.html,
        title=raw.title or page.title, url=raw.url or page.url,
        published=raw.published or page.published,
    )


def _title_and_body(raw: RawArticle) -> tuple[str, str]:
    text = raw.text or ""
    if raw.title is not None or raw.format != "txt":
        return one_line(raw.title or ""), text
    # A plain text with its title still on the first line; a rule of dashes may follow.
    first, _, rest = normalize_chars(text).partition("\n")
    stripped = rest.lstrip()
    if stripped.startswith("---"):
        rest = stripped.partition("\n")[2]
    return one_line(first), rest


def _removed_blocks(lines: list[Line], reasons: list[str | None]) -> list[Removed]:
    """Consecutive dropped lines with one reason, as one block each."""
    blocks: list[Removed] = []
    previous: str | None = None
    for line, reason in zip(lines, reasons, strict=True):
        if reason and reason == previous:
            blocks[-1].text += "\n" + line.text
        elif reason:
            blocks.append(Removed(text=line.text, reason=reason))
        previous = reason
    return blocks
