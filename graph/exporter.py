"""Export: source files -> every requested output file, per document stem, plus a merged dataset.

Runs the stages (read, extract, build, validate, serialize, draw) for each document, in a process
pool when there are several, holds a document's outputs in memory and writes each file
atomically, so a failed or killed run never leaves a half-written file. The merged dataset
(``--merged NAME``) is streamed to disk one document graph at a time.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from . import errors
from .build import build_graph
from .document import is_url, read_document
from .errors import EXIT_OK, EXIT_PARTIAL, InputError, SrgraphError
from .extract import extract_facts
from .namespaces import BASE, RDF, RDFS, SKOS, VOCAB, VOCABULARY_GRAPH
from .resources import BUNDLED_DOCUMENT
from .serialize import (
    FILE_EXTENSIONS,
    RDF_FORMATS,
    document_iri,
    quad_lines,
    serialize_graph,
    write_atomic,
)

__all__ = ["DEFAULT_FORMATS", "ExportResult", "export", "find_documents"]

DEFAULT_FORMATS = ("ttl", "svg", "png")
DIAGRAM_FORMATS = ("svg", "png")
PROPERTY_GRAPH_FORMATS = ("graphml", "neo4j", "cypher")
ALL_FORMATS = (*RDF_FORMATS, *DIAGRAM_FORMATS, *PROPERTY_GRAPH_FORMATS)
MERGED_FORMATS = ("nq", "trig")
DOCUMENT_SUFFIXES = (".md", ".markdown", ".html", ".htm")
_SHARED_PREDICATES = {RDF.type, RDFS.label, SKOS.prefLabel}


@dataclass
class ExportResult:
    """What an export wrote, what it warned about and which documents failed."""

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    documents: int = 0
    triples: int = 0
    unread: dict[str, int] = field(default_factory=dict)
    """Source -> number of lines that read like responsibilities but gave no fact."""

    @property
    def exit_code(self) -> int:
        """0 when every document was exported, 5 when some failed (see errors.py)."""
        return EXIT_PARTIAL if self.failed else EXIT_OK


Source = Path | str
"""A file or folder path, or an http(s) URL (a string)."""


@dataclass
class _Rendered:
    path: Source
    stem: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    quads: bytes = b""
    shared: list[str] = field(default_factory=list)
    triples: int = 0
    unread: int = 0
    error: str | None = None
    error_type: str = "InputError"


def find_documents(sources: Sequence[Source]) -> list[Source]:
    """Expand folders into their Markdown and HTML files (sorted; symlinked folders are not
    followed); URLs are kept as they are."""
    found: list[Source] = []
    for source in sources:
        if is_url(source):
            found.append(str(source))
            continue
        source = Path(source)
        if source.is_dir():
            docs: list[Path] = []
            for root, dirs, files in os.walk(source, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                docs.extend(
                    Path(root) / f for f in sorted(files) if f.lower().endswith(DOCUMENT_SUFFIXES)
                )
            if not docs:
                raise InputError(
                    "folder holds no Markdown documents or HTML pages",
                    path=str(source),
                    hint="expected *.md or *.html",
                )
            found.extend(sorted(docs))
        elif source.exists() or source.is_symlink():
            found.append(source)
        else:
            raise InputError("no such file or folder", path=str(source), hint="check the path")
    return found


def _check_formats(formats: Sequence[str] | None) -> list[str]:
    chosen = list(formats) if formats else list(DEFAULT_FORMATS)
    unknown = [f for f in chosen if f not in ALL_FORMATS]
    if unknown:
        raise InputError(
            f"unknown format {', '.join(map(repr, unknown))}",
            hint=f"choose from {','.join(ALL_FORMATS)}",
        )
    return list(dict.fromkeys(chosen))


def _split_shared(graph: Graph) -> tuple[list[tuple[Node, Node, Node]], list[str]]:
    """Separate the vocabulary nodes' type/label triples (written once in a merged dataset)."""
    own: list[tuple[Node, Node, Node]] = []
    shared: list[tuple[Node, Node, Node]] = []
    vocab = str(VOCAB)
    for s, p, o in graph:
        if p in _SHARED_PREDICATES and isinstance(s, URIRef) and s.startswith(vocab):
            shared.append((s, p, o))
        else:
            own.append((s, p, o))
    return own, quad_lines(shared, URIRef(VOCABULARY_GRAPH))


def render_document(
    path: Source,
    *,
    formats: Sequence[str],
    base: str = BASE,
    validate: bool = True,
    merged: bool = False,
) -> _Rendered:
    """All output files (name -> bytes) for one document, its warnings and, for a merged
    dataset, its N-Quads."""
    document = read_document(path)
    facts = extract_facts(document)
    graph = build_graph(facts, base=base)
    if validate:
        from .validate import validate_graph

        validate_graph(graph)
    stem = document.stem
    rendered = _Rendered(
        path=path,
        stem=stem,
        warnings=list(facts.warnings),
        triples=len(graph),
        unread=len(facts.unread),
    )
    for fmt in formats:
        if fmt in RDF_FORMATS:
            name = f"{stem}.{FILE_EXTENSIONS.get(fmt, fmt)}"
            rendered.files[name] = serialize_graph(graph, fmt=fmt)
    diagram = [f for f in formats if f in DIAGRAM_FORMATS]
    if diagram:
        from .diagram import render_diagram

        for fmt, data in render_diagram(graph, formats=diagram).items():
            rendered.files[f"{stem}.{fmt}"] = data
    for fmt in (f for f in formats if f in PROPERTY_GRAPH_FORMATS):
        from .propertygraph import export_property_graph

        for name, data in export_property_graph(graph, fmt=fmt).items():
            if name.startswith("graph."):
                name = name[len("graph.") :]  # graph.graphml -> <stem>.graphml
            rendered.files[f"{stem}.{name}"] = data
    if merged:
        own, rendered.shared = _split_shared(graph)
        name = document_iri(graph) or URIRef(f"{base}{stem}")
        rendered.quads = "".join(line + "\n" for line in quad_lines(own, name)).encode("utf-8")
    return rendered


def _render_safely(
    path: Source, formats: Sequence[str], base: str, validate: bool, merged: bool
) -> _Rendered:
    """Process-pool entry point: errors come back as their one-line message."""
    try:
        return render_document(path, formats=formats, base=base, validate=validate, merged=merged)
    except SrgraphError as exc:
        return _Rendered(path=path, error=exc.one_line(), error_type=type(exc).__name__)
    except RecursionError:
        return _Rendered(path=path, error=f"{path}: document nests too deeply to process")


def _results(
    documents: list[Source],
    jobs: int,
    formats: Sequence[str],
    base: str,
    validate: bool,
    merged: bool,
) -> Iterator[_Rendered]:
    if jobs <= 1 or len(documents) <= 1:
        for path in documents:
            yield _render_safely(path, formats, base, validate, merged)
        return
    n = len(documents)
    chunk = max(1, min(32, n // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts) as pool:
        yield from pool.map(
            _render_safely,
            documents,
            [formats] * n,
            [base] * n,
            [validate] * n,
            [merged] * n,
            chunksize=chunk,
        )


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly (exit 130, no tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _MergedWriter:
    """Streams each document's named graph to ``NAME.nq`` (temp file, renamed at the end), then
    the vocabulary graph once; TriG is converted from it by pyoxigraph, also streaming."""

    def __init__(self, output_dir: Path, name: str, formats: Sequence[str]) -> None:
        self.output_dir = Path(output_dir)
        self.name = name
        self.formats = [f for f in formats if f in MERGED_FORMATS] or list(MERGED_FORMATS)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.nq.", suffix=".tmp", dir=self.output_dir)
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, "wb")
        self.shared: set[str] = set()

    def add(self, rendered: _Rendered) -> None:
        self.fh.write(rendered.quads)
        self.shared.update(rendered.shared)

    def close(self) -> list[Path]:
        self.fh.write("".join(line + "\n" for line in sorted(self.shared)).encode("utf-8"))
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        written: list[Path] = []
        if "trig" in self.formats:
            written.append(self._trig())
        nq = self.output_dir / f"{self.name}.nq"
        if "nq" in self.formats:
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, nq)
            written.append(nq)
        else:
            self.tmp.unlink()
        return written

    def _trig(self) -> Path:
        import pyoxigraph as ox

        from .namespaces import PREFIXES

        target = self.output_dir / f"{self.name}.trig"
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}

        def chunks() -> Iterator[bytes]:
            with open(self.tmp, "rb") as fh:
                quads = ox.parse(fh, format=ox.RdfFormat.N_QUADS)
                data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
                assert isinstance(data, bytes)
                yield data

        write_atomic(target, chunks())
        return target

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self.fh.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def export(
    sources: Sequence[Source] = (),
    *,
    output_dir: Path = Path("output"),
    formats: Sequence[str] | None = None,
    base: str | None = None,
    validate: bool = True,
    keep_going: bool | None = None,
    merged: str | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Export documents (files, folders or http(s) URLs; none = the bundled page) into
    ``output_dir``.

    One file that fails raises its SrgraphError. With ``keep_going`` (the default when a folder
    is given) a failed document is reported in ``failed`` and the others are exported; with
    ``keep_going=False`` the first failure raises. ``merged`` also writes ``NAME.nq`` /
    ``NAME.trig`` with one named graph per document. ``jobs`` worker processes (default: all
    cores for several documents); ``progress(done, total)`` is called after each document.
    """
    chosen = _check_formats(formats)
    sources = list(sources) or [BUNDLED_DOCUMENT]
    documents = find_documents(sources)
    if keep_going is None:
        keep_going = any(not is_url(s) and Path(s).is_dir() for s in sources)
    if merged is not None and (not merged or "/" in merged or merged.startswith(".")):
        raise InputError(f"invalid merged dataset name {merged!r}", hint="use a plain file stem")
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    base = base or BASE
    from .build import document_node

    document_node("x", base=base)  # checks the base IRI before any work starts
    result = ExportResult()
    writer = _MergedWriter(output_dir, merged, chosen) if merged else None
    stems: dict[str, Source] = {}
    try:
        for done, rendered in enumerate(
            _results(documents, workers, chosen, base, validate, merged is not None), start=1
        ):
            if progress is not None:
                progress(done, len(documents))
            if rendered.error is not None:
                if not keep_going:
                    error_class = getattr(errors, rendered.error_type, SrgraphError)
                    raise error_class(rendered.error)
                result.failed.append(rendered.error)
                continue
            stem = rendered.stem
            if stem in stems:
                result.warnings.append(
                    f"{rendered.path}: same file stem as {stems[stem]}; its files replace the "
                    "earlier ones in the output folder"
                )
            stems[stem] = rendered.path
            result.documents += 1
            result.triples += rendered.triples
            result.warnings.extend(rendered.warnings)
            if rendered.unread:
                result.unread[str(rendered.path)] = rendered.unread
            for name in sorted(rendered.files):
                target = Path(output_dir) / name
                write_atomic(target, rendered.files[name])
                result.written.append(target)
            if writer is not None:
                writer.add(rendered)
        if writer is not None:
            result.written.extend(writer.close())
            writer = None
    finally:
        if writer is not None:
            writer.abort()
    return result


def progress_bar(enabled: bool) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A rich progress bar with documents/s on a terminal (no-op when disabled or not a tty)."""
    if not enabled or not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(
        TextColumn("exporting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        transient=True,
    )
    task = bar.add_task("export", total=None, rate="-")
    bar.start()

    def update(done: int, total: int) -> None:
        elapsed = bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.0f}" if elapsed > 0 else "-"
        bar.update(task, completed=done, total=total, rate=rate)

    return update, bar.stop
