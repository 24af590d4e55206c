"""Validation: a graph against the SHACL shapes of ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from .errors import ValidationError
from .namespaces import SH
from .resources import ontology_path

__all__ = ["ValidationReport", "Violation", "validate_files", "validate_graph"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the focus node, the property path and the message."""

    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"<{self.focus}>{where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one graph."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


@cache
def _shapes(path: Path) -> Graph:
    """A shapes graph (Turtle): a regular file only, parse errors as one InputError line."""
    from .rdfio import parse_rdf, read_rdf_bytes

    graph = Graph()
    parse_rdf(graph, read_rdf_bytes(path), "turtle", str(path), base=path.resolve().as_uri())
    return graph


def _str(node: Node | None) -> str:
    return "" if node is None else str(node)


def validate_graph(
    graph: Graph, *, shapes: Path | None = None, raise_on_error: bool = True
) -> ValidationReport:
    """Validate ``graph`` against the shapes; raise ValidationError naming the first offending node
    (unless ``raise_on_error`` is false)."""
    from pyshacl import validate  # heavy import: only commands that validate pay for it

    shapes_graph = _shapes(shapes or ontology_path("shapes.ttl"))
    conforms, results_graph, text = validate(
        graph,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=False,  # the shapes use SHACL Core only; 20 % faster
        allow_warnings=True,
    )
    violations: list[Violation] = []
    for result in sorted(results_graph.subjects(SH.resultSeverity, None), key=str):
        severity = _str(results_graph.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        violations.append(
            Violation(
                focus=_str(results_graph.value(result, SH.focusNode)),
                path=_path(results_graph.value(result, SH.resultPath)),
                message=_str(results_graph.value(result, SH.resultMessage)),
                severity=severity,
            )
        )
    violations.sort(key=lambda v: (v.severity != "Violation", v.focus, v.path, v.message))
    report = ValidationReport(bool(conforms), tuple(violations), str(text))
    if raise_on_error and not report.conforms:
        first = next((v for v in violations if v.severity == "Violation"), violations[0])
        more = f" and {len(violations) - 1} more" if len(violations) > 1 else ""
        raise ValidationError(
            f"graph does not conform to the SHACL shapes: {first}{more}",
            hint="run 'srgraph validate' on the exported file for the full report",
        )
    return report


def _path(node: Node | None) -> str:
    if isinstance(node, URIRef):
        return str(node)
    return "" if node is None else "(complex path)"


def validate_files(files: Sequence[Path], *, shapes: Path | None = None) -> ValidationReport:
    """Validate RDF files (format from the extension) together: the report lists every
    violation (pySHACL's full report), ``conforms`` says whether there was any."""
    from .rdfio import read_rdf

    graph = Graph()
    for file in files:
        graph += read_rdf(Path(file))  # any format, quads merged; raises InputError
    report = validate_graph(graph, shapes=shapes, raise_on_error=False)
    names = ", ".join(str(f) for f in files)
    count = sum(v.severity == "Violation" for v in report.violations)
    verdict = "conforms" if report.conforms else f"does not conform: {count} violation(s)"
    return ValidationReport(
        report.conforms, report.violations, f"{names}: {verdict} ({len(graph)} triples)"
    )
