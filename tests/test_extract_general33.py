"""General shapes of session 33, found on the development sets' service pages: invented
text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def _page(tmp_path: Path, name: str, text: str) -> Path:
    """An invented page written under ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clause_of_when_alone_names_no_duty(tmp_path: Path) -> None:
    """Items that only say when ("Before the crane licence has expired", "If you are renting
    a depot") name no duty; an item whose main clause follows its condition ("If a key is
    lost, report it to the yard office", "If a gate key is lost it must be reported") does."""
    path = _page(
        tmp_path,
        "duties.md",
        "# Yard duties\n\n"
        "## Tenant responsibilities\n\n"
        "The tenant must renew the crane licence:\n\n"
        "- Before the crane licence has expired\n"
        "- When a change in crane models occurs\n\n"
        "The tenant is responsible for:\n\n"
        "- If you are renting a depot from Quarrytech\n"
        "- If a key is lost, report it to the yard office\n"
        "- If a gate key is lost it must be reported at once\n"
        "- Sweeping the depot floor\n",
    )
    pairs = _page_pairs(path)
    labels = sorted(label for _, label in pairs)
    assert not any(label.startswith(("before", "when", "if you")) for label in labels), labels
    assert "report it to the yard office" in labels, labels
    assert any(label.startswith("if a gate key is lost it must") for label in labels), labels
    assert ("customer", "sweeping the depot floor") in pairs, labels
