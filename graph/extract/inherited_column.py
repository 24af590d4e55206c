"""A control-inheritance table: "HIPAA Rule | Bind Control | Inherited" whose last column says
whether a customer inherits each control from the provider ("Yes", "Partially", "No"; a header of
the inheritance words of cue-words.ttl). An inherited control is the provider's; a partly
inherited one is the provider's and the customer's; one not inherited is the customer's. The
row's first cell names the control. The provider is the page's provider, else a party in the
platform provider's role; the customer is the page's reader."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Ref, Span
from ..text import plain

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["InheritedColumn"]

_MARK, _SUPPORT, _NONE = "mark", "support", "none"
"""The code keys an inheritance cell holds: inherited, partly, not."""


def _column(view: TableView) -> int | None:
    """The inheritance column: a header of inheritance words after the first column."""
    words = view.reader.lexicon.inheritance_columns
    for index in range(1, view.width):
        header = " ".join(plain(view.headers[index]).lower().strip(" *:").split())
        if header in words:
            return index
    return None


def _value(view: TableView, text: str) -> str | None:
    """ "mark", "support" or "none" for an inheritance cell ("Yes (optional)": "mark")."""
    codes = view.reader.lexicon.read_cell(text)
    keys = {c.key for c in codes or []}
    if len(keys) != 1:
        return None
    key = keys.pop()
    return key if key in (_MARK, _SUPPORT, _NONE) else None


def _provider(view: TableView, span: Span) -> Ref | None:
    provider = view.provider(span)
    return provider or view.reader.parties.resolve_party("the platform provider", span)


class InheritedColumn:
    """Controls down, an "Inherited" column of Yes / Partially / No."""

    name = "inherited column"

    def detect(self, view: TableView) -> bool:
        """An inheritance column whose filled cells are, most of them, Yes / Partially / No."""
        index = _column(view)
        if index is None:
            return False
        cells = [view.cell(r, index) for r in view.block.rows if view.cell(r, index).strip()]
        read = sum(_value(view, c) is not None for c in cells)
        return bool(cells) and 2 * read > len(cells)

    def extract(self, view: TableView) -> None:
        """Each row's control: the provider's, both parties' or the customer's."""
        index = _column(view)
        if index is None:
            return
        for row in view.block.rows:
            label = re.sub(r"\s+", " ", plain(view.cell(row, 0))).strip(" *")
            value = _value(view, view.cell(row, index))
            if not label or value is None:
                continue
            span = view.span(row.line)
            parties: list[Ref | None] = []
            if value in (_MARK, _SUPPORT):
                parties.append(_provider(view, span))
            if value in (_SUPPORT, _NONE):
                parties.append(view.reader.parties.resolve_party("you", span))
            shared = value == _SUPPORT
            for party in parties:
                if party is not None:
                    view.reader.records.duty(party, label, label, span, shared=shared)
