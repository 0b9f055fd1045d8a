"""Stage `clean`: characters, page furniture, sentences, ids.

The furniture rules are shown on texts and pages written for these tests
(tests/data/clean/), and accepted on the seed article that is a raw web page.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langgieng.clean import clean, content_id, split_sentences
from langgieng.clean.text import search_form
from langgieng.model import Article, RawArticle, Rejection
from langgieng.read import read_paths

DATA = Path(__file__).parent / "data" / "clean"
TITLE = "Tỉnh Tây Ninh và tỉnh Svay Rieng ký kết hợp tác"
LEAD = (
    "Ngày 17/3, tại thành phố Tây Ninh, lãnh đạo hai tỉnh đã ký biên bản ghi nhớ "
    "hợp tác giai đoạn 2024-2026 về thương mại, y tế và giáo dục."
)
SECOND = (
    "Hai bên thống nhất trao đổi đoàn công tác mỗi năm một lần và phối hợp quản lý "
    "chặt chẽ khu vực biên giới chung giữa hai tỉnh."
)


def cleaned(text: str, *, title: str = TITLE, html: str | None = None) -> Article:
    result = clean(RawArticle(source="t.txt", format="txt", text=text, title=title, html=html))
    assert isinstance(result, Article), result
    return result


def read_one(path: Path) -> Article:
    (raw,) = list(read_paths([path]))
    assert isinstance(raw, RawArticle), raw
    return cleaned_raw(raw)


def cleaned_raw(raw: RawArticle) -> Article:
    result = clean(raw)
    assert isinstance(result, Article), result
    return result


def reasons(article: Article) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for block in article.removed:
        found.setdefault(block.reason, []).append(block.text)
    return found


def body(*lines: str) -> str:
    return "\n".join(lines)


# --- characters -------------------------------------------------------------


def test_text_is_nfc_and_tone_placement_is_kept() -> None:
    decomposed = unicodedata.normalize("NFD", f"{LEAD} Văn hoá và thuỷ lợi cũng được bàn.")
    article = cleaned(decomposed, title=unicodedata.normalize("NFD", TITLE))
    assert article.title == TITLE
    assert unicodedata.is_normalized("NFC", article.body)
    assert "Văn hoá và thuỷ lợi" in article.body  # not rewritten to hóa / thủy


def test_quotes_dashes_and_spaces_are_normalised() -> None:
    raw = (
        "Hai bên ký kết “Hiệp định\u00a0thương mại”  giai đoạn 2024–2026 \u200b— "
        "theo ‘nguyên tắc’\tcũ."
    )
    article = cleaned(raw)
    assert article.body == (
        'Hai bên ký kết "Hiệp định thương mại" giai đoạn 2024-2026 — theo \'nguyên tắc\' cũ.'
    )


def test_paragraphs_are_one_a_line_without_blank_lines() -> None:
    article = cleaned(f"\n\n  {LEAD}  \r\n\r\n\r\n{SECOND}\n\n")
    assert article.body == f"{LEAD}\n{SECOND}"


# --- furniture by repetition and shape ----------------------------------------


def test_line_repeating_the_title_is_dropped() -> None:
    article = cleaned(body(LEAD, TITLE, SECOND))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {"furniture:repeated-heading": [TITLE]}


def test_near_repetition_of_the_title_is_dropped() -> None:
    near = TITLE.replace("ký kết", "ký") + "!"
    article = cleaned(body(LEAD, near, SECOND))
    assert reasons(article) == {"furniture:repeated-heading": [near]}


def test_heading_repeated_later_is_dropped_once_seen() -> None:
    heading = "Hợp tác y tế và giáo dục"
    article = cleaned(body(LEAD, heading, SECOND, heading, LEAD.replace("17/3", "18/3")))
    assert article.body.split("\n").count(heading) == 1
    assert reasons(article) == {"furniture:repeated-heading": [heading]}


def test_a_photo_caption_loses_its_credit_and_its_heading() -> None:
    heading = "Lễ ký kết biên bản ghi nhớ"
    caption = "Lãnh đạo hai tỉnh trao biên bản ghi nhớ tại buổi lễ."
    article = cleaned(body(LEAD, heading, f"{caption} (Ảnh: Minh Đức)", SECOND))
    assert article.body == f"{LEAD}\n{caption}\n{SECOND}"
    assert reasons(article) == {"furniture:caption": [heading, "(Ảnh: Minh Đức)"]}
    # a caption of a few words is the photo's label: it goes with its credit
    article = cleaned(body(LEAD, "Toàn cảnh buổi lễ. Ảnh: Minh Đức", SECOND))
    assert article.body == f"{LEAD}\n{SECOND}"


def test_a_credit_glued_to_its_caption_is_furniture_of_its_own() -> None:
    caption = "Lãnh đạo hai tỉnh trao biên bản ghi nhớ tại tỉnh Kampong Thom"
    article = cleaned(body(LEAD, f"{caption}Ảnh: Minh Đức", SECOND))
    assert "Minh Đức" not in article.body and "ThomẢnh" not in article.body


def test_credit_inside_a_sentence_is_body() -> None:
    line = (
        "Tỉnh đã ký kết với các tỉnh bạn (Nguồn: TTXVN) Tỉnh Tây Ninh - qua nhiều năm, "
        "hai bên đã xây dựng quan hệ láng giềng hữu nghị ."
    )
    article = cleaned(body(line, SECOND))
    assert article.body == f"{line}\n{SECOND}"
    assert article.removed == []


def test_follow_us_line_is_dropped() -> None:
    article = cleaned(body(LEAD, "Theo dõi Báo Mẫu trên Google News", SECOND))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {"furniture:follow-us": ["Theo dõi Báo Mẫu trên Google News"]}


def test_teaser_title_twice_with_its_snippet_is_dropped() -> None:
    teaser = "Tây Ninh đẩy mạnh giao thương với Campuchia"
    snippet = "Năm 2023, kim ngạch qua các cửa khẩu của tỉnh tăng mạnh so với cùng kỳ."
    article = cleaned(body(LEAD, SECOND, teaser, teaser, snippet))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {"furniture:teaser": [f"{teaser}\n{teaser}\n{snippet}"]}


def test_a_sentence_printed_twice_is_a_caption_and_the_body_goes_on() -> None:
    caption = "Đoàn công tác của Tiểu khu Quân sự tỉnh bạn tham dự hội nghị tổng kết."
    signing = ("Tại hội nghị, các đại biểu chứng kiến Lễ ký kết hợp tác năm 2020 giữa hai bên, "
               "cùng các hoạt động giao lưu, kết nghĩa…")
    cut = ("Trong những năm qua, hai đơn vị đã duy trì tốt mối quan hệ hợp tác, thường xuyên "
           "trao đổi thông tin và phối hợp tuần tra song phương trên tuyến biên giới chung")
    article = cleaned(body(LEAD, caption, caption, signing, cut))
    assert article.body.split("\n") == [LEAD, caption, signing, cut]


@pytest.mark.parametrize("caption", [
    "Lãnh đạo hai tỉnh chụp ảnh lưu niệm. (Nguồn: TTXVN)",
    "Đoàn công tác của tỉnh làm việc tại Lào. Ảnh: N.Long",  # a credit of initials
])
def test_a_photo_caption_printed_twice_is_followed_by_the_body(caption: str) -> None:
    paragraph = ("Trong chương trình công tác tại tỉnh Svay Rieng, sáng 12/1, hai bên đã hội đàm "
                 "về hợp tác thương mại.")
    article = cleaned(body(LEAD, caption, caption, paragraph, SECOND))
    assert paragraph in article.body.split("\n")
    assert SECOND in article.body.split("\n")


def test_a_title_twice_on_one_line_inside_the_body_is_a_teaser() -> None:
    teaser = "Tây Ninh đẩy mạnh giao thương với tỉnh bạn Campuchia"
    snippet = "Năm 2023, kim ngạch qua các cửa khẩu của tỉnh tăng mạnh so với cùng kỳ."
    # the excerpt ends inside the article's last paragraph, after the teaser
    cut = ("Hội đàm nằm trong chuỗi hoạt động kỷ niệm năm mươi năm ngày hai tỉnh kết nghĩa, "
           "với nhiều chương trình giao lưu văn hóa, thể thao và du lịch của hai")
    article = cleaned(body(LEAD, f"{teaser} {teaser}", snippet, cut))
    assert article.body == f"{LEAD}\n{cut}"
    assert reasons(article) == {"furniture:teaser": [f"{teaser} {teaser}\n{snippet}"]}
    # at the top of the page the same shape is the headline, and its lead stays
    article = cleaned(body(f"{teaser} {teaser}", SECOND, LEAD), title="")
    assert SECOND in article.text


def test_heading_followed_by_a_cut_off_snippet_is_a_teaser() -> None:
    teaser = "Gia Lai mở rộng hợp tác nông nghiệp"
    snippet = "Ngày 3/11, lãnh đạo tỉnh đã làm việc với đoàn công tác của tỉnh bạn về kế hoạch…"
    article = cleaned(body(LEAD, SECOND, teaser, snippet))
    assert reasons(article) == {"furniture:teaser": [f"{teaser}\n{snippet}"]}


def test_ellipsis_inside_body_paragraph_is_kept() -> None:
    line = "Hai bên hợp tác về giáo dục, y tế, du lịch… ngày càng hiệu quả và thực chất hơn."
    article = cleaned(body(LEAD, line, SECOND))
    assert article.body == f"{LEAD}\n{line}\n{SECOND}"


def test_byline_right_after_the_title_is_dropped() -> None:
    article = cleaned(body("Minh Khang", LEAD, SECOND))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {"furniture:byline": ["Minh Khang"]}


def test_byline_and_source_line_closing_the_article_are_dropped() -> None:
    article = cleaned(body(LEAD, SECOND, "Thu Hà", "Theo TTXVN"))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {"furniture:credit": ["Theo TTXVN"], "furniture:byline": ["Thu Hà"]}


def test_subheading_inside_the_body_is_kept() -> None:
    article = cleaned(body(LEAD, "Hợp tác nông nghiệp", SECOND))
    assert article.body == f"{LEAD}\nHợp tác nông nghiệp\n{SECOND}"


def test_navigation_before_the_body_is_dropped() -> None:
    article = cleaned(body("Thời sự / Đối ngoại", "18/03/2024 09:15", LEAD, SECOND))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {
        "furniture:nav": ["Thời sự / Đối ngoại"], "furniture:dateline": ["18/03/2024 09:15"]
    }


@pytest.mark.parametrize(
    "line", ["08:15, 03/06/2024", "Cập nhật: 03/06/2024", "Thứ hai - 03/06/2024 09:12",
             "15:56 | 03/06/2024 GMT+7", "Theo TTXVN 03/06/2024 10:20", "09:13' - 03/06/2024"]
)
def test_a_dateline_is_dropped_and_dates_the_article(line: str) -> None:
    article = cleaned(body(line, LEAD, SECOND))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert article.published == "2024-06-03"


def test_a_date_stamp_before_the_text_dates_the_article_and_is_not_text() -> None:
    first = f"{LEAD} {SECOND}"  # two sentences: a paragraph, not a title
    raw = RawArticle(source="a.txt", format="txt", text=f" date 2019-01 {first}\n{SECOND}")
    article = cleaned_raw(raw)
    assert (article.title, article.body, article.published) == ("", f"{first}\n{SECOND}", "2019-01")


def test_the_headline_is_the_first_line_of_the_text() -> None:
    article = cleaned(body(LEAD, SECOND))
    assert article.text == f"{TITLE}\n{LEAD}\n{SECOND}"
    assert article.sentence_text(article.sentences[0]) == TITLE


def test_a_first_line_that_is_a_paragraph_is_body() -> None:
    raw = RawArticle(source="a.txt", format="txt", text=f"{LEAD} {SECOND}\n{SECOND}")
    article = cleaned_raw(raw)
    assert (article.title, article.text) == ("", f"{LEAD} {SECOND}\n{SECOND}")


def test_a_single_line_file_is_an_article() -> None:
    raw = RawArticle(source="a.txt", format="txt", text=LEAD)
    assert cleaned_raw(raw).text == LEAD


# --- furniture by vocabulary, and the tail -------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("XSMB 18/3 - Kết quả xổ số miền Bắc hôm nay 18/3/2024", "furniture:lottery"),
        ("Tử vi 12 cung hoàng đạo ngày 18/3/2024: Kim Ngưu gặp may", "furniture:horoscope"),
        ("Lịch âm hôm nay 18/3/2024, lịch vạn niên tháng 3", "furniture:calendar"),
        ("Phiên bản di động", "furniture:footer"),
        ("© Báo Mẫu. Giấy phép số 123/GP-BTTTT.", "furniture:footer"),
        ("Chia sẻ Facebook Zalo", "furniture:share"),
        ("Tin liên quan:", "furniture:read-more"),
    ],
)
def test_vocabulary_lines_are_dropped_with_their_kind(line: str, reason: str) -> None:
    article = cleaned(body(LEAD, SECOND, line))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {reason: [line]}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Quang cảnh hội nghị. Ảnh: Giang Huy", "furniture:caption"),
        ("Ảnh minh họa: Internet", "furniture:caption"),
        ("Thanh Tân (TTXVN)", "furniture:credit"),
        ("(TTXVN/Vietnam+)", "furniture:credit"),
        ("Tin, ảnh: Minh Hà", "furniture:credit"),
        ("Từ khóa: Việt Nam, Campuchia, hợp tác", "furniture:read-more"),
        (">> Việt Nam và Campuchia ký kết hiệp định", "furniture:read-more"),
        ("Bình luận (0)", "furniture:read-more"),
        ("* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài trên ứng dụng VTVGo!",
         "furniture:follow-us"),
    ],
)
def test_closing_lines_of_common_shapes_are_dropped(line: str, reason: str) -> None:
    article = cleaned(body(LEAD, SECOND, line))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article) == {reason: [line]}


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi trên mạng xã hội Facebook, lực lượng chức năng phát hiện nhiều đối tượng.",
        "Xem xét đề nghị của trang trại, tỉnh đồng ý cho mở rộng diện tích trồng cây.",
        "Đoàn đã đến thăm Tổng biên tập báo Nhân Dân và trao đổi về hợp tác báo chí.",
        "Cuối cùng, hai bên thống nhất tổ chức Tết Âm lịch chung cho sinh viên hai nước.",
    ],
)
def test_body_sentences_that_share_furniture_words_are_kept(line: str) -> None:
    article = cleaned(body(LEAD, line, SECOND))
    assert article.body == f"{LEAD}\n{line}\n{SECOND}"


def test_body_sentence_using_furniture_words_is_kept() -> None:
    line = (
        "Công ty Xổ số kiến thiết Tây Ninh sẽ tài trợ 2 tỷ đồng xây dựng trường học "
        "cho học sinh tỉnh Svay Rieng trong năm 2024."
    )
    article = cleaned(body(LEAD, line, SECOND))
    assert article.body == f"{LEAD}\n{line}\n{SECOND}"


def test_after_the_body_ends_a_run_of_furniture_takes_the_tail() -> None:
    stray = "Bình luận của bạn đọc"  # unknown to every vocabulary
    tail = ("Đọc thêm", "Tin A về biên giới", stray, "Phiên bản di động")
    article = cleaned(body(LEAD, SECOND, *tail))
    assert article.body == f"{LEAD}\n{SECOND}"
    assert reasons(article)["furniture:tail"] == [f"Tin A về biên giới\n{stray}"]


def test_a_paragraph_longer_than_any_snippet_is_never_tail() -> None:
    # a list of delegates: one long line without a full stop, after a teaser
    delegates = "Tham dự có các đồng chí " + "; ".join(
        f"Nguyễn Văn {name}, Phó Chủ tịch UBND tỉnh" for name in
        ("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm", "Minh", "Nam", "Phúc",
         "Quang", "Sơn", "Tâm", "Uy", "Vinh", "Xuân", "Yên"))
    assert len(delegates) > 600
    teaser = ("Tây Ninh đẩy mạnh giao thương với Campuchia",) * 2
    article = cleaned(body(LEAD, SECOND, *teaser, "Đọc thêm", delegates))
    assert article.body.split("\n")[-1] == delegates


def test_furniture_inside_the_body_does_not_cut_what_follows() -> None:
    article = cleaned(body(LEAD, "Chia sẻ Facebook Zalo", SECOND, LEAD.replace("17/3", "20/3")))
    assert article.body.split("\n") == [LEAD, SECOND, LEAD.replace("17/3", "20/3")]


def test_written_page_keeps_its_body_and_drops_each_kind_of_furniture() -> None:
    article = read_one(DATA / "furniture_page.txt")
    assert article.title.startswith("Tỉnh Đồng Tháp và tỉnh Prey Veng")
    lines = article.body.split("\n")
    assert lines[0].startswith("Ngày 12/3, tại thành phố Cao Lãnh")
    assert lines[-1].endswith("từ ngày 10.1 tới.")
    assert "Hợp tác nông nghiệp" in lines
    assert any("(Nguồn: Cục Hải quan Đồng Tháp)" in line for line in lines)
    assert any(line.startswith("Hai bên nhất trí phối hợp") for line in lines)
    assert set(reasons(article)) == {
        "furniture:byline", "furniture:follow-us", "furniture:caption", "furniture:read-more",
        "furniture:teaser", "furniture:share", "furniture:lottery", "furniture:horoscope",
        "furniture:calendar", "furniture:footer",
    }


def test_vocabularies_are_data_files() -> None:
    data = json.loads((Path(__file__).parents[1] / "langgieng/clean/furniture.json").read_text())
    assert {"lottery", "horoscope", "calendar", "follow-us", "footer"} <= set(data["vocabulary"])
    assert data["read_more"] and data["caption_credit"]


# --- HTML through trafilatura -------------------------------------------------


def test_html_page_furniture_is_dropped_from_extracted_text() -> None:
    article = read_one(DATA / "page_furniture.html")
    assert article.title == "Hai tỉnh biên giới ký kết biên bản hợp tác năm 2024"
    assert article.published == "2024-03-18"
    assert article.url == "https://baomau.example.vn/hai-tinh-bien-gioi-ky-ket-bien-ban-hop-tac-123.html"
    lines = article.body.split("\n")
    assert lines[0].startswith("Ngày 17/3, tại thành phố Tây Ninh")
    assert "Hợp tác y tế và giáo dục" in lines
    assert lines[-1].endswith("tại tỉnh Svay Rieng.")
    assert reasons(article) == {
        "furniture:repeated-heading": ["Hai tỉnh biên giới ký kết biên bản hợp tác năm 2024"],
        "furniture:follow-us": ["Theo dõi Báo Mẫu trên Google News"],
    }


def test_html_link_lines_and_related_box_are_dropped() -> None:
    article = read_one(DATA / "page_related_inside.html")
    found = reasons(article)
    assert found["furniture:links"] == [
        "Gia Lai và Ratanakiri ký kết biên bản hợp tác giai đoạn mới",
        "Tăng cường giao lưu nhân dân vùng biên Gia Lai - Ratanakiri mở rộng hợp tác nông nghiệp"
        " - Cửa khẩu Lệ Thanh đón lượng khách kỷ lục",
    ]
    assert found["furniture:byline"] == ["Minh Thư"]
    kinds = {"furniture:read-more", "furniture:teaser", "furniture:lottery", "furniture:horoscope"}
    assert kinds <= set(found)
    lines = article.body.split("\n")
    assert len(lines) == 4
    assert lines[0].startswith("Sáng 4/11, tỉnh Gia Lai tổ chức lễ khánh thành")
    assert lines[-1].startswith("Hai tỉnh cũng thống nhất tổ chức hội chợ")


def test_same_line_without_the_page_is_not_a_link_line() -> None:
    line = "Gia Lai và Ratanakiri ký kết biên bản hợp tác giai đoạn mới"
    article = cleaned(body(LEAD, line, SECOND))
    assert line in article.body.split("\n")


def test_raw_with_html_only_is_extracted_by_clean() -> None:
    html = (DATA / "page_furniture.html").read_text(encoding="utf-8")
    article = cleaned_raw(RawArticle(source="x.jsonl:1", format="jsonl", html=html))
    assert article.title == "Hai tỉnh biên giới ký kết biên bản hợp tác năm 2024"
    assert article.body.startswith("Ngày 17/3, tại thành phố Tây Ninh")


def test_raw_with_html_without_article_is_rejected() -> None:
    raw = RawArticle(source="x.jsonl:2", format="jsonl", html="<html><body></body></html>")
    result = clean(raw)
    assert result == Rejection("x.jsonl:2", "no article text found in the page")


# --- seeds -------------------------------------------------------------------


def test_seed_web_page_keeps_its_article_and_drops_the_furniture(seeds_dir: Path) -> None:
    article = read_one(seeds_dir / "002_ee23f3683c8e621a.txt")
    assert article.body.startswith("Việt Nam và Campuchia nhất trí tiếp tục đầu tư")
    assert article.body.endswith(
        "Hội nghị Hợp tác và phát triển các tỉnh biên giới Việt Nam-Campuchia lần thứ 13 "
        "dự kiến sẽ được tổ chức tại Campuchia trong năm 2024."
    )
    for furniture in ("Theo dõi", "(Nguồn: VGP)", "(Nguồn: TTXVN)", "Đọc thêm", "XSBD", "Tử vi",
                      "Lịch âm", "Phiên bản di động", "Iran", "lần thứ 12\n"):
        assert furniture not in article.body
    assert "Sáng 25/4, tại Hội trường tỉnh ủy Tây Ninh" in article.body
    assert "đạt trên 10,57 tỷ USD trong năm 2022" in article.body
    kinds = set(reasons(article))
    assert {"furniture:byline", "furniture:follow-us", "furniture:repeated-heading",
            "furniture:caption", "furniture:teaser", "furniture:read-more", "furniture:lottery",
            "furniture:horoscope", "furniture:calendar", "furniture:footer"} <= kinds


@pytest.mark.parametrize("name", ["000_d1bcbdfaa79f0b28", "001_c54aff193e049069",
                                  "003_66d43b869e5ea0c6", "004_3459a179f06415d8"])
def test_seed_articles_lose_nothing_of_their_body(seeds_dir: Path, name: str) -> None:
    path = seeds_dir / f"{name}.txt"
    source_lines = path.read_text(encoding="utf-8").splitlines()
    expected = [" ".join(line.split()) for line in source_lines[2:] if line.strip()]
    article = read_one(path)
    assert article.title == source_lines[0].strip()
    assert article.body.split("\n") == expected
    assert article.removed == []


# --- sentences ---------------------------------------------------------------


def sentences_of(text: str) -> list[str]:
    """The body's sentences (the headline, the text's first line, is one of its own)."""
    article = cleaned(text)
    return [article.sentence_text(s) for s in article.sentences][1:]


def test_sentences_do_not_split_inside_numbers() -> None:
    text = (
        "Thương mại đạt 10,57 tỷ USD, gồm 1.850 dự án. Quan hệ lập ngày 24/6/1967 và "
        "hội nghị họp ngày 10.1 năm sau. Hai bên tăng 8.5% so với năm 2022. Đây là mốc mới."
    )
    assert sentences_of(text) == [
        "Thương mại đạt 10,57 tỷ USD, gồm 1.850 dự án.",
        "Quan hệ lập ngày 24/6/1967 và hội nghị họp ngày 10.1 năm sau.",
        "Hai bên tăng 8.5% so với năm 2022.",
        "Đây là mốc mới.",
    ]


def test_sentences_do_not_split_after_abbreviations_or_initials() -> None:
    text = (
        "Đoàn đến TP. Hồ Chí Minh cùng ThS. Lê Văn An và TS. Trần B. Cường ngày 3/4. "
        "Sau đó đoàn thăm Tp. Cần Thơ. Buổi làm việc kết thúc."
    )
    assert sentences_of(text) == [
        "Đoàn đến TP. Hồ Chí Minh cùng ThS. Lê Văn An và TS. Trần B. Cường ngày 3/4.",
        "Sau đó đoàn thăm Tp. Cần Thơ.",
        "Buổi làm việc kết thúc.",
    ]


def test_sentences_and_ellipses_quotes_and_marks() -> None:
    text = (
        "Hợp tác về giáo dục, y tế… ngày càng sâu rộng. Ông nói: \"Hai bên sẽ làm tốt hơn.\" "
        "Vì sao? Bởi vì hai tỉnh đã chuẩn bị kỹ... Kết quả rất khả quan!"
    )
    assert sentences_of(text) == [
        "Hợp tác về giáo dục, y tế… ngày càng sâu rộng.",
        "Ông nói: \"Hai bên sẽ làm tốt hơn.\"",
        "Vì sao?",
        "Bởi vì hai tỉnh đã chuẩn bị kỹ...",
        "Kết quả rất khả quan!",
    ]


def test_paragraph_break_always_ends_a_sentence_and_offsets_point_into_text() -> None:
    paragraphs = [SECOND, "Hai bên thống nhất các nội dung sau", "Tăng cường trao đổi", LEAD]
    article = cleaned(body(*paragraphs))
    assert [article.sentence_text(s) for s in article.sentences] == [TITLE, *paragraphs]
    for sentence in article.sentences:
        assert "\n" not in article.text[sentence.start : sentence.end]
    assert article.sentences[4].start == article.text.index(LEAD)


def test_lowercase_after_a_period_does_not_start_a_sentence() -> None:
    assert sentences_of("Khu vực này rộng 56,8 km. với nhiều cửa khẩu phụ.") == [
        "Khu vực này rộng 56,8 km. với nhiều cửa khẩu phụ."
    ]


def test_each_paragraph_is_split_by_its_own_rules() -> None:
    text = body(
        "Đoàn đến TP. Hồ Chí Minh ngày 3/4. Buổi làm việc kết thúc.",
        "1. Hai bên ký kết. Sau đó họp báo",
        "  Ông nói... Vì sao? Bởi vì đoàn đến TP. Cần Thơ.  ",
        "",
        "Hết.",
    )
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found == [
        "Đoàn đến TP. Hồ Chí Minh ngày 3/4.",
        "Buổi làm việc kết thúc.",
        "1. Hai bên ký kết.",
        "Sau đó họp báo",
        "Ông nói...",
        "Vì sao?",
        "Bởi vì đoàn đến TP. Cần Thơ.",
        "Hết.",
    ]


def test_search_form_folds_each_character_as_lower_casing_first_would() -> None:
    def lowered_first(text: str) -> str:
        text = text.lower().replace("đ", "d").replace("©", " copyright ")
        return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")

    characters = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert search_form(characters) == lowered_first(characters)
    assert search_form("ĐÀ NẴNG İzmir \u212a © Σ") == "da nang izmir k  copyright  "


# --- identity, title, dates, rejection ----------------------------------------


def test_id_is_a_content_hash_shared_by_the_same_article_from_different_files(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(f"{TITLE}\n-----\n{LEAD}\n\n{SECOND}\n", encoding="utf-8")
    record = {"title": f"  {TITLE} ", "text": f"{LEAD}\r\n{SECOND}  "}
    line = json.dumps(record, ensure_ascii=False) + "\n"
    (tmp_path / "b.jsonl").write_text(line, encoding="utf-8")
    ids = {cleaned_raw(raw).id for raw in read_paths([tmp_path]) if isinstance(raw, RawArticle)}
    assert len(ids) == 1
    (only_id,) = ids
    assert re.fullmatch(r"[0-9a-f]{16}", only_id)
    assert only_id == content_id(TITLE, f"{TITLE}\n{LEAD}\n{SECOND}")
    assert cleaned(f"{LEAD}\n{SECOND} Thêm một câu.").id != only_id


def test_txt_raw_without_title_takes_its_first_line() -> None:
    raw = RawArticle(source="<text>", format="txt", text=f"{TITLE}\n-----\n{LEAD}")
    article = cleaned_raw(raw)
    assert (article.title, article.body) == (TITLE, LEAD)


def test_txt_raw_opening_with_a_paragraph_has_an_empty_title() -> None:
    text = f"\n{LEAD} {SECOND}"
    article = cleaned_raw(RawArticle(source="<text>", format="txt", text=text))
    assert (article.title, article.body) == ("", f"{LEAD} {SECOND}")


def test_jsonl_without_title_takes_a_leading_heading_as_title() -> None:
    raw = RawArticle(source="x.jsonl:1", format="jsonl", text=f"{TITLE}\n{LEAD}")
    article = cleaned_raw(raw)
    assert (article.title, article.body) == (TITLE, LEAD)


def test_published_and_url_are_copied() -> None:
    raw = RawArticle(source="x", format="jsonl", text=LEAD, title=TITLE,
                     url="https://vidu.example.vn/a", published="2023-04-25")
    article = cleaned_raw(raw)
    assert (article.published, article.url, article.published_inferred) == (
        "2023-04-25", "https://vidu.example.vn/a", False
    )


def test_a_date_in_the_address_dates_a_page_that_gives_none() -> None:
    raw = RawArticle(source="x", format="jsonl", text=LEAD, title=TITLE,
                     url="https://vidu.example.vn/hoi-dam-20230425101500123.htm")
    assert cleaned_raw(raw).published == "2023-04-25"
    given = replace(raw, published="2023-04-26")  # a date given with the page comes first
    assert cleaned_raw(given).published == "2023-04-26"


def test_an_address_dated_years_after_everything_the_text_tells_is_a_reprint() -> None:
    raw = RawArticle(source="x", format="jsonl", title=TITLE,
                     text="Năm 2015, hai tỉnh đã ký biên bản ghi nhớ về hợp tác.",
                     url="https://vidu.example.vn/hop-tac-20230425101500123.htm")
    assert cleaned_raw(raw).published is None


def test_a_year_counted_from_up_to_now_makes_no_reprint_of_a_later_address() -> None:
    raw = RawArticle(source="x", format="jsonl", title=TITLE,
                     text="Từ năm 2001 đến nay, đội đã quy tập 1.899 hài cốt liệt sĩ.",
                     url="https://vidu.example.vn/hop-tac-20160727143020266.htm")
    assert cleaned_raw(raw).published == "2016-07-27"


def test_an_address_dated_as_the_pages_own_byline_is_no_reprint() -> None:
    # the stamp line is furniture, yet it names the address's year: the page is of that
    # year, a wrap-up of older work, and keeps the address's date
    raw = RawArticle(source="x", format="txt", title=TITLE,
                     text=body("Cập nhật: 19/10/2023", "Năm 2015, hai tỉnh ký biên bản ghi nhớ."),
                     url="https://vidu.example.vn/hop-tac-20231019101500123.htm")
    assert cleaned_raw(raw).published == "2023-10-19"


@pytest.mark.parametrize(("stamp", "expected"), [
    ("Ngày đăng: 01/02/2019, 16:50", "2019-02-01"),  # the day of posting, said so
    ("Thứ Sáu, 01/02/2019", None),  # a bare day, years after the text: the day it was shown
])
def test_a_dateline_that_calls_itself_the_posting_day_is_the_pages(
    stamp: str, expected: str | None
) -> None:
    raw = RawArticle(source="x", format="txt", title=TITLE,
                     text=body(stamp, "Trong năm 2015, tỉnh thu hút thêm 3 dự án đầu tư."))
    assert cleaned_raw(raw).published == expected


def test_a_byline_dropped_before_the_body_still_dates_the_article_by_its_clock() -> None:
    # dropped as the menu it follows, not as a dateline: its clock and date are the page's
    article = cleaned(body("• Truyền hình Cần Thơ", "Tin ảnh biên giới",
                           "Minh Vi, Thu Hà (VTV8)Cập nhật 15:35 ngày 19/10/2017", LEAD, SECOND))
    assert article.published == "2017-10-19"


def test_a_short_header_line_closed_by_a_date_dates_the_article() -> None:
    article = cleaned(body("Các trang khác - 18/01/2006", LEAD, SECOND))
    assert article.published == "2006-01-18"


def test_a_stamp_with_its_clock_is_the_pages_date_years_after_what_the_text_tells() -> None:
    # a page printed with its clock is of that day, even when its text names only older years
    raw = RawArticle(source="x", format="txt", title=TITLE,
                     text=body("17:17 30/03/2009", "Từ năm 2000, hai tỉnh đã ký biên bản ghi nhớ."))
    assert cleaned_raw(raw).published == "2009-03-30"


def test_article_of_furniture_only_is_rejected() -> None:
    raw = RawArticle(source="f.txt", format="txt", title=TITLE,
                     text=body(TITLE, "Theo dõi Báo Mẫu trên Google News", "Phiên bản di động"))
    assert clean(raw) == Rejection("f.txt", "no article text after cleaning")


# --- any input ----------------------------------------------------------------

_PIECES = st.sampled_from([
    LEAD, SECOND, TITLE, "", " ", "\n", "\n\n", "\r\n", "...", "…", ". ", "TP. ", "10,57", "1.850",
    "Đọc thêm", "Phiên bản di động", "XSMB 10/5", "(Ảnh: Minh Đức)", "“", "”", "\u00a0", "\u200b",
    "Minh Khang", "Hà Nội", "a", "Ư", "ạ", "\u0301", "?", "!", "\t", "-----",
])


@given(st.lists(_PIECES, max_size=40), st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_an_article_with_consistent_layers_or_a_rejection(
    pieces: list[str], noise: str
) -> None:
    result = clean(RawArticle(source="h.txt", format="txt", text="".join(pieces) + noise))
    if isinstance(result, Rejection):
        assert result.source == "h.txt" and result.reason
        return
    text = result.text
    assert text and unicodedata.is_normalized("NFC", text)
    assert "\n\n" not in text and text == text.strip()
    previous_end = 0
    for sentence in result.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert "\n" not in text[sentence.start : sentence.end]
        assert text[sentence.start : sentence.end] == text[sentence.start : sentence.end].strip()
        previous_end = sentence.end
    assert result.id == content_id(result.title, text)


def test_bare_titles_in_a_row_between_paragraphs_are_links_to_other_articles() -> None:
    links = ("Hội chợ thương mại biên giới mở cửa tại Mộc Bài năm 2025",
             "Tuần lễ ẩm thực Việt Nam tại Tokyo thu hút du khách")
    heading = "Kết quả hợp tác giáo dục"  # one subheading alone stays
    third = "Chiều cùng ngày, hai đoàn đã đi thăm khu kinh tế cửa khẩu và trao đổi về kế hoạch."
    article = cleaned(body(LEAD, *links, SECOND, heading, third))
    assert reasons(article) == {"furniture:teaser": ["\n".join(links)]}
    assert heading in article.body
    listed = ("- Bản ghi nhớ hợp tác về y tế giữa hai tỉnh",
              "- Kế hoạch hợp tác năm 2026 giữa hai tỉnh")
    assert reasons(cleaned(body(LEAD, *listed, SECOND))) == {}  # a list of the article's own


def test_a_hard_wrapped_text_is_joined_into_its_paragraphs() -> None:
    text = ("Tôn tạo 43 mốc biên giới\n"
            "Theo Sở Ngoại vụ, tỉnh vừa hoàn thành việc tôn tạo 43 mốc trong tổng\n"
            "số 61 mốc. Trong đó, đoạn biên giới Quảng\n"
            "Bình-Savannakhet hoàn thành 9/9 mốc và đoạn còn lại\n"
            "hoàn thành 34/52 mốc.\n"
            "Các bên sẽ tiếp tục phối hợp.")
    article = clean(RawArticle(source="t.txt", format="txt", text=text))
    assert not isinstance(article, Rejection)
    assert article.text.split("\n") == [
        "Tôn tạo 43 mốc biên giới",
        "Theo Sở Ngoại vụ, tỉnh vừa hoàn thành việc tôn tạo 43 mốc trong tổng số 61 mốc. "
        "Trong đó, đoạn biên giới Quảng Bình-Savannakhet hoàn thành 9/9 mốc và đoạn còn lại "
        "hoàn thành 34/52 mốc.",
        "Các bên sẽ tiếp tục phối hợp.",
    ]


def test_lines_that_are_not_wrapped_stay_apart() -> None:
    text = ("Tiêu đề bài báo\nĐoạn thứ nhất không có dấu chấm\nĐoạn thứ hai kết thúc.\n"
            "- một mục\n- mục khác")
    article = clean(RawArticle(source="t.txt", format="txt", text=text))
    assert not isinstance(article, Rejection)
    assert len(article.text.split("\n")) == 5


def test_titles_twice_in_a_row_without_snippets_leave_the_lead_after_them() -> None:
    first = "Đoàn cán bộ Bộ Y tế Lào tham quan và học hỏi kinh nghiệm tại tỉnh"
    second = "Đẩy mạnh hợp tác giữa tỉnh và các doanh nghiệp Hàn Quốc"
    lead = ("Sáng 4/10, Chủ tịch UBND tỉnh đã tiếp đoàn cán bộ Hội Liên hiệp Phụ nữ của tỉnh bạn "
            "do Phó Chủ tịch Hội làm trưởng đoàn.")
    article = cleaned(body(LEAD, f"{first} {first}", f"{second} {second}", lead, SECOND))
    assert article.body.split("\n") == [LEAD, lead, SECOND]


def test_a_credited_caption_above_a_cut_paragraph_is_no_teaser() -> None:
    caption = "Bộ trưởng và đoàn công tác tới sân bay Phnom Penh. Ảnh: TTXVN |"
    welcome = ("Ra sân bay đón đoàn có Thứ trưởng Bộ Ngoại giao nước chủ nhà, Đại sứ Việt Nam "
               "tại Campuchia và đại diện cộng đồng người Việt...")
    article = cleaned(body(LEAD, caption, welcome, SECOND))
    assert welcome in article.body.split("\n")
