"""When two values agree, and which of a field's claims a new value agrees
with, without asking each one.

`agree` says when two values say the same thing: equal values, numbers within
rounding (0.5%), a date and a more precise date it is a prefix of, lists with
the same items in any order. A figure redrawn in every article gives a record's
field thousands of values, and asking `agree` of every one for each new fact
made a refresh cost grow with the record. `Values` keys
each claim by what a value agreeing with it must have: the value itself, a
list's sorted items, a date's prefixes, a number's sign and a narrow band of
its logarithm. A new value is compared only with the claims sharing a key with
it, and `agree` still decides: the first of those in stated order that agrees
is the first of all claims that agrees, as the scan of every claim gave.

Values of another kind (a dict, a NaN or an infinity) are not keyed: a claim
of one is asked by every value, and one is compared with every claim.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from typing import Any, Generic, Protocol, TypeVar

# A number's band, in natural logarithm: wider than the 0.5% that `agree` allows
# (ln(1 / 0.995) = 0.0050125), so two numbers that agree are in one band or two
# bands side by side.
BAND = 0.006


class Valued(Protocol):
    value: Any


C = TypeVar("C", bound=Valued)


def agree(a: Any, b: Any) -> Any | None:
    """The merged value when `a` and `b` say the same thing, else None.

    Numbers within rounding (0.5%) agree; a date agrees with a more precise
    date it is a prefix of (the precise one is kept); lists agree as sets.
    """
    if a == b and type(a) is type(b) and not isinstance(a, list):
        return a  # the usual case, and what the rules below give for it ([1] == [1.0])
    if isinstance(a, bool) or isinstance(b, bool):
        return a if a == b else None
    if isinstance(a, int | float) and isinstance(b, int | float):
        scale = max(abs(a), abs(b)) or 1.0
        return (a if a >= b else b) if abs(a - b) / scale <= 0.005 else None
    if isinstance(a, list) and isinstance(b, list):  # the same set, in the order first by text
        text_a, text_b = list(map(str, a)), list(map(str, b))
        if sorted(text_a) != sorted(text_b):
            return None
        return a if text_a <= text_b else b
    if isinstance(a, str) and isinstance(b, str) and looks_like_date(a) and looks_like_date(b):
        short, long = sorted((a, b), key=len)
        return long if long.startswith(short) else None
    return a if a == b else None


class Values(Generic[C]):
    """The claims of one field (in stated order), found by value. Changes to the
    list go through `merge` and `add`, which keep the keys. Claims are keyed when a
    look-up first needs them: most fields never hold two."""

    def __init__(self, claims: list[C]) -> None:
        self.claims = claims
        self._keyed: dict[Hashable, set[int]] = {}
        self._loose: set[int] = set()  # claims of values not keyed: every value asks them
        self._indexed = 0  # the claims before this place are keyed

    def find(self, value: Any) -> tuple[int, Any] | None:
        """The place of the first claim (in stated order) `value` agrees with, and
        their merged value; None if it agrees with none."""
        if len(self.claims) < 2:  # most fields of most records: nothing to look up
            merged = agree(self.claims[0].value, value) if self.claims else None
            return None if merged is None else (0, merged)
        probes = _probes(value)
        if probes is None:
            candidates: Iterable[int] = range(len(self.claims))
        else:
            self._index()
            found = set(self._loose)
            for probe in probes:
                found.update(self._keyed.get(probe, ()))
            candidates = sorted(found)
        for n in candidates:
            merged = agree(self.claims[n].value, value)
            if merged is not None:
                return n, merged
        return None

    def merge(self, n: int, merged: Any) -> None:
        """Give the claim at `n` (found by `find`) its merged value."""
        claim = self.claims[n]
        if merged is not claim.value:
            if n < self._indexed:
                self._drop(n, claim.value)
                self._put(n, merged)
            claim.value = merged

    def add(self, claim: C) -> None:
        """A new claim, last in stated order (keyed when first needed)."""
        self.claims.append(claim)

    def _index(self) -> None:
        """Key the claims not keyed yet, by their values now."""
        for n in range(self._indexed, len(self.claims)):
            self._put(n, self.claims[n].value)
        self._indexed = len(self.claims)

    def _put(self, n: int, value: Any) -> None:
        keys = _keys(value)
        if keys is None:
            self._loose.add(n)
            return
        for key in keys:
            self._keyed.setdefault(key, set()).add(n)

    def _drop(self, n: int, value: Any) -> None:
        keys = _keys(value)
        if keys is None:
            self._loose.discard(n)
            return
        for key in keys:
            held = self._keyed[key]
            held.discard(n)
            if not held:
                del self._keyed[key]


def _keys(value: Any) -> list[Hashable] | None:
    """What a claim of `value` is found by; None for a value not keyed."""
    if isinstance(value, int | float):  # bools too: True agrees only with what equals 1
        band = _band(value)
        return None if band is None else [band]
    if isinstance(value, str):
        if looks_like_date(value):  # found by itself, and by each of its prefixes
            return [("date", value), *(("prefix", value[:i]) for i in range(4, len(value) + 1))]
        return [("text", value)]
    if isinstance(value, list):
        return [("list", *sorted(map(str, value)))]
    return None


def _probes(value: Any) -> list[Hashable] | None:
    """The keys of the claims `value` may agree with; None to ask every claim."""
    if isinstance(value, int | float):
        band = _band(value)
        if band is None or band[0] == "zero":
            return None if band is None else [band]
        _, sign, n = band
        return [("number", sign, n - 1), band, ("number", sign, n + 1)]
    if isinstance(value, str) and looks_like_date(value):
        # the claims it is a prefix of, and the claims that are its prefixes
        return [("prefix", value), *(("date", value[:i]) for i in range(4, len(value) + 1))]
    return _keys(value)  # a text or a list: only a claim of the same one


def _band(number: int | float) -> tuple[Any, ...] | None:
    """Zero agrees only with zero; other numbers with numbers of their sign within
    0.5%, in their band of the logarithm or one beside it. NaN and the infinities
    are not banded."""
    if number == 0:
        return ("zero",)
    if isinstance(number, float) and not math.isfinite(number):
        return None
    return ("number", number > 0, math.floor(math.log(abs(number)) / BAND))


def looks_like_date(value: str) -> bool:
    return len(value) >= 4 and (value[:4].isdigit() or value.startswith("--"))
