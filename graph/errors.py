"""The exception tree and the CLI exit codes it maps to."""

from __future__ import annotations

from .redact import clean

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_REMOTE",
    "EXIT_VALIDATION",
    "ExtractionError",
    "InputError",
    "QueryError",
    "RemoteError",
    "SrgraphError",
    "StoreError",
    "ValidationError",
]

EXIT_OK = 0
EXIT_INPUT = 2
"""Bad input: missing file, unreadable or empty document, bad front matter, nothing recognisable."""
EXIT_REMOTE = 3
"""A server could not be reached, refused the credentials or failed mid-request."""
EXIT_VALIDATION = 4
"""A graph does not conform to the SHACL shapes."""
EXIT_PARTIAL = 5
"""A batch finished but some documents failed (with --keep-going)."""
EXIT_INTERRUPTED = 130
"""Ctrl-C."""


class SrgraphError(Exception):
    """Base class: a message for the user (file, line or IRI, and a hint) and an exit code."""

    exit_code = EXIT_INPUT

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
        option: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        self.option = option
        """The keyword argument at fault (``output_dir``, ``merged`` …): a front end names its
        own option for it (the CLI: ``-o``, ``--merged``); the library never names CLI flags."""
        super().__init__(self.one_line())

    def one_line(self, flag: str | None = None) -> str:
        """``file:line: message (hint)`` on a single line, safe to print (graph/redact.py);
        ``flag`` is the front end's name for ``option``, added to the hint."""
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        text = f"{where}{self.message}"
        hints = [h for h in (self.hint, f"option {flag}" if flag else None) if h]
        if hints:
            text += f" (hint: {'; '.join(hints)})"
        return clean(" ".join(text.split()))  # no password, no terminal control character


class InputError(SrgraphError):
    """A source document or argument cannot be read or understood."""

    exit_code = EXIT_INPUT


class ExtractionError(InputError):
    """A document was read but holds nothing srgraph can model (e.g. no party)."""


class ValidationError(SrgraphError):
    """A graph does not conform to the SHACL shapes; the message names the offending node."""

    exit_code = EXIT_VALIDATION


class QueryError(SrgraphError):
    """A SPARQL query is malformed, unknown, or was given bad parameters."""

    exit_code = EXIT_INPUT


class StoreError(SrgraphError):
    """The embedded store cannot be opened or written."""

    exit_code = EXIT_INPUT


class RemoteError(SrgraphError):
    """A remote SPARQL / Graph Store server failed, refused credentials, or was unreachable."""

    exit_code = EXIT_REMOTE
