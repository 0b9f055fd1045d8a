"""An indicator's values by period as a chart and a table, and its targets."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from langgieng.i18n import gettext, number
from langgieng.labels import label
from langgieng.model import Record
from langgieng.reconcile.views import IndicatorView, indicator_view, reported_year
from langgieng.web.deps import StoresDep
from langgieng.web.present import names, source_articles
from langgieng.web.svg import Bar, Rule, bar_chart
from langgieng.web.views.render import language, render_page

router = APIRouter(include_in_schema=False)


def party_list(parties: str) -> list[str]:
    return [p.strip() for p in parties.split(",") if p.strip()]


def period_of(record: Record, lang: str = "en") -> str:
    """The measure's period; a running total is shown as of the year it was reported."""
    period = record.fields.get("period")
    if period:
        return str(period)
    return gettext(lang, "as of %(year)s", year=reported_year(record))


def choices(records: list[Record]) -> list[tuple[str, str, int]]:
    """(indicator, parties, how many records) for every series of figures in the store."""
    counts = Counter(
        (str(r.fields["indicator"]), ",".join(r.fields.get("parties") or []))
        for r in records
        if r.type in ("measure", "target") and r.fields.get("indicator")
    )
    return sorted((indicator, parties, n) for (indicator, parties), n in counts.items())


def chart(view: IndicatorView, lang: str) -> Markup:
    def amount(value: object) -> str:
        return number(value, lang)

    bars = [
        Bar(period_of(r, lang), float(r.fields["value"]),
            f"{period_of(r, lang)}: {amount(r.fields['value'])} {r.fields.get('unit') or ''}"
            f" ({', '.join(source_articles(r.sources))})")
        for r in view.measures
        if isinstance(r.fields.get("value"), int | float)
    ]
    by_value: dict[float, list[str]] = {}  # targets of equal value share one line
    for check in view.targets:
        value = check.target.fields.get("value")
        if isinstance(value, int | float):
            by_value.setdefault(float(value), []).append(str(check.target.fields.get("by") or "?"))
    rules = [
        Rule(f"{label('target', lang)} {', '.join(years)}: {amount(value)}", value, "target")
        for value, years in by_value.items()
    ]
    title = gettext(lang, "%(indicator)s for %(parties)s by period",
                    indicator=label(view.indicator, lang), parties=names(view.parties))
    return bar_chart(bars, rules, title, lang)


@router.get("/indicators", response_class=HTMLResponse)
def indicators_page(
    request: Request, stores: StoresDep, indicator: str = "", parties: str = ""
) -> HTMLResponse:
    lang = language(request)
    records = stores.get().records()
    view = indicator_view(records, indicator, party_list(parties)) if indicator else None
    context = {
        "choices": choices(records),
        "indicator": indicator,
        "parties": parties,
        "view": view,
        "chart": chart(view, lang) if view and (view.measures or view.targets) else None,
        "period_of": lambda record: period_of(record, lang),
    }
    return render_page(request, "indicators.html", context)
