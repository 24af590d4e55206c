"""General shapes of session 32, found on the development set's service pages (a team named
in capitals, a scope heading, relative passives, a product's maker): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_a_things_scope_heading_names_no_party(tmp_path: Path) -> None:
    """ "## Migration Project Scope": the scope of a thing, not a party called "Migration
    Project"; the lead-in under it names who does the list ("the Relocation Team will:"). A
    known party's scope ("## Customer scope") is still that party's."""
    path = _page(
        tmp_path,
        "service.md",
        "# Quarrytech Relocation Service\n\n"
        "Quarrytech's Relocation Service moves your depots to Quarrytech yards.\n\n"
        "## Relocation Project Scope - What's Included\n\n"
        "You'll meet with a relocation manager to list the depots to move.\n\n"
        "For all depots identified in the plan, the Relocation Team will:\n\n"
        "- Transfer the cranes and trucks\n\n"
        "- Split up shared depots\n\n"
        "## Customer scope\n\n"
        "- Provide a depot inventory\n",
    )
    pairs = _page_pairs(path)
    assert not any(p == "relocation-project" for p, _ in pairs), sorted(pairs)
    team = {p for p, label in pairs if label == "split up shared depots"}
    assert team and "customer" not in team, sorted(pairs)
    assert ("customer", "provide a depot inventory") in pairs, sorted(pairs)


def test_a_team_named_in_capitals_is_not_the_readers(tmp_path: Path) -> None:
    """After a sentence about the reader ("You'll meet a manager"), "the Migrations Team will:"
    is a team the page names, not "the team" pointing back at the reader."""
    path = _page(
        tmp_path,
        "scope.md",
        "## Scope\n\n"
        "You'll meet with a manager to outline the requirements.\n\n"
        "The Migrations Team will:\n\n"
        "- Transfer site code and files\n"
        "- Split up multisites\n",
    )
    pairs = _page_pairs(path)
    assert ("migrations-team", "split up multisites") in pairs, sorted(pairs)
    assert ("customer", "split up multisites") not in pairs, sorted(pairs)


def test_a_named_vendor_is_not_the_maker_of_a_product_it_mentions(tmp_path: Path) -> None:
    """A page's own vendor, given the provider's role because it faces the customer alone, is
    no organisation of the vocabulary whose product the page mentions ("via New Relic"): only a
    role's bare party ("the CDN provider") is tied to the one organisation named in its role."""
    path = _page(
        tmp_path,
        "service.md",
        "# Quarrytech Hosting\n\n"
        "Quarrytech hosts your depot sites. Quarrytech runs the yards for you.\n\n"
        "## What we do\n\n"
        "Quarrytech will:\n\n"
        "- Configure cron triggering services, via New Relic\n"
        "- Patch the yard servers\n\n"
        "## What you do\n\n"
        "You will:\n\n"
        "- Provide a site inventory\n",
    )
    facts = extract_facts(read_document(path))
    quarrytech = [p for p in facts.of_kind("party") if p.label == "Quarrytech"]
    assert quarrytech, [p.label for p in facts.of_kind("party")]
    assert not quarrytech[0].attrs.get("organization"), quarrytech[0].attrs


def test_a_relative_passive_says_what_its_agent_does_to_its_own_noun(tmp_path: Path) -> None:
    """ "We fix faults that have been found by our engineers": the writer fixes the faults (the
    relative clause is no duty "Find we fix faults"); "The yard layer covers the cranes,
    trucks, etc., which are managed by Quarrytech": Quarrytech manages what the clause names;
    "… enables depots to create and publish forms, which are hosted by Quarrytech": the forms."""
    path = _page(
        tmp_path,
        "model.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech runs the yards. You run the depots.\n\n"
        "We fix faults that have been found by our engineers.\n\n"
        "The yard layer covers the area around the cranes, trucks, etc., which is managed by "
        "Quarrytech.\n\n"
        "The service enables depots to create and publish forms, which are hosted by Quarrytech.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "fix faults that have been found by our engineers") in pairs, labels
    assert not any(label.startswith("find ") for label in labels), labels
    assert any(
        p == "quarrytech" and label.startswith("manage") and "cranes, trucks" in label
        for p, label in pairs
    ), labels
    assert not any("layer covers" in label for label in labels), labels
    assert ("quarrytech", "host forms") in pairs, labels


def test_an_agreement_in_raw_html_and_its_obliged_party(tmp_path: Path) -> None:
    """A statement of work written in raw HTML inside Markdown: each clause titled in its own
    ``<div>`` is the duty its sentence states; "The Customer will therefore be required to:"
    (an adverb, a modal's "be required to") gives the list to the customer; "Prior to X, at
    its own expense, test …" is the test, not the time before it."""
    path = _page(
        tmp_path,
        "sow.md",
        "# Statement of work\n\n"
        "<div>\nThe Supplier undertakes to assist the Customer in the rollout.\n</div>\n\n"
        "<ol>\n<li><span>\n<div>Kick-off meeting</div>\n"
        "<div>\nThe Supplier will arrange a kick-off meeting with the Customer.\n</div>\n"
        "</span></li>\n</ol>\n\n"
        "<div>\nThe rollout depends on the Customer. The Customer will therefore be required\n"
        "to:\n</div>\n\n"
        "<ol>\n<li><span>\nAssign a project leader for the rollout;\n</span></li>\n"
        "<li><span>\nPrior to going live in production, at its own expense, test and accept "
        "the delivery.\n</span></li>\n</ol>\n",
    )
    pairs = _page_pairs(path)
    supplier = {p for p, label in pairs if "kick-off meeting" in label}
    assert supplier and "customer" not in supplier, sorted(pairs)
    assert ("customer", "assign a project leader for the rollout") in pairs, sorted(pairs)
    assert ("customer", "test and accept the delivery") in pairs, sorted(pairs)
    assert not any(label.startswith("prior to") for _, label in pairs), sorted(pairs)


def test_tier_headings_name_their_parties(tmp_path: Path) -> None:
    """ "### Operate: Quarrytech Yards", "### Configure: Depot Ops/Managed Service Provider",
    "### Consume: End Users": sibling headings, each a one-word tier and the name of who holds
    it, one of them a party a vocabulary knows, each over its party's list (not the page
    title's "Quarrytech Depots: Roles"); names joined by "/" keep the known one's role. A lone
    "### Note: Keep Keys Safe" among other headings names no party."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Quarrytech Depots: Roles and Responsibilities\n\n"
        "Depot co-management is a collaboration between three parties.\n\n"
        "### Operate: Quarrytech Yards\n\n- Crane deployment\n- OS updates\n\n"
        "### Configure: Depot Ops/Managed Service Provider\n\n- Tier 1 support\n\n"
        "### Consume: End Users\n\n- Manage user groups\n\n"
        "## Tips\n\n### Note: Keep Keys Safe\n\n- Rotate keys\n\n### Other\n\nNothing.\n",
    )
    facts = extract_facts(read_document(path))
    held = {
        facts.entities[r.object].label: facts.entities[r.subject]
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }
    assert held["Crane deployment"].label == "Quarrytech Yards", held["Crane deployment"]
    assert held["Tier 1 support"].attrs["role"].endswith("/managed-service-provider")
    assert held["Manage user groups"].attrs["role"].endswith("/customer")
    assert "Keep Keys Safe" not in {p.label for p in facts.of_kind("party")}


def test_requestors_see_the_following_done_and_what_is_no_longer_needed(tmp_path: Path) -> None:
    """ "Yard stewards must ensure the following actions are performed:" gives the list to
    the stewards; "Delete all crates that are no longer needed" is a duty (the negation is
    the relative clause's, not the instruction's); "SRE's are responsible for X": the SREs
    (an initialism's plural written with an apostrophe), as "SREs are" is."""
    path = _page(
        tmp_path,
        "service.md",
        "# Quarry yard service\n\n"
        "## Housekeeping\n\n"
        "Yard stewards must ensure the following actions are performed:\n\n"
        "- Delete all crates (including pallets and bins) that are no longer needed or used.\n"
        "- Answer e-mails from the yard owners in time.\n\n"
        "## Engineers\n\n"
        "SRE's are responsible for the crane firmware.\n\n"
        "SREs are responsible for the gate sensors.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "yard-stewards",
        "delete all crates (including pallets and bins) that are no longer needed or used",
    ) in pairs, sorted(pairs)
    assert ("yard-stewards", "answer e-mails from the yard owners in time") in pairs, sorted(pairs)
    assert ("sres", "crane firmware") in pairs, sorted(pairs)
    assert ("sres", "gate sensors") in pairs, sorted(pairs)


def test_a_service_level_agreements_promises_that_name_no_one_are_the_providers(
    tmp_path: Path,
) -> None:
    """On a page whose title names a provider's commitments ("Service Level Agreement"), "Yard
    outages will be handled by priority" is the provider's promise, labelled in the active
    ("Handle yard outages …") with the page's words kept; in a paragraph and in a list item.
    A state ("will be listed"), a named doer ("by the tenant") and the same sentence on a
    page that makes no commitments are none; nor under the customer's own heading."""
    sla = _page(
        tmp_path,
        "sla.md",
        "# Quarry Yard Service Level Agreement\n\n"
        "This agreement is made between you and the service provider Quarrytech.\n\n"
        "Quarrytech is responsible for the yard hardware.\n\n"
        "## Incidents\n\n"
        "Yard outages will be handled according to their priority.\n\n"
        "- Planned breaks will be announced to users three weeks in advance.\n"
        "- Spare cranes will be listed in the catalogue.\n\n"
        "Gate keys will be returned by the tenant.\n\n"
        "## Customer responsibilities\n\n"
        "Your depot inventory will be reviewed yearly.\n",
    )
    pairs = _page_pairs(sla)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "handle yard outages") in pairs, labels
    assert ("quarrytech", "announce planned breaks to users three weeks in advance") in pairs, (
        labels
    )
    assert not any("spare cranes" in label for label in labels), labels
    assert ("quarrytech", "return gate keys") not in pairs, labels
    assert ("quarrytech", "review your depot inventory yearly") not in pairs, labels
    facts = extract_facts(read_document(sla))
    outage = next(e for e in facts.of_kind("duty") if e.label.startswith("Handle yard outages"))
    assert "Yard outages will be handled" in outage.alt_labels, outage.alt_labels
    notes = _page(
        tmp_path,
        "notes.md",
        "# Quarry yard notes\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Yard outages will be handled according to their priority.\n",
    )
    assert not any("outages" in label for _, label in _page_pairs(notes))


def test_the_asker_does_its_own_deed_and_a_titled_lead_in_is_no_duty(tmp_path: Path) -> None:
    """ "We will contact you and ask you to act": the writer contacts the reader, the reader
    acts; "Quarrytech will review the logs and ask you to rotate the keys": the same of a
    named party (not "Review ask you to …"); "The wizard will open and ask you to pick a zone"
    is no party's asking. "- **Technical**: Adds support for:" over sub-items is a lead-in,
    not a role "Technical" whose duty is "Add support for"."""
    path = _page(
        tmp_path,
        "support.md",
        "# Support scope\n\n"
        "This is the support scope of Quarrytech for its hosted yards.\n\n"
        "You are responsible for your own depots.\n\n"
        "If your depot overloads the cranes, we will contact you and ask you to take action.\n\n"
        "Quarrytech will review the logs and ask you to rotate the keys.\n\n"
        "The wizard will open and ask you to pick a zone.\n\n"
        "## Tiers\n\n"
        "- **Technical**: Adds support for:\n"
        "  - Crane firmware\n"
        "  - Gate sensors\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "contact you") in pairs, labels
    assert ("customer", "take action") in pairs, labels
    assert ("quarrytech", "review the logs") in pairs, labels
    assert ("customer", "rotate the keys") in pairs, labels
    assert not any(label.startswith("review ask") for label in labels), labels
    assert ("customer", "pick a zone") not in pairs, labels
    assert not any(label == "add support for" for label in labels), labels


def test_a_labelled_body_defined_by_what_its_members_do(tmp_path: Path) -> None:
    """ "**Yard Facilitation:** This is the group of facilitators that develop guides, triage
    tickets, and train stewards": the labelled body (not "Yard Facilitation This") holds each
    duty of the series, one by one."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Roles\n\nThese are the roles of Quarrytech for its hosted yards.\n\n"
        "**Yard Facilitation:** This is the group of facilitators that develop depot guides, "
        "assist with onboarding new tenants, triage support tickets, and train stewards.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "develop depot guides",
        "assist with onboarding new tenants",
        "triage support tickets",
        "train stewards",
    ):
        assert ("yard-facilitation", label) in pairs, sorted(pairs)


def test_a_names_users_are_the_customers(tmp_path: Path) -> None:
    """ "Quarrytech users must patch their VMs", "Quarrytech cloud customers must rotate their
    keys": the customers (the head noun), not Quarrytech nor an unread sentence; "Quarrytech
    engineers will patch the hosts" are no customers."""
    path = _page(
        tmp_path,
        "service.md",
        "# Quarrytech service description\n\n"
        "The Quarrytech cloud provides private yards. Quarrytech runs the racks.\n\n"
        "Quarrytech users must patch their VMs.\n\n"
        "Quarrytech cloud customers must rotate their keys.\n\n"
        "Quarrytech engineers will patch the hosts.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "patch their vms") in pairs, sorted(pairs)
    assert ("customer", "rotate their keys") in pairs, sorted(pairs)
    assert ("customer", "patch the hosts") not in pairs, sorted(pairs)
    assert any(label == "patch the hosts" for _, label in pairs), sorted(pairs)


def test_a_title_over_party_subsections_is_not_called_silent(tmp_path: Path) -> None:
    """ "# Quarrytech Depots: Roles and Responsibilities" names a party, and its own text
    gives no duty, but its subsections do: no warning that the section names a party but
    gave no duty; one is still given for a party's section whose subsections give none."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Quarrytech Depots: Roles and Responsibilities\n\n"
        "Depot co-management is a collaboration between three parties.\n\n"
        "### Operate: Quarrytech Yards\n\n- Crane deployment\n\n"
        "### Consume: End Users\n\n- Manage user groups\n\n"
        "## Customer responsibilities\n\nCustomers are welcome here.\n\n### Notes\n\nNone.\n",
    )
    warnings = extract_facts(read_document(path)).warnings
    assert not any("Roles and Responsibilities" in w for w in warnings), warnings
    assert any("'Customer responsibilities' names a party" in w for w in warnings), warnings


def test_what_a_provider_guarantees_is_its_own(tmp_path: Path) -> None:
    """ "The Hosting Provider guarantees the following additional services:" gives its list to
    the provider (they were the reader's instructions); a promise in the passive keeps a
    lower-case article in the active label ("Maintain a minimum bandwidth …", not "Maintain
    A minimum …")."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Service Level Agreement\n\n"
        "This agreement is between Quarrytech (the Hosting Provider) and you. You are "
        "responsible for your data.\n\n"
        "The Hosting Provider guarantees the following additional services:\n\n"
        "- Restore service within one business day\n"
        "- Back up all data nightly\n\n"
        "A minimum bandwidth of 1000 Mbps will be maintained for all hosted connections.\n",
    )
    pairs = _page_pairs(path)
    providers = {p for p, label in pairs if label == "back up all data nightly"}
    assert providers and "customer" not in providers, sorted(pairs)
    facts = extract_facts(read_document(path))
    labels = {e.label for e in facts.of_kind("duty")}
    assert "Maintain a minimum bandwidth of 1000 Mbps for all hosted connections" in labels, labels


def test_a_name_before_a_participle_is_part_of_the_item(tmp_path: Path) -> None:
    """ "- **Quarrytech services running within the cluster**" under "Quarrytech is
    responsible for the core services. This includes:": the item names a thing (the services
    running there), not a subject and its verb ("Running within the cluster")."""
    path = _page(
        tmp_path,
        "policy.md",
        "# Support policy\n\nThese are the policies of Quarrytech for its hosted yards.\n\n"
        "## Core\n\nQuarrytech is responsible for the core services. This includes:\n\n"
        "- **Quarrytech services running within the cluster**\n"
        "- **Helm chart** configuration\n",
    )
    labels = {label for _, label in _page_pairs(path)}
    assert "quarrytech services running within the cluster" in labels, sorted(labels)
    assert "running within the cluster" not in labels, sorted(labels)


def test_a_page_speaking_to_a_qualified_provider_and_its_you_items(tmp_path: Path) -> None:
    """ "As a qualified *Quarry hosting provider* you assume the following
    **responsibilities**:" (an adjective before the emphasised role): the page speaks to the
    hosting provider, so its "you" is that provider, not the customer; an item "You care about
    scaling" under it is labelled without its restated "You", whatever its verb."""
    path = _page(
        tmp_path,
        "hosting.rst",
        "Being a Quarry hosting provider\n===============================\n\n"
        "As a qualified *Quarry hosting provider* you assume the following\n"
        "**responsibilities**:\n\n"
        "- You set up a virtual machine for each yard.\n\n"
        "- You care about scaling.\n\n"
        "- you help end-users with certain problems.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarry-hosting-provider", "set up a virtual machine for each yard") in pairs, sorted(
        pairs
    )
    assert ("quarry-hosting-provider", "care about scaling") in pairs, sorted(pairs)
    assert ("quarry-hosting-provider", "help end-users with certain problems") in pairs, sorted(
        pairs
    )
    assert not any(p == "customer" for p, _ in pairs), sorted(pairs)


def test_an_address_names_no_organisation(tmp_path: Path) -> None:
    """A link into another company's site ("[health checks](https://cloud.google.com/…)") does
    not name that company: the page's generic "Provider" is not tied to Google, as it would be
    to an organisation the page names in the provider's role."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Hosting agreement\n\n"
        "The Provider hosts and manages a Kubernetes cluster for the Customer.\n\n"
        "The Customer implements [health checks](https://cloud.google.com/blog/health-checks) "
        "for each service.\n",
    )
    facts = extract_facts(read_document(path))
    orgs = {p.attrs.get("organization", "") for p in facts.of_kind("party")}
    assert not any(o.endswith(("/google", "/aws", "/amazon")) for o in orgs), orgs


def test_a_support_portal_and_a_service_hours_value_are_no_parties(tmp_path: Path) -> None:
    """ "- **Yard Portal**: The Provider's web-based support system that provides access to
    information and permits browsing incidents": a thing defined (its head noun "system"),
    not a party providing access; "- **Yard Desk**: The Provider's team that answers
    incidents" still names a body, "an upper level position in the organization that has
    ultimate responsibility" a role. A plan table's "9x5*" cell is a value, not a party holding
    its row."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Support service-level agreement\n\n"
        "Quarrytech is responsible for the yard hardware.\n\n"
        "## Definitions\n\n"
        "* **Yard Portal**: The Provider's web-based support system that provides access to "
        "information and permits browsing incidents.\n"
        "* **Yard Desk**: The Provider's team that answers incidents.\n"
        "* **Yard Trustee**: an upper level position in the organization that has ultimate "
        "responsibility for the yard data.\n\n"
        "## Support services\n\n"
        "| **Service** | **Bronze** | **Silver** | **Gold** |\n|---|---|---|---|\n"
        "| **Portal access for contacts** | 24/7 | 24/7 | 24/7 |\n"
        "| **Phone support Crisis Incidents** | 9x5* | 24/7 | 24/7 |\n"
        "| **Phone support Critical Incidents** | 9x5* | 9x5* | 24/7 |\n"
        "| **Phone support Standard Incidents** | 9x5* | 9x5* | 24/7 |\n"
        "| **Prioritized queuing** | No | No | Yes |\n",
    )
    pairs = _page_pairs(path)
    assert not any(p in ("yard-portal", "9x5") for p, _ in pairs), sorted(pairs)
    assert any(p == "yard-desk" for p, _ in pairs), sorted(pairs)
    assert any(p == "yard-trustee" for p, _ in pairs), sorted(pairs)  # a position's


def test_what_a_vendor_supplies_and_a_share_of_the_responsibility(tmp_path: Path) -> None:
    """ "In a traditional yard, the vendor supplies:" gives its list to the vendor (on a page of
    a vendor, that one; not the reader's instructions: "supplies",
    "furnishes", "delivers" as "provides" does); "In a traditional yard, the customer also has
    a fair share of the responsibility. This includes:" gives the list after it to the
    customer (the sentence names a holder but no duty), not to the last duty's party."""
    path = _page(
        tmp_path,
        "colocation.md",
        "# Yard colocation\n\nThese are the policies of Quarrytech for its hosted yards.\n\n"
        "Quarrytech runs the gates.\n\n"
        "In a traditional yard, the vendor supplies:\n\n"
        "- Physical space\n- Power to the cabinets\n\n"
        "In a traditional yard, the customer also has a fair share of the responsibility. "
        "This includes:\n\n"
        "- Procurement of the crane fleet\n- Monitoring of all cranes\n",
    )
    pairs = _page_pairs(path)
    vendor = {p for p, label in pairs if label == "physical space"}
    assert vendor and "customer" not in vendor, sorted(pairs)
    assert ("customer", "procurement of the crane fleet") in pairs, sorted(pairs)
    assert ("customer", "monitoring of all cranes") in pairs, sorted(pairs)


def test_a_party_accepting_or_acknowledging_its_responsibility(tmp_path: Path) -> None:
    """ "Customer acknowledges their sole responsibility for X", "The tenant accepts full
    responsibility for Y": the party's responsibility for X and Y, as "takes responsibility
    for" is; "Quarrytech does not accept responsibility for lost crates" denies one."""
    path = _page(
        tmp_path,
        "terms.md",
        "# Yard hosting terms\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Customer acknowledges their sole responsibility for the compliance of their crates "
        "with applicable laws.\n\n"
        "The tenant accepts full responsibility for the security of their accounts.\n\n"
        "Quarrytech does not accept responsibility for lost crates.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "customer",
        "compliance of their crates with applicable laws",
    ) in pairs, sorted(pairs)
    assert any(label == "security of their accounts" for _, label in pairs), sorted(pairs)
    assert not any("lost crates" in label for _, label in pairs), sorted(pairs)


def test_an_items_later_verbs_after_its_stripped_subject(tmp_path: Path) -> None:
    """ "- Customer assigns gate contacts and communicates any changes to the list to
    Quarrytech" under the customer's heading: two duties, each verb in the base form ("Assign
    gate contacts", "Communicate any changes …"), not one duty that keeps "communicates"."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Yard support agreement\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "## Customer responsibilities\n\n"
        "* Customer assigns gate contacts and communicates any changes to the list to "
        "Quarrytech.\n"
        "* Customer keeps the crane log.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "assign gate contacts") in pairs, sorted(pairs)
    assert ("customer", "communicate any changes to the list to quarrytech") in pairs, sorted(pairs)


_SUPPORT_TERMS = (
    "# Support Terms and Conditions\n\n"
    'These Support Terms govern the support services provided by Quarry Works ("Provider," '
    '"we," "us," or "our") to customers ("Customer," "you," or "your") of the yard '
    "software.\n\n"
    "## 1. Definitions\n\n"
    '**1.1 "Support Request"** means a formal communication from Customer to Provider '
    "through an authorized support channel.\n\n"
    "## 4. Support Scope\n\n"
    "The following services are included in all support tiers:\n\n"
    "**Installation and Deployment**\n"
    "- Assistance with initial installation\n"
    "- Troubleshooting installation failures\n\n"
    "**Operational Support**\n"
    "- Backup and recovery guidance\n\n"
    "## 7. Maintenance\n\n"
    "Emergency maintenance may be performed without advance notice when required to:\n\n"
    "- Address critical security vulnerabilities\n"
    "- Restore service after an outage\n\n"
    "Customers will be notified as soon as practicable via status page and email.\n\n"
    "## 8. Customer Responsibilities\n\n"
    "Customer agrees to:\n\n- Designate qualified contacts\n"
)


def test_support_terms_name_their_provider_and_its_grouped_services(tmp_path: Path) -> None:
    """Support terms "provided by Quarry Works ("Provider," "we," …) to customers": the page's
    writer is Quarry Works, though no vocabulary knows it; "The following services are
    included in all support tiers:" over lists grouped under bold labels gives every group's
    items to it; "Customers will be notified …" on such terms (a commitment title) is its
    promise. A definition '1.1 "Support Request" means …' is no instruction, and "Emergency
    maintenance may be performed … when required to:" lists purposes, no one's duties."""
    path = tmp_path / "support-terms.md"
    path.write_text(_SUPPORT_TERMS, encoding="utf-8")
    pairs = _page_pairs(path)
    for label in (
        "assistance with initial installation",
        "troubleshooting installation failures",
        "backup and recovery guidance",
        "notify customers as soon as practicable via status page and email",
    ):
        assert ("quarry-works", label) in pairs, sorted(pairs)
    assert ("customer", "designate qualified contacts") in pairs, sorted(pairs)
    labels = [label for _, label in pairs]
    assert not any("means a formal communication" in label for label in labels), labels
    assert not any("restore service" in label for label in labels), labels


def test_a_noun_item_with_a_while_clause_is_still_a_duty(tmp_path: Path) -> None:
    """ "- Workaround guidance while fixes are developed" under what a party is responsible
    for: a noun phrase and a clause of time ("while", "after", "before", "since" as "until"
    already did), not a statement about things ("Guidance … are developed")."""
    path = _page(
        tmp_path,
        "support.md",
        "# Support\n\nQuarrytech is responsible for:\n\n"
        "- Investigation of reported crane defects\n"
        "- Workaround guidance while fixes are developed\n"
        "- Spare parts after warranties are expired\n",
    )
    labels = {label for _, label in _page_pairs(path)}
    assert "workaround guidance while fixes are developed" in labels, sorted(labels)
    assert "spare parts after warranties are expired" in labels, sorted(labels)


def test_we_monitor_and_both_parties_agree(tmp_path: Path) -> None:
    """ "We continuously monitor:" over noun items: the writer monitors each ("Monitor error
    rates"); "Both parties agree to:" gives each item to every party holding duties so far
    (here the writer and the customer), as a shared duty."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Service Level Agreement\n\n"
        'This agreement is entered into between Quarry Works Inc. ("Quarry Works," "we," '
        '"us") and the customer ("Customer," "you").\n\n'
        "## Monitoring\n\nWe continuously monitor:\n\n- Crane availability\n- Error rates\n\n"
        "## Your Responsibilities\n\n- Provide accurate contact information\n\n"
        "## Mutual Obligations\n\nBoth parties agree to:\n\n- Work collaboratively on issues\n"
        "- Maintain confidentiality\n",
    )
    pairs = _page_pairs(path)
    assert ("quarry-works-inc", "monitor crane availability") in pairs, sorted(pairs)
    assert ("quarry-works-inc", "monitor error rates") in pairs, sorted(pairs)
    for party in ("quarry-works-inc", "customer"):
        assert (party, "work collaboratively on issues") in pairs, sorted(pairs)
        assert (party, "maintain confidentiality") in pairs, sorted(pairs)


def test_included_tasks_headings_and_asides(tmp_path: Path) -> None:
    """ "### Included Tasks for Plugins" and "### Included Configuration Support" on a vendor's
    service page: the vendor's tasks (they were unread); an item's second sentence wholly in
    brackets ("(Review our documentation first.)") is an aside, no duty; "… time for
    researching issues and implementing known solutions to incompatibilities that have been
    identified by our teams" makes no "Identify researching issues" (the relative clause is
    about the incompatibilities, after the preposition)."""
    path = _page(
        tmp_path,
        "migration.md",
        "# Quarrytech Relocation Service\n\n"
        "Quarrytech's Relocation Service moves your depots to Quarrytech yards. Quarrytech "
        "runs the yards.\n\n"
        "## Scope\n\n### Included Tasks for Cranes\n\n"
        "- Crane audit\n  - Disable unsupported crane modules\n\n"
        "### Included Configuration Support\n\n"
        "- Gate configuration\n  - Configure gates that use old badges to use new ones. (Review "
        "our documentation on known limitations first.)\n\n"
        "### Known issues\n\n"
        "Each relocation includes five hours of the team's time for researching issues and "
        "implementing known solutions to incompatibilities that have been identified by our "
        "crane teams.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "disable unsupported crane modules") in pairs, labels
    assert any(p == "quarrytech" and label.startswith("configure gates") for p, label in pairs)
    assert not any("review our documentation" in label for label in labels), labels
    assert not any(label.startswith("identify") for label in labels), labels


def test_a_signed_agreements_i_and_its_grouped_duties(tmp_path: Path) -> None:
    """An agreement its reader signs: "I understand that as Yard Data Owner, I must:" gives the
    lists of the subsections after it ("### Safe Yards" / "- …") to the Yard Data Owner; an
    item "be accountable for X" is an accountability, not a responsibility; on another page,
    "I agree to:" is the reader's (the signer), not a party called "I"."""
    path = _page(
        tmp_path,
        "agreement.md",
        "# Yard data agreement\n\nThis form confirms the duties of the yard data owner.\n\n"
        "## Agreement\n\nI understand that as Yard Data Owner, I must:\n\n"
        "### Safe Yards\n\n"
        "- be accountable for reporting crane incidents,\n"
        "- ensure compliance with the yard data policy,\n\n"
        "### Safe Outputs\n\n"
        "- be accountable for secure deletion of crane logs.\n",
    )
    facts = extract_facts(read_document(path))
    held = {
        (facts.entities[r.subject].label, r.predicate, facts.entities[r.object].label)
        for r in facts.relations
    }
    owner = "Yard Data Owner"
    assert (owner, "accountableFor", "Reporting crane incidents") in held, sorted(held)
    assert (owner, "responsibleFor", "Ensure compliance with the yard data policy") in held
    assert (owner, "accountableFor", "Secure deletion of crane logs") in held, sorted(held)
    other = _page(
        tmp_path,
        "researcher.md",
        "# Researcher agreement\n\nThis form is for approved researchers.\n\n"
        "I agree to:\n\n- undertake yard safety training every year,\n- report lost badges.\n",
    )
    pairs = _page_pairs(other)
    assert ("customer", "undertake yard safety training every year") in pairs, sorted(pairs)
    assert not any(p == "i" for p, _ in pairs), sorted(pairs)


def test_our_and_your_option_headings(tmp_path: Path) -> None:
    """ "### Our All-Inclusive responsibilities" and "### Your Yard Hosted responsibilities"
    (one option of the service): the writer's and the reader's duties, not parties called
    "All-Inclusive" or "Yard Hosted"; "### Our engineers' responsibilities" keeps its name."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Quarrytech Yard Service Scope\n\n"
        "This document describes the responsibilities of both you and Quarrytech for the "
        "Quarrytech yard service.\n\n"
        "## Our responsibilities\n\n### Our All-Inclusive responsibilities\n\n"
        "- Monitoring your cranes and running diagnostics\n\n"
        "## Your responsibilities\n\n### Your Yard Hosted responsibilities\n\n"
        "- Arranging a maintenance contract for your cranes\n",
    )
    pairs = _page_pairs(path)
    parties = {p for p, _ in pairs}
    assert not parties & {"all-inclusive", "yard-hosted"}, sorted(pairs)
    assert ("customer", "arranging a maintenance contract for your cranes") in pairs, sorted(pairs)
    monitoring = {p for p, label in pairs if label.startswith("monitoring your cranes")}
    assert monitoring and "customer" not in monitoring, sorted(pairs)


def test_everyone_in_the_yard_is_the_reader(tmp_path: Path) -> None:
    """ "Everyone in the yard is responsible for keeping their safety training up to date": the
    people the page speaks to (its readers), not no one."""
    path = _page(
        tmp_path,
        "manual.md",
        "# Yard manual\n\nYou must wear a helmet in the yard.\n\n"
        "Everyone in the yard is responsible for keeping their safety training up to date.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "keeping their safety training up to date") in pairs, sorted(pairs)


def test_a_roles_permissions_and_subjectless_obligations(tmp_path: Path) -> None:
    """Under a role's heading, "- Can submit jobs", "- Allowed to use scratch storage", "- Have
    full access to the crane logs" are permissions, no duties; "- Must follow the fair usage
    policy" and "- Required to submit a recommendation letter" are duties ("Follow the fair
    usage policy", "Submit a recommendation letter")."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Yard roles\n\nThe following roles define access levels and responsibilities.\n\n"
        "### Yard Researchers\n\n"
        "- Can submit **jobs to the crane queue** and use **available tools**.\n"
        "- Allowed to use **scratch storage for temporary data**.\n"
        "- Have full access to **the crane logs**.\n"
        "- Must follow **fair usage policies** to share the cranes.\n\n"
        "### Yard Students\n\n"
        "- Required to submit a **recommendation letter** to gain access.\n",
    )
    labels = {label for _, label in _page_pairs(path)}
    assert "follow fair usage policies to share the cranes" in labels, sorted(labels)
    assert "submit a recommendation letter to gain access" in labels, sorted(labels)
    assert not any(label.startswith(("can ", "allowed", "have full access")) for label in labels), (
        sorted(labels)
    )


def test_i_agree_after_clauses_of_its_own(tmp_path: Path) -> None:
    """ "**In using the Quarry Yards ('Yards'), as defined by the yard rules, I agree:**" over
    "- To comply with all yard procedures." / "- To keep badges secure.": the signer's duties
    (the reader's), though clauses with commas come before "I agree"."""
    path = _page(
        tmp_path,
        "agreement.md",
        "# Yard user agreement\n\nThis form is for approved yard users.\n\n"
        "**In using the Quarry Yards ('Yards'), as defined by the yard rules, I agree:**\n\n"
        "- To comply with all yard procedures in relation to my use of the Yards.\n"
        "- To keep badges secure including passwords.\n",
    )
    pairs = _page_pairs(path)
    assert any(
        p == "customer" and label.startswith("comply with all yard procedures")
        for p, label in pairs
    ), sorted(pairs)
    assert ("customer", "keep badges secure") in pairs or any(
        p == "customer" and label.startswith("keep badges secure") for p, label in pairs
    ), sorted(pairs)
