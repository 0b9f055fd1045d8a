"""Facts as the press writes them, through the whole pipeline (clean, link,
extract) on sentences written here: visits named by their trip, dated by the
report or planned, delegations received, figures as of a month, anniversaries
counted back, and a headline's facts told once."""

from __future__ import annotations

from typing import Any

import pytest

from langgieng.model import RawArticle, Rejection
from langgieng.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def facts_of(
    pipeline: Pipeline, text: str, kind: str, *, published: str | None = None, title: str = ""
) -> list[dict[str, Any]]:
    body = f"{title}\n{text}" if title else text
    raw = RawArticle(source="t.txt", format="txt", text=body, published=published)
    article = pipeline.process(raw)
    assert not isinstance(article, type(None))
    return [f.fields for f in getattr(article, "facts", []) if f.type == kind]


def test_a_trip_named_with_its_visitor_goes_to_the_other_side(pipeline: Pipeline) -> None:
    text = ("Tham gia đoàn có nhiều bộ trưởng. Đây là chuyến thăm chính thức lần thứ hai của "
            "Thủ tướng Campuchia Hun Sen tới Hà Nội trong năm nay, theo Bộ Ngoại giao Việt Nam.")
    visits = facts_of(pipeline, text, "visit", published="2016-12-19")
    assert [(v["visitor"], v["destination"], v["kind"]) for v in visits] == [
        ("person/hun-sen", "vn", "official")
    ]


def test_a_national_leader_working_with_a_foreign_province_s_leaders_is_there(
        pipeline: Pipeline) -> None:
    text = ("Chiều 6/3, Thủ tướng Phạm Minh Chính làm việc với lãnh đạo tỉnh Champasak. "
            "Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng làm việc với lãnh đạo tỉnh Savannakhet.")
    visits = facts_of(pipeline, text, "visit", published="2023-03-07")
    assert [(v["visitor"], v["destination"], v["start"], v["kind"]) for v in visits] == [
        ("person/pham-minh-chinh", "la/champasak", "2023-03-06", "working")
    ]


def test_a_recent_visit_without_a_date_is_in_the_month_of_the_report(pipeline: Pipeline) -> None:
    text = "Mới đây, Thủ tướng Phạm Minh Chính đã thăm chính thức Lào và hội đàm với Thủ tướng Lào."
    visits = facts_of(pipeline, text, "visit", published="2024-01-12")
    assert [(v["destination"], v["start"], v["kind"]) for v in visits] == [
        ("la", "2024-01", "official")
    ]


def test_a_planned_visit_is_marked_and_a_held_one_is_not(pipeline: Pipeline) -> None:
    will = "Thủ tướng Hun Manet sẽ thăm chính thức Việt Nam từ ngày 11-12/12."
    did = "Thủ tướng Hun Manet đã chính thức thăm Việt Nam từ ngày 11-12/12."
    planned = facts_of(pipeline, will, "visit", published="2023-12-05")
    held = facts_of(pipeline, did, "visit", published="2023-12-13")
    assert [(v["start"], v["end"], v.get("status")) for v in planned] == [
        ("2023-12-11", "2023-12-12", "planned")
    ]
    assert [(v["kind"], v["status"]) for v in held] == [("official", "held")]


def test_a_delegation_received_is_led_by_a_person_the_gazetteer_lacks(pipeline: Pipeline) -> None:
    text = ("Chiều 5/7, Bí thư Tỉnh ủy Kon Tum tiếp Đoàn đại biểu tỉnh Attapeu (Lào) do ông "
            "Vông-xay Phôm-ma-vông, Phó Bí thư Tỉnh ủy dẫn đầu.")
    visits = facts_of(pipeline, text, "visit", published="2019-07-06")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/vong-xay-phom-ma-vong", "vn/kon-tum", "2019-07-05")
    ]
    cordially = text.replace("tiếp Đoàn", "tiếp thân mật Đoàn")  # an adverb of the reception
    assert [v["visitor"] for v in facts_of(pipeline, cordially, "visit", published="2019-07-06")
            ] == ["person/vong-xay-phom-ma-vong"]


@pytest.mark.parametrize(
    ("sentence", "indicator", "period"),
    [
        ("Tính đến tháng 9/2025, kim ngạch thương mại giữa tỉnh An Giang và Campuchia đạt "
         "940 triệu USD.", "trade.bilateral", "2025-01/2025-09"),
        ("Tính đến hết quý II năm 2024, kim ngạch thương mại Việt Nam - Lào đạt 1 tỷ USD.",
         "trade.bilateral", "2024-01/2024-06"),
        ("Trong quý II năm 2024, kim ngạch thương mại Việt Nam - Lào đạt 1 tỷ USD.",
         "trade.bilateral", "2024-04/2024-06"),
        ("Tính đến tháng 4/2025, Việt Nam có 267 dự án đầu tư tại Lào.",
         "investment.projects", None),
        ("Ngay từ năm 2019, kim ngạch thương mại Việt Nam - Campuchia đã đạt 5,2 tỷ USD.",
         "trade.bilateral", "2019"),
    ],
)
def test_a_figure_as_of_a_month_or_from_a_year(
    pipeline: Pipeline, sentence: str, indicator: str, period: str | None
) -> None:
    measures = facts_of(pipeline, sentence, "measure", published="2025-12-01")
    assert [(m["indicator"], m["period"]) for m in measures] == [(indicator, period)]


def test_remains_counted_in_two_foreign_provinces_are_a_part_not_a_figure(
    pipeline: Pipeline,
) -> None:
    text = ("Trong mùa khô 2022-2023, tỉnh An Giang đã quy tập 108 hài cốt liệt sĩ tại Campuchia. "
            "Cụ thể, Đội K90 cất bốc được 38 hài cốt liệt sĩ ở địa bàn 2 tỉnh Kandal và Takeo "
            "(Campuchia).")
    measures = facts_of(pipeline, text, "measure", published="2023-07-25")
    assert [(m["parties"], m["value"]) for m in measures] == [(["vn/an-giang", "kh"], 108)]


def test_relations_counted_back_from_an_anniversary(pipeline: Pipeline) -> None:
    text = "Hai bên tổ chức Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào."
    relations = facts_of(pipeline, text, "relations", published="2022-09-05")
    assert relations == [{"parties": ["vn", "la"], "date": "1962"}]


def test_a_headline_fact_the_body_states_is_told_once_with_the_bodys_fields(
    pipeline: Pipeline,
) -> None:
    title = "Tỉnh Kon Tum và tỉnh Attapeu ký biên bản ghi nhớ hợp tác"
    text = "Ngày 10/3/2023, tỉnh Kon Tum và tỉnh Attapeu đã ký biên bản ghi nhớ hợp tác."
    agreements = facts_of(pipeline, text, "agreement", title=title)
    assert [(a["parties"], a["date"]) for a in agreements] == [
        (["vn/kon-tum", "la/attapeu"], "2023-03-10")
    ]


def test_a_headline_visit_by_a_province_is_the_bodys_visit_led_by_a_person(
    pipeline: Pipeline,
) -> None:
    title = "Đoàn đại biểu tỉnh Sơn La thăm tỉnh Hủa Phăn"
    text = ("Từ ngày 14-15/3/2022, Đoàn đại biểu tỉnh Sơn La do ông Nguyễn Hữu Đông, Bí thư "
            "Tỉnh ủy dẫn đầu đã sang thăm và làm việc tại tỉnh Hủa Phăn, Lào.")
    visits = facts_of(pipeline, text, "visit", title=title, published="2022-03-16")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/nguyen-huu-dong", "la/houaphanh", "2022-03-14")
    ]


@pytest.mark.parametrize(
    ("sentence", "series", "edition", "online"),
    [
        ("Ngày 9/1, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đồng chủ trì "
         "Kỳ họp 44 Ủy ban liên Chính phủ Việt Nam - Lào.", "vn-la-intergovernmental-committee",
         44, False),
        ("Sáng 12/5, Ủy ban liên hợp biên giới Việt Nam - Lào tổ chức phiên họp lần thứ 30 theo "
         "hình thức trực tuyến.", "vn-la-joint-border-committee", 30, True),
        ("Vòng IV của Ủy ban liên hợp biên giới Việt Nam - Campuchia diễn ra từ ngày 3-5/10/2011.",
         "vn-kh-joint-border-committee", 4, False),
    ],
)
def test_editions_in_free_wording_and_online_meetings(
    pipeline: Pipeline, sentence: str, series: str, edition: int, online: bool
) -> None:
    meetings = facts_of(pipeline, sentence, "meeting", published="2023-01-10")
    assert [(m["series"], m["edition"], m.get("online", False)) for m in meetings] == [
        (f"series/{series}", edition, online)
    ]


def test_within_a_span_of_years_is_no_round(pipeline: Pipeline) -> None:
    text = "Ủy ban liên hợp biên giới Việt Nam - Lào sẽ hoàn thành trong vòng 3 năm tới."
    assert [m["edition"] for m in facts_of(pipeline, text, "meeting")] in ([], [None])


def test_a_target_reached_is_also_the_years_actual(pipeline: Pipeline) -> None:
    text = ("Kim ngạch thương mại Việt Nam - Campuchia đã hoàn thành vượt mục tiêu 3 tỷ USD "
            "trong năm 2017.")
    measures = facts_of(pipeline, text, "measure", published="2018-02-01")
    targets = facts_of(pipeline, text, "target", published="2018-02-01")
    assert [(m["value"], m["period"], m.get("qualifier")) for m in measures] == [
        (3_000_000_000, "2017", "over")
    ]
    assert [(t["value"], t["by"]) for t in targets] == [(3_000_000_000, "2017")]


def test_a_target_still_aimed_at_states_no_actual(pipeline: Pipeline) -> None:
    text = ("Hai bên phấn đấu đạt mục tiêu kim ngạch thương mại Việt Nam - Campuchia 5 tỷ USD "
            "vào năm 2020.")
    assert facts_of(pipeline, text, "measure", published="2019-02-26") == []


@pytest.mark.parametrize(
    ("sentence", "parties", "value"),
    [
        ("Tỉnh An Giang có gần 100 km biên giới với Campuchia.", ["vn/an-giang", "kh"], 100),
        ("Nghệ An có 419 km biên giới tiếp giáp với Lào.", ["vn/nghe-an", "la"], 419),
        ("Kiên Giang có biên giới dài 56,8 km với Campuchia.", ["vn/kien-giang", "kh"], 56.8),
        ("Tỉnh Đắk Nông có chiều dài biên giới 130 km với Campuchia.", ["vn/dak-nong", "kh"], 130),
    ],
)
def test_a_border_length_told_with_bare_biên_giới(
        pipeline: Pipeline, sentence: str, parties: list[str], value: float) -> None:
    measures = facts_of(pipeline, sentence, "measure", published="2023-05-01")
    assert [(m["indicator"], m["parties"], m["value"]) for m in measures] == [
        ("border.length", parties, value)
    ]


def test_a_memorandum_signed_and_carried_out_is_signed(pipeline: Pipeline) -> None:
    text = ("Từ tháng 3/2016, hai tỉnh Gia Lai và Ratanakiri ký kết và thực hiện “Bản ghi nhớ "
            "về hợp tác phát triển kinh tế - xã hội”.")
    agreements = facts_of(pipeline, text, "agreement", published="2022-07-01")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn/gia-lai", "kh/ratanakiri"], "mou", "2016-03")]
    # a report on carrying a document out is no signing of it
    report = ("Hai tỉnh Gia Lai và Ratanakiri ký kết Báo cáo sơ kết thực hiện Bản ghi nhớ về "
              "hợp tác.")
    assert facts_of(pipeline, report, "agreement", published="2022-07-01") == []


def test_a_border_province_is_no_border_length(pipeline: Pipeline) -> None:
    text = "Tỉnh biên giới An Giang đã xây dựng 120 km đường giao thông nông thôn."
    assert facts_of(pipeline, text, "measure", published="2023-05-01") == []


def test_a_border_length_after_the_partner_provinces(pipeline: Pipeline) -> None:
    text = ("Tỉnh Nghệ An có chung đường biên giới với ba tỉnh của Lào là Xiêng Khoảng, "
            "Bô-ly-khăm-xay và Hủa Phăn với chiều dài hơn 419 km.")
    measures = facts_of(pipeline, text, "measure", published="2017-03")
    assert [(m["indicator"], m["parties"], m["value"], m.get("qualifier")) for m in measures] == [
        ("border.length", ["vn/nghe-an", "la"], 419, "over")
    ]


def test_billions_of_trade_with_no_party_named_are_the_two_countries(pipeline: Pipeline) -> None:
    text = ("Tỉnh An Giang và tỉnh Takeo tăng cường hợp tác.\n"
            "Kim ngạch hai chiều đã tăng hơn 3 lần, từ khoảng 3,3 tỉ USD năm 2015 lên hơn "
            "10 tỉ USD vào năm 2024. Thương mại giữa hai tỉnh năm 2024 đạt 120 triệu USD.")
    measures = facts_of(pipeline, text, "measure", published="2025-01-10")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn", "kh"], 3_300_000_000, "2015"),
        (["vn", "kh"], 10_000_000_000, "2024"),
        (["vn/an-giang", "kh/takeo"], 120_000_000, "2024"),
    ]


@pytest.mark.parametrize(
    ("sentence", "by"),
    [
        ("Hai bên phấn đấu đạt mục tiêu thương mại Việt Nam - Lào 5 tỷ USD trong những năm tới.",
         None),  # the coming years: no year in particular
        ("Kim ngạch thương mại Việt Nam - Lào năm tới sẽ đạt 2 tỷ USD.", "2026"),
    ],
)
def test_targets_with_and_without_a_year(pipeline: Pipeline, sentence: str, by: str | None) -> None:
    targets = facts_of(pipeline, sentence, "target", published="2025-12-04")
    assert [(t["indicator"], t["by"]) for t in targets] == [("trade.bilateral", by)]
    assert facts_of(pipeline, sentence, "measure", published="2025-12-04") == []


def test_a_figure_as_of_a_month_between_the_two_countries(pipeline: Pipeline) -> None:
    text = ("Tính đến tháng 11 năm 2021, kim ngạch giữa hai nước Việt Nam - Campuchia đã đạt "
            "8,63 tỷ USD, tăng 83,8% so với cùng kỳ năm 2020.")
    measures = facts_of(pipeline, text, "measure", published="2021-12-22")
    assert sorted((m["indicator"], m["value"], m["period"]) for m in measures) == [
        ("trade.bilateral", 8_630_000_000, "2021-01/2021-11"),
        ("trade.growth_pct", 83.8, "2021-01/2021-11"),
    ]


def test_a_dry_season_dates_its_remains(pipeline: Pipeline) -> None:
    text = ("Mùa khô 2014 - 2015, đội K53 của tỉnh Kon Tum cất bốc được 9 hài cốt liệt sĩ tại "
            "Campuchia.")
    measures = facts_of(pipeline, text, "measure", published="2016-04-21")
    assert [(m["value"], m["period"]) for m in measures] == [(9, "2014/2015")]


def test_a_visit_dated_before_its_verb(pipeline: Pipeline) -> None:
    text = ("Nhận lời mời của Chủ tịch Quốc hội Việt Nam, sáng 6/12, Chủ tịch Quốc hội Lào "
            "Xaysomphone Phomvihane thăm chính thức Việt Nam.")
    visits = facts_of(pipeline, text, "visit", published="2021-12-06")
    assert [(v["destination"], v["start"]) for v in visits] == [("vn", "2021-12-06")]


def test_a_trade_figure_now_reached_in_a_stated_year_is_that_years(pipeline: Pipeline) -> None:
    text = ("Quan hệ thương mại Việt Nam - Campuchia trong năm 2011 tiếp tục phát triển với kim "
            "ngạch thương mại hiện đạt khoảng 2 tỷ USD.")
    measures = facts_of(pipeline, text, "measure", published="2011-11-20")
    assert [(m["value"], m["period"]) for m in measures] == [(2_000_000_000, "2011")]


def test_a_cooperation_plan_is_kind_plan(pipeline: Pipeline) -> None:
    text = ("Hai Thủ tướng chứng kiến lễ ký Kế hoạch hợp tác giai đoạn 2021-2025 giữa hai tỉnh "
            "Nghệ An và Xiêng Khoảng.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-03-01")
    assert [(a["parties"], a["kind"]) for a in agreements] == [
        (["vn/nghe-an", "la/xiangkhouang"], "plan")
    ]


def test_markers_whose_building_is_supervised_to_the_end(pipeline: Pipeline) -> None:
    text = "Đến nay, tỉnh Nghệ An và các tỉnh của Lào đã giám sát thi công xong 116 mốc quốc giới."
    measures = facts_of(pipeline, text, "measure", published="2017-03")
    assert [(m["indicator"], m["value"], m["period"]) for m in measures] == [
        ("border.markers", 116, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        ("Thủ tướng Phạm Minh Chính thăm chính thức Lào từ ngày 14-15/3/2022.", "2022-03-16",
         "2022-03-14", "2022-03-15"),
        ("Chủ tịch nước Trương Tấn Sang thăm cấp Nhà nước Campuchia trong 3 ngày 8-10/9.",
         "2011-09-11", "2011-09-08", "2011-09-10"),
        ("Thủ tướng Hun Manet thăm chính thức Việt Nam ngày 5-6/7.", "2024-07-08",
         "2024-07-05", "2024-07-06"),
        ("Thủ tướng Hun Manet thăm chính thức Việt Nam cuối tháng 5 vừa qua.", "2024-06-10",
         "2024-05", None),
    ],
)
def test_visit_dates_as_the_press_writes_them(
    pipeline: Pipeline, sentence: str, published: str, start: str, end: str | None
) -> None:
    visits = facts_of(pipeline, sentence, "visit", published=published)
    assert [(v["start"], v["end"]) for v in visits] == [(start, end)]


def test_remains_broken_down_by_country_are_one_figure_each(pipeline: Pipeline) -> None:
    text = ("Mùa khô 2015 - 2016, đội K53 của tỉnh Kon Tum đã cất bốc được 14 hài cốt liệt sỹ "
            "(trong đó 9 hài cốt ở Campuchia, và 5 hài cốt ở Lào).")
    measures = facts_of(pipeline, text, "measure", published="2016-04-21")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn/kon-tum", "kh"], 9, "2015/2016"), (["vn/kon-tum", "la"], 5, "2015/2016")
    ]


def test_a_meeting_on_one_day_ends_that_day(pipeline: Pipeline) -> None:
    text = ("Ngày 12-3, Thủ tướng Nguyễn Tấn Dũng chủ trì Hội nghị cấp cao tam giác phát triển "
            "Campuchia-Lào-Việt Nam lần thứ 7 tại Vientiane.")
    meetings = facts_of(pipeline, text, "meeting")
    # the year is the gazetteer's: the seventh summit met on 12 March 2013
    assert [(m["edition"], m["start"], m["end"]) for m in meetings] == [
        (7, "2013-03-12", "2013-03-12")]


def test_a_session_chaired_on_a_visit_meets_where_the_visitors_went(pipeline: Pipeline) -> None:
    text = ("Thủ tướng Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu Chính phủ Lào sang thăm "
            "Việt Nam và đồng chủ trì Kỳ họp lần thứ 41 Ủy ban liên Chính phủ Việt Nam - Lào "
            "từ ngày 8 - 9/1/2019.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2019-01-07")
    assert (meeting["edition"], meeting["place"]) == (41, "vn")


def test_an_edition_named_again_in_brackets_keeps_its_date(pipeline: Pipeline) -> None:
    text = ("Ngày 20-11, Thủ tướng chủ trì Hội nghị cấp cao tam giác phát triển Campuchia-Lào-Việt "
            "Nam lần thứ 9 (CLV 9) tại Hà Nội.\nThủ tướng cũng dự Hội nghị cấp cao hợp tác "
            "Campuchia-Lào-Myanmar-Việt Nam lần thứ 8 (CLMV 8) được tổ chức ngày 21-11.")
    starts = {m["edition"]: m["start"] for m in facts_of(pipeline, text, "meeting")}
    assert starts == {9: "--11-20", 8: "--11-21"}


EVENT = ("Hội nghị thượng đỉnh Diễn đàn Đối tác vì Tăng trưởng xanh và Mục tiêu toàn cầu (P4G) "
         "lần thứ tư từ ngày 14 đến 17/4/2025")


def test_talks_on_a_trip_take_the_trip_s_days_and_another_body_s_edition_is_no_session(
    pipeline: Pipeline,
) -> None:
    text = (f"Sáng 16/4/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào "
            f"Sonexay Siphandone nhân chuyến sang Việt Nam tham dự {EVENT}. Hai bên đánh giá cao "
            f"kết quả Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam – Lào.")
    [visit] = facts_of(pipeline, text, "visit")
    assert (visit["start"], visit["end"]) == ("2025-04-14", "2025-04-17")
    [meeting] = facts_of(pipeline, text, "meeting")
    assert meeting["edition"] == 47 and meeting["start"] is None  # cited, not dated here


def test_a_visit_s_days_after_a_long_event_name(pipeline: Pipeline) -> None:
    text = f"Thủ tướng Lào Sonexay Siphandone sang thăm Việt Nam và tham dự {EVENT}."
    [visit] = facts_of(pipeline, text, "visit", published="2025-04-13")
    assert (visit["start"], visit["end"]) == ("2025-04-14", "2025-04-17")


def test_the_event_named_in_the_next_sentence_has_its_chairs(pipeline: Pipeline) -> None:
    text = ("Kỳ họp lần thứ 12 Ủy ban Hỗn hợp Việt Nam-Campuchia về hợp tác kinh tế, văn hóa, "
            "khoa học và kỹ thuật diễn ra tại Hà Nội ngày 5/6/2013. Sự kiện do Phó Thủ tướng "
            "Phạm Bình Minh và Phó Thủ tướng Campuchia Prak Sokhonn đồng chủ trì.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2013-06-06")
    assert sorted(meeting["chairs"]) == ["person/pham-binh-minh", "person/prak-sokhonn"]


def test_a_visit_with_no_destination_goes_to_the_other_side(pipeline: Pipeline) -> None:
    text = ("Hai bên trao đổi nhiều đoàn cấp cao, trong đó Phó Thủ tướng Campuchia Prak Sokhonn "
            "thăm chính thức từ ngày 3-5/10/2018.")
    visits = facts_of(pipeline, text, "visit", published="2019-01-02")
    assert [(v["visitor"], v["destination"], v["start"], v["end"]) for v in visits] == [
        ("person/prak-sokhonn", "vn", "2018-10-03", "2018-10-05")
    ]
    # a name right before `thăm` that goes on to name no kind of visit nor a date is no visit
    assert facts_of(pipeline, "Ông Prak Sokhonn thăm hỏi các gia đình.", "visit") == []


def test_a_half_year_is_its_six_months(pipeline: Pipeline) -> None:
    text = "Kim ngạch thương mại Việt Nam - Campuchia đạt 3,1 tỷ USD trong nửa đầu năm 2021."
    [measure] = facts_of(pipeline, text, "measure", published="2021-08-01")
    assert (measure["value"], measure["period"]) == (3100000000, "2021-01/2021-06")


def test_a_visit_told_as_happening_now_is_in_the_month_of_the_report(pipeline: Pipeline) -> None:
    text = ("Ngày 11/12/2023, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hun Manet. "
            "Thủ tướng Phạm Minh Chính chào mừng Thủ tướng Hun Manet thăm chính thức Việt Nam.")
    visits = facts_of(pipeline, text, "visit")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/hun-manet", "vn", "2023-12")
    ]


def test_a_recent_visit_dated_elsewhere_keeps_that_date(pipeline: Pipeline) -> None:
    text = ("Mới đây, Thủ tướng Phạm Minh Chính đã thăm chính thức Lào. Thủ tướng Phạm Minh "
            "Chính thăm chính thức Lào từ ngày 28 đến 29/11/2023.")
    visits = facts_of(pipeline, text, "visit", published="2024-01-12")
    assert [(v["destination"], v["start"], v["end"]) for v in visits] == [
        ("la", "2023-11-28", "2023-11-29")
    ]


def test_the_turnover_of_one_named_gate_is_no_trade_of_two_parties(pipeline: Pipeline) -> None:
    gate = ("Cặp cửa khẩu Bờ Y - Phu Cưa nối tỉnh Kon Tum với tỉnh Attapeu của Lào. Trong 4 "
            "tháng đầu năm 2017, cặp cửa khẩu Bờ Y - Phu Cưa đón 60.000 lượt người, kim ngạch "
            "xuất nhập khẩu đạt gần 50 triệu USD.")
    assert facts_of(pipeline, gate, "measure", published="2017-05-10") == []
    province = ("Trong 4 tháng đầu năm 2017, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh "
                "Gia Lai với Campuchia đạt gần 50 triệu USD.")
    [measure] = facts_of(pipeline, province, "measure", published="2017-05-10")
    assert measure["parties"] == ["vn/gia-lai", "kh"]


def test_anniversaries_listed_together_are_kept_in_one_year(pipeline: Pipeline) -> None:
    text = ("Hai tỉnh đã tổ chức các hoạt động kỷ niệm 60 năm ngày thiết lập quan hệ ngoại giao "
            "Việt Nam – Lào, 45 năm ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.")
    # the report's year is unknown or later: the known founding (1962) keeps them in 2022
    for published in (None, "2025-03-01"):
        [relations] = facts_of(pipeline, text, "relations", published=published)
        [treaty] = facts_of(pipeline, text, "agreement", published=published)
        assert (relations["date"], treaty["date"]) == ("1962", "1977")


def test_the_heads_of_the_two_delegations_chair_a_session_with_no_chairs(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 13/1/2010, tại Hà Nội, Kỳ họp lần thứ tư Ủy ban liên hợp phân giới cắm mốc "
            "biên giới Việt Nam - Campuchia khai mạc. Đoàn đại biểu Việt Nam do đồng chí Hồ Xuân "
            "Sơn, Thứ trưởng Bộ Ngoại giao làm Trưởng đoàn. Đoàn đại biểu Campuchia do Ngài Var "
            "Kim Hong, Bộ trưởng cao cấp, Chủ tịch Ủy ban Biên giới quốc gia Campuchia làm "
            "Trưởng đoàn.")
    [meeting] = facts_of(pipeline, text, "meeting")
    assert sorted(meeting["chairs"]) == ["person/ho-xuan-son", "person/var-kim-hong"]
    # heads whose titles name no country: the side each delegation is named for, else home
    untitled = ("Ngày 13/1/2010, tại Hà Nội, Kỳ họp lần thứ tư Ủy ban liên hợp phân giới cắm mốc "
                "biên giới Việt Nam - Campuchia khai mạc. Đoàn đại biểu của Chính phủ do ông Hồ "
                "Xuân Sơn, Trưởng ban Biên giới làm Trưởng đoàn. Đoàn đại biểu của chính phủ "
                "Campuchia do ông Var Kim Hong, Cố vấn của Chính phủ làm Trưởng đoàn.")
    [meeting] = facts_of(pipeline, untitled, "meeting")
    assert sorted(meeting["chairs"]) == ["person/ho-xuan-son", "person/var-kim-hong"]


def test_total_investment_capital_is_the_capital_figure(pipeline: Pipeline) -> None:
    text = ("Đến nay, Lào đã cấp phép cho 412 dự án của doanh nghiệp Việt Nam với tổng vốn đầu "
            "tư đạt trên 5 tỉ USD.")
    capital = [m for m in facts_of(pipeline, text, "measure", published="2014-01-10")
               if m["indicator"] == "investment.capital"]
    assert [(m["parties"], m["value"], m["qualifier"]) for m in capital] == [
        (["vn", "la"], 5000000000, "over")
    ]


def test_quoted_documents_signed_at_one_ceremony_are_one_agreement_each(
    pipeline: Pipeline,
) -> None:
    text = ("Sáng 20/12/2016, hai Thủ tướng hội đàm tại Hà Nội. Sau hội đàm, Thủ tướng Nguyễn Xuân "
            "Phúc và Thủ tướng Campuchia Hun Sen chứng kiến lễ ký “Hiệp định tương trợ tư pháp "
            "về hình sự giữa Chính phủ Việt Nam và Chính phủ Campuchia”; “Hiệp định về chuyển "
            "giao người bị kết án phạt tù”.")
    agreements = facts_of(pipeline, text, "agreement")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn", "kh"], "agreement", "2016-12-20")
    ] * 2


def test_among_these_a_province_s_share_keeps_the_partner_said_before(
    pipeline: Pipeline,
) -> None:
    text = ("Tỉnh Gia Lai và tỉnh Ratanakiri hợp tác nhiều mặt. Hiện có 188 doanh nghiệp Việt Nam "
            "đầu tư vào Campuchia với tổng số vốn đăng ký 2,85 tỷ USD. Trong số này có 14 dự án "
            "của các doanh nghiệp tỉnh Gia Lai với tổng vốn 768 triệu USD.")
    measures = facts_of(pipeline, text, "measure", published="2014-05-01")
    assert [(m["indicator"], m["parties"], m["value"]) for m in measures
            if m["parties"][0] == "vn/gia-lai"] == [
        ("investment.capital", ["vn/gia-lai", "kh"], 768000000),
        ("investment.projects", ["vn/gia-lai", "kh"], 14),
    ]


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("Tính đến hết năm 2022", None),  # a stock counted up to the time of writing
        ("Đến cuối năm 2022", None),
        ("Đến đầu năm 1995", "1995"),  # a stock long before the article: that year's
    ],
)
def test_a_stock_counted_up_to_a_date_is_a_running_total(
    pipeline: Pipeline, opening: str, period: str | None
) -> None:
    text = f"{opening}, Việt Nam có 250 dự án đầu tư tại Lào."
    [measure] = facts_of(pipeline, text, "measure", published="2023-03-02")
    assert (measure["indicator"], measure["period"]) == ("investment.projects", period)


def test_documents_and_targets_named_with_a_dashed_pair(pipeline: Pipeline) -> None:
    treaty = "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào năm 1977 là nền tảng của quan hệ."
    assert [(a["parties"], a["date"]) for a in facts_of(pipeline, treaty, "agreement")] == [
        (["vn", "la"], "1977")
    ]
    raised = "Hai Thủ tướng nhất trí nâng kim ngạch thương mại Việt Nam - Campuchia lên 20 tỷ USD."
    assert [(t["parties"], t["value"]) for t in facts_of(pipeline, raised, "target")] == [
        (["vn", "kh"], 20000000000)
    ]


def test_a_working_trip_and_a_delegation_received_with_its_days(pipeline: Pipeline) -> None:
    trip = "Cuối tháng 5 vừa qua, Chủ tịch nước Võ Văn Thưởng đã có chuyến công tác tại Lào."
    assert [(v["visitor"], v["destination"], v["start"], v["kind"])
            for v in facts_of(pipeline, trip, "visit", published="2023-06-12")] == [
        ("person/vo-van-thuong", "la", "2023-05", "working")
    ]
    received = ("UBND tỉnh Tây Ninh tiếp Đoàn đại biểu tỉnh Svay Rieng do ông Men Sam An, Tỉnh "
                "trưởng dẫn đầu, ngày 5-6/7.")
    assert [(v["destination"], v["start"])
            for v in facts_of(pipeline, received, "visit", published="2023-12-12")] == [
        ("vn/tay-ninh", "2023-07-05")
    ]


def test_a_sum_in_dong_is_kept_in_dong(pipeline: Pipeline) -> None:
    text = "Kim ngạch thương mại giữa tỉnh An Giang và Campuchia năm 2022 đạt 5.000 tỷ đồng."
    [measure] = facts_of(pipeline, text, "measure", published="2023-08-12")
    assert (measure["parties"], measure["value"], measure["unit"], measure["period"]) == (
        ["vn/an-giang", "kh"], 5_000_000_000_000, "VND", "2022")


def test_trade_through_a_pair_of_gates_is_still_trade(pipeline: Pipeline) -> None:
    text = ("Ngày 4/12/2023, lãnh đạo tỉnh Hà Tĩnh (Việt Nam) và tỉnh Bolikhamxay (Lào) tổng kết "
            "hợp tác. Kim ngạch xuất nhập khẩu qua cặp cửa khẩu quốc tế Cầu Treo - Nậm Phao năm "
            "2023 ước đạt 120 triệu USD.")
    [measure] = facts_of(pipeline, text, "measure", published="2023-12-05")
    assert (measure["indicator"], measure["value"]) == ("trade.bilateral", 120000000)


def test_a_figure_for_a_year_to_come_after_a_target_cue_is_a_target(pipeline: Pipeline) -> None:
    text = "Hai bên phấn đấu đến năm 2025, kim ngạch thương mại Việt Nam - Lào đạt 5 tỷ USD."
    [target] = facts_of(pipeline, text, "target", published="2023-05-06")
    assert (target["value"], target["by"]) == (5000000000, "2025")
    assert facts_of(pipeline, text, "measure", published="2023-05-06") == []


def test_a_signing_during_a_trip_is_not_dated_by_the_trips_span(pipeline: Pipeline) -> None:
    text = ("Ngày 5/3/2019, tỉnh Nghệ An và tỉnh Xiengkhuang đã ký thỏa thuận hợp tác. Thỏa "
            "thuận được ký giữa Tỉnh trưởng Xiengkhuang và Chủ tịch UBND tỉnh Nghệ An nhân dịp "
            "chuyến thăm Lào của Đoàn đại biểu tỉnh Nghệ An trong thời gian 4 - 7/3/2019.")
    agreements = facts_of(pipeline, text, "agreement", published="2019-03-08")
    assert [(a["parties"], a["date"]) for a in agreements] == [
        (["vn/nghe-an", "la/xiangkhouang"], "2019-03-05")]
    visits = facts_of(pipeline, text, "visit", published="2019-03-08")
    assert [(v["visitor"], v["destination"], v["start"], v["end"]) for v in visits] == [
        ("vn/nghe-an", "la", "2019-03-04", "2019-03-07")]


def test_a_count_since_the_start_of_the_year_is_a_span_not_a_running_total(
        pipeline: Pipeline) -> None:
    text = "Từ đầu năm đến nay, tỉnh Quảng Trị đã quy tập được 12 hài cốt liệt sĩ hy sinh tại Lào."
    [measure] = facts_of(pipeline, text, "measure", published="2023-06-20")
    assert (measure["value"], measure["period"]) == (12, "2023-01/2023-06")


def test_a_named_document_handed_over_is_signed(pipeline: Pipeline) -> None:
    text = "Sáng 5/6, lãnh đạo tỉnh Gia Lai và tỉnh Ratanakiri trao Biên bản ghi nhớ hợp tác."
    [agreement] = facts_of(pipeline, text, "agreement", published="2023-06-06")
    assert (agreement["parties"], agreement["kind"], agreement["date"]) == (
        ["vn/gia-lai", "kh/ratanakiri"], "mou", "2023-06-05")
    # the record of a handover of remains is no agreement
    assert facts_of(pipeline, "Hai tỉnh trao biên bản bàn giao hài cốt liệt sĩ.", "agreement",
                    published="2023-06-06") == []


def test_a_delegation_received_for_a_span_of_days_stays_that_span(pipeline: Pipeline) -> None:
    text = ("UBND tỉnh Tây Ninh tiếp Đoàn đại biểu tỉnh Svay Rieng do ông Men Sam An dẫn đầu "
            "ngày 5-6/7.")
    [visit] = facts_of(pipeline, text, "visit", published="2023-07-20")
    assert (visit["start"], visit["end"]) == ("2023-07-05", "2023-07-06")


def test_the_marker_planting_committee_is_the_joint_border_committee(pipeline: Pipeline) -> None:
    text = ("Ngày 15/5/2023, tại Hà Nội đã diễn ra phiên họp vòng IV của Ủy ban liên hợp phân "
            "giới cắm mốc Việt Nam - Campuchia.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2023-05-16")
    assert (meeting["series"], meeting["edition"], meeting["place"]) == (
        "series/vn-kh-joint-border-committee", 4, "vn/ha-noi")


@pytest.mark.parametrize(
    ("sentence", "parties", "qualifier"),
    [
        ("Tuyến biên giới Việt Nam - Lào dài hơn 2.337 km.", ["vn", "la"], "over"),
        ("Tỉnh Kon Tum có đường biên giới dài khoảng 142 km với tỉnh Attapeu.",
         ["vn/kon-tum", "la/attapeu"], "about"),
        ("Tỉnh Quảng Trị có đường biên giới dài 206 km, giáp hai tỉnh Savannakhet và Salavan "
         "của Lào.", ["vn/quang-tri", "la"], None),
    ],
)
def test_a_border_length_belongs_to_the_pair_its_sentence_names(
    pipeline: Pipeline, sentence: str, parties: list[str], qualifier: str | None
) -> None:
    text = "Hai bên đã họp. " + sentence
    lengths = facts_of(pipeline, text, "measure", published="2022-10-20")
    assert [(m["indicator"], m["parties"], m.get("qualifier")) for m in lengths] == [
        ("border.length", parties, qualifier)
    ]


def test_the_programme_of_a_trip_frames_a_working_visit_and_its_meeting_place(
    pipeline: Pipeline,
) -> None:
    text = ("Hai bên đã họp. Trong chương trình công tác tại nước CHDCND Lào, sáng 12/1 tại thủ "
            "đô Vientiane, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đồng chủ "
            "trì Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào.")
    visits = facts_of(pipeline, text, "visit", published="2023-01-13")
    assert [(v["visitor"], v["destination"], v["start"], v["kind"]) for v in visits] == [
        ("person/pham-minh-chinh", "la", "2023-01", "working")
    ]
    meetings = facts_of(pipeline, text, "meeting", published="2023-01-13")
    assert [m["place"] for m in meetings] == ["la/vientiane"]


def test_trade_added_up_to_the_end_of_a_month_is_that_years_months_so_far(
    pipeline: Pipeline,
) -> None:
    text = ("Hai bên đã họp. Lũy kế hết tháng 11/2023, kim ngạch thương mại song phương Việt Nam - "
            "Lào đạt 1,5 tỷ USD.")
    trade = facts_of(pipeline, text, "measure", published="2023-12-20")
    assert [(m["indicator"], m["period"]) for m in trade] == [
        ("trade.bilateral", "2023-01/2023-11")
    ]


def test_the_guests_welcome_ceremony_dates_a_visit_told_without_a_day(
    pipeline: Pipeline,
) -> None:
    text = ("Đây là chuyến thăm chính thức Việt Nam của Thủ tướng Campuchia Hun Manet. Lễ đón "
            "chính thức Thủ tướng Hun Manet diễn ra sáng 11/12 tại Phủ Chủ tịch.")
    visits = facts_of(pipeline, text, "visit", published="2023-12-12")
    assert [(v["visitor"], v["start"]) for v in visits] == [("person/hun-manet", "2023-12-11")]


def test_documents_signed_after_the_talks_take_the_day_of_the_sentence_before(
    pipeline: Pipeline,
) -> None:
    text = ("Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp. "
            "Sáng 20/12, lễ đón chính thức Thủ tướng Campuchia Hun Sen được tổ chức tại Phủ Chủ "
            "tịch. Sau khi hội đàm, hai Thủ tướng đã chứng kiến lễ ký “Hiệp định tương trợ tư pháp "
            "về hình sự giữa Việt Nam và Campuchia”; “Hiệp định về chuyển giao người bị kết án”.")
    agreements = facts_of(pipeline, text, "agreement", published="2016-12-21")
    assert [a["date"] for a in agreements] == ["2016-12-20", "2016-12-20"]


def test_a_quota_for_a_year_is_a_target(pipeline: Pipeline) -> None:
    text = ("Hai bên đã họp. Chỉ tiêu năm 2024 của tỉnh Tây Ninh là quy tập 40 hài cốt liệt sĩ hy "
            "sinh tại Campuchia.")
    targets = facts_of(pipeline, text, "target", published="2023-10-20")
    assert [(t["indicator"], t["value"], t["by"]) for t in targets] == [
        ("remains.repatriated", 40, "2024")
    ]


def test_a_later_sentence_about_the_trip_dates_a_planned_visit(pipeline: Pipeline) -> None:
    text = ("Thủ tướng Campuchia Hun Manet sẽ thăm chính thức Việt Nam trong tuần tới. "
            "Chuyến thăm sẽ diễn ra từ ngày 11 đến 13/12, theo lời mời của Thủ tướng "
            "Phạm Minh Chính, Bộ Ngoại giao cho biết.")
    visits = facts_of(pipeline, text, "visit", published="2023-12-06")
    # the inviter named in that sentence makes no visit of his own
    assert [(v["visitor"], v["destination"], v["start"], v["end"], v["status"])
            for v in visits] == [
        ("person/hun-manet", "vn", "2023-12-11", "2023-12-13", "planned")]


def test_our_country_is_vietnam_and_a_guest_told_by_title_and_country_is_welcomed(
    pipeline: Pipeline,
) -> None:
    text = ("Đoàn đại biểu Chính phủ Lào do Thủ tướng Sonexay Siphandone dẫn đầu đã thăm "
            "chính thức nước ta. Sáng 5/2 tại Hà Nội, lễ đón Thủ tướng Lào được tổ chức "
            "trọng thể; Thủ tướng Phạm Minh Chính chủ trì lễ đón.")
    visits = facts_of(pipeline, text, "visit", published="2024-02-06")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/sonexay-siphandone", "vn", "2024-02-05")]


def test_a_document_signed_right_after_the_talks_takes_their_day(pipeline: Pipeline) -> None:
    text = ("Bộ trưởng Quốc phòng Lào thăm Việt Nam. Sau lễ đón chiều 14/6 tại Hà Nội, hai "
            "Bộ trưởng đã hội đàm. Hai bên đánh giá cao kết quả hợp tác. Ngay sau hội đàm, "
            "hai bên ký Biên bản ghi nhớ về hợp tác quốc phòng giữa Việt Nam và Lào.")
    agreements = facts_of(pipeline, text, "agreement", published="2023-06-16")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn", "la"], "mou", "2023-06-14")]


def test_a_length_of_a_section_of_border_and_a_count_over_a_span_of_days(
    pipeline: Pipeline,
) -> None:
    length = facts_of(pipeline, "Hai tỉnh Quảng Trị (Việt Nam) và Savannakhet (Lào) có đoạn "
                      "biên giới với tổng chiều dài 176 km.", "measure", published="2015-03-02")
    assert [(m["indicator"], m["parties"], m["value"]) for m in length] == [
        ("border.length", ["vn/quang-tri", "la/savannakhet"], 176)]
    counted = facts_of(pipeline, "Từ ngày 2-12-2019 đến 14-3-2020, Đội K73 của tỉnh Quảng "
                       "Trị đã quy tập được 23 bộ hài cốt liệt sĩ tại Lào.", "measure",
                       published="2020-03-20")
    assert [(m["indicator"], m["value"], m["period"]) for m in counted] == [
        ("remains.repatriated", 23, "2019-12/2020-03")]


def test_an_unnumbered_session_of_a_committee_is_a_meeting_chaired_by_the_two_sides(
    pipeline: Pipeline,
) -> None:
    text = ("Từ ngày 9 đến 11/10/2019, tại thủ đô Phnom Penh đã diễn ra cuộc họp hai Chủ tịch "
            "Ủy ban liên hợp về phân giới, cắm mốc biên giới đất liền Việt Nam – Campuchia. "
            "Phía Việt Nam do Thứ trưởng Bộ Ngoại giao Lê Hoài Trung làm Trưởng đoàn; phía "
            "Campuchia do Phó Thủ tướng Prak Sokhonn làm Trưởng đoàn.")
    meetings = facts_of(pipeline, text, "meeting", published="2019-10-12")
    assert [(m["series"], m["edition"], m["place"], m["start"], m["end"], sorted(m["chairs"]))
            for m in meetings] == [
        ("series/vn-kh-joint-border-committee", None, "kh/phnom-penh", "2019-10-09",
         "2019-10-11", ["person/le-hoai-trung", "person/prak-sokhonn"])]


def test_seven_months_from_the_start_of_a_year_without_the_word_nam(pipeline: Pipeline) -> None:
    measures = facts_of(pipeline, "Riêng 5 tháng đầu 2024, kim ngạch thương mại Việt Nam - "
                        "Campuchia đạt hơn 4 tỷ USD.", "measure", published="2024-06-20")
    assert [(m["indicator"], m["period"], m["value"]) for m in measures] == [
        ("trade.bilateral", "2024-01/2024-05", 4_000_000_000)]


def test_a_fallen_soldiers_home_province_is_no_party(pipeline: Pipeline) -> None:
    text = ("Đội quy tập đã đưa về nước 6 hài cốt liệt sĩ tìm thấy tại Lào, trong đó có liệt "
            "sĩ Nguyễn Văn An, quê quán xã Hòa An, huyện Phú Hòa, tỉnh Phú Yên.")
    measures = facts_of(pipeline, text, "measure", published="2019-04-02")
    assert [(m["indicator"], m["parties"], m["value"]) for m in measures] == [
        ("remains.repatriated", ["vn", "la"], 6)]


def test_one_trip_to_two_countries_is_a_visit_to_each(pipeline: Pipeline) -> None:
    text = ("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Vương quốc Campuchia và nước Cộng hòa "
            "Dân chủ Nhân dân Lào từ ngày 4 đến ngày 7-6.")
    visits = facts_of(pipeline, text, "visit", published="2023-06-01")
    assert sorted((v["destination"], v["start"], v["end"], v["status"]) for v in visits) == [
        ("kh", "2023-06-04", "2023-06-07", "planned"),
        ("la", "2023-06-04", "2023-06-07", "planned")]


def test_a_leader_welcomed_in_the_other_country_is_visiting_it(pipeline: Pipeline) -> None:
    text = ("Chiều 14/3, sau lễ đón chính thức tại Phủ Chủ tịch ở thủ đô Viêng Chăn, Thủ tướng "
            "Sonexay Siphandone và Thủ tướng Phạm Minh Chính đã hội đàm.")
    visits = facts_of(pipeline, text, "visit", published="2024-03-15")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/pham-minh-chinh", "la", "2024-03-14")]
    closing = ("Chiều 14/3, tại lễ đóng cửa hội chợ ở thủ đô Viêng Chăn, Thủ tướng Phạm Minh "
               "Chính phát biểu.")  # the letters of `lễ đón`, but no welcome
    read = pipeline.process(RawArticle(source="t.txt", format="txt", text=closing,
                                       published="2024-03-15"))
    assert not isinstance(read, Rejection), read
    assert [f for f in read.facts if f.type == "visit"] == []


def test_the_kings_honorific_chain_and_a_vietnamese_transliteration_name_the_person(
    pipeline: Pipeline,
) -> None:
    article = pipeline.process_text(
        "Preah Bat Samdech Preah Boromneath Norodom Sihamoni tiếp Chủ tịch Quốc hội. Trước đó, "
        "Xăm-đéc Hêng Xom-rin đã đón đoàn.", published="2015-04-02")
    linked = {m.surface: m.entity for m in article.mentions if m.entity}
    assert linked["Preah Bat Samdech Preah Boromneath Norodom Sihamoni"] == (
        "person/norodom-sihamoni")
    assert linked["Xăm-đéc Hêng Xom-rin"] == "person/heng-samrin"


def test_billions_reported_by_a_provinces_department_are_the_provinces(
    pipeline: Pipeline,
) -> None:
    text = ("An Giang có đường biên giới với Campuchia. Theo Sở Công Thương An Giang, kim ngạch "
            "xuất nhập khẩu 9 tháng năm 2024 đạt 1,8 tỷ USD.")
    measures = facts_of(pipeline, text, "measure", published="2024-10-20")
    trade = [m for m in measures if m["indicator"] == "trade.bilateral"]
    assert [(m["parties"], m["value"]) for m in trade] == [(["vn/an-giang", "kh"], 1_800_000_000)]


def test_the_border_defence_friendship_exchange_is_a_series_and_one_looked_towards_is_planned(
    pipeline: Pipeline,
) -> None:
    text = ("Hai bên hướng tới Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3. "
            "Giao lưu hữu nghị quốc phòng biên giới Việt Nam-Campuchia lần thứ nhất đã diễn ra "
            "tại Tây Ninh ngày 20/12/2023.")
    meetings = facts_of(pipeline, text, "meeting", published="2024-05-02")
    assert sorted((m["series"], m["edition"], m["status"]) for m in meetings) == [
        ("series/vn-kh-border-defence-friendship-exchange", 1, "held"),
        ("series/vn-la-border-defence-friendship-exchange", 3, "planned")]


def test_bodies_of_provinces_sign_for_their_provinces_one_pair_each(pipeline: Pipeline) -> None:
    text = ("Đoàn đã trao đổi về việc thực hiện bản ghi nhớ giữa Hội Nông dân tỉnh Đồng Tháp và "
            "Hội Nông dân các tỉnh Prey Veng, Svay Rieng giai đoạn 2023 - 2028 được ký kết vào "
            "ngày 12/5/2023 tại tỉnh Đồng Tháp.")
    agreements = facts_of(pipeline, text, "agreement", published="2024-01-10")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn/dong-thap", "kh/prey-veng"], "mou", "2023-05-12"),
        (["vn/dong-thap", "kh/svay-rieng"], "mou", "2023-05-12")]


def test_a_visit_told_without_tense_in_a_report_written_before_it_is_planned(
    pipeline: Pipeline,
) -> None:
    text = ("Theo Bộ Ngoại giao, Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam trong "
            "hai ngày 11 và 12-12. Ông Sonexay Siphandone từng thăm Việt Nam vào tháng 8-2022. "
            "Trả lời báo chí trước chuyến thăm, Đại sứ Lào cho biết chuyến thăm của Thủ tướng "
            "Sonexay Siphandone rất quan trọng.")
    # (reported on the visit's first day: its date alone does not make it to come)
    visits = facts_of(pipeline, text, "visit", published="2023-12-11")
    assert sorted((v["start"], v["status"]) for v in visits) == [
        ("2022-08", "held"), ("2023-12-11", "planned")]
    # without the words of a preview, the same visit is told as held
    held = facts_of(pipeline, text.split(" Trả lời")[0], "visit", published="2023-12-11")
    assert sorted((v["start"], v["status"]) for v in held) == [
        ("2022-08", "held"), ("2023-12-11", "held")]


def test_a_headline_visit_is_kept_beside_another_month_or_another_persons(
    pipeline: Pipeline,
) -> None:
    title = "Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam ngày 11-12/12"
    text = ("Ông Sonexay Siphandone từng thăm Việt Nam vào tháng 8-2022. Chủ tịch Quốc hội Lào "
            "Saysomphone Phomvihane cũng vừa thăm Việt Nam.")
    visits = facts_of(pipeline, text, "visit", published="2023-12-05", title=title)
    assert sorted((v["visitor"], v["start"] or "") for v in visits) == [
        ("person/sonexay-siphandone", "2022-08"), ("person/sonexay-siphandone", "2023-12-11"),
        ("person/xaysomphone-phomvihane", "2023-12")]


def test_an_undated_trip_to_a_meeting_its_visitor_chairs_takes_the_meetings_days(
    pipeline: Pipeline,
) -> None:
    title = "Thủ tướng Phạm Minh Chính sắp có chuyến công tác tới Lào"
    text = ("Thủ tướng Phạm Minh Chính sẽ đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ "
            "Việt Nam – Lào từ ngày 2 – 3/12 tại Thủ đô Vientiane cùng Thủ tướng Lào Sonexay "
            "Siphandone.")
    visits = facts_of(pipeline, text, "visit", published="2025-11-28", title=title)
    assert [(v["visitor"], v["destination"], v["start"], v["end"], v["status"])
            for v in visits] == [
        ("person/pham-minh-chinh", "la", "2025-12-02", "2025-12-03", "planned")]


def test_a_delegation_calling_on_a_host_is_its_leaders_visit_in_the_month_of_the_call(
    pipeline: Pipeline,
) -> None:
    text = ("Chiều 10/10 tại thủ đô Vientiane, Đoàn đại biểu Bộ Tư lệnh Bộ đội Biên phòng Việt "
            "Nam do Trung tướng Nguyễn Văn Hùng, Tư lệnh Bộ đội Biên phòng làm trưởng đoàn, đã "
            "đến chào xã giao Thượng tướng Chansamone Chanyalath, Bộ trưởng Quốc phòng Lào.")
    visits = facts_of(pipeline, text, "visit", published="2025-10-11")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/nguyen-van-hung", "la", "2025-10")]


def test_two_quoted_documents_of_one_signing_and_the_older_ones_they_supplement(
    pipeline: Pipeline,
) -> None:
    text = ("Hai nước đã ký ngày 12/3/2021 tại Viêng Chăn hai văn kiện, đó là: “Hiệp định bổ "
            "sung Hiệp định vận tải đường bộ năm 1996 và Nghị định thư năm 2009 giữa Việt Nam và "
            "Lào” và “Nghị định thư về cửa khẩu giữa Việt Nam và Lào”.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-03-13")
    assert sorted(a["date"] for a in agreements) == ["1996", "2009", "2021-03-12", "2021-03-12"]
    assert {tuple(a["parties"]) for a in agreements} == {("vn", "la")}


def test_a_document_replaced_is_an_older_one_and_its_year_is_not_the_reports(
    pipeline: Pipeline,
) -> None:
    text = ("Bộ trưởng Công Thương thăm Lào từ ngày 2 - 4/3. Hai Bộ trưởng Công Thương đã ký "
            "Hiệp định Thương mại mới để thay thế Hiệp định Thương mại đã ký giữa Chính phủ Việt "
            "Nam và Chính phủ Lào năm 2004.")
    article = pipeline.process_text(text)
    assert article.published is None  # the report is not of 2004
    agreements = [f.fields for f in article.facts if f.type == "agreement"]
    assert sorted((a["parties"], a["date"] or "") for a in agreements) == [
        (["vn", "la"], ""), (["vn", "la"], "2004")]


def test_a_counted_list_of_documents_signed_on_the_occasion_of_a_session(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 8/1, tại Hà Nội, hai Thủ tướng chủ trì Kỳ họp lần thứ 43 Ủy ban liên Chính phủ "
            "Việt Nam - Lào. Bên lề kỳ họp, hai Bộ trưởng đã ký kết 2 văn bản hợp tác. 2 văn bản "
            "gồm: Thỏa thuận giữa Chính phủ Việt Nam và Chính phủ Lào về Đề án đào tạo giai đoạn "
            "2021-2030; Kế hoạch triển khai Đề án.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-01-09")
    assert [(a["parties"], a["date"]) for a in agreements] == [(["vn", "la"], "2021-01-08")]


def test_a_signing_agreed_on_and_done_is_signed(pipeline: Pipeline) -> None:
    text = ("Công an tỉnh Nghệ An và Công an tỉnh Xiêng Khoảng đã thống nhất ký kết biên bản "
            "ghi nhớ về hợp tác bảo vệ an ninh năm 2016.")
    agreements = facts_of(pipeline, text, "agreement", published="2016-03-01")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn/nghe-an", "la/xiangkhouang"], "mou", "2016")]
    # agreed on, to be signed: no document yet
    assert facts_of(pipeline, text.replace("đã thống nhất", "thống nhất"), "agreement",
                    published="2016-03-01") == []


def test_a_provinces_foreign_investment_from_every_country_is_no_partners(
    pipeline: Pipeline,
) -> None:
    text = ("Tây Ninh hợp tác chặt chẽ với tỉnh Svay Rieng. Tỉnh đã thu hút hơn 1.200 dự án FDI "
            "với tổng vốn 12 tỷ USD.")
    measures = facts_of(pipeline, text, "measure", published="2025-06-01")
    assert [m for m in measures if m["indicator"] == "investment.capital"] == []
    # capital the province put into its partner stays a figure
    text = "Tây Ninh có 20 dự án đầu tư tại tỉnh Svay Rieng với tổng vốn 300 triệu USD."
    measures = facts_of(pipeline, text, "measure", published="2025-06-01")
    assert [m["value"] for m in measures if m["indicator"] == "investment.capital"] == [
        300_000_000]


def test_a_recent_visit_in_a_report_known_only_by_its_year_has_no_month(
    pipeline: Pipeline,
) -> None:
    text = "Chủ tịch Quốc hội Lào Saysomphone Phomvihane cũng vừa thăm Việt Nam."
    assert [v["start"] for v in facts_of(pipeline, text, "visit", published="2023")] == [None]
    assert [v["start"] for v in facts_of(pipeline, text, "visit", published="2023-12-05")] == [
        "2023-12"]


def test_a_yearly_average_is_no_figure_of_a_period_but_a_yearly_target_is_a_target(
    pipeline: Pipeline,
) -> None:
    text = ("Kim ngạch thương mại song phương Việt Nam - Lào trung bình đạt hơn 1,2 tỷ USD/năm, "
            "tăng trưởng hơn 8%/năm.")
    assert facts_of(pipeline, text, "measure", published="2024-03-01") == []
    text = "Hai nước đặt mục tiêu thương mại song phương Việt Nam - Campuchia 20 tỷ USD/năm."
    targets = facts_of(pipeline, text, "target", published="2024-03-01")
    assert [t["value"] for t in targets] == [20_000_000_000]


def test_a_trade_conference_is_not_the_border_provinces_conference(pipeline: Pipeline) -> None:
    text = ("Hội nghị Phát triển thương mại biên giới Việt Nam - Lào lần thứ XI diễn ra tại "
            "Viêng Chăn.")
    assert [m["series"] for m in facts_of(pipeline, text, "meeting", published="2021-05-01")] == [
        "series/vn-la-border-trade-development-conference"]
    text = ("Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam - Lào lần thứ XI diễn ra "
            "tại Viêng Chăn.")
    assert [m["series"] for m in facts_of(pipeline, text, "meeting", published="2021-05-01")] == [
        "series/vn-la-border-provinces-conference"]


def test_a_document_between_the_same_body_of_the_two_countries_is_theirs(
    pipeline: Pipeline,
) -> None:
    text = ("Sau hội đàm, Chủ tịch QH Việt Nam và Chủ tịch QH Campuchia cùng ký kết Thỏa thuận hợp "
            "tác giữa QH hai nước.")
    agreements = facts_of(pipeline, text, "agreement", published="2014-05-01")
    assert [a["parties"] for a in agreements] == [
        ["org/national-assembly-vn", "org/national-assembly-kh"]]


def test_a_document_dated_after_its_parties_and_a_count_since_it_runs_on(
    pipeline: Pipeline,
) -> None:
    text = ("Từ khi thực hiện Hiệp định giữa hai Chính phủ Việt Nam - Campuchia ký ngày 28-8-2000, "
            "Đội K92 đã quy tập được 1.500 HCLS.")
    article = pipeline.process_text(text)
    assert article.published is None  # the year since which the count runs is no report's
    facts = {f.type: f.fields for f in article.facts}
    assert (facts["agreement"]["parties"], facts["agreement"]["date"]) == (
        ["vn", "kh"], "2000-08-28")
    assert (facts["measure"]["value"], facts["measure"]["period"]) == (1500, None)
    text = ("Hai tỉnh Quảng Bình và Savannakhet thực hiện Biên bản hợp tác về công tác biên giới "
            "giữa hai tỉnh ký ngày 30/10/2019 tại Savannakhet.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-06-01")
    assert [(a["parties"], a["date"]) for a in agreements] == [
        (["vn/quang-binh", "la/savannakhet"], "2019-10-30")]


def test_an_anniversary_named_after_its_countries_dates_the_report(
    pipeline: Pipeline,
) -> None:
    said = ("Chiều 22-7, hai bên hội đàm. Chuyến thăm là sự kiện quan trọng chào mừng Năm hữu "
            "nghị Việt Nam - Campuchia và kỷ niệm 45 năm thiết lập quan hệ ngoại giao hai nước.")
    assert pipeline.process_text(said).published == "2012-07-22"
    prepared = ("Chiều 22-7, hai bên hội đàm và nhất trí phối hợp tổ chức các hoạt động để chào "
                "mừng Năm hữu nghị Việt Nam - Campuchia và kỷ niệm 45 năm thiết lập quan hệ "
                "ngoại giao hai nước.")
    # prepared for on 22-7, a month after its day (24 June): celebrated all that year
    assert pipeline.process_text(prepared).published == "2012-07-22"
    # prepared for in December: the anniversary of the year after
    assert pipeline.process_text(prepared.replace("22-7", "20-12")).published == "2011-12-20"


def test_a_visit_that_frames_the_report_is_in_its_month(pipeline: Pipeline) -> None:
    text = ("Trong khuôn khổ chuyến thăm cấp Nhà nước Vương quốc Campuchia của Chủ tịch nước "
            "Nguyễn Xuân Phúc, hai Bộ trưởng đã tổ chức hội đàm.")
    visits = facts_of(pipeline, text, "visit", published="2021-12-23")
    assert [(v["visitor"], v["start"]) for v in visits] == [("person/nguyen-xuan-phuc", "2021-12")]


def test_a_province_signing_with_three_provinces_of_a_country_signs_with_each(
    pipeline: Pipeline,
) -> None:
    text = ("Tây Ninh hội đàm với các tỉnh Svay Rieng, Prey Veng và Tbong Khmum. Lãnh đạo các "
            "tỉnh ký biên bản thỏa thuận về vận chuyển hàng hóa giữa Tây Ninh và ba tỉnh "
            "Campuchia.")
    agreements = facts_of(pipeline, text, "agreement", published="2025-11-03")
    assert sorted(a["parties"][1] for a in agreements) == [
        "kh/prey-veng", "kh/svay-rieng", "kh/tbong-khmum"]
    # two named where the sentence counts three: no pair is guessed for each
    two = text.replace("Svay Rieng, Prey Veng và Tbong Khmum", "Svay Rieng và Prey Veng")
    assert len(facts_of(pipeline, two, "agreement", published="2025-11-03")) == 1


def test_the_minutes_of_talks_are_signed_on_the_day_of_the_talks(pipeline: Pipeline) -> None:
    text = ("Sáng ngày 23/12, tại tỉnh Đồng Nai, Bộ đội Biên phòng tỉnh Đồng Nai tổ chức hội đàm "
            "với Công an tỉnh Kratie. Tham dự hội đàm còn có nhiều đại biểu. Lãnh đạo Bộ đội "
            "Biên phòng tỉnh Đồng Nai ký kết và trao biên bản ghi nhớ hội đàm với Công an tỉnh "
            "Kratie.")
    agreements = facts_of(pipeline, text, "agreement", published="2025-12-24")
    assert [(a["parties"], a["date"]) for a in agreements] == [
        (["vn/dong-nai", "kh/kratie"], "2025-12-23")]


def test_a_joint_statement_as_the_articles_heading_is_the_statement(pipeline: Pipeline) -> None:
    text = ("Thứ Hai, 15/7/2031\nTuyên bố chung Việt Nam - Lào\n1. Nhận lời mời của Tổng Bí thư, "
            "Tổng Bí thư Lào đã thăm hữu nghị chính thức Việt Nam từ ngày 28-29/6/2021.")
    article = pipeline.process(RawArticle(source="t.txt", format="txt", text=text))
    assert not isinstance(article, Rejection)
    assert article.title == "Tuyên bố chung Việt Nam - Lào"  # the date line above is no title
    # a page date years after the text is a reprint's; the lead's days give the month
    assert article.published == "2021-06"
    agreements = [f.fields for f in article.facts if f.type == "agreement"]
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn", "la"], "communique", "2021-06")]


def test_the_full_text_of_a_joint_statement_as_heading_is_the_statement(
        pipeline: Pipeline) -> None:
    text = ("Toàn văn Tuyên bố chung Việt Nam - Lào\nNhận lời mời của Tổng Bí thư, Tổng Bí thư "
            "Lào đã thăm hữu nghị chính thức Việt Nam từ ngày 28-29/6/2021.")
    article = pipeline.process(RawArticle(source="t.txt", format="txt", text=text))
    assert not isinstance(article, Rejection)
    agreements = [f.fields for f in article.facts if f.type == "agreement"]
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn", "la"], "communique", "2021-06")]


@pytest.mark.parametrize("heading", [
    "Thông cáo báo chí chung Việt Nam - Lào",
    "Tuyên bố chung về tăng cường quan hệ hữu nghị vĩ đại Việt Nam - Lào",
])
def test_a_joint_press_statement_or_a_statement_about_a_subject_as_heading(
        pipeline: Pipeline, heading: str) -> None:
    text = (f"{heading}\nNhận lời mời của Tổng Bí thư, Tổng Bí thư Lào đã thăm hữu nghị chính "
            "thức Việt Nam từ ngày 28-29/6/2021.")
    article = pipeline.process(RawArticle(source="t.txt", format="txt", text=text))
    assert not isinstance(article, Rejection)
    assert [(f.fields["parties"], f.fields["kind"]) for f in article.facts
            if f.type == "agreement"] == [(["vn", "la"], "communique")]


def test_an_anniversary_kept_in_a_stated_year_counts_back_from_it(pipeline: Pipeline) -> None:
    text = ("Trong năm 2022, Việt Nam và Lào đã tổ chức lễ kỷ niệm trọng thể chào mừng 60 năm Ngày "
            "thiết lập quan hệ ngoại giao và 45 năm ngày ký Hiệp ước Hữu nghị và hợp tác.")
    article = pipeline.process_text(text, published="2023-04-10")
    facts = {f.type: f.fields for f in article.facts}
    assert facts["relations"]["date"] == "1962"
    assert facts["agreement"]["date"] == "1977"


def test_countries_a_figure_ranks_behind_are_no_parties(pipeline: Pipeline) -> None:
    text = ("Việt Nam hiện có 219 dự án đầu tư còn hiệu lực tại Lào, tổng vốn đăng ký khoảng 4,7 "
            "tỷ USD, đứng vị trí thứ ba (sau Trung Quốc, Thái Lan).")
    measures = facts_of(pipeline, text, "measure", published="2023-04-01")
    assert {tuple(m["parties"]) for m in measures} == {("vn", "la")}


def test_a_treaty_or_protocol_named_in_a_provinces_report_is_the_countries(
    pipeline: Pipeline,
) -> None:
    text = ("Hai tỉnh An Giang và Takeo tiếp tục thực hiện Nghị định thư phân giới cắm mốc biên "
            "giới trên đất liền ký ngày 05/10/2019.")
    agreements = facts_of(pipeline, text, "agreement", published="2024-03-15")
    assert [(a["parties"], a["date"]) for a in agreements] == [(["vn", "kh"], "2019-10-05")]


def test_investment_told_as_its_value_or_committed_capital(pipeline: Pipeline) -> None:
    text = ("Năm 2022, giá trị đầu tư của các công ty Việt Nam tại Lào đạt 180 triệu USD. Các công "
            "ty Việt Nam tham gia các dự án với tổng vốn cam kết là 5,34 tỷ USD tại Lào.")
    measures = facts_of(pipeline, text, "measure", published="2023-12-01")
    assert sorted((m["value"], m["period"]) for m in measures
                  if m["indicator"] == "investment.capital") == [
        (180_000_000, "2022"), (5_340_000_000, None)]


def test_a_trip_on_whose_eve_a_report_is_dated_is_planned_and_undated(
    pipeline: Pipeline,
) -> None:
    text = ("Trước thềm chuyến thăm cấp nhà nước tới Campuchia của Chủ tịch nước Nguyễn Xuân Phúc, "
            "ngày 25/2, báo Khmer Times đã đăng bài về quan hệ hai nước.")
    visits = facts_of(pipeline, text, "visit", published="2022-02-26")
    assert [(v["start"], v["status"]) for v in visits] == [(None, "planned")]


def test_a_working_trip_with_its_work_named_before_where_it_went(pipeline: Pipeline) -> None:
    text = ("Trong khuôn khổ chuyến công tác, làm việc tại Lào từ ngày 14-15/3/2023, chiều 14/3, "
            "Thứ trưởng Bộ Ngoại giao Lê Văn Hùng đã làm việc với lãnh đạo Bộ Ngoại giao Lào.")
    visits = facts_of(pipeline, text, "visit", published="2023-03-16")
    assert [(v["visitor"], v["destination"], v["start"], v["end"]) for v in visits] == [
        ("person/le-van-hung", "la", "2023-03-14", "2023-03-15")]


def test_a_running_total_is_no_repeat_of_the_seasons_count(pipeline: Pipeline) -> None:
    text = ("Đội K91 tỉnh Đồng Tháp đã quy tập được 36 hài cốt liệt sĩ tại Campuchia. Đó là "
            "kết quả của mùa khô 2022 - 2023. Từ năm 2001 đến nay, Đội K91 tỉnh Đồng Tháp đã quy "
            "tập được 1.527 hài cốt liệt sĩ tại Campuchia.")
    measures = facts_of(pipeline, text, "measure", published="2023-07-20")
    assert sorted((m["value"], m["period"]) for m in measures) == [
        (36, "2022/2023"), (1527, None)]


def test_a_border_with_a_province_placed_by_its_country(pipeline: Pipeline) -> None:
    text = ("Tỉnh Đắk Nông có 130 km đường biên giới giáp với tỉnh Mondulkiri (Campuchia). "
            "Tỉnh Quảng Nam có 142 km đường biên giới với Lào, giáp tỉnh Sê Kông.")
    measures = facts_of(pipeline, text, "measure", published="2023-07-20")
    assert [(m["parties"], m["value"]) for m in measures] == [
        (["vn/dak-nong", "kh/mondulkiri"], 130), (["vn/quang-nam", "la"], 142)]


def test_countries_a_rank_is_behind_are_no_parties_however_far_the_rank(
    pipeline: Pipeline,
) -> None:
    text = ("Với hơn 200 dự án, Việt Nam hiện là nhà đầu tư lớn thứ 3 trong số các quốc gia "
            "và vùng lãnh thổ đầu tư vào Campuchia, chỉ sau Trung Quốc và Hàn Quốc.")
    measures = facts_of(pipeline, text, "measure", published="2023-07-20")
    assert [m["parties"] for m in measures] == [["vn", "kh"]]


def test_a_province_head_received_by_a_provinces_leader_visits_the_province(
    pipeline: Pipeline,
) -> None:
    text = ("Chiều 24/3, đồng chí Trần Văn Nam, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng "
            "Nam tiếp đồng chí Khăm-phăn Sỉ-thi-đăm, Ủy viên Trung ương Đảng Nhân dân Cách "
            "mạng Lào, Bí thư - Tỉnh trưởng tỉnh Sê Kông cùng đoàn công tác.")
    title = "Bí thư Tỉnh ủy Quảng Nam Trần Văn Nam tiếp đoàn công tác tỉnh Sê Kông"
    visits = facts_of(pipeline, text, "visit", published="2025-03-25", title=title)
    # received in the province on the day told (a call in a country is of a longer trip)
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/kham-phan-si-thi-dam", "vn/quang-nam", "2025-03-24")]


def test_remains_counted_by_a_team_are_its_provinces(pipeline: Pipeline) -> None:
    text = ("Theo báo cáo của Đội K55 (Bộ CHQS tỉnh Đắk Nông), công tác tìm kiếm được triển "
            "khai từ tháng 11. Từ ngày 10-11-2024 đến 20-1-2025, Đội K55 đã quy tập được 9 bộ "
            "hài cốt liệt sĩ tại tỉnh Mondulkiri (Campuchia).")
    measures = facts_of(pipeline, text, "measure", published="2025-01-22")
    assert [(m["parties"], m["value"]) for m in measures] == [(["vn/dak-nong", "kh"], 9)]


def test_a_total_split_between_a_neighbour_and_the_province_is_neither(
    pipeline: Pipeline,
) -> None:
    text = ("Ban Chỉ đạo 515 tỉnh Long An họp tổng kết. Mùa khô 2023-2024, Ban Chỉ đạo đã quy "
            "tập được 40 hài cốt liệt sỹ (tại Campuchia có 30 hài cốt, ở tỉnh có 10 hài cốt).")
    measures = facts_of(pipeline, text, "measure", published="2024-06-02")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn/long-an", "kh"], 30, "2023/2024")]


def test_a_figure_set_apart_for_one_province_is_that_provinces(pipeline: Pipeline) -> None:
    text = ("Việt Nam hiện có 250 dự án đầu tư tại Campuchia. Riêng tại tỉnh Kratie có 12 dự "
            "án, tổng vốn đầu tư 300 triệu USD.")
    measures = facts_of(pipeline, text, "measure", published="2019-02-01")
    assert sorted((m["value"], m["parties"]) for m in measures) == [
        (12, ["vn", "kh/kratie"]), (250, ["vn", "kh"]), (300000000, ["vn", "kh/kratie"])]


def test_a_provinces_document_named_by_its_sides_and_period(pipeline: Pipeline) -> None:
    text = ("Hai bên thống nhất tiếp tục triển khai Thỏa thuận hợp tác giữa tỉnh Quảng Trị và "
            "tỉnh Savannakhet giai đoạn 2021-2025, đồng thời thực hiện bản ghi nhớ giữa Ủy ban "
            "MTTQ Việt Nam và Mặt trận Lào xây dựng đất nước giai đoạn 2020-2025.")
    agreements = facts_of(pipeline, text, "agreement", published="2023-04-02")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn/quang-tri", "la/savannakhet"], "agreement", None)]


def test_the_three_countries_named_together_are_no_partner(pipeline: Pipeline) -> None:
    text = ("Campuchia và Việt Nam đã hoàn thành 84% khối lượng phân giới. Đến cuối năm 2018, hai "
            "nước đã xây dựng được 2.047 cột mốc (chưa kể cột mốc ngã ba biên giới Việt Nam-Lào-"
            "Campuchia).")
    measures = facts_of(pipeline, text, "measure", published="2023-05-10")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn", "kh"], 2047, None)]


def test_a_length_told_of_where_a_province_adjoins_its_neighbour(pipeline: Pipeline) -> None:
    text = ("Long An là tỉnh biên giới tiếp giáp với tỉnh Svay Rieng, Campuchia với chiều dài "
            "hơn 130 km.")
    measures = facts_of(pipeline, text, "measure", published="2022-04-08")
    assert [(m["indicator"], m["parties"], m["value"], m.get("qualifier")) for m in measures] == [
        ("border.length", ["vn/long-an", "kh/svay-rieng"], 130, "over")]


def test_remains_found_on_one_day_are_no_seasons_figure(pipeline: Pipeline) -> None:
    text = ("Ngày 26-1, trên hướng tỉnh Ratanakiri, Đội K52 tỉnh Gia Lai đã quy tập được 1 hài "
            "cốt liệt sĩ tại Campuchia. Mùa khô 2024-2025, Đội K52 tỉnh Gia Lai đã quy tập được "
            "11 hài cốt liệt sĩ tại Campuchia.")
    measures = facts_of(pipeline, text, "measure", published="2025-01-28")
    assert [(m["value"], m["period"]) for m in measures] == [(11, "2024/2025")]


def test_a_count_still_to_be_done_is_no_figure(pipeline: Pipeline) -> None:
    text = ("Năm 2012, đội đã xây dựng được 21 cột mốc. Năm 2013, hai tỉnh Quảng Nam và Sê Kông "
            "sẽ tiếp tục khảo sát, xây dựng thêm 10 cột mốc.")
    measures = facts_of(pipeline, text, "measure", published="2013-01-10")
    assert [(m["value"], m["period"]) for m in measures] == [(21, "2012")]


def test_chairs_told_as_with_the_chairing_of(pipeline: Pipeline) -> None:
    text = ("Sáng 10-1, tại TP HCM, Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam - "
            "Campuchia lần thứ 10 đã khai mạc với sự chủ trì của Phó Thủ tướng Phạm Bình Minh "
            "và Phó Thủ tướng Campuchia Sar Kheng.")
    meetings = facts_of(pipeline, text, "meeting", published="2019-01-10")
    assert [(m["edition"], m["chairs"]) for m in meetings] == [
        (10, ["person/pham-binh-minh", "person/sar-kheng"])]


def test_an_anniversarys_span_dates_no_visit(pipeline: Pipeline) -> None:
    text = ("Đại tướng Phan Văn Giang chào mừng Đại tướng Hun Manet, Phó Tổng Tư lệnh Quân đội "
            "Hoàng gia Campuchia, thăm Việt Nam nhân kỷ niệm 55 năm Ngày thiết lập quan hệ "
            "ngoại giao (24/6/1967 - 24/6/2022).")
    visits = facts_of(pipeline, text, "visit", published="2022-08-10")
    assert [(v["visitor"], v["end"]) for v in visits] == [("person/hun-manet", None)]
    assert all(v["start"] != "1967-06-24" for v in visits)


def test_documents_summed_up_over_years_are_no_signing(pipeline: Pipeline) -> None:
    text = ("Thành phố Đà Nẵng đã ký kết 29 văn bản thỏa thuận và ghi nhớ với nhiều địa phương "
            "của Lào như: Thủ đô Viêng Chăn và các tỉnh Savannakhet, Champasak, Sekong.")
    assert facts_of(pipeline, text, "agreement", published="2013-12-10") == []


def test_two_anniversaries_in_one_sentence_each_with_its_pair(pipeline: Pipeline) -> None:
    text = ("Chương trình chào mừng kỷ niệm 52 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - "
            "Campuchia (24/6/1967 - 24/6/2019), 57 năm Ngày thiết lập quan hệ ngoại giao Việt "
            "Nam - Lào (5/9/1962 - 5/9/2019).")
    relations = facts_of(pipeline, text, "relations", published="2019-06-20")
    assert sorted((r["parties"][1], r["date"]) for r in relations) == [
        ("kh", "1967-06-24"), ("la", "1962-09-05")]


def test_a_departure_for_a_country_is_a_trip(pipeline: Pipeline) -> None:
    text = ("Sáng 2/12, Thủ tướng Chính phủ Phạm Minh Chính lên đường tới Cộng hòa Dân chủ Nhân "
            "dân Lào dự Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào từ ngày 2 đến "
            "ngày 3/12.")
    visits = facts_of(pipeline, text, "visit", published="2025-12-02")
    assert [(v["visitor"], v["destination"], v["start"], v["end"]) for v in visits] == [
        ("person/pham-minh-chinh", "la", "2025-12-02", "2025-12-03")
    ]


def test_a_delegations_work_told_as_done_in_a_province_is_a_working_visit(
    pipeline: Pipeline,
) -> None:
    text = ("Chiều 9/3, đoàn công tác của Quốc hội Lào do Chủ tịch Quốc hội Lào Saysomphone "
            "Phomvihane làm trưởng đoàn đã làm việc tại tỉnh Hà Tĩnh.")
    visits = facts_of(pipeline, text, "visit", published="2023-03-10")
    assert [(v["visitor"], v["destination"], v["kind"]) for v in visits] == [
        ("person/xaysomphone-phomvihane", "vn/ha-tinh", "working")
    ]
    # a working session at home is no visit, nor is a session `tại buổi làm việc`
    home = ("Chiều 9/3, đoàn công tác do Phó Thủ tướng Trần Lưu Quang làm trưởng đoàn đã làm "
            "việc tại tỉnh Hà Tĩnh. Tại buổi làm việc tại tỉnh, hai bên trao đổi.")
    assert facts_of(pipeline, home, "visit", published="2023-03-10") == []


def test_a_treaty_named_in_small_letters_with_its_year(pipeline: Pipeline) -> None:
    text = ("Thực hiện Hiệp ước hoạch định đường biên giới quốc gia Việt Nam-Lào năm 1977, "
            "hai nước đã hoàn thành phân giới cắm mốc.")
    agreements = facts_of(pipeline, text, "agreement", published="2016-06-16")
    assert [(a["parties"], a["date"]) for a in agreements] == [(["vn", "la"], "1977")]
    # a treaty that supplements another keeps the year for that one; a period is no year
    later = ("Hai tỉnh thực hiện Hiệp ước bổ sung Hiệp ước Hoạch định biên giới quốc gia năm "
             "1985 và Hiệp ước bổ sung năm 2005 giữa Việt Nam và Campuchia. Việt Nam và "
             "Campuchia thực hiện Nghị định thư về hợp tác quốc phòng giai đoạn 2025-2029.")
    dates = [a["date"] for a in facts_of(pipeline, later, "agreement", published="2025-03-01")]
    assert dates == ["1985", "2005"]


def test_trade_written_with_its_abbreviation(pipeline: Pipeline) -> None:
    text = "Năm 2011, tổng giá trị kim ngạch XNK giữa Việt Nam và Lào đạt 734 triệu USD."
    measures = facts_of(pipeline, text, "measure", published="2016-01-10")
    assert [(m["indicator"], m["parties"], m["value"], m["period"]) for m in measures] == [
        ("trade.bilateral", ["vn", "la"], 734000000, "2011")
    ]


def test_a_borders_length_has_no_period(pipeline: Pipeline) -> None:
    text = ("Theo Bộ bản đồ đường biên giới Việt Nam - Lào ký ngày 16/3/2016, chiều dài đoạn "
            "biên giới thuộc cặp tỉnh Điện Biên - Phông Sa Ly là 354,798 km.")
    measures = facts_of(pipeline, text, "measure", published="2017-12-19")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn/dien-bien", "la/phongsaly"], 354.798, None)
    ]


def test_a_plans_year_is_no_signing_date_in_a_report_of_the_year_before(
    pipeline: Pipeline,
) -> None:
    text = ("Hôm nay 19.11.2019, tại thành phố Đông Hà, hai tỉnh Quảng Trị và Savannakhet tổ "
            "chức hội đàm thường niên.\nBộ Chỉ huy Quân sự hai tỉnh Quảng Trị - Savannakhet ký "
            "kết Bản thỏa thuận phối hợp công tác trong năm 2020.")
    agreements = facts_of(pipeline, text, "agreement")
    assert [(a["parties"], a["date"]) for a in agreements] == [
        (["vn/quang-tri", "la/savannakhet"], "2019-11-19")
    ]


def test_a_name_listed_before_a_province_is_a_province(pipeline: Pipeline) -> None:
    article = pipeline.process_text("Điện Biên tiếp giáp với 2 tỉnh Bắc Lào (Phông Sa Ly và Luông "
                                    "Pha Băng) là 360 km.")
    assert [m.entity for m in article.mentions if m.kind == "province"] == [
        "vn/dien-bien", "la/phongsaly", "la/luang-prabang"
    ]


def test_a_held_visit_dated_nowhere_is_in_the_month_of_the_report(pipeline: Pipeline) -> None:
    text = ("Đại tướng Phan Văn Giang hội đàm với Đại tướng Hun Manet, Phó Tổng Tư lệnh Quân đội "
            "Hoàng gia Campuchia, nhân chuyến thăm chính thức Việt Nam của Đại tướng Hun Manet.")
    visits = facts_of(pipeline, text, "visit", published="2022-08-15")
    assert [(v["visitor"], v["start"]) for v in visits] == [("person/hun-manet", "2022-08")]
    planned = "Thủ tướng Hun Sen sẽ thăm chính thức Việt Nam."
    assert [v["start"] for v in facts_of(pipeline, planned, "visit", published="2022-08-15")] == [
        None]


def test_remains_found_in_two_countries_are_both_countries(pipeline: Pipeline) -> None:
    text = ("Trong mùa khô 2015-2016, Đội K53 tỉnh Kon Tum đã cất bốc và quy tập được 14 hài cốt "
            "liệt sĩ tại 2 nước bạn Lào và Campuchia, đưa về an táng.")
    measures = facts_of(pipeline, text, "measure", published="2016-06-01")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn/kon-tum", "la", "kh"], 14, "2015/2016")
    ]


def test_a_delegation_led_to_work_with_hosts_abroad_is_a_working_visit(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 12/3 tại Campuchia, Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân dẫn đầu "
            "Đoàn công tác của Bộ Công Thương Việt Nam làm việc với Bộ Thương mại Campuchia.")
    visits = facts_of(pipeline, text, "visit", published="2024-03-13")
    assert [(v["visitor"], v["destination"], v["start"], v["kind"]) for v in visits] == [
        ("person/nguyen-sinh-nhat-tan", "kh", "2024-03-12", "working")]
    at_home = text.replace("tại Campuchia", "tại Hà Nội")
    assert facts_of(pipeline, at_home, "visit", published="2024-03-13") == []


def test_two_people_who_co_chair_the_session_named_by_its_kind_chair_the_articles_one(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 28/3, tại tỉnh Luông Pha Bang, Lào, diễn ra Đối thoại Chính sách Quốc phòng "
            "Việt Nam - Lào lần thứ 5. Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng "
            "Việt Nam, và Thượng tướng Vongkham Phommakone, Thứ trưởng Bộ Quốc phòng Lào, đồng "
            "chủ trì Đối thoại.")
    meetings = facts_of(pipeline, text, "meeting", published="2025-03-28")
    assert [(m["edition"], sorted(m["chairs"])) for m in meetings] == [
        (5, ["person/hoang-xuan-chien", "person/vongkham-phommakone"])]
    # one person and his host co-chairing nothing the sentence names are no chairs
    other = text.replace("đồng chủ trì Đối thoại.", "đồng chủ trì lễ ký kết các văn kiện.")
    assert [m["chairs"] for m in facts_of(pipeline, other, "meeting", published="2025-03-28")] == [
        []]


def test_the_heads_named_before_their_sides_chair_the_articles_session(
    pipeline: Pipeline,
) -> None:
    text = ("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào lần thứ 2 diễn ra tại tỉnh "
            "Hủa Phăn. Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng làm trưởng đoàn phía "
            "Việt Nam. Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng làm trưởng đoàn "
            "phía Lào.")
    meetings = facts_of(pipeline, text, "meeting", published="2024-10-23")
    assert [sorted(m["chairs"]) for m in meetings] == [
        ["person/chansamone-chanyalath", "person/phan-van-giang"]]


def test_a_post_of_both_countries_co_chairing_is_its_two_holders(pipeline: Pipeline) -> None:
    text = ("Trong chuyến thăm lần này, Thủ tướng Chính phủ hai nước sẽ đồng chủ trì kỳ họp lần "
            "thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào.")
    meetings = facts_of(pipeline, text, "meeting", published="2024-01-05")
    assert [sorted(m["chairs"]) for m in meetings] == [
        ["person/pham-minh-chinh", "person/sonexay-siphandone"]]
    # no post named before `hai nước`: no one known to chair
    unnamed = text.replace("Thủ tướng Chính phủ hai nước", "đại diện hai nước")
    assert [m["chairs"] for m in facts_of(pipeline, unnamed, "meeting",
                                          published="2024-01-05")] == [[]]


def test_a_session_placed_in_a_country_sits_in_the_one_city_the_delegation_comes_to(
    pipeline: Pipeline,
) -> None:
    text = ("Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam và đồng chủ trì kỳ họp lần "
            "thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào từ ngày 6-7/1. Ngay sau khi tới Thủ đô "
            "Hà Nội, Thủ tướng Lào đã đặt hoa tại Đài tưởng niệm các anh hùng liệt sĩ.")
    places = [m["place"] for m in facts_of(pipeline, text, "meeting", published="2024-01-06")]
    assert places == ["vn/ha-noi"]
    two = text + " Sau đó, Thủ tướng Lào tới Thành phố Hồ Chí Minh."
    assert [m["place"] for m in facts_of(pipeline, two, "meeting", published="2024-01-06")] == [
        "vn"]
    # a session to come is placed as its sentence places it
    planned = ("Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào sẽ được tổ chức tại Việt "
               "Nam. Kỳ họp lần thứ 44 đã diễn ra tại Thủ đô Hà Nội.")
    places = {m["edition"]: m["place"] for m in facts_of(pipeline, planned, "meeting",
                                                         published="2023-02-01")}
    assert places[46] == "vn"


def test_the_lead_is_dated_after_the_outlets_tag(pipeline: Pipeline) -> None:
    text = ("(Báo Quân đội nhân dân) - Chiều 12/7, đoàn lãnh đạo tỉnh Nghệ An đến thăm tỉnh Bô Ly "
            "Khăm Xay. Thủ tướng Lào Sonexay Siphandone tiếp Bí thư Tỉnh ủy Nghệ An Thái Thanh "
            "Quý.")
    visits = facts_of(pipeline, text, "visit", published="2023-07-13")
    received = [v for v in visits if v["visitor"] == "person/thai-thanh-quy"]
    assert [(v["destination"], v["start"]) for v in received] == [("la", "2023-07")]


def test_a_trip_a_host_praises_goes_to_the_hosts_province(pipeline: Pipeline) -> None:
    text = ("Đồng chí Khăm Kinh, Phó tỉnh trưởng tỉnh Bo Kẹo đánh giá cao chuyến thăm của đồng "
            "chí Mùa A Sơn, Chủ tịch UBND tỉnh Điện Biên.")
    visits = facts_of(pipeline, text, "visit", published="2018-10-29")
    assert [(v["visitor"], v["destination"]) for v in visits] == [
        ("person/mua-a-son", "la/bokeo")]
    # a national leader's trip is to the country, whichever province receives him
    leader = text.replace("đồng chí Mùa A Sơn, Chủ tịch UBND tỉnh Điện Biên",
                          "Thủ tướng Phạm Minh Chính")
    assert [v["destination"] for v in facts_of(pipeline, leader, "visit",
                                               published="2023-01-12")] == ["la"]


def test_the_record_two_provinces_sign_formally_is_their_agreement(pipeline: Pipeline) -> None:
    text = ("Phó Chủ tịch UBND tỉnh An Giang Lê Trung Hồ và Ngài Hak Leng, Phó Tỉnh trưởng tỉnh "
            "Koh Kong đã thực hiện nghi thức ký kết biên bản.")
    agreements = facts_of(pipeline, text, "agreement", published="2025-01-10")
    assert [(a["parties"], a["kind"]) for a in agreements] == [
        (["vn/an-giang", "kh/koh-kong"], "agreement")]
    # the minutes of a handover are no agreement
    handover = text.replace("nghi thức ký kết biên bản.", "ký biên bản bàn giao hài cốt.")
    assert facts_of(pipeline, handover, "agreement", published="2025-01-10") == []


def test_two_documents_named_with_one_year_and_their_subjects_are_two(
    pipeline: Pipeline,
) -> None:
    text = ("Tỉnh Quảng Trị và tỉnh Salavan của Lào hội đàm. Hai tỉnh thực hiện Hiệp định về quy "
            "chế biên giới năm 2016; hai tỉnh thực hiện tốt “Nghị định thư về đường biên giới và "
            "mốc quốc giới” năm 2016.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-03-19")
    assert sorted(a["topic"] for a in agreements if a["date"] == "2016") == [
        "border", "border demarcation"]


def test_a_count_of_no_season_is_the_latest_season_of_an_article_of_its_years(
    pipeline: Pipeline,
) -> None:
    text = ("Đội K52 tỉnh Nghệ An lên đường tìm kiếm hài cốt liệt sĩ tại Lào mùa khô 2020-2021. "
            "Trong mùa khô 2019-2020, Đội K52 tỉnh Nghệ An đã quy tập được 31 hài cốt liệt sĩ "
            "tại Lào. Đội được nhân dân Lào giúp đỡ tận tình. Sáu hài cốt liệt sĩ được đội quy tập "
            "tại tỉnh Xiêng Khoảng đã về nước.")
    periods = {m["value"]: m["period"] for m in facts_of(pipeline, text, "measure",
                                                         published="2021-01-15")}
    assert periods == {31: "2019/2020", 6: "2020/2021"}
    # an article of other years does not say which season is under way
    older = {m["value"]: m["period"] for m in facts_of(pipeline, text, "measure",
                                                       published="2023-01-15")}
    assert older[6] is None


def test_foreign_provinces_listed_as_subject_sign_with_the_one_after_voi(
    pipeline: Pipeline,
) -> None:
    text = ("Từ ngày 06/3/2024 đến ngày 08/3/2024, Đoàn công tác cơ quan Ngoại vụ 3 tỉnh nước "
            "CHDCND Lào gồm: Hủa Phăn, Luông Pha Bang, Phông Sa Lỳ đã sang thăm, làm việc và ký "
            "kết biên bản thoả thuận hợp tác với Sở Ngoại vụ tỉnh Sơn La.")
    agreements = facts_of(pipeline, text, "agreement", published="2024-03-08")
    assert [a["parties"] for a in agreements] == [
        ["vn/son-la", "la/houaphanh"], ["vn/son-la", "la/luang-prabang"],
        ["vn/son-la", "la/phongsaly"],
    ]


def test_an_organisation_named_after_a_person_is_not_the_city(pipeline: Pipeline) -> None:
    article = pipeline.process_text("Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh Đắk Lắk làm việc "
                                    "với Đoàn TNCS Hồ Chí Minh Thành phố Hồ Chí Minh.")
    assert [m.entity for m in article.mentions if m.entity] == ["vn/dak-lak", "vn/ho-chi-minh"]


def test_a_foreign_name_capitalised_only_at_its_first_word(pipeline: Pipeline) -> None:
    foreign = pipeline.process_text("Hai tỉnh Đồng Tháp - Prey veng có chung đường biên giới.")
    assert [m.entity for m in foreign.mentions] == ["vn/dong-thap", "kh/prey-veng"]
    # a Vietnamese phrase opening a sentence keeps needing its capitals: peace, not Hòa Bình
    assert pipeline.process_text("Hòa bình, hữu nghị và hợp tác.").mentions == []


def test_investment_abroad_as_a_whole_is_no_partners(pipeline: Pipeline) -> None:
    text = ("Năm 2024, các nhà đầu tư Việt Nam đã đầu tư ra nước ngoài 164 dự án. Tổng vốn đầu "
            "tư đạt gần 664,8 triệu USD. Trong đó, Lào tiếp tục là địa bàn nhận đầu tư của Việt "
            "Nam nhiều nhất với gần 5,7 tỷ USD.")
    measures = facts_of(pipeline, text, "measure", published="2025-01-10")
    assert [(m["indicator"], m["parties"], m["value"]) for m in measures] == [
        ("investment.capital", ["vn", "la"], 5700000000)
    ]


def test_a_figure_compared_with_the_same_period_takes_the_period_told(
    pipeline: Pipeline,
) -> None:
    text = ("Trong 8 tháng đầu năm 2022, đầu tư từ Việt Nam sang Lào có 3 dự án cấp mới. Tổng vốn "
            "đăng ký là 65,92 triệu USD, tăng 2,5 lần so với cùng kỳ năm 2021.")
    measures = facts_of(pipeline, text, "measure", published="2022-09-10")
    assert [(m["indicator"], m["period"]) for m in measures] == [
        ("investment.projects", "2022-01/2022-08"), ("investment.capital", "2022-01/2022-08")
    ]
    times = ("Trong 11 tháng đầu năm 2021, kim ngạch thương mại Việt Nam - Campuchia đạt 8,6 tỷ "
             "USD. Việt Nam có thêm 4 dự án mới tại Campuchia với vốn đăng ký gần 90 triệu USD, "
             "gấp 4,6 lần cùng kỳ năm trước.")
    capital = [m for m in facts_of(pipeline, times, "measure", published="2021-12-10")
               if m["indicator"] == "investment.capital"]
    assert [m["period"] for m in capital] == ["2021-01/2021-11"]


def test_a_signing_to_strive_for_is_none(pipeline: Pipeline) -> None:
    text = ("Phó Thủ tướng đề nghị hai Bộ thúc đẩy đàm phán, phấn đấu ký kết Hiệp định về hợp tác "
            "thương mại than giữa Việt Nam và Lào.")
    assert facts_of(pipeline, text, "agreement", published="2024-10-21") == []


def test_an_agreement_is_the_countries_even_in_two_provinces_talks(pipeline: Pipeline) -> None:
    text = ("Tại cuộc hội đàm giữa hai tỉnh Quảng Trị và Salavan, hai bên đã thông báo kết quả "
            "thực hiện Hiệp định về quy chế biên giới năm 2016.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-03-01")
    assert [(a["parties"], a["date"]) for a in agreements] == [(["vn", "la"], "2016")]


def test_a_span_told_elsewhere_holds_the_day_a_visit_is_dated_by(pipeline: Pipeline) -> None:
    text = ("Ngày 17/12, Đoàn đại biểu Thượng viện Campuchia do Chủ tịch Thượng viện Say Chhum "
            "dẫn đầu đã rời Hà Nội, kết thúc chuyến thăm chính thức Việt Nam theo lời mời của "
            "Chủ tịch Quốc hội Nguyễn Sinh Hùng.\nTrong chuyến thăm Việt Nam (từ ngày "
            "15-17/12/2015), Chủ tịch Thượng viện Say Chhum đã hội đàm với Chủ tịch Quốc hội.")
    visits = facts_of(pipeline, text, "visit", published="2015-12-17", title="Tin")
    assert [(v["visitor"], v["start"], v["end"]) for v in visits] == [
        ("person/say-chhum", "2015-12-15", "2015-12-17")
    ]


def test_a_framing_trip_to_co_chair_a_session_names_its_chair(pipeline: Pipeline) -> None:
    text = ("Trong chương trình thăm Lào và đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ "
            "Việt Nam - Lào, sáng 10/1, tại thủ đô Vientiane, Thủ tướng Chính phủ Phạm Minh Chính "
            "đã hội kiến Tổng Bí thư Lào.")
    meetings = facts_of(pipeline, text, "meeting", published="2025-01-10")
    assert [(m["edition"], m["chairs"]) for m in meetings] == [(47, ["person/pham-minh-chinh"])]


def test_the_first_month_of_a_year_compared_with_the_same_month(pipeline: Pipeline) -> None:
    text = ("Kim ngạch thương mại Việt Nam - Lào trong tháng đầu năm 2024 tăng mạnh so với cùng "
            "kỳ năm 2023, đạt 174,4 triệu USD.")
    measures = facts_of(pipeline, text, "measure", published="2024-02-28")
    assert [(m["indicator"], m["value"], m["period"]) for m in measures] == [
        ("trade.bilateral", 174400000, "2024-01")
    ]
    # `những tháng đầu năm` is a few months, not January
    vague = "Trong những tháng đầu năm 2024, kim ngạch thương mại Việt Nam - Lào đạt 1 tỷ USD."
    assert [m["period"] for m in facts_of(pipeline, vague, "measure",
                                          published="2024-06-01")] == ["2024"]


def test_an_establishment_counted_back_and_dated_is_the_days(pipeline: Pipeline) -> None:
    text = ("Sáng 17/6, tỉnh Đắk Lắk tổ chức gặp mặt kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại "
            "giao Việt Nam - Campuchia. Ngày 24/6/1967, Việt Nam và Campuchia chính thức thiết "
            "lập quan hệ ngoại giao.")
    relations = facts_of(pipeline, text, "relations", published="2022-06-17")
    assert [r["date"] for r in relations] == ["1967-06-24"]


def test_a_ministry_written_in_capitals_opens_no_persons_name(pipeline: Pipeline) -> None:
    article = pipeline.process_text("Phó Thủ tướng kiêm Bộ trưởng Bộ Nội Vụ Vương quốc Campuchia "
                                    "Sar Kheng tiếp Bộ trưởng Tô Lâm.")
    assert [m.entity for m in article.mentions if m.kind == "person"] == [
        "person/sar-kheng", "person/to-lam"]


def test_the_year_an_anniversary_is_kept_is_no_treatys_year(pipeline: Pipeline) -> None:
    text = ("Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm 40 năm Ngày ký Hiệp ước Hữu "
            "nghị và Hợp tác Việt Nam – Lào trong năm 2017.")
    dates = [a["date"] for a in facts_of(pipeline, text, "agreement", published="2016-07-25")]
    assert dates == ["1977"]


def test_a_leader_named_before_his_provinces_delegation_leads_the_trip(
    pipeline: Pipeline,
) -> None:
    text = ("Trong khuôn khổ chuyến công tác tại Vương quốc Campuchia, ngày 6-4, Phó Chủ tịch UBND "
            "tỉnh Kiên Giang Nguyễn Lưu Trung cùng đoàn công tác của tỉnh Kiên Giang thăm tỉnh "
            "Kép.")
    visits = facts_of(pipeline, text, "visit", published="2023-04-08")
    assert {v["visitor"] for v in visits} == {"person/nguyen-luu-trung"}


def test_a_flow_from_a_year_to_a_month_spans_them(pipeline: Pipeline) -> None:
    text = ("Từ năm 2022 đến 9/2025, tổng kim ngạch xuất nhập khẩu song phương Lào - Việt Nam đạt "
            "7,95 tỷ USD.")
    measures = facts_of(pipeline, text, "measure", published="2025-10-20")
    assert [m["period"] for m in measures] == ["2022-01/2025-09"]


def test_a_visit_of_a_leader_named_after_a_chain_of_titles(pipeline: Pipeline) -> None:
    text = ("Chuyến thăm của Thủ tướng Lào Thongloun Sisoulith diễn ra ngay sau chuyến thăm hữu "
            "nghị chính thức nước Cộng hòa xã hội chủ nghĩa Việt Nam của Tổng Bí thư Ban Chấp hành "
            "Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào "
            "Bounnhang Vorachith từ ngày 25-27/4.")
    visits = facts_of(pipeline, text, "visit", published="2016-05-10")
    assert ("person/bounnhang-vorachith", "vn", "2016-04-25") in [
        (v["visitor"], v["destination"], v["start"]) for v in visits]


def test_a_visit_to_a_host_ministry_goes_to_its_country(pipeline: Pipeline) -> None:
    text = ("Từ ngày 16 đến 19/10/2011, Bộ trưởng Cao Đức Phát và đoàn cán bộ Bộ NNPTNT đã thăm và "
            "làm việc với Bộ Nông Lâm nghiệp Lào tại tỉnh Luông Pha Băng.")
    visits = facts_of(pipeline, text, "visit", published="2011-10-22")
    assert [(v["visitor"], v["destination"]) for v in visits] == [("person/cao-duc-phat", "la")]


def test_a_guest_welcomed_at_a_place_named_before_the_welcome(pipeline: Pipeline) -> None:
    text = ("Sáng 11/8, tại Trụ sở Bộ Quốc phòng (Hà Nội), Đại tướng Trịnh Văn Quyết đã chủ trì lễ "
            "đón Trung tướng Vongsone Inpanphim, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân "
            "Lào.")
    visits = facts_of(pipeline, text, "visit", published="2025-08-11")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/vongsone-inpanphim", "vn", "2025-08-11")
    ]


def test_a_leader_far_before_the_verb_leads_the_delegation_he_heads(pipeline: Pipeline) -> None:
    text = ("Ngày 10/8, đồng chí Vi-La-Vone Phăn-Tha-Vông, Ủy viên Thường trực, Phó Trưởng ban "
            "Tuyên huấn Trung ương Đảng Nhân dân Cách mạng Lào, phụ trách chỉ đạo Tạp chí "
            "A-lun-may (cơ quan lý luận và thực tiễn của Đảng Nhân dân Cách mạng Lào), dẫn đầu "
            "Đoàn đại biểu "
            "Tạp chí A-lun-may, thăm, làm việc tại tỉnh Ninh Bình.")
    visits = facts_of(pipeline, text, "visit", published="2023-08-11")
    assert [(v["visitor"], v["destination"]) for v in visits] == [
        ("person/vi-la-vone-phan-tha-vong", "vn/ninh-binh")
    ]


def test_a_trade_growth_target_in_dollars_is_a_trade_target(pipeline: Pipeline) -> None:
    text = ("Hai bên cần thúc đẩy hợp tác toàn diện Việt Nam – Lào, phấn đấu đạt mục tiêu tăng "
            "trưởng thương mại đạt 5 tỷ USD.")
    targets = facts_of(pipeline, text, "target", published="2025-12-01")
    assert [(t["indicator"], t["value"], t["by"]) for t in targets] == [
        ("trade.bilateral", 5000000000, None)
    ]


def test_relations_established_told_without_quan_he(pipeline: Pipeline) -> None:
    text = ("Hai nước triển khai các hoạt động kỷ niệm 55 năm Ngày thiết lập ngoại giao Việt Nam - "
            "Campuchia (24/6/1967 - 24/6/2022).")
    relations = facts_of(pipeline, text, "relations", published="2022-08-10")
    assert [(r["parties"], r["date"]) for r in relations] == [(["vn", "kh"], "1967-06-24")]


def test_investment_capital_told_as_von_dau_tu(pipeline: Pipeline) -> None:
    text = ("Năm 2021, vốn đầu tư từ Việt Nam sang Lào đạt 118,3 triệu USD, tăng 33,3% so với "
            "năm 2020.")
    measures = facts_of(pipeline, text, "measure", published="2022-09-10")
    assert [(m["indicator"], m["parties"], m["value"], m["period"]) for m in measures] == [
        ("investment.capital", ["vn", "la"], 118300000, "2021")
    ]


def test_a_whole_announced_by_trong_so_gives_way_to_its_parts(pipeline: Pipeline) -> None:
    text = ("Mùa khô 2021-2022, Đội K52 tỉnh Gia Lai quy tập hài cốt liệt sĩ. Trong số 30 hài cốt "
            "liệt sĩ, có 22 hài cốt được tìm thấy tại tỉnh Ratanakiri (Campuchia); 8 hài cốt "
            "còn lại được quy tập tại tỉnh Attapeu của Lào.")
    measures = facts_of(pipeline, text, "measure", published="2022-05-01")
    assert sorted((m["value"], m["parties"][1]) for m in measures) == [(8, "la"), (22, "kh")]


def test_remains_pointed_back_to_are_no_new_count(pipeline: Pipeline) -> None:
    text = ("Đội K52 tỉnh Gia Lai quy tập 5 hài cốt liệt sĩ tại Campuchia. Cả ba liệt sĩ này đều "
            "hy sinh năm 1979 và được tìm thấy tại tỉnh Ratanakiri.")
    measures = facts_of(pipeline, text, "measure", published="2022-05-01")
    assert [m["value"] for m in measures] == [5]


def test_markers_of_hai_tinh_are_the_articles_province_pair(pipeline: Pipeline) -> None:
    text = ("Tỉnh Quảng Trị và tỉnh Savannakhet tổng kết công tác tăng dày mốc quốc giới Việt "
            "Nam - Lào. Hai tỉnh đã xây dựng hoàn thành 41/41 cột mốc trên tuyến biên giới.")
    measures = facts_of(pipeline, text, "measure", published="2016-04-01")
    assert [(m["parties"], m["value"]) for m in measures] == [
        (["vn/quang-tri", "la/savannakhet"], 41)
    ]


def test_marker_positions_restated_as_markers_count_the_markers(pipeline: Pipeline) -> None:
    text = ("Hai nước đã hoàn thành tăng dày, tôn tạo hệ thống mốc quốc giới Việt Nam - Lào với "
            "tổng số 600 vị trí mốc, tương ứng 650 cột mốc.")
    measures = facts_of(pipeline, text, "measure", published="2016-04-01")
    assert [(m["indicator"], m["value"]) for m in measures] == [("border.markers", 650)]


def test_a_visitor_received_while_his_visit_is_underway_began_on_a_day_not_told(
    pipeline: Pipeline,
) -> None:
    text = ("Chiều 14/9, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Bộ Giáo dục Lào "
            "Phout Simmalavong đang thăm, làm việc tại Việt Nam.")
    visits = facts_of(pipeline, text, "visit", published="2023-09-15")
    assert [(v["destination"], v["start"]) for v in visits] == [("vn", "2023-09")]


def test_a_day_during_a_visit_is_not_its_start(pipeline: Pipeline) -> None:
    text = ("Ngày 12/3, trong chuyến thăm chính thức Lào, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn "
            "đã hội kiến Thủ tướng Lào.")
    visits = facts_of(pipeline, text, "visit", published="2022-03-13")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/bui-thanh-son", "la", "2022-03")
    ]


def test_leaders_met_on_the_sidelines_of_a_summit_make_no_visit(pipeline: Pipeline) -> None:
    text = ("Ngày 10/5, bên lề Hội nghị Cấp cao ASEAN lần thứ 42 tại Indonesia, Thủ tướng Phạm "
            "Minh Chính tiếp Thủ tướng Campuchia Hun Sen.")
    assert facts_of(pipeline, text, "visit", published="2023-05-11") == []


def test_a_stock_told_on_a_day_is_a_running_total(pipeline: Pipeline) -> None:
    text = ("Ngày 8/7, đội cắm mốc tỉnh Hà Tĩnh đã cắm mốc cuối cùng trong số 55 cột mốc trên "
            "tuyến biên giới Việt Nam - Lào địa phận tỉnh.")
    measures = facts_of(pipeline, text, "measure", published="2013-07-09")
    assert [(m["indicator"], m["value"], m["period"]) for m in measures] == [
        ("border.markers", 55, None)
    ]


def test_a_span_opening_the_sentence_dates_the_trip_over_a_documents_year(
    pipeline: Pipeline,
) -> None:
    text = ("Trong các ngày từ 12 đến 14/5, đoàn đại biểu tỉnh Champasak do ông Viengthong "
            "Hamphongsay, Phó Tỉnh trưởng tỉnh Champasak làm trưởng đoàn đã sang thăm và làm "
            "việc tại Gia Lai để ký kết kế hoạch hợp tác năm 2031.")
    visits = facts_of(pipeline, text, "visit", published="2031-05-15")
    assert [(v["destination"], v["start"], v["end"]) for v in visits] == [
        ("vn/gia-lai", "2031-05-12", "2031-05-14")
    ]


def test_heads_of_sides_listed_after_co_or_with_long_titles_chair_the_session(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 12/12/2031, tại tỉnh Savannakhet đã diễn ra Giao lưu hữu nghị Quốc phòng biên "
            "giới Việt Nam - Lào lần thứ nhất. Về phía Việt Nam có: Đại tướng Phan Văn Giang, Ủy "
            "viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng làm "
            "Trưởng đoàn. Về phía Lào có Đại tướng Chansamone Chanyalath, Ủy viên Bộ Chính trị, "
            "Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng Lào, Chủ tịch Ủy ban phối hợp "
            "biên giới quốc gia của nước Cộng hòa Dân chủ Nhân dân Lào làm Trưởng đoàn.")
    [meeting] = facts_of(pipeline, text, "meeting")
    assert sorted(meeting["chairs"]) == [
        "person/chansamone-chanyalath", "person/phan-van-giang"
    ]


def test_the_first_named_on_each_side_of_an_event_chair_its_session(pipeline: Pipeline) -> None:
    text = ("Ngày 12/12/2031, tại tỉnh Savannakhet đã diễn ra Giao lưu hữu nghị Quốc phòng biên "
            "giới Việt Nam - Lào lần thứ nhất. Dự buổi lễ, về phía Việt Nam có Đại tướng Phan "
            "Văn Giang - Bộ trưởng Bộ Quốc phòng. Về phía Lào có Đại tướng Chansamone "
            "Chanyalath - Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng.")
    [meeting] = facts_of(pipeline, text, "meeting")
    assert sorted(meeting["chairs"]) == [
        "person/chansamone-chanyalath", "person/phan-van-giang"
    ]


def test_a_summit_named_thuong_dinh_is_the_series_named_cap_cao(pipeline: Pipeline) -> None:
    text = ("Từ ngày 29 - 31/3/2031, Việt Nam sẽ tổ chức Hội nghị Thượng đỉnh hợp tác tiểu vùng "
            "Mê Công mở rộng lần thứ 9 và Hội nghị Cấp cao CLV lần thứ 13 tại Hà Nội.")
    meetings = facts_of(pipeline, text, "meeting", published="2031-03-20")
    assert sorted((m["series"], m["edition"], m["place"], m["start"], m["status"])
                  for m in meetings) == [
        ("series/clv-development-triangle-summit", 13, "vn/ha-noi", "2031-03-29", "planned"),
        ("series/gms-summit", 9, "vn/ha-noi", "2031-03-29", "planned"),
    ]


def test_treaties_named_with_their_signing_day_and_told_again_by_year(
    pipeline: Pipeline,
) -> None:
    text = ("Tỉnh Bình Phước và tỉnh Kratie thông xe cửa khẩu. Đây là cặp cửa khẩu được quy định "
            "tại Hiệp định vận tải đường bộ ngày 1/6/2001 và Nghị định thư ngày 10/5/2009. "
            "Việt Nam và Campuchia đã ký Hiệp định về vận tải đường bộ vào năm 2001.")
    agreements = facts_of(pipeline, text, "agreement", published="2031-01-10")
    assert sorted((a["parties"], a["date"]) for a in agreements) == [
        (["vn", "kh"], "2001-06-01"), (["vn", "kh"], "2009-05-10")
    ]


def test_listed_sessions_part_at_the_and_before_the_next_one(pipeline: Pipeline) -> None:
    text = ("Hai bên rà soát kết quả Kỳ họp lần thứ 25 Ủy ban Hỗn hợp Việt Nam - Campuchia về Hợp "
            "tác Kinh tế, Văn hóa, Khoa học và Kỹ thuật tại Hà Nội ngày 20-22/3/2031 và Hội nghị "
            "Hợp tác và Phát triển các tỉnh biên giới lần thứ 15 tại Tây Ninh từ ngày "
            "23-25/4/2031.")
    meetings = facts_of(pipeline, text, "meeting", published="2031-10-26")
    assert sorted((m["edition"], m["place"], m["start"]) for m in meetings) == [
        (15, "vn/tay-ninh", "2031-04-23"), (25, "vn/ha-noi", "2031-03-20")
    ]


def test_a_provinces_delegation_visits_the_province_it_names(pipeline: Pipeline) -> None:
    text = "Đoàn đại biểu cấp cao tỉnh Sê Kông (Lào) thăm và làm việc tại Quảng Nam"
    visits = facts_of(pipeline, text, "visit", published="2031-09-14")
    assert [(v["visitor"], v["destination"]) for v in visits] == [("la/sekong", "vn/quang-nam")]


def test_visits_whose_agreements_are_carried_out_are_not_the_reports(
    pipeline: Pipeline,
) -> None:
    text = ("Hai Bộ trưởng nhất trí tiếp tục thực hiện hiệu quả các thỏa thuận đã đạt được trong "
            "các chuyến thăm của Lãnh đạo cấp cao hai nước, trong đó có chuyến thăm cấp Nhà nước "
            "đến Lào của Chủ tịch nước Trần Đại Quang.")
    visits = facts_of(pipeline, text, "visit", published="2016-07-23")
    assert [(v["visitor"], v["start"]) for v in visits] == [("person/tran-dai-quang", None)]


def test_a_comparisons_base_year_is_no_targets_year(pipeline: Pipeline) -> None:
    text = ("Hai Thủ tướng nhất trí Việt Nam và Lào sẽ thúc đẩy thương mại, phấn đấu đưa kim "
            "ngạch thương mại song phương tăng từ 10-15% so với năm 2030, hướng tới mục tiêu 5 "
            "tỷ USD.")
    targets = facts_of(pipeline, text, "target", published="2031-01-09")
    assert [(t["indicator"], t["by"]) for t in targets if t["unit"] == "USD"] == [
        ("trade.bilateral", None)
    ]


@pytest.mark.parametrize("text", [
    ("Kỳ họp lần thứ 25 Ủy ban Hỗn hợp Việt Nam - Campuchia do Phó Thủ tướng Campuchia Prak "
     "Sokhonn đồng chủ trì cùng Phó Thủ tướng Phạm Bình Minh diễn ra ngày 22-12-2031."),
    ("Sáng 2/12, Phó Thủ tướng Phạm Bình Minh lên đường tới Campuchia đồng chủ trì Kỳ họp lần "
     "thứ 25 Ủy ban Hỗn hợp Việt Nam - Campuchia từ ngày 2 đến ngày 3/12, theo lời mời của Phó "
     "Thủ tướng Campuchia Prak Sokhonn."),
])
def test_the_other_chair_of_a_co_chaired_session(pipeline: Pipeline, text: str) -> None:
    [meeting] = facts_of(pipeline, text, "meeting", published="2031-12-01")
    assert sorted(meeting["chairs"]) == ["person/pham-binh-minh", "person/prak-sokhonn"]


def test_coordination_records_and_programmes_are_signed_documents(pipeline: Pipeline) -> None:
    text = ("Ngày 5/3/2021, Ban Chỉ đạo tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) hội đàm, ký kết "
            "Biên bản phối hợp công tác tìm kiếm hài cốt liệt sĩ trong mùa khô 2021-2022. "
            "Tỉnh đoàn Đồng Tháp và Tỉnh đoàn Prey Veng ký kết chương trình phối hợp giai đoạn "
            "2021 - 2025.")
    agreements = facts_of(pipeline, text, "agreement", published="2021-03-06")
    # (the programme's own dates are its term: its signing is told as the report's news)
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn/nghe-an", "la/xiangkhouang"], "agreement", "2021-03-05"),
        (["vn/dong-thap", "kh/prey-veng"], "plan", "2021-03-05"),
    ]


def test_a_season_or_a_span_is_never_a_signing_day(pipeline: Pipeline) -> None:
    text = ("Ban Chỉ đạo tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) ký kết biên bản phối hợp tìm "
            "kiếm hài cốt liệt sĩ mùa khô 2021-2022.")
    [agreement] = facts_of(pipeline, text, "agreement", published="2021")
    assert agreement["date"] is None


def test_a_signing_between_long_sides_names_its_document_after_about(pipeline: Pipeline) -> None:
    text = ("Ngày 9/9/2020, tại Cửa khẩu quốc tế Dinh Bà diễn ra lễ ký kết giữa Ban Chuyên trách "
            "tỉnh Đồng Tháp (Việt Nam) với Ban Chuyên trách tỉnh Prey Veng (Vương quốc "
            "Campuchia) về việc thống nhất nội dung Kế hoạch phối hợp tìm kiếm hài cốt liệt sĩ.")
    agreements = facts_of(pipeline, text, "agreement", published="2020-09-10")
    assert [(a["parties"], a["kind"], a["date"]) for a in agreements] == [
        (["vn/dong-thap", "kh/prey-veng"], "plan", "2020-09-09"),
    ]


def test_carrying_out_a_task_is_no_running_total(pipeline: Pipeline) -> None:
    """`hiện` (now) tells a running total; `thực hiện` (carry out) holds it as a syllable."""
    text = ("Thực hiện nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy "
            "sinh tại Lào mùa khô 2023-2024, sau hai tháng triển khai (từ ngày 5/11), Đội K52 "
            "Bộ Chỉ huy quân sự tỉnh Nghệ An đã tìm kiếm, cất bốc được 12 hài cốt liệt sĩ.")
    [measure] = facts_of(pipeline, text, "measure", published="2024-01-10")
    assert (measure["value"], measure["period"]) == (12, "2023/2024")


def test_trade_written_with_a_shared_head_is_trade(pipeline: Pipeline) -> None:
    for joined in ("xuất, nhập khẩu", "xuất - nhập khẩu", "xuất/nhập khẩu"):
        text = (f"Năm 2024, tổng kim ngạch {joined} giữa tỉnh Nghệ An và tỉnh Xiêng Khoảng đạt "
                "52,3 triệu USD.")
        [measure] = facts_of(pipeline, text, "measure", published="2025-02-01")
        assert (measure["indicator"], measure["value"], measure["period"]) == (
            "trade.bilateral", 52300000, "2024")


def test_money_in_kip_or_riel_keeps_its_currency(pipeline: Pipeline) -> None:
    text = ("Tỉnh Nghệ An có 12 dự án đầu tư tại tỉnh Xiêng Khoảng với tổng vốn đầu tư hơn "
            "420 tỷ kíp.")
    capital = [m for m in facts_of(pipeline, text, "measure", published="2025-02-01")
               if m["indicator"] == "investment.capital"]
    assert [(m["value"], m["unit"]) for m in capital] == [(420000000000, "LAK")]


def test_a_trip_to_the_leaders_of_two_provinces_visits_each(pipeline: Pipeline) -> None:
    text = ("Từ ngày 10-12/3/2025, Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng dẫn đầu đoàn công tác "
            "đến thăm làm việc với lãnh đạo các tỉnh Savannakhet và Salavan.")
    visits = facts_of(pipeline, text, "visit", published="2025-03-13")
    assert sorted(v["destination"] for v in visits) == ["la/salavan", "la/savannakhet"]


def test_a_remains_team_counts_for_its_province(pipeline: Pipeline) -> None:
    text = ("Tỉnh Gia Lai tiễn Đội K52 lên đường sang Campuchia. Mùa khô này, Đội K52 đã quy "
            "tập được 18 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Campuchia.")
    [measure] = facts_of(pipeline, text, "measure", published="2024-05-02")
    assert measure["parties"] == ["vn/gia-lai", "kh"]


def test_a_military_region_s_team_counts_for_the_country(pipeline: Pipeline) -> None:
    text = ("Tỉnh An Giang tiễn đưa Đội K90 (Quân khu 9) sang Campuchia. Từ năm 2001 đến nay, "
            "Đội K90 đã tìm kiếm, quy tập được 1.600 hài cốt liệt sĩ.")
    [measure] = facts_of(pipeline, text, "measure", published="2015-05-02")
    assert measure["parties"] == ["vn", "kh"]


def test_a_signing_in_the_talks_told_before_takes_their_day(pipeline: Pipeline) -> None:
    text = ("(GLO)-Chiều 21-10, đoàn công tác tỉnh Gia Lai đã có buổi hội đàm với Ban Chuyên "
            "trách tỉnh Ratanakiri (Vương quốc Campuchia).\nBuổi hội đàm nhằm thống nhất nội "
            "dung và ký kết biên bản thỏa thuận về tìm kiếm hài cốt liệt sĩ trên địa bàn tỉnh "
            "Ratanakiri.")
    [agreement] = facts_of(pipeline, text, "agreement", published="2025-10-21")
    assert agreement["date"] == "2025-10-21"


def test_listed_summits_keep_their_own_edition_numbers(pipeline: Pipeline) -> None:
    text = ("Thủ tướng sẽ tham dự Hội nghị Cấp cao chiến lược hợp tác kinh tế Ayeyawady-Chao "
            "Phraya-Mekong (ACMECS) lần thứ 10, Hội nghị Cấp cao hợp tác Campuchia-Lào-"
            "Myanmar-Việt Nam (CLMV) lần thứ 11 tại Trung Quốc.")
    meetings = facts_of(pipeline, text, "meeting", published="2024-11-01")
    assert [(m["series"], m["edition"]) for m in meetings] == [("series/clmv-summit", 11)]


def test_a_summit_named_with_the_river_s_international_spelling(pipeline: Pipeline) -> None:
    text = ("Thủ tướng sẽ tham dự Hội nghị Thượng đỉnh hợp tác tiểu vùng Mekong mở rộng (GMS) "
            "lần thứ 8 tại Côn Minh, Trung Quốc.")
    meetings = facts_of(pipeline, text, "meeting", published="2024-11-01")
    assert [(m["series"], m["edition"]) for m in meetings] == [("series/gms-summit", 8)]


def test_a_treaty_between_states_named_in_full_is_dated_by_its_signing(
    pipeline: Pipeline,
) -> None:
    text = ("Hai bên căn cứ vào Nghị định thư về đường biên giới giữa hai nước Cộng hòa xã hội "
            "chủ nghĩa Việt Nam và nước Cộng hòa dân chủ nhân dân Lào ký ngày 16/3/2016 để làm "
            "việc.")
    [agreement] = facts_of(pipeline, text, "agreement", published="2022-02-01")
    assert (agreement["parties"], agreement["date"]) == (["vn", "la"], "2016-03-16")


def test_border_lengths_told_as_owned_or_along_a_neighbour(pipeline: Pipeline) -> None:
    owned = ("Sau sáp nhập, tỉnh Quảng Ngãi sở hữu hơn 200,5km đường biên giới với tỉnh "
             "Attapeu (Lào).")
    along = ("Dải biên cương trên đất liền của Việt Nam - Lào có chiều dài khoảng 2.337km.")
    adjoining = ("Đồn quản lý khu vực biên giới giáp tỉnh Svay Rieng (Campuchia) dài hơn 30km.")
    found = [facts_of(pipeline, text, "measure", published="2025-10-01")
             for text in (owned, along, adjoining)]
    assert [[(m["indicator"], m["value"]) for m in ms] for ms in found] == [
        [("border.length", 200.5)], [("border.length", 2337)], [("border.length", 30)]]


def test_a_session_s_place_is_the_capital_another_sentence_names(pipeline: Pipeline) -> None:
    text = ("Từ ngày 9-10/1/2025, Thủ tướng thăm nước CHDCND Lào; đồng chủ trì Kỳ họp lần thứ 47 "
            "Ủy ban liên Chính phủ Việt Nam - Lào.\nSáng 9/1, tại Thủ đô Viêng Chăn của Lào, "
            "Bộ trưởng tháp tùng Thủ tướng tham dự Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2025-01-09",
                         title="Thủ tướng thăm Lào")
    assert meeting["place"] == "la/vientiane"


def test_what_is_done_before_signing_is_no_signing(pipeline: Pipeline) -> None:
    text = ("Để phát huy tiềm năng hợp tác, trước khi ký kết chương trình phối hợp, hai tỉnh "
            "Kon Tum và Stung Treng đã trao đổi nhiều nội dung.")
    assert facts_of(pipeline, text, "agreement", published="2023-12-28",
                    title="Kon Tum và Stung Treng hội đàm") == []


def test_a_visit_beside_an_anniversarys_span_is_still_the_reports(pipeline: Pipeline) -> None:
    # the span of years belongs to the anniversary: set aside, the visit is this month's
    text = ("Bộ trưởng Phan Văn Giang hoan nghênh Thủ tướng Hun Sen và Đoàn sang thăm Việt Nam, "
            "trong dịp kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao (24/6/1967 - 24/6/2022).")
    visits = facts_of(pipeline, text, "visit", published="2022-08-03")
    assert [(v["visitor"], v["start"], v["end"]) for v in visits] == [
        ("person/hun-sen", "2022-08", None)]


@pytest.mark.parametrize("named", [
    "Hội nghị Tòa án các tỉnh biên giới Việt Nam - Lào - Campuchia lần thứ 6",  # the courts'
    "Hội nghị VKSND các tỉnh có chung đường biên giới Việt Nam - Lào lần thứ 6",  # procuracies'
])
def test_another_bodys_conference_of_the_border_provinces_is_no_provinces_session(
    pipeline: Pipeline, named: str
) -> None:
    text = f"Chánh án báo cáo kết quả của {named}, tổ chức tại tỉnh Champasak (Lào)."
    assert facts_of(pipeline, text, "meeting", published="2022-08-20") == []
    article = pipeline.process_text(text, published="2022-08-20")
    assert not [m for m in article.mentions if m.kind == "series"]


def test_the_provinces_own_conference_is_still_a_session(pipeline: Pipeline) -> None:
    text = ("Hội nghị hợp tác và phát triển các tỉnh có chung đường biên giới Việt Nam - Lào "
            "lần thứ 6 tổ chức tại tỉnh Champasak (Lào).")
    [meeting] = facts_of(pipeline, text, "meeting", published="2022-08-20")
    assert meeting["series"] == "series/vn-la-border-provinces-conference"
    assert meeting["edition"] == 6


def test_remains_received_are_remains_brought_home(pipeline: Pipeline) -> None:
    text = ("Trong mùa khô 2014-2015, tỉnh Long An đã tiếp nhận 30 hài cốt liệt sĩ quân tình "
            "nguyện Việt Nam hy sinh tại Campuchia.")
    measures = facts_of(pipeline, text, "measure", published="2015-06-10")
    assert [(m["indicator"], m["parties"], m["value"], m["period"]) for m in measures] == [
        ("remains.repatriated", ["vn/long-an", "kh"], 30, "2014/2015")]


def test_each_listed_summit_takes_its_own_place_and_month(pipeline: Pipeline) -> None:
    text = ("Thủ tướng đã dự Diễn đàn Kinh tế Thế giới về ASEAN tại Campuchia (tháng 5-2017), "
            "Hội nghị Thượng đỉnh về hợp tác Mekong - Lan Thương lần thứ 2 tại Phnom Penh (tháng "
            "01-2018), Hội nghị cấp cao Ủy hội sông Mekong quốc tế lần 3 tại Xiêm Riệp (tháng "
            "4-2018).")
    meetings = facts_of(pipeline, text, "meeting", published="2018-12-01")
    assert [(m["series"], m["edition"], m["place"], m["start"]) for m in meetings] == [
        ("series/mekong-lancang-leaders-meeting", 2, "kh/phnom-penh", "2018-01"),
        ("series/mrc-summit", 3, "kh/siem-reap", "2018-04")]


def test_markers_a_province_plants_with_a_named_partner_are_the_pairs(
    pipeline: Pipeline,
) -> None:
    text = ("Trong 6 tháng đầu năm 2011, tỉnh Sơn La phối hợp với tỉnh Hủa Phăn (CHDCND Lào) đã "
            "tăng dày, tôn tạo và cắm thêm được 12 mốc giới trên đoạn biên giới Việt-Lào.")
    measures = facts_of(pipeline, text, "measure", published="2011-07-01")
    assert [(m["parties"], m["value"], m["period"]) for m in measures] == [
        (["vn/son-la", "la/houaphanh"], 12, "2011-01/2011-06")]


def test_a_national_border_listing_the_provinces_it_crosses_is_the_countries(
    pipeline: Pipeline,
) -> None:
    text = ("Đường biên giới Việt Nam - Lào dài 2.337 km, đi qua 10 tỉnh của Việt Nam gồm Điện "
            "Biên, Sơn La, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế, "
            "Quảng Nam và Kon Tum.")
    measures = facts_of(pipeline, text, "measure", published="2020-05-01")
    assert [(m["parties"], m["value"]) for m in measures] == [(["vn", "la"], 2337)]


def test_a_count_planned_or_aimed_at_over_a_list_of_verbs_is_a_target(pipeline: Pipeline) -> None:
    aimed = ("Mùa khô 2023-2024, tỉnh Gia Lai đặt chỉ tiêu tìm kiếm, quy tập 30 hài cốt liệt sĩ "
             "tại Campuchia.")
    planned = ("Theo kế hoạch, trong năm 2019, tỉnh Đắk Nông sẽ xây dựng 40 cột mốc phụ trên "
               "tuyến biên giới Việt Nam - Campuchia.")
    targets = (facts_of(pipeline, aimed, "target", published="2023-12-01")
               + facts_of(pipeline, planned, "target", published="2019-01-10"))
    assert [(t["indicator"], t["value"], t["by"]) for t in targets] == [
        ("remains.repatriated", 30, "2024"), ("border.markers", 40, "2019")]
    done = ("Mùa khô 2024 - 2025, Đội Quy tập 584, Bộ Chỉ huy Quân sự tỉnh Quảng Trị đã nỗ lực "
            "tìm kiếm và cất bốc, quy tập được 12 hài cốt liệt sĩ tại Lào.")
    assert facts_of(pipeline, done, "target", published="2025-05-01") == []
    assert [m["value"] for m in facts_of(pipeline, done, "measure", published="2025-05-01")] == [12]


def test_a_trip_framing_the_sentence_is_made_by_who_leads_the_delegation(
    pipeline: Pipeline,
) -> None:
    text = ("Trong chuyến thăm và làm việc tại nước Cộng hòa dân chủ nhân dân Lào, chiều 27/10, "
            "đoàn lãnh đạo của thành phố Đà Nẵng do Phó Bí thư Thường trực Thành ủy Nguyễn Đình "
            "Vĩnh làm trưởng đoàn đã đến chào xã giao lãnh đạo tỉnh Attapeu.")
    visits = facts_of(pipeline, text, "visit", published="2025-10-28")
    assert [(v["visitor"], v["destination"]) for v in visits] == [
        ("person/nguyen-dinh-vinh", "la")]


def test_the_investment_of_every_investor_country_is_no_pairs(pipeline: Pipeline) -> None:
    every = ("Theo Bộ Kế hoạch và Đầu tư Lào, từ năm 2001 tới nay đã có 36 quốc gia và vùng lãnh "
             "thổ đầu tư vào Lào, với tổng số vốn lên tới gần 7,1 tỷ USD.")
    assert facts_of(pipeline, every, "measure", published="2010-05-01") == []
    ranked = ("Việt Nam tiếp tục đứng trong tốp 5 nước có đầu tư lớn nhất tại Campuchia với 205 "
              "dự án còn hiệu lực với tổng vốn đăng ký đạt 2,95 tỷ USD.")
    assert sorted(m["value"] for m in facts_of(pipeline, ranked, "measure",
                                                published="2024-05-01")) == [205, 2950000000]


def test_a_session_a_chair_travels_to_meets_where_he_went(pipeline: Pipeline) -> None:
    text = ("Thủ tướng Phạm Minh Chính rời Thủ đô Hà Nội sang Thủ đô Vientiane, Lào đồng chủ trì "
            "Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam-Lào.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2025-12-02")
    assert (meeting["edition"], meeting["place"]) == (48, "la/vientiane")


def test_a_day_a_session_goes_on_until_is_its_last(pipeline: Pipeline) -> None:
    text = ("Hội nghị Ủy ban liên hợp biên giới Việt Nam - Campuchia lần thứ 3 đã khai mạc ngày "
            "31/10/2000 tại Hà Nội. Hội nghị Ủy ban liên hợp biên giới Việt Nam - Campuchia lần "
            "thứ 3 tiếp tục tiến hành đến hết ngày 5/11/2000.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2000-11-01")
    assert (meeting["start"], meeting["end"]) == ("2000-10-31", "2000-11-05")


def test_who_receives_a_co_chair_does_not_chair(pipeline: Pipeline) -> None:
    text = ("Chiều 8/2, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Thủ tướng Chính phủ "
            "Lào Thongloun Sisoulith nhân dịp sang Việt Nam tham dự và đồng chủ trì Kỳ họp lần "
            "thứ 39 Ủy ban liên Chính phủ Việt Nam-Lào.")
    [meeting] = facts_of(pipeline, text, "meeting", published="2017-02-08")
    assert meeting["chairs"] == ["person/thongloun-sisoulith"]
    # a guest named by office only, and a deed joined to the host's after a comma: the host's
    joined = ("Sáng nay, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đón Thủ tướng Lào sang thăm Việt "
              "Nam, và đồng chủ trì Kỳ họp lần thứ 42 Ủy ban liên Chính phủ Việt Nam - Lào.")
    [meeting] = facts_of(pipeline, joined, "meeting", published="2020-01-06")
    assert meeting["chairs"] == ["person/nguyen-xuan-phuc"]


def test_listed_summits_share_the_place_and_days_told_after_the_last(pipeline: Pipeline) -> None:
    text = ("Thủ tướng Phạm Minh Chính tới thành phố Côn Minh, Trung Quốc, bắt đầu chuyến công tác "
            "tham dự Hội nghị Thượng đỉnh GMS lần thứ 8, Hội nghị Cấp cao ACMECS, Hội nghị Cấp cao "
            "CLMV lần thứ 11 và làm việc tại Trung Quốc từ ngày 5 đến ngày 8/11/2024.")
    meetings = facts_of(pipeline, text, "meeting", published="2024-11-09")
    assert [(m["series"], m["edition"], m["place"], m["start"]) for m in meetings] == [
        ("series/gms-summit", 8, "cn", "2024-11-05"),
        ("series/clmv-summit", 11, "cn", "2024-11-05")]


def test_an_edition_another_bodys_acronym_follows_is_that_bodys(pipeline: Pipeline) -> None:
    text = ("Trong thời gian tại Lào, Thủ tướng đã dự Hội nghị Cấp cao Chiến lược Hợp tác kinh tế "
            "Ayeyawadi – Chao Phraya – Mekong lần thứ 5 (ACMECS 5), chủ trì Hội nghị Cấp cao "
            "Campuchia – Lào – Việt Nam lần thứ 7 (CLV7).")
    meetings = facts_of(pipeline, text, "meeting", published="2013-03-15")
    assert [(m["series"], m["edition"], m["place"]) for m in meetings] == [
        ("series/clv-development-triangle-summit", 7, "la")]


def test_the_subject_of_a_list_of_deeds_chairs_the_one_he_is_said_to(pipeline: Pipeline) -> None:
    text = ("Trong thời gian tại Lào, Thủ tướng Nguyễn Tấn Dũng đã dự Hội nghị Cấp cao 4 nước "
            "Campuchia - Lào - Myanmar - Việt Nam lần thứ 6 (CLMV6), chủ trì Hội nghị Cấp cao "
            "Campuchia – Lào – Việt Nam lần thứ 7 (CLV7).")
    meetings = facts_of(pipeline, text, "meeting", published="2013-03-15")
    assert [(m["edition"], m["chairs"]) for m in meetings] == [
        (6, []), (7, ["person/nguyen-tan-dung"])]


def test_an_investment_promotion_conference_is_no_committee_session(pipeline: Pipeline) -> None:
    text = ("Hai bên đánh giá cao kết quả Kỳ họp lần thứ 12 Ủy ban hỗn hợp Việt Nam - Campuchia. "
            "Thủ tướng Nguyễn Tấn Dũng sẽ thăm làm việc tại Campuchia và đồng chủ trì Hội nghị "
            "xúc tiến đầu tư Việt Nam-Campuchia lần thứ 2 từ ngày 23-24/4 tới.")
    meetings = facts_of(pipeline, text, "meeting", published="2011-04-20")
    assert [(m["series"], m["edition"]) for m in meetings] == [("series/vn-kh-joint-committee", 12)]


def test_a_governments_memorandum_named_with_its_strategys_vision_and_day(
    pipeline: Pipeline,
) -> None:
    # the comma before `tầm nhìn` is inside the title; the governments sign, not the
    # capitals the sentence goes on to name
    text = ("Theo Biên bản ghi nhớ giữa Chính phủ Việt Nam và Chính phủ Lào về chiến lược hợp "
            "tác năng lượng giai đoạn 2031-2040, tầm nhìn 2050 ký ngày 3/5/2030 tại Viêng Chăn, "
            "hai Chính phủ coi tuyến đường dây nối Hà Nội với Viêng Chăn là ưu tiên.")
    found = facts_of(pipeline, text, "agreement", published="2031-06-01")
    assert [(f["parties"], f["kind"], f["date"]) for f in found] == [
        (["vn", "la"], "mou", "2030-05-03")]


def test_a_province_signing_with_a_counted_group_written_in_digits(pipeline: Pipeline) -> None:
    text = ("Tỉnh Quảng Trị đón đoàn 3 tỉnh Nam Lào: Savannakhet, Salavan và Sekong. Lễ ký kết hợp "
            "tác giữa tỉnh Quảng Trị và 3 tỉnh Nam Lào diễn ra ngày 5/6/2030.")
    found = facts_of(pipeline, text, "agreement", published="2030-06-06")
    assert sorted(tuple(f["parties"]) for f in found) == [
        ("vn/quang-tri", "la/salavan"), ("vn/quang-tri", "la/savannakhet"),
        ("vn/quang-tri", "la/sekong")]


def test_a_figure_belongs_to_the_country_before_it_not_to_an_examples_place_after(
    pipeline: Pipeline,
) -> None:
    text = ("Đến nay, tỉnh Nghệ An có 12 doanh nghiệp đầu tư ở Lào với tổng vốn khoảng 80 triệu "
            "USD, tiêu biểu là dự án trồng cây ăn quả tại Xiêng Khoảng.")
    measures = facts_of(pipeline, text, "measure", published="2030-05-01")
    assert [(m["indicator"], m["parties"]) for m in measures] == [
        ("investment.capital", ["vn/nghe-an", "la"])]


def test_a_calling_delegation_whose_lead_verb_is_left_out(pipeline: Pipeline) -> None:
    text = ("Sáng 3/6, Đoàn đại biểu Thanh tra Chính phủ Việt Nam do đồng chí Trần Văn Minh, "
            "Tổng Thanh tra Chính phủ đã đến chào xã giao Thủ tướng Lào Sonexay Siphandone.")
    visits = facts_of(pipeline, text, "visit", published="2030-06-03")
    assert [(v["visitor"], v["destination"]) for v in visits] == [
        ("person/tran-van-minh", "la")]


def test_a_mechanisms_initials_with_the_edition_glued_on_name_that_edition(
    pipeline: Pipeline,
) -> None:
    text = ("Tại Phnôm Pênh, Thủ tướng dự Hội nghị CLMV12 và CLV14, sau đó tới dự GMS9 tại "
            "Bắc Kinh.")
    meetings = facts_of(pipeline, text, "meeting", published="2031-03-02")
    assert sorted((m["series"], m["edition"]) for m in meetings) == [
        ("series/clmv-summit", 12), ("series/clv-development-triangle-summit", 14),
        ("series/gms-summit", 9)]


def test_a_target_given_as_a_range_sets_no_one_figure(pipeline: Pipeline) -> None:
    ranged = ("Tỉnh Gia Lai và tỉnh Ratanakiri phấn đấu tìm kiếm được từ 7 đến 10 hài cốt liệt sĩ "
              "năm 2031.")
    assert facts_of(pipeline, ranged, "target", published="2031-01-05") == []
    single = "Tỉnh Gia Lai và tỉnh Ratanakiri phấn đấu tìm kiếm 10 hài cốt liệt sĩ năm 2031."
    assert [t["value"] for t in facts_of(pipeline, single, "target", published="2031-01-05")] == [
        10]


def test_chairs_after_attended_and_co_chaired_by(pipeline: Pipeline) -> None:
    text = ("Ngày 1/3, Kỳ họp lần thứ 50 Ủy ban liên Chính phủ Việt Nam - Lào đã diễn ra tại Hà "
            "Nội với sự tham dự và đồng chủ trì của Thủ tướng Phạm Minh Chính và Thủ tướng Lào "
            "Sonexay Siphandone.")
    meetings = facts_of(pipeline, text, "meeting", published="2031-03-02")
    assert [m["chairs"] for m in meetings] == [
        ["person/pham-minh-chinh", "person/sonexay-siphandone"]]


def test_a_visit_framed_by_the_time_of_the_trip_is_the_subject_s(pipeline: Pipeline) -> None:
    text = ("Trong thời gian thăm Lào ngày 24 và 25-2, Tổng Bí thư Tô Lâm đã hội đàm với Tổng Bí "
            "thư, Chủ tịch nước Lào Thongloun Sisoulith.")
    visits = facts_of(pipeline, text, "visit", published="2031-02-27")
    assert [(v["visitor"], v["destination"], v["start"], v["end"]) for v in visits] == [
        ("person/to-lam", "la", "2031-02-24", "2031-02-25")]


def test_three_sides_sign_where_three_countries_are_listed_or_the_article_names_them(
    pipeline: Pipeline,
) -> None:
    listed = ("Các Thủ tướng Campuchia, Lào và Việt Nam đã chứng kiến lễ ký Bản ghi nhớ về chính "
              "sách ưu đãi giữa ba Chủ tịch Ủy ban điều phối.")
    found = facts_of(pipeline, listed, "agreement", published="2031-11-20")
    assert [sorted(f["parties"]) for f in found] == [["kh", "la", "vn"]]
    told = ("Hội nghị Cấp cao Campuchia - Lào - Việt Nam lần thứ 12 diễn ra tại Hà Nội. Các Thủ "
            "tướng cũng chứng kiến lễ ký Bản ghi nhớ về chính sách ưu đãi giữa ba Chủ tịch Ủy "
            "ban điều phối.")
    found = facts_of(pipeline, told, "agreement", published="2031-11-20")
    assert [sorted(f["parties"]) for f in found] == [["kh", "la", "vn"]]


def test_a_signing_naming_no_side_is_between_the_sides_the_sentence_before_lists(
    pipeline: Pipeline,
) -> None:
    text = ("Chiều ngày 22/7/2031, tại TP Vinh, tỉnh Nghệ An đã diễn ra Hội nghị hợp tác năm 2031 "
            "giữa Công an tỉnh Nghệ An với công an các tỉnh Bôlykhămxay, Xiêng Khoảng, Hủa Phăn. "
            "Ký kết biên bản ghi nhớ hợp tác bảo vệ an ninh trật tự.")
    found = facts_of(pipeline, text, "agreement", published="2031-07-23")
    assert sorted(tuple(f["parties"]) for f in found) == [
        ("vn/nghe-an", "la/bolikhamxay"), ("vn/nghe-an", "la/houaphanh"),
        ("vn/nghe-an", "la/xiangkhouang")]


def test_a_provinces_document_named_by_its_year_then_its_sides(pipeline: Pipeline) -> None:
    text = ("Hai bên đánh giá kết quả thực hiện Biên bản ghi nhớ ký năm 2030 giữa tỉnh Quảng Bình "
            "và tỉnh Khăm Muộn.")
    found = facts_of(pipeline, text, "agreement", published="2031-06-27")
    assert [(f["parties"], f["kind"], f["date"]) for f in found] == [
        (["vn/quang-binh", "la/khammouane"], "mou", "2030")]


def test_a_provinces_delegation_is_led_by_its_official_named_coming_with_it(
    pipeline: Pipeline,
) -> None:
    text = ("Đoàn đại biểu tỉnh Champasak đến thăm và chúc Tết tỉnh An Giang. Chiều 30/01/2031, "
            "Chủ tịch HĐND tỉnh An Giang Lê Văn Nưng đã tiếp Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh "
            "Champasak Vilayvong Buddakham cùng đoàn đại biểu tỉnh Champasak.")
    visits = facts_of(pipeline, text, "visit", published="2031-01-31")
    assert [(v["visitor"], v["destination"]) for v in visits] == [
        ("person/vilayvong-buddakham", "vn/an-giang")]
    signer = ("Thỏa thuận được ký giữa Đô trưởng Viêng Chăn Sinlavong Phouphaythoune và Bí thư "
              "Thành ủy Thành phố Hồ Chí Minh Lê Thanh Hải nhân dịp chuyến thăm Lào của Đoàn "
              "Tp. HCM từ ngày 6 đến 9/4/2031.")
    assert [v["visitor"] for v in facts_of(pipeline, signer, "visit", published="2031-04-10")] == [
        "vn/ho-chi-minh"]  # who signs is not said to lead the delegation


def test_a_planned_visit_is_not_dated_by_the_announcement_but_by_the_trips_sentence(
    pipeline: Pipeline,
) -> None:
    text = ("Theo thông báo của Bộ Ngoại giao Việt Nam chiều ngày 8/7, Chủ tịch nước Tô Lâm sắp "
            "thăm cấp nhà nước tới Lào và Campuchia. Các chuyến thăm diễn ra từ ngày 11-13/7/2031 "
            "theo lời mời của Tổng Bí thư, Chủ tịch nước Lào và Quốc vương Campuchia.")
    visits = facts_of(pipeline, text, "visit", published="2031-07-08")
    assert [(v["destination"], v["start"], v["end"], v["status"]) for v in visits] == [
        ("la", "2031-07-11", "2031-07-13", "planned"),
        ("kh", "2031-07-11", "2031-07-13", "planned")]


def test_a_call_on_a_guest_whose_trip_occasions_it_is_the_guests_visit(
    pipeline: Pipeline,
) -> None:
    text = ("Sáng 2-9, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội kiến Chủ tịch "
            "Thượng viện Campuchia Hun Sen, nhân dịp Đoàn đại biểu cấp cao Campuchia sang Việt "
            "Nam dự Lễ kỷ niệm Quốc khánh.")
    visits = facts_of(pipeline, text, "visit", published="2031-09-03")
    assert [(v["visitor"], v["destination"]) for v in visits] == [("person/hun-sen", "vn")]


def test_a_defence_policy_dialogue_is_its_own_series_not_the_border_exchange(
        pipeline: Pipeline) -> None:
    text = ("Sáng 12/10, Đối thoại chính sách quốc phòng Việt Nam - Lào lần thứ 4 đã diễn ra tại "
            "Hà Nội. Hai bên cũng trao đổi về Giao lưu hữu nghị quốc phòng biên giới Việt Nam - "
            "Lào lần thứ 3 và Kế hoạch hợp tác giai đoạn 2024-2028 giữa Bộ Quốc phòng hai nước.")
    found = {(f["series"], f["edition"]): f
             for f in facts_of(pipeline, text, "meeting", published="2023-10-12")}
    assert found[("series/vn-la-defence-policy-dialogue", 4)]["start"] == "2023-10-12"
    # a span of years in the exchange's sentence is the plan's period, not the session's
    exchange = found[("series/vn-la-border-defence-friendship-exchange", 3)]
    assert (exchange["start"], exchange["end"]) == (None, None)


def test_a_countrys_trade_with_the_world_is_no_bilateral_figure(pipeline: Pipeline) -> None:
    text = ("Tổng kim ngạch thương mại 4 tháng đầu năm 2019 của Lào với thế giới đạt 3,2 tỷ USD. "
            "Kim ngạch thương mại giữa Việt Nam và Lào đạt 300 triệu USD.")
    found = facts_of(pipeline, text, "measure", published="2019-05-10")
    assert [(f["indicator"], f["value"]) for f in found] == [("trade.bilateral", 300000000)]


def test_a_partner_province_named_with_its_country_signs_with_the_articles_province(
        pipeline: Pipeline) -> None:
    text = ("Ngày 23/12, UBND tỉnh Đồng Tháp tổ chức hội nghị tổng kết hợp tác năm 2025. "
            "Lãnh đạo Sở Công Thương tỉnh và Sở Thương mại tỉnh Prey Veng, Campuchia đã "
            "ký kết Biên bản thỏa thuận hợp tác năm 2026.")
    found = facts_of(pipeline, text, "agreement", published="2025-12-24")
    assert [sorted(f["parties"]) for f in found] == [["kh/prey-veng", "vn/dong-thap"]]


def test_remains_found_abroad_and_at_home_count_the_part_found_abroad(
        pipeline: Pipeline) -> None:
    text = ("Thực hiện nhiệm vụ tìm kiếm, quy tập hài cốt liệt sĩ ở Campuchia và trên địa bàn "
            "tỉnh Đồng Tháp trong mùa khô 2022-2023, Đội K91, Bộ Chỉ huy Quân sự tỉnh Đồng Tháp đã "
            "quy tập được 41 hài cốt liệt sĩ. "
            "Trong đó, 36 hài cốt được quy tập tại Campuchia và 5 hài cốt được quy tập trong "
            "địa bàn tỉnh.")
    found = facts_of(pipeline, text, "measure", published="2023-07-20",
                     title="Đồng Tháp an táng hài cốt liệt sĩ hy sinh tại Campuchia")
    assert [(f["parties"], f["value"], f["period"]) for f in found] == [
        (["vn/dong-thap", "kh"], 36, "2022/2023")]


def test_a_count_of_remains_over_weeks_of_a_named_dry_season_is_that_seasons(
        pipeline: Pipeline) -> None:
    text = ("Qua 30 ngày tìm kiếm tại Campuchia (từ ngày 8/11 đến ngày 7/12/2024), Đội K70 "
            "của tỉnh Tây Ninh đã tìm kiếm, quy tập được 52 hài cốt liệt sỹ. Đây là đợt "
            "đầu tiên của mùa khô 2024-2025.")
    found = facts_of(pipeline, text, "measure", published="2024-12-09")
    assert [(f["value"], f["period"]) for f in found] == [(52, "2024/2025")]


def test_conferences_of_the_lao_border_provinces_are_not_all_one_series(
        pipeline: Pipeline) -> None:
    trade = ("Sáng 12/11, tại thành phố Vinh, Bộ Công Thương hai nước tổ chức Hội nghị Hợp tác "
             "phát triển thương mại biên giới Việt Nam - Lào lần thứ 13.")
    found = facts_of(pipeline, trade, "meeting", published="2022-11-13")
    assert [(f["series"], f["edition"]) for f in found] == [
        ("series/vn-la-border-trade-development-conference", 13)]
    # another body's conference of the border provinces names no series of the gazetteer
    drugs = ("Hội nghị hợp tác phòng, chống tội phạm ma túy các tỉnh biên giới Việt Nam - Lào "
             "lần thứ 5 diễn ra tại Sơn La.")
    assert facts_of(pipeline, drugs, "meeting", published="2022-11-13") == []


def test_the_cambodian_border_trade_conference_is_not_the_border_provinces_conference(
        pipeline: Pipeline) -> None:
    text = ("Sáng 20/9, tại Tây Ninh, Bộ Công Thương hai nước tổ chức Hội nghị Hợp tác phát triển "
            "thương mại biên giới Việt Nam - Campuchia lần thứ 4.")
    found = facts_of(pipeline, text, "meeting", published="2022-09-21")
    assert [(f["series"], f["edition"]) for f in found] == [
        ("series/vn-kh-border-trade-development-conference", 4)]


def test_a_subcommittees_numbered_session_is_not_its_committees(pipeline: Pipeline) -> None:
    text = ("Hội nghị Ủy ban Điều phối chung Khu vực Tam giác phát triển Campuchia - Lào - Việt "
            "Nam lần thứ 11 diễn ra tại Bình Phước. Trước đó là các hội nghị của các Tiểu ban "
            "(Tiểu ban Kinh tế lần thứ 10, Tiểu ban Môi trường - Xã hội lần thứ 8) và Nhóm công "
            "tác lần thứ 3.")
    found = facts_of(pipeline, text, "meeting", published="2017-12-15")
    assert [(f["series"], f["edition"]) for f in found] == [
        ("series/clv-development-triangle-joint-coordination-committee", 11)]


def test_the_day_a_visit_concluded_is_its_end(pipeline: Pipeline) -> None:
    text = ("Chiều 22/12, Chủ tịch nước Nguyễn Xuân Phúc và Đoàn đại biểu cấp cao Việt Nam đã "
            "kết thúc tốt đẹp chuyến thăm cấp Nhà nước Vương quốc Campuchia.")
    found = facts_of(pipeline, text, "visit", published="2021-12-23")
    assert [(f["start"], f["end"]) for f in found] == [("2021-12", "2021-12-22")]


def test_a_headline_that_opens_with_signing_cooperation_is_an_agreement(
    pipeline: Pipeline,
) -> None:
    text = ("Phó Chủ tịch UBND tỉnh An Giang cảm ơn tỉnh Kampot đã giúp đỡ Đội K93 của tỉnh An "
            "Giang. Phó Tỉnh trưởng tỉnh Kampot đánh giá cao sự hợp tác của ban chuyên trách "
            "hai tỉnh.")
    title = "Ký kết hợp tác tìm kiếm, quy tập hài cốt liệt sĩ hy sinh tại Campuchia"
    found = facts_of(pipeline, text, "agreement", published="2024-10-02", title=title)
    assert [(f["parties"], f["kind"]) for f in found] == [
        (["vn/an-giang", "kh/kampot"], "agreement")]


def test_remains_of_a_named_partner_province_are_that_provinces(pipeline: Pipeline) -> None:
    text = ("Năm 2023, tỉnh Quảng Bình đã tiếp nhận 19 bộ hài cốt liệt sĩ quân tình nguyện hy "
            "sinh tại tỉnh Khăm Muồn về an táng tại quê nhà.")
    found = facts_of(pipeline, text, "measure", published="2023-12-10")
    assert [(f["parties"], f["value"]) for f in found] == [
        (["vn/quang-binh", "la/khammouane"], 19)]


def test_a_remains_count_dated_by_its_month_is_that_months(pipeline: Pipeline) -> None:
    text = ("Tháng 5/2023, tỉnh Quảng Bình đã tiếp nhận 19 bộ hài cốt liệt sĩ quân tình nguyện "
            "hy sinh tại Lào. Ngày 26/5, đội quy tập thêm 1 hài cốt.")
    found = facts_of(pipeline, text, "measure", published="2023-06-10")
    assert [(f["value"], f["period"]) for f in found] == [(19, "2023-05")]


def test_a_host_received_in_the_guests_country_makes_the_guest_no_visit(
    pipeline: Pipeline,
) -> None:
    text = ("Sáng 1/12, Chủ tịch Quốc hội Vương Đình Huệ chủ trì lễ đón chính thức Chủ tịch Quốc "
            "hội Campuchia Khuon Sudary nhân chuyến thăm chính thức Việt Nam. Trước đó, sau khi "
            "đến Hà Nội, Chủ tịch Quốc hội Campuchia Khuon Sudary đã tiếp Phó Chủ tịch Quốc "
            "hội Nguyễn Đức Hải đến chào xã giao.")
    found = facts_of(pipeline, text, "visit", published="2023-12-01")
    assert [(f["visitor"], f["destination"]) for f in found] == [("person/khuon-sudary", "vn")]


def test_a_document_carried_out_before_does_not_make_todays_signing_an_old_one(
    pipeline: Pipeline,
) -> None:
    text = ("Tỉnh Quảng Trị và tỉnh Savannakhet hội đàm cấp cao. Hội đàm nhằm đánh giá kết quả "
            "thực hiện văn bản thỏa thuận cấp cao giai đoạn 2020 - 2022 và ký kết văn bản thỏa "
            "thuận hợp tác giai đoạn 2023 - 2025.")
    found = facts_of(pipeline, text, "agreement", published="2022-12-27")
    assert [f["date"] for f in found] == ["2022-12-27"]


def test_remains_buried_at_home_of_dead_fallen_abroad_are_remains_brought_home(
    pipeline: Pipeline,
) -> None:
    text = ("Sáng 7-1, tại Nghĩa trang liệt sĩ huyện Đô Lương, UBND tỉnh Nghệ An tổ chức lễ truy "
            "điệu và an táng 89 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh "
            "tại các chiến trường Lào.")
    found = facts_of(pipeline, text, "measure", published="2017-01-08")
    assert [(f["parties"], f["value"], f["period"]) for f in found] == [
        (["vn/nghe-an", "la"], 89, None)]
    # where the article counts the remains as found, the burial's count yields to that
    counted = text + (" Mùa khô 2016-2017, đội quy tập của tỉnh đã quy tập được 80 hài cốt liệt "
                      "sĩ tại Lào.")
    found = facts_of(pipeline, counted, "measure", published="2017-01-08")
    assert [(f["value"], f["period"]) for f in found] == [(80, "2016/2017")]


def test_the_part_of_remains_found_abroad_after_trong_do_is_the_partners_count(
    pipeline: Pipeline,
) -> None:
    text = ("Trong mùa khô 2019-2020, đội của tỉnh An Giang đã tìm kiếm, quy tập được 99 hài cốt "
            "liệt sĩ quân tình nguyện Việt Nam hy sinh qua các thời kỳ trên đất Campuchia và trên "
            "địa bàn tỉnh An Giang; trong đó tại Campuchia 66 hài cốt và ở trong nước là 33 hài "
            "cốt.")
    found = facts_of(pipeline, text, "measure", published="2020-07-01")
    assert [(f["parties"], f["value"], f["period"]) for f in found] == [
        (["vn/an-giang", "kh"], 66, "2019/2020")]


@pytest.mark.parametrize(("days", "end"), [("Chiều 18/11 và ngày 19/11", "2024-11-19"),
                                           ("Ngày 18/11 và ngày 25/11", None)])
def test_two_days_running_joined_by_va_are_one_stay(
    pipeline: Pipeline, days: str, end: str | None
) -> None:
    text = f"{days}, Tổng Bí thư Nguyễn Phú Trọng đã thăm tỉnh Preah Sihanouk của Campuchia."
    visits = facts_of(pipeline, text, "visit", published="2024-11-30")
    assert [(v["start"], v["end"]) for v in visits] == [("2024-11-18", end)]


def test_a_visit_ends_on_the_last_day_of_a_span_from_its_first_day_told_elsewhere(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 28/11, Quốc vương Campuchia Norodom Sihamoni bắt đầu chuyến thăm cấp Nhà nước "
            "Việt Nam. Trong hai ngày 28 và 29/11, Quốc vương Norodom Sihamoni sẽ có các cuộc "
            "hội đàm, hội kiến với các nhà lãnh đạo cấp cao của Việt Nam.")
    visits = facts_of(pipeline, text, "visit", published="2024-11-28")
    assert [(v["visitor"], v["start"], v["end"]) for v in visits] == [
        ("person/norodom-sihamoni", "2024-11-28", "2024-11-29")]


def test_the_lao_border_provinces_conference_named_without_va_is_that_series(
    pipeline: Pipeline,
) -> None:
    text = ("Ngày 9/5, tại tỉnh Quảng Trị, Hội nghị lần thứ 12 hợp tác phát triển các tỉnh biên "
            "giới Việt Nam - Lào đã diễn ra dưới sự đồng chủ trì của ông Võ Văn Hưng, Chủ tịch "
            "UBND tỉnh Quảng Trị và ông Santiphap Phomvihane, Tỉnh trưởng tỉnh Savannakhet.")
    meetings = facts_of(pipeline, text, "meeting", published="2023-05-10")
    assert [(m["series"], m["edition"], m["place"], len(m["chairs"])) for m in meetings] == [
        ("series/vn-la-border-provinces-conference", 12, "vn/quang-tri", 2)]


def test_auxiliary_markers_yield_to_a_count_of_the_markers_themselves(
    pipeline: Pipeline,
) -> None:
    both = ("Đến nay, tỉnh Kon Tum đã cắm 29 cột mốc trên tuyến biên giới với tỉnh Ratanakiri "
            "của Campuchia. Hai bên cũng cắm được 130/131 mốc phụ.")
    alone = "Tỉnh Kon Tum đã cắm được 130/131 mốc phụ trên tuyến biên giới với Campuchia."
    assert [m["value"] for m in facts_of(pipeline, both, "measure", published="2020-05-10")] == [
        29]
    assert [m["value"] for m in facts_of(pipeline, alone, "measure", published="2020-05-10")] == [
        130]


@pytest.mark.parametrize("left", ["Số cột mốc cần tôn tạo trên tuyến này còn lại không nhiều "
                                  "(12 mốc)", "Việc tôn tạo trên tuyến này còn lại 12 cột mốc"])
def test_markers_left_to_do_are_no_count_of_markers_planted(
    pipeline: Pipeline, left: str
) -> None:
    text = (f"Tỉnh Quảng Nam đã xây dựng 42 cột mốc trên tuyến biên giới với tỉnh Sekong của Lào. "
            f"{left}.")
    found = facts_of(pipeline, text, "measure", published="2020-05-10")
    assert [m["value"] for m in found] == [42]


def test_a_document_named_by_the_work_the_sides_go_on_with_is_their_agreement(
    pipeline: Pipeline,
) -> None:
    text = ("Đoàn công tác của Việt Nam làm việc với Ủy ban đặc biệt của Lào. Hai đoàn ký kết văn "
            "bản tiếp tục phối hợp tìm kiếm, quy tập hài cốt liệt sĩ trong mùa khô 2023-2024.")
    found = facts_of(pipeline, text, "agreement", published="2023-11-20")
    assert [(a["parties"], a["kind"]) for a in found] == [(["vn", "la"], "agreement")]


def test_a_joint_statement_dated_nowhere_is_of_the_month_of_the_visit_it_closes(
    pipeline: Pipeline,
) -> None:
    text = ("Nhân chuyến thăm chính thức Campuchia của Thủ tướng Phan Văn Khải, Việt Nam và "
            "Campuchia đã ra Tuyên bố chung. Hai bên nhất trí tăng cường hợp tác. Chuyến thăm "
            "chính thức Campuchia của Thủ tướng Phan Văn Khải diễn ra từ ngày 6 đến 7/3/2006.")
    found = facts_of(pipeline, text, "agreement", published="2006")
    assert [(a["kind"], a["date"]) for a in found] == [("communique", "2006-03")]


def test_a_border_provinces_figure_with_no_partner_named_is_with_the_one_it_borders(
    pipeline: Pipeline,
) -> None:
    text = "Năm 2023, kim ngạch xuất nhập khẩu của tỉnh {} đạt 500 triệu USD."
    trade = facts_of(pipeline, text.format("Tây Ninh"), "measure", published="2024-01-10")
    assert [(f["parties"], f["value"], f["period"]) for f in trade] == [
        (["vn/tay-ninh", "kh"], 500_000_000, "2023")
    ]
    # Kon Tum borders both Laos and Cambodia: no partner to infer
    assert facts_of(pipeline, text.format("Kon Tum"), "measure", published="2024-01-10") == []


def test_remains_received_on_a_day_are_the_season_they_were_found_in(pipeline: Pipeline) -> None:
    text = ("Ngày 10/5, tỉnh Nghệ An tổ chức lễ tiếp nhận 25 hài cốt liệt sĩ quân tình nguyện "
            "Việt Nam hy sinh tại Lào do Đội K52 quy tập trong mùa khô 2023-2024.")
    remains = facts_of(pipeline, text, "measure", published="2024-05-10")
    assert [(f["value"], f["period"]) for f in remains] == [(25, "2023/2024")]
    one_find = "Ngày 10/5, đội đã quy tập được 1 hài cốt liệt sĩ tại tỉnh Xiêng Khoảng, Lào."
    assert facts_of(pipeline, one_find, "measure", published="2024-05-10") == []


def test_a_bare_number_after_a_series_name_is_its_edition(pipeline: Pipeline) -> None:
    for written in ("ASEAN 42", "ASEAN-42", "ASEAN thứ 42"):
        text = f"Thủ tướng dự Hội nghị Cấp cao {written} tại Indonesia ngày 10/5/2023."
        meetings = facts_of(pipeline, text, "meeting", published="2023-05-11")
        assert [(m["series"], m["edition"]) for m in meetings] == [("series/asean-summit", 42)]
    # a year or a count after the name is no edition
    text = "Hội nghị Cấp cao ASEAN năm 2023 có 10 nước thành viên tham dự."
    assert [m["edition"] for m in facts_of(pipeline, text, "meeting", published="2023-05-11")
            ] in ([], [None])


def test_a_delegation_received_where_no_province_is_named_visits_the_country(
    pipeline: Pipeline,
) -> None:
    text = ("Sáng 24/9, Tổng Giám đốc TTXVN Vũ Việt Trang tiếp Đoàn đại biểu Báo Pasaxon của "
            "Lào do ông Vanxay Tavinyan làm trưởng đoàn.")
    visits = facts_of(pipeline, text, "visit", published="2025-09-24")
    assert [(v["visitor"], v["destination"], v["start"]) for v in visits] == [
        ("person/vanxay-tavinyan", "vn", "2025-09-24")
    ]


def test_the_sides_of_the_talks_before_sign_not_the_city_they_met_in(pipeline: Pipeline) -> None:
    text = ("Sáng 12/3, tại Hà Nội, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet hội đàm. "
            "Kết thúc buổi làm việc, hai bên đã ký biên bản thỏa thuận hợp tác.")
    signed = facts_of(pipeline, text, "agreement", published="2024-03-12")
    assert [f["parties"] for f in signed] == [["vn/quang-tri", "la/savannakhet"]]
