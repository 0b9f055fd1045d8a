"""Vietnamese quantities: decimal comma, thousands dot, scale words, units, qualifiers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from langgieng.extract.numbers import Quantity, find_quantities, parse_number


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("10,57", 10.57),
        ("1.850", 1850),
        ("2.631", 2631),
        ("2,631", 2.631),  # one comma is the Vietnamese decimal comma
        ("12.200.000", 12_200_000),
        ("1.234,5", 1234.5),
        ("1,850,000", 1_850_000),  # English grouping: two commas
        ("1,234.5", 1234.5),  # English: comma then decimal dot
        ("56,8", 56.8),
        ("0.500", 0.5),  # a leading zero is never a thousands group
        ("10.5", 10.5),
        ("134", 134),
    ],
)
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["", "abc", "1,", ".5", "1..2"])
def test_parse_number_rejects_non_numbers(token: str) -> None:
    with pytest.raises(ValueError):
        parse_number(token)


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        ("đạt trên 10,57 tỷ USD trong", "trên 10,57 tỷ USD", 10_570_000_000, "USD", "over"),
        ("tăng gần 11% so với", "gần 11%", 11, "%", "about"),
        ("đạt 2,631 tỷ đô la Mỹ", "2,631 tỷ đô la Mỹ", 2_631_000_000, "USD", None),
        ("từ 12,2 triệu $ vào", "12,2 triệu $", 12_200_000, "USD", None),
        ("khoảng $5 triệu", "khoảng $5 triệu", 5_000_000, "USD", "about"),
        ("có 3,36 tỷ đôla", "3,36 tỷ đôla", 3_360_000_000, "USD", None),
        ("5 nghìn tỷ đồng", "5 nghìn tỷ đồng", 5e12, "VND", None),
        ("300 ngàn VNĐ", "300 ngàn VNĐ", 300_000, "VND", None),
        ("xấp xỉ 2 tỉ riel", "xấp xỉ 2 tỉ riel", 2e9, "KHR", "about"),
        ("chừng 40 triệu kíp", "chừng 40 triệu kíp", 40e6, "LAK", "about"),
        ("đường biên giới 56,8 km với", "56,8 km", 56.8, "km", None),
        ("hơn 1.200 ha rừng", "hơn 1.200 ha", 1200, "ha", "over"),
        ("dưới 5 phần trăm", "dưới 5 phần trăm", 5, "%", "under"),
        ("chưa đến 3 tấn", "chưa đến 3 tấn", 3, "tấn", "under"),
        ("vượt 120%", "vượt 120%", 120, "%", "over"),
        ("tăng 8 lần", "8 lần", 8, "times", None),
        ("một trăm triệu đồng", "một trăm triệu đồng", 100e6, "VND", None),
    ],
)
def test_find_quantity_with_unit(
    text: str, surface: str, value: float, unit: str, qualifier: str | None
) -> None:
    q = only(text)
    assert text[q.start : q.end] == surface
    assert q.value == pytest.approx(value)
    assert (q.unit, q.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("có 134 dự án đầu tư", 134, "du an"),
        ("di dời 1.850 tình nguyện viên", 1850, "tinh nguyen vien"),
        ("di dời 1850 tình nguyện viên", 1850, "tinh nguyen vien"),
        ("đón 1,850 người", 1850, "nguoi"),  # a count is whole: English grouping
        ("sáu cột mốc còn lại", 6, "cot moc"),
        ("hồi hương 12 bộ hài cốt", 12, "hai cot"),
        ("mười hai tỉnh biên giới", 12, "tinh"),
        ("hai mươi lăm người", 25, "nguoi"),
        ("ba trăm linh năm người", 305, "nguoi"),
        ("hai nước", 2, "nuoc"),
        ("đứng thứ 2 trong số 79 quốc gia", 79, "quoc gia"),
    ],
)
def test_find_bare_count_and_noun(text: str, value: float, noun: str) -> None:
    q = only(text)
    assert q.value == value
    assert q.unit is None
    assert q.noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "ngày 24 tháng 6 năm 1967",
        "thiết lập quan hệ (24/6/1967-24/6/2022)",
        "24-6-1967",
        "Sáng 25/4, tại Tây Ninh",
        "từ ngày 23-24/4",
        "Ngày 9-3, tại thành phố",
        "ngày 10.1",
        "tháng 10/2021",
        "(11/2022)",
        "tháng 3.2017",
        "năm 2015",
        "Từ năm 2005 đến năm 2014",
        "giai đoạn 2016-2020",
        "trong 10 tháng đầu năm 2014",
        "quý I/2023",
        "Hội nghị lần thứ 12",
        "lần 13",
        "lớn thứ 3",
        "thứ Hai",
        "lúc 8h30",
        "vào 2014,",
        "một cam kết",
        "năm tỉnh",
        "đại dịch Covid-19",
    ],
)
def test_dates_ordinals_and_years_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "noun"),
    [
        ("đạt 1 tỷ 200 triệu USD.", "1 tỷ 200 triệu USD", 1_200_000_000, "USD", None),
        ("đón 1,2 triệu lượt khách", "1,2 triệu", 1_200_000, None, "luot khach"),
        ("viện trợ US$ 3 triệu", "US$ 3 triệu", 3_000_000, "USD", None),
        ("50 triệu Mỹ kim", "50 triệu Mỹ kim", 50_000_000, "USD", None),
    ],
)
def test_compound_scaled_and_prefixed(
    text: str, surface: str, value: float, unit: str | None, noun: str | None
) -> None:
    q = only(text)
    assert (text[q.start : q.end], q.value, q.unit, q.noun) == (surface, value, unit, noun)


def test_several_quantities_in_order() -> None:
    text = "từ 12,2 triệu $ vào năm 2005 tăng lên 101 triệu $ trong năm 2014"
    assert [q.value for q in find_quantities(text)] == [12_200_000, 101_000_000]


def test_one_hundred_years_is_not_105() -> None:
    q = find_quantities("một trăm năm")[0]
    assert (q.value, q.noun) == (100, "nam")


def test_ty_le_is_a_ratio_not_a_billion() -> None:
    assert [q.unit for q in find_quantities("đạt 5 tỷ lệ")] != ["USD"]
    assert find_quantities("đạt 5 tỷ lệ")[0].value == 5


# --- properties -------------------------------------------------------------

SCALES = {"": 1, " nghìn": 1_000, " triệu": 1_000_000, " tỷ": 1_000_000_000}
UNITS = {" USD": "USD", " đô la Mỹ": "USD", " đồng": "VND", " km": "km", "%": "%", " ha": "ha"}


def format_vi(whole: int, frac: str) -> str:
    """Vietnamese style: thousands dots, decimal comma."""
    grouped = f"{whole:,}".replace(",", ".")
    return grouped + ("," + frac if frac else "")


numbers = st.tuples(
    st.integers(min_value=0, max_value=999_999_999),
    st.text(alphabet="0123456789", max_size=3),
)


@given(numbers)
def test_parse_number_round_trip(parts: tuple[int, str]) -> None:
    whole, frac = parts
    assert parse_number(format_vi(whole, frac)) == pytest.approx(float(f"{whole}.{frac or 0}"))


@given(numbers, st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(UNITS)))
def test_formatted_quantity_parses_back(parts: tuple[int, str], scale: str, unit: str) -> None:
    whole, frac = parts
    text = f"đạt {format_vi(whole, frac)}{scale}{unit} trong"
    q = only(text)
    expected = float(f"{whole}.{frac or 0}") * SCALES[scale]
    assert math.isclose(q.value, expected, rel_tol=1e-9)
    assert q.unit == UNITS[unit]
    assert text[q.start : q.end] == text[4 : text.rindex(" trong")]


@given(numbers, st.sampled_from(["gần", "khoảng", "hơn", "trên", "dưới", "xấp xỉ", "chừng"]))
def test_qualifier_keeps_value(parts: tuple[int, str], word: str) -> None:
    bare = f"đạt {format_vi(*parts)} tỷ USD"
    qualified = f"đạt {word} {format_vi(*parts)} tỷ USD"
    plain, hedged = only(bare), only(qualified)
    assert hedged.value == plain.value
    assert plain.qualifier is None and hedged.qualifier in ("about", "over", "under")
    assert qualified[hedged.start : hedged.end].startswith(word)


@given(st.text())
def test_arbitrary_text_gives_well_formed_quantities(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert math.isfinite(q.value) and q.value >= 0


@given(st.lists(st.sampled_from(
    ["đạt", "trên", "10,57", "tỷ", "USD", "năm", "2014", "ngày", "24/6", "hai", "mươi", "lăm",
     "người", "gần", "11%", "lần", "thứ", "12", "1.850", "$", "triệu", "tháng", ",", "."]
)).map(" ".join))
def test_offsets_slice_a_number(text: str) -> None:
    found = find_quantities(text)
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    for q in found:
        surface = text[q.start : q.end]
        assert surface == surface.strip()
        words = {"hai", "mươi", "lăm", "mười", "năm", "một", "ba", "triệu", "tỷ"}
        assert any(ch.isdigit() for ch in surface) or words & set(surface.lower().split())


@pytest.mark.parametrize(
    ("text", "value", "of", "noun"),
    [
        ("hoàn thành 22/28 cột mốc", 22, 28, "cot moc"),
        ("đã cắm 5/7 cột mốc", 5, 7, "cot moc"),  # a count, though 5/7 could be a day
        ("hoàn thành 22/28, còn lại", 22, 28, None),  # 28 is no month
        ("xây dựng 1.000/1.002 cột mốc", 1000, 1002, "cot moc"),  # totals in thousands
    ],
)
def test_progress_counts(text: str, value: float, of: float, noun: str | None) -> None:
    q = only(text)
    assert (q.value, q.of, q.noun) == (value, of, noun)


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("tăng 5-7%", [5, 7], "%"),
        ("từ 3 đến 5 tỷ USD", [3e9, 5e9], "USD"),
        ("từ 2 đến 3 người", [2, 3], None),
    ],
)
def test_ranges_share_the_unit(text: str, values: list[float], unit: str | None) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == values
    assert {q.unit for q in found} == {unit}


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("theo Nghị định 38/2019 của Chính phủ, 4 dự án được duyệt", 4, "du an"),
        ("Quyết định số 12/2020/QĐ-TTg giao 7 cột mốc", 7, "cot moc"),
        ("văn bản số 9/2021 nêu rõ tổng số 108 cột mốc", 108, "cot moc"),
    ],
)
def test_document_numbers_are_not_counts(text: str, value: float, noun: str) -> None:
    q = only(text)
    assert (q.value, q.noun) == (value, noun)


def test_a_verb_like_document_word_keeps_its_count() -> None:
    assert only("tỉnh quyết định 3 dự án trọng điểm").value == 3


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("xe chạy trên 2 tuyến đường", None),  # "on" two roads
        ("có trên 300 doanh nghiệp", "over"),
        ("dài trên 3 km", "over"),
        ("đạt trên 1 tỷ USD", "over"),
        ("được đăng trên\n40 tờ báo", None),  # a line break: not one phrase
    ],
)
def test_tren_is_over_only_before_a_sizeable_figure(text: str, qualifier: str | None) -> None:
    assert only(text).qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    ["thăm từ 21 đến 23/3/2031 nhằm", "vào các ngày 14 và 15/8 tại", "ngày 14 và 15 tháng 8 tại"],
)
def test_day_ranges_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_a_range_before_a_counted_total_stays_a_count() -> None:
    found = find_quantities("đã cắm từ 12 đến 15/20 cột mốc")
    assert (found[-1].value, found[-1].of) == (15, 20)


def test_a_scale_glued_to_its_currency() -> None:
    [money] = find_quantities("tổng vốn đầu tư đạt xấp xỉ 5,34 tỷUSD")
    assert (money.value, money.unit, money.qualifier) == (5_340_000_000, "USD", "about")
    assert [q.value for q in find_quantities("tỷ lệ 5 tỷlệ")] == [5]  # a word, no currency
