"""Synthetic benchmark articles of about 1,000 syllables.

Paragraphs come from the example articles bundled with the package (or, when
there are none, the seed articles in ../shared/corpus/seeds), cleaned by the
real `clean` stage; each generated article joins a random draw of them under
a numbered title, so every article has its own content hash. Nothing is
copied into the repository: the articles are written to a temporary folder.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from langgieng.model import Rejection
from langgieng.pipeline import Pipeline
from langgieng.read import read_paths

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "langgieng" / "examples", REPO / "examples",
           REPO.parent / "shared" / "corpus" / "seeds")
SUFFIXES = (".txt", ".html", ".jsonl")
_SYLLABLE = re.compile(r"\w+")
_MARKUP = re.compile(r"<[a-zA-Z/!]|\{\"")  # a stub reader may hand over raw HTML or JSON
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
_YEAR = re.compile(r"19[5-9]\d|20[0-4]\d")


def syllables(text: str) -> int:
    """Vietnamese writes one syllable per word token."""
    return len(_SYLLABLE.findall(text))


def source_files(folder: Path | None = None) -> list[Path]:
    """Article files of the given folder, or of the first bundled source that has any."""
    for candidate in (folder,) if folder else SOURCES:
        files = sorted(p for p in candidate.glob("*") if p.suffix in SUFFIXES)
        if files:
            return files
    where = folder or ", ".join(map(str, SOURCES))
    raise SystemExit(f"no example articles found in {where}")


def paragraph_pool(files: Iterable[Path], pipeline: Pipeline) -> list[str]:
    """Clean paragraphs of at least ten syllables from the given articles."""
    pool: list[str] = []
    for raw in read_paths(list(files)):
        if isinstance(raw, Rejection):
            continue
        article = pipeline.prepare(raw)
        if isinstance(article, Rejection):
            continue
        for paragraph in article.text.split("\n"):
            paragraph = paragraph.strip()
            if syllables(paragraph) >= 10 and not _MARKUP.search(paragraph):
                pool.append(paragraph)
    if not pool:
        raise SystemExit("the example articles gave no usable paragraphs")
    return pool


def vary(paragraph: str, rng: random.Random, year_shift: int) -> str:
    """Move every year by the same shift and redraw large figures, so that a big
    store holds many distinct facts rather than the same few thousands of times."""

    def redraw(match: re.Match[str]) -> str:
        number = match.group(0)
        if _YEAR.fullmatch(number):
            return str(int(number) + year_shift)
        in_date = "/" in match.string[max(0, match.start() - 1) : match.end() + 1]
        if in_date or sum(c.isdigit() for c in number) < 3:
            return number  # days, months, editions, small counts stay as written
        digits = [str(rng.randrange(1, 10))]
        digits += [str(rng.randrange(10)) if c.isdigit() else c for c in number[1:]]
        return "".join(digits)

    return _NUMBER.sub(redraw, paragraph)


def compose(pool: list[str], number: int, *, target: int = 1000, seed: int = 0) -> str:
    """Article `number` as a .txt file body: a title line, a rule, paragraphs."""
    rng = random.Random(seed * 1_000_003 + number)
    year_shift = rng.randrange(-20, 1)
    words = rng.choice(pool).split()[:10]
    title = f"{' '.join(words)} (bản tin {number})"
    body: list[str] = []
    count = 0
    order: list[str] = []
    while count < target:
        if not order:
            order = rng.sample(pool, len(pool))
        paragraph = vary(order.pop(), rng, year_shift)
        body.append(paragraph)
        count += syllables(paragraph)
    return f"{title}\n-----\n" + "\n\n".join(body) + "\n"


def generate(pool: list[str], numbers: Iterable[int], *, target: int = 1000,
             seed: int = 0) -> Iterator[tuple[int, str]]:
    for number in numbers:
        yield number, compose(pool, number, target=target, seed=seed)


def write_articles(folder: Path, pool: list[str], numbers: Iterable[int], *,
                   target: int = 1000, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in generate(pool, numbers, target=target, seed=seed):
        path = folder / f"bench_{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
