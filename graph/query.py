"""Run SPARQL (named queries in graph/queries/ or ad hoc) on files, the embedded store or a server.

Parameters are always bound as RDF terms by the engine: rdflib ``initBindings``, pyoxigraph
``substitutions``, and for a remote endpoint a ``VALUES`` block serialized from pyoxigraph terms
and inserted at the start of the WHERE group. User text is never pasted into a query.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError, QueryError
from .namespaces import PREFIXES, VOCABULARY_GRAPH, XSD

__all__ = [
    "OUTPUT_FORMATS",
    "NamedQuery",
    "QueryResult",
    "inject_values",
    "list_queries",
    "parse_param",
    "run_query",
]

QUERY_DIR = Path(__file__).resolve().parent / "queries"
MAX_QUERY_BYTES = 2**20
"""``query --file`` reads at most this much (a SPARQL query, not a dataset)."""
OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "md")

_PARAM_LINE = re.compile(
    r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*\"([^\"]*)\"\s*(?:--\s*(.*))?$"
)


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: ``graph/queries/<name>.rq``; first comment line = description."""

    name: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)
    """Declared parameters (``# param: name = "default" -- doc``) and their default values."""
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
        raise QueryError(
            f"bad parameter {text!r}", hint="write --param NAME=VALUE, e.g. --param text=patch"
        )
    return key, value


def _term(value: str) -> Node:
    """A parameter value as an RDF term: ``<iri>`` -> IRI, anything else -> a plain string."""
    if len(value) > 2 and value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
        if re.search(r"[\s<>\"{}|^`\\]", iri):
            raise QueryError(
                f"bad IRI parameter {value!r}", hint='IRIs cannot hold spaces or <>"{}|^`\\'
            )
        return URIRef(iri)
    return Literal(value)


# --- results -------------------------------------------------------------------------------------

Row = tuple[Node | None, ...]


@dataclass
class QueryResult:
    """The answer of a query: SELECT rows, an ASK boolean, or a CONSTRUCT/DESCRIBE graph."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows as plain strings (IRI text or literal lexical form; None when unbound)."""
        return [tuple(None if t is None else str(t) for t in row) for row in self.rows]

    def render(self, fmt: str = "table", *, width: int | None = None) -> str:
        """Text in ``fmt`` (table, csv, tsv, json, md); graphs are Turtle, ASK is true/false."""
        if fmt not in OUTPUT_FORMATS:
            raise QueryError(f"unknown output format {fmt!r}", hint=", ".join(OUTPUT_FORMATS))
        if self.kind == "ask":
            if fmt == "json":
                return json.dumps({"head": {}, "boolean": bool(self.boolean)}) + "\n"
            return ("true" if self.boolean else "false") + "\n"
        if self.kind == "graph":
            from .serialize import serialize_graph

            return serialize_graph(self.graph or Graph(), fmt="ttl").decode("utf-8")
        if fmt == "json":
            return _render_json(self)
        if fmt in ("csv", "tsv"):
            return _render_delimited(self, fmt)
        if fmt == "md":
            return _render_md(self)
        return _render_table(self, width)


def _compact(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(str(ns)) and len(text) > len(str(ns)):
                return f"{prefix}:{text[len(str(ns)) :]}"
        return f"<{text}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _render_json(result: QueryResult) -> str:
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    data = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        term = Literal(str(term))
    return term.n3()


def _render_delimited(result: QueryResult, fmt: str) -> str:
    buf = io.StringIO()
    if fmt == "tsv":  # SPARQL 1.1 TSV: terms in Turtle syntax
        buf.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            buf.write("\t".join(_tsv_term(t) for t in row) + "\n")
        return buf.getvalue()
    writer = csv.writer(buf, lineterminator="\r\n")  # SPARQL 1.1 CSV
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else str(t) for t in row])
    return buf.getvalue()


def _md_cell(term: Node | None) -> str:
    return _compact(term).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _render_md(result: QueryResult) -> str:
    lines = ["| " + " | ".join(result.variables) + " |"]
    lines.append("|" + "|".join("---" for _ in result.variables) + "|")
    for row in result.rows:
        lines.append("| " + " | ".join(_md_cell(t) for t in row) + " |")
    return "\n".join(lines) + "\n"


def _render_table(result: QueryResult, width: int | None) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
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


# --- engines -------------------------------------------------------------------------------------


def _from_rdflib(res: object) -> QueryResult:
    from rdflib.query import Result

    assert isinstance(res, Result)
    if res.type == "ASK":
        return QueryResult("ask", boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        g = Graph()
        for triple in res.graph or Graph():
            g.add(triple)
        return QueryResult("graph", graph=g)
    variables = [str(v) for v in (res.vars or [])]
    rows: list[Row] = []
    for sol in res:
        assert isinstance(sol, tuple)
        rows.append(tuple(_normal(t) for t in sol))
    return QueryResult("select", variables, rows)


def _normal(term: object) -> Node | None:
    """Literals typed xsd:string become plain literals (RDF 1.1: the same term)."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    assert isinstance(term, Node)
    return term


def _run_rdflib(
    text: str, bindings: Mapping[str, Node], graphs: Sequence[Path], document: str | None = None
) -> QueryResult:
    from .serialize import document_iri
    from .store import parse_rdf, rdf_format, read_rdf_bytes

    g = Graph()
    for path in graphs:
        if not path.exists() and not path.is_symlink():
            raise InputError(
                "graph file not found", path=str(path), hint="run `srgraph export` first"
            )
        data = read_rdf_bytes(path)  # a regular file only, bounded; never fetches (JSON-LD)
        fmt = rdf_format(path)
        base = path.resolve().as_uri()
        if fmt in ("nquads", "trig"):
            from rdflib import Dataset

            ds = Dataset()
            parse_rdf(ds, data, fmt, str(path), base=base)
            for s, p, o, c in ds.quads():
                if document is None or str(c) in (document, VOCABULARY_GRAPH):
                    g.add((s, p, o))
        else:
            one = Graph()
            parse_rdf(one, data, fmt, str(path), base=base)
            if document is None or str(document_iri(one)) == document:
                g += one
    try:
        init: dict[str, Any] = dict(bindings)
        res = g.query(text, initBindings=init)
        return _from_rdflib(res)
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"query failed: {exc}", hint="check the SPARQL syntax") from exc


def _run_store(
    text: str, bindings: Mapping[str, Node], store: Path, document: str | None = None
) -> QueryResult:
    import pyoxigraph as ox

    from .store import from_ox, open_store

    st = open_store(store, read_only=True)
    try:  # pyoxigraph substitutions only accept projected variables: bind with VALUES
        query = inject_values(text, bindings)
        if document is None:
            res = st.query(query, use_default_graph_as_union=True)
        else:
            scope: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
                ox.NamedNode(document),
                ox.NamedNode(VOCABULARY_GRAPH),
            ]
            res = st.query(query, default_graph=scope)
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL: {exc}", hint="check the query syntax") from exc
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    if isinstance(res, ox.QueryTriples):
        g = Graph()
        for t in res:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return QueryResult("graph", graph=g)
    variables = [v.value for v in res.variables]
    rows: list[Row] = []
    for sol in res:
        rows.append(tuple(None if sol[v] is None else from_ox(sol[v]) for v in variables))
    return QueryResult("select", variables, rows)


# --- VALUES injection for remote endpoints -------------------------------------------------------

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


def inject_values(text: str, bindings: Mapping[str, Node]) -> str:
    """``text`` with ``VALUES (?k ...) { (term ...) }`` first in its WHERE group.

    Terms are serialized by pyoxigraph (N-Triples syntax, escaped), never pasted as text.
    """
    if not bindings:
        return text
    from .store import to_ox

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
            "parameters cannot be bound in the CONSTRUCT WHERE short form on a remote endpoint",
            hint="write CONSTRUCT { template } WHERE { pattern }",
        )
    brace = next((pos for pos, t in rest if t == "{"), None)
    if brace is None:
        raise QueryError("query has no WHERE group to bind parameters in")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(to_ox(v)) for v in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({terms}) }}\n"
    return text[: brace + 1] + block + text[brace + 1 :]


# --- entry point ---------------------------------------------------------------------------------


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
        raise QueryError("no query given", hint="name one of `srgraph query --list`, or --file")
    named = {q.name: q for q in list_queries()}
    if query in named:
        return named[query].text, named[query]
    if re.fullmatch(r"[A-Za-z0-9_-]+", query):
        raise QueryError(f"unknown named query {query!r}", hint=f"choose from {', '.join(named)}")
    return query, None


def _default_graphs() -> list[Path]:
    found = sorted(Path("output").glob("*.ttl"))
    if not found:
        raise InputError(
            "no Turtle files in ./output",
            hint="run `srgraph export`, or pass --graph FILE, --store DIR or --sparql URL",
        )
    return found


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
) -> QueryResult:
    """Run a named or ad hoc query on files (default ./output/*.ttl), a store or an endpoint.

    ``document`` (a document IRI) scopes the query to that document's graph: on a large store
    this turns a corpus-wide scan into an index lookup. On an endpoint, ``timeout`` bounds each
    connect and read, ``deadline`` the whole call and ``max_bytes`` the answer (graph/remote.py
    defaults when None)."""
    text, named = _resolve(query, query_file)
    given: dict[str, str] = {}
    if isinstance(params, Mapping):
        given = dict(params)
    elif params:
        given = dict(parse_param(p) for p in params)
    values: dict[str, str] = dict(named.params) if named else {}
    if named is not None:
        unknown = sorted(set(given) - set(named.params))
        if unknown:
            hint = f"{named.name} takes: {', '.join(named.params) or 'no parameters'}"
            raise QueryError(f"unknown parameter(s) {', '.join(unknown)}", hint=hint)
    values.update(given)
    bindings = {k: _term(v) for k, v in values.items()}
    if sum(x is not None and x != () for x in (store, sparql, tuple(graphs) or None)) > 1:
        raise QueryError("choose one of --graph, --store and --sparql")
    if sparql is not None:
        from .remote import DEFAULT_DEADLINE, remote_query

        answer: QueryResult = remote_query(
            sparql,
            inject_values(text, bindings),
            timeout=timeout,
            default_graph=document,
            deadline=DEFAULT_DEADLINE if deadline is None else deadline,
            max_bytes=max_bytes,
        )
        return answer
    if store is not None:
        return _run_store(text, bindings, store, document)
    return _run_rdflib(text, bindings, list(graphs) or _default_graphs(), document)
