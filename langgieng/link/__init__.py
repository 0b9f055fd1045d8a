"""Stage `link`: Article -> Article with `mentions` resolved to gazetteer ids.

1. every alias of every entity, matched exactly in one automaton pass
   (rule `alias`; `alias-ambiguous` when cues or context had to choose);
2. recurring mechanisms by loose key-word patterns (rule `series`);
3. capitalised names nothing matched, repaired by the rules of `repair`
   when a cue announces them or they are plainly not Vietnamese; the rest
   stay unresolved (entity None, rule `unresolved`).
"""

from __future__ import annotations

import re
from collections import Counter

from langgieng.gazetteer import Gazetteer
from langgieng.link.candidates import Candidate, find_candidates, vietnamese_syllable
from langgieng.link.cues import Cues, cues, load_data, lowered
from langgieng.link.index import STRICT_LETTERS, AliasIndex, Match, fold_fast, prepare
from langgieng.link.offices import date_range, nearest_year
from langgieng.link.repair import Need, Repairer
from langgieng.link.series import find_series, load_patterns
from langgieng.model import Article, Entity, Mention

__all__ = ["Linker"]

KIND_ORDER = {"country": 0, "province": 1, "org": 2, "series": 3, "person": 4}
_COUNTRY_GAP = re.compile(r"[\s,(]*(?:của\s+|thuộc\s+|nước\s+)?")
_SENTENCE_END = re.compile(r"[.!?\n]")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+) $")


class Linker:
    """Finds and resolves mentions; all indexes are built once here."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.cues: Cues = cues()
        entities = list(gazetteer)
        self.entities: dict[str, Entity] = {e.id: e for e in entities}
        self.index = AliasIndex(entities, load_data("blocked.json")["phrases"])
        self.repairer = Repairer(entities, self.index, self.cues.default_country)
        self.series = load_patterns(set(self.entities))

    def link(self, article: Article) -> Article:
        text = article.text
        folded = fold_fast(text)
        prepared, low = prepare(text, folded), lowered(text)
        matches = self.index.find(text, prepared)
        mentions = self._aliases(matches, text, low, article.published)
        mentions = _drop_common_words(mentions, text)
        mentions = _drop_contradicted(mentions, text, self.entities)
        exact = [(m.start, m.end) for m in mentions if m.kind == "series"]
        mentions += [
            Mention(s, e, text[s:e], sid, "series", 0.8, "series")
            for s, e, sid in find_series(folded, self.series)
            if not any(s < end and start < e for start, end in exact)
        ]
        doc = _Doc(article, low, mentions)
        taken = sorted((m.start, m.end) for m in mentions)
        for candidate in find_candidates(text, low, taken, self.cues):
            mention = self._candidate(candidate, doc)
            if mention is not None:
                mentions.append(mention)
                if mention.entity:
                    doc.linked[mention.entity] = doc.linked.get(mention.entity, 0) + 1
        article.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        return article

    # -- exact aliases -------------------------------------------------------

    def _aliases(
        self, matches: list[Match], text: str, low: str, published: str | None
    ) -> list[Mention]:
        linked = Counter(m.targets[0].entity for m in matches if len(m.targets) == 1)
        mentions: list[Mention] = []
        for match in matches:
            ids = [t.entity for t in match.targets]
            rule, confidence = "alias", 1.0
            if len(set(ids)) > 1:
                ids = self._disambiguate(ids, self.cues.kind(low, match.start), linked, published)
                rule, confidence = "alias-ambiguous", 0.7
            entity = self.entities[ids[0]]
            surface = text[match.start : match.end]
            mentions.append(
                Mention(match.start, match.end, surface, entity.id, entity.kind, confidence, rule)
            )
        return mentions

    def _disambiguate(
        self, ids: list[str], kind: str | None, linked: Counter[str], published: str | None
    ) -> list[str]:
        """Order the entities one surface may mean: cued kind, valid at the
        date, already named in the article, then the usual kind order."""
        span = date_range(published)

        def preference(entity_id: str) -> tuple[int, int, int, int]:
            entity = self.entities[entity_id]
            valid = span is None or (
                (entity.valid_from or "") <= span[1] and (entity.valid_to or "9999") >= span[0]
            )
            return (
                0 if kind and entity.kind == kind else 1,
                0 if valid else 1,
                -linked[entity_id],
                KIND_ORDER.get(entity.kind, 9),
            )

        return sorted(dict.fromkeys(ids), key=preference)

    # -- repaired names --------------------------------------------------------

    def _candidate(self, candidate: Candidate, doc: _Doc) -> Mention | None:
        text = doc.article.text
        if not candidate.words:
            _extend_with_honorifics(candidate, text, doc.mentions)
            return None
        if candidate.acronym:
            return None
        need = self._need(candidate, doc)
        if need is None:
            return None
        if len(need.words) == 1 and not need.foreign:
            return None  # one Vietnamese syllable (`Chính phủ`, `Biên giới`) names nothing here
        role = need.office.role if need.office else None
        key = (" ".join(need.words), need.kind, need.country, role, need.date, len(doc.linked))
        if key not in doc.memo:
            doc.memo[key] = self.repairer.repair(need)
        found = doc.memo[key]
        start, end = candidate.start, candidate.end
        if found is None:
            kind = need.kind or "unknown"
            return Mention(start, end, text[start:end], None, kind, 0.0, "unresolved")
        entity = self.entities[found[0]]
        if entity.kind == "province":
            end = _absorb_country(end, text, doc.mentions)
        return Mention(start, end, text[start:end], entity.id, entity.kind, found[1], found[2])

    def _need(self, candidate: Candidate, doc: _Doc) -> Need | None:
        """What the context says of a candidate; None when nothing marks it as a name."""
        text, low = doc.article.text, doc.low
        before = doc.country_before(candidate.start)
        head = before.start if before else candidate.start
        office = self.cues.office_ending_at(low, head) or self.cues.office_after(
            low, candidate.end
        )
        kind = self.cues.kind(low, head)
        honorific = candidate.name_start > candidate.start
        if office or honorific:
            kind = "person"
        if kind is None and not honorific and not candidate.foreign:
            return None
        country = doc.country_at(candidate.end)
        if office and not country:
            country = doc.country_at(office.end)
        if before and not country:
            country = before.entity
        return Need(
            words=candidate.words,
            kind=kind,
            country=country,
            office=office,
            date=_sentence_year(text, candidate.start) if office else None,
            published=doc.article.published,
            cued=kind is not None,
            foreign=candidate.foreign,
            ascii=candidate.ascii,
            honorific=honorific,
            linked=doc.linked,
        )


class _Doc:
    """What the linker knows of one article while it repairs names."""

    def __init__(self, article: Article, low: str, mentions: list[Mention]) -> None:
        self.article, self.low, self.mentions = article, low, mentions
        countries = [m for m in mentions if m.kind == "country"]
        self.by_start = {m.start: m for m in countries}
        self.by_end = {m.end: m for m in countries}
        self.linked: dict[str, int] = dict(Counter(m.entity for m in mentions if m.entity))
        self.memo: dict[tuple[object, ...], tuple[str, float, str] | None] = {}

    def country_at(self, position: int) -> str | None:
        """The country named right after `position` (`X của Lào`, `X, Việt Nam`)."""
        gap = _COUNTRY_GAP.match(self.article.text, position)
        mention = self.by_start.get(gap.end()) if gap else None
        return mention.entity if mention else None

    def country_before(self, start: int) -> Mention | None:
        """The country named just before `start`, with only spaces between."""
        text, stop = self.article.text, start
        while stop > 0 and text[stop - 1] == " ":
            stop -= 1
        return self.by_end.get(stop) if stop < start else None


def _extend_with_honorifics(candidate: Candidate, text: str, mentions: list[Mention]) -> None:
    """`Samdech Krolahom` + `Sar Kheng`: the person's mention covers the titles."""
    for mention in mentions:
        gap = text[candidate.end : mention.start]
        if mention.kind == "person" and mention.start > candidate.end and gap.isspace():
            mention.start = candidate.start
            mention.surface = text[mention.start : mention.end]
            mention.rule = "honorific"
            return


def _absorb_country(end: int, text: str, mentions: list[Mention]) -> int:
    """A repaired province written with its country (`X Lào`) takes the
    country word into its span: the pair is one garbled name."""
    for mention in mentions:
        if mention.kind == "country" and mention.start == end + 1 and text[end] == " ":
            mentions.remove(mention)
            return mention.end
    return end


def _drop_common_words(mentions: list[Mention], text: str) -> list[Mention]:
    """Short country names that are also common words or given names:
    `Đức`, `Anh` after a capitalised syllable (`Nguyễn Minh Đức`) end a
    person's name; `Anh`, `Ý`, `Áo` opening a sentence before a lower-case
    word (`Ý kiến`, `Anh cho biết`) count only if the article names that
    country elsewhere too."""
    ends = {m.end for m in mentions}
    short = [
        m for m in mentions
        if m.kind == "country" and " " not in m.surface and len(m.surface) <= STRICT_LETTERS
    ]
    doubtful: set[int] = set()
    for mention in short:
        previous = _PREVIOUS_WORD.search(text, max(0, mention.start - 40), mention.start)
        if (
            previous
            and previous.group(1)[:1].isupper()
            and vietnamese_syllable(previous.group(1))
            and previous.end(1) not in ends
            and not _opens_sentence(text, previous.start(1))
        ):
            doubtful.add(id(mention))
        elif _opens_sentence(text, mention.start) and _lower_word_after(text, mention.end):
            others = [m for m in mentions if m.entity == mention.entity and m is not mention]
            if all(_opens_sentence(text, m.start) for m in others):
                doubtful.add(id(mention))
    return [m for m in mentions if id(m) not in doubtful]


def _lower_word_after(text: str, end: int) -> bool:
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def _drop_contradicted(
    mentions: list[Mention], text: str, entities: dict[str, Entity]
) -> list[Mention]:
    """A place or body written with another country's name beside it
    (`Sài Gòn Lào`, `Bộ Công an Lào`) is not that place or body: a province
    is left to the repair rules, an organisation dropped."""
    countries = {m.start: m.entity for m in mentions if m.kind == "country"}
    kept: list[Mention] = []
    for mention in mentions:
        if mention.kind in ("province", "org") and mention.entity:
            gap = _COUNTRY_GAP.match(text, mention.end)
            beside = countries.get(gap.end()) if gap else None
            country = entities[mention.entity].country
            if beside and country and beside != country:
                continue
        kept.append(mention)
    return kept


def _sentence_year(text: str, offset: int) -> str | None:
    """The year written nearest to `offset` inside its sentence."""
    window = max(0, offset - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, offset)]
    start = ends[-1] if ends else window
    stop = _SENTENCE_END.search(text, offset)
    end = stop.start() if stop else min(len(text), offset + 300)
    return nearest_year(text[start:end], offset - start)
