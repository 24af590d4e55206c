"""Export: source files -> every requested output file, per document stem.

Runs the stages (read, extract, build, validate, serialize, draw) for each document, holds all of
a document's outputs in memory, then writes each file atomically, so a failed document never
leaves a half-written file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .build import build_graph
from .document import read_document
from .errors import EXIT_OK, EXIT_PARTIAL, InputError, SrgraphError
from .extract import extract_facts
from .namespaces import BASE
from .resources import BUNDLED_DOCUMENT
from .serialize import FILE_EXTENSIONS, RDF_FORMATS, serialize_graph, write_atomic

__all__ = ["DEFAULT_FORMATS", "ExportResult", "export", "find_documents"]

DEFAULT_FORMATS = ("ttl", "svg", "png")
DIAGRAM_FORMATS = ("svg", "png")
PROPERTY_GRAPH_FORMATS = ("graphml", "neo4j", "cypher")
ALL_FORMATS = (*RDF_FORMATS, *DIAGRAM_FORMATS, *PROPERTY_GRAPH_FORMATS)
DOCUMENT_SUFFIXES = (".md", ".markdown")


@dataclass
class ExportResult:
    """What an export wrote, what it warned about and which documents failed."""

    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every document was exported, 5 when some failed (see errors.py)."""
        return EXIT_PARTIAL if self.failed else EXIT_OK


def find_documents(sources: Sequence[Path]) -> list[Path]:
    """Expand folders into their Markdown files (sorted, symlinked folders not followed)."""
    found: list[Path] = []
    for source in sources:
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
                    "folder holds no Markdown documents", path=str(source), hint="expected *.md"
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


def render_document(
    path: Path, *, formats: Sequence[str], base: str, validate: bool
) -> tuple[dict[str, bytes], list[str]]:
    """All output files (name -> bytes) for one document, and its warnings."""
    document = read_document(path)
    facts = extract_facts(document)
    graph = build_graph(facts, base=base)
    if validate:
        from .validate import validate_graph

        validate_graph(graph)
    stem = document.stem
    files: dict[str, bytes] = {}
    for fmt in formats:
        if fmt in RDF_FORMATS:
            files[f"{stem}.{FILE_EXTENSIONS.get(fmt, fmt)}"] = serialize_graph(graph, fmt=fmt)
    diagram = [f for f in formats if f in DIAGRAM_FORMATS]
    if diagram:
        from .diagram import render_diagram

        for fmt, data in render_diagram(graph, formats=diagram).items():
            files[f"{stem}.{fmt}"] = data
    for fmt in (f for f in formats if f in PROPERTY_GRAPH_FORMATS):
        from .propertygraph import export_property_graph

        for name, data in export_property_graph(graph, fmt=fmt).items():
            files[f"{stem}.{name}" if not name.startswith(stem) else name] = data
    return files, list(facts.warnings)


def export(
    sources: Sequence[Path] = (),
    *,
    output_dir: Path = Path("output"),
    formats: Sequence[str] | None = None,
    base: str | None = None,
    validate: bool = True,
    keep_going: bool | None = None,
) -> ExportResult:
    """Export documents (files or folders; none = the bundled page) into ``output_dir``.

    A single file that fails raises its SrgraphError. For folders, ``keep_going`` (the default
    there) reports a failed document in ``failed`` and goes on with the others.
    """
    chosen = _check_formats(formats)
    sources = list(sources) or [BUNDLED_DOCUMENT]
    documents = find_documents(sources)
    if keep_going is None:
        keep_going = any(Path(s).is_dir() for s in sources)
    result = ExportResult()
    for path in documents:
        try:
            files, warnings = render_document(
                path, formats=chosen, base=base or BASE, validate=validate
            )
        except SrgraphError as exc:
            if not keep_going:
                raise
            result.failed.append(exc.one_line())
            continue
        result.warnings.extend(warnings)
        for name in sorted(files):
            target = Path(output_dir) / name
            write_atomic(target, files[name])
            result.written.append(target)
    return result
