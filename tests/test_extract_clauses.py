"""Clause-level parties, target wording, infrastructure names, progress counts,
handed-over documents, visits told by their meetings, and dates that belong to
another event: hand-built sentences for each general rule."""

from __future__ import annotations

from extract_fixtures import COUNTRIES, article, facts

from langgieng.extract.dates import find_dates
from langgieng.extract.published import guess_published

LINKS = {
    "Kon Tum": ("vn/kon-tum", "province"), "Attapeu": ("la/attapeu", "province"),
    "Kiên Giang": ("vn/kien-giang", "province"), "Kampot": ("kh/kampot", "province"),
    "Viêng Chăn": ("la/vientiane", "province"), "Hà Nội": ("vn/ha-noi", "province"),
    "Hun Sen": ("person/hun-sen", "person"),
    "Phạm Minh Chính": ("person/pham-minh-chinh", "person"),
    "Nguyễn Phú Trọng": ("person/nguyen-phu-trong", "person"),
    "Sonexay Siphandone": ("person/sonexay-siphandone", "person"),
} | COUNTRIES


def found(text: str, kind: str, published: str | None = "2021-12-20") -> list[dict]:
    return [f.fields for f in facts(article(text, LINKS, published=published), kind)]


def test_each_clause_has_its_own_pair_and_inherits_the_deadline() -> None:
    text = ("Việt Nam và Campuchia phấn đấu đưa kim ngạch thương mại lên 20 tỷ USD vào năm 2030, "
            "trong khi Việt Nam và Lào phấn đấu đạt 5 tỷ USD.")
    assert {(tuple(f["parties"]), f["value"], f["by"]) for f in found(text, "target")} == {
        (("vn", "kh"), 20_000_000_000, "2030"), (("vn", "la"), 5_000_000_000, "2030")}


def test_semicolon_clause_with_elided_indicator_and_same_period_sentence() -> None:
    text = ("Năm 2020, kim ngạch thương mại Việt Nam - Campuchia đạt 4,2 tỷ USD; Việt Nam - Lào "
            "đạt 2,3 tỷ USD. Cùng kỳ, thương mại Việt Nam - Lào với Thái Lan không đổi.")
    assert {(tuple(f["parties"]), f["value"], f["period"]) for f in found(text, "measure")} == {
        (("vn", "kh"), 4_200_000_000, "2020"), (("vn", "la"), 2_300_000_000, "2020")}
    text = ("Kim ngạch thương mại Việt Nam - Campuchia đạt 4,2 tỷ USD trong năm 2020. "
            "Cùng kỳ, thương mại Việt Nam - Lào đạt 1,1 tỷ USD.")
    assert {(tuple(f["parties"]), f["period"]) for f in found(text, "measure")} == {
        (("vn", "kh"), "2020"), (("vn", "la"), "2020")}


def test_raise_to_and_effort_wording_are_targets_with_deadline_before_or_after() -> None:
    lead = "Việt Nam và Campuchia hợp tác chặt chẽ. "
    effort = lead + "Hai bên nỗ lực nâng kim ngạch thương mại hai chiều lên 2 tỷ USD vào năm 2025."
    assert [(f["value"], f["by"]) for f in found(effort, "target")] == [(2_000_000_000, "2025")]
    assert found(effort, "measure") == []
    before = ("Kon Tum và Attapeu hợp tác. Hai tỉnh phấn đấu đến năm 2025 nâng kim ngạch "
              "thương mại Kon Tum - Attapeu lên 50 triệu USD.")
    assert [(f["parties"], f["by"]) for f in found(before, "target")] == [
        (["vn/kon-tum", "la/attapeu"], "2025")]
    done = lead + "Năm 2021, kim ngạch thương mại song phương đã được nâng lên 2 tỷ USD."
    assert found(done, "target") == []
    assert [f["period"] for f in found(done, "measure")] == ["2021"]


def test_places_inside_infrastructure_names_are_never_parties() -> None:
    text = ("Chiều 20/6/2023, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay Siphandone chứng kiến "
            "lễ ký Bản ghi nhớ về dự án đường cao tốc Viêng Chăn - Hà Nội.")
    assert [f["parties"] for f in found(text, "agreement")] == [["vn", "la"]]
    trade = "Kim ngạch xuất nhập khẩu qua cửa khẩu Attapeu – Kon Tum năm 2022 đạt 50 triệu USD."
    assert [f["parties"] for f in found("Việt Nam và Lào hợp tác. " + trade, "measure")] == [
        ["vn", "la"]]


def test_progress_counts_written_before_their_total() -> None:
    cases = {
        "Hai bên đã cắm mốc 61/62 vị trí mốc trên biên giới Việt Nam - Lào.": (61, 62),
        "Việt Nam và Campuchia đã xây dựng được 53 trên 55 cột mốc biên giới.": (53, 55),
        "Việt Nam và Campuchia đã cắm 40 trong số 50 cột mốc.": (40, 50),
    }
    for text, expected in cases.items():
        assert [(f["value"], f["of"]) for f in found(text, "measure")] == [expected], text


def test_two_provinces_sharing_a_border_are_the_parties() -> None:
    text = "Tỉnh Kon Tum và tỉnh Attapeu có chung đường biên giới dài 142 km."
    assert [f["parties"] for f in found(text, "measure")] == [["vn/kon-tum", "la/attapeu"]]
    text = "Tỉnh Kiên Giang có 56 km đường biên giới với Campuchia, giáp tỉnh Kampot."
    assert [f["parties"] for f in found(text, "measure")] == [["vn/kien-giang", "kh"]]


def test_handed_over_and_adopted_documents_are_agreements() -> None:
    text = ("Sau hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Hun Sen chứng kiến lễ trao 5 văn "
            "kiện hợp tác, gồm Bản ghi nhớ về hợp tác thương mại giữa hai nước.")
    assert [(f["parties"], f["kind"]) for f in found(text, "agreement")] == [(["vn", "kh"], "mou")]
    text = "Ngày 20/6/2023, hai bên đã thông qua Tuyên bố chung về quan hệ Việt Nam - Campuchia."
    assert [(f["kind"], f["date"]) for f in found(text, "agreement")] == [
        ("communique", "2023-06-20")]


def test_signing_on_the_sidelines_takes_the_meetings_date() -> None:
    text = ("Hà Nội, ngày 19/6/2023 - Hội nghị hợp tác Việt Nam - Lào diễn ra tại Hà Nội. Bên lề "
            "hội nghị, Việt Nam và Lào đã ký Bản ghi nhớ về hợp tác giáo dục.")
    assert [f["date"] for f in found(text, "agreement", None)] == ["2023-06-19"]


def test_guests_received_or_calling_on_a_host_visit_the_hosts_country() -> None:
    text = ("Hà Nội, ngày 7/1/2023 - Chiều 7/1, Tổng Bí thư Nguyễn Phú Trọng tiếp Thủ tướng Hun "
            "Sen. Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Sonexay Siphandone tại Hà Nội. "
            "Thủ tướng Sonexay Siphandone hội kiến Tổng Bí thư Nguyễn Phú Trọng.")
    # the day of the reception or the talks lies within a trip whose first day is not
    # given: the visit is dated by its month
    assert {(f["visitor"], f["destination"], f["start"]) for f in found(text, "visit", None)} == {
        ("person/hun-sen", "vn", "2023-01"), ("person/sonexay-siphandone", "vn", "2023-01")}
    talk = "Thủ tướng Phạm Minh Chính đã trực tiếp trao đổi với Thủ tướng Hun Sen qua điện thoại."
    assert found(talk, "visit") == []


def test_province_delegation_visit_and_kind_cues() -> None:
    """A province's delegation visits the province it names (a leader, its country)."""
    text = "Ngày 10/3/2023, Đoàn đại biểu tỉnh Kon Tum đã thăm và làm việc tại tỉnh Attapeu."
    assert [(f["visitor"], f["destination"], f["kind"]) for f in found(text, "visit")] == [
        ("vn/kon-tum", "la/attapeu", "working")]


def test_a_date_after_taking_office_is_not_the_visits() -> None:
    text = ("Thủ tướng Hun Sen thăm chính thức Việt Nam, chuyến thăm đầu tiên kể từ khi nhậm chức "
            "vào tháng 8/2023.")
    visits = found(text, "visit", "2024-01-10")  # (dated nowhere: the report's month)
    assert [(f["start"], f["kind"]) for f in visits] == [("2024-01", "official")]


def test_a_bare_day_takes_the_references_month() -> None:
    assert [d.value for d in find_dates("Ngày 27, hai bên ký kết.", reference="2023-01-07")] == [
        "2023-01-27"]
    assert find_dates("Ngày 27, hai bên ký kết.", reference="2023") == []
    assert find_dates("Trong ngày 27 người đã đến.", reference="2023-01-07") == []


def test_a_targets_year_is_no_evidence_of_the_publication_year() -> None:
    text = ("Trong 11 tháng đầu năm 2021, kim ngạch thương mại hai nước đạt 5 tỷ USD, tăng 20% so "
            "với cùng kỳ năm ngoái. Hai bên cam kết nâng kim ngạch lên 10 tỷ USD vào năm 2022.")
    assert guess_published(text) == "2021"


def test_undated_signing_takes_the_date_opening_the_sentence_before() -> None:
    text = ("Chiều 7/1/2023, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Sen. "
            "Hai bên ký Bản ghi nhớ về hợp tác thương mại.")
    assert [f["date"] for f in found(text, "agreement", None)] == ["2023-01-07"]
