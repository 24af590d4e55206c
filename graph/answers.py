"""Answers: the rows of the named queries over a whole store, computed when ``srgraph load``
creates the store and kept in it (SQLite, ``srgraph-answers.sqlite``), so a corpus-wide
question reads a page of an index instead of scanning millions of quads.

The rows are the shipped ``.rq`` queries' own answers, evaluated by pyoxigraph: a document's
facts live in its own graph and the queries join a document's nodes with each other and with
the vocabulary graph, so running a query over a batch of documents (with the vocabulary graph)
gives that batch's share of the whole store's rows. ``matrix`` adds its per-party counts
across batches. The rows are ordered by the query's own ORDER BY (``STR(…)``, ``COALESCE``,
variables, ``DESC``; a query ordered otherwise is not kept), and the parameters are applied as
the queries' FILTERs state them (``_PLANS``; tests/test_answers.py checks every row against
pyoxigraph on the store). Answers belong to the store they were computed with: a store changed
since (a later load) has its answers removed, and an unknown state means the live query.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import sqlite3
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox

from .iris import TOOL_IRI, VOCAB_IRI, VOCABULARY_GRAPH

__all__ = ["ANSWERS_FILE", "AnswersBuilder", "AnswersJob", "forget_answers", "page"]

ANSWERS_FILE = "srgraph-answers.sqlite"
_VOCABULARY = ox.NamedNode(VOCABULARY_GRAPH)
_SHARED = (VOCAB_IRI, TOOL_IRI)
"""Vocabulary nodes, the same in every document."""
BATCH = 100
"""Documents evaluated together (one in-memory store each batch)."""


@dataclass(frozen=True)
class _Filter:
    """A parameter's FILTER, restated: ``contains`` (the lower-cased text of ``columns``, joined
    by spaces, holds the lower-cased value), ``any`` (one column holds it) or ``equals`` (the
    column's text is the value). An empty value keeps every row."""

    param: str
    kind: Literal["contains", "any", "equals"]
    columns: tuple[str, ...]


@dataclass(frozen=True)
class _Plan:
    select_all: bool = False
    """Keep every variable (``SELECT *``): the FILTER reads variables the query does not show."""
    sum_by: tuple[str, ...] = ()
    """Rows grouped across documents by these columns: the other columns add up."""
    filters: tuple[_Filter, ...] = ()


_PLANS: dict[str, _Plan] = {
    "by-category": _Plan(filters=(_Filter("key", "equals", ("category",)),)),
    "certifications": _Plan(),
    "compliance-chain": _Plan(filters=(_Filter("party", "contains", ("maintainer",)),)),
    "duties": _Plan(),
    "matrix": _Plan(sum_by=("party",)),
    "orphans": _Plan(),
    "provenance": _Plan(
        select_all=True,
        filters=(
            _Filter("text", "contains", ("subject", "subjectLabel", "object", "objectLabel")),
        ),
    ),
    "shared": _Plan(),
    "who": _Plan(select_all=True, filters=(_Filter("text", "any", ("duty", "description")),)),
}
"""The named queries kept as answers, and how their parameters filter (``services`` reads the
vocabulary graph as a whole: it runs live, and fast)."""


# --- ORDER BY, as bytes that sort like the query's order ---------------------------------------

_ORDER = re.compile(r"\bORDER\s+BY\b(.*)$", re.S | re.I)
_COMMENT = re.compile(r"#[^\n]*")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}" for t in ("integer", "decimal", "double", "float", "int", "long", "short")}


def _order_keys(text: str) -> list[tuple[str, str, bool]] | None:
    """(form, variable, descending) per ORDER BY expression; None for a form not handled.
    Forms: ``var`` (?x), ``str`` (STR(?x)), ``str0`` (STR(COALESCE(?x, "")))."""
    m = _ORDER.search(_COMMENT.sub("", text))
    if m is None:
        return []
    clause = m.group(1)
    keys: list[tuple[str, str, bool]] = []
    pattern = re.compile(
        r"\s*(?:(?P<dir>DESC|ASC)\s*\(\s*)?"
        r"(?:(?P<str0>STR\s*\(\s*COALESCE\s*\(\s*\?(?P<v0>\w+)\s*,\s*\"\"\s*\)\s*\))"
        r"|(?P<str>STR\s*\(\s*\?(?P<v1>\w+)\s*\))|\?(?P<v2>\w+))\s*(?(dir)\))",
        re.I,
    )
    pos = 0
    while clause[pos:].strip():
        found = pattern.match(clause, pos)
        if found is None:
            return None
        form = "str0" if found.group("str0") else "str" if found.group("str") else "var"
        var = found.group("v0") or found.group("v1") or found.group("v2")
        keys.append((form, var, (found.group("dir") or "").upper() == "DESC"))
        pos = found.end()
    return keys


def _text_bytes(text: str) -> bytes:
    return text.encode("utf-8").replace(b"\x00", b"\x00\xff") + b"\x00\x00"


def _number_bytes(value: float) -> bytes:
    (bits,) = struct.unpack(">Q", struct.pack(">d", value))
    bits = bits ^ 0xFFFFFFFFFFFFFFFF if bits >> 63 else bits | 1 << 63
    return struct.pack(">Q", bits)


def _component(form: str, term: Any) -> bytes:
    """One ORDER BY key (SPARQL order: unbound, blank nodes, IRIs, literals; numbers by value;
    STR() of an unbound variable is an error, ordered first)."""
    if form == "str0":
        return b"\x01" + _text_bytes("" if term is None else str(term.value))
    if term is None:
        return b"\x00"
    if form == "str":
        return b"\x01" + _text_bytes(str(term.value))
    if isinstance(term, ox.BlankNode):
        return b"\x01" + _text_bytes(term.value)
    if isinstance(term, ox.NamedNode):
        return b"\x02" + _text_bytes(term.value)
    if term.datatype.value in _NUMERIC:
        with contextlib.suppress(ValueError):
            return b"\x03" + _number_bytes(float(term.value))
    return b"\x04" + _text_bytes(term.value)


def _sort_key(keys: list[tuple[str, str, bool]], row: dict[str, Any]) -> bytes:
    out = b""
    for form, var, desc in keys:
        part = _component(form, row.get(var))
        out += bytes(255 - b for b in part) + b"\xff" if desc else part
    return out


# --- building ------------------------------------------------------------------------------------


def _store_state(store_dir: Path) -> str:
    """The store's files as RocksDB leaves them after a write (a later write changes them)."""
    names = sorted(
        (e.name, e.stat().st_size)
        for e in os.scandir(store_dir)
        if e.name == "CURRENT" or e.name.startswith("MANIFEST-") or e.name.endswith(".sst")
    )
    current = (store_dir / "CURRENT").read_bytes() if (store_dir / "CURRENT").is_file() else b""
    return hashlib.sha256(current + json.dumps(names).encode()).hexdigest()


@dataclass
class _Query:
    name: str
    text: str
    plan: _Plan
    variables: list[str]
    keys: list[tuple[str, str, bool]]
    table: str


def _unordered(text: str) -> str:
    """The query without its ORDER BY (the rows are ordered when they are all in)."""
    from .sparql import _structure

    cut = next((pos for pos, token in _structure(text) if token == "ORDER"), len(text))
    return text[:cut]


def _prepare() -> list[_Query]:
    from .sparql import list_queries

    prepared = []
    empty = ox.Store()
    for i, named in enumerate(list_queries()):
        plan = _PLANS.get(named.name)
        keys = _order_keys(named.text)
        if plan is None or keys is None:
            continue
        solutions = empty.query(named.text)
        variables = [v.value for v in solutions.variables]  # type: ignore[union-attr]
        text = _unordered(named.text)
        if plan.select_all:
            text = re.sub(r"\bSELECT\b.*?\bWHERE\b", "SELECT * WHERE", text, count=1, flags=re.S)
        prepared.append(_Query(named.name, text, plan, variables, keys, f"q{i}"))
    return prepared


class AnswersBuilder:
    """Fed a store's quads (document graphs in turn, the vocabulary graph's quads given first),
    evaluates the named queries batch by batch into SQLite."""

    def __init__(self, path: Path, vocabulary: Iterable[Any]) -> None:
        self.path = path
        self.vocabulary = list(vocabulary)
        self.queries = _prepare()
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

    def _evaluate(self, st: ox.Store, q: _Query) -> None:
        results = st.query(q.text, use_default_graph_as_union=True)
        if q.plan.sum_by:
            sums = self.sums.setdefault(q.table, {})
            others = [v for v in q.variables if v not in q.plan.sum_by]
            for solution in results:  # type: ignore[union-attr]
                key = tuple(_token(solution[v]) for v in q.plan.sum_by)
                counts = sums.setdefault(key, [0] * (len(q.variables) - len(key)))
                for j, v in enumerate(others):
                    counts[j] += int(solution[v].value) if solution[v] is not None else 0
            return
        rows = []
        names = [v.value for v in results.variables]  # type: ignore[union-attr]
        for solution in results:  # type: ignore[union-attr]
            row = dict(zip(names, solution, strict=True))
            cells = [_token(row.get(v)) for v in q.variables]
            # ties of the query's order: by the row's own terms (a page is always the same)
            order = _sort_key(q.keys, row) + _text_bytes("\n".join(c or "" for c in cells))
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
        meta = [(q.name, q.table, json.dumps(q.variables), _digest(q.name)) for q in self.queries]
        self.db.execute("CREATE TABLE queries (name TEXT, tab TEXT, variables TEXT, digest TEXT)")
        self.db.executemany("INSERT INTO queries VALUES (?, ?, ?, ?)", meta)
        self.db.commit()
        self.db.close()

    def _write_sums(self, q: _Query) -> None:
        integer = ox.NamedNode(f"{_XSD}integer")
        others = [v for v in q.variables if v not in q.plan.sum_by]
        rows = []
        for key, counts in self.sums.get(q.table, {}).items():
            row: dict[str, Any] = {v: _term(t) for v, t in zip(q.plan.sum_by, key, strict=True)}
            row |= {
                v: ox.Literal(str(n), datatype=integer) for v, n in zip(others, counts, strict=True)
            }
            cells = [_token(row.get(v)) for v in q.variables]
            rows.append((_sort_key(q.keys, row), *cells, None))
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


def _token(term: Any) -> str | None:
    return None if term is None else str(term)


def _term(token: str | None) -> Any:
    return None if token is None else _terms([token])[0]


def _terms(tokens: list[str]) -> list[Any]:
    """N-Triples tokens as pyoxigraph terms, parsed in one go."""
    data = "".join(f"<urn:x:s> <urn:x:p> {t} .\n" for t in tokens).encode("utf-8")
    return [q.object for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def _text(term: Any) -> str:
    return "" if term is None else str(term.value)


def _search(plan: _Plan, row: dict[str, Any]) -> str | None:
    """The lower-cased text a parameter filter looks in (``any``: columns apart by NUL)."""
    for f in plan.filters:
        if f.kind == "contains":
            return " ".join(_text(row.get(c)) for c in f.columns).lower()
        if f.kind == "any":
            return "\x00".join(_text(row.get(c)).lower() for c in f.columns)
    return None


def _digest(name: str) -> str:
    from .sparql import list_queries

    text = next(q.text for q in list_queries() if q.name == name)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
            db.execute("INSERT INTO store VALUES (?)", (_store_state(Path(store_dir)),))
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


# --- reading -------------------------------------------------------------------------------------


def forget_answers(store_dir: Path) -> None:
    """Remove a store's answers (before the store changes)."""
    with contextlib.suppress(FileNotFoundError):
        (Path(store_dir) / ANSWERS_FILE).unlink()


def page(
    store_dir: Path,
    name: str,
    text: str,
    params: dict[str, Any],
    *,
    limit: int | None,
    offset: int,
) -> tuple[list[str], list[list[Any]]] | None:
    """(variables, rows as pyoxigraph terms) of named query ``name`` over the whole store, from
    its answers; None when there are none to use (no answers, a store changed since, a query
    text or parameter they were not computed for): the query then runs live."""
    path = Path(store_dir) / ANSWERS_FILE
    if not path.is_file():
        return None
    plan = _PLANS.get(name)
    if plan is None:
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        found = db.execute(
            "SELECT tab, variables, digest FROM queries WHERE name = ?", (name,)
        ).fetchone()
        (state,) = db.execute("SELECT state FROM store").fetchone()
        if found is None or state != _store_state(Path(store_dir)):
            return None
        table, variables_json, digest = found
        if digest != hashlib.sha256(text.encode("utf-8")).hexdigest():
            return None
        variables: list[str] = json.loads(variables_json)
        where, args = _where(plan, variables, params)
        if where is None:
            return None
        cells = ", ".join(f"c{j}" for j in range(len(variables)))
        sql = f"SELECT {cells} FROM {table} {where} ORDER BY k LIMIT ? OFFSET ?"
        rows = db.execute(sql, (*args, -1 if limit is None else limit, offset)).fetchall()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    present = [c for row in rows for c in row if c is not None]
    terms = dict(zip(present, _terms(present), strict=True))
    return variables, [[None if c is None else terms[c] for c in row] for row in rows]


def _where(
    plan: _Plan, variables: list[str], params: dict[str, Any]
) -> tuple[str | None, list[Any]]:
    """The SQL condition of the given parameters (None: one the answers cannot apply)."""
    known = {f.param: f for f in plan.filters}
    if set(params) - set(known):
        return None, []
    clauses: list[str] = []
    args: list[Any] = []
    for name, term in params.items():
        value = str(term.value)
        if value == "":
            continue  # "unbound or empty = every row"
        f = known[name]
        if f.kind == "equals":
            column = variables.index(f.columns[0])
            clauses.append(f"c{column} = ?")
            args.append(str(ox.Literal(value)))
        else:
            needle = value.lower()
            if "\x00" in needle:
                return None, []
            clauses.append("instr(s, ?) > 0")
            args.append(needle)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), args
