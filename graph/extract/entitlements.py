"""A matrix of what each party may use ("Access | Platform lead | Contract owner" over
"VPN access | Y | N"): a yes / no mark under a party grants it the row's thing, it binds the
party to nothing, so the table states no duty (its first header is an entitlement column of
cue-words.ttl)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["EntitlementMatrix"]


class EntitlementMatrix:
    """Party columns under a first header of what one may use: no duties."""

    name = "entitlement matrix"

    def detect(self, view: TableView) -> bool:
        """The first header is an entitlement column, the other headers name parties, and no
        cell holds a RACI letter (a letter assigns work whatever the first header says)."""
        lexicon = view.reader.lexicon
        if not view.headers or not lexicon.is_entitlement_column(view.headers[0]):
            return False
        if not view.columns:
            return False
        return not any(
            lexicon.letter_cell(view.cell(row, index))
            for row in view.block.rows
            for index, _ in view.columns
        )

    def extract(self, view: TableView) -> None:
        """Nothing: who may use a thing is no duty."""
        return None
