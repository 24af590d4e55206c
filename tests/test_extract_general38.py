"""General shapes of session 38, found on evaluation sets and corpus pages: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_shared_responsibility_between_parties_is_each_party_s(tmp_path: Path) -> None:
    """ "Licensing audits are a shared responsibility between Quarrytech and its tenants", below
    the page's introduction: each named party's duty (in the introduction the same words
    state the page's theme and give none)."""
    path = _page(
        tmp_path,
        "grid.md",
        "# Quarrytech Grid responsibilities\n\n"
        "Security is a shared responsibility between Quarrytech and you.\n\n"
        "## Quarrytech\n\n"
        "Quarrytech is responsible for the grid hardware.\n\n"
        "## Shared\n\n"
        "Licensing audits are a shared responsibility between Quarrytech and the customer.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "licensing audits") in pairs, pairs
    assert ("customer", "licensing audits") in pairs, pairs
    assert not any(label == "security" for _, label in pairs), pairs


def test_an_automatic_routine_in_the_passive_is_the_provider_s(tmp_path: Path) -> None:
    """ "Disk firmware is upgraded automatically every month": no reader does it, so it is the
    page's provider's duty, labelled in the active; a default ("… is automatically disabled
    by default") is a setting, and a condition makes it the reader's choice."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger operations\n\n"
        "Quarrytech is responsible for the ledger hardware. "
        "You are responsible for your journals.\n\n"
        "## Upgrades\n\n"
        "Disk firmware is upgraded automatically every month.\n\n"
        "Your index is automatically rebuilt each Sunday.\n\n"
        "Trace capture is automatically disabled by default for new journals.\n\n"
        "If you opt in, journals are automatically compacted.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "upgrade disk firmware every month") in pairs, pairs
    assert ("quarrytech", "rebuild your index each sunday") in pairs, pairs
    assert not any("trace capture" in label for _, label in pairs), pairs
    assert not any("compact" in label for _, label in pairs), pairs


def test_a_lead_in_to_terms_or_channels_is_the_duty(tmp_path: Path) -> None:
    """ "Quarrytech provides point-in-time restore with these targets:" states the duty, its
    items are the terms (an attribute noun of cue-words.ttl); "… keeps you informed through
    any of:" states the duty, its items are channels. A lead-in to controls stays a list of
    duties."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault durability\n\n"
        "Quarrytech is responsible for the vault hosts. You are responsible for your secrets.\n\n"
        "## Restore\n\n"
        "Quarrytech provides point-in-time restore with these targets:\n\n"
        "- Restore time target: service is back within six hours.\n"
        "- Loss window target: at most two hours of changes are lost.\n\n"
        "## Incidents\n\n"
        "During an incident, Quarrytech keeps you informed through any of:\n\n"
        "- The status page\n"
        "- Email\n\n"
        "## Controls\n\n"
        "Quarrytech protects the vault through the following controls:\n\n"
        "- Encrypting every disk\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide point-in-time restore") in pairs, pairs
    assert ("quarrytech", "keep you informed") in pairs, pairs
    assert ("quarrytech", "encrypting every disk") in pairs, pairs
    assert not any("target" in label or "email" in label for _, label in pairs), pairs


def test_an_instruction_opened_by_always_is_the_reader_s(tmp_path: Path) -> None:
    """ "Always use the vault when you store signing keys": a standing rule for the reader,
    though prose instructions elsewhere are steps; the label drops "Always"."""
    path = _page(
        tmp_path,
        "sandbox.md",
        "# Working safely on Quarrytech Sandboxes\n\n"
        "Quarrytech is responsible for the hosts. You are responsible for your sandboxes.\n\n"
        "## Habits\n\n"
        "Always use the vault when you store signing keys in a sandbox.\n\n"
        "Open the console.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "use the vault when you store signing keys in a sandbox") in pairs, pairs
    assert not any("console" in label for _, label in pairs), pairs


def test_where_a_product_runs_is_no_duty(tmp_path: Path) -> None:
    """ "Quarrytech Vault runs only in the Quarrytech network": a siting verb of cue-words.ttl
    with a place and no object says where it is; "runs the vault backups" and "operates in
    accordance with X" still state duties."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault\n\n"
        "Quarrytech is responsible for the vault service. "
        "You are responsible for the secrets you store.\n\n"
        "## Hosting\n\n"
        "Quarrytech Vault is a hosted offering and runs only in the Quarrytech network.\n\n"
        "Quarrytech operates in three regions.\n\n"
        "Quarrytech runs the vault backups.\n\n"
        "Quarrytech operates in accordance with ISO 27001.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "run the vault backups") in pairs, pairs
    assert ("quarrytech", "operate in accordance with iso 27001") in pairs, pairs
    assert not any("network" in label or "regions" in label for _, label in pairs), pairs


def test_a_closing_contrast_or_a_clause_on_a_noun_does_not_deny_the_duty(tmp_path: Path) -> None:
    """A negation that only limits a duty keeps it: in a clause on a plural noun with no
    relative pronoun ("workarounds for layouts the console doesn't accept"), and a closing
    contrast in a party's cell (", but it does not deploy a dashboard tool": cut from the
    label). A denial is still none."""
    path = _page(
        tmp_path,
        "desk.md",
        "# Help desk scope\n\n"
        "## What our help desk covers\n\n"
        "Quarrytech is responsible for the following:\n\n"
        "- Bugs in the Quarry console.\n"
        "- Suggested workarounds for vault layouts the console doesn't accept.\n\n"
        "## At a glance\n\n"
        "| Area | What Quarrytech does | What you own |\n"
        "|---|---|---|\n"
        "| Scaling | Quarrytech deploys Pulse for autoscaling, but it does not deploy a "
        "dashboard tool. | Set vault quotas. |\n"
        "| Billing | Quarrytech does not refund unused credits. | Pay the invoices. |\n",
    )
    pairs = _page_pairs(path)
    assert any("workarounds for vault layouts" in label for _, label in pairs), pairs
    assert ("quarrytech", "deploy pulse for autoscaling") in pairs, pairs
    assert not any("dashboard" in label or "refund" in label for _, label in pairs), pairs


def test_a_clause_of_its_own_is_no_object_and_an_event_no_deed(tmp_path: Path) -> None:
    """ "You run Quarry inside your own account, and every file remains under your control":
    the second clause has its own subject and verb, no second object of "run" (one inside a
    when-clause stays); "Quarry upgrades happen on Wednesday nights": "upgrades" is a noun
    before a verb of what befalls, no deed."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarry vaults\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "## Your part\n\n"
        "You must run Quarry inside your own account, and every file remains under your "
        "control.\n\n"
        "You must submit the checklist when the hosts are ready and the keys are set.\n\n"
        "## Schedule\n\n"
        "Quarry upgrades happen on Wednesday nights.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "run quarry inside your own account") in pairs, pairs
    assert any(label.endswith("the keys are set") for _, label in pairs), pairs
    assert not any("every file" in label or "happen" in label for _, label in pairs), pairs


def test_a_provider_s_present_perfect_control_is_its_duty(tmp_path: Path) -> None:
    """ "We have deployed tamper-evident logging": a control put in place and kept, the
    provider's duty; "has obtained SOC 2 certification" (an achievement participle of
    cue-words.ttl) tells what was done once, and "you have limited options" is a state."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault service scope\n\n"
        "Quarrytech is responsible for the vault service. You are responsible for your secrets.\n\n"
        "## Operations\n\n"
        "We have deployed tamper-evident logging on the vault perimeter.\n\n"
        "Quarrytech has obtained SOC 2 certification.\n\n"
        "As a vault user, you have limited tuning options.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "deploy tamper-evident logging on the vault perimeter") in pairs, pairs
    assert not any("soc 2" in label or "tuning" in label for _, label in pairs), pairs


def test_then_after_a_condition_and_a_responsibility_that(tmp_path: Path) -> None:
    """ "If your setup follows the guide, we will then fix failed installs" and "If A, and B,
    we will fix X": the main clause after the condition(s), its subject kept; "X is
    responsible that disks are wiped": X ensures that they are."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault support\n\n"
        "Quarrytech is responsible for the vault service. You are responsible for your secrets.\n\n"
        "## Help\n\n"
        "If your setup follows the chart guide, we will then fix failed installs.\n\n"
        "If your setup follows the guide, and your services are built correctly, we will "
        "repair broken vaults.\n\n"
        "Quarrytech is responsible that retired disks are wiped.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "fix failed installs") in pairs, pairs
    assert ("quarrytech", "repair broken vaults") in pairs, pairs
    assert ("quarrytech", "ensuring that retired disks are wiped") in pairs, pairs


def test_setup_verbs_are_duty_verbs(tmp_path: Path) -> None:
    """ "You bootstrap a helper machine", "You launch the relay container", "You spin up a
    test vault": setup verbs of duty-verbs.ttl, the reader's duties like "You provision X"."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay on your account\n\n"
        "Quarrytech is responsible for the relay images.\n\n"
        "## Setup\n\n"
        "You bootstrap a small helper machine in your tenancy. You launch the relay container "
        "on that machine. You spin up a test vault.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "bootstrap a small helper machine in your tenancy") in pairs, pairs
    assert ("customer", "launch the relay container on that machine") in pairs, pairs
    assert ("customer", "spin up a test vault") in pairs, pairs


def test_an_including_gerund_with_examples_is_a_duty_of_its_own(tmp_path: Path) -> None:
    """ "…, including configuring the logging and monitoring tools such as A, B, or C": the
    gerund phrase is a duty too, its examples no part of the label."""
    path = _page(
        tmp_path,
        "managed.md",
        "# Quarry Managed: Who Owns What\n\n"
        "## Customer Responsibilities\n\n"
        "You are responsible for reading the change log weekly, including configuring the "
        "required logging and monitoring tools such as Relay Audit, Vault Journal, or Quarry "
        "Trace.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "reading the change log weekly") in pairs, pairs
    assert ("customer", "configuring the required logging and monitoring tools") in pairs, pairs


def test_a_portion_named_by_its_parts_is_those_parts(tmp_path: Path) -> None:
    """ "you run the brokers and take on a larger share, including the hosts, their upgrades,
    and snapshots": the parts (a portion noun of cue-words.ttl) are the duties, the portion
    none."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay\n\n"
        "Quarrytech is responsible for the hosted brokers.\n\n"
        "## Self-hosted Relay\n\n"
        "With self-hosted Relay, you must run the brokers on your own servers and take on a "
        "larger share, including the hosts, their upgrades, and snapshots.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "run the brokers on your own servers") in pairs, pairs
    assert ("customer", "snapshots") in pairs, pairs
    assert ("customer", "hosts") in pairs, pairs
    assert not any("share" in label for _, label in pairs), pairs


def test_a_demonstrative_is_spelt_out_by_its_heading(tmp_path: Path) -> None:
    """ "you are in charge of drafting these limits" under "### Token Spending Limits": the
    heading names what "these limits" are; "these are set up" (no noun) stays."""
    path = _page(
        tmp_path,
        "managed.md",
        "# Quarry Managed: Who Owns What\n\n"
        "## Customer Responsibilities\n\n"
        "### Token Spending Limits\n\n"
        "If your tenant uses spending limits, you are responsible for drafting and updating "
        "these limits.\n\n"
        "### Gateways\n\n"
        "You must make sure these are set up properly.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "drafting and updating token spending limits") in pairs, pairs
    assert ("customer", "make sure these are set up properly") in pairs, pairs


def test_a_passive_under_a_sub_heading_of_a_party_s_duties(tmp_path: Path) -> None:
    """ "Beyond that, the managed hosts are also refreshed every month" under "### Current
    releases" of "## Quarrytech Responsibilities": the provider's routine, as under the party's
    heading itself; under the reader's, a passive with no obligation is how things are."""
    path = _page(
        tmp_path,
        "managed.md",
        "# Quarry Managed: Who Owns What\n\n"
        "## Customer Responsibilities\n\n"
        "### Images\n\n"
        "You are responsible for your images. Sample images are updated on a best effort "
        "basis.\n\n"
        "## Quarrytech Responsibilities\n\n"
        "### Current Releases\n\n"
        "Quarrytech keeps your vaults on the newest release. Beyond that, the managed hosts "
        "are also refreshed every month with new kernels.\n",
    )
    pairs = _page_pairs(path)
    assert any(
        p == "quarrytech" and label.startswith("managed hosts are also refreshed")
        for p, label in pairs
    ), pairs
    assert not any("sample images" in label for _, label in pairs), pairs


def test_a_standard_s_requirement_column_is_no_party(tmp_path: Path) -> None:
    """A table of a standard's goals and requirements ("Goal | PCI DSS Requirement") lists
    what the standard asks, no party's duties; a party's column beside a requirement column
    still gives its duties."""
    path = _page(
        tmp_path,
        "pci.md",
        "# Quarrytech Vault and PCI DSS\n\n"
        "Quarrytech is responsible for the vault platform.\n\n"
        "## Overview of PCI DSS\n\n"
        "| Goal | PCI DSS Requirement |\n|---|---|\n"
        "| Build a secure network | Install and maintain a firewall configuration |\n"
        "| Protect cardholder data | Protect stored cardholder data |\n\n"
        "## Who does what\n\n"
        "| ISO 27001 control | Quarrytech | Customer |\n|---|---|---|\n"
        "| A.8 | Patch the vault hosts | Rotate vault keys |\n",
    )
    pairs = _page_pairs(path)
    assert not any("firewall" in label or "stored cardholder" in label for _, label in pairs)
    assert ("quarrytech", "patch the vault hosts") in pairs, pairs
    assert ("customer", "rotate vault keys") in pairs, pairs


def test_it_after_a_thing_s_leading_clause_is_that_thing(tmp_path: Path) -> None:
    """ "Once the relay has started, it registers with the hub": "it" is the relay, whose
    behaviour is no party's duty; after a party's leading clause "it" stays the party."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarry Cloud layout\n\n"
        "Quarrytech is responsible for the vault hub.\n\n"
        "## Relay\n\n"
        "Quarrytech grants the relay the access rights it needs. Once the relay has started, "
        "it registers with the hub and pulls vault settings. Once Quarrytech has confirmed "
        "the order, it provisions the vault.\n",
    )
    pairs = _page_pairs(path)
    assert not any("register" in label for _, label in pairs), pairs
    assert ("quarrytech", "provision the vault") in pairs, pairs


def test_an_item_that_gives_its_duty_to_another_party_after_it(tmp_path: Path) -> None:
    """Under the provider's heading, "- Slowdowns must be analysed by the customer" and
    "- Upload-key rotation is the customer's responsibility" are the customer's duties, not
    the heading party's whole sentences."""
    path = _page(
        tmp_path,
        "columnar.md",
        "# Quarrytech Columnar responsibilities\n\n"
        "- Quarrytech patches the column hosts.\n"
        "- Slowdowns caused by disk pressure must be analysed by the customer.\n"
        "- Upload-key rotation is the customer's responsibility.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "analyse slowdowns caused by disk pressure") in pairs, pairs
    assert ("customer", "upload-key rotation") in pairs, pairs
    assert not any(p != "customer" and "customer" in label for p, label in pairs), pairs


def test_a_row_read_in_an_earlier_table_is_understood(tmp_path: Path) -> None:
    """A matrix row whose duty an earlier table already gave the same party ("Rotate keys |
    C | C" after "Rotate keys | G | C") adds no fact but was understood: no "gave no fact"
    warning; a row of codes that gave nothing still warns."""
    from graph import extract_facts, read_document

    path = _page(
        tmp_path,
        "matrix.md",
        "# Quarry matrix\n\n**G** = Quarrytech, **C** = Customer.\n\n"
        "## Hosted\n\n"
        "| Responsibility | Quarrytech | Customer |\n|---|---|---|\n"
        "| Rotate keys | | R |\n\n"
        "## Self-hosted\n\n"
        "| Responsibility | Quarrytech | Customer |\n|---|---|---|\n"
        "| Rotate keys | | R |\n",
    )
    facts = extract_facts(read_document(path))
    assert ("customer", "rotate keys") in _page_pairs(path)
    assert [u.line for u in facts.unread] == [], facts.unread


def test_an_event_that_takes_place_is_no_deed(tmp_path: Path) -> None:
    """ "Quarrytech upgrades take place on Tuesdays": a noun before a phrase of what befalls
    ("take place", cue:chance-verb), no deed of the product's party."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarry\n\nQuarrytech is responsible for the vault.\n\n## Schedule\n\n"
        "Quarrytech upgrades take place on Tuesdays.\n",
    )
    assert not any("place" in label for _, label in _page_pairs(path))


def test_readiness_verbs_are_duty_verbs(tmp_path: Path) -> None:
    """ "Forecast load", "Work out peak traffic", "Rehearse failover", "settle queue sizes",
    "practise rolling back": verbs of duty-verbs.ttl, each instruction a duty of its own."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay: going live\n\n"
        "Quarrytech is responsible for the brokers.\n\n"
        "## Your launch checklist\n\n"
        "You are responsible for the following:\n\n"
        "- Forecast load before launch.\n"
        "- Work out peak traffic and settle queue sizes with us.\n"
        "- Automate deployment and rehearse failover.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "forecast load before launch") in pairs, pairs
    assert ("customer", "rehearse failover") in pairs, pairs
    assert ("customer", "automate deployment") in pairs, pairs
    assert any(p == "customer" and label.startswith("work out peak traffic") for p, label in pairs)


def test_a_cell_saying_what_each_coded_party_does(tmp_path: Path) -> None:
    """With a prose key of party codes ("**Q** = Quarrytech, **C** = Customer"), a cell that
    says what each coded party does ("C provides, Q stores", "C internally") gives the row
    to each; a cell of other words stays words."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Quarry matrix\n\n**Q** = Quarrytech, **C** = Customer, **Q+C** = shared.\n\n"
        "| Responsibility | Hosted | Self-hosted |\n|---|---|---|\n"
        "| Endpoint credentials | C provides, Q stores | C |\n"
        "| Status communication | Q | C internally |\n"
        "| Patching | Q | Q ships, C applies |\n"
        "| Rotate keys | Q | see the key guide |\n",
    )
    pairs = _page_pairs(path)
    for party in ("quarrytech", "customer"):
        assert (party, "endpoint credentials") in pairs, pairs
        assert (party, "status communication") in pairs, pairs
        assert (party, "patching") in pairs, pairs
    assert ("customer", "rotate keys") not in pairs, pairs


def test_a_verb_over_no_object_denies(tmp_path: Path) -> None:
    """ "The module sets up no paging rules or status boards": it does none of them, no duty
    (not "no later than", which times one)."""
    path = _page(
        tmp_path,
        "module.md",
        "# Quarry module\n\n"
        "| Area | Quarrytech | Customer |\n|---|---|---|\n"
        "| Monitoring | Quarrytech sets up no paging rules or status boards. | Paging rules. |\n"
        "| Patching | Quarrytech applies patches no later than a week after release. | |\n",
    )
    pairs = _page_pairs(path)
    assert not any(p == "quarrytech" and "paging" in label for p, label in pairs), pairs
    assert any(p == "quarrytech" and label.startswith("apply patches") for p, label in pairs)


def test_a_noun_series_not_provided_opening_with_a_verb_like_word(tmp_path: Path) -> None:
    """ "Restore testing, offsite copies, and cache backups are not provided." in the caller's
    column: each thing is the caller's, though "Restore" could open an instruction."""
    path = _page(
        tmp_path,
        "module.md",
        "# Quarry module\n\n"
        "| Area | What Quarrytech does | What the customer owns |\n|---|---|---|\n"
        "| Backup | Configures nightly snapshots. | Restore testing, offsite vault copies, "
        "and cache backups are not provided. |\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "restore testing") in pairs, pairs
    assert ("customer", "cache backups") in pairs, pairs


def test_a_heading_that_denies_its_subject_s_part_lists_no_duties(tmp_path: Path) -> None:
    """Under "## What the Quarrytech Hosting team doesn't cover", "The team doesn't provide:"
    and its items are no duties of the team (before, the items were given to it)."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Quarrytech Hosting support scope\n\n"
        "Quarrytech is responsible for the hosting nodes.\n\n"
        "## What the Quarrytech Hosting team doesn't cover\n\n"
        "The Quarrytech Hosting team doesn't provide:\n\n"
        "* any support for scripts that run inside your workspace\n"
        "* upkeep of your site's plugins\n",
    )
    pairs = _page_pairs(path)
    assert not any("plugins" in label or "scripts" in label for _, label in pairs), pairs


def test_needing_access_is_no_duty(tmp_path: Path) -> None:
    """ "The Quarrytech team will need admin access to the customer console": what it needs
    to do its work, as having access is a right; granting it is the customer's duty."""
    path = _page(
        tmp_path,
        "access.md",
        "# Quarrytech managed service\n\nQuarrytech is responsible for the service.\n\n"
        "## Access\n\n"
        "At a bare minimum, the Quarrytech team will need admin access to the customer "
        "console.\n\nYou need to grant admin access to the team.\n",
    )
    pairs = _page_pairs(path)
    assert not any(label.startswith("need") for _, label in pairs), pairs
    assert ("customer", "grant admin access to the team") in pairs, pairs
