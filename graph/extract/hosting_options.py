"""A comparison of a vendor's managed option with running it yourself: "Feature | Acme Cloud |
Self-hosted Acme", one row per area ("Hosting infrastructure | Managed by Acme on Azure | Managed
by you"). The self-run column (its header a self-run option of cue-words.ttl: "Self-hosted",
"Self-managed", "On-premises") is the customer's, the other option the vendor's; each row's area
is a duty of the party whose option column describes it, a cell naming another party ("Community
or third-party support") is that party's, and a cell that is only a code ("Included", "N/A",
"✓") says what the option offers, no duty."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Ref, Span
from ..lexicon import has_phrase
from ..text import plain

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["HostingOptions"]

_GENERIC = re.compile(
    r"\b(?:cloud|managed|hosted|hosting|saas|service|option|platform|edition)\b", re.I
)
"""Words of a managed option's header beside the vendor's name ("Umbraco Cloud")."""


def _self_run(view: TableView, index: int) -> bool:
    """Whether a header names the option of running it yourself ("Self-Hosted Umbraco")."""
    header = plain(view.headers[index] if index < len(view.headers) else "").lower()
    words = " ".join(re.sub(r"[-‐–]", " ", header).split())  # as the lexicon folds them
    return has_phrase(view.reader.lexicon.self_run_options, words)


def _options(view: TableView) -> tuple[int, int] | None:
    """(managed column, self-run column) of a two-option table, or None."""
    options = [i for i in range(1, view.width) if not view.note_column(i)]
    if len(options) != 2:
        return None
    run = [i for i in options if _self_run(view, i)]
    if len(run) != 1:
        return None
    managed = next(i for i in options if i != run[0])
    return managed, run[0]


def _vendor(view: TableView, index: int, span: Span) -> Ref | None:
    """The vendor of the managed option: the name in its header ("Umbraco Cloud": Umbraco),
    else the page's provider ("Managed service")."""
    name = " ".join(_GENERIC.sub(" ", plain(view.headers[index])).split())
    if name:
        found = view.reader.parties.resolve_party(name, span, allow_unknown=True)
        if found is not None:
            return found
    return view.provider(span)


class HostingOptions:
    """A managed option against running it yourself, areas down."""

    name = "hosting options"

    def detect(self, view: TableView) -> bool:
        """No column names parties, and two option columns, one of them self-run."""
        if view.columns or view.owner_columns or view.code_columns:
            return False
        return _options(view) is not None

    def extract(self, view: TableView) -> None:
        """Each row's area, a duty of the party each described option cell stands for."""
        options = _options(view)
        if options is None:
            return
        managed, run = options
        lexicon = view.reader.lexicon
        for row in view.block.rows:
            label = plain(view.cell(row, 0)).strip().strip(".:")
            if not label:
                continue
            span = view.span(row.line)
            for index in (managed, run):
                text = view.cell(row, index)
                if not text.strip() or lexicon.read_cell(text) is not None:
                    continue  # empty, or only a code: what the option offers
                named = view.cell_parties(text)
                if named:
                    parties = named
                elif index == managed:
                    vendor = _vendor(view, managed, span)
                    parties = [vendor] if vendor is not None else []
                else:
                    reader = view.reader.parties.resolve_party("you", span)
                    parties = [reader] if reader is not None else []
                for party in parties:
                    view.reader.records.duty(party, label, text, span)
