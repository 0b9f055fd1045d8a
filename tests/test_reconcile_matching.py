"""A field's claims found by value (reconcile/matching.py): the claim a value joins
is the one a scan of every claim in stated order finds, and few are asked."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from langgieng.reconcile import matching
from langgieng.reconcile.matching import Values, agree


@dataclass
class Box:
    value: Any


def scanned(values: list[Any]) -> tuple[list[Any], list[int]]:
    """The claims' values, and the claim each value joined, as asking every claim
    in stated order gives them."""
    claims: list[Any] = []
    joined = []
    for value in values:
        for n, claim in enumerate(claims):
            merged = agree(claim, value)
            if merged is not None:
                claims[n] = merged
                joined.append(n)
                break
        else:
            claims.append(value)
            joined.append(len(claims) - 1)
    return claims, joined


def indexed(values: list[Any], claims: list[Any] | None = None) -> tuple[list[Any], list[int]]:
    found = Values([Box(value) for value in claims or []])
    joined = []
    for value in values:
        hit = found.find(value)
        if hit is None:
            found.add(Box(value))
            joined.append(len(found.claims) - 1)
        else:
            found.merge(*hit)
            joined.append(hit[0])
    return [box.value for box in found.claims], joined


def typed(values: list[Any]) -> list[tuple[str, str]]:
    return [(type(value).__name__, repr(value)) for value in values]  # nan == nan as text


def _number(rng: random.Random) -> Any:
    base = rng.choice([1, 7, 1000, 10_570_000_000, 3.2e-7, 10**30, 2.5e300])
    shape = rng.random()
    if shape < 0.15:  # on the 0.5% edge, either side
        value = base * rng.choice([0.995, 1.005, 0.99499, 1.00503, 1 / 0.995])
    elif shape < 0.25:
        value = rng.choice([0, 0.0, -0.0, True, False, 1, 1.0, math.nan, math.inf, -math.inf,
                            Decimal(1), Decimal("1000.0")])
    else:
        value = base * (1 + rng.uniform(-0.02, 0.02))
    if isinstance(value, float) and math.isfinite(value) and rng.random() < 0.4:
        value = int(value) if abs(value) >= 1 else value
    return -value if rng.random() < 0.2 and not isinstance(value, bool) else value


def _other(rng: random.Random) -> Any:
    return rng.choice([
        "2023", "2023-04", "2023-04-25", "2023-04-26", "2023-05", "2024", "--04-25", "--04",
        "202", "2023x", "Viêng Chăn", "viêng chăn", "",
        ["vn", "kh"], ["kh", "vn"], ["vn"], [1, "1"], ["1", 1], [1.0], [1], [],
        {"a": 1}, {"a": 1.0}, None, (1, 2),
    ])


@pytest.mark.parametrize("seed", range(40))
def test_a_value_joins_the_claim_a_scan_of_every_claim_finds(seed: int) -> None:
    rng = random.Random(seed)
    draw = _number if seed % 2 else (lambda r: _number(r) if r.random() < 0.5 else _other(r))
    values = [draw(rng) for _ in range(300)]
    claims, joined = scanned(values)
    assert len(claims) > 10 and len(set(joined)) < len(values)  # values did merge
    assert (typed(indexed(values)[0]), indexed(values)[1]) == (typed(claims), joined)
    # and from claims already stated, as a refresh finds them
    more = [draw(rng) for _ in range(100)]
    before, _ = scanned(values)
    after, joined_after = scanned([*values, *more])
    assert (typed(indexed(more, before)[0]), indexed(more, before)[1]) == (
        typed(after), joined_after[len(values):])


def test_a_figure_merged_upwards_is_found_by_its_new_value() -> None:
    # each value within 0.5% of the claim's last: the claim climbs across bands
    values = [100 * 1.0045**n for n in range(60)]
    values += [150.0, 100.0, 131.0]  # agree only with what the claim has become, or nothing
    claims, joined = scanned(values)
    assert len(claims) > 1 and joined[:60] == [0] * 60
    assert (typed(indexed(values)[0]), indexed(values)[1]) == (typed(claims), joined)


def test_a_value_agreeing_with_two_claims_joins_the_first_stated() -> None:
    # 2023-04 and 2023-05 are two claims; 2023 agrees with both
    assert indexed(["2023-05", "2023-04", "2023"]) == (["2023-05", "2023-04"], [0, 1, 0])
    assert indexed([1000, 1009, 1004.5]) == ([1004.5, 1009], [0, 1, 0])


def test_a_value_is_compared_with_the_few_claims_it_may_agree_with(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []

    def counted(a: Any, b: Any) -> Any | None:
        asked.append(a)
        return agree(a, b)

    figures = [round(1000 * 1.02**n) for n in range(3000)]  # 3,000 values 2% apart
    dates = [f"{year}-{month:02d}" for year in range(1900, 2100) for month in range(1, 13)]
    found = Values([Box(value) for value in [*figures, *dates, *map(str, figures)]])
    monkeypatch.setattr(matching, "agree", counted)
    for value in [*figures[::7], *(f * 1.003 for f in figures[::11]), *dates[::5],
                  "2050", "2050-06-30", "1000"]:
        assert found.find(value) is not None
    assert len(asked) < 2 * (3000 / 7 + 3000 / 11 + 2400 / 5 + 20)  # of 8,400 claims each
