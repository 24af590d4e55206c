"""Shapes from the miss descriptions of held-out set 11 (invented text only), run by
tests/test_extract.py with SENTENCE_SHAPES and LIST_SHAPES: each entry is (page body, (party,
label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

Shape = tuple[str, list[tuple[str, str]], list[str]]

SENTENCE_SHAPES_11: list[Shape] = [
    # a unit named by its spelled-out name and its acronym before the head noun ("Widget Supply
    # Office (WSO) crews"), perhaps with an aside after it: the acronym and the head name it
    (
        "Nimbus is responsible for the depots.\n\nWidget Supply Office (WSO) crews are "
        "responsible for checking every crate. The Shelf Keeping (SK) crew (a unit of the WSO "
        "group) is responsible for relabelling the aisles.\n",
        [("wso-crews", "checking every crate"), ("sk-crew", "relabelling the aisles")],
        [],
    ),
]

LIST_SHAPES_11: list[Shape] = [
    # a purpose lead-in "To be in charge of X, you should:" under a capitalised heading: the
    # reader's checklist (the heading is no role the page defines), nested items included
    (
        "Nimbus is responsible for the depots.\n\n## Upkeep Notes\n\nTo be in charge of the "
        "garden, you should:\n\n- Water the plants daily\n- Check the hoses each week:\n"
        "  - Look for leaks\n  - Replace worn washers\n",
        [
            ("customer", "water the plants daily"),
            ("customer", "look for leaks"),
            ("customer", "replace worn washers"),
        ],
        [],
    ),
    # a heading that names a unit by an acronym and a lower-case noun ("What the WSO platform
    # provides", "WSO platform responsibilities"): the unit's list
    (
        "Nimbus is responsible for the depots.\n\n## What the WSO platform provides\n\n"
        "- Sets and keeps shelf standards\n- Audits of shelf layouts for new shops\n\n"
        "## WSO platform responsibilities\n\nTo help crews, the WSO platform provides these "
        "services:\n\n- Training on layout rules\n",
        [
            ("wso-platform", "shelf standards"),
            ("wso-platform", "audits of shelf layouts"),
            ("wso-platform", "training on layout rules"),
        ],
        [],
    ),
    # "X is the responsibility of every single <role>. This includes:" before the heading that
    # names the role: the role the page names, its duty and the list's
    (
        "Nimbus is responsible for the depots.\n\nPaint upkeep is the responsibility of every "
        "single builder crew. This includes:\n\n- Meeting the gloss rule\n- Sanding rough "
        "edges\n\n## Builder crew responsibilities\n\n- Build the shelves\n",
        [
            ("builder-crew", "paint upkeep"),
            ("builder-crew", "meeting the gloss rule"),
            ("builder-crew", "build the shelves"),
        ],
        [],
    ),
]
