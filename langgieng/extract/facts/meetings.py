"""`meeting` facts: one per (series, edition) in an article.

A sentence can name a meeting fully (a series mention or a conference phrase
with `lần thứ N`), or refer back to the article's main meeting (`Hội nghị`,
`cuộc họp hai ngày`). Each reference owns the part of its sentence up to the
next reference; the date, place (`tại X`), chairs (`đồng chủ trì`) and status
found there are merged per (series, edition), explicit references first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from langgieng.extract.editions import numbers_name
from langgieng.extract.facts.context import (
    HOME,
    Context,
    Mark,
    Unit,
    alternation,
    cue_regex,
    low,
    vocabulary,
)
from langgieng.extract.facts.timing import (
    is_comparison,
    is_day,
    is_full_day,
    is_target_year,
    later_than,
    range_of,
    shift,
)
from langgieng.extract.scanning import may_match, needed_literals
from langgieng.link.series import another_bodys_meeting
from langgieng.model import Fact, Span
from langgieng.normalize import fold, match_form

_T = vocabulary("triggers")["meeting"]
_WORDS = cue_regex(_T["words"])
_WORDS_NEED = needed_literals(_WORDS)
_CHAIR_BEFORE = cue_regex(_T["chair_before"])
_CHAIR_AFTER = cue_regex(_T["chair_after"])
_PREP = cue_regex(_T["place_preps"])
_FUTURE = cue_regex(_T["future"])
# `Thủ tướng Lào sẽ đồng chủ trì kỳ họp`: a session still to come (for its status only: an
# article on the visit that brings a chair to it is about the session as `_FUTURE` says)
_WILL_TAKE_PART = re.compile(
    r"(?<![^\W_])sẽ\s+(?:cùng\s+)?(?:đồng\s+chủ\s+trì|chủ\s+trì|tham\s+dự|dự)(?![^\W_])")
_NOT_DATE = cue_regex(_T["not_date"])
_ENDS = cue_regex(_T["ends"])
_DURATION = {low(k): v for k, v in _T["duration"].items()}
_DURATION_RX = cue_regex(list(_T["duration"]))
_SERIES_CUES = [
    (cue["series"], [match_form(low(w)) for w in cue["all"]],
     [match_form(low(w)) for w in cue.get("any2", [])], cue.get("country"))
    for cue in _T["series_cues"]
]
_COUNTRY_NAMES = {c: [match_form(low(n)) for n in names]
                  for c, names in _T["country_names"].items()}
_OTHER_BODY = cue_regex(_T["other_bodies"])
# `Hội nghị thượng đỉnh ... (P4G) lần thứ tư`: a body named by its own initials
_ACRONYM = re.compile(r"\([A-Z][A-Z0-9&-]{1,9}\)")
# `... Mekong lần thứ 5 (ACMECS 5)`: an edition another name's acronym follows is that body's
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&-]{1,9}[ -]?\d{0,2}\)")
_CLAUSE_STOP = re.compile(r"[,.;]\s")
_BODY_REACH = 120
# (`kết quả Kỳ họp lần thứ 47`: the results of a session, its word between)
_PASSING = re.compile(alternation(_T["passing"]) + r"\s*$|(?<![^\W_])kết\s+quả\s+(?:của\s+)?"
                      r"(?:kỳ\s+họp|hội\s+nghị|phiên\s+họp|cuộc\s+họp)\s+$")
_OPENING_BACK = re.compile(r"\s*" + alternation(_T["opening_back_references"]))
# where the name of a meeting written after its edition ends
_NAME_END = re.compile(r"[,.;(]|\s(?:diễn ra|sẽ|được|tổ chức|đã|tại|vào|ngày)(?![^\W_])")
_PLACE_REACH = 40
_UNIT_WORD = re.compile(r"^\s*(?:thành phố|thủ đô|tỉnh|thị xã|huyện|quận)?\s*$")
_LISTED = re.compile(r"[^.;]{0,120}?\s(?:có|là|gồm)(?![^\W_])")
_WORD_REACH = 90
_VISIT_TO = re.compile(
    r"(?<![^\W_])(?:thăm(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|và làm việc|làm việc))*"
    r"(?:\s+tại)?|sang|tới|đến)\s+(?:nước\s+|thủ\s+đô\s+|thành\s+phố\s+|tỉnh\s+)?$"
)
_ABBREVIATION_REACH = 4  # from a named edition to its abbreviation in brackets: ` (`
# `CLV7`, `CLMV 6`: a mechanism's initials with its edition glued on
_GLUED_EDITION = re.compile(r"(?<=[A-Z])[ -]?(\d{1,2})$")
# `Hội nghị Cấp cao ASEAN 42`, `ASEAN-42`, `ASEAN thứ 42`: the number right after a series'
# name is its edition (not a count, a date or a share: `ASEAN 10 nước`, `CLV 2023`)
_NUMBER_AFTER = re.compile(r"\s*(?:[-–]\s*|thứ\s+)?(\d{1,3})(?![\d.,/:%])"
                           r"(?!\s*(?:năm|tháng|ngày|nước|quốc\s+gia|thành\s+viên|tỷ|triệu|%))")


@dataclass(slots=True)
class Anchor:
    """A reference to a meeting inside one unit."""

    start: int
    end: int
    series: str | None
    edition: int | None
    explicit: bool  # an edition is named here


@dataclass
class Draft:
    """The values gathered for one (series, edition), best contribution first."""

    series: str
    edition: int | None
    contributions: list[tuple[int, int, dict[str, Any], Span]] = field(default_factory=list)


def extract_meetings(ctx: Context) -> list[Fact]:
    main, current = _main_key(ctx)
    drafts: dict[tuple[str, int | None], Draft] = {}
    for unit in ctx.units:
        if not _may_name_meeting(unit):
            continue
        anchors = _anchors(unit, main, ctx.partner_country)
        if not anchors:
            continue
        bounds = _scopes(unit.low, anchors)
        told = [_values(ctx, unit, anchor, lo, hi) for anchor, (lo, hi) in zip(anchors, bounds,
                                                                              strict=True)]
        _share_joined(unit, anchors, told)
        _share_opening_word(unit, anchors, told)
        for anchor, values in zip(anchors, told, strict=True):
            key = _key(anchor, main if current else None)
            if key is None:
                continue
            richness = sum(bool(values.get(k)) for k in ("place", "start", "chairs"))
            rank = 2 if anchor.explicit else 1
            for edition in _listed_editions(unit, anchor, key):
                draft = drafts.setdefault((key[0], edition), Draft(key[0], edition))
                draft.contributions.append((rank, richness, values, unit.evidence))
    if main is not None and current and main not in drafts:
        drafts[main] = Draft(*main)  # named only in the title
    facts = [fact for d in drafts.values() if (fact := _fact(ctx, d)) is not None]
    for fact in facts:
        _the_city_there(ctx, fact)
        ours = (current and (fact.fields["series"], fact.fields["edition"]) == main
                or main is None and len(facts) == 1)  # the article's one session
        if ours and not fact.fields["chairs"]:
            fact.fields["chairs"] = _delegation_heads(ctx) or _pair_named_with(ctx, fact)
        reported = current and (fact.fields["series"], fact.fields["edition"]) == main
        if reported and fact.fields["start"] is None and len(ctx.published or "") >= 7:
            # the session the article reports, on no day it gives: in the report's month
            # (not one cited in passing, the only one named though it may be)
            fact.fields["start"] = (ctx.published or "")[:7]
    return facts


# `tới Thủ đô Hà Nội`, `tại thủ đô Viêng Chăn`, `TTXVN tại Phnom Penh`: where the article
# is, or the delegation it follows has come
_ARRIVED = re.compile(r"(?<![^\W_])(?:tại|tới|đến)\s+(?:(?:thủ\s+đô|thành\s+phố|tp\.?|tỉnh)\s+)?$")


def _the_city_there(ctx: Context, fact: Fact) -> None:
    """A session held, placed in a country only, is in the one city or province of that
    country the article says anyone is at or comes to (`Thủ tướng ... tới sân bay quốc tế
    Wattay, thủ đô Viêng Chăn`): a session is held in a city, and a report that names one
    there names where it sits. (Not a session to come: `Hội nghị lần thứ XIV sẽ được tổ
    chức tại Việt Nam`, in an article that names the last one's province.)"""
    country = fact.fields.get("place")
    if not isinstance(country, str) or "/" in country or fact.fields.get("status") != "held":
        return
    there = {m.entity for u in ctx.units for m in u.marks_of("province")
             if m.entity.startswith(country + "/")
             and _ARRIVED.search(u.low, max(0, m.start - 24), m.start)}
    if len(there) == 1:
        fact.fields["place"] = there.pop()


# `lần thứ 40, 41`, `lần thứ 10 và 11`: the next edition, told with the first
_NEXT_EDITION = re.compile(r"\s*(?:,|và)\s*(\d{1,3})(?![\d.,/%])")


def _listed_editions(unit: Unit, anchor: Anchor, key: tuple[str, int | None]) -> list[int | None]:
    """The anchor's edition and the consecutive ones listed right after its number
    (`Hội nghị Cấp cao ASEAN lần thứ 40, 41 ... tại Phnom Penh`): held together, one
    sentence tells them all."""
    last = key[1]
    if not anchor.explicit or last is None:
        return [last]
    editions: list[int | None] = [last]
    end = anchor.end
    while (more := _NEXT_EDITION.match(unit.low, end)) and int(more.group(1)) == last + 1:
        last += 1
        editions.append(last)
        end = more.end()
    return editions


_JOINED = re.compile(r"^(?:\s*,\s*\d{1,3})*\s*(?:và|cùng)\s*(?:các\s+)?$")  # (`lần thứ 40, 41 và`)
# meetings listed with commas, other gatherings between (`, Hội nghị Cấp cao ACMECS, `),
# maybe after the tail of a name no series is known by (`Hội nghị| Cấp cao ACMECS, `)
_LISTED_BEFORE = re.compile(r"^(?:\s+[^\W\d_]+){0,6}\s*(?:\([^()]{0,20}\)\s*)?"
                            r"(?:,\s*hội\s+nghị[^,;.()]{0,60})*,\s*$")


def _share_opening_word(unit: Unit, anchors: list[Anchor], told: list[dict[str, Any]]) -> None:
    """`Ngày 6/12/2020 tại Hà Nội, nhân dịp Kỳ họp lần thứ 43 của Ủy ban ...`, `Thủ tướng Lào
    sẽ đồng chủ trì kỳ họp lần thứ 46 Ủy ban ...`: the meeting word right before a numbered
    session opens the same reference; what its part of the sentence tells (the place, the
    chairs, a session still to come) is the session's where its own part is silent, or tells
    only a country where the word's part names a province (the session's part may go on
    to other places: `... ký với các nhà đầu tư tại nước CHDCND Lào`)."""
    for i in range(len(anchors) - 1):
        word, session = anchors[i], anchors[i + 1]
        if word.explicit or not session.explicit or unit.low[word.end : session.start].strip():
            continue
        opened, own = told[i], told[i + 1]
        place, own_place = opened["place"], own["place"]
        if place and (not own_place or "/" in place and "/" not in own_place):
            own["place"] = place  # the finer place: `tại Hà Nội, nhân dịp Kỳ họp`
        own["chairs"] = own["chairs"] or opened["chairs"]
        if opened["status"] == "planned":
            own["status"] = "planned"


def _share_joined(unit: Unit, anchors: list[Anchor], told: list[dict[str, Any]]) -> None:
    """`sẽ tổ chức Hội nghị A lần thứ 6 và Hội nghị B lần thứ 10 tại Hà Nội từ ngày 29-31/3`:
    two meetings joined by `và` share the days, the place and the tense told for either;
    in a list (`dự Hội nghị A lần thứ 8, Hội nghị C, Hội nghị B lần thứ 11 và làm việc tại
    Trung Quốc từ ngày 5 đến 8/11`) what is told after the last is told for those before.
    A sentence's opening place (`Trong thời gian tại Lào, ... đã dự ...`) is each one's."""
    for i in reversed(range(len(anchors) - 1)):  # (so the last one's flows back the list)
        gap = unit.low[anchors[i].end : anchors[i + 1].start]
        joined, listed = _JOINED.match(gap), _LISTED_BEFORE.match(gap)
        if not (joined or listed):
            continue
        a, b = told[i], told[i + 1]
        for name in ("place", "start", "end"):
            if a[name] is None or (b[name] is None and joined):  # a list's flows back only
                a[name] = b[name] = a[name] or b[name]
        if "planned" in (a["status"], b["status"]):
            a["status"] = b["status"] = "planned"
    opening = _place(unit, 0, anchors[0].start) if anchors else None
    for values in told if opening else ():
        values["place"] = values["place"] or opening


# `Đoàn ... do X, <titles> làm Trưởng đoàn`, `Về phía Lào có: X, <titles> làm Trưởng đoàn`;
# a head's titles may run long (`Chủ tịch Ủy ban liên hợp phân giới cắm mốc ...`)
_SIDE_HEAD = re.compile(r"(?<![^\W_])(?:do|có:?)\s+([^.;]{1,260}?)\s*(?:làm trưởng đoàn|dẫn đầu)")
_SIDE_HEAD_NEEDS = needed_literals(_SIDE_HEAD)


def _delegation_heads(ctx: Context) -> list[str]:
    """`Đoàn đại biểu Việt Nam do X ... làm Trưởng đoàn. Đoàn đại biểu Campuchia do
    Y ... làm Trưởng đoàn` (or `Phía Việt Nam do X ...`, or the first named after `Về
    phía Campuchia có`): the heads of the two sides chair the article's meeting when no
    sentence names its chairs. Only one head for each of two countries."""
    heads: dict[str, str] = {}
    for unit in ctx.units:
        for led in _SIDE_HEAD.finditer(unit.low) if may_match(_SIDE_HEAD_NEEDS, unit.low) else ():
            before = unit.low[max(0, led.start() - 80) : led.start()]
            if "đoàn" not in before and "phía" not in before:  # `Phía Việt Nam do X làm ...`
                continue
            people = unit.marks_of("person", lo=led.start(1), hi=led.end(1))
            if not people:
                continue
            # a head no office places: the side the delegation is named for (`Đoàn đại biểu
            # của chính phủ Campuchia do X`), and with none named, the home side's
            senders = unit.marks_of("country", "province", lo=max(0, led.start() - 80),
                                    hi=led.start())
            country = ctx.country_of(people[0].entity) or (
                ctx.country_of(senders[-1].entity) if senders else HOME)
            if country is not None:
                heads.setdefault(country, people[0].entity)
        for side in _SIDE_FIRST.finditer(unit.low) if "phía" in unit.low else ():
            # `Về phía Campuchia có Đại tướng Y - Phó Thủ tướng, ...`: who is named first
            countries = unit.marks_of("country", lo=side.start(), hi=side.end())
            people = unit.marks_of("person", lo=side.end(), hi=side.end() + _FIRST_REACH)
            if countries and people:
                heads.setdefault(countries[0].entity, people[0].entity)
        for side in _HEADS_SIDE.finditer(unit.low) if "phía" in unit.low else ():
            # `Bộ trưởng X làm trưởng đoàn phía Việt Nam`: the head named before his side
            countries = unit.marks_of("country", lo=side.start(), hi=side.end())
            people = unit.marks_of("person", lo=max(0, side.start() - _TITLES_REACH),
                                   hi=side.start())
            if countries and people:
                heads.setdefault(countries[0].entity, people[-1].entity)
    return list(heads.values()) if len(heads) == 2 else _co_chairs(ctx)


_TITLES_REACH = 120  # from the head's name, through his titles, to `làm trưởng đoàn`
_HEADS_SIDE = re.compile(r"(?<![^\W_])làm\s+trưởng\s+đoàn\s+(?:của\s+)?phía\s+"
                         r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}")
# `A, <titles>, và B, <titles>, đồng chủ trì Đối thoại.`: the session the article is about,
# named by its kind alone, or not at all (`Hai Thủ tướng A và B đồng chủ trì.`)
_CO_CHAIR_THE = re.compile(r"(?<![^\W_])(?:đồng|cùng)\s+chủ\s+trì(?:\s+(?:hội\s+nghị|đối\s+thoại|"
                           r"kỳ\s+họp|phiên\s+họp|cuộc\s+họp|hội\s+đàm))?\s*[.;]")


def _pair_named_with(ctx: Context, fact: Fact) -> list[str]:
    """The article's session, in a sentence that names just two people, one of each of
    two countries (`Đại tướng A chào mừng Đại tướng B và Đoàn đại biểu Việt Nam sang tham
    dự Chương trình ... lần thứ 2`): they lead the two sides, and chair it."""
    unit = ctx.unit_of(fact)
    if unit is None:
        return []
    people = list(dict.fromkeys(p.entity for p in unit.marks_of("person")))
    countries = {ctx.country_of(p) for p in people}
    if len(people) != 2 or len(countries) != 2 or None in countries or HOME not in countries:
        return []
    return people


def _co_chairs(ctx: Context) -> list[str]:
    """The two people of two countries a sentence says co-chair the session it names by its
    kind alone (`đồng chủ trì Đối thoại.`)."""
    for unit in ctx.units:
        cue = _CO_CHAIR_THE.search(unit.low) if "chủ trì" in unit.low else None
        if cue is None:
            continue
        people = [p for p in unit.marks_of("person", hi=cue.start())
                  if ";" not in unit.low[p.end : cue.start()]]
        countries = {ctx.country_of(p.entity) for p in people}
        if len(people) == 2 and len(countries) == 2 and None not in countries:
            return [p.entity for p in people]
    return []


_SIDE_FIRST = re.compile(r"(?<![^\W_])phía\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+có\s*:?\s*")
_FIRST_REACH = 40  # `Đại tướng`, `đồng chí`, `Samdech ...` between `có` and the name


_AND_BEFORE = re.compile(r"\svà\s+$")


def _scopes(text: str, anchors: list[Anchor]) -> list[tuple[int, int]]:
    """The part of the sentence each reference owns: from the end of the
    previous one's clause to the end of its own clause (the first comma outside
    brackets after it), the last one to the end of the sentence."""
    cuts = [_after_other_gatherings(text, anchors[0].start)]
    for anchor, following in zip(anchors, anchors[1:], strict=False):
        joined = _AND_BEFORE.search(text, anchor.end, following.start)
        # `Kỳ họp 20 Ủy ban ... về Hợp tác Kinh tế, Văn hóa ... tại Hà Nội ngày 20-22/3 và Hội
        # nghị ... lần thứ 12 tại Tây Ninh`: listed meetings part at the `và` before the next
        cuts.append(joined.start() + 1 if joined else _clause_end(text, anchor.end,
                                                                  following.start))
    cuts.append(len(text))
    return list(zip(cuts, cuts[1:], strict=False))


# a gathering no series names, listed before the first that one does (`dự Diễn đàn ... tại
# Campuchia (tháng 5-2017), Hội nghị ... lần thứ 2 tại Phnom Penh (tháng 01-2018)`)
_GATHERING = re.compile(r"(?<![^\W_])(?:hội nghị|diễn đàn|hội thảo|kỳ họp|phiên họp|cuộc họp"
                        r"|đại hội)(?![^\W_])")


def _after_other_gatherings(text: str, first: int) -> int:
    """Where the first reference's part of the sentence begins: after the last clause
    before it that names another gathering (its place and date are that one's)."""
    begin = pos = 0
    while (end := _clause_end(text, pos, first)) < first:
        if _GATHERING.search(text, pos, end):
            begin = end
        pos = end
    return begin


def _clause_end(text: str, pos: int, limit: int) -> int:
    depth = 0
    for index in range(pos, limit):
        char = text[index]
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and char in ",;":
            return index + 1
    return limit


def _may_name_meeting(unit: Unit) -> bool:
    return (bool(may_match(_WORDS_NEED, unit.low) and _WORDS.search(unit.low)
                 or _OPENING_BACK.match(unit.low))
            or any(m.kind == "series" for m in unit.marks))


def _main_key(ctx: Context) -> tuple[tuple[str, int] | None, bool]:
    """The meeting the article is about: the title's, else the first one named
    as happening (not one recalled with `kể từ`, nor the next one planned).
    Whether it is such a current meeting decides if `Hội nghị` alone refers to it."""
    fallback = _main_series(ctx)
    units = ([ctx.title] if ctx.title else []) + ctx.units
    named: list[tuple[bool, str, int]] = []
    for unit in units:
        if not _may_name_meeting(unit):
            continue
        before: Anchor | None = None  # the last numbered session told aside in the sentence
        for anchor in _anchors(unit, (fallback, 0) if fallback else None, ctx.partner_country):
            if anchor.explicit and anchor.series and anchor.edition is not None:
                aside = bool(_PASSING.search(unit.low[max(0, anchor.start - 20) : anchor.start])
                             or _FUTURE.search(unit.low)
                             # `kể từ Hội nghị Cấp cao lần thứ 8 (2014) và Hội nghị ... lần thứ
                             # 10`: joined to one told aside, aside too
                             or before is not None and _JOINED_TO_ASIDE.fullmatch(
                                 unit.low, before.end, anchor.start) is not None)
                if unit.is_title or not aside:
                    return (anchor.series, anchor.edition), True
                named.append((aside, anchor.series, anchor.edition))
                before = anchor
    return ((named[0][1], named[0][2]), False) if named else (None, False)


# (named after `_JOINED` above, which `_share_joined` reads: the two must not share a name)
_JOINED_TO_ASIDE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:,|và)\s*(?:(?:hội\s+nghị|kỳ"
                              r"\s+họp|phiên\s+họp)[^.;,()]{0,80}?)?")


def _main_series(ctx: Context) -> str | None:
    counts = Counter(m.entity for u in ctx.units for m in u.marks if m.kind == "series")
    if counts:
        return counts.most_common(1)[0][0]
    if ctx.title:
        return _cue_series(ctx.title.low, ctx.partner_country)
    return None


def _cue_series(phrase: str, partner: str | None) -> str | None:
    """The series a meeting phrase names by its words (`ủy ban hỗn hợp` ...)."""
    if another_bodys_meeting(fold(phrase)):
        return None  # `Hội nghị Tòa án các tỉnh biên giới ...`: the courts' own
    phrase = match_form(phrase)
    named = {c for c, names in _COUNTRY_NAMES.items() if any(n in phrase for n in names)}
    for series, every, any2, country in _SERIES_CUES:
        if country and not (country in named or (not named and partner == country)):
            continue
        if all(w in phrase for w in every) and (not any2 or any(w in phrase for w in any2)):
            return series
    return None


# `... (ACMECS) lần thứ 10, Hội nghị Cấp cao CLMV lần thứ 11`: a number right after
# another name (a bracketed or capitalised acronym) is that one's, not the next name's
_ABBREVIATED = re.compile(r"\s*\([^()]{1,15}\)\s*")
_AFTER_OTHER_NAME = re.compile(r"(?:\)|\b[A-Z]{2,})\s*$")


def _numbered(unit: Unit, marks: list[Mark], start: int, end: int) -> Mark | None:
    """The series mark whose edition number stands at [start, end): the name it follows,
    else the name it comes just before, unless it follows another name or another name's
    acronym follows it (`... Mekong lần thứ 5 (ACMECS 5), Hội nghị ...`)."""
    after = [m for m in marks if m.end <= start and (
        numbers_name(start, end, m.start, m.end)
        or _ABBREVIATED.fullmatch(unit.text, m.end, start))]  # `... Việt Nam (CLMV) lần thứ 11`
    if after:
        return after[-1]
    if _AFTER_OTHER_NAME.search(unit.text, max(0, start - 12), start) or _ACRONYM_AFTER.match(
            unit.text, end):
        return None
    return next((m for m in marks if numbers_name(start, end, m.start, m.end)), None)


_CHAIR_OF = re.compile(r"(?<![^\W_])(?:đồng\s+|phó\s+)?chủ\s+tịch\s+$")


def _anchors(unit: Unit, main: tuple[str, int] | None, partner: str | None) -> list[Anchor]:
    series_marks = [m for m in unit.marks if m.kind == "series"]
    words = [w for w in _WORDS.finditer(unit.low)  # (`Trung tâm Hội nghị`: a building)
             if not _CENTRE_OF.search(unit.low, max(0, w.start() - 12), w.start())]
    anchors: list[Anchor] = []
    used: set[int] = set()
    for start, end, number in unit.editions:
        mark = _numbered(unit, series_marks, start, end)
        if mark is not None:
            used.add(id(mark))
            anchors.append(Anchor(min(mark.start, start), max(mark.end, end),
                                  mark.entity, number, True))
            continue
        word = next((w for w in reversed(words) if w.end() <= start
                     and start - w.end() <= _WORD_REACH), None)
        if word is None and not _WORDS.match(unit.low, start):
            continue  # `lần thứ N` of something that is not a meeting
        lo = word.start() if word else start
        stop = _NAME_END.search(unit.low, end, end + 90)
        series = _cue_series(unit.low[lo : stop.start() if stop else end + 90], partner)
        if series is None and main and not _OTHER_BODY.search(unit.low[lo:end]) and not [
            m for m in unit.marks_of("org", "series") if lo <= m.start < end
        ] and not _ACRONYM.search(unit.text, lo, end) and not _ACRONYM_AFTER.match(unit.text, end):
            series = main[0]  # `Hội nghị lần thứ 6`: the article's own mechanism
        if series is not None:
            anchors.append(Anchor(lo, end, series, number, True))
    if main is None:  # no numbered session in the article: `cuộc họp của Ủy ban ...` is one
        anchors += _unnumbered_sessions(unit, words, series_marks, anchors, used)
    for mark in series_marks:
        if id(mark) in used or _inside(mark.start, anchors):
            continue
        if _CHAIR_OF.search(unit.low, max(0, mark.start - 16), mark.start):
            continue  # `B, đồng Chủ tịch Ủy ban liên Chính phủ, chủ trì ...`: a title, no session
        named = next((a for a in anchors if a.explicit and a.series == mark.entity
                      and 0 <= mark.start - a.end <= _ABBREVIATION_REACH), None)
        if named is not None:  # `lần thứ 6 (CLMV 6)`: the same meeting named again
            named.end = max(named.end, mark.end)
        elif glued := _GLUED_EDITION.search(unit.text[mark.start : mark.end]):  # `CLV7`
            anchors.append(Anchor(mark.start, mark.end, mark.entity, int(glued[1]), True))
        elif (after := _NUMBER_AFTER.match(unit.low, mark.end)) and int(after[1]) > 0:
            anchors.append(Anchor(mark.start, after.end(), mark.entity, int(after[1]), True))
        else:
            anchors.append(Anchor(mark.start, mark.end, mark.entity, None, False))
    for word in words:
        if not _inside(word.start(), anchors) and not _names_other_body(unit, word.start()):
            series = _cue_series(unit.low[word.start() : word.end() + 80], partner)
            anchors.append(Anchor(word.start(), word.end(), series, None, False))
    opening = _OPENING_BACK.match(unit.low)
    if opening and not anchors:  # `Sự kiện do A và B đồng chủ trì`: the article's meeting
        anchors.append(Anchor(opening.start(), opening.end(), None, None, False))
    return sorted(anchors, key=lambda a: a.start)


def _unnumbered_sessions(unit: Unit, words: list[re.Match[str]], series_marks: list[Any],
                         anchors: list[Anchor], used: set[int]) -> list[Anchor]:
    """`cuộc họp hai Chủ tịch Ủy ban liên hợp biên giới ...`: a meeting word that
    opens a series' name names a session of it, though unnumbered (kept only when
    dated, see _fact)."""
    found = []
    for word in words:
        if _inside(word.start(), anchors):
            continue
        mark = next((m for m in series_marks if id(m) not in used and m.start >= word.end()
                     and _SESSION_OF.fullmatch(unit.low, word.end(), m.start)), None)
        if mark is not None:
            used.add(id(mark))
            found.append(Anchor(word.start(), mark.end, mark.entity, None, True))
    return found


# between a meeting word and its series: whose session it is, nothing else
_SESSION_OF = re.compile(r"\s*(?:(?:hai|cấp|đồng|các)\s+)?(?:chủ\s+tịch\s+)?(?:của\s+)?")


def _names_other_body(unit: Unit, pos: int) -> bool:
    """`Hội nghị thượng đỉnh Diễn đàn ... (P4G)`: a meeting of a body named in the
    rest of its clause, not of the article's mechanism."""
    stop = _CLAUSE_STOP.search(unit.low, pos, pos + _BODY_REACH)
    end = stop.start() if stop else min(len(unit.low), pos + _BODY_REACH)
    return bool(_ACRONYM.search(unit.text, pos, end) or _OTHER_BODY.search(unit.low, pos, end))


def _inside(pos: int, anchors: list[Anchor]) -> bool:
    return any(a.start <= pos < a.end for a in anchors)


def _key(anchor: Anchor, main: tuple[str, int] | None) -> tuple[str, int | None] | None:
    if anchor.explicit and anchor.series:
        return anchor.series, anchor.edition
    if main is not None and anchor.series in (None, main[0]):
        return main
    return None


def _values(ctx: Context, unit: Unit, anchor: Anchor, lo: int, hi: int) -> dict[str, Any]:
    scope = unit.low[lo:hi]
    start, end = _dates(unit, anchor, lo, hi)
    planned = _FUTURE.search(scope) or _WILL_TAKE_PART.search(scope)
    status = "planned" if planned or later_than(start, ctx.published) else "held"
    place = _place(unit, lo, hi) or _visited(unit, lo, anchor.start)
    chairs = _chairs(unit, lo, hi) or _chairs_by_post(ctx, unit, lo, hi, start)
    return {"place": place, "start": start, "end": end, "chairs": chairs, "status": status}


def _dates(unit: Unit, anchor: Anchor, lo: int, hi: int) -> tuple[str | None, str | None]:
    candidates = [d for d in unit.dates_in(lo, hi)
                  if not is_comparison(unit, d) and not is_target_year(unit, lo, d)
                  and not _years_apart(unit, d)]
    if not candidates:
        return None, None
    held_on = [d for d in candidates if d.start >= anchor.end
               and _TAKES_PLACE.search(unit.low, max(anchor.end, d.start - 24), d.start)]
    if held_on:  # `Chiều 13/11, ... họp báo về Hội nghị ... diễn ra từ ngày 15 - 19/12`
        candidates = held_on
    if not anchor.explicit and _NOT_DATE.search(unit.low[: candidates[0].start]):
        return None, None  # `Trước đó, ... từ ngày 23-24/4`: a preparatory event
    start, end = range_of(unit, candidates[0])
    if end is None and _UNTIL_DAY.search(unit.low, max(0, candidates[0].start - 16),
                                         candidates[0].start):
        return None, start  # `dự kiến tiếp tục đến hết ngày 5/11/2000`: the last day
    if is_full_day(start) or (start or "").startswith("--"):
        days = _duration(unit.low[lo:hi])
        if end is None and days > 1 and start and len(start) >= 7:
            if _ENDS.search(unit.low):
                start, end = shift(start, 1 - days), start
            else:
                end = shift(start, days - 1)
        elif end is None and is_full_day(start):
            end = start
    return start, end


def _years_apart(unit: Unit, date: Any) -> bool:
    """`giai đoạn 2025-2029`: a span of years is a plan's or a term's period; a session
    lasts days."""
    start, end = range_of(unit, date)
    return bool(start and end and len(start) == len(end) == 4 and start != end)


_UNTIL_DAY = re.compile(r"(?<![^\W_])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")


def _duration(scope: str) -> int:
    match = _DURATION_RX.search(scope)
    return _DURATION.get(re.sub(r"\s+", " ", match.group(0)), 1) if match else 1


def _place(unit: Unit, lo: int, hi: int) -> str | None:
    """The first place after `tại`; a country, then one of its provinces after another
    `tại` (`tại nước CHDCND Lào, sáng 12/1 tại thủ đô Vientiane`), is that province."""
    places = [p for prep in _PREP.finditer(unit.low, lo, hi)
              if (p := _place_after(unit, prep.end(), hi)) is not None]
    if not places:
        return None
    first = places[0]
    return next((p for p in places[1:] if "/" not in first and p.startswith(first + "/")), first)


# a building a meeting is held in, named before its city (`Trung tâm Hội nghị Quốc gia`)
_BUILDING = re.compile(r"\s*(?:trung\s+tâm|hội\s+trường|khách\s+sạn|nhà\s+khách|nhà\s+hát|"
                       r"trụ\s+sở|tòa\s+nhà|toà\s+nhà|cung\s+văn\s+hóa|phủ\s+chủ\s+tịch)\s")
_CENTRE_OF = re.compile(r"(?<![^\W_])trung\s+tâm\s+$")


def _place_after(unit: Unit, pos: int, hi: int) -> str | None:
    series_spans = [(m.start, m.end) for m in unit.marks if m.kind == "series"]
    building = _BUILDING.match(unit.low, pos) is not None
    for mark in unit.marks_of("province", "country", lo=pos, hi=hi):
        gap = unit.low[pos : mark.start]
        if mark.start - pos > _PLACE_REACH or (_WORDS.search(gap) and not building) or (
            "," in gap and not _UNIT_WORD.match(gap.rsplit(",", 1)[1])
            and not (building and gap.count(",") == 1)
        ):
            break  # `tại Khách sạn Sokha, thủ đô Phnom Penh` goes on; others stop
            # (as does a building and its city: `tại Trung tâm Hội nghị Quốc gia, Hà Nội`)
        if not any(s <= mark.start < e for s, e in series_spans):
            return mark.entity
    return None


def _visited(unit: Unit, lo: int, hi: int) -> str | None:
    """`sang thăm Việt Nam và đồng chủ trì Kỳ họp ...`, `sang Thủ đô Vientiane, Lào đồng chủ
    trì Kỳ họp ...`: a meeting held on a visit or a trip meets where the visitors went."""
    for mark in reversed(unit.marks_of("province", "country", lo=lo, hi=hi)):
        if _VISIT_TO.search(unit.low, max(lo, mark.start - 40), mark.start):
            return mark.entity
    return None


def _chairs(unit: Unit, lo: int, hi: int) -> list[str]:
    people: list[str] = []
    for cue in _CHAIR_AFTER.finditer(unit.low, lo, hi):
        people += [m.entity for m in unit.marks_of("person", lo=cue.end(), hi=hi)]
    if not people:
        for cue in _CHAIR_BEFORE.finditer(unit.low, lo, hi):
            if unit.low[max(0, cue.start() - 8) : cue.start()].endswith("sự "):
                continue  # `dưới sự chủ trì của` is handled above
            before = [m for m in unit.marks_of("person", lo=lo, hi=cue.start())
                      if not _RECEIVES.match(unit.low, m.end)]
            if not before and _DEED_LISTED.search(unit.low, max(0, cue.start() - 6), cue.start()):
                # `Thủ tướng X ... đã dự Hội nghị A, Hội nghị B, chủ trì Hội nghị C`: the
                # subject of the sentence's list of deeds chairs the one he is said to chair
                # (`A đón B sang thăm Việt Nam, và đồng chủ trì Kỳ họp`: A, who received)
                before = (unit.marks_of("person", hi=lo)
                          or unit.marks_of("person", lo=lo, hi=cue.start()))[:1]
            if not before and _LISTED.match(unit.low, cue.end()):
                before = unit.marks_of("person", lo=cue.end(), hi=hi)  # `Đồng chủ trì ... có A, B`
            people += [m.entity for m in before]
            if before and cue.group().startswith("đồng"):
                people += _co_chair(unit, cue.end(), hi)
            if not before and _FRAME.match(unit.low):
                # `Trong chương trình thăm Lào và đồng chủ trì Kỳ họp ..., sáng 10/1, Thủ
                # tướng X đã hội kiến ...`: who the framing trip is of co-chairs
                after = unit.marks_of("person", lo=hi)
                people += [after[0].entity] if after else []
            break
    return list(dict.fromkeys(people))


# `Thủ tướng Lào sẽ đồng chủ trì kỳ họp ...`: a post and its country, with no name
_POST_THEN_CHAIR = re.compile(r"\s*(?:(?:sẽ|đã|vừa|cũng)\s+)*(?:đồng\s+)?chủ\s+trì(?![^\W_])")


def _chairs_by_post(ctx: Context, unit: Unit, lo: int, hi: int, when: str | None) -> list[str]:
    """The holder of a post named with its country and no name as the chair (`Thủ tướng Lào
    sẽ đồng chủ trì`), on the session's date or the report's; a co-chair's counterpart is
    the holder of the same post on the other side of the article's pair of countries."""
    on_date = when if when and not when.startswith("--") else ctx.published
    for mark in unit.marks_of("country", lo=lo, hi=hi):
        cue = _POST_THEN_CHAIR.match(unit.low, mark.end)
        holder = ctx.post_holder(unit, mark, on_date) if cue else None
        if cue is None or holder is None:
            continue
        other_side = ctx.partner_country if mark.entity == HOME else HOME
        if "đồng" not in cue.group() or other_side in (None, mark.entity) or on_date is None:
            return [holder]
        counterpart = _same_post(ctx, holder, mark.entity, other_side, on_date)
        return [holder, counterpart] if counterpart else [holder]
    return _both_posts(ctx, unit, lo, hi, on_date)


# `Thủ tướng Chính phủ hai nước sẽ đồng chủ trì kỳ họp`: the post's holders in both countries
_BOTH_THEN_CHAIR = re.compile(r"(?<![^\W_])hai\s+nước" + _POST_THEN_CHAIR.pattern)


def _both_posts(ctx: Context, unit: Unit, lo: int, hi: int, on_date: str | None) -> list[str]:
    """The holders of the post named before `hai nước ... đồng chủ trì`, one in each
    country of the article's pair, on the session's date or the report's."""
    both = _BOTH_THEN_CHAIR.search(unit.low, lo, hi) if "hai nước" in unit.low else None
    if both is None or ctx.partner_country is None:
        return []
    home = ctx.holder_of_post_before(unit, both.start(), HOME, on_date)
    partner = ctx.holder_of_post_before(unit, both.start(), ctx.partner_country, on_date)
    return [home, partner] if home and partner else []


def _same_post(ctx: Context, holder: str, country: str, other: str, on_date: str) -> str | None:
    """The holder of `holder`'s post on the other side."""
    assert ctx.gazetteer is not None
    posts = {o.role for o in ctx.gazetteer.offices_of(holder, on_date) if o.country == country}
    found = {h.id for role in posts for h in ctx.gazetteer.holders(role, other, on_date)}
    return found.pop() if len(found) == 1 else None


_DEED_LISTED = re.compile(r",\s*(?:và\s+)?$")
# `A đã tiếp B nhân dịp sang Việt Nam đồng chủ trì Kỳ họp`: the host receives, B chairs
# (`A hoan nghênh B dẫn đầu đoàn ... sang đồng chủ trì`: who welcomes the chair is none)
_RECEIVES = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:tiếp|đón|hoan\s+nghênh|chào\s+đón|chào\s+mừng)"
                       r"(?![^\W_])")
# `A đồng chủ trì cùng B`, `A ... đồng chủ trì Kỳ họp ..., theo lời mời của Thủ tướng B`
_CO_CHAIR_WITH = re.compile(r"\s+(?:cùng|với)\s")
_INVITED_BY = re.compile(r"(?<![^\W_])theo\s+lời\s+mời\s+của(?![^\W_])")
_INVITER_REACH = 100  # from `cùng` or `của` through the chair's title (with the full name
# of his country: `Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào`) to his name


def _co_chair(unit: Unit, cue_end: int, hi: int) -> list[str]:
    """The other chair of a session one named person co-chairs: named after `cùng`, or
    the one whose invitation the session answers."""
    before = _CO_CHAIR_WITH.match(unit.low, cue_end) or _INVITED_BY.search(unit.low, cue_end)
    if before is None:
        return []
    named = unit.marks_of("person", lo=before.end(), hi=before.end() + _INVITER_REACH)
    return [named[0].entity] if named else []


_FRAME = re.compile(r"\W*(?:trong|nhân)\s+(?:chương\s+trình|khuôn\s+khổ|dịp|chuyến)(?![^\W_])")
_TAKES_PLACE = re.compile(r"(?<![^\W_])(?:diễn\s+ra|khai\s+mạc)(?:\s+(?:vào|từ|trong))?"
                          r"(?:\s+(?:ngày|hai\s+ngày|2\s+ngày))?\s*$")
_ONLINE = re.compile(r"(?<![^\W_])(?:trực tuyến|họp trực tuyến|online)(?![^\W_])")


def _finest_place(ctx: Context, places: list[str]) -> str | None:
    """The first place told, or a province of it told elsewhere (`tới Lào tham dự Kỳ họp`
    and `sang Thủ đô Vientiane, Lào đồng chủ trì Kỳ họp`: Vientiane)."""
    if not places:
        return None
    first = places[0]
    return next((p for p in places[1:] if "/" in p and "/" not in first
                 and ctx.country_of(p) == first), first)


def _fact(ctx: Context, draft: Draft) -> Fact | None:
    ranked = sorted(draft.contributions, key=lambda c: (-c[0], -c[1]))
    if draft.edition is None and not any(c[2].get("start") for c in ranked):
        return None  # an unnumbered series in passing: too vague to be a meeting
    fields: dict[str, Any] = {"series": draft.series, "edition": draft.edition,
                              "place": None, "start": None, "end": None, "chairs": [],
                              "status": "held"}
    fields["chairs"] = next((c[2]["chairs"] for c in ranked if c[2]["chairs"]), [])
    fields["place"] = _finest_place(ctx, [c[2]["place"] for c in ranked if c[2]["place"]])
    dated = next((c for c in ranked if c[2]["start"]), None)
    last = next((c[2]["end"] for c in ranked if c[2]["end"] and not c[2]["start"]), None)
    if dated is not None:
        fields["start"], fields["end"] = dated[2]["start"], dated[2]["end"]
        if last and (fields["end"] or fields["start"]) < last and len(last) == len(fields["start"]):
            fields["end"] = last  # opened on one day, told elsewhere to go on to another
        if fields["end"] is None and is_day(fields["start"]):
            fields["end"] = fields["start"]  # one day (`--03-12`, `2023-01-09`): it ends that day
    else:
        fields["end"] = last
    if ranked:
        fields["status"] = (dated or ranked[0])[2]["status"]
    evidence = ranked[0][3] if ranked else Span(0, 0)
    body = [c for c in ranked if c[3] != Span(0, 0)]
    if body:
        evidence = body[0][3]
    if any(_ONLINE.search(ctx.low, c[3].start, c[3].end) for c in body):
        fields["online"] = True  # `theo hình thức trực tuyến`
    explicit = any(c[0] == 2 for c in ranked)
    confidence = 0.85 if explicit else 0.6
    rule = "meeting.series-edition" if explicit else "meeting.main-reference"
    if not ranked:
        confidence, rule = 0.6, "meeting.title"
    return Fact("meeting", fields, evidence, confidence, rule)
