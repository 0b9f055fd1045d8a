"""The partnership network of provinces: agreements between Vietnamese
parties (left) and their partners (right), drawn as SVG and listed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from langgieng.web.deps import StoresDep
from langgieng.web.network import partnership
from langgieng.web.present import entity_name, entity_url
from langgieng.web.svg import Link, Node, two_columns
from langgieng.web.views.render import render_page

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
    drawing = two_columns(nodes(network.left), nodes(network.right), links,
                          "Agreements between Vietnamese provinces and their partners")
    context = {"network": network, "drawing": drawing if network.edges else None}
    return render_page(request, "network.html", context)
