"""The embedded store: exports loaded into a persistent pyoxigraph store, one named graph each.

A load replaces each document's named graph (document IRI = its srm:Document subject) all or
nothing: either every file is in, or the store is unchanged (see ``load_store``).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from .errors import InputError, StoreError
from .files import open_regular, read_limited
from .namespaces import XSD
from .serialize import to_ox

__all__ = [
    "MAX_RDF_BYTES",
    "LoadResult",
    "from_ox",
    "load_store",
    "open_store",
    "parse_rdf",
    "read_rdf",
    "read_rdf_bytes",
    "safe_jsonld",
    "to_ox",
]

MAX_RDF_BYTES = 256 * 2**20
"""RDF files parsed in memory (rdflib: validate, stats, diff, push, query --graph) are refused
above this; ``srgraph load`` streams files of any size into a store."""

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


def read_rdf_bytes(path: Path, display: str | None = None) -> bytes:
    """The bytes of an RDF file: a regular file (never a FIFO or a device), at most
    ``MAX_RDF_BYTES`` (see graph/document/source.py ``read_limited``)."""
    return read_limited(
        path,
        display,
        limit=MAX_RDF_BYTES,
        what="RDF file",
        hint="load it with `srgraph load` and query the store (--store)",
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
    return _FORMATS.get(path.suffix.lower()) or guess_format(str(path)) or "turtle"


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


def read_rdf(path: Path) -> Graph:
    """Parse an RDF file (any format; quads are flattened) into one graph. Only a regular file
    up to ``MAX_RDF_BYTES`` is read, and nothing is fetched (JSON-LD remote contexts are
    refused)."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise InputError("file not found", path=str(path), hint="run `srgraph export` first")
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


def _corrupt(exc: BaseException, path: Path) -> StoreError:
    return StoreError(
        f"store is damaged or not a store: {exc}",
        path=str(path),
        hint="load the exports again into a new folder (srgraph load FILES --store NEW)",
    )


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open (or, unless read_only, create) the pyoxigraph store in ``path``. A damaged store
    is one StoreError line, not a RocksDB traceback."""
    path = Path(path)
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError("store not found", path=str(path), hint="run `srgraph load` first")
            if not is_store(path):
                raise StoreError(
                    "not a store (no RocksDB CURRENT file)",
                    path=str(path),
                    hint="name a folder written by `srgraph load`",
                )
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except RuntimeError as exc:  # RocksDB "Corruption: …"
        raise _corrupt(exc, path) from exc
    except OSError as exc:
        raise StoreError(
            f"cannot open store: {exc}", path=str(path), hint="is another process using it?"
        ) from exc


def is_store(path: Path) -> bool:
    """Whether ``path`` is a store folder (RocksDB keeps its CURRENT file in every one)."""
    return (Path(path) / "CURRENT").is_file()


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
    """Stream a file's quads (pyoxigraph, which never fetches: a remote JSON-LD context is a
    parse error); only a regular file is read. Any failure is an InputError naming the file."""
    fmt = _rdf_format(path)
    with open_regular(path, what="RDF file") as fh:
        try:
            yield from ox.parse(fh, format=fmt)
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
    if not path.exists() and not path.is_symlink():
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


def _update_text(sources: list[_Source]) -> str:
    """One SPARQL Update: DROP + INSERT DATA per graph, serialized from pyoxigraph terms."""
    by_graph: dict[Any, set[str]] = {}
    for source in sources:
        for q in source.quads():
            by_graph.setdefault(q.graph_name, set()).add(f"{q.subject} {q.predicate} {q.object} .")
    parts: list[str] = []
    for name in sorted(by_graph, key=str):
        body = "\n".join(sorted(by_graph[name]))
        parts.append(f"DROP SILENT GRAPH {name}")
        parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
    return " ;\n".join(parts)


def _quads(sources: list[_Source]) -> Iterator[Any]:
    for source in sources:
        yield from source.quads()


def _counts(st: ox.Store, names: set[Any]) -> dict[str, int]:
    """Triples per graph as the store holds them after the load (a file loaded twice, or a
    triple repeated, is counted once)."""
    counts: dict[str, int] = {}
    iris = sorted(str(n) for n in names if isinstance(n, ox.NamedNode))
    if iris:
        query = (
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {' '.join(iris)} }} "
            "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
        for row in st.query(query):  # type: ignore[union-attr]
            counts[row["g"].value] = int(row["n"].value)
    for name in names:
        if not isinstance(name, ox.NamedNode):  # a blank-node graph name
            counts[name.value] = sum(1 for _ in st.quads_for_pattern(None, None, None, name))
    return {name.value: counts.get(name.value, 0) for name in sorted(names, key=str)}


@contextlib.contextmanager
def _store_lock(target: Path) -> Iterator[None]:
    """One load at a time per store: an exclusive ``flock`` on ``.NAME.lock`` beside the store
    folder. A second load waits, then finds the store the first one created; the kernel
    releases the lock when its process ends, even by kill -9 (the file itself stays)."""
    lock = target.parent / f".{target.name}.lock"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise StoreError(
            f"cannot create the lock file {lock.name}: {exc.strerror}", path=str(target)
        ) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _bulk_load_new(sources: list[_Source], target: Path, names: set[Any]) -> dict[str, int]:
    """A new store is bulk-loaded (fast, little memory) in a hidden sibling folder and renamed
    into place at the end: a failed or killed load leaves no store, as before it. The caller
    holds the store lock, so a staging folder left there is a killed load's."""
    staging = target.parent / f".{target.name}.loading"
    shutil.rmtree(staging, ignore_errors=True)  # left by a killed load
    try:
        st = ox.Store(str(staging))
        st.bulk_extend(_quads(sources))
        st.flush()
        st.optimize()
        counts = _counts(st, names)
        del st
        gc.collect()  # close RocksDB before the folder moves
        if target.is_dir():
            target.rmdir()  # the empty folder the user named
        os.replace(staging, target)
    except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(f"load failed, no store written: {exc}", path=str(target)) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counts


def load_store(files: Sequence[Path], *, store: Path) -> LoadResult:
    """Load RDF files into the store at ``store``: each document's named graph is replaced.

    All or nothing: a new store is bulk-loaded beside its folder and renamed into place; in an
    existing store, graphs it does not hold yet are streamed into one ``Store.extend``
    transaction, and when some exist one SPARQL Update drops and re-inserts them all. Files are
    read twice, streaming, so a big merged dataset is never held whole by Python. ``store``
    must be missing, an empty folder or a store: a folder of other files is refused. Loads into
    one store run one at a time (a lock file beside it). The counts are what the store holds
    in each graph loaded.
    """
    if not files:
        files = sorted(Path("output").glob("*.ttl"))
        if not files:
            raise InputError("no files to load", hint="run `srgraph export` or name FILES")
    sources = [_survey(Path(f)) for f in files]
    names = set().union(*(s.graphs for s in sources))
    target = Path(os.path.abspath(store))
    with _store_lock(target):
        if not target.exists() or (target.is_dir() and not any(target.iterdir())):
            counts = _bulk_load_new(sources, target, names)
            return LoadResult(counts, Path(store))
        if target.is_dir() and not is_store(target):
            raise StoreError(
                "folder is not empty and not a store: nothing loaded",
                path=str(store),
                hint="name a new or empty folder, or an existing store",
            )
        st = open_store(target)
        try:
            existing = set(st.named_graphs())
            if names & existing:
                st.update(_update_text(sources))
            else:
                st.extend(_quads(sources))
            st.flush()
            counts = _counts(st, names)
        except RuntimeError as exc:
            raise _corrupt(exc, Path(store)) from exc
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"load failed, store unchanged: {exc}", path=str(store)) from exc
        finally:
            del st
            gc.collect()  # close RocksDB (and its LOCK) before the store lock is released
    return LoadResult(counts, Path(store))
