"""General shapes of session 49 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general47 import _duties
from test_extract_general48 import _labels


def test_two_verbs_of_one_purpose_are_no_two_duties(tmp_path: Path) -> None:
    """ "implement monitoring gauges to (swiftly) detect and respond to dust alarms": the
    purpose's two verbs share their object, so the duty stays whole ("monitoring" is no verb
    of two duties); a noun phrase after the "and" ("access to the logbook and the
    weighbridge records") still makes two."""
    pairs = _labels(
        tmp_path,
        "Customers must implement monitoring gauges to swiftly detect and respond to dust "
        "alarms.\n\n"
        "Quarrytech must implement monitoring gauges to detect and report flooding.\n\n"
        "Customers are responsible for providing access to the logbook and the weighbridge "
        "records.\n\n"
        "Customers are expected to:\n\n"
        "- **Crusher care**. Install lamps to swiftly inspect and repair the crushers.",
    )
    assert pairs == {
        ("Customer", "implement monitoring gauges to swiftly detect and respond to dust alarms"),
        ("Quarrytech", "implement monitoring gauges to detect and report flooding"),
        ("Customer", "providing access to the logbook"),
        ("Customer", "providing the weighbridge records"),
        ("Customer", "crusher care: install lamps to swiftly inspect and repair the crushers"),
    }, pairs


def test_a_list_of_what_a_party_does_not_do_may_give_others_duties(tmp_path: Path) -> None:
    """Under "What Quarrytech does not do", an item's denial gives no duty and a bare item
    none either, but a sentence after the denial that gives a duty to another party stands
    ("Haul roads remain yours", "An inspector still decides …")."""
    pairs = _labels(
        tmp_path,
        "## What Quarrytech does not do for your safety\n\n"
        "Being explicit about the limits helps.\n\n"
        "- **Quarrytech does not certify your pits.** An inspector still decides whether "
        "your pits are safe.\n"
        "- **Quarrytech does not guard your site.** Fencing and your own haul roads remain "
        "yours.\n"
        "- Quarrytech does not sell explosives.\n"
        "- Night security\n",
    )
    assert pairs == {
        ("Inspector", "decide whether your pits are safe"),
        ("Customer", "fencing and your own haul roads"),
    }, pairs


def test_a_denial_joined_after_an_ownership_leaves_it_standing(tmp_path: Path) -> None:
    """ "Your blast plans belong to you, and our crew does not change them": the clause after
    the comma denies something else; the plans are still the customer's (as "…, but X does
    not …" already left them)."""
    pairs = _labels(
        tmp_path,
        'On this page "we" means Quarrytech.\n\n'
        "Your blast plans belong to you, and our crew does not change customer plans.\n\n"
        "The haul roads are yours, and Quarrytech does not repair them.",
    )
    assert pairs == {("Customer", "your blast plans"), ("Customer", "haul roads")}, pairs


def test_what_a_party_s_platform_provides_and_the_services_it_lists(tmp_path: Path) -> None:
    """ "The Quarrytech platform provides the following services:" is Quarrytech acting (a
    subject noun after the name), not a thing's contents as "The Quarrytech starter kit
    provides:" is; "These services include:" after "Quarrytech provides a range of
    services" lists what Quarrytech provides, while "These quarries include:" after
    "Quarrytech has several quarries" lists no duties."""
    pairs = _labels(
        tmp_path,
        "The Quarrytech platform provides the following services:\n\n"
        "* Painting lines\n* Sweeping roads\n\n"
        "The Quarrytech starter kit provides:\n\n* A helmet\n* Boots\n\n"
        "The Quarrytech platform provides a range of services for site teams. "
        "These services include:\n\n* Access to the weighbridge\n* Creating gate passes\n\n"
        "Quarrytech has several quarries. These quarries include:\n\n* North pit\n* South pit\n",
    )
    assert pairs == {
        ("Quarrytech", "painting lines"),
        ("Quarrytech", "sweeping roads"),
        ("Quarrytech", "access to the weighbridge"),
        ("Quarrytech", "creating gate passes"),
        ("Quarrytech", "provide a range of services for site teams"),
    }, pairs


def test_an_item_s_purpose_before_its_own_clause_is_no_part_of_the_duty(tmp_path: Path) -> None:
    """ "- To use the crusher, you must hold the Operator badge" under a lead-in: the clause
    after the purpose has its own subject, and its predicate is the duty (no label "Use the
    crusher, you must hold …"); an item that is only a purpose and an order stays as before."""
    pairs = _labels(
        tmp_path,
        "Customers are responsible for the following:\n\n"
        "* To use the crusher, you must hold the Operator badge.\n"
        "* To enter the pit, customers must sign the logbook.\n"
        "* To keep the yard safe, inspect the gates.\n",
    )
    assert ("Customer", "hold the operator badge") in pairs, pairs
    assert ("Customer", "sign the logbook") in pairs, pairs
    assert ("Customer", "inspect the gates") in pairs, pairs
    assert not any(", " in label for _, label in pairs), pairs


def test_a_sentence_announcing_the_following_services_lists_them_after_its_colon(
    tmp_path: Path,
) -> None:
    """ "Quarrytech provides the following (kinds of) services: A, B, and C." gives the
    duties A, B and C as "Quarrytech provides: A, B, and C." does, not a duty "Provide the
    following kinds of services"; "provides the tools: a shovel, a broom" stays as it was."""
    pairs = _labels(
        tmp_path,
        "Quarrytech provides the following services: line painting, road sweeping, and gate "
        "repairs.\n\n"
        "Quarrytech provides the following kinds of services: fence mending and lamp fitting.",
    )
    assert pairs == {
        ("Quarrytech", "provide line painting"),
        ("Quarrytech", "provide road sweeping"),
        ("Quarrytech", "provide gate repairs"),
        ("Quarrytech", "provide fence mending"),
        ("Quarrytech", "provide lamp fitting"),
    }, pairs


def test_faq_questions_of_who_is_responsible_head_that_party_s_list(tmp_path: Path) -> None:
    """A FAQ's "What am I responsible for?" heads the reader's duties, "What is the yard team
    responsible for?" the yard team's, "What are we responsible for?" the writer's; "What are
    you _not_ responsible for?" heads none."""
    page = _page(
        tmp_path,
        "faq.md",
        "# Quarry support FAQ\n\nWe publish the blasting times on our status page.\n\n"
        "### What am I responsible for?\n\n* Upkeep of my trucks.\n"
        "* Paying the weighbridge fees.\n\n"
        "### What are you _not_ responsible for?\n\n* Upkeep of the gates.\n\n"
        "### What is the yard team responsible for?\n\n* Providing a yard to park in.\n\n"
        "### What are we responsible for?\n\n* Weighing the trucks.\n",
    )
    duties = {(party, label) for party, _, label in _duties(page)}
    assert duties == {
        ("Platform provider", "publish the blasting times on our status page"),
        ("Customer", "upkeep of my trucks"),
        ("Customer", "paying the weighbridge fees"),
        ("Yard team", "providing a yard to park in"),
        ("Platform provider", "weighing the trucks"),
    }, duties


def test_a_clause_of_what_someone_can_or_wants_to_do_ends_the_object(tmp_path: Path) -> None:
    """ "…, so we can move your truck", "…, and you want to know the rules": a clause of its
    own after the object, no part of the duty nor a duty; "…, and we expect you to check X"
    still gives X."""
    pairs = _labels(
        tmp_path,
        "Quarrytech keeps two weighbridges, so we can move your truck when one is down.\n\n"
        "Quarrytech maintains the haul roads, and you want to know which ones are open.\n\n"
        "It is up to you to wash the trucks, and we expect you to check the tyres.",
    )
    assert pairs == {
        ("Quarrytech", "keep two weighbridges"),
        ("Quarrytech", "maintain the haul roads"),
        ("Customer", "wash the trucks"),
        ("Customer", "we expect you to check the tyres"),
    }, pairs
