"""The central types passed from stage to stage.

read    -> RawArticle (or Rejection)
clean   -> Article with `text`, `sentences`, `removed`, `published`
link    -> Article with `mentions` (and `office_claims` of people it discovered)
extract -> Article with `facts`

After `clean`, `Article.text` never changes: every later layer is stand-off,
character offsets into that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class RawArticle:
    """One article as a reader found it, before cleaning."""

    source: str  # file path, with ":LINE" for a JSONL line
    format: str  # "txt", "html" or "jsonl"
    text: str | None = None  # plain body (txt, jsonl "text")
    html: str | None = None  # a web page (html, jsonl "html")
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date as given by the input, if any


@dataclass(slots=True)
class Rejection:
    """An input that could not become an article, and why."""

    source: str
    reason: str


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Removed:
    """A block that cleaning dropped from the page, kept so `show` can explain."""

    text: str
    reason: str  # e.g. "furniture:follow-us", "furniture:teaser", "caption-repeat"


@dataclass(slots=True)
class Mention:
    """A name in the clean text and the gazetteer entity it resolves to."""

    start: int
    end: int
    surface: str
    entity: str | None  # gazetteer id, or None when left unresolved
    kind: str  # country, province, person, org, series, unknown
    confidence: float
    rule: str  # the rule that decided the link, e.g. "alias", "pinyin", "office"


@dataclass(slots=True)
class OfficeClaim:
    """What an article says a person is (`Phó Chủ tịch UBND tỉnh X`), with its evidence."""

    entity: str  # the person's id
    title: str  # the title as the article writes it, unit included
    role: str  # a key such as "provincial_vice_chair", "ambassador"
    unit: str | None  # the province, country or organisation served, if named
    country: str | None
    date: str | None  # when the article says it held (the sentence's year, else published)
    evidence: Span


FACT_TYPES = ("meeting", "visit", "agreement", "relations", "measure", "target")


@dataclass(slots=True)
class Fact:
    """A typed fact in the shape of the gold contract, with its evidence."""

    type: str  # one of FACT_TYPES
    fields: dict[str, Any]  # exactly the contract's fields for `type`
    evidence: Span  # the sentence (or clause) in Article.text that states it
    confidence: float
    rule: str


# Contract fields that never hold an entity id ("km" in `unit` looks like a country code).
_NON_ENTITY_FIELDS = frozenset(
    {
        "type",
        "indicator",
        "unit",
        "kind",
        "status",
        "qualifier",
        "topic",
        "start",
        "end",
        "date",
        "period",
        "by",
        "value",
        "of",
        "edition",
        "optional",
    }
)
# The gold id scheme: `vn`, `vn/kien-giang`, `person/hun-sen`, `series/...`, `org/...`.
_ENTITY_ID = re.compile(r"^(?:[a-z]{2}|[a-z]+/[a-z0-9][a-z0-9-]*)$")


def entity_ids(fields: dict[str, Any]) -> set[str]:
    """Every entity id in a fact's (or record's) fields, lists included."""
    found: set[str] = set()
    for name, value in fields.items():
        if name in _NON_ENTITY_FIELDS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and _ENTITY_ID.match(item):
                found.add(item)
    return found


@dataclass(slots=True)
class Article:
    id: str  # content hash of the clean title and text
    source: str
    format: str
    title: str
    text: str  # clean body; fixed once cleaned
    url: str | None = None
    published: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    published_inferred: bool = False  # True when guessed from the text
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    office_claims: list[OfficeClaim] = field(default_factory=list)  # of discovered people
    facts: list[Fact] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The text after its headline line (the whole text when it has none)."""
        if self.title and self.text.startswith(self.title + "\n"):
            return self.text[len(self.title) + 1 :]
        return "" if self.text == self.title else self.text

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


@dataclass(slots=True)
class Source:
    """Where a reconciled record's claim comes from."""

    article_id: str
    evidence: Span
    confidence: float
    published: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Claim:
    """One value of one field, and every source that states it."""

    value: Any
    sources: list[Source] = field(default_factory=list)
    # in a list of records: how many articles state it, `sources` holding only those
    # of the first few (store/record_json.py); None when they are all there
    articles_total: int | None = None


@dataclass(slots=True)
class Record:
    """One happening (or one figure) reconciled across articles."""

    key: str  # stable identity, e.g. "meeting|series/vn-kh-border-provinces-conference|12"
    type: str
    fields: dict[str, Any]  # the preferred value of every field
    claims: dict[str, list[Claim]] = field(default_factory=dict)  # per field, best first
    sources: list[Source] = field(default_factory=list)
    review: str | None = None  # None, "accepted", "rejected" or "corrected"
    invalid: list[str] = field(default_factory=list)  # stored corrections that fail checks
    # In a list of records, `sources` (and those of each claim) hold only the sources of
    # the first few articles, and `claims` only the best few values of the fields in
    # conflict (store/record_json.py); these say how many there are in all, values by
    # field. None when the record is whole (as `store.record` gives it).
    sources_total: int | None = None
    articles_total: int | None = None
    values_total: dict[str, int] | None = None

    @property
    def conflicts(self) -> dict[str, list[Claim]]:
        """Fields whose sources disagree."""
        return {name: claims for name, claims in self.claims.items() if len(claims) > 1}


@dataclass(slots=True)
class Office:
    """A post held by a person over a period."""

    role: str  # key such as "prime_minister", "foreign_minister", "king"
    country: str  # "vn", "kh", "la" or a province id for provincial posts
    start: str | None  # ISO date
    end: str | None  # ISO date; None while in office
    title: str = ""  # the Vietnamese title as the press writes it


@dataclass(frozen=True, slots=True)
class Edition:
    """A numbered session of a series, when it met (from the sources of its record)."""

    number: int
    start: str  # ISO date, or year and month
    end: str | None = None
    place: str | None = None  # as the sources write it
    sources: tuple[str, ...] = ()


@dataclass(slots=True)
class Entity:
    """A gazetteer record."""

    id: str
    kind: str  # country, province, person, org, series
    name: str  # canonical Vietnamese name
    aliases: list[str] = field(default_factory=list)  # other vi/en/local forms
    zh: list[str] = field(default_factory=list)  # Chinese names (hanzi)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    successors: list[str] = field(default_factory=list)
    predecessors: list[str] = field(default_factory=list)
    borders: list[str] = field(default_factory=list)  # countries its land border meets
    offices: list[Office] = field(default_factory=list)
    editions: list[Edition] = field(default_factory=list)  # a series' numbered sessions
    source: str = ""
