"""A laid-out page as a networkx DiGraph: what the picture shows, with positions in inches.

Nodes are tuples ``(kind, ...)`` with attributes ``kind`` (band, section, duty, more, compliance,
service, certification), ``label``, ``band`` (0 = top band), ``pos`` (centre), ``rect`` (x, y,
w, h; origin bottom-left) and ``iri``; box nodes also carry the wrapped ``lines``, font ``size``,
``line``/``end_line`` (source lines), ``marker`` (RACI letters, S = shared) and ``badges``
(shared-concern numbers). Edges have ``kind``: responsibleFor/accountableFor/consultedOn/
informedOf, maintains, uses, holds (band -> box, drawn as containment), section (caption ->
duty), buildsOn (arrow) and concern (dashed line, with ``points``); a counted group (``more``)
lists the IRIs it stands for in ``members``. ``graph.graph`` holds ``width``, ``height``, ``title``,
``font_size``, ``page``, ``pages``, ``mode`` (as chosen), ``texts``, ``legend`` and ``panels``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .layout import PageLayout
from .model import Link, Model, Rect
from .routes import Point
from .style import DiagramStyle, ink

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["to_network"]


def _flip(rect: Rect, height: float) -> Rect:
    x, y, w, h = rect
    return (round(x, 4), round(height - y - h, 4), round(w, 4), round(h, 4))


def _centre(rect: Rect) -> tuple[float, float]:
    x, y, w, h = rect
    return (round(x + w / 2, 4), round(y + h / 2, 4))


def _band_node(net: Any, model: Model, index: int, height: float) -> None:
    band = model.bands[index]
    rect = _flip(band.rect, height)
    net.add_node(
        band.key,
        kind="band",
        label=band.label,
        role=band.role,
        band=index,
        order=band.order,
        iri=band.iri,
        pos=_centre(rect),
        rect=rect,
        colour=band.colour,
        strip=band.kind,
        continued=band.continued,
        label_rect=_flip(band.label_rect, height),
        label_lines=band.label_lines,
        role_lines=band.role_lines,
        note_lines=band.note_lines,
        ink=ink(band.colour),
    )
    for block in band.blocks:
        if not block.caption:
            continue
        rect = _flip(block.rect, height)
        net.add_node(
            block.key,
            kind="section",
            label=block.text,
            caption=block.caption,
            path=block.path,
            matrix=block.matrix,
            band=index,
            iri="",
            pos=_centre(rect),
            rect=rect,
            size=9.0,
            style="italic",
            colour=ink(band.colour),
            line=block.boxes[0].line if block.boxes else 0,
        )
        for box in block.boxes:
            net.add_edge(block.key, box.key, kind="section", about=block.path, points=())
    for box in band.boxes():
        rect = _flip(box.rect, height)
        net.add_node(
            box.key,
            kind=box.kind,
            label=box.text,
            band=index,
            iri=box.iri,
            pos=_centre(rect),
            rect=rect,
            lines=box.lines,
            size=box.size,
            weight=box.weight,
            marker=box.marker,
            badges=tuple(box.badges),
            line=box.line,
            end_line=box.end_line,
            relation=box.relation,
            columns=box.columns,
            colour=band.colour,
            count=len(box.members),
            members=tuple(member.iri for member in box.members),
            note=box.note,
        )
        net.add_edge(band.key, box.key, kind=box.relation or "contains", about="", points=())


def to_network(
    model: Model, page: PageLayout, routes: dict[Link, list[Point]], style: DiagramStyle
) -> nx.DiGraph:
    """The page as a DiGraph, rects flipped to a bottom-left origin."""
    import networkx as nx

    height = page.height
    net = nx.DiGraph(
        width=style.width,
        height=round(height, 4),
        title=model.title,
        font_size=page.size,
        page=model.page,
        pages=model.pages,
        columns=model.columns,
    )
    panels: list[Rect] = []
    for index, band in enumerate(model.bands):
        _band_node(net, model, index, height)
        if band.panel is not None:
            panels.append(_flip(band.panel, height))
    for link, points in routes.items():
        flipped = tuple((round(x, 4), round(height - y, 4)) for x, y in points)
        net.add_edge(link.source, link.target, kind=link.kind, about=link.about, points=flipped)
    net.graph["texts"] = [
        {
            "text": t.text,
            "x": round(t.x, 4),
            "y": round(height - t.y, 4),
            "size": t.size,
            "weight": t.weight,
            "style": t.style,
            "colour": t.colour,
            "role": t.role,
            "rect": _flip(t.rect, height),
        }
        for t in page.texts
    ]
    net.graph["legend"] = [
        {
            "kind": i.kind,
            "text": i.text,
            "colour": i.colour,
            "number": i.number,
            "line": i.line,
            "x": round(i.x, 4),
            "y": round(height - i.y, 4),
            "rect": _flip(i.rect, height),
        }
        for i in page.legend
    ]
    net.graph["panels"] = panels
    return net
