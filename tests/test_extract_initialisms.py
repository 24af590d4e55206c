"""An initialism the page gives its own organisation outranks the vocabulary's role of the same
letters ('CSC' is the vocabulary's cloud service customer): invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_facts, read_document


def _duties(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(party label, role key, lower-cased duty label) of every responsibility."""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(read_document(path))
    out = set()
    for relation in facts.relations:
        if relation.predicate != "responsibleFor":
            continue
        party = facts.entities[relation.subject]
        role = party.attrs.get("role", "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        out.add((party.label, role, facts.entities[relation.object].label.lower()))
    return out


_BODY = (
    "## Responsibilities\n\nCSC is responsible for monitoring the availability of the service.\n\n"
    "The Customer is responsible for backing up their own data.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        'This agreement is between Northern Computing Centre ("CSC") and the Customer.',
        "This agreement is between Northern Computing Centre (CSC) and the Customer.",
        "CSC – Northern Computing Centre Ltd provides the Nimbus service.",
    ],
)
def test_an_initialism_the_page_gives_its_own_organisation_is_that_party(
    tmp_path: Path, opening: str
) -> None:
    duties = _duties(tmp_path, f"# Service level agreement\n\n{opening}\n\n{_BODY}")
    owners = {(label, role) for label, role, duty in duties if "availability" in duty}
    assert owners and all(role != "customer" for _, role in owners), duties
    assert any(role == "customer" and "backing up" in duty for _, role, duty in duties), duties


@pytest.mark.parametrize(
    "opening",
    ["This page speaks of the Cloud Service Customer (CSC).", "This page has no glossary."],
)
def test_the_vocabularys_spelling_or_none_keeps_the_vocabularys_role(
    tmp_path: Path, opening: str
) -> None:
    """'Cloud Service Customer (CSC)' spells the vocabulary's own role, and a page that does not
    explain the initialism leaves it the vocabulary's: CSC is the customer."""
    duties = _duties(
        tmp_path,
        f"# Shared responsibility\n\n{opening}\n\n"
        "## Responsibilities\n\nThe CSC is responsible for backing up their own data.\n",
    )
    assert any(role == "customer" and "backing up" in d for _, role, d in duties), duties
