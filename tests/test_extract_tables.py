"""Table axes (issue 8): which axis holds the parties is detected, never assumed.

A column header is a party only if it names one; a plan, a tier, a quantity or a column word is
never one. When no header names a party but the cells do, the table is a cell-party matrix;
when neither does, the table gives no responsibility. Every table here is invented and shows a
shape, never a page's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_facts, read_document
from graph.facts import Facts

RESPONSIBILITIES = ("responsibleFor", "accountableFor", "consultedOn", "informedOf")


def _facts(tmp_path: Path, body: str) -> Facts:
    path = tmp_path / "shape.md"
    path.write_text(f"# Shared responsibility\n\n{body}\n", encoding="utf-8")
    return extract_facts(read_document(path))


def _pairs(facts: Facts) -> set[tuple[str, str]]:
    return {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate in RESPONSIBILITIES
    }


AXIS_SHAPES = [
    # a) a reference table with no party axis ("Storage | Location | Quota | Backup"): its
    # headers are column words over values, no party, and its cells no duties
    (
        "Nimbus is responsible for the depots.\n\n## Storage\n\nThe cluster has three file "
        "systems.\n\n| File system | Location | Quota | Backup |\n| --- | --- | --- | --- |\n"
        "| Home | `/home/$USER` | 50 GB | Nightly snapshots |\n"
        "| Scratch | `/scratch/$USER` | 10 TB | Not backed up |\n"
        "| Project | `/project/<group>` | Set by the allocation | Weekly copies to tape |\n",
        [("nimbus", "depots")],
        ["/home", "/scratch", "allocation", "snapshots", "copies to tape"],
        ["location", "quota", "backup"],
    ),
    # b) a support-plan table: plan names across, response times and availability values in
    # the cells (some in inline markup): values, no duties, and no plan is a party
    (
        "Nimbus is responsible for the depots.\n\n"
        "| Response | Basic | Premium |\n| --- | --- | --- |\n"
        '| Urgent | 24x5 | <span className="tag">24x7: 1 Hour</span> |\n'
        "| High | Next business day | 4 Hours |\n"
        "| Dedicated engineer | Available for purchase | Included |\n"
        "| Phone support | N/A | Available |\n",
        [("nimbus", "depots")],
        ["24x5", "24x7", "next business day", "available", "dedicated engineer", "phone"],
        ["basic", "premium"],
    ),
    # c) a matrix with a descriptive column ("Content") between the area and the party
    # columns of marks: it describes the row, it is no party and its text no duty
    (
        "| Area | Content | Vendor | Customer |\n| --- | --- | --- | --- |\n"
        "| Network | The switches and routers of the depot | ✓ | |\n"
        "| Data | The records the customer keeps in the vault | | ✓ |\n",
        [("software-vendor", "network"), ("customer", "data")],
        ["switches and routers", "records the customer keeps"],
        ["content"],
    ),
    # d) a cell-party matrix: areas down, deployment options across, the cells name the party
    # (bold, with footnote marks): each named party holds the row's area
    (
        "| Layer | Content | Managed plan | Self-hosted plan |\n| --- | --- | --- | --- |\n"
        "| Network | switches, routers | **Vendor** | **Customer (*2)** |\n"
        "| Hypervisor | virtual machines | **Vendor** | **Customer** |\n"
        "| Data | records in the vault | Customer | Customer¹ |\n",
        [
            ("software-vendor", "network"),
            ("customer", "network"),
            ("software-vendor", "hypervisor"),
            ("customer", "hypervisor"),
            ("customer", "data"),
        ],
        ["switches", "virtual machines", "records in the vault"],
        ["content", "customer1", "managed-plan", "self-hosted-plan"],
    ),
    # e) a long cell whose object is a series: the label keeps every item, it is not cut
    # after the first
    (
        "| Area | Vendor | Customer |\n| --- | --- | --- |\n"
        "| Hosting | Provides the storage disks, the server racks in both regions, and the "
        "hypervisor layer on every single host of the depot | Manages the guests |\n",
        [
            ("software-vendor", "storage disks"),
            ("software-vendor", "hypervisor"),
            ("customer", "manage the guests"),
        ],
        [],
        [],
    ),
    # response times with asides and schedules ("4 hours (24x7)", "< 1 hour*", "Mon–Fri,
    # 9am–5pm") under plan columns, and one party word in a column of blanks ("Community"
    # under a plan): values and a plan axis, no party and no duty
    (
        "Nimbus is responsible for the depots.\n\n"
        "| Feature | Starter | Team | Enterprise |\n| --- | --- | --- | --- |\n"
        "| Vault audit | | ✓ | ✓ |\n| Key escrow | | | ✓ |\n"
        "| Help desk | Community | Email, 1 business day | 24x7 phone: 1 hour |\n\n"
        "| Severity | Standard | Premium |\n| --- | --- | --- |\n"
        "| Sev 1 | 4 hours (24x7) | < 1 hour* |\n| Sev 2 | Mon–Fri, 9am–5pm | 2 hours |\n",
        [("nimbus", "depots")],
        ["help desk", "vault audit", "key escrow", "sev 1", "hours", "9am"],
        ["starter", "enterprise", "premium", "standard"],
    ),
    # a header with a role word ("Helpdesk scope") over values (schedules, availability) is
    # no party either
    (
        "Nimbus is responsible for the depots.\n\n"
        "| Severity | Helpdesk scope | Escalation scope |\n| --- | --- | --- |\n"
        "| Urgent | 24x7 | Next business day |\n| High | 8x5 | Available for purchase |\n",
        [("nimbus", "depots")],
        ["24x7", "8x5", "next business day", "available"],
        ["helpdesk", "escalation"],
    ),
    # a cell-party matrix whose description column says what the row covers: the row's area
    # is the duty, for each party a cell names
    (
        "| Layer | What it covers | Cloud edition | On-premises edition |\n"
        "| --- | --- | --- | --- |\n"
        "| Network | Switches, routers, firewalls | Vendor | Customer [^1] |\n"
        "| Storage | Disks and arrays | Vendor | Customer <sup>2</sup> |\n",
        [
            ("software-vendor", "network"),
            ("customer", "network"),
            ("software-vendor", "storage"),
            ("customer", "storage"),
        ],
        ["switches", "disks and arrays"],
        [],
    ),
    # a cell-party matrix with a column no vocabulary knows between the area and the option
    # columns ("Equipment", its cells verb phrases): it describes the row, it is no party
    # and no label; the subject column ("Layer") names the duty
    (
        "| Layer | Equipment | Managed | Self-hosted |\n| --- | --- | --- | --- |\n"
        "| Network | Routes traffic between the racks | Vendor | Customer |\n"
        "| Hypervisor | Runs the virtual machines | Vendor | Customer |\n",
        [
            ("software-vendor", "network"),
            ("customer", "network"),
            ("software-vendor", "hypervisor"),
            ("customer", "hypervisor"),
        ],
        ["routes traffic", "runs the virtual"],
        ["equipment"],
    ),
    # marks written as emoji shortcodes or JSX expressions are marks (":white_check_mark:",
    # {"✓"}, ":x:")
    (
        "| Area | Vendor | Customer |\n| --- | --- | --- |\n"
        '| Keys | :white_check_mark: | :x: |\n| Logs | :x: | {"✓"} |\n',
        [("software-vendor", "keys"), ("customer", "logs")],
        [],
        [],
    ),
    # a proper name over duty cells stays a party column, with or without a vocabulary party
    # beside it; a proper name over values does not
    (
        "| Task | Litware | Northwind |\n| --- | --- | --- |\n"
        "| Keys | Rotate the signing keys | Review the key log |\n"
        "| Hosts | Patch the depot hosts | Approve the patch window |\n",
        [
            ("litware", "rotate the signing keys"),
            ("northwind", "review the key log"),
            ("litware", "patch the depot hosts"),
        ],
        [],
        [],
    ),
    # an option comparison whose cells mix owners with values and places, read row by row: a
    # row whose option cells mostly name parties is theirs; a capitalised value only cells hold
    # ("Hours", "Moderate") is no party, and a row that says where things are ("Ledger
    # location") names places, not who holds the row
    (
        "Nimbus is responsible for the depots.\n\n"
        "| Aspect | Cloud | Hybrid | Self-run |\n| --- | --- | --- | --- |\n"
        "| Onboarding time | Hours | Days | Weeks |\n"
        "| Ledger location | Nimbus Cloud | Customer Cloud | Customer Cloud |\n"
        "| Key custody | Nimbus | Nimbus | Customer |\n"
        "| Upgrades | Nimbus | Customer | Self-run |\n"
        "| Upkeep effort | Minimal | Moderate | Complete |\n"
        "| Best for | Quick starts | Balance | Strict rules |\n",
        [("nimbus", "key custody"), ("customer", "key custody"), ("customer", "upgrades")],
        ["onboarding", "ledger location", "upkeep", "best for"],
        ["hours", "moderate", "complete", "quick-starts"],
    ),
    # a cell that names a party's place ("Your infra", "Nimbus account": a place noun of the
    # cue vocabulary) says where the row's thing is, not who holds it; one owner row is enough
    (
        "Nimbus is responsible for the depots.\n\n"
        "| Aspect | Cloud | Hybrid | Self-run |\n| --- | --- | --- | --- |\n"
        "| Setup | Minutes | Hours | Days |\n"
        "| Ledger store | Nimbus account | Your infra | Your infra |\n"
        "| Upgrades | Nimbus | Nimbus | Customer |\n"
        "| Effort | Minimal | Moderate | Complete |\n",
        [("nimbus", "upgrades"), ("customer", "upgrades")],
        ["ledger store", "setup", "effort"],
        ["your-infra", "minutes"],
    ),
    # image cells read through a legend whose entry is a template keyword ("{{ nimbus-cloud }}"):
    # the docs site's own product, a party in an owner cell though no sentence names it
    (
        "Duties are split by service model.\n\n"
        "- ![image](dot-grey.svg =18x18) Customer\n"
        "- ![image](dot-blue.svg =18x18) {{ nimbus-cloud }}\n\n"
        "| | IaaS | PaaS |\n| --- | :---: | :---: |\n"
        "| Backups | ![image](dot-grey.svg) | ![image](dot-blue.svg) |\n"
        "| Encryption | ![image](dot-blue.svg) | ![image](dot-blue.svg) |\n"
        "| Audit logs | ![image](dot-grey.svg) | ![image](dot-blue.svg) |\n",
        [("customer", "backups"), ("nimbus-cloud", "encryption"), ("nimbus-cloud", "audit logs")],
        [],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent", "no_party"), AXIS_SHAPES)
def test_table_axes(
    tmp_path: Path,
    body: str,
    present: list[tuple[str, str]],
    absent: list[str],
    no_party: list[str],
) -> None:
    facts = _facts(tmp_path, body)
    pairs = _pairs(facts)
    for party, fragment in present:
        assert any(p == party and fragment in label for p, label in pairs), (
            party,
            fragment,
            sorted(pairs),
        )
    for fragment in absent:
        assert not any(fragment in label for _, label in pairs), (fragment, sorted(pairs))
    parties = {p.ref.key for p in facts.of_kind("party")}
    for key in no_party:
        assert key not in parties, (key, sorted(parties))


def test_plan_rows_are_not_unread(tmp_path: Path) -> None:
    """A plan table row of availability values ("Included", "Available for purchase", "N/A")
    states no relation: it is not noted as a responsibility row left unread."""
    facts = _facts(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n| Extra | Basic | Premium |\n|---|---|---|\n"
        "| Phone desk | N/A | Included |\n| Key escrow | Available for purchase | Included |\n",
    )
    unread = [u.text for u in facts.unread]
    assert not any("Phone desk" in t or "Key escrow" in t for t in unread), unread
