"""Meeting facts on hand-built articles (mentions placed by hand)."""

from __future__ import annotations

from extract_fixtures import COUNTRIES, article, facts

SERIES = "series/vn-kh-border-provinces-conference"
CONF = "Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam-Campuchia"
LINKS = {
    CONF: (SERIES, "series"),
    "Tây Ninh": ("vn/tay-ninh", "province"),
    "Trần Lưu Quang": ("person/tran-luu-quang", "person"),
    "Sar Kheng": ("person/sar-kheng", "person"),
}


def by_edition(found: list) -> dict:
    return {f.fields["edition"]: f.fields for f in found}


def test_named_meeting_with_dateline_place_and_chairs() -> None:
    text = (
        f"Sáng 25/4, tại Hội trường tỉnh ủy Tây Ninh, Phó Thủ tướng Trần Lưu Quang cùng "
        f"Phó Thủ tướng Sar Kheng đồng chủ trì {CONF} lần thứ 12."
    )
    fields = by_edition(facts(article(text, LINKS, published="2023-04-25"), "meeting"))[12]
    assert fields == {
        "series": SERIES, "edition": 12, "place": "vn/tay-ninh", "start": "2023-04-25",
        "end": "2023-04-25", "chairs": ["person/tran-luu-quang", "person/sar-kheng"],
        "status": "held",
    }


def test_editions_in_passing_and_planned_edition() -> None:
    text = (
        f"Phát biểu tại Hội nghị, hai Phó Thủ tướng ghi nhận kể từ {CONF} lần thứ 11 "
        f"(tháng 10/2021) đến nay, hai nước hợp tác tốt. "
        f"{CONF} lần thứ 13 dự kiến sẽ được tổ chức tại Campuchia trong năm 2024."
    )
    found = by_edition(facts(article(text, LINKS | COUNTRIES, published="2023-04-25"), "meeting"))
    assert found[11]["start"] == "2021-10" and found[11]["status"] == "held"
    assert found[11]["place"] is None
    assert found[13]["status"] == "planned"
    assert (found[13]["place"], found[13]["start"]) == ("kh", "2024")


def test_title_names_the_meeting_and_the_body_refers_back() -> None:
    # machine-translation style: the body never repeats the edition
    title = ("Hội nghị Hợp tác và Phát triển Liên hợp biên giới Việt Nam-Campuchia lần thứ VII "
             "kết thúc")
    text = (
        "Ngày 9-3, tại thành phố Hồ Chí Minh, Việt Nam đã tổ chức một cuộc họp hai ngày về hợp "
        "tác phát triển biên giới Việt Nam-Campuchia đã kết thúc thành công. "
        "Hội nghị đạt kết quả dưới sự lãnh đạo chung của ông Phạm Bình Minh và Sar Kheng. "
        "Đại diện hai nước rà soát kết quả từ cuộc họp biên giới lần thứ 6 tổ chức vào "
        "tháng 8 năm 2010."
    )
    links = {"thành phố Hồ Chí Minh": ("vn/ho-chi-minh", "province"),
             "Phạm Bình Minh": ("person/pham-binh-minh", "person"),
             "Sar Kheng": ("person/sar-kheng", "person")} | COUNTRIES
    found = by_edition(facts(article(text, links, title=title, published="2012-03-09"), "meeting"))
    assert set(found) == {6, 7}
    assert found[7]["series"] == SERIES
    assert (found[7]["start"], found[7]["end"]) == ("2012-03-08", "2012-03-09")
    assert found[7]["place"] == "vn/ho-chi-minh"
    assert found[7]["chairs"] == ["person/pham-binh-minh", "person/sar-kheng"]
    assert (found[6]["start"], found[6]["chairs"]) == ("2010-08", [])


def test_committee_session_with_parenthetical_date_and_place() -> None:
    committee = "Ủy ban hỗn hợp Việt Nam-Campuchia"
    text = (
        f"Hai bên triển khai các cơ chế hợp tác, trong đó có Kỳ họp lần thứ 20 {committee} về "
        "Hợp tác kinh tế, văn hóa, khoa học và kỹ thuật (tháng 3/2023 tại Hà Nội)."
    )
    links = {committee: ("series/vn-kh-joint-committee", "series"),
             "Hà Nội": ("vn/ha-noi", "province")}
    (fact,) = facts(article(text, links, published="2023-04-25"), "meeting")
    assert fact.fields["edition"] == 20
    assert (fact.fields["place"], fact.fields["start"]) == ("vn/ha-noi", "2023-03")
    assert fact.evidence.start == 0 and fact.rule and 0 < fact.confidence <= 1


def test_one_fact_per_edition_and_the_explicit_date_wins() -> None:
    text = (
        f"Sáng 25/4, tại Tây Ninh, Trần Lưu Quang và Sar Kheng đồng chủ trì {CONF} lần thứ 12. "
        "Trước đó, trong khuôn khổ Hội nghị, từ ngày 23-24/4, các quan chức cấp cao đã có "
        "các phiên họp chuẩn bị cho Hội nghị."
    )
    found = facts(article(text, LINKS, published="2023-04-25"), "meeting")
    assert len(found) == 1
    assert found[0].fields["start"] == "2023-04-25"


def test_numbered_things_that_are_not_meetings_make_no_fact() -> None:
    text = ("Việt Nam là đối tác thương mại lớn lần thứ 3 liên tiếp. "
            "Hai tỉnh tổ chức cuộc họp hợp tác.")
    assert facts(article(text, COUNTRIES, published="2023-04-25"), "meeting") == []


def test_other_bodies_editions_are_not_the_articles_series() -> None:
    text = (
        f"Sáng 25/4, tại Tây Ninh, Trần Lưu Quang và Sar Kheng đồng chủ trì {CONF} lần thứ 12. "
        "Bên lề, các đại biểu nhắc lại Nghị quyết Hội nghị Trung ương lần thứ 8 về biên giới."
    )
    found = by_edition(facts(article(text, LINKS, published="2023-04-25"), "meeting"))
    assert set(found) == {12}


def test_series_named_by_cue_words_when_not_linked() -> None:
    text = ("Phiên họp lần thứ 11 Ủy ban liên hợp biên giới Việt Nam-Campuchia diễn ra ngày "
            "5/10/2023.")
    (fact,) = facts(article(text, COUNTRIES, published="2023-12-11"), "meeting")
    assert fact.fields["series"] == "series/vn-kh-joint-border-committee"
    assert (fact.fields["edition"], fact.fields["start"]) == (11, "2023-10-05")


def test_the_meeting_being_held_is_the_main_one_not_the_one_recalled() -> None:
    text = (
        f"Tiếp nối kết quả {CONF} lần thứ 11, sáng 25/4, Trần Lưu Quang và Sar Kheng đồng chủ trì "
        f"{CONF} lần thứ 12 tại Tây Ninh. Hội nghị đã thông qua Thông cáo chung."
    )
    found = by_edition(facts(article(text, LINKS, published="2023-04-25"), "meeting"))
    assert found[12]["place"] == "vn/tay-ninh"
    assert found[12]["chairs"] == ["person/tran-luu-quang", "person/sar-kheng"]
    assert found[11]["chairs"] == []


def test_chairs_listed_after_the_cue_and_place_after_a_venue() -> None:
    text = (
        f"{CONF} lần thứ 12 diễn ra ngày 25/4 tại Khách sạn Sokha, thủ đô Phnom Penh. "
        f"Đồng chủ trì {CONF} lần thứ 12 có Phó Thủ tướng Trần Lưu Quang và Phó Thủ tướng "
        "Sar Kheng."
    )
    links = LINKS | {"Phnom Penh": ("kh/phnom-penh", "province")}
    fields = by_edition(facts(article(text, links, published="2023-04-25"), "meeting"))[12]
    assert fields["place"] == "kh/phnom-penh"
    assert fields["chairs"] == ["person/tran-luu-quang", "person/sar-kheng"]


def test_the_year_of_a_target_set_at_a_meeting_is_not_its_date() -> None:
    text = (f"Tại {CONF} lần thứ 12, hai bên đặt mục tiêu đưa kim ngạch thương mại song phương "
            f"lên 20 tỷ USD vào năm 2030.")
    fields = by_edition(facts(article(text, LINKS | COUNTRIES, published="2023-04-25"),
                              "meeting"))[12]
    assert (fields["start"], fields["status"]) == (None, "held")


def test_the_inviter_of_a_co_chaired_session_is_its_other_chair() -> None:
    # the inviter's title spells out his country's full name before his name
    text = (f"Sáng 11/1, Phó Thủ tướng Trần Lưu Quang lên đường thăm Campuchia và đồng chủ trì "
            f"{CONF} lần thứ 12, theo lời mời của Phó Thủ tướng Chính phủ Hoàng gia Vương "
            f"quốc Campuchia Sar Kheng.")
    fields = by_edition(facts(article(text, LINKS | COUNTRIES, published="2023-01-11"),
                              "meeting"))[12]
    assert fields["chairs"] == ["person/tran-luu-quang", "person/sar-kheng"]


def test_a_chair_named_by_post_and_country_is_its_holder_on_the_day() -> None:
    from langgieng.pipeline import Pipeline

    text = ("Thủ tướng Campuchia sẽ đồng chủ trì Kỳ họp lần thứ 20 Ủy ban hỗn hợp Việt Nam - "
            "Campuchia về hợp tác kinh tế, văn hóa, khoa học kỹ thuật.")
    found = Pipeline().process_text(text, published="2024-05-10").facts
    (meeting,) = [f.fields for f in found if f.type == "meeting"]
    # and a co-chair's counterpart holds the same post on the other side
    assert meeting["chairs"] == ["person/hun-manet", "person/pham-minh-chinh"]
    earlier = Pipeline().process_text(text.replace(" đồng", ""), published="2016-05-10").facts
    assert [f.fields["chairs"] for f in earlier if f.type == "meeting"] == [["person/hun-sen"]]


def test_the_days_a_meeting_takes_place_over_a_briefings_day() -> None:
    text = (f"Chiều 13/11, UBND tỉnh Tây Ninh tổ chức họp báo thông tin về {CONF} lần thứ 12 "
            f"diễn ra từ ngày 15 - 19/12, tại tỉnh Tây Ninh.")
    fields = by_edition(facts(article(text, LINKS, published="2023-11-13"), "meeting"))[12]
    assert (fields["start"], fields["end"]) == ("2023-12-15", "2023-12-19")


def test_consecutive_editions_listed_together_share_what_is_told() -> None:
    links = {"Hội nghị Cấp cao ASEAN": ("series/asean-summit", "series"),
             "Phnom Penh": ("kh/phnom-penh", "province")} | COUNTRIES
    text = ("Thủ tướng tin tưởng Campuchia sẽ tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ "
            "40, 41 và các Hội nghị cấp cao liên quan tại Thủ đô Phnom Penh.")
    found = by_edition(facts(article(text, links, published="2022-11-08"), "meeting"))
    assert sorted(found) == [40, 41]
    assert {(f["place"], f["status"]) for f in found.values()} == {("kh/phnom-penh", "planned")}
    assert sorted(by_edition(facts(article(text.replace("40, 41", "40, 42"), links,
                                           published="2022-11-08"), "meeting"))) == [40]


def test_the_meeting_word_before_a_numbered_session_tells_for_it() -> None:
    links = {"Ủy ban liên Chính phủ Việt Nam - Lào": ("series/vn-la-intergovernmental-committee",
                                                     "series"),
             "Hà Nội": ("vn/ha-noi", "province")} | COUNTRIES
    text = ("Ngày 6/12/2020 tại Hà Nội, nhân dịp Kỳ họp lần thứ 43 của Ủy ban liên Chính phủ "
            "Việt Nam - Lào, hai tập đoàn đã ký biên bản ghi nhớ về các dự án điện tại Lào. "
            "Thủ tướng Lào sẽ đồng chủ trì Kỳ họp lần thứ 44 Ủy ban liên Chính phủ Việt Nam - "
            "Lào.")
    found = by_edition(facts(article(text, links, published="2020-12-06"), "meeting"))
    assert (found[43]["place"], found[43]["status"]) == ("vn/ha-noi", "held")
    assert found[44]["status"] == "planned"


def test_who_welcomes_the_chair_is_no_chair() -> None:
    links = LINKS | {"Hun Sen": ("person/hun-sen", "person")}
    text = (f"Thủ tướng Hun Sen hoan nghênh Phó Thủ tướng Trần Lưu Quang sang Campuchia để đồng "
            f"chủ trì {CONF} lần thứ 13.")
    fields = by_edition(facts(article(text, links | COUNTRIES, published="2025-11-29"),
                              "meeting"))[13]
    assert fields["chairs"] == ["person/tran-luu-quang"]


def test_the_session_the_article_reports_on_no_day_is_in_the_reports_month() -> None:
    text = (f"Phó Thủ tướng Trần Lưu Quang sang Campuchia đồng chủ trì {CONF} lần thứ 13. Hai bên "
            f"đánh giá cao kết quả hợp tác.")
    fields = by_edition(facts(article(text, LINKS | COUNTRIES, published="2025-11-29"),
                              "meeting"))[13]
    assert fields["start"] == "2025-11"


def test_the_results_of_a_session_cite_it_rather_than_report_it() -> None:
    links = {"Ủy ban liên Chính phủ Việt Nam – Lào": ("series/vn-la-intergovernmental-committee",
                                                     "series")} | COUNTRIES
    text = ("Hai Thủ tướng đánh giá cao kết quả Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam – "
            "Lào.")
    [fields] = [f.fields for f in facts(article(text, links, published="2025-04-16"), "meeting")]
    assert (fields["edition"], fields["start"]) == (47, None)


def test_a_session_joined_to_one_told_aside_is_aside_and_each_keeps_its_year() -> None:
    summit = "series/clv-development-triangle-summit"
    links = {"Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt Nam": (summit,
                                                                               "series")}
    text = ("Ngày 23/11, Thủ tướng dự Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt "
            "Nam tại Campuchia. Tại Hội nghị, các đại biểu đánh giá hợp tác kể từ Hội nghị Cấp "
            "cao lần thứ 7 (2012) và Hội nghị Ủy ban Điều phối chung lần thứ 9/2013.")
    found = {(f.fields["series"], f.fields["edition"]): f.fields["start"]
             for f in facts(article(text, links | COUNTRIES, published="2016-11-23"), "meeting")}
    assert found == {
        (summit, 7): "2012",
        ("series/clv-development-triangle-joint-coordination-committee", 9): "2013"}


def test_the_two_leaders_of_two_countries_its_sentence_names_chair_the_session() -> None:
    text = (f"Sáng 25/4, Phó Thủ tướng Sar Kheng tặng hoa chào mừng Phó Thủ tướng Trần Lưu Quang "
            f"và Đoàn đại biểu Việt Nam sang tham dự {CONF} lần thứ 12.")
    fields = by_edition(facts(article(text, LINKS, published="2023-04-25"), "meeting"))[12]
    assert set(fields["chairs"]) == {"person/sar-kheng", "person/tran-luu-quang"}
    # one side's leader alone names no pair of chairs
    text = f"Sáng 25/4, Phó Thủ tướng Trần Lưu Quang tham dự {CONF} lần thứ 12."
    fields = by_edition(facts(article(text, LINKS, published="2023-04-25"), "meeting"))[12]
    assert fields["chairs"] == []


def test_two_leaders_who_co_chair_with_no_object_chair_the_articles_session() -> None:
    text = (f"Sáng 25/4, {CONF} lần thứ 12 diễn ra tại Tây Ninh. Hai Phó Thủ tướng Trần Lưu "
            f"Quang và Sar Kheng đồng chủ trì.")
    links = LINKS | {"Campuchia": ("kh", "country"), "Việt Nam": ("vn", "country")}
    fields = by_edition(facts(article(text, links, published="2023-04-25"), "meeting"))[12]
    assert fields["chairs"] == ["person/tran-luu-quang", "person/sar-kheng"]



def test_the_chair_of_a_committee_named_as_a_title_is_no_session() -> None:
    from langgieng.pipeline import Pipeline

    text = ("Ngày 10/1/2024, Phó Thủ tướng Trần Lưu Quang và Phó Thủ tướng Lào Saleumxay "
            "Kommasith, đồng Chủ tịch Ủy ban liên Chính phủ, chủ trì Kỳ họp lần thứ 46 Ủy ban "
            "liên Chính phủ Việt Nam - Lào.")
    found = Pipeline().process_text(text).facts
    assert [f.fields["chairs"] for f in found if f.type == "meeting"] == [
        ["person/tran-luu-quang", "person/saleumxay-kommasith"]]


def test_a_session_held_in_a_building_of_a_city_is_held_in_the_city() -> None:
    links = LINKS | {"Hà Nội": ("vn/ha-noi", "province")}
    text = (f"Sáng 25/4, {CONF} lần thứ 12 đã diễn ra tại Trung tâm Hội nghị Quốc gia, Hà Nội.")
    fields = by_edition(facts(article(text, links, published="2023-04-25"), "meeting"))[12]
    assert fields["place"] == "vn/ha-noi"
