"""Exact matching of every alias of every entity, in one automaton pass.

Text and aliases are compared in folded form (lower case, no diacritics,
hyphens as spaces), which keeps offsets. Multi-word aliases are also
indexed without their spaces, so `Cam-pu-chia`, `Cam pu chia` and
`Campuchia` meet. Folding makes short names collide with common words
(`Lào` / `lao`, `Mỹ` / `my`, `Kep` / `kẹp`), so a short alias must match
with its case and diacritics, and every alias must keep its capitals.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

import ahocorasick

from langgieng.link.candidates import vietnamese_syllable
from langgieng.model import Entity
from langgieng.normalize import fold, match_form, nfc

STRICT_LETTERS = 4  # aliases this short must match case and diacritics exactly
LONG_NAME_WORDS = 4  # `Cộng hòa Dân chủ Nhân dân Lào`, `Cộng hòa dân chủ nhân dân Lào`
EPITHET_WORDS = 3  # `xứ sở Triệu Voi`: a phrase this long, in small letters first, in any case
MAX_JOINED_WORDS = 5  # aliases up to this many words are also indexed run together
BLOCK = "\x00block"  # entity id of phrases that hide the alias inside them
LAYERED = ("series/", "org/")  # names matched over, not instead of, the names inside them

_WORD = re.compile(r"[^\W_]+")
_DASH_BETWEEN = re.compile(r"(?<=\S)([-–—])(?=\S)")
_DASHED_ON = re.compile(r"\s*[-–—]\s*[^\W\d_]")
_ABBREVIATION = re.compile(r"[A-ZĐ]{2,3}")  # `TP`, `TX`: written `TP.`, `Tp.` before the name
# A translation table as a string indexed by code point (faster than a dict);
# characters past its end (CJK, emoji) are left as they are.
_TABLE_END = 0x2070
_SPACES = "".join(
    chr(c) if chr(c).isalnum() or unicodedata.category(chr(c)).startswith("M") else " "
    for c in range(_TABLE_END)
)  # combining marks (Khmer, Lao vowel signs) stay inside their words


def prepare(text: str, folded: str | None = None) -> str:
    """The folded text aliases are matched against, everything but letters
    and digits as spaces; same length as `text`, so offsets carry over."""
    return (folded if folded is not None else fold(text)).translate(_SPACES)


def alias_key(alias: str) -> str:
    return " ".join(prepare(nfc(alias)).split())


def _exact_form(text: str) -> str:
    return "".join(_WORD.findall(match_form(text)))


@dataclass(slots=True, frozen=True)
class Target:
    """What an indexed alias stands for."""

    entity: str
    alias: str
    exact: str  # alias letters with case and diacritics, for strict matching
    strict: bool
    capitals: tuple[bool, ...]  # which alias words start with a capital
    derived: str = ""  # the rule that made the alias (`zh-name`), "" when written in the gazetteer
    layered: bool = False  # a name matched over the names inside it (LAYERED)


@dataclass(slots=True)
class Match:
    start: int
    end: int
    targets: tuple[Target, ...]  # every entity this surface may mean


class AliasIndex:
    """All alias forms of a gazetteer in one Aho-Corasick automaton."""

    def __init__(
        self,
        entities: list[Entity],
        blocked: Sequence[str] = (),
        derived: Sequence[tuple[str, str, str]] = (),
    ) -> None:
        table: dict[str, list[Target]] = {}
        for entity in entities:
            for alias in dict.fromkeys([entity.name, *entity.aliases]):
                self._add(table, entity.id, alias)
        written = set(table)
        for entity_id, alias, rule in derived:  # (entity id, alias, rule): after the written
            if alias_key(alias) not in written or rule == "zh-name":
                self._add(table, entity_id, alias, derived=rule)
        for phrase in blocked:
            self._add(table, BLOCK, phrase)
        self.by_key: dict[str, tuple[Target, ...]] = {k: tuple(v) for k, v in table.items()}
        self.automaton = ahocorasick.Automaton()
        for key, targets in self.by_key.items():
            # padded with spaces, so only whole words match
            self.automaton.add_word(f" {key} ", (len(key), targets))
        if self.by_key:
            self.automaton.make_automaton()

    @staticmethod
    def _add(
        table: dict[str, list[Target]], entity_id: str, alias: str, *, derived: str = ""
    ) -> None:
        key = alias_key(alias)
        if not key:
            return
        words = nfc(alias).split()  # `Xê-kông` is one word for capitals
        exact = _exact_form(alias)
        target = Target(
            entity=entity_id,
            alias=alias,
            exact=exact,
            # a spelling variant keeps its diacritics: only the swapped letter differs
            strict=len(exact) <= STRICT_LETTERS or derived == "spelling",
            capitals=tuple(w[:1].isupper() for w in words),
            derived=derived,
            layered=entity_id.startswith(LAYERED),
        )
        parts = key.split()
        keys = {key, prepare(nfc(alias)).strip()}  # also as punctuated: `Nguồn: X`
        if len(parts) > 1 and _ABBREVIATION.fullmatch(words[0]):
            keys.add(f"{parts[0]}  {' '.join(parts[1:])}")  # its point kept: `Tp. HCM`
        if _DASH_BETWEEN.search(alias):  # `Mê Công–Nhật Bản` spaced as the press may: `Công - Nhật`
            keys.add(prepare(nfc(_DASH_BETWEEN.sub(r" \1 ", alias))).strip())
        if 1 < len(parts) <= MAX_JOINED_WORDS:
            for joins in itertools.product((" ", ""), repeat=len(parts) - 1):
                keys.add(parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True)))
        for variant in keys:
            bucket = table.setdefault(variant, [])
            # one target per entity, but a strict form does not hide another
            # spelling of the same name (`Huế` and `Hue`)
            same = [t for t in bucket if t.entity == entity_id]
            if all(t.strict and t.exact != exact for t in same):
                bucket.append(target)
                continue
            # the same name written with fewer capitals (`Liên Hiệp quốc`): the kept
            # form asks a capital only where every form of it has one
            for index, kept in enumerate(bucket):
                if kept in same and not kept.strict and len(kept.capitals) == len(target.capitals):
                    capitals = tuple(a and b for a, b in zip(kept.capitals, target.capitals,
                                                             strict=True))
                    bucket[index] = replace(kept, capitals=capitals)

    def lookup(self, name: str) -> tuple[Target, ...]:
        """Targets of a whole name (case rules applied), for repaired candidates."""
        targets = self.by_key.get(alias_key(name), ())
        return tuple(t for t in targets if t.entity != BLOCK and _fits(t, name))

    def find(self, text: str, prepared: str) -> list[Match]:
        """Whole-word matches, longest first, without overlaps, in text order."""
        if not self.by_key:
            return []
        # a mechanism's long name keeps the countries inside it as mentions too;
        # block phrases hide names of both layers
        rest: list[Match] = []
        layered: list[Match] = []
        blocks: list[Match] = []
        for end, (length, targets) in self.automaton.iter(f" {prepared} "):
            stop = end - 1  # the padding space after the match, as an offset in `text`
            start = stop - length
            fitting = _fitting(targets, text[start:stop])
            if not fitting:
                continue
            first = fitting[0]
            if first.layered and _DASHED_ON.match(text, stop):
                continue  # `... Việt Nam - Lào - Campuchia`: a longer name than the pair's
            match = Match(start, stop, fitting)
            (layered if first.layered else rest).append(match)
            if first.entity == BLOCK:
                blocks.append(match)
        return sorted(_longest(rest) + _longest(layered + blocks), key=lambda m: m.start)


def _fitting(targets: tuple[Target, ...], surface: str) -> tuple[Target, ...]:
    """The targets whose case rules `surface` meets, one per entity."""
    if len(targets) == 1:  # the usual case, written as the alias
        target = targets[0]
        return targets if surface == target.alias or _fits(target, surface) else ()
    fitting = tuple(t for t in targets if _fits(t, surface))
    return _one_per_entity(fitting) if len(fitting) > 1 else fitting


_NEIGHBOURS = ("kh/", "la/")  # units of Cambodia and Laos


def _fits(target: Target, surface: str) -> bool:
    """Case and diacritics rules: strict aliases exactly, others keep capitals."""
    if target.entity == BLOCK or surface == target.alias:
        return True
    if target.strict:
        return _exact_form(surface) == target.exact
    if len(target.capitals) >= EPITHET_WORDS and not target.capitals[0]:
        return True  # `đất nước chùa tháp`: an epithet opens in small letters, its case is free
    words = surface.split()
    if len(words) >= 2 and words[0][:1].isupper() and (
            not vietnamese_syllable(words[0]) or target.entity.startswith(_NEIGHBOURS)):
        # `Prey veng`: a foreign name's first word, capitalised, is the name's; so is that
        # of a neighbour's place spelt in Vietnamese syllables (`Viêng chăn`, `Cô kông`)
        return True
    if len(words) == len(target.capitals):
        pairs = list(zip(words, target.capitals, strict=True))
        if len(pairs) >= LONG_NAME_WORDS:  # an official name's inner words are capitalised
            pairs = [pairs[0], pairs[-1]]  # or not by each writer: its first and last count
        return all(word[:1].isupper() or not capital for word, capital in pairs)
    return bool(words) and (words[0][:1].isupper() or not target.capitals[0])


def _one_per_entity(targets: tuple[Target, ...]) -> tuple[Target, ...]:
    seen: set[str] = set()
    out: list[Target] = []
    for target in targets:
        if target.entity not in seen:
            seen.add(target.entity)
            out.append(target)
    return tuple(out)


def _longest(found: list[Match]) -> list[Match]:
    """Leftmost-longest matches without overlaps; block phrases hide what they cover."""
    found.sort(key=lambda m: (m.start, -m.end))
    taken: list[Match] = []
    reach = -1
    for match in found:
        if match.start >= reach:  # the longest at each start comes first
            taken.append(match)
            reach = match.end
    return [m for m in taken if m.targets[0].entity != BLOCK]
