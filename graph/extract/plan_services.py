"""A support plan table whose rows are what the provider's support does: "Request type | Basic |
Business | Premium" over "Restore access to the management console | ✓ | ✓ | ✓". The columns
are plans (no party), the rows activities in the imperative; a row marked under any plan is a
duty of the page's provider, whichever plans include it. Rows naming things ("Personal
technical manager") and rows of values ("Normal: 24 hours") give nothing: what a plan offers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import plain

if TYPE_CHECKING:
    from ..document import TableRow
    from .tables import TableView

__all__ = ["PlanServices"]

_MARK = "mark"


def _activity(view: TableView, row: TableRow) -> str | None:
    """The row's label when it is an activity (a verb in the imperative opens it) marked under
    at least one plan; None otherwise."""
    label = " ".join(plain(view.cell(row, 0)).split()).strip(" .")
    lexicon = view.reader.lexicon
    if not label or not lexicon.imperative(label):
        return None
    for index in range(1, view.width):
        codes = lexicon.read_cell(view.cell(row, index))
        if codes and any(c.key == _MARK for c in codes):
            return label
    return None


class PlanServices:
    """Plans across, the provider's support activities down, marks in the cells."""

    name = "plan services"

    def detect(self, view: TableView) -> bool:
        """Plan columns, no party column, and two activity rows or more."""
        if not view.plan_axis or view.columns:
            return False
        return sum(_activity(view, r) is not None for r in view.block.rows) >= 2

    def extract(self, view: TableView) -> None:
        """Each activity row: the page provider's duty."""
        for row in view.block.rows:
            label = _activity(view, row)
            if label is None:
                continue
            span = view.span(row.line)
            provider = view.provider(span)
            if provider is not None:
                view.reader.records.duty(provider, label, label, span)
