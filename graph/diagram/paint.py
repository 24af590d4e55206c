"""Paint a page network with matplotlib (no pyplot, no global state) and write SVG or PNG.

The SVG keeps text as text; every box is a link to its IRI and carries a ``<title>`` tooltip
(label, RACI letters, source lines).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from .measure import missing_glyphs_quiet
from .style import DiagramStyle, tint

if TYPE_CHECKING:
    import networkx as nx
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["paint", "save"]

_RELATIONS = {
    "responsibleFor": "responsible",
    "accountableFor": "accountable",
    "consultedOn": "consulted",
    "informedOf": "informed",
}
_CODES = {"R": "responsible", "A": "accountable", "C": "consulted", "I": "informed", "S": "shared"}


def box_style(kind: str, colour: str, style: DiagramStyle) -> dict[str, Any]:
    """Patch keywords of a box of ``kind`` in a band of ``colour``."""
    rounded = "round,pad=0,rounding_size=0.07"
    if kind == "duty":
        return {
            "boxstyle": rounded,
            "facecolor": tint(colour, 0.55),
            "edgecolor": colour,
            "linewidth": 1.0,
            "linestyle": "-",
        }
    if kind == "more":
        return {
            "boxstyle": rounded,
            "facecolor": tint(colour, 0.75),
            "edgecolor": colour,
            "linewidth": 1.2,
            "linestyle": (0, (4, 2)),
        }
    if kind == "compliance":
        return {
            "boxstyle": rounded,
            "facecolor": "#FFFFFF",
            "edgecolor": colour,
            "linewidth": 2.4,
            "linestyle": "-",
        }
    if kind == "certification":
        return {
            "boxstyle": "square,pad=0",
            "facecolor": "#FFFFFF",
            "edgecolor": style.ink,
            "linewidth": 1.6,
            "linestyle": "-",
        }
    return {
        "boxstyle": "square,pad=0",
        "facecolor": "#FFFFFF",
        "edgecolor": "#666666",
        "linewidth": 0.8,
        "linestyle": (0, (3, 2)),
    }


def _badge(ax: Axes, x: float, y: float, text: str, filled: bool, style: DiagramStyle) -> None:
    from matplotlib.patches import Circle

    radius = style.badge / 2 * (1.0 if len(text) < 2 else 1.35)
    fill, line = (style.ink, "#FFFFFF") if filled else ("#FFFFFF", style.ink)
    ax.add_patch(
        Circle((x, y), radius, facecolor=fill, edgecolor=style.ink, linewidth=0.8, zorder=6)
    )
    ax.text(
        x,
        y,
        text,
        ha="center",
        va="center_baseline",
        fontsize=7 if len(text) < 2 else 5.5,
        fontweight="bold",
        color=line,
        fontfamily=style.font,
        zorder=7,
        parse_math=False,
    )


def _band(ax: Axes, data: dict[str, Any], text_kw: dict[str, Any], style: DiagramStyle) -> None:
    from matplotlib.patches import Rectangle

    x, y, w, h = data["rect"]
    colour = data["colour"]
    ax.add_patch(Rectangle((x, y), w, h, facecolor=tint(colour, 0.86), edgecolor="none", zorder=0))
    ax.add_patch(Rectangle((x, y), 0.08, h, facecolor=colour, edgecolor="none", zorder=0.5))
    lines = [(line, style.party_size, "bold", "normal") for line in data["label_lines"]]
    lines += [(line, style.role_size, "normal", "italic") for line in data["role_lines"]]
    lines += [(line, style.note_size, "normal", "normal") for line in data["note_lines"]]
    label_x, label_y, _w, label_h = data["label_rect"]
    cursor = label_y + label_h
    previous = ""
    for line, size, weight, font_style in lines:
        group = f"{size}{font_style}"
        if previous and group != previous:
            cursor -= 0.04
        previous = group
        ax.text(
            label_x,
            cursor,
            line,
            ha="left",
            va="top",
            fontsize=size,
            fontweight=weight,
            fontstyle=font_style,
            zorder=5,
            **text_kw,
        )
        cursor -= style.line_spacing * size / 72


def tooltip(data: dict[str, Any]) -> str:
    """The tooltip of a box: label, RACI letters or relation, source lines, counted members."""
    parts = [data["label"]]
    if data["kind"] == "duty":
        codes = data["marker"] or "R"
        parts.append("RACI: " + ", ".join(_CODES[c] for c in codes if c in _CODES))
    elif data["relation"] in _RELATIONS:
        parts.append(_RELATIONS[data["relation"]])
    if data["line"] < 10**9:
        end = data["end_line"]
        parts.append(
            f"source line {data['line']}"
            + (f"–{end}" if end < 10**9 and end != data["line"] else "")
        )
    if data["note"]:
        parts.append(data["note"])
    return "\n".join(parts)


def _box(
    ax: Axes, number: int, data: dict[str, Any], text_kw: dict[str, Any], style: DiagramStyle
) -> None:
    from matplotlib.patches import FancyBboxPatch

    x, y, w, h = data["rect"]
    url = data["iri"] or None
    patch = FancyBboxPatch(
        (x, y),
        w,
        h,
        zorder=3,
        gid=f"box-{number}",
        **box_style(data["kind"], data["colour"], style),
    )
    patch.set_url(url)
    ax.add_patch(patch)
    text = ax.text(
        x + w / 2,
        y + h / 2,
        "\n".join(data["lines"]),
        ha="center",
        va="center",
        multialignment="center",
        fontsize=data["size"],
        fontweight=data["weight"],
        linespacing=style.line_spacing,
        zorder=5,
        gid=f"text-{number}",
        **text_kw,
    )
    text.set_url(url)
    top = y + h - 0.04 - style.badge / 2
    if data["marker"]:
        _badge(ax, x + 0.04 + style.badge / 2, top, data["marker"], True, style)
    for offset, badge in enumerate(data["badges"]):
        _badge(
            ax,
            x + w - 0.04 - style.badge / 2,
            top - offset * (style.badge + 0.02),
            str(badge),
            False,
            style,
        )


def _links(ax: Axes, net: nx.DiGraph, style: DiagramStyle) -> None:
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path

    for _source, _target, data in sorted(net.edges(data=True), key=lambda e: (e[0], e[1])):
        points = data["points"]
        if data["kind"] not in ("buildsOn", "concern") or len(points) < 2:
            continue
        path = Path(points, [Path.MOVETO] + [Path.LINETO] * (len(points) - 1))
        common: dict[str, Any] = {
            "linewidth": 1.4,
            "color": style.arrow,
            "zorder": 4,
            "shrinkA": 0,
            "shrinkB": 0,
        }
        if data["kind"] == "buildsOn":
            patch = FancyArrowPatch(
                path=path, arrowstyle="-|>", mutation_scale=13, joinstyle="miter", **common
            )
        else:
            patch = FancyArrowPatch(path=path, arrowstyle="-", linestyle=(0, (4, 3)), **common)
        ax.add_patch(patch)


def _legend_item(
    ax: Axes, item: dict[str, Any], text_kw: dict[str, Any], style: DiagramStyle
) -> None:
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Rectangle

    x, y, _w, h = item["rect"]
    sw, sh = style.swatch_w, style.swatch_h
    sx, sy = x, y + (h - sh) / 2
    kind = item["kind"]
    if kind == "band":
        ax.add_patch(
            Rectangle(
                (sx, sy),
                sw,
                sh,
                facecolor=tint(item["colour"], 0.55),
                edgecolor=item["colour"],
                linewidth=1.5,
            )
        )
    elif kind in ("more", "service", "certification", "compliance"):
        ax.add_patch(FancyBboxPatch((sx, sy), sw, sh, **box_style(kind, "#777777", style)))
    elif kind == "marker":
        _badge(ax, sx + sw / 2, sy + sh / 2, item["text"][0], True, style)
    elif kind == "buildsOn":
        ax.add_patch(
            FancyArrowPatch(
                (sx, sy + sh / 2),
                (sx + sw, sy + sh / 2),
                arrowstyle="-|>",
                mutation_scale=12,
                linewidth=1.5,
                color=style.arrow,
                shrinkA=0,
                shrinkB=0,
            )
        )
    elif kind == "concern":
        if item["line"]:
            ax.plot(
                [sx, sx + sw - style.badge - 0.03],
                [sy + sh / 2] * 2,
                color=style.arrow,
                linewidth=1.5,
                linestyle=(0, (4, 3)),
            )
        _badge(ax, sx + sw - style.badge / 2, sy + sh / 2, str(item["number"]), False, style)
    ax.text(
        sx + sw + 0.1,
        y + h / 2,
        item["text"],
        ha="left",
        va="center_baseline",
        fontsize=style.legend_size,
        zorder=5,
        **text_kw,
    )


def paint(net: nx.DiGraph, style: DiagramStyle) -> tuple[Figure, dict[str, str]]:
    """Paint the network on a new Figure; returns it with the tooltip of each box gid."""
    from matplotlib.figure import Figure

    width, height = float(net.graph["width"]), float(net.graph["height"])
    fig = Figure(figsize=(width, height), dpi=style.dpi, facecolor="#FFFFFF")
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_axis_off()
    text_kw: dict[str, Any] = {"fontfamily": style.font, "parse_math": False, "color": style.ink}
    for t in net.graph["texts"]:
        ax.text(
            t["x"],
            t["y"],
            t["text"],
            ha="left",
            va="top",
            fontsize=t["size"],
            fontweight=t["weight"],
            fontstyle=t["style"],
            zorder=5,
            **{**text_kw, "color": t["colour"]},
        )
    from matplotlib.patches import FancyBboxPatch

    for x, y, w, h in net.graph["panels"]:
        ax.add_patch(
            FancyBboxPatch(
                (x, y),
                w,
                h,
                boxstyle="round,pad=0,rounding_size=0.08",
                facecolor="#FFFFFFB3",
                edgecolor="#888888",
                linewidth=0.8,
                zorder=1,
            )
        )
    tips: dict[str, str] = {}
    nodes = sorted(net.nodes, key=lambda n: (net.nodes[n]["band"], n))
    for number, node in enumerate(nodes):
        data = net.nodes[node]
        if data["kind"] == "band":
            _band(ax, data, text_kw, style)
        elif data["kind"] == "section":
            x, y, _w, h = data["rect"]
            ax.text(
                x,
                y + h,
                data["label"],
                ha="left",
                va="top",
                fontsize=data["size"],
                fontstyle=data["style"],
                zorder=5,
                **{**text_kw, "color": data["colour"]},
            )
        else:
            _box(ax, number, data, text_kw, style)
            tips[f"box-{number}"] = tips[f"text-{number}"] = tooltip(data)
    _links(ax, net, style)
    for item in net.graph["legend"]:
        _legend_item(ax, item, text_kw, style)
    return fig, tips


_SVG_FONT = b"font-family: 'DejaVu Sans'"
_SVG_FONT_FALLBACK = b"font-family: 'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"
_GROUP = re.compile(rb'<g id="((?:box|text)-\d+)">')


def _titles(svg: bytes, tips: dict[str, str]) -> bytes:
    """Put a <title> (the tooltip) first in each box's and box text's group."""

    def add(match: re.Match[bytes]) -> bytes:
        tip = tips.get(match.group(1).decode())
        if tip is None:
            return match.group(0)
        return match.group(0) + b"\n  <title>" + escape(tip).encode("utf-8") + b"</title>"

    return _GROUP.sub(add, svg)


def save(fig: Figure, tips: dict[str, str], fmt: str, style: DiagramStyle) -> bytes:
    """The figure as SVG or PNG bytes, byte-for-byte stable."""
    buffer = io.BytesIO()
    if fmt == "svg":
        with missing_glyphs_quiet():
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        # text stays text: name metric-compatible fallbacks for viewers
        data = buffer.getvalue().replace(_SVG_FONT, _SVG_FONT_FALLBACK)
        return _titles(data, tips)
    with missing_glyphs_quiet():
        fig.savefig(buffer, format="png", dpi=style.dpi, metadata={"Software": None})
    return buffer.getvalue()
