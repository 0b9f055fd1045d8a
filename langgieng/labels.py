"""What the pages and the commands call the kinds of fact, their fields,
indicators and verdicts, in English; `label` translates them (see `i18n`)."""

from __future__ import annotations

from langgieng.i18n import N_, gettext

LABELS: dict[str, str] = {
    # kinds of fact and record
    "meeting": N_("meeting"), "visit": N_("visit"), "agreement": N_("agreement"),
    "relations": N_("diplomatic relations"), "measure": N_("figure"), "target": N_("target"),
    # fields
    "series": N_("series"), "edition": N_("edition"), "place": N_("place"),
    "start": N_("start"), "end": N_("end"), "chairs": N_("chairs"), "status": N_("status"),
    "visitor": N_("visitor"), "destination": N_("destination"), "kind": N_("kind"),
    "parties": N_("parties"), "topic": N_("topic"), "date": N_("date"),
    "indicator": N_("indicator"), "value": N_("value"), "unit": N_("unit"),
    "period": N_("period"), "qualifier": N_("qualifier"), "of": N_("out of"), "by": N_("by"),
    # values of fields
    "held": N_("held"), "planned": N_("planned"), "state": N_("state visit"),
    "official": N_("official visit"), "working": N_("working visit"), "other": N_("other"),
    "mou": N_("memorandum of understanding"), "communique": N_("joint statement"),
    "plan": N_("cooperation plan"), "about": N_("about"), "over": N_("over"),
    "under": N_("under"),
    # indicators
    "trade.bilateral": N_("two-way trade"), "trade.growth_pct": N_("trade growth"),
    "investment.capital": N_("investment capital"),
    "investment.projects": N_("investment projects"), "border.length": N_("border length"),
    "border.markers": N_("border markers"), "remains.repatriated": N_("remains repatriated"),
    # what the store holds (the overview's counts)
    "articles": N_("articles"), "mentions": N_("mentions"),
    "linked mentions": N_("linked mentions"), "facts": N_("facts"),
    "rejections": N_("rejections"),
    # review verdicts and entity kinds
    "accepted": N_("accepted"), "rejected": N_("rejected"), "corrected": N_("corrected"),
    "country": N_("country"), "province": N_("province"), "person": N_("person"),
    "org": N_("organisation"),
}


def label(name: object, lang: str) -> str:
    """The page's word for a kind, field, value or indicator; anything else as it is."""
    if not isinstance(name, str):
        return "" if name is None else str(name)
    english = LABELS.get(name)
    return gettext(lang, english) if english else name
