"""Pages dated by their number in their site's sequence (read/published.py, page_ids.json)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from langgieng.extract.published import date_by_page_number
from langgieng.model import Article
from langgieng.read import published as read_published
from langgieng.read.published import page_months, page_number, site_of

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "page_ids.py"
TABLE = {"vidu.vn": [[1000, "2021-11"], [2000, "2022-01"], [3000, "2022-03"], [4000, "2022-03"]]}


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A site's known pages, in place of the shipped table."""
    path = tmp_path / "page_ids.json"
    path.write_text(json.dumps({"source": "test", "sites": TABLE}), encoding="utf-8")
    monkeypatch.setattr(read_published, "PAGE_IDS", path)
    read_published._page_table.cache_clear()
    yield
    read_published._page_table.cache_clear()


def article(text: str, url: str, published: str | None = None, inferred: bool = False) -> Article:
    return Article(id="a", source="a.txt", format="txt", title="", text=text, url=url,
                   published=published, published_inferred=inferred)


def test_a_pages_number_and_site_come_from_its_address() -> None:
    assert page_number("https://m.vidu.vn/hop-tac-viet-lao/429056.vnp") == 429056
    assert page_number("https://vidu.vn/kien-giang-c48655703.epi") == 48655703
    assert page_number("https://vidu.vn/hop-tac-viet-lao") is None
    assert (page_number("http://[::1/bao-1234"), site_of("http://[::1/bao-1234")) == (None, "")
    assert site_of("https://lite.vidu.vn./a-1.epi") == site_of("https://www.vidu.vn/b") == "vidu.vn"


def test_a_page_lies_between_the_months_of_its_neighbours(table: None) -> None:
    assert page_months("https://vidu.vn/a-1500.html") == ("2021-11", "2022-01")
    assert page_months("https://m.vidu.vn/a-3000.html") == ("2022-03", "2022-03")
    assert page_months("https://vidu.vn/a-999.html") is None  # before every known page
    assert page_months("https://vidu.vn/a-4001.html") is None  # after them
    assert page_months("https://khac.vn/a-1500.html") is None  # a site not in the table


def test_the_dateline_chooses_the_one_year_of_the_span_it_falls_in(table: None) -> None:
    found = date_by_page_number(article("Sáng 27/12, hai bên hội đàm.", "https://vidu.vn/a-1500"))
    assert (found.published, found.published_inferred) == ("2021-12-27", True)
    early = date_by_page_number(article("Sáng 5/1, hai bên hội đàm.", "https://vidu.vn/a-1500"))
    assert early.published == "2022-01-05"
    # a month outside the span: no year
    june = article("Sáng 5/6, hội đàm.", "https://vidu.vn/a-1500")
    assert date_by_page_number(june).published is None


def test_without_a_dateline_only_the_month_or_year_both_neighbours_share(table: None) -> None:
    def published(number: int) -> str | None:
        return date_by_page_number(article("Hai bên hội đàm.", f"https://vidu.vn/a-{number}")
                                   ).published

    assert (published(3500), published(2500), published(1500)) == ("2022-03", "2022", None)


def test_a_guessed_year_outside_the_span_yields_but_a_stated_date_stays(table: None) -> None:
    guessed = article("Sáng 10/3, hai bên hội đàm.", "https://vidu.vn/a-3500", "2019-03-10", True)
    assert date_by_page_number(guessed).published == "2022-03-10"
    given = article("Sáng 10/3, hội đàm.", "https://vidu.vn/a-3500", "2019-03-10", False)
    assert date_by_page_number(given).published == "2019-03-10"


def test_the_table_keeps_the_pages_whose_months_rise_with_their_numbers() -> None:
    spec = importlib.util.spec_from_file_location("page_ids", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    pages = [(10, "2020-01"), (20, "2020-05"), (30, "2017-03"), (40, "2020-09"), (50, "2021-01")]
    assert script.in_order(pages) == [(10, "2020-01"), (20, "2020-05"), (40, "2020-09"),
                                      (50, "2021-01")]
