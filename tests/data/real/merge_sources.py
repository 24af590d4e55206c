"""Fold the helpers' per-batch source lists (_sources_*.tsv) into tests/data/SOURCES.txt.

Columns of a batch line: stem, owner/repo, path, commit, licence (SPDX), copyright holder, notes.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent / "SOURCES.txt"
VENDORS = {
    "aws": "AWS", "azure": "Microsoft", "microsoft": "Microsoft", "cloudgov": "cloud.gov (GSA)",
    "yandex": "Yandex Cloud", "sap": "SAP", "moj": "UK Ministry of Justice", "supabase": "Supabase",
    "tuist": "Tuist", "temporal": "Temporal", "elastisys": "Elastisys", "dagster": "Dagster",
    "cleura": "Cleura", "scs": "Sovereign Cloud Stack", "gitlab": "GitLab", "ibm": "IBM",
    "cockroachdb": "Cockroach Labs", "flyio": "Fly.io", "catalyst": "Catalyst Cloud",
    "aiven": "Aiven", "bcgov": "BC Government Public Cloud Accelerator", "giantswarm": "Giant Swarm",
    "github": "GitHub", "govuk": "GOV.UK PaaS", "meshcloud": "meshcloud", "2i2c": "2i2c",
    "buildkite": "Buildkite", "egi": "EGI Foundation", "gcforms": "Canadian Digital Service",
    "kong": "Kong", "redhat": "Red Hat", "apify": "Apify", "commcare": "Dimagi (CommCare)",
    "turing": "The Alan Turing Institute", "satre": "SATRE project", "nhsengland": "NHS England",
    "zenml": "ZenML", "kubermatic": "Kubermatic", "cloudflare": "Cloudflare",
    "ssc": "Shared Services Canada", "metalk8s": "Scality (MetalK8s)", "wynton": "UCSF Wynton HPC",
    "pingcap": "PingCAP (TiDB Cloud)", "asf": "Apache Software Foundation Infra", "teleport": "Teleport",
    "zitadel": "ZITADEL", "posthog": "PostHog",
}  # fmt: skip
MARK = "## Real pages (tests/data/real/)"


def main() -> None:
    rows: dict[str, list[str]] = {}
    for batch in sorted(HERE.glob("_sources_*.tsv")):
        for line in batch.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) < 6 or not cells[0].strip():
                continue
            stem = cells[0].strip()
            files = [p.name for p in HERE.glob(f"{stem}.*") if p.suffix != ".tsv"]
            name = files[0] if files else stem
            rows.setdefault(name, cells)
    text = SOURCES.read_text(encoding="utf-8").split(MARK)[0].rstrip() + "\n\n"
    lines = [
        MARK,
        "",
        "A development corpus of real public pages, each with expected facts (`<stem>.tsv`) written",
        "from a reading of the page before srgraph ran on it. Each page keeps its own licence.",
        "",
        "| file | vendor | source repository / path @ commit | licence | copyright | shape |",
        "|---|---|---|---|---|---|",
    ]
    for name, cells in sorted(rows.items()):
        vendor = VENDORS.get(name.split("-")[0], name.split("-")[0])
        where = f"{cells[1].strip()} {cells[2].strip()}"
        if cells[3].strip():
            where += f" @ {cells[3].strip()[:12]}"
        notes = cells[6].strip().replace("|", "/") if len(cells) > 6 else ""
        lines.append(
            f"| real/{name} | {vendor} | {where} | {cells[4].strip()} | {cells[5].strip()} | {notes} |"
        )
    SOURCES.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
