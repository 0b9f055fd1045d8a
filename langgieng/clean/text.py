"""Character-level normalisation of the displayed text.

NFC; one form for quotes and dashes; invisible characters dropped; spaces
collapsed; one line per paragraph. Tone marks stay as written: the matching
form is computed later with `normalize.match_form`.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from langgieng.clean.legacy import looks_vni, vni_to_unicode
from langgieng.normalize import nfc

_CHARS = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛`´", "'"),
        **dict.fromkeys("‐‑‒–−﹣－", "-"),
        **dict.fromkeys("―", "—"),
        "Ð": "Đ",  # Icelandic eth, typed for `Đ` on keyboards without it; never Vietnamese
        "ð": "đ",
        **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                        "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f", " "),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", None),
        **dict.fromkeys([chr(c) for c in range(0x20) if c not in (9, 10, 11, 12, 13)], None),
        **dict.fromkeys([chr(c) for c in range(0x7F, 0xA0) if c != 0x85], None),
    }
)
_ODD_CLASS = "[" + re.escape("".join(chr(code) for code in _CHARS)) + "]"
# Matching the rare characters first is much faster than `str.translate` on every one.
# `C C*`, not `C+`: the engine then scans ahead for the class, twice as fast.
_ODD = re.compile(_ODD_CLASS + _ODD_CLASS + "*")
# UTF-8 read as Windows-1252 or Latin-1 (`TÃ¢y Ninh`, `Tá»‰nh`): ftfy repairs it
_MOJIBAKE = re.compile("[ÃÄÆ][\u0080-\u00bf\u0152-\u0178\u2018-\u203a]|á[»º]")
_MOJIBAKE_MARKS = "ÃÄÆ»º"  # one is in every match: looked for first, much faster than `á`
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r" {2,}")


def _replace(match: re.Match[str]) -> str:
    return match.group(0).translate(_CHARS)


def normalize_chars(text: str) -> str:
    """NFC, mojibake and the legacy VNI encoding repaired, quotes, dashes and
    invisible characters; newlines kept."""
    if any(mark in text for mark in _MOJIBAKE_MARKS) and _MOJIBAKE.search(text):
        # rare: the library only runs on texts that show it
        text = ftfy.fix_text(text, normalization="NFC")
    if looks_vni(text):
        text = vni_to_unicode(text)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if _ODD.search(text):  # searching is cheap; substituting every text is not
        text = _ODD.sub(_replace, text)
    return nfc(text)


# `... Phó Tỉnh trưởng Kampong ThomẢnh: Doãn Tấn`: a caption and its credit glued by the
# page's markup (two elements, no space); the credit goes on a line of its own
_GLUED_CREDIT = re.compile(r"(?<=[a-zà-ỹđ.])(?=(?:Ảnh|Nguồn ảnh|Đồ họa|Photo)\s?:)")


def lines_of(text: str) -> list[str]:
    """Non-empty lines (paragraphs), characters normalised, spaces collapsed."""
    text = normalize_chars(text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if "Ảnh" in text or "Đồ họa" in text or "Photo" in text:
        text = _GLUED_CREDIT.sub("\n", text)
    return [line for line in (raw.strip() for raw in text.split("\n")) if line]


# a line that ends a sentence (or a label, or a list item's bracket): a stop before
# any closing quotes and brackets, or one of those last (told by its last characters:
# the regex `[.!?…:;]["'”’)\]»]*$|["”)\]»]$` tried its class at every stop of the line)
_STOPS = frozenset(".!?…:;")
_CLOSERS = "\"'”’)]»"
_LAST_CLOSERS = frozenset("\"”)]»")
_LIST_ITEM = re.compile(r"[-–•+*]\s|\d{1,2}[.)]\s")
_WRAPPED_MIN = 2  # lines broken before a lower-case word that make a text hard-wrapped


def unwrapped(lines: list[str]) -> list[str]:
    """The paragraphs of a hard-wrapped text (lines broken inside sentences, as old
    pages and mails are: `đoạn biên giới Quảng` / `Bình-Savannakhet hoàn thành ...`)
    joined again: a line that ends no sentence runs on into the next, unless that one
    opens a list item. A text is taken as wrapped only when at least two of its lines
    run on into a lower-case word; other texts are left as they are."""
    open_ended = [not _ends_sentence(line) for line in lines]
    runs_on = sum(1 for i in range(len(lines) - 1) if open_ended[i] and lines[i + 1][:1].islower())
    if runs_on < _WRAPPED_MIN:
        return lines
    joined: list[str] = []
    for i, line in enumerate(lines):
        if i and open_ended[i - 1] and not _LIST_ITEM.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _ends_sentence(line: str) -> bool:
    if line.endswith("\n"):  # where `$` matched too
        line = line[:-1]
    return line.rstrip(_CLOSERS)[-1:] in _STOPS or line[-1:] in _LAST_CLOSERS


def one_line(text: str) -> str:
    """A title or other single-line value, normalised."""
    return _SPACES.sub(" ", normalize_chars(text).replace("\n", " ")).strip()


def search_form(text: str) -> str:
    """Lower case ASCII without diacritics: what furniture vocabularies match.

    Faster than `normalize.fold` but not of the same length; used only for
    decisions, never for offsets.
    """
    # Lower-casing the ASCII result, not the text, gives the same string (true of
    # every code point) at a fraction of the cost.
    text = text.replace("đ", "d").replace("Đ", "d").replace("©", " copyright ")
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").lower().decode("ascii")
