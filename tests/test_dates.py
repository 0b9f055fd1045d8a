"""Vietnamese dates, edition numbers and publication-date inference."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from langgieng.clean import clean
from langgieng.extract.dates import DateMention, find_dates, infer_published, resolve
from langgieng.extract.editions import find_editions, roman_to_int
from langgieng.extract.published import guess_published
from langgieng.model import Article, Rejection
from langgieng.read import read_paths

ISO_PARTIAL = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?")


def only(text: str, reference: str | None = None) -> DateMention:
    found = find_dates(text, reference=reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "end_value", "period"),
    [
        ("vào ngày 24 tháng 6 năm 1967.", "ngày 24 tháng 6 năm 1967", "1967-06-24", None, None),
        ("ngày 24/6/1967", "ngày 24/6/1967", "1967-06-24", None, None),
        ("24-6-1967", "24-6-1967", "1967-06-24", None, None),
        ("Ngày 24-6- 1967, hai nước", "24-6- 1967", "1967-06-24", None, None),  # a slipped space
        ("24.6.1967", "24.6.1967", "1967-06-24", None, None),
        ("(24/6/1967-24/6/2022)", "24/6/1967-24/6/2022", "1967-06-24", "2022-06-24", None),
        ("từ ngày 23-25/4/2023", "ngày 23-25/4/2023", "2023-04-23", "2023-04-25", None),
        ("từ ngày 23 đến ngày 25/4/2023", "ngày 23 đến ngày 25/4/2023", "2023-04-23",
         "2023-04-25", None),
        ("lần thứ 11 (tháng 10/2021) đến", "tháng 10/2021", "2021-10", None, "2021-10"),
        ("Thủ tướng (11/2022) nhằm", "11/2022", "2022-11", None, "2022-11"),
        ("ký tháng 11/2022", "tháng 11/2022", "2022-11", None, "2022-11"),
        ("từ tháng 3.2017", "tháng 3.2017", "2017-03", None, "2017-03"),
        ("từ tháng 6-2023 đến nay", "tháng 6-2023", "2023-06", None, "2023-06"),
        ("Cập nhật 2023-04-25 10:30", "2023-04-25", "2023-04-25", None, None),
        ("từ tháng 3 đến tháng 5/2023", "tháng 3 đến tháng 5/2023", "2023-03", "2023-05",
         "2023-03/2023-05"),
        ("trong tháng Hai năm 2013 để", "tháng Hai năm 2013", "2013-02", None, "2013-02"),
        ("tháng Giêng năm 2020", "tháng Giêng năm 2020", "2020-01", None, "2020-01"),
        ("tháng Chạp năm 2020", "tháng Chạp năm 2020", "2020-12", None, "2020-12"),
        ("tháng Mười Hai năm 2020", "tháng Mười Hai năm 2020", "2020-12", None, "2020-12"),
        ("Tháng 12 năm 2011 nhà nước", "Tháng 12 năm 2011", "2011-12", None, "2011-12"),
        ("trong năm 2013 đã đạt", "năm 2013", "2013", None, "2013"),
        ("trong 10 tháng đầu năm 2014.", "10 tháng đầu năm 2014", "2014", None, "2014-01/2014-10"),
        ("sáu tháng cuối năm 2014", "sáu tháng cuối năm 2014", "2014", None, "2014-07/2014-12"),
        ("Trong 9 tháng năm 2023,", "9 tháng năm 2023", "2023", None, "2023-01/2023-09"),
        ("đạt 2 tỷ USD trong nửa đầu năm 2019.", "nửa đầu năm 2019", "2019", None,
         "2019-01/2019-06"),
        ("nửa cuối năm 2020", "nửa cuối năm 2020", "2020", None, "2020-07/2020-12"),
        ("quý I/2023", "quý I/2023", "2023", None, "2023-01/2023-03"),
        ("quý 3 năm 2023", "quý 3 năm 2023", "2023", None, "2023-07/2023-09"),
        ("giai đoạn 2016-2020", "giai đoạn 2016-2020", "2016", "2020", "2016/2020"),
        ("Từ năm 2005 đến năm 2014,", "năm 2005 đến năm 2014", "2005", "2014", "2005/2014"),
        ("Từ ngày 3-10-2019 đến 2-2-2020,", "3-10-2019 đến 2-2-2020", "2019-10-03",
         "2020-02-02", None),
        ("thăm Lào từ ngày 4 - 6.5.2018.", "ngày 4 - 6.5.2018", "2018-05-04", "2018-05-06", None),
        ("từ ngày 8 đến 11.3.2021 tại", "ngày 8 đến 11.3.2021", "2021-03-08", "2021-03-11", None),
        ("từ ngày 7 đến ngày 9-5-2012.", "ngày 7 đến ngày 9-5-2012", "2012-05-07", "2012-05-09",
         None),
    ],
)
def test_dates_with_a_year(
    text: str, surface: str, value: str, end_value: str | None, period: str | None
) -> None:
    d = only(text, reference="2030-06-01")  # an explicit year never comes from the reference
    assert text[d.start : d.end] == surface
    assert (d.value, d.end_value, d.period, d.inferred_year) == (value, end_value, period, False)


def test_a_point_before_the_month_closes_a_span_of_days_only_after_ngay() -> None:
    d = only("sẽ làm việc tại Viêng Chăn từ ngày 15 - 17.8.", reference="2019-08-10")
    assert (d.value, d.end_value) == ("2019-08-15", "2019-08-17")
    # `từ 25 đến 26.5 triệu` is a sum and `ngày 10 đến 12.500 người` a count
    assert find_dates("tăng từ 25 đến 26.5 triệu USD", reference="2019-08-10") == []
    assert find_dates("đón ngày 10 đến 12.500 lượt khách", reference="2019-08-10") == []


def test_two_days_listed_or_joined_by_a_spaced_hyphen_are_a_span() -> None:
    listed = only("sang thăm Lào trong 2 ngày 13, 14/9.", reference="2015-09-13")
    hyphen = only("có chuyến thăm Việt Nam từ ngày 18 - 20-8.", reference="2014-08-19")
    assert [(d.value, d.end_value) for d in (listed, hyphen)] == [
        ("2015-09-13", "2015-09-14"), ("2014-08-18", "2014-08-20")]
    # an edition's number before a date is no day of it
    assert only("Kỳ họp lần thứ 5, 14/9/2023 tại Hà Nội.").value == "2023-09-14"


def test_a_year_does_not_join_a_month() -> None:
    found = find_dates("từ năm 2005 đến tháng 3/2006")
    assert [(d.value, d.end_value) for d in found] == [("2005", None), ("2006-03", None)]


def test_year_qualifier_is_kept() -> None:
    d = only("trong bối cảnh cuối năm 2015 dưới")
    assert (d.value, d.qualifier, d.period) == ("2015", "end", None)


@pytest.mark.parametrize(
    ("text", "surface", "value", "end_value"),
    [
        ("Sáng 25/4, tại Hội trường", "Sáng 25/4", "2023-04-25", None),
        ("Chiều 25/4, tại", "Chiều 25/4", "2023-04-25", None),
        ("Tối 24/4,", "Tối 24/4", "2023-04-24", None),
        ("từ ngày 23-24/4, các quan chức", "ngày 23-24/4", "2023-04-23", "2023-04-24"),
        ("Ngày 9-3, tại thành phố", "Ngày 9-3", "2023-03-09", None),
        ("trong hai ngày 6 và 7-3.", "ngày 6 và 7-3", "2023-03-06", "2023-03-07"),
        ("ngày 10.1 vừa qua", "ngày 10.1", "2023-01-10", None),
        ("Ngày 6 tháng 8, tại cuộc họp", "Ngày 6 tháng 8", "2023-08-06", None),
        ("Ngày 6 tháng 11, tại cuộc họp", "Ngày 6 tháng 11", "2022-11-06", None),
        ("từ ngày 23 tháng 12 đến ngày 24 tháng 12.", "ngày 23 tháng 12 đến ngày 24 tháng 12",
         "2022-12-23", "2022-12-24"),
        ("từ ngày 28/12 đến 2/1", "ngày 28/12 đến 2/1", "2022-12-28", "2023-01-02"),
    ],
)
def test_dates_without_a_year_take_the_reference(
    text: str, surface: str, value: str, end_value: str | None
) -> None:
    d = only(text, reference="2023-04-25")
    assert text[d.start : d.end] == surface
    assert (d.value, d.end_value, d.inferred_year) == (value, end_value, True)


@pytest.mark.parametrize(
    ("text", "value", "period", "qualifier"),
    [
        ("kim ngạch năm nay đạt", "2023", "2023", None),
        ("cuối năm ngoái", "2022", None, "end"),
        ("năm tới sẽ", "2024", "2024", None),
        ("6 tháng đầu năm nay,", "2023", "2023-01/2023-06", None),
    ],
)
def test_relative_years(text: str, value: str, period: str | None, qualifier: str | None) -> None:
    d = only(text, reference="2023-04-25")
    assert (d.value, d.period, d.qualifier, d.inferred_year) == (value, period, qualifier, True)
    assert find_dates(text) == []  # without a reference nothing can be known


def test_without_reference_the_year_stays_unknown() -> None:
    d = only("Ngày 6 tháng 8, tại cuộc họp")
    assert (d.value, d.inferred_year) == ("--08-06", False)
    assert only("từ ngày 23-24/4").end_value == "--04-24"


@pytest.mark.parametrize(
    ("day", "month", "year", "reference", "expected"),
    [
        (25, 4, None, "2023-04-25", "2023-04-25"),
        (23, 12, None, "2014-12", "2014-12-23"),  # upcoming within the month
        (10, 11, None, "2023-04-25", "2022-11-10"),  # > 6 months ahead: last year
        (10, 9, None, "2023-04-25", "2023-09-10"),  # < 6 months ahead: this year
        (10, 1, None, "2023-12-20", "2023-01-10"),  # earlier in the year: this year
        (None, 8, None, "2024", "2024-08"),
        (6, 8, None, None, "--08-06"),
        (None, 8, None, None, "--08"),
        (24, 6, 1967, "2023-04-25", "1967-06-24"),
        (None, None, 2015, None, "2015"),
        (29, 2, 2023, None, None),  # not a day of that year
        (29, 2, None, None, "--02-29"),
        (31, 4, None, None, None),
        (1, 13, 2020, None, None),
        (None, None, None, "2023-04-25", None),
    ],
)
def test_resolve(
    day: int | None,
    month: int | None,
    year: int | None,
    reference: str | None,
    expected: str | None,
) -> None:
    assert resolve(day, month, year, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        "đạt trên 10,57 tỷ USD",
        "di dời 1.850 tình nguyện viên",
        "tăng 10.1% so với",
        "2,631 tỷ đô la Mỹ",
        "tăng 8 lần",
        "trong 3 tháng hai bên đã",  # "tháng hai" here is not February
        "tháng năm qua",  # lower-case "năm" is "year", not May
        "ngày 31/4",  # no such day
        "tỷ lệ 12/30 tỉnh",  # no month 30
        "lần thứ 12",
        "đã cắm 5/7 cột mốc",  # a progress count, not 5 July
    ],
)
def test_quantities_are_not_dates(text: str) -> None:
    assert find_dates(text, reference="2023-04-25") == []


# --- properties -------------------------------------------------------------

STYLES = [
    "ngày {d} tháng {m} năm {y}",
    "ngày {d}/{m}/{y}",
    "{d:02d}/{m:02d}/{y}",
    "{d}-{m}-{y}",
    "{d}.{m}.{y}",
    "Sáng {d}/{m}/{y}",
]
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(days, st.sampled_from(STYLES))
def test_full_date_round_trip(day: date, style: str) -> None:
    text = "Hội nghị diễn ra " + style.format(d=day.day, m=day.month, y=day.year) + ", tại Hà Nội"
    d = only(text)
    assert d.value == day.isoformat()
    assert text[d.start : d.end].endswith(str(day.year))


@given(days, st.sampled_from(["tháng {m}/{y}", "tháng {m} năm {y}", "tháng {m}.{y}", "({m}/{y})"]))
def test_month_round_trip(day: date, style: str) -> None:
    d = only("ký " + style.format(m=day.month, y=day.year) + " nhằm")
    assert d.value == f"{day.year:04d}-{day.month:02d}"


@given(days, days, st.sampled_from(["Sáng {d}/{m}", "ngày {d} tháng {m}", "Ngày {d}-{m}"]))
def test_year_inference_window(day: date, ref: date, style: str) -> None:
    """A year-less date lands within a year before and ~6 months after the reference."""
    if day.month == 2 and day.day == 29:
        return  # not every year has it; covered by test_resolve
    d = only(style.format(d=day.day, m=day.month) + ", tại", reference=ref.isoformat())
    resolved = date.fromisoformat(d.value)
    assert d.inferred_year
    assert ref - timedelta(days=366) < resolved <= ref + timedelta(days=184)


@given(st.text())
def test_arbitrary_text_gives_well_formed_dates(text: str) -> None:
    for d in find_dates(text, reference="2020-05-05"):
        assert 0 <= d.start < d.end <= len(text)
        assert ISO_PARTIAL.fullmatch(d.value)
        assert d.end_value is None or ISO_PARTIAL.fullmatch(d.end_value)


@given(st.lists(st.sampled_from(
    ["ngày", "Sáng", "24", "tháng", "6", "năm", "1967", "25/4", "23-24/4", "đến", "quý", "I/2023",
     "10,57", "1.850", "cuối", "10", "đầu", "Hai", "-", ",", "(11/2022)", "3.2017", "lần", "thứ"]
)).map(" ".join))
def test_offsets_slice_a_date(text: str) -> None:
    found = find_dates(text)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for d in found:
        surface = text[d.start : d.end]
        assert surface == surface.strip()
        # a number, or a month named in words, possibly after đầu/cuối/giữa
        words = surface.lower().split()
        assert any(ch.isdigit() for ch in surface) or "tháng" in words[:2]


# --- editions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "number"),
    [
        ("Hội nghị ... lần thứ 12", "lần thứ 12", 12),
        ("biên giới Việt Nam-Campuchia lần thứ VII kết thúc", "lần thứ VII", 7),
        ("Kỳ họp lần thứ 20 Ủy ban hỗn hợp", "lần thứ 20", 20),
        ("Hội nghị lần 13 sẽ", "lần 13", 13),
        ("Hội nghị thứ mười hai", "Hội nghị thứ mười hai", 12),
        ("Đại hội lần thứ mười ba", "lần thứ mười ba", 13),
        ("lần thứ nhất", "lần thứ nhất", 1),
        ("lần thứ năm", "lần thứ năm", 5),
        ("Đại hội khóa XIII", "khóa XIII", 13),
    ],
)
def test_find_editions(text: str, surface: str, number: int) -> None:
    [(start, end, found)] = find_editions(text)
    assert (text[start:end], found) == (surface, number)


@pytest.mark.parametrize(
    "text", ["thứ Hai, ngày 5", "lớn thứ 3", "tăng 8 lần", "Hội nghị hai bên", "vi phạm lần này"]
)
def test_weekdays_ranks_and_times_are_not_editions(text: str) -> None:
    assert find_editions(text) == []


@pytest.mark.parametrize(("roman", "value"), [("VII", 7), ("XIII", 13), ("IV", 4), ("IIII", None)])
def test_roman_to_int(roman: str, value: int | None) -> None:
    assert roman_to_int(roman) == value


# --- publication date -------------------------------------------------------


def article(text: str, published: str | None = None) -> Article:
    return Article(id="x", source="t", format="txt", title="", text=text, published=published)


def test_dateline_with_stated_year() -> None:
    text = "Ảnh: TTXVN\nSáng 25/4, tại Tây Ninh, hội nghị khai mạc. Thương mại năm 2022 tăng."
    assert guess_published(text) == "2022-04-25"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 15/3/2024, tại Viêng Chăn, hai bên ký kết. Năm 2023 đạt 1 tỷ USD.", "2024-03-15"),
        ("Viêng Chăn (TTXVN) - Chiều 25/4 (giờ địa phương), hai bên hội đàm. Năm 2022 tăng.",
         "2022-04-25"),
        ("Hai bên hội đàm. Chiều 25/4, tại Hà Nội, năm 2022 tăng.", "2022-04-25"),
        # not a dateline: its day is not the report's, its month is
        ("Hai bên hội đàm chiều 25/4 tại Hà Nội. Năm 2022 tăng.", "2022-04"),
    ],
)
def test_dateline_forms(text: str, expected: str) -> None:
    assert guess_published(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two years told as done reach into the second, as a season's do
        ("Sáng 24/7, lễ an táng diễn ra. Trong năm 2023-2024, Đội K92 đã quy tập 29 hài cốt.",
         "2024-07-24"),
        ("Ngày 13/12, hội nghị sơ kết 2 năm thực hiện Bản ghi nhớ (năm 2023 - 2024).",
         "2024-12-13"),
        # a plan's two years are its period: the report is of their first
        ("Ngày 13/12, hai tỉnh ký kế hoạch hợp tác giai đoạn 2023-2024.", "2023-12-13"),
        # a season looked back on has ended; one signed for is beginning
        ("Sáng 24/7, hội nghị tổng kết. Mùa khô 2023-2024, Đội K92 đã quy tập 29 hài cốt.",
         "2024-07-24"),
        ("Chiều 6/10, hai tỉnh tổ chức Lễ ký kết hợp tác quy tập hài cốt mùa khô 2025-2026.",
         "2025-10-06"),
        # a running total through the end of a year is told once the year is over
        ("Lũy kế đến hết năm 2024, Việt Nam đã có 1.825 dự án đầu tư ra nước ngoài.", "2025"),
        # ... and so it is wherever else the article names it
        ("Chiều 28/5, hai bên ký kết Bản Thỏa thuận về việc tiếp tục tìm kiếm hài cốt vào mùa "
         "khô 2025-2026. Trước những khó khăn của công tác tìm kiếm mùa khô 2025-2026, hai bên "
         "thống nhất nhiều biện pháp.", "2025-05-28"),
    ],
)
def test_two_years_told_as_done(text: str, expected: str) -> None:
    assert guess_published(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 7/5, tại tỉnh Salavan đã diễn ra hội đàm. Tỉnh trưởng thông tin một số kết quả "
         "đạt được của tỉnh trong năm 2024.", "2025-05-07"),
        # the year's review at its end
        ("Ngày 20/12, hai tỉnh họp tổng kết. Tỉnh trưởng thông tin kết quả đạt được của tỉnh "
         "trong năm 2024.", "2024-12-20"),
    ],
)
def test_a_years_results_are_told_in_the_year_after_until_its_last_quarter(
        text: str, expected: str) -> None:
    assert guess_published(text) == expected


def test_a_plan_due_in_a_named_month_is_the_last_resort() -> None:
    text = ("Sáng 9/5, đoàn kiểm tra công tác cắm mốc. 4 cột mốc còn lại dự kiến sẽ thi công "
            "xong trong cuối tháng 5/2018.")
    assert guess_published(text) == "2018-05-09"
    assert guess_published(text.replace("tháng 5/2018", "năm 2018")) is None  # a year: far


def test_future_years_are_not_publication_years() -> None:
    text = "Ngày 9-3, tại Hà Nội, hai bên họp. Hội nghị tới dự kiến sẽ tổ chức năm 2013."
    assert guess_published(text) is None  # no past year: the dateline alone gives nothing


def test_a_deadline_is_no_publication_year() -> None:
    text = ("Năm 2010, hai bên đã cắm thêm 20 cột mốc. Hai bên quyết tâm hoàn thành phân giới "
            "trước cuối năm 2012 như lãnh đạo hai nước thống nhất.")
    assert guess_published(text) == "2010"


def test_a_finished_years_figure_dates_the_article_after_it() -> None:
    """A whole year's result is reported once the year is over; targets say nothing."""
    assert guess_published("Kim ngạch năm 2013 đạt 3 tỷ USD. Mục tiêu năm 2015 là 5 tỷ.") == "2014"


def test_an_estimate_is_made_within_its_year() -> None:
    assert guess_published("Năm 2013, kim ngạch giữa hai tỉnh ước đạt 3 tỷ USD.") == "2013"


def test_a_year_stated_without_a_figure_is_the_year() -> None:
    assert guess_published("Tháng 11/2013, hai bên đã trao đổi đoàn cấp cao.") == "2013"


def test_upcoming_event_places_the_month() -> None:
    text = "Chủ tịch sẽ thăm Lào từ ngày 3 tháng 5 đến ngày 5 tháng 5. Năm 2016 thương mại tăng."
    assert guess_published(text) == "2016-05"


def test_given_date_is_kept() -> None:
    a = infer_published(article("Sáng 25/4, tại Hà Nội. Năm 2022.", published="2024-01-02"))
    assert (a.published, a.published_inferred) == ("2024-01-02", False)


def test_inferred_date_is_flagged() -> None:
    a = infer_published(article("Sáng 25/4, tại Hà Nội, hai bên họp về năm 2022."))
    assert (a.published, a.published_inferred) == ("2022-04-25", True)


def test_nothing_known_gives_none() -> None:
    a = infer_published(article("Ngày 6 tháng 8, tại cuộc họp, hai tỉnh ký kết."))
    assert (a.published, a.published_inferred) == (None, False)


def test_seed_articles_match_gold(seeds_dir: Path, gold_dir: Path) -> None:
    """Through the real reader and cleaner, inference gives the gold publication dates."""
    checked = 0
    for raw in read_paths([seeds_dir]):
        assert not isinstance(raw, Rejection), raw
        cleaned = clean(raw)
        assert not isinstance(cleaned, Rejection), cleaned
        gold = json.loads((gold_dir / f"{Path(raw.source).stem}.json").read_text("utf-8"))
        assert infer_published(cleaned).published == gold["published"], raw.source
        checked += 1
    assert checked == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a plan's period is not when the article was written
        ("Sáng 3/2, tại Pleiku, hai tỉnh ký thỏa thuận hợp tác giai đoạn 2031–2035.",
         "2031-02-03"),
        ("Ngày 8/1, hai tỉnh ký kế hoạch hợp tác giai đoạn 2015 - 2019. Năm 2014, trao đổi "
         "thương mại đạt hơn 90 triệu USD.", "2015-01-08"),
        ("Hai tỉnh ký biên bản 2021-2025 về y tế. Năm 2020, thương mại đạt 5 triệu USD.", "2021"),
        # an announced visit in the lead gives the year and month
        ("Chủ tịch nước sẽ thăm Lào từ ngày 11 đến 13/3/2030.\nNăm 2029, thương mại đạt "
         "2 tỷ USD, tăng 9% so với năm 2028. Hai bên phấn đấu đạt 3 tỷ USD vào năm 2032.",
         "2030-03"),
        # `Hôm nay` (today) opens a dateline as `Sáng` does
        ("(QT) – Hôm nay 19.11.2019, tại thành phố Đông Hà, hai tỉnh tổ chức hội đàm.",
         "2019-11-19"),
        # a period reviewed and the next: the latest begins when the article is written
        ("Ngày 11/9, hai hội tổng kết hợp tác giai đoạn 2013-2017 và ký thỏa thuận giai đoạn "
         "2017-2022.", "2017-09-11"),
        # an effort told as done (`đã nỗ lực`) is no plan: its season is looked back on
        ("Sáng 21/5, tại cửa khẩu, lễ tiếp nhận được tổ chức. Mùa khô 2030 - 2031, đội đã nỗ "
         "lực tìm kiếm, quy tập được 12 hài cốt liệt sĩ.", "2031-05-21"),
        # an anniversary listed after another one opened by `kỷ niệm`, its country at the end
        ("Chuyến thăm diễn ra trong năm kỷ niệm 55 năm ngày thiết lập quan hệ ngoại giao, 40 năm "
         "ngày ký Hiệp ước Hữu nghị và hợp tác Việt Nam - Lào.", "2017"),
        ("Đoàn đến thăm nhân dịp kỷ niệm 42 năm Ngày Giải phóng, 40 năm ngày ký Hiệp ước Hữu "
         "nghị và hợp tác Việt Nam - Lào.", "2017"),
        ("Hai bên gặp gỡ nhân kỷ niệm 57 năm Ngày thiết lập quan hệ ngoại giao giữa hai Đảng, hai "
         "nước và nhân dân Việt Nam - Campuchia.", "2024"),
        # a year kept as an anniversary counts only when nothing else does
        ("Nhân kỷ niệm 60 năm quan hệ ngoại giao (1/7/1970 - 1/7/2030), hai bên gặp gỡ.", "2030"),
        ("Hai bên ôn lại kỷ niệm (1/7/1970 - 1/7/2030). Tháng 3/2027, hai tỉnh ký biên bản.",
         "2027"),
        # a target or a plan is never the year
        ("Chiều 9/10, hai bên thống nhất phấn đấu đưa thương mại lên 4 tỷ USD đến năm 2040.", None),
        # a source, then the dateline
        ("Theo TTXVN, ngày 14 tháng 5, tại Viêng Chăn, hai bên ký kết. Năm 2021, thương mại "
         "ước đạt 1 tỷ USD.", "2021-05-14"),
        # a wire translated from Chinese is stamped with its own date
        ("Tân Hoa xã Viêng Chăn ngày 22 tháng 11 điện Ngày 21 tháng 11, hai bên hội đàm. "
         "Năm 2031 kim ngạch đạt 1 tỷ đô la Mỹ.", "2032-11-22"),
    ],
)
def test_year_evidence_is_ranked(text: str, expected: str | None) -> None:
    assert guess_published(text) == expected


def test_a_wire_stamp_is_not_the_events_date() -> None:
    text = "Tân Hoa xã Hà Nội ngày 12 tháng 3 điện Hai thủ tướng ngày 10 và 11 tháng 3 đã hội đàm."
    found = find_dates(text, reference="2031-03-12")
    assert [(d.value, d.end_value) for d in found] == [("2031-03-10", "2031-03-11")]


@pytest.mark.parametrize(
    ("text", "reference", "value", "end_value"),
    [
        # an announced event earlier in the year than the article is next year's
        ("Thủ tướng sẽ thăm Campuchia từ ngày 10 đến 12 tháng 4.", "2030-12-05", "2031-04-10",
         "2031-04-12"),
        ("Hội nghị dự kiến họp ngày 20/2 tại Huế.", "2030-11", "2031-02-20", None),
        ("Hội nghị dự kiến họp ngày 20/12 tại Huế.", "2030-11", "2030-12-20", None),
        # a past event stays in the past, even before a future marker later in the clause
        ("Ngày 10/4, hai bên khẳng định sẽ tăng cường hợp tác.", "2030-12-05", "2030-04-10",
         None),
        ("ngày 7 và 8 tháng 1 đã diễn ra", "2031-01-20", "2031-01-07", "2031-01-08"),
    ],
)
def test_announced_dates_look_ahead(
    text: str, reference: str, value: str, end_value: str | None
) -> None:
    d = only(text, reference)
    assert (d.value, d.end_value) == (value, end_value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "end_value", "period"),
    [
        ("Trong tháng 6-7/2031, thương mại tăng", "tháng 6-7/2031", "2031-06", "2031-07",
         "2031-06/2031-07"),
        ("kỷ niệm (2 tháng 12 năm 1975 - 2 tháng 12 năm 2030)",
         "2 tháng 12 năm 1975 - 2 tháng 12 năm 2030", "1975-12-02", "2030-12-02", None),
    ],
)
def test_ranges_of_months_and_long_anniversaries(
    text: str, surface: str, value: str, end_value: str, period: str | None
) -> None:
    d = only(text)
    assert (text[d.start : d.end], d.value, d.end_value, d.period) == (
        surface, value, end_value, period
    )


def test_this_year_follows_the_reference() -> None:
    d = only("Hội nghị lần thứ 12 sẽ được tổ chức vào cuối năm nay.", "2031-02")
    assert (d.value, d.qualifier) == ("2031", "end")


@pytest.mark.parametrize(
    "text",
    ["theo Nghị định 12/2018 của Chính phủ", "Quyết định số 11/2019/QĐ-TTg", "Thông tư 3/2020"],
)
def test_document_numbers_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên thống nhất kế hoạch hợp tác tại cuộc họp ngày 3/2.",  # a plan, not a tense
        "Như dự kiến, ngày 3/2 hai bên đã họp tại Huế.",  # done as planned
    ],
)
def test_plans_and_fulfilled_plans_stay_in_the_past(text: str) -> None:
    assert only(text, "2030-12-05").value == "2030-02-03"


def test_a_historical_date_in_the_lead_gives_way_to_later_years() -> None:
    text = ("Hai nước thiết lập quan hệ ngoại giao ngày 24/6/1967, hai bên nhắc lại. "
            "Năm 2030, thương mại song phương đạt 12 tỷ USD.")
    assert guess_published(text) == "2031"


def test_only_a_figure_marks_a_finished_year() -> None:
    text = "Năm 2030, hai tỉnh đạt được nhiều kết quả trong hợp tác biên giới."
    assert guess_published(text) == "2030"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong mùa khô 2029-2030, đội đã quy tập 21 hài cốt. Kể từ năm 1995, tỉnh đã đưa về "
         "1.400 hài cốt.", "2030"),
        ("Hai tỉnh ký thỏa thuận hợp tác 2031-2035 về thương mại.", "2031"),
        ("Đội sẽ tiếp tục tìm kiếm trong mùa khô 2030-2031. Năm 2028, hai bên họp.", "2028"),
    ],
)
def test_bare_year_pairs(text: str, expected: str) -> None:
    assert guess_published(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "end_value"),
    [
        ("thăm từ 21 đến 23/3/2031.", "21 đến 23/3/2031", "2031-03-21", "2031-03-23"),
        ("trong hai ngày 14 và 15/8/2031", "ngày 14 và 15/8/2031", "2031-08-14", "2031-08-15"),
        ("ngày 14 và 15 tháng 8 năm 2031", "ngày 14 và 15 tháng 8 năm 2031", "2031-08-14",
         "2031-08-15"),
        ("trong tháng 11 và 12/2031", "tháng 11 và 12/2031", "2031-11", "2031-12"),
    ],
)
def test_two_days_or_months_make_a_range(
    text: str, surface: str, value: str, end_value: str
) -> None:
    d = only(text)
    assert (text[d.start : d.end], d.value, d.end_value) == (surface, value, end_value)


@pytest.mark.parametrize("text", ["từ 5 đến 10 năm", "từ 5 đến 10 triệu USD", "từ 3 đến 5 tháng"])
def test_ranges_of_amounts_are_not_days(text: str) -> None:
    assert find_dates(text, reference="2031-01-01") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Ba, 25/04/2031 10:30 (GMT+7)\nNgày 24/4, hai bên họp. Năm 2030 đạt 1 tỷ USD.",
         "2031-04-25"),
        ("08:15 - Chủ nhật, 2/3/2031\nSáng 1/3, hai bên ký kết.", "2031-03-02"),
        ("Cập nhật 2031-04-25 10:30\nHai bên họp.", "2031-04-25"),
    ],
)
def test_a_time_stamp_is_the_publication_date(text: str, expected: str) -> None:
    assert guess_published(text) == expected


def test_a_header_clock_months_after_a_dated_dateline_is_the_pages_not_the_articles() -> None:
    text = ("Chủ nhật 21/12/2031 08:09\nHotline: 024\n"
            "Chiều ngày 8/1/2031, tại Viêng Chăn, hai bên họp.")
    assert guess_published(text) == "2031-01-08"
    days_after = "Thứ Năm 10/01/2031 08:09\nChiều ngày 8/1/2031, tại Viêng Chăn, hai bên họp."
    assert guess_published(days_after) == "2031-01-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viêng Chăn, ngày 3/2/2031 - Hai bên ký kết.", "2031-02-03"),
        ("Ngày 10.12.2031, tại xã Vĩnh Gia, hai bên khánh thành mốc.", "2031-12-10"),
        ("Hai bên hội đàm, ngày 3/2, tại Huế. Năm 2031 tăng.", "2031-02"),  # not a place: no day
    ],
)
def test_datelines_after_a_place_or_a_day_word(text: str, expected: str) -> None:
    assert guess_published(text) == expected


def test_a_word_starting_with_dien_is_no_wire_stamp() -> None:
    assert only("Ngày 5 tháng 3 điện lực tỉnh cắt điện.").value == "--03-05"


def test_a_written_year_makes_a_date_even_before_a_counted_noun() -> None:
    assert [d.value for d in find_dates("Hai bên ký ngày 12/2/2019 bản ghi nhớ.")] == [
        "2019-02-12"
    ]
    assert find_dates("đã cắm 5/7 cột mốc") == []


def test_sentences_share_the_article_wide_date_scan(seeds_dir: Path) -> None:
    """Each sentence's dates, taken from the one scan of the whole article, are
    those a scan of the sentence alone finds (offsets and values)."""
    from langgieng.extract.facts import Context

    examples = Path(__file__).resolve().parents[1] / "langgieng" / "examples"
    compared = 0
    dev = Path(__file__).resolve().parent / "data" / "dev" / "corpus"
    for raw in read_paths([seeds_dir, examples, dev]):
        if isinstance(raw, Rejection):
            continue
        cleaned = clean(raw)
        assert not isinstance(cleaned, Rejection), cleaned
        context = Context(infer_published(cleaned), None)
        for unit in context.units:
            assert unit.date_parts is not None
            alone = find_dates(unit.text, reference=context.published)
            assert unit.dates == alone, (raw.source, unit.text)
            compared += len(alone)
    assert compared > 100


def test_the_start_of_a_running_total_is_no_publication_year() -> None:
    text = "Chiều 3-5, tại Viêng Chăn, hai bên bàn giao. Tính từ năm 2001 đến nay, đã quy tập 90."
    assert guess_published(text) is None
    assert guess_published(text + " Năm 2016, đội đã quy tập 12.") == "2016-05-03"


def test_an_anniversary_to_be_kept_is_the_last_guess_at_the_year() -> None:
    # kept on 5/9, prepared for on 20/12: of the year before the anniversary
    text = ("Sáng 20/12, Thủ tướng thăm Lào. Hai bên sẽ phối hợp tổ chức kỷ niệm quan hệ "
            "ngoại giao (5/9/1962-5/9/2022).")
    assert guess_published(text) == "2021-12-20"
    # prepared for before its day: of its own year
    assert guess_published(text.replace("20/12", "2/3")) == "2022-03-02"
    # without a dateline, its year; a year stated as past outranks it
    planned = ("Chương trình nhằm hướng tới chào mừng kỷ niệm 65 năm Ngày thiết lập quan hệ "
               "ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2027).")
    assert guess_published(planned) == "2027"
    assert guess_published(planned + " Năm 2026, hai tỉnh đã trao đổi 12 đoàn.") == "2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national days: the country named first after the count
        ("Đoàn dự lễ kỷ niệm 52 năm Quốc khánh nước CHDCND Lào tại Hà Nội cùng đại biểu "
         "Việt Nam.", "2027"),
        ("Buổi gặp mặt kỷ niệm 80 năm Quốc khánh nước ta diễn ra tại tỉnh.", "2025"),
        # a founding that names no country
        ("Hai bên dự lễ kỷ niệm 70 năm ngày thành lập Mặt trận Lào xây dựng đất nước.", "2020"),
        ("Đơn vị tổ chức kỷ niệm 66 năm Ngày truyền thống Bộ đội Biên phòng.", "2025"),
    ],
)
def test_anniversaries_of_known_foundings_give_the_year(text: str, expected: str) -> None:
    assert guess_published(text) == expected


def test_a_plan_named_for_one_year_is_its_period_not_the_year_of_writing() -> None:
    # signed for the year to come, in the year of the anniversary told as kept
    text = ("Hai Bộ ký Kế hoạch hợp tác năm 2031. Dịp này, hai bên chúc mừng kỷ niệm 55 năm "
            "Quốc khánh Lào (2/12/1975 - 2/12/2030).")
    assert guess_published(text) == "2030"
    assert guess_published("Hai Bộ ký Kế hoạch hợp tác năm 2031 tại Hà Nội.") == "2031"


def test_a_year_called_this_one_is_the_year_of_writing() -> None:
    text = "Thương mại phát triển mạnh trong năm 2011 này, với kim ngạch đạt 2 tỷ USD."
    assert guess_published(text) == "2011"  # not 2012, as a finished year's figure would say


def test_a_range_of_days_closed_by_day_and_month() -> None:
    [d] = find_dates("thăm cấp Nhà nước tới Việt Nam từ ngày 26 đến 27-1.", reference="2026-02-03")
    assert (d.value, d.end_value) == ("2026-01-26", "2026-01-27")
    # no `ngày` before the first day: amounts, not days
    assert find_dates("tăng từ 26 đến 27.5 tỷ đồng", reference="2026-02-03") == []


@pytest.mark.parametrize(
    ("text", "reference", "period"),
    [
        ("Trong quý II, kim ngạch đạt", "2023-07-20", "2023-04/2023-06"),  # the report's year
        ("Trong quý IV, kim ngạch đạt", "2023-02-20", "2022-10/2022-12"),  # not begun: last year's
        ("6 tháng đầu năm, kim ngạch đạt", "2023-07-20", "2023-01/2023-06"),
        ("9 tháng qua, kim ngạch đạt", "2023-10-05", "2023-01/2023-09"),  # the months past
        ("Từ đầu năm đến nay, kim ngạch đạt", "2023-06-20", "2023-01/2023-06"),  # to its month
        ("Từ đầu năm 2023 đến nay, kim ngạch đạt", "2023-06-20", "2023-01/2023-06"),
        ("Từ đầu năm 2021 đến nay, kim ngạch đạt", "2023-06-20", None),  # years: a running total
    ],
)
def test_partial_periods_without_a_year_are_the_reports(text: str, reference: str,
                                                        period: str | None) -> None:
    [d] = find_dates(text, reference=reference)
    assert d.period == period


def test_nine_months_without_a_year_or_a_part_is_no_span() -> None:
    assert find_dates("9 tháng năm, kim ngạch", reference="2023-07-20") == []


def test_a_year_told_as_done_early_in_the_next_year_dates_the_report_after_it() -> None:
    review = "Ngày 26/1, hai tỉnh hội đàm. Năm 2031, đoàn công tác của tỉnh đã sang thăm tỉnh bạn."
    assert guess_published(review) == "2032-01-26"
    # later in the year, the year told is the year of writing
    later = review.replace("26/1", "26/9")
    assert guess_published(later) == "2031-09-26"
    # the year a plan is for (`phương hướng hợp tác năm 2031`) is no year told as done
    plan = "Ngày 25/3, hai tỉnh báo cáo kết quả và phương hướng hợp tác năm 2031."
    assert guess_published(plan) == "2031-03-25"
    # months of a year told as done (`trong 4 tháng năm 2031`) are of the year of writing
    months = "Chiều 29/5, hai bên hội đàm. Trong 4 tháng năm 2031, hai nước đã đạt nhiều kết quả."
    assert guess_published(months) == "2031-05-29"


def test_a_dateline_recalling_history_is_not_the_reports_date() -> None:
    text = ("Hai Thủ tướng dự lễ tổng kết.\nNgày 18/7/1977, Hiệp ước hoạch định biên giới được "
            "ký kết. Năm 2008, hai nước đã ký Nghị định thư.")
    assert guess_published(text) == "2008"
    dated = "Ngày 18/7/2031, hai nước đã ký Nghị định thư. Đến năm 2035, sẽ hoàn thành."
    assert guess_published(dated) == "2031-07-18"  # a later year to come recalls nothing


def test_a_clock_years_after_every_year_told_is_the_sites_not_the_articles() -> None:
    text = ("Thứ tư 14/05/2035 10:11\nTrong 6 tháng đầu năm 2031, thương mại hai chiều đạt 15 "
            "triệu USD. Năm 2030 đạt 30 triệu USD.")
    assert guess_published(text) == "2031"
    assert guess_published(text.replace("2035", "2031")) == "2031-05-14"


def test_a_date_after_since_in_the_middle_of_a_clause_is_a_lower_bound() -> None:
    text = ("Ngày 17/5, hai bên ghi nhận kết quả đáng khích lệ kể từ kỳ họp lần thứ 15 của Ủy "
            "ban Hỗn hợp (tháng 3/2031).")
    assert guess_published(text) is None


def test_two_days_and_a_month_after_a_point_following_tu() -> None:
    found = find_dates("Thủ tướng thăm chính thức Lào từ 11 - 12.1 theo lời mời.",
                       reference="2031-04-01")
    assert [(m.value, m.end_value) for m in found] == [("2031-01-11", "2031-01-12")]
    assert find_dates("Giá từ 25 - 26.5 triệu đồng.", reference="2031-04-01") == []


def test_the_first_day_of_a_lead_without_a_dateline_is_the_reports_month() -> None:
    text = ("Bộ trưởng Quốc phòng thăm Lào\n\nQĐND - Trong khuôn khổ chuyến thăm chính thức Lào, "
            "chiều 16-1, tại Vientiane, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc "
            "phòng Lào. Năm 2031 là Năm hữu nghị Việt Nam - Lào.")
    assert guess_published(text) == "2031-01"


def test_the_leads_first_day_of_the_reports_year_gives_its_month() -> None:
    opened = ("Hội chợ Thương mại Việt - Lào 2031\n\n(DNVN) - Hội chợ Thương mại Việt - Lào năm "
              "2031 đã khai mạc chiều 30/6, tại Thủ đô Vientiane.")
    assert guess_published(opened) == "2031-06"
    spanned = ("(ĐCSVN) - Từ ngày 13 đến ngày 14 tháng 01 năm 2031, tại Hà Nội đã diễn ra cuộc "
               "họp vòng IV Ủy ban liên hợp phân giới cắm mốc biên giới.")
    assert guess_published(spanned) == "2031-01"


def test_today_with_its_day_in_brackets_is_a_dateline() -> None:
    from langgieng.extract.published import lead_dateline

    assert lead_dateline("(VOV5) - Tin ngắn.\nChiều nay (21/10), tại Hà Nội, hai bên hội đàm.") \
        == "--10-21"
    assert lead_dateline("Hôm nay (1/11), tại Viêng Chăn, khai mạc hội nghị.") == "--11-01"


def test_a_day_word_glued_to_a_source_tag_still_opens_a_date() -> None:
    from langgieng.extract.dates import find_dates

    assert [m.value for m in find_dates("(GLO)-Chiều 21-10, đoàn công tác làm việc.")] == [
        "--10-21"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cách đây 2 năm, hai nước ký kết", "2022"),
        ("Cách đây hai năm, hai nước ký kết", "2022"),
        ("Cách đây đúng 1 năm, Thủ tướng thăm Lào", "2023-01"),  # exactly: in its month
    ],
)
def test_years_ago_count_back_from_the_report(text: str, value: str) -> None:
    [d] = find_dates(text, reference="2024-01-06")
    assert d.value == value


def test_a_year_before_the_press_was_online_dates_no_page() -> None:
    text = ("Sáng 19/11, hai tỉnh khai trương cặp cửa khẩu quốc tế. Cửa khẩu được mở từ ngày "
            "5/3/1990 theo Hiệp định Quy chế biên giới Việt Nam - Lào năm 1990.")
    assert guess_published(text) is None


def test_a_review_of_n_years_of_a_dated_document_is_held_n_years_on() -> None:
    text = ("Sáng ngày 10.9, tại tỉnh Prey Veng, hai tỉnh tổ chức Hội nghị sơ kết 1 năm thực hiện "
            "thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 14/05/2018).")
    assert guess_published(text) == "2019-09-10"


def test_reviews_found_from_their_first_letter_as_case_blind() -> None:
    # the review pattern opens with its first letter as a class (so the engine skips to
    # it): it finds what `(?:sơ|tổng)` read case-blind finds, in any case
    from langgieng.extract.published import _REVIEWED, _reviewed_terms

    blind = re.compile(_REVIEWED.pattern.replace(
        "(?-i:[sSſtT])(?:(?<=[sSſ])ơ|(?<=[tT])ổng)", "(?:sơ|tổng)"), re.IGNORECASE)
    texts = ["Hội nghị sơ kết 1 năm thực hiện thỏa thuận (được ký kết ngày 14/05/2018).",
             "HỘI NGHỊ TỔNG KẾT 5 NĂM TRIỂN KHAI hiệp định ký năm 2015, tổng kết hai năm "
             "thực hiện văn bản ký kết năm 2019",
             "Stổng kết 3 năm thực hiện kế hoạch ký năm 2001; ſơ kết 2 năm thực hiện ký năm 2003"]
    for text in texts:
        assert [m.span() for m in _REVIEWED.finditer(text)] == [
            m.span() for m in blind.finditer(text)]
    assert _reviewed_terms(texts[0]) == [2019]


def test_a_later_month_told_as_before_the_news_puts_it_in_the_next_year() -> None:
    text = ("Sáng 20-4, Thủ tướng tới Phnom Penh, bắt đầu thăm chính thức Campuchia. Trước đó, "
            "Thủ tướng Campuchia đã thăm Việt Nam tháng 11-2018.")
    assert guess_published(text) == "2019-04-20"
    earlier_month = text.replace("tháng 11-2018", "tháng 2-2018")
    assert guess_published(earlier_month) == "2018-04-20"


def test_the_same_day_is_the_day_told_last() -> None:
    text = "Ngày 29/9, đoàn sang thăm Lào. Chiều cùng ngày, hai bên hội đàm."
    assert [d.value for d in find_dates(text, reference="2011-09-30")] == [
        "2011-09-29", "2011-09-29"]
    assert find_dates("Chiều cùng ngày, hai bên hội đàm.", reference="2011-09-30") == []


def test_a_sessions_number_and_year_are_no_month() -> None:
    text = ("Sau Hội nghị lần thứ 6 (2010) và Phiên họp lần thứ 11/2012; dân số (2010) tăng; "
            "tháng 11/2012.")
    assert [d.value for d in find_dates(text)] == ["2010", "2012", "2012-11"]


@pytest.mark.parametrize(
    "text", ["từ tháng 1 đến tháng 9, kim ngạch đạt", "Từ tháng 1 - 9, kim ngạch đạt"]
)
def test_a_range_of_months_without_a_year_is_a_period_of_the_report_s_year(text: str) -> None:
    [mention] = find_dates(text, reference="2031-10-20")
    assert (mention.period, mention.inferred_year) == ("2031-01/2031-09", True)


def test_a_dateline_late_in_the_year_a_plan_is_set_for_the_next_is_of_the_year_before() -> None:
    text = ("Ngày 26/10, hai sở tổ chức hội nghị đánh giá kết quả thực hiện bản ghi nhớ; đồng "
            "thời đề ra phương hướng phối hợp trong năm 2031.")
    assert guess_published(text) == "2030-10-26"
    early = "Ngày 16/1, hai bên ký Kế hoạch hợp tác năm 2031."
    assert guess_published(early) == "2031-01-16"


def test_a_season_s_results_are_looked_back_on_whatever_the_clause_looks_forward_to() -> None:
    text = ("Sáng 26-6, hướng tới chào mừng Năm đoàn kết, các đại biểu đánh giá cao kết quả tìm "
            "kiếm hài cốt liệt sĩ tại Lào giai đoạn mùa khô 2030-2031.")
    assert guess_published(text) == "2031-06-26"
    ahead = "Sáng 26-10, hai bên sẽ phối hợp tìm kiếm hài cốt liệt sĩ trong mùa khô 2030-2031."
    assert guess_published(ahead) == "2030-10-26"


def test_a_figure_reached_by_a_year_dates_the_report_after_it() -> None:
    # `đến năm 2030 đạt` with no word of a plan is 2030's figure, not a target
    text = ("Thủ tướng sẽ thăm Campuchia từ ngày 23-24/4 tới. Nếu năm 2029 thương mại hai chiều "
            "đạt 1,33 tỷ USD thì đến năm 2030 đạt 1,8 tỷ USD.")
    assert guess_published(text) == "2031-04"
    assert guess_published("Hai nước phấn đấu đến năm 2030 đạt 5 tỷ USD.") is None
