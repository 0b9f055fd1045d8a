"""Vietnamese text in the legacy VNI encoding, read as Latin-1 (`Vieät Nam`,
`Tænh Ñoàng Thaùp`): documents typed with VNI fonts and exported as text.

VNI writes a vowel and then a code for its diacritics (`eä` is `ệ`), `ô`
for `ơ`, `ö` for `ư`, `ñ` for `đ` and a few precomposed codes for `i` and
`y`. Ordinary Vietnamese never uses the codes (`ø`, `æ`, `ñ`, `ä`, `å`,
`ü`, `ë`, `ï`), so a text with several of them and few Vietnamese letters
is decoded; any other text is left as it is.
"""

from __future__ import annotations

import re
import unicodedata

# the code after a vowel -> the combining marks it stands for (VNI-Windows)
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_SINGLE = {"æ": "ỉ", "ò": "ị", "ó": "ĩ", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư"}
_SIGNS = re.compile("[øæñäåüëï]|[aeiouy][ùûõ]")
# whether there is any, told by fast scans: the single codes looked for one by one, a
# code after a vowel by a regex opening with the code (rarer than the vowel, so the
# engine skips ahead), the vowel looked back for
_SIGN_CODES = "øæñäåüëï"
_SIGN_PAIR = re.compile("[ùûõ](?<=[aeiouy].)")
# `â`, `ê`, `ô` are VNI codes too: only the other Vietnamese letters count against it
_VIETNAMESE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
MIN_SIGNS = 3


def _table() -> dict[str, str]:
    pairs: dict[str, str] = {}

    def add(code: str, text: str) -> None:
        text = unicodedata.normalize("NFC", text)
        pairs[code] = text
        pairs[code.upper()] = text.upper()

    for vowel in "aeiouy":
        for mark, combining in _TONES.items():
            add(vowel + mark, vowel + combining)
    for vowel, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for code, combining in _HAT.items():
            add(vowel + code, hat + combining)
    for code, combining in _BREVE.items():
        add("a" + code, "ă" + combining)
    for vowel, base in (("ô", "ơ"), ("ö", "ư")):
        for mark, combining in _TONES.items():
            add(vowel + mark, base + combining)
    for code, text in _SINGLE.items():
        add(code, text)
    return pairs


_PAIRS = _table()
_CODES = re.compile("|".join(sorted(map(re.escape, _PAIRS), key=len, reverse=True)))


def looks_vni(text: str) -> bool:
    """Several VNI codes and hardly any Vietnamese letter."""
    if not any(code in text for code in _SIGN_CODES) and not _SIGN_PAIR.search(text):
        return False  # the usual case
    signs = len(_SIGNS.findall(text))
    return signs >= MIN_SIGNS and len(_VIETNAMESE.findall(text.lower())) * 4 < signs


def vni_to_unicode(text: str) -> str:
    return _CODES.sub(lambda m: _PAIRS[m.group()], text)
