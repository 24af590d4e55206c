"""Building: a store's quads evaluated batch by batch by the named queries into SQLite, in
a process of its own beside the bulk load."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..iris import TOOL_IRI, VOCAB_IRI, VOCABULARY_GRAPH
from .order import sort_key, text_bytes
from .plans import Plan, Query, digest, prepare, store_state, term, token

__all__ = ["ANSWERS_FILE", "BATCH", "AnswersBuilder", "AnswersJob"]

ANSWERS_FILE = "srgraph-answers.sqlite"
_VOCABULARY = ox.NamedNode(VOCABULARY_GRAPH)
_SHARED = (VOCAB_IRI, TOOL_IRI)
"""Vocabulary nodes, the same in every document."""
BATCH = 100
"""Documents evaluated together (one in-memory store each batch)."""
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


class AnswersBuilder:
    """Fed a store's quads (document graphs in turn, the vocabulary graph's quads given first),
    evaluates the named queries batch by batch into SQLite."""

    def __init__(self, path: Path, vocabulary: Iterable[Any]) -> None:
        self.path = path
        self.vocabulary = list(vocabulary)
        self.queries = prepare()
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.batch: list[Any] = []
        self.graphs: set[Any] = set()
        self.done: set[Any] = set()
        self.current: Any = None
        self.valid = True
        self.sums: dict[str, dict[tuple[str | None, ...], list[int]]] = {}
        for q in self.queries:
            cells = ", ".join(f"c{j} TEXT" for j in range(len(q.variables)))
            self.db.execute(f"CREATE TABLE {q.table} (k BLOB, {cells}, s TEXT)")

    def feed(self, quads: Iterable[Any]) -> None:
        """Note every quad (stops at the first sign that no answers can be kept)."""
        for q in quads:
            self.note(q)
            if not self.valid:
                return

    def note(self, quad: Any) -> None:
        graph = quad.graph_name
        if graph == _VOCABULARY:
            return  # given whole beforehand
        subject = quad.subject
        if not isinstance(subject, ox.NamedNode) or not (
            subject.value.startswith(_SHARED) or _under(subject.value, graph)
        ):
            # a node described in several graphs: a batch's rows would not add up to the
            # store's (srgraph's documents describe their own nodes and vocabulary ones)
            self.valid = False
            return
        if graph != self.current:
            if graph in self.done:
                self.valid = False  # a graph split across the input: no answers
                return
            if self.current is not None and len(self.graphs) >= BATCH:
                self.flush()
            self.current = graph
            self.graphs.add(graph)
        self.batch.append(quad)

    def flush(self) -> None:
        if not self.batch:
            return
        st = ox.Store()
        st.extend(self.batch)
        st.extend(self.vocabulary)
        for q in self.queries:
            self._evaluate(st, q)
        self.done |= self.graphs
        self.graphs = set()
        self.batch = []

    def _evaluate(self, st: ox.Store, q: Query) -> None:
        results = st.query(q.text, use_default_graph_as_union=True)
        if q.plan.sum_by:
            sums = self.sums.setdefault(q.table, {})
            others = [v for v in q.variables if v not in q.plan.sum_by]
            for solution in results:  # type: ignore[union-attr]
                key = tuple(token(solution[v]) for v in q.plan.sum_by)
                counts = sums.setdefault(key, [0] * (len(q.variables) - len(key)))
                for j, v in enumerate(others):
                    counts[j] += int(solution[v].value) if solution[v] is not None else 0
            return
        rows = []
        names = [v.value for v in results.variables]  # type: ignore[union-attr]
        for solution in results:  # type: ignore[union-attr]
            row = dict(zip(names, solution, strict=True))
            cells = [token(row.get(v)) for v in q.variables]
            # ties of the query's order: by the row's own terms (a page is always the same)
            order = sort_key(q.keys, row) + text_bytes("\n".join(c or "" for c in cells))
            rows.append((order, *cells, _search(q.plan, row)))
        marks = ", ".join("?" * (len(q.variables) + 2))
        self.db.executemany(f"INSERT INTO {q.table} VALUES ({marks})", rows)

    def complete(self) -> bool:
        """Evaluate the last batch, order and index every table; False (and no file) when no
        answers could be kept."""
        try:
            if self.valid:
                self.flush()
            if self.valid:
                self._index()
                return True
        except (sqlite3.Error, OSError, ValueError, SyntaxError, RuntimeError):
            pass
        self.abort()
        return False

    def _index(self) -> None:
        for q in self.queries:
            if q.plan.sum_by:
                self._write_sums(q)
            self.db.execute(f"CREATE INDEX {q.table}_k ON {q.table} (k)")
        meta = [(q.name, q.table, json.dumps(q.variables), digest(q.name)) for q in self.queries]
        self.db.execute("CREATE TABLE queries (name TEXT, tab TEXT, variables TEXT, digest TEXT)")
        self.db.executemany("INSERT INTO queries VALUES (?, ?, ?, ?)", meta)
        self.db.commit()
        self.db.close()

    def _write_sums(self, q: Query) -> None:
        integer = ox.NamedNode(_XSD_INTEGER)
        others = [v for v in q.variables if v not in q.plan.sum_by]
        rows = []
        for key, counts in self.sums.get(q.table, {}).items():
            row: dict[str, Any] = {v: term(t) for v, t in zip(q.plan.sum_by, key, strict=True)}
            row |= {
                v: ox.Literal(str(n), datatype=integer) for v, n in zip(others, counts, strict=True)
            }
            cells = [token(row.get(v)) for v in q.variables]
            rows.append((sort_key(q.keys, row), *cells, None))
        marks = ", ".join("?" * (len(q.variables) + 2))
        self.db.executemany(f"INSERT INTO {q.table} VALUES ({marks})", rows)

    def abort(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        with contextlib.suppress(OSError):
            self.path.unlink()


def _under(iri: str, graph: Any) -> bool:
    """Whether ``iri`` is the document ``graph`` or minted under it."""
    if not isinstance(graph, ox.NamedNode):
        return False
    name = graph.value
    return iri == name or (iri.startswith(name) and iri[len(name) : len(name) + 1] == "/")


def _text(term: Any) -> str:
    return "" if term is None else str(term.value)


def _search(plan: Plan, row: dict[str, Any]) -> str | None:
    """The lower-cased text a parameter filter looks in (``any``: columns apart by NUL)."""
    for f in plan.filters:
        if f.kind == "contains":
            return " ".join(_text(row.get(c)) for c in f.columns).lower()
        if f.kind == "any":
            return "\x00".join(_text(row.get(c)).lower() for c in f.columns)
    return None


class AnswersJob:
    """The answers of a store being loaded, computed in a process of their own from the same
    sources (they read their files again) while the loading process fills RocksDB."""

    def __init__(self, path: Path, sources: list[Any], vocabulary: list[Any]) -> None:
        import multiprocessing

        self.path = path
        self.process = multiprocessing.get_context().Process(
            target=_work, args=(path, sources, vocabulary), name="srgraph-answers", daemon=True
        )
        self.process.start()

    def finish(self, store_dir: Path) -> bool:
        """Wait for the answers and move them into the (written, closed) store with its state;
        False when there are none (the store is then queried live)."""
        self.process.join()
        if self.process.exitcode != 0 or not self.path.is_file():
            self.stop()
            return False
        target = Path(store_dir) / ANSWERS_FILE
        try:
            os.replace(self.path, target)
            db = sqlite3.connect(target)
            db.execute("CREATE TABLE store (state TEXT)")
            db.execute("INSERT INTO store VALUES (?)", (store_state(Path(store_dir)),))
            db.commit()
            db.close()
        except (sqlite3.Error, OSError):
            with contextlib.suppress(OSError):
                target.unlink()
            return False
        return True

    def stop(self) -> None:
        """Kill the process (a failed or interrupted load) and remove its file."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        with contextlib.suppress(OSError):
            self.path.unlink()


def _work(path: Path, sources: list[Any], vocabulary: list[Any]) -> None:
    """The answers process: each source's quads (``.quads()``) into ``path``. It dies with the
    loading process (a load killed with kill -9 leaves no process holding the store's lock)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    with contextlib.suppress(OSError):
        path.unlink()
    builder = AnswersBuilder(path, vocabulary)
    try:
        for source in sources:
            builder.feed(source.quads())
            if not builder.valid:
                break
    except Exception:  # any failure: no answers (the load itself goes on)
        builder.valid = False
    os._exit(0 if builder.complete() else 1)
