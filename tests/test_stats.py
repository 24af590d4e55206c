"""srgraph stats: counts, warnings, formats, RDF input and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph import build_graph, extract_facts, read_document
from graph.cli import main
from graph.serialize import serialize_graph
from graph.stats import document_stats

DATA = Path(__file__).parent / "data"
AUCLOUD = DATA / "aucloud-shared-service-model.md"
MANAGED = DATA / "adobe-managed-services.md"


def test_raci_counts_per_party() -> None:
    stats = document_stats(AUCLOUD)
    assert stats.kind == "markdown"
    by_org = {p.organization or p.role: p for p in stats.parties}
    assert set(by_org) == {"aucyber", "customer"}
    # Counted by hand from the IaaS RACI table (18 rows).
    assert by_org["customer"].raci == {"R": 10, "A": 10, "C": 5, "I": 2}
    assert by_org["aucyber"].raci == {"R": 8, "A": 8, "C": 7, "I": 0}
    assert stats.duties == 18
    assert ("I", "Physical access and video monitoring (facilities)") in by_org["customer"].duties


def test_services_certifications_and_compliance_chain() -> None:
    stats = document_stats(MANAGED)
    services = dict(stats.services)
    assert "Amazon Elastic Compute Cloud" in services
    assert all(users for users in services.values())
    holders = {h for _, hs, _ in stats.certifications for h in hs}
    assert any("AWS" in h or "Amazon" in h for h in holders)
    ((label, maintainers, builds_on),) = stats.compliance
    assert "PCI" in label and maintainers == ["Customer"]
    assert len(builds_on) == 2


def test_warnings_show_what_was_not_understood(tmp_path: Path) -> None:
    doc = tmp_path / "partial.md"
    doc.write_text(
        "# Partial\n\n## Customer responsibilities\n\n- Rotating credentials\n\n"
        "## Vendor responsibilities\n\nSee the contract.\n\n## Notes\n\n"
        "Somebody must keep the lights on, somehow, in ways nobody wrote down.\n",
        encoding="utf-8",
    )
    stats = document_stats(doc)
    text = "\n".join(stats.warnings)
    assert "Vendor" in text  # a party heading without duties
    assert ":13:" in text and "keep the lights on" in text  # a duty-like line with no fact
    assert "partial.md" in stats.render("plain")


def test_rdf_input_gives_the_same_counts(tmp_path: Path) -> None:
    graph = build_graph(extract_facts(read_document(AUCLOUD)))
    ttl = tmp_path / "aucloud.ttl"
    ttl.write_bytes(serialize_graph(graph, fmt="ttl"))
    from_md = document_stats(AUCLOUD)
    from_rdf = document_stats(ttl)
    assert from_rdf.kind == "rdf"
    assert [(p.label, p.raci) for p in from_rdf.parties] == [
        (p.label, p.raci) for p in from_md.parties
    ]
    assert document_stats(graph).duties == from_md.duties


def test_formats() -> None:
    stats = document_stats(AUCLOUD)
    data = json.loads(stats.render("json"))
    assert data["duties"] == 18 and data["fidelity"] is None
    assert {p["role"] for p in data["parties"]} == {"customer", "cloud-provider"}
    plain = stats.render("plain")
    assert "Parties:" in plain and "\x1b[" not in plain
    rich = stats.render("rich", width=120)
    assert "Parties" in rich and "AUCyber" in rich


def test_expected_facts_add_a_fidelity_table() -> None:
    stats = document_stats(AUCLOUD, expected=DATA / "expected" / f"{AUCLOUD.stem}.tsv")
    assert stats.fidelity is not None
    assert stats.fidelity.total.expected == 50
    assert "recall" in stats.render("plain")


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(AUCLOUD), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"].endswith("aucloud-shared-service-model.md")
    assert main(["stats", str(AUCLOUD)]) == 0
    assert "Warnings" in capsys.readouterr().out
    assert main(["stats", str(DATA / "missing.ttl")]) == 2
