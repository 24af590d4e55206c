"""A table whose first column names a party only on the first row of each group ("Nimbus
Responsibility" over blank cells, then "Tenant Responsibility" over blank cells) and whose
subject column ("Responsibility", "Area") names what each row covers: every row is a duty of
the party of its group; the other columns say how (policies, links), not who."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import TableRow
from ..facts import Ref
from ..text import plain
from .cells import cell_lines
from .cues import expand
from .labels import trim
from .table_columns import ROLE_WORDS

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["GroupedPartyRows"]


def _group_party(view: TableView, row: TableRow) -> list[Ref] | None:
    """The parties a group's first cell names with a role word ("Nimbus Responsibility",
    "Tenant responsibilities"); None for a cell without one or naming no party."""
    text = view.cell(row, 0)
    name = ROLE_WORDS.sub("", text).strip(" :-–—")
    if not name or name == text:
        return None
    return view.reader.parties.parties_named(name, view.span(row.line)) or None


def _subject_column(view: TableView) -> int | None:
    """The first column after the first whose header is a subject column ("Responsibility",
    "Area"): it names each row's duty."""
    lexicon = view.reader.lexicon
    return next(
        (i for i in range(1, view.width) if lexicon.is_subject_column(view.headers[i])), None
    )


class GroupedPartyRows:
    """Party groups down the first column, blank below each group's first row."""

    name = "grouped party rows"

    def detect(self, view: TableView) -> bool:
        """No column names parties; the first row opens a group; every filled first cell
        names a party with a role word, two groups or more, and some first cells are blank."""
        rows = view.block.rows
        if view.columns or len(rows) < 3 or _subject_column(view) is None:
            return False
        if not view.cell(rows[0], 0):
            return False
        filled = [r for r in rows if view.cell(r, 0)]
        if len(filled) < 2 or len(filled) == len(rows):
            return False
        return all(_group_party(view, r) is not None for r in filled)

    def extract(self, view: TableView) -> None:
        """Each row's subject cell (one duty per line or item) as its group's parties' duty."""
        label = _subject_column(view)
        assert label is not None
        parties: list[Ref] = []
        for row in view.block.rows:
            if view.cell(row, 0):
                parties = _group_party(view, row) or []
            raw = row.cells[label] if label < len(row.cells) else ""
            span = view.span(row.line)
            for line in cell_lines(raw, view.reader.lexicon):
                text = trim(expand(plain(line)).strip())
                for party in parties if text else []:
                    view.reader.records.duty(party, text, text, span)
