"""Stage `read`: files and folders -> RawArticle (or Rejection)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from langgieng.model import RawArticle, Rejection


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawArticle | Rejection]:
    """Every article found under `paths`, in a stable order. STUB."""
    for path in paths:
        p = Path(path)
        yield RawArticle(source=str(p), format="txt", text=p.read_text(encoding="utf-8"))
