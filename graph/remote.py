"""Talk to SPARQL servers: push graphs (SPARQL 1.1 Graph Store Protocol) and run queries.

Replace = one PUT of the whole graph (the server applies it atomically); merge = POST. If the
Graph Store answers 404/405/501 the push falls back to SPARQL 1.1 Update (DROP + INSERT DATA in
one request) serialized from pyoxigraph terms. Every push is verified by counting the graph's
triples on the server. Oxigraph (``/store?graph=IRI``) and Virtuoso
(``/sparql-graph-crud-auth?graph-uri=IRI``, digest auth) are supported.

A dataset file (.nq, .trig) is pushed one request per named graph. Every push or query has an
overall deadline (besides the per-read timeout) and a cap on the size of an answer; redirects
are reported, not followed; URLs in messages never show a password (graph/redact.py).
"""

from __future__ import annotations

import codecs
import contextlib
import getpass
import json
import os
import socket
import threading
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral
from urllib.parse import urlsplit, urlunsplit

import httpx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError, RemoteError
from .namespaces import VOCABULARY_GRAPH, XSD
from .redact import redact_urls

__all__ = [
    "DEFAULT_DEADLINE",
    "MAX_RESPONSE_BYTES",
    "PushResult",
    "endpoint_urls",
    "push",
    "remote_query",
]

PASSWORD_ENV = "SRGRAPH_PASSWORD"
DEFAULT_DEADLINE = 600.0
"""Seconds for a whole push or remote query (``--timeout`` bounds each connect and read)."""
MAX_RESPONSE_BYTES = 256 * 2**20
"""The largest answer read from a server (bytes, after decompression)."""
_FALLBACK_STATUS = (404, 405, 501)


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one server: Graph Store, query, update, and the graph parameter name."""

    gsp: str
    query: str
    update: str
    param: str
    digest: bool


def _replace_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _http_url(url: str) -> None:
    """An InputError (exit 2) unless ``url`` is a well-formed http(s) URL with a host."""
    try:
        parsed = httpx.URL(url)
        ok = parsed.scheme in ("http", "https") and bool(parsed.host)
    except (httpx.InvalidURL, ValueError, TypeError):
        ok = False
    if not ok:
        raise InputError(
            f"not an http(s) URL: {redact_urls(url)!r}", hint="e.g. http://127.0.0.1:7878/store"
        )


def endpoint_urls(
    gsp: str,
    *,
    query_url: str | None = None,
    update_url: str | None = None,
    param: str | None = None,
) -> Endpoints:
    """Derive query/update URLs and the graph parameter from a Graph Store URL."""
    for url in (gsp, query_url, update_url):
        if url is not None:
            _http_url(url)
    parts = urlsplit(gsp)
    virtuoso = "sparql-graph-crud" in parts.path
    if virtuoso:
        q = _replace_path(gsp, "/sparql")
        u = _replace_path(gsp, "/sparql-auth" if parts.path.endswith("-auth") else "/sparql")
    elif parts.path.rstrip("/").endswith("/store"):
        base = parts.path.rstrip("/")[: -len("/store")]
        q, u = _replace_path(gsp, base + "/query"), _replace_path(gsp, base + "/update")
    else:
        q = u = gsp
    return Endpoints(
        gsp=gsp,
        query=query_url or q,
        update=update_url or u,
        param=param or ("graph-uri" if virtuoso else "graph"),
        digest=virtuoso,
    )


# --- HTTP: retries, one deadline, a size cap --------------------------------------------------


def _positive(**limits: float | None) -> None:
    for name, value in limits.items():
        if value is not None and not value > 0:  # also NaN
            option = "--max-response" if name == "max_bytes" else f"--{name}"
            raise InputError(f"{option} must be positive, not {value}")


class _Clock:
    """The overall deadline of one push or remote query.

    ``--timeout`` bounds each connect and each read, so a server trickling a byte a second never
    trips it; the clock bounds the whole operation. Every socket the client opens is recorded
    (httpcore's ``trace`` extension); when the deadline passes a timer shuts them down, which
    wakes up any read or write blocked on them, whatever the server sends."""

    def __init__(self, seconds: float, per_read: float) -> None:
        self.seconds = seconds
        self.per_read = per_read
        self.end = time.monotonic() + seconds
        self._expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Clock:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    @property
    def passed(self) -> bool:
        return self._expired or time.monotonic() >= self.end

    def remaining(self) -> float:
        return max(0.0, self.end - time.monotonic())

    def timeout(self) -> httpx.Timeout:
        """Per connect / read / write: the --timeout, never beyond the deadline."""
        return httpx.Timeout(max(0.001, min(self.per_read, self.remaining())))

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore trace hook: remember the socket of every new (or TLS-wrapped) connection."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
                if self._expired:
                    _shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self._expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def error(self, method: str, shown: str) -> RemoteError:
        return RemoteError(
            f"{method} {shown}: no complete answer within the {self.seconds:g} s deadline",
            hint="the server is stalled or too slow; --deadline bounds the whole push or query, "
            "--timeout each read",
        )


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class _Answer:
    """A complete HTTP answer, read under the size cap (``url`` without credentials)."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    encoding: str
    url: str

    @property
    def text(self) -> str:
        return self.content.decode(self.encoding, errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)


def _mib(size: int) -> str:
    return f"{size // 2**20} MiB" if size % 2**20 == 0 else f"{size} byte"


def _too_large(shown: str, max_bytes: int) -> RemoteError:
    return RemoteError(
        f"answer from {shown} is over the {_mib(max_bytes)} answer limit; cut off",
        hint="narrow the query (LIMIT, --document) or raise --max-response",
    )


def _read(response: httpx.Response, shown: str, max_bytes: int) -> _Answer:
    """The body, streamed: never more than ``max_bytes`` (after decompression) kept."""
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise _too_large(shown, max_bytes)
    body = bytearray()
    for chunk in response.iter_bytes():
        if len(body) + len(chunk) > max_bytes:
            raise _too_large(shown, max_bytes)
        body += chunk
    encoding = response.charset_encoding or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    return _Answer(response.status_code, response.headers, bytes(body), encoding, shown)


def _send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    clock: _Clock,
    retries: int,
    backoff: float,
    max_bytes: int,
    **kwargs: Any,
) -> _Answer:
    """One request; retries transport errors and 5xx with exponential backoff (bounded), all
    within the clock's deadline; the answer is read whole, up to ``max_bytes``."""
    shown = redact_urls(url)
    attempt = 0
    while True:
        if clock.passed:
            raise clock.error(method, shown)
        try:
            with client.stream(
                method,
                url,
                timeout=clock.timeout(),
                extensions={"trace": clock.trace},
                **kwargs,
            ) as response:
                answer = _read(response, shown, max_bytes)
            if clock.passed:  # the timer cut the connection: the body may be short
                raise clock.error(method, shown)
        except httpx.TransportError as exc:
            if clock.passed:
                raise clock.error(method, shown) from exc
            if attempt >= retries:
                raise RemoteError(
                    f"{method} {shown} failed after {attempt + 1} attempt(s): "
                    f"{type(exc).__name__}: {exc or 'connection closed'}",
                    hint="is the server running and reachable? check the URL and port",
                ) from exc
        else:
            if answer.status_code < 500 or attempt >= retries:
                return answer
        time.sleep(min(backoff * (2**attempt), clock.remaining()))
        attempt += 1


def _check(answer: _Answer, what: str) -> None:
    code = answer.status_code
    if 300 <= code < 400:
        location = answer.headers.get("location", "")
        if location:
            with contextlib.suppress(httpx.InvalidURL, ValueError):
                location = str(httpx.URL(answer.url).join(location))
        raise RemoteError(
            f"{what}: HTTP {code} redirect from {answer.url} to {location or '(no Location)'}",
            hint="srgraph does not follow redirects (they could carry the data or the "
            "credentials elsewhere): give the new URL",
        )
    if code < 400:
        return
    body = " ".join(answer.text.split())[:200]
    hints = {
        401: "wrong or missing credentials: pass --user and set SRGRAPH_PASSWORD",
        403: "the user lacks write permission (Virtuoso: grant SPARQL_UPDATE)",
        404: "wrong URL: Oxigraph uses /store, Virtuoso /sparql-graph-crud-auth",
    }
    raise RemoteError(
        f"{what}: HTTP {code} from {answer.url}: {body}",
        hint=hints.get(code, "see the server log"),
    )


# --- SPARQL query --------------------------------------------------------------------------------


def _json_term(cell: dict[str, str]) -> Node:
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang = cell.get("xml:lang")
    datatype = cell.get("datatype")
    if lang:
        return Literal(value, lang=lang)
    if datatype and datatype != str(XSD.string):
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


def remote_query(
    url: str,
    text: str,
    *,
    timeout: float = 30.0,
    retries: int = 2,
    backoff: float = 0.5,
    auth: httpx.Auth | None = None,
    default_graph: str | None = None,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int | None = None,
) -> Any:
    """POST a query (parameters already bound) to a SPARQL endpoint -> query.QueryResult;
    ``default_graph`` scopes it to one named graph (SPARQL protocol ``default-graph-uri``).

    ``timeout`` bounds each connect and read, ``deadline`` the whole call (seconds); the answer
    may hold at most ``max_bytes`` (default MAX_RESPONSE_BYTES). Redirects are not followed."""
    from .query import QueryResult

    _http_url(url)
    _positive(deadline=deadline, max_bytes=max_bytes)
    limit = MAX_RESPONSE_BYTES if max_bytes is None else max_bytes
    shown = redact_urls(url)
    headers = {
        "Accept": "application/sparql-results+json, text/turtle;q=0.9, application/n-triples;q=0.8"
    }
    with _Clock(deadline, timeout) as clock, httpx.Client(timeout=timeout, auth=auth) as client:
        answer = _send(
            client,
            "POST",
            url,
            clock=clock,
            retries=retries,
            backoff=backoff,
            max_bytes=limit,
            data={"query": text, "default-graph-uri": [default_graph, VOCABULARY_GRAPH]}
            if default_graph
            else {"query": text},
            headers=headers,
        )
    _check(answer, "SPARQL query failed")
    ctype = answer.headers.get("content-type", "").split(";")[0].strip()
    if "json" in ctype:
        try:
            data = answer.json()
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
            raise RemoteError(f"bad JSON from {shown}: {exc}") from exc
        try:
            if isinstance(data, dict) and "boolean" in data:
                return QueryResult("ask", boolean=bool(data["boolean"]))
            variables = [str(v) for v in data["head"]["vars"]]
            rows = [
                tuple(_json_term(b[v]) if v in b else None for v in variables)
                for b in data["results"]["bindings"]
            ]
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise RemoteError(
                f"bad SPARQL results JSON from {shown}: missing or malformed "
                f"{type(exc).__name__}: {exc}",
                hint="the endpoint must answer application/sparql-results+json "
                "(head.vars, results.bindings)",
            ) from exc
        return QueryResult("select", variables, rows)
    fmt = "nt" if "n-triples" in ctype else "turtle"
    graph = Graph()
    try:
        graph.parse(data=answer.text, format=fmt)
    except Exception as exc:  # rdflib raises many kinds
        name = "N-Triples" if fmt == "nt" else "Turtle"
        raise RemoteError(
            f"bad {name} from {shown}: {type(exc).__name__}: {exc}",
            hint=f"the endpoint answered {ctype or 'no content type'}",
        ) from exc
    return QueryResult("graph", graph=graph)


# --- push ----------------------------------------------------------------------------------------


@dataclass
class PushResult:
    """Graphs pushed: graph IRI -> triples now on the server; ``method`` used (gsp or update)."""

    graphs: dict[str, int] = field(default_factory=dict)
    method: str = "gsp"


def _password(user: str | None, password: str | None) -> str | None:
    if user is None:
        return None
    if password is not None:
        return password
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    try:
        with warnings.catch_warnings():  # no terminal: fail instead of reading an echoed stdin
            warnings.simplefilter("error", getpass.GetPassWarning)
            return getpass.getpass(f"password for {user}: ")
    except (getpass.GetPassWarning, EOFError, OSError, AttributeError, ValueError) as exc:
        raise InputError(
            f"no password for user {user!r}: no terminal to ask on",
            hint=f"set {PASSWORD_ENV}",
        ) from exc


def _count(
    client: httpx.Client,
    ends: Endpoints,
    graph: URIRef,
    *,
    clock: _Clock,
    retries: int,
    backoff: float,
    max_bytes: int,
) -> int:
    from .query import inject_values

    text = inject_values("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
    answer = _send(
        client,
        "POST",
        ends.query,
        clock=clock,
        retries=retries,
        backoff=backoff,
        max_bytes=max_bytes,
        data={"query": text},
        headers={"Accept": "application/sparql-results+json"},
        auth=None,
    )
    _check(answer, "verification query failed")
    try:
        bindings = answer.json()["results"]["bindings"]
        return int(bindings[0]["n"]["value"]) if bindings else 0
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        raise RemoteError(f"bad count answer from {answer.url}: {exc}") from exc


def _update_body(graph: Graph, name: URIRef, mode: str) -> str:
    import pyoxigraph as ox

    from .store import to_ox

    g = ox.NamedNode(str(name))
    triples = sorted(str(ox.Triple(to_ox(s), to_ox(p), to_ox(o))) + " ." for s, p, o in graph)
    insert = f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(triples) + "\n} }"
    return f"DROP SILENT GRAPH {g} ;\n{insert}" if mode == "replace" else insert


# --- what goes where ----------------------------------------------------------------------------

_DATASETS = (".nq", ".trig")


def _graph_name(text: str, *, path: Path | None = None) -> URIRef:
    """``text`` as a graph name: an absolute IRI (pyoxigraph checks it), else an InputError."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError as exc:
        where = "graph name" if path is not None else "--graph"
        raise InputError(
            f"{where} {text!r} is not an absolute IRI: {exc}",
            path=None if path is None else str(path),
            hint="write a full IRI with a scheme, e.g. urn:x-srgraph:my-graph or "
            "https://example.org/graph",
        ) from exc
    return URIRef(text)


def _read_dataset(path: Path) -> dict[URIRef | None, Graph]:
    """The graphs of an N-Quads / TriG file: IRI -> triples; ``None`` for the default graph
    (present only when it holds triples). Parsed by pyoxigraph (streaming, never fetches)."""
    import pyoxigraph as ox

    from .store import from_ox, read_rdf_bytes

    if not path.exists() and not path.is_symlink():
        raise InputError("file not found", path=str(path), hint="run `srgraph export` first")
    data = read_rdf_bytes(path)  # a regular file only, bounded
    fmt = ox.RdfFormat.N_QUADS if path.suffix.lower() == ".nq" else ox.RdfFormat.TRIG
    graphs: dict[URIRef | None, Graph] = {}
    try:
        for q in ox.parse(data, format=fmt, base_iri=path.resolve().as_uri()):
            name = q.graph_name
            if isinstance(name, ox.DefaultGraph):
                key: URIRef | None = None
            elif isinstance(name, ox.NamedNode):
                key = URIRef(name.value)
            else:
                raise InputError(
                    f"graph {name} is a blank node: a Graph Store names graphs by IRI",
                    path=str(path),
                    hint="name the graph with an IRI",
                )
            triple = (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
            graphs.setdefault(key, Graph()).add(triple)
    except (SyntaxError, ValueError, OSError, TypeError) as exc:
        raise InputError(f"cannot parse RDF: {exc}", path=str(path)) from exc
    return graphs


def _targets(files: Sequence[Path], graph: URIRef | None) -> dict[URIRef, Graph]:
    """Graph name -> triples to push. A dataset (.nq, .trig) keeps its named graphs (its default
    graph, if not empty, goes to ``graph`` or its document IRI); a triple file goes to ``graph``
    or its document IRI."""
    from .serialize import document_iri
    from .store import read_rdf

    targets: dict[URIRef, Graph] = {}

    def add(name: URIRef | None, g: Graph, path: Path) -> None:
        if name is None:
            raise InputError("no srm:Document in file", path=str(path), hint="pass --graph IRI")
        name = _graph_name(str(name), path=path)
        targets[name] = targets[name] + g if name in targets else g

    for path in files:
        path = Path(path)
        if path.suffix.lower() not in _DATASETS:
            g = read_rdf(path)
            add(graph or document_iri(g), g, path)
            continue
        parts = _read_dataset(path)
        named = sorted(str(k) for k in parts if k is not None)
        if graph is not None and named:
            raise InputError(
                f"--graph would merge the dataset's {len(named)} named graphs into one",
                path=str(path),
                hint="drop --graph: each named graph is pushed under its own name",
            )
        for key, g in parts.items():
            add(key if key is not None else graph or document_iri(g), g, path)
    return targets


# --- push ----------------------------------------------------------------------------------------


def push(
    files: Sequence[Path],
    *,
    endpoint: str,
    graph: str | None = None,
    mode: TypingLiteral["replace", "merge"] = "replace",
    user: str | None = None,
    password: str | None = None,
    param: str | None = None,
    query_url: str | None = None,
    update_url: str | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 0.5,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int | None = None,
) -> PushResult:
    """Push RDF files to a Graph Store endpoint: one request per named graph.

    A triple file goes to ``graph`` (an absolute IRI) or its document IRI; a dataset (.nq,
    .trig) keeps its named graphs. Each graph's triple count is checked on the server.
    ``timeout`` bounds each connect and read, ``deadline`` the whole push (seconds)."""
    from .serialize import serialize_graph

    target = _graph_name(graph) if graph is not None else None  # before anything is sent
    _positive(deadline=deadline, max_bytes=max_bytes)
    ends = endpoint_urls(endpoint, query_url=query_url, update_url=update_url, param=param)
    limit = MAX_RESPONSE_BYTES if max_bytes is None else max_bytes
    if not files:
        files = sorted(Path("output").glob("*.ttl"))
        if not files:
            raise InputError("no files to push", hint="run `srgraph export` or name FILES")
    graphs = _targets(files, target)
    secret = _password(user, password)
    auth: httpx.Auth | None = None
    if user is not None and secret is not None:
        auth = httpx.DigestAuth(user, secret) if ends.digest else httpx.BasicAuth(user, secret)
    result = PushResult()
    sending: dict[str, Any] = {"retries": retries, "backoff": backoff, "max_bytes": limit}
    with _Clock(deadline, timeout) as clock, httpx.Client(timeout=timeout) as client:
        for name, g in sorted(graphs.items()):
            answer = _send(
                client,
                "PUT" if mode == "replace" else "POST",
                ends.gsp,
                clock=clock,
                params={ends.param: str(name)},
                content=serialize_graph(g, fmt="nt"),
                headers={"Content-Type": "text/turtle; charset=utf-8"},
                auth=auth,
                **sending,
            )
            if answer.status_code in _FALLBACK_STATUS:
                result.method = "update"
                answer = _send(
                    client,
                    "POST",
                    ends.update,
                    clock=clock,
                    content=_update_body(g, name, mode).encode("utf-8"),
                    headers={"Content-Type": "application/sparql-update; charset=utf-8"},
                    auth=auth,
                    **sending,
                )
                _check(answer, f"SPARQL Update of graph <{name}> failed")
            else:
                _check(answer, f"push of graph <{name}> failed")
            remote = _count(client, ends, name, clock=clock, **sending)
            local = len(g)
            if remote != local if mode == "replace" else remote < local:
                raise RemoteError(
                    f"verification failed for graph <{name}>: server has {remote} triples, "
                    f"expected {local}",
                    hint="the server may have rejected or rewritten some triples",
                )
            result.graphs[str(name)] = remote
    return result
