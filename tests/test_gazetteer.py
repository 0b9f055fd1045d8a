"""The gazetteer: shipped data, lookups, history, offices, search, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from langgieng.cli import main
from langgieng.errors import GazetteerError
from langgieng.gazetteer import DATA_DIR, Gazetteer, load, load_files
from langgieng.normalize import slugify

# Machine-translation garbles of the seed articles: never data, only test inputs.
GARBLES = [
    "Kenjiang",
    "Kadjou",
    "Kennedy",
    "Jian Jiang",
    "Giang Nam",
    "Ruan Fuzhong",
    "Ruan Jinyong",
    "Hồng Sen",
    "Trương Tấn Thành",
    "Lưu Văn Minh",
    "Kun Song",
    "Kun Sông",
    "Kum Song",
    "Kunzeong",
    "Saigontourist",
    "Sàigòn Lào",
    "Concha",
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load()


def _units(gaz: Gazetteer, country: str, on_date: str) -> set[str]:
    return {
        e.id for e in gaz.by_kind("province") if e.country == country and gaz.valid_on(e, on_date)
    }


def test_vietnam_has_63_units_before_the_merger_and_34_after(gaz: Gazetteer) -> None:
    before, after = _units(gaz, "vn", "2025-06-30"), _units(gaz, "vn", "2025-07-01")
    assert len(before) == 63
    assert len(after) == 34
    assert {"vn/kien-giang", "vn/ba-ria-vung-tau", "vn/ha-noi"} <= before
    assert "vn/kien-giang" not in after and "vn/an-giang" in after
    assert "vn/thua-thien-hue" in _units(gaz, "vn", "2020-01-01")


def test_cambodia_and_laos_units(gaz: Gazetteer) -> None:
    kh, la = _units(gaz, "kh", "2024"), _units(gaz, "la", "2024")
    assert len(kh) == 25
    assert {
        "kh/kampot",
        "kh/preah-sihanouk",
        "kh/phnom-penh",
        "kh/koh-kong",
        "kh/kep",
        "kh/takeo",
    } <= kh
    assert len(la) == 18
    assert "la/sekong" in la


def test_kien_giang_became_part_of_an_giang(gaz: Gazetteer) -> None:
    kien_giang, an_giang = gaz.get("vn/kien-giang"), gaz.get("vn/an-giang")
    assert kien_giang is not None and an_giang is not None
    assert kien_giang.valid_to == "2025-06-30"
    assert kien_giang.successors == ["vn/an-giang"]
    assert "vn/kien-giang" in an_giang.predecessors
    assert "坚江" in kien_giang.zh
    assert gaz.current("vn/kien-giang").id == "vn/an-giang"
    assert gaz.current("vn/kien-giang", "2023-04-25").id == "vn/kien-giang"
    assert gaz.current("vn/kien-giang", "2025-07").id == "vn/an-giang"


def test_a_merged_unit_borders_what_its_predecessors_bordered_from_the_merger(
    gaz: Gazetteer,
) -> None:
    assert gaz.borders("vn/binh-phuoc", "2020") == {"kh"}
    assert gaz.borders("vn/dong-nai", "2020") == set()  # inland before it took in Bình Phước
    assert gaz.borders("vn/dong-nai", "2025-07") == {"kh"}
    assert gaz.borders("vn/quang-ngai", "2026") == {"kh", "la"}  # with Kon Tum
    assert gaz.borders("vn/dien-bien") == {"cn", "la"}
    assert gaz.borders("vn/ha-noi", "2026") == set()
    assert all(country in gaz for entity in gaz for country in entity.borders)


def test_merged_units_point_to_units_that_exist(gaz: Gazetteer) -> None:
    for entity in gaz:
        for other in entity.successors + entity.predecessors:
            assert other in gaz, f"{entity.id} refers to unknown {other}"


@pytest.mark.parametrize(
    ("role", "country", "on_date", "expected"),
    [
        ("foreign_minister", "vn", "2012-03", "person/pham-binh-minh"),
        ("prime_minister", "kh", "2012-01", "person/hun-sen"),
        ("president", "vn", "2014-12-23", "person/truong-tan-sang"),
        ("general_secretary", "vn", "2014", "person/nguyen-phu-trong"),
        ("king", "kh", "2012-09", "person/norodom-sihamoni"),
        ("interior_minister", "kh", "2012-03-08", "person/sar-kheng"),
        ("deputy_prime_minister", "vn", "2023-04-25", "person/tran-luu-quang"),
    ],
)
def test_holders_of_an_office_on_a_date(
    gaz: Gazetteer, role: str, country: str, on_date: str, expected: str
) -> None:
    assert expected in [p.id for p in gaz.holders(role, country, on_date)]


def test_holders_of_a_year_with_two_presidents_rank_the_longer_tenure_first(
    gaz: Gazetteer,
) -> None:
    holders = [p.id for p in gaz.holders("president", "vn", "2016")]
    assert holders == ["person/tran-dai-quang", "person/truong-tan-sang"]
    assert [p.id for p in gaz.holders("president", "vn", "2014-12-23")] == [
        "person/truong-tan-sang"
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Căm-pu-chia", "kh"),
        ("Campuchia", "kh"),
        ("Cam-pốt", "kh/kampot"),
        ("Xê Kông", "la/sekong"),
        ("xe kong", "la/sekong"),
        ("Tà Keo", "kh/takeo"),
        ("tỉnh Kiên Giang", "vn/kien-giang"),
        ("Hoa Kỳ", "us"),
        ("Cambodia", "kh"),
        ("Ho Chi Minh City", "vn/ho-chi-minh"),
        ("Sihanoukville", "kh/preah-sihanouk"),
        ("Champasak", "la/champasak"),
        ("Samdech Krolahom Sar Kheng", "person/sar-kheng"),
        ("坚江", "vn/kien-giang"),
        ("Ủy ban hỗn hợp Việt Nam - Campuchia", "series/vn-kh-joint-committee"),
    ],
)
def test_search_finds_variants_exactly(gaz: Gazetteer, query: str, expected: str) -> None:
    entity, score = gaz.search(query, limit=3)[0]
    assert (entity.id, score) == (expected, 100.0)


def test_search_falls_back_to_fuzzy_below_exact(gaz: Gazetteer) -> None:
    hits = gaz.search("Kenjiang", limit=5)
    assert hits[0][0].id == "vn/kien-giang"
    assert hits[0][1] < 100.0
    assert all(entity.kind == "person" for entity, _ in gaz.search("Hun Sen", kind="person"))


def test_every_record_has_a_source_and_a_scheme_id(gaz: Gazetteer) -> None:
    prefixes = {"person": "person/", "series": "series/", "org": "org/"}
    for entity in gaz:
        assert entity.source.strip(), entity.id
        if entity.kind == "country":
            assert re.fullmatch(r"[a-z]{2}", entity.id)
        elif entity.kind == "province":
            assert entity.id == f"{entity.country}/{slugify(entity.name)}"
        else:
            assert entity.id.startswith(prefixes[entity.kind])
        if entity.kind == "person":
            assert entity.id == f"person/{slugify(entity.name)}"


def test_offices_name_a_known_country_and_valid_dates(gaz: Gazetteer) -> None:
    for person in gaz.by_kind("person"):
        assert person.offices, person.id
        for office in person.offices:
            assert office.country in gaz and office.title
            if office.start and office.end:
                assert office.start <= office.end, person.id


def test_dated_sessions_are_in_order_and_sourced(gaz: Gazetteer) -> None:
    dated = [series for series in gaz.by_kind("series") if series.editions]
    assert dated
    for series in dated:
        numbers = [e.number for e in series.editions]
        assert numbers == sorted(set(numbers)), series.id
        starts = [e.start for e in series.editions]
        assert starts == sorted(starts), series.id  # a later session never met earlier
        for edition in series.editions:
            assert edition.sources and (edition.end is None or edition.start <= edition.end)


def test_no_machine_translation_garble_is_in_the_data() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in DATA_DIR.glob("*.jsonl")).lower()
    for garble in GARBLES:
        assert garble.lower() not in text, garble


def test_ids_are_unique_across_files(tmp_path: Path) -> None:
    record = {"id": "vn/kien-giang", "kind": "province", "name": "Kiên Giang", "source": "t"}
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps(record, ensure_ascii=False) + "\n")
    with pytest.raises(GazetteerError, match=r"b\.jsonl:1: duplicate id 'vn/kien-giang'"):
        load_files([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "vn/x", "kind": "province", "name": "X"', "Expecting"),
        ('{"id": "vn/x", "kind": "province", "name": "X"}', "missing or empty 'source'"),
        ('{"id": "Kien Giang", "kind": "province", "name": "X", "source": "s"}', "id scheme"),
        ('{"id": "vn/x", "kind": "town", "name": "X", "source": "s"}', "unknown kind"),
        (
            '{"id": "vn/x", "kind": "province", "name": "X", "source": "s", "valid_to": "30/6"}',
            "ISO date",
        ),
        (
            '{"id": "series/x", "kind": "series", "name": "X", "source": "s",'
            ' "editions": [{"number": 4, "start": "2019"}]}',
            "edition 4 needs a start with at least its month",
        ),
        (
            '{"id": "series/x", "kind": "series", "name": "X", "source": "s",'
            ' "editions": [{"number": 4, "start": "2019-03-02"}]}',
            "edition 4 needs the sources that date it",
        ),
    ],
)
def test_malformed_record_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    good = '{"id": "kh", "kind": "country", "name": "Campuchia", "source": "s"}'
    path = tmp_path / "bad.jsonl"
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_files([path])
    assert "bad.jsonl:3: " in str(caught.value)
    assert problem in str(caught.value)


def test_cli_entity_shows_names_and_history() -> None:
    result = CliRunner().invoke(main, ["entity", "vn/kien-giang"])
    assert result.exit_code == 0, result.output
    assert "Kiên Giang" in result.output and "坚江" in result.output
    assert "became part of vn/an-giang (An Giang) on 2025-07-01" in result.output
    assert "land border with: kh (Campuchia)" in result.output


def test_cli_entity_lists_a_series_sessions_with_their_sources() -> None:
    shown = CliRunner().invoke(main, ["entity", "series/clv-development-triangle-summit"])
    assert shown.exit_code == 0, shown.output
    assert "session: 10: 2018-03-31, Hà Nội" in shown.output
    as_json = CliRunner().invoke(main, ["entity", "series/clv-development-triangle-summit",
                                        "--json"])
    tenth = next(e for e in json.loads(as_json.output)["editions"] if e["number"] == 10)
    assert tenth["start"] == "2018-03-31" and tenth["sources"]


def test_cli_entity_json_lists_offices() -> None:
    result = CliRunner().invoke(main, ["entity", "person/pham-binh-minh", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert {
        "role": "foreign_minister",
        "country": "vn",
        "start": "2011-08-03",
        "end": "2021-04-08",
        "title": "Bộ trưởng Ngoại giao",
    } in record["offices"]


def test_cli_unknown_entity_fails_with_one_line() -> None:
    result = CliRunner().invoke(main, ["entity", "vn/atlantis"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: unknown entity id 'vn/atlantis'"]


def test_cli_gazetteer_search_lists_id_kind_name_score() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "search", "Cam-pốt", "--limit", "2"])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0].split()
    assert first[:3] == ["100.0", "kh/kampot", "province"]


def test_units_abolished_before_2025_lead_to_their_successor(gaz: Gazetteer) -> None:
    assert gaz.current("vn/ha-tay", "2010").id == "vn/ha-noi"
    assert gaz.current("vn/thua-thien-hue", "2025-03").id == "vn/hue"
    assert "vn/ha-tay" in gaz.get("vn/ha-noi").predecessors


def test_lookup_is_exact_only_and_load_is_cached(gaz: Gazetteer) -> None:
    assert [e.id for e in gaz.lookup("Phnôm Pênh")] == ["kh/phnom-penh"]
    assert gaz.lookup("Kenjiang") == []
    assert load() is gaz
