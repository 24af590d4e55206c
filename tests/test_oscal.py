"""OSCAL export (graph/oscal/): the four corpus pages and their merged dataset, validated with
compliance-trestle's own OSCAL models and its ``trestle validate`` command (offline), one
implemented-requirement per duty, the provided / responsibility / inherited pairs, real NIST
SP 800-53 control ids, and the same bytes whatever the hash seed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS
from rdflib import Graph

from graph import export
from graph.namespaces import RDF, SRM

trestle_oscal = pytest.importorskip("trestle.oscal")
from trestle.oscal.catalog import Catalog  # noqa: E402
from trestle.oscal.component import ComponentDefinition  # noqa: E402
from trestle.oscal.profile import Profile  # noqa: E402
from trestle.oscal.ssp import SystemSecurityPlan  # noqa: E402

STEMS = [p.stem for p in CORPUS] + ["corpus"]
KINDS: dict[str, Any] = {
    "component-definition": ComponentDefinition,
    "catalog": Catalog,
    "profile": Profile,
    "ssp": SystemSecurityPlan,
}
TRESTLE_LAYOUT = {
    "component-definition": ("component-definitions", "component-definition"),
    "catalog": ("catalogs", "catalog"),
    "profile": ("profiles", "profile"),
    "ssp": ("system-security-plans", "system-security-plan"),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("oscal")
    result = export(CORPUS, output_dir=folder, formats=["oscal", "ttl"], merged="corpus", jobs=1)
    assert not result.failed
    return folder


def _read(out: Path, stem: str, kind: str) -> dict[str, Any]:
    data = json.loads((out / f"{stem}.oscal-{kind}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _duties(out: Path, stem: str) -> set[str]:
    if stem == "corpus":
        return set().union(*(_duties(out, s) for s in STEMS[:-1]))
    graph = Graph().parse(out / f"{stem}.ttl", format="turtle")
    return {str(d) for d in graph.subjects(RDF.type, SRM.Duty)}


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_trestle_models_load_every_document(out: Path, stem: str, kind: str) -> None:
    model = KINDS[kind].oscal_read(out / f"{stem}.oscal-{kind}.json")
    assert model is not None and model.uuid


@pytest.mark.parametrize("stem", ["adobe-managed-services", "corpus"])
def test_trestle_validate_command(out: Path, stem: str, tmp_path: Path) -> None:
    """`trestle validate` in a trestle workspace: each model in its folder, the catalog and
    profile also at the root, where the SSP's import-profile href resolves."""
    trestle = shutil.which("trestle", path=str(Path(sys.executable).parent))
    assert trestle is not None
    subprocess.run([trestle, "init"], cwd=tmp_path, check=True, capture_output=True)
    for kind, (folder, alias) in TRESTLE_LAYOUT.items():
        source = out / f"{stem}.oscal-{kind}.json"
        shutil.copy(source, tmp_path / source.name)
        (tmp_path / folder / stem).mkdir(parents=True)
        target = tmp_path / folder / stem / f"{alias}.json"
        shutil.copy(source, target)
    for folder, alias in TRESTLE_LAYOUT.values():
        target = Path(folder) / stem / f"{alias}.json"
        done = subprocess.run(
            [trestle, "validate", "-f", str(target)], cwd=tmp_path, capture_output=True, text=True
        )
        output = done.stdout + done.stderr
        assert done.returncode == 0 and "VALID" in output and "INVALID" not in output, output


@pytest.mark.parametrize("stem", STEMS)
def test_one_implemented_requirement_per_duty(out: Path, stem: str) -> None:
    duties = _duties(out, stem)
    definition = _read(out, stem, "component-definition")["component-definition"]
    requirements = [
        r
        for component in definition["components"]
        for implementation in component.get("control-implementations", [])
        for r in implementation["implemented-requirements"]
    ]
    linked = [r["links"][0]["href"] for r in requirements]
    assert sorted(linked) == sorted(duties)
    catalog = _read(out, stem, "catalog")["catalog"]
    controls = {c["id"] for g in catalog["groups"] for c in g["controls"]}
    assert len(controls) == len(duties)
    assert {r["control-id"] for r in requirements} == controls
    for requirement in requirements:
        names = {p["name"] for p in requirement["props"]}
        assert {"shared", "document-hash", "source-lines"} <= names, requirement
        if any(p["name"] in ("responsible", "accountable") for p in requirement["props"]):
            assert requirement["responsible-roles"]
    plan = _read(out, stem, "ssp")["system-security-plan"]
    ssp_controls = [
        r["control-id"] for r in plan["control-implementation"]["implemented-requirements"]
    ]
    assert sorted(ssp_controls) == sorted(controls)


def _uuids(node: object, key: str) -> list[str]:
    return [v for v in _all(node, key) if isinstance(v, str)]


@pytest.mark.parametrize("stem", STEMS)
def test_ssp_pairs_resolve(out: Path, stem: str) -> None:
    plan = _read(out, stem, "ssp")["system-security-plan"]
    uuids = _uuids(plan, "uuid")
    assert len(uuids) == len(set(uuids)), "uuids are unique"
    provided = set(_uuids(_all(plan, "provided"), "uuid"))
    references = _uuids(plan, "provided-uuid")
    assert references and set(references) <= provided
    components = {c["uuid"] for c in plan["system-implementation"]["components"]}
    assert set(_uuids(plan, "component-uuid")) <= components
    this_system = [
        c for c in plan["system-implementation"]["components"] if c["type"] == "this-system"
    ]
    assert len(this_system) == 1
    parties = {p["uuid"] for p in plan["metadata"]["parties"]}
    for authorization in plan["system-implementation"].get("leveraged-authorizations", []):
        assert authorization["party-uuid"] in parties


def _all(node: object, key: str) -> list[object]:
    found: list[object] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.append(v)
            found += _all(v, key)
    elif isinstance(node, list):
        for item in node:
            found += _all(item, key)
    return found


def test_shared_duties_give_provided_responsibility_pairs(out: Path) -> None:
    plan = _read(out, "azure-shared-responsibility", "ssp")["system-security-plan"]
    pairs = 0
    for requirement in plan["control-implementation"]["implemented-requirements"]:
        for by in requirement.get("by-components", []):
            export_ = by.get("export", {})
            provided = {p["uuid"] for p in export_.get("provided", [])}
            for responsibility in export_.get("responsibilities", []):
                assert responsibility["provided-uuid"] in provided
                pairs += 1
    assert pairs >= 5
    inherited = _all(plan, "inherited")
    assert inherited, "the customer inherits what Microsoft does"


def test_certifications_are_leveraged_authorizations(out: Path) -> None:
    plan = _read(out, "adobe-managed-services", "ssp")["system-security-plan"]
    leveraged = plan["system-implementation"]["leveraged-authorizations"]
    titles = {a["title"] for a in leveraged}
    assert any("PCI" in t for t in titles), titles
    assert all(
        a["date-authorized"] == "1970-01-01" and "placeholder" in a["remarks"] for a in leveraged
    )
    built_on = [p for a in leveraged for p in a.get("props", []) if p["name"] == "built-on-by"]
    assert built_on, "the customer's PCI compliance builds on the certifications"


def test_catalog_carries_real_nist_control_ids(out: Path) -> None:
    catalog = _read(out, "adobe-managed-services", "catalog")["catalog"]
    controls = {c["title"]: c for g in catalog["groups"] for c in g["controls"]}
    patching = controls["Server-level patching"]
    nist = {p["value"] for p in patching["props"] if p["name"] == "nist-800-53"}
    assert "si-2" in nist
    ccm = {p["value"] for p in patching["props"] if p["name"] == "csa-ccm-domain"}
    assert ccm == {"TVM"}
    groups = {g["id"] for g in catalog["groups"]}
    assert "patching" in groups and "network-security" in groups


def test_same_bytes_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "4242"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "graph",
                "export",
                str(CORPUS[0]),
                "-o",
                str(folder),
                "--format",
                "oscal",
                "-q",
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 4
