"""Stage `clean`: RawArticle -> Article with fixed clean text and sentences."""

from __future__ import annotations

import hashlib

from langgieng.model import Article, RawArticle, Rejection, Sentence
from langgieng.normalize import nfc


def clean(raw: RawArticle) -> Article | Rejection:
    """STUB: NFC only, the whole body as one sentence."""
    text = nfc(raw.text or "")
    title, _, body = text.partition("\n")
    digest = hashlib.sha256((title + "\n" + body).encode()).hexdigest()[:16]
    return Article(
        id=digest, source=raw.source, format=raw.format, title=title, text=body,
        sentences=[Sentence(0, len(body))],
    )
