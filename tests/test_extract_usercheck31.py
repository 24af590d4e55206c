"""Shapes from user check 31 on unseen cloud and managed-service responsibility pages (invented
text only)."""

from __future__ import annotations

from pathlib import Path

from test_extract import _check_shape, _has, _pairs


def test_a_joint_subject_of_requires_is_each_party_not_a_name_of_the_reader(
    tmp_path: Path,
) -> None:
    """ "Running the depot requires both you and Larkspur to …": the joint subject names two
    parties; it gives each the duty and never becomes the label of the reader's party, so the
    page's later "you" duties stay the customer's."""
    _check_shape(
        tmp_path,
        "Running the depot requires both you and Larkspur to keep the ledgers current.\n\n"
        "## Your part\n\nIt is your responsibility to:\n\n- Rotate the gate codes.\n"
        "- Watch the crate alarms.\n\nYou are responsible for sweeping the loading bay.\n",
        [
            ("customer", "keep the ledgers current"),
            ("larkspur", "keep the ledgers current"),
            ("customer", "rotate the gate codes"),
            ("customer", "sweeping the loading bay"),
        ],
        [],
    )
    pairs = _pairs(tmp_path, "Running it requires both you and Larkspur to keep logs.\n")
    assert {party for party, _ in pairs} == {"customer", "larkspur"}, sorted(pairs)
    assert _has(pairs, "larkspur", "keep logs"), sorted(pairs)
