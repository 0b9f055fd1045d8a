"""Page furniture: the lines of a page that are not the article.

Decided by general features of a line and its neighbours, never by one
site's strings:
- repetition: a line repeating the title or an earlier line; a teaser title
  printed twice (in a row or on one line), followed by its snippet;
- shape: short lines without sentence punctuation before the body starts
  (navigation, bylines), snippets cut off with "..." after a heading, photo
  credits such as "(Ảnh: X)" closing a caption line;
- a dateline alone on its line (`08:15, 03/06/2024`, `Cập nhật: ...`);
- vocabulary (furniture.json): follow-us, share, read-more, footer,
  lottery, horoscope and calendar lines. A vocabulary hit drops a line only
  when the line is also shaped like furniture, so body sentences that use
  the same words stay;
- link density, for text extracted from HTML;
- the tail: once the body has ended and a run of furniture starts, what
  follows it is furniture too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from langgieng.clean.lines import Line, line_key
from langgieng.clean.vocabulary import (
    CAPTION_CREDITS,
    DATELINES,
    READ_MORE_LINES,
    SOURCE_LINES,
    VOCABULARY,
)
from langgieng.normalize import fold

REPEATED_HEADING = "furniture:repeated-heading"
REPEATED = "furniture:repeated"
TEASER = "furniture:teaser"
CAPTION = "furniture:caption"
FOLLOW_US = "furniture:follow-us"
SHARE = "furniture:share"
READ_MORE = "furniture:read-more"
FOOTER = "furniture:footer"
LINKS = "furniture:links"
BYLINE = "furniture:byline"
DATELINE = "furniture:dateline"
CREDIT = "furniture:credit"
NAV = "furniture:nav"
TAIL = "furniture:tail"
TOPICS = {"furniture:lottery", "furniture:horoscope", "furniture:calendar"}
# Furniture after which, once the body has been seen, the rest may be tail.
_TAIL_STARTERS = {TEASER, READ_MORE, FOOTER, LINKS, SHARE, FOLLOW_US, *TOPICS}

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'-]*$")
SNIPPET_MAX_CHARS = 300
VOCABULARY_MAX_WORDS = 40


def find_furniture(
    title: str, lines: list[Line], anchors: Sequence[str] = ()
) -> list[str | None]:
    """A furniture reason for each line, or None for a line of the article."""
    title_key = line_key(title)
    reasons = [_line_reason(line, title_key, anchors) for line in lines]
    _mark_teasers(lines, reasons)
    _mark_related_titles(lines, reasons)
    _mark_doubled_titles(lines, reasons)
    _mark_repeats(lines, reasons)
    _mark_head(lines, reasons)
    _mark_caption_headings(lines, reasons)
    _mark_end_credits(lines, reasons)
    _mark_tail(lines, reasons)
    return reasons


def _line_reason(line: Line, title_key: str, anchors: Sequence[str]) -> str | None:
    if line.words <= 12 and DATELINES.found_in(line.folded):
        return DATELINE
    if _repeats_title(line, title_key):
        return REPEATED_HEADING
    if len(line.text) <= 400 and CAPTION_CREDITS.found_in(line.folded):
        return CAPTION
    if line.words <= 12 and READ_MORE_LINES.found_in(line.folded):
        return READ_MORE
    vocabulary = _vocabulary_reason(line)
    if vocabulary:
        return vocabulary
    if anchors and _link_share(line, anchors) >= 0.6:
        return LINKS
    return None


def _repeats_title(line: Line, title_key: str) -> bool:
    if not title_key or line.words > 40:
        return False
    if line.key == title_key:
        return True
    if line.body_like:  # a sentence of the body may say what the title says
        return False
    longer = max(len(line.key), len(title_key))
    if abs(len(line.key) - len(title_key)) > longer // 5:
        return False
    return fuzz.ratio(line.key, title_key, score_cutoff=90) >= 90


def _vocabulary_reason(line: Line) -> str | None:
    if line.words > VOCABULARY_MAX_WORDS:
        return None
    counts = VOCABULARY.hits(line)
    if not counts:
        return None
    shaped = line.heading or line.ellipsis or line.words <= 8
    for reason in VOCABULARY.order:
        hits = counts.get(reason, 0)
        if hits >= 2 or (hits and shaped):
            return reason
    return None


def _link_share(line: Line, anchors: Sequence[str]) -> float:
    covered = sum(len(anchor) for anchor in anchors if anchor in line.folded)
    return covered / max(1, len(line.folded))


def _mark_teasers(lines: list[Line], reasons: list[str | None]) -> None:
    i = 0
    while i < len(lines) - 1:
        end = _teaser_end(lines, i)
        if end == i:
            i += 1
            continue
        topic = next((reasons[j] for j in range(i, end) if reasons[j] in TOPICS), None)
        for j in range(i, end):
            if reasons[j] not in TOPICS:
                reasons[j] = topic or TEASER
        i = end


def _teaser_end(lines: list[Line], i: int) -> int:
    """End of a related-article teaser starting at line i, or i if none does."""
    first, second = lines[i], lines[i + 1]
    # (a sentence printed twice is a photo's caption, its image's text then its own: a
    # headline has no full stop)
    if first.key and first.key == second.key and first.words <= 40 and not first.body_like:
        end = i + 2  # the title twice in a row, then its snippet
        # a photo's caption printed twice (with its credit) is followed by the body
        credited = len(first.text) <= 400 and CAPTION_CREDITS.found_in(first.folded)
        if end < len(lines) and not credited and _is_snippet(lines, end):
            end += 1
        return end
    if first.heading and second.ellipsis and len(second.text) <= SNIPPET_MAX_CHARS and not (
            CAPTION_CREDITS.found_in(first.folded)):  # (a photo's caption is no link's title)
        return i + 2
    return i


def _mark_related_titles(lines: list[Line], reasons: list[str | None]) -> None:
    """Two or more bare titles in a row between paragraphs of the body: links to
    other articles. An article's own subheading stands alone above its paragraph;
    its lists are marked (`-`, `+`, `1.`) or punctuated."""
    body_seen = False
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and reasons[end] is None and _bare_title(lines[end]):
            end += 1
        if body_seen and end - i >= 2 and end < len(lines) and lines[end].body_like:
            for j in range(i, end):
                reasons[j] = TEASER
        body_seen = body_seen or (reasons[i] is None and lines[i].body_like)
        i = max(end, i + 1)


_LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}[.)/])")


def _bare_title(line: Line) -> bool:
    """A headline's shape: six words or more (a point of a list is shorter), unmarked."""
    return line.heading and line.words >= 6 and not _LIST_ITEM.match(line.text)


def _mark_doubled_titles(lines: list[Line], reasons: list[str | None]) -> None:
    """A title printed twice on one line (an image's text, then the link's) after
    the body has begun: a link to another article, and the snippet under it. At
    the top of a page the same shape is the article's own headline."""
    body_seen = False
    bare_run = False  # the teaser before had no snippet: the next title in its run has none
    for i, line in enumerate(lines):
        if body_seen and reasons[i] is None and _doubled(line.text):
            reasons[i] = TEASER
            nxt = i + 1
            if nxt < len(lines) and reasons[nxt] is None and not bare_run and (
                    _is_snippet(lines, nxt)):
                reasons[nxt] = TEASER
            bare_run = nxt < len(lines) and _doubled(lines[nxt].text)
        else:
            bare_run = False
        body_seen = body_seen or (reasons[i] is None and line.body_like)


def _doubled(text: str) -> bool:
    """`A headline of six words or more A headline of six words or more`."""
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and 6 <= half <= 40 and words[:half] == words[half:]


def _is_snippet(lines: list[Line], j: int) -> bool:
    line = lines[j]
    starts_pair = j + 1 < len(lines) and lines[j + 1].key == line.key
    return not line.heading and not starts_pair and len(line.text) <= SNIPPET_MAX_CHARS


def _mark_repeats(lines: list[Line], reasons: list[str | None]) -> None:
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.key in seen and reasons[i] is None:
            reasons[i] = REPEATED_HEADING if line.heading else REPEATED
        seen.add(line.key)


def _mark_head(lines: list[Line], reasons: list[str | None]) -> None:
    """Short unpunctuated lines before the first body sentence: navigation, bylines."""
    first_body = next(
        (i for i, line in enumerate(lines) if reasons[i] is None and line.body_like), None
    )
    for i in range(first_body or 0):
        if reasons[i] is None and lines[i].heading and lines[i].words <= 15:
            reasons[i] = BYLINE if _looks_like_name(lines[i].text) else NAV


def _looks_like_name(text: str) -> bool:
    """1-4 capitalised words and nothing else: a byline."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)


def _mark_caption_headings(lines: list[Line], reasons: list[str | None]) -> None:
    """A bare heading right above a photo caption is the photo's title."""
    for i in range(1, len(lines)):
        if reasons[i] == CAPTION and reasons[i - 1] is None and lines[i - 1].heading:
            reasons[i - 1] = CAPTION


def _mark_tail(lines: list[Line], reasons: list[str | None]) -> None:
    cut = _tail_start(lines, reasons)
    if cut is None:
        return
    for j in range(cut, len(lines)):
        # a paragraph longer than any snippet is the article's, wherever it stands
        if reasons[j] is None and not _long_paragraph(lines[j]):
            reasons[j] = TAIL


def _long_paragraph(line: Line) -> bool:
    """Twice as long as a teaser's snippet: a paragraph (a list of delegates may
    hold no full stop; an excerpt's last one may be cut off)."""
    return len(line.text) > 2 * SNIPPET_MAX_CHARS


def _tail_start(lines: list[Line], reasons: list[str | None]) -> int | None:
    n = len(lines)
    kept_after = [0] * (n + 1)  # characters of article lines from i on
    furniture_from = [0] * (n + 1)
    body_after = [False] * (n + 1)  # an article sentence from i on
    for i in range(n - 1, -1, -1):
        size = len(lines[i].text)
        kept = reasons[i] is None
        kept_after[i] = kept_after[i + 1] + (size if kept else 0)
        furniture_from[i] = furniture_from[i + 1] + (0 if kept else size)
        body_after[i] = body_after[i + 1] or (kept and (
            lines[i].body_like or (i == n - 1 and _cut_off(lines[i]))))
    body_seen = False
    for i in range(n):
        if reasons[i] is None:
            body_seen = True
        elif body_seen and reasons[i] in _TAIL_STARTERS and (
            # a teaser may stand inside the body: only no sentence after it ends the article
            not body_after[i + 1]
            or (reasons[i] != TEASER and kept_after[i + 1] * 4 <= furniture_from[i])
        ):
            return i
    return None


def _cut_off(line: Line) -> bool:
    """A paragraph the excerpt ends inside: many words, no sentence end."""
    return line.words >= 20 and not line.heading and not line.ellipsis


def caption_text(line: Line) -> str | None:
    """A photo caption without the credit that closes it (`... Hun Manet. Ảnh: X`),
    when a sentence of six words or more is left: the caption is the article's."""
    at = CAPTION_CREDITS.unanchored_start(fold(line.text))
    if at is None:
        return None
    kept = line.text[:at].rstrip(" |-–")
    return kept if len(kept.split()) >= 6 else None


def _mark_end_credits(lines: list[Line], reasons: list[str | None]) -> None:
    """A byline or "Theo X" source line closing the article."""
    for _ in range(2):
        last = next((i for i in range(len(lines) - 1, -1, -1) if reasons[i] is None), None)
        if last is None or lines[last].words > 10 or lines[last].body_like:
            return
        line = lines[last]
        if SOURCE_LINES.found_in(line.folded):
            reasons[last] = CREDIT
        elif _looks_like_name(line.text):
            reasons[last] = BYLINE
        else:
            return
