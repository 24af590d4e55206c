"""General shapes of session 44, found on development sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


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
    """ "**Report Breaches Promptly:** In the event of a breach involving cargo data obtained
    via the API, notify the harbour master": the duty is the instruction after the condition,
    however long the condition is."""
    path = _page(
        tmp_path,
        "breach.md",
        "# Crane API Terms\n\n"
        "### Developer Responsibilities\n\n"
        "You must:\n\n"
        "- **Report Breaches Promptly:** In the event of a breach involving cargo data "
        "obtained via the API, notify the harbour master and affected shippers.\n"
        "- **Keep keys safe:** Store your keys in a vault.\n",
    )
    pairs = _page_pairs(path)
    expected = "report breaches promptly: notify the harbour master and affected shippers"
    assert ("customer", expected) in pairs, pairs
