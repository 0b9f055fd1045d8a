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


def _tone_word_by_word(text: str) -> str:
    """tone_normalize as it was written first: every word through the syllable rule."""
    from langgieng.normalize import _WORD, _normalize_syllable

    return _WORD.sub(lambda m: _normalize_syllable(m.group(0)), text)


_TONED = "oaeuyqOAEUYQòóỏõọàáảãạèéẻẽẹùúủũụỳýỷỹỵÒÓỎÕỌÀÁẢÃẠÈÉẺẼẸÙÚỦŨỤỲÝỶỸỴôâêđ1_- \u0301Å"


@given(st.text(alphabet=_TONED) | st.text())
def test_tone_normalize_reads_only_the_words_that_may_change(text: str) -> None:
    # the pairs are looked for in the folded text; every other word is left as it was
    assert tone_normalize(text) == _tone_word_by_word(text)


def test_tone_normalize_in_sentences() -> None:
    text = "Thuỷ điện Hoà Bình, hoá chất và quý khách (thoả thuận) ở Khoé."
    assert tone_normalize(text) == _tone_word_by_word(text) == (
        "Thủy điện Hòa Bình, hóa chất và quý khách (thỏa thuận) ở Khóe.")
