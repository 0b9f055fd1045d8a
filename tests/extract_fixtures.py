"""Build linked articles by hand for the extraction tests: the text, and the
mentions a linker would have placed (surface -> entity), so that the tests
exercise `extract` alone."""

from __future__ import annotations

import re

from langgieng.extract import extract
from langgieng.gazetteer import Gazetteer
from langgieng.model import Article, Entity, Fact, Mention, Office, Sentence

_SENTENCE = re.compile(r"\S.*?(?:[.!?]+(?=\s|$)|$)", re.M)


def people() -> Gazetteer:
    """A small gazetteer: people with the offices that tell their country."""

    def person(pid: str, name: str, role: str, country: str) -> Entity:
        return Entity(pid, "person", name, offices=[Office(role, country, "2000-01-01", None)])

    return Gazetteer([
        Entity("vn", "country", "Việt Nam"), Entity("kh", "country", "Campuchia"),
        Entity("la", "country", "Lào"),
        person("person/truong-tan-sang", "Trương Tấn Sang", "president", "vn"),
        person("person/nguyen-phu-trong", "Nguyễn Phú Trọng", "general_secretary", "vn"),
        person("person/nguyen-tan-dung", "Nguyễn Tấn Dũng", "prime_minister", "vn"),
        person("person/pham-minh-chinh", "Phạm Minh Chính", "prime_minister", "vn"),
        person("person/tran-luu-quang", "Trần Lưu Quang", "deputy_prime_minister", "vn"),
        person("person/norodom-sihamoni", "Norodom Sihamoni", "king", "kh"),
        person("person/norodom-sihanouk", "Norodom Sihanouk", "king", "kh"),
        person("person/hun-sen", "Hun Sen", "prime_minister", "kh"),
        person("person/sar-kheng", "Sar Kheng", "deputy_prime_minister", "kh"),
        person("person/sonexay-siphandone", "Sonexay Siphandone", "prime_minister", "la"),
    ])


def article(
    text: str,
    links: dict[str, tuple[str, str]],
    *,
    title: str = "",
    published: str | None = None,
) -> Article:
    """An article whose every occurrence of each surface is linked."""
    mentions = []
    for surface, (entity, kind) in links.items():
        for match in re.finditer(re.escape(surface), text):
            mentions.append(Mention(match.start(), match.end(), surface, entity, kind, 0.9, "test"))
    mentions.sort(key=lambda m: m.start)
    sentences = [Sentence(m.start(), m.end()) for m in _SENTENCE.finditer(text)
                 if m.group().strip()]
    return Article(id="t", source="<test>", format="txt", title=title, text=text,
                   published=published, sentences=sentences, mentions=mentions)


def facts(art: Article, kind: str | None = None) -> list[Fact]:
    extract(art, gazetteer=people())
    return [f for f in art.facts if kind is None or f.type == kind]


COUNTRIES = {"Việt Nam": ("vn", "country"), "Campuchia": ("kh", "country"),
             "Lào": ("la", "country")}
