"""`visit` facts: a leader (person id) visiting a country.

`X thăm Campuchia`, `chuyến thăm Campuchia của X`, and lists of past visits
(`lãnh đạo ... thăm Campuchia là: A tháng 12 năm 2011 ..., B trong tháng Hai
năm 2013 ...`, one visit per leader, dated by the date after the name). The
visitor's country comes from the gazetteer, so that a host or an inviter of
the destination country is never taken for the visitor.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from langgieng.extract.clauses import announced, clause_bounds, has_future
from langgieng.extract.facts.context import (
    HOME,
    NEIGHBOURS,
    Context,
    Mark,
    Unit,
    alternation,
    cue_regex,
    vocabulary,
)
from langgieng.extract.facts.hosted import (
    LED_BY,
    calling_delegations,
    hosted_visits,
    received_delegations,
)
from langgieng.extract.facts.timing import (
    first_after,
    is_comparison,
    is_day,
    later_than,
    month_of,
    range_of,
)
from langgieng.extract.scanning import may_match, needed_literals
from langgieng.link.offices import date_range
from langgieng.model import Fact

_T = vocabulary("triggers")["visit"]
_TRIGGER = re.compile(
    rf"(?<![^\W_]){_T['trigger']}(?![^\W_])(?!\s+(?:{'|'.join(_T['not_after'])})(?![^\W_]))"
)
_TRIGGER_NEEDS = needed_literals(_TRIGGER)
_CLAUSE_STOP = re.compile(r"[,;.]\s|[;:]")
_LIST_MARK = re.compile(r"^\s*(?:là\s*)?:|^\s*(?:bao\s+)?gồm(?![^\W_])")
_KINDS = [(kind, cue_regex(words)) for kind, words in _T["kinds"]]
_RANK = {"state": 4, "official": 3, "working": 2, "other": 1}
_INVITER = cue_regex(_T["inviter"])
_HEAD = re.compile(alternation(_T["head_titles"]) + r"\s*$")
_LEADER = re.compile(alternation(_T["head_titles"] + _T["leader_titles"]) + r"\s*$")
_TITLED = re.compile(alternation(_T["head_titles"] + _T["leader_titles"]) + r"[^.;,]{0,30}$")
_HEAD_START = re.compile(r"\s*(?:của\s+)?" + alternation(_T["head_titles"]))
_LEADER_START = re.compile(r"\s*" + alternation(_T["head_titles"] + _T["leader_titles"]))
# (`chuyến công tác, làm việc tại Lào`: a comma before the work done is no break), or the
# host ministry of that country or its office (`thăm và làm việc với Bộ Nông Lâm nghiệp Lào`,
# `thăm chính thức Văn phòng Bộ Y tế nước CHDCND Lào`)
_DEST_GAP = re.compile(r"^(?:,\s*làm việc)?[\s\w]{0,30}$"
                       r"|^\s+(?:và\s+)?làm\s+việc\s+với\s+lãnh\s+đạo\s+(?:các\s+)?tỉnh\s+$"
                       r"|^[\s\w]{0,20}?\s(?:văn\s+phòng\s+)?bộ\s[\s\w]{0,40}$"
                       # `thăm chính thức nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào`
                       r"|^[\s\w]{0,20}?\s(?:nước\s+)?cộng\s+hòa[\s\w]{0,40}\($")
# people of a country, visited where they are (`thăm các lưu học sinh Lào`): no destination
_PEOPLE_OF = re.compile(r"(?<![^\W_])(?:học\s+sinh|sinh\s+viên|bà\s+con|người\s+dân|"
                        r"cộng\s+đồng|kiều\s+bào|cán\s+bộ|chiến\s+sĩ|lao\s+động)"
                        r"(?:\s+người)?\s+$")
# between two countries visited on one trip: `và` or a comma, and their state's name
_AND_THEN = re.compile(r"\s*(?:,|và)\s*(?:(?:nước|vương\s+quốc)\s+)?")
_OUR_COUNTRY = re.compile(r"(?<![^\W_])(?:đất\s+)?nước\s+ta(?![^\W_])")
_DATE_REACH = 100
_DATE_BEFORE_REACH = 250  # a long subject (a delegation and its leader) may stand between
_NOT_VISIT_DATE = re.compile(alternation(_T["not_visit_date"]) + r"[^.;,]{0,16}$")
_DELEGATION = re.compile(alternation(_T["delegation"]) + r"[^.;,]{0,30}$")
_LEADS = re.compile(r"(?<![^\W_])(?:dẫn\s+đầu\s+(?:đoàn|phái\s+đoàn)|làm\s+trưởng\s+đoàn)"
                    r"(?![^\W_])")
_LEADER_REACH = 400  # characters from a leader's name, through his titles, to the verb
_OF_NEXT = re.compile(r"\s*của\s")
_TITLE_CHAIN = 160  # characters of titles between `của` and the name
_SENTENCE_STOP = re.compile(r"[.;:!?()]")
_OF = re.compile(r"\bcủa\s+(?:[\w]+\s+){0,4}$")
_PREVIEW = cue_regex(_T["preview"])
_PREVIEW_NEEDS = needed_literals(_PREVIEW)
_EVE_OF = re.compile(r"(?<![^\W_])trước\s+(?:thềm\s+)?(?:chuyến|cuộc)\s+$")
_TOLD_PAST = cue_regex(_T["told_past"])
_REPORTED_BY = re.compile(r"\s*,\s*theo\s")  # `Ngày 31.1, theo Bộ Ngoại giao, ...`
_TOLD_IN = re.compile(r"(?<![^\W_])theo\s+(?:thông\s+báo|thông\s+cáo|tin)(?![^\W_])[^,.;]*$")
_TOLD_REACH = 80
# `Ngày 5/3, ông X cho biết sẽ sang thăm Lào`: the date is the saying's, not the trip's
_SAYS_THEN = re.compile(r"(?<![^\W_])(?:cho\s+biết|thông\s+báo|khẳng\s+định|phát\s+biểu|"
                        r"chia\s+sẻ|bày\s+tỏ|mong\s+muốn|đề\s+nghị)(?![^\W_])")
_OPEN_INVITATION = cue_regex(_T["open_invitation"])
_HABITUAL = re.compile(alternation(_T["habitual"]) + r"(?:\s+[^\W\d_]+){0,2}\s+$")
_UNIT_WORD = re.compile(r"(?:tỉnh|thành\s+phố)\s*$")
# `chuyến thăm chính thức lần thứ hai của Thủ tướng X`: the trip's noun, its
# visitor after `của`, and no destination named (the other side of the article)
# (`trong chương trình công tác tại Lào, ... Thủ tướng X`: the programme of his trip)
_TRIP_OF = re.compile(r"(?:chuyến|chương\s+trình|thời\s+gian|dịp)\s+$")
_OF_GROUP = re.compile(r"(?:\s+\w+){0,4}?\s+của\s+(?:các\s+)?(?:phái\s+)?đoàn(?![^\W_])")
# `đoàn ... do <titles> X làm trưởng đoàn`: the person who leads a delegation
_LED_BY = re.compile(r"(?<![^\W_])đoàn(?![^\W_])[^.;]*?\sdo\s[^.;,]*$")
_HEADS = re.compile(r"[^.;]*?(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)(?![^\W_])")
_LED_BY_REACH = 120
_FRAMED = re.compile(r"trong\s+(?:(?:khuôn\s+khổ\s+(?:các\s+hoạt\s+động\s+của\s+)?)?chuyến"
                     r"|chương\s+trình(?:\s+chuyến)?)\s+$")
# `tiếp Bộ trưởng X đang thăm, làm việc tại Việt Nam`: the day is one within the trip
_UNDERWAY = re.compile(r"(?<![^\W_])đang\s+(?:có\s+)?(?:chuyến\s+)?$")
# after a bare `X thăm`: the kind of visit only, then a date or the end of the clause
_BARE_VISIT_TAIL = re.compile(
    r"(?:\s+(?:chính\s+thức|cấp\s+nhà\s+nước|hữu\s+nghị|và\s+làm\s+việc|làm\s+việc))+"
    r"\s*(?:(?:từ\s+)?(?:ngày\s+)?\d|[,.;]|$)"
)


def extract_visits(ctx: Context) -> list[Fact]:
    found: list[Fact] = []
    lead = ctx.lead.dateline(len(ctx.lead.text)) if ctx.lead else None
    for unit in ctx.units:
        found += _unit_visits(ctx, unit)
        if "tiếp" in unit.low or "hội" in unit.low or "chào" in unit.low or "đón" in unit.low:
            found += hosted_visits(ctx, unit, lead)
        led = "dẫn đầu" in unit.low or "trưởng đoàn" in unit.low
        if led:
            found += received_delegations(ctx, unit, lead)
        if led or " do " in unit.low and "đoàn" in unit.low:  # (`do X, <titles> đã đến chào`)
            found += calling_delegations(ctx, unit, lead)
        if "lễ đón" in unit.low:
            found += _welcomed(ctx, unit)
        if "dẫn đầu" in unit.low:
            found += _delegation_trips(ctx, unit) + _delegation_work_abroad(ctx, unit)
        if " với lãnh đạo" in unit.low or " với chính quyền" in unit.low:
            found += _work_with_province_leaders(ctx, unit)
    for fact in found:
        _led_by_its_official(ctx, fact)
    merged = [fact for fact in _merge(found) if _of_the_record(ctx, fact)]
    _previewed(ctx, merged)
    for fact in merged:
        if later_than(fact.fields["start"], ctx.published):
            fact.fields["status"] = "planned"  # a trip after the report is still to come
        _no_years_long_trip(fact)
        if fact.fields["start"] is None and fact.fields["status"] == "held":
            _date_from_its_trip(ctx, fact)
        if fact.fields["start"] is None and fact.fields["status"] == "planned":
            _date_from_its_plans(ctx, fact)
        if fact.fields["start"] is None:
            _date_from_trip_sentence(ctx, fact)
        _no_years_long_trip(fact)
        # (after the span of years is set aside: `... sang thăm Việt Nam, trong dịp kỷ
        # niệm 55 năm (24/6/1967 - 24/6/2022)` is still this month's visit)
        if fact.fields["start"] is None and fact.fields["status"] == "held":
            _in_the_report_month(ctx, fact)
        if fact.fields["end"] is None:
            _end_from_its_span(ctx, fact)
        _one_day_plan(fact)
    return merged


def _end_from_its_span(ctx: Context, fact: Fact) -> None:
    """A visit dated by its first day only, and elsewhere a span of days from that day in
    a sentence naming the visitor (`Trong hai ngày 28 và 29/11, Quốc vương X sẽ hội đàm
    ...`): the visit ends on the span's last day."""
    start = fact.fields["start"]
    if not is_day(start):
        return
    for unit in ctx.units:
        if fact.fields["visitor"] not in {m.entity for m in unit.marks_of("person")}:
            continue
        for mention in unit.dates:
            first, last = range_of(unit, mention)
            if first == start and last and last > start and not is_comparison(unit, mention):
                fact.fields["end"] = last
                return


def _led_by_its_official(ctx: Context, fact: Fact) -> None:
    """A province's delegation visits (`Đoàn đại biểu tỉnh Champasak đến thăm ...`): the one
    official of that province the article names (`Tỉnh trưởng tỉnh Champasak X`) leads it,
    when named as coming with it or leading it (`X ..., cùng đoàn đại biểu tỉnh ...`)."""
    visitor = fact.fields["visitor"]
    side, _, name = visitor.partition("/")
    if side not in (HOME, *NEIGHBOURS) or not name:
        return  # a person, an organisation or a country
    officials = ctx.serving(visitor)
    if len(officials) == 1 and any(
            _WITH_DELEGATION.match(ctx.low, m.end) for m in ctx.mentions_of(officials[0])):
        fact.fields["visitor"] = officials[0]
    elif (head := _delegation_head(ctx, visitor)) is not None:
        fact.fields["visitor"] = head


def _delegation_head(ctx: Context, province: str) -> str | None:
    """The one person the article says leads the province's delegation (`Đoàn đại biểu
    cấp cao tỉnh X do đồng chí Y, <titles> dẫn đầu`), of the province's country."""
    heads = set()
    for unit in ctx.units:
        if "đoàn" not in unit.low or " do " not in unit.low:
            continue
        for led in LED_BY.finditer(unit.low):
            named = unit.marks_of("province", lo=max(0, led.start() - _LED_REACH), hi=led.start())
            if not named or named[-1].entity != province or "đoàn" not in unit.low[
                    max(0, named[-1].start - _LED_REACH) : named[-1].start]:
                continue
            leaders = [m.entity for m in unit.marks_of("person", lo=led.start(1), hi=led.end(1))
                       if ctx.country_of(m.entity) == province.split("/")[0]]
            heads.update(leaders[:1])
    return heads.pop() if len(heads) == 1 else None


_LED_REACH = 60  # from `đoàn` to its province, and from the province to `do`


# `X, Tỉnh trưởng tỉnh A, cùng đoàn đại biểu tỉnh A`, `... dẫn đầu`: who heads the delegation
_WITH_DELEGATION = re.compile(r"[^.;\n]{0,160}?(?:(?:cùng|và)\s+(?:các\s+thành\s+viên\s+)?đoàn"
                              r"|dẫn\s+đầu|làm\s+trưởng\s+đoàn)(?![^\W_])")


def _of_the_record(ctx: Context, fact: Fact) -> bool:
    """A visit between Vietnam and Cambodia or Laos (`Thủ tướng thăm Nhật Bản` is none of
    the record's), a visitor of unknown country counted in."""
    sides = {ctx.country_of(fact.fields["visitor"]), ctx.country_of(fact.fields["destination"])}
    return None in sides or HOME in sides and bool(sides & NEIGHBOURS)


def _one_day_plan(fact: Fact) -> None:
    """A trip announced for one day (`sẽ thăm Lào ngày 5-2`) ends that day; a trip
    reported with its first day only may have gone on."""
    f = fact.fields
    if f["status"] == "planned" and f["end"] is None and f["start"] and len(f["start"]) == 10:
        f["end"] = f["start"]


_LONGEST_TRIP = 62  # days: longer is no trip's span (`(24/6/1967 - 24/6/2022)` counts years)


def _no_years_long_trip(fact: Fact) -> None:
    """A span of years or months around a visit is an anniversary's or a term's: the
    visit has no date from it."""
    first, last = date_range(fact.fields.get("start")), date_range(fact.fields.get("end"))
    if first and last and (dt.date.fromisoformat(last[0])
                           - dt.date.fromisoformat(first[0])).days > _LONGEST_TRIP:
        fact.fields["start"] = fact.fields["end"] = None


def date_by_meetings(facts: list[Fact]) -> None:
    """`X sắp có chuyến công tác tới Lào` and `X sẽ đồng chủ trì Kỳ họp ... từ ngày 2 - 3/12
    tại Vientiane`: an undated trip of a meeting's chair to the country (or province)
    it meets in is the trip to that meeting, and takes its days."""
    meetings = [f.fields for f in facts if f.type == "meeting" and f.fields["start"]]
    for visit in (f.fields for f in facts if f.type == "visit" and f.fields["start"] is None):
        destination = visit["destination"]
        for meeting in meetings:
            place = meeting["place"] or ""
            if visit["visitor"] in meeting["chairs"] and (
                    place == destination or place.startswith(destination + "/")):
                visit["start"], visit["end"] = meeting["start"], meeting["end"]
                break


def date_by_provinces_visited(facts: list[Fact]) -> None:
    """`X kết thúc tốt đẹp chuyến thăm Campuchia` and `Chiều 18/12, X đã thăm tỉnh Preah
    Sihanouk`: an undated trip to a country began by the first day told of its visitor
    in one of its provinces."""
    visits = [f.fields for f in facts if f.type == "visit" and f.fields["destination"]]
    for visit in (v for v in visits if v["start"] is None):
        days = sorted(v["start"] for v in visits if v["start"] and v["visitor"] == visit[
            "visitor"] and v["destination"].startswith(visit["destination"] + "/"))
        if days:
            visit["start"] = days[0]


def _previewed(ctx: Context, facts: list[Fact]) -> None:
    """`X thăm chính thức Việt Nam trong hai ngày 11 và 12-12.` and later `Trả lời báo
    chí trước chuyến thăm, ...`: the article is written before the trip, so a visit
    of the visitor the preview names, told with no past tense, is still to come."""
    if "trước" not in ctx.low and "sắp" not in ctx.low:
        return
    previews = [u for u in ctx.units
                if may_match(_PREVIEW_NEEDS, u.low) and _PREVIEW.search(u.low)]
    if not previews:
        return
    named = {m.entity for u in previews for m in u.marks_of("person")}
    for fact in facts:
        fields = fact.fields
        if fields["status"] != "held" or fields["visitor"] not in named:
            continue
        lo, hi = clause_bounds(ctx.low, fact.evidence.start)
        if not _TOLD_PAST.search(ctx.low, lo, hi):
            fields["status"] = "planned"


# `thực hiện hiệu quả các thỏa thuận đã đạt được trong các chuyến thăm ...`: visits
# whose results are carried out are recalled, not reported
_RESULTS_OF = re.compile(r"(?<![^\W_])(?:thực hiện|triển khai)(?![^\W_])[^.;]{0,80}?"
                         r"(?:kết quả|thỏa thuận|thoả thuận|nhận thức chung)[^.;]{0,80}?"
                         r"(?:các|những)\s+chuyến\s+thăm")


def _in_the_report_month(ctx: Context, fact: Fact) -> None:
    """A held visit the article dates nowhere is the one it reports (`Mới đây, X thăm
    Lào`, `Đây là chuyến thăm chính thức ... của X`): in the month of the report, when
    that is known. A past visit recalled in passing is told with its date, or as one
    whose agreements are carried out."""
    month = (ctx.published or "")[:7]
    recalled = _RESULTS_OF.search(ctx.low, fact.evidence.start, fact.evidence.end) or (
        _went_before(ctx, fact))
    if len(month) == 7 and not recalled:
        fact.fields["start"] = month


# `diễn ra ngay sau chuyến thăm cấp Nhà nước tới Lào rất thành công của Tổng Bí thư X`
_AFTER_TRIP = re.compile(r"(?<![^\W_])(?:sau|tiếp nối)\s+(?:các\s+|những\s+)?chuyến\s+thăm"
                         r"[^.;]{0,120}")


def _went_before(ctx: Context, fact: Fact) -> bool:
    """Whether the visit is the one another happening is told to follow: recalled, with
    no month of its own."""
    unit = ctx.unit_of(fact)
    if unit is None or "chuyến thăm" not in unit.low:
        return False
    return any(m.entity == fact.fields["visitor"]
               for trip in _AFTER_TRIP.finditer(unit.low)
               for m in unit.marks_of("person", lo=trip.start(), hi=trip.end()))


def _date_from_its_trip(ctx: Context, fact: Fact) -> None:
    """`X thăm chính thức Campuchia` with no date, and elsewhere `X dẫn đầu Đoàn ...
    lên đường sang Campuchia từ ngày 24 đến 25/4`: the span of the sentence naming
    the same visitor and destination dates the visit."""
    fields = fact.fields
    for unit in ctx.units:
        if not unit.marks_of("person") or not unit.dates or not _names_trip(unit, fields):
            continue
        span = next((d for d in unit.dates if getattr(d, "end_value", None)
                     and not is_comparison(unit, d)), None)
        if span is not None:
            fields["start"], fields["end"] = range_of(unit, span)
            return
    for unit in ctx.units:
        # `Sáng 20/12, lễ đón chính thức Thủ tướng X ...`: the guest's welcome opens the visit
        welcome = _WELCOME.search(unit.low)
        if welcome is None or not _names_guest(ctx, unit, fields["visitor"]):
            continue
        if (day := _first_day(unit)) is not None:
            fields["start"] = day.value
            return


def _date_from_its_plans(ctx: Context, fact: Fact) -> None:
    """`X sẽ thăm cấp Nhà nước Campuchia.` with no date, then `X sẽ đồng chủ trì cuộc gặp ...
    tại Campuchia vào ngày 6.2`: a later sentence of the visitor's plans in the place he
    goes to, on a day or days, dates the trip."""
    fields = fact.fields
    for unit in ctx.units:
        if unit.start <= fact.evidence.start or not has_future(unit.text, 0, len(unit.text)):
            continue
        if _names_trip(unit, fields) and (day := _first_day(unit)) is not None:
            fields["start"], fields["end"] = range_of(unit, day)  # `từ ngày 2 - 3/12`: both
            return


def _names_trip(unit: Unit, fields: dict[str, Any]) -> bool:
    """The sentence names both the visitor and the place he goes to."""
    named = {m.entity for m in unit.marks_of("person", "country", "province")}
    return fields["visitor"] in named and fields["destination"] in named


def _first_day(unit: Unit) -> Any | None:
    """The first day the sentence gives (a date, not a comparison's base)."""
    return next((d for d in unit.dates if is_day(d.value)
                 and not is_comparison(unit, d)), None)


def _date_from_trip_sentence(ctx: Context, fact: Fact) -> None:
    """`X sẽ thăm Việt Nam vào tuần sau.` then `Chuyến thăm diễn ra ngày 26-27/1, ...`:
    a later sentence about "the trip" that names no visitor of its own dates it."""
    for unit in ctx.units:
        if unit.start <= fact.evidence.start or not _TRIP_SENTENCE.match(unit.low):
            continue
        span = next((d for d in unit.dates if not is_comparison(unit, d)), None)
        if span is not None:
            fact.fields["start"], fact.fields["end"] = range_of(unit, span)
        return


def _welcomed(ctx: Context, unit: Unit) -> list[Fact]:
    """`Sáng 25/4, sau lễ đón trọng thể tại ... Phnom Penh, Thủ tướng X và Thủ tướng Y
    hội đàm`, `Sáng 11/8, tại ... (Hà Nội), Đại tướng X chủ trì lễ đón Trung tướng Y`: a
    leader welcomed in another country is on a visit there that day."""
    welcome = _WELCOME.search(unit.low)
    if welcome is None:  # `lễ đóng ...` holds the letters of `lễ đón` but is no welcome
        return []
    place = next((m for m in unit.marks_of("country", "province", lo=welcome.end(),
                                           hi=welcome.end() + _WELCOME_PLACE_REACH)), None)
    if place is not None and unit.low.find("tại", welcome.end(), place.start) < 0:
        place = None
    if place is None:  # `Sáng 11/8, tại Trụ sở Bộ Quốc phòng (Hà Nội), X chủ trì lễ đón Y`
        place = next((m for m in reversed(unit.marks_of("country", "province",
                                                         hi=welcome.start()))
                      if unit.low.rfind("tại", 0, m.start) >= 0), None)
    host = ctx.country_of(place.entity) if place else None
    if place is None or host is None:
        return []
    guests = [p for p in unit.marks_of("person", lo=welcome.end())
              if ctx.country_of(p.entity) not in (None, host)
              and (_TITLED.search(unit.low, max(0, p.start - 45), p.start)
                   or p.start - welcome.end() <= _WELCOMED_REACH)]  # `lễ đón Trung tướng Y`
    day = next((d for d in unit.dates_in(0, welcome.start()) if is_day(d.value)),
               None)
    if not guests or day is None:
        return []
    fields = {"visitor": guests[0].entity, "destination": host, "start": day.value, "end": None,
              "kind": "other", "status": "held"}
    return [Fact("visit", fields, unit.evidence, 0.6, "visit.welcomed")]


def _names_guest(ctx: Context, unit: Unit, visitor: str) -> bool:
    """The visitor named, or told by title and country (`Chủ tịch Quốc hội Campuchia`)
    with nobody else of that country named."""
    people = {m.entity for m in unit.marks_of("person")}
    if visitor in people:
        return True
    home = ctx.country_of(visitor)
    return home is not None and any(ctx.country_of(m.entity) == home
                                    for m in unit.marks_of("country")) and not any(
        ctx.country_of(p) == home for p in people)


_ACCOMPANY = re.compile(r"\btháp tùng\b")
# `Chuyến thăm (này) (sẽ) diễn ra ...`: the sentence's subject is the trip just told
_TRIP_SENTENCE = re.compile(
    r"\s*(?:(?:các|những|hai)\s+)?chuyến\s+(?:thăm|công\s+tác)(?:\s+(?:lần\s+)?này)?\s+"
    r"(?:sẽ\s+)?(?:diễn\s+ra|kéo\s+dài)"
    r"(?![^\W_])")
# from `lễ đón` to the city or country it took place in (`Lễ đón chính thức Thủ tướng
# Chính phủ X và Phu nhân đã diễn ra trọng thể tại Cung Hòa Bình ở Thủ đô Phnom Penh`)
_WELCOME_PLACE_REACH = 130
_WELCOMED_REACH = 30  # from `lễ đón` to the guest it names (a rank between)
_WELCOME = re.compile(r"(?<![^\W_])lễ\s+đón(?:\s+chính\s+thức)?(?![^\W_])")


def _unit_visits(ctx: Context, unit: Unit) -> list[Fact]:
    facts: list[Fact] = []
    if not may_match(_TRIGGER_NEEDS, unit.low):
        return facts
    for trigger in _TRIGGER.finditer(unit.low):
        if _not_one_trip(unit.low, trigger.start(), trigger.end()):
            continue
        dest = _destination(ctx, unit, trigger.end())
        if dest is None:
            trip = (_trip_of(ctx, unit, trigger.start(), trigger.end())
                    or _visit_of_subject(ctx, unit, trigger.start(), trigger.end())
                    or _visit_thanked(ctx, unit, trigger.start(), trigger.end()))
            if trip is not None:
                facts.append(trip)
            continue
        mark, country = dest
        after = unit.low[mark.end : mark.end + 12]
        if _LIST_MARK.match(after):
            return _listed(ctx, unit, mark.end, country)
        visitor = _visitor(ctx, unit, trigger.start(), mark.end, country)
        if visitor is None:
            continue
        province = "/" in mark.entity and (
            not _national(ctx, visitor) or _UNIT_WORD.search(unit.low, trigger.end(), mark.start))
        place = mark.entity if province else country
        facts.append(_fact(ctx, unit, visitor, place, trigger.start(), mark.end, "visit.trigger"))
        for other in _also_visited(ctx, unit, mark, visitor):
            # `thăm Lào và Campuchia từ ngày 11 đến 13-7`: one trip, a visit to each
            facts.append(_fact(ctx, unit, visitor, other.entity, trigger.start(), other.end,
                               "visit.trigger"))
    return facts


# `Phó Thủ tướng X dẫn đầu đoàn đại biểu Việt Nam sang Campuchia đồng chủ trì Hội nghị ...`
_LEADS_GROUP_TO = re.compile(r"(?<![^\W_])dẫn\s+đầu\s+(?:phái\s+)?đoàn(?![^\W_])[^.;,]{0,60}?"
                             r"\s(?:sang|tới|đến)(?=\s)")


def _delegation_trips(ctx: Context, unit: Unit) -> list[Fact]:
    """A delegation led to a country or province, with no word of a visit: a trip there
    (of kind `other` unless a cue names one)."""
    facts = []
    for trip in _LEADS_GROUP_TO.finditer(unit.low):
        dest = _destination(ctx, unit, trip.end())
        if dest is None:
            continue
        mark, country = dest
        visitor = _visitor(ctx, unit, trip.start(), mark.end, country)
        if visitor is None:
            continue
        place = mark.entity if "/" in mark.entity and not _national(ctx, visitor) else country
        fact = _fact(ctx, unit, visitor, place, trip.start(), mark.end, "visit.delegation-trip")
        fact.fields["kind"] = _kind(unit.low, None, unit)  # (a cue's, else `other`)
        facts.append(fact)
    return facts


# `ngày 4/2 tại Lào, Thứ trưởng X dẫn đầu Đoàn công tác ... làm việc với Thứ trưởng ... Lào`
_LEADS_GROUP_WORKS = re.compile(r"(?<![^\W_])dẫn\s+đầu\s+(?:phái\s+)?đoàn(?![^\W_])[^.;]{0,120}?"
                                r"\s(?:làm\s+việc|hội\s+đàm|có\s+buổi\s+làm\s+việc)\s+với(?=\s)")
_AT = re.compile(r"(?<![^\W_])(?:tại|ở)\s+(?:nước\s+)?$")  # a country set as the venue


def _delegation_work_abroad(ctx: Context, unit: Unit) -> list[Fact]:
    """A delegation led to work with its hosts where the sentence sets it (`tại` a
    country or province, before the leader): a working visit there, when that place is
    abroad for the leader."""
    facts: list[Fact] = []
    for work in _LEADS_GROUP_WORKS.finditer(unit.low):
        if _TRIGGER.search(unit.low, work.start(), work.end()):
            continue  # `dẫn đầu Đoàn ..., đến thăm làm việc với`: a visit the trigger reads
        venues = [m for m in unit.marks_of("country", "province", hi=work.start())
                  if m.venue or _AT.search(unit.low, max(0, m.start - 12), m.start)]
        country = ctx.country_of(venues[-1].entity) if venues else None
        if not country:
            continue
        leaders = unit.marks_of("person", lo=max(0, work.start() - _LEADER_REACH),
                                hi=work.start())
        visitor = leaders[-1] if leaders else None
        if visitor is None or ctx.country_of(visitor.entity) in (None, country):
            continue
        place = venues[-1].entity if "/" in venues[-1].entity else country
        fact = _fact(ctx, unit, visitor, place, work.start(), work.end(), "visit.led-work-abroad")
        fact.fields["kind"] = "working"
        facts.append(fact)
    return facts


# `Chủ tịch Quốc hội X làm việc với lãnh đạo tỉnh Kampong Thom`
_WORKS_WITH_LEADERS = re.compile(r"(?<![^\W_])(?:làm\s+việc|hội\s+đàm)\s+với\s+(?:lãnh\s+đạo|chính"
                                 r"\s+quyền)\s+(?:(?:các\s+)?tỉnh|thành\s+phố)\s+$")
_WORKER_REACH = 160  # characters from the leader's name, through his titles, to the verb


def _work_with_province_leaders(ctx: Context, unit: Unit) -> list[Fact]:
    """A national leader who works with the leaders of a province of another country is
    on a working visit there (he goes to them; they come to him as a delegation)."""
    facts: list[Fact] = []
    for mark in unit.marks_of("province"):
        verb = _WORKS_WITH_LEADERS.search(unit.low, max(0, mark.start - 60), mark.start)
        country = ctx.country_of(mark.entity)
        if verb is None or country is None:
            continue
        people = unit.marks_of("person", lo=max(0, verb.start() - _WORKER_REACH), hi=verb.start())
        if not people or _CLAUSE_STOP.search(unit.low, people[-1].end, verb.start()):
            continue
        visitor = people[-1]
        if not _national(ctx, visitor) or ctx.country_of(visitor.entity) in (None, country):
            continue
        fact = _fact(ctx, unit, visitor, mark.entity, verb.start(), mark.end,
                     "visit.works-with-leaders")
        fact.fields["kind"] = "working"
        facts.append(fact)
    return facts


def _not_one_trip(low: str, start: int, end: int) -> bool:
    """`mời ... thăm Việt Nam vào thời gian thích hợp`: an invitation with no time set;
    `đã nhiều lần sang thăm`: trips told as a habit. Neither is one visit."""
    return bool(_OPEN_INVITATION.search(low, end, clause_bounds(low, start)[1])
                or _HABITUAL.search(low, max(0, start - 30), start))


def _also_visited(ctx: Context, unit: Unit, first: Mark, visitor: Mark) -> list[Mark]:
    """Further countries (or provinces of the first one's country) joined to the first
    destination by `và` or a comma."""
    found: list[Mark] = []
    last = first
    if "/" in first.entity:  # `lãnh đạo các tỉnh Khammuon và Bolikhamxay`: provinces of one country
        for mark in unit.marks_of("province", lo=first.end):
            if not _AND_THEN.fullmatch(unit.low, last.end, mark.start) or (
                    ctx.country_of(mark.entity) != ctx.country_of(first.entity)):
                break
            found.append(mark)
            last = mark
    for mark in unit.marks_of("country", lo=last.end):
        if not _AND_THEN.fullmatch(unit.low, last.end, mark.start):
            break
        if mark.entity not in (ctx.country_of(visitor.entity), ctx.country_of(first.entity)):
            found.append(mark)  # not `tỉnh Hủa Phăn, Lào`: the province's own country
        last = mark
    return found


def _national(ctx: Context, visitor: Mark) -> bool:
    """A leader the gazetteer knows visits a country even when a province is named
    (`thăm Campuchia và Siem Reap`), unless the province is what is visited
    (`thăm tỉnh Hòa Bình`); a province's delegation or official visits the province."""
    return (ctx.gazetteer is not None and visitor.entity.startswith("person/")
            and visitor.entity in ctx.gazetteer)


def _fact(
    ctx: Context, unit: Unit, visitor: Mark, country: str, trig: int, dest_end: int, rule: str
) -> Fact:
    when = _when(unit, visitor, trig, dest_end)
    start, end = range_of(unit, when) if when is not None else (None, None)
    if start and end in (None, start) and (span := _span_from(unit, start)) is not None:
        end = span  # `ngày 21/11, ... thăm chính thức ..., tham dự ... từ ngày 21-24/11`
    if start and len(start) == 10 and end in (None, start):
        if _FRAMED.search(unit.low, max(0, trig - 40), trig) or _UNDERWAY.search(
                unit.low, max(0, trig - 20), trig):
            # `Trong khuôn khổ chuyến thăm ... tới Campuchia, chiều 21/12, ...`: the day is
            # an event's within the trip, which began on a day not given
            start, end = start[:7], None
        elif _CONCLUDED.search(unit.low, max(0, trig - 40), trig):
            # `Sáng 21/6, ... tiễn Đoàn ..., kết thúc tốt đẹp chuyến thăm ...`: the day the
            # trip ended; it began on a day not given, in that month
            start, end = start[:7], start
    # the text as written: a marker word capitalised in a name (`Bộ Kế hoạch`) is none
    planned = announced(unit.text, trig) or has_future(unit.text, *clause_bounds(unit.low, trig))
    if planned and when is not None and (_REPORTED_BY.match(unit.low, when.end) or _TOLD_IN.search(
            unit.low, max(0, when.start - _TOLD_REACH), when.start)
            or when.end <= trig and _SAYS_THEN.search(unit.low, when.end, trig)):
        # `Ngày 31.1, theo Bộ Ngoại giao, X sẽ thăm`, `Theo thông báo của Bộ Ngoại giao chiều
        # ngày 8/7, X sắp thăm`: when it was told
        start, end = None, None
    if _EVE_OF.search(unit.low, max(0, trig - 24), trig):
        # `Trước thềm chuyến thăm ... của X, ngày 25/2, báo Y đăng ...`: a trip to come;
        # the sentence's date is the report's about it
        planned, start, end = True, None, None
    fields = {"visitor": visitor.entity, "destination": country, "start": start,
              "end": end, "kind": _kind(unit.low, visitor, unit),
              "status": "planned" if planned else "held"}
    return Fact("visit", fields, unit.evidence, 0.75, rule)


_CONCLUDED = re.compile(r"(?<![^\W_])kết\s+thúc(?:\s+tốt\s+đẹp)?\s+(?:chuyến|đợt)\s+$")


def _span_from(unit: Unit, day: str) -> str | None:
    """The last day of a span of days the sentence tells from the visit's first day."""
    return next((m.end_value for m in unit.dates if m.value == day
                 and getattr(m, "end_value", None) not in (None, day)), None)


def _when(unit: Unit, visitor: Mark, trig: int, dest_end: int) -> Any | None:
    """The visit's date: after the destination, else later in its clause, else the
    sentence's opening, else the nearest day before the verb. A span of days opening the
    sentence (`Trong các ngày từ 19 đến 21/6, đoàn ... sang thăm Thanh Hóa để ký thỏa
    thuận năm 2023`) is the trip's over a bare year further on, which dates a document."""
    after = _visit_date(unit, dest_end, dest_end + _DATE_REACH)
    opening = unit.dateline(trig)
    if opening is not None and (getattr(opening, "end_value", None) or (
            after is not None and len(after.value) == 4 and len(opening.value) > 4)):
        return opening
    return (after or _span_in_clause(unit, dest_end) or opening
            or _day_before(unit, trig) or _visit_date(unit, dest_end, visitor.start))


def _trip_of(ctx: Context, unit: Unit, trig: int, trig_end: int) -> Fact | None:
    """`Đây là chuyến thăm chính thức ... của Thủ tướng Campuchia X`: no destination
    named, so the trip goes to the other side of the article (Vietnam for a
    foreign visitor, the article's neighbour for a Vietnamese one)."""
    if not _TRIP_OF.search(unit.low, max(0, trig - 16), trig):
        return None
    people = [p for p in unit.marks_of("person", lo=trig_end) if ctx.country_of(p.entity)
              and not _INVITER.search(unit.low[max(0, p.start - 25) : p.start])]
    named = [p for p in people if _OF.search(unit.low[trig_end : p.start])]
    # `chuyến thăm và làm việc của đoàn đại biểu quân sự ... do Đại tướng X dẫn đầu`
    of_group = _OF_GROUP.match(unit.low, trig_end)
    visitor = named[0] if named else (
        _leader_after(unit, people, of_group.end()) if of_group else None)
    if visitor is None:
        return None
    country = _other_side(ctx, visitor)
    if country is None:
        return None
    return _fact(ctx, unit, visitor, _host_province(ctx, unit, visitor, country, trig) or country,
                 trig, trig_end, "visit.trip-of")


def _host_province(ctx: Context, unit: Unit, visitor: Mark, country: str,
                   trig: int) -> str | None:
    """A trip told by a host of the other side who names his own province (`phó tỉnh
    trưởng tỉnh Bo Kẹo đánh giá cao chuyến thăm của đồng chí X`): that province, when it
    is the only one named before, and the visitor no national leader (`_national`)."""
    if _national(ctx, visitor):
        return None
    hosts = {m.entity for m in unit.marks_of("province", hi=trig)
             if ctx.country_of(m.entity) == country}
    return hosts.pop() if len(hosts) == 1 else None


def _visit_of_subject(ctx: Context, unit: Unit, trig: int, trig_end: int) -> Fact | None:
    """`..., Phó Thủ tướng X thăm chính thức từ ngày 26-27/11/2018`: the name right
    before `thăm`, and after it only the kind of visit, then its date or the end of
    the clause. No destination named: the other side of the article."""
    if not _BARE_VISIT_TAIL.match(unit.low, trig_end):
        return None
    before = unit.marks_of("person", hi=trig)
    if not before or unit.low[before[-1].end : trig].strip():
        return None
    country = _other_side(ctx, before[-1])
    if country is None:
        return None
    return _fact(ctx, unit, before[-1], country, trig, trig_end, "visit.subject")


# `ông A, Bí thư Tỉnh ủy đã cảm ơn bà B ... cùng đoàn đến thăm và chúc Tết`: the host thanks
# (welcomes) a guest for the visit; the guest, then the trip's verb, in one clause
_THANKED = re.compile(r"(?<![^\W_])(?:cảm\s+ơn|hoan\s+nghênh|chào\s+mừng)\s")
_THANKED_FOR_TRIP = re.compile(r"[^.;:]{0,160}?\s(?:đã\s+)?(?:dành\s+thời\s+gian\s+)?"
                               r"(?:đến|sang|tới)\s+$")


def _visit_thanked(ctx: Context, unit: Unit, trig: int, trig_end: int) -> Fact | None:
    """A guest a host thanks or welcomes for coming to visit, with no destination named:
    the visit is to the host's province, named before the verb (`thay mặt ... tỉnh Long
    An, ông A đã cảm ơn bà B ... đến thăm`), else to the host's side of the article."""
    verbs = list(_THANKED.finditer(unit.low, max(0, trig - 200), trig))
    if not verbs or not _THANKED_FOR_TRIP.fullmatch(unit.low, verbs[-1].end(), trig):
        return None
    verb = verbs[-1]
    guests = unit.marks_of("person", lo=verb.end(), hi=trig)
    if not guests or (home := ctx.country_of(guests[0].entity)) is None:
        return None
    hosts = [m.entity for m in unit.marks_of("province", hi=verb.start())
             if ctx.country_of(m.entity) not in (None, home)]
    place = hosts[-1] if hosts else _other_side(ctx, guests[0])
    if place is None:
        return None
    fact = _fact(ctx, unit, guests[0], place, trig, trig_end, "visit.thanked")
    opening = next((day for u in ctx.units[:_OPENING_UNITS] if u.start > ctx.headline_end
                    and (day := u.dateline(len(u.text))) is not None), None)
    if fact.fields["start"] is None and opening is not None:
        fact.fields["start"] = opening.value  # (thanked on the day the report opens with)
    return fact


_OPENING_UNITS = 3  # the report's dateline opens one of its first sentences


def _other_side(ctx: Context, visitor: Mark) -> str | None:
    """Where a visit with no destination went: Vietnam for a foreign visitor, the
    article's neighbour for a Vietnamese one; None for a visitor of unknown country."""
    home = ctx.country_of(visitor.entity)
    country = HOME if home != HOME else ctx.partner_country
    return None if home is None or country == home else country


def _span_in_clause(unit: Unit, pos: int) -> Any | None:
    """`sang Việt Nam tham dự Hội nghị ... lần thứ tư từ ngày 14 đến 17/4/2025`: a span
    of days further on in the clause is the trip's, however long the event's name."""
    stop = _CLAUSE_STOP.search(unit.low, pos)
    end = stop.start() if stop else len(unit.low)
    return next((d for d in unit.dates_in(pos, end) if getattr(d, "end_value", None)), None)


def _visit_date(unit: Unit, lo: int, hi: int) -> Any | None:
    """The first date after the destination that is not another event's
    (`kể từ khi nhậm chức vào tháng 8/2023`)."""
    for mention in unit.dates_in(lo, hi):
        if _NOT_VISIT_DATE.search(unit.low, max(0, mention.start - 40), mention.start):
            return None
        if not is_comparison(unit, mention):
            return mention
    return None


def _destination(ctx: Context, unit: Unit, pos: int) -> tuple[Mark, str] | None:
    """The country (or province of a country) named right after `thăm`; `nước ta`
    (our country) in the Vietnamese press is Vietnam."""
    ours = _OUR_COUNTRY.search(unit.low, pos, pos + 40)
    for mark in unit.marks_of("country", "province", lo=pos):
        if ours is not None and ours.start() < mark.start:
            break
        gap = unit.low[pos : mark.start]
        if _PEOPLE_OF.search(gap):
            continue  # `thăm các lưu học sinh Lào đang học tập tại ...`: whom, not where
        if not _DEST_GAP.match(gap) or unit.marks_of("person", lo=pos, hi=mark.start) or (
                _OF_GROUP.match(gap)):
            return None  # (`chuyến thăm của đoàn ... Campuchia`: whose trip, not where to)
        country = ctx.country_of(mark.entity)
        return (mark, country) if country else None
    if ours is not None and _DEST_GAP.match(unit.low[pos : ours.start()]):
        return Mark(ours.start(), ours.end(), HOME, "country", 1.0, "visit.our-country"), HOME
    return None


def _foreign(ctx: Context, person: Mark, country: str) -> bool:
    home = ctx.country_of(person.entity)
    return home is None or home != country


def _visitor(ctx: Context, unit: Unit, trig: int, dest_end: int, country: str) -> Mark | None:
    people = [p for p in unit.marks_of("person") if _foreign(ctx, p, country)
              and not _INVITER.search(unit.low[max(0, p.start - 25) : p.start])]
    after = [p for p in people if p.start >= dest_end and _OF.search(unit.low[dest_end : p.start])]
    if after:
        return after[0]  # `chuyến thăm Campuchia của Thủ tướng X`
    if _OF_NEXT.match(unit.low, dest_end):
        # `chuyến thăm ... Việt Nam của Tổng Bí thư Ban Chấp hành ..., Chủ tịch nước ... X`:
        # the first person after a long chain of titles
        titled = unit.marks_of("person", lo=dest_end, hi=dest_end + _TITLE_CHAIN)
        if titled and titled[0] in people and not _SENTENCE_STOP.search(
                unit.low, dest_end, titled[0].start):
            return titled[0]
    if (group := _delegation_of(ctx, unit, dest_end, country)) is not None:
        # `chuyến thăm Lào của Đoàn tỉnh X`, unless the sentence names who leads it
        return _leader_after(unit, people, group.end) or group
    # (in the list item of the verb: `Về phía Campuchia có: ...; Phó Thủ tướng X; Đoàn đại
    # biểu Quốc hội Campuchia đang thăm ...` is no visit of X's)
    before = [p for p in people if p.end <= trig and trig - p.end <= 160
              and ";" not in unit.low[p.end : trig]]
    if before:
        # `Đoàn ... do Bí thư X làm trưởng đoàn, cùng Phó Chủ tịch Y đã thăm ...`: X leads it
        return _leader_after(unit, before, 0) or _accompanied(unit, before, trig)
    if (holder := _post_before(ctx, unit, trig, country)) is not None:
        return holder
    leading = [p for p in people if p.end <= trig and trig - p.end <= _LEADER_REACH
               and _LEADS.search(unit.low, p.end, trig)]
    if leading:
        # `X, <a long chain of titles>, dẫn đầu Đoàn đại biểu ..., thăm, làm việc tại ...`
        return leading[-1]
    if _TRIP_OF.search(unit.low, max(0, trig - 16), trig):
        # `trong khuôn khổ chuyến thăm ... tới Campuchia, ngày 6/2, Tổng Bí thư X ...`:
        # the trip frames the sentence, whose first leader from elsewhere made it
        known = [p for p in people if p.start >= dest_end and ctx.country_of(p.entity)]
        if known:
            return known[0]
        if (leader := _leader_after(unit, people, dest_end)) is not None:
            return leader
    group = _delegation(ctx, unit, trig, country)
    # `Đoàn công tác tỉnh A do ông X ... làm Trưởng đoàn đã đến ...`: X leads it
    return _leader_after(unit, people, group.end) or group if group is not None else None


# `Thủ tướng Campuchia sẽ thăm chính thức Việt Nam`: a post and its country, no name
_POST_THEN_VISIT = re.compile(r"\s*(?:(?:sẽ|đã|vừa|đang|có\s+chuyến|bắt\s+đầu)\s+)*$")


def _post_before(ctx: Context, unit: Unit, trig: int, destination: str) -> Mark | None:
    """The holder, on the report's date, of a post named with its country right before
    the verb (and no name), visiting another country."""
    named = [m for m in unit.marks_of("country", hi=trig) if m.entity != destination
             and _POST_THEN_VISIT.fullmatch(unit.low, m.end, trig)]
    holder = ctx.post_holder(unit, named[-1], ctx.published) if named else None
    if holder is None:
        return None
    return Mark(named[-1].start, named[-1].end, holder, "person", 0.6, "post-holder")


def _leader_after(unit: Unit, people: list[Mark], lo: int) -> Mark | None:
    """The first person after `lo` who leads a delegation (`đoàn lãnh đạo thành phố A do
    Phó Bí thư X làm trưởng đoàn`)."""
    return next((p for p in people if p.start >= lo and _LED_BY.search(
        unit.low, max(0, p.start - _LED_BY_REACH), p.start) and _HEADS.match(
        unit.low, p.end, p.end + _LED_BY_REACH)), None)


def _accompanied(unit: Unit, before: list[Mark], trig: int) -> Mark | None:
    """The nearest person before the verb makes the visit, unless he accompanies a
    leader not named there (`Bộ trưởng X tháp tùng Thủ tướng thăm Lào`): that
    leader's visit, told elsewhere. A leader named after `tháp tùng` is nearer."""
    nearest = before[-1]
    return None if _ACCOMPANY.search(unit.low, nearest.end, trig) else nearest


def _delegation(ctx: Context, unit: Unit, trig: int, country: str) -> Mark | None:
    """`Đoàn đại biểu tỉnh Kon Tum ... thăm Lào`: the province is the visitor."""
    for mark in reversed(unit.parties_of("province", hi=trig)):
        if ctx.country_of(mark.entity) not in (None, country) and _DELEGATION.search(
                unit.low, max(0, mark.start - 45), mark.start):
            return mark
    return None


def _delegation_of(ctx: Context, unit: Unit, dest_end: int, country: str) -> Mark | None:
    """The province whose delegation the trip is `của`, right after the destination."""
    for mark in unit.parties_of("province", lo=dest_end):
        if ctx.country_of(mark.entity) not in (None, country) and _OF.search(
                unit.low[dest_end : mark.start]) and _DELEGATION.search(
                unit.low, max(0, mark.start - 45), mark.start) and not unit.marks_of(
                "person", lo=dest_end, hi=mark.start):  # (a leader named first leads it)
            return mark
    return None


def _day_before(unit: Unit, pos: int) -> Any | None:
    """`Nhận lời mời của ..., sáng 6/12, X thăm ...`: the nearest day (or month)
    stated before the verb in its sentence, when none follows it."""
    before = [m for m in unit.dates_in(max(0, pos - _DATE_BEFORE_REACH), pos)
              if len(m.value) >= 7 and not is_comparison(unit, m)]
    return before[-1] if before else None


def _kind(scope: str, visitor: Mark | None, unit: Unit) -> str:
    """The kind named by a cue; else a head of state invited by a head of state
    makes a state visit, and a leader's unqualified visit is an official one."""
    for kind, cue in _KINDS:
        if cue.search(scope):
            return kind
    if visitor is None:
        return "other"
    title = unit.low[max(0, visitor.start - 25) : visitor.start]
    named = unit.low[visitor.start : visitor.end] + " "
    invited_by_head = any(_HEAD_START.match(unit.low, m.end()) for m in _INVITER.finditer(unit.low))
    if (_HEAD.search(title) or _HEAD_START.match(named)) and invited_by_head:
        return "state"
    if _LEADER.search(title) or _LEADER_START.match(named):
        return "official"
    return "other"


def _listed(ctx: Context, unit: Unit, pos: int, country: str) -> list[Fact]:
    """One visit per leader in `... thăm X là: A <date> ..., B <date> ...`."""
    people = [p for p in unit.marks_of("person", lo=pos) if _foreign(ctx, p, country)
              and ctx.country_of(p.entity) is not None]
    facts = []
    for index, person in enumerate(people):
        hi = people[index + 1].start if index + 1 < len(people) else len(unit.text)
        when = first_after(unit, person.end, hi)
        if when is None:
            continue
        start, end = range_of(unit, when)
        kind = _kind(unit.low[person.end : hi], person, unit)
        fields = {"visitor": person.entity, "destination": country, "start": start,
                  "end": end, "kind": kind}
        facts.append(Fact("visit", fields, unit.evidence, 0.7, "visit.list"))
    return facts


def _merge(facts: list[Fact]) -> list[Fact]:
    """One visit per (visitor, destination, month); an undated mention of the
    same trip adds its kind to the dated one, a span holding a dated one's day its
    span."""
    merged: dict[tuple[str, str, str | None], Fact] = {}
    for fact in sorted(facts, key=lambda f: f.fields["start"] is None):
        f = fact.fields
        f.setdefault("status", "held")
        month = month_of(f["start"])
        key = (f["visitor"], f["destination"], month)
        if month is None:
            key = next((k for k in merged if k[:2] == key[:2]), key)
        if key not in merged:
            merged[key] = fact
            continue
        kept = merged[key].fields
        if _RANK[f["kind"]] > _RANK[kept["kind"]]:
            kept["kind"] = f["kind"]
        if f["start"] and kept["start"] and f["start"].startswith(kept["start"]):
            kept["start"] = f["start"]  # `tháng 7` and `ngày 27/7`: the day
        if kept["end"] is None and f["start"] and f["end"] and (
                f["start"] <= kept["start"] <= f["end"]):
            # `Ngày 17/12, ... rời Hà Nội` and `chuyến thăm (từ ngày 15-17/12)`: the span
            # told elsewhere holds the day, and is the trip's
            kept["start"], kept["end"] = f["start"], f["end"]
    return list(merged.values())
