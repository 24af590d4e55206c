"""srgraph: knowledge graphs of cloud shared-responsibility models.

Pipeline (one public function per stage): read_document -> extract_facts -> build_graph ->
validate_graph -> serialize_graph / render_diagram; ``export`` runs them all for files.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .build import build_graph
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
from .export import ExportResult, export
from .extract import extract_facts
from .facts import Facts
from .serialize import serialize_graph, write_atomic
from .validate import ValidationReport, validate_graph

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
    "export",
    "extract_facts",
    "read_document",
    "serialize_graph",
    "validate_graph",
    "write_atomic",
]
