"""The embedded store: exports loaded into a persistent pyoxigraph store, one named graph each.

A load replaces each document's named graph (document IRI = its srm:Document subject) all or
nothing: either every file is in, or the store is unchanged (see ``load_store``).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .answers import AnswersJob, forget_answers
from .errors import InputError, StoreError
from .iris import VOCABULARY_GRAPH
from .rdfio import MAX_RDF_BYTES, parse_quads, vocabulary_quads

__all__ = ["LoadResult", "load_store", "memory_store", "open_store"]


def _corrupt(exc: BaseException, path: Path) -> StoreError:
    return StoreError(
        f"store is damaged or not a store: {exc}",
        path=str(path),
        hint="load the exports again into a new store folder",
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
_VOCABULARY = ox.NamedNode(VOCABULARY_GRAPH)
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass
class _Source:
    """One file to load: where its default-graph triples go, which graphs it fills and its
    vocabulary graph's quads."""

    path: Path
    document: Any
    graphs: set[Any]
    limit: int | None = None
    vocabulary: set[Any] = field(default_factory=set)

    def quads(self) -> Iterator[Any]:
        """The file's quads, its default graph named by its document IRI and the shared
        vocabulary triples in the vocabulary graph."""
        for q in vocabulary_quads(parse_quads(self.path, limit=self.limit)):
            if isinstance(q.graph_name, ox.DefaultGraph):
                yield ox.Quad(q.subject, q.predicate, q.object, self.document)
            else:
                yield q


def _survey(path: Path, *, limit: int | None = None) -> _Source:
    """First pass over a file (streaming, or in memory up to ``limit`` bytes): its document
    IRI and the graphs it fills."""
    documents: list[Any] = []
    graphs: set[Any] = set()
    vocabulary: set[Any] = set()
    has_default = False
    for q in vocabulary_quads(parse_quads(path, limit=limit)):
        if isinstance(q.graph_name, ox.DefaultGraph):
            has_default = True
            if q.predicate == _TYPE and q.object == _DOCUMENT:
                documents.append(q.subject)
        else:
            graphs.add(q.graph_name)
            if q.graph_name == _VOCABULARY:
                vocabulary.add(q)
    document = min(documents, key=str) if documents else ox.NamedNode(path_iri(path))
    if has_default:
        graphs.add(document)
    return _Source(path, document, graphs, limit, vocabulary)


def memory_store(files: Sequence[Path], *, limit: int = MAX_RDF_BYTES) -> ox.Store:
    """An in-memory store of RDF files with the graphs ``load_store`` would give them (each file
    read once, at most ``limit`` bytes): queries on files answer as a store does."""
    st = ox.Store()
    for path in files:
        quads = list(vocabulary_quads(parse_quads(Path(path), limit=limit)))
        documents = [
            q.subject
            for q in quads
            if isinstance(q.graph_name, ox.DefaultGraph)
            and q.predicate == _TYPE
            and q.object == _DOCUMENT
        ]
        document = min(documents, key=str) if documents else ox.NamedNode(path_iri(path))
        st.extend(
            ox.Quad(q.subject, q.predicate, q.object, document)
            if isinstance(q.graph_name, ox.DefaultGraph)
            else q
            for q in quads
        )
    return st


def path_iri(path: Path) -> str:
    """The graph name of a file without an srm:Document: its file URI."""
    return Path(path).resolve().as_uri()


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
    vocabulary = sorted(set().union(*(s.vocabulary for s in sources)), key=str)
    # the named queries' answers, computed beside the load (started before RocksDB's threads)
    answers = AnswersJob(target.parent / f".{target.name}.answers", sources, vocabulary)
    try:
        st = ox.Store(str(staging))
        st.bulk_extend(_quads(sources))
        st.flush()
        st.optimize()
        counts = _counts(st, names)
        del st
        gc.collect()  # close RocksDB before the folder moves
        answers.finish(staging)
        if target.is_dir():
            target.rmdir()  # the empty folder the user named
        os.replace(staging, target)
    except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
        answers.stop()
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(f"load failed, no store written: {exc}", path=str(target)) from exc
    except BaseException:
        answers.stop()
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
        raise InputError("no files to load", hint="name the RDF files to load")
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
        forget_answers(target)  # computed for the store as it was
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
