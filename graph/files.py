"""Reading local files safely: only regular files, never more than a limit + 1 byte.

Shared by the document reader (graph/document), RDF reading (graph/store.py) and query files.
A FIFO, a device (``/dev/zero``), a socket or a directory, also behind a symlink, is refused
with one InputError before anything is read: a FIFO never makes srgraph wait for a writer.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

__all__ = ["open_regular", "read_limited", "too_large"]


def too_large(size: int, display: str, limit: int, what: str, hint: str | None) -> InputError:
    return InputError(
        f"{what} is {size / 2**20:.1f} MiB, over the {limit // 2**20} MiB limit",
        path=display,
        hint=hint,
    )


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_regular(mode: int, path: Path, display: str, what: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputError(
            f"is a directory, not a{'n' if what[0] in 'aeiou' else ''} {what}", path=display
        )
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    target = f" ({os.path.realpath(path)})" if os.path.islink(path) else ""
    raise InputError(
        f"is {kind}{target}, not a regular file: not read",
        path=display,
        hint=f"pass a regular {what} file",
    )


def open_regular(
    path: Path | str, display: str | None = None, *, what: str = "document"
) -> BinaryIO:
    """Open a regular file for reading. A FIFO, device, socket or directory (also behind a
    symlink) is refused before anything is read: it is checked before opening, and again on the
    open file (opened non-blocking, so a FIFO swapped in meanwhile cannot make the open wait).
    Errors are InputError naming ``display`` (default: the path)."""
    path = Path(path)
    display = str(path) if display is None else display
    try:
        _check_regular(os.stat(path).st_mode, path, display, what)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise InputError("no such file", path=display, hint="check the path") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=display) from exc
    try:
        _check_regular(os.fstat(fd).st_mode, path, display, what)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(
    path: Path | str,
    display: str | None = None,
    *,
    limit: int,
    what: str = "document",
    hint: str | None = None,
) -> bytes:
    """The bytes of a regular file (see ``open_regular``), refused when over ``limit``: its size
    is checked before reading, and never more than ``limit + 1`` bytes are read (a file that
    grows meanwhile is refused too)."""
    display = str(path) if display is None else display
    with open_regular(path, display, what=what) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise too_large(size, display, limit, what, hint)
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=display) from exc
    if len(data) > limit:
        raise too_large(len(data), display, limit, what, hint)
    return data
