"""OSCAL: a graph -> NIST OSCAL JSON documents (component-definition, catalog, profile, SSP).

- ``model``: what OSCAL needs from the graph, read once into sorted records;
- ``catalog``: the duties as controls grouped by duty category, with NIST SP 800-53 / CSA CCM
  ids, and the profile importing them;
- ``component``: the component-definition (one component per party, one implemented-requirement
  per duty);
- ``ssp``: the SSP fragment (export.provided / responsibilities, inherited, leveraged
  authorizations);
- ``common``: uuid5 identifiers, props, metadata, deterministic JSON.
"""

from __future__ import annotations

from rdflib import Graph

from ..categorize import Categories, load_categories
from .catalog import build_catalog, build_profile
from .common import dumps
from .component import build_component_definition
from .model import read_model
from .ssp import build_ssp

__all__ = ["OSCAL_FILES", "export_oscal"]

OSCAL_FILES = ("component-definition", "catalog", "profile", "ssp")
"""The documents written per stem: ``<stem>.oscal-<kind>.json``."""


def export_oscal(
    graph: Graph, *, name: str, categories: Categories | None = None
) -> dict[str, bytes]:
    """OSCAL JSON documents for a document graph (or a merged dataset's union graph) named
    ``name`` (the file stem): file name -> bytes, deterministic. The component-definition and
    the profile refer to the catalog, the SSP to the profile, by relative file name."""
    model = read_model(graph)
    vocab = categories or load_categories()
    files = {kind: f"{name}.oscal-{kind}.json" for kind in OSCAL_FILES}
    return {
        files["component-definition"]: dumps(
            build_component_definition(model, catalog_href=files["catalog"], name=name)
        ),
        files["catalog"]: dumps(build_catalog(model, categories=vocab, name=name)),
        files["profile"]: dumps(build_profile(model, catalog_href=files["catalog"], name=name)),
        files["ssp"]: dumps(build_ssp(model, profile_href=files["profile"], name=name)),
    }
