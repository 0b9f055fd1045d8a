"""Search queries and snippets, independent of the database.

The index holds folded text (`normalize.fold`: lower case, no diacritics, same
length), and the query is folded the same way, so `kien giang` and `Kiên Giang`
are one query. User input never reaches the FTS parser as syntax: it is cut
into word tokens and each is quoted. Snippets are cut from the real text, using
offsets found in its folded form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from langgieng.model import Span
from langgieng.normalize import fold, nfc

# What FTS5's unicode61 tokenizer treats as one token: a run of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
_MAX_TERMS = 32
_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str
    snippet: str
    score: float  # higher is better


def query_terms(query: str) -> list[str]:
    """The folded word tokens of a user's query, in order."""
    return _TOKEN.findall(fold(nfc(query)))[:_MAX_TERMS]


def match_expressions(terms: Sequence[str]) -> list[str]:
    """FTS5 MATCH strings, best first: the words as one phrase, then all words anywhere.

    Tokens contain only letters and digits, so quoting them cannot be escaped.
    """
    if not terms:
        return []
    quoted = [f'"{term}"' for term in terms]
    every_word = " AND ".join(quoted)
    if len(terms) == 1:
        return [every_word]
    return ['"' + " ".join(terms) + '"', every_word]


@lru_cache(maxsize=256)
def _words(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(f"{_NOT_WORD_BEFORE}(?:{alternatives}){_NOT_WORD_AFTER}", re.IGNORECASE)


@lru_cache(maxsize=256)
def _phrase(terms: tuple[str, ...]) -> re.Pattern[str]:
    words = r"[^\w]+".join(re.escape(t) for t in terms)
    return re.compile(f"{_NOT_WORD_BEFORE}{words}{_NOT_WORD_AFTER}", re.IGNORECASE)


def highlight_spans(
    text: str, terms: Sequence[str], *, folded: str | None = None, start: int = 0,
    end: int | None = None,
) -> list[Span]:
    """Where the query's words occur in `text[start:end]` (whole words, diacritics
    ignored); neighbouring hits separated only by spaces are joined into one span.
    `folded` is `fold(text)` when the caller has it already."""
    if not terms:
        return []
    folded = _folded(text, folded)
    spans: list[Span] = []
    for match in _words(tuple(terms)).finditer(folded, start, len(text) if end is None else end):
        if spans and not text[spans[-1].end : match.start()].strip(" "):
            spans[-1] = Span(spans[-1].start, match.end())
        else:
            spans.append(Span(match.start(), match.end()))
    return spans


def _folded(text: str, folded: str | None) -> str:
    return folded if folded is not None and len(folded) == len(text) else fold(text)


def _first_hit(folded: str, terms: tuple[str, ...]) -> int:
    """Offset of the whole query as a phrase if it occurs, else of its first word."""
    found = (_phrase(terms).search(folded) if len(terms) > 1 else None) or (
        _words(terms).search(folded) if terms else None
    )
    return found.start() if found else 0


def _window(text: str, centre: int, width: int) -> tuple[int, int]:
    """About `width` characters around `centre`, cut at spaces."""
    start = max(0, centre - width // 3)
    if start > 0:
        space = text.find(" ", start, centre)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", max(centre, start), end)
        end = space if space > centre else end
    return start, end


def snippet(
    text: str,
    terms: Sequence[str],
    *,
    folded: str | None = None,
    width: int = 200,
    marks: tuple[str, str] = ("[", "]"),
    escape: Callable[[str], str] | None = None,
) -> str:
    """A piece of the real `text` around the first hit, with the hits between `marks`.

    `escape` is applied to the text (not to the marks): the web UI passes
    `html.escape` with `("<mark>", "</mark>")`.
    """
    esc = escape or (lambda s: s)
    folded = _folded(text, folded)
    start, end = _window(text, _first_hit(folded, tuple(terms)), width)
    spans = highlight_spans(text, terms, folded=folded, start=start, end=end + width)
    spans = [span for span in spans if span.start < end]
    end = max([end] + [span.end for span in spans])  # never cut a hit
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for span in spans:
        pieces += [esc(text[cursor : span.start]), marks[0], esc(text[span.start : span.end]),
                   marks[1]]
        cursor = span.end
    pieces += [esc(text[cursor:end]), "…" if end < len(text) else ""]
    return " ".join("".join(pieces).split())
