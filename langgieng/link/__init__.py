"""Stage `link`: Article -> Article with `mentions` resolved to gazetteer ids."""

from __future__ import annotations

from langgieng.gazetteer import Gazetteer
from langgieng.model import Article


class Linker:
    """STUB: finds nothing."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def link(self, article: Article) -> Article:
        return article
