"""An article that states no year is dated within its titled officials' common term."""

from __future__ import annotations

import pytest

from langgieng.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_a_dateline_without_year_takes_the_first_year_of_the_term(pipeline: Pipeline) -> None:
    # Nguyễn Xuân Phúc was President from April 2021 to January 2023.
    article = pipeline.process_text(
        "Sáng 3-11, Chủ tịch nước Nguyễn Xuân Phúc tiếp Đại sứ Lào tại Hà Nội."
    )
    assert article.published == "2021-11-03"
    assert article.published_inferred


def test_a_day_before_the_term_starts_moves_to_the_next_year(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "Sáng 3-2, Chủ tịch nước Nguyễn Xuân Phúc tiếp Đại sứ Lào tại Hà Nội."
    )
    assert article.published == "2022-02-03"


def test_two_titles_narrow_the_term(pipeline: Pipeline) -> None:
    # Hun Manet Prime Minister since 22 August 2023; Trần Lưu Quang Deputy Prime
    # Minister from January 2023 to August 2024: 5 July can only be in 2024.
    article = pipeline.process_text(
        "Chiều 5-7, Thủ tướng Campuchia Hun Manet tiếp Phó Thủ tướng Trần Lưu Quang."
    )
    assert article.published == "2024-07-05"


def test_titles_chained_with_commas_are_all_held(pipeline: Pipeline) -> None:
    # Thongloun Sisoulith was Prime Minister until March 2021 and General Secretary from
    # January 2021: holding both, 3 February is of 2021; the nearest title alone leaves
    # five years open
    both = pipeline.process_text("Sáng 3-2, Tổng Bí thư, Thủ tướng Lào Thongloun Sisoulith "
                                 "tiếp Đại sứ Việt Nam.")
    assert both.published == "2021-02-03"
    alone = pipeline.process_text("Sáng 3-2, Thủ tướng Lào Thongloun Sisoulith tiếp Đại sứ "
                                  "Việt Nam.")
    assert alone.published is None


def test_titles_that_cannot_hold_together_date_nothing(pipeline: Pipeline) -> None:
    article = pipeline.process_text(
        "Sáng 5-7, Thủ tướng Hun Manet gặp Chủ tịch nước Nguyễn Xuân Phúc tại Phnôm Pênh."
    )
    assert article.published is None


def test_a_former_title_bounds_nothing(pipeline: Pipeline) -> None:
    former = pipeline.process_text("Sáng 5-7, nguyên Thủ tướng Nguyễn Xuân Phúc thăm Lào.")
    assert former.published is None


def test_the_president_of_laos_called_chu_tich_lao_bounds_the_date(pipeline: Pipeline) -> None:
    # Thongloun Sisoulith was Prime Minister to March 2021, then General Secretary and
    # President: a report calling him `Chủ tịch Lào` is of his presidency
    text = ("Sáng 28/6, Tổng Bí thư, Chủ tịch Lào Thongloun Sisoulith thăm Hà Nội. Năm 2019, "
            "hai nước ký biên bản ghi nhớ về năng lượng.")
    assert pipeline.process_text(text).published is None  # 2019 is ruled out


def test_a_mourned_leaders_last_title_bounds_nothing(pipeline: Pipeline) -> None:
    # Nguyễn Phú Trọng died in office in July 2024: a report of the days after that
    # remembers him by his title, which no longer bounds its date
    text = ("Sáng 24/7, tỉnh tổ chức lễ an táng hài cốt liệt sĩ. Các đại biểu dành một phút "
            "mặc niệm tưởng nhớ Tổng Bí thư Nguyễn Phú Trọng. Trong năm 2023-2024, Đội K92 "
            "đã quy tập được 29 hài cốt liệt sĩ.")
    assert pipeline.process_text(text).published == "2024-07-24"


def test_a_year_looked_back_on_outside_the_term_is_not_the_articles(pipeline: Pipeline) -> None:
    # Nguyễn Xuân Phúc was President from April 2021 to January 2023: a report that calls
    # him so is of those years; one stated in them stays, one before them is looked back on
    within = pipeline.process_text("Năm 2022, Chủ tịch nước Nguyễn Xuân Phúc thăm Lào.")
    assert within.published == "2022"
    before = pipeline.process_text("Năm 2019, Chủ tịch nước Nguyễn Xuân Phúc thăm Lào.")
    assert before.published is None
    # the dateline's day then picks the year within the term, as for an undated report;
    # a plan's first year (`giai đoạn 2023-2027`) is no evidence against it
    planned = pipeline.process_text(
        "Sáng 3-11, Chủ tịch nước Nguyễn Xuân Phúc tiếp Đại sứ Lào về kế hoạch giai đoạn "
        "2023-2027.")
    assert planned.published == "2021-11-03"
    # a page's own time stamp is kept whatever the titles say
    stamped = pipeline.process_text(
        "10:30 05/07/2019\nChủ tịch nước Nguyễn Xuân Phúc thăm Lào.")
    assert stamped.published == "2019-07-05"


def test_a_long_term_leaves_the_year_open(pipeline: Pipeline) -> None:
    # Nguyễn Tấn Dũng was Prime Minister for ten years: any of them could be meant.
    article = pipeline.process_text("Sáng 12-3, Thủ tướng Nguyễn Tấn Dũng tiếp Đại sứ Lào.")
    assert article.published is None


def test_a_new_title_is_the_first_year_of_the_term(pipeline: Pipeline) -> None:
    # Hun Manet became Prime Minister in August 2023; `tân` says the term is new.
    article = pipeline.process_text("Chiều 5-12, Tân Thủ tướng Campuchia Hun Manet tiếp đoàn.")
    assert article.published == "2023-12-05"
    later = pipeline.process_text("Chiều 5-12, Thủ tướng Campuchia Hun Manet tiếp đoàn.")
    assert later.published is None


def test_every_term_in_a_post_counts(pipeline: Pipeline) -> None:
    # Hun Sen was Prime Minister from 1985, in three terms, until August 2023; Trần Lưu
    # Quang Deputy Prime Minister from January 2023: 4 March of 2023 is the one left.
    article = pipeline.process_text(
        "Sáng 4-3, Thủ tướng Campuchia Hun Sen tiếp Phó Thủ tướng Trần Lưu Quang."
    )
    assert article.published == "2023-03-04"


def test_a_dated_session_named_by_its_number_dates_the_article(pipeline: Pipeline) -> None:
    # The 45th session of the Vietnam-Laos intergovernmental committee met in January 2023
    # (gazetteer/data/series.jsonl, with its sources); no official here bounds the year.
    article = pipeline.process_text(
        "Chiều 11/1, tại Viêng Chăn, khai mạc Kỳ họp lần thứ 45 Ủy ban liên Chính phủ "
        "Việt Nam - Lào."
    )
    assert article.published == "2023-01-11"
    unnumbered = pipeline.process_text(
        "Chiều 11/1, tại Viêng Chăn, khai mạc Kỳ họp Ủy ban liên Chính phủ Việt Nam - Lào."
    )
    assert unnumbered.published is None


def test_a_first_in_a_post_is_the_first_year_of_the_term(pipeline: Pipeline) -> None:
    # Hun Manet became Prime Minister in August 2023: his first visit in the post is then.
    article = pipeline.process_text(
        "Chiều 11-12, đây là chuyến thăm Việt Nam đầu tiên của ông Hun Manet trên cương vị "
        "Thủ tướng Campuchia.")
    assert article.published == "2023-12-11"
    other = pipeline.process_text(
        "Chiều 11-12, ông Hun Manet, Thủ tướng Campuchia, thăm Việt Nam lần thứ ba.")
    assert other.published is None


def test_a_session_held_on_the_datelines_day_wins_over_a_first_in_a_post(
        pipeline: Pipeline) -> None:
    # Sonexay Siphandone became Prime Minister at the end of 2022, so a first in the post
    # reads 2023; but the 46th session, dated 2024-01-07 in gazetteer/data/series.jsonl,
    # was held on the days the dateline gives: the article is of January 2024.
    article = pipeline.process_text(
        "Sáng 6/1, Thủ tướng Lào Sonexay Siphandone đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên "
        "Chính phủ Việt Nam - Lào. Đây là chuyến thăm Việt Nam đầu tiên của ông Sonexay "
        "Siphandone trên cương vị Thủ tướng.")
    assert article.published == "2024-01-06"
    months_apart = pipeline.process_text(
        "Sáng 6/5, Thủ tướng Lào Sonexay Siphandone nhắc lại kết quả Kỳ họp lần thứ 46 Ủy ban "
        "liên Chính phủ Việt Nam - Lào.")
    assert months_apart.published != "2024-05-06"


def test_a_session_being_prepared_dates_the_article_before_it(pipeline: Pipeline) -> None:
    # The 47th session met in January 2025 (gazetteer/data/series.jsonl): a report that
    # prepares it comes in the year before; 20 October of that span is in 2024.
    article = pipeline.process_text(
        "Chiều 20/10, hai bên thống nhất chuẩn bị tốt cho Kỳ họp lần thứ 47 Ủy ban liên "
        "Chính phủ Việt Nam - Lào vào đầu năm sau."
    )
    assert article.published == "2024-10-20"


def test_a_session_announced_without_a_day_dates_the_article_in_its_year(
        pipeline: Pipeline) -> None:
    # The 39th session met on 7 February 2017 (gazetteer/data/series.jsonl); Thongloun
    # Sisoulith was Prime Minister from April 2016: of the years left, a report of the
    # session to come is of the session's own.
    article = pipeline.process_text(
        "Thủ tướng Lào Thongloun Sisoulith sẽ dẫn đầu Đoàn đại biểu Chính phủ Lào tới Việt Nam "
        "tham dự Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam - Lào.")
    assert article.published == "2017"
