"""The literals a pattern's matches need: a text without them is skipped, so
they must never skip a text the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from langgieng.extract.facts.context import TEAM, alternation
from langgieng.extract.scanning import literal_alternation, may_match, needed_literals


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?<![^\W_])thăm(?![^\W_])", ("thăm",)),
        (r"(?<![^\W_])(?:do|có:?)\s+([^.;]{1,9}?)\s*(?:làm trưởng đoàn|dẫn đầu)",
         ("dẫn đầu", "làm trưởng đoàn")),
        (r"[^\d.;]{0,25},?\s*tương ứng(?:\s+với)?\s*$", ("tương ứng",)),
        (r"(?:ab)+x|cd", ("ab", "cd")),  # each branch needs one
    ],
)
def test_needed_literals(pattern: str, literals: tuple[str, ...]) -> None:
    assert needed_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"(?:ab)?c?", r"[ab]+", r"(?i)thăm", r"(?i:thăm)", r"a|\d"])
def test_no_literals_when_a_match_may_lack_them(pattern: str) -> None:
    assert needed_literals(re.compile(pattern)) is None


_RULES = [
    TEAM,
    re.compile(r"(?<![^\W_])(?:Hiệp định|Thỏa thuận)(?:\s+[^\W\d_]+){0,3}?\s+(?:năm\s+)?\d{4}"),
    re.compile(r"(?<![^\W_])(?:thăm|(?<=chuyến )công tác(?=\s+tại\s)|lên đường)(?![^\W_])"),
    re.compile(alternation(["mục tiêu", "chỉ tiêu", "hướng tới"], not_after="có ")),
]
_PIECES = ["thăm", "chuyến ", "công tác", " tại ", "lên đường", "Hiệp định", "Thỏa thuận",
           " năm ", "2005", "các đội k12", "đội", "ban chỉ đạo 515", "có ", "mục tiêu",
           "chỉ tiêu", "hướng tới", "x", " ", ","]


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(_RULES))
def test_a_text_skipped_has_no_match(pieces: list[str], pattern: re.Pattern[str]) -> None:
    text = "".join(pieces)
    if not may_match(needed_literals(pattern), text):
        assert pattern.search(text) is None


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_not_after_is_a_look_behind_at_the_start(pieces: list[str]) -> None:
    """Tested one character into the match, as it is, `not_after` finds what a
    look-behind before the whole alternation finds."""
    text = "".join(pieces)
    words = ["mục tiêu", "chỉ tiêu", "hướng tới"]
    before = re.compile("(?<!có )" + alternation(words))
    after = re.compile(alternation(words, not_after="có "))
    assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_bare_words_and_honorifics_as_before() -> None:
    """Patterns rewritten to open with their first letters (so that the engine skips
    ahead) find what the patterns opening with a look-behind or `\\b` found."""
    from langgieng.link.lossy import _BARE
    from langgieng.link.passes import _HONORED_WORD, _UPPER

    honored = re.compile(r"(?<![^\W\d_])(?i:ông|bà|ngài|đồng chí)\s+([^\W\d_]{4,})(?![^\W\d_])"
                         rf"(?!\s+[{_UPPER}])")
    bare = re.compile(r"\b[bcdfghjklmnpqrstvwxzđ]{2,}\b")
    texts = ["Ông Sinlavong và ÔNG BOUNMA, xông Abcd, bà Khamphan; ngài Sonexay Siphandone",
             "Đồng chí Thongloun, đồng chí Abcd Xyz, 1bà Abcde, _ông Abcdef, ông\nAbcde",
             "Vit Nam và Lào: lch sử, nghĩ, ngh an, phm, xtnh, brr b, đđ, 5km", ""]
    for text in texts:
        assert [(m.span(), m.groups()) for m in _HONORED_WORD.finditer(text)] == [
            (m.span(), m.groups()) for m in honored.finditer(text)]
        assert _BARE.findall(text) == bare.findall(text)


_LETTERS = "abnNgàyămsSſ "


@given(st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=8),
       st.text(_LETTERS, max_size=40), st.booleans())
def test_literal_alternation_grouped_matches_as_the_flat_list(
        words: list[str], text: str, blind: bool) -> None:
    # the words grouped by their first character find what the flat list finds
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))
    flags = re.IGNORECASE if blind else 0
    grouped = re.compile(rf"(?:{literal_alternation(words)})\b", flags)
    plain = re.compile(rf"(?:{flat})\b", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_literal_alternation_groups_by_first_character() -> None:
    assert literal_alternation(["ngày", "năm", "sáng sớm", "sá"]) == (
        r"s(?:áng\s+sớm|á)|n(?:gày|ăm)")
    assert literal_alternation(["Năm", "năm"]) in ("Năm|năm", "năm|Năm")  # case twins: flat
