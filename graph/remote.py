"""Talk to SPARQL servers: push graphs (SPARQL 1.1 Graph Store Protocol) and run queries.

Replace = one PUT of the whole graph (the server applies it atomically); merge = POST. If the
Graph Store answers 404/405/501 the push falls back to SPARQL 1.1 Update (DROP + INSERT DATA in
one request) serialized from pyoxigraph terms. Every push is verified by counting the graph's
triples on the server. Oxigraph (``/store?graph=IRI``) and Virtuoso
(``/sparql-graph-crud-auth?graph-uri=IRI``, digest auth) are supported.
"""

from __future__ import annotations

import getpass
import json
import os
import time
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

__all__ = ["PushResult", "endpoint_urls", "push", "remote_query"]

PASSWORD_ENV = "SRGRAPH_PASSWORD"
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


def endpoint_urls(
    gsp: str,
    *,
    query_url: str | None = None,
    update_url: str | None = None,
    param: str | None = None,
) -> Endpoints:
    """Derive query/update URLs and the graph parameter from a Graph Store URL."""
    parts = urlsplit(gsp)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"not an http(s) URL: {gsp!r}", hint="e.g. http://127.0.0.1:7878/store")
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


# --- HTTP with retries -------------------------------------------------------------------------


def _send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    retries: int,
    backoff: float,
    **kwargs: Any,
) -> httpx.Response:
    """One request; retries transport errors and 5xx with exponential backoff (bounded)."""
    attempt = 0
    while True:
        try:
            response = client.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            if attempt >= retries:
                raise RemoteError(
                    f"{method} {url} failed after {attempt + 1} attempt(s): "
                    f"{type(exc).__name__}: {exc or 'connection closed'}",
                    hint="is the server running and reachable? check the URL and port",
                ) from exc
        else:
            if response.status_code < 500 or attempt >= retries:
                return response
        time.sleep(backoff * (2**attempt))
        attempt += 1


def _check(response: httpx.Response, what: str) -> None:
    code = response.status_code
    if code < 400:
        return
    body = " ".join(response.text.split())[:200]
    hints = {
        401: "wrong or missing credentials: pass --user and set SRGRAPH_PASSWORD",
        403: "the user lacks write permission (Virtuoso: grant SPARQL_UPDATE)",
        404: "wrong URL: Oxigraph uses /store, Virtuoso /sparql-graph-crud-auth",
    }
    raise RemoteError(
        f"{what}: HTTP {code} from {response.request.url}: {body}",
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
) -> Any:
    """POST a query (parameters already bound) to a SPARQL endpoint -> query.QueryResult;
    ``default_graph`` scopes it to one named graph (SPARQL protocol ``default-graph-uri``)."""
    from .query import QueryResult

    headers = {
        "Accept": "application/sparql-results+json, text/turtle;q=0.9, application/n-triples;q=0.8"
    }
    with httpx.Client(timeout=timeout, auth=auth) as client:
        response = _send(
            client,
            "POST",
            url,
            retries=retries,
            backoff=backoff,
            data={"query": text, "default-graph-uri": [default_graph, VOCABULARY_GRAPH]}
            if default_graph
            else {"query": text},
            headers=headers,
        )
    _check(response, "SPARQL query failed")
    ctype = response.headers.get("content-type", "").split(";")[0].strip()
    if "json" in ctype:
        try:
            data = response.json()
        except json.JSONDecodeError as exc:
            raise RemoteError(f"bad JSON from {url}: {exc}") from exc
        if "boolean" in data:
            return QueryResult("ask", boolean=bool(data["boolean"]))
        variables = list(data["head"]["vars"])
        rows = [
            tuple(_json_term(b[v]) if v in b else None for v in variables)
            for b in data["results"]["bindings"]
        ]
        return QueryResult("select", variables, rows)
    fmt = "nt" if "n-triples" in ctype else "turtle"
    graph = Graph()
    graph.parse(data=response.text, format=fmt)
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
    return getpass.getpass(f"password for {user}: ")


def _count(
    client: httpx.Client, ends: Endpoints, graph: URIRef, *, retries: int, backoff: float
) -> int:
    from .query import inject_values

    text = inject_values("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
    response = _send(
        client,
        "POST",
        ends.query,
        retries=retries,
        backoff=backoff,
        data={"query": text},
        headers={"Accept": "application/sparql-results+json"},
        auth=None,
    )
    _check(response, "verification query failed")
    try:
        bindings = response.json()["results"]["bindings"]
        return int(bindings[0]["n"]["value"]) if bindings else 0
    except (KeyError, ValueError, IndexError) as exc:
        raise RemoteError(f"bad count answer from {ends.query}: {exc}") from exc


def _update_body(graph: Graph, name: URIRef, mode: str) -> str:
    import pyoxigraph as ox

    from .store import to_ox

    g = ox.NamedNode(str(name))
    triples = sorted(str(ox.Triple(to_ox(s), to_ox(p), to_ox(o))) + " ." for s, p, o in graph)
    insert = f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(triples) + "\n} }"
    return f"DROP SILENT GRAPH {g} ;\n{insert}" if mode == "replace" else insert


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
) -> PushResult:
    """Push RDF files to a Graph Store endpoint, one named graph per document (or ``graph``)."""
    from .serialize import document_iri, serialize_graph
    from .store import read_rdf

    ends = endpoint_urls(endpoint, query_url=query_url, update_url=update_url, param=param)
    if not files:
        files = sorted(Path("output").glob("*.ttl"))
        if not files:
            raise InputError("no files to push", hint="run `srgraph export` or name FILES")
    graphs: dict[URIRef, Graph] = {}
    for path in files:
        g = read_rdf(path)
        name = URIRef(graph) if graph else document_iri(g)
        if name is None:
            raise InputError("no srm:Document in file", path=str(path), hint="pass --graph IRI")
        graphs[name] = graphs[name] + g if name in graphs else g
    secret = _password(user, password)
    auth: httpx.Auth | None = None
    if user is not None and secret is not None:
        auth = httpx.DigestAuth(user, secret) if ends.digest else httpx.BasicAuth(user, secret)
    result = PushResult()
    with httpx.Client(timeout=timeout) as client:
        for name, g in sorted(graphs.items()):
            body = serialize_graph(g, fmt="nt")
            response = _send(
                client,
                "PUT" if mode == "replace" else "POST",
                ends.gsp,
                retries=retries,
                backoff=backoff,
                params={ends.param: str(name)},
                content=body,
                headers={"Content-Type": "text/turtle; charset=utf-8"},
                auth=auth,
            )
            if response.status_code in _FALLBACK_STATUS:
                result.method = "update"
                response = _send(
                    client,
                    "POST",
                    ends.update,
                    retries=retries,
                    backoff=backoff,
                    content=_update_body(g, name, mode).encode("utf-8"),
                    headers={"Content-Type": "application/sparql-update; charset=utf-8"},
                    auth=auth,
                )
                _check(response, f"SPARQL Update of graph <{name}> failed")
            else:
                _check(response, f"push of graph <{name}> failed")
            remote = _count(client, ends, name, retries=retries, backoff=backoff)
            local = len(g)
            if remote != local if mode == "replace" else remote < local:
                raise RemoteError(
                    f"verification failed for graph <{name}>: server has {remote} triples, "
                    f"expected {local}",
                    hint="the server may have rejected or rewritten some triples",
                )
            result.graphs[str(name)] = remote
    return result
