"""What people decided about the entities the text taught the system.

A discovered entity (rule `discovered`) can be promoted into the gazetteer
(from then on matched by its names like any record), merged into an
existing entity (its mentions link there), or rejected (its mentions stay
unresolved). The verdicts live in the store; the linker applies them, so
they survive re-ingest and `reconcile --reextract`. The store also tells the
country its articles give each discovered person: a namesake whose title
names another country is kept apart (`person/<slug>-<country>`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from langgieng.model import Article, Entity

MERGED, REJECTED = "merged", "rejected"  # the rules of mentions a verdict changed


@dataclass(frozen=True, slots=True)
class Curation:
    promoted: tuple[Entity, ...] = ()
    merged: dict[str, str] = field(default_factory=dict)  # discovered id -> entity id
    rejected: frozenset[str] = frozenset()
    # the country the stored articles give each discovered person: a namesake
    # whose title names another country is another person
    countries: dict[str, str] = field(default_factory=dict)

    def apply(self, article: Article) -> Article:
        """Mentions and office claims of merged or rejected entities, as decided."""
        if not (self.merged or self.rejected):
            return article
        for mention in article.mentions:
            if mention.entity in self.rejected:
                mention.entity, mention.confidence, mention.rule = None, 0.0, REJECTED
            elif mention.entity in self.merged:
                mention.entity, mention.rule = self.merged[mention.entity], MERGED
        claims = [c for c in article.office_claims if c.entity not in self.rejected]
        for claim in claims:
            claim.entity = self.merged.get(claim.entity, claim.entity)
        article.office_claims = claims
        return article
