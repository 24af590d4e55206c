"""General shapes of session 41, found on development and fresh sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_role_headings_of_six_words_or_ending_in_personnel(tmp_path: Path) -> None:
    """ "### Harbour Project Lead Chart Data Architect" (six words ending in a person noun) and
    "### Gate Survey Personnel" (a body of people) are roles over the duties listed under them;
    "Prepares Survey Kit and …" opens with its verb before a capitalised object."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Chart publishing roles\n\n"
        "Publishing charts requires coordination between several partners.\n\n"
        "## Roles\n\n"
        "### Gate Survey Personnel\n\n"
        "+ Prepares Survey Kit and ensures all Survey Kit components are functioning in Delivery\n"
        "+ Notifies the chart team when the kit is ready\n\n"
        "### Harbour Project Lead Chart Data Architect\n\n"
        "+ Reviews and approves chart designs\n"
        "+ Establishes and enforces chart standards\n",
    )
    pairs = _page_pairs(path)
    assert ("gate-survey-personnel", "notify the chart team when the kit is ready") in pairs, pairs
    assert ("gate-survey-personnel", "prepare survey kit") in pairs, pairs
    architect = "harbour-project-lead-chart-data-architect"
    assert (architect, "review and approve chart designs") in pairs, pairs
    assert (architect, "establish and enforce chart standards") in pairs, pairs


def test_a_choice_of_roles_addressed_is_the_reader(tmp_path: Path) -> None:
    """ "As a user or approver, you must:" speaks to any reader, not to one role called "User or
    approver"; its items opening with "not" are duties to refrain ("Do not use …"), as "must
    not use" reads; a "not" before no verb ("not applicable") is none."""
    path = _page(
        tmp_path,
        "terms.md",
        "# Harbour Sign-in terms\n\n"
        "Welcome to Harbour Sign-in, the Harbour Board's single sign-in service.\n\n"
        "## Our responsibilities\n\n"
        "This service is run by the Harbour Board. We keep the service available.\n\n"
        "As a user or approver, you must:\n\n"
        "- provide your first name and last name\n"
        "- not use a generic email address when registering\n"
        "- not applicable to guests\n\n"
        "As an approver, you must also:\n\n"
        "- regularly review users' access\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "provide your first name and last name") in pairs, pairs
    assert ("customer", "do not use a generic email address when registering") in pairs, pairs
    assert ("customer", "regularly review users' access") in pairs, pairs
    assert not any("applicable" in label for _, label in pairs), pairs


def test_two_participles_before_the_agent_are_both_its_deeds(tmp_path: Path) -> None:
    """ "… are offered and operated by the Trustees of Quay University": the agent offers and
    operates them (not only the first verb); "provided and supported by Red Hat" likewise."""
    path = _page(
        tmp_path,
        "harbour.md",
        "# Harbour service description\n\n"
        "Harbour is a shared research cloud. You are responsible for your projects.\n\n"
        "## Operations\n\n"
        "Harbour shared services are offered and operated by the Trustees of Quay University.\n\n"
        "The container platform is provided and supported by Red Hat.\n",
    )
    pairs = _page_pairs(path)
    trustees = "trustees-of-quay-university"
    assert (trustees, "offer and operate harbour shared services") in pairs, pairs
    assert ("red-hat", "provide and support container platform") in pairs, pairs


def test_a_titled_name_with_a_role_word_inside_is_a_body_of_its_own(tmp_path: Path) -> None:
    """ "The Quay Community Development Project (ComDev) is charged with …": "Community" inside
    a title-case name is no generic role (the customers the page calls communities); the
    body is a party of its own name. "Set Up Users and Teams" opens with a verb: no name."""
    path = _page(
        tmp_path,
        "services.md",
        "# Services for Quay projects\n\n"
        "The Quay Foundation provides services to the many Quay communities.\n\n"
        "## Community\n\n"
        "The Quay Community Development Project (ComDev) is charged with coordinating "
        "community development efforts.\n\n"
        "## Set Up Users and Teams\n\n"
        "- Invite team members via email\n",
    )
    pairs = _page_pairs(path)
    comdev = "quay-community-development-project"
    assert (comdev, "coordinating community development efforts") in pairs, pairs
    assert not any(party.startswith("set-up") for party, _ in pairs), pairs


def test_things_a_sentence_includes_after_a_colon_are_no_clause(tmp_path: Path) -> None:
    """ "Example services include: Press releases over the wire, …" lists things: "Press" is
    no subject with "releases" its verb, though the page names a Press Team; a colon before
    a clause of its own ("Keys matter: You must rotate your keys") still parts the sentence."""
    path = _page(
        tmp_path,
        "press.md",
        "# Services for Quay projects\n\n"
        "The Quay Foundation provides services to the many Quay communities. You are "
        "responsible for your projects.\n\n"
        "## Press\n\n"
        "You can contact the Press Team. Example services include: Press releases over the "
        "wire for major releases, connections with industry analysts.\n\n"
        "## Hosts\n\n"
        "Keys matter: You must rotate your keys yearly.\n",
    )
    pairs = _page_pairs(path)
    assert not any("wire" in label or "analysts" in label for _, label in pairs), pairs
    assert ("customer", "rotate your keys yearly") in pairs, pairs


def test_a_question_heading_on_what_support_includes_leads_its_list(tmp_path: Path) -> None:
    """ "What kind of support is included?" over a list reads as "Our support includes:": the
    items are the vendor's duties (seen on the user check); another question heading over a
    list ("What can I do next?") is no lead-in."""
    path = _page(
        tmp_path,
        "support.rst",
        "What can I expect from Quarrytech support?\n"
        "==========================================\n\n"
        "You are responsible for your own servers.\n\n"
        "What kind of support is included?\n"
        "=================================\n\n"
        "- Questions related to your account or billing\n"
        "- Providing you with relevant material\n\n"
        "What can I do next?\n"
        "===================\n\n"
        "- Questions on the forum\n",
    )
    pairs = _page_pairs(path)
    providers = {party for party, label in pairs if "billing" in label}
    assert providers and "customer" not in providers, pairs
    assert any("relevant material" in label for _, label in pairs), pairs
    assert not any("forum" in label for _, label in pairs), pairs
