"""A RACI matrix turned around: the relations across ("Task | Responsible | Accountable |
Consulted | Informed") and the parties named in the cells ("Writer", "Editor, SME"). Each row's
task is a duty of every party a cell names, by the relation its column's header states; a
header is read through the code vocabulary (responsibility-codes.ttl), so "R", "Responsible",
"Owner" or "Consulted" all head such a column. It comes before the owner columns in
``tables.LAYOUTS``: "Responsible party" beside "Accountable" and "Consulted" is one relation
among several, not the one owner of each row."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Ref, Span
from ..lexicon import Code

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["RelationColumns"]

_NAMES = re.compile(r"\s*(?:,|;|/|&|\band\b)\s*", re.I)
"""Between the names of one cell ("Writer, SME", "Ops and Security")."""
_MAX_NAME_WORDS = 4
"""A name longer than this is a description, not a party."""


def _relation_columns(view: TableView) -> list[tuple[int, Code]]:
    """(column, code) for each column after the first whose header is one relation code and
    whose cells are not codes themselves."""
    lexicon = view.reader.lexicon
    found: list[tuple[int, Code]] = []
    for index in range(1, view.width):
        header = view.headers[index] if index < len(view.headers) else ""
        codes = lexicon.read_cell(header) if header else None
        if not codes or len(codes) != 1 or codes[0].relation is None:
            continue
        if index in view.code_columns:
            continue  # "Responsible" over "Yes" / "No": a question per row, not names
        found.append((index, codes[0]))
    return found


def _names(view: TableView, text: str) -> list[str]:
    """The party names a cell lists ("Writer, SME"); [] for codes, values or descriptions."""
    lexicon = view.reader.lexicon
    names = [n.strip(" .") for n in _NAMES.split(text) if n.strip(" .")]
    if not names or any(len(n.split()) > _MAX_NAME_WORDS for n in names):
        return []
    return [n for n in names if lexicon.read_cell(n) is None and n[:1].isalpha()]


class RelationColumns:
    """Relations across, tasks down, parties named in the cells."""

    name = "relation columns"

    def detect(self, view: TableView) -> bool:
        """Two relation columns or more, and their cells name parties in two rows or more."""
        columns = _relation_columns(view)
        if len(columns) < 2:
            return False
        named = [
            r for r in view.block.rows if any(_names(view, view.cell(r, i)) for i, _ in columns)
        ]
        return len(named) >= 2

    def extract(self, view: TableView) -> None:
        """Each row's first cell, a duty of every party its relation cells name."""
        columns = _relation_columns(view)
        for row in view.block.rows:
            label = view.cell(row, 0)
            if not label:
                continue
            span = view.span(row.line)
            for index, code in columns:
                relation = code.relation or "responsibleFor"  # every column's code has one
                for party in self._parties(view, view.cell(row, index), span):
                    view.reader.records.duty(
                        party, label, label, span, predicate=relation, shared=code.shared
                    )

    @staticmethod
    def _parties(view: TableView, text: str, span: Span) -> list[Ref]:
        resolver = view.reader.parties
        found = (resolver.resolve_party(name, span, force=True) for name in _names(view, text))
        return list(dict.fromkeys(ref for ref in found if ref is not None))
