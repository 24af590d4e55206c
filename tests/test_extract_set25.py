"""Shapes from the development round on held-out set 25 (prose policies: a support policy, a
research data store's page, user policies): general English, invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _page_pairs

from graph import extract_facts, read_document


def _page(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    path = tmp_path / "policy.md"
    path.write_text(f"# Support policy\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)


def test_a_name_the_page_writes_as_an_owner_is_a_proper_noun(tmp_path: Path) -> None:
    """ "These are Nimbus's current policies": the page writes "Nimbus" inside a sentence (as an
    owner), so "Nimbus will patch the servers" is Nimbus's duty."""
    pairs = _page(
        tmp_path,
        "These are Nimbus's current policies for its hosted service.\n\n"
        "You are responsible for your own data.\n\nNimbus will patch the servers every week.\n",
    )
    assert ("nimbus", "patch the servers every week") in pairs, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "As your project end date approaches, please ensure that all unneeded data is deleted.",
        "**As your project end date approaches, please ensure that all unneeded data is deleted.**",
        "Please make sure that all unneeded data is deleted.",
        "Ensure that all unneeded data is deleted before the project ends.",
    ],
)
def test_an_instruction_to_see_to_something_is_the_readers_duty(
    tmp_path: Path, sentence: str
) -> None:
    """On a page that speaks to "you", "(As X nears,) please ensure that Y is done" is the
    reader's duty (a verb of oversight, cue-words.ttl)."""
    pairs = _page(tmp_path, f"You are responsible for your own data.\n\n{sentence}\n")
    assert any(p == "customer" and "unneeded data is deleted" in d for p, d in pairs), pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "**Ensure that all unneeded data is deleted.**",  # a bold title over its text
        "Please ensure that you are registered there: the desk will do that for you.",
    ],
)
def test_a_bold_title_or_the_readers_own_state_is_no_instruction(
    tmp_path: Path, sentence: str
) -> None:
    pairs = _page(tmp_path, f"You are responsible for your own data.\n\n{sentence}\n")
    assert pairs == {("customer", "your own data")}, pairs


def test_a_page_that_never_speaks_to_you_has_no_reader_to_tell(tmp_path: Path) -> None:
    pairs = _page(
        tmp_path,
        "The tenant is responsible for its own data.\n\n"
        "Ensure that all unneeded data is deleted before the project ends.\n",
    )
    assert not any("unneeded" in d for _, d in pairs), pairs


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "Responsibility for managing data lies with Principal Investigators (PIs) and this "
            "includes the work of their students.",
            "principal-investigators",
        ),
        (
            "Responsibility for managing data is with the individual researchers (staff or "
            "students) if they are working on their own.",
            "individual-researchers",
        ),
        ("Responsibility for managing data rests with Nimbus.", "nimbus"),
    ],
)
def test_responsibility_lies_with_a_party_named_with_an_aside_or_condition(
    tmp_path: Path, sentence: str, party: str
) -> None:
    """ "Responsibility for X lies with / is with / rests with Y": Y's duty, Y without its
    bracketed aside, the condition after it or a clause about the duty; a name the page uses
    as a party (as "Y is responsible for X" would read it)."""
    pairs = _page(
        tmp_path,
        f"You are responsible for your own data.\n\nNimbus runs the store.\n\n{sentence}\n",
    )
    assert any(p == party and d.startswith("managing data") for p, d in pairs), pairs


def test_links_to_policies_under_an_item_are_references(tmp_path: Path) -> None:
    """Links nested under "Ensure X complies with these policies:" name the policies (their
    addresses may hold brackets: ``policy(2023).pdf``), no duties of their own."""
    pairs = _page(
        tmp_path,
        "### Lead responsibilities\n\n"
        "* Ensure data is managed in compliance with university policy including the:\n"
        "    * [Data Protection Policy](https://x.example/policy(2023)v2.pdf){target=_blank}\n"
        "    * [Information Security Policy](https://x.example/sec.pdf){target=_blank}\n",
    )
    assert {d for _, d in pairs} == {
        "ensure data is managed in compliance with university policy"
    }, pairs


@pytest.mark.parametrize("comma", [",", ""])
def test_a_long_condition_before_ensure_that_is_no_part_of_the_duty(
    tmp_path: Path, comma: str
) -> None:
    """ "Where personal data is shared with a third party to process on our behalf(,) ensure
    that X": the duty is "Ensure that X", however long the condition before it."""
    pairs = _page(
        tmp_path,
        "### Lead responsibilities\n\n"
        "* Where personal data is shared with a third party to process on the university's "
        f"behalf{comma} ensure that the necessary contractual arrangements are in place.\n",
    )
    assert {d for _, d in pairs} == {
        "ensure that the necessary contractual arrangements are in place"
    }, pairs


_PROVIDER = "You are responsible for your own data.\n\nNimbus runs the store.\n\n"


@pytest.mark.parametrize(
    ("sentence", "duties"),
    [
        (
            "Nimbus is responsible for the security of the capabilities offered and of the "
            "supporting infrastructure.",
            {
                "security of the capabilities offered",
                "security of the supporting infrastructure",
            },
        ),
        (
            "Nimbus is responsible for applying best practices. These include encryption, "
            "routine vulnerability scans, active detection of security events, and more.",
            {
                "applying best practices",
                "encryption",
                "routine vulnerability scans",
                "active detection of security events",
            },
        ),
    ],
)
def test_a_repeated_of_and_a_list_of_what_a_duty_includes(
    tmp_path: Path, sentence: str, duties: set[str]
) -> None:
    """ "security of A and of B": security of each; "These include A, B, C, and more" after a
    duty: each item, no "more"."""
    pairs = _page(tmp_path, _PROVIDER + sentence + "\n")
    assert {d for p, d in pairs if p == "nimbus"} == duties, pairs


def test_two_wh_clauses_are_two_duties(tmp_path: Path) -> None:
    pairs = _page(
        tmp_path,
        "You are responsible for how the gates are configured and how your staff use them.\n",
    )
    assert pairs == {
        ("customer", "how the gates are configured"),
        ("customer", "how your staff use them"),
    }, pairs


def test_a_resolved_demonstrative_keeps_the_pages_words(tmp_path: Path) -> None:
    """ "We create the first gate keys. You are responsible for these keys": the customer's duty
    is labelled with what "these keys" points back to and keeps "these keys" as another label."""
    path = tmp_path / "policy.md"
    path.write_text(
        "# Policy\n\nNimbus is responsible for the depot.\n\n"
        "Nimbus will create the first gate keys for the people you name.\n\n"
        "You are responsible for these keys.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    duties = [
        facts.entities[r.object]
        for r in facts.relations
        if r.subject.key == "customer" and r.predicate == "responsibleFor"
    ]
    assert [d.label for d in duties] == ["First gate keys for the people you name"], duties
    assert "These keys" in duties[0].alt_labels, duties


def test_institute_is_a_verb_of_duty(tmp_path: Path) -> None:
    """ "…, and institute systems to track this access": a second duty (duty-verbs.ttl)."""
    pairs = _page(
        tmp_path,
        "You should review the access keys, and institute systems to track this access.\n",
    )
    assert ("customer", "institute systems to track this access") in pairs, pairs


@pytest.mark.parametrize("label", ["**Services Performed:**", "Services provided:"])
def test_a_label_of_services_performed_lists_the_vendors_duties(tmp_path: Path, label: str) -> None:
    """ "**Services Performed:**" over noun items in a vendor's terms: no party named, each item
    is the duty of the page's vendor (cue-words.ttl performed-label)."""
    path = tmp_path / "terms.md"
    path.write_text(
        "---\ntitle: Terms of Service for Nimbus Managed Depots\n---\n\n"
        "This document sets out the terms that apply to Nimbus's managed depots.\n\n"
        "## Packages\n\nNimbus operates the depots for its customers.\n\n"
        f"{label}\n\n- Instance upgrades\n- Quarterly health checks\n\n"
        "**Resources needed from Customer:**\n\n- Security team\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "instance upgrades") in pairs, pairs
    assert ("nimbus", "quarterly health checks") in pairs, pairs
    assert ("customer", "security team") in pairs, pairs
