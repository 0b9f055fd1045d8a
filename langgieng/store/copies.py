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

import functools
import zlib
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from langgieng.store.dialect import Database

PERMUTATIONS = 64
SEED = 7  # every process must draw the same permutations
SCHEME = "affine32"  # datasketch's permutation scheme (2.0), named so stored values stay valid
SIMILAR = 0.8  # estimated Jaccard similarity of shingles from which a text is a copy
SHINGLE = 5  # words
SHORTEST = 60  # words: shorter texts share too much by chance to be told apart
_DTYPE = np.uint64
_MIX, _LOW32 = np.uint64(1_000_003), np.uint64(0xFFFFFFFF)


def signature(folded_title: str, folded_text: str) -> bytes | None:
    """The MinHash of the body's shingles (the headline left out: outlets retitle
    what they reprint), from the title and text as `normalize.fold` gives them;
    None for a text too short to compare."""
    body = folded_text[len(folded_title):] if folded_text.startswith(folded_title) else folded_text
    words = body.split()
    if len(words) < SHORTEST:
        return None
    from datasketch import MinHash  # numpy and scipy load only when ingesting

    # each shingle's hash mixes its words' CRC-32s (a rolling polynomial), in numpy
    # rather than joining and hashing a thousand strings
    word_hashes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=_DTYPE,
                              count=len(words))
    count = len(words) - SHINGLE + 1
    shingles = np.zeros(count, dtype=_DTYPE)
    for k in range(SHINGLE):
        shingles = (shingles * _MIX + word_hashes[k : k + count]) & _LOW32
    sketch = MinHash(num_perm=PERMUTATIONS, seed=SEED, hashfunc=int, scheme=SCHEME,
                     permutations=_permutations())
    sketch.update_batch(np.unique(shingles).tolist())
    return bytes(sketch.hashvalues.astype(_DTYPE).tobytes())


@functools.cache
def _permutations() -> Any:
    """The seed's permutations, drawn once per process rather than per article."""
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME).permutations


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
    def of(cls, db: Database) -> NearCopies:
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
