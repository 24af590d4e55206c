"""Write N synthetic shared-responsibility Markdown documents (seeded, reproducible).

Usage::

    .venv/bin/python tests/bench/make_corpus.py N OUTDIR [--seed S]

Documents recombine the parties of ontology/vocabularies (organisations, roles), generic duty
phrasings, services and standards mentions, lead-in sentences, nested lists, Markdown and HTML
RACI tables and service-model matrices. The same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import random
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VOCAB = ROOT / "ontology" / "vocabularies"

VERBS = [
    "Managing",
    "Maintaining",
    "Configuring",
    "Monitoring",
    "Patching",
    "Securing",
    "Reviewing",
    "Rotating",
    "Auditing",
    "Backing up",
    "Hardening",
    "Provisioning",
    "Documenting",
    "Testing",
    "Updating",
    "Enforcing",
]
OBJECTS = [
    "user accounts and access rights",
    "encryption keys",
    "network security groups",
    "the guest operating system",
    "application code and dependencies",
    "physical data center security",
    "hypervisor and host infrastructure",
    "firewall and perimeter rules",
    "identity federation settings",
    "audit and access logs",
    "data classification labels",
    "backup and restore procedures",
    "incident response runbooks",
    "vulnerability scan findings",
    "storage bucket policies",
    "database configuration",
    "TLS certificates",
    "container images",
    "third-party integrations",
    "disaster recovery plans",
]
QUALIFIERS = [
    "",
    "",
    "",
    " for production environments",
    " on a regular schedule",
    " according to the agreed service levels",
    " in every region",
    " for custom workloads",
    " before each release",
]
LEAD_INS = [
    "{party} is responsible for the following:",
    "{party} takes care of:",
    "The responsibilities of {party} include:",
    "{party} must handle these tasks:",
]
INTROS = [
    "{vendor} and its customers share the work of keeping {offering} secure and available.",
    "This page explains who does what when you run workloads on {offering}.",
    "Security and operations of {offering} are divided between {vendor} and the customer.",
]
SENTENCES = [
    "{party} is responsible for {duty}.",
    "{party} is accountable for {duty}.",
    "{party} remains responsible for {duty}.",
]
RACI = ["R", "A", "C", "I", "R, A", "R/A", ""]
OWNER = ["Customer", "Provider", "Shared"]
MODELS = ["IaaS", "PaaS", "SaaS"]


@cache
def _labels(name: str) -> list[str]:
    text = (VOCAB / name).read_text(encoding="utf-8")
    return sorted(set(re.findall(r'skos:prefLabel\s+"([^"]+)"@en', text)))


def _duty(rng: random.Random) -> str:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(QUALIFIERS)}"
    if rng.random() < 0.2:
        text += f" with {rng.choice(_labels('cloud-services.ttl'))}"
    if rng.random() < 0.1:
        text += f" to meet {rng.choice(_labels('certifications.ttl'))}"
    return text


def _bullets(rng: random.Random, depth: int = 0) -> list[str]:
    lines: list[str] = []
    for _ in range(rng.randint(2, 7)):
        lines.append("  " * depth + f"* {_duty(rng)}")
        if depth < 2 and rng.random() < 0.15:
            lines.extend(_bullets(rng, depth + 1))
    return lines


def _md_raci(rng: random.Random, parties: list[str]) -> list[str]:
    out = ["| Activity | " + " | ".join(parties) + " |", "|---" * (len(parties) + 1) + "|"]
    for _ in range(rng.randint(3, 8)):
        cells = [rng.choice(RACI) for _ in parties]
        out.append(f"| {_duty(rng)} | " + " | ".join(cells) + " |")
    return out


def _html_raci(rng: random.Random, parties: list[str]) -> list[str]:
    out = ["<table>", "<tr><th>Task</th>" + "".join(f"<th>{p}</th>" for p in parties) + "</tr>"]
    for _ in range(rng.randint(3, 8)):
        cells = "".join(f"<td>{rng.choice(RACI)}</td>" for _ in parties)
        out.append(f"<tr><td>{_duty(rng)}</td>{cells}</tr>")
    out.append("</table>")
    return out


def _matrix(rng: random.Random) -> list[str]:
    out = ["| Responsibility | " + " | ".join(MODELS) + " |", "|---" * 4 + "|"]
    for _ in range(rng.randint(3, 7)):
        obj = rng.choice(OBJECTS)
        out.append(f"| {obj[0].upper()}{obj[1:]} | " + " | ".join(rng.choices(OWNER, k=3)) + " |")
    return out


def make_document(rng: random.Random, index: int) -> str:
    """One synthetic document."""
    orgs = _labels("organizations.ttl")
    roles = _labels("party-roles.ttl")
    vendor = rng.choice(orgs)
    offering = f"{vendor} {rng.choice(['Cloud', 'Platform', 'Managed Services', 'Hosting'])}"
    parties = [vendor, *rng.sample(roles, k=min(len(roles), rng.randint(1, 3)))]
    out = [
        "---",
        f"title: {offering} shared responsibility model {index}",
        f"description: Who does what on {offering}.",
        f"date: 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "---",
        f"# {offering} shared responsibility model",
        "",
        rng.choice(INTROS).format(vendor=vendor, offering=offering),
        "",
    ]
    for party in parties:
        out += [f"## {party} responsibilities", ""]
        out += [rng.choice(LEAD_INS).format(party=party), ""]
        out += [*_bullets(rng), ""]
        if rng.random() < 0.5:
            sentence = rng.choice(SENTENCES)
            out += [sentence.format(party=party, duty=_duty(rng).lower()), ""]
    if rng.random() < 0.6:
        table = _md_raci if rng.random() < 0.6 else _html_raci
        out += ["## Responsibility matrix", "", *table(rng, parties), ""]
    if rng.random() < 0.4:
        out += ["## Responsibilities by service model", "", *_matrix(rng), ""]
    if rng.random() < 0.3:
        cert = rng.choice(_labels("certifications.ttl"))
        out += ["## Compliance", "", f"{vendor} maintains {cert} certification.", ""]
    return "\n".join(out)


def write_corpus(n: int, outdir: Path, *, seed: int = 0) -> list[Path]:
    """Write ``n`` documents ``doc-00000.md`` … into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n)))
    paths = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        path = outdir / f"doc-{i:0{width}d}.md"
        path.write_text(make_document(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_corpus(args.n, args.outdir, seed=args.seed)


if __name__ == "__main__":
    main()
