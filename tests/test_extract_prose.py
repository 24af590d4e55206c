"""Sentence shapes from held-out set 10/11's miss descriptions (invented text only): each
entry is (page body, (party, label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract import _check_shape

PROSE_SHAPES = [
    # a role the page names as a bare plural, a bracketed "(and …)" aside after it: the role
    # is the subject; "for ensuring A and for ensuring B" are two duties, "users" stays inside
    (
        "Nimbus is responsible for the depots.\n\nTeam captains (and deputies) are responsible "
        "for returning badges. Shift leads (and deputies) are responsible for ensuring that "
        "users know the exits and for ensuring that the doors stay shut.\n",
        [
            ("team-captains", "returning badges"),
            ("shift-leads", "ensuring that users know the exits"),
            ("shift-leads", "ensuring that the doors stay shut"),
        ],
        ["exits and for"],
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), PROSE_SHAPES)
def test_prose_shapes(
    tmp_path: Path, body: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    _check_shape(tmp_path, body, present, absent)
