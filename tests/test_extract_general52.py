"""General shapes of session 52 (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _write_page as _page
from test_extract_general47 import _duties
from test_extract_general48 import _labels


def test_a_party_to_a_verb_is_its_duty(tmp_path: Path) -> None:
    """A statement of work's short form, "Customer to provide X" (an item or a sentence),
    binds the party as "must" does; "Steps for customers to take", "Customers need to …" and a
    purpose ("Tools to monitor the crusher") are no such form."""
    pairs = _labels(
        tmp_path,
        "## Duties\n\n"
        "- Customers to provide blasting permits\n"
        "- Quarrytech to inspect the crushers\n"
        "- Tools to monitor the crusher\n"
        "- Steps for customers to take\n\n"
        "Customers to close the pit. Customers need to pay the fees.",
    )
    assert pairs == {
        ("Customer", "provide blasting permits"),
        ("Quarrytech", "inspect the crushers"),
        ("Customer", "close the pit"),
        ("Customer", "pay the fees"),
    }, pairs


def test_relation_columns_win_over_a_responsible_party_column(tmp_path: Path) -> None:
    """ "Task | Task description | Responsible party | Accountable | Consulted | Informed" with
    party names in the cells ("Acme/Customer", "Customer (If required)", "-") gives each party
    the task by its column's relation, not every party every task as owners would."""
    path = _page(
        tmp_path,
        "page.md",
        "# Quarry operating models\n\n## Fully run by Quarrytech\n\n"
        "| Task | Task description | Responsible party | Accountable | Consulted | Informed |\n"
        "|---|---|---|---|---|---|\n"
        "| Crusher upkeep | Grease the rollers | Quarrytech | Quarrytech | Customer | - |\n"
        "| Haul roads | Grade the roads | Quarrytech/Customer | Customer | - "
        "| Customer (If required) |\n",
    )
    assert _duties(path) == {
        ("Quarrytech", "responsibleFor", "crusher upkeep"),
        ("Quarrytech", "accountableFor", "crusher upkeep"),
        ("Customer", "consultedOn", "crusher upkeep"),
        ("Quarrytech", "responsibleFor", "haul roads"),
        ("Customer", "responsibleFor", "haul roads"),
        ("Customer", "accountableFor", "haul roads"),
        ("Customer", "informedOf", "haul roads"),
    }


def test_a_participle_before_a_noun_with_its_own_verb_is_no_deed(tmp_path: Path) -> None:
    """ "Quarrytech fully managed crushers are supported only on large sites": "managed"
    qualifies "crushers", whose verb is "are supported"; Quarrytech does nothing there."""
    pairs = _labels(
        tmp_path,
        "Quarrytech fully managed crushers are supported only on large sites. "
        "Quarrytech regularly inspects crushers that are old.",
    )
    assert pairs == {("Quarrytech", "inspect crushers that are old")}, pairs


def test_a_heading_of_a_party_and_its_verb_heads_its_list(tmp_path: Path) -> None:
    """ "### Quarrytech Provides" / "### Customers Own" (a card's title on a docs site) over
    noun items names their party, as "What Quarrytech provides" does; "### Encryption
    Provides" names no party."""
    pairs = _labels(
        tmp_path,
        "## Who owns what\n\n### Quarrytech Provides\n\n- Crusher lubrication\n- Dust control\n\n"
        "### Customers Own\n\n- Truck scheduling\n\n### Encryption Provides\n\n- Safety",
    )
    assert pairs == {
        ("Quarrytech", "crusher lubrication"),
        ("Quarrytech", "dust control"),
        ("Customer", "truck scheduling"),
    }, pairs


def test_a_result_participle_after_the_object_is_no_object(tmp_path: Path) -> None:
    """ ", keeping X explicit, auditable, and separate" and ", allowing you to X" after an
    object say what the deed keeps or allows, no more objects of its verb; "scanning A, keeping
    B current and setting C" is a series of gerunds and stays three."""
    pairs = _labels(
        tmp_path,
        "The customer submits a blast permit, keeping permits explicit, auditable, and separate "
        "from the site plan. Quarrytech maintains the crushers, allowing you to focus on "
        "hauling. Scanning trucks, keeping tyres current and setting speed limits is owned by "
        "the customer.",
    )
    assert pairs == {
        ("Customer", "submit a blast permit"),
        ("Quarrytech", "maintain the crushers"),
        ("Customer", "own scanning trucks"),
        ("Customer", "own keeping tyres current"),
        ("Customer", "own setting speed limits"),
    }, pairs


def test_an_object_in_a_series_of_states_is_one_duty(tmp_path: Path) -> None:
    """ "keep their crushers secure, observable, and healthy": one object in three states, one
    duty (not "Keep observable"); "keep records, receipts and logs" are three objects."""
    pairs = _labels(
        tmp_path,
        "Customers keep their crushers secure, observable, and healthy. "
        "Quarrytech keeps records, receipts and logs.",
    )
    assert pairs == {
        ("Customer", "keep their crushers secure, observable, and healthy"),
        ("Quarrytech", "keep records"),
        ("Quarrytech", "keep receipts"),
        ("Quarrytech", "keep logs"),
    }, pairs


def test_what_is_expected_from_a_party_heads_its_list(tmp_path: Path) -> None:
    """ "## What is expected from Crusher crews?" over imperative items gives them to the
    crews, as "What we expect from X" does, not to the reader."""
    pairs = _labels(
        tmp_path,
        "## What is expected from Crusher crews?\n\n- Grease the rollers\n\n"
        "## Expected of Quarrytech\n\n- Inspect the crushers",
    )
    assert pairs == {
        ("Crusher crews", "grease the rollers"),
        ("Quarrytech", "inspect the crushers"),
    }, pairs


def test_a_clipped_word_in_a_party_name_names_the_same_party(tmp_path: Path) -> None:
    """ "App Teams" and "Application Team" (cue-words.ttl clipped words) are one party,
    whichever comes first; "Blast Teams" stays another."""
    path = _page(
        tmp_path,
        "page.md",
        "# Quarry platform\n\n| Area | Quarry Platform Team | App Crews |\n|---|---|---|\n"
        "| Roads | Grade the roads | Schedule the trucks |\n\n"
        "## What is expected from Application crews?\n\n- Wash their haul trucks\n\n"
        "## What is expected from Blast crews?\n\n- Arm the detonators\n",
    )
    held = {label: party for party, _, label in _duties(path)}
    assert held["wash their haul trucks"] == held["schedule the trucks"], held
    assert held["arm the detonators"] == "Blast crews", held
    assert len(set(held.values())) == 3, held


def test_a_binding_modal_keeps_a_duty_that_names_a_service(tmp_path: Path) -> None:
    """ "You must use Amazon S3 to store blast logs" names a service the reader uses and still
    binds the reader; "Customers use Amazon S3" alone states no duty."""
    path = _page(
        tmp_path,
        "page.md",
        "# Quarry storage duties\n\nQuarrytech is responsible for crushing the stone.\n\n"
        "- You must use Amazon S3 to store blast logs.\n"
        "- Customers use Amazon S3.\n",
    )
    duties = _duties(path)
    assert ("Customer", "responsibleFor", "use amazon s3 to store blast logs") in duties
    assert not any(label == "use amazon s3" for _, _, label in duties)


def test_your_vendor_account_representative_acts_for_the_vendor(tmp_path: Path) -> None:
    """ "Your Quarrytech account representative must confirm X" (cue:agent-idiom) is
    Quarrytech's duty, not the reader's and not lost."""
    pairs = _labels(
        tmp_path,
        "Your Quarrytech account representative must confirm your blast permit is ready.",
    )
    assert pairs == {("Quarrytech", "confirm your blast permit is ready")}, pairs


def test_an_options_later_sentence_that_binds_is_a_duty(tmp_path: Path) -> None:
    """Under "you may send:" an item's later sentence "A customer must have consent to send
    it" binds the customer; the option's own sentence ("If you want X, you must use Y") only
    says who may take it."""
    pairs = _labels(
        tmp_path,
        "Subject to these terms, you may send:\n\n"
        "* Blast logs to the quarry account\n"
        "* Worker data. Where it names a worker, a customer must have written consent to "
        "send it.\n"
        "* If you want to send video, you must use the upload portal.\n",
    )
    assert pairs == {("Customer", "have written consent to send it")}, pairs


def test_a_relative_clause_after_a_preposition_stays_with_its_noun(tmp_path: Path) -> None:
    """ "from the point at which ore is handed over" keeps its clause (the label does not end
    "from the point at"); "the devices from which you run A, B or C" still ends at its noun,
    the list belonging to the clause."""
    pairs = _labels(
        tmp_path,
        "Quarrytech is responsible for all blast rules from the point at which ore is handed "
        "to a Quarrytech conveyor. Customers are responsible for the safety of the trucks "
        "from which you run the loaders, the scales, or any other tool.",
    )
    assert pairs == {
        (
            "Quarrytech",
            "all blast rules from the point at which ore is handed to a quarrytech conveyor",
        ),
        ("Customer", "safety of the trucks"),
    }, pairs


def test_a_superscript_footnote_mark_is_no_part_of_a_label(tmp_path: Path) -> None:
    """ "Responsible for the trucks<sup>1</sup>" in a cell is the duty "Trucks", not "Trucks1"."""
    path = _page(
        tmp_path,
        "page.md",
        "# Quarry matrix\n\n| | Quarrytech Responsibility | Customer Responsibility |\n"
        "|--|--|--|\n| Crusher | Responsible for the belts<sup>1</sup>. "
        "| Responsible for the trucks<sup>2</sup>. |\n",
    )
    labels = {label for _, _, label in _duties(path)}
    assert labels == {"belts", "trucks"}, labels


def test_an_adjective_in_ing_takes_the_verb_of_the_first_object(tmp_path: Path) -> None:
    """ "to program the conveyors and recurring billing apps": "recurring" is no verb, so the
    second object is programmed too; "keep the ledger and providing advice" stays two."""
    pairs = _labels(
        tmp_path,
        "It is your duty to program the conveyors and recurring billing apps. It is "
        "the responsibility of Quarrytech to keep the ledger and providing advice.",
    )
    assert pairs == {
        ("Customer", "program the conveyors"),
        ("Customer", "program recurring billing apps"),
        ("Quarrytech", "keep the ledger"),
        ("Quarrytech", "providing advice"),
    }, pairs


def test_supporting_kinds_of_use_is_a_feature_not_a_duty(tmp_path: Path) -> None:
    """ "Quarrytech supports three blasting models" / "various deployment options" describes
    the product; "Quarrytech supports customers during audits" is still a duty."""
    pairs = _labels(
        tmp_path,
        "Quarrytech supports three blasting models, ranging from fully managed to self-run. "
        "Quarrytech supports various deployment options. Quarrytech supports customers during "
        "audits.",
    )
    assert pairs == {("Quarrytech", "support customers during audits")}, pairs


def test_a_state_after_the_objects_is_no_object(tmp_path: Path) -> None:
    """ "provides the blast script, crusher charts, and weekly refreshes, and is available for
    consultation": three objects, the state after "and is" none of them."""
    pairs = _labels(
        tmp_path,
        "Quarrytech provides the blast script, crusher charts, and weekly refreshes, and is "
        "available for consultation.",
    )
    assert pairs == {
        ("Quarrytech", "provide the blast script"),
        ("Quarrytech", "provide crusher charts"),
        ("Quarrytech", "provide weekly refreshes"),
    }, pairs


def test_a_product_noun_heading_with_its_verb_names_the_vendor(tmp_path: Path) -> None:
    """ "### Platform Provides" (cue:product-noun) over items gives them to the page's vendor,
    as "The platform restarts X" does."""
    pairs = _labels(tmp_path, "### Platform Provides\n\n- Crusher lubrication\n- Dust control")
    assert pairs == {
        ("Quarrytech", "crusher lubrication"),
        ("Quarrytech", "dust control"),
    }, pairs
