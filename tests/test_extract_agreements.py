"""Agreement and relations facts on hand-built articles."""

from __future__ import annotations

from extract_fixtures import COUNTRIES, article, facts

from langgieng.extract import extract
from langgieng.gazetteer import Gazetteer
from langgieng.model import Entity

PROVINCES = {
    "Kiên Giang": ("vn/kien-giang", "province"),
    "Kampot": ("kh/kampot", "province"),
    "Kep": ("kh/kep", "province"),
    "Koh Kong": ("kh/koh-kong", "province"),
    "Phnom Penh": ("kh/phnom-penh", "province"),
    "Kon Tum": ("vn/kon-tum", "province"),
    "Sekong": ("la/sekong", "province"),
    "Quảng Trị": ("vn/quang-tri", "province"),
    "Savannakhet": ("la/savannakhet", "province"),
    "Salavan": ("la/salavan", "province"),
    "Tây Ninh": ("vn/tay-ninh", "province"),
    "Svay Rieng": ("kh/svay-rieng", "province"),
    "Prey Veng": ("kh/prey-veng", "province"),
} | COUNTRIES


def agreements(text: str, published: str | None = None) -> list[dict]:
    return [f.fields for f in facts(article(text, PROVINCES, published=published), "agreement")]


def test_one_agreement_per_partner_province() -> None:
    text = (
        "Tỉnh Kiên Giang ký hợp đồng kinh tế, văn hoá và hợp tác ngoại giao với Campuchia Kampot, "
        "Kep, tỉnh Koh Kong và thành phố Phnom Penh."
    )
    found = agreements(text)
    assert [f["parties"] for f in found] == [
        ["vn/kien-giang", "kh/kampot"], ["vn/kien-giang", "kh/kep"],
        ["vn/kien-giang", "kh/koh-kong"], ["vn/kien-giang", "kh/phnom-penh"],
    ]
    assert {f["kind"] for f in found} == {"agreement"}
    assert {f["topic"] for f in found} == {"cooperation"}


def test_memorandum_between_two_provinces_with_yearless_dateline() -> None:
    text = (
        "Ngày 6 tháng 8, tại cuộc họp hợp tác giữa tỉnh Kon Tum của Việt Nam và tỉnh Sekong của "
        "Lào, lãnh đạo hai tỉnh đã ký một bản ghi nhớ về hợp tác toàn diện."
    )
    assert agreements(text) == [{"parties": ["vn/kon-tum", "la/sekong"], "kind": "mou",
                                 "topic": "comprehensive cooperation", "date": "--08-06"}]


def test_named_national_agreement_and_its_dated_mention_merge() -> None:
    text = (
        "Hai nước đã ký kết Hiệp định thương mại biên giới Việt Nam-Campuchia nhân dịp chuyến "
        "thăm của Thủ tướng (11/2022). Hai bên thúc đẩy triển khai Hiệp định thương mại biên "
        "giới (ký tháng 11/2022) giữa hai nước."
    )
    assert agreements(text, "2023-04-25") == [
        {"parties": ["vn", "kh"], "kind": "agreement", "topic": "border trade", "date": "2022-11"}
    ]


def test_talk_about_agreements_makes_no_fact() -> None:
    text = (
        "Hai bên tích cực mở rộng thỏa thuận hợp tác ký kết giữa hai tỉnh Kiên Giang và Kampot. "
        "Hai bên cam kết thực hiện thỏa thuận ký kết; tiếp tục xây dựng và ký kết một nội dung "
        "quan tâm chung. Việt Nam có 205 dự án với tổng vốn đăng ký đạt 2,94 tỷ USD. "
        "Kết thúc Hội nghị, hai bên đã thông qua Thông cáo chung."
    )
    assert agreements(text) == []


def test_communique_signed() -> None:
    text = "Ngày 5/6/2023, hai Thủ tướng đã ký Thông cáo chung Việt Nam-Lào."
    assert agreements(text) == [
        {"parties": ["vn", "la"], "kind": "communique", "topic": None, "date": "2023-06-05"}
    ]


def test_relations_established_plain_and_anniversary_forms() -> None:
    first = "Việt Nam và Campuchia thiết lập quan hệ ngoại giao vào ngày 24 tháng 6 năm 1967."
    second = ("Hai nước kỷ niệm 55 năm ngày hai nước thiết lập quan hệ ngoại giao "
              "(24/6/1967-24/6/2022) tại Campuchia.")
    for text in (first, second):
        found = facts(article(text, COUNTRIES, published="2023-04-25"), "relations")
        assert [f.fields for f in found] == [{"parties": ["vn", "kh"], "date": "1967-06-24"}]


def test_relations_without_a_date_make_no_fact() -> None:
    text = "Hai nước thiết lập quan hệ ngoại giao từ lâu và Campuchia là láng giềng."
    assert facts(article(text, COUNTRIES), "relations") == []


def test_intended_signing_makes_no_fact_and_the_term_is_no_date() -> None:
    intended = "Hai bên nhất trí sớm ký kết Bản ghi nhớ hợp tác giữa tỉnh Kiên Giang và Kampot."
    assert agreements(intended) == []
    signed = ("Ngày 15/3/2023, tỉnh Kiên Giang và tỉnh Kampot đã ký kết biên bản ghi nhớ hợp tác "
              "giai đoạn 2023-2025.")
    (fact,) = agreements(signed)
    assert (fact["parties"], fact["date"]) == (["vn/kien-giang", "kh/kampot"], "2023-03-15")


def test_old_tone_convention_is_matched() -> None:
    text = "Ngày 2/3/2020, hai nước đã ký thoả thuận hợp tác văn hoá giữa Việt Nam và Lào."
    (fact,) = agreements(text)
    assert (fact["kind"], fact["parties"]) == ("agreement", ["vn", "la"])


def test_anniversary_celebration_date_is_not_the_establishment() -> None:
    text = ("Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam và Lào diễn ra ngày "
            "5/9/2022 tại Hà Nội.")
    assert facts(article(text, COUNTRIES, published="2022-09-06"), "relations") == []


def test_signing_on_the_occasion_takes_the_lead_date() -> None:
    text = ("Chiều 12/9/2024, tại tỉnh Kampot, đoàn công tác tỉnh Kiên Giang hội đàm với lãnh đạo "
            "tỉnh Kampot. Kết thúc buổi hội đàm, lãnh đạo hai tỉnh đã ký kết Biên bản thỏa thuận "
            "hợp tác giai đoạn 2024-2028.")
    art = article(text, PROVINCES, published="2024-09-12")
    (fact,) = facts(art, "agreement")
    assert fact.fields["date"] == "2024-09-12"
    assert fact.rule == "agreement.sign-on-lead-date"


def test_relations_between_two_other_countries() -> None:
    text = "Campuchia và Lào thiết lập quan hệ ngoại giao ngày 15/6/1956."
    found = facts(article(text, COUNTRIES, published="2023-01-01"), "relations")
    assert [f.fields["parties"] for f in found] == [["kh", "la"]]


def test_opening_day_beats_a_year_in_the_documents_name() -> None:
    text = ("Sáng 3/8, tại Kon Tum, lãnh đạo tỉnh Kon Tum và tỉnh Sekong (Lào) đã ký thỏa thuận "
            "hợp tác năm 2021 về giáo dục.")
    (fact,) = agreements(text, "2021-08-04")
    assert fact["date"] == "2021-08-03"


def test_an_anniversary_span_in_brackets_is_not_the_signing_date() -> None:
    text = ("Ngày 20/7/2021, tỉnh Kon Tum và tỉnh Sekong đã ký bản ghi nhớ hợp tác, chào mừng "
            "kỷ niệm 30 năm kết nghĩa (20/7/1991 - 20/7/2021).")
    (fact,) = agreements(text, "2021-07-21")
    assert fact["date"] == "2021-07-20"


def test_a_fronted_clause_date_and_a_date_right_after_the_verb() -> None:
    fronted = ("Thông tấn xã Lào ngày 5 tháng 4 đưa tin Ngày 2 tháng 4, tỉnh Kon Tum đã ký "
               "thỏa thuận hợp tác với tỉnh Sekong.")
    assert [f["date"] for f in agreements(fronted, "2021-04-05")] == ["2021-04-02"]
    dated = ("Ngày 5/4/2021, lãnh đạo tỉnh cho biết tỉnh Kon Tum đã ký ngày 12/2/2019 với tỉnh "
             "Sekong một thỏa thuận hợp tác.")
    assert [f["date"] for f in agreements(dated, "2021-04-05")] == ["2019-02-12"]


def test_a_venue_city_and_a_weak_link_are_not_signatories() -> None:
    text = ("Ngày 2/4/2021, tại thành phố Phnom Penh, lãnh đạo tỉnh Kiên Giang và tỉnh Kampot đã "
            "ký thỏa thuận hợp tác.")
    assert [f["parties"] for f in agreements(text)] == [["vn/kien-giang", "kh/kampot"]]
    guessed = "Chiều 2/4, Ủy ban tỉnh Kon Tum và tỉnh Kiên Giang ký thỏa thuận với tỉnh Kampot."
    art = article(guessed, PROVINCES, published="2021-04-03")
    for mention in art.mentions:
        if mention.surface == "Kiên Giang":  # a guess by sound, beside a cue-backed link
            mention.rule, mention.confidence = "phonetic", 0.55
    assert [f.fields["parties"] for f in facts(art, "agreement")] == [["vn/kon-tum", "kh/kampot"]]


def test_relations_date_found_however_long_its_span() -> None:
    text = ("Năm nay kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào (ngày 5 tháng 9 "
            "năm 1962 - ngày 5 tháng 9 năm 2022).")
    found = facts(article(text, COUNTRIES, published="2022-09-01"), "relations")
    assert [f.fields for f in found] == [{"parties": ["vn", "la"], "date": "1962-09-05"}]


def test_a_dated_document_recalled_later_keeps_its_own_date() -> None:
    text = ("Ngày 5/6/2023, tại lễ kỷ niệm, lãnh đạo nhắc lại tỉnh Kon Tum đã ký thỏa thuận hợp "
            "tác với tỉnh Sekong vào ngày 3/4/2019.")
    assert [f["date"] for f in agreements(text, "2023-06-06")] == ["2019-04-03"]
    in_name = ("Ngày 5/6/2023, tỉnh Kon Tum và tỉnh Sekong đã ký thỏa thuận hợp tác vào năm "
               "2023.")
    assert [f["date"] for f in agreements(in_name, "2023-06-06")] == ["2023-06-05"]


def test_a_host_province_named_only_as_the_venue_still_signs_for_two_provinces() -> None:
    text = ("Ngày 5/3/2024, tại tỉnh Kon Tum, đoàn đại biểu tỉnh Sekong (Lào) đã hội đàm. "
            "Kết thúc hội đàm, lãnh đạo hai tỉnh đã ký biên bản ghi nhớ hợp tác.")
    (fact,) = agreements(text, "2024-03-06")
    assert fact["parties"] == ["vn/kon-tum", "la/sekong"]


def test_an_anniversary_of_a_signing_counts_back_to_its_year() -> None:
    text = (
        "Ngày 5/9, hai bên tổ chức Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và "
        "45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác giữa Việt Nam và Lào."
    )
    [found] = agreements(text, published="2022-09-05")
    assert found["parties"] == ["vn", "la"]
    assert found["date"] == "1977"  # not the day of the celebration


def test_a_document_dated_by_its_signing_in_brackets() -> None:
    text = ("Hai bên sơ kết 1 năm thực hiện thỏa thuận hợp tác giữa tỉnh Kiên Giang và tỉnh "
            "Kampot (được ký kết ngày 14/05/2018).")
    [found] = agreements(text, published="2019-09-10")
    assert found["parties"] == ["vn/kien-giang", "kh/kampot"]
    assert found["date"] == "2018-05-14"
    named = agreements("Hiệp định hợp tác Việt Nam - Campuchia (ký tháng 11/2022) có hiệu lực.")
    assert [f["date"] for f in named] == ["2022-11"]


def test_a_document_recalled_with_its_signing_year_and_countries_named_beside_it() -> None:
    text = ("Đoàn tỉnh Sekong thăm tỉnh Kon Tum. Lãnh đạo tỉnh Kon Tum và tỉnh Sekong hội đàm "
            "tại trụ sở tỉnh Kon Tum. Hai bên triển khai biên bản hợp tác đã ký kết "
            "năm 2019 và chuẩn bị kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam "
            "- Lào.")
    found = {(tuple(f["parties"]), f["date"]) for f in agreements(text, published="2022-02-19")}
    assert (("vn/kon-tum", "la/sekong"), "2019") in found
    assert (("vn", "la"), "1977") in found


def test_signing_a_report_on_an_agreement_signs_no_agreement() -> None:
    text = ("Lãnh đạo hai tỉnh Kiên Giang và Kampot đã ký kết Báo cáo sơ kết 1 năm thực hiện "
            "Thỏa thuận hợp tác.")
    assert agreements(text, published="2019-09-10") == []


def test_two_documents_of_one_pair_signed_in_different_years_stay_two() -> None:
    text = ("Năm 2015, tỉnh Kiên Giang ký thỏa thuận hợp tác với tỉnh Kampot. Năm 2020, tỉnh "
            "Kiên Giang ký thỏa thuận hợp tác với tỉnh Kampot giai đoạn mới.")
    assert sorted(f["date"] for f in agreements(text, published="2021")) == ["2015", "2020"]


def test_cooperation_signed_without_naming_the_document() -> None:
    text = "Sáng 28/12, đã diễn ra lễ ký kết hợp tác giữa tỉnh Kon Tum với tỉnh Sekong."
    [found] = agreements(text)
    assert (found["parties"], found["kind"], found["date"]) == (
        ["vn/kon-tum", "la/sekong"], "agreement", "--12-28")
    assert agreements("Hai tỉnh cam kết ký kết hợp tác sâu rộng hơn nữa.") == []


def test_documents_named_in_passing_with_their_year() -> None:
    text = ("Nghị định thư này không thể tách rời với các Hiệp định Biên giới 1985, Hiệp định "
            "Bổ sung 2005 giữa Việt Nam và Campuchia.")
    found = agreements(text, published="2020-11")
    assert sorted(f["date"] for f in found) == ["1985", "2005"]
    assert all(f["parties"] == ["vn", "kh"] for f in found)
    # a common noun and a year of something else: no document named
    assert agreements("Hiệp định thương mại năm 2019 giữa Việt Nam và Campuchia.") == []
    # an agreement known by the place it was signed, with `năm` before its year
    named = agreements("Việt Nam - Lào thực hiện “Thỏa thuận Hà Nội năm 2007” về qua lại biên "
                       "giới.", published="2017-05")
    assert [(f["parties"], f["date"]) for f in named] == [(["vn", "la"], "2007")]
    assert agreements("Thỏa thuận hợp tác năm 2022 giữa Việt Nam và Lào.") == []


def test_each_document_of_a_signed_list_is_one_agreement() -> None:
    text = (
        "Sáng 12/3, lãnh đạo hai nước chứng kiến lễ ký các văn kiện hợp tác giữa các địa "
        "phương của Việt Nam và Campuchia. Các văn kiện được ký gồm: Bản ghi nhớ hợp tác giữa "
        "Ủy ban nhân dân tỉnh Tây Ninh và Chính quyền tỉnh Svay Rieng; Kế hoạch hợp tác giữa "
        "Ủy ban nhân dân tỉnh Tây Ninh và Chính quyền tỉnh Prey Veng; Thỏa thuận hợp tác "
        "giữa Bộ Y tế Việt Nam và Bộ Y tế Campuchia."
    )
    found = agreements(text, "2025-03-20")
    # the ceremony's own `các văn kiện` gives way to the documents it lists; the
    # ministries of the last item are no countries
    assert [(f["parties"], f["kind"], f["date"]) for f in found] == [
        (["vn/tay-ninh", "kh/svay-rieng"], "mou", "2025-03-12"),
        (["vn/tay-ninh", "kh/prey-veng"], "plan", "2025-03-12"),
    ]


def test_a_list_of_documents_signed_over_the_years_keeps_each_ones_year() -> None:
    text = ("Thời gian qua, Việt Nam và Campuchia đã ký các thỏa thuận hợp tác như: Bản ghi nhớ "
            "năm 2019 về phát triển hạ tầng thương mại biên giới, Hiệp định Thương mại biên giới "
            "năm 2024, Bản Thỏa thuận thúc đẩy thương mại giai đoạn 2025 - 2026.")
    found = agreements(text, "2025-09-13")
    # the period the last one runs over is not the year it was signed
    assert [(f["parties"], f["kind"], f["date"]) for f in found] == [
        (["vn", "kh"], "mou", "2019"), (["vn", "kh"], "agreement", "2024"),
        (["vn", "kh"], "agreement", None)]
    between = ("Hai nước đã ký kết một số thỏa thuận như: Biên bản ghi nhớ giữa Chính phủ Việt "
               "Nam và Chính phủ Lào năm 2016 về hợp tác đầu tư; Hiệp định giữa Chính phủ Lào và "
               "Chính phủ Việt Nam năm 2019 về hợp tác năng lượng.")
    assert [(f["parties"], f["kind"], f["date"]) for f in agreements(between, "2022-05-01")] == [
        (["vn", "la"], "mou", "2016"), (["vn", "la"], "agreement", "2019")]


def test_a_summit_of_three_countries_issues_their_joint_statement() -> None:
    text = ("Ngày 25-11, Hội nghị Cấp cao Khu vực Tam giác phát triển Campuchia-Lào-Việt Nam "
            "lần thứ 8 đã ra Tuyên bố chung về hợp tác.")
    found = agreements(text, "2014-11-25")
    # Vietnam first, then as written: the same order on every run
    assert [(f["parties"], f["kind"], f["date"]) for f in found] == [
        (["vn", "kh", "la"], "communique", "2014-11-25")]
    # a meeting of two sides that issues a communique records the meeting: no document
    assert agreements("Kỳ họp lần thứ 12 của Ủy ban hỗn hợp Việt Nam - Campuchia đã ra Thông "
                      "cáo chung.", "2014-11-25") == []


def test_the_provinces_after_giua_sign_however_long_the_documents_name() -> None:
    text = ("Hai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2021-2025 giữa UBND tỉnh Quảng Trị "
            "và Chính quyền các tỉnh Savannakhet, Salavan.")
    assert [f["parties"] for f in agreements(text, "2021-05-01")] == [
        ["vn/quang-tri", "la/savannakhet"], ["vn/quang-tri", "la/salavan"]]


def test_documents_told_as_signed_in_a_plural_relative_clause_make_no_fact() -> None:
    text = ("Ban Quản lý theo dõi các dự án, chương trình hợp tác đã được ký kết giữa tỉnh Quảng "
            "Trị và tỉnh Savannakhet.")
    assert agreements(text, "2021-05-01") == []


def test_documents_signed_at_a_ceremony_without_a_list() -> None:
    text = ("Sáng 12/3, lãnh đạo hai nước chứng kiến lễ ký các văn kiện hợp tác giữa "
            "Việt Nam và Campuchia.")
    assert [f["parties"] for f in agreements(text, "2025-03-20")] == [["vn", "kh"]]


def test_an_anniversary_dates_the_document_by_its_bracketed_span() -> None:
    text = ("Nhân dịp kỷ niệm 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào "
            "(18/7/1977 - 18/7/2017), đoàn đã tới thăm tỉnh.")
    assert [f["date"] for f in agreements(text, "2017-07-20")] == ["1977-07-18"]


def test_a_signing_in_the_headline_is_dated_by_the_lead() -> None:
    title = "Tỉnh Kon Tum và tỉnh Sekong ký kết Thỏa thuận hợp tác năm 2024"
    text = (title + "\nNhận lời mời của tỉnh Sekong, sáng 11-4, đoàn đại biểu tỉnh Kon Tum đã "
            "sang thăm và làm việc tại tỉnh bạn.")
    found = [f.fields for f in facts(article(text, PROVINCES, title=title,
                                             published="2024-04-12"), "agreement")]
    assert [(f["parties"], f["date"]) for f in found] == [
        (["vn/kon-tum", "la/sekong"], "2024-04-11")]


def test_a_year_ending_a_noun_phrase_does_not_date_the_signing() -> None:
    text = ("Chiều 9/1, hai bên dự Hội nghị đánh giá kết quả hợp tác năm 2016, ký Kế hoạch hợp "
            "tác năm 2017 giữa tỉnh Kon Tum và tỉnh Sekong.")
    assert [f["date"] for f in agreements(text, "2017-01-10")] == ["2017-01-09"]


def test_one_province_and_two_foreign_ones_as_subject_sign_pair_by_pair() -> None:
    text = ("Ông A cho biết, năm 2023, UBND tỉnh Quảng Trị và Chính quyền tỉnh Savannakhet, "
            "tỉnh Salavan đã ký kết Bản ghi nhớ về hợp tác giai đoạn 2023 - 2028.")
    found = agreements(text)
    assert [f["parties"] for f in found] == [
        ["vn/quang-tri", "la/savannakhet"], ["vn/quang-tri", "la/salavan"]]
    assert {f["date"] for f in found} == {"2023"}  # the year is a clause of its own


def test_a_plan_ministries_sign_is_no_agreement_of_their_countries() -> None:
    body = ("Chiều 5/3, tại Hà Nội, Bộ trưởng Bộ Y tế Việt Nam và Bộ trưởng Bộ Y tế Lào đã ký "
            "Kế hoạch hợp tác y tế năm 2026. Tại buổi tiếp, Việt Nam và Lào ký Hiệp định "
            "về vận tải đường bộ.")
    title = "Việt Nam và Lào ký kết kế hoạch hợp tác y tế năm 2026"
    found = [f.fields for f in facts(article(f"{title}\n{body}", PROVINCES, title=title),
                                     "agreement")]
    # the headline's plan is the ministries'; the treaty stays the countries'
    assert [(f["parties"], f["kind"]) for f in found] == [(["vn", "la"], "agreement")]
    protocol = agreements("Hai Bộ trưởng đã ký Nghị định thư hợp tác giữa hai Bộ Quốc phòng năm "
                          "2026 tại Việt Nam.")
    assert protocol == []


def test_a_document_signed_in_the_passive() -> None:
    found = agreements("Ngày 5/3/2010, Hiệp định thương mại biên giới giữa Việt Nam và Lào "
                       "được ký kết tại Viêng Chăn.")
    assert [(f["parties"], f["date"]) for f in found] == [(["vn", "la"], "2010-03-05")]


def test_companies_sign_their_own_documents_not_their_countries() -> None:
    companies = ("Ngày 3/3/2023, Tập đoàn Đèo Cả (Việt Nam) và Tập đoàn PTL Holding (Lào) đã ký "
                 "kết thỏa thuận liên danh xây dựng tuyến đường sắt.")
    witnessed = ("Dưới sự chứng kiến của Thủ tướng hai nước, Tổng Giám đốc Tập đoàn Điện lực Việt "
                 "Nam đã ký kết Biên bản ghi nhớ với nhà đầu tư của Lào.")
    assert agreements(companies) == [] and agreements(witnessed) == []
    countries = ("Ngày 3/3/2023, Việt Nam và Lào đã ký kết Hiệp định về đường sắt, với sự tham dự "
                 "của các tập đoàn hai nước.")
    assert [f["parties"] for f in agreements(countries)] == [["vn", "la"]]


def test_a_document_signed_between_two_provinces_named_after_the_verb() -> None:
    for verb in ("đã ký giữa", "được ký kết giữa"):
        text = (f"Hai bên đánh giá việc thực hiện Thỏa thuận hợp tác giai đoạn 2021-2025 {verb} "
                "tỉnh Kon Tum và tỉnh Sekong.")
        assert [(f["parties"], f["date"]) for f in agreements(text, "2023-12-10")] == [
            (["vn/kon-tum", "la/sekong"], None)], verb


def test_the_term_opening_a_sentence_is_no_signing_date() -> None:
    text = "Thỏa thuận hợp tác giai đoạn 2021-2025 đã được ký kết giữa tỉnh Kon Tum và tỉnh Sekong."
    assert [f["date"] for f in agreements(text, "2023-12-10")] == [None]


def test_a_memorandum_called_mou_and_a_cooperation_document_are_signed_documents() -> None:
    mou = agreements("Ngày 5/3/2023, Việt Nam và Campuchia đã ký MOU về hợp tác thương mại.")
    assert [(f["parties"], f["kind"]) for f in mou] == [(["vn", "kh"], "mou")]
    text = "Ngày 5/3/2023, tỉnh Kon Tum đã ký kết văn bản hợp tác với tỉnh Sekong."
    assert [(f["parties"], f["kind"]) for f in agreements(text)] == [
        (["vn/kon-tum", "la/sekong"], "agreement")]


def test_a_coordination_regulation_and_a_letter_of_intent_are_signed_documents() -> None:
    rules = ("Ngày 5/3/2023, Bộ Chỉ huy Quân sự tỉnh Kon Tum và tỉnh Sekong đã ký kết Quy chế "
             "phối hợp bảo vệ biên giới.")
    intent = "Ngày 5/3/2023, Việt Nam và Lào đã ký Thư ý định về hợp tác năng lượng."
    assert [f["kind"] for f in agreements(rules) + agreements(intent)] == ["agreement", "mou"]


def test_a_treaty_with_a_long_name_named_in_passing_with_its_year() -> None:
    text = ("Hai bên phối hợp tuyên truyền Nghị định thư về đường biên giới và mốc quốc giới; "
            "Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền "
            "Việt Nam - Lào năm 2016.")
    assert [(f["parties"], f["date"]) for f in agreements(text, "2020-05-01")] == [
        (["vn", "la"], "2016")]
    # a year after another document's name is that one's, not the earlier name's
    listed = ("Nghị định thư này cũng là phần không thể tách rời với các Hiệp định Biên giới "
              "1985 giữa Việt Nam và Campuchia.")
    assert [f["date"] for f in agreements(listed, "2020-05-01")] == ["1985"]


def test_a_provinces_document_named_in_passing_by_its_sides_and_year() -> None:
    text = ("Trên cơ sở Thỏa thuận hợp tác giữa UBND tỉnh Kon Tum và chính quyền tỉnh Sekong "
            "năm 2019, hai bên đã tổ chức nhiều hoạt động.")
    assert [(f["parties"], f["date"]) for f in agreements(text, "2023-12-10")] == [
        (["vn/kon-tum", "la/sekong"], "2019")]
    planned = ("Hai bên thống nhất xây dựng Kế hoạch hợp tác giữa tỉnh Kon Tum và tỉnh Sekong "
               "năm 2024.")
    assert agreements(planned, "2023-12-10") == []


def test_a_statement_agreed_on_or_issued_in_the_passive_is_issued() -> None:
    agreed = "Hai bên nhất trí ra Thông cáo chung về kết quả chuyến thăm của Việt Nam và Lào."
    issued = ("Thông cáo chung Việt Nam - Lào nhân chuyến thăm chính thức được công bố "
              "ngày 10/12/2023.")
    to_come = "Hai bên nhất trí sẽ ra Thông cáo chung Việt Nam - Lào."
    assert [(f["parties"], f["kind"], f["date"]) for f in agreements(agreed) + agreements(issued)
            + agreements(to_come)] == [
        (["vn", "la"], "communique", None), (["vn", "la"], "communique", "2023-12-10")]


def test_a_treaty_named_with_its_day_in_brackets() -> None:
    text = ("Hướng tới kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào "
            "(18/7/1977), hai tỉnh tổ chức nhiều hoạt động.")
    assert [(f["parties"], f["date"]) for f in agreements(text, "2023-07-11")] == [
        (["vn", "la"], "1977-07-18")]


def test_a_documents_year_then_the_day_it_was_signed() -> None:
    text = ("Chủ tịch UBND tỉnh Tây Ninh và Tỉnh trưởng tỉnh Svay Rieng ký kết Biên bản thỏa "
            "thuận hợp tác năm 2022, ngày 7/4.")
    assert [f["date"] for f in agreements(text, "2023-01-05")] == ["2022-04-07"]


def test_an_agreement_between_two_supreme_courts_is_theirs() -> None:
    text = ("Hai bên trao đổi về việc ký lại Thỏa thuận hợp tác giữa hai Tòa án nhân dân Tối cao "
            "Việt Nam và Lào năm 2008.")
    assert agreements(text, "2012-05-01") == []


def test_signing_told_without_a_date_is_news_of_the_report_day() -> None:
    caption = ("Lãnh đạo tỉnh Tây Ninh và tỉnh Svay Rieng ký biên bản thỏa thuận hợp tác. "
               "Tại hội nghị, hai bên đánh giá cao kết quả hợp tác.")
    (fact,) = agreements(caption, published="2025-11-03")
    assert fact["date"] == "2025-11-03"
    # `đã ký` is the news's own past; told as done before the report (`từng`, `trước đó`),
    # or in a report dated only by its year: no day
    done = caption.replace(" ký biên bản", " đã ký biên bản")
    assert [f["date"] for f in agreements(done, published="2025-11-03")] == ["2025-11-03"]
    earlier = ("Trước đó, tỉnh Tây Ninh và tỉnh Svay Rieng đã ký biên bản thỏa thuận hợp tác. "
               "Tại hội nghị, hai bên đánh giá cao kết quả hợp tác.")
    assert [f["date"] for f in agreements(earlier, published="2025-11-03")] == [None]
    assert [f["date"] for f in agreements(caption, published="2025")] == [None]


def test_cooperation_signed_for_a_period_by_a_province_and_counted_partners() -> None:
    links = PROVINCES | {"Bình Định": ("vn/binh-dinh", "province"),
                         "Attapu": ("la/attapeu", "province"),
                         "Champasak": ("la/champasak", "province")}
    text = ("UBND tỉnh Bình Định và Chính quyền 4 tỉnh Nam Lào (Attapu, Champasak, Salavan, "
            "Sekong) đã ký kết hợp tác giai đoạn 2021 - 2025.")
    found = [f.fields for f in facts(article(text, links, published="2023-03-30"), "agreement")]
    assert [f["parties"] for f in found] == [
        ["vn/binh-dinh", "la/attapeu"], ["vn/binh-dinh", "la/champasak"],
        ["vn/binh-dinh", "la/salavan"], ["vn/binh-dinh", "la/sekong"]]


def test_a_ceremony_signing_cooperation_on_a_topic_is_a_signing() -> None:
    links = PROVINCES | {"An Giang": ("vn/an-giang", "province")}
    text = ("Chiều 6/10, Ban Chuyên trách tỉnh An Giang và Ban Chuyên trách tỉnh Koh Kong đã tổ "
            "chức Lễ ký kết hợp tác tìm kiếm, quy tập hài cốt liệt sỹ mùa khô 2025-2026.")
    found = [f.fields for f in facts(article(text, links, published="2025-10-06"), "agreement")]
    assert [(f["parties"], f["date"]) for f in found] == [
        (["vn/an-giang", "kh/koh-kong"], "2025-10-06")]
    talk = "Hai tỉnh bàn về việc ký kết hợp tác tìm kiếm, quy tập hài cốt liệt sỹ."
    assert agreements(talk) == []


def test_a_body_signing_told_undated_takes_the_headlines_date() -> None:
    links = PROVINCES | {"Bình Định": ("vn/binh-dinh", "province"),
                         "Attapu": ("la/attapeu", "province"), "Nam Lào": ("la", "country")}
    title = "Bình Định ký kết hợp tác với 4 tỉnh Nam Lào"
    text = (f"{title}\nUBND tỉnh Bình Định và Chính quyền 4 tỉnh Nam Lào (Attapu, Salavan, "
            "Sekong) đã ký kết hợp tác giai đoạn 2021 - 2025.")
    found = [f.fields for f in facts(article(text, links, title=title, published="2023-03-30"),
                                     "agreement")]
    assert [(f["parties"][1], f["date"]) for f in found] == [
        ("la/attapeu", "2023-03-30"), ("la/salavan", "2023-03-30"), ("la/sekong", "2023-03-30")]


def test_a_signing_spelled_with_i_and_the_sides_joined_by_with() -> None:
    links = PROVINCES | {"Preah Vihear": ("kh/preah-vihear", "province"),
                         "Bà Rịa - Vũng Tàu": ("vn/ba-ria-vung-tau", "province")}
    text = ("Bộ CHQS hai tỉnh Quảng Trị - Savannakhet kí kết Bản thỏa thuận phối hợp công tác. "
            "Các đại biểu chứng kiến Lễ Ký kết hợp tác năm 2020 giữa Bộ CHQS tỉnh Bà Rịa - Vũng "
            "Tàu với Tiểu khu Quân sự Preah Vihear.")
    found = facts(article(text, links, published="2020-01-18"), "agreement")
    assert [f.fields["parties"] for f in found] == [
        ["vn/quang-tri", "la/savannakhet"], ["vn/ba-ria-vung-tau", "kh/preah-vihear"]]


def test_chambers_sign_for_themselves_not_their_countries() -> None:
    text = ("Hai bên cũng đã ký kết biên bản ghi nhớ giữa Phòng Thương mại Campuchia và Liên "
            "đoàn Thương mại và Công nghiệp Việt Nam.")
    assert agreements(text, "2024-05-01") == []


def test_the_outlets_own_province_is_the_side_a_text_calls_just_province() -> None:
    from langgieng.model import RawArticle
    from langgieng.pipeline import Pipeline

    text = ("Lễ ký kết hợp tác năm 2020 giữa Bộ CHQS tỉnh với Tiểu khu Quân sự Preah Vihear "
            "đã diễn ra chiều 18/1/2020.")
    found = {}
    for url in ("https://baobariavungtau.com.vn/chinh-tri/202001/ky-ket/index.htm",
                "https://example.vn/ky-ket.htm"):
        raw = RawArticle(source="t.txt", format="txt", text=text, url=url)
        article = Pipeline().process(raw)
        found[url] = [f.fields["parties"] for f in article.facts if f.type == "agreement"]
    assert list(found.values()) == [[["vn/ba-ria-vung-tau", "kh/preah-vihear"]], []]


def test_ministries_sign_agreements_of_their_own() -> None:
    text = ("Đặc biệt, từ tháng 5/2017, Bộ Nông nghiệp hai nước đã ký Thỏa thuận hợp tác trong "
            "lĩnh vực nông, lâm nghiệp. Hai bên ký kết Thỏa thuận hợp tác giữa hai cơ quan Kiểm "
            "toán Nhà nước Việt Nam - Lào.")
    assert agreements(text, "2022-11-25") == []
    treaty = "Bộ trưởng Ngoại giao hai nước đã ký Hiệp định về quy chế biên giới Việt Nam - Lào."
    assert [f["parties"] for f in agreements(treaty, "2022-11-25")] == [["vn", "la"]]


def test_a_provinces_memorandum_named_with_its_sides_and_a_bracketed_term() -> None:
    links = PROVINCES | {"Đồng Tháp": ("vn/dong-thap", "province")}
    text = ("Ngày 13/12, hai tỉnh sơ kết 2 năm thực hiện nội dung Bản Ghi nhớ thỏa thuận hợp tác "
            "giữa Ủy ban MTTQ tỉnh Đồng Tháp với Ủy ban Mặt trận tỉnh Prey Veng (năm 2023 - 2024).")
    found = [f.fields for f in facts(article(text, links, published="2024-12-13"), "agreement")]
    assert [(f["parties"], f["kind"], f["date"]) for f in found] == [
        (["vn/dong-thap", "kh/prey-veng"], "mou", None)]


def test_a_session_of_talks_and_signing_names_a_signing() -> None:
    text = "Quang cảnh buổi hội đàm và ký kết giữa tỉnh Kon Tum và tỉnh Sekong."
    assert [f["parties"] for f in agreements(text, "2026-02-04")] == [["vn/kon-tum", "la/sekong"]]
    assert agreements("Quang cảnh buổi hội đàm giữa tỉnh Kon Tum và tỉnh Sekong.",
                      "2026-02-04") == []
    assert agreements("Quang cảnh buổi hội đàm và ký kết hợp đồng mua bán điện giữa hai công "
                      "ty.", "2026-02-04") == []


def test_an_address_no_parser_reads_tells_no_outlet() -> None:
    from langgieng.model import RawArticle
    from langgieng.pipeline import Pipeline

    raw = RawArticle(source="t.txt", format="txt", url="http://[::1/bao",
                     text="Lễ ký kết hợp tác giữa Bộ CHQS tỉnh với Tiểu khu Quân sự Preah Vihear.")
    article = Pipeline().process(raw)
    assert [f.fields["parties"] for f in article.facts if f.type == "agreement"] == []


def test_a_signing_whose_only_date_is_the_documents_term_is_news_of_the_report() -> None:
    text = ("Lãnh đạo tỉnh Tây Ninh và tỉnh Svay Rieng ký kết thỏa thuận hợp tác giai đoạn "
            "2022 - 2025. Tại hội nghị, hai bên đánh giá cao kết quả hợp tác.")
    assert [f["date"] for f in agreements(text, published="2022-07-09")] == ["2022-07-09"]
    # in a report whose lead tells a span of days, the signing is of one of them
    spanned = ("Từ ngày 7-8/7, đoàn công tác tỉnh Tây Ninh làm việc tại tỉnh Svay Rieng. " + text)
    assert [f["date"] for f in agreements(spanned, published="2022-07-09")] == ["2022-07"]


def test_documents_signed_at_a_ceremony_the_leaders_witness() -> None:
    text = ("Chiều 5-3, sau hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay Siphandone "
            "chứng kiến lễ ký kết 12 văn kiện hợp tác.")
    links = PROVINCES | {"Phạm Minh Chính": ("person/pham-minh-chinh", "person"),
                         "Sonexay Siphandone": ("person/sonexay-siphandone", "person")}
    found = [f.fields for f in facts(article(text, links, published="2023-01-11"), "agreement")]
    assert [(f["parties"], f["date"]) for f in found] == [(["vn", "la"], "2023-03-05")]
    planned = text.replace("chứng kiến", "sẽ chứng kiến")
    assert facts(article(planned, links, published="2023-01-11"), "agreement") == []


def test_a_document_between_the_two_ministries_is_theirs() -> None:
    ministries = Gazetteer([
        Entity("vn", "country", "Việt Nam"), Entity("la", "country", "Lào"),
        Entity("org/mofa-vn", "org", "Bộ Ngoại giao Việt Nam", country="vn"),
        Entity("org/mofa-la", "org", "Bộ Ngoại giao Lào", country="la")])
    text = ("Ngày 20/6, tại Hà Nội, Bộ trưởng Ngoại giao Việt Nam và Lào đã ký kết thỏa thuận "
            "hợp tác giữa hai Bộ Ngoại giao năm 2019.")
    art = article(text, PROVINCES, published="2019-06-21")
    extract(art, gazetteer=ministries)
    assert [f.fields["parties"] for f in art.facts if f.type == "agreement"] == [
        ["org/mofa-vn", "org/mofa-la"]]


def test_negotiated_and_signed_is_done_but_negotiating_is_not() -> None:
    done = ("Năm nay, hai bên đã hoàn thành đàm phán và ký Bản ghi nhớ giữa Chính phủ Việt Nam "
            "và Chính phủ Lào về mua bán điện.")
    assert [f["parties"] for f in agreements(done, "2016-05")] == [["vn", "la"]]
    assert agreements(done.replace("đã hoàn thành", "đang"), "2016-05") == []


def test_ministers_signing_for_their_governments_sign_the_countries_document() -> None:
    text = ("Ngày 9/5/2018, thay mặt Chính phủ ba nước Campuchia, Lào và Việt Nam, Bộ trưởng Bộ "
            "Công Thương ba nước đã ký Bản ghi nhớ về thương mại biên giới.")
    assert [(sorted(f["parties"]), f["date"]) for f in agreements(text, "2019-02")] == [
        (["kh", "la", "vn"], "2018-05-09")]
    # for their ministries, a memorandum is the ministries' own
    assert agreements(text.replace("thay mặt Chính phủ ba nước Campuchia, Lào và Việt Nam, ", ""),
                      "2019-02") == []


def test_a_signing_placed_in_two_partner_provinces_is_one_fact_for_each() -> None:
    text = ("Đoàn công tác tỉnh Kiên Giang làm việc tại Campuchia. Tại tỉnh Kampot, hai bên trao "
            "đổi và ký biên bản thỏa thuận có ông A làm trưởng đoàn và tại tỉnh Kep có ông B, "
            "Phó tỉnh trưởng làm trưởng đoàn.")
    assert [f["parties"] for f in agreements(text, "2023-12-16")] == [
        ["vn/kien-giang", "kh/kampot"], ["vn/kien-giang", "kh/kep"]]


def test_both_sides_signing_after_a_sentence_naming_a_pair_of_provinces_are_the_pair() -> None:
    text = ("Đoàn đại biểu tỉnh Quảng Trị thăm và làm việc tại tỉnh Savannakhet. Tại buổi làm "
            "việc, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2023-2025.")
    assert [f["parties"] for f in agreements(text, "2023-05-10")] == [
        ["vn/quang-tri", "la/savannakhet"]]


def test_companies_named_after_their_provinces_sign_their_own_contract() -> None:
    """`Công ty Điện lực Quảng Trị`: a company that signs, not the province."""
    text = ("Dịp này, Công ty Điện lực Quảng Trị và Công ty Điện lực Savannakhet ký hợp đồng "
            "mua bán điện.")
    assert agreements(text, "2023-05-10") == []


def test_the_minutes_of_a_conference_or_a_working_session_are_no_agreement() -> None:
    for minutes in ("Biên bản Hội nghị lần thứ 5", "biên bản làm việc"):
        text = (f"Tại hội nghị, hai bên đã ký {minutes} giữa tỉnh Quảng Trị và tỉnh "
                f"Savannakhet.")
        assert agreements(text, "2023-05-10") == []
    # the minutes of talks record what the sides agree to do
    talks = "Sau hội đàm, hai bên đã ký biên bản hội đàm giữa tỉnh Quảng Trị và tỉnh Savannakhet."
    assert [f["parties"] for f in agreements(talks, "2023-05-10")] == [
        ["vn/quang-tri", "la/savannakhet"]]


def test_a_document_of_vietnam_with_a_third_country_is_no_part_of_the_record() -> None:
    links = PROVINCES | {"Nhật Bản": ("jp", "country")}
    text = "Ngày 9/5, Việt Nam và Nhật Bản đã ký kết Hiệp định hợp tác kinh tế."
    assert [f.fields for f in facts(article(text, links, published="2023-05-10"),
                                    "agreement")] == []


def test_each_document_a_signing_names_is_a_fact_of_its_own() -> None:
    text = ("Ngày 5/10/2019, Việt Nam và Campuchia đã ký Hiệp ước bổ sung Hiệp ước hoạch định "
            "biên giới quốc gia năm 1985 và Hiệp ước bổ sung năm 2005 và Nghị định thư phân giới "
            "cắm mốc biên giới đất liền.")
    signed = [f for f in agreements(text) if f["date"] == "2019-10-05"]
    assert len(signed) == 2  # the supplementary treaty and the protocol
    assert {f["kind"] for f in signed} == {"agreement"}


def test_a_document_joined_with_its_own_year_is_told_once_with_that_year() -> None:
    text = ("Việt Nam và Campuchia đã ký Hiệp định thương mại biên giới năm 2019 và Hiệp định "
            "thương mại năm 2015.")
    assert sorted(f["date"] for f in agreements(text, "2024-06-22")) == ["2015", "2019"]


def test_documents_of_a_kind_signed_many_times_are_no_list_of_documents() -> None:
    text = "Năm 2019, Việt Nam và Campuchia đã ký kết nhiều hiệp định, thỏa thuận hợp tác kinh tế."
    assert len(agreements(text)) <= 1


def test_each_pair_of_a_signing_between_several_pairs_of_provinces() -> None:
    between = ("Tại hội nghị đã diễn ra lễ ký kết biên bản ghi nhớ giữa tỉnh Kiên Giang với tỉnh "
               "Kampot và giữa tỉnh Tây Ninh với tỉnh Svay Rieng.")
    dashed = ("Tại hội nghị, các cặp tỉnh biên giới đã ký kết thỏa thuận hợp tác: Kiên Giang - "
              "Kampot, Tây Ninh - Svay Rieng, Quảng Trị - Savannakhet.")
    assert [f["parties"] for f in agreements(between, "2026-02-06")] == [
        ["vn/kien-giang", "kh/kampot"], ["vn/tay-ninh", "kh/svay-rieng"]]
    assert [f["parties"] for f in agreements(dashed, "2026-02-06")] == [
        ["vn/kien-giang", "kh/kampot"], ["vn/tay-ninh", "kh/svay-rieng"],
        ["vn/quang-tri", "la/savannakhet"]]


def test_a_joint_press_statement_issued_is_a_communique() -> None:
    text = "Việt Nam và Campuchia hội đàm. Hai bên đã ra Thông cáo báo chí chung."
    assert [(f["parties"], f["kind"]) for f in agreements(text, "2024-12-12")] == [
        (["vn", "kh"], "communique")]


def test_each_clause_of_a_sentence_signs_between_its_own_provinces() -> None:
    text = ("Ngày 6/2, tỉnh Savannakhet và tỉnh Quảng Trị đã ký kết thỏa thuận hợp tác; tỉnh Tây "
            "Ninh và tỉnh Svay Rieng cũng ký biên bản ghi nhớ; tỉnh Kon Tum cũng làm việc với "
            "tỉnh Sekong.")
    assert [(f["parties"], f["kind"]) for f in agreements(text, "2026-02-06")] == [
        (["vn/quang-tri", "la/savannakhet"], "agreement"),
        (["vn/tay-ninh", "kh/svay-rieng"], "mou")]
