"""A cheap check that a text is Vietnamese, for pages of a web archive, which
holds every language: most Vietnamese words carry letters or tone marks no
other Latin-script language uses, and a text that lost its diacritics still
keeps the language's commonest short words."""

from __future__ import annotations

import re

from langgieng.normalize import fold

# letters only Vietnamese spelling has (breve, horn, stroke, hook above, dot
# below, and tones on a circumflexed vowel), lower case; not à é ê ô ã, which
# French, Spanish and Portuguese write too
_VIETNAMESE_LETTERS = frozenset(
    "ăđơư"
    "ảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ"
)
# the commonest words, as they read without diacritics; none is a common word
# of English, French or the other languages a news archive mixes in
_COMMON_WORDS = frozenset([
    "va", "cua", "cac", "nhung", "trong", "voi", "duoc", "nay", "tai", "ngay", "nam", "tinh",
    "nuoc", "hai", "viec", "cung", "khong", "nhu", "theo", "dong", "mot", "sau", "truoc",
])
_WORD = re.compile(r"[^\W\d_]+")
MARKED_SHARE = 0.25  # Vietnamese prose: over half its words are marked
COMMON_SHARE = 0.08  # and about one word in five is one of the common ones
SAMPLE_WORDS = 400  # enough to decide; a long page is not read whole


def is_vietnamese(text: str) -> bool:
    words = _WORD.findall(text.lower(), 0, 8 * SAMPLE_WORDS)[:SAMPLE_WORDS]
    if not words:
        return False
    marked = sum(1 for word in words if not _VIETNAMESE_LETTERS.isdisjoint(word))
    if marked >= MARKED_SHARE * len(words):
        return True
    common = sum(1 for word in words if fold(word) in _COMMON_WORDS)
    return common >= COMMON_SHARE * len(words)
