"""General shapes of session 42, found on development and fresh sets: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_verbs_of_everyday_deeds_state_duties(tmp_path: Path) -> None:
    """A named role's deeds in steps and lists are duties whatever the everyday verb: it opens
    a settings page, copies a badge, contacts a desk, asks in a channel, donates kit,
    reminds its crew (duty-verbs.ttl); "contact info" after a series' "and" is a noun, no
    second duty."""
    path = _page(
        tmp_path,
        "badges.md",
        "# Harbour gate badges\n\n"
        "## Issuing a badge\n\n"
        "1. The Gate admin opens the harbour settings page.\n"
        "2. The Gate admin copies the badge number and sends it securely.\n"
        "3. The Gate admin verifies that the badge works.\n\n"
        "The Gate admin contacts the night desk when a badge is lost.\n\n"
        "## Gate warden responsibilities\n\n"
        "- Ask in the harbour channel before changing a gate\n"
        "- Donate spare lamps to the harbour store\n"
        "- Remind the crew of the curfew\n"
        "- Record the name, badge number, and contact info of every visitor\n",
    )
    pairs = _page_pairs(path)
    assert ("gate-admin", "open the harbour settings page") in pairs, pairs
    assert ("gate-admin", "copy the badge number") in pairs, pairs
    assert ("gate-admin", "contact the night desk when a badge is lost") in pairs, pairs
    labels = {label for _, label in pairs}
    assert "ask in the harbour channel before changing a gate" in labels, pairs
    assert "donate spare lamps to the harbour store" in labels, pairs
    assert "remind the crew of the curfew" in labels, pairs
    assert "record the name, badge number, and contact info of every visitor" in labels, pairs


def test_the_host_of_an_event_is_a_role(tmp_path: Path) -> None:
    """ "**Before the regatta, the host will**" over a list: the host (a person noun, as
    'organiser' is) holds the items, even items that are no instructions to the reader."""
    path = _page(
        tmp_path,
        "regatta.md",
        "# Regatta checklists\n\n"
        "## Host checklist\n\n"
        "A regatta host contacts the harbour office about running a regatta.\n\n"
        "**Before the regatta, the host will**\n\n"
        "* Decide on the course that would best serve your crews\n"
        "* Recruit marshals to join your regatta. They need no sailing experience.\n"
        "* Book the slipway with the harbour office\n\n"
        "**After the regatta, the host will**\n"
        "* Collect the race results\n",
    )
    pairs = _page_pairs(path)
    assert ("host", "decide on the course that would best serve your crews") in pairs, pairs
    assert ("host", "recruit marshals to join your regatta") in pairs, pairs
    assert ("host", "book the slipway with the harbour office") in pairs, pairs
    assert ("host", "collect the race results") in pairs, pairs


def test_a_time_opening_without_a_comma_before_a_lead_ins_subject(tmp_path: Path) -> None:
    """ "**During the regatta stewards will**" (no comma after the opening phrase of time):
    the stewards hold the list, not a party called "During the regatta stewards" or "regatta"."""
    path = _page(
        tmp_path,
        "marshals.md",
        "# Regatta checklists\n\n"
        "## Marshal checklist\n\n"
        "**During the regatta stewards will**\n\n"
        "* Watch the start line\n"
        "* Report any collision to the race officer\n",
    )
    pairs = _page_pairs(path)
    assert ("stewards", "watch the start line") in pairs, pairs
    assert ("stewards", "report any collision to the race officer") in pairs, pairs


def test_a_service_offered_and_a_known_company_with_its_legal_form(tmp_path: Path) -> None:
    """ "Quarry offers support for versions up to a year old": a service the party performs
    (a noun that is a duty verb, before "for"), not a product on sale ("offers a free
    tier"); "Quarry, Inc. will delete …" after "Quarry" is known: the legal form is no part
    of the verb phrase."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarry support\n\n"
        "Quarry patches the hosts.\n\n"
        "For business customers, Quarry offers support for versions up to a year old.\n\n"
        "Quarry offers a free tier for hobby projects.\n\n"
        "By default, Quarry, Inc. will delete uploaded log bundles after 30 days.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for party, label in pairs if party == "quarry"}
    assert "offer support for versions up to a year old" in labels, pairs
    assert "delete uploaded log bundles after 30 days" in labels, pairs
    assert not any("free tier" in label for label in labels), pairs


def test_a_present_perfect_then_a_second_deed(tmp_path: Path) -> None:
    """ "Quarry has approved a gate policy and also follows harbour best practices": two
    deeds, not "Approve also follows …"."""
    path = _page(
        tmp_path,
        "gates.md",
        "# Quarry gates\n\n"
        "Quarry is responsible for the gates.\n\n"
        "Quarry has approved a gate policy and also follows harbour best practices.\n",
    )
    labels = {label for _, label in _page_pairs(path)}
    assert "approve a gate policy" in labels, labels
    assert "follow harbour best practices" in labels, labels
    assert not any("also follows" in label for label in labels), labels


def test_matrix_cells_of_verbs_without_objects_keep_the_rows_area(tmp_path: Path) -> None:
    """An area x party matrix whose cells are verbs with no object of their own ("Owns;
    sizes; operates; monitors", "Reviews periodically", "Connects to it"): each is the party's
    deed on the row's area, labelled with it, never a bare "Monitors"; a cell with an
    object ("Owns the catalog") stays as it is."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Harbour team responsibilities\n\n"
        "| Domain | Harbour team | Boat crews |\n"
        "|---|---|---|\n"
        "| **Crane fleet** | Owns; sizes; operates; monitors | Connects to it |\n"
        "| **Mooring templates** | Owns the catalog | Reviews periodically |\n",
    )
    pairs = _page_pairs(path)
    assert ("harbour-team", "crane fleet (owns; sizes; operates; monitors)") in pairs, pairs
    assert ("boat-crews", "crane fleet (connects to it)") in pairs, pairs
    assert ("harbour-team", "own the catalog") in pairs, pairs
    assert ("boat-crews", "mooring templates (reviews periodically)") in pairs, pairs
    assert not any(label in ("monitors", "sizes", "operates") for _, label in pairs), pairs


def test_quoted_sayings_and_what_goes_wrong_are_no_duties(tmp_path: Path) -> None:
    """Items opening with quoted words ('"We need capability Y" — informs priorities') are
    what someone says, and a section over what goes wrong ("## What goes wrong without clear
    boundaries") lists failures ("The harbour team becomes a bottleneck"): no duties."""
    path = _page(
        tmp_path,
        "input.md",
        "# Harbour teams\n\n"
        "## Roadmap input\n\n"
        "Application teams provide input into the harbour team's roadmap:\n\n"
        '- "We need capability Y" — informs harbour-team priorities.\n'
        "- “This deviation works better for us” — informs whether the standard changes.\n"
        "- Review the roadmap every quarter.\n\n"
        "## What goes wrong without clear boundaries\n\n"
        "- **Boat crews build their own cranes.** Each one slightly different.\n"
        "- **The harbour team becomes a bottleneck.** Routine work gets queued.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for _, label in pairs}
    assert "review the roadmap every quarter" in labels, pairs
    assert not any("capability" in label or "deviation" in label for label in labels), pairs
    assert not any("cranes" in label or "bottleneck" in label for label in labels), pairs


def test_a_provider_the_page_names_is_its_own_party(tmp_path: Path) -> None:
    """ "The lamp provider configures the lamps": a provider the page names by what it
    provides is a party of its own, not the cloud provider; "The hosting provider" (a
    vocabulary phrase) is still the cloud provider."""
    path = _page(
        tmp_path,
        "lamps.md",
        "# Harbour lamps\n\n"
        "1. The Gate admin opens the lamp settings.\n"
        "2. The lamp provider configures the new lamps.\n\n"
        "The hosting provider patches the hosts.\n",
    )
    pairs = _page_pairs(path)
    assert ("lamp-provider", "configure the new lamps") in pairs, pairs
    assert ("cloud-provider", "patch the hosts") in pairs, pairs


def test_it_is_not_permitted_to_is_the_readers_duty_to_refrain(tmp_path: Path) -> None:
    """ "It is not permitted to run a shop from your berth": a rule for the reader, the duty
    "Do not run a shop from your berth"."""
    path = _page(
        tmp_path,
        "berths.md",
        "# Harbour berth terms of use\n\n"
        "You must keep your berth tidy.\n\n"
        "It is not permitted to run a shop from your berth.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "do not run a shop from your berth") in pairs, pairs


def test_promises_with_an_opening_an_aside_and_an_effort(tmp_path: Path) -> None:
    """On a service level agreement: "In addition to X, requests will be fulfilled …" (the
    opening phrase is no part of the subject), "The incidents, based on their priority,
    will be responded to with …" (an aside in commas; "to" stays with its verb), and "is
    making every effort to maximize X" (X is the duty; "maximize" is a duty verb)."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Quarry Service Level Agreement\n\n"
        "Quarry is responsible for the hosts.\n\n"
        "In addition to resolving incidents, standard service requests will be fulfilled "
        "through the support desk.\n\n"
        "The incidents, based on their priority, will be responded to with the response "
        "times below.\n\n"
        "Quarry is making every effort to maximize the security of users' data.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "quarry"}
    assert "fulfill standard service requests through the support desk" in labels, labels
    assert "respond to the incidents with the response times below" in labels, labels
    assert "maximize the security of users' data" in labels, labels


def test_promises_before_the_provider_is_named(tmp_path: Path) -> None:
    """On a service level agreement, "Customers will be notified (24 hours before), about
    planned outages" above the first sentence naming the provider ("Quarry is responsible
    for …") is that provider's promise all the same."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Quarry Service Level Agreement\n\n"
        "## Maintenance\n\n"
        "* Customers will be notified via e-mail in a timely manner, (i.e. 24 hours before the "
        "outage), about planned maintenance windows.\n\n"
        "## Violations\n\n"
        "Quarry is responsible for investigating the root cause of any violation.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "quarry"}
    assert "investigating the root cause of any violation" in labels, labels
    notify = "notify customers via e-mail in a timely manner, about planned maintenance windows"
    assert notify in labels, labels


def test_these_after_a_clause_of_things_happening(tmp_path: Path) -> None:
    """ "When outages do occur, we will prioritize these over other work": "these" are the
    outages; the label names them ("Prioritize outages over other work")."""
    path = _page(
        tmp_path,
        "outages.md",
        "# Quarry service objectives\n\n"
        "We are responsible for the hosts.\n\n"
        "When outages do occur, we will prioritize these over other work.\n\n"
        "When incidents occur, we fix them within a day.\n",
    )
    labels = {label for _, label in _page_pairs(path)}
    assert "prioritize outages over other work" in labels, labels
    assert "fix incidents within a day" in labels, labels


def test_a_roles_items_opening_with_ensures_that_or_coordinates_with(tmp_path: Path) -> None:
    """Under a role's heading, "+ Ensures that loading follows best practices" and "+
    Coordinates with [Chart Services](mailto:…) to have charts loaded" are its duties."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Chart roles\n\n"
        "### Gate Delivery Specialist\n\n"
        "+ Responsible for migrating the kit to Test\n"
        "+ Coordinates with [Chart Services](mailto:charts@example.org) to have charts loaded\n"
        "+ Ensures that loading processes follow best practices\n",
    )
    pairs = _page_pairs(path)
    who = "gate-delivery-specialist"
    assert (who, "coordinate with chart services to have charts loaded") in pairs, pairs
    assert (who, "ensure that loading processes follow best practices") in pairs, pairs


def test_support_helps_leads_the_vendors_deeds(tmp_path: Path) -> None:
    """ "Support helps:" (cue:seller-phrase) over a list: what the vendor's support does."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarry support\n\n"
        "Quarry is responsible for the platform.\n\n"
        "Support helps:\n\n"
        "- Identify and remedy platform issues\n"
        "- Find appropriate documentation\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "quarry"}
    assert "identify and remedy platform issues" in labels, labels
    assert "find appropriate documentation" in labels, labels


def test_a_lead_in_after_a_bold_label_leads_the_nested_items(tmp_path: Path) -> None:
    """ "- **Technical**: We will:" over nested items: the items are the writer's deeds, not
    the reader's instructions."""
    path = _page(
        tmp_path,
        "tiers.md",
        "# Quarry support tiers\n\n"
        "Quarry is responsible for the platform.\n\n"
        "- **Platform**: Support helps:\n"
        "   - Identify and remedy platform issues\n"
        "- **Technical**: We will:\n"
        "   - Debug slow modules\n"
        "   - Review caching\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "quarry"}
    assert "identify and remedy platform issues" in labels, labels
    assert "debug slow modules" in labels, labels
    assert "review caching" in labels, labels


def test_our_commitment_heading_gives_the_writer_its_items(tmp_path: Path) -> None:
    """ "## Our Commitment" (singular or plural, a duty noun of cue-words.ttl) names the
    writer's duties: its agentless items ("Tickets are triaged by urgency") are the writer's,
    as under "## Our responsibilities"."""
    path = _page(
        tmp_path,
        "levels.md",
        "# Quarry service levels\n\n"
        "Quarry's mission is to support researchers.\n\n"
        "## Our Commitment\n\n"
        "- We'll take ownership of your request until resolved\n"
        "- Tickets are triaged by urgency and impact\n",
    )
    labels = {label for party, label in _page_pairs(path) if party == "quarry"}
    assert "tickets are triaged by urgency and impact" in labels, labels


def test_usercheck_octopus_shapes(tmp_path: Path) -> None:
    """Shapes of a user check on an unseen vendor page: "## Provided by your Harbour
    Administrators" names the administrators, not a party called "Provided by …"; "where we
    host X on your behalf, we take additional responsibility for Y" is two clauses (Y the
    vendor's); "take care to understand A, and how to configure B" is one duty, never "Take
    how to configure B"."""
    path = _page(
        tmp_path,
        "security.md",
        "# Harbour security\n\n"
        "Harbour Deploy take responsibility to provide a secure platform.\n\n"
        "If you are using Harbour Cloud, where we host your Harbour Server on your behalf, we "
        "take additional responsibility for the security and integrity of the Harbour Server.\n\n"
        "## Provided by your Harbour Administrators\n\n"
        "The following sections describe the controls you can put in place.\n\n"
        "### Identity and access control\n\n"
        "Before a person can access your harbour, they must validate their identity.\n\n"
        "## Exposing\n\n"
        "You should take care to understand the security implications of exposing your "
        "server, and how to configure it correctly.\n",
    )
    pairs = _page_pairs(path)
    labels = {label for _, label in pairs}
    vendor = {label for party, label in pairs if party != "customer"}
    assert "security and integrity of the harbour server" in vendor, pairs
    assert not any(
        label.startswith("host your harbour server on your behalf, we") for label in labels
    )
    parties = {p.label for p in extract_facts(read_document(path)).of_kind("party")}
    assert not any(label.startswith("Provided by") for label in parties), parties
    assert not any(label.startswith("take how to") for label in labels), labels


def test_our_agents_act_for_the_writer(tmp_path: Path) -> None:
    """ "Our live agents answer telephone calls": the writer's people ("agents", a subject
    noun of cue-words.ttl) act for it, as "our engineers" do."""
    path = _page(
        tmp_path,
        "desk.md",
        "# Quarry support desk\n\n"
        "We are responsible for the hosts.\n\n"
        "Our live agents answer telephone calls 8am-8pm Monday through Friday.\n",
    )
    labels = {label for party, label in _page_pairs(path) if party != "customer"}
    assert "answer telephone calls 8am-8pm monday through friday" in labels, labels


def test_service_requestors_are_the_customers(tmp_path: Path) -> None:
    """ "Quarry service requestors must ensure the following actions are performed:" names
    Quarry's customers ("requestors" a customer word of party-roles.ttl), not Quarry."""
    path = _page(
        tmp_path,
        "requests.md",
        "# Quarry services\n\n"
        "Quarry is responsible for the hosts.\n\n"
        "Quarry service requestors must ensure the following actions are performed:\n\n"
        "- Comply with your institution's policies\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "comply with your institution's policies") in pairs, pairs


def test_a_duties_label_before_a_lead_in_sentence(tmp_path: Path) -> None:
    """ "**End User Responsibilities:** Quarry service requestors must ensure the following
    actions are performed:": the sentence after the label names who holds the list (the
    customers), not the vendor whose name opens it."""
    path = _page(
        tmp_path,
        "requests.md",
        "# Quarry services\n\n"
        "Quarry is responsible for the hosts.\n\n"
        "**Principal Investigator and End User Responsibilities:** Quarry service requestors "
        "must ensure the following actions are performed:\n\n"
        "- Delete all resources that are no longer needed\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "delete all resources that are no longer needed") in pairs, pairs


def test_participants_and_students_are_roles(tmp_path: Path) -> None:
    """ "Participants must adhere to the security rules", "Students must complete the safety
    training": people named by what they take part in are roles (person nouns of
    cue-words.ttl), as "Members must …" is."""
    path = _page(
        tmp_path,
        "course.md",
        "# Harbour course\n\n"
        "You are responsible for your data.\n\n"
        "Participants must adhere to the harbour security rules.\n\n"
        "Students must complete the safety training.\n",
    )
    pairs = _page_pairs(path)
    assert ("participants", "adhere to the harbour security rules") in pairs, pairs
    assert ("students", "complete the safety training") in pairs, pairs


def test_an_instruction_after_a_condition_about_the_readers_things(tmp_path: Path) -> None:
    """ "If there is a problem with your berth's moorings, specify Critical as the request
    type": a condition about the reader's things, then an instruction to the reader."""
    path = _page(
        tmp_path,
        "requests.md",
        "# Quarry support requests\n\n"
        "Quarry is responsible for the moorings.\n\n"
        "If there is a problem with your berth's moorings, specify Critical as the request "
        "type.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "specify critical as the request type") in pairs, pairs
