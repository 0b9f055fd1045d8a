"""Who a figure (`measure`, `target`) is about.

The parties named in the figure's own sentence win: `kim ngạch của tỉnh với
Campuchia` is the province and Cambodia even when the article is about one
partner province. The article's main pair fills in only what the sentence
leaves out, or what it refers to as `hai tỉnh` / `hai bên`. National wording
(`song phương`, `hai nước`, `Việt Nam có N dự án tại Lào`) makes the two
countries. Venues (`tại Hà Nội`) are never parties (`Unit.parties_of`).
"""

from __future__ import annotations

import re

from langgieng.extract.facts.context import (
    HOME,
    TEAM,
    Context,
    Mark,
    Unit,
    alternation,
    cue_regex,
    per_sentence,
    vocabulary,
)
from langgieng.extract.facts.figure_clauses import pair_in

_DATA = vocabulary("indicators")
_VERBS = alternation(_DATA["subject_verbs"])
_PROVINCE_PAIR = cue_regex(_DATA["province_pair"])
_COUNTRY_PAIR = cue_regex(_DATA["country_pair"])
_FALLBACK = cue_regex(_DATA["two_provinces"] + _DATA["two_sides"])
_PROVINCIAL_REF = cue_regex(_DATA["provincial_refs"])
_NOT_NAMES = frozenset(_DATA["not_province_names"])
_PROVINCIAL_SUBJECT = re.compile(
    r"^\W*tỉnh(?![^\W_])|(?:^|[,;:]\s*)(?:" + alternation(_DATA["provincial_subject"])
    + r")\s+" + _VERBS
)
_NATIONAL_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:" + alternation(_DATA["national_subject"]) + r")\s+" + _VERBS
)
_NAMED_PROVINCE = re.compile(r"(?<![^\W_])[Tt]ỉnh\s+(\w[\w'’-]*)")
_TWO_PROVINCES = cue_regex(_DATA["two_provinces"])
_PAIR_GAP = re.compile(r"^\s*(?:và|-|–|với)\s*$")
_CLAUSE_END = re.compile(r"[,;]\s|[;:]")
_BORDER_LIKE = ("border.", "remains.")
_PAIRED_BORDER = ("border.length", "border.markers")  # of the two provinces the border parts
_MANY_PROVINCES = 3  # Vietnamese provinces a national figure's sentence lists, none its owner
_RANKED = re.compile(r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)[^.;]{0,90}?"
                     r"(?P<behind>\bsau\s+[^.;)]{2,60})")


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a figure at [start, end): between the separators
    (`, ` or `;`, not the decimal comma of `1,3`) that enclose it."""
    lo = max(text.rfind(", ", 0, start), text.rfind(";", 0, start))
    stop = _CLAUSE_END.search(text, end)
    return lo + 1, stop.start() if stop else len(text)


def _segment_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a sentence between semicolons around a figure at [start, end)."""
    stop = text.find(";", end)
    return text.rfind(";", 0, start) + 1, stop if stop >= 0 else len(text)


def _wording_of(text: str) -> tuple[bool, bool, bool, bool]:
    """(about a province, nationally worded, `tỉnh` as subject, `hai tỉnh`/`hai bên`)
    for a sentence."""
    provincial = bool(_PROVINCE_PAIR.search(text) or _PROVINCIAL_REF.search(text))
    nationally = bool(_COUNTRY_PAIR.search(text) or _NATIONAL_SUBJECT.search(text))
    return (provincial, nationally, bool(_PROVINCIAL_SUBJECT.search(text)),
            bool(_FALLBACK.search(text)))


_wording = per_sentence(_wording_of)


def national(unit: Unit) -> bool:
    """`hai nước`, `song phương`, `Việt Nam và Campuchia`, `Việt Nam - Lào`, or
    Vietnam as a clause's subject (`Việt Nam có 209 dự án`), with no province pair."""
    worded, nationally, _, _ = _wording(unit)
    if worded:
        return False
    if nationally:
        return True
    countries = unit.marks_of("country")
    return any(
        HOME in (a.entity, b.entity) and a.entity != b.entity
        and _PAIR_GAP.match(unit.low[a.end : b.start])
        for a, b in zip(countries, countries[1:], strict=False)
    )


def _unresolved_province(unit: Unit) -> bool:
    """`tỉnh Yi'an` with no link: a province is named that the linker could not
    tell, so neither the two countries nor a guess are safe parties."""
    spans = [(m.start, m.end) for m in unit.marks_of("province")]
    return any(
        name.group(1)[0].isupper() and name.group(1).lower() not in _NOT_NAMES
        and not any(lo <= name.start(1) < hi for lo, hi in spans)
        for name in _NAMED_PROVINCE.finditer(unit.text)
    )


def home_provinces(unit: Unit, lo: int, hi: int) -> list[str]:
    """Vietnamese provinces of the sentence, confident links first, then those of
    the figure's clause (`Sau khi hợp nhất với tỉnh A, tỉnh B có ...`: B)."""
    marks = [m for m in unit.parties_of("province") if m.entity.startswith(HOME + "/")]
    ranked = sorted(marks, key=lambda m: (m.weak, not lo <= m.start < hi))
    return [m.entity for m in ranked]


_SAYS = re.compile(r"(?<![^\W_])(?:cho biết|nói|khẳng định|nhấn mạnh|thông tin|chia sẻ|phát biểu"
                   r"|nêu rõ|thông báo|báo cáo|trả lời)(?![^\W_])[^:]*$")
_SAYS_REACH = 40


def _reported(unit: Unit, start: int) -> list[str] | None:
    """`Nói về doanh nghiệp tỉnh A, ông X cho biết: Việt Nam có 188 dự án tại
    Campuchia`: what follows the colon names Vietnam and its partner and no
    province; the figure is theirs, not the province's the sentence opened on."""
    colon = unit.low.rfind(": ", 0, start)
    if colon < 0 or not _SAYS.search(unit.low, max(0, colon - _SAYS_REACH), colon):
        return None  # (`nổi bật như: ...` lists the province's deeds: no one reports)
    countries = [m.entity for m in unit.parties_of("country") if colon < m.start < start]
    provinces = [m for m in unit.parties_of("province") if m.start > colon]
    partners = [c for c in countries if c != HOME]
    if HOME in countries and partners and not provinces:
        return [HOME, partners[0]]
    return None


_BRACKETED_GAP = re.compile(r"^\s*(?:\([^()]{0,30}\))?\s*(?:và|-|–|với)\s*$")


def _bracketed_pair(unit: Unit) -> list[str] | None:
    """A Vietnamese province and a foreign one joined by `và`, each perhaps
    followed by its country in brackets."""
    provinces = unit.parties_of("province")
    provinces.sort(key=lambda m: m.start)
    for a, b in zip(provinces, provinces[1:], strict=False):
        if (a.entity.startswith(HOME + "/") and not b.entity.startswith(HOME)
                and _BRACKETED_GAP.match(unit.low[a.end : b.start])):
            return [a.entity, b.entity]
    return None


_JOINED_COUNTRIES = re.compile(r"^\s*(?:và|,)\s+(?:[^\W\d_]+\s+){0,2}$")


def _joined_partners(unit: Unit, lo: int, hi: int) -> list[str] | None:
    """Two partner countries joined in the figure's part of the sentence (`các
    tỉnh Nam Lào và Đông Bắc Campuchia`): a figure for both at once."""
    foreign = _foreign_countries(unit, lo, hi)
    for a, b in zip(foreign, foreign[1:], strict=False):
        if a.entity != b.entity and _JOINED_COUNTRIES.match(unit.low[a.end : b.start]):
            return [a.entity, b.entity]
    return None


def _foreign_countries(unit: Unit, lo: int = 0, hi: int | None = None) -> list[Mark]:
    """The foreign countries that may be parties, in [lo, hi): not those a figure ranks
    behind (`đứng vị trí thứ ba (sau Trung Quốc, Thái Lan)`, `lớn thứ ba tại Lào sau
    Trung Quốc và Thái Lan`)."""
    behind = [r.span("behind") for r in _RANKED.finditer(unit.low)] if "sau" in unit.low else []
    tripled = _three_countries(unit)
    return [m for m in unit.parties_of("country", lo=lo, hi=hi)
            if m.entity != HOME and m.start not in tripled
            and not any(a <= m.start < b for a, b in behind)]


def _three_countries(unit: Unit) -> set[int]:
    """Where three countries are joined by dashes (`ngã ba biên giới Việt Nam-Lào-Campuchia`,
    the CLV triangle): a name of the three, no partner of a figure."""
    marks = unit.marks_of("country")
    starts: set[int] = set()
    for a, b, c in zip(marks, marks[1:], marks[2:], strict=False):
        if all(_DASHED.fullmatch(unit.low, x.end, y.start) for x, y in ((a, b), (b, c))):
            starts |= {a.start, b.start, c.start}
    return starts


_DASHED = re.compile(r"\s*[-–—]\s*")


def _team_province(ctx: Context, unit: Unit, start: int) -> list[str]:
    """The province of the team that found the remains counted at `start` (`Đội K52 đã
    quy tập ...`, bound to Gia Lai where the article first names it), or of the one
    team the article binds when the sentence names a team without its number."""
    teams = list(TEAM.finditer(unit.low, 0, start))
    if not teams:
        return []
    named = teams[-1].group()
    province = ctx.team_provinces.get(named)
    if (province is None and not any(c.isdigit() for c in named)
            and len(set(ctx.team_provinces.values())) == 1):
        province = next(iter(ctx.team_provinces.values()))
    return [province] if province else []


_QUALIFIER = re.compile(r"\s*(?:\(\s*|,\s*|,?\s*(?:của|thuộc)\s+(?:nước\s+)?)")


def _qualifies_province(unit: Unit, country: Mark) -> bool:
    """Whether a country is named only to place the province before it
    (`tỉnh Mondulkiri (Campuchia)`, `tỉnh Prey Veng, Campuchia`, `tỉnh Sê Kông của Lào`,
    and, for one of its own provinces, `tỉnh Xê Kông - Lào`)."""
    return any(_QUALIFIER.fullmatch(unit.low[p.end : country.start])
               or (p.entity.startswith(country.entity + "/")
                   and _DASHED.fullmatch(unit.low, p.end, country.start))
               for p in unit.parties_of("province") if p.end <= country.start)


_PAIR_BEFORE = re.compile(r"(?<![^\W_])việt(?:\s+nam)?\s*[-–]\s*$")


def _pair_named(unit: Unit, country: Mark) -> bool:
    """A country named with Vietnam as a pair (`đoạn biên giới Việt-Lào`): the border's
    name, not a partner of the figure."""
    return bool(_PAIR_BEFORE.search(unit.low, max(0, country.start - 12), country.start))


def _listed_after(unit: Unit, end: int) -> bool:
    """Many Vietnamese provinces, all named after a figure (`biên giới Việt Nam - Lào dài
    2.337 km, đi qua 10 tỉnh: A, B, C ...`): they describe the figure, none owns it."""
    marks = [m for m in unit.parties_of("province") if m.entity.startswith(HOME + "/")]
    return (len({m.entity for m in marks}) >= _MANY_PROVINCES
            and all(m.start >= end for m in marks))


_SINGLED_OUT = re.compile(r"\W*riêng\s+(?:(?:tại|ở|với|(?:trên\s+)?địa\s+bàn)\s+)?(?:tỉnh\s+)?$")


def _singled_out(unit: Unit, start: int) -> str | None:
    """`Riêng tại tỉnh Koh Kong, Đội K92 đã quy tập được 160 hài cốt`: the foreign province
    a sentence opens on to single out its part of the figures told before."""
    first = next(iter(unit.marks_of("province", hi=start)), None)
    if first is None or first.entity.startswith(HOME) or not _SINGLED_OUT.match(
            unit.low[: first.start]) or not unit.low.startswith(",", first.end):
        return None
    return first.entity


_LISTED = re.compile(r"\s*(?:,|và)\s*(?:tỉnh\s+)?")


def _listed_together(unit: Unit, provinces: list[str], start: int) -> bool:
    """Whether the foreign provinces are one list of one country's (`hai tỉnh B và C`),
    named before the figure at `start` (a list after it describes the border: `dài 240 km,
    giáp với các tỉnh B, C và D thuộc Campuchia` is the country's)."""
    marks = sorted((m for m in unit.parties_of("province") if m.entity in provinces),
                   key=lambda m: m.start)
    return (len({p.split("/")[0] for p in provinces}) == 1 and len(marks) == len(provinces)
            and marks[-1].end <= start
            and all(_LISTED.fullmatch(unit.low, a.end, b.start)
                    for a, b in zip(marks, marks[1:], strict=False)))


# `206km với 2 tỉnh Savannakhet và Salavan`, `142,4 km với tỉnh Attapeu (Lào)`: the
# border the figure measures is with the provinces right after it (not after a comma:
# `dài 240 km, giáp với các tỉnh B, C và D thuộc Campuchia` describes the country's)
_WITH_AFTER = re.compile(r"\s*(?:km\s+)?(?:đường\s+biên\s+giới\s+)?(?:chung\s+)?với\s+"
                         r"(?:(?:hai|ba|bốn|[2-9])\s+)?(?:tỉnh\s+)?$")


def _provinces_right_after(unit: Unit, end: int) -> list[str]:
    """The foreign provinces, of one country, that `với` joins right after a border
    figure ending at `end`."""
    marks = sorted(unit.parties_of("province", lo=end, hi=end + 60), key=lambda m: m.start)
    if not marks or marks[0].entity.startswith(HOME) or not _WITH_AFTER.fullmatch(
            unit.low, end, marks[0].start):
        return []
    listed = [marks[0]]
    for mark in marks[1:]:
        if not _LISTED.fullmatch(unit.low, listed[-1].end, mark.start):
            break
        listed.append(mark)
    more = _LISTED.match(unit.low, listed[-1].end)
    if more and unit.text[more.end() : more.end() + 1].isupper():
        return []  # the list goes on with a name not known (`Kampot và X`): unsure
    countries = {m.entity.split("/")[0] for m in listed}
    return [m.entity for m in listed] if len(countries) == 1 and HOME not in countries else []


def _pair_before(unit: Unit, start: int) -> list[str] | None:
    """The pair named nearest before a figure at `start`."""
    for mark in sorted(unit.parties_of("province", hi=start), key=lambda m: -m.start):
        if (pair := pair_in(unit, mark.start, start)) is not None:
            return pair
    return None


def _country_before(unit: Unit, foreign: list[Mark], provinces: list[Mark], lo: int, start: int,
                    end: int) -> str | None:
    """The partner country (of the `foreign` country marks) named before a figure at
    [start, end) in its part of the sentence, when every foreign province the sentence
    names (`provinces`) comes after the figure."""
    before = [m for m in foreign if lo <= m.start < start and not _qualifies_province(unit, m)]
    if not before or any(m.start < end for m in provinces):
        return None
    return max(before, key=lambda m: m.start).entity


# `19 bộ hài cốt liệt sĩ ... hy sinh tại tỉnh B`: where the dead fell, named after them
_FELL_IN = re.compile(r"[^.;]{0,60}?(?<![^\W_])h[yi]\s+sinh\s+(?:tại|ở|trên)\s+(?:địa\s+bàn\s+)?"
                      r"(?:tỉnh\s+)?$")
_AND_OTHERS = re.compile(r"\s*(?:và|cùng)\s+(?:các|một\s+số)\s")


def _fell_in(unit: Unit, end: int) -> str | None:
    """The one foreign province the counted dead fell in, named right after the count
    (not one of several: `tại Salawan và các tỉnh lân cận` is the country's)."""
    mark = next((m for m in unit.marks_of("province", lo=end, hi=end + 100)
                 if not m.entity.startswith(HOME)), None)
    if mark is None or not _FELL_IN.fullmatch(unit.low, end, mark.start) or (
            _AND_OTHERS.match(unit.low, mark.end)):
        return None
    return mark.entity


def _entities(marks: list[Mark]) -> list[str]:
    return list(dict.fromkeys(m.entity for m in marks))


def figure_parties(
    ctx: Context, unit: Unit, indicator: str, start: int, end: int
) -> tuple[list[str] | None, bool]:
    """The pair a figure at [start, end) is about, and whether it was inferred
    from the article rather than read from the sentence."""
    said = _reported(unit, start)
    if said is not None:
        return said, False
    lo, hi = clause_of(unit.low, start, end)
    vn_prov = home_provinces(unit, lo, hi)
    home = vn_prov[0] if vn_prov else ctx.vn_province
    if home and (singled := _singled_out(unit, start)):
        return [home, singled], not vn_prov
    if not vn_prov and indicator.startswith("remains."):
        vn_prov = _team_province(ctx, unit, start)
    foreign_prov = [m for m in unit.parties_of("province") if not m.entity.startswith(HOME)]
    other_prov = _entities(foreign_prov)
    # the partner named in the figure's own part of the sentence first (`16 ... tại
    # Campuchia; 5 ... của Lào`: 5 is Laos's), and there the nearest one before it
    # (`tại Lào có 9 dự án ... và tại Campuchia có 9 dự án`: the second is Cambodia's)
    seg_lo, seg_hi = _segment_of(unit.low, start, end)
    foreign = _foreign_countries(unit)
    foreign.sort(key=lambda m: (not seg_lo <= m.start < seg_hi, m.start > start,
                                abs(start - m.start)))
    countries = _entities(foreign)
    partner = countries[0] if countries else (
        other_prov[0].split("/")[0] if other_prov else ctx.partner_country
    )
    worded, _, subject, fallback = _wording(unit)
    provincial = bool(vn_prov) or worded or bool(ctx.vn_province and (subject or ctx.provincial))
    if (not vn_prov or _listed_after(unit, end)) and national(unit):
        provincial = False
    elif not vn_prov and not ctx.vn_province and (worded or _unresolved_province(unit)):
        return None, True  # about a province, but none is known: no safe pair
    both = _joined_partners(unit, seg_lo, seg_hi)  # `tại Lào và Campuchia`: the three
    if (indicator in _PAIRED_BORDER and not vn_prov and ctx.vn_province and len(other_prov) == 1
            and all(_qualifies_province(unit, m) for m in foreign)):
        # `đoạn biên giới tiếp giáp với tỉnh Rattanakiri (Campuchia) dài 138,3km`: a section
        # along one foreign province is the reporting province's, as a country has none
        return [ctx.vn_province, other_prov[0]], True
    if not provincial or not (vn_prov or ctx.vn_province):
        if both:
            return [HOME, *both], False
        if not countries and len(other_prov) == 1:
            return [HOME, other_prov[0]], False  # `Riêng tại tỉnh Attapeu có 17 dự án`
        return ([HOME, partner], not countries) if partner else (None, True)
    province = vn_prov[0] if vn_prov else ctx.vn_province
    assert province is not None
    if indicator.startswith(_BORDER_LIKE):
        if both:  # `đường biên giới tiếp giáp với hai nước Lào và Campuchia dài 292 km`
            return [province, *both], not vn_prov
        # `tỉnh A và tỉnh B có chung đường biên giới`; in a list of sections, the section
        # the figure follows (`đoạn A-B hoàn thành 9/9 mốc và đoạn A-C hoàn thành 34/52`)
        if indicator in _PAIRED_BORDER and (after := _provinces_right_after(unit, end)):
            return [province, *after], not vn_prov
        pair = _pair_before(unit, start) or pair_in(unit, 0, len(unit.low))
        if pair and "/" in pair[1] and pair[0].startswith(HOME + "/") and pair[1][:2] != HOME:
            return pair, False
        joined = _bracketed_pair(unit)  # `giữa tỉnh A (Việt Nam) và B (Campuchia)`
        if joined:
            return joined, False
        if (indicator in _PAIRED_BORDER and len(set(vn_prov)) <= 1 and (
                len(other_prov) == 1 or _listed_together(unit, other_prov, start))
                and all(_qualifies_province(unit, m) or _pair_named(unit, m) for m in foreign)):
            # `A có đường biên giới dài ... với tỉnh B (Campuchia)`, `A phối hợp với tỉnh B
            # (Lào) ... cắm 12 mốc`, `A giáp với hai tỉnh B và C có chiều dài trên 201km`; a
            # country named as the partner (`với Campuchia, giáp tỉnh B`) makes the figure
            # the country's
            return [province, *other_prov], False
        if indicator.startswith("remains.") and (fell := _fell_in(unit, end)):
            return [province, fell], not vn_prov
        if not other_prov and ctx.partner_province and _TWO_PROVINCES.search(unit.low):
            return [province, ctx.partner_province], True  # `Hai tỉnh đã ... 33/33 cột mốc`
        return ([province, partner], not vn_prov) if partner else (None, True)
    if other_prov and (country := _country_before(unit, foreign, foreign_prov, seg_lo, start,
                                                  end)):
        return [province, country], not vn_prov  # `đầu tư ở Lào ... 305 triệu USD, như dự án
        # ... - Viêng Chăn`: the country before the figure, not a place of an example after it
    if other_prov:
        listed = pair_in(unit, lo, hi)  # `tỉnh A với 2 tỉnh B và C`: all three
        if listed and len(listed) > 2 and province in listed:
            return listed, False
        return [province, other_prov[0]], not vn_prov
    if both and not indicator.startswith(_BORDER_LIKE):
        return [province, *both], not vn_prov
    if countries and not fallback:
        return [province, countries[0]], not vn_prov  # `của tỉnh với Campuchia`
    # (an article that names no partner at all: the neighbour the province borders)
    counterpart = ctx.partner_province or partner or ctx.sole_neighbour(province)
    if counterpart is None:
        return None, True
    return [province, counterpart], True
