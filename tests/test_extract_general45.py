"""General shapes of session 45, described on a blind set in invented words: invented text
only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_a_bold_topic_with_a_full_stop_titles_the_instructions_after_it(tmp_path: Path) -> None:
    """ "- **Credentials.** Put crane passwords in the vault. Rotate them monthly." under what
    the reader manages: the topic titles the instructions; each instruction is a duty, the
    topic alone is none."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Who runs what at the quay\n\n"
        "## What you manage\n\n"
        "- **Credentials.** Put crane passwords in the harbour vault. Rotate them every month.\n"
        "- **Berth plans.** Choose a berth for each ship.\n",
    )
    pairs = _page_pairs(path)
    customer = sorted(label for p, label in pairs if p == "customer")
    assert any("put crane passwords in the harbour vault" in label for label in customer), pairs
    assert any("rotate them every month" in label for label in customer), pairs
    assert any("choose a berth for each ship" in label for label in customer), pairs
    assert "credentials" not in customer and "berth plans" not in customer, pairs


def test_a_bold_topic_with_a_full_stop_over_a_party_sentence_is_no_duty(tmp_path: Path) -> None:
    """ "- **Disk encryption.** Acme encrypts every berth log." under Acme's section: the
    sentence states the duty, the topic only titles it; a title that is itself an instruction
    ("**Inspect and grease the cranes**. Every month …") stays the duty."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quay duties\n\n"
        "## What Acme takes care of\n\n"
        "- **Disk encryption.** Acme encrypts every berth log with keys it rotates yearly.\n"
        "- **Inspect and grease the cranes**. Every month the winches are checked.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "encrypt every berth log with keys it rotates yearly" in acme, acme
    assert "disk encryption" not in acme, acme
    assert "inspect and grease the cranes" in acme, acme


def test_a_sentence_pointing_to_a_list_of_two_word_things_is_no_duty(tmp_path: Path) -> None:
    """ "Acme puts the following crane safeguards. This list may change." over a list: the
    items are the duties, the pointer to them is none ('put' is a duty verb now)."""
    path = _page(
        tmp_path,
        "safeguards.md",
        "# Quay demarcation\n\n"
        "Acme is responsible for the cranes; you are responsible for your cargo.\n\n"
        "## Safeguards\n\n"
        "Acme puts the following crane safeguards. This list may change.\n\n"
        "- Acme inspects the crane cabins at night.\n"
        "- Acme checks the winch brakes weekly.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "inspect the crane cabins at night" in acme, acme
    assert not any("following" in label for label in acme), acme


def test_the_object_of_a_responsibility_lead_in_is_the_umbrella_of_its_items(
    tmp_path: Path,
) -> None:
    """ "You are responsible for the berth passes you issue:" over instructions: the items are
    the duties; the object before the colon only sums them up."""
    path = _page(
        tmp_path,
        "passes.md",
        "# Quay security\n\n"
        "## What you manage\n\n"
        "You are responsible for the berth passes you issue:\n\n"
        "- Rotate your gate codes every 30 days.\n"
        "- Review the gate log weekly.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert customer == ["review the gate log weekly", "rotate your gate codes every 30 days"], (
        customer
    )


def test_a_series_of_of_phrases_keeps_the_noun_they_complete(tmp_path: Path) -> None:
    """ "You keep charge of your cargo, of who may load it, and of where it sails": each duty
    keeps "charge of", never "Keep of who may load it"."""
    path = _page(
        tmp_path,
        "charge.md",
        "# Quay duties\n\n"
        "## Duties\n\n"
        "You keep charge of your cargo, of who may load it, and of where it sails.\n\n"
        "You are responsible for the backup of your manifests, of your keys and of your logs.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "keep charge of who may load it" in customer, customer
    assert "backup of your keys" in customer, customer
    assert not any(label.startswith(("keep of", "of ")) for label in customer), customer


def test_it_narrating_the_page_is_no_party(tmp_path: Path) -> None:
    """ "This page sets out the split for the quay. It covers both day and night berths." after
    a sentence of Acme's ("We handle the cranes."): "it" is the page, which owes nothing."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Quay security\n\n"
        "We handle the cranes. This page sets out the split for the quay. It covers both *Day* "
        "and *Night* berths.\n\n"
        "## What Acme manages\n\n"
        "- Acme inspects the cranes.\n\n"
        "## What you manage\n\n"
        "- Lock your containers.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "inspect the cranes" in acme, acme
    assert not any("cover" in label for label in acme), acme


def test_a_third_party_named_by_a_trade_noun_holds_its_duties(tmp_path: Path) -> None:
    """ "Every chart publisher is responsible for X" and "the reseller answers A and passes B on
    to Acme": publishers and resellers are parties of their own (person nouns), each with
    its duties; "passes" is the second verb, not part of the first duty."""
    path = _page(
        tmp_path,
        "others.md",
        "# Quay duties\n\n"
        "Acme is responsible for the cranes.\n\n"
        "## Outside Acme\n\n"
        "Tide charts come from outside publishers. Every chart publisher is responsible for "
        "corrections to its charts.\n\n"
        "## Reseller customers\n\n"
        "For customers of our reseller programme, the reseller answers billing questions and "
        "passes outage reports on to Acme.\n",
    )
    pairs = _page_pairs(path)
    by_label = {label: p for p, label in pairs}
    assert by_label.get("corrections to its charts") not in (None, "acme", "customer"), pairs
    assert by_label.get("answer billing questions") not in (None, "acme", "customer"), pairs
    assert by_label.get("pass outage reports on to acme") not in (None, "acme", "customer"), pairs


def test_a_passive_under_what_a_party_takes_care_of_is_its_duty(tmp_path: Path) -> None:
    """ "Urgent crane faults are fixed within two days." with no agent, under "What Acme takes
    care of": Acme's duty, as under "Acme responsibilities"."""
    path = _page(
        tmp_path,
        "passive.md",
        "# Quay\n\n"
        "## What Acme takes care of\n\n"
        "All gates are inspected by Acme.\n\n"
        "Urgent crane faults are fixed within two days.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "urgent crane faults are fixed within two days" in acme, acme


def test_a_passive_cell_is_its_agents_duty_whatever_the_column(tmp_path: Path) -> None:
    """A cell "Looked after by the harbour company." in the customer's column, or "Inspected
    by the port agency, supervised by Acme." in Acme's: each agent does its part, the row's
    area its object; the column's party only where the agent is its own."""
    path = _page(
        tmp_path,
        "cells.md",
        "# Quay\n\n"
        "## Split\n\n"
        "| Area | Acme | You |\n|---|---|---|\n"
        "| Crane rooms | Inspected by the port agency, supervised by Acme. | Nothing to do. |\n"
        "| Tug sheds | Not applicable. | Looked after by the harbour company. |\n"
        "| Relay agent | Installs the Relay agent. | Keep the agent account active. |\n",
    )
    pairs = _page_pairs(path)
    by_label = {label: p for p, label in pairs}
    assert by_label.get("supervise crane rooms") == "acme", pairs
    assert by_label.get("inspect crane rooms") not in (None, "acme", "customer"), pairs
    assert by_label.get("look after tug sheds") not in (None, "acme", "customer"), pairs
    assert not any("looked after" in label or "inspected by" in label for _, label in pairs)


def test_a_cell_of_two_deeds_in_the_third_person_after_a_comma_is_two_duties(
    tmp_path: Path,
) -> None:
    """ "Owns the gate rota, and keeps the crane log current." in a party's column: two deeds,
    as a comma series of instructions is; "Monitor X and replace Y" (no comma) stays one step
    of the cell."""
    path = _page(
        tmp_path,
        "deeds.md",
        "# Quay split\n\n"
        "| Area | Acme | You |\n|---|---|---|\n"
        "| Gates | Oils the gates. | Owns the gate rota, and keeps the crane log current. |\n"
        "| Tugs | Runs the tugs. | Monitor the tug radio and replace its batteries. |\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert any(label.startswith("own the gate rota") for label in customer), customer
    assert any(label.startswith("keep the crane log current") for label in customer), customer
    assert "monitor the tug radio and replace its batteries" in customer, customer


def test_a_leave_a_limit_a_risk_and_a_how_to_are_no_duties(tmp_path: Path) -> None:
    """ "we may move it outside your window", "Acme keeps gate logs for 2 days only", "you
    keep them there at your own risk" and "If you need to know which crane runs, check X":
    a leave, a limit, a warning and a how-to; the duties around them stay."""
    path = _page(
        tmp_path,
        "leave.md",
        "# Quay responsibilities\n\n"
        "## What Acme takes care of\n\n"
        "- We service the cranes in the window you set.\n"
        "  - If a crane fails badly, we may service it outside your window.\n\n"
        "## What you are responsible for\n\n"
        "- Copy the gate logs to your own store. Acme keeps gate logs for 2 days only.\n\n"
        "If you need to know which crane serves a berth, check the **Crane** value under "
        "**Berths**.\n\n"
        "Old cranes get no fixes. Berths left on them keep working, but you keep them there at "
        "your own risk.\n",
    )
    pairs = _page_pairs(path)
    labels = [label for _, label in pairs]
    assert "copy the gate logs to your own store" in labels, pairs
    assert any(label.startswith("service the cranes") for label in labels), pairs
    assert not any(
        label.startswith(("may ", "check the crane")) or "only" in label or "own risk" in label
        for label in labels
    ), pairs


def test_an_order_with_a_negated_part_keeps_the_order(tmp_path: Path) -> None:
    """ "- Keep gate keys in the harbour safe, not in the crane cabins." and a cell "Report
    crane faults to the harbour desk and do not post them anywhere until fixed.": the order
    stands; only its negated part is no duty."""
    path = _page(
        tmp_path,
        "negated.md",
        "# Quay duties\n\n"
        "## What you manage\n\n"
        "- Keep gate keys in the harbour safe, not in the crane cabins.\n"
        "- Rotate the gate codes every 90 days.\n\n"
        "## Shared duties\n\n"
        "| Topic | Acme | You |\n|---|---|---|\n"
        "| Faults | Fixes crane faults. | Report crane faults to the harbour desk and do not "
        "post them anywhere until fixed. |\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "keep gate keys in the harbour safe" in customer, customer
    assert "report crane faults to the harbour desk" in customer, customer
    assert not any("post them" in label for label in customer), customer


def test_a_cell_opened_by_its_party_keeps_the_pages_wording(tmp_path: Path) -> None:
    """A cell "Acme runs the gate proxies and logs their badges." in Acme's column: the duty
    "Run the gate proxies and log their badges" keeps "runs the gate proxies and logs their
    badges" as an alternative label, as a prose sentence's duty does."""
    path = _page(
        tmp_path,
        "wording.md",
        "# Quay gates\n\n"
        "| Area | Acme | You |\n|---|---|---|\n"
        "| Gates | Acme runs the gate proxies and logs their badges. | Open your fences. |\n",
    )
    facts = extract_facts(read_document(path))
    duties = [e for e in facts.entities.values() if e.ref.kind == "duty"]
    written = {alt.lower() for e in duties for alt in e.alt_labels}
    assert "runs the gate proxies and logs their badges" in written, duties


def test_a_negative_instruction_is_the_readers_duty_to_refrain(tmp_path: Path) -> None:
    """ "- Do not share your gate code with anyone." under what the reader must do, and "Do
    not keep gate codes in plain files." in the rules after it: each the reader's "Do not …",
    as "You must not …" is."""
    path = _page(
        tmp_path,
        "rules.md",
        "# Quay rules\n\n"
        "Acme runs the quay. You are responsible for your cargo.\n\n"
        "## What you must do\n\n"
        "- Lock your containers.\n"
        "- Do not share your gate code with anyone.\n\n"
        "Never share a badge with a colleague. Do not keep gate codes in plain files.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "do not share your gate code with anyone" in customer, customer
    assert "do not keep gate codes in plain files" in customer, customer
    assert "do not share a badge with a colleague" in customer, customer


def test_a_subject_narrowed_by_a_relative_clause_keeps_its_duty(tmp_path: Path) -> None:
    """ "Customers who store cargo overnight must lock their containers." and "Users who need a
    fixed berth should book a berth a week ahead.": the clause only says when; the subject's
    duty is read as without it."""
    path = _page(
        tmp_path,
        "who.md",
        "# Quay rules\n\n"
        "Acme runs the quay. You are responsible for your cargo.\n\n"
        "## Berths\n\n"
        "Customers who store cargo overnight must lock their containers.\n\n"
        "Users who need a fixed berth should book a berth a week ahead.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "lock their containers" in customer, customer
    assert "book a berth a week ahead" in customer, customer


def test_what_we_need_from_you_names_the_readers_duties(tmp_path: Path) -> None:
    """ "**What we need from you:** A contact person …" after "**What it is:** We …": each thing
    asked for is the reader's duty, also in a paragraph whose bullets were lost ("A berth name
    ⏎ Cranes enabled for it A list of pilots …")."""
    path = _page(
        tmp_path,
        "asks.md",
        "# Services for shipping teams\n\n"
        "## Berth review\n\n"
        "**What it is:** We review your berth plans.\n\n"
        "**What we need from you:** A contact person who knows the berths, available two hours "
        "a week.\n\n"
        "## Berth setup\n\n"
        "**What we need from you:** A berth name for your fleet\n"
        "Cranes enabled for this berth A list of pilots who may dock there.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert any(label.startswith("contact person who knows the berths") for label in customer), (
        customer
    )
    assert "berth name for your fleet" in customer, customer
    assert "cranes enabled for this berth" in customer, customer
    assert "list of pilots who may dock there" in customer, customer


def test_duty_idioms_without_a_modal_state_duties(tmp_path: Path) -> None:
    """ "It remains the responsibility of customers to provide X", "It is the duty of the berth
    owner to Y", "Acme operators have obligations to guard Z" and "Acme will make some effort
    to ensure W" state duties as "must" would ("Make some effort" is no label)."""
    path = _page(
        tmp_path,
        "idioms.md",
        "# Quay terms\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Duties\n\n"
        "Note that it remains the responsibility of customers to provide cargo manifests.\n\n"
        "It is the duty of the berth owner to admit only trained pilots.\n\n"
        "Acme operators have legal and other obligations to guard the shared quays.\n\n"
        "Acme will make some effort to ensure the cranes stay usable.\n",
    )
    pairs = _page_pairs(path)
    by_label = {label: p for p, label in pairs}
    assert by_label.get("provide cargo manifests") == "customer", pairs
    assert by_label.get("admit only trained pilots") not in (None, "acme", "customer"), pairs
    assert by_label.get("guard the shared quays") == "acme", pairs
    assert by_label.get("ensure the cranes stay usable") == "acme", pairs
    assert "make some effort" not in by_label, pairs


def test_gerunds_joined_inside_a_clause_are_no_second_duty(tmp_path: Path) -> None:
    """ "Customers must book a berth before unloading cargo and loading stores.": "and" joins
    the gerunds of the "before" clause; "Book loading stores" is no duty."""
    path = _page(
        tmp_path,
        "before.md",
        "# Quay rules\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Customer duties\n\n"
        "Customers must book a berth before unloading cargo and loading stores.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert any(label.startswith("book a berth before unloading cargo") for label in customer), (
        customer
    )
    assert not any(label.startswith("book loading") for label in customer), customer


def test_a_state_a_thing_must_have_been_put_in_is_no_suppliers_duty(tmp_path: Path) -> None:
    """ "All software used on the quay must have been properly obtained and duly licensed.": a
    state the software must be in, not a supplier's "Have been properly obtained"."""
    path = _page(
        tmp_path,
        "state.md",
        "# Quay rules\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Software\n\n"
        "All software used on the quay must have been properly obtained and duly licensed.\n",
    )
    labels = [label for _, label in _page_pairs(path)]
    assert not any(label.startswith(("have been", "have duly")) for label in labels), labels


def test_a_wrapped_request_paragraph_stays_one_thing_per_phrase(tmp_path: Path) -> None:
    """ "**What we need from you:** A contact person who knows the berths, available ⏎ two hours
    a week. Keep in mind that reviews take a week.": the line wraps mid-phrase (lower case
    goes on), one thing; the advice after it is no thing asked for."""
    path = _page(
        tmp_path,
        "wrapped.md",
        "# Services for shipping teams\n\n"
        "## Berth review\n\n"
        "**What it is:** We review your berth plans.\n\n"
        "**What we need from you:** A contact person who knows the berths, available\n"
        "two hours a week for the length of the review. Keep in mind that reviews take a week.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert len(customer) == 1 and customer[0].startswith("contact person"), customer
    assert "two hours a week" in customer[0], customer


def test_a_concession_after_a_duty_is_cut_from_its_label(tmp_path: Path) -> None:
    """ "Acme will ensure that manifests stay readable, though some pages may be lost.": the
    duty is "Ensure that manifests stay readable", never glued ("readablesome pages")."""
    path = _page(
        tmp_path,
        "though.md",
        "# Quay terms\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Archive\n\n"
        "Acme will ensure that manifests stay readable, though some pages may be lost.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "ensure that manifests stay readable" in acme, acme
    assert not any("lost" in label for label in acme), acme


def test_a_label_left_with_a_pronoun_only_keeps_its_clause(tmp_path: Path) -> None:
    """ "- rotate it according to the schedule you set" under a lead-in about the gate key:
    cutting "according to …" would leave "Rotate it", which names nothing; the clause stays."""
    path = _page(
        tmp_path,
        "pronoun.md",
        "# Quay keys\n\n"
        "## What you are responsible for\n\n"
        "When your own gate keys are switched on, you must look after the key:\n\n"
        "- keep the key in the harbour safe;\n"
        "- rotate it according to the schedule you set.\n",
    )
    customer = sorted(label for p, label in _page_pairs(path) if p == "customer")
    assert "rotate it according to the schedule you set" in customer, customer


def test_steps_toward_an_end_after_a_partys_sentence_are_its_duties(tmp_path: Path) -> None:
    """ "Acme keeps a log of every crane lift. Steps to keep the quay safe include:" over a list
    of measures: each measure is Acme's, as the party just named as acting."""
    path = _page(
        tmp_path,
        "steps.md",
        "# Quay policies\n\n"
        "The quay is run by Acme.\n\n"
        "## Safety\n\n"
        "Acme keeps a log of every crane lift. Steps to keep the quay safe include:\n\n"
        "1. Mirroring of the crane logs;\n"
        "2. Upkeep of spare winches in two sheds.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "mirroring of the crane logs" in acme, acme
    assert "upkeep of spare winches in two sheds" in acme, acme


def test_a_partys_promise_never_to_do_a_thing_is_its_duty(tmp_path: Path) -> None:
    """ "Acme support staff will never ask for your gate code.": a promise, Acme's duty "Never
    ask for your gate code" ("will not" alone only foretells)."""
    path = _page(
        tmp_path,
        "never.md",
        "# Quay security\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Gate codes\n\n"
        "Acme support staff will never ask for your gate code.\n\n"
        "Acme will not store your cargo overnight.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert "never ask for your gate code" in acme, acme
    assert not any("store your cargo" in label for label in acme), acme


def test_a_party_named_in_the_possessive_is_named_without_it(tmp_path: Path) -> None:
    """ "you can use Google's Cloud Console": the party is Google, never "Google's"."""
    path = _page(
        tmp_path,
        "possessive.md",
        "# Quay access\n\n"
        "Acme is responsible for the quay.\n\n"
        "## Access\n\n"
        "To inspect the cranes, you can use Google's Cloud Console.\n",
    )
    facts = extract_facts(read_document(path))
    names = sorted(e.label for e in facts.entities.values() if e.ref.kind == "party")
    assert not any(name.endswith(("'s", "’s")) for name in names), names


def test_a_policy_pages_agentless_promise_is_its_providers(tmp_path: Path) -> None:
    """On "Quay Preservation Policy", run by Acme, "The notes of a crate will be updated to
    record its owners." is Acme's promise, as on a service level agreement."""
    path = _page(
        tmp_path,
        "policies.md",
        "# Quay Preservation Policy\n\n"
        "The quay is run by Acme. Acme keeps a log of every lift.\n\n"
        "## Records\n\n"
        "The notes of a crate will be updated to record its owners.\n",
    )
    acme = sorted(label for p, label in _page_pairs(path) if p == "acme")
    assert any(label.startswith("update the notes of a crate") for label in acme), acme
