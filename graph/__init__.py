"""srgraph: knowledge graphs of cloud shared-responsibility models.

Pipeline (one public function per stage): read_document -> extract_facts -> build_graph ->
validate_graph -> serialize_graph / render_diagram; ``export`` runs them all for files.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
