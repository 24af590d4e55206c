"""Tables: an ordered list of layouts, each recognising one table shape and reading it.

``LAYOUTS`` is tried in order; the first layout whose ``detect`` accepts a table ``extract``s
it. To read a new table shape, write a class with ``detect(view)`` and ``extract(view)`` and add
one entry to ``LAYOUTS``. Which axis holds the parties is detected, never assumed: party names in
the header (a column per party), party names in the cells (an owner column, a service-model
matrix), or party names down the first column (a transposed matrix, read as its transpose).
Cell values are read through the responsibility-code vocabulary (graph/lexicon.py): RACI letters
with footnote marks, check marks, Owner / Contributor / Advisor, Shared, N/A.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final, Protocol

from ..document import Table, TableRow
from ..facts import Ref, Span
from ..lexicon import Code, Lexicon
from ..text import plain, sentences
from .cells import (
    cell_duties,
    cell_leadins,
    cell_lines,
    described_duties,
    is_value,
    owner_lines,
    unlabelled,
)
from .cues import OBLIGATION, RESPONSIBLE_WORD, expand, negated
from .labels import MAX_LABEL, trim
from .option_rows import OptionRows
from .ownership import OwnershipValues
from .parties import PartyResolver
from .prose import ProseReader
from .readers import BlockReader
from .records import FactRecorder
from .relation_columns import RelationColumns
from .role_tables import RoleDefinitions
from .state import Context, DocState

__all__ = ["LAYOUTS", "TableLayout", "TableReader", "TableView"]

_NOTE_HEADER = re.compile(
    r"^(?:descriptions?|notes?|comments?|details?|explanations?|remarks?|examples?|differences?|"
    r"how\s+it\s+works|more\s+information|links?|references?|see\s+also|tools?|set\s+up\s+with|"
    r"contents?|summary|overview|meaning|what\s+it\s+(?:is|means|does|covers|includes))$",
    re.I,
)
"""Columns that explain a row rather than name it: never the duty label, never a party."""
_RACI_LETTERS = re.compile(r"[RACIS](?:\s*[/,+]?\s*[RACIS]){0,4}\s*[*†‡]*")
"""A cell of RACI(S) letters, perhaps with a footnote mark ("RA", "C/I", "R*")."""
_ROLE_WORDS = re.compile(
    r"(?:['’]s?)?\s*(?:security\s+|operational\s+|key\s+|main\s+)?(?:responsibilit(?:y|ies)|"
    r"duties|duty|roles?|tasks?|obligations?|scope|actions?|activities|part|does)\b.*$"
    r"|^(?:responsibilit(?:y|ies)|duties|role|tasks?)\s+(?:of|for)\s+(?:the\s+)?",
    re.I,
)
""""SAP's responsibilities", "Your Responsibilities", "Responsibility of the customer"."""
_OWNER_HEADER = re.compile(
    r"^(?:owner|owned\s+by|responsible(?:\s+party)?|responsibility|who|accountable(?:\s+party)?|"
    r"managed\s+by|performed\s+by|party|parties|teams?|(?:responsible\s+)?roles?)$",
    re.I,
)
"""A column whose cells name the responsible party."""
_NAME_WORD = re.compile(r"\s+names?$", re.I)
_GERUND = re.compile(r"^[A-Z][a-z]+ing\b(?!\s+(?:is|are|was|were|has|have)\b)")
"""A duty named by its gerund ("Packaging apps"), not a gerund subject ("Testing is …")."""
_IMAGE = re.compile(r"!\[[^\]]*\]\((?P<src>[^)\s]+)[^)]*\)")
_EMPHASIS = re.compile(r"[*_`]")
"""Markdown emphasis marks around a header."""
_LEGEND = re.compile(
    r"^\s*(?:[-*+]\s+)?!\[[^\]]*\]\((?P<src>[^)\s]+)[^)]*\)\s*[-–—:=]?\s*(?P<name>\S.{0,60})$"
)
"""A legend line: an image, then what it stands for."""
_QUALIFIED_OWNER = re.compile(
    r"^(?P<main>[^()]{2,40}?)\s*\((?P<when>[\w -]{2,30}):\s*(?P<who>[^():]{2,40})\)\s*$"
)
"""An owner cell with a second party under a condition ("Customer (trial: Acme)"): both
parties hold the row, the second while the condition lasts."""
_CELL_PARTS = re.compile(r"\s*(?:,|/|&|\+|;|\band\b|\bor\b)\s*")
"""Where a cell naming several parties splits ("SAP / Customer", "AWS and the customer")."""
_SUBTITLE = re.compile(r"\s*\n\s*[-–—(].*|\s+[-–—]\s.*|\s*\([^)]*\)", re.S)
"""What follows a row header's name: a second line, a spaced dash or a parenthesis
("Platform Team (and partners)\n- Operations & Governance")."""
_NAME_WORDS = 6
"""A row label of at most this many words, without a full stop, names the row (a phase, an
area); a longer one or a sentence is a duty of its own."""
_PROSE_WORDS = 6
"""A cell of at least this many words describes its row in prose."""
_OWNER_SHARE = 0.6
"""Share of a column's cells that must name parties (or say Shared) for an owner column."""


class TableReader(BlockReader):
    """Reads a table with the first layout that recognises it."""

    def __init__(
        self, state: DocState, parties: PartyResolver, records: FactRecorder, prose: ProseReader
    ) -> None:
        super().__init__(state, parties, records, prose)
        self.lexicon: Lexicon = state.lexicon
        self._legend: dict[str, str] | None = None

    def read(self, block: Table, ctx: Context) -> None:
        """Try ``LAYOUTS`` in order; tables without a header and a body column yield nothing."""
        if not block.header or len(block.header) < 2:
            return
        view = TableView(block, ctx, self)
        for layout in LAYOUTS:
            if layout.detect(view):
                layout.extract(view)
                return

    @property
    def legend(self) -> dict[str, str]:
        """Image source -> meaning, from legend lines outside tables ("- ![](a.svg) Customer")."""
        if self._legend is None:
            found: dict[str, str] = {}
            for line in self.state.doc.text.splitlines():
                match = _LEGEND.match(line)
                if match and "|" not in line:
                    found.setdefault(match.group("src"), plain(match.group("name")).strip())
            self._legend = found
        return self._legend

    def context_model(self, header: str, ctx: Context) -> str | None:
        """A column's service model: from its header, else from the nearest heading."""
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
    """One table as the layouts see it: the block, its context, and what is derived from it,
    computed on first use (so each layout's ``detect`` pays only for what it asks)."""

    block: Table
    ctx: Context
    reader: TableReader

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
        self._cells[key] = text
        return text

    def codes(self, text: str) -> list[Code] | None:
        """The responsibility codes a cell holds, or None for words."""
        return self.reader.lexicon.read_cell(text)

    role_headers: set[int] = field(default_factory=set)
    _cells: dict[tuple[int, int], str] = field(default_factory=dict)
    """Columns whose header said "responsibilities" / "role" after a name."""
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

    @property
    def header_names(self) -> dict[int, str]:
        """Column index -> the party name a header cell gives (role words stripped), for the
        columns whose header could be a party: not a subject ("Task"), code or model column."""
        if self._header_names is None:
            names: dict[int, str] = {}
            lexicon = self.reader.lexicon
            for index, text in enumerate(self.headers):
                if not text or lexicon.is_subject_column(text) or _NOTE_HEADER.match(text):
                    continue
                if lexicon.read_cell(text) is not None and not self._letter_column(index):
                    continue  # "Shared", "Yes": a code column, not a party
                bare = lexicon.without_footnotes(text) or text  # "Delivery Squad **"
                name = _ROLE_WORDS.sub("", bare).strip(" :-–—")
                if not name or lexicon.is_subject_column(name):
                    continue
                if name != text:
                    self.role_headers.add(index)
                model = index > 0 and self.models[index - 1] is not None
                named = bool(self.reader.parties.mentions(expand(name), ("org", "role")))
                if (model or lexicon.is_plan_name(name)) and not named:
                    continue  # "IaaS", "Premium", "Self-hosted option": a model or a plan
                names[index] = name
            self._header_names = names
        return self._header_names

    def _letter_column(self, index: int) -> bool:
        """A column whose filled cells are all RACI letters ("R", "A*", "C/I"): its header
        ("Contributor", "Lead") names a party of a letter matrix, not a code."""
        filled = [c for c in (self.cell(row, index) for row in self.block.rows) if c]
        return index > 0 and bool(filled) and all(_RACI_LETTERS.fullmatch(c) for c in filled)

    @property
    def code_columns(self) -> set[int]:
        """Columns (after the first) whose non-empty cells are responsibility codes, or codes
        but for a third or fewer short words that no vocabulary knows ("🎓 Enables" among
        "✅ Owns" and "🤝 Consults": a mark the page's legend explains, no duty)."""
        if self._code_columns is None:
            found: set[int] = set()
            for index in range(1, self.width):
                cells = [self.cell(row, index) for row in self.block.rows]
                filled = [c for c in cells if c]
                words = [c for c in filled if self.codes(c) is None]
                if filled and (
                    not words
                    or (len(words) * 3 <= len(filled) and all(len(c.split()) <= 3 for c in words))
                ):
                    found.add(index)  # a few short words among codes ("🎓 Enables"): still codes
            self._code_columns = found
        return self._code_columns

    def _brand(self, name: str) -> bool:
        """A header name no vocabulary knows that reads as a proper name on this page
        ("Litware", "Northwind"), not a column word ("Path", "Limited by")."""
        lexicon = self.reader.lexicon
        if lexicon.is_subject_column(name) or not lexicon.name_like(name):
            return False
        return self.reader.parties.is_proper_noun(name)

    def _header_brand(self, name: str) -> bool:
        """A brand header (or a role's name, see ``_role_header``), unless the first column
        holds the parties ("Teams", "Role"): then the headers across are areas ("Billing",
        "Technology Stack"); nor when a column under an owner header names each row's party
        ("Owner": Customer / Acme): then the other headers name what the rows are
        ("Validation Item")."""
        if self.party_rows or self.owner_named:
            return False
        return self._brand(name) or self._role_header(name)

    def _role_header(self, name: str) -> bool:
        """A header that is a role's name no vocabulary knows: one to four capitalised words
        ending in a person noun ("Platform Team", "Product Squad", "Release Captain")."""
        words = name.split()
        lexicon = self.reader.lexicon
        return (
            1 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and lexicon.person_noun(words[-1])
        )

    @property
    def owner_named(self) -> bool:
        """Some column after the first is headed "Owner" / "Responsibility" and its cells
        name parties."""
        if self._owner_named is None:
            self._owner_named = any(
                self.owner_header(i) and self.owner_like(i) for i in range(1, self.width)
            )
        return self._owner_named

    @property
    def party_rows(self) -> bool:
        """The first column's header says it names parties and two of its cells name one."""
        if self._party_rows is None:
            self._party_rows = (
                self.owner_header(0)
                and sum(self.row_party(r) is not None for r in self.block.rows) >= 2
            )
        return self._party_rows

    def row_party(self, row: TableRow) -> list[Ref] | None:
        """The parties a row's first cell names; a row header's subtitle (a second line, a
        spaced dash, a parenthesis) is not part of the name."""
        text = self.cell(row, 0)
        found = self.cell_parties(text, owner=True) if text else None
        raw = row.cells[0] if row.cells else ""
        name = " ".join(plain(_SUBTITLE.sub("", raw.strip())).split())
        if found is None and name and name != text:
            found = self.cell_parties(name, owner=True)
        if found is None and self.owner_header(0) and 0 < len(name.split()) <= 5:
            # under "Teams" / "Role" a short name is a party by position
            ref = self.reader.parties.resolve_party(name, self.header_span, force=True)
            found = [ref] if ref is not None else None
        return found

    def _known_local(self, name: str) -> bool:
        """A party the document already named (a heading "Acme responsibilities")."""
        local = self.reader.state.local_names
        return local is not None and bool(local.find(name))

    def owner_like(self, index: int) -> bool:
        """Most of a column's cells name a party (or say Shared): "Customer", "AWS"."""
        cells = [self.cell(row, index) for row in self.block.rows]
        filled = [c for c in cells if c]
        if not filled:
            return False
        if not any(self.known(c) for c in filled):
            return False  # weekdays or tool names: no party the vocabularies or the page know
        owner = self.owner_header(index)
        named = [self.cell_parties(c, owner=owner) for c in filled]
        share = sum(n is not None for n in named) / len(filled)
        # one party word in a column of blanks ("Community" under a plan) is no owner column
        enough = sum(n is not None for n in named) >= min(2, len(self.block.rows))
        return share >= _OWNER_SHARE and enough and any(named)

    def known(self, text: str) -> bool:
        """The cell names a vocabulary party ("Customer", "AWS") or one already on the page."""
        resolver = self.reader.parties
        if resolver.mentions(expand(text), ("org", "role")):
            return True
        parts = _CELL_PARTS.split(text)
        return any(resolver.resolve_party(p, self.header_span, create=False) for p in parts if p)

    @property
    def columns(self) -> list[tuple[int, Ref]]:
        """(column index, party) for each party a header names; records those parties. A
        vocabulary party is a party column; a name no vocabulary knows is one when its cells
        are codes (a party by position) or words, never when its cells name parties."""
        if self._columns is None:
            resolver = self.reader.parties
            columns: list[tuple[int, Ref]] = []
            if self.plan_axis:
                self._columns = columns
                return columns
            for index, name in self.header_names.items():
                if index == 0 or (index not in self.code_columns and self.owner_like(index)):
                    continue  # cells that name parties: an owner column whatever its header says
                if resolver.mentions(expand(name), ("org", "role")):
                    refs = resolver.parties_named(name, self.header_span)
                elif index in self.code_columns and len(name.split()) <= 5:
                    # a column of "Included" / "N/A" only: what a plan offers, no party
                    ref = None
                    if self._relates(index):
                        ref = resolver.resolve_party(name, self.header_span, force=True)
                    refs = [ref] if ref is not None else []
                elif (
                    (index in self.role_headers and not self._values(index))
                    or self._known_local(name)
                    or self._brand_party(index, name)
                ):
                    refs = resolver.parties_named(name, self.header_span)
                    if not refs and self._role_header(name):  # "Product Squad": by position
                        ref = resolver.resolve_party(name, self.header_span, force=True)
                        refs = [ref] if ref is not None else []
                else:
                    refs = []  # "Limited By", "Path": a name no vocabulary knows over words
                columns.extend((index, party) for party in refs)
            self._columns = columns
        return self._columns

    def _relates(self, index: int) -> bool:
        """Some cell of a code column states a relation (a letter, a mark), not only values."""
        codes = [self.codes(self.cell(row, index)) or [] for row in self.block.rows]
        return any(code.relation for cell in codes for code in cell)

    def _values(self, index: int) -> bool:
        """Half a column's filled cells or more are values ("50 GB", "24x7", "Included")."""
        lexicon = self.reader.lexicon
        filled = [c for c in (self.cell(row, index) for row in self.block.rows) if c]
        return bool(filled) and sum(is_value(c, lexicon) for c in filled) * 2 >= len(filled)

    def _brand_party(self, index: int, name: str) -> bool:
        """A proper name no vocabulary knows heads a party column only when its column reads
        like one: its cells are not values (durations, paths, "Included"); beside headers that
        name parties it is alike theirs (no words beside columns of marks: a description);
        alone, most of its cells state duties (an instruction, a verb phrase, a gerund)."""
        filled = [c for c in (self.cell(row, index) for row in self.block.rows) if c]
        if not self._header_brand(name) or not filled or self._values(index):
            return False
        if any(self.owner_like(i) for i in range(1, self.width) if i != index):
            return False  # words beside cells that name the parties: they describe the row
        resolver = self.reader.parties
        peers = [
            i
            for i, other in self.header_names.items()
            if i not in (0, index) and resolver.mentions(expand(other), ("org", "role"))
        ]
        if peers:
            return not any(i in self.code_columns for i in peers)
        return sum(self.states_duty(c) for c in filled) * 2 >= len(filled)

    def states_duty(self, text: str) -> bool:
        """A cell in words that states a duty: it opens with a duty verb (base or third
        person: "Rotate …", "Rotates …") or a gerund ("Rotating …")."""
        lexicon = self.reader.lexicon
        first = text.split()[0].strip("*_`").lower() if text.split() else ""
        if lexicon.imperative(text) or _GERUND.match(text):
            return True
        base = lexicon.verb_base(first)
        return base is not None and first != base and first.endswith("s")

    @property
    def plan_axis(self) -> bool:
        """Half the headers after the first name plans, tiers or options ("Developer | Team |
        Enterprise"): the header axis holds offers, none of its columns is a party."""
        if self._plan_axis is None:
            lexicon = self.reader.lexicon
            across = [h for h in self.headers[1:] if h]
            plans = sum(lexicon.is_plan_name(h) for h in across)
            self._plan_axis = bool(across) and plans * 2 >= len(across)
        return self._plan_axis

    def owned(self, raw: str) -> list[tuple[Ref | None, str]]:
        """A cell's parts under the parties its own lines name ("**Acme**" over "- Patch")."""
        return owner_lines(raw, self._owner)

    def _owner(self, name: str) -> Ref | None:
        """The party a name on its own line is: a vocabulary party it names whole, or one the
        page already named."""
        resolver = self.reader.parties
        text = expand(plain(name)).strip()
        found = resolver.mentions(text, ("org", "role"))
        whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
        return resolver.resolve_party(text, self.header_span, create=whole)

    @property
    def owned_columns(self) -> list[int]:
        """Columns no header party owns whose cells mostly open with a party's name on a line
        of its own ("Provider duties" over "**Acme**" and its list): the cells name the party."""
        if self._owned_columns is None:
            party_columns = {i for i, _ in self.columns}
            out = []
            for index in range(1, self.width):
                raws = [r.cells[index] for r in self.block.rows if index < len(r.cells)]
                filled = [raw for raw in raws if plain(raw).strip()]
                if index in party_columns or not filled:
                    continue
                opened = sum(self.owned(raw)[0][0] is not None for raw in filled)
                if opened * 2 >= len(filled):
                    out.append(index)
            self._owned_columns = out
        return self._owned_columns

    @property
    def shared_columns(self) -> list[int]:
        """Columns headed "Shared" / "Joint" / "Both": a mark there shares the row."""
        if self._shared_columns is None:
            out = []
            for index, text in enumerate(self.headers[1:], start=1):
                codes = self.codes(_ROLE_WORDS.sub("", text).strip() or text)
                if codes and any(c.shared for c in codes):
                    out.append(index)
            self._shared_columns = out
        return self._shared_columns

    @property
    def owner_columns(self) -> list[int]:
        """Columns whose cells name the responsible party ("Customer", "AWS", "Shared")."""
        if self._owner_columns is None:
            out = []
            party_columns = {i for i, _ in self.columns}
            for index in range(1, self.width):
                if index in party_columns:
                    continue
                header = _EMPHASIS.sub("", self.headers[index] if index < len(self.headers) else "")
                if " ".join(header.lower().split()) in self.reader.lexicon.place_columns:
                    continue  # "Location": where a thing runs ("Your infrastructure"), not who
                if self.owner_like(index):
                    out.append(index)
            self._owner_columns = out
        return self._owner_columns

    def cell_parties(self, text: str, *, owner: bool = False) -> list[Ref] | None:
        """The parties a cell names ([] for Shared / N/A codes), or None when it names none.
        Under an owner header ("Responsible", "Owner") any short name is a party, and a cell
        of clauses ("Provider operates, Tuist configures") names each clause's subject;
        footnote marks are no part of a name ("Customer¹", "Customer (*2)")."""
        qualified = _QUALIFIED_OWNER.match(text.strip())
        if qualified:  # "Customer (trial: Acme)": the customer, and Acme during a trial
            first = self.cell_parties(qualified.group("main"), owner=owner)
            during = self._names([qualified.group("who")], owner=True)
            if first and during:
                return list(dict.fromkeys([*first, *during]))
        text = self.reader.lexicon.without_footnotes(text) or text
        if self._place(text):
            return None
        codes = self.codes(text)
        if codes is not None and all(c.relation is None or c.shared for c in codes):
            return []
        parts = _CELL_PARTS.split(text)
        refs = self._names(parts, owner=owner) if len(text.split()) <= 6 else None
        if refs is None and owner:
            refs = self._clause_subjects(parts)
        named = re.match(r"^([^,]{1,40}),\s", text)
        if refs is None and owner and named:  # "Nimbus, on top of the storage it rents"
            refs = self._names([named.group(1)], owner=True)
        return refs or None

    def _place(self, text: str) -> bool:
        """A cell that names a party's place ("Your infra", "Acme account"): where, not who (a
        place noun of cue-words.ttl after words the cell's party mention does not cover)."""
        words = text.lower().split()
        if len(words) < 2 or words[-1] not in self.reader.lexicon.place_nouns:
            return False
        found = self.reader.parties.mentions(expand(text), ("org", "role"))
        return not (found and found[0].start == 0 and found[0].end == len(expand(text)))

    def _names(self, parts: list[str], *, owner: bool) -> list[Ref] | None:
        """Each part a party name (None as soon as one is not)."""
        resolver = self.reader.parties
        refs: list[Ref] = []
        for part in (p for p in parts if p):
            found = resolver.mentions(expand(part), ("org", "role"))
            before = expand(part)[: found[0].start] if found else ""
            if re.search(
                r"\w", re.sub(r"^\W*(?:the|a|an|your|our|their)\s+", "", before, flags=re.I)
            ):
                # "Install client applications": a duty that mentions a party, not its name
                return refs if owner and refs else None
            ref = resolver.resolve_party(part, self.header_span, create=False)
            if ref is None:  # a name no vocabulary knows: under an owner header by position,
                # elsewhere only one the page writes as a proper noun inside a sentence, not a
                # capitalised value only cells hold ("Minutes", "Moderate")
                ref = resolver.resolve_party(
                    part, self.header_span, allow_unknown=True, strict=not owner
                )
            if ref is None:
                return refs if owner and refs else None  # "Tuist, on top of the IdP"
            refs.append(ref)
        return refs

    def _clause_subjects(self, parts: list[str]) -> list[Ref] | None:
        """The parties that open clauses ("Provider operates, Tuist configures access")."""
        resolver = self.reader.parties
        refs: list[Ref] = []
        for part in parts:
            words = part.split()
            if len(words) < 2 or not self.reader.lexicon.verb_base(words[1]):
                continue
            ref = resolver.resolve_party(words[0], self.header_span, allow_unknown=True)
            if ref is not None:
                refs.append(ref)
        return list(dict.fromkeys(refs)) or None

    def note_column(self, index: int) -> bool:
        """A column that explains its row ("Description", "How it works")."""
        return bool(_NOTE_HEADER.match(self.headers[index] if index < len(self.headers) else ""))

    def place_row(self, row: TableRow) -> bool:
        """A row whose label says where things are ("Metadata location", "Hosted in"): its
        cells name places ("Your infrastructure"), not who is responsible (the place-column
        words of cue-words.ttl, as a row's label)."""
        label = " ".join(_EMPHASIS.sub("", self.cell(row, 0)).lower().split())
        places = self.reader.lexicon.place_columns
        return any(label == p or label.endswith(f" {p}") for p in places)

    def owner_header(self, index: int) -> bool:
        """A header that says its cells name who is responsible ("Responsible", "Owner")."""
        text = _EMPHASIS.sub("", self.headers[index]) if index < len(self.headers) else ""
        text = _NAME_WORD.sub("", text)  # "Role name", "Team names": the role, the team
        codes = self.codes(text)
        return bool(_OWNER_HEADER.match(text)) or bool(codes and codes[0].relation)

    @property
    def label_column(self) -> int:
        """The column that names each row's duty: the last column before the first party,
        owner or code column that is not a note ("Description"); the first column otherwise."""
        if self._label_column is None:
            self._label_column = self._find_label_column()
        return self._label_column

    def _find_label_column(self) -> int:
        taken = {i for i, _ in self.columns} | set(self.owner_columns) | set(self.shared_columns)
        taken |= self.code_columns | set(self.owned_columns)
        first_taken = min(taken) if taken else self.width
        candidates = [
            i
            for i in range(first_taken)
            if not _NOTE_HEADER.match(self.headers[i] if i < len(self.headers) else "")
        ]
        lexicon = self.reader.lexicon
        named = [i for i in candidates if lexicon.is_subject_column(self.headers[i])]
        if named and candidates and candidates[-1] not in named and self.owner_columns:
            # "Layer | Equipment | Managed | Self-hosted": the subject column names the row,
            # a column no vocabulary knows after it describes it
            return named[-1]
        return candidates[-1] if candidates else 0

    def label(self, row: TableRow) -> str:
        """The row's duty label (its label cell, else its first non-empty cell)."""
        text = self.cell(row, self.label_column)
        if text:
            return text
        return next((self.cell(row, i) for i in range(self.width) if self.cell(row, i)), "")

    def labels(self, row: TableRow) -> list[str]:
        """The row's duties: one per list item when its label cell is a list, else its label."""
        index = self.label_column
        raw = row.cells[index] if index < len(row.cells) else ""
        if re.search(r"(?m)^\s*-\s+\S", raw):
            items = [plain(line).strip() for line in cell_lines(raw, self.reader.lexicon)]
            if items:
                return items
        label = self.label(row)
        bare = unlabelled(label)
        if bare != label and self.reader.lexicon.imperative(bare):
            label = bare  # "SQL endpoint: verify connectivity …": the instruction
        if len(label) > MAX_LABEL:
            label = trim(label)  # a sentence in the label cell: its duty, not its conditions
        return [label] if label else []

    def area(self, row: TableRow) -> str:
        """The row's context: the cells left of the label column ("Process", "Area")."""
        return " / ".join(c for i in range(self.label_column) if (c := self.cell(row, i)))

    def span(self, line: int) -> Span:
        """Provenance of one body row."""
        return self.reader.state.span(line, line, self.ctx.section)

    def model(self, index: int) -> str | None:
        """The service model of a column (from its header or the nearest heading)."""
        header = self.block.header[index] if index < len(self.block.header) else ""
        return self.reader.context_model(header, self.ctx)


class TableLayout(Protocol):
    """One table shape: ``detect`` says whether a table has it, ``extract`` reads it."""

    name: str

    def detect(self, view: TableView) -> bool:
        """True when the table has this layout."""
        ...

    def extract(self, view: TableView) -> None:
        """Record the table's facts."""
        ...


def _everyone(view: TableView, columns: list[int]) -> list[Ref]:
    """Every party the given columns' cells name (who a "Shared" cell means)."""
    refs: list[Ref] = []
    for row in view.block.rows:
        for index in columns:
            owner = view.owner_header(index)
            refs.extend(view.cell_parties(view.cell(row, index), owner=owner) or [])
    return list(dict.fromkeys(refs)) or [p.ref for p in view.reader.state.facts.of_kind("party")]


class OwnerColumns:
    """Cells name the responsible party: an "Area | Owner" table, a service-model matrix
    (IaaS / PaaS / SaaS columns of "Customer" / "Microsoft" / "Shared"), a feature x hosting
    option matrix. Each named party holds the row's duty (under the column's model)."""

    name = "owner columns"

    def detect(self, view: TableView) -> bool:
        """No header names a party, and some column's cells name parties."""
        return not view.columns and bool(view.owner_columns)

    def extract(self, view: TableView) -> None:
        """One duty per row; per owner cell, its parties (every party for "Shared")."""
        everyone = _everyone(view, view.owner_columns)
        held = self._held_headers(view)
        for row in view.block.rows:
            if view.place_row(row):
                continue  # "Metadata Location | Acme Infra | Your Infra": where, not who
            labels = view.labels(row)
            area = view.area(row)
            span = view.span(row.line)
            for index in view.owner_columns:
                text = view.cell(row, index)
                codes = view.codes(text)
                shared = bool(codes) and any(c.shared for c in codes or [])
                named = view.cell_parties(text, owner=view.owner_header(index))
                owners = self._sharing(view, row, everyone, span) if shared else (named or [])
                model = view.models[index - 1] if index - 1 < len(view.models) else None
                for party in owners:
                    if self._described(view, row, party, span):
                        continue
                    for label in [held[index]] if index in held else labels:
                        if self._own_subject(view, label, span):
                            continue
                        view.reader.records.duty(
                            party,
                            label,
                            f"{area}: {label}" if area else label,
                            span,
                            shared=shared,
                            service_model=model,
                        )

    @staticmethod
    def _held_headers(view: TableView) -> dict[int, str]:
        """Owner columns whose header names what their cells' parties hold, in a table whose
        rows are plans or hosting options ("Hosting type | Data processor | Data controller":
        "PostHog Cloud | PostHog | You"): column index -> the header."""
        lexicon = view.reader.lexicon
        first = view.headers[view.label_column].casefold() if view.headers else ""
        if first not in lexicon.option_columns:
            return {}
        held: dict[int, str] = {}
        for index in view.owner_columns:
            header = view.headers[index] if index < len(view.headers) else ""
            model = view.models[index - 1] if index - 1 < len(view.models) else None
            if not header or model or view.owner_header(index):
                return {}  # "Owner", "IaaS": the cells name who holds the row's duty
            held[index] = header
        return held

    @staticmethod
    def _sharing(view: TableView, row: TableRow, everyone: list[Ref], span: Span) -> list[Ref]:
        """Who shares a "Joint" row: the parties its other cells name when they name two or
        more ("A provides the firewall; B configures the rules"), else every owner."""
        parties = view.reader.parties
        named: list[Ref] = []
        for index, _ in enumerate(row.cells):
            if index in view.owner_columns:
                continue
            for m in parties.mentions(expand(view.cell(row, index)), ("org", "role")):
                ref = parties.resolve_party(m.text, span, create=False)
                if ref is not None and ref in everyone and ref not in named:
                    named.append(ref)
        return named if len(named) >= 2 else everyone

    @staticmethod
    def _described(view: TableView, row: TableRow, party: Ref, span: Span) -> bool:
        """A row named by a short label ("Phase 1: Environment preparation") and described in
        prose in a later column ("Description": "Prepare the account. This includes …"): the
        description's sentences are the owner's duties. True when they gave any."""
        label = view.label(row)
        if not label or label.endswith(".") or len(label.split()) > _NAME_WORDS:
            return False  # the label is a duty of its own ("Rotate the keys.")
        found = False
        for index in range(view.label_column + 1, view.width):
            raw = row.cells[index] if index < len(row.cells) else ""
            if index in view.owner_columns or len(plain(raw).split()) < _PROSE_WORDS:
                continue
            reader = view.reader
            read = described_duties(reader.prose, reader.records, party, raw, span, view.ctx)
            found = read or found
        return found

    @staticmethod
    def _own_subject(view: TableView, label: str, span: Span) -> bool:
        """A sentence in the row's label that names its own party ("For custom images, you as
        the customer are responsible for …"): that party's duty, not the owner cell's."""
        text = expand(plain(label)).strip()
        if not text.endswith(".") or len(text.split()) < 6:
            return False
        duty, subject = view.reader.prose.strip_subject(text, span, view.ctx)
        if subject is None:
            return False
        view.reader.records.duty(subject, trim(duty), text, span)
        return True


class PartyColumns:
    """A column per party (RACI letters, ticks, Owner / Advisor words, or duties in words):
    a code cell gives its relation between the column's party and the row's duty (a "No"
    under a lone "Is X responsible?" column: the other party's); a cell in words gives the
    duties it describes (one per line, list item or sentence)."""

    name = "party columns"

    def detect(self, view: TableView) -> bool:
        """Header cells name parties, or cells open with the party they list duties of."""
        return bool(view.columns) or bool(view.owned_columns)

    def extract(self, view: TableView) -> None:
        """Codes per cell, a "Shared" column's mark for every party, words as duties (of the
        party a line of the cell names, else of the column's)."""
        records = view.reader.records
        parties = list(dict.fromkeys(p for _, p in view.columns))
        columns: list[tuple[int, Ref | None]] = [*view.columns]
        columns.extend((index, None) for index in view.owned_columns)
        for row in view.block.rows:
            label = view.label(row)
            area = view.area(row)
            span = view.span(row.line)
            labels = view.labels(row)
            for index, party in columns:
                raw = row.cells[index] if index < len(row.cells) else ""
                text = view.cell(row, index)
                if not text:
                    continue
                codes = view.codes(text)
                if codes is None and index in view.code_columns:
                    continue  # a short word among codes ("🎓 Enables"): no duty of its own
                if codes is None:
                    context = label or area
                    for owner, part in view.owned(raw):
                        who = owner or party
                        if who is not None:
                            prose = view.reader.prose
                            cell_duties(prose, records, who, part, context, span, view.ctx)
                    continue
                if party is None:
                    continue
                no = re.fullmatch(r"no\.?", text.strip(), re.I)
                counterpart = self._counterpart(view, index, party) if no else None
                for each in labels:
                    for code in codes:
                        if code.relation is None and counterpart is not None:
                            records.duty(
                                counterpart, each, f"{area}: {each}" if area else each, span
                            )
                        if code.relation is None:
                            continue
                        records.duty(
                            party,
                            each,
                            f"{area}: {each}" if area else each,
                            span,
                            predicate=code.relation,
                            shared=code.shared,
                            service_model=view.model(index),
                        )
            for index in view.shared_columns:
                codes = view.codes(view.cell(row, index))
                if label and codes and any(c.relation for c in codes):
                    for party in parties:
                        records.duty(party, label, label, span, shared=True)
            if view.code_columns:
                self._notes(view, row, span)

    @staticmethod
    def _notes(view: TableView, row: TableRow, span: Span) -> None:
        """A "Notes" cell beside a row's codes, read as prose: a sentence that names its party
        ("…, but customers are accountable for providing the patch cycle") states a duty of
        its own; one that names none gives nothing."""
        for index, header in enumerate(view.headers):
            if index == 0 or index in view.code_columns or not _NOTE_HEADER.match(header):
                continue
            raw = row.cells[index] if index < len(row.cells) else ""
            for start, end in sentences(raw):
                view.reader.prose.statement(raw[start:end], span, view.ctx, in_item=False)

    @staticmethod
    def _counterpart(view: TableView, index: int, party: Ref) -> Ref | None:
        """The other party of a two-party page when the table's only party column asks a
        yes / no question ("Is the customer responsible for this?"): its "No" is the other's."""
        header = view.headers[index] if index < len(view.headers) else ""
        if len(view.columns) != 1 or not re.search(r"\bresponsible\b.*\?\s*$", header, re.I):
            return None
        others = [p.ref for p in view.reader.state.parties() if p.ref != party]
        return others[0] if len(others) == 1 else None


class TransposedMatrix:
    """Parties down the first column and duties across the header: read as the transpose."""

    name = "transposed matrix"

    def detect(self, view: TableView) -> bool:
        """Two or more first-column cells name parties, the header names none, and the body
        cells are codes."""
        if view.columns or len(view.block.rows) < 2:
            return False
        known = sum(view.known(view.cell(r, 0)) for r in view.block.rows)
        if known * 2 < len(view.block.rows):
            return False
        named = [r for r in view.block.rows if view.cell_parties(view.cell(r, 0))]
        return len(named) >= 2 and len(view.code_columns) >= 1

    def extract(self, view: TableView) -> None:
        """Swap rows and columns, then read the result as party columns."""
        block = view.block
        header = ("", *(r.cells[0] if r.cells else "" for r in block.rows))
        rows = tuple(
            TableRow(
                (block.header[i], *(r.cells[i] if i < len(r.cells) else "" for r in block.rows)),
                block.start,
            )
            for i in range(1, len(block.header))
        )
        turned = replace(block, header=header, rows=rows)
        PartyColumns().extract(TableView(turned, view.ctx, view.reader))


class PartyRows:
    """Parties down the first column ("Role": Microsoft, Customer, Partner) and what each does
    in words across the row: every line, list item or sentence is that party's duty."""

    name = "party rows"

    def detect(self, view: TableView) -> bool:
        """Two or more first-column cells name parties, the header names none, and the other
        cells are words."""
        rows = view.block.rows
        if view.columns or len(rows) < 2:
            return False
        known = sum(view.known(view.cell(r, 0)) for r in rows)
        if not (known * 2 >= len(rows) or (known and view.owner_header(0))):
            return False  # "Term | Explanation", "Patch | Method": not a party per row
        named = [r for r in rows if view.row_party(r)]
        return len(named) >= 2 and len(named) * 2 >= len(rows)

    def extract(self, view: TableView) -> None:
        """Each row's cells after the first, as duties of the parties its first cell names."""
        reader = view.reader
        for row in view.block.rows:
            parties = view.row_party(row) or []
            span = view.span(row.line)
            for party in parties:
                for index in range(1, len(row.cells)):
                    cell_duties(
                        reader.prose, reader.records, party, row.cells[index], "", span, view.ctx
                    )


class SectionPartyRows:
    """A table in a section whose heading names a party ("Patching we do as a platform",
    "Customer responsibilities") and that has no party axis: each row names one of that
    party's duties in its first column; its other cells describe it."""

    name = "section party rows"

    def detect(self, view: TableView) -> bool:
        """The section's own heading names the party, no column names or holds parties, and
        the first column is a subject column or words, not codes."""
        if not (view.ctx.named_by_heading and view.ctx.party) or view.columns:
            return False
        if view.owner_columns or view.code_columns or not view.block.rows:
            return False
        first = view.headers[0] if view.headers else ""
        if _NOTE_HEADER.match(first) or self._cells_name_actors(view):
            return False  # a "Role", "Description" pair of who does what: prose cells
        return all(view.codes(view.cell(r, 0)) is None for r in view.block.rows)

    @staticmethod
    def _cells_name_actors(view: TableView) -> bool:
        """Some cell after the first has a sentence that opens with a party ("Microsoft will
        apply …", "You are responsible for …")."""
        resolver = view.reader.parties
        for row in view.block.rows:
            for index in range(1, view.width):
                for start, end in sentences(view.cell(row, index)):
                    opening = " ".join(view.cell(row, index)[start:end].split()[:4])
                    found = resolver.mentions(expand(opening), ("org", "role"))
                    if found or re.match(r"^(?:we|you)\b", opening, re.I):
                        return True
        return False

    def extract(self, view: TableView) -> None:
        """The first cell of each row (one duty per list item) as the section party's duty."""
        party = view.ctx.party
        assert party is not None
        for row in view.block.rows:
            raw = row.cells[0] if row.cells else ""
            label = view.cell(row, 0)
            if not label:
                continue
            items = cell_lines(raw, view.reader.lexicon) if "\n" in raw else [label]
            details = " / ".join(c for i in range(1, view.width) if (c := view.cell(row, i)))
            for item in items:
                text = trim(expand(plain(item)).strip())
                if text:
                    description = f"{text}: {details}" if details else text
                    view.reader.records.duty(party, text, description, view.span(row.line))


class ProseCells:
    """No party axis at all ("Feature | How it works"): each cell's sentences are read as
    prose, so "GitLab manages X. You configure Y." gives both parties' duties."""

    name = "prose cells"

    def detect(self, view: TableView) -> bool:
        """Some body cell has a sentence of at least six words."""
        rows, width = view.block.rows, view.width
        return any(len(view.cell(r, i).split()) >= 6 for r in rows for i in range(1, width))

    def extract(self, view: TableView) -> None:
        """Every cell after the first, sentence by sentence, through the prose reader."""
        prose, records, party = view.reader.prose, view.reader.records, view.ctx.party
        lexicon = view.reader.lexicon
        for row in view.block.rows:
            span = view.span(row.line)
            for index in range(1, view.width):
                raw = row.cells[index] if index < len(row.cells) else ""
                leadins = cell_leadins(raw)
                for line in cell_lines(raw, lexicon):
                    if prose.sentences(line, span, view.ctx):
                        continue
                    text = expand(plain(line)).strip()
                    owner = self._leadin_party(view, leadins.get(line, ""), span)
                    if owner is not None and not negated(text):
                        # "You must provide support for these areas:" over "- On-site gear"
                        records.duty(owner, trim(text), text, span)
                        continue
                    if party is None:
                        continue
                    if lexicon.imperative(text) or _GERUND.match(text):
                        # no subject in a party's section: "Packaging apps", "Provide support"
                        records.duty(party, trim(text), text, span)

    @staticmethod
    def _leadin_party(view: TableView, lead: str, span: Span) -> Ref | None:
        """The party whose duties a lead-in in a cell lists: its subject, when it binds it
        ("You must …:", "Acme is responsible for …:")."""
        text = expand(lead)
        if (
            not text
            or negated(text)
            or not (OBLIGATION.search(text) or RESPONSIBLE_WORD.search(text))
        ):
            return None
        return view.reader.prose.strip_subject(text, span, view.ctx)[1]


LAYOUTS: Final[tuple[TableLayout, ...]] = (
    OwnershipValues(),
    PartyColumns(),
    OwnerColumns(),
    RelationColumns(),
    TransposedMatrix(),
    RoleDefinitions(),
    PartyRows(),
    SectionPartyRows(),
    OptionRows(),
    ProseCells(),
)
"""The table layouts, tried in order."""
