"""An option comparison read row by row: "Feature | Cloud | Hybrid | Self-run" whose cells mix
owners ("Acme managed", "You"), values ("Hours", "Moderate") and places ("Acme infra"). No
column names the parties often enough to be an owner column (graph/extract/tables.py), but a
row whose option cells name parties gives the row's feature to each of them, under the
column's service model; rows of values, rows of places ("Acme infra", "Your account") and rows
that say where things are ("Data location") give none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import TableRow
from ..facts import Ref

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["OptionRows"]

_MIN_ROWS = 1
"""Owner rows a table needs to be read this way."""


def _options(view: TableView) -> list[int]:
    """The option columns: every column after the first but notes ("How it works")."""
    return [i for i in range(1, view.width) if not view.note_column(i)]


def _owners(view: TableView, row: TableRow) -> list[tuple[int, list[Ref]]] | None:
    """(column, parties) for the option cells of a row that names owners: more than half its
    filled option cells name parties; None for a row of values or of places."""
    if view.place_row(row):
        return None
    filled = [i for i in _options(view) if view.cell(row, i)]
    named = [(i, view.cell_parties(view.cell(row, i)) or []) for i in filled]
    owned = [(i, refs) for i, refs in named if refs]
    if len(owned) * 2 <= len(filled):
        return None
    return owned


class OptionRows:
    """Options across, features down, owners named in some rows' cells."""

    name = "option rows"

    def detect(self, view: TableView) -> bool:
        """No header or column names parties, two option columns or more, and a row names
        owners."""
        if view.columns or view.owner_columns or view.code_columns or len(_options(view)) < 2:
            return False
        return sum(_owners(view, r) is not None for r in view.block.rows) >= _MIN_ROWS

    def extract(self, view: TableView) -> None:
        """Each owner row's first cell, a duty of every party its option cells name."""
        for row in view.block.rows:
            owned = _owners(view, row)
            label = view.cell(row, 0)
            if owned is None or not label:
                continue
            span = view.span(row.line)
            for index, parties in owned:
                model = view.models[index - 1] if index - 1 < len(view.models) else None
                for party in parties:
                    view.reader.records.duty(party, label, label, span, service_model=model)
