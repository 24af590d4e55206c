"""The look of the diagram as data: one frozen :class:`DiagramStyle` passed to ``render_diagram``.

Geometry is in inches (the PNG has ``dpi`` pixels per inch), fonts in points. A second style is a
``dataclasses.replace(DEFAULT_STYLE, ...)``, never an edit of module globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .measure import Font

__all__ = ["DEFAULT_STYLE", "DiagramStyle", "ink", "tint"]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
_OKABE_ITO = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)


@dataclass(frozen=True)
class DiagramStyle:
    """Sizes, fonts, colours and limits of the banded diagram."""

    width: float = 16.0
    """Figure width in inches (1600 px in the PNG)."""
    dpi: int = 100
    max_height: float = 24.0
    """Tallest page in inches (2400 px): overview and pages modes never exceed it."""
    comfortable_height: float = 12.0
    """Height above which box fonts shrink, down to ``min_font``."""
    max_pages: int = 12
    """Most pages the automatic mode writes before it prefers a one-page overview."""
    max_font: float = 10.0
    min_font: float = 8.0
    font: str = "DejaVu Sans"
    title_size: float = 18.0
    subtitle_size: float = 9.5
    party_size: float = 11.0
    role_size: float = 9.5
    note_size: float = 9.0
    section_size: float = 9.0
    caption_size: float = 8.5
    legend_size: float = 9.0
    margin: float = 0.3
    label_width: float = 2.35
    channel: float = 0.34
    """Free vertical channels left and right of the boxes, where connectors run."""
    band_gap: float = 0.12
    band_pad: float = 0.14
    gap_x: float = 0.14
    gap_y: float = 0.14
    pad_x: float = 0.09
    pad_y: float = 0.08
    badge: float = 0.17
    panel_pad: float = 0.1
    line_spacing: float = 1.2
    max_label: int = 200
    """Longest box text in characters; longer ones end with an ellipsis."""
    box_width: float = 2.3
    """Narrowest duty box at ``max_font`` (scaled with the font)."""
    control_width: float = 1.9
    """Narrowest inherited-control box at ``max_font``."""
    section_over: int = 20
    """A band with more duties than this groups them under section captions (when 2+)."""
    section_chars: int = 90
    """Longest two-heading section caption; a longer one keeps only the last heading."""
    section_cost: float = 1.5
    """Most height (in rows) sections may take over the ungrouped grid before they merge."""
    section_columns: int = 5
    palette: tuple[str, ...] = _OKABE_ITO
    strip_colour: str = "#7F7F7F"
    ink: str = "#1A1A1A"
    arrow: str = "#333333"
    swatch_w: float = 0.42
    swatch_h: float = 0.2

    @property
    def content_x0(self) -> float:
        """Left edge of the boxes' area (after the band label and the left channel)."""
        return self.margin + self.label_width + self.channel

    @property
    def content_x1(self) -> float:
        """Right edge of the boxes' area (before the right channel)."""
        return self.width - self.margin - self.channel

    def font_of(self, size: float, weight: str = "normal", slant: str = "normal") -> Font:
        """The style's font family at ``size`` points, for measuring."""
        return Font(size, weight, slant, self.font, self.dpi)

    def text_height(self, lines: int, size: float) -> float:
        """Height in inches of ``lines`` lines of text (matplotlib's spacing, with headroom)."""
        return size / 72 * (self.line_spacing * max(lines, 1) + 0.15)


DEFAULT_STYLE = DiagramStyle()


def tint(colour: str, amount: float) -> str:
    """Mix ``colour`` with white (amount 0 = colour, 1 = white)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (red, green, blue)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    red, green, blue = (
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@cache
def ink(colour: str, fallback: str = "#1A1A1A") -> str:
    """The band colour darkened until text in it reads on the band (contrast 4.5:1 or more)."""
    background = _luminance(tint(colour, 0.86)) + 0.05
    for step in range(21):
        factor = 1 - step / 20
        red, green, blue = (round(int(colour[i : i + 2], 16) * factor) for i in (1, 3, 5))
        candidate = f"#{red:02X}{green:02X}{blue:02X}"
        if background / (_luminance(candidate) + 0.05) >= 4.5:
            return candidate
    return fallback
