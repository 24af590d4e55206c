"""Deterministic RDF writers and atomic file output.

Every format is written byte-stable from a graph's sorted, unique N-Triples lines
(graph/triples.py): the line formats are those lines, pyoxigraph writes Turtle, TriG and RDF/XML
from them in that order, JSON is dumped with sorted keys, and only the prefixes a graph uses are
written.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from rdflib import Graph, URIRef
from rdflib.term import Node

from .errors import InputError
from .namespaces import PREFIXES, RDF, SRM
from .rdfio import to_ox
from .resources import ontology_path
from .triples import Triples

__all__ = [
    "RDF_FORMATS",
    "clean_stale_temps",
    "document_iri",
    "output_error",
    "quad_lines",
    "serialize_graph",
    "temp_file",
    "write_atomic",
]

RDF_FORMATS: dict[str, str] = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "rdfxml": "xml",
}
"""srgraph format name -> rdflib plugin name (file extension = key; ``.rdf`` for rdfxml)."""

FILE_EXTENSIONS: dict[str, str] = {"rdfxml": "rdf"}

_UMASK = os.umask(0o022)
os.umask(_UMASK)


def document_iri(graph: Graph) -> URIRef | None:
    """The IRI of the (first, by sort order) srm:Document in a graph: the named-graph name."""
    docs = sorted(s for s in graph.subjects(RDF.type, SRM.Document) if isinstance(s, URIRef))
    return docs[0] if docs else None


@cache
def _jsonld_context() -> dict[str, Any]:
    path = ontology_path("context.jsonld")
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        ctx = data.get("@context", data)
        if isinstance(ctx, dict):
            return ctx
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def _sort_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sort_json(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        items = [_sort_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def serialize_graph(graph: Graph | Triples, *, fmt: str = "ttl") -> bytes:
    """Serialize ``graph`` (built triples, or an rdflib Graph) in ``fmt`` (a key of
    RDF_FORMATS) to byte-stable UTF-8.

    Line formats are the sorted lines; Turtle, TriG and RDF/XML are written by pyoxigraph from
    them (with the prefixes the graph uses); JSON-LD by rdflib. Quad formats (nq, trig) put the
    triples in a named graph named by the document IRI.
    """
    if fmt not in RDF_FORMATS:
        raise InputError(
            f"unknown RDF format {fmt!r}", hint=f"choose from {', '.join(RDF_FORMATS)}"
        )
    triples = graph if isinstance(graph, Triples) else Triples.from_graph(graph)
    if fmt == "nt":
        return triples.data
    if fmt == "nq":
        return "".join(line + "\n" for line in triples.quads()).encode("utf-8")
    if fmt == "jsonld":
        ordered = triples.reader_graph()
        text = ordered.serialize(format="json-ld", context=_jsonld_context(), auto_compact=True)
        data = _sort_json(json.loads(text))
        return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
    return _ox_serialize(triples, fmt)


def _ox_serialize(triples: Triples, fmt: str) -> bytes:
    """Turtle, TriG or RDF/XML by pyoxigraph, from the sorted lines (subjects grouped)."""
    import pyoxigraph as ox

    prefixes = triples.prefixes()
    if fmt == "trig":
        data = "".join(line + "\n" for line in triples.quads()).encode("utf-8")
        quads = ox.parse(data, format=ox.RdfFormat.N_QUADS)
        out = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    elif fmt == "rdfxml":
        names = {p: ns for p, ns in prefixes.items() if p in PREFIXES}  # QNames of predicates
        out = ox.serialize(triples.triples(), format=ox.RdfFormat.RDF_XML, prefixes=names)
    else:  # streamed from the parser to the writer: no Python object per triple is kept
        parsed = ox.parse(triples.data, format=ox.RdfFormat.N_TRIPLES)
        out = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert isinstance(out, bytes)
    return out


def quad_lines(triples: Iterable[tuple[Node, Node, Node]], name: URIRef | None = None) -> list[str]:
    """Sorted, de-duplicated N-Triples lines (N-Quads lines in graph ``name``), via pyoxigraph."""
    import pyoxigraph as ox

    memo: dict[Node, Any] = {}  # subjects and predicates repeat: convert each term once

    def term(node: Node) -> Any:
        converted = memo.get(node)
        if converted is None:
            converted = memo[node] = to_ox(node)
        return converted

    if name is None:
        items: list[Any] = [ox.Triple(term(s), term(p), term(o)) for s, p, o in triples]
        fmt = ox.RdfFormat.N_TRIPLES
    else:
        g = ox.NamedNode(str(name))
        items = [ox.Quad(term(s), term(p), term(o), g) for s, p, o in triples]
        fmt = ox.RdfFormat.N_QUADS
    data = ox.serialize(items, format=fmt)
    assert isinstance(data, bytes)
    return sorted({line for line in data.decode("utf-8").split("\n") if line.strip()})


_T = TypeVar("_T")

_TEMP = re.compile(r"^\..*\.(?P<pid>[0-9]+)\.[a-z0-9_]{8}\.tmp$")
"""A temp file of ``temp_file``: ``.NAME.PID.XXXXXXXX.tmp`` (NAME shortened to fit)."""

_OUTPUT_HINTS = {
    errno.ENOSPC: "the disk is full: free some space",
    errno.EDQUOT: "the disk quota is exceeded: free some space",
    errno.EROFS: "the file system is read-only: choose another output folder",
    errno.EACCES: "no permission to write there: choose another output folder",
    errno.EPERM: "no permission to write there: choose another output folder",
    errno.ENAMETOOLONG: "use a shorter name",
    errno.ENOTDIR: "a file is in the way of the output folder: choose another one",
    errno.EEXIST: "a file is in the way of the output folder: choose another one",
}


def output_error(exc: OSError, path: Path | str) -> InputError:
    """An OSError met while writing ``path`` as a one-line InputError (exit 2) with a hint."""
    reason = exc.strerror or type(exc).__name__
    hint = _OUTPUT_HINTS.get(exc.errno or 0)
    option = "output_dir" if hint and "output folder" in hint else None
    return InputError(f"cannot write: {reason}", path=str(path), hint=hint, option=option)


def temp_file(folder: Path, name: str) -> tuple[int, Path]:
    """Create ``folder/.NAME.PID.XXXXXXXX.tmp`` for writing ``name`` (an open fd and its path).

    NAME is cut to 100 bytes so that the temp name fits where ``name`` fits; the PID lets a
    later run remove the temp files of a run that was killed (``clean_stale_temps``).
    """
    short = name.encode("utf-8")[:100].decode("utf-8", "ignore")
    fd, tmp = tempfile.mkstemp(prefix=f".{short}.{os.getpid()}.", suffix=".tmp", dir=folder)
    return fd, Path(tmp)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def clean_stale_temps(folder: Path, *, own: bool = False) -> list[Path]:
    """Remove the temp files in ``folder`` whose writing process is gone (killed by kill -9 or
    a power cut); with ``own``, also this process's (after an interrupt). Returns them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP.match(entry.name)
        if m is None:
            continue
        pid = int(m.group("pid"))
        if pid == os.getpid() and not own:
            continue
        if pid != os.getpid() and _alive(pid):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def write_atomic(
    path: Path, chunks: bytes | Iterable[bytes] | Callable[[BinaryIO], object]
) -> None:
    """Write ``path`` all-or-nothing: temp file in the same folder, fsync, rename.

    ``chunks`` is the content, an iterable of its parts, or a writer called with the open
    file (which streams: pyoxigraph writing a whole dataset, say). A failure or a kill at any
    moment leaves the previous file (or none), never half a file. A file-system failure (full
    disk, read-only folder, name too long) raises a one-line InputError naming ``path``; an
    exception raised by ``chunks`` itself passes unchanged.
    """
    path = Path(path)

    def fs(op: Callable[..., _T], *args: Any) -> _T:
        try:
            return op(*args)
        except OSError as exc:
            raise output_error(exc, path) from exc

    fs(lambda: path.parent.mkdir(parents=True, exist_ok=True))
    fd, tmp = fs(temp_file, path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(chunks):
                fs(chunks, fh)
            else:
                for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                    fs(fh.write, chunk)
            fs(fh.flush)
            fs(os.fsync, fh.fileno())
        fs(os.chmod, tmp, 0o666 & ~_UMASK)
        fs(os.replace, tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
