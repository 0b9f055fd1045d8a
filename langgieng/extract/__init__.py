"""Stage `extract`: linked Article -> Article with typed `facts`."""

from __future__ import annotations

from langgieng.model import Article


def extract(article: Article) -> Article:
    """STUB: extracts nothing."""
    return article
