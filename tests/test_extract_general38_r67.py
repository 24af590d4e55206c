"""General shapes of session 38 found on development set 67: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_an_aspect_verb_after_and_opens_a_second_duty(tmp_path: Path) -> None:
    """ "Quarrytech will create the vault and commence patching any vaults": "commence
    patching" (a verb of when a duty starts, then a duty verb's -ing form or "to" and its
    base form) opens a second verb phrase, a duty of its own, not a second object of
    "create" ("Create commence patching any vaults")."""
    path = _page(
        tmp_path,
        "vaults.md",
        "# Quarrytech Vaults\n\n"
        "## Onboarding\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "Within two days of an order, Quarrytech will create the tenant's vault and commence "
        "patching any vaults in line with the chosen schedule.\n\n"
        "Quarrytech will set up the ledger and begin to sync the ledgers.\n\n"
        "You must create the bucket and start checking the access logs.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "create the tenant's vault") in pairs, pairs
    assert any(
        p == "quarrytech" and lb.startswith("commence patching any vaults") for p, lb in pairs
    ), pairs
    assert ("quarrytech", "set up the ledger") in pairs, pairs
    assert ("quarrytech", "begin to sync the ledgers") in pairs, pairs
    assert ("customer", "create the bucket") in pairs, pairs
    assert ("customer", "start checking the access logs") in pairs, pairs
    assert not any(
        lb.startswith(("create commence", "set up begin", "create start")) for _, lb in pairs
    ), pairs


def test_an_example_between_a_thing_and_its_purpose_leaves_the_purpose(tmp_path: Path) -> None:
    """ "Provide tools, such as the vault resizer, to grow your vault fleet": the example set
    off by commas goes, the purpose after it stays part of the duty ("Provide tools to grow
    your vault fleet", not the bare "Provide tools"); an example running to the end is still
    cut."""
    path = _page(
        tmp_path,
        "vaults.md",
        "# Quarrytech Vaults\n\n"
        "## Quarrytech responsibilities\n\n"
        "- Provide tools, such as the [vault resizer](/docs/resizer), to grow your vault fleet.\n"
        "- Provide dashboards, like the usage board, to track vault spend.\n"
        "- Provide vault add-ons, such as the key broker.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide tools to grow your vault fleet") in pairs, pairs
    assert ("quarrytech", "provide dashboards to track vault spend") in pairs, pairs
    assert ("quarrytech", "provide vault add-ons") in pairs, pairs


def test_a_long_label_is_not_cut_inside_a_list_of_short_names(tmp_path: Path) -> None:
    """An over-long duty ("Use the provided API, CLI, or console tools to resize … , and to
    adjust …") is cut after the list of short names it opens with, never between its items
    ("Use the provided API" alone)."""
    path = _page(
        tmp_path,
        "vaults.md",
        "# Quarrytech Vaults\n\n"
        "## Your responsibilities\n\n"
        "- Use the provided API, CLI, or console tools to resize the vault compute and vault "
        "storage capacity, and to adjust the vault networking settings to meet the needs of "
        "your own workload.\n",
    )
    pairs = _page_pairs(path)
    labels = [label for party, label in pairs if party == "customer"]
    assert any(
        lb.startswith("use the provided api, cli, or console tools to resize the vault compute")
        for lb in labels
    ), pairs
    assert "use the provided api" not in labels, pairs


def test_an_assumed_deed_in_a_reason_clause_is_a_duty(tmp_path: Path) -> None:
    """ "As it is assumed Quarrytech will manage all vault aspects, there is no console": the
    reason clause states the deed all the same, as "As Quarrytech will manage …" does."""
    path = _page(
        tmp_path,
        "vaults.md",
        "# Quarrytech Vault FAQs\n\n"
        "## Service\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "### Do I get a console?\n\n"
        "As it is assumed Quarrytech will manage all vault patching as part of this service, "
        "there is currently no console for tenants to access.\n",
    )
    pairs = _page_pairs(path)
    assert any(
        p == "quarrytech" and lb.startswith("manage all vault patching") for p, lb in pairs
    ), pairs
