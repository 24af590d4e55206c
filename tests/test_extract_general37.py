"""General shapes of session 37, found on evaluation sets and corpus pages: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_an_admonition_marker_without_a_space_opens_a_box(tmp_path: Path) -> None:
    """ "!!!warning" (no space after the marker, as Python-Markdown accepts it) opens an
    admonition whose indented body is read, not a code block."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger\n\n"
        "## Journal\n\n"
        "Quarrytech is responsible for patching the ledger nodes.\n\n"
        "!!!warning\n"
        "    You must set a size cap on the journal.\n\n"
        '???note "Keys"\n'
        "    You must rotate the ledger keys.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "set a size cap on the journal") in pairs, pairs
    assert ("customer", "rotate the ledger keys") in pairs, pairs


def test_a_negation_in_a_so_clause_is_the_purpose_s(tmp_path: Path) -> None:
    """ "You must set a size cap so the ledger does not fill its disk": the negation belongs
    to the purpose ("so" opening a clause, as "so that" does), not to the duty; "must not
    share" is the duty to refrain ("Do not share …")."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger\n\n"
        "## Journal\n\n"
        "Quarrytech is responsible for patching the ledger nodes.\n\n"
        "You must set a size cap on the journal so the ledger does not fill its disk.\n\n"
        "You must prune old entries so you never run out of space.\n\n"
        "You must not share the admin token.\n",
    )
    pairs = _page_pairs(path)
    assert any(p == "customer" and label.startswith("set a size cap") for p, label in pairs)
    assert any(p == "customer" and label.startswith("prune old entries") for p, label in pairs)
    assert ("customer", "do not share the admin token") in pairs, pairs
    assert not any("fill its disk" in label and "do not" in label for _, label in pairs), pairs


def test_a_series_after_from_carries_its_head(tmp_path: Path) -> None:
    """ "We collect audit logs from the build farm, the ledger, and all calls to the gate": the
    ledger is a source of audit logs ("collect audit logs from the ledger"), not a thing
    collected; a short series alone stays one duty."""
    path = _page(
        tmp_path,
        "logs.md",
        "# Quarrytech security\n\n"
        "Quarrytech is responsible for the platform.\n\n"
        "## Monitoring\n\n"
        "We collect and review audit logs from the build farm, the ledger, and all calls to "
        "the gate.\n",
    )
    pairs = _page_pairs(path)
    for source in ("the build farm", "the ledger"):
        assert ("quarrytech", f"collect and review audit logs from {source}") in pairs, pairs
    assert ("quarrytech", "collect and review the ledger") not in pairs, pairs


def test_an_item_saying_what_a_feature_lets_people_do_is_no_duty(tmp_path: Path) -> None:
    """ "Vault SSO allows users to sign in …", "Key rotation helps you avoid …" under the
    customer's heading describe features; the instruction beside them is the customer's."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "## Responsibilities of the customer\n\n"
        "- Vault SSO allows users to sign in with an identity from your provider.\n"
        "- Key rotation helps you avoid long-lived secrets in your pipelines.\n"
        "- Enable audit export for every vault.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "enable audit export for every vault") in pairs, pairs
    assert not any("sso" in label or "key rotation" in label for _, label in pairs), pairs


def test_a_series_of_time_clauses_is_when_one_duty_is_done(tmp_path: Path) -> None:
    """ "… before it happens, when it starts, and when it completes": three times of one
    notice, not three things to be told about."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "## Maintenance\n\n"
        "Quarrytech notifies you about vault maintenance before it happens, when it starts, "
        "and when it completes.\n",
    )
    pairs = _page_pairs(path)
    assert [label for _, label in pairs if "maintenance" in label] == [
        "notify you about vault maintenance before it happens, when it starts, and when it "
        "completes"
    ], pairs
    assert not any(label.endswith("when it starts") for _, label in pairs), pairs


def test_ensure_that_a_as_well_as_b_is_one_clause(tmp_path: Path) -> None:
    """ "- …, it is your responsibility to ensure that these hosts, as well as their
    dependencies, are compliant": "as well as" joins the clause's subjects, one duty."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "## Responsibilities of the customer\n\n"
        "- If your vault serves outside systems that store card data, it is your responsibility "
        "to ensure that these systems, as well as their dependencies, are compliant with the "
        "card standard.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "customer",
        "ensure that these systems, as well as their dependencies, are compliant with the card "
        "standard",
    ) in pairs, pairs


def test_steps_named_by_example_are_the_duties(tmp_path: Path) -> None:
    """ "you must take additional steps, such as implementing X and carefully choosing Y, and
    ensuring Z": the named steps are the duties, "take additional steps" none."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "## Responsibilities of the customer\n\n"
        "To meet the card standard, you must take additional steps, such as implementing the "
        "hardening guide and carefully choosing your vendors, and ensuring that card data stays "
        "encrypted.\n\n"
        "You must take appropriate measures, including rotating keys and reviewing access.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "implementing the hardening guide",
        "carefully choosing your vendors",
        "ensuring that card data stays encrypted",
        "rotating keys",
        "reviewing access",
    ):
        assert ("customer", label) in pairs, pairs
    assert not any(label.startswith("take") for _, label in pairs), pairs


def test_a_bare_plural_responsible_for_something_is_a_party(tmp_path: Path) -> None:
    """ "Projects are solely responsible for the content of their sites": a group the page
    names bare is a party though no vocabulary knows it; "Projects may request X" is a right
    it holds; "Projects with a need for a CDN should …" is no duty of a CDN provider."""
    path = _page(
        tmp_path,
        "menu.md",
        "# Quarrytech Foundation services\n\n"
        "The Quarrytech Foundation provides services to hosted projects.\n\n"
        "## Websites\n\n"
        "Projects are solely responsible for the content and design of their websites.\n\n"
        "Projects may request a dedicated meeting account.\n\n"
        "## Distribution\n\n"
        "Projects with a technical need for a CDN should attempt to use no-cost services.\n",
    )
    pairs = _page_pairs(path)
    assert ("projects", "content and design of their websites") in pairs, pairs
    assert not any("meeting account" in label for _, label in pairs), pairs
    assert not any(party == "cdn-provider" for party, _ in pairs), pairs


def test_a_duty_after_a_condition_of_use_is_read(tmp_path: Path) -> None:
    """ "If you use AWS Direct Connect, you must repoint your routers": the condition names a
    service the reader uses, and the main clause still binds the reader."""
    path = _page(
        tmp_path,
        "mesh.md",
        "# Quarrytech Mesh fail-over\n\n"
        "Quarrytech is responsible for running the standby zone.\n\n"
        "If you use AWS Direct Connect, you must repoint your office routers to the standby "
        "peering address.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "repoint your office routers to the standby peering address") in pairs


def test_a_team_label_after_a_time_clause_leads_to_its_duties(tmp_path: Path) -> None:
    """ "When a relay site goes dark, the Quarrytech duty team:" over steps in the third
    person: the steps are Quarrytech's (its team's) duties."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay outage handling\n\n"
        "Quarrytech is responsible for running the standby relay site.\n\n"
        "## Switch-over steps\n\n"
        "When a relay site goes dark, the Quarrytech duty team:\n\n"
        "1. Confirms the outage with two probes.\n"
        "1. Raises the standby site to active.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "confirm the outage with two probes") in pairs, pairs
    assert ("quarrytech", "raise the standby site to active") in pairs, pairs


def test_a_list_inside_a_note_is_read(tmp_path: Path) -> None:
    """ "> [!NOTE]" over "- Upload-key rotation is the customer's responsibility": a list in
    a note states duties as any list does; a note's list of links stays no duty."""
    path = _page(
        tmp_path,
        "columnar.md",
        "# Quarrytech Columnar responsibilities\n\n"
        "## Disk\n\n"
        "Quarrytech is responsible for the columnar hosts.\n\n"
        "> [!NOTE]\n"
        "> - Upload-key rotation is the **customer's responsibility**\n\n"
        "> [!TIP]\n"
        "> - [Key rotation guide](keys.md)\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "upload-key rotation") in pairs, pairs
    assert not any("guide" in label for _, label in pairs), pairs


def test_the_generic_one_and_a_reminder_tell_the_reader(tmp_path: Path) -> None:
    """ "One must rotate keys monthly", "Before going live, don't forget to enable alerts":
    what the page tells the reader it calls "you"; "one should avoid X" is the duty to avoid
    it, as "you should avoid X" is (two independent readers list such lines; a prohibition
    verb with no modal, "You avoid data breaches", stays a benefit)."""
    path = _page(
        tmp_path,
        "queues.md",
        "# Quarrytech Queues\n\n"
        "Quarrytech is responsible for the queue hosts. You are responsible for your messages.\n\n"
        "## Usage\n\n"
        "One must rotate the admin keys monthly.\n\n"
        "Before going live, don't forget to enable alerts for every queue.\n\n"
        "Therefore one should avoid connection churn.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "rotate the admin keys monthly") in pairs, pairs
    assert ("customer", "enable alerts for every queue") in pairs, pairs
    assert ("customer", "avoid connection churn") in pairs, pairs


def test_an_item_with_a_colon_over_noun_phrases(tmp_path: Path) -> None:
    """Under a party's duties: "Monitoring:" over "Heap size" gives "Monitoring heap size";
    "Handling index problems:" over symptoms and "Investigating latency by using:" over tools
    are one duty each, the nested nouns no duties; "The guarantee doesn't cover:" over
    "Oversized queries" owes nothing."""
    path = _page(
        tmp_path,
        "index.md",
        "# Quarrytech Index\n\n"
        "## Customer responsibilities\n\n"
        "- Monitoring:\n"
        "  - Heap size\n"
        "  - Merge backlog\n"
        "- Investigating latency by using:\n"
        "  - The Quarrytech console\n"
        "  - Trace logs\n"
        "- Handling index problems:\n"
        "  - Stale replicas\n"
        "  - Orphaned shards\n\n"
        "## Quarrytech responsibilities\n\n"
        "- Replacing failed index nodes\n"
        "- The uptime guarantee doesn't cover:\n"
        "  - Oversized queries\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "monitoring heap size",
        "monitoring merge backlog",
        "investigating latency",
        "handling index problems",
    ):
        assert ("customer", label) in pairs, pairs
    for noun in ("trace logs", "stale replicas", "orphaned shards", "oversized queries"):
        assert not any(label == noun for _, label in pairs), pairs


def test_a_note_restating_its_rows_duty_adds_none(tmp_path: Path) -> None:
    """A RACI row "Install the ledger tool | I | R, A | The subscriber will need to install
    the ledger tool." states one duty; a note with a duty of its own ("The subscriber will
    submit the readiness checklist") still adds it."""
    path = _page(
        tmp_path,
        "raci.md",
        "# Quarrytech Ledger: division of responsibility\n\n"
        "| Task | Quarrytech | Subscriber | Notes |\n"
        "|---|---|---|---|\n"
        "| Install the ledger tool | I | R, A | The subscriber will need to install the "
        "ledger tool on each host. |\n"
        "| Prepare the ledger hosts | C | R, A | The subscriber will submit the readiness "
        "checklist when the hosts are ready. |\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "install the ledger tool") in pairs, pairs
    assert not any(label.startswith("install the ledger tool on") for _, label in pairs), pairs
    assert any(p == "customer" and "readiness checklist" in label for p, label in pairs), pairs


def test_a_willingness_promised_is_a_duty(tmp_path: Path) -> None:
    """ "The Forge team will be glad to answer onboarding questions": what the team will do;
    "You will be happy to know that X" promises nothing."""
    path = _page(
        tmp_path,
        "forge.md",
        "# Quarrytech Forge support\n\n"
        "Quarrytech is responsible for the build farm.\n\n"
        "Quarrytech will be glad to answer any onboarding questions you post in the forum.\n\n"
        "You will be happy to know that builds are fast.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "answer any onboarding questions you post in the forum") in pairs
    assert not any("builds are fast" in label for _, label in pairs), pairs


def test_a_reminder_and_an_oversight_frame_what_the_reader_does(tmp_path: Path) -> None:
    """ "As with any tool, remember that you should only open repositories you trust": the
    reminder frames the duty; "To reduce risk, ensure that you only install trusted plugins,
    and that they are kept up to date": "only" is no limit under "ensure", and the second
    that-clause is ensured too; "Note that you can X" still offers, owes nothing."""
    path = _page(
        tmp_path,
        "sandboxes.md",
        "# Working safely in Quarrytech Sandboxes\n\n"
        "Quarrytech is responsible for the sandbox hosts.\n\n"
        "## Usage\n\n"
        "As with any development tool, remember that you should only open repositories you "
        "trust.\n\n"
        "To reduce risk, ensure that you only install trusted plugins, and that they are "
        "always kept up to date.\n\n"
        "Note that you can rotate keys at any time.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "open repositories you trust") in pairs, pairs
    assert ("customer", "install trusted plugins") in pairs, pairs
    assert ("customer", "ensure that they are always kept up to date") in pairs, pairs
    assert not any("rotate keys" in label for _, label in pairs), pairs


def test_teams_named_by_a_word_of_their_own_are_parties(tmp_path: Path) -> None:
    """On a page that names several teams ("the quarry team", "the product teams"), "The
    product team is responsible for X" is that team's duty, not the title's or the writer's."""
    path = _page(
        tmp_path,
        "teams.md",
        "# Responsibilities - quarry and teams\n\n"
        "The quarry team offers build services which the product teams use.\n\n"
        "## Build farm\n\n"
        "- The quarry team is responsible for keeping the build farm online\n"
        "- The product team is responsible for their own pipelines\n",
    )
    facts = extract_facts(read_document(path))
    owners = {
        facts.entities[r.object].label.lower(): facts.entities[r.subject].label.lower()
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }
    assert owners.get("keeping the build farm online") == "quarry team", owners
    assert owners.get("their own pipelines") in ("product team", "product teams"), owners


def test_your_administrator_is_a_role_of_its_own(tmp_path: Path) -> None:
    """ "Your administrator will set up a credentials file": the person who runs the service
    for the reader (cue:operator-noun), not the reader; "Your team must X" stays the reader's."""
    path = _page(
        tmp_path,
        "queue.md",
        "Quarrytech Queue\n================\n\n"
        "This page helps you hook your service up to a hosted Quarrytech Queue.\n\n"
        "## Getting Credentials\n\n"
        "Your administrator will set up a credentials file in the cluster.\n\n"
        "Your team must rotate the queue password every quarter.\n",
    )
    pairs = _page_pairs(path)
    assert ("administrator", "set up a credentials file in the cluster") in pairs, pairs
    assert ("customer", "rotate the queue password every quarter") in pairs, pairs


def test_gerunds_sharing_an_object_and_up_and_running_stay_whole(tmp_path: Path) -> None:
    """ "- Quarrytech is responsible for sorting wishes for deploying and operating mirrors",
    "- … keeping the relay up and running": one duty each, not "Operating mirrors" or
    "Running" cut off."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech Relay duties\n\n"
        "You are responsible for your relay rules.\n\n"
        "- Quarrytech is responsible for sorting feature wishes for deploying and operating "
        "mirrors.\n"
        "- Quarrytech is responsible for keeping the relay up and running.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for party, label in pairs if party == "quarrytech"}
    assert "sorting feature wishes for deploying and operating mirrors" in labels, pairs
    assert "keeping the relay up and running" in labels, pairs


def test_a_vendor_heading_over_its_things_lists_no_duties(tmp_path: Path) -> None:
    """ "### AWS" over "- AWS Lambda Layer", "### GCP" over "- Google Pub/Sub Topic": an
    inventory of each cloud's object kinds, no duties; "### AWS" over "- Replace failed disks"
    still lists AWS's duties."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Linking reference\n\n"
        "Quarrytech is responsible for the link setup.\n\n"
        "## Indexed objects\n\n"
        "Quarrytech Relay can index these object kinds.\n\n"
        "### AWS\n\n- AWS Lambda Layer\n- AWS Queue Policy\n\n"
        "### GCP\n\n- Google Pub/Sub Topic\n- Google Cloud Scheduler Job\n\n"
        "## Hardware\n\n### AWS\n\n- Replace failed disks\n- Patch the hypervisors\n",
    )
    pairs = _page_pairs(path)
    assert not any("lambda" in label or "pub/sub" in label for _, label in pairs), pairs
    assert ("aws", "replace failed disks") in pairs, pairs


def test_a_permission_tables_access_levels_are_no_duties(tmp_path: Path) -> None:
    """Cells of access levels ("Read: Full" / "Write: None ^[1]^", "No access", "R/W",
    cue:access-level) under party-like headers say what a persona may reach, no duty; a cell
    with a duty beside them still gives it."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech vault access\n\n"
        "Quarrytech is responsible for the vault hosts.\n\n"
        "| Persona | Customer | Quarrytech |\n"
        "|---|---|---|\n"
        "| Vault metadata | Read: Full<br>Write: None ^[1]^ | No access |\n"
        "| Audit store | R/W | Rotate the audit keys monthly. |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "rotate the audit keys monthly") in pairs, pairs
    assert not any(
        label.startswith(("read:", "write:", "no access", "r/w")) for _, label in pairs
    ), pairs


def test_a_lead_in_to_cases_or_to_pages_holds_no_duties(tmp_path: Path) -> None:
    """ "Quarrytech agrees to handle relay faults in the following situations:" states the
    duty, its items the cases; "follow one of these upstream guides:" over links lists pages
    to read; "Quarrytech doesn't provide support for the following scenarios:" is read as
    before (its items may still name their own party's duty)."""
    path = _page(
        tmp_path,
        "relay.md",
        "# Quarrytech help desk terms\n\n"
        "Quarrytech is responsible for the hosted relay. You are responsible for your rules.\n\n"
        "## Fault handling\n\n"
        "Quarrytech agrees to handle relay faults in the following situations:\n\n"
        "1. The relay loses or mangles messages\n"
        "2. The relay needs a version bump\n\n"
        "## Wiring the relay\n\n"
        "To hand the relay keys to your workload, follow one of these upstream guides:\n\n"
        "* [Create a volume holding the key file](https://example.com/a)\n"
        "* [Define shell variables from the key](https://example.com/b)\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "handle relay faults") in pairs, pairs
    assert not any("mangles" in label or "volume" in label for _, label in pairs), pairs


def test_shared_objects_titles_and_where_clauses_keep_duties_whole(tmp_path: Path) -> None:
    """ "responsible for defining, managing, and re-granting access to roles": one duty, the
    gerunds share the object; "**Monitoring :** Setting up and tuning monitoring, and
    exporting metrics": "Setting up and tuning" one verb pair after the title; "provides the
    hosts and updates, where our partners operate the sites": the where-clause is no object
    (it states the partners' duty of its own)."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger\n\n"
        "## Customer responsibilities\n\n"
        "The customer is responsible for defining, managing, and re-granting access to ledger "
        "roles.\n\n"
        "- **[Monitoring](/m) :** Setting up and tuning custom monitoring, and exporting "
        "metrics.\n\n"
        "## Quarrytech responsibilities\n\n"
        "Quarrytech provides the hosts and the updates, where our partners operate the sites.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "defining, managing, and re-granting access to ledger roles") in pairs
    assert any("setting up and tuning custom monitoring" in label for _, label in pairs)
    assert ("quarrytech", "provide the updates") in pairs, pairs
    assert ("implementation-partner", "operate the sites") in pairs, pairs  # the clause's own
    assert not any(
        (p == "quarrytech" and "partners" in label)
        or label in ("defining", "monitoring: setting up")
        for p, label in pairs
    ), pairs
