"""Stage `link`: Article -> Article with `mentions` resolved to gazetteer ids.

1. every alias of every entity, matched exactly in one automaton pass
   (rule `alias`; `alias-ambiguous` when cues or context had to choose),
   then ruled out where the context says otherwise: a unit created after
   the article was written (`not-yet-valid`), a person's name after a
   place cue (`place-cue`: a city named after a leader is a city), a
   province that ends a company's or person's name (`inside-name`), a
   given name or common word, a place of another country (`filters`);
2. recurring mechanisms by loose key-word patterns (rule `series`);
   after `tỉnh`, capitalised syllables read as a province's Chinese name in
   Sino-Vietnamese, even where one is a common word (rule `hanviet`);
   names that lost the space before them (`vàCampuchia`, rule `glued`);
   in a text that lost its two-mark letters, names as they read there
   (`Vit Nam`, rule `lost-letters`); in a page that never writes a capital
   `Đ`, names as if it did (`đắk Nông`);
3. capitalised names nothing matched, repaired by the rules of `repair`
   when a cue announces them or they are plainly not Vietnamese; else a
   person the gazetteer lacks, when a title or the shape of the name says so
   (`discover`, rule `discovered`, with the offices its title claims); the
   rest stay unresolved (entity None, rule `unresolved`);
4. one sense per repaired name in the article, a name one letter off a
   place named elsewhere in it is that place, a discovered person whose name
   sounds like another person's of the article is that person (`passes`), and people's
   verdicts on discovered entities (`curation`: promoted ones are matched as
   aliases, merged and rejected ones relinked or left unresolved).

The headline is the text's first line, so its names are mentions like the
body's; the title is also matched (exact aliases only) as context: what it
names counts towards what the article is about.
"""

from __future__ import annotations

import re
from collections import Counter

from langgieng.gazetteer import Gazetteer
from langgieng.link.candidates import Candidate, find_candidates
from langgieng.link.cues import Cues, cues, load_data, lowered
from langgieng.link.curation import Curation
from langgieng.link.discover import Discoverer
from langgieng.link.document import Doc
from langgieng.link.filters import (
    drop_common_words,
    drop_contradicted,
    inside_names,
    outside_credits,
)
from langgieng.link.index import AliasIndex, Match, prepare
from langgieng.link.lossy import capital_d_restored, damaged_aliases, lost_letters
from langgieng.link.offices import nearest_year
from langgieng.link.passes import (
    first_names,
    glued,
    home_in_pairs,
    names_inside_longer_names,
    names_not_countries,
    near_spellings,
    one_person_many_spellings,
    one_sense,
    provinces_in_lists,
    spaced_syllables,
)
from langgieng.link.pinyin import hanzi_to_pinyin
from langgieng.link.repair import Need, Repairer
from langgieng.link.series import find_series, load_patterns
from langgieng.link.spelling import series_synonyms, spelling_variants
from langgieng.link.validity import Span, article_span, current, not_yet
from langgieng.model import Article, Entity, Mention, OfficeClaim
from langgieng.normalize import fold_article_text

__all__ = ["Linker"]

KIND_ORDER = {"country": 0, "province": 1, "org": 2, "series": 3, "person": 4}
PLACE_KINDS = frozenset({"province", "place"})  # cues after which a name is a place
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_])")
TITLE_CONFIDENCE = 0.5  # title links at least this sure count as the article's topic
_SENTENCE_END = re.compile(r"[.!?\n]")
_UPPER = re.escape("".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper()))
_CAPITAL_WORD = rf"[{_UPPER}][^\W\d_]*"
_RUN_WORD = re.compile(_CAPITAL_WORD)
# `tỉnh` and two to four capitalised syllables (a reading of a Chinese name)
# (the literal `ỉnh` first, its `t` looked back for, lets the regex engine scan for it)
_SPACED_DASH = re.compile(r" [-–] ")
_CUED_RUN = re.compile(rf"ỉnh(?<=[Tt]ỉnh)\s+({_CAPITAL_WORD}(?:[ \-]{_CAPITAL_WORD}){{1,3}})")


class Linker:
    """Finds and resolves mentions; all indexes are built once here."""

    def __init__(self, gazetteer: Gazetteer, curation: Curation | None = None) -> None:
        self.curation = curation if curation is not None else Curation()
        promoted = [e for e in self.curation.promoted if e.id not in gazetteer]
        if promoted:
            gazetteer = Gazetteer([*gazetteer, *promoted])
        self.gazetteer = gazetteer
        self.cues: Cues = cues()
        entities = list(gazetteer)
        self.entities: dict[str, Entity] = {e.id: e for e in entities}
        # what an alias of these means needs no context: no cue, date or other entity
        self.plain = frozenset(e.id for e in entities if e.kind != "person" and not e.valid_from)
        self.index = AliasIndex(
            entities,
            load_data("blocked.json")["phrases"],
            _country_pinyin(entities) + spelling_variants(entities)
            + series_synonyms(entities, load_data("series.json")["synonyms"]),
        )
        self.repairer = Repairer(entities, self.index, self.cues.default_country)
        self.discoverer = Discoverer(
            self.entities, self.repairer.offices, self.curation.countries
        )
        self.series = load_patterns(set(self.entities))
        self._damaged_index: AliasIndex | None = None  # built the first time it is needed

    def link(self, article: Article) -> Article:
        """Mentions of the body. The title, which `clean` keeps out of the
        text, is matched too but only as context: the names it gives exactly
        are what the article is about, a prior for the body's ambiguous and
        garbled names."""
        text = article.text
        span = article_span(article.published, text)
        topic: Counter[str] = Counter()
        if article.title:
            title = article.title
            named = self._exact(title, fold_article_text(title), lowered(title), span, topic)
            topic.update(m.entity for m in named if m.entity and m.confidence >= TITLE_CONFIDENCE)
        folded, low = fold_article_text(text), lowered(text)
        restored = capital_d_restored(text)  # same length: offsets hold in `text`
        mentions = self._exact(restored or text, folded, low, span, topic)
        if restored:
            for found in mentions:
                found.surface = text[found.start : found.end]
        exact = [(m.start, m.end) for m in mentions if m.kind == "series"]
        mentions += [
            Mention(s, e, text[s:e], sid, "series", 0.8, "series")
            for s, e, sid in find_series(folded, self.series, _countries(mentions, topic))
            if not any(s < end and start < e for start, end in exact)
        ]
        mentions += glued(text, mentions, self.index, self.entities)
        mentions += spaced_syllables(text, mentions, self.index, self.entities,
                                     self.cues.stopwords)
        mentions += home_in_pairs(text, mentions)
        if lost_letters(text):
            mentions += self._damaged(text, folded, low, span, topic, mentions)
        doc = Doc(article, span, low, mentions, topic)
        readings = self._readings_after_cue(doc)
        mentions += readings
        doc.cover(readings)
        claims: list[OfficeClaim] = []
        unnamed: list[tuple[int, Candidate]] = []  # persons left unresolved, by position
        for candidate in self._join_dashed(find_candidates(text, low, doc.taken, self.cues), doc):
            mention = self._candidate(candidate, doc, claims)
            if mention is not None:
                mentions.append(mention)
                if mention.entity:
                    doc.linked[mention.entity] = doc.linked.get(mention.entity, 0) + 1
                elif mention.kind == "person":
                    unnamed.append((len(mentions) - 1, candidate))
        # once the whole text is linked, again: a title after the name may name its
        # province only further on (`X, Phó Tỉnh trưởng tỉnh Y`)
        for position, candidate in unnamed:
            again = self._candidate(candidate, doc, claims)
            if again is not None and again.entity:
                mentions[position] = again
                doc.linked[again.entity] = doc.linked.get(again.entity, 0) + 1
        mentions = _open_cues_named(mentions)
        near_spellings(mentions)
        provinces_in_lists(low, mentions, self.index)
        one_person_many_spellings(mentions, claims)
        mentions += first_names(text, mentions)
        article.mentions = sorted(one_sense(mentions), key=lambda m: (m.start, -m.end))
        article.office_claims = claims
        return self.curation.apply(article)

    def _exact(
        self, text: str, folded: str, low: str, span: Span | None, topic: Counter[str]
    ) -> list[Mention]:
        """Exact alias matches, without those their context rules out."""
        matches = self.index.find(text, prepare(text, folded))
        mentions = self._aliases(matches, text, low, span, topic)
        mentions = drop_common_words(mentions, text)
        # before a country beside a place contradicts it: `Hà Tĩnh Thái Văn Hòa` is a
        # province and a person whose family name is Thailand's short name
        mentions = names_not_countries(text, mentions, self.discoverer.words.surnames)
        mentions = names_inside_longer_names(text, mentions, self.discoverer.family_name,
                                             self.cues.stopwords)
        mentions = drop_contradicted(mentions, text, self.entities)
        return inside_names(outside_credits(mentions, text), text, low)

    def _damaged(
        self, text: str, folded: str, low: str, span: Span | None, topic: Counter[str],
        found: list[Mention],
    ) -> list[Mention]:
        """Names as they read in a text that lost its two-mark letters (`Vit Nam`)."""
        if self._damaged_index is None:
            self._damaged_index = AliasIndex(
                [], derived=damaged_aliases(list(self.entities.values()))
            )
        taken = [(m.start, m.end) for m in found]
        matches = [
            match for match in self._damaged_index.find(text, prepare(text, folded))
            if not any(match.start < end and start < match.end for start, end in taken)
        ]
        return [m for m in self._aliases(matches, text, low, span, topic) if m.entity]

    # -- exact aliases -------------------------------------------------------

    def _aliases(
        self, matches: list[Match], text: str, low: str, span: Span | None, topic: Counter[str]
    ) -> list[Mention]:
        linked = Counter(m.targets[0].entity for m in matches if len(m.targets) == 1) + topic
        return [self._alias(match, text, low, span, linked) for match in matches]

    def _address_before(self, low: str, start: int) -> bool:
        """A form of address (`ngài`, `ông`) ends before `start`; not a title of office
        (`Quốc vương Campuchia`: the king of Cambodia), after which a country is the office's."""
        kind, office = self.cues.cues_before(low, start)
        return kind is not None and self.cues.kind_of.get(kind) == "person" and office is None

    def _alias(
        self, match: Match, text: str, low: str, span: Span | None, linked: Counter[str]
    ) -> Mention:
        """The entity an exact alias means here; unresolved when none can be:
        a unit created after the article, a person's name after a place cue
        (`thành phố X` named after X)."""
        start, end = match.start, match.end
        surface = text[start:end]
        if len(match.targets) == 1 and match.targets[0].entity in self.plain:
            target = match.targets[0]  # the usual case: the context cannot change it
            entity = self.entities[target.entity]
            if (entity.kind == "country" and _capital_next(text, end)
                    and self._address_before(low, start)):
                # `ngài Úc Kim Lẹ`: after a form of address, a name that a country shares;
                # not `nhà báo Việt Nam`, where the country ends the name
                return Mention(start, end, surface, None, "person", 0.0, "person-cue")
            rule, confidence = (target.derived, 0.9) if target.derived else ("alias", 1.0)
            return Mention(start, end, surface, entity.id, entity.kind, confidence, rule)
        targets = [self.entities[i] for i in dict.fromkeys(t.entity for t in match.targets)]
        live = [e for e in targets if not (e.valid_from and not_yet(e, span))]
        if not live:
            return Mention(start, end, surface, None, targets[0].kind, 0.0, "not-yet-valid")
        persons = all(e.kind == "person" for e in live)
        kind = self.cues.kind(low, start) if persons or len(live) > 1 else None
        if kind is None and len(live) > 1 and any(e.kind == "person" for e in live) and (
                self.discoverer.title_before_text(low, start)):
            kind = "person"  # `Chủ tịch Hồ Chí Minh`: a title names the person, not the city
        if persons and kind in PLACE_KINDS:
            return Mention(start, end, surface, None, "place", 0.0, "place-cue")
        rule, confidence = "alias", 1.0
        if all(t.derived for t in match.targets):
            rule, confidence = match.targets[0].derived, 0.9
        if len(live) > 1:
            live = self._disambiguate(live, "province" if kind == "place" else kind, linked, span)
            rule, confidence = "alias-ambiguous", 0.7
        entity = live[0]
        return Mention(start, end, surface, entity.id, entity.kind, confidence, rule)

    @staticmethod
    def _disambiguate(
        entities: list[Entity], kind: str | None, linked: Counter[str], span: Span | None
    ) -> list[Entity]:
        """Order the entities one surface may mean: cued kind, valid at the
        date, already named in the article, then the usual kind order."""

        def preference(entity: Entity) -> tuple[int, int, int, int]:
            return (
                0 if kind and entity.kind == kind else 1,
                0 if current(entity, span) else 1,
                -linked[entity.id],
                KIND_ORDER.get(entity.kind, 9),
            )

        return sorted(entities, key=preference)

    # -- repaired names --------------------------------------------------------

    def _readings_after_cue(self, doc: Doc) -> list[Mention]:
        """After `tỉnh`, capitalised syllables read as a Chinese name in
        Sino-Vietnamese (`tỉnh Kết Tỉnh`), even where one of them is a common
        word the candidate runs would cut at; longest reading first."""
        found: list[Mention] = []
        for run in _CUED_RUN.finditer(doc.text):
            if run.start() > 1 and doc.text[run.start() - 2].isalnum():
                continue  # `tỉnh` inside a longer word
            if doc.taken[run.start(1)]:
                continue  # it opens with a name found already: so does every reading
            words = list(_RUN_WORD.finditer(doc.text, run.start(1), run.end(1)))
            reading = self._longest_reading(words, doc)
            if reading:
                found.append(reading)
        return found

    def _longest_reading(self, words: list[re.Match[str]], doc: Doc) -> Mention | None:
        """The longest of `words`' first two or more that reads as a province."""
        for size in range(len(words), 1, -1):
            start, end = words[0].start(), words[size - 1].end()
            if doc.taken.find(1, start, end) >= 0:
                continue  # overlaps a name found already
            need = Need(
                words=[w.group() for w in words[:size]], kind="province",
                country=doc.country_at(end) or doc.country_in_phrase(end), span=doc.span,
            )
            hit = self.repairer.hanviet_reading(need, "")
            if hit:
                entity, confidence = hit
                surface = doc.text[start:end]
                return Mention(start, end, surface, entity, "province", confidence, "hanviet")
        return None

    def _join_dashed(self, candidates: list[Candidate], doc: Doc) -> list[Candidate]:
        """`Su Căn - Bun Nhông, Phó Bí thư ...`: a Lao name whose parts the press
        parts with a spaced dash is one name when a title follows it in apposition.
        A Vietnamese name (opening with a family name) never continues so, and a
        title after the dash (`A - Giám đốc Sở`) is the name's title, not its part."""
        joined: list[Candidate] = []
        for candidate in candidates:
            last = joined[-1] if joined else None
            if (
                last is not None and last.words and candidate.words
                and _SPACED_DASH.fullmatch(doc.text, last.end, candidate.start)
                and not self.discoverer.title_at(doc, candidate.start)
                and not self.discoverer.vietnamese_name(last.words)
                and self.discoverer.title_after(doc, candidate.end) is not None
            ):
                joined[-1] = Candidate(last.start, candidate.end, last.name_start,
                                       [*last.words, *candidate.words])
            else:
                joined.append(candidate)
        return joined

    def _candidate(
        self, candidate: Candidate, doc: Doc, claims: list[OfficeClaim]
    ) -> Mention | None:
        """A repaired name, else a person the text introduces, else an
        unresolved name when something marks it as one."""
        text = doc.text
        if not candidate.words:
            _extend_with_honorifics(candidate, text, doc.mentions)
            return None
        candidate = self.discoverer.after_initialisms(text, candidate)
        if candidate.acronym:
            return None
        need = self._need(candidate, doc)
        if (
            need is not None and need.kind != "place"  # `huyện X`: a district, whatever precedes
            and self.discoverer.title_before(doc, candidate.start)
            # `Phó Tỉnh trưởng tỉnh Xa-vẳn-na-khệt`: the title's unit, when a province has the name
            and not (need.kind == "province" and need.foreign and self._repair(need, doc))
        ):
            # a person's title ends here (`Chủ tịch UBND tỉnh X`): its `tỉnh` names no province
            need.kind = "person"
            need.local_title = need.office is None
        nameable = need is not None and (len(need.words) > 1 or need.foreign)
        # one Vietnamese syllable (`Chính phủ`, `Biên giới`) names nothing here
        if need is not None and nameable:
            found = self._repair(need, doc)
            if found is not None:
                entity = self.entities[found[0]]
                start, end = candidate.start, candidate.end
                if entity.kind == "province":
                    end = _absorb_country(end, text, doc.mentions)
                return Mention(start, end, text[start:end], entity.id, entity.kind, *found[1:])
        discovered = self.discoverer.person(
            candidate, doc,
            addressed=need is not None and (need.honorific or need.kind == "person"),
            office=need.office if need else None,
            country=need.country if need else doc.country_at(candidate.end),
            date=(need.date or need.published) if need else doc.published,
        )
        if discovered is not None:
            mention, claim = discovered
            if claim is not None:
                claims.append(claim)
            return mention
        if need is None or not nameable:
            return None
        # after `thành phố`, a name no province has is a town
        kind = "place" if need.exact_only else need.kind or "unknown"
        start, end = candidate.start, candidate.end
        return Mention(start, end, text[start:end], None, kind, 0.0, "unresolved")

    def _repair(self, need: Need, doc: Doc) -> tuple[str, float, str] | None:
        role = need.office.role if need.office else None
        key = (
            " ".join(need.words), need.kind, need.country, role, need.date, need.exact_only,
            len(doc.linked),
        )
        if key not in doc.memo:
            doc.memo[key] = self.repairer.repair(need)
        return doc.memo[key]

    def _need(self, candidate: Candidate, doc: Doc) -> Need | None:
        """What the context says of a candidate; None when nothing marks it as a name."""
        text, low = doc.text, doc.low
        before = doc.country_before(candidate.start)
        head = before.start if before else candidate.start
        cue, office = self.cues.cues_before(low, head)
        if before and cue and self.cues.kind_of.get(cue) == "country":
            # `Bộ trưởng Ngoại giao nước Cộng hòa ... Lào X`: the cue is the country's own;
            # what stands before it tells of X
            cue, office = self.cues.cues_before(low, low.rfind(cue, 0, head))
        office = office or self.cues.office_after(low, candidate.end)
        kind = self.cues.kind_of.get(cue) if cue else None
        listed = doc.listed_after(head) if kind is None else None
        if kind is None and listed is None:
            after = doc.listed_before(candidate.end)
            listed = after if after is not None and after.kind == "province" else None
        if listed is not None and listed.kind == "province":
            kind = "province"  # `các tỉnh A, B và X`: an item of a list of provinces
        elif listed is not None and listed.kind == "person":
            # `các đồng chí A, B và X`, unless a title opens the item (`Chánh Văn phòng`)
            kind = None if self.discoverer.title_at(doc, candidate.start) else "person"
        honorific = candidate.name_start > candidate.start
        if office or honorific:
            kind = "person"
        foreign = candidate.foreign
        if kind is None and not honorific and not foreign:
            return None
        country = doc.country_at(candidate.end)
        if office and not country:
            country = doc.country_at(office.end)
        if before and not country:
            country = before.entity
        if not country:
            country = doc.country_in_phrase(candidate.end)
        if not country and listed is not None and listed.kind == "province" and listed.entity \
                and not doc.paired(listed, candidate.start, candidate.end):
            country = listed.entity.split("/")[0]  # `Hủa Phăn, ..., Phông Sa Lỳ`: one country's
        return Need(
            words=candidate.words,
            kind=kind,
            country=country,
            office=office,
            date=_sentence_year(text, candidate.start) if office else None,
            published=doc.published,
            span=doc.span,
            cued=kind is not None,
            exact_only=cue in self.cues.exact_only and not (office or honorific),
            foreign=foreign,
            ascii=candidate.ascii,
            honorific=honorific,
            linked=doc.linked,
        )


def _country_pinyin(entities: list[Entity]) -> list[tuple[str, str, str]]:
    """The region's countries as a translation through Chinese writes them:
    the pinyin of their Chinese names, as one word (柬埔寨 -> `Jianpuzhai`).
    Matched exactly, they also cut a garbled run (`Thủ tướng <country> <name>`)."""
    wanted = set(load_data("cues.json")["pinyin_countries"])
    return [
        (entity.id, spelling.capitalize(), "zh-name")
        for entity in entities
        if entity.kind == "country" and entity.id in wanted
        for spelling in map(hanzi_to_pinyin, entity.zh)
    ]


def _countries(mentions: list[Mention], topic: Counter[str]) -> frozenset[str]:
    """Ids of the countries the article (body or title) names."""
    named = {m.entity for m in mentions if m.kind == "country" and m.entity}
    return frozenset(named | {i for i in topic if "/" not in i})


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


def _sentence_year(text: str, offset: int) -> str | None:
    """The year written nearest to `offset` inside its sentence."""
    window = max(0, offset - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, offset)]
    start = ends[-1] if ends else window
    stop = _SENTENCE_END.search(text, offset)
    end = stop.start() if stop else min(len(text), offset + 300)
    return nearest_year(text[start:end], offset - start)


def _open_cues_named(mentions: list[Mention]) -> list[Mention]:
    """Without the open `person-cue` words that a person's name found later spans."""
    named = [(m.start, m.end) for m in mentions if m.rule != "person-cue" and m.entity]
    return [
        m for m in mentions
        if m.rule != "person-cue" or not any(s <= m.start and m.end <= e for s, e in named)
    ]


def _capital_next(text: str, end: int) -> bool:
    """The next word is capitalised: the name goes on past `end`."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).isupper()
