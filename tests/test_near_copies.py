"""Near-copies: a story another outlet reprints (new headline, a paragraph
trimmed, a credit line added) is stored once, the reprint kept as another
outlet of it; a different story on the same subject is stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result
from webclient import local_client

from langgieng.cli import main
from langgieng.store import copies, open_store

STORY = [
    "Sáng 14/3/2024, tại thành phố Kon Tum, Ủy ban nhân dân tỉnh Kon Tum và Chính quyền tỉnh "
    "Sê Kông đã tổ chức hội đàm và ký biên bản ghi nhớ hợp tác giai đoạn 2024-2028.",
    "Theo biên bản ghi nhớ, hai tỉnh thống nhất đẩy mạnh hợp tác trong các lĩnh vực nông nghiệp, "
    "giáo dục, y tế, thương mại, du lịch và bảo đảm an ninh trật tự khu vực biên giới.",
    "Năm 2023, kim ngạch xuất nhập khẩu giữa hai tỉnh đạt 96 triệu USD; hai bên phấn đấu đưa kim "
    "ngạch thương mại lên 150 triệu USD vào năm 2028.",
    "Phát biểu tại buổi hội đàm, lãnh đạo tỉnh Sê Kông cảm ơn sự giúp đỡ quý báu của tỉnh Kon Tum "
    "trong đào tạo cán bộ, xây dựng trường học và trạm y tế tại các huyện biên giới của tỉnh bạn.",
]
OTHER = [
    "Ngày 20/5/2024, đoàn công tác tỉnh Kon Tum đã làm việc với tỉnh Attapư về công tác tìm "
    "kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.",
    "Mùa khô 2023-2024, Đội K52 đã tìm kiếm, quy tập được 12 hài cốt liệt sĩ trên địa bàn tỉnh "
    "Attapư và hai tỉnh lân cận, nâng tổng số hài cốt quy tập được lên hơn 1.200 hài cốt.",
    "Hai bên thống nhất tiếp tục phối hợp chặt chẽ trong mùa khô tới, tạo điều kiện để các đội "
    "quy tập mở rộng tìm kiếm ở những địa bàn khó khăn, xa xôi và hiểm trở của tỉnh bạn.",
]


def write_jsonl(path: Path, items: list[dict]) -> None:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")


def test_a_reprinted_story_is_stored_once_with_every_outlet(
    tmp_path: Path, store_target: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "feed.jsonl", [
        {"title": "Kon Tum và Sê Kông ký biên bản ghi nhớ", "text": "\n\n".join(STORY),
         "url": "https://first.example.vn/a", "published": "2024-03-14"},
        {"title": "Hai tỉnh Kon Tum - Sê Kông tăng cường hợp tác",  # another outlet's reprint
         "text": "\n\n".join([*STORY[:3], STORY[3] + " (Theo TTXVN)"]),
         "url": "https://second.example.vn/b", "published": "2024-03-15"},
        {"title": "Kon Tum và Attapư phối hợp quy tập hài cốt liệt sĩ", "text": "\n\n".join(OTHER),
         "url": "https://first.example.vn/c", "published": "2024-05-20"},
    ])
    db = store_target
    done = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "stored 2, duplicates 0, rejected 0, near-copies 1" in done.output
    with open_store(db) as store:
        first = next(a for a in store.list_articles(limit=10) if a.url.endswith("/a"))
        assert [url for _, url, _ in store.copies_of(first.id)] == ["https://second.example.vn/b"]
    with local_client(db) as client:
        shown = client.get(f"/api/articles/{first.id}").json()
        assert [c["site"] for c in shown["copies"]] == ["second.example.vn"]
        assert "second.example.vn" in client.get(f"/articles/{first.id}").text
    # the same files again: nothing new, and the reprint is not counted twice
    again = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert "stored 0, duplicates 2, rejected 0, near-copies 1" in again.output
    with open_store(db) as store:
        assert len(store.copies_of(first.id)) == 1


def test_one_worker_and_two_find_the_same_copies(
    tmp_path: Path, new_store: Callable[[str], str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    items = [{"title": f"Bản tin {n}", "text": "\n\n".join(STORY if n % 2 else OTHER),
              "url": f"https://site{n}.example.vn/x", "published": "2024-03-15"}
             for n in range(6)]
    write_jsonl(folder / "feed.jsonl", items)
    kept = []
    for workers in ("1", "2"):
        db = new_store(f"w{workers}.db")
        done = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder),
                                         "--workers", workers])
        assert "stored 2, duplicates 0, rejected 0, near-copies 4" in done.output, done.output
        with open_store(db) as store:
            kept.append(sorted(tuple(row) for row in store.db.execute(
                "SELECT article_id, copy_id, url FROM article_copies")))
    assert kept[0] == kept[1]



def _ingest_story(folder: Path, db: str, title: str, url: str, published: str) -> Result:
    """Ingest the story alone, under this title and address, from `folder`."""
    folder.mkdir(exist_ok=True)
    write_jsonl(folder / "feed.jsonl", [
        {"title": title, "text": "\n\n".join(STORY), "url": url, "published": published}])
    return CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])


def test_re_extracting_signs_the_articles_stored_before_near_copies(
    tmp_path: Path, store_target: str
) -> None:
    folder, db = tmp_path / "in", store_target
    _ingest_story(folder, db, "Kon Tum và Sê Kông ký biên bản ghi nhớ",
                  "https://first.example.vn/a", "2024-03-14")
    with open_store(db) as store:  # as a store from before migration 009 holds them
        store.db.execute("DELETE FROM article_signatures")
    CliRunner().invoke(main, ["--db", str(db), "reconcile", "--reextract"])
    again = _ingest_story(folder, db, "Một bản tin khác", "https://second.example.vn/b",
                          "2024-03-15")
    assert "stored 0, duplicates 0, rejected 0, near-copies 1" in again.output, again.output


def test_the_stored_bands_are_those_datasketch_would_index() -> None:
    from datasketch import MinHashLSH

    from langgieng.store import copies

    lsh = MinHashLSH(threshold=copies.SIMILAR, num_perm=copies.PERMUTATIONS)
    assert (lsh.b, lsh.r) == (copies.BANDS, copies.ROWS)


def test_signatures_kept_before_bands_are_banded_when_an_ingest_looks_for_copies(
    tmp_path: Path, store_target: str
) -> None:
    folder, db = tmp_path / "in", store_target
    _ingest_story(folder, db, "Kon Tum và Sê Kông ký biên bản ghi nhớ",
                  "https://first.example.vn/a", "2024-03-14")
    with open_store(db) as store:  # as migration 013 finds a store
        store.db.execute("DELETE FROM article_bands")
    again = _ingest_story(folder, db, "Một bản tin khác", "https://second.example.vn/b",
                          "2024-03-15")
    assert "stored 0, duplicates 0, rejected 0, near-copies 1" in again.output, again.output
    with open_store(db) as store:
        assert store.db.execute("SELECT COUNT(*) FROM article_bands").fetchone()[0] == 5


@pytest.mark.parametrize("count", [1, 2, 56, 1000])
def test_minhash_values_are_datasketchs(count: int) -> None:
    """The signature's values, worked out in whole arrays, are those of datasketch's
    MinHash of the same hashes (the scheme stored signatures are compared in)."""
    from datasketch import MinHash

    hashes = np.random.default_rng(count).integers(0, 2**32, count, dtype=np.uint64)
    sketch = MinHash(num_perm=copies.PERMUTATIONS, seed=copies.SEED, hashfunc=int,
                     scheme=copies.SCHEME)
    sketch.update_batch(hashes.tolist())
    assert copies.minhash_values(hashes).tolist() == sketch.hashvalues.tolist()
