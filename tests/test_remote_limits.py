"""Remote calls under attack (issue 12, groups 1, 6 and 7): a merged dataset keeps its named
graphs when pushed, credentials and terminal control characters never reach the terminal, and a
slow, huge or redirecting server ends in one line with exit 3.

Every server here is started by the test on 127.0.0.1; no assertion depends on timing (the
subprocess timeouts are only safety nets against the hangs these tests guard against).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from conftest import DATA, FIXTURE_TTL, ROOT, Server, free_port
from rdflib import Graph
from rdflib.compare import isomorphic

from graph import export
from graph.cli import main
from graph.errors import RemoteError
from graph.namespaces import VOCABULARY_GRAPH
from graph.rdfio import from_ox
from graph.remote import push
from graph.sparql import remote_query, run_query

FAST = {"retries": 0, "backoff": 0.01, "timeout": 10.0}
SAFETY = 120  # seconds: only a net against hanging forever, never asserted on


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("srgraph: error: ") and "Traceback" not in err, err
    return lines[0]


# --- a loopback server whose behaviour each test chooses ----------------------------------------

Behaviour = Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    behaviour: Behaviour
    stop: threading.Event
    requests: list[str]

    def _any(self) -> None:
        self.requests.append(f"{self.command} {self.path}")
        length = int(self.headers.get("Content-Length", "0") or 0)
        if length:
            self.rfile.read(length)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            type(self).behaviour(self)

    do_GET = do_PUT = do_POST = do_DELETE = _any

    def log_message(self, *args: object) -> None:
        pass


class Loopback:
    def __init__(self, behaviour: Behaviour) -> None:
        self.stop = threading.Event()
        self.requests: list[str] = []
        handler = type(
            "Handler",
            (_Handler,),
            {"behaviour": staticmethod(behaviour), "stop": self.stop, "requests": self.requests},
        )
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str = "/store", userinfo: str = "") -> str:
        return f"http://{userinfo}127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def loopback() -> Iterator[Callable[[Behaviour], Loopback]]:
    servers: list[Loopback] = []

    def start(behaviour: Behaviour) -> Loopback:
        servers.append(Loopback(behaviour))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _answer(h: BaseHTTPRequestHandler, code: int, body: bytes, ctype: str = "text/plain") -> None:
    h.send_response(code)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def _trickle(h: BaseHTTPRequestHandler, data: bytes) -> None:
    stop: threading.Event = h.stop  # type: ignore[attr-defined]
    for i in range(10_000):
        if stop.is_set():
            return
        h.wfile.write(data[i % len(data) : i % len(data) + 1])
        h.wfile.flush()
        time.sleep(0.5)


def trickle_headers(h: BaseHTTPRequestHandler) -> None:
    """Status line, then one header byte every half second, for hours."""
    h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    _trickle(h, b"a")


def trickle_body(h: BaseHTTPRequestHandler) -> None:
    """Complete headers, then one body byte every half second, for hours."""
    h.wfile.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
        b"Content-Length: 1000000\r\n\r\n"
    )
    _trickle(h, b" ")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SAFETY,
        check=False,
    )


# --- group 1: a merged dataset keeps every named graph ------------------------------------------


def _server_graphs(server: Server) -> dict[str, Graph]:
    """Every named graph on the server, with its triples."""
    q = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    out: dict[str, Graph] = {}
    result = run_query(q, sparql=server.query)
    for g, s, p, o in result.rows:
        assert g is not None and s is not None and p is not None and o is not None
        out.setdefault(g.value, Graph()).add((from_ox(s), from_ox(p), from_ox(o)))
    return out


def _local_graphs(path: Path) -> dict[str, Graph]:
    from graph.rdfio import from_ox

    out: dict[str, Graph] = {}
    for q in ox.parse(path=str(path)):
        assert isinstance(q.graph_name, ox.NamedNode)
        out.setdefault(q.graph_name.value, Graph()).add(
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
        )
    return out


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """all.nq / all.trig of three documents (plus the vocabulary graph)."""
    out = tmp_path_factory.mktemp("merged")
    docs = sorted(DATA.glob("*.md"))[:3]
    result = export(docs, output_dir=out, formats=["ttl"], merged="all", validate=False, jobs=1)
    assert not result.failed
    return out


@pytest.mark.parametrize("name", ["all.nq", "all.trig"])
def test_push_of_a_merged_dataset_keeps_every_named_graph(
    name: str, merged: Path, oxigraph: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    httpx.post(oxigraph.update, data={"update": "DROP ALL"}).raise_for_status()
    local = _local_graphs(merged / name)
    assert len(local) >= 4 and VOCABULARY_GRAPH in local  # 3 documents + the vocabulary
    assert main(["push", str(merged / name), "--endpoint", oxigraph.gsp, "-O", "tsv"]) == 0
    printed = capsys.readouterr().out
    for graph, triples in local.items():
        assert f"{graph}\t{len(triples)}\tgsp" in printed
    remote = _server_graphs(oxigraph)
    assert sorted(remote) == sorted(local)  # nothing landed in another graph
    for graph, triples in local.items():
        assert len(remote[graph]) == len(triples), graph
        assert isomorphic(remote[graph], triples), graph


def test_dataset_default_graph_goes_to_its_document(oxigraph: Server, tmp_path: Path) -> None:
    httpx.post(oxigraph.update, data={"update": "DROP ALL"}).raise_for_status()
    trig = tmp_path / "mixed.trig"
    trig.write_text(
        "@prefix srm: <https://w3id.org/srgraph/ontology#> .\n"
        "<urn:x-test:doc> a srm:Document .\n<urn:x-test:doc> <urn:p> 1 .\n"
        "<urn:x-test:g1> { <urn:s> <urn:p> <urn:o1> . }\n"
        "<urn:x-test:g2> { <urn:s> <urn:p> <urn:o2> . <urn:s> <urn:p> <urn:o3> . }\n",
        encoding="utf-8",
    )
    result = push([trig], endpoint=oxigraph.gsp, **FAST)  # type: ignore[arg-type]
    assert result.graphs == {"urn:x-test:doc": 2, "urn:x-test:g1": 1, "urn:x-test:g2": 2}
    assert {g: len(t) for g, t in _server_graphs(oxigraph).items()} == result.graphs


def test_push_graph_must_be_an_absolute_iri_checked_before_sending(
    loopback: Callable[[Behaviour], Loopback], capsys: pytest.CaptureFixture[str]
) -> None:
    server = loopback(lambda h: _answer(h, 204, b""))
    for bad in ("foo", "../x", "urn:a b", "<urn:x>"):
        assert main(["push", str(FIXTURE_TTL), "--endpoint", server.url(), "--graph", bad]) == 2
        line = one_error_line(capsys.readouterr().err)
        assert "absolute IRI" in line
    assert server.requests == []  # nothing was sent


def test_push_graph_with_a_dataset_is_refused(
    merged: Path, loopback: Callable[[Behaviour], Loopback], capsys: pytest.CaptureFixture[str]
) -> None:
    server = loopback(lambda h: _answer(h, 204, b""))
    args = ["push", str(merged / "all.nq"), "--endpoint", server.url(), "--graph", "urn:x:one"]
    assert main(args) == 2
    assert "named graphs" in one_error_line(capsys.readouterr().err)
    assert server.requests == []


# --- group 6: no leaks --------------------------------------------------------------------------

SECRET = "s3cr3t-pw"


def test_password_in_url_never_printed_dead_port(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://me:{SECRET}@127.0.0.1:{free_port()}/store"
    assert main(["push", str(FIXTURE_TTL), "--endpoint", url, "--retries", "0"]) == 3
    line = one_error_line(capsys.readouterr().err)
    assert SECRET not in line and "me:***@127.0.0.1" in line


@pytest.mark.parametrize("code", [401, 500])
def test_password_in_url_never_printed_on_http_errors(
    code: int, loopback: Callable[[Behaviour], Loopback], capsys: pytest.CaptureFixture[str]
) -> None:
    body = f"no access for http://me:{SECRET}@elsewhere/ \x1b]0;pwned\x07\x1b[2J".encode()
    server = loopback(lambda h: _answer(h, code, body))
    push_url = server.url("/store", f"me:{SECRET}@")
    assert main(["push", str(FIXTURE_TTL), "--endpoint", push_url, "--retries", "0"]) == 3
    err = capsys.readouterr().err
    line = one_error_line(err)
    assert SECRET not in err and f"HTTP {code}" in line and "me:***@127.0.0.1" in line
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in line
    query_url = server.url("/query", f"me:{SECRET}@")
    assert main(["query", "ASK {}", "--sparql", query_url]) == 3
    err = capsys.readouterr().err
    line = one_error_line(err)
    assert SECRET not in err and f"HTTP {code}" in line and "\x1b" not in err


def test_control_characters_in_file_names_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "\x1b[31mred\x1b]0;title\x07.ttl"
    url = f"http://127.0.0.1:{free_port()}/store"
    assert main(["push", str(evil), "--endpoint", url]) == 2
    err = capsys.readouterr().err
    line = one_error_line(err)
    assert "\x1b" not in err and "\x07" not in err and "\\x1b[31mred" in line


def test_redaction_helpers() -> None:
    from graph.redact import clean, redact_urls

    assert redact_urls("GET http://u:p@h:1/x?y=1 failed") == "GET http://u:***@h:1/x?y=1 failed"
    assert redact_urls("https://p@ss:w@rd@h/") == "https://p@ss:***@h/"
    assert redact_urls("https://token@h/ and http://h/") == "https://***@h/ and http://h/"
    assert redact_urls("mail me@x.org, http://h/a@b") == "mail me@x.org, http://h/a@b"
    assert clean("a\x1b[2Jb\x9bc\u202ed\te") == "a\\x1b[2Jb\\x9bc\\u202ed\te"


# --- group 7: remote limits ---------------------------------------------------------------------


def test_trickling_query_ends_at_the_deadline(loopback: Callable[[Behaviour], Loopback]) -> None:
    for behaviour in (trickle_headers, trickle_body):
        server = loopback(behaviour)
        url = server.url("/query", f"me:{SECRET}@")
        done = run_cli("query", "ASK {}", "--sparql", url, "--deadline", "1", "--timeout", "30")
        assert done.returncode == 3, done.stderr
        line = one_error_line(done.stderr)
        assert "deadline" in line and SECRET not in done.stderr


def test_trickling_push_ends_at_the_deadline(loopback: Callable[[Behaviour], Loopback]) -> None:
    for behaviour in (trickle_headers, trickle_body):
        server = loopback(behaviour)
        args = ["push", str(FIXTURE_TTL), "--endpoint", server.url(), "--deadline", "1"]
        done = run_cli(*args, "--timeout", "30", "--retries", "3")
        assert done.returncode == 3, done.stderr
        assert "deadline" in one_error_line(done.stderr)


def test_library_deadline_parameter(loopback: Callable[[Behaviour], Loopback]) -> None:
    server = loopback(trickle_body)
    with pytest.raises(RemoteError, match="deadline"):
        remote_query(server.url("/query"), "ASK {}", timeout=30, deadline=0.5, retries=0)


def _huge(length: bool) -> Behaviour:
    def answer(h: BaseHTTPRequestHandler) -> None:
        size = 64 * 2**20
        h.send_response(200)
        h.send_header("Content-Type", "application/sparql-results+json")
        if length:
            h.send_header("Content-Length", str(size))
        else:
            h.send_header("Connection", "close")  # body ends when the server closes
        h.end_headers()
        chunk = b" " * 2**16
        for _ in range(size // len(chunk)):
            h.wfile.write(chunk)
        h.close_connection = True

    return answer


@pytest.mark.parametrize("length", [True, False])
def test_huge_answer_is_cut_off(
    length: bool,
    loopback: Callable[[Behaviour], Loopback],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = loopback(_huge(length))
    with pytest.raises(RemoteError, match="over the 1 MiB answer limit"):
        remote_query(server.url("/query"), "ASK {}", max_bytes=2**20, retries=0)
    monkeypatch.setattr("graph.transport.MAX_RESPONSE_BYTES", 2**20)
    assert main(["query", "ASK {}", "--sparql", server.url("/query")]) == 3
    assert "answer limit" in one_error_line(capsys.readouterr().err)
    assert main(["push", str(FIXTURE_TTL), "--endpoint", server.url(), "--retries", "0"]) == 3
    assert "answer limit" in one_error_line(capsys.readouterr().err)


def _redirect(h: BaseHTTPRequestHandler) -> None:
    h.send_response(307)
    h.send_header("Location", f"http://user:{SECRET}@127.0.0.1:1/elsewhere")
    h.send_header("Content-Length", "0")
    h.end_headers()


def test_redirect_is_reported_as_a_redirect(
    loopback: Callable[[Behaviour], Loopback], capsys: pytest.CaptureFixture[str]
) -> None:
    server = loopback(_redirect)
    assert main(["push", str(FIXTURE_TTL), "--endpoint", server.url(), "--retries", "0"]) == 3
    err = capsys.readouterr().err
    line = one_error_line(err)
    assert "redirect" in line and "127.0.0.1:1/elsewhere" in line and SECRET not in err
    assert "bad count answer" not in line
    assert main(["query", "ASK {}", "--sparql", server.url("/query")]) == 3
    assert "redirect" in one_error_line(capsys.readouterr().err)


def test_bad_remote_answers_are_one_line(
    loopback: Callable[[Behaviour], Loopback], capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON without head.vars and Turtle that does not parse: exit 3, one line."""
    no_vars = json.dumps({"results": {"bindings": []}}).encode()
    server = loopback(lambda h: _answer(h, 200, no_vars, "application/sparql-results+json"))
    assert main(["query", "SELECT * {}", "--sparql", server.url("/query")]) == 3
    assert "bad SPARQL results" in one_error_line(capsys.readouterr().err)
    bad_ttl = loopback(lambda h: _answer(h, 200, b"<a> <b> .", "text/turtle"))
    assert main(["query", "CONSTRUCT {} WHERE {}", "--sparql", bad_ttl.url("/query")]) == 3
    assert "bad Turtle" in one_error_line(capsys.readouterr().err)


def test_password_prompt_without_a_terminal_is_one_line() -> None:
    """`push --user` with stdin closed or empty and no terminal: exit 2, one line."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "SRGRAPH_PASSWORD"}
    url = f"http://127.0.0.1:{free_port()}/store"
    done = subprocess.run(
        [sys.executable, "-m", "graph", "push", str(FIXTURE_TTL), "--endpoint", url, "--user", "u"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=SAFETY,
        start_new_session=True,  # no controlling terminal
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "SRGRAPH_PASSWORD" in one_error_line(done.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["query", "ASK {}", "--sparql", "http://[::1"],
        ["query", "ASK {}", "--sparql", f"ftp://me:{SECRET}@h/q"],
        ["query", "ASK {}", "--sparql", "http://127.0.0.1:9/q", "--deadline", "0"],
        ["query", "ASK {}", "--sparql", "http://127.0.0.1:9/q", "--max-response", "-1"],
        ["push", str(FIXTURE_TTL), "--endpoint", "http://127.0.0.1:9/store", "--deadline", "nan"],
        ["push", str(FIXTURE_TTL), "--endpoint", "http://h/store", "--query-url", "http:///q"],
    ],
)
def test_bad_remote_arguments_are_exit_2(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert SECRET not in one_error_line(capsys.readouterr().err)


def test_dataset_that_cannot_be_pushed_is_exit_2(
    tmp_path: Path, loopback: Callable[[Behaviour], Loopback], capsys: pytest.CaptureFixture[str]
) -> None:
    """A blank-node graph name, a dataset that does not parse, a FIFO: exit 2, nothing sent."""
    import os

    server = loopback(lambda h: _answer(h, 204, b""))
    blank = tmp_path / "blank.trig"
    blank.write_text("_:g { <urn:s> <urn:p> <urn:o> . }\n", encoding="utf-8")
    broken = tmp_path / "broken.nq"
    broken.write_text("<urn:s> <urn:p> .\n", encoding="utf-8")
    fifo = tmp_path / "fifo.nq"
    os.mkfifo(fifo)
    for path, words in ((blank, "blank node"), (broken, "cannot parse"), (fifo, "FIFO")):
        assert main(["push", str(path), "--endpoint", server.url()]) == 2
        assert words in one_error_line(capsys.readouterr().err)
    assert server.requests == []
