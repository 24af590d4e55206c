"""Shapes of extraction round 11 (helper a; invented text only): each entry is (page body,
(party, label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape

Shape = tuple[str, list[tuple[str, str]], list[str]]

SHAPES_11A: list[Shape] = [
    # a requirement on what a buyer procures, named by no name ("Services must …", "All
    # services reachable over the web must …", "The pantry service itself must …") binds
    # whoever supplies it (a "supplier" is a vendor); the service changed by others, a
    # passive and a description with "will" bind nobody
    (
        "Nimbus is responsible for the depots.\n\n## Buying\n\n"
        "Services must keep working with the two newest releases of the till app. "
        "All services accessible over the public network must pass a yearly lock test. "
        "The pantry service itself must publish its opening hours before purchase. "
        "Suppliers must hold a food hygiene licence. "
        "Changes to live services must be logged by the duty manager. "
        "The service will refill the shelves every night.\n",
        [
            ("software-vendor", "keep working with the two newest releases"),
            ("software-vendor", "pass a yearly lock test"),
            ("software-vendor", "publish its opening hours"),
            ("software-vendor", "hold a food hygiene licence"),
        ],
        ["logged", "refill the shelves"],
    ),
    # the same for systems and software, and for "services and software", "will need to"
    # and "will be subject to the requirement to"; "services and users" is no such subject
    (
        "Nimbus is responsible for the depots.\n\n## Buying\n\n"
        "All stall systems will need to pass the yearly scales check. "
        "All services and software must stay on supported till versions. "
        "All services will be subject to the requirements to produce a food safety plan. "
        "Services and users must agree the opening hours.\n",
        [
            ("software-vendor", "pass the yearly scales check"),
            ("software-vendor", "stay on supported till versions"),
            ("software-vendor", "produce a food safety plan"),
        ],
        ["opening hours"],
    ),
    # a capitalised name the page writes mid-sentence only in brackets ("the standard
    # (Yardcrew) locks") is a proper noun, so its sentences name a party; an acronym in
    # brackets after its spelled-out name ("Single sign-on (SSO)") is none
    (
        "When your club wants a shed, you need to request a shed.\n\n"
        "Yardcrew maintains gates in different yards around the town. "
        "We fit the standard (Yardcrew) locks. Yardcrew will normally not paint the sheds, "
        "but will check on the roofs from time to time.\n\n"
        "Single sign-on (SSO) must always be offered. SSO must use open standards.\n",
        [("yardcrew", "maintain gates"), ("yardcrew", "check on the roofs")],
        ["open standards"],
    ),
    # a routine passive about the page vendor's own product, the vendor named first ("The
    # Nimbus Gate Service is automatically kept up to date", "Nimbus Cloud is audited
    # regularly") is the vendor's duty; "only … if you enroll", a condition, or a name that
    # is not the vendor's is none
    (
        "Nimbus runs the gates for you.\n\n## Updates\n\nThe Nimbus Gate Service for hosted "
        "yards is automatically kept up to date with patches. Nimbus Cloud is audited regularly "
        "to keep the yards safe. Nimbus agents are only updated automatically if you enroll "
        "them. If you opt in, Nimbus agents are automatically updated at night. IP capture is "
        "automatically disabled for new yards.\n",
        [
            ("nimbus", "keep nimbus gate service for hosted yards up to date"),
            ("nimbus", "audit nimbus cloud"),
        ],
        ["agents", "ip capture"],
    ),
    # a heading worded as a requirement (a subject, an obligation, a verb and its object)
    # states that duty, its section explaining it; a passive or a prohibition heading binds
    # nobody
    (
        "Nimbus is responsible for the depots.\n\n## All stall holders must keep spare keys "
        "with the warden\n\nKeys get lost, and the warden opens up in the morning.\n\n"
        "## Spare keys must be labelled\n\nLabels fade quickly.\n\n"
        "## Stall holders must not sublet their pitch\n\nThe market is small.\n",
        [("stall-holders", "keep spare keys with the warden")],
        ["labelled", "sublet"],
    ),
    # a role the page names itself, then "need(s) to": the role's duty, as after "must"
    (
        "Nimbus is responsible for the depots.\n\n## Keepers\n\nEach hut steward needs to "
        "have a spare key lodged with the office before opening the hut. The hut coordinators need "
        "to sweep the porch every week.\n",
        [
            ("hut-steward", "have a spare key lodged with the office"),
            ("hut-coordinators", "sweep the porch every week"),
        ],
        [],
    ),
    # a heading that names a body by a collective noun and gives its initials ("The Yard
    # Assurance Group (YAG)") is that body's section, and "this group" in it is the body; a
    # "Resource group" heading names a thing, no role
    (
        "Nimbus is responsible for the depots.\n\n### The _Yard Assurance Group (YAG)_\n\n"
        "This group pre-checks proposals for new sheds.\n\n### Resource group\n\n"
        "A resource group holds the shed records.\n",
        [("yard-assurance-group", "pre-check proposals for new sheds")],
        ["shed records"],
    ),
    # items of a party's duty list that say what may befall, what may be done to a thing or
    # what governs it state no duty of that party; an instruction with a chance in its
    # purpose clause still does
    (
        "Nimbus is responsible for the depots.\n\n## Tenant responsibilities\n\n"
        "- Tenants are responsible for locking their sheds.\n"
        "- Because rules keep changing, awkward disputes may arise later.\n"
        "- On leaving the yard, a tenant's shed key may be handed to the warden.\n"
        "- Use of the yard is subject to the market charter.\n"
        "- Sweep the shed floor so that nothing may be damaged.\n",
        [("customer", "locking their sheds"), ("customer", "sweep the shed floor")],
        ["disputes", "shed key", "market charter"],
    ),
    # an item whose verb's object goes on after "as well as" is one duty per object, the verb
    # and its preposition carried over ("abide by"); a verb after "as well as" is its own
    (
        "Nimbus is responsible for the depots.\n\n## Tenant responsibilities\n\n"
        "- By renting a shed, you agree to abide by the Yard Rules, Terms and Hours as well "
        "as the Market Safety Code.\n- Patch the shed locks as well as review the key log.\n",
        [
            ("customer", "abide by the yard rules"),
            ("customer", "abide by the market safety code"),
            ("customer", "patch the shed locks"),
            ("customer", "review the key log"),
        ],
        ["as well as"],
    ),
    # "…, and being <participle> by …" goes on with the clause before it (the rules being
    # kept), no duty of its own
    (
        "## Yard Warden\n\nThe Yard Warden is responsible for ensuring the gates are locked "
        "at night and that all yard rules are working as intended, and being kept by the "
        "tenants.\n",
        [
            ("yard-warden", "gates are locked at night"),
            ("yard-warden", "as intended, and being kept by"),
        ],
        [],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), SHAPES_11A)
def test_round11a_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)
