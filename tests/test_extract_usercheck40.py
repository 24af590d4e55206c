"""Shapes from the lead's user check 40 on an unseen page (a managed-service provider's
operational RACI exported from a wiki: prose capability descriptions, then RACI tables):
invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _pairs


def test_another_name_in_parentheses_after_the_subject(tmp_path: Path) -> None:
    """ "MSP (or Central IT) applies the updates", "The customer (or its agents) must …": the
    parenthesised other name stands between the subject and its verb; the subject acts."""
    pairs = _pairs(
        tmp_path,
        "The customer is responsible for the crates.\n\nMSP (or Central Depot) applies and "
        "installs updates to the depot locks. The customer (or its agents) must lock the "
        "gates.\n",
    )
    assert ("managed-service-provider", "apply and install updates to the depot locks") in pairs, (
        sorted(pairs)
    )
    assert ("customer", "lock the gates") in pairs, sorted(pairs)


def test_a_row_repeating_the_header_heads_a_group(tmp_path: Path) -> None:
    """A body row whose cells after the first repeat the header ("| **Depot setup** |
    **Customer** | **MSP** |") heads the rows after it: no duty, and no party's name as
    one."""
    pairs = _pairs(
        tmp_path,
        "| **Crates** | **Customer** | **MSP (or Central Depot)** |\n| --- | --- | --- |\n"
        "| Label the crates | R | I |\n"
        "| **Depot setup** | **Customer** | **MSP (or Central Depot)** |\n"
        "| Build the depot fences | I | R |\n",
    )
    assert ("customer", "label the crates") in pairs, sorted(pairs)
    assert ("managed-service-provider", "build the depot fences") in pairs, sorted(pairs)
    assert not any("central depot" in label or label == "customer" for _, label in pairs), pairs


def test_it_is_a_roles_responsibility_as_the_role_is_responsible(tmp_path: Path) -> None:
    """ "It is the depot operator's responsibility to patch the sheds" names the page's own role
    as "The depot operator is responsible for …" does."""
    pairs = _pairs(
        tmp_path,
        "The customer is responsible for the crates.\n\nIt is the depot operator's "
        "responsibility to patch the sheds.\n",
    )
    assert ("depot-operator", "patch the sheds") in pairs, sorted(pairs)
