"""The interactive view as one self-contained HTML page: template, style, vendored cytoscape.js
and the application script inlined, the data as JSON, a Content-Security-Policy that allows
those inline scripts and the style by their SHA-256 hashes and nothing else (no request leaves
the file).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from ..diagram.style import DEFAULT_STYLE
from ..errors import InputError
from ..resources import package_data_path

__all__ = ["CYTOSCAPE", "page_html"]

CYTOSCAPE = "vendor/cytoscape-3.35.0.min.js"
"""The vendored cytoscape.js (npm ``cytoscape@3.35.0``, MIT; see graph/data/vendor/VENDOR.txt)."""
_MARKER = re.compile(r"\{\{([A-Z_]+)\}\}")
_CELL_W, _CELL_H, _COLUMNS, _BAND_GAP = 200, 78, 6, 70


@cache
def _asset(relative: str, *, inline: bool = True) -> str:
    """A package data file; one to be inlined must not be able to close its element."""
    text = package_data_path(relative).read_text(encoding="utf-8")
    if inline and ("</script" in text.lower() or "</style" in text.lower()):
        raise InputError(f"{relative} would close its inline element", path=relative)
    return text


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _json(value: Any) -> str:
    """JSON that cannot end its <script> element or open a comment in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _elements(views: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Ids, band colours and preset positions for every document, band, duty and concern."""
    palette = DEFAULT_STYLE.palette
    documents, parties, duties, concerns, edges = [], [], [], [], []
    models: dict[str, int] = {}
    y = 0.0
    for d, view in enumerate(views):
        doc_id = f"d{d}"
        documents.append({"id": doc_id, **view["document"]})
        for index, model in enumerate(view["models"]):
            models.setdefault(model, len(models) + index)
        party_ids = {}
        bands: list[tuple[str, list[dict[str, Any]]]] = []
        for p, party in enumerate(view["parties"]):
            rows = [row for row in view["duties"] if row["party"] == party["iri"]]
            if not rows:
                continue  # no empty bands
            party_id = f"{doc_id}p{p}"
            party_ids[party["iri"]] = party_id
            colour = palette[len(bands) % len(palette)]
            parties.append({"id": party_id, "doc": doc_id, "colour": colour, **party})
            bands.append((party_id, rows))
        orphans = [row for row in view["duties"] if not row["party"]]
        if orphans:
            parties.append(
                {
                    "id": f"{doc_id}orphans",
                    "doc": doc_id,
                    "colour": "#D55E00",
                    "iri": "",
                    "label": "Nobody (orphans)",
                    "role": "",
                    "order": 99.0,
                }
            )
            bands.append((f"{doc_id}orphans", orphans))
        concern_ids = {c["iri"]: f"{doc_id}c{i}" for i, c in enumerate(view["concerns"])}
        members: dict[str, list[tuple[float, float]]] = {}
        count = 0
        for party_id, rows in bands:
            for i, row in enumerate(rows):
                x = (i % _COLUMNS) * _CELL_W
                cy = y + (i // _COLUMNS) * _CELL_H
                node = f"{doc_id}n{count}"
                count += 1
                ids = [concern_ids[c] for c in row["concerns"] if c in concern_ids]
                duties.append(
                    {
                        **row,
                        "id": node,
                        "doc": doc_id,
                        "band": party_id,
                        "x": x,
                        "y": cy,
                        "concerns": ids,
                    }
                )
                for concern in ids:
                    members.setdefault(concern, []).append((x, cy))
                    edges.append({"id": f"{node}-{concern}", "source": node, "target": concern})
            y += (-(-len(rows) // _COLUMNS)) * _CELL_H + _BAND_GAP
        for concern in view["concerns"]:
            cid = concern_ids[concern["iri"]]
            points = members.get(cid, [(0.0, y)])
            mean = sum(p[1] for p in points) / len(points)
            concerns.append(
                {
                    **concern,
                    "id": cid,
                    "doc": doc_id,
                    "x": _COLUMNS * _CELL_W + 120,
                    "y": round(mean, 1),
                }
            )
        y += _BAND_GAP
    return {
        "documents": documents,
        "parties": parties,
        "duties": duties,
        "concerns": concerns,
        "edges": edges,
        "models": sorted(models, key=lambda m: (models[m], m)),
    }


def page_html(views: Sequence[dict[str, Any]], *, title: str | None = None) -> bytes:
    """The page for one or more documents' view data; the same bytes for the same data."""
    data = _elements(views)
    if title is None:
        title = views[0]["document"]["title"] if len(views) == 1 else "Shared responsibility"
    data["title"] = title
    style = _asset("view/view.css")
    cytoscape_stylesheet = ".__________cytoscape_container { position: relative; }"
    library = _asset(CYTOSCAPE)
    app = _asset("view/view.js")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_hash(library)} {_hash(app)}",
            f"style-src {_hash(style)} {_hash(cytoscape_stylesheet)}",
            "img-src data: blob:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    page = _asset("view/template.html", inline=False)
    parts = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title),
        "STYLE": style,
        "CYTOSCAPE_STYLESHEET": cytoscape_stylesheet,
        "DATA": _json(data),
        "CYTOSCAPE": library,
        "APP": app,
    }
    # one pass: text inserted for one marker is never searched for another
    page = _MARKER.sub(lambda m: parts[m.group(1)], page)
    return page.encode("utf-8")
