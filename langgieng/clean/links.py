"""Anchor texts of a web page, for telling link-dense lines from prose."""

from __future__ import annotations

import lxml.etree
import lxml.html

from langgieng.clean.text import one_line, search_form

MIN_ANCHOR_CHARS = 4


def anchor_texts(html: str) -> list[str]:
    """Distinct folded texts of the page's links, longest first."""
    try:
        root = lxml.html.fromstring(html)
    except ValueError:  # a str with an XML encoding declaration
        root = _parse_bytes(html)
    except lxml.etree.ParserError:
        return []
    if root is None:
        return []
    texts = {search_form(one_line(a.text_content())) for a in root.iter("a")}
    return sorted((t for t in texts if len(t) >= MIN_ANCHOR_CHARS), key=len, reverse=True)


def _parse_bytes(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
