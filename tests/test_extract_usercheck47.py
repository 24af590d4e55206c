"""Shapes from the lead's user check 47 on an unseen page (a cloud service's RACI table of
activities with "Your responsibility | IBM responsibility" columns holding words such as
"Responsible and accountable", "Consulted", "None", over a list that explains those roles):
invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_a_list_explaining_the_codes_states_no_duty(tmp_path: Path) -> None:
    """ "- **Accountable:** In this role, you approve that the activity was done": an entry of
    a key to the matrix's codes, not a duty of the reader; the matrix's rows still are."""
    path = tmp_path / "raci.md"
    path.write_text(
        "# Depot duties\n\nThe following roles exist:\n\n"
        "- **Responsible:** In this role, you do the work to complete the activity.\n"
        "- **Accountable:** In this role, you approve the activity was successfully fulfilled.\n"
        "- **Informed:** In this role, you are notified of progress.\n\n"
        "| Activity | Your responsibility | Nimbus responsibility |\n|---|---|---|\n"
        "| Rotate the gate keys | Responsible and accountable | Consulted |\n"
        "| Patch the cranes | Informed | Responsible and accountable |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert not any("approve" in label for _, label in pairs), sorted(pairs)
    assert ("customer", "rotate the gate keys") in pairs, sorted(pairs)
    assert ("nimbus", "patch the cranes") in pairs, sorted(pairs)
