"""General shapes of session 33, found on the development sets' service pages: invented
text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document
from graph.extract.labels import noun_phrase


def test_a_clause_of_when_alone_names_no_duty(tmp_path: Path) -> None:
    """Items that only say when ("Before the crane licence has expired", "If you are renting
    a depot") name no duty; an item whose main clause follows its condition ("If a key is
    lost, report it to the yard office", "If a gate key is lost it must be reported") does."""
    path = _page(
        tmp_path,
        "duties.md",
        "# Yard duties\n\n"
        "## Tenant responsibilities\n\n"
        "The tenant must renew the crane licence:\n\n"
        "- Before the crane licence has expired\n"
        "- When a change in crane models occurs\n\n"
        "The tenant is responsible for:\n\n"
        "- If you are renting a depot from Quarrytech\n"
        "- If a key is lost, report it to the yard office\n"
        "- If a gate key is lost it must be reported at once\n"
        "- Sweeping the depot floor\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert not any(label.startswith(("before", "when", "if you")) for label in labels), labels
    assert "report it to the yard office" in labels, labels
    assert any(label.startswith("if a gate key is lost it must") for label in labels), labels
    assert ("customer", "sweeping the depot floor") in pairs, labels


def test_what_another_party_can_offer_is_no_duty_of_the_lists_party(tmp_path: Path) -> None:
    """Under the customer's items, "Quarrytech can offer a yard survey as needed" says what
    Quarrytech may do: no duty of the customer's (it was the customer's, labelled with the
    whole sentence); the customer's own items stay theirs."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Yard support scope\n\n"
        "Quarrytech is responsible for the yard hardware.\n\n"
        "## Tenant-managed parts\n\n"
        "The customer is responsible for the following:\n\n"
        "- **Gate sensors**:\n"
        "  - Customers are responsible for calibrating the gate sensors\n"
        "  - Quarrytech can offer a yard survey as needed\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert not any("yard survey" in label for p, label in pairs if p == "customer"), labels
    assert ("customer", "calibrating the gate sensors") in pairs, labels


def test_a_signers_lead_in_keeps_subsections_whose_headings_name_people(tmp_path: Path) -> None:
    """ "As Yard Data Owner, I must:" over "### Safe Researchers" / "- ensure drivers are trained":
    the heading groups the signer's duties (its "Researchers" are not who holds them), so the
    items stay the Yard Data Owner's, as those under "### Safe Yards" do."""
    path = _page(
        tmp_path,
        "agreement.md",
        "# Yard data agreement\n\nThis form confirms the duties of the yard data owner.\n\n"
        "## Agreement\n\nI understand that as Yard Data Owner, I must:\n\n"
        "### Safe Yards\n\n"
        "- ensure compliance with the yard data policy,\n\n"
        "### Safe Researchers\n\n"
        "- ensure that drivers undertake crane safety training,\n"
        "- ensure that badges are revoked when drivers leave.\n",
    )
    pairs = _page_pairs(path)
    owner = "yard-data-owner"
    assert (owner, "ensure compliance with the yard data policy") in pairs, sorted(pairs)
    assert (owner, "ensure that drivers undertake crane safety training") in pairs, sorted(pairs)
    assert not any(p in ("researchers", "safe-researchers") for p, _ in pairs), sorted(pairs)


def test_a_commitment_pages_busiest_party_makes_its_promises(tmp_path: Path) -> None:
    """On a service description naming several parties and no one provider, "A notice will be
    sent to all tenants …" is the promise of the party the page gives clearly most duties
    (Quarrytech: three, the Yard Council: one); with two parties of two duties each, no one's."""
    text = (
        "# Quarry Yard Service Description\n\n"
        "Quarrytech is responsible for the yard hardware.\n\n"
        "Quarrytech maintains the gate sensors.\n\n"
        "Quarrytech monitors the crane fleet.\n\n"
        "The Yard Council approves the yearly budget.\n\n"
        "## Maintenance\n\n"
        "A notice will be sent to all tenants before planned outages.\n"
    )
    pairs = _page_pairs(_page(tmp_path, "service.md", text))
    assert ("quarrytech", "send a notice to all tenants before planned outages") in pairs, sorted(
        pairs
    )
    even = text.replace("Quarrytech monitors", "The Yard Council monitors")
    pairs = _page_pairs(_page(tmp_path, "even.md", even))
    assert not any("send a notice" in label for _, label in pairs), sorted(pairs)


def test_two_promises_joined_by_and_are_two_duties(tmp_path: Path) -> None:
    """ "Outages will be announced to tenants, and the status page will be updated." on a
    service level agreement: two promises of the provider, each its own duty."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Quarry Yard Service Level Agreement\n\n"
        "Quarrytech is responsible for the yard hardware.\n\n"
        "## Incidents\n\n"
        "Outages will be announced to tenants, and the status page will be updated.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "announce outages to tenants") in pairs, sorted(pairs)
    assert ("quarrytech", "update the status page") in pairs, sorted(pairs)


def test_a_phrasal_verb_opens_a_series_of_verbs_sharing_one_object(tmp_path: Path) -> None:
    """ "Quarrytech will set up, manage, scale and upgrade your crane fleet": one duty, every
    verb of the series taking the fleet (it was "Set up, manage, scale" and "Upgrade your
    crane fleet", the first with no object)."""
    path = _page(
        tmp_path,
        "fleet.md",
        "# Crane fleet service\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Quarrytech will set up, manage, scale and upgrade your crane fleet.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "set up, manage, scale and upgrade your crane fleet") in pairs, sorted(
        pairs
    )


def test_adjectives_under_one_indefinite_article_describe_one_thing(tmp_path: Path) -> None:
    """ "a robust and secure crane platform" and "ensuring an up to date and secure yard" are
    one thing each (they were split into "Provide a robust" / "Secure crane platform");
    "create a backup and restore the ledger" still holds two duties; "ensure these are
    correctly configured and remain reachable" is one clause (its second verb shares the
    subject: no "Ensure remain reachable")."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Crane platform\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Quarrytech is committed to providing a robust and secure crane platform.\n\n"
        "Quarrytech and tenants have shared responsibility for ensuring an up to date and "
        "secure yard.\n\n"
        "Quarrytech will create a backup and restore the ledger.\n\n"
        "If you use your own gate sensors, you must ensure these are correctly configured "
        "and remain reachable.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "provide a robust and secure crane platform") in pairs, labels
    assert not any(label.endswith(("a robust", "an up to date")) for label in labels), labels
    assert ("quarrytech", "create a backup") in pairs, labels
    assert ("quarrytech", "restore the ledger") in pairs, labels
    assert not any(label.startswith("ensure remain") for label in labels), labels


def test_a_plans_customers_are_the_customers(tmp_path: Path) -> None:
    """ "On Quarrytech Professional customers are responsible for all ledger backups": the
    subject's head is "customers" (of the Professional plan), not Quarrytech (it was)."""
    path = _page(
        tmp_path,
        "plans.md",
        "# Yard compliance\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Customers are responsible for:\n\n"
        "* **Backups** - On Quarrytech Professional customers are responsible for all ledger "
        "backups.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "all ledger backups") in pairs, sorted(pairs)
    assert ("quarrytech", "all ledger backups") not in pairs, sorted(pairs)


def test_an_adverb_before_the_responsibility_of(tmp_path: Path) -> None:
    """ "Ledger compliance is ultimately the responsibility of the tenant, however." and "Gate
    repairs are also Quarrytech's responsibility.": an adverb before "the responsibility"
    hides no one's duty (both gave none)."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard compliance\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Ledger compliance is ultimately the responsibility of the tenant, however.\n\n"
        "Gate repairs are also Quarrytech's responsibility.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "ledger compliance") in pairs, sorted(pairs)
    assert ("quarrytech", "gate repairs") in pairs, sorted(pairs)


def test_a_conceded_duty_before_a_denial_is_owed(tmp_path: Path) -> None:
    """ "Whilst Quarrytech will look after all deployed cranes, we are not privy to every
    alarm" on Quarrytech's own page: the denial is the main clause's; what the concession
    grants is Quarrytech's duty (the sentence gave none). A concession that denies ("While
    Quarrytech does not paint the cranes, …") gives none."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Support policy\n\nThese are Quarrytech's current policies for its crane service.\n\n"
        "You are responsible for your own yard data.\n\n"
        "Whilst Quarrytech will look after all deployed cranes, we are not privy to every "
        "alarm.\n\n"
        "While Quarrytech does not paint the cranes, it does not wash them either.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "look after all deployed cranes") in pairs, labels
    assert not any("paint" in label or "wash" in label for label in labels), labels


def test_a_leading_phrase_without_a_comma_before_a_party_and_its_modal(tmp_path: Path) -> None:
    """ "On weekends the tenant must report outages through the portal", "During business hours
    Quarrytech will answer calls within an hour", "On non-Business Days Tenant must …": the
    phrase sets the time, the party after it is the subject (these gave none); "In this
    document we will define the yard layers" narrates the page."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard support\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "On weekends the tenant must report outages through the portal.\n\n"
        "During business hours Quarrytech will answer calls within an hour.\n\n"
        "On non-Business Days Tenant must always phone the yard desk.\n\n"
        "In this document we will define the yard layers.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("customer", "report outages through the portal") in pairs, labels
    assert ("quarrytech", "answer calls within an hour") in pairs, labels
    assert ("customer", "phone the yard desk") in pairs, labels
    assert not any("yard layers" in label for label in labels), labels


def test_a_denied_duty_given_away_by_the_next_sentence(tmp_path: Path) -> None:
    """ "You are not responsible for oiling the cranes, nor answering tenant questions. That's
    the job of the yard developer." and "Quarrytech does not patch the gate sensors. That is the
    tenant's responsibility.": what the first sentence denies, the second gives away (both
    pairs gave nothing); a denial of no deed ("does not know X") gives nothing away."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard hosting\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "You are not responsible for oiling the cranes, nor answering tenant questions. "
        "That's the job of the yard developer.\n\n"
        "Quarrytech does not patch the gate sensors. That is the tenant's responsibility.\n\n"
        "Quarrytech does not know your gate codes. That is the tenant's responsibility.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("yard-developer", "oiling the cranes") in pairs, labels
    assert ("yard-developer", "answering tenant questions") in pairs, labels
    assert ("customer", "patch the gate sensors") in pairs, labels
    assert not any("gate codes" in label for label in labels), labels


def test_plurals_and_gerunds_before_a_head_noun_are_things_of_their_own(tmp_path: Path) -> None:
    """ "Quarrytech is responsible for backups, monitoring, and incident response": three
    duties, not "backups response" and "monitoring response"; "gate, crane, and ledger
    security" still gives each its security."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard duties\n\n"
        "Quarrytech is responsible for backups, monitoring, and incident response.\n\n"
        "The tenant is responsible for gate, crane, and ledger security.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert {"backups", "monitoring", "incident response"} <= set(labels), labels
    assert not any(label.endswith(("backups response", "monitoring response")) for label in labels)
    assert ("customer", "crane security") in pairs, labels


def test_a_cells_offer_and_its_this_includes_line_are_no_duties(tmp_path: Path) -> None:
    """In a responsibility table's cells, "Quarrytech provides tenants with the ability to
    receive the logs" (also after a product's name: "Yard Logs provides …") offers, and "This
    includes gate rules, roles and badges" after a duty says what that duty covers: neither is
    a duty of its own (both were, labelled with the whole sentence)."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard duties\n\n"
        "| Task | Quarrytech responsibilities | Your responsibilities |\n|---|---|---|\n"
        "| Access | Verify the permissions of each tenant. | Maintain any user access that you "
        "create. This includes gate rules, roles and badges. |\n"
        "| Logs | Publish log data to tenants. Quarrytech provides tenants with the ability to "
        "receive the logs. | Track gate state. |\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("customer", "maintain any user access that you create") in pairs, labels
    assert ("quarrytech", "publish log data to tenants") in pairs, labels
    assert not any(label.startswith(("this includes", "provide tenants")) for label in labels)


def test_means_in_place_to_do_a_duty_and_an_opening_frequency_adverb(tmp_path: Path) -> None:
    """ "We have locks and cameras in place to guard the crane yard": having them there is the
    writer's duty (the sentence gave nothing); "Sometimes we will repaint the gates to fix
    rust": "Sometimes" opens the sentence, no subject (it gave nothing); "You must have a spare
    key in place to open the gate" keeps its own duty, having the key."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Support policy\n\nThese are Quarrytech's current policies for its crane service.\n\n"
        "You are responsible for your own yard data.\n\n"
        "We have locks and cameras in place to guard the crane yard.\n\n"
        "Sometimes we will repaint the gates to fix rust.\n\n"
        "You must have a spare key in place to open the gate.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    writer = {p for p, label in pairs if "guard the crane yard" in label}
    assert writer and "customer" not in writer, labels
    assert any(p in writer and label.startswith("repaint the gates") for p, label in pairs)
    assert ("customer", "have a spare key in place to open the gate") in pairs, labels


def test_the_user_in_the_singular_is_one_of_the_users(tmp_path: Path) -> None:
    """ "The user must keep their badge safe" and "Each user shall log out of the yard console":
    the users' duties, as "Users must …" would be (both gave none); "A user must be able to
    ask for their ledger" is a right of any user, no duty."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard user policy\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "The user must keep their badge safe.\n\n"
        "Each user shall log out of the yard console.\n\n"
        "A user must be able to ask for their ledger.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("customer", "keep their badge safe") in pairs, labels
    assert ("customer", "log out of the yard console") in pairs, labels
    assert not any("ledger" in label for label in labels), labels


def test_need_to_is_a_modal_not_a_requirement_of_someone_else(tmp_path: Path) -> None:
    """ "You will need to coordinate with Quarrytech first to ensure the cranes are balanced":
    the reader coordinates; "need … to" names no one else who must ensure it (it gave
    Quarrytech "Ensure the cranes are balanced" once Quarrytech was a known party)."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Crane yard\n\n## Tenant responsibilities\n\n"
        "Quarrytech will deploy the cranes with the tenant-provided plan.\n\n"
        "You will need to coordinate with Quarrytech first to ensure the cranes are balanced.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("customer", "coordinate with quarrytech first") in pairs, labels
    assert not any("balanced" in label for p, label in pairs if p != "customer"), labels


def test_a_list_under_a_forbidding_heading_gives_no_duties(tmp_path: Path) -> None:
    """ "### Unacceptable Behavior" over a list ("- Tampering with the gates") under "## Tenant
    Responsibility": the items are what is forbidden, no duty of the tenant's (they were), even
    with a paragraph between the heading's lead-in and the list; a list under "### Tenant
    duties" still is."""
    path = _page(
        tmp_path,
        "rules.md",
        "# Yard acceptable use policy\n\n"
        "## Tenant Responsibility\n\n"
        "### Unacceptable Behavior\n\n"
        "Following are examples of unacceptable behavior that are subject to penalties:\n\n"
        "Using, or attempting to use, yard resources without authorization\n\n"
        "- Tampering with or obstructing the operation of the gates\n"
        "- Moving cranes of other tenants without authorization\n\n"
        "### Tenant duties\n\n"
        "Tenants must:\n\n"
        "- Report broken gates\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert not any(label.startswith(("tampering", "moving")) for label in labels), labels
    assert ("customer", "report broken gates") in pairs, labels


def test_a_page_telling_what_the_reader_will_learn_is_not_unread(tmp_path: Path) -> None:
    """ "Learn about the management responsibilities that you have when you use Yard Cloud."
    opens a responsibilities page: the page telling what it holds, not a responsibility the
    extractor failed to read (``srgraph export`` warned about it)."""
    path = _page(
        tmp_path,
        "page.md",
        "# Understanding your responsibilities\n\n"
        "Learn about the management responsibilities that you have when you use Yard Cloud.\n\n"
        "| Task | Quarrytech responsibilities | Your responsibilities |\n|---|---|---|\n"
        "| Gates | Repair the gates. | Report broken gates. |\n",
    )
    facts = extract_facts(read_document(path))
    assert not [u for u in facts.unread if u.text.startswith("Learn about")], facts.unread


def test_the_responsibility_for_a_party_as_of_a_party(tmp_path: Path) -> None:
    """A user's notes: "- crane failures are the responsibility for the provider" means the
    provider's (the line was unread); "Gate safety is the responsibility for all" names no
    party and gives none."""
    path = _page(
        tmp_path,
        "notes.md",
        "## Yard responsibility\n\n"
        "- you are always responsible for managing your badges\n"
        "- crane failures are the responsibility for the provider\n"
        "- gate safety is the responsibility for all\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("cloud-provider", "crane failures") in pairs, sorted(pairs)
    assert not any("gate safety" in label for label in labels), labels


def test_a_duty_and_a_prohibition_joined_by_and_not(tmp_path: Path) -> None:
    """ "- To act responsibly at all times and not put the cranes at risk": the duty before "and
    not" stands (the item gave nothing, read as denied); "- never share badges" is a duty to
    refrain ("Do not share badges", as "You must not share badges" is), never one to share."""
    path = _page(
        tmp_path,
        "agreement.md",
        "# Yard user agreement\n\nI agree to:\n\n"
        "- To act responsibly at all times and not put the cranes at risk.\n"
        "- never share badges\n"
        "- To report lost badges.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("customer", "act responsibly at all times") in pairs, labels
    assert ("customer", "do not share badges") in pairs, labels
    assert not any(label in ("share badges", "never share badges") for label in labels), labels
    assert not any("at risk" in label for label in labels), labels


def test_a_label_cut_after_a_conjunction_or_before_its_verb(tmp_path: Path) -> None:
    """ "- My use of the Cranes and those resources … allocated to me by authorised personnel
    will be for the yard's authorised business only." in a user's agreement was cut before its
    verb into the label "My use of the Cranes … will": a clause, no duty; a label a cut left
    ending in "and" / "or" loses it."""
    path = _page(
        tmp_path,
        "agreement.md",
        "# Yard user agreement\n\n"
        '**In using the Yard Cranes ("Cranes"), as defined by the Yard Manual, I agree:**\n\n'
        "- My use of the Cranes and those resources and functions allocated to me by authorised "
        "personnel will be for the yard's authorised business only. Any other activity, "
        "including the use of offensive material, is forbidden.\n"
        "- To report lost badges.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert not any(label.endswith(" will") for label in labels), labels
    assert ("customer", "report lost badges") in pairs, labels
    assert noun_phrase("develop or define a fix, or") == "Develop or define a fix"


def test_a_condition_after_whose_responsibility_it_is(tmp_path: Path) -> None:
    """ "Ledger backups are the tenant's responsibility if they opt out of the backup plan":
    the tenant's, under a condition (the sentence gave nothing)."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard duties\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Ledger backups are the tenant's responsibility if they opt out of the backup plan.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "ledger backups") in pairs, sorted(pairs)


def test_a_passive_enabled_by_default_and_done_by_an_agent(tmp_path: Path) -> None:
    """ "Ledger encryption at rest is enabled by default and managed by Quarrytech": the agent
    of the second participle manages it (the sentence gave nothing, "by default" standing
    between the participles); "Gate logging is enabled by default." names no one."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard security\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Ledger encryption at rest is enabled by default and managed by Quarrytech.\n\n"
        "Gate logging is enabled by default.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "manage ledger encryption at rest") in pairs, labels
    assert not any("gate logging" in label for label in labels), labels


def test_what_the_reader_is_spared_denies_nothing(tmp_path: Path) -> None:
    """ "Quarrytech maintains the cranes so you don't have to": Quarrytech's duty (the reader's
    being spared read as a denial, the sentence gave nothing); "Quarrytech does not paint the
    gates so you don't have to worry" still denies."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard service\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Quarrytech maintains the cranes so you don't have to.\n\n"
        "Quarrytech does not paint the gates so you don't have to worry.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("quarrytech", "maintain the cranes") in pairs, labels
    assert not any("paint" in label for label in labels), labels


def test_the_following_items_inline_after_a_colon(tmp_path: Path) -> None:
    """ "Tenants are responsible for the following: oiling the gates, reporting broken locks."
    in one sentence: the items after the colon are the duties (the sentence gave nothing, read
    as a lead-in over a list that never came)."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard duties\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Tenants are responsible for the following: oiling the gates, reporting broken locks.\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert ("customer", "oiling the gates") in pairs, labels
    assert ("customer", "reporting broken locks") in pairs, labels


def test_a_later_verb_before_to_takes_the_base_form(tmp_path: Path) -> None:
    """ "Quarrytech inspects the cranes and responds to gate alarms": the second verb phrase
    is labelled in the base form as the first is ("Respond to gate alarms", it was "Responds
    to …"), the page's words kept as its alternative label."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard service\n\nQuarrytech is responsible for the yard hardware.\n\n"
        "Quarrytech inspects the cranes and responds to gate alarms.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "respond to gate alarms") in pairs, sorted(pairs)
    facts = extract_facts(read_document(path))
    duty = next(e for e in facts.of_kind("duty") if e.label == "Respond to gate alarms")
    assert "responds to gate alarms" in [a.lower() for a in duty.alt_labels], duty.alt_labels
