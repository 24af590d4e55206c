"""General shapes of session 43, found on development sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_passive_by_a_known_partys_named_role(tmp_path: Path) -> None:
    """ "Requests are reviewed by the Harbour Product Owner" once Harbour is a party: a role
    of Harbour's people does it (the name ends in a person noun), not "by the Harbour Cloud
    services", which names no party."""
    path = _page(
        tmp_path,
        "changes.md",
        "# Harbour service levels\n\n"
        "## Backups\n\n"
        "Harbour follows infrastructure as code practices.\n\n"
        "## Change management\n\n"
        "Requests are reviewed and scheduled by the Harbour Product Owner.\n\n"
        "Quotas are determined by the Harbour Cloud services.\n",
    )
    pairs = _page_pairs(path)
    assert ("harbour", "review and schedule requests") in pairs, pairs
    assert not any("quotas" in label for _, label in pairs), pairs


def test_and_before_a_plural_noun_keeps_the_object_whole(tmp_path: Path) -> None:
    """ "performs backups of the ledger and manifests every night": "manifests every" looks
    like a verb and its object, but no vocabulary knows "manifests" as a verb: one duty, the
    whole object, never a label "Manifests every night"; a known verb after "and" still
    opens a duty of its own."""
    path = _page(
        tmp_path,
        "quay.md",
        "# Harbour shared responsibility\n\n"
        "Harbour is responsible for the quay. You are responsible for your cargo.\n\n"
        "## Backups\n\n"
        "Harbour performs backups of the ledger and manifests every night by copying them.\n\n"
        "Harbour inspects the cranes and repairs the gates every week.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for _, label in pairs}
    assert "perform backups of the ledger and manifests every night by copying them" in labels
    assert not any(label.startswith("manifests") for label in labels), pairs
    assert "inspect the cranes" in labels, pairs
    assert "repair the gates every week" in labels, pairs


def test_a_holder_noun_before_responsible(tmp_path: Path) -> None:
    """ "X is the person responsible for Y", "X is the only party accountable for Y": a noun
    for whoever holds the duty between "is" and "responsible" leaves X's duty as plain
    "X is responsible for Y" would."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Harbour roles\n\n"
        "## Roles\n\n"
        "The Quay Officer is the person responsible for approving berth requests.\n\n"
        "The customer is the one responsible for mooring lines.\n\n"
        "Acme is the only party accountable for the crane schedule.\n",
    )
    pairs = _page_pairs(path)
    assert ("quay-officer", "approving berth requests") in pairs, pairs
    assert ("customer", "mooring lines") in pairs, pairs
    facts = extract_facts(read_document(path))
    accountable = {
        facts.entities[r.object].label.lower()
        for r in facts.relations
        if r.predicate == "accountableFor"
    }
    assert "crane schedule" in accountable or "the crane schedule" in accountable, accountable


def test_asked_requested_or_required_in_the_future(tmp_path: Path) -> None:
    """ "The berth owner will be required to / will be asked to / is requested to X": the
    holder's duty as "is required to X" is (the modal "will" then "be asked to" is not the
    verb "be")."""
    path = _page(
        tmp_path,
        "berths.md",
        "# Harbour berths\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Berths\n\n"
        "The berth owner will be required to report damage.\n\n"
        "The berth owner will be asked to read and accept the berth rules.\n\n"
        "The berth owner is requested to provide a mooring plan.\n",
    )
    pairs = _page_pairs(path)
    assert ("berth-owner", "report damage") in pairs, pairs
    labels = {label for party, label in pairs if party == "berth-owner"}
    assert (
        "read and accept the berth rules" in labels
        or {
            "read the berth rules",
            "accept the berth rules",
        }
        <= labels
    ), pairs
    assert ("berth-owner", "provide a mooring plan") in pairs, pairs


def test_a_named_subject_bound_to_bare_verbs_over_a_list(tmp_path: Path) -> None:
    """ "Firstly, the berth owner will be asked to read, understand, and accept:" over a list:
    each item is the owner's, with the verbs ("firstly" a connective, the last verb one of
    consent); "must review:" too; "must not review:" gives no duty."""
    path = _page(
        tmp_path,
        "berth.md",
        "# Harbour berths\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Joining\n\n"
        "Firstly, the berth owner will be asked to read, understand, and accept:\n\n"
        "- the berth rules\n"
        "- the security policies\n\n"
        "## Reviews\n\n"
        "The quay officer must review:\n\n"
        "- the mooring plans\n\n"
        "The quay officer must not review:\n\n"
        "- the crane logs\n",
    )
    pairs = _page_pairs(path)
    assert ("berth-owner", "read, understand, and accept the berth rules") in pairs, pairs
    assert ("berth-owner", "read, understand, and accept the security policies") in pairs
    assert ("quay-officer", "review the mooring plans") in pairs, pairs
    assert not any("crane logs" in label for _, label in pairs), pairs


def test_two_verbs_sharing_one_object_keep_their_and(tmp_path: Path) -> None:
    """ "must review and accept the berth rules", "must read, understand, and accept the
    berth rules": one duty with every verb, never "Review accept …" or "Read , understand"."""
    path = _page(
        tmp_path,
        "rules.md",
        "# Harbour berths\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Rules\n\n"
        "The berth owner must review and accept the berth rules.\n\n"
        "The quay officer must read, understand, and accept the crane rules.\n",
    )
    pairs = _page_pairs(path)
    assert ("berth-owner", "review and accept the berth rules") in pairs, pairs
    assert ("quay-officer", "read, understand, and accept the crane rules") in pairs, pairs


def test_a_joint_subject_with_several_verbs(tmp_path: Path) -> None:
    """ "If X, Acme and the customer record the breach, agree on Y, and define Z": the last
    "and" joins the verbs, not the subject; each verb phrase is each party's duty. Two
    things ("PostgreSQL and Valkey run …") are still no parties."""
    path = _page(
        tmp_path,
        "exceptions.md",
        "# Harbour shared responsibility\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Exceptions\n\n"
        "If a berth breaks the rules, Acme and the customer record the breach, agree "
        "on a remedy, and define a repair plan.\n\n"
        "PostgreSQL and Valkey run the queue and store the data.\n",
    )
    pairs = _page_pairs(path)
    for party in ("acme", "customer"):
        assert (party, "record the breach") in pairs, pairs
        assert (party, "agree on a remedy") in pairs, pairs
        assert (party, "define a repair plan") in pairs, pairs
    assert not any("queue" in label for _, label in pairs), pairs


def test_between_a_and_b_then_and_therefore_a_second_verb(tmp_path: Path) -> None:
    """ "You choose between A and B": one duty, the pair its object; "operates the cranes and
    therefore owns these controls" / "and also owns the berths": the second verb's own duty
    in its base form ("Own the berths", never "Operate therefore owns …" or "Also owns …");
    "See Customer duties below." points to a section, no duty of the customer."""
    path = _page(
        tmp_path,
        "controls.md",
        "# Harbour shared responsibility\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Logs\n\n"
        "Customers who need logs kept longer can stream them elsewhere. "
        "See [Customer duties](#customer-duties) below.\n\n"
        "## Customer controls\n\n"
        "For self-run quays, see the guide instead, since the customer operates the cranes "
        "and therefore owns the crane controls.\n\n"
        "**Deletion.** You choose between recoverable soft deletes and permanent purges.\n\n"
        "The customer operates the gates and also owns the berths.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "choose between recoverable soft deletes and permanent purges") in pairs
    assert ("customer", "own the crane controls") in pairs, pairs
    assert ("customer", "own the berths") in pairs, pairs
    assert ("customer", "operate the gates") in pairs, pairs
    assert not any("below" in label for _, label in pairs), pairs


def test_irregular_participles_and_a_subject_before_its_verb(tmp_path: Path) -> None:
    """Under "## Acme responsibilities" a passive with no agent is Acme's: "Backups are taken
    daily" too (duty-verbs.ttl spells "taken", not "taked"); "Logs are stored for a year"
    keeps its subject ("Logs" is no third-person verb before "are")."""
    path = _page(
        tmp_path,
        "acme.md",
        "# Harbour shared responsibility\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Acme responsibilities\n\n"
        "Backups are taken daily.\n\n"
        "- Logs are stored for a year.\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "backups are taken daily") in pairs, pairs
    assert ("acme", "logs are stored for a year") in pairs, pairs


def test_duty_verb_forms_are_english() -> None:
    """No duty verb is spelt with a regular ending it does not take ("taked", "maked")."""
    from graph.lexicon import load_lexicon

    verbs = load_lexicon().verbs
    for wrong in ("taked", "maked", "overseed", "thinked", "overseing"):
        assert wrong not in verbs, wrong
    assert verbs["taken"] == "take" and verbs["made"] == "make", verbs.get("taken")


def test_stranded_preposition_and_which_means(tmp_path: Path) -> None:
    """ "agrees to comply with and be bound by these rules": one duty, "comply with" shares
    the later object (never a bare "Comply with"); "…, which means that you will have to X":
    "means" is the verb of "which", not a noun a relative clause binds ("X means …")."""
    path = _page(
        tmp_path,
        "terms.md",
        "# Harbour terms\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Terms\n\n"
        "By using the quay, you agree to comply with and be bound by these rules.\n\n"
        "Every berth is locked at night, which means that you will have to sign in "
        "before you can moor.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for party, label in pairs if party == "customer"}
    assert "comply with and be bound by these rules" in labels, pairs
    assert "comply with" not in labels, pairs
    assert not any("means" in label for label in labels), pairs


def test_a_means_or_a_free_relative_is_no_passive_agent_or_thing(tmp_path: Path) -> None:
    """ "Most access by Acme crews is done by using crane operators": "by using …" is a
    means, no agent (never "Most access by Acme crews" for the operators' party); "Limited
    to what is granted by the Harbour Administrator": "what" names no thing to grant."""
    path = _page(
        tmp_path,
        "access.md",
        "# Harbour shared responsibility\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Access\n\n"
        "Most access by Acme dock engineering (DE) crews is done by using crane Operators "
        "through automated rota management.\n\n"
        "| Role | Access |\n|---|---|\n| Admin | Full |\n\n"
        "4. Limited to what is allowed through the rota by the Customer Administrator, as "
        "well as berths created by the user.\n",
    )
    pairs = _page_pairs(path)
    assert not any("most access" in label for _, label in pairs), pairs
    assert not any(label.endswith("what") or " what " in label for _, label in pairs), pairs


def test_a_long_label_is_not_cut_between_ensure_and_its_clause(tmp_path: Path) -> None:
    """A label over the length limit is never cut right after "ensure" ("Take actions to
    ensure" says nothing): the "that" clause is the verb's object, the cut falls later."""
    path = _page(
        tmp_path,
        "pci.md",
        "# Harbour shared responsibility\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Notes\n\n"
        "Acme takes actions to ensure that the crane procedures and the dock "
        "environment for Quay berths meet or exceed the requirements of the Harbour Code 4.1.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "acme"}
    assert "take actions to ensure" not in labels, labels
    assert any(label.startswith("take actions to ensure that the crane") for label in labels)


def test_an_aside_of_manner_goes_with_its_commas(tmp_path: Path) -> None:
    """ "Acme will work, on a best effort basis, with the crews": the aside goes with both of
    its commas ("Work with the crews", never "Work ,, with the crews")."""
    path = _page(
        tmp_path,
        "crews.md",
        "# Harbour shared responsibility\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Community\n\n"
        "Acme will work, on a best effort basis, with the crews running the cranes.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "acme"}
    assert "work with the crews running the cranes" in labels, labels


def test_a_verb_after_an_open_infinitive_continues_it(tmp_path: Path) -> None:
    """ "- Customer will maintain all consents necessary to enable Acme to operate and
    maintain the cranes": "maintain the cranes" is Acme's, inside the purpose, no second duty
    of the customer; so is "to test, operate, maintain and disconnect the cranes"."""
    path = _page(
        tmp_path,
        "storage.md",
        "# Harbour storage\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Customer responsibilities\n\n"
        "For any crane located on-premise, Customer agrees:\n\n"
        "* Customer will keep all permits necessary to enable Acme to inspect and "
        "repair the cranes at the berths.\n"
        "* To ensure that Acme has safe access to the berths to enable us to inspect, oil, "
        "repair and retire the cranes.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "customer"}
    assert not any(label.startswith("repair the cranes") for label in labels), labels
    assert not any(label.startswith("repair and retire") for label in labels), labels
    whole = "inspect and repair the cranes at the berths"
    assert any(label.endswith(whole) for label in labels), labels


def test_a_name_or_verb_in_code_opens_no_partys_sentence(tmp_path: Path) -> None:
    """ "`AuditEvent` records persisted as X live in Y": an identifier in backticks is no
    party ("AuditEvent" recording things); "The FHIR `delete` operation performs …": a word
    in backticks is no verb of "The FHIR". A plain capitalised name still opens a duty."""
    path = _page(
        tmp_path,
        "retention.md",
        "# Harbour retention\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Logs\n\n"
        "`GateEvent` records persisted as QRS entries live in the main ledger.\n\n"
        "The QRS `purge` step performs a **soft purge**.\n\n"
        "Gatekeeper is responsible for the cranes.\n",
    )
    pairs = _page_pairs(path)
    assert not any(party in ("gateevent", "qrs") for party, _ in pairs), pairs
    assert ("gatekeeper", "cranes") in pairs, pairs


def test_a_role_named_by_how_it_is_chosen_is_no_party(tmp_path: Path) -> None:
    """ "… scoping to determine the best team responsible for resolution": the best team is
    to be found, no party holding "Resolution"; "a steering committee responsible for the
    budget" still is one."""
    path = _page(
        tmp_path,
        "triage.md",
        "# Harbour incidents\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Triage\n\n"
        "Acme will do their own investigation, prioritization and scoping to determine the "
        "best team responsible for resolution.\n\n"
        "The project is run by a steering committee responsible for the budget.\n",
    )
    pairs = _page_pairs(path)
    assert not any(party == "best-team" for party, _ in pairs), pairs
    assert ("steering-committee", "budget") in pairs, pairs


def test_a_check_and_a_second_that_clause_are_two_checks(tmp_path: Path) -> None:
    """ "Confirm the crane logs are collected, checked, and archived …, and that a test lift
    has been made": two checks, the second never lost to the label's length; "Ensure the hosts are
    patched, and that the logs are kept" under the reader's heading is an instruction (two),
    not a passive sentence kept whole."""
    path = _page(
        tmp_path,
        "ready.md",
        "# Harbour readiness\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Customer responsibilities\n\n"
        "Ensure the hosts are patched, and that the logs are kept.\n\n"
        "### Readiness checklist\n\n"
        "* Confirm the crane logs and berth records are collected, checked, and archived to "
        "meet your yearly audit calendar, and that a test lift has been made.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "customer"}
    assert "ensure the hosts are patched" in labels, labels
    assert "ensure that the logs are kept" in labels, labels
    assert "confirm that a test lift has been made" in labels, labels


def test_contracting_a_third_party_to_do_it(tmp_path: Path) -> None:
    """ "We contract with an outside firm to perform an inspection yearly": the writer's duty, done
    through another, as "We engage a firm to audit X" is (duty-verbs.ttl "contract with")."""
    path = _page(
        tmp_path,
        "inspection.md",
        "# Harbour security\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Testing\n\n"
        "We contract with an outside firm to perform a full crane inspection at least yearly.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "acme"}
    whole = "contract with an outside firm to perform a full crane inspection at least yearly"
    assert whole in labels, labels


def test_a_staff_title_that_opens_with_a_generic_role_word(tmp_path: Path) -> None:
    """ "### Customer Success Manager" over duties: a role of the page (the vendor's staff),
    never the customer; "### Vendor Dock Personnel" likewise; "### Customer" and
    "### Customer Responsibilities" stay the customer's."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Roles and responsibilities\n\n"
        "## Dock roles\n\n"
        "### Customer Success Manager\n\n"
        "- Prepare the onboarding plan\n\n"
        "### Vendor Dock Personnel\n\n"
        "- Prepare the cargo kit\n\n"
        "### Customer Responsibilities\n\n"
        "- Approve the cargo kit\n",
    )
    pairs = _page_pairs(path)
    assert ("customer-success-manager", "prepare the onboarding plan") in pairs, pairs
    assert ("vendor-dock-personnel", "prepare the cargo kit") in pairs, pairs
    assert ("customer", "approve the cargo kit") in pairs, pairs
    assert ("customer", "prepare the onboarding plan") not in pairs, pairs


def test_a_staff_title_as_a_sentences_subject(tmp_path: Path) -> None:
    """ "Customer Support Engineers will review the logs", "Your Customer Success Manager will
    schedule a call": roles of the page, not the customer; "Customers must rotate keys" is
    still the customer's."""
    path = _page(
        tmp_path,
        "onboarding.md",
        "# Harbour onboarding\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Onboarding\n\n"
        "Customer Support Engineers will review the logs.\n\n"
        "Your Customer Success Manager will schedule a kickoff call.\n\n"
        "Customers must rotate keys.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer-support-engineers", "review the logs") in pairs, pairs
    assert ("customer-success-manager", "schedule a kickoff call") in pairs, pairs
    assert ("customer", "rotate keys") in pairs, pairs
    assert ("customer", "review the logs") not in pairs, pairs


def test_party_managed_column_headers(tmp_path: Path) -> None:
    """ "| Control | Acme-managed | Customer-managed |" over Yes / No / Shared: each header names
    its party's column ("Customer-managed" is no code column of owner marks), the marks give
    each party its rows."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Quay Platform responsibility matrix\n\n"
        "| Control | Acme-managed | Customer-managed |\n"
        "|---|---|---|\n"
        "| Control plane availability | Yes | No |\n"
        "| Workload container images | No | Yes |\n"
        "| Cluster RBAC | Shared | Shared |\n",
    )
    pairs = _page_pairs(path)
    assert ("acme", "control plane availability") in pairs, pairs
    assert ("customer", "workload container images") in pairs, pairs
    assert ("customer", "cluster rbac") in pairs and ("acme", "cluster rbac") in pairs, pairs
    assert ("customer", "control plane availability") not in pairs, pairs


def test_support_scope_shapes(tmp_path: Path) -> None:
    """A support page: "Harbour Support helps with:" over a list is Harbour's (its name before
    a seller phrase); "When you open a ticket, please include:" over a list is the reader's,
    each item with the verb ("Include your Harbour version")."""
    path = _page(
        tmp_path,
        "support.md",
        "# Harbour support policy\n\n"
        "Harbour is responsible for the agent. You are responsible for your nodes.\n\n"
        "## Scope\n\n"
        "Harbour Support helps with:\n\n"
        "- Installation and upgrades of the Harbour agent\n"
        "- Diagnosing crashes of the control plane\n\n"
        "## Tickets\n\n"
        "When you open a ticket, please include:\n\n"
        "- Your Harbour version\n"
        "- Logs from the affected node\n",
    )
    pairs = _page_pairs(path)
    assert ("harbour", "installation and upgrades of the harbour agent") in pairs, pairs
    assert ("harbour", "diagnosing crashes of the control plane") in pairs, pairs
    assert ("customer", "include your harbour version") in pairs, pairs
    assert ("customer", "include logs from the affected node") in pairs, pairs


def test_user_check_what_a_party_holds_what_to_expect_and_agent_cells(tmp_path: Path) -> None:
    """ "What Acme does keep is described in X: A, B" (a free relative: what it keeps, no
    deeds "Audit events"); "…, expect Acme to surface at these checkpoints" (a forecast told
    to the reader, no duty); "| The crane rota you file | Yes | Inspected by Acme |" (Acme
    inspects it: "Inspect the crane rota …", the verb kept in the label)."""
    path = _page(
        tmp_path,
        "boundary.md",
        "# Harbour\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Data\n\n"
        "What Acme does keep is described in [Dock Records](/x): crane metadata, audit "
        "events, and radio transcripts.\n\n"
        "Rather than a long review, expect Acme to surface at these two checkpoints.\n\n"
        "## Matrix\n\n"
        "| Layer | You | Acme |\n|---|:---:|:---:|\n"
        "| The crane rota you file with the harbour | Yes | Inspected by Acme |\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "acme"}
    assert not any("audit" in label or "keep" in label for label in labels), labels
    assert not any("surface" in label for label in labels), labels
    assert "inspect the crane rota you file with the harbour" in labels, labels


def test_a_certification_has_no_holder_in_any_one_party(tmp_path: Path) -> None:
    """ "Most SOC 2 reports treat a management vendor like Acme under the carve-out method":
    no party holds SOC 2 ("a management vendor" is any vendor); "Acme holds a SOC 2 Type II
    report" still gives Acme its certification."""
    path = _page(
        tmp_path,
        "audit.md",
        "# Harbour\n\n"
        "Acme is responsible for the quay. You are responsible for your boats.\n\n"
        "## Audit\n\n"
        "Most SOC 2 reports treat a management vendor like Acme under the carve-out method.\n\n"
        "## Compliance\n\n"
        "Acme holds an ISO 27001 certification.\n",
    )
    facts = extract_facts(read_document(path))
    held = {
        (facts.entities[r.subject].label, facts.entities[r.object].label)
        for r in facts.relations
        if r.predicate == "holds"
    }
    assert all(holder == "Acme" for holder, _ in held), held
    assert any("ISO" in cert for _, cert in held), held
    assert not any("SOC 2" in cert for _, cert in held), held


def test_an_agent_cell_label_keeps_a_names_capital(tmp_path: Path) -> None:
    """ "| Kubernetes upgrades | Yes | Inspected by Acme |": "Inspect Kubernetes upgrades", the
    name's capital kept (only an opening determiner is lower-cased: "the desired state")."""
    path = _page(
        tmp_path,
        "rows.md",
        "# Matrix\n\n"
        "| Layer | You | Acme |\n|---|:---:|:---:|\n"
        "| Kubernetes upgrades | Yes | Inspected by Acme |\n"
        "| Cluster provisioning | - | Yes |\n"
        "| Network rules | Yes | - |\n",
    )
    facts = extract_facts(read_document(path))
    labels = {
        facts.entities[r.object].label for r in facts.relations if r.predicate == "responsibleFor"
    }
    assert "Inspect Kubernetes upgrades" in labels, labels
