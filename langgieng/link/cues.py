"""Cue words around a name: what kind of thing it is, which office its
bearer holds, which country it belongs to. The vocabularies are data:
`data/cues.json`, `data/honorifics.json`, `data/names.json`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from langgieng.normalize import tone_normalize

DATA = Path(__file__).with_name("data")
LOOKBEHIND = 48  # characters searched before a name for its cue
_APPOSITION_OPENERS = frozenset(", (-–—")


def load_data(name: str) -> dict:
    path = DATA / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"{path}: cannot read link data: {exc}") from exc


def lowered(text: str) -> str:
    """Lower case with diacritics; same length as `text`. Cue words are
    written in the same (NFC) form the clean stage gives the text."""
    out = text.lower()
    if len(out) == len(text):
        return out
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _alternation(words: list[str]) -> str:
    forms = sorted({lowered(tone_normalize(w)) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True, slots=True)
class OfficeCue:
    role: str
    title: str  # the cue as written in the data file, lower case
    start: int
    end: int


def _last_word(cue: str) -> str:
    return lowered(tone_normalize(cue)).split()[-1]


def _ending_before(cues: list[str]) -> dict[str, re.Pattern[str]]:
    """For each last word, a pattern of the cues that end with it, ending just
    before a name. Searched only where that word stands before the name: a
    few cues, not all, are tried at each position of the window."""
    by_word: dict[str, list[str]] = {}
    for cue in cues:
        by_word.setdefault(_last_word(cue), []).append(cue)
    return {
        word: re.compile(rf"(?:^|(?<=[^\w]))({_alternation(group)})\s+$")
        for word, group in by_word.items()
    }


@dataclass(frozen=True, slots=True)
class Cues:
    kind_before: dict[str, re.Pattern[str]]  # by the cue's last word
    kind_of: dict[str, str]  # lower-case cue -> kind
    office_before: dict[str, re.Pattern[str]]  # by the cue's last word
    apposition: re.Pattern[str]
    role_of: dict[str, str]  # lower-case cue -> role
    honorifics: re.Pattern[str]
    stopwords: frozenset[str]
    english_stopwords: frozenset[str]  # stop only a run of ASCII words
    exact_only: frozenset[str]  # cues after which only exact aliases link (`thành phố X`)
    default_country: str
    unit_names: tuple[tuple[str, ...], ...] = ()  # lower-case words: (`công`, `thương`)
    name_endings: frozenset[str] = frozenset()  # stopwords that may close a name (`Trang`)

    def kind(self, low: str, start: int) -> str | None:
        """The kind announced by a cue ending just before `start`."""
        cue = self.cue_before(low, start)
        return self.kind_of.get(cue) if cue else None

    def cue_before(self, low: str, start: int) -> str | None:
        """The kind cue (lower case, single spaces) ending just before `start`."""
        match = _ending_at(self.kind_before.get(_word_before(low, start)), low, start)
        return " ".join(match.group(1).split()) if match else None

    def cues_before(self, low: str, start: int) -> tuple[str | None, OfficeCue | None]:
        """The kind cue (as `cue_before`) and the office cue (`Thủ tướng X`)
        that end just before `start`."""
        word = _word_before(low, start)
        kind = _ending_at(self.kind_before.get(word), low, start)
        office = _ending_at(self.office_before.get(word), low, start)
        return (
            " ".join(kind.group(1).split()) if kind else None,
            self._office(office) if office else None,
        )

    def office_after(self, low: str, end: int) -> OfficeCue | None:
        """An office in apposition after a name (`X, Bộ trưởng Ngoại giao`)."""
        if low[end : end + 1] not in _APPOSITION_OPENERS:
            return None
        match = self.apposition.match(low, end, min(len(low), end + LOOKBEHIND))
        return self._office(match) if match else None

    def _office(self, match: re.Match[str]) -> OfficeCue | None:
        title = " ".join(match.group(1).split())
        role = self.role_of.get(title)
        return OfficeCue(role, title, match.start(1), match.end(1)) if role else None

    def honorific_prefix(self, low: str, start: int, end: int) -> int:
        """Where the name proper starts after any honorifics at `start`."""
        position = start
        while position < end:
            match = self.honorifics.match(low, position, end)
            if not match or match.end() == position:
                break
            position = match.end()
        return position


def _ending_at(pattern: re.Pattern[str] | None, low: str, start: int) -> re.Match[str] | None:
    return pattern.search(low, max(0, start - LOOKBEHIND), start) if pattern else None


def _word_before(low: str, start: int) -> str:
    """The word (letters and dots) that ends before `start`, spaces skipped."""
    end = start
    while end > 0 and low[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and (low[begin - 1].isalpha() or low[begin - 1] == "."):
        begin -= 1
    return low[begin:end]


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_data("cues.json")
    kind_of = {
        " ".join(lowered(tone_normalize(w)).split()): kind
        for kind, words in data["kinds"].items()
        for w in words
    }
    role_of = {" ".join(lowered(o["cue"]).split()): o["role"] for o in data["offices"]}
    office_cues = [o["cue"] for o in data["offices"]]
    titles = _alternation(office_cues)
    honorifics = load_data("honorifics.json")["honorifics"]
    names = load_data("names.json")
    stopwords = names["stopwords"]
    return Cues(
        kind_before=_ending_before(list(kind_of)),
        kind_of=kind_of,
        office_before=_ending_before(office_cues),
        apposition=re.compile(rf"\s*[,(\-–—]\s*({titles})(?!\w)"),
        role_of=role_of,
        honorifics=re.compile(rf"({_alternation(honorifics)})(?:\s+|$)"),
        stopwords=frozenset(lowered(w) for w in stopwords),
        english_stopwords=frozenset(names["english_stopwords"]),
        name_endings=frozenset(lowered(w) for w in names["name_endings"]),
        exact_only=frozenset(" ".join(lowered(tone_normalize(w)).split())
                             for w in data["exact_only"]),
        default_country=data["default_country"],
        unit_names=tuple(tuple(lowered(name).split()) for name in names["unit_names"]),
    )
