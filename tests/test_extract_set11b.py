"""Shapes from extraction round 11b (invented text only): what made false facts on overview and
architecture pages, each with the narrower reading that keeps the true ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_roles import _pairs as _page_pairs


def test_a_title_word_capitalised_only_where_lines_open_is_no_vendor(tmp_path: Path) -> None:
    """A title that opens with a common noun ("Storage overview"), the noun again capitalised
    only at a heading's start and inside a longer name, names no author: "the different storage
    control features" is no party, its list of guides no duties. A name the page also writes
    inside a sentence ("… run by Nimbus") is the author."""
    body = (
        "Storage settings are yours to pick. We keep the disks healthy, and the customer is "
        "responsible for the backups.\n\n"
        "## Storage control features\n\nYou can tune storage at several levels. Read the guides "
        "below about the different storage control features:\n\n- [Tuning the cache](/a)\n"
        "- [Tuning the disks](/b)\n\nSee the Cold Storage Act for the rules.\n"
    )
    pairs = _page_pairs(
        tmp_path, f"---\ntitle: Storage overview\n---\n\n# Storage overview\n\n{body}"
    )
    assert ("customer", "backups") in pairs, sorted(pairs)
    assert not any("tuning" in label for _, label in pairs), sorted(pairs)
    named = _page_pairs(
        tmp_path,
        "# Nimbus overview\n\nNimbus runs the depots. The depots are run by Nimbus, and Nimbus "
        "is responsible for the locks.\n",
    )
    assert any(party == "nimbus" and "locks" in label for party, label in named), sorted(named)


Shape = tuple[str, tuple[str, str], str]

SHAPES_11B: list[Shape] = [
    # "IP addresses can be treated as X": "addresses" is the subject's plural noun, not the
    # verb of a party "IP" (a finite verb is never followed by a modal)
    (
        "The customer is responsible for the crates.\n\nIP addresses can be treated as stock "
        "records in the ledger. You can turn IP capture off.\n",
        ("customer", "crates"),
        "stock records",
    ),
    # "### You must sign the crate waiver": a heading worded as the reader's obligation is that
    # duty (its paragraph explains it); a negated one ("You should not …") is none
    (
        "Nimbus is responsible for the depots.\n\n## Before loading\n\n### You must sign the "
        "crate waiver\n\nThe waiver lists what the yard covers.\n\n### You should not stack "
        "crates on the ramp\n\nThe ramp is narrow.\n",
        ("customer", "sign the crate waiver"),
        "ramp",
    ),
    # "you have 48 hours to file a claim": the time limit binds the reader to the act, as "must
    # file a claim" would; "you have two forklifts" stays a possession
    (
        "Nimbus is responsible for the depots.\n\nIf a crate is lost, you have 48 hours to file "
        "a claim with the yard office. You have two forklifts on site.\n",
        ("customer", "file a claim with the yard office"),
        "forklift",
    ),
    # a passive inside a clause about a pronoun ("… before they are shipped to the depot by
    # Nimbus"): its subject is "they", not the words before the clause; no duty of Nimbus
    (
        "The customer is responsible for the crates.\n\nNimbus offers scanners. The scanners "
        "let you trim the logs before they are shipped to the depot by Nimbus.\n",
        ("customer", "crates"),
        "trim",
    ),
    # a list of one party's duties ("You need to log every crate") with an item that leaves
    # its doer out ("Crates must be stored dry"): that obligation is the same party's
    (
        "Nimbus is responsible for the depots.\n\nThree rules shape your use of the yard:\n\n"
        "1. You need to hold a permit for each truck\n2. You need to log every crate\n"
        "3. Crates must be stored dry\n",
        ("customer", "crates must be stored dry"),
        "permit for the yard",
    ),
    # "When …, Nimbus may …": a right kept for that case, no duty; a standing "Nimbus may
    # also …" still states what the provider does
    (
        "Nimbus is responsible for the depots.\n\nNimbus may also replace the shed locks every "
        "year. When crates arrive late, Nimbus may store the crates in the overflow shed.\n",
        ("nimbus", "replace the shed locks every year"),
        "overflow shed",
    ),
    # "Nimbus and the customer must review the plan": two subjects before one modal, a duty
    # of each
    (
        "Nimbus is responsible for the depots.\n\nIf a route changes, Nimbus and the customer "
        "must review the loading plan first.\n",
        ("customer", "review the loading plan first"),
        "and the customer",
    ),
    # "You will bear any resulting costs": bearing a cost (cue-words.ttl cost-noun) is paying
    # it, a duty; "bear the risk" states none
    (
        "Nimbus is responsible for the depots.\n\nIf a payment is late, you will bear any "
        "resulting costs. You bear the risk of a lost crate.\n",
        ("customer", "bear any resulting costs"),
        "risk",
    ),
    # "Our backup plan runs …": a possessive opening the sentence says whose thing the subject
    # is; "Our" is no subject, "backup" no verb
    (
        "The customer is responsible for the crates. We patch the hosts.\n\n## Copies\n\n"
        "Our backup plan runs nightly full copies and weekly offsite copies.\n",
        ("platform-provider", "patch the hosts"),
        "plan runs",
    ),
    # one paragraph that says twice what a party holds ("Nimbus provides a yard console …
    # Nimbus manages the routing and the yard console"): an ownership verb (cue-words.ttl)
    # adds nothing to its object, so the second is the same duty
    (
        "The customer is responsible for the crates.\n\nNimbus provides a yard console and "
        "handles the gate sensors. The crates stay on your lot, while Nimbus manages the "
        "routing and the yard console.\n",
        ("nimbus", "provide a yard console"),
        "manage the yard console",
    ),
    # "… is managed by the team that also designs the crates": a team the passage names no
    # further is the passage's party ("we"), as "the team" is as a subject
    (
        "The customer is responsible for the crates.\n\n## Yard app\n\nWe take care of the "
        "hosting. The yard app is managed and maintained by the team that also designs the "
        "crates.\n",
        ("platform-provider", "manage and maintain yard app"),
        "team",
    ),
    # "The Nimbus Yard licence allows you to …": "licence" ends the subject (a verb of leave
    # follows it), and what it allows the reader is an offer, no duty
    (
        "The customer is responsible for the crates.\n\nThe Nimbus Yard license allows you to "
        "run the yard software on your own site. You can also pick Nimbus Yard, made by us and "
        "run by Nimbus Yard staff.\n",
        ("customer", "crates"),
        "yard software",
    ),
    # "**If you are using the cloud yard** you should name Nimbus …": a bold condition
    # ends where its bold does, as a comma would end it
    (
        "Nimbus is responsible for the depots.\n\n- **If you are using the cloud yard** you should "
        "name Nimbus as a carrier\n- **If you host it yourself** you can skip the carrier\n",
        ("customer", "name nimbus as a carrier"),
        "if you are",
    ),
    # "we recommend using a gate lock to secure the yard": a use whose purpose is a duty verb
    # is that duty, not a tool named in passing; for a kind of reader ("If you are new to the
    # yard, we recommend using the yard app to plan …") it stays a choice
    (
        "Nimbus is responsible for the depots.\n\nWe recommend using a gate lock "
        "to secure the yard at night. If you are new to the yard, we recommend using the yard "
        "app to plan your loads.\n",
        ("customer", "using a gate lock to secure the yard at night"),
        "yard app",
    ),
    # "How you label the crates is up to you": what is left to a party is its duty, as "It
    # is up to you to label the crates" is
    (
        "Nimbus is responsible for the depots.\n\nA crate must carry a label. How you label the "
        "crates is up to you.\n",
        ("customer", "label the crates"),
        "how you",
    ),
    # "We provide tools to control what crates are kept": means handed to the reader for a
    # choice left open, an offer like "tools to label your crates", no duty of ours
    (
        "The customer is responsible for the crates.\n\nWe provide tools to control what "
        "crates are kept and moved. We patch the gate scanners.\n",
        ("platform-provider", "patch the gate scanners"),
        "tools",
    ),
    # the same list with a state to keep ("Labels must be clearly readable"): the party's too
    (
        "Nimbus is responsible for the depots.\n\nThe yard has rules:\n\n* Labels must be "
        "clearly readable from the aisle\n* You need to log every crate\n* You have to close "
        "the gate at night\n",
        ("customer", "labels must be clearly readable from the aisle"),
        "yard has rules",
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_11B)
def test_shapes_11b(tmp_path: Path, body: str, present: tuple[str, str], absent: str) -> None:
    """The page states the ``present`` duty and no label holds ``absent``."""
    pairs = _page_pairs(tmp_path, f"# Yard rules\n\n{body}")
    assert present in pairs, sorted(pairs)
    assert not any(absent in label for _, label in pairs), sorted(pairs)
