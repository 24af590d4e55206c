"""Geometry of one page: title, bands top-down, blocks as grids or matrices, panels, legend.

Everything is in figure inches with y growing downwards; ``network.py`` flips it. Only what is
drawn gets a legend entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from .measure import fit, text_width, wrap
from .model import Band, Block, Box, Model, Rect
from .style import DiagramStyle

__all__ = ["MIN_BAND_HEIGHT", "LegendItem", "PageLayout", "Text", "layout_page"]

_MARKER_NAMES = {
    "R": "responsible",
    "A": "accountable",
    "C": "consulted",
    "I": "informed",
    "S": "shared (matrix)",
}


MIN_BAND_HEIGHT = 0.7
"""The least height of a band (inches): a page holds at most so many bands."""


@dataclass
class Text:
    text: str
    x: float
    y: float
    size: float
    weight: str = "normal"
    style: str = "normal"
    colour: str = "#1A1A1A"
    role: str = "text"
    ha: str = "left"
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class LegendItem:
    kind: str
    text: str
    colour: str = "#7F7F7F"
    number: int = 0
    line: bool = True
    x: float = 0.0
    y: float = 0.0
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class PageLayout:
    """A laid-out page: free texts, legend items and the figure height (inches)."""

    texts: list[Text]
    legend: list[LegendItem]
    height: float
    size: float


class _Layout:
    """Lays bands out for one box font ``size``."""

    def __init__(self, style: DiagramStyle, size: float) -> None:
        self.style = style
        self.size = size
        self.texts: list[Text] = []

    def width(self, text: str, size: float, weight: str = "normal", slant: str = "normal") -> float:
        return text_width(text, self.style.font_of(size, weight, slant))

    def wrap(
        self, text: str, width: float, size: float, weight: str = "normal", slant: str = "normal"
    ) -> tuple[str, ...]:
        return wrap(text, width, self.style.font_of(size, weight, slant))

    def pad_x(self, box: Box) -> float:
        return self.style.pad_x + (self.style.badge + 0.03 if box.marker or box.badges else 0.0)

    def _fill(self, box: Box, width: float, size: float, weight: str) -> None:
        limit = self.style.max_label
        text = box.text if len(box.text) <= limit else box.text[: limit - 1] + "…"
        box.lines = self.wrap(text, width - 2 * self.pad_x(box), size, weight)
        box.size, box.weight = size, weight

    def _row_height(self, row: list[Box], size: float) -> float:
        s = self.style
        height = max(s.text_height(len(b.lines), size) for b in row) + 2 * s.pad_y
        return max(height, 2 * s.badge if any(b.marker or b.badges for b in row) else 0.0)

    def grid(
        self, boxes: list[Box], top: float, min_width: float, size: float, weight: str
    ) -> float:
        """Place boxes row by row from ``top``; returns the bottom of the last row."""
        if not boxes:
            return top
        s = self.style
        width = s.content_x1 - s.content_x0 - 2 * s.panel_pad
        columns = max(1, int((width + s.gap_x) // (min_width + s.gap_x)))
        box_width = (width - (columns - 1) * s.gap_x) / columns
        x0 = s.content_x0 + s.panel_pad
        y = top
        for start in range(0, len(boxes), columns):
            row = boxes[start : start + columns]
            for box in row:
                self._fill(box, box_width, size, weight)
            height = self._row_height(row, size)
            for column, box in enumerate(row):
                box.rect = (x0 + column * (box_width + s.gap_x), y, box_width, height)
            y += height + s.gap_y
        return y - s.gap_y

    def matrix(self, block: Block, columns: tuple[str, ...], top: float) -> float:
        """Column headers, then one row per duty with each box spanning its columns."""
        s = self.style
        count = max(len(columns), 1)
        width = s.content_x1 - s.content_x0 - 2 * s.panel_pad
        column_w = (width - (count - 1) * s.gap_x) / count
        x0 = s.content_x0 + s.panel_pad
        block.headers = []
        height = s.text_height(1, s.section_size)
        for index, name in enumerate(columns):
            text = fit(name, column_w, s.font_of(s.section_size, "bold"))
            w = self.width(text, s.section_size, "bold")
            x = x0 + index * (column_w + s.gap_x) + (column_w - w) / 2
            block.headers.append((text, (x, top, w, height)))
        y = top + height + s.gap_y
        rows: dict[str, list[Box]] = {}
        for box in block.boxes:
            rows.setdefault(box.iri if box.kind != "more" else "\0more", []).append(box)
        for row in rows.values():
            for box in row:
                first, last = box.columns or (0, count - 1)
                span = last - first + 1
                box_w = span * column_w + (span - 1) * s.gap_x
                self._fill(box, box_w, self.size, "normal")
                box.rect = (x0 + first * (column_w + s.gap_x), y, box_w, 0.0)
            row_h = self._row_height(row, self.size)
            for box in row:
                x, _y, w, _h = box.rect
                box.rect = (x, y, w, row_h)
            y += row_h + s.gap_y
        return y - s.gap_y

    def band(self, band: Band, columns: tuple[str, ...], top: float) -> float:
        """Lay one band out from ``top``; returns its bottom edge."""
        s = self.style
        size = self.size
        min_width = s.box_width * size / s.max_font
        y = top + s.band_pad
        filled = False
        x0 = s.content_x0 + s.panel_pad
        width = s.content_x1 - s.content_x0 - 2 * s.panel_pad
        for block in band.blocks:
            if filled:
                y += s.gap_y
            if block.caption:
                block.text = fit(block.caption, width, s.font_of(s.section_size, slant="italic"))
                text_w = self.width(block.text, s.section_size, "normal", "italic")
                block.rect = (x0, y, text_w, s.text_height(1, s.section_size))
                y += s.text_height(1, s.section_size) + s.gap_y
            if block.matrix:
                y = self.matrix(block, columns, y)
            else:
                y = self.grid(block.boxes, y, min_width, size, "normal")
            filled = True
        if band.compliances:
            y = self.grid(
                band.compliances, y + (s.gap_y if filled else 0.0), min_width, size, "bold"
            )
            filled = True
        y = self.panel(band, y, filled)
        content = y - top + s.band_pad
        label_w = s.label_width - 0.2
        name = band.label + (" (continued)" if band.continued else "")
        band.label_lines = self.wrap(name, label_w, s.party_size, "bold")
        band.role_lines = (
            self.wrap(band.role, label_w, s.role_size, "normal", "italic")
            if shows_role(band)
            else ()
        )
        band.note_lines = (
            self.wrap("; ".join(band.notes), label_w, s.note_size) if band.notes else ()
        )
        label_h = self.label_height(band)
        height = max(content, label_h + 2 * s.band_pad, MIN_BAND_HEIGHT)
        band.rect = (s.margin, top, s.width - 2 * s.margin, height)
        # centred like the reference diagrams; at the top of tall bands, seen when scrolling
        label_top = top + s.band_pad if height > 6.0 else top + (height - label_h) / 2
        band.label_rect = (s.margin + 0.2, label_top, label_w, label_h)
        return top + height

    def panel(self, band: Band, y: float, filled: bool) -> float:
        """The "Inherited controls" panel below ``y``, a captioned grid per holder."""
        s = self.style
        x0 = s.content_x0 + s.panel_pad
        width = s.content_x1 - s.content_x0 - 2 * s.panel_pad
        small = max(self.size - 1.0, s.min_font - 0.5)
        band.panel = None
        if not band.groups:
            return y
        panel_top = y + (s.gap_y + 0.04 if filled else 0.0)
        title_y = panel_top + s.panel_pad / 2
        self.texts.append(Text("Inherited controls", x0, title_y, 9, "bold", role="panel-title"))
        y = title_y + s.text_height(1, 9)
        for group in band.groups:
            caption_top = y
            self.texts.append(
                Text(
                    group.caption,
                    x0,
                    y,
                    s.caption_size,
                    style="italic",
                    colour="#333333",
                    role="caption",
                )
            )
            y += s.text_height(1, s.caption_size) + s.gap_y * 0.6
            min_width = s.control_width * self.size / s.max_font
            bottom = self.grid(group.boxes, y, min_width, small, "normal")
            group.rect = (x0, caption_top, width, bottom - caption_top)
            y = bottom + s.gap_y
        y = y - s.gap_y + s.panel_pad
        band.panel = (s.content_x0, panel_top, s.content_x1 - s.content_x0, y - panel_top)
        return y

    def label_height(self, band: Band) -> float:
        s = self.style
        height = s.text_height(len(band.label_lines), s.party_size)
        if band.role_lines:
            height += 0.04 + s.text_height(len(band.role_lines), s.role_size)
        if band.note_lines:
            height += 0.04 + s.text_height(len(band.note_lines), s.note_size)
        return height


def shows_role(band: Band) -> bool:
    return bool(band.role) and band.role.lower() != band.label.lower()


def legend_items(model: Model, drawn_links: set[str], concern_lines: set[int]) -> list[LegendItem]:
    """Legend entries for what the page draws, and nothing else."""
    boxes = [box for band in model.bands for box in band.boxes()]
    items = [
        LegendItem("band", b.label + (f" ({b.role})" if shows_role(b) else ""), b.colour)
        for b in model.bands
        if b.kind == "party"
    ]
    letters = {c for box in boxes for c in box.marker}
    items.extend(LegendItem("marker", f"{m}: {_MARKER_NAMES[m]}") for m in "RACIS" if m in letters)
    kinds = {box.kind for box in boxes}
    if "more" in kinds:
        items.append(LegendItem("more", "Collapsed: more duties (see pages or the full diagram)"))
    if "service" in kinds:
        items.append(LegendItem("service", "Cloud service used (inherited)"))
    if "certification" in kinds:
        items.append(LegendItem("certification", "Certification held (inherited)"))
    if "compliance" in kinds:
        items.append(LegendItem("compliance", "Compliance maintained"))
    if "buildsOn" in drawn_links:
        items.append(LegendItem("buildsOn", "builds on"))
    badges = {n for box in boxes for n in box.badges}
    for concern in model.concerns:
        if concern.number in badges:
            text = f"Shared concern: {concern.label} ({concern.who})"
            items.append(
                LegendItem(
                    "concern", text, number=concern.number, line=concern.number in concern_lines
                )
            )
    return items


def _place_legend(items: list[LegendItem], top: float, style: DiagramStyle) -> float:
    """Flow legend items left to right, wrapping rows; returns the bottom."""
    x, y = style.margin, top
    row_height = 0.3
    right = style.width - style.margin
    size = style.legend_size
    for item in items:
        max_text = right - style.margin - style.swatch_w - 0.1
        item.text = fit(item.text, max_text, style.font_of(size))
        width = style.swatch_w + 0.1 + text_width(item.text, style.font_of(size))
        if x > style.margin and x + width > right:
            x, y = style.margin, y + row_height
        item.x, item.y = x, y
        item.rect = (x, y, width, row_height - 0.06)
        x += width + 0.35
    return y + row_height


def layout_page(
    model: Model, style: DiagramStyle, size: float, drawn_links: set[str], concern_lines: set[int]
) -> PageLayout:
    """Place title, bands and legend top-down with box font ``size``; returns the page."""
    s = style
    layout = _Layout(style, size)
    texts = layout.texts
    y = s.margin
    title = (
        model.title if not model.pages else f"{model.title} · page {model.page} of {model.pages}"
    )
    for line in layout.wrap(title, s.width - 2 * s.margin, s.title_size, "bold"):
        texts.append(Text(line, s.margin, y, s.title_size, "bold", role="title"))
        y += s.text_height(1, s.title_size)
    subtitle = fit(model.subtitle, s.width - 2 * s.margin, s.font_of(s.subtitle_size))
    texts.append(
        Text(subtitle, s.margin, y + 0.02, s.subtitle_size, colour="#444444", role="subtitle")
    )
    y += 0.02 + s.text_height(1, s.subtitle_size) + 0.12
    for band in model.bands:
        y = layout.band(band, model.columns, y) + s.band_gap
        for block in band.blocks:
            for text, rect in block.headers:
                texts.append(
                    Text(
                        text,
                        rect[0],
                        rect[1],
                        s.section_size,
                        "bold",
                        colour="#333333",
                        role="column",
                    )
                )
    items = legend_items(model, drawn_links, concern_lines)
    bottom = _place_legend(items, y + 0.05, style)
    for placed in texts:
        w = text_width(placed.text, s.font_of(placed.size, placed.weight, placed.style))
        placed.rect = (placed.x, placed.y, w, s.text_height(1, placed.size))
    return PageLayout(texts, items, bottom + s.margin - 0.1, size)
