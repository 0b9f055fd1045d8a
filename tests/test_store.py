"""The store, on real SQLite files in tmp_path and real PostgreSQL databases
(the tests taking `store` run on both)."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest

from langgieng.errors import NotFound, StoreError
from langgieng.model import Article, Fact, Mention, Rejection, Removed, Sentence, Span
from langgieng.store import Store, open_store
from langgieng.store.migrate import MIGRATIONS_DIR
from langgieng.store.search import (
    SearchFilters,
    fts5_rank_expression,
    match_expressions,
    parse_query,
    query_terms,
    snippet,
)

TEXT = (
    "Sáng 25/4, tại tỉnh Tây Ninh, Hội nghị hợp tác lần thứ 12 đã diễn ra. "
    "Lãnh đạo tỉnh Kiên Giang và tỉnh Kampot ký biên bản ghi nhớ."
)


def make_article(article_id: str = "a1b2c3d4e5f60718", *, text: str = TEXT, **extra) -> Article:
    kien_giang = text.find("Kiên Giang")
    fields = dict(
        id=article_id,
        source=f"/corpus/{article_id}.txt",
        format="txt",
        title="Hợp tác Kiên Giang – Kampot",
        text=text,
        url="https://example.vn/a",
        published="2023-04-25",
        published_inferred=True,
        sentences=[Sentence(0, 70), Sentence(71, len(text))],
        removed=[Removed("Theo dõi chúng tôi trên Facebook", "furniture:follow-us")],
        mentions=[
            Mention(kien_giang, kien_giang + 10, "Kiên Giang", "vn/kien-giang", "province", 0.95,
                    "alias"),
            Mention(0, 4, "Sáng", None, "unknown", 0.1, "none"),
        ],
        facts=[
            Fact("agreement", {"parties": ["vn/kien-giang", "kh/kampot"], "kind": "mou",
                               "topic": "cooperation", "date": "2023-04"}, Span(71, len(text)),
                 0.8, "sign"),
            Fact("measure", {"indicator": "border.length", "parties": ["vn/kien-giang", "kh"],
                             "value": 56.8, "unit": "km", "period": None}, Span(0, 70), 0.7, "num"),
            Fact("measure", {"indicator": "trade.bilateral", "parties": ["vn", "kh"],
                             "value": 2631000000, "unit": "USD", "period": "2014-01/2014-10"},
                 Span(0, 70), 0.7, "num"),
        ],
    )
    return Article(**(fields | extra))


@pytest.fixture
def store(store_target: str):
    with open_store(store_target) as opened:
        yield opened


def test_article_round_trips_with_every_layer(store: Store) -> None:
    article = make_article()
    assert store.save_articles([article]) == 1
    assert store.has(article.id)
    assert store.get_article(article.id) == article


def test_prefix_finds_article_and_bad_ids_say_why(store: Store) -> None:
    store.save_articles([make_article("a1b2c3d4e5f60718"), make_article("a1b2c3ffffffffff")])
    assert store.get_article("a1b2c3d4").id == "a1b2c3d4e5f60718"
    with pytest.raises(NotFound, match="ambiguous"):
        store.get_article("a1b2c3")
    with pytest.raises(NotFound, match="at least 6"):
        store.get_article("a1b2")
    with pytest.raises(NotFound, match="no article"):
        store.get_article("ffffffff")


def test_id_already_present_is_left_alone(store: Store) -> None:
    store.save_articles([make_article()])
    again = make_article()
    again.source = "/elsewhere/copy.txt"
    assert store.save_articles([again, again]) == 0
    assert store.get_article(again.id).source == "/corpus/a1b2c3d4e5f60718.txt"
    assert store.stats()["articles"] == 1
    assert store.stats()["facts"] == {"agreement": 1, "measure": 2}


def test_failing_batch_stores_nothing(store: Store) -> None:
    broken = make_article("bbbbbbbbbbbbbbbb")
    broken.mentions[0].surface = None  # type: ignore[assignment]  # violates NOT NULL
    with pytest.raises(StoreError, match="(?i)not[ -]null"):
        store.save_articles([make_article(), broken])
    assert not store.has("a1b2c3d4e5f60718")
    assert store.stats()["articles"] == 0
    assert store.search("Kiên Giang") == []


def test_search_ignores_diacritics_and_case(store: Store) -> None:
    store.save_articles([make_article()])
    for query in ("kien giang", "Kiên Giang", "KIÊN GIANG", "kiên  giang!"):
        hits = store.search(query)
        assert [h.article_id for h in hits] == ["a1b2c3d4e5f60718"], query
        assert "tỉnh [Kiên Giang] và" in hits[0].snippet
    assert store.search("tay ninh")[0].snippet.startswith("Sáng 25/4, tại tỉnh [Tây Ninh]")
    assert store.search("kien ninh")  # every word, not as a phrase
    assert store.search("campuchia") == []


def test_phrase_hits_rank_before_scattered_words(store: Store) -> None:
    scattered = "Giang nói về đường biên giới. Ông Kiên đến thăm tỉnh bạn."
    store.save_articles(
        [make_article("0000000000000001", text=scattered, title="Tin biên giới"), make_article()]
    )
    assert [h.article_id for h in store.search("kien giang")] == [
        "a1b2c3d4e5f60718", "0000000000000001"]


def test_what_a_search_finds_starts_alike_however_many_are_asked(store: Store) -> None:
    # the web keeps one ranking for the API's 20 and the page's 50 (web/deps.py `found`)
    scattered = "Giang nói về đường biên giới. Ông Kiên đến thăm tỉnh bạn."
    store.save_articles([make_article(f"000000000000000{n}", text=f"{scattered} {n}",
                                      title="Tin biên giới") for n in range(1, 6)]
                        + [make_article()])
    for query, entity in (("kien giang", "vn/kien-giang"), ("kien", None), ("tay ninh", None)):
        every = store.find(query, 50, entity=entity)
        assert every[0][0] == "a1b2c3d4e5f60718"
        for wanted in range(1, len(every) + 1):
            assert store.find(query, wanted, entity=entity) == every[:wanted]
            assert store.search(query, 2, offset=wanted - 1, entity=entity, found=every) == \
                store.search(query, 2, offset=wanted - 1, entity=entity)
    assert len(store.find("kien giang", 50)) == 6


def test_a_phrase_ranks_its_matches_by_its_words_title_first(store: Store) -> None:
    # SQLite's bm25 scores a phrase's matches by its words (fts5_rank_expression), which
    # match more: the articles without the phrase must stay out, the title still weigh
    texts = {"1": "Hai tỉnh ký biên bản hợp tác.", "2": "Ký kết, biên bản và ký biên bản.",
             "3": "Biên bản ký rồi."}
    store.save_articles([make_article(f"{n:0>16}", text=text, mentions=[], facts=[],
                                      title="Ký biên bản" if n == "1" else "Tin")
                         for n, text in texts.items()])
    found = [hit.article_id.lstrip("0") for hit in store.search('"ký biên bản"')]
    assert found == ["1", "2"]


def test_snippet_marks_and_escaping_for_html(store: Store) -> None:
    text = "Tỉnh <b>Kiên Giang</b> & Kampot " + "hợp tác " * 60
    store.save_articles([make_article(text=text)])
    [hit] = store.search("kien giang", marks=("<mark>", "</mark>"), escape=html.escape)
    assert "&lt;b&gt;<mark>Kiên Giang</mark>&lt;/b&gt; &amp; Kampot" in hit.snippet
    assert hit.snippet.endswith("…") and len(hit.snippet) < 260


def test_phrases_or_and_exclusions(store: Store) -> None:
    scattered = "Giang nói về đường biên giới. Ông Kiên đến thăm tỉnh bạn."
    store.save_articles(
        [make_article("0000000000000001", text=scattered, title="Tin biên giới"), make_article()]
    )
    def found(query: str) -> list[str]:
        return [h.article_id for h in store.search(query)]

    assert found('"kien giang"') == ["a1b2c3d4e5f60718"]  # the words together, only
    assert found("kien -kampot") == ["0000000000000001"]  # not the article with Kampot
    assert found('kien -"tay ninh"') == ["0000000000000001"]
    assert set(found("kampot OR thăm")) == {"a1b2c3d4e5f60718", "0000000000000001"}
    assert found("-kien") == []  # nothing to look for
    assert store.count_matches('"kien giang" OR "ông kiên"') == 2
    assert store.search("kien -kampot")[0].snippet.count("[") >= 1  # `kampot` never marked


def test_search_filters_keep_the_articles_they_choose(store: Store) -> None:
    other = make_article("0000000000000002", url="https://vov.vn/x", published="2021-06",
                         facts=[], mentions=[])
    store.save_articles([make_article(), other])
    def found(**chosen: str) -> list[str]:
        filters = SearchFilters(**chosen)
        hits = [h.article_id for h in store.search("kien giang", filters=filters)]
        assert store.count_matches("kien giang", filters=filters) == len(hits)
        return hits

    assert found() == ["a1b2c3d4e5f60718", "0000000000000002"] or set(found()) == {
        "a1b2c3d4e5f60718", "0000000000000002"}
    assert found(type="agreement") == ["a1b2c3d4e5f60718"]
    assert found(entity="vn/kien-giang") == ["a1b2c3d4e5f60718"]
    assert found(outlet="vov.vn") == ["0000000000000002"]
    assert found(outlet="m.vov.vn") == [] and found(outlet="example.vn") == ["a1b2c3d4e5f60718"]
    assert found(since="2022") == ["a1b2c3d4e5f60718"]
    assert found(until="2021") == ["0000000000000002"]  # the whole year 2021 included
    assert found(until="2021-05") == []


def index_rows_agree(store: Store) -> bool:
    """Every article has its row in the search index, and every entity's article list
    holds that row (migration 015), whichever write put them there."""
    fts = dict(store.db.execute("SELECT article_id, rowid FROM articles_fts").fetchall())
    kept = dict(store.db.execute("SELECT article_id, index_row FROM article_index_rows"
                                 ).fetchall())
    linked = store.db.execute("SELECT article_id, index_row FROM entity_articles").fetchall()
    return kept == fts and all(index_row == fts[article_id] for article_id, index_row in linked)


def test_an_entity_search_counts_what_it_finds(store: Store) -> None:
    # articles naming Kiên Giang in the words searched, by another name (linked only),
    # and the words without the link: the total is what search finds, counted apart
    named = make_article("0000000000000001")
    other_name = make_article("0000000000000002", text="Lãnh đạo tỉnh Rạch Giá ký biên bản.",
                              title="Rạch Giá", mentions=[Mention(14, 22, "Rạch Giá",
                                                                  "vn/kien-giang", "province",
                                                                  0.9, "alias")])
    unlinked = make_article("0000000000000003", text="Ông Kiên về Giang Thành.", mentions=[],
                            title="Tin")
    store.save_articles([named, other_name, unlinked])
    store.save_articles([make_article("0000000000000004")])  # index rows number on
    again = make_article("0000000000000003", text=unlinked.text, title="Tin", mentions=[
        Mention(4, 8, "Kiên", "vn/kien-giang", "province", 0.5, "alias")])
    store.replace_layers([again])  # now linked too
    assert index_rows_agree(store)
    for query, entity in (("kien giang", "vn/kien-giang"), ("kien", "vn/kien-giang"),
                          ("rach gia", "vn/kien-giang"), ("kampot", "vn/kien-giang"),
                          ("kien giang", "kh/kampot"), ("kien giang", None)):
        found = {article_id for article_id, _, _ in store.find(query, 100, entity=entity)}
        assert store.count_matches(query, entity=entity) == len(found), (query, entity)
    assert store.count_matches("rach gia", entity="vn/kien-giang") == 4


@pytest.mark.parametrize(
    "query",
    ['"', "kien\"giang", "kien OR", "NOT kien", "kien*", "title:kien", "(kien", "NEAR(a b)",
     "'; DROP TABLE articles; --", "\x00", "", "   ", "^kien", "kien AND", "-", "+ * :"],
)
def test_query_syntax_in_user_input_cannot_break_search(store: Store, query: str) -> None:
    store.save_articles([make_article()])
    store.search(query)  # must not raise
    assert store.stats()["articles"] == 1


def test_facts_filters(store: Store) -> None:
    store.save_articles([make_article()])
    assert {f.type for _, f in store.facts()} == {"agreement", "measure"}
    assert [f.fields["indicator"] for _, f in store.facts(type="measure", entity="vn")] == [
        "trade.bilateral"]
    assert len(store.facts(entity="kh/kampot")) == 1
    assert store.facts(entity="km") == []  # a unit is not an entity
    assert len(store.facts(indicator="border.length")) == 1
    # dates compared as ISO prefixes at the coarser precision; undated facts drop out
    assert [f.type for _, f in store.facts(since="2023")] == ["agreement"]
    assert [f.type for _, f in store.facts(since="2023-04-30")] == ["agreement"]
    assert store.facts(since="2023-05") == []
    period = store.facts(since="2014-10", until="2014-10")
    assert [f.fields["period"] for _, f in period] == ["2014-01/2014-10"]
    assert store.facts(until="2013") == []
    assert store.facts(since="2014-11", until="2022") == []
    article_id, fact = store.facts(type="agreement")[0]
    assert article_id == "a1b2c3d4e5f60718" and fact.evidence == Span(71, len(TEXT))


def test_mentions_rejections_stats_and_list(store: Store) -> None:
    store.save_articles([make_article(), make_article("ffffffffffffffff", published=None)])
    assert [m.surface for m in store.mentions("ffffffffffffffff")] == ["Kiên Giang", "Sáng"]
    store.save_rejections([Rejection("bad.txt", "not text: a PDF document")])
    store.save_rejections([Rejection("bad.txt", "not text: a PDF document")])
    assert store.rejections() == [Rejection("bad.txt", "not text: a PDF document")]
    stats = store.stats()
    assert stats["articles"] == 2 and stats["mentions"] == 4 and stats["rejections"] == 1
    assert stats["facts"] == {"agreement": 2, "measure": 4}
    assert stats["schema_version"] >= 1 and stats["db_bytes"] > 0
    # dated first, newest first; paging
    summaries = store.list_articles(limit=1)
    assert [s.id for s in summaries] == ["a1b2c3d4e5f60718"]
    assert [s.id for s in store.list_articles(limit=5, offset=1)] == ["ffffffffffffffff"]
    assert summaries[0].published_inferred is True


def test_wal_mode_and_integrity(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with open_store(path) as store:
        store.save_articles([make_article()])
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_missing_or_unreadable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "missing.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just some bytes" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(junk)


# -- migrations ----------------------------------------------------------------


def _migrations_up_to(tmp_path: Path, version: int) -> Path:
    """A migrations folder holding the real migrations up to `version`."""
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    for path in sorted(MIGRATIONS_DIR.glob("*.sql"))[:version]:
        shutil.copy(path, migrations / path.name)
    return migrations


def _version_one_dir(tmp_path: Path) -> Path:
    return _migrations_up_to(tmp_path, 1)


def test_old_database_is_migrated_forward_without_losing_data(tmp_path: Path) -> None:
    current = len(list(MIGRATIONS_DIR.glob("*.sql")))
    migrations = _migrations_up_to(tmp_path, current)
    path = tmp_path / "old.db"
    with open_store(path, migrations_dir=migrations) as store:
        store.save_articles([make_article()])
        assert store.stats()["schema_version"] == current
    later = current + 1
    (migrations / f"{later:03d}_reviews.sql").write_text(
        "-- a later stage's table; the statement below spans lines\n"
        "CREATE TABLE reviews (\n  fact_id INTEGER REFERENCES facts (id),\n"
        "  verdict TEXT NOT NULL -- accepted; rejected\n);\n"
        "ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT 'vi';\n",
        encoding="utf-8",
    )
    with open_store(path, migrations_dir=migrations) as store:
        assert store.stats()["schema_version"] == later
        assert store.get_article("a1b2c3d4e5f60718") == make_article()
        assert store.search("kampot")
        assert store.db.execute("SELECT language FROM articles").fetchone()[0] == "vi"
        store.db.execute("INSERT INTO reviews (fact_id, verdict) VALUES (1, 'accepted')")
        rows = store.db.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [tuple(r) for r in rows][-1] == (later, "reviews")
    with open_store(path, migrations_dir=migrations) as store:  # nothing left to apply
        assert store.stats()["schema_version"] == later


def test_failed_migration_leaves_database_as_it_was(tmp_path: Path) -> None:
    migrations = _version_one_dir(tmp_path)
    path = tmp_path / "old.db"
    open_store(path, migrations_dir=migrations).close()
    (migrations / "002_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nALTER TABLE no_such_table ADD COLUMN y TEXT;\n",
        encoding="utf-8",
    )
    with pytest.raises(StoreError, match="002_broken.sql"):
        open_store(path, migrations_dir=migrations)
    (migrations / "002_broken.sql").unlink()
    with open_store(path, migrations_dir=migrations) as store:
        assert store.stats()["schema_version"] == 1
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables


def test_database_newer_than_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(path) as store:
        store.db.execute(
            "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00+00:00')")
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


# -- search helpers ------------------------------------------------------------


def test_query_terms_are_folded_words_and_expressions_are_quoted() -> None:
    # `OR` joins two terms; FTS syntax (`title:`, `*`) is only letters to look for
    assert query_terms('Kiên "Giang" OR title:Đà*') == ["kien", "giang", "title", "da"]
    assert match_expressions(parse_query('Kiên "Giang" OR title:Đà*')) == [
        '("kien") AND ("giang" OR "title") AND ("da")']
    assert match_expressions(["kien", "giang"]) == ['"kien giang"', '"kien" AND "giang"']
    assert match_expressions([]) == []


def test_bm25_scores_a_phrase_by_its_words() -> None:
    # counting a phrase's articles in the whole index is what bm25 cannot afford
    assert fts5_rank_expression('"ky bien ban"') == '("ky" AND "bien" AND "ban")'
    assert fts5_rank_expression('("kon tum") AND ("sekong" OR "ta oi") NOT "lao"') == \
        '(("kon" AND "tum")) AND ("sekong" OR ("ta" AND "oi"))'
    assert fts5_rank_expression('"kien" AND "giang"') == '"kien" AND "giang"'
    assert fts5_rank_expression('("kien") NOT "tay ninh"') == '("kien") NOT "tay ninh"'


def test_snippet_is_cut_at_words_and_never_cuts_a_hit() -> None:
    text = "mở đầu " * 40 + "tỉnh Kiên Giang ký kết " + "kết thúc " * 40
    cut = snippet(text, ["kien", "giang"], width=60)
    assert cut.startswith("…mở đầu") and cut.endswith("…")
    assert "[Kiên Giang]" in cut and len(cut) < 90
    # a window that would end inside the hit is stretched to its end
    edge = snippet("a " * 3 + "Kiên Giang là", ["kien", "giang"], width=8)
    assert "[Kiên Giang]" in edge


def test_title_only_hit_gives_the_start_of_the_text(store: Store) -> None:
    store.save_articles([make_article(text="Nội dung không nhắc tới tên đó. " * 20)])
    [hit] = store.search("kampot")
    assert hit.snippet.startswith("Nội dung không") and "[" not in hit.snippet


def test_articles_mentioning_an_entity_counts_and_orders(store: Store) -> None:
    store.save_articles([make_article(), make_article("ffffffffffffffff", published="2011")])
    found = store.articles_mentioning("vn/kien-giang")
    assert [(s.id, n) for s, n in found] == [("a1b2c3d4e5f60718", 1), ("ffffffffffffffff", 1)]
    assert store.articles_mentioning("kh/takeo") == []


def test_an_ingest_leaves_no_write_ahead_log_behind(tmp_path: Path) -> None:
    from langgieng.cli.serve import example_files
    from langgieng.pipeline import ingest

    db = tmp_path / "wal.db"
    with example_files() as files, open_store(db) as store:
        reader = open_store(db)  # a reader holding the file open, as a server does
        ingest(files, store)
        assert (tmp_path / "wal.db-wal").stat().st_size == 0
        reader.close()


def test_search_ranks_the_newest_matches_whether_they_are_many_or_few(store: Store) -> None:
    # PostgreSQL looks for the window among the newest rows first, and asks its index
    # when they hold too few matches: both ways find the same window as SQLite's FTS5
    store.rank_window = 3
    store.save_articles([
        make_article(f"{n:016d}", title=f"Tin số {n}", mentions=[], facts=[],
                     text=f"Hai tỉnh hợp tác. Tin thứ {n}." + (" Đoàn thăm Kampot." * (n <= 3)))
        for n in range(1, 10)
    ])
    def window(query: str) -> set[str]:
        return {article_id for article_id, _, _ in store.find(query, 50)}

    assert window("hợp") == {f"{n:016d}" for n in (7, 8, 9)}  # many: the newest three
    assert window('"hai tỉnh"') == {f"{n:016d}" for n in (7, 8, 9)}  # a phrase too
    assert window("kampot") == {f"{n:016d}" for n in (1, 2, 3)}  # few, all old: found
    assert window('"đoàn thăm"') == {f"{n:016d}" for n in (1, 2, 3)}


def test_the_newest_matches_are_found_when_the_newest_rows_hold_only_some(store: Store) -> None:
    # PostgreSQL looks for the rest in older rows, as many as the density of those found
    # says, through its indexes; a phrase is tested in its candidates there only
    store.rank_window = 3
    extra = {1: " Đoàn thăm Kampot. Takeo.", 2: " Đoàn thăm Kampot. Takeo.",
             3: " Đoàn thăm Kampot.", 9: " Đoàn thăm Kampot. Takeo."}
    store.save_articles([
        make_article(f"{n:016d}", title=f"Tin số {n}", mentions=[], facts=[],
                     text="Hai tỉnh hợp tác." + extra.get(n, " Thăm Kampot, đoàn thăm."))
        for n in range(1, 10)
    ])

    def window(query: str) -> set[int]:
        return {int(article_id) for article_id, _, _ in store.find(query, 50)}

    assert window("takeo") == {9, 2, 1}
    assert window('"đoàn thăm kampot"') == {9, 3, 2}  # 4 to 8 hold its pairs, apart
    assert window('"thăm kampot"') == {9, 8, 7}


def test_a_phrase_is_found_where_its_words_stand_side_by_side_only(store: Store) -> None:
    # PostgreSQL narrows a phrase to the articles holding its word pairs
    # (search.tsvectors): the pairs must neither lose a match nor add one
    texts = {
        "side": "Lãnh đạo tỉnh và lãnh đạo huyện gặp nhau.",
        "apart": "Tỉnh lớn và lãnh đạo huyện gặp nhau.",
        "pairs": "Tỉnh và nhân dân, và lãnh đạo huyện gặp nhau.",
        "crossing": "và lãnh đạo huyện gặp nhau.",  # `tỉnh` ends the title
    }
    store.save_articles([
        make_article(f"{name:0>16}", title="Hợp tác tỉnh" if name == "crossing" else "Tin",
                     text=text, mentions=[], facts=[])
        for name, text in texts.items()
    ])

    def found(query: str) -> set[str]:
        return {article_id.lstrip("0") for article_id, _, _ in store.find(query, 50)}

    assert found('"tỉnh và lãnh"') == {"side"}
    assert found("tỉnh và lãnh") == set(texts)  # the phrase first, then every word anywhere
    assert [a.lstrip("0") for a, _, _ in store.find("tỉnh và lãnh", 1)] == ["side"]
    assert found('"tỉnh và" OR huyện') == set(texts)  # a word alone implies no pair
    assert found('"tỉnh và" OR "nhân dân"') == {"side", "pairs"}
    assert found('"tỉnh và" -"nhân dân"') == {"side"}
    assert found('"và lãnh" "huyện gặp"') == set(texts)
    assert store.count_matches('"tỉnh và lãnh"') == 1
