"""Shapes of extraction round 11c (invented text only): each entry is (page body, (party,
label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape, _pairs

Shape = tuple[str, list[tuple[str, str]], list[str]]

SHAPES_11C: list[Shape] = [
    # a binding modal after a subject joining two parties ("Depots and Keepers MUST sweep …"):
    # the duty of each; "will" after such a subject states what happens, no duty
    (
        "Nimbus is responsible for the depots. Keepers are responsible for the keys.\n\n"
        "Nimbus and Keepers _MUST_ sweep the loading bay daily.\n\n"
        "Nimbus and the keepers will meet in spring.\n",
        [("nimbus", "sweep the loading bay"), ("keepers", "sweep the loading bay")],
        ["meet in spring"],
    ),
    # a second verb phrase "be <adjective> of/with …" after a modal's first ("should answer
    # the tickets and be aware of the alarms"): a state to keep, a duty of its own, never an
    # object of the first verb
    (
        "Nimbus is responsible for the depots. Keepers are responsible for the keys.\n\n"
        "Keepers should answer the loading tickets in time and be aware of the alarms at "
        "their depot. Keepers must also read the handbook and be familiar with the yard map.\n",
        [
            ("keepers", "answer the loading tickets"),
            ("keepers", "be aware of the alarms"),
            ("keepers", "read the handbook"),
            ("keepers", "be familiar with the yard map"),
        ],
        ["tickets in time and be aware", "read be familiar"],
    ),
    # a role whose name holds a generic role word before its own person noun ("the service
    # provider liaison") is the page's role, not the generic provider: seeing to it that it
    # acts makes the act its duty, beside the other roles named with it
    (
        "Nimbus is responsible for the depots.\n\nYou should ensure that the service provider "
        "liaison and the auditor sign the yard ledger.\n",
        [
            ("customer", "ensure that the service provider liaison"),
            ("service-provider-liaison", "sign the yard ledger"),
            ("auditor", "sign the yard ledger"),
        ],
        [],
    ),
    # another name of the subject set off by commas ("The Yard Crew, formerly known as the
    # Depot team, is responsible …") is no part of the subject; a capitalised name with "and"
    # inside it before its acronym ("The Supply and Storage (SAS) team") is one unit
    (
        "Nimbus is responsible for the depots.\n\n## Yard crew\n\n"
        "The YC team, formerly known as the Depot team, is responsible for sweeping the "
        "yard.\n\n## SAS team\n\nThe Nimbus Supply and Storage (SAS) team is responsible "
        "for counting the pallets.\n",
        [("yard-crew", "sweeping the yard"), ("sas-team", "counting the pallets")],
        [],
    ),
    # a responsibility's object followed by "and <verb>s the …" ("is responsible for
    # overseeing A and coordinates B"): the subject's second verb, its own duty
    (
        "Nimbus is responsible for the depots.\n\nThe yard officer is responsible for "
        "overseeing the safety aspects of the depot and coordinates the night shifts within "
        "its region.\n",
        [
            ("yard-officer", "overseeing the safety aspects"),
            ("yard-officer", "coordinate the night shifts"),
        ],
        ["overseeing coordinates"],
    ),
    # a need with no modal and a noun object ("The crew requires forklift skills") says what
    # the subject needs, not a duty; with a modal it binds as any verb
    (
        "Nimbus is responsible for the depots.\n\n## Yard crew\n\nThe yard crew is on duty "
        "at night and requires basic forklift skills for its work. The yard crew must "
        "require a signed pass from every visitor.\n",
        [("yard-crew", "require a signed pass")],
        ["forklift skills"],
    ),
    # an instruction opened by an idiom of telling ("let the yard keeper know", "keep the
    # auditor informed"), after a leading condition too, is the reader's duty to notify
    (
        "Nimbus is responsible for the depots.\n\n## Closing the yard\n\n"
        "- follow the guide to close the gates.\n"
        "- once this is done, let the yard keeper know so that they can lock the gates.\n"
        "- keep the auditor informed of every late delivery.\n",
        [
            ("customer", "let the yard keeper know"),
            ("customer", "keep the auditor informed"),
        ],
        [],
    ),
    # "Your <vendor> representative / account team will …": the vendor acting through the
    # person it assigns to the reader, one duty per object
    (
        "Nimbus is responsible for the depots.\n\nYour Nimbus account team will provide you "
        "with a packing checklist, a floor plan, and direct support.\n",
        [
            ("nimbus", "packing checklist"),
            ("nimbus", "provide a floor plan"),
            ("nimbus", "provide direct support"),
        ],
        [],
    ),
    # a leading clause of contrast whose objects end in "and" ("While Nimbus manages A and B
    # through C, all your X, Y, and Z stay …") ends at its comma: its duties are the party's,
    # the main clause's subject list is no object of its verb
    (
        "Nimbus is responsible for the depots.\n\nWhile Nimbus manages key rotation and badge "
        "access through a hosted portal, all your crates, pallets, and forklifts stay in your "
        "own yard.\n",
        [("nimbus", "manage key rotation"), ("nimbus", "manage badge access")],
        ["pallets", "forklifts"],
    ),
    # a numbered heading ("### 2. Crate deployment") is a step of a procedure, as "Step 2 —"
    # is: its instructions are the reader's duties; a sentence opened by a link whose text is
    # the instruction ("[Book a tour](…) to get started") is a link to follow, no duty
    (
        "Nimbus is responsible for the depots.\n\n## Setup process\n\n### 1. First contact\n\n"
        "[Book a tour](https://example.org/tour) to get started.\n\n"
        "### 2. Crate deployment\n\nDeploy Nimbus crates in your yard. Crates can be "
        "stacked.\n",
        [("customer", "deploy nimbus crates in your yard")],
        ["book a tour"],
    ),
    # a passive that closes the alternatives just stated ("In both cases a report … MUST be
    # sent to X") binds the party bound in them; far from any duty it binds nobody
    (
        "Nimbus is responsible for the depots.\n\nIf a depot floods and a spare pump is at "
        "hand, the spare pump MUST be started within an hour.\nOtherwise Nimbus MUST repair "
        "the main pump within an hour.\n\nIn both cases a report of the flood MUST be sent to "
        "the harbour office, so that the insurance stays valid.\n",
        [("nimbus", "repair the main pump"), ("nimbus", "send a report of the flood")],
        [],
    ),
    (
        "Nimbus is responsible for the depots.\n\n## Floods\n\nFloods are rare in spring."
        "\n\nThey come in autumn.\n\nPumps are tested.\n\nIn both cases a report of the "
        "flood MUST be sent to the harbour office.\n",
        [("nimbus", "depots")],
        ["report of the flood"],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_11C)
def test_round11c_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


def test_and_inside_a_named_unit_is_no_second_party(tmp_path: Path) -> None:
    """ "The Nimbus Supply and Storage (SAS) team is responsible for …": the SAS team alone."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots.\n\n## SAS team\n\nThe Nimbus Supply and "
        "Storage (SAS) team is responsible for counting the pallets.\n",
    )
    owners = {party for party, label in pairs if "counting the pallets" in label}
    assert owners == {"sas-team"}, pairs


def test_a_later_verb_phrase_keeps_its_verb_on_its_objects(tmp_path: Path) -> None:
    """ "Keepers monitor A, react to B, and oversee C and related D": the last verb phrase's
    object is read as the head's would be (one object here), never a verbless "Related D"."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for the depots. Keepers are responsible for the keys.\n\n"
        "Keepers monitor the depots, react to alarms, and oversee spills and related "
        "cleanups.\n",
    )
    labels = {label for party, label in pairs if party == "keepers"}
    assert "oversee spills and related cleanups" in labels, pairs
    assert not any(label.startswith("related") for label in labels), pairs
