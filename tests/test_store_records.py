"""Records kept incrementally, entity indexes and their migration, on real SQLite files
and PostgreSQL databases (query plans and old SQLite schemas on SQLite alone)."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from langgieng.model import Article, Fact, Mention, Record, Source, Span
from langgieng.store import Store, codec, migrate, open_store, record_json, records
from langgieng.store.migrate import MIGRATIONS_DIR

SERIES = "series/vn-kh-border-provinces-conference"
PLACES = ["vn/tay-ninh", "vn/long-an", "kh/kampot", "vn/kien-giang"]
URLS = [None, "https://example.vn/a", "https://baoquocte.vn/tin"]  # the last is official
TEXT = "Tỉnh Kiên Giang và tỉnh Kampot ký biên bản ghi nhớ hợp tác. " * 3


def _random_fact(rng: random.Random) -> Fact:
    """Facts over few keys with values that agree, merge or conflict in every way."""
    kind = rng.choice(["meeting", "relations", "measure", "agreement"])
    if kind == "meeting":
        fields = {"series": SERIES, "edition": rng.choice([11, 12]),
                  "place": rng.choice(PLACES),
                  "start": rng.choice(["2023", "2023-04", "2023-04-25", "2023-05", None])}
    elif kind == "relations":
        fields = {"parties": rng.sample(["vn", "kh"], 2),
                  "date": rng.choice(["1967", "1967-06", "1967-06-24", "1967-06-25"])}
    elif kind == "measure":
        fields = {"indicator": "trade.bilateral", "parties": ["vn", "kh"],
                  "period": rng.choice(["2022", None]), "unit": "USD",
                  "value": rng.choice([10_570_000_000, 10_600_000_000, 9_000_000_000,
                                       7_000_000_000, 5_000_000_000, 3_000_000_000])}
    else:
        fields = {"parties": ["vn/kien-giang", "kh/kampot"], "kind": "mou",
                  "date": rng.choice(["2023-04", "2023-04-25", "2024"]),
                  "topic": rng.choice(["trade", "border", ""])}
    start = rng.choice([0, 10])  # same span twice in an article happens on purpose
    return Fact(kind, fields, Span(start, start + 20), rng.choice([0.6, 0.8, 0.9]), "test")


def _random_articles(seed: int, count: int) -> list[Article]:
    rng = random.Random(seed)
    return [
        Article(
            id=f"{seed:04d}{n:012d}", source=f"/corpus/{n}.txt", format="txt",
            title=f"Bản tin {n}", text=TEXT + str(n), url=rng.choice(URLS),
            published=rng.choice(["2023-04-26", "2023-05-01", "2024", None]),
            mentions=[Mention(0, 4, "Tỉnh", "vn/kien-giang", "province", 0.9, "test")],
            facts=[_random_fact(rng) for _ in range(rng.randrange(1, 5))],
        )
        for n in range(count)
    ]


def _ingest(path: str, batches: list[list[Article]]) -> list[Record]:
    with open_store(path) as store:
        for batch in batches:
            store.save_articles(batch)
            store.refresh_records()
        return store.records(include_rejected=True)


def stored_whole(store: Store) -> None:
    """Rewrite the records as stores before migration 014 kept them: each whole in
    its row (record_json), without tallies or parts."""
    keys = [row[0] for row in store.db.execute("SELECT key FROM records")]
    for key, row in records._stored_rows(store.db, keys).items():
        [ranked] = records._whole_records(store.db, [key])
        places = {name: [option[1] for option in options]
                  for name, options in json.loads(row["claims"]).items()}
        stated = Record(key, ranked.type, ranked.fields, sources=ranked.sources, claims={
            name: [claim for _, claim in sorted(zip(places[name], options, strict=True),
                                                key=lambda pair: pair[0])]
            for name, options in ranked.claims.items()})
        sources, claims = record_json.encode(stated, ranked)
        store.db.execute("UPDATE records SET claims = ?, sources = ?, parts = NULL WHERE key = ?",
                         (claims, sources, key))
    store.db.execute("DELETE FROM record_parts")


def _rebuilt(path: str) -> list[Record]:
    with open_store(path) as store:
        store.refresh_all_records()
        return store.records(include_rejected=True)


@pytest.mark.parametrize("seed", range(10))
def test_records_built_in_batches_equal_records_built_at_once(
    new_store: Callable[[str], str], seed: int
) -> None:
    articles = _random_articles(seed, 40)
    cuts = sorted(random.Random(seed).sample(range(1, 40), 4))
    batches = [articles[a:b] for a, b in zip([0, *cuts], [*cuts, 40], strict=True)]
    in_batches = _ingest(new_store("batches.db"), batches)
    at_once = _ingest(new_store("once.db"), [articles])
    assert len(at_once) >= 4
    assert in_batches == at_once
    assert _rebuilt(new_store("batches.db")) == at_once
    assert any(r.conflicts for r in at_once)  # the data did exercise conflicting claims


def test_small_refresh_chunks_give_the_same_records(
    new_store: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _random_articles(99, 25)
    expected = _ingest(new_store("big.db"), [articles])
    monkeypatch.setattr(records, "CHUNK", 3)
    monkeypatch.setattr(records, "WRITE_SLICE", 2)
    assert _ingest(new_store("small.db"), [articles]) == expected


def test_refresh_rounds_end_with_whole_articles_and_give_the_same_records(
    new_store: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _random_articles(98, 30)
    expected = _ingest(new_store("big.db"), [articles])
    # rounds of 5 facts read 2 at a time: a round ends inside an article
    monkeypatch.setattr(records, "ROUND", 5)
    monkeypatch.setattr(records, "CHUNK", 2)
    path = new_store("rounds.db")
    assert _ingest(path, [articles]) == expected
    with open_store(path) as store:
        # every round added one part to a record it touched: more than one round ran
        assert store.db.execute("SELECT MAX(parts) FROM records").fetchone()[0] > 1
    assert _rebuilt(path) == expected


def test_a_refresh_writes_each_record_once_per_round(store_target: str) -> None:
    articles = _random_articles(97, 30)
    with open_store(store_target) as store:
        store.save_articles(articles)
        store.refresh_records()
        # 30 articles' facts in one round: one part per record, however many pages
        assert store.db.execute("SELECT MAX(parts) FROM records").fetchone()[0] == 1


def test_a_rebuild_writes_only_the_records_that_change(store_target: str) -> None:
    expected = _ingest(store_target, [_random_articles(96, 20), _random_articles(95, 20)])
    assert _rebuilt(store_target) == expected  # records in several parts: written in one
    with open_store(store_target) as store:
        store.db.execute("UPDATE records SET updated_at = 'before'")
        store.db.execute("UPDATE facts SET record_key = 'lost' WHERE id = 1")
        key = store.db.execute("SELECT key FROM records ORDER BY key LIMIT 1").fetchone()[0]
        store.db.execute("UPDATE record_listings SET listing = '{}' WHERE record_key = ?",
                         (key,))
        store.db.execute("INSERT INTO records (key, id, type, fields, claims, sources,"
                         " updated_at, parts) VALUES ('gone', 'gone', 'meeting', '{}', '{}',"
                         " '{}', 'before', 1)")
    assert _rebuilt(store_target) == expected
    with open_store(store_target) as store:
        written = {row[0] for row in store.db.execute(
            "SELECT key FROM records WHERE updated_at <> 'before'")}
        first_fact = store.db.execute("SELECT record_key FROM facts WHERE id = 1").fetchone()[0]
        gone = store.db.execute("SELECT COUNT(*) FROM records WHERE key = 'gone'").fetchone()[0]
    assert first_fact != "lost" and not gone  # a fact keyed again, a record without facts
    assert written == {key} and len(expected) > 1  # the others were left as they were


def test_a_record_in_many_parts_is_written_again_in_one(
    new_store: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _random_articles(31, 40)
    expected = _ingest(new_store("once.db"), [articles])
    monkeypatch.setattr(records, "MAX_PARTS", 2)
    path = new_store("parts.db")
    assert _ingest(path, [articles[n : n + 5] for n in range(0, 40, 5)]) == expected
    with open_store(path) as store:
        assert store.db.execute("SELECT MAX(parts) FROM records").fetchone()[0] == 2
        assert store.db.execute("SELECT MAX(part) FROM record_parts").fetchone()[0] == 1


def test_refresh_with_nothing_new_changes_nothing(store_target: str) -> None:
    path = store_target
    before = _ingest(path, [_random_articles(5, 10)])
    with open_store(path) as store:
        assert store.refresh_records() == 0
        assert store.records(include_rejected=True) == before


def test_a_source_is_stored_once_per_record(store_target: str) -> None:
    articles = _random_articles(7, 40)
    for article in articles:
        article.facts = [Fact("relations", {"parties": ["vn", "kh"], "date": "1967-06-24"},
                              Span(0, 20), 0.8, "test")]
    with open_store(store_target) as store:
        store.save_articles(articles)
        store.refresh_records()
        [part] = store.db.execute("SELECT sources FROM record_parts").fetchall()
        [record] = store.records()
    part = json.loads(part[0])
    assert part["claims"]["date"] == [[0, list(range(40))]]  # claim 0: indexes, not copies
    assert len(part["sources"]) == 40
    assert len(record.claims["parties"][0].sources) == 40
    in_order = sorted(articles, key=lambda a: (a.published or "", a.id))  # by date, then id
    assert record.claims["date"][0].sources[3].article_id == in_order[3].id


# -- records as lists show them ------------------------------------------------------


def _articles_of(sources: list[Source]) -> list[str]:
    return list(dict.fromkeys(s.article_id for s in sources))


def _assert_listed_as_lists_show(listed: Record, whole: Record) -> None:
    """What a list shows of the whole record: the sources of its first 20 articles,
    the best 5 values of a field in conflict with the sources of their first 5
    articles, and how many there are of each."""
    first = set(_articles_of(whole.sources)[:20])
    assert listed.sources == [s for s in whole.sources if s.article_id in first]
    assert (listed.sources_total, listed.articles_total) == (
        len(whole.sources), len(_articles_of(whole.sources)))
    assert listed.fields == whole.fields and listed.conflicts.keys() == whole.conflicts.keys()
    assert listed.values_total == {name: len(c) for name, c in whole.conflicts.items()}
    for name, claims in whole.conflicts.items():
        assert [c.value for c in listed.claims[name]] == [c.value for c in claims[:5]]
        for shown, claim in zip(listed.claims[name], claims, strict=False):
            first_five = set(_articles_of(claim.sources)[:5])
            assert shown.sources == [s for s in claim.sources if s.article_id in first_five]
            assert shown.articles_total == len(_articles_of(claim.sources))


def test_a_listed_record_holds_what_lists_show_of_the_whole_one(store_target: str) -> None:
    batches = [_random_articles(11, 150), _random_articles(12, 150)]
    for n, article in enumerate(batches[1]):  # a figure given eight values
        article.facts.append(Fact("measure", {"indicator": "trade.export", "parties": ["vn", "la"],
                                              "period": "2022", "unit": "USD",
                                              "value": 1_000_000 * (1 + n % 8)},
                                  Span(30, 50), 0.7, "test"))
    whole = _ingest(store_target, batches)
    with open_store(store_target) as store:
        listed = store.records(include_rejected=True, listed=True)
        page = store.records(limit=3, offset=2, listed=True)
    assert [r.key for r in listed] == [r.key for r in whole]
    for shown, record in zip(listed, whole, strict=True):
        _assert_listed_as_lists_show(shown, record)
    assert [r.key for r in page] == [r.key for r in whole][2:5]
    # the data did exercise every cut: many articles, many values, many per value
    assert any(len(_articles_of(r.sources)) > 20 for r in whole)
    assert any(len(c) > 5 for r in whole for c in r.conflicts.values())
    assert any(len(claim.sources) > 5 for r in whole for c in r.conflicts.values()
               for claim in c[:5])


def test_records_stored_before_listings_are_listed_then_given_them(store_target: str) -> None:
    whole = _ingest(store_target, [_random_articles(13, 120)])
    with open_store(store_target) as store:
        kept = dict(store.db.execute("SELECT record_key, listing FROM record_listings").fetchall())
        store.db.execute("DELETE FROM record_listings")  # as migration 011 finds a store
        unlisted = store.records(include_rejected=True, listed=True)
    for shown, record in zip(unlisted, whole, strict=True):
        _assert_listed_as_lists_show(shown, record)
    with open_store(store_target) as store:  # opened to write: listed again
        filled = dict(store.db.execute("SELECT record_key, listing FROM record_listings"))
    assert filled == kept and len(kept) == len(whole)


def test_records_stored_whole_are_read_then_tallied_when_the_store_is_opened_to_write(
    new_store: Callable[[str], str],
) -> None:
    batches = [_random_articles(21, 60), _random_articles(22, 60)]
    path = new_store("old.db")
    whole = _ingest(path, batches[:1])
    with open_store(path) as store:
        listed = store.records(include_rejected=True, listed=True)
        stored_whole(store)  # as migration 014 finds a store
        untallied = "SELECT COUNT(*) FROM records WHERE parts IS NULL"
        assert store.db.execute(untallied).fetchone()[0] == len(whole)
        assert store.records(include_rejected=True) == whole  # read in the old form
    with open_store(path) as store:  # opened to write: tallied
        assert store.db.execute(untallied).fetchone()[0] == 0
        assert store.records(include_rejected=True) == whole
        assert store.records(include_rejected=True, listed=True) == listed
    after = _ingest(path, batches[1:])  # and added to as any record
    assert after == _ingest(new_store("new.db"), batches)
    assert after == _rebuilt(path)


def test_a_record_an_article_was_in_is_rebuilt_when_it_is_extracted_again(
    store_target: str,
) -> None:
    articles = _random_articles(23, 40)
    before = _ingest(store_target, [articles])
    again = {a.id for a in articles[:10]}
    relations = next(r for r in before if r.type == "relations")
    assert again & {s.article_id for s in relations.sources}  # some were in it
    with open_store(store_target) as store:
        for article in articles[:10]:  # extracted again, with other facts
            article.facts = [Fact("relations", {"parties": ["vn", "kh"], "date": "1967-06-25"},
                                  Span(0, 20), 0.9, "test")]
        store.replace_layers(articles[:10])
        store.refresh_records()
        [refreshed] = store.records(type="relations", include_rejected=True)
        assert store.db.execute("SELECT COUNT(*) FROM stale_records").fetchone()[0] > 0
    spans = [(s.article_id, s.evidence) for s in refreshed.sources]
    assert len(spans) == len(set(spans))  # each source once
    assert refreshed == next(r for r in _rebuilt(store_target) if r.key == relations.key)


def _counted(store: Store) -> dict[str, object]:
    """The overview's counts of mentions and facts, counted over every row."""
    def count(sql: str) -> int:
        return int(store.db.execute(sql).fetchone()[0])

    by_type = store.db.execute("SELECT type, COUNT(*) FROM facts GROUP BY type ORDER BY type")
    return {"mentions": count("SELECT COUNT(*) FROM mentions"),
            "linked_mentions": count("SELECT COUNT(*) FROM mentions WHERE entity IS NOT NULL"),
            "facts": {row[0]: int(row[1]) for row in by_type}}


def test_the_counts_kept_by_the_writes_are_the_rows_counted(store_target: str) -> None:
    articles = _random_articles(17, 30)
    for n, article in enumerate(articles):  # some names the linker could not place
        article.mentions.append(Mention(5, 12, "Kiên Gi", None, "province", 0.4, "test") if n % 3
                                else Mention(5, 12, "Kampot", "kh/kampot", "province", 0.9, "t"))
    with open_store(store_target) as store:
        store.save_articles(articles[:20])
        store.save_articles(articles[10:])  # ten stored already: not counted twice
        first = {name: store.stats()[name] for name in ("mentions", "linked_mentions", "facts")}
        assert first == _counted(store) and first["facts"]
        relinked = _random_articles(18, 12)  # other layers for twelve of them
        for article, other in zip(articles[:12], relinked, strict=True):
            article.mentions, article.facts = other.mentions * 2, other.facts[:1]
        store.replace_layers(articles[:12])
        after = {name: store.stats()[name] for name in ("mentions", "linked_mentions", "facts")}
        assert after == _counted(store) and after != first


# -- limits and ordering of entity queries -------------------------------------------


def _dated(article_id: str, published: str, mentions: int = 1) -> Article:
    facts = [Fact("meeting", {"series": SERIES, "edition": int(published[:4]) - 2000,
                              "start": published, "place": "vn/tay-ninh"}, Span(0, 20), 0.8, "t")]
    return Article(
        id=article_id, source=f"/{article_id}.txt", format="txt", title=article_id,
        text=TEXT, published=published, facts=facts,
        mentions=[Mention(0, 4, "Tỉnh", "vn/tay-ninh", "province", 0.9, "t")] * mentions,
    )


def _dated_store(target: str) -> Iterator[Store]:
    with open_store(target) as store:
        store.save_articles([_dated("a" * 16, "2011-03-01", 2), _dated("b" * 16, "2019-05-02"),
                             _dated("c" * 16, "2015-07-03", 3)])
        store.refresh_records()
        yield store


@pytest.fixture
def dated_store(store_target: str) -> Iterator[Store]:
    yield from _dated_store(store_target)


@pytest.fixture
def sqlite_dated_store(tmp_path: Path) -> Iterator[Store]:
    """For the tests that read SQLite's query plans."""
    yield from _dated_store(str(tmp_path / "d.db"))


def test_entity_queries_take_a_limit_and_newest_first(dated_store: Store) -> None:
    facts = dated_store.facts(entity="vn/tay-ninh")
    assert [f.fields["start"] for _, f in facts] == ["2011-03-01", "2015-07-03", "2019-05-02"]
    newest = dated_store.facts(entity="vn/tay-ninh", newest_first=True, limit=2)
    assert [(a, f.fields["start"]) for a, f in newest] == [("b" * 16, "2019-05-02"),
                                                           ("c" * 16, "2015-07-03")]
    assert dated_store.facts(type="meeting", newest_first=True, limit=1)[0][0] == "b" * 16
    assert dated_store.facts(entity="vn/tay-ninh", since="2015", limit=5)[0][0] == "c" * 16

    timeline = dated_store.records(entity="vn/tay-ninh")
    assert [r.fields["edition"] for r in timeline] == [11, 15, 19]
    latest = dated_store.records(entity=SERIES, newest_first=True, limit=2)
    assert [r.fields["edition"] for r in latest] == [19, 15]
    assert dated_store.records(entity="kh", limit=5) == []
    assert len(dated_store.records(type="meeting", limit=2)) == 2

    listed = dated_store.articles_mentioning("vn/tay-ninh", limit=2)
    assert [(s.id[0], n) for s, n in listed] == [("b", 1), ("c", 3)]


def test_replacing_layers_replaces_the_entity_article_rows(dated_store: Store) -> None:
    article = dated_store.get_article("a" * 16)
    article.mentions = [Mention(0, 4, "Tỉnh", "kh/kampot", "province", 0.9, "t")]
    dated_store.replace_layers([article])
    assert [s.id[0] for s, _ in dated_store.articles_mentioning("vn/tay-ninh")] == ["b", "c"]
    assert [(s.id[0], n) for s, n in dated_store.articles_mentioning("kh/kampot")] == [("a", 1)]


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        ("SELECT f.* FROM fact_entities e JOIN facts f ON f.id = e.fact_id WHERE e.entity = ?"
         " ORDER BY e.date DESC, e.fact_id DESC LIMIT 50", "fact_entities_entity_date"),
        ("SELECT r.* FROM record_entities e JOIN records r ON r.key = e.record_key"
         " WHERE e.entity = ? ORDER BY e.date DESC, e.record_key DESC LIMIT 50",
         "record_entities_entity_date"),
        ("SELECT a.id, e.mentions FROM entity_articles e JOIN articles a ON a.id = e.article_id"
         " WHERE e.entity = ? ORDER BY e.published DESC, e.article_id DESC LIMIT 50",
         "entity_articles_published"),
    ],
)
def test_entity_pages_read_an_index_in_order(sqlite_dated_store: Store, sql: str,
                                             index: str) -> None:
    plan = " ".join(row["detail"] for row in sqlite_dated_store.db.execute(
        "EXPLAIN QUERY PLAN " + sql, ("vn/tay-ninh",)))
    assert index in plan
    assert "TEMP B-TREE" not in plan  # no sort of every row of the entity


# -- migration of a version-2 database ------------------------------------------------


def _version_two_database(path: Path, tmp_path: Path) -> None:
    """A database as version 2 of the schema left it, written with plain SQL."""
    folder = tmp_path / "v2"
    folder.mkdir()
    for name in ("001_initial.sql", "002_records.sql"):
        shutil.copy(MIGRATIONS_DIR / name, folder / name)
    db = sqlite3.connect(path, isolation_level=None)
    migrate.migrate(db, folder)
    article = _dated("d" * 16, "2016-01-02", 2)
    db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (*codec.article_row(article), "2024-01-01T00:00:00+00:00"))
    db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   list(codec.mention_rows(article)))
    key = f"meeting|{SERIES}|16"
    db.execute("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (1, *codec.fact_rows(article.id, article.facts[0])[0], key))
    db.executemany("INSERT INTO fact_entities VALUES (1, ?)", [("vn/tay-ninh",), (SERIES,)])
    source = {"article": article.id, "start": 0, "end": 20, "confidence": 0.8,
              "published": "2016-01-02", "url": None}  # version 2 kept objects everywhere
    fields = article.facts[0].fields
    claims = {name: [{"value": value, "sources": [source]}] for name, value in fields.items()}
    db.execute("INSERT INTO records VALUES (?, 'rec0000001', 'meeting', ?, ?, ?, ?, 'now')",
               (key, json.dumps(fields), json.dumps(claims), json.dumps([source]), "2016-01-02"))
    db.executemany("INSERT INTO record_entities VALUES (?, ?)",
                   [(key, "vn/tay-ninh"), (key, SERIES)])
    db.close()


def test_version_two_database_is_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    _version_two_database(path, tmp_path)
    with open_store(path) as store:
        assert store.stats()["schema_version"] == len(list(MIGRATIONS_DIR.glob("*.sql")))
        dates = store.db.execute("SELECT DISTINCT date FROM fact_entities").fetchall()
        assert [tuple(r) for r in dates] == [("2016-01-02",)]
        dates = store.db.execute("SELECT DISTINCT date FROM record_entities").fetchall()
        assert [tuple(r) for r in dates] == [("2016-01-02",)]
        [(summary, count)] = store.articles_mentioning("vn/tay-ninh", limit=5)
        assert (summary.id, count) == ("d" * 16, 2)
        [(_, fact)] = store.facts(entity=SERIES, newest_first=True, limit=5)
        assert fact.fields["edition"] == 16
        [record] = store.records(entity="vn/tay-ninh", newest_first=True, limit=5)
        assert record.claims["place"][0].sources[0].article_id == "d" * 16
        kept = {name: store.stats()[name] for name in ("mentions", "linked_mentions", "facts")}
        assert kept == _counted(store) and kept["mentions"] == 2  # counted by migration 012
        [listed] = store.records(entity="vn/tay-ninh", limit=5, listed=True)  # filled on open
        assert listed.sources == record.sources and listed.sources_total == 1
        assert store.db.execute("SELECT COUNT(*) FROM record_listings").fetchone()[0] == 1

        # a new report of the same meeting is added to the record of the old format
        store.save_articles([_dated("e" * 16, "2016-01-02")])
        assert store.refresh_records() == 1
        [record] = store.records(entity="vn/tay-ninh")
        assert len(record.claims["place"][0].sources) == 2
        assert [s.article_id for s in record.sources] == ["d" * 16, "e" * 16]


def test_a_page_of_records_is_cut_from_an_index_not_a_sort_of_every_record(
    sqlite_dated_store: Store,
) -> None:
    dated_store = sqlite_dated_store
    statements: list[str] = []
    dated_store.db.set_trace_callback(statements.append)
    try:
        page = dated_store.records(limit=2, offset=1)
    finally:
        dated_store.db.set_trace_callback(None)
    assert [r.key for r in page] == [r.key for r in dated_store.records()][1:3]
    [cut] = [s for s in statements if "LIMIT" in s]
    plan = " ".join(row["detail"] for row in dated_store.db.execute("EXPLAIN QUERY PLAN " + cut))
    assert "records_date" in plan and "TEMP B-TREE" not in plan


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=20))
def test_json_columns_are_written_as_json_dumps_writes_them(value: object) -> None:
    # the encoder made once gives what json.dumps gives with the columns' settings
    assert record_json.dumps(value) == json.dumps(value, ensure_ascii=False,
                                                  separators=(",", ":"))
