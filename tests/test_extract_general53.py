"""General shapes of session 53 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general47 import _duties
from test_extract_general48 import _labels

from graph import extract_facts, read_document


def test_sharing_a_thing_is_a_deed_sharing_the_burden_is_not(tmp_path: Path) -> None:
    """ "Our team will share the blast logs": passing something on is a duty; "share
    responsibility for X" and "share the burden" state the model, no deed."""
    pairs = _labels(
        tmp_path,
        "Our team will share the blast logs when asked.\n\n"
        "Customers must share their haul plans with Quarrytech.\n\n"
        "Customers and Quarrytech share responsibility for dust control.\n\n"
        "Customers share the burden of site safety.",
    )
    assert pairs == {
        ("Quarrytech", "share the blast logs when asked"),
        ("Customer", "share their haul plans with quarrytech"),
    }, pairs


def test_an_opening_phrase_with_no_comma_before_we_will(tmp_path: Path) -> None:
    """ "With a basic survey we will map the pit": "With a basic survey" opens the sentence
    as "During business hours" does; the subject is "we"."""
    pairs = _labels(
        tmp_path,
        "With a basic survey we will map the pit for the customer.\n\n"
        "Under the premium plan we will test every blast hole.",
    )
    assert pairs == {
        ("Quarrytech", "map the pit for the customer"),
        ("Quarrytech", "test every blast hole"),
    }, pairs


def test_not_only_but_also_states_both_halves(tmp_path: Path) -> None:
    """ "X not only A but also B" says X does A and B ("not only" denies nothing)."""
    pairs = _labels(
        tmp_path,
        "Quarrytech not only inspects the haul roads but also repairs them.\n\n"
        "Customers must not only wear helmets, but also report near misses.",
    )
    assert pairs == {
        ("Quarrytech", "inspect the haul roads"),
        ("Quarrytech", "repair the haul roads"),
        ("Customer", "wear helmets"),
        ("Customer", "report near misses"),
    }, pairs


def test_an_inline_key_names_the_generic_provider(tmp_path: Path) -> None:
    """A legend "`Provider` = quarrytech.io (crushing, hauling). `Customer` = the site
    operator." over an Owner column of Provider / Customer / Joint: the provider party is
    quarrytech.io (known also as Provider), the customer keeps its name, Joint gives both."""
    path = _page(
        tmp_path,
        "controls.md",
        "# Quarry control mapping\n\n## Legend\n\n"
        "- **Control owner**: `Provider` = quarrytech.io (crushing, hauling). "
        "`Customer` = the operator of the site. `Joint` = shared responsibility model.\n\n"
        "## Controls\n\n"
        "| ID | Control | Owner | Evidence |\n|---|---|---|---|\n"
        "| Q1 | Crusher guards inspected weekly | Provider | Inspection log |\n"
        "| Q2 | Site gate locked at night | Customer | Gate log |\n"
        "| Q3 | Dust suppression on haul roads | Joint | Water truck records |\n",
    )
    facts = extract_facts(read_document(path))
    provider = next(p for p in facts.of_kind("party") if p.label == "quarrytech.io")
    assert provider.ref.key == "quarrytech-io"
    assert "Provider" in provider.alt_labels
    assert provider.description == "quarrytech.io (crushing, hauling)"
    duties = {(p, label) for p, rel, label in _duties(path) if rel == "responsibleFor"}
    assert duties >= {
        ("quarrytech.io", "crusher guards inspected weekly"),
        ("Customer", "site gate locked at night"),
        ("quarrytech.io", "dust suppression on haul roads"),
        ("Customer", "dust suppression on haul roads"),
    }, duties
    assert not any(p == "Provider" for p, _ in duties)


def test_a_lone_column_of_category_letters_is_no_party(tmp_path: Path) -> None:
    """ "| Claim | Class | Status |" with "A", "B", "C" under "Class" labels each row's class:
    no party "Class" accountable for A rows or consulted on C rows."""
    pairs = _labels(
        tmp_path,
        "## Worked example\n\n| Claim | Class | Status |\n|---|---|---|\n"
        "| Crusher guards | **A** | Shipped |\n| Haul road grading | **B** | Optional |\n"
        "| Blast permits | **C** | Shipped |\n",
    )
    assert not any(party == "Class" for party, _ in pairs), pairs


def test_a_column_of_file_names_is_no_party_column(tmp_path: Path) -> None:
    """A header no vocabulary knows ("Evidence") over file names ("audit.go", "src/crusher")
    heads no party's column: "audit.go" is not a verb phrase."""
    pairs = _labels(
        tmp_path,
        "## Controls\n\n| Claim | Evidence |\n|---|---|\n"
        "| Crusher guards | audit.go |\n| Haul road grading | src/grading |\n",
    )
    assert not any(party == "Evidence" for party, _ in pairs), pairs


def test_a_managed_by_heading_gives_its_table_rows(tmp_path: Path) -> None:
    """ "## Managed by Quarrytech" over a table with no party columns ("Component | Notes"):
    each row's first cell is Quarrytech's, as the items of a list under it are."""
    pairs = _labels(
        tmp_path,
        "## Managed by Quarrytech\n\n| Component | Notes |\n|---|---|\n"
        "| Crusher lubrication | see the maintenance plan |\n"
        "| Conveyor belt tension | checked weekly |\n",
    )
    assert pairs == {
        ("Quarrytech", "crusher lubrication"),
        ("Quarrytech", "conveyor belt tension"),
    }, pairs


def test_bare_names_under_a_parts_lead_in_are_parts(tmp_path: Path) -> None:
    """ "A quarry plant is composed of three core elements:" over plain names
    ("- Quarrytech Weighbridge"): parts, so what "Quarrytech Weighbridge" stores later is no
    party's duty (the list's bold names were parts already)."""
    pairs = _labels(
        tmp_path,
        "## Architecture\n\nA quarry plant is composed of three core elements:\n\n"
        "- Quarrytech Weighbridge\n- Quarrytech Gate (Entry Barrier)\n\n"
        "### Quarrytech Weighbridge\n\nThe Quarrytech Weighbridge stores the truck weights "
        "and supports the billing runs.",
    )
    assert pairs == set(), pairs


def test_a_name_ending_in_a_part_noun_is_no_party(tmp_path: Path) -> None:
    """ "**Haul Road Dispatch Network (HRDN):** Supports truck routing": a network, a thing;
    "Quarrytech Dashboard provides X" is still Quarrytech's (its product)."""
    pairs = _labels(
        tmp_path,
        "## Networks\n\n- **Haul Road Dispatch Network (HRDN):** Supports truck routing and "
        "gate scheduling.\n\nThe Quarrytech Dashboard provides weighbridge reports.",
    )
    assert pairs == {("Quarrytech", "provide weighbridge reports")}, pairs


def test_a_bound_lead_in_with_its_object_completes_each_item(tmp_path: Path) -> None:
    """ "Customers should establish procedures appropriate to their site for:" over items:
    each item completes the verb and its object ("Establish procedures … for blasting"); a
    last item opening with "and" is the series' last."""
    pairs = _labels(
        tmp_path,
        "## Governance\n\n"
        "Customers should establish procedures appropriate to their site for:\n\n"
        "- blasting,\n- hauling,\n- and escalation to Quarrytech.\n\n"
        "Quarrytech must keep records of:\n\n- crusher inspections\n",
    )
    assert pairs == {
        ("Customer", "establish procedures appropriate to their site for blasting"),
        ("Customer", "establish procedures appropriate to their site for hauling"),
        ("Customer", "establish procedures appropriate to their site for escalation to quarrytech"),
        ("Quarrytech", "keep records of crusher inspections"),
    }, pairs


def test_which_means_you_opens_the_readers_clause(tmp_path: Path) -> None:
    """ "Quarrytech will inspect the pit, which means that you must log each visit and
    brief the inspectors": the clause after "which means (that) you" is the customer's."""
    pairs = _labels(
        tmp_path,
        "Quarrytech will inspect the pit, which means that you must log each visit "
        "and brief the inspectors.",
    )
    assert pairs == {
        ("Quarrytech", "inspect the pit"),
        ("Customer", "log each visit"),
        ("Customer", "brief the inspectors"),
    }, pairs


def test_a_series_subject_keeps_its_first_name(tmp_path: Path) -> None:
    """ "Customers, partners and resellers are responsible for X": the comma after
    "Customers" is inside the subject, not a clause boundary; every name holds X."""
    pairs = _labels(
        tmp_path,
        "Customers, partners and resellers are responsible for sorting the gravel.",
    )
    assert pairs >= {
        ("Customer", "sorting the gravel"),
        ("Partner", "sorting the gravel"),
    }, pairs
    assert len(pairs) == 3, pairs


def test_a_last_item_opening_with_and_drops_it(tmp_path: Path) -> None:
    """ "- and dust monitoring." ends a series of items under a party's lead-in: the duty is
    "dust monitoring"."""
    pairs = _labels(
        tmp_path,
        "Customers are responsible for:\n\n- gate security,\n- haul road upkeep,\n"
        "- and dust monitoring.\n",
    )
    assert pairs == {
        ("Customer", "gate security"),
        ("Customer", "haul road upkeep"),
        ("Customer", "dust monitoring"),
    }, pairs


def _reader_labels(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(party, duty) of a page that speaks to the reader as "you", holding ``text``."""
    path = _page(
        tmp_path,
        "reader.md",
        "# Quarry support\n\nQuarrytech is responsible for crushing the stone. You are "
        "responsible for paying invoices.\n\n" + text + "\n",
    )
    return {(party, label) for party, _, label in _duties(path)} - {
        ("Quarrytech", "crushing the stone"),
        ("Customer", "paying invoices"),
    }


def test_will_probably_foretells_no_duty(tmp_path: Path) -> None:
    """ "You will probably identify the fault in the logs": a prediction; "will probably need to
    X" still binds, and a provider's "will most likely send you X" says what it does."""
    pairs = _reader_labels(
        tmp_path,
        "If you read the logs, you will probably rapidly identify the fault and won't need us.\n\n"
        "You will probably need to rotate the keys.\n\n"
        "Quarrytech will most likely send you the gravel guide.",
    )
    assert pairs == {
        ("Customer", "rotate the keys"),
        ("Quarrytech", "most likely send you the gravel guide"),
    }, pairs


def test_be_sure_to_is_an_instruction_to_the_reader(tmp_path: Path) -> None:
    """ "Always be sure to provide X", "Make sure to Y" and "If you run Z, please make sure
    that you W" tell the reader what to do: the customer's duties."""
    pairs = _reader_labels(
        tmp_path,
        "Always be sure to send the truck number to our crew.\n\n"
        "Make sure to rotate the keys.\n\n"
        "If you must store explosives, please make sure that you store them in the magazine.",
    )
    assert pairs == {
        ("Customer", "send the truck number to our crew"),
        ("Customer", "rotate the keys"),
        ("Customer", "store them in the magazine"),
    }, pairs


def test_a_brand_spelled_small_first_opens_a_sentence(tmp_path: Path) -> None:
    """ "qRock will send the survey notes" and "qRock support team acknowledges the issue": a
    brand's own spelling ("eGov", "iCloud") is a proper name, the party acting."""
    pairs = _labels(
        tmp_path,
        "qRock will send the survey notes for each blast.\n\n"
        "qRock support team acknowledges the issue.",
    )
    assert pairs == {
        ("qRock", "send the survey notes for each blast"),
        ("qRock", "acknowledge the issue"),
    }, pairs


def test_a_team_with_no_article_is_the_vendors_as_the_team_is(tmp_path: Path) -> None:
    """ "Support team will check the versions" as "The support team will …": the vendor's
    people; "Each individual haulier team" is the haulier teams, not a party of its own."""
    pairs = _labels(
        tmp_path,
        "Support team will check the crusher versions.\n\n"
        "Haulier teams must weigh each truck. Load safety is the responsibility of each "
        "individual haulier team.",
    )
    assert pairs == {
        ("Quarrytech", "check the crusher versions"),
        ("Haulier teams", "weigh each truck"),
        ("Haulier teams", "load safety"),
    }, pairs


def test_a_series_before_a_gerund_phrase_splits(tmp_path: Path) -> None:
    """ "by providing site training, blast training and training them on safety": the "and"
    opens the third deed, so the two trainings before it are a series of their own; "them"
    is the people trained, not "blast training" (one thing is no "them")."""
    pairs = _labels(
        tmp_path,
        "Quarrytech assists customers by providing site training, blast training and "
        "training them on safety.",
    )
    assert pairs == {
        ("Quarrytech", "provide site training"),
        ("Quarrytech", "provide blast training"),
        ("Quarrytech", "training them on safety"),
    }, pairs


def test_a_condition_naming_examples_ends_at_its_own_comma(tmp_path: Path) -> None:
    """ "Where a managed crusher such as Alpha Jaw, Beta Jaw, or Gamma Jaw is used, …": the
    examples' commas are the condition's; the main clause after it gives the cloud provider
    its screening jobs, and Quarrymax, the one other acting party beside the customer, is
    still the platform provider."""
    path = _page(
        tmp_path,
        "quarry.md",
        "# Quarry duties\n\nQuarrymax is responsible for inspecting the weighbridge. "
        "Customers are responsible for paying invoices.\n\nWhere a managed crusher such as "
        "Alpha Jaw, Beta Jaw, or Gamma Jaw is used, some screening jobs are handled by "
        "the cloud provider.\n",
    )
    facts = extract_facts(read_document(path))
    assert {(p, label) for p, _, label in _duties(path)} == {
        ("Quarrymax", "inspecting the weighbridge"),
        ("Customer", "paying invoices"),
        ("Cloud provider", "handle some screening jobs"),
    }, _duties(path)
    vendor = next(p for p in facts.of_kind("party") if p.label == "Quarrymax")
    assert vendor.attrs["role"].endswith("platform-provider")


def test_a_question_put_to_you_in_a_faq_names_no_party(tmp_path: Path) -> None:
    """ "## Do you provide cross-region failover?" in a FAQ asks the vendor: the answer under
    it ("Quarrytech Cloud is hosted in one region. … please reach out to an expert") is no
    customer duty."""
    pairs = _labels(
        tmp_path,
        "## Do you provide cross-region failover?\n\nQuarrytech Cloud is hosted in one region. "
        "If you have feedback, please reach out to a Quarrytech expert.\n\n"
        "## Who is responsible for backups?\n\nQuarrytech is responsible for backups.",
    )
    assert pairs == {("Quarrytech", "backups")}, pairs
