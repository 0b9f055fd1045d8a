"""Near-copies: one wire story syndicated by many outlets is one article.

News agencies' stories (TTXVN, VNA) are reprinted by dozens of outlets with a
new headline, a trimmed paragraph or a credit line. Counting each as a new
article would count its facts many times over. A MinHash of the text's
five-word shingles (datasketch) finds the article a new one nearly repeats
(estimated Jaccard similarity of at least `SIMILAR`); the copy is then kept
only as another outlet of that article (`article_copies`), so that how many
outlets reported a story stays known.

The signature is made where the article is processed (a worker) and kept
(`article_signatures`); the writer holds an LSH index of the store's
signatures, loaded the first time it is asked.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any

import numpy as np

from langgieng.normalize import fold

if TYPE_CHECKING:
    import sqlite3

PERMUTATIONS = 64
SEED = 7  # every process must draw the same permutations
SCHEME = "affine32"  # datasketch's permutation scheme (2.0), named so stored values stay valid
SIMILAR = 0.8  # estimated Jaccard similarity of shingles from which a text is a copy
SHINGLE = 5  # words
SHORTEST = 60  # words: shorter texts share too much by chance to be told apart
_DTYPE = np.uint64


def signature(title: str, text: str) -> bytes | None:
    """The MinHash of the body's shingles (the headline left out: outlets retitle
    what they reprint); None for a text too short to compare."""
    body = text[len(title):] if title and text.startswith(title) else text
    words = fold(body).lower().split()
    if len(words) < SHORTEST:
        return None
    from datasketch import MinHash  # numpy and scipy load only when ingesting

    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    sketch = MinHash(num_perm=PERMUTATIONS, seed=SEED, hashfunc=zlib.crc32, scheme=SCHEME)
    sketch.update_batch(sorted(shingles))
    return bytes(sketch.hashvalues.astype(_DTYPE).tobytes())


def _sketch(data: bytes) -> Any:
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(data, dtype=_DTYPE), scheme=SCHEME)


class NearCopies:
    """The articles' signatures in an LSH index: which stored article a new one copies."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self.index = MinHashLSH(threshold=SIMILAR, num_perm=PERMUTATIONS)
        self.sketches: dict[str, Any] = {}

    @classmethod
    def of(cls, db: sqlite3.Connection) -> NearCopies:
        index = cls()
        for article_id, data in db.execute("SELECT article_id, minhash FROM article_signatures"):
            index.add(article_id, data)
        return index

    def add(self, article_id: str, data: bytes) -> None:
        if article_id not in self.sketches:
            sketch = _sketch(data)
            self.sketches[article_id] = sketch
            self.index.insert(article_id, sketch)

    def original_of(self, data: bytes) -> str | None:
        """The stored article this signature nearly repeats (the most similar,
        then the smallest id, so that the answer never depends on order)."""
        sketch = _sketch(data)
        found = [(sketch.jaccard(self.sketches[key]), key) for key in self.index.query(sketch)]
        found = [(-score, key) for score, key in found if score >= SIMILAR]
        return min(found)[1] if found else None
