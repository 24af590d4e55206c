"""A lean in-memory rdflib store, and an rdflib Graph made straight from N-Triples lines.

rdflib's default ``Memory`` store keeps every triple's contexts as well as three indexes, and
``Graph.add`` checks and dispatches each triple: 487,000 triples took 8 s to add. The readers
of a built graph (JSON-LD, diagrams, the view, OSCAL, property graphs) need one graph, no
contexts: :class:`IndexStore` keeps ``Memory``'s three indexes only, filled in the same order,
so a pattern gives its matches in the same order as ``Memory`` gives them (and a whole-graph
iteration, in hash order in ``Memory``, is in subject order here).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.store import Store
from rdflib.term import Node

__all__ = ["IndexStore", "lines_graph"]

_Index = dict[Node, dict[Node, dict[Node, int]]]
_Triple = tuple[Node, Node, Node]
_XSD_STRING = "<http://www.w3.org/2001/XMLSchema#string>"


class IndexStore(Store):
    """Triples by subject, predicate and object (``Memory``'s indexes), prefixes; no
    contexts, no events."""

    context_aware = False
    formula_aware = False
    graph_aware = False

    def __init__(self, configuration: str | None = None, identifier: Node | None = None) -> None:
        super().__init__(configuration)
        self.identifier = identifier
        self.spo: _Index = {}
        self._pos: _Index | None = {}
        self._osp: _Index | None = {}
        self.size = 0
        self.prefixes: dict[str, URIRef] = {}
        self.namespaces_: dict[URIRef, str] = {}

    @property
    def pos(self) -> _Index:
        """Subjects by predicate and object (made from ``spo`` when first needed)."""
        if self._pos is None:
            self._pos = _reindex(self.spo, by_object=False)
        return self._pos

    @property
    def osp(self) -> _Index:
        """Predicates by object and subject (made from ``spo`` when first needed)."""
        if self._osp is None:
            self._osp = _reindex(self.spo, by_object=True)
        return self._osp

    def load(self, triples: Iterable[_Triple]) -> None:
        """Index distinct triples, grouped by subject then predicate (sorted N-Triples lines
        are): ``spo`` now, the other indexes when first asked for, in the same order as
        ``add`` would give them."""
        assert not self.spo, "load() fills an empty store"
        spo = self.spo
        last_s: Node | None = None
        last_p: Node | None = None
        po: dict[Node, dict[Node, int]] = {}
        objects: dict[Node, int] = {}
        size = 0
        for s, p, o in triples:
            if s is not last_s:
                po = spo.get(s) or spo.setdefault(s, {})
                last_s, last_p = s, None
            if p is not last_p:
                objects = po.get(p) or po.setdefault(p, {})
                last_p = p
            if o not in objects:
                objects[o] = 1
                size += 1
        self.size = size
        self._pos = self._osp = None

    def add(self, triple: _Triple, context: Any = None, quoted: bool = False) -> None:
        """Index one triple (once), at the end of each index as ``Memory`` does."""
        pos, osp = self.pos, self.osp  # made before the triple joins spo
        s, p, o = triple
        if o in self.spo.get(s, {}).get(p, {}):
            return
        _put(self.spo, s, p, o)
        _put(pos, p, o, s)
        _put(osp, o, s, p)
        self.size += 1

    def remove(self, triple: Any, context: Any = None) -> None:
        """Remove the triples matching a pattern."""
        pos, osp = self.pos, self.osp  # made before the triples leave spo
        for (s, p, o), _ in list(self.triples(triple)):
            del self.spo[s][p][o]
            del pos[p][o][s]
            del osp[o][s][p]
            self.size -= 1

    def triples(
        self, triple_pattern: Any, context: Any = None
    ) -> Generator[tuple[_Triple, Iterator[Any]], None, None]:
        """The triples matching a pattern, in ``Memory``'s order for the same pattern."""
        s, p, o = triple_pattern
        if s is not None:
            po = self.spo.get(s)
            if po is None:
                return
            for pred in [p] if p is not None else list(po):
                objects = po.get(pred)
                if objects is None:
                    continue
                if o is not None:
                    if o in objects:
                        yield (s, pred, o), iter(())
                else:
                    for obj in list(objects):
                        yield (s, pred, obj), iter(())
        elif p is not None:
            os = self.pos.get(p)
            if os is None:
                return
            for obj in [o] if o is not None else list(os):
                for subject in list(os.get(obj, ())):
                    yield (subject, p, obj), iter(())
        elif o is not None:
            for subject, predicates in list(self.osp.get(o, {}).items()):
                for pred in list(predicates):
                    yield (subject, pred, o), iter(())
        else:
            for subject, po in list(self.spo.items()):
                for pred, objects in list(po.items()):
                    for obj in list(objects):
                        yield (subject, pred, obj), iter(())

    def __len__(self, context: Any = None) -> int:
        return self.size

    def contexts(self, triple: Any = None) -> Generator[Graph, None, None]:
        yield from ()

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        """Bind a prefix (as ``Memory`` does)."""
        bound_namespace = self.prefixes.get(prefix)
        bound_prefix = self.namespaces_.get(namespace)
        if bound_prefix is None and bound_namespace is not None:
            bound_prefix = self.namespaces_.get(bound_namespace)
        if override:
            if bound_prefix is not None:
                del self.prefixes[bound_prefix]
            if bound_namespace is not None:
                del self.namespaces_[bound_namespace]
            self.namespaces_[namespace] = prefix
            self.prefixes[prefix] = namespace
        else:
            self.namespaces_[bound_namespace or namespace] = bound_prefix or prefix
            self.prefixes[bound_prefix or prefix] = bound_namespace or namespace

    def namespace(self, prefix: str) -> URIRef | None:
        return self.prefixes.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self.namespaces_.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self.prefixes.items())


def _reindex(spo: _Index, *, by_object: bool) -> _Index:
    """``pos`` (or ``osp``) of ``spo``, in the order ``add`` would fill it."""
    index: _Index = {}
    for s, po in spo.items():
        for p, objects in po.items():
            for o in objects:
                _put(index, *((o, s, p) if by_object else (p, o, s)))
    return index


def _put(index: _Index, a: Node, b: Node, c: Node) -> None:
    inner = index.get(a)
    if inner is None:
        inner = index[a] = {}
    leaf = inner.get(b)
    if leaf is None:
        inner[b] = {c: 1}
    else:
        leaf[c] = 1


def lines_graph(
    lines: Iterable[str],
    prefixes: dict[str, str],
    keep: Callable[[str], bool] | None = None,
    *,
    lean: bool = True,
) -> Graph:
    """An rdflib Graph of N-Triples lines as pyoxigraph writes them, the prefixes bound; with
    ``keep``, only the lines whose predicate token it keeps. Each distinct token is converted
    once. ``lean``: on an :class:`IndexStore` (for reading: no contexts, so no pySHACL nor
    Dataset over it), else on rdflib's default store."""
    store = IndexStore() if lean else None
    graph = Graph(store=store if store is not None else "default", bind_namespaces="none")
    for prefix, ns in prefixes.items():
        graph.bind(prefix, ns)
    if store is not None:
        store.load(_terms(lines, keep))
    else:
        for triple in _terms(lines, keep):
            graph.add(triple)
    return graph


def _terms(
    lines: Iterable[str], keep: Callable[[str], bool] | None
) -> Iterator[tuple[Node, Node, Node]]:
    """The kept lines as rdflib terms, each distinct token converted once (one term object
    per token: the store tells a new subject or predicate by identity)."""
    terms: dict[str, Node] = {}
    for line in lines:
        s, p, o = line[:-2].split(" ", 2)
        if keep is not None and not keep(p):
            continue
        st = terms.get(s)
        if st is None:
            st = terms[s] = _term(s)
        pt = terms.get(p)
        if pt is None:
            pt = terms[p] = _term(p)
        ot = terms.get(o)
        if ot is None:
            ot = terms[o] = _term(o)
        yield st, pt, ot


def _term(token: str) -> Node:
    """An N-Triples token as an rdflib term, as graph/rdfio.py ``from_ox`` converts it
    (xsd:string literals plain)."""
    if token[0] == "<":
        return URIRef(token[1:-1])
    if token[0] == "_":
        return BNode(token[2:])
    from .validate.checks import literal

    lexical, datatype, language = literal(token)
    if language:
        return Literal(lexical, lang=token[token.rfind('"') + 2 :])
    if datatype == _XSD_STRING:
        return Literal(lexical)
    return Literal(lexical, datatype=URIRef(datatype[1:-1]))
