"""Near-copies: one wire story syndicated by many outlets is one article.

News agencies' stories (TTXVN, VNA) are reprinted by dozens of outlets with a
new headline, a trimmed paragraph or a credit line. Counting each as a new
article would count its facts many times over. A MinHash of the text's
five-word shingles (datasketch) finds the article a new one nearly repeats
(estimated Jaccard similarity of at least `SIMILAR`); the copy is then kept
only as another outlet of that article (`article_copies`), so that how many
outlets reported a story stays known.

The signature is made where the article is processed (a worker) and kept
(`article_signatures`), with its LSH bands (`article_bands`: BANDS slices of
ROWS values, each hashed to one indexed integer): the candidates a new article
may copy are the stored articles sharing a band with it, found through the
index, so the writer holds no index of the whole store in memory (250 MB at
100,000 articles). Only the articles of the batch being written are held.
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Iterator
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
# datasketch's MinHashLSH(threshold=SIMILAR, num_perm=PERMUTATIONS) bands: 5 of 11 values
BANDS, ROWS = 5, 11
FILL_SLICE = 1000  # signatures given their bands at a time (stores from before migration 013)
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
    # each shingle's hash mixes its words' CRC-32s (a rolling polynomial), in numpy
    # rather than joining and hashing a thousand strings
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=_DTYPE,
                              count=len(words))
    count = len(words) - SHINGLE + 1
    shingles = np.zeros(count, dtype=_DTYPE)
    for k in range(SHINGLE):
        shingles = (shingles * _MIX + word_hashes[k : k + count]) & _LOW32
    # a shingle told twice gives its minimum twice: no need to sort them unique first
    return bytes(minhash_values(shingles).astype(_DTYPE).tobytes())


def minhash_values(hashes: Any) -> Any:
    """The MinHash of 32-bit hashes as datasketch's MinHash(hashfunc=int,
    scheme=SCHEME).update_batch gives it (a test holds them equal), in whole
    arrays: datasketch reads the values one by one in Python first."""
    a, b = _permutations()
    # a * h + b wraps modulo 2**32 in uint32, as the scheme defines it; one row per
    # permutation, so that each minimum runs along a row
    permuted = np.multiply.outer(a, _fmix32(hashes.astype(np.uint32)))
    permuted += b[:, np.newaxis]
    return permuted.min(axis=1)


def _fmix32(values: Any) -> Any:
    """MurmurHash3's 32-bit finalizer, which the scheme applies to each hash first."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


@functools.cache
def _permutations() -> Any:
    """The seed's permutations, drawn once per process rather than per article."""
    from datasketch import MinHash  # numpy and scipy load only when ingesting

    return MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME).permutations


def bands(data: bytes) -> list[int]:
    """The signature's LSH band keys: each band's values and number hashed to a
    signed 64-bit integer, as both databases store it."""
    width = ROWS * np.dtype(_DTYPE).itemsize
    return [int.from_bytes(hashlib.blake2b(bytes([band]) + data[band * width:(band + 1) * width],
                                           digest_size=8).digest(), "big", signed=True)
            for band in range(BANDS)]


def band_rows(signed: list[tuple[str, bytes]]) -> Iterator[tuple[int, str]]:
    """article_bands rows (key, article id) of (article id, signature) pairs."""
    for article_id, data in signed:
        for key in bands(data):
            yield key, article_id


def similarity(a: bytes, b: bytes) -> float:
    """The estimated Jaccard similarity of two signatures (as datasketch's MinHash.jaccard)."""
    first, second = np.frombuffer(a, dtype=_DTYPE), np.frombuffer(b, dtype=_DTYPE)
    return float(np.float64(np.count_nonzero(first == second)) / np.float64(len(first)))


def fill_bands(db: Database) -> int:
    """Give the signatures stored without bands (before migration 013) their bands."""
    filled = 0
    while unbanded := db.execute(
        "SELECT article_id, minhash FROM article_signatures s WHERE NOT EXISTS"
        " (SELECT 1 FROM article_bands b WHERE b.article_id = s.article_id) LIMIT ?",
        (FILL_SLICE,)).fetchall():
        save_bands(db, [(row[0], bytes(row[1])) for row in unbanded])
        filled += len(unbanded)
    return filled


def save_bands(db: Database, signed: list[tuple[str, bytes]]) -> None:
    db.executemany("INSERT INTO article_bands (key, article_id) VALUES (?, ?)"
                   " ON CONFLICT DO NOTHING", list(band_rows(signed)))


class NearCopies:
    """Which stored article a new one copies: candidates from the store's band
    index, and from the articles remembered for the batch not yet stored."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pending: dict[str, bytes] = {}  # remembered, not yet stored: id -> signature
        self.pending_bands: dict[int, list[str]] = {}

    def add(self, article_id: str, data: bytes) -> None:
        """Remember an article about to be stored."""
        if article_id not in self.pending:
            self.pending[article_id] = data
            for key in bands(data):
                self.pending_bands.setdefault(key, []).append(article_id)

    def stored(self, article_ids: list[str]) -> None:
        """These articles are in the store now: its index finds them."""
        for article_id in article_ids:
            data = self.pending.pop(article_id, None)
            for key in bands(data) if data is not None else ():
                self.pending_bands[key].remove(article_id)
                if not self.pending_bands[key]:
                    del self.pending_bands[key]

    def original_of(self, data: bytes) -> str | None:
        """The stored article this signature nearly repeats (the most similar,
        then the smallest id, so that the answer never depends on order)."""
        keys = bands(data)
        candidates = dict(self._stored_candidates(keys))
        for key in keys:
            for article_id in self.pending_bands.get(key, ()):
                candidates[article_id] = self.pending[article_id]
        found = [(-score, key) for key, other in candidates.items()
                 if (score := similarity(data, other)) >= SIMILAR]
        return min(found)[1] if found else None

    def _stored_candidates(self, keys: list[int]) -> list[tuple[str, bytes]]:
        rows = self.db.execute(
            "SELECT s.article_id, s.minhash FROM article_signatures s WHERE s.article_id IN"
            " (SELECT b.article_id FROM article_bands b WHERE b.key IN"
            f" ({', '.join('?' * len(keys))}))", keys)
        return [(row[0], bytes(row[1])) for row in rows]
