"""Shapes from the misses and false facts of held-out set 14 (invented text only, cat14).
Each entry is (page body, (party, label fragment) duties it must state, fragments no label
holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape, _pairs, _triples

Shape = tuple[str, list[tuple[str, str]], list[str]]

SHAPES_14: list[Shape] = [
    # a table whose "Status" column only says each row is offered ("Available", "Preview"):
    # its rows are features, its other columns say on which clouds ("AWS, GCP") and for
    # which tier ("All", "Enterprise"); no column names a responsible party
    (
        "| Duty | Nimbus | Customer |\n|---|---|---|\n| Patch the depots | ✓ | |\n"
        "| Rotate the gate keys | | ✓ |\n\n## Nimbus features\n\n"
        "| Setting | Status | Cloud | Service level |\n|---|---|---|---|\n"
        "| Gate filters to restrict trucks | Available | AWS, GCP, Azure | All |\n"
        "| Yard lock on request | Preview | AWS, GCP | Enterprise |\n"
        "| Nightly crate copies | Available | AWS | All |\n",
        [("nimbus", "patch the depots"), ("customer", "rotate the gate keys")],
        ["gate filters", "yard lock", "nightly crate", "enterprise"],
    ),
    # a column of a matrix headed by a generic customer word ("End Customer") beside the
    # vendor's own column: the customer stays a party of its own, never folded into the
    # vendor as a generic provider word would be
    (
        "| Duty | Nimbus | End Customer |\n|---|---|---|\n| Patch the depots | ✓ | |\n"
        "| Rotate the gate keys | | ✓ |\n| Count the crates | ✓ | ✓ |\n",
        [
            ("nimbus", "patch the depots"),
            ("customer", "rotate the gate keys"),
            ("customer", "count the crates"),
        ],
        [],
    ),
    # a paragraph under a role's heading that defines the role ("A yard manager is a member
    # of the crew who checks X"): the relative clause is the role's duty; a sentence defining
    # another role under the same heading gives the heading's role nothing
    (
        "Nimbus is responsible for the depots.\n\n## Roles\n\n### Yard Manager\n\n"
        "A yard manager is a member of the crew who checks every truck when the gate "
        "opens.\n\nA gate clerk is a crew member who stamps the permits.\n",
        [("yard-manager", "checks every truck")],
        ["stamps the permits"],
    ),
    # "collaborate" is a duty verb: "They collaborate with X, check Y, and sign Z" in a
    # role's section states three duties of the role
    (
        "Nimbus is responsible for the depots.\n\n## Roles\n\n### Yard Manager\n\n"
        "They collaborate with the gate lead on the count, check the seals before each "
        "count, and sign the final tally.\n",
        [
            ("yard-manager", "collaborate with the gate lead"),
            ("yard-manager", "check the seals"),
            ("yard-manager", "sign the final tally"),
        ],
        [],
    ),
    # instruction headings ("### Review Permits") under a heading naming a party's duties,
    # most of its subsections being such: the instructions of each one's text are the
    # party's duties; a heading whose text gives none is the duty itself
    (
        "# Keeper Responsibilities\n\n## Keeper Responsibilities\n\nKeepers are trusted "
        "members of the Nimbus yard crew.\n\n### Review Permits\n\nReview permits daily "
        "and file the stamped ones.\n\n### Prioritize Safety\n\nSafety is our first "
        "concern in the yard.\n\n### Cut Spare Keys\n\nCut spare keys for the night "
        "shift.\n",
        [
            ("keeper", "review permits daily"),
            ("keeper", "file the stamped ones"),
            ("keeper", "prioritize safety"),
            ("keeper", "cut spare keys for the night shift"),
        ],
        ["safety is our first"],
    ),
    # headings of a duty section that are mostly topics: one that happens to open with a
    # verb-like noun ("Provision and upkeep of gates") is no instruction of the party; the
    # topic, whose text states no duty of its own, is the party's duty as a topic (session
    # 36), named as written
    (
        "## Nimbus responsibilities\n\n### Hardening of the depots\n\nNimbus hardens the "
        "depots.\n\n### Guarding of the yard\n\nNimbus guards the yard.\n\n"
        "### Provision and upkeep of gates\n\nThe gates are kept in good order.\n",
        [("nimbus", "harden"), ("nimbus", "provision and upkeep of gates")],
        ["gates are kept"],
    ),
    # a table of contents (every item, nested ones too, a link to a heading of the page)
    # names sections, not duties, even under a party's heading
    (
        "## Keeper Responsibilities\n\n- [Overview](#overview)\n- [Duties](#duties)\n"
        "  - [Guard the Gate](#guard-the-gate)\n\nKeepers must guard the gate.\n",
        [("keeper", "guard the gate")],
        ["overview", "duties"],
    ),
    # two columns of one generic party under different qualifiers ("Hosted Customer",
    # "Dedicated Customer"): two parties in the customer's role, a row both mark is a duty
    # of each
    (
        "| Duty | Nimbus | Hosted Customer | Dedicated Customer |\n|---|---|---|---|\n"
        "| Patch the depots | ✓ | | ✓ |\n| Rotate the gate keys | | ✓ | ✓ |\n",
        [
            ("nimbus", "patch the depots"),
            ("dedicated-customer", "patch the depots"),
            ("customer", "rotate the gate keys"),
            ("dedicated-customer", "rotate the gate keys"),
        ],
        [],
    ),
    # "both A and <A> customers are responsible for X": the customers are the head noun of
    # the second conjunct, not the organisation that modifies it; X is each one's duty
    (
        "Both Nimbus and Nimbus customers are responsible for the safety of the depot.\n\n"
        "## Nimbus responsibilities\n\nNimbus is responsible for the trucks.\n",
        [("nimbus", "safety of the depot"), ("customer", "safety of the depot")],
        [],
    ),
    # "the Nimbus team" names Nimbus's people even before the page has named Nimbus as a
    # party: not "the team" of the passage (the customer the sentence before spoke of)
    (
        "Customers are responsible for the gate keys. The Nimbus team and customers are "
        "responsible for the safety of the depot.\n\n## Nimbus responsibilities\n\n"
        "Nimbus is responsible for the trucks.\n",
        [("nimbus", "safety of the depot"), ("customer", "safety of the depot")],
        [],
    ),
    # "…, which means that A and B are responsible for X": what precedes "means that" is no
    # part of the subject
    (
        "Nimbus runs the yard on a shared model, which means that Nimbus and the customer "
        "are responsible for the safety of the yard.\n",
        [("nimbus", "safety of the yard"), ("customer", "safety of the yard")],
        [],
    ),
    # "This mainly consists of the following activities:" after a party's duty stated by an
    # action ("The yard team manages the depots."): the items are that party's duties; an
    # adverb after "This" is no noun naming contents ("The kit contains:")
    (
        "## Mission\n\nThe yard team manages the depots of the Nimbus project. This mainly "
        "consists of the following activities:\n\n* Gate checks\n* Crate counting\n",
        [("yard-team", "gate checks"), ("yard-team", "crate counting")],
        [],
    ),
    # a passive with an adverb between the participle and its agent ("is handled entirely
    # by X") is the agent's duty as "is handled by X" is
    (
        "Nimbus is responsible for the yard.\n\n## Other parties\n\nFence upkeep is "
        "handled entirely by the customer.\n",
        [("customer", "fence upkeep")],
        [],
    ),
    # "delegate" is a duty verb: "They organize X, delegate Y to Z and check W" in a role's
    # section states three duties of the role
    (
        "Nimbus is responsible for the depots.\n\n## Roles\n\n### Yard Manager\n\n"
        "They will organize the rota, delegate sweeping to other crew members and check the "
        "gates.\n",
        [
            ("yard-manager", "organize the rota"),
            ("yard-manager", "delegate sweeping to other crew members"),
            ("yard-manager", "check the gates"),
        ],
        ["rota, delegate"],
    ),
    # a noun phrase after "as well as" that follows a purpose infinitive ("… to take advantage
    # of new tools, as well as safety fixes") is that purpose's object, no duty of its own
    # (never one that takes the item's opening adverb: "Regularly safety fixes")
    (
        "## Customer responsibilities\n\nThe customer is responsible for:\n\n- Regularly "
        "upgrading their trucks to the latest model to take advantage of new tools, as well "
        "as safety fixes.\n",
        [("customer", "upgrading their trucks")],
        ["regularly safety fixes"],
    ),
    # a passive whose agent is followed by a second participle ("are managed by Nimbus and
    # deployed on AWS"): the agent ends before "and deployed"
    (
        "Customers are responsible for the crates.\n\n## Nimbus responsibility\n\nThe "
        "yard's depots are managed by Nimbus and deployed on AWS infrastructure.\n",
        [("nimbus", "manage yard's depots")],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_14)
def test_shapes_set14(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


def test_columns_of_how_a_party_holds_a_row_stay_that_party(tmp_path: Path) -> None:
    """Headers that say how one party holds a row ("Configured by Customer", "Provided by
    Customer") or qualify after its noun ("Provider Hybrid") name no second party."""
    pairs = _pairs(
        tmp_path,
        "| Duty | Provider Corporate | Provider Hybrid | Configured by Customer | Provided by "
        "Customer |\n|---|---|---|---|---|\n| Patch the depots | X | | | |\n"
        "| Rotate the gate keys | | X | X | X |\n",
    )
    parties = {party for party, _ in pairs}
    assert "customer" in parties, sorted(pairs)
    assert not any("by-customer" in p or "hybrid" in p for p in parties), sorted(pairs)


def test_raci_word_headings_give_their_relation(tmp_path: Path) -> None:
    """ "### [Consulted](…)" / "### Accountable" under "## Responsibilities & Commitments" in a
    charter: each item of the list under it stands in that relation to the charter's team (the
    party the page last gave a duty); a RACI word heading elsewhere gives nothing."""
    path = tmp_path / "charter.md"
    path.write_text(
        "# Yard Team Charter\n\n# Mission\n\nThe yard team manages the depots of the Nimbus "
        "project.\n\n## Responsibilities & Commitments\n\n### [Consulted](https://example.org/"
        "raci#consulted)\n\nTODO\n\n* Gate policies\n* Crate routing\n\n### Accountable\n\n"
        "* Night shift rota\n\n## Glossary\n\n### Informed\n\n* Weather notices\n",
        encoding="utf-8",
    )
    triples = _triples(path)
    assert ("yard-team", "consultedOn", "gate policies") in triples, sorted(triples)
    assert ("yard-team", "consultedOn", "crate routing") in triples, sorted(triples)
    assert ("yard-team", "accountableFor", "night shift rota") in triples, sorted(triples)
    assert not any(label == "weather notices" for _, _, label in triples), sorted(triples)
