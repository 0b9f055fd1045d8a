"""`langgieng ingest / search / show / stats` through the real CLI and real SQLite files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from langgieng.cli import main
from langgieng.model import Article, Fact, Mention, Removed, Sentence, Span
from langgieng.normalize import fold
from langgieng.store import open_store

KIEN_GIANG_SEED = "000_d1bcbdfaa79f0b28"


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args])


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "seeds.db"
    result = run(db, "ingest", str(seeds_dir))
    assert result.exit_code == 0, result.output
    return db


def _id_of(db: Path, seed_name: str) -> str:
    with open_store(db) as store:
        [found] = [a.id for a in store.list_articles(limit=100) if seed_name in a.source]
    return found


def test_ingest_twice_stores_once(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "twice.db"
    first = run(db, "ingest", str(seeds_dir))
    assert first.exit_code == 0, first.output
    assert "stored 5, duplicates 0, rejected 0" in first.stdout
    second = run(db, "ingest", str(seeds_dir))
    assert second.exit_code == 0, second.output
    assert "stored 0, duplicates 5, rejected 0" in second.stdout
    assert json.loads(run(db, "stats", "--json").stdout)["articles"] == 5
    with open_store(db) as store:  # every stored fact was folded into a record
        unfolded = store.db.execute("SELECT COUNT(*) FROM facts WHERE record_key IS NULL")
        assert unfolded.fetchone()[0] == 0
        assert len(store.records()) <= sum(store.stats()["facts"].values())


def test_rejected_input_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Hợp tác biên giới\nTỉnh Tây Ninh và tỉnh Svay Rieng.\n",
                                     encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00\x00")
    result = run(tmp_path / "r.db", "ingest", str(folder))
    assert result.exit_code == 1, result.output
    assert "stored 1, duplicates 0, rejected 1" in result.stdout
    assert "scan.txt" in result.stdout and "Traceback" not in result.output
    with open_store(tmp_path / "r.db") as store:
        assert [Path(r.source).name for r in store.rejections()] == ["scan.txt"]


def test_hostile_inputs_are_rejections_and_every_good_article_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = "Hợp tác biên giới\nTỉnh Tây Ninh và tỉnh Svay Rieng.\n".encode()
    with open(bytes(folder) + b"/t\xe2y-ninh.txt", "wb") as handle:  # Latin-1 name
        handle.write(article)
    (folder / "good.txt").write_bytes(article.replace(b"Svay Rieng", b"Kampot"))
    (folder / "deep.jsonl").write_text("[" * 100_000 + "\n")
    (folder / "digits.jsonl").write_text('{"text": ' + "1" * 5000 + "}\n")
    os.mkfifo(folder / "pipe.txt")
    result = run(tmp_path / "h.db", "ingest", str(folder))
    assert result.exit_code == 1, result.output
    assert "stored 2, duplicates 0, rejected 3" in result.stdout
    assert "Traceback" not in result.output
    with open_store(tmp_path / "h.db") as store:
        sources = sorted(Path(a.source).name for a in store.list_articles(limit=10))
        assert sources == ["good.txt", "t\\xe2y-ninh.txt"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path / "u.db", "ingest", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "nowhere" in result.stderr


@pytest.mark.parametrize("query", ["kien giang", "Kiên Giang", "KIÊN   GIANG"])
def test_search_finds_kien_giang_with_or_without_diacritics(seeded_db: Path, query: str) -> None:
    result = run(seeded_db, "search", query, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    hits = {hit["article_id"]: hit for hit in found["hits"]}
    assert found["total"] >= len(hits) and found["offset"] == 0
    seed = _id_of(seeded_db, KIEN_GIANG_SEED)
    assert seed in hits
    snippet = hits[seed]["snippet"]
    marked = snippet[snippet.index("[") + 1 : snippet.index("]")]
    assert fold(marked) in {"kien giang", "kien", "giang"}
    assert "Kiên Giang" in snippet  # cut from the real text, diacritics kept


def test_search_plain_output_and_no_hits(seeded_db: Path) -> None:
    result = run(seeded_db, "search", "kien", "giang", "--limit", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("    ") and "[" in lines[1]
    empty = run(seeded_db, "search", "xyzzyquux")
    assert empty.exit_code == 0 and empty.stdout == "" and "no articles" in empty.stderr


def test_search_says_how_many_there_are_and_pages_through_them(seeded_db: Path) -> None:
    everything = json.loads(run(seeded_db, "search", "tỉnh", "--json").stdout)
    total = everything["total"]
    assert total == len(everything["hits"]) >= 2
    first = run(seeded_db, "search", "tỉnh", "--limit", "1")
    assert f"articles 1-1 of {total}; --offset 1 for more" in first.stderr
    pages = [json.loads(run(seeded_db, "search", "tỉnh", "--limit", "1", "--offset", str(n),
                            "--json").stdout)["hits"] for n in range(total)]
    expected = [hit["article_id"] for hit in everything["hits"]]
    assert [page[0]["article_id"] for page in pages] == expected
    past = run(seeded_db, "search", "tỉnh", "--offset", str(total))
    assert past.stdout == "" and f"past the first {total}" in past.stderr


@pytest.mark.parametrize(
    "query", ['"', 'kien" OR "x', "NOT", "kien*", "text:kien", "(", "'; DROP TABLE articles;--"]
)
def test_query_syntax_and_sql_in_search_are_harmless(seeded_db: Path, query: str) -> None:
    result = run(seeded_db, "search", query)
    assert result.exit_code == 0, result.output
    assert json.loads(run(seeded_db, "stats", "--json").stdout)["articles"] == 5


def test_show_by_prefix(seeded_db: Path) -> None:
    article_id = _id_of(seeded_db, KIEN_GIANG_SEED)
    result = run(seeded_db, "show", article_id[:8])
    assert result.exit_code == 0, result.output
    assert f"id:        {article_id}" in result.stdout
    assert KIEN_GIANG_SEED in result.stdout and "Kampot" in result.stdout
    as_json = json.loads(run(seeded_db, "show", article_id[:8], "--json").stdout)
    assert as_json["id"] == article_id and KIEN_GIANG_SEED in as_json["source"]


def test_show_prints_removed_blocks_and_inferred_date(tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    with open_store(db) as store:
        store.save_articles([Article(
            id="0123456789abcdef", source="page.html", format="html", title="Tiêu đề",
            text="Thân bài.", published="2023-04-25", published_inferred=True,
            sentences=[Sentence(0, 9)],
            removed=[Removed("Theo dõi chúng tôi trên Zalo", "furniture:follow-us")],
        )])
    out = run(db, "show", "0123456789abcdef").stdout
    assert "published: 2023-04-25 (inferred)" in out
    assert out.index("Thân bài.") < out.index("Removed by cleaning:")
    assert "[furniture:follow-us] Theo dõi chúng tôi trên Zalo" in out
    assert "Mentions:" not in out and "Facts:" not in out


def test_show_lists_mentions_and_facts_with_evidence(tmp_path: Path) -> None:
    db = tmp_path / "layers.db"
    text = "Tỉnh Kon Tum và tỉnh Sekong ký biên bản ghi nhớ."
    with open_store(db) as store:
        store.save_articles([Article(
            id="fedcba9876543210", source="a.txt", format="txt", title="Ký kết", text=text,
            mentions=[Mention(5, 12, "Kon Tum", "vn/kon-tum", "province", 0.9, "alias")],
            facts=[Fact("agreement", {"parties": ["vn/kon-tum", "la/sekong"], "kind": "mou"},
                        Span(0, len(text)), 0.8, "sign")],
        )])
    out = run(db, "show", "fedcba").stdout
    assert "5-12 Kon Tum -> vn/kon-tum (province, alias, 0.90)" in out
    assert '"kind": "mou"' in out and f"\u201c{text}\u201d" in out


def test_unknown_id_and_bad_database_are_one_line_errors(seeded_db: Path, tmp_path: Path) -> None:
    unknown = run(seeded_db, "show", "ffffffffffff")
    assert unknown.exit_code == 1
    assert unknown.stderr.count("\n") == 1 and "ffffffffffff" in unknown.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite " * 500)
    for args in (["stats"], ["search", "x"], ["show", "abcdefabcdef"]):
        result = run(junk, *args)
        assert result.exit_code == 1 and "junk.db" in result.stderr, args
        assert "Traceback" not in result.output
    missing = run(tmp_path / "missing.db", "stats")
    assert missing.exit_code == 1 and "no database" in missing.stderr


def test_stats(seeded_db: Path) -> None:
    figures = json.loads(run(seeded_db, "stats", "--json").stdout)
    assert figures["articles"] == 5 and figures["rejections"] == 0
    assert figures["schema_version"] >= 1 and figures["db_bytes"] > 0
    assert isinstance(figures["facts"], dict)
    plain = run(seeded_db, "stats").stdout
    assert "articles:" in plain and "schema_version:" in plain


# -- killed part-way -----------------------------------------------------------

ARTICLES = 400


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"{i:04d}.txt").write_text(
            f"Tin hợp tác số {i}\n-----\n"
            f"Ngày {i % 28 + 1}/3/2024, lãnh đạo tỉnh Kiên Giang và tỉnh Kampot (Campuchia) "
            f"đã ký biên bản ghi nhớ hợp tác số {i}. "
            f"Kim ngạch thương mại đạt {i + 10} triệu USD.\n",
            encoding="utf-8",
        )


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not migrated yet, or locked for a moment
        return 0


def _cli(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "langgieng", "--db", str(db), "ingest", str(folder)]


def _default_sigint() -> None:
    # A child started from a non-interactive shell may inherit SIGINT as ignored.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_killed_ingest_leaves_whole_articles_and_rerun_completes(
    tmp_path: Path, stop: signal.Signals
) -> None:
    folder, db = tmp_path / "corpus", tmp_path / "killed.db"
    _write_corpus(folder)
    env = os.environ | {"LANGGIENG_BATCH_SIZE": "1"}
    proc = subprocess.Popen(_cli(db, folder), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 300  # a safety net against hanging, not a timing assertion
    while _stored(db) == 0:
        if proc.poll() is not None:
            pytest.fail(f"ingest ended before it could be stopped: {proc.stderr.read()!r}")
        assert time.monotonic() < deadline, "ingest stored nothing"
        time.sleep(0.001)
    proc.send_signal(stop)
    _, err = proc.communicate()
    if stop == signal.SIGINT:
        assert proc.returncode == 130 and "run the same command to finish" in err, err

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reference = tmp_path / "reference.db"
    assert run(reference, "ingest", str(folder)).exit_code == 0
    with open_store(db) as killed, open_store(reference) as whole:
        partial = [a.id for a in killed.list_articles(limit=ARTICLES)]
        assert 0 < len(partial) < ARTICLES, "the kill should land part-way"
        for article_id in partial:  # every stored article has all its layers
            assert killed.get_article(article_id) == whole.get_article(article_id)
        assert len(killed.search("kampot", limit=ARTICLES)) == len(partial)

    rerun = subprocess.run(_cli(db, folder), env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {ARTICLES - len(partial)}, duplicates {len(partial)}" in rerun.stdout
    with open_store(db) as store:
        assert store.stats()["articles"] == ARTICLES
        assert len({a.source for a in store.list_articles(limit=ARTICLES + 1)}) == ARTICLES
        assert len(store.search("kampot", limit=ARTICLES + 1)) == ARTICLES
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_search_finds_the_articles_linked_to_the_entity_it_names(tmp_path: Path) -> None:
    folder = tmp_path / "sok"
    folder.mkdir()
    spellings = {"a.txt": "Sok An", "b.txt": "Xok An"}  # b: as the press transliterates it
    for name, spelling in spellings.items():
        (folder / name).write_text(
            f"Tin {name}\nNgày 5/5/2010, Phó Thủ tướng Campuchia {spelling} tiếp đoàn đại biểu "
            "tỉnh Tây Ninh.\n", encoding="utf-8")
    db = tmp_path / "sok.db"
    assert run(db, "ingest", str(folder)).exit_code == 0
    found = json.loads(run(db, "search", "Sok", "An", "--json").stdout)
    assert found["total"] == 2
    snippets = sorted(hit["snippet"] for hit in found["hits"])
    assert any("[Xok An]" in s for s in snippets) and any("[Sok An]" in s for s in snippets)
    assert json.loads(run(db, "search", "tây", "ninh", "--json").stdout)["total"] == 2
