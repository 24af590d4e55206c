"""Validation: a graph against the SHACL shapes of ontology/shapes.ttl.

The shapes are compiled once (``shapes.py``) and checked over the graph's N-Triples lines with
dictionaries (``checks.py``): about a microsecond per triple, where pySHACL takes a hundred
and pyrudof 0.3 sixty. pySHACL stays the reference: it writes the full report of a graph the
fast check finds fault with (so a violation is always confirmed by it), it validates alone
when the shapes use a feature the compiler does not know, and the differential tests
(tests/test_validate.py) hold the three engines to the same results.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.term import Node

from ..errors import InputError, ValidationError
from ..namespaces import PREFIXES, SH
from ..resources import ontology_path
from ..triples import Triples
from .checks import Data, Result, evaluate, literal
from .shapes import Shape, Unsupported, compile_shapes

__all__ = ["ENGINES", "ValidationReport", "Violation", "validate_files", "validate_graph"]

ENGINES = ("auto", "compiled", "pyshacl", "pyrudof")
"""``auto``: the compiled check, pySHACL for the report of a failing graph (or for shapes the
compiler does not know); the others run one engine alone (the differential tests use them)."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the focus node, the property path, the message, the severity, the
    constraint component (local name, e.g. ``MinCountConstraintComponent``) and the value."""

    focus: str
    path: str
    message: str
    severity: str
    component: str = ""
    value: str = ""

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
    from ..rdfio import parse_rdf, read_rdf_bytes

    graph = Graph()
    parse_rdf(graph, read_rdf_bytes(path), "turtle", str(path), base=path.resolve().as_uri())
    return graph


@cache
def _compiled(path: Path) -> list[Shape] | None:
    """The compiled shapes, or None when they use a feature only pySHACL evaluates."""
    try:
        return compile_shapes(_shapes(path))
    except Unsupported:
        return None


def _lines(graph: Graph | Iterable[str]) -> list[str]:
    if isinstance(graph, Graph):
        from ..serialize import quad_lines

        return quad_lines(graph)
    return list(graph)


def validate_graph(
    graph: Graph | Iterable[str],
    *,
    shapes: Path | None = None,
    raise_on_error: bool = True,
    engine: str = "auto",
) -> ValidationReport:
    """Validate ``graph`` (an rdflib Graph or N-Triples lines) against the shapes; raise
    ValidationError naming the first offending node (unless ``raise_on_error`` is false).

    ``engine`` is one of ``ENGINES``; a failing graph's report is pySHACL's under ``auto``.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown SHACL engine {engine!r}", hint=f"choose from {ENGINES}")
    path = shapes or ontology_path("shapes.ttl")
    index = graph.index if isinstance(graph, Triples) else None
    if not isinstance(graph, Graph):
        graph = list(graph)  # an iterator would be read twice when a graph fails
    compiled = _compiled(path) if engine in ("auto", "compiled") else None
    if engine == "pyrudof":
        report = _pyrudof(_lines(graph), path)
    elif compiled is None:
        report = _pyshacl(graph, path)
    else:
        data = Data.indexed(index) if index is not None else Data(_lines(graph))
        results = evaluate(compiled, data)
        report = _report(results)
        if engine == "auto" and not report.conforms:
            report = _reference_report(graph, path, report)
    if raise_on_error and not report.conforms:
        violations = report.violations
        first = next((v for v in violations if v.severity == "Violation"), violations[0])
        more = f" and {len(violations) - 1} more" if len(violations) > 1 else ""
        raise ValidationError(
            f"graph does not conform to the SHACL shapes: {first}{more}",
            hint="run 'srgraph validate' on the exported file for the full report",
        )
    return report


def _reference_report(
    graph: Graph | Iterable[str], path: Path, compiled: ValidationReport
) -> ValidationReport:
    """pySHACL's full report of a graph the compiled check failed; the compiled report when
    pySHACL cannot evaluate the graph (it stops on a blank node or an ill-typed number in
    sh:lessThanOrEquals)."""
    try:
        return _pyshacl(graph, path)
    except Exception as exc:  # pySHACL is the reporter here: its failure is not the user's
        text = f"{compiled.text}\n(pySHACL failed: {type(exc).__name__}: {exc})"
        return ValidationReport(compiled.conforms, compiled.violations, text)


def _sorted(violations: Iterable[Violation]) -> tuple[Violation, ...]:
    return tuple(
        sorted(
            set(violations),
            key=lambda v: (v.severity != "Violation", v.focus, v.path, v.message, v.component),
        )
    )


def _report(results: list[Result]) -> ValidationReport:
    violations = _sorted(
        Violation(r.focus, r.path, r.message, r.severity, r.component, r.value) for r in results
    )
    conforms = not any(v.severity == "Violation" for v in violations)
    lines = [f"Validation Report\nConforms: {conforms}\nResults ({len(violations)}):"]
    lines += [f"  {v.severity}: {v} [{v.component}]" for v in violations]
    return ValidationReport(conforms, violations, "\n".join(lines))


def _pyshacl(graph: Graph | Iterable[str], path: Path) -> ValidationReport:
    from pyshacl import validate  # heavy import: only a failing or unusual graph pays for it

    if not isinstance(graph, Graph):
        data = "\n".join(graph) + "\n"
        graph = Graph()
        graph.parse(data=data, format="nt")
    conforms, results_graph, text = validate(
        graph,
        shacl_graph=_shapes(path),
        inference="none",
        advanced=False,  # the shapes use SHACL Core only; 20 % faster
        allow_warnings=True,
    )
    violations: list[Violation] = []
    for result in results_graph.subjects(SH.resultSeverity, None):
        component = _str(results_graph.value(result, SH.sourceConstraintComponent))
        violations.append(
            Violation(
                focus=_focus(results_graph.value(result, SH.focusNode)),
                path=_path(results_graph.value(result, SH.resultPath)),
                message=_str(results_graph.value(result, SH.resultMessage)),
                severity=_str(results_graph.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                component=component.rsplit("#", 1)[-1],
                value=_token(results_graph.value(result, SH.value)),
            )
        )
    return ValidationReport(bool(conforms), _sorted(violations), str(text))


def _pyrudof(lines: list[str], path: Path) -> ValidationReport:
    """pyrudof 0.3 (Rust): a second, independent engine for the differential tests."""
    import pyrudof

    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_shacl(path.read_text(encoding="utf-8"), pyrudof.ShaclFormat.Turtle)
    rudof.read_data("\n".join(lines) + "\n", pyrudof.RDFFormat.NTriples)
    report = rudof.validate_shacl()
    violations = [
        Violation(
            focus=_rudof_term(str(entry.focus_node), focus=True),
            path=_unbracket(str(entry.path or "")),
            message=str(entry.message or ""),
            severity=str(entry.severity).rsplit("#", 1)[-1].rstrip(">"),
            component=_unbracket(str(entry.constraint_component)).rsplit("#", 1)[-1],
            value=_rudof_term(str(entry.value or "")),
        )
        for entry in report.violations
    ]
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms, _sorted(violations), f"pyrudof: {len(violations)} results")


def _rudof_term(text: str, *, focus: bool = False) -> str:
    """A term as pyrudof prints it (``"18"^^xsd:integer``) as an N-Triples token (a focus node
    as its text, as pySHACL reports it)."""
    if not text.startswith('"'):
        if focus or not text or text.startswith(("_:", "<")):
            return _unbracket(text) if focus else text
        return f"<{text}>"
    end = text.rfind('"')
    if focus:
        return literal(text[: end + 1])[0]
    suffix = text[end + 1 :]
    if suffix.startswith("^^") and not suffix.startswith("^^<"):
        prefix, _, local = suffix[2:].partition(":")
        suffix = f"^^<{PREFIXES[prefix]}{local}>" if prefix in PREFIXES else suffix
    return text[: end + 1] + suffix


def _unbracket(text: str) -> str:
    return text[1:-1] if text.startswith("<") and text.endswith(">") else text


def _str(node: Node | None) -> str:
    return "" if node is None else str(node)


def _focus(node: Node | None) -> str:
    """An IRI's text, or ``_:id`` for a blank node (as every engine reports it)."""
    return f"_:{node}" if isinstance(node, BNode) else _str(node)


def _token(node: Node | None) -> str:
    from .shapes import token

    return "" if node is None else token(node)


def _path(node: Node | None) -> str:
    if isinstance(node, URIRef):
        return str(node)
    return "" if node is None else "(complex path)"


def validate_files(
    files: Sequence[Path], *, shapes: Path | None = None, engine: str = "auto"
) -> ValidationReport:
    """Validate RDF files (format from the extension) together: the report lists every
    violation (pySHACL's full report), ``conforms`` says whether there was any."""
    from ..rdfio import read_rdf

    graph = Graph()
    for file in files:
        graph += read_rdf(Path(file))  # any format, quads merged; raises InputError
    report = validate_graph(graph, shapes=shapes, raise_on_error=False, engine=engine)
    names = ", ".join(str(f) for f in files)
    count = sum(v.severity == "Violation" for v in report.violations)
    verdict = "conforms" if report.conforms else f"does not conform: {count} violation(s)"
    return ValidationReport(
        report.conforms, report.violations, f"{names}: {verdict} ({len(graph)} triples)"
    )
