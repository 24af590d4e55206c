"""The namespace IRIs as plain strings, for code that must not import rdflib (the query path).

graph/namespaces.py builds its rdflib namespaces from these; a test checks that the W3C ones are
rdflib's own.
"""

from __future__ import annotations

__all__ = ["BASE", "PREFIX_IRIS", "TOOL_IRI", "VOCABULARY_GRAPH", "VOCAB_IRI"]

BASE = "https://w3id.org/srgraph/id/"
"""Default base IRI for minted document, party, duty and span IRIs."""
VOCAB_IRI = "https://w3id.org/srgraph/vocab/"
"""Root of the SKOS vocabularies in ontology/vocabularies/."""
VOCABULARY_GRAPH = "https://w3id.org/srgraph/vocab"
"""Named graph that holds the shared vocabulary nodes, once in a dataset, store or server."""
TOOL_IRI = "https://w3id.org/srgraph/tool/"

PREFIX_IRIS: dict[str, str] = {
    "srm": "https://w3id.org/srgraph/ontology#",
    "service": f"{VOCAB_IRI}service/",
    "standard": f"{VOCAB_IRI}standard/",
    "orgv": f"{VOCAB_IRI}org/",
    "role": f"{VOCAB_IRI}role/",
    "offering": f"{VOCAB_IRI}offering/",
    "smodel": f"{VOCAB_IRI}service-model/",
    "category": f"{VOCAB_IRI}category/",
    "tool": TOOL_IRI,
    "dcterms": "http://purl.org/dc/terms/",
    "odrl": "http://www.w3.org/ns/odrl/2/",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""Prefixes bound when serializing (only those a graph uses are written) and in query output."""
