"""The document walk: sections in order, each block to the reader for its kind.

``DocumentWalker`` is the entry class: it creates the per-document state and the readers
(parties, records, prose, lists, tables), then walks the section tree. A heading that names a
party ("Customer responsibilities", "## Microsoft") makes that party the section's subject, for
its lists and for its subsections (heading_parties.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Admonition, Block, BulletList, Document, Paragraph, Section, Table
from ..document.model import ListItem
from ..facts import Facts, Ref
from ..lexicon import Lexicon
from ..text import plain, sentences
from ..vocabulary import Vocabularies
from .assigned import LaterAssignment
from .colon_items import navigation as link_menu
from .colon_items import references_only
from .cues import NEGATION, expand, forbids
from .definitions import definition_duty, definition_term, identifies
from .heading_duties import heading_duties
from .heading_parties import ABOUT_ABOVE, HeadingParties, duties_heading
from .labels import trim
from .leadin_sentences import duty_steps
from .lists import ListReader
from .parties import PartyResolver, names_one_party
from .prose import ProseReader, who_question
from .records import FactRecorder
from .state import Context, DocState, Leadin
from .tables import TableReader

__all__ = ["DocumentWalker"]

_SHARED_HEADING = re.compile(
    r"^(?:shared|joint)(?:\s+(?:security|operational))?"
    r"(?:\s+(?:responsibilit(?:y|ies)|duties|tasks|controls|areas))?\s*:?$",
    re.I,
)
"""A heading over what the parties share ("## Shared responsibilities", "### Joint")."""
_OPEN_END = re.compile(r"\s(?:for|of|with|include|includes|including)$", re.I)
"""A heading that stops where its list begins ("## You are responsible for")."""


_ANCHOR_LINK = re.compile(r"^\s*\[[^\]]+\]\(#[^)\s]*\)\s*$")
"""A list item that is only a link to a heading of the same page ("[Overview](#overview)")."""


def _boxed_list(table: Table) -> BulletList | None:
    """A one-column table whose cells are lists ("| Duties |" over "- Refill the lanterns"):
    a box drawn round a list, its header the label over it; None for any other table."""
    if len(table.header) != 1 or not table.rows:
        return None
    items: list[ListItem] = []
    for row in table.rows:
        lines = [line.strip() for line in row.cells[0].splitlines() if line.strip()]
        if not lines or not all(line.startswith("- ") for line in lines):
            return None
        items += [ListItem(line[2:].strip(), row.line, row.line) for line in lines]
    return BulletList(tuple(items), table.rows[0].line, table.rows[-1].line)


_LETTER = re.compile(r"^\(?(?P<letter>[a-z])[.)]\s+(?=\S)")
"""A paragraph opened by a letter as a list marker ("a)  give …", "(b) carry …", "c. keep …")."""


def _lettered(blocks: list[Block]) -> list[Block]:
    """The blocks with paragraphs opened by letters in order ("a) give notice and", "b) carry
    out the work …") after a paragraph ending in a colon ("Where it can, Acme shall:") made
    the items of the list it introduces: an ordered list no Markdown marker makes one."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if not isinstance(block, Paragraph) or not block.text.rstrip().endswith(":"):
            continue
        items: list[ListItem] = []
        for later in blocks[index:]:
            marker = _LETTER.match(later.text) if isinstance(later, Paragraph) else None
            if marker is None or marker["letter"] != chr(ord("a") + len(items)):
                break
            assert isinstance(later, Paragraph)
            items.append(ListItem(later.text[marker.end() :], later.start, later.end))
        if len(items) >= 2:
            out.append(BulletList(tuple(items), items[0].start, items[-1].end, ordered=True))
            index += len(items)
    return out


def _contents_list(block: BulletList) -> bool:
    """A table of contents: every item, nested ones too, is a link to a heading of the page;
    its items name sections, not duties."""
    for item in block.items:
        if not _ANCHOR_LINK.match(item.text):
            return False
        for child in item.children:
            if not isinstance(child, BulletList) or not _contents_list(child):
                return False
    return bool(block.items)


_GOES_ON = re.compile(r"^(?:this|that)\s+(?:also\s+)?(?:includes|covers|involves)\s", re.I)
"""A paragraph that opens by naming the parts of the duty the paragraph before stated."""


class DocumentWalker(HeadingParties):
    """Walks one document's sections and dispatches their blocks to the readers (the party a
    heading names: ``HeadingParties``)."""

    __deletable__ = ["lists"]  # noqa: RUF012 (mypyc: the attribute ``close`` deletes)

    def __init__(self, doc: Document, vocab: Vocabularies, facts: Facts) -> None:
        super().__init__(DocState(doc, vocab, facts))
        self.records = FactRecorder(self.state, self.parties)
        self.prose = ProseReader(self.state, self.parties, self.records)
        self.tables = TableReader(self.state, self.parties, self.records, self.prose)
        self.lists = ListReader(self.state, self.parties, self.records, self.prose, self.block)
        self.assigned = LaterAssignment(self.state, self.parties)
        self.parties.address_role()

    def close(self) -> None:
        """Drop the list reader, which calls back into the walker: without that cycle the
        walk's objects (and the document they hold) are freed by reference counting when the
        facts are returned, not left for the cyclic garbage collector to trace and free."""
        del self.lists

    def block(self, block: Block, ctx: Context, leadin: Leadin | None) -> Leadin | None:
        """Read one block; a paragraph returns the lead-in it ends with (for the next list)."""
        stated, self.state.stated = self.state.stated, None  # "This includes …" continues a
        self.state.acted = None  # sentence of its own block, or a paragraph's just before it
        if isinstance(block, Paragraph) and _GOES_ON.match(plain(block.text)):
            self.state.stated = stated
        if isinstance(block, Paragraph) and self._defined_term(block, ctx):
            return None
        if isinstance(block, Paragraph):
            found = self.lists.paragraph(block, ctx)
            label = expand(plain(block.text)).strip()
            short = label.endswith(":") and len(label.split()) <= 5 and "\n" not in label
            self.state.topic = label.rstrip(":").strip() if found is None and short else ""
            return found
        if isinstance(block, BulletList):
            self.lists.bullet_list(block, ctx, leadin)
            return _item_leadin(self.lists, block, ctx)
        elif isinstance(block, Table):
            boxed = _boxed_list(block)
            if boxed is not None:  # "| Duties |" over "- Refill the lanterns": a boxed list
                header = Paragraph(f"{plain(block.header[0]).strip()}:", block.start, block.start)
                self.lists.bullet_list(boxed, ctx, self.lists.paragraph(header, ctx))
                return None
            self.tables.read(block, ctx)
            return self._row_leadin(block, ctx)
        elif isinstance(block, Admonition):
            pending: Leadin | None = None
            noted, self.state.in_note = self.state.in_note, block.kind != "QUOTE"
            for inner in block.blocks:
                if isinstance(inner, BulletList) and pending is None and references_only(inner):
                    continue  # "see also" link lists inside notes are not duties
                pending = self.block(inner, ctx, pending)
            self.state.in_note = noted
        self.state.topic = ""  # a table or a note between the label and its list
        return None

    def _row_leadin(self, table: Table, ctx: Context) -> Leadin | None:
        """A table whose last row's last filled cell ends in a colon ("Acme is responsible
        for:"): a list right after the table (one that broke the row out of it, as pages
        converted from HTML tables with lists in their cells do) holds that cell's items."""
        self.state.topic = ""  # a table between a label and its list
        last = table.rows[-1] if table.rows else None
        filled = [cell for cell in last.cells if plain(cell).strip()] if last else []
        text = expand(plain(filled[-1])).strip() if filled and len(filled) > 1 else ""
        if last is None or not text.endswith(":"):
            return None
        span = self.state.span(last.line, last.line, ctx.section)
        return self.lists.leadins.leadin(text, span, ctx)

    def _defined_term(self, block: Paragraph, ctx: Context) -> bool:
        """A definition-list entry whose definition gives a role its duty ("Vault keeper" /
        ": a staff member who is responsible for the tapes"): the term is the party."""
        entry = definition_term(block.text)
        if entry is None:
            return False
        term, definition = plain(entry[0]), plain(entry[1])
        duty = definition_duty(expand(definition), self.state.lexicon)
        first = definition.split(maxsplit=1)[0] if definition.strip() else ""
        if duty is None and self.state.lexicon.verb_base(first) is not None:
            # "Treasurer" / ": Keeps the ledger" (a duty verb opens it): read as the bold-term
            # item "**Treasurer**: Keeps the ledger", as AsciiDoc "Treasurer::" and rST
            # definition lists are
            item = ListItem(f"**{entry[0]}**: {entry[1]}", block.start, block.end, ())
            self.lists.bullet_list(BulletList((item,), block.start, block.end), ctx, None)
            return True
        if duty is None or NEGATION.search(definition):
            return False
        if names_one_party(self.parties, term) and identifies(definition, self.state.lexicon):
            return False  # "Customer" / ": The company that signs the order form": who it is
        span = self.state.span(block.start, block.end, ctx.section)
        party = self.parties.resolve_party(term, span, force=True, defining=True)
        if party is None:
            return False
        self.records.add_duties(party, duty, expand(definition), span)
        return True

    def section(self, section: Section, inherited: Ref | None, *, completing: bool = False) -> None:
        """Read a section's blocks under its party (its heading's, else the inherited one),
        then its subsections; warn when a party heading yields no duty. ``completing`` a lead-in
        above it ("I must:" / "### Safe Researchers" / "- …"), it keeps the lead-in's party."""
        state = self.state
        lexicon = state.lexicon  # "## Feedback" (about the page itself), "## What goes wrong
        # without clear boundaries" (failures): what they say is no one's duty
        title = section.title  # ("### Why have one?": why a role exists, no duties)
        if section.level and (
            lexicon.feedback_heading(title)
            or lexicon.trouble_heading(title)
            or lexicon.motivation_heading(title)
        ):
            return
        party = inherited  # ("## Contributors", "## Becoming a lead": no role's duties)
        credits = (
            lexicon.credits_heading(section.title)
            or lexicon.joining_heading(section.title)
            or lexicon.exclusion_heading(section.title)  # "### Out of scope": no duties listed
        )
        # "##### Community" over a footer's links: a site's menu, no party's section
        headed = section.level > 0 and not credits and not completing and not _menu(section)
        shared = section.start in state.shared_sections  # under "## Shared Responsibilities",
        headed = headed and (not shared or duties_heading(title))  # only "### X duties" is X's
        if section.level <= state.writer_level:
            state.section_writer = None  # "### Our duties" after "### Developer duties": not them
        heading_party = self.heading_party(section) if headed else None
        if heading_party is None and section.level and lexicon.scope_heading(section.title):
            heading_party = self._scope_holder(section)  # "### In scope" in a charter
        if heading_party is None and section.level:
            heading_party = _included_holder(self.parties, state, section)  # "Included Tasks"
        if heading_party is not None:
            party = heading_party
        writer = self.section_writer(heading_party)
        if writer is not None or section.level <= state.writer_level:
            state.section_writer, state.writer_level = writer, section.level if writer else 0
        state.section_duties = []
        state.last_duty = None
        rights = bool(section.level) and lexicon.rights_heading(section.title)
        named = heading_party is not None or ABOUT_ABOVE.match(section.title) is not None
        ctx = Context(section, party, named_by_heading=named, rights=rights)  # "What is it?"
        # "### Who patches the hosts?" over "You do.": the answer names the duty's party
        state.question = who_question(section.title, state.lexicon) if section.level else ""
        heading_duties(self.parties, self.records, self.prose, section, ctx, heading_party)
        before = len(state.facts.relations)
        leadin = self._heading_leadin(section, ctx) if heading_party is None else None
        leadin = self._shared_heading() if shared and heading_party is None else leadin
        state.shared_sections |= _shared_subsections(section)  # their lists: what is shared
        navigation = lexicon.navigation_heading(section.title) or (
            bool(section.level) and forbids(expand(plain(section.title)), lexicon)
        )
        recitals = bool(section.level) and lexicon.recital_heading(section.title)
        self.assigned.enter(section)
        letter = self._letter_heading(section, party)
        carried: Leadin | None = None  # a lead-in over lists grouped under bold labels
        blocks = _lettered(section.blocks)
        for index, block in enumerate(blocks):
            if recitals:
                break  # "## Background" / "1. Acme develops Acme Cloud, …": context, no duty
            following = blocks[index + 1 : index + 2]
            state.before_table = bool(following) and isinstance(following[0], Table)
            previous = blocks[index - 1] if index else None
            ending = previous.text.rstrip()[-1:] if isinstance(previous, Paragraph) else ""
            state.after_colon = ending == ":"
            if isinstance(block, BulletList) and letter is not None and not link_menu(block):
                self._letter_items(block, ctx, *letter)
                continue
            if isinstance(block, BulletList) and (navigation or _contents_list(block)):
                continue  # "What's next", a table of contents: links, not duties; "### Unacceptable
                # Behavior" over a list: prohibitions, no duties
            if (
                credits
                and isinstance(block, BulletList)
                and not self.lists.instructions(block)
                and not (leadin and leadin[0] == "duties" and leadin[1] is not None)
            ):  # "## Contributors" over "- Jane Roe, who wrote the runbook": credits; a lead-in
                # that gives the list to a party ("… are reserved to X:") still does; under "What
                # X does not do", an item's sentences may still give a duty to someone else
                for said in _said_items(block) if lexicon.exclusion_heading(title) else []:
                    self._read(said, _catalogue_context(self.parties, state, said, None, ctx), None)
                continue
            if not isinstance(block, (BulletList, Paragraph)):
                state.last_duty = None
            if isinstance(block, Paragraph):
                block = self._assigned(block)
                if not block.text.strip():
                    continue  # all it said was whose the list above is
            elif not isinstance(block, (BulletList, Admonition)):
                self.assigned.drop()  # a note beside the list does not end its wait
            carried = _carried(block, leadin, carried)  # "Included:" / "**Backups**" / "- …"
            if carried is not None and isinstance(block, Paragraph):
                leadin = carried  # the label groups the lead-in's items; it names no one
                continue
            here = _catalogue_context(self.parties, state, block, previous, ctx)
            leadin = self._read(block, here, leadin)
        state.before_table = False
        produced = len(state.facts.relations) > before
        steps = state.step_sections | state.topic_sections
        if party is not None and not produced and section.start in steps:
            # "### Prioritize Security" whose text gives no instruction: the heading is the duty
            span = state.span(section.start, section.start, section)
            self.records.duty(party, section.title, section.title, span)
            produced = True
        silent = party is not None and party != inherited and not produced and section.blocks
        defined = heading_party is not None and self.defines_role(section)
        # "### Review Permits" among instruction headings under "## Keeper Responsibilities"
        step = section.start in state.step_sections
        state.step_sections |= duty_steps(section, lexicon, step=step)
        pending = _leadin_over_subsections(section, leadin)  # "I must:" / "### Safe …" / "- …"
        titled = _leadin_over_headings(section, leadin)  # "…, including:" / "### Control Plane"
        if titled is not None:
            pending = titled
            state.step_sections |= {sub.start for sub in section.sections}
        if heading_party is not None and (
            lexicon.duty_title(section.title) or self.deeds_heading(section.title)
        ):
            # "## Acme responsibilities" (or "## What Acme does") / "### Service availability" /
            # prose that names no duty of its own: the topic heading is the party's duty
            state.topic_sections |= {
                s.start for s in section.sections if _prose_topic(s, lexicon, self.parties)
            }
        for sub in section.sections:
            passed = party if party != inherited or inherited is not None else None
            passed = pending or passed
            if defined and not self.state.lexicon.duty_title(sub.title):
                passed = None  # "Skills required", "Sample providers": about the role, no duty
            self.section(sub, passed, completing=pending is not None)
        if silent and len(state.facts.relations) == before:  # (its subsections gave none either)
            state.facts.warnings.append(
                f"{state.doc.path}:{section.start}: section '{section.title}' names a party but "
                "no duty was recognised in it"
            )

    def _letter_heading(self, section: Section, party: Ref | None) -> tuple[Ref, str] | None:
        """ "### Consulted" (a RACI letter's word, linked or not) under a heading that names
        duties ("## Responsibilities & Commitments"): its list's items stand in that relation
        to the section's party, else to the party of the last duty (a charter's team)."""
        relation = _letter_relation(section, self.state.lexicon)
        holder = (party or _last_holder(self.state)) if relation else None
        return (holder, relation) if holder is not None and relation else None

    def _letter_items(self, block: BulletList, ctx: Context, party: Ref, relation: str) -> None:
        """Each item of a list under a RACI word's heading: ``party relation item``."""
        for item in block.items:
            text = expand(plain(item.text)).strip()
            if text and not NEGATION.search(text):
                span = self.state.span(item.start, item.end, ctx.section, item.text)
                self.records.duty(party, trim(text), text, span, predicate=relation)

    def _heading_leadin(self, section: Section, ctx: Context) -> Leadin | None:
        """ "## The provider is always responsible for:" over a list: the heading is the
        list's lead-in, read as a paragraph ending in a colon would be."""
        title = expand(plain(section.title)).strip()
        if not section.level or not section.blocks or not isinstance(section.blocks[0], BulletList):
            return None
        if _shared_title(section):
            return self._shared_heading()
        sold = self.state.lexicon.seller_phrase(title)  # "What kind of support is included?"
        if not title.endswith(":") and not _OPEN_END.search(title) and not sold:
            return None
        span = self.state.span(section.start, section.start, section)
        return self.lists.leadins.leadin(title.rstrip(":?").rstrip() + ":", span, ctx)

    def _scope_holder(self, section: Section) -> Ref | None:
        """Whose "### In scope" section it is, in a charter: the party the page last gave a
        duty ("SIG Release owns the release process" … "In scope: - Producing the release
        notes"), else the page's "we"."""
        holder = _last_holder(self.state)
        span = self.state.span(section.start, section.start, section)
        return holder if holder is not None else self.parties.resolve_party("we", span)

    def _shared_heading(self) -> Leadin | None:
        """ "## Shared responsibilities" over a list, after the parties' own sections: each
        item is a duty of every party that holds duties so far."""
        facts = self.state.facts
        holders = list(
            dict.fromkeys(r.subject for r in facts.relations if r.predicate == "responsibleFor")
        )
        return self.lists.leadins.held_by(holders) if len(holders) >= 2 else None

    def _read(self, block: Block, ctx: Context, leadin: Leadin | None) -> Leadin | None:
        """Read a block; a list with no lead-in that gave no duty waits for a later paragraph
        to name its party (see assigned.py)."""
        before = len(self.state.facts.relations)
        found = self.block(block, ctx, leadin)
        if isinstance(block, BulletList):
            if leadin is None and len(self.state.facts.relations) == before:
                self.assigned.hold(block, ctx)
            else:
                self.assigned.drop()
        return found

    def _assigned(self, block: Paragraph) -> Paragraph:
        """A paragraph that gives the held list to its parties ("Acme assumes responsibility
        for all of the above"): the list's items become their duties; the rest of the
        paragraph is read as usual."""
        found = self.assigned.assign(block)
        if found is None:
            return block
        held, refs, rest = found
        for ref in refs:
            self.lists.bullet_list(held.block, replace(held.ctx, party=ref), ("duties", ref))
        return rest


_INCLUDED = re.compile(
    r"^\s*included\s+(?:[\w-]+\s+){0,2}(?:tasks|services|support|work|activities)\b", re.I
)
"""``### Included Tasks for Plugins``, ``### Included Configuration Support``: what the page's
vendor does for its customers."""
_GROUP_LABEL = re.compile(r"^\*\*(?P<label>[^*:\n]{2,60})\*\*$")
"""A paragraph that is only a short bold label ("**Installation and Deployment**")."""


def _shared_title(section: Section) -> bool:
    """A heading below the page's title over what the parties share ("## Shared
    responsibilities")."""
    return section.level > 1 and bool(_SHARED_HEADING.match(expand(plain(section.title)).strip()))


def _shared_subsections(section: Section) -> set[int]:
    """The subsections of a "## Shared responsibilities" heading (by their first lines)."""
    return {sub.start for sub in section.walk()[1:]} if _shared_title(section) else set()


def _item_leadin(lists: ListReader, block: BulletList, ctx: Context) -> Leadin | None:
    """A list whose last item, with no list of its own, ends in a lead-in sentence ("- X must
    keep the register. This routine involves these stages:"): the next list, one the
    markup could not nest under the item, holds that sentence's items."""
    last = block.items[-1] if block.items else None
    if last is None or last.children or not plain(last.text).rstrip().endswith(":"):
        return None
    ranges = list(sentences(last.text))
    raw = last.text[ranges[-1][0] : ranges[-1][1]] if ranges else last.text
    span = lists.state.span(last.start, last.end, ctx.section, raw)
    return lists.leadins.leadin(expand(plain(raw)).strip(), span, ctx)


def _carried(block: Block, leadin: Leadin | None, carried: Leadin | None) -> Leadin | None:
    """The lead-in a list keeps across the bold labels grouping its items ("The following
    services are included:" / "**Installation**" / "- …" / "**Operations**" / "- …"): kept
    over a label paragraph (a short bold phrase, no sentence) and the list after it, given up
    at any other block; only a lead-in giving the items to a party, or to the parties that
    share them, is kept."""
    if isinstance(block, BulletList):
        return carried
    label = _GROUP_LABEL.match(block.text.strip()) if isinstance(block, Paragraph) else None
    if label is None or len(label.group("label").split()) > 6:
        return None
    kept = leadin or carried
    if kept is not None and kept[0] == "shared":
        return kept  # "**Feature Enablement**" under "## Shared responsibilities"
    return kept if kept is not None and kept[0] == "duties" and kept[1] is not None else None


def _included_holder(parties: PartyResolver, state: DocState, section: Section) -> Ref | None:
    """The page's vendor, under a heading of what its service includes ("### Included Tasks
    for Plugins", "### Included Configuration Support"), else None."""
    if state.vendor is None or not _INCLUDED.match(section.title):
        return None
    return parties.resolve_party("we", state.span(section.start, section.start, section))


def _leadin_over_subsections(section: Section, leadin: Leadin | None) -> Ref | None:
    """The party of a lead-in sentence that ends a section's text (a paragraph closing with a
    colon, giving duties to a party) right before subsections that each open with a list:
    their lists complete it ("I understand that as Data Owner, I must:" / "### Safe Projects"
    / "- …"), else None."""
    lists = all(s.blocks and isinstance(s.blocks[0], BulletList) for s in section.sections)
    return _closing_leadin(section, leadin) if lists else None


def _leadin_over_headings(section: Section, leadin: Leadin | None) -> Ref | None:
    """The party of a lead-in sentence that ends a section's text right before subsections of
    prose whose short headings name the things it lists ("Google takes care of the
    infrastructure, including:" / "### Control Plane" / "API server, etcd."): each heading is a
    duty of that party, its text the details; None when a subsection holds anything but
    paragraphs (a list: see ``_leadin_over_subsections``; a table of contents) or a heading is
    long."""
    prose = bool(section.sections) and all(
        s.blocks and all(isinstance(b, Paragraph) for b in s.blocks) and len(s.title.split()) <= 6
        for s in section.sections
    )
    return _closing_leadin(section, leadin) if prose else None


def _prose_topic(section: Section, lexicon: Lexicon, parties: PartyResolver) -> bool:
    """A subsection of paragraphs only under a short heading that names a topic of work
    (not "Overview", not "### Amazon" under "## Cloud provider responsibilities": a party)."""
    return (
        bool(section.blocks)
        and not section.sections
        and all(isinstance(b, Paragraph) for b in section.blocks)
        and len(plain(section.title).split()) <= 6
        and lexicon.topic_heading(section.title)
        and not _party_first(parties, section.title)
    )


def _party_first(parties: PartyResolver, title: str) -> bool:
    """A title that is a party's name ("Amazon", "Customers") or opens with an organisation's
    ("Amazon S3"), not a topic a role's word qualifies ("Tenant separation")."""
    if names_one_party(parties, plain(title)):
        return True  # "### Amazon", "### Customers"
    found = parties.mentions(expand(plain(title)), ("org", "role"))
    return bool(found) and found[0].start == 0 and found[0].concept.kind == "org"


def _menu(section: Section) -> bool:
    """A section of link lists only (a saved site's footer or menu)."""
    return bool(section.blocks) and all(
        isinstance(b, BulletList) and link_menu(b) for b in section.blocks
    )


def _closing_leadin(section: Section, leadin: Leadin | None) -> Ref | None:
    """The party a lead-in of duties names when it is the section's last paragraph and ends
    in a colon, else None."""
    last = section.blocks[-1] if section.blocks else None
    if leadin is None or leadin[0] != "duties" or not isinstance(last, Paragraph):
        return None
    return leadin[1] if last.text.rstrip().endswith(":") else None


def _letter_relation(section: Section, lexicon: Lexicon) -> str | None:
    """The relation a heading that is a RACI letter's word names ("### Consulted": consultedOn)
    under a heading that names duties, else None."""
    title = expand(plain(section.title)).strip(" :")
    codes = lexicon.read_cell(title) if len(title) > 1 else None
    parent = section.path[-2] if len(section.path) > 1 else ""
    if not codes or len(codes) != 1 or not parent or not lexicon.duty_title(parent):
        return None
    code = codes[0]
    if code.relation is None or code.shared or code not in lexicon.letters.values():
        return None
    return code.relation


_TABLE_POINTER = re.compile(
    r"\b(?:following|next)\s+table\b|\btable\s+(?:below|that\s+follows)\b", re.I
)
"""A sentence that points to the table after it ("The following table …", "… the table below")."""
_SERVICES_OF = re.compile(
    r"\bservices\s+(?:(?:that|which)\s+)?(?:(?:are|is)\s+)?(?:provided|offered|delivered|performed)"
    r"\s+(?:by|with|through)\s+(?P<by>[^.,;:()]{2,60}?)\s*(?:[.,;:(]|$)"
    r"|\bservices\s+(?:(?:that|which)\s+)?(?P<subj>we|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
    r"(?:provides?|offers?|delivers?|performs?)\b",
)
"""What the pointed-to table lists: the services a party provides ("… the types of services
provided with Acme Elastic Engineering", "… the services that we offer")."""


def _catalogue_context(
    parties: PartyResolver, state: DocState, block: Block, previous: Block | None, ctx: Context
) -> Context:
    """A table of services ("Service | Description" over "- Deploy …") after a sentence that
    points to it as the services a party provides: its rows are that party's duties (the
    table names no party itself); any other block keeps ``ctx``."""
    if not isinstance(block, Table) or ctx.party is not None or not isinstance(previous, Paragraph):
        return ctx
    text = expand(plain(previous.text))
    if not _TABLE_POINTER.search(text) or NEGATION.search(text):
        return ctx
    found = _SERVICES_OF.search(text)
    name = (found.group("by") or found.group("subj")) if found else None
    span = state.span(previous.start, previous.end, ctx.section)
    party = parties.resolve_party(name, span, allow_unknown=True, strict=True) if name else None
    return replace(ctx, party=party) if party is not None else ctx


def _last_holder(state: DocState) -> Ref | None:
    """The party the page last gave a duty."""
    relations = state.facts.relations
    return next((r.subject for r in reversed(relations) if r.predicate == "responsibleFor"), None)


def _said_items(block: BulletList) -> list[Paragraph]:
    """The items of a list of what a party does not do, as paragraphs to read ("**X does not
    certify your site.** An assessor decides whether it is safe."): a sentence naming another
    party's duty stands; the denial and a bare item ("- Backups") give none."""
    return [
        Paragraph(text=item.text, start=item.start, end=item.end)
        for item in block.items
        if sum(bool(_WORD.search(plain(item.text[a:b]))) for a, b in sentences(item.text)) > 1
    ]


_WORD = re.compile(r"[A-Za-z]{3,}")
"""A word: a sentence of a list item holds one (a footnote's back-link "↩" is none)."""
