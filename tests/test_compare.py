"""``srgraph compare`` (graph/compare.py) and the named query ``by-category``: per duty category,
which party carries it in each of the four corpus pages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import CORPUS, DATA

from graph import compare_documents, export, run_query
from graph.cli import main


def _value(term: object) -> str:
    return str(getattr(term, "value", term))


@pytest.fixture(scope="module")
def comparison() -> object:
    return compare_documents(CORPUS)


def test_the_category_table_over_the_four_corpus_pages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", *map(str, CORPUS)]) == 0
    table = capsys.readouterr().out
    lines = table.splitlines()
    assert lines[0].split() == ["category", *(p.stem for p in CORPUS)]
    physical = next(line for line in lines if line.startswith("Physical and environmental"))
    assert "AWS (2)" in physical and "Microsoft (2)" in physical and "AUCyber (1)" in physical
    patching = next(line for line in lines if line.startswith("Patching and updates"))
    assert "Adobe Managed Services" in patching and "Merchant" in patching
    print(table)


def test_csv_and_json(comparison: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *map(str, CORPUS[:2]), "--output", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and set(rows[0]) == {"category", "label", "document", "party", "role", "duties"}
    assert {r["document"] for r in rows} == {CORPUS[0].stem, CORPUS[1].stem}
    patching = [r for r in rows if r["category"] == "patching" and r["role"] == "customer"]
    assert patching and all(int(r["duties"]) > 0 for r in patching)
    assert main(["compare", *map(str, CORPUS[:2]), "--output", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == [CORPUS[0].stem, CORPUS[1].stem]
    network = next(c for c in data["categories"] if c["key"] == "network-security")
    assert "sc-7" in network["nist-800-53"] and network["csa-ccm"] == ["IVS"]


def test_exported_rdf_compares_like_its_page(tmp_path: Path) -> None:
    export([CORPUS[3]], output_dir=tmp_path, formats=["ttl"], jobs=1)
    page = compare_documents([CORPUS[3]]).render("csv")
    rdf = compare_documents([tmp_path / f"{CORPUS[3].stem}.ttl"]).render("csv")
    assert page == rdf


def test_named_query_by_category(tmp_path: Path) -> None:
    export([CORPUS[0]], output_dir=tmp_path, formats=["ttl"], jobs=1)
    ttl = tmp_path / f"{CORPUS[0].stem}.ttl"
    every = run_query("by-category", graphs=[ttl]).rows
    assert {_value(r[0]) for r in every} >= {"patching", "physical-security", "network-security"}
    patching = run_query("by-category", params={"key": "patching"}, graphs=[ttl]).rows
    assert patching and {_value(r[0]) for r in patching} == {"patching"}
    assert {_value(r[2]) for r in patching} == {"Adobe Managed Services", "Customer"}


def test_missing_source_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(DATA / "no-such-page.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-page.md" in err
