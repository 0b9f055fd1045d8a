"""Orthographic variants of Vietnamese province names, and synonymous wordings of
series names, indexed as aliases.

Vietnamese spelling has free alternations a writer may pick either way:
`Đắk Lắk` / `Đắc Lắc` (final k/c; k/c before a, ă, â, o, ô, ơ, u, ư) and
`Quy` / `Qui` (final y/i). Tones and diacritics are already folded away by
the index; these letter swaps are not, so each province name gets its
variants here (rule `spelling`).
"""

from __future__ import annotations

import re
from itertools import product

from langgieng.model import Entity

MAX_VARIANTS = 16  # per name: a few syllables with two spellings each
# (pattern, replacement) swaps of one syllable; both directions are listed
_SWAPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"(?<=[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậóòỏõọốồổỗộớờởỡợúùủũụứừửữự])k$", "c"),
        (r"(?<=[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậóòỏõọốồổỗộớờởỡợúùủũụứừửữự])c$", "k"),
        (r"^K(?=[aăâoôơuưáàảãạắằẳẵặấầẩẫậóòỏõọốồổỗộớờởỡợúùủũụứừửữự])", "C"),
        (r"^C(?=[aăâoôơuưáàảãạắằẳẵặấầẩẫậóòỏõọốồổỗộớờởỡợúùủũụứừửữự])", "K"),
        (r"(?<=[Qq]u)y$", "i"),
        (r"(?<=[Qq]u)i$", "y"),
        (r"(?<=[Qq]u)ý$", "í"),
        (r"(?<=[Qq]u)í$", "ý"),
    )
)


def _syllable_forms(syllable: str) -> list[str]:
    forms = [syllable]
    for pattern, replacement in _SWAPS:
        changed = pattern.sub(replacement, syllable)
        if changed != syllable and changed not in forms:
            forms.append(changed)
    return forms


def variants(name: str) -> list[str]:
    """Other spellings of a name, syllable by syllable; the name itself left out."""
    options = [_syllable_forms(word) for word in name.split()]
    out = [" ".join(choice) for choice in product(*options)]
    return [v for v in out[:MAX_VARIANTS] if v != name]


def spelling_variants(entities: list[Entity]) -> list[tuple[str, str, str]]:
    """(entity id, variant, rule) for every Vietnamese province name."""
    found: list[tuple[str, str, str]] = []
    for entity in entities:
        if entity.kind != "province" or entity.country != "vn":
            continue
        for form in dict.fromkeys([entity.name, *entity.aliases]):
            found.extend((entity.id, v, "spelling") for v in variants(form))
    return found


def series_synonyms(entities: list[Entity], pairs: list[list[str]]) -> list[tuple[str, str, str]]:
    """(entity id, name, rule) for every series name told with a synonym of one of its
    words, or with several (`Hội nghị Thượng đỉnh ... Mekong ...` for `Hội nghị Cấp cao ...
    Mê Công ...`)."""
    found: list[tuple[str, str, str]] = []
    for entity in entities:
        if entity.kind != "series":
            continue
        for form in dict.fromkeys([entity.name, *entity.aliases]):
            told = {form}
            for a, b in pairs:  # every combination (`Thượng đỉnh ... Mekong`)
                for old, new in ((a, b), (b, a)):
                    told |= {re.sub(rf"(?<!\w){old}(?!\w)", new, t, flags=re.IGNORECASE)
                             for t in told}
            found += [(entity.id, t, "synonym") for t in sorted(told - {form})]
    return found
