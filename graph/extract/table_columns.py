"""Which columns of a table hold what: party names in the header (a column per party), codes
in the cells (RACI letters, check marks), party names in the cells (an owner column), or plans
and values (no party). A name no vocabulary knows heads a party column only when its column
reads like one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import TableRow
from ..facts import Ref
from ..text import plain
from .cell_parties import CELL_PARTS, CellParties
from .cells import DUTY_GERUND, is_value
from .cues import NEGATION, QUALIFIED, RESPONSIBLE_WORD, expand
from .parties import staff_title
from .party_lookup import name_word_party

__all__ = ["TableColumns"]

NOTE_HEADER = re.compile(
    r"^(?:(?:additional|further|more|other|extra)\s+)?"
    r"(?:descriptions?|notes?|comments?|details?|explanations?|remarks?|examples?|differences?|"
    r"how\s+it\s+works|more\s+information|links?|references?|see\s+also|tools?|set\s+up\s+with|"
    r"contents?|summary|overview|meaning|what\s+it\s+(?:is|means|does|covers|includes)|"
    r"related\b.*|(?:[\w\s]+/\s*)?(?:docs?|documentation))$",
    re.I,
)
"""Columns that explain a row rather than name it: never the duty label, never a party."""


_OWNED_SUFFIX = r"(?:-|\s+)(?:managed|owned|operated|controlled)$"
"""What a header adds to a party's name to say it manages the row ("-managed", " owned")."""
ROLE_WORDS = re.compile(
    r"(?:['’]s?)?\s*(?:security\s+|operational\s+|key\s+|main\s+)?(?:responsibilit(?:y|ies)|"
    r"duties|duty|roles?|tasks?|obligations?|scope|actions?|activities|part|does)\b.*$"
    r"|^(?:responsibilit(?:y|ies)|duties|role|tasks?)\s+(?:of|for)\s+(?:the\s+)?"
    rf"|(?<=\w){_OWNED_SUFFIX}"
    r"|^(?:managed|owned|operated|controlled)\s+by\s+(?:the\s+)?",
    re.I,
)
""""SAP's responsibilities", "Your Responsibilities", "Responsibility of the customer",
"Acme-managed", "Managed by the customer"."""

_OWNED_HEADER = re.compile(rf"^(?P<name>.+?){_OWNED_SUFFIX}", re.I)
"""A header naming a party by what it manages ("Customer-managed", "Acme owned")."""
_OWNER_HEADER = re.compile(
    r"^(?:owner|owned\s+by|responsible(?:\s+party)?|responsibility|who|accountable(?:\s+party)?|"
    r"managed\s+by|performed\s+by|party|parties|teams?|(?:responsible\s+)?roles?)$",
    re.I,
)
"""A column whose cells name the responsible party."""

_DUTY_HEADER = re.compile(r"^responsibilit(?:y|ies)$", re.I)
"""A first header that may head the duties ("Responsibility | Platform team | …")."""
_NAME_WORD = re.compile(r"\s+names?$", re.I)

_MARK = "mark"
"""The code vocabulary's check-mark concept (code:mark: "Yes", "✓", "x")."""


EMPHASIS = re.compile(r"[*_`]")
"""Markdown emphasis marks around a header."""

_OWNER_SHARE = 0.6
_LEADING_NAME = re.compile(r"^(?P<name>[A-Z][\w.&-]*)(?:\s*\([^()]*\)|\s+[a-z][\w ]*)?$")
"""A cell that opens with one capitalised name, perhaps an aside or a few words after it
("Acme", "Acme (our site)", "You configure it")."""
_MANNER_HEADER = re.compile(
    r"^\W*(?:how|where|when|why)\s"
    r"|^\W*(?:available|visible|accessible|exposed|shown|open)\s+(?:to|for|by)\s",
    re.I,
)
"""A header that asks how, where, when or why of a party (its cells describe the party), or
says what reaches it ("Available to Customer": yes / no, no duty)."""
"""Share of a column's cells that must name parties (or say Shared) for an owner column."""

_SUBTITLE = re.compile(r"\s*\n\s*[-–—(].*|\s+[-–—]\s.*|\s*\([^)]*\)", re.S)
"""What follows a row header's name: a second line, a spaced dash or a parenthesis
("Platform Team (and partners)\n- Operations & Governance")."""


_QUALIFIER_WORD = re.compile(r"^(?:[A-Z0-9][\w-]*|[a-z]+-[\w-]+)$")
"""A word that names a kind of a party before its noun ("BYOC", "Hosted", "self-hosted")."""


def _fold_name(name: str) -> str:
    """A header name compared with another ("Customer *" and "customer" are one)."""
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def clause_party(header: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The party a clause header names as its subject ("What the agent does" -> "the agent";
    cue-words.ttl, party-clause-header), or None."""
    text = EMPHASIS.sub("", header).strip(" :")
    found = next((m for m in (p.match(text) for p in patterns) if m is not None), None)
    return found.group("party") if found is not None else None


def _acting(view: TableColumns, index: int) -> bool:
    """A letter column in which someone does or answers for the work (an R or an A):
    "Business" over "I", "R/A" is a party, whatever plan its name recalls."""
    filled = [c for c in (view.cell(row, index) for row in view.block.rows) if c]
    return view._letter_column(index) and any(re.search(r"[RA]", c) for c in filled)


def _attribute_of(view: TableColumns, index: int, name: str) -> bool:
    """A header "X (Acme)" over words, beside two or more code columns, where X names no
    party ("SLA (Acme)", "Notes (customer)"): what the column says is Acme's terms, and
    no column of Acme's duties."""
    found = QUALIFIED.fullmatch(name.strip())
    codes = view.code_columns
    if found is None or index in codes or len(codes) < 2:
        return False
    return not view.reader.parties.mentions(expand(found["what"]), ("org", "role"))


@dataclass
class TableColumns(CellParties):
    """A table's columns: which name parties, which hold codes, which name owners."""

    @property
    def header_names(self) -> dict[int, str]:
        """Column index -> the party name a header cell gives (role words stripped), for the
        columns whose header could be a party: not a subject ("Task"), code or model column."""
        if self._header_names is None:
            names: dict[int, str] = {}
            lexicon = self.reader.lexicon
            for index, text in enumerate(self.headers):
                if not text or lexicon.is_subject_column(text) or NOTE_HEADER.match(text):
                    continue
                owned = _OWNED_HEADER.match(text)
                party_owned = owned is not None and bool(
                    self.reader.parties.mentions(expand(owned.group("name")), ("org", "role"))
                )  # "Customer-managed" over Yes / No: the customer's column
                if (
                    lexicon.read_cell(text) is not None
                    and not self._letter_column(index)
                    and not party_owned
                ):
                    continue  # "Shared", "Yes": a code column, not a party
                if NEGATION.search(text):
                    self.denied_headers.add(index)  # "Acme agents CANNOT": what it won't do
                    continue
                bare = lexicon.without_footnotes(text) or text  # "Delivery Squad **"
                clause = clause_party(bare, lexicon.party_clauses)
                if clause is not None:  # "What the agent does": the agent's column
                    names[index] = clause
                    self.role_headers.add(index)
                    self.clause_headers.add(index)
                    continue
                name = _SYMBOLS_END.sub("", ROLE_WORDS.sub("", bare)).strip(" :-–—")
                if not name or lexicon.is_subject_column(name):
                    continue
                if name != text:
                    self.role_headers.add(index)
                model = index > 0 and self.models[index - 1] is not None
                named = bool(self.reader.parties.mentions(expand(name), ("org", "role")))
                if (model or lexicon.is_plan_name(name)) and not named and not _acting(self, index):
                    continue  # "IaaS", "Premium", "Self-hosted option": a model or a plan
                if _attribute_of(self, index, name):
                    continue  # "SLA (Acme)" beside the letter columns: a value of Acme's
                names[index] = name
            self._header_names = names
        return self._header_names

    def _letter_column(self, index: int) -> bool:
        """A column whose filled cells are all RACI letters ("R", "A*", "C/I"): its header
        ("Contributor", "Lead") names a party of a letter matrix, not a code."""
        filled = [c for c in (self.cell(row, index) for row in self.block.rows) if c]
        letters = self.reader.lexicon.letter_cell
        return index > 0 and bool(filled) and all(letters(c) for c in filled)

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
        owner = self.owner_cells(index)
        state = self.reader.state
        with state.probing() as created:
            named = [self.cell_parties(c, owner=owner) for c in filled]
        share = sum(n is not None for n in named) / len(filled)
        # one party word in a column of blanks ("Community" under a plan) is no owner column
        enough = sum(n is not None for n in named) >= min(2, len(self.block.rows))
        if share >= _OWNER_SHARE and enough and any(named):
            return True
        # the cells are activities ("Azure Resource Management"): the parties their names
        # made while testing stay only if the page gives them a fact
        state.tentative.update(created)
        return False

    def owner_cells(self, index: int) -> bool:
        """Whether any short name in the column's cells names a party: under an owner header,
        or where one name no vocabulary knows recurs beside a known party."""
        return self.owner_header(index) or _recurring_name(self, index)

    def known(self, text: str) -> bool:
        """The cell names a vocabulary party ("Customer", "AWS") or one already on the page,
        perhaps by a word of its name ("Platform" for "Quarrytech Platform")."""
        resolver = self.reader.parties
        if resolver.mentions(expand(text), ("org", "role")):
            return True
        parts = [p for p in CELL_PARTS.split(text) if p]
        if any(resolver.resolve_party(p, self.header_span, create=False) for p in parts):
            return True
        return any(name_word_party(resolver.state.parties(), p.strip()) for p in parts)

    @property
    def columns(self) -> list[tuple[int, Ref]]:
        """(column index, party) for each party a header names; records those parties. A
        vocabulary party is a party column; a name no vocabulary knows is one when its cells
        are codes (a party by position) or words, never when its cells name parties."""
        if self._columns is None:
            resolver = self.reader.parties
            columns: list[tuple[int, Ref]] = []
            seen: dict[Ref, set[str]] = {}  # each party's header names so far
            if self.plan_axis or self.offer_rows:
                self._columns = columns
                return columns
            for index, name in self.header_names.items():
                if index == 0 or (index not in self.code_columns and self.owner_like(index)):
                    continue  # cells that name parties: an owner column whatever its header says
                if _MANNER_HEADER.match(name) or _asks(name):
                    # "How Acme appears", "Where Acme fits", "Page the lead?": about the party,
                    # or a question of the row, not its duty ("Is the customer responsible?"
                    # still is)
                    continue
                if index in self.code_columns and self._marks_beside_roles(index):
                    continue  # "Console feature": Yes beside Owner / Advisor, a row's property
                named = resolver.mentions(expand(name), ("org", "role"))
                if named and staff_title(expand(name), named, self.reader.lexicon):
                    # "Customer Success", "Customer Success Manager": the provider's, not the
                    # customer
                    ref = resolver.resolve_party(name, self.header_span, defining=True, force=True)
                    refs = [ref] if ref is not None else []
                elif named:
                    refs = resolver.parties_named(name, self.header_span)
                elif index in self.code_columns and _short_header(name):
                    # a column of "Included" / "N/A" only: what a plan offers, no party
                    ref = None
                    if _relates(self, index) and _lone_letters_bear(self, index):
                        ref = resolver.resolve_party(name, self.header_span, force=True)
                    refs = [ref] if ref is not None else []
                elif (
                    (index in self.role_headers and not self._values(index))
                    or self._known_local(name)
                    or _brand_party(self, index, name)
                ):
                    refs = resolver.parties_named(name, self.header_span)
                    if not refs and (
                        self.reader.lexicon.role_name(name) or index in self.clause_headers
                    ):
                        # "Product Squad", "What the agent does": a party by position
                        ref = resolver.resolve_party(name, self.header_span, force=True)
                        refs = [ref] if ref is not None else []
                else:
                    refs = []  # "Limited By", "Path": a name no vocabulary knows over words
                if len(refs) == 1 and refs[0] in seen:
                    refs = [_qualified(self, index, name, refs[0], seen[refs[0]])]
                for party in refs:
                    seen.setdefault(party, set()).add(_fold_name(name))
                columns.extend((index, party) for party in refs)
            if len(columns) < len(self.header_names) - (0 in self.header_names):
                people = _people_columns(self)  # "Maintainers | Platform team | Auditors"
                columns = people if len(people) > len(columns) else columns
            self._columns = _with_first(self, columns)
        return self._columns

    def _marks_beside_roles(self, index: int) -> bool:
        """A column of check marks only ("Yes", "✓") in a matrix where a column headed by a
        known party holds role codes and no mark ("Owner", "Advisor", "R"): the marks say
        something of the row (a console feature covers it), not that a party does it."""
        if self._property_columns is None:  # read once per table: a wide one stays linear
            keys = {
                i: {
                    c.key
                    for row in self.block.rows
                    for c in self.codes(self.cell(row, i)) or []
                    if c.relation
                }
                for i in self.code_columns
            }
            mentions = self.reader.parties.mentions
            roles = any(
                found
                and _MARK not in found
                and mentions(expand(self.header_names[i]), ("org", "role"))
                for i, found in keys.items()
                if i in self.header_names
            )
            self._property_columns = (
                {i for i, k in keys.items() if k == {_MARK}} if roles else set()
            )
        return index in self._property_columns

    def _values(self, index: int) -> bool:
        """Half a column's filled cells or more are values ("50 GB", "24x7", "Included")."""
        lexicon = self.reader.lexicon
        filled = [c for c in (self.cell(row, index) for row in self.block.rows) if c]
        return bool(filled) and sum(is_value(c, lexicon) for c in filled) * 2 >= len(filled)

    def states_duty(self, text: str) -> bool:
        """A cell in words that states a duty: it opens with a duty verb (base or third
        person: "Rotate …", "Rotates …", not "audit.go") or a gerund ("Rotating …")."""
        lexicon = self.reader.lexicon
        first = text.split()[0].strip("*_`").lower() if text.split() else ""
        named_file = re.search(r"\w[./]\w", first)  # a file's name, no verb
        if (lexicon.imperative(text) and not named_file) or DUTY_GERUND.match(text):
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

    @property
    def offer_rows(self) -> bool:
        """A column after the first, under a header that names no party, whose filled cells
        all say the row is offered ("Status": "Available", "Preview"): the rows are features
        of an offer and the other columns say where and for which tier ("AWS, GCP",
        "Enterprise", "All"), not who is responsible; no column of it is a party's."""
        if self._offer_rows is None:
            self._offer_rows = any(self._offer_column(i) for i in range(1, self.width))
        return self._offer_rows

    def _offer_column(self, index: int) -> bool:
        """All the column's filled cells say the row is offered, its header names no party."""
        filled = [c for c in (self.cell(row, index) for row in self.block.rows) if c]
        if not filled or not all(self.reader.lexicon.offer_cell(c) for c in filled):
            return False
        header = self.headers[index] if index < len(self.headers) else ""
        return not self.reader.parties.mentions(expand(header), ("org", "role"))

    def owner_header(self, index: int) -> bool:
        """A header that says its cells name who is responsible ("Responsible", "Owner")."""
        text = EMPHASIS.sub("", self.headers[index]) if index < len(self.headers) else ""
        text = _NAME_WORD.sub("", text)  # "Role name", "Team names": the role, the team
        codes = self.codes(text)
        return bool(_OWNER_HEADER.match(text)) or bool(codes and codes[0].relation)

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
                and sum(self.row_party(r, create=False) is not None for r in self.block.rows) >= 2
            )
        return self._party_rows

    def row_party(self, row: TableRow, *, create: bool = True) -> list[Ref] | None:
        """The parties a row's first cell names; a row header's subtitle (a second line, a
        spaced dash, a parenthesis) is not part of the name; else a party by position
        (``_positioned``)."""
        text = self.cell(row, 0)
        found = self.cell_parties(text, owner=True) if text else None
        raw = row.cells[0] if row.cells else ""
        name = " ".join(plain(_SUBTITLE.sub("", raw.strip())).split())
        if found is None and name and name != text:
            found = self.cell_parties(name, owner=True)
        return found if found is not None else _positioned(self, name, create)


def _positioned(view: TableColumns, name: str, create: bool) -> list[Ref] | None:
    """Under "Teams" / "Role" a short first-column name is a party by position (made only
    with ``create``: else an empty list), not under "Responsibility", which heads the duties
    as often as the parties."""
    header = EMPHASIS.sub("", view.headers[0]).strip() if view.headers else ""
    if not view.owner_header(0) or not 0 < len(name.split()) <= 5 or _DUTY_HEADER.match(header):
        return None
    if not create:
        return []
    ref = view.reader.parties.resolve_party(name, view.header_span, force=True)
    return [ref] if ref is not None else None


def _qualified(view: TableColumns, index: int, name: str, ref: Ref, earlier: set[str]) -> Ref:
    """A second column of one party under another qualifier ("Dedicated Customer" after
    "Hosted Customer"; not a service model's column): a party of its own, in the first
    one's role, so that a row both columns mark is a duty of each."""
    model = index > 0 and view.models[index - 1] is not None
    text = expand(name).strip()
    if model or _fold_name(name) in earlier or not text[-1:].isalpha():
        return ref  # "Vendor 3" beside "Vendor 2": numbered, not qualified
    found = view.reader.parties.mentions(text, ("org", "role"))
    qualifier = text[: found[-1].start].split() if found else []
    if not found or found[-1].end < len(text) or not qualifier:
        return ref  # "Service Provider Hybrid": a kind of implementation, not of party
    if not all(_QUALIFIER_WORD.match(word) for word in qualifier):
        return ref  # "Provided by Customer": how the party holds it
    own = view.reader.parties.resolve_party(name, view.header_span, force=True, own=True)
    entities = view.reader.state.facts.entities
    if own is None or own == ref:
        return ref
    role = entities[ref].attrs.get("role")
    if role:
        entities[own].attrs["role"] = role
    alts = entities[ref].alt_labels
    alts[:] = [a for a in alts if _fold_name(a) != _fold_name(name)]  # not the first's name
    return own


def _short_header(name: str) -> bool:
    """A header short enough to name who a column of codes belongs to: five words, or eight
    in title case ("Acme Managed Services - Setup & Configuration": a team and its tier)."""
    words = [w for w in name.split() if re.search(r"\w", w)]
    titled = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return len(words) <= 5 or (titled and len(words) <= 8)


def _relates(view: TableColumns, index: int) -> bool:
    """Some cell of a code column states a relation (a letter, a mark), not only values."""
    return any(c.relation for r in view.block.rows for c in view.codes(view.cell(r, index)) or [])


def _lone_letters_bear(view: TableColumns, index: int) -> bool:
    """An unknown header over the table's only column of codes is a party's when some
    cell gives it the work ("R", "✓"): a lone column of "A", "B", "C" labels a row's
    category ("Bucket", "Class"), no party accountable or consulted."""
    if any(i != index and _relates(view, i) for i in view.code_columns):
        return True
    codes = [view.codes(view.cell(row, index)) or [] for row in view.block.rows]
    return any(code.relation == "responsibleFor" for cell in codes for code in cell)


def _brand_party(view: TableColumns, index: int, name: str) -> bool:
    """A proper name no vocabulary knows heads a party column only when its column reads
    like one: its cells are not values (durations, paths, "Included"); beside headers that
    name parties it is alike theirs (no words beside columns of marks: a description);
    alone, most of its cells state duties (an instruction, a verb phrase, a gerund)."""
    filled = [c for c in (view.cell(row, index) for row in view.block.rows) if c]
    if not _header_brand(view, name) or not filled or view._values(index):
        return False
    if any(view.owner_like(i) for i in range(1, view.width) if i != index):
        return False  # words beside cells that name the parties: they describe the row
    resolver = view.reader.parties
    peers = [
        i
        for i, other in view.header_names.items()
        if i not in (0, index) and resolver.mentions(expand(other), ("org", "role"))
    ]
    if peers:
        return not any(i in view.code_columns for i in peers)
    return sum(view.states_duty(c) for c in filled) * 2 >= len(filled)


def _header_brand(view: TableColumns, name: str) -> bool:
    """A brand header (or a role's name, see ``Lexicon.role_name``), unless the first column
    holds the parties ("Teams", "Role"): then the headers across are areas ("Billing",
    "Technology Stack"); nor when a column under an owner header names each row's party
    ("Owner": Customer / Acme): then the other headers name what the rows are
    ("Validation Item")."""
    if view.party_rows or view.owner_named:
        return False
    return view._brand(name) or view.reader.lexicon.role_name(name)


def _recurring_name(view: TableColumns, index: int) -> bool:
    """One name no vocabulary knows recurring in a column beside a known party ("**You**"
    and "**Acme**", twice or more, in a hosting-option column): a party's name too."""
    names: list[str] = []
    known = False
    for row in view.block.rows:
        lead = _LEADING_NAME.match(view.cell(row, index))
        if lead is None:
            continue
        if view.known(lead.group("name")):
            known = True
        else:
            names.append(lead.group("name"))
    return known and len(names) >= 2 and len(set(names)) == 1


def _deeds_column(view: TableColumns, index: int, name: str) -> bool:
    """A column headed by a short name ("The Quay project", "Deploying agency") whose filled
    cells mostly state what someone does ("Ships the image …", "Hardens the host …"): the
    header names who does it."""
    words = re.sub(r"^the\s+", "", name, flags=re.I).split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isalpha() or _MANNER_HEADER.match(name):
        return False
    lexicon = view.reader.lexicon
    if NOTE_HEADER.match(name) or lexicon.is_subject_column(name) or view._values(index):
        return False
    last = words[-1].lower()
    named = any(w[:1].isupper() for w in words[1:])  # "Quay Project", "Harbour Board"
    bodies = lexicon.body_nouns | lexicon.self_nouns | lexicon.subject_nouns
    body = last in bodies or last.removesuffix("s") in bodies
    if not (named or body or lexicon.person_noun(last)):
        return False  # "Current state", "Implementation": no one's name
    filled = [expand(plain(c)) for c in (view.cell(row, index) for row in view.block.rows)]
    filled = [c for c in filled if c.strip()]
    stated = sum(view.states_duty(c) for c in filled)
    deeds = sum(view.states_duty(c) or len(c.split()) >= _DEED_WORDS for c in filled)
    return len(filled) >= 2 and 2 * deeds > len(filled) and 4 * stated >= len(filled)


_DEED_WORDS = 8
"""A cell of at least this many words says in prose what its column's party does there."""


def _head_word(name: str) -> str:
    """The last word of a header's name (symbols already dropped) before a trailing aside
    ("Realm Owner (App Team A)": "Owner")."""
    bare = _HEADER_GLOSS.sub("", name)
    words = re.findall(r"[A-Za-z][\w-]*", bare)
    return words[-1] if words else ""


_SYMBOLS_END = re.compile(r"(?:\s+[^\w\s()]+)+\s*$")
"""Symbols after a header's name ("Platform Team 🛠️"): no part of it (``header_names``)."""
_HEADER_GLOSS = re.compile(r"(?:\s*\([^()]*\))+\s*$")
"""An aside in parentheses after a header's name ("Realm Owner (App Team A)")."""


def _people_columns(view: TableColumns) -> list[tuple[int, Ref]]:
    """A header row most of whose names end in a noun of people ("Maintainers | Platform team
    | Repository team | Security | Cursor") or head columns of deeds ("The Quay project |
    The berth agency" over "Ships the crane kit …"), over a subject column: every such header
    is a party by position, the others among them too, as a RACI header is; note columns
    ("Related doc") are left out."""
    notes = {i for i, h in enumerate(view.headers) if i > 0 and NOTE_HEADER.match(h)}
    names = {i: n for i, n in view.header_names.items() if i > 0}
    lexicon = view.reader.lexicon
    people = [
        i
        for i, n in names.items()
        if n.split() and (lexicon.person_noun(_head_word(n)) or _deeds_column(view, i, n))
    ]
    if len(names) < 2 or len(names) + len(notes) != view.width - 1:
        return []
    if 2 * len(people) <= len(names):
        return []
    if not lexicon.is_subject_column(view.headers[0]):
        return []
    if len({_fold_name(n) for n in names.values()}) < len(names):
        return []  # one name twice: no row of distinct parties (and no party made for it)
    columns: list[tuple[int, Ref]] = []
    for index, name in names.items():
        bare = _HEADER_GLOSS.sub("", name) or name  # "Realm Owner (App Team A)"
        ref = view.reader.parties.resolve_party(bare, view.header_span, force=True)
        if ref is None or any(ref == other for _, other in columns):
            return []
        columns.append((index, ref))
    return columns


def _with_first(view: TableColumns, columns: list[tuple[int, Ref]]) -> list[tuple[int, Ref]]:
    """A header of parties only ("Acme | Customer", "Acme responsibilities | Your
    responsibilities") over cells in words: the first column is a party's too, its cells that
    party's duties, not the rows' labels. A name no vocabulary knows heads one when its
    header says so ("Nimbus responsibilities") or the page writes it as a name mid-sentence
    ("… run by Nimbus"), not a column word ("Model")."""
    name = view.header_names.get(0)
    taken = {index for index, _ in columns} | view.denied_headers
    if (
        name is None
        or view.width < 2
        or view.code_columns
        or taken != set(range(1, view.width))
        or view._values(0)
        or view.owner_like(0)
    ):
        return columns
    resolver = view.reader.parties
    if not resolver.mentions(expand(name), ("org", "role")) and resolver.mentions(
        f"{name}s", ("role",)
    ):
        name = f"{name}s"  # "User's Responsibilities": the role "users" names
    if resolver.mentions(expand(name), ("org", "role")) or view._known_local(name):
        refs = resolver.parties_named(name, view.header_span)
    elif view._brand(name) and (
        0 in view.role_headers or resolver.is_proper_noun(name, strict=True)
    ):
        ref = resolver.resolve_party(name, view.header_span, force=True)
        refs = [ref] if ref is not None else []
    else:
        return columns
    if len(refs) != 1 or any(refs[0] == party for _, party in columns):
        return columns
    return [(0, refs[0]), *columns]


def _asks(header: str) -> bool:
    """A header asking a question of each row ("Page the Shift Lead?"), not who is responsible
    ("Is the customer responsible for this?")."""
    return header.rstrip(" *_").endswith("?") and not RESPONSIBLE_WORD.search(header)
