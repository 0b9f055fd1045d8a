"""Furniture vocabularies (furniture.json), compiled once."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import ahocorasick

from langgieng.clean.lines import Line

_DATA = json.loads(Path(__file__).with_name("furniture.json").read_text(encoding="utf-8"))


def _patterns(items: Sequence[str]) -> list[re.Pattern[str]]:
    return [re.compile(item) for item in items]


STRONG = 2  # a strong pattern counts as two hits: enough on its own


class Vocabulary:
    """Phrases of every furniture kind in one Aho-Corasick automaton, plus
    each kind's patterns: one pass over a line finds all hits."""

    def __init__(self, kinds: dict[str, dict[str, list[str]]]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.patterns: list[tuple[str, list[re.Pattern[str]], int]] = []
        self.order = [f"furniture:{kind}" for kind in kinds]
        for kind, entries in kinds.items():
            reason = f"furniture:{kind}"
            for phrase in entries["phrases"]:
                needle = f" {phrase[:-1]}" if phrase.endswith("*") else f" {phrase} "
                self.automaton.add_word(needle, (reason, phrase))
            self.patterns.append((reason, _patterns(entries["patterns"]), 1))
            self.patterns.append((reason, _patterns(entries["strong"]), STRONG))
        self.automaton.make_automaton()

    def hits(self, line: Line) -> dict[str, int]:
        """Weighted count of the distinct phrases and patterns of each kind in `line`."""
        found: dict[str, set[str]] = {}
        for _end, (reason, phrase) in self.automaton.iter(f" {line.key} "):
            found.setdefault(reason, set()).add(phrase)
        counts = {reason: len(phrases) for reason, phrases in found.items()}
        for reason, patterns, weight in self.patterns:
            matched = sum(weight for p in patterns if p.search(line.folded))
            if matched:
                counts[reason] = counts.get(reason, 0) + matched
        return counts


VOCABULARY = Vocabulary(_DATA["vocabulary"])
READ_MORE_LINES = _patterns(_DATA["read_more"])
CAPTION_CREDITS = _patterns(_DATA["caption_credit"])
SOURCE_LINES = _patterns(_DATA["source_line"])
