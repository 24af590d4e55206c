"""What OSCAL needs from a graph, read once into plain records (sorted by IRI, so the JSON built
from them is the same bytes on every run): documents, parties with their RACI duties, duties
with category and provenance, shared concerns, certifications and what builds on them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..facts import RACI_PREDICATES
from ..namespaces import DCTERMS, PROV, RDF, RDFS, ROLE, SKOS, SRM

__all__ = ["Certification", "Duty", "Model", "Party", "read_model"]

RACI = {letter: SRM[name] for letter, name in RACI_PREDICATES.items()}


@dataclass(frozen=True)
class Party:
    """A party: its label, role concept and whether it is the customer."""

    iri: str
    label: str
    role: str | None
    customer: bool


@dataclass
class Duty:
    """A duty with its parties per RACI letter, category and source."""

    iri: str
    label: str
    description: str
    document: str
    category: str | None = None
    concern: str | None = None
    start: int | None = None
    end: int | None = None
    section: str | None = None
    cells: str | None = None
    raci: dict[str, list[str]] = field(default_factory=dict)
    """RACI letter -> party IRIs."""
    shared: bool = False

    def parties(self, *letters: str) -> list[str]:
        """Party IRIs holding any of ``letters``, sorted, each once."""
        return sorted({p for letter in letters for p in self.raci.get(letter, [])})


@dataclass(frozen=True)
class Certification:
    """A certification, the parties holding it and the compliances building on it."""

    iri: str
    label: str
    standard: str | None
    holders: tuple[str, ...]
    built_on_by: tuple[str, ...]
    """Labels of the compliances / certifications that build on it."""


@dataclass(frozen=True)
class Document:
    """A source document: title, file, content hash and stated date."""

    iri: str
    title: str
    source: str
    content_hash: str
    date: str | None


@dataclass
class Model:
    """Everything the OSCAL writers use."""

    documents: list[Document]
    parties: dict[str, Party]
    duties: list[Duty]
    concerns: dict[str, str]
    certifications: list[Certification]
    offerings: dict[str, str]


def _text(graph: Graph, node: Node, prop: URIRef) -> str | None:
    values = sorted(str(v) for v in graph.objects(node, prop) if isinstance(v, Literal))
    return " ".join(values[0].split()) if values else None


def _iris(graph: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))


def _label(graph: Graph, node: Node) -> str:
    for prop in (RDFS.label, SKOS.prefLabel):
        text = _text(graph, node, prop)
        if text:
            return text
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _documents(graph: Graph) -> list[Document]:
    documents = []
    for doc in _iris(graph, SRM.Document):
        date = None
        for prop in (DCTERMS.modified, DCTERMS.date, DCTERMS.created):
            value = _text(graph, doc, prop)
            if value and _is_date(value):
                date = value[:10]
                break
        documents.append(
            Document(
                iri=str(doc),
                title=_text(graph, doc, DCTERMS.title) or str(doc),
                source=_text(graph, doc, SRM.sourceFile) or "",
                content_hash=_text(graph, doc, SRM.contentHash) or "",
                date=date,
            )
        )
    return documents


def _is_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def _duties(graph: Graph, parties: dict[str, Party]) -> list[Duty]:
    shared: set[tuple[Node, Node, Node]] = set()
    for statement in graph.subjects(SRM.shared, Literal(True)):
        triple = tuple(graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        shared.add(triple)  # type: ignore[arg-type]
    duties = []
    for node in _iris(graph, SRM.Duty):
        span = graph.value(node, PROV.wasDerivedFrom)
        start = graph.value(span, SRM.startLine) if span is not None else None
        end = graph.value(span, SRM.endLine) if span is not None else None
        document = graph.value(span, SRM.document) if span is not None else None
        category = graph.value(node, SRM.category)
        concern = graph.value(node, SRM.concern)
        duty = Duty(
            iri=str(node),
            label=_label(graph, node),
            description=_text(graph, node, DCTERMS.description) or _label(graph, node),
            document=str(document) if document is not None else str(node).rsplit("/duty/")[0],
            category=str(category) if category is not None else None,
            concern=str(concern) if concern is not None else None,
            start=int(start) if isinstance(start, Literal) else None,
            end=int(end) if isinstance(end, Literal) else None,
            section=_text(graph, span, SRM.sectionPath) if span is not None else None,
            cells=_text(graph, span, SRM.cellRange) if span is not None else None,
        )
        for letter, prop in RACI.items():
            holders = sorted(str(p) for p in graph.subjects(prop, node) if str(p) in parties)
            if holders:
                duty.raci[letter] = holders
            duty.shared = duty.shared or any((URIRef(p), prop, node) in shared for p in holders)
        duties.append(duty)
    return duties


def _certifications(graph: Graph) -> list[Certification]:
    found = []
    for cert in _iris(graph, SRM.Certification):
        standard = graph.value(cert, SRM.standard)
        holders = sorted(str(h) for h in graph.subjects(SRM.holds, cert))
        builders = sorted(_label(graph, b) for b in graph.subjects(SRM.buildsOn, cert))
        found.append(
            Certification(
                iri=str(cert),
                label=_label(graph, cert),
                standard=_label(graph, standard) if standard is not None else None,
                holders=tuple(holders),
                built_on_by=tuple(builders),
            )
        )
    return found


def read_model(graph: Graph) -> Model:
    """The OSCAL-relevant content of a graph (one document or a merged dataset)."""
    parties: dict[str, Party] = {}
    for node in _iris(graph, SRM.Party):
        role = graph.value(node, SRM.role)
        parties[str(node)] = Party(
            iri=str(node),
            label=_label(graph, node),
            role=str(role) if role is not None else None,
            customer=role == ROLE.customer,
        )
    concerns = {str(c): _label(graph, c) for c in _iris(graph, SRM.SharedConcern)}
    offerings = {str(o): _label(graph, o) for o in _iris(graph, SRM.Offering)}
    duties = _duties(graph, parties)
    return Model(
        documents=_documents(graph),
        parties=parties,
        duties=duties,
        concerns=concerns,
        certifications=_certifications(graph),
        offerings=offerings,
    )
