"""The merged dataset of an export: every document's named graph, then the vocabulary graph
once, streamed to disk as the documents arrive.

Either one N-Quads file ``NAME.nq`` (with ``NAME.trig`` converted from it by pyoxigraph, file
to file), or ``shards`` gzip N-Quads files ``NAME-0000.nq.gz`` … for bulk loaders (Virtuoso's
``ld_dir``, Neptune's loader, Jena's ``tdb2.xloader``, QLever), a document's shard chosen by a
hash of its IRI, plus ``NAME-vocab.nq.gz`` with the vocabulary graph. Files are written under
temp names and renamed when the export is complete: an interrupted export leaves none of them.
The bytes are deterministic (gzip without a name or a time).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from .errors import InputError
from .serialize import output_error, temp_file, write_atomic

__all__ = [
    "DATASET_FORMATS",
    "MAX_SHARDS",
    "DatasetWriter",
    "check_shards",
    "open_dataset",
    "shard_names",
]

DATASET_FORMATS = ("nq", "trig")
MAX_SHARDS = 1000
"""Shards are open at once while the export runs: a bound on its open files."""
_LEVEL = 1
"""gzip level of the shards: a sixth bigger than level 6, at half the CPU (they are written by
the exporting process while its workers read and build)."""


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...
    def fileno(self) -> int: ...


class DatasetWriter:
    """Temp files in the output folder, each renamed to its final name on ``close``."""

    def __init__(self, output_dir: Path, names: Sequence[str]) -> None:
        self.output_dir = Path(output_dir)
        self.targets = [self.output_dir / n for n in names]
        self.temps: list[Path] = []
        self.files: list[_Sink] = []
        self.shared: set[str] = set()
        try:
            self.output_dir.mkdir(parents=True, exist_ok=True)
            for target in self.targets:
                fd, tmp = temp_file(self.output_dir, target.name)
                self.temps.append(tmp)
                self.files.append(os.fdopen(fd, "wb"))
        except OSError as exc:
            self.abort()
            failed = self.targets[min(len(self.temps), len(self.targets) - 1)]
            raise output_error(exc, failed) from exc

    def add(self, document: str, quads: bytes, shared: Iterable[str]) -> None:
        """One document's N-Quads (its named graph) and its vocabulary lines (kept once)."""
        index = self.slot(document)
        try:
            self.files[index].write(quads)
        except OSError as exc:
            raise output_error(exc, self.targets[index]) from exc
        self.shared.update(shared)

    def slot(self, document: str) -> int:
        return 0

    def vocabulary(self) -> bytes:
        return "".join(line + "\n" for line in sorted(self.shared)).encode("utf-8")

    def close(self) -> list[Path]:
        """Finish the dataset: the vocabulary graph, then every file fsynced and renamed into
        place; the paths written."""
        raise NotImplementedError

    def commit(self, index: int) -> Path:
        target = self.targets[index]
        try:
            self.files[index].flush()
            os.fsync(self.files[index].fileno())
            self.files[index].close()
            os.chmod(self.temps[index], 0o644)
            os.replace(self.temps[index], target)
        except OSError as exc:
            raise output_error(exc, target) from exc
        return target

    def abort(self) -> None:
        """Close and remove the temp files (an interrupted or failed export)."""
        for fh in self.files:
            with contextlib.suppress(OSError):
                fh.close()
        for tmp in self.temps:
            with contextlib.suppress(OSError):
                tmp.unlink()


class _Merged(DatasetWriter):
    """``NAME.nq``, then ``NAME.trig`` converted from it (as ``formats`` ask)."""

    def __init__(self, output_dir: Path, name: str, formats: Sequence[str]) -> None:
        super().__init__(output_dir, [f"{name}.nq"])
        self.name = name
        self.formats = [f for f in formats if f in DATASET_FORMATS] or list(DATASET_FORMATS)

    def close(self) -> list[Path]:
        try:
            self.files[0].write(self.vocabulary())
        except OSError as exc:
            raise output_error(exc, self.targets[0]) from exc
        written: list[Path] = []
        if "trig" in self.formats:
            self.files[0].flush()
            written.append(self._trig())
        if "nq" in self.formats:
            written.append(self.commit(0))
        else:
            self.abort()
        return written

    def _trig(self) -> Path:
        """TriG converted from the N-Quads temp file by pyoxigraph, streamed from file to file
        (the dataset is never whole in memory)."""
        import pyoxigraph as ox

        from .namespaces import PREFIXES

        target = self.output_dir / f"{self.name}.trig"
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        source_path = self.temps[0]

        def convert(out: BinaryIO) -> None:
            with open(source_path, "rb") as source:
                quads = ox.parse(source, format=ox.RdfFormat.N_QUADS)
                ox.serialize(quads, out, format=ox.RdfFormat.TRIG, prefixes=prefixes)

        write_atomic(target, convert)
        return target


class _Shards(DatasetWriter):
    """``shards`` gzip N-Quads files and the vocabulary graph's own gzip file."""

    def __init__(self, output_dir: Path, name: str, shards: int) -> None:
        super().__init__(output_dir, shard_names(name, shards))
        self.shards = shards
        self.raw = list(self.files)
        self.files = [
            gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=_LEVEL, mtime=0)
            for fh in self.raw
        ]

    def slot(self, document: str) -> int:
        digest = hashlib.sha1(document.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.shards

    def commit(self, index: int) -> Path:
        try:
            self.files[index].close()  # the gzip trailer; the file stays open
        except OSError as exc:
            raise output_error(exc, self.targets[index]) from exc
        self.files[index] = self.raw[index]
        return super().commit(index)

    def close(self) -> list[Path]:
        last = len(self.targets) - 1
        try:
            self.files[last].write(self.vocabulary())
        except OSError as exc:
            raise output_error(exc, self.targets[last]) from exc
        return [self.commit(i) for i in range(len(self.targets))]

    def abort(self) -> None:
        for fh in self.files:
            with contextlib.suppress(OSError, ValueError):
                fh.close()
        self.files = list(self.raw)
        super().abort()


def shard_names(name: str, shards: int) -> list[str]:
    """The file names of ``shards`` shards of dataset ``name``, the vocabulary graph's last."""
    return [*(f"{name}-{i:04d}.nq.gz" for i in range(shards)), f"{name}-vocab.nq.gz"]


def open_dataset(
    output_dir: Path, name: str, *, formats: Sequence[str] = (), shards: int | None = None
) -> DatasetWriter:
    """The writer of dataset ``name`` in ``output_dir``: ``shards`` gzip N-Quads shards, or
    ``NAME.nq`` / ``NAME.trig`` (those of ``formats``, both if it names neither)."""
    if shards is None:
        return _Merged(output_dir, name, formats)
    check_shards(shards)
    return _Shards(output_dir, name, shards)


def check_shards(shards: int) -> None:
    """A shard count from 1 to ``MAX_SHARDS`` (InputError otherwise)."""
    if not 1 <= shards <= MAX_SHARDS:
        raise InputError(
            f"{shards} shards: between 1 and {MAX_SHARDS}",
            hint="a few per loader thread",
            option="shards",
        )
