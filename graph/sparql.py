"""SPARQL: the named queries of graph/queries/, results, and running them on files, the embedded
store or a SPARQL endpoint.

Every engine is pyoxigraph or a server: files are loaded into an in-memory store with the graphs
``srgraph load`` gives them (one per document, the shared vocabulary once), so a query answers
the same rows on files, a merged dataset, the embedded store and a server. The ``.rq`` files
stand alone: an unbound parameter means "every" (``!BOUND(?text)``), so they run unchanged in
any engine. A parameter the user gives is bound as an RDF term in a ``VALUES`` block first in
the query's WHERE group, serialized by pyoxigraph (user text is never pasted into a query).
SPARQL JSON, CSV and TSV are written by pyoxigraph's own result serializers.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from .errors import InputError, QueryError, RemoteError
from .iris import PREFIX_IRIS, VOCABULARY_GRAPH

__all__ = [
    "OUTPUT_FORMATS",
    "NamedQuery",
    "QueryResult",
    "bind_values",
    "list_queries",
    "parse_param",
    "remote_query",
    "run_query",
]

QUERY_DIR = Path(__file__).resolve().parent / "queries"
MAX_QUERY_BYTES = 2**20
"""``query --file`` reads at most this much (a SPARQL query, not a dataset)."""
OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "md")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

_PARAM_LINE = re.compile(
    r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*\"([^\"]*)\"\s*(?:--\s*(.*))?$"
)
_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: ``graph/queries/<name>.rq``; first comment line = description."""

    name: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)
    """Declared parameters (``# param: name = "default" -- doc``): unbound means the default."""
    param_docs: dict[str, str] = field(default_factory=dict)


def _read_named(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    description = lines[0].lstrip("#").strip() if lines and lines[0].startswith("#") else ""
    params: dict[str, str] = {}
    docs: dict[str, str] = {}
    for line in lines:
        m = _PARAM_LINE.match(line.strip())
        if m:
            params[m.group(1)] = m.group(2)
            docs[m.group(1)] = (m.group(3) or "").strip()
    return NamedQuery(path.stem, description, text, params, docs)


def list_queries() -> list[NamedQuery]:
    """Every named query shipped in graph/queries/, sorted by name."""
    return [_read_named(p) for p in sorted(QUERY_DIR.glob("*.rq"))]


def parse_param(text: str) -> tuple[str, str]:
    """``key=value`` -> (key, value); raises QueryError."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        raise QueryError(f"bad parameter {text!r}", hint="write NAME=VALUE, e.g. text=patch")
    return key, value


def _term(value: str) -> Any:
    """A parameter value as an RDF term: ``<iri>`` -> IRI, anything else -> a plain string."""
    if len(value) > 2 and value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"bad IRI parameter {value!r}: {exc}") from exc
    return ox.Literal(value)


# --- results -------------------------------------------------------------------------------------

Row = tuple[Any, ...]
"""One solution: pyoxigraph terms, None where a variable is unbound."""


@dataclass
class QueryResult:
    """The answer of a query: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples.

    ``results`` holds a SELECT's or ASK's answer as SPARQL JSON, as the engine wrote it; the
    JSON, CSV and TSV renderings are pyoxigraph's serializations of it."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)
    results: bytes = b""

    @classmethod
    def from_results(cls, data: bytes, fmt: Any = ox.QueryResultsFormat.JSON) -> QueryResult:
        """A result from serialized SPARQL results (``fmt``: JSON, XML, CSV, TSV)."""
        parsed = ox.parse_query_results(data, format=fmt)
        if fmt != ox.QueryResultsFormat.JSON:
            data = parsed.serialize(format=ox.QueryResultsFormat.JSON) or b""
            parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return cls("ask", boolean=bool(parsed), results=data)
        variables = [v.value for v in parsed.variables]
        rows = [tuple(sol[v] for v in variables) for sol in parsed]
        return cls("select", variables, rows, results=data)

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows as plain strings (IRI text or literal lexical form; None when unbound)."""
        return [tuple(None if t is None else str(t.value) for t in row) for row in self.rows]

    def render(self, fmt: str = "table", *, width: int | None = None, plain: bool = False) -> str:
        """Text in ``fmt`` (table, csv, tsv, json, md); graphs are Turtle, ASK is true/false.
        A ``plain`` table has aligned columns without box drawing (for pipes and files)."""
        if fmt not in OUTPUT_FORMATS:
            raise QueryError(f"unknown output format {fmt!r}", hint=", ".join(OUTPUT_FORMATS))
        if self.kind == "graph":
            return _turtle(self.triples)
        if fmt in _RESULT_FORMATS and (self.kind == "select" or fmt == "json"):
            parsed = ox.parse_query_results(self.results, format=ox.QueryResultsFormat.JSON)
            text = (parsed.serialize(format=_RESULT_FORMATS[fmt]) or b"").decode("utf-8")
            return text if text.endswith("\n") else text + "\n"
        if self.kind == "ask":
            return ("true" if self.boolean else "false") + "\n"
        if fmt == "md":
            return _render_md(self)
        return _render_table(self, width, plain)


def _turtle(triples: Sequence[Any]) -> str:
    used = {t.value for triple in triples for t in triple if isinstance(t, ox.NamedNode)}
    prefixes = {p: ns for p, ns in PREFIX_IRIS.items() if any(iri.startswith(ns) for iri in used)}
    data = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return (data or b"").decode("utf-8")


def _compact(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = term.value
        for prefix, ns in PREFIX_IRIS.items():
            if text.startswith(str(ns)) and len(text) > len(str(ns)):
                return f"{prefix}:{text[len(str(ns)) :]}"
        return f"<{text}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def _md_cell(term: Any) -> str:
    return _compact(term).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _render_md(result: QueryResult) -> str:
    lines = ["| " + " | ".join(result.variables) + " |"]
    lines.append("|" + "|".join("---" for _ in result.variables) + "|")
    for row in result.rows:
        lines.append("| " + " | ".join(_md_cell(t) for t in row) + " |")
    return "\n".join(lines) + "\n"


def _render_table(result: QueryResult, width: int | None, plain: bool) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, box=None if plain else box.HEAVY_HEAD)
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*(_compact(t) for t in row))
    buf = io.StringIO()
    cols = width or max(100, shutil.get_terminal_size((160, 24)).columns)
    console = Console(file=buf, width=cols, color_system=None, highlight=False)
    console.print(table)
    console.print(f"{len(result.rows)} row(s)")
    return buf.getvalue()


# --- binding parameters --------------------------------------------------------------------------

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_KEYWORD = re.compile(r"[A-Za-z_]+")


def _structure(text: str) -> list[tuple[int, str]]:
    """Positions of braces and bare keywords outside strings, IRIs and comments."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (m := _IRIREF.match(text, i)):
            i = m.end()
        elif c in "{}":
            out.append((i, c))
            i += 1
        elif c == "?" or c == "$":
            m2 = _KEYWORD.match(text, i + 1)
            i = m2.end() if m2 else i + 1
        elif m3 := _KEYWORD.match(text, i):
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ":_-"):
                out.append((i, m3.group(0).upper()))
            i = m3.end()
        else:
            i += 1
    return out


def bind_values(text: str, bindings: Mapping[str, Any]) -> str:
    """``text`` with ``VALUES (?k ...) { (term ...) }`` first in its WHERE group.

    ``bindings`` maps variable names to pyoxigraph terms, serialized by pyoxigraph (N-Triples
    syntax, escaped), never pasted as text. pyoxigraph's own ``substitutions`` accept only
    projected variables, and a SPARQL endpoint has no other way to take a binding."""
    if not bindings:
        return text
    tokens = _structure(text)
    form = next((t for _, t in tokens if t in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")), None)
    if form is None:
        raise QueryError("not a SPARQL query (no SELECT, CONSTRUCT, DESCRIBE or ASK)")
    start = next(i for i, (_, t) in enumerate(tokens) if t == form)
    rest = tokens[start + 1 :]
    if form == "CONSTRUCT" and rest and rest[0][1] == "{":  # skip the template
        depth = 0
        for k, (_, t) in enumerate(rest):
            depth += 1 if t == "{" else -1 if t == "}" else 0
            if depth == 0 and t == "}":
                rest = rest[k + 1 :]
                break
    elif form == "CONSTRUCT":
        raise QueryError(
            "parameters cannot be bound in the CONSTRUCT WHERE short form",
            hint="write CONSTRUCT { template } WHERE { pattern }",
        )
    brace = next((pos for pos, t in rest if t == "{"), None)
    if brace is None:
        raise QueryError("query has no WHERE group to bind parameters in")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({terms}) }}\n"
    return text[: brace + 1] + block + text[brace + 1 :]


# --- engines -------------------------------------------------------------------------------------


def _run_ox(store: ox.Store, text: str, document: str | None) -> QueryResult:
    try:
        if document is None:
            res = store.query(text, use_default_graph_as_union=True)
        else:
            scope: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
                ox.NamedNode(document),
                ox.NamedNode(VOCABULARY_GRAPH),
            ]
            res = store.query(text, default_graph=scope)
        if isinstance(res, ox.QueryTriples):
            return QueryResult("graph", triples=list(res))
        data = res.serialize(format=ox.QueryResultsFormat.JSON) or b""
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL: {exc}", hint="check the query syntax") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return QueryResult.from_results(data)


def _accepts(ctype: str) -> Any:
    """The results format of a content type (None: an RDF graph or unknown)."""
    return ox.QueryResultsFormat.from_media_type(ctype) if ctype else None


def remote_query(
    url: str,
    text: str,
    *,
    timeout: float = 30.0,
    retries: int = 2,
    backoff: float = 0.5,
    auth: Any = None,
    default_graph: str | None = None,
    deadline: float | None = None,
    max_bytes: int | None = None,
) -> QueryResult:
    """POST a query (parameters already bound) to a SPARQL endpoint; ``default_graph`` scopes
    it to one named graph and the vocabulary graph (protocol ``default-graph-uri``).

    ``timeout`` bounds each connect and read, ``deadline`` the whole call (seconds); the answer
    may hold at most ``max_bytes``. Redirects are not followed."""
    import httpx

    from .redact import redact_urls
    from .transport import (
        DEFAULT_DEADLINE,
        MAX_RESPONSE_BYTES,
        Clock,
        check_answer,
        check_http_url,
        check_positive,
        send,
    )

    deadline = DEFAULT_DEADLINE if deadline is None else deadline
    check_http_url(url)
    check_positive(deadline=deadline, max_bytes=max_bytes)
    limit = MAX_RESPONSE_BYTES if max_bytes is None else max_bytes
    shown = redact_urls(url)
    accept = "application/sparql-results+json, text/turtle;q=0.9, application/n-triples;q=0.8"
    data: dict[str, Any] = {"query": text}
    if default_graph:
        data["default-graph-uri"] = [default_graph, VOCABULARY_GRAPH]
    with Clock(deadline, timeout) as clock, httpx.Client(timeout=timeout, auth=auth) as client:
        answer = send(
            client,
            "POST",
            url,
            clock=clock,
            retries=retries,
            backoff=backoff,
            max_bytes=limit,
            data=data,
            headers={"Accept": accept},
        )
    check_answer(answer, "SPARQL query failed")
    ctype = answer.headers.get("content-type", "").split(";")[0].strip().lower()
    results_format = _accepts(ctype)
    if results_format is not None:
        try:
            return QueryResult.from_results(answer.content, results_format)
        except (SyntaxError, ValueError, OSError, TypeError) as exc:
            raise RemoteError(
                f"bad SPARQL results from {shown}: {' '.join(str(exc).split())}",
                hint="the endpoint must answer application/sparql-results+json "
                "(head.vars, results.bindings)",
            ) from exc
    graph_format = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
    try:
        return QueryResult(
            "graph", triples=[q.triple for q in ox.parse(answer.content, format=graph_format)]
        )
    except (SyntaxError, ValueError, OSError) as exc:
        raise RemoteError(
            f"bad {graph_format.name} from {shown}: {' '.join(str(exc).split())}",
            hint=f"the endpoint answered {ctype or 'no content type'}",
        ) from exc


# --- entry point ---------------------------------------------------------------------------------


def _paged(text: str, limit: int | None, offset: int) -> str:
    """``text`` with ``LIMIT`` / ``OFFSET`` appended (a query with its own keeps them)."""
    if limit is None and not offset:
        return text
    if any(t in ("LIMIT", "OFFSET") for _, t in _structure(text)):
        raise QueryError("the query has its own LIMIT or OFFSET", hint="page it there")
    return text + (f"\nLIMIT {limit}" if limit is not None else "") + f"\nOFFSET {offset}\n"


def _from_terms(variables: list[str], rows: list[list[Any]]) -> QueryResult:
    """A SELECT result from rows of pyoxigraph terms (SPARQL JSON written with json.dumps)."""

    def cell(term: Any) -> dict[str, str]:
        if isinstance(term, ox.NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, ox.BlankNode):
            return {"type": "bnode", "value": term.value}
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out

    bindings = [
        {v: cell(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
    ]
    data = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}})
    return QueryResult("select", list(variables), [tuple(r) for r in rows], results=data.encode())


def _resolve(query: str | None, query_file: Path | None) -> tuple[str, NamedQuery | None]:
    if query_file is not None:
        from .files import read_limited

        # a regular file only (never a FIFO or /dev/zero), at most 1 MiB + 1 byte read
        data = read_limited(query_file, limit=MAX_QUERY_BYTES, what="query file")
        try:
            return data.decode("utf-8-sig"), None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"query file is not UTF-8 (byte {exc.start})", path=str(query_file)
            ) from exc
    if not query:
        raise QueryError("no query given", hint="name a named query, or give a query file")
    named = {q.name: q for q in list_queries()}
    if query in named:
        return named[query].text, named[query]
    if re.fullmatch(r"[A-Za-z0-9_-]+", query):
        raise QueryError(f"unknown named query {query!r}", hint=f"choose from {', '.join(named)}")
    return query, None


def run_query(
    query: str | None,
    *,
    query_file: Path | None = None,
    params: Mapping[str, str] | Sequence[str] | None = None,
    graphs: Sequence[Path] = (),
    store: Path | None = None,
    sparql: str | None = None,
    timeout: float = 30.0,
    document: str | None = None,
    deadline: float | None = None,
    max_bytes: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> QueryResult:
    """Run a named or ad hoc query on RDF files, a store folder or a SPARQL endpoint (exactly
    one of ``graphs``, ``store``, ``sparql``).

    ``limit`` and ``offset`` page the rows (in the query's order). A named query on a whole
    store that ``srgraph load`` created reads its rows from the answers kept with the store
    (graph/answers.py): a page of an index, however large the store.

    ``document`` (a document IRI) scopes the query to that document's graph and the vocabulary
    graph: on a large store this turns a corpus-wide scan into an index lookup. On an endpoint,
    ``timeout`` bounds each connect and read, ``deadline`` the whole call and ``max_bytes`` the
    answer (graph/transport.py defaults when None)."""
    text, named = _resolve(query, query_file)
    given: dict[str, str] = {}
    if isinstance(params, Mapping):
        given = dict(params)
    elif params:
        given = dict(parse_param(p) for p in params)
    if named is not None:
        unknown = sorted(set(given) - set(named.params))
        if unknown:
            hint = f"{named.name} takes: {', '.join(named.params) or 'no parameters'}"
            raise QueryError(f"unknown parameter(s) {', '.join(unknown)}", hint=hint)
    terms = {k: _term(v) for k, v in given.items()}
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("a page needs a limit and an offset of 0 or more")
    if store is not None and named is not None and document is None and not graphs and not sparql:
        from .answers import page

        found = page(store, named.name, text, terms, limit=limit, offset=offset)
        if found is not None:
            return _from_terms(*found)
    text = _paged(bind_values(text, terms), limit, offset)
    chosen = sum(bool(x) for x in (tuple(graphs), store, sparql))
    if chosen != 1:
        raise QueryError(
            "query one source: RDF files, a store or a SPARQL endpoint"
            if chosen
            else "nothing to query",
            hint="give graph files, a store folder or an endpoint URL",
        )
    if sparql:
        return remote_query(
            sparql,
            text,
            timeout=timeout,
            default_graph=document,
            deadline=deadline,
            max_bytes=max_bytes,
        )
    if store is not None:
        from .store import open_store

        st = open_store(store, read_only=True)
        return _run_ox(st, text, document)
    from .store import memory_store

    return _run_ox(memory_store(graphs), text, document)
