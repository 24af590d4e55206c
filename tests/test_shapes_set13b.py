"""Shapes from the miss categories of held-out set 13 (invented text only): multi-sentence
list items read whole (7), instructions that were dropped (8), bold-role definition lists
(5), role subjects in lists (9, 10) and "has responsibility for" (12). Each entry is (page
body, (party, label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape

Shape = tuple[str, list[tuple[str, str]], list[str]]

SHAPES_13B: list[Shape] = [
    # 7: every sentence of a checklist item is an instruction of its own; a question before
    # an instruction only sets the scene
    (
        "Nimbus is responsible for the depots.\n\n## Meetups\n\n- Enable MFA on the gate.\n"
        "- Draft topics. Book a room for each. Post the rooms on the calendar.\n"
        "- Flaky builds? Page the CI owner.\n",
        [
            ("customer", "draft topics"),
            ("customer", "book a room"),
            ("customer", "post the rooms on the calendar"),
            ("customer", "page the ci owner"),
        ],
        ["flaky builds"],
    ),
    # 7: under a party's heading too, an item that opens with an instruction goes on with
    # more of them; a question answered by one is no duty
    (
        "Nimbus is responsible for the depots.\n\n## Customer responsibilities\n\n"
        "- Check the crates. Label each shelf.\n- Late trucks? Notify the yard office.\n",
        [
            ("customer", "check the crates"),
            ("customer", "label each shelf"),
            ("customer", "notify the yard office"),
        ],
        ["late trucks"],
    ),
    # 7: a bold title that is itself an order is the duty; the sentences after it explain it
    (
        "Nimbus is responsible for the depots.\n\n## Customer responsibilities\n\n"
        "1. **Answer the radio**. When a driver calls, check the route sheet for them.\n",
        [("customer", "answer the radio")],
        ["route sheet"],
    ),
    # 8: a hyphenated duty verb ("Co-sign", "Re-run"), a verb ending in "-ly" that is no
    # adverb ("Supply", "Apply"), a remark after a comma ("…, they often get lost"), the
    # positive part before "but don't …", a negation inside a long leading phrase
    (
        "Nimbus is responsible for the depots.\n\n## Checklist\n\n- Co-sign the notes.\n"
        "- Re-run the weekly audit.\n- Greet new reviewers, they often get lost.\n"
        "- Tag builds as needed but don't hoard them!\n"
        "- For checks the tooling cannot cover, supply manual steps.\n- Apply the yard rules.\n"
        "- Never share the gate keys.\n",
        [
            ("customer", "co-sign the notes"),
            ("customer", "re-run the weekly audit"),
            ("customer", "greet new reviewers"),
            ("customer", "tag builds as needed"),
            ("customer", "supply manual steps"),
            ("customer", "apply the yard rules"),
        ],
        ["get lost", "hoard", "gate keys", "for checks"],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_13B)
def test_shapes_set13b(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


ROLE_LIST_SHAPES_13B: list[Shape] = [
    # 5: a numbered list of bold role names, each over a definition without its article and
    # subject-less "Responsible for X." fragments: every fragment is the role's duty
    (
        "Nimbus is responsible for the depots.\n\n## Roles\n\n"
        "1. **Archive Keeper**: clerk who holds the vault. Responsible for nightly checksums. "
        "Responsible for purge requests.\n2. **Gate Warden**: Manages the gate keys.\n",
        [
            ("archive-keeper", "hold the vault"),
            ("archive-keeper", "nightly checksums"),
            ("archive-keeper", "purge requests"),
            ("gate-warden", "manage the gate keys"),
        ],
        ["archive keeper:"],
    ),
    # 5: the same as paragraphs ("**Role**: staff member responsible for X"); a notice label
    # over a fragment is no role
    (
        "Nimbus is responsible for the depots.\n\n## Roles\n\n**Yard Lead**: staff member "
        "responsible for the yard rota.\n\n**Gate Warden**: Guards the gate. Responsible for "
        "the night shift.\n\n**Note**: Requires a badge.\n",
        [
            ("yard-lead", "yard rota"),
            ("gate-warden", "guard the gate"),
            ("gate-warden", "night shift"),
        ],
        ["badge"],
    ),
    # 5: under a party's own heading a bold area over "Manages X" stays that party's; a bold
    # title ending in a person noun is still a role
    (
        "Nimbus is responsible for the depots.\n\n## Customer responsibilities\n\n"
        "- **Backups**: Manages the nightly copies.\n- **Dock Steward**: Signs the manifests.\n",
        [("customer", "backups"), ("dock-steward", "sign the manifests")],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), ROLE_LIST_SHAPES_13B)
def test_bold_role_definitions(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


def test_ultimate_responsibility_of_a_role_named_by_its_head_noun(tmp_path: Path) -> None:
    """12: "<role> has (ultimate) responsibility to ensure X" is the role's duty, and a definite
    head noun no vocabulary knows ("The sponsor") points back to the one role the page named
    with it ("**Budget Sponsor**"); "the customer" stays the vocabulary's party."""
    _check_shape(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## Roles\n\n- **Budget Sponsor**: a senior "
        "staff member who approves the budget.\n- **Gate Warden**: Manages the gate keys.\n\n"
        "## Oversight\n\nThe sponsor also has ultimate responsibility to ensure the yard is "
        "safe. The warden has responsibility for the night shift. The customer has overall "
        "responsibility to pay the fees.\n",
        [
            ("budget-sponsor", "ensure the yard is safe"),
            ("gate-warden", "night shift"),
            ("customer", "pay the fees"),
        ],
        [],
    )


def test_role_subjects_in_a_procedure(tmp_path: Path) -> None:
    """9, 10: the steps of a workflow name their role as subject ("Applicants post a pitch",
    "Peers vote on it"): the role's duty, under a neutral heading and under a party's own
    heading alike (the step's subject wins over the section's party)."""
    for heading in ("Pitch process", "Nimbus responsibilities"):
        _check_shape(
            tmp_path,
            f"Nimbus is responsible for the depots.\n\n## {heading}\n\n1. Applicants post a "
            "pitch in the forum.\n2. Peers vote on the pitch.\n3. Release leads run planning.\n",
            [
                ("applicants", "post a pitch in the forum"),
                ("peers", "vote on the pitch"),
                ("release-leads", "run planning"),
            ],
            ["peers vote", "applicants post"],
        )
