"""A table's cells as the layouts read them: the block and its context, the header row, each
body cell as plain text (an image cell as the page's legend says), the codes a cell holds, and
the provenance of a row. ``TableColumns`` (which columns hold parties, codes, owners) and
``TableView`` (owner columns, row labels) build on it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from ..document import Table, TableRow
from ..facts import Ref, Span
from ..lexicon import Code, Lexicon, icon_words
from ..text import plain
from .parties import PartyResolver
from .prose import ProseReader
from .records import FactRecorder
from .state import Context, DocState

__all__ = ["TableCells", "TableReading"]


class TableReading(Protocol):
    """What a table's view asks of the reader reading it (``tables.TableReader``). A protocol,
    not that class: a compiled attribute typed by a class of a module that imports this one
    would need that class before it exists."""

    @property
    def state(self) -> DocState: ...
    @property
    def parties(self) -> PartyResolver: ...
    @property
    def records(self) -> FactRecorder: ...
    @property
    def prose(self) -> ProseReader: ...
    @property
    def lexicon(self) -> Lexicon: ...
    @property
    def legend(self) -> dict[str, str]: ...
    @property
    def marks(self) -> dict[str, str]: ...
    @property
    def code_parties(self) -> dict[str, str]: ...
    def context_model(self, header: str, ctx: Context) -> str | None: ...


_IMAGE = re.compile(r"!\[[^\]]*\]\((?P<src>[^)\s]+)[^)]*\)")
"""A Markdown image: its source is what the page's legend names."""
_CODE_JOIN = re.compile(r"\s*[+/&,]\s*|\s+")
"""Between the codes of one cell ("N+C", "N / C")."""
_CODE_ACTS = re.compile(r"^(?P<code>\S+)\s+(?:[a-z]+\s+){0,2}[a-z]+$")
"""A code and the few lower-case words of what its party does ("G ships", "C internally")."""


def _acting_codes(text: str, named: dict[str, str]) -> list[str]:
    """The codes of a cell that says what each coded party does ("C provides, G stores", "G
    ships, C applies", "C internally"), or [] when a part is anything else."""
    codes: list[str] = []
    for part in re.split(r"\s*[,;]\s*", text.strip().rstrip(".")):
        acts = _CODE_ACTS.match(part)
        if acts is None or acts["code"] not in named:
            return []
        codes.append(acts["code"])
    return codes


@dataclass
class TableCells:
    """A table's block, its context and its cells as text, and where what the layouts derive
    from it is kept, computed on first use (so each layout's ``detect`` pays only for what it
    asks)."""

    block: Table
    ctx: Context
    reader: TableReading

    @property
    def width(self) -> int:
        """The number of columns."""
        if self._width is None:
            self._width = max([len(self.block.header), *(len(r.cells) for r in self.block.rows)])
        return self._width

    @property
    def headers(self) -> list[str]:
        """The header cells as plain text."""
        if self._headers is None:
            self._headers = [plain(c).strip() for c in self.block.header]
        return self._headers

    @property
    def header_span(self) -> Span:
        """Provenance of the header row (for parties the header names)."""
        if self._header_span is None:
            self._header_span = self.reader.state.span(
                self.block.start, self.block.start, self.ctx.section
            )
        return self._header_span

    @property
    def models(self) -> list[str | None]:
        """The service model each body column's header names (None: none)."""
        if self._models is None:
            self._models = [
                self.reader.records.service_model(cell, self.header_span)
                for cell in self.headers[1:]
            ]
        return self._models

    def cell(self, row: TableRow, index: int) -> str:
        """A body cell as plain text ("" past the row's end); a cell that is only an image
        reads as what the page's legend says the image means ("● Customer")."""
        if index >= len(row.cells):
            return ""
        key = (id(row), index)
        cached = self._cells.get(key)
        if cached is not None:
            return cached
        raw = row.cells[index]
        text = plain(raw).strip()
        if not text and "![" in raw:
            legend = self.reader.legend
            text = ", ".join(legend[src] for src in _IMAGE.findall(raw) if src in legend)
            text = text or plain(icon_words(raw)).strip()  # "![image](…/yes.svg)": "yes"
        elif index > 0 and text:
            text = self.reader.marks.get(text, "") or self._coded_parties(text)
        self._cells[key] = text
        return text

    def _coded_parties(self, text: str) -> str:
        """A cell made only of the party codes a prose legend defines ("N", "N+C") as the
        parties' names ("Nimbus, Customer"); any other cell as it is."""
        named = self.reader.code_parties
        parts = [p for p in _CODE_JOIN.split(text) if p]
        if named and parts and not all(p in named for p in parts):
            parts = _acting_codes(text, named)  # "C provides, G stores": both
        if not named or not parts or not all(p in named for p in parts):
            return text
        names = list(dict.fromkeys(named[p] for p in parts))
        for name in names:  # the legend made each name a party ("N" = Nimbus): by position
            self.reader.parties.resolve_party(name, self.header_span, force=True)
        return ", ".join(names)

    def codes(self, text: str) -> list[Code] | None:
        """The responsibility codes a cell holds, or None for words."""
        return self.reader.lexicon.read_cell(text)

    role_headers: set[int] = field(default_factory=set)
    _cells: dict[tuple[int, int], str] = field(default_factory=dict)
    """Columns whose header said "responsibilities" / "role" after a name."""
    clause_headers: set[int] = field(default_factory=set)
    """Columns whose header is a clause with a party as its subject ("What the agent does")."""
    denied_headers: set[int] = field(default_factory=set)
    """Columns whose header denies what its cells list ("Acme agents CANNOT"): no duties."""
    # What the properties below work out on first use (None: not yet; never passed, but not
    # init=False either: a mypyc dataclass leaves such a field unset). Plain attributes, not
    # functools.cached_property: a class compiled by mypyc has no __dict__ for one to fill, and
    # mypyc turns it into a property that computes again on every use.
    _width: int | None = field(default=None, repr=False, compare=False)
    _headers: list[str] | None = field(default=None, repr=False, compare=False)
    _header_span: Span | None = field(default=None, repr=False, compare=False)
    _models: list[str | None] | None = field(default=None, repr=False, compare=False)
    _header_names: dict[int, str] | None = field(default=None, repr=False, compare=False)
    _code_columns: set[int] | None = field(default=None, repr=False, compare=False)
    _party_rows: bool | None = field(default=None, repr=False, compare=False)
    _columns: list[tuple[int, Ref]] | None = field(default=None, repr=False, compare=False)
    _owned_columns: list[int] | None = field(default=None, repr=False, compare=False)
    _shared_columns: list[int] | None = field(default=None, repr=False, compare=False)
    _owner_columns: list[int] | None = field(default=None, repr=False, compare=False)
    _label_column: int | None = field(default=None, repr=False, compare=False)
    _owner_named: bool | None = field(default=None, repr=False, compare=False)
    _plan_axis: bool | None = field(default=None, repr=False, compare=False)
    _offer_rows: bool | None = field(default=None, repr=False, compare=False)
    _property_columns: set[int] | None = field(default=None, repr=False, compare=False)

    def span(self, line: int) -> Span:
        """Provenance of one body row."""
        return self.reader.state.span(line, line, self.ctx.section)

    def model(self, index: int) -> str | None:
        """The service model of a column (from its header or the nearest heading)."""
        header = self.block.header[index] if index < len(self.block.header) else ""
        return self.reader.context_model(header, self.ctx)
