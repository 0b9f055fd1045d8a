"""People the gazetteer lacks, recognised from the text alone.

A capitalised name that no alias matched and no repair rule resolved is a
person when the text says so and the name has the shape of one:

- a title stands before it (`Phó Chủ tịch UBND tỉnh Tây Ninh Nguyễn Văn A`)
  or after it in apposition (`Men Sam An, Tỉnh trưởng tỉnh Svay Rieng`), or a
  form of address (`ông`, `Lok Chumteav`); a Vietnamese full name of three
  syllables or more that opens with a family name needs no cue;
- a Vietnamese name opens with a family name and is all Vietnamese syllables;
  a Khmer or Lao name (`Sar Sokha`, `Xỉ-xổm-phon`) needs a cue and a country
  other than Vietnam, and is not pinyin (`Chen Wenbin` is a garble: left
  unresolved, never made a new person).

Its id follows the gold convention, `person/<slug of the name as written>`;
what the title says of it becomes an `OfficeClaim` with its evidence. A name
under a national office the gazetteer lists holders for is a garble of a
holder, not a new person: it stays unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from langgieng.gazetteer.local_units import local_unit_names
from langgieng.link import pinyin
from langgieng.link.candidates import HYPHEN, Candidate, vietnamese_syllable
from langgieng.link.cues import OfficeCue, cues, load_data, lowered
from langgieng.link.document import Doc
from langgieng.link.filters import opens_sentence
from langgieng.link.offices import Offices, nearest_year
from langgieng.link.phonetic import likeness
from langgieng.model import Entity, Mention, OfficeClaim, Span
from langgieng.normalize import fold, slugify, tone_normalize

_MOST_WORDS = 7  # `Văn La Vông Năn Tha Vông`: a Lao name, syllable by syllable
TITLE_REACH = 90  # characters searched before a name for the title it bears
TITLE_GAP = 60  # characters at most between a title's head and the name
_WORD = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
# how like a holder's name a foreign name must sound to be taken for a garble of it:
# spellings of one name score 0.75 and up, different ones rarely over 0.6
HOLDER_LIKENESS = 0.7
VIETNAMESE_HOLDER_LIKENESS = 0.6
_SINGLE_HOLDER_ROLES = frozenset(load_data("cues.json")["single_holder_roles"])
SPELLING_LIKENESS = 0.85  # a known person's name spelt otherwise (`Tia Banh`: Tea Banh)
SPELT = 0.8  # the confidence of such a link
TITLED, ADDRESSED, BARE = 0.75, 0.65, 0.55  # confidences by the cue that found the person
_PLACE_KINDS = ("province", "place")  # the kinds of `data/cues.json` that name a unit
_HARD_STOP = re.compile(r"[.;:!?\n\"()]|\s[-–—]\s")
_DASH_BEFORE_NAME = re.compile(r"\s[-–—]\s+$")  # a title, a dash, then the name
_VOWEL = re.compile("[aeiouv]")
_INTERJECTIONS = frozenset({"o", "e", "ei", "yo", "lo"})
_APPOSITION = re.compile(r"\s*(?:[,(]|\s[-–—]|-(?=\w))\s*")  # `X, T`, `X - T`, `X-T`
_CHAIN = re.compile(r",\s*")  # `X, Bí thư, Tỉnh trưởng tỉnh Y`: the next title of a chain
_CHAINED_TITLES = 3
# Vietnam's people's committees and councils: a title that names one is Vietnam's post
_HOME_BODIES = ("ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "hđnd", "hội đồng nhân dân")
_HOME_BODY = re.compile(r"(?<![^\W_])(?:" + "|".join(
    re.escape(body).replace(r"\ ", r"\s+") for body in _HOME_BODIES) + r")(?![^\W_])")
# bodies a title names before the unit it serves: `Chủ tịch UBND X`, `Bí thư Đảng ủy X`
_UNIT_BODIES = (*_HOME_BODIES, "mặt trận tổ quốc", "đảng ủy", "đảng uỷ")
_POSTED_AT = re.compile(r"\stại\s")
_PHRASE_END = re.compile(r"[,.;:!?\n\")]|\s[-–—]\s")


@dataclass(frozen=True, slots=True)
class Title:
    start: int
    end: int
    role: str


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    heads: ahocorasick.Automaton  # every title form -> (its length, its role)
    role_of: dict[str, str]
    breaks: frozenset[str]
    surnames: frozenset[str]  # folded, for a text that lost its marks (`Nguyen`)
    marked_surnames: frozenset[str]  # lower case with marks: `Vụ` (a department) is no `Vũ`
    org_heads: frozenset[str]  # lower case
    org_words: frozenset[str]  # lower case: `Group`, `Bank`
    company: re.Pattern[str]  # a company word ending just before a name
    bare_surnames: frozenset[str]  # folded: those that may open a name with no cue
    name_compounds: frozenset[str]  # lower case: `quốc gia`, whose `gia` is a break word
    year_names: frozenset[str]  # lower case: `canh tý`, a year of the sexagenary cycle
    place_initialisms: frozenset[str]  # as written: `TP` (thành phố), which opens a place


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = load_data("titles.json")
    names = load_data("names.json")
    titles = {lowered(t): role for t, role in data["titles"].items()}
    role_of = dict(titles)
    for title, role in titles.items():  # `phó`, `quyền` (deputy, acting) before any title
        role_of.setdefault(f"phó {title}", role if role.startswith("deputy") else f"deputy_{role}")
        role_of.setdefault(f"quyền {title}", role)
    # both tone placements (`ủy` and `uỷ`, `hóa` and `hoá`): the text keeps the writer's
    role_of = {form: role for title, role in role_of.items() for form in _tone_forms(title)}
    heads = ahocorasick.Automaton()
    for form, role in role_of.items():
        heads.add_word(form, (len(form), role))
    heads.make_automaton()
    return _Vocabulary(
        heads=heads,
        role_of=role_of,
        breaks=frozenset(lowered(w) for w in data["breaks"]),
        surnames=frozenset(fold(s) for s in data["surnames"]),
        marked_surnames=frozenset(tone_normalize(lowered(s)) for s in data["surnames"]),
        org_heads=frozenset(lowered(w) for w in data["org_heads"]),
        org_words=frozenset(data["org_words"]),
        company=re.compile("(?:" + "|".join(
            re.escape(lowered(w)) for w in names["company_words"]
        ) + r")\s+$"),
        bare_surnames=frozenset(fold(s) for s in data["bare_surnames"]),
        name_compounds=frozenset(lowered(w) for w in data["name_compounds"]),
        place_initialisms=frozenset(data["place_initialisms"]),
        year_names=frozenset(f"{lowered(stem)} {lowered(branch)}" for stem in names["year_stems"]
                             for branch in names["year_branches"]),
    )


_AT = re.compile(r"(?<![^\W_])(?:tại|ở)\s+$")  # a place follows
_SPELLINGS_KEPT = 65536  # names whose known spelling is remembered, at most


class Discoverer:
    """Finds people the gazetteer lacks; built once per linker."""

    def __init__(
        self, entities: dict[str, Entity], offices: Offices,
        known_countries: dict[str, str] | None = None,
    ) -> None:
        self.entities = entities
        self.offices = offices
        self.known_countries = known_countries or {}  # of people stored articles taught
        self.words = _vocabulary()
        self.people: dict[str, list[Entity]] = {}  # the gazetteer's people by country
        for entity in entities.values():
            if entity.kind == "person" and entity.country:
                self.people.setdefault(entity.country, []).append(entity)
        # (name, country) -> the known person it spells: names recur across articles
        self._spellings: dict[tuple[str, str | None], Entity | None] = {}

    def title_before(self, doc: Doc, start: int) -> Title | None:
        """The title phrase that ends at the name starting at `start`, if any:
        its head, then unit words (no verb, connective or sentence end) up to the name."""
        if start not in doc.titles:
            doc.titles[start] = self._title_before(doc, start)
        found: Title | None = doc.titles[start]
        return found

    def _title_before(self, doc: Doc, start: int) -> Title | None:
        low = doc.low
        heads = self._heads(doc)
        first = bisect_left(heads, (start - TITLE_REACH,))
        best: Title | None = None
        for head_start, head_end, role in heads[first:]:
            if head_end > start:
                break
            gap = low[head_end:start]
            dash = _DASH_BEFORE_NAME.search(gap)  # `Phó Tỉnh trưởng Svay Rieng - Ha Vantanak`
            if dash:
                gap = gap[: dash.start()]
            if len(gap) > TITLE_GAP or _HARD_STOP.search(gap) or self._breaks(
                    doc, head_end, head_end + len(gap)):
                continue
            # a chain (`Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`): the nearest head's role
            best = Title(best.start if best else head_start, start, role)
        if best is not None:
            end = start
            while end > best.start and low[end - 1] in " ,":
                end -= 1
            best = Title(best.start, end, best.role)
        return best

    def _heads(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Every title in the text as (start, end, role), whole words, the longest
        where titles overlap (`phó chủ tịch`, not `chủ tịch`); found once per article."""
        if doc.heads is None:
            low = doc.low
            found = []
            for last, (length, role) in self.words.heads.iter(low):
                begin, end = last + 1 - length, last + 1
                if (begin == 0 or not low[begin - 1].isalpha()) and (
                    end == len(low) or not low[end].isalpha()
                ):
                    found.append((begin, end, role))
            found.sort(key=lambda head: (head[0], -head[1]))
            kept: list[tuple[int, int, str]] = []
            for head in found:
                if not kept or head[0] >= kept[-1][1]:
                    kept.append(head)
            doc.heads = kept
        return doc.heads

    def title_before_text(self, low: str, start: int) -> bool:
        """A title of office ends right before `start` (`chủ tịch X`), not one whose
        last words name a body that a unit follows (`Chủ tịch UBND X`: X is a place)."""
        before = low[max(0, start - TITLE_GAP) : start].rstrip()
        return any(
            (before.endswith(f" {form}") or before == form) and not form.endswith(_UNIT_BODIES)
            for form in self.words.role_of
        )

    def title_at(self, doc: Doc, start: int) -> bool:
        """A title starts at `start` (`Chánh Văn phòng`): what follows is no name."""
        heads = self._heads(doc)
        at = bisect_left(heads, (start,))
        return at < len(heads) and heads[at][0] == start

    def title_after(self, doc: Doc, end: int) -> Title | None:
        """A title in apposition right after the name: `X, Tỉnh trưởng tỉnh Y`. In a chain
        of titles that only the last one's unit closes (`X, Bí thư, Tỉnh trưởng tỉnh Y`),
        the first title's unit is that one too."""
        title = self._title_opening(doc, end)
        if title is None:
            return None
        for _ in range(_CHAINED_TITLES):
            if self._names_a_unit(doc, title) or not doc.low.startswith(",", title.end):
                break
            chained = self._title_opening(doc, title.end, chained=True)
            if chained is None or self._first_place(doc, chained) != "province":
                break  # (`..., Chủ tịch Hội Hữu nghị Việt Nam - Campuchia tỉnh Y`: a society's)
            title = Title(title.start, chained.end, title.role)
        return title

    def _names_a_unit(self, doc: Doc, title: Title) -> bool:
        return any(m.entity and m.kind in ("province", "org") and title.start <= m.start
                   and m.end <= title.end for m in doc.mentions)

    @staticmethod
    def _first_place(doc: Doc, title: Title) -> str | None:
        """The kind of the first province or country a title names."""
        return next((m.kind for m in doc.mentions if m.entity and m.kind in (
            "province", "country") and title.start <= m.start and m.end <= title.end), None)

    def _title_opening(self, doc: Doc, end: int, *, chained: bool = False) -> Title | None:
        """The title whose head opens right after `end` and its apposition mark (a comma
        alone where the title is one of a chain)."""
        low = doc.low
        opener = (_CHAIN if chained else _APPOSITION).match(low, end)
        if not opener:
            return None
        heads = self._heads(doc)
        at = bisect_left(heads, (opener.end(),))
        if at == len(heads) or heads[at][0] != opener.end():
            return None
        head_start, head_end, role = heads[at]
        stop = _PHRASE_END.search(low, head_end)
        phrase_end = stop.start() if stop else len(low)
        phrase_end = min(phrase_end, head_end + TITLE_GAP)
        words = low[head_end:phrase_end]
        for n, found in enumerate(re.finditer(r"[^\W\d_]+", words)):
            if found.group() in self.words.breaks:
                if n == 0 and "," in opener.group():
                    return None  # `X, Phó Bí thư chúc ...`: the title opens the next clause
                # `X - Tỉnh trưởng cùng ...`, `X, Phó Bí thư Tỉnh ủy tỉnh Y làm Trưởng đoàn`
                phrase_end = head_end + found.start()
                break
        while phrase_end > head_start and low[phrase_end - 1] == " ":
            phrase_end -= 1
        return Title(head_start, phrase_end, role)

    def _breaks(self, doc: Doc, start: int, end: int) -> bool:
        """A verb or connective between a title's head and a name ends the title.
        Written capitalised, the word belongs to a unit's name (`Bộ Kế hoạch và
        Đầu tư`); so does `và` before one (unless a new title opens there), and the
        second syllable of a capitalised word (`Ủy ban Biên giới Quốc gia`)."""
        previous = ""
        for word in _WORD.finditer(doc.text, start, end):
            lowered, before = doc.low[word.start() : word.end()], previous
            previous = lowered if word.group()[0].isupper() else ""
            if word.group()[0].isupper() or lowered not in self.words.breaks:
                continue
            if f"{before} {lowered}" in self.words.name_compounds:
                continue  # `Quốc gia`: the second syllable of a capitalised word
            if word.group() == "và":
                after = _WORD.search(doc.text, word.end(), end)
                if after and after.group()[0].isupper() and not self.title_at(doc, after.start()):
                    continue
            return True
        return False

    def person(
        self,
        candidate: Candidate,
        doc: Doc,
        *,
        addressed: bool,
        office: OfficeCue | None,
        country: str | None,
        date: str | None,
    ) -> tuple[Mention, OfficeClaim | None] | None:
        """A discovered person for `candidate`, with what its title claims; None
        when the text does not make it one."""
        candidate = self._before_title(doc, candidate)
        words = _syllables_of_one_word(candidate.words)
        if not 2 <= len(words) <= _MOST_WORDS or self._company(doc, candidate):
            return None
        if any(f"{lowered(a)} {lowered(b)}" in self.words.year_names
               for a, b in zip(words, words[1:], strict=False)):
            return None  # `Tết Canh Tý`: a year of the sexagenary cycle
        if self._ends_inside_word(doc, candidate):
            return None  # `Trưởng Đoàn Đại biểu Quốc hội`: `Đại` opens `đại biểu`
        # a Lao name written syllable by syllable stands between two titles, or a form
        # of address and a title (`đồng chí A B C D E G, Phó Tỉnh trưởng`)
        if len(words) > 5 and (_vietnamese_name(words, self.words) or not (
                (addressed or self.title_before(doc, candidate.start))
                and self.title_after(doc, candidate.end))):
            return None
        if self.title_at(doc, candidate.name_start):
            return None  # `Chánh Văn phòng`: the words open a title
        title = self.title_before(doc, candidate.start) or self.title_after(doc, candidate.end)
        if office is not None and title is not None and title.start < office.start:
            office = None  # a longer title (`Phó Chủ tịch Quốc hội`) holds the office cue
        if office is not None and self._garble_of_holder(words, office, country, date):
            return None  # a known post: a name like its holder's is a garble, not a new person
        slug = slugify(" ".join(words))
        known = doc.discovered.get(slug)
        cut = candidate.end == len(doc.text.rstrip())
        if cut and not known:
            # an excerpt may end inside a name: the person named in full before, if any
            known = next((p for s, p in doc.discovered.items() if s.startswith(slug)), None)
            if known is not None:
                slug = known.split("/", 1)[1]
        cued = bool(title or addressed or office or known)
        if _vietnamese_name(words, self.words):
            if not cued and (len(words) < 3 or _folded(words[0]) not in self.words.bare_surnames):
                return None
            owner: str | None = country or "vn"
            if title is not None and _HOME_BODY.search(doc.low, title.start, title.end):
                owner = "vn"  # `Phó Chủ tịch UBND tỉnh X` in a report of a trip to Laos
        else:
            # a title after the name, even with a rank before it (`Thiếu tướng X, Cục trưởng`)
            after = title if title is not None and title.start >= candidate.end else (
                self.title_after(doc, candidate.end))
            in_apposition = after is not None
            shouted = addressed and in_apposition  # `Ngài SIÊK LÊNG - Chủ tịch ...`
            if not cued or not self._foreign_shape(words, titled=in_apposition, shouted=shouted):
                return None  # an organisation's name
            if lowered(words[0]) in self.words.breaks and opens_sentence(doc.text, candidate.start):
                return None  # `Tiếp Đoàn, Phó Thủ tướng ...`: a sentence's verb, capitalised
            if cues().kind(doc.low, candidate.start) in _PLACE_KINDS:
                return None  # `Sở Tư pháp tỉnh X`: a name after a unit's word is the unit's
            if self._place(doc, candidate, words):
                return None
            titled = self._title_country(doc, title) or self._title_country(doc, after)
            if titled not in ("kh", "la") and _pinyin(words):
                return None  # romanised Chinese: a garble no rule could repair
            owner = titled or country or _neighbour(doc)
            if owner == "vn" or owner is None and not known:
                return None
            spelt = None if known else self._known_spelling(words, owner)
            if spelt is not None:  # `Đại tướng Tia Banh` of a Cambodian delegation: Tea Banh
                surface = doc.text[candidate.start : candidate.end]
                return Mention(candidate.start, candidate.end, surface, spelt.id, "person",
                               SPELT, "spelling"), None
        person = f"person/{slug}"
        claim = self._claim(person, title, doc, date, owner)
        stored = self.known_countries.get(person)
        country = claim.country if claim is not None else None
        if not known and claim is not None and country and stored not in (None, country):
            # a namesake whose title names another country than the stored person's
            person = claim.entity = f"{person}-{country}"
        confidence = TITLED if title or office else ADDRESSED if addressed or known else BARE
        if cut and not known:
            confidence -= 0.1  # it may be cut short
        doc.discovered[slug] = person
        surface = doc.text[candidate.start : candidate.end]
        mention = Mention(
            candidate.start, candidate.end, surface, person, "person", confidence, "discovered"
        )
        return mention, claim

    def _place(self, doc: Doc, candidate: Candidate, words: list[str]) -> bool:
        """`tại Bắc Kinh`, `đường Bắc Sơn`: a name of no Vietnamese shape after `tại` or
        `ở` (at, in), or a Vietnamese district's or commune's name, is a place's."""
        return (tone_normalize(lowered(" ".join(words))) in local_unit_names()
                or _AT.search(doc.low, max(0, candidate.start - 4), candidate.start) is not None)

    def _ends_inside_word(self, doc: Doc, candidate: Candidate) -> bool:
        """Whether the run's last syllable and the lower-case one after it make one
        word of a unit's name: names capitalise every syllable, units only a word's first."""
        after = _NEXT_WORD.match(doc.text, candidate.end)
        if after is None or not after.group(1)[0].islower():
            return False
        return f"{lowered(candidate.words[-1])} {after.group(1)}" in self.words.name_compounds

    def family_name(self, word: str) -> bool:
        return _surname(word, self.words)

    def vietnamese_name(self, words: list[str]) -> bool:
        """A family name first, then Vietnamese syllables only."""
        return _vietnamese_name(words, self.words)

    def after_initialisms(self, text: str, candidate: Candidate) -> Candidate:
        """`Phó Chủ tịch QH Sommad Pholsena`, `Chủ tịch HĐTV EVN Đặng Hoàng An`: a unit's
        initialism opening a run of capitals ends the title before it; the name is the
        rest (not after `TP`, which opens a city's name)."""
        words, start = candidate.words, candidate.name_start
        if words[0] in self.words.place_initialisms:
            return candidate
        opening = 0  # (`HĐTV EVN`: one initialism after another)
        while opening < len(words) and len(words[opening]) >= 2 and words[opening].isupper():
            opening += 1
        if not opening or len(words) - opening < 2 or any(w.isupper() for w in words[opening:]):
            return candidate
        start = text.index(words[opening], start + len(words[0]))
        return Candidate(start, candidate.end, start, words[opening:])

    def _before_title(self, doc: Doc, candidate: Candidate) -> Candidate:
        """`Nguyễn Văn A-Giám đốc Sở`: a hyphen used as a dash before a title ends
        the name there."""
        for hyphen in HYPHEN.finditer(doc.text[candidate.name_start : candidate.end]):
            at = candidate.name_start + hyphen.start()
            if self.title_at(doc, at + 1):
                words = doc.text[candidate.name_start : at].split()
                return Candidate(candidate.start, at, candidate.name_start, words)
        return candidate

    def _known_spelling(self, words: list[str], country: str | None) -> Entity | None:
        """The one known person of `country` whose name this is, spelt otherwise
        (a vowel or a letter apart, as the press transliterates it)."""
        name = " ".join(words)
        key = (name, country)
        if key not in self._spellings:
            if len(self._spellings) >= _SPELLINGS_KEPT:
                self._spellings.clear()
            near = {
                person.id: person for person in self.people.get(country or "", ())
                for form in (person.name, *person.aliases)
                if likeness(name, form) >= SPELLING_LIKENESS
            }
            self._spellings[key] = next(iter(near.values())) if len(near) == 1 else None
        return self._spellings[key]

    def _garble_of_holder(
        self, words: list[str], office: OfficeCue, country: str | None, date: str | None
    ) -> bool:
        """Whether the name stands for a known holder of the office: when it sounds
        like a holder's. One like none of them is another official (a country has many
        deputy prime ministers, and the gazetteer lists the best known; a new minister
        takes a post the gazetteer still gives to the one before). A Vietnamese name
        under a post of one holder at a time is always a garble (translations keep
        little of it, and the gazetteer lists those holders in full); under another
        post it needs less likeness than a foreign one: a translation's garble keeps some
        of it (0.66 for one of a foreign minister's name), two real names far less (`Đỗ
        Thanh Bình` and Phạm Thị Thanh Trà, 0.43)."""
        holders = self.offices.holders(office.role, office.title, country, date)
        if not holders:
            return False
        vietnamese = _vietnamese_name(words, self.words)
        if vietnamese and office.role in _SINGLE_HOLDER_ROLES:
            return True
        name = " ".join(words)
        least = VIETNAMESE_HOLDER_LIKENESS if vietnamese else HOLDER_LIKENESS
        return any(
            likeness(name, form) >= least
            for holder in holders for form in (holder.name, *holder.aliases)
        )

    def _company(self, doc: Doc, candidate: Candidate) -> bool:
        """`Tập đoàn Sun Group`, `Công ty Minh Phát`: a company's name."""
        if any(w.lower() in self.words.org_words for w in candidate.words):
            return True
        return bool(self.words.company.search(doc.low, max(0, candidate.start - 24),
                                              candidate.start))

    def _foreign_shape(self, words: list[str], *, titled: bool = False,
                       shouted: bool = False) -> bool:
        """A Khmer or Lao name as the press writes it: no one-letter or
        upper-case word (an initialism), and not opening with the head word
        of an organisation, place or event, unless a title of office follows it
        in apposition (`Văn Xay Pheng, Bí thư Tỉnh ủy`: `Văn` opens a name there;
        after a title, `Giám đốc Sở Công Thương`, the words are the unit's). A name
        in capitals throughout (`shouted`) is one when addressed and titled."""
        letters = all(len(w) > 1 for w in words)
        cased = all(not w.isupper() for w in words) or (
            shouted and all(w.isupper() for w in words))
        return letters and cased and (titled or lowered(words[0]) not in self.words.org_heads)

    def _claim(
        self, person: str, title: Title | None, doc: Doc, date: str | None, owner: str | None
    ) -> OfficeClaim | None:
        if title is None:
            return None
        unit = self._unit(doc, title)
        unit_country = self._country_of(unit) if unit else None
        year = nearest_year(doc.text[title.start : title.end], 0)
        return OfficeClaim(
            entity=person,
            title=doc.text[title.start : title.end],
            role=title.role,
            unit=unit,
            country=unit_country or owner,
            date=year or date or doc.published,
            evidence=_sentence(doc, title),
        )

    def _unit(self, doc: Doc, title: Title) -> str | None:
        """The province or organisation the title serves, else its country. A post
        abroad names where it sits after `tại` (`Tổng Lãnh sự Campuchia tại Thành phố
        Hồ Chí Minh`): the unit served is named before."""
        posted = _POSTED_AT.search(doc.low, title.start, title.end)
        end = posted.start() if posted else title.end
        inside = [
            m for m in doc.mentions
            if m.entity and title.start <= m.start and m.end <= end
        ]
        for kinds in (("province", "org"), ("country",)):
            for mention in inside:
                if mention.kind in kinds:
                    return mention.entity
        return None

    def _title_country(self, doc: Doc, title: Title | None) -> str | None:
        if title is None:
            return None
        unit = self._unit(doc, title)
        return self._country_of(unit) if unit else None

    def _country_of(self, entity_id: str) -> str | None:
        if "/" not in entity_id:
            return entity_id
        entity = self.entities.get(entity_id)
        return entity.country if entity else None


# `ủy` -> `uỷ`: the other tone placement than `normalize.tone_normalize`'s
_NEW_TO_OLD = dict(zip("ủy úy ùy ũy ụy óa òa ỏa õa ọa óe òe ỏe õe ọe".split(),  # noqa: SIM905
                       "uỷ uý uỳ uỹ uỵ oá oà oả oã oạ oé oè oẻ oẽ oẹ".split(),  # noqa: SIM905
                       strict=True))
_NEW = re.compile("|".join(_NEW_TO_OLD))


def _syllables_of_one_word(words: list[str]) -> list[str]:
    """`Văn-Xay-Phong-Xa-Vẳn`: a Lao name written as one run of three or more capitalised
    syllables stands for its words (two syllables, `Thoong-Lun`, are one word)."""
    if len(words) != 1:
        return words
    parts = HYPHEN.split(words[0])
    return parts if len(parts) >= 3 and all(p[:1].isupper() for p in parts) else words


def _tone_forms(title: str) -> set[str]:
    """`ủy viên` and `uỷ viên`: the title with either tone placement throughout."""
    new = tone_normalize(title)
    return {title, new, _NEW.sub(lambda m: _NEW_TO_OLD[m.group()], new)}


def _neighbour(doc: Doc) -> str | None:
    """Cambodia or Laos, whichever the article names more, with its provinces
    (neither: None)."""
    counts = {"kh": 0, "la": 0}
    for entity, n in doc.linked.items():
        country = entity.split("/")[0]
        if country in counts and (entity == country or "/" in entity and entity[2] == "/"):
            counts[country] += n
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] and counts["kh"] != counts["la"] else None


def _vietnamese_name(words: list[str], vocabulary: _Vocabulary) -> bool:
    """A family name first, then Vietnamese syllables only (`Nguyễn Văn A`)."""
    return _surname(words[0], vocabulary) and all(vietnamese_syllable(w) for w in words)


def _surname(word: str, vocabulary: _Vocabulary) -> bool:
    """A family name as written: with its marks where the word has any, folded where
    the text lost them."""
    low = lowered(word)
    if low == fold(low):
        return low in vocabulary.surnames
    return tone_normalize(low) in vocabulary.marked_surnames


def _folded(word: str) -> str:
    return fold(word).lower()


def _pinyin(words: list[str]) -> bool:
    """Every word romanised Chinese (`Chen Wenbin`): what a translation
    through Chinese leaves of a Vietnamese name."""
    if not all(w.isascii() for w in words):
        return False
    syllables = pinyin.segment_name(words)
    # interjections (`m`, `ng`, `o`, `e`): a split that needs one is no Chinese name
    return syllables is not None and all(
        _VOWEL.search(s) and s not in _INTERJECTIONS for s in syllables
    )


def _sentence(doc: Doc, title: Title) -> Span:
    """The sentence that gives the title: the claim's evidence (the title alone
    where the article was not split into sentences)."""
    sentence = doc.sentence_at(title.start)
    return Span(sentence.start, sentence.end) if sentence else Span(title.start, title.end)
