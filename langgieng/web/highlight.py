"""Stand-off spans over untrusted text, rendered as safe HTML.

Text is escaped piece by piece and only then wrapped in our own tags, so no
character of the article can ever become markup.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from langgieng.store.search import highlight_spans, query_terms


@dataclass(frozen=True, slots=True)
class Layer:
    """A span of the text and the element that wraps it."""

    start: int
    end: int
    tag: str  # "mark", "span" or "a"
    css: str = ""
    title: str = ""
    href: str = ""  # for "a": a path of ours, never a URL from the article

    def open(self) -> str:
        attrs = f' href="{escape(self.href)}"' if self.href else ""
        attrs += f' class="{escape(self.css)}"' if self.css else ""
        attrs += f' title="{escape(self.title)}"' if self.title else ""
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def term_layers(text: str, query: str) -> list[Layer]:
    """A <mark> over every occurrence of the query's words, diacritics ignored
    (the same matching as the store's search)."""
    return [
        Layer(span.start, span.end, "mark") for span in highlight_spans(text, query_terms(query))
    ]


def render(text: str, layers: list[Layer]) -> Markup:
    """`text` escaped, with each layer's element around its span.

    Layers may overlap: the text is cut at every boundary and each piece is
    wrapped in the elements of all layers covering it, so tags always nest.
    """
    cuts = sorted({0, len(text), *(x for layer in layers for x in (layer.start, layer.end))})
    by_start = sorted(range(len(layers)), key=lambda i: layers[i].start)
    active: list[int] = []  # the layers begun so far and not ended, in the given order
    begun = 0
    pieces: list[str] = []
    # one sweep over the cuts: linear in the layers, however many a long article has
    for start, end in zip(cuts, cuts[1:], strict=False):
        while begun < len(by_start) and layers[by_start[begun]].start <= start:
            insort(active, by_start[begun])
            begun += 1
        active = [i for i in active if layers[i].end > start]
        if not 0 <= start < end <= len(text):
            continue
        piece = str(escape(text[start:end]))
        for index in reversed(active):
            if layers[index].end >= end:
                piece = layers[index].open() + piece + layers[index].close()
        pieces.append(piece)
    return Markup("".join(pieces))


def render_part(text: str, layers: list[Layer], start: int, end: int) -> Markup:
    """`render` of text[start:end] with the layers that lie inside it."""
    inside = [replace(layer, start=layer.start - start, end=layer.end - start)
              for layer in layers if start <= layer.start and layer.end <= end]
    return render(text[start:end], inside)


def highlight(text: str, query: str) -> Markup:
    """`text` escaped, with the query's words marked."""
    return render(text, term_layers(text, query))
