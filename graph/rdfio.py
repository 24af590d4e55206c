"""Reading RDF files and converting terms between rdflib and pyoxigraph.

Every RDF input of srgraph (validate, query, stats, diff, load, push) comes through here: only a
regular file is read, never more than ``MAX_RDF_BYTES`` when it is parsed in memory, and nothing
is ever fetched (a JSON-LD remote ``@context`` is refused). ``vocabulary_quads`` puts the shared
vocabulary nodes (organisations, roles, services, standards, the srgraph agent) in the
vocabulary graph once, so a store holding many documents answers each question once.

rdflib is imported only by the functions that return rdflib objects: the query path runs on
pyoxigraph alone.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from .errors import InputError
from .files import open_regular, read_limited
from .iris import TOOL_IRI, VOCAB_IRI, VOCABULARY_GRAPH

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

__all__ = [
    "MAX_RDF_BYTES",
    "from_ox",
    "is_shared",
    "ox_format",
    "parse_quads",
    "parse_rdf",
    "rdf_format",
    "read_rdf",
    "read_rdf_bytes",
    "safe_jsonld",
    "shared_indexes",
    "to_ox",
    "vocabulary_quads",
]

MAX_RDF_BYTES = 256 * 2**20
"""RDF files parsed in memory (validate, stats, diff, push, query --graph) are refused above
this; ``srgraph load`` streams files of any size into a store."""

_RDFLIB_FORMATS = {".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# --- terms ---------------------------------------------------------------------------------------


def from_ox(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r}")


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode, Literal, URIRef

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


# --- the shared vocabulary -----------------------------------------------------------------------

_SHARED_NAMESPACES = (VOCAB_IRI, TOOL_IRI)
_SHARED_PREDICATES = frozenset(
    {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "http://www.w3.org/2000/01/rdf-schema#label",
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "https://schema.org/softwareVersion",
    }
)
_VOCABULARY_GRAPH = ox.NamedNode(VOCABULARY_GRAPH)


def is_shared(subject: str, predicate: str) -> bool:
    """Whether a triple describes a shared vocabulary node (its type, label or version): the
    same in every document, so it belongs once to the vocabulary graph."""
    return predicate in _SHARED_PREDICATES and subject.startswith(_SHARED_NAMESPACES)


def shared_indexes(lines: list[str]) -> list[int]:
    """The indexes, in order, of the sorted N-Triples ``lines`` whose triple ``is_shared``
    describes. Only the lines of a subject in a shared namespace are tested: in sorted lines
    they are together, found by bisection (a document's other lines are never split)."""
    found: set[int] = set()
    for namespace in _SHARED_NAMESPACES:
        start = f"<{namespace}"
        index = bisect_left(lines, start)
        while index < len(lines) and lines[index].startswith(start):
            s, p, _ = lines[index].split(" ", 2)
            if is_shared(s[1:-1], p[1:-1]):
                found.add(index)
            index += 1
    return sorted(found)


def vocabulary_quads(quads: Iterable[Any]) -> Iterator[Any]:
    """The pyoxigraph ``quads`` with every shared vocabulary triple moved to the vocabulary
    graph (a store or server then holds it once, whatever the number of documents)."""
    for q in quads:
        s = q.subject
        if isinstance(s, ox.NamedNode) and is_shared(s.value, q.predicate.value):
            yield ox.Quad(s, q.predicate, q.object, _VOCABULARY_GRAPH)
        else:
            yield q


# --- reading -------------------------------------------------------------------------------------


def read_rdf_bytes(path: Path, display: str | None = None) -> bytes:
    """The bytes of an RDF file: a regular file (never a FIFO or a device), at most
    ``MAX_RDF_BYTES``."""
    return read_limited(
        path,
        display,
        limit=MAX_RDF_BYTES,
        what="RDF file",
        hint="load it into a store (streamed, any size) and query the store",
    )


def _remote_context(doc: Any) -> str | None:
    """The first context a JSON-LD document would fetch: a string ``@context`` (an IRI or a
    relative reference), one in a context array, or an ``@import``. Iterative (no recursion
    limit on deep documents)."""
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if key == "@import" and isinstance(value, str):
                return value
            if key == "@context":
                for context in value if isinstance(value, list) else [value]:
                    if isinstance(context, str):
                        return context
            stack.append(value)
    return None


def safe_jsonld(data: bytes | str, display: str) -> Any:
    """A JSON-LD document parsed as JSON, refused (InputError) when it names a remote context:
    RDF parsing never fetches anything (rdflib would download any ``@context`` URL, with no
    timeout). Embed the context instead (srgraph's own is ontology/context.jsonld)."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"cannot parse JSON-LD: {exc}", path=display) from exc
    remote = _remote_context(doc)
    if remote is not None:
        raise InputError(
            f"JSON-LD context {remote!r} is remote: not fetched",
            path=display,
            hint="embed the @context in the file (srgraph's is ontology/context.jsonld)",
        )
    return doc


def rdf_format(path: Path) -> str:
    """The rdflib format name of an RDF file, from its suffix (Turtle when unknown)."""
    from rdflib.util import guess_format

    return _RDFLIB_FORMATS.get(path.suffix.lower()) or guess_format(str(path)) or "turtle"


def parse_rdf(
    target: Graph, data: bytes | str, fmt: str, display: str, *, base: str | None = None
) -> None:
    """Parse RDF ``data`` into ``target`` (a Graph or a Dataset) with rdflib; JSON-LD goes
    through ``safe_jsonld`` first, so nothing is ever fetched. Any parse failure is one
    InputError naming ``display``."""
    try:
        if fmt == "json-ld":
            target.parse(data=safe_jsonld(data, display), format=fmt, publicID=base)
        else:
            target.parse(data=data, format=fmt, publicID=base)
    except InputError:
        raise
    except Exception as exc:  # rdflib raises many kinds on a bad file: one line
        raise InputError(f"cannot parse {fmt} RDF: {exc}", path=display) from exc


def _exists(path: Path) -> None:
    if not path.exists() and not path.is_symlink():
        raise InputError("file not found", path=str(path), hint="run `srgraph export` first")


def read_rdf(path: Path) -> Graph:
    """Parse an RDF file (any format; quads are flattened) into one rdflib graph. Only a regular
    file up to ``MAX_RDF_BYTES`` is read, and nothing is fetched (JSON-LD remote contexts are
    refused)."""
    from rdflib import Dataset, Graph

    path = Path(path)
    _exists(path)
    data = read_rdf_bytes(path)
    fmt = rdf_format(path)
    base = path.resolve().as_uri()
    graph = Graph()
    if fmt in ("nquads", "trig"):
        ds = Dataset()
        parse_rdf(ds, data, fmt, str(path), base=base)
        for s, p, o, _ in ds.quads():
            graph.add((s, p, o))
    else:
        parse_rdf(graph, data, fmt, str(path), base=base)
    return graph


def ox_format(path: Path) -> Any:
    """The pyoxigraph RdfFormat of a file, from its suffix (InputError when unknown)."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower() or "ttl")
    if fmt is None and path.suffix.lower() == ".json":
        fmt = ox.RdfFormat.JSON_LD
    if fmt is None:
        raise InputError(
            f"unknown RDF file type {path.suffix!r}", path=str(path), hint="use .ttl .nt .nq …"
        )
    return fmt


def parse_quads(path: Path, *, limit: int | None = None) -> Iterator[Any]:
    """Stream a file's quads with pyoxigraph (which never fetches: a remote JSON-LD context is a
    parse error); only a regular file is read, whole in memory when ``limit`` is given (at most
    that many bytes). Any failure is an InputError naming the file."""
    path = Path(path)
    _exists(path)
    fmt = ox_format(path)
    base = path.resolve().as_uri()
    if limit is not None:
        data = read_limited(path, limit=limit, what="RDF file")
        try:
            yield from ox.parse(data, format=fmt, base_iri=base)
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"cannot parse RDF: {exc}", path=str(path)) from exc
        return
    with open_regular(path, what="RDF file") as fh:
        try:
            yield from ox.parse(fh, format=fmt, base_iri=base)
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"cannot parse RDF: {exc}", path=str(path)) from exc
