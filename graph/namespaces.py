"""Every namespace and term constant srgraph uses: IRIs are never built from ad hoc strings."""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Namespace
from rdflib.namespace import ODRL2, ORG, SH

from .iris import BASE, PREFIX_IRIS, TOOL_IRI, VOCAB_IRI, VOCABULARY_GRAPH

__all__ = [
    "BASE",
    "CODE",
    "CUE",
    "DCTERMS",
    "DUTY_VERB",
    "LOCAL_PREFIXES",
    "ODRL",
    "OFFERING",
    "ORG",
    "ORGV",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "ROLE",
    "SCHEMA",
    "SERVICE",
    "SERVICE_MODEL",
    "SH",
    "SKOS",
    "SRM",
    "STANDARD",
    "TOOL",
    "VOCAB",
    "VOCABULARY_GRAPH",
    "XSD",
    "document_prefixes",
]

SRM = Namespace(PREFIX_IRIS["srm"])
"""The srgraph OWL ontology (ontology/srm.ttl)."""

VOCAB = Namespace(VOCAB_IRI)
"""Root of the SKOS vocabularies in ontology/vocabularies/."""
SERVICE = Namespace(PREFIX_IRIS["service"])
STANDARD = Namespace(PREFIX_IRIS["standard"])
ORGV = Namespace(PREFIX_IRIS["orgv"])
ROLE = Namespace(PREFIX_IRIS["role"])
OFFERING = Namespace(PREFIX_IRIS["offering"])
SERVICE_MODEL = Namespace(PREFIX_IRIS["smodel"])
CODE = Namespace("https://w3id.org/srgraph/vocab/code/")
"""Responsibility codes: the values of matrix cells (vocabularies/responsibility-codes.ttl)."""
DUTY_VERB = Namespace("https://w3id.org/srgraph/vocab/duty-verb/")
"""Verbs that state duties (vocabularies/duty-verbs.ttl)."""
CUE = Namespace("https://w3id.org/srgraph/vocab/cue/")
"""Cue words of page structure (vocabularies/cue-words.ttl)."""

TOOL = Namespace(TOOL_IRI)

ODRL = ODRL2
SCHEMA = SDO

PREFIXES: dict[str, Namespace] = {p: Namespace(iri) for p, iri in PREFIX_IRIS.items()}
"""Prefixes bound when serializing; only those a graph uses are written."""

LOCAL_PREFIXES: dict[str, str] = {
    "doc": "",
    "party": "party/",
    "duty": "duty/",
    "span": "span/",
    "stmt": "statement/",
    "cert": "certification/",
    "compliance": "compliance/",
    "concern": "concern/",
    "dservice": "service/",
    "doffering": "offering/",
}
"""Prefixes for one document's minted IRIs: name -> path under the document IRI + '/'."""


def document_prefixes(document: str) -> dict[str, Namespace]:
    """The per-document prefixes (``party:``, ``duty:`` …) for a document IRI."""
    return {name: Namespace(f"{document}/{path}") for name, path in LOCAL_PREFIXES.items()}
