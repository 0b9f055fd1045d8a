"""Fuzzing the stages that meet untrusted text: the readers (JSONL lines, HTML
pages), the cleaner and the linker with the extractors behind it. Each example
must end as an article or as a rejection with a reason, never as a failure
inside a stage. CI runs a bounded number of examples; for a longer run:

    .venv/bin/pytest tests/test_fuzz.py --hypothesis-profile=fuzz

(`fuzz` runs 20,000 examples per test; seeds are random there, and a failure
prints the example to add below as a regression test.)
"""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from langgieng.model import RawArticle, Rejection
from langgieng.pipeline import Pipeline
from langgieng.read.jsonl import parse_line

PIPELINE = Pipeline()
# Vietnamese letters and the marks, digits and punctuation of news, and the
# oddities of damaged pages: combining marks, zero-width and bidi controls,
# VNI codes, CJK, Khmer, surrogate-free astral characters.
ALPHABET = st.one_of(
    st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậ")),
    st.sampled_from(list("ềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")),
    st.sampled_from(list("0123456789.,;:-–—/()[]\"'“”%\n\t ")),
    st.sampled_from(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u200b", "\u202e",
                     "\ufeff", "Ñ", "Ö", "ø", "柬", "ក", "ລ", "\U0001f600"]),
    st.characters(blacklist_categories=("Cs",)),
)
WORDS = st.sampled_from([
    "Tỉnh", "tỉnh", "Kiên Giang", "Kampot", "Hun Sen", "Thủ tướng", "ngài", "Samdech",
    "ký kết", "biên bản ghi nhớ", "lần thứ", "Hội nghị", "thăm", "ngày 5/3/2024", "năm 2023",
    "tỷ USD", "triệu USD", "hài cốt", "cột mốc", "từ ngày 14-15/3", "Ủy ban", "Campuchia",
    "Lào", "Việt Nam", "Kenjiang", "Xa-van-na-khệt", "CHDCNDLào", "Vit Nam", "Tân",
])
TEXT = st.lists(st.one_of(WORDS, st.text(ALPHABET, max_size=12)), max_size=80).map(" ".join)


def assert_handled(result: RawArticle | Rejection | object) -> None:
    if isinstance(result, Rejection):
        assert result.reason and " failed: " not in result.reason, result.reason


@given(TEXT)
@example("Tỉnh\nTỉnh")
@example("ngày 31/2/2024 lần thứ 0 tỷ USD " * 3)
def test_any_text_is_cleaned_linked_and_extracted(text: str) -> None:
    if not text.strip():
        return
    result = PIPELINE.process(RawArticle(source="fuzz.txt", format="txt", text=text))
    assert_handled(result)


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(ALPHABET, max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "html", "title", "url", "published", "x"]), children, max_size=5),
    max_leaves=20,
))
def test_any_jsonl_line_is_an_article_or_a_rejection(value: object) -> None:
    line = json.dumps(value, ensure_ascii=False).encode("utf-8")
    result = parse_line("fuzz.jsonl:1", line)
    assert isinstance(result, RawArticle | Rejection)
    if isinstance(result, RawArticle):
        assert_handled(PIPELINE.process(result))


@given(st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</script>", "<h1>", "<!--", "-->",
                     "<meta charset=x>", "<br>", "&amp;", "&#0;", "<a href='x'>", "<table>"]),
    TEXT), max_size=30).map("".join))
def test_any_page_is_an_article_or_a_rejection(html: str) -> None:
    assert_handled(PIPELINE.process(RawArticle(source="fuzz.html", format="html", html=html)))
