"""General shapes of session 55 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general47 import _duties
from test_extract_general48 import _labels

from graph import extract_facts, read_document


def _keys(path: Path) -> set[tuple[str, str]]:
    """(party key, lower-cased duty label) of every duty of the page."""
    facts = extract_facts(read_document(path))
    return {
        (r.subject.key, facts.entities[r.object].label.lower())
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }


_TIERS = (
    "# Quarry support model\n\n"
    "Quarrytech is responsible for crushing the stone. Customers are responsible for paying "
    "invoices.\n\n"
    "## Support tiers\n\n"
    "- **T1 (Customer):** First look and sorting. Log the fault, check the gauges, and "
    "gather context.\n"
    "- **T2 (Customer):** Deeper digging. Restart the belts.\n"
    "- **T3 (Quarrytech):** Escalation for worn crushers. Owns the repair targets.\n"
)


def test_a_tier_label_with_its_holder_in_parentheses_names_that_party(tmp_path: Path) -> None:
    """ "**T1 (Customer):** …" over "**T3 (Quarrytech):** …": each tier's text is the duty of
    the party in its parentheses, not of a party called "T3"; a short first sentence with no
    verb is one duty, the instructions after it more ("Log the fault", "check the gauges"),
    and a sentence with its subject left out ("Owns the repair targets") too."""
    keys = _keys(_page(tmp_path, "tiers.md", _TIERS))
    assert {
        ("customer", "first look and sorting"),
        ("customer", "log the fault"),
        ("customer", "check the gauges"),
        ("customer", "gather context"),
        ("customer", "deeper digging"),
        ("customer", "restart the belts"),
        ("quarrytech", "escalation for worn crushers"),
        ("quarrytech", "own the repair targets"),
    } <= keys, keys
    assert not any(party.startswith("t3") for party, _ in keys), keys


def test_an_aside_s_verbs_stay_with_the_phrase_they_explain(tmp_path: Path) -> None:
    """ "Apply safe steps (pause the belts, stop the blasts, retry if safe) per runbook" is
    one duty: the verbs inside the parentheses are no phrases of their own."""
    pairs = _labels(
        tmp_path,
        "## Faults\n\nThe customer must:\n\n"
        "- Log the fault, and apply safe steps (pause the belts, stop the blasts, retry if "
        "safe) per runbook.",
    )
    assert (
        "Customer",
        "apply safe steps (pause the belts, stop the blasts, retry if safe) per runbook",
    ) in pairs
    assert not any(label.startswith(("stop the blasts", "retry if")) for _, label in pairs)


def test_a_party_label_over_deeds_in_the_third_person_gives_each(tmp_path: Path) -> None:
    """ "- **Client** – keeps the blast records, and approves blasting changes." among labels
    of known parties: each deed is the client's, in the base form; so under a lead-in."""
    path = _page(
        tmp_path,
        "roles.md",
        "# Quarry roles\n\nDuties are split between Quarrytech and the client:\n\n"
        "* **Quarrytech** - operates the crusher, and sets belt speeds.\n"
        "* **Client** - keeps the blast records, and approves blasting changes.\n",
    )
    keys = _keys(path)
    assert {
        ("customer", "keep the blast records"),
        ("customer", "approve blasting changes"),
        ("quarrytech", "set belt speeds"),
    } <= keys, keys
    path = _page(
        tmp_path,
        "leadin.md",
        "# Quarry roles\n\nQuarrytech operates the crusher.\n\n"
        "The client is responsible for the following:\n\n"
        "* keeps the blast log, receives notices, and handles sign-offs for blast "
        "additions, changes, and removals.\n",
    )
    assert ("customer", "handle sign-offs for blast additions, changes, and removals") in (
        _keys(path)
    )


_STEPS = (
    "# Quarry register\n\n"
    "Quarrytech crushes the stone.\n\n"
    "## Keeping the register\n\n"
    "* Clients must keep the blast register up to date. This routine involves these "
    "stages:\n\n"
    "1. Preparation:\n\n"
    "   * Review the planned blasts.\n"
    "   * Note any new charges expected.\n\n"
    "2. Upkeep:\n\n"
    "   * Retain dated copies of the register for audits.\n"
)


def test_a_process_s_steps_after_a_party_s_duty_are_its_duties(tmp_path: Path) -> None:
    """ "Clients must keep X. This routine involves these stages:" ending the last item
    of a list, then a numbered list (one the markup could not nest under the item): its
    steps are the client's duties, as after a paragraph ending so; a numbered list with no
    such lead-in stays a procedure."""
    keys = _keys(_page(tmp_path, "register.md", _STEPS))
    assert {
        ("customer", "keep the blast register up to date"),
        ("customer", "review the planned blasts"),
        ("customer", "note any new charges expected"),
        ("customer", "retain dated copies of the register for audits"),
    } <= keys, keys
    plain = _STEPS.replace(" This routine involves these stages:", "")
    keys = _keys(_page(tmp_path, "plain.md", plain))
    assert ("customer", "review the planned blasts") not in keys, keys


_FIRM = (
    "# Blast safety\n\n"
    "As a service provider, Stonecorp Inc. delivers blasting to its customers through quarry "
    "operators such as Amazon Web Services.\n\n"
    "## Requirement 4\n\n"
    "Stonecorp Inc. provides blasting guidance. StonecorpCloud sets the fuse timers. We "
    "assist customers with tools to count the charges. We encourage customers to log every "
    "charge.\n\n"
    "## Charge counter\n\n"
    "Amazon Charge Counter is a hosted safety solution that tallies charges. Charge "
    "Counter monitors the charges on your site.\n"
)


def test_a_firm_by_its_legal_form_writes_the_page_and_keeps_its_names(tmp_path: Path) -> None:
    """ "As a service provider, Stonecorp Inc. delivers X": the writer is Stonecorp, not the
    operator the opening names after it; "Stonecorp Inc. provides" and "StonecorpCloud sets"
    name that one party; "We assist" is its; "We encourage customers to log X" urges, binds no
    one; a product another firm makes ("Amazon Charge Counter is a … solution") is no party."""
    keys = _keys(_page(tmp_path, "firm.md", _FIRM))
    firm = {label for party, label in keys if party == "stonecorp-inc"}
    assert {
        "deliver blasting to its customers through quarry operators",
        "provide blasting guidance",
        "set the fuse timers",
        "assist customers with tools to count the charges",
    } <= firm, keys
    assert {party for party, _ in keys} == {"stonecorp-inc"}, keys
    assert not any("log every charge" in label for _, label in keys), keys


def test_what_a_party_encourages_is_nobody_s_duty(tmp_path: Path) -> None:
    """ "Quarrytech encourages customers to wear ear plugs" recommends; it does not bind the
    customer (as "Quarrytech requires customers to wear helmets" does)."""
    pairs = _labels(
        tmp_path,
        "Quarrytech encourages customers to wear ear plugs. Quarrytech requires customers to "
        "wear helmets.",
    )
    assert pairs == {("Customer", "wear helmets")}, pairs


def test_duties_of_a_tier_list_read_the_same_under_any_label(tmp_path: Path) -> None:
    """The same tier list with plain party labels ("**Customer:**") gives the same duties as
    with tiers ("**T1 (Customer):**")."""
    plain = _TIERS.replace("T1 (Customer)", "Customer").replace("T2 (Customer)", "Customer")
    plain = plain.replace("T3 (Quarrytech)", "Quarrytech")
    assert _keys(_page(tmp_path, "plain.md", plain)) == _keys(_page(tmp_path, "tiers.md", _TIERS))
    assert _duties(_page(tmp_path, "tiers.md", _TIERS))


def test_an_initialism_that_reads_as_a_word_names_the_page_s_party(tmp_path: Path) -> None:
    """ "the quarry's IT Solutions (ITS) group runs X", then "ITS manages Y" and "ITS will
    then draft Z": the initialism the page gives a name is that party, though it is spelled
    as the word "its"."""
    keys = _keys(
        _page(
            tmp_path,
            "enclave.md",
            "# Quarry enclave guide\n\n"
            "This service lets you focus on digging while the quarry's IT Solutions (ITS) group "
            "runs the gates.\n\n"
            "## Features\n\n"
            "*   **Managed Yard:** ITS manages the yard gates.\n\n"
            "## Steps\n\n"
            "1.  **Billing:** Provide your account code. ITS will then draft a contract.\n"
            "2.  **Yard setup:** Once the contract is signed, ITS will provision a yard.\n",
        )
    )
    assert {
        ("its", "manage the yard gates"),
        ("its", "draft a contract"),
        ("its", "provision a yard"),
    } <= keys, keys


def test_a_habit_glossed_by_its_deeds_after_a_colon_is_those_deeds(tmp_path: Path) -> None:
    """ "We expect customers to practise good habits around trucks: patching trucks and
    updating loaders regularly, and working in a tidy way i.e. treating trucks as "cattle" not
    "pets"": each deed is a duty; the "not" in the gloss after "i.e." denies nothing."""
    pairs = _labels(
        tmp_path,
        "We also expect customers to practise good habits around trucks: patching trucks and "
        'updating loaders regularly, and working in a tidy way i.e. treating trucks as "cattle" '
        'not "pets".',
    )
    labels = {label for party, label in pairs if party == "Customer"}
    assert any(label.startswith("patching trucks") for label in labels), pairs
    assert "working in a tidy way" in labels, pairs
    assert not any(label.startswith("practise good habits") for label in labels), pairs


def test_complete_responsibility_and_what_it_importantly_includes(tmp_path: Path) -> None:
    """ "Customers get admin rights and bear complete responsibility for all yard
    tasks": the tasks are theirs; "Importantly, this includes X" after a responsibility adds
    X, as "This includes X" does."""
    pairs = _labels(
        tmp_path,
        "Customers get admin rights and bear complete responsibility for all yard "
        "tasks.\n\nCustomers are responsible for the yard rules. Importantly, this includes "
        "abiding by the blasting policy.",
    )
    assert ("Customer", "all yard tasks") in pairs, pairs
    assert ("Customer", "abiding by the blasting policy") in pairs, pairs


_EXPECTED = (
    "# Quarry yard guide\n\n"
    "Quarrytech runs the yard.\n\n"
    "## Our Expectations from Customers\n\n"
    "We expect customers to respond promptly to any safety alerts.\n"
    "This means critical faults must be fixed within 7 days.\n\n"
    "### Truck Lifecycle\n\n"
    "Trucks should be kept in good repair and serviced often.\n\n"
    "Trucks should also be inspected before each shift.\n"
)


def test_what_a_party_is_expected_to_see_done_is_its_duty(tmp_path: Path) -> None:
    """Under "## Our Expectations from Customers", a binding passive that names no agent
    ("Trucks should (also) be inspected …"), in a sub-section too, is the customers' duty, in
    the active; so is "This means X must be fixed …" right after a duty of theirs."""
    keys = _keys(_page(tmp_path, "yard.md", _EXPECTED))
    labels = {label for party, label in keys if party == "customer"}
    assert "fix critical faults within 7 days" in labels, keys
    assert any(label.startswith("keep trucks in good repair") for label in labels), keys
    assert "inspect trucks before each shift" in labels, keys
    assert "truck lifecycle" not in labels, keys


def test_numbered_clauses_after_one_about_the_text_are_read(tmp_path: Path) -> None:
    """ "1. The terms are automatically revoked on X. 2. When the terms end, the customer
    will copy Y": the first clause is about the text (no one's duty); the later ones, which
    name parties, are read."""
    keys = _keys(
        _page(
            tmp_path,
            "terms.md",
            "# Quarry usage agreement\n\nQuarrytech runs the yard.\n\n## Article 8. Ending\n\n"
            "1. The terms are automatically revoked on the closing date.\n"
            "2. When the terms end, the customer will copy all files.\n",
        )
    )
    assert ("customer", "copy all files") in keys, keys
    assert not any("terminate" in label for _, label in keys), keys


def test_a_long_title_case_header_over_letters_is_a_party(tmp_path: Path) -> None:
    """ "QT Quarry Services - Application Installation & Configuration" over RACI letters: a
    team and its tier, a party by position though its name runs to eight words and past
    sixty characters."""
    keys = _keys(
        _page(
            tmp_path,
            "raci.md",
            "# Quarry roles\n\n"
            "| Tasks | QT Quarry Services - Application Installation & Configuration "
            "| QT Quarry Services - Experts Only | Customer/SI |\n"
            "|---|---|---|---|\n"
            "| Crush the stone | R, A | | C, I |\n"
            "| Weigh the trucks | | R, A | C |\n"
            "| Pay the invoices | | C, I | R, A |\n",
        )
    )
    assert {
        ("qt-quarry-services-application-installation-and", "crush the stone"),
        ("qt-quarry-services-experts-only", "weigh the trucks"),
        ("customer", "pay the invoices"),
    } <= keys, keys


def test_a_list_table_cell_s_bullets_after_including_are_examples(tmp_path: Path) -> None:
    """A reStructuredText list-table row "Provide yard administration, including:" over
    bullets ("* Gate passes", "* Badges") is one duty, named without its examples."""
    keys = _keys(
        _page(
            tmp_path,
            "raci.rst",
            "Quarry roles\n============\n\n.. list-table::\n   :header-rows: 1\n\n"
            "   * - Tasks\n     - Quarrytech\n     - Customer\n"
            "   * - Provide yard administration, including:\n"
            "       * Gate passes\n       * Badges\n     - R, A\n     - C, I\n",
        )
    )
    assert ("quarrytech", "provide yard administration") in keys, keys
