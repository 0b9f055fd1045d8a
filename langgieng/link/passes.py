"""Passes over an article's mentions as a whole: names that lost the space
before them, a neighbour's province written as separate syllables after `tỉnh`,
Vietnam's short name in a pair of countries, one sense per
repaired name, a misspelling of a place the article names elsewhere, one
person under two spellings, a foreign person called later by the first word of
the name, a city in a list of provinces, and a country's one-syllable name inside
a person's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from langgieng.link.candidates import vietnamese_syllable
from langgieng.link.index import AliasIndex, alias_key
from langgieng.link.phonetic import likeness
from langgieng.model import Entity, Mention, OfficeClaim
from langgieng.normalize import fold

_UPPER = re.escape("".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper()))
# a capital right after a lower-case letter, or closing a run of capitals (`CHDCNDLào`)
_GLUED = re.compile(
    rf"(?<=[^\W\d_])(?<![{_UPPER}])(?=[{_UPPER}])|(?<=[{_UPPER}])(?=[{_UPPER}][^\W\d_]*[a-zà-ỹ])"
)
# runs of capitals that may hold a glued boundary: two or more, or after a character
# that is no space (a lone capital opening a word, the usual case, holds none); a
# capital first, so that the regex engine skips from capital to capital
_CAPITALS = re.compile(rf"[{_UPPER}](?:(?<=\S.)|(?=[{_UPPER}]))[{_UPPER}]*")
_WORD_FROM = re.compile(r"[^\W\d_]+")
_LONGEST_GLUED, _SHORTEST_GLUED = 24, 3  # letters of a place name that lost its spaces


_HOME_BEFORE = re.compile(r"(?<![^\W\d_])Việt\s*[-–]\s*$")
_HOME_AFTER = re.compile(r"\s*[-–]\s*(Việt)(?![^\W\d_])")


def home_in_pairs(text: str, found: list[Mention]) -> list[Mention]:
    """`quan hệ Việt - Lào`, `Campuchia – Việt`: the short name of Vietnam joined
    by a dash to another country's name (`Việt` alone opens many given names)."""
    starts: list[int] = []
    for mention in found:
        if mention.kind != "country" or mention.entity in (None, "vn"):
            continue
        if before := _HOME_BEFORE.search(text, max(0, mention.start - 8), mention.start):
            starts.append(before.start())
        if after := _HOME_AFTER.match(text, mention.end):
            starts.append(after.start(1))
    return [Mention(start, start + 4, "Việt", "vn", "country", 0.9, "pair-short")
            for start in sorted(set(starts))
            if not any(m.start < start + 4 and start < m.end for m in found)]


def glued(
    text: str, found: list[Mention], index: AliasIndex, entities: dict[str, Entity]
) -> list[Mention]:
    """Names that lost the spaces around them (`vàCampuchia`, `tỉnhKhămMuộnCHDCNDLàothăm`):
    at a capital inside a word, the longest run of letters from it that is the
    name of one place (its own spaces lost too) is that place."""
    covered = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for start in _glued_boundaries(text):
        word = _WORD_FROM.match(text, start)
        if word is None or any(lo <= start < hi for lo, hi in covered):
            continue
        place = _longest_place(word.group(), index, entities)
        if place is not None:
            end = start + place[0]
            entity = entities[place[1]]
            out.append(Mention(start, end, text[start:end], entity.id, entity.kind, 0.8, "glued"))
            covered.append((start, end))
    return out


# `tỉnh Chăm pa sắc`: a unit word, then a transliterated name written as separate
# syllables, only the first capitalised
_SPACED = re.compile(rf"[Tt](?:ỉnh|hủ đô)\s+(?=[{_UPPER}])")  # (a letter before: checked after)
_SYLLABLES = re.compile(r"[^\W\d_]+(?:\s+[a-zà-ỹ]+){1,3}(?![^\W\d_])")
_SPACED_LIKENESS = 0.85  # how alike the spaced name and a province's name must sound
_FOREIGN_UNITS = ("kh/", "la/")


def spaced_syllables(
    text: str, found: list[Mention], index: AliasIndex, entities: dict[str, Entity],
    stops: frozenset[str] | set[str],
) -> list[Mention]:
    """`tỉnh Chăm pa sắc`, `tỉnh Cô kông`: after a unit word, a province of Cambodia or
    Laos written as separate syllables with only the first capitalised, so that no
    run of capitals holds it: the longest run of two to four syllables that names one
    province by its letters (`Chămpasắc`), else one that sounds like a name of one
    with as many syllables (`Cô kông` and `Kô Kông`, `Sa văn la khẹt` and
    `Xa-vẳn-na-khệt`)."""
    starts = {m.start for m in found}  # (most names after `tỉnh` are found already)
    covered = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for cue in _SPACED.finditer(text):
        if cue.end() in starts or cue.start() and text[cue.start() - 1].isalpha():
            continue
        run = _SYLLABLES.match(text, cue.end())
        if run is None or any(lo <= run.start() < hi for lo, hi in covered):
            continue
        ends = []
        for word in _SYLLABLE.finditer(run.group()):
            # (a pinyin garble, `tỉnh Chuankuang`, is the repair rules'; a function word
            # after the name, `và`, `của`, ends it)
            if not _transliterated(word.group()) or word.group().lower() in stops:
                break
            ends.append(run.start() + word.end())
        names = [text[run.start() : end] for end in reversed(ends[1:])]  # the longest first
        place = next(((name, p) for name in names
                      if (p := _one_place(name, index, entities, ("province",)))),
                     None) or next(((name, p) for name in names
                                    if (p := _sounded_place(name, entities))), None)
        if place is not None:
            end = run.start() + len(place[0])
            out.append(Mention(run.start(), end, place[0], place[1], "province", 0.8, "spaced"))
    return out


_SYLLABLE = re.compile(r"[^\W\d_]+")


def _transliterated(word: str) -> bool:
    """A syllable spelt the Vietnamese way, `k` before any vowel as transliterations
    write it (`Kông`): not a pinyin word (`Chuankuang`), which the repair rules read."""
    return vietnamese_syllable(word) or (
        word[:1] in "kK" and vietnamese_syllable("c" + word[1:]))


def _sounded_place(name: str, entities: dict[str, Entity]) -> str | None:
    """The one Cambodian or Lao province a name of as many syllables sounds like."""
    syllables = len(_SYLLABLE.findall(name))
    scores = sorted(((max((likeness(name, n) for n in (e.name, *e.aliases)
                           if len(_SYLLABLE.findall(n)) == syllables), default=0.0), e.id)
                     for e in entities.values()
                     if e.kind == "province" and e.id.startswith(_FOREIGN_UNITS)), reverse=True)
    if scores and scores[0][0] >= _SPACED_LIKENESS and (
            len(scores) == 1 or scores[1][0] < scores[0][0]):
        return scores[0][1]
    return None


def _glued_boundaries(text: str) -> list[int]:
    """Where `_GLUED` matches, tried only inside runs of capitals and where a run
    follows a letter: scanning every position with its lookbehinds cost more
    than the rest of the pass."""
    found = []
    for run in _CAPITALS.finditer(text):
        first = run.start()
        if not (first and text[first - 1].isalpha()):
            first += 1
        found += [pos for pos in range(first, run.end()) if _GLUED.match(text, pos)]
    return found


def _longest_place(
    run: str, index: AliasIndex, entities: dict[str, Entity]
) -> tuple[int, str] | None:
    """(length, entity id) of the longest prefix of `run` naming one country or province."""
    key = alias_key(run)  # letters only, folded letter for letter: prefixes line up
    for length in range(min(len(run), _LONGEST_GLUED), _SHORTEST_GLUED - 1, -1):
        if key[:length] not in index.by_key:
            continue  # the usual case, without building the lookup's forms
        if place := _one_place(run[:length], index, entities, ("country", "province")):
            return length, place
    return None


def _one_place(
    name: str, index: AliasIndex, entities: dict[str, Entity], kinds: tuple[str, ...]
) -> str | None:
    """The one entity of these kinds the name is an alias of."""
    places = {t.entity for t in index.lookup(name) if entities[t.entity].kind in kinds}
    return places.pop() if len(places) == 1 else None


def one_sense(mentions: list[Mention]) -> list[Mention]:
    """A repaired name means one thing throughout its article: where its
    repairs disagree (a headline's `của Campuchia` beside a Vietnamese
    province) or one occurrence stayed unresolved, the reading most
    confidently made wins everywhere."""
    by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.rule not in ("alias", "alias-ambiguous", "series", "discovered", "glued"):
            by_name.setdefault(fold(mention.surface).lower(), []).append(mention)
    for group in by_name.values():
        weight: dict[str, float] = {}
        for mention in group:
            if mention.entity:
                weight[mention.entity] = weight.get(mention.entity, 0.0) + mention.confidence
        if not weight or (len(weight) == 1 and all(m.entity for m in group)):
            continue
        best = max(weight, key=lambda entity: weight[entity])
        winner = next(m for m in group if m.entity == best)
        for mention in group:
            if mention.entity != best:
                mention.entity, mention.kind = best, winner.kind
                mention.confidence, mention.rule = winner.confidence, winner.rule
    return mentions


NEAR_SHORTEST = 6  # letters: shorter names are a letter apart from too many words
_PLACES = ("country", "province")


def near_spellings(mentions: list[Mention]) -> None:
    """A name left unresolved that is one letter off a place the article names
    elsewhere (`Muldulkiri` beside `Mundulkiri`), two for a long name, is that place:
    a typo of the page, not another place."""
    if not any(m.entity is None and m.kind in ("unknown", "place") for m in mentions):
        return
    places: dict[str, Mention] = {}
    for mention in mentions:
        if mention.entity and mention.kind in _PLACES:
            places.setdefault(fold(mention.surface).lower(), mention)
    if not places:
        return
    for mention in mentions:
        if mention.entity or mention.kind not in ("unknown", "place"):
            continue
        name = fold(mention.surface).lower()
        if len(name) < NEAR_SHORTEST:
            continue
        allowed = 2 if len(name) >= 10 else 1
        near = {p.entity for form, p in places.items() if form[0] == name[0]
                and Levenshtein.distance(form, name, score_cutoff=allowed) <= allowed}
        if len(near) == 1:
            place = next(p for p in places.values() if p.entity in near)
            mention.entity, mention.kind = place.entity, place.kind
            mention.confidence, mention.rule = 0.7, "near-spelling"


SAME_PERSON = 0.85  # how alike two spellings must sound: see discover.SPELLING_LIKENESS


def one_person_many_spellings(mentions: list[Mention], claims: list[OfficeClaim]) -> None:
    """A person the text taught us (`discovered`) whose name sounds like another
    person named in the same article is that person: `Khăm-phăn Phôm-ma-thắt`
    is the `Khamphan Phommathat` of the sentence before. A person the gazetteer
    knows wins; else the spelling named first."""
    people = [m for m in mentions if m.kind == "person" and m.entity]
    people.sort(key=lambda m: (m.rule == "discovered", m.start))
    ids: dict[str, str] = {}  # discovered id -> the id it is another spelling of
    for mention in people:
        if mention.rule != "discovered" or mention.entity in ids:
            continue
        same = next((other for other in people if other.entity != mention.entity
                     and other.entity not in ids and _alike(mention.surface, other.surface)),
                    None)
        if same is not None and (same.rule != "discovered" or same.start < mention.start):
            ids[str(mention.entity)] = str(same.entity)
    for mention in mentions:
        if mention.entity in ids:
            mention.entity = ids[mention.entity]
    for claim in claims:
        claim.entity = ids.get(claim.entity, claim.entity)


def _alike(a: str, b: str) -> bool:
    """Two spellings of one foreign name; two Vietnamese names (`Nguyễn Văn Hùng`,
    `Nguyễn Văn Hòa`) sound alike and are two people."""
    if _vietnamese(a) and _vietnamese(b) or fold(a).lower() == fold(b).lower():
        return False
    return likeness(a, b) >= SAME_PERSON


def _vietnamese(name: str) -> bool:
    return "-" not in name and all(vietnamese_syllable(w) for w in name.split())


# `ông X`: an honorific, then a name's first word (no capital after it: not a longer name).
# Each honorific opens with its first letter in either case and looks back for a letter
# before it from there, so that the engine skips from one such letter to the next rather
# than trying the look-behind at every character (three times faster on an article).
_HONORIFIC = "|".join(
    rf"{re.escape(first)}(?<![^\W\d_][\s\S])(?i:{re.escape(word[1:])})"
    for word in ("ông", "bà", "ngài", "đồng chí") for first in (word[0], word[0].upper())
)
_HONORED_WORD = re.compile(rf"(?:{_HONORIFIC})\s+([^\W\d_]{{4,}})(?![^\W\d_])"
                           rf"(?!\s+[{_UPPER}])")


def first_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`ông Sinlavong` after `ông Sinlavong Khoutphaythoune, Đô trưởng ...`: the press
    calls a Lao person by the first word of the name once it has given the whole (a
    Vietnamese name is called by its last, and is left alone). Returns the mentions
    new to the list; one the list holds for an unknown person there is resolved."""
    named: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        words = mention.surface.split()
        if (mention.kind == "person" and mention.entity and len(words) >= 2
                and not _vietnamese(mention.surface)):
            named.setdefault(words[0], mention)
    if not named:
        return []
    unresolved = {(m.start, m.end): m for m in mentions if m.kind == "person" and not m.entity}
    taken = [(m.start, m.end) for m in mentions if (m.start, m.end) not in unresolved]
    found: list[Mention] = []
    for at in _HONORED_WORD.finditer(text):
        whole = named.get(at.group(1))
        start, end = at.span(1)
        if whole is None or start <= whole.start or any(s < end and start < e for s, e in taken):
            continue
        left = unresolved.get((start, end))
        if left is not None:  # taken for an unknown person: it is this one
            left.entity, left.confidence = whole.entity, whole.confidence
            left.rule = "first-name"
        else:
            found.append(Mention(start, end, at.group(1), whole.entity, "person",
                                 whole.confidence, "first-name"))
    return found


_PROVINCE_WORD = re.compile(r"(?<![^\W\d_])tỉnh\s*:?\s+$")  # `3 tỉnh: A, B`
_ITEM_GAP = re.compile(r"\s*(?:,|và)\s*")


def provinces_in_lists(low: str, mentions: list[Mention], index: AliasIndex) -> None:
    """`các tỉnh Bolikhamxay, Khăm Muộn, Viêng Chăn`: an item of a list that `tỉnh`
    opens is the province where a city shares its name (`tỉnh Viêng Chăn`)."""
    places = sorted((m for m in mentions if m.kind == "province" and m.entity),
                    key=lambda m: m.start)
    governed = False
    for before, mention in zip([None, *places], places, strict=False):
        if before is not None and _ITEM_GAP.fullmatch(low, before.end, mention.start):
            pass  # the list goes on: `tỉnh` still governs
        else:
            governed = bool(_PROVINCE_WORD.search(low, max(0, mention.start - 8), mention.start))
        if not governed or low.startswith("tỉnh", mention.start):
            continue
        province = [t.entity for t in index.lookup("tỉnh " + mention.surface)
                    if t.entity != mention.entity]
        if len(set(province)) == 1:
            mention.entity = province[0]


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
# `phường Mỹ Đức`, `xã Thái Bình`: the unit's word, then at most one word of the name before
_PLACE_NAME = re.compile(r"(?<![^\W_])(?:phường|xã|thôn|ấp|bản|quận|huyện|thị trấn|thị xã)"
                         r"(?:\s+[A-ZÀ-Ỹ][^\W\d_]*)?\s+$")
_NAME_BEFORE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$")
_WORDS_AFTER = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def names_not_countries(
    text: str, mentions: list[Mention], surnames: frozenset[str]
) -> list[Mention]:
    """`Lê Đức Cường`, `Bí thư Thái Thanh Quý`, `Trung tướng Lê Đức Thái`: a country's
    one-syllable name (Đức, Thái, Nga, Anh) after a family name, as the family name
    of two more Vietnamese syllables, or closing a family name and a middle name, is
    a word of a person's name, not the country; after a commune's or ward's word
    (`phường Mỹ Đức`), a word of a place's name."""
    kept = []
    for mention in mentions:
        if mention.kind == "country" and " " not in mention.surface.strip() and (
                _after_surname(text, mention, surnames) or _opens_name(text, mention, surnames)
                or _closes_name(text, mention, surnames) or _PLACE_NAME.search(
                    text, max(0, mention.start - 30), mention.start)):
            continue
        kept.append(mention)
    return kept


def names_inside_longer_names(
    text: str, mentions: list[Mention], family_name: Callable[[str], bool],
    stopwords: frozenset[str],
) -> list[Mention]:
    """`Bí thư Tỉnh ủy Lương Nguyễn Minh Triết`: a known person's full name right after
    a capitalised family name that no other name covers is the end of a longer name,
    someone else's."""
    covered = [(m.start, m.end) for m in mentions]

    def inside_longer(mention: Mention) -> bool:
        if mention.kind != "person" or len(mention.surface.split()) < 3:
            return False
        before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if before is None or text[before.end(1) : mention.start] != " ":
            return False
        word = before.group(1)
        return (word[:1].isupper() and word.lower() not in stopwords and family_name(word)
                and not any(a <= before.start(1) < b for a, b in covered))

    return [m for m in mentions if not inside_longer(m)]


def _after_surname(text: str, mention: Mention, surnames: frozenset[str]) -> bool:
    before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    word = before.group(1) if before else ""
    return word[:1].isupper() and fold(word) in surnames and _capital_after(text, mention.end)


def _closes_name(text: str, mention: Mention, surnames: frozenset[str]) -> bool:
    """A family name and a middle name just before: `Lê Đức Thái`."""
    before = _NAME_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return bool(before and fold(before.group(1)) in surnames and all(
        w[:1].isupper() and vietnamese_syllable(w) for w in before.groups()))


def _opens_name(text: str, mention: Mention, surnames: frozenset[str]) -> bool:
    after = _WORDS_AFTER.match(text, mention.end)
    return bool(after and after.group(2) and fold(mention.surface) in surnames and all(
        w[:1].isupper() and vietnamese_syllable(w) for w in after.groups()))


def _capital_after(text: str, end: int) -> bool:
    after = _WORDS_AFTER.match(text, end)
    return bool(after and after.group(1)[:1].isupper() and vietnamese_syllable(after.group(1)))
