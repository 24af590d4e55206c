"""Draw a shared-responsibility graph as a banded diagram (SVG and PNG).

One horizontal band per party with something to draw, in role order (customer on top, cloud
provider at the bottom): its duties (a service-model matrix where the relations carry
``srm:serviceModel``), the compliance programmes it maintains and the inherited controls.
Arrows show ``srm:buildsOn``; a dashed line chains every box of a shared concern.

The stage is split by what a change touches: ``read`` (graph -> :mod:`model`; ``controls`` for
compliance and inherited controls), ``blocks``
(sections, matrices), ``views`` (modes: full, overview, pages), ``layout`` and ``routes``
(geometry), ``network`` (the networkx form tests check), ``paint`` (matplotlib), ``style``
(:class:`DiagramStyle`, the look as data). matplotlib is imported only when drawing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import Graph

from ..errors import InputError
from ..namespaces import DCTERMS, PROV, RDF, RDFS, SKOS, SRM
from .style import DEFAULT_STYLE, DiagramStyle

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "DEFAULT_STYLE",
    "DIAGRAM_PREDICATES",
    "FORMATS",
    "MODES",
    "DiagramStyle",
    "diagram_network",
    "diagram_pages",
    "render_diagram",
]

FORMATS = ("svg", "png")
"""The output formats :func:`render_diagram` writes."""
MODES = ("auto", "overview", "full", "pages")
"""``full``: everything on one page; ``overview``: one page of at most ``style.max_height``,
large blocks collapsed into counted groups; ``pages``: an overview page then numbered pages;
``auto``: full when it fits, else pages when they are few, else the overview."""

DIAGRAM_PREDICATES = frozenset(
    str(term)
    for term in (
        DCTERMS.description,  # a party's full name where the page spells out its short one
        DCTERMS.title,
        PROV.wasDerivedFrom,
        RDF.type,
        RDF.subject,
        RDF.predicate,
        RDF.object,
        RDFS.label,
        SKOS.notation,
        SKOS.prefLabel,
        *(SRM[name] for name in ("accountableFor", "consultedOn", "informedOf")),
        *(SRM[name] for name in ("responsibleFor", "bandOrder", "columnOrder", "buildsOn")),
        *(SRM[name] for name in ("concern", "holds", "maintains", "offeredBy", "provider")),
        *(SRM[name] for name in ("organization", "role", "uses", "standard", "shared")),
        *(SRM[name] for name in ("serviceModel", "startLine", "endLine", "sectionPath")),
        SRM.sourceFile,
    )
)
"""Every predicate the diagram reads: a graph of these triples alone draws the same diagram
(an exporter drawing a large document builds that smaller graph; tests/test_diagram.py checks
the list against the code)."""


def diagram_pages(
    graph: Graph,
    *,
    title: str | None = None,
    style: DiagramStyle = DEFAULT_STYLE,
    mode: str = "auto",
) -> list[nx.DiGraph]:
    """The diagram's pages as networkx DiGraphs (see ``graph/diagram/network.py``)."""
    from .read import read_model
    from .views import pages

    return pages(read_model(graph, title=title, style=style), style, mode)


def diagram_network(
    graph: Graph,
    *,
    title: str | None = None,
    style: DiagramStyle = DEFAULT_STYLE,
    mode: str = "full",
) -> nx.DiGraph:
    """The first page of the diagram as a DiGraph, positions in inches (origin bottom-left)."""
    return diagram_pages(graph, title=title, style=style, mode=mode)[0]


def render_diagram(
    graph: Graph,
    *,
    formats: Sequence[str] = FORMATS,
    title: str | None = None,
    style: DiagramStyle = DEFAULT_STYLE,
    mode: str = "auto",
) -> dict[str, bytes]:
    """Draw ``graph``; returns file bytes by name suffix, byte-for-byte stable.

    One page gives ``{"svg": ..., "png": ...}``; numbered pages give ``{"1.svg": ...,
    "1.png": ..., "2.svg": ...}`` (page 1 is the overview). ``title`` defaults to the
    srm:Document's dcterms:title. Raises InputError for an unknown format or mode, or a graph
    without parties.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown diagram format {unknown[0]!r}", hint="use svg or png")
    if mode not in MODES:
        raise InputError(f"unknown diagram mode {mode!r}", hint=f"use {', '.join(MODES)}")
    import matplotlib

    from .paint import paint, save

    if "matplotlib.pyplot" not in sys.modules:  # never switch an interactive session's backend
        matplotlib.use("Agg")
    networks = diagram_pages(graph, title=title, style=style, mode=mode)
    out: dict[str, bytes] = {}
    for number, net in enumerate(networks, start=1):
        prefix = f"{number}." if len(networks) > 1 or net.graph["pages"] else ""
        with matplotlib.rc_context(
            {"svg.hashsalt": "srgraph", "svg.fonttype": "none", "font.family": style.font}
        ):
            fig, tips = paint(net, style)
            for fmt in dict.fromkeys(formats):
                out[prefix + fmt] = save(fig, tips, fmt, style)
    return out
