#!/usr/bin/env python3
"""The real-article evaluation set: add an excerpt, check the texts, list what to refill.

The gold files (with their provenance) are committed under
tests/data/real/{dev,test}/gold/; the article texts are third-party prose and
live only in the ignored tests/data/real/{dev,test}/corpus/ folders.

    python scripts/real_set.py heldout URL          # exit 1 when URL is held out
    .venv/bin/python scripts/real_set.py add --query Q --rank N --url U --text FILE
    python scripts/real_set.py check                # every text present and unchanged?

`check` lists each missing or changed text with the query and rank that found
it: search stored public pages (corpus `pages`) with that query, take the
result at that rank, save its excerpt as the named file, and run `check` again.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
HELDOUT = ROOT.parent / "shared" / "heldout-urls.sha256"
SPLITS = ("dev", "test")


def canonical_text(text: str) -> str:
    """The text as hashed: NFC, LF line ends, no trailing spaces, one final newline."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def heldout_hashes() -> set[str]:
    if not HELDOUT.exists():
        sys.exit(f"real_set: {HELDOUT} not found; cannot check held-out urls")
    return {line.split()[0].lower() for line in HELDOUT.read_text().splitlines() if line.strip()}


def is_heldout(url: str) -> bool:
    return sha256(url.strip()) in heldout_hashes()


def same_opening(a: str, b: str, size: int = 300, least: int = 120) -> bool:
    """Two excerpts that open alike (on their first 300 characters, or all of the
    shorter one when it is at least 120): one article."""
    a, b = a.rstrip(), b.rstrip()
    n = min(size, len(a), len(b))
    return n >= least and a[:n] == b[:n]


def near_copy(a: str, b: str) -> bool:
    """Two excerpts of one story under different page furniture (a site's header before
    it, a credit line after): as alike as the store's near-copies (MinHash of five-word
    shingles, estimated Jaccard similarity of at least `copies.SIMILAR`)."""
    copies = _copies()[1]
    first, second = _signature(a), _signature(b)
    return first is not None and second is not None and (
        copies.similarity(first, second) >= copies.SIMILAR)


@functools.cache
def _copies():
    """The store's near-copy module (the project's packages: run with its environment)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        from langgieng.normalize import fold
        from langgieng.store import copies
    except ImportError as exc:
        sys.exit(f"real_set: comparing excerpts needs the project's packages ({exc}); "
                 "run it with .venv/bin/python")
    return fold, copies


@functools.cache
def _signature(text: str) -> bytes | None:
    fold, copies = _copies()
    return copies.signature("", fold(text))


def gold_files():
    for split in SPLITS:
        yield from sorted((REAL / split / "gold").glob("*.json"))


def split_of(url: str) -> str:
    """Half the set for reading misses, half for figures only: the smaller half,
    or on a tie the half the url's hash picks."""
    sizes = {split: len(list((REAL / split / "gold").glob("*.json"))) for split in SPLITS}
    if sizes["dev"] != sizes["test"]:
        return min(SPLITS, key=lambda split: sizes[split])
    return SPLITS[int(sha256(url.strip())[:8], 16) % 2]


def add(query: str, rank: int, url: str, text_file: Path) -> None:
    url = url.strip()
    if is_heldout(url):
        sys.exit(f"real_set: {url} is held out for acceptance; choose another article")
    text = canonical_text(text_file.read_text(encoding="utf-8"))
    for path in gold_files():
        gold = json.loads(path.read_text())
        known = path.parent.parent / "corpus" / f"{gold['doc']}.txt"
        # the same page under its address in other letters, or its text under another address
        if gold["provenance"]["url"].lower() == url.lower() or (known.exists() and (
                same_opening(old := known.read_text(encoding="utf-8"), text)
                or near_copy(old, text))):
            sys.exit(f"real_set: {url} is already in the set as {path.relative_to(ROOT)}")
    for seed in sorted((ROOT.parent / "shared" / "corpus" / "seeds").glob("*.txt")):
        if canonical_text(seed.read_text(encoding="utf-8"))[:300] == text[:300]:
            sys.exit(f"real_set: this excerpt is the seed article {seed.name}; choose another")
    split = split_of(url)
    doc = "r_" + sha256(url)[:12]
    corpus = REAL / split / "corpus"
    gold_dir = REAL / split / "gold"
    corpus.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    (corpus / f"{doc}.txt").write_text(text, encoding="utf-8")
    gold = {
        "doc": doc,
        "provenance": {"query": query, "rank": rank, "url": url, "sha256": sha256(text)},
        "published": None,
        "entities": [],
        "mentions": [],
        "facts": [],
    }
    gold_path = gold_dir / f"{doc}.json"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{split} {doc}\n  text: {(corpus / f'{doc}.txt').relative_to(ROOT)}")
    print(f"  gold: {gold_path.relative_to(ROOT)} (fill in published, entities, mentions, facts)")


def check() -> int:
    held = heldout_hashes()
    bad = 0
    count = 0
    for path in gold_files():
        count += 1
        gold = json.loads(path.read_text())
        prov = gold["provenance"]
        if sha256(prov["url"]) in held:
            print(f"HELD OUT  {path.relative_to(ROOT)}: remove it from the set")
            bad += 1
        text_path = path.parent.parent / "corpus" / f"{gold['doc']}.txt"
        where = f"{text_path.relative_to(ROOT)}  query={prov['query']!r} rank={prov['rank']}"
        if not text_path.exists():
            print(f"MISSING   {where}")
            bad += 1
        elif sha256(canonical_text(text_path.read_text(encoding="utf-8"))) != prov["sha256"]:
            print(f"CHANGED   {where}")
            bad += 1
    print(f"{count} articles, {count - bad} with their text in place")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    held = commands.add_parser("heldout", help="is this url held out?")
    held.add_argument("url")
    new = commands.add_parser("add", help="add an excerpt and a gold skeleton")
    new.add_argument("--query", required=True)
    new.add_argument("--rank", required=True, type=int)
    new.add_argument("--url", required=True)
    new.add_argument("--text", required=True, type=Path, help="file holding the excerpt")
    commands.add_parser("check", help="check every text against its sha256")
    args = parser.parse_args()
    if args.command == "heldout":
        out = is_heldout(args.url)
        print("held out" if out else "not held out")
        return 1 if out else 0
    if args.command == "add":
        add(args.query, args.rank, args.url, args.text)
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
