"""Search queries and snippets, independent of the database.

The index holds folded text (`normalize.fold`: lower case, no diacritics, same
length), and the query is folded the same way, so `kien giang` and `Kiên Giang`
are one query. User input never reaches the FTS parser as syntax: it is read
by our own small query language (`"a phrase"`, `a OR b`, `-word`), cut into word
tokens, and each term is quoted. Snippets are cut from the real text, using
offsets found in its folded form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from langgieng.model import Span
from langgieng.normalize import fold, nfc

# What FTS5's unicode61 tokenizer treats as one token: a run of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
_MAX_TERMS = 32
_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"


# an article a search finds: (article id, its row in the index or None when found through
# its link to the entity the query names, score)
Found = tuple[str, int | None, float]


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str
    snippet: str
    score: float  # higher is better


# the query language: `"a phrase"`, `OR` between two terms, `-word` or `-"a phrase"` out
_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A user's query: every group must match (a group is one term, or terms
    joined by OR), none of the excluded terms may; a term is a word or a phrase,
    as folded word tokens."""

    groups: tuple[tuple[tuple[str, ...], ...], ...]
    excluded: tuple[tuple[str, ...], ...] = ()
    syntax: bool = False  # quotes, OR or `-`: the user asked for exactly this

    @property
    def terms(self) -> list[str]:
        """The tokens the hits contain (for highlighting), in order."""
        return [token for group in self.groups for term in group for token in term]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Which articles a search may return, besides matching its words."""

    entity: str | None = None  # linked to this entity
    type: str | None = None  # stating a fact of this type
    outlet: str | None = None  # from this site (`vov.vn`: its subdomains too)
    since: str | None = None  # published on or after (YYYY, YYYY-MM or YYYY-MM-DD)
    until: str | None = None  # published on or before, the bound's whole period included

    def __bool__(self) -> bool:
        return any((self.entity, self.type, self.outlet, self.since, self.until))

    def where(self, column: str = "article_id", *,
              ends_with: str = "substr({}, -length(?)) = ?") -> tuple[str, list[str]]:
        """` AND <column> IN (...)` choosing the articles, and its parameters; every
        value is a parameter, never SQL. `ends_with` is the dialect's test of a suffix."""
        tests, params = [], []
        if self.entity:
            tests.append("a.id IN (SELECT article_id FROM entity_articles WHERE entity = ?)")
            params.append(self.entity)
        if self.type:
            tests.append("EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id"
                         " AND f.type = ?)")
            params.append(self.type)
        if self.outlet:
            host = self.outlet.lower().removeprefix("www.")
            tests.append("(host_of(a.url) = ? OR " + ends_with.format("host_of(a.url)") + ")")
            params += [host, "." + host, "." + host]
        if self.since:
            tests.append("a.published >= ?")
            params.append(self.since)
        if self.until:
            tests.append("substr(a.published, 1, length(?)) <= ?")
            params += [self.until, self.until]
        if not tests:
            return "", []
        return f" AND {column} IN (SELECT a.id FROM articles a WHERE {' AND '.join(tests)})", params


def host_of(url: str | None) -> str:
    """The host of an article's address, lower case, without `www.` (SQL `host_of`)."""
    if not url or "://" not in url:
        return ""
    host = url.split("://", 1)[1].split("/", 1)[0].split("@")[-1].split(":")[0].lower()
    return host.removeprefix("www.")


def parse_query(query: str) -> ParsedQuery:
    """`"kon tum" sekong OR attapeu -lào`: the phrase, either of two words, and not
    the last. Without quotes, OR or `-`, every word is one group."""
    groups: list[list[tuple[str, ...]]] = []
    excluded: list[tuple[str, ...]] = []
    syntax, join_next = False, False
    for minus, quoted, bare in _QUERY_TOKEN.findall(nfc(query)):
        if bare == "OR" and groups:
            syntax = join_next = True
            continue
        negative = bool(minus) or (bare.startswith("-") and len(bare) > 1)
        words = tuple(_TOKEN.findall(fold(bare or quoted)))
        if not words:
            continue
        syntax = syntax or negative or bool(quoted) or not bare
        if negative:
            excluded.append(words)
        elif quoted or not bare:
            _add(groups, words, join_next)
        else:
            for index, word in enumerate(words):  # `kon-tum` is two words, as FTS splits it
                _add(groups, (word,), join_next and index == 0)
        join_next = False
    count = 0
    kept: list[tuple[tuple[str, ...], ...]] = []
    for group in groups:  # at most _MAX_TERMS tokens in all
        count += sum(len(term) for term in group)
        if count > _MAX_TERMS:
            break
        kept.append(tuple(group))
    return ParsedQuery(tuple(kept), tuple(excluded[:_MAX_TERMS]), syntax)


def _add(groups: list[list[tuple[str, ...]]], term: tuple[str, ...], join: bool) -> None:
    if join and groups:
        groups[-1].append(term)
    else:
        groups.append([term])


def query_terms(query: str) -> list[str]:
    """The folded word tokens a hit of the user's query contains, in order."""
    return parse_query(query).terms


def match_expressions(query: ParsedQuery | list[str] | tuple[str, ...]) -> list[str]:
    """FTS5's MATCH strings of a query (see `fts5_expressions`)."""
    if not isinstance(query, ParsedQuery):
        query = ParsedQuery(tuple(((term,),) for term in query))
    return fts5_expressions(query)


def fts5_expressions(query: ParsedQuery) -> list[str]:
    """FTS5 MATCH strings, best first. Plain words: the words as one phrase, then
    all of them anywhere; a query with syntax: exactly what it says.

    Tokens contain only letters and digits, so quoting them cannot be escaped.
    """
    if not query.groups:
        return []
    if query.syntax:
        expression = " AND ".join(
            "(" + " OR ".join(_quoted(term) for term in group) + ")" for group in query.groups)
        for term in query.excluded:
            expression += " NOT " + _quoted(term)
        return [expression]
    terms = query.terms
    every_word = " AND ".join(f'"{term}"' for term in terms)
    if len(terms) == 1:
        return [every_word]
    return ['"' + " ".join(terms) + '"', every_word]


def _quoted(term: tuple[str, ...]) -> str:
    return '"' + " ".join(term) + '"'


_FTS5_PHRASE = re.compile(r'"([^"]*)"')


def fts5_rank_expression(expression: str) -> str:
    """What bm25 scores the matches of an `fts5_expressions` string by: where it holds
    a phrase of several words, the same with each phrase as its words (`"a" AND "b"`)
    and nothing left out (its matches hold them all), else the string itself.

    bm25 first counts the articles holding each phrase in the whole index: for a
    phrase of common words that reads their positions in every article (50-90 ms at
    100,000 articles), for a word only its list of articles. PostgreSQL's ts_rank
    scores a phrase by its words too."""
    positive = expression.split(" NOT ")[0]
    if all(" " not in phrase for phrase in _FTS5_PHRASE.findall(positive)):
        return expression
    return _FTS5_PHRASE.sub(_every_word, positive)


def _every_word(phrase: re.Match[str]) -> str:
    words = phrase[1].split()
    return "(" + " AND ".join(f'"{word}"' for word in words) + ")" if len(words) > 1 else phrase[0]


def tsquery_expressions(query: ParsedQuery) -> list[str]:
    """PostgreSQL tsquery texts of a query, in the order and with the meaning of
    `fts5_expressions`: a phrase is its words at adjacent positions (`<->`).

    Where the query holds a phrase, the text goes on with a tsquery of the same
    query over `terms` (`tsvectors`: the words and word pairs, no positions),
    after TERMS_EXACT when it finds just the same articles (no phrase of more than
    two words), else after TERMS_IMPLIED (every match holds them)."""
    if not query.groups:
        return []
    if query.syntax:
        expression = " & ".join(
            "(" + " | ".join(_phrase_query(term) for term in group) + ")"
            for group in query.groups)
        for term in query.excluded:
            expression += " & !" + _phrase_query(term)
        return [_with_terms(expression, query.groups, query.excluded)]
    terms = query.terms
    every_word = " & ".join(_lexeme(term) for term in terms)
    if len(terms) == 1:
        return [every_word]
    phrase = "(" + " <-> ".join(_lexeme(term) for term in terms) + ")"
    return [_with_terms(phrase, ((tuple(terms),),), ()), every_word]


def _phrase_query(term: tuple[str, ...]) -> str:
    return "(" + " <-> ".join(_lexeme(token) for token in term) + ")"


TERMS_EXACT = "\x1e"  # parts a tsquery text from its terms' tsquery (no token holds it)
TERMS_IMPLIED = "\x1f"
PAIR_JOIN = "_"  # joins two words into one lexeme of `terms` (no token holds it)
_MAX_LEXEME_BYTES = 2046  # the longest lexeme a tsvector takes


def _pair(first: str, second: str) -> str | None:
    pair = first + PAIR_JOIN + second
    return pair if len(pair.encode()) <= _MAX_LEXEME_BYTES else None


def _with_terms(expression: str, groups: tuple[tuple[tuple[str, ...], ...], ...],
                excluded: tuple[tuple[str, ...], ...]) -> str:
    if all(len(term) == 1 for group in groups for term in group):
        return expression  # words alone: the index of the words finds just their articles
    exact = True

    def over_terms(term: tuple[str, ...]) -> str:
        nonlocal exact
        pairs = [_pair(a, b) for a, b in pairwise(term)]
        exact = exact and len(term) <= 2 and all(pairs)
        lexemes = pairs if pairs and all(pairs) else term
        return "(" + " & ".join(_lexeme(str(lexeme)) for lexeme in lexemes) + ")"

    terms = " & ".join("(" + " | ".join(over_terms(term) for term in group) + ")"
                       for group in groups)
    for term in excluded:
        pair = _pair(*term) if len(term) == 2 else None
        if len(term) == 1 or pair:
            terms += " & !" + _lexeme(pair or term[0])
        else:
            exact = False  # `!(a_b & b_c)` is not implied by `!(a <-> b <-> c)`
    return expression + (TERMS_EXACT if exact else TERMS_IMPLIED) + terms


def _lexeme(token: str) -> str:
    # tokens hold only letters and digits: nothing in them can end the quotes
    return "'" + token + "'"


MAX_POSITION = 16383  # the last word position a tsvector keeps (later words share it)
MAX_LEXEMES = 1 << 19  # bytes of distinct words, well inside a tsvector's 1 MB


def tsvectors(folded_title: str, folded_text: str) -> tuple[str, str]:
    """The folded title and text as the input of two tsvectors, cut into words as
    FTS5's unicode61 does (`_TOKEN`), so that both databases find the same articles.

    `document`: each word with its positions; the title's words weigh A, the
    text's D; a gap between them keeps a phrase from running from the one into the
    other, as FTS5's columns do.

    `terms`: the same words and the pairs of words that stand side by side (`a_b`),
    without positions. A GIN index keeps no positions: a phrase of two common words
    that seldom stand together (`tinh va lanh`) was tested in every article holding
    both words, about 1 s at 100,000 articles; its pairs find the few that may hold
    it. Only words a phrase can match in `document` (position at most MAX_POSITION)
    are paired."""
    title = _TOKEN.findall(folded_title)
    parts = (("A", title, 1), ("", _TOKEN.findall(folded_text), len(title) + 2))
    positions = _positions(parts)
    terms = set(positions)
    for _, words, first in parts:
        words = words[: max(0, MAX_POSITION - first + 1)]
        terms.update(pair for a, b in pairwise(words) if (pair := _pair(a, b)))
    document = " ".join(f"'{word}':{','.join(places)}" for word, places in positions.items())
    return document, " ".join(_lexeme(term) for term in terms)


def _positions(parts: tuple[tuple[str, list[str], int], ...]) -> dict[str, list[str]]:
    """Each word's positions, from (weight, words, first position) of title and text."""
    positions: dict[str, list[str]] = {}
    size = 0
    for weight, words, first in parts:
        for index, word in enumerate(words):
            found = positions.get(word)
            if found is None:
                size += len(word.encode()) + 8
                if size > MAX_LEXEMES:
                    break
                found = positions[word] = []
            if len(found) < 256:  # as many as a tsvector keeps of one word
                found.append(f"{min(first + index, MAX_POSITION)}{weight}")
    return positions


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
