"""Shapes: a SHACL shapes graph compiled into plain values the checker evaluates quickly.

Only SHACL Core is compiled: targets (class, node, subjects-of, objects-of), predicate paths,
and the value-type, cardinality, value-range, string, property-pair, logical, shape-based and
other constraints listed in ``SUPPORTED``. A shapes graph that uses anything else (SPARQL
constraints, complex paths, qualified value shapes, closed shapes, implicit class targets)
raises ``Unsupported``, and validation falls back to pySHACL for the whole graph: no constraint
is ever skipped silently.

Terms are kept as N-Triples tokens (``<iri>``, ``_:b``, ``"lex"^^<dt>``) so that they compare
directly with the data's N-Triples lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from ..namespaces import RDF, RDFS, SH

__all__ = ["PAIRS", "RANGES", "SUPPORTED", "Shape", "Unsupported", "compile_shapes", "token"]

SUPPORTED = frozenset(
    str(SH[name])
    for name in [
        "targetClass",
        "targetNode",
        "targetSubjectsOf",
        "targetObjectsOf",
        "property",
        "path",
        "minCount",
        "maxCount",
        "class",
        "datatype",
        "nodeKind",
        "minLength",
        "maxLength",
        "pattern",
        "flags",
        "minInclusive",
        "maxInclusive",
        "minExclusive",
        "maxExclusive",
        "lessThan",
        "lessThanOrEquals",
        "equals",
        "disjoint",
        "in",
        "hasValue",
        "languageIn",
        "uniqueLang",
        "or",
        "and",
        "not",
        "xone",
        "node",
        "message",
        "severity",
        "deactivated",
        "name",
        "description",
        "order",
        "group",
        "defaultValue",
    ]
)
"""The sh: predicates this compiler understands; any other one makes the shapes Unsupported."""

_LOGICAL = ("or", "and", "xone")
RANGES = ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive")
PAIRS = ("equals", "disjoint", "lessThan", "lessThanOrEquals")


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this compiler does not evaluate."""


def token(node: Node) -> str:
    """An rdflib term as its N-Triples token, as pyoxigraph writes it."""
    from ..rdfio import to_ox

    return str(to_ox(node))


@dataclass(eq=False)
class Shape:
    """One node or property shape: its targets, its path (property shapes) and constraints.

    ``constraints`` maps a constraint component's local name (``minCount``, ``class``…) to its
    parameter: an int, a token, a tuple of tokens, a compiled pattern or nested shapes.
    """

    name: str
    path: str | None = None
    severity: str = "Violation"
    message: str | None = None
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    constraints: dict[str, Any] = field(default_factory=dict)
    properties: list[Shape] = field(default_factory=list)
    deactivated: bool = False


class _Compiler:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.shapes: dict[Node, Shape] = {}

    def values(self, node: Node, name: str) -> list[Node]:
        return sorted(self.graph.objects(node, SH[name]), key=str)

    def one(self, node: Node, name: str) -> Node | None:
        found = self.values(node, name)
        if len(found) > 1:
            raise Unsupported(f"{node} has {len(found)} values of sh:{name}")
        return found[0] if found else None

    def shape(self, node: Node) -> Shape:
        known = self.shapes.get(node)
        if known is not None:
            return known
        shape = Shape(name=str(node))
        self.shapes[node] = shape  # before the parts: shapes may refer to each other
        path = self.one(node, "path")
        if path is not None:
            if not isinstance(path, URIRef):
                raise Unsupported(f"{node}: only predicate paths are compiled, not {path!r}")
            shape.path = token(path)
        deactivated = self.one(node, "deactivated")
        shape.deactivated = isinstance(deactivated, Literal) and deactivated.toPython() is True
        severity = self.one(node, "severity")
        if severity is not None:
            shape.severity = str(severity).rsplit("#", 1)[-1]
        messages = self.values(node, "message")
        if messages:
            shape.message = str(messages[0])
        for kind in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"):
            found = self.values(node, kind)
            if found:
                shape.targets[kind] = tuple(token(t) for t in found)
        self.constraints(node, shape)
        shape.properties = [self.shape(p) for p in self.values(node, "property")]
        return shape

    def constraints(self, node: Node, shape: Shape) -> None:
        c = shape.constraints
        for name in ("minCount", "maxCount", "minLength", "maxLength"):
            value = self.one(node, name)
            if value is not None:
                c[name] = int(value)  # type: ignore[call-overload]
        for name in ("class", *PAIRS):
            found = self.values(node, name)
            if found:
                c[name] = tuple(token(v) for v in found)
        for name in ("datatype", "nodeKind", "hasValue", *RANGES):
            value = self.one(node, name)
            if value is not None:
                c[name] = token(value)
        pattern = self.one(node, "pattern")
        if pattern is not None:
            flags = str(self.one(node, "flags") or "")
            bits = re.IGNORECASE if "i" in flags else 0
            bits |= re.MULTILINE if "m" in flags else 0
            bits |= re.DOTALL if "s" in flags else 0
            bits |= re.VERBOSE if "x" in flags else 0
            c["pattern"] = re.compile(str(pattern), bits)
        for name in ("in", "languageIn"):
            head = self.one(node, name)
            if head is not None:
                items = list(Collection(self.graph, head))
                c[name] = frozenset(token(i) if name == "in" else str(i).lower() for i in items)
        unique = self.one(node, "uniqueLang")
        if unique is not None and unique.toPython() is True:  # type: ignore[attr-defined]
            c["uniqueLang"] = True
        for name in _LOGICAL:
            found = self.values(node, name)
            if found:
                c[name] = [[self.shape(m) for m in Collection(self.graph, f)] for f in found]
        for name in ("not", "node"):
            found = self.values(node, name)
            if found:
                c[name] = [self.shape(m) for m in found]


def compile_shapes(graph: Graph) -> list[Shape]:
    """The shapes of ``graph`` that have targets, compiled (nested shapes hang below them);
    raises Unsupported for a feature outside ``SUPPORTED``."""
    for p in set(graph.predicates()):
        if str(p).startswith(str(SH)) and str(p) not in SUPPORTED:
            raise Unsupported(f"sh:{str(p)[len(str(SH)) :]} is not compiled")
    for node in graph.subjects(RDF.type, RDFS.Class):
        if (node, RDF.type, SH.NodeShape) in graph or (node, RDF.type, SH.PropertyShape) in graph:
            raise Unsupported(f"{node} is a class and a shape (implicit class target)")
    compiler = _Compiler(graph)
    targeted = {
        s
        for kind in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")
        for s in graph.subjects(SH[kind], None)
    }
    return [compiler.shape(node) for node in sorted(targeted, key=str)]
