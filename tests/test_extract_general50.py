"""General shapes of session 50 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract_general47 import _duties
from test_extract_general48 import _labels


def test_what_the_vendor_runs_acts_for_the_vendor(tmp_path: Path) -> None:
    """ "The Service ensures …", "The haulage platform restarts …", "The Gravel Yard hosting
    platform provides the following services:": the page's vendor acts through what it runs,
    as "our platform" already did; "the customer service team", "the service catalogue", a
    state ("The service is closed …") and how it runs ("runs on solar power") give no duty."""
    pairs = _labels(
        tmp_path,
        "The Service ensures that every haul truck is weighed.\n\n"
        "The haulage platform restarts stalled conveyors.\n\n"
        "The Gravel Yard hosting platform provides the following services:\n\n"
        "- Weekly blasting\n"
        "- Dust monitoring\n\n"
        "The customer service team answers calls.\n\n"
        "The service catalogue lists every blast.\n\n"
        "The service is shut for the winter holiday.\n\n"
        "The haulage platform runs on solar power.",
    )
    assert pairs == {
        ("Quarrytech", "ensure that every haul truck is weighed"),
        ("Quarrytech", "restart stalled conveyors"),
        ("Quarrytech", "weekly blasting"),
        ("Quarrytech", "dust monitoring"),
    }, pairs


def test_unicode_hyphens_join_words_as_a_hyphen_does(tmp_path: Path) -> None:
    """A lead-in written with non-breaking hyphens ("haulage‑as‑a‑service offering") names
    what the vendor sells as its ASCII spelling does, and labels keep a plain hyphen."""
    pairs = _labels(
        tmp_path,
        "Our haulage\u2011as\u2011a\u2011service offering covers a **base plan**:\n\n"
        "- nightly blasting of in\u2011scope pits\n"
        "- alerting on failed blasts",
    )
    assert pairs == {
        ("Quarrytech", "nightly blasting of in-scope pits"),
        ("Quarrytech", "alerting on failed blasts"),
    }, pairs


def test_what_will_come_about_is_no_duty(tmp_path: Path) -> None:
    """ "The Gravel platform will end up hosting many old crushers" says what will come about,
    as "… can lead to outages" does: no duty; "will lead the blasting crew" is one."""
    pairs = _labels(
        tmp_path,
        "The Gravel platform will end up hosting many old crushers.\n\n"
        "Quarrytech will result in fewer outages.\n\n"
        "Quarrytech will lead the blasting crew.",
    )
    assert pairs == {("Quarrytech", "lead the blasting crew")}, pairs


def test_the_writer_beside_its_users_is_the_provider(tmp_path: Path) -> None:
    """A page whose "we" is a name no vocabulary knows ("Gravelcloud is a private cloud …
    We maintain the crushers") and whose users hold duties beside it: the writer is the
    platform provider, not a party of unstated role, though another party of unstated role
    acts too ("supported by the Valley teams")."""
    from graph import extract_facts, read_document

    path = tmp_path / "guidance.md"
    path.write_text(
        "# Prospective tenant guidance\n\n"
        "Gravelcloud is a private quarry cloud for the valley. Hauliers who move to "
        "Gravelcloud save money.\n\n"
        "## Our responsibilities\n\n"
        "Gravelcloud is supported by the Valley teams. We maintain the crushers. We are "
        "responsible for:\n\n"
        "- Updating the weighbridge software\n"
        "- Onboarding new hauliers\n\n"
        "## Your responsibilities\n\n"
        "Users are responsible for:\n\n"
        "- Loading your own trucks\n"
    )
    facts = extract_facts(read_document(path))
    roles = {
        facts.entities[r.subject].label: facts.entities[r.subject].attrs.get("role", "")
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }
    assert {label: role.rsplit("/", 1)[-1] for label, role in roles.items()} == {
        "Gravelcloud": "platform-provider",
        "Valley teams": "unspecified",
        "Customer": "customer",
    }, roles


def test_option_cells_name_their_party_as_an_agent(tmp_path: Path) -> None:
    """A matrix of hosting options whose cells name who does the row as a passive's agent
    ("Fully hosted and managed by Q&T", "Managed by customer"), a name and a participle ("Q&T
    managed via Gatekeeper"), a shared row ("Shared responsibility of Q&T and customer") or
    labelled options ("Option 1: Hosted by Q&T Option 2: Customer can bring their own
    scales"): each party named holds the row, once whatever the column; an ampersand inside a
    name joins it; a row of values ("Support SLA") gives none."""
    pairs = _labels(
        tmp_path,
        "|  | Shared Pit | Dedicated Pit | Customer-managed |\n"
        "|---|---|---|---|\n"
        "| Crusher upkeep | Fully hosted and managed by Q&T | Managed by Q&T | "
        "Fully managed by customer |\n"
        "| Gate access | Q&T managed via Gatekeeper | Shared responsibility of Q&T and customer "
        "| Managed by customer |\n"
        "| Weighbridge | **Option 1**: Hosted by Q&T<br />**Option 2**: Customer can bring "
        "their own scales | Managed by Q&T | Managed by customer |\n"
        "| Help desk | Desk hours | Desk hours | Desk hours |\n",
    )
    assert pairs == {
        ("Q&T", "crusher upkeep"),
        ("Q&T", "gate access"),
        ("Q&T", "weighbridge"),
        ("Customer", "crusher upkeep"),
        ("Customer", "gate access"),
        ("Customer", "weighbridge"),
    }, pairs


def test_what_to_take_as_so_and_a_question_asked_are_no_duties(tmp_path: Path) -> None:
    """ "You should assume that pit owners will have access to the logs" tells a fact (a
    belief verb of cue-words.ttl before "that"), as "Hauliers must presume that …" does;
    "must assume the costs" still binds. "… to ascertain which crushers have been
    validated by Quarrytech" asks a question: no duty to validate anything."""
    pairs = _labels(
        tmp_path,
        "You should assume that pit owners can read every blasting log you keep.\n\n"
        "Hauliers must presume that the weighbridge is reset nightly.\n\n"
        "Customers must assume the costs of their own blasts.\n\n"
        "We recommend consulting the blasting desk to ascertain which crushers have been "
        "validated by Quarrytech.",
    )
    assert pairs == {("Customer", "assume the costs of their own blasts")}, pairs


def test_a_product_the_page_defines_acts_for_its_vendor(tmp_path: Path) -> None:
    """ "The Gravel Kiln is a hosted offering …" defines a thing sold, not who wrote the page;
    what it does ("The Gravel Kiln provides the packaging") is its vendor's, the one other
    party the page names ("**Stonework** is responsible for:"), who is the provider."""
    from graph import extract_facts, read_document

    path = tmp_path / "kiln.md"
    path.write_text(
        "# Gravel Kiln: Roles and Responsibilities\n\n"
        "The Gravel Kiln is a hosted offering for yards whose rules forbid a shared kiln. "
        "The Gravel Kiln provides the packaging needed to fire bricks on your site.\n\n"
        "## Division\n\n"
        "**Stonework** is responsible for:\n\n"
        "* Initial installation;\n"
        "* General maintenance.\n\n"
        "The **subscriber** must supply the kiln shed.\n\n"
        "The Gravel Kiln runs in the kiln shed you supply. Call the Gravel Kiln desk.\n"
    )
    held = {
        (party, label) for party, relation, label in _duties(path) if relation == "responsibleFor"
    }
    assert held == {
        ("Stonework", "provide the packaging needed to fire bricks on your site"),
        ("Stonework", "initial installation"),
        ("Stonework", "general maintenance"),
        ("Subscriber", "supply the kiln shed"),
    }, held
    facts = extract_facts(read_document(path))
    (stonework,) = [e for e in facts.of_kind("party") if e.label == "Stonework"]
    assert stonework.attrs["role"].endswith("/platform-provider"), stonework.attrs


def test_what_a_vendor_offers_its_customers(tmp_path: Path) -> None:
    """ "Quarrytech offers several support services … The haulage services offered under
    each plan are:" lists Quarrytech's duties, as "Quarrytech offers the following services:"
    does ("… the following plans:" lists options); "offers help with X" and "offers
    guidance on Y" are services performed, "offers discounts to schools" is not; "The support
    team offers …" is the vendor's team, not the passage's party."""
    pairs = _labels(
        tmp_path,
        "Quarrytech offers several support services for hauliers. The haulage services "
        "offered under each [plan](plans.md) are:\n\n"
        "- **Night Desk**: dedicated on-call help for blasting issues.\n"
        "- **Dust Watch**: regular dust readings for your pits.\n\n"
        "Quarrytech offers the following plans:\n\n- Gold\n- Silver\n\n"
        "Quarrytech offers the following services:\n\n- Gravel grading\n\n"
        "Quarrytech offers guidance on blasting. Quarrytech offers discounts to schools.\n\n"
        "Customers must weigh their trucks. The support team offers help with fitting new "
        "crushers.",
    )
    assert pairs == {
        ("Quarrytech", "night desk: dedicated on-call help for blasting issues"),
        ("Quarrytech", "dust watch: regular dust readings for your pits"),
        ("Quarrytech", "gravel grading"),
        ("Quarrytech", "offer guidance on blasting"),
        ("Quarrytech", "offer help with fitting new crushers"),
        ("Customer", "weigh their trucks"),
    }, pairs


def test_a_passive_after_need_to_or_have_to_is_its_agents_duty(tmp_path: Path) -> None:
    """ "Corrections to blast plans have to be carried out by you" and "… need to be
    approved by Quarrytech" bind the agent, as "must be approved by" does."""
    pairs = _labels(
        tmp_path,
        "Corrections to blast plans have to be carried out by you.\n\n"
        "Haul road closures need to be approved by Quarrytech.",
    )
    assert pairs == {
        ("Customer", "carry out corrections to blast plans"),
        ("Quarrytech", "approve haul road closures"),
    }, pairs


def test_each_item_after_ensure_that_is_what_is_to_be_so(tmp_path: Path) -> None:
    """ "You must ensure that:" before items of clauses: each is the reader's duty to ensure
    ("your crushers are rebooted weekly" too, a passive naming no agent), as after "You must
    make sure that:"."""
    pairs = _labels(
        tmp_path,
        "You must ensure that:\n\n- your crushers are rebooted weekly\n- you adjust your fences\n",
    )
    assert pairs == {
        ("Customer", "ensure that your crushers are rebooted weekly"),
        ("Customer", "ensure that you adjust your fences"),
    }, pairs


def test_a_leadin_ending_an_item_leads_its_nested_list(tmp_path: Path) -> None:
    """An item whose last sentence is a lead-in ("Once you build a crusher, it becomes your
    responsibility. You should make sure that:") over a nested list: each nested
    item completes the lead-in; the lead-in alone ("Make sure that") is no duty."""
    pairs = _labels(
        tmp_path,
        "- Once you build a crusher, the crusher is your own. You should make sure "
        "that:\n"
        "  - the crusher is oiled regularly\n"
        "  - the crusher is rebooted weekly\n",
    )
    assert pairs == {
        ("Customer", "make sure that the crusher is oiled regularly"),
        ("Customer", "make sure that the crusher is rebooted weekly"),
    }, pairs


def test_how_a_party_protects_your_data_heads_its_measures(tmp_path: Path) -> None:
    """ "## How Quarrytech protects your gravel" heads Quarrytech's measures, each a labelled
    noun phrase ("Physical: Secure access controls to the pits"); an item giving a duty to
    another party after it ("… have to be carried out by you") is that party's."""
    pairs = _labels(
        tmp_path,
        "## How Quarrytech protects your gravel\n\n"
        "1. Safeguards\n"
        "   - Physical: Secure access controls to the pits.\n"
        "   - Technical: Encryption of the blast logs.\n"
        "2. Corrections\n"
        "   - Corrections to blast plans have to be carried out by you.\n",
    )
    assert pairs == {
        ("Quarrytech", "physical: secure access controls to the pits"),
        ("Quarrytech", "technical: encryption of the blast logs"),
        ("Customer", "carry out corrections to blast plans"),
    }, pairs


def test_a_shared_heading_shares_its_subsections_lists(tmp_path: Path) -> None:
    """ "## Shared Responsibilities" over "###" subsections whose lists sit under bold labels
    ("**Gate Settings**"): every item is a duty of each party that holds duties so far, and a
    subsection title ("### Rules and Oversight") names no party; a subsection of one party's
    duties ("### Customer duties") is that party's alone."""
    pairs = _labels(
        tmp_path,
        "## Shared Responsibilities\n\n"
        "### Gate Setup\n\n"
        "**Gate Settings**\n"
        "- Enabling and configuring fences\n"
        "- Gate policy reviews\n\n"
        "### Rules and Oversight\n\n"
        "**Blasting Rules**\n"
        "- Understanding the valley blasting rules\n\n"
        "### Customer duties\n\n"
        "- Paying the gate fees\n",
    )
    assert pairs == {("Customer", "paying the gate fees")} | {
        (party, label)
        for party in ("Quarrytech", "Customer")
        for label in (
            "enabling and configuring fences",
            "gate policy reviews",
            "understanding the valley blasting rules",
        )
    }, pairs
