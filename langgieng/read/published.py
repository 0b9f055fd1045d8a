"""A publication date as inputs give it -> ISO (YYYY-MM-DD, YYYY-MM or YYYY)."""

from __future__ import annotations

import bisect
import functools
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

# 2023-04-25, 2023/4/25, 2023-04-25T08:30:00+07:00, 20230425
_YMD = re.compile(r"(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?![\d])")
# 25/04/2023, 25-4-2023, 25.04.2023 (Vietnamese day-first order)
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_YM = re.compile(r"^(\d{4})[-/](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[-/](\d{4})$")
_Y = re.compile(r"^(\d{4})$")
# a year as the text names it: 2013, not part of 12.2013 figures or of a longer number
_ANY_YEAR = re.compile(r"(?<![\d.,])((?:19[4-9]|20[0-4])\d)(?!\d|[.,]\d)")
YEARS_AFTER_TEXT = 2  # a page date this many years after every year the text names


def years_named(text: str) -> list[int]:
    """Every year the text names."""
    return [int(y) for y in _ANY_YEAR.findall(text)]


# `từ năm 2001 đến nay`: a year a running total counts from, up to the time of writing
_UP_TO_NOW = re.compile(r"\s*(?:\)\s*)?(?:đến|tới|cho\s+đến)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)"
                        r"(?![^\W_])", re.IGNORECASE)


def long_after_text(published: str, text: str) -> bool:
    """Whether a page's date is years after every year the text names: the date it was
    shown (a header's clock, a reprint), not the date it was written. A year counted
    from up to now (`từ năm 2001 đến nay`) tells the text is of a later year."""
    years = [int(m.group(1)) for m in _ANY_YEAR.finditer(text)
             if not _UP_TO_NOW.match(text, m.end())]
    return bool(years) and int(published[:4]) - max(years) >= YEARS_AFTER_TEXT


def iso_date(value: object) -> str | None:
    """ISO form of `value`, or None when it is not a recognisable date."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    for pattern, order in ((_DMY, (3, 2, 1)), (_YMD, (1, 2, 3))):
        match = pattern.search(text)
        if match:
            found = _full(*(int(match.group(i)) for i in order))
            if found:
                return found
    return _partial(text)


def _full(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _partial(text: str) -> str | None:
    for pattern, year_first in ((_YM, True), (_MY, False)):
        match = pattern.match(text)
        if match:
            year, month = (match.group(1), match.group(2))
            if not year_first:
                month, year = year, month
            if 1 <= int(month) <= 12:
                return f"{int(year):04d}-{int(month):02d}"
            return None
    match = _Y.match(text)
    return match.group(1) if match else None


# Dates news sites write into their addresses, tried in order on the path (never the host):
# `/2017/10/19/`, `-2017-10-19` and `_20171019_` (htmldate's reading of separated dates),
# a CMS timestamp ending the slug (`-20160602181948366.htm`: day, then the clock),
# a day's folder (`/pages/20121105/`), a month's folder (`/201703/`), a day written
# last in the slug as Vietnamese writes it (`-13-05-2013/`), an id that is the Unix time
# of posting.
_URL_STAMP = re.compile(r"[-_/](\d{4})(\d{2})(\d{2})([01]\d|2[0-3])([0-5]\d)\d*(?=[./?#]|$)")
_URL_DAY_FOLDER = re.compile(r"/(\d{4})(\d{2})(\d{2})(?=/)")
_URL_MONTH_FOLDER = re.compile(r"/(\d{4})/?(\d{2})(?=/)")  # `/202210/`, and `/2013/08/` (blogs)
_URL_DMY = re.compile(r"-(\d{1,2})-(\d{1,2})-(\d{4})(?=[/.?#]|$)")
_URL_EARLIEST = 1990  # the Vietnamese press online; an older-looking number is an id
# an id that is the Unix time of posting, in seconds or milliseconds (`-1373808496.htm`,
# `-1649402477859.htm`), read only between these years: other ids are counters
_URL_EPOCH = re.compile(r"[-_/](\d{10}|\d{13})(?=[./?#]|$)")
_EPOCH_YEARS = (2005, 2035)
# an id that is the time of posting, two digits a part (`/ns160411141816`: 11/4/2016
# 14:18:16), as the foreign ministry's portals name their items; the last in the path is
# the item's (folders before it are dated by their own creation)
_URL_SHORT_STAMP = re.compile(r"/[a-z]{1,3}(\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
                              r"(?=[/.?#]|$)")
# or after a three-digit section number, to the millisecond (`-185260131193911718.htm`)
_URL_SECTION_STAMP = re.compile(r"-\d{3}(\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{3}"
                                r"(?=[./?#]|$)")
_URL_OPTIONS = Extractor(extensive=False, max=datetime(2100, 1, 1),
                         min=datetime(_URL_EARLIEST, 1, 1), original=False, format="%Y-%m-%d")


def url_date(url: str | None) -> str | None:
    """The publication date a news site wrote into the article's address, or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE)
    found = _htmldate_url_date(path)
    if found:
        return found
    for pattern, order in ((_URL_STAMP, (1, 2, 3)), (_URL_DAY_FOLDER, (1, 2, 3)),
                           (_URL_DMY, (3, 2, 1))):
        match = pattern.search(path)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            if year >= _URL_EARLIEST and (found := _full(year, month, day)):
                return found
    if (stamp := _epoch_date(path)) is not None:
        return stamp
    if short := _URL_SHORT_STAMP.findall(path) or _URL_SECTION_STAMP.findall(path):
        year, month, day = (int(part) for part in short[-1])
        if (found := _full(2000 + year, month, day)) is not None:
            return found
    match = _URL_MONTH_FOLDER.search(path)
    if match and int(match.group(1)) >= _URL_EARLIEST and 1 <= int(match.group(2)) <= 12:
        return f"{match.group(1)}-{match.group(2)}"
    return None


def _epoch_date(path: str) -> str | None:
    match = _URL_EPOCH.search(path)
    if match is None:
        return None
    seconds = int(match.group(1)) // (1000 if len(match.group(1)) == 13 else 1)
    day = datetime.fromtimestamp(seconds, tz=timezone(timedelta(hours=7)))  # Vietnam's clock
    return day.date().isoformat() if _EPOCH_YEARS[0] <= day.year <= _EPOCH_YEARS[1] else None


def _htmldate_url_date(path: str) -> str | None:
    """htmldate's date of a path written `YYYY-MM-DD` (or with / or _)."""
    found = extract_url_date(path, _URL_OPTIONS)
    return found if found and int(found[:4]) >= _URL_EARLIEST else None


# A page's number in its site's sequence: the last run of four or more digits in the path
# (`.../quan-he-viet-lao/429056.vnp`, `...-c43289204.epi`, `.../post325130.html`)
_PAGE_NUMBER = re.compile(r"(\d{4,})(?=\D*$)")
_SITE_PREFIX = re.compile(r"^(?:www\d?|m|lite|amp|mobile)\.")
PAGE_IDS = Path(__file__).with_name("data") / "page_ids.json"


def site_of(url: str) -> str:
    """The site an address is on, without the prefixes of its mobile or light editions
    (empty for an address no parser reads)."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:  # `http://[::1/bao`
        return ""
    return _SITE_PREFIX.sub("", host)


def page_number(url: str) -> int | None:
    """The page's number in its site's sequence, when its path ends with one."""
    try:
        match = _PAGE_NUMBER.search(urlsplit(url.strip()).path)
    except ValueError:
        return None
    return int(match.group(1)) if match else None


@functools.cache
def _page_table() -> dict[str, list[tuple[int, str]]]:
    data = json.loads(PAGE_IDS.read_text(encoding="utf-8"))
    return {site: [(number, month) for number, month in pages]
            for site, pages in data["sites"].items()}


def page_months(url: str | None) -> tuple[str, str] | None:
    """The months (`YYYY-MM`) of the site's nearest known pages before and after this
    one in its numbering (`page_ids.json`): it was published between them. None for a
    site not in the table or a page outside its known range."""
    if not url or (number := page_number(url)) is None:
        return None
    pages = _page_table().get(site_of(url))
    if not pages:
        return None
    at = bisect.bisect_left(pages, (number, ""))
    if at < len(pages) and pages[at][0] == number:
        return pages[at][1], pages[at][1]
    if at == 0 or at == len(pages):
        return None
    return pages[at - 1][1], pages[at][1]
