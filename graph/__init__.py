"""srgraph: knowledge graphs of cloud shared-responsibility models.

Pipeline (one public function per stage): read_document -> extract_facts -> build_triples
(N-Triples lines, duty categories included; build_graph gives them as an rdflib Graph) ->
validate_graph -> serialize_graph / render_diagram / render_view / export_oscal; ``export`` runs
them all for files; run_query, load_store, push and export_property_graph take the graph
further.

Names are imported on first use (PEP 562), so ``srgraph query`` does not pay for matplotlib,
pySHACL or networkx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

_EXPORTS: dict[str, str] = {
    "read_document": "document",
    "Document": "document",
    "extract_facts": "extract",
    "Facts": "facts",
    "build_graph": "build",
    "build_triples": "build",
    "categorize_graph": "categorize",
    "validate_graph": "validate",
    "ValidationReport": "validate",
    "serialize_graph": "serialize",
    "write_atomic": "serialize",
    "render_diagram": "diagram",
    "render_view": "view",
    "export": "exporter",
    "ExportResult": "exporter",
    "run_query": "sparql",
    "list_queries": "sparql",
    "load_store": "store",
    "push": "remote",
    "export_property_graph": "propertygraph",
    "export_oscal": "oscal",
    "document_stats": "stats",
    "diff_documents": "diff",
    "compare_documents": "compare",
    "score_document": "fidelity",
    "SrgraphError": "errors",
    "InputError": "errors",
    "ExtractionError": "errors",
    "ValidationError": "errors",
    "QueryError": "errors",
    "StoreError": "errors",
    "RemoteError": "errors",
}

__all__ = [
    "Document",
    "ExportResult",
    "ExtractionError",
    "Facts",
    "InputError",
    "QueryError",
    "RemoteError",
    "SrgraphError",
    "StoreError",
    "ValidationError",
    "ValidationReport",
    "__version__",
    "build_graph",
    "build_triples",
    "categorize_graph",
    "compare_documents",
    "diff_documents",
    "document_stats",
    "export",
    "export_oscal",
    "export_property_graph",
    "extract_facts",
    "list_queries",
    "load_store",
    "push",
    "read_document",
    "render_diagram",
    "render_view",
    "run_query",
    "score_document",
    "serialize_graph",
    "validate_graph",
    "write_atomic",
]

if TYPE_CHECKING:
    from .build import build_graph, build_triples
    from .categorize import categorize_graph
    from .compare import compare_documents
    from .diagram import render_diagram
    from .document import Document, read_document
    from .errors import (
        ExtractionError,
        InputError,
        QueryError,
        RemoteError,
        SrgraphError,
        StoreError,
        ValidationError,
    )
    from .exporter import ExportResult, export
    from .extract import extract_facts
    from .facts import Facts
    from .oscal import export_oscal
    from .propertygraph import export_property_graph
    from .remote import push
    from .serialize import serialize_graph, write_atomic
    from .sparql import list_queries, run_query
    from .store import load_store
    from .validate import ValidationReport, validate_graph
    from .view import render_view


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
