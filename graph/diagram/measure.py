"""Text measurement with matplotlib's Agg renderer, so that laid-out text fits when painted.

An exact measurement costs milliseconds (text shaping), so wrapping first sums cached glyph
advances and measures exactly only when that estimate is within a few percent of the limit.
"""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["Font", "fit", "fits", "missing_glyphs_quiet", "text_width", "wrap"]

_SLACK = 0.06
"""How far (relative) a glyph-advance estimate may be from the shaped width."""


@contextmanager
def missing_glyphs_quiet() -> Iterator[None]:
    """Characters the font lacks (CJK, emoji) are measured and drawn as its missing-glyph box;
    matplotlib's warning per character would only flood the terminal."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r"Glyph \d+ .* missing from", category=UserWarning
        )
        yield


@dataclass(frozen=True)
class Font:
    """A font as measured: size in points, weight, slant (normal/italic), family, dpi."""

    size: float
    weight: str = "normal"
    slant: str = "normal"
    family: str = "DejaVu Sans"
    dpi: int = 100


@cache
def _renderer(dpi: int) -> Any:
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(16, 16, dpi)  # type: ignore[no-untyped-call]


@cache
def _properties(family: str, size: float, weight: str, slant: str) -> Any:
    from matplotlib.font_manager import FontProperties

    return FontProperties(
        family=family, size=size, weight=weight, style="italic" if slant == "italic" else "normal"
    )


@cache
def _face(family: str, weight: str, slant: str) -> Any:
    from matplotlib.font_manager import findfont
    from matplotlib.ft2font import FT2Font

    return FT2Font(findfont(_properties(family, 10.0, weight, slant)))


@cache
def _advance(char: str, family: str, weight: str, slant: str) -> float:
    """Advance of one glyph in inches at 1 pt (scales with size)."""
    from matplotlib.ft2font import LoadFlags

    face = _face(family, weight, slant)
    face.set_size(1.0, 72)
    if face.get_char_index(ord(char)) == 0:
        # no glyph in the font (CJK, emoji): the renderer draws the font's missing-glyph box
        glyph = face.load_glyph(0, flags=LoadFlags.NO_HINTING)
    else:
        glyph = face.load_char(ord(char), flags=LoadFlags.NO_HINTING)
    return float(glyph.linearHoriAdvance) / 65536 / 72


@cache
def text_width(text: str, font: Font) -> float:
    """Width of one line of text in inches, as the Agg renderer lays it out."""
    if not text:
        return 0.0
    properties = _properties(font.family, font.size, font.weight, font.slant)
    with missing_glyphs_quiet():
        width, _height, _descent = _renderer(font.dpi).get_text_width_height_descent(
            text, properties, ismath=False
        )
    return float(width) / font.dpi


def fits(text: str, width: float, font: Font) -> bool:
    """Does one line of ``text`` measure at most ``width`` inches?"""
    estimate = font.size * sum(_advance(c, font.family, font.weight, font.slant) for c in text)
    if estimate * (1 + _SLACK) <= width:
        return True
    if estimate * (1 - _SLACK) > width:
        return False
    return text_width(text, font) <= width


@cache
def wrap(text: str, width: float, font: Font) -> tuple[str, ...]:
    """Wrap ``text`` (textwrap) so that every line measures at most ``width`` inches."""
    text = " ".join(text.split())
    if not text:
        return ("",)
    chars = max(1, int(width * 72 / (font.size * 0.45)))
    while True:
        lines = textwrap.wrap(text, width=chars, break_long_words=True, break_on_hyphens=False)
        if chars == 1 or all(fits(line, width, font) for line in lines):
            return tuple(lines)
        chars -= 1


def fit(text: str, width: float, font: Font) -> str:
    """``text`` cut with an ellipsis so that it measures at most ``width`` inches on one line."""
    while not fits(text, width, font) and len(text) > 2:
        text = text[:-2].rstrip() + "…"
    return text
