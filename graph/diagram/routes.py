"""Connectors of one page: which are drawn, and their orthogonal routes around the boxes.

A shared concern chains every drawn box it marks (top band first), so each marked box is
connected; a duty folded into a counted group is represented by that group's box.
"""

from __future__ import annotations

import itertools

from .model import Box, Key, Link, Model
from .style import DiagramStyle

__all__ = ["Point", "page_links", "routes"]

Point = tuple[float, float]


def drawn_boxes(model: Model) -> dict[Key, Box]:
    return {box.key: box for band in model.bands for box in band.boxes()}


def _stand_ins(boxes: dict[Key, Box]) -> dict[Key, Key]:
    """Each drawn box stands for itself; a counted group for its members."""
    found: dict[Key, Key] = {}
    for key, box in boxes.items():
        found[key] = key
        for member in box.members:
            found.setdefault(member.key, key)
    return found


def page_links(model: Model) -> list[Link]:
    """The connectors this page draws: builds-on arrows and shared-concern chains."""
    boxes = drawn_boxes(model)
    stand = _stand_ins(boxes)
    links = [
        Link(stand[link.source], stand[link.target], link.kind, link.about)
        for link in model.links
        if link.source in stand
        and link.target in stand
        and stand[link.source] != stand[link.target]
    ]
    for concern in model.concerns:
        chain = list(dict.fromkeys(stand[m.key] for m in concern.members if m.key in stand))
        links.extend(Link(a, b, "concern", concern.iri) for a, b in itertools.pairwise(chain))
    return list(dict.fromkeys(links))


def _spread(rect: tuple[float, float, float, float], index: int, count: int) -> float:
    x, _y, w, _h = rect
    step = min(0.3, w / (count + 1))
    return x + w / 2 + (index - (count - 1) / 2) * step


def routes(model: Model, links: list[Link], style: DiagramStyle) -> dict[Link, list[Point]]:
    """Orthogonal connector routes that never cross a box.

    A connector leaves the bottom of its source box into the gutter below that row, runs along
    the gutter to the free channel left (or right) of the boxes, along the channel to the gutter
    above the target's row and enters the target from the top. Gutters and channels hold no boxes.
    """
    boxes = drawn_boxes(model)
    outgoing: dict[Key, list[Key]] = {}
    incoming: dict[Key, list[Key]] = {}
    for link in links:
        outgoing.setdefault(link.source, []).append(link.target)
        incoming.setdefault(link.target, []).append(link.source)
    lanes = {"left": 0, "right": 0}
    lane_count = int((style.channel - 0.1) // 0.08) + 1
    x0, x1, gap = style.content_x0, style.content_x1, style.gap_y
    found: dict[Link, list[Point]] = {}
    for index, link in enumerate(links):
        a, b = boxes[link.source], boxes[link.target]
        _ax, ay, _aw, ah = a.rect
        _bx, by, _bw, _bh = b.rect
        if by < ay:  # always run downwards: from the upper box to the lower one
            a, b = b, a
            _ax, ay, _aw, ah = a.rect
            _bx, by, _bw, _bh = b.rect
        sx = _spread(
            a.rect,
            outgoing.get(a.key, [b.key]).index(b.key) if b.key in outgoing.get(a.key, []) else 0,
            len(outgoing.get(a.key, [])) or 1,
        )
        tx = _spread(
            b.rect,
            incoming.get(b.key, [a.key]).index(a.key) if a.key in incoming.get(b.key, []) else 0,
            len(incoming.get(b.key, [])) or 1,
        )
        bottom = ay + ah
        if abs(ay - by) < 1e-6 and abs(ah - b.rect[3]) < 1e-6:  # one row: along the gutter below
            below = bottom + gap / 2 + ((index % 3) - 1) * 0.025
            points = [(sx, bottom), (sx, below), (tx, below), (tx, bottom)]
        elif abs(bottom + gap - by) < 1e-6:  # the target's row is right below the source's
            middle = bottom + gap / 2
            points = [(sx, bottom), (sx, middle), (tx, middle), (tx, by)]
        else:
            below = bottom + gap / 2 + ((index % 3) - 1) * 0.025
            above = by - gap / 2 - (index % 2) * 0.025
            side = "left" if sx + tx < x0 + x1 else "right"
            offset = 0.05 + (lanes[side] % lane_count) * 0.08
            lanes[side] += 1
            channel = x0 - offset if side == "left" else x1 + offset
            points = [
                (sx, bottom),
                (sx, below),
                (channel, below),
                (channel, above),
                (tx, above),
                (tx, by),
            ]
        if a.key != link.source:
            points.reverse()
        found[link] = points
    return found
