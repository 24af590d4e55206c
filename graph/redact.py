"""Make text safe to print: passwords in URLs hidden, terminal control characters escaped.

Every error message goes through :func:`clean` (``SrgraphError.one_line``), so a password in an
endpoint URL (``http://user:secret@host/``) or an escape sequence in a file name or a server's
answer never reaches the terminal as is.
"""

from __future__ import annotations

import re

__all__ = ["clean", "escape_controls", "redact_urls"]

# scheme://userinfo@ : the userinfo runs to the last '@' before the path, query or fragment
_USERINFO = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*://)([^/?#\s]*)@")
# C0 and C1 controls but tab, newline and carriage return (whitespace; one_line folds them), DEL,
# and the bidirectional overrides and isolates (they reorder what the terminal shows)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _hide(match: re.Match[str]) -> str:
    user, colon, _ = match.group(2).partition(":")
    return f"{match.group(1)}{user + ':***' if colon else '***'}@"


def redact_urls(text: str) -> str:
    """``text`` with the password of every URL replaced by ``***`` (``http://user:***@host/``);
    a user name alone (often a token) is hidden entirely (``http://***@host/``)."""
    return _USERINFO.sub(_hide, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with terminal control characters written as ``\\x1b`` / ``\\u202e``."""
    return _CONTROLS.sub(_escape, text)


def clean(text: str) -> str:
    """Redacted and escaped: safe to print on a terminal."""
    return escape_controls(redact_urls(text))
