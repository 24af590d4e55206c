"""Shapes from the misses and false facts of set 18 (invented text only, cat18)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _triples


def _page(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """The triples of an invented page holding ``text``."""
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return _triples(page)


def test_saved_site_navigation_lists_are_no_duties(tmp_path: Path) -> None:
    """A page saved from a website keeps its menu, footer and table of contents: lists whose
    every item, at any depth, is only a link ("[Create Buckets](url)", one with an icon
    image). They state no duties, even under a footer heading; the article's lists stay."""
    triples = _page(
        tmp_path,
        "- [![](https://nimbus.example/icon.svg)Storage](https://nimbus.example/storage/)\n"
        "- [How-Tos](https://nimbus.example/how-to/)\n"
        "  - [Create Buckets](https://nimbus.example/create/)\n"
        "  - [Enable Replication](https://nimbus.example/replication/)\n"
        "  - [Configure Lifecycle Rules](https://nimbus.example/lifecycle/)\n\n"
        "# Who manages what in Nimbus Storage\n\n"
        "Nimbus is responsible for the storage hardware.\n\n"
        "The customer is responsible for:\n\n"
        "- Bucket policies\n- Access keys\n\n"
        "##### Community\n\n"
        "- [Tutorials](https://nimbus.example/tutorials)\n"
        "- [Report Abuse](https://nimbus.example/abuse)\n"
        "- [Code of Conduct](https://nimbus.example/conduct)\n",
    )
    assert ("nimbus", "responsibleFor", "storage hardware") in triples
    assert ("customer", "responsibleFor", "access keys") in triples
    labels = {label for _, _, label in triples}
    assert not labels & {"create buckets", "enable replication", "tutorials", "report abuse"}, (
        triples
    )


def test_instruction_series_set_off_by_semicolons_is_one_duty_per_phrase(tmp_path: Path) -> None:
    """ "Use the console to create and tag; set up rotation; export keys; copy, archive, and
    restore secrets; and otherwise run your vaults": an instruction whose verb phrases are set
    off by semicolons gives one duty per phrase (each kept whole), in a list item under a
    party's lead-in and in a party's table cell alike."""
    triples = _page(
        tmp_path,
        "# Nimbus Vault responsibilities\n\n"
        "Your responsibilities:\n"
        "- Use the provided console and tools to create and tag; set up rotation; link with "
        "other vaults; export keys; audit the logs; copy, archive, and restore secrets; and "
        "otherwise run your vaults safely.\n\n"
        "| Resource | Nimbus responsibilities | Your responsibilities |\n| --- | --- | --- |\n"
        "| Keys | - Store keys in hardware modules. | - Use the console tools to rotate keys; "
        "set up alerts; size your key pool; and otherwise manage your keys. |\n",
    )
    for label in (
        "set up rotation",
        "export keys",
        "copy, archive, and restore secrets",
        "run your vaults safely",
        "set up alerts",
        "size your key pool",
        "manage your keys",
    ):
        assert ("customer", "responsibleFor", label) in triples, (label, triples)
    assert ("nimbus", "responsibleFor", "store keys in hardware modules") in triples


def test_instruction_in_a_cell_with_a_modal_in_its_later_clause_is_a_duty(tmp_path: Path) -> None:
    """ "Keep quality standards so that your data can be stored safely", "Integrate with
    services that you can use to store data" in a party's cell: the instruction states a duty
    (as in a list item); the "can" in the clause after its object says what the duty makes
    possible. "You can export the logs" and "Backups can be restored" stay no duties."""
    triples = _page(
        tmp_path,
        "# Nimbus Vault responsibilities\n\n"
        "| Resource | Nimbus responsibilities | Your responsibilities |\n| --- | --- | --- |\n"
        "| Data | - Keep [quality standards](/docs/x) so that your data can be stored with strong "
        "controls.  \\n - Integrate with Nimbus services that you can use to archive your "
        "data.  \\n - Backups can be restored on request. | - You can export the logs.  \\n - "
        "Back up your data. |\n"
        "| Keys | Rotate the master keys so that a leaked key can do little harm. | - Rotate "
        "your keys. |\n",
    )
    assert ("nimbus", "responsibleFor", "keep quality standards") in triples, triples
    assert any(
        p == "nimbus" and label.startswith("integrate with nimbus services")
        for p, _, label in triples
    ), triples
    assert ("nimbus", "responsibleFor", "rotate the master keys") in triples, triples
    assert ("customer", "responsibleFor", "back up your data") in triples
    labels = {label for _, _, label in triples}
    assert not any("backups can" in label or "export the logs" in label for label in labels)


def test_sentence_describing_a_thing_in_a_party_cell_is_no_duty(tmp_path: Path) -> None:
    """ "Vault clusters are configured with a spare host", "Backups are encrypted per
    customer", "Restore tools are available", "These replicas consist of …" in a party's cell
    say how things are, not what the party does; the cell's instructions stay, as do a
    sentence about the party's own object ("Scans are the customer's job"), an instruction
    with a relative clause ("Assess each alert that is raised") and a third-person action."""
    triples = _page(
        tmp_path,
        "# Nimbus Vault responsibilities\n\n"
        "| Item | Nimbus responsibilities | Your responsibilities |\n|:---- |:------ |:------ |\n"
        "| High availability | Actively watch and fix host issues. Vault clusters are "
        "configured with one spare host for failover. | Plan vault replicas with HA settings. "
        "Active-active replicas are enabled through customer settings. These replicas consist "
        "of several copies of the vault that are balanced by load. |\n"
        "| Backups | Back up all vault configurations. Backups are encrypted uniquely per "
        "customer. Restore tools are available in normal operations. | Assess each alert that "
        "is raised. |\n"
        "| Scans | Creates a scan job (scans are weekly by default). | Scans of images are the "
        "customer's job. |\n",
    )
    assert ("nimbus", "responsibleFor", "back up all vault configurations") in triples
    assert ("customer", "responsibleFor", "plan vault replicas with ha settings") in triples
    assert ("customer", "responsibleFor", "assess each alert that is raised") in triples
    assert any(p == "nimbus" and "scan job" in label for p, _, label in triples), triples
    labels = {label for _, _, label in triples}
    for described in ("configured with", "are encrypted", "are available", "consist of"):
        assert not any(described in label for label in labels), (described, triples)
    assert not any("are enabled through" in label for label in labels), triples


def test_aside_between_a_that_clause_subject_and_its_verb_goes_alone(tmp_path: Path) -> None:
    """ "Make sure that the agents, which run on each vault host, are patched": the relative
    clause set off by a comma is cut, not everything after the comma, so the duty keeps its
    verb ("Make sure that the agents are patched"); a trailing ", which …" still goes."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\nYour responsibilities:\n"
        "- Make sure that the agents, which run on each vault host are patched and configured.\n"
        "- Keep the audit logs, which Nimbus reads yearly.\n",
    )
    assert (
        "customer",
        "responsibleFor",
        "make sure that the agents are patched and configured",
    ) in triples, triples
    assert ("customer", "responsibleFor", "keep the audit logs") in triples, triples


def test_any_ly_adverb_may_stand_before_responsible_for(tmp_path: Path) -> None:
    """ "You are completely responsible for …", "Nimbus is contractually responsible for …":
    any "-ly" adverb between the verb and "responsible for" (not only a listed few)."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n"
        "You are completely responsible for the secrets that you store in the vault. "
        "Nimbus is contractually responsible for the hardware modules.\n",
    )
    assert any(
        p == "customer" and label.startswith("secrets that you store") for p, _, label in triples
    ), triples
    assert ("nimbus", "responsibleFor", "hardware modules") in triples, triples


def test_link_menu_under_a_raci_word_heading_is_no_duty(tmp_path: Path) -> None:
    """A saved page's footer "##### Support" (a RACI word) under a duty heading, over links
    only ("[Report Abuse](url)"), is the site's menu, not the party's supported tasks."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n## Responsibilities of the provider\n\n"
        "Nimbus is responsible for the storage hardware.\n\n"
        "##### Support\n\n"
        "- [Support Center](https://nimbus.example/support)\n"
        "- [Report Abuse](https://nimbus.example/abuse)\n",
    )
    assert ("nimbus", "responsibleFor", "storage hardware") in triples
    labels = {label for _, _, label in triples}
    assert not labels & {"support center", "report abuse"}, triples


def test_designate_is_a_duty_verb(tmp_path: Path) -> None:
    """ "Customer will designate a billing contact": "designate" states a duty as "appoint"
    does (after "may" it stays a right: a discretion verb)."""
    triples = _page(
        tmp_path,
        "# Nimbus storage terms\n\nCustomer will designate a billing contact for the account.\n\n"
        "Members may designate deputies.\n",
    )
    assert any(
        p == "customer" and label.startswith("designate a billing contact")
        for p, _, label in triples
    ), triples
    assert not any("deputies" in label for _, _, label in triples), triples


def test_responsibilities_restricted_to_a_list_are_the_partys_duties(tmp_path: Path) -> None:
    """ "Nimbus responsibilities for Nimbus Storage are restricted to A, and B", "The
    customer's responsibilities are limited to A": a complement after "responsibilities"
    and "are restricted / limited to" name the party's duties, as "include" does."""
    triples = _page(
        tmp_path,
        "# Nimbus Storage terms\n\n"
        "Nimbus responsibilities for Nimbus Storage are restricted to components of the "
        "storage pod, and any Nimbus provided tools necessary for managing the service.\n\n"
        "The customer's responsibilities are limited to the vault keys.\n",
    )
    assert ("nimbus", "responsibleFor", "components of the storage pod") in triples, triples
    assert any(p == "nimbus" and "provided tools" in label for p, _, label in triples), triples
    assert ("customer", "responsibleFor", "vault keys") in triples, triples


def test_cell_verb_series_may_open_with_an_adverb(tmp_path: Path) -> None:
    """ "Automatically apply host patches, and provide agent patches" in a party's cell: a
    series of verb phrases whose first opens with an adverb is one duty per phrase (the adverb
    stays with the first), as in a list item."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Resource | Nimbus responsibilities | Your responsibilities |\n"
        "| --- | --- | --- |\n"
        "| Hosts | - Automatically apply host patch updates, and provide agent patch updates.  \\n"
        " - Encrypt the disks. | - Regularly rotate your keys, and review your access lists. |\n",
    )
    assert ("nimbus", "responsibleFor", "automatically apply host patch updates") in triples
    assert ("nimbus", "responsibleFor", "provide agent patch updates") in triples, triples
    assert ("customer", "responsibleFor", "review your access lists") in triples, triples


def test_instruction_after_a_long_condition_in_a_cell_is_the_duty(tmp_path: Path) -> None:
    """ "When you put vault workloads on the public and private Nimbus network, use edge
    firewalls, … to protect workloads" in a party's cell: the duty is the instruction after
    the condition, not the condition cut at its comma."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Item | Nimbus responsibilities | Your responsibilities |\n"
        "|:---- |:------ |:------ |\n"
        "| Networking | Deploy managed edge gateways. | Use the console tools to set up the "
        "gateways. When you put vault workloads on the public and private Nimbus network, use "
        "edge firewalls, OS firewalls, and app security settings to protect workloads. |\n",
    )
    assert any(
        p == "customer" and label.startswith("use edge firewalls") for p, _, label in triples
    ), triples
    assert not any(label.startswith("when you") for _, _, label in triples), triples


def test_later_cell_sentence_with_a_verb_series_is_one_duty_per_phrase(tmp_path: Path) -> None:
    """A cell's later sentence "For example, choose how to set up your vault network, protect
    secrets such as with Nimbus Key encryption, and tune further access settings": one duty
    per verb phrase, as in the cell's first sentence, split before "such as" is cut."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Item | Nimbus responsibilities | Your responsibilities |\n"
        "|:---- |:------ |:------ |\n"
        "| Security | Patch the hosts. | Set up compliance for your apps. For example, choose how "
        "to set up your vault network, protect secrets such as with Nimbus Key encryption, and "
        "tune further access settings to meet your needs. |\n",
    )
    labels = {label for party, _, label in triples if party == "customer"}
    for opening in (
        "choose how to set up your vault network",
        "protect secrets",
        "tune further access settings",
    ):
        assert any(label.startswith(opening) for label in labels), (opening, triples)
    assert "protect secrets" in labels, triples


def test_act_on_an_area_the_party_holds_is_a_duty_of_its_own(tmp_path: Path) -> None:
    """After a grid gives Nimbus "Vault nodes", "Disable risky actions for vault nodes" in
    Nimbus's cell is an act of its own, not the area restated (only a label led by no verb
    or an ownership verb, "Patches for vault nodes", is an aspect of the area)."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n| Resource | Operations | Security |\n| - | - | - |\n"
        "| Vault nodes | Nimbus | Nimbus |\n| Apps | You | You |\n\n"
        "## Security\n\n| Resource | Nimbus responsibilities | Your responsibilities |\n"
        "| --- | --- | --- |\n"
        "| General | - Watch the hosts.  \\n - Disable certain risky actions for vault nodes, "
        "such as not letting users log in to the host. | - Patch your apps. |\n",
    )
    assert ("nimbus", "responsibleFor", "vault nodes") in triples, triples
    assert (
        "nimbus",
        "responsibleFor",
        "disable certain risky actions for vault nodes",
    ) in triples, triples


def test_gerund_with_a_particle_carries_its_particle_to_a_second_object(tmp_path: Path) -> None:
    """ "backing up the vault host disks and the gateway configs": the second object takes
    "backing up", not a bare "backing"; the particle is part of the verb, so a two-word first
    object ("backing up the servers and management parts of the system") is one duty."""
    triples = _page(
        tmp_path,
        "# Nimbus duties\n\n"
        "Nimbus is responsible for backing up the vault host disks and the gateway configs.\n\n"
        "Nimbus is responsible for backing up the servers and management parts of the system.\n",
    )
    assert ("nimbus", "responsibleFor", "backing up the vault host disks") in triples, triples
    assert ("nimbus", "responsibleFor", "backing up the gateway configs") in triples, triples
    assert (
        "nimbus",
        "responsibleFor",
        "backing up the servers and management parts of the system",
    ) in triples, triples
