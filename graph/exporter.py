"""Export: source files -> every requested output file, per document stem, plus a merged dataset.

Runs the stages (read, extract, build, validate, serialize, draw) for each document, in worker
processes when there are several, holds a document's outputs in memory and writes each file
atomically, so a failed or killed run never leaves a half-written file. The merged dataset
(``--merged NAME``) is streamed to disk one document graph at a time.

Any failure of one document (an error, an unexpected exception, a worker process that dies) is
that document's error. On Ctrl-C the workers are killed and reaped before the interrupt goes on,
and temp files of this run are removed; those of earlier runs that were killed are removed at
the start of the next export into the same folder.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import errors
from .build import build_triples
from .dataset import DATASET_FORMATS, DatasetWriter, check_shards, open_dataset, shard_names
from .document import is_url, read_document
from .errors import EXIT_OK, EXIT_PARTIAL, InputError, SrgraphError
from .extract import extract_facts
from .namespaces import BASE, VOCABULARY_GRAPH
from .rdfio import shared_indexes
from .resources import BUNDLED_DOCUMENT
from .serialize import (
    FILE_EXTENSIONS,
    RDF_FORMATS,
    clean_stale_temps,
    serialize_graph,
    write_atomic,
)
from .triples import Triples, quad_line

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["DEFAULT_FORMATS", "ExportResult", "export", "find_documents"]

DEFAULT_FORMATS = ("ttl", "svg", "png")
DIAGRAM_FORMATS = ("svg", "png")
VIEW_FORMATS = ("html",)
PROPERTY_GRAPH_FORMATS = ("graphml", "neo4j", "cypher")
OSCAL_FORMAT = "oscal"
ALL_FORMATS = (
    *RDF_FORMATS,
    *DIAGRAM_FORMATS,
    *VIEW_FORMATS,
    *PROPERTY_GRAPH_FORMATS,
    OSCAL_FORMAT,
)
DIAGRAM_MODES = ("auto", "overview", "full", "pages")
MERGED_FORMATS = DATASET_FORMATS
_GRAPH_FORMATS = frozenset((*DIAGRAM_FORMATS, *VIEW_FORMATS, *PROPERTY_GRAPH_FORMATS, OSCAL_FORMAT))
"""Outputs made from an rdflib Graph (the RDF formats are written from the built lines)."""
DOCUMENT_SUFFIXES = (
    ".md",
    ".markdown",
    ".mdx",
    ".qmd",
    ".html",
    ".htm",
    ".adoc",
    ".asciidoc",
    ".asc",
    ".rst",
    ".rest",
)


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
    document: str = ""
    quads: bytes = b""
    shared: list[str] = field(default_factory=list)
    triples: int = 0
    unread: int = 0
    view: dict[str, Any] | None = None
    """The interactive view's data, kept for a merged page."""
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


def _split_shared(triples: Triples) -> tuple[list[str], list[str]]:
    """A document's own N-Triples lines, and the N-Quads lines of its vocabulary nodes'
    type/label triples (written once, in the vocabulary graph, in a merged dataset)."""
    lines = triples.lines  # sorted: the shared ones are found by bisection, not by a split
    shared = shared_indexes(lines)
    if not shared:
        return lines, []
    skip = set(shared)
    first, last = shared[0], shared[-1] + 1
    own = lines[:first] + [lines[k] for k in range(first, last) if k not in skip] + lines[last:]
    vocabulary = f"<{VOCABULARY_GRAPH}>"
    return own, [quad_line(lines[k], vocabulary) for k in shared]


def _quads_text(lines: list[str], graph: str) -> str:
    """N-Triples ``lines`` (each ending in " .") as N-Quads text in ``graph`` (an IRI token),
    each line ending in a newline: what ``quad_line`` gives each, in one join."""
    if not lines:
        return ""
    end = f" {graph} .\n"
    return end.join([line[:-2] for line in lines]) + end


def _reader_graph(triples: Triples, formats: Sequence[str]) -> Graph | None:
    """The rdflib Graph the outputs in ``formats`` read (None when none needs one): for
    diagrams alone, only the triples of the predicates they read (a large document's quotes,
    descriptions and category evidence are a third of its triples)."""
    needed = set(formats) & _GRAPH_FORMATS
    if not needed:
        return None
    if needed <= set(DIAGRAM_FORMATS):
        from .diagram import DIAGRAM_PREDICATES

        return triples.reader_graph(DIAGRAM_PREDICATES)
    return triples.reader_graph()


def render_document(
    path: Source,
    *,
    formats: Sequence[str],
    base: str = BASE,
    validate: bool = True,
    merged: bool = False,
    diagram: str = "auto",
) -> _Rendered:
    """All output files (name -> bytes) for one document, its warnings and, for a merged
    dataset, its N-Quads. The triples are built once and every format derives from them; an
    rdflib Graph is made only for the outputs that need one (JSON-LD, diagrams, property
    graphs)."""
    document = read_document(path)
    facts = extract_facts(document)
    triples = build_triples(facts, base=base)
    if validate:
        from .validate import validate_graph

        validate_graph(triples)
    stem = document.stem
    rendered = _Rendered(
        path=path,
        stem=stem,
        warnings=list(facts.warnings),
        triples=len(triples),
        unread=len(facts.unread),
    )
    for fmt in formats:
        if fmt in RDF_FORMATS:
            name = f"{stem}.{FILE_EXTENSIONS.get(fmt, fmt)}"
            rendered.files[name] = serialize_graph(triples, fmt=fmt)
    graph = _reader_graph(triples, formats)
    pictures = [f for f in formats if f in DIAGRAM_FORMATS]
    if graph is not None and pictures:
        from .diagram import render_diagram

        for suffix, data in render_diagram(graph, formats=pictures, mode=diagram).items():
            page = suffix not in DIAGRAM_FORMATS  # "2.svg": page 2 -> <stem>-2.svg
            rendered.files[f"{stem}-{suffix}" if page else f"{stem}.{suffix}"] = data
    if graph is not None and "html" in formats:
        from .view import render_view, view_data

        rendered.view = view_data(graph)
        rendered.files[f"{stem}.html"] = render_view([rendered.view])
        if not merged:
            rendered.view = None
    for fmt in (f for f in formats if f in PROPERTY_GRAPH_FORMATS):
        from .propertygraph import export_property_graph

        assert graph is not None
        for name, data in export_property_graph(graph, fmt=fmt).items():
            if name.startswith("graph."):
                name = name[len("graph.") :]  # graph.graphml -> <stem>.graphml
            rendered.files[f"{stem}.{name}"] = data
    if graph is not None and OSCAL_FORMAT in formats:
        from .oscal import export_oscal

        rendered.files.update(export_oscal(graph, name=stem))
    if merged:
        own, rendered.shared = _split_shared(triples)
        rendered.document = triples.document or base + stem
        rendered.quads = _quads_text(own, f"<{rendered.document}>").encode("utf-8")
    return rendered


def _render_safely(
    path: Source, formats: Sequence[str], base: str, validate: bool, merged: bool, diagram: str
) -> _Rendered:
    """Render one document; any failure comes back as its one-line message."""
    try:
        return render_document(
            path, formats=formats, base=base, validate=validate, merged=merged, diagram=diagram
        )
    except SrgraphError as exc:
        return _Rendered(path=path, error=exc.one_line(), error_type=type(exc).__name__)
    except RecursionError:
        return _Rendered(path=path, error=f"{path}: document nests too deeply to process")
    except MemoryError:
        return _Rendered(path=path, error=f"{path}: out of memory while processing the document")
    except Exception as exc:  # a bug met by this document: it fails, the batch goes on
        error = InputError(
            f"unexpected {type(exc).__name__}: {exc}",
            path=str(path),
            hint="a bug in srgraph; please report it with this document",
        )
        return _Rendered(path=path, error=error.one_line())


def _results(
    documents: list[Source],
    jobs: int,
    formats: Sequence[str],
    base: str,
    validate: bool,
    merged: bool,
    diagram: str,
) -> Generator[_Rendered, None, None]:
    """Rendered documents in the order given: in this process for one job or one document,
    else in ``jobs`` worker processes (stopped and reaped when the iterator is closed)."""
    args = (list(formats), base, validate, merged, diagram)
    if jobs <= 1 or len(documents) <= 1:
        with _fewer_full_collections():
            for path in documents:
                yield _render_safely(path, *args)
        return
    yield from _Workers(documents, min(jobs, len(documents)), args).results()


_GC_THRESHOLDS = (50_000, 10, 1000)
"""A young collection after 50,000 net allocations instead of Python's 700, and a full one 100
times rarer than its default: a document builds many short-lived, acyclic objects (a 1 MB page:
millions), and extraction leaves no cyclic garbage, so each young collection found nothing to
free and only traced the objects still in use (about 1 ms of CPU per bench document); a full
pass with the default rescanned all of them (a 1 MB page: a third of the export time)."""


@contextlib.contextmanager
def _fewer_full_collections() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*old)


# --- worker processes ----------------------------------------------------------------------------

_WATCH_SECONDS = 0.25


def _worker(conn: Connection, parent: int) -> None:
    """A worker: renders the documents the parent sends until told to stop or orphaned."""
    gc.set_threshold(*_GC_THRESHOLDS)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with(parent)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, args = task
        rendered = _render_safely(path, *args)
        try:
            conn.send((index, rendered))
        except (EOFError, OSError):
            return


def _die_with(parent: int) -> None:
    """A parent killed with kill -9 cannot stop its workers: they notice and exit (at once on
    Linux, where the kernel kills them; else within ``_WATCH_SECONDS``)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="srgraph-orphan-watch", daemon=True).start()


def _lost(path: Source, message: str) -> _Rendered:
    error = InputError(
        message,
        path=str(path),
        hint="it may need more memory than allowed, or crash a library: try it alone with -j 1",
    )
    return _Rendered(path=path, error=error.one_line())


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: int | None = None


class _Workers:
    """``jobs`` worker processes, one document at a time each, results in document order.

    At most ``4 * jobs`` documents are in flight or waiting to be yielded, so memory does not
    grow with the batch. A worker that dies fails its document only and is replaced. Closing
    the ``results`` iterator (end, error, Ctrl-C) kills and reaps every worker.
    """

    def __init__(
        self, documents: list[Source], jobs: int, args: tuple[list[str], str, bool, bool, str]
    ) -> None:
        self.documents = documents
        self.jobs = jobs
        self.args = args
        self.context = multiprocessing.get_context()
        self.slots: list[_Slot] = []

    def _spawn(self) -> _Slot:
        parent_conn, child_conn = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_worker, args=(child_conn, os.getpid()), name="srgraph-export", daemon=True
        )
        # the worker starts with SIGINT blocked until it ignores it: a Ctrl-C at that moment
        # cannot raise KeyboardInterrupt in it (a traceback, a lost document)
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            process.start()
            slot = _Slot(process, parent_conn)
            self.slots.append(slot)  # before a pending Ctrl-C is delivered: stop() kills it
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        child_conn.close()
        return slot

    def _died(self, slot: _Slot) -> _Rendered:
        index = slot.task
        assert index is not None
        path = self.documents[index]
        slot.process.join(timeout=5)
        code = slot.process.exitcode
        how = f"exit code {code}"
        if code is not None and code < 0:
            try:
                how = signal.Signals(-code).name
            except ValueError:
                how = f"signal {-code}"
        self._retire(slot)
        return _lost(path, f"the worker process died ({how}) while processing the document")

    def _retire(self, slot: _Slot) -> None:
        self.slots.remove(slot)
        with contextlib.suppress(OSError):
            slot.conn.close()
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=5)

    def results(self) -> Iterator[_Rendered]:
        total = len(self.documents)
        window = 4 * self.jobs
        done: dict[int, _Rendered] = {}
        sent = 0  # next document to send
        given = 0  # next document to yield
        failures = 0  # sends in a row that found their worker dead
        try:
            while given < total:
                while sent < total and sent < given + window:
                    for slot in [s for s in self.slots if s.task is None]:
                        if not slot.process.is_alive():  # died after its last answer
                            self._retire(slot)
                    idle = next((s for s in self.slots if s.task is None), None)
                    if idle is None and len(self.slots) < self.jobs:
                        idle = self._spawn()
                    if idle is None:
                        break
                    try:
                        idle.conn.send((sent, self.documents[sent], self.args))
                    except OSError:  # it died meanwhile: the document goes to another one
                        self._retire(idle)
                        failures += 1
                        if failures < 3:
                            continue
                        done[sent] = _lost(self.documents[sent], "no worker process would start")
                    else:
                        idle.task = sent
                    failures = 0
                    sent += 1
                while given in done:
                    yield done.pop(given)
                    given += 1
                if given >= total:
                    break
                busy = [s for s in self.slots if s.task is not None]
                if not busy:
                    continue
                ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy])
                for slot in busy:
                    if slot.conn in ready or slot.process.sentinel in ready:
                        self._collect(slot, done)
        finally:
            self.stop()

    def _collect(self, slot: _Slot, done: dict[int, _Rendered]) -> None:
        assert slot.task is not None
        try:
            if not slot.conn.poll():
                raise EOFError
            index, rendered = slot.conn.recv()
        except (EOFError, OSError):
            done[slot.task] = self._died(slot)
            return
        except Exception as exc:  # an answer that does not unpickle
            done[slot.task] = _lost(
                self.documents[slot.task], f"unexpected {type(exc).__name__}: {exc}"
            )
            self._retire(slot)
            return
        done[index] = rendered
        slot.task = None

    def stop(self) -> None:
        """Kill and reap every worker (at the end they are idle: nothing is lost)."""
        slots, self.slots = self.slots, []
        for slot in slots:
            with contextlib.suppress(OSError):
                slot.conn.close()
            with contextlib.suppress(OSError, ValueError):
                slot.process.kill()
        for slot in slots:
            with contextlib.suppress(OSError, ValueError, AssertionError):
                slot.process.join(timeout=10)


class _MergedOscal:
    """The OSCAL export of a merged dataset: the documents' quads gathered in one rdflib
    Graph (OSCAL's writer needs the whole corpus at once)."""

    def __init__(self) -> None:
        from rdflib import Graph

        self.graph = Graph()

    def add(self, quads: bytes, shared: list[str]) -> None:
        import pyoxigraph as ox

        from .rdfio import from_ox

        data = quads + "".join(f"{line}\n" for line in shared).encode()
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            self.graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))

    def write(self, output_dir: Path, name: str) -> list[Path]:
        from .oscal import export_oscal

        written = []
        for file, data in export_oscal(self.graph, name=name).items():
            write_atomic(output_dir / file, data)
            written.append(output_dir / file)
        return written


def export(
    sources: Sequence[Source] = (),
    *,
    output_dir: Path,
    formats: Sequence[str] | None = None,
    base: str | None = None,
    validate: bool = True,
    keep_going: bool | None = None,
    merged: str | None = None,
    shards: int | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    diagram: str = "auto",
) -> ExportResult:
    """Export documents (files, folders or http(s) URLs; none = the bundled page) into
    ``output_dir``.

    One file that fails raises its SrgraphError. With ``keep_going`` (the default for a batch: a
    folder or several documents) a failed document is reported in ``failed`` and the others are
    exported; with ``keep_going=False`` the first failure raises. ``merged`` also writes
    ``NAME.nq`` / ``NAME.trig`` with one named graph per document. ``jobs`` worker processes
    (default: all cores for several documents); ``progress(done, total)`` is called with the
    total first, then after each document.
    ``diagram`` is the diagram mode (auto, overview, full, pages: see graph.diagram); with
    ``html`` and ``merged`` a ``NAME.html`` view of every document is written too.
    """
    chosen = _check_formats(formats)
    if diagram not in DIAGRAM_MODES:
        raise InputError(
            f"unknown diagram mode {diagram!r}", hint=f"choose from {','.join(DIAGRAM_MODES)}"
        )
    if shards is not None and merged is None:
        raise InputError(
            "shards need a merged dataset, and none is named",
            hint="name the merged dataset",
            option="merged",
        )
    if shards is not None:
        check_shards(shards)
    if merged is not None:
        _check_merged_name(merged, shards)
    output_dir = Path(output_dir)
    _check_output(output_dir)
    sources = list(sources) or [BUNDLED_DOCUMENT]
    documents = find_documents(sources)
    if merged is not None:
        _check_merged_stems(merged, documents)
    if keep_going is None:  # a batch (several documents, or a folder) keeps going by default
        keep_going = len(documents) > 1 or any(not is_url(s) and Path(s).is_dir() for s in sources)
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    base = base or BASE
    from .build import document_node

    document_node("x", base=base)  # checks the base IRI before any work starts
    if output_dir.is_dir():
        clean_stale_temps(output_dir)  # left by runs killed with kill -9
    result = ExportResult()
    writer: DatasetWriter | None = None
    oscal: _MergedOscal | None = None
    # with a merged dataset, nq and trig name its formats: not written per document as well
    per_document = [f for f in chosen if merged is None or f not in MERGED_FORMATS]
    args = (per_document, base, validate, merged is not None, diagram)
    results = _results(documents, workers, *args)
    views: list[dict[str, Any]] = []
    stems: dict[str, Source] = {}
    finished = False
    if progress is not None:
        progress(0, len(documents))  # the total is known before the first document ends
    try:
        writer = open_dataset(output_dir, merged, formats=chosen, shards=shards) if merged else None
        oscal = _MergedOscal() if merged and OSCAL_FORMAT in chosen else None
        for done, rendered in enumerate(results, start=1):
            if progress is not None:
                progress(done, len(documents))
            if rendered.error is None and merged is not None and _same_name(rendered.stem, merged):
                rendered.error = InputError(
                    f"its file stem {rendered.stem!r} is the merged dataset name",
                    path=str(rendered.path),
                    hint="choose another name for the merged dataset",
                    option="merged",
                ).one_line()
            too_long = sorted(n for n in rendered.files if _name_too_long(Path(n)))
            if rendered.error is None and too_long:
                rendered.error = InputError(
                    f"output file name {too_long[0]!r} is too long",
                    path=str(rendered.path),
                    hint=f"file names hold at most {_NAME_MAX} bytes: rename the document",
                ).one_line()
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
            for name in sorted(rendered.files):  # a full disk or read-only folder stops all
                target = output_dir / name
                write_atomic(target, rendered.files[name])
                result.written.append(target)
            if writer is not None:
                writer.add(rendered.document, rendered.quads, rendered.shared)
            if oscal is not None:
                oscal.add(rendered.quads, rendered.shared)
            if rendered.view is not None:
                views.append(rendered.view)
        if writer is not None:
            result.written.extend(writer.close())
            writer = None
        if oscal is not None and merged is not None:
            result.written.extend(oscal.write(output_dir, merged))
        if merged is not None and "html" in chosen:
            from .view import render_view

            target = output_dir / f"{merged}.html"
            write_atomic(target, render_view(views, title=merged))
            result.written.append(target)
        finished = True
    finally:
        results.close()  # kills and reaps the workers now (Ctrl-C, an error), not at exit
        if writer is not None:
            writer.abort()
        if not finished and output_dir.is_dir():
            clean_stale_temps(output_dir, own=True)
    return result


def _same_name(stem: str, merged: str) -> bool:
    return stem.casefold() == merged.casefold()


_NAME_MAX = 255
"""Bytes in a file name on common file systems (ext4, XFS, APFS, NTFS in UTF-16 units)."""


def _name_too_long(path: Path) -> bool:
    return len(path.name.encode("utf-8")) > _NAME_MAX


def _check_merged_name(merged: str, shards: int | None = None) -> None:
    if (
        not merged
        or "/" in merged
        or "\\" in merged
        or merged.startswith(".")
        or any(ord(c) < 32 or ord(c) == 127 for c in merged)
    ):
        raise InputError(f"invalid merged dataset name {merged!r}", hint="use a plain file stem")
    longest = shard_names(merged, shards)[-1] if shards else f"{merged}.trig"
    if _name_too_long(Path(longest)):
        raise InputError(
            f"merged dataset name is {len(merged.encode('utf-8'))} bytes long",
            hint=f"file names hold at most {_NAME_MAX} bytes: use a shorter name",
        )


def _check_merged_stems(merged: str, documents: Sequence[Source]) -> None:
    """A merged name equal to a document's stem would overwrite or mix with its files."""
    from .document.fetch import url_stem

    for source in documents:
        if is_url(source):
            stem = url_stem(str(source))
        else:
            path = Path(source)
            stem = path.stem if path.suffix else path.name
        if _same_name(stem, merged):
            raise InputError(
                f"the merged dataset name {merged!r} is the file stem of {source}",
                hint="choose another name for the merged dataset, or its files would be "
                "overwritten",
                option="merged",
            )


def _check_output(output_dir: Path) -> None:
    """The output folder, or its nearest existing parent, must be a writable folder."""
    probe = output_dir
    while not probe.exists() and not probe.is_symlink() and probe != probe.parent:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        where = "" if probe == output_dir else f" (in the way of {output_dir})"
        raise InputError(
            f"is a file, not a folder{where}",
            path=str(probe),
            hint="name an output folder",
            option="output_dir",
        )
    if probe.is_symlink() and not probe.exists():
        raise InputError(
            "is a broken symbolic link", path=str(probe), hint="name a folder", option="output_dir"
        )
    if probe.is_dir() and not os.access(probe, os.W_OK | os.X_OK):
        raise InputError(
            "output folder is not writable",
            path=str(probe),
            hint="choose another output folder",
            option="output_dir",
        )


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
