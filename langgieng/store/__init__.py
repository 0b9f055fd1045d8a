"""Stage `store`: one SQLite file (PostgreSQL later through the same interface)."""

from __future__ import annotations

from langgieng.model import Article, Rejection


class Store:
    """STUB interface the pipeline relies on."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._ids: set[str] = set()

    def has(self, article_id: str) -> bool:
        return article_id in self._ids

    def save_articles(self, articles: list[Article]) -> None:
        """Store a batch in one transaction (article, sentences, removed, mentions, facts)."""
        self._ids.update(a.id for a in articles)

    def save_rejections(self, rejections: list[Rejection]) -> None:
        pass

    def close(self) -> None:
        pass


def open_store(target: str) -> Store:
    return Store(target)
