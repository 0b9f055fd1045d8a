"""Bytes of one input -> text, or the reason they are not text.

Accepted: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, and legacy
Windows-1258 Vietnamese when the bytes are not UTF-8 but read as plausible
Vietnamese in that code page. Anything else is refused with a reason that
names the byte where reading failed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from langgieng.normalize import nfc

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of common binary files, for a friendlier reason than "NUL byte".
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_VIETNAMESE_ONLY = set("ăâđêôơưĂÂĐÊÔƠƯ")
# Characters a Vietnamese text in Windows-1258 plausibly contains besides letters.
_PLAUSIBLE_SYMBOLS = set("“”‘’–—…•«»°±×·€₫\xa0")
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class NotText(ValueError):
    """The bytes are not text this reader accepts; `args[0]` is the reason."""


def decode(data: bytes, *, declared: str | None = None) -> str:
    """The text of `data`, NFC; raises NotText with the reason otherwise.

    `declared` is a charset the container names (an HTML meta tag), tried
    only when the bytes are neither UTF-8 nor Windows-1258 Vietnamese.
    """
    if not data:
        raise NotText("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, codec, f"{codec.upper()} with BOM")
    _refuse_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_legacy(data, exc, declared)
    return nfc(text)


def _decode_with(data: bytes, codec: str, label: str) -> str:
    try:
        return nfc(data.decode(codec))
    except UnicodeDecodeError as exc:
        raise NotText(f"invalid {label} at byte {exc.start}: {exc.reason}") from None


def _refuse_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary content (looks like {kind})")
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise NotText(
            f"binary content (NUL byte at byte {nul}); "
            "UTF-16 text is accepted only with a byte-order mark"
        )


def _decode_legacy(data: bytes, error: UnicodeDecodeError, declared: str | None) -> str:
    if error.reason == "unexpected end of data" and error.end >= len(data):
        raise NotText(f"truncated UTF-8 at byte {error.start}: the file ends inside a character")
    legacy = _as_windows_1258(data)
    if legacy is not None:
        return legacy
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    raise NotText(
        f"invalid UTF-8 at byte {error.start} ({error.reason}), "
        "and not Windows-1258 Vietnamese text either"
    )


def _as_windows_1258(data: bytes) -> str | None:
    """The cp1258 reading of `data` if it looks like Vietnamese, else None."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    return text if _plausible_vietnamese(text) else None


def _plausible_vietnamese(text: str) -> bool:
    # cp1258 writes tones as combining marks after the vowel they sit on.
    marks_on_vowels = marks_elsewhere = odd = signals = 0
    previous = ""
    for ch in text:
        if ch in _TONES:
            if previous in _VOWELS:
                marks_on_vowels += 1
            else:
                marks_elsewhere += 1
        elif ch in _VIETNAMESE_ONLY:
            signals += 1
        elif ord(ch) > 0x7F and ch not in _PLAUSIBLE_SYMBOLS and not _latin_vowel(ch):
            odd += 1
        previous = ch
    signals += marks_on_vowels
    return (
        signals > 0
        and marks_elsewhere <= marks_on_vowels // 20
        and odd <= max(1, len(text) // 200)
    )


def _latin_vowel(ch: str) -> bool:
    """Precomposed vowels Vietnamese shares with Latin-1 (à, é, ô, ...)."""
    return unicodedata.normalize("NFD", ch)[0] in _VOWELS


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag, if any."""
    match = _CHARSET_META.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
