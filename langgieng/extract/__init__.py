"""Stage `extract`: linked Article -> Article with typed `facts`."""

from __future__ import annotations

from langgieng.gazetteer import Gazetteer, load
from langgieng.model import Article


def extract(article: Article, *, gazetteer: Gazetteer | None = None) -> Article:
    """Fill `article.facts` from its sentences, mentions, dates and figures.

    The gazetteer (default: the shipped one) tells a person's country, so that
    a visitor is told from a host."""
    from langgieng.extract.facts import find_facts  # the rules load their data lazily

    article.facts = find_facts(article, gazetteer if gazetteer is not None else load())
    return article
