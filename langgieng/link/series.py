"""Recurring mechanisms named by long phrases that translations reword.

`Hội nghị hợp tác và phát triển các tỉnh biên giới Việt Nam-Campuchia`
also comes as `Hội nghị Hợp tác và Phát triển Liên hợp biên giới
Việt Nam-Campuchia` or `cuộc họp ... về hợp tác phát triển biên giới
Việt Nam-Campuchia`: the key words in order, a few words apart. The
patterns are data (`data/series.json`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations

from langgieng.link.cues import load_data

# A first part that is only words, or a bracketed choice of words: `(hoi nghi|cuoc hop)\b`
_WORDS = r"[a-z ]+(?:\|[a-z ]+)*"
_OPENING_WORDS = re.compile(rf"(?:\(({_WORDS})\)|({_WORDS}))\\b")


@dataclass(frozen=True, slots=True)
class SeriesPattern:
    entity: str
    pattern: re.Pattern[str]
    requires: tuple[str, ...]  # literal words that must all occur first
    # for a phrase that names no country: the article must name this
    # neighbour and no other (`Ủy ban liên Chính phủ` in an article on Laos)
    partner: str | None = None
    others: frozenset[str] = frozenset()
    # the words a match must open with, when the first part is only words:
    # the scan then jumps between them (a regex opening with a choice tries
    # every `h`, `c`, ... of the text)
    openings: tuple[str, ...] = ()


def _expand(part: str, countries: dict[str, str]) -> str:
    def group(match: re.Match[str]) -> str:
        """`{pair:vn:kh}`, `{set:kh:la:vn}`: the countries in any order, joined by
        dashes, commas or `và` (`Campuchia, Lào và Việt Nam`). A pair is not
        followed by a third country (`Việt Nam - Lào - Campuchia` names three)."""
        codes = match.group(1).split(":")
        names = [countries[code] for code in codes]
        orders = ("\\W+(?:va\\W+)?".join(order) for order in permutations(names))
        third = "|".join(alt for code, alt in countries.items() if code not in codes)
        after = rf"(?!\W+(?:va\W+)?(?:{third})\b)" if match.group(0).startswith("{pair") else ""
        return rf"(?:{'|'.join(orders)})\b{after}"

    part = re.sub(r"\{(?:pair|set):(\w+(?::\w+)+)\}", group, part)
    return re.sub(r"\{(\w+)\}", lambda m: rf"(?:{countries[m.group(1)]})\b", part)


def load_patterns(known: set[str]) -> list[SeriesPattern]:
    """Compiled patterns of the series present in the gazetteer."""
    data = load_data("series.json")
    countries = {code: f"(?:{alt})" for code, alt in data["countries"].items()}
    patterns: list[SeriesPattern] = []
    for series in data["series"]:
        if series["id"] not in known:
            continue
        gap = int(series.get("gap", data["gap"]))
        parts = [_expand(p, countries) for p in series["parts"]]
        # A leading \b defeats the regex engine's literal-prefix scan (3x slower);
        # the boundary is checked after the match instead.
        parts[0] = parts[0].removeprefix(r"\b")
        joined = f"[^.,;:!?\\n]{{0,{gap}}}?".join(f"(?:{p})" for p in parts)
        requires = tuple(series.get("requires", ()))
        partner = series.get("partner")
        others = frozenset(data["partners"]) - {partner}
        patterns.append(
            SeriesPattern(
                series["id"], re.compile(joined), requires, partner, others, _openings(parts[0])
            )
        )
    return patterns


_LEAD = 20  # characters after a meeting's word where the body holding it is named


@lru_cache(maxsize=1)
def _other_bodies() -> re.Pattern[str]:
    words = "|".join(load_data("series.json")["other_bodies"])
    return re.compile(rf"\b(?:hoi nghi|cuoc hop|ky hop|phien hop)\b"
                      rf"(?=[^.,;:!?\n]{{0,{_LEAD}}}\b(?:{words})\b)")


def another_bodys_meeting(folded: str) -> bool:
    """Whether a meeting named in the (folded) phrase is another body's (`hoi nghi toa
    an cac tinh bien gioi ...`, `hoi nghi vksnd ...`): the courts' or the procuracies'
    own conference, no mechanism the provinces hold."""
    return _other_bodies().search(folded) is not None


def _openings(first: str) -> tuple[str, ...]:
    words = _OPENING_WORDS.fullmatch(first)
    return tuple((words.group(1) or words.group(2)).split("|")) if words else ()


def find_series(
    folded: str, patterns: list[SeriesPattern], countries: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """(start, end, series id) of each loose match in the folded text
    (punctuation kept, so a match does not run across sentences). Patterns
    are tried in data order: a match overlapping an earlier one is dropped
    (the more specific mechanism is listed first). `countries`: ids of the
    countries the article names."""
    found: list[tuple[int, int, str]] = []
    wanted = {word for series in patterns for word in series.requires}
    present = {word for word in wanted if word in folded}  # each looked for once
    for series in patterns:
        if not present.issuperset(series.requires):
            continue
        if series.partner and (series.partner not in countries or series.others & countries):
            continue
        for match in _matches(series, folded):
            start, end = match.span()
            if start and folded[start - 1].isalnum():
                continue
            if another_bodys_meeting(folded[start:end]):
                continue  # `hoi nghi toa an cac tinh ...`: the courts' meeting, not this one
            if not any(start < e and s < end for s, e, _ in found):
                found.append((start, end, series.entity))
    return found


def _matches(series: SeriesPattern, folded: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer` gives, tried only where an opening word stands
    (a match can start nowhere else)."""
    if not series.openings:
        yield from series.pattern.finditer(folded)
        return
    reach = 0
    for start in sorted(at for word in series.openings for at in _occurrences(folded, word)):
        if start >= reach and (match := series.pattern.match(folded, start)):
            yield match
            reach = match.end()


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
