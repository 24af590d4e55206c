"""Reading pages by URL: a real http.server on 127.0.0.1 serves pages, wrong content types,
oversized bodies, errors, redirects and a slow answer."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from graph import read_document
from graph.cli import main
from graph.document.fetch import fetch, redact, url_stem
from graph.document.source import MAX_DOCUMENT_BYTES
from graph.errors import InputError, RemoteError
from graph.exporter import export

DATA = Path(__file__).parent / "data"
HTML_PAGE = (DATA / "html" / "azure-shared-responsibility.html").read_bytes()
MARKDOWN_PAGE = (DATA / "azure-shared-responsibility.md").read_bytes()

# path -> (status, headers, body)
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/docs/shared-responsibility.html": (200, {"Content-Type": "text/html"}, HTML_PAGE),
    "/docs/page": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML_PAGE),
    "/raw/page.md": (200, {"Content-Type": "text/markdown; charset=utf-8"}, MARKDOWN_PAGE),
    "/raw/plain.txt": (200, {"Content-Type": "text/plain"}, HTML_PAGE),
    "/latin.html": (
        200,
        {"Content-Type": "text/html; charset=iso-8859-1"},
        "<html><body><main><p>Le client gère ses données.</p></main></body></html>".encode(
            "latin-1"
        ),
    ),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
    "/no-type": (200, {}, b"# Title\n"),
    "/big-declared": (
        200,
        {"Content-Type": "text/html", "Content-Length": str(MAX_DOCUMENT_BYTES + 1)},
        b"",
    ),
    "/moved": (301, {"Location": "/hop/1"}, b""),
    "/hop/1": (302, {"Location": "/docs/page"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/to-ftp": (302, {"Location": "ftp://127.0.0.1/file.md"}, b""),
    "/broken": (500, {"Content-Type": "text/plain"}, b"boom"),
}
STREAMED = b"<html><body><p>" + b"y" * 50_000 + b"</p></body></html>"


STALL = 60
"""Seconds the /stall page keeps silent after its headers."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    requests: list[str] = []  # noqa: RUF012  (shared on purpose: what the server was asked)
    sent: dict[str, int] = {}  # noqa: RUF012

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.requests.append(self.path)
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/stall":
            # headers at once, then the body only after STALL seconds: each read waits, and
            # only an overall deadline ends the fetch before then
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><h1>Customer</h1>")
            self.wfile.flush()
            time.sleep(STALL)
            with contextlib.suppress(OSError):
                self.wfile.write(b"<p>The customer is responsible for patching.</p></body></html>")
            return
        if self.path == "/streamed":
            # no Content-Length: the client must stop reading by itself
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            sent = 0
            try:
                for start in range(0, len(STREAMED), 1000):
                    self.wfile.write(STREAMED[start : start + 1000])
                    sent += 1000
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.sent["/streamed"] = sent
            return
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/html"}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_html_page(server: str) -> None:
    url = f"{server}/docs/shared-responsibility.html"
    doc = read_document(url)
    assert doc.format == "html"
    assert (doc.path, doc.stem) == (url, "shared-responsibility")
    assert doc.metadata["title"].startswith("Shared responsibility in the cloud")
    local = read_document(DATA / "html" / "azure-shared-responsibility.html")
    assert doc.text == local.text
    assert doc.content_hash == local.content_hash


def test_a_markdown_page(server: str) -> None:
    doc = read_document(f"{server}/raw/page.md")
    assert doc.format == "markdown"
    assert doc.stem == "page"
    assert doc.metadata["title"] == "Shared responsibility in the cloud - Microsoft Azure"


def test_plain_text_is_sniffed_and_charset_is_a_hint(server: str) -> None:
    assert read_document(f"{server}/raw/plain.txt").format == "html"
    doc = read_document(f"{server}/latin.html")
    assert "Le client gère ses données." in doc.text
    assert doc.stem == "latin"


@pytest.mark.parametrize("path", ["/report.pdf", "/no-type"])
def test_wrong_content_type(server: str, path: str) -> None:
    with pytest.raises(InputError, match="is not a document") as info:
        read_document(f"{server}{path}")
    assert f"{server}{path}" in str(info.value)
    assert "\n" not in str(info.value)


def test_too_large_bodies(server: str) -> None:
    with pytest.raises(InputError, match="over the 16 MiB limit"):
        read_document(f"{server}/big-declared")
    with pytest.raises(InputError, match="over the"):
        fetch(f"{server}/streamed", max_bytes=5_000)


def test_http_errors_name_the_status(server: str) -> None:
    with pytest.raises(InputError, match="HTTP 404") as info:
        read_document(f"{server}/missing.html")
    assert str(info.value).startswith(f"{server}/missing.html: HTTP 404")
    with pytest.raises(RemoteError, match="HTTP 500"):
        read_document(f"{server}/broken")


def test_redirects_are_followed_and_reported_by_the_final_url(server: str) -> None:
    doc = read_document(f"{server}/moved")
    assert doc.path == f"{server}/docs/page"
    assert doc.stem == "page"
    with pytest.raises(InputError, match="more than 5 redirects"):
        read_document(f"{server}/loop")
    with pytest.raises(InputError, match="unsupported URL scheme 'ftp'"):
        read_document(f"{server}/to-ftp")


def test_a_slow_server_trips_the_timeout(server: str) -> None:
    with pytest.raises(RemoteError, match="timed out"):
        read_document(f"{server}/slow", timeout=0.3)  # the page would come after 3 s


def test_the_deadline_bounds_the_whole_fetch(server: str) -> None:
    with pytest.raises(RemoteError, match="timed out"):
        read_document(f"{server}/slow", timeout=10, deadline=0.5)


def test_the_deadline_cuts_a_stalled_body_mid_read(server: str) -> None:
    """The server sends its headers, then nothing for STALL seconds while the per-read timeout
    is longer still: only the overall deadline, which shuts the socket, ends the read. Checked
    in a thread with a safety net of STALL seconds (not a timing assertion: without the
    deadline the page arrives whole, with it the fetch fails)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            read_document(f"{server}/stall", timeout=STALL * 2, deadline=1)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(STALL)
    assert outcome, "the fetch was still reading: the deadline did not cut it"
    assert isinstance(outcome[0], RemoteError) and "timed out" in str(outcome[0]), outcome


def test_credentials_are_never_printed(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_url = server.replace("http://", "http://alice:s3cret@") + "/missing.html"
    with pytest.raises(InputError) as info:
        read_document(secret_url)
    assert "s3cret" not in str(info.value) and "alice" not in str(info.value)
    doc = read_document(server.replace("http://", "http://alice:s3cret@") + "/docs/page")
    assert "s3cret" not in doc.path
    code = main(["export", secret_url, "-o", str(tmp_path), "--format", "ttl"])
    err = capsys.readouterr().err
    assert code == 2 and "HTTP 404" in err and "s3cret" not in err
    assert redact("https://u:p@example.org/a?b=1") == "https://example.org/a?b=1"


def test_unsupported_urls() -> None:
    with pytest.raises(InputError, match="unsupported URL scheme 'ftp'"):
        read_document("ftp://example.org/page.md")
    with pytest.raises(RemoteError, match="cannot fetch"):
        read_document("http://127.0.0.1:9/page.md", timeout=2)


def test_url_stems() -> None:
    assert url_stem("https://learn.microsoft.com/en-us/azure/shared-responsibility") == (
        "shared-responsibility"
    )
    assert url_stem("https://docs.example.org/guide/page.html?x=1#y") == "page"
    assert url_stem("https://docs.example.org/") == "docs.example.org"
    assert url_stem("https://docs.example.org/a%20b/") == "a-b"


def test_export_and_cli_take_urls(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"{server}/docs/shared-responsibility.html"
    result = export([url], output_dir=tmp_path / "lib", formats=["ttl"])
    assert [p.name for p in result.written] == ["shared-responsibility.ttl"]
    code = main(
        [
            "export",
            url,
            f"{server}/raw/page.md",
            "-o",
            str(tmp_path / "cli"),
            "--format",
            "ttl",
            "--jobs",
            "1",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "cli").iterdir()) == [
        "page.ttl",
        "shared-responsibility.ttl",
    ]
    turtle = (tmp_path / "cli" / "shared-responsibility.ttl").read_text(encoding="utf-8")
    assert "Microsoft" in turtle
