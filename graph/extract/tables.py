"""Tables: an ordered list of layouts, each recognising one table shape and reading it.

``LAYOUTS`` is tried in order; the first layout whose ``detect`` accepts a table ``extract``s
it, and a table no layout accepts yields nothing. To read a new table shape, write a class with
``detect(view)`` and ``extract(view)`` and add one entry to ``LAYOUTS``. What layouts need to
know about a table (its service-model columns, its party columns) is computed once, lazily, by
``TableView``; order matters because computing party columns records the parties they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Final, Protocol

from ..document import Table
from ..facts import RACI_PREDICATES, Ref, Span
from ..text import plain
from .cues import expand
from .labels import trim
from .parties import PartyResolver
from .prose import ProseReader
from .records import FactRecorder
from .state import Context, DocState

__all__ = ["LAYOUTS", "TableLayout", "TableReader", "TableView"]

_MARKS = re.compile(r"^(?:[✓✔✅☑●•■xX]|yes|y|true)$", re.I)
"""A tick: the column's party is responsible."""
_CODES = re.compile(r"^(?:[RACI](?:\s*[,/&+]?\s*[RACI])*|[✓✔✅☑●•■xX]|yes|y)$", re.I)
"""A letter-code cell: R, A, C, I (combined: "R/A") or a tick."""
_OWNER_HEADER = re.compile(
    r"^(?:owner|owned\s+by|responsible(?:\s+party)?|responsibility|who|accountable(?:\s+party)?|"
    r"managed\s+by|party)$",
    re.I,
)
_SHARED_COLUMN = re.compile(r"^(?:shared|joint|both|all)(?:\s+responsibility)?$", re.I)
_SHARED_CELL = re.compile(r"^(?:shared|joint|both|all)$", re.I)
_SHARED_OWNER = re.compile(r"^(?:shared|joint|both|all)\b", re.I)
_EMPTY_CELL = re.compile(r"^(?:n/?a|none|not\s+applicable|-+|—|–|no|nothing)\.?$", re.I)


class TableReader:
    """Reads a table with the first layout that recognises it."""

    def __init__(
        self, state: DocState, parties: PartyResolver, records: FactRecorder, prose: ProseReader
    ) -> None:
        self.state = state
        self.parties = parties
        self.records = records
        self.prose = prose

    def read(self, block: Table, ctx: Context) -> None:
        """Try ``LAYOUTS`` in order; tables without a header and a body column yield nothing."""
        if not block.header or len(block.header) < 2:
            return
        view = TableView(block, ctx, self)
        for layout in LAYOUTS:
            if layout.detect(view):
                layout.extract(view)
                return

    def context_model(self, header: str, ctx: Context) -> str | None:
        """A RACI column's service model: from its header, else from the nearest heading."""
        ctx_span = self.state.span(1, 1, ctx.section, "")
        model = self.records.service_model(plain(header), ctx_span)
        if model is None:
            for title in reversed(ctx.section.path):
                model = self.records.service_model(title, ctx_span)
                if model is not None:
                    break
        return model


@dataclass
class TableView:
    """One table as the layouts see it: the block, its context, and derived facts computed on
    first use (so each layout's ``detect`` pays only for what it asks)."""

    block: Table
    ctx: Context
    reader: TableReader

    @cached_property
    def header_span(self) -> Span:
        """Provenance of the header row (for parties the header names)."""
        return self.reader.state.span(self.block.start, self.block.start, self.ctx.section)

    @cached_property
    def models(self) -> list[str | None]:
        """The service model each body column's header names (None: none)."""
        return [
            self.reader.records.service_model(plain(cell), self.header_span)
            for cell in self.block.header[1:]
        ]

    @cached_property
    def columns(self) -> list[tuple[int, Ref]]:
        """(column index, party) for each party a header cell names; records those parties."""
        named = self.reader.parties.parties_named
        columns: list[tuple[int, Ref]] = []
        for index, cell in enumerate(self.block.header[1:], start=1):
            columns.extend((index, party) for party in named(cell, self.header_span))
        return columns

    @cached_property
    def party_cells(self) -> list[str]:
        """The non-empty cells under party columns, in rows that have any body cell."""
        body = [row for row in self.block.rows if any(c.strip() for c in row.cells[1:])]
        return [
            row.cells[i]
            for row in body
            for i, _ in self.columns
            if i < len(row.cells) and row.cells[i].strip()
        ]

    @cached_property
    def all_codes(self) -> bool:
        """Every party cell is a letter code or a tick (else the cells are words)."""
        return all(_CODES.match(plain(c).strip()) for c in self.party_cells)

    def span(self, line: int) -> Span:
        """Provenance of one body row."""
        return self.reader.state.span(line, line, self.ctx.section)


class TableLayout(Protocol):
    """One table shape: ``detect`` says whether a table has it, ``extract`` reads it."""

    name: str

    def detect(self, view: TableView) -> bool:
        """True when the table has this layout."""
        ...

    def extract(self, view: TableView) -> None:
        """Record the table's facts."""
        ...


class ServiceModelMatrix:
    """Rows are areas, two or more columns service models (IaaS, PaaS, SaaS), cells the
    responsible party or "Shared"."""

    name = "service-model matrix"

    def detect(self, view: TableView) -> bool:
        """At least two header cells name a service model."""
        return sum(m is not None for m in view.models) >= 2

    def extract(self, view: TableView) -> None:
        """Each cell: its parties (every party the table names, for "Shared") hold the row's
        area under the column's service model."""
        block, reader = view.block, view.reader
        cells = {plain(c).strip() for row in block.rows for c in row.cells[1:] if plain(c).strip()}
        parties: dict[str, list[Ref]] = {}
        for cell in sorted(cells):
            if not _SHARED_CELL.match(cell):
                parties[cell] = reader.parties.parties_named(cell, view.header_span)
        everyone = list(dict.fromkeys(r for refs in parties.values() for r in refs))
        for row in block.rows:
            area = plain(row.cells[0]).strip() if row.cells else ""
            if not area:
                continue
            span = view.span(row.line)
            for index, model in enumerate(view.models, start=1):
                if model is None or index >= len(row.cells):
                    continue
                cell = plain(row.cells[index]).strip()
                shared = bool(_SHARED_CELL.match(cell))
                owners = everyone if shared else parties.get(cell, [])
                for owner in owners:
                    reader.records.duty(owner, area, area, span, shared=shared, service_model=model)


class OwnerTable:
    """Two columns, "Area | Owner": the owner cell names the responsible party (or Shared)."""

    name = "owner table"

    def detect(self, view: TableView) -> bool:
        """Exactly two columns, the second headed "Owner", "Responsible", "Who", …"""
        header = view.block.header
        return len(header) == 2 and bool(_OWNER_HEADER.match(plain(header[1]).strip()))

    def extract(self, view: TableView) -> None:
        """Each row: the area is a duty of the party the owner cell names; "Shared" means
        every party the column names (else every party so far), sharing it."""
        block, reader = view.block, view.reader
        named: dict[str, list[Ref]] = {}
        for row in block.rows:
            cell = plain(row.cells[1]).strip() if len(row.cells) > 1 else ""
            named[cell] = reader.parties.parties_named(cell, view.header_span)
        everyone = list(dict.fromkeys(r for refs in named.values() for r in refs))
        everyone = everyone or [p.ref for p in reader.state.facts.of_kind("party")]
        for row in block.rows:
            area = plain(row.cells[0]).strip() if row.cells else ""
            cell = plain(row.cells[1]).strip() if len(row.cells) > 1 else ""
            if not area or not cell:
                continue
            span = view.span(row.line)
            shared = bool(_SHARED_OWNER.match(cell))
            for owner in everyone if shared else named.get(cell, []):
                reader.records.duty(owner, area, area, span, shared=shared)


class LetterCodeMatrix:
    """A RACI matrix: a column per party, cells of R/A/C/I codes or ticks (a tick is R); a
    "Shared" column's tick makes the row a shared duty of every party column."""

    name = "letter-code (RACI) matrix"

    def detect(self, view: TableView) -> bool:
        """Header cells name parties, and every cell under them is a code or a tick."""
        return bool(view.columns) and bool(view.party_cells) and view.all_codes

    def extract(self, view: TableView) -> None:
        """One relation per party and code (its service model from the header or heading)."""
        block, ctx, reader = view.block, view.ctx, view.reader
        shared_columns = [
            index
            for index, cell in enumerate(block.header[1:], start=1)
            if _SHARED_COLUMN.match(plain(cell).strip())
        ]
        for row in block.rows:
            if not row.cells or not plain(row.cells[0]).strip():
                continue
            span = view.span(row.line)
            label = plain(row.cells[0]).strip()
            for index, party in view.columns:
                if index >= len(row.cells):
                    continue
                model = reader.context_model(block.header[index], ctx)
                cell = plain(row.cells[index]).strip()
                letters = "R" if _MARKS.match(cell) else cell.upper()
                for code in dict.fromkeys(re.findall(r"[RACI]", letters)):
                    reader.records.duty(
                        party,
                        label,
                        label,
                        span,
                        predicate=RACI_PREDICATES[code],
                        service_model=model,
                    )
            for index in shared_columns:  # a mark under "Shared": every party column shares it
                if index < len(row.cells) and _MARKS.match(plain(row.cells[index]).strip()):
                    for party in dict.fromkeys(p for _, p in view.columns):
                        reader.records.duty(party, label, label, span, shared=True)


class TextCellColumns:
    """A column per party whose cells say in words what that party does."""

    name = "text-cell party columns"

    def detect(self, view: TableView) -> bool:
        """Header cells name parties, and some cell under them is not a code."""
        return bool(view.columns) and bool(view.party_cells) and not view.all_codes

    def extract(self, view: TableView) -> None:
        """Each cell (each line of it, its subject stripped) is a duty of the column's party,
        described with the row's area."""
        block, ctx, reader = view.block, view.ctx, view.reader
        for row in block.rows:
            area = plain(row.cells[0]).strip() if row.cells else ""
            span = view.span(row.line)
            for index, party in view.columns:
                cell = row.cells[index] if index < len(row.cells) else ""
                for line in cell.split("\n"):
                    text = expand(plain(line)).strip()
                    if not text or _EMPTY_CELL.match(text):
                        continue
                    label, _ = reader.prose.strip_subject(text, span, ctx)
                    description = f"{area}: {text}" if area else text
                    reader.records.duty(party, trim(label), description, span)


LAYOUTS: Final[tuple[TableLayout, ...]] = (
    ServiceModelMatrix(),
    OwnerTable(),
    LetterCodeMatrix(),
    TextCellColumns(),
)
"""The table layouts, tried in order (the matrix first: its check records service models)."""
