"""Infer an article's publication date from its own text.

Evidence, strongest first:
0. A time stamp: a full date beside a clock time in the lead
   (`Thứ Ba, 25/04/2023 10:30`), as pages print when they were published;
   unless it is more than a month after a dated dateline, or two years after
   every year the text names: then it is a site's clock, or a reprint's date.
1. A dateline: a day and month opening a paragraph or sentence near the top,
   followed by a comma (`Sáng 25/4, tại ...`, `Ngày 9-3, tại ...`), or the
   stamp of a wire translated from Chinese (`Hà Nội ngày 10 tháng 1 điện`).
   Vietnamese news publishes on the day of the events (or the next), so it
   gives the day and month; with its own year it is the whole answer, unless
   the text tells a year two or more later as past (`Ngày 18/7/1977, Hiệp
   ước ...` in a report of 2016 recalls history).
2. The year, ranked:
   a. a year called this one (`trong năm 2011 này`);
   b. full dates (day, month, year) in the lead, even announced ones
      (`sẽ thăm ... từ ngày 25 đến 26/2/2019`), unless the text states a later
      year in a past or present context (the lead recalls a historical date);
   c. else those stated years, where a figure for a finished year
      (`năm 2017 ... đạt 890 triệu USD`) means 2018 or later; an estimate
      (`năm 2016 ước đạt`) is made within the year; a whole year told as
      done (`Năm 2023, đoàn đã ...`) under a dateline in the first months of
      a year is of the year after it;
   d. the first year of the latest plan's period (`giai đoạn 2019–2023`);
   e. the year an anniversary is kept (`(5/9/1962 - 5/9/2024)`); one counted from
      a known founding (`kỷ niệm 49 năm Quốc khánh Lào`) is a stated year (c);
   f. last, an anniversary prepared for (`nhằm hướng tới chào mừng kỷ niệm ...
      (24/6/1967 - 24/6/2019)`): its year, or the year before when its day falls
      months before the dateline's (`Sáng 21/12`).
   A plan named for one year (`Kế hoạch hợp tác năm 2021`) is a period (d).
   Never evidence: the start of a running total (`tính từ năm 2000 đến
   nay`, `Từ khi ... ký ngày 28-8-2000,`), a deadline or bound (`trước cuối
   năm 2012`), the end of a period, an older document's year (`thay thế Hiệp
   định ... năm 1998`), years in sentences about plans and targets (`sẽ`,
   `dự kiến`, `mục tiêu`, `phấn đấu`, `đến năm`...).
3. An upcoming event: an announced day and month (`sẽ đến thăm ... từ ngày
   23 tháng 12`). An announcement is written shortly before the event, so
   the event's month is the best guess of the publication month.

Result: YYYY-MM-DD with a dateline and a year; YYYY-MM with an upcoming
event and a year; YYYY with a year alone; None without a year (a dateline
alone never gives `--MM-DD` as a publication date).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from langgieng.extract.clauses import clause_bounds, has_future
from langgieng.extract.date_forms import count_value, dispatch_follows
from langgieng.extract.dates import DateMention, date_parts, find_dates, resolve, resolve_dates
from langgieng.extract.scanning import literal_alternation as _alt
from langgieng.model import Article
from langgieng.read.published import long_after_text, page_months

# the Vietnamese press on the web: a year guessed from a text before it is one looked back on
_EARLIEST_ONLINE = 1997
_VOCAB = json.loads((Path(__file__).with_name("data") / "dates.json").read_text(encoding="utf-8"))


_THIS_YEAR = re.compile(r"\s+(?:này|nay)(?![^\W_])", re.IGNORECASE)  # `năm 2011 này`
_BEFORE = re.compile(r"(?<![^\W_])(?:trước|chậm nhất(?: là)?|muộn nhất(?: là)?)\s+$",
                     re.IGNORECASE)
# a running total through the end of a year (`Lũy kế đến hết năm 2024`, `Tính đến hết năm`)
_TOTAL_THROUGH = re.compile(r"(?<![^\W_])(?:lũy\s+kế|luỹ\s+kế|tính)\s+(?:đến|tới)\s+$",
                            re.IGNORECASE)
# the words of a document that supplements, amends or replaces another
SUPERSEDING = r"(?:bổ\s+sung|sửa\s+đổi|thay\s+thế)"
_SUPERSEDING_WORDS = ("bổ sung", "sửa đổi", "thay thế")  # (a cheap look before the pattern)
# `thay thế Hiệp định Thương mại đã ký ... năm 1998`, `bổ sung Hiệp ước ... năm 1985`
_EARLIER_DOCUMENT = re.compile(rf"(?<![^\W_]){SUPERSEDING}\s+(?:hiệp định|hiệp ước"
                               r"|nghị định thư|thỏa thuận|thoả thuận)[^.;\n\d]{0,140}$",
                               re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"(?<![^\W_])(?:kể từ|tính từ|từ)\s+(?:năm\s+)?$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(rf"\b(?:{_alt(_VOCAB['period_words'])})\s*$", re.IGNORECASE)
# đạt 890 triệu, đạt khoảng 420 triệu: a figure, not "đạt được nhiều kết quả"
_COMPLETED = re.compile(
    rf"\b(?:{_alt(_VOCAB['completed_verbs'])})\b[^\d.;\n]{{0,20}}\d", re.IGNORECASE
)
# lên 10 tỷ USD vào năm 2022: a target's year (the mention starts at `năm`)
_TARGET_YEAR = re.compile(
    rf"\b(?:{_alt(_VOCAB['target_verbs'])})\s+\D{{0,12}}\d[^;\n]{{0,30}}?\s"
    rf"(?:{_alt(_VOCAB['target_glue'])})\s+$",
    re.IGNORECASE,
)
_TARGET_GLUE = frozenset(_VOCAB["target_glue"])
_REVIEW = re.compile(rf"\b(?:{_alt(_VOCAB['review_words'])})\b", re.IGNORECASE)
_REVIEW_NOT = re.compile(rf"\b(?:{_alt(_VOCAB['review_not'])})\b", re.IGNORECASE)
_RECALLED = 2  # a dated dateline this many years before a year told as past is history
_REVIEW_MONTHS = 4  # a dateline this early after a year told as done is of the year after
# a year's results (`kết quả đạt được ... trong năm 2024`) are told until its review at the
# year's end: a dateline before the last quarter is of the year after
_RESULTS = re.compile(r"\b(?:kết quả|tổng kết)\b", re.IGNORECASE)
_RESULTS_MONTHS = 9
_ESTIMATE = re.compile(rf"\b(?:{_alt(_VOCAB['estimate_markers'])})\b", re.IGNORECASE)
_DISPATCH = re.compile(
    r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
# Theo hãng thông tấn Việt Nam đưa tin, ngày 22 tháng 3, ...: a source, then the dateline.
_SOURCE_CLAUSE = re.compile(r"(?:^|[\n.!?]\s*)Theo\s[^\n.!?,]{1,60},\s*$")
# or a place opening the line: `Hà Nội, ngày 20/1/2025 - ...`, `Tây Ninh (TTXVN), ...`
_PLACE_LINE = re.compile(r"(?:^|\n)[ \t]*([^\n.!?,]{2,40}),\s*$")
# Ngày 10.12.2022: the full form starts at the digits, after the day word
_DAY_WORD_END = re.compile(rf"\b(?:{_alt(_VOCAB['day_words'])})$", re.IGNORECASE)
# mùa khô 2021-2022, 2017-2021: year pairs no date form claims
_SEASON = re.compile(rf"\b(?:{_alt(_VOCAB['season_words'])})(?:\s+năm)?(?:\s+nay\s*\()?\s*$",
                     re.IGNORECASE)
# `kỷ niệm 60 năm (Ngày thiết lập) quan hệ ngoại giao`: kept in founding year + 60
_FOUNDINGS = [
    # `60 năm (Ngày thiết lập) quan hệ ngoại giao`, counted after `kỷ niệm` (below)
    (f["event"],
     re.compile(rf"(?<!\d)(\d{{1,3}})\s+năm\D{{0,40}}?{re.escape(f['event'])}", re.IGNORECASE),
     f["dates"], f.get("first_named", False))
    for f in _VOCAB["foundings"]
]
# `kỷ niệm trọng thể chào mừng 60 năm ...`, `kỷ niệm 55 năm ..., 40 năm ...`: the count
# follows `kỷ niệm` in its sentence, alone or as an item of the list it opens
_KEPT_BEFORE = re.compile(r"kỷ niệm(?:\s+[^\W\d_]+){0,4}\s+(?:\d{1,3}\s+năm[^.!?\n]{0,90},\s*)?$",
                          re.IGNORECASE)
_KEPT = re.compile(r"kỷ niệm", re.IGNORECASE)  # what `_KEPT_BEFORE` opens with: a cheap look first
_COUNTRY_REACH = 120  # `... quan hệ ngoại giao giữa hai Đảng, hai nước Việt Nam - Lào`
_SINCE_WORDS = re.compile(r"(?<![^\W_])(?:từ\s+khi|kể\s+từ)(?![^\W_])", re.IGNORECASE)
_PREPARING = re.compile(r"(?<![^\W_])(?:để|nhằm)\s+(?:chào mừng|kỷ niệm)", re.IGNORECASE)
# (the digit before the pair looked back for after its first year, so that the regex engine
# skips ahead to a `1` or a `2` rather than trying the look-behind everywhere)
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)(?<![\d/.,-]....)\s*[-–]\s*((?:19|20)\d\d)(?![\d/])")
# 25/04/2023 10:30, 10:30 25/4/2023, 2023-04-25 10:30: a page's own time stamp
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?['’]?"  # (`09:13'`: a minute mark)
_STAMP = re.compile(
    rf"(?<![\d/.-])(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})|"
    rf"(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))(?=\s*[-,|]?\s*{_CLOCK}\b)"
    rf"|(?<![\d:]){_CLOCK}\s*[-,|]?\s*(?:Thứ\s+\w+,?\s*|Chủ\s+nhật,?\s*)?"
    r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})(?![\d/])",
    re.IGNORECASE,
)
# what every stamp holds, its clock's first digits (`10:30`, `8h05`): a lead without one
# is skipped by this quick scan, where `_STAMP` tries its look-behinds at every character
_CLOCK_DIGITS = re.compile(r"\d[:h]\d", re.IGNORECASE)
# Sáng 25/4, tại ... / Sáng 25/4 (giờ địa phương) ... / Hà Nội, ngày 20/1/2025 - ...
_DATELINE_AFTER = frozenset(",(:-–")
_BRACKETED_DAY = re.compile(r"(?<![^\W_])nay\s*\(\s*$", re.IGNORECASE)  # `Hôm nay (`, `Sáng nay (`
_CELEBRATED_DAYS = 92  # how long after its day an anniversary's year is still celebrated
_DATELINE_WINDOW = 1500  # a dateline sits in the lead, within the first paragraphs
_LEAD = 600  # the title and the first paragraph or two


@dataclass(slots=True)
class _Evidence:
    current: list[int] = field(default_factory=list)  # `năm 2011 này`: the year of writing
    lead: list[int] = field(default_factory=list)  # years of full dates in the lead
    stated: list[int] = field(default_factory=list)  # years stated in past/present clauses
    completed: list[int] = field(default_factory=list)  # the year after a finished year's figure
    periods: list[int] = field(default_factory=list)  # first years of plans' periods
    plans: list[int] = field(default_factory=list)  # years a plan or direction is for
    anniversaries: list[int] = field(default_factory=list)  # years anniversaries are kept
    # the days of anniversaries being prepared for (`nhằm hướng tới chào mừng kỷ niệm ...
    # (24/6/1967 - 24/6/2019)`): the year of writing, or the year before when the day is
    # months before the dateline's; the guess when nothing else tells a year
    coming_days: list[str] = field(default_factory=list)
    announced_month: int | None = None  # month of the first announced event
    # the last resort: years of plans due in a named month (`dự kiến sẽ thi công xong
    # trong cuối tháng 5/2018`): a report tells what is planned for the months ahead
    near_plans: list[int] = field(default_factory=list)
    reviewed: list[int] = field(default_factory=list)  # whole years told as done
    summed_up: list[int] = field(default_factory=list)  # ... by their results (`kết quả`)


def infer_published(article: Article) -> Article:
    """Set `published` (and `published_inferred`) when the input gave no date."""
    if article.published:
        return article
    guess = guess_published(article.text)
    if guess is not None:
        article.published = guess
        article.published_inferred = True
    return article


def date_by_page_number(article: Article) -> Article:
    """Date an article nothing else dated by its page's number on its site: published
    between the site's pages of two known months (`page_months`), in the one year of
    that span its dateline's day can fall in (`Sáng 27/7`), else in their month or
    year when the two share it. Marked inferred."""
    if (months := page_months(article.url)) is None:
        return article
    first, last = months
    if article.published:
        outside = not first[:4] <= article.published[:4] <= last[:4]
        if not (outside and article.published_inferred and not dates_itself(article.text)):
            return article  # a date the page states, or a guess within the span, stands
    dateline = lead_dateline(article.text)
    if dateline is not None and dateline.startswith("--"):
        years = [year for year in range(int(first[:4]), int(last[:4]) + 1)
                 if first <= f"{year:04d}-{dateline[2:4]}" <= last]
        guess = f"{years[0]:04d}{dateline[1:]}" if len(years) == 1 else None
    else:
        guess = first if first == last else first[:4] if first[:4] == last[:4] else None
    if guess is not None:
        article.published, article.published_inferred = guess, True
    return article


def guess_published(text: str) -> str | None:
    """The most precise publication date the text supports, or None."""
    stamped = _stamp_at(text)
    stamp = stamped[0] if stamped else None
    mentions = find_dates(text)
    dateline = dateline_of(text, mentions)
    dated = dateline if dateline is not None and not dateline.startswith("--") else None
    told = text[: stamped[1]] + text[stamped[2] :] if stamped else text  # not the stamp's own
    if dated is not None and _looked_back(text, mentions, int(dated[:4])):
        dateline = dated = None  # `Ngày 18/7/1977, Hiệp ước ...` in a report of 2016
    if stamp is not None and not (dated and _long_after(stamp, dated)) and not (
            long_after_text(stamp, told)):
        return stamp  # (a header's clock, long after what the text tells, is the page's)
    if dated is not None:
        return dated  # the dateline states its own year
    if stamped:  # a clock set aside: its date is no evidence either
        mentions = [m for m in mentions if not stamped[1] <= m.start < stamped[2]]
    evidence = _gather(text, mentions)
    year = _best_year(evidence)
    if year is None or year < _EARLIEST_ONLINE:
        return None  # (`... theo Hiệp định năm 1990` in a report with no year: no page's)
    if dateline is not None and _coming_after_dateline(evidence, year, dateline):
        year -= 1  # `Sáng 21/12, ... hướng tới kỷ niệm ... (24/6/1967-24/6/2022)`: in 2021
    elif dateline is not None and _planned_in_the_year_before(evidence, year, dateline):
        year -= 1  # `Ngày 26/10, ... đề ra phương hướng phối hợp trong năm 2024`: in 2023
    if dateline is not None:
        months = _RESULTS_MONTHS if year in evidence.summed_up else _REVIEW_MONTHS
        if year in evidence.reviewed and year == max(evidence.stated) and not (
                evidence.current or evidence.lead) and int(dateline[2:4]) <= months:
            year += 1  # `Ngày 26/1, ... Năm 2023, đoàn đã ...`: early in the year after it
        elif _recalled_later_month(text, mentions, year, dateline):
            year += 1
        return f"{year:04d}{dateline[1:]}"
    month = evidence.announced_month or _lead_month(mentions, year)
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _coming_after_dateline(ev: _Evidence, year: int, dateline: str) -> bool:
    """The year is only that of an anniversary to come whose day falls well before the
    dateline's in that year: a year's celebrations go on for months after the day, so a
    dateline in the months after it is of that year, a later one of the year before."""
    if ev.stated or ev.completed or ev.periods or ev.anniversaries or ev.near_plans:
        return False
    try:
        written = dt.date.fromisoformat(f"{year:04d}{dateline[1:]}")
        return any(day[:4] == str(year) and (written - dt.date.fromisoformat(day)).days
                   > _CELEBRATED_DAYS for day in ev.coming_days)
    except ValueError:
        return False


_SENTENCE_END = re.compile(r"[.!?\n]")
# `Trước đó, ...`: a sentence that tells what happened before the news
_BEFORE_THE_NEWS = re.compile(r"(?:^|[.!?\n]\s*)trước\s+đó\s*,", re.IGNORECASE)


def _planned_in_the_year_before(ev: _Evidence, year: int, dateline: str) -> bool:
    """The year is only one a plan or a direction is set for, and the dateline falls in
    its second half: plans for a year are made in the months before it begins."""
    only_plans = not (ev.stated or ev.completed or ev.current or ev.lead or ev.anniversaries)
    return only_plans and year in ev.plans and int(dateline[2:4]) >= _PLANNING_FROM


_PLANNING_FROM = 7  # the month from which a year's plan is for the year after


def _recalled_later_month(text: str, mentions: list[DateMention], year: int,
                          dateline: str) -> bool:
    """`Trưa 15-5, ... thăm chính thức Lào` and `Trước đó, ... thăm Việt Nam tháng 12-2021`:
    a month of `year` after the dateline's, told as before the news, puts the news in the
    year after."""
    for before in _BEFORE_THE_NEWS.finditer(text):
        end = _SENTENCE_END.search(text, before.end())
        hi = end.start() if end else len(text)
        if any(before.end() <= m.start < hi and len(m.value) >= 7 and m.value[:4] == str(year)
               and m.value[5:7] > dateline[2:4] for m in mentions):
            return True
    return False


def _lead_month(mentions: list[DateMention], year: int) -> int | None:
    """`QĐND - Trong khuôn khổ chuyến thăm ..., chiều 16-1, tại Vientiane, ...`, `(ĐCSVN)
    - Từ ngày 13 đến ngày 14 tháng 01 năm 2010, ...`: the first day the lead tells, with
    no year or the report's, is news of the report's month."""
    first = next((m for m in mentions if m.start < _LEAD and _has_day(m.value)), None)
    if first is None or not (first.value.startswith("--") or first.value[:4] == f"{year:04d}"):
        return None
    return int(first.value[-5:-3])


def _looked_back(text: str, mentions: list[DateMention], year: int) -> bool:
    """Whether the text tells a year `_RECALLED` or more after `year` as past or present
    (not a plan, a target or a bound): a dateline of that year then recalls history."""
    for m in mentions:
        if m.value.startswith("--") or int(m.value[:4]) - year < _RECALLED:
            continue
        clause = clause_bounds(text, m.start)
        if not (has_future(text, *clause) or _target_year(text, clause[0], m.start)
                or _SINCE_BEFORE.search(text, max(0, m.start - 14), m.start)
                or _BEFORE.search(text, max(0, m.start - 16), m.start)):
            return True
    return False


def _long_after(stamp: str, dateline: str) -> bool:
    """A stamp more than a month after the dateline: news is published within days."""
    try:
        gap = dt.date.fromisoformat(stamp[:10]) - dt.date.fromisoformat(dateline[:10])
    except ValueError:
        return False
    return gap > dt.timedelta(days=31)


def dates_itself(text: str) -> bool:
    """Whether the text gives its own date: a time stamp, or a dateline with its year."""
    if _stamp(text) is not None:
        return True
    dateline = lead_dateline(text)
    return dateline is not None and not dateline.startswith("--")


def lead_dateline(text: str) -> str | None:
    """The dateline, reading the dates of the lead only (where a dateline can be).
    They are taken from the scan of the whole text, which the other stages read
    too (and `date_parts` keeps), rather than from a scan of the lead of its own:
    a date form is short, so those opening in the lead read the same either way."""
    lead = [p for p in date_parts(text) if p.start <= _DATELINE_WINDOW]
    return dateline_of(text, resolve_dates(text, lead, None))


def _best_year(ev: _Evidence) -> int | None:
    if ev.current:
        return max(ev.current)
    if ev.lead and max(ev.lead) >= max(ev.stated, default=0):
        return max(ev.lead)  # later than any year looked back on
    for years in (ev.stated + ev.completed, ev.periods, ev.anniversaries, ev.near_plans,
                  [int(day[:4]) for day in ev.coming_days]):
        if years:
            return max(years)
    return None


def _gather(text: str, mentions: list[DateMention]) -> _Evidence:
    ev = _Evidence()
    told = _without_years_reached(text, mentions)
    replaces = supersedes(text.lower())
    ahead = _seasons_ahead(text, told, mentions)
    for m in mentions:
        clause = clause_bounds(text, m.start)
        future = has_future(told, *clause)  # plans and targets: the whole clause
        if m.value.startswith("--"):
            if ev.announced_month is None and future:
                ev.announced_month = int(m.value[2:4])
            continue
        year, end_year = int(m.value[:4]), _year(m.end_value)
        if end_year is None and (_SINCE_BEFORE.search(text, max(0, m.start - 14), m.start)
                                 or in_since_phrase(text, clause[0], m.start)):
            continue  # `tính từ năm 2000 đến nay`: a lower bound, not the year written in
        if _BEFORE.search(text, max(0, m.start - 16), m.start):
            continue  # `trước cuối năm 2012`: a deadline (or a bound), not the year written in
        if m.qualifier == "end" and not future and _TOTAL_THROUGH.search(
                text, max(0, m.start - 24), m.start):
            ev.completed.append(year + 1)  # `Lũy kế đến hết năm 2024, ...`: told once it ended
            continue
        if replaces and _EARLIER_DOCUMENT.search(text, max(0, m.start - 160), m.start):
            continue  # `thay thế Hiệp định ... ký năm 1998`: an older document's year
        if _is_anniversary(m):  # `sẽ tổ chức ... kỷ niệm (1967-2022)`: kept in a year to come
            if future:
                ev.coming_days.append(m.end_value or m.value)
            else:
                ev.anniversaries.append(end_year or year)
        elif (m.value, m.end_value) in ahead:
            ev.periods.append(year)  # `Lễ ký kết ... mùa khô 2025-2026`: a season to work in
        elif _is_season(text, m, _ahead_of_results(text, future, clause)) or (
                _two_years_done(text, m, future)):
            # (a season's results are looked back on, whatever the clause looks forward to:
            # `hướng tới chào mừng ..., đánh giá cao kết quả ... mùa khô 2016-2017`)
            ev.stated.append(end_year or year)
        elif _is_period(text, m):
            ev.periods.append(year)
        elif plan_of_year(text, m):
            ev.periods.append(year)
            ev.plans.append(year)
        elif len(m.value) == 10 and m.start < _LEAD:
            ev.lead.append(max(year, end_year or year))
            if ev.announced_month is None and future:
                ev.announced_month = int(m.value[5:7])
        elif _THIS_YEAR.match(text, m.end) and end_year is None:
            ev.current.append(year)
        elif future and len(m.value) == 7 and end_year is None:
            ev.near_plans.append(year)  # `sẽ thi công xong trong cuối tháng 5/2018`
        elif not future and not _target_year(told, clause[0], m.start):
            ev.stated.extend(y for y in (year, end_year) if y is not None)
            if _reports_finished_year(text, m, clause):
                ev.completed.append(year + 1)
            elif _reviews_year(text, m, clause):
                ev.reviewed.append(year)
                if _RESULTS.search(text, *clause):
                    ev.summed_up.append(year)
    _gather_year_pairs(text, mentions, ev)
    # an anniversary counted from its founding names the year it is kept, as a stated year,
    # unless it is one to prepare (`phối hợp tổ chức ... để chào mừng ... kỷ niệm 55 năm`):
    # then its day is one to come
    for day, planned in _counted_days(text):
        if planned:
            ev.coming_days.append(day)
        else:
            ev.stated.append(int(day[:4]))
    ev.stated += _reviewed_terms(text)
    return ev


# `Hội nghị sơ kết 1 năm thực hiện thỏa thuận hợp tác ... (được ký kết ngày 14/05/2018)`:
# a review of N years of a document signed in year Y is held in year Y + N
# (its first letter in either case as a case-sensitive class, `ſ` too as the case-blind
# `s` reads it, so that the engine skips to it rather than trying every character)
_REVIEWED = re.compile(
    r"(?-i:[sSſtT])(?:(?<=[sSſ])ơ|(?<=[tT])ổng)\s+kết\s+"
    r"(?P<n>\d{1,2}|" + _alt(_VOCAB["count_words"]) + r")\s+năm\s+"
    r"(?:thực\s+hiện|triển\s+khai)[^.!?\n]{0,160}?ký(?:\s+kết)?\s+(?:vào\s+)?"
    r"(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|năm\s+)(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _reviewed_terms(text: str) -> list[int]:
    """Years in which the reviews of N years of a dated document are held."""
    if "kết" not in text:
        return []
    return [int(m.group("y")) + count_value(m.group("n")) for m in _REVIEWED.finditer(text)]


# a season that is what is signed, planned or set out for is one beginning, not looked back on
_SEASON_AHEAD = re.compile(r"(?<![^\W_])(?:ký\s+kết|kế\s+hoạch|xuất\s+quân)(?![^\W_])",
                           re.IGNORECASE)


def _seasons_ahead(text: str, told: str,
                   mentions: list[DateMention]) -> set[tuple[str, str | None]]:
    """The seasons an article signs, plans or sets out for (`Lễ ký kết ... mùa khô
    2025-2026`, `ký kết Bản Thỏa thuận về việc tiếp tục tìm kiếm ... vào mùa khô 2015-2016`):
    each is one beginning, wherever else the article names it."""
    ahead = set()
    for m in mentions:
        if m.value.startswith("--") or _year(m.end_value) != int(m.value[:4]) + 1:
            continue  # (no two years in a row: no season)
        clause = clause_bounds(text, m.start)
        future = _ahead_of_results(text, has_future(told, *clause), clause)
        if _is_season(text, m, future) and _SEASON_AHEAD.search(text, clause[0], m.start):
            ahead.add((m.value, m.end_value))
    return ahead


def _ahead_of_results(text: str, future: bool, clause: tuple[int, int]) -> bool:
    """A clause that looks ahead, and not on a season's results (`đánh giá cao kết quả ...
    mùa khô 2016-2017` looks back, whatever else the clause looks forward to)."""
    return future and not _RESULTS.search(text, *clause)


def _is_season(text: str, m: DateMention, future: bool) -> bool:
    """`mùa khô 2018-2019` looked back on: it ended in its second year."""
    end = _year(m.end_value)
    if future or end != int(m.value[:4]) + 1:
        return False
    # `mùa khô 2018-2019`: the season's words before its years, inside the mention or not
    digit = re.search(r"\d", text[m.start : m.end])
    years_at = m.start + (digit.start() if digit else 0)
    return _SEASON.search(text, max(0, m.start - 16), years_at) is not None


def _two_years_done(text: str, m: DateMention, future: bool) -> bool:
    """`trong năm 2023-2024, Đội K92 đã quy tập ...`, `sơ kết 2 năm ... (năm 2023 - 2024)`:
    two years in a row told as past reach into the second (as a season's do), unless
    they are a plan's period (`giai đoạn`, `kế hoạch`)."""
    end = _year(m.end_value)
    return (not future and end == int(m.value[:4]) + 1 and len(m.value) == 4
            and not _named_period(text, m))


def counted_anniversaries(text: str, *, past_only: bool = False) -> list[int]:
    """Years kept by anniversaries counted from a known founding (`kỷ niệm 60 năm
    quan hệ ngoại giao Việt Nam - Lào` -> 2022); with `past_only`, not those in a
    clause about plans."""
    return [int(day[:4]) for day, planned in _counted_days(text) if not (past_only and planned)]


def _counted_days(text: str) -> list[tuple[str, bool]]:
    """The days anniversaries counted from a known founding are kept on, and whether
    each is prepared for (in a clause about plans)."""
    days: list[tuple[str, bool]] = []
    if not _KEPT.search(text):
        return days  # no anniversary is kept without `kỷ niệm` (the usual case)
    low = text.lower()
    for event, pattern, founded, first_named in _FOUNDINGS:
        if event not in low:
            continue  # (most texts name none of them: a cheap look first)
        for found in pattern.finditer(text):
            if not _KEPT_BEFORE.search(text, max(0, found.start() - 140), found.start()):
                continue
            near = re.split(r"[.!?\n]", text[found.start() : found.end() + _COUNTRY_REACH])[0]
            near = near.lower()
            named = [country for country in founded if country in near]
            if first_named:  # `Quốc khánh nước CHDCND Lào ... Việt Nam`: the first one's
                named = sorted(named, key=near.find)[:1]
            elif not named:  # `Năm hữu nghị Việt Nam – Campuchia 2012 và kỷ niệm 45 năm thiết lập
                # quan hệ ngoại giao hai nước`: the country named just before, in the sentence
                before = text[max(0, found.start() - 120) : found.start()].lower()
                before = re.split(r"[.!?\n]", before)[-1]
                at = {country: before.rfind(country) for country in founded}
                nearest = max(at, key=at.__getitem__)
                named = [nearest] if at[nearest] >= 0 else []
            planned = _planned(text, found.start())
            for country in named:
                day = founded[country]
                days.append((f"{int(day[:4]) + int(found.group(1)):04d}{day[4:]}", planned))
    return days


def in_since_phrase(text: str, clause_start: int, pos: int) -> bool:
    """`Từ khi thực hiện Hiệp định ... ký ngày 28-8-2000, Đội K92 ...`, `kết quả ... kể từ
    kỳ họp lần thứ 15 (tháng 3/2017)`: after `từ khi` or `kể từ` (since) with no comma
    between."""
    phrase = text[clause_start:pos]
    return bool(_SINCE_WORDS.search(phrase.rpartition(",")[2]))


def supersedes(low: str) -> bool:
    """Whether a lower-cased text may name a document another supplements or replaces."""
    return any(word in low for word in _SUPERSEDING_WORDS)


def _planned(text: str, pos: int) -> bool:
    """A marker of plans in the clause, or `tổ chức ... để chào mừng` (preparing for it)."""
    start, end = clause_bounds(text, pos)
    return has_future(text, start, end) or bool(_PREPARING.search(text, start, pos))


def _gather_year_pairs(text: str, mentions: list[DateMention], ev: _Evidence) -> None:
    """A season looked back on (`Trong mùa khô 2021-2022, ... đã`) ended in its second
    year; a longer span (`hợp tác 2017-2021`) is a plan's period."""
    for pair in _YEAR_PAIR.finditer(text):
        if any(m.start <= pair.start() < m.end for m in mentions):
            continue
        first, last = int(pair.group(1)), int(pair.group(2))
        if last == first + 1 and not has_future(text, *clause_bounds(text, pair.start())):
            ev.stated.append(last)
        elif first < last:
            ev.periods.append(first)


def _target_year(text: str, lo: int, pos: int) -> bool:
    """`lên 10 tỷ USD vào năm 2022`: looked at only when `vào`/`đến`/`tới` comes just before."""
    if text[max(lo, pos - 5) : pos].rstrip().rsplit(" ", 1)[-1].lower() not in _TARGET_GLUE:
        return False
    return _TARGET_YEAR.search(text, max(lo, pos - 60), pos) is not None


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _is_anniversary(m: DateMention) -> bool:
    """`(24/6/1967-24/6/2022)`: the same day and month, years apart."""
    end = m.end_value
    return end is not None and len(m.value) == 10 and m.value[4:] == end[4:] and m.value != end


def _is_period(text: str, m: DateMention) -> bool:
    """`giai đoạn 2019–2023`, `năm 2017-2021`: a plan's years, not a span looked back on."""
    if len(m.value) != 4 or m.end_value is None or len(m.end_value) != 4:
        return False
    return _named_period(text, m) or not re.search("đến|tới", text[m.start : m.end])


# `Kế hoạch hợp tác năm 2021`, `phương hướng phối hợp trong năm 2024`: the year a plan or
# a direction is for, often set the year before
_PLAN_BEFORE = re.compile(r"(?:kế\s+hoạch|phương\s+hướng)(?:\s+[^\W\d_]+){0,4}\s+(?:năm\s+)?$",
                          re.IGNORECASE)


def plan_of_year(text: str, m: DateMention) -> bool:
    """Whether a year is the one a plan or a direction is for (`phương hướng ... năm 2024`)."""
    return (len(m.value) == 4 and m.end_value is None
            and _PLAN_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)


def _named_period(text: str, m: DateMention) -> bool:
    """Years a period word opens (`giai đoạn 2019–2023`, `kế hoạch năm 2017-2021`)."""
    return (_PERIOD_BEFORE.search(text, max(0, m.start - 24), m.start) is not None
            or "giai" in text[m.start : m.end].lower())


def _reviews_year(text: str, m: DateMention, clause: tuple[int, int]) -> bool:
    """`Năm 2023, đoàn công tác của tỉnh đã ...`, `tình hình ... trong năm 2017`: a whole
    year told as done (or its results), not a day or some months of it (`4 tháng năm 2023`)."""
    if len(m.value) != 4 or m.end_value is not None or m.qualifier or m.period != m.value:
        return False
    return bool(_REVIEW.search(text, *clause)) and not _REVIEW_NOT.search(text, *clause)


_BY = re.compile(r"(?<![^\W_])(?:đến|tới)\s+$", re.IGNORECASE)
_PLANNED_BY = re.compile(r"(?<![^\W_])(?:sẽ|phấn\s+đấu|mục\s+tiêu|kế\s+hoạch|dự\s+kiến"
                         r"|định\s+hướng)(?![^\W_])", re.IGNORECASE)


def _without_years_reached(text: str, mentions: list[DateMention]) -> str:
    """The text with the `đến` of each year a figure was reached by blanked out
    (`nếu năm 2009 ... đạt 1,33 tỷ USD thì đến năm 2010 đạt 1,8 tỷ USD`): told with no
    word of a plan, `đến năm` is no target there."""
    if "đến năm" not in text and "tới năm" not in text:
        return text
    for m in mentions:
        by = _BY.search(text, max(0, m.start - 6), m.start) if len(m.value) == 4 else None
        if by is None:
            continue
        clause = clause_bounds(text, m.start)
        if _COMPLETED.search(text, m.end, clause[1]) and not _PLANNED_BY.search(text, *clause):
            text = text[: by.start()] + " " * (by.end() - by.start()) + text[by.end() :]
    return text


def _reports_finished_year(text: str, m: DateMention, clause: tuple[int, int]) -> bool:
    """`Năm 2017, kim ngạch đạt ...`: a whole year's figure, not an estimate."""
    if len(m.value) != 4 or m.end_value is not None or m.qualifier or m.period != m.value:
        return False
    start, end = clause
    return bool(_COMPLETED.search(text, start, end)) and not _ESTIMATE.search(text, start, end)


def _stamp(text: str) -> str | None:
    """A date beside a clock time in the lead: when the page was published."""
    found = _stamp_at(text)
    return found[0] if found else None


def _stamp_at(text: str) -> tuple[str, int, int] | None:
    """The stamp's date and where it is printed."""
    if _CLOCK_DIGITS.search(text, 0, _LEAD) is None:
        return None
    for m in _STAMP.finditer(text, 0, _LEAD):
        parts = [g for g in (m.group("y", "m", "d"), m.group("iy", "im", "id"),
                             m.group("y2", "m2", "d2")) if g[0]]
        value = resolve(int(parts[0][2]), int(parts[0][1]), int(parts[0][0]), None)
        if value is not None:
            return value, m.start(), m.end()
    return None


def _dispatch(text: str) -> str | None:
    """`Hà Nội ngày 10 tháng 1 điện`: the wire's own date, in the lead."""
    stamps = (m for m in _DISPATCH.finditer(text, 0, _LEAD) if dispatch_follows(text, m.end()))
    m = next(stamps, None)
    if m is None:
        return None
    day, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = m.group("y")
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def dateline_of(text: str, mentions: list[DateMention]) -> str | None:
    """The wire stamp or dateline of the lead (`--MM-DD` when it gives no year)."""
    return _dispatch(text) or _dateline(text, mentions)


def _dateline(text: str, mentions: list[DateMention]) -> str | None:
    for m in mentions:
        if m.start > _DATELINE_WINDOW:
            return None
        after = text[m.end : m.end + 3].lstrip(" ")[:1]
        if after == ")" and _BRACKETED_DAY.search(text, max(0, m.start - 16), m.start):
            after = text[m.end : m.end + 4].lstrip(" )")[:1]  # `Sáng nay (21/5), tại ...`
        if _has_day(m.value) and _opens_sentence(text, m.start) and after in _DATELINE_AFTER:
            return m.value
    return None


def _has_day(value: str) -> bool:
    """`2023-04-25` and `--04-25` name a day; `2023-04`, `--04`, `2023` do not."""
    return len(value) == 10 or (value.startswith("--") and len(value) == 7)


def _opens_sentence(text: str, pos: int) -> bool:
    """At a line or sentence start, after `Viêng Chăn (TTXVN) -` or `Theo TTXVN,`."""
    before = text[max(0, pos - 40) : pos].rstrip(" \t")
    if before.endswith("(") and _BRACKETED_DAY.search(before + " "):
        before = before[:-1].rstrip(" \t")  # `Chiều nay (21/10)`: today, and its day in brackets
    day_word = _DAY_WORD_END.search(before)
    if day_word is not None:
        pos = max(0, pos - 40) + day_word.start()
        before = before[: day_word.start()].rstrip(" \t")
    if not before or before[-1] in "\n.!?-–—:":
        return True
    if before[-1] != ",":
        return False
    if _SOURCE_CLAUSE.search(text, max(0, pos - 80), pos) is not None:
        return True
    place = _PLACE_LINE.search(text, max(0, pos - 60), pos)
    return place is not None and all(w[:1].isupper() or w[:1] == "(" for w in place[1].split())
