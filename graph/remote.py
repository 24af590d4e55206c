"""Push graphs to SPARQL servers (SPARQL 1.1 Graph Store Protocol).

Replace = one PUT of the whole graph (the server applies it atomically); merge = POST. If the
Graph Store answers 404/405/501 the push falls back to SPARQL 1.1 Update (DROP + INSERT DATA in
one request) serialized from pyoxigraph terms. Every push is verified by counting the graph's
triples on the server. Oxigraph (``/store?graph=IRI``) and Virtuoso
(``/sparql-graph-crud-auth?graph-uri=IRI``, digest auth) are supported.

A dataset file (.nq, .trig) is pushed one request per named graph; the shared vocabulary nodes
(organisations, roles, services, standards) are merged into the vocabulary graph, so a server
holds them once whatever the number of documents. HTTP limits (deadline, answer cap, no
redirects, no password in messages) are graph/transport.py's.
"""

from __future__ import annotations

import getpass
import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral
from urllib.parse import urlsplit, urlunsplit

import httpx
from rdflib import Graph, URIRef

from . import transport
from .errors import InputError, RemoteError
from .namespaces import VOCABULARY_GRAPH
from .transport import (
    DEFAULT_DEADLINE,
    Clock,
    check_answer,
    check_http_url,
    check_positive,
    send,
)

__all__ = ["PushResult", "endpoint_urls", "push"]

PASSWORD_ENV = "SRGRAPH_PASSWORD"
_FALLBACK_STATUS = (404, 405, 415, 501)
"""A Graph Store request answered so (no such service, method or body type) falls back to Update."""


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
            check_http_url(url)
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
    clock: Clock,
    retries: int,
    backoff: float,
    max_bytes: int,
) -> int:
    import pyoxigraph as ox

    from .sparql import bind_values

    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    text = bind_values(count, {"g": ox.NamedNode(str(graph))})
    answer = send(
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
    check_answer(answer, "verification query failed")
    try:
        bindings = answer.json()["results"]["bindings"]
        return int(bindings[0]["n"]["value"]) if bindings else 0
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        raise RemoteError(f"bad count answer from {answer.url}: {exc}") from exc


def _update_body(graph: Graph, name: URIRef, mode: str) -> str:
    import pyoxigraph as ox

    from .rdfio import to_ox

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
        raise InputError(
            f"graph name {text!r} is not an absolute IRI: {exc}",
            path=None if path is None else str(path),
            hint="write a full IRI with a scheme, e.g. urn:x-srgraph:my-graph or "
            "https://example.org/graph",
            option=None if path is not None else "graph",
        ) from exc
    return URIRef(text)


def _read_dataset(path: Path) -> dict[URIRef | None, Graph]:
    """The graphs of an N-Quads / TriG file: IRI -> triples; ``None`` for the default graph
    (present only when it holds triples). Parsed by pyoxigraph (streaming, never fetches)."""
    import pyoxigraph as ox

    from .rdfio import from_ox, read_rdf_bytes

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
    from .rdfio import read_rdf
    from .serialize import document_iri

    targets: dict[URIRef, Graph] = {}

    def add(name: URIRef | None, g: Graph, path: Path) -> None:
        if name is None:
            raise InputError(
                "no srm:Document in file", path=str(path), hint="name the graph", option="graph"
            )
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
                f"one target graph would merge the dataset's {len(named)} named graphs into one",
                path=str(path),
                hint="name no graph: each named graph is pushed under its own name",
                option="graph",
            )
        for key, g in parts.items():
            add(key if key is not None else graph or document_iri(g), g, path)
    return _vocabulary_apart(targets)


def _vocabulary_apart(targets: dict[URIRef, Graph]) -> dict[URIRef, Graph]:
    """The shared vocabulary triples of every graph moved to the vocabulary graph."""
    from .rdfio import is_shared

    vocabulary = URIRef(VOCABULARY_GRAPH)
    shared = targets.pop(vocabulary, Graph())
    out: dict[URIRef, Graph] = {}
    for name, g in targets.items():
        own = Graph()
        for s, p, o in g:
            (shared if is_shared(str(s), str(p)) else own).add((s, p, o))
        out[name] = own
    if len(shared):
        out[vocabulary] = shared
    return out


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
    .trig) keeps its named graphs; the shared vocabulary triples are merged into the
    vocabulary graph. Each graph's triple count is checked on the server.
    ``timeout`` bounds each connect and read, ``deadline`` the whole push (seconds)."""
    from .serialize import serialize_graph

    target = _graph_name(graph) if graph is not None else None  # before anything is sent
    check_positive(deadline=deadline, max_bytes=max_bytes)
    ends = endpoint_urls(endpoint, query_url=query_url, update_url=update_url, param=param)
    limit = transport.MAX_RESPONSE_BYTES if max_bytes is None else max_bytes
    if not files:
        raise InputError("no files to push", hint="name the RDF files to push")
    graphs = _targets(files, target)
    secret = _password(user, password)
    auth: httpx.Auth | None = None
    if user is not None and secret is not None:
        auth = httpx.DigestAuth(user, secret) if ends.digest else httpx.BasicAuth(user, secret)
    result = PushResult()
    sending: dict[str, Any] = {"retries": retries, "backoff": backoff, "max_bytes": limit}
    with Clock(deadline, timeout) as clock, httpx.Client(timeout=timeout) as client:
        for name, g in sorted(graphs.items()):
            # the vocabulary graph is shared by every document: always merged, never replaced
            how = "merge" if str(name) == VOCABULARY_GRAPH else mode
            answer = send(
                client,
                "PUT" if how == "replace" else "POST",
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
                answer = send(
                    client,
                    "POST",
                    ends.update,
                    clock=clock,
                    content=_update_body(g, name, how).encode("utf-8"),
                    headers={"Content-Type": "application/sparql-update; charset=utf-8"},
                    auth=auth,
                    **sending,
                )
                check_answer(answer, f"SPARQL Update of graph <{name}> failed")
            else:
                check_answer(answer, f"push of graph <{name}> failed")
            remote = _count(client, ends, name, clock=clock, **sending)
            local = len(g)
            if remote != local if how == "replace" else remote < local:
                raise RemoteError(
                    f"verification failed for graph <{name}>: server has {remote} triples, "
                    f"expected {local}",
                    hint="the server may have rejected or rewritten some triples",
                )
            result.graphs[str(name)] = remote
    return result
