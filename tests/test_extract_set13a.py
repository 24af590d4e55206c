"""Shapes from the miss descriptions of held-out set 13 (invented text only): each entry is
(page body, (party, label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape, _pairs

Shape = tuple[str, list[tuple[str, str]], list[str]]

SHAPES_13A: list[Shape] = [
    # a heading worded as a sentence to the reader, opening with the role it speaks to ("As a
    # Nimbus tenant, you are responsible for:"), switches its list to the reader: the earlier
    # heading's party does not carry over, nor does the vendor named inside the role
    (
        "Nimbus hosts the ingest service.\n\n## Nimbus is responsible for:\n\n"
        "1. Patching the ingest hosts.\n\n## As a Nimbus tenant, you are responsible for:\n\n"
        "1. Renewing your ingest tokens.\n2. Choosing who may read your dashboards.\n",
        [
            ("nimbus", "patching the ingest hosts"),
            ("customer", "renewing your ingest tokens"),
            ("customer", "choosing who may read"),
        ],
        [],
    ),
    # the same under a deeper heading, with no comma after the role and no colon
    (
        "Nimbus hosts the ingest service.\n\n## Nimbus is responsible for:\n\n"
        "- Patching the ingest hosts.\n\n### As the Nimbus lab tenant you are responsible "
        "for\n\n"
        "- Labelling your own samples.\n",
        [("nimbus", "patching the ingest hosts"), ("customer", "labelling your own samples")],
        [],
    ),
    # list items that only ask ("Does the candidate triage tickets?") are criteria to weigh,
    # never duties, under a role's heading or under instructions to the reader
    (
        "Nimbus editors are responsible for keeping the wiki tidy.\n\n"
        "## Criteria for new editors\n\n1. Does the candidate triage tickets?\n"
        "2. Is the editor active enough? Has she reviewed ten pages?\n\n"
        "## Editor duties\n\n- Review pending pages\n- Is the page linked from the index?\n",
        [("nimbus-editors", "keeping the wiki tidy"), ("editor", "review pending pages")],
        ["triage tickets", "active enough", "linked from the index"],
    ),
    # a nested list under a duty item whose last sentence leads in to what a thing holds ("It
    # includes:", "The bundle contains:") lists contents: the item's first sentence is the
    # duty, the nested items none
    (
        "Nimbus hosts the dashboards.\n\n## Nimbus responsibilities\n\n"
        "- Shipping the starter kit. It includes:\n  - a sample dashboard\n"
        "  - a query cookbook\n- Patching the hosts\n- Publishing the onboarding bundle. "
        "The bundle comes with the following files:\n  - a welcome letter\n",
        [
            ("nimbus", "shipping the starter kit"),
            ("nimbus", "patching the hosts"),
            ("nimbus", "publishing the onboarding bundle"),
        ],
        ["sample dashboard", "query cookbook", "welcome letter"],
    ),
    # the same lead-in in a paragraph under a party heading ("The kit provides:")
    (
        "Nimbus hosts the dashboards.\n\n## Nimbus responsibilities\n\n"
        "Nimbus is responsible for shipping the starter kit. The kit provides:\n\n"
        "- a sample dashboard\n- a query cookbook\n",
        [("nimbus", "shipping the starter kit")],
        ["sample dashboard", "query cookbook"],
    ),
    # a list of qualities after "<role>s demonstrate:" / "Good <role>s show:" lists no duties,
    # even under the role's own heading
    (
        "Nimbus hosts the dashboards.\n\n## Mentors\n\nMentors are responsible for "
        "guiding new tenants. Mentors demonstrate:\n\n- patience with newcomers\n"
        "- clear writing\n\nGood stewards consistently show:\n\n- care for shared data\n",
        [("mentors", "guiding new tenants")],
        ["patience", "clear writing", "care for shared data"],
    ),
    # a lead-in item ending in a colon that sets when the reader acts ("At each demo you
    # host:") over a nested list, in a checklist or in numbered steps: the nested items are
    # the reader's duties (whatever their verb), the fragment none
    (
        "Nimbus is responsible for the demo programme.\n\n## Hosting a demo\n\n"
        "- Reserve the hall for the demo.\n- At each demo you host:\n"
        "  - Record feedback from the audience\n  - Keep time for every speaker\n"
        "- Publish the slides afterwards.\n\n## After the demo\n\n"
        "1. Close the hall.\n2. Once you leave:\n   1. Hand the keys to the porter\n",
        [
            ("customer", "record feedback from the audience"),
            ("customer", "keep time for every speaker"),
            ("customer", "hand the keys to the porter"),
        ],
        ["at each demo", "once you leave"],
    ),
    # page credits: who keeps the page ("*This article is maintained by Nimbus*") and the
    # author lines under a "Contributors" heading are no duties, and the heading no role
    (
        "*This article is maintained by Nimbus.*\n\nNimbus is responsible for patching the "
        "hosts.\n\n## Contributors\n\n- Jane Roe, who maintains the runbook section\n"
        "- Written and reviewed by the Nimbus docs team\n",
        [("nimbus", "patching the hosts")],
        ["this article", "jane roe", "written and reviewed"],
    ),
    # "X is a joint duty of A and B" (or "the joint responsibility of", "a shared duty
    # between"): X is a duty of each named party
    (
        "Nimbus is responsible for the ingest hosts.\n\nLicensing is a joint duty of the "
        "Nimbus desk and tenants; all parties must honour the terms.\n\nKey rotation is the "
        "joint responsibility of Nimbus and the customer.\n",
        [
            ("nimbus", "licensing"),
            ("customer", "licensing"),
            ("nimbus", "key rotation"),
            ("customer", "key rotation"),
        ],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_13A)
def test_set13a_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)


def test_a_credits_heading_names_no_role(tmp_path: Path) -> None:
    """ "## Contributors" over author lines is no party of the page."""
    pairs = _pairs(
        tmp_path,
        "Nimbus is responsible for patching the hosts.\n\n"
        "## Contributors\n\n- Jane Roe, who maintains the runbook section\n",
    )
    assert {party for party, _ in pairs} == {"nimbus"}, pairs
