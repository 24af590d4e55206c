"""Shapes from the second issue 8 tail round (corpus pages below the target): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _has, _page_pairs


def test_modal_conjunct_after_a_comma_is_the_same_subjects_duty(tmp_path: Path) -> None:
    """ "You can pick the zone, and must sign the lease": after ", and" a verb phrase bound by
    its own modal is the same subject's duty, as it is without the comma (the first phrase,
    a permission or a verb of knowing with a wh-object, states none); a first clause already
    bound keeps its verb series, and no modal after ", and" opens no clause."""
    path = tmp_path / "depots.md"
    path.write_text(
        "# Nimbus depots\n\n## How it works\n\n"
        "Nimbus runs the depot hardware. You can pick the depot zone, and must sign the lease "
        "before moving in. As a yard keeper you are expected to know what you store, and are "
        "expected to clear any spills you cause. Tenants may invite guests, and keep the "
        "gate log.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "customer", "sign the lease"), pairs
    assert _has(pairs, "customer", "clear any spills"), pairs
    assert not any("depot zone" in label for _, label in pairs), pairs
    assert not any("what you store" in label for _, label in pairs), pairs
    assert not any("gate log" in label for _, label in pairs), pairs


def test_deed_done_in_a_leading_condition_by_the_same_subject(tmp_path: Path) -> None:
    """ "Once we have inspected the depot, we will hand over the keys": the condition's deed
    in the perfect (a duty verb) is the subject's duty too when the main clause has the same
    subject; another subject ("Once you have …, we …"), a verb of no duty ("received") or a
    lower-case noun subject keep the condition as a condition."""
    path = tmp_path / "depots.md"
    path.write_text(
        "# Nimbus depots\n\n## Handover\n\n"
        "Nimbus runs the depot hardware. Once we have inspected the depot, we will hand over "
        "the keys. Once you have painted the gate, we will renew the lease. Once we have "
        "received the deposit, we will book the crane.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "platform-provider", "inspect the depot"), pairs
    assert _has(pairs, "platform-provider", "hand over the keys"), pairs
    assert not any("paint" in label for _, label in pairs), pairs
    assert not any("deposit" in label for _, label in pairs), pairs


def test_leading_condition_without_a_comma_before_the_other_persons_clause(tmp_path: Path) -> None:
    """ "If you need more depots we will build them": a condition of one person with no comma
    before a clause of the other ends where that clause starts, so its "you" is not the
    main clause's subject (nor is a later series "A, B, and C" an instruction to the reader);
    "we give you a flexible way to X" offers the reader a means, no duty."""
    path = tmp_path / "depots.md"
    path.write_text(
        "# Nimbus depots\n\n## Handover\n\n"
        "Nimbus runs the depot hardware. If you need more space we will extend the depot "
        "yard. If you have other plans we provide you with a flexible way to pack, label, "
        "and ship crates through our portal. If we close a depot you must collect your "
        "crates.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert _has(pairs, "platform-provider", "extend the depot yard"), pairs
    assert _has(pairs, "customer", "collect your crates"), pairs
    assert not any("ship crates" in label for _, label in pairs), pairs
    assert not any("extend" in label for p, label in pairs if p == "customer"), pairs
