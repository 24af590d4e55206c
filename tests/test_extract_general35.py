"""General shapes of session 35, found on evaluation sets and corpus pages: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph.text import sentences


def test_a_party_available_to_act_commits_to_the_act(tmp_path: Path) -> None:
    """ "Our support team is available to provide support related to X", "Quarrytech is available
    to support customer efforts to Y": the party stands ready to do it, its duty (the whole
    sentence was the label, or nothing); a thing available to a party is no duty."""
    path = _page(
        tmp_path,
        "desk.md",
        "# Crane help at Quarrytech\n\n"
        "## Scope of help\n\n"
        "Quarrytech leases cranes to builders. Our support team is available to provide support "
        "related to the physical operation of the cranes we lease.\n\n"
        "- Quarrytech is available to support customer efforts to restore jammed winches upon "
        "request.\n\n"
        "The crane log is available to all builders.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "quarrytech",
        "provide support related to the physical operation of the cranes we lease",
    ) in pairs, pairs
    assert (
        "quarrytech",
        "support customer efforts to restore jammed winches upon request",
    ) in pairs, pairs
    assert not any("crane log" in label for _, label in pairs), pairs


def test_this_includes_after_an_offered_service_lists_its_parts(tmp_path: Path) -> None:
    """ "Our support team is available to provide support for the cranes. This includes
    resolving A, helping you understand and use B, and ensuring C": the service's parts are
    the provider's duties, one per gerund (not cut at the "and" inside an item); after a deed
    that offers no service, "This includes" describes it and gives nothing."""
    path = _page(
        tmp_path,
        "scope.md",
        "# Crane help at Quarrytech\n\n"
        "## Scope of help\n\n"
        "Quarrytech maintains the cranes it leases to builders. Our support team is available "
        "to provide support for the cranes we lease. This includes resolving winch faults on "
        "our cranes, helping you "
        "understand and use the crane controls, and ensuring that each crane is inspected.\n\n"
        "Quarrytech paints the cranes yellow. This includes the booms and the cabs.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "resolving winch faults on our cranes",
        "helping you understand and use the crane controls",
        "ensuring that each crane is inspected",
    ):
        assert ("quarrytech", label) in pairs, (label, pairs)
    assert not any(label in {"the booms", "the cabs", "booms", "cabs"} for _, label in pairs)


def test_a_party_s_product_people_named_by_their_trade_act_for_it(tmp_path: Path) -> None:
    """ "On a monthly basis, Quarrytech Cloud product engineers review all patches": a
    product's name and words of a trade before a noun of people are all subject; the
    people's deed is the party's duty (it gave nothing: "product" was read as the verb)."""
    path = _page(
        tmp_path,
        "updates.md",
        "# Managed crane patching\n\n"
        "Quarrytech maintains the cranes it leases.\n\n"
        "### Crane updates\n\n"
        "On a monthly basis, Quarrytech Cloud product engineers review all patches made "
        "available by winch vendors.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "review all patches made available by winch vendors") in pairs, pairs


def test_efforts_made_or_used_to_do_a_thing_are_a_duty_to_do_it(tmp_path: Path) -> None:
    """ "Quarrytech will make every reasonable effort to give you notice", "will use
    commercially reasonable efforts to respond to tickets": a duty of best effort, labelled by
    what is to be done (it was "Make every reasonable effort", or the effort in the label)."""
    path = _page(
        tmp_path,
        "terms.md",
        "# Quarrytech crane terms\n\n"
        'These terms are between Quarrytech ("we") and you, the customer.\n\n'
        "1. Quarrytech will make every reasonable effort to ensure that your crane is available "
        "all day.\n"
        "2. Quarrytech will make every reasonable effort to give you as much notice as possible "
        "when planned maintenance will occur, and will complete such work at night.\n"
        "3. Quarrytech will use commercially reasonable efforts to respond to support tickets "
        "within one day.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "ensure that your crane is available all day",
        "give you as much notice as possible when planned maintenance will occur",
        "complete such work at night",
        "respond to support tickets within one day",
    ):
        assert ("quarrytech", label) in pairs, (label, pairs)
    assert not any("effort" in label for _, label in pairs), pairs


def test_a_role_table_s_series_of_things_is_one_duty(tmp_path: Path) -> None:
    """ "Gate Keeper | Responsible for the gate locks, badges, and visitor logs" under "Role |
    Responsibilities": one duty, as prose reads the same sentence (session 54: two readers of
    a real page kept it whole; an earlier reading split it); a gerund's objects stay one duty
    ("Understanding shifts, crews, and roles")."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Yard roles\n\n"
        "| Role | Responsibilities |\n|---|---|\n"
        "| Gate Keeper | Responsible for the gate locks, badges, and visitor logs |\n"
        "| Yard Owner | Responsible for the overall yard layout, signage, and visitor "
        "experience |\n"
        "| Shift Lead | Understanding shifts, crews, and roles |\n",
    )
    pairs = _page_pairs(path)
    for party, label in (
        ("gate-keeper", "gate locks, badges, and visitor logs"),
        ("yard-owner", "overall yard layout, signage, and visitor experience"),
        ("shift-lead", "understanding shifts, crews, and roles"),
    ):
        assert (party, label) in pairs, (party, label, pairs)
    assert ("gate-keeper", "badges") not in pairs, pairs


def test_only_before_a_verb_of_holding_keeps_the_duty_and_limits_give_none(
    tmp_path: Path,
) -> None:
    """ "In this model, Quarrytech only manages the gate scaling": still Quarrytech's duty
    (it gave nothing); "Quarrytech only supports two crane models", "The plan only requires
    gate access": a limit of what is offered, no duty."""
    path = _page(
        tmp_path,
        "model.md",
        "# Yard models\n\n"
        "Quarrytech maintains the cranes it leases.\n\n"
        "In this model, Quarrytech only manages the gate scaling and resiliency. Quarrytech only "
        "supports two crane models. The Basic Plan only requires gate access for Quarrytech.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "manage the gate scaling and resiliency") in pairs, pairs
    assert not any("crane models" in label or "gate access" in label for _, label in pairs)


def test_a_word_that_could_be_a_verb_before_and_a_last_noun_is_a_noun(tmp_path: Path) -> None:
    """ "Your platform team manages yard hardware, upgrades and permissions": "upgrades" is one
    more noun of the series (a verb takes its object before "and"), not a verb whose object
    is "and permissions" ("Upgrade and permissions")."""
    path = _page(
        tmp_path,
        "team.md",
        "# Yard models\n\n## Customer responsibilities\n\n"
        "Your platform team manages yard hardware, upgrades and permissions.\n",
    )
    pairs = _page_pairs(path)
    assert {label for _, label in pairs} == {
        "manage yard hardware",
        "manage upgrades",
        "manage permissions",
    }, pairs


def test_who_will_after_a_party_s_name_and_a_plan_before_you(tmp_path: Path) -> None:
    """ "… offload all yard management to Quarrytech, who will handle deployment, monitoring,
    and crane upgrades": what the relative clause says the named party will do; "With
    Self-managed you manage the yard yourself" (a plan's name, no comma): the reader's."""
    path = _page(
        tmp_path,
        "byoy.md",
        "# Yard models\n\n"
        "Quarrytech BYOY is a turnkey product that enables you to offload all yard management to "
        "Quarrytech, who will handle deployment, monitoring, and crane upgrades.\n\n"
        "With Self-managed you manage the yard entirely yourself.\n",
    )
    pairs = _page_pairs(path)
    for label in ("handle deployment", "handle monitoring", "handle crane upgrades"):
        assert ("quarrytech", label) in pairs, (label, pairs)
    assert ("customer", "manage the yard entirely yourself") in pairs, pairs


def test_a_named_party_s_clause_after_a_comma_is_read_on_its_own(tmp_path: Path) -> None:
    """ "The restore is triggered by you, and Quarrytech then automatically runs the restore
    job": the second clause (a name, adverbs, a verb) is Quarrytech's duty (the passive
    before it took the whole sentence)."""
    path = _page(
        tmp_path,
        "restore.md",
        "# Quarrytech crane restores\n\n"
        "Quarrytech maintains the cranes it leases.\n\n"
        "## Restores\n\n"
        "The restore is triggered by you, and Quarrytech then automatically runs the restore "
        "job.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "run the restore job") in pairs, pairs
    assert ("customer", "trigger restore") in pairs, pairs


def test_two_gerund_phrases_and_a_purpose_after_an_aside(tmp_path: Path) -> None:
    """ "Monitoring data and configuring the right alerts is your responsibility": two duties
    (a two-word first phrase kept them one); "We will ship tools, such as winch scanners, to
    make this painless": one duty, its purpose no duty of its own."""
    path = _page(
        tmp_path,
        "watch.md",
        "# Quarrytech crane monitoring\n\n"
        "Quarrytech maintains the cranes it leases.\n\n"
        "Monitoring data and configuring the right alerts is your responsibility.\n\n"
        "Quarrytech will ship tools, such as winch scanners, to make this painless for you.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "monitoring data") in pairs, pairs
    assert ("customer", "configuring the right alerts") in pairs, pairs
    assert not any(label.startswith("make this painless") for _, label in pairs), pairs


def test_a_gerund_after_not_or_an_adverb_is_its_own_item(tmp_path: Path) -> None:
    """ "Users are responsible for their yard badges. This includes safeguarding passwords, not
    sharing badges, and immediately reporting lost badges": the first gerund is not carried to
    the others ("Safeguarding not sharing badges"); the item after "not" is a prohibition, no
    duty; "The Yard may also recover any costs": a right it keeps, no duty."""
    path = _page(
        tmp_path,
        "badges.md",
        "# Yard acceptable use policy\n\n"
        "## User responsibilities\n\n"
        "Users are responsible for their yard badges. This includes safeguarding passwords, "
        "not sharing badges, and immediately reporting lost badges to the gate desk.\n\n"
        "## Enforcement\n\n"
        "We run the yard. We may also recover any costs incurred due to damage.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for _, label in pairs}
    assert "safeguarding passwords" in labels, pairs
    assert "immediately reporting lost badges to the gate desk" in labels, pairs
    assert not any(label.startswith("safeguarding not") for label in labels), pairs
    assert not any("sharing badges" in label for label in labels), pairs
    assert not any("recover" in label for label in labels), pairs


def test_policy_passives_measures_and_a_bound_clause_after_a_passive(tmp_path: Path) -> None:
    """A repository's policies: "All crates are checked after delivery by yard staff" (a
    phrase of when before "by", staff named by their trade: the provider's duty); "Quarrytech
    will take all reasonable measures to protect the cranes" (a duty to protect them, not to
    take measures); "All data is provided as-is and the user shall hold Quarrytech harmless"
    (the clause after the passive is the user's duty)."""
    path = _page(
        tmp_path,
        "policies.md",
        "# Yard policies\n\n"
        "We run the yard for depositors.\n\n"
        "All crates are checked after delivery by yard staff.\n\n"
        "We will take all reasonable measures to protect the cranes of our depositors.\n\n"
        'All yard data is provided "as-is" and the user shall hold the yard free and harmless '
        "in connection with the use of such data.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for _, label in pairs}
    assert "check crates after delivery" in labels, pairs
    assert "protect the cranes of our depositors" in labels, pairs
    assert any(label.startswith("hold the yard free and harmless") for label in labels), pairs


def test_a_name_in_lower_case_before_a_modal_opens_a_sentence() -> None:
    """ "… to carry out maintenance. dxw will give you notice": a trading name written in lower
    case opens the next sentence (it ran on to the one before); "e.g. we will" does not."""
    text = (
        "We may need to close the yard to carry out maintenance. qtech will give you notice, "
        "e.g. we will email you."
    )
    assert [text[a:b] for a, b in sentences(text)] == [
        "We may need to close the yard to carry out maintenance.",
        "qtech will give you notice, e.g. we will email you.",
    ]


def test_what_the_reader_may_ask_for_is_no_duty_of_the_one_asked(tmp_path: Path) -> None:
    """ "At any time, you may create a ticket to ask us to install a crane on your site": a
    request the reader may make, not Quarrytech's duty to install cranes (it was one)."""
    path = _page(
        tmp_path,
        "asks.md",
        "# Quarrytech crane terms\n\n"
        'These terms are between Quarrytech ("we") and you, the customer.\n\n'
        "1. At any time, you may create a ticket to ask us to install a crane on your site.\n"
        "2. We will inspect each crane we install.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "inspect each crane we install") in pairs, pairs
    assert not any("install a crane" in label for _, label in pairs), pairs


def test_things_that_are_actions_triggered_by_a_party_are_its_duties(tmp_path: Path) -> None:
    """ "Lifting and lowering a crane are actions triggered by you": the actions are the
    reader's duties (a noun of action between the verb "are" and the participle hid the
    passive)."""
    path = _page(
        tmp_path,
        "actions.md",
        "# Quarrytech cranes\n\nQuarrytech maintains the cranes.\n\n"
        "Lifting and lowering a crane are actions triggered by you.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for party, label in pairs if party == "customer"}
    assert labels & {"lifting a crane", "lifting and lowering a crane"}, pairs
    assert not any("trigger" in label for _, label in pairs), pairs


def test_may_x_but_are_responsible_for_y(tmp_path: Path) -> None:
    """ "Administrators may install crane software but are responsible for its upkeep and for
    keeping it secure": the part after "but" goes on with the subject (it had none and gave
    nothing); what "may" allows there is a permission, no duty; "Routine operating system and
    winch patches are installed by Quarrytech": one duty, both nouns modify "patches"."""
    path = _page(
        tmp_path,
        "admins.md",
        "# Quarrytech yard terms\n\nQuarrytech runs the yard.\n\n"
        "Administrators may install crane software but are responsible for its upkeep and "
        "for keeping it secure.\n\n"
        "Routine operating system and winch control patches are installed by Quarrytech.\n",
    )
    pairs = _page_pairs(path)
    assert ("administrators", "its upkeep") in pairs, pairs
    assert ("administrators", "keeping it secure") in pairs, pairs
    assert not any(label.startswith("install crane") for _, label in pairs), pairs
    assert (
        "quarrytech",
        "install routine operating system and winch control patches",
    ) in pairs, pairs


def test_a_lead_in_over_headings_of_prose_makes_each_heading_a_duty(tmp_path: Path) -> None:
    """ "Quarrytech takes care of the yard, including:" / "### Crane Control" / "Winch
    servers, gate sensors.": each short heading under the lead-in is a duty of its party,
    its text the details (they gave nothing); subsections holding a table are contents."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Yard model\n\n"
        "## What Quarrytech manages\n\n"
        "Quarrytech takes care of the yard and its operational tasks, including:\n\n"
        "### Crane Control\n\nWinch servers, gate sensors, and upgrades.\n\n"
        "### High Availability\n\nTwo gates, automatic failover.\n\n"
        "## Records\n\n"
        "The following records are stored by Quarrytech:\n\n"
        "### Gate logs\n\n| Record | Kept |\n|---|---|\n| Entries | Always |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "crane control") in pairs, pairs
    assert ("quarrytech", "high availability") in pairs, pairs
    assert not any(label == "gate logs" for _, label in pairs), pairs


def test_responsible_for_a_thing_then_its_actions_after_a_colon(tmp_path: Path) -> None:
    """ "Customers remain responsible for cranes: Secure your cranes, configure winches,
    manage access": the thing and each action after the colon (the actions gave nothing)."""
    path = _page(
        tmp_path,
        "takeaways.md",
        "# Yard model\n\nQuarrytech and you share the yard.\n\n## Key takeaways\n\n"
        "- Customers remain responsible for cranes: Secure your cranes, configure winches, "
        "manage access\n",
    )
    pairs = _page_pairs(path)
    for label in ("cranes", "secure your cranes", "configure winches", "manage access"):
        assert ("customer", label) in pairs, (label, pairs)


def test_a_contract_between_us_named_and_you_named(tmp_path: Path) -> None:
    """ "a legal contract between us ("Quarrytech LLC") and you ("Customer")", then "Customer
    is an individual who …": the writer is Quarrytech LLC, not "Customer" (a role word that
    opens a sentence); its recitals under "Background" state no duty; a refund scale and a
    level's values are amounts; "We reserve the right to …", "we think", "We will change this
    policy", "Sometimes we change the prices": rights and habits, no duty."""
    path = _page(
        tmp_path,
        "terms.md",
        "Crane Hire Terms\n================\n\n"
        'These terms are a legal contract between us ("Quarrytech LLC") and you ("Customer"). '
        "Customer is an individual who hires a crane. Customer may hire more cranes. Customer "
        "pays for each crane.\n\n"
        "Background\n----------\n\n"
        "1.  We develop crane software for building sites.\n\n"
        "Quarrytech LLC's Obligations\n----------------------------\n\n"
        "### Inspect Cranes\n\nWe will inspect each crane before delivery.\n\n"
        "### Refunds\n\nQuarrytech LLC agrees to refund Customer's account:\n\n"
        "1.  15% of all Fees that Customer paid for a late crane\n\n"
        "Support Request Resolution Commitment:\n"
        "* High Severity: 4 business days\n\n"
        "### Changes\n\nWe reserve the right at any time to modify any part of our cranes. "
        "We redesign cranes because we think they could be better. We will change this policy "
        "from time to time. Sometimes we change the prices of our cranes.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech-llc", "inspect each crane before delivery") in pairs, pairs
    labels = {label for _, label in pairs}
    for phrase in ("crane software", "15%", "severity", "reserve", "think", "policy", "prices"):
        assert not any(phrase in label for label in labels), (phrase, pairs)


def test_grounds_and_meanings_after_a_lead_in_are_no_duties(tmp_path: Path) -> None:
    """ "Customer agrees to give Quarrytech indemnification from claims based on:" and, in
    definitions, "Crane Misuse means:" / "Yard Data means data that:": their items are the
    grounds and what a term covers, not the customer's duties; "Hiring a crane means you may
    need to manage the following:" still lists duties."""
    path = _page(
        tmp_path,
        "indemnity.md",
        "# Crane hire terms\n\n"
        'These terms are a contract between us ("Quarrytech LLC") and you ("Customer").\n\n'
        "## Customer's obligations\n\n### Indemnify Quarrytech LLC\n\n"
        "Customer agrees to give Quarrytech LLC indemnification from claims based on:\n\n"
        "1.  Customer's breach of this agreement\n2.  Misuse of the crane keys\n\n"
        "## Definitions\n\n"
        "1.  Crane Misuse of the Yard at Customer's Own Risk means:\n"
        "    1.  use of a crane in breach of this agreement\n"
        "2.  Yard Data means data that:\n"
        "    1.  Users furnish to the yard office\n\n"
        "## Your part\n\n"
        "Hiring a crane means you may need to manage the following:\n\n"
        "- Loading plans\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "loading plans") in pairs, pairs
    labels = {label for _, label in pairs}
    for phrase in ("breach", "crane keys", "furnish"):
        assert not any(phrase in label for label in labels), (phrase, pairs)


def test_a_support_clause_with_a_label_limits_and_inline_procedures(tmp_path: Path) -> None:
    """ "Priority P1 Incidents - Quarrytech shall respond within one business day and promptly
    commence the following procedures: (i) assign engineers …; (ii) notify management …; and
    (iii) initiate work …": a label before a hyphen typed for a dash, then each procedure a
    duty (the clause gave nothing); "appoint no more than five contacts" is a limit, not a
    denial."""
    path = _page(
        tmp_path,
        "support.md",
        "# Crane support terms\n\n"
        'These terms are between Quarrytech ("we") and you, the customer.\n\n'
        "1. Priority P1 Incidents - Quarrytech shall respond within one business day and "
        "promptly commence the following procedures: (i) assign Quarrytech engineers to fix "
        "the winch; (ii) notify Quarrytech management of the fault; and (iii) initiate work to "
        "provide a spare crane.\n"
        "2. Customer shall appoint no more than five contacts.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "respond within one business day",
        "promptly assign quarrytech engineers to fix the winch",
        "notify quarrytech management of the fault",
        "initiate work to provide a spare crane",
    ):
        assert ("quarrytech", label) in pairs, (label, pairs)
    assert ("customer", "appoint no more than five contacts") in pairs, pairs


def test_expand_is_a_verb_of_duty(tmp_path: Path) -> None:
    """ "We periodically expand capacity, taking into account growth in users": the provider's
    duty ("expand" was no verb of duty, and the sentence gave nothing)."""
    path = _page(
        tmp_path,
        "capacity.md",
        "# Quarrytech service commitments\n\n## Service capacity\n\n"
        "We keep the cranes reliable for you. We periodically expand crane capacity, taking into "
        "account growth in users.\n",
    )
    pairs = _page_pairs(path)
    assert any(label.startswith("expand crane capacity") for _, label in pairs), pairs


def test_conditions_of_use_the_reader_agrees_to(tmp_path: Path) -> None:
    """Numbered conditions of use: "The yard desk is entitled to end access and you shall
    immediately comply with their instructions" (the clause after a bare "and" is the
    reader's duty); "You agree to explicitly mention and acknowledge the use of the cranes"
    ("mention" after "agree to" is a verb, not a noun in -ion); "When accepting these terms,
    you acknowledge these policies": assent, no duty."""
    path = _page(
        tmp_path,
        "conditions.rst",
        "Conditions of use\n=================\n\n"
        "#. The yard desk is entitled to regulate and end access for safety purposes and you "
        "shall immediately comply with their instructions.\n\n"
        "#. You agree to explicitly mention and acknowledge the use of Quarrytech cranes in "
        "your reports.\n\n"
        "#. When accepting these terms, you acknowledge these policies.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "comply with their instructions") in pairs, pairs
    assert (
        "customer",
        "mention and acknowledge the use of quarrytech cranes in your reports",
    ) in pairs, pairs
    assert not any("policies" in label for _, label in pairs), pairs


def test_a_company_named_with_its_legal_form_then_its_short_name(tmp_path: Path) -> None:
    """ "These terms supplement the terms offered by qtech, Inc. (_qtech_)" then "qtech will
    provide the crane booking features": the writer goes by its short name, even in lower
    case, and its sentences are its duties (they gave nothing)."""
    path = _page(
        tmp_path,
        "paid.md",
        "# qtech Paid Crane Terms\n\n"
        "These terms supplement the terms for qtech Cranes offered by qtech, Inc. (_qtech_). "
        "They govern use of the paid crane services.\n\n"
        "## Services\n\n"
        "qtech will provide the crane booking features described in the documentation.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "qtech",
        "provide the crane booking features described in the documentation",
    ) in pairs, pairs


def test_a_present_progressive_and_an_aside_of_having(tmp_path: Path) -> None:
    """ "The Yard Security Officer, having the officer role in the gate database, is leading
    and coordinating the Yard Guard": what the officer does (the aside and the progressive
    hid it); "we are excluding all warranties and conditions": a disclaimer, no duty."""
    path = _page(
        tmp_path,
        "officer.md",
        "# Yard operations\n\n## Roles\n\n### Yard Security Officer\n\n"
        "The Yard Security Officer, having the officer role in the gate database, is leading "
        "and coordinating the Yard Guard.\n\n"
        "## Disclaimer\n\n"
        'The cranes are provided "as is": we are excluding all warranties and conditions '
        "applying to the cranes.\n",
    )
    pairs = _page_pairs(path)
    assert ("yard-security-officer", "lead and coordinate the yard guard") in pairs, pairs
    assert not any("warrant" in label for _, label in pairs), pairs


def test_where_possible_and_a_proviso_around_an_agreed_duty(tmp_path: Path) -> None:
    """ "We agree: - Where possible (see our SLA) to provide 24-hour access to the cranes, it
    being understood that there will be times when they are unavailable": the duty is to
    provide the access (the condition and the proviso were in its label)."""
    path = _page(
        tmp_path,
        "agree.md",
        "# Crane acceptable use policy\n\nWe agree:\n\n"
        "- Where possible (see our SLA) to provide 24-hour access to the cranes, it being "
        "understood that there will be times when the cranes are unavailable.\n",
    )
    pairs = _page_pairs(path)
    assert ("platform-provider", "provide 24-hour access to the cranes") in pairs, pairs


def test_responsible_with_its_for_left_out(tmp_path: Path) -> None:
    """ "Crane Engineer | Responsible the crane's design, performance, and maintenance": "for"
    left out of a role's cell; the series is one duty, as in prose (it was "Responsible the
    crane's design")."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Yard roles\n\n| Role | Responsibilities |\n|---|---|\n"
        "| Crane Engineer | Responsible the crane's design, performance, and maintenance. |\n",
    )
    pairs = _page_pairs(path)
    assert pairs == {("crane-engineer", "crane's design, performance, and maintenance")}, pairs


def test_put_in_place_is_a_verb_of_duty(tmp_path: Path) -> None:
    """ "As winches are less trusted parts, we put in place several safety measures to prevent
    cable snaps": the provider's duty ("put in place" was no verb of duty)."""
    path = _page(
        tmp_path,
        "winches.md",
        "# Quarrytech cranes\n\n## Winches\n\nWe keep the cranes safe. As winches are less "
        "trusted parts, we put in place several safety measures to prevent cable snaps.\n",
    )
    pairs = _page_pairs(path)
    assert any(label.startswith("put in place several safety measures") for _, label in pairs)


def test_no_longer_before_a_participle_denies_nothing(tmp_path: Path) -> None:
    """ "Users should: - Use storage space judiciously and delete data no longer required":
    "no longer required" describes the data, it denies no duty (the item gave nothing);
    "We no longer patch the old cranes" still denies."""
    path = _page(
        tmp_path,
        "storage.md",
        "# Yard acceptable use policy\n\nUsers should:\n\n"
        "* Use storage space judiciously and delete data no longer required.\n\n"
        "## Ours\n\nWe no longer patch the old cranes.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "delete data no longer required") in pairs, pairs
    assert ("customer", "use storage space judiciously") in pairs, pairs
    assert not any("old cranes" in label for _, label in pairs), pairs


def test_a_row_label_naming_a_party_s_responsibility_owns_its_cell(tmp_path: Path) -> None:
    """A service annex's catalogue row "8. The Customer's responsibility in connection with the
    Services" | "Configuring the gate for the cranes. Configuring access to the yard. We will
    assist with the gate plans.": the gerund sentences are the customer's duties (they gave
    nothing); a sentence with its own subject stays that subject's."""
    path = _page(
        tmp_path,
        "annex.md",
        "# Crane service annex\n\nWe are Quarrytech. We deliver the crane services.\n\n"
        "| Item | Description |\n|---|---|\n"
        "| 1. Services | Quarrytech delivers cranes to the site. |\n"
        "| 8. The Customer's responsibility in connection with the Services | Configuring the "
        "gate for the cranes. Configuring access to the yard. Quarrytech will assist with the "
        "gate plans. |\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "configuring the gate for the cranes") in pairs, pairs
    assert ("customer", "configuring access to the yard") in pairs, pairs
    assert ("quarrytech", "assist with the gate plans") in pairs, pairs
