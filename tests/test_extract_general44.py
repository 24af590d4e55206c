"""General shapes of session 44, found on development sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _has, _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_a_bold_title_over_what_the_party_does_keeps_both(tmp_path: Path) -> None:
    """ "**Cranes** — Inspecting the cranes and greasing the winches" under a party's
    heading: the text after the dash is the duty itself (a gerund phrase), so the label keeps
    the title and the duty; a title over sentences that only explain it stays the title."""
    path = _page(
        tmp_path,
        "quay.md",
        "# Harbour shared responsibility\n\n"
        "## Acme is responsible for\n\n"
        "- **Cranes** — Inspecting the cranes and greasing the winches every month\n"
        "- **Night watch** — Acme keeps a guard on the quay from dusk to dawn.\n",
    )
    pairs = _page_pairs(path)
    assert any(
        p == "acme" and label.startswith("cranes: inspecting the cranes") for p, label in pairs
    ), pairs
    assert ("acme", "cranes") not in pairs, pairs
    assert ("acme", "night watch") in pairs, pairs


def test_a_titled_duty_restating_a_matrix_row_is_that_row(tmp_path: Path) -> None:
    """A matrix row "Quay cranes" held by Acme, then a list "**Quay cranes** - Maintaining the
    cranes": one duty, not a second one beside the row's."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Harbour shared responsibility\n\n"
        "| Area | Customer | Acme |\n|---|---|---|\n"
        "| Quay cranes | | Yes |\n| Cargo manifests | Yes | |\n\n"
        "## Acme is responsible for\n\n"
        "- **Quay cranes** - Maintaining and inspecting the cranes on every quay.\n"
        "- **Tug fleet** - Operating the tugs in the outer harbour.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert sum(label.startswith("quay cranes") for label in acme) == 1, acme
    assert any(label.startswith("tug fleet: operating") for label in acme), acme


def test_commitments_of_a_named_party_are_its_duties(tmp_path: Path) -> None:
    """A heading "Security Commitment of Acme" over bare verbs: Acme's duties, not
    instructions to the reader."""
    path = _page(
        tmp_path,
        "commit.md",
        "# Acme security\n\n"
        "Acme runs the harbour's crane service.\n\n"
        "## Security Commitment of Acme\n\n"
        "* Inspect the cranes every week.\n"
        "* Upon request, provide customers with the inspection reports.\n\n"
        "## Customer's Responsibilities\n\n"
        "* Report damaged cargo to Acme.\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "inspect the cranes every week") in pairs, pairs
    assert not any(p == "customer" and "inspect" in label for p, label in pairs), pairs
    assert ("customer", "report damaged cargo to acme") in pairs, pairs


def test_a_condition_naming_a_series_ends_before_the_instruction(tmp_path: Path) -> None:
    """ "In the event of a crane failure, power cut, or flood affecting a customer, notify the
    customer": the condition's commas belong to its series; the duty is the instruction."""
    path = _page(
        tmp_path,
        "notify.md",
        "# Harbour services\n\n"
        "## Acme's responsibilities\n\n"
        "* Inspect the cranes every week.\n"
        "* In the event of a crane failure, power cut, or flood affecting a customer, notify "
        "the customer within 48 hours.\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "notify the customer within 48 hours") in pairs, pairs
    assert not any("power cut" in label for _, label in pairs), pairs


def test_a_partys_thing_as_subject_is_no_party(tmp_path: Path) -> None:
    """ "Each customer's unique cargo and threat model play a critical role in determining X":
    the subject is the customer's thing, so X is no duty of the customer's; "the customer's
    harbour team plays a role in Y" (people) still gives the customer Y."""
    path = _page(
        tmp_path,
        "role.md",
        "# Harbour shared responsibility\n\n"
        "## Overview\n\n"
        "Each customer's unique cargo and threat model play a critical role in determining "
        "the right configurations and loading patterns.\n\n"
        "The customer's harbour team plays a key role in inspecting the containers.\n",
    )
    pairs = _page_pairs(path)
    assert not any("configurations" in label or "loading" in label for _, label in pairs), pairs
    assert any(p == "customer" and "inspecting the containers" in label for p, label in pairs), (
        pairs
    )


def test_our_heading_after_another_partys_is_the_writers(tmp_path: Path) -> None:
    """ "### Developer Responsibilities" then "### Our Responsibilities" / "We will:" on a page
    with no known vendor: "we" is the writer, not the developer whose heading came before."""
    path = _page(
        tmp_path,
        "terms.md",
        "# Crane API Terms Of Service\n\n"
        "### Developer Responsibilities\n\n"
        "You must:\n\n"
        "- **Keep keys safe:** Store your keys in a vault.\n\n"
        "### Our Responsibilities\n\n"
        "We will:\n\n"
        "- Warn you before we retire an API.\n"
        "- Provide a robust test environment.\n",
    )
    pairs = _page_pairs(path)
    owners = {p for p, label in pairs if label == "provide a robust test environment"}
    assert owners == {"platform-provider"}, pairs


def test_a_titled_instruction_after_a_long_condition(tmp_path: Path) -> None:
    """ "**Report Cargo Losses Quickly:** In the event of a breach involving cargo data obtained
    via the API, notify the harbour master": the duty is the instruction after the condition,
    however long the condition is."""
    path = _page(
        tmp_path,
        "breach.md",
        "# Crane API Terms\n\n"
        "### Developer Responsibilities\n\n"
        "You must:\n\n"
        "- **Report Cargo Losses Quickly:** In the event of a breach involving cargo data "
        "obtained via the API, notify the harbour master and affected shippers.\n"
        "- **Keep keys safe:** Store your keys in a vault.\n",
    )
    pairs = _page_pairs(path)
    expected = "report cargo losses quickly: notify the harbour master and affected shippers"
    assert ("customer", expected) in pairs, pairs


_SPLIT_TABLE = (
    "# Quay deployment model and shared responsibility\n\n"
    "## Responsibility split\n\n"
    "| Area | {a} | {b} |\n"
    "|------|-----|-----|\n"
    "| Host hardening | Ships the image running unprivileged as a plain user. "
    "| The host operating system and its patching, and the container engine. |\n"
    "| Backups | Documents how to back up the shared secret. "
    "| Backing up the key file and the exchange records. |\n"
    "| Encryption at rest | None. The project stores nothing there. "
    "| Full-disk encryption of the hosts that keep the results. |\n"
    "| Incident response | Serves the crane console over TLS and runs the gate server. "
    "| Responding to incidents on its own hosts and telling the partner. |\n"
)


def test_a_split_table_headed_by_names_no_vocabulary_knows(tmp_path: Path) -> None:
    """ "| Area | The Quay project | The berth agency |" over cells that say what each does:
    each header names a party, its cells that party's duties; a cell saying the party does
    nothing there ("None. …") is no duty."""
    path = _page(
        tmp_path,
        "split.md",
        _SPLIT_TABLE.format(a="The Quay project", b="The berth agency"),
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "quay-project", "ship the image running unprivileged"), pairs
    assert _has(pairs, "quay-project", "serve the crane console over tls"), pairs
    assert _has(pairs, "berth-agency", "backing up the key file"), pairs
    assert _has(pairs, "berth-agency", "full-disk encryption"), pairs
    assert not any("none" in label or "stores nothing" in label for _, label in pairs), pairs


def test_a_column_of_references_is_no_party(tmp_path: Path) -> None:
    """ "| Area | Quay project | Calling team | Related input / doc |": the
    last column lists settings and documents, not what someone does."""
    path = _page(
        tmp_path,
        "module.md",
        "# Quay project shared responsibility\n\n"
        "| Area | Quay project | Calling team | Related input / doc |\n|---|---|---|---|\n"
        "| Backups | Configures nightly snapshots of the ledger database. | Runs restore drills, "
        "copies backups to a second region. | `snapshot_window`, `retention_days`; "
        "docs/backup.md |\n"
        "| Network | Creates the load balancer when asked to. | Owns the VPC, its subnets and the "
        "egress firewall. | `create_ingress`, `zone_id`; docs/network.md, examples/basic/ |\n",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "quay-project", "nightly snapshots"), pairs
    assert not any("snapshot_window" in label or "docs/" in label for _, label in pairs), pairs


def test_a_cells_verb_keeps_the_pages_wording(tmp_path: Path) -> None:
    """A cell "Serves the crane console over TLS and runs the gate server" gives "Serve the
    crane console over TLS" with the page's "serves the crane console over TLS" as an
    alternative label."""
    path = _page(
        tmp_path,
        "split.md",
        _SPLIT_TABLE.format(a="The Quay project", b="The berth agency"),
    )
    facts = extract_facts(read_document(path))
    labels = {
        (e.label, tuple(e.alt_labels))
        for e in facts.of_kind("duty")
        if e.label.lower().startswith("serve")
    }
    assert any(
        "serves the crane console over tls" in {a.lower() for a in alts} for _, alts in labels
    ), labels


def test_a_subject_after_a_scene_setting_phrase(tmp_path: Path) -> None:
    """ "Throughout the life of a permit for a crane operator, independent assessors are
    responsible for:": the assessors (a person noun), not the crane operator the leading
    phrase names; "In the case of a night shift, providing X" is the duty "Providing X"."""
    path = _page(
        tmp_path,
        "permits.md",
        "# Harbour permit model\n\n"
        "## Crane Operator Responsibilities\n\n"
        "Crane operators are responsible for:\n\n"
        "1. Creating and maintaining permit materials.\n\n"
        "## Assessment Responsibilities\n\n"
        "Throughout the life of a permit for a crane operator, independent assessors are "
        "responsible for:\n\n"
        "1. Verifying that the permit materials meet the rules.\n"
        "2. In the case of a night shift permit, providing all materials to the harbour "
        "master.\n",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "independent-assessors", "verifying that the permit materials"), pairs
    assert _has(pairs, "independent-assessors", "providing all materials to the harbour"), pairs
    assert not _has(pairs, "crane-operator", "verifying"), pairs
    assert not any(label.startswith("in the case") for _, label in pairs), pairs


def test_what_the_role_must_do_heading_names_the_role(tmp_path: Path) -> None:
    """ "## What the operator must do" (a role in lower case after "the", or a bare plural
    "What operators must do") names that role; its subsections' lists are its duties."""
    for heading, key in (
        ("What the operator must do", "operator"),
        ("What operators must do", "operators"),
    ):
        path = _page(
            tmp_path,
            "operator.md",
            "# Shared responsibility\n\n"
            "Quaykeeper is software you run.\n\n"
            f"## {heading}\n\n"
            "### Key custody\n\n"
            "- **Keep retired gate keys while any ledger copy needs them.** Copies carry keys.\n"
            "- **Rotate the gate keys by hand.** The steps are in the guide.\n\n"
            "### Backups\n\n"
            "- **Back up the ledger yourself.** Nothing in Quaykeeper does it.\n",
        )
        pairs = _page_pairs(path)
        assert (key, "back up the ledger yourself") in pairs, (heading, pairs)
        assert (key, "rotate the gate keys by hand") in pairs, (heading, pairs)


def test_topics_under_what_a_party_does(tmp_path: Path) -> None:
    """ "## What Acme does" over "### Tenant separation" and its prose: each topic heading is
    Acme's duty, as under "## Acme responsibilities"; a topic a role's word qualifies
    ("Tenant separation") is still a topic, "### Customers" a party."""
    path = _page(
        tmp_path,
        "does.md",
        "# Shared responsibility\n\n"
        "Quaykeeper is software you run.\n\n"
        "## What Acme does\n\n"
        "### Tenant separation\n\n"
        "Every tenant table carries an owner column and has row-level security enabled.\n\n"
        "### Sealing of stored crane codes\n\n"
        "Envelope encryption with per-workspace keys.\n\n"
        "## What the operator must do\n\n"
        "- **Back up the ledger yourself.** Nothing in Quaykeeper does it.\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "tenant separation") in pairs, pairs
    assert ("acme", "sealing of stored crane codes") in pairs, pairs


def test_a_leadin_with_coordinated_verbs(tmp_path: Path) -> None:
    """ "Acme deploys and manages the following components as part of Quay:" (two verbs, or
    "builds, deploys and operates") over a list: each item is Acme's, as under "Acme manages
    the following:"."""
    for verbs in ("deploys and manages", "builds, deploys and operates"):
        path = _page(
            tmp_path,
            "managed.md",
            "# Support for Quay on Harbour\n\n"
            "## Managed nature\n\n"
            f"Acme {verbs} the following components and services as part of Quay:\n\n"
            "* Harbour Crane Service with the managed winch controller\n"
            "* Harbour Ledger Server\n\n"
            "## Customer Responsibilities\n\n"
            "Customers are responsible for packing their containers.\n",
        )
        pairs = _page_pairs(path)
        assert ("acme", "harbour ledger server") in pairs, (verbs, pairs)


def test_a_promise_after_a_condition_in_the_readers_list(tmp_path: Path) -> None:
    """ "If you cannot fix it, we'll refer it to your harbour master" among the steps under what
    the writer expects from the reader: the writer's promise, labelled without "We will"."""
    path = _page(
        tmp_path,
        "dispute.md",
        "# Crane API terms of use\n\n"
        "## What we expect from you\n\n"
        "### Dispute process\n\n"
        "1. We’ll contact you if we learn about an issue that affects your clients.\n"
        "2. If you can’t solve it, we’ll refer it to your harbour master.\n"
        "3. If we can’t find a solution together, we’ll suspend your crane permit.\n",
    )
    pairs = _page_pairs(path)
    assert ("platform-provider", "refer it to your harbour master") in pairs, pairs
    assert ("platform-provider", "suspend your crane permit") in pairs, pairs
    assert not any(p == "customer" and label.startswith("we ") for p, label in pairs), pairs


def test_a_links_screen_reader_hint_is_no_part_of_a_label(tmp_path: Path) -> None:
    """An HTML item "<a …>Harbour Safety Act (opens in a new tab)</a>" under "You must follow
    these laws:": the label has no "(opens in a new tab)"."""
    path = _page(
        tmp_path,
        "laws.html",
        "<html><head><title>Crane API terms</title></head><body><main>"
        "<h1>Crane API terms</h1><h2>What we expect from you</h2>"
        "<p>You must follow these laws:</p><ul>"
        '<li><a href="https://example.org/act">Harbour Safety Act 2018 (opens in a new tab)</a>'
        "</li><li>Cargo Marking Regulations</li></ul></main></body></html>",
    )
    labels = {label for _, label in _page_pairs(path)}
    assert "harbour safety act 2018" in labels, labels
    assert not any("new tab" in label for label in labels), labels


def test_a_plain_title_before_a_dash_and_a_placeholder_object(tmp_path: Path) -> None:
    """ "- Patch Management – Acme is responsible for patching X, but customers are
    responsible for patching Y": a title before a spaced dash, then two parties' duties (the
    item was the customer's, whole); "Customers are responsible for items such as:" leads to
    its list, no duty "Items such as"."""
    path = _page(
        tmp_path,
        "shared.md",
        "# Harbour shared responsibility\n\n"
        "## Shared Responsibility\n\n"
        "Shared controls apply to both Acme and customers:\n\n"
        "- Patch Management – Acme is responsible for patching the cranes, but customers are "
        "responsible for patching their own winches.\n\n"
        "## Customer's Responsibilities\n\n"
        "Customers are responsible for items such as:\n\n"
        "- Correct configuration of the cranes.\n"
        "- Configuration change control.\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "patching the cranes") in pairs, pairs
    assert ("customer", "patching their own winches") in pairs, pairs
    assert not any("items such as" in label or "patch management" in label for _, label in pairs)


def test_a_cell_in_the_writers_voice(tmp_path: Path) -> None:
    """ "We manage the quay cranes, including their winches." in Acme's column: "Manage the quay
    cranes" is Acme's, labelled without "We"; in the customer's column it is the writer's."""
    path = _page(
        tmp_path,
        "voice.md",
        "# Acme shared responsibility\n\n"
        "| Area | Acme | Customer |\n|---|---|---|\n"
        "| Cranes | We manage the quay cranes, including their winches. | N/A. You do not run "
        "cranes. |\n"
        "| Cargo | Inspection of sealed containers on request. | Packing and labelling the "
        "cargo. |\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "manage the quay cranes") in pairs, pairs
    assert not any(label.startswith("we ") for _, label in pairs), pairs


def test_columns_of_states_are_no_parties(tmp_path: Path) -> None:
    """ "| Area | Current state | Target state |" over cells that say what is done: the headers
    name no one (a name needs a capitalised word after its first, a person noun or a body
    noun such as "agency" or "project", cue-words.ttl)."""
    path = _page(
        tmp_path,
        "states.md",
        "# Harbour plan\n\n"
        "The customer is responsible for the cargo.\n\n"
        "| Area | Current state | Target state |\n|---|---|---|\n"
        "| Cranes | Operates two cranes at the north quay today. | Operates four cranes at both "
        "quays by next year. |\n"
        "| Ledger | Keeps the ledger on paper in the harbour office. | Keeps the ledger in the "
        "cloud with nightly copies. |\n",
    )
    parties = {p for p, _ in _page_pairs(path)}
    assert not parties & {"current-state", "target-state"}, parties
