"""Measure and target facts on hand-built articles."""

from __future__ import annotations

import pytest
from extract_fixtures import COUNTRIES, article, facts

LINKS = {"Kiên Giang": ("vn/kien-giang", "province"), "Kampot": ("kh/kampot", "province"),
         "Kon Tum": ("vn/kon-tum", "province")} | COUNTRIES


QUANG_BINH = {"Quảng Bình": ("vn/quang-binh", "province"),
              "Savannakhet": ("la/savannakhet", "province"),
              "Khăm Muộn": ("la/khammouane", "province")}


def measures(text: str, kind: str = "measure") -> list[dict]:
    return [f.fields for f in facts(article(text, LINKS, published="2023-04-25"), kind)]


def parties_and_values(text: str, links: dict, published: str) -> list[tuple[list[str], float]]:
    found = facts(article(text, links | COUNTRIES, published=published), "measure")
    return [(f.fields["parties"], f.fields["value"]) for f in found]


def test_trade_turnover_and_growth_with_qualifiers() -> None:
    text = ("Thương mại giữa hai nước Việt Nam và Campuchia đạt trên 10,57 tỷ USD trong năm 2022, "
            "tăng gần 11% so với năm 2021.")
    assert measures(text) == [
        {"indicator": "trade.growth_pct", "parties": ["vn", "kh"], "value": 11, "unit": "%",
         "period": "2022", "qualifier": "about"},
        {"indicator": "trade.bilateral", "parties": ["vn", "kh"], "value": 10570000000,
         "unit": "USD", "period": "2022", "qualifier": "over"},
    ]


def test_a_fall_in_trade_is_a_negative_growth() -> None:
    text = ("Kim ngạch thương mại Việt Nam - Lào năm 2023 đạt 1,64 tỷ USD, giảm 0,7% so với "
            "năm 2022.")
    growth = [f for f in measures(text) if f["indicator"] == "trade.growth_pct"]
    assert [(f["value"], f["period"]) for f in growth] == [(-0.7, "2023")]


def test_a_year_opening_the_next_figures_clause_is_that_figures() -> None:
    text = ("Kim ngạch thương mại Việt Nam - Campuchia năm 2023 đạt khoảng 1,64 tỷ USD, năm 2022 "
            "đạt 1,69 tỷ USD.")
    assert [(f["value"], f["period"]) for f in measures(text)] == [
        (1640000000, "2023"), (1690000000, "2022")]


def test_each_figure_takes_its_own_period() -> None:
    text = ("Khối lượng thương mại hai chiều trong năm 2013 đã đạt 3,34 tỷ đô la Mỹ và thương "
            "mại song phương đạt 2,631 tỷ đô la Mỹ trong 10 tháng đầu năm 2014 giữa Việt Nam và "
            "Campuchia.")
    found = {f["period"]: f["value"] for f in measures(text)}
    assert found == {"2013": 3340000000, "2014-01/2014-10": 2631000000}


def test_province_pair_series_from_machine_translation() -> None:
    text = ("Tỉnh Kiên Giang và tỉnh Kampot có tiềm năng hợp tác. Từ năm 2005 đến năm 2014, hai "
            "tỉnh xuất khẩu vàng tăng 8 lần, từ 12,2 triệu $ vào năm 2005 tăng lên 101 triệu $ "
            "trong năm 2014, kim ngạch nhập khẩu và xuất khẩu năm 2015 lên tới 115 triệu $.")
    found = measures(text)
    assert {f["period"]: f["value"] for f in found} == {
        "2005": 12200000, "2014": 101000000, "2015": 115000000}
    assert {tuple(f["parties"]) for f in found} == {("vn/kien-giang", "kh/kampot")}


def test_investment_running_totals() -> None:
    text = ("Đến nay, Việt Nam có 205 dự án đầu tư còn hiệu lực ở Campuchia với tổng vốn đăng ký "
            "đạt 2,94 tỷ USD.")
    found = {f["indicator"]: f for f in measures(text)}
    assert found["investment.projects"]["value"] == 205
    assert found["investment.projects"]["unit"] == "project"
    assert found["investment.capital"]["value"] == 2940000000
    assert found["investment.capital"]["period"] is None


def test_border_markers_and_remains_for_a_province() -> None:
    text = ("Tỉnh Kiên Giang và Campuchia có đường biên giới 56,8 km. Tỉnh Kiên Giang đã hoàn "
            "thành xây dựng 22 cột mốc trên tổng số 28 mốc và đang đàm phán về sáu cột mốc "
            "còn lại. "
            "Đến nay, tỉnh Kiên Giang đã tìm kiếm, quy tập và hồi hương 1.850 hài cốt liệt sĩ "
            "quân tình nguyện Việt Nam hy sinh tại Campuchia.")
    found = {f["indicator"]: f for f in measures(text)}
    assert set(found) == {"border.length", "border.markers", "remains.repatriated"}
    assert found["border.length"]["value"] == pytest.approx(56.8)
    assert (found["border.markers"]["value"], found["border.markers"]["of"]) == (22, 28)
    assert found["remains.repatriated"]["value"] == 1850
    assert all(f["parties"] == ["vn/kien-giang", "kh"] for f in found.values())


def test_target_with_year() -> None:
    text = ("Việt Nam và Campuchia đưa ra mục tiêu về khối lượng thương mại hai chiều 5 tỷ đô la "
            "Mỹ vào năm 2015.")
    assert measures(text, "target") == [
        {"indicator": "trade.bilateral", "parties": ["vn", "kh"], "value": 5000000000,
         "unit": "USD", "by": "2015"}]
    assert measures(text) == []


def test_export_only_and_vague_figures_are_not_bilateral_trade() -> None:
    text = ("Kim ngạch thương mại hai chiều giữa Việt Nam và Campuchia tăng mạnh, trong đó xuất "
            "khẩu đạt 7 tỷ USD. Campuchia đứng thứ 2 trong số 79 quốc gia có 125 đoàn.")
    assert measures(text) == []


def test_since_year_is_a_running_total() -> None:
    text = ("Kể từ năm 2001, Việt Nam đã tìm kiếm, quy tập và hồi hương hơn 40.000 bộ hài cốt "
            "liệt sĩ quân tình nguyện hy sinh tại Campuchia.")
    (fact,) = measures(text)
    assert fact["indicator"] == "remains.repatriated"
    assert (fact["value"], fact["period"], fact["qualifier"]) == (40000, None, "over")
    assert fact["parties"] == ["vn", "kh"]


def test_provincial_article_figures_belong_to_the_province() -> None:
    text = ("Tỉnh Kon Tum và Campuchia hợp tác chặt chẽ. Tỉnh Kon Tum tổ chức nhiều đoàn. "
            "Tỉnh Kon Tum đẩy mạnh thương mại. Hai bên đã phối hợp xây dựng 102 cột mốc trên "
            "tổng số 108 cột mốc.")
    (fact,) = measures(text)
    assert fact["parties"] == ["vn/kon-tum", "kh"]
    assert (fact["value"], fact["of"]) == (102, 108)


def test_distances_and_single_projects_are_not_indicators() -> None:
    text = ("Cửa khẩu cách biên giới Việt Nam - Campuchia 20 km. Tỉnh triển khai 3 dự án đầu tư "
            "xây dựng cầu. Kim ngạch thương mại hai chiều Việt Nam - Campuchia đạt 10 tỷ USD, "
            "trong đó xuất khẩu tăng 15%.")
    assert [f["indicator"] for f in measures(text)] == ["trade.bilateral"]


def test_a_figure_told_again_with_vaguer_parties_is_one_fact() -> None:
    text = ("Hai nước đã bàn giao 4 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại "
            "Campuchia. Trong đợt này, tỉnh Kiên Giang đã quy tập được 4 hài cốt liệt sĩ tại "
            "Campuchia.")
    found = [(f["parties"], f["value"]) for f in measures(text)]
    assert found == [(["vn/kien-giang", "kh"], 4)]


def test_a_province_s_trade_with_two_partner_provinces_has_three_parties() -> None:
    text = ("Kim ngạch xuất nhập khẩu giữa tỉnh Kiên Giang với 2 tỉnh Kampot và Kep (Campuchia) "
            "năm 2022 đạt trên 313 triệu USD.")
    links = LINKS | {"Kep": ("kh/kep", "province")}
    found = [f.fields for f in facts(article(text, links, published="2023-04-25"), "measure")]
    assert [f["parties"] for f in found] == [["vn/kien-giang", "kh/kampot", "kh/kep"]]
    two = measures("Kim ngạch giữa tỉnh Kampot và tỉnh Kep với Việt Nam năm 2022 đạt 5 triệu USD.")
    assert all(f["parties"] != ["kh/kampot", "kh/kep"] for f in two)  # neighbours, not a pair


def test_a_remains_count_in_an_article_about_one_dry_season_is_that_season_s() -> None:
    text = ("Lễ đón hài cốt liệt sĩ đợt 1 (Mùa khô 2023 - 2024) tại tỉnh Kiên Giang. "
            "Kết quả, các đội đã quy tập được 40 hài cốt liệt sĩ tại Campuchia. "
            "Từ năm 2001 đến nay, tỉnh Kiên Giang đã quy tập 5.000 hài cốt liệt sĩ tại Campuchia.")
    found = {f["value"]: f.get("period") for f in measures(text)}
    assert found == {40: "2023/2024", 5000: None}  # the running total keeps no season
    # two seasons named: a count takes the one its sentence, or the one before, names
    two = ("Hai bên đánh giá kết quả tìm kiếm hài cốt liệt sĩ mùa khô 2018-2019. Theo đó, các "
           "đội đã quy tập được 230 hài cốt liệt sĩ tại Campuchia. Hai bên ký kế hoạch mùa khô "
           "2019-2020.")
    assert {f["value"]: f.get("period") for f in measures(two)} == {230: "2018/2019"}
    # a count over the years (`Trong những năm qua`) is a running total, not the season's
    years = ("Mùa khô 2016-2017, tỉnh Kiên Giang đã quy tập được 14 hài cốt liệt sĩ tại "
             "Campuchia. Trong những năm qua, tỉnh Kiên Giang đã quy tập được 640 hài cốt liệt "
             "sĩ tại Campuchia.")
    assert {f["value"]: f.get("period") for f in measures(years)} == {14: "2016/2017", 640: None}
    # nor is one over a counted span of years (`trong hơn 10 năm qua`)
    counted = years.replace("Trong những năm qua", "Trong hơn 10 năm qua")
    assert {f["value"]: f.get("period") for f in measures(counted)} == {14: "2016/2017", 640: None}


def test_a_figure_said_after_a_colon_belongs_to_the_parties_named_there() -> None:
    from langgieng.pipeline import Pipeline

    text = ("Nói về các dự án của doanh nghiệp tỉnh Gia Lai tại Campuchia, ông Nguyễn Văn An cho "
            "biết: hiện có 188 doanh nghiệp Việt Nam đầu tư vào Campuchia với tổng số vốn đăng ký "
            "2,85 tỷ USD.")
    article = Pipeline().process_text(text, title="Gia Lai đầu tư", published="2022-05-10")
    [capital] = [f for f in article.facts if f.fields.get("indicator") == "investment.capital"]
    assert capital.fields["parties"] == ["vn", "kh"]


def test_the_capital_of_the_project_a_sentence_opens_on_is_no_investment_figure() -> None:
    text = ("Công ty của tỉnh Kon Tum đầu tư dự án trồng cây tại Lào. Dự án có tổng diện tích "
            "đất 27.384 ha, tổng vốn đầu tư 18.090 tỷ đồng.")
    assert measures(text) == []


def test_a_province_s_trade_with_every_partner_is_not_its_trade_with_one() -> None:
    text = ("Năm 2022, tổng kim ngạch xuất nhập khẩu của tỉnh Kiên Giang đạt 1 tỷ USD, trong đó "
            "với Campuchia đạt 300 triệu USD.")
    assert [(f["parties"], f["value"]) for f in measures(text)] == [
        (["vn/kien-giang", "kh"], 300_000_000)]
    # nor is the partner's trade with the world its trade with Vietnam
    assert measures("Năm 2022, tổng kim ngạch xuất nhập khẩu của Campuchia đạt 52 tỷ USD.") == []
    with_us = "Năm 2022, kim ngạch thương mại của Việt Nam với Campuchia đạt 10,5 tỷ USD."
    assert [f["value"] for f in measures(with_us)] == [10_500_000_000]


OTHERS = {"Trung Quốc": ("cn", "country"), "Thái Lan": ("th", "country")}


@pytest.mark.parametrize("sentence", [
    "Hiện Campuchia đã thu hút hơn 1.700 dự án đầu tư nước ngoài với tổng vốn hơn 30 tỷ USD.",
    "Trung Quốc là nhà đầu tư lớn nhất tại Campuchia với tổng vốn 16 tỷ USD.",
    "Năm 2022, thương mại giữa Campuchia và Thái Lan đạt 8 tỷ USD.",
])
def test_the_partner_s_figures_with_other_countries_are_not_ours(sentence: str) -> None:
    assert parties_and_values(sentence, OTHERS, "2023-04-25") == []


def test_vietnam_s_figures_with_other_countries_only_are_no_part_of_the_record() -> None:
    text = ("Vốn đầu tư ra nước ngoài 9 tháng năm 2022 tăng do có 5 dự án lớn đầu tư sang Trung "
            "Quốc, Thái Lan.")
    assert parties_and_values(text, OTHERS, "2022-10-01") == []


def test_ours_beside_a_third_country_s_figure_are_kept() -> None:
    text = ("Trung Quốc là nhà đầu tư lớn nhất tại Campuchia với tổng vốn 16 tỷ USD, còn Việt "
            "Nam có 209 dự án đầu tư tại Campuchia.")
    assert parties_and_values(text, OTHERS, "2023-04-25") == [(["vn", "kh"], 209)]


def test_growth_of_one_direction_of_trade_is_no_trade_growth() -> None:
    text = ("Trong 6 tháng đầu năm 2018, kim ngạch xuất nhập khẩu giữa tỉnh Kon Tum và Lào đạt "
            "15,56 triệu USD, trong đó: kim ngạch xuất khẩu đạt 14,03 triệu USD, tăng 21,9% so "
            "với cùng kỳ.")
    assert [f["indicator"] for f in measures(text)] == ["trade.bilateral"]
    both = ("Trong 6 tháng đầu năm 2018, kim ngạch xuất nhập khẩu giữa tỉnh Kon Tum và Lào đạt "
            "15,56 triệu USD, tăng 21,9% so với cùng kỳ.")
    assert {f["indicator"] for f in measures(both)} == {"trade.bilateral", "trade.growth_pct"}


def test_a_season_named_for_a_part_of_a_count_is_not_the_whole_s() -> None:
    text = ("Tại tỉnh Kampot, đội của tỉnh Kiên Giang đã quy tập được 160 hài cốt liệt sĩ, trong "
            "đó mùa khô 2022-2023 đã tìm thấy 12 hài cốt liệt sĩ.")
    assert {f["value"]: f.get("period") for f in measures(text)} == {160: None, 12: "2022/2023"}
    # a part of the same parties and season as the whole is the whole's, no figure of its own
    same = ("Hai bên đánh giá cao việc các đội đã tìm thấy 212 hài cốt liệt sĩ tại Campuchia trong "
            "mùa khô 2022-2023, trong đó có 9 hài cốt liệt sĩ xác định được danh tính.")
    assert [(f["value"], f["period"]) for f in measures(same)] == [(212, "2022/2023")]


def test_a_count_whose_finding_verb_follows_its_passive_agent_is_a_count() -> None:
    text = ("Hai bên đánh giá cao kết quả với 212 hài cốt liệt sĩ quân tình nguyện và chuyên gia "
            "Việt Nam được các đội quy tập mộ liệt sĩ của Quân khu 4 tìm thấy tại Campuchia.")
    assert [f["value"] for f in measures(text)] == [212]
    # a passive of another verb (`được an táng`) counts no remains found
    buried = ("Lễ an táng 13 hài cốt liệt sĩ được an táng tại nghĩa trang tỉnh Kiên Giang, "
              "sau đó đội quy tập đã báo cáo tại Campuchia.")
    assert measures(buried) == []


def test_a_flow_after_a_sentence_opening_as_of_a_day_is_of_the_months_up_to_it() -> None:
    text = ("Theo báo cáo, tính đến ngày 31/8/2025, tỉnh Kiên Giang đã thu hút 37 dự án đầu tư "
            "với tổng vốn đăng ký 643,9 tỷ đồng. Kim ngạch xuất nhập khẩu giữa tỉnh Kiên Giang và "
            "Campuchia đạt 155 triệu USD.")
    found = {f["indicator"]: f["period"] for f in measures(text)}
    assert found == {"investment.capital": None, "trade.bilateral": "2025-01/2025-08"}


def test_a_bracket_explaining_a_season_leaves_the_season_the_period() -> None:
    text = ("Trong mùa khô 2014-2015 (từ tháng 10-2014 đến tháng 7-2015), đội đã tìm kiếm, "
            "quy tập được 35 hài cốt liệt sĩ tại Campuchia.")
    assert [(f["value"], f["period"]) for f in measures(text)] == [(35, "2014/2015")]


def test_each_part_of_a_sentence_names_the_partner_of_its_own_figure() -> None:
    text = ("Đội quy tập của tỉnh Kon Tum đã quy tập 21 hài cốt liệt sĩ trong mùa khô 2019-2020, "
            "có 16 hài cốt được tìm thấy trên địa bàn Campuchia; 5 hài cốt còn lại được quy "
            "tập trên đất Lào.")
    found = {f["value"]: f["parties"] for f in measures(text)}
    assert "kh" in found[16] and "la" in found[5]


def test_a_target_to_reach_soon_or_in_the_years_to_come_has_no_year() -> None:
    soon = ("Hai bên phấn đấu đưa kim ngạch thương mại Việt Nam - Lào năm 2024 tăng 10-15% so với "
            "năm 2023, hướng tới sớm đạt mục tiêu 5 tỷ USD.")
    assert [(f["indicator"], f["value"], f["by"]) for f in measures(soon, "target")] == [
        ("trade.growth_pct", 10, "2024"), ("trade.bilateral", 5_000_000_000, None)]
    # `sớm` with its own year keeps it
    dated = ("Hai bên phấn đấu sớm đưa kim ngạch thương mại Việt Nam - Lào đạt 5 tỷ USD vào "
             "năm 2030.")
    assert [f["by"] for f in measures(dated, "target")] == ["2030"]


def test_a_sentence_may_set_an_amount_in_stages() -> None:
    text = ("Hai bên phấn đấu đạt mục tiêu kim ngạch thương mại Việt Nam - Lào đạt 5 tỷ USD, "
            "hướng tới mục tiêu 10 tỷ USD trong những năm tới.")
    assert [(f["value"], f["by"]) for f in measures(text, "target")] == [
        (5_000_000_000, None), (10_000_000_000, None)]


def test_a_figure_joined_to_a_target_by_and_is_a_target_too() -> None:
    text = ("Năm 2023 hai nước đặt mục tiêu đưa kim ngạch thương mại song phương giữa Việt Nam "
            "và Lào lên 2 tỷ USD vào năm 2024, và lên 3 tỷ USD vào năm 2025.")
    assert [(f["value"], f["by"]) for f in measures(text, "target")] == [
        (2_000_000_000, "2024"), (3_000_000_000, "2025")]
    # one direction joined by `và` is no continuation of two-way trade
    apart = ("Năm 2022, thương mại hai chiều giữa Việt Nam và Lào đạt 1,7 tỷ USD, xuất khẩu "
             "sang Lào 0,6 tỷ USD và nhập khẩu 1,1 tỷ USD.")
    assert [f["value"] for f in measures(apart)] == [1_700_000_000]


def test_projects_in_two_partner_countries_and_then_in_each() -> None:
    text = ("Tỉnh Kiên Giang có 12 dự án đầu tư tại các tỉnh Nam Lào và Đông Bắc Campuchia, với "
            "tổng vốn đăng ký 600 triệu USD; trong đó tại Lào có 5 dự án với tổng vốn đăng ký "
            "200,5 triệu USD và tại Campuchia có 7 dự án với tổng vốn đăng ký 399,5 triệu USD.")
    found = {(f["indicator"], tuple(f["parties"]), f["value"]) for f in measures(text)}
    assert found == {
        ("investment.projects", ("vn/kien-giang", "la", "kh"), 12),
        ("investment.capital", ("vn/kien-giang", "la", "kh"), 600000000),
        ("investment.projects", ("vn/kien-giang", "la"), 5),  # `vốn đăng ký` says investment
        ("investment.capital", ("vn/kien-giang", "la"), 200500000),
        ("investment.projects", ("vn/kien-giang", "kh"), 7),  # the nearest country before it
        ("investment.capital", ("vn/kien-giang", "kh"), 399500000),
    }


def test_public_works_and_targeted_support_are_no_investment_nor_target() -> None:
    text = ("Năm 2020, tỉnh Kiên Giang được cân đối 3,5 tỷ đồng từ ngân sách trung ương hỗ trợ "
            "có mục tiêu để đầu tư 5 dự án giao thông tại các xã biên giới với Campuchia.")
    assert measures(text) == [] and measures(text, "target") == []


def test_a_count_told_twice_in_an_article_about_one_season_is_one_fact() -> None:
    text = ("Mùa khô 2024 - 2025, tỉnh Kon Tum đã quy tập 12 hài cốt liệt sĩ hy sinh tại Lào. "
            "Sau lễ truy điệu, 12 hài cốt liệt sĩ được đưa về nghĩa trang tỉnh Kon Tum.")
    found = [f for f in measures(text) if f["indicator"] == "remains.repatriated"]
    assert [(f["parties"], f["period"]) for f in found] == [(["vn/kon-tum", "la"], "2024/2025")]


def test_a_season_given_in_brackets_after_nam_nay_dates_its_count() -> None:
    text = ("Mùa khô năm nay ( 2022-2023 ), đội quy tập của tỉnh Kiên Giang đã quy tập được "
            "31 hài cốt liệt sĩ tại Campuchia.")
    assert [(f["value"], f["period"]) for f in measures(text)] == [(31, "2022/2023")]


@pytest.mark.parametrize("span", ["trong 5 năm (2016-2020)", "5 năm qua (2016 - 2020)",
                                  "trong giai đoạn (2016–2020)"])
def test_a_span_of_years_in_brackets_after_its_length_is_the_figures_period(span: str) -> None:
    text = f"Kim ngạch thương mại hai chiều Việt Nam - Lào {span} đạt 5,2 tỷ USD."
    assert [(f["value"], f["period"]) for f in measures(text)] == [(5200000000, "2016/2020")]



def test_trade_said_again_without_its_pair_in_the_next_sentence_is_that_pairs() -> None:
    text = ("Kim ngạch thương mại Việt Nam - Campuchia năm 2022 đạt 10,5 tỷ USD. Riêng 3 tháng "
            "đầu năm 2023, kim ngạch đạt hơn 2 tỷ USD.")
    assert [(f["parties"], f["value"], f["period"]) for f in measures(text)] == [
        (["vn", "kh"], 10500000000, "2022"), (["vn", "kh"], 2000000000, "2023-01/2023-03")]


def test_exports_said_after_a_trade_figure_are_no_two_way_trade() -> None:
    text = ("Kim ngạch thương mại Việt Nam - Campuchia năm 2022 đạt 10,5 tỷ USD. Trong đó, kim "
            "ngạch xuất khẩu đạt 7 tỷ USD.")
    assert [f["value"] for f in measures(text)] == [10500000000]


def test_a_count_of_projects_may_open_its_sentence_or_follow_tham_gia() -> None:
    opening = "188 dự án đầu tư của Việt Nam còn hiệu lực tại Campuchia với tổng vốn 2,85 tỷ USD."
    joined = ("Các doanh nghiệp Việt Nam tham gia vào 238 dự án đầu tư tại Lào"
              " với tổng vốn 5 tỷ USD.")
    for text, count in ((opening, 188), (joined, 238)):
        projects = [f for f in measures(text) if f["indicator"] == "investment.projects"]
        assert [f["value"] for f in projects] == [count]


def test_a_trade_partners_turnover_is_the_two_countries_trade() -> None:
    text = ("Campuchia hiện là đối tác thương mại lớn thứ ba của Việt Nam trong ASEAN với kim "
            "ngạch năm 2022 đạt 10,57 tỷ USD.")
    assert [(m["parties"], m["value"], m["period"]) for m in measures(text)] == [
        (["vn", "kh"], 10570000000, "2022")]


def test_a_target_for_a_dry_season_is_due_at_its_end() -> None:
    for text in ("Mùa khô 2024-2025, Việt Nam phấn đấu tìm kiếm, quy tập 20 hài cốt liệt sĩ tại "
                 "Campuchia.",
                 "Trong mùa khô 2024-2025, Việt Nam đặt chỉ tiêu quy tập 20 hài cốt liệt sĩ tại "
                 "Campuchia."):
        assert [(t["value"], t["by"]) for t in measures(text, "target")] == [(20, "2025")], text


def test_living_people_counted_as_cases_are_no_remains() -> None:
    found = measures("Tỉnh Kiên Giang đã tiếp nhận 101 trường hợp công dân Việt Nam từ Campuchia.")
    assert [f for f in found if f["indicator"] == "remains.repatriated"] == []
    dead = measures("Tỉnh Kiên Giang đã tiếp nhận 41 trường hợp hài cốt liệt sĩ từ Campuchia.")
    assert [f["value"] for f in dead if f["indicator"] == "remains.repatriated"] == [41]


def test_a_province_s_border_with_both_partner_countries_is_the_three_s() -> None:
    text = ("Tỉnh Kon Tum có đường biên giới tiếp giáp với hai nước Lào và Campuchia dài "
            "292,522 km.")
    lengths = [f for f in measures(text) if f["indicator"] == "border.length"]
    assert [(f["parties"], f["value"]) for f in lengths] == [(["vn/kon-tum", "la", "kh"], 292.522)]


def test_a_change_after_a_sentence_opening_on_a_year_is_that_years() -> None:
    text = ("Năm 2024, Việt Nam và Lào đã đạt được những thành tựu quan trọng. Tổng vốn đăng ký "
            "đầu tư từ Việt Nam sang Lào tăng 62,1%, đạt 191,1 triệu USD. Tổng lũy kế vốn đầu tư "
            "lên tới 5,7 tỉ USD.")
    capital = [f for f in measures(text) if f["indicator"] == "investment.capital"]
    assert [(f["value"], f["period"]) for f in capital] == [
        (191100000, "2024"), (5700000000, None)]  # the running total stays one


def test_a_progress_count_keeps_its_own_total() -> None:
    text = ("Tỉnh Kon Tum hoàn thành xây dựng 60/60 mốc biên giới với Campuchia trên địa bàn "
            "2 huyện.")
    assert [(f["value"], f.get("of")) for f in measures(text)] == [(60, 60)]


def test_sections_of_a_border_listed_with_their_counts() -> None:
    text = ("Quảng Bình và Lào hoàn thành tăng dày 43 mốc trong tổng số 61 mốc. Trong đó, đoạn "
            "biên giới Quảng Bình-Savannakhet hoàn thành 9/9 mốc và đoạn Quảng Bình-Khăm Muộn "
            "hoàn thành 34/52 mốc.")
    found = [f.fields for f in facts(article(text, QUANG_BINH | COUNTRIES,
                                             published="2011-09-30"), "measure")]
    assert [(f["parties"], f["value"], f.get("of"), f["period"]) for f in found] == [
        (["vn/quang-binh", "la"], 43, 61, None),
        (["vn/quang-binh", "la/savannakhet"], 9, 9, None),  # `9/9 mốc`: no 9 September
        (["vn/quang-binh", "la/khammouane"], 34, 52, None)]


def test_parts_of_a_border_by_province_pair_are_figures() -> None:
    links = {"Điện Biên": ("vn/dien-bien", "province"),
             "Phông Sa Ly": ("la/phongsaly", "province"),
             "Luông Pha Băng": ("la/luang-prabang", "province")}
    text = ("Tỉnh Điện Biên có đường biên giới với Lào dài 414,712 km. Trong đó chiều dài đoạn "
            "biên giới thuộc cặp tỉnh Điện Biên - Phông Sa Ly là 354,798km; chiều dài đoạn biên "
            "giới thuộc cặp tỉnh Điện Biên - Luông Pha Băng là 59,914km.")
    assert parties_and_values(text, links, "2017-12-18") == [
        (["vn/dien-bien", "la"], 414.712), (["vn/dien-bien", "la/phongsaly"], 354.798),
        (["vn/dien-bien", "la/luang-prabang"], 59.914)]


def test_the_sections_of_a_border_told_for_its_provinces_together_are_figures() -> None:
    text = ("Quảng Bình cùng hai tỉnh Khăm Muộn và Savannakhet của Lào hoàn thành tăng dày 43 "
            "mốc trong tổng số 61 mốc. Trong đó, đoạn biên giới Quảng Bình-Savannakhet hoàn "
            "thành 9/9 mốc và đoạn Quảng Bình-Khăm Muộn hoàn thành 34/52 mốc.")
    assert parties_and_values(text, QUANG_BINH, "2011-09-30") == [
        (["vn/quang-binh", "la/khammouane", "la/savannakhet"], 43),
        (["vn/quang-binh", "la/savannakhet"], 9), (["vn/quang-binh", "la/khammouane"], 34)]


def test_a_count_of_markers_as_of_a_month_is_a_running_total() -> None:
    text = ("Vào cuối tháng 9/2012, tỉnh Kon Tum đã hoàn thành xây dựng 60/60 cột mốc biên giới "
            "với Campuchia.")
    assert [(f["value"], f["period"]) for f in measures(text)] == [(60, None)]


def test_a_headline_figure_the_body_does_not_state_is_kept() -> None:
    title = "Kon Tum hoàn thành tôn tạo 60/60 cột mốc trên biên giới với Campuchia"
    text = f"{title}\nRiêng trong năm 2012, tỉnh Kon Tum đã xây dựng được 21 cột mốc."
    found = facts(article(text, LINKS, title=title, published="2013-01-05"), "measure")
    assert sorted((f.fields["value"], f.fields["period"]) for f in found) == [
        (21, "2012"), (60, None)]


def test_a_flow_after_a_sentence_opened_on_a_period_is_of_that_period() -> None:
    text = ("Trong 9 tháng đầu năm 2018, kim ngạch thương mại của tỉnh Kiên Giang với Campuchia "
            "đạt 792,77 triệu USD. Kim ngạch xuất, nhập khẩu của tỉnh Kon Tum với Campuchia đạt "
            "165,71 triệu USD.")
    trade = [f for f in measures(text) if f["indicator"] == "trade.bilateral"]
    assert [(f["value"], f["period"]) for f in trade] == [
        (792770000, "2018-01/2018-09"), (165710000, "2018-01/2018-09")]


def test_the_capital_of_one_named_project_is_no_countrys_investment() -> None:
    text = ("Hai bên đang xúc tiến dự án đầu tư Trạm Kiểm soát Liên hợp cửa khẩu của Kon Tum "
            "với Campuchia, với tổng vốn đầu tư khoảng 50 triệu USD. Việt Nam có 229 dự án đầu "
            "tư tại Campuchia với tổng vốn đăng ký khoảng 2,94 tỷ USD.")
    capital = [f["value"] for f in measures(text) if f["indicator"] == "investment.capital"]
    assert capital == [2940000000]


def test_vietnams_investment_abroad_is_no_partners_and_a_part_takes_its_period() -> None:
    text = ("Theo Cục Đầu tư nước ngoài, 6 tháng đầu năm 2023, tổng vốn đầu tư của Việt Nam ra "
            "nước ngoài đạt khoảng 250 triệu USD. Trong đó, Lào là nước nhận đầu tư lớn thứ hai "
            "với 41,5 triệu USD.")
    found = facts(article(text, LINKS, published="2023-07-10"), "measure")
    assert [(f.fields["indicator"], f.fields["parties"], f.fields["value"], f.fields["period"])
            for f in found] == [
        ("investment.capital", ["vn", "la"], 41500000, "2023-01/2023-06")]


def test_one_sectors_investment_and_the_partners_own_dead_are_not_counted() -> None:
    sector = ("Đến tháng 6/2021, Việt Nam có 205 dự án đầu tư tại Lào. Riêng nông nghiệp có 51 dự "
              "án với tổng vốn khoảng 1,3 tỷ USD.")
    found = facts(article(sector, LINKS, published="2021-07-10"), "measure")
    assert [f.fields["value"] for f in found] == [205]
    dead = ("Mùa khô 2017 - 2018, các đội của Việt Nam đã quy tập 198 hài cốt liệt sĩ tại Lào; "
            "phía Việt Nam cũng tìm được 4 hài cốt quân nhân Lào hy sinh trong chiến tranh.")
    found = facts(article(dead, LINKS, published="2018-06-06"), "measure")
    assert [f.fields["value"] for f in found] == [198]


def test_an_amount_its_capital_words_follow_is_registered_capital() -> None:
    text = ("Tính lũy kế đến nay, Lào đứng đầu trong số các địa bàn đầu tư của Việt Nam ra nước "
            "ngoài, xấp xỉ 5,48 tỷ USD tổng vốn đầu tư.")
    found = [f for f in measures(text) if f["indicator"] == "investment.capital"]
    assert [(f["parties"], f["value"], f["qualifier"]) for f in found] == [
        (["vn", "la"], 5_480_000_000, "about")]


def test_a_flow_its_sentence_leaves_without_a_period_takes_the_one_told_nearest() -> None:
    text = ("Hai bên thống nhất phương hướng hợp tác năm 2024. Tổng kim ngạch xuất nhập khẩu "
            "giữa Việt Nam và Campuchia đạt khoảng 256 triệu USD. Trong giai đoạn 2022-2023, "
            "hai nước đã đạt được nhiều kết quả.")
    found = [f for f in measures(text) if f["indicator"] == "trade.bilateral"]
    # the period the nearest sentence names, not the year a plan is for
    assert [f["period"] for f in found] == ["2022/2023"]


@pytest.mark.parametrize("sentence", [
    "Mùa khô 2019 - 2020, đội của tỉnh Kiên Giang đã tìm được 34 bộ hài cốt liệt sĩ tại "
    "Campuchia.",
    "Đội của tỉnh Kiên Giang đã tìm kiếm, bốc 34 mộ hài cốt liệt sĩ quân tình nguyện tại "
    "Campuchia.",
    "Tại Campuchia, nhân dân tỉnh bạn tiễn đưa 34 hài cốt liệt sĩ của đội tỉnh Kiên Giang.",
])
def test_remains_found_dug_up_or_sent_home_are_repatriated(sentence: str) -> None:
    found = parties_and_values(sentence, {"Kiên Giang": ("vn/kien-giang", "province")},
                               "2020-06-01")
    assert found == [(["vn/kien-giang", "kh"], 34)]


def test_dealings_between_two_countries_are_their_trade() -> None:
    (trade,) = measures("Giao thương giữa hai nước Việt Nam và Campuchia năm 2022 đạt 10,5 tỷ "
                        "USD.")
    assert (trade["indicator"], trade["parties"], trade["value"], trade["period"]) == (
        "trade.bilateral", ["vn", "kh"], 10500000000, "2022")


def test_a_border_named_with_its_pair_then_its_length() -> None:
    (border,) = measures("Biên giới Việt Nam - Campuchia dài 1.137 km.")
    assert (border["indicator"], border["parties"], border["value"]) == (
        "border.length", ["vn", "kh"], 1137)


def test_the_year_a_target_was_set_is_not_its_deadline() -> None:
    (target,) = measures("Hai bên phấn đấu đạt mục tiêu 20 tỷ USD kim ngạch thương mại Việt Nam - "
                         "Campuchia, như lãnh đạo hai nước đã đặt ra năm 2023.", "target")
    assert (target["value"], target["by"]) == (20000000000, None)


def test_the_parts_of_a_provinces_figure_by_country_are_the_provinces() -> None:
    text = ("Tỉnh Kon Tum có 18 dự án đầu tư tại Lào và Campuchia với tổng vốn 1 tỷ USD. Trong "
            "đó, tại Lào có 9 dự án với tổng vốn 535 triệu USD, tại Campuchia có 9 dự án với "
            "tổng vốn 465 triệu USD.")
    capital = [(f["parties"], f["value"]) for f in measures(text)
               if f["indicator"] == "investment.capital"]
    assert capital == [(["vn/kon-tum", "la", "kh"], 1000000000),
                       (["vn/kon-tum", "la"], 535000000), (["vn/kon-tum", "kh"], 465000000)]
