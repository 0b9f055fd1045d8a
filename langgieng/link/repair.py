"""Repair rules for names no alias matched, tried in order:

honorific  titles stripped, then an exact alias
zh_exact   the pinyin of a province's own Chinese name, spelt exactly (`Huapan`):
           it beats a reading of pinyin back into Vietnamese, which is loose
           (each pinyin syllable stands for many characters)
hanviet    the Sino-Vietnamese reading of a province's Chinese or written name,
           syllable by syllable with variant readings (`Kết Tỉnh`, `Bình Phúc`)
pinyin     romanised Chinese read back as Sino-Vietnamese (`Ruan` -> Nguyễn)
zh         the entity's Chinese name in pinyin, or its English/local name, spelt alike
office     the holder of the cued office on the date, sharing part of the name
phonetic   a similar sound key among entities of the cued kind and country; a
           name spelt in Vietnamese syllables must sound the same syllable by
           syllable (`Cồn Tum`), else it is another place (`Hà Tiên`)
context    after `tỉnh`: a province of that country the article is about, that
           sounds alike: same opening consonant and a shared syllable or a like
           consonant frame (low confidence)

After a cue that may announce a town (`thành phố X`, `huyện X`) only a full
pinyin reading may repair a name: a near spelling there is another place.
No rule picks a unit created after the article was written.

Each returns (entity id, confidence) or None; a name none resolves stays
unresolved rather than guessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from langgieng.link import phonetic, pinyin
from langgieng.link.cues import OfficeCue
from langgieng.link.hanviet import HanViet
from langgieng.link.index import AliasIndex
from langgieng.link.offices import Offices, date_range, never_held
from langgieng.link.validity import Span, not_yet
from langgieng.model import Entity
from langgieng.normalize import fold

PINYIN_CUED, PINYIN_BARE = 0.66, 1.0  # share of syllables read back correctly
SPELLING_CUED, SPELLING_BARE = 0.80, 0.90  # rapidfuzz ratio of folded letters
PHONETIC_MIN = 0.70
PHONETIC_NAMED_MIN = 0.50  # for entities the article already names
SPELLING_CACHE = 20000  # names kept with their near spellings before the cache is reset
TOPIC_MENTIONS = 2  # the weak rules only lean on provinces the article names this often
KEY_PREFILTER = 40  # sound-key ratio below which PHONETIC_MIN cannot be reached
NAME_SHARE_MIN = 0.75  # similarity that counts as sharing a name with an office holder
ZH_EXACT, HANVIET = 0.95, 0.85  # confidences of the two exact-reading rules
_RULE_NAMES = {"zh_exact": "zh", "hanviet_reading": "hanviet"}  # as mentions record them


@dataclass(slots=True)
class Need:
    """What the text around a candidate says about it."""

    words: list[str]
    kind: str | None = None
    country: str | None = None
    office: OfficeCue | None = None
    date: str | None = None  # nearest date for office tenures
    published: str | None = None
    span: Span | None = None  # the days the article may have been written on
    cued: bool = False
    exact_only: bool = False  # after `thành phố`, `huyện`, ...: no near-spelling repairs
    foreign: bool = False
    ascii: bool = False
    honorific: bool = False
    local_title: bool = False  # under a title the gazetteer's offices do not cover
    linked: dict[str, int] = field(default_factory=dict)  # entity id -> mentions so far


def _syllables(name: str) -> tuple[str, ...]:
    return tuple(fold(name).lower().replace("-", " ").split())


class Repairer:
    """Indexes of one gazetteer for the repair rules, built once."""

    def __init__(self, entities: list[Entity], index: AliasIndex, default_country: str) -> None:
        self.index = index
        self._default_country = default_country
        self._countries = frozenset(e.id for e in entities if e.kind == "country")
        self.by_id = {e.id: e for e in entities}
        self.offices = Offices([e for e in entities if e.offices])
        self.by_head: dict[tuple[int, str], list[tuple[Entity, tuple[str, ...]]]] = (
            defaultdict(list)
        )
        self.spellings: list[tuple[Entity, str]] = []
        self.zh_spellings: dict[str, list[Entity]] = defaultdict(list)
        self.hanviet = HanViet(entities)
        for entity in entities:
            if entity.kind == "country":  # misspelt (`Vương quốc Campuchi`): its written forms
                forms = dict.fromkeys([entity.name, *entity.aliases])
                self.spellings += [(entity, phonetic.compact(form)) for form in forms]
                continue
            if entity.kind not in ("person", "province"):
                continue
            for form in dict.fromkeys([entity.name, *entity.aliases]):
                syllables = _syllables(form)
                if syllables:
                    self.by_head[len(syllables), syllables[0]].append((entity, syllables))
                # a hyphenated transliteration (`Xi-phăn-đon`) is a spelling of a
                # foreign name too, compared without tones and hyphens
                if form.isascii() or form == entity.name or "-" in form:
                    self.spellings.append((entity, phonetic.compact(form)))
                if entity.kind == "person" and form.isascii():
                    # the romanisation as the press transliterates it, for `latin_key`
                    self.spellings.append((entity, phonetic.latin_key(form)))
            for hanzi in entity.zh:
                spelling = pinyin.hanzi_to_pinyin(hanzi)
                self.spellings.append((entity, spelling))
                if len(spelling) >= 4 and entity.kind == "province":
                    self.zh_spellings[spelling].append(entity)
        self.spelling_strings = [spelling for _, spelling in self.spellings]
        self._spelling_cache: dict[tuple[str, float], list[tuple[str, float, int]]] = {}
        self.sound_forms = [
            (e, form)
            for e in entities
            if e.kind == "province"
            for form in dict.fromkeys([e.name, *e.aliases])
        ]
        self.sound_keys = [phonetic.sound_key(form) for _, form in self.sound_forms]

    def repair(self, need: Need) -> tuple[str, float, str] | None:
        """(entity id, confidence, rule) of the first rule that resolves."""
        name = " ".join(need.words)
        if not name:
            return None
        rules: tuple[Callable[[Need, str], tuple[str, float] | None], ...] = (
            self.honorific, self.zh_exact, self.hanviet_reading, self.pinyin, self.zh,
            self.office, self.phonetic, self.context,
        )
        if need.exact_only:
            rules = (self.honorific, self.zh_exact, self.pinyin)
        for rule in rules:
            found = rule(need, name)
            if found:
                return found[0], round(found[1], 3), _RULE_NAMES.get(rule.__name__, rule.__name__)
        return None

    def honorific(self, need: Need, name: str) -> tuple[str, float] | None:
        if not need.honorific:
            return None
        ids = [t.entity for t in self.index.lookup(name)]
        return (ids[0], 0.95) if len(set(ids)) == 1 else None

    def zh_exact(self, need: Need, name: str) -> tuple[str, float] | None:
        if not (need.ascii and need.foreign):
            return None
        found = self.zh_spellings.get(phonetic.compact(name), ())
        ids = {e.id for e in found if self._fits(e, need)}
        return (ids.pop(), ZH_EXACT) if len(ids) == 1 else None

    def hanviet_reading(self, need: Need, name: str) -> tuple[str, float] | None:
        if need.kind not in (None, "province"):
            return None
        ids = {i for i in self.hanviet.lookup(need.words) if self._fits(self.by_id[i], need)}
        return (ids.pop(), HANVIET) if len(ids) == 1 else None

    def pinyin(self, need: Need, name: str) -> tuple[str, float] | None:
        if not need.ascii or not (need.foreign or need.cued):
            return None
        syllables = pinyin.segment_name(need.words)
        if not syllables:
            return None
        scored: dict[str, float] = {}
        heads = pinyin.readings().get(syllables[0], ())
        for entity, vietnamese in (
            pair for head in heads for pair in self.by_head.get((len(syllables), head), ())
        ):
            if not self._fits(entity, need):
                continue
            score = pinyin.reading_score(syllables, vietnamese)
            if score:
                score += self._bonus(entity, need)
            scored[entity.id] = max(score, scored.get(entity.id, 0.0))
        floor = PINYIN_CUED if need.cued and not need.exact_only else PINYIN_BARE
        return _unique_best([(s, i) for i, s in scored.items()], floor, 0.6, 0.3)

    def zh(self, need: Need, name: str) -> tuple[str, float] | None:
        letters = phonetic.compact(name)
        if not need.foreign or len(letters) < 4 or _abbreviated(need.words):
            return None
        # under a local title (`Đại tướng`, `Phó Tỉnh trưởng`) only a near-identical
        # spelling: a provincial official is seldom a known leader
        floor = SPELLING_CUED if need.cued and not need.local_title else SPELLING_BARE
        near = self._near_spellings(letters, floor)
        latin = phonetic.latin_key(name)
        if not near and latin != letters and (
            need.kind == "person" or need.kind is None and not name.isascii()
        ):
            # a Vietnamese transliteration of a romanised name (`Prắc Xô-khon`, `Xok An`
            # after a title: bare, a Latin name so read is too often another one)
            near = self._near_spellings(latin, floor)
        scored: dict[str, float] = {}
        for _, score, position in near:
            entity = self.spellings[position][0]
            if self._fits(entity, need):
                total = score / 100 + self._bonus(entity, need)
                scored[entity.id] = max(total, scored.get(entity.id, 0.0))
        return _unique_best([(s, i) for i, s in scored.items()], floor, 0.0, 0.85)

    def _near_spellings(self, letters: str, floor: float) -> list[tuple[str, float, int]]:
        """Spellings within `floor` of `letters`, cached: names recur across articles."""
        key = (letters, floor)
        near = self._spelling_cache.get(key)
        if near is None:
            if len(self._spelling_cache) > SPELLING_CACHE:
                self._spelling_cache.clear()
            near = process.extract(
                letters, self.spelling_strings, scorer=ratio, score_cutoff=floor * 100, limit=None
            )
            self._spelling_cache[key] = near
        return near

    def office(self, need: Need, name: str) -> tuple[str, float] | None:
        cue = need.office
        if cue is None:
            return None
        # No country named: the home country's holders, and those of every country
        # the article names (`ngài Tia Banh, Phó Thủ tướng` in a Cambodian delegation).
        countries = [need.country] if need.country else [
            self._default_country,
            *(c for c in need.linked if c in self._countries and c != self._default_country),
        ]
        # the date in the sentence, else the article's; any time only when neither is known
        known = [(d, c) for d, c in ((need.date, 0.85), (need.published, 0.8)) if d]
        dates: list[tuple[str | None, float]] = [*known] or [(None, 0.6)]
        for date, confidence in dates:
            holders = [
                h for country in countries
                for h in self.offices.holders(cue.role, cue.title, country, date)
            ]
            scored = [(_name_share(name, h.name), h.id) for h in holders]
            found = _unique_best(scored, NAME_SHARE_MIN, confidence)
            if found:
                return found
        return None

    def phonetic(self, need: Need, name: str) -> tuple[str, float] | None:
        """First among provinces the article is about (a looser bar), then all."""
        if need.kind != "province":
            return None
        home = need.country or self._default_country
        named = [
            (self._similarity(name, entity), entity.id)
            for entity in (
                self.by_id[i] for i, n in need.linked.items()
                if n >= TOPIC_MENTIONS and i in self.by_id
            )
            if entity.kind == "province" and entity.country == home
        ]
        found = _unique_best(named, PHONETIC_NAMED_MIN, 0.2, 0.4)
        if found:
            return found
        # A name spelt in Vietnamese syllables is another Vietnamese place unless it
        # sounds the same syllable for syllable (`Cồn Tum`, not `Hà Tiên` for Hà Tĩnh);
        # a neighbour's province so spelt is a transliteration (`Môn Đôn Ki Ri`).
        sounds = None if need.foreign else phonetic.homophone_key(name)
        key = phonetic.sound_key(name)
        near = process.extract(
            key, self.sound_keys, scorer=ratio, score_cutoff=KEY_PREFILTER, limit=None
        )
        best: dict[str, float] = {}
        for _, _, position in near:
            entity, form = self.sound_forms[position]
            if (sounds is not None and entity.country == self._default_country
                    and phonetic.homophone_key(form) != sounds):
                continue
            if self._fits(entity, need) and phonetic.same_initial(name, form):
                score = phonetic.similarity(name, form)
                best[entity.id] = max(score, best.get(entity.id, 0.0))
        return _unique_best([(s, i) for i, s in best.items()], PHONETIC_MIN, 0.2, 0.5)

    @staticmethod
    def _similarity(name: str, entity: Entity) -> float:
        return max(phonetic.similarity(name, form) for form in (entity.name, *entity.aliases))

    def context(self, need: Need, name: str) -> tuple[str, float] | None:
        """A province the article is about, of the name's country, that sounds
        like the name: a weak guess, with a low confidence. A name like none
        of them stays unresolved: it is more likely another place."""
        if need.kind != "province":
            return None
        country = need.country or self._default_country
        scored = [
            (phonetic.similarity(name, e.name), e.id)
            for e in (self.by_id.get(i) for i, n in need.linked.items() if n >= TOPIC_MENTIONS)
            if e and e.kind == "province" and e.country == country
            and any(phonetic.resembles(name, form) for form in (e.name, *e.aliases))
        ]
        return _unique_best(scored, 0.0, 0.35)

    def _fits(self, entity: Entity, need: Need) -> bool:
        if need.kind and entity.kind != need.kind:
            return False
        if need.country and entity.country and entity.country != need.country:
            return False
        if need.office and never_held(entity, need.office.role):
            return False
        return not not_yet(entity, need.span)

    def _bonus(self, entity: Entity, need: Need) -> float:
        """A small preference for entities current at the date or already named."""
        bonus = 0.02 if entity.id in need.linked else 0.0
        span = date_range(need.date or need.published)
        if span and entity.offices:
            for office in entity.offices:
                if (office.start or "") <= span[1] and (office.end or "9999") >= span[0]:
                    return bonus + 0.01
        return bonus


def _name_share(name: str, holder: str) -> float:
    """1.0 when the given names (last syllables) agree or two syllables are shared."""
    ours, theirs = _syllables(name), _syllables(holder)
    if ours and theirs and ours[-1] == theirs[-1]:
        return 1.0
    if len(set(ours) & set(theirs)) >= 2:
        return 1.0
    return phonetic.similarity(name, holder)


def _unique_best(
    scored: list[tuple[float, str]], floor: float, base: float, scale: float = 0.0
) -> tuple[str, float] | None:
    """The single best-scoring id at or above `floor`; None on a tie."""
    if not scored:
        return None
    scored.sort(reverse=True)
    best, best_id = scored[0]
    if best < floor or (len(scored) > 1 and scored[1][0] == best and scored[1][1] != best_id):
        return None
    return best_id, min(1.0, base + scale * min(best, 1.0))


def _abbreviated(words: list[str]) -> bool:
    """`Hoàng Đ. Trung`: a name with an initial for a word; spelling it out is a guess."""
    return any(len(word.rstrip(".")) == 1 for word in words)
