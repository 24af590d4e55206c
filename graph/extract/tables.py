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
from dataclasses import dataclass, replace
from typing import Final, Protocol

from ..document import Table, TableRow
from ..facts import Ref, Span
from ..lexicon import Code, Lexicon
from ..text import plain, sentences
from .cells import (
    DUTY_GERUND,
    ITEM_MARK,
    cell_duties,
    cell_leadins,
    cell_lines,
    described_duties,
    owner_lines,
    unlabelled,
)
from .commitments import page_provider
from .cues import OBLIGATION, RESPONSIBLE_WORD, expand, negated
from .entitlements import EntitlementMatrix
from .group_rows import GroupedPartyRows
from .heading_parties import label_party
from .hosting_options import HostingOptions
from .inherited_column import InheritedColumn
from .labels import MAX_LABEL, trim
from .leadins import verb_phrases
from .legends import mark_meanings
from .option_rows import OptionRows
from .ownership import OwnershipValues
from .parties import PartyResolver
from .plan_services import PlanServices
from .prose import ProseReader
from .readers import BlockReader
from .records import FactRecorder
from .relation_columns import RelationColumns
from .role_tables import RoleDefinitions
from .state import Context, DocState
from .table_columns import EMPHASIS, NOTE_HEADER, ROLE_WORDS, TableColumns

__all__ = ["LAYOUTS", "TableLayout", "TableReader", "TableView"]

_IMAGE = re.compile(r"!\[[^\]]*\]\((?P<src>[^)\s]+)[^)]*\)")
_LEGEND = re.compile(
    r"^\s*(?:[-*+]\s+)?!\[[^\]]*\]\((?P<src>[^)\s]+)[^)]*\)\s*[-–—:=]?\s*(?P<name>\S.{0,60})$"
)
"""A legend line: an image, then what it stands for."""
_CODE_PAIR = re.compile(
    r"(?:\*\*|__)?(?P<code>[A-Z]{1,3})(?:\*\*|__)?\s*=\s*(?:\*\*|__)?"
    r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
)
"""One pair of a legend written in prose: a short upper-case code, "=", a capitalised name
("**N** = Nimbus")."""
_NAME_WORDS = 6
"""A row label of at most this many words, without a full stop, names the row (a phase, an
area); a longer one or a sentence is a duty of its own."""
_PROSE_WORDS = 6
"""A cell of at least this many words describes its row in prose."""
_ID = r"(?:[A-Z]{1,5}[-\s]?\d+(?:\.\d+)*|\d+(?:\.\d+)+)[a-z]?"
_KEY = re.compile(rf"{_ID}(?:\s*(?:to|and|,|-|–)\s*{_ID})*")
"""A row keyed only by a requirement's number or a range of them ("1.1 to 1.2.4", "A1", "AC-2";
not "3", a step): the requirement the owner holds, whatever duties its comment also states."""
_WHOLE = re.compile(r"all|any|every|everything|others?|remaining|rest", re.I)
"""A row key that only says how much it covers ("All"): of what, the nearest heading says."""


def _without_repeated_headers(block: Table) -> Table:
    """The table without body rows that repeat its header after their first cell ("| **Stack
    setup** | **Customer** | **Provider** |" between groups of rows): they head a group, they
    state no duty."""
    header = [plain(h).strip().lower() for h in block.header[1:]]
    if not all(header):
        return block
    rows = tuple(
        row for row in block.rows if [plain(c).strip().lower() for c in row.cells[1:]] != header
    )
    return block if len(rows) == len(block.rows) else replace(block, rows=rows)


class TableReader(BlockReader):
    """Reads a table with the first layout that recognises it."""

    def __init__(
        self, state: DocState, parties: PartyResolver, records: FactRecorder, prose: ProseReader
    ) -> None:
        super().__init__(state, parties, records, prose)
        self.lexicon: Lexicon = state.lexicon
        self._legend: dict[str, str] | None = None
        self._marks: dict[str, str] | None = None
        self._code_parties: dict[str, str] | None = None

    def read(self, block: Table, ctx: Context) -> None:
        """Try ``LAYOUTS`` in order; tables without a header and a body column yield nothing."""
        if not block.header or len(block.header) < 2:
            return
        if _form(block):
            return  # a signature block: "[Client Name]", "Signature:", "Date: [Date]"
        if len(block.header) == 2 and self.lexicon.key_column(plain(block.header[1])):
            return  # "Readiness | Meaning": a key to the page's words, no duty
        view = TableView(_without_repeated_headers(block), ctx, self)
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

    @property
    def marks(self) -> dict[str, str]:
        """Mark -> meaning, from a key to a matrix's marks outside tables ("- 🟢: Responsible")."""
        if self._marks is None:
            lexicon = self.lexicon
            self._marks = mark_meanings(
                self.state.doc.text, lambda words: lexicon.read_cell(words) is not None
            )
        return self._marks

    @property
    def code_parties(self) -> dict[str, str]:
        """Cell code -> party name, from a prose legend outside tables that gives two or more
        codes a name and names a known party with one ("**N** = Nimbus, **C** = Customer"):
        cells then hold those codes for parties, not responsibility letters. A legend of
        letters only ("R = Responsible, C = Consulted") names no party and gives nothing."""
        if self._code_parties is None:
            found: dict[str, str] = {}
            for line in self.state.doc.text.splitlines():
                if "|" in line:
                    continue
                pairs = {m.group("code"): m.group("name") for m in _CODE_PAIR.finditer(line)}
                if len(pairs) < 2 or any(self.lexicon.read_cell(n) for n in pairs.values()):
                    continue
                if any(self.parties.mentions(n, ("org", "role")) for n in pairs.values()):
                    for code, name in pairs.items():
                        found.setdefault(code, name)
            self._code_parties = found
        return self._code_parties

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
class TableView(TableColumns):
    """One table as the layouts see it (its cells: ``TableCells``; which columns hold what:
    ``TableColumns``): its owner and shared columns, party rows and each row's duty label."""

    def provider(self, span: Span) -> Ref | None:
        """The page's provider (``commitments.page_provider``), for layouts whose columns are
        options or plans rather than parties."""
        return page_provider(self.reader.state, self.reader.parties, self.ctx, span)

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
                codes = self.codes(ROLE_WORDS.sub("", text).strip() or text)
                if codes and any(c.shared for c in codes):
                    out.append(index)
            self._shared_columns = out
        return self._shared_columns

    @property
    def owner_columns(self) -> list[int]:
        """Columns whose cells name the responsible party ("Customer", "AWS", "Shared")."""
        if self._owner_columns is None:
            out: list[int] = []
            if self.offer_rows:  # "Setting | Status | Cloud": where a feature is offered
                self._owner_columns = out
                return out
            party_columns = {i for i, _ in self.columns}
            for index in range(1, self.width):
                if index in party_columns:
                    continue
                header = EMPHASIS.sub("", self.headers[index] if index < len(self.headers) else "")
                if " ".join(header.lower().split()) in self.reader.lexicon.place_columns:
                    continue  # "Location": where a thing runs ("Your infrastructure"), not who
                if self.owner_like(index):
                    out.append(index)
            self._owner_columns = out
        return self._owner_columns

    def note_column(self, index: int) -> bool:
        """A column that explains its row ("Description", "How it works")."""
        return bool(NOTE_HEADER.match(self.headers[index] if index < len(self.headers) else ""))

    def place_row(self, row: TableRow) -> bool:
        """A row whose label says where things are ("Metadata location", "Hosted in"): its
        cells name places ("Your infrastructure"), not who is responsible (the place-column
        words of cue-words.ttl, as a row's label)."""
        label = " ".join(EMPHASIS.sub("", self.cell(row, 0)).lower().split())
        places = self.reader.lexicon.place_columns
        return any(label == p or label.endswith(f" {p}") for p in places)

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
            if not NOTE_HEADER.match(self.headers[i] if i < len(self.headers) else "")
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
        lead = _LEAD_OVER_BULLETS.match(raw)
        if lead:  # "Provide user administration, including:" / "* Group creation": examples
            label = trim(plain(lead.group("lead")))
        section = self.ctx.section.path
        if _WHOLE.fullmatch(label) and len(section) > 1:
            label = f"{label} of {plain(section[-1])}"  # "All" under "Appendix B"
        bare = unlabelled(label)
        if bare != label and self.reader.lexicon.imperative(bare):
            label = bare  # "SQL endpoint: verify connectivity …": the instruction
        if len(label) > MAX_LABEL:
            label = trim(label)  # a sentence in the label cell: its duty, not its conditions
        return [label] if label else []

    def area(self, row: TableRow) -> str:
        """The row's context: the cells left of the label column ("Process", "Area")."""
        return " / ".join(c for i in range(self.label_column) if (c := self.cell(row, i)))


_LEAD_OVER_BULLETS = re.compile(r"^(?P<lead>[^\n:]+:)\s+[*+]\s+\S")
"""A cell whose lead introduces the bullets after it ("Provide X, including: * A * B", a
reStructuredText cell's list): the examples of its duty."""


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
    """Every party the given columns' cells name (who a "Shared" cell means). A table naming
    fewer than two adds those that earlier tables' columns of the same header named: one of
    a page's per-section "Control | Owner" tables may hold only "Provider" and "Joint"."""
    refs: list[Ref] = []
    remembered = view.reader.state.owner_parties
    for index in columns:
        header = plain(view.headers[index]).casefold() if index < len(view.headers) else ""
        named: list[Ref] = []
        for row in view.block.rows:
            owner = view.owner_header(index)
            named.extend(view.cell_parties(view.cell(row, index), owner=owner) or [])
        if header:
            seen = remembered.setdefault(header, [])
            seen.extend(r for r in dict.fromkeys(named) if r not in seen)
            if len(set(named)) < 2:
                named.extend(seen)
        refs.extend(named)
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
        modes = {index: view.owner_cells(index) for index in view.owner_columns}
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
                named = view.cell_parties(text, owner=modes[index])
                owners = self._sharing(view, row, everyone, span) if shared else (named or [])
                model = view.models[index - 1] if index - 1 < len(view.models) else None
                told = {party: self._described(view, row, party, span) for party in owners}
                keyed = _KEY.fullmatch(view.label(row)) is not None
                for party in owners:
                    if told[party] and not (keyed and not shared):
                        continue  # the comment's duties (a requirement number stays)
                    if keyed and shared and any(told.values()):
                        continue  # a shared requirement its comment divides
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
            noted = self._notes(view, row, span) if view.code_columns else set()
            for index, party in columns:
                raw = row.cells[index] if index < len(row.cells) else ""
                text = view.cell(row, index)
                if not text:
                    continue
                codes = view.codes(text)
                agent, done = _agent_cell(view, text, span) if codes is None else (None, "")
                if agent is not None:  # "Inspected by Acme": Acme inspects the row's thing
                    for each in labels:
                        duty = f"{done} {_lowered(each)}" if done else each
                        records.duty(agent, duty, f"{area}: {each}" if area else each, span)
                    continue
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
                if party is None or (party in noted and self._bare_marks(codes, label)):
                    continue  # "Backups | ✓ | Nimbus snapshots the disks.": the note says it
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
                elif codes is None:  # "Acme rotates X; you rotate Y": each clause its party's
                    raw = row.cells[index] if index < len(row.cells) else ""
                    for start, end in sentences(raw):
                        view.reader.prose.statement(raw[start:end], span, view.ctx, in_item=False)

    @staticmethod
    def _notes(view: TableView, row: TableRow, span: Span) -> set[Ref]:
        """A "Notes" cell beside a row's codes, read as prose: a sentence that names its party
        ("…, but customers are accountable for providing the patch cycle") states a duty of
        its own; one that names none gives nothing. The parties it gave duties to: for them
        the note, not the row's short label, says what they do."""
        relations = view.reader.state.facts.relations
        before = len(relations)
        doers = {
            party
            for index, party in view.columns
            if party is not None
            and any(c.relation == "responsibleFor" for c in view.codes(view.cell(row, index)) or [])
        }
        lexicon = view.reader.state.lexicon
        label = view.label(row)
        for index, header in enumerate(view.headers):
            if index == 0 or index in view.code_columns or not NOTE_HEADER.match(header):
                continue
            raw = row.cells[index] if index < len(row.cells) else ""
            raw = "\n".join(ITEM_MARK.sub("", line) for line in raw.split("\n"))  # "a|" items
            for start, end in sentences(raw):
                said = raw[start:end]
                who = view.reader.parties.party_in(plain(said), span, create=False)
                if who in doers and _restates(lexicon, label, plain(said)):
                    continue  # "Install the tool" | R | "The subscriber will need to install it"
                if who is None:
                    continue  # "ArgoCD practices GitOps": a tool's work, no party's duty
                view.reader.prose.statement(said, span, view.ctx, in_item=False)
        return {r.subject for r in relations[before:] if r.predicate == "responsibleFor"}

    @staticmethod
    def _bare_marks(codes: list[Code], label: str) -> bool:
        """Check marks or "Both" only (no RACI letter, which the note would not restate)
        beside a short row name ("Backups"), not a duty of its own."""
        marks = all(c.key in ("mark", "shared") for c in codes)
        return marks and len(label.split()) <= _NAME_WORDS

    @staticmethod
    def _counterpart(view: TableView, index: int, party: Ref) -> Ref | None:
        """The other party of a two-party page when the table's only party column asks a
        yes / no question ("Is the customer responsible for this?"): its "No" is the other's."""
        header = view.headers[index] if index < len(view.headers) else ""
        if len(view.columns) != 1 or not re.search(r"\bresponsible\b.*\?\s*$", header, re.I):
            return None
        others = [p.ref for p in view.reader.state.parties() if p.ref != party]
        return others[0] if len(others) == 1 else None


def _content_words(text: str) -> set[str]:
    """The longer words of a text, lower case."""
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _COMMON_WORDS}


def _restates(lexicon: Lexicon, label: str, note: str) -> bool:
    """Whether a note restates its row's duty ("Install the CLI tool" / "The subscriber will
    need to install the CLI tool"): the label's verb is the note's and a longer word of its
    object too; a note with a duty of its own ("… will submit the checklist", "… will notify
    Acme of urgent patches" beside "Spotting urgent patches") says another deed."""
    words = label.split()
    verb = lexicon.verb_base(words[0].lower()) if words else None
    said = {lexicon.verb_base(w) for w in re.findall(r"[a-z]+", note.lower())}
    shared = _content_words(" ".join(words[1:])) & _content_words(note)
    return verb is not None and verb in said and bool(shared)


_COMMON_WORDS = frozenset(("will", "need", "needs", "with", "from", "that", "this", "their"))
"""Words a note and a row's label share without saying the same thing."""


class TransposedMatrix:
    """Parties down the first column and duties across the header: read as the transpose."""

    name = "transposed matrix"

    def detect(self, view: TableView) -> bool:
        """Two or more first-column cells name parties, the header names none, and the body
        cells are codes."""
        if view.columns or len(view.block.rows) < 2 or not view.code_columns:
            return False  # (no codes: no parties looked up, none made, for nothing)
        known = sum(view.known(view.cell(r, 0)) for r in view.block.rows)
        if known * 2 < len(view.block.rows):
            return False
        named = [r for r in view.block.rows if view.cell_parties(view.cell(r, 0))]
        return len(named) >= 2

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
        if NOTE_HEADER.match(first) or self._cells_name_actors(view):
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
        prose, records = view.reader.prose, view.reader.records
        lexicon = view.reader.lexicon
        for row in view.block.rows:
            span = view.span(row.line)
            # "8. The Customer's responsibility in connection with X" | "Configuring …": the
            # row's label names whose its cell's duties are
            owned = label_party(view.reader.parties, plain(view.cell(row, 0)), span)
            party = owned or view.ctx.party
            ctx = replace(view.ctx, party=owned) if owned is not None else view.ctx
            for index in range(1, view.width):
                raw = row.cells[index] if index < len(row.cells) else ""
                leadins = cell_leadins(raw)
                for line in cell_lines(raw, lexicon):
                    if prose.sentences(line, span, ctx):
                        continue
                    text = expand(plain(line)).strip()
                    owner = self._leadin_party(view, leadins.get(line, ""), span)
                    if owner is not None and not negated(text):
                        # "You must provide support for these areas:" over "- On-site gear"
                        records.duty(owner, trim(text), text, span)
                        continue
                    if party is None:
                        continue
                    if lexicon.imperative(text) or DUTY_GERUND.match(text):
                        # no subject in a party's section: "Packaging apps", "Provide support";
                        # "Tune X, provide Y": one duty per verb phrase
                        for phrase in verb_phrases(lexicon, trim(text)):
                            records.duty(party, phrase, text, span)

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


_AGENT_CELL = re.compile(r"^(?P<verb>[A-Za-z]+(?:-[a-z]+)?)\s+by\s+(?P<agent>[^,;()]{2,40}?)\.?$")
"""A cell that is a participle and its agent only ("Reconciled by Acme")."""


def _agent_cell(view: TableView, text: str, span: Span) -> tuple[Ref | None, str]:
    """The party a cell names as the agent of a duty verb's participle ("Inspected by Acme",
    "Managed by the customer"), who holds the row's duty, and the participle's base form when
    it is a duty verb's ("inspect", else ""); (None, "") for any other cell."""
    found = _AGENT_CELL.match(text.strip())
    lexicon = view.reader.lexicon
    if found is None or not lexicon.participle(found.group("verb")):
        return None, ""
    party = view.reader.parties.resolve_party(found.group("agent"), span)
    return party, lexicon.verb_base(found.group("verb")) or ""


def _lowered(label: str) -> str:
    """A row's label as the object of a verb: a determiner opening it lower-cased ("The crane
    rota" -> "the crane rota"); any other first word kept, it may be a name ("Kubernetes")."""
    first = label.split(maxsplit=1)[0] if label.split() else ""
    return label[:1].lower() + label[1:] if first in _DETERMINER_WORDS else label


_DETERMINER_WORDS = frozenset({"The", "A", "An", "All", "Any", "Each", "Every", "Your", "Our"})


LAYOUTS: Final[tuple[TableLayout, ...]] = (
    InheritedColumn(),
    EntitlementMatrix(),
    OwnershipValues(),
    PartyColumns(),
    RelationColumns(),
    OwnerColumns(),
    TransposedMatrix(),
    RoleDefinitions(),
    GroupedPartyRows(),
    PartyRows(),
    SectionPartyRows(),
    HostingOptions(),
    PlanServices(),
    OptionRows(),
    ProseCells(),
)
"""The table layouts, tried in order."""


_FORM_FIELD = re.compile(r"^(?:[☐☑☒]\s*.*|\[[^\[\]]+\]|[A-Z][\w /-]{0,30}:(?:\s*\[[^\[\]]*\])?)$")
"""A form's field: a box to tick, a placeholder ("[Client Name]") or a field's label with or
without its placeholder ("Signature: [Signature]", "Registered Office:")."""


def _form(block: Table) -> bool:
    """Whether a table is a form to fill in (a contract's signature block): at least half of
    its filled body cells are fields, and at least two."""
    cells = [plain(c).strip() for row in block.rows for c in row.cells]
    filled = [c for c in cells if c]
    fields = sum(1 for c in filled if _FORM_FIELD.match(c))
    return fields >= 2 and 2 * fields >= len(filled)
