"""Furniture vocabularies (furniture.json), compiled once."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import ahocorasick

from langgieng.clean.lines import Line

_DATA = json.loads(Path(__file__).with_name("furniture.json").read_text(encoding="utf-8"))
# Group references would point elsewhere once patterns are joined into one.
_GROUP_REFERENCE = re.compile(r"(?<!\\)(\\[1-9]|\(\?P=|\(\?\()")


def _patterns(items: Sequence[str]) -> list[re.Pattern[str]]:
    return [re.compile(item) for item in items]


class AnyOf:
    """Whether a text holds a match of any of some patterns, in few searches.

    Most lines match none, so the cost is that of failing. The patterns anchored
    with ^ are joined into one alternation, whose branches all fail at once past
    the start; the others are searched alone, where the engine skips ahead to
    their literal start, which a joined alternation would not.
    """

    def __init__(self, sources: Sequence[str]) -> None:
        for source in sources:
            if _GROUP_REFERENCE.search(source):
                raise ValueError(f"furniture.json: pattern refers to a group: {source}")
        anchored = [source for source in sources if source.startswith("^")]
        self.searches = [re.compile(s).search for s in sources if not s.startswith("^")]
        self.anchored = 1 if anchored else 0  # the joined anchored patterns come first
        if anchored:
            joined = "|".join(f"(?:{source})" for source in anchored)
            self.searches.insert(0, re.compile(joined).search)

    def unanchored_start(self, text: str) -> int | None:
        """Where the first match of an unanchored pattern starts, if any."""
        starts = [m.start() for search in self.searches[self.anchored :] if (m := search(text))]
        return min(starts) if starts else None

    def found_in(self, text: str) -> bool:
        # A plain loop: `any` over a generator costs more, on every line of every page.
        for search in self.searches:  # noqa: SIM110
            if search(text):
                return True
        return False


STRONG = 2  # a strong pattern counts as two hits: enough on its own


class Vocabulary:
    """Phrases of every furniture kind in one Aho-Corasick automaton, plus
    each kind's patterns: one pass over a line finds all hits."""

    def __init__(self, kinds: dict[str, dict[str, list[str]]]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.patterns: list[tuple[str, list[re.Pattern[str]], int]] = []
        sources: list[str] = []
        self.order = [f"furniture:{kind}" for kind in kinds]
        for kind, entries in kinds.items():
            reason = f"furniture:{kind}"
            for phrase in entries["phrases"]:
                needle = f" {phrase[:-1]}" if phrase.endswith("*") else f" {phrase} "
                self.automaton.add_word(needle, (reason, phrase))
            self.patterns.append((reason, _patterns(entries["patterns"]), 1))
            self.patterns.append((reason, _patterns(entries["strong"]), STRONG))
            sources += entries["patterns"] + entries["strong"]
        self.automaton.make_automaton()
        self.any_pattern = AnyOf(sources)  # most lines match none: one search tells

    def hits(self, line: Line) -> dict[str, int]:
        """Weighted count of the distinct phrases and patterns of each kind in `line`."""
        counts = self._phrase_counts(line.key)
        if not self.any_pattern.found_in(line.folded):
            return counts
        for reason, patterns, weight in self.patterns:
            matched = sum(weight for p in patterns if p.search(line.folded))
            if matched:
                counts[reason] = counts.get(reason, 0) + matched
        return counts

    def _phrase_counts(self, key: str) -> dict[str, int]:
        found: dict[str, set[str]] = {}
        for _end, (reason, phrase) in self.automaton.iter(f" {key} "):
            found.setdefault(reason, set()).add(phrase)
        return {reason: len(phrases) for reason, phrases in found.items()}


VOCABULARY = Vocabulary(_DATA["vocabulary"])
READ_MORE_LINES = AnyOf(_DATA["read_more"])
CAPTION_CREDITS = AnyOf(_DATA["caption_credit"])
SOURCE_LINES = AnyOf(_DATA["source_line"])
DATELINES = AnyOf(_DATA["dateline"])
PUBLISHED_LABELS = AnyOf(_DATA["published_label"])
