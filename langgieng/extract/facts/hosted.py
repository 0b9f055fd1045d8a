"""Visits told by their meetings: `A tiếp B` (the host receives a guest), `B
hội kiến A` (the guest calls on the host), `A hội đàm với B` held where one
of them is at home (`tại Hà Nội`). The guest visits the host's country. A guest
needs a leader's title (or `đoàn`) before the name, so that an ambassador received
at his post makes no visit; the date is the sentence's own, else the article's
lead date.
"""

from __future__ import annotations

import re
from typing import Any

from langgieng.extract.facts.context import (
    HOME,
    Context,
    Mark,
    Unit,
    alternation,
    cue_regex,
    vocabulary,
)
from langgieng.extract.facts.timing import is_day, range_of
from langgieng.model import Fact

_T = vocabulary("triggers")["visit"]
_HOSTS = re.compile(  # not `trực tiếp`, `tiếp tục`, `tiếp nhận`
    r"(?<!trực )(?<!gián )(?<!kế )" + alternation(_T["hosts"])
    + rf"(?!\s+(?:{'|'.join(_T['host_not_after'])})(?![^\W_]))"
)
_CALLERS = cue_regex(_T["callers"])
# `hội kiến ... bên lề Hội nghị Cấp cao ASEAN`: met at a gathering, no visit to the host
_SIDELINES = re.compile(r"(?<![^\W_])bên\s+lề(?![^\W_])")
_TALKS = cue_regex(_T["talks"])
_TITLE = re.compile(
    r"(?:" + alternation(_T["head_titles"] + _T["leader_titles"] + _T["guest_titles_before"]
                         + _T["delegation"])
    + r")[^.;,]{0,30}$"
)
# in apposition, maybe after other titles: `Y, Ủy viên Trung ương, Bí thư - Tỉnh trưởng`
_TITLE_AFTER = re.compile(
    r",\s+(?:[^.;,]{0,80},\s+){0,2}(?:[^.;,]{0,15}\s)?"
    + alternation(_T["head_titles"] + _T["leader_titles"] + _T["guest_titles_after"])
)
_KINDS = [(kind, cue_regex(words)) for kind, words in _T["kinds"] if kind != "other"]
_REACH = 90  # the object after the verb
_SUBJECT_REACH = 240  # the subject before it, maybe with a chain of titles in apposition
_APPOSITION_OPENER = re.compile(r",\s|\s[-–]\s")  # `X, Bí thư ...`, `X - Ủy viên ...`
_ONE_CLAUSE = re.compile(r"^[^.;,]*$")
# `tiếp đón và chuyển lời thăm hỏi của Thủ tướng X`: X sent greetings, X is not the guest
_GREETINGS = re.compile(r"(?<![^\W_])lời\s+(?:thăm\s+hỏi|chào|chúc)(?![^\W_])")


def hosted_visits(ctx: Context, unit: Unit, lead: Any | None) -> list[Fact]:
    """Visits of guests received, calling on or talking with a host in this sentence."""
    facts: list[Fact] = []
    if len(unit.marks_of("person")) < 2 or _SIDELINES.search(unit.low):
        return facts  # a guest and a host; not met on the sidelines of another event
    for verb, guest_first in _verbs(unit):
        before = _person(ctx, unit, verb.start() - _SUBJECT_REACH, verb.start(), last=True)
        after = _person(ctx, unit, verb.end(), verb.end() + _REACH, last=False)
        if before is None or after is None:
            continue
        guest: Mark | None
        host: Mark | None
        guest, host = (before, after) if guest_first else (after, before)
        if guest_first is None:
            guest, host = _by_venue(ctx, unit, before, after)
        elif guest_first and _occasion_goes_to(ctx, unit, verb.end()) == ctx.country_of(
                guest.entity):
            guest, host = host, guest  # `A hội kiến B, nhân dịp Đoàn ... B sang Việt Nam`
        if guest is None or host is None or not _titled(unit, guest):
            continue
        visit = _fact(ctx, unit, guest, host, lead)
        if visit is not None:
            facts.append(visit)
    return facts


def _verbs(unit: Unit) -> list[tuple[re.Match[str], bool | None]]:
    """(verb, whether the guest is the subject: None when the venue tells)."""
    text = unit.low
    found: list[tuple[re.Match[str], bool | None]] = []
    if "tiếp" in text or "đón" in text:
        found += [(m, False) for m in _HOSTS.finditer(text)]
    found += [(m, True) for m in _CALLERS.finditer(text)]
    if "hội đàm" in text:
        found += [(m, None) for m in _TALKS.finditer(text)]
    return found


def _person(ctx: Context, unit: Unit, lo: int, hi: int, *, last: bool) -> Mark | None:
    people = [p for p in unit.marks_of("person", lo=max(0, lo), hi=min(hi, len(unit.low)))
              if ctx.country_of(p.entity)]
    if not people:
        return None
    person = people[-1] if last else people[0]
    if last:  # the subject, maybe with its titles in apposition (`X, Bí thư Tỉnh ủy Y tiếp`)
        between = unit.text[person.end : hi]
        opener = _APPOSITION_OPENER.match(between)
        apposed = opener is not None and _titles_only(between[opener.end() :])
        return person if _ONE_CLAUSE.match(between) or apposed else None
    if _GREETINGS.search(unit.low, max(0, lo), person.start):
        return None
    return person if _titles_only(unit.text[max(0, lo) : person.start]) else None


def _titles_only(span: str) -> bool:
    """Between a verb and the person it governs: one clause, or a run of titles
    (`tiếp Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Sar Kheng`), each
    capitalised after its comma."""
    if _ONE_CLAUSE.match(span):
        return True
    if ";" in span or "." in span:
        return False
    return all(piece[:1].isupper() for piece in span.split(", ")[1:])


def _titled(unit: Unit, guest: Mark) -> bool:
    """A title before the guest's name, or after it in apposition (`Y, Tỉnh trưởng`)."""
    return bool(_TITLE.search(unit.low, max(0, guest.start - 45), guest.start)
                or _TITLE_AFTER.match(unit.low, guest.end))


# `nhân dịp Đoàn đại biểu cấp cao Campuchia sang Việt Nam dự ...`: whose trip the meeting is
_OCCASION_TRIP = re.compile(r"(?<![^\W_])nhân\s+dịp[^.;]{0,100}?\s(?:sang|đến|tới|thăm)"
                            r"\s+(?:thăm\s+)?(?:nước\s+)?")


def _occasion_goes_to(ctx: Context, unit: Unit, lo: int) -> str | None:
    """The country the trip that occasions the meeting goes to, when the sentence says."""
    trip = _OCCASION_TRIP.search(unit.low, lo)
    if trip is None:
        return None
    went = next((m for m in unit.marks_of("country", "province", lo=trip.end())
                 if m.start == trip.end()), None)
    return ctx.country_of(went.entity) if went else None


def _by_venue(ctx: Context, unit: Unit, a: Mark, b: Mark) -> tuple[Mark | None, Mark | None]:
    """Talks held in one side's country: the other side is the guest."""
    venues = {ctx.country_of(m.entity) for m in unit.marks if m.venue}
    home_a, home_b = ctx.country_of(a.entity), ctx.country_of(b.entity)
    if home_a in venues and home_b not in venues:
        return b, a
    if home_b in venues and home_a not in venues:
        return a, b
    return None, None


def _fact(ctx: Context, unit: Unit, guest: Mark, host: Mark, lead: Any | None) -> Fact | None:
    destination, home = ctx.country_of(host.entity), ctx.country_of(guest.entity)
    if destination is None or home is None or destination == home or _in_country(
            ctx, unit, home):
        return None  # (`sau khi đến Hà Nội, X tiếp Y`: the host is the one abroad)
    trip = _trip_span(unit, guest.end)
    when = trip or unit.dateline(len(unit.text)) or lead
    if when is None:
        return None
    start, end = range_of(unit, when) if when in unit.dates else (when.value, None)
    kind = next((k for k, cue in _KINDS if cue.search(unit.low)), "other")
    served = ctx.province_of(host.entity)  # a province's leader receives in the province
    if served is not None and ctx.country_of(served) == destination:
        destination = served  # (received there on its day: `Chiều 24/3, X tiếp Y`)
    elif trip is None and end in (None, start):
        start, end = _month_of_day(start), None  # `Chiều 7/7, X tiếp Y`: a day of a trip
    fields = {"visitor": guest.entity, "destination": destination, "start": start,
              "end": None if end == start else end, "kind": kind}
    return Fact("visit", fields, unit.evidence, 0.6, "visit.hosted")


# `sau khi đến Hà Nội`, `tại Viêng Chăn`: where the meeting is, before the place's name
_AT_PLACE = re.compile(r"(?<![^\W_])(?:đến|tới|sang|tại)\s+(?:thủ\s+đô\s+|thành\s+phố\s+)?$")


def _in_country(ctx: Context, unit: Unit, country: str) -> bool:
    """Whether the sentence sets the meeting in `country` (the guest's own: no visit)."""
    return any(ctx.country_of(m.entity) == country and _AT_PLACE.search(
        unit.low, max(0, m.start - 20), m.start) for m in unit.marks_of("province", "country"))


def _month_of_day(start: str | None) -> str | None:
    """The day of a reception or a call lies within a trip begun on a day not given:
    the visit is dated by its month (`2022-07-07` -> `2022-07`, `--07-07` -> `--07`)."""
    return start[:-3] if start and is_day(start) else start


def _trip_span(unit: Unit, pos: int) -> Any | None:
    """`hội đàm với X nhân chuyến sang Việt Nam ... từ ngày 14 đến 17/4`: the span of
    the guest's trip, rather than the day of the talks."""
    for mention in unit.dates_in(pos):
        if getattr(mention, "end_value", None) and "chuyến" in unit.low[pos : mention.start]:
            return mention
    return None


# `tiếp (thân mật) (và làm việc với) Đoàn đại biểu tỉnh Attapeu (Lào) do ông X, Phó Bí thư
# dẫn đầu`
_RECEIVE = re.compile(
    r"(?<![^\W_])(?:tiếp|đón|tiếp đón|đón tiếp)(?:\s+(?:thân\s+mật|trọng\s+thể|xã\s+giao))?"
    r"(?:\s+và\s+làm\s+việc\s+với)?\s+(?:các\s+)?đoàn(?![^\W_])"
)
# (a leader's chain of titles may run to three lines before `làm trưởng đoàn`)
LED_BY = re.compile(r"(?<![^\W_])do\s+([^.;]{1,300}?)\s*(?:làm trưởng đoàn|dẫn đầu)")


def received_delegations(ctx: Context, unit: Unit, lead: Any | None) -> list[Fact]:
    """A delegation received by a host: the person who leads it (else its province)
    visits the host's province (else the host's side of the article)."""
    facts: list[Fact] = []
    for verb in _RECEIVE.finditer(unit.low):
        led = LED_BY.search(unit.low, verb.end(), verb.end() + 400)
        if led is None:
            continue
        leaders = unit.marks_of("person", lo=led.start(1), hi=led.end(1))
        sent_by = unit.marks_of("province", "country", lo=verb.end(), hi=led.start())
        visitor = leaders[0] if leaders else (sent_by[0] if sent_by else None)
        if visitor is None:
            continue
        home = ctx.country_of(visitor.entity) or (
            ctx.country_of(sent_by[0].entity) if sent_by else None)
        hosts = [m for m in unit.marks_of("province", hi=verb.start())
                 if ctx.country_of(m.entity) != home]
        destination = hosts[-1].entity if hosts else _host_side(ctx, home)
        if destination is None or home is None or ctx.country_of(destination) == home:
            continue
        # the sentence's opening date, else one right after the leader (`... dẫn đầu, ngày
        # 5-6/7`), else the article's dateline
        told = [d for d in unit.dates if 0 <= d.start - led.end() <= 24]
        when = unit.dateline(len(unit.text)) or (told[0] if told else lead)
        start, end = range_of(unit, when) if when in unit.dates else (
            getattr(when, "value", None), None)  # a span of days is the delegation's stay
        if start is None and ctx.published:
            start = ctx.published[:7]  # a reception the report gives no date: its month
        kind = next((k for k, cue in _KINDS if cue.search(unit.low)), "working")
        fields = {"visitor": visitor.entity, "destination": destination, "start": start,
                  "end": None if end == start else end, "kind": kind}
        facts.append(Fact("visit", fields, unit.evidence, 0.6, "visit.received-delegation"))
    return facts


# `Đoàn đại biểu Bộ Tư lệnh ... Việt Nam do Trung tướng X, Tư lệnh ... làm trưởng đoàn, đã
# đến chào xã giao Thượng tướng Y, Bộ trưởng Quốc phòng Lào`
_SENDING = re.compile(r"(?<![^\W_])đoàn(?![^\W_])")
_CALLS = re.compile(r"[\s,]*(?:đã\s+|vừa\s+)?(?:" + alternation(_T["callers"]) + r")")
# `Đoàn ... do đồng chí X, <titles> đã đến chào xã giao ...`: the lead verb left out
_LED_ELIDED = re.compile(r"(?<![^\W_])do\s+([^.;]{1,300}?)(?=[\s,]*(?:đã|vừa)\s+(?:"
                         + alternation(_T["callers"]) + r"))")
_SENDER_REACH = 160  # from the delegation's word to `do` its leader
_HOST_REACH = 200  # the host called on, after a chain of party and state titles


def calling_delegations(ctx: Context, unit: Unit, lead: Any | None) -> list[Fact]:
    """A delegation that calls on a host: the person who leads it (else the province or
    country that sends it) visits the host's country."""
    facts: list[Fact] = []
    leads = list(LED_BY.finditer(unit.low))
    if not leads:
        leads = list(_LED_ELIDED.finditer(unit.low))
    for led in leads:
        call = _CALLS.match(unit.low, led.end())
        sent = [m for m in _SENDING.finditer(unit.low, max(0, led.start() - _SENDER_REACH),
                                             led.start())]
        if call is None or not sent:
            continue
        host = _person(ctx, unit, call.end(), call.end() + _HOST_REACH, last=False)
        leaders = unit.marks_of("person", lo=led.start(1), hi=led.end(1))
        senders = unit.marks_of("province", "country", lo=sent[-1].end(), hi=led.start())
        visitor = leaders[0] if leaders else (senders[0] if senders else None)
        if host is None or visitor is None:
            continue
        home = ctx.country_of(senders[0].entity) if senders else ctx.country_of(visitor.entity)
        destination = ctx.country_of(host.entity)
        if home is None or destination is None or home == destination:
            continue
        when = unit.dateline(len(unit.text)) or lead
        start = _month_of_day(getattr(when, "value", None))
        fields = {"visitor": visitor.entity, "destination": destination, "start": start,
                  "end": None, "kind": "working"}
        facts.append(Fact("visit", fields, unit.evidence, 0.6, "visit.calling-delegation"))
    return facts


def _host_side(ctx: Context, guest_country: str | None) -> str | None:
    """The article's province on the other side from the guest, else that side's country
    (a delegation received at a national body's seat, no province named)."""
    if guest_country == HOME:
        return ctx.partner_province or ctx.partner_country
    return (ctx.vn_province or HOME) if guest_country else None
