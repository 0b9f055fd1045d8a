"""The "merged" figure: did facts that gold says are the same happening, stated
by different articles, end up in the same reconciled record?

Gold facts of several documents are the same happening when their contract
match keys are equal (a running total, with no period, is a figure as of its
article's year, so two of those are the same only within one year; documents of
the same parties and kind are the same only when signed in the same year, the
article's when the gold gives no date; relations established in one year are
one happening, whether the day is given or not; a meeting without an edition
number, or a visit without a start, is one happening only within the month of
the article that tells it, as `reconcile.record_key` keys it; one whose time
is not known at all, in an undated article, is not known to be another
article's happening, nor to be a different one). Optional gold facts are left
out, as the fact figures leave out their misses. Each such gold fact counts
once; it is merged correctly when the system fact matched to it shares its record
(`reconcile.record_key`) with the system facts matched to the other members of
its group. A false merge is one record holding matched facts of different gold
happenings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langgieng.evaluate.facts import match_facts, match_key
from langgieng.extract.facts.timing import month_of
from langgieng.reconcile import record_key

if TYPE_CHECKING:
    from langgieng.evaluate.report import DocRun

Member = tuple[str, str | None]  # (document, system record key or None when unmatched)


def score_merged(runs: Sequence[DocRun]) -> dict[str, Any]:
    groups: dict[tuple[Any, ...], list[Member]] = defaultdict(list)
    happening_of: dict[str, set[tuple[Any, ...]]] = defaultdict(set)  # record key -> groups
    for run in runs:
        article = run.article
        system = [(f.type, f.fields) for f in article.facts] if article else []
        matched = dict(match_facts(run.gold.facts, system))
        for gi, gold in enumerate(run.gold.facts):
            if gold.optional:
                continue
            group = _gold_group(run.gold.doc, gold.type, gold.fields, run.gold.published)
            key = None
            if article is not None and gi in matched:
                key = record_key(article.facts[matched[gi]], published=article.published,
                                 article=article.id)
                if group[-1] != run.gold.doc:  # of unknown time, it may be any happening
                    happening_of[key].add(group)
            groups[group].append((run.gold.doc, key))
    shared = [m for m in groups.values() if len({doc for doc, _ in m}) > 1]
    expected = sum(len(members) for members in shared)
    correct = sum(_merged_members(members) for members in shared)
    return {
        "groups": len(shared),
        "expected": expected,
        "correct": correct,
        "accuracy": round(correct / expected, 4) if expected else 1.0,
        "false_merges": sum(1 for happenings in happening_of.values() if len(happenings) > 1),
    }


def _gold_group(doc: str, fact_type: str, fields: dict[str, Any],
                published: str | None) -> tuple[Any, ...]:
    if fact_type == "relations":  # `1962` and `1962-09-05` tell one establishment
        fields = {**fields, "date": str(fields.get("date") or "")[:4] or None}
    group = (fact_type, *match_key(fact_type, fields))
    when: str | None = ""  # the time a happening is told by, where the key lacks one
    if fact_type == "measure" and not fields.get("period"):
        when = str(published or "")[:4] or None
    elif fact_type == "agreement":  # the same parties sign new documents over the years
        when = str(fields.get("date") or published or "")[:4] or None
    elif fact_type == "meeting" and fields.get("edition") in (None, ""):
        when = month_of(fields.get("start") or published)  # a series meets many times
    elif fact_type == "visit" and not fields.get("start"):  # as if it began in that month
        group, when = group[:-1], month_of(published)
    if when is None:  # no time at all: no other article can be known to tell it
        return (*group, doc)
    return (*group, when) if when else group


def _merged_members(members: list[Member]) -> int:
    """Members whose record is the one most of the group landed in (if two or more did)."""
    keys = Counter(key for _, key in members if key is not None)
    if not keys:
        return 0
    key, count = keys.most_common(1)[0]
    return count if count > 1 else 0
