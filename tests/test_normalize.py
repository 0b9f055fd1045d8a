from hypothesis import given
from hypothesis import strategies as st

from langgieng.normalize import fold, match_form, slugify, tone_normalize


def test_fold_removes_diacritics_and_d_bar() -> None:
    assert fold("Kiên Giang ĐÀ NẴNG") == "kien giang da nang"


def test_tone_conventions_match() -> None:
    assert match_form("hoá") == match_form("hóa")
    assert match_form("thuỷ") == match_form("thủy")
    assert match_form("Hoà Bình") == "Hòa Bình"
    assert match_form("quý") == "quý"  # qu + y: the tone stays on y


def test_slug_follows_gold_scheme() -> None:
    assert slugify("Thành phố Hồ Chí Minh") == "thanh-pho-ho-chi-minh"
    assert slugify("Kiên Giang") == "kien-giang"


@given(st.text())
def test_fold_and_tone_keep_length(text: str) -> None:
    assert len(fold(text)) == len(text)
    assert len(tone_normalize(text)) == len(text)
