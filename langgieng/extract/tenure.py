"""The year of an article that states none, from the offices of the people it names.

News calls officials by the post they hold on the day (`Chủ tịch nước Nguyễn
Xuân Phúc`), so every titled mention of a gazetteer person bounds the date:
it lies within that person's term in that post, and within its first year
after `tân` (new: `Tân Thủ tướng`) or when the article tells a first in the
post (`chuyến thăm đầu tiên của ông X trên cương vị Thủ tướng`). When the text
gives no year at all and the common term leaves at most two years (for a dateline `Sáng 21-12`, two
in which that day falls), the article is dated in the first, marked inferred.
A title after `nguyên` (former), `cố` (late) or words of mourning bounds nothing. A numbered
session of a series the gazetteer dates (`Kỳ họp lần thứ 45 của Ủy ban liên
Chính phủ`) bounds it too: from the session's first day to a month after its last;
held on the days of a dateline that gives no year, it dates the article outright.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from langgieng.extract.clauses import lies_ahead
from langgieng.extract.editions import find_editions, numbers_name
from langgieng.extract.published import dates_itself, lead_dateline
from langgieng.gazetteer import Gazetteer
from langgieng.link.cues import Cues, cues, lowered
from langgieng.model import Article, Edition

_WINDOW = 48  # characters before a name searched for its title
_BETWEEN = re.compile(r"^(?:\s+[\w.-]+){0,2}\s+$")  # `Thủ tướng Campuchia Hun Manet`
_CHAINED = re.compile(r"^,\s*$")  # `Tổng Bí thư, ` before the nearest title
# a former post, or the last post of someone mourned (`mặc niệm tưởng nhớ Tổng Bí thư X`)
_FORMER = re.compile(r"(?:nguyên|cố|cựu|tưởng nhớ|tưởng niệm|mặc niệm|viếng)\s+$")
_NEW = re.compile(r"(?:^|\W)tân\s+$")
_MAX_YEARS = 2  # more years to choose from is a guess, not an inference
_REPORTED_WITHIN = dt.timedelta(days=31)
_PREPARED_WITHIN = dt.timedelta(days=365)  # a session is prepared within the year before it
_SAME_EVENT = dt.timedelta(days=2)  # a dateline this near a session's days reports it


def infer_year_from_terms(article: Article, gazetteer: Gazetteer) -> Article:
    """Date an undated article within the common term of its titled officials, or
    redate one whose year was guessed from its text outside that term."""
    if article.published and not article.published_inferred:
        return article
    dateline = lead_dateline(article.text)
    if (year := _year_of_session_on_dateline(article, gazetteer, dateline)) is not None:
        article.published, article.published_inferred = f"{year}{(dateline or '')[1:]}", True
        return article
    offices = list(_terms(article, gazetteer))
    if article.published:
        # a date guessed from a plan's period or a year looked back on, which the offices
        # named rule out, is dropped; a page's own time stamp or dated dateline is kept.
        # (Not sessions: a report may recall an earlier one in passing.)
        if not offices or _agrees(article.published, offices) or dates_itself(article.text):
            return article
        article.published, article.published_inferred = None, False
    terms = [*offices, *_session_terms(article, gazetteer)]
    if not terms:
        return article
    first, last = _common(terms)
    if first > last:
        return article  # no common term: the titles do not agree
    years = _years(first, last, dateline)
    if 0 < len(years) <= _MAX_YEARS:
        # a report of a session to come is written in the weeks before it: the session's
        # year, the last one the terms leave (`sẽ ... tham dự Kỳ họp lần thứ 39`)
        year = years[-1] if last in _sessions_ahead(article, gazetteer) else years[0]
        on_day = dateline[1:] if dateline and dateline.startswith("--") else ""
        article.published = f"{year}{on_day}"
        article.published_inferred = True
    return article


def _common(terms: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date]:
    """The first and last day every term holds (first after last: none)."""
    return max(start for start, _end in terms), min(end for _start, end in terms)


def _agrees(published: str, terms: list[tuple[dt.date, dt.date]]) -> bool:
    """Whether the date (`2021`, `2021-12` or `2021-12-06`) can fall within every term,
    or the terms share no day at all (then they rule nothing out)."""
    first, last = _common(terms)
    return first > last or (_day(published, last=False) <= last
                            and _day(published, last=True) >= first)


def _terms(article: Article, gazetteer: Gazetteer) -> Iterator[tuple[dt.date, dt.date]]:
    """(start, end) of the term each titled person mention points at."""
    low = lowered(article.text)
    titles = cues()
    today = dt.date.today()
    for mention in article.mentions:
        entity = gazetteer.get(mention.entity) if mention.entity else None
        if entity is None or entity.kind != "person" or not entity.offices:
            continue
        found = _title_roles(low, mention.start, titles)
        first = _first_in_post(low, mention.start, mention.end, titles)
        if first is not None:
            found = [(first, True)]  # the first in a post is in that post's first year, as `tân`
        for role, new in found:
            held = [o for o in entity.offices if o.role == role and o.start]
            if not held:
                continue
            if new:  # `tân Thủ tướng`: the first year of the latest term in that post
                start = _day(max(o.start for o in held if o.start), last=False)
                yield start, start + dt.timedelta(days=365)
                continue
            # every term in the post (Hun Sen was prime minister three times): their span
            start = min(_day(o.start, last=False) for o in held if o.start)
            end = max(_day(o.end, last=True) if o.end else today for o in held)
            yield start, end


def _named_sessions(article: Article, gazetteer: Gazetteer) -> Iterator[tuple[int, Edition]]:
    """Each session of a series the gazetteer dates, named with its number: where its
    number stands in the text, and the gazetteer's record of it."""
    named = [(mention, series) for mention in article.mentions
             if mention.kind == "series" and (series := gazetteer.get(mention.entity or ""))
             and series.editions]
    editions = find_editions(article.text) if named else []
    for mention, series in named:
        for start, end, number in editions:
            if numbers_name(start, end, mention.start, mention.end):
                session = next((e for e in series.editions if e.number == number), None)
                if session is not None:
                    yield start, session


def _session_terms(article: Article, gazetteer: Gazetteer) -> Iterator[tuple[dt.date, dt.date]]:
    """(start, end) around each dated session named with its number: reports of a
    session come from its first day to a month after it closed."""
    for start, session in _named_sessions(article, gazetteer):
        first = _day(session.start, last=False)
        if lies_ahead(article.text, start):  # `chuẩn bị ... tại Kỳ họp 47`: reported before
            yield first - _PREPARED_WITHIN, first
        else:
            yield first, _day(session.end or session.start, last=True) + _REPORTED_WITHIN


def _sessions_ahead(article: Article, gazetteer: Gazetteer) -> set[dt.date]:
    """The first days of the dated sessions the article tells as still to come."""
    return {_day(session.start, last=False)
            for start, session in _named_sessions(article, gazetteer)
            if lies_ahead(article.text, start)}


def _year_of_session_on_dateline(
    article: Article, gazetteer: Gazetteer, dateline: str | None
) -> int | None:
    """`Sáng 6/1, ... kỳ họp lần thứ 46 ...`: a session the gazetteer dates to the day,
    held within two days of a dateline that gives no year, is the article's event: its
    year is the article's (over a year guessed from the text or from a first in a post)."""
    if dateline is None or not re.fullmatch(r"--\d\d-\d\d", dateline):
        return None
    month, day = int(dateline[2:4]), int(dateline[5:7])
    years = set()
    for _, session in _named_sessions(article, gazetteer):
        if len(session.start) != 10:
            continue
        first = _day(session.start, last=False) - _SAME_EVENT
        last = _day(session.end or session.start, last=True) + _SAME_EVENT
        years |= {year for year in {first.year, last.year}
                  if _within(year, month, day, first, last)}
    return years.pop() if len(years) == 1 else None


def _day(value: str, *, last: bool) -> dt.date:
    """`2024`, `2024-08` or `2024-08-15` as its first (or last) day."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)
    year, month = parts
    if not last:
        return dt.date(year, month, 1)
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _title_roles(low: str, start: int, titles: Cues) -> list[tuple[str, bool]]:
    """The roles of the titles standing before the name, each with whether it is a
    new one (`tân`): the nearest title, then those chained before it with commas
    (`Tổng Bí thư, Chủ tịch nước X` holds both posts at once)."""
    roles: list[tuple[str, bool]] = []
    found = _title_before(low, start, titles, _BETWEEN)
    while found is not None:
        at, role, new = found
        roles.append((role, new))
        found = _title_before(low, at, titles, _CHAINED)
    return roles


def _title_before(low: str, start: int, titles: Cues,
                  between: re.Pattern[str]) -> tuple[int, str, bool] | None:
    """The title before `start` (the nearest, then the longest: `phó thủ tướng`, not
    `thủ tướng`) with what stands between them matching `between`, unless it is a
    former one: where it starts, its role and whether it is new (`tân`)."""
    offset = max(0, start - _WINDOW)
    window = low[offset:start]
    best: tuple[int, int, int, str, bool] | None = None
    for cue, role in titles.role_of.items():
        at = window.rfind(cue)
        if at < 0 or (at > 0 and window[at - 1].isalpha()):
            continue
        if not between.match(window[at + len(cue) :]) or _FORMER.search(window[:at]):
            continue
        candidate = (at + len(cue), len(cue), offset + at, role, bool(_NEW.search(window[:at])))
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2:] if best else None


_IN_POST = re.compile(r"\s+trên\s+cương\s+vị\s+")
_FIRST = re.compile(r"(?<![^\W_])(?:đầu\s+tiên|lần\s+đầu)(?![^\W_])[^.;!?]{0,60}$")


def _first_in_post(low: str, start: int, end: int, titles: Cues) -> str | None:
    """The post of `X` in `chuyến thăm đầu tiên của ông X trên cương vị Thủ tướng`:
    the first (visit, speech) in a post held since shortly before."""
    post = _IN_POST.match(low, end)
    if post is None or not _FIRST.search(low, max(0, start - 80), start):
        return None
    held = [(len(cue), role) for cue, role in titles.role_of.items()
            if low.startswith(cue, post.end())
            and not low[post.end() + len(cue) : post.end() + len(cue) + 1].isalpha()]
    return max(held)[1] if held else None


def _years(first: dt.date, last: dt.date, dateline: str | None) -> list[int]:
    """The years the article may be of: those of the term, or those in which the
    dateline's day falls within it."""
    every = range(first.year, last.year + 1)
    if dateline is None or not dateline.startswith("--"):
        return list(every)
    month, day = int(dateline[2:4]), int(dateline[5:7])
    return [year for year in every if _within(year, month, day, first, last)]


def _within(year: int, month: int, day: int, first: dt.date, last: dt.date) -> bool:
    try:
        return first <= dt.date(year, month, day) <= last
    except ValueError:  # 29 February of a common year
        return False
