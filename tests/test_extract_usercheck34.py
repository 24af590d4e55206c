"""Shapes from user check 34 on unseen pages: a check-mark matrix whose task cells carry lists
of links, a controls register split into one "Control | Owner" table per section, and a full
HTML page whose prose opens with "While" and whose bold text spans a party (invented text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _pairs, _related

from graph import extract_facts, read_document
from graph.extract.labels import noun_phrase


def _party_labels(path: Path) -> dict[str, str]:
    """Party key -> its label, for every party that holds a duty on the page."""
    facts = extract_facts(read_document(path))
    return {
        r.subject.key: facts.entities[r.subject].label
        for r in facts.relations
        if r.predicate == "responsibleFor"
    }


def test_a_statement_opened_by_while_names_its_party_without_the_while(tmp_path: Path) -> None:
    """ "While the storage providers have responsibility for X, for example Y." is a statement
    on its own (nothing follows the comma but an example): "While" is no part of the party."""
    path = tmp_path / "while.md"
    path.write_text(
        "# Shared responsibility\n\nMembers rent lockers from the storage provider.\n\n"
        "The members have responsibility for the goods in their lockers. While the storage "
        "providers have responsibility for the upkeep of the building, for example the locks "
        "used on each door.\n",
        encoding="utf-8",
    )
    labels = _party_labels(path)
    assert labels.get("cloud-provider") == "Storage providers", labels
    assert not any(label.lower().startswith("while") for label in labels.values()), labels


def test_bold_text_cut_off_by_its_party_leaves_no_markers() -> None:
    """An HTML page's <b> spans a party and part of its duty ("<b>Tenants retain X for any
    rooms</b> they create"): the duty cut from it keeps no lone "**"."""
    assert noun_phrase("access rules for any rooms** they create in their halls") == (
        "Access rules for any rooms they create in their halls"
    )
    assert noun_phrase("**The cleaning of the shared halls") == "Cleaning of the shared halls"
    assert noun_phrase("the **weekly** sweep of the halls") == "The **weekly** sweep of the halls"


_REGISTER = (
    "## Legend\n\n- `Provider` = the locker company. `Customer` = the renter. `Joint` = both.\n\n"
    "## Halls\n\n| ID | Control | Owner |\n|---|---|---|\n"
    "| H1 | Halls swept every night | Provider |\n"
    "| H2 | Lockers checked for damp | Customer |\n"
    "| H3 | Fire doors kept clear | Joint |\n\n"
    "## Keys\n\n| ID | Control | Owner |\n|---|---|---|\n"
    "| K1 | Master keys kept in the safe | Provider |\n"
    "| K2 | Spare keys logged when cut | Joint |\n"
)


def test_joint_in_a_section_table_naming_one_owner_means_the_page_owners(
    tmp_path: Path,
) -> None:
    """A register split into one small "Control | Owner" table per section: a "Joint" row of a
    table whose other rows name only the provider is still shared with the customer, whom the
    page's earlier owner column named."""
    pairs = _pairs(tmp_path, _REGISTER)
    expected = {
        ("cloud-provider", "halls swept every night"),
        ("customer", "lockers checked for damp"),
        ("cloud-provider", "fire doors kept clear"),
        ("customer", "fire doors kept clear"),
        ("cloud-provider", "master keys kept in the safe"),
        ("cloud-provider", "spare keys logged when cut"),
        ("customer", "spare keys logged when cut"),
    }
    assert expected <= pairs, sorted(expected - pairs)
    assert ("customer", "master keys kept in the safe") not in pairs


def test_links_under_a_task_cell_are_its_pages_not_duties(tmp_path: Path) -> None:
    """A task cell "Publish the timetables" over a list of links (one per hall) names one duty;
    the links point to where it is described. Top-level link tasks stay duties."""
    _check_shape(
        tmp_path,
        "## Operate\n\n| Task | Your responsibility | Locker Co |\n| --- | :---: | :---: |\n"
        "| [Check the lockers for damp](../damp.md) | :heavy_check_mark: | :x: |\n"
        "| Publish the timetables<ul><li>[North hall](../north.md)</li>"
        "<li>[South hall](../south.md)</li></ul> | :x: | :heavy_check_mark: |\n"
        "| Tell members about closures<ul><li>[Closure notices](../closures.md)</li></ul> "
        "| :heavy_check_mark: | :x: |\n",
        [
            ("customer", "check the lockers for damp"),
            ("locker-co", "publish the timetables"),
            ("customer", "tell members about closures"),
        ],
        ["north hall", "south hall", "closure notices"],
    )


_HALLS = (
    "# Shared responsibility\n\nThe customer is responsible for the goods it keeps in the "
    "lockers.\n\n## Halls\n\nThe site-wide locker rules are the responsibility of the provider "
    "to enforce, managing risk for the owners.\n\nHowever, within a shared hall it is the "
    "responsibility of the provider to sweep the floors.\n\nThe provider writes guidelines that "
    "keep the halls quiet. The customer must label the lockers and keep these up to date.\n"
)


def test_the_verb_after_the_responsibility_of_a_party_is_no_part_of_its_name(
    tmp_path: Path,
) -> None:
    """ "X are the responsibility of the provider to enforce": the party is "the provider",
    "to enforce" says what it does with X."""
    path = tmp_path / "halls.md"
    path.write_text(_HALLS, encoding="utf-8")
    labels = _party_labels(path)
    assert labels.get("cloud-provider") == "Provider", labels


def test_it_is_the_responsibility_after_its_setting(tmp_path: Path) -> None:
    """ "However, within a shared hall it is the responsibility of the provider to sweep the
    floors": the setting before "it is" is no duty, the infinitive is the provider's."""
    _check_shape(
        tmp_path,
        _HALLS.split("\n\n", 1)[1],
        [("cloud-provider", "sweep the floors")],
        ["within a shared hall it"],
    )


def test_a_demonstrative_before_a_particle_is_a_pronoun(tmp_path: Path) -> None:
    """ "keep these up to date": "these" stands alone ("up" is no noun), so the provider's
    previous duty does not replace "these up"."""
    pairs = _pairs(tmp_path, _HALLS.split("\n\n", 1)[1])
    assert ("customer", "keep these up to date") in pairs, sorted(pairs)
    assert not any("to date" in label and "guidelines" in label for _, label in pairs), pairs


def test_a_responsibility_said_of_a_pointing_word_names_no_duty(tmp_path: Path) -> None:
    """ "Otherwise, this remains the responsibility of the provider", "Under the lease this
    always remains …", "This is part of the building and is always …": what is owned was
    named before (a heading, the sentence before); the pointing words are no duty."""
    _check_shape(
        tmp_path,
        "The customer is responsible for the goods in the lockers.\n\n## Doors\n\n"
        "Where members fit their own locks it is the responsibility of the customer to oil "
        "them. Otherwise, this remains the responsibility of the provider.\n\n## Roof\n\n"
        "Under the lease this always remains the responsibility of the provider.\n\n"
        "## Frame\n\nThis is part of the building and is always the responsibility of the "
        "provider. The provider is responsible for the lifts.\n",
        [("customer", "oil them"), ("cloud-provider", "lifts")],
        ["otherwise", "this always", "this is part"],
    )


def test_and_this_covers_after_a_duty_is_no_part_of_it(tmp_path: Path) -> None:
    """ "The customer has responsibility for the safety in the lockers and this covers how
    members use them": the clause after "and this covers" says what the duty spans."""
    _check_shape(
        tmp_path,
        "The customer has responsibility for the safety in the lockers and this covers how "
        "members use them. The cloud provider is responsible for the lifts.\n",
        [("customer", "safety in the lockers"), ("cloud-provider", "lifts")],
        ["this covers", "members use them"],
    )


def _register_page(tmp_path: Path, intro: str) -> Path:
    """The locker register under a title and an introductory quote."""
    path = tmp_path / "register.md"
    path.write_text(f"# Locker controls\n\n> {intro}\n\n{_REGISTER}", encoding="utf-8")
    return path


def test_a_role_first_met_as_an_owner_is_named_without_the_possessive(tmp_path: Path) -> None:
    """A register whose introduction first names its parties as owners ("the Provider's
    practices", "the Customer's risk team") still names them "Provider" and "Customer"."""
    path = _register_page(
        tmp_path,
        "Maps the locker rules to the Provider's daily practices; the Customer's risk team "
        "may ask for it.",
    )
    labels = _party_labels(path)
    assert labels.get("cloud-provider") == "Provider", labels
    assert labels.get("customer") == "Customer", labels


def _held(path: Path) -> set[tuple[str, str]]:
    """(holder key, certification label) of every certification the page says is held."""
    return _related(path, "holds")


def test_a_certification_readiness_program_is_no_certification_held(tmp_path: Path) -> None:
    """ "This register is the basis of the Provider's SOC 2 readiness program": SOC 2 is the
    provider's goal, not a certification it holds; "holds an ISO 27001 certificate" is held."""
    path = _register_page(
        tmp_path,
        "This register is the basis of the Provider's SOC 2 readiness program. The Provider "
        "holds an ISO 27001 certificate.",
    )
    held = _held(path)
    assert not any("SOC 2" in label for _, label in held), held
    assert any(key == "cloud-provider" and "ISO" in label for key, label in held), held


def test_the_provider_after_a_customer_sentence_is_the_page_provider(tmp_path: Path) -> None:
    """ "The Town Office must check its suppliers. The provider is also responsible for the
    lifts.": "the provider" names the page's cloud provider, not the party of the sentence
    before (a customer-side party)."""
    pairs = _pairs(
        tmp_path,
        "The Town Office has responsibility for the goods in the lockers. The cloud providers "
        "have responsibility for the building.\n\n## Hardware\n\nThe Town Office must check "
        "that it is content with the locks of any supplier it uses. The provider is also "
        "responsible for the lifts.\n",
    )
    assert ("cloud-provider", "lifts") in pairs, sorted(pairs)
    assert ("town-office", "lifts") not in pairs, sorted(pairs)


def test_help_a_party_can_give_by_doing_something_is_no_duty(tmp_path: Path) -> None:
    """ "The cloud provider can assist by implementing locks …": help on offer, the duty
    stays with the party named before; "helps you stay safe by patching the locks" (no "can")
    still gives the provider the patching."""
    _check_shape(
        tmp_path,
        "The customer is responsible for the doors of the lockers. The cloud provider can "
        "assist by implementing locks that keep the doors shut.\n\nThe cloud provider helps "
        "you stay safe by patching the hinges.\n",
        [("customer", "doors of the lockers"), ("cloud-provider", "patch the hinges")],
        ["implement locks"],
    )


def test_a_control_marked_not_applicable_is_no_duty(tmp_path: Path) -> None:
    """A register row whose control says it does not apply ("Lockers heated -- N/A (no
    heating)", "Roof alarms: not applicable") names no duty; the other rows stay."""
    _check_shape(
        tmp_path,
        "## Halls\n\n| ID | Control | Owner |\n|---|---|---|\n"
        "| H1 | Halls swept every night | Provider |\n"
        "| H2 | Lockers heated -- N/A (no heating in the halls) | Provider |\n"
        "| H3 | Roof alarms: not applicable | Customer |\n"
        "| H4 | Lockers checked for damp | Customer |\n",
        [("cloud-provider", "halls swept"), ("customer", "lockers checked for damp")],
        ["heated", "roof alarms"],
    )


def test_a_details_summary_titles_what_it_discloses(tmp_path: Path) -> None:
    """An HTML ``<details>``'s ``<summary>`` titles a section one level below the heading it
    sits under; text after the block is back in that heading's section. A page that leaves a
    ``<div>`` open before ``</details>`` (browsers close it) still gives sibling sections."""
    path = tmp_path / "areas.html"
    path.write_text(
        "<html><body><main><h1>Shared responsibility</h1><h2>Areas</h2>"
        "<details><summary><span>Lockers</span></summary><div><p>The customer is responsible "
        "for the keys.</p></details>"
        "<details><summary>Lifts</summary><div><p>The cloud provider is responsible for the "
        "lifts.</p></div></details>"
        "<p>The customer is responsible for the doors.</p></main></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    areas = doc.root.sections[0].sections[0]
    assert [(s.title, s.level) for s in areas.sections] == [("Lockers", 3), ("Lifts", 3)]
    assert [getattr(b, "text", "") for b in areas.blocks] == [
        "The customer is responsible for the doors."
    ]
    facts = extract_facts(doc)
    sections = {facts.entities[r.object].label: r.span.section for r in facts.relations}
    assert sections["Keys"][-1] == "Lockers", sections
    assert sections["Lifts"][-1] == "Lifts", sections
    assert sections["Doors"][-1] == "Areas", sections
