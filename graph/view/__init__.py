"""The interactive view (``--format html``): one self-contained HTML page per document, or one
for a merged dataset, with bands per party, filters, search, provenance on click, a matrix with
CSV download, shared concerns and orphans highlighted. ``model`` reads the graph, ``page``
assembles the HTML from the package data in ``graph/data/view/`` and ``graph/data/vendor/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rdflib import Graph

from .model import view_data
from .page import page_html

__all__ = ["render_view", "view_data"]


def render_view(graphs: Sequence[Graph | dict[str, Any]], *, title: str | None = None) -> bytes:
    """The HTML page (bytes) for document graphs, or their :func:`view_data` dicts."""
    views = [g if isinstance(g, dict) else view_data(g) for g in graphs]
    return page_html(views, title=title)
