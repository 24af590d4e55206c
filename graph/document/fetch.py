"""Fetching a page by URL with httpx: http(s) only, timeouts and an overall deadline, the
document size limit (streamed), the content type checked, at most five redirects, and the
credentials of a URL never shown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit, urlunsplit

from ..errors import InputError, RemoteError
from .html import looks_like_html
from .source import MAX_DOCUMENT_BYTES

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "MAX_REDIRECTS",
    "Fetched",
    "fetch",
    "is_url",
    "redact",
    "url_stem",
]

DEFAULT_TIMEOUT = 10.0
"""Seconds to connect, and to wait for each read."""
DEFAULT_DEADLINE = 60.0
"""Seconds for the whole fetch, redirects and body included."""
MAX_REDIRECTS = 5

if TYPE_CHECKING:
    import httpx

_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "",
}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class Fetched:
    """A fetched page: final URL (without credentials), body, format and declared charset."""

    url: str
    data: bytes
    format: str
    charset: str | None


def is_url(source: object) -> bool:
    """True for a string that starts with a URL scheme (``https://…``)."""
    return isinstance(source, str) and bool(_URL.match(source))


def redact(url: str) -> str:
    """The URL without user name and password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _URL.sub("", url).rsplit("@", 1)[-1]
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def url_stem(url: str) -> str:
    """The last path segment without its extension, else the host: the export file stem."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    stem = ""
    if segments:
        last = unquote(segments[-1])
        stem = last.rsplit(".", 1)[0] if "." in last.strip(".") else last
    stem = re.sub(r"[^\w.-]+", "-", stem).strip(".-")
    return stem or (parts.hostname or "page")


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Fetched:
    """GET a page, following up to MAX_REDIRECTS redirects.

    Raises InputError for a bad URL, a 4xx answer, a content type that is not a document or a
    body over ``max_bytes``; RemoteError for a server that cannot be reached, times out or
    answers 5xx. Messages name the URL without its credentials.
    """
    import httpx  # imported here: reading local files does not pay for it

    from ..transport import Clock

    shown = redact(url)
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise InputError("not a valid URL", path=shown, hint="check the address") from exc
    _check_scheme(current, shown)
    headers = {
        "Accept": "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9",
        "User-Agent": "srgraph (shared-responsibility reader)",
    }
    client = httpx.Client(headers=headers, follow_redirects=False, trust_env=False)
    # the clock shuts the sockets down at the deadline, whatever a stalled server sends
    with Clock(deadline, timeout) as clock, client:
        for hop in range(MAX_REDIRECTS + 1):
            shown = redact(str(current))
            if clock.passed:
                raise _timed_out(shown, deadline)
            limit = clock.timeout()
            try:
                with client.stream(
                    "GET", current, timeout=limit, extensions={"trace": clock.trace}
                ) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        if hop == MAX_REDIRECTS:
                            raise InputError(
                                f"more than {MAX_REDIRECTS} redirects",
                                path=shown,
                                hint="open the address in a browser to see where it leads",
                            )
                        current = current.join(location)
                        _check_scheme(current, redact(str(current)))
                        continue
                    kind, charset = _check_response(response, shown)
                    data = _read_body(response, shown, max_bytes)
                if clock.passed:  # the clock cut the connection: the body may be short
                    raise _timed_out(shown, deadline)
            except httpx.TimeoutException as exc:
                raise _timed_out(shown, deadline if clock.passed else timeout) from exc
            except httpx.TransportError as exc:
                if clock.passed:
                    raise _timed_out(shown, deadline) from exc
                reason = " ".join(str(exc).split()) or type(exc).__name__
                raise RemoteError(
                    f"cannot fetch: {redact(reason)}", path=shown, hint="check the address"
                ) from exc
            if not kind:
                kind = "html" if looks_like_html(data) else "markdown"
            return Fetched(url=shown, data=data, format=kind, charset=charset)
    raise InputError(f"more than {MAX_REDIRECTS} redirects", path=shown)  # pragma: no cover


def _check_scheme(url: httpx.URL, shown: str) -> None:
    if url.scheme not in ("http", "https"):
        raise InputError(
            f"unsupported URL scheme '{url.scheme}'", path=shown, hint="use an http(s):// URL"
        )


def _timed_out(shown: str, seconds: float) -> RemoteError:
    return RemoteError(
        f"timed out after {seconds:.3g} s",
        path=shown,
        hint="the server is slow or unreachable; try again or raise the timeout",
    )


def _check_response(response: httpx.Response, shown: str) -> tuple[str, str | None]:
    """The document format and charset the response declares; errors for failures."""
    status = response.status_code
    if status >= 400:
        error = InputError if status < 500 else RemoteError
        raise error(
            f"HTTP {status} {response.reason_phrase}".strip(),
            path=shown,
            hint="check the address" if status < 500 else "the server failed; try again later",
        )
    if not 200 <= status < 300:
        raise RemoteError(f"unexpected HTTP {status} {response.reason_phrase}".strip(), path=shown)
    header = response.headers.get("content-type", "")
    media, _, params = header.partition(";")
    media = media.strip().lower()
    if media not in _TYPES:
        raise InputError(
            f"content type '{media or 'none'}' is not a document",
            path=shown,
            hint="srgraph reads HTML, Markdown and plain-text pages",
        )
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return _TYPES[media], charset


def _too_large(shown: str, max_bytes: int) -> InputError:
    return InputError(
        f"document is over the {max_bytes // 2**20} MiB limit",
        path=shown,
        hint="split it into smaller documents",
    )


def _read_body(response: httpx.Response, shown: str, max_bytes: int) -> bytes:
    """The body, streamed: never more than ``max_bytes`` + 1 bytes kept."""
    length = response.headers.get("content-length", "")
    digits = length.strip()
    if digits.isascii() and digits.isdigit() and len(digits) < 20 and int(digits) > max_bytes:
        raise _too_large(shown, max_bytes)
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk[: max_bytes + 1 - len(body)]
        if len(body) > max_bytes:
            raise _too_large(shown, max_bytes)
    return bytes(body)
