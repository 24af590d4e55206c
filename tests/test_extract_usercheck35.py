"""Shapes from user check 35 on unseen managed-service and platform pages (Hugo, MkDocs,
Middleman, GitHub Markdown): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _pairs

from graph import extract_facts, read_document


def test_an_access_matrix_grants_use_and_states_no_duty(tmp_path: Path) -> None:
    """A matrix whose first header says what may be used ("Access", "Permissions") and whose
    party columns hold Y / N marks grants each party the row's thing: no row is a duty; the
    role sections above it still give theirs."""
    _check_shape(
        tmp_path,
        "## Depot lead\n\nSpecific responsibilities:\n\n- Set the order of the yard work\n\n"
        "## Access by role\n\n| Access | **Depot Lead** | **Yard Clerk** |\n| --- | --- | --- |\n"
        "| Gate badge | Y | Y |\n| Ledger repository | Y, read only | N |\n"
        "| Night escalation | Y | N |\n",
        [("depot-lead", "set the order of the yard work")],
        ["gate badge", "ledger repository", "night escalation", "read only"],
    )


def test_letters_under_an_access_header_still_assign_work(tmp_path: Path) -> None:
    """RACI letters assign work whatever the first header says: "Access | Acme | Customer"
    over "R" / "I" cells is an ordinary matrix."""
    pairs = _pairs(
        tmp_path,
        "| Access | Acme | Customer |\n| --- | --- | --- |\n| Review crate gate logs | R | I |\n",
    )
    assert any(label == "review crate gate logs" for _, label in pairs), sorted(pairs)


def test_a_duty_label_under_a_role_heading_keeps_the_heading_party(tmp_path: Path) -> None:
    """ "Specific responsibilities:" (a duty label, its adjective capitalised) under a role's
    heading lists that role's duties: "Specific" is no party."""
    _check_shape(
        tmp_path,
        "## Gate lead\n\nSpecific responsibilities:\n\n- Log every crate at the gate\n"
        "- Keep the gate ledger\n",
        [("gate-lead", "log every crate at the gate"), ("gate-lead", "keep the gate ledger")],
        [],
    )


def test_people_named_by_the_platform_they_use_are_its_customers(tmp_path: Path) -> None:
    """ "It means teams using the platform will be responsible for X": the people named by
    what they use (a consumed noun: platform, service) are the customers, and "It means"
    before the subject is no part of it."""
    _check_shape(
        tmp_path,
        "Acme runs the depot platform.\n\nIt means teams using the platform will be responsible "
        "for supporting the crates they ship.\n",
        [("customer", "supporting the crates they ship")],
        [],
    )


def test_a_writer_expecting_a_party_to_act_leads_into_its_duties(tmp_path: Path) -> None:
    """ "We expect <party> to ensure they can, …:" over a list: each item is that party's
    duty, the "can" of the stem notwithstanding."""
    _check_shape(
        tmp_path,
        "Acme runs the depot.\n\nWe expect tenants of the depot to ensure they can, for the life "
        "of the lease:\n\n- label their crates\n- keep their bays clear\n",
        [("customer", "label their crates"), ("customer", "keep their bays clear")],
        [],
    )


def test_a_sellers_lead_in_follows_the_team_just_given_a_duty(tmp_path: Path) -> None:
    """On a page that never names its "we", "Support includes:" right after "The Widget Team
    manages X" lists the Widget Team's duties, not a generic provider's."""
    pairs = _pairs(
        tmp_path,
        "### What does the Widget Team support\n\nThe Widget Team manages everything outside "
        "of a tenant area.\n\nSupport includes:\n\n* responding to failures of the cluster\n"
        "* security of the depot\n",
    )
    assert ("widget-team", "responding to failures of the cluster") in pairs, sorted(pairs)
    assert ("widget-team", "security of the depot") in pairs, sorted(pairs)
    assert {party for party, _ in pairs} == {"widget-team"}, sorted(pairs)


def test_a_party_playing_a_role_in_a_task_holds_it(tmp_path: Path) -> None:
    """ "While Acme strives for uptime, customers play a vital role in managing X. This
    includes:" - the part a party plays is its duty, and the list after "This includes:" is
    more of it."""
    _check_shape(
        tmp_path,
        "### Uptime\n\nWhile Acme strives to keep the depot open, customers play a vital role in "
        "managing their own gate access.\nThis includes:\n\n- **Spare badges**. Keeping spare "
        "badges for the night crew.\n",
        [("customer", "managing their own gate access"), ("customer", "spare badges")],
        [],
    )


def test_a_verb_before_a_comma_list_of_nouns_keeps_its_objects(tmp_path: Path) -> None:
    """A cell "Create and rotate crate keys, gate badges, vault codes." is one verb with three
    objects, not a duty and two verb-less fragments; a comma list of verb phrases ("Label
    crates, sweep bays, lock gates") is still one duty per phrase."""
    _check_shape(
        tmp_path,
        "| Area | Customer Responsibility | Acme Responsibility |\n| --- | --- | --- |\n"
        "| Keys | Create and rotate crate keys, gate badges, vault codes. | Run the vault. |\n"
        "| Yard | Label crates, sweep bays, lock gates. | Light the yard. |\n",
        [
            ("customer", "create and rotate crate keys, gate badges, vault codes"),
            ("customer", "label crates"),
            ("customer", "sweep bays"),
            ("customer", "lock gates"),
        ],
        [],
    )
    pairs = _pairs(
        tmp_path,
        "| Area | Customer Responsibility | Acme Responsibility |\n| --- | --- | --- |\n"
        "| Keys | Create and rotate crate keys, gate badges, vault codes. | Run the vault. |\n",
    )
    assert not any(label in ("gate badges", "vault codes") for _, label in pairs), sorted(pairs)


def test_a_callout_symbol_opening_a_duty_sentence_is_no_part_of_it(tmp_path: Path) -> None:
    """ "ℹ️ As a customer you are required to …": the emoji of a callout opens no sentence of
    its own; the duty is read as without it."""
    _check_shape(
        tmp_path,
        "Acme runs the depot.\n\nℹ️ As a customer you are required to keep us informed of "
        "gate changes.\n",
        [("customer", "keep us informed of gate changes")],
        [],
    )


def test_an_adverb_before_required_keeps_the_obligation(tmp_path: Path) -> None:
    """ "You are contractually required to X": an -ly adverb between "are" and "required"
    leaves the duty whole."""
    _check_shape(
        tmp_path,
        "Acme runs the depot.\n\nAs a customer you are contractually required to report crate "
        "losses each quarter.\n",
        [("customer", "report crate losses each quarter")],
        [],
    )


def test_a_title_holding_a_role_word_does_not_name_the_role(tmp_path: Path) -> None:
    """A page title with a colon ("Depot-as-a-Service: Depot Users and User Roles") holds the
    customer's cue word ("users") but is no name: the customer keeps its own label."""
    path = tmp_path / "title.md"
    path.write_text(
        "# Depot-as-a-Service: Depot Users and User Roles\n\nThe model of Acme is based on depot "
        "users.\n\n# User Roles\n\nAs a customer you are required to keep us informed of gate "
        "changes.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    labels = {e.label for r, e in facts.entities.items() if r.kind == "party"}
    assert "Customer" in labels, labels
    assert not any(":" in label for label in labels), labels


def test_an_item_saying_what_requires_the_role_is_no_duty(tmp_path: Path) -> None:
    """Under a role's duty label, "Required for the harbour licence" says why the role exists
    (a necessity adjective and what needs it, no verb): no duty; its other items are duties."""
    _check_shape(
        tmp_path,
        "## Safety lead\n\nSpecific responsibilities:\n\n- First contact for crane incidents\n"
        "- Required for the harbour licence\n",
        [("safety-lead", "first contact for crane incidents")],
        ["harbour licence"],
    )


def test_that_opening_a_clause_points_back_at_no_duty(tmp_path: Path) -> None:
    """ "Acme is responsible for the gate badges that we hand to crews" after a customer's duty:
    "that we" opens a relative clause, no demonstrative, so the two duties share no concern;
    "these badges" still points back."""
    path = tmp_path / "page.md"
    path.write_text(
        "# Depot\n\nThe customer is responsible for requesting gate badges.\n\nAcme is "
        "responsible for printing the gate badges that we hand to crews.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert not [r for r in facts.relations if r.predicate == "concern"], facts.relations
    path.write_text(
        "# Depot\n\nThe customer is responsible for requesting gate badges.\n\nAcme is "
        "responsible for printing these badges.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    assert [r for r in facts.relations if r.predicate == "concern"], facts.relations


def test_two_bare_nouns_before_one_plural_head_share_it(tmp_path: Path) -> None:
    """ "responding to crate audit and transit requests": "audit" and "transit" both modify
    "requests", one duty, not "responding to crate audit" and "responding transit requests";
    two verb phrases still split."""
    _check_shape(
        tmp_path,
        "Depot customers have full responsibility for responding to crate audit and transit "
        "requests.\n\nAcme is responsible for patching gate hosts and monitoring yard links.\n",
        [
            ("customer", "responding to crate audit and transit requests"),
            ("acme", "patching gate hosts"),
            ("acme", "monitoring yard links"),
        ],
        [],
    )


def test_a_passive_subject_keeps_no_sentence_capital_in_the_duty(tmp_path: Path) -> None:
    """ "Gate badges and crate permissions are set by the customer": the duties are "set gate
    badges" and "set crate permissions" (the capital was the sentence's); a name keeps its
    capitals ("AWS accounts are created by the customer")."""
    _check_shape(
        tmp_path,
        "Acme runs the depot.\n\nGate badges and crate permissions are set by the customer "
        "using the console.\n\nAWS accounts are created by the customer.\n",
        [("customer", "set gate badges"), ("customer", "create aws accounts")],
        [],
    )
    pairs = _page_pairs_raw(tmp_path)
    assert "Set gate badges" in pairs and "Create AWS accounts" in pairs, sorted(pairs)


def _page_pairs_raw(tmp_path: Path) -> set[str]:
    """The duty labels, as written (not lower-cased), of the page ``_pairs`` last wrote."""
    facts = extract_facts(read_document(tmp_path / "shape.md"))
    return {e.label for r, e in facts.entities.items() if r.kind == "duty"}
