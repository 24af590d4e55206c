"""The lean rdflib store answers every pattern as rdflib's Memory store does, in its order
(the whole graph, which Memory gives in hash order, aside)."""

from __future__ import annotations

import itertools

from rdflib import Graph, Literal, URIRef

from graph.build import build_triples
from graph.document import read_document
from graph.extract import extract_facts
from graph.rdfio import from_ox
from graph.rdfstore import IndexStore
from graph.resources import BUNDLED_DOCUMENT


def _graphs() -> tuple[Graph, Graph]:
    triples = build_triples(extract_facts(read_document(BUNDLED_DOCUMENT)))
    reference = Graph(bind_namespaces="none")
    for prefix, ns in triples.prefixes().items():
        reference.bind(prefix, ns)
    for t in triples.triples():
        reference.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return triples.reader_graph(), reference


def _same_patterns(lean: Graph, reference: Graph) -> None:
    assert set(lean) == set(reference)
    assert len(lean) == len(reference)
    for s, p, o in itertools.islice(sorted(reference), 0, None, 7):
        patterns = list(itertools.product((s, None), (p, None), (o, None)))[:-1]
        for pattern in patterns:  # the whole graph: in hash order in Memory
            assert list(lean.triples(pattern)) == list(reference.triples(pattern)), pattern


def test_same_triples_prefixes_and_pattern_order() -> None:
    lean, reference = _graphs()
    assert isinstance(lean.store, IndexStore)
    assert list(lean.namespaces()) == list(reference.namespaces())
    _same_patterns(lean, reference)


def test_add_and_remove_after_load() -> None:
    lean, reference = _graphs()
    subject = min(reference.subjects(), key=str)
    for graph in (lean, reference):
        graph.add((subject, URIRef("urn:x:p"), Literal("added")))
        graph.add((URIRef("urn:x:new"), URIRef("urn:x:p"), subject))
        graph.remove((subject, None, None))
    _same_patterns(lean, reference)


def test_only_the_predicates_asked_for() -> None:
    triples = build_triples(extract_facts(read_document(BUNDLED_DOCUMENT)))
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    graph = triples.reader_graph(frozenset({label}))
    assert len(graph) == sum(f" <{label}> " in line for line in triples.lines) > 0
    assert {str(p) for p in graph.predicates()} == {label}
