"""Filters over exact alias matches: a matched name that, in its place in
the text, does not mean its entity (a given name, a place of another
country, a province that ends a company's or a person's name, a news agency
crediting a photo)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from langgieng.gazetteer.local_units import local_unit_names
from langgieng.link.candidates import vietnamese_syllable
from langgieng.link.cues import load_data, lowered
from langgieng.link.index import STRICT_LETTERS
from langgieng.model import Entity, Mention
from langgieng.normalize import tone_normalize

COUNTRY_GAP = re.compile(r"[\s,(]*(?:của\s+|thuộc\s+|nước\s+)?")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+) $")
_COMPASS = frozenset({"bắc", "nam", "đông", "tây", "trung", "thượng", "hạ"})
# the countries this news is about open its sentences at every turn (`Lào có 11 dự án`);
# none of their names is a common word
_NEWS_COUNTRIES = frozenset({"vn", "kh", "la"})
_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![^\W\d_])")
_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
# Up to four capitalised words right before a name, one space apart.
_RUN_BEFORE = re.compile(rf"(?<![^\W\d_])((?:[{re.escape(_UPPER)}][^\W\d_]* ){{1,4}})$")
_WORDS_BEFORE = 40  # characters searched before a province for the name it may end
_COMPANY_BEFORE = 24  # characters searched before that name for a company word
# characters searched before a short country name for the word before it: a
# longer word, cut short, is still no Vietnamese syllable (eight letters at most)
_SYLLABLE_BEFORE = 16


@dataclass(frozen=True, slots=True)
class _NameWords:
    surnames: frozenset[str]
    company: tuple[str, ...]  # each with its trailing space, longest first
    stopwords: frozenset[str]
    places: tuple[str, ...]  # place cues (`thành phố `), each with its trailing space
    buildings: frozenset[str]  # `Cung Hòa Bình`: a building named after the place
    building_before: re.Pattern[str]  # one of them, in any case, right before a name
    reverend: tuple[str, ...]  # `Đức Giáo hoàng`: titles `Đức` addresses, each with a space


@lru_cache(maxsize=1)
def _name_words() -> _NameWords:
    data = load_data("names.json")
    company = sorted((lowered(w) + " " for w in data["company_words"]), key=len, reverse=True)
    buildings = frozenset(lowered(w) for w in data["building_words"])
    return _NameWords(
        frozenset(lowered(w) for w in data["surnames"]),
        tuple(company),
        frozenset(lowered(w) for w in data["stopwords"]),
        tuple(lowered(w) + " " for w in load_data("cues.json")["exact_only"]),
        buildings,
        re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(buildings))) + r") $"),
        tuple(" " + title for title in data["reverend_titles"]),
    )


_CREDIT = re.compile(r"\((?:ảnh|nguồn|photo)\s*:[^()]{0,80}\)", re.IGNORECASE)


def outside_credits(mentions: list[Mention], text: str) -> list[Mention]:
    """`(Ảnh: Hồng Pha/TTXVN)` inside a caption: who took the photo is not named by
    the article (a caption whose line ends with the credit is dropped whole when
    cleaning)."""
    credits = [m.span() for m in _CREDIT.finditer(text)] if "(" in text else []
    return [m for m in mentions if not any(lo <= m.start < hi for lo, hi in credits)]


def inside_names(mentions: list[Mention], text: str, low: str) -> list[Mention]:
    """A province alias that ends a longer proper name (`Tập đoàn Minh Phát
    Đồng Nai`, `Lê Minh Tâm Đồng Nai`) names a company or a person, not the
    province: the mention becomes an unresolved one over the whole name."""
    words = _name_words()
    starts = sorted(m.start for m in mentions)
    out: list[Mention] = []
    for mention in mentions:
        begin = _name_before(mention, text, low, words, starts)
        if begin is None:
            out.append(mention)
        else:
            surface = text[begin : mention.end]
            out.append(Mention(begin, mention.end, surface, None, "unknown", 0.0, "inside-name"))
    return out


def _name_before(
    mention: Mention, text: str, low: str, words: _NameWords, starts: list[int]
) -> int | None:
    """Where the longer name that `mention` ends starts, or None."""
    if mention.kind != "province" or not mention.entity:
        return None
    if (building := _building_before(low, mention.start, words)) is not None:
        return building  # `tại cung Hòa Bình`: a palace's name, in either case
    if not _capitalised_before(text, mention):
        return None
    run = _RUN_BEFORE.search(text, max(0, mention.start - _WORDS_BEFORE), mention.start)
    if not run:
        return None
    begin = run.start(1)
    names = low[begin : mention.start].split()
    while names and any(w in words.stopwords for w in names):
        begin += len(names.pop(0)) + 1  # a cue or function word ends the name before it
    if not names:
        return None
    if " ".join(names) in words.buildings:
        return begin  # `Cung Hòa Bình`: a palace's name
    if bisect_left(starts, begin) != bisect_left(starts, mention.start):
        return None  # another gazetteer name stands there (`Hà Nội Kiên Giang`)
    head = low[max(0, begin - _COMPANY_BEFORE) : begin]
    if head.endswith(words.company):
        return begin
    if head.endswith(words.places):
        return None  # `thành phố Phan Thiết Bình Thuận`: a town, then its province
    surname_led = len(names) >= 2 and names[0] in words.surnames
    return begin if surname_led and all(map(vietnamese_syllable, names)) else None


def _building_before(low: str, start: int, words: _NameWords) -> int | None:
    """Where a building word right before `start` begins (`cung `), or None."""
    found = words.building_before.search(low, max(0, start - 24), start)
    return found.start() if found else None


def _capitalised_before(text: str, mention: Mention) -> bool:
    """A cheap first test: a capitalised word, then one space, then the name."""
    position = mention.start - 1
    if position < 1 or text[position] != " ":
        return False
    while position > 0 and text[position - 1].isalpha():
        position -= 1
    return text[position].isupper()


def drop_common_words(mentions: list[Mention], text: str) -> list[Mention]:
    """Short country names that are also common words, languages or given names:
    `tiếng Anh` is a language; `Đức`, `Anh` after a capitalised syllable (`Nguyễn Minh Đức`) end a
    person's name, and before one they open a place's or a person's name
    (`huyện Đức Cơ`, `Mỹ Tho`); `Anh`, `Ý`, `Áo` opening a sentence before a lower-case
    word (`Ý kiến`, `Anh cho biết`) count only if the article names that
    country elsewhere too (`Lào`, a country the news is about, always counts)."""
    ends = {m.end for m in mentions}
    starts = {m.start for m in mentions}
    short = [
        m for m in mentions
        if m.kind == "country" and " " not in m.surface and len(m.surface) <= STRICT_LETTERS
    ]
    doubtful: set[int] = set()
    for mention in short:
        window = max(0, mention.start - _SYLLABLE_BEFORE)
        previous = _PREVIOUS_WORD.search(text, window, mention.start)
        if previous and previous.group(1).lower() == "tiếng":
            doubtful.add(id(mention))  # `tiếng Anh`, `tiếng Lào`: a language, not the country
        elif _addresses_a_reverend(text, mention):
            doubtful.add(id(mention))  # `Đức Giáo hoàng`: His Holiness, not Germany
        elif (mention.entity not in _NEWS_COUNTRIES and _ends_a_name(text, previous, ends)
              or _opens_local_name(text, mention, starts)):
            # (no name ends in `Lào`: `Bộ Công Thương Lào` is the ministry's country)
            doubtful.add(id(mention))
        elif (mention.entity not in _NEWS_COUNTRIES and opens_sentence(text, mention.start)
              and _lower_word_after(text, mention.end)):
            others = [m for m in mentions if m.entity == mention.entity and m is not mention]
            if all(opens_sentence(text, m.start) for m in others):
                doubtful.add(id(mention))
    return [m for m in mentions if id(m) not in doubtful]


def _addresses_a_reverend(text: str, mention: Mention) -> bool:
    """`Đức` written before a religious title (`Đức Giáo hoàng`, `Đức Đại Tăng thống`)."""
    return text[mention.start : mention.end] == "Đức" and text.startswith(
        _name_words().reverend, mention.end)


def _ends_a_name(text: str, previous: re.Match[str] | None, ends: set[int]) -> bool:
    """`Nguyễn Minh Đức`: a capitalised syllable (no compass word: `Nam Lào` is a
    part of the country) right before the country's short name."""
    return bool(
        previous
        and previous.group(1)[:1].isupper()
        and previous.group(1).lower() not in _COMPASS
        and vietnamese_syllable(previous.group(1))
        and previous.end(1) not in ends
        and not opens_sentence(text, previous.start(1))
    )


def _opens_local_name(text: str, mention: Mention, starts: set[int]) -> bool:
    """`huyện Đức Cơ`, `Mỹ Tho`: the country's name and the capitalised syllable
    after it name a Vietnamese district or commune (`Thủ tướng Lào Thoong-Lun`
    names none)."""
    following = _NEXT_WORD.match(text, mention.end)
    if following is None or following.start(1) in starts or not following.group(1)[0].isupper():
        return False
    name = tone_normalize(text[mention.start : following.end(1)].lower())
    return name in local_unit_names()


def _lower_word_after(text: str, end: int) -> bool:
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


def opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def drop_contradicted(
    mentions: list[Mention], text: str, entities: dict[str, Entity]
) -> list[Mention]:
    """A place or body written with another country's name beside it
    (`Sài Gòn Lào`, `Bộ Công an Lào`) is not that place or body: a province
    is left to the repair rules, an organisation dropped."""
    countries = {m.start: m.entity for m in mentions if m.kind == "country"}
    kept: list[Mention] = []
    for mention in mentions:
        if mention.kind in ("province", "org") and mention.entity:
            gap = COUNTRY_GAP.match(text, mention.end)
            beside = countries.get(gap.end()) if gap else None
            country = entities[mention.entity].country
            if beside and country and beside != country:
                continue
        kept.append(mention)
    return kept
