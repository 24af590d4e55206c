"""The embedded store: exports loaded into a persistent pyoxigraph store, one named graph each.

A load replaces each document's named graph (document IRI = its srm:Document subject) in ONE
SPARQL Update transaction: either every file is in, or the store is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from .errors import InputError, StoreError
from .namespaces import XSD

__all__ = ["LoadResult", "from_ox", "load_store", "open_store", "read_rdf", "to_ox"]

_FORMATS = {".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r}")


def from_ox(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r}")


def read_rdf(path: Path) -> Graph:
    """Parse an RDF file (any format; quads are flattened) into one graph."""
    path = Path(path)
    if not path.is_file():
        raise InputError("file not found", path=str(path), hint="run `srgraph export` first")
    fmt = _FORMATS.get(path.suffix.lower()) or guess_format(str(path)) or "turtle"
    graph = Graph()
    try:
        if fmt in ("nquads", "trig"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            for s, p, o, _ in ds.quads():
                graph.add((s, p, o))
        else:
            graph.parse(path, format=fmt)
    except Exception as exc:
        raise InputError(f"cannot parse {fmt} RDF: {exc}", path=str(path)) from exc
    return graph


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open (or, unless read_only, create) the pyoxigraph store in ``path``."""
    path = Path(path)
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError("store not found", path=str(path), hint="run `srgraph load` first")
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(
            f"cannot open store: {exc}", path=str(path), hint="is another process using it?"
        ) from exc


@dataclass
class LoadResult:
    """Named graphs written: document IRI -> triple count."""

    graphs: dict[str, int] = field(default_factory=dict)
    store: Path = Path()


def _graphs_by_document(files: Iterable[Path]) -> dict[URIRef, Graph]:
    from .serialize import document_iri

    out: dict[URIRef, Graph] = {}
    for path in files:
        graph = read_rdf(path)
        name = document_iri(graph) or URIRef(Path(path).resolve().as_uri())
        if name in out:
            out[name] += graph
        else:
            out[name] = graph
    return out


def _update_text(graphs: dict[URIRef, Graph]) -> str:
    """One SPARQL Update: DROP + INSERT DATA per graph, serialized from pyoxigraph terms."""
    parts: list[str] = []
    for name, graph in sorted(graphs.items()):
        g = ox.NamedNode(str(name))
        triples = sorted(str(ox.Triple(to_ox(s), to_ox(p), to_ox(o))) + " ." for s, p, o in graph)
        parts.append(f"DROP SILENT GRAPH {g}")
        parts.append(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(triples) + "\n} }")
    return " ;\n".join(parts)


def load_store(files: Sequence[Path], *, store: Path) -> LoadResult:
    """Load RDF files into the store at ``store``: each document's named graph is replaced."""
    if not files:
        files = sorted(Path("output").glob("*.ttl"))
        if not files:
            raise InputError("no files to load", hint="run `srgraph export` or name FILES")
    graphs = _graphs_by_document(files)
    st = open_store(store)
    try:
        st.update(_update_text(graphs))
        st.flush()
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"load failed, store unchanged: {exc}", path=str(store)) from exc
    return LoadResult({str(k): len(v) for k, v in sorted(graphs.items())}, Path(store))
