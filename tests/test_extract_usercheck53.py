"""Shapes from user check 53 on unseen pages (a support policy's terms, an acceptable-use policy
and a facility's policies page, in Markdown and reStructuredText): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _pairs


def test_a_bare_agree_lead_in_over_to_infinitive_items(tmp_path: Path) -> None:
    """ "You agree:" / "We agree:" over items that keep their "to" ("- To keep your keys
    safe", "- Only to use it for teaching") give each item, without its "to", to the party."""
    pairs = _pairs(
        tmp_path,
        "The orchard runs a shared press.\n\nYou agree:\n\n- To keep your press keys safe.\n"
        "- Only to press apples from the orchard.\n\nWe agree:\n\n"
        "- To clean the press every evening.\n",
    )
    assert ("customer", "keep your press keys safe") in pairs, sorted(pairs)
    assert ("customer", "press apples from the orchard") in pairs, sorted(pairs)
    assert any(label == "clean the press every evening" for _, label in pairs), sorted(pairs)
    assert not any(label.startswith(("to ", "only to ")) for _, label in pairs), sorted(pairs)


def test_an_item_that_keeps_the_to_of_its_lead_in(tmp_path: Path) -> None:
    """ "Members agree to:" over "- To return the crates" is "Return the crates"."""
    pairs = _pairs(tmp_path, "Members agree to:\n\n- To return the crates on time.\n")
    assert ("members", "return the crates on time") in pairs, sorted(pairs)


def test_an_inline_enumerated_series_after_a_commitment(tmp_path: Path) -> None:
    """ "The customer agrees to: (i) send X, (ii) give Y; and (iii) answer Z" is three duties
    of the customer: the colon, the enumerators and the semicolon part nothing."""
    pairs = _pairs(
        tmp_path,
        "1. The customer agrees to: (i) send the vendor the press logs, (ii) give the vendor "
        "access to the cellar; and (iii) answer the vendor's questions about the cider.\n",
    )
    assert ("customer", "send the vendor the press logs") in pairs, sorted(pairs)
    assert ("customer", "give the vendor access to the cellar") in pairs, sorted(pairs)
    assert ("customer", "answer the vendor's questions about the cider") in pairs, sorted(pairs)


def test_an_enumerated_series_after_a_modal(tmp_path: Path) -> None:
    """ "The customer shall: (a) lock the cellar; (b) pay the fees" (letters, semicolons)."""
    pairs = _pairs(
        tmp_path, "The customer shall: (a) lock the cellar at night; (b) pay the fees monthly.\n"
    )
    assert ("customer", "lock the cellar at night") in pairs, sorted(pairs)
    assert ("customer", "pay the fees monthly") in pairs, sorted(pairs)


def test_a_single_parenthesised_letter_is_no_series(tmp_path: Path) -> None:
    """One "(a)" (or codes out of order) is kept: only a series' enumerators are dropped."""
    pairs = _pairs(tmp_path, "The customer must label crate (a) before it ships.\n")
    assert ("customer", "label crate (a) before it ships") in pairs, sorted(pairs)


def test_a_leader_names_a_role(tmp_path: Path) -> None:
    """ "leader" ends a role's name like "lead" and "manager": "It is the responsibility of
    the orchard leader to X"."""
    pairs = _pairs(
        tmp_path,
        "Acme runs the orchard.\n\nIt is the responsibility of the orchard leader to book the "
        "pickers.\n",
    )
    assert ("orchard-leader", "book the pickers") in pairs, sorted(pairs)


def test_what_a_partys_people_use_stands_between_them_and_the_modal(tmp_path: Path) -> None:
    """ "All users of the Acme cider facilities must X": the users' duty (the thing after
    "of" is no part of the verb phrase, and Acme is not the subject)."""
    pairs = _pairs(
        tmp_path,
        "Acme runs the orchard.\n\nAll users of the Acme cider facilities must rinse their "
        "own barrels.\n\nUsers of the press should oil the screw.\n",
    )
    users = {p for p, label in pairs if label in ("rinse their own barrels", "oil the screw")}
    assert users and users <= {"user", "customer"}, sorted(pairs)  # the page's users
    assert not any(p == "acme" and "barrels" in label for p, label in pairs), sorted(pairs)


def test_two_modifiers_sharing_one_plural_role_noun(tmp_path: Path) -> None:
    """ "It is the responsibility of press and cellar leaders to X" is a duty of the press
    leaders and of the cellar leaders, not of a "press" party; "Acme and customer teams"
    keeps Acme (a party)."""
    pairs = _pairs(
        tmp_path,
        "Acme runs the orchard.\n\nIt is the responsibility of press and cellar leaders to check "
        "the barrel seals.\n\n"
        "Acme and customer teams must review the harvest logs.\n",
    )
    assert ("press-leaders", "check the barrel seals") in pairs, sorted(pairs)
    assert ("cellar-leaders", "check the barrel seals") in pairs, sorted(pairs)
    assert ("acme", "review the harvest logs") in pairs, sorted(pairs)
    assert not any(p == "press" for p, _ in pairs), sorted(pairs)


def test_a_state_after_a_whole_object_series_belongs_to_each_item(tmp_path: Path) -> None:
    """ "Keep the press keys, cellar codes and ledgers confidential": each item is kept
    confidential (not "Keep the press keys" and "Keep ledgers confidential")."""
    pairs = _pairs(
        tmp_path,
        "Acme runs the orchard.\n\nCustomers must keep the press keys, cellar codes and ledgers "
        "confidential.\n",
    )
    assert ("customer", "keep the press keys confidential") in pairs, sorted(pairs)
    assert ("customer", "keep cellar codes confidential") in pairs, sorted(pairs)
    assert not any(label == "keep the press keys" for _, label in pairs), sorted(pairs)


def test_an_item_keeps_its_verb_after_the_to_of_its_lead_in(tmp_path: Path) -> None:
    """ "You agree: - To keep your press keys, cellar cards or tokens confidential, and that
    you will …": the item's verb is "keep" (the series is its object, not cut after the
    first comma)."""
    pairs = _pairs(
        tmp_path,
        "The orchard runs a shared press.\n\nYou agree:\n\n- To keep your press keys, cellar "
        "cards or tokens confidential, and that you will call us if a card is lost.\n",
    )
    labels = {label for _, label in pairs}
    assert any(label.startswith("keep your press keys") for label in labels), sorted(pairs)
    assert not any(label.startswith("cellar cards") for label in labels), sorted(pairs)


def test_a_passive_phrasal_verb_with_its_agent(tmp_path: Path) -> None:
    """ "Minor breaches will be dealt with by the wardens": the wardens deal with them (a duty
    verb with its particle, "dealt with", "looked after", before "by")."""
    pairs = _pairs(
        tmp_path,
        "Acme runs the orchard.\n\nMinor breaches will be dealt with by the administrators.\n\n"
        "The young trees are looked after by the customer.\n",
    )
    assert ("administrators", "deal with minor breaches") in pairs, sorted(pairs)
    assert ("customer", "look after young trees") in pairs, sorted(pairs)
