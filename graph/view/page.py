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


_ORPHANS = {"colour": "#D55E00", "iri": "", "label": "Nobody (orphans)", "role": "", "order": 99.0}


class _Elements:
    """Ids, band colours and preset positions for every document, band, duty and concern:
    bands stacked top-down, duties in rows of ``_COLUMNS``, concerns in a column to the right."""

    def __init__(self) -> None:
        self.data: dict[str, list[Any]] = {
            key: [] for key in ("documents", "parties", "duties", "concerns", "edges", "models")
        }
        self.y = 0.0

    def add(self, number: int, view: dict[str, Any]) -> None:
        doc = f"d{number}"
        self.data["documents"].append({"id": doc, **view["document"]})
        models = self.data["models"]
        models.extend(m for m in view["models"] if m not in models)
        concern_ids = {c["iri"]: f"{doc}c{i}" for i, c in enumerate(view["concerns"])}
        rows_at: dict[str, list[float]] = {}
        count = 0
        for band, rows in self._bands(doc, view):
            for i, row in enumerate(rows):
                node, x, y = (
                    f"{doc}n{count}",
                    (i % _COLUMNS) * _CELL_W,
                    self.y + (i // _COLUMNS) * _CELL_H,
                )
                count += 1
                ids = [concern_ids[c] for c in row["concerns"] if c in concern_ids]
                place = {"id": node, "doc": doc, "band": band, "x": x, "y": y, "concerns": ids}
                self.data["duties"].append({**row, **place})
                for concern in ids:
                    rows_at.setdefault(concern, []).append(y)
                    self.data["edges"].append(
                        {"id": f"{node}-{concern}", "source": node, "target": concern}
                    )
            self.y += -(-len(rows) // _COLUMNS) * _CELL_H + _BAND_GAP
        for concern in view["concerns"]:
            cid = concern_ids[concern["iri"]]
            ys = rows_at.get(cid, [self.y])
            place = {
                "id": cid,
                "doc": doc,
                "x": _COLUMNS * _CELL_W + 120,
                "y": round(sum(ys) / len(ys), 1),
            }
            self.data["concerns"].append({**concern, **place})
        self.y += _BAND_GAP

    def _bands(self, doc: str, view: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
        """The document's bands with their duties: parties with duties, then the orphans."""
        palette = DEFAULT_STYLE.palette
        bands: list[tuple[str, list[dict[str, Any]]]] = []
        for p, party in enumerate(view["parties"]):
            rows = [row for row in view["duties"] if row["party"] == party["iri"]]
            if rows:  # no empty bands
                colour = palette[len(bands) % len(palette)]
                self.data["parties"].append(
                    {"id": f"{doc}p{p}", "doc": doc, "colour": colour, **party}
                )
                bands.append((f"{doc}p{p}", rows))
        orphans = [row for row in view["duties"] if not row["party"]]
        if orphans:
            self.data["parties"].append({"id": f"{doc}orphans", "doc": doc, **_ORPHANS})
            bands.append((f"{doc}orphans", orphans))
        return bands


def _elements(views: Sequence[dict[str, Any]]) -> dict[str, Any]:
    elements = _Elements()
    for number, view in enumerate(views):
        elements.add(number, view)
    return dict(elements.data)


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
