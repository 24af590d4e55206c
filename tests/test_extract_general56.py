"""General shapes of session 56 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page

from graph import extract_facts, read_document


def _keys(path: Path) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every duty of the page."""
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }


def test_an_agreement_s_defined_user_binds_with_no_article(tmp_path: Path) -> None:
    """ "User must keep the keys safe": an agreement's defined term "User" with no article is
    the users, as "The user must …" is; a lower-case "user" opening a fragment is not."""
    keys = _keys(
        _page(
            tmp_path,
            "terms.md",
            "# Quarry terms of use\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "## Article 1. Access\n\n"
            "1. Quarrytech will maintain the crushers.\n"
            "2. User must keep the gate keys safe and must report broken fences.\n"
            "3. User agrees to wear a helmet on site.\n",
        )
    )
    assert {
        ("quarrytech", "maintain the crushers"),
        ("customer", "keep the gate keys safe"),
        ("customer", "report broken fences"),
        ("customer", "wear a helmet on site"),
    } <= keys, keys


def test_a_party_s_capacity_and_a_relative_clause_leave_its_duty_whole(tmp_path: Path) -> None:
    """ "It is the warden's responsibility (as the agent of the owner) to …": the capacity in
    parentheses is no part of the clause; "The site technician (as …) that samples the rock,
    also has a legal responsibility to …": the subject is the technician, whatever its relative
    clause and the comma after it."""
    keys = _keys(
        _page(
            tmp_path,
            "roles.md",
            "# Quarry roles\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "* It is the warden's responsibility (as the agent of the owner) to ensure that "
            "every fence is mended.\n"
            "* The site technician (as the agent of the owner) that samples the rock, also has "
            "a legal responsibility to label every core.\n",
        )
    )
    assert {
        ("warden", "ensure that every fence is mended"),
        ("site-technician", "label every core"),
    } <= keys, keys


def test_a_condition_names_the_pronoun_of_the_obligation_after_it(tmp_path: Path) -> None:
    """ "If a bioinformatician plans X, they must get the approval from the warden to Y": the
    bioinformatician's duty to get the approval ("must get" binds; "will get an email" does
    not), and the warden, named inside what is got, is made to do nothing."""
    keys = _keys(
        _page(
            tmp_path,
            "approval.md",
            "# Quarry data rules\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "If a bioinformatician plans to copy the logs elsewhere, they must get the approval "
            "from the warden to move the logs off site. Customers will get an email.\n",
        )
    )
    assert (
        "bioinformatician",
        "get the approval from the warden to move the logs off site",
    ) in keys
    assert not any(party == "warden" for party, _ in keys), keys
    assert not any("email" in label for _, label in keys), keys


def test_have_and_has_open_verb_phrases_of_a_series(tmp_path: Path) -> None:
    """ "…, run regular drills, and have named contacts", "owns the data, has permission to
    share it, and that it will not harm the quarry": "have" / "has" open duties of their own
    (no "Run have named contacts"), and a negated that-clause pledges no duty."""
    keys = _keys(
        _page(
            tmp_path,
            "conditions.md",
            "# Quarry hire conditions\n\n"
            "Quarrytech is responsible for crushing the stone.\n\n"
            "The hire requires the customer to accept the following conditions:\n\n"
            "* Agreement that the customer will apply safety patches, run regular drills, and "
            "have named contacts.\n"
            "* Agreement that the customer owns the data, has permission to share it, and that "
            "it will not harm the quarry.\n",
        )
    )
    assert {
        ("customer", "apply safety patches"),
        ("customer", "run regular drills"),
        ("customer", "have named contacts"),
        ("customer", "own the data"),
        ("customer", "have permission to share it"),
    } <= keys, keys
    assert not any("harm" in label or label.startswith("run have") for _, label in keys), keys
