"""Graph building: Facts -> rdflib Graph with ontology terms, stable IRIs and provenance.

Every IRI is minted from a namespace constant and a slug, so the same document always gives the
same IRIs; relations get an ``rdf:Statement`` node that carries their source span.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .categorize import categorize_graph
from .errors import InputError
from .facts import Entity, Facts, Ref, Relation, Span
from .namespaces import (
    BASE,
    DCTERMS,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    SRM,
    TOOL,
    XSD,
    document_prefixes,
)
from .text import slugify
from .version import __version__
from .vocabulary import Vocabularies, load_vocabularies

__all__ = ["build_graph", "document_node"]

_CLASSES: dict[str, URIRef] = {
    "party": SRM.Party,
    "duty": SRM.Duty,
    "service": SRM.CloudService,
    "offering": SRM.Offering,
    "standard": SRM.ComplianceStandard,
    "certification": SRM.Certification,
    "compliance": SRM.Compliance,
    "concern": SRM.SharedConcern,
    "service_model": SRM.ServiceModel,
}

_METADATA: dict[str, URIRef] = {
    "title": DCTERMS.title,
    "description": DCTERMS.description,
    "exl-id": DCTERMS.identifier,
    "id": DCTERMS.identifier,
    "uid": DCTERMS.identifier,
    "ms.assetid": DCTERMS.identifier,
    "author": DCTERMS.creator,
    "ms.author": DCTERMS.creator,
    "authors": DCTERMS.creator,
    "date": DCTERMS.date,
    "ms.date": DCTERMS.date,
    "created": DCTERMS.created,
    "updated": DCTERMS.modified,
    "last-modified": DCTERMS.modified,
    "lastmod": DCTERMS.modified,
    "language": DCTERMS.language,
    "lang": DCTERMS.language,
    "license": DCTERMS.license,
    "publisher": DCTERMS.publisher,
    "source": DCTERMS.source,
    "audience": DCTERMS.audience,
}
"""Front-matter key -> DCTERMS term; other keys become ``dcterms:subject "key: value"``."""
_SINGLE_VALUED = {DCTERMS.title}


def _check_base(base: str) -> str:
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$", base):
        raise InputError(
            f"invalid base IRI {base!r}",
            hint="use an absolute IRI ending in '/' or '#', e.g. https://example.org/srm/",
        )
    return base


def _segment(part: str) -> str:
    """One percent-encoded IRI path segment; never empty nor a dot segment (``.``, ``..``)."""
    segment = quote(part, safe="-")
    return segment if segment.strip(".") else f"_{segment}"


def document_node(stem: str, *, base: str = BASE) -> URIRef:
    """The document IRI for a source file stem."""
    return URIRef(_check_base(base) + quote(slugify(stem, max_length=80), safe="-"))


class _Builder:
    def __init__(self, facts: Facts, base: str, vocab: Vocabularies) -> None:
        self.facts = facts
        self.vocab = vocab
        self.doc = document_node(facts.stem, base=base)
        self.graph = Graph(bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            self.graph.bind(prefix, ns)
        for prefix, ns in document_prefixes(str(self.doc)).items():
            self.graph.bind(prefix, ns)
        self.spans: dict[Span, URIRef] = {}

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.graph.add((s, p, o))

    def local(self, *parts: str) -> URIRef:
        return URIRef(f"{self.doc}/" + "/".join(_segment(p) for p in parts))

    def iri(self, ref: Ref) -> URIRef:
        entity = self.facts.entities.get(ref)
        if entity is not None and entity.iri:
            return URIRef(entity.iri)
        return self.local(ref.kind.replace("_", "-"), ref.key)

    def span(self, span: Span) -> URIRef:
        node = self.spans.get(span)
        if node is not None:
            return node
        digest = hashlib.sha1(span.quote.encode("utf-8")).hexdigest()[:8]
        node = self.local("span", f"L{span.start}-L{span.end}-{digest}")
        self.spans[span] = node
        self.add(node, RDF.type, SRM.SourceSpan)
        self.add(node, SRM.document, self.doc)
        self.add(node, SRM.startLine, Literal(span.start, datatype=XSD.integer))
        self.add(node, SRM.endLine, Literal(span.end, datatype=XSD.integer))
        self.add(node, SRM.quote, Literal(span.quote))
        if span.section:
            self.add(node, SRM.sectionPath, Literal(" > ".join(span.section)))
        cells = self.facts.cells.get(span.start)
        if cells is not None:  # a spreadsheet row (or rows): Sheet!A12:F12
            last = self.facts.cells.get(span.end, cells)
            same = last.rsplit("!", 1)[0] == cells.rsplit("!", 1)[0]
            self.add(
                node,
                SRM.cellRange,
                Literal(cells.split(":")[0] + ":" + last.rsplit(":", 1)[1] if same else cells),
            )
        return node

    def document(self) -> None:
        facts = self.facts
        doc = self.doc
        self.add(doc, RDF.type, SRM.Document)
        self.add(doc, SRM.sourceFile, Literal(facts.path.replace("\\", "/").rsplit("/", 1)[-1]))
        self.add(doc, SRM.contentHash, Literal(facts.content_hash))
        self.add(doc, DCTERMS.format, Literal(self.facts.media_type))
        if "title" not in facts.metadata:
            self.add(doc, DCTERMS.title, Literal(facts.title))
        for key in sorted(facts.metadata):
            values = _flatten(facts.metadata[key])
            term = _METADATA.get(key.lower())
            if term in _SINGLE_VALUED and values:
                values = ["; ".join(values)]  # "title: [a, b]": one title, as the shapes require
            for value in values:
                if term is not None:
                    self.add(doc, term, Literal(value))
                else:
                    self.add(doc, DCTERMS.subject, Literal(f"{key}: {value}"))
        run = self.local("export")
        tool = TOOL[f"srgraph-{__version__}"]
        self.add(run, RDF.type, PROV.Activity)
        self.add(run, PROV.used, doc)
        self.add(run, PROV.wasAssociatedWith, tool)
        self.add(run, RDFS.label, Literal(f"srgraph export of {facts.stem}"))
        self.add(tool, RDF.type, PROV.SoftwareAgent)
        self.add(tool, RDFS.label, Literal(f"srgraph {__version__}"))
        self.add(tool, SCHEMA.softwareVersion, Literal(__version__))

    def entity(self, entity: Entity) -> None:
        node = self.iri(entity.ref)
        self.add(node, RDF.type, _CLASSES[entity.ref.kind])
        self.add(node, RDFS.label, Literal(entity.label))
        for alt in sorted(set(entity.alt_labels)):
            self.add(node, SKOS.altLabel, Literal(alt))
        if entity.description:
            self.add(node, DCTERMS.description, Literal(entity.description))
        if entity.span is not None and entity.ref.kind != "standard":
            self.add(node, PROV.wasDerivedFrom, self.span(entity.span))
        if entity.iri and entity.ref.kind in ("service", "standard", "offering", "service_model"):
            self.add(node, SKOS.prefLabel, Literal(entity.label, lang="en"))
        for attr, prop in (("role", SRM.role), ("organization", SRM.organization)):
            value = entity.attrs.get(attr)
            if value:
                self.add(node, prop, URIRef(value))
                self.concept_node(value)
        offered_by = entity.attrs.get("offered_by")
        if offered_by:
            self.add(node, SRM.offeredBy, URIRef(offered_by))
            self.concept_node(offered_by)

    def concept_node(self, iri: str) -> None:
        """Copy a vocabulary concept's type and label so the graph is self-contained."""
        found = self.vocab.by_iri.get(iri)
        if found is None or found.kind not in ("role", "org"):
            return
        node = URIRef(iri)
        if found.kind == "role":
            self.add(node, RDF.type, SRM.PartyRole)
            self.add(node, RDF.type, SKOS.Concept)
        else:
            self.add(node, RDF.type, ORG.Organization)
        self.add(node, SKOS.prefLabel, Literal(found.label, lang="en"))

    def relation(self, relation: Relation) -> None:
        s, o = self.iri(relation.subject), self.iri(relation.object)
        p = SRM[relation.predicate]
        self.add(s, p, o)
        digest = hashlib.sha1(f"{s}\n{p}\n{o}\n{relation.service_model}".encode()).hexdigest()[:12]
        statement = self.local("statement", digest)
        self.add(statement, RDF.type, RDF.Statement)
        self.add(statement, RDF.subject, s)
        self.add(statement, RDF.predicate, p)
        self.add(statement, RDF.object, o)
        self.add(statement, PROV.wasDerivedFrom, self.span(relation.span))
        if relation.shared:
            self.add(statement, SRM.shared, Literal(True))
        if relation.service_model:
            self.add(statement, SRM.serviceModel, URIRef(relation.service_model))


def _flatten(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [v for item in value for v in _flatten(item)]
    if isinstance(value, dict):
        return [f"{k}: {v}" for k, inner in value.items() for v in _flatten(inner)]
    if isinstance(value, bool):
        return [str(value).lower()]
    text = str(value).strip()
    return [text] if text else []


def build_graph(
    facts: Facts, *, base: str = BASE, vocabularies: Vocabularies | None = None
) -> Graph:
    """Build the RDF graph of one document's facts under ``base``; every duty gets its
    ``srm:category`` (graph/categorize.py)."""
    builder = _Builder(facts, base, vocabularies or load_vocabularies())
    builder.document()
    for ref in sorted(facts.entities):
        builder.entity(facts.entities[ref])
    for relation in sorted(facts.relations, key=lambda r: (r.subject, r.predicate, r.object)):
        builder.relation(relation)
    return categorize_graph(builder.graph)
