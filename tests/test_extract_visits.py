"""Visit facts on hand-built articles."""

from __future__ import annotations

from extract_fixtures import COUNTRIES, article, facts

from langgieng.model import OfficeClaim, Span

PEOPLE = {
    "Norodom Sihamoni": ("person/norodom-sihamoni", "person"),
    "Norodom Sihanouk": ("person/norodom-sihanouk", "person"),
    "Trương Tấn Sang": ("person/truong-tan-sang", "person"),
    "Nguyễn Phú Trọng": ("person/nguyen-phu-trong", "person"),
    "Nguyễn Tấn Dũng": ("person/nguyen-tan-dung", "person"),
    "Phạm Minh Chính": ("person/pham-minh-chinh", "person"),
    "Hun Sen": ("person/hun-sen", "person"),
    "Tây Ninh": ("vn/tay-ninh", "province"),
} | COUNTRIES


def visits(text: str, published: str | None = "2014-12") -> dict[str, dict]:
    found = facts(article(text, PEOPLE, published=published), "visit")
    return {f.fields["visitor"]: f.fields for f in found}


def test_invited_head_of_state_visit_with_date_range() -> None:
    text = (
        "Theo lời mời của Quốc vương Norodom Sihamoni, Chủ tịch nước Trương Tấn Sang sẽ đến thăm "
        "Campuchia từ ngày 23 tháng 12 đến ngày 24 tháng 12."
    )
    found = visits(text)
    assert list(found) == ["person/truong-tan-sang"]  # the inviter is the host, not a visitor
    assert found["person/truong-tan-sang"] == {
        "visitor": "person/truong-tan-sang", "destination": "kh", "start": "2014-12-23",
        "end": "2014-12-24", "kind": "state", "status": "planned",  # `sẽ đến thăm`
    }


def test_list_of_past_visits_gives_one_visit_per_leader() -> None:
    text = (
        "Lãnh đạo cấp cao của Việt Nam thăm Campuchia là: Tổng Bí thư Nguyễn Phú Trọng tháng 12 "
        "năm 2011 nhà nước đến thăm Campuchia, Thủ tướng Nguyễn Tấn Dũng trong tháng Hai năm 2013 "
        "để tham dự lễ hỏa táng Quốc vương Norodom Sihanouk vào năm 2014."
    )
    found = visits(text)
    assert set(found) == {"person/nguyen-phu-trong", "person/nguyen-tan-dung"}
    assert found["person/nguyen-phu-trong"]["start"] == "2011-12"
    assert found["person/nguyen-phu-trong"]["kind"] == "state"
    assert (found["person/nguyen-tan-dung"]["start"], found["person/nguyen-tan-dung"]["kind"]) == (
        "2013-02", "other")


def test_list_of_visits_to_vietnam_by_the_neighbour() -> None:
    text = (
        "Lãnh đạo cấp cao của Campuchia thăm Việt Nam bao gồm: Quốc vương Norodom Sihamoni tháng 9 "
        "năm 2012 thăm cấp nhà nước, Thủ tướng Hun Sen trong tháng 1 năm 2012 tham dự lễ kỷ niệm."
    )
    found = visits(text)
    assert found["person/norodom-sihamoni"]["destination"] == "vn"
    assert found["person/norodom-sihamoni"]["kind"] == "state"
    assert found["person/hun-sen"]["start"] == "2012-01"


def test_visit_of_named_after_the_destination() -> None:
    text = (
        "Hai nước đã ký kết Hiệp định thương mại biên giới nhân dịp chuyến thăm Campuchia của "
        "Thủ tướng Phạm Minh Chính (11/2022) nhằm tạo thuận lợi cho thương mại."
    )
    found = visits(text, published="2023-04-25")
    assert found["person/pham-minh-chinh"]["start"] == "2022-11"
    assert found["person/pham-minh-chinh"]["destination"] == "kh"


def test_undated_mention_of_the_same_trip_merges() -> None:
    text = (
        "Chủ tịch nước Trương Tấn Sang sẽ thăm làm việc Campuchia từ ngày 23 tháng 12. "
        "Chủ tịch nước Trương Tấn Sang nhân chuyến thăm chính thức Campuchia nhấn mạnh quan hệ."
    )
    found = facts(article(text, PEOPLE, published="2014-12"), "visit")
    assert len(found) == 1
    assert found[0].fields["kind"] == "official"  # the more specific kind wins


def test_one_trip_told_by_its_day_and_by_its_month_in_an_undated_article() -> None:
    text = ("Sáng 27/7, trong khuôn khổ chuyến thăm hữu nghị chính thức Campuchia, Chủ tịch "
            "nước Trương Tấn Sang đã hội kiến Thủ tướng Hun Sen. Thủ tướng Hun Sen tiếp Chủ tịch "
            "nước Trương Tấn Sang đang thăm chính thức Campuchia trong tháng 7.")
    found = facts(article(text, PEOPLE, published=None), "visit")
    assert [f.fields["start"] for f in found] == ["--07-27"]


def test_exploration_and_visits_without_a_person_make_no_fact() -> None:
    text = (
        "Việt Nam đầu tư vào thăm dò dầu khí tại Campuchia. "
        "Hai bên duy trì các chuyến thăm cấp cao. Lãnh đạo hai nước thăm Campuchia."
    )
    assert visits(text) == {}


def test_visitor_is_the_guest_of_talks() -> None:
    text = ("Sáng 11/12/2023, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hun Sen, người đang "
            "có chuyến thăm chính thức Việt Nam từ ngày 11-12/12/2023.")
    found = visits(text, published="2023-12-11")
    assert list(found) == ["person/hun-sen"]
    assert found["person/hun-sen"]["destination"] == "vn"
    assert (found["person/hun-sen"]["start"], found["person/hun-sen"]["kind"]) == (
        "2023-12-11", "official")


def test_a_ministry_named_after_planning_announces_no_plan() -> None:
    # `Kế hoạch` capitalised is a word of the ministry's name, not `kế hoạch` (a plan)
    text = ("Chiều 9/5, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Bộ Kế hoạch và Đầu tư "
            "Campuchia Hun Sen đang thăm làm việc tại Việt Nam.")
    assert visits(text, published="2023-05-10")["person/hun-sen"]["status"] == "held"
    planned = "Theo kế hoạch, Thủ tướng Hun Sen thăm Việt Nam từ ngày 5 đến 7/6."
    assert visits(planned, published="2023-05-10")["person/hun-sen"]["status"] == "planned"


def test_a_trip_framing_its_sentence_was_made_by_the_leader_from_elsewhere() -> None:
    text = ("Trong khuôn khổ chuyến thăm chính thức tới Campuchia, chiều 5/3, Thủ tướng "
            "Hun Sen và Thủ tướng Phạm Minh Chính dự lễ khánh thành cầu.")
    found = visits(text, "2025-03")
    assert list(found) == ["person/pham-minh-chinh"]  # the host is of the country visited
    assert found["person/pham-minh-chinh"]["destination"] == "kh"
    # the day is the ceremony's, inside the trip: the trip is dated by its month
    assert found["person/pham-minh-chinh"]["start"] == "2025-03"


def test_a_leader_who_visits_a_province_named_as_one_visits_that_province() -> None:
    assert visits("Ngày 19/7, Thủ tướng Hun Sen đã tới thăm tỉnh Tây Ninh.")[
        "person/hun-sen"]["destination"] == "vn/tay-ninh"
    # a province named beside the country visited: the country
    assert visits("Ngày 19/7, Thủ tướng Hun Sen thăm Việt Nam và Tây Ninh.")[
        "person/hun-sen"]["destination"] == "vn"


def test_a_guest_received_under_several_titles_visits_the_host() -> None:
    text = ("Chiều 9/1, tại Phủ Chủ tịch, Chủ tịch nước Trương Tấn Sang đã tiếp Phó Thủ tướng, "
            "Bộ trưởng Bộ Nội vụ Campuchia Hun Sen nhân dịp sang thăm và làm việc.")
    found = visits(text, "2014-01")
    assert found["person/hun-sen"]["destination"] == "vn"
    assert found["person/hun-sen"]["start"] == "2014-01"  # received within his trip: its month
    # a comma that opens another clause is no title: the person after it is no guest
    other = ("Chiều 9/1, Chủ tịch nước Trương Tấn Sang đã tiếp đoàn, sau đó ông Hun Sen "
             "phát biểu tại hội nghị.")
    assert "person/hun-sen" not in visits(other, "2014-01")
    # who sends greetings through the guest is not there
    greetings = ("Chiều 9/1, Chủ tịch nước Trương Tấn Sang cảm ơn Thủ tướng Hun Sen đã tiếp đón "
                 "và chuyển lời thăm hỏi của Thủ tướng Phạm Minh Chính.")
    assert "person/pham-minh-chinh" not in visits(greetings, "2014-01")


def test_an_undated_visit_takes_the_span_of_its_trip_told_elsewhere() -> None:
    text = ("Thủ tướng Phạm Minh Chính thăm chính thức Campuchia. Ngày 24/4, Thủ tướng Phạm "
            "Minh Chính dẫn đầu Đoàn đại biểu lên đường sang Campuchia từ ngày 24 đến 25/4.")
    found = visits(text, published="2017-04")
    assert [(f["start"], f["end"]) for f in found.values()] == [("2017-04-24", "2017-04-25")]


def test_who_accompanies_a_leader_makes_no_visit_of_his_own() -> None:
    text = ("Bộ trưởng Nguyễn Tấn Dũng tháp tùng Thủ tướng Chính phủ thăm Campuchia. "
            "Chủ tịch nước Trương Tấn Sang tháp tùng Tổng Bí thư Nguyễn Phú Trọng thăm Campuchia.")
    assert set(visits(text)) == {"person/nguyen-phu-trong"}


def test_a_day_inside_the_frame_of_a_visit_is_no_start_of_it() -> None:
    text = ("Trong khuôn khổ chuyến thăm cấp Nhà nước của Chủ tịch nước Trương Tấn Sang tới "
            "Campuchia, chiều 21/12, tại Phnom Penh, hai đoàn đã có cuộc gặp song phương.")
    visit = visits(text, published="2013-12-22")["person/truong-tan-sang"]
    assert (visit["start"], visit["end"]) == ("2013-12", None)


def test_a_trip_dated_after_the_report_is_still_to_come() -> None:
    text = ("Chuyến thăm chính thức Campuchia của Thủ tướng Phạm Minh Chính diễn ra từ ngày "
            "6-7/1/2024.")
    assert visits(text, published="2023-12-10")["person/pham-minh-chinh"]["status"] == "planned"
    assert visits(text, published="2024-01-08")["person/pham-minh-chinh"]["status"] == "held"


def test_a_visit_to_a_ministrys_office_is_a_visit_to_its_country() -> None:
    text = ("Đoàn do Thủ tướng Phạm Minh Chính dẫn đầu đã bắt đầu chuyến thăm chính thức Văn phòng "
            "Bộ Y tế nước Cộng hòa Dân chủ Nhân dân Lào từ ngày 24 đến 26/4.")
    found = visits(text)
    assert [(v["destination"], v["start"], v["end"]) for v in found.values()] == [
        ("la", "2014-04-24", "2014-04-26")]


def test_an_invitation_with_no_time_set_and_trips_told_as_a_habit_are_no_visit() -> None:
    invited = ("Chủ tịch nước Trương Tấn Sang mời Quốc vương Norodom Sihamoni thăm Việt Nam vào "
               "thời gian thích hợp; Quốc vương vui vẻ nhận lời.")
    habit = "Thủ tướng Hun Sen đã nhiều lần sang thăm Việt Nam."
    assert visits(invited) == {} and visits(habit) == {}
    once = "Thủ tướng Hun Sen từng sang thăm Việt Nam vào tháng 8/2012."
    assert [v["start"] for v in visits(once).values()] == ["2012-08"]


def test_a_planned_trip_is_dated_by_its_plans_not_by_the_day_it_was_announced() -> None:
    text = ("Ngày 31.1, theo Bộ Ngoại giao, Thủ tướng Phạm Minh Chính sẽ thăm chính thức "
            "Campuchia. Thủ tướng Phạm Minh Chính sẽ dự hội nghị tại Campuchia vào ngày 6.2.")
    found = visits(text, published="2015-01-31")
    assert [(v["start"], v["status"]) for v in found.values()] == [("2015-02-06", "planned")]
    told = ("Ngày 31.1, theo Bộ Ngoại giao, Thủ tướng Phạm Minh Chính sẽ thăm chính thức "
            "Campuchia.")
    assert [v["start"] for v in visits(told, published="2015-01-31").values()] == [None]


def test_a_trip_planned_for_one_day_ends_that_day() -> None:
    planned = visits("Tổng Bí thư Nguyễn Phú Trọng sẽ thăm cấp Nhà nước Campuchia ngày 26/12.")
    assert (planned["person/nguyen-phu-trong"]["start"],
            planned["person/nguyen-phu-trong"]["end"]) == ("2014-12-26", "2014-12-26")
    held = visits("Ngày 5/12, Tổng Bí thư Nguyễn Phú Trọng đã đến thăm Campuchia.")
    assert held["person/nguyen-phu-trong"]["end"] is None  # its first day only: it may go on


def test_a_leaders_work_days_in_a_country_are_a_working_visit() -> None:
    text = "Thủ tướng Phạm Minh Chính công tác tại Lào trong hai ngày 9 và 10-1."
    assert visits(text, "2025-01-10")["person/pham-minh-chinh"] == {
        "visitor": "person/pham-minh-chinh", "destination": "la", "start": "2025-01-09",
        "end": "2025-01-10", "kind": "working", "status": "held"}
    stationed = "Ông Phạm Minh Chính từng công tác tại Lào nhiều năm."
    assert visits(stationed, "2025-01-10") == {}


def test_a_trip_to_a_country_begins_by_its_visitors_first_day_in_one_of_its_provinces() -> None:
    links = PEOPLE | {"Preah Sihanouk": ("kh/preah-sihanouk", "province")}
    text = ("Tổng Bí thư Nguyễn Phú Trọng kết thúc tốt đẹp chuyến thăm Campuchia. Chiều 18/12, "
            "Tổng Bí thư Nguyễn Phú Trọng đã thăm tỉnh Preah Sihanouk.")
    found = facts(article(text, links, published=None), "visit")
    assert sorted((f.fields["destination"], f.fields["start"]) for f in found) == [
        ("kh", "--12-18"), ("kh/preah-sihanouk", "--12-18")]


def test_a_trip_another_is_told_to_follow_keeps_no_month() -> None:
    text = ("Chủ tịch nước Trương Tấn Sang đánh giá cao chuyến thăm Việt Nam của Thủ tướng Hun "
            "Sen, diễn ra ngay sau chuyến thăm chính thức Lào rất thành công của Thủ tướng Nguyễn "
            "Tấn Dũng.")
    found = visits(text, "2014-12-05")
    assert (found["person/hun-sen"]["start"], found["person/nguyen-tan-dung"]["start"]) == (
        "2014-12", None)


def test_a_person_of_another_list_item_is_not_the_visitor() -> None:
    text = ("Về phía Campuchia có: Thủ tướng Hun Sen; Đoàn đại biểu cấp cao Quốc hội Campuchia "
            "đang thăm hữu nghị chính thức Việt Nam.")
    assert "person/hun-sen" not in visits(text, "2017-06-20")
    assert "person/hun-sen" in visits(text.replace(";", ","), "2017-06-20")


def test_the_trip_of_a_delegation_is_its_leaders() -> None:
    links = PEOPLE | {"Sar Kheng": ("person/sar-kheng", "person")}
    text = ("Cuộc gặp nằm trong chuyến thăm của đoàn đại biểu cấp cao Campuchia do Phó Thủ "
            "tướng Sar Kheng dẫn đầu.")
    found = facts(article(text, links, published="2015-03-07"), "visit")
    assert [(f.fields["visitor"], f.fields["destination"]) for f in found] == [
        ("person/sar-kheng", "vn")]


def test_a_delegation_led_to_a_country_is_a_trip_there() -> None:
    links = PEOPLE | {"Bùi Thanh Sơn": ("person/bui-thanh-son", "person")}
    text = ("Thủ tướng Hun Sen cảm ơn Phó Thủ tướng Bùi Thanh Sơn đã dẫn đầu đoàn công tác tới "
            "Campuchia dự lễ khánh thành cửa khẩu.")
    found = facts(article(text, links, published="2025-11-29"), "visit")
    assert [(f.fields["visitor"], f.fields["destination"], f.fields["kind"]) for f in found] == [
        ("person/bui-thanh-son", "kh", "other")]
    assert facts(article(text.replace(" tới Campuchia", ""), links,
                         published="2025-11-29"), "visit") == []


def test_a_state_named_in_full_around_its_bracketed_initials_is_the_destination() -> None:
    text = ("Chiều 3-6, Thủ tướng Phạm Minh Chính sẽ thăm chính thức nước Cộng hòa Dân chủ Nhân "
            "dân (CHDCND) Lào.")
    links = PEOPLE | {"CHDCND": ("la", "country")}
    found = facts(article(text, links, published="2022-06-01"), "visit")
    assert [(f.fields["destination"], f.fields["start"]) for f in found] == [("la", "2022-06-03")]


def test_a_provinces_delegation_is_its_named_leaders_trip() -> None:
    links = PEOPLE | {"Trần Văn Hùng": ("person/tran-van-hung", "person"),
                      "Champasak": ("la/champasak", "province")}
    text = ("Ngày 14-3, Đoàn đại biểu tỉnh Tây Ninh do ông Trần Văn Hùng - Phó Chủ tịch Hội Hữu "
            "nghị Việt Nam - Lào của tỉnh làm Trưởng đoàn đã tới thăm Ủy ban Mặt trận Lào xây "
            "dựng đất nước tỉnh Champasak và làm việc với lãnh đạo sở ngoại vụ tỉnh bạn trong "
            "chuyến công tác tại Lào.")
    found = facts(article(text, links, published=None), "visit")
    assert {f.fields["visitor"] for f in found} == {"person/tran-van-hung"}


def test_a_received_delegations_leader_may_carry_a_long_chain_of_titles() -> None:
    links = PEOPLE | {"Sonexay Siphandone": ("person/sonexay-siphandone", "person")}
    titles = ", ".join(["Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"] * 3)
    text = ("Sáng 9/5, Chủ tịch UBND tỉnh Tây Ninh đã tiếp Đoàn đại biểu cấp cao Chính phủ Lào "
            f"do ông Sonexay Siphandone, {titles}, làm trưởng đoàn.")
    found = facts(article(text, links, published=None), "visit")
    assert ("person/sonexay-siphandone", "vn/tay-ninh") in {
        (f.fields["visitor"], f.fields["destination"]) for f in found}


def test_a_delegation_calling_on_a_host_named_after_a_chain_of_titles() -> None:
    links = PEOPLE | {"Sonexay Siphandone": ("person/sonexay-siphandone", "person")}
    text = ("Chiều 2/8, tại Vientiane, đoàn đại biểu Ủy ban Đối ngoại Trung ương Đảng Cộng sản "
            "Việt Nam, do Phó Trưởng ban Thường trực Phạm Minh Chính, làm trưởng đoàn đã đến chào "
            "xã giao Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng Nhân dân Cách "
            "mạng Lào, Phó Chủ tịch nước Sonexay Siphandone.")
    found = facts(article(text, links, published="2025-08-03"), "visit")
    assert [(f.fields["visitor"], f.fields["destination"]) for f in found] == [
        ("person/pham-minh-chinh", "la")]


def test_who_is_made_head_of_the_delegation_visits() -> None:
    links = PEOPLE | {"Sar Kheng": ("person/sar-kheng", "person")}
    titles = ", ".join(["Tổng thư ký Ban Dân vận Trung ương Campuchia"] * 3)
    text = (f"Đoàn đại biểu Ban Dân vận Trung ương Đảng Nhân dân Campuchia do ông Sar Kheng, "
            f"{titles}, làm Trưởng đoàn, sang thăm và làm việc tại Việt Nam từ ngày 4-7/7.")
    found = facts(article(text, links, published="2024-07-05"), "visit")
    assert [(f.fields["visitor"], f.fields["start"]) for f in found] == [
        ("person/sar-kheng", "2024-07-04")]


def test_a_guest_received_in_a_province_visits_it_on_the_day_told() -> None:
    links = PEOPLE | {"Lê Văn Khải": ("person/le-van-khai", "person")}
    text = "Chiều 24/3, Chủ tịch UBND tỉnh Tây Ninh Lê Văn Khải tiếp Thủ tướng Hun Sen."
    art = article(text, links, published="2025-03-25")
    art.office_claims = [OfficeClaim("person/le-van-khai", "Chủ tịch UBND tỉnh Tây Ninh",
                                     "provincial_chair", "vn/tay-ninh", "vn", "2025", Span(0, 0))]
    found = facts(art, "visit")
    assert [(f.fields["destination"], f.fields["start"]) for f in found] == [
        ("vn/tay-ninh", "2025-03-24")]


def test_a_leader_welcomed_by_name_before_the_place_of_the_ceremony() -> None:
    links = PEOPLE | {"Phnom Penh": ("kh/phnom-penh", "province")}
    text = ("Sáng 25/4, lễ đón chính thức Thủ tướng Chính phủ Phạm Minh Chính cùng Phu nhân và "
            "đoàn được tổ chức long trọng tại Cung Hòa Bình, Thủ đô Phnom Penh.")
    found = facts(article(text, links, published="2017-04-25"), "visit")
    assert [(f.fields["visitor"], f.fields["destination"], f.fields["start"]) for f in found] == [
        ("person/pham-minh-chinh", "kh", "2017-04-25")]


def test_a_visitor_named_by_post_and_country_is_its_holder_on_the_report_s_day() -> None:
    from langgieng.pipeline import Pipeline

    text = "Chủ tịch Quốc hội Lào sẽ thăm chính thức Việt Nam từ ngày 12 đến 14/5."
    found = Pipeline().process_text(text, published="2024-05-10").facts
    assert [(f.fields["visitor"], f.fields["destination"]) for f in found] == [
        ("person/xaysomphone-phomvihane", "vn")]
    # no date to know the holder by: no visitor, no visit
    assert Pipeline().process_text(text).facts == []


def test_a_province_head_welcomed_by_a_host_with_a_chain_of_titles_visits_him() -> None:
    from langgieng.pipeline import Pipeline

    text = ("Chiều 12/7, đồng chí Kham Phon Xay Nha - Ủy viên Ban Chấp hành Trung ương Đảng Nhân "
            "dân Cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Bô Ly Khăm Xay đón Bí thư Tỉnh ủy Nghệ "
            "An Trần Văn Lợi và đoàn sang thăm.")
    found = Pipeline().process_text(text, published="2023-07-13").facts
    assert [(f.fields["visitor"], f.fields["destination"], f.rule) for f in found] == [
        ("person/tran-van-loi", "la", "visit.hosted")]



def test_a_span_of_days_told_from_the_visit_s_first_day_is_its_span() -> None:
    from langgieng.pipeline import Pipeline

    text = ("Ngày 21/11, Chủ tịch Quốc hội Trần Thanh Mẫn lên đường thăm chính thức Campuchia, "
            "tham dự Hội nghị toàn thể lần thứ 12 của Hội nghị quốc tế các đảng chính trị châu Á "
            "và Phiên họp toàn thể lần thứ 11 của Nghị viện Quốc tế vì Bao dung và Hòa bình từ "
            "ngày 21-24/11/2024.")
    (visit,) = Pipeline().process_text(text, published="2024-11-21").facts
    assert (visit.fields["start"], visit.fields["end"]) == ("2024-11-21", "2024-11-24")


def test_a_visit_between_vietnam_and_a_third_country_is_no_part_of_the_record() -> None:
    from langgieng.pipeline import Pipeline

    found = Pipeline().process_text("Ngày 9/5, Thủ tướng Phạm Minh Chính thăm chính thức "
                                    "Nhật Bản.", published="2023-05-10").facts
    assert found == []


def test_a_guest_a_host_thanks_for_coming_visits_the_hosts_province() -> None:
    text = ("Ngày 9/2, thay mặt Đảng bộ, chính quyền và nhân dân tỉnh Tây Ninh, Bí thư Tỉnh ủy "
            "đã cảm ơn ông Hun Sen cùng đoàn đại biểu đã đến thăm và chúc Tết.")
    found = visits(text, published="2024-02-10")
    assert (found["person/hun-sen"]["destination"], found["person/hun-sen"]["start"]) == (
        "vn/tay-ninh", "2024-02-09")



def test_a_provinces_delegation_is_led_by_the_one_the_article_says_heads_it() -> None:
    text = ("Đoàn đại biểu cấp cao tỉnh Svay Rieng do ông Hun Sen, Tỉnh trưởng tỉnh Svay Rieng làm "
            "trưởng đoàn đã thăm Tây Ninh. Ngày 9/2, Đoàn đại biểu tỉnh Svay Rieng đến thăm "
            "và làm việc tại tỉnh Tây Ninh.")
    found = facts(article(text, PEOPLE | {"Svay Rieng": ("kh/svay-rieng", "province")},
                          published="2024-02-10"), "visit")
    assert {f.fields["visitor"] for f in found} == {"person/hun-sen"}


def test_the_head_of_a_delegation_named_before_its_members_makes_the_visit() -> None:
    links = {"Hoàng Văn Thanh": ("person/hoang-van-thanh", "person"),
             "Đặng Ngọc Lâm": ("person/dang-ngoc-lam", "person"),
             "Sơn La": ("vn/son-la", "province"), "Luang Prabang": ("la/luang-prabang", "province")}
    text = ("Ngày 5/3, Đoàn đại biểu cấp cao tỉnh Sơn La do Bí thư Tỉnh ủy Hoàng Văn Thanh làm "
            "trưởng đoàn, cùng Phó Chủ tịch UBND tỉnh Đặng Ngọc Lâm đã thăm tỉnh Luang Prabang.")
    found = facts(article(text, links | COUNTRIES, published="2024-03-05"), "visit")
    assert [(f.fields["visitor"], f.fields["destination"]) for f in found] == [
        ("person/hoang-van-thanh", "la/luang-prabang")]


def test_the_day_a_trip_to_come_is_spoken_of_is_not_its_day() -> None:
    links = {"Lê Văn Hòa": ("person/le-van-hoa", "person")}
    said = "Ngày 5/3, Bí thư Tỉnh ủy Lê Văn Hòa cho biết ông sẽ sang thăm Lào."
    (trip,) = facts(article(said, links | COUNTRIES, published="2024-03-05"), "visit")
    assert (trip.fields["status"], trip.fields["start"]) == ("planned", None)
    announced = "Ngày 5/3, Thủ tướng Phạm Minh Chính sẽ thăm chính thức Lào."
    (trip,) = facts(article(announced, PEOPLE, published="2024-03-01"), "visit")
    assert trip.fields["start"] == "2024-03-05"


def test_visiting_a_neighbours_students_at_home_is_no_trip_abroad() -> None:
    text = ("Ngày 5/3, Chủ tịch nước Trương Tấn Sang đã thăm các lưu học sinh Lào đang học tập "
            "tại Việt Nam.")
    assert visits(text, "2014-03-05") == {}
