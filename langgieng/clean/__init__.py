"""Stage `clean`: RawArticle -> Article with fixed clean text and sentences.

NFC and tidy characters, drop page furniture (recorded in `removed`), split
sentences, and give the article a content id. `Article.text` is one
paragraph a line and never changes after this stage.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from langgieng.clean.furniture import CAPTION, DATELINE, caption_text, find_furniture
from langgieng.clean.language import is_vietnamese
from langgieng.clean.lines import Line, make_lines
from langgieng.clean.links import anchor_texts
from langgieng.clean.sentences import split_sentences
from langgieng.clean.text import lines_of, normalize_chars, one_line, unwrapped
from langgieng.clean.vocabulary import DATELINES, PUBLISHED_LABELS
from langgieng.model import Article, RawArticle, Rejection, Removed
from langgieng.read.html import extract_page
from langgieng.read.published import iso_date, long_after_text, url_date

__all__ = ["clean", "content_id", "split_sentences"]

NO_TEXT = "no article text after cleaning"
NO_PAGE_TEXT = "no article text found in the page"
NOT_VIETNAMESE = "not in Vietnamese (a web archive page is kept only when it is)"
TITLE_MAX_WORDS = 40  # a longer first line of a text file is a paragraph of the body
# a date stamp some archives put before the text (`date 2019-01 Ngày 6/1, ...`)
_DATE_FIELD = re.compile(r"\s*date:?\s+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])\s*")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)", re.IGNORECASE)  # 15:35, 8h05
# `Các trang khác - 18/01/2006`: a short header line closed by its date
_DATE_CLOSING = re.compile(r"^[^\d]{0,60}[-–|,]\s*\d{1,2}/\d{1,2}/\d{4}\s*$")
_PARAGRAPH_WORDS = 25  # a kept line this long is the body: the header is over
_SENTENCE_BREAK = re.compile(r"[.!?…][\"')»]?\s+[^\W\d_]")


def clean(raw: RawArticle) -> Article | Rejection:
    """The clean article, or a Rejection when no article text is left.

    The headline is part of the text (its first line): its names and facts
    are the article's too. Body lines that repeat it are dropped."""
    filled = _with_text(raw)
    if isinstance(filled, Rejection):
        return filled
    if raw.format == "warc" and not is_vietnamese(filled.text or ""):
        return Rejection(raw.source, NOT_VIETNAMESE)
    filled, stamped = _date_field(filled)
    title, body = _title_and_body(filled)
    lines = make_lines(unwrapped(lines_of(body)))
    if not title and raw.format != "txt" and lines and lines[0].heading:
        title = lines.pop(0).text  # a page or record without a title: its first heading is one
    anchors = anchor_texts(filled.html) if filled.html else ()
    reasons = find_furniture(title, lines, anchors)
    credits = _keep_captions(lines, reasons)
    kept = [line.text for line, reason in zip(lines, reasons, strict=True) if not reason]
    if lines and not kept:  # a body of furniture only: a page, not an article
        return Rejection(raw.source, NO_TEXT)
    text = "\n".join([title, *kept] if title else kept)
    if not text:
        return Rejection(raw.source, NO_TEXT)
    # the page's own date: given with it, stamped before its text, written into its address
    # (weighed against the whole page: its own stamps and bylines are furniture, yet they
    # tell that the page is of the address's year, not a reprint long after its text)
    given = iso_date(filled.published) or stamped or _url_date(filled.url, filled.text or text)
    return Article(
        id=content_id(title, text),
        source=raw.source,
        format=raw.format,
        title=title,
        text=text,
        url=filled.url,
        published=given or _dateline(lines, reasons, text),
        sentences=split_sentences(text),
        removed=_removed_blocks(lines, reasons) + credits,
    )


def content_id(title: str, text: str) -> str:
    """sha256 (16 hex) of the clean title and body: NFC, single spaces, one
    paragraph a line; so blank lines or spacing in the source do not matter."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]


def _with_text(raw: RawArticle) -> RawArticle | Rejection:
    """`raw` with its text, extracting it from the page when only HTML was given."""
    if raw.text is not None or not raw.html:
        return raw
    page = extract_page(raw.html)
    if page is None:
        return Rejection(raw.source, NO_PAGE_TEXT)
    return RawArticle(
        source=raw.source, format=raw.format, text=page.text, html=raw.html,
        title=raw.title or page.title, url=raw.url or page.url,
        published=raw.published or page.published,
    )


def _url_date(url: str | None, text: str) -> str | None:
    """The date in the article's address, unless years after everything the text
    tells (a reprint's, not the article's)."""
    found = url_date(url)
    return None if found is None or long_after_text(found, text) else found


def _date_field(raw: RawArticle) -> tuple[RawArticle, str | None]:
    """The text without a leading `date YYYY-MM[-DD]` stamp, and that date."""
    found = _DATE_FIELD.match(raw.text or "")
    if not found or raw.text is None:
        return raw, None
    return replace(raw, text=raw.text[found.end() :]), found.group(1)


def _title_and_body(raw: RawArticle) -> tuple[str, str]:
    text = raw.text or ""
    if raw.title is not None or raw.format != "txt":
        return _site_name_dropped(one_line(raw.title or "")), text
    # A plain text with its title on the first line (a rule of dashes may follow),
    # unless that line is a paragraph: long, or several sentences.
    first, _, rest = normalize_chars(text).lstrip("\n").partition("\n")
    if first.strip() and _is_dateline(first):
        # `Thứ Hai, 15/7/2024` above the headline: the page's date, then the title
        title, body = _title_and_body(replace(raw, text=rest))
        return title, f"{first}\n{body}"
    if _is_paragraph(first):
        return "", text
    if not first.strip():
        return "", rest
    stripped = rest.lstrip()
    if stripped.startswith("---"):
        rest = stripped.partition("\n")[2]
    return one_line(first), rest


def _is_dateline(line: str) -> bool:
    found = make_lines([line])[0]
    return found.words <= 12 and DATELINES.found_in(found.folded)


def _is_paragraph(line: str) -> bool:
    return line.count(" ") >= TITLE_MAX_WORDS or bool(_SENTENCE_BREAK.search(line.strip()))


_SITE_SUFFIX = re.compile(
    r"\s+[|–—-]\s+[^|–—-]*(?:báo|tạp chí|online|\.vn|\.com|cổng thông tin|tin tức|vov|vtv|"
    r"ttxvn|vnexpress|tuổi trẻ|thanh niên|dân trí|nhân dân|quân đội|vietnamplus)[^|–—-]*$",
    re.IGNORECASE,
)


def _site_name_dropped(title: str) -> str:
    """`Title - Báo X` -> `Title`: a page title often ends with its site's name."""
    return _SITE_SUFFIX.sub("", title)


def _dateline(lines: list[Line], reasons: list[str | None], text: str) -> str | None:
    """The date of the first dateline the page prints (`Cập nhật: 17/02/2021`), unless
    it is years after every year the text names (a reprint of an old statement) and
    does not call itself the day of posting (`Ngày đăng: 01/02/2019`)."""
    in_header = True  # before the first paragraph kept: the page's header and byline
    for line, reason in zip(lines, reasons, strict=True):
        in_header = in_header and (bool(reason) or len(line.text.split()) < _PARAGRAPH_WORDS)
        # (a header line dropped for another reason may still print the page's clock:
        # `Minh Vi (VTV8) Cập nhật 15:35 ngày 19/10/2017`)
        clock = _CLOCK_TIME.search(line.text)
        stamped = reason and in_header and (clock or _DATE_CLOSING.search(line.text))
        if reason == DATELINE or stamped:
            found = iso_date(line.text)
            if found and (reason == DATELINE or len(found) == len("2017-10-19")):
                # (a page's clock is its own date, whatever years its text names)
                posted = clock or PUBLISHED_LABELS.found_in(line.folded)
                return None if long_after_text(found, text) and not posted else found
    return None


def _keep_captions(lines: list[Line], reasons: list[str | None]) -> list[Removed]:
    """A photo caption is the article's; only the credit closing it goes (in place,
    in `lines` and `reasons`). Returns the credits removed."""
    credits: list[Removed] = []
    for i, (line, reason) in enumerate(zip(lines, reasons, strict=True)):
        caption = caption_text(line) if reason == CAPTION else None
        if caption is not None:
            credits.append(Removed(text=line.text[len(caption):].strip(), reason=CAPTION))
            lines[i], reasons[i] = make_lines([caption])[0], None
    return credits


def _removed_blocks(lines: list[Line], reasons: list[str | None]) -> list[Removed]:
    """Consecutive dropped lines with one reason, as one block each."""
    blocks: list[Removed] = []
    previous: str | None = None
    for line, reason in zip(lines, reasons, strict=True):
        if reason and reason == previous:
            blocks[-1].text += "\n" + line.text
        elif reason:
            blocks.append(Removed(text=line.text, reason=reason))
        previous = reason
    return blocks
