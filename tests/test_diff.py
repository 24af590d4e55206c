"""srgraph diff: duties added, removed, moved and RACI changes; the change set as RDF."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from graph import build_graph, extract_facts, read_document
from graph.cli import main
from graph.diff import diff_documents, normalise_label
from graph.namespaces import PROV, RDF, SRM
from graph.serialize import serialize_graph

DATA = Path(__file__).parent / "data"
OLD = DATA / "adobe-managed-services.md"
NEW = DATA / "adobe-shared-responsibility.md"


@pytest.fixture(scope="module")
def adobe() -> object:
    return diff_documents(OLD, NEW)


def test_successor_page_adds_and_removes_real_duties(adobe: object) -> None:
    from graph.diff import ChangeSet

    assert isinstance(adobe, ChangeSet)
    added = [c.label.lower() for c in adobe.of_kind("added")]
    removed = [c.label.lower() for c in adobe.of_kind("removed")]
    assert any("waf rules" in label for label in added)
    assert any("dns" in label for label in added)
    assert any("disaster recovery" in label for label in added)
    # The old page's "24/7 support" bullet survives only inside a longer duty.
    assert "24/7 support" in removed
    for change in adobe.of_kind("added"):
        assert change.old == () and change.new and change.new_duty and not change.old_duty
    for change in adobe.of_kind("removed"):
        assert change.new == () and change.old and change.old_duty and not change.new_duty
    assert adobe.counts()["added"] > adobe.counts()["removed"] > 0


def test_identical_inputs_give_an_empty_change_set(tmp_path: Path) -> None:
    changes = diff_documents(OLD, OLD)
    assert len(changes) == 0
    graph = changes.to_graph()
    assert len(list(graph.subjects(RDF.type, SRM.ChangeSet))) == 1
    assert not list(graph.subjects(RDF.type, SRM.Change))
    # A Markdown document and its own export compare equal too.
    ttl = tmp_path / "old.ttl"
    ttl.write_bytes(serialize_graph(build_graph(extract_facts(read_document(OLD))), fmt="ttl"))
    assert len(diff_documents(OLD, ttl)) == 0


def _write(path: Path, rows: str) -> Path:
    path.write_text(
        "# Model\n\n## Responsibilities\n\n| Task | AWS | Customer |\n|---|---|---|\n" + rows,
        encoding="utf-8",
    )
    return path


def test_moved_and_raci_changes(tmp_path: Path) -> None:
    old = _write(
        tmp_path / "v1.md",
        "| Patching the hypervisor | R, A | I |\n"
        "| Rotating encryption keys | R | |\n"
        "| Backing up customer data | | R |\n"
        "| Reviewing the firewall rules | C | R |\n",
    )
    new = _write(
        tmp_path / "v2.md",
        "| Patching the hypervisor | R, A | |\n"
        "| Rotating the encryption keys | | R |\n"
        "| Backing up customer data | | R |\n"
        "| Reviewing firewall rule | C | R |\n"
        "| Scanning container images | | R |\n",
    )
    changes = diff_documents(old, new)
    kinds = {c.label: c.kind for c in changes.changes}
    assert kinds == {
        "Patching the hypervisor": "raciChanged",
        "Rotating the encryption keys": "moved",
        "Scanning container images": "added",
    }
    (raci,) = changes.of_kind("raciChanged")
    assert raci.old == (("aws", "RA"), ("customer", "I"))
    assert raci.new == (("aws", "RA"),)
    (moved,) = changes.of_kind("moved")
    assert moved.old == (("aws", "R"),) and moved.new == (("customer", "R"),)
    # "Reviewing the firewall rules" ~ "Reviewing firewall rule": fuzzy match, same roles.
    assert "Reviewing firewall rule" not in kinds
    strict = diff_documents(old, new, threshold=0.99)
    assert [c.label for c in strict.of_kind("removed")] == ["Reviewing the firewall rules"]
    assert "Reviewing firewall rule" in [c.label for c in strict.of_kind("added")]


def test_change_set_rdf_parses_and_is_deterministic(tmp_path: Path, adobe: object) -> None:
    from graph.diff import ChangeSet

    assert isinstance(adobe, ChangeSet)
    data = serialize_graph(adobe.to_graph(), fmt="ttl")
    assert data == serialize_graph(diff_documents(OLD, NEW).to_graph(), fmt="ttl")
    graph = Graph().parse(data=data.decode("utf-8"), format="turtle")
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(graph)
    (cs,) = graph.subjects(RDF.type, SRM.ChangeSet)
    assert (cs, RDF.type, PROV.Entity) in graph
    assert str(graph.value(cs, SRM.comparedFrom)).endswith("/adobe-managed-services")
    assert str(graph.value(cs, SRM.comparedTo)).endswith("/adobe-shared-responsibility")
    changes = set(graph.subjects(RDF.type, SRM.Change))
    assert len(changes) == len(adobe)
    kinds = {SRM.added, SRM.removed, SRM.moved, SRM.raciChanged}
    for change in changes:
        assert str(change).startswith(f"{cs}/")
        assert (change, RDF.type, PROV.Entity) in graph
        (kind,) = graph.objects(change, SRM.changeType)
        assert kind in kinds
        assert graph.value(change, SRM.newDuty) or graph.value(change, SRM.oldDuty)
        if kind == SRM.added:
            assert graph.value(change, SRM.newParty) is not None
    # Every srm: term the change set uses is declared in the ontology.
    ontology = Graph().parse(Path(__file__).parent.parent / "ontology" / "srm.ttl")
    used = {t for triple in graph for t in triple if str(t).startswith(str(SRM))}
    assert all((t, RDF.type, None) in ontology for t in used), used


def test_the_change_set_passes_the_shapes() -> None:
    from graph.validate import validate_graph

    validate_graph(diff_documents(OLD, NEW).to_graph())


def test_normalise_label() -> None:
    assert normalise_label("Hardening the OS.") == normalise_label("hardening OS")
    assert normalise_label("Defining, testing (DR) plans") == "defining testing dr plans"


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rdf = tmp_path / "changes.ttl"
    assert main(["diff", str(OLD), str(NEW), "--output", "json", "--rdf", str(rdf)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["added"] > 0
    assert any(c["duty"] == "24/7 support" for c in data["changes"] if c["type"] == "removed")
    assert len(Graph().parse(rdf, format="turtle")) > 0
    assert main(["diff", str(OLD), str(OLD)]) == 0
    assert "0 changes" in capsys.readouterr().out
    assert main(["diff", str(OLD), str(NEW), "-O", "md"]) == 0
    assert capsys.readouterr().out.count("\n| ") > 10
    assert main(["diff", str(OLD), str(tmp_path / "nope.ttl")]) == 2
