"""The embedded store: exports loaded into a persistent pyoxigraph store, one named graph each.

A load replaces each document's named graph (document IRI = its srm:Document subject) all or
nothing: either every file is in, or the store is unchanged (see ``load_store``).
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from .errors import InputError, StoreError
from .namespaces import XSD
from .serialize import to_ox

__all__ = ["LoadResult", "from_ox", "load_store", "open_store", "read_rdf", "to_ox"]

_FORMATS = {".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


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


_DOCUMENT = ox.NamedNode("https://w3id.org/srgraph/ontology#Document")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _rdf_format(path: Path) -> Any:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower() or "ttl")
    if fmt is None and path.suffix.lower() == ".json":
        fmt = ox.RdfFormat.JSON_LD
    if fmt is None:
        raise InputError(
            f"unknown RDF file type {path.suffix!r}", path=str(path), hint="use .ttl .nt .nq …"
        )
    return fmt


def _parse(path: Path) -> Iterator[Any]:
    """Stream a file's quads (pyoxigraph); a parse error is an InputError naming the file."""
    try:
        yield from ox.parse(path=str(path), format=_rdf_format(path))
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"cannot parse RDF: {exc}", path=str(path)) from exc


@dataclass
class _Source:
    """One file to load: where its default-graph triples go and which graphs it fills."""

    path: Path
    document: Any
    graphs: set[Any]

    def quads(self) -> Iterator[Any]:
        for q in _parse(self.path):
            if isinstance(q.graph_name, ox.DefaultGraph):
                yield ox.Quad(q.subject, q.predicate, q.object, self.document)
            else:
                yield q


def _survey(path: Path) -> _Source:
    """First pass over a file (streaming): its document IRI and the graphs it names."""
    if not path.is_file():
        raise InputError("file not found", path=str(path), hint="run `srgraph export` first")
    documents: list[Any] = []
    graphs: set[Any] = set()
    has_default = False
    for q in _parse(path):
        if isinstance(q.graph_name, ox.DefaultGraph):
            has_default = True
            if q.predicate == _TYPE and q.object == _DOCUMENT:
                documents.append(q.subject)
        else:
            graphs.add(q.graph_name)
    document = min(documents, key=str) if documents else ox.NamedNode(path.resolve().as_uri())
    if has_default:
        graphs.add(document)
    return _Source(path, document, graphs)


def _update_text(sources: list[_Source], counts: dict[str, int]) -> str:
    """One SPARQL Update: DROP + INSERT DATA per graph, serialized from pyoxigraph terms."""
    by_graph: dict[Any, set[str]] = {}
    for source in sources:
        for q in source.quads():
            by_graph.setdefault(q.graph_name, set()).add(f"{q.subject} {q.predicate} {q.object} .")
    parts: list[str] = []
    for name in sorted(by_graph, key=str):
        counts[name.value] = len(by_graph[name])
        body = "\n".join(sorted(by_graph[name]))
        parts.append(f"DROP SILENT GRAPH {name}")
        parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
    return " ;\n".join(parts)


def _counted(sources: list[_Source], counts: dict[str, int]) -> Iterator[Any]:
    """Every source's quads, counting them per graph as they stream by."""
    for source in sources:
        for q in source.quads():
            counts[q.graph_name.value] = counts.get(q.graph_name.value, 0) + 1
            yield q


def _bulk_load_new(sources: list[_Source], target: Path, counts: dict[str, int]) -> None:
    """A new store is bulk-loaded (fast, little memory) in a hidden sibling folder and renamed
    into place at the end: a failed or killed load leaves no store, as before it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.loading-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a killed load
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.loading-", dir=target.parent))
    try:
        st = ox.Store(str(tmp))
        st.bulk_extend(_counted(sources, counts))
        st.flush()
        st.optimize()
        del st
        gc.collect()  # close RocksDB before the folder moves
        if target.is_dir():
            target.rmdir()  # the empty folder the user named
        os.replace(tmp, target)
    except (OSError, SyntaxError, ValueError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"load failed, no store written: {exc}", path=str(target)) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def load_store(files: Sequence[Path], *, store: Path) -> LoadResult:
    """Load RDF files into the store at ``store``: each document's named graph is replaced.

    All or nothing: a new store is bulk-loaded beside its folder and renamed into place; in an
    existing store, graphs it does not hold yet are streamed into one ``Store.extend``
    transaction, and when some exist one SPARQL Update drops and re-inserts them all. Files are
    read twice, streaming, so a big merged dataset is never held whole by Python.
    """
    if not files:
        files = sorted(Path("output").glob("*.ttl"))
        if not files:
            raise InputError("no files to load", hint="run `srgraph export` or name FILES")
    sources = [_survey(Path(f)) for f in files]
    names = set().union(*(s.graphs for s in sources))
    counts: dict[str, int] = {}
    target = Path(store)
    if not target.exists() or (target.is_dir() and not any(target.iterdir())):
        _bulk_load_new(sources, target, counts)
        return LoadResult(dict(sorted(counts.items())), target)
    st = open_store(store)
    try:
        existing = set(st.named_graphs())
        if names & existing:
            st.update(_update_text(sources, counts))
        else:
            st.extend(_counted(sources, counts))
        st.flush()
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"load failed, store unchanged: {exc}", path=str(store)) from exc
    return LoadResult(dict(sorted(counts.items())), Path(store))
