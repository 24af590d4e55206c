"""Graph look-ups the diagram and the view share: labels (with the vocabularies as fallback),
source lines, section paths, band order and the statements behind relations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..namespaces import DCTERMS, PROV, RDF, RDFS, ROLE, SKOS, SRM, VOCAB
from ..rdfstore import IndexStore
from ..resources import ontology_path
from .model import NO_LINE

__all__ = [
    "Index",
    "band_order",
    "column_order",
    "label",
    "literal",
    "model_label",
    "section_path",
    "sorted_nodes",
    "span_lines",
    "spelled_out",
    "statements",
    "vocabulary",
]

_FALLBACK_ORDER: dict[URIRef, float] = {
    ROLE["customer"]: 1,
    ROLE["implementation-partner"]: 2,
    ROLE["software-vendor"]: 3,
    ROLE["managed-service-provider"]: 4,
    ROLE["platform-provider"]: 5,
    ROLE["cdn-provider"]: 6,
    ROLE["cloud-provider"]: 7,
}
UNKNOWN_ORDER = 4.5
"""Band order of a role that neither the graph nor party-roles.ttl ranks: mid-stack."""


@cache
def vocabulary(relative: str) -> Graph:
    """A shipped vocabulary file (empty when missing or unreadable)."""
    path = ontology_path(relative)
    graph = Graph()
    if path.is_file():
        try:
            graph.parse(path, format="turtle")
        except (OSError, SyntaxError, ValueError):
            return Graph()
    return graph


class Index:
    """Objects by predicate and subject, each predicate read in one pass over the graph: the
    look-ups of a large document (20,000 duties) without a store query per node."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._tables: dict[Node, dict[Node, list[Node]]] = {}

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        table = self._tables.get(predicate)
        if table is None:
            table = self._tables[predicate] = _by_subject(self.graph, predicate)
        return table.get(subject, [])


def _by_subject(graph: Graph, predicate: URIRef) -> dict[Node, list[Node]]:
    """Objects of ``predicate`` by subject, in ``subject_objects`` order; on an
    :class:`~graph.rdfstore.IndexStore`, read from its index without a Python call per triple."""
    table: dict[Node, list[Node]] = {}
    store = graph.store
    if isinstance(store, IndexStore):
        for o, subjects in store.pos.get(predicate, {}).items():
            for s in subjects:
                found = table.get(s)
                if found is None:
                    table[s] = [o]
                else:
                    found.append(o)
        return table
    for s, o in graph.subject_objects(predicate):
        table.setdefault(s, []).append(o)
    return table


Source = Graph | Index
"""A graph, or its index (the same answers, faster for many look-ups)."""


def sorted_nodes(nodes: Iterable[Node]) -> list[Node]:
    return sorted(set(nodes), key=lambda n: (type(n).__name__, str(n)))


def literal(graph: Source, node: Node, predicates: Sequence[URIRef]) -> str | None:
    """The first non-empty literal of ``node`` over ``predicates`` (English preferred)."""
    for predicate in predicates:
        values = [o for o in graph.objects(node, predicate) if isinstance(o, Literal)]
        if values:
            best = min(
                values, key=lambda v: (v.language not in (None, "en"), v.language or "", str(v))
            )
            text = " ".join(str(best).split())
            if text:
                return text
    return None


def _local_name(node: Node) -> str:
    text = str(node).rstrip("/#")
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1].replace("-", " ")


def label(graph: Source, node: Node, *fallbacks: Graph) -> str:
    """rdfs:label or skos:prefLabel; for a vocabulary node the graph lacks, the vocabulary's."""
    for source in (graph, *fallbacks):
        text = literal(source, node, (RDFS.label, SKOS.prefLabel))
        if text:
            return text
    if isinstance(node, URIRef) and str(node).startswith(str(VOCAB)):
        from ..vocabulary import load_vocabularies

        concept = load_vocabularies().by_iri.get(str(node))
        if concept is not None:
            return concept.label
    return _local_name(node)


_WAS_DERIVED_FROM, _START, _END, _SECTION = (
    PROV.wasDerivedFrom,
    SRM.startLine,
    SRM.endLine,
    SRM.sectionPath,
)


def _value(graph: Source, node: Node, predicate: URIRef) -> Node | None:
    return next(iter(graph.objects(node, predicate)), None)


def span_lines(graph: Source, node: Node) -> tuple[int, int, str]:
    """First start line, its end line and section path over the node's source spans."""
    best = (NO_LINE, NO_LINE, "")
    for span in graph.objects(node, _WAS_DERIVED_FROM):
        start = _value(graph, span, _START)
        if not isinstance(start, Literal) or not isinstance(start.toPython(), int):
            continue
        end = _value(graph, span, _END)
        end_line = int(end.toPython()) if isinstance(end, Literal) else int(start.toPython())
        path = literal(graph, span, (_SECTION,)) or ""
        candidate = (int(start.toPython()), end_line, path)
        if candidate < best:
            best = candidate
    return best


def section_path(path: str) -> tuple[str, ...]:
    """The headings of an srm:sectionPath ("A > B > C")."""
    return tuple(part for part in (p.strip() for p in path.split(" > ")) if part)


def statements(graph: Source) -> dict[tuple[Node, Node, Node], list[Node]]:
    """The rdf:Statement nodes of each reified relation, in IRI order."""
    index = graph if isinstance(graph, Index) else Index(graph)
    found: dict[tuple[Node, Node, Node], list[Node]] = {}
    for statement in sorted_nodes(index.graph.subjects(RDF.type, RDF.Statement)):
        s = _value(index, statement, RDF.subject)
        p = _value(index, statement, RDF.predicate)
        o = _value(index, statement, RDF.object)
        if s is not None and p is not None and o is not None:
            found.setdefault((s, p, o), []).append(statement)
    return found


def _number(graph: Graph, node: Node, predicate: URIRef, files: Sequence[str]) -> float | None:
    for source in (graph, *(vocabulary(f) for f in files)):
        for value in sorted(source.objects(node, predicate), key=str):
            if isinstance(value, Literal):
                try:
                    return float(value.toPython())
                except (TypeError, ValueError):
                    continue
    return None


def band_order(graph: Graph, role: Node | None) -> float:
    """The srm:bandOrder of a party role (graph, else party-roles.ttl), 1 = top band."""
    if role is None:
        return UNKNOWN_ORDER
    order = _number(graph, role, SRM.bandOrder, ("vocabularies/party-roles.ttl",))
    if order is not None:
        return order
    if isinstance(role, URIRef) and role in _FALLBACK_ORDER:
        return _FALLBACK_ORDER[role]
    return UNKNOWN_ORDER


def column_order(graph: Graph, model: Node) -> float:
    """The srm:columnOrder of a service model (graph, else service-models.ttl); unknown last."""
    order = _number(graph, model, SRM.columnOrder, ("vocabularies/service-models.ttl",))
    return 99.0 if order is None else order


def model_label(graph: Graph, model: Node) -> str:
    """A service model's short column label: its skos:notation (On-premises spelled out)."""
    vocab = vocabulary("vocabularies/service-models.ttl")
    for source in (graph, vocab):
        notation = literal(source, model, (SKOS.notation,))
        if notation:
            return "On-premises" if notation == "OnPrem" else notation
    return label(graph, model, vocab)


def spelled_out(graph: Source, party: Node, role: Node | None) -> str | None:
    """A party's full name where the page states no role but spells out the party's short
    name in a key ("PO": "Product owner (outcomes)", its dcterms:description): what a band or
    a view shows in place of "Role not stated"; None otherwise."""
    if role is not None and role != ROLE.unspecified:
        return None
    return literal(graph, party, (DCTERMS.description,))
