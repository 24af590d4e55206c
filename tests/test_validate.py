"""Validation stage: SHACL over exported files in every format, violations name the node."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from graph import build_graph, extract_facts, read_document, serialize_graph, validate_graph
from graph.errors import InputError, ValidationError
from graph.namespaces import SRM, XSD
from graph.resources import BUNDLED_DOCUMENT
from graph.serialize import FILE_EXTENSIONS, RDF_FORMATS
from graph.validate import validate_files


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(extract_facts(read_document(BUNDLED_DOCUMENT)))


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_format_validates_with_all_its_triples(
    graph: Graph, fmt: str, tmp_path: Path
) -> None:
    path = tmp_path / f"doc.{FILE_EXTENSIONS.get(fmt, fmt)}"
    path.write_bytes(serialize_graph(graph, fmt=fmt))
    report = validate_files([path])
    assert report.conforms
    assert f"({len(graph)} triples)" in report.text


def test_span_with_end_before_start_is_a_violation(graph: Graph) -> None:
    broken = Graph() + graph
    span = next(iter(broken.subjects(SRM.startLine, Literal(22, datatype=XSD.integer))))
    broken.set((span, SRM.endLine, Literal(1, datatype=XSD.integer)))
    report = validate_graph(broken, raise_on_error=False)
    assert not report.conforms
    assert any(v.focus == str(span) for v in report.violations)
    with pytest.raises(ValidationError, match="L22"):
        validate_graph(broken)


def test_responsible_party_must_be_a_party(graph: Graph) -> None:
    broken = Graph() + graph
    stranger = URIRef("https://example.org/not-a-party")
    duty = next(iter(broken.objects(None, SRM.responsibleFor)))
    broken.add((stranger, SRM.responsibleFor, duty))
    with pytest.raises(ValidationError, match="not-a-party"):
        validate_graph(broken)


def test_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl"):
        validate_files([bad])
    with pytest.raises(InputError, match=r"missing\.ttl"):
        validate_files([tmp_path / "missing.ttl"])
