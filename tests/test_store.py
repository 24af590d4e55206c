"""The embedded pyoxigraph store: one named graph per document, replaced atomically on reload."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import FIXTURE_IRI, FIXTURE_TTL
from rdflib import Graph

from graph.cli import main
from graph.errors import InputError
from graph.namespaces import RDF, SRM
from graph.serialize import serialize_graph
from graph.store import load_store, open_store


def _graphs(path: Path) -> dict[str, int]:
    store = ox.Store.read_only(str(path))
    out: dict[str, int] = {}
    for g in store.named_graphs():
        out[g.value] = len(list(store.quads_for_pattern(None, None, None, g)))
    del store
    return out


def test_load_one_named_graph_per_document(tmp_path: Path) -> None:
    db = tmp_path / "db"
    result = load_store([FIXTURE_TTL], store=db)
    assert result.graphs == {FIXTURE_IRI: 149}
    assert _graphs(db) == {FIXTURE_IRI: 149}


def test_reload_replaces_without_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "db"
    load_store([FIXTURE_TTL], store=db)
    load_store([FIXTURE_TTL], store=db)
    assert _graphs(db) == {FIXTURE_IRI: 149}
    full = Graph().parse(FIXTURE_TTL)
    kept = Graph()
    for t in sorted(full)[:100]:
        kept.add(t)
    kept += full.triples((None, RDF.type, SRM.Document))  # same document, same named graph
    smaller = tmp_path / "smaller.nt"
    smaller.write_bytes(serialize_graph(kept, fmt="nt"))
    load_store([smaller], store=db)
    assert _graphs(db) == {FIXTURE_IRI: len(kept)}


@pytest.mark.parametrize("fmt", ["nt", "nq", "trig", "jsonld", "rdfxml"])
def test_load_any_format(fmt: str, tmp_path: Path) -> None:
    g = Graph().parse(FIXTURE_TTL)
    ext = "rdf" if fmt == "rdfxml" else fmt
    path = tmp_path / f"fixture.{ext}"
    path.write_bytes(serialize_graph(g, fmt=fmt))
    load_store([path], store=tmp_path / "db")
    assert _graphs(tmp_path / "db") == {FIXTURE_IRI: 149}


def test_failed_load_leaves_store_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "db"
    load_store([FIXTURE_TTL], store=db)
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> . ex:a ex:b ", encoding="utf-8")
    other = tmp_path / "other.ttl"
    other.write_text(
        "<http://e/doc> a <https://w3id.org/srgraph/ontology#Document> .", encoding="utf-8"
    )
    with pytest.raises(InputError):
        load_store([other, bad], store=db)
    assert _graphs(db) == {FIXTURE_IRI: 149}


def test_cli_load_and_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db"
    assert main(["load", str(FIXTURE_TTL), "--store", str(db)]) == 0
    assert f"{FIXTURE_IRI}\t149 triples" in capsys.readouterr().out
    assert main(["query", "orphans", "--store", str(db), "--output", "csv"]) == 0
    assert "Penetration testing" in capsys.readouterr().out
    assert main(["query", "duties", "--store", str(tmp_path / "missing")]) == 2
    assert "store not found" in capsys.readouterr().err


def test_open_store_creates(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new")
    assert len(store) == 0


def test_merged_dataset_loads_one_graph_per_document(tmp_path: Path) -> None:
    """A merged N-Quads file keeps its named graphs: one per document plus the vocabulary."""
    from graph import export, load_store

    data = Path(__file__).parent / "data"
    docs = sorted(data.glob("*.md"))
    out = tmp_path / "out"
    export(docs, output_dir=out, formats=["ttl"], merged="all", jobs=1)
    result = load_store([out / "all.nq"], store=tmp_path / "db")
    names = sorted(result.graphs)
    assert names == sorted(
        [f"https://w3id.org/srgraph/id/{d.stem}" for d in docs] + ["https://w3id.org/srgraph/vocab"]
    )
    again = load_store([out / "all.nq"], store=tmp_path / "db")  # replaced, not duplicated
    assert again.graphs == result.graphs
    store = ox.Store.read_only(str(tmp_path / "db"))
    assert len(store) == sum(result.graphs.values())
