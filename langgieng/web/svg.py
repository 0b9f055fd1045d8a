"""Inline SVG drawn on the server: a bar chart of values by period and a
two-column network. Every text and attribute value passes through `escape`,
so a name or label from an article can never become markup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from langgieng.i18n import number

CHART_WIDTH, CHART_HEIGHT = 680, 280
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 70, 150, 20, 50
ROW = 28  # network: vertical space per node
NET_WIDTH, LEFT_X, RIGHT_X = 760, 250, 510


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar (a period)
    value: float
    title: str  # the tooltip: value, unit, sources


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal line across the chart, e.g. a target."""

    label: str
    value: float
    css: str


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    href: str


@dataclass(frozen=True, slots=True)
class Link:
    a: str
    b: str
    count: int
    title: str


def _tag(name: str, attrs: Mapping[str, object], body: str = "") -> str:
    text = " ".join(f'{key.rstrip("_")}="{escape(str(value))}"' for key, value in attrs.items())
    return f"<{name} {text}>{body}</{name}>"


def _svg(width: int, height: int, label: str, parts: Iterable[str]) -> Markup:
    attrs = {
        "xmlns": "http://www.w3.org/2000/svg",
        "viewBox": f"0 0 {width} {height}",
        "width": width,
        "height": height,
        "role": "img",
        "aria-label": label,
    }
    return Markup(_tag("svg", attrs, "".join(parts)))


def bar_chart(bars: list[Bar], rules: list[Rule], label: str, lang: str = "en") -> Markup:
    """One bar per period, left to right, with `rules` (targets) as dashed lines;
    figures written as `lang` writes them."""
    top = max([b.value for b in bars] + [r.value for r in rules] + [0.0]) or 1.0
    plot_w = CHART_WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = CHART_HEIGHT - PAD_TOP - PAD_BOTTOM
    base = PAD_TOP + plot_h

    def y(value: float) -> float:
        return base - max(value, 0.0) / top * plot_h

    parts = [
        _tag("line", {"class": "axis", "x1": PAD_LEFT, "y1": base, "x2": PAD_LEFT + plot_w,
                      "y2": base}),
        _tag("text", {"class": "tick", "x": PAD_LEFT - 6, "y": PAD_TOP + 4, "text-anchor": "end"},
             str(escape(number(top, lang)))),
        _tag("text", {"class": "tick", "x": PAD_LEFT - 6, "y": base, "text-anchor": "end"}, "0"),
    ]
    step = plot_w / max(len(bars), 1)
    for i, bar in enumerate(bars):
        x, width = PAD_LEFT + i * step + step * 0.15, step * 0.7
        rect = {"class": "bar", "x": f"{x:.1f}", "y": f"{y(bar.value):.1f}",
                "width": f"{width:.1f}", "height": f"{base - y(bar.value):.1f}"}
        parts.append(_tag("rect", rect, _tag("title", {}, str(escape(bar.title)))))
        centre = {"x": f"{x + width / 2:.1f}", "text-anchor": "middle"}
        parts.append(_tag("text", {"class": "period", **centre, "y": base + 16},
                          _lines(bar.label, centre["x"])))
        parts.append(_tag("text", {"class": "value", **centre, "y": f"{y(bar.value) - 4:.1f}"},
                          str(escape(number(bar.value, lang)))))
    for rule in rules:
        at = f"{y(rule.value):.1f}"
        parts.append(_tag("line", {"class": rule.css, "x1": PAD_LEFT, "y1": at,
                                   "x2": PAD_LEFT + plot_w, "y2": at}))
        parts.append(_tag("text", {"class": rule.css, "x": PAD_LEFT + plot_w + 6, "y": at},
                          str(escape(rule.label))))
    return _svg(CHART_WIDTH, CHART_HEIGHT, label, parts)


def _lines(label: str, x: str) -> str:
    """A period label, one line per end of a range (`2014-01/2014-10`)."""
    parts = label.split("/")
    if len(parts) == 1:
        return str(escape(label))
    return "".join(
        _tag("tspan", {"x": x, "dy": "0" if i == 0 else "1.2em"}, str(escape(part)))
        for i, part in enumerate(parts)
    )


def two_columns(left: list[Node], right: list[Node], links: list[Link], label: str) -> Markup:
    """Nodes in two columns (labels outside), a line per linked pair, thicker for more links."""
    rows = max(len(left), len(right), 1)
    height = rows * ROW + 20
    place: dict[str, tuple[float, float]] = {}
    for column, x in ((left, LEFT_X), (right, RIGHT_X)):
        offset = (rows - len(column)) * ROW / 2  # centre the shorter column
        for i, node in enumerate(column):
            place[node.id] = (x, 20 + offset + i * ROW)
    parts = []
    for link in links:
        if link.a not in place or link.b not in place:
            continue
        (x1, y1), (x2, y2) = place[link.a], place[link.b]
        attrs = {"class": "edge", "x1": x1, "y1": f"{y1:.1f}", "x2": x2, "y2": f"{y2:.1f}",
                 "stroke-width": min(1 + link.count, 6)}
        parts.append(_tag("line", attrs, _tag("title", {}, str(escape(link.title)))))
    for column, x, anchor, dx in ((left, LEFT_X, "end", -9), (right, RIGHT_X, "start", 9)):
        for node in column:
            _, at = place[node.id]
            body = _tag("circle", {"class": "node", "cx": x, "cy": f"{at:.1f}", "r": 5})
            body += _tag("text", {"x": x + dx, "y": f"{at + 4:.1f}", "text-anchor": anchor},
                         str(escape(node.label)))
            parts.append(_tag("a", {"href": node.href, "class": "node"}, body))
    return _svg(NET_WIDTH, int(height), label, parts)


MAP_WIDTH, MAP_HEIGHT, MAP_PAD = 420, 640, 24
# the three countries' extent (degrees), with a margin: Vietnam, Laos and Cambodia
MAP_LON, MAP_LAT = (100.0, 110.0), (8.3, 23.6)


def pair_map(places: list[tuple[Node, float, float]], links: list[Link], label: str) -> Markup:
    """Provinces at their coordinates (`(node, lat, lon)`, an equirectangular
    projection of the three countries' extent) and a line per linked pair,
    thicker for more links. No tiles: points, lines and names only."""
    span_lon, span_lat = MAP_LON[1] - MAP_LON[0], MAP_LAT[1] - MAP_LAT[0]

    def at(lat: float, lon: float) -> tuple[float, float]:
        x = MAP_PAD + (lon - MAP_LON[0]) / span_lon * (MAP_WIDTH - 2 * MAP_PAD)
        y = MAP_PAD + (MAP_LAT[1] - lat) / span_lat * (MAP_HEIGHT - 2 * MAP_PAD)
        return x, y

    where = {node.id: at(lat, lon) for node, lat, lon in places}
    parts = [_tag("rect", {"class": "map-frame", "x": 1, "y": 1, "width": MAP_WIDTH - 2,
                           "height": MAP_HEIGHT - 2})]
    for link in links:
        if link.a in where and link.b in where:
            (x1, y1), (x2, y2) = where[link.a], where[link.b]
            attrs = {"class": "edge", "x1": f"{x1:.1f}", "y1": f"{y1:.1f}", "x2": f"{x2:.1f}",
                     "y2": f"{y2:.1f}", "stroke-width": min(1 + link.count, 6)}
            parts.append(_tag("line", attrs, _tag("title", {}, str(escape(link.title)))))
    for node, _, _ in places:
        x, y = where[node.id]
        body = _tag("circle", {"class": "node", "cx": f"{x:.1f}", "cy": f"{y:.1f}", "r": 4})
        body += _tag("text", {"x": f"{x + 6:.1f}", "y": f"{y + 4:.1f}"}, str(escape(node.label)))
        parts.append(_tag("a", {"href": node.href, "class": "node"}, body))
    return _svg(MAP_WIDTH, MAP_HEIGHT, label, parts)
