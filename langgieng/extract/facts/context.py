"""What every fact rule needs about one article: its sentences (and title),
each with the mentions, dates, quantities and editions found in it, and a
lower-cased form of the text for cue matching.

Cue words are matched with their diacritics (`ký` is not `kỳ`, `thăm` is
not `tham`), on NFC text with one tone convention, lower-cased. Offsets in a
`Unit` are relative to the unit; `Unit.start` places it in `Article.text`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from langgieng.extract.date_forms import Parts
from langgieng.extract.dates import date_parts, find_dates, resolve_dates
from langgieng.extract.editions import find_editions
from langgieng.extract.numbers import Quantity, find_quantities
from langgieng.extract.scanning import may_match, needed_literals
from langgieng.gazetteer import Gazetteer
from langgieng.link.cues import cues
from langgieng.model import Article, Mention, Span
from langgieng.normalize import match_form

T = TypeVar("T")
DATA = Path(__file__).resolve().parents[1] / "data"
HOME = "vn"
NEIGHBOURS = frozenset({"kh", "la"})  # the record is of Vietnam with these
PLACE_KINDS = ("province", "country")


@lru_cache(maxsize=4)
def vocabulary(name: str) -> dict[str, Any]:
    """A data file of cue words (`triggers`, `indicators`), loaded once."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def low(text: str) -> str:
    """Lower-cased matching form of (NFC) `text`, of the same length. Tone-mark
    conventions are not unified here: `alternation` spells cues both ways."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_PAIR_SYLLABLE = re.compile(rf"([oO][{_TONES}])([aeAE])(?![^\W_])|([uU][{_TONES}])([yY])(?![^\W_])")


def spellings(word: str) -> set[str]:
    """A cue in both tone-mark conventions: `hóa` and `hoá`, `thủy` and `thuỷ`."""
    new = match_form(word).lower()
    nfd = unicodedata.normalize("NFD", new)

    def move(m: re.Match[str]) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return first[0] + second + first[1]

    old = unicodedata.normalize("NFC", _PAIR_SYLLABLE.sub(move, nfd))
    return {new, old} | {_Y_AS_I.sub(lambda m: m.group(1) + _I_OF_Y[m.group(2)], w)
                         for w in (new, old)}


# `kí kết` for `ký kết`, `quản lí` for `quản lý`: a syllable of a consonant and y is also
# written with i (not `quy`, `uy`, whose y follows a vowel)
_I_OF_Y = dict(zip("yýỳỷỹỵ", "iíìỉĩị", strict=True))
_Y_AS_I = re.compile(r"(?<![^\W\d_])([bcdđghklmnprstvx]{1,2})([yýỳỷỹỵ])(?![^\W_])")


def alternation(words: list[str], *, not_after: str = "") -> str:
    """Regex alternation of cue phrases, longest first, on word boundaries (and
    not right after `not_after`, if given).

    Phrases are grouped by their first letter (`t(?:hăm|ham gia)`), keeping their
    order inside each group: only phrases with the same first letter can match at
    one place, so the matches are those of the flat list, but the engine tries one
    group instead of every phrase at each word start."""
    ordered = sorted({s for w in words for s in spellings(w)}, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(_literal(phrase[1:]))
    # The word-start test comes after the first letter (`(?<![^\W_].)` there is
    # `(?<![^\W_])` before it) so that the pattern opens with literals, which the
    # engine looks for quickly. `not_after` is tested there too, one character on.
    behind = _WORD_START_BEHIND + (rf"(?<!{re.escape(not_after)}[\s\S])" if not_after else "")
    body = "|".join(f"{_literal(first)}{behind}(?:{'|'.join(rests)})"
                    for first, rests in groups.items())
    return rf"(?:{body})(?![^\W_])"


_WORD_START_BEHIND = r"(?<![^\W_][\s\S])"  # after one character: no letter before it
_SHARED_HEAD = [(re.escape(a), re.escape(b)) for a, b in vocabulary("triggers")["shared_head"]]


def _literal(phrase: str) -> str:
    """A phrase as a regex; its spaces match any run of white space, and a pair
    with a shared head (`xuất nhập`) any way of joining it (`xuất, nhập`, `xuất - nhập`)."""
    pattern = re.escape(phrase).replace(r"\ ", r"\s+")
    for first, second in _SHARED_HEAD:
        pattern = pattern.replace(rf"{first}\s+{second}", rf"{first}\s*[,/–-]?\s*{second}")
    return pattern


def cue_regex(words: list[str]) -> re.Pattern[str]:
    return re.compile(alternation(words))


_PARTIES = vocabulary("triggers")["parties"]
_VENUE = re.compile(
    r"(?<![^\W_])(?:" + "|".join(map(re.escape, _PARTIES["venue_preps"])) + r")\s+(?:(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PARTIES["venue_unit_words"])
    + r")\s+)?$"
)
_HOST = cue_regex(_PARTIES["hosts"])
_HOMETOWN = re.compile(r"(?<![^\W_])(?:quê(?:\s+quán)?|nguyên\s+quán)(?![^\W_])[^.;:()]{0,45}$")
_HOMETOWN_NEEDS = needed_literals(_HOMETOWN)
# `Hà Nội, ngày 20/1/2025 - ...`, `Tân Hoa xã Hà Nội ngày 10 tháng 1 điện`: where the news was filed
_DATELINE_TAIL = re.compile(r"\s*,?\s*(?:ngày|hôm)\s+\d|\s*,\s*\d{1,2}/\d{1,2}")
_WEAK_RULES = frozenset(_PARTIES["weak_rules"])
_INFRASTRUCTURE = frozenset(s for w in _PARTIES["infrastructure"] for s in spellings(w))
_INFRA_MODIFIERS = ("quốc tế", "nối", "liên kết", "kết nối")
_INFRA_LAST = frozenset(w.split()[-1] for w in [*_INFRASTRUCTURE, *_INFRA_MODIFIERS])
_NAME_DASH = re.compile(r"^\s*[-–—]\s*$")
# `tỉnh` not followed by a name: the writer's own province (`Bộ CHQS tỉnh với`, `tỉnh ta`)
OWN_PROVINCE = re.compile(r"(?<![^\W_])[Tt]ỉnh(?:\s+ta\b|(?=\s*[,.;:)]|\s+(?:với|và|đã|"
                           r"cùng|có|tổ chức)\s))")


def is_venue(lowered: str, pos: int) -> bool:
    """Whether the name at `pos` follows a venue preposition (`tại thành phố X`)
    that no host word (`dự án đầu tư tại X`) turns into a party, or is someone's
    home (`liệt sĩ A, quê quán xã B, huyện C, tỉnh X`): where, not who."""
    if may_match(_HOMETOWN_NEEDS, lowered) and _HOMETOWN.search(lowered, max(0, pos - 50), pos):
        return True
    venue = _VENUE.search(lowered, max(0, pos - 30), pos)
    if venue is None:
        return False
    before = lowered[max(0, venue.start() - _PARTIES["host_window"]) : venue.start()]
    return not _HOST.search(before.rsplit(",", 1)[-1])


@dataclass(slots=True)
class Mark:
    """A linked mention inside one unit (offsets relative to the unit)."""

    start: int
    end: int
    entity: str
    kind: str
    confidence: float
    rule: str = ""
    venue: bool = False  # a province or city after `tại`: where, not who

    @property
    def weak(self) -> bool:
        """Linked by a guess (sound alike, the article's topic) rather than a cue."""
        return self.rule in _WEAK_RULES and self.confidence < _PARTIES["weak_below"]


DATELINE_REACH = 20  # characters into a sentence a date may start and still open it
# `(Baonghean.vn) - `, `(GLO)- `, `TTH.VN - `, `ANTĐ - `: the outlet's tag before a lead
_OUTLET_TAG = re.compile(r"\s*(?:\([^()\n]{2,30}\)|[A-ZĐ][\w.]{1,20})\s*[-–—]\s+")


@dataclass(slots=True)
class Unit:
    """One sentence of the article, or its title (`start` -1). Dates, figures
    and editions are found on first use: most sentences need none of them."""

    start: int
    text: str
    low: str
    marks: list[Mark] = field(default_factory=list)
    reference: str | None = None  # the article's date, to resolve partial dates
    date_parts: list[Parts] | None = None  # its share of the article's dates, if given
    _dates: list[Any] | None = None
    _quantities: list[Quantity] | None = None
    _editions: list[tuple[int, int, int]] | None = None
    looked_up: dict[str, Any] = field(default_factory=dict)  # see `per_sentence`

    @property
    def dates(self) -> list[Any]:
        if self._dates is None:
            if self.date_parts is None:
                self._dates = find_dates(self.text, reference=self.reference)
            else:
                self._dates = resolve_dates(self.text, self.date_parts, self.reference)
        return self._dates

    @property
    def quantities(self) -> list[Quantity]:
        if self._quantities is None:
            self._quantities = list(find_quantities(self.text))
        return self._quantities

    @property
    def editions(self) -> list[tuple[int, int, int]]:
        if self._editions is None:
            self._editions = [(e[0], e[1], e[2]) for e in find_editions(self.text)]
        return self._editions

    @property
    def is_title(self) -> bool:
        return self.start < 0

    @property
    def evidence(self) -> Span:
        if self.is_title:
            return Span(0, 0)
        return Span(self.start, self.start + len(self.text))

    def marks_of(self, *kinds: str, lo: int = 0, hi: int | None = None) -> list[Mark]:
        hi = len(self.text) if hi is None else hi
        return [m for m in self.marks if m.kind in kinds and lo <= m.start and m.end <= hi]

    def parties_of(self, *kinds: str, lo: int = 0, hi: int | None = None) -> list[Mark]:
        """Marks that may be a fact's parties: venues left out, confident links first."""
        marks = [m for m in self.marks_of(*kinds, lo=lo, hi=hi) if not m.venue]
        return sorted(marks, key=lambda m: m.weak)

    def dates_in(self, lo: int = 0, hi: int | None = None) -> list[Any]:
        hi = len(self.text) if hi is None else hi
        return [d for d in self.dates if lo <= d.start and d.end <= hi]

    def dateline(self, hi: int, reach: int = DATELINE_REACH) -> Any | None:
        """The date that opens the sentence (`Chiều 7/1, ...`, `Mùa khô 2023-2024, ...`):
        the first before `hi`, when it starts within `reach` characters."""
        before = self.dates_in(0, hi)
        tag = _OUTLET_TAG.match(self.text)  # counted from after the outlet's tag
        return before[0] if before and before[0].start < reach + (tag.end() if tag else 0) else None


def per_sentence(look: Callable[[str], T]) -> Callable[[Unit], T]:
    """`look(unit.low)`, worked out once per sentence and kept on the unit: rules
    ask the same question of a sentence for each figure in it."""
    key = look.__qualname__

    def lookup(unit: Unit) -> T:
        if key not in unit.looked_up:
            unit.looked_up[key] = look(unit.low)
        return cast(T, unit.looked_up[key])

    return lookup


class Context:
    """One article prepared for the fact rules."""

    def __init__(self, article: Article, gazetteer: Gazetteer | None) -> None:
        self.article = article
        self.gazetteer = gazetteer
        # the countries the titles of discovered people name (`Tỉnh trưởng tỉnh Svay Rieng`)
        self._claimed = {c.entity: c.country for c in article.office_claims if c.country}
        # and the provinces they serve (`Bí thư Tỉnh ủy Quảng Nam`)
        self._serves = {c.entity: c.unit for c in article.office_claims
                        if c.unit and c.unit.count("/") == 1 and not c.unit.startswith(_NOT_PLACES)}
        self.published = article.published
        self.low = low(article.text)
        self._linked = sorted((m for m in article.mentions if m.entity), key=lambda m: m.start)
        self._starts = [m.start for m in self._linked]
        self.units = [self._unit(s.start, s.end) for s in article.sentences]
        _share_dates(self.units, date_parts(article.text))
        title = article.title
        # the headline is the text's first line; the lead is the first sentence after it
        self.headline_end = len(title) if title and article.text.startswith(title) else -1
        # the headline last: rules that keep the first statement of a fact keep the body's
        body = [u for u in self.units if u.start > self.headline_end]
        self.units = body + [u for u in self.units if u.start <= self.headline_end]
        self.lead = body[0] if body else None
        self.title = (
            Unit(-1, title, low(title), reference=self.published) if title.strip() else None
        )
        counts = Counter(m.entity for u in self.units for m in u.marks if not m.venue)
        # a place named only as a venue is the main pair's last resort (a delegation's host)
        venues = Counter(m.entity for u in self.units for m in u.marks if m.venue)
        self.vn_province = (_most_common(counts, _home) or _most_common(venues, _home)
                            or self._outlets_province())
        self.partner_province = (
            _most_common(counts, _partner_side) or _most_common(venues, _partner_side)
        )
        self.provincial = self._is_provincial(counts)
        partner = _most_common(counts, lambda e: len(e) == 2 and e != HOME)
        if partner is None and self.partner_province:
            partner = self.partner_province.split("/")[0]
        self.partner_country = partner
        # Vietnam and both neighbours named: a triangle's article (`ba nước` are these)
        self.names_the_three = all(counts[c] for c in (HOME, *NEIGHBOURS))
        self.team_provinces = _team_provinces(self.low, self._linked)

    def _outlets_province(self) -> str | None:
        """A provincial outlet's own province (`baobariavungtau.com.vn`, `tayninh.gov.vn`),
        for a text that names no Vietnamese province but speaks of its own (`Bộ CHQS tỉnh
        với ...`, `tỉnh ta`): the press of a province calls it just `tỉnh`."""
        url = self.article.url
        if not url or self.gazetteer is None or not OWN_PROVINCE.search(self.article.text):
            return None
        try:
            labels = (urlsplit(url).hostname or "").split(".")
        except ValueError:  # an address no parser reads (`http://[::1`): no outlet told
            return None
        for entity in self.gazetteer.by_kind("province"):
            if entity.id.startswith(HOME + "/"):
                name = entity.id.split("/")[1].replace("-", "")
                if any(label in {name, "bao" + name, name + "tv", "truyenhinh" + name}
                       for label in labels):
                    return entity.id
        return None

    def _is_provincial(self, counts: Counter[str]) -> bool:
        """Whether the article is about a Vietnamese province (named in the title,
        or often), so that `hai bên` means the province and its partner."""
        if self.vn_province is None:
            return False
        entity = self.gazetteer.get(self.vn_province) if self.gazetteer is not None else None
        names = {low(m.surface) for m in self.article.mentions if m.entity == self.vn_province}
        if entity is not None:
            names.add(low(entity.name))  # the title may spell it as the body does, or not
        title = self.title.low if self.title else ""
        in_title = any(_named_not_venue(title, name) for name in names)
        return in_title or counts[self.vn_province] >= 3 or (
            counts[self.vn_province] >= 2 and self.partner_province is not None
            and counts[self.partner_province] >= 2)

    def _unit(self, start: int, end: int) -> Unit:
        text = self.article.text[start:end]
        lowered = self.low[start:end]
        inside = self._linked[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        marks = [
            Mark(m.start - start, m.end - start, m.entity or "", m.kind, m.confidence, m.rule,
                 m.kind == "province" and is_venue(lowered, m.start - start))
            for m in inside
            if m.end <= end
        ]
        _mark_dateline(lowered, marks)
        _mark_infrastructure(lowered, marks)
        return Unit(start, text, lowered, marks, reference=self.published)

    def unit_of(self, fact: Any) -> Unit | None:
        """The sentence a fact was told in (its evidence)."""
        return next((u for u in self.units if u.evidence == fact.evidence), None)

    def previous_sentence_pair(self, unit: Unit) -> list[str] | None:
        """The two provinces, one of each side, that the sentence before names (`Đoàn tỉnh
        A thăm tỉnh B.`, a place visited being a side too): what `hai bên` then means."""
        vn, other = self._provinces_before(unit, venues=True)
        return [vn[0], other[0]] if vn and other else None

    def previous_sentence_partners(self, unit: Unit) -> list[list[str]]:
        """One Vietnamese province with each of two or more partner provinces, as the
        sentence before names them (`giữa Công an tỉnh A với công an các tỉnh B, C, D`)."""
        vn, other = self._provinces_before(unit, venues=False)
        if len(vn) != 1 or len(other) < 2 or len({o.split("/")[0] for o in other}) != 1:
            return []
        return [[vn[0], o] for o in other]

    def sentence_before(self, unit: Unit) -> Unit | None:
        """The sentence before `unit` in `units`' order (the body's, then the headline)."""
        at = next((i for i, u in enumerate(self.units) if u is unit), 0)
        return self.units[at - 1] if at > 0 else None

    def sentence_after(self, unit: Unit) -> Unit | None:
        """The sentence after `unit` in `units`' order."""
        at = next((i for i, u in enumerate(self.units) if u is unit), len(self.units))
        return self.units[at + 1] if at + 1 < len(self.units) else None

    def _provinces_before(self, unit: Unit, *, venues: bool) -> tuple[list[str], list[str]]:
        """The Vietnamese and the other provinces the sentence before `unit` names, each
        once in the order written (with the places it names as venues after the others,
        or without: `Sáng 12/3, tại Hà Nội, lãnh đạo tỉnh A và tỉnh B hội đàm` is of A)."""
        before = self.sentence_before(unit)
        if before is None:
            return [], []
        marks = (sorted(before.marks_of("province"), key=lambda m: m.venue) if venues
                 else before.parties_of("province"))
        named = list(dict.fromkeys(m.entity for m in marks))
        return [e for e in named if _home(e)], [e for e in named if not _home(e)]

    def mentions_of(self, entity: str) -> list[Mention]:
        """Where the article names `entity`."""
        return [m for m in self._linked if m.entity == entity]

    def serving(self, province: str) -> list[str]:
        """The people the article names as officials of `province` (by their titles)."""
        return [person for person, unit in self._serves.items() if unit == province]

    def post_holder(self, unit: Unit, country: Mark, on_date: str | None) -> str | None:
        """Who held the post named right before a country with no name (`Thủ tướng Lào
        sẽ ...`) on the (partial) date: the gazetteer's one holder, else None."""
        return self.holder_of_post_before(unit, country.start, country.entity, on_date)

    def holder_of_post_before(self, unit: Unit, pos: int, country: str,
                              on_date: str | None) -> str | None:
        """Who held, in `country` on the (partial) date, the post named right before `pos`
        (`Thủ tướng Chính phủ| hai nước`): the gazetteer's one holder, else None."""
        if self.gazetteer is None or not on_date or on_date.startswith("--"):
            return None
        post = cues().cues_before(unit.low, pos)[1]
        holders = self.gazetteer.holders(post.role, country, on_date) if post else []
        return holders[0].id if len(holders) == 1 else None

    def country_of(self, entity_id: str) -> str | None:
        """The country an entity belongs to: a province's prefix, a person's office."""
        head = entity_id.split("/")[0]
        if "/" not in entity_id:
            return entity_id if len(entity_id) == 2 else None
        if head not in ("person", "org", "series"):
            return head
        entity = self.gazetteer.get(entity_id) if self.gazetteer is not None else None
        if entity is None:
            return self._claimed.get(entity_id)  # a discovered person, by their title
        if entity.country:
            return entity.country.split("/")[0]
        for office in entity.offices:
            if office.country:
                return office.country.split("/")[0]
        return None

    def province_of(self, entity_id: str) -> str | None:
        """The province a person serves, as their title in this article names it."""
        return self._serves.get(entity_id)

    def sole_neighbour(self, province: str) -> str | None:
        """The one of Laos and Cambodia a Vietnamese province borders on the report's date
        (Tây Ninh: Cambodia; Kon Tum, on both: none)."""
        if self.gazetteer is None:
            return None
        near = self.gazetteer.borders(province, self.published) & NEIGHBOURS
        return near.pop() if len(near) == 1 else None

    def partner_of(self, country: str | None) -> str | None:
        """The other country of the article's main pair."""
        if country == HOME:
            return self.partner_country
        return HOME if country else None


_NOT_PLACES = ("person/", "org/", "series/")
# a province's teams that search for remains: `Đội K52 (..., Bộ CHQS tỉnh Gia Lai)`,
# `Ban Chỉ đạo 515 tỉnh An Giang`; the province follows the team's name closely
# (each first letter before its word-start test, as in `alternation`)
TEAM = re.compile(
    rf"(?:c{_WORD_START_BEHIND}ác đội(?: k\d+)?|đ{_WORD_START_BEHIND}ội(?: k\d+)?"
    rf"|b{_WORD_START_BEHIND}an (?:chỉ đạo(?: \d+)?|công tác đặc biệt))(?![^\W_])"
)
_TEAM_REACH = 70


def _team_provinces(lowered: str, linked: list[Mention]) -> dict[str, str]:
    """The Vietnamese province each team the article names belongs to, where the
    text says so at the team's name."""
    bound: dict[str, str] = {}
    for team in TEAM.finditer(lowered):
        province = next((m.entity for m in linked
                         if team.end() <= m.start < team.end() + _TEAM_REACH
                         and m.kind == "province" and _home(m.entity or "")
                         and not re.search(r"[.;]", lowered[team.end() : m.start])), None)
        if province is not None:
            bound.setdefault(team.group(), province)
    return bound


def _mark_dateline(lowered: str, marks: list[Mark]) -> None:
    """A place that opens the sentence (after at most a news agency's name) and
    is followed by the date is the dateline: where the news was filed."""
    covered = 0
    for mark in marks:
        if lowered[covered : mark.start].strip(" \t()-–,:"):
            return
        if mark.kind == "province" and _DATELINE_TAIL.match(lowered, mark.end):
            mark.venue = True
            return
        covered = mark.end


def _mark_infrastructure(lowered: str, marks: list[Mark]) -> None:
    """Places inside a road's, port's or border gate's name are where, not who."""
    inside = False
    for index, mark in enumerate(marks):
        previous = marks[index - 1] if index else None
        if inside and previous is not None and _NAME_DASH.match(lowered[previous.end : mark.start]):
            mark.venue = True
            continue
        inside = mark.kind in PLACE_KINDS and _after_infrastructure(lowered, mark.start)
        mark.venue = mark.venue or inside


def _after_infrastructure(lowered: str, pos: int) -> bool:
    """`đường cao tốc X`, `cửa khẩu quốc tế X`: the words just before `pos` (set
    lookups: this runs for every place named). Not `trực tuyến`: online."""
    if not lowered[pos - 1 : pos].isspace():
        return False
    last = lowered[lowered.rfind(" ", max(0, pos - 14), pos - 1) + 1 : pos - 1]
    if last not in _INFRA_LAST:
        return False  # most places follow `tỉnh`, `với`, `và`: one set lookup
    before = " ".join(lowered[max(0, pos - 36) : pos].split()[-5:])
    for modifier in _INFRA_MODIFIERS:
        if before.endswith(" " + modifier):
            before = before[: -len(modifier) - 1]
            break
    words = before.split()
    return any(" ".join(words[-n:]) in _INFRASTRUCTURE for n in (1, 2, 3)
               if len(words) >= n) and not before.endswith("trực tuyến")


def _named_not_venue(text: str, name: str) -> bool:
    """Whether `name` occurs in `text` other than as a venue (`họp tại Hà Nội`)."""
    return any(not is_venue(text, m.start()) for m in re.finditer(re.escape(name), text))


def _home(entity: str) -> bool:
    return entity.startswith(HOME + "/")


def _partner_side(entity: str) -> bool:
    """A province of a neighbour (`kh/kampot`), not a person or a series."""
    return "/" in entity and entity[:2] != HOME and entity.split("/")[0] == entity[:2]


def _most_common(counts: Counter[str], keep: Any) -> str | None:
    ranked = [(n, e) for e, n in counts.items() if keep(e)]
    if not ranked:
        return None
    return max(ranked, key=lambda item: (item[0], -_first_index(item[1], counts)))[1]


def _first_index(entity: str, counts: Counter[str]) -> int:
    return list(counts).index(entity)


def _share_dates(units: list[Unit], parts: tuple[Parts, ...]) -> None:
    """Give each sentence the dates the article-wide scan found inside it, as
    offsets into the sentence (a date across a sentence end is none)."""
    starts = [u.start for u in units]
    shares: list[list[Parts]] = [[] for _ in units]
    for p in parts:
        index = bisect_right(starts, p.start) - 1
        if index >= 0 and p.end <= starts[index] + len(units[index].text):
            shares[index].append(p.moved_back(starts[index]))
    for unit, share in zip(units, shares, strict=True):
        unit.date_parts = share
