"""The partnership network of provinces: agreements between Vietnamese
parties (left) and their partners (right), drawn as SVG and listed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from langgieng.i18n import gettext
from langgieng.reconcile.corrections import gazetteer
from langgieng.web.deps import StoresDep
from langgieng.web.network import partnership
from langgieng.web.present import entity_name, entity_url
from langgieng.web.svg import Link, Node, pair_map, two_columns
from langgieng.web.views.render import language, render_page

router = APIRouter(include_in_schema=False)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, stores: StoresDep) -> HTMLResponse:
    network = partnership(stores.get().records(type="agreement"))

    def nodes(ids: list[str]) -> list[Node]:
        return [Node(i, entity_name(i), entity_url(i)) for i in ids]

    links = [
        Link(e.a, e.b, len(e.records),
             f"{entity_name(e.a)} – {entity_name(e.b)}: "
             + "; ".join(f"{r.fields.get('kind') or 'agreement'} {r.fields.get('date') or ''}"
                         .strip() for r in e.records))
        for e in network.edges
    ]
    lang = language(request)
    title = gettext(lang, "Agreements between Vietnamese provinces and their partners")
    drawing = two_columns(nodes(network.left), nodes(network.right), links, title)
    context = {"network": network, "drawing": drawing if network.edges else None,
               "map": _map(network.left + network.right, links, lang) if network.edges else None}
    return render_page(request, "network.html", context)


def _map(ids: list[str], links: list[Link], lang: str) -> Markup | None:
    """The pairs of provinces at their coordinates; countries, which have none, are
    left to the columns above."""
    known = gazetteer()
    places = []
    for entity_id in ids:
        entity = known.get(entity_id) if known else None
        if entity is not None and entity.lat is not None and entity.lon is not None:
            places.append((Node(entity_id, entity_name(entity_id), entity_url(entity_id)),
                           entity.lat, entity.lon))
    if not places:
        return None
    return pair_map(places, links, gettext(lang, "Partner provinces on the map"))
