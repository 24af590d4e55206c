"""General shapes of session 40, found on development and fresh sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_a_scheduled_routine_in_the_passive_is_the_provider_s(tmp_path: Path) -> None:
    """ "Ledger snapshots are backed up every night", "Kernel patches are done at a two-week
    cadence": a routine kept on a schedule with no agent is the page's provider's, like an
    automatic one; "done" names no deed, so the subject is the label. A schedule in another
    clause ("…, although monthly restarts are needed") or a span ("kept for 30 days") is none."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger operations\n\n"
        "Quarrytech is responsible for the ledger hardware. "
        "You are responsible for your journals.\n\n"
        "## Routines\n\n"
        "- Ledger snapshots are backed up every night.\n"
        "- Kernel patches are done at approximately a two-week cadence.\n"
        "- Access grants are reviewed quarterly.\n\n"
        "## Notes\n\n"
        "Journal hosts are configured to restart, although monthly restarts are needed.\n\n"
        "Trace files are kept for 30 days.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "back up ledger snapshots every night") in pairs, pairs
    assert ("quarrytech", "kernel patches at approximately a two-week cadence") in pairs, pairs
    assert ("quarrytech", "review access grants quarterly") in pairs, pairs
    assert not any("journal hosts" in label or "trace" in label for _, label in pairs), pairs


def test_a_lead_in_after_a_fronted_phrase_or_a_seller_s_own_support(tmp_path: Path) -> None:
    """ "As part of support, we will:" is "we will:" (a phrase of when or where before the
    pronoun); "Our support includes:" lists what the writer sells, its deeds, not a thing's
    contents; "For example, you might need to:" stays an example."""
    path = _page(
        tmp_path,
        "desk.md",
        "# Quarrytech Desk support\n\n"
        "Quarrytech is responsible for the desk hosts. You are responsible for your tickets.\n\n"
        "## Scope\n\n"
        "As part of support, we will:\n\n"
        "- Triage every ticket\n\n"
        "Our support includes:\n\n"
        "- A single point of contact for host issues\n\n"
        "## Examples\n\n"
        "For example, you might need to do the following:\n\n"
        "- Tune the desk cache\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "triage every ticket") in pairs, pairs
    assert ("quarrytech", "single point of contact for host issues") in pairs, pairs
    assert not any("cache" in label for _, label in pairs), pairs


def test_help_is_a_deed_but_a_standard_is_no_party(tmp_path: Path) -> None:
    """ "We help tenants tune their queries": helping is a duty ("help" a duty verb); "PCI DSS
    helps to protect cardholder data": a standard does nothing, no party."""
    path = _page(
        tmp_path,
        "tuning.md",
        "# Quarrytech tuning service\n\n"
        "When implemented correctly, PCI DSS helps to protect cardholder data from theft.\n\n"
        "You are responsible for your queries. We help tenants tune their queries.\n",
    )
    pairs = _page_pairs(path)
    assert any(label == "help tenants tune their queries" for _, label in pairs), pairs
    assert not any("cardholder" in label for _, label in pairs), pairs


def test_a_company_s_legal_form_or_a_domain_opens_a_sentence(tmp_path: Path) -> None:
    """ "Quarrytech, Inc. will delete …" (a legal form after the name) and "quarry.io provides
    …" (a domain for a name) open a sentence as its subject, a party the page names."""
    path = _page(
        tmp_path,
        "bundles.md",
        "# Diagnostics\n\n"
        "You are responsible for your uploads. Send questions to Quarrytech or quarry.io.\n\n"
        "Quarrytech, Inc. will delete uploaded bundles after 30 days.\n\n"
        "quarry.io provides phone support for end-users.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "delete uploaded bundles after 30 days") in pairs, pairs
    assert ("quarry-io", "provide phone support for end-users") in pairs, pairs


def test_support_offered_to_the_reader_lists_the_provider_s_scope(tmp_path: Path) -> None:
    """ "If you have a paid plan, you can get support for the following types of issues:":
    each item is what the provider supports; "You can open the following pages:" stays
    options."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Quarrytech support scope\n\n"
        "We are responsible for the desk. You are responsible for your account.\n\n"
        "If you have a paid plan, you can get support for the following types of issues:\n\n"
        "- Billing issues\n"
        "- Sign-in issues\n\n"
        "You can open the following pages:\n\n"
        "- The status page\n",
    )
    pairs = _page_pairs(path)
    assert ("platform-provider", "billing issues") in pairs, pairs
    assert ("platform-provider", "sign-in issues") in pairs, pairs
    assert not any("status page" in label for _, label in pairs), pairs


def test_a_column_that_denies_its_cells_lists_no_duties(tmp_path: Path) -> None:
    """ "Quarrytech agents CAN | Quarrytech agents CANNOT" over lists: the first column holds
    the party's duties, the denied one nothing."""
    path = _page(
        tmp_path,
        "agents.md",
        "# Customer service\n\n"
        "Quarrytech is responsible for the help desk.\n\n"
        "| Quarrytech agents CAN | Quarrytech agents CANNOT |\n"
        "|:--|:--|\n"
        "| • Verify the steps users need to sign in | • Reset a user's account |\n"
        "| • Provide referral information | • Change a user's email |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "verify the steps users need to sign in") in pairs, pairs
    assert ("quarrytech", "provide referral information") in pairs, pairs
    assert not any("reset" in label or "email" in label for _, label in pairs), pairs


def test_relied_on_deeds_are_duties_encouraged_ones_not(tmp_path: Path) -> None:
    """ "Our tenants rely on us to keep Y": the writer's duty. Encouragement recommends and
    binds no one, by a party ("However, we encourage you to avoid X"; session 55: readers of
    two more pages agreed), in a conceded clause ("While we encourage you to try Z, …") or
    by no party ("… may encourage vendors to look at W")."""
    path = _page(
        tmp_path,
        "hubs.md",
        "# Quarrytech hub objectives\n\n"
        "We are responsible for the hubs. You are responsible for your notebooks.\n\n"
        "However, we encourage you to avoid planning exams during upgrade weeks.\n\n"
        "Our tenants rely on us to keep their cloud costs low.\n\n"
        "While we encourage you to explore custom images, please be aware that support is "
        "limited.\n\n"
        "Advising it may encourage vendors to look at their patch cycles.\n",
    )
    pairs = _page_pairs(path)
    assert not any("avoid planning exams" in label for _, label in pairs), pairs
    assert ("platform-provider", "keep their cloud costs low") in pairs, pairs
    assert not any("explore" in label or "patch cycles" in label for _, label in pairs), pairs


def test_two_titled_kinds_of_one_head_stay_one_duty(tmp_path: Path) -> None:
    """ "prioritize resolving Change and Guidance Requests by balancing them": two names before
    one capitalised head, one duty, not "resolving Change" and "Guidance Requests by …"."""
    path = _page(
        tmp_path,
        "queue.md",
        "# Quarrytech support objectives\n\n"
        "Quarrytech is responsible for the queue.\n\n"
        "Quarrytech will prioritize resolving Change and Guidance Requests by balancing them "
        "against other work.\n",
    )
    pairs = _page_pairs(path)
    label = "prioritize resolving change and guidance requests by balancing them against other work"
    assert ("quarrytech", label) in pairs, pairs


def test_a_plan_to_act_is_intent_and_plan_with_an_object_a_duty(tmp_path: Path) -> None:
    """ "In the future, we plan to run an audit, and design uptime targets": hoped for, not
    owed; "We plan capacity for every region": planning is the duty."""
    path = _page(
        tmp_path,
        "hubs.md",
        "# Quarrytech hub objectives\n\n"
        "We are responsible for the hubs. You are responsible for your notebooks.\n\n"
        "In the future, we plan to run an audit of our hubs, and design uptime targets.\n\n"
        "We plan capacity for every region.\n",
    )
    pairs = _page_pairs(path)
    assert ("platform-provider", "plan capacity for every region") in pairs, pairs
    assert not any("audit" in label or "uptime" in label for _, label in pairs), pairs


def test_a_kind_of_issue_over_its_instances_is_one_duty(tmp_path: Path) -> None:
    """ "Desktop installation issues" over "Installation crashes", "Failure to launch": the
    plain item naming the kind is the duty, its nested items examples; "**Identity**" over
    "Manage users" stays a category over duties."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Quarrytech support scope\n\n"
        "We are responsible for the desk. You are responsible for your account.\n\n"
        "If you have a paid plan, you can get support for the following types of issues:\n\n"
        "- Desktop installation issues\n"
        "  - Installation crashes\n"
        "  - Failure to launch the desk on first run\n"
        "- Billing issues\n\n"
        "## Your part\n\n"
        "You are responsible for:\n\n"
        "- **Identity**\n"
        "  - Manage users\n",
    )
    pairs = _page_pairs(path)
    assert ("platform-provider", "desktop installation issues") in pairs, pairs
    assert not any("crashes" in label or "launch" in label for _, label in pairs), pairs
    assert ("customer", "manage users") in pairs, pairs


def test_a_long_condition_in_the_event_that_is_not_the_duty(tmp_path: Path) -> None:
    """ "In the event that we investigate a case and discover that … (and not …), we will
    still provide guidance …": the promise after the long condition is the duty, not the
    condition's own verbs."""
    path = _page(
        tmp_path,
        "cases.md",
        "# Quarrytech support\n\n"
        "Quarrytech is responsible for the hosts. You are responsible for your schemas.\n\n"
        "In the event that we investigate a support case and discover that the root cause of "
        "the issue is at the Quarry Ledger configuration level (and not any underlying host "
        "aspects we maintain), we will still provide guidance on remediation before closing "
        "the case.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide guidance on remediation before closing the case") in pairs
    assert not any("investigate" in label for _, label in pairs), pairs


def test_the_operator_the_reader_is_told_to_ask_is_a_role(tmp_path: Path) -> None:
    """ "Ask your cluster-wide administrator to install X": the asking is the reader's, the
    installing that administrator's (an operator noun after its modifiers), and "Your
    cluster-wide administrator will configure Y" later is the same role; "Your global team
    will …" stays no such role."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarry Ledger\n\n"
        "You are responsible for your schemas.\n\n"
        "Ask your cluster-wide administrator to install a ledger cluster.\n\n"
        "Your cluster-wide administrator will configure nightly backups.\n",
    )
    pairs = _page_pairs(path)
    assert ("cluster-wide-administrator", "install a ledger cluster") in pairs, pairs
    assert ("cluster-wide-administrator", "configure nightly backups") in pairs, pairs
    assert ("customer", "ask your cluster-wide administrator to install a ledger cluster") in pairs


def test_support_features_are_the_seller_s_and_a_participle_is_no_verb(tmp_path: Path) -> None:
    """ "Support features include:" and "Our support benefits include:" list what the writer
    sells, its duties; "Community approved patch support" under them is one duty of the
    writer's, not a community that approved something."""
    path = _page(
        tmp_path,
        "desk.md",
        "# Quarrytech support\n\n"
        "Quarrytech is responsible for the hosts. You are responsible for your schemas.\n\n"
        "## Support\n\n"
        "Support features include:\n\n"
        "- Answer questions regarding usage of specific features\n\n"
        "Our support benefits include:\n\n"
        "- Community approved patch support.\n"
        "- 24x7 support coverage.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "answer questions regarding usage of specific features") in pairs
    assert ("quarrytech", "community approved patch support") in pairs, pairs
    assert ("quarrytech", "24x7 support coverage") in pairs, pairs
    assert not any(label.startswith("approved") for _, label in pairs), pairs


def test_a_routine_passive_on_anything_is_the_provider_s(tmp_path: Path) -> None:
    """ "Old journals are periodically purged in line with the retention period": a routine
    adverb says someone keeps doing it, and no reader purges the provider's store: the
    page's provider's duty, whatever the subject (not only its own product)."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger service levels\n\n"
        "Quarrytech is responsible for the ledger hosts. You are responsible for your "
        "journals.\n\n"
        "## Retention\n\n"
        "Old journals are periodically purged in line with the retention period.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "purge old journals in line with the retention period") in pairs


def test_people_on_the_platform_are_its_customers(tmp_path: Path) -> None:
    """ "Every team on the platform must have a product owner", "We require every team on the
    platform to keep chat accounts", "Teams using the platform must rotate keys": people
    named by what they use are the customers; "The logs on the platform must be kept" names
    things, no party."""
    path = _page(
        tmp_path,
        "community.md",
        "# Quarry platform community\n\n"
        "We are responsible for the platform. You are responsible for your apps.\n\n"
        "Every team on the platform must have a product owner.\n\n"
        "We require every team on the platform to keep chat accounts for its members.\n\n"
        "Teams using the platform must rotate keys.\n\n"
        "The logs on the platform must be kept for a year.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "have a product owner") in pairs, pairs
    assert ("customer", "keep chat accounts for its members") in pairs, pairs
    assert ("customer", "rotate keys") in pairs, pairs
    assert not any(party == "customer" and "logs" in label for party, label in pairs), pairs


def test_a_plain_label_beside_party_labels_is_a_party_and_the_titled_one_provides(
    tmp_path: Path,
) -> None:
    """ "- Upstream: Publishes releases" beside "- Quarrytech: Builds the images" and "- You:
    Apply updates": the plain label over deeds is a party too, by position; of the two
    organisations no vocabulary knows, the one the title names is the platform provider."""
    path = _page(
        tmp_path,
        "images.md",
        "---\ntitle: Responsibilities for Quarrytech Hardened Images\n---\n\n"
        "Quarrytech is responsible for the build hosts.\n\n"
        "## Releases\n\n"
        "- Upstream: Publishes official releases of the components.\n"
        "- Quarrytech: Builds and signs the images.\n"
        "- You: Apply image updates in your environments.\n",
    )
    pairs = _page_pairs(path)
    assert ("upstream", "publish official releases of the components") in pairs, pairs
    assert ("quarrytech", "build and sign the images") in pairs, pairs
    facts = extract_facts(read_document(path))
    roles = {e.label: e.attrs.get("role", "") for e in facts.of_kind("party")}
    assert roles["Quarrytech"].endswith("platform-provider"), roles
    assert roles["Upstream"].endswith("unspecified"), roles


def test_deliverables_are_the_writer_s_named_where_paired_with_the_reader(tmp_path: Path) -> None:
    """ "**Deliverables:**" over "**Ledger Scope**: A document that defines …" on a page in the
    first person: each deliverable is the writer's duty, labelled by its name (the words
    after an article define it); the writer is the name the page pairs with the reader
    ("assigned either to Quarrytech or to you")."""
    path = _page(
        tmp_path,
        "offering.md",
        "# Service definition: recovery add-on\n\n"
        "In this phase we implement the recovery hosts for you.\n\n"
        "**Deliverables:**\n\n"
        "- **Ledger Scope**: A document that defines which scenarios are in scope.\n"
        "- **Rehearsal Report**: A written summary of what was tested.\n\n"
        "Action items are assigned either to Quarrytech or to you.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "ledger scope") in pairs, pairs
    assert ("quarrytech", "rehearsal report") in pairs, pairs
    assert ("quarrytech", "implement the recovery hosts for you") in pairs, pairs


def test_what_the_reader_should_do_to_each_item(tmp_path: Path) -> None:
    """ "What you should escalate to us:" over failures: escalating each is the reader's duty;
    "What you should not escalate to us:" gives none."""
    path = _page(
        tmp_path,
        "incidents.md",
        "# Quarrytech incidents\n\n"
        "Quarrytech is responsible for the platform. You are responsible for your app.\n\n"
        "What you should escalate to us:\n\n"
        "* A suspected failure of the runtime environment.\n\n"
        "What you should not escalate to us:\n\n"
        "* Failures caused by your code.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "escalate a suspected failure of the runtime environment") in pairs
    assert not any("your code" in label for _, label in pairs), pairs


def test_what_an_option_or_a_step_entails_is_told_not_owed(tmp_path: Path) -> None:
    """ "With dedicated clusters, you host your data on our hosts", "When you onboard, you
    select a region": what an option or a step entails, in the present, no duty; "With
    dedicated clusters, you must rotate the keys" still binds."""
    path = _page(
        tmp_path,
        "options.md",
        "# Quarrytech cloud overview\n\n"
        "Quarrytech is responsible for the hosts. You are responsible for your data.\n\n"
        "With dedicated clusters, you host your data on Quarrytech hosts.\n\n"
        "When you onboard to Quarrytech, you select a primary region.\n\n"
        "With dedicated clusters, you must rotate the cluster keys.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "rotate the cluster keys") in pairs, pairs
    assert not any("host your data" in label or "region" in label for _, label in pairs), pairs


def test_investing_is_a_deed_and_one_of_a_group_is_the_group(tmp_path: Path) -> None:
    """ "We invest in continuous development of the hubs": investing is a duty verb; "One of
    our engineers is always tasked with monitoring the channel": the group's (our) duty."""
    path = _page(
        tmp_path,
        "objectives.md",
        "# Quarrytech service objectives\n\n"
        "We are responsible for the hubs. You are responsible for your notebooks.\n\n"
        "We invest in continuous development of the hubs.\n\n"
        "One of our engineers is always tasked with monitoring the support channel.\n",
    )
    pairs = _page_pairs(path)
    assert ("platform-provider", "invest in continuous development of the hubs") in pairs
    assert ("platform-provider", "monitoring the support channel") in pairs, pairs


def test_a_later_verb_of_a_party_s_deeds_takes_the_base_form_too(tmp_path: Path) -> None:
    """ "Quarrytech rebuilds and re-releases images", "Quarrytech monitors for faults and
    rapidly publishes fixes": each verb of the label in the base form ("Rebuild and re-release
    images"), not the page's third person left on the second."""
    path = _page(
        tmp_path,
        "images.md",
        "# Quarrytech images\n\n"
        "Quarrytech is responsible for the image hosts. You are responsible for your apps.\n\n"
        "Quarrytech rebuilds and re-releases images with patches applied.\n\n"
        "Quarrytech monitors for faults and rapidly publishes fixes to affected images.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "rebuild and re-release images with patches applied") in pairs, pairs
    label = "monitor for faults and rapidly publish fixes to affected images"
    assert ("quarrytech", label) in pairs, pairs


def test_the_writer_named_as_owner_in_the_opening(tmp_path: Path) -> None:
    """ "This page describes the objectives of 4q4q's hub services" on a page in the first
    person that writes "4q4q" three times: 4q4q is the "we" and, beside the customer only,
    the platform provider (a name may open with a digit)."""
    path = _page(
        tmp_path,
        "objectives.md",
        "# Service Level Objectives\n\n"
        "This page describes the objectives of 4q4q's hub services.\n\n"
        "We will communicate with communities before any downtime. The hubs that 4q4q runs "
        "are monitored. Contact 4q4q support.\n\n"
        "You are responsible for your notebooks.\n",
    )
    pairs = _page_pairs(path)
    assert ("4q4q", "communicate with communities before any downtime") in pairs, pairs
    facts = extract_facts(read_document(path))
    roles = {e.label: e.attrs.get("role", "") for e in facts.of_kind("party")}
    assert roles["4q4q"].endswith("platform-provider"), roles


def test_a_promise_through_our_channels_is_the_writer_s(tmp_path: Path) -> None:
    """ "Desk status, incidents and maintenance windows will be communicated via our status
    page" and "Notification of planned downtime will be made via a notice on our website":
    an agentless promise done through the writer's own means is the writer's, on any page
    (a subject may hold commas; "made" names no deed, the subject does); "the assessment of
    risks can only be made by you" is the reader's; "For every hour late, a day will be added"
    is a credit, no promise."""
    path = _page(
        tmp_path,
        "channels.md",
        "# Quarrytech support channels\n\n"
        "Quarrytech is responsible for the desk. You are responsible for your account.\n\n"
        "## Channels\n\n"
        "- Desk status, incidents and maintenance windows will be communicated via our status "
        "page.\n\n"
        "Notification of planned downtime will be made via a notice on our website.\n\n"
        "But the assessment of risks for your systems can only be made by you.\n\n"
        "For every hour late on our side, one day will be added to your term.\n",
    )
    pairs = _page_pairs(path)
    label = "communicate desk status, incidents and maintenance windows via our status page"
    assert ("quarrytech", label) in pairs, pairs
    label = "notification of planned downtime via a notice on our website"
    assert ("quarrytech", label) in pairs, pairs
    assert ("customer", "assessment of risks for your systems") in pairs, pairs
    assert not any("day" in label for _, label in pairs), pairs


def test_a_gerund_clause_after_a_duty_is_no_second_duty(tmp_path: Path) -> None:
    """ "The team must be able to rebuild the site at any time, and having it hosted on
    GitHub is the best way to ensure that": the gerund with its own "is" is a clause, no
    second duty (nor "Having able hosted …")."""
    path = _page(
        tmp_path,
        "hosting.md",
        "# Hosting\n\n"
        "Quarrytech is responsible for the hosting.\n\n"
        "Quarrytech must be able to rebuild the site at any time, and having it hosted on "
        "GitHub is the best way for us to ensure that.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "be able to rebuild the site at any time") in pairs, pairs
    assert not any("having" in label for _, label in pairs), pairs
