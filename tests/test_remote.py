"""Push to and query real servers: Oxigraph (always) and Virtuoso (marked ``virtuoso``)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from conftest import (
    BUNDLED_IRI,
    DATA,
    FIXTURE_IRI,
    FIXTURE_TTL,
    VOCAB_IRI,
    Server,
    free_port,
    own_triples,
    virtuoso_drop,
)
from rdflib import Graph

from graph.cli import main
from graph.errors import RemoteError
from graph.remote import endpoint_urls, push
from graph.sparql import list_queries, run_query

EXPECTED_BUNDLED = json.loads((DATA / "expected-bundled.json").read_text(encoding="utf-8"))
FAST = {"retries": 1, "backoff": 0.01, "timeout": 10.0}
ALL_CASES: list[tuple[str, dict[str, str]]] = [(q.name, {}) for q in list_queries()] + [
    ("who", {"text": "PATCH"}),
    ("who", {"text": '" } DROP ALL #'}),
    ("compliance-chain", {"party": "customer"}),
    ("provenance", {"text": "incident"}),
]


def count(server: Server, graph: str) -> int:
    # test helper only: ``graph`` is a fixed IRI chosen by the tests
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    r = httpx.post(
        server.query, data={"query": q}, headers={"Accept": "application/sparql-results+json"}
    )
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def ox_server(oxigraph: Server) -> Server:
    """The session Oxigraph server, emptied (queries run over the union of all graphs)."""
    httpx.post(oxigraph.update, data={"update": "DROP ALL"}).raise_for_status()
    return oxigraph


def same_rows_everywhere(server: Server, ttl: Path, document: str | None = None) -> None:
    """Every named query gives the file's rows on the server (scoped to ``document`` on a
    server that holds other tests' graphs too)."""
    for name, params in ALL_CASES:
        local = run_query(name, params=params, graphs=[ttl])
        remote = run_query(name, params=params, sparql=server.query, document=document)
        assert remote.variables == local.variables, name
        assert remote.values() == local.values(), (name, params)


def test_endpoint_urls() -> None:
    ox = endpoint_urls("http://127.0.0.1:7878/store")
    assert (ox.query, ox.update, ox.param, ox.digest) == (
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/update",
        "graph",
        False,
    )
    vt = endpoint_urls("http://h:8890/sparql-graph-crud-auth")
    assert (vt.query, vt.update, vt.param, vt.digest) == (
        "http://h:8890/sparql",
        "http://h:8890/sparql-auth",
        "graph-uri",
        True,
    )
    assert endpoint_urls("http://h/gsp", param="g").param == "g"


# --- Oxigraph -----------------------------------------------------------------------------------


def test_push_and_query_oxigraph(ox_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", str(FIXTURE_TTL), "--endpoint", ox_server.gsp, "-O", "tsv"]) == 0
    assert f"{FIXTURE_IRI}\t130\tgsp" in capsys.readouterr().out
    assert count(ox_server, FIXTURE_IRI) == 130
    same_rows_everywhere(ox_server, FIXTURE_TTL)
    # replace again: no duplicates; merge: still the same set
    assert main(["push", str(FIXTURE_TTL), "--endpoint", ox_server.gsp, "--replace", "-q"]) == 0
    assert main(["push", str(FIXTURE_TTL), "--endpoint", ox_server.gsp, "--merge", "-q"]) == 0
    assert count(ox_server, FIXTURE_IRI) == 130


def test_replace_shrinks_and_merge_grows(oxigraph: Server, tmp_path: Path) -> None:
    small = tmp_path / "small.ttl"
    small.write_text("<urn:s> <urn:p> <urn:o1> .\n", encoding="utf-8")
    other = tmp_path / "other.ttl"
    other.write_text("<urn:s> <urn:p> <urn:o2> .\n", encoding="utf-8")
    g = "urn:x-test:merge"
    push([FIXTURE_TTL], endpoint=oxigraph.gsp, graph=g, **FAST)  # type: ignore[arg-type]
    assert count(oxigraph, g) == 130
    push([small], endpoint=oxigraph.gsp, graph=g, **FAST)  # type: ignore[arg-type]
    assert count(oxigraph, g) == 1
    push([other], endpoint=oxigraph.gsp, graph=g, mode="merge", **FAST)  # type: ignore[arg-type]
    assert count(oxigraph, g) == 2


def test_update_fallback_when_gsp_is_missing(oxigraph: Server) -> None:
    """PUT on /query answers 404: the push falls back to SPARQL Update (DROP + INSERT DATA)."""
    g = "urn:x-test:fallback"
    result = push(
        [FIXTURE_TTL],
        endpoint=oxigraph.query,
        graph=g,
        query_url=oxigraph.query,
        update_url=oxigraph.update,
        **FAST,  # type: ignore[arg-type]
    )
    assert result.method == "update"
    assert result.graphs == {g: 130, VOCAB_IRI: 19}
    assert count(oxigraph, g) == 130


def test_bundled_rows_on_oxigraph(ox_server: Server, bundled_ttl: Path) -> None:
    assert main(["push", str(bundled_ttl), "--endpoint", ox_server.gsp, "-q"]) == 0
    assert count(ox_server, BUNDLED_IRI) == own_triples(bundled_ttl)
    _check_bundled(ox_server, bundled_ttl)


def test_document_scope_on_oxigraph(ox_server: Server, bundled_ttl: Path) -> None:
    """With two documents on the server, --document answers for one (default-graph-uri)."""
    for path in (bundled_ttl, FIXTURE_TTL):
        assert main(["push", str(path), "--endpoint", ox_server.gsp, "-q"]) == 0
    for named in list_queries():
        scoped = run_query(named.name, sparql=ox_server.query, document=BUNDLED_IRI)
        alone = run_query(named.name, graphs=[bundled_ttl])
        assert scoped.values() == alone.values(), named.name


def _check_bundled(server: Server, ttl: Path, document: str | None = None) -> None:
    for key, expected in EXPECTED_BUNDLED.items():
        name, *params = key.split(" ")
        result = run_query(name, params=params, sparql=server.query, document=document)
        if "count" in expected:
            assert len(result.rows) == expected["count"], key
        else:
            assert result.variables == expected["vars"], key
            assert result.values() == [tuple(r) for r in expected["rows"]], key
    same_rows_everywhere(server, ttl, document)


# --- failures -----------------------------------------------------------------------------------


def test_push_to_dead_port(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    assert main(["push", str(FIXTURE_TTL), "--endpoint", url, "--retries", "1"]) == 3
    err = capsys.readouterr().err
    assert "failed after 2 attempt(s)" in err and "ConnectError" in err
    assert "is the server running" in err


class _Deny(BaseHTTPRequestHandler):
    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="test"')
        self.send_header("Content-Length", "12")
        self.end_headers()
        self.wfile.write(b"unauthorized")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def deny_server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Deny)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/store"
    httpd.shutdown()
    httpd.server_close()


def test_push_401_is_exit_3_with_hint(
    deny_server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SRGRAPH_PASSWORD", "s3cret-value")
    code = main(["push", str(FIXTURE_TTL), "--endpoint", deny_server, "--user", "me"])
    assert code == 3
    err = capsys.readouterr().err
    assert "HTTP 401" in err and "credentials" in err
    assert "s3cret-value" not in err


class _CutProxy:
    """Forwards to a real server but closes both sockets after ``limit`` request bytes."""

    def __init__(self, upstream_port: int, limit: int) -> None:
        self.upstream_port = upstream_port
        self.limit = limit
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.cuts = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            sent = 0
            try:
                while sent < self.limit:
                    data = client.recv(min(4096, self.limit - sent))
                    if not data:
                        break
                    upstream.sendall(data)
                    sent += len(data)
            except OSError:  # the server hung up first (e.g. it answered 401 early)
                pass
            finally:
                self.cuts += 1
                upstream.close()
                client.close()

    def close(self) -> None:
        self.sock.close()


def test_push_cut_mid_request_keeps_old_graph(
    oxigraph: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    push([FIXTURE_TTL], endpoint=oxigraph.gsp, graph="urn:x-test:cut", **FAST)  # type: ignore[arg-type]
    assert count(oxigraph, "urn:x-test:cut") == 130
    big = Graph()
    for i in range(3000):
        big.parse(data=f'<urn:s{i}> <urn:p> "value {i}" .', format="nt")
    tmp = tmp_path / "big.nt"
    tmp.write_text(big.serialize(format="nt"), encoding="utf-8")
    proxy = _CutProxy(int(oxigraph.base.rsplit(":", 1)[1]), limit=20000)
    try:
        code = main(
            [
                "push",
                str(tmp),
                "--endpoint",
                f"http://127.0.0.1:{proxy.port}/store",
                "--graph",
                "urn:x-test:cut",
                "--retries",
                "1",
                "--timeout",
                "5",
            ]
        )
    finally:
        proxy.close()
    assert code == 3
    assert "failed after 2 attempt(s)" in capsys.readouterr().err
    assert proxy.cuts == 2
    assert count(oxigraph, "urn:x-test:cut") == 130  # the old graph, untouched


def test_bad_push_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", str(FIXTURE_TTL), "--endpoint", "ftp://x/store"]) == 2
    assert "not an http(s) URL" in capsys.readouterr().err
    with pytest.raises(RemoteError):
        push([FIXTURE_TTL], endpoint=f"http://127.0.0.1:{free_port()}/store", retries=0)


# --- Virtuoso -----------------------------------------------------------------------------------


@pytest.mark.virtuoso
def test_push_and_query_virtuoso(
    virtuoso: Server, bundled_ttl: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert virtuoso.password is not None and virtuoso.user is not None
    monkeypatch.setenv("SRGRAPH_PASSWORD", virtuoso.password)
    args = ["--endpoint", virtuoso.gsp, "--user", virtuoso.user, "-q"]
    assert main(["push", str(FIXTURE_TTL), *args]) == 0
    assert main(["push", str(FIXTURE_TTL), *args]) == 0  # replace: no duplicates
    assert count(virtuoso, FIXTURE_IRI) == 130
    assert main(["push", str(bundled_ttl), *args]) == 0
    assert count(virtuoso, BUNDLED_IRI) == own_triples(bundled_ttl)
    # both documents are in Virtuoso now: compare against the union locally
    assert main(["push", str(FIXTURE_TTL), "--graph", "urn:x-test:tmp", *args]) == 0
    virtuoso_drop(virtuoso, "urn:x-test:tmp")
    virtuoso_drop(virtuoso, FIXTURE_IRI)
    _check_bundled(virtuoso, bundled_ttl, BUNDLED_IRI)  # the session's server holds others too


@pytest.mark.virtuoso
def test_virtuoso_wrong_password(
    virtuoso: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert virtuoso.user is not None and virtuoso.password is not None
    monkeypatch.setenv("SRGRAPH_PASSWORD", virtuoso.password)
    g = "urn:x-test:auth"
    args = ["--endpoint", virtuoso.gsp, "--user", virtuoso.user, "--graph", g, "-q"]
    assert main(["push", str(FIXTURE_TTL), *args]) == 0
    assert count(virtuoso, g) == 130
    monkeypatch.setenv("SRGRAPH_PASSWORD", "wrong-password")
    small = tmp_path / "small.ttl"
    small.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
    assert main(["push", str(small), *args, "--replace"]) == 3
    err = capsys.readouterr().err
    assert "HTTP 401" in err and "credentials" in err and "wrong-password" not in err
    assert count(virtuoso, g) == 130
    virtuoso_drop(virtuoso, g)


class _Liar(BaseHTTPRequestHandler):
    """Accepts every push but reports an empty graph: the verification must catch it."""

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(204)
        self.end_headers()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = json.dumps(
            {
                "head": {"vars": ["n"]},
                "results": {"bindings": [{"n": {"type": "literal", "value": "0"}}]},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_verification_mismatch_is_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Liar)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/store"
        assert main(["push", str(FIXTURE_TTL), "--endpoint", url]) == 3
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert "server has 0 triples, expected 130" in capsys.readouterr().err


def test_wrong_path_says_wrong_url(oxigraph: Server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", str(FIXTURE_TTL), "--endpoint", f"{oxigraph.base}/nope"]) == 3
    err = capsys.readouterr().err
    assert "HTTP 404" in err and "wrong URL" in err


@pytest.mark.virtuoso
def test_virtuoso_cut_mid_request_keeps_old_graph(
    virtuoso: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert virtuoso.user is not None and virtuoso.password is not None
    monkeypatch.setenv("SRGRAPH_PASSWORD", virtuoso.password)
    g = "urn:x-test:vcut"
    args = ["--user", virtuoso.user, "--graph", g, "-q", "--retries", "1", "--timeout", "5"]
    assert main(["push", str(FIXTURE_TTL), "--endpoint", virtuoso.gsp, *args]) == 0
    big = tmp_path / "big.nt"
    big.write_text(
        "".join(f'<urn:s{i}> <urn:p> "value {i}" .\n' for i in range(3000)), encoding="utf-8"
    )
    proxy = _CutProxy(int(virtuoso.base.rsplit(":", 1)[1]), limit=20000)
    try:
        url = f"http://127.0.0.1:{proxy.port}/sparql-graph-crud-auth"
        code = main(["push", str(big), "--endpoint", url, *args])
    finally:
        proxy.close()
    assert code == 3
    assert "failed after 2 attempt(s)" in capsys.readouterr().err
    assert count(virtuoso, g) == 130
    virtuoso_drop(virtuoso, g)


def _uploading_to(port: int) -> bool:
    """True when a TCP connection to 127.0.0.1:``port`` is established (Linux /proc/net)."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if int(fields[2].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                return True
    return False


def test_server_killed_mid_upload_leaves_the_old_graph(tmp_path: Path) -> None:
    """SIGKILL the real Oxigraph server while a big replace is being uploaded: the push fails
    with exit 3 and a clear message, and after a restart the graph is still the old one."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import start_oxigraph, stop_server
    from rdflib import Literal, URIRef

    from graph.namespaces import RDF, RDFS, SRM

    location = tmp_path / "db"
    server = start_oxigraph(location)
    try:
        assert push([FIXTURE_TTL], endpoint=server.gsp, **FAST).graphs  # type: ignore[arg-type]
        before = count(server, FIXTURE_IRI)
        big = Graph()
        doc = URIRef(FIXTURE_IRI)
        big.add((doc, RDF.type, SRM.Document))
        # tens of MB of N-Triples, an upload that takes a moment, in few triples (long labels):
        # reading and re-serializing them before the upload costs per triple
        for i in range(10_000):
            big.add((URIRef(f"{FIXTURE_IRI}/duty/d{i}"), RDFS.label, Literal(f"duty {i} " * 160)))
        path = tmp_path / "big.nt"
        big.serialize(path, format="nt")
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "graph",
                "push",
                str(path),
                "--endpoint",
                server.gsp,
                "--retries",
                "0",
                "--timeout",
                "20",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        port = int(server.base.rsplit(":", 1)[1])
        deadline = time.monotonic() + 60
        while not _uploading_to(port) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # wait until the PUT's connection is open: the body is on its way
        time.sleep(0.05)
        assert proc.poll() is None, "the push ended before the server could be killed"
        assert server.process is not None
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 3, err
        # Whether the upload or the count check after it met the dead server depends on the
        # machine's load; either way it is one line, exit 3, and the old graph stays.
        lines = [line for line in err.splitlines() if line.strip()]
        assert (
            len(lines) == 1 and lines[0].startswith("srgraph: error: ") and "Traceback" not in err
        )
    finally:
        stop_server(server)
    restarted = start_oxigraph(location)
    try:
        assert count(restarted, FIXTURE_IRI) == before
    finally:
        stop_server(restarted)
