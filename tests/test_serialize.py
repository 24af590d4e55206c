"""Serialization stage: every RDF format round-trips isomorphic and byte-stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_TTL
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.serialize import RDF_FORMATS, document_iri, serialize_graph

FORMATS = ["ttl", "nt", "nq", "trig", "jsonld", "rdfxml"]


def _parse(data: bytes, fmt: str) -> tuple[Graph, set[str]]:
    """Parse ``data``; returns the union graph and the names of the named graphs."""
    if fmt in ("nq", "trig"):
        ds = Dataset()
        ds.parse(data=data, format=RDF_FORMATS[fmt])
        g = Graph()
        names = set()
        for s, p, o, c in ds.quads():
            g.add((s, p, o))
            if c is not None:
                names.add(str(c.identifier if hasattr(c, "identifier") else c))
        return g, names
    return Graph().parse(data=data, format=RDF_FORMATS[fmt]), set()


@pytest.fixture(params=["fixture", "bundled"])
def source(request: pytest.FixtureRequest) -> Graph:
    if request.param == "fixture":
        return Graph().parse(FIXTURE_TTL)
    path: Path = request.getfixturevalue("bundled_ttl")
    return Graph().parse(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_isomorphic(fmt: str, source: Graph) -> None:
    data = serialize_graph(source, fmt=fmt)
    back, names = _parse(data, fmt)
    assert isomorphic(back, source), fmt
    if fmt in ("nq", "trig"):  # one named graph: the document
        assert names == {str(document_iri(source))}


@pytest.mark.parametrize("fmt", FORMATS)
def test_byte_stable(fmt: str, source: Graph) -> None:
    shuffled = Graph()
    for t in sorted(source, key=lambda t: t[2].n3(), reverse=True):
        shuffled.add(t)
    assert serialize_graph(source, fmt=fmt) == serialize_graph(shuffled, fmt=fmt)


@pytest.mark.parametrize("fmt", ["nt", "nq"])
def test_line_formats_sorted(fmt: str, source: Graph) -> None:
    data = serialize_graph(source, fmt=fmt)
    lines = data.decode("utf-8").splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(source)
    assert data.endswith(b"\n")
    if fmt == "nq":
        assert all(line.endswith("> .") for line in lines)


def test_jsonld_uses_context(source: Graph) -> None:
    data = serialize_graph(source, fmt="jsonld")
    assert b'"@context"' in data
    assert isomorphic(Graph().parse(data=data, format="json-ld"), source)
