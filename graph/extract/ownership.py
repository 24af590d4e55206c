"""The ownership-values table layout: a column whose values name their own parties.

A CSA CAIQ sheet's "SSRM Control Ownership" column holds "CSP-owned", "CSC-owned", "Shared CSP
and CSC", "Third-party outsourced": values of the responsibility-code vocabulary that say both
the relation and, with ``srm:impliesParty``, the party (cloud provider, customer, third party).
No header names a party, so this layout is tried before the others (graph/extract/tables.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Ref
from ..text import plain
from .labels import MAX_LABEL, trim

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["OwnershipValues"]

_SHARE = 0.6
"""Share of a column's filled cells that must be party-naming ownership values."""


def _columns(view: TableView) -> list[int]:
    """Columns whose filled cells are mostly values that name their parties."""
    found = []
    for index in range(view.width):
        filled = [c for c in (view.cell(row, index) for row in view.block.rows) if c]
        if not filled:
            continue
        naming = [c for c in filled if any(code.parties for code in view.codes(c) or [])]
        if len(naming) / len(filled) >= _SHARE:
            found.append(index)
    return found


def _label_column(view: TableView, owners: list[int]) -> int:
    """A header the vocabulary names as the row's label ("CCM Control Title"), else the
    column the other layouts would take."""
    lexicon = view.reader.lexicon
    for index, header in enumerate(view.headers):
        folded = re.sub(r"[\s\-_]+", " ", plain(header)).strip().casefold()
        if index not in owners and folded in lexicon.label_columns:
            return index
    return view.label_column


class OwnershipValues:
    """Cells that are ownership values naming their parties (CAIQ "SSRM Control Ownership"):
    each value's parties hold the row's duty; "Shared ..." values mark it shared."""

    name = "ownership values"

    def detect(self, view: TableView) -> bool:
        """Some column's values name their parties through the code vocabulary."""
        return bool(_columns(view))

    def extract(self, view: TableView) -> None:
        """One duty per row, labelled by the label column, for each party its value names."""
        owners = _columns(view)
        label_index = _label_column(view, owners)
        roles = view.reader.state.vocab.by_iri
        for row in view.block.rows:
            label = view.cell(row, label_index)
            if not label:
                continue
            if len(label) > MAX_LABEL:
                label = trim(label)
            first = view.cell(row, 0)
            description = f"{first}: {label}" if first and label_index != 0 else label
            span = view.span(row.line)
            for index in owners:
                codes = view.codes(view.cell(row, index)) or []
                shared = any(c.shared for c in codes)
                parties: list[Ref] = []
                for role in dict.fromkeys(p for c in codes for p in c.parties):
                    concept = roles.get(role)
                    if concept is None:
                        continue
                    ref = view.reader.parties.resolve_party(
                        concept.label, view.header_span, force=True
                    )
                    if ref is not None:
                        parties.append(ref)
                for party in parties:
                    view.reader.records.duty(party, label, description, span, shared=shared)
