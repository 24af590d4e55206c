"""General shapes of session 36, found on evaluation sets and corpus pages: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page

from graph import extract_facts, read_document


def test_a_series_after_caused_by_is_one_object(tmp_path: Path) -> None:
    """ "issues caused by hardware, operating systems, or disk failures", "silos affected by
    rust, cracks, or floods": the series names the causes of one thing, so the duty stays
    whole; "monitors and solves X" is one verb pair though "solves" is in no vocabulary."""
    path = _page(
        tmp_path,
        "silos.md",
        "# Grain silos at Quarrytech\n\n"
        "## Upkeep\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "Quarrytech monitors and solves issues caused by hardware, operating systems, or disk "
        "failures.\n\n"
        "Quarrytech patches and repairs silos affected by rust, cracks, or floods.\n\n"
        "Quarrytech inspects the hoppers, the augers, and the vents.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "quarrytech",
        "monitor and solve issues caused by hardware, operating systems, or disk failures",
    ) in pairs, pairs
    assert (
        "quarrytech",
        "patch and repair silos affected by rust, cracks, or floods",
    ) in pairs, pairs
    assert not any(
        label.endswith(("disk failures", "floods")) and label.count(" ") < 4 for _, label in pairs
    ), pairs
    for label in ("inspect the hoppers", "inspect the augers", "inspect the vents"):
        assert ("quarrytech", label) in pairs, pairs


def test_it_after_an_offered_thing_names_that_thing(tmp_path: Path) -> None:
    """ "Silos support moisture sensors, but you must explicitly enable it": the duty is to
    enable moisture sensors (the clause was dropped as pointing back at nothing); the same
    after a semicolon; "it" after a condition is left to its own rule."""
    path = _page(
        tmp_path,
        "sensors.md",
        "# Grain silos at Quarrytech\n\n"
        "## Sensors\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "Quarrytech silos support moisture sensors, but you must explicitly enable it.\n\n"
        "Quarrytech offers a fill alarm; you must switch it on for each silo.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "enable moisture sensors") in pairs, pairs
    assert ("customer", "switch a fill alarm on for each silo") in pairs, pairs
    assert not any(" it" in f" {label}" for _, label in pairs), pairs


def test_use_of_a_tool_to_keep_several_things_is_one_duty_each(tmp_path: Path) -> None:
    """ "Quarrytech uses third-party sensors in conjunction with a central console to maintain
    A, B and C per the policies set by X": the provider keeps each of A, B and C (the label
    was the tool's use and the first thing only); a tool used for one thing stays as written."""
    path = _page(
        tmp_path,
        "sensors.md",
        "# Quarrytech managed silos\n\n"
        "## Upkeep\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "Quarrytech uses third-party moisture sensors in conjunction with central consoles to "
        "maintain sensor firmware updates, alarm thresholds and regular calibration records per "
        "the policies defined at the sensor maker's server.\n\n"
        "Quarrytech uses a ticketing system to track and resolve silo faults.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "maintain sensor firmware updates",
        "maintain alarm thresholds",
        "maintain regular calibration records per the policies defined at the sensor maker's "
        "server",
        "use a ticketing system to track and resolve silo faults",
    ):
        assert ("quarrytech", label) in pairs, pairs


def test_a_prefixed_participle_and_a_chained_passive_name_the_agent(tmp_path: Path) -> None:
    """ "The silo image is re-certified by Quarrytech before it is released" (a prefixed
    participle was no verb), "The newest image is given these updates and is then certified by
    Quarrytech" (the first passive's subject is the second's)."""
    path = _page(
        tmp_path,
        "images.md",
        "# Quarrytech managed silos\n\n"
        "## Images\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "The silo image is re-certified by Quarrytech before it is released.\n\n"
        "The newest controller image is given these updates and is then certified by "
        "Quarrytech.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "re-certify silo image") in pairs, pairs
    assert ("quarrytech", "certify newest controller image") in pairs, pairs


def test_owner_cells_qualified_by_a_participle_or_for_name_their_party(tmp_path: Path) -> None:
    """A hosting-option matrix whose cells name the owner with words around the name:
    "Quarrytech-managed baseline", "Customer-operated runtime with …" (a duty verb's
    participle joined to the name), "Customer for site ops, Quarrytech for product support"
    (each name qualified); the column was not read as an owner column at all."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech runs silos for its customers.\n\n"
        "## Responsibility matrix\n\n"
        "| Control area | Quarrytech-hosted | Self-hosted |\n"
        "|---|---|---|\n"
        "| Silo security and patching | Quarrytech | Customer |\n"
        "| Perimeter fencing | Quarrytech-managed baseline | Customer |\n"
        "| Gate badge policy | Customer | Customer |\n"
        "| Key administration | Quarrytech-managed services | Customer-managed services |\n"
        "| Grain disposal | Quarrytech | Customer-operated runtime with fixed behavior |\n"
        "| Incident response | Quarrytech | Customer for site ops, Quarrytech for product "
        "support |\n",
    )
    pairs = _page_pairs(path)
    for label in ("perimeter fencing", "key administration", "incident response"):
        assert ("quarrytech", label) in pairs, pairs
    for label in (
        "silo security and patching",
        "perimeter fencing",
        "key administration",
        "grain disposal",
        "incident response",
    ):
        assert ("customer", label) in pairs, pairs


def test_a_verb_series_before_a_dashed_denial_stays_whole(tmp_path: Path) -> None:
    """ "Quarrytech provisions, configures and reconciles them - it does not host them": the
    dash opens a clause of its own, so the series of verbs (one of them in no vocabulary) is
    the duty (it was cut to "Provision , configures")."""
    path = _page(
        tmp_path,
        "plane.md",
        "# Quarrytech shared responsibility\n\n"
        "The plane is run by Quarrytech for your silos. Your silos run on land you "
        "own. Quarrytech provisions, configures and reconciles the silos - it does not host "
        "them. You are responsible for your grain.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provision, configure and reconcile the silos") in pairs, pairs
    assert not any(label.endswith("configures") for _, label in pairs), pairs


def test_your_own_in_a_series_that_remains_yours_opens_no_clause(tmp_path: Path) -> None:
    """ "Controls, grain handling inside your silos, and your own inspection process remain
    yours": ", and your own …" read as a clause of "you" whose verb is "own" cut the series
    from its "remain yours"; each item is the reader's."""
    path = _page(
        tmp_path,
        "limits.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech provisions the silos for you.\n\n"
        "## Limits\n\n"
        "- **Quarrytech does not make your silos compliant.** Application-layer controls, "
        "grain handling inside your silos, and your own inspection process remain yours.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "application-layer controls",
        "grain handling inside your silos",
        "your own inspection process",
    ):
        assert ("customer", label) in pairs, pairs


def test_a_cell_naming_an_agent_gives_the_row_and_a_manner_header_no_party(
    tmp_path: Path,
) -> None:
    """In a "Layer | You | Quarrytech" table of marks, a cell "Reconciled by Quarrytech" gives
    Quarrytech the row with the cell's verb ("Reconcile the desired state …", session 43); a
    column headed "How Quarrytech appears" describes Quarrytech and gives it no duties."""
    path = _page(
        tmp_path,
        "layers.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech provisions the silos for you.\n\n"
        "| Layer | You | Quarrytech |\n"
        "|---|:---:|:---:|\n"
        "| Land lease and fences | Yes | - |\n"
        "| The desired state you commit to Git | Yes | Reconciled by Quarrytech |\n"
        "| Silo provisioning | - | Yes |\n\n"
        "| Control area | How Quarrytech appears | Evidence |\n"
        "|---|---|---|\n"
        "| Supplier risk | A supplier providing silo management. | Your register |\n"
        "| Privileged access | The agent's admin account | [Posture](/x) |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "reconcile the desired state you commit to git") in pairs, pairs
    assert ("customer", "desired state you commit to git") in pairs, pairs
    assert not any("supplier" in label or "admin account" in label for _, label in pairs), pairs


def test_help_you_verb_carries_the_verb_to_each_object(tmp_path: Path) -> None:
    """ "We will help you understand the gate rules and the alarms you receive": each duty is
    to help the reader understand (the second was "Help the alarms you receive")."""
    path = _page(
        tmp_path,
        "help.md",
        "# Quarrytech shared responsibility\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "Quarrytech will help you understand the gate rules and the alarms you receive.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "help you understand the gate rules") in pairs, pairs
    assert ("quarrytech", "help you understand the alarms you receive") in pairs, pairs
    assert ("quarrytech", "help the alarms you receive") not in pairs, pairs


def test_that_means_a_list_names_the_parts_of_the_duty_before(tmp_path: Path) -> None:
    """ "You are responsible for keeping your silo up. That means capacity and sizing,
    restarts and rollouts, and health checking": each part is the reader's; "This means that
    Quarrytech …" is a clause of its own, not a part."""
    path = _page(
        tmp_path,
        "up.md",
        "# Quarrytech shared responsibility\n\n"
        "The silos are operated by Quarrytech.\n\n"
        "You are responsible for keeping your silo up. That means capacity and sizing, "
        "restarts and rollouts, and health checking and alarms.\n\n"
        "You are responsible for your grain. This means that Quarrytech never sells it.\n",
    )
    pairs = _page_pairs(path)
    for label in ("capacity and sizing", "restarts and rollouts", "health checking and alarms"):
        assert ("customer", label) in pairs, pairs
    assert not any("sells" in label or label.startswith("that") for _, label in pairs), pairs


def test_something_you_own_and_so_is_restate_ownership(tmp_path: Path) -> None:
    """ "A jammed auger, a broken belt, or a clogged vent is something you own", "Fence repairs
    are something we handle", "a fault your changes introduced is yours, and so is keeping
    those changes working": each thing is that party's."""
    path = _page(
        tmp_path,
        "owned.md",
        "# Quarrytech shared responsibility\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "That is supported use of the silo, and it also means a jammed auger, a broken belt, "
        "or a clogged vent is something you own.\n\n"
        "A fault that shows on a stock silo is ours; a fault your changes introduced is yours, "
        "and so is keeping those changes working as you upgrade.\n\n"
        "Fence repairs are something we handle.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "jammed auger",
        "broken belt",
        "clogged vent",
        "fault your changes introduced",
        "keeping those changes working as you upgrade",
    ):
        assert ("customer", label) in pairs, pairs
    assert ("quarrytech", "fence repairs") in pairs, pairs
    assert ("quarrytech", "fault that shows on a stock silo") in pairs, pairs
    assert not any("supported use" in label for _, label in pairs), pairs


def test_modifiers_and_shared_of_phrases_stay_with_their_head(tmp_path: Path) -> None:
    """ "provides secure, scalable, and durable grain storage" (adjectives of one head, not
    "Provide secure"); "securing the Confidentiality, Integrity, and Availability of the
    silos" (each of the silos, not "Secure Integrity"); "which tasks are your responsibility"
    asks, it assigns nothing."""
    path = _page(
        tmp_path,
        "model.md",
        "# Quarrytech shared responsibility model\n\n"
        "It is critical to understand which security tasks are Quarrytech's responsibility, "
        "and which tasks are your responsibility.\n\n"
        "Quarrytech provides secure, scalable, and durable grain storage. You are responsible "
        "for securing your grain.\n\n"
        "Quarrytech commits to securing the Confidentiality, Integrity, and Availability of "
        "the Quarrytech silos.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide secure, scalable, and durable grain storage") in pairs, pairs
    for noun in ("the confidentiality", "integrity", "availability"):
        assert ("quarrytech", f"secure {noun} of the quarrytech silos") in pairs, pairs
    assert not any(label.startswith("which") for _, label in pairs), pairs


def test_this_includes_and_this_requires_name_the_parts_of_the_duty_before(
    tmp_path: Path,
) -> None:
    """A paragraph opening "This includes X, from A to B, and everything in between" after a
    paragraph that stated a duty names its part (X; the range is no item); "This requires A,
    B, and C" after one does too ("This requires you to …" is left to other rules)."""
    path = _page(
        tmp_path,
        "parts.md",
        "# Quarrytech shared responsibility model\n\n"
        "## Quarrytech's responsibility\n\n"
        "Quarrytech is responsible for securing the roads.\n\n"
        "This includes the security of all Quarrytech-built gates, from the footings to the "
        "roofs, and everything in between.\n\n"
        "## Customer's responsibility\n\n"
        "Customers are responsible for securing their Quarrytech accounts. This requires the "
        "proper configuration for the gate quorum, appropriate backups for badges, and properly "
        "securing badge credentials, such as PINs.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "security of all quarrytech-built gates") in pairs, pairs
    for label in (
        "proper configuration for the gate quorum",
        "appropriate backups for badges",
        "properly securing badge credentials",
    ):
        assert ("customer", label) in pairs, pairs
    assert not any("footings" in label or "between" in label for _, label in pairs), pairs


def test_widening_perfect_remaining_responsibility_and_offered_pages(tmp_path: Path) -> None:
    """ "Maintaining X, in particular but not limited to Y" (widens, denies nothing);
    "Quarrytech has built and maintains a grain ledger" (maintains it); "therefore the ultimate
    responsibility remains with the customer to select the right approach"; link items under
    "Quarrytech provides comprehensive documentation to help customers …:" are page titles."""
    path = _page(
        tmp_path,
        "more.md",
        "# Quarrytech shared responsibility model\n\n"
        "## Quarrytech's responsibility\n\n"
        "Quarrytech is responsible for securing the land. Quarrytech's responsibilities "
        "therefore include:\n"
        "- Maintaining the confidentiality of gate codes stored with Quarrytech, in particular "
        "but not limited to master keys;\n"
        "- Providing constant availability of Quarrytech's gates.\n\n"
        "Quarrytech has built and maintains a grain ledger, which is the foundation for "
        "audits.\n\n"
        "## Customer's responsibility\n\n"
        "Each customer's choices differ, and therefore the ultimate responsibility remains with "
        "the customer to select the right approach.\n\n"
        "## Additional guidance\n\n"
        "Quarrytech provides comprehensive documentation to help customers effectively manage "
        "their responsibilities:\n"
        "- [Evaluating the security of your gate quorum](https://example.com/a)\n"
        "- [Understanding Quarrytech badges](https://example.com/b)\n",
    )
    pairs = _page_pairs(path)
    assert (
        "quarrytech",
        "maintaining the confidentiality of gate codes stored with quarrytech",
    ) in pairs, pairs
    assert ("quarrytech", "maintain a grain ledger") in pairs, pairs
    assert ("customer", "select the right approach") in pairs, pairs
    assert not any(label.startswith(("evaluating", "understanding")) for _, label in pairs), pairs


def test_responsibility_to_verb_and_becoming_ones_responsibility(tmp_path: Path) -> None:
    """ "Any credentials given to a shed (e.g., gate codes, badges) are the customer's
    responsibility to manage and rotate": managing and rotating them is the duty; "Once grain
    leaves the site (via trucks, rail, or storage), its protection becomes the customer's
    responsibility" (the condition's aside holds commas)."""
    path = _page(
        tmp_path,
        "sheds.md",
        "# Quarrytech shared responsibility model\n\n"
        "Quarrytech runs the silos. You are responsible for your grain.\n\n"
        "## Sheds\n\n"
        "Any credentials or secrets given to a shed (e.g., gate codes, badges) are the "
        "customer's responsibility to manage and rotate.\n\n"
        "Once grain leaves the Quarrytech site (via trucks, rail, or customer-managed storage), "
        "its protection becomes the customer's responsibility.\n",
    )
    pairs = _page_pairs(path)
    assert (
        "customer",
        "manage and rotate any credentials or secrets given to a shed (e.g., gate codes, badges)",
    ) in pairs, pairs
    assert ("customer", "its protection") in pairs, pairs
    assert not any("rail" in label for _, label in pairs), pairs


def test_a_facility_offered_and_a_mandatory_act_on_what_you_use(tmp_path: Path) -> None:
    """ "We provide you with a facility to generate gate keys and connect to our systems": an
    offer, no duty of the provider; "it is mandatory to allowlist the IPs you use for all
    payout requests": the reader's duty (the thing acted on is what the reader uses;
    "allowlist" a duty verb)."""
    path = _page(
        tmp_path,
        "keys.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech is responsible for all the backend silos. You are responsible for your "
        "grain.\n\n"
        "We also provide you with a facility to generate gate keys and connect to our systems "
        "via automated programmes.\n\n"
        "## Your responsibility\n\n"
        "To protect your payouts from malicious attacks, it is mandatory to allowlist the IPs "
        "you use for all payout requests.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "allowlist the ips you use for all payout requests") in pairs, pairs
    assert not any("facility" in label or "connect" in label for _, label in pairs), pairs


def test_a_topic_heading_names_no_party_and_or_opens_a_verb_phrase(tmp_path: Path) -> None:
    """ "## Session Lifecycle and Data Responsibility" (words the page writes in lower case)
    names a topic, not a party, so its items stay with the parties they name; "What our
    support covers" stays the writer's; "Quarrytech restores X before …, or replaces Y" is two
    duties (the second was "Restore replaces Y")."""
    path = _page(
        tmp_path,
        "topic.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech runs the silos. You are responsible for your grain and session data.\n\n"
        "When you release a silo for reuse, Quarrytech restores the pool's current seal "
        "before handing it out again, or replaces the silo if it can't safely restore that "
        "seal.\n\n"
        "## Session Lifecycle and Data Responsibility\n\n"
        "Each session runs in a shed. Customers should be aware that:\n\n"
        "- **Session data is ephemeral** — Any grain left in a shed is destroyed when the "
        "lease ends\n"
        "- **Exported data** — Once grain leaves the site, its protection becomes the "
        "customer's responsibility\n",
    )
    pairs = _page_pairs(path)
    assert (
        "quarrytech",
        "replace the silo if it can't safely restore that seal",
    ) in pairs, pairs
    assert ("customer", "its protection") in pairs, pairs
    assert not any(party.startswith("session") for party, _ in pairs), pairs


def test_a_shared_row_of_a_role_table_is_every_roles(tmp_path: Path) -> None:
    """ "Owner | Responsibilities" rows "*Quarrytech*", "*Shared*", "*You*": the Shared row's
    things are each party's (it was a party called "Shared"); a series whose last item is one
    plural word after items of several ("…, onboarding and go-live, and backups") is split."""
    path = _page(
        tmp_path,
        "owners.md",
        "# Shared responsibility at Quarrytech\n\n"
        "Quarrytech runs the silos and owns their reliability.\n\n"
        "| Owner | Responsibilities |\n"
        "|---|---|\n"
        "| *Quarrytech* | The silos and gates, elastic storage, patching, and 24/7 guards. |\n"
        "| *Shared* | Sizing and capacity planning, fire-drill exercises, and backups. |\n"
        "| *You* | Your grain and its quality, gate codes and secrets, and badge access "
        "control. |\n",
    )
    pairs = _page_pairs(path)
    for party in ("quarrytech", "customer"):
        for label in ("sizing and capacity planning", "fire-drill exercises", "backups"):
            assert (party, label) in pairs, pairs
    assert not any(party == "shared" for party, _ in pairs), pairs


def test_owning_several_things_and_a_narrowed_subject(tmp_path: Path) -> None:
    """ "You own the yard, fencing, and water supply" (owning several things divides the work;
    "You own your grain" says whose it is); "Anything not explicitly owned by Quarrytech is the
    customer's responsibility" (the "not" narrows the subject, it denies nothing)."""
    path = _page(
        tmp_path,
        "own.md",
        "# Shared responsibility at Quarrytech\n\n"
        "Quarrytech runs the silos and owns their reliability.\n\n"
        "Anything not explicitly owned by Quarrytech is the customer's responsibility.\n\n"
        "* *In your yard*: Quarrytech operates the silos inside your own yard. You own the "
        "yard, fences, and water supply.\n\n"
        "You own your grain.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "anything not explicitly owned by quarrytech") in pairs, pairs
    for label in ("own the yard", "own fences", "own water supply"):
        assert ("customer", label) in pairs, pairs
    assert ("customer", "own your grain") not in pairs, pairs


def test_a_writer_named_by_its_team_and_openings_of_means(tmp_path: Path) -> None:
    """A page in the first person whose opening names "the Quarrytech team" is Quarrytech's:
    its team, "The Quarrytech operation and maintenance team will …", "Our team" and "we" are
    one party; "By establishing X, we …" and "Through a strict process, including A and B, we
    …" open with how, not with the subject."""
    path = _page(
        tmp_path,
        "ops.md",
        "# Silo operation service\n\n"
        "When choosing hosted silos, the Quarrytech team provides 24/7 monitoring for your "
        "silos. Here is a list of services:\n\n"
        "## Events\n\n"
        "The Quarrytech operation and maintenance team will notify affected customers of "
        "events via email. By establishing event processes, we promptly address and resolve "
        "issues. Through a strict change process, including assessment and testing, we ensure "
        "that each change undergoes thorough testing.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "provide 24/7 monitoring for your silos",
        "notify affected customers of events via email",
        "address and resolve issues",
        "ensure that each change undergoes thorough testing",
    ):
        assert ("quarrytech", label) in pairs, pairs
    assert {party for party, _ in pairs} == {"quarrytech"}, pairs


def test_a_topic_heading_under_a_party_heading_is_its_duty_when_its_text_names_none(
    tmp_path: Path,
) -> None:
    """ "## Quarrytech responsibilities" / "### Service availability" / prose that states no
    duty of its own ("Automated alerting verifies the health of the silos."): the topic is
    Quarrytech's duty; a subsection whose prose states one keeps that one only; a heading
    naming a party ("### Acme Rail") is no duty. Docusaurus anchor links with a zero-width
    text and a quoted title holding brackets are no part of a heading."""
    anchor = '[\u200b](#x "Direct link to Patching (of the silos)")'
    path = _page(
        tmp_path,
        "topics.md",
        "# Quarrytech shared responsibility model\n\n"
        "Quarrytech runs the silos for you.\n\n"
        f"## Quarrytech responsibilities{anchor}\n\n"
        f"### Service availability{anchor}\n\n"
        "Automated alerting verifies the health of the silos.\n\n"
        f"### Patching (of the silos){anchor}\n\n"
        "Quarrytech patches the silo controllers every month.\n\n"
        "### Amazon\n\n"
        "The silos sit in Amazon data centres.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "service availability") in pairs, pairs
    assert ("quarrytech", "patch the silo controllers every month") in pairs, pairs
    assert not any("patching (of" in label or label == "amazon" for _, label in pairs), pairs
    assert not any("\u200b" in label or "direct link" in label for _, label in pairs), pairs


def test_responsibility_sentences_in_an_examples_list_are_read(tmp_path: Path) -> None:
    """ "Examples include:" over "Patch Management – Quarrytech is responsible for patching
    X, but customers are responsible for patching Y": an example that says who is responsible
    states it (it was skipped as a detail); "Controls which are solely the responsibility of
    the customer" defines a kind of control, no duty called "Controls which"."""
    path = _page(
        tmp_path,
        "controls.md",
        "# Quarrytech shared responsibility model\n\n"
        "Quarrytech runs the silos. You are responsible for your grain.\n\n"
        "**Shared Controls** – Controls which apply to both layers. Examples include:\n\n"
        "* Patch Management – Quarrytech is responsible for patching and fixing flaws within "
        "the silos, but customers are responsible for patching configurations they deploy.\n"
        "* Configuration Management – Quarrytech maintains the configuration of its silo "
        "devices, but a customer is responsible for configuring their own silo sheds.\n\n"
        "**Customer Specific** – Controls which are solely the responsibility of the customer "
        "based on their use of the silos.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "patching and fixing flaws within the silos") in pairs, pairs
    assert ("customer", "patching configurations they deploy") in pairs, pairs
    assert ("quarrytech", "maintain the configuration of its silo devices") in pairs, pairs
    assert ("customer", "configuring their own silo sheds") in pairs, pairs
    assert not any(label.startswith("controls which") for _, label in pairs), pairs


def test_a_cell_naming_only_a_kind_of_work_keeps_the_rows_area(tmp_path: Path) -> None:
    """ "Security Aspect | Quarrytech Responsibility | Customer Responsibility" rows whose
    provider cells say only how ("Enforcement", "Configuration and enforcement"): the duty
    is that work on the row's area ("Resource limits (enforcement)"); a cell naming a thing
    ("Workload selection") stays as written."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech runs the silos. You are responsible for your grain.\n\n"
        "| Security Aspect | Quarrytech Responsibility | Customer Responsibility |\n"
        "|---|---|---|\n"
        "| Silo isolation | Configuration and enforcement | Workload selection |\n"
        "| Resource limits | Enforcement | Appropriate configuration |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "silo isolation (configuration and enforcement)") in pairs, pairs
    assert ("quarrytech", "resource limits (enforcement)") in pairs, pairs
    assert ("customer", "workload selection") in pairs, pairs
    assert ("quarrytech", "enforcement") not in pairs, pairs


def test_this_involves_deeds_after_a_duty_are_that_partys(tmp_path: Path) -> None:
    """ "You must provide and maintain the yard permissions. This involves setting up and
    regularly verifying the badges": the deeds are the reader's duty too; "This includes the
    roofs" after a deed ("Quarrytech paints the silos") only describes it."""
    path = _page(
        tmp_path,
        "involves.md",
        "# Quarrytech managed silos: shared responsibility\n\n"
        "Quarrytech runs the silos in your yard.\n\n"
        "## Your responsibilities\n\n"
        "You must provide and maintain the yard permissions for Quarrytech. This involves "
        "setting up and regularly verifying the yard badges.\n\n"
        "You must keep the weighbridge reachable. This involves regularly testing and updating "
        "its configuration.\n\n"
        "Quarrytech paints the silos. This includes the roofs.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "setting up and regularly verifying the yard badges") in pairs, pairs
    assert ("customer", "regularly testing and updating its configuration") in pairs, pairs
    assert not any("roofs" in label for _, label in pairs), pairs


def test_this_includes_after_a_necessity_and_it_including(tmp_path: Path) -> None:
    """ "It is essential for you, as the customer, to implement security measures. This
    includes managing badge access, implementing gate encryption, and adhering to your
    policies": each deed is the reader's; "they will be completely responsible for it,
    including security and privacy settings": the things it includes, not "It, including …"."""
    path = _page(
        tmp_path,
        "needs.md",
        "# Quarrytech hosted silo customer responsibilities\n\n"
        "Quarrytech runs the silos.\n\n"
        "* **Security:** It is essential for you, as the customer, to implement and maintain "
        "security measures within your yard. This includes managing badge access, "
        "implementing gate encryption, and adhering to your grain policies.\n"
        "* **Object Store:** If the customer buys the Object Store, they will be completely "
        "responsible for it, including security and privacy settings.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "managing badge access",
        "implementing gate encryption",
        "adhering to your grain policies",
        "security and privacy settings",
    ):
        assert ("customer", label) in pairs, pairs
    assert not any(label.startswith("it,") for _, label in pairs), pairs


def test_a_vendor_header_with_a_verb_and_a_recurring_vendor_cell(tmp_path: Path) -> None:
    """ "Capability | Quarrytech provides | You provide": both headers name a party's column
    (only "You provide" did); "Layer | Self-operated | hosted" cells "**You**" and
    "**Quarrytech**" (a name no vocabulary knows, twice or more beside a known party) name
    owners, and "**You** configure it" names the reader."""
    path = _page(
        tmp_path,
        "line.md",
        "# Shared responsibility\n\n"
        "Quarrytech runs silos for the customer.\n\n"
        "| Capability | Quarrytech provides | You provide |\n"
        "|---|---|---|\n"
        "| Moisture sensing | the sensor kit | configuration + thresholds |\n\n"
        "| Layer | Self-operated | quarrytech.io (hosted) |\n"
        "|---|---|---|\n"
        "| Silo inspection & repair | **You** | **Quarrytech** |\n"
        "| Grain at rest | **You** (your site) | **Quarrytech** (our site) |\n"
        "| Moisture control | **You** configure it | **Quarrytech** |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "sensor kit") in pairs, pairs
    assert ("customer", "configuration + thresholds") in pairs, pairs
    for label in ("silo inspection & repair", "grain at rest", "moisture control"):
        assert ("quarrytech", label) in pairs, pairs
        assert ("customer", label) in pairs, pairs


def test_a_free_relative_item_and_a_lead_in_after_a_place(tmp_path: Path) -> None:
    """Under "you are responsible for:", "- **What a bin is filled with.** …" names a thing
    (a free relative), as "**Which bins you fill.**" does; "On quarrytech.io we operate the
    silos and provide, today:" (a place and no comma before "we") leads to Quarrytech's
    items."""
    path = _page(
        tmp_path,
        "always.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech operates the silos; the customer owns the grain.\n\n"
        "## Hosted\n\n"
        "On quarrytech.io we operate the silos and provide, today:\n\n"
        "- **Sealed bins everywhere** — purge is mandatory.\n"
        "- **Lot isolation** — every bin is tied to its farm.\n\n"
        "## What is always yours\n\n"
        "Whoever runs the silo, you are responsible for:\n\n"
        "- **What a bin is filled with.** A bin holds anything the loader puts in.\n"
        "- **Which bins you fill.** Some bins are for seed.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "what a bin is filled with") in pairs, pairs
    assert ("customer", "which bins you fill") in pairs, pairs
    assert any(label.startswith("sealed bins") for p, label in pairs if p != "customer"), pairs
    assert any(label.startswith("lot isolation") for p, label in pairs if p != "customer"), pairs


def test_an_owned_thing_in_a_cell_names_its_owner_and_thing(tmp_path: Path) -> None:
    """A cell "Calibration of the scale is the caller's responsibility" in the caller's column
    gives the caller "Calibration of the scale" (the whole sentence was the label)."""
    path = _page(
        tmp_path,
        "kit.md",
        "# Shared responsibility\n\n"
        "The Quarrytech kit sets up silos for the caller; the caller runs the farm.\n\n"
        "| Area | What the kit does | What the caller owns |\n"
        "|---|---|---|\n"
        "| Weighing | Prints the weight ticket. | Calibration of the scale is the caller's "
        "responsibility. |\n"
        "| Keys | Generates the gate PIN. | Guarding the ledger is the caller's "
        "responsibility. |\n",
    )
    pairs = _page_pairs(path)
    assert ("caller", "calibration of the scale") in pairs, pairs
    assert ("caller", "guarding the ledger") in pairs, pairs
    assert not any("responsibility" in label for _, label in pairs), pairs


def test_what_the_other_side_does_not_supply_is_the_columns_partys(tmp_path: Path) -> None:
    """In the caller's column, "Fire drills, off-site ledger copies, and scale history policy
    are not supplied — …" names what the kit leaves to the caller: each item the caller's;
    "Ensure that grain data is not provided to others" stays one instruction."""
    path = _page(
        tmp_path,
        "kit.md",
        "# Shared responsibility\n\n"
        "The Quarrytech kit sets up silos for the caller; the caller runs the farm.\n\n"
        "| Area | What the kit does | What the caller owns |\n"
        "|---|---|---|\n"
        "| Backup | Sets up daily bin snapshots. | Fire drills, off-site ledger copies, and "
        "scale history policy are not supplied — the kit skips them. |\n"
        "| Data | Keeps the ledger. | Ensure that grain data is not provided to others. |\n",
    )
    pairs = _page_pairs(path)
    for label in ("fire drills", "off-site ledger copies", "scale history policy"):
        assert ("caller", label) in pairs, pairs
    assert ("caller", "ensure that grain data is not provided to others") in pairs, pairs


def test_duties_taken_on_then_actions_after_a_colon(tmp_path: Path) -> None:
    """ "You inherit the operator duties in the left column: run current firmware (follow
    main for fixes), lock gates properly, guard your site and scale, and handle your own
    reports": each action is the reader's duty (split at commas only, "lock" a duty verb)."""
    path = _page(
        tmp_path,
        "inherit.md",
        "# Shared responsibility\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "You inherit the operator duties in the left column: run current firmware (follow "
        "main for fixes), lock gates properly, guard your site and scale, and handle your own "
        "pest reports.\n",
    )
    pairs = _page_pairs(path)
    for label in (
        "run current firmware (follow main for fixes)",
        "lock gates properly",
        "guard your site and scale",
        "handle your own pest reports",
    ):
        assert ("customer", label) in pairs, pairs


def test_a_key_table_of_meanings_assigns_no_duty(tmp_path: Path) -> None:
    """ "Readiness | Meaning" rows ("**Opt-in** | Built, but off at start — you must switch it
    on") define the page's labels (cue:key-column), they assign no duty."""
    path = _page(
        tmp_path,
        "key.md",
        "# Shared responsibility & readiness\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "| Readiness | Meaning |\n"
        "|---|---|\n"
        "| **Live** | On from day one. |\n"
        "| **Opt-in** | Built, but **OFF at start** — you must switch it on. |\n",
    )
    pairs = _page_pairs(path)
    assert not any("switch it on" in label for _, label in pairs), pairs
    assert ("customer", "your grain") in pairs, pairs


def test_questions_under_bold_labels_and_a_series_subject_after_but(tmp_path: Path) -> None:
    """ "* **Ownership**: Who is responsible for cleaning the bin?" asks, it assigns nothing
    (it made a party "Ownership"); "…, but lot quality, blend design, and sale timing remain
    the user's responsibility": the series is the subject (it was cut at ", and"), "the
    user's" the users'; a matrix cell "**Grain Intake** <br/>Deliver all lots …" is one duty."""
    path = _page(
        tmp_path,
        "axes.md",
        "# Quarrytech shared responsibility\n\n"
        "The silos are operated by Quarrytech. Users are responsible for their grain.\n\n"
        "The model distributes responsibilities along two axes:\n\n"
        "* **Ownership**: Who is responsible for cleaning and repairing the bin?\n\n"
        "The silo park provides the foundation, but lot quality, blend design, and sale timing "
        "remain the user's responsibility.\n\n"
        "| **Customer Responsibilities** | **Quarrytech Responsibilities** |\n"
        "| --- | --- |\n"
        "| **Grain Intake** <br/>Deliver all lots as scheduled | **Silo Ventilation** <br/>Run "
        "silo fans and check sensors |\n",
    )
    pairs = _page_pairs(path)
    assert not any(label.endswith("?") for _, label in pairs), pairs
    assert not any(party == "ownership" for party, _ in pairs), pairs
    users = {party for party, label in pairs if label == "their grain"}
    for label in ("lot quality", "blend design", "sale timing"):
        assert any(p in users for p, lab in pairs if lab == label), pairs
    assert ("quarrytech", "silo ventilation") in pairs, pairs
    assert not any(label.startswith("run silo fans") for _, label in pairs), pairs


def test_must_provide_headings_and_focus_labels_name_their_party(tmp_path: Path) -> None:
    """ "### Customer Must Provide" / "### Quarrytech / Haulage Partner Will Provide" over
    bold sub-labels and noun bullets, and "**Quarrytech / Haulage Partner Focus:**" over
    instructions: each list is the named (first) party's (all went to the reader, or to no
    one)."""
    path = _page(
        tmp_path,
        "phases.md",
        "# Quarrytech harvest plan\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "### Customer Must Provide\n\n"
        "**Harvest Documentation:**\n\n"
        "- Field maps and crop rotation records\n\n"
        "### Quarrytech / Haulage Partner Will Provide\n\n"
        "**Storage Documentation:**\n\n"
        "- Intake procedures and sampling steps\n\n"
        "### Phase 1\n\n"
        "**Customer Focus:**\n\n"
        "- Clean the intake hoppers\n\n"
        "**Quarrytech / Haulage Partner Focus:**\n\n"
        "- Validate that silos meet grain needs\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "field maps and crop rotation records") in pairs, pairs
    assert ("customer", "clean the intake hoppers") in pairs, pairs
    vendor = {p for p, label in pairs if label == "intake procedures and sampling steps"}
    assert vendor and "customer" not in vendor, pairs
    assert any(p in vendor for p, label in pairs if label == "validate that silos meet grain needs")


def test_includes_for_example_and_a_benefit_that_states_a_duty(tmp_path: Path) -> None:
    """ "Users are responsible for grain care. This includes, for example:" over gerund
    items: each item is the users' duty (they were skipped as examples); "A key benefit of the
    service is that Quarrytech manages the lifecycle of the silos": Quarrytech's duty."""
    path = _page(
        tmp_path,
        "care.md",
        "# Quarrytech shared responsibility\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "Users are responsible for applying grain-care practices to their lots. This includes, "
        "for example:\n\n"
        "* defining moisture limits,\n"
        "* configuring bins for aeration.\n\n"
        "A key benefit of the service is that Quarrytech manages the lifecycle of the silos.\n",
    )
    pairs = _page_pairs(path)
    users = {p for p, label in pairs if label.startswith("applying grain-care")}
    assert users, pairs
    for label in ("defining moisture limits", "configuring bins for aeration"):
        assert any(p in users and lab == label for p, lab in pairs), pairs
    assert ("quarrytech", "manage the lifecycle of the silos") in pairs, pairs


def test_a_saved_pages_footer_and_a_users_column(tmp_path: Path) -> None:
    """A page saved from a site: a footer heading over links ("##### Community") names no
    party (it had become the customer's label); "User’s Responsibilities | Acme’s
    Responsibilities" makes the first column the users' (the singular heads the role
    "users"); "some best practices still fall under the user’s responsibility" points to them,
    no duty; link-only items are not reported as lines not understood."""
    path = _page(
        tmp_path,
        "saved.md",
        "- [Create Silos](https://example.com/create/)\n"
        "- [Secure Silos](https://example.com/secure/)\n\n"
        "# Shared Responsibility Model\n\n"
        "As a managed service provider, Quarrytech provides stability to your silos. However, "
        "some best practices still fall under the user’s responsibility. Users are responsible "
        "for managing the gate firewall.\n\n"
        "| User’s Responsibilities | Quarrytech’s Responsibilities |\n"
        "| --- | --- |\n"
        "| Manage users and their permissions | Ensure physical security of silos |\n\n"
        "##### Community\n\n"
        "- [Tutorials](https://example.com/t)\n"
        "- [Q&A](https://example.com/q)\n",
    )
    facts = extract_facts(read_document(path))
    labels = {e.label for e in facts.of_kind("party")}
    assert "Community" not in labels, labels
    pairs = _page_pairs(path)
    users = {p for p, label in pairs if label == "managing the gate firewall"}
    assert users and any(
        p in users for p, lab in pairs if lab == "manage users and their permissions"
    )
    assert not any("best practices" in label for _, label in pairs), pairs
    assert not any("Silos" in u.text for u in facts.unread), facts.unread


def test_a_responsibility_to_do_a_thing_so_that_another_follows(tmp_path: Path) -> None:
    """ "The customer's responsibility is to **ensure the yard remains clean**, so that trucks
    can unload": the duty is to ensure it (the label was the purpose clause)."""
    path = _page(
        tmp_path,
        "yard.md",
        "# Quarrytech shared responsibility\n\n"
        "The silos are operated by Quarrytech. You are responsible for your grain.\n\n"
        "The customer's responsibility is to **ensure the yard remains clean and reachable**, "
        "so that trucks can unload reliably.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "ensure the yard remains clean and reachable") in pairs, pairs
    assert not any(label.startswith("so that") for _, label in pairs), pairs
