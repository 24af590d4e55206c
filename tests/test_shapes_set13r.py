"""Shapes from the re-categorised misses of held-out set 13 (invented text only, cat13b).
Each entry is (page body, (party, label fragment) duties it must state, fragments no label
holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape

Shape = tuple[str, list[tuple[str, str]], list[str]]

SHAPES_13R: list[Shape] = [
    # a bold role name in sentence case ("Vault manager", "Shelf lead") over "Manages X"
    # fragments defines the role as a title-case one does; a remark of the item that denies
    # something ("the tasks don't change") gives no duty but does not undo the role
    (
        "# Roles in the Nimbus lab\n\nThere are three roles:\n\n"
        "- **Vault manager**: Manages the whole archive unit in a company. A vault manager "
        "might hand their tasks to a deputy, but the tasks don't change.\n\n"
        "- **Shelf lead**: Manages a shelf in the archive unit.\n\n"
        "- **Box lead**: Manages the daily work of archivists on one box.\n",
        [
            ("vault-manager", "manage the whole archive unit"),
            ("shelf-lead", "manage a shelf"),
            ("box-lead", "manage the daily work of archivists"),
        ],
        ["tasks don't change", "hand their tasks"],
    ),
    # a nested list under a duty item whose last sentence leads in to what a party's thing
    # holds ("The Nimbus shelf kit provides:"): the kit's parts, not the party's duties
    (
        "# Nimbus tasks\n\n## Shelf lead tasks\n\nThe shelf lead completes the following "
        "tasks:\n\n- Creates a box template in the shelf group. The Nimbus shelf box "
        "template kit provides:\n  - A **standard folder layout**, including folders for "
        "data.\n  - A set of standard forms to guide the work.\n"
        "- Sets up the lock policy for the vault.\n",
        [
            ("shelf-lead", "create a box template"),
            ("shelf-lead", "set up the lock policy"),
        ],
        ["standard folder layout", "standard forms"],
    ),
    # a lead-in that says how the list is laid out ("The steps can be grouped into three
    # activities:") offers no options: items that name their role as subject are its duties
    (
        "# Roles in the Nimbus lab\n\n- **Vault manager**: Manages the archive unit.\n\n"
        "## Shelf workflow\n\nThe workflow steps can be grouped into three activities:\n\n"
        "- Box leads conduct shelf planning.\n\n- Shelf leads run label reviews.\n",
        [("box-leads", "conduct shelf planning"), ("shelf-leads", "run label reviews")],
        [],
    ),
    # a bold role's definition "a post that has ultimate responsibility for X" defines the
    # role as "a post with responsibility for X" does; the item's later "The trustee also has
    # ultimate responsibility to ensure Y" is the role's too
    (
        "# Nimbus roles\n\nName one person for each role:\n\n"
        "1. **Vault Keeper**: person responsible for the vault.\n"
        "2. **Yard Trustee**: a senior post in the company that has ultimate responsibility for "
        "ensuring that enough staff are on duty. The trustee also has ultimate responsibility "
        "to ensure that gate rules are followed.\n",
        [
            ("yard-trustee", "enough staff are on duty"),
            ("yard-trustee", "gate rules are followed"),
        ],
        [],
    ),
    # a duty verb written with its prefix hyphenated ("Co-ordinate" for "coordinate") is an
    # instruction as the joined spelling is
    (
        "Nimbus is responsible for the depots.\n\n## Checklist\n\n- Co-ordinate with the gate "
        "team to weigh the trucks.\n- Re-check the yard rota.\n",
        [("customer", "co-ordinate with the gate team"), ("customer", "re-check the yard rota")],
        [],
    ),
    # "reach out to X" is a duty verb (to contact X): an item that asks a question and
    # answers it with "Reach out to …" states that duty, the question none
    (
        "Nimbus is responsible for the depots.\n\n## Checklist\n\n"
        "- Enable MFA on the gate.\n- Rotate the shed keys.\n"
        "- Late trucks? Reach out to the yard office and warn them.\n",
        [("customer", "reach out to the yard office")],
        ["late trucks"],
    ),
    # an item that opens with a leading phrase ("Based on that list, propose …") is an
    # instruction as its verb is, so its later sentences are instructions too
    (
        "Nimbus is responsible for the depots.\n\n## Lead duties\n\nThe yard lead does the "
        "following:\n\n- Rotate the shed keys.\n- Based on that list, propose stalls. Create "
        "a sheet for every stall.\n",
        [("lead", "propose stalls"), ("lead", "create a sheet for every stall")],
        [],
    ),
    # a lead-in that hands the list to a party ("A few areas are reserved to guild members:")
    # gives it the items, under a membership heading too
    (
        "# Nimbus guild\n\nThe guild is run by volunteers.\n\n## Membership\n\n"
        "- Ten years of service\n\nVery few areas are reserved to guild members:\n\n"
        "- Reviewing vault reports\n- Packaging the yearly almanac\n",
        [
            ("guild-members", "reviewing vault reports"),
            ("guild-members", "packaging the yearly almanac"),
        ],
        ["ten years"],
    ),
    # a checklist question with an aside in parentheses after it is still only a question
    (
        "Nimbus editors are responsible for keeping the wiki tidy.\n\n## Criteria for new "
        "editors\n\n1. Does the candidate triage tickets? (For example: closing duplicates)\n"
        "2. Does the candidate review pages?\n",
        [("nimbus-editors", "keeping the wiki tidy")],
        ["triage tickets", "review pages"],
    ),
    # a spaced dash joins two independent parts as a semicolon does: the second part's
    # subject and modal state a duty of their own
    (
        "Nimbus is responsible for the depots.\n\nThe quorum is the full yard board \u2014 each "
        "member must cast a vote or abstain explicitly.\n",
        [("member", "cast a vote or abstain")],
        [],
    ),
    # a body defined by what its members do ("is the group of trusted volunteers who manage
    # X") has that duty
    (
        "Nimbus is responsible for the depots.\n\n## Roles\n\nThe yard crew is the group of "
        "trusted volunteers who manage the Nimbus depots.\n",
        [("yard-crew", "manage the nimbus depots")],
        [],
    ),
    # an item that only sets the scene for the reader and ends in a colon ("In the fairs you
    # host:"), its instructions in a list after it, is no duty itself
    (
        "Nimbus is responsible for the depots.\n\n## Lead duties\n\nThe yard lead does the "
        "following:\n\n- Rotate the shed keys.\n- In the fairs you host:\n\n"
        "* Take notes on the board\n* Keep time for each stall\n",
        [("lead", "rotate the shed keys"), ("lead", "take notes on the board")],
        ["fairs you host"],
    ),
    # "list" is a duty verb: "List the shifts on the wiki" after an instruction is one too
    (
        "Nimbus is responsible for the depots.\n\n## Lead duties\n\nThe yard lead does the "
        "following:\n\n- Rotate the shed keys.\n- Post the rota. List the shifts on the "
        "wiki.\n",
        [("lead", "post the rota"), ("lead", "list the shifts on the wiki")],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_13R)
def test_shapes_set13r(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)
