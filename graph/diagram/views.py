"""Modes: the whole document on one page (full), a one-page overview that collapses large blocks
into counted groups, or numbered pages after an overview page; ``auto`` chooses.

Every overview and page stays within ``style.max_height``. Pages are laid out one after the
other, each turned into its network at once (boxes are shared between pages).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import InputError
from .layout import MIN_BAND_HEIGHT, PageLayout, layout_page
from .model import Band, Block, Box, Group, Model
from .network import to_network
from .routes import page_links, routes
from .style import DiagramStyle

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["MODES", "pages"]

MODES = ("auto", "overview", "full", "pages")
_CAPS = (60, 40, 25, 12, 9, 6, 4, 3)
_PLURALS = {"duty": "duties", "box": "boxes"}
_BOXES_PER_PAGE = 150
"""A generous estimate of boxes per page, to skip laying out what cannot be paged well."""


def _lay_out(model: Model, style: DiagramStyle, *, shrink: bool = True) -> PageLayout:
    """Lay the model out, shrinking the box font towards ``min_font`` while it is tall."""
    size = style.max_font
    while True:
        links = {link.kind for link in page_links(model)}
        concern_lines = _connected(model)
        page = layout_page(model, style, size, links, concern_lines)
        if not shrink or page.height <= style.comfortable_height or size <= style.min_font:
            return page
        size = max(style.min_font, size - 0.5)


def _connected(model: Model) -> set[int]:
    numbers = {concern.iri: concern.number for concern in model.concerns}
    return {numbers[link.about] for link in page_links(model) if link.kind == "concern"}


def _network(model: Model, page: PageLayout, style: DiagramStyle, mode: str) -> nx.DiGraph:
    links = page_links(model)
    net = to_network(model, page, routes(model, links, style), style)
    net.graph["mode"] = mode
    return net


# --------------------------------------------------------------------------- counted groups


def _more(key: tuple[str, ...], hidden: list[Box], noun: str, shown: int) -> Box:
    count = len(hidden)
    plural = noun if count == 1 else _PLURALS.get(noun, noun + "s")
    text = f"+ {count:,} more {plural}" if shown else f"{count:,} {plural}"
    badges = sorted({n for box in hidden for n in box.badges})
    return Box(
        key=(*key, "more"),
        kind="more",
        iri="",
        text=text,
        line=min(box.line for box in hidden),
        end_line=max(box.end_line for box in hidden),
        members=tuple(hidden),
        badges=badges,
        note="first: " + "; ".join(box.text for box in hidden[:3]),
    )


def _cap_block(block: Block, cap: int) -> Block:
    if block.matrix:
        rows = list(dict.fromkeys(box.iri for box in block.boxes))
        if len(rows) <= cap + 1:
            return block
        keep = set(rows[:cap])
        shown = [box for box in block.boxes if box.iri in keep]
        hidden = [box for box in block.boxes if box.iri not in keep]
    else:
        if len(block.boxes) <= cap + 1:
            return block
        shown, hidden = block.boxes[:cap], block.boxes[cap:]
    return replace(block, boxes=[*shown, _more(block.key, hidden, "duty", len(shown))])


def _cap_group(group: Group, cap: int) -> Group:
    if len(group.boxes) <= cap + 1:
        return group
    shown, hidden = group.boxes[:cap], group.boxes[cap:]
    return replace(group, boxes=[*shown, _more(group.key, hidden, "control", len(shown))])


def _summary(band: Band, cap: int) -> list[Block]:
    """One grid without captions: each block's first ``cap`` duties, then a counted group
    named by its section."""
    boxes: list[Box] = []
    for block in band.blocks:
        capped = _cap_block(block, cap)
        if capped is not block and block.caption:
            capped.boxes[-1].text = f"{block.caption}: {capped.boxes[-1].text}"
        boxes.extend(capped.boxes)
    return [Block((*band.key, "summary"), "", "", boxes)] if boxes else []


def _collapse(model: Model, cap: int, *, merge: str = "") -> Model:
    """Blocks over ``cap`` boxes keep their first ``cap`` and a counted group; ``merge`` is
    "sections" (one counted group per block, in one grid) or "band" (one per band)."""
    bands = []
    for band in model.bands:
        blocks = band.blocks
        if merge == "sections":
            blocks = _summary(band, cap)
        elif merge == "band" and band.duties:
            whole = Block((*band.key, "all"), "", "", band.duties)
            blocks = [_cap_block(whole, 0)]
        else:
            blocks = [_cap_block(block, cap) for block in blocks]
        groups = [_cap_group(group, cap) for group in band.groups]
        compliances = band.compliances
        if len(compliances) > max(cap, 1) + 1:
            compliances = [
                *compliances[:cap],
                _more((*band.key, "compliance"), compliances[cap:], "programme", cap),
            ]
        bands.append(replace(band, blocks=blocks, groups=groups, compliances=compliances))
    return replace(model, bands=bands)


def _trim_bands(model: Model, style: DiagramStyle) -> Model:
    """Last resort for very many parties: the bands that fit, then one counted strip.

    The most bands that fit are found by bisection (a page grows with its bands): thousands
    of parties cost a few dozen layouts, not one per party."""

    def keeping(kept: int) -> Model:
        rest = model.bands[kept:]
        hidden = [box for band in rest for box in band.boxes()]
        strip = Band(("band", "more"), "", "other", f"{len(rest)} more parties", "", 99.0)
        strip.blocks = (
            [Block(("band", "more", "all"), "", "", [_more(("band", "more"), hidden, "box", 0)])]
            if hidden
            else []
        )
        return replace(model, bands=[*model.bands[:kept], strip])

    def fits(kept: int) -> bool:
        return _lay_out(keeping(kept), style).height <= style.max_height

    if len(model.bands) <= 1 or not fits(1):
        return replace(model, bands=list(model.bands[:1]))
    low, high = 1, min(len(model.bands) - 1, _most_bands(style))  # fits(low)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return keeping(low)


def _most_bands(style: DiagramStyle) -> int:
    """More bands than this cannot fit one page, however collapsed."""
    return int(style.max_height / (MIN_BAND_HEIGHT + style.band_gap))


def _fits(model: Model, style: DiagramStyle) -> bool:
    """Does the model fit one page at the smallest box font?"""
    links = {link.kind for link in page_links(model)}
    page = layout_page(model, style, style.min_font, links, _connected(model))
    return page.height <= style.max_height


def overview(model: Model, style: DiagramStyle) -> tuple[Model, PageLayout]:
    """The one-page overview: the full picture if it fits, else the least collapsed model
    that fits (counted groups showing their first duties, then fewer)."""
    if _box_count(model) <= style.max_pages * _BOXES_PER_PAGE:
        page = _lay_out(model, style)
        if page.height <= style.max_height:
            return model, page
    if len(model.bands) > _most_bands(style) + 1:  # no collapse fits so many parties
        trimmed = _trim_bands(_collapse(model, 0, merge="band"), style)
        return trimmed, _lay_out(trimmed, style)
    levels = [(cap, "") for cap in _CAPS]
    levels += [(2, "sections"), (1, "sections"), (0, "sections"), (0, "band")]
    collapsed = model
    for cap, merge in levels:
        collapsed = _collapse(model, cap, merge=merge)
        if _fits(collapsed, style):
            return collapsed, _lay_out(collapsed, style)
    collapsed = _trim_bands(collapsed, style)
    return collapsed, _lay_out(collapsed, style)


def _box_count(model: Model) -> int:
    return sum(len(band.boxes()) for band in model.bands)


# --------------------------------------------------------------------------- pages


def _pieces(band: Band) -> list[Band]:
    """A band cut into its blocks, compliance and controls, each a band of its own."""
    empty = replace(band, blocks=[], compliances=[], groups=[])
    pieces = [replace(empty, blocks=[block]) for block in band.blocks]
    if band.compliances:
        pieces.append(replace(empty, compliances=band.compliances))
    pieces.extend(replace(empty, groups=[group]) for group in band.groups)
    return pieces


def _halves(piece: Band) -> list[Band]:
    """A piece too tall for a page, split in two by boxes (same caption)."""
    if piece.blocks:
        block = piece.blocks[0]
        cut = len(block.boxes) // 2
        if block.matrix:
            rows = list(dict.fromkeys(box.iri for box in block.boxes))
            first = set(rows[: len(rows) // 2])
            parts = [
                [b for b in block.boxes if b.iri in first],
                [b for b in block.boxes if b.iri not in first],
            ]
        else:
            parts = [block.boxes[:cut], block.boxes[cut:]]
        return [replace(piece, blocks=[replace(block, boxes=part)]) for part in parts if part]
    if piece.groups:
        group = piece.groups[0]
        cut = len(group.boxes) // 2
        return [
            replace(piece, groups=[replace(group, boxes=p)])
            for p in (group.boxes[:cut], group.boxes[cut:])
        ]
    cut = len(piece.compliances) // 2
    return [
        replace(piece, compliances=p) for p in (piece.compliances[:cut], piece.compliances[cut:])
    ]


def _merge(bands: list[Band], piece: Band) -> list[Band]:
    """Add a piece to a page's bands, joining it to the band it continues."""
    if bands and bands[-1].key == piece.key:
        last = bands[-1]
        joined = replace(
            last,
            blocks=last.blocks + piece.blocks,
            compliances=last.compliances + piece.compliances,
            groups=last.groups + piece.groups,
        )
        return [*bands[:-1], joined]
    return [*bands, piece]


def _paginate(model: Model, style: DiagramStyle) -> list[Model]:
    """The detail pages: whole blocks while they fit, a block taller than a page in halves."""
    queue = [piece for band in model.bands for piece in _pieces(band)]
    pages: list[list[Band]] = []
    current: list[Band] = []
    seen: set[tuple[str, ...]] = set()

    def fits(bands: list[Band]) -> bool:
        page = replace(model, bands=bands, page=1, pages=2)
        return _lay_out(page, style, shrink=False).height <= style.max_height

    while queue:
        piece = queue.pop(0)
        piece = replace(
            piece, continued=piece.key in seen and not (current and current[-1].key == piece.key)
        )
        candidate = _merge(current, piece)
        if fits(candidate):
            current = candidate
            seen.add(piece.key)
            continue
        if current:
            pages.append(current)
            current = []
            queue.insert(0, piece)
            continue
        halves = _halves(piece)
        if len(halves) < 2 or len(piece.boxes()) <= 1:
            current = [piece]  # one box taller than a page: drawn as it is
            seen.add(piece.key)
            continue
        queue[:0] = halves
    if current:
        pages.append(current)
    return [replace(model, bands=bands) for bands in pages]


def _page_numbers(details: list[Model], first: int) -> dict[tuple[str, ...], int]:
    found: dict[tuple[str, ...], int] = {}
    for number, page in enumerate(details, start=first):
        for band in page.bands:
            for box in band.boxes():
                found.setdefault(box.key, number)
    return found


def pages(model: Model, style: DiagramStyle, mode: str) -> list[nx.DiGraph]:
    """The page networks of ``mode``: one for full and overview, 1 + n for pages."""
    if mode not in MODES:
        raise InputError(f"unknown diagram mode {mode!r}", hint=f"use {', '.join(MODES)}")
    if mode == "auto":
        mode = _auto(model, style)
    if mode == "full":
        return [_network(model, _lay_out(model, style), style, mode)]
    if mode == "overview":
        return [_network(*overview(model, style), style, mode)]
    details = _paginate(model, style)
    total = len(details) + 1
    where = _page_numbers(details, 2)
    first, _page = overview(model, style)
    for band in first.bands:
        for box in band.boxes():
            numbers = sorted({where[m.key] for m in box.members if m.key in where})
            if numbers:
                listed = ", ".join(map(str, numbers))
                box.note = f"on page{'s' if len(numbers) > 1 else ''} {listed}"
    networks = []
    for number, page in enumerate([first, *details], start=1):
        page = replace(page, page=number, pages=total)
        networks.append(_network(page, _lay_out(page, style), style, mode))
    return networks


def _auto(model: Model, style: DiagramStyle) -> str:
    """Full when it fits one page; pages when they stay few; else the overview."""
    if _box_count(model) > style.max_pages * _BOXES_PER_PAGE:
        return "overview"
    height = _lay_out(model, style).height
    if height <= style.max_height:
        return "full"
    return "pages" if height / (style.max_height * 0.8) <= style.max_pages else "overview"
