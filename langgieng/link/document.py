"""What the linker knows of one article while it repairs names: its text,
date, the mentions found so far, and where countries are named around a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from typing import Any

from langgieng.link.filters import COUNTRY_GAP
from langgieng.link.validity import Span
from langgieng.model import Article, Mention

_PHRASE_END = re.compile(r"[.;:!?\n]")
PHRASE_REACH = 80  # characters after a name searched for its country (`... của Lào`)
_SEPARATOR = r",\s*|\s+và\s+|\s+[-–]\s+"  # `A, X`, `A và X`, `A - X`
_LIST_SEPARATOR = re.compile(rf"(?:{_SEPARATOR})$")  # ending before a name
_LIST_SEPARATOR_AFTER = re.compile(_SEPARATOR)  # opening after one
_DASH = re.compile(r"[-–]")
_COUNTRY_CUE = re.compile(r"(?:của|thuộc|nước)\s+$|\(\s*$")


class Doc:
    """What the linker knows of one article while it repairs names."""

    def __init__(
        self,
        article: Article,
        span: Span | None,
        low: str,
        mentions: list[Mention],
        topic: Counter[str],
    ) -> None:
        self.text, self.published, self.span = article.text, article.published, span
        self.sentence_at = article.sentence_at  # the clean stage's sentences
        self.low, self.mentions = low, mentions
        countries = [m for m in mentions if m.kind == "country"]
        self.by_start = {m.start: m for m in countries}
        self.starts = sorted(self.by_start)
        self.by_end = {m.end: m for m in countries}
        named = Counter(m.entity for m in mentions if m.entity) + topic
        self.linked: dict[str, int] = dict(named)
        self.memo: dict[tuple[object, ...], tuple[str, float, str] | None] = {}
        self.titles: dict[int, Any] = {}  # offset -> the person's title ending there (discover)
        self.heads: list[tuple[int, int, str]] | None = None  # the titles in the text
        self.discovered: dict[str, str] = {}  # slug -> id of people found by `discover`
        self.taken = bytearray(len(self.text) + 1)  # 1 at each offset inside a name found
        self.cover(mentions)

    def cover(self, mentions: Iterable[Mention]) -> None:
        """Marks the offsets of names found, which later rules leave alone; a
        country's name after a form of address (`ngài Úc Kim Lẹ`) is left open,
        as the first word of a person's name."""
        for mention in mentions:
            if mention.rule == "person-cue":
                continue
            self.taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def country_at(self, position: int) -> str | None:
        """The country named right after `position` (`X của Lào`, `X, Việt Nam`)."""
        gap = COUNTRY_GAP.match(self.text, position)
        mention = self.by_start.get(gap.end()) if gap else None
        return mention.entity if mention else None

    def country_in_phrase(self, end: int) -> str | None:
        """The country a later cue in the same phrase gives (`X và Y của Lào`,
        `X, Y (Campuchia)`): the first country named before the phrase ends,
        if `của`, `thuộc`, `nước` or a bracket announces it."""
        at = bisect_left(self.starts, end)
        if at == len(self.starts) or self.starts[at] >= end + PHRASE_REACH:
            return None
        start = self.starts[at]
        if _PHRASE_END.search(self.text, end, start):
            return None
        cued = _COUNTRY_CUE.search(self.low, max(end, start - 8), start)
        return self.by_start[start].entity if cued else None

    def listed_after(self, start: int) -> Mention | None:
        """The linked mention an enumeration puts just before `start`
        (`tỉnh A, B và X`, `các đồng chí A, B và X`, `cặp tỉnh A - X`): X is of A's kind. Looked up
        among the mentions as they are now: a person found a moment ago counts."""
        found = _LIST_SEPARATOR.search(self.low, max(0, start - 6), start)
        if not found:
            return None
        end = found.start()
        return next((m for m in reversed(self.mentions) if m.end == end and m.entity), None)

    def listed_before(self, end: int) -> Mention | None:
        """The linked mention an enumeration puts just after `end` (`(X và Luông Pha
        Băng)`): X is of its kind too."""
        found = _LIST_SEPARATOR_AFTER.match(self.low, end)
        if not found:
            return None
        return next((m for m in self.mentions if m.start == found.end() and m.entity), None)

    def paired(self, listed: Mention, start: int, end: int) -> bool:
        """Whether a dash joins the listed mention and the name at start:end (`cặp tỉnh
        Điện Biên - Phông Sa Ly`): two sides of a pair, not items of one country's list."""
        lo, hi = (listed.end, start) if listed.end <= start else (end, listed.start)
        return bool(_DASH.search(self.low, lo, hi))

    def country_before(self, start: int) -> Mention | None:
        """The country named just before `start`, with only spaces between."""
        text, stop = self.text, start
        while stop > 0 and text[stop - 1] == " ":
            stop -= 1
        return self.by_end.get(stop) if stop < start else None
