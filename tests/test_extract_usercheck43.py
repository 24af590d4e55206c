"""Shapes from user check 43 on unseen pages in non-Markdown formats (an AsciiDoc service-lifecycle
matrix, the same matrix rendered to HTML by the site generator, a reStructuredText architecture
page with a shared-responsibility section): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs

from graph import extract_facts, read_document

_HTML_MATRIX = """<!DOCTYPE html>
<html><body><main><article>
<h1>Who runs the depot</h1>
<div class="page-controls"><ul class="custom-dropdown-menu">
<li><a href="https://example.org/edit">Edit this page</a></li>
<li><a href="https://example.org/issue">Request changes</a></li>
</ul></div>
<table>
<thead><tr><th>Task</th><th>Nimbus</th><th>Customer</th></tr></thead>
<tbody>
<tr><td><div class="content"><div class="paragraph"><p>Setting up</p></div>
<div class="ulist"><ul><li><p>Rack the crates</p></li><li><p>Label the pallets</p></li></ul>
</div></div></td>
<td><p><span class="image"><img src="../media/tick.png" alt="check mark"></span></p></td>
<td><p>None</p></td></tr>
<tr><td><div class="content"><div class="paragraph"><p>Daily running</p></div>
<div class="ulist"><ul><li><p>Count the stock</p></li></ul></div></div></td>
<td><p>None</p></td>
<td><p><span class="image"><img src="../media/tick.png" alt="check mark"></span></p></td></tr>
</tbody></table>
</article></main></body></html>
"""


def test_an_html_matrix_with_icon_marks_and_paragraphed_list_items(tmp_path: Path) -> None:
    """A rendered matrix: a party's cell holds only an icon whose alt text says "check mark",
    the task cell a title paragraph over a list whose items wrap their text in <p>. The icon's
    alt text is the cell's mark, each item stays one bullet of the row's group; a dropdown
    menu of page links inside the article is page chrome, not instructions."""
    path = tmp_path / "matrix.html"
    path.write_text(_HTML_MATRIX, encoding="utf-8")
    pairs = _page_pairs(path)
    assert ("nimbus", "rack the crates") in pairs, sorted(pairs)
    assert ("nimbus", "label the pallets") in pairs, sorted(pairs)
    assert ("customer", "count the stock") in pairs, sorted(pairs)
    assert not any("edit this page" in label for _, label in pairs), sorted(pairs)
    assert not any(label == "check mark" for _, label in pairs), sorted(pairs)


def test_an_asciidoc_matrix_with_check_mark_images(tmp_path: Path) -> None:
    """An AsciiDoc ``|===`` matrix whose ``a|`` task cells hold a title and a list, and whose
    party cells hold ``image:tick.png[check mark]`` or ``None``: the image's alt text marks the
    party that does the row's tasks; "Check mark" is no duty."""
    path = tmp_path / "matrix.adoc"
    path.write_text(
        "= Who runs the depot\n\n|===\n|Task |Nimbus |Customer\n\n"
        "a|Setting up\n\n* Rack the crates\n* Label the pallets\n"
        "|image:tick.png[check mark]\n| None\n"
        "a|Daily running\n\n* Count the stock\n| None\n|image:tick.png[Check mark]\n|===\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "rack the crates") in pairs, sorted(pairs)
    assert ("customer", "count the stock") in pairs, sorted(pairs)
    assert not any(label == "check mark" for _, label in pairs), sorted(pairs)


def test_a_lead_in_naming_people_by_the_product_they_deploy(tmp_path: Path) -> None:
    """ "**Organizations deploying Nimbus are responsible for:**" on Nimbus's own page: the
    people who deploy the page's product are its customers, not Nimbus; "**Nimbus
    provides:**" beside it stays Nimbus's."""
    path = tmp_path / "split.md"
    path.write_text(
        "# Nimbus Depot\n\nNimbus runs depots.\n\n## Shared responsibility\n\n"
        "**Nimbus provides:**\n\n* Crate tracking\n* Pallet labelling\n\n"
        "**Organizations deploying Nimbus are responsible for:**\n\n"
        "* Securing the loading bay\n* Changing default locks\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "crate tracking") in pairs, sorted(pairs)
    assert ("customer", "securing the loading bay") in pairs, sorted(pairs)
    assert not any(p == "nimbus" and "loading bay" in label for p, label in pairs), sorted(pairs)


def test_a_name_a_participle_modifies_names_its_head(tmp_path: Path) -> None:
    """ "**Operators hosting Nimbus are responsible for:**" on a page by someone else: the
    party is the head noun, the organisation after the participle is what they host."""
    path = tmp_path / "hosts.md"
    path.write_text(
        "# Depot guide\n\n## Who does what\n\n**Nimbus provides:**\n\n* Crate tracking\n\n"
        "**Operators hosting Nimbus are responsible for:**\n\n* Securing the loading bay\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "crate tracking") in pairs, sorted(pairs)
    assert any(p != "nimbus" and "loading bay" in label for p, label in pairs), sorted(pairs)


def test_a_list_of_a_systems_components_names_parts_not_parties(tmp_path: Path) -> None:
    """ "Every Nimbus depot includes three core components:" over "- **Nimbus Gatehouse** — the
    front door. Stores visitor logs.": the bold names are parts of the system, their verbs no
    one's duties, nor later sentences about them ("The Nimbus Gatehouse runs on dedicated hosts"); a
    party that manages components still has duties ("The customer manages the following
    components:")."""
    path = tmp_path / "parts.md"
    path.write_text(
        "# Nimbus Depot\n\nNimbus runs depots.\n\n## Core parts\n\n"
        "Every Nimbus depot includes three core components:\n\n"
        "* **Nimbus Gatehouse** — the depot's front door. Stores visitor logs. Runs at the "
        "entrance.\n* **Nimbus Scale Agent** — software on every scale. Translates weights "
        "into crate records.\n\n## Nimbus Gatehouse\n\nThe Nimbus Gatehouse is the central entry "
        "point of a Nimbus depot. The Nimbus Gatehouse runs on dedicated hosts.\n\n"
        "## Shared responsibility\n\n**Nimbus provides:**\n\n* Crate tracking\n\n"
        "The customer manages the following components:\n\n* Gate cameras\n* Badge printers\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "crate tracking") in pairs, sorted(pairs)
    assert ("customer", "gate cameras") in pairs, sorted(pairs)
    for fragment in ("visitor logs", "crate records", "dedicated hosts", "entrance"):
        assert not any(fragment in label for _, label in pairs), (fragment, sorted(pairs))


def test_a_design_built_on_principles_uses_no_services(tmp_path: Path) -> None:
    """ "Nimbus is built on the following security design principles:" reads like "built on
    <a platform>", but its items are qualities of the design: no service used, no control
    inherited, no duty; "Nimbus runs on the following platforms:" still names services."""
    path = tmp_path / "principles.md"
    path.write_text(
        "# Nimbus Depot\n\nNimbus runs depots.\n\n## Design\n\n"
        "Nimbus is built on the following security design principles:\n\n"
        "* **Gate independence:** once a badge is issued, gates check it on their own.\n"
        "* **Audit trail:** every request to the gate API is logged.\n\n"
        "## Shared responsibility\n\nNimbus is responsible for the gates.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    labels = {facts.entities[r.object].label.lower() for r in facts.relations}
    assert not any("gate independence" in label or "audit trail" in label for label in labels), (
        sorted(labels)
    )


def test_a_role_in_a_relative_clause_of_what_is_used_is_not_used(tmp_path: Path) -> None:
    """ "Nimbus depots use dedicated gate networks that separate crate traffic from tenant
    traffic": the tenant describes the networks, Nimbus does not use the tenant; "Nimbus runs
    on Azure, which hosts the gates" still uses Azure."""
    path = tmp_path / "uses.md"
    path.write_text(
        "# Nimbus Depot\n\nNimbus is responsible for the gates.\n\n## Networks\n\n"
        "Nimbus depots use dedicated gate networks that separate crate traffic from tenant "
        "traffic.\n\nNimbus runs on Azure, which hosts the gates.\n",
        encoding="utf-8",
    )
    facts = extract_facts(read_document(path))
    used = {
        facts.entities[r.object].label.lower() for r in facts.relations if r.predicate == "uses"
    }
    assert not any("tenant" in label or "customer" in label for label in used), sorted(used)
    assert any("azure" in label for label in used), sorted(used)


def test_an_rst_substitution_defined_in_an_included_file_keeps_its_name(tmp_path: Path) -> None:
    """ "|nimbus-svc:onb| responsibilities" where the substitution is defined in an
    ``.. include::``d file the page leaves out: the heading still names a party (the
    substitution's name as words), its imperative items are that party's, not the reader's;
    "Perform the following checks for three depots (service providers):" is an instruction of
    that party, not a label naming "service providers" as its owner."""
    path = tmp_path / "engagement.rst"
    path.write_text(
        ".. include:: /common/global.rst\n\nDepot engagement\n================\n\n"
        "|nimbus-svc:onb| responsibilities\n---------------------------------\n\n"
        "-  Install the gate scanners.\n"
        "-  Perform the following checks for three depots (service providers):\n\n"
        "   -  Each depot counts as one site.\n\n"
        "Customer responsibilities\n-------------------------\n\n-  Obtain the badge list.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("customer", "obtain the badge list") in pairs, sorted(pairs)
    assert not any(p == "customer" and "gate scanners" in label for p, label in pairs)
    assert any("nimbus" in p and "gate scanners" in label for p, label in pairs), sorted(pairs)
    assert any("nimbus" in p and "perform the following checks" in label for p, label in pairs)
    assert not any("provider" in p for p, _ in pairs), sorted(pairs)


def test_an_item_defining_its_bold_name_as_a_thing_names_no_party(tmp_path: Path) -> None:
    """ "- **Gate Network (GN):** A physically separate, statically wired network (two
    switches). GN links the gatehouses. Supports badge checks.": the bold name is defined as a
    thing (a verbless "A …" sentence with no party word), so neither it nor its short form is
    a party doing what the item says; "- **Yard Crew:** A team that moves crates." still
    names a role."""
    path = tmp_path / "things.md"
    path.write_text(
        "# Nimbus Depot\n\nNimbus is responsible for the gates.\n\n## Networks\n\n"
        "* **Gate Network (GN):** A physically separate, statically wired network (two "
        "switches). GN links the gatehouses and the scales. Supports badge checks.\n"
        "* **Yard Crew:** A team that moves crates. Responsible for stacking pallets.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert not any("gatehouses" in label or "badge checks" in label for _, label in pairs), sorted(
        pairs
    )
    assert any("stacking pallets" in label for _, label in pairs), sorted(pairs)


def test_a_statement_nested_under_a_duty_item_details_that_duty(tmp_path: Path) -> None:
    """Under "## Nimbus responsibilities", "- Perform the following checks for three depots:"
    over "- Coordination will happen through the depot ticket desk.": the nested statement
    about things details the checks, it is no duty of Nimbus; a top-level statement under the
    heading ("- Spare scanners are kept at each gate.") still reads as Nimbus's."""
    path = tmp_path / "nested.md"
    path.write_text(
        "# Depot engagement\n\n## Nimbus responsibilities\n\n- Install the gate scanners.\n"
        "- Perform the following checks for three depots:\n"
        "  - Coordination will happen through the depot ticket desk.\n"
        "- Spare scanners are kept at each gate.\n\n"
        "## Customer responsibilities\n\n- Obtain the badge list.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("nimbus", "install the gate scanners") in pairs, sorted(pairs)
    assert not any("ticket desk" in label for _, label in pairs), sorted(pairs)
    assert any("spare scanners" in label for _, label in pairs), sorted(pairs)
