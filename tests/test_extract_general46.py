"""General shapes of session 46, described on blind sets in invented words: invented text
only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def _triples(path: Path) -> set[tuple[str, str, str]]:
    """(party key, relation, lower-cased duty label) of every responsibility of the page."""
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, r.predicate, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate in ("responsibleFor", "accountableFor", "consultedOn", "informedOf")
    }


def test_a_party_glossed_as_the_company_that_does_x_keeps_its_matrix_column(
    tmp_path: Path,
) -> None:
    """ "Customer:: The company that signs the order form" in a glossary before a RACI grid
    says who the customer is: the customer stays a party, its column is read, and the gloss
    is no duty (a team's gloss, "The team that racks the servers", still is)."""
    path = _page(
        tmp_path,
        "grid.adoc",
        "= Duty grid for Harbour Vault\n\n== Reading the grid\n\nThe parties:\n\n"
        "Harbour:: Harbour Ltd., the company behind the vault.\n"
        "Customer:: The company that signs the vault order form, and everyone it lets in.\n\n"
        "== Grid\n\n"
        '[cols="3,1,1",options="header"]\n|===\n|Activity |Harbour |Customer\n\n'
        "|Rotating the crane keys\n|A/R\n|I\n\n|Designing berth layouts\n|C\n|A/R\n|===\n\n"
        "== Custodians\n\nIMPORTANT: The customer must name two key custodians.\n",
    )
    triples = _triples(path)
    assert ("customer", "informedOf", "rotating the crane keys") in triples, triples
    assert ("customer", "accountableFor", "designing berth layouts") in triples, triples
    assert ("customer", "responsibleFor", "designing berth layouts") in triples, triples
    assert ("customer", "responsibleFor", "name two key custodians") in triples, triples
    assert not any("order form" in label or "lets in" in label for _, _, label in triples)


def test_a_definition_list_gloss_of_a_known_party_is_no_duty(tmp_path: Path) -> None:
    """A Markdown definition list "Customer" / ": The company that signs the order form" says
    who the customer is; a role the page defines ("Berth keeper" / ": The company that
    supplies the berths") still gets its duty."""
    path = _page(
        tmp_path,
        "parties.md",
        "# Harbour Vault duties\n\n## Parties\n\nCustomer\n: The company that signs the vault "
        "order form.\n\nBerth keeper\n: The company that supplies the berths for each ship.\n\n"
        "## Duties\n\nThe customer must name two key custodians.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "name two key custodians") in pairs, pairs
    assert not any("order form" in label for _, label in pairs), pairs
    assert any("supplies the berths" in label for _, label in pairs), pairs


def test_a_shared_column_of_clauses_gives_each_clause_its_party(tmp_path: Path) -> None:
    """A "Shared" column whose cells say who does which part ("Harbour rotates the crane
    keys; rotating berth keys is your responsibility", "Snapshots are taken hourly by
    Harbour.") is read clause by clause, each duty its own subject's."""
    path = _page(
        tmp_path,
        "shared.md",
        "# Harbour shared responsibility\n\n"
        "| Area | Harbour | Customer | Shared |\n|:--|:--|:--|:--|\n"
        "| Cranes | Replaces failed cranes. | — | — |\n"
        "| Keys | Encrypts every berth log. | Decides which logs hold secrets. | Harbour "
        "rotates the crane keys every 6 months; rotating berth keys is your responsibility. |\n"
        "| Copies | — | — | Berth snapshots are taken hourly by Harbour. Copying the logs "
        "off-site is the responsibility of the customer. |\n",
    )
    pairs = _page_pairs(path)
    harbour = [label for p, label in pairs if p != "customer"]
    assert any("rotate the crane keys" in label for label in harbour), pairs
    assert any("berth snapshots" in label for label in harbour), pairs
    assert ("customer", "rotating berth keys") in pairs, pairs
    assert ("customer", "copying the logs off-site") in pairs, pairs


def test_a_header_naming_a_party_and_its_role_in_parentheses_is_that_party(
    tmp_path: Path,
) -> None:
    """ "Harbour (provider)" over a column: the party is Harbour, not the generic cloud
    provider the bare word "provider" would guess."""
    path = _page(
        tmp_path,
        "header.md",
        "# Who runs the quay\n\n| Area | Harbour (provider) | Customer |\n|:--|:--|:--|\n"
        "| Cranes | Replaces failed cranes. | Books the cranes. |\n",
    )
    facts = extract_facts(read_document(path))
    owners = [
        facts.entities[r.subject]
        for r in facts.relations
        if r.predicate == "responsibleFor" and "replace" in facts.entities[r.object].label.lower()
    ]
    assert [o.ref.key for o in owners] == ["harbour"], owners
    assert not owners[0].attrs["role"].endswith("/cloud-provider"), owners


def test_a_free_relative_with_a_series_of_verbs_is_one_object(tmp_path: Path) -> None:
    """ "you guard what you load, stack and ship": the verbs belong to the relative clause
    ("what you load, stack and ship"), one object, no duties "Stack" and "Ship"."""
    path = _page(
        tmp_path,
        "relative.md",
        "# Quay duties\n\nHarbour guards the cranes under your cargo; you guard what you load, "
        "stack and ship on them.\n\nYou are responsible for everything you load, stack, and "
        "ship.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "guard what you load, stack and ship on them" in customer, customer
    assert "everything you load, stack, and ship" in customer, customer
    assert not any(label in ("stack", "ship on them", "ship") for label in customer), customer


def test_a_contrast_clause_with_its_own_subject_ends_the_duty(tmp_path: Path) -> None:
    """ "We run the cranes and the rails below them, while your settings and your cargo stay
    in your hands": the "while" clause says what stays the reader's, no part of the duty, nor
    its nouns objects of the verb ("Patch your crews")."""
    path = _page(
        tmp_path,
        "while.md",
        "---\ntitle: Harbour duties\n---\n\n# Who does what at Harbour\n\nWe run the "
        "cranes and the rails below them, while your settings and your cargo stay in your "
        "hands.\n\nHarbour patches the cranes, while your ships, your crews and your cargo "
        "stay in your hands.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "run the cranes" in labels and "run the rails below them" in labels, labels
    assert "patch the cranes" in labels, labels
    assert not any("while" in label or "your" in label for label in labels), labels


def test_a_support_policy_lists_what_its_vendor_supports(tmp_path: Path) -> None:
    """ "Harbour supports the following:" over gerund and noun items on a support policy: each
    item is Harbour's (the page no longer has "no recognisable party"); "Harbour supports the
    following cranes:" lists things it works with, no duties."""
    path = _page(
        tmp_path,
        "support.md",
        "# Harbour Crane Support Policy\n\n## Covered by Support\n\n"
        "Harbour supports the following:\n\n"
        "* Building and patching the crane control images\n"
        "* Helping the Customer plan berth layouts\n\n"
        "## Cranes\n\nHarbour supports the following cranes:\n\n* Gantry cranes\n"
        "* Jib cranes\n",
    )
    facts = extract_facts(read_document(path))
    pairs = {
        (facts.entities[r.subject].label, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }
    assert ("Harbour", "building and patching the crane control images") in pairs, pairs
    assert ("Harbour", "helping the customer plan berth layouts") in pairs, pairs
    assert not any("cranes" in label and "gantry" in label for _, label in pairs), pairs
    assert not any(label in ("gantry cranes", "jib cranes") for _, label in pairs), pairs


def test_a_named_team_keeps_its_duties_after_another_partys_step(tmp_path: Path) -> None:
    """ "The safety team takes care of A, B and C" after a step of the crane owner: the safety
    team the page named before, not a team of the crane owner ("this team" still is the
    passage's party); also the passive step it releases."""
    path = _page(
        tmp_path,
        "steps.md",
        "# Harbour crane faults\n\n## Steps\n\n1. A pilot reports a fault.\n"
        "2. The safety team triages the report.\n"
        "3. The crane owner checks the report and prepares a fix.\n"
        "4. The safety team takes care of the notices, the berth warnings, and the final "
        "report.\n5. The fixed crane is released by the safety team.\n",
    )
    pairs = _page_pairs(path)
    assert ("safety-team", "take care of the notices") in pairs, pairs
    assert ("safety-team", "take care of the final report") in pairs, pairs
    assert ("crane-owner", "prepare a fix") in pairs, pairs
    assert not any(p == "crane-owner" and "notices" in label for p, label in pairs), pairs
    assert not any(p == "crane-owner" and "release" in label for p, label in pairs), pairs


def test_a_role_named_by_its_thing_is_that_role(tmp_path: Path) -> None:
    """ "The owner of a crane is solely responsible for …", "The operator of a crane must …":
    the crane owner and the crane operator, as "Crane owners are responsible for …" is."""
    path = _page(
        tmp_path,
        "owners.md",
        "# Harbour crane policy\n\nThe owner of a crane is solely responsible for answering "
        "mail from the safety team.\n\nThe operator of a crane must inspect its hooks daily.\n\n"
        "Crane owners are responsible for the paint.\n",
    )
    pairs = _page_pairs(path)
    assert ("crane-owner", "answering mail from the safety team") in pairs, pairs
    assert ("crane-operator", "inspect its hooks daily") in pairs, pairs
    assert ("crane-owner", "paint") in pairs, pairs


def test_best_efforts_and_a_partys_policy_are_its_duties(tmp_path: Path) -> None:
    """ "Harbour does its best to keep every crate downloadable", "We do our best to reply
    within a day", "It is the policy of Harbour to answer complaints promptly": duties of
    best effort and of policy, as "makes every reasonable effort to" is."""
    path = _page(
        tmp_path,
        "best.md",
        "# Quay index policy\n\nHarbour does its best to keep every uploaded crate "
        "downloadable.\n\nIt is the policy of Harbour to answer trademark complaints "
        "promptly.\n\nWe do our best to reply within a day.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "keep every uploaded crate downloadable" in labels, labels
    assert "answer trademark complaints promptly" in labels, labels
    assert "reply within a day" in labels, labels


def test_asciidoc_footnote_marks_in_a_matrix_are_read_as_marks(tmp_path: Path) -> None:
    """ "R^1^" in an AsciiDoc RACI cell is R with a footnote; a footnote line "^1^ Racks are
    …" has no marker in its words, and the notes joined by " +" stay apart ("… rack plan."
    then "Only on the Gold plan.")."""
    path = _page(
        tmp_path,
        "notes.adoc",
        "= Duty grid for Harbour\n\n== Grid\n\n"
        '[cols="3,1,1",options="header"]\n|===\n|Activity |Harbour |Customer\n\n'
        "|Racking the crane servers\n|R^1^\n|C\n\n|Designing berth layouts\n|C^2^\n|A/R\n|===\n\n"
        "[.footnotes]\n^1^ Harbour still answers for the final rack plan. +\n"
        "^2^ Only on the Gold plan.\n",
    )
    triples = _triples(path)
    harbour = {(rel, label) for p, rel, label in triples if p != "customer"}
    assert ("responsibleFor", "racking the crane servers") in harbour, triples
    assert ("consultedOn", "designing berth layouts") in harbour, triples
    assert ("responsibleFor", "answer for the final rack plan") in harbour, triples
    assert not any("^" in label or "gold plan" in label for _, _, label in triples), triples


def test_negative_orders_and_negated_tails_keep_their_duties(tmp_path: Path) -> None:
    """Under "You must:": "Don't stop, delete or edit the crane agent" and "Never paste gate
    codes into a chat" are duties to refrain (verbs no list holds, in the base form); "Limit
    gate logins to the office — never open the gate to the street" and "backing up manifests
    — Harbour's snapshots do **not** include them" keep their positive duty without the
    tail."""
    path = _page(
        tmp_path,
        "orders.md",
        "# Harbour quay — who does what\n\n## Your part\n\nYou must:\n\n"
        "1. Limit gate logins to the office network — never open the gate to the street.\n"
        "2. Don't stop, delete or edit the Harbour crane agent.\n"
        "3. Never paste gate codes into a chat message.\n\n"
        "## Data\n\nThe customer is responsible for:\n\n"
        "- backing up the manifests — Harbour's snapshots do **not** include them;\n"
        "- setting berth limits for each ship.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "limit gate logins to the office network" in customer, customer
    assert "do not stop, delete or edit the harbour crane agent" in customer, customer
    assert "do not paste gate codes into a chat message" in customer, customer
    assert "backing up the manifests" in customer, customer


def test_passives_with_an_aside_or_a_second_participle_are_read(tmp_path: Path) -> None:
    """ "The crane tier — the hoists, the rails and the hooks — is fully managed by Harbour":
    one clause, Harbour's; "Crane logs are gathered by Harbour and kept in the quay office
    for 14 days": gathering and keeping are both Harbour's."""
    path = _page(
        tmp_path,
        "passives.md",
        "# Harbour quay duties\n\n## Cranes\n\nThe crane tier — the hoists, the rails and the "
        "hooks — is fully managed by Harbour.\n\nCrane logs are gathered by Harbour and kept in "
        "the quay office for 14 days.\n\nThe customer is responsible for the paint.\n",
    )
    harbour = sorted(label for p, label in _page_pairs(path) if p != "customer")
    assert "manage crane tier" in harbour, harbour
    assert "gather crane logs" in harbour, harbour
    assert "keep crane logs in the quay office for 14 days" in harbour, harbour


def test_a_promise_after_a_measured_or_concessive_opening_is_read(tmp_path: Path) -> None:
    """ "Roughly five days before a fix goes public, we will warn …", "Two days after the
    notice, we will post …", "Even if the pilot asks for no deadline, the safety team will
    announce …", "Every spring we rebuild …": the opening sets when, the clause is the
    promise; "Every time you restart a crane, it is …" promises nothing of the reader."""
    path = _page(
        tmp_path,
        "when.md",
        "# Harbour disclosure process\n\nRoughly five days before a fix goes public, we will "
        "warn the berth agents on our list.\n\nTwo days after the notice, we will post a note "
        "to the quay board.\n\nEven if the pilot asks for no deadline, the safety team will "
        "announce every confirmed flaw.\n\nEvery spring we rebuild one crane from spare parts."
        "\n\nEvery time you restart a crane, it is loaded with the latest firmware.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "warn the berth agents on our list" in labels, labels
    assert "post a note to the quay board" in labels, labels
    assert "announce every confirmed flaw" in labels, labels
    assert "rebuild one crane from spare parts" in labels, labels
    assert not any("restart" in label for label in labels), labels


def test_a_wh_object_with_its_own_verb_is_the_instructions_object(tmp_path: Path) -> None:
    """ "Decide which pilots may dock at each berth", "Decide how long manifests are retained,
    and warn us when a ship carries fuel": instructions whose object is a wh-clause, not
    statements about pilots or manifests; "to thoroughly document and warn about X" stays
    one duty (an adverb before the bare verb)."""
    path = _page(
        tmp_path,
        "decide.md",
        "# Harbour quay scope\n\n## What you manage\n\n- Keep your crane libraries current.\n"
        "- Decide how long manifests are retained, and warn us when a ship carries fuel.\n"
        "- Decide which pilots may dock at each berth.\n\n## What we manage\n\n"
        "Harbour commits to providing safe cranes, and to thoroughly document and warn about "
        "any hazards that may lurk within.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "decide which pilots may dock at each berth") in pairs, pairs
    assert ("customer", "decide how long manifests are retained") in pairs, pairs
    assert ("customer", "warn us when a ship carries fuel") in pairs, pairs
    assert not any(label.startswith("provide to") for _, label in pairs), pairs


def test_a_note_tells_how_things_are_not_who_does_them(tmp_path: Path) -> None:
    """A blockquote opened by a bold "Note" alone on its line is a note ("> **Note**" then
    the text: no "Note" glued to a label); an agentless passive in a note or a warning
    ("Reaction times are tracked from …", "Removed berths are erased after two days") is how
    things are, not the duty of the section's party."""
    path = _page(
        tmp_path,
        "notes.md",
        "# Harbour quay — shared duties\n\n## What Harbour takes care of\n\n"
        "Harbour is responsible for:\n\n- Watching the cranes around the clock.\n\n"
        "> **Note**\n> Reaction times are tracked from the moment an alarm fires.\n\n"
        "## Your duties\n\nYou must:\n\n1. Rotate gate passwords every 90 days.\n\n"
        "> [!WARNING]\n> Removed berths are erased after two days.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "watching the cranes around the clock" in labels, labels
    assert "rotate gate passwords every 90 days" in labels, labels
    assert not any("tracked" in label or "erased" in label for label in labels), labels


def test_a_gerund_series_without_a_serial_comma_is_split_at_its_and(tmp_path: Path) -> None:
    """ "Watching the cranes, logging their loads and answering crane alarms are the
    customer's responsibilities": three duties, as with a comma before "and"; "Creating and
    configuring your berths" (a bare gerund sharing the object) stays one."""
    path = _page(
        tmp_path,
        "gerunds.md",
        "# Harbour quay duties\n\n## Monitoring\n\nWatching the cranes, logging their loads and "
        "answering crane alarms are the customer's responsibilities.\n\n## Berths\n\n"
        "Harbour is responsible for planning the quay, creating and configuring your berths.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "logging their loads") in pairs, pairs
    assert ("customer", "answering crane alarms") in pairs, pairs
    assert not any(label == "creating" for _, label in pairs), pairs


def test_a_negation_inside_a_that_clause_belongs_to_the_instruction(tmp_path: Path) -> None:
    """ "Make sure the address in your berth profile is current and that you don't filter out
    quay mail": the negated that-clause is part of what is owed, not a prohibition cut off
    ("… and that you")."""
    path = _page(
        tmp_path,
        "sure.md",
        "# Quay notes\n\n## Your part\n\nMake sure the address in your berth profile is current "
        "and that you don't filter out quay mail.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert any(label.endswith("and that you don't filter out quay mail") for label in customer)
    assert not any(label.endswith("that you") for label in customer), customer


def test_a_reply_the_reader_will_receive_is_the_senders_promise(tmp_path: Path) -> None:
    """ "You should receive a confirmation from the safety team within two working days": the
    safety team's promise to send it; with no sender named ("You will receive a response
    within one day"), the writer's; "You will receive the crane keys" is no reply."""
    path = _page(
        tmp_path,
        "reply.rst",
        "=====================\nHarbour safety policy\n=====================\n\n"
        "Reporting\n=========\n\nAfter you mail us a report, you should receive a confirmation "
        "from the Harbour safety team within two working days.\n\nYou will receive a response "
        "from us within one business day.\n\nYou will receive the crane keys at the gate.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "send a confirmation within two working days" in labels, labels
    assert "send a response within one business day" in labels, labels
    assert not any("crane keys" in label for label in labels), labels


def test_a_what_is_it_heading_defines_the_role_above_it(tmp_path: Path) -> None:
    """ "## Berth Scribe" / "### What is it?" / "A person responsible for logging every
    crane move, either directly, or via the quay radio.": the scribe's duty, one duty, and no
    party called "it"."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Quay incident roles\n\n## Berth Scribe\n\n### What is it?\nA person responsible for "
        "logging every crane move, either directly, or via the quay radio.\n\n"
        "### What are the responsibilities?\n1. Keep the incident log.\n",
    )
    facts = extract_facts(read_document(path))
    parties = {e.label.lower() for e in facts.of_kind("party")}
    assert "it" not in parties, parties
    pairs = _page_pairs(path)
    assert (
        "berth-scribe",
        "logging every crane move, either directly, or via the quay radio",
    ) in pairs, pairs


def test_a_customer_liaison_is_the_providers_staff_role(tmp_path: Path) -> None:
    """ "## Customer Liaison" over its duties: a staff role of the page (as "Customer Success
    Manager" is), not the customer, so the reader's "you" elsewhere is not that role."""
    path = _page(
        tmp_path,
        "liaison.md",
        "# Quay incident roles\n\n## Customer Liaison\n\n### What are the responsibilities?\n"
        "1. Draft the notices to ship owners.\n2. Post the quay status messages.\n\n"
        "## Your part\n\nYou must keep your berth contacts current.\n",
    )
    facts = extract_facts(read_document(path))
    roles = {e.label: e.attrs.get("role", "") for e in facts.of_kind("party")}
    assert "Customer Liaison" in roles, roles
    assert not roles["Customer Liaison"].endswith("/customer"), roles
    pairs = _page_pairs(path)
    assert ("customer", "keep your berth contacts current") in pairs, pairs


def test_an_instruction_pointing_back_keeps_the_condition_naming_its_thing(
    tmp_path: Path,
) -> None:
    """ "If your berth changes, update it in the portal": the label keeps its condition, since
    "Update it in the portal" alone names nothing; "If your berth changes, update the quay
    map" needs none."""
    path = _page(
        tmp_path,
        "trigger.md",
        "# Quay practices\n\n## Your part\n\nIf your berth changes, update it in the portal.\n\n"
        "If your crane changes, update the quay map.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "if your berth changes, update it in the portal" in customer, customer
    assert "update the quay map" in customer, customer


def test_an_item_over_where_and_how_sub_items_is_the_duty(tmp_path: Path) -> None:
    """ "- Keep crews apart from one another:" over "at the berth level for Quay," / "by
    per-crew keys for the Vault.": the item is the duty, the sub-items say where and how."""
    path = _page(
        tmp_path,
        "apart.md",
        "# Harbour shared responsibility\n\n## What Harbour takes care of\n\nOur operations "
        "team:\n\n- Watch the cranes day and night.\n- Keep crews apart from one another:\n"
        "  - at the berth level for Quay,\n  - by per-crew keys for the Vault.\n"
        "- Publish an uptime report every month.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "keep crews apart from one another" in labels, labels
    assert not any(label.startswith(("at the berth", "by per-crew")) for label in labels)


def test_a_list_that_remains_a_partys_is_its_duties(tmp_path: Path) -> None:
    """ "Under the usual contract these remain the customer's, even in a storm:" over a list
    under "## Not Harbour's job": each item is the customer's."""
    path = _page(
        tmp_path,
        "remain.md",
        "# Quay support scope\n\n## What Harbour does\n\nWe keep the cranes greased.\n\n"
        "## Not Harbour's job\n\nUnder the usual contract these remain the customer's, even "
        "in a storm:\n\n- Deciding when to start their own evacuation plan.\n"
        "- Paying for pilot visits outside any contract.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "deciding when to start their own evacuation plan") in pairs, pairs
    assert ("customer", "paying for pilot visits outside any contract") in pairs, pairs


def test_a_notes_cell_of_list_items_says_what_each_party_does(tmp_path: Path) -> None:
    """An AsciiDoc matrix's "a|" Notes cell of bullets ("* Harbour builds …" / "* The
    customer updates …") beside "Both" marks: each bullet its party's duty, and the bare
    row name no duty of either."""
    path = _page(
        tmp_path,
        "notes.adoc",
        "= Who secures the quay\n\n== Duty matrix\n\n"
        '[cols="2,1,1,4",options="header"]\n|===\n|Area |Harbour |Customer |Notes\n\n'
        "|B. Crane software\n|Both\n|Both\na|* Harbour builds and updates the crane firmware.\n"
        "* The customer updates its berth plans.\n|===\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "update its berth plans") in pairs, pairs
    assert any("build and update the crane firmware" in label for _, label in pairs), pairs
    assert not any(label == "b. crane software" for _, label in pairs), pairs


def test_a_relative_clause_going_on_after_and_is_no_second_duty(tmp_path: Path) -> None:
    """ "The Berth Lead will write a crane summary that will be shared with pilots and will
    become the base of the notice": one duty, no "Write become the base …"."""
    path = _page(
        tmp_path,
        "relative.md",
        "# Quay releases\n\nThe Berth Lead is responsible for running each release.\n\n"
        "## Release day\n\n- The Berth Lead will write a crane summary that will be shared with "
        "pilots and will become the base of the notice.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert any(label.startswith("write a crane summary") and "notice" in label for label in labels)
    assert not any("write become" in label for label in labels), labels


def test_steps_taken_by_a_named_team_are_its_duties(tmp_path: Path) -> None:
    """ "The opening actions taken by the quay safety team (QST) are to:" over bare steps: the
    team's steps, not the reader's."""
    path = _page(
        tmp_path,
        "steps.rst",
        "==================\nQuay fault handling\n==================\n\n"
        "The quay safety team (QST) is responsible for steering each fault to its notice.\n\n"
        "Intake\n------\n\nThe opening actions taken by the QST are to:\n\n"
        "* create a ticket in the quay tracker\n* put a warning banner on the ticket\n",
    )
    pairs = _page_pairs(path)
    assert not any(p == "customer" for p, _ in pairs), pairs
    assert any("create a ticket in the quay tracker" in label for _, label in pairs), pairs


def test_a_why_have_one_section_gives_no_duties(tmp_path: Path) -> None:
    """ "### Why have one?" under a role says what the role frees others for ("The crane lead
    will have to keep their mind on the ship"): no duty; its responsibilities section still
    gives the role's duties."""
    path = _page(
        tmp_path,
        "why.md",
        "# Quay incident roles\n\n## Berth Scribe\n\n### Why have one?\nThe Crane Lead will have "
        "to keep their mind on the ship itself.\n\n### What are the responsibilities?\n"
        "1. Keep the incident log.\n",
    )
    labels = sorted(label for _, label in _page_pairs(path))
    assert "keep the incident log" in labels, labels
    assert not any("mind on the ship" in label for label in labels), labels


def test_an_obligation_put_as_expected_or_asked_is_a_duty(tmp_path: Path) -> None:
    """ "It is expected that crane owners will answer within a week", "Harbour asks that
    owners keep the gate codes private": the owners' duties, not Harbour's asking."""
    path = _page(
        tmp_path,
        "asked.md",
        "# Quay disclosure policy\n\nHarbour is responsible for the cranes.\n\n## Owners\n\n"
        "It is expected that crane owners will answer within a week.\n\nHarbour asks that "
        "owners keep the gate codes private.\n",
    )
    pairs = _page_pairs(path)
    owners = [label for p, label in pairs if "owner" in p]
    assert "answer within a week" in owners, pairs
    assert "keep the gate codes private" in owners, pairs
    assert not any(label.startswith("ask that") for _, label in pairs), pairs
