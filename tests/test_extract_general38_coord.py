"""General shapes of session 38 (coordination in duty lists): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_an_owner_cell_series_splits_around_asides_and_its_items_own_and(tmp_path: Path) -> None:
    """An owner table's cell listing duties whose items carry their own "and" ("kiln setup and
    tuning, glaze audits, firing and cooling, and shard disposal (the split depends on the
    plan)"; "Sizing and kiln planning" a compound, no gerund and its object), or that runs past
    the label length, is one duty per item; a last item pointing elsewhere on the page ("the
    intake checklist below") is none."""
    path = _page(
        tmp_path,
        "kilns.adoc",
        "= Quarrytech Kilns: who does what\n\n"
        '[cols="1,3", options="header"]\n'
        "|===\n"
        "|Owner |Responsibilities\n\n"
        "|*Quarrytech*\n"
        "|The kiln hall and power feed, burner servicing, patching, spare parts, and night "
        "watch.\n\n"
        "|*Shared*\n"
        "|Sizing and kiln planning, glaze audits, firing and cooling, and shard disposal (the "
        "split depends on the plan).\n\n"
        "|*You*\n"
        "|Your clay stock and its storage rules, shelf plans and labels, studio-level safety "
        "drills, glaze recipe reviews, and the intake checklist below.\n"
        "|===\n",
    )
    pairs = _page_pairs(path)
    for party in ("customer", "quarrytech"):
        assert (party, "sizing and kiln planning") in pairs, pairs
        assert (party, "glaze audits") in pairs, pairs
        assert (party, "firing and cooling") in pairs, pairs
    assert ("customer", "shelf plans and labels") in pairs, pairs
    assert ("customer", "glaze recipe reviews") in pairs, pairs
    assert ("customer", "studio-level safety drills") in pairs, pairs
    assert not any("checklist" in label for _, label in pairs), pairs
