"""Vietnamese dates, resolved against the article's publication date."""

from __future__ import annotations

from langgieng.model import Article


def infer_published(article: Article) -> Article:
    """STUB: leaves `published` as the reader gave it."""
    return article
