"""Every namespace and term constant srgraph uses: IRIs are never built from ad hoc strings."""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Namespace
from rdflib.namespace import ODRL2, ORG, SH

from .iris import BASE, PREFIX_IRIS, TOOL_IRI, VOCAB_IRI, VOCABULARY_GRAPH

__all__ = [
    "BASE",
    "CATEGORY",
    "CCM",
    "CODE",
    "CUE",
    "DCTERMS",
    "DUTY_VERB",
    "LOCAL_PREFIXES",
    "NIST",
    "ODRL",
    "OFFERING",
    "ORG",
    "ORGV",
    "OSCAL_PROPS",
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
CATEGORY = Namespace("https://w3id.org/srgraph/vocab/category/")
"""Duty categories (vocabularies/duty-categories.ttl)."""
NIST = Namespace("https://w3id.org/srgraph/vocab/nist-800-53/")
"""NIST SP 800-53 Rev. 5 control families and controls (vocabularies/nist-800-53.ttl)."""
CCM = Namespace("https://w3id.org/srgraph/vocab/ccm/")
"""CSA Cloud Controls Matrix v4 domains (vocabularies/ccm.ttl)."""

OSCAL_PROPS = Namespace("https://w3id.org/srgraph/ns/oscal")
"""The ``ns`` of the props srgraph writes into OSCAL documents (graph/oscal/)."""

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
