"""Shapes from the lead's user check 42 on an unseen page (a study-notes page on a cloud
provider's shared-responsibility model: emoji headings, lead-in lists, a party-labelled list
per service model, a scenario table, comparison tables): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs, _pairs, _related

from graph import extract_facts, read_document


def test_a_list_whose_items_are_labelled_by_parties_reads_like_party_columns(
    tmp_path: Path,
) -> None:
    """ "- **Nimbus**: Racks, power, cooling" beside "- **Customer**: Guest images, keys": every
    item opens with a bold label that is only a party's name, so each item's text is that
    party's duty, noun phrases included, whatever heading the list stands under."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## Examples by model\n\n### 1. **Bare "
        "crates**\n\n* **Nimbus**: Racks, power, cooling\n* **Customer**: Guest images, "
        "firewall rules, keys\n",
    )
    assert ("nimbus", "racks, power, cooling") in pairs, sorted(pairs)
    assert ("customer", "guest images, firewall rules, keys") in pairs, sorted(pairs)


def test_one_party_label_among_other_labels_is_no_party_column(tmp_path: Path) -> None:
    """A list where one item is labelled by a party and another by a topic ("**Storage**:")
    is not read as party columns: the topic's item is no party's noun phrase."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## Notes\n\n* **Customer**: Guest images\n"
        "* **Storage**: Crates and pallets\n",
    )
    assert not any(label == "crates and pallets" for _, label in pairs), sorted(pairs)


def test_a_plural_noun_before_a_series_is_no_subject_and_verb(tmp_path: Path) -> None:
    """ "OS patches, firewall config, key rotation" in a party's cell: "OS" is not a party that
    "patches", the cell is a series of nouns; "Nimbus patches, monitors and backs up X" is
    still a subject with its verbs."""
    path = tmp_path / "models.md"
    path.write_text(
        "# Models\n\n| Model | Customer | Nimbus |\n|---|---|---|\n"
        "| Bare crates | OS patches, firewall config, key rotation | Racks, power |\n\n"
        "The customer patches, monitors and backs up the guest images.\n\n"
        "Customer duties here: OS patches, firewall config, key rotation.\n",
        encoding="utf-8",
    )
    facts_parties = {party for party, _ in _page_pairs(path)}
    assert facts_parties == {"customer", "nimbus"}, facts_parties
    pairs = _page_pairs(path)
    assert ("customer", "os patches") in pairs, sorted(pairs)
    assert ("customer", "patch, monitor and back up the guest images") in pairs, sorted(pairs)


def test_a_heading_naming_a_shared_model_names_no_party_shared(tmp_path: Path) -> None:
    """ "## Provider shared responsibility" over a list: the heading names a model split between
    parties, not a party called "Provider shared" whose duties the list holds."""
    path = tmp_path / "title.md"
    path.write_text(
        "# Depots\n\nThe customer is responsible for the guest images.\n\n"
        "## Provider shared responsibility\n\n- Patch the hosts\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    labels = {e.label for e in facts.entities.values() if e.ref.kind == "party"}
    assert labels == {"Customer"}, labels


def test_compliance_a_page_helps_toward_is_no_certification_held(tmp_path: Path) -> None:
    """ "You stay compliant with industry regulations (HIPAA, GDPR)" under why the model
    matters, "Nimbus Vault helps you achieve PCI DSS compliance": a goal the page helps
    toward, not a certification its subject holds; "Nimbus remains SOC 2 compliant" holds."""
    path = tmp_path / "why.md"
    path.write_text(
        "# Model\n\nNimbus is responsible for the racks.\n\n## Why it matters\n\n"
        "Understanding the model ensures that:\n\n- You stay compliant with industry "
        "regulations (HIPAA, GDPR, etc.)\n- You avoid data breaches\n\nNimbus remains SOC 2 "
        "compliant. Nimbus Vault helps you achieve PCI DSS compliance.\n",
        encoding="utf-8",
    )
    held = _related(path, "holds")
    assert held == {("nimbus", "Nimbus SOC 2 certification")}, held
