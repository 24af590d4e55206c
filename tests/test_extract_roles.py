"""Roles and readers: roles a page defines itself (a heading, a definition-list term, a role
table's row) and the duties their definitions give them; instructions in a section a heading
gives to the reader, and in a page written to a role of its own (invented text, no corpus
sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_facts, read_document


def _pairs(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every responsibility a small page states."""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }


def _has(pairs: set[tuple[str, str]], party: str, fragment: str) -> bool:
    return any(p == party and fragment in label for p, label in pairs)


def _wrong(
    tmp_path: Path, text: str, present: list[tuple[str, str]], absent: list[str]
) -> tuple[list[tuple[str, str]], list[str], list[tuple[str, str]]]:
    """What a small page gets wrong: the (party, fragment) duties of ``present`` it misses, the
    fragments of ``absent`` some label holds, and (for the message) every duty it states."""
    pairs = _pairs(tmp_path, text)
    missing = [(p, f) for p, f in present if not _has(pairs, p, f)]
    stray = [f for f in absent if any(f in label for _, label in pairs)]
    return missing, stray, sorted(pairs)


def test_a_defined_role_named_by_a_generic_head_noun_is_the_pages_own(tmp_path: Path) -> None:
    """A role table row "Cargo provider": the name a page defines is its own role, not the
    generic provider the bare head noun ("provider") stands for elsewhere."""
    pairs = _pairs(
        tmp_path,
        "# Roles\n\n| Role name | Role description |\n| --- | --- |\n| Cargo provider | The "
        "company that supplies the containers for each voyage. |\n| Dock Officer | People "
        "responsible for unloading the containers. |\n| Yard Officer | People responsible for "
        "stacking the containers. |\n",
    )
    assert any(p == "cargo-provider" and "containers" in label for p, label in pairs), pairs
    assert not any(p == "cloud-provider" for p, _ in pairs), sorted(pairs)


def test_an_instruction_in_the_readers_own_section_is_its_duty(tmp_path: Path) -> None:
    """Under "Customer responsibilities" (and its subsections) an instruction in prose
    ("Rotate the signing keys") is the customer's duty; under the vendor's heading it is not, nor
    is picking the means offered ("use the signing tools that Nimbus provides")."""
    pairs = _pairs(
        tmp_path,
        "# Duties\n\n## Nimbus responsibilities\n\nNimbus patches the brokers.\n\n"
        "Read the audit report for details.\n\n## Customer responsibilities\n\n"
        "### Keys\n\nRotate the signing keys every quarter. To sign builds, use the signing "
        "tools that Nimbus provides.\n",
    )
    assert _has(pairs, "customer", "rotate the signing keys"), sorted(pairs)
    assert not any("audit report" in label for _, label in pairs), sorted(pairs)
    assert not any("signing tools" in label for _, label in pairs), sorted(pairs)


def test_an_instruction_on_a_page_to_a_role_is_the_roles_duty(tmp_path: Path) -> None:
    """A page written to a role of its own ("As berth officer, it is your duty to …"): its
    later instructions ("Ensure that the cranes are inspected") are that role's duties."""
    pairs = _pairs(
        tmp_path,
        "# Berth lifecycle\n\nAs berth officer it is your responsibility to log every berth.\n\n"
        "## Arrival\n\nEnsure that the cranes are inspected before unloading.\n",
    )
    roles = {p for p, label in pairs if "cranes are inspected" in label}
    assert roles and all(p != "customer" for p in roles), sorted(pairs)
    assert any(p for p, label in pairs if "log every berth" in label and p in roles), sorted(pairs)


def test_a_series_of_instructions_is_one_duty_each(tmp_path: Path) -> None:
    """ "Rotate the keys, audit the logs, and publish the reports": verb phrases set off by
    commas, not only by "and", are one duty each; a series of objects stays one duty."""
    pairs = _pairs(
        tmp_path,
        "# Duties\n\n## Customer responsibilities\n\n- Rotate the signing keys, audit the "
        "access logs, and publish the weekly reports\n- Back up the ledgers, invoices and "
        "receipts\n",
    )
    for fragment in ("rotate the signing keys", "audit the access logs", "publish the weekly"):
        assert any(label.startswith(fragment) for _, label in pairs), (fragment, sorted(pairs))
    assert any("ledgers, invoices and receipts" in label for _, label in pairs), sorted(pairs)


def test_a_definition_that_leads_or_analyses_gives_a_duty(tmp_path: Path) -> None:
    """ "An individual who leads X" and "a member of the crew, who analyses Y" define roles by
    a duty; a second relative clause ("…, who is the contact person") only describes them."""
    pairs = _pairs(
        tmp_path,
        "# Roles\n\nThe customer is responsible for the cargo.\n\n## Dock Officer\n\n"
        "An individual who leads the dock operations, who is the contact person at the port.\n\n"
        "## Crew roles\n\nTally Clerk\n: a member of the night crew, who analyses tally sheets "
        "to find shortfalls.\n",
    )
    assert ("dock-officer", "leads the dock operations") in pairs, sorted(pairs)
    assert any(p == "tally-clerk" and "tally sheets" in label for p, label in pairs), pairs
    assert not any("contact person" in label for _, label in pairs), sorted(pairs)


def test_reacting_and_representing_are_duties(tmp_path: Path) -> None:
    """ "The customer reacts to X and represents Y": both verbs state duties of the party."""
    pairs = _pairs(
        tmp_path,
        "# Duties\n\nThe customer reacts to berth alarms at night. The customer represents the "
        "crew within the harbour board.\n",
    )
    assert _has(pairs, "customer", "react to berth alarms"), sorted(pairs)
    assert _has(pairs, "customer", "represent the crew"), sorted(pairs)


SHAPES = [
    # "X is the contact point for Y (and …)", "X acts as the primary contact for Z": standing as
    # the contact is the party's duty; a denied one ("is not the contact") is not.
    (
        "# Duties\n\nThe customer is the contact point for all berth matters and represents the "
        "crew within the board. The customer acts as the primary contact for auditors. "
        "The customer is not the contact for billing.\n",
        [("customer", "contact point for all berth matters"), ("customer", "primary contact for")],
        ["billing"],
    ),
    # "Label it, set quotas, and never share the keys": the forbidding phrase is no duty, the
    # instructions beside it still are; after a colon an instruction is one of its own.
    (
        "# Duties\n\n## Nimbus responsibilities\n\nNimbus patches the brokers.\n\n"
        "## Customer responsibilities\n\nLabel the buckets, set quotas, and never share the "
        "bucket keys. Guard the signing keys: rotate them every month.\n",
        [
            ("customer", "label the buckets"),
            ("customer", "set quotas"),
            ("customer", "rotate them"),
        ],
        ["share"],
    ),
    # "Nimbus runs the fleet for you, all you need to do is set the region, the size and the
    # tier": the one task the reader must do, whole; "All you have to do to use X is to …" too.
    (
        "# Fleet\n\nThe customer is responsible for the data. Nimbus runs the fleet for you, all "
        "you need to do is set the region, the size and the tier. All you have to do to use "
        "the mirror is to keep a manifest beside your builds.\n",
        [
            ("customer", "set the region, the size and the tier"),
            ("customer", "keep a manifest beside your builds"),
        ],
        [],
    ),
    # "The berth ledgers are maintained by the user": one of the users (a plural the vocabulary
    # knows) stands for them, the agent of the passive.
    (
        "# Ledgers\n\nNimbus is responsible for the cranes.\n\nThe berth ledgers are maintained "
        "by the user.\n",
        [("customer", "berth ledgers")],
        [],
    ),
    # "You must be comfortable with our berth rules" accepts them, no duty; "must be aware of
    # the tide tables" still binds.
    (
        "# Terms\n\nNimbus is responsible for the cranes. You must be comfortable with our berth "
        "rules. You must be aware of the tide tables.\n",
        [("customer", "aware of the tide tables")],
        ["berth rules"],
    ),
    # "Ask your implementation partner to open the gate": the partner opens it, the reader asks.
    (
        "# Gates\n\nThe customer is responsible for the cargo. Ask your implementation partner "
        "to open the night gate.\n",
        [("customer", "ask your implementation partner"), ("implementation-partner", "open the")],
        [],
    ),
    # "the senior clerk on a night shift with overall responsibility for it": the duty is the
    # night shift, the noun the "it" points back to.
    (
        "# Roles\n\nThe customer is responsible for the cargo.\n\n## Crew roles\n\nShift Lead\n"
        ": the senior clerk on a night shift with overall responsibility for it.\n",
        [("shift-lead", "overall responsibility for a night shift")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHAPES)
def test_role_and_reader_shapes(
    tmp_path: Path, text: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    """Every (party, fragment) of ``present`` is a duty of the page; no label holds any
    fragment of ``absent``."""
    missing, stray, pairs = _wrong(tmp_path, text, present, absent)
    assert not missing and not stray, (missing, stray, pairs)


DELEGATED = [
    # "Ensure that A and B <verb> X": the overseer's duty and each named role's; "get them to
    # <verb> X" after "contact your <role>": that role's; "is told and updates X": the later verb
    (
        "# Berth duties\n\n## Customer responsibilities\n\n"
        "- Ensure that the quay officer and the berth supervisor inspect the night buoys.\n"
        "- Contact your dock steward and get them to seal the forward hatches.\n"
        "- Make sure that the tally coordinator is told and updates the cargo manifest.\n",
        [
            ("customer", "ensure that the quay officer"),
            ("quay-officer", "inspect the night buoys"),
            ("berth-supervisor", "inspect the night buoys"),
            ("dock-steward", "seal the forward hatches"),
            ("tally-coordinator", "update the cargo manifest"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "present"), DELEGATED)
def test_delegated_duties(tmp_path: Path, text: str, present: list[tuple[str, str]]) -> None:
    """A duty that has another party act is that party's duty too."""
    missing, _, pairs = _wrong(tmp_path, text, present, [])
    assert not missing, (missing, pairs)


def test_no_delegation_without_an_acting_party(tmp_path: Path) -> None:
    """A denied act, the reader, a passive or a possession delegate nothing."""
    text = (
        "# Berth duties\n\n## Customer responsibilities\n\n"
        "- Ensure that the quay officer does not inspect the night buoys.\n"
        "- Ensure that you stow the ropes.\n"
        "- Ensure that the night buoys are lit.\n"
        "- Ensure that the quay officer has a key.\n"
    )
    assert {p for p, _ in _pairs(tmp_path, text)} == {"customer"}


def test_initialism_names_the_heading_role(tmp_path: Path) -> None:
    """A role heading with its initialism in parentheses ("Harbour Review Board (HRB)"): the
    initialism names that role later in its section."""
    text = (
        "# Port governance\n\n## Bodies\n\n### The Harbour Review Board (HRB)\n\n"
        "Meets every week in the pilot house.\n\nThe HRB approves berth plans for new quays.\n"
    )
    assert _has(_pairs(tmp_path, text), "harbour-review-board", "approve berth plans")
