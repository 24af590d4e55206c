"""Shared fixtures: the hand-made fixture graph, the bundled export, and real SPARQL servers."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
FIXTURE_TTL = DATA / "fixture-model.ttl"
CORPUS = [
    DATA / "adobe-managed-services.md",
    DATA / "adobe-shared-responsibility.md",
    DATA / "aucloud-shared-service-model.md",
    DATA / "azure-shared-responsibility.md",
]
"""The four bundled corpus pages."""
"""Hand-made graph following docs/model.md (3 parties, 3 duties, certifications, statements)."""
FIXTURE_IRI = "https://w3id.org/srgraph/id/fixture"
VOCAB_IRI = "https://w3id.org/srgraph/vocab"
FIXTURE_TRIPLES = 149
"""Triples of the fixture file; a store or server holds 130 in the document's graph and its 19
shared vocabulary triples (types and labels of services, standards, organisations, roles and the
srgraph agent) in the vocabulary graph."""
FIXTURE_GRAPHS = {FIXTURE_IRI: 130, VOCAB_IRI: 19}


def own_triples(path: Path) -> int:
    """How many triples of an RDF file a store or server keeps in the document's own graph (the
    rest are shared vocabulary triples, kept once in the vocabulary graph)."""
    from rdflib import Graph

    from graph.rdfio import is_shared

    return sum(not is_shared(str(s), str(p)) for s, p, _ in Graph().parse(path))


BUNDLED_IRI = "https://w3id.org/srgraph/id/adobe-managed-services"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        r = httpx.get(url, params={"query": "ASK {}"}, timeout=2.0)
    except httpx.HTTPError:
        return False
    return r.status_code < 500


@pytest.fixture(scope="session")
def fixture_ttl() -> Path:
    return FIXTURE_TTL


@pytest.fixture(scope="session")
def bundled_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """output/adobe-managed-services.ttl, freshly exported from the bundled page."""
    out = tmp_path_factory.mktemp("bundled")
    try:
        from graph.cli import main

        code = main(["export", "-o", str(out), "--format", "ttl", "-q"])
    except (ImportError, SystemExit) as exc:  # pipeline not there yet
        pytest.skip(f"srgraph export unavailable: {exc!r}")
    path = out / "adobe-managed-services.ttl"
    if code != 0 or not path.is_file():
        pytest.skip(f"srgraph export failed (exit {code})")
    return path


# --- Oxigraph server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    """A running SPARQL server: Graph Store, query and update URLs (+ credentials)."""

    base: str
    gsp: str
    query: str
    update: str
    user: str | None = None
    password: str | None = None
    process: subprocess.Popen[bytes] | None = None
    sql: str | None = None
    """host:port of Virtuoso's ISQL (our own Virtuoso only: the bulk loader test)."""
    load_dir: Path | None = None
    """A folder that server may bulk-load from (in its DirsAllowed)."""


def _oxigraph_binary() -> str:
    candidate = Path(sys.executable).parent / "oxigraph"
    if candidate.is_file():
        return str(candidate)
    found = shutil.which("oxigraph")
    if not found:
        pytest.skip("oxigraph server CLI not installed (pip install oxigraph)")
    return found


def start_oxigraph(location: Path) -> Server:
    """Start ``oxigraph serve`` on a free 127.0.0.1 port and wait until it answers."""
    port = free_port()
    proc = subprocess.Popen(
        [
            _oxigraph_binary(),
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not _answers(f"{base}/query"):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("oxigraph server did not start")
        time.sleep(0.05)
    return Server(base, f"{base}/store", f"{base}/query", f"{base}/update", process=proc)


def stop_server(server: Server) -> None:
    if server.process is not None and server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A real Oxigraph server (session scope, union default graph) on a free port."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield server
    finally:
        stop_server(server)


# --- Virtuoso -----------------------------------------------------------------------------------

VIRTUOSO_SCRIPT = Path(__file__).resolve().parent / "servers" / "virtuoso.sh"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """OpenLink Virtuoso of this test session: started with tests/servers/virtuoso.sh on free
    ports with a fresh database (never whatever answers on 8890), stopped at the end; or the
    server at $SRGRAPH_VIRTUOSO_URL. Skipped when Virtuoso cannot be installed or started."""
    external = os.environ.get("SRGRAPH_VIRTUOSO_URL")
    env = dict(os.environ)
    if external is None:
        if shutil.which("virtuoso-t") is None and os.geteuid() != 0:
            pytest.skip("virtuoso-opensource not installed (tests/servers/virtuoso.sh install)")
        port, sql_port = free_port(), free_port()
        folder = tmp_path_factory.mktemp("virtuoso")
        env.update(
            SRGRAPH_VIRTUOSO_DIR=str(folder),
            SRGRAPH_VIRTUOSO_HTTP_PORT=str(port),
            SRGRAPH_VIRTUOSO_SQL_PORT=str(sql_port),
        )
        base = f"http://127.0.0.1:{port}"
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            subprocess.run(
                ["bash", str(VIRTUOSO_SCRIPT), "start"],
                check=False,
                timeout=600,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
    else:
        base = external.rstrip("/")
    if not _answers(f"{base}/sparql"):
        pytest.skip(f"Virtuoso not answering on {base} (see tests/servers/virtuoso.sh)")
    server = _virtuoso_server(base)
    if external is None:
        server = dataclasses.replace(server, sql=f"127.0.0.1:{sql_port}", load_dir=folder / "load")
    try:
        yield server
    finally:
        if external is None:
            subprocess.run(
                ["bash", str(VIRTUOSO_SCRIPT), "stop"],
                check=False,
                timeout=120,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )


def virtuoso_drop(server: Server, graph: str) -> None:
    """Remove one graph from the test Virtuoso (Graph Store DELETE)."""
    import httpx

    assert server.user is not None and server.password is not None
    r = httpx.delete(
        server.gsp,
        params={"graph-uri": graph},
        auth=httpx.DigestAuth(server.user, server.password),
    )
    assert r.status_code in (200, 204, 404)


def virtuoso_clear(server: Server) -> None:
    """Drop every graph the tests may have left on the session's Virtuoso (srgraph's and
    ``urn:x-test:`` graphs; Virtuoso's own system graphs stay)."""
    import httpx

    query = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER (STRSTARTS(STR(?g), "urn:x-test") || STRSTARTS(STR(?g), "https://w3id.org/srgraph/")'
        ' || STRSTARTS(STR(?g), "file:") || STRSTARTS(STR(?g), "https://example.org/")) }'
    )
    answer = httpx.post(
        server.query, data={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    answer.raise_for_status()
    for row in answer.json()["results"]["bindings"]:
        virtuoso_drop(server, row["g"]["value"])


def _virtuoso_server(base: str) -> Server:
    return Server(
        base,
        f"{base}/sparql-graph-crud-auth",
        f"{base}/sparql",
        f"{base}/sparql-auth",
        user=os.environ.get("SRGRAPH_VIRTUOSO_USER", "srgraph"),
        password=os.environ.get("SRGRAPH_VIRTUOSO_PASSWORD", "srgraph-test"),
    )
