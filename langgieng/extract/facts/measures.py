"""`measure` and `target` facts: a figure of a known indicator, its parties
and period. The indicators, their trigger phrases and counted nouns are data
(`data/indicators.json`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from langgieng.extract.clauses import clause_bounds, has_future
from langgieng.extract.facts.context import (
    HOME,
    NEIGHBOURS,
    Context,
    Unit,
    alternation,
    cue_regex,
    low,
    spellings,
    vocabulary,
)
from langgieng.extract.facts.figure_clauses import (
    carry_over,
    clause_parties,
    deadline,
    pair_named_after,
    pair_right_after,
    raises_to,
)
from langgieng.extract.facts.parties import figure_parties, home_provinces
from langgieng.extract.facts.timing import (
    clause_start,
    first_after,
    is_comparison,
    is_full_day,
    period_near,
    value_of,
)
from langgieng.extract.numbers import LOCAL_CURRENCIES, Quantity
from langgieng.extract.published import in_since_phrase, plan_of_year
from langgieng.extract.scanning import may_match, needed_literals
from langgieng.model import Fact

_DATA = vocabulary("indicators")
# `hỗ trợ có mục tiêu` (targeted support) names no target
_TARGET = re.compile(alternation(_DATA["target_cues"], not_after="có "))
_RUNNING = cue_regex(_DATA["running_total"])
_RUNNING_NEEDS = needed_literals(_RUNNING)
# `thực hiện`, `phát hiện`: words of which `hiện` (now) is only a syllable
_NOT_RUNNING = cue_regex(_DATA["running_total_not"])
# `từ đầu năm đến nay`: its `đến nay` closes a span of this year, no running total
_SO_FAR_THIS_YEAR = re.compile(r"\s*(?:đến|tới)\s+nay\b")
_DRY_SEASON = re.compile(r"mùa khô\s*(?:năm\s*)?(?:nay\s*\(\s*)?(\d{4})\s*[-–—/]\s*(\d{4})")
# (`trong hơn 10 năm qua`: the years so far, unlike `trong năm qua`, last year)
_TOTAL = re.compile(r"(?<![^\W_])(?:tổng số|tổng cộng|từ năm|kể từ|\d+\s+năm\s+qua)(?![^\W_])")
_AS_OF = re.compile(alternation(_DATA["as_of"]) + r"\s*(?:ngày\s*|tháng\s*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MONTHS_OF_A_YEAR = re.compile(r"^(\d{4})-\d{2}/(\1-\d{2})$")  # `quý II/2024`: 2024-04/2024-06
_AS_OF_REACH = 40
_MONTH_OF_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_REPATRIATED = "remains.repatriated"
_TRADE = "trade.bilateral"
_TRADE_AGAIN = re.compile(r"(?<![^\W_])(?:kim ngạch|thương mại|buôn bán)(?!\s+(?:xuất|nhập))")
_WILL = re.compile(r"(?<![^\W_])sẽ(?![^\W_])")
_ONE_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}|--\d{2}-\d{2}")
_REACHED = cue_regex(_DATA["target_reached"])
_AIMED = cue_regex(_DATA["target_aimed"])
_WHOLE_OF_PARTS = re.compile(r"(?<![^\W_])trong\s+(?:tổng\s+)?số\s*$")
# `hai liệt sĩ này`, `5 hài cốt nói trên`: those counted before, pointed back to
_POINTED_BACK = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:này|nói trên|ấy)(?![^\W_])")
# `101 trường hợp công dân Việt Nam`: living people, counted with a noun the dead share
_LIVING_AFTER = re.compile(r"\s+" + alternation(_DATA["living_after"]) + r"(?![^\W_])")
# what is left to do or needs doing, before a count in its clause
_REMAINING = re.compile(r"(?<![^\W_])(?:còn\s+lại|cần\s+(?!thiết)(?:phải\s+)?\w+)(?![^\W_])")
_AUXILIARY_AFTER = re.compile(r"\s+" + alternation(_DATA["auxiliary_after"]) + r"(?![^\W_])")
_CORRESPONDING = re.compile(r"[^\d.;]{0,25},?\s*tương ứng(?:\s+với)?\s*$")
_CORRESPONDING_NEEDS = needed_literals(_CORRESPONDING)  # tried at every character: looked for first
_BREAKDOWN = re.compile(r"^\W*(?:" + alternation(_DATA["breakdown"]) + r")(?![^\W_])")
HOME_PREFIX = ("vn", "vn/")
_TEAM = re.compile(r"(?<![^\W_])(?:đội|lực\s+lượng)\s+(?:quy\s+tập\s+)?k\s?(\d{2,3})(?!\d)")
_REGION = re.compile(r"[\s(,–-]{1,4}(?:thuộc\s+)?(?:bộ\s+tư\s+lệnh\s+)?quân\s+khu(?![^\W_])")
_TEAM_REACH = 60  # `Đội K53 (thuộc Tỉnh đội Kon Tum)`, `Đội K92, Bộ Chỉ huy Quân sự tỉnh X`
_BARE = _DATA["bare_target"]
_BARE_LEAD = cue_regex(_BARE["lead"])
_FOLLOW_REACH = 3  # `240 km đường biên giới`: the trigger right after the figure
_FOLLOW_LEAD = 12  # `có hơn 360 km`: the lead word just before the figure


@dataclass(slots=True)
class Indicator:
    id: str
    kind: str  # "trigger" or "noun"
    unit: str
    triggers: re.Pattern[str] | None
    where: str
    window: int
    nouns: tuple[str, ...]
    context: re.Pattern[str] | None
    context_window: int
    context_side: str
    of_words: list[str]
    exclude: re.Pattern[str] | None
    requires: str | None
    lead: re.Pattern[str] | None
    lead_window: int
    follows: re.Pattern[str] | None  # lead words of a figure written before its trigger
    follow_only: re.Pattern[str] | None  # triggers taken only right after such a figure
    pair_triggers: re.Pattern[str] | None  # `thương mại Việt Nam - Lào`: a cue and a pair
    count_of: re.Pattern[str] | None  # `53 trên 55 cột mốc`: the gap of a count and its total
    flow: bool  # a quantity per period (trade), not a stock (projects, markers)
    timeless: bool  # a figure of no time (a border's length): never a period
    national_from: float | None  # an unattributed figure this large is the countries'
    falls: re.Pattern[str] | None = None  # triggers of a fall (`giảm 0,7%`): a negative figure


def _follows(leads: list[str]) -> re.Pattern[str] | None:
    """What may lead a figure its trigger follows: words, or a mark that opens a clause
    (`,`), which no word boundary bounds."""
    words = [lead for lead in leads if lead[0].isalnum()]
    marks = "".join(re.escape(lead) for lead in leads if not lead[0].isalnum())
    parts = ([alternation(words)] if words else []) + ([f"[{marks}]"] if marks else [])
    return re.compile("(?:" + "|".join(parts) + r")\s*$") if parts else None


def _indicator(spec: dict[str, Any]) -> Indicator:
    def rx(key: str) -> re.Pattern[str] | None:
        return cue_regex(spec[key]) if spec.get(key) else None

    if spec.get("falls"):
        spec = {**spec, "triggers": spec["triggers"] + spec["falls"]}
    return Indicator(
        id=spec["id"], kind=spec["kind"], unit=spec["unit"], triggers=rx("triggers"),
        where=spec.get("where", "after"), window=spec.get("window", 40),
        nouns=tuple(sorted({s for n in spec.get("nouns", []) for s in spellings(n)}, key=len,
                           reverse=True)),
        context=rx("context"), context_window=spec.get("context_window", 60),
        context_side=spec.get("context_side", "before"),
        of_words=[low(w) for w in spec.get("of_words", [])], exclude=rx("exclude"),
        requires=spec.get("requires"), lead=rx("lead"), lead_window=spec.get("lead_window", 25),
        follows=_follows(spec.get("trigger_follows", [])),
        follow_only=rx("follow_only"),
        pair_triggers=rx("pair_triggers"),
        count_of=re.compile(r"^\s*(?:" + alternation(spec["count_of"]) + r")\s*$")
        if spec.get("count_of") else None,
        flow=bool(spec.get("flow")),
        timeless=bool(spec.get("timeless")),
        national_from=spec.get("national_from"),
        falls=rx("falls"),
    )


INDICATORS = [_indicator(spec) for spec in _DATA["indicators"]]
# One look for any indicator's cue, so that sentences without one are skipped
_ANY_CUE = cue_regex([w for spec in _DATA["indicators"]
                      for k in ("triggers", "nouns", "follow_only") for w in spec.get(k, [])])
_DIGIT = re.compile(r"\d")
_PER_YEAR = re.compile(r"\s*/\s*năm|\s+(?:mỗi|một)\s+năm")
_AVERAGE = re.compile(r"(?<![^\W_])(?:trung bình|bình quân)(?:\s+(?:đạt|hơn|khoảng|gần|trên))*\s*$")
_PAIRED = [ind for ind in INDICATORS if ind.pair_triggers is not None]
_TRIGGER_NEEDS = {ind.id: needed_literals(ind.triggers) for ind in INDICATORS if ind.triggers}
_FOLLOW_NEEDS = {ind.id: needed_literals(ind.follow_only) for ind in INDICATORS if ind.follow_only}
_BY_ID = {ind.id: ind for ind in INDICATORS}


@dataclass(slots=True)
class Hit:
    indicator: Indicator
    quantity: Quantity
    of: float | None = None
    clause_at: int | None = None  # where the clause that says what it is starts, if earlier


def extract_measures(ctx: Context) -> list[Fact]:
    """Every measure and target stated in the article's sentences."""
    facts: list[Fact] = []
    seen: set[tuple[Any, ...]] = set()
    money: tuple[int, Fact] | None = None  # the latest figure in USD and its sentence
    periods: dict[str, str] = {}  # the latest period of each indicator, for `cùng kỳ`
    stated: set[str] = set()  # indicators with a figure so far
    told: set[tuple[str, tuple[str, ...]]] = set()  # and the parties of each figure
    trade: tuple[int, Fact] | None = None  # the latest two-way trade figure and its sentence
    opened: tuple[int, str] | None = None  # the period a sentence opened on, and its index
    buried: list[Fact] = []  # counts of remains buried at home, kept apart (`_burials_yield`)
    for index, unit in enumerate(ctx.units):
        hits = _hits(unit) if _ANY_CUE.search(unit.low) or _pair_cued(unit) else []
        found = [fact for hit in hits if (fact := _fact(ctx, unit, hit)) is not None]
        if not found and trade and index - trade[0] == 1:
            found = _trade_continued(ctx, unit, trade[1])
        if money and index - money[0] <= _BARE["reach"] and _TARGET.search(unit.low):
            found += _bare_targets(ctx, unit, {h.quantity.start for h in hits}, money[1])
        carry_over(unit, found, periods)
        for fact in found:  # (a target set for `sớm` passes it on to those after it)
            if fact.fields.get("by") == _NO_YEAR:
                fact.fields["by"] = None
        if index and found:
            _period_told_before(ctx, ctx.units[index - 1], unit, found,
                                opened[1] if opened and opened[0] == index - 1 else None)
        opened = _opened_on(index, unit, found)
        for fact in found:  # (a flow is always of a period: the one told nearest)
            if fact.type == "measure" and fact.fields["period"] is None and (
                    _BY_ID[fact.fields["indicator"]].flow):
                fact.fields["period"] = _period_nearby(ctx, index)
        found += _reached(unit, found)
        if _BREAKDOWN.match(unit.low):  # parts of a figure stated before, not figures,
            # unless a part is of other parties (`Trong đó ... cặp tỉnh A - B là 354 km`)
            for fact in found:
                _province_of_whole(fact, told)
            found = [f for f in found if _figure_of(f) not in told
                     and (f.fields["indicator"] not in stated or _finer(f, told))]
        buried += [fact for fact in found if fact.rule == "measure.buried"]
        found = [fact for fact in found if fact.rule != "measure.buried"]
        for fact in found:
            stated.add(fact.fields["indicator"])
            told.add(_figure_of(fact))
            # (a running total is no repeat of a count a season will date)
            key = (fact.type, fact.fields["indicator"], tuple(fact.fields["parties"]),
                   fact.fields.get("period", fact.fields.get("by")), _told_as_total(ctx, fact))
            # (but one sentence may set an amount in stages: `đạt 5 tỷ USD, hướng tới 10 tỷ`;
            # a rate's `10-15%` is one target)
            staged = fact.type == "target" and fact.fields["unit"] != "%"
            if key not in seen or staged and (key, index) in seen:
                seen.update((key, (key, index)))
                facts.append(fact)
            if fact.fields["unit"] == "USD":
                money = index, fact
            if fact.fields["indicator"] == _TRADE:
                trade = index, fact
    # (the record is of Vietnam's cooperation with its neighbours: a figure of Vietnam with
    # other countries only, `5 dự án ... sang Mỹ, Canada`, is none of it)
    facts = [f for f in _auxiliaries_yield(ctx, _burials_yield(facts, buried))
             if any(p.split("/")[0] in NEIGHBOURS for p in f.fields["parties"])]
    return _distinct(ctx, _in_the_season(ctx, _most_specific(facts)))


def _burials_yield(facts: list[Fact], buried: list[Fact]) -> list[Fact]:
    """The remains a burial buries are counted where they were found, when the article
    counts them (a ceremony may bury others with them: `an táng 51 hài cốt` of 41 found in
    Campuchia that season): a burial's count stands only in an article with no other, once."""
    if any(f.fields["indicator"] == _REPATRIATED for f in facts):
        return facts
    first = {f.fields["value"]: f for f in reversed(buried)}  # the body's, before the headline's
    return facts + [f for f in buried if first[f.fields["value"]] is f]


def _auxiliaries_yield(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Counts of auxiliaries (`130/131 mốc phụ`) are a part of what the indicator counts:
    they stand only in an article that counts none of the thing itself (`29 cột mốc`), as a
    figure or not."""
    auxiliary = {f.fields["indicator"] for f in facts if f.rule.endswith(".auxiliary")}
    counted = {ind for ind in auxiliary if any(
        _counts_itself(unit, _BY_ID[ind]) for unit in ctx.units)}
    return [f for f in facts
            if not (f.rule.endswith(".auxiliary") and f.fields["indicator"] in counted)]


def _counts_itself(unit: Unit, ind: Indicator) -> bool:
    """Whether the sentence counts the indicator's own noun, not its auxiliaries."""
    return any(_matches(unit, ind, q) and not _auxiliary(unit, ind, q) for q in unit.quantities)


def _auxiliary(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    """`130/131 mốc phụ`: the counted noun is followed by a word of auxiliaries."""
    end = _noun_at(unit, ind, q.end) if ind.kind == "noun" else None
    return end is not None and bool(_AUXILIARY_AFTER.match(unit.low, end))


# `Năm 2024, hai nước đã đạt ...`: a year that opens a sentence, as a paragraph's topic
_OPENING_YEAR = re.compile(r"\W*(?:trong\s+)?năm\s+((?:19|20)\d\d)\s*,")
_CHANGED = re.compile(r"(?<![^\W_])(?:tăng|giảm)\s+(?:\w+\s+)?\d")


def _period_told_before(ctx: Context, before: Unit, unit: Unit, found: list[Fact],
                        opened: str | None) -> None:
    """The period of figures with none of their own, from the sentence before in their
    paragraph (a running total keeps none):
    - `Năm 2024, ... . Tổng vốn đăng ký ... tăng 62,1%, đạt 191,1 triệu USD.`: a figure told
      as a change after a sentence that opens on a year is that year's (a change is of a
      period, not a total);
    - `Trong 9 tháng đầu năm 2018, kim ngạch ... đạt 792,77 triệu USD. Kim ngạch ... với
      Campuchia đạt 165,71 triệu USD`: a flow after a sentence whose figures were `opened`
      on a period is of that period (trade has no running total but `lũy kế`)."""
    if _running(unit.low, 0, len(unit.low)) or "\n" in ctx.low[before.start : unit.start]:
        return
    opening = _OPENING_YEAR.match(before.low)
    year = opening.group(1) if opening and _CHANGED.search(unit.low) else None
    whole = _whole_period(before) if _AMONG.match(unit.low) else None
    opened = opened or _as_of_opening(before)
    for fact in found:
        if fact.type != "measure" or fact.fields["period"] is not None:
            continue
        if year:
            fact.fields["period"] = year
        elif opened and _BY_ID[fact.fields["indicator"]].flow:
            fact.fields["period"] = opened
        elif whole:
            fact.fields["period"] = whole


def _as_of_opening(before: Unit) -> str | None:
    """`Tính đến ngày 31/8, ... . Tổng kim ngạch ... đạt 155 triệu USD`: the months of the
    year up to the day a sentence opens on as of (a flow's period; a stock's is none)."""
    first = before.dateline(len(before.low), reach=_AS_OF_REACH)  # (`Theo báo cáo, tính đến`)
    if first is None or not _AS_OF.search(before.low, max(0, first.start - 24), first.start):
        return None
    value = value_of(first)
    return f"{value[:4]}-01/{value[:7]}" if value and _MONTH_OF_DAY.match(value) else None


_NEARBY = (-1, 1, -2, 2, -3, 3)  # sentences around a flow with no period, nearest first


def _period_nearby(ctx: Context, index: int) -> str | None:
    """The period of a flow its sentence leaves out (`tổng kim ngạch ... của hai tỉnh đạt
    khoảng 256 triệu USD` beside `giai đoạn 2022-2023, hai tỉnh ... đạt được`): the one
    date of the nearest sentence that names a single period, not a plan's."""
    for step in _NEARBY:
        if not 0 <= index + step < len(ctx.units):
            continue
        other = ctx.units[index + step]
        dates = [d for d in other.dates if not d.value.startswith("--")
                 and not is_comparison(other, d)]
        if len(dates) == 1 and dates[0].period and not has_future(
                other.low, *clause_bounds(other.low, dates[0].start)) and not plan_of_year(
                other.low, dates[0]):
            return dates[0].period
    return None


def _whole_period(before: Unit) -> str | None:
    """`..., 9 tháng đầu năm 2022, tổng vốn ... đạt gần 398,3 triệu USD. Trong đó, Lào ...
    với 66,42 triệu USD`: a part (`Trong đó`) is of the whole's period, when the sentence
    before names one date, a span of months (a year alone may be a total's as of then)."""
    dates = [d for d in before.dates if not is_comparison(before, d)]
    return dates[0].period if len(dates) == 1 and dates[0].period else None


def _figure_of(fact: Fact) -> tuple[str, tuple[str, ...]]:
    return fact.fields["indicator"], tuple(fact.fields["parties"])


def _opened_on(index: int, unit: Unit, found: list[Fact]) -> tuple[int, str] | None:
    """The period of the figures of a sentence that opens on its date (`Trong 9 tháng đầu
    năm 2018, kim ngạch ... đạt ...`)."""
    if not found or unit.dateline(len(unit.low)) is None:
        return None
    period = next((f.fields["period"] for f in found if f.type == "measure"
                   and f.fields.get("period")), None)
    return (index, period) if period else None


def _province_of_whole(fact: Fact, told: set[tuple[str, tuple[str, ...]]]) -> None:
    """`Tỉnh A có 18 dự án tại Lào và Campuchia ... Trong đó, tại Lào có 9 dự án`: a part
    that names its partner only is the province's whose whole it breaks down."""
    indicator, parties = _figure_of(fact)
    if not parties or parties[0] != HOME:
        return
    wholes = {pair[0] for of, pair in told if of == indicator and pair[0].startswith(HOME + "/")
              and set(parties[1:]) <= set(pair[1:])}
    if len(wholes) == 1:
        fact.fields["parties"] = [wholes.pop(), *parties[1:]]


def _finer(fact: Fact, told: set[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether a part's parties split a pair told before into provinces: the part is a
    foreign province's share (`Điện Biên - Phông Sa Ly`) of a figure told for its country,
    a province's section (`Quảng Trị ... với 2 tỉnh Savannakhet và Salavan`) of the
    countries' border, or one side's (`A giáp B và C`: B's; `giáp Lào và Campuchia`: a
    Cambodian province's section)."""
    indicator, parties = _figure_of(fact)
    pairs = [pair for of, pair in told if of == indicator]
    return any(pair != parties and all(
        any(p == t or p.startswith(t + "/") for t in pair) for p in parties)
        for pair in pairs)


def _trade_continued(ctx: Context, unit: Unit, before: Fact) -> list[Fact]:
    """`Riêng 7 tháng đầu năm 2025, kim ngạch đạt hơn 7 tỷ USD`: a sentence that names
    no place, right after a two-way trade figure, says `kim ngạch` for the same trade."""
    if unit.marks_of("country", "province"):
        return []
    ind = _BY_ID[_TRADE]
    found = []
    for q in unit.quantities:
        clause = unit.low[_clause_begin(unit.low, q.start) : q.start]
        if not _in_unit(q, ind) or not _TRADE_AGAIN.search(clause) or (
                ind.exclude and ind.exclude.search(clause)):
            continue
        fact = _fact(ctx, unit, Hit(ind, q))
        if fact is not None:
            fact.fields["parties"] = list(before.fields["parties"])
            fact.rule = f"{fact.type}.continued"
            found.append(fact)
    return found


def _team_province(ctx: Context, unit: Unit, pos: int) -> str | None:
    """Remains are searched by provinces' teams (`Đội K92`, `Đội quy tập K53`): the
    province the article names beside the team's code (`Đội K92, Bộ Chỉ huy Quân sự
    tỉnh Kiên Giang`), or else the article's one Vietnamese province, for a count whose
    sentence names the team and no province."""
    teams = [m.group(1) for m in _TEAM.finditer(unit.low, 0, pos)]
    if not teams:
        return None
    code = re.compile(rf"(?<![^\W_])k\s?{teams[-1]}(?!\d)")
    told = [(other, named.end()) for other in ctx.units for named in code.finditer(other.low)]
    if any(_REGION.match(other.low, end) for other, end in told):
        return None  # `Đội K90 (Quân khu 9)`: a military region's team, not a province's
    for other, end in told:
        beside = [m.entity for m in other.marks_of("province", lo=end, hi=end + _TEAM_REACH)
                  if m.entity.startswith(HOME + "/")]
        if beside:
            return beside[0]
    provinces = {m.entity for other in ctx.units for m in other.marks_of("province")
                 if m.entity.startswith(HOME + "/")}
    return provinces.pop() if len(provinces) == 1 else None  # the one the article is about


def _distinct(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One fact per key, once the season has dated the counts that stated none; and in a
    sentence that breaks a figure down (`212 hài cốt ..., trong đó có 9 ...`), a part of
    the same parties and period is the whole's, no figure of its own."""
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for fact in facts:
        fields = fact.fields
        key = (fact.type, fields["indicator"], tuple(fields["parties"]),
               fields.get("period", fields.get("by")))
        sentence = (fact.evidence.start, fact.evidence.end)
        if (*key, fields["value"]) in seen or (*key, sentence) in seen:
            continue
        seen.add((*key, fields["value"]))
        if _PARTS_FOLLOW.search(ctx.low, *sentence):
            seen.add((*key, sentence))
        kept.append(fact)
    return kept


def _in_the_season(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Remains are searched and brought home season by season: a count that states no
    period and is no running total is the season its sentence, or the one before it,
    names (`... kết quả ... mùa khô 2018-2019. Theo đó, ... đã tìm thấy 230 hài cốt`),
    else the season of an article about one dry season (`Mùa khô 2025 - 2026`)."""
    seasons = _seasons(ctx.low, 0, len(ctx.low))
    if not seasons:
        return facts
    starts = [u.start for u in ctx.units]
    for fact in facts:
        if fact.type == "measure" and fact.fields["indicator"].startswith("remains.") and (
                season := _season_holding(seasons, fact.fields.get("period"))):
            fact.fields["period"] = season  # `từ ngày 6/11 đến ngày 10/12/2025`: a season's trip
            continue
        if not (fact.type == "measure" and fact.fields["indicator"].startswith("remains.")
                and fact.fields.get("period") is None and not _told_as_total(ctx, fact)):
            continue
        at = starts.index(fact.evidence.start) if fact.evidence.start in starts else -1
        parts = _PARTS_FOLLOW.search(ctx.low, fact.evidence.start, fact.evidence.end)
        near = _seasons(ctx.low, fact.evidence.start,
                        parts.start() if parts else fact.evidence.end) or (
            _seasons(ctx.low, ctx.units[at - 1].start, fact.evidence.start) if at > 0 else [])
        if not near and parts and _seasons(ctx.low, parts.end(), fact.evidence.end):
            continue  # the season named is its part's
        told = near[-1:] or (seasons if len(set(seasons)) == 1 else _current(ctx, seasons))
        if told:
            fact.fields["period"] = "{}/{}".format(*told[0])
    return facts


def _current(ctx: Context, seasons: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of several seasons, the latest, when the article is of its years: the season under
    way, the older ones its past (`Trong mùa khô 2015-2016, ... 14 hài cốt`)."""
    latest = max(seasons)
    year = (ctx.published or "")[:4]
    return [latest] if year in latest else []


_MONTHS = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")
_SEASON_MONTHS = (9, 6)  # a dry season's search runs from autumn to the next summer


def _season_holding(seasons: list[tuple[str, str]], period: Any) -> str | None:
    """The one dry season the article names whose months hold a count's span of months
    (`2025-11/2025-12` in `mùa khô 2025-2026`)."""
    span = _MONTHS.fullmatch(period) if isinstance(period, str) else None
    if span is None:
        return None
    first, last = (int(span[1]), int(span[2])), (int(span[3]), int(span[4]))
    holding = {(a, b) for a, b in seasons
               if (int(a), _SEASON_MONTHS[0]) <= first and last <= (int(b), _SEASON_MONTHS[1])}
    return "{}/{}".format(*holding.pop()) if len(holding) == 1 else None


# `... 160 hài cốt, trong đó mùa khô 2024-2025 đã tìm thấy 2`: what follows is a part of
# the figure before, with its own season; the whole is not that season's
_PARTS_FOLLOW = re.compile(r",\s*trong\s+(?:số\s+)?(?:đó|này)(?![^\W_])")


def _seasons(low: str, lo: int, hi: int) -> list[tuple[str, str]]:
    """The dry seasons (`mùa khô 2018-2019`) named in low[lo:hi], in order."""
    return [(m.group(1), m.group(2)) for m in _DRY_SEASON.finditer(low, lo, hi)
            if int(m.group(2)) == int(m.group(1)) + 1]


def _told_as_total(ctx: Context, fact: Fact) -> bool:
    """A figure of no period in a sentence that tells a running total (`từ năm 2001 đến nay`)."""
    if fact.fields.get("period") is not None:
        return False
    sentence = ctx.low[fact.evidence.start : fact.evidence.end]
    return bool(_running(sentence, 0, len(sentence)) or _TOTAL.search(sentence))


def _running(low: str, start: int, end: int) -> re.Match[str] | None:
    """The first running-total word (`đến nay`, `hiện`) between start and end."""
    if not may_match(_RUNNING_NEEDS, low):
        return None
    words = [(m.start(), m.end()) for m in _NOT_RUNNING.finditer(low, max(0, start - 8), end + 8)]
    return next((m for m in _RUNNING.finditer(low, start, end)
                 if not any(lo <= m.start() < hi for lo, hi in words)), None)


def _most_specific(facts: list[Fact]) -> list[Fact]:
    """One figure told again with vaguer parties (`hai nước` for the province that
    found them) is one fact: the one naming provinces is kept."""
    def refines(fine: list[str], coarse: list[str]) -> bool:
        return fine != coarse and all(
            f == c or f.startswith(c + "/") for f, c in zip(sorted(fine), sorted(coarse),
                                                            strict=True)
        )

    def figure(fact: Fact) -> tuple[Any, ...]:
        value = fact.fields.get("value")
        return (fact.fields["indicator"], fact.fields.get("unit"),
                value if isinstance(value, (int, float, str, type(None))) else repr(value))

    by_figure: dict[tuple[Any, ...], list[Fact]] = {}
    for fact in facts:
        by_figure.setdefault(figure(fact), []).append(fact)
    return [
        fact for fact in facts
        if not any(len(other.fields["parties"]) == len(fact.fields["parties"])
                   and refines(other.fields["parties"], fact.fields["parties"])
                   for other in by_figure[figure(fact)])
    ]


_FOUND_IN = re.compile(r"^[^\d,;.()]{0,30}?\s(?:ở|tại|trên đất|trên địa bàn)\s+"
                       r"(?:(?:2|hai)\s+)?(?:nước\s+)?(?:bạn\s+)?$")
_AND = re.compile(r"\s+và\s+")


_SPLIT = re.compile(r"^[^\d,;.()]{0,30}?[(,]\s*(?:trong đó|tại|ở)(?![^\W_])")
_HOME_PART = re.compile(r"(?:ở|tại|trên địa bàn)\s+tỉnh(?![^\W_])|trong nước")


def _split_by_country(unit: Unit, end: int) -> bool:
    """A total broken down right after it by two partner countries, or by one and
    the home province (`88 hài cốt (tại Campuchia có 64 hài cốt, ở tỉnh có 24)`)."""
    split = _SPLIT.match(unit.low[end : end + 60])
    if split is None:
        return False
    named = {m.entity for m in unit.marks_of("country", lo=end, hi=end + 120)} - {HOME}
    return len(named) >= 2 or bool(named) and bool(
        _HOME_PART.search(unit.low, split.end(), end + 120))


# `ở Campuchia và trên địa bàn tỉnh`: found abroad and at home
_AND_AT_HOME = re.compile(r"\s+và\s+(?:ở\s+|tại\s+|trên\s+)?(?:địa\s+bàn\s+tỉnh|trong\s+nước"
                          r"|trong\s+tỉnh)(?![^\W_])")
_PARTS = re.compile(r"(?<![^\W_])trong\s+đó(?![^\W_])")


def _abroad_and_home(ctx: Context, unit: Unit, end: int) -> bool:
    """A count found in a partner country and at home together (`quy tập ở Campuchia và
    trên địa bàn tỉnh Kiên Giang ... được 29 hài cốt`), then split by place (`trong đó`,
    in its sentence or opening the next, naming that country again): the part found
    abroad is the partner's count, not the whole."""
    abroad = next((m for m in unit.marks_of("country")
                   if m.entity != HOME and _AND_AT_HOME.match(unit.low, m.end)), None)
    if abroad is None:
        return False
    if (parts := _PARTS.search(unit.low, abroad.end)) is not None:
        return end <= parts.start() and any(  # (a count after `trong đó` is a part)
            m.entity == abroad.entity for m in unit.marks_of("country", lo=parts.end()))
    # (the sentence after it: `Trong đó, 27 hài cốt ... tại Campuchia`; not `Cụ thể`, which
    # may break the whole down by team rather than by place)
    after = ctx.sentence_after(unit)
    return after is not None and bool(_PARTS.match(after.low.lstrip(" -–"))) and any(
        m.entity == abroad.entity for m in after.marks_of("country"))


def _found_in(ctx: Context, unit: Unit, end: int) -> list[str]:
    """The countries a count of remains was found in, named right after it (`14 hài cốt
    liệt sĩ tại 2 nước bạn Lào và Campuchia`: both)."""
    marks = unit.marks_of("country", lo=end, hi=end + 80)
    first = next((at for at, mark in enumerate(marks) if mark.entity != HOME
                  and _FOUND_IN.match(unit.low[end : mark.start])), None)
    if first is None:
        return []
    found = [marks[first]]
    for later in marks[first + 1 :]:  # `Lào và Campuchia`
        if later.entity == HOME or not _AND.fullmatch(unit.low, found[-1].end, later.start):
            break
        found.append(later)
    return [mark.entity for mark in found]


def _reached(unit: Unit, found: list[Fact]) -> list[Fact]:
    """The actual a reached target states (`đã hoàn thành vượt mục tiêu 3 tỷ USD trong
    năm 2017`): the figure for that year, `over` when the target was exceeded."""
    if not any(f.type == "target" for f in found):
        return []  # only a target stated in the sentence is reached
    reached = _REACHED.search(unit.low)
    if reached is None or _AIMED.search(unit.low, clause_start(unit, reached.start()),
                                        reached.start()):
        return []  # `phấn đấu đạt mục tiêu 5 tỷ USD vào năm 2020`: still a target
    actuals = []
    stated = {(f.fields["indicator"], tuple(f.fields["parties"])) for f in found
              if f.type == "measure"}
    for fact in found:
        fields = fact.fields
        if fact.type != "target" or not fields["by"]:
            continue
        if (fields["indicator"], tuple(fields["parties"])) in stated:
            continue  # `đạt 5,2 tỷ USD, vượt mục tiêu 5 tỷ`: the sentence gives the actual
        actual = {"indicator": fields["indicator"], "parties": fields["parties"],
                  "value": fields["value"], "unit": fields["unit"], "period": fields["by"]}
        if "vượt" in reached.group():
            actual["qualifier"] = "over"
        actuals.append(Fact("measure", actual, fact.evidence, fact.confidence, "measure.reached"))
    return actuals


def _pair_cued(unit: Unit) -> bool:
    """`thương mại Việt Nam - Lào`: a pair cue, looked for only with two places named."""
    if _DIGIT.search(unit.low) is None or len(unit.marks_of("country", "province")) < 2:
        return False
    return any(pair_named_after(unit, ind.pair_triggers) for ind in _PAIRED if ind.pair_triggers)


def _bare_targets(ctx: Context, unit: Unit, claimed: set[int], money: Fact) -> list[Fact]:
    """`Hai bên phấn đấu đạt mục tiêu 5 tỷ USD vào năm 2020.`: a target in USD
    whose sentence names no indicator takes the one of the latest figure in USD
    a few sentences before it, and its parties unless the sentence names its own."""
    ind = _BY_ID[money.fields["indicator"]]
    targets = []
    for q in unit.quantities:
        if q.unit != ind.unit or q.start in claimed:
            continue
        clause = unit.low[_clause_begin(unit.low, q.start) : q.start]
        if not _TARGET.search(clause) or (ind.exclude and ind.exclude.search(unit.low)):
            continue
        if not _BARE_LEAD.search(unit.low, max(0, q.start - _BARE["lead_window"]), q.start):
            continue  # `phấn đấu đạt 2 tỷ USD`, not `phấn đấu thu hút 2 tỷ USD`
        parties: list[str] | None = list(money.fields["parties"])
        if unit.parties_of("province", "country"):
            parties, _ = figure_parties(ctx, unit, ind.id, q.start, q.end)
        if parties is None:
            continue
        when = deadline(unit, q.start, q.end) or first_after(unit, q.end)
        fields = {"indicator": ind.id, "parties": parties, "value": _plain(q.value),
                  "unit": ind.unit, "by": _year(when)}
        targets.append(Fact("target", fields, unit.evidence, 0.6, "target.inherited"))
    return targets


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _year(when: Any | None) -> str | None:
    """The year a target is due: a span's last (`mùa khô 2025-2026` -> 2026)."""
    value = when if isinstance(when, str) else (value_of(when) or "") if when else ""
    return value.rpartition("/")[2][:4] or None


def _hits(unit: Unit) -> list[Hit]:
    claimed: set[int] = set()
    hits: list[Hit] = []
    for ind in INDICATORS:
        if not _may_match(unit, ind):
            continue
        if ind.requires and not _triggered(unit, _BY_ID[ind.requires]):
            continue
        for index, quantity in enumerate(unit.quantities):
            if index in claimed:
                continue
            if ind.count_of and (total := _count_before_total(unit, ind, index)) is not None:
                claimed.update((index, index + 1))
                hits.append(Hit(ind, quantity, total))
                continue
            joined = _continues(unit, ind, index, hits)
            if not joined and not _matches(unit, ind, quantity) and not _part_of_hit(
                    unit, ind, quantity, hits):
                continue
            claimed.add(index)
            hit = Hit(ind, quantity)
            if joined:  # the clause of the figure it continues says target or not
                hit.clause_at = next(h.clause_at or h.quantity.start for h in hits
                                     if h.quantity is unit.quantities[index - 1])
            if quantity.of is not None:
                hit.of = quantity.of  # `17/19 cột mốc` (then `trên địa bàn 2 huyện` is no total)
            elif ind.of_words and (of_index := _of_total(unit, ind, index)) is not None:
                claimed.add(of_index)
                hit.of = unit.quantities[of_index].value
            hits.append(hit)
    return _parts_of_a_whole(unit, hits)


# `sớm đạt mục tiêu 5 tỷ USD`, `10 tỷ USD trong những năm tới`: a target for no year,
# whatever year its sentence names for another figure
_SOON = re.compile(r"(?<![^\W_])sớm(?![^\W_])")
_IN_YEARS_TO_COME = re.compile(r"\s*(?:\w+\s+){0,2}?(?:trong|vào)\s+(?:những\s+năm|thời\s+gian)"
                               r"\s+(?:sắp\s+)?tới(?![^\W_])")
_SOON_REACH = 40
_NO_YEAR = "no year"  # until the targets of a sentence have shared their years


def _open_ended(low: str, begin: int, q: Quantity) -> bool:
    """A target set for `sớm` before it or for the years to come after it."""
    return bool(_SOON.search(low, max(begin, q.start - _SOON_REACH), q.start)
                or _IN_YEARS_TO_COME.match(low, q.end))


_CLAUSE_END = re.compile(r"[,;.]")


def _clause_end(low: str, pos: int) -> int:
    stop = _CLAUSE_END.search(low, pos)
    return stop.start() if stop else len(low)


def _parts_of_a_whole(unit: Unit, hits: list[Hit]) -> list[Hit]:
    """`Trong số 21 hài cốt, có 16 ... ở Campuchia; 5 ... ở Lào`: the parts name their
    parties, the whole `trong số` announces does not: the parts are the figures."""
    def announces_parts(hit: Hit) -> bool:
        return bool(_WHOLE_OF_PARTS.search(unit.low, 0, hit.quantity.start)) and any(
            other.indicator is hit.indicator and other.quantity.start > hit.quantity.end
            for other in hits)
    def restated(hit: Hit) -> bool:  # `793 vị trí mốc, tương ứng 835 cột mốc`: the second
        return any(other.indicator is hit.indicator and other.quantity.start > hit.quantity.end
                   and _CORRESPONDING.match(unit.low[hit.quantity.end : other.quantity.start])
                   for other in hits)
    return [hit for hit in hits if not announces_parts(hit) and not restated(hit)]


def _continues(unit: Unit, ind: Indicator, index: int, hits: list[Hit]) -> bool:
    """`lên 2 tỷ USD vào năm 2024, và lên 3 tỷ USD vào năm 2025`: a figure joined to
    the one before it by `và` and a date alone is the same indicator's."""
    if index == 0 or ind.unit is None or unit.quantities[index].unit != ind.unit:
        return False
    before = unit.quantities[index - 1]
    if not _JOINED.fullmatch(unit.low[before.end : unit.quantities[index].start]):
        return False
    return any(hit.indicator is ind and hit.quantity is before for hit in hits)


def _part_of_hit(unit: Unit, ind: Indicator, q: Quantity, hits: list[Hit]) -> bool:
    """`quy tập được 99 hài cốt ...; trong đó tại Campuchia 66 hài cốt`: a count of the
    indicator's noun after `trong đó`, breaking down a figure of it told before in the
    sentence, is of the same kind (its whole's context is its own)."""
    if ind.kind != "noun" or q.unit is not None or _noun_at(unit, ind, q.end) is None:
        return False
    return any(hit.indicator is ind and hit.quantity.end <= q.start and _PARTS.search(
        unit.low, hit.quantity.end, q.start) for hit in hits)


def _count_before_total(unit: Unit, ind: Indicator, index: int) -> float | None:
    """`53 trên 55 cột mốc`: a bare count, a word of `of`, then the counted total."""
    if ind.count_of is None or index + 1 >= len(unit.quantities):
        return None
    count, total = unit.quantities[index], unit.quantities[index + 1]
    if count.unit is not None or _noun_at(unit, ind, count.end) is not None:
        return None
    gap = unit.low[count.end : total.start]
    if not ind.count_of.match(gap) and not (total.qualifier and not gap.strip()):
        return None  # `53 trên 55`: the finder read `trên 55` as a qualified total
    if total.unit is not None or not _matches(unit, ind, total):
        return None
    return total.value


def _may_match(unit: Unit, ind: Indicator) -> bool:
    """Whether any figure of the sentence could be the indicator's: its trigger or
    one of its nouns is in the sentence. One look per sentence, where `_matches`
    would look again around every figure."""
    if ind.kind == "trigger":
        return (ind.pair_triggers is not None and (
            ind.where == "sentence" or ind.pair_triggers.search(unit.low) is not None)
        ) or _triggered(unit, ind) or (
            ind.id in _FOLLOW_NEEDS and may_match(_FOLLOW_NEEDS[ind.id], unit.low))
    return may_match(ind.nouns, unit.low)  # (a plain loop of `in` tests)


def _triggered(unit: Unit, ind: Indicator) -> bool:
    return bool(ind.triggers and may_match(_TRIGGER_NEEDS[ind.id], unit.low)
                and ind.triggers.search(unit.low))


def _in_unit(q: Quantity, ind: Indicator) -> bool:
    """The figure is in the indicator's unit; money in dollars or in the countries' own
    (`5.000 tỷ đồng`, `850 tỷ kíp`: provinces often report in them)."""
    return q.unit == ind.unit or (ind.unit == "USD" and q.unit in LOCAL_CURRENCIES)


def _matches(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    if ind.kind == "trigger":
        return (_in_unit(q, ind) and _near_trigger(unit, ind, q)
                and not (ind.flow and _yearly_average(unit.low, q)))
    return (q.unit is None and (noun_end := _noun_at(unit, ind, q.end)) is not None
            and not _POINTED_BACK.match(unit.low, noun_end)
            and not _LIVING_AFTER.match(unit.low, noun_end) and _in_context(unit, ind, q))


def _one_project(unit: Unit, pos: int) -> bool:
    """Whether a capital figure at `pos` is told of one named project just before it, not
    of a count of them (`Việt Nam có 229 dự án ... với tổng vốn đăng ký ...`)."""
    lo = max(0, pos - _PROJECT_REACH)
    one = _ONE_PROJECT.search(unit.text, lo, pos) or _THE_PROJECT.match(unit.low)
    return bool(one) and not _COUNTED_PROJECTS.search(unit.low, lo, pos)


def _yearly_average(low: str, q: Quantity) -> bool:
    """`trung bình đạt hơn 1 tỷ USD/năm`, `tăng trưởng hơn 10%/năm`: a yearly average over a
    span of years, not the figure of a period (but `mục tiêu ... 20 tỷ USD/năm` is a target)."""
    if _AVERAGE.search(low, max(0, q.start - 24), q.start):
        return True
    return bool(_PER_YEAR.match(low, q.end)) and not _TARGET.search(low, max(0, q.start - 80),
                                                                    q.start)


def _near_trigger(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    assert ind.triggers is not None
    begin = _clause_begin(unit.low, q.start)
    clause = unit.low[begin : q.start]
    if ind.triggers.match(clause.strip()):  # `..., tăng 21,9%`: the figure before it grew
        clause = unit.low[_previous_clause(unit.low, begin) : q.start]
    if ind.exclude and ind.exclude.search(clause):
        return False
    if ind.where == "sentence":
        return bool(ind.triggers.search(unit.low)) or bool(
            ind.pair_triggers and pair_named_after(unit, ind.pair_triggers))
    lo = max(0, q.start - ind.window - 40)
    if any(0 <= q.start - m.end() <= ind.window
           for m in ind.triggers.finditer(unit.low, lo, q.start)):
        return True
    return _trigger_follows(unit, ind, q) or _pair_cue_before(unit, ind, q)


def _pair_cue_before(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    """`Biên giới Việt Nam - Campuchia dài 1.137 km`: a pair cue, the pair named right
    after it, then the figure within the indicator's window."""
    if ind.pair_triggers is None:
        return False
    return any(q.start - cue.end() <= ind.window and pair_right_after(unit, cue.end())
               for cue in ind.pair_triggers.finditer(unit.low, max(0, q.start - ind.window),
                                                      q.start))


def _fell(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    """The trigger nearest before the figure tells a fall (`giảm 0,7%`)."""
    if ind.falls is None or ind.triggers is None:
        return False
    before = [m for m in ind.triggers.finditer(unit.low, max(0, q.start - ind.window), q.start)]
    return bool(before) and ind.falls.fullmatch(before[-1].group(0)) is not None


def _trigger_follows(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    """`có 240 km đường biên giới với Campuchia`: the figure, then its trigger,
    led by a word of having (`có`, `với`) so that road works are not taken."""
    if ind.follows is None or ind.triggers is None:
        return False
    hi = q.end + _FOLLOW_REACH + 40
    after = min((m for cue in (ind.triggers, ind.follow_only) if cue is not None
                 and (m := cue.search(unit.low, q.end, hi)) is not None),
                key=lambda m: m.start(), default=None)
    if after is None or unit.low[q.end : after.start()].strip():
        return False
    return bool(ind.follows.search(unit.low, max(0, q.start - _FOLLOW_LEAD), q.start))


# between two figures of one indicator: a date, `và`, and the verb again
_JOINED = re.compile(r"(?:\s*(?:vào|trong)\s+năm\s+\d{4})?\s*[,;]?\s*và\s+(?:lên|đạt|tới|đến)?\s*"
                     r"|\s*[,;]\s*(?:và\s+)?(?:(?:vào|trong)\s+)?năm\s+\d{4}\s+(?:lên|đạt|là)\s*")
_CLAUSE_CUT = re.compile(r"[,;:](?!\d)")


def _clause_begin(text: str, pos: int) -> int:
    cut = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos))
    return cut + 1


# the verbs of the work a count is of, listed with commas: one clause (`work_verbs`)
_WORK_VERB = re.compile("(?:" + "|".join(map(re.escape, _DATA["work_verbs"])) + ")")
_WORK_LIST = re.compile(_WORK_VERB.pattern + r"\s*,\s*$")
_WORK_NEXT = re.compile(r"\s*" + _WORK_VERB.pattern)
# a plan told as such at the opening of its sentence (`Theo kế hoạch,`, `Kế hoạch năm 2024,`)
_PLANNED = re.compile(r"\W*(?:theo\s+)?kế\s+hoạch(?![^\W_])")


# `Riêng nông nghiệp`, `trong lĩnh vực năng lượng` (not `nhiều lĩnh vực`: many of them)
_ONE_SECTOR = re.compile(r"(?<![^\W_])(?:riêng(?:\s+(?:ngành|lĩnh\s+vực))?|(?<!nhiều )(?<!các )"
                         r"(?:ngành|lĩnh\s+vực))\s+" + alternation(_DATA["sectors"])
                         + r"(?![^\W_])")
# investor countries counted as the subject (`đã có 36 quốc gia ... đầu tư vào Lào`): what
# follows is all of theirs (not `trong số 36 quốc gia`, `tốp 5 nước`, a ranking of one)
# `Lào đã thu hút hơn 1.700 dự án đầu tư nước ngoài với tổng vốn ...`: from every country
_FOREIGN_INVESTMENT = re.compile(r"(?<![^\W_])(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi)"
                                 r"(?![^\W_])")
_MANY_INVESTORS = re.compile(r"(?<=có )\d+\s+(?:quốc\s+gia|nước)(?![^\W_])")
# `dự án đầu tư Trạm Kiểm soát ...`, `Dự án thủy điện Nam Mo 2`: one project by its name
_ONE_PROJECT = re.compile(r"(?<![^\W_])dự\s+án\s+(?:đầu\s+tư\s+)?(?:xây\s+dựng\s+)?(?-i:[A-ZĐ])"
                          r"|(?<![^\W_])dự\s+án\s+(?:nhà\s+máy|thủy\s+điện|thuỷ\s+điện|trạm"
                          r"|cầu|đường|cảng|khu|tuyến)(?![^\W_])", re.IGNORECASE)
# `Dự án có tổng diện tích ..., tổng vốn đầu tư 18.090 tỷ đồng`: the project told of before
_THE_PROJECT = re.compile(r"\W*dự\s+án(?:\s+(?:này|nói\s+trên|trên))?\s+(?:có|với|được)(?![^\W_])")
_COUNTED_PROJECTS = re.compile(r"\d\s+dự\s+án(?![^\W_])")
_PROJECT_REACH = 150  # `xúc tiến dự án đầu tư Trạm ... Đắc Tà Oọc, với tổng vốn đầu tư ...`
_EFFORT_MADE = re.compile(r"đã\s+$")  # `đã nỗ lực ... quy tập được 12`: an effort made
_EFFORTS = ("nỗ lực", "phấn đấu")
_OPENING_REACH = 21  # a target's season or year opening its sentence: at most 20 characters in


def _aimed(text: str, lo: int, pos: int) -> bool:
    """A target cue in text[lo:pos], but not an effort told as made (`đã nỗ lực`)."""
    return any(not (cue.group(0) in _EFFORTS and _EFFORT_MADE.search(text, max(0, cue.start() - 4),
                                                                    cue.start()))
               for cue in _TARGET.finditer(text, lo, pos))


def _work_clause_begin(text: str, pos: int) -> int:
    """The clause of a count, over the commas of a list of the work's verbs."""
    begin = _clause_begin(text, pos)
    while begin > 0 and _WORK_LIST.search(text, max(0, begin - 20), begin) and (
            _WORK_NEXT.match(text, begin)):
        begin = _clause_begin(text, begin - 1)
    return begin


def _previous_clause(text: str, begin: int) -> int:
    """Start of the clause before the one starting at `begin` (a decimal comma,
    `14,03`, cuts no clause)."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, 0, max(0, begin - 1))]
    return cuts[-1] if cuts else 0


def _noun_at(unit: Unit, ind: Indicator, pos: int) -> int | None:
    """End of the counted noun right after a count, if it is one of the indicator's."""
    rest = unit.low[pos : pos + 40]
    stripped = rest.lstrip()
    for noun in ind.nouns:
        if stripped.startswith(noun) and not stripped[len(noun) : len(noun) + 1].isalpha():
            return pos + (len(rest) - len(stripped)) + len(noun)
    return None


_PASSIVE = re.compile(r"(?<![^\W_])được(?![^\W_])")


def _in_context(unit: Unit, ind: Indicator, q: Quantity) -> bool:
    lead = unit.low[max(0, q.start - ind.lead_window) : q.start]
    if ind.lead and not ind.lead.search(lead) and (q.start > ind.lead_window or lead.strip()):
        return False  # (a count that opens its sentence, `188 dự án đầu tư ...`, needs none)
    if ind.context is None:
        return True
    start = q.start
    corresponding = (_CORRESPONDING.search(unit.low, 0, start)
                     if may_match(_CORRESPONDING_NEEDS, unit.low) else None)
    if corresponding:  # `793 vị trí mốc, tương ứng 835 cột mốc`: the context is the first's
        start = next((p.start for p in reversed(unit.quantities)
                      if p.end <= corresponding.start()), start)
    before = unit.low[max(0, start - ind.context_window) : q.start]
    if ind.exclude and ind.exclude.search(before):
        return False  # `vốn ngân sách ... để đầu tư 5 dự án giao thông`: public works
    if ind.context.search(before):
        return True
    if ind.id == _REPATRIATED and _buried_home(unit, q):
        return True
    if ind.context_side != "either":
        return False
    after = unit.low[q.end : q.end + ind.context_window]
    if ind.context.search(after):
        return True
    # `212 hài cốt liệt sỹ quân tình nguyện ... được các đội ... tìm thấy`: a long noun,
    # then the passive's agent and its verb, in one clause
    passive = _PASSIVE.search(after)
    if passive is None:
        return False
    lo = q.end + passive.end()
    return bool(ind.context.search(unit.low, lo, min(_clause_end(unit.low, lo),
                                                     lo + ind.context_window)))


# `lễ truy điệu và an táng 89 hài cốt liệt sĩ ... hy sinh tại các chiến trường Lào`
_BURIAL = re.compile(r"(?<![^\W_])(?:truy\s+điệu|an\s+táng)(?:\s+(?:toàn\s+bộ|các))?\s*$")
_FELL = re.compile(r"(?<![^\W_])h[yi]\s+sinh(?![^\W_])")
_FELL_REACH = 140


def _buried_home(unit: Unit, q: Quantity) -> bool:
    """A ceremony burying remains at home (`truy điệu và an táng 89 hài cốt`) of dead
    who fell in a neighbouring country, named after them: remains brought home; unless
    the sentence counts them apart (`..., trong đó 41 hài cốt ...`): those are the figures."""
    if not _BURIAL.search(unit.low, max(0, q.start - 20), q.start) or any(
            other is not q and _noun_at(unit, _BY_ID[_REPATRIATED], other.end) is not None
            for other in unit.quantities):
        return False
    fell = _FELL.search(unit.low, q.end, q.end + _FELL_REACH)
    return fell is not None and any(m.entity in NEIGHBOURS for m in unit.marks_of(
        "country", lo=fell.end(), hi=q.end + _FELL_REACH))


def _told_abroad(ctx: Context, unit: Unit) -> bool:
    """Whether the sentence, or the one before it, tells Vietnam's investment abroad as
    a whole (`Năm 2024, các nhà đầu tư Việt Nam đã đầu tư ra nước ngoài ... Tổng vốn
    đầu tư đạt gần 664,8 triệu USD`)."""
    if _ABROAD.search(unit.low):
        return True
    before = ctx.sentence_before(unit)
    return before is not None and bool(_ABROAD.search(before.low))


def _foreign_named(ctx: Context, unit: Unit) -> bool:
    """Whether the sentence names a foreign country or province."""
    return any((m.entity if m.kind == "country" else ctx.country_of(m.entity)) != HOME
               for m in unit.marks_of("country", "province"))


# where the noun of the dead ends: where or how they died, or the clause
_REMAINS_NOUN_END = re.compile(r"(?<![^\W_])(?:hy\s+sinh|tại|ở|trên|trong|được|đã|từ|về|sang"
                               r"|cho|với)(?![^\W_])|[,.;(]")
_REMAINS_NOUN_REACH = 60


def _foreign_remains(unit: Unit, end: int) -> bool:
    """Whether the counted remains are named as another country's people (`hài cốt quân
    nhân và lưu học sinh Lào`), not Vietnam's volunteers: a foreign country in the noun."""
    stop = _REMAINS_NOUN_END.search(unit.low, end, end + _REMAINS_NOUN_REACH)
    hi = stop.start() if stop else min(len(unit.low), end + _REMAINS_NOUN_REACH)
    return any(m.entity != HOME for m in unit.marks_of("country", lo=end, hi=hi))


def _of_total(unit: Unit, ind: Indicator, index: int) -> int | None:
    """`22 cột mốc trên tổng số 28`: the index of the total, if stated."""
    if index + 1 >= len(unit.quantities):
        return None
    count, total = unit.quantities[index], unit.quantities[index + 1]
    noun_end = _noun_at(unit, ind, count.end) or count.end
    gap = unit.low[noun_end : total.start]
    if total.unit is not None or len(gap) > 30:
        return None
    return index + 1 if any(word in gap for word in ind.of_words) else None


def _fact(ctx: Context, unit: Unit, hit: Hit) -> Fact | None:
    q = hit.quantity
    if hit.indicator.id.startswith("trade.") and _through_a_gate(unit, q.start):
        return None
    if hit.indicator.id == _TRADE and (_with_all_partners(unit, q) or _foreign_total(unit, q)):
        return None  # `kim ngạch ... của tỉnh đạt 1 tỷ USD, trong đó với Lào đạt ...`
    parties, inferred = figure_parties(ctx, unit, hit.indicator.id, q.start, q.end)
    if (own := clause_parties(unit, q.start)) is not None:
        parties, inferred = own, False
    if parties is None:
        return None
    if hit.indicator.id.startswith("investment.") and _told_abroad(ctx, unit) and (
            inferred or parties[1:] == [ctx.partner_country] and not _foreign_named(ctx, unit)):
        return None  # `1.825 dự án đầu tư ra nước ngoài`: every country's, no partner named
    if hit.indicator.id == "investment.capital" and _one_project(unit, q.start):
        return None  # `dự án Nhà máy thủy điện X ... tổng vốn đầu tư 1.200 tỷ đồng`: one work's
    if hit.indicator.id.startswith("investment.") and (
            _MANY_INVESTORS.search(unit.low, 0, q.start) or _FOREIGN_INVESTMENT.search(
                unit.low, _clause_begin(unit.low, q.start), q.start)):
        return None  # `36 quốc gia ... đầu tư vào Lào`, `Lào thu hút ... đầu tư nước ngoài`
    if _third_country(unit, q.start, parties):
        return None  # `Trung Quốc là nhà đầu tư lớn nhất tại Lào với tổng vốn 16 tỷ USD`
    if hit.indicator.id.startswith("investment.") and _ONE_SECTOR.search(unit.low, 0, q.start):
        return None  # `Riêng nông nghiệp có 49 dự án ...`: one sector's share
    if inferred and (among := _among_these(ctx, unit)) is not None:
        parties = [parties[0], among]  # `Trong số này, 14 dự án ...`: the partner said before
    if hit.indicator.id == _REPATRIATED and _foreign_remains(unit, q.end):
        return None  # `6 hài cốt quân nhân và lưu học sinh Lào hy sinh ...`: the partner's dead
    if hit.indicator.id == _REPATRIATED and (_split_by_country(unit, q.end)
                                            or _abroad_and_home(ctx, unit, q.end)):
        return None  # `14 hài cốt (trong đó 9 ở Campuchia, 5 ở Lào)`: no one partner; its parts
    if hit.indicator.id == _REPATRIATED and parties[0] == HOME and (
            team := _team_province(ctx, unit, q.start)):
        parties = [team, *parties[1:]]  # `Đội K92 đã quy tập 13 hài cốt`: Kiên Giang's team
    if hit.indicator.id == _REPATRIATED and (where := _found_in(ctx, unit, q.end)):
        # `9 hài cốt ở Campuchia, 5 hài cốt ở Lào`: each count with the country it names
        home = [p for p in parties if p.startswith(HOME_PREFIX)] or [HOME]
        parties, inferred = [home[0], *where], False
    value = _plain(q.value)
    if _fell(unit, hit.indicator, q):
        value = -value
    national = hit.indicator.national_from
    money = q.unit if q.unit in LOCAL_CURRENCIES else hit.indicator.unit
    if (inferred and national and value >= national and money == "USD" and ctx.partner_country
            and not home_provinces(unit, 0, len(unit.low))):
        # billions of USD: the two countries' trade, unless the sentence names a province
        # (`Theo Sở Công Thương Tây Ninh, kim ngạch ... đạt 2,6 tỷ USD`)
        parties = [HOME, ctx.partner_country]
    confidence = 0.8 - (0.15 if inferred else 0.0) - (0.05 if hit.indicator.kind == "noun" else 0)
    figure = {"indicator": hit.indicator.id, "parties": parties, "value": value, "unit": money}

    buried = hit.indicator.id == _REPATRIATED and _buried_home(unit, q)
    kind = ("buried" if buried else "auxiliary" if _auxiliary(unit, hit.indicator, q)
            else hit.indicator.kind)

    def fact(type_: str, **more: Any) -> Fact:
        return Fact(type_, {**figure, **more}, unit.evidence, round(confidence, 2),
                    f"{type_}.{kind}")

    begin = _work_clause_begin(unit.low, q.start if hit.clause_at is None else hit.clause_at)
    if _aimed(unit.low, begin, q.start) or raises_to(unit.low, begin, q.start):
        if _RANGE_TO.search(unit.low, max(begin, q.start - 20), q.start):
            return None  # `phấn đấu tìm kiếm từ 7 đến 10 hài cốt`: a range sets no one figure
        if _open_ended(unit.low, begin, q):  # `hướng tới sớm đạt mục tiêu 5 tỷ USD`
            return fact("target", by=_year(first_after(unit, q.end, _clause_end(unit.low, q.end)))
                        or _NO_YEAR)
        # (or by the span that opens the sentence: `Mùa khô 2023-2024, ...`)
        when = deadline(unit, q.start, q.end) or unit.dateline(q.start, reach=_OPENING_REACH)
        return fact("target", by=_year(when))
    if hit.indicator.kind == "noun" and _REMAINING.search(unit.low, begin, q.start):
        return None  # `số mốc cần tôn tạo còn lại (12 mốc)`, `còn lại 5 cột mốc`: work to do
    if _WILL.search(unit.low, _previous_clause(unit.low, begin), q.start):
        if _PLANNED.match(unit.low):  # `Theo kế hoạch, trong năm 2019, ... sẽ xây dựng 40 mốc`
            when = deadline(unit, q.start, q.end) or next(iter(unit.dates_in(0, q.start)), None)
            return fact("target", by=_year(when))
        return None  # `sẽ tiếp tục khảo sát, xây dựng thêm 10 cột dấu`: to be done, no figure
    if hit.indicator.id == _REPATRIATED and not any(p.startswith(HOME_PREFIX) for p in parties):
        return None  # one team's count in two foreign provinces: a part of Vietnam's figure
    # (the day of a burial is not the season the remains were found in)
    period = None if buried else _period(ctx, unit, q, hit.indicator)
    if hit.indicator.id == _REPATRIATED and period and _ONE_DAY_OR_MONTH.fullmatch(period) and (
            _told_by_day(unit, q.start)):
        season = _season_after(unit, q)
        if season is None:
            return None  # `Ngày 26-1, ... quy tập 1 hài cốt`: one find or handover, no season's
        period = season  # `Ngày 10/5, ... tiếp nhận 25 hài cốt ... quy tập trong mùa khô ...`
    if (_years_after_report(ctx, period) or 0) > 0 and _TARGET.search(unit.low, 0, q.start):
        # `Hai bên phấn đấu đến năm 2025, kim ngạch ... đạt 5 tỷ USD`: a figure for a year
        # still to come, after a target cue earlier in its sentence, is a target
        return fact("target", by=_year(period))
    more: dict[str, Any] = {"period": period}
    if q.qualifier:
        more["qualifier"] = q.qualifier
    if hit.of is not None:
        more["of"] = _plain(hit.of)
    return fact("measure", **more)


def _season_after(unit: Unit, q: Quantity) -> str | None:
    """The dry season named after a count of remains, before any other figure: the season
    they were found in, whatever day they were handed over or received."""
    following = [other.start for other in unit.quantities if other.start >= q.end]
    seasons = _seasons(unit.low, q.end, following[0] if following else len(unit.low))
    return "{}/{}".format(*seasons[0]) if seasons else None


def _told_by_day(unit: Unit, end: int) -> bool:
    """Whether the dates before `end` name a day (`Ngày 26-1`), not a month alone
    (`Tháng 5/2023, tỉnh đã tiếp nhận 19 bộ hài cốt`: the month's count)."""
    dates = unit.dates_in(0, end)
    return not dates or any(len(d.value or "") == 10 or (d.value or "").startswith("--")
                            for d in dates)


# the lower end of a range whose upper end follows: `7-10`, `từ 7 đến`
_RANGE_TO = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:-|–|đến|tới)\s*$")
_SINCE_YEAR = re.compile(r"(?<![^\W_])từ\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:hết\s+)?"
                         r"(?:tháng\s+)?$")
_UNTIL = re.compile(r"(?<![^\W_])(?:đến|tới)\s+$")
_ABROAD = re.compile(r"(?<![^\W_])(?:đầu tư|vốn)(?:\s+của\s+(?:các\s+)?(?:doanh\s+nghiệp\s+|nhà"
                     r"\s+đầu\s+tư\s+)?việt\s+nam)?\s+ra\s+nước\s+ngoài(?![^\W_])")
_AMONG = re.compile(r"\s*trong\s+(?:số\s+)?(?:này|đó)(?![^\W_])")
# `cặp cửa khẩu Bờ Y - Phu Cưa đón ...`, `cửa khẩu quốc tế Mộc Bài`: one named gate
# as the subject (trade `qua cửa khẩu X` is the parties' trade through it)
_NAMED_GATE = re.compile(
    r"(?<!qua )(?<!qua cặp )(?i:cửa khẩu)(?:\s+(?i:quốc tế|chính|phụ))?\s+[A-ZĐ]"
)


def _years_after_report(ctx: Context, value: str | None) -> int | None:
    """How many years the date's year comes after the article's; None when either
    is unknown."""
    year, published = (value or "")[:4], (ctx.published or "")[:4]
    if not (year.isdigit() and published.isdigit()):
        return None
    return int(year) - int(published)


def _among_these(ctx: Context, unit: Unit) -> str | None:
    """A sentence opening `Trong số này` (`Trong đó`) counts part of the figure
    before it: the foreign country that sentence names, when this one names none."""
    if not _AMONG.match(unit.low) or unit.marks_of("country"):
        return None
    previous = ctx.sentence_before(unit)
    if previous is None:
        return None
    before = [m.entity for m in previous.marks_of("country") if m.entity != HOME]
    return before[0] if before else None


# `..., trong đó với Lào đạt 300 triệu USD`: the part of a trade total that is one partner's
_PARTNERS_PART = re.compile(r"\s*[,;]?\s*trong\s+đó\s*[,:]?\s*(?:\w+\s+){0,4}?(?:với|sang)\s+"
                            r"(?:(?:nước|tỉnh)\s+)?$")
_PARTNER_BEFORE = re.compile(r"(?<![^\W_])(?:với|sang|giữa|qua)(?![^\W_])")


def _with_all_partners(unit: Unit, q: Quantity) -> bool:
    """A trade total whose clause names no partner, broken down right after it by a
    partner (`trong đó với Lào ...`): the party's trade with every partner."""
    if _PARTNER_BEFORE.search(unit.low, _clause_begin(unit.low, q.start), q.start):
        return False
    return any(_PARTNERS_PART.fullmatch(unit.low, q.end, mark.start) for mark in
               unit.marks_of("country", "province", lo=q.end, hi=q.end + 80))


_TRADE_OF = re.compile(r"(?<![^\W_])(?:kim\s+ngạch|thương\s+mại)(?![^\W_])[^.;,]{0,30}?\scủa\s+"
                       r"(?:(?:nước|bạn)\s+)*$")


def _foreign_total(unit: Unit, q: Quantity) -> bool:
    """`tổng kim ngạch xuất nhập khẩu của Lào đạt 13 tỷ USD`: the partner's trade with the
    world, its clause naming neither Vietnam nor a partner of it."""
    lo = _clause_begin(unit.low, q.start)
    if _PARTNER_BEFORE.search(unit.low, lo, q.start) or any(
            m.entity.split("/")[0] == HOME for m in unit.marks_of("country", "province",
                                                                   lo=lo, hi=q.start)):
        return False
    return any(m.entity.split("/")[0] != HOME and _TRADE_OF.search(
        unit.low, max(lo, m.start - 60), m.start) for m in unit.marks_of(
        "country", lo=lo, hi=q.start))


_BETWEEN = re.compile(r"(?<![^\W_])giữa\s+(?:(?:nước|hai\s+nước)\s+)?$")
_BETWEEN_TWO = re.compile(r"\s*(?:và|với|-|–)\s*(?:nước\s+)?")


def _third_country(unit: Unit, start: int, parties: list[str]) -> bool:
    """A figure whose clause names, before it and with no Vietnam, a country that is no
    party of the figure, or two others joined by `giữa`: their figure."""
    lo = _clause_begin(unit.low, start)
    marks = [m for m in unit.marks_of("country", lo=lo, hi=start) if not m.venue]
    named = {m.entity for m in marks}
    if HOME in named:
        return False
    ours = {p.split("/")[0] for p in parties}
    between = any(_BETWEEN_TWO.fullmatch(unit.low, a.end, b.start) and _BETWEEN.search(
        unit.low, max(lo, a.start - 8), a.start) for a, b in zip(marks, marks[1:], strict=False))
    return bool(named - ours) or between  # (`giữa Lào và Thái Lan`: two others' figure)


def _through_a_gate(unit: Unit, start: int) -> bool:
    """The turnover of one named border gate, the sentence's subject, its sentence
    naming no province or country before the figure: no two parties' trade."""
    return bool(_NAMED_GATE.search(unit.text, 0, start)) and not unit.marks_of(
        "province", "country", hi=start)


def _months(first: str, last: str) -> str:
    """The months a span of days covers, as a period (`2025-11/2026-01`)."""
    return first[:7] if first[:7] == last[:7] else f"{first[:7]}/{last[:7]}"


def _period(ctx: Context, unit: Unit, q: Quantity, indicator: Indicator) -> str | None:
    mention = period_near(unit, q.start, q.end) if not indicator.timeless else None
    if mention is None:
        return None  # (`theo bản đồ ký ngày 16/3/2016, ... 414,712 km`: the map's day)
    # `Năm 2020 ..., đến nay đạt 205 dự án`: a running total; but a flow has none
    # (`trong năm 2011 ... kim ngạch hiện đạt` is 2011's)
    running = _running(unit.low, mention.end, q.start) if mention.end <= q.start else None
    if running and not indicator.flow and not _SO_FAR_THIS_YEAR.match(unit.low, mention.end):
        return None
    if not indicator.flow and in_since_phrase(unit.low, clause_bounds(unit.low, mention.start)[0],
                                              mention.start):
        return None  # `Từ khi thực hiện Hiệp định ... ký ngày 28-8-2000, ... 2.060`: since then
    last = getattr(mention, "end_value", None)
    if last and is_full_day(mention.value) and is_full_day(last):
        return _months(mention.value, last)  # `Từ ngày 19-11-2025 đến 27-1-2026, ... 11 hài cốt`
    value = value_of(mention)
    if value and is_full_day(value):
        if not indicator.flow and indicator.id != _REPATRIATED:
            return None  # `Ngày 8/7, ... mốc cuối cùng trong số 55 mốc`: a stock as of that day
        value = value[:7]  # remains found or trade done in a day belong to its month
    since = _SINCE_YEAR.search(unit.low, max(0, mention.start - 24), mention.start)
    if indicator.flow and since and len(value or "") == 7 and since.group(1) < (value or ""):
        return f"{since.group(1)}-01/{value}"  # `Từ năm 2022 đến 9/2025, ... đạt 7,95 tỷ USD`
    month = _MONTH.match(value or "")
    as_of = _AS_OF.search(unit.low, max(0, mention.start - 24), mention.start)
    until = _UNTIL.search(unit.low, max(0, mention.start - 8), mention.start)
    if until and getattr(mention, "qualifier", None) == "end":
        as_of = as_of or until  # `Đến cuối năm 2018, ... 2.047 cột mốc`: as of the year's end
    recent = (_years_after_report(ctx, value) or 0) >= -1  # unknown: taken as recent
    if not indicator.flow and (as_of or until and recent):
        # `Tính đến hết năm 2022`, `Đến năm 2022, ... 250 dự án`: a running total as the
        # article writes (`Đến đầu năm 1987, ... 214 cột mốc` is 1987's, long before)
        return None
    if month and not indicator.flow and indicator.id != _REPATRIATED:
        return None  # `Vào cuối tháng 9/2012, ... hoàn thành 60/60 cột mốc`: a stock as of then
    if month and as_of:
        return f"{month.group(1)}-01/{value}"  # `Tính đến tháng 9/2025`: a flow since January
    months = _MONTHS_OF_A_YEAR.match(value or "")
    if months and as_of:
        return f"{months.group(1)}-01/{months.group(2)}"  # `đến hết quý II/2024`: January on
    return value
