"""General shapes of session 31, found by sorting the misses of the development sets by kind
(a fact read whole, on the wrong party, or not at all): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs


def test_a_verb_keeps_its_own_for(tmp_path: Path) -> None:
    """ "Members must apply for a membership": the "for" opening a verb's object is the verb's
    own ("apply for", "check for", "pay for A and B"), not the "for" of "responsible for"
    that a bare object drops."""
    path = tmp_path / "rules.md"
    path.write_text(
        "# Rules\n\n## Members\n\n"
        "Members must apply for a membership before they plant.\n\n"
        "The stewards will check for new seed varieties.\n\n"
        "Members must pay for water and compost.\n\n"
        "Members are responsible for the gates.\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("members", "apply for a membership before they plant") in pairs, sorted(pairs)
    assert ("stewards", "check for new seed varieties") in pairs, sorted(pairs)
    assert ("members", "pay for water and compost") in pairs, sorted(pairs)
    assert ("members", "gates") in pairs, sorted(pairs)
