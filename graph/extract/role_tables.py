"""A table of the roles a page defines ("Role name | Role description"): each row's first cell
is a role, even one no vocabulary knows, when its description defines it by a duty ("People
responsible for X", "The person in charge of X", "… who checks X"); the description's later
sentences are read as that role's prose."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import TableRow
from ..facts import Ref
from ..lexicon import Lexicon
from ..text import plain, sentences
from .cells import ITEM_MARK, NAMED_DUTY, RESPONSIBLE_FOR, cell_lines, series_duties
from .cues import expand, negated
from .definitions import definition_duty
from .labels import MAX_LABEL, base_opening, noun_phrase, trim
from .leadins import verb_phrases
from .state import Context

if TYPE_CHECKING:
    from .tables import TableView

__all__ = ["RoleDefinitions"]

_CODE_IN_PARENS = re.compile(r"^\((?P<code>[A-Z])\)\s+\S|\S\s+\((?P<last>[A-Z])\)$")
"""A name that carries a one-letter code in parentheses ("(R) Responsible", "Informed (I)")."""


_ROLE_HEADER = re.compile(r"\brole", re.I)
"""A first header that says its cells are roles ("Role", "Team role", "Roles")."""
_PARTS = re.compile(r";\s+|(?<=[a-z)])\.\s+(?=[A-Z])")
"""Where a description of actions goes on to its next action: a semicolon or a sentence end."""
_SEMICOLON = re.compile(r";\s+")


def _verb_first(sentence: str, lexicon: Lexicon) -> str | None:
    """A role description's sentence that leaves out its subject, the role, and opens with a
    duty verb in the third person ("Ensures all documentation is up to date", "Handles
    alerts"): the duty, in the verb's base form; else None."""
    words = sentence.strip().rstrip(".").split(maxsplit=1)
    base = lexicon.third_person_base(words[0]) if len(words) == 2 else None
    return f"{base} {words[1]}" if base is not None and words[0][:1].isupper() else None


class RoleDefinitions:
    """Roles down the first column (an owner header: "Role", "Role name") defined in words."""

    name = "role definitions"

    def detect(self, view: TableView) -> bool:
        """The first header names roles, no column names parties, and some row's description
        defines its role by a duty."""
        if view.columns or view.code_columns or view.width < 2 or not view.owner_header(0):
            return False
        if all(self._legend(view, view.cell(r, 0)) for r in view.block.rows):
            return False  # "(R) Responsible | Does the work": a key to the codes, not roles
        rows = view.block.rows
        if self._duty_column(view) or any(self._duty(view, view.cell(r, 1)) for r in rows):
            return True
        acting = sum(bool(self._actions(view, _raw(view, r))) for r in rows)
        return acting * 2 >= len(rows) > 0  # "Develops the code; ensures …" in most rows

    @staticmethod
    def _legend(view: TableView, name: str) -> bool:
        """A row naming a responsibility code ("(R) Responsible"): its letter is one the
        lexicon reads as a RACI code."""
        match = _CODE_IN_PARENS.search(plain(name).strip())
        letter = match and (match.group("code") or match.group("last"))
        return bool(letter) and letter in view.reader.lexicon.letters

    @staticmethod
    def _duty(view: TableView, text: str) -> str | None:
        ranges = list(sentences(text))
        first = expand(plain(text[ranges[0][0] : ranges[0][1]])) if ranges else ""
        if not first or negated(first):
            return None
        lexicon = view.reader.lexicon
        return definition_duty(first, lexicon) or _verb_first(first, lexicon)

    @staticmethod
    def _duty_column(view: TableView) -> bool:
        """A column headed by a duty noun ("Responsibilities", "Key duties"), beside any
        others ("Role | Responsibility | Availability", or after a column describing each
        role): its cells list each role's duties, whatever words they use."""
        return _duty_index(view) > 0

    @staticmethod
    def _listed(view: TableView, text: str) -> tuple[list[str], list[str]]:
        """Under a duty column: the duties of a description, each item, sentence or
        run-together part named by a verb ("Approves budgets": in the base form), by a gerund
        or a duty noun ("Oversight of audits"; "Responsible for X": X), the first part by any
        words; and the sentences left for the prose reader ("This includes X", "The clerk is
        responsible for Y")."""
        lexicon = view.reader.lexicon
        duties: list[str] = []
        prose: list[str] = []
        lines = [
            p for line in cell_lines(text, lexicon) for p in _SEMICOLON.split(line) if p.strip()
        ]
        for index, line in enumerate(lines):
            part = trim(expand(plain(line)).strip().rstrip("."))
            if not part or negated(part):
                continue
            if view.states_duty(part):
                duties.extend(base_opening(lexicon, p) for p in verb_phrases(lexicon, part))
            elif RESPONSIBLE_FOR.match(part) and not _SERIES.search(part[:MAX_LABEL]):
                duties.append(noun_phrase(part))
            elif RESPONSIBLE_FOR.match(part):
                duties.append(part)  # "Responsible for A, B, and C": read as prose reads it
            elif index == 0 or NAMED_DUTY.match(part):
                # a long series is cut into its items later, not to its first by the label's
                # length
                long = len(part) > MAX_LABEL and _SERIES.search(part) is not None
                duties.append(part if long else noun_phrase(part))
            else:
                prose.append(line)
        return duties, prose

    @staticmethod
    def _claimed(view: TableView, name: str) -> bool:
        """Whether the generic party ``name`` reads as already holds another row's role
        ("Application Owner", then "Applications and Users": both the customer's words): two
        rows are two roles, so the later name is a role of the page's own."""
        state = view.reader.state
        for mention in view.reader.parties.mentions(name, ("org", "role")):
            link = {"org": "organization", "role": "role"}.get(mention.concept.kind)
            held = state.party_with(link, mention.concept.iri) if link else None
            if held is not None and state.role_rows.get(held.ref, name) != name:
                return True
        return False

    @staticmethod
    def _actions(view: TableView, text: str) -> list[str]:
        """The duties of a description written as actions, one per sentence, ";" part or list
        item ("Develops and maintains the code; ensures results are reproducible", "- Reviews
        patches"), each verb phrase in the base form; [] when a part does not open with a duty
        verb. ``text`` is the cell as written (its list items on lines of their own)."""
        if not _ROLE_HEADER.search(view.headers[0] if view.headers else ""):
            return []  # "Party | What it does": the parties' rows, a layout of their own
        if view.width > 3 or "<" in text:
            return []  # HTML in the cell, or more columns: a layout of their own
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) > 1 or (lines and ITEM_MARK.match(lines[0])):
            if not all(ITEM_MARK.match(line) for line in lines):
                return []  # lines of prose, a lead-in over items: a layout of their own
            parts = [expand(plain(ITEM_MARK.sub("", line))).strip() for line in lines]
        else:
            parts = _PARTS.split(expand(plain(text)).strip())
        parts = [p.strip() for p in parts if p.strip()]
        lexicon = view.reader.lexicon
        if not parts or not all(view.states_duty(p) for p in parts):
            return []
        return [
            base_opening(lexicon, trim(phrase))
            for part in parts
            for phrase in verb_phrases(lexicon, trim(part.rstrip(".")))
        ]

    def extract(self, view: TableView) -> None:
        """Each defining row: its role's duty, then the rest of its description as prose; a
        description of actions: each a duty of the row's role."""
        reader = view.reader
        defined: list[Ref] = []
        shared: list[TableRow] = []  # "Shared | Sizing, drills and backups": every role's
        for row in view.block.rows:
            name = view.cell(row, 0)
            codes = view.codes(name)
            if codes and all(c.shared for c in codes):
                shared.append(row)
                continue
            if not 0 < len(name.split()) <= 6 or not self._defines(view, row):
                continue
            span = view.span(row.line)
            if _beside_writer(view, name):
                continue  # "Outgoing Provider" where "we" is the provider: another provider
            own = self._claimed(view, name)
            party = reader.parties.resolve_party(name, span, force=True, defining=True, own=own)
            if party is None:
                continue
            reader.state.role_rows.setdefault(party, name)
            defined.append(party)
            self._define(view, row, party)
        holders = list(dict.fromkeys(defined))
        for row in shared if len(holders) >= 2 else []:
            for party in holders:
                self._define(view, row, party)

    def _defines(self, view: TableView, row: TableRow) -> bool:
        """Whether a row's description names a duty (as a duty column's list, actions, or a
        defining first sentence)."""
        if self._duty_column(view) and self._listed(view, _raw(view, row))[0]:
            return True
        return (
            bool(self._actions(view, _raw(view, row)))
            or self._duty(view, view.cell(row, _duty_index(view) or 1)) is not None
        )

    def _define(self, view: TableView, row: TableRow, party: Ref) -> None:
        """The duties a row's description gives ``party``; the rest read as prose."""
        reader = view.reader
        text = view.cell(row, _duty_index(view) or 1)
        listed, prose = self._listed(view, _raw(view, row)) if self._duty_column(view) else ([], [])
        actions = listed or self._actions(view, _raw(view, row))  # "Develops X; ensures Y"
        duty = None if actions else self._duty(view, text)
        span = view.span(row.line)
        ctx = Context(view.ctx.section, party, named_by_heading=True)
        if duty is None:  # "Responsible for A, B, and C": each one
            for action in actions:
                if RESPONSIBLE_FOR.match(action):  # one sentence's series, as in prose
                    obj = RESPONSIBLE_FOR.sub("", action)
                    reader.records.add_duties(party, obj, expand(plain(text)), span)
                    continue
                series_duties(reader.records, party, action, expand(plain(text)), span)
            reader.state.stated = party  # "This includes A" after them: more of it
            reader.prose.sentences(" ".join(prose), span, ctx)
            return
        reader.records.add_duties(party, duty, expand(plain(text)), span)
        ranges = list(sentences(text))
        rest = text[ranges[0][1] :] if ranges else ""
        prose = []
        for start, end in sentences(rest):
            sentence = expand(plain(rest[start:end]))
            verbal = None if negated(sentence) else _verb_first(sentence, reader.lexicon)
            if verbal is not None:  # "Handles alerts, application monitoring": the role's
                reader.records.add_duties(party, verbal, sentence, span)
            else:
                prose.append(rest[start:end])
        reader.state.stated = party  # "… This includes A", "Examples include A": more of it
        reader.prose.sentences(" ".join(prose), span, ctx)


_SERIES = re.compile(r",\s+(?:and|or)\s+\S")
"""The last item of a series of three or more ("A, B, and C")."""


def _beside_writer(view: TableView, name: str) -> bool:
    """A row's role named by a generic role word after a modifier ("Outgoing Provider") on a
    page whose writer ("we") holds that role: another party than the writer, which defining
    it here would merge with the writer."""
    parties = view.reader.parties
    if parties.resolve_party("we", view.header_span, create=False) is None:
        return False
    return any(m.concept.kind == "role" and m.start > 0 for m in parties.mentions(name, ("role",)))


def _duty_index(view: TableView) -> int:
    """The first column after the roles headed by a duty noun ("Responsibilities"), else 0."""
    for index, header in enumerate(view.headers[1 : view.width], start=1):
        words = plain(header).split()
        if 0 < len(words) <= 3 and view.reader.lexicon.duty_word(words[-1]):
            return index
    return 0


def _raw(view: TableView, row: TableRow) -> str:
    """A row's description as written: its duty column's cell, else its second ("" when it
    has none); a "Description" column beside a duty column says what the role is."""
    index = _duty_index(view) or 1
    return row.cells[index] if len(row.cells) > index else ""
