"""The built graph of one document: sorted, unique N-Triples lines and the document IRI.

Building writes this value once (graph/build.py); every output derives from it: N-Triples and
N-Quads are its lines, Turtle, TriG and RDF/XML are written by pyoxigraph from them, validation
indexes them (graph/validate/), and an rdflib Graph is made from them only for the libraries
that need one (JSON-LD, diagrams, property graphs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from .namespaces import PREFIXES, RDF, SRM, document_prefixes

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["Index", "Triples", "quad_line", "sorted_lines"]

_DOCUMENT_TYPE = f" <{RDF.type}> <{SRM.Document}> ."

Index = dict[str, dict[str, list[str]]]
"""Triples as N-Triples tokens: predicate -> subject -> objects."""


@dataclass(frozen=True, eq=False)
class Triples:
    """One document's triples as sorted, unique N-Triples lines (no newline), as pyoxigraph
    writes them, and its document IRI (the name of its graph in a dataset)."""

    lines: list[str]
    document: str | None = None
    namespaces: frozenset[str] | None = None
    """When the builder knows them: namespaces (up to a last ``/`` or ``#``) that every IRI of
    the lines has one of (more are allowed). A prefix outside them is not looked for."""
    index: Index | None = None
    """When the builder made it: the same triples as predicate -> subject -> objects (objects
    in any order), which validation would otherwise split the lines for."""

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines)

    @cached_property
    def data(self) -> bytes:
        """The N-Triples file: the lines, each ending in a newline."""
        return ("\n".join(self.lines) + "\n").encode("utf-8") if self.lines else b""

    def triples(self) -> list[Any]:
        """The triples as pyoxigraph terms (parsed back by pyoxigraph, in line order)."""
        return [q.triple for q in ox.parse(self.data, format=ox.RdfFormat.N_TRIPLES)]

    def quads(self, graph: str | None = None) -> Iterator[str]:
        """N-Quads lines in the named graph ``graph`` (the document IRI by default)."""
        name = f"<{ox.NamedNode(graph or self.document or _DEFAULT_GRAPH).value}>"
        return (quad_line(line, name) for line in self.lines)

    def prefixes(self) -> dict[str, str]:
        """The prefixes (srgraph's and the document's) whose namespace a triple uses."""
        candidates = {p: str(ns) for p, ns in PREFIXES.items()}
        if self.document:
            candidates |= {p: str(ns) for p, ns in document_prefixes(self.document).items()}
        if self.namespaces is not None:
            known = self.namespaces
            candidates = {
                p: ns for p, ns in candidates.items() if any(n.startswith(ns) for n in known)
            }
        text = self.data
        return {p: ns for p, ns in sorted(candidates.items()) if f"<{ns}".encode() in text}

    def graph(self) -> Graph:
        """An rdflib Graph of the triples (rdflib's default store), with the prefixes bound."""
        from .rdfstore import lines_graph

        return lines_graph(self.lines, self.prefixes(), lean=False)

    def reader_graph(self, predicates: frozenset[str] | None = None) -> Graph:
        """The triples as an rdflib Graph for srgraph's own readers (JSON-LD, diagrams, the
        view, OSCAL, property graphs): on a lean store, three times cheaper to fill but not
        context aware (pySHACL and Datasets need ``graph()``); with ``predicates`` (IRIs),
        only the triples of those predicates (a reader that needs a few builds less)."""
        from .rdfstore import lines_graph

        if predicates is None:
            return lines_graph(self.lines, self.prefixes())
        tokens = frozenset(f"<{p}>" for p in predicates)
        return lines_graph(self.lines, self.prefixes(), tokens.__contains__)

    @classmethod
    def from_graph(cls, graph: Graph) -> Triples:
        """The triples of an rdflib Graph (its document: the first srm:Document by IRI)."""
        from .rdfio import to_ox

        term = _memo(to_ox)
        items = [ox.Triple(term(s), term(p), term(o)) for s, p, o in graph]
        data = ox.serialize(items, format=ox.RdfFormat.N_TRIPLES)
        assert isinstance(data, bytes)
        lines = sorted_lines(data.decode("utf-8").split("\n"))
        return cls(lines, _document(lines))


_DEFAULT_GRAPH = "urn:x-srgraph:default"


def _memo(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` for terms, each distinct term converted once (subjects and predicates
    repeat)."""
    memo: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        found = memo.get(t)
        if found is None:
            found = memo[t] = convert(t)
        return found

    return term


def sorted_lines(lines: Iterable[str]) -> list[str]:
    """Sorted, de-duplicated, non-empty lines."""
    return sorted({line for line in lines if line})


def quad_line(line: str, graph: str) -> str:
    """The N-Quads line of an N-Triples ``line`` in ``graph`` (an IRI token ``<…>``)."""
    return f"{line[:-1]}{graph} ."


def _document(lines: list[str]) -> str | None:
    """The first srm:Document subject (by IRI)."""
    found = [
        line[1 : line.index(">")]
        for line in lines
        if line.endswith(_DOCUMENT_TYPE) and line.startswith("<")
    ]
    return min(found, default=None)
