"""`agreement` facts: signed documents.

An agreement needs a signing verb followed by a document noun (`ký ... bản
ghi nhớ`), or a document dated by its signing (`Hiệp định ... (ký tháng
11/2022)`): talk about agreements in general (`mở rộng thỏa thuận hợp tác ký
kết`) makes no fact. A province that signs with several partners makes one
fact per partner. A list of the documents a ceremony signed (`văn kiện gồm:
Thỏa thuận ... giữa A và B; Kế hoạch ... giữa C và D`) makes one fact per
item, between the sides the item names, in place of the ceremony's own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from langgieng.extract.clauses import clause_bounds, has_future
from langgieng.extract.facts.context import (
    HOME,
    NEIGHBOURS,
    OWN_PROVINCE,
    Context,
    Unit,
    alternation,
    cue_regex,
    vocabulary,
)
from langgieng.extract.facts.timing import (
    counted_back,
    first_after,
    is_comparison,
    month_of,
    value_of,
    year_kept,
)
from langgieng.extract.published import SUPERSEDING, supersedes
from langgieng.extract.scanning import may_match, needed_literals
from langgieng.model import Fact
from langgieng.normalize import match_form

_T = vocabulary("triggers")["agreement"]
_SIGN = re.compile(
    rf"(?<!{_T['sign_not_before'][0]} )" + alternation(_T["sign"])
    + rf"(?!\s+(?:{'|'.join(_T['sign_not_after'])})(?![^\W_]))"
)
_HAND_OVER = cue_regex(_T["hand_over"])
_COMMUNIQUES = next(w for k, w in _T["documents"] if k == "communique")
_ADOPT = re.compile(alternation(_T["adopt"]) + r"\s+(?:bản\s+|một\s+)?(?="
                    + alternation(_COMMUNIQUES) + ")")
_CONFERENCE = cue_regex(_T["adopt_not_with"])
_AGREED = ("thống nhất", "nhất trí", "đàm phán")  # (done when `đã` or `hoàn thành` opens them)
_NOT_BEFORE = re.compile(alternation(_T["not_before"]) + r"[\s,]+(?:\w+\s+){0,1}$")
_DOCS = [(kind, word) for kind, words in _T["documents"] for word in words]
_DOC = cue_regex([word for _, word in _DOCS])
_KIND_OF = {match_form(word).lower(): kind for kind, word in _DOCS}
_DATED = re.compile(r"\s*\(?\s*(?:" + alternation(_T["dated_sign"]) + r")")
# `trao Biên bản ghi nhớ hợp tác`: handing over a named document is its signing
_HAND_OVER_DOC = re.compile(r"(?<![^\W_])trao(?=\s+(?:cho\s+nhau\s+)?" + _DOC.pattern + ")")
_TOPICS = [(cue_regex([vi]), en) for vi, en in _T["topics"]]
_STOP = re.compile("|".join(re.escape(s) for s in _T["name_stops"]))
_WITH = cue_regex(_T["with"])
_TOPIC_STOP = re.compile(r"[.;(]|" + alternation(_T["with"] + ["nhân dịp", "nhằm"]))
_PAIR_PROV = cue_regex(_T["pair_words"]["provinces"])
_PAIR_COUNTRY = cue_regex(_T["pair_words"]["countries"])
_DOC_REACH = 90
_PASSIVE_REACH = 100  # `bản ghi nhớ giữa <two bodies, their provinces> giai đoạn ... được ký kết`
# (`..., tầm nhìn 2030`, the comma inside a strategy's title, does not end the name)
_SIGNED_AFTER_PARTIES = re.compile(r"giữa(?:[^.;,()]|,(?=\s*tầm\s+nhìn)){3,160}?(?=\s+(?:được\s+|"
                                   r"đã\s+)?ký(?:\s+kết)?\s+(?:vào\s+)?(?:ngày|năm|tháng)\s)")
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những)\s+(?:[^\W\d_]+,?\s+){0,3}$")
_PASSIVE = re.compile(r"(?<![^\W_])(?:được|đã được)\s+$")
# `Thỏa thuận ... (đã) ký kết giữa A và B`: the verb, then the sides of the document before it
_SIGNED_BETWEEN = re.compile(r"\s*(?:kết\s+)?(?=giữa\s)")


# a name's word that opens another document's name (`Nghị định thư này ... với các Hiệp
# định Biên giới 1985`): that document's year is its own
_NOT_A_DOCUMENT = r"(?!(?:Hiệp|Nghị\s+định|Thỏa|Thoả)\s)"


def _name_then_year(words: int) -> str:
    """A document's name of up to `words` words (dashes between, `Việt Nam-Lào`), then
    its year, or the day it was signed (`Hiệp định vận tải đường bộ ngày 1/6/1998`,
    `Hiệp ước ... Việt Nam - Lào (18/7/1977)`)."""
    word = rf"\s+(?:[-–]\s+)?{_NOT_A_DOCUMENT}[^\W\d_]+(?:[-–][^\W\d_]+)?"
    return (rf"(?P<name>(?:{word}){{0,{words}}}?)[”\"]?"
            r"\s*(?:\s(?:năm\s+)?|(?:\s(?:ký\s+)?ngày\s+|\(\s*(?:ngày\s+)?)(?P<day>\d{1,2})\s*[/.-]"
            r"\s*(?P<month>\d{1,2})\s*[/.-]\s*)"
            r"(?P<year>(?:19[4-9]|20[0-4])\d)(?!\d)")


# a document's proper name (`Hiệp định Bổ sung`), then its year (`Hiệp ước Hữu nghị và
# Hợp tác Việt Nam - Lào năm 1977`: up to ten words)
_TIME_WORDS = frozenset({"trong", "vào", "từ", "đến", "tới", "sau", "trước", "đầu", "cuối", "cả"})
_TREATIES = ("Hiệp định", "Hiệp ước", "Nghị định thư")  # state documents, unlike `Thỏa thuận`
_NAMED_YEAR = re.compile(r"(?<![^\W_])(?:Hiệp định|Hiệp ước|Nghị định thư|Thỏa thuận|Thoả thuận)"
                         + _name_then_year(20))
# `Hiệp ước bổ sung Hiệp ước hoạch định biên giới năm 1985 và Hiệp ước bổ sung năm 2005`,
# `thay thế Hiệp định Thương mại đã ký giữa Chính phủ A và Chính phủ B năm 1998`: the
# documents another one supplements, amends or replaces, each with the year it was signed
_SUPPLEMENTED = re.compile(rf"(?<![^\W_]){SUPERSEDING}\s+(?=" + _DOC.pattern + ")")
_NAMED_YEAR_NEEDS = needed_literals(_NAMED_YEAR)
_EARLIER_YEAR = re.compile(_name_then_year(14))
_AND_DOC = re.compile(r"\s+và\s+(?=" + _DOC.pattern + ")")
# between a signing verb and a document: what is signed is about the document
_ABOUT_DOC = cue_regex(_T["about_document"])
# `ký kết và thực hiện Bản ghi nhớ`: signed and carried out, the document itself
_AND_CARRIED_OUT = re.compile(r"(?:\s+kết)?\s+và\s+(?:thực\s+hiện|triển\s+khai)\s+"
                              r"(?:các\s+)?[\"“]?")
# `lễ ký kết hợp tác giữa tỉnh A với tỉnh B`, `A và B đã ký kết hợp tác giai đoạn 2021 -
# 2025`: cooperation signed, the document unnamed
_SIGNED_COOPERATION = re.compile(
    r"\s+(?:kết\s+)?(?:(?:các\s+)?văn\s+kiện\s+)?(hợp tác)(?=\s+(?:giữa|với|toàn diện|giai đoạn))")
# `... đã thực hiện nghi thức ký kết biên bản.`: the record of a meeting of two sides, signed
# formally (`ký kết`) and named by no other word, is their agreement; so is a document named
# by the work the sides go on with together (`ký kết văn bản tiếp tục phối hợp tìm kiếm ...`)
_SIGNED_RECORD = re.compile(r"(?<=kết)\s+((?:biên|văn)\s+bản)(?=\s*(?:[.;]|$)"
                            r"|\s+(?:với|giữa|(?:tiếp\s+tục\s+)?phối\s+hợp)\s)")
# `Lễ ký kết hợp tác tìm kiếm, quy tập ...`: a ceremony where cooperation is signed
_CEREMONY_COOPERATION = re.compile(r"\s+(?:kết\s+)?(hợp tác)(?![^\W_])")


# `buổi hội đàm và ký kết`: a session of talks and signing
_SIGNING_SESSION = re.compile(r"(?<![^\W_])buổi\s+(?:hội\s+đàm|làm\s+việc|hội\s+nghị)\s+và\s+$")
# `... và ký kết hợp tác`: what is signed follows (not its sides: `ký kết giữa A và B`)
_SIGN_OBJECT = re.compile(r"\s+(?:kết\s+)?(?!giữa\s)[^\W\d_]")


def _cooperation_ceremony(low: str, sign: re.Match[str]) -> re.Match[str] | None:
    """`đã tổ chức Lễ ký kết hợp tác tìm kiếm ...`, or a sentence that opens with `Ký kết
    hợp tác ...`: cooperation signed at a ceremony, whatever its topic (the ceremony tells
    it was signed, not talked of); `buổi hội đàm và ký kết` names a signing session, of a
    document it does not name."""
    if _SIGNING_SESSION.search(low, max(0, sign.start() - 30), sign.start()) and not (
            _SIGN_OBJECT.match(low, sign.end())):
        return sign
    if _witnessed(low, sign) and (documents := _CEREMONY_DOCUMENTS.match(low, sign.end())) and not (
            has_future(low, *clause_bounds(low, sign.start()))):
        # `chứng kiến lễ ký kết 10 văn kiện hợp tác`: the ceremony's documents (unnamed
        # ones still to be signed are no fact)
        return documents
    # (`Ký kết hợp tác tìm kiếm ...` opening a headline: the signing is the news)
    if not low.endswith("lễ ", 0, sign.start()) and low[:sign.start()].strip():
        return None
    return _CEREMONY_COOPERATION.match(low, sign.end())


_WITNESSED = re.compile(r"(?:chứng\s+kiến|lễ)\s+(?:lễ\s+)?$")


def _witnessed(low: str, sign: re.Match[str]) -> bool:
    """A signing at a ceremony or before witnesses (`chứng kiến lễ ký kết`)."""
    return bool(_WITNESSED.search(low, max(0, sign.start() - 24), sign.start()))
_CEREMONY_DOCUMENTS = re.compile(
    r"\s+(?:kết\s+)?(?:các\s+|\d{1,2}\s+|hai\s+|ba\s+|bốn\s+|năm\s+)?(văn\s+(?:kiện|bản))"
    r"(?![^\W_])")


# `lễ ký kết giữa Ban A với Ban B (Campuchia) về việc thống nhất nội dung Kế hoạch ...`:
# long sides, then what was signed after `về`
_SIDES_THEN_ABOUT = re.compile(r"\s+giữa\s[^.;]{5,220}?\s+về\s+(?:việc\s+)?")
_ABOUT_REACH = 60
_PARTIES_REACH = 60  # `giữa tỉnh A và tỉnh B (`: from the name's end to its dating bracket
_PAIR_BEFORE, _PAIR_AFTER = 100, 40  # the part of a sentence whose names sign a document
_TERM = cue_regex(_T["term"])
_OCCASION = cue_regex(_T["occasion"])
# a document opening an item of a list (`1. Thỏa thuận`, `- Bản ghi nhớ`)
_QUOTED_DOC = re.compile(r"[“\"]\s*(?P<doc>" + _DOC.pattern + r")[^”\"]{0,240}[”\"]")
# a list after a signing (`như:`, `gồm:`), and each of its items opening with a document
_LIST_OPENER = re.compile(r"(?<![^\W_])(?:như|gồm(?:\s+có)?|là)\s*:\s*")
_ITEM_OPENING = re.compile(r"(?:bản\s+(?!ghi))?(?=" + _DOC.pattern + ")")  # `Bản Thỏa thuận`
_NEXT_ITEM = re.compile(r"(?:[;,]\s*|\s+và\s+)" + _ITEM_OPENING.pattern)
_ITEM_DOC = re.compile(r"\s*(?:[-–+•]\s*|\(?\d{1,2}[.)]\s*)?(?P<doc>" + _DOC.pattern + ")")
# a side that is a body within a country (`giữa Bộ Công an Việt Nam và ...`)
_BODY = re.compile(r"(?<![^\W_])(?:bộ|ban|đảng|ủy\s+ban|tổng\s+cục|cục|ngân\s+hàng|công\s+ty"
                   r"|tòa\s+án|viện\s+kiểm\s+sát"
                   r"|tập\s+đoàn|trường|viện|hội|học\s+viện|quân\s+khu|sở|phòng|liên\s+đoàn)(?![^\W_])")
_COMPANY = re.compile(r"(?<![^\W_])(?:tập\s+đoàn|công\s+ty|doanh\s+nghiệp|holding)(?![^\W_])")
_IN_COMPANY_NAME = re.compile(_COMPANY.pattern + r"[^,;.()]*$")
_NAME_REACH = 40  # a company's name, up to its province
# a ministry or its minister as who signs (`hai Bộ trưởng`, `Bộ Quốc phòng Lào`)
_MINISTERS = re.compile(r"(?<![^\W_])(?:hai\s+)?bộ(?:\s+trưởng)?\s+(?!đội|ngành)[^\W\d_]")
_OF_MINISTRIES = re.compile(r"[^.;]{0,60}?(?:giữa|của)\s+hai\s+(?:bộ|tòa\s+án|viện\s+kiểm\s+sát"
                            r"|cơ\s+quan)(?![^\W_])")
# a ministry's agreement or minutes, not a state's treaty (`Hiệp định`, `Nghị định thư`)
_OWN_DOCUMENT = re.compile(r"(?:bản\s+)?(?:thỏa|thoả)\s+thuận|biên\s+bản")
# the two sides of one document: `giữa A và B` (or `với B`), up to the end of its item
_BETWEEN, _AND = re.compile(r"giữa\s+"), re.compile(r"\s+(?:và|với)\s+")
_ITEM_END = re.compile(r"[.;]")
# `các văn kiện hợp tác`: documents signed at a ceremony, not one of them
_COUNTED_LIST = re.compile(r"\d+\s+(?:văn\s+bản|văn\s+kiện)[^:.;]{0,40}?(?:bao\s+)?gồm\s*:")
# `giữa Quốc hội hai nước`, `giữa Bộ Công an hai nước`: the same body of each country
_OF_BOTH = re.compile(r"giữa\s+(?P<body>[^\W\d_][^,.;()\d]{1,40}?)\s+hai\s+nước(?![^\W_])")
# `giữa Tây Ninh và ba tỉnh Campuchia`, `với các tỉnh nước bạn`
_COUNTED_PROVINCES = re.compile(
    r"(?:giữa|với)\s+[^.;,]{2,40}?\s+(?:và|với)\s+(?P<n>hai|ba|bốn|năm|các|\d)\s+tỉnh\s+"
    r"(?:của\s+)?(?:(?:nam|bắc|trung)\s+)?(?:nước\s+bạn|bạn|campuchia|lào)(?![^\W_])")
# `giữa hai Bộ Ngoại giao giai đoạn 2014-2020`: the same ministry of each country
_BOTH_BODIES = re.compile(
    r"\s*giữa\s+hai\s+(?P<body>(?:bộ|tổng\s+cục|văn\s+phòng)\s+[^\W\d_][^,.;()\d]{1,40}?)"
    r"(?=\s+(?:giai\s+đoạn|năm|về|nhằm|trong|tại|vào|ngày)(?![^\W_])|\s*[,.;(]|\s*$)")
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# `Tuyên bố chung Việt Nam - Lào`, `Thông cáo báo chí chung ...`, `Tuyên bố chung về tăng
# cường quan hệ Đối tác ... Việt Nam - Campuchia`: the statement an article gives in full
_STATEMENT_HEADING = re.compile(r"(?:toàn\s+văn\s+)?(?:tuyên\s+bố|thông\s+cáo(?:\s+báo\s+chí)?)"
                                r"\s+chung\s+(?:về\s+[^.;:]{0,120}?\s+)?"
                                r"[^\W\d_]+(?:\s+[^\W\d_]+)?"
                                r"\s*[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?")
_STATE_DOCUMENT = re.compile(r"hiệp\s+ước|nghị\s+định\s+thư")
_AGREEMENT_WORD = re.compile(r"hiệp\s+định")  # the governments', when named in passing
_PLURAL = re.compile(r"(?<![^\W_])các\s+văn\s+kiện")
_ADJACENT = re.compile(r"^[\s(]*(?:(?:kết|vào|hôm|ngày|năm|tháng)\s*)*$")  # `ký (kết) vào ngày`


_SUBJECT_REACH = 150  # characters from a signing clause's first province to its verb


def extract_agreements(ctx: Context) -> list[Fact]:
    """Every signed document; one told again (same parties and kind, no other
    date) is one fact, two signed on different dates are two."""
    found: list[Fact] = []
    previous: Unit | None = None
    for index, unit in enumerate(ctx.units):
        found += _unit_agreements(ctx, unit, previous)
        found += _listed_documents(ctx, index)
        previous = unit
    listed = {f.evidence for f in found if f.rule == "agreement.listed"}
    if listed:  # the ceremony's documents, named: its `các văn kiện` and the list's own
        # sentence told as one signing are the same documents
        found = [f for f in found if f.rule in ("agreement.listed", "agreement.supplemented") or (
            f.rule != "agreement.documents" and f.evidence not in listed)]
    found = _ministerial(ctx, found) + _statement_heading(ctx)
    for fact in found:
        _not_after_the_report(ctx, fact)
    merged: list[Fact] = []
    for fact in found:
        kept = next((k for k in merged if _same_document(k, fact)), None)
        if kept is None:
            merged.append(fact)
            continue
        for name in ("date", "topic"):
            kept.fields[name] = kept.fields[name] or fact.fields[name]
        if fact.fields["date"] and len(fact.fields["date"]) > len(kept.fields["date"]):
            kept.fields["date"] = fact.fields["date"]  # the day, over its year
    _date_by_report(ctx, merged)
    return [fact for fact in merged if _of_the_record(fact)]


def date_statements_by_visit(facts: list[Fact]) -> None:
    """`Nhân chuyến thăm chính thức Campuchia của Thủ tướng X, hai nước đã ra Tuyên bố
    chung`: a joint statement of two countries that the text dates nowhere closes the one
    visit it reports into either of them: it is of that visit's month."""
    months: dict[str, set[str | None]] = {}
    for visit in (f.fields for f in facts if f.type == "visit" and f.fields["start"]
                  and f.fields.get("status") == "held"):
        months.setdefault(visit["destination"].split("/")[0], set()).add(
            month_of(visit["start"]))
    for fact in facts:
        fields = fact.fields
        if fact.type != "agreement" or fields["kind"] != "communique" or fields["date"]:
            continue
        told = set().union(*(months.get(p, set()) for p in fields["parties"]))
        if len(fields["parties"]) == 2 and len(told) == 1:
            fields["date"] = told.pop()


def _of_the_record(fact: Fact) -> bool:
    """A document Cambodia's or Laos's side signs, or bodies the text names; Vietnam's
    with a third country alone (`Việt Nam và Nhật Bản ký Hiệp định`) is none of it."""
    places = [p.split("/")[0] for p in fact.fields["parties"]
              if not p.startswith(("org/", "person/"))]
    return len(places) < len(fact.fields["parties"]) or bool(set(places) & NEIGHBOURS)


def _date_by_report(ctx: Context, facts: list[Fact]) -> None:
    """A signing told with no date and not as done before (`Hai Bộ trưởng ký biên bản
    ...` under a photo, `cùng ký kết thỏa thuận`) is news of the report's day."""
    day: Any = None
    for fact in facts:
        if fact.fields["date"] is not None or fact.rule != "agreement.sign":
            continue
        unit = ctx.unit_of(fact)
        if unit is None or _signed_before(unit.low) or any(
                not _term_of_document(unit, m) for m in unit.dates):
            continue  # (a sentence with a date of its own is dated by it, or not)
        day = day or _report_day(ctx)
        if day is None:
            return
        # `Từ ngày 7-8/7, ... đoàn ... thăm` then `... ký kết thỏa thuận`: signed on one
        # of the days of the lead's span, so in its month
        spanned = not isinstance(day, str) and day.end_value not in (None, day.value)
        date = day if isinstance(day, str) else value_of(day)
        fact.fields["date"] = date[:7] if spanned and date else date
        fact.rule = "agreement.sign-on-report-day"


def _not_after_the_report(ctx: Context, fact: Fact) -> None:
    """A document reported signed is not signed after the report: a later year, alone,
    is the one it plans for (`ký kết Bản thỏa thuận phối hợp công tác trong năm 2020` in a
    report of 19/11/2019): it was signed on the report's day, when that is known."""
    date, published = fact.fields.get("date"), ctx.published or ""
    later_year = isinstance(date, str) and len(date) == 4 and date > published[:4]
    if later_year and len(published) == 10 and not has_future(
            ctx.low, fact.evidence.start, fact.evidence.end):
        fact.fields["date"] = published


def _statement_heading(ctx: Context) -> list[Fact]:
    """`(Toàn văn) Tuyên bố chung Việt Nam - Lào` as a heading: the article is the statement,
    of the two countries it names, dated by the month of the first full date after it
    (the visit it closes)."""
    units = ([ctx.title] if ctx.title else []) + ctx.units
    for unit in units:
        if not _STATEMENT_HEADING.fullmatch(unit.low.strip(" .")):
            continue
        countries = list(dict.fromkeys(m.entity for m in unit.marks_of("country")))
        if len(countries) != 2:
            continue
        later = [d for u in ctx.units if u.start > unit.start for d in u.dates
                 if len(d.value or "") == 10]
        month = min(later, key=lambda d: d.start).value[:7] if later else None
        fields = {"parties": sorted(countries, key=lambda e: e != HOME), "kind": "communique",
                  "topic": None, "date": month}
        return [Fact("agreement", fields, unit.evidence, 0.75, "agreement.statement-heading")]
    return []


def _ministerial(ctx: Context, found: list[Fact]) -> list[Fact]:
    """Documents ministries sign (no parties) are no facts, and a headline saying
    the two countries signed such a document (same kind and topic) means theirs."""
    theirs = {(f.fields["kind"], f.fields["topic"]) for f in found if not f.fields["parties"]}
    return [f for f in found if f.fields["parties"] and not (
        f.evidence.start <= ctx.headline_end and (f.fields["kind"], f.fields["topic"]) in theirs)]


def _same_document(a: Fact, b: Fact) -> bool:
    fa, fb = a.fields, b.fields
    if "agreement.supplemented" in (a.rule, b.rule) and a.rule != b.rule and (
            a.evidence == b.evidence):
        return False  # `ký Hiệp định ... thay thế Hiệp định ... năm 1998`: two documents
    if "agreement.joined" in (a.rule, b.rule) and a.evidence == b.evidence and (
            a.rule != b.rule or fa["topic"] != fb["topic"]):
        return False  # `ký Hiệp ước ... và Nghị định thư ...`: two documents of one signing
    if a.rule == b.rule == "agreement.listed" and (fa["topic"] != fb["topic"] or (
            fa["topic"] is None) or a.evidence == b.evidence):
        return False  # two items of a list are two documents, unless plainly the same
    if a.rule == b.rule == "agreement.named" and None not in (fa["topic"], fb["topic"]) and (
            fa["topic"] != fb["topic"]):
        return False  # `Hiệp định về quy chế biên giới năm 2016; ... Nghị định thư về đường
        # biên giới và mốc quốc giới năm 2016`: two documents named, each with its subject
    return (
        set(fa["parties"]) == set(fb["parties"]) and fa["kind"] == fb["kind"]
        and (not fa["date"] or not fb["date"] or fa["date"] == fb["date"]
             or _refines(fa, fb) or _refines(fb, fa))
    )


def _refines(fine: dict[str, Any], coarse: dict[str, Any]) -> bool:
    """`Hiệp định ... vận tải đường bộ ngày 1/6/1998` and, elsewhere, the road transport
    agreement of 1998: one document of one topic, its day told once."""
    return (fine["topic"] is not None and fine["topic"] == coarse["topic"]
            and len(fine["date"]) > len(coarse["date"]) and fine["date"].startswith(coarse["date"]))


def _unit_agreements(ctx: Context, unit: Unit, previous: Unit | None) -> list[Fact]:
    documents = _earlier_documents(unit)
    facts: list[Fact] = (_named_with_year(ctx, unit, {doc.start() for doc, _ in documents})
                         + _supplemented(ctx, unit, documents)
                         + _named_with_period(ctx, unit))
    low = unit.low
    if not _may_sign(low) and "trao" not in low and not any(w in low for w in _COMMUNIQUES):
        return facts  # every other rule needs a signing verb, a handing-over or a statement
    # an earlier document's name (`thay thế Hiệp định ... đã ký ... năm 1998`) holds
    # neither a signing of this report nor its date
    earlier = [(doc.start(), year.end()) for doc, year in documents]
    for sign in _signings(unit.low):
        if (_not_signed(unit.low, sign.start()) and not _adopted_together(unit.low, sign)) or any(
                lo <= sign.start() < hi for lo, hi in earlier):
            continue
        doc = _DOC.search(unit.low, sign.end(), sign.end() + _DOC_REACH)
        if doc is None or "." in unit.low[sign.end() : doc.start()]:
            doc = (_SIGNED_COOPERATION.match(unit.low, sign.end())
                   or _SIGNED_RECORD.match(unit.low, sign.end()) or _passive_subject(unit, sign)
                   or _signed_about(unit.low, sign.end()) or _cooperation_ceremony(unit.low, sign))
            if doc is None:
                continue
        if _summed_up(unit.low, sign.end(), doc.end()) and not _witnessed(unit.low, sign):
            continue  # (tens of documents at a ceremony witnessed are its own)
        generic = bool(_PLURAL.search(unit.low, sign.start(), doc.end()))
        if _ABOUT_DOC.search(unit.low, sign.end(), doc.start()) and not (
                _AND_CARRIED_OUT.fullmatch(unit.low, sign.end(), doc.start())):
            continue  # `ký kết Báo cáo sơ kết 1 năm thực hiện Thỏa thuận`: a report is signed
        when: Any = _when_signed(unit, sign.start(), sign.end(), _name_end(unit, doc.end()))
        if when is not None and any(lo <= when.start < hi for lo, hi in earlier):
            when = None
        rule = "agreement.documents" if generic else "agreement.sign"
        since = counted_back(unit.low, sign.start(), year_kept(unit, ctx.published))
        if since is not None:  # the sentence's date is then the anniversary's
            when, rule = _day_counted_from(unit, doc.end(), since), "agreement.anniversary"
        elif when is None and (talks := _talks_date(ctx, unit)) is not None:
            when, rule = talks, "agreement.after-talks"
        elif when is None and _OCCASION.search(unit.low) and (lead := _lead_date(ctx)):
            when, rule = lead, "agreement.sign-on-lead-date"
        elif when is None and previous is not None and not unit.dates:
            when = previous.dateline(len(previous.text))  # `Chiều 7/1, ... hội đàm. Hai bên ký`
        elif unit.start <= ctx.headline_end and (day := _lead_day(ctx, when)) is not None:
            when, rule = day, "agreement.headline-on-lead-date"
        facts += _facts(ctx, unit, sign.start(), doc, when, rule)
        for joined in _joined_documents(unit.low, doc, earlier):
            if _NAMED_YEAR.match(unit.text, joined.start()):
                continue  # `... và Hiệp định thương mại năm 2015`: named with its own year
            facts += _facts(ctx, unit, sign.start(), joined, when, "agreement.joined",
                            topic_from=joined.start())
    for doc in _DOC.finditer(unit.low):
        dated = _dated_after(unit.low, _name_end(unit, doc.end()))
        if dated is None:
            continue
        # from the verb: a date mention may open with its own `ngày`
        when = first_after(unit, dated.start(), dated.end() + 20)
        if when is not None:
            facts += _facts(ctx, unit, doc.start(), doc, when, "agreement.dated")
    return facts


# `đã ký kết 29 văn bản thỏa thuận ... với nhiều địa phương của Lào như: ...`: years of
# documents summed up, with examples of partners; no one signing to tell
_MANY_DOCUMENTS = re.compile(r"(?<![\d.,])(?:[1-9]\d{1,3})\s+(?:văn\s+bản|văn\s+kiện)(?![^\W_])")
_MANY_PARTNERS = re.compile(r"(?:với|cùng)\s+nhiều\s+(?:địa\s+phương|tỉnh|đối\s+tác)")
_SUM_REACH = 80


# `ký Hiệp ước ... và Nghị định thư ...`, `ký Bản ghi nhớ ..., Thỏa thuận ... và ...`: the
# next document the signing's object names, after `và` or a comma
_JOINED_DOC = re.compile(r"(?:\s+và|\s*,(?:\s+và)?)\s+" + _ITEM_OPENING.pattern)
_OBJECT_END = re.compile(r"[.;:!?\n]")
_MANY_BEFORE = re.compile(r"(?<![^\W_])(?:nhiều|các|những)\s+$")
_JOINED_REACH = 240  # from one document's name to the next one's


def _joined_documents(low: str, doc: re.Match[str],
                      earlier: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The other documents one signing names after `doc`, each a document of its own,
    but not one an earlier document's name holds (`bổ sung Hiệp ước năm 1985 và Hiệp ước
    bổ sung năm 2005` names what is supplemented, not what is signed)."""
    found: list[re.Match[str]] = []
    if _MANY_BEFORE.search(low, max(0, doc.start() - 12), doc.start()):
        return found  # `ký nhiều hiệp định, thỏa thuận hợp tác`: kinds of documents, none named
    stop = _OBJECT_END.search(low, doc.end())
    hi = stop.start() if stop else len(low)
    pos = doc.end()
    while (pos < hi and (glue := _JOINED_DOC.search(low, pos, min(hi, pos + _JOINED_REACH)))
           and (joined := _DOC.match(low, glue.end())) is not None):
        if not any(lo <= joined.start() < end for lo, end in earlier):
            found.append(joined)
        pos = joined.end()
    return found


def _summed_up(low: str, sign_end: int, doc_end: int) -> bool:
    """Documents counted in tens, or signed with `nhiều` partners: a record of years."""
    return bool(_MANY_DOCUMENTS.search(low, sign_end, doc_end)
                or _MANY_PARTNERS.search(low, doc_end, doc_end + _SUM_REACH))


def _listed_documents(ctx: Context, index: int) -> list[Fact]:
    """`11 văn kiện gồm có: Thỏa thuận hợp tác giữa UBND tỉnh A và Chính quyền tỉnh
    B; Kế hoạch hợp tác giữa ...`: two or more items, each a document between the
    sides it names, after a signing told in this sentence or one of the few before
    it, whose date they take."""
    unit = ctx.units[index]
    if dated := _dated_list(ctx, index):
        return dated
    # `3 văn bản hợp tác gồm: ...`: a list, however long
    counted = "gồm" in unit.low and _COUNTED_LIST.search(unit.low)
    if unit.low.count("giữa") < 2 and not counted:  # else two items, each `... giữa A và B`
        return _quoted_documents(ctx, index)
    items = [(lo, hi, doc) for lo, hi in _items(unit.low)
             if (doc := _ITEM_DOC.match(unit.low, lo, hi)) and "giữa" in unit.low[lo:hi]]
    if len(items) < (1 if counted else 2):
        return _quoted_documents(ctx, index)
    ceremony = _ceremony(ctx, index) or _told_before(ctx, index)
    if ceremony is None:
        return []
    facts = []
    for lo, hi, doc in items:
        pair = _item_sides(unit, unit.low.find("giữa", lo, hi), hi)
        if pair is None:
            continue
        kind = _kind_of(doc.group("doc"))
        fields = {"parties": pair, "kind": kind, "topic": _topic(unit, doc.start(), doc.end()),
                  "date": ceremony}
        facts.append(Fact("agreement", fields, unit.evidence, 0.75, "agreement.listed"))
    return facts


def _dated_list(ctx: Context, index: int) -> list[Fact]:
    """`đã ký các thỏa thuận ... như: Bản ghi nhớ năm 2019 về ..., Hiệp định ... năm 2024,
    Bản Thỏa thuận ... giai đoạn 2025 - 2026`: documents a signing lists one by one, some
    with the year each was signed. The list is a record of years, so each item keeps its
    own year, and one told without a year (or with a period it runs over) has no date."""
    unit = ctx.units[index]
    signs = _signings(unit.low)
    opener = _LIST_OPENER.search(unit.low, signs[0].end()) if signs else None
    if opener is None:
        return []
    first = _ITEM_OPENING.match(unit.low, opener.end())
    if first is None:
        return []
    starts = [first.end(), *(m.end() for m in _NEXT_ITEM.finditer(unit.low, first.end()))]
    if len(starts) < 2:
        return []
    items = list(zip(starts, [*starts[1:], len(unit.low)], strict=True))
    years = [_own_year(unit, lo, hi) for lo, hi in items]
    if not any(years):
        return []
    facts = []
    for (lo, hi), year in zip(items, years, strict=True):
        doc = _DOC.match(unit.low, lo)
        if doc is None:
            continue
        between = unit.low.find("giữa", lo, hi)
        if between < 0:
            pairs = _pairs(ctx, unit, signs[0].start(), doc, hi)
        elif (sides := _item_sides(unit, between, hi)) is not None:
            pairs = [sides]
        else:
            continue  # between bodies it cannot tell (two ministries): no country signs
        for pair in pairs:
            fields = {"parties": pair, "kind": _kind_of(doc.group(0)),
                      "topic": _topic(unit, lo, doc.end()), "date": year}
            facts.append(Fact("agreement", fields, unit.evidence, 0.75, "agreement.listed"))
    return facts


def _own_year(unit: Unit, lo: int, hi: int) -> str | None:
    """The date an item of a list names its document by: not a period it runs over
    (`giai đoạn 2025 - 2026`), nor an earlier document's (`bổ sung Hiệp ước ... năm 1985`)."""
    if _SUPPLEMENTED.search(unit.low, lo, hi):
        return None
    for mention in unit.dates_in(lo, hi):
        if value_of(mention) == mention.value and not is_comparison(unit, mention):
            return str(mention.value)
    return None


def _kind_of(document: str, default: str | None = "agreement") -> str | None:
    """The kind (`mou`, `plan`, ...) of a document by the words that name it."""
    return _KIND_OF.get(re.sub(r"\s+", " ", match_form(document)), default)


def _quoted_documents(ctx: Context, index: int) -> list[Fact]:
    """`chứng kiến lễ ký "Hiệp định tương trợ tư pháp ... giữa Chính phủ A và B";
    "Hiệp định về chuyển giao người bị kết án"`: two or more quoted titles of
    documents after a signing in the sentence, each its own agreement, between the
    sides its title names, else those of the title before, else the pair of the
    article; dated by the ceremony."""
    unit = ctx.units[index]
    signs = _signings(unit.low)
    if not signs:
        return []
    quoted = [q for q in _QUOTED_DOC.finditer(unit.low) if signs[0].end() <= q.start()]
    if len(quoted) < 2:
        return []
    ceremony = _ceremony(ctx, index) or _told_before(ctx, index)
    facts: list[Fact] = []
    sides: list[str] | None = None
    for q in quoted:
        between = unit.low.find("giữa", q.start(), q.end())
        own = _item_sides(unit, between, q.end()) if between >= 0 else None
        sides = own or sides or _default_pair(ctx, unit, q.start(), q.end())
        if sides is None:
            continue
        kind = _kind_of(q.group("doc"))
        fields = {"parties": list(sides), "kind": kind,
                  "topic": _topic(unit, q.start("doc"), q.end("doc")), "date": ceremony}
        facts.append(Fact("agreement", fields, unit.evidence, 0.75, "agreement.listed"))
    return facts


def _told_before(ctx: Context, index: int) -> str | None:
    """`Sáng 20/12, lễ đón ... Sau khi hội đàm, ... chứng kiến lễ ký "..."`: the date of
    an undated signing's sentence, else of the sentence before it, else the lead's."""
    unit = ctx.units[index]
    for before in reversed(ctx.units[max(0, index - 2) : index]):
        if before.start < unit.start and not unit.dates and (
                opening := before.dateline(20)) is not None:
            return str(value_of(opening))
    lead = _lead_date(ctx)
    return str(value_of(lead)) if lead is not None else None


def _items(low: str) -> list[tuple[int, int]]:
    """The pieces of a sentence between `:` and `;` (a list's items)."""
    cuts = [0, *(m.end() for m in re.finditer(r"[:;]", low)), len(low) + 1]
    return [(lo, hi - 1) for lo, hi in zip(cuts, cuts[1:], strict=False)]


def _item_sides(unit: Unit, between: int, hi: int) -> list[str] | None:
    """The two sides after `giữa` in one item: a Vietnamese province and a foreign
    one, else two organisations, else two countries (`giữa Chính phủ ... Việt Nam
    và Chính phủ ... Lào`) unless a side is a body within one (a ministry)."""
    if pairs := _provinces_between(unit, between, hi):
        return pairs[0]
    bodies = _bodies(unit, between, None)
    if bodies:
        return bodies[0]
    countries = unit.parties_of("country", lo=between, hi=hi)
    if len({m.entity for m in countries}) >= 2 and not _BODY.search(unit.low, between, hi):
        return sorted({m.entity for m in countries}, key=lambda e: e != HOME)
    return None


def _ceremony(ctx: Context, index: int) -> Any | None:
    """The date of the signing a list of documents belongs to: told in its own
    sentence or in one of the three before it (`ngày 6/2, ... chứng kiến Lễ ký`)."""
    for unit in reversed(ctx.units[max(0, index - 3) : index + 1]):
        for sign in _signings(unit.low):
            after = _signing_date(unit, sign.end())  # `hai văn kiện ... ký ngày 05/10/2019`
            if after is not None and not _follows_verb(unit, sign.end(), after):
                after = None
            when = after or _opening_date(unit, sign.start()) or unit.dateline(sign.start())
            if when is not None:
                return value_of(when)
    return None


def _day_counted_from(unit: Unit, pos: int, year: str) -> str:
    """`40 năm Ngày ký Hiệp ước ... (18/7/1977 - 18/7/2017)`: the day the bracketed
    span after the document starts from, when it is in the year counted back."""
    for mention in unit.dates_in(pos, pos + _DOC_REACH + 40):
        if _bracketed_range(unit, mention) and (mention.value or "").startswith(year):
            return str(mention.value)
    return year


def _named_with_year(ctx: Context, unit: Unit, supplemented: set[int]) -> list[Fact]:
    """`các Hiệp định Biên giới 1985, Hiệp định Bổ sung 2005`, `Thỏa thuận Hà Nội năm
    2007`: a document named in passing by its proper name (its first word
    capitalised, unlike `thỏa thuận hợp tác năm 2022`) and the year it was signed. A
    treaty's capital within a sentence names one (`Hiệp ước hoạch định biên giới ... năm
    1977`)."""
    facts: list[Fact] = []
    if not may_match(_NAMED_YEAR_NEEDS, unit.text):
        return facts
    for named in _NAMED_YEAR.finditer(unit.text):
        if named.start() in supplemented:
            continue  # told as the document another supplements (`_supplemented`)
        name = named.group("name").split()
        if name and name[-1].lower() in _TIME_WORDS:
            continue  # `Hiệp ước ... Việt Nam – Lào trong năm 2017`: a time, not the treaty's year
        doc = _DOC.match(unit.low, named.start())
        treaty = (named.group().startswith(_TREATIES) and named.start() > 0
                  and _plain_treaty_name(unit.low, named))
        signed = _signing_day(named)
        if doc is not None and (name and (name[0][0].isupper() or treaty)  # `Biên giới`: a name
                                or not name and treaty and len(signed) == 10):
            # (`Nghị định thư ngày 10/5/2005`: a treaty's day names it)
            facts += _facts(ctx, unit, named.start(), doc, signed, "agreement.named")
    return facts


def _signing_day(named: re.Match[str]) -> str:
    """The year a document is named with, or its day when told (`ngày 1/6/1998`)."""
    year, month, day = named.group("year", "month", "day")
    if month and day and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return year


def _plain_treaty_name(low: str, named: re.Match[str]) -> bool:
    """A treaty's name in small letters names it with its year only when it holds no
    other document (`Hiệp ước bổ sung Hiệp ước ... năm 1985` is the later treaty's)
    and the year opens no period (`giai đoạn 2025-2029`)."""
    name = low[named.start("name") : named.end("name")]
    return not (_DOC.search(name) or _SUPERSEDING_WORD.search(name)
                or _PERIOD_AFTER.match(low, named.end()))


_SUPERSEDING_WORD = re.compile(SUPERSEDING)
_PERIOD_AFTER = re.compile(r"\s*[-–]\s*\d")


# `Thỏa thuận hợp tác giữa tỉnh A và tỉnh B giai đoạn 2021-2025` (or `(năm 2023 - 2024)`):
# sides, then the period;
# or then the year it was signed (`... và chính quyền tỉnh B năm 2019`)
_SIDES_THEN_TERM_OR_YEAR = re.compile(
    r"\s+giữa\s[^.;:()]{5,140}?\s+(?:giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]"
    r"|\(\s*(?:năm\s+|giai\s+đoạn\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*\)"
    r"|(?<!,)(?:được\s+|đã\s+)?(?:ký\s+(?:kết\s+)?)?năm\s+(?P<year>(?:19|20)\d\d)(?![\d/.-]))")
_NAME_WORDS = 4  # `hợp tác toàn diện` between a document's word and its sides
# or the year it was signed, then its sides
_YEAR_THEN_SIDES = re.compile(
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:được\s+|đã\s+)?(?:ký\s+(?:kết\s+)?)?năm\s+"
    r"(?P<year>(?:19|20)\d\d)(?![\d/.-])\s+giữa\s[^.;:()]{5,140}")


def _named_with_period(ctx: Context, unit: Unit) -> list[Fact]:
    """A provinces' document named in passing by its sides and its period, signed before
    the report and not dated here (`Thỏa thuận hợp tác giữa tỉnh A và tỉnh B giai đoạn
    2021-2025`), or by its sides and the year it was signed (`... tỉnh B năm 2019`)."""
    facts: list[Fact] = []
    if "giữa" not in unit.low or "giai đoạn" not in unit.low and "năm" not in unit.low:
        return facts
    previous: int | None = None
    for doc in _DOC.finditer(unit.low):
        if previous is not None and not unit.low[previous : doc.start()].strip():
            continue  # `Bản Ghi nhớ thỏa thuận hợp tác`: one document's name, two words
        previous = doc.end()
        name = re.match(rf"(?:\s+[^\W\d_]+){{0,{_NAME_WORDS}}}?(?=\s+giữa\s)", unit.low[doc.end():])
        sides = name and _SIDES_THEN_TERM_OR_YEAR.match(unit.low, doc.end() + name.end())
        if not sides:  # `Biên bản ghi nhớ ký năm 2019 giữa tỉnh A và tỉnh B`
            sides = _YEAR_THEN_SIDES.match(unit.low, doc.end())
        if not sides:
            continue
        # provinces only: a country named there is mostly that of a body that signs
        # (`giữa Ủy ban MTTQ Việt Nam và ...`), no state's
        marks = unit.parties_of("province", lo=sides.start(), hi=sides.end())
        home = [m.entity for m in marks if m.entity.startswith(HOME + "/")]
        other = [m.entity for m in marks if m.entity not in home]
        if home and other:
            year = sides.group("year")
            if year and year > (ctx.published or "9999")[:4]:
                continue  # `... năm 2026` in a report of 2025: the year it plans for
            fields = {"parties": [home[0], other[0]], "kind": _kind_of(doc.group(0)),
                      "topic": _topic(unit, doc.start(), doc.end()), "date": year}
            facts.append(Fact("agreement", fields, unit.evidence, 0.7, "agreement.named-period"))
    return facts


def _supplemented(ctx: Context, unit: Unit,
                  earlier: list[tuple[re.Match[str], re.Match[str]]]) -> list[Fact]:
    """The documents a document supplements, amends or replaces, named with their year."""
    return [fact for doc, year in earlier
            for fact in _facts(ctx, unit, doc.start(), doc, year.group("year"),
                               "agreement.supplemented")]


def _earlier_documents(unit: Unit) -> list[tuple[re.Match[str], re.Match[str]]]:
    """(document, its name and year) for each document supplemented, amended or replaced,
    and one joined to it by `và` (`... năm 1985 và Hiệp ước bổ sung năm 2005`)."""
    found: list[tuple[re.Match[str], re.Match[str]]] = []
    if not supersedes(unit.low):
        return found
    for word in _SUPPLEMENTED.finditer(unit.low):
        pos = word.end()
        while (doc := _DOC.match(unit.low, pos)) is not None:
            dated = _EARLIER_YEAR.match(unit.low, doc.end())
            if dated is None:
                break
            found.append((doc, dated))
            joined = _AND_DOC.match(unit.low, dated.end())
            if joined is None:
                break
            pos = joined.end()
    return found


def _dated_after(low: str, name_end: int) -> re.Match[str] | None:
    """`(ký ngày 5/3/2020)` right after a document's name, or after the parties
    that end it (`thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 14/05/2018)`)."""
    dated = _DATED.match(low, name_end)
    if dated is None and low.startswith("giữa", name_end):
        bracket = low.find("(", name_end, name_end + _PARTIES_REACH)
        if bracket > 0 and not re.search(r"[.;]", low[name_end:bracket]):
            dated = _DATED.match(low, bracket)
        elif (signed := _SIGNED_AFTER_PARTIES.match(low, name_end)) is not None:
            dated = _DATED.match(low, signed.end())  # `giữa hai Chính phủ ... ký ngày 28-8-2000`
    return dated


def _not_signed(low: str, pos: int) -> bool:
    """`sẽ ký`, `thống nhất ký kết`: a signing to come or agreed on, not one done;
    but `đã thống nhất ký kết` (agreed on and signed) and `đã hoàn thành đàm phán và ký`
    (negotiated and signed) are done."""
    before = _NOT_BEFORE.search(low, max(0, pos - 25), pos)
    return before is not None and not (
        before.group(0).startswith(_AGREED) and _DONE_BEFORE.search(
            low, max(0, before.start() - 12), before.start()))


_DONE_BEFORE = re.compile(r"(?<![^\W_])(?:đã|hoàn\s+thành)\s+$")


def _may_sign(low: str) -> bool:
    """A cheap look for the signing verb, in either spelling (`ký`, `kí`)."""
    return "ký" in low or "kí" in low


def _signings(text: str) -> list[re.Match[str]]:
    """Signing verbs, handing-over ceremonies and adopted communiques, in order."""
    found = list(_SIGN.finditer(text)) if _may_sign(text) else []
    if "trao" in text or "công bố" in text:
        found += _HAND_OVER.finditer(text)
        found += _HAND_OVER_DOC.finditer(text)
    if any(word in text for word in _COMMUNIQUES) and (
            not _CONFERENCE.search(text) or "cấp cao" in text):
        # a conference's communique is the meeting's record; a summit's, its leaders' statement
        found += _ADOPT.finditer(text)
        found += _ISSUED.finditer(text)
    return sorted(found, key=lambda m: m.start())


# `Thông cáo chung ... được công bố ngày 10/12`: a statement issued, in the passive
_ISSUED = re.compile(r"(?<=được )(?:công\s+bố|thông\s+qua)(?![^\W_])")


def _adopted_together(low: str, sign: re.Match[str]) -> bool:
    """`Hai bên nhất trí ra Thông cáo chung`: a statement agreed on is one issued, unless
    it is still to come (`sẽ`)."""
    before = low[max(0, sign.start() - 25) : sign.start()]
    return (bool(_ADOPT.match(low, sign.start())) and before.rstrip().endswith(_AGREED)
            and not has_future(low, max(0, sign.start() - 25), sign.end()))


def _signed_about(low: str, verb_end: int) -> re.Match[str] | None:
    """The document named after the sides and `về` (about) that follow the verb."""
    about = _SIDES_THEN_ABOUT.match(low, verb_end)
    return _DOC.search(low, about.end(), about.end() + _ABOUT_REACH) if about else None


def _passive_subject(unit: Unit, sign: re.Match[str]) -> re.Match[str] | None:
    """`Ngày 18/7/1977, Hiệp ước ... giữa A và B được ký kết`, `Thỏa thuận ... đã ký giữa
    A và B`: the document the clause opens with, signed in the passive."""
    passive = _PASSIVE.search(unit.low, max(0, sign.start() - 8), sign.start())
    signed_between = sign.group(0).startswith("đã") and _SIGNED_BETWEEN.match(unit.low, sign.end())
    if not (passive or signed_between):
        return None  # (`thỏa thuận hợp tác ký kết giữa hai tỉnh`, bare: talk of agreements)
    clause = max(unit.low.rfind(".", 0, sign.start()), unit.low.rfind(";", 0, sign.start()),
                 sign.start() - _DOC_REACH - _PASSIVE_REACH)
    doc = _DOC.search(unit.low, clause + 1, sign.start())
    if doc is not None and _PLURAL_BEFORE.search(unit.low, max(0, doc.start() - 30), doc.start()):
        return None  # `các dự án, chương trình hợp tác đã được ký kết`: those signed, no signing
    return doc


def _name_end(unit: Unit, pos: int) -> int:
    """End of a document's name: `Hiệp định thương mại biên giới` + stop."""
    stop = _STOP.search(unit.low, pos, pos + 80)
    return stop.start() if stop else min(len(unit.low), pos + 80)


def _signing_date(unit: Unit, pos: int) -> Any | None:
    """The first date after the verb that is not the term of the document
    (`giai đoạn 2023-2025`) nor a span of days, which is a trip's or a meeting's
    (`ký ... nhân dịp chuyến thăm ... trong thời gian 6-9/4/2015`): a signing is a day."""
    candidates = [m for m in unit.dates_in(pos) if not (
        _term_of_document(unit, m) or _days_span(m) or is_comparison(unit, m))]
    if not candidates:
        return None
    first = candidates[0]
    # `Biên bản thỏa thuận hợp tác năm 2022, ngày 7/4`: the document's year, then the day
    # (of that year, when the day has none written) it was signed
    day = next((m for m in candidates[1:2] if m.start - first.end <= _YEAR_THEN_DAY
                and len(first.value) == 4 and len(m.value) == 10
                and (m.inferred_year or m.value.startswith(first.value))), None)
    return first if day is None else replace(day, value=first.value + day.value[4:],
                                             inferred_year=False)


_YEAR_THEN_DAY = 16  # characters from a document's year to the day it was signed


def _term_of_document(unit: Unit, mention: Any) -> bool:
    """`giai đoạn 2023-2025`, `từ năm 2024`: the years a document runs over."""
    head = unit.low[max(0, mention.start - 12) : min(mention.end, mention.start + 12)]
    return bool(_TERM.search(head))


def _days_span(mention: Any) -> bool:
    """Any span (`6-9/4/2015`, `mùa khô 2020-2021`): a trip's, a meeting's or a term."""
    return mention.end_value is not None


def _when_signed(unit: Unit, verb: int, verb_end: int, name_end: int) -> Any | None:
    """The signing date: one right after the verb (`ký ngày 5/3/2020`) or the
    document (`ký bản ghi nhớ vào ngày 3/4/2019`), else the sentence's opening
    date (`Ngày 17/6, ...`) unless a date after the verb is more precise: a year
    inside the document's name (`biên bản ghi nhớ hợp tác năm 2022`) yields to
    it. An anniversary's span in brackets is never one."""
    after = _signing_date(unit, verb_end)
    if after is not None and (_follows_verb(unit, verb_end, after) or (
        _precision(after) >= 7 and _ADJACENT.match(unit.low[name_end : after.start])
    )):
        return after
    opening = _opening_date(unit, verb)
    if after is None or _bracketed_range(unit, after):
        return opening
    if opening is None:
        return after
    return opening if _precision(opening) >= _precision(after) else after


def _follows_verb(unit: Unit, verb_end: int, date: Any) -> bool:
    """A date joined to the signing verb by glue words only (`ký ngày 5/3/2020`)."""
    return bool(_ADJACENT.match(unit.low[verb_end : date.start]))


def _opening_date(unit: Unit, verb: int) -> Any | None:
    """The date that opens the sentence (`Chiều 14/3`) or a clause before the
    verb (`Trước đó, ngày 12/3/2024, tỉnh đã ký`)."""
    # a bare year before a comma mid-sentence ends a noun phrase (`kết quả hợp tác
    # năm 2016, ký Kế hoạch năm 2017`), not a clause that dates the signing
    fronted = [d for d in unit.dates_in(0, verb)
               if d.start < 20 or (unit.low[d.end : d.end + 2].startswith(",")
                                   and (_precision(d) >= 7 or _opens_clause(unit, d.start)))]
    fronted = [d for d in fronted if not is_comparison(unit, d) and not _term_of_document(unit, d)]
    return fronted[-1] if fronted else None


def _opens_clause(unit: Unit, pos: int) -> bool:
    """`..., cho biết, năm 2022, hai tỉnh đã ký`: the date is a clause of its own."""
    return unit.low[max(0, pos - 3) : pos].rstrip().endswith((",", ":"))


def _precision(mention: Any) -> int:
    value = mention.value or ""
    return 10 if value.startswith("--") else len(value)


def _in_brackets(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _bracketed_range(unit: Unit, mention: Any) -> bool:
    """`(5/9/1962 - 5/9/2012)`: an anniversary's span, never a signing date."""
    return _in_brackets(unit.low, mention.start) and bool(getattr(mention, "end_value", None))


# `ký kết và trao biên bản ghi nhớ hội đàm`: the minutes of talks (or a meeting) told before
_MINUTES_OF = re.compile(r"(?<![^\W_])biên\s+bản(?:\s+ghi\s+nhớ)?\s+(hội\s+đàm|hội\s+nghị)"
                         r"(?![^\W_])")
# `Ngay sau hội đàm, hai bên ký ...`: signed right after talks (or a meeting) told before
_AFTER_TALKS = re.compile(r"(?<![^\W_])sau\s+(?:khi\s+|cuộc\s+|buổi\s+)?(hội\s+đàm|hội\s+kiến"
                          r"|hội\s+nghị|cuộc\s+gặp|gặp\s+gỡ)(?![^\W_])")
# `Cuộc hội đàm nhằm ... ký kết biên bản ...`: the sentence opens on the talks told before
_THE_TALKS = re.compile(r"\s*(?:cuộc|buổi)\s+(hội\s+đàm|hội\s+nghị)(?![^\W_])")
_TALKS_LOOKBACK = 6  # sentences


def _talks_date(ctx: Context, unit: Unit) -> Any | None:
    """The day of the talks a signing came right after, whose minutes are signed, or that
    the signing's sentence opens on (`Cuộc hội đàm nhằm ... ký kết`): the first day stated
    in the nearest sentence before that names the same event with a day."""
    # `Sau hội đàm, hai bên ký`; `ký kết và trao biên bản ghi nhớ hội đàm`: the minutes of it
    after = (_AFTER_TALKS.search(unit.low) or _MINUTES_OF.search(unit.low)
             or _THE_TALKS.match(unit.low))
    if after is None:
        return None
    event = after.group(1)
    earlier = [u for u in ctx.units if u.start < unit.start][-_TALKS_LOOKBACK:]
    for before in reversed(earlier):
        at = before.low.find(event)
        if at < 0:
            continue
        days = [d for d in before.dates_in(0, at) if len(d.value or "") == 10]
        if days:  # (`Tham dự hội đàm còn có ...` names it without its day)
            return days[0]
    return None


def _lead_date(ctx: Context) -> Any | None:
    """The date that opens the article's first sentence (`Chiều 12/9/2024, ...`)."""
    if ctx.lead is None:
        return None
    return ctx.lead.dateline(len(ctx.lead.text))


# a signing told as done before the report (`đã ký`, `từng ký`, `những năm qua`), or a
# document told of as one in force (`thực hiện Thỏa thuận ... được ký kết giữa`)
_TOLD_BEFORE = re.compile(r"(?<![^\W_])(?:từng|được|trước\s+đó|thực\s+hiện|triển\s+khai"
                          r"|(?:những\s+năm|thời\s+gian)\s+qua)(?![^\W_])")


def _signed_before(low: str) -> bool:
    """Whether each signing of the sentence is told as done before (`đã từng ký`, `thực hiện
    Thỏa thuận ... đã ký giữa A và B`); a document carried out in a clause of its own is
    not the one signed after `và` (`đánh giá kết quả thực hiện văn bản thỏa thuận giai đoạn
    2020-2022 và ký kết ...`)."""
    signings = _signings(low)
    return not signings or all(_TOLD_BEFORE.search(
        low, sign.start() if _AND_THEN.search(low, 0, sign.start()) else 0, sign.end())
        for sign in signings)


_AND_THEN = re.compile(r"(?<![^\W_])và\s+$")  # `... và ký kết`: a clause of its own


def _report_day(ctx: Context) -> Any | None:
    """The day the report tells of: its lead's first day, else its own date to the day.
    A signing told without a date or a past (a caption, `cùng ký kết thỏa thuận`) is
    news of that day."""
    day = _lead_day(ctx, None)
    if day is not None:
        return day
    published = ctx.published
    return published if published is not None and len(published) == 10 else None


def _lead_day(ctx: Context, when: Any | None) -> Any | None:
    """A headline tells the happening its lead dates (`Hai tỉnh ký kết Thỏa thuận hợp
    tác năm 2022` / `..., sáng 11-4, đoàn ...`): the lead's first day, when the
    headline gives none and its year, if any, agrees."""
    if ctx.lead is None or (when is not None and _precision(when) > 4):
        return None
    year = when if isinstance(when, str) else (when.value if when is not None else None)
    for mention in ctx.lead.dates:
        value = mention.value or ""
        if _precision(mention) >= 7 and not is_comparison(ctx.lead, mention) and (
                year is None or value.startswith(str(year)[:4])):
            return mention
    return None


def _facts(
    ctx: Context, unit: Unit, verb: int, doc: re.Match[str], when: Any | None, rule: str,
    topic_from: int | None = None,
) -> list[Fact]:
    """One fact per pair of parties; `when` is a date mention or a year already counted.
    The topic is read from the verb on, or from `topic_from` (a document named after
    another, whose words are not its own)."""
    kind = _kind_of(doc.group(0))
    name_end = _name_end(unit, doc.end())
    topic = _topic(unit, min(verb, doc.start()) if topic_from is None else topic_from, doc.end())
    date = when if isinstance(when, str) or when is None else value_of(when)
    facts = []
    for pair in _pairs(ctx, unit, verb, doc, name_end, in_passing=rule == "agreement.named"):
        fields = {"parties": pair, "kind": kind, "topic": topic, "date": date}
        confidence = 0.75 if rule != "agreement.sign-on-lead-date" else 0.65
        facts.append(Fact("agreement", fields, unit.evidence, confidence, rule))
    return facts


def _topic(unit: Unit, lo: int, pos: int) -> str | None:
    """The subject of a document: `bản ghi nhớ về hợp tác toàn diện` -> the first
    topic (in the data's order of preference) before its partners or its end."""
    stop = _TOPIC_STOP.search(unit.low, pos, pos + 100)
    hi = stop.start() if stop else min(len(unit.low), pos + 100)
    return next((en for rx, en in _TOPICS if rx.search(unit.low, lo, hi)), None)


def _pairs(
    ctx: Context, unit: Unit, verb: int, doc: re.Match[str], name_end: int, *,
    in_passing: bool = False,
) -> list[list[str]]:
    both = _OF_BOTH.match(unit.low, name_end) or _BOTH_BODIES.match(unit.low, name_end)
    if both is not None and (pair := _bodies_of_both(ctx, both.group("body"))):
        return [pair]
    between = name_end
    if doc.start() < verb and (after := _SIGNED_BETWEEN.match(unit.low, _verb_end(unit, verb))):
        between = after.end()  # `Thỏa thuận ... đã ký giữa A và B`
    if unit.low.startswith("giữa", between) and _BODY.match(unit.low, between + 5):
        # ministries or party organs sign, not their countries
        return _bodies(unit, between, ctx.vn_province)
    if (named_governments := _GOVERNMENTS.match(unit.low, between)) and (
            len(states := _countries_in(unit, between, named_governments.end())) == 2):
        return [states]  # `giữa Chính phủ Việt Nam và Chính phủ Lào`: the countries sign
    if unit.low.startswith("giữa", between) and not _STATE_DOCUMENT.match(doc.group(0)) and (
            pairs := _provinces_between(unit, between, _item_end(unit, between))):
        return pairs  # `Biên bản ghi nhớ ... giữa UBND tỉnh A và Chính quyền tỉnh B, C`
    if (governments := _on_behalf_of_governments(ctx, unit, verb)) is not None:
        return [governments]  # `thay mặt Chính phủ ba nước ..., Bộ trưởng ... ba nước đã ký`
    if _ministers_sign(unit, verb, doc, name_end) or _companies_sign(unit, verb):
        return [[]]  # a ministry's or a company's document: no country signs it (_ministerial)
    if len(named := _countries_in(unit, doc.end(), name_end)) >= 2:
        return [named]
    if three := _three_countries(ctx, unit):
        return [three]
    state = _STATE_DOCUMENT.match(doc.group(0)) or (
        in_passing and _AGREEMENT_WORD.match(doc.group(0)))
    if state and ctx.partner_country:
        # provinces sign no treaty nor protocol; an agreement (`Hiệp định ... năm 2016`) named
        # in passing is the governments' (a provinces' signing may be called one)
        return [[HOME, ctx.partner_country]]
    if len(dashed := _dashed_pairs(unit, doc.end())) >= 2:
        return dashed  # `... các cặp tỉnh ... ký kết thỏa thuận: A - B, C - D`: each pair
    partners = _with_partners(unit, verb)
    if not partners and (subjects := _subject_partners(unit, verb)):
        return subjects
    if partners:
        own = _own_side(ctx, unit, verb, partners[0])
        return [[own, p] for p in partners if own and p != own]
    lo = max(0, min(verb, doc.start()) - _PAIR_BEFORE)
    hi = min(len(unit.low), name_end + _PAIR_AFTER)
    if counted := _counted_partners(ctx, unit, doc.end(), hi):
        return counted
    if len(venues := _partner_venues(unit)) >= 2 and (own := _own_province(ctx, unit)):
        return [[own, venue] for venue in venues]  # `tại tỉnh A ... và tại tỉnh B`: each signs
    if not unit.parties_of("province", "country") and (
            listed := ctx.previous_sentence_partners(unit)):
        return listed  # `Hội nghị ... giữa tỉnh A với các tỉnh B, C, D. Ký kết biên bản ...`
    return [pair] if (pair := _default_pair(ctx, unit, lo, hi)) else []


# `Campuchia-Lào-Việt Nam`: three countries joined by dashes, as a triangle's name
_TRIPLE = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?\s*[-–]\s*[^\W\d_]+(?:\s[^\W\d_]+)?"
                     r"\s*[-–]\s*[^\W\d_]+(?:\s[^\W\d_]+)?")


def _three_countries(ctx: Context, unit: Unit) -> list[str] | None:
    """The three countries a sentence joins by dashes (`Hội nghị Cấp cao Campuchia-Lào-Việt
    Nam ... ra Tuyên bố chung`) or lists where three sign (`các Thủ tướng Campuchia, Lào và
    Việt Nam chứng kiến lễ ký ... giữa ba Chủ tịch`): the three sign together; so do
    `ba` sides an article on Vietnam and both neighbours names no others of."""
    three_sign = _THREE_SIGN.search(unit.low)
    if len({m.entity for m in unit.marks_of("country")}) < 3:
        if three_sign and ctx.names_the_three and not unit.marks_of("country"):
            return [HOME, *sorted(NEIGHBOURS)]
        return None
    triples = [*_TRIPLE.finditer(unit.low)]
    if three_sign:
        triples += _LISTED_THREE.finditer(unit.low)
    for triple in triples:
        marks = unit.marks_of("country", lo=triple.start(), hi=triple.end())
        named = list(dict.fromkeys(m.entity for m in marks if not m.venue))
        if len(named) == 3:  # Vietnam first, then in the order written (never a set's order)
            return sorted(named, key=lambda e: e != HOME)
    return None


# `Campuchia, Lào và Việt Nam`: three listed; `ba nước`, `ba Chủ tịch`: three sides sign
_LISTED_THREE = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?\s*,\s*[^\W\d_]+(?:\s[^\W\d_]+)?"
                           r"\s+và\s+[^\W\d_]+(?:\s[^\W\d_]+)?")
_THREE_SIGN = re.compile(r"(?<![^\W_])ba\s+(?:nước|bên|chủ\s+tịch|thủ\s+tướng|bộ\s+trưởng"
                         r"|trưởng\s+đoàn|quốc\s+gia|chính\s+phủ)(?![^\W_])")


# `giữa Chính phủ Việt Nam và Chính phủ Lào`, `giữa Chính phủ nước CHXHCN Việt Nam và Chính
# phủ nước CHDCND Lào`: each government named with its country
_GOVERNMENTS = re.compile(r"giữa\s+chính\s+phủ\s+[^.;,]{2,60}?\s+(?:và|với)\s+chính\s+phủ"
                          r"(?:\s+[^\W\d_]+){1,8}")


def _countries_in(unit: Unit, lo: int, hi: int) -> list[str]:
    """The countries named in [lo, hi), Vietnam first, the others in the order written."""
    named = dict.fromkeys(m.entity for m in unit.parties_of("country", lo=lo, hi=hi))
    return sorted(named, key=lambda e: e != HOME)


def _provinces_between(unit: Unit, between: int, hi: int) -> list[list[str]]:
    """The Vietnamese province after `giữa` (at `between`) with each foreign one
    before `hi`; with several Vietnamese ones, each foreign one with the Vietnamese one
    named last before it (`giữa tỉnh A với tỉnh B và giữa tỉnh C với tỉnh D`)."""
    provinces = unit.parties_of("province", lo=between, hi=hi)
    own = [m.entity for m in provinces if m.entity.startswith(HOME + "/")]
    if not own:
        return []
    pairs: list[list[str]] = []
    current = own[0]
    for mark in provinces:
        if mark.entity.startswith(HOME + "/"):
            current = mark.entity
        elif [current, mark.entity] not in pairs:
            pairs.append([current, mark.entity])
    return pairs


_DASH = re.compile(r"\s*[-–]\s*")
_NEXT_PAIR = re.compile(r"\s*(?:,|;|và)\s*(?:tỉnh\s+)?")


def _dashed_pairs(unit: Unit, lo: int) -> list[list[str]]:
    """A list of province pairs after `lo`, each a Vietnamese province, a dash and a
    foreign one (`An Giang - Takeo, Đồng Tháp - Prey Veng`)."""
    marks = sorted(unit.parties_of("province", lo=lo), key=lambda m: m.start)
    pairs: list[list[str]] = []
    index = 0
    while index + 1 < len(marks):
        own, other = marks[index], marks[index + 1]
        if not (own.entity.startswith(HOME + "/") and not other.entity.startswith(HOME + "/")
                and _DASH.fullmatch(unit.low, own.end, other.start)):
            break
        if pairs and not _NEXT_PAIR.fullmatch(unit.low, marks[index - 1].end, own.start):
            break
        pairs.append([own.entity, other.entity])
        index += 2
    return pairs


def _counted_partners(ctx: Context, unit: Unit, lo: int, hi: int) -> list[list[str]]:
    """`giữa Tây Ninh và ba tỉnh Campuchia`, `giữa tỉnh A và 4 tỉnh Nam Lào`: the
    province named, with each of the partner country's provinces the article names,
    when it names that many."""
    found = _COUNTED_PROVINCES.search(unit.low, lo, hi)
    if found is None:
        return []
    own = [m.entity for m in unit.parties_of("province", lo=found.start(), hi=found.start("n"))
           if m.entity.startswith(HOME + "/")]
    country = ctx.partner_country
    named = list(dict.fromkeys(m.entity for u in ctx.units for m in u.marks_of("province")
                               if country and m.entity.startswith(country + "/")))
    count = found.group("n")
    wanted = int(count) if count.isdigit() else _COUNTS.get(count)
    if len(set(own)) != 1 or len(named) < 2 or (wanted and len(named) != wanted):
        return []
    return [[own[0], other] for other in named]


def _verb_end(unit: Unit, verb: int) -> int:
    sign = _SIGN.match(unit.low, verb)
    return sign.end() if sign else verb


def _ministers_sign(unit: Unit, verb: int, doc: re.Match[str], name_end: int) -> bool:
    """`Bộ Quốc phòng hai nước ký Kế hoạch`, `Bộ trưởng A, Bộ trưởng B đã ký kết
    Bản ghi nhớ`, `Nghị định thư giữa hai Bộ Quốc phòng`: ministries or their
    ministers sign a plan, a memorandum or an agreement of their own (`Bộ Nông nghiệp
    hai nước đã ký Thỏa thuận`; a treaty they sign is their governments')."""
    if _OF_MINISTRIES.match(unit.low, name_end):
        return True
    if _kind_of(doc.group(0), None) not in ("plan", "mou") and not _OWN_DOCUMENT.match(
            doc.group(0)):
        return False
    signer = _signer(unit, verb)
    return signer is not None and bool(_MINISTERS.search(signer))


_ON_BEHALF = re.compile(r"(?<![^\W_])thay\s+mặt\s+(?:cho\s+)?chính\s+phủ(?![^\W_])")


def _on_behalf_of_governments(ctx: Context, unit: Unit, verb: int) -> list[str] | None:
    """Ministers who sign `thay mặt Chính phủ` (for their governments) sign the countries'
    document: the countries named from there to the verb, else the article's two."""
    lo = max(0, verb - _SUBJECT_REACH)
    behalf = _ON_BEHALF.search(unit.low, lo, verb)
    if behalf is None:
        return None
    named = list(dict.fromkeys(m.entity for m in unit.parties_of(
        "country", lo=behalf.end(), hi=verb)))
    if len(named) >= 2:
        return sorted(named, key=lambda e: e != HOME)
    return [HOME, ctx.partner_country] if ctx.partner_country else None


def _companies_sign(unit: Unit, verb: int) -> bool:
    """`Tập đoàn Đèo Cả (Việt Nam) và Tập đoàn PTL (Lào) đã ký kết`, `..., Tổng Giám đốc Tập
    đoàn Điện lực Việt Nam đã ký`: companies sign their own documents; the countries named
    with them are where they are from."""
    signer = _signer(unit, verb)
    return signer is not None and bool(_COMPANY.search(signer))


def _signer(unit: Unit, verb: int) -> str | None:
    """Who signs, as the clause before the verb tells it: after the leaders who witness
    (`dưới sự chứng kiến của ..., X đã ký`); None when it names a province, which signs."""
    clause = max(unit.low.rfind(".", 0, verb), unit.low.rfind(";", 0, verb), verb - _SUBJECT_REACH)
    if any(not _IN_COMPANY_NAME.search(unit.low, max(clause, m.start - _NAME_REACH), m.start)
           for m in unit.parties_of("province", lo=clause, hi=verb)):
        return None  # (not `Công ty Điện lực Quảng Trị`: a company named after its province)
    return unit.low[clause + 1 : verb].rsplit("chứng kiến", 1)[-1]


def _bodies_of_both(ctx: Context, body: str) -> list[str] | None:
    """`Thỏa thuận hợp tác giữa Quốc hội (QH) hai nước`: the body of that name of each of
    the article's two countries, when the gazetteer knows both."""
    if ctx.gazetteer is None or ctx.partner_country is None:
        return None
    opening = match_form(body).lower() + " "
    pair = []
    for country in (HOME, ctx.partner_country):
        named = [e.id for e in ctx.gazetteer.by_kind("org") if e.country == country and any(
            match_form(n).lower().startswith(opening) for n in (e.name, *e.aliases))]
        if len(named) != 1:
            return None
        pair.append(named[0])
    return pair


def _item_end(unit: Unit, pos: int) -> int:
    """Where the item or sentence holding `pos` ends (`.` or `;`)."""
    end = _ITEM_END.search(unit.low, pos)
    return end.start() if end else len(unit.low)


def _bodies(unit: Unit, between: int, home: str | None) -> list[list[str]]:
    """`giữa Bộ A ... và Bộ B ...`: the two organisations, when each side is one the
    gazetteer knows by the name it opens with (not a unit inside it, `Đảng ủy Bộ A`).
    `home` is the article's province, which `Bộ CHQS tỉnh` (the province's) names."""
    hi = _item_end(unit, between)
    first, joined = _BETWEEN.match(unit.low, between), _AND.search(unit.low, between, hi)
    if first is None or joined is None:
        return []
    starts = {first.end(), joined.end()}  # where each side's name opens
    orgs = [m.entity for m in unit.parties_of("org", lo=between, hi=hi) if m.start in starts]
    if len(set(orgs)) == 2:
        return [orgs]
    # bodies of provinces (`Ủy ban MTTQ tỉnh A và Mặt trận ... các tỉnh B, C`) sign for
    # their provinces, as a province's committees and commands stand for it: each pair
    ours = [m.entity for m in unit.parties_of("province", lo=first.end(), hi=joined.start())
            if m.entity.startswith(HOME + "/")]
    if not ours and home and OWN_PROVINCE.match(unit.low, joined.start() - len("tỉnh")):
        ours = [home]  # `giữa Bộ CHQS tỉnh với ...`: the article's
    theirs = [m.entity for m in unit.parties_of("province", lo=joined.end(), hi=hi)
              if not m.entity.startswith(HOME + "/")]
    if len(set(ours)) != 1 or not theirs:
        return []
    return [[ours[0], other] for other in dict.fromkeys(theirs)]


def _with_partners(unit: Unit, verb: int) -> list[str]:
    """Partners after `với` in the signing clause: provinces if any, else countries."""
    match = _WITH.search(unit.low, verb)
    if match is None or ";" in unit.low[verb : match.start()]:
        return []  # (`với` in the next clause is another signing's)
    hi = unit.low.find(";", match.end())
    hi = len(unit.low) if hi < 0 else hi
    provinces = [m.entity for m in unit.parties_of("province", lo=match.end(), hi=hi)
                 if not m.entity.startswith(HOME + "/")]
    if provinces:
        return list(dict.fromkeys(provinces))
    countries = [m.entity for m in unit.parties_of("country", lo=match.end(), hi=hi)
                 if m.entity != HOME]
    return list(dict.fromkeys(countries))[:1]


def _subject_partners(unit: Unit, verb: int) -> list[list[str]]:
    """`tỉnh A và tỉnh B, tỉnh C đã ký`: one Vietnamese province and several
    foreign ones (or one, after a `;`) as the clause's subject sign one document pair by
    pair; so do
    foreign ones listed as the subject with the Vietnamese one after `với` (`9 tỉnh
    của Lào gồm: A, B, ... đã ký kết biên bản thỏa thuận với Sở Ngoại vụ tỉnh Sơn La`)."""
    semicolon = unit.low.rfind(";", 0, verb)
    clause = max(semicolon, unit.low.rfind(".", 0, verb)) + 1
    provinces = unit.parties_of("province", lo=clause, hi=verb)
    foreign = [m for m in provinces if not m.entity.startswith(HOME + "/")]
    if not foreign or verb - foreign[-1].start > _SUBJECT_REACH:
        return []
    own = {m.entity for m in provinces
           if m.entity.startswith(HOME + "/") and verb - m.start <= _SUBJECT_REACH}
    if not own and (match := _WITH.search(unit.low, verb)):
        stop = unit.low.find(";", match.end())
        after = unit.parties_of("province", lo=match.end(),
                                hi=len(unit.low) if stop < 0 else stop)
        own = {m.entity for m in after if m.entity.startswith(HOME + "/")}
    partners = list(dict.fromkeys(m.entity for m in foreign))
    # (one partner too in a clause after `;`: `...; tỉnh C và tỉnh D cũng ký biên bản`, not
    # the pair the sentence opened with)
    enough = len(partners) >= 2 or (len(partners) == 1 and semicolon >= 0)
    return [[*own, p] for p in partners] if len(own) == 1 and enough else []


def _own_side(ctx: Context, unit: Unit, verb: int, partner: str) -> str | None:
    """The Vietnamese signatory before the verb: a province, else Vietnam."""
    marks = [m for m in unit.parties_of("province", hi=verb) if m.entity.startswith(HOME + "/")]
    marks.sort(key=lambda m: (m.weak, -m.start))  # the nearest confident one
    if "/" in partner:
        return marks[0].entity if marks else ctx.vn_province
    return marks[0].entity if marks else HOME


def _default_pair(ctx: Context, unit: Unit, lo: int, hi: int) -> list[str] | None:
    """The pair of provinces around the document ([lo, hi) of the sentence), else
    the countries; in an article about a pair of provinces, an unnamed signing is
    theirs unless `hai nước` or a country named beside it says not."""
    provinces = unit.parties_of("province", lo=lo, hi=hi)
    vn = [m.entity for m in provinces if m.entity.startswith(HOME + "/")]
    other = [m.entity for m in provinces if not m.entity.startswith(HOME)]
    countries = _PAIR_COUNTRY.search(unit.low, lo, hi)
    named = unit.parties_of("country", lo=lo, hi=hi)
    provincial = ctx.provincial and ctx.partner_province and not named
    # a partner province named (its country beside it, `tỉnh A (Lào)`) signs with the
    # article's own province
    own_known = bool(vn or ctx.vn_province)
    if _PAIR_PROV.search(unit.low, lo, hi) or (other and own_known and not countries) or (
        provincial and not countries
    ):
        own = vn[0] if vn else ctx.vn_province
        partner = other[0] if other else ctx.partner_province
        return [own, partner] if own and partner else None
    if not named and not countries and _BOTH_SIDES.search(unit.low, lo, hi) and (
            pair := ctx.previous_sentence_pair(unit)):
        return pair  # `Đoàn tỉnh A hội đàm với tỉnh B. ... hai bên đã ký ...`: A and B
    partner = next((m.entity for m in unit.parties_of("country") if m.entity != HOME),
                   _leaders_partner(ctx, unit) or ctx.partner_country)
    return [HOME, partner] if partner else None


def _partner_venues(unit: Unit) -> list[str]:
    """The foreign provinces a sentence places its signing in (`ký biên bản ... tại tỉnh
    Kratie ... và tại tỉnh Kampong Thom`), in the order written."""
    return list(dict.fromkeys(m.entity for m in unit.marks_of("province")
                              if m.venue and not m.entity.startswith(HOME + "/")))


def _own_province(ctx: Context, unit: Unit) -> str | None:
    own = [m.entity for m in unit.marks_of("province") if m.entity.startswith(HOME + "/")]
    return own[0] if own else ctx.vn_province


_BOTH_SIDES = re.compile(r"(?<![^\W_])hai\s+bên(?![^\W_])")


def _leaders_partner(ctx: Context, unit: Unit) -> str | None:
    """`Thủ tướng A và Thủ tướng B chứng kiến lễ ký`: the other leader's country."""
    countries = [ctx.country_of(m.entity) for m in unit.marks_of("person")]
    return next((c for c in countries if c and c != HOME), None)
