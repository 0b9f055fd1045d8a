"""Pure scoring of entities and hard mentions against one gold document.

No I/O here: every function takes a `GoldDoc` and the system's `Article`
and returns counts plus the findings (misses and false positives) that
explain them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from langgieng.clean.text import one_line
from langgieng.evaluate.gold import GoldDoc, GoldMention
from langgieng.model import Article, Mention
from langgieng.normalize import fold


def ratio(part: int, whole: int, *, empty: float) -> float:
    return part / whole if whole else empty


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives.

    With nothing to find and nothing found, precision and recall are 1.0;
    a zero denominator on one side only gives 0.0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp, empty=1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn, empty=1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One miss or false positive, with its document."""

    doc: str
    kind: str  # "entity", "mention" or "fact"
    item: Any  # the entity id, the gold mention, or the fact's fields
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "kind": self.kind, "item": self.item, "detail": self.detail}


@dataclass(slots=True)
class EntityResult:
    counts: Counts
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)


def system_entities(article: Article) -> set[str]:
    """Distinct entity ids the system linked anywhere in the article."""
    return {m.entity for m in article.mentions if m.entity is not None}


def score_entities(gold: GoldDoc, article: Article) -> EntityResult:
    """(doc, entity) pairs; an optional gold entity counts neither way."""
    found = system_entities(article)
    required, optional = gold.required_entities, gold.optional_entities
    missed = sorted(required - found)
    extra = sorted(found - required - optional)
    counts = Counts(tp=len(found & required), fp=len(extra), fn=len(missed))
    return EntityResult(
        counts,
        misses=[Finding(gold.doc, "entity", e) for e in missed],
        false_positives=[Finding(gold.doc, "entity", e) for e in extra],
    )


@dataclass(slots=True)
class MentionResult:
    correct: int = 0
    total: int = 0
    misses: list[Finding] = field(default_factory=list)
    # correct and total per kind of entity, and the count of each way of missing:
    # figures that say where repair fails without showing the misses themselves
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    missed_as: dict[str, int] = field(default_factory=dict)

    def add(self, other: MentionResult) -> None:
        self.correct += other.correct
        self.total += other.total
        self.misses.extend(other.misses)
        for kind, (correct, total) in other.by_kind.items():
            tally = self.by_kind.setdefault(kind, [0, 0])
            tally[0] += correct
            tally[1] += total
        for way, count in other.missed_as.items():
            self.missed_as[way] = self.missed_as.get(way, 0) + count

    def tally(self, gold: GoldMention, correct: bool, detail: str) -> None:
        self.total += 1
        self.correct += correct
        kind = entity_kind(gold.entity)
        for group in (kind, f"{kind} {shape(gold.surface)}"):
            tally = self.by_kind.setdefault(group, [0, 0])
            tally[0] += correct
            tally[1] += 1
        if not correct:
            way = {"no mention found": "not found", "linked to None": "unresolved"}.get(
                detail, "another entity")
            self.missed_as[way] = self.missed_as.get(way, 0) + 1

    @property
    def accuracy(self) -> float:
        return ratio(self.correct, self.total, empty=0.0)


_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015]+")


def _key(surface: str) -> str:
    """Folded, with hyphens and runs of spaces as one space: `Cam-pu-chia` = `cam pu chia`;
    quotes and look-alike letters in the form the cleaner gives the text (`Kh’mum` = `Kh'mum`)."""
    return _SEPARATORS.sub(" ", fold(one_line(surface))).strip()


def candidate_mentions(surface: str, article: Article) -> list[Mention]:
    """System mentions of a gold surface: those of the same folded surface; when
    there are none, the spans overlapping an occurrence of it in the article text
    (a name found cut or joined otherwise). A longer name that merely contains
    the surface (a committee named after a country) is another mention."""
    wanted = _key(surface)
    if not wanted:
        return []
    same = [mention for mention in article.mentions if _key(mention.surface) == wanted]
    if same:
        return same
    words = _SEPARATORS.pattern.join(re.escape(w) for w in wanted.split())
    pattern = re.compile(rf"(?<!\w){words}(?!\w)")
    occurrences = [(m.start(), m.end()) for m in pattern.finditer(fold(article.text))]
    return [
        mention
        for mention in article.mentions
        if any(mention.start < end and start < mention.end for start, end in occurrences)
    ]


def judge_mention(gold: GoldMention, article: Article) -> tuple[bool, str]:
    """Correct when some candidate links the gold entity and none links another."""
    linked = {m.entity for m in candidate_mentions(gold.surface, article)}
    if gold.entity in linked and linked <= {gold.entity, None}:
        return True, ""
    if not linked:
        return False, "no mention found"
    others = sorted(str(e) for e in linked - {gold.entity})
    return False, "linked to " + ", ".join(others)


def entity_kind(entity: str) -> str:
    """country, province (a first-level unit), or the id's own prefix (person, org, series)."""
    if "/" not in entity:
        return "country"
    prefix = entity.split("/", 1)[0]
    return "province" if len(prefix) == 2 else prefix


def shape(surface: str) -> str:
    """How a hard surface is written: hyphenated syllables, plain ASCII, or else."""
    if re.search(r"\w-\w", surface):
        return "hyphenated"
    return "ascii" if surface.isascii() else "other"


def score_mentions(gold: GoldDoc, article: Article) -> MentionResult:
    """Accuracy over the document's required hard mentions."""
    result = MentionResult()
    for mention in gold.mentions:
        if mention.optional:
            continue
        correct, detail = judge_mention(mention, article)
        result.tally(mention, correct, detail)
        if not correct:
            item = {"surface": mention.surface, "entity": mention.entity}
            result.misses.append(Finding(gold.doc, "mention", item, detail))
    return result
