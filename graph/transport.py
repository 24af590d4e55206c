"""HTTP for srgraph's remote calls: one overall deadline, a cap on the answer, bounded retries.

Shared by remote queries (graph/sparql.py) and pushes (graph/remote.py). ``--timeout`` bounds each
connect and read; the ``Clock`` bounds the whole call, even against a server that trickles one
byte a second; answers are read streaming and refused above the cap; redirects are reported,
not followed; URLs in messages never show a password (graph/redact.py).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import InputError, RemoteError
from .redact import redact_urls

__all__ = [
    "DEFAULT_DEADLINE",
    "MAX_RESPONSE_BYTES",
    "Answer",
    "Clock",
    "check_answer",
    "check_http_url",
    "check_positive",
    "send",
]

DEFAULT_DEADLINE = 600.0
"""Seconds for a whole push or remote query (``--timeout`` bounds each connect and read)."""
MAX_RESPONSE_BYTES = 256 * 2**20
"""The largest answer read from a server (bytes, after decompression)."""


def check_http_url(url: str) -> None:
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


# --- HTTP: retries, one deadline, a size cap --------------------------------------------------


def check_positive(**limits: float | None) -> None:
    for name, value in limits.items():
        if value is not None and not value > 0:  # also NaN
            raise InputError(f"{name} must be positive, not {value}", option=name)


class Clock:
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

    def __enter__(self) -> Clock:
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
            hint="the server is stalled or too slow; the deadline bounds the whole push or "
            "query, the timeout each read",
            option="deadline",
        )


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class Answer:
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
        hint="narrow the query (LIMIT, one document) or raise the answer limit",
        option="max_bytes",
    )


def _read_body(response: httpx.Response, shown: str, max_bytes: int) -> Answer:
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
    return Answer(response.status_code, response.headers, bytes(body), encoding, shown)


def send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    clock: Clock,
    retries: int,
    backoff: float,
    max_bytes: int,
    **kwargs: Any,
) -> Answer:
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
                answer = _read_body(response, shown, max_bytes)
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


def check_answer(answer: Answer, what: str) -> None:
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
