"""A band's duties as blocks: a service-model matrix, runs under section captions, or one grid.

Sections are taken as deep as the headings go unless the many short runs would make the band
more than ``style.section_cost`` times as tall; then the headings are cut one level at a time.
"""

from __future__ import annotations

from ..text import without_leading_marks
from .model import Band, Block, Box
from .style import DiagramStyle

__all__ = ["caption", "duty_blocks", "headings"]


def headings(path: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The section path without its leading heading when that is the document title (the H1)."""
    if len(path) > 1:
        first, wanted = path[0].casefold(), title.casefold()
        if wanted.startswith(first) or first.startswith(wanted):
            return path[1:]
    return path


def caption(parts: tuple[str, ...], style: DiagramStyle) -> str:
    """A short caption: the last heading, with its parent when the pair stays short; without
    the pictographs a heading opens with ("📅 Two sides"), which the font lacks and would draw
    as empty boxes before the words."""
    if not parts:
        return "(no section)"
    parts = tuple(without_leading_marks(part) for part in parts)
    if len(parts) >= 2:
        pair = f"{parts[-2]} › {parts[-1]}"
        if len(pair) <= style.section_chars:
            return pair
    return parts[-1]


def _runs(
    band: Band, boxes: list[Box], title: str, style: DiagramStyle, *, always: bool = False
) -> list[Block]:
    """Runs of consecutive duties (document order) from the same section, for long bands
    (``always``: whatever the length)."""
    if not boxes:
        return []
    if len(boxes) <= style.section_over and not always:
        return [Block((*band.key, "block", "0000"), "", "", boxes)]
    paths = [headings(box.section, title) for box in boxes]
    runs: list[Block] = []
    columns = style.section_columns
    for depth in range(max(len(h) for h in paths), 0, -1):
        runs = []
        for box, path in zip(boxes, paths, strict=True):
            text = caption(path[:depth], style)
            if runs and runs[-1].caption == text:
                runs[-1].boxes.append(box)
                continue
            key = ("section", band.key[1], f"{len(runs):04d}")
            full = " > ".join(box.section[: len(box.section) - len(path) + depth])
            runs.append(Block(key, text, full, [box]))
        rows = sum(-(-len(run.boxes) // columns) + 0.5 for run in runs)
        if rows <= style.section_cost * -(-len(boxes) // columns):
            break
    if len(runs) > 1 or (always and runs):
        return runs
    return [Block((*band.key, "block", "0000"), "", "", boxes)]


def duty_blocks(band: Band, boxes: list[Box], title: str, style: DiagramStyle) -> list[Block]:
    """The band's duty blocks in document order (``boxes`` sorted by line)."""
    plain = [box for box in boxes if box.columns is None]
    cells = [box for box in boxes if box.columns is not None]
    blocks = _runs(band, plain, title, style)
    if not cells:
        return blocks
    path = headings(cells[0].section, title)
    matrix = Block(
        ("section", band.key[1], "matrix"),
        f"{caption(path, style)} · by service model" if path else "By service model",
        " > ".join(cells[0].section),
        cells,
        matrix=True,
    )
    if len(blocks) == 1 and not blocks[0].caption:
        # one uncaptioned grid: split it around the matrix so document order holds, and name
        # the sections after the matrix so they do not read as part of it
        before = [b for b in blocks[0].boxes if b.line <= cells[0].line]
        after = [b for b in blocks[0].boxes if b.line > cells[0].line]
        blocks = [Block((*band.key, "block", "0000"), "", "", before)] if before else []
        blocks.append(matrix)
        blocks.extend(_runs(band, after, title, style, always=True))
        return blocks
    at = next((i for i, b in enumerate(blocks) if b.boxes[0].line > cells[0].line), len(blocks))
    return [*blocks[:at], matrix, *blocks[at:]]
