"""General shapes of session 39 (worktree h2), from facts that two independent readers of a
development page both listed or both left out: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_list_describing_a_rule_names_no_duty(tmp_path: Path) -> None:
    """Under '## Quarrytech Depot responsibilities', a paragraph naming a procedure, then
    '- This procedure has been written …', '- It covers guidance on …': what the procedure is
    and covers, no duty of the depot's; its own sentence stays one."""
    path = _page(
        tmp_path,
        "depot.md",
        "# Quarrytech Depot operations\n\n"
        "## Quarrytech Depot responsibilities\n\n"
        "Quarrytech Depot must report lost crates to the owner within 2 days. This starts "
        "the search as documented in the procedure L01 Lost Crate Handling.\n\n"
        "- This procedure has been written according to the crate policy, to reduce losses\n"
        "- It covers guidance on how the search should be run, describing the roles of the "
        "parties, and encourages early reporting\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech-depot", "report lost crates to the owner within 2 days") in pairs, pairs
    assert not any("guidance" in label or "describing" in label for _, label in pairs), pairs
    assert not any("procedure" in label or "encourage" in label for _, label in pairs), pairs


def test_a_party_a_later_heading_names_acts_in_the_prose_before_it(tmp_path: Path) -> None:
    """'A Storage Hub (SH) is the smallest unit of the Quarrytech grid' and, later,
    '## Storage Hubs responsibilities': the page's own party, its initialism its name too, so
    'In order to join the grid, a SH needs to present a request to the operator' above that
    heading, and 'As defined in the SH charter, the SH will handle outages' under it, are its
    duties ('Storage' is a common word, but the page spells the name out as an initialism's)."""
    path = _page(
        tmp_path,
        "grid.md",
        "# Joining the Quarrytech grid\n\n"
        "## Introduction\n\n"
        "A Storage Hub (SH) is the smallest unit of the Quarrytech grid.\n\n"
        "## Registration\n\n"
        "In order to join the grid, a SH needs to present a request to the grid operator.\n\n"
        "## Storage Hubs responsibilities\n\n"
        "### Outages\n\n"
        "As defined in the SH charter, the SH will handle outages within a day.\n",
    )
    pairs = _page_pairs(path)
    assert ("storage-hubs", "present a request to the grid operator") in pairs, pairs
    assert ("storage-hubs", "handle outages within a day") in pairs, pairs


def test_a_safeguard_in_the_passive_is_the_providers_control(tmp_path: Path) -> None:
    """'Files in transit to Quarrytech are protected with TLS', 'Access to the key store is
    controlled and audited, and …', 'The vault index is securely replicated to a second region':
    safeguards the provider's page describes with no agent (cue:safeguard-verb), its duties;
    what a law protects, or what a condition makes happen, is none."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault security\n\n"
        "Quarrytech is responsible for the vault hardware.\n\n"
        "## How your files are kept safe\n\n"
        "Files in transit to Quarrytech are protected with TLS.\n\n"
        "Access to the key store is controlled and audited, and vault operations are limited "
        "to only what is necessary.\n\n"
        "The vault index is securely replicated to a second region.\n\n"
        "Personal data is protected under the privacy law of your country.\n\n"
        "If you enable archiving, archived files are encrypted with your own key.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "protect files in transit to quarrytech with tls") in pairs, pairs
    assert ("quarrytech", "control and audit access to the key store") in pairs, pairs
    assert ("quarrytech", "replicate vault index to a second region") in pairs, pairs
    assert not any("personal data" in label for _, label in pairs), pairs
    assert not any("archived" in label for _, label in pairs), pairs


def test_advice_not_to_do_a_thing_is_the_readers_duty_to_refrain(tmp_path: Path) -> None:
    """'We recommend not including personal information in the file names you upload',
    'Quarrytech advises against storing keys in plain text': the reader's 'Do not …' duties,
    as a prohibition's are; 'We recommend rotating your keys' stays a duty to act."""
    path = _page(
        tmp_path,
        "names.md",
        "# Quarrytech Vault data\n\n"
        "Quarrytech is responsible for the vault hardware.\n\n"
        "## Text you send\n\n"
        "We recommend not including personal information in the file names you upload.\n\n"
        "Quarrytech advises against storing keys in plain text.\n\n"
        "We recommend rotating your keys every month.\n",
    )
    pairs = _page_pairs(path)
    expected = "do not include personal information in the file names you upload"
    assert ("customer", expected) in pairs, pairs
    assert ("customer", "do not store keys in plain text") in pairs, pairs
    assert any(p == "customer" and "rotat" in label for p, label in pairs), pairs
