"""Who a figure is about: parties named in the sentence, venues, national
wording, figures written before their noun, and targets that name no indicator."""

from __future__ import annotations

import pytest
from extract_fixtures import COUNTRIES, article, facts

LINKS = {
    "Kon Tum": ("vn/kon-tum", "province"), "Gia Lai": ("vn/gia-lai", "province"),
    "Hà Nội": ("vn/ha-noi", "province"), "Quảng Nam": ("vn/quang-nam", "province"),
    "Sekong": ("la/sekong", "province"), "Attapeu": ("la/attapeu", "province"),
    "Viêng Chăn": ("la/vientiane", "province"), "Ratanakiri": ("kh/ratanakiri", "province"),
} | COUNTRIES

# A provincial article: Kon Tum and its partner province Sekong, named often.
KON_TUM = ("Tỉnh Kon Tum và tỉnh Sekong (Lào) tăng cường hợp tác. Lãnh đạo tỉnh Kon Tum tiếp "
           "đoàn tỉnh Sekong. Tỉnh Kon Tum và tỉnh Sekong trao đổi kinh nghiệm. ")


def found(text: str, kind: str = "measure", *, title: str = "") -> list[dict]:
    art = article(text, LINKS, title=title, published="2023-06-10")
    return [f.fields for f in facts(art, kind)]


def measures_with(links: dict, text: str, published: str) -> list[dict]:
    """The measures of a text linked with its own surfaces."""
    return [f.fields for f in facts(article(text, links, published=published), "measure")]


def only(text: str, kind: str = "measure", *, title: str = "") -> dict:
    (fact,) = found(text, kind, title=title)
    return fact


@pytest.mark.parametrize("sentence", [
    "Năm 2022, kim ngạch xuất nhập khẩu của tỉnh với Lào đạt 120 triệu USD.",
    "Năm 2022, kim ngạch thương mại giữa tỉnh Kon Tum và Lào đạt 120 triệu USD.",
    "Năm 2022, kim ngạch thương mại của Kon Tum với các tỉnh của Lào đạt 120 triệu USD.",
])
def test_a_country_named_in_the_sentence_beats_the_partner_province(sentence: str) -> None:
    fact = only(KON_TUM + sentence)
    assert fact["parties"] == ["vn/kon-tum", "la"]
    assert (fact["value"], fact["period"]) == (120000000, "2022")


def test_two_provinces_means_the_articles_pair_even_beside_a_country() -> None:
    fact = only(KON_TUM + "Năm 2022, kim ngạch thương mại giữa hai tỉnh đạt 45 triệu USD, "
                "đóng góp vào quan hệ Việt Nam - Lào.")
    assert fact["parties"] == ["vn/kon-tum", "la/sekong"]


def test_a_named_partner_province_is_kept() -> None:
    fact = only(KON_TUM + "Kon Tum hiện có 12 dự án đầu tư tại Attapeu.")
    assert fact["parties"] == ["vn/kon-tum", "la/attapeu"]


def test_bilateral_trade_is_national_whatever_the_venue() -> None:
    title = "Kỳ họp Ủy ban liên Chính phủ Việt Nam - Lào diễn ra tại Hà Nội"
    text = ("Sáng 8/6, kỳ họp của Việt Nam và Lào được tổ chức tại Hà Nội. Hai bên đánh giá, "
            "năm 2022 kim ngạch thương mại song phương đạt 1,6 tỷ USD. Kỳ họp tới sẽ diễn ra "
            "tại Viêng Chăn.")
    fact = only(text, title=title)
    assert fact["parties"] == ["vn", "la"]


def test_vietnam_as_subject_makes_a_national_figure_in_a_provincial_article() -> None:
    text = KON_TUM + "Đến nay, Việt Nam có 230 dự án đầu tư tại Lào với tổng vốn đăng ký 5 tỷ USD."
    by_indicator = {f["indicator"]: f["parties"] for f in found(text)}
    assert by_indicator == {"investment.projects": ["vn", "la"],
                            "investment.capital": ["vn", "la"]}


def test_a_venue_is_not_counted_as_the_articles_province() -> None:
    # Gia Lai is only where things happened: the figure is the two countries'.
    text = ("Ngày 2/6, tại tỉnh Gia Lai, đoàn Lào thăm và làm việc. Tại Gia Lai, hai bên trao "
            "đổi. Hội nghị diễn ra tại Gia Lai. Năm 2022, thương mại hai chiều đạt 1,6 tỷ USD.")
    fact = only(text, title="Đoàn Lào làm việc tại Gia Lai")
    assert fact["parties"] == ["vn", "la"]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [
    ("Kon Tum có 142 km đường biên giới với Lào.", 142, None),
    ("Tỉnh Kon Tum có hơn 140 km đường biên giới với Lào.", 140, "over"),
    ("Kon Tum có đường biên giới dài 142 km với Lào.", 142, None),
])
def test_border_length_with_the_figure_before_or_after_the_noun(
    sentence: str, value: int, qualifier: str | None
) -> None:
    fact = only(KON_TUM + sentence)
    assert (fact["indicator"], fact["parties"], fact["value"]) == (
        "border.length", ["vn/kon-tum", "la"], value)
    assert fact.get("qualifier") == qualifier


def test_road_works_along_the_border_are_not_its_length() -> None:
    assert found(KON_TUM + "Tỉnh đã nâng cấp 30 km đường biên giới trong năm 2022.") == []


def test_the_province_of_the_figures_clause_is_its_party() -> None:
    text = ("Sau khi hợp nhất với tỉnh Quảng Nam, tỉnh Kon Tum mới có đường biên giới dài hơn "
            "200 km với Lào.")
    assert only(text)["parties"] == ["vn/kon-tum", "la"]


def test_an_unresolved_province_gives_no_national_figure() -> None:
    assert found("Tỉnh Xyzabc có 300 km đường biên giới với Lào.") == []
    assert only("Việt Nam có hơn 2.300 km đường biên giới với Lào.")["parties"] == ["vn", "la"]


def test_a_target_without_an_indicator_inherits_the_latest_money_figure() -> None:
    text = ("Năm 2022, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 1,6 tỷ USD. "
            "Hai nước phấn đấu đạt mục tiêu 2,5 tỷ USD vào năm 2025.")
    assert found(text, "target") == [
        {"indicator": "trade.bilateral", "parties": ["vn", "la"], "value": 2500000000,
         "unit": "USD", "by": "2025"}]


def test_a_bare_target_needs_a_money_figure_just_before_it_and_no_other_subject() -> None:
    assert found("Hai nước phấn đấu đạt 2,5 tỷ USD vào năm 2025.", "target") == []
    trade = "Năm 2022, thương mại hai chiều Việt Nam - Lào đạt 1,6 tỷ USD. "
    for later in ("Hai nước phấn đấu thu hút 1 tỷ USD vốn đầu tư vào năm 2025.",
                  "Tỉnh phấn đấu đến năm 2025 có 1 tỷ USD doanh thu du lịch.",
                  "Hai bên hợp tác về giáo dục. Hai bên hợp tác về y tế. Hai bên trao đổi đoàn. "
                  "Hai bên giao lưu văn hóa. Hai nước phấn đấu đạt 2,5 tỷ USD vào năm 2025."):
        assert found(trade + later, "target") == [], later


def test_the_provinces_figure_with_national_wording_is_still_the_provinces() -> None:
    fact = only(KON_TUM + "Năm 2022, thương mại song phương của tỉnh với Lào đạt 90 triệu USD.")
    assert fact["parties"] == ["vn/kon-tum", "la"]


def test_a_province_figure_with_no_known_province_is_left_out() -> None:
    assert found("Năm 2022, kim ngạch xuất nhập khẩu của tỉnh với Lào đạt 90 triệu USD.") == []
    assert only("Bí thư Tỉnh Ủy cho biết năm 2022 kim ngạch thương mại với Lào đạt 1,6 tỷ "
                "USD.")["parties"] == ["vn", "la"]


def test_goods_exchange_is_bilateral_trade() -> None:
    fact = only(KON_TUM + "Năm 2022, kim ngạch trao đổi hàng hóa giữa hai tỉnh đạt 40 triệu USD.")
    assert (fact["indicator"], fact["parties"]) == ("trade.bilateral", ["vn/kon-tum", "la/sekong"])


def test_markers_written_as_a_fraction_keep_their_total() -> None:
    fact = only(KON_TUM + "Đến nay, tỉnh đã hoàn thành xây dựng 40/45 cột mốc.")
    assert (fact["indicator"], fact["value"], fact["of"]) == ("border.markers", 40, 45)


def test_a_province_named_in_the_title_as_the_body_spells_it_makes_the_article_provincial() -> None:
    links = LINKS | {"Kontum": ("vn/kon-tum", "province")}
    text = ("Ngày 3/6, Kontum tiếp đoàn Sekong. Kontum và Sekong trao đổi kinh nghiệm. "
            "Năm 2022, hai bên đạt kim ngạch thương mại 30 triệu USD.")
    art = article(text, links, title="Kontum và Sekong thúc đẩy hợp tác", published="2023-06-10")
    (fact,) = [f.fields for f in facts(art, "measure")]
    assert fact["parties"] == ["vn/kon-tum", "la/sekong"]


def test_both_provinces_of_a_pair_named_twice_make_the_article_provincial() -> None:
    text = ("Đoàn đại biểu tỉnh Kon Tum thăm tỉnh Sekong. Tỉnh Kon Tum và tỉnh Sekong trao đổi "
            "kinh nghiệm. Ngày 3/6, hai bên đã ký biên bản ghi nhớ hợp tác.")
    assert only(text, "agreement")["parties"] == ["vn/kon-tum", "la/sekong"]


def test_the_dateline_place_is_not_a_party() -> None:
    text = ("Hà Nội, ngày 20/1/2023 - Theo số liệu hải quan, kim ngạch thương mại hai chiều giữa "
            "Việt Nam và Lào năm 2022 đạt 1,6 tỷ USD.")
    assert only(text)["parties"] == ["vn", "la"]
    own = "Gia Lai có 80 km đường biên giới với Lào, ngày 3/1 tỉnh đã tiếp đoàn Lào."
    assert only(own)["parties"] == ["vn/gia-lai", "la"]


def test_a_province_placed_by_its_country_after_a_dash_is_the_partner() -> None:
    links = {"Quảng Nam": ("vn/quang-nam", "province"), "Xê Kông": ("la/sekong", "province"),
             "Lào": ("la", "country")}
    text = ("Tỉnh Quảng Nam hoàn thành xây dựng 60 cột mốc biên giới giáp với huyện Kalừm, "
            "tỉnh Xê Kông - Lào.")
    found = measures_with(links, text, "2013-01-01")
    assert [f["parties"] for f in found] == [["vn/quang-nam", "la/sekong"]]


def test_a_sentence_singling_out_a_foreign_province_makes_it_the_partner() -> None:
    links = {"An Giang": ("vn/an-giang", "province"), "Koh Kong": ("kh/koh-kong", "province"),
             "Campuchia": ("kh", "country")}
    text = ("Đội K92 tỉnh An Giang đã quy tập được 4.286 hài cốt liệt sỹ tại Campuchia. Riêng "
            "tại tỉnh Koh Kong, Đội K92 đã quy tập được 160 hài cốt liệt sỹ.")
    found = measures_with(links, text, "2025-10-06")
    assert [(f["parties"], f["value"]) for f in found] == [
        (["vn/an-giang", "kh"], 4286), (["vn/an-giang", "kh/koh-kong"], 160)]


def test_a_border_with_the_foreign_provinces_listed_before_its_figure_is_theirs() -> None:
    links = {"Quảng Bình": ("vn/quang-binh", "province"),
             "Khăm Muộn": ("la/khammouane", "province"),
             "Savannakhet": ("la/savannakhet", "province"), "Tây Ninh": ("vn/tay-ninh", "province"),
             "Svay Rieng": ("kh/svay-rieng", "province"), "Prey Veng": ("kh/prey-veng", "province"),
             "Lào": ("la", "country"), "Campuchia": ("kh", "country")}
    text = ("Tuyến biên giới qua tỉnh Quảng Bình giáp với hai tỉnh Khăm Muộn và Savannakhet của "
            "Lào có chiều dài trên 201km. Tây Ninh có đường biên giới dài 240 km, giáp với các "
            "tỉnh Svay Rieng và Prey Veng thuộc Vương quốc Campuchia.")
    found = measures_with(links, text, "2011-09-30")
    assert [(f["parties"], f["value"]) for f in found] == [
        (["vn/quang-binh", "la/khammouane", "la/savannakhet"], 201),
        (["vn/tay-ninh", "kh"], 240)]  # a list after the figure describes the border


def test_a_colon_that_lists_a_provinces_deeds_reports_no_one() -> None:
    links = {"Quảng Bình": ("vn/quang-binh", "province"),
             "Khăm Muộn": ("la/khammouane", "province"),
             "Việt Nam": ("vn", "country"), "Lào": ("la", "country")}
    text = ("Công an tỉnh Quảng Bình và Công an tỉnh Khăm Muộn đã tăng cường phối hợp, nổi bật "
            "như: xử lý 4 công dân Việt Nam vi phạm pháp luật ở Lào, tiếp nhận 36 hài cốt liệt "
            "sỹ quân tình nguyện Việt Nam hi sinh tại Lào.")
    found = measures_with(links, text, "2024-05-01")
    assert [(f["parties"], f["value"]) for f in found] == [(["vn/quang-binh", "la"], 36)]
    said = text.replace("nổi bật như:", "ông A cho biết:")
    found = measures_with(links, said, "2024-05-01")
    assert [(f["parties"], f["value"]) for f in found] == [(["vn", "la"], 36)]


def test_a_border_figure_followed_by_the_provinces_it_runs_along_is_theirs() -> None:
    links = {"Quảng Trị": ("vn/quang-tri", "province"),
             "Savannakhet": ("la/savannakhet", "province"), "Salavan": ("la/salavan", "province"),
             "Kon Tum": ("vn/kon-tum", "province"), "Attapeu": ("la/attapeu", "province"),
             "Lào": ("la", "country")}
    text = ("Tỉnh Quảng Trị có 206 km đường biên giới với hai tỉnh Savannakhet và Salavan của "
            "Lào. Tỉnh Kon Tum có đường biên giới dài 142,4 km với tỉnh Attapeu (Lào).")
    found = measures_with(links, text, "2020-01-01")
    assert [(f["parties"], f["value"]) for f in found] == [
        (["vn/quang-tri", "la/savannakhet", "la/salavan"], 206),
        (["vn/kon-tum", "la/attapeu"], 142.4)]


def test_a_section_along_one_foreign_province_of_a_border_told_before_is_the_pair() -> None:
    """`Trong đó` breaks the border down: the section along a Cambodian province is the
    reporting province's with it, though neither the sentence nor its subject names it."""
    links = {"Kon Tum": ("vn/kon-tum", "province"), "Rattanakiri": ("kh/ratanakiri", "province"),
             "Lào": ("la", "country"), "Campuchia": ("kh", "country")}
    text = ("Tỉnh Kon Tum có đường biên giới tiếp giáp với hai nước Lào và Campuchia dài 292,5 "
            "km. Trong đó, đoạn biên giới tiếp giáp với tỉnh Rattanakiri (Campuchia) dài "
            "138,3km.")
    found = measures_with(links, text, "2020-06-23")
    assert [(f["parties"], f["value"]) for f in found] == [
        (["vn/kon-tum", "la", "kh"], 292.5), (["vn/kon-tum", "kh/ratanakiri"], 138.3)]
