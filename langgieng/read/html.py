"""A web page -> its main text and metadata, through trafilatura."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura

from langgieng.read.published import iso_date

# Dates from the page's metadata only: a date guessed from the body text is
# the job of the date-inference stage, which knows what it guessed.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# A page whose longest line is shorter than this is navigation, not an article.
MIN_LINE_WORDS = 8

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(slots=True)
class PageText:
    text: str  # main text, one paragraph a line
    title: str | None
    url: str | None
    published: str | None


def extract_page(html: str) -> PageText | None:
    """Main text and metadata of `html`; None when the page has no article text."""
    if not html.strip():
        return None
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        return None
    text = (getattr(document, "text", None) or "").strip()
    if not any(len(line.split()) >= MIN_LINE_WORDS for line in text.splitlines()):
        return None
    return PageText(
        text=text,
        title=_clean_meta(getattr(document, "title", None)),
        url=_clean_meta(getattr(document, "url", None)),
        published=iso_date(getattr(document, "date", None)),
    )


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
